import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { triggers, trigger, type GhlRecord } from '../lib/op';
import { paging } from '../lib/paging';
import { LOCATION_OUTPUTS, LOCATION_SAMPLE } from '../areas/locations';

const V = '2021-07-28' as const;

export default triggers([
  trigger({
    key: 'timezone_choices',
    noun: 'Timezone',
    label: 'Timezone Choices',
    help: 'Lists the timezones GHL accepts for this sub-account.',
    hidden: true,
    method: 'GET',
    path: '/locations/{locationId}/timezones',
    version: '2021-07-28',
    scopes: ['locations.readonly'],
    list: { newest: false },
    // The spec gives no response schema; GHL answers with a list of IANA names (strings), which become choices.
    // Null or id-less entries are skipped (the factory drops items without an id); an answer without a list is an error.
    perform: async (_z, _b, req, send) => {
      const data = await send(req);
      const list = Array.isArray(data)
        ? data
        : (Object.values(data ?? {}).find(Array.isArray) as unknown[] | undefined);
      if (!list) throw new ShapeError('had no list of timezones');
      return list
        .filter((tz: GhlRecord) => typeof tz === 'string' || (tz && typeof tz === 'object'))
        .map((tz: GhlRecord) =>
          typeof tz === 'string'
            ? { id: tz, label: tz }
            : { ...tz, id: tz.id ?? tz.value ?? tz.name, label: tz.label ?? tz.name ?? tz.id },
        );
    },
    sample: { id: 'America/New_York', label: 'America/New_York' },
  }),
  // ---- sub-accounts, company, custom fields
  trigger({
    key: 'locations',
    noun: 'Sub-Account',
    label: 'New Sub-Account',
    apiLabel: 'List Locations',
    help: 'Triggers when a sub-account is added. Needs an agency connection.',
    method: 'GET',
    path: '/locations/search',
    version: V,
    scopes: ['locations.readonly'],
    // The catalog allows Location tokens too, but they only see their own sub-account: treated as agency-only.
    agencyOnly: true,
    company: 'query',
    fields: [F.text('email', 'Email', { required: false })],
    // Descending order puts the newest sub-accounts on the first page (GHL's default is ascending).
    defaults: { query: { order: 'desc' } },
    paging: paging.skip(100),
    list: { key: 'locations' },
    sample: LOCATION_SAMPLE,
    outputFields: LOCATION_OUTPUTS,
  }),
]);
