import type { HttpResponse, ZObject } from 'zapier-platform-core';
import { errors as zErrors } from 'zapier-platform-core';
import { channelName } from './readable';
import { andList, getPath } from './values';

/** What a request tells the error mapper about itself, so messages can name the operation, scopes and ids. */
export interface RequestContext {
  /** The operation's label, e.g. "Create Contact Task". */
  label: string;
  /** OAuth scopes the endpoint requires (from the spec). */
  scopes?: string[];
  /** Path parameters sent, e.g. { contactId: 'abc' }: a 404 names them. */
  ids?: Record<string, string>;
  /** The spec path template (`/opportunities/{id}`): a 404 names an `{id}` by the segment before it. */
  path?: string;
  /**
   * The call only reads (GET, or a POST search): safe for Zapier to replay, so gateway errors, resets and timeouts
   * become ThrottledErrors. A write is never replayed automatically: GHL may already have done it.
   */
  read?: boolean;
  /**
   * The step's inputs by wire name (a body or query key, a dotted body path, a path parameter), as the operation
   * factory declares them (lib/op.ts): a 4xx that names a wire key ("contactId must be a mongodb id") names the
   * input the Zap builder filled in ("Contact") instead. `secret`: the value is never quoted (a password).
   */
  inputs?: Record<string, { label: string; secret?: boolean }>;
  /** Sent with an agency connection's own token (lib/agency.ts): GHL's rate limits are then the agency's. */
  agency?: boolean;
}

/** Fallback delay (seconds) when GHL throttles without saying for how long: its burst window is 10 s. */
const DEFAULT_THROTTLE_DELAY = 10;
/** Delay (seconds) before Zapier retries after a GHL outage, a reset connection or a timeout. */
export const OUTAGE_DELAY = 60;
/**
 * Longest delay we hand Zapier in a ThrottledError. Zapier documents a cap (300 s) only for webhook-trigger
 * processing (zapier/zapier-platform packages/cli/README.md, "Handling Throttled Requests"); this app has polling
 * triggers and actions only, and the longest wait it ever chooses itself is the hour for a spent daily quota. A
 * Retry-After of 10^9 s would park the Zap run for decades, so anything above the hour is cut to the hour.
 */
export const MAX_THROTTLE_DELAY = 3600;

const BEARER = /(Bearer\s+)[\w.\-~+/]+=*/gi;
/** GHL access and refresh tokens are JWTs: a JWT-shaped run (even cut short) is never quoted. */
const JWT = /eyJ[\w-]{6,}(?:\.[\w-]*){0,2}/g;

/**
 * Tokens this process holds beyond a connection's own: the location tokens an agency connection obtained
 * (lib/agency.ts). They are in no authData, so neither core nor secretsOf's callers would know to mask them; every
 * message masks them like the connection's (bounded, as lib/agency.ts bounds the tokens it holds).
 */
const held = new Set<string>();
export const maskAlso = (token: unknown): void => {
  if (typeof token !== 'string' || held.has(token)) return;
  if (held.size >= 500) held.clear();
  held.add(token);
};

/**
 * The secrets of the connection and the app: access token, refresh token, the Marketplace client id / secret, and
 * the location tokens this process holds (maskAlso). Core already scrubs these from its HTTP logs
 * (zapier-platform-core src/tools/create-logger.js, buildSensitiveValues over authData and process.env); our own
 * messages are scrubbed here.
 */
export const secretsOf = (authData: Record<string, unknown> | undefined): string[] =>
  [authData?.access_token, authData?.refresh_token, process.env.CLIENT_SECRET, process.env.CLIENT_ID, ...held]
    .filter((v): v is string => typeof v === 'string' && v.trim().length >= 4)
    .sort((a, b) => b.length - a.length);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks bearer tokens, JWT-shaped strings and every given secret wherever it appears (inside words, URLs, JSON,
 * URL-encoded or JSON-escaped), so no message ever carries a credential.
 */
export const redact = (text: string, secrets: string[] = []): string => {
  let out = text.replace(BEARER, '$1[redacted]').replace(JWT, '[redacted]');
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
      out = out.replace(new RegExp(escapeRe(form), 'g'), '[redacted]');
    }
  }
  return out;
};

