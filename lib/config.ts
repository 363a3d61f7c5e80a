/** The GHL API v2 versions the spec declares; every operation names the one its spec file requires. */
export type ApiVersion = '2021-07-28' | '2021-04-15';

/** GHL's production API host, used unless GHL_API_BASE_URL points elsewhere (the emulator, a proxy). */
export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** Base URL of every request, read at call time so tests and the emulator can switch it per run. */
export const baseUrl = (): string => (process.env.GHL_API_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

/** Where users authorize the app; GHL sends them back to Zapier's redirect URL with `code`. */
const AUTHORIZE_URL = 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation';

const positive = (text: string | undefined, fallback: number): number => {
  const v = Number(text);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * Client-side timeout of one GHL request, in ms, headers and body together. Zapier gives a whole step 30 s
 * (docs.zapier.com/platform/build/operating-constraints): a silent socket becomes a clear error instead of Zapier
 * killing the step. GHL_REQUEST_TIMEOUT_MS overrides it (tests use a short one).
 */
export const requestTimeoutMs = (): number => positive(process.env.GHL_REQUEST_TIMEOUT_MS, 20_000);

/**
 * How long all of one step's requests may take together, in ms from its first request: each request's timeout is cut
 * to what is left (lib/client.ts requestGhl), so a step of several requests (a create and its lookup, two pages, a
 * token exchange and a send) ends with its own error before Zapier's 30 s limit. GHL_STEP_DEADLINE_MS overrides it.
 */
export const stepDeadlineMs = (): number => positive(process.env.GHL_STEP_DEADLINE_MS, 25_000);

/**
 * The login (consent) hosts GHL documents: its own, and LeadConnector for white-labelled agencies
 * (../shared/ghl-openapi/oauth-docs/Authorization.md "For White-labeled Auth URL flow"). Another platform's GHL
 * integration failed for white-label users because it hard-coded the first (activepieces/activepieces issue #4910:
 * "No integration found with the ID", fixed by switching to marketplace.leadconnectorhq.com). Only the consent page
 * moves: the token endpoint stays the API host (baseUrl).
 */
export const LOGIN_HOSTS = {
  'marketplace.gohighlevel.com': 'GoHighLevel (marketplace.gohighlevel.com)',
  'marketplace.leadconnectorhq.com': 'LeadConnector / white-label (marketplace.leadconnectorhq.com)',
} as const;

/**
 * The consent page URL on the chosen login host (GoHighLevel's when none or an unknown one is given). Only the listed
 * hosts: `in` would also take an object's inherited names (`constructor`, `__proto__`) as hosts.
 */
export const authorizeUrlFor = (host: unknown): string =>
  typeof host === 'string' && Object.hasOwn(LOGIN_HOSTS, host)
    ? `https://${host}/v2/oauth/chooselocation`
    : AUTHORIZE_URL;
