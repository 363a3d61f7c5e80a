import type { GhlRecord } from './op';
import { looks } from './normalize';
import { contentHash, getPath, stateHash } from './values';

type Item = GhlRecord;

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
  /**
   * Update-time field; the dedupe id is `id-<that value>`. Omitted or absent on the record: a content hash, counted
   * per change (lib/polling.ts countedChanges) so a return to an earlier content fires too.
   */
  changedBy?: string;
  /**
   * Fields left out of the content hash: they change with no change a Zap waits for (the agency's Twilio trial
   * balance drops with every call), and hashed they would fire the trigger, and add a dedupe row, on every poll.
   * They stay on the item.
   */
  unhashed?: string[];
}

/** Date fields GHL uses for "when was this made", most specific first. */
const NEWEST_FIELDS = [
  'dateAdded',
  'createdAt',
  'dateCreated',
  'createdOn',
  'addedOn',
  'startTime',
  'dateUpdated',
  'updatedAt',
];

/** Epoch ms from GHL's ISO strings, epoch seconds or epoch ms; -Infinity when absent or unreadable. */
export const timeOf = (v: unknown): number => {
  if (typeof v === 'number') return v < 1e11 ? v * 1000 : v;
  if (typeof v === 'string' && /^\d{9,13}$/.test(v.trim())) return timeOf(Number(v));
  const t = Date.parse(String(v ?? ''));
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * A 2xx answer that does not have the shape the operation reads (no list, no record, no id). The factory turns it
 * into an error naming the operation; `problem` completes "GHL's answer …".
 */
export class ShapeError extends Error {
  /** `read`: the unreadable answer came from a lookup (nothing was written yet), whatever the operation's kind. */
  constructor(
    readonly problem: string,
    readonly read?: boolean,
  ) {
    super(problem);
    this.name = 'ShapeError';
  }
}

const isRecord = (v: unknown): v is Item => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The array of a list response, or a ShapeError when there is none: `key` absent or not a list, or (without a key)
 * neither a list nor an object holding exactly one list. An empty list is a legitimate answer; null entries are
 * dropped (they are no records).
 */
export const strictListOf = (data: unknown, key?: string): Item[] => {
  let list: unknown;
  if (key) {
    list = getPath(data, key);
    if (!Array.isArray(list)) throw new ShapeError(`had no "${key}" list`);
  } else if (Array.isArray(data)) list = data;
  else {
    const arrays = isRecord(data) ? Object.values(data).filter(Array.isArray) : [];
    if (arrays.length !== 1) throw new ShapeError('had no list of records');
    list = arrays[0];
  }
  return (list as unknown[]).filter(isRecord);
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

/**
 * Gives each item a stable `id`: its own id field as text, a hash of it when it is an object (as text every one was
 * "[object Object]", so all but the first were dropped as duplicates), else a hash of its content.
 */
const withIds = (items: Item[], idField = 'id'): Item[] =>
  items.map((item) => {
    const own = idValue(item, idField);
    const id = asId(own) ?? contentHash(own && typeof own === 'object' ? own : item);
    return { ...item, id };
  });

/**
 * Items by how well `field` matches the searched text (as it looks: case and spacing aside): the same text first, then
 * those starting with it, then the rest, each group in GHL's order. Zapier takes a search's first item, and a name
 * search matches any part ("Dental" lists "Bright Dental" and "Dental").
 */
export const bestMatchFirst = (items: Item[], field: string, text: unknown): Item[] => {
  const q = looks(text ?? '');
  const rank = (i: Item) => (looks(i[field] ?? '') === q ? 0 : looks(i[field] ?? '').startsWith(q) ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b));
};

/**
 * How a search's match must equal a value its request sent (SearchDecl.exact): the record's field (a dotted path; a
 * list of paths: any of them), or a test of its own given the value sent.
 */
export type Exact = string | string[] | ((item: Item, sent: string) => boolean);

/** True when `value`, or an item of it when it is a list, looks like `text` (lib/normalize.ts looks). */
export const looksLike = (value: unknown, text: unknown): boolean =>
  (Array.isArray(value) ? value : [value]).some(
    (v) => (typeof v === 'string' || typeof v === 'number') && looks(v) === looks(text),
  );

/**
 * The matches of a search that equal every value it sent (`sent`: the request's query or body) by the declaration's
 * rules (`rules`: request key → Exact), compared as they look (case, spacing and invisible characters aside). GHL's
 * search endpoints match loosely (a text or name search matches any part of it, a user search any part of a name,
 * email or phone) or could ignore a filter they do not know: Zapier takes the first match, and Find or Create would
 * take a near miss for the record asked for. A key not sent is not compared.
 */
export const exactMatches = (items: Item[], rules: Record<string, Exact>, sent: Record<string, unknown>): Item[] =>
  items.filter((item) =>
    Object.entries(rules).every(([key, rule]) => {
      const v = sent[key];
      if (v === undefined || v === null || String(v).trim() === '') return true;
      if (typeof rule === 'function') return rule(item, String(v));
      return (Array.isArray(rule) ? rule : [rule]).some((path) => looksLike(getPath(item, path), v));
    }),
  );

/** Sorts newest-first (stable: items without the date keep their order, after dated ones). */
export const newestFirst = (items: Item[], field?: string | false): Item[] => {
  if (field === false) return items;
  const f = field ?? NEWEST_FIELDS.find((name) => items.some((i) => i?.[name] !== undefined && i?.[name] !== null));
  if (!f) return items;
  return items
    .map((item, index) => ({ item, index, t: timeOf(item?.[f]) }))
    .sort((a, b) => b.t - a.t || a.index - b.index)
    .map((x) => x.item);
};

/**
 * A list response as Zapier trigger items: unique stable ids, newest first. `strict`: a body without the list is a
 * ShapeError instead of no items.
 */
export const toItems = (data: unknown, shape: ListShape = {}, strict = false, hashIds = true): Item[] => {
  const raw = strict ? strictListOf(data, shape.key) : listOf(data, shape.key);
  // Dropdown sources (hashIds false) offer only records with their own id: a hash is no value GHL would accept.
  const own = hashIds ? raw : raw.filter((i) => ownId(i, shape.id) !== undefined);
  const items = newestFirst(withIds(own, shape.id), shape.newest);
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && !!seen.add(i.id));
};

