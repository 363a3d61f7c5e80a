import type { GhlRecord } from './lib/op';
import type { Bundle, HttpRequestOptions, HttpResponse, ZObject } from 'zapier-platform-core';
import { callGhl, requestGhl, tokenAnswer } from './lib/client';
import { connectionCache, fingerprint, isAgencyConnection } from './lib/agency';
import { authorizeUrlFor, baseUrl, LOGIN_HOSTS } from './lib/config';
import {
  badAnswer,
  ghlMessages,
  networkFailure,
  retryLater,
  redactError,
  redirected,
  secretsOf,
  throttleDelay,
} from './lib/errors';
import { isEmpty } from './lib/values';

const ACCOUNT_TYPES = { Location: 'Sub-account (location)', Company: 'Agency (company)' };

/** POST /oauth/token, form-encoded as GHL requires (JSON bodies are rejected). */
const tokenRequest = async (z: ZObject, bundle: Bundle, grant: Record<string, string>, what: string) => {
  const form = new URLSearchParams({
    client_id: process.env.CLIENT_ID ?? '',
    client_secret: process.env.CLIENT_SECRET ?? '',
    user_type: String(bundle.authData?.userType || bundle.inputData?.accountType || 'Location'),
    ...grant,
  });
  return requestGhl(
    z,
    {
      url: `${baseUrl()}/oauth/token`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      skipThrowForStatus: true,
      // Our own 429 handling caps Retry-After (lib/errors.ts throttleDelay); core's would pass 10^9 s through.
      throwForThrottlingEarly: false,
      // The body carries the client secret and a grant: it never follows a redirect to wherever it points.
      redirect: 'manual',
    } as HttpRequestOptions & { url: string },
    what,
    // Asking for a token again is harmless: a lost connection is retried (refresh) or reported (code exchange).
    true,
  );
};

/** The token answer's JSON object, or undefined (empty, HTML, truncated JSON). */
const tokenData = (resp: HttpResponse): GhlRecord | undefined => {
  let data: unknown;
  try {
    data = resp.data;
  } catch {
    data = undefined;
  }
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as GhlRecord) : undefined;
};

/**
 * Why GHL refused, from the structured fields of its JSON answer only (`error`, `error_description`, `message`): a
 * raw or truncated token answer is never quoted, it may hold a fresh token.
 */
const tokenReason = (resp: HttpResponse): string => {
  const data = tokenData(resp);
  if (!data) return `HTTP ${resp.status}`;
  const code = typeof data.error === 'string' ? data.error.trim() : '';
  const detail = typeof data.error_description === 'string' ? data.error_description.trim() : '';
  if (code || detail) return [code, detail].filter(Boolean).join(': ');
  return ghlMessages({ data, content: '' }).join(' ') || `HTTP ${resp.status}`;
};

/** Secrets to mask: the connection's and the app's, plus whatever tokens the answer itself carried. */
const secretsFor = (bundle: Bundle, resp?: HttpResponse): string[] => {
  const data = resp ? tokenData(resp) : undefined;
  return secretsOf({ ...bundle.authData }).concat(
    secretsOf({ access_token: data?.access_token, refresh_token: data?.refresh_token }),
  );
};

/** The ids a token answer may carry, stored as text (an object would be sent as "[object Object]"). */
const ID_KEYS = ['locationId', 'companyId', 'userType', 'userId'];

/**
 * The auth fields Zapier stores. GHL rotates the refresh token on every refresh; an answer without one keeps ours.
 * An answer without userType is typed by its ids (isAgencyConnection's rule): a companyId without a locationId is an
 * agency, never stored as "Location" (the steps would then send the agency token to its sub-accounts).
 */
const authFields = (data: GhlRecord, previous: GhlRecord = {}) => {
  const locationId = data.locationId ?? previous.locationId ?? '';
  const companyId = data.companyId ?? previous.companyId ?? '';
  return {
    access_token: data.access_token,
    refresh_token: isEmpty(data.refresh_token) ? previous.refresh_token : data.refresh_token,
    locationId,
    companyId,
    userType:
      data.userType ?? previous.userType ?? (isAgencyConnection({ locationId, companyId }) ? 'Company' : 'Location'),
    userId: data.userId ?? previous.userId ?? '',
  };
};

