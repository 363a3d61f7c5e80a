import { F } from '../lib/fields';
import { creates, type B, type Field, type Req, create } from '../lib/op';
import { InputError } from '../lib/values';
import { schemaField, propertyFields, buildProperties, RECORD_SAMPLE, RECORD_OUTPUTS } from '../areas/objects';

/**
 * Location tags and custom object records. Custom object records live under `/objects/{schemaKey}/records`, where the
 * schema key (e.g. `custom_objects.pet`) is picked from the hidden `custom_object_schemas` trigger
 * (triggers/objects.ts).
 */

const V = '2021-07-28' as const;

const recordFields = (): Field[] => [
  ...propertyFields(),
  F.user('owner', 'Owner', {
    required: false,
    to: (v: unknown) => [v],
    helpText: 'The user who owns the record (custom objects only).',
  }),
  F.users('followers', 'Followers', { required: false, helpText: 'Users following the record (up to 10).' }),
];

const setProperties = (label: string, required: boolean) => (req: Req, bundle: B) => {
  const props = buildProperties(bundle, label);
  const body = req.body as Record<string, unknown>;
  if (props) body.properties = props;
  else if (required) throw new InputError(`${label} needs at least one property (Properties or Properties (JSON)).`);
};

export default creates([
  create({
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
  }),
  create({
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
      F.id('id', 'Record', {
        dynamic: 'object_record_choices.id.label',
        search: 'find_custom_object_record.id',
        helpText:
          'Pick a record of the chosen custom object, or map a Record ID from Find or Create Custom Object Record.',
      }),
      ...recordFields(),
    ],
    before: (req, bundle) => {
      setProperties('Update Custom Object Record', false)(req, bundle);
      const b = req.body as Record<string, unknown>;
      if (!Object.keys(b).length)
        throw new InputError(
          'Update Custom Object Record needs at least one property, an Owner or Followers to change.',
        );
    },
    result: 'record',
    sample: RECORD_SAMPLE,
    outputFields: RECORD_OUTPUTS,
  }),
]);
