/**
 * Checks a request against GHL's official OpenAPI documents in ../shared/ghl-openapi/apps: the operation exists
 * (method + path template), the Version header is the one the spec requires, required path / query / body fields are
 * present, no undeclared query or body keys are sent, and top-level body types fit. The documents have known defects
 * (see shared/README.md), so the checker is lenient where the spec is wrong, and only there: every exception is
 * declared, with its reason, on the operation it concerns (`specWorkarounds`) and passed in as data. Used by the
 * operation suite (every request the suite sends) and by the emulator.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { OpDecl, SpecWorkaround } from '../lib/op';

/** ../shared/ghl-openapi/apps beside the clone, found from source (emulator/) or compiled (dist-emulator/emulator/) code. */
export const SPEC_DIR = ((): string => {
  if (process.env.GHL_SPEC_DIR) return process.env.GHL_SPEC_DIR;
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'ghl-openapi', 'apps');
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.resolve(__dirname, '../../../shared/ghl-openapi/apps');
})();

export interface CheckedRequest {
  method: string;
  /** Path with the query string, e.g. `/contacts/abc/tasks?x=1`, or a full URL. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (or form fields for form-encoded bodies). */
  body?: unknown;
}

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema?: any;
}

export interface SpecOperation {
  file: string;
  method: string;
  path: string;
  operationId: string;
  regex: RegExp;
  literalSegments: number;
  params: Param[];
  version?: string[];
  body?: { required: boolean; contentType: string; schema: any };
  security?: any;
  doc: any;
}

/**
 * One reviewed exception to the spec, resolved to its endpoint: declarations state theirs next to the operation
 * (`specWorkarounds` on the declaration, lib/op.ts); `workaroundsOf` turns them into this list.
 */
export interface Workaround extends SpecWorkaround {
  op: string; // "METHOD /path/template" as the spec writes it
  /** For `version`: the value accepted where the spec declares none (the declaration's own Version). */
  value?: string;
}

/** What `workaroundsOf` reads from a declaration. */
type Declared = Pick<OpDecl, 'key' | 'method' | 'path' | 'version' | 'specWorkarounds'>;

/**
 * The reviewed exceptions the declarations state, each tied to the spec operation its method + path hits. Several
 * declarations may share an endpoint (and so a workaround): the list holds each exception once. A declaration whose
 * endpoint is not in the spec cannot carry one: that is a mistake worth a loud error, not a silent no-op.
 */
export const workaroundsOf = (decls: readonly Declared[]): Workaround[] => {
  const out = new Map<string, Workaround>();
  for (const d of decls) {
    if (!d.specWorkarounds?.length) continue;
    const op = findOperation(d.method, d.path.replace(/\{[^}]+\}/g, 'x'));
    if (!op)
      throw new Error(
        `${d.key}: ${d.method} ${d.path} is not an operation of the GHL v2 spec, so it cannot have spec workarounds`,
      );
    for (const w of d.specWorkarounds) {
      const resolved: Workaround = {
        op: `${op.method} ${op.path}`,
        ...w,
        ...(w.rule === 'version' ? { value: d.version } : {}),
      };
      const id = `${resolved.op} ${w.rule} ${w.field ?? ''}`;
      if (!out.has(id)) out.set(id, resolved);
    }
  }
  return [...out.values()];
};

const workaroundIn = (
  workarounds: readonly Workaround[],
  op: SpecOperation,
  rule: Workaround['rule'],
  field?: string,
) =>
  workarounds.find(
    (w) => w.op === `${op.method} ${op.path}` && w.rule === rule && (w.field === undefined || w.field === field),
  );

let cache: SpecOperation[] | undefined;
const docs = new Map<string, any>();

const loadDoc = (file: string): any => {
  if (!docs.has(file)) docs.set(file, JSON.parse(fs.readFileSync(file, 'utf8')));
  return docs.get(file);
};