const getAccessToken = async (z: ZObject, bundle: Bundle) => {
  const what = 'Connecting GHL';
  let resp: HttpResponse | undefined;
  try {
    try {
      resp = await tokenRequest(
        z,
        bundle,
        {
          grant_type: 'authorization_code',
          code: String(bundle.inputData.code ?? ''),
          redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
        },
        what,
      );
    } catch (e) {
      // The user is at the screen: a lost connection is a sentence to act on, not a silent retry.
      const why =
        networkFailure(e) ?? (e instanceof z.errors.ThrottledError ? 'the connection to GHL was lost' : undefined);
      if (why)
        throw new z.errors.Error(
          `${what} failed: ${why}. Try connecting again in a minute.`,
          'GHL_TOKEN_EXCHANGE',
          503,
        );
      throw e;
    }
    const { status } = resp;
    // GHL failing is no reason to doubt the app's settings: the user is told to try again, as for a lost connection.
    // 408 too: the request was not taken in time (Zapier retries 408 on a token refresh).
    if (status === 408 || status === 429 || status >= 500) {
      const why = status === 429 ? "GHL's rate limit was reached" : 'GHL is having trouble';
      const wait = status === 429 ? Math.ceil(throttleDelay(resp) / 60) : 1;
      throw new z.errors.Error(
        `${what} failed: ${why} (HTTP ${status}). Try connecting again in ${wait > 1 ? `${wait} minutes` : 'a minute'}.`,
        'GHL_TOKEN_EXCHANGE',
        status,
      );
    }
    // Not a refusal of the app's settings: GHL's token endpoint answered from elsewhere.
    if (status >= 300 && status < 400) throw redirected(z, what, resp);
    const data = tokenData(resp);
    if (status >= 300 || (typeof data?.error === 'string' && !data.access_token)) {
      throw new z.errors.Error(
        `GHL did not accept the authorization (${tokenReason(resp)}). Check the Marketplace app's client id, secret and redirect URL, then connect again.`,
        'GHL_TOKEN_EXCHANGE',
        status,
      );
    }
    const answer = tokenAnswer(resp, ['access_token', 'refresh_token'], ID_KEYS);
    if (!answer.data) throw badAnswer(z, what, answer.problem, true);
    // Without either the connection would not know where to work (its test would ask for an empty companyId).
    if (isEmpty(answer.data.locationId) && isEmpty(answer.data.companyId))
      throw badAnswer(z, what, 'named neither a sub-account (locationId) nor an agency (companyId)', true);
    return authFields(answer.data);
  } catch (e) {
    throw redactError(e, secretsFor(bundle, resp));
  }
};

/**
 * Two runs of one connection whose access token expired together refresh with the same refresh token. GHL rotates it,
 * so the later refresh is refused (invalid_grant) although the connection is fine, and a refused refresh marks the
 * connection stale: every Zap on it stops until the user reconnects. So each refresh leaves its answer in z.cache for
 * the connection, under a hash of the refresh token it spent, for a few minutes; a refusal looks there first (again
 * after a second, for an answer still on its way) and takes the same new tokens.
 */
const HANDOFF_SECONDS = 600;
const HANDOFF_WAIT_MS = 1000;
const handoffKey = (refreshToken: string) => `ghl-refreshed:v1:${fingerprint(refreshToken)}`;
const handedOff = async (z: ZObject, refreshToken: string): Promise<GhlRecord | undefined> => {
  for (const wait of [0, HANDOFF_WAIT_MS]) {
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    const fields = (await connectionCache.get(z, handoffKey(refreshToken))) as GhlRecord | null;
    if (typeof fields?.access_token === 'string' && typeof fields.refresh_token === 'string') return fields;
  }
  return undefined;
};

