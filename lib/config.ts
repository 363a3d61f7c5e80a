/** The GHL API v2 versions the spec declares; every operation names the one its spec file requires. */
export type ApiVersion = '2021-07-28' | '2021-04-15';

/** GHL's production API host, used unless GHL_API_BASE_URL points elsewhere (the emulator, a proxy). */
export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** Base URL of every request, read at call time so tests and the emulator can switch it per run. */
export const baseUrl = (): string => (process.env.GHL_API_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

/** Where users authorize the app; GHL sends them back to Zapier's redirect URL with `code`. */
export const AUTHORIZE_URL = 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation';