/** Masks secrets in a thrown error's message (z.errors carry their sentence inside a JSON message) in place. */
export const redactError = <T>(error: T, secrets: string[]): T => {
  const e = error as unknown as { message?: unknown; stack?: unknown; doNotContextify?: boolean };
  if (e && typeof e === 'object') {
    // Core would append "What happened" (URLs and the first 100 characters of GHL's answer) to errors without this
    // flag (zapier-platform-core src/middleware.js enrichErrorMessages): the sentence stays the user's sentence.
    e.doNotContextify = true;
    if (typeof e.message === 'string') e.message = redact(e.message, secrets);
    if (typeof e.stack === 'string') e.stack = redact(e.stack, secrets);
  }
  return error;
};

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
    add(d.errors);
    if (!out.length) add(d.error);
  } else if (typeof resp.content === 'string' && resp.content.trim() && !/^\s*</.test(resp.content)) {
    add(resp.content.slice(0, 300));
  }
  return [...new Set(out.map((m) => redact(m)))];
};

/**
 * JSON text parsed, a leading byte order mark ignored: core's JSON.parse refuses it (resp.data stays undefined), while
 * RFC 8259 (8.1) lets a parser ignore the BOM a sender must not add. A 2xx so written is GHL's answer all the same: a
 * create whose answer began with one was reported as maybe not done.
 */
export const parseJson = (text: string): unknown => JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const safeData = (resp: Pick<HttpResponse, 'data' | 'content'>): unknown => {
  try {
    return resp.data ?? (resp.content?.charCodeAt(0) === 0xfeff ? parseJson(resp.content) : undefined);
  } catch {
    return undefined;
  }
};

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * Keys GHL's validator messages name, limited to keys the request sent. A key spelled like code (`contactId`,
 * `error.code`) counts wherever it appears; a plain word (`message`, `type`, `email`) only where it is the subject of
 * the sentence ("email must be an email", "The email is invalid", "Invalid email"), since GHL's sentences use such
 * words for themselves ("Cannot send message …" is not about the Message field). A parent is dropped when one of its
 * dotted paths is named.
 */
const fieldsNamed = (messages: string[], sent: Iterable<string>): string[] => {
  const found = new Set<string>();
  const keys = [...sent];
  for (const m of messages) {
    for (const key of keys) {
      const k = escapeRe(key);
      const named = /^[a-z]+$/.test(key)
        ? new RegExp(
            `^${k}\\b|\\b${k}\\s+(?:must|should|is|are|has|have|cannot|can't|not)\\b|\\b(?:invalid|missing)\\s+${k}\\b`,
            'i',
          )
        : new RegExp(`(?<![\\w.])${k}(?![\\w])`);
      if (named.test(m)) found.add(key);
    }
  }
  return [...found].filter((k) => ![...found].some((other) => other.startsWith(`${k}.`)));
};

