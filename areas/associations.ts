import type { Field } from '../lib/op';

/** Associations between objects (contacts, opportunities, businesses, custom objects) and their relations. */

export const ASSOCIATION_SAMPLE = {
  id: '6718a5d2f1e7b4c9a0d3e2f1',
  key: 'student_teacher',
  firstObjectKey: 'contact',
  firstObjectLabel: 'Student',
  secondObjectKey: 'custom_objects.teachers',
  secondObjectLabel: 'Teacher',
  associationType: 'USER_DEFINED',
  label: 'student_teacher: contact (Student) ↔ custom_objects.teachers (Teacher)',
};

export const ASSOCIATION_OUTPUTS = [
  { key: 'id', label: 'Association ID' },
  { key: 'key', label: 'Association Key' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'firstObjectLabel', label: 'First Object Label' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'secondObjectLabel', label: 'Second Object Label' },
  { key: 'associationType', label: 'Association Type' },
];

/** A relation's outputs, shared by Create Relation and the relations trigger. */
export const RELATION_OUTPUTS = [
  { key: 'id', label: 'Relation ID' },
  { key: 'associationId', label: 'Association ID' },
  { key: 'firstRecordId', label: 'First Record ID' },
  { key: 'secondRecordId', label: 'Second Record ID' },
];

export const RELATION_SAMPLE = {
  id: '6718a7e4c2b1d0f9e8a7b6c5',
  associationId: '6718a5d2f1e7b4c9a0d3e2f1',
  firstRecordId: 'ocQHyuzHvysMo5N5VsXc',
  secondRecordId: '6718a6b3d4e5f6a7b8c9d0e1',
  label: '6718a5d2f1e7b4c9a0d3e2f1: ocQHyuzHvysMo5N5VsXc ↔ 6718a6b3d4e5f6a7b8c9d0e1',
};

/** The Association picker (from Find Associations); its value is the association id. */
export const associationField = (opts: Partial<Field> = {}): Field => ({
  key: 'associationId',
  label: 'Association',
  type: 'string',
  required: true,
  dynamic: 'associations.id.label',
  ...opts,
});

/**
 * A record on one side of a relation. Contacts are the records most Zaps start from, so they get the dropdown; an
 * opportunity's or custom object record's id is mapped. No search connector: the record may be of any object.
 */
export const recordField = <K extends string>(
  key: K,
  label: string,
  opts: Partial<Omit<Field, 'key'>> = {},
): Field<K> => ({
  key,
  label,
  type: 'string',
  required: true,
  dynamic: 'contact_choices.id.label',
  helpText: 'A contact, or map any record ID.',
  ...opts,
});

/** Object keys GHL knows in associations: `contact`, `opportunity`, `business`, `custom_objects.<name>`. */
export const objectKeyField = (key: string, label: string, opts: Partial<Field> = {}): Field => ({
  key,
  label,
  type: 'string',
  required: true,
  dynamic: 'association_object_key_choices.id.label',
  helpText: 'E.g. `contact` or `custom_objects.teachers`.',
  ...opts,
});