/**
 * Refreshes the access token. Only a definitive refusal ends the connection (ExpiredAuthError: the user must
 * reconnect): 400 / 401 from the token endpoint or an OAuth `invalid_grant` (refresh token used twice, revoked, or
 * the app uninstalled). GHL answers every refusal it knows with 400, with varying messages such as "Location is not
 * active" (GoHighLevel/highlevel-api-docs issue 249, maintainer: "We are sending 400 as status code in such case"). Everything else is a GHL blip that must not break every Zap of the account: a 429, a 5xx or
 * HTML page, an empty or token-less 200, a lost connection or a timeout become a ThrottledError, so Zapier refreshes
 * again later. (Zapier itself marks a connection stale on most 4xx refresh answers since 2025-09-08 and keeps
 * retrying 408/409/423/425/429 and 5xx: docs.zapier.com/platform/news/4xx-errors-refreshAccessToken.)
 */
const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const what = 'Refreshing the GHL connection';
  const spent = String(bundle.authData.refresh_token ?? '');
  let resp: HttpResponse | undefined;
  try {
    try {
      resp = await tokenRequest(z, bundle, { grant_type: 'refresh_token', refresh_token: spent }, what);
    } catch (e) {
      const why = networkFailure(e);
      throw why ? retryLater(z, `${what} failed`, why) : e;
    }
    const data = tokenData(resp);
    if (resp.status === 400 || resp.status === 401 || data?.error === 'invalid_grant') {
      // Refused because another run of this connection has just spent the same refresh token: its tokens are ours.
      const handed = spent ? await handedOff(z, spent) : undefined;
      if (handed) return handed;
      throw new z.errors.ExpiredAuthError(
        `GHL refused to refresh this connection (${tokenReason(resp)}). Reconnect your GHL account in Zapier.`,
      );
    }
    if (resp.status === 429) {
      const delay = throttleDelay(resp);
      throw new z.errors.ThrottledError(
        `GHL's rate limit was reached while ${what.toLowerCase()}. Zapier will retry in ${delay} s.`,
        delay,
      );
    }
    // A token answer GHL garbled (HTML, truncated, a token that is not text) is a blip too: never stored.
    const answer = resp.status >= 300 ? undefined : tokenAnswer(resp, ['access_token'], ['refresh_token', ...ID_KEYS]);
    if (!answer?.data) {
      throw retryLater(z, `${what} failed`, answer ? `GHL's answer ${answer.problem}` : `GHL gave HTTP ${resp.status}`);
    }
    const fields = authFields(answer.data, bundle.authData);
    if (spent) await connectionCache.set(z, handoffKey(spent), fields, HANDOFF_SECONDS);
    return fields;
  } catch (e) {
    throw redactError(e, secretsFor(bundle, resp));
  }
};

/**
 * The consent page URL: on the login host the user chose (white-label agencies log in on LeadConnector's), with the
 * scopes GHL's documented URL carries. Zapier appends nothing we do not set here but the redirect URL and state,
 * which we pass ourselves as before.
 */
const authorizeUrl = (scopes: string[]) => (_z: ZObject, bundle: Bundle) => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData?.redirect_uri ?? ''),
    scope: scopes.join(' '),
    state: String(bundle.inputData?.state ?? ''),
  });
  return `${authorizeUrlFor(bundle.inputData?.loginHost)}?${params}`;
};

/** Proves the token works and returns what the connection label shows (errors with secrets masked). */
const test = async (z: ZObject, bundle: Bundle) => {
  try {
    return await testConnection(z, bundle);
  } catch (e) {
    throw redactError(e, secretsOf(bundle.authData));
  }
};

const isText = (v: unknown): v is string => typeof v === 'string' && !isEmpty(v);

/**
 * The record a connection test reads (`{location}` / `{company}`, or the record itself at the top), with a text id or
 * name; undefined when GHL's 200 holds none (`{}`, `[]`, `{location: null}`, `{traceId}`).
 */