/** The JSON body a request sent, parsed (undefined when it is not JSON). */
const parsedBody = (resp: HttpResponse): unknown => {
  const body = (resp.request as { body?: unknown }).body;
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/** The parsed JSON body a request sent (its first item when it sent a list), or undefined. */
const sentBody = (resp: HttpResponse): Record<string, unknown> | undefined => {
  const parsed = parsedBody(resp);
  const body = Array.isArray(parsed) ? parsed[0] : parsed;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
};

/** The query a request sent, as [name, value] pairs. */
const sentQuery = (resp: HttpResponse): Array<[string, string]> => {
  try {
    return [...new URL((resp.request as { url?: string }).url ?? '', 'http://x').searchParams];
  } catch {
    return [];
  }
};

/**
 * What the request sent, by wire name: the body's keys and the declared inputs' dotted body paths, the query's keys,
 * and the path parameters (ctx.ids), each with its value.
 */
const sentValues = (resp: HttpResponse, ctx: RequestContext): Map<string, unknown> => {
  const values = new Map<string, unknown>();
  const req = resp.request as { params?: Record<string, unknown> };
  const body = sentBody(resp);
  if (body) {
    Object.entries(body).forEach(([k, v]) => values.set(k, v));
    for (const path of Object.keys(ctx.inputs ?? {})) {
      if (!path.includes('.')) continue;
      const v: unknown = getPath(body, path);
      if (v !== undefined) values.set(path, v);
    }
  }
  sentQuery(resp).forEach(([k, v]) => values.set(k, v));
  Object.entries(req.params ?? {}).forEach(([k, v]) => values.set(k, v));
  Object.entries(ctx.ids ?? {}).forEach(([k, v]) => values.set(k, v));
  return values;
};

/**
 * " Check the field "Contact" (sent "c 1")." for the keys a 4xx names: each by the step's input label (the wire key
 * where the step has no such input), with the value sent when it is one short value and not secret.
 */
const fieldHint = (keys: string[], sent: Map<string, unknown>, ctx: RequestContext): string => {
  if (!keys.length) return '';
  const named = keys.map((key) => {
    const input = ctx.inputs?.[key];
    if (!input) return ['locationId', 'companyId'].includes(key) ? `the connection's ${key}` : `"${key}"`;
    const v = sent.get(key);
    const one = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    return `"${input.label}"${!input.secret && one.trim() && one.length <= 40 ? ` (sent "${one}")` : ''}`;
  });
  return ` Check the field${named.length > 1 ? 's' : ''} ${andList(named)}.`;
};

/**
 * GHL's duplicate answer to a contact write other than a create (which returns the contact: lib/idempotency.ts), e.g.
 * Update Contact, or Find or Create Contact's update of a lead whose phone is another contact's: 400 "This location
 * does not allow duplicated contacts." with `meta: {contactId, contactName, matchingField}`. Its matching field (a key
 * the request sent) is the one to check, and the sentence names the contact that holds the value.
 */
const takenBy = (resp: HttpResponse, sent: Map<string, unknown>): { field: string; owner: string } | undefined => {
  const meta = (safeData(resp) as { meta?: Record<string, unknown> } | undefined)?.meta;
  const field = meta?.matchingField;
  if (typeof field !== 'string' || !sent.has(field) || typeof meta?.contactId !== 'string') return undefined;
  const name = typeof meta.contactName === 'string' && meta.contactName.trim() ? ` "${meta.contactName.trim()}"` : '';
  return { field, owner: ` Another contact${name} (ID "${meta.contactId}") already has it.` };
};

/** Channels that send to the contact's phone, and to its email (SendMessageBodyDto's `type`, plus calls). */
const PHONE_CHANNELS = /^(?:sms|rcs|whatsapp|call)$/i;
const EMAIL_CHANNEL = /^email$/i;

/**
 * GHL refusing to reach a contact: Do Not Disturb (DND) on, or no phone number / email address for the channel a
 * message goes out on. The sentence names the contact and what to change, with GHL's own words after it.
 *
 * Evidence: GHL's help centre ("Troubleshooting SMS Delivery", help.gohighlevel.com article 48000981696) lists "DND
 * is enabled for a contact on the message channel or overall" as the first reason HighLevel does not send a
 * message; Add Contact to Campaign answers a DND contact with 400 "<name> has dnd enabled, not starting campaign
 * '<name>'." (a third-party GHL API reference tested against a live location). GHL's exact words for a contact
 * without a phone or an email on POST /conversations/messages are not published (its spec documents a bare
 * BadRequestDTO), so those are matched conservatively: the message mentions the phone (email) and that it is missing,
 * not found, invalid or absent, it names no other field the request sent ("emailTo must be an email" is about that
 * field), and the message was not addressed to a number or address of its own (To Number / To Email).
 */
const unreachable = (ctx: RequestContext, resp: HttpResponse, messages: string[], named: string[]): string => {
  const body = sentBody(resp) ?? {};
  const contact = ctx.ids?.contactId ?? body.contactId;
  if (typeof contact !== 'string' || !contact.trim()) return '';
  if (named.some((k) => k !== 'contactId' && k !== 'type')) return '';
  const text = messages.join(' ');
  // Outbound messages only: an inbound one (Add Inbound Message) is logged, not sent to the contact.
  const channel = typeof body.type === 'string' && body.direction !== 'inbound' ? body.type : '';
  const noun = EMAIL_CHANNEL.test(channel)
    ? 'email'
    : /^sms$/i.test(channel)
      ? 'SMS'
      : `${channelName(channel)} message`;
  const a = /^(?:[aeiou]|SMS|RCS)/i.test(noun) ? 'an' : 'a';
  const who = `Contact "${contact}"`;
  // DND being on ("DND is active for SMS", "has dnd enabled"), not any mention of it ("Cannot update DND …").
  if (/\b(?:dnd|do[\s-]not[\s-]disturb)\s+(?:is\s+)?(?:enabled|active|on)\b/i.test(text)) {
    return channel
      ? `${who} has Do Not Disturb (DND) on, so GHL will not send it ${a} ${noun}. Turn DND off for this channel on the contact in GHL only if they agreed to hear from you again, or choose another channel.`
      : `${who} has Do Not Disturb (DND) on, so GHL refused this step for it. Turn DND off on the contact in GHL only if they agreed to hear from you again, or leave this contact out.`;
  }
  const absent = /\b(?:no|not|missing|invalid|empty|required|without|doesn't)\b/i;
  if (
    PHONE_CHANNELS.test(channel) &&
    body.toNumber === undefined &&
    /\b(?:phone|mobile)\b/i.test(text) &&
    absent.test(text)
  )
    return `${who} has no phone number GHL can send ${a} ${noun} to: add or correct the contact's phone in GHL, or choose another channel.`;
  if (EMAIL_CHANNEL.test(channel) && body.emailTo === undefined && /\be-?mail\b/i.test(text) && absent.test(text))
    return `${who} has no email address GHL can send an email to: add or correct the contact's email in GHL, or choose another channel.`;
  return '';
};

/**
 * Seconds to wait before retrying a 429: Retry-After, else an hour when the daily quota is spent, else GHL's interval
 * or reset header, else its 10 s window; always a whole number between 1 s and MAX_THROTTLE_DELAY.
 */
export const throttleDelay = (resp: Pick<HttpResponse, 'headers'>): number =>
  Math.min(MAX_THROTTLE_DELAY, Math.max(1, Math.ceil(rawThrottleDelay(resp))));

/** The wait the headers ask for, in seconds (finite, not yet rounded or bounded). */
const rawThrottleDelay = (resp: Pick<HttpResponse, 'headers'>): number => {
  const h = (name: string) => resp.headers.get(name);
  const retryAfter = h('retry-after');
  if (retryAfter) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs)) return secs;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return (at - Date.now()) / 1000;
  }
  // The daily quota outlasts any burst window: wait an hour rather than hammering a spent day.
  const daily = h('x-ratelimit-daily-remaining');
  if (daily !== null && Number(daily) <= 0) return 3600;
  const interval = Number(h('x-ratelimit-interval-milliseconds'));
  if (Number.isFinite(interval) && interval > 0) return interval / 1000;
  // A reset value is either an epoch (seconds or ms) or seconds-from-now.
  const reset = Number(h('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    if (reset > 1e12) return (reset - Date.now()) / 1000;
    return reset > 1e9 ? reset - Date.now() / 1000 : reset;
  }
  return DEFAULT_THROTTLE_DELAY;
};

