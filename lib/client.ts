import { Transform } from 'node:stream';
import type { Bundle, HttpRequestOptions, HttpResponse, ZObject } from 'zapier-platform-core';
import { baseUrl, requestTimeoutMs, stepDeadlineMs, type ApiVersion } from './config';
import {
  badAnswer,
  mapErrorResponse,
  networkError,
  noSuchRecord,
  outOfTime,
  parseJson,
  redactError,
  retryLater,
  secretsOf,
  type RequestContext,
} from './errors';
import { InputError } from './values';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** One GHL call, already resolved: the path template with its values, the query and the JSON body. */
export interface GhlCall {
  method: Method;
  /** Spec path template, e.g. `/contacts/{contactId}/tasks`. */
  path: string;
  version: ApiVersion | string;
  pathParams?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  context: RequestContext;
  /**
   * Let GHL's answer that the record does not exist (a 404, or what errors.ts `noSuchRecord` reads as one) through to
   * the caller as `undefined` (a search's lookup by id turns it into "no result").
   */
  allow404?: boolean;
  /**
   * Statuses the caller reads itself instead of the error middleware (with `raw`): a create that turns GHL's
   * duplicate answer or a 5xx into "here is the record you already have" (lib/idempotency.ts). The caller hands
   * any other answer back to mapErrorResponse, so users see the same sentences.
   */
  keep?: number[];
  /** Return the raw response (files, headers) instead of the parsed body. */
  raw?: boolean;
  /**
   * The call only reads (GET or a POST search): safe to replay. Defaults to `method === 'GET'`; the operation
   * factory also marks trigger and search calls (and declarations with `read: true`) as reads.
   */
  read?: boolean;
  /** An empty 2xx body is a legitimate answer (DELETE confirmations); otherwise it is an error. */
  allowEmpty?: boolean;
}

/**
 * Checks one path value: a scalar whose text is a real segment. `.` and `..` would be collapsed by URL parsing
 * (DELETE /contacts/c1/tasks/.. becomes DELETE /contacts/c1/), an empty or blank value shifts the path, and an
 * object or list would be sent as "[object Object]" or "a,b". Returns the text; throws an InputError naming `label`.
 */
export const pathValue = (label: string, value: unknown): string => {
  if (value === undefined || value === null)
    throw new InputError(`${label} is empty: fill it in or map it from an earlier step.`);
  if (typeof value === 'object') {
    throw new InputError(
      `${label} must be a single id, not ${Array.isArray(value) ? 'a list' : 'an object'}: map one value (e.g. the ID field of an earlier step).`,
    );
  }
  const text = String(value);
  if (!text.trim()) throw new InputError(`${label} is empty: fill it in or map it from an earlier step.`);
  if (text.trim() === '.' || text.trim() === '..') throw new InputError(`${label} must be an id, not "${text}".`);
  return text;
};

/** Fills a spec path template, encoding each value as one path segment (values checked by pathValue). */
export const fillPath = (template: string, values: Record<string, unknown>): string =>
  template.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    encodeURIComponent(pathValue(`The path parameter "${name}"`, values[name])),
  );

/**
 * Serialises a query object: empty values dropped, arrays as repeated keys, in the order given. Encoded with
 * encodeURIComponent (a space is `%20`), the encoding core's own query handling produces, so the wire is the same
 * whether or not core re-parses the URL (see callGhl).
 */