const testedRecord = (data: unknown, key: string): GhlRecord | undefined => {
  const usable = (v: unknown): v is GhlRecord =>
    !!v && typeof v === 'object' && !Array.isArray(v) && [(v as GhlRecord).id, (v as GhlRecord).name].some(isText);
  const inner = (data as GhlRecord | undefined)?.[key];
  return inner !== undefined ? (usable(inner) ? inner : undefined) : usable(data) ? data : undefined;
};
const testConnection = async (z: ZObject, bundle: Bundle) => {
  const { locationId, companyId } = bundle.authData;
  if (locationId) {
    const label = 'Testing the GHL connection';
    const data = await callGhl(z, {
      method: 'GET',
      path: '/locations/{locationId}',
      version: '2021-07-28',
      pathParams: { locationId },
      context: { label, scopes: ['locations.readonly'] },
    });
    const loc = testedRecord(data, 'location');
    if (!loc) throw badAnswer(z, label, 'had no "location" record', true);
    // The label is the sub-account's name alone: ids mean nothing to the person picking a connection.
    return {
      id: loc.id ?? locationId,
      name: loc.name,
      email: loc.email,
      companyId: loc.companyId ?? companyId,
      label: isText(loc.name) ? loc.name : 'GHL sub-account',
    };
  }
  const label = 'Testing the GHL agency connection';
  // A connection stored without either id (GHL's code exchange now refuses to make one) cannot work anywhere.
  if (isEmpty(companyId)) {
    throw new z.errors.ExpiredAuthError(
      'This GHL connection names neither a sub-account (locationId) nor an agency (companyId). Reconnect GHL in Zapier.',
    );
  }
  const data = await callGhl(z, {
    method: 'GET',
    path: '/companies/{companyId}',
    version: '2021-07-28',
    pathParams: { companyId },
    context: { label, scopes: ['companies.readonly'] },
  });
  const company = testedRecord(data, 'company');
  if (!company) throw badAnswer(z, label, 'had no "company" record', true);
  // Bulk installs give a Company token without locationId: this is a normal agency connection, labelled by name.
  return {
    id: company.id ?? companyId,
    name: company.name,
    email: company.email,
    label: isText(company.name) ? `${company.name} (agency)` : 'GHL agency',
  };
};

/**
 * The connection, asking for `scopes` at authorization: index.ts passes every scope an operation of the app declares
 * (registry.ts requiredScopes, listed in the README). Taken as a parameter so this module does not load the steps:
 * connection tests and token refreshes run without them (lib/lazy.ts).
 */
export const authenticationFor = (scopes: string[]) => ({
  type: 'oauth2' as const,
  fields: [
    {
      key: 'accountType',
      label: 'Account Type',
      required: false,
      choices: ACCOUNT_TYPES,
      default: 'Location',
      helpText:
        'Connect one sub-account, or your agency: an agency connection works in every sub-account where the app is ' +
        'installed (each step asks which one) and also runs the agency-only steps (New Snapshot, Agency Profile Updated, ' +
        'Create Sub-Account, New User with Email, New Sub-Account, Find Sub-Account).',
    },
    {
      key: 'loginHost',
      label: 'Login Page',
      required: false,
      choices: LOGIN_HOSTS,
      default: 'marketplace.gohighlevel.com',
      helpText:
        'Where you log in to approve the connection. White-label agencies whose users log in on LeadConnector choose ' +
        'LeadConnector; everyone else keeps GoHighLevel.',
    },
    // Filled from the token answer, never shown. `required: false` is said (an auth field is required unless it says
    // otherwise: zapier-platform-schema AuthFieldSchema); `type: 'string'`, Zapier's default, is not.
    { key: 'locationId', required: false, computed: true },
    { key: 'companyId', required: false, computed: true },
    { key: 'userType', required: false, computed: true },
    { key: 'userId', required: false, computed: true },
  ],
  oauth2Config: {
    authorizeUrl: authorizeUrl(scopes),
    scope: scopes.join(' '),
    getAccessToken,
    refreshAccessToken,
    // Not Zapier's autoRefresh: GHL answers 401 also for a missing scope or the wrong token type, which refreshing
    // cannot fix. lib/errors.ts refreshes (RefreshAuthError) only for expired / invalid tokens and explains the rest.
    autoRefresh: false,
  },
  test,
  connectionLabel: (_z: ZObject, bundle: Bundle) => bundle.inputData.label ?? bundle.inputData.name,
});