/** `opportunities` → `opportunity`, `notes` → `note`: what one record of a path segment is called. */
const singular = (segment: string) => segment.replace(/ies$/, 'y').replace(/s$/, '');

/** The record an `{id}` path parameter stands for, by the segment before it (`/opportunities/{id}` → `opportunity`). */
const idRecord = (path = ''): string | undefined => {
  const segment = /\/([^/{}]+)\/\{id\}/.exec(path)?.[1];
  return segment && singular(segment);
};

/**
 * How a 404 names one id: the connection's location and company by what they are, an id the step's inputs hold by
 * the input's label (what the Zap builder filled in), any other `{id}` by its path segment.
 */
const nameOf = (key: string, value: string | string[], ctx: RequestContext): string => {
  const label = ctx.inputs?.[key]?.label ?? key;
  if (Array.isArray(value))
    return `${label} ${value
      .slice(0, 5)
      .map((v) => `"${v}"`)
      .join(', ')}${value.length > 5 ? ` and ${value.length - 5} more` : ''}`;
  if (key === 'locationId' || key === 'location_id') return `sub-account (location) "${value}"`;
  if (key === 'companyId') return `agency (company) "${value}"`;
  if (key !== 'id' || ctx.inputs?.id) return `${label} "${value}"`;
  const record = idRecord(ctx.path);
  return record ? `${record} id "${value}"` : `id "${value}"`;
};

/**
 * Ids in a request's JSON body or query (`contactId`, `locationId`): scalar values of `…Id` / `…_id` keys, and lists of
 * ids under `ids` / `…Ids` (a bulk update's contacts: the first five, then how many more).
 */
const sentIds = (resp: HttpResponse): Array<[string, string | string[]]> => {
  const found: Array<[string, string | string[]]> = [];
  const add = (k: string, v: unknown) => {
    if (/(?:Id|_id)$/.test(k) && (typeof v === 'string' || typeof v === 'number') && String(v).trim())
      found.push([k, String(v)]);
    if (/(?:^ids|Ids)$/.test(k) && Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) {
      found.push([k, v]);
    }
  };
  const body = parsedBody(resp);
  if (body && typeof body === 'object' && !Array.isArray(body)) Object.entries(body).forEach(([k, v]) => add(k, v));
  sentQuery(resp).forEach(([k, v]) => add(k, v));
  return found;
};

/**
 * What a 404 did not find: the path's ids (the record and its parents, or the sub-account when that is all the path
 * holds), else the ids the request sent in its body or query (a create's contactId, the connection's location).
 * Record ids come first, the sub-account / agency last.
 */
