import { callGhl } from './client';
import type { B, DynamicFields, Field, Z, GhlRecord } from './op';
import { locationCountry } from './location';
import { cleanText, normalizeEmail, normalizePhone, normalizeTags, phoneNeedsCountry } from './normalize';
import { isEmpty, toDay, toList, toMoney, toNumber } from './values';

/** Which GHL object the custom fields belong to (`model` of GET /locations/{locationId}/customFields). */
type CustomFieldModel = 'contact' | 'opportunity';

interface CustomFieldDef {
  id: string;
  name: string;
  fieldKey?: string;
  dataType?: string;
  placeholder?: string;
  picklistOptions?: string[];
  model?: string;
}

/** Input keys carry the GHL field id and data type, so perform can shape values without another request. */
const PREFIX = 'cf__';
const inputKey = (def: CustomFieldDef) => `${PREFIX}${def.id}__${def.dataType ?? 'TEXT'}`;
/** Output key of a custom field's value on a flattened record. */
const outputKey = (id: string) => `customField_${id}`;

/** The location's custom field definitions for a model. */
const loadCustomFields = async (z: Z, bundle: B, model: CustomFieldModel): Promise<CustomFieldDef[]> => {
  const data = await callGhl(z, {
    method: 'GET',
    path: '/locations/{locationId}/customFields',
    version: '2021-07-28',
    pathParams: { locationId: bundle.authData.locationId },
    query: { model },
    context: { label: `Loading ${model} custom fields`, scopes: ['locations/customFields.readonly'] },
  });
  return ((data?.customFields ?? []) as CustomFieldDef[]).filter((d) => !d.model || d.model === model);
};

const MULTI = ['CHECKBOX', 'MULTIPLE_OPTIONS', 'TEXTBOX_LIST'];
const MONEY = ['MONETORY', 'MONETARY'];
const NUMERIC = ['NUMERICAL', 'FLOAT', ...MONEY];

/** A Zapier input field for one GHL custom field, typed by its data type. */
const inputFor = (def: CustomFieldDef): Field => {
  const base: Field = {
    key: inputKey(def),
    label: def.name,
    required: false,
    helpText: `Custom field ${def.fieldKey ?? def.id}.`,
  };
  const type = def.dataType ?? 'TEXT';
  // Money is typed as text so "€1.250,00" reaches the app as written (see F.money).
  if (MONEY.includes(type)) return { ...base, type: 'string', placeholder: '1250.50' };
  if (NUMERIC.includes(type)) return { ...base, type: 'number' };
  if (type === 'DATE') return { ...base, type: 'datetime' };
  if (type === 'LARGE_TEXT') return { ...base, type: 'text' };
  if (type === 'FILE_UPLOAD') return { ...base, type: 'string', helpText: 'File URL.' };
  if (MULTI.includes(type))
    return {
      ...base,
      type: 'string',
      list: true,
      ...(def.picklistOptions?.length ? { choices: def.picklistOptions } : {}),
    };
  if (def.picklistOptions?.length) return { ...base, type: 'string', choices: def.picklistOptions };
  return { ...base, type: 'string' };
};

/** The value in the shape GHL's typed custom-field DTOs take, normalized like the standard fields of its kind. */
const valueFor = async (dataType: string, raw: unknown, label: string, z: Z, bundle: B): Promise<unknown> => {
  if (MONEY.includes(dataType)) return toMoney(raw, label);
  if (NUMERIC.includes(dataType)) return toNumber(raw, label);
  if (MULTI.includes(dataType)) return dataType === 'TEXTBOX_LIST' ? toList(raw) : normalizeTags(raw);
  if (dataType === 'DATE') return toDay(raw, label);
  if (dataType === 'EMAIL') return normalizeEmail(raw, label);
  if (dataType === 'PHONE')
    return normalizePhone(raw, label, phoneNeedsCountry(raw) ? await locationCountry(z, bundle) : undefined);
  if (dataType === 'LARGE_TEXT') return String(raw);
  return cleanText(raw);
};