export const queryString = (query: Record<string, unknown> | undefined): string => {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    for (const item of Array.isArray(v) ? v : [v]) {
      parts.push(
        `${encodeURIComponent(k)}=${encodeURIComponent(typeof item === 'object' ? JSON.stringify(item) : String(item))}`,
      );
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
};

/** Each step's deadline and whether it has sent a write yet, keyed by its z.request (core makes one per invocation). */
const steps = new WeakMap<object, { deadline: number; wrote: boolean }>();
/**
 * No read is started with less time left than 1 s (a tenth of a shorter deadline): it could only time out. A write
 * needs 5 s (a fifth): GHL's answer to it and, should that answer be lost, the lookup that finds what it wrote. Not
 * started, it is a retry Zapier may make safely; started too late, its outcome would be unknown.
 */
const minRequestMs = (read: boolean) => Math.min(read ? 1000 : 5000, stepDeadlineMs() / (read ? 10 : 5));

/** The step's clock: its deadline starts with its first request (before it, only the app's own code runs). */
const stepOf = (z: ZObject) => {
  const key = z.request as unknown as object;
  let step = steps.get(key);
  if (!step) {
    step = { deadline: Date.now() + stepDeadlineMs(), wrote: false };
    if (key) steps.set(key, step);
  }
  return step;
};

/**
 * True while the step's deadline leaves time for a read that takes `ms` (and at least what any read needs): a poll
 * asks for a further page only when it can arrive in time, `ms` being what its pages took so far (lib/polling.ts).
 */
export const timeForRead = (z: ZObject, ms = 0): boolean => {
  const step = steps.get(z.request as unknown as object);
  const left = step ? step.deadline - Date.now() : stepDeadlineMs();
  return left >= Math.max(ms, minRequestMs(true));
};

/**
 * z.request with the failures of the wire mapped: a reset, refused or timed-out connection or a DNS failure becomes
 * a ThrottledError for a read and a "may or may not have happened" error for a write. Errors our middleware threw
 * (mapped GHL statuses) pass through unchanged. One timer bounds the whole request, headers and body, to the request
 * timeout cut to what is left of the step's deadline (node-fetch 2's own `timeout` restarts for the body, so a request
 * could take twice as long); with too little left the request is not sent at all. A raw response's body comes after
 * z.request returns: `then` reads it under the same timer and mapping (a body that stalls, or whose connection closes
 * short of its Content-Length, which node-fetch 2 never reports, would otherwise wait for Zapier to kill the step).
 */
export const requestGhl = async <R = HttpResponse>(
  z: ZObject,
  options: HttpRequestOptions & { url: string },
  what: string,
  read: boolean,
  then?: (resp: HttpResponse) => Promise<R>,
  again = false,
): Promise<R> => {
  const step = stepOf(z);
  const left = step.deadline - Date.now();
  if (left < minRequestMs(read)) throw outOfTime(z, what, step.wrote);
  const timeout = Math.min(requestTimeoutMs(), left);
  step.wrote ||= !read;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    // Headers copied: the middleware signs this copy, so a request sent again is signed afresh.
    const headers = { ...options.headers };
    const resp = (await z.request({ ...options, headers, signal: abort.signal } as HttpRequestOptions & {
      url: string;
    })) as unknown as HttpResponse;
    return then ? await then(resp) : (resp as unknown as R);
  } catch (e) {
    // A token GHL refused (401): a sub-account's location token is renewed and the request sent once more.
    if (refusedToken && !again && e instanceof z.errors.RefreshAuthError)
      return refusedToken(z, options.url, e, () => requestGhl(z, options, what, read, then, true));
    throw networkError(z, e, what, read) ?? e;
  } finally {
    clearTimeout(timer);
  }
};

type Retry = <R>(z: ZObject, url: string, e: Error, again: () => Promise<R>) => Promise<R>;
/** What a 401 on a request becomes beyond "refresh the connection": set by lib/agency.ts (location tokens). */
let refusedToken: Retry | undefined;
export const onRefusedToken = (fn: Retry) => {
  refusedToken = fn;
};

/**
 * The longest path and query a request is sent with. GHL documents no limit; past the one its servers keep (Node, the
 * emulator's too, answers a request line and headers over 16 KB with a bare 431; proxies commonly stop at 8 KB) the
 * step would fail with no reason given. A value that long (a whole email body mapped into a search or an id field) is
 * no id or search term, so it is refused naming its field.
 */
const MAX_ADDRESS = 8_000;

/**
 * Refuses a path and query longer than MAX_ADDRESS, naming the longest value in it by its input's label, or "Path"
 * when the path itself is longest (API Request's, typed whole); when no value is half of it nor would make room
 * shortened alone, the number of values (API Request's Query Parameters by the thousand) is what to change, and the
 * sentence says so.
 */
