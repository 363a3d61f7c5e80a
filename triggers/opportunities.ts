import { flattenCustomFields, flattenEachCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { changeOutputs, timeOf, changeSample } from '../lib/items';
import { givenId, triggers, type B, type Field, type TriggerDecl, trigger, type GhlRecord } from '../lib/op';
import { paging } from '../lib/paging';
import { changeKey, newestFirstBy, numberedPages, pollPerform, searchAfterPages } from '../lib/polling';
import {
  V,
  READ,
  STATUSES,
  OPPORTUNITY_SAMPLE,
  OPPORTUNITY_OUTPUTS,
  opportunityField,
  pipelineFilters,
  SEARCH,
} from '../areas/opportunities';

/**
 * Stage / status changes come from the advanced POST /opportunities/search, the only opportunity query that can ask
 * for recently *changed* deals whatever their age (GET /opportunities/search filters and orders by creation only:
 * `order` is added_* / name_*, apps/v3/opportunities-v3.json). Its `filters` and `sort` are documented by GHL outside
 * the spec (GoHighLevel/highlevel-api-docs#256: "due to complexity of the filters" they are not in the OpenAPI file;
 * #74 shows snake_case index fields `pipeline_id`, `pipeline_stage_id`, `status`, `date_added` with `eq`; the same
 * body, `limit` 1–500 and `searchAfter` paging are republished at help.hoopai.com/api-reference/overview/
 * opportunities-search, and the contacts search docs list the `range` operator). The change-time field names (`last_stage_change_at`,
 * `last_status_change_at`) follow that naming but are not confirmed anywhere public, so the poll asks for both a
 * range and a sort on them and survives GHL ignoring either or both (the emulator plays each case; README, How the
 * triggers poll): it reads the order off the first page and pages (searchAfter, 500 a page) until the window is
 * covered, then keeps only changes inside the window, after creation, matching the filters.
 */
const ADVANCED: Pick<
  TriggerDecl,
  'method' | 'path' | 'version' | 'scopes' | 'location' | 'defaults' | 'specWorkarounds'
> = {
  method: 'POST',
  path: '/opportunities/search',
  version: V,
  scopes: READ,
  location: 'body',
  // query and additionalDetails are required by the spec; nothing extra is asked for.
  defaults: {
    body: {
      query: '',
      additionalDetails: { notes: false, tasks: false, calendarEvents: false, unReadConversations: false },
    },
  },
  specWorkarounds: [
    {
      rule: 'body',
      field: 'filters',
      why: 'OpportunitySearchBodyDTO omits `filters`; GHL documents them outside the spec (GoHighLevel/highlevel-api-docs#256, #74).',
    },
    {
      rule: 'body',
      field: 'sort',
      why: 'OpportunitySearchBodyDTO omits `sort`; GHL documents [{field, direction}] outside the spec (GoHighLevel/highlevel-api-docs#74).',
    },
    {
      rule: 'body-required',
      field: 'page',
      why: "Marked required, but GHL's search docs make `page` optional and say not to send it with `searchAfter` (cursor paging, used here).",
    },
    {
      rule: 'body-required',
      field: 'searchAfter',
      why: "Marked required, but GHL's search docs make `searchAfter` optional: the first page has no cursor.",
    },
  ],
};

type What = 'pipelineStageId' | 'status';
type When = 'lastStageChangeAt' | 'lastStatusChangeAt';
const INDEX: Record<When, string> = {
  lastStageChangeAt: 'last_stage_change_at',
  lastStatusChangeAt: 'last_status_change_at',
};
const INDEX_FILTER: Record<string, string> = {
  pipelineId: 'pipeline_id',
  pipelineStageId: 'pipeline_stage_id',
  status: 'status',
};

/**
 * The user's filters, as GHL's `eq` filters and as a client-side check (in case GHL ignores one). Read as the factory
 * reads a value (lib/op.ts given): a blank or "null" filters nothing, an id is trimmed, a list or an object is refused
 * naming the field (read raw, they were sent as "[object Object]" or " id ", and the trigger never fired).
 */
const chosen = async (bundle: B, fields: Field[]) =>
  (await Promise.all(fields.map(async (f) => [f.key, await givenId(f, bundle)] as const))).filter(
    (e): e is readonly [string, string] => e[1] !== undefined,
  );

const PIPELINE_FILTER = F.pipeline({ required: false, in: 'none', helpText: 'Only opportunities of this pipeline.' });

const changeTrigger = (
  what: What,
  when: When,
  filterFields: Field[],
): Pick<TriggerDecl, 'fires' | 'before' | 'perform' | 'list' | 'after' | 'fields'> => ({
  fields: filterFields,
  fires: 'changed',
  before: async (req, bundle) => {
    (req.body as Record<string, unknown>).filters = (await chosen(bundle, filterFields)).map(([k, v]) => ({
      field: INDEX_FILTER[k],
      operator: 'eq',
      value: v,
    }));
  },
  perform: pollPerform({
    listKey: 'opportunities',
    time: (o: GhlRecord) => timeOf(o[when]),
    order: 'detect',
    // Newest created first is what GHL answers when it ignores `sort`: such a page says nothing about change times.
    ambiguous: newestFirstBy((o: GhlRecord) => timeOf(o.createdAt)),
    paging: searchAfterPages(500, 'opportunities'),
    sort: (req) => ((req.body as GhlRecord).sort = [{ field: INDEX[when], direction: 'desc' }]),
    window: (req, since) => {
      const body = req.body as GhlRecord;
      body.filters = [
        ...(body.filters ?? []),
        { field: INDEX[when], operator: 'range', value: { gte: new Date(since).toISOString() } },
      ];
    },
  }),
  list: { key: 'opportunities', newest: false },
  // One item per change (id = opportunity + new value + change time), newest change first; creation is no change.
  // The poll already keeps its window only; the editor's test run (isLoadingSample) shows older changes too.
  after: async (items, bundle) => {
    const filters = await chosen(bundle, filterFields);
    return items
      .map((o) => ({ o, key: changeKey(o, what, when) }))
      .filter(({ o, key }) => key && filters.every(([k, v]) => String(o[k]) === v))
      .sort((a, b) => timeOf(b.o[when]) - timeOf(a.o[when]))
      .map(({ o, key }) => ({ ...flattenCustomFields(o), id: key as string, opportunityId: o.id }));
  },
});

/**
 * New deals of GET /opportunities/search (New Opportunity, and New Opportunity Matching Filters with the user's
 * filters): pages (100 each, at most 10) until the window is covered, newest-first or, if GHL ignores `order`, from the
 * end.
 */
const newOpportunities = pollPerform({
  listKey: 'opportunities',
  time: (o: GhlRecord) => timeOf(o.createdAt),
  order: 'detect',
  paging: numberedPages(100, 'query', 'meta.total'),
});

const movementOutputs = changeOutputs(OPPORTUNITY_OUTPUTS, 'Opportunity', 'opportunityId');

export default triggers([
  trigger({
    key: 'pipelines',
    noun: 'Pipeline',
    label: 'New Pipeline',
    apiLabel: 'List Pipelines',
    help: 'Triggers when a pipeline is added, with its stages.',
    method: 'GET',
    path: '/opportunities/pipelines',
    version: V,
    scopes: READ,
    location: 'query',
    list: { key: 'pipelines', newest: false },
    sample: {
      id: 'VDm7RPYC2GLUvdpKmBfC',
      name: 'Sales',
      stages: [{ id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'New Lead' }],
    },
  }),
  trigger({
    key: 'search_opportunities',
    noun: 'Opportunity',
    label: 'New Opportunity Matching Filters',
    apiLabel: 'Search Opportunities',
    help: 'Triggers when a new opportunity matches your filters.',
    ...SEARCH,
    fields: [
      F.text('q', 'Search', { required: false, helpText: 'Name, email or phone.' }),
      ...pipelineFilters(),
      F.choice('status', 'Status', { ...STATUSES, all: 'All' }, { required: false }),
      F.user('assignedTo', 'Assigned User', { as: 'assigned_to', required: false }),
      F.contact({ required: false, as: 'contact_id' }),
    ],
    perform: newOpportunities,
    list: { key: 'opportunities', newest: 'createdAt' },
    after: flattenEachCustomFields,
    sample: OPPORTUNITY_SAMPLE,
    outputFields: OPPORTUNITY_OUTPUTS,
  }),
  trigger({
    key: 'get_opportunity',
    noun: 'Opportunity',
    label: 'Opportunity Updated',
    apiLabel: 'Get Opportunity',
    help: 'Triggers when the chosen opportunity changes.',
    method: 'GET',
    path: '/opportunities/{id}',
    version: V,
    scopes: READ,
    fields: [opportunityField()],
    record: { key: 'opportunity', changedBy: 'updatedAt' },
    after: flattenEachCustomFields,
    sample: changeSample(OPPORTUNITY_SAMPLE, OPPORTUNITY_SAMPLE.updatedAt),
    outputFields: changeOutputs(OPPORTUNITY_OUTPUTS, 'Opportunity'),
  }),
  trigger({
    key: 'new_opportunity',
    noun: 'Opportunity',
    label: 'New Opportunity',
    help: 'Triggers when an opportunity is created.',
    ...SEARCH,
    fields: pipelineFilters(),
    perform: newOpportunities,
    list: { key: 'opportunities', newest: 'createdAt' },
    after: flattenEachCustomFields,
    sample: OPPORTUNITY_SAMPLE,
    outputFields: OPPORTUNITY_OUTPUTS,
  }),
  trigger({
    key: 'opportunity_stage_changed',
    noun: 'Opportunity',
    label: 'Opportunity Stage Changed',
    help: 'Triggers when an opportunity moves to another stage.',
    ...ADVANCED,
    ...changeTrigger('pipelineStageId', 'lastStageChangeAt', [
      PIPELINE_FILTER,
      F.stage({ in: 'none', helpText: 'Pick the pipeline first.' }),
    ]),
    sample: {
      ...OPPORTUNITY_SAMPLE,
      id: `${OPPORTUNITY_SAMPLE.id}-${OPPORTUNITY_SAMPLE.pipelineStageId}-${OPPORTUNITY_SAMPLE.lastStageChangeAt}`,
      opportunityId: OPPORTUNITY_SAMPLE.id,
    },
    outputFields: movementOutputs,
  }),
  trigger({
    key: 'opportunity_status_changed',
    noun: 'Opportunity',
    label: 'Opportunity Status Changed',
    help: "Triggers when an opportunity's status changes, e.g. to won or lost.",
    ...ADVANCED,
    ...changeTrigger('status', 'lastStatusChangeAt', [
      F.choice('status', 'New Status', STATUSES, { required: false, in: 'none', helpText: 'Empty: any status.' }),
      PIPELINE_FILTER,
    ]),
    sample: {
      ...OPPORTUNITY_SAMPLE,
      status: 'won',
      id: `${OPPORTUNITY_SAMPLE.id}-won-${OPPORTUNITY_SAMPLE.lastStatusChangeAt}`,
      opportunityId: OPPORTUNITY_SAMPLE.id,
    },
    outputFields: movementOutputs,
  }),
  trigger({
    key: 'opportunity_choices',
    noun: 'Opportunity',
    label: 'Opportunity Choices',
    help: 'Lists the newest opportunities of the sub-account for the Opportunity dropdown.',
    hidden: true,
    ...SEARCH,
    paging: paging.page(100),
    list: { key: 'opportunities', newest: false },
    after: (items) =>
      items.map((o: GhlRecord) => ({
        ...o,
        label: [o.name || o.id, o.contact?.name && `(${o.contact.name})`, o.status && `- ${o.status}`]
          .filter(Boolean)
          .join(' '),
      })),
    sample: {
      id: OPPORTUNITY_SAMPLE.id,
      name: OPPORTUNITY_SAMPLE.name,
      status: 'open',
      label: `${OPPORTUNITY_SAMPLE.name} (Rosan Deo) - open`,
    },
  }),
  trigger({
    key: 'lost_reason_choices',
    noun: 'Lost Reason',
    label: 'Lost Reason Choices',
    help: 'Lists the lost reasons of the sub-account for the Lost Reason dropdown.',
    hidden: true,
    method: 'GET',
    path: '/opportunities/lost-reason',
    version: V,
    scopes: READ,
    location: 'query',
    paging: paging.skip(100),
    list: { key: 'lostReasons', newest: false },
    sample: { id: 'CLu7BaljjqrEjBGKTNNe', name: 'Went with a competitor' },
  }),
  trigger({
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
        .filter((p: GhlRecord) => !bundle.inputData.pipelineId || p.id === bundle.inputData.pipelineId)
        .flatMap((p: GhlRecord) =>
          // Null stages are skipped; stages without an id or repeated ids are dropped by the factory (finalItems).
          (Array.isArray(p.stages) ? p.stages : [])
            .filter((s: GhlRecord) => s && typeof s === 'object')
            .map((s: GhlRecord) => ({
              ...s,
              id: s.id,
              pipelineId: p.id,
              label: bundle.inputData.pipelineId ? s.name : `${p.name}: ${s.name}`,
            })),
        ),
    sample: {
      id: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
      name: 'New Lead',
      pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
      label: 'New Lead',
    },
  }),
]);
