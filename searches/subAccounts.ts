import {
  installedOnly,
  SCOPES,
  SUB_ACCOUNT_LIST,
  SUB_ACCOUNT_OUTPUTS,
  SUB_ACCOUNT_SAMPLE,
  V,
} from '../areas/subAccounts';
import { F } from '../lib/fields';
import { bestMatchFirst, looksLike } from '../lib/items';
import { searches, search, type GhlRecord } from '../lib/op';

/** Sub-accounts a page. */
const PAGE = 100;

export default searches([
  search({
    key: 'find_sub_account',
    noun: 'Sub-Account',
    label: 'Find Sub-Account',
    help: 'Finds a sub-account by name. Needs an agency connection.',
    method: 'GET',
    path: '/oauth/installedLocations',
    version: V,
    scopes: SCOPES.list,
    agencyOnly: true,
    company: 'query',
    fields: [F.text('query', 'Name', { required: true, helpText: 'Or part of it.' })],
    // Pages of 100 (GHL's default is 20).
    before: (req) => {
      installedOnly(req);
      req.query.limit = PAGE;
    },
    // GHL lists matches in no name order (GoHighLevel/highlevel-api-docs issue #222): while a full page holds none
    // named exactly so, the next is read (at most 10), or a franchise's "Acme" would lose to "Acme Dallas" on page 1.
    perform: async (_z, bundle, req, send) => {
      const locations: GhlRecord[] = [];
      for (let skip = 0; skip < 10 * PAGE; skip += PAGE) {
        const data = (await send(skip ? { ...req, query: { ...req.query, skip } } : req)) as GhlRecord;
        // An answer without its list: the step's usual error about it, never a pick from the pages before.
        if (!Array.isArray(data?.locations)) return data;
        locations.push(...data.locations);
        if (
          data.locations.length < PAGE ||
          data.locations.some((l: GhlRecord) => looksLike(l?.name, bundle.inputData.query))
        )
          break;
      }
      return { locations };
    },
    list: SUB_ACCOUNT_LIST,
    // GHL matches any part of the name: the sub-account named exactly so comes first (Zapier takes the first).
    after: (items, bundle) => bestMatchFirst(items, 'name', bundle.inputData.query),
    sample: SUB_ACCOUNT_SAMPLE,
    outputFields: SUB_ACCOUNT_OUTPUTS,
  }),
]);
