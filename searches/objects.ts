import { answersQuery, RECORD_OUTPUTS, RECORD_SAMPLE, recordOutput, schemaField } from '../areas/objects';
import { F } from '../lib/fields';
import { givenId, searches, search } from '../lib/op';
import { InputError } from '../lib/values';

/** Read in perform: trimmed, blank = not given (the search runs), a list or object refused by its label. */
const ID = F.text('id', 'Record ID', {
  required: false,
  in: 'none',
  ids: true,
  helpText: 'The search is then ignored.',
});

export default searches([
  search({
    key: 'find_custom_object_record',
    noun: 'Custom Object Record',
    label: 'Find Custom Object Record',
    help: 'Finds custom object or business records by ID or search.',
    method: 'POST',
    path: '/objects/{schemaKey}/records/search',
    version: '2021-07-28',
    scopes: ['objects/record.readonly'],
    location: 'body',
    fields: [
      schemaField(),
      ID,
      F.text('query', 'Search', {
        required: false,
        helpText: 'Text, or e.g. name:Buddy.',
      }),
    ],
    // SearchRecordsBody requires page, pageLimit, query and searchAfter: one page of 100 (as the Record dropdown
    // asks), so the exact matches are among the loose ones GHL lists first.
    defaults: { body: { page: 1, pageLimit: 100, searchAfter: [] } },
    perform: async (z, bundle, req, send) => {
      const id = await givenId(ID, bundle, z);
      if (id) {
        const data = await send({
          method: 'GET',
          path: '/objects/{schemaKey}/records/{id}',
          pathParams: { schemaKey: req.pathParams.schemaKey, id },
          query: {},
          body: undefined,
        });
        const record = data?.record;
        return { records: record && typeof record === 'object' && Object.keys(record).length ? [record] : [] };
      }
      const body = req.body as Record<string, unknown> | undefined;
      if (!body?.query) throw new InputError('Find Custom Object Record needs a Record ID or a Search.');
      return send(req);
    },
    // Only records holding the text asked for, the newest first (GHL's order is undocumented).
    list: { key: 'records' },
    exact: { query: answersQuery },
    after: (items, bundle) => items.map((r) => recordOutput(r, bundle)),
    orCreate: 'create_custom_object_record',
    sample: RECORD_SAMPLE,
    outputFields: RECORD_OUTPUTS,
  }),
]);
