import { createHash } from 'crypto';

/** Milliseconds in an hour and a day, for rolling time windows. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Thrown for input a user typed or mapped wrongly; the factory turns it into a z.errors.Error naming the field. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** True for values Zapier sends for an empty field. */
export const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Zapier booleans arrive as true/false or as text ("true", "yes", "1"). */
export const toBoolean = (v: unknown, label = 'value'): boolean => {
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'on'].includes(s)) return true;
  if (['false', 'no', 'n', '0', 'off'].includes(s)) return false;
  throw new InputError(`${label} must be true or false, not "${v}".`);
};

/** A number from a number or numeric text (commas and currency signs allowed). */
export const toNumber = (v: unknown, label = 'value'): number => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const n = Number(String(v).replace(/[,$€£\s]/g, ''));
  if (String(v).trim() === '' || !Number.isFinite(n)) throw new InputError(`${label} must be a number, not "${v}".`);
  return n;
};

/** Parses an ISO 8601 date-time, a date, or epoch seconds / milliseconds into a Date. */
export const toDate = (v: unknown, label = 'value'): Date => {
  if (v instanceof Date) return v;
  if (typeof v === 'number' || /^\d{9,13}$/.test(String(v).trim())) {
    const n = Number(v);
    return new Date(n < 1e11 ? n * 1000 : n);
  }
  const d = new Date(String(v));
  if (Number.isNaN(d.getTime())) throw new InputError(`${label} must be a date-time such as 2026-03-01T14:30:00Z, not "${v}".`);
  return d;
};

/** ISO 8601 text for GHL. A value already in ISO form keeps its offset (GHL reads local offsets for bookings). */
export const toIso = (v: unknown, label = 'value'): string => {
  const s = String(v).trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return s;
  return toDate(v, label).toISOString();
};

/** Epoch milliseconds, as the calendars API wants. */
export const toMillis = (v: unknown, label = 'value'): number => toDate(v, label).getTime();

/** YYYY-MM-DD (e.g. a contact's date of birth). */
export const toDay = (v: unknown, label = 'value'): string => {
  const s = String(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return toDate(v, label).toISOString().slice(0, 10);
};

/** A list from a Zapier list field, or from comma-separated text mapped into it. */
export const toList = (v: unknown): string[] => {
  const items = Array.isArray(v) ? v : [v];
  return items
    .flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]))
    .map((x) => String(x).trim())
    .filter(Boolean);
};

/** Parses JSON typed into a field; the error names the field. */
export const toJson = (v: unknown, label = 'value'): unknown => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    throw new InputError(`${label} must be valid JSON (for example {"key": "value"}).`);
  }
};

/** Canonical JSON (sorted keys) so equal content always hashes the same. */
export const stableJson = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
};

/** A short content hash: the dedupe id for records GHL gives no id or no update time. */
export const contentHash = (v: unknown): string => createHash('sha1').update(stableJson(v)).digest('hex').slice(0, 16);

/** Sets `value` at a dotted path ("dndSettings.SMS.status") inside `target`. */
export const setPath = (target: Record<string, any>, path: string, value: unknown): void => {
  const parts = path.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) cur = cur[p] = cur[p] && typeof cur[p] === 'object' ? cur[p] : {};
  cur[parts[parts.length - 1]] = value;
};

/** Reads a dotted path ("meta.startAfterId"). */
export const getPath = (source: unknown, path: string): any =>
  path.split('.').reduce<any>((cur, p) => (cur === undefined || cur === null ? undefined : cur[p]), source);
