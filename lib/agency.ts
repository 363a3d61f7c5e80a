/**
 * Agency connections: one Company (agency) connection works in every sub-account the app is installed in.
 *
 * GHL's location endpoints refuse an agency token ("This authClass is not yet supported"). Its own SDK solves this by
 * exchanging the agency token for a location token (`POST /oauth/locationToken`, ../shared/ghl-openapi/apps/oauth.json,
 * security Agency-Access-Only + oauth.write) and listing where the app is installed (`GET /oauth/installedLocations`,
 * oauth.readonly) — GoHighLevel/highlevel-api-sdk lib/HighLevel.ts handleLocationTokenFallback. We do the same:
 *
 * - every step that needs a sub-account gets a "Sub-Account" dropdown first (only on agency connections: a
 *   sub-account connection sees no extra field and makes no extra request);
 * - the step's requests carry that sub-account's id wherever the connection's locationId went, and the beforeRequest
 *   middleware below signs them with a location token for it;
 * - location tokens are cached in z.cache per agency + location until shortly before they expire, and are never
 *   written into the connection's authData.
 */
import { createHash } from 'node:crypto';
import { isGhlUrl, onRefusedToken, pathValue, requestGhl, tokenAnswer } from './client';
import type { Bundle, HttpRequestOptions, HttpResponse, ZObject } from 'zapier-platform-core';
import { baseUrl } from './config';
import {
  badAnswer,
  errors,
  ghlMessages,
  maskAlso,
  OUTAGE_DELAY,
  redactError,
  redirected,
  secretsOf,
  throttleDelay,
  type RequestContext,
} from './errors';
import { InputError, isEmpty } from './values';

/** The input key of the "Sub-Account" dropdown. Not a GHL field: it is never sent to GHL as such. */
const SUB_ACCOUNT_KEY = 'subAccountId';

/** Version header of the OAuth endpoints (../shared/ghl-openapi/apps/oauth.json). */
const OAUTH_VERSION = '2021-07-28';

/** A location token is refreshed this long before GHL says it expires (clock skew, a long step, Zapier's queue). */
export const EXPIRY_MARGIN_SECONDS = 300;

/** When GHL omits expires_in: its access tokens live a day (ghl-openapi/oauth-docs/Faqs.md). */
const DEFAULT_LIFETIME_SECONDS = 86_399;

/** The connection's stored fields (Zapier's authData). */
type Auth = Record<string, unknown> | undefined;
type AuthData = Record<string, unknown>;

/**
 * An agency connection: GHL issued a Company token. Bulk installs (now GHL's default for agency installs) answer the
 * code exchange with a Company token and no locationId at all (GoHighLevel/highlevel-api-docs issue #294), so a
 * connection without locationId but with a companyId is an agency connection too.
 */
export const isAgencyConnection = (auth: Auth): boolean =>
  auth?.userType === 'Company' || (isEmpty(auth?.locationId) && !isEmpty(auth?.companyId));

/** A value mapped from an earlier step that Zapier has not filled in: the Zap editor passes "{{154897813__id}}" to
 * input fields and dropdowns (zapier/zapier-platform issue #362). No token can be had for it. */
const UNFILLED = /\{\{[^{}]*\}\}/;

/** The Sub-Account on an agency connection holds an unfilled mapping (the Zap editor, before the Zap runs). */
export const subAccountUnfilled = (bundle: Pick<Bundle, 'authData' | 'inputData'>): boolean =>
  isAgencyConnection(bundle.authData) &&
  UNFILLED.test(String((bundle.inputData as Record<string, unknown> | undefined)?.[SUB_ACCOUNT_KEY] ?? ''));

/**
 * The sub-account chosen in the step, on an agency connection (undefined otherwise). A value that is no id (an object,
 * a list, `.`, an unfilled mapping) is refused naming the field, never sent as "[object Object]". Thrown as Zapier's
 * error directly: this runs before the factory's error mapping (the step's bundle, its input fields).
 */