const checkLength = (call: GhlCall, address: string): void => {
  if (address.length <= MAX_ADDRESS) return;
  // Each item of a list on its own, as queryString sends it (a repeated key): API Request's values are all lists, and
  // measured as JSON 400 ids under one key were one value longer than the address, each value 12 characters longer.
  const values = [...Object.entries(call.pathParams ?? {}), ...Object.entries(call.query ?? {})].flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v]).map(
      (x) => [k, encodeURIComponent(typeof x === 'object' ? (JSON.stringify(x) ?? '') : String(x ?? ''))] as const,
    ),
  );
  const [key, longest] = values.reduce((a, b) => (b[1].length > a[1].length ? b : a), ['', call.path]);
  if (longest.length * 2 < address.length && longest.length < address.length - MAX_ADDRESS)
    throw new InputError(
      `The request's address is ${address.length.toLocaleString('en-US')} characters long (URL-encoded), too long ` +
        `to send (at most ${MAX_ADDRESS.toLocaleString('en-US')} characters), with ${values.length.toLocaleString('en-US')} ` +
        `path and query values and none longer than ${longest.length.toLocaleString('en-US')}: send fewer values.`,
    );
  throw new InputError(
    `"${key ? (call.context.inputs?.[key]?.label ?? key) : 'Path'}" is ${longest.length.toLocaleString('en-US')} characters long ` +
      `(URL-encoded), too long to send in the request's address (at most ${MAX_ADDRESS.toLocaleString('en-US')} ` +
      `characters): map a shorter value, e.g. an ID or a search term rather than a whole text.`,
  );
};

/** What the error middleware (errors.ts mapErrorResponse) reads about the call, carried on the request as `ghl`. */
const contextOf = (call: GhlCall, read: boolean): RequestContext => ({
  ...call.context,
  path: call.path,
  read,
  ids: { ...call.pathParams, ...call.context.ids },
});

/** The call's full URL; a path value that is no id, or a path and query too long, becomes a sentence naming the operation. */
const urlOf = (z: ZObject, call: GhlCall): string => {
  try {
    const address = `${fillPath(call.path, call.pathParams ?? {})}${queryString(call.query)}`;
    checkLength(call, address);
    return `${baseUrl()}${address}`;
  } catch (e) {
    if (e instanceof InputError) throw new z.errors.Error(`${call.context.label}: ${e.message}`, 'INVALID_INPUT', 400);
    throw e;
  }
};

/** Sends one call to GHL with the operation's Version header; errors are mapped by the afterResponse middleware. */
// The parsed JSON (its shape is the endpoint's), the raw response when `raw`, or undefined for an allowed 404: each
// caller knows which it asked for and narrows it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the answer's type depends on the call
export const callGhl = async (z: ZObject, call: GhlCall): Promise<any> => {
  const what = call.context.label;
  const read = call.read ?? call.method === 'GET';
  const url = urlOf(z, call);
  const hasBody = call.body !== undefined && call.method !== 'GET';
  const options: HttpRequestOptions & { url: string } & Record<string, unknown> = {
    url,
    method: call.method,
    headers: {
      Version: call.version,
      'User-Agent': 'Zapier',
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(hasBody ? { body: JSON.stringify(call.body) } : {}),
    // Never follow a redirect: node-fetch would re-send the body (307/308) to wherever GHL's answer points, and that
    // host's answer would be taken for GHL's. A 3xx is reported by the middleware instead.
    redirect: 'manual',
    // Our middleware reads 429s itself (for X-RateLimit-* delays) and maps every status; core must not pre-empt it.
    throwForThrottlingEarly: false,
    skipThrowForStatus: true,
    // Cost per run (README "Performance"): with `merge` (default true) core's prepareRequest lodash-merges this
    // request onto app.requestTemplate, and the request carries core's invocation input, i.e. a deep clone of the
    // whole compiled app definition and bundle on every request (~20% of a run in a CPU profile; see
    // zapier-platform-core 19.1.0 src/http-middlewares/before/prepare-request.js and src/tools/request-merge.js).
    // The app has no requestTemplate, so the merge adds nothing but core's defaults, which the request states itself:
    // an upper-case method, `User-Agent: Zapier` (above) and a URL whose query is already encoded as core would.
    // Without the merge core also skips its check for `{{bundle.…}}` text, which could only reject a user's value.
    merge: false,
    ghl: { ...contextOf(call, read), allow404: call.allow404, keep: call.keep },
  };
  const resp = await requestGhl(z, options, what, read);
  if (call.raw) return resp;
  if (call.allow404 && noSuchRecord(resp, call.pathParams)) return undefined;
  return readBody(z, resp, what, read, call.allowEmpty || call.method === 'DELETE');
};

/**
 * The parsed JSON body of a success. An empty body is `{}` only where it is a legitimate answer (204, or DELETE
 * confirmations); otherwise an empty, non-JSON (HTML page, truncated JSON) or `null` body is an error naming the
 * operation, never a success carrying `{content}` or `{}`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON whose shape is the endpoint's (see callGhl)
export const readBody = (z: ZObject, resp: HttpResponse, what: string, read: boolean, allowEmpty: boolean): any => {
  const text = typeof resp.content === 'string' ? resp.content : '';
  if (!text.trim()) {
    if (allowEmpty || resp.status === 204) return {};
    throw badAnswer(z, what, `was empty (HTTP ${resp.status})`, read);
  }
  let data: unknown = resp.data;
  if (data === undefined) {
    try {
      data = parseJson(text);
    } catch {
      const kind = /^\s*</.test(text) ? 'an HTML or XML page' : 'not valid JSON';
      throw badAnswer(z, what, `was ${kind} (HTTP ${resp.status})`, read);
    }
  }
  if (data === null || typeof data !== 'object') {
    if (allowEmpty) return { result: data };
    throw badAnswer(z, what, `was ${JSON.stringify(data)} instead of a JSON object`, read);
  }
  return data;
};

/**
 * A token endpoint's 2xx answer (POST /oauth/token, POST /oauth/locationToken) read as the app stores it: `tokens`
 * must be non-empty text, `optional` keys text when present (null or blank count as absent). Otherwise `problem` says
 * what is wrong, completing "GHL's answer …" (badAnswer). The body is never quoted: it may hold a fresh token.
 */
export const tokenAnswer = (
  resp: Pick<HttpResponse, 'content'>,
  tokens: string[],
  optional: string[] = [],
): { data: Record<string, unknown>; problem?: undefined } | { data?: undefined; problem: string } => {
  const text = typeof resp.content === 'string' ? resp.content.trim() : '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: !text ? 'was empty' : /^</.test(text) ? 'was an HTML page' : 'was not valid JSON' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    return { problem: `was ${kind} instead of a JSON object` };
  }
  const record = data as Record<string, unknown>;
  for (const key of [...tokens, ...optional]) {
    const v = record[key];
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) {
      if (optional.includes(key)) continue;
      return { problem: `had no ${key}` };
    }
    if (typeof v !== 'string') return { problem: `had its ${key} as something other than text` };
  }
  return { data: record };
};

