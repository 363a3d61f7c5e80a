import type { HttpResponse, ZObject } from 'zapier-platform-core';
import { errors as zErrors } from 'zapier-platform-core';

/** What a request tells the error mapper about itself, so messages can name the operation, scopes and ids. */
export interface RequestContext {
  /** The operation's label, e.g. "Create Contact Task". */
  label: string;
  /** OAuth scopes the endpoint requires (from the spec). */
  scopes?: string[];
  /** Path parameters sent, e.g. { contactId: 'abc' }: a 404 names them. */
  ids?: Record<string, string>;
}

/** Fallback delay (seconds) when GHL throttles without saying for how long: its burst window is 10 s. */
const DEFAULT_THROTTLE_DELAY = 10;
/** Delay (seconds) before Zapier retries after a GHL outage. */
const OUTAGE_DELAY = 60;

const REDACT = /(Bearer\s+)[\w.\-~+/]+=*/gi;

/** Strips anything that looks like a bearer token so no message ever carries a credential. */
export const redact = (text: string): string => text.replace(REDACT, '$1[redacted]');

/** GHL's error body as a list of sentences: `message` (string or array), `error`, `errors`, or raw text. */
export const ghlMessages = (resp: Pick<HttpResponse, 'data' | 'content'>): string[] => {
  const data = safeData(resp);
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.message !== undefined) add(o.message);
      else if (o.msg !== undefined) add(o.msg);
    }
  };
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    add(d.message);
    if (d.errors) add(d.errors);
    if (!out.length && typeof d.error === 'string') add(d.error);
    if (!out.length && d.error && typeof d.error === 'object') add(d.error);
  } else if (typeof resp.content === 'string' && resp.content.trim() && !/^\s*</.test(resp.content)) {
    add(resp.content.slice(0, 300));
  }
  return [...new Set(out.map(redact))];
};

const safeData = (resp: Pick<HttpResponse, 'data' | 'content'>): unknown => {
  try {
    return resp.data;
  } catch {
    return undefined;
  }
};

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Field names GHL's validator messages start with ("email must be an email"), limited to keys we sent. */
const fieldsNamed = (messages: string[], sent: Set<string>): string[] => {
  const found = new Set<string>();
  for (const m of messages) {
    const first = m.split(/[\s.[]/)[0];
    if (first && sent.has(first)) found.add(first);
    for (const key of sent) if (new RegExp(`\\b${key}\\b`).test(m)) found.add(key);
  }
  return [...found];
};

const sentKeys = (resp: HttpResponse): Set<string> => {
  const keys = new Set<string>();
  const req = resp.request as { body?: unknown; params?: Record<string, unknown>; url?: string };
  let body = req.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      body = undefined;
    }
  }
  const items = Array.isArray(body) ? body : [body];
  for (const item of items) if (item && typeof item === 'object') Object.keys(item).forEach((k) => keys.add(k));
  try {
    new URL(req.url ?? '', 'http://x').searchParams.forEach((_v, k) => keys.add(k));
  } catch {
    /* no query to read */
  }
  Object.keys(req.params ?? {}).forEach((k) => keys.add(k));
  return keys;
};

/** Seconds to wait before retrying a 429: Retry-After, else the reset header GHL sends, else its 10 s window. */
export const throttleDelay = (resp: HttpResponse): number => {
  const h = (name: string) => resp.headers.get(name);
  const retryAfter = h('retry-after');
  if (retryAfter) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs)) return Math.max(1, Math.ceil(secs));
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - Date.now()) / 1000));
  }
  // The daily quota outlasts any burst window: wait an hour rather than hammering a spent day.
  const daily = h('x-ratelimit-daily-remaining');
  if (daily !== null && Number(daily) <= 0) return 3600;
  for (const name of ['x-ratelimit-interval-milliseconds', 'x-ratelimit-reset']) {
    const v = Number(h(name));
    if (Number.isFinite(v) && v > 0) {
      if (name.endsWith('milliseconds')) return Math.max(1, Math.ceil(v / 1000));
      // A reset value is either an epoch (seconds or ms) or seconds-from-now.
      if (v > 1e12) return Math.max(1, Math.ceil((v - Date.now()) / 1000));
      if (v > 1e9) return Math.max(1, Math.ceil(v - Date.now() / 1000));
      return Math.ceil(v);
    }
  }
  return DEFAULT_THROTTLE_DELAY;
};

const describeIds = (ids: Record<string, string> | undefined): string => {
  const parts = Object.entries(ids ?? {})
    .filter(([k]) => k !== 'locationId')
    .map(([k, v]) => `${k} "${v}"`);
  return parts.length ? parts.join(', ') : '';
};