/**
 * What a change item's record holds (lib/values.ts stateHash), beside the content hash its id ends in: countedChanges
 * compares it, so a list GHL only reorders (or a field written null instead of left out…) fires nothing. A symbol key:
 * copied with the item by the declaration's `after`, never in its output.
 */
export const STATE = Symbol('state');

/**
 * A single record as a one-item trigger result that fires again when it changes: `id` becomes the record id plus
 * its update time (or content hash, which the trigger then counts: lib/polling.ts countedChanges); the record's own
 * id stays available as `recordId`.
 */
export const toChangeItem = (data: unknown, shape: RecordShape = {}, strict = false): Item[] => {
  const record = (shape.key ? getPath(data, shape.key) : data) as Item | undefined;
  // No answer (a 404 the operation lets through) or an explicit `{<key>: null}` ("none", e.g. no duplicate contact).
  if (data === undefined || (shape.key && record === null && isRecord(data))) return [];
  if (!isRecord(record) || !Object.keys(record).length) {
    if (strict) throw new ShapeError(shape.key ? `had no "${shape.key}" record` : 'had no record');
    return [];
  }
  // A record without its own id is not the record asked for (e.g. `{message: "ok"}` or another shape entirely).
  if (strict && ownId(record, shape.id ?? 'id') === undefined) throw new ShapeError('had a record without an id');
  const own = idValue(record, shape.id);
  const hashed = shape.unhashed
    ? Object.fromEntries(Object.entries(record).filter(([k]) => !shape.unhashed!.includes(k)))
    : record;
  const timed = !!(shape.changedBy && record[shape.changedBy]);
  const stamp = timed ? String(record[shape.changedBy!]) : contentHash(hashed);
  const recordId = own !== undefined && own !== null ? String(own) : contentHash(hashed);
  return [{ ...record, id: `${recordId}-${stamp}`, recordId, ...(timed ? {} : { [STATE]: stateHash(hashed) }) }];
};

