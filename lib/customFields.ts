import { quietCache } from './agency';
import { callGhl } from './client';
import { badAnswer, errorInfo } from './errors';
import { F } from './fields';
import type { B, DynamicFields, Field, Z, GhlRecord } from './op';
import { choiceOf, chosen, convert, lostParts, noAnswer, oneValue } from './op';
import { cleanText, ITEM_SEPARATORS, jsonList, looks, normalizeTags } from './normalize';
import { InputError, isEmpty, perObject, readBoolean, toList } from './values';

/** Which GHL object the custom fields belong to (`model` of GET /locations/{locationId}/customFields). */
type CustomFieldModel = 'contact' | 'opportunity';

interface CustomFieldDef {
  id: string;
  name: string;
  fieldKey?: string;
  dataType?: string;
  placeholder?: string;
  picklistOptions?: string[];
  /**
   * GHL stores a value that is none of the options: records "can add a custom option value different from the
   * predefined options" (a radio's "Other"; CustomFieldSchema of locations.json, allowCustomOption of
   * custom-fields.json).
   */
  isAllowedCustomOption?: boolean;
  model?: string;
}

/** Input keys carry the GHL field id and data type: a value is shaped by its type even when the list is unknown. */
const PREFIX = 'cf__';
const inputKey = (def: CustomFieldDef) => `${PREFIX}${def.id}__${def.dataType ?? 'TEXT'}`;
/** Output key of a custom field's value on a flattened record. */
const outputKey = (id: string) => `customField_${id}`;

/**
 * How long a run may use the custom-field list loaded before (by the Zap editor or an earlier run): their names for
 * sentences, their options and which ids exist. A value the cached list cannot place is checked against a fresh one.
 */
const DEFS_TTL_SECONDS = 600;
/** The lists are kept for the Zapier account (their keys name the sub-account). */
const accountCache = quietCache();
const defsCacheKey = (locationId: string, model: CustomFieldModel) => `ghl:custom-fields:${locationId}:${model}`;

/** A custom field's options as text, or undefined when GHL's answer holds no list of them. */
const textOptions = (options: unknown): string[] | undefined => {
  if (!Array.isArray(options)) return undefined;
  const texts = options.filter((o) => typeof o === 'string' || typeof o === 'number').map(String);
  return texts.length ? texts : undefined;
};

/** What a run needs of a definition (names for sentences, types, options), kept in z.cache. */
const KEPT = ['id', 'name', 'fieldKey', 'dataType', 'picklistOptions', 'isAllowedCustomOption'] as const;

/** The location's custom field definitions for a model; the ids, names, types and options are cached for runs. */
const loadCustomFields = async (
  z: Z,
  bundle: B,
  model: CustomFieldModel,
  label = `Loading ${model} custom fields`,
): Promise<CustomFieldDef[]> => {
  const locationId = bundle.authData.locationId;
  const data = await callGhl(z, {
    method: 'GET',
    path: '/locations/{locationId}/customFields',
    version: '2021-07-28',
    pathParams: { locationId },
    query: { model },
    context: { label, scopes: ['locations/customFields.readonly'] },
  });
  // An answer without the list is no list: read as "no custom fields", every value would be refused as unknown.
  if (!Array.isArray(data?.customFields)) throw badAnswer(z, label, 'had no list of custom fields', true);
  const defs = (data.customFields as CustomFieldDef[])
    .filter((d) => d?.id && (!d.model || d.model === model))
    // Options are text: anything else in GHL's list (a string where a list belongs, objects) is no option to match
    // against, and without options the field's values go as typed.
    .map((d) => ({ ...d, picklistOptions: textOptions(d.picklistOptions) }));
  // z.cache takes JSON only: a key holding undefined (a field without options, or without a name) made it refuse the
  // whole list, so every run loaded it again.
  const kept = defs.map((d) => Object.fromEntries(KEPT.map((k) => [k, d[k]]).filter(([, v]) => v !== undefined)));
  // Not cached (no z.cache, or it fails): the next run that needs the list loads it again.
  await accountCache.set(z, defsCacheKey(locationId, model), kept, DEFS_TTL_SECONDS);
  return defs;
};