/**
 * Turns a GHL error response into the Zapier error a user can act on. Returns the response untouched when it is a
 * success. Runs as afterResponse middleware for every request, so it also covers dropdowns and the connection test.
 */
export const mapErrorResponse = (resp: HttpResponse, z: ZObject): HttpResponse => {
  const status = resp.status;
  if (status < 400) return resp;
  const ctx = (resp.request as { ghl?: RequestContext }).ghl;
  if (!ctx) return resp; // not an operation request (e.g. token endpoint): its caller handles the status
  const what = ctx.label;
  const messages = ghlMessages(resp);
  const said = messages.length ? ` GHL says: ${messages.map(sentence).join(' ')}` : '';
  const scopes = ctx.scopes?.length ? ctx.scopes.join(', ') : '';

  if (status === 401) {
    const text = messages.join(' ');
    if (/scope/i.test(text)) {
      throw new z.errors.Error(
        `${what} failed: this GHL connection is not authorized for the scope it needs${scopes ? ` (${scopes})` : ''}. ` +
          `Add the scope to your GHL Marketplace app, then reconnect your GHL account in Zapier.${said}`,
        'GHL_MISSING_SCOPE',
        status,
      );
    }
    if (/authClass|auth class|not yet supported/i.test(text)) {
      throw new z.errors.Error(
        `${what} failed: GHL does not accept this kind of connection for this endpoint. It needs ${agencyOrLocation(
          text,
        )}; reconnect with the right account type.${said}`,
        'GHL_WRONG_TOKEN_TYPE',
        status,
      );
    }
    // Expired or revoked access token: Zapier refreshes it (rotating the refresh token) and retries once.
    throw new z.errors.RefreshAuthError(`GHL rejected the access token for ${what}; refreshing the connection.`);
  }
  if (status === 403) {
    throw new z.errors.Error(
      `${what} was refused (403): the connected GHL account may not act on this ${
        ctx.ids?.locationId ? `location "${ctx.ids.locationId}"` : 'location or record'
      }${scopes ? `, or the app lacks the scope ${scopes}` : ''}. Check the sub-account's permissions and the Marketplace app's scopes, then reconnect.${said}`,
      'GHL_FORBIDDEN',
      status,
    );
  }
  if (status === 404) {
    const ids = describeIds(ctx.ids);
    throw new z.errors.Error(
      `${what}: GHL found no record${ids ? ` for ${ids}` : ''}. Check that the id is right and belongs to this location.${said}`,
      'GHL_NOT_FOUND',
      status,
    );
  }
  if (status === 429) {
    const delay = throttleDelay(resp);
    throw new z.errors.ThrottledError(
      `GHL's rate limit was reached during ${what} (100 requests per 10 seconds and 200,000 a day per location). Zapier will retry in ${delay} s.`,
      delay,
    );
  }
  if (status >= 500) {
    const code = status === 500 ? 'GHL had an internal error' : `GHL is temporarily unavailable (${status})`;
    // Gateway errors mean the request did not reach GHL: safe for Zapier to retry. A 500 on a write might have half
    // happened, so it is reported for the user to replay rather than retried automatically.
    if (status === 502 || status === 503 || status === 504) {
      throw new z.errors.ThrottledError(`${code} during ${what}. Zapier will retry in ${OUTAGE_DELAY} s.${said}`, OUTAGE_DELAY);
    }
    throw new z.errors.Error(
      `${code} during ${what} (HTTP ${status}). This is on GHL's side: try again in a few minutes, and replay the Zap run if it keeps failing.${said}`,
      'GHL_SERVER_ERROR',
      status,
    );
  }
  // 400, 409, 422 and other client errors: GHL's own validation messages, with the fields they name.
  const fields = fieldsNamed(messages, sentKeys(resp));
  const fieldHint = fields.length ? ` Check the field${fields.length > 1 ? 's' : ''}: ${fields.join(', ')}.` : '';
  throw new z.errors.Error(
    `${what} was rejected by GHL (HTTP ${status}).${said || ' GHL gave no reason.'}${fieldHint}`,
    status === 422 ? 'GHL_INVALID_INPUT' : 'GHL_BAD_REQUEST',
    status,
  );
};

const agencyOrLocation = (text: string) =>
  /company|agency/i.test(text) ? 'an agency (Company) connection' : 'a different connection type (agency or sub-account)';

/** Re-exported error classes, for code outside a perform that has no `z` at hand (e.g. tests). */
export const errors = zErrors;
