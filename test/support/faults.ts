/**
 * The fault matrix: every registered operation (read from the registry, so a new one is covered automatically) is run
 * against a fake GHL that fails in one way at a time, through an app that registers only that operation (same
 * authentication, middleware and hydrators as the real one: core recompiles the whole definition on each invocation,
 * so a one-operation app keeps 3,000 runs fast and small). Inputs come from the first fixture of each operation in
 * test/ops/*.fixtures.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import nock from 'nock';
import * as core from 'zapier-platform-core';
import App from '../../index';
import { DEFAULT_BASE_URL } from '../../lib/config';
import type { Operation } from '../../lib/op';
import { errorText, FOLDER, operation, type OpFixture } from './harness';

/** Secrets of the connection and the app: none may appear in any message. Not JWT-shaped on purpose (see redact). */
export const SECRETS = {
  access_token: 'at-9f8e7d6c5b4a-SECRET',
  refresh_token: 'rt-1a2b3c4d5e6f-SECRET',
  CLIENT_SECRET: 'cs-0011223344-SECRET',
  CLIENT_ID: 'ci-5566778899-SECRET',
};
export const FAULT_AUTH = {
  access_token: SECRETS.access_token,
  refresh_token: SECRETS.refresh_token,
  locationId: 'loc123',
  companyId: 'comp123',
  userType: 'Location',
  userId: 'user123',
};
process.env.CLIENT_SECRET = SECRETS.CLIENT_SECRET;
process.env.CLIENT_ID = SECRETS.CLIENT_ID;

/** The app with only `op` registered (no find-or-create pairs: their halves may be missing). */
const appFor = (op: Operation): Record<string, any> => {
  const app = App as unknown as Record<string, any>;
  return {
    ...app,
    triggers: {},
    creates: {},
    searches: {},
    searchOrCreates: {},
    [FOLDER[op.kind]]: { [op.decl.key]: app[FOLDER[op.kind]][op.decl.key] },
  };
};

const handlers = new Map<string, (event: Record<string, unknown>) => Promise<{ results: any }>>();
const handlerFor = (op: Operation) => {
  let h = handlers.get(op.decl.key);
  if (!h) {
    // createAppHandler is exported at runtime but missing from core's type declarations.
    h = (core as any).createAppHandler(appFor(op)) as (event: Record<string, unknown>) => Promise<{ results: any }>;
    handlers.set(op.decl.key, h);
  }
  return h;
};

/** Runs one operation through its one-operation app; resolves with the result or the thrown error. */
export const runAlone = async (
  key: string,
  input: Record<string, unknown>,
  extra: { auth?: Record<string, unknown>; meta?: Record<string, unknown>; cursor?: string } = {},
): Promise<{ result?: any; error?: any; cursor?: string }> => {
  const op = operation(key);
  const cursorTestObj: Record<string, string | null> = extra.cursor !== undefined ? { undefined: extra.cursor } : {};
  try {
    const resp = await handlerFor(op)({
      command: 'execute',
      method: `${FOLDER[op.kind]}.${key}.operation.perform`,
      bundle: { authData: { ...FAULT_AUTH, ...extra.auth }, inputData: input, meta: { page: 0, ...extra.meta } },
      storeKey: `faults-${key}`,
      cursorTestObj,
      zcacheTestObj: {},
    });
    // Core's cursor mock stores a saved cursor as a key with value null (see harness.perform).
    const saved = Object.keys(cursorTestObj).find((k) => cursorTestObj[k] === null);
    return { result: resp.results, cursor: saved };
  } catch (error) {
    return { error };
  }
};

let fixtureCache: OpFixture[] | undefined;
/** Every fixture of test/ops/*.fixtures.ts. */
const allFixtures = (): OpFixture[] => {
  if (!fixtureCache) {
    const dir = path.join(__dirname, '..', 'ops');
    fixtureCache = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.fixtures.ts'))
      .sort()
      .flatMap((f) => (require(path.join(dir, f)) as { fixtures: OpFixture[] }).fixtures);
  }
  return fixtureCache;
};

/** The first fixture of `key` that reaches GHL and succeeds on page 0: its input reaches the operation's request. */
const baseFixture = (key: string): OpFixture => {
  const all = allFixtures().filter((f) => f.key === key);
  const fx =
    all.find((f) => f.requests.length && !f.error && !f.cursor && !Number(f.meta?.page ?? 0)) ??
    all.find((f) => f.requests.length);
  if (!fx) throw new Error(`No fixture of ${key} sends a request: add one to test/ops`);
  return fx;
};

