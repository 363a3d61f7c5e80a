/**
 * Answers shaped by the spec: each operation's success response schema says where GHL puts the record (`{contact}`,
 * `{buiseness}`, or the record itself) or the list (`{contacts, count}`, a bare array), and which flags come with it
 * (`succeded`, `success`, `traceId`). Handlers hand over records; this module wraps them the way the spec documents.
 */
import * as path from 'path';
import { resolve, SPEC_DIR, type SpecOperation } from './spec';
import { ghlId } from './ids';
import type { Rec } from './store';

interface Resolved {
  schema: any;
  file: string;
}

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean']);
/** Object-typed properties that are metadata around the record, never the record itself. */
const NOT_RECORD = new Set(['meta', 'aggregations', 'forwardData', 'permissions', 'roles', 'scopes']);

/** The success status the spec documents (201 for most creates). */
export const successStatus = (op: SpecOperation): number => {
  const code = Object.keys(op.doc.responses ?? {}).find((k) => /^2\d\d$/.test(k));
  return code ? Number(code) : 200;
};

/** The JSON schema of the success response, resolved, or undefined when the spec documents none. */
export const responseSchema = (op: SpecOperation): Resolved | undefined => {
  const file = path.join(SPEC_DIR, op.file);
  const resp = op.doc.responses?.[String(successStatus(op))];
  if (!resp) return undefined;
  const r = resolve(resp, file);
  const schema = r.schema?.content?.['application/json']?.schema;
  return schema ? resolve(schema, r.file) : undefined;
};

/** Properties of an object schema (allOf merged), each resolved. */
const properties = (s: Resolved): Record<string, Resolved> => {
  const out: Record<string, Resolved> = {};
  for (const [k, v] of Object.entries<any>(s.schema?.properties ?? {})) out[k] = resolve(v, s.file);
  for (const part of s.schema?.allOf ?? []) Object.assign(out, properties(resolve(part, s.file)));
  return out;
};

const isRecordLike = (props: Record<string, Resolved>) => 'id' in props || '_id' in props || 'locationId' in props;

/** A value for a schema from its examples: what GHL documents a field looks like. */
export const sample = (s: Resolved | undefined, depth = 0): unknown => {
  if (!s) return {};
  const { schema } = s;
  if (schema.example !== undefined && (PRIMITIVES.has(schema.type) || schema.type === undefined || depth > 0))
    return schema.example;
  if (schema.type === 'boolean') return true;
  if (schema.type === 'number' || schema.type === 'integer') return 0;
  if (schema.type === 'string') return schema.enum?.[0] ?? '';
  if (schema.type === 'array') return [];
  if (depth > 3) return {};
  const props = properties(s);
  if (!Object.keys(props).length && schema.type !== 'object') return schema.oneOf || schema.anyOf ? {} : '';
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sample(v, depth + 1)]));
};

/** Top-level flags the spec puts beside the data (`succeded: true`, `traceId`), with per-call values. */
const flags = (props: Record<string, Resolved>, skip: string): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === skip || !PRIMITIVES.has(v.schema.type)) continue;
    out[k] = k === 'traceId' ? ghlId(36) : v.schema.type === 'boolean' ? true : sample(v, 1);
  }
  return out;
};

/** Where the spec puts one record: the key of the object property, or undefined when the body is the record. */
export const recordKey = (op: SpecOperation): string | undefined => {
  const s = responseSchema(op);
  if (!s || s.schema.type === 'array') return undefined;
  const props = properties(s);
  if (isRecordLike(props)) return undefined;
  return Object.keys(props).find(
    (k) => !NOT_RECORD.has(k) && !PRIMITIVES.has(props[k].schema.type) && props[k].schema.type !== 'array',
  );
};

/** Where the spec puts a list: the key of the array property, or undefined for a bare array. */
export const listKey = (op: SpecOperation): string | undefined => {
  const s = responseSchema(op);
  if (!s || s.schema.type === 'array') return undefined;
  const props = properties(s);
  return Object.keys(props).find((k) => props[k].schema.type === 'array');
};

/** The schema of one record in the response (to learn whether GHL calls its id `id` or `_id`). */
export const recordSchema = (op: SpecOperation): Record<string, Resolved> => {
  const s = responseSchema(op);
  if (!s) return {};
  if (s.schema.type === 'array') return properties(resolve(s.schema.items ?? {}, s.file));
  const key = recordKey(op);
  const props = properties(s);
  if (key) return properties(props[key]);
  const lk = listKey(op);
  if (lk && !isRecordLike(props)) return properties(resolve(props[lk].schema.items ?? {}, props[lk].file));
  return props;
};

/** A record as the operation answers it: wrapped under its key with the spec's flags, or bare. */
export const wrapRecord = (
  op: SpecOperation,
  rec: Rec | Record<string, unknown> | null,
  extra: Record<string, unknown> = {},
): unknown => {
  const s = responseSchema(op);
  if (!s) return { ...rec, ...extra };
  if (s.schema.type === 'array') return [rec];
  const key = recordKey(op);
  const props = properties(s);
  if (!key) return { ...flags(props, ''), ...rec, ...extra };
  return { ...flags(props, key), [key]: rec, ...extra };
};

/**
 * A list as the operation answers it: under its array key with counts filled in, or a bare array. `more` (whether
 * another page follows) fills `hasMore` where the spec documents it.
 */
export const wrapList = (
  op: SpecOperation,
  recs: unknown[],
  total = recs.length,
  extra: Record<string, unknown> = {},
  more?: boolean,
): unknown => {
  const s = responseSchema(op);
  if (!s || s.schema.type === 'array') return recs;
  const key = listKey(op) ?? 'items';
  const props = properties(s);
  const counts = Object.fromEntries(['count', 'total'].filter((k) => k in props).map((k) => [k, total]));
  const paging = more !== undefined && 'hasMore' in props ? { hasMore: more } : {};
  return { ...flags(props, key), [key]: recs, ...counts, ...paging, ...extra };
};

/** A success with no data (delete, status changes): the spec's flags, e.g. `{succeded: true}`. */
export const wrapOk = (op: SpecOperation, extra: Record<string, unknown> = {}): unknown => {
  const s = responseSchema(op);
  if (!s) return { success: true, ...extra };
  if (s.schema.type === 'array') return [];
  return { ...(sample(s) as object), ...flags(properties(s), ''), ...extra };
};
