import { F } from '../lib/fields';
import { triggers, trigger } from '../lib/op';

const V = '2021-07-28' as const;

export default triggers([
  trigger({
    key: 'custom_fields',
    noun: 'Custom Field',
    label: 'New Custom Field',
    apiLabel: 'List Custom Fields',
    help: 'Triggers when a contact or opportunity custom field is added.',
    method: 'GET',
    path: '/locations/{locationId}/customFields',
    version: V,
    scopes: ['locations/customFields.readonly'],
    fields: [
      F.choice(
        'model',
        'Object',
        { contact: 'Contact fields', opportunity: 'Opportunity fields', all: 'Contact and opportunity fields' },
        {
          required: false,
          default: 'all',
          helpText: 'Default: both.',
        },
      ),
    ],
    defaults: { query: { model: 'all' } },
    // No dates on custom fields: GHL's order is kept.
    list: { key: 'customFields', newest: false },
    sample: {
      id: '3sv6UEo51C9Bmpo1cKTq',
      name: 'Pincode',
      fieldKey: 'contact.pincode',
      placeholder: 'Pin code',
      dataType: 'TEXT',
      picklistOptions: [],
      model: 'contact',
    },
    outputFields: [
      { key: 'id', label: 'Custom Field ID' },
      { key: 'name', label: 'Name' },
      { key: 'fieldKey', label: 'Field Key (for merge tags)' },
      { key: 'dataType', label: 'Data Type' },
      { key: 'model', label: 'Object (contact / opportunity)' },
      { key: 'picklistOptions', label: 'Options' },
      { key: 'placeholder', label: 'Placeholder' },
    ],
  }),
]);
