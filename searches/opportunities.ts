import { F } from '../lib/fields';
import { givenId, searches, search } from '../lib/op';
import { InputError } from '../lib/values';
import { flattenEachCustomFields } from '../lib/customFields';
import { looksLike } from '../lib/items';
import { OPPORTUNITY_OUTPUTS, OPPORTUNITY_SAMPLE, SEARCH, STATUSES } from '../areas/opportunities';

/** Read in perform: trimmed, blank = not given (the contact is searched), a list or object refused by its label. */
const ID = F.text('opportunityId', 'Opportunity ID', {
  required: false,
  in: 'none',
  ids: true,
  helpText: 'Other fields are then ignored.',
});

export default searches([
  search({
    key: 'find_opportunity',
    noun: 'Opportunity',
    label: 'Find Opportunity',
    help: "Finds an opportunity by ID, or a contact's newest opportunities.",
    ...SEARCH,
    fields: [
      ID,
      F.contact({ required: false, as: 'contact_id' }),
      F.pipeline({ required: false, as: 'pipeline_id' }),
      F.choice('status', 'Status', { ...STATUSES, all: 'All' }, { required: false }),
    ],
    // An id is a direct GET /opportunities/{id}, answered as a one-item list; otherwise the contact's opportunities.
    perform: async (z, bundle, req, send) => {
      const id = await givenId(ID, bundle, z);
      if (id) {
        const data = await send({
          method: 'GET',
          path: '/opportunities/{id}',
          pathParams: { id },
          query: {},
          body: undefined,
        });
        return data?.opportunity ? { opportunities: [data.opportunity] } : data;
      }
      if (!req.query.contact_id) throw new InputError('Find Opportunity needs an Opportunity ID or a Contact.');
      return send(req);
    },
    list: { key: 'opportunities', newest: 'createdAt' },
    // The contact's, in the pipeline and status asked for: the search's filters could be ignored (the v2 spec names
    // them contact_id / pipeline_id, GHL's v3 spec contactId / pipelineId), answering other contacts' deals.
    exact: {
      contact_id: ['contactId', 'contact.id'],
      pipeline_id: 'pipelineId',
      status: (o, status) => status === 'all' || looksLike(o.status, status),
    },
    after: flattenEachCustomFields,
    orCreate: 'create_opportunity',
    // Found: Update Opportunity writes the step's fields onto it (the found id fills its Opportunity).
    orUpdate: { update: 'update_opportunity', input: { id: 'id' } },
    sample: OPPORTUNITY_SAMPLE,
    outputFields: OPPORTUNITY_OUTPUTS,
  }),
]);
