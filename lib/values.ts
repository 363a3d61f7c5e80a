import type { GhlRecord } from './op';
import {
  calendarDay,
  cleanText,
  epochMillis,
  InputError,
  isoSeconds,
  isoText,
  listItems,
  parseDate,
  parseNumber,
  shown,
} from './normalize';
import { createHash } from 'crypto';

/** Milliseconds in a minute, an hour and a day, for rolling time windows and durations. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Thrown for input a user typed or mapped wrongly (defined with the normalization rules, re-exported here). */
export { InputError };

/**
 * Text that stands for no value: a field mapped from another app's empty value arrives as the word `null` or
 * `undefined` (JavaScript's `String(null)`), or `NULL` from a database export. Stored, it would become a contact's
 * last name "null"; read, a Contact ID "null" that finds nothing, a checkbox or number refused.
 */
const NO_VALUE = /^\s*(null|NULL|undefined)\s*$/;

/** Items as a sentence lists them: "a", "a and b", "a, b and c". */
export const andList = (items: string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0];

/** Percent-decoded text, or the text as it is when it is no valid encoding ("100%"): never a URIError. */
export const percentDecoded = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * `make` memoized per object (a declaration, a field's choices, a custom field's definition): what is derived from it
 * is made once, not again for every value or item read against it; dropped with the object.
 */
export const perObject = <K extends object, V>(make: (k: K) => V): ((k: K) => V) => {
  const made = new WeakMap<K, V>();
  return (k) => {
    if (!made.has(k)) made.set(k, make(k));
    return made.get(k) as V;
  };
};

/**
 * True for values Zapier sends for an empty field, for text that is only whitespace (a mapped blank) and for the
 * words that stand for no value (NO_VALUE).
 */
export const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && (!cleanText(v) || NO_VALUE.test(v))) ||
  (Array.isArray(v) && v.length === 0);

/**
 * Yes and no as forms, bots and sheets write them in the languages of GHL's agencies (Spanish, Portuguese, French,
 * German, Italian, Dutch): the word ("Sí", "Sim", "Oui", "Ja", "Nee"), a localized Google Sheets checkbox's TRUE /
 * FALSE ("VERDADERO", "FAUX", "WAHR", "ONWAAR") and a consent box's answer ("Acepto", "J'accepte", "Ich stimme zu";
 * "Não aceito" is no). Compared without accents, case or a closing "." / "!". Single letters other than y / n are not
 * read: "S" is Sí or Small, "J" Ja or a grade.
 */
const YES =
  /^(?:true|yes|y|1|on|si|sim|oui|ja|verdadero|verdadeiro|vrai|wahr|vero|waar|(?:i )?(?:agree|accept)|acepto|aceito|accetto|j'accepte|ich stimme zu|einverstanden|(?:ik ga )?akkoord)$/;
const NO =
  /^(?:false|no|n|0|off|nao|non|nein|nee|falso|faux|falsch|onwaar|(?:i )?do not (?:agree|accept)|no acepto|nao aceito|non accetto|je n'accepte pas|ich stimme nicht zu|(?:ik ga )?niet akkoord)$/;

/**
 * The yes / no a value reads as, or undefined: for code that tries many texts (each piece of a custom field's value),
 * where building a refusal per try made a 1 MB value take seconds.
 */
export const readBoolean = (v: unknown): boolean | undefined => {
  if (typeof v === 'boolean') return v;
  const s = String(v)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u2019/g, "'")
    .replace(/(?<![.!])[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return YES.test(s) ? true : NO.test(s) ? false : undefined;
};

/** Zapier booleans arrive as true/false or as text ("true", "yes", "1", and YES / NO in six more languages). */
export const toBoolean = (v: unknown, label = 'value'): boolean => {
  const said = readBoolean(v);
  if (said === undefined) throw new InputError(`${label} must be true or false, not ${shown(v)}.`);
  return said;
};

/** A number from a number or numeric text, by the rule table of lib/normalize.ts (ambiguous 1,250 refused). */
export const toNumber = (v: unknown, label = 'value'): number => parseNumber(v, label);

/** A money amount (1,250 and 1.250 read as thousands; see lib/normalize.ts). */
export const toMoney = (v: unknown, label = 'value'): number => parseNumber(v, label, { money: true });

/** A date strictly parsed (no rollover, no "0" epoch): ISO 8601, RFC 2822, epoch seconds / ms. */
export const toDate = (v: unknown, label = 'value'): Date => parseDate(v, label).toJSDate();

/** ISO 8601 text for GHL. A value already in ISO form keeps its offset (GHL reads local offsets for bookings). */
export const toIso = (v: unknown, label = 'value'): string => isoText(v, label);

/** ISO 8601 without milliseconds (task dueDate). */
export const toIsoSeconds = (v: unknown, label = 'value'): string => isoSeconds(v, label);

/** Epoch milliseconds, as the calendars API wants. */
export const toMillis = (v: unknown, label = 'value'): number => epochMillis(v, label);

/** YYYY-MM-DD (e.g. a contact's date of birth), the calendar date as written. */
export const toDay = (v: unknown, label = 'value'): string => calendarDay(v, label);

/**
 * A list from a Zapier list field, or from comma-separated (or `separators`) text mapped into it: items trimmed, empty
 * ones dropped, and so are the words that stand for no value (NO_VALUE: an item mapped from an empty one is "null").
 */
export const toList = (v: unknown, separators?: RegExp): string[] =>
  listItems(v, separators).filter((i) => !NO_VALUE.test(i));

/** Nesting deeper than this is no GHL payload (theirs nest a few levels), and would overflow the request's own code. */
const MAX_JSON_DEPTH = 100;

/** True when lists and objects nest deeper than `max` (walked without recursion: the value may be 10,000 deep). */
const nestsDeeper = (root: unknown, max: number): boolean => {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const x of Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
};

/**
 * A number JavaScript (and so the request) cannot carry as written: too large (`9e999` is Infinity, sent as null), too
 * small (`1e-400` is 0) or a whole number past 2^53 (`12345678901234567890` would go as 12345678901234567000).
 */
const lossy = (n: number, source: string): boolean =>
  !Number.isFinite(n) ||
  (n === 0 && /[1-9]/.test(source.split(/e/i)[0])) ||
  (/^-?\d+$/.test(source) && BigInt(source) !== BigInt(n));

/**
 * Parses JSON typed into a field; the error names the field. A leading byte-order mark (text saved by Notepad or an
 * export) is dropped: it is invisible, and JSON.parse refuses it. Nesting deeper than MAX_JSON_DEPTH and numbers that
 * would not be sent as written (see lossy; Node 22 gives the reviver each number's source text) are refused.
 */
export const toJson = (v: unknown, label = 'value'): unknown => {
  if (typeof v !== 'string') return v;
  const text = v.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`${label} must be valid JSON (for example {"key": "value"}).`);
  }
  if (nestsDeeper(parsed, MAX_JSON_DEPTH))
    throw new InputError(`${label} nests lists or objects more than ${MAX_JSON_DEPTH} levels deep: flatten it.`);
  // Parsed again, now that it is known to nest little (a reviver recurses): each number with its source text.
  let inexact: string | undefined;
  JSON.parse(text, (_k, x: unknown, ctx?: { source?: string }) => {
    if (typeof x === 'number' && ctx?.source && !inexact && lossy(x, ctx.source)) inexact = ctx.source;
    return x;
  });
  if (inexact)
    throw new InputError(
      `${label} holds the number ${inexact.slice(0, 40)}, which cannot be sent exactly as written: put it in quotes ("${inexact.slice(0, 40)}") to send it as text.`,
    );
  return parsed;
};

/** A value as JSON.stringify reads it: what its toJSON answers (a Date: its ISO text), when it has one. */
const jsonValue = (v: unknown): unknown =>
  v && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON: () => unknown }).toJSON() : v;