export const chosenSubAccount = (bundle: Pick<Bundle, 'authData' | 'inputData'> | undefined): string | undefined => {
  if (!bundle || !isAgencyConnection(bundle.authData)) return undefined;
  const v = (bundle.inputData as Record<string, unknown> | undefined)?.[SUB_ACCOUNT_KEY];
  if (isEmpty(v)) return undefined;
  let id: string;
  try {
    id = pathValue('"Sub-Account"', v).trim();
  } catch (e) {
    throw e instanceof InputError ? new errors.Error(e.message, 'INVALID_INPUT', 400) : e;
  }
  if (UNFILLED.test(id))
    throw new errors.Error(
      `The "Sub-Account" holds ${id}, a value mapped from an earlier step that has none here: when the Zap runs, ` +
        `that step must give a sub-account's ID; to list a sub-account's records here, pick it instead (or map this ` +
        `field too).`,
      'INVALID_INPUT',
      400,
    );
  return id;
};

/**
 * The bundle a step's own code sees: on an agency connection with a chosen sub-account, `authData.locationId` is that
 * sub-account, so every place that puts the connection's locationId into a request (paths, queries, bodies, hooks,
 * custom-field loaders) uses it without knowing about agencies. A copy: the stored connection is never changed. It
 * stays typed as the agency connection it is (userType), or the step's own code would take it for a sub-account
 * connection and send the agency token.
 */
export const withSubAccount = <T extends Pick<Bundle, 'authData' | 'inputData'>>(bundle: T): T => {
  const sub = chosenSubAccount(bundle);
  if (!sub || bundle.authData?.locationId === sub) return bundle;
  return { ...bundle, authData: { ...bundle.authData, locationId: sub, userType: 'Company' } };
};

/**
 * The bundle an agency-only step sees: without the step's sub-account. Zapier passes a step's values to its dropdowns,
 * so the Sub-Account dropdown sees the sub-account already chosen; it acts for the agency, and asking a token for that
 * one (the app since uninstalled there, a typed name) would fail the very list the user picks another one from.
 */
export const withoutSubAccount = <T extends Pick<Bundle, 'authData' | 'inputData'>>(bundle: T): T => {
  const { [SUB_ACCOUNT_KEY]: dropped, ...inputData } = (bundle.inputData ?? {}) as Record<string, unknown>;
  if (dropped === undefined) return bundle;
  return { ...bundle, inputData };
};

/** The chosen sub-account as input data to carry into a later invocation (a dehydrated file download). */
export const subAccountInputOf = (bundle: Pick<Bundle, 'authData' | 'inputData'>): Record<string, string> => {
  const sub = chosenSubAccount(bundle);
  return sub ? { [SUB_ACCOUNT_KEY]: sub } : {};
};

/** What a declaration says about sub-accounts (see `subAccountMode`). */
interface SubAccountFacts {
  agencyOnly?: boolean;
  company?: 'query' | 'body';
  subAccount?: 'required' | 'optional' | 'none';
}

/**
 * Whether a step needs a sub-account on an agency connection. Agency-only steps and steps that send the companyId
 * (GHL accepts an agency token for those: spec security Agency-Access) run with the agency token. Every other
 * operation needs a location token — also those whose request carries no locationId (Get Contact by ID): their spec
 * security is `bearer`, "the Access Token generated with user type as Sub-Account" (securitySchemes of every
 * ../shared/ghl-openapi/apps/*.json). A declaration can say otherwise with `subAccount`.
 */
export const subAccountMode = (decl: SubAccountFacts): 'required' | 'optional' | 'none' =>
  decl.subAccount ?? (decl.agencyOnly || decl.company ? 'none' : 'required');

/** The "Sub-Account" dropdown (agency connections only), placed before the step's other fields. */
const subAccountField = (required: boolean) => ({
  key: SUB_ACCOUNT_KEY,
  label: 'Sub-Account',
  type: 'string' as const,
  required,
  dynamic: 'sub_account_choices.id.name',
  search: 'find_sub_account.id',
  // The step's other dropdowns and custom fields list the chosen sub-account's records.
  altersDynamicFields: true,
  helpText: 'Pick it first: the fields below list its records. Only sub-accounts with the app installed are shown.',
});

/** The input field function a step's inputFields start with: the dropdown on agency connections, nothing otherwise. */
export const subAccountInput = (decl: SubAccountFacts) => {
  const mode = subAccountMode(decl);
  if (mode === 'none') return undefined;
  return (_z: ZObject, bundle: Bundle) =>
    isAgencyConnection(bundle.authData) ? [subAccountField(mode === 'required')] : [];
};