/**
 * The body of a raw API Request for the user: parsed JSON, else the text as GHL sent it (the user asked for the raw
 * answer and also gets its status and headers), null when empty.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON whose shape is the endpoint's (see callGhl)
export const parseBody = (resp: HttpResponse): any => {
  const text = typeof resp.content === 'string' ? resp.content : '';
  if (!text.trim()) return null;
  if (resp.data !== undefined) return resp.data;
  try {
    return parseJson(text);
  } catch {
    return text;
  }
};

const originOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * True when a URL is on GHL's API origin (GHL_API_BASE_URL): parsed origins, not a string prefix, since
 * https://services.leadconnectorhq.com.evil.example and https://services.leadconnectorhq.com@evil.example both start
 * with the base URL. Only such URLs ever get a token.
 */
export const isGhlUrl = (url: string | undefined): boolean => {
  const target = originOf(url);
  return target !== undefined && target === originOf(baseUrl());
};

/** beforeRequest middleware: Bearer token and JSON Accept header on every GHL API call (not the token endpoint). */
export const addAuthHeaders = (request: HttpRequestOptions, _z: ZObject, bundle: Bundle): HttpRequestOptions => {
  const token = bundle.authData?.access_token;
  request.headers = request.headers ?? {};
  if (!request.headers.Accept && !request.headers.accept) request.headers.Accept = 'application/json';
  const isGhl = isGhlUrl(request.url);
  const isTokenEndpoint = isGhl && new URL(request.url!).pathname.replace(/\/+$/, '') === '/oauth/token';
  if (token && !request.headers.Authorization && isGhl && !isTokenEndpoint) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  return request;
};

/** afterResponse middleware: every GHL error status becomes a Zapier error with a sentence the user can act on. */
export const handleErrors = (resp: HttpResponse, z: ZObject, bundle?: Bundle): HttpResponse => {
  const ctx = (resp.request as { ghl?: RequestContext & { allow404?: boolean; keep?: number[] } }).ghl;
  if (ctx?.allow404 && noSuchRecord(resp, ctx.ids)) return resp;
  if (ctx?.keep?.includes(resp.status)) return resp;
  try {
    return mapErrorResponse(resp, z);
  } catch (e) {
    throw redactError(e, secretsOf(bundle?.authData));
  }
};

/** The streamed body of a file download (a recording, a transcript): what node-fetch gives a raw response. */
export interface FileResponse {
  status: number;
  headers: { get(name: string): string | null };
  body?: { destroy?: () => void };
  text(): Promise<string>;
  /** The body as text, when downloadGhl was asked to read it (`asText`); core's raw response has no `content`. */
  bodyText?: string;
}

