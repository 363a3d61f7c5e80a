import { triggers } from '../lib/op';

export default triggers([
  {
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
        .filter((o: any) => o.key && (!o.standard || String(o.key).startsWith('business')))
        .map((o: any) => ({ ...o, label: `${o.labels?.singular ?? o.key} (${o.key})` })),
    sample: {
      id: '661c06b4ffde146bdb469442',
      key: 'custom_objects.pet',
      standard: false,
      labels: { singular: 'Pet', plural: 'Pets' },
      primaryDisplayProperty: 'custom_objects.pet.name',
      label: 'Pet (custom_objects.pet)',
    },
  },
]);
