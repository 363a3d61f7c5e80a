import { F } from '../lib/fields';
import { creates, type B, type Field, type Req } from '../lib/op';
import { InputError, isEmpty, toJson } from '../lib/values';

/**
 * Location tags and custom object records. Custom object records live under `/objects/{schemaKey}/records`, where the
 * schema key (e.g. `custom_objects.pet`) is picked from the hidden `custom_object_schemas` trigger
 * (triggers/activity.ts).
 */

const V = '2021-07-28' as const;

/** The Custom Object dropdown (value: the schema key). */
export const schemaField = (): Field => ({
  key: 'schemaKey',
  label: 'Custom Object',
  type: 'string',
  required: true,
  dynamic: 'custom_object_schemas.key.label',
  helpText: 'The custom object (or "business" for companies). Pick one, or type its key, e.g. custom_objects.pet.',
});

/** Record properties as key → value pairs, plus a JSON box for typed or nested values (numbers, lists, money). */
export const propertyFields = (): Field[] => [
  {
    key: 'properties',
    label: 'Properties',
    type: 'string',
    dict: true,
    required: false,
    in: 'none',
    helpText:
      'Property key → value, one per row, e.g. name → Buddy. Keys are the field keys of the object (Settings > Objects), with or without the "custom_objects.pet." prefix.',
  },
  {
    key: 'propertiesJson',
    label: 'Properties (JSON)',
    type: 'text',
    required: false,
    in: 'none',
    helpText:
      'For numbers, multi-select lists or money, a JSON object, e.g. {"age": 3, "vaccines": ["rabies"], "price": {"currency": "default", "value": 100}}. Rows above override the same keys here.',
  },
];

/** The `properties` object GHL takes: JSON first, then the key/value rows, keys without the schema prefix. */
export const buildProperties = (bundle: B, label: string): Record<string, unknown> | undefined => {
  const input = bundle.inputData;
  const schemaKey = String(input.schemaKey ?? '');
  const out: Record<string, unknown> = {};
  if (!isEmpty(input.propertiesJson)) {
    const parsed = toJson(input.propertiesJson, '"Properties (JSON)"');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError(`${label}: "Properties (JSON)" must be a JSON object of property key → value, e.g. {"name": "Buddy"}.`);
    }
    Object.assign(out, parsed);
  }
  const rows = typeof input.properties === 'string' ? toJson(input.properties, '"Properties"') : input.properties;
  if (rows && typeof rows === 'object') Object.assign(out, rows);
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(out)) {
    const key = k.trim().startsWith(`${schemaKey}.`) ? k.trim().slice(schemaKey.length + 1) : k.trim();
    if (key) props[key] = v;
  }
  return Object.keys(props).length ? props : undefined;
};

const recordFields = (): Field[] => [
  ...propertyFields(),
  F.user('owner', 'Owner', { required: false, to: (v: unknown) => [v], helpText: 'The user who owns the record (custom objects only).' }),
  F.users('followers', 'Followers', { required: false, helpText: 'Users following the record (up to 10).' }),
];

export const RECORD_SAMPLE = {
  id: '661c06b4ffde146bdb469442',
  locationId: 've9EPM428h8vShlRW1KT',
  objectKey: 'custom_objects.pet',
  owner: ['ve9EPM428h8vShlRW1KT'],
  followers: ['ve9EPM428h8vShlRW1KT'],
  properties: { name: 'Buddy', breed: 'Labrador', age: 3 },
  dateAdded: '2026-03-01T10:15:30.000Z',
  dateUpdated: '2026-03-01T10:15:30.000Z',
};

export const RECORD_OUTPUTS = [
  { key: 'id', label: 'Record ID' },
  { key: 'objectKey', label: 'Custom Object Key' },
  { key: 'owner', label: 'Owner' },
  { key: 'followers', label: 'Followers' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

const setProperties = (label: string, required: boolean) => (req: Req, bundle: B) => {
  const props = buildProperties(bundle, label);
  const body = req.body as Record<string, unknown>;
  if (props) body.properties = props;
  else if (required) throw new InputError(`${label} needs at least one property (Properties or Properties (JSON)).`);
};

export default creates([
  {
    key: 'create_tag',
    noun: 'Tag',
    label: 'Create Tag',
    help: "Creates a tag in the sub-account, so it can be picked in tag inputs and GHL workflows before any contact carries it. To tag a contact, use Add Tags to Contact.",
    method: 'POST',
    path: '/locations/{locationId}/tags',
    version: V,
    scopes: ['locations/tags.write'],
    fields: [F.text('name', 'Tag Name', { required: true, to: (v: unknown) => String(v).trim() })],
    result: 'tag',
    sample: { id: 'flGwEuzsfJOia1i1ikRN', name: 'writesonic lead', locationId: 've9EPM428h8vShlRW1KT' },
    outputFields: [
      { key: 'id', label: 'Tag ID' },
      { key: 'name', label: 'Tag Name' },
    ],
  },
  {
    key: 'create_custom_object_record',
    noun: 'Custom Object Record',
    label: 'Create Custom Object Record',
    help: 'Creates a record of a custom object (e.g. a Pet, a Vehicle) or a business, with its properties given as key → value pairs.',
    method: 'POST',
    path: '/objects/{schemaKey}/records',
    version: V,
    scopes: ['objects/record.write'],
    location: 'body',
    fields: [schemaField(), ...recordFields()],
    before: setProperties('Create Custom Object Record', true),
    result: 'record',
    sample: RECORD_SAMPLE,
    outputFields: RECORD_OUTPUTS,
  },
  {
    key: 'update_custom_object_record',
    noun: 'Custom Object Record',
    label: 'Update Custom Object Record',
    help: 'Updates the properties you give (key → value pairs) on a custom object or business record; other properties keep their values.',
    method: 'PUT',
    path: '/objects/{schemaKey}/records/{id}',
    version: V,
    // The spec lists no scope for this operation; GHL's record writes need objects/record.write.
    scopes: ['objects/record.write'],
    location: 'query',
    fields: [
      schemaField(),
      F.id('id', 'Record ID', { search: 'find_custom_object_record.id', helpText: 'Map it from Find Custom Object Record or Create Custom Object Record.' }),
      ...recordFields(),
    ],
    before: (req, bundle) => {
      setProperties('Update Custom Object Record', false)(req, bundle);
      const b = req.body as Record<string, unknown>;
      if (!Object.keys(b).length) throw new InputError('Update Custom Object Record needs at least one property, an Owner or Followers to change.');
    },
    result: 'record',
    sample: RECORD_SAMPLE,
    outputFields: RECORD_OUTPUTS,
  },
]);