/**
 * A download's streamed body (read after requestGhl's timer is gone: z.stashFile pipes it in the hydrator), watched to
 * its last byte. It fails with a ThrottledError, as a read, when no byte comes for the request timeout (a stall, or a
 * connection closed short of its Content-Length, which node-fetch 2 never reports: the stash waited for Zapier to
 * kill the run) or when the stream itself fails (node-fetch's bare "Premature close" for a chunked body cut off,
 * zlib's "incorrect header check" for a body that is not the gzip its header says): never a raw error. The timer
 * counts silence, not the whole download: Zapier documents no time limit for hydration (its hydration limits page
 * gives sizes only), and a large recording on a slow link may take longer than one request while it keeps coming.
 */
const watched = (z: ZObject, resp: FileResponse, what: string): FileResponse => {
  const body = resp.body as (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
  if (!body?.pipe) return resp;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => out.destroy(retryLater(z, what, 'GHL did not answer in time')), requestTimeoutMs());
  };
  const out = new Transform({
    transform: (chunk: Buffer, _encoding, done) => {
      arm();
      done(null, chunk);
    },
    flush: (done) => {
      clearTimeout(timer);
      done();
    },
    destroy: (e, done) => {
      clearTimeout(timer);
      body.destroy?.();
      // Any other failure (node-fetch also destroys the body it knows, now this stream, with its raw error) is lost.
      done(e && !(e instanceof z.errors.ThrottledError) ? retryLater(z, what, 'the connection to GHL was lost') : e);
    },
  });
  body.on('error', (e) => out.destroy(e));
  arm();
  body.pipe(out);
  // node-fetch's `body` is a getter on its prototype: the watched stream shadows it.
  return Object.defineProperty(resp, 'body', { value: out });
};

/**
 * Downloads a file from GHL on the shared client: same URL, Bearer, Version header, timeout and lost-connection
 * handling as callGhl, but the body stays a stream (audio is not decoded as text) unless `asText` reads it, within the
 * request's timeout like an error's body. A download only reads, so a lost connection is retried. Redirects to a file
 * host are followed (a raw GET carries no body, and node-fetch 2.7 drops the Authorization header when the host
 * changes: node-fetch lib/index.js isDomainOrSubdomain). An error status is read and mapped like any other answer; a
 * 2xx that is JSON, an HTML page or empty is GHL failing, not a file. Returns undefined when `allow404` and GHL says
 * the file does not exist (yet): a 404 or a 400 "… not found".
 */
export const downloadGhl = async (z: ZObject, call: GhlCall, asText = false): Promise<FileResponse | undefined> => {
  const what = call.context.label;
  const url = urlOf(z, call);
  // merge: false and User-Agent as in callGhl: no per-request deep copy of the app definition by core.
  const options = {
    url,
    method: call.method,
    headers: { Version: call.version, 'User-Agent': 'Zapier' },
    raw: true,
    skipThrowForStatus: true,
    throwForThrottlingEarly: false,
    merge: false,
  };
  return requestGhl(z, options, what, true, async (raw): Promise<FileResponse | undefined> => {
    const resp = raw as unknown as FileResponse;
    if (resp.status < 400) {
      const type = String(resp.headers.get('content-type') ?? '').toLowerCase();
      const problem = /json|html/.test(type)
        ? `was ${/html/.test(type) ? 'an HTML page' : 'JSON'} instead of a file`
        : resp.headers.get('content-length') === '0'
          ? 'was empty'
          : undefined;
      if (!problem)
        return asText ? Object.assign(resp, { bodyText: String(await resp.text()) }) : watched(z, resp, what);
      resp.body?.destroy?.();
      throw badAnswer(z, what, `${problem} (HTTP ${resp.status})`, true);
    }
    const content = String(await resp.text());
    let data: unknown;
    try {
      data = parseJson(content);
    } catch {
      data = undefined;
    }
    const ghl = contextOf(call, true);
    const answer = { status: resp.status, headers: resp.headers, content, data, request: { url, ghl } };
    // Not there (yet): a 404, or what noSuchRecord reads as one (the spec documents 400 for these downloads), as callGhl.
    if (call.allow404 && noSuchRecord(answer as unknown as HttpResponse, call.pathParams)) return undefined;
    mapErrorResponse(answer as unknown as HttpResponse, z);
    return resp;
  });
};