/** Resolves `$ref`s (local and ../common/common-schemas.json) one level at a time, guarding against cycles. */
export const resolve = (schema: any, file: string, seen = new Set<string>()): { schema: any; file: string } => {
  let cur = schema;
  let curFile = file;
  while (cur && typeof cur === 'object' && typeof cur.$ref === 'string') {
    const [rel, pointer] = cur.$ref.split('#');
    const target = rel ? path.resolve(path.dirname(curFile), rel) : curFile;
    const key = `${target}#${pointer}`;
    if (seen.has(key)) return { schema: {}, file: target };
    seen.add(key);
    cur = pointer
      .split('/')
      .filter(Boolean)
      .reduce((o: any, p: string) => (o ? o[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), loadDoc(target));
    curFile = target;
  }
  return { schema: cur ?? {}, file: curFile };
};

/** Every operation of every spec file, indexed for matching. */
export const loadSpecOperations = (dir = SPEC_DIR): SpecOperation[] => {
  if (cache) return cache;
  const ops: SpecOperation[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const file = path.join(dir, name);
    const doc = loadDoc(file);
    for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
      for (const [method, op] of Object.entries<any>(item)) {
        if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
        const params: Param[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
          (x: any) => resolve(x, file).schema,
        );
        const versionParam = params.find((x) => x.in === 'header' && x.name === 'Version');
        const content = op.requestBody ? (resolve(op.requestBody, file).schema.content ?? {}) : undefined;
        const contentType = content ? Object.keys(content)[0] : undefined;
        const segs = p.split('/');
        ops.push({
          file: name,
          method: method.toUpperCase(),
          path: p,
          operationId: op.operationId,
          regex: new RegExp(
            `^${segs.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}$`,
          ),
          literalSegments: segs.filter((s) => s && !/^\{.+\}$/.test(s)).length,
          params,
          version:
            versionParam?.schema?.enum ?? (versionParam?.schema?.default ? [versionParam.schema.default] : undefined),
          body: contentType
            ? {
                required: !!resolve(op.requestBody, file).schema.required,
                contentType,
                schema: content[contentType].schema,
              }
            : undefined,
          security: op.security,
          doc: op,
        });
      }
    }
  }
  cache = ops;
  return ops;
};

/** The spec operation a request hits: the match with the most literal segments wins (/contacts/search over /contacts/{id}). */
export const findOperation = (method: string, pathname: string): SpecOperation | undefined =>
  loadSpecOperations()
    .filter((o) => o.method === method.toUpperCase() && o.regex.test(pathname))
    .sort((a, b) => b.literalSegments - a.literalSegments)[0];

const header = (headers: CheckedRequest['headers'], name: string): string | undefined => {
  const k = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
  const v = k ? headers[k] : undefined;
  return Array.isArray(v) ? v[0] : v;
};

