import { contentHash, getPath } from './values';

type Item = Record<string, any>;

/** How a list response becomes trigger items. */
export interface ListShape {
  /** Key (dotted path) of the array in the response; omitted: the response itself or its only array. */
  key?: string;
  /** Field holding the record id when it is not `id` (e.g. `_id`); copied into `id`. */
  id?: string;
  /**
   * Field to sort newest-first by. Omitted: the first of NEWEST_FIELDS the items carry. `false`: keep GHL's order
   * (it is already newest-first, or has no date).
   */
  newest?: string | false;
}

/** How a single-record response becomes one item that fires again when the record changes. */
export interface RecordShape {
  /** Key of the record in the response (`contact` in `{contact: {...}}`); omitted: the response itself. */
  key?: string;
  id?: string;
  /** Update-time field; the dedupe id is `id-<that value>`. Omitted or absent on the record: a content hash. */
  changedBy?: string;
}

/** Date fields GHL uses for "when was this made", most specific first. */
export const NEWEST_FIELDS = ['dateAdded', 'createdAt', 'dateCreated', 'createdOn', 'addedOn', 'startTime', 'dateUpdated', 'updatedAt'];

const time = (v: unknown): number => {
  if (typeof v === 'number') return v < 1e11 ? v * 1000 : v;
  const t = Date.parse(String(v));
  return Number.isNaN(t) ? -Infinity : t;
};

/** Finds the array in a GHL list response. */
export const listOf = (data: unknown, key?: string): Item[] => {
  if (key) {
    const v = getPath(data, key);
    return Array.isArray(v) ? v : [];
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const arrays = Object.values(data as Item).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0] as Item[];
  }
  return [];
};

/** Gives each item a stable `id`: its own id field, else a hash of its content. */
export const withIds = (items: Item[], idField = 'id'): Item[] =>
  items.map((item) => {
    const own = item?.[idField] ?? item?.id ?? item?._id;
    return { ...item, id: own !== undefined && own !== null && own !== '' ? String(own) : contentHash(item) };
  });

/** Sorts newest-first (stable: items without the date keep their order, after dated ones). */
export const newestFirst = (items: Item[], field?: string | false): Item[] => {
  if (field === false) return items;
  const f = field ?? NEWEST_FIELDS.find((name) => items.some((i) => i?.[name] !== undefined && i?.[name] !== null));
  if (!f) return items;
  return items
    .map((item, index) => ({ item, index, t: time(item?.[f]) }))
    .sort((a, b) => b.t - a.t || a.index - b.index)
    .map((x) => x.item);
};

/** A list response as Zapier trigger items: unique stable ids, newest first. */
export const toItems = (data: unknown, shape: ListShape = {}): Item[] => {
  const items = newestFirst(withIds(listOf(data, shape.key), shape.id), shape.newest);
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && !!seen.add(i.id));
};

/**
 * A single record as a one-item trigger result that fires again when it changes: `id` becomes the record id plus
 * its update time (or content hash); the record's own id stays available as `recordId`.
 */
export const toChangeItem = (data: unknown, shape: RecordShape = {}): Item[] => {
  const record = (shape.key ? getPath(data, shape.key) : data) as Item | undefined;
  if (!record || typeof record !== 'object' || !Object.keys(record).length) return [];
  const own = record[shape.id ?? 'id'] ?? record.id ?? record._id;
  const stamp = shape.changedBy && record[shape.changedBy] ? String(record[shape.changedBy]) : contentHash(record);
  const recordId = own !== undefined && own !== null ? String(own) : contentHash(record);
  return [{ ...record, id: `${recordId}-${stamp}`, recordId }];
};

/** Adds `<field>Iso` beside epoch-millisecond fields, so later steps can use a readable time. */
export const withIsoTimes = (item: Item, fields: string[]): Item => {
  const out = { ...item };
  for (const f of fields) {
    const v = item[f];
    const n = typeof v === 'number' ? v : /^\d{12,13}$/.test(String(v ?? '')) ? Number(v) : NaN;
    if (Number.isFinite(n)) out[`${f}Iso`] = new Date(n).toISOString();
  }
  return out;
};

/** Output labels for a change trigger: the record's own id is `recordId`; `id` is the change (dedupe) id. */
export const changeOutputs = <T,>(outputs: T[], noun: string) => [
  { key: 'recordId', label: `${noun} ID` },
  { key: 'id', label: 'Change ID (record ID + update)' },
  // Function entries (custom-field labels computed at edit time) pass through.
  ...outputs.filter((o) => typeof o === 'function' || !['id', 'recordId'].includes((o as { key?: string }).key ?? '')),
];