/**
 * JSON with object keys sorted, so equal content is the same text whatever order its keys were set in (a content
 * hash, a request's duplicate-guard key in lib/once.ts). Like JSON.stringify it leaves out undefined values in objects,
 * writes them as null in arrays and reads a value's toJSON (a Date); undefined for undefined itself.
 */
export const canonicalJson = (v: unknown): string | undefined => {
  const x = jsonValue(v);
  if (Array.isArray(x)) return `[${x.map((e) => canonicalJson(e) ?? 'null').join(',')}]`;
  if (!x || typeof x !== 'object') return JSON.stringify(x);
  const members = Object.keys(x)
    .sort()
    .flatMap((k) => {
      const s = canonicalJson((x as Record<string, unknown>)[k]);
      return s === undefined ? [] : [`${JSON.stringify(k)}:${s}`];
    });
  return `{${members.join(',')}}`;
};

const sha16 = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 16);

/** A short content hash: the dedupe id for records GHL gives no id or no update time. */
export const contentHash = (v: unknown): string => sha16(canonicalJson(v) ?? 'null');

/** Keys GHL stamps on a record or a part of it at each save or activity, changed or not (stateJson leaves them out). */
const STAMPS = new Set(['updatedAt', 'dateUpdated', 'lastUpdated', 'lastActivity']);

/**
 * Texts of a field with no value, as stateJson writes them: null, "", [] and {}. Not false nor 0 (nor "0"): GHL leaves
 * out a setting a record was saved without (a calendar's allowReschedule, a user's …Enabled permissions, default on),
 * and writes false once it is turned off: read as "no value", that change would fire nothing.
 */
const EMPTY = new Set(['null', '""', '[]', '{}']);

/**
 * canonicalJson of what a record holds, as a change trigger compares it: a field with no value (EMPTY) is a field
 * left out (GHL writes a field unset, null or empty alike), a number is its text, a list is compared in any order,
 * and save stamps (STAMPS) are left out.
 */
const stateJson = (v: unknown): string => {
  const x = jsonValue(v);
  if (typeof x === 'number') return JSON.stringify(String(x));
  if (Array.isArray(x)) return `[${x.map(stateJson).sort().join(',')}]`;
  if (!x || typeof x !== 'object') return JSON.stringify(x) ?? 'null';
  const members = Object.keys(x)
    .filter((k) => !STAMPS.has(k))
    .sort()
    .flatMap((k) => {
      const s = stateJson((x as Record<string, unknown>)[k]);
      return EMPTY.has(s) ? [] : [`${JSON.stringify(k)}:${s}`];
    });
  return `{${members.join(',')}}`;
};

/**
 * A short hash of what a record holds (stateJson): the same while GHL only reorders its lists, writes a field null
 * or leaves it out, gives a number as text, adds a field with no value or moves a save stamp (lib/polling.ts
 * countedChanges).
 */
export const stateHash = (v: unknown): string => sha16(stateJson(v));

/** Sets `value` at a dotted path ("dndSettings.SMS.status") inside `target`. */
export const setPath = (target: GhlRecord, path: string, value: unknown): void => {
  const parts = path.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) cur = cur[p] = cur[p] && typeof cur[p] === 'object' ? cur[p] : {};
  cur[parts[parts.length - 1]] = value;
};

/** Reads a dotted path ("meta.startAfterId"). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a dotted read of GHL JSON: the caller knows the shape there
export const getPath = (source: unknown, path: string): any =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step may be any JSON value
  path.split('.').reduce<any>((cur, p) => (cur === undefined || cur === null ? undefined : cur[p]), source);
