/**
 * The table-driven operation suite: each fixture states the input, the exact request(s) GHL must receive (method,
 * path, query, body, Version, Bearer token), GHL's answer, and the expected result. Every request is also checked
 * against GHL's official OpenAPI spec (emulator/spec.ts), so a request only our own fixtures accept fails here.
 */
import * as http from 'http';
import nock from 'nock';
import * as core from 'zapier-platform-core';
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import { DEFAULT_BASE_URL } from '../../lib/config';
import { operations } from '../../registry';
import { checkRequest } from '../../emulator/spec';
import { WORKAROUNDS } from '../../emulator/workarounds';

export const appTester = createAppTester(App);
// createAppHandler is exported at runtime (the handler createAppTester wraps) but missing from the type declarations.
const handler = (core as any).createAppHandler(App) as (event: Record<string, unknown>) => Promise<{ results: any }>;
export const FOLDER = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;

export const AUTH = {
  access_token: 'test-access-token',
  refresh_token: 'test-refresh-token',
  locationId: 'loc123',
  companyId: 'comp123',
  userType: 'Location',
  userId: 'user123',
};

/** One request the operation must send, and GHL's answer to it. */
export interface Exchange {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** The concrete path, e.g. `/contacts/c1/tasks` (trailing slash as in the spec). */
  path: string;
  /** The exact query (all values as sent, text). */
  query?: Record<string, string | string[]>;
  /** The exact JSON body; omitted = no body. */
  body?: unknown;
  /** Defaults to the operation's declared Version. */
  version?: string;
  status?: number;
  response?: unknown;
  headers?: Record<string, string>;
}

export interface OpFixture {
  key: string;
  name?: string;
  input?: Record<string, unknown>;
  auth?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  /** Cursor saved by the previous page (cursor paging styles). */
  cursor?: string;
  /** The cursor this page must save for the next one. */
  expectCursor?: unknown;
  requests: Exchange[];
  /** The exact result. */
  expect?: unknown;
  /** Further assertions on the result. */
  check?: (result: any) => void;
  /** The error the operation must throw (message pattern), instead of a result. */
  error?: RegExp;
}

interface Seen {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  headers: Record<string, string>;
}

const parseQuery = (search: URLSearchParams) => {
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(search.keys())) {
    const all = search.getAll(k);
    out[k] = all.length > 1 ? all : all[0];
  }
  return out;
};

/** Intercepts every request to the GHL base URL, records it and answers with the fixture's responses in order. */
export const interceptGhl = (exchanges: Exchange[]) => {
  const seen: Seen[] = [];
  const queue = [...exchanges];
  const scope = nock(DEFAULT_BASE_URL).persist();
  const reply = (method: string) =>
    function (this: any, uri: string, body: any): [number, any, Record<string, string>] {
      const url = new URL(uri, DEFAULT_BASE_URL);
      let parsed = body;
      if (typeof body === 'string' && body) {
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = body;
        }
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(this.req.headers))
        headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : String(v);
      seen.push({
        method,
        path: url.pathname,
        query: parseQuery(url.searchParams),
        body: parsed === '' ? undefined : parsed,
        headers,
      });
      const next = queue.shift();
      if (!next) return [599, { message: 'test: unexpected extra request' }, {}];
      const text = next.response === undefined ? '' : JSON.stringify(next.response);
      return [next.status ?? 200, text, { 'content-type': 'application/json', ...(next.headers ?? {}) }];
    };
  for (const m of ['get', 'post', 'put', 'delete', 'patch'] as const) {
    (scope as any)
      [m]((_: string) => true)
      .query(true)
      .reply(reply(m.toUpperCase()));
  }
  return seen;
};

/** The operation registered under `key`, with its kind and declaration. */
export const operation = (key: string) => {
  const op = operations.find((o) => o.decl.key === key);
  if (!op) throw new Error(`No operation ${key} is registered`);
  return op;
};

/**
 * Runs an operation's perform through the app's own handler (the one createAppTester wraps, so all middleware runs),
 * with Zapier's in-memory cursor store enabled for paging triggers.
 */
export const perform = async (
  key: string,
  input: Record<string, unknown> = {},
  extra: {
    auth?: Record<string, unknown>;
    meta?: Record<string, unknown>;
    cursor?: string;
    /** Core's in-memory z.cache, kept across runs when the same object is passed again. */
    zcache?: Record<string, unknown>;
    /** Zapier's RPC instead (test/support/zcache.ts fakeZcache's `event`): z.cache with TTLs, scopes and nx. */
    rpc?: Record<string, unknown>;
  } = {},
): Promise<{ result: any; cursor: string | undefined }> => {
  const op = operation(key);
  const storeKey = `test-${key}`;
  // Core's in-memory cursor mock shares zcache's (key, value) signature: get_cursor() reads the key "undefined" and
  // set_cursor(c) stores c as a key with value null. So the previous page's cursor goes under "undefined" and the
  // saved one is the key whose value is null.
  const cursorTestObj: Record<string, string | null> = extra.cursor !== undefined ? { undefined: extra.cursor } : {};
  const bundle = { authData: { ...AUTH, ...extra.auth }, inputData: input, meta: { page: 0, ...extra.meta } };
  const resp = await handler({
    command: 'execute',
    method: `${FOLDER[op.kind]}.${key}.operation.perform`,
    bundle,
    storeKey,
    cursorTestObj,
    ...(extra.rpc ?? { zcacheTestObj: extra.zcache ?? {} }),
  });
  const saved = Object.keys(cursorTestObj).find((k) => cursorTestObj[k] === null);
  return { result: resp.results, cursor: saved };
};

