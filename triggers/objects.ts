import { schemaField } from '../areas/objects';
import { triggers, trigger, type GhlRecord } from '../lib/op';
import { paging } from '../lib/paging';

export default triggers([
  trigger({
    key: 'custom_object_schemas',
    noun: 'Custom Object',
    label: 'Custom Object Choices',
    help: 'Lists the custom objects of the sub-account (and Business, whose records the records API also takes) for the Custom Object dropdown.',
    hidden: true,
    method: 'GET',
    path: '/objects/',
    version: '2021-07-28',
    scopes: ['objects/schema.readonly'],
    location: 'query',
    list: { key: 'objects', newest: false },
    // Contacts and opportunities are objects too, but the records endpoints take only custom objects and business.
    after: (items) =>
      items
        .filter((o: GhlRecord) => o.key && (!o.standard || String(o.key).startsWith('business')))
        .map((o: GhlRecord) => ({ ...o, label: `${o.labels?.singular ?? o.key} (${o.key})` })),
    sample: {
      id: '661c06b4ffde146bdb469442',
      key: 'custom_objects.pet',
      standard: false,
      labels: { singular: 'Pet', plural: 'Pets' },
      primaryDisplayProperty: 'custom_objects.pet.name',
      label: 'Pet (custom_objects.pet)',
    },
  }),
  trigger({
    key: 'object_record_choices',
    noun: 'Custom Object Record',
    label: 'Custom Object Record Choices',
    help: 'Lists the latest records of the chosen custom object for the Record dropdown.',
    hidden: true,
    method: 'POST',
    path: '/objects/{schemaKey}/records/search',
    version: '2021-07-28',
    scopes: ['objects/record.readonly'],
    location: 'body',
    fields: [schemaField()],
    // SearchRecordsBody requires page, pageLimit, query and searchAfter; an empty query matches every record. Paged,
    // so "load more" reaches records past the first 100.
    defaults: { body: { query: '', searchAfter: [] } },
    paging: paging.page(100, 'pageLimit', 'body'),
    list: { key: 'records', newest: false },
    // Labelled with the first text property (the object's display property usually comes first), else the id.
    after: (items) =>
      items.map((r: GhlRecord) => ({
        ...r,
        label: String(Object.values(r.properties ?? {}).find((v) => typeof v === 'string' && v.trim()) ?? r.id),
      })),
    sample: { id: '66e3f1a2b4c5d6e7f8a9b0c1', properties: { name: 'Buddy' }, label: 'Buddy' },
  }),
]);