const notFound = (
  ctx: RequestContext,
  resp: HttpResponse,
  named?: Array<[string, string | string[]]>,
): { ids: string; onlyConnection: boolean } => {
  const fromPath: Array<[string, string | string[]]> = Object.entries(ctx.ids ?? {});
  const entries = named ?? (fromPath.length ? fromPath : sentIds(resp));
  const isConnection = ([k]: readonly [string, unknown]) => ['locationId', 'location_id', 'companyId'].includes(k);
  const ordered = [...entries.filter((e) => !isConnection(e)), ...entries.filter(isConnection)];
  const unique = [...new Map(ordered.map(([k, v]) => [`${k}=${v}`, [k, v] as const])).values()];
  return {
    ids: unique.map(([k, v]) => nameOf(k, v, ctx)).join(', '),
    onlyConnection: unique.length > 0 && unique.every(isConnection),
  };
};

/** A 5xx as a phrase, with its status. */
const serverTrouble = (status: number) =>
  `${
    status === 500
      ? 'GHL had an internal error'
      : status === 408
        ? 'GHL did not take the request in time'
        : 'GHL is temporarily unavailable'
  } (HTTP ${status})`;

/** GHL's own words in an error answer (ghlMessages), as " GHL says: …." (empty when it said nothing readable). */
export const ghlSays = (messages: string[]) =>
  messages.length ? ` GHL says: ${messages.map(sentence).join(' ')}` : '';

/** A write answered with a 5xx or 408, as mayHaveHappened's `why` and `said` (lib/idempotency.ts adds what it looked up). */
export const serverFailure = (resp: HttpResponse) => ({
  why: serverTrouble(resp.status),
  said: ghlSays(ghlMessages(resp)),
});

/**
 * GHL saying that the record a request names by its id does not exist: a 404; a 400 "… not found" (GHL's specs
 * document 400, never 404, for their GET-by-id calls, e.g. `GET /contacts/{contactId}`), unless it names the
 * connection's sub-account or company; a 401 "The user does not exist." for a user id, GHL's answer to
 * `GET /users/{userId}` (GoHighLevel/highlevel-api-docs issue #205), which is no expired token.
 */
export const noSuchRecord = (resp: HttpResponse, ids: Record<string, string> = {}): boolean => {
  if (resp.status === 404) return true;
  if (resp.status !== 400 && resp.status !== 401) return false;
  const text = ghlMessages(resp).join(' ');
  if (resp.status === 400)
    return (
      /\bnot found\b|\bdoes not exist\b|\bno\s+\w+(?:\s+\w+)?\s+(?:was\s+)?found\b/i.test(text) &&
      !/\b(location|company)\b/i.test(text)
    );
  return resp.status === 401 && ids.userId !== undefined && /\buser does not exist\b/i.test(text);
};

/** What an id names: `contactId` → "contact", `pipelineStageId` → "pipeline stage", `{id}` by its path segment. */
const recordName = (key: string, path = ''): string => {
  const base = key === 'id' ? (idRecord(path) ?? '') : key.replace(/(?:Ids?|_ids?|_id)$/, '');
  return base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
};

/**
 * The ids a 400 "… not found" is about: GHL's specs document 400, not 404, for a record that does not exist
 * (`PUT /contacts/{contactId}` answers "Contact not found"). An id the request sent (path, body or query) counts
 * when GHL's words name its record as the missing one ("Contact not found", "No contact found", "Contact with id …
 * not found"), so the step says which id to check; a 400 about anything else ("Pipeline stage not found" on an
 * update of an opportunity, "Contact phone not found") keeps the 400 sentence and its field hint.
 */
const missingRecords = (resp: HttpResponse, ctx: RequestContext): Array<[string, string | string[]]> => {
  if (resp.status !== 400 || !noSuchRecord(resp)) return [];
  const text = ghlMessages(resp).join(' ');
  const sent: Array<[string, string | string[]]> = [...Object.entries(ctx.ids ?? {}), ...sentIds(resp)];
  return sent.filter(([key]) => {
    const name = recordName(key, ctx.path);
    if (!name || ['location', 'company'].includes(name)) return false;
    const words = name.split(' ').map(escapeRe).join('[\\s_-]*');
    return new RegExp(
      `\\b(?:${words}(?:\\s*id)?(?:\\s+with\\s+(?:the\\s+)?id\\b[^.]*?)?\\s+(?:was\\s+)?(?:not\\s+found|does\\s+not\\s+exist)|no\\s+${words}\\s+(?:was\\s+)?found)\\b`,
      'i',
    ).test(text);
  });
};

/**
 * Turns a GHL error response into the Zapier error a user can act on. Returns the response untouched when it is a
 * success. Runs as afterResponse middleware for every request, so it also covers dropdowns and the connection test.
 */
