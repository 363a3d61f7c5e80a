import { F } from '../lib/fields';
import { creates, type B, type Field, type Req, create } from '../lib/op';
import { InputError } from '../lib/values';
import {
  schemaField,
  propertyFields,
  buildProperties,
  recordOutput,
  RECORD_SAMPLE,
  RECORD_OUTPUTS,
} from '../areas/objects';

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
    helpText: 'Custom objects only.',
  }),
  F.users('followers', 'Followers', { required: false, helpText: 'Up to 10.' }),
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
    help: 'Creates a custom object or business record with its properties.',
    method: 'POST',
    path: '/objects/{schemaKey}/records',
    once: 'created',
    version: V,
    scopes: ['objects/record.write'],
    location: 'body',
    fields: [schemaField(), ...recordFields()],
    before: setProperties('Create Custom Object Record', true),
    result: 'record',
    after: recordOutput,
    sample: RECORD_SAMPLE,
    outputFields: RECORD_OUTPUTS,
  }),
  create({
    key: 'update_custom_object_record',
    noun: 'Custom Object Record',
    label: 'Update Custom Object Record',
    help: 'Updates the properties you give on a record; others keep their values.',
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
        helpText: 'Pick the custom object first, or map a Record ID.',
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
    after: recordOutput,
    sample: RECORD_SAMPLE,
    outputFields: RECORD_OUTPUTS,
  }),
]);
