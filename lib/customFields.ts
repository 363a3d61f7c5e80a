import { callGhl } from './client';
import type { B, DynamicFields, Field, Z } from './op';
import { isEmpty, toDay, toList, toNumber } from './values';

/** Which GHL object the custom fields belong to (`model` of GET /locations/{locationId}/customFields). */
export type CustomFieldModel = 'contact' | 'opportunity';

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
export const outputKey = (id: string) => `customField_${id}`;

/** The location's custom field definitions for a model. */
export const loadCustomFields = async (z: Z, bundle: B, model: CustomFieldModel): Promise<CustomFieldDef[]> => {
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
const NUMERIC = ['NUMERICAL', 'MONETORY', 'MONETARY'];

/** A Zapier input field for one GHL custom field, typed by its data type. */
const inputFor = (def: CustomFieldDef): Field => {
  const base: Field = { key: inputKey(def), label: def.name, required: false, helpText: `Custom field ${def.fieldKey ?? def.id}.` };
  const type = def.dataType ?? 'TEXT';
  if (NUMERIC.includes(type)) return { ...base, type: 'number' };
  if (type === 'DATE') return { ...base, type: 'datetime' };
  if (type === 'LARGE_TEXT') return { ...base, type: 'text' };
  if (type === 'FILE_UPLOAD') return { ...base, type: 'string', helpText: 'File URL.' };
  if (MULTI.includes(type)) return { ...base, type: 'string', list: true, ...(def.picklistOptions?.length ? { choices: def.picklistOptions } : {}) };
  if (def.picklistOptions?.length) return { ...base, type: 'string', choices: def.picklistOptions };
  return { ...base, type: 'string' };
};

/** The value in the shape GHL's typed custom-field DTOs take. */
const valueFor = (dataType: string, raw: unknown, label: string): unknown => {
  if (NUMERIC.includes(dataType)) return toNumber(raw, label);
  if (MULTI.includes(dataType)) return toList(raw);
  if (dataType === 'DATE') return toDay(raw, label);
  return String(raw);
};

/**
 * Dynamic inputs for a model's custom fields, and the `customFields: [{id, field_value}]` array they add to the body.
 * GHL's spec types some field_value variants as object; numbers and lists are what GHL stores for those types.
 */
export const customFieldInputs = (model: CustomFieldModel): DynamicFields => ({
  load: async (z, bundle) => {
    if (!bundle.authData?.locationId) return [];
    return (await loadCustomFields(z, bundle, model)).map(inputFor);
  },
  apply: (req, bundle) => {
    const values = Object.entries(bundle.inputData ?? {})
      .filter(([k, v]) => k.startsWith(PREFIX) && !isEmpty(v))
      .map(([k, v]) => {
        const [id, dataType] = k.slice(PREFIX.length).split('__');
        return { id, field_value: valueFor(dataType ?? 'TEXT', v, `Custom field ${id}`) };
      });
    if (values.length) (req.body as Record<string, unknown>).customFields = values;
  },
});

/** Adds `customField_<id>` keys beside GHL's `customFields` array so each value can be mapped on its own. */
export const flattenCustomFields = <T extends Record<string, any>>(record: T): T => {
  const list = record?.customFields ?? record?.customField;
  if (!Array.isArray(list)) return record;
  const flat: Record<string, unknown> = {};
  for (const cf of list) if (cf?.id) flat[outputKey(cf.id)] = cf.value ?? cf.field_value ?? cf.fieldValue;
  return { ...record, ...flat };
};

/** Output field labels naming each custom field, so the Zap editor shows "Lead Source" rather than an id. */
export const customFieldOutputs = (model: CustomFieldModel) => async (z: Z, bundle: B) => {
  if (!bundle.authData?.locationId) return [];
  return (await loadCustomFields(z, bundle, model)).map((d) => ({ key: outputKey(d.id), label: d.name }));
};