export const mapErrorResponse = (resp: HttpResponse, z: ZObject): HttpResponse => {
  if (resp.status < 300) return resp;
  const ctx = (resp.request as { ghl?: RequestContext }).ghl;
  if (!ctx) return resp; // not an operation request (e.g. token endpoint): its caller handles the status
  // GHL's 401 for a user id that does not exist is a missing record: refreshing the token would not find it. So is
  // its 400 "Contact not found" for an id the request sent.
  const missing = missingRecords(resp, ctx);
  const status = (resp.status === 401 && noSuchRecord(resp, ctx.ids)) || missing.length ? 404 : resp.status;
  const what = ctx.label;
  const messages = ghlMessages(resp);
  const said = ghlSays(messages);
  const scopes = ctx.scopes?.length ? ctx.scopes.join(', ') : '';

  if (status === 401) {
    const text = messages.join(' ');
    // The token class first: GHL's "This authClass type is not allowed to access this scope." (an agency token on a
    // sub-account endpoint) also names a scope, but adding scopes to the app cannot fix it.
    if (/authClass|auth class|not yet supported/i.test(text)) {
      throw new z.errors.Error(
        `${what} failed: GHL does not accept this kind of connection for this endpoint. It needs ${agencyOrLocation(
          text,
        )}; reconnect with the right account type.${said}`,
        'GHL_WRONG_TOKEN_TYPE',
        status,
      );
    }
    if (/scope/i.test(text)) {
      throw new z.errors.Error(
        `${what} failed: this GHL connection is not authorized for the scope it needs${scopes ? ` (${scopes})` : ''}. ` +
          `Add the scope to your GHL Marketplace app, then reconnect your GHL account in Zapier.${said}`,
        'GHL_MISSING_SCOPE',
        status,
      );
    }
    // Expired or revoked access token: Zapier refreshes it (rotating the refresh token) and retries once.
    throw new z.errors.RefreshAuthError(`GHL rejected the access token for ${what}; refreshing the connection.`);
  }
  if (status === 403) {
    throw new z.errors.Error(
      `${what} was refused (403): the connected GHL account may not act on this ${
        ctx.ids?.locationId ? `sub-account "${ctx.ids.locationId}"` : 'sub-account or record'
      }${scopes ? `, or the app lacks the scope ${scopes}` : ''}. Check the sub-account's permissions and the Marketplace app's scopes, then reconnect.${said}`,
      'GHL_FORBIDDEN',
      status,
    );
  }
  if (status === 404) {
    const { ids, onlyConnection } = notFound(ctx, resp, missing.length ? missing : undefined);
    const check = onlyConnection
      ? 'Check that it exists and the app is installed there, or reconnect GHL'
      : `Check that ${ids.includes(', ') ? 'each id' : 'the id'} is right and belongs to this sub-account`;
    throw new z.errors.Error(
      `${what}: GHL found no record${ids ? ` for ${ids}` : ''}. ${check}.${said}`,
      'GHL_NOT_FOUND',
      status,
    );
  }
  if (status === 429) {
    const delay = throttleDelay(resp);
    throw new z.errors.ThrottledError(
      `GHL's rate limit was reached during ${what} (100 requests per 10 seconds and 200,000 a day per ${ctx.agency ? 'agency' : 'sub-account'}). Zapier will retry in ${delay} s.`,
      delay,
    );
  }
  if (status >= 500) {
    const code = serverTrouble(status);
    if (!ctx.read) throw mayHaveHappened(z, what, code, said);
    // Gateway errors on a read: nothing was changed, so Zapier may simply ask again later. A 500 can be GHL failing
    // on these particular inputs every time, so it is reported rather than retried forever.
    if (status === 502 || status === 503 || status === 504) {
      throw new z.errors.ThrottledError(
        `${code} during ${what}. Zapier will retry in ${OUTAGE_DELAY} s.${said}`,
        OUTAGE_DELAY,
      );
    }
    throw new z.errors.Error(
      `${code} during ${what}. This is on GHL's side: try again in a few minutes, and replay the Zap run if it keeps failing.${said}`,
      'GHL_SERVER_ERROR',
      status,
    );
  }
  if (status >= 300 && status < 400) throw redirected(z, what, resp);
  // 408: the request was not taken in time (RFC 9110 15.5.9: the client may repeat it), by GHL or a proxy before it. A
  // read changed nothing, so Zapier asks again (it retries 408 itself on a token refresh). A write's outcome is
  // unknown, as after a 5xx: a proxy's 408 can come after GHL took the request, so it is not retried blindly either.
  if (status === 408) {
    if (!ctx.read) throw mayHaveHappened(z, what, serverTrouble(status), said);
    throw new z.errors.ThrottledError(
      `${serverTrouble(status)} during ${what}. Zapier will retry in ${OUTAGE_DELAY} s.`,
      OUTAGE_DELAY,
    );
  }
  // 400, 409, 422 and other client errors: GHL's own validation messages, with the inputs they name by label.
  const sent = sentValues(resp, ctx);
  const taken = takenBy(resp, sent);
  const fields = [...new Set([...fieldsNamed(messages, sent.keys()), ...(taken ? [taken.field] : [])])];
  const code = status === 422 ? 'GHL_INVALID_INPUT' : 'GHL_BAD_REQUEST';
  const contact = unreachable(ctx, resp, messages, fields);
  if (contact) throw new z.errors.Error(`${what}: ${contact}${said}`, code, status);
  throw new z.errors.Error(
    `${what} was rejected by GHL (HTTP ${status}).${said || ' GHL gave no reason.'}${fieldHint(fields, sent, ctx)}${taken?.owner ?? ''}`,
    code,
    status,
  );
};