/**
 * The content hash a change item's id ends in (`<recordId>-<hash>`, GHL giving no update time), or undefined: an
 * update time, or no change item (the declaration's `after` gave its own id).
 */
export const hashStamp = (item: Item, shape: RecordShape = {}): string | undefined => {
  const rid = item.recordId;
  if (typeof rid !== 'string' || (shape.changedBy && item[shape.changedBy])) return undefined;
  const stamp = String(item.id).slice(rid.length + 1);
  return String(item.id) === `${rid}-${stamp}` && /^[0-9a-f]{16}$/.test(stamp) ? stamp : undefined;
};

/** The value of the record's id field, else of `id`, else of `_id` (raw: it may be empty or an object). */
const idValue = (item: Item | undefined, idField = 'id'): unknown => item?.[idField] ?? item?.id ?? item?._id;

/** An id value as text; undefined when it is none (absent, empty, or an object that would read "[object Object]"). */
const asId = (v: unknown): string | undefined =>
  v === undefined || v === null || v === '' || typeof v === 'object' ? undefined : String(v);

/** The record's own id (its id field, `id` or `_id`) as text, or undefined when it has none. */
export const ownId = (item: Item | undefined, idField = 'id'): string | undefined => asId(idValue(item, idField));

/**
 * GHL's paging cursor on each record of a search answer: `searchAfter` (contact, opportunity and record searches) and
 * `sort` (conversation search), the record's sort values (`[1759654800000, "ctc…"]`: an epoch time, an id) that the
 * next page request repeats. Read from GHL's answer by the paging (lib/paging.ts, lib/polling.ts); in a step's output
 * they would only show as "Search After" / "Sort" numbers.
 */
const CURSOR_KEYS = ['searchAfter', 'sort'];

/** The record without GHL's paging cursors (only a list is a cursor: a record's own `sort` text or number stays). */
const withoutCursors = (item: Item): Item => {
  if (!CURSOR_KEYS.some((k) => Array.isArray(item[k]))) return item;
  const out = { ...item };
  for (const k of CURSOR_KEYS) if (Array.isArray(out[k])) delete out[k];
  return out;
};

/**
 * The final items of a trigger or search: entries without an id dropped (a dropdown cannot offer them, Zapier cannot
 * dedupe them), duplicate ids removed and GHL's paging cursors left out, after the declaration's own shaping.
 */
export const finalItems = (items: unknown): Item[] => {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const item of items) {
    const id = isRecord(item) ? asId(item.id) : undefined;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push(withoutCursors(item));
  }
  return out;
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

/** A change trigger's sample: the record's, with the change id `<id>-<stamp>` (toChangeItem) and its id as `recordId`. */
export const changeSample = <T extends { id: string }>(sample: T, stamp: string) => ({
  ...sample,
  id: `${sample.id}-${stamp}`,
  recordId: sample.id,
});

/**
 * Output labels for a change trigger: the record's own id is `recordKey` (`recordId`, or e.g. `opportunityId`); `id` is
 * the change (dedupe) id, never labelled as the record's.
 */
export const changeOutputs = <T>(outputs: T[], noun: string, recordKey = 'recordId') => [
  { key: recordKey, label: `${noun} ID` },
  { key: 'id', label: 'Change ID (record ID + update)' },
  // Function entries (custom-field labels computed at edit time) pass through.
  ...outputs.filter((o) => typeof o === 'function' || !['id', recordKey].includes((o as { key?: string }).key ?? '')),
];