/**
 * The definitions a run checks its custom-field values against: the cached list, or (`fresh`, or none cached) the
 * sub-account's, loaded on behalf of the step `label` names. Undefined when the connection may not read them (no
 * scope, no permission): the values are then sent as typed, so a connection made before the app asked for the scope
 * keeps working. Any other failure (GHL down, a rate limit, an unreadable answer) stops the step before anything is
 * written, so Zapier's retry or a replay is safe.
 */
const definitions = async (
  z: Z,
  bundle: B,
  model: CustomFieldModel,
  label: string,
  fresh = false,
): Promise<{ byId: Map<string, CustomFieldDef>; cached: boolean } | undefined> => {
  const locationId = bundle.authData?.locationId;
  if (!locationId) return undefined;
  // Named as the Zap editor labels the field (an unnamed one by its key), for the sentences about its value.
  const byId = (defs: CustomFieldDef[]) =>
    new Map(defs.map((d) => [d.id, { ...d, name: d.name?.trim() || `Custom field ${d.fieldKey ?? d.id}` }]));
  // z.cache is a convenience: without it the list is loaded.
  const hit = fresh ? undefined : await accountCache.get(z, defsCacheKey(locationId, model));
  if (Array.isArray(hit)) return { byId: byId(hit), cached: true };
  try {
    return {
      byId: byId(await loadCustomFields(z, bundle, model, `${label} (loading the ${model} custom fields)`)),
      cached: false,
    };
  } catch (e) {
    if (!['GHL_MISSING_SCOPE', 'GHL_FORBIDDEN'].includes(errorInfo(e)?.code ?? '')) throw e;
    z.console.log(`Could not load the ${model} custom fields: ${(e as Error).message}`);
    return undefined;
  }
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

/**
 * A field's options by how they look (the first of two that look alike), made once per definition: a value of 2,000
 * items tried against 200 options made them again for every try (7.5 s instead of 0.8).
 */
const lookalikes = perObject((def: CustomFieldDef): Map<string, string> => {
  const m = new Map<string, string>();
  for (const o of [...(def.picklistOptions ?? [])].reverse()) m.set(looks(o), o);
  return m;
});

/** A field's options worded yes and worded no, found once per definition (not again for each "yes" of a list). */
const yesNoOptions = perObject((def: CustomFieldDef): Map<boolean, string[]> => {
  const m = new Map<boolean, string[]>();
  for (const o of def.picklistOptions ?? []) {
    const said = /^\s*[01]\s*$/.test(o) ? undefined : readBoolean(o);
    if (said !== undefined) m.set(said, [...(m.get(said) ?? []), o]);
  }
  return m;
});

/**
 * The option of a field that a text names: in any case (choiceOf), or as it looks ("dark  blue", "Dark\u00A0Blue" are
 * "Dark Blue"); else a yes / no from a form ("true", "1", "on", a Zapier boolean) names the one option worded yes /
 * no ("Yes", "No", "Y", "True", "On"…; "1" and "0" are no such words: a 0–5 rating stays a rating), and for a
 * checkbox of one option ("I agree") yes is that option and no is `null`: nothing checked. Undefined when it names
 * none.
 */
const optionOf = (def: CustomFieldDef, type: string, x: string): string | null | undefined => {
  const options = def.picklistOptions ?? [];
  const hit = choiceOf({ key: inputKey(def), choices: options }, x);
  if (hit !== undefined) return hit;
  const alike = lookalikes(def).get(looks(x));
  if (alike !== undefined) return alike;
  const said = readBoolean(x);
  if (said === undefined) return undefined;
  const worded = yesNoOptions(def).get(said) ?? [];
  if (worded.length === 1) return worded[0];
  if (type === 'CHECKBOX' && options.length === 1) return said ? options[0] : null;
  return undefined;
};

/**
 * A single-option value: the option it names (optionOf), else the text as written where the field allows a custom
 * option, else refused listing the options.
 */
const oneOption = (def: CustomFieldDef, type: string, v: unknown): string => {
  const x = cleanText(v);
  const hit = optionOf(def, type, x);
  if (typeof hit === 'string') return hit;
  if (def.isAllowedCustomOption) return x;
  return chosen({ key: inputKey(def), choices: def.picklistOptions }, x, `"${def.name}"`);
};

/** How a single-value custom field is read: the field kind of lib/fields.ts that its data type corresponds to. */
const readerFor = (def: CustomFieldDef, type: string): Field => {
  const key = inputKey(def);
  if (MONEY.includes(type)) return F.money(key, def.name);
  if (NUMERIC.includes(type)) return F.number(key, def.name);
  if (type === 'DATE') return F.day(key, def.name);
  if (type === 'EMAIL') return F.email(key, def.name);
  if (type === 'PHONE') return F.phone(key, def.name);
  if (type === 'LARGE_TEXT') return F.longText(key, def.name, { to: String });
  if (def.picklistOptions?.length) return F.text(key, def.name, { to: (v: unknown) => oneOption(def, type, v) });
  return F.text(key, def.name, { to: cleanText });
};

/** ITEM_SEPARATORS, each kept among the pieces a split gives (multiValue). */
const SPLIT_KEPT = new RegExp(`(${ITEM_SEPARATORS.source})`);
const EVERY_SEPARATOR = new RegExp(ITEM_SEPARATORS.source, 'g');

/**
 * The items of a multi-option value. An item that is an option is kept whole, "Yes, please" included; other text is
 * split at `,` `;` and line breaks (ITEM_SEPARATORS), the longest run of pieces that names an option kept together ("Yes, please,
 * Maybe" → "Yes, please" and "Maybe"; also in double quotes, as a CSV cell writes it: `"Yes, please", Maybe`). Each
 * item must name an option (optionOf: the option's spelling is sent; a "no" into a checkbox of one option checks
 * nothing, sent as `[]`), else it is kept as written where the field allows a custom option, else refused listing
 * the options. Without options (or for TEXTBOX_LIST) the tag rule applies. Undefined when no item was given (only
 * separators): nothing to write.
 */
const multiValue = (def: CustomFieldDef, type: string, given: unknown): string[] | undefined => {
  const label = `"${def.name}"`;
  const raw = jsonList(given);
  const items = Array.isArray(raw) ? raw : [raw];
  items.forEach((x) => oneValue(x, label, true));
  // A list's items are the user's (or the earlier app's) own items: only text mapped as one value is split.
  const some = (list: string[]) => (list.length ? list : undefined);
  if (type === 'TEXTBOX_LIST')
    return some(Array.isArray(raw) ? items.filter((x) => !isEmpty(x)).map((x) => cleanText(x)) : toList(raw));
  const options = def.picklistOptions ?? [];
  if (!options.length) return some(normalizeTags(raw));
  const field: Field = { key: inputKey(def), choices: options };
  // No run of more pieces than the most separators an option holds, plus one, can name an option: trying every run
  // from each piece to the end was cubic (1,000 pieces took 7 s, 600 items of three pieces 57 s: past the step).
  const span = 2 * Math.max(...options.map((o) => o.match(EVERY_SEPARATOR)?.length ?? 0));
  const out: string[] = [];
  let unchecked = false;
  for (const item of items) {
    if (isEmpty(item)) continue;
    const parts = String(item).split(SPLIT_KEPT); // pieces at even indexes, the separators between them
    // A run in double quotes (a CSV cell's `"Red, White", Blue`) is read without them.
    // cleanText: a custom option is sent as written but for control characters (named by lostParts) and padding.
    const joined = (from: number, to: number) =>
      cleanText(parts.slice(from, to + 1).join('')).replace(/^"([^"]*)"$/, '$1');
    for (let i = 0; i < parts.length; i += 2) {
      let to = Math.min(parts.length - 1, i + span);
      while (to > i && optionOf(def, type, joined(i, to)) === undefined) to -= 2;
      const piece = joined(i, to);
      const hit = piece ? optionOf(def, type, piece) : undefined;
      if (hit === null) unchecked = true;
      else if (piece) out.push(hit ?? (def.isAllowedCustomOption ? piece : chosen(field, piece, label)));
      i = to;
    }
  }
  return out.length || unchecked ? out.filter((x, i) => out.indexOf(x) === i) : undefined;
};

