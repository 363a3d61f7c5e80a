import { paging } from '../lib/paging';
import { triggers } from '../lib/op';

/**
 * Hidden triggers that feed dynamic dropdowns where no catalog trigger fits as is (a label must be composed, or a
 * nested list flattened). Catalog list triggers (calendars, pipelines, workflows, …) serve as dropdowns directly.
 */
export default triggers([
  {
    key: 'contact_choices',
    noun: 'Contact',
    label: 'Contact Choices',
    help: 'Lists the newest contacts of the sub-account for the Contact dropdown.',
    hidden: true,
    method: 'POST',
    path: '/contacts/search',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'body',
    // The search body is undocumented in the spec (see README, Known API quirks): sort is GHL's documented shape.
    defaults: { body: { sort: [{ field: 'dateAdded', direction: 'desc' }] } },
    paging: paging.searchAfter(100),
    list: { key: 'contacts', newest: false },
    after: (items) =>
      items.map((c: any) => {
        const name = c.contactName || [c.firstName, c.lastName].filter(Boolean).join(' ') || c.companyName;
        const reach = c.email || c.phone;
        return { ...c, label: [name, reach && `(${reach})`].filter(Boolean).join(' ') || c.id };
      }),
    sample: { id: 'ocQHyuzHvysMo5N5VsXc', firstName: 'Rosan', lastName: 'Deo', email: 'rosan@deos.com', label: 'Rosan Deo (rosan@deos.com)' },
  },
  {
    key: 'user_choices',
    noun: 'User',
    label: 'User Choices',
    help: 'Lists the users of the sub-account for user dropdowns (assigned user, followers).',
    hidden: true,
    method: 'GET',
    path: '/users/search',
    version: '2021-07-28',
    scopes: ['users.readonly'],
    company: 'query',
    location: 'query',
    paging: paging.skip(100),
    list: { key: 'users', newest: false },
    after: (items) =>
      items.map((u: any) => ({ ...u, label: `${u.name || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.id}${u.email ? ` (${u.email})` : ''}` })),
    sample: { id: 've9EPM428h8vShlRW1KT', name: 'John Deo', email: 'john@deo.com', label: 'John Deo (john@deo.com)' },
  },
  {
    key: 'pipeline_stage_choices',
    noun: 'Stage',
    label: 'Pipeline Stage Choices',
    help: 'Lists the stages of the chosen pipeline (all pipelines when none is chosen).',
    hidden: true,
    method: 'GET',
    path: '/opportunities/pipelines',
    version: '2021-07-28',
    scopes: ['opportunities.readonly'],
    location: 'query',
    fields: [{ key: 'pipelineId', label: 'Pipeline', in: 'none' }],
    list: { key: 'pipelines', newest: false },
    after: (pipelines, bundle) =>
      pipelines
        .filter((p: any) => !bundle.inputData.pipelineId || p.id === bundle.inputData.pipelineId)
        .flatMap((p: any) =>
          (p.stages ?? []).map((s: any) => ({ ...s, id: s.id, pipelineId: p.id, label: bundle.inputData.pipelineId ? s.name : `${p.name}: ${s.name}` })),
        ),
    sample: { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'New Lead', pipelineId: 'VDm7RPYC2GLUvdpKmBfC', label: 'New Lead' },
  },
  {
    key: 'tag_choices',
    noun: 'Tag',
    label: 'Tag Choices',
    help: 'Lists the tags of the sub-account for every tag input.',
    hidden: true,
    method: 'GET',
    path: '/locations/{locationId}/tags',
    version: '2021-07-28',
    scopes: ['locations/tags.readonly'],
    list: { key: 'tags', newest: false },
    after: (items) => [...items].sort((a: any, b: any) => String(a.name).localeCompare(String(b.name))),
    sample: { id: '3v34PsmpNsd6Gxe0zg3B', name: 'new lead', locationId: 've9EPM428h8vShlRW1KT' },
  },
  {
    key: 'timezone_choices',
    noun: 'Timezone',
    label: 'Timezone Choices',
    help: "Lists the timezones GHL accepts for this sub-account.",
    hidden: true,
    method: 'GET',
    path: '/locations/{locationId}/timezones',
    version: '2021-07-28',
    scopes: ['locations.readonly'],
    list: { newest: false },
    // The spec gives no response schema; GHL answers with a list of IANA names (strings), which become choices.
    perform: async (_z, _b, req, send) => {
      const data = await send(req);
      const list = Array.isArray(data) ? data : (Object.values(data ?? {}).find(Array.isArray) as unknown[] | undefined) ?? [];
      return list.map((tz: any) => (typeof tz === 'string' ? { id: tz, label: tz } : { ...tz, id: tz.id ?? tz.value ?? tz.name, label: tz.label ?? tz.name ?? tz.id }));
    },
    sample: { id: 'America/New_York', label: 'America/New_York' },
  },
]);