/** True when the operation's first request only reads (what Zapier may replay): the client's own rule, restated. */
export const firstRequestReads = (op: Operation): boolean => {
  const first = baseFixture(op.decl.key).requests[0];
  return op.kind !== 'create' || first.method === 'GET' || (op.decl as { read?: boolean }).read === true;
};

/**
 * True when the operation's first request (in its base fixture) is a GET of one record by an id the step was given
 * (`GET /contacts/c1` for Contact ID "c1"): the only request whose 404 a search reads as "no such record". A 404
 * from a search endpoint, a sub-path or the connection's own sub-account names a missing parent or endpoint.
 */
const firstRequestById = (op: Operation): boolean => {
  const fx = baseFixture(op.decl.key);
  const first = fx.requests[0];
  const last = decodeURIComponent(first.path.split('/').pop() ?? '');
  return (
    first.method === 'GET' && Object.values(fx.input ?? {}).some((v) => typeof v === 'string' && v.trim() === last)
  );
};

/** The outcome a fault must have. */
export type Outcome =
  | {
      kind: 'error';
      name: 'AppError' | 'ThrottledError' | 'RefreshAuthError' | 'HaltedError';
      code?: string;
      delay?: number;
      says?: string;
    }
  | { kind: 'result'; check: (result: any) => void };

export interface Fault {
  name: string;
  /** Answers every request to GHL. */
  reply: (ic: nock.Interceptor) => void;
  /** The client-side timeout (GHL_REQUEST_TIMEOUT_MS) while this fault runs; otherwise a generous 10 s. */
  timeoutMs?: number;
  expect: (op: Operation, read: boolean) => Outcome;
}

const json = { 'Content-Type': 'application/json' };
const html = { 'Content-Type': 'text/html; charset=utf-8' };
/** GHL echoing a secret back must not carry it into a message. */
const ECHO = `token ${SECRETS.access_token} / ${SECRETS.refresh_token} / ${SECRETS.CLIENT_SECRET} rejected`;

const appError = (code: string, says?: string): Outcome => ({ kind: 'error', name: 'AppError', code, says });
const throttled = (delay: number): Outcome => ({ kind: 'error', name: 'ThrottledError', delay });
/**
 * A write whose outcome is unknown: a HaltedError (never replayed by Zapier's Autoreplay) asking to check first. The
 * creates idempotent by a natural key (lib/idempotency.ts createOnce) end the same way: their lookup meets the same
 * fault, and a failed or empty lookup leaves the outcome unknown.
 */
const unknownOutcome: Outcome = { kind: 'error', name: 'HaltedError', says: 'may or may not have carried it out' };
/** An outage or a lost connection: a read is retried by Zapier, a write says it may or may not have happened. */
const outage = (read: boolean): Outcome => (read ? throttled(60) : unknownOutcome);
/** A 2xx the operation cannot read. */
const garbage = (read: boolean): Outcome => (read ? appError('GHL_BAD_RESPONSE') : unknownOutcome);

/**
 * Operations whose documented behaviour differs from the general rule, with the reason. Nothing else is tolerated.
 */
export const EXCEPTIONS: Record<
  string,
  Partial<Record<string, { outcome: (op: Operation, read: boolean) => Outcome; why: string }>>
> = {
  'wrong-shape 200': {
    // A check whose answer is a yes/no: without `available` there is nothing to return.
    validate_calendar_group_slug: {
      outcome: () => appError('GHL_BAD_RESPONSE'),
      why: 'the slug check reads "available"',
    },
    // Its first call looks the contact's conversation up: an answer without the list stops it before any write
    // (creating a conversation then would duplicate it).
    add_inbound_message: {
      outcome: () => appError('GHL_BAD_RESPONSE', 'conversation lookup'),
      why: 'the lookup reads a list first',
    },
  },
  '404': {
    // A search's lookup by id answers "no result" for a 404 (README: How it is built), but Find Free Slot's calendar
    // is no search key: a calendar GHL does not know is an error, never "no free slot".
    find_free_slot: {
      outcome: () => appError('GHL_NOT_FOUND', 'GHL found no record for Calendar "cal1"'),
      why: 'a missing calendar is no empty result',
    },
    // These triggers' transcription / file does not exist until GHL has processed the call: nothing fires yet.
    get_message_transcription: {
      outcome: () => ({ kind: 'result', check: (r) => expect(r).toEqual([]) }),
      why: 'no transcription yet is no item',
    },
    download_message_transcription: {
      outcome: () => ({ kind: 'result', check: (r) => expect(r).toEqual([]) }),
      why: 'no file yet is no item',
    },
    get_message_recording: {
      outcome: () => ({ kind: 'result', check: (r) => expect(r).toEqual([]) }),
      why: 'no recording yet is no item',
    },
  },
};