/**
 * The Marketplace app id GET /oauth/installedLocations requires. A GHL client id is `<appId>-<suffix>`; GHL's SDK
 * derives the app id the same way (GoHighLevel/highlevel-api-sdk lib/webhook/webhook-manager.ts,
 * lib/storage/memory-session-storage.ts: `clientId.split('-')[0]`). GHL_APP_ID overrides it.
 */
export const appId = (): string =>
  String(process.env.GHL_APP_ID || String(process.env.CLIENT_ID ?? '').split('-')[0]).trim();

// ---- location tokens

interface CachedToken {
  access_token: string;
  /** Epoch ms at which GHL stops accepting it. */
  expiresAt: number;
}

/** A short one-way hash: a cache key names a token without containing it. */
export const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * The z.cache key of a location token. z.cache is shared by every run of the integration in one Zapier account, and
 * we also scope it to the connection (`['auth']`); the key adds the agency, the location and a hash of the agency
 * token, so a token is only ever read back by the connection whose agency token obtained it (another connection of
 * the same account cannot compute the key) and a refreshed agency token starts a fresh entry.
 */
export const tokenCacheKey = (companyId: string, locationId: string, agencyToken: string) =>
  `ghl-location-token:v1:${companyId}:${locationId}:${fingerprint(agencyToken)}`;

/** z.cache scope: per connection (core's create-cache accepts 'user' and 'auth'). */
const CACHE_SCOPE = ['auth'];

/**
 * Tokens this process already holds, by cache key (the key contains a hash of the agency token, so only the holder of
 * that token can hit an entry). Spares a z.cache round trip for every request of a step; bounded, expiry-checked.
 */
const held = new Map<string, CachedToken>();
const MAX_HELD = 500;
const hold = (key: string, token: CachedToken) => {
  if (held.size >= MAX_HELD) held.clear();
  held.set(key, token);
};
/** Exchanges under way, so parallel requests of one step share one. */
const pending = new Map<string, Promise<string>>();

/**
 * Core's z.cache with the scope (after the key and the ttl) and `nx` (set only when absent) arguments its type leaves
 * out (zapier-platform-core create-cache.js).
 */
export type CacheApi = {
  get: (key: string, scope?: string[]) => Promise<unknown>;
  set: (key: string, value: unknown, ttl?: number, scope?: string[], nx?: boolean) => Promise<unknown>;
  delete: (key: string, scope?: string[]) => Promise<unknown>;
};
const cacheOf = (z: Pick<ZObject, 'cache'>) => (z as unknown as { cache?: CacheApi }).cache;

/**
 * z.cache as a convenience: `get` is null when the entry or the cache is missing or fails (e.g. a local invoke), `set`
 * gives up silently. `scope` ['auth']: the connection's own entries; omitted: the Zapier account's.
 */
export const quietCache = (scope?: string[]) => ({
  get: async (z: Pick<ZObject, 'cache'>, key: string): Promise<unknown> => {
    try {
      return (await cacheOf(z)?.get(key, scope)) ?? null;
    } catch {
      return null;
    }
  },
  set: async (z: Pick<ZObject, 'cache'>, key: string, value: unknown, ttl: number): Promise<void> => {
    try {
      await cacheOf(z)?.set(key, value, ttl, scope);
    } catch {
      /* not cached: a convenience */
    }
  },
});

/** z.cache scoped to the connection, for what only its own runs may read back (tokens, under keys that hash a token). */
export const connectionCache = quietCache(CACHE_SCOPE);

const fresh = (t: CachedToken | null | undefined, margin: number): t is CachedToken =>
  !!t &&
  typeof t.access_token === 'string' &&
  typeof t.expiresAt === 'number' &&
  Date.now() < t.expiresAt - margin * 1000;

/**
 * A still-fresh token from this process or z.cache (no request): one that outlives `margin` seconds. A step picks its
 * token with the full margin; its requests then use that token until GHL's own expiry, so one that crosses the margin
 * mid-step, or that GHL issued for less than the margin, is not lost between the step's requests.
 */