const typeOk = (schema: any, value: unknown): boolean => {
  const t = schema?.type;
  if (!t || value === null) return true;
  switch (t) {
    case 'string':
      return typeof value === 'string';
    case 'number':
    case 'integer':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
};

/** Properties (each with the file its `$ref`s resolve in) and required keys of an object schema, allOf merged. */
const shapeOf = (schema: any, file: string) => {
  const props: Record<string, { schema: any; file: string }> = {};
  const required: string[] = [...(schema.required ?? [])];
  for (const [k, v] of Object.entries<any>(schema.properties ?? {})) props[k] = { schema: v, file };
  for (const part of schema.allOf ?? []) {
    const { schema: s, file: f } = resolve(part, file);
    const sub = shapeOf(s, f);
    Object.assign(props, sub.props);
    required.push(...sub.required);
  }
  return { props, required };
};

/** Properties (resolved) and required keys of an object schema, allOf merged (shapeOf), and whether it is open. */
const objectSchema = (schema: any, file: string): { props: Record<string, any>; required: string[]; open: boolean } => {
  const { schema: s, file: f } = resolve(schema, file);
  const shape = shapeOf(s, f);
  const props = Object.fromEntries(Object.entries(shape.props).map(([k, p]) => [k, resolve(p.schema, p.file).schema]));
  const open =
    !Object.keys(props).length || s.additionalProperties === true || typeof s.additionalProperties === 'object';
  return { props, required: shape.required, open };
};

/** The problems with a request, as sentences; empty when it conforms (or departs only where `workarounds` allow). */
export const checkRequest = (
  req: CheckedRequest,
  workarounds: readonly Workaround[],
): { operation?: SpecOperation; problems: string[] } => {
  const workaround = (op: SpecOperation, rule: Workaround['rule'], field?: string) =>
    workaroundIn(workarounds, op, rule, field);
  const url = new URL(req.url, 'https://services.leadconnectorhq.com');
  const pathname = url.pathname;
  const op = findOperation(req.method, pathname);
  if (!op) return { problems: [`${req.method} ${pathname} is not an operation of the GHL v2 spec`] };
  const problems: string[] = [];
  const name = `${op.method} ${op.path}`;

  // Version header
  const version = header(req.headers, 'Version');
  const expected = op.version ?? (workaround(op, 'version')?.value ? [workaround(op, 'version')!.value!] : undefined);
  if (expected && !expected.includes(version ?? ''))
    problems.push(`${name}: Version header "${version}" is not ${expected.join(' | ')}`);
  if (!expected && version === undefined) problems.push(`${name}: no Version header`);

  // Auth
  if (!op.path.startsWith('/oauth/') && !/^Bearer \S+/.test(header(req.headers, 'Authorization') ?? '')) {
    problems.push(`${name}: no Bearer token`);
  }

  // Query
  const declared = new Map(op.params.filter((p) => p.in === 'query').map((p) => [p.name.replace(/\[\]$/, ''), p]));
  const sent = new Set([...url.searchParams.keys()].map((k) => k.replace(/\[\]$/, '')));
  for (const [qn, p] of declared)
    if (p.required && !sent.has(qn)) problems.push(`${name}: required query parameter ${qn} missing`);
  for (const qn of sent)
    if (!declared.has(qn) && !workaround(op, 'query', qn))
      problems.push(`${name}: query parameter ${qn} is not in the spec`);

  // Body
  if (op.body) {
    const hasBody = req.body !== undefined;
    if (op.body.required && !hasBody) problems.push(`${name}: the spec requires a ${op.body.contentType} body`);
    if (hasBody && op.body.contentType === 'application/json') {
      const ct = header(req.headers, 'Content-Type') ?? '';
      if (!ct.includes('application/json')) problems.push(`${name}: Content-Type "${ct}" is not application/json`);
    }
    if (hasBody && !workaround(op, 'body')) {
      const root = resolve(op.body.schema, path.join(SPEC_DIR, op.file));
      const isArray = root.schema.type === 'array';
      if (isArray !== Array.isArray(req.body))
        problems.push(`${name}: body must be a JSON ${isArray ? 'array' : 'object'}`);
      const itemSchema = isArray ? root.schema.items : op.body.schema;
      const items = Array.isArray(req.body) ? req.body : [req.body];
      const { props, required, open } = objectSchema(itemSchema, root.file);
      for (const item of items) {
        if (!item || typeof item !== 'object') {
          problems.push(`${name}: body item is not an object`);
          continue;
        }
        for (const r of required) {
          if ((item as any)[r] === undefined && !workaround(op, 'body-required', r))
            problems.push(`${name}: required body field ${r} missing`);
        }
        for (const [k, v] of Object.entries(item as object)) {
          if (!(k in props)) {
            if (!open && !workaround(op, 'body', k)) problems.push(`${name}: body field ${k} is not in the spec`);
            continue;
          }
          if (!typeOk(props[k], v) && !workaround(op, 'body-type', k)) {
            problems.push(
              `${name}: body field ${k} should be ${props[k].type}, got ${Array.isArray(v) ? 'array' : typeof v}`,
            );
          }
        }
      }
    }
  } else if (
    req.body !== undefined &&
    req.method !== 'GET' &&
    req.body !== '' &&
    !(typeof req.body === 'object' && !Object.keys(req.body as object).length)
  ) {
    problems.push(`${name}: the spec declares no request body`);
  }
  return { operation: op, problems };
};

const kindOf = (v: unknown) =>
  Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

const checkValue = (value: unknown, schema: any, file: string, at: string, out: string[], depth: number): void => {
  if (value === undefined || depth > 8) return;
  const { schema: s, file: f } = resolve(schema, file);
  const where = at || 'the answer';
  const alternatives: any[] | undefined = s.oneOf ?? s.anyOf;
  if (alternatives) {
    const tries = alternatives.map((a) => {
      const found: string[] = [];
      checkValue(value, a, f, at, found, depth + 1);
      return found;
    });
    if (!tries.some((t) => !t.length)) out.push(...tries[0]);
    return;
  }
  const { props, required } = shapeOf(s, f);
  const type = s.type ?? (Object.keys(props).length ? 'object' : undefined);
  if (value === null) {
    if (type && !s.nullable) out.push(`${where} is null, documented as ${type}`);
    return;
  }
  if (!typeOk({ type }, value)) {
    out.push(`${where} is ${kindOf(value)}, documented as ${type}`);
    return;
  }
  if (s.enum && !s.enum.includes(value)) out.push(`${where} is ${JSON.stringify(value)}, not a documented value`);
  if (Array.isArray(value)) {
    if (s.items) value.forEach((v) => checkValue(v, s.items, f, `${at}[]`, out, depth + 1));
    return;
  }
  if (type !== 'object') return;
  const rec = value as Record<string, unknown>;
  const key = (k: string) => (at ? `${at}.${k}` : k);
  for (const r of new Set(required)) if (rec[r] === undefined) out.push(`${key(r)} is required but missing`);
  for (const [k, p] of Object.entries(props)) checkValue(rec[k], p.schema, p.file, key(k), out, depth + 1);
};

/**
 * How a JSON answer departs from the operation's documented success schema (or, given a `status`, from that status's
 * schema: an error answer), as sentences (each once): a status the operation does not document, a required property
 * missing, a value of another type or outside its enum, a null the schema does not allow. Undocumented properties,
 * and documented optional ones left out, are no departure (GHL omits empty fields).
 */
export const checkResponse = (op: SpecOperation, body: unknown, status?: number): string[] => {
  const file = path.join(SPEC_DIR, op.file);
  const code =
    status === undefined ? Object.keys(op.doc.responses ?? {}).find((k) => /^2\d\d$/.test(k)) : String(status);
  if (code && !op.doc.responses?.[code]) return [`${code} is not a status the operation documents`];
  const resp = code ? resolve(op.doc.responses[code], file) : undefined;
  const schema = resp?.schema?.content?.['application/json']?.schema;
  if (!resp || !schema) return [];
  const out: string[] = [];
  checkValue(body, schema, resp.file, '', out, 0);
  return [...new Set(out)];
};