/** A raw API Request hands back status, headers and body whatever they are: the user asked for the raw answer. */
const rawAnswer = (status: number, body: unknown): Outcome => ({
  kind: 'result',
  check: (r) => expect({ status: r.status, body: r.body }).toEqual({ status, body }),
});

export const FAULTS: Fault[] = [
  {
    name: '401 expired token',
    reply: (ic) => ic.reply(401, { statusCode: 401, message: `Invalid JWT ${ECHO}` }, json),
    expect: () => ({ kind: 'error', name: 'RefreshAuthError' }),
  },
  {
    name: '401 missing scope',
    reply: (ic) => ic.reply(401, { statusCode: 401, message: 'The token is not authorized for this scope.' }, json),
    expect: () => appError('GHL_MISSING_SCOPE', 'not authorized for the scope'),
  },
  {
    name: '403',
    reply: (ic) =>
      ic.reply(403, { statusCode: 403, message: `The token does not have access to this location. ${ECHO}` }, json),
    expect: () => appError('GHL_FORBIDDEN', 'does not have access to this location'),
  },
  {
    name: '404',
    reply: (ic) => ic.reply(404, { statusCode: 404, message: 'Not found' }, json),
    expect: (op) =>
      op.kind === 'search' && firstRequestById(op)
        ? { kind: 'result', check: (r) => expect(r).toEqual([]) }
        : appError('GHL_NOT_FOUND', 'GHL found no record'),
  },
  {
    name: '400 string message',
    reply: (ic) => ic.reply(400, { statusCode: 400, message: `Bad value: ${ECHO}` }, json),
    expect: () => appError('GHL_BAD_REQUEST', 'GHL says: Bad value'),
  },
  {
    name: '400 array message',
    reply: (ic) => ic.reply(400, { statusCode: 400, message: ['name should not be empty', ECHO] }, json),
    expect: () => appError('GHL_BAD_REQUEST', 'name should not be empty'),
  },
  {
    name: '422 string message',
    reply: (ic) => ic.reply(422, { statusCode: 422, message: `Unprocessable: ${ECHO}` }, json),
    expect: () => appError('GHL_INVALID_INPUT', 'GHL says: Unprocessable'),
  },
  {
    name: '422 array message',
    reply: (ic) =>
      ic.reply(
        422,
        { statusCode: 422, message: ['email must be an email', ECHO], error: 'Unprocessable Entity' },
        json,
      ),
    expect: () => appError('GHL_INVALID_INPUT', 'email must be an email'),
  },
  {
    name: '429 with Retry-After',
    reply: (ic) => ic.reply(429, { message: 'Too many requests' }, { ...json, 'Retry-After': '7' }),
    expect: () => throttled(7),
  },
  {
    name: '429 with only X-RateLimit-* headers',
    reply: (ic) =>
      ic.reply(
        429,
        { message: 'Too many requests' },
        {
          ...json,
          'X-RateLimit-Interval-Milliseconds': '10000',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Max': '100',
        },
      ),
    expect: () => throttled(10),
  },
  {
    name: '500',
    reply: (ic) => ic.reply(500, { statusCode: 500, message: `Internal server error ${ECHO}` }, json),
    expect: (_op, read) => (read ? appError('GHL_SERVER_ERROR', 'internal error') : unknownOutcome),
  },
  {
    name: '502 HTML page',
    reply: (ic) => ic.reply(502, `<html><body><h1>502 Bad Gateway</h1>${ECHO}</body></html>`, html),
    expect: (_op, read) => outage(read),
  },
  {
    name: 'connection reset',
    // An Error object: nock delivers a plain object late (the request then times out instead).
    reply: (ic) => ic.replyWithError(Object.assign(new Error(`socket hang up ${ECHO}`), { code: 'ECONNRESET' })),
    expect: (_op, read) => outage(read),
  },
  {
    name: 'timeout (no answer)',
    // The client's timeout is 50 ms for this fault (timeoutMs): the answer would come after 500 ms.
    timeoutMs: 50,
    reply: (ic) => ic.delayConnection(500).reply(200, { ok: true }, json),
    expect: (_op, read) => outage(read),
  },
  {
    name: 'malformed JSON 200',
    reply: (ic) => ic.reply(200, '{"contact": {"id": "c1", "name": ', json),
    expect: (op, read) =>
      op.decl.key === 'api_request' ? rawAnswer(200, '{"contact": {"id": "c1", "name": ') : garbage(read),
  },
  {
    name: 'empty 200',
    reply: (ic) => ic.reply(200, '', json),
    // A DELETE's confirmation may be empty; anything else must carry what it reads.
    expect: (op, read) =>
      op.decl.key === 'api_request'
        ? rawAnswer(200, null)
        : op.kind === 'create' && op.decl.method === 'DELETE'
          ? { kind: 'result', check: (r) => expect(r && typeof r === 'object' && !Array.isArray(r)).toBe(true) }
          : garbage(read),
  },
  {
    name: 'HTML 200',
    reply: (ic) => ic.reply(200, '<!DOCTYPE html><html><body>Maintenance</body></html>', html),
    expect: (op, read) =>
      op.decl.key === 'api_request'
        ? rawAnswer(200, '<!DOCTYPE html><html><body>Maintenance</body></html>')
        : garbage(read),
  },
  {
    name: 'wrong-shape 200',
    reply: (ic) => ic.reply(200, { unexpected: { shape: true } }, json),
    expect: (op, read) => {
      // A create without a declared result key has no shape to check: GHL's JSON object is the confirmation.
      if (op.kind === 'create' && !(op.decl as { result?: string }).result) {
        return { kind: 'result', check: (r) => expect(r && typeof r === 'object' && !Array.isArray(r)).toBe(true) };
      }
      if (op.kind === 'create' && op.decl.method === 'DELETE') {
        return { kind: 'result', check: (r) => expect(r && typeof r === 'object').toBe(true) };
      }
      return garbage(read);
    },
  },
];

