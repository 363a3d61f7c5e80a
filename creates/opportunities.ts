import { customFieldInputs, flattenCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { createOnce, duplicateOf, notStored } from '../lib/idempotency';
import {
  bodyOf,
  convert,
  creates,
  type B,
  type Field,
  type Req,
  type Send,
  type Z,
  create,
  type GhlRecord,
} from '../lib/op';
import { InputError } from '../lib/values';
import {
  lostReasonField,
  lostReasonOnlyWhenLost,
  opportunityField,
  OPPORTUNITY_OUTPUTS,
  OPPORTUNITY_SAMPLE,
  READ,
  STATUSES,
  V,
  WRITE,
} from '../areas/opportunities';

/** The opportunity fields create, update and upsert share; `required` marks what creating one needs. */
const opportunityFields = (required: boolean): Field[] => [
  F.pipeline({
    required,
    ...(required ? {} : { helpText: 'Pick a stage of it too.' }),
  }),
  F.stage(),
  F.text('name', 'Opportunity Name', { required }),
  F.choice('status', 'Status', STATUSES, {
    required: false,
    ...(required ? { helpText: 'Empty: open.' } : {}),
  }),
  F.money('monetaryValue', 'Monetary Value', { required: false, helpText: 'E.g. $1,500.00 or 1.500,00 €.' }),
  F.user('assignedTo', 'Assigned User', { required: false }),
];

const result = {
  after: (o: GhlRecord) => flattenCustomFields(o),
  outputFields: OPPORTUNITY_OUTPUTS,
  sample: OPPORTUNITY_SAMPLE,
};

/**
 * POST /opportunities/ once (lib/idempotency.ts). GHL allows one opportunity per contact and pipeline unless the
 * sub-account allows duplicates, and answers a second one with 400 "Can not create duplicate opportunity for the
 * contact." naming it (`meta.existingId`): that one is fetched and returned with isDuplicate true. After a 5xx or a
 * lost answer the natural key (contact + pipeline + name) is looked up instead of creating a second one.
 */
const createOpportunity = async (z: Z, bundle: B, req: Req, send: Send) => {
  const body = req.body as Record<string, unknown>;
  const { data, duplicate } = await createOnce(z, req, send, {
    label: 'Create Opportunity',
    noun: 'opportunity',
    duplicate: duplicateOf,
    fetch: (id) =>
      send(
        { method: 'GET', path: '/opportunities/{id}', pathParams: { id }, query: {}, body: undefined },
        { scopes: READ },
      ),
    key: 'contact, pipeline and name',
    findExisting: async (lookup) => {
      const query = {
        location_id: bundle.authData.locationId,
        contact_id: body.contactId,
        pipeline_id: body.pipelineId,
        q: body.name,
        limit: 100,
      };
      const found = await lookup(
        { method: 'GET', path: '/opportunities/search', pathParams: {}, query, body: undefined },
        { scopes: READ },
      );
      const same = (found?.opportunities ?? []).find(
        (o: Record<string, unknown>) =>
          o.contactId === body.contactId && o.pipelineId === body.pipelineId && o.name === body.name,
      );
      return same ? { opportunity: same } : undefined;
    },
  });
  if (duplicate) notStored(req, bundle, data?.opportunity, [F.contact(), ...opportunityFields(true)], 'opportunity');
  return { ...data, opportunity: { ...data?.opportunity, isDuplicate: duplicate } };
};

/** Update Opportunity Status's status: the value it sends, and echoes as sent. */
const NEW_STATUS = F.choice('status', 'Status', STATUSES, { required: true });

/** The followers actions answer the opportunity's id (the noun is what they add or remove). */
const FOLLOWER_OUTPUTS = [{ key: 'id', label: 'Opportunity ID' }];

export default creates([
  create({
    key: 'create_opportunity',
    noun: 'Opportunity',
    label: 'Create Opportunity',
    help: 'Creates an opportunity for a contact in a pipeline stage.',
    method: 'POST',
    path: '/opportunities/',
    version: V,
    scopes: WRITE,
    location: 'body',
    fields: [F.contact(), ...opportunityFields(true), customFieldInputs('opportunity')],
    // The spec requires status; a new opportunity is open unless the user says otherwise.
    defaults: { body: { status: 'open' } },
    perform: createOpportunity,
    result: 'opportunity',
    ...result,
    outputFields: [...OPPORTUNITY_OUTPUTS, { key: 'isDuplicate', label: 'Already Existed', type: 'boolean' }],
    sample: { ...OPPORTUNITY_SAMPLE, isDuplicate: false },
  }),
  create({
    key: 'update_opportunity',
    noun: 'Opportunity',
    label: 'Update Opportunity',
    help: 'Updates the fields you fill in on an opportunity.',
    method: 'PUT',
    path: '/opportunities/{id}',
    version: V,
    scopes: WRITE,
    fields: [opportunityField(), ...opportunityFields(false), customFieldInputs('opportunity')],
    // The spec requires a body: with no field filled, `{}` changes nothing and answers with the opportunity as it is.
    emptyBody: true,
    result: 'opportunity',
    ...result,
  }),
  create({
    key: 'delete_opportunity',
    noun: 'Opportunity',
    label: 'Delete Opportunity',
    help: 'Deletes an opportunity. To close a deal, update its status instead.',
    method: 'DELETE',
    path: '/opportunities/{id}',
    version: V,
    scopes: WRITE,
    fields: [opportunityField()],
    sample: { id: OPPORTUNITY_SAMPLE.id, succeded: true },
  }),
  create({
    key: 'update_opportunity_status',
    noun: 'Opportunity',
    label: 'Update Opportunity Status',
    help: 'Marks an opportunity open, won, lost or abandoned.',
    method: 'PUT',
    path: '/opportunities/{id}/status',
    version: V,
    scopes: WRITE,
    fields: [opportunityField(), NEW_STATUS, lostReasonField()],
    before: lostReasonOnlyWhenLost,
    // GHL answers {succeded: true}; the id (added by the factory) and the new status as sent ("WON" mapped in is
    // won) let later steps map them.
    after: (r, bundle) => ({ ...r, status: convert(NEW_STATUS, bundle.inputData.status, bundle) }),
    sample: { id: OPPORTUNITY_SAMPLE.id, succeded: true, status: 'won' },
  }),
  create({
    key: 'upsert_opportunity',
    noun: 'Opportunity',
    label: 'Upsert Opportunity',
    help: "Updates the contact's opportunity in the pipeline, or creates one.",
    method: 'POST',
    path: '/opportunities/upsert',
    version: V,
    scopes: WRITE,
    location: 'body',
    fields: [
      F.contact({ required: false }),
      opportunityField({
        required: false,
        helpText: 'Empty: matched by contact and pipeline.',
      }),
      F.pipeline(),
      F.stage(),
      F.text('name', 'Opportunity Name', { required: false }),
      F.choice('status', 'Status', STATUSES, { required: false }),
      // The upsert spec types monetaryValue as object (example 220); GHL takes a number (specWorkarounds below).
      F.money('monetaryValue', 'Monetary Value', { required: false, helpText: 'E.g. $1,500.00 or 1.500,00 €.' }),
      F.user('assignedTo', 'Assigned User', { required: false }),
      lostReasonField(),
      F.users('followers', 'Followers to Add', {
        required: false,
        helpText: 'Existing followers stay.',
      }),
    ],
    // The spec requires followers / isRemoveAllFollowers / followersActionType; "add" with no (or the given) users
    // leaves existing followers as they are.
    defaults: { body: { followers: [], isRemoveAllFollowers: false, followersActionType: 'add' } },
    specWorkarounds: [
      {
        rule: 'body-type',
        field: 'monetaryValue',
        why: 'monetaryValue is typed object in the spec (example 220); GHL takes a number, as create and update declare.',
      },
      {
        rule: 'body',
        field: 'contactId',
        why: "UpsertOpportunityDto omits contactId (its `followers` property carries contactId's description and example); GHL matches the opportunity to update by contact + pipeline, so Upsert Opportunity sends it.",
      },
    ],
    before: (req) => {
      // contactId is missing from the spec's UpsertOpportunityDto (its `followers` carries contactId's description and
      // example); GHL matches on contact + pipeline, so it is sent (specWorkarounds above).
      if (!bodyOf(req).contactId && !bodyOf(req).id)
        throw new InputError('Upsert Opportunity needs a Contact (or an Opportunity to update).');
      lostReasonOnlyWhenLost(req);
    },
    result: 'opportunity',
    after: (o: GhlRecord, _b, _z, data) => ({ ...flattenCustomFields(o), isNew: !!data?.new }),
    outputFields: [...OPPORTUNITY_OUTPUTS, { key: 'isNew', label: 'Was Created', type: 'boolean' }],
    sample: { ...OPPORTUNITY_SAMPLE, isNew: true },
  }),
  create({
    key: 'add_opportunity_followers',
    noun: 'Follower',
    label: 'Add Opportunity Followers',
    apiLabel: 'Add Followers',
    help: 'Adds followers to an opportunity; existing followers stay.',
    method: 'POST',
    path: '/opportunities/{id}/followers',
    version: V,
    scopes: WRITE,
    fields: [opportunityField(), F.users('followers', 'Followers', { required: true })],
    sample: {
      id: OPPORTUNITY_SAMPLE.id,
      followers: ['zT46WSCPbudrq4zhWMk6', 'YlWd2wuCAZQzh2cH1fVZ'],
      followersAdded: ['YlWd2wuCAZQzh2cH1fVZ'],
    },
    outputFields: FOLLOWER_OUTPUTS,
  }),
  create({
    key: 'remove_opportunity_followers',
    noun: 'Follower',
    label: 'Remove Opportunity Followers',
    apiLabel: 'Remove Followers',
    help: 'Removes followers from an opportunity, or all of them.',
    method: 'DELETE',
    path: '/opportunities/{id}/followers',
    version: V,
    scopes: WRITE,
    fields: [
      opportunityField(),
      F.users('followers', 'Followers', { required: false, in: 'body' }),
      F.boolean('isRemoveAllFollowers', 'Remove All Followers', { required: false, in: 'query' }),
    ],
    before: (req) => {
      if (!bodyOf(req).followers) {
        if (req.query.isRemoveAllFollowers !== true)
          throw new InputError(
            'Remove Opportunity Followers needs the Followers to remove, or "Remove All Followers" set to true.',
          );
        // The spec requires a followers list even when removing all of them.
        bodyOf(req).followers = [];
      }
    },
    sample: {
      id: OPPORTUNITY_SAMPLE.id,
      followers: ['zT46WSCPbudrq4zhWMk6'],
      followersRemoved: ['YlWd2wuCAZQzh2cH1fVZ'],
    },
    outputFields: FOLLOWER_OUTPUTS,
  }),
]);
