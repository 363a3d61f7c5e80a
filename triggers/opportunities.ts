import { changeOutputs } from '../lib/items';
import { customFieldOutputs, flattenCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { triggers, type Field, type TriggerDecl } from '../lib/op';
import { paging } from '../lib/paging';

// ---- Shared by the opportunity triggers, actions and searches (creates/ and searches/opportunities.ts import these).

export const V = '2021-07-28' as const;
export const READ = ['opportunities.readonly'];
export const WRITE = ['opportunities.write'];

/** Statuses an opportunity can be given; "all" exists only as a search filter. */
export const STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' };

export const OPPORTUNITY_SAMPLE = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Rosan Deo - Annual plan',
  monetaryValue: 1500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
  assignedTo: 'zT46WSCPbudrq4zhWMk6',
  status: 'open',
  source: 'Writesonic',
  lastStatusChangeAt: '2026-03-01T10:20:00.000Z',
  lastStageChangeAt: '2026-03-02T09:00:00.000Z',
  lastActionDate: '2026-03-02T09:00:00.000Z',
  createdAt: '2026-03-01T10:20:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: { id: 'ocQHyuzHvysMo5N5VsXc', name: 'Rosan Deo', companyName: 'Deo Logistics', email: 'rosan@deos.com', phone: '+14155550100', tags: ['new lead'] },
  followers: ['zT46WSCPbudrq4zhWMk6'],
  customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', fieldValue: 'Webinar' }],
  customField_MgobCB14YMVKuE4Ka8p1: 'Webinar',
};

export const OPPORTUNITY_OUTPUTS = [
  { key: 'id', label: 'Opportunity ID' },
  { key: 'name', label: 'Opportunity Name' },
  { key: 'monetaryValue', label: 'Monetary Value', type: 'number' },
  { key: 'status', label: 'Status' },
  { key: 'pipelineId', label: 'Pipeline ID' },
  { key: 'pipelineStageId', label: 'Stage ID' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contact__name', label: 'Contact Name' },
  { key: 'contact__email', label: 'Contact Email' },
  { key: 'contact__phone', label: 'Contact Phone' },
  { key: 'source', label: 'Source' },
  { key: 'lostReasonId', label: 'Lost Reason ID' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'lastStatusChangeAt', label: 'Last Status Change At', type: 'datetime' },
  { key: 'lastStageChangeAt', label: 'Last Stage Change At', type: 'datetime' },
  customFieldOutputs('opportunity'),
];

/** The opportunity picker (path `{id}`); a hidden list trigger feeds it so the form's other fields never filter it. */
export const opportunityField = (opts: Partial<Field> = {}): Field => ({
  key: 'id',
  label: 'Opportunity',
  type: 'string',
  required: true,
  dynamic: 'opportunity_choices.id.label',
  search: 'find_opportunity.id',
  helpText: 'Pick an opportunity, or map an Opportunity ID from an earlier step.',
  ...opts,
});

/** Lost reasons of the sub-account (hidden `lost_reason_choices` below). */
export const lostReasonField = (opts: Partial<Field> = {}): Field => ({
  key: 'lostReasonId',
  label: 'Lost Reason',
  type: 'string',
  required: false,
  dynamic: 'lost_reason_choices.id.name',
  helpText: 'Only with status Lost.',
  ...opts,
});

/** Pipeline and stage filters of GET /opportunities/search (snake_case on the wire; stage list follows the pipeline). */
export const pipelineFilters = (): Field[] => [
  F.pipeline({ required: false, as: 'pipeline_id', helpText: 'Only opportunities of this pipeline.' }),
  F.stage({ as: 'pipeline_stage_id', helpText: 'Only opportunities in this stage (pick the pipeline first).' }),
];

/**
 * GET /opportunities/search: `location_id` from the connection, newest created first. The spec leaves `order` a free
 * string (its example is "added_asc"); "added_desc" is its descending form.
 */
export const SEARCH: Pick<TriggerDecl, 'method' | 'path' | 'version' | 'scopes' | 'location' | 'locationKey' | 'defaults'> = {
  method: 'GET',
  path: '/opportunities/search',
  version: V,
  scopes: READ,
  location: 'query',
  locationKey: 'location_id',
  defaults: { query: { order: 'added_desc' } },
};

export const flatten = (items: any[]) => items.map(flattenCustomFields);

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
    label: 'List Pipelines',
    help: 'Triggers when a pipeline is added to the sub-account; each pipeline lists its stages. Also feeds the Pipeline dropdown.',
    method: 'GET',
    path: '/opportunities/pipelines',
    version: V,
    scopes: READ,
    location: 'query',
    list: { key: 'pipelines', newest: false },
    sample: { id: 'VDm7RPYC2GLUvdpKmBfC', name: 'Sales', locationId: 've9EPM428h8vShlRW1KT', stages: [{ id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'New Lead' }] },
  },
  {
    key: 'search_opportunities',
    noun: 'Opportunity',
    label: 'Search Opportunities',
    help: 'Triggers when a new opportunity matching your filters (pipeline, stage, status, assigned user, contact, search text) is added, newest first. Leave the filters empty for every new opportunity.',
    ...SEARCH,
    fields: [
      F.text('q', 'Search', { required: false, helpText: 'Free text GHL matches against the opportunity and its contact (name, email, phone).' }),
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
    label: 'Get Opportunity',
    help: 'Triggers when the chosen opportunity changes (stage, status, value, assignee, custom fields), with its full record.',
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
    help: 'Triggers when an opportunity moves to another stage (optionally only in one pipeline, or only into one stage). Each move fires once. GHL lists opportunities by creation date, so each check looks at the 100 newest opportunities matching the filters.',
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
    help: 'Triggers when an opportunity\'s status changes (e.g. to Won or Lost; pick a status to fire only for it). Each change fires once. GHL lists opportunities by creation date, so each check looks at the 100 newest opportunities matching the filters.',
    ...SEARCH,
    fields: [
      F.choice('status', 'New Status', STATUSES, { required: false, helpText: 'Fire only when an opportunity changes to this status; empty: any status.' }),
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
    sample: { id: 'CLu7BaljjqrEjBGKTNNe', name: 'Went with a competitor', locationId: 've9EPM428h8vShlRW1KT' },
  },
]);