const known = async (
  z: Pick<ZObject, 'cache'>,
  key: string,
  margin = EXPIRY_MARGIN_SECONDS,
): Promise<string | undefined> => {
  const mine = held.get(key);
  if (fresh(mine, margin)) {
    maskAlso(mine.access_token);
    return mine.access_token;
  }
  // No cache available (e.g. a local invoke): exchange every run.
  const cached = (await connectionCache.get(z, key)) as CachedToken | null;
  if (!fresh(cached, margin)) return undefined;
  hold(key, cached);
  maskAlso(cached.access_token);
  return cached.access_token;
};

const keyFor = (auth: AuthData, locationId: string) =>
  tokenCacheKey(String(auth.companyId), locationId, String(auth.access_token ?? ''));

/**
 * The name GHL knows a sub-account by (for error sentences), from GET /oauth/installedLocations?locationId=…; the id
 * when that is not available. `unknown` when GHL's list for that id is empty: the agency has no such sub-account (a
 * mistyped id, a name, another agency's id). Only called when something already went wrong; bounded by the client's
 * timeout.
 */
const describeSubAccount = async (
  z: ZObject,
  auth: AuthData,
  locationId: string,
): Promise<{ name: string; unknown?: boolean }> => {
  try {
    // requestGhl: within the step's deadline and the client's timeout, like every other request.
    const resp = await requestGhl(
      z,
      {
        url: `${baseUrl()}/oauth/installedLocations`,
        method: 'GET',
        params: { companyId: auth.companyId, appId: appId(), locationId },
        headers: { Version: OAUTH_VERSION, Accept: 'application/json', Authorization: `Bearer ${auth.access_token}` },
        skipThrowForStatus: true,
        redirect: 'manual',
      } as HttpRequestOptions & { url: string },
      `Naming sub-account "${locationId}"`,
      true,
    );
    const listed =
      resp.status < 300
        ? (resp.data as { locations?: Array<{ _id?: string; id?: string; name?: string }> } | undefined)?.locations
        : undefined;
    if (Array.isArray(listed) && !listed.length) return { name: `"${locationId}"`, unknown: true };
    const found = (Array.isArray(listed) ? listed : []).find((l) => (l?._id ?? l?.id) === locationId);
    if (found?.name) return { name: `"${found.name}" (${locationId})` };
  } catch {
    /* the sentence falls back to the id */
  }
  return { name: `"${locationId}"` };
};

/** POST /oauth/locationToken: form-encoded companyId + locationId with the agency token. */
const exchange = async (z: ZObject, auth: AuthData, locationId: string): Promise<CachedToken> => {
  // requestGhl: a lost connection or a timeout is a ThrottledError (asking for a token again is harmless), never a
  // raw FetchError; the agency token in the header never follows a redirect.
  const resp = (await requestGhl(
    z,
    {
      url: `${baseUrl()}/oauth/locationToken`,
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        Version: OAUTH_VERSION,
        Authorization: `Bearer ${auth.access_token}`,
      },
      body: new URLSearchParams({ companyId: String(auth.companyId), locationId }).toString(),
      // Statuses are read here: the sentences name the sub-account, which the generic mapper cannot.
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
      redirect: 'manual',
    } as HttpRequestOptions & { url: string },
    `Getting the token of sub-account "${locationId}"`,
    true,
  )) as unknown as HttpResponse;
  if (resp.status >= 300) throw await exchangeError(z, auth, locationId, resp);
  // A 200 that is no usable token (HTML, truncated, null, no or a non-text access_token) is GHL failing, not a refusal.
  const answer = tokenAnswer(resp, ['access_token']);
  if (!answer.data) throw badAnswer(z, `Getting the token of sub-account "${locationId}"`, answer.problem, true);
  const token = String(answer.data.access_token);
  maskAlso(token);
  const lifetime = Number(answer.data.expires_in) > 0 ? Number(answer.data.expires_in) : DEFAULT_LIFETIME_SECONDS;
  return { access_token: token, expiresAt: Date.now() + lifetime * 1000 };
};