/** The sentence a Zapier error shows the user (z.errors.Error carries JSON {message, code, status}). */
export const errorText = (e: unknown): string => {
  const message = String((e as Error)?.message ?? e);
  try {
    const parsed = JSON.parse(message);
    return typeof parsed?.message === 'string' ? parsed.message : message;
  } catch {
    return message;
  }
};

/** The sentence of the error a promise fails with; the test fails if it does not fail. */
export const failureText = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => {
      throw new Error('expected an error');
    },
    (e: unknown) => errorText(e),
  );

/**
 * A z.cache store for `perform` that records its reads and writes (`calls`) and can be made to fail them, as when
 * Zapier's cache service is unreachable (`state.down`: every get fails) or refuses a write (`state.full`). Core's
 * in-memory z.cache reads a key with `in` and writes it with `=` (lodash probes symbols: those are no reads).
 */
export const failingCache = () => {
  const state = { down: false, full: false };
  const calls: Array<'get' | 'set'> = [];
  const zcache = new Proxy({} as Record<string, unknown>, {
    has: (t, k) => {
      if (typeof k === 'string') {
        calls.push('get');
        if (state.down) throw new Error('zcache is down');
      }
      return k in t;
    },
    set: (t, k, v) => {
      calls.push('set');
      if (state.full) throw new Error('zcache is full');
      return Reflect.set(t, k, v);
    },
  });
  return { zcache, state, calls };
};

/** Runs one fixture with every assertion the suite makes. */
export const runFixture = async (fx: OpFixture): Promise<void> => {
  if (fx.expect === undefined && !fx.check && !fx.error)
    throw new Error(`Fixture ${fx.key} checks nothing: give expect, check or error`);
  const op = operation(fx.key);
  const seen = interceptGhl(fx.requests);
  let result: any;
  let cursor: string | undefined;
  let error: any;
  try {
    ({ result, cursor } = await perform(fx.key, fx.input ?? {}, { auth: fx.auth, meta: fx.meta, cursor: fx.cursor }));
  } catch (e) {
    error = e;
  }

  // The exact requests, in order.
  const expected = fx.requests.map((r) => ({
    method: r.method,
    path: r.path,
    query: r.query ?? {},
    body: r.body,
    version: r.version ?? op.decl.version,
    authorization: `Bearer ${(fx.auth?.access_token as string) ?? AUTH.access_token}`,
    accept: 'application/json',
  }));
  const actual = seen.map((s) => ({
    method: s.method,
    path: s.path,
    query: s.query,
    body: s.body,
    version: s.headers.version,
    authorization: s.headers.authorization,
    accept: s.headers.accept,
  }));
  expect(actual).toEqual(expected);

  // Every request conforms to the official spec.
  for (const s of seen) {
    const { problems } = checkRequest(
      { method: s.method, url: `${s.path}?${new URLSearchParams(s.query as any)}`, headers: s.headers, body: s.body },
      WORKAROUNDS,
    );
    expect(problems).toEqual([]);
  }

  if (fx.error) {
    expect(error).toBeDefined();
    const text = errorText(error);
    expect(text).toMatch(fx.error);
    expect(text).not.toContain(AUTH.access_token);
    expect(text).not.toMatch(/\[object Object\]|undefined|TypeError/);
    return;
  }
  if (error) throw error;
  if (op.kind === 'create') {
    expect(result && typeof result === 'object' && !Array.isArray(result)).toBe(true);
  } else {
    expect(Array.isArray(result)).toBe(true);
    const ids = result.map((r: any) => r.id);
    ids.forEach((id: unknown) => expect(['string', 'number']).toContain(typeof id));
    if (op.kind === 'trigger') expect(new Set(ids).size).toBe(ids.length);
  }
  if (fx.expect !== undefined) expect(result).toEqual(fx.expect);
  if (fx.expectCursor !== undefined)
    expect(cursor === undefined ? undefined : JSON.parse(cursor)).toEqual(fx.expectCursor);
  fx.check?.(result);
};

/**
 * Declares one jest test per fixture. Each area has its own test file (test/ops/<area>.test.ts): core's handler
 * force-exits a process that has served over 250 runs with more than 450 MB resident, and that count is per module
 * registry, i.e. per test file.
 */
export const describeFixtures = (area: string, fixtures: OpFixture[]): void => {
  describe(area, () => {
    for (const fx of fixtures) test(`${fx.key}${fx.name ? `: ${fx.name}` : ''}`, () => runFixture(fx));
  });
};

/**
 * Runs `run` against a local HTTP server answering with `handle` in GHL's place (GHL_API_BASE_URL): a real socket, for
 * what nock cannot do (headers before a stalled body, a connection closed short of its Content-Length).
 */
export const withLocalGhl = async <T>(handle: http.RequestListener, run: () => Promise<T>): Promise<T> => {
  const server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  nock.enableNetConnect('127.0.0.1');
  process.env.GHL_API_BASE_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    return await run();
  } finally {
    delete process.env.GHL_API_BASE_URL;
    nock.disableNetConnect();
    server.closeAllConnections();
    server.close();
  }
};
