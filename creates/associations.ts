import { F } from '../lib/fields';
import { creates, type SpecWorkaround, create } from '../lib/op';
import {
  ASSOCIATION_OUTPUTS,
  ASSOCIATION_SAMPLE,
  RELATION_OUTPUTS,
  RELATION_SAMPLE,
  associationField,
  objectKeyField,
  recordField,
} from '../areas/associations';

const V = '2021-07-28' as const;
const { label: _label, ...ASSOCIATION } = ASSOCIATION_SAMPLE;
const { label: _rlabel, ...RELATION } = RELATION_SAMPLE;

/**
 * Association labels and object keys are typed `object` in the spec, though their examples are plain text ("student",
 * "contact"): GHL takes strings.
 */
const typedText = (fields: string[]): SpecWorkaround[] =>
  fields.map((field) => ({
    rule: 'body-type',
    field,
    why: `${field} is typed object in the spec (its example is text such as "student" / "contact"); GHL takes a string.`,
  }));

export default creates([
  create({
    key: 'create_association',
    noun: 'Association',
    label: 'Create Association',
    help: 'Creates a link type between two objects, e.g. students and teachers.',
    method: 'POST',
    path: '/associations/',
    version: V,
    specWorkarounds: typedText(['firstObjectLabel', 'secondObjectLabel', 'firstObjectKey', 'secondObjectKey']),
    scopes: ['associations.write'],
    location: 'body',
    fields: [
      F.text('key', 'Association Key', {
        required: true,
        helpText: 'Lowercase with underscores, e.g. student_teacher.',
      }),
      objectKeyField('firstObjectKey', 'First Object Key'),
      F.text('firstObjectLabel', 'First Object Label', {
        required: true,
        helpText: 'E.g. Student.',
      }),
      objectKeyField('secondObjectKey', 'Second Object Key'),
      F.text('secondObjectLabel', 'Second Object Label', {
        required: true,
        helpText: 'E.g. Teacher.',
      }),
    ],
    sample: ASSOCIATION,
    outputFields: ASSOCIATION_OUTPUTS,
  }),
  create({
    key: 'update_association',
    noun: 'Association',
    label: 'Update Association',
    help: 'Renames the two sides of an association.',
    method: 'PUT',
    path: '/associations/{associationId}',
    version: V,
    specWorkarounds: typedText(['firstObjectLabel', 'secondObjectLabel']),
    scopes: ['associations.write'],
    fields: [
      associationField(),
      F.text('firstObjectLabel', 'First Object Label', { required: true }),
      F.text('secondObjectLabel', 'Second Object Label', { required: true }),
    ],
    sample: ASSOCIATION,
    outputFields: ASSOCIATION_OUTPUTS,
  }),
  create({
    key: 'delete_association',
    noun: 'Association',
    label: 'Delete Association',
    help: 'Deletes an association and every relation made with it.',
    method: 'DELETE',
    path: '/associations/{associationId}',
    version: V,
    scopes: ['associations.write'],
    fields: [associationField()],
    sample: { id: ASSOCIATION_SAMPLE.id, deleted: true, message: 'Association deleted successfully' },
    outputFields: [
      { key: 'id', label: 'Association ID' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
      { key: 'message', label: 'Message' },
    ],
  }),
  create({
    key: 'create_relation',
    noun: 'Relation',
    label: 'Create Relation',
    help: 'Links two records with an association, in its object order.',
    method: 'POST',
    path: '/associations/relations',
    version: V,
    scopes: ['associations/relation.write'],
    location: 'body',
    fields: [
      associationField(),
      recordField('firstRecordId', 'First Record'),
      recordField('secondRecordId', 'Second Record'),
    ],
    sample: RELATION,
    outputFields: RELATION_OUTPUTS,
  }),
  create({
    key: 'delete_relation',
    noun: 'Relation',
    label: 'Delete Relation',
    help: 'Unlinks two records (deletes one relation).',
    method: 'DELETE',
    path: '/associations/relations/{relationId}',
    version: V,
    scopes: ['associations/relation.write'],
    location: 'query',
    fields: [
      recordField('recordId', 'Record', { required: false, in: 'none', helpText: 'Fills the Relation dropdown.' }),
      {
        key: 'relationId',
        label: 'Relation',
        type: 'string',
        required: true,
        dynamic: 'record_relations.id.label',
        helpText: 'Pick the record first, or map a Relation ID.',
      },
    ],
    sample: { relationId: RELATION_SAMPLE.id, ...RELATION },
    outputFields: [{ key: 'id', label: 'Relation ID' }],
  }),
]);