/** The error a refused exchange becomes: a sentence naming the sub-account and what to do. */
const exchangeError = async (z: ZObject, auth: AuthData, locationId: string, resp: HttpResponse): Promise<Error> => {
  // GHL's structured fields of its JSON only (no `content`): a token endpoint's raw or truncated body is never quoted.
  const messages = ghlMessages({ data: resp.data, content: '' });
  const said = messages.length ? ` GHL says: ${messages.join(' ')}` : '';
  const status = resp.status;
  // Not a refusal: telling the user to install the app would send them looking in the wrong place.
  if (status < 400) return redirected(z, `Getting the token of sub-account "${locationId}"`, resp);
  if (status === 429) {
    const delay = throttleDelay(resp);
    return new z.errors.ThrottledError(
      `GHL's rate limit was reached while getting the token of sub-account "${locationId}" (100 requests per 10 ` +
        `seconds and 200,000 a day per agency). Zapier will retry in ${delay} s.`,
      delay,
    );
  }
  if (status === 408 || status === 502 || status === 503 || status === 504) {
    return new z.errors.ThrottledError(
      `GHL is temporarily unavailable (HTTP ${status}) while getting a sub-account token. Zapier will retry in ${OUTAGE_DELAY} s.`,
      OUTAGE_DELAY,
    );
  }
  if (status >= 500) {
    return new z.errors.Error(
      `GHL had an internal error (HTTP ${status}) while getting a token for sub-account "${locationId}". Try again in a few minutes.${said}`,
      'GHL_SERVER_ERROR',
      status,
    );
  }
  const text = messages.join(' ');
  if (status === 401 && /scope/i.test(text)) {
    return new z.errors.Error(
      `This agency connection may not get sub-account tokens: it lacks the scope oauth.write. Add oauth.write and ` +
        `oauth.readonly to your GHL Marketplace app, then reconnect the agency in Zapier.${said}`,
      'GHL_MISSING_SCOPE',
      status,
    );
  }
  // An expired or invalid agency token is refreshed, even when GHL's sentence mentions the location.
  if (
    status === 401 &&
    (/jwt|expired/i.test(text) || !/authClass|auth class|not yet supported|location|install/i.test(text))
  ) {
    // The agency token itself expired: Zapier refreshes the connection and retries; the new agency token then gets
    // its own location tokens (the cache key includes its hash).
    return new z.errors.RefreshAuthError(
      'GHL rejected the agency access token while getting a sub-account token; refreshing the connection.',
    );
  }
  const { name, unknown } = await describeSubAccount(z, auth, locationId);
  const fix = unknown
    ? `GHL lists no sub-account with that id in this agency: pick the sub-account from the step's "Sub-Account" ` +
      `list, or map the ID of one of this agency's sub-accounts (not its name).`
    : `The app is probably not installed in that sub-account: install it there from the GHL Marketplace (or include ` +
      `the sub-account when the agency installs the app), or pick another sub-account in the step.`;
  return new z.errors.Error(
    `GHL refused a token for sub-account ${name} (HTTP ${status}). ${fix}${said}`,
    'GHL_SUB_ACCOUNT_REFUSED',
    status,
  );
};

/**
 * The location token for `locationId`: held by this process, else from z.cache, else a fresh exchange that is then
 * cached until shortly before it expires. Needs the full z (the exchange is a request), so step code calls it —
 * `prepareSubAccount` — before its requests; the middleware then only reads it back.
 */
export const locationToken = async (z: ZObject, bundle: Bundle, locationId: string, renew = false): Promise<string> => {
  const auth = bundle.authData as AuthData;
  if (isEmpty(auth?.companyId)) {
    throw new z.errors.Error(
      'This agency connection has no companyId, so GHL cannot give it a sub-account token. Reconnect GHL choosing your agency.',
      'GHL_NO_COMPANY',
      400,
    );
  }
  const key = keyFor(auth, locationId);
  const have = renew ? undefined : await known(z, key);
  if (have) return have;
  const running = pending.get(key);
  if (running) return running;
  const job = (async () => {
    let token: CachedToken;
    try {
      token = await exchange(z, auth, locationId);
    } catch (e) {
      // Every path (a step, its input fields, a hydrator) gets the agency's tokens masked, whatever GHL echoed.
      throw redactError(e, secretsOf(auth));
    }
    hold(key, token);
    const ttl = Math.floor((token.expiresAt - Date.now()) / 1000) - EXPIRY_MARGIN_SECONDS;
    // Caching is an optimisation: the token is still good for this run.
    if (ttl > 0) await connectionCache.set(z, key, token, ttl);
    return token.access_token;
  })();
  pending.set(key, job);
  try {
    return await job;
  } finally {
    pending.delete(key);
  }
};