/**
 * A 3xx answer: requests go out with redirect: 'manual' (lib/client.ts, the token endpoints too), so the token and the
 * body never follow a redirect, and another host's answer is never taken for GHL's.
 */
export const redirected = (z: ZObject, what: string, resp: HttpResponse) => {
  const to = redirectHost(resp);
  return new z.errors.Error(
    `${what}: GHL answered with a redirect (HTTP ${resp.status})${to ? ` to ${to}` : ''}, which this app does not follow so your token and data stay with GHL. ` +
      `Check GHL_API_BASE_URL / the path, or try again later.`,
    'GHL_REDIRECT',
    resp.status,
  );
};

const redirectHost = (resp: HttpResponse): string => {
  try {
    const location = resp.headers.get('location');
    return location ? new URL(location, (resp.request as { url?: string }).url).host : '';
  } catch {
    return '';
  }
};

/**
 * The error for a write whose outcome is unknown (a gateway error, a reset connection, a timeout, an unreadable
 * answer): GHL may or may not have done it, so the user is told what to check. A HaltedError, because Zapier's
 * Autoreplay replays only Errored runs (a z.errors.Error), up to 5 times, and never Halted ones (help.zapier.com
 * "What is replay?"): a replay would write a second time whenever the first one went through. The user can still
 * replay it by hand after checking.
 */
export const mayHaveHappened = (z: ZObject, what: string, why: string, said = '') =>
  new z.errors.HaltedError(
    `${what}: ${why}. GHL may or may not have carried it out: check in GHL before replaying this Zap run, or it may happen twice.${said}`,
  );

/** The error for a read that got no answer: nothing changed at GHL, so Zapier asks again after OUTAGE_DELAY. */
export const retryLater = (z: ZObject, what: string, why: string) =>
  new z.errors.ThrottledError(`${what}: ${why}. Zapier will retry in ${OUTAGE_DELAY} s.`, OUTAGE_DELAY);

/** Zapier's error types a step's later request may end in, whose sentence afterWrite can lead with what was done. */
const STEP_ERRORS = ['AppError', 'ThrottledError', 'HaltedError', 'RefreshAuthError'];

/**
 * The error of a request a step makes after one of its writes went through: its sentence starts with `done` (what GHL
 * now holds, e.g. "The contact (c1) was saved, but its tags were not added."). It keeps its type while running the
 * whole step again is safe (Zapier retries a throttled step and refreshes an expired token; the user replays after a
 * fix). `noReplay` says why running it again is not (it would write a second time): then the error becomes a
 * HaltedError ending with that sentence, since Zapier's retries and Autoreplay never run a Halted step. Errors of
 * other kinds pass through.
 */
export const afterWrite = (z: ZObject, e: unknown, done: string, noReplay?: string): unknown => {
  const name = (e as Error)?.name;
  if (!STEP_ERRORS.includes(name)) return e;
  // AppError and ThrottledError carry their sentence (and code, status or delay) as JSON in their message.
  const info = (['AppError', 'ThrottledError'].includes(name) ? errorInfo(e) : { message: (e as Error).message }) as
    { message?: string; code?: string; status?: number; delay?: number } | undefined;
  const said = `${done} ${info?.message ?? ''}`.trim();
  if (noReplay) {
    // What Zapier would have done next (retry, refresh and retry) no longer happens.
    const told = said.replace(/ Zapier will retry in \d+ s\./, '').replace(/; refreshing the connection\.$/, '.');
    return new z.errors.HaltedError(`${told} ${noReplay}`);
  }
  if (name === 'AppError') return new z.errors.Error(said, info?.code, info?.status);
  if (name === 'ThrottledError') return new z.errors.ThrottledError(said, info?.delay);
  return name === 'HaltedError' ? new z.errors.HaltedError(said) : new z.errors.RefreshAuthError(said);
};