/** Answers every request to GHL's host with `reply`, counting them. */
const failEveryRequest = (reply: Fault['reply']): { count: number } => {
  const seen = { count: 0 };
  const scope = nock(DEFAULT_BASE_URL).persist();
  for (const m of ['get', 'post', 'put', 'delete', 'patch'] as const) {
    const ic = (scope as any)
      [m](() => {
        seen.count += 1;
        return true;
      })
      .query(true) as nock.Interceptor;
    reply(ic);
  }
  return seen;
};

const parse = (e: any): { message: string; code?: string; delay?: number } => {
  try {
    return JSON.parse(e.message);
  } catch {
    return { message: String(e?.message ?? e) };
  }
};

/** No secret in a text, in any of the forms redact masks. */
export const expectNoSecret = (text: string) => {
  for (const s of Object.values(SECRETS)) expect(text).not.toContain(s);
};

/** Checks a run against the outcome the fault must have for this operation. */
const checkOutcome = (op: Operation, outcome: Outcome, run: { result?: any; error?: any }) => {
  if (outcome.kind === 'result') {
    if (run.error) throw new Error(`${op.decl.key}: expected a result, got ${run.error.name}: ${run.error.message}`);
    outcome.check(run.result);
    return;
  }
  if (!run.error)
    throw new Error(
      `${op.decl.key}: expected ${outcome.name}${outcome.code ? ` ${outcome.code}` : ''}, got a result: ${JSON.stringify(run.result)?.slice(0, 300)}`,
    );
  const e = run.error;
  const text = errorText(e);
  const parsed = parse(e);
  expect({ key: op.decl.key, name: e.name }).toEqual({ key: op.decl.key, name: outcome.name });
  if (outcome.code) expect({ key: op.decl.key, code: parsed.code }).toEqual({ key: op.decl.key, code: outcome.code });
  if (outcome.delay !== undefined)
    expect({ key: op.decl.key, delay: parsed.delay }).toEqual({ key: op.decl.key, delay: outcome.delay });
  if (outcome.says) expect(text).toContain(outcome.says);
  // Names the operation, carries no secret, no raw JavaScript error text.
  expect(text).toContain(op.decl.label);
  expectNoSecret(String(e.message));
  expectNoSecret(String(e.stack ?? ''));
  expect(text).not.toMatch(/\[object Object\]|TypeError|FetchError|socket hang up|undefined/);
};

