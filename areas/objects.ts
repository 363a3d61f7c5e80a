import { type B, type Field, type GhlRecord } from '../lib/op';
import { looksLike } from '../lib/items';
import { shown } from '../lib/normalize';
import { InputError, isEmpty, toJson } from '../lib/values';

/** The Custom Object dropdown (value: the schema key). */
export const schemaField = (): Field => ({
  key: 'schemaKey',
  label: 'Custom Object',
  type: 'string',
  required: true,
  dynamic: 'custom_object_schemas.key.label',
  helpText: 'Pick or type its key, e.g. custom_objects.pet.',
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
    helpText: 'Field key → value, one per row, e.g. name → Buddy.',
  },
  {
    key: 'propertiesJson',
    label: 'Properties (JSON)',
    type: 'text',
    required: false,
    in: 'none',
    helpText: 'A JSON object for numbers, lists or money, e.g. {"age": 3}.',
  },
];

/**
 * The `properties` object GHL takes: JSON first, then the key/value rows, keys without the schema prefix. Rows that are
 * no keys with values (a list, a text) and a value without a key are refused; every key is kept as given, `__proto__`
 * included (Object.assign would have set the object's prototype instead, dropping it unseen).
 */
export const buildProperties = (bundle: B, label: string): Record<string, unknown> | undefined => {
  const input = bundle.inputData;
  const schemaKey = String(input.schemaKey ?? '');
  const given: Array<[string, unknown]> = [];
  if (!isEmpty(input.propertiesJson)) {
    const parsed = toJson(input.propertiesJson, '"Properties (JSON)"');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError(
        `${label}: "Properties (JSON)" must be a JSON object of property key → value, e.g. {"name": "Buddy"}.`,
      );
    }
    given.push(...Object.entries(parsed));
  }
  const rows = typeof input.properties === 'string' ? toJson(input.properties, '"Properties"') : input.properties;
  if (!isEmpty(rows)) {
    if (!rows || typeof rows !== 'object' || Array.isArray(rows))
      throw new InputError(
        `${label}: "Properties" must be property keys with values (name → Buddy), not ${Array.isArray(rows) ? 'a list' : shown(rows)}.`,
      );
    // A row mapped from an empty value ("", null: Zapier hands them as mapped, cleanInputData being off) is no value,
    // as in any field: sent, it would clear the property. The JSON box stays as typed.
    given.push(...Object.entries(rows).filter(([, v]) => !isEmpty(v)));
  }
  const props = Object.fromEntries(
    given.flatMap(([k, v]): Array<[string, unknown]> => {
      const key = k.trim().startsWith(`${schemaKey}.`) ? k.trim().slice(schemaKey.length + 1) : k.trim();
      if (key) return [[key, v]];
      if (isEmpty(v)) return [];
      throw new InputError(`${label}: "Properties" has a value without a key: ${shown(v)}. Name its property.`);
    }),
  );
  return Object.keys(props).length ? props : undefined;
};

/**
 * A record with the keys its outputs promise, whichever shape GHL answered: the records search answers
 * RecordResponseDTO (`createdAt` / `updatedAt`, `objectKey`), GET / POST / PUT of one record IRecordSchema
 * (`dateAdded` / `dateUpdated`, no `objectKey`) (../shared/ghl-openapi/apps/objects.json). The dates are filled from
 * either spelling, the object key from the step's Custom Object; GHL's own keys stay.
 */
export const recordOutput = (r: GhlRecord, bundle: B): GhlRecord => {
  const filled = {
    objectKey: r.objectKey ?? (String(bundle.inputData.schemaKey ?? '').trim() || undefined),
    dateAdded: r.dateAdded ?? r.createdAt,
    dateUpdated: r.dateUpdated ?? r.updatedAt,
  };
  return { ...r, ...Object.fromEntries(Object.entries(filled).filter(([, v]) => v !== undefined)) };
};

/**
 * Whether a record answers a records search's text exactly (SearchDecl.exact): `name:Buddy` when its `name` property
 * is "Buddy" (the key also with its object's prefix), any text when one of its properties is that text, as it looks
 * (case and spacing aside; a list property when one of its items is). GHL searches the text in full ("Buddy" finds
 * "Buddy Holly", `name:Buddy` a breed "Buddy"), so Find or Create would take a near miss for the record asked for.
 */
export const answersQuery = (r: GhlRecord, query: string): boolean => {
  const props: Record<string, unknown> = r.properties && typeof r.properties === 'object' ? r.properties : {};
  const named = /^\s*([\w.-]+)\s*:(.*)$/s.exec(query);
  if (named && looksLike(props[named[1].split('.').pop()!], named[2])) return true;
  return Object.values(props).some((v) => looksLike(v, query));
};

export const RECORD_SAMPLE = {
  id: '661c06b4ffde146bdb469442',
  objectKey: 'custom_objects.pet',
  owner: ['YlWd2wuCAZQzh2cH1fVZ'],
  followers: ['YlWd2wuCAZQzh2cH1fVZ'],
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