/** OAuth endpoints keep the agency token (the exchange itself, installed locations) or carry none (token endpoint). */
const isOauthEndpoint = (url: string) => /\/oauth\//.test(url.slice(baseUrl().length));

/** The bundle of each step with a sub-account (keyed by its z.request), and the one renewal of its token. */
const steps = new WeakMap<object, { bundle: Bundle; renewal?: Promise<string> }>();

/** Makes sure the step's sub-account token is at hand before the step's requests (no-op elsewhere). */
export const prepareSubAccount = async (z: ZObject, bundle: Bundle): Promise<void> => {
  const sub = chosenSubAccount(bundle);
  if (!sub) return;
  const key = z.request as unknown as object;
  if (key && !steps.has(key)) steps.set(key, { bundle });
  await locationToken(z, bundle, sub);
};

/**
 * A location token GHL refuses (401) before its expiry (revoked) says nothing about the agency token: refreshing the
 * agency connection would drop every sub-account's cached token (their keys hash it) and, with GHL rotating refresh
 * tokens, risk the connection for all of them. So the step exchanges once more (one exchange per step, shared by its
 * requests, cached for later runs) and sends the request again; refused again, the sentence names the sub-account.
 * An expired agency token still asks Zapier to refresh it: the exchange itself is then refused (exchangeError).
 */
onRefusedToken(async (z, url, e, again) => {
  const step = steps.get(z.request as unknown as object);
  const sub = step && chosenSubAccount(step.bundle);
  if (!step || !sub || !isGhlUrl(url) || isOauthEndpoint(url)) throw e;
  step.renewal ??= locationToken(z, step.bundle, sub, true);
  await step.renewal;
  try {
    return await again();
  } catch (second) {
    if (!(second instanceof z.errors.RefreshAuthError)) throw second;
    const { name } = await describeSubAccount(z, step.bundle.authData as AuthData, sub);
    throw redactError(
      new z.errors.Error(
        `GHL rejected the token of sub-account ${name} (HTTP 401), also a new one. Check that the app is still ` +
          `installed there and the sub-account is active, or pick another sub-account in the step.`,
        'GHL_SUB_ACCOUNT_REFUSED',
        401,
      ),
      secretsOf(step.bundle.authData),
    );
  }
});

/** Forgets every token this process holds (tests: a fresh process). */
export const forgetHeldTokens = () => held.clear();

/**
 * beforeRequest middleware (runs before addAuthHeaders): on an agency connection, a request made by a step that has a
 * sub-account chosen is signed with that sub-account's location token. Core hands middleware a z without `request`,
 * so the token was obtained by the step beforehand (prepareSubAccount); here it is only read back. Everything else is
 * left to addAuthHeaders (the connection's own token). A sub-account connection never gets past the first check.
 */
export const useSubAccountToken = async (
  request: HttpRequestOptions,
  z: ZObject,
  bundle: Bundle,
): Promise<HttpRequestOptions> => {
  const sub = chosenSubAccount(bundle);
  const url = String((request as { url?: string }).url ?? '');
  // isGhlUrl compares parsed origins (a look-alike host that merely starts with the base URL gets no token).
  if (!sub || !isGhlUrl(url) || isOauthEndpoint(url)) {
    // The agency token signs it (addAuthHeaders): GHL counts it against the agency's rate limits (lib/errors.ts).
    const ghl = (request as { ghl?: RequestContext }).ghl;
    if (ghl && isAgencyConnection(bundle.authData)) Object.assign(request, { ghl: { ...ghl, agency: true } });
    return request;
  }
  request.headers = request.headers ?? {};
  if (request.headers.Authorization || request.headers.authorization) return request;
  const token = await known(z, keyFor(bundle.authData as AuthData, sub), 0);
  if (!token) {
    // Only code that skipped prepareSubAccount gets here: fail with a sentence rather than send the agency token.
    throw new z.errors.Error(
      `No token for sub-account "${sub}" was at hand for this request. Run the step again; if it keeps failing, reconnect the agency.`,
      'GHL_SUB_ACCOUNT_TOKEN',
      500,
    );
  }
  request.headers.Authorization = `Bearer ${token}`;
  return request;
};