/**
 * Declares the matrix for one shard of the registry (operations whose index % shards === shard): core's handler
 * force-exits a test file's process after 250 runs above 450 MB, so the ~3,000 runs are spread over several files.
 */
export const describeMatrix = (shard: number, shards: number, ops: Operation[]) => {
  const mine = ops.filter((_o, i) => i % shards === shard);
  describe(`fault matrix ${shard + 1}/${shards}`, () => {
    test("this file stays within core's 250 runs per process (add a matrix file when the registry grows)", () => {
      expect(mine.length * FAULTS.length).toBeLessThanOrEqual(250);
    });
    for (const op of mine) {
      test(`${op.decl.key}: ${FAULTS.length} faults`, async () => {
        const fx = baseFixture(op.decl.key);
        const read = firstRequestReads(op);
        const failures: string[] = [];
        for (const fault of FAULTS) {
          nock.cleanAll();
          const seen = failEveryRequest(fault.reply);
          process.env.GHL_REQUEST_TIMEOUT_MS = String(fault.timeoutMs ?? 10_000);
          const run = await runAlone(op.decl.key, fx.input ?? {}, { auth: fx.auth, meta: fx.meta });
          const exception = EXCEPTIONS[fault.name]?.[op.decl.key];
          const outcome = exception ? exception.outcome(op, read) : fault.expect(op, read);
          try {
            expect(seen.count).toBeGreaterThan(0);
            checkOutcome(op, outcome, run);
          } catch (e) {
            failures.push(
              `${fault.name}: ${String((e as Error).message)
                .split('\n')
                .filter(Boolean)
                .slice(0, 12)
                .join(' | ')}`,
            );
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });
};

/** Path values that must never reach a URL: dot segments, blanks, objects and lists. */
export const HOSTILE_IDS: unknown[] = ['.', '..', ' .. ', '', '   ', { id: 'x' }, ['a', 'b']];

/**
 * Declares the hostile-id checks for one shard: every path parameter of every operation, each hostile value, must be
 * refused before any request with a sentence naming the field (its label, or the connection's locationId/companyId).
 */
export const describeHostileIds = (shard: number, shards: number, ops: Operation[]) => {
  const withParams = ops.filter((o) => /\{[^}]+\}/.test(o.decl.path)).filter((_o, i) => i % shards === shard);
  describe(`hostile path values ${shard + 1}/${shards}`, () => {
    for (const op of withParams) {
      const names = [...op.decl.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      test(`${op.decl.key}: ${names.join(', ')} × ${HOSTILE_IDS.length} values`, async () => {
        const fx = baseFixture(op.decl.key);
        const failures: string[] = [];
        for (const name of names) {
          const field = (op.decl.fields ?? []).find((f) => (f as { key?: string }).key === name) as
            { label?: string } | undefined;
          const fromConnection = name === 'locationId' || name === 'companyId';
          for (const value of HOSTILE_IDS) {
            nock.cleanAll();
            const seen = failEveryRequest((ic) => ic.reply(200, {}, json));
            const input = { ...(fx.input ?? {}), [name]: value };
            const auth = fromConnection ? { ...(fx.auth ?? {}), [name]: value } : fx.auth;
            const run = await runAlone(op.decl.key, input, { auth, meta: fx.meta });
            const text = run.error ? errorText(run.error) : '';
            // A connection without a locationId is an agency connection: the step then names its "Sub-Account" field.
            const named = [name, field?.label, fromConnection ? '"Sub-Account"' : undefined]
              .filter(Boolean)
              .some((n) => text.includes(String(n)));
            const ok =
              run.error?.name === 'AppError' &&
              parse(run.error).code === 'INVALID_INPUT' &&
              named &&
              seen.count === 0 &&
              !/\[object Object\]|undefined/.test(text);
            if (!ok)
              failures.push(
                `${name}=${JSON.stringify(value)}: ${seen.count} request(s), ${run.error ? `${run.error.name} ${text}` : 'no error'}`,
              );
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });
};