/** A sentence for a value whose custom field is not in the sub-account's list. */
const unknownField = (step: string, id: string) =>
  new InputError(
    `${step}: a custom field of this step (id ${id}) does not exist in the sub-account: it was deleted in GHL, or the ` +
      `step was set up for another sub-account. Refresh the step's fields in the Zap editor and map the value again.`,
  );

/**
 * Dynamic inputs for a model's custom fields, and the `customFields: [{id, fieldValue}]` array they add to the body.
 * Values are read by the rules of their kind (lib/fields.ts: numbers, money, dates, email, phone, choices), named by
 * the field's name; an unreadable phone or email follows the step's "If a Phone, Email or Country Can't Be Read" choice.
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
  apply: async (req, bundle, z, { label, unreadable }) => {
    const given = Object.entries(bundle.inputData ?? {}).flatMap(([k, raw]) => {
      if (!k.startsWith(PREFIX) || isEmpty(raw)) return [];
      const [id, type] = k.slice(PREFIX.length).split('__');
      return [{ id, type: type || 'TEXT', raw }];
    });
    if (!given.length) return;
    const typeOf = (g: (typeof given)[number], def?: CustomFieldDef) => def?.dataType ?? g.type;
    // A single-value field is read as its field kind (readerFor), a multi-value one by multiValue.
    const readerOf = (g: (typeof given)[number], def: CustomFieldDef) =>
      MULTI.includes(typeOf(g, def)) ? undefined : readerFor(def, typeOf(g, def));
    const read = async (g: (typeof given)[number], def: CustomFieldDef, reader = readerOf(g, def)) =>
      reader ? convert(reader, g.raw, bundle, z) : multiValue(def, typeOf(g, def), g.raw);
    // A placeholder ("N/A") is no answer, as in the step's own fields (noAnswer), unless it names an option.
    const placeholder = (g: (typeof given)[number], def: CustomFieldDef, reader = readerOf(g, def)) =>
      reader && noAnswer(reader, g.raw, (x) => optionOf(def, typeOf(g, def), x) !== undefined);
    let defs = await definitions(z, bundle, model, label);
    // A list loaded earlier may miss a field or an option added since: what it cannot place is checked against GHL's.
    const placed = async (g: (typeof given)[number]) => {
      const def = defs?.byId.get(g.id);
      if (!def?.picklistOptions?.length || placeholder(g, def)) return !!def;
      return read(g, def).then(
        () => true,
        () => false,
      );
    };
    if (defs?.cached)
      for (const g of given)
        if (!(await placed(g))) {
          defs = await definitions(z, bundle, model, label, true);
          break;
        }
    const values: Array<{ id: string; fieldValue: unknown }> = [];
    const skipped: string[] = [];
    for (const g of given) {
      const known = defs?.byId.get(g.id);
      if (defs && !known) throw unknownField(label, g.id);
      const def = known ?? { id: g.id, name: `Custom field ${g.id}`, dataType: g.type };
      const reader = readerOf(g, def);
      const none = placeholder(g, def, reader);
      if (none) {
        skipped.push(none);
        continue;
      }
      let fieldValue: unknown;
      try {
        fieldValue = await read(g, def, reader);
      } catch (e) {
        if (!reader?.skippable) throw e;
        skipped.push(unreadable(e));
        continue;
      }
      // Only separators, or a CSV's empty cell ('""'): nothing to write ("" would clear the field).
      if (fieldValue === undefined || fieldValue === '') continue;
      // What the reader leaves out (a phone's label or extension, control characters) is named, as for the step's
      // own fields; a multi-value one is read as a list of text.
      skipped.push(...lostParts(reader ?? { key: g.id, label: def.name, list: true }, g.raw));
      values.push({ id: g.id, fieldValue });
    }
    if (values.length) (req.body as Record<string, unknown>).customFields = values;
    if (skipped.length) req.skipped = [...(req.skipped ?? []), ...skipped];
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
export const customFieldValue = (cf: Record<string, unknown>): unknown => {
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
