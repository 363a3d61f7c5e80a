import { flattenCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { changeOutputs } from '../lib/items';
import { triggers } from '../lib/op';
import { paging } from '../lib/paging';
import { V, READ, STATUSES, OPPORTUNITY_SAMPLE, OPPORTUNITY_OUTPUTS, opportunityField, pipelineFilters, SEARCH, flatten } from '../areas/opportunities';

const stamp = (v: unknown) => {
  const t = Date.parse(String(v));
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * One item per change: id = opportunity id + what changed to + when, so the same opportunity fires again on its next
 * change; newest change first. The opportunity's own id stays available as `opportunityId`.
 */
const changes = (what: 'pipelineStageId' | 'status', when: 'lastStageChangeAt' | 'lastStatusChangeAt') => (items: any[]) =>
  items
    .map((o) => ({ o, at: o[when] ?? o.updatedAt ?? o.createdAt }))
    .filter(({ o, at }) => o[what] && at)
    .sort((a, b) => stamp(b.at) - stamp(a.at))
    .map(({ o, at }) => ({ ...flattenCustomFields(o), id: `${o.id}-${o[what]}-${at}`, opportunityId: o.id }));

const movementOutputs = [{ key: 'opportunityId', label: 'Opportunity ID' }, ...OPPORTUNITY_OUTPUTS.slice(1)];

export default triggers([
  {
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
    sample: { id: 'VDm7RPYC2GLUvdpKmBfC', name: 'Sales', stages: [{ id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'New Lead' }] },
  },
  {
    key: 'search_opportunities',
    noun: 'Opportunity',
    label: 'New Opportunity Matching Filters',
    apiLabel: 'Search Opportunities',
    help: 'Triggers when an opportunity matching your filters (pipeline, stage, status, assigned user, contact or text) is added.',
    ...SEARCH,
    fields: [
      F.text('q', 'Search', { required: false, helpText: 'Matches name, email or phone.' }),
      ...pipelineFilters(),
      F.choice('status', 'Status', { ...STATUSES, all: 'All' }, { required: false }),
      F.user('assignedTo', 'Assigned User', { as: 'assigned_to', required: false }),
      F.contact({ required: false, as: 'contact_id', helpText: 'Only opportunities of this contact.' }),
    ],
    paging: paging.page(100),
    list: { key: 'opportunities', newest: 'createdAt' },
    after: flatten,
    sample: OPPORTUNITY_SAMPLE,
    outputFields: OPPORTUNITY_OUTPUTS,
  },
  {
    key: 'get_opportunity',
    noun: 'Opportunity',
    label: 'Opportunity Updated',
    apiLabel: 'Get Opportunity',
    help: 'Triggers when the chosen opportunity changes (stage, status, value, assignee or custom fields).',
    method: 'GET',
    path: '/opportunities/{id}',
    version: V,
    scopes: READ,
    fields: [opportunityField()],
    record: { key: 'opportunity', changedBy: 'updatedAt' },
    after: flatten,
    sample: { ...OPPORTUNITY_SAMPLE, id: `${OPPORTUNITY_SAMPLE.id}-${OPPORTUNITY_SAMPLE.updatedAt}`, recordId: OPPORTUNITY_SAMPLE.id },
    outputFields: changeOutputs(OPPORTUNITY_OUTPUTS, 'Opportunity'),
  },
  {
    key: 'new_opportunity',
    noun: 'Opportunity',
    label: 'New Opportunity',
    help: 'Triggers when an opportunity is created, optionally only in one pipeline or stage.',
    ...SEARCH,
    fields: pipelineFilters(),
    paging: paging.page(100),
    list: { key: 'opportunities', newest: 'createdAt' },
    after: flatten,
    sample: OPPORTUNITY_SAMPLE,
    outputFields: OPPORTUNITY_OUTPUTS,
  },
  {
    key: 'opportunity_stage_changed',
    noun: 'Opportunity',
    label: 'Opportunity Stage Changed',
    help: 'Triggers when an opportunity moves to another stage, optionally only in one pipeline or into one stage.',
    ...SEARCH,
    fields: pipelineFilters(),
    defaults: { query: { ...SEARCH.defaults!.query, limit: 100 } },
    list: { key: 'opportunities', newest: false },
    after: changes('pipelineStageId', 'lastStageChangeAt'),
    sample: { ...OPPORTUNITY_SAMPLE, id: `${OPPORTUNITY_SAMPLE.id}-${OPPORTUNITY_SAMPLE.pipelineStageId}-${OPPORTUNITY_SAMPLE.lastStageChangeAt}`, opportunityId: OPPORTUNITY_SAMPLE.id },
    outputFields: movementOutputs,
  },
  {
    key: 'opportunity_status_changed',
    noun: 'Opportunity',
    label: 'Opportunity Status Changed',
    help: "Triggers when an opportunity's status changes (for example to won or lost), optionally only to one status.",
    ...SEARCH,
    fields: [
      F.choice('status', 'New Status', STATUSES, { required: false, helpText: 'Empty: any status.' }),
      F.pipeline({ required: false, as: 'pipeline_id', helpText: 'Only opportunities of this pipeline.' }),
    ],
    defaults: { query: { ...SEARCH.defaults!.query, limit: 100 } },
    list: { key: 'opportunities', newest: false },
    after: changes('status', 'lastStatusChangeAt'),
    sample: { ...OPPORTUNITY_SAMPLE, status: 'won', id: `${OPPORTUNITY_SAMPLE.id}-won-${OPPORTUNITY_SAMPLE.lastStatusChangeAt}`, opportunityId: OPPORTUNITY_SAMPLE.id },
    outputFields: movementOutputs,
  },
  {
    key: 'opportunity_choices',
    noun: 'Opportunity',
    label: 'Opportunity Choices',
    help: 'Lists the newest opportunities of the sub-account for the Opportunity dropdown.',
    hidden: true,
    ...SEARCH,
    paging: paging.page(100),
    list: { key: 'opportunities', newest: false },
    after: (items) =>
      items.map((o: any) => ({ ...o, label: [o.name || o.id, o.contact?.name && `(${o.contact.name})`, o.status && `- ${o.status}`].filter(Boolean).join(' ') })),
    sample: { id: OPPORTUNITY_SAMPLE.id, name: OPPORTUNITY_SAMPLE.name, status: 'open', label: `${OPPORTUNITY_SAMPLE.name} (Rosan Deo) - open` },
  },
  {
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
]);