/**
 * A request the step had no time left to send (lib/client.ts requestGhl): nothing of it reached GHL, so Zapier may
 * run the step again, unless an earlier write of the step did reach GHL.
 */
export const outOfTime = (z: ZObject, what: string, wrote: boolean) => {
  const why = "GHL answered too slowly for Zapier's 30 s step limit, so the step stopped before its next request";
  const e = wrote ? mayHaveHappened(z, what, why) : retryLater(z, what, why);
  Object.defineProperty(e, 'outOfTime', { value: true, enumerable: false });
  return e;
};

/**
 * The message, code and status of a z.errors.Error (core writes them as JSON into its message); undefined for any
 * other error.
 */
export const errorInfo = (e: unknown): { message?: string; code?: string; status?: number } | undefined => {
  try {
    const info: unknown = JSON.parse((e as Error)?.message);
    return info && typeof info === 'object' ? info : undefined;
  } catch {
    return undefined;
  }
};

/** The step stopped for lack of time before this request (outOfTime). */
export const ranOutOfTime = (e: unknown): boolean => (e as { outOfTime?: boolean } | undefined)?.outOfTime === true;

/** Network failures node-fetch reports (zapier-platform-core 19 ships node-fetch 2.7: FetchError / AbortError). */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

/** What went wrong on the wire, as a phrase; undefined when the error is not a network failure. */
export const networkFailure = (e: unknown): string | undefined => {
  const err = e as { name?: string; type?: string; code?: string; errno?: string; message?: string };
  if (!err || typeof err !== 'object') return undefined;
  const code = err.code ?? err.errno;
  if (
    err.name === 'AbortError' ||
    err.type === 'request-timeout' ||
    err.type === 'body-timeout' ||
    code === 'ETIMEDOUT' ||
    code === 'ESOCKETTIMEDOUT'
  ) {
    return 'GHL did not answer in time';
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return "GHL's API host could not be found (DNS)";
  if (code === 'ECONNREFUSED') return "GHL's API host refused the connection";
  if (err.name === 'FetchError' || (code && NETWORK_CODES.has(code))) return 'the connection to GHL was lost';
  return undefined;
};

/**
 * Failures before the request could leave: GHL's host was not found (DNS) or refused the connection (a reused
 * connection is never refused: a new one is being opened). Nothing was sent, so even a write may simply be retried.
 */
const NOT_SENT = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED']);

/**
 * A network failure as the Zapier error for this call: a read, or a write that never left (NOT_SENT), becomes a
 * ThrottledError (Zapier asks again later); any other write says it may or may not have happened.
 */
export const networkError = (z: ZObject, e: unknown, what: string, read: boolean): Error | undefined => {
  const why = networkFailure(e);
  if (!why) return undefined;
  const err = e as { code?: string; errno?: string };
  if (!read && NOT_SENT.has(String(err.code ?? err.errno))) return retryLater(z, what, why);
  const mapped = read ? retryLater(z, what, why) : mayHaveHappened(z, what, why);
  // Callers that recover from a lost answer (lib/idempotency.ts looks the record up) recognise it by this phrase.
  Object.defineProperty(mapped, 'lostAnswer', { value: why, enumerable: false });
  return mapped;
};

/** The phrase of a network failure mapped by networkError (or a raw one), else undefined. */
export const lostAnswer = (e: unknown): string | undefined =>
  (e as { lostAnswer?: string } | undefined)?.lostAnswer ?? networkFailure(e);

/**
 * A 2xx whose body is not what the operation reads (not JSON, empty, or without the record / list / id): never a
 * success. For a write, GHL may still have done it.
 */
export const badAnswer = (z: ZObject, what: string, problem: string, read: boolean) =>
  read
    ? new z.errors.Error(
        `${what}: GHL's answer ${problem}, so there is nothing reliable to return. Try again in a few minutes; if it keeps happening, GHL may have changed this endpoint.`,
        'GHL_BAD_RESPONSE',
        502,
      )
    : mayHaveHappened(z, what, `GHL's answer ${problem}`);

const agencyOrLocation = (text: string) =>
  /company|agency/i.test(text)
    ? 'an agency (Company) connection'
    : 'a different connection type (agency or sub-account)';

/** Re-exported error classes, for code that has no `z` at hand (lib/agency.ts chosenSubAccount reads a bundle only). */
export const errors = zErrors;
