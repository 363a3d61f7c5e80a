import { type B, type Field, type GhlRecord } from '../lib/op';
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

/** The `properties` object GHL takes: JSON first, then the key/value rows, keys without the schema prefix. */
export const buildProperties = (bundle: B, label: string): Record<string, unknown> | undefined => {
  const input = bundle.inputData;
  const schemaKey = String(input.schemaKey ?? '');
  const out: Record<string, unknown> = {};
  if (!isEmpty(input.propertiesJson)) {
    const parsed = toJson(input.propertiesJson, '"Properties (JSON)"');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError(
        `${label}: "Properties (JSON)" must be a JSON object of property key → value, e.g. {"name": "Buddy"}.`,
      );
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
