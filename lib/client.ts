import type { Bundle, HttpRequestOptions, HttpResponse, ZObject } from 'zapier-platform-core';
import { baseUrl, type ApiVersion } from './config';
import { mapErrorResponse, type RequestContext } from './errors';

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
  /** Let a 404 through to the caller (searches turn it into "no result"). */
  allow404?: boolean;
  /**
   * Statuses the caller reads itself instead of the error middleware (with `raw`): a create that turns GHL's
   * duplicate answer or a 5xx into "here is the record you already have" (lib/idempotency.ts). The caller hands
   * any other answer back to mapErrorResponse, so users see the same sentences.
   */
  keep?: number[];
  /** Return the raw response (files, headers) instead of the parsed body. */
  raw?: boolean;
}

/** Fills a spec path template, encoding each value as one path segment. */
export const fillPath = (template: string, values: Record<string, string>): string =>
  template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v === '') throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(v);
  });

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
      parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(typeof item === 'object' ? JSON.stringify(item) : String(item))}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
};

/** Sends one call to GHL with the operation's Version header; errors are mapped by the afterResponse middleware. */
export const callGhl = async (z: ZObject, call: GhlCall): Promise<any> => {
  const url = `${baseUrl()}${fillPath(call.path, call.pathParams ?? {})}${queryString(call.query)}`;
  const hasBody = call.body !== undefined && call.method !== 'GET';
  const options: HttpRequestOptions & { url: string } & Record<string, unknown> = {
    url,
    method: call.method,
    headers: { Version: call.version, 'User-Agent': 'Zapier', ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
    ...(hasBody ? { body: JSON.stringify(call.body) } : {}),
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
    ghl: { ...call.context, ids: { ...call.pathParams, ...call.context.ids }, allow404: call.allow404, keep: call.keep },
  };
  const resp = (await z.request(options)) as unknown as HttpResponse;
  if (call.raw) return resp;
  if (resp.status === 404 && call.allow404) return undefined;
  return parseBody(resp);
};

/** The parsed JSON body, `{}` for an empty one, and the text for a non-JSON success body. */
export const parseBody = (resp: HttpResponse): any => {
  if (!resp.content || !resp.content.trim()) return {};
  try {
    return resp.data ?? JSON.parse(resp.content);
  } catch {
    return { content: resp.content };
  }
};

/** beforeRequest middleware: Bearer token and JSON Accept header on every GHL API call (not the token endpoint). */
export const addAuthHeaders = (request: HttpRequestOptions, _z: ZObject, bundle: Bundle): HttpRequestOptions => {
  const token = bundle.authData?.access_token;
  request.headers = request.headers ?? {};
  if (!request.headers.Accept && !request.headers.accept) request.headers.Accept = 'application/json';
  if (token && !request.headers.Authorization && request.url?.startsWith(baseUrl()) && !request.url.includes('/oauth/token')) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  return request;
};

/** afterResponse middleware: every GHL error status becomes a Zapier error with a sentence the user can act on. */
export const handleErrors = (resp: HttpResponse, z: ZObject): HttpResponse => {
  const ctx = (resp.request as { ghl?: RequestContext & { allow404?: boolean; keep?: number[] } }).ghl;
  if (ctx?.allow404 && resp.status === 404) return resp;
  if (ctx?.keep?.includes(resp.status)) return resp;
  return mapErrorResponse(resp, z);
};
