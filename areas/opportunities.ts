import { customFieldOutputs } from '../lib/customFields';
import { F } from '../lib/fields';
import { bodyOf, type Field, type Req, type TriggerDecl } from '../lib/op';
import { InputError } from '../lib/values';

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
  createdAt: '2026-03-01T10:20:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  contact: {
    id: 'ocQHyuzHvysMo5N5VsXc',
    name: 'Rosan Deo',
    companyName: 'Deo Logistics',
    email: 'rosan@deos.com',
    phone: '+14155550100',
    tags: ['new lead'],
  },
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

/** The one rule for a lost reason (Update Opportunity Status, Upsert Opportunity): it goes with the status Lost. */
export const lostReasonOnlyWhenLost = (req: Req): void => {
  if (bodyOf(req).lostReasonId && bodyOf(req).status !== 'lost')
    throw new InputError('"Lost Reason" can only be given with the status Lost.');
};

/** Pipeline and stage filters of GET /opportunities/search (snake_case on the wire; stage list follows the pipeline). */
export const pipelineFilters = (): Field[] => [
  F.pipeline({ required: false, as: 'pipeline_id', helpText: 'Only opportunities of this pipeline.' }),
  F.stage({ as: 'pipeline_stage_id', helpText: 'Pick the pipeline first.' }),
];

/**
 * GET /opportunities/search: `location_id` from the connection, newest created first. The v2 spec leaves `order` a
 * free string (example "added_asc"); GHL's v3 spec of the same endpoint lists "added_asc, added_desc, name_asc,
 * name_desc" (GoHighLevel/highlevel-api-docs, apps/v3/opportunities-v3.json). New Opportunity does not rely on it:
 * it reads the order off the page (lib/polling.ts).
 */
export const SEARCH: Pick<
  TriggerDecl,
  'method' | 'path' | 'version' | 'scopes' | 'location' | 'locationKey' | 'defaults'
> = {
  method: 'GET',
  path: '/opportunities/search',
  version: V,
  scopes: READ,
  location: 'query',
  locationKey: 'location_id',
  defaults: { query: { order: 'added_desc' } },
};
