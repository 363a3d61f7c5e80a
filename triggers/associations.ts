import { changeOutputs, ownId, ShapeError, toChangeItem, changeSample } from '../lib/items';
import { triggers, trigger, type GhlRecord } from '../lib/op';
import { paging } from '../lib/paging';
import { countedChanges } from '../lib/polling';
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

// ---- shared pieces

/** "key: first (label) ↔ second (label)", the Association dropdown's text. */
const associationLabel = (a: GhlRecord) =>
  `${a.key ?? a.id}: ${a.firstObjectKey ?? '?'}${a.firstObjectLabel ? ` (${a.firstObjectLabel})` : ''} ↔ ${a.secondObjectKey ?? '?'}${a.secondObjectLabel ? ` (${a.secondObjectLabel})` : ''}`;
const withAssociationLabels = (items: GhlRecord[]) => items.map((a) => ({ ...a, label: associationLabel(a) }));

/**
 * Associations by object key: the spec documents a single association object, GHL answers with a list
 * (`{associations: [...]}`); both become the list of associations. An empty list is no association (no item fires);
 * anything else is an error naming the operation (issue 11: `{associations: []}` used to fire one fake item).
 */
const associationsOf = (data: unknown): GhlRecord[] => {
  if (Array.isArray(data)) return data;
  const lists = data && typeof data === 'object' ? Object.values(data).filter(Array.isArray) : [];
  if (lists.length === 1) return lists[0] as GhlRecord[];
  if (ownId(data as Record<string, unknown>) !== undefined) return [data as GhlRecord];
  throw new ShapeError('had no association');
};

/** One item per association that fires again when the association changes. */
const associationChangeItems = (list: GhlRecord[]) =>
  withAssociationLabels(
    list.filter((r) => r && typeof r === 'object').flatMap((r) => toChangeItem(r, { changedBy: 'updatedAt' })),
  );

const recordPicker = recordField('recordId', 'Record');

export default triggers([
  // ---- associations and relations
  trigger({
    key: 'associations',
    noun: 'Association',
    label: 'New Association Type',
    apiLabel: 'Find Associations',
    help: 'Triggers when an association type is added.',
    method: 'GET',
    path: '/associations/',
    version: V,
    scopes: ['associations.readonly'],
    location: 'query',
    paging: paging.skip(100),
    poll: {},
    // The spec documents a single association object; GHL answers with a list ({associations: [...]}), read either way.
    list: {},
    after: withAssociationLabels,
    sample: ASSOCIATION_SAMPLE,
    outputFields: ASSOCIATION_OUTPUTS,
  }),
  trigger({
    key: 'get_association',
    noun: 'Association',
    label: 'Association Updated',
    apiLabel: 'Get Association',
    help: "Triggers when the chosen association's labels change.",
    method: 'GET',
    path: '/associations/{associationId}',
    version: V,
    scopes: ['associations.readonly'],
    fields: [associationField()],
    record: { changedBy: 'updatedAt' },
    after: withAssociationLabels,
    sample: changeSample(ASSOCIATION_SAMPLE, '1a2b3c4d5e6f7a8b'),
    outputFields: changeOutputs(ASSOCIATION_OUTPUTS, 'Association'),
  }),
  trigger({
    key: 'get_association_by_key',
    noun: 'Association',
    label: 'Association Updated by Key',
    apiLabel: 'Get Association Key',
    help: 'Triggers when the association with the chosen key changes.',
    method: 'GET',
    path: '/associations/key/{key_name}',
    version: V,
    scopes: ['associations.readonly'],
    location: 'query',
    fields: [
      {
        key: 'key_name',
        label: 'Association Key',
        type: 'string',
        required: true,
        dynamic: 'associations.key.label',
        helpText: 'E.g. student_teacher.',
      },
    ],
    record: { changedBy: 'updatedAt' },
    after: withAssociationLabels,
    sample: changeSample(ASSOCIATION_SAMPLE, '1a2b3c4d5e6f7a8b'),
    outputFields: changeOutputs(ASSOCIATION_OUTPUTS, 'Association'),
  }),
  trigger({
    key: 'associations_by_object_key',
    noun: 'Association',
    label: 'Object Association Added or Changed',
    apiLabel: 'Get Association by Keys',
    help: 'Triggers when an association of the chosen object is added or changes.',
    method: 'GET',
    path: '/associations/objectKey/{objectKey}',
    version: V,
    scopes: ['associations.readonly'],
    // The spec marks locationId optional; GHL scopes the lookup to the sub-account, so it is always sent.
    location: 'query',
    fields: [objectKeyField('objectKey', 'Object Key')],
    perform: async (_z, _b, req, send) => ({ associations: associationsOf(await send(req)) }),
    list: { key: 'associations', newest: false },
    // GHL gives associations no update time: their content hashes are counted (lib/polling.ts countedChanges).
    after: (_items, bundle, z, data) =>
      countedChanges(
        z,
        bundle,
        ['associations_by_object_key', String(bundle.inputData.objectKey)],
        associationChangeItems(data.associations),
        { changedBy: 'updatedAt' },
        'Association',
      ),
    sample: changeSample(ASSOCIATION_SAMPLE, '1a2b3c4d5e6f7a8b'),
    outputFields: changeOutputs(ASSOCIATION_OUTPUTS, 'Association'),
  }),
  trigger({
    key: 'record_relations',
    noun: 'Relation',
    label: 'New Record Relation',
    apiLabel: 'Get Relations by Record',
    help: 'Triggers when the chosen record is linked to another record.',
    method: 'GET',
    path: '/associations/relations/{recordId}',
    version: V,
    scopes: ['associations/relation.readonly'],
    location: 'query',
    fields: [
      recordPicker,
      associationField({
        key: 'associationIds',
        label: 'Only These Associations',
        required: false,
        list: true,
        helpText: 'Empty: all.',
      }),
    ],
    paging: paging.skip(100),
    poll: {},
    // The spec documents a single association object; GHL answers with a list ({relations: [...]}), read either way.
    list: {},
    after: (items) =>
      items.map((r: GhlRecord) => ({
        ...r,
        label: `${r.associationId ?? 'relation'}: ${r.firstRecordId ?? '?'} ↔ ${r.secondRecordId ?? '?'}`,
      })),
    sample: RELATION_SAMPLE,
    outputFields: RELATION_OUTPUTS,
  }),
  trigger({
    key: 'association_object_key_choices',
    noun: 'Object',
    label: 'Association Object Key Choices',
    help: "Lists the object keys used by the sub-account's associations for the Object Key dropdowns.",
    hidden: true,
    method: 'GET',
    path: '/associations/',
    version: V,
    scopes: ['associations.readonly'],
    location: 'query',
    paging: paging.skip(100),
    list: { newest: false },
    // Contact first, on the first page only: a "load more" page past the last association must be empty to end.
    after: (items, bundle) => {
      const keys = [
        ...new Set(
          [
            bundle.meta?.page ? '' : 'contact',
            ...items.flatMap((a: GhlRecord) => [a.firstObjectKey, a.secondObjectKey]),
          ].filter((k) => typeof k === 'string' && k),
        ),
      ];
      return keys.map((k) => ({ id: k, label: k }));
    },
    sample: { id: 'custom_objects.teachers', label: 'custom_objects.teachers' },
  }),
]);