/**
 * Dynamic inputs for a model's custom fields, and the `customFields: [{id, fieldValue}]` array they add to the body.
 *
 * Write key `fieldValue`, not the v2 spec's `field_value`: GHL's docs repository deprecates `field_value` in favour
 * of `fieldValue` to match the v3 contract (GoHighLevel/highlevel-api-docs PRs #320 contacts.json and #321
 * opportunities.json), and users of n8n's HighLevel node only got custom fields written with `{id, fieldValue}`
 * (n8n-io/n8n issue #35392, fixed by PR #35988). The spec checker checks top-level body keys only; `customFields`
 * stays an array as the spec types it. Numbers are sent as numbers and multi-options as lists (the spec types some
 * variants as object).
 */
export const customFieldInputs = (model: CustomFieldModel): DynamicFields => ({
  load: async (z, bundle) => {
    if (!bundle.authData?.locationId) return [];
    return (await loadCustomFields(z, bundle, model)).map(inputFor);
  },
  apply: async (req, bundle, z) => {
    const values: Array<{ id: string; fieldValue: unknown }> = [];
    for (const [k, v] of Object.entries(bundle.inputData ?? {})) {
      if (!k.startsWith(PREFIX) || isEmpty(v)) continue;
      const [id, dataType] = k.slice(PREFIX.length).split('__');
      const fieldValue = await valueFor(dataType ?? 'TEXT', v, `Custom field ${id}`, z, bundle);
      if (Array.isArray(fieldValue) && !fieldValue.length) continue; // only separators: nothing to write
      values.push({ id, fieldValue });
    }
    if (values.length) (req.body as Record<string, unknown>).customFields = values;
  },
});

/**
 * Every key GHL returns a custom field's value under: contacts answer `value`; opportunities `fieldValue`, or typed
 * `fieldValueString` / `fieldValueNumber` / … in search results (GoHighLevel/highlevel-api-docs issue #87); older
 * records `field_value`.
 */
const VALUE_KEYS = [
  'value',
  'fieldValue',
  'field_value',
  'fieldValueString',
  'fieldValueNumber',
  'fieldValueArray',
  'fieldValueDate',
  'fieldValueBoolean',
  'fieldValueLargeText',
  'fieldValueFiles',
];

/** A custom field entry's value, whichever key it came under (unknown `fieldValue…` variants included). */
const customFieldValue = (cf: Record<string, unknown>): unknown => {
  for (const k of VALUE_KEYS) if (cf[k] !== undefined && cf[k] !== null) return cf[k];
  const other = Object.keys(cf).find((k) => /^fieldValue[A-Z]/.test(k) && cf[k] !== undefined && cf[k] !== null);
  return other ? cf[other] : undefined;
};

/** Adds `customField_<id>` keys beside GHL's `customFields` array so each value can be mapped on its own. */
export const flattenCustomFields = <T extends GhlRecord>(record: T): T => {
  const list = record?.customFields ?? record?.customField;
  if (!Array.isArray(list)) return record;
  const flat: Record<string, unknown> = {};
  for (const cf of list) if (cf?.id) flat[outputKey(cf.id)] = customFieldValue(cf);
  return { ...record, ...flat };
};

/** `flattenCustomFields` for each item of a list (a trigger's or search's `after`). */
export const flattenEachCustomFields = (items: GhlRecord[]) => items.map(flattenCustomFields);

/** Output field labels naming each custom field, so the Zap editor shows "Lead Source" rather than an id. */
export const customFieldOutputs = (model: CustomFieldModel) => async (z: Z, bundle: B) => {
  if (!bundle.authData?.locationId) return [];
  return (await loadCustomFields(z, bundle, model)).map((d) => ({ key: outputKey(d.id), label: d.name }));
};
