import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { callGhl } from './lib/client';
import { authorizeUrlFor, baseUrl, LOGIN_HOSTS } from './lib/config';
import { ghlMessages } from './lib/errors';
import { requiredScopes } from './registry';

/** Scopes requested at authorization: every scope an operation of the app declares (see README for the list). */
export const SCOPES = requiredScopes();

const ACCOUNT_TYPES = { Location: 'Sub-account (location)', Company: 'Agency (company)' };

/** POST /oauth/token, form-encoded as GHL requires (JSON bodies are rejected). */
const tokenRequest = async (z: ZObject, bundle: Bundle, grant: Record<string, string>) => {
  const form = new URLSearchParams({
    client_id: process.env.CLIENT_ID ?? '',
    client_secret: process.env.CLIENT_SECRET ?? '',
    user_type: String(bundle.authData?.userType || bundle.inputData?.accountType || 'Location'),
    ...grant,
  });
  const resp = (await z.request({
    url: `${baseUrl()}/oauth/token`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form.toString(),
    skipThrowForStatus: true,
  })) as HttpResponse;
  return resp;
};

/** The auth fields Zapier stores: GHL rotates the refresh token on every refresh, so it is stored every time. */
const authFields = (data: any, previous: Record<string, any> = {}) => ({
  access_token: data.access_token,
  refresh_token: data.refresh_token,
  locationId: data.locationId ?? previous.locationId ?? '',
  companyId: data.companyId ?? previous.companyId ?? '',
  userType: data.userType ?? previous.userType ?? 'Location',
  userId: data.userId ?? previous.userId ?? '',
});

const getAccessToken = async (z: ZObject, bundle: Bundle) => {
  const resp = await tokenRequest(z, bundle, {
    grant_type: 'authorization_code',
    code: String(bundle.inputData.code ?? ''),
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
  });
  if (resp.status >= 400 || !resp.data?.access_token) {
    const why = ghlMessages(resp).join(' ') || `HTTP ${resp.status}`;
    throw new z.errors.Error(
      `GHL did not accept the authorization (${why}). Check the Marketplace app's client id, secret and redirect URL, then connect again.`,
      'GHL_TOKEN_EXCHANGE',
      resp.status,
    );
  }
  return authFields(resp.data);
};

const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const resp = await tokenRequest(z, bundle, { grant_type: 'refresh_token', refresh_token: String(bundle.authData.refresh_token ?? '') });
  if (resp.status >= 400 || !resp.data?.access_token) {
    // A rejected refresh token (used twice, revoked, or the app uninstalled) cannot recover without the user.
    throw new z.errors.ExpiredAuthError(
      `GHL refused to refresh this connection (${ghlMessages(resp).join(' ') || `HTTP ${resp.status}`}). Reconnect your GHL account in Zapier.`,
    );
  }
  return authFields(resp.data, bundle.authData);
};

/**
 * The consent page URL: on the login host the user chose (white-label agencies log in on LeadConnector's), with the
 * scopes GHL's documented URL carries. Zapier appends nothing we do not set here but the redirect URL and state,
 * which we pass ourselves as before.
 */
const authorizeUrl = (_z: ZObject, bundle: Bundle) => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData?.redirect_uri ?? ''),
    scope: SCOPES.join(' '),
    state: String(bundle.inputData?.state ?? ''),
  });
  return `${authorizeUrlFor(bundle.inputData?.loginHost)}?${params}`;
};

/** Proves the token works and returns what the connection label shows. */
const test = async (z: ZObject, bundle: Bundle) => {
  const { locationId, companyId } = bundle.authData;
  if (locationId) {
    const data = await callGhl(z, {
      method: 'GET',
      path: '/locations/{locationId}',
      version: '2021-07-28',
      pathParams: { locationId },
      context: { label: 'Testing the GHL connection', scopes: ['locations.readonly'] },
    });
    const loc = data.location ?? data;
    // The label is the sub-account's name alone: ids mean nothing to the person picking a connection.
    return { id: loc.id ?? locationId, name: loc.name, email: loc.email, companyId: loc.companyId ?? companyId, label: loc.name || 'GHL sub-account' };
  }
  const data = await callGhl(z, {
    method: 'GET',
    path: '/companies/{companyId}',
    version: '2021-07-28',
    pathParams: { companyId },
    context: { label: 'Testing the GHL agency connection', scopes: ['companies.readonly'] },
  });
  const company = data.company ?? data;
  // Bulk installs give a Company token without locationId: this is a normal agency connection, labelled by name.
  return { id: company.id ?? companyId, name: company.name, email: company.email, label: company.name ? `${company.name} (agency)` : 'GHL agency' };
};

export default {
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
        'Create Location, New User with Email, New Sub-Account).',
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
    { key: 'locationId', type: 'string' as const, required: false, computed: true },
    { key: 'companyId', type: 'string' as const, required: false, computed: true },
    { key: 'userType', type: 'string' as const, required: false, computed: true },
    { key: 'userId', type: 'string' as const, required: false, computed: true },
  ],
  oauth2Config: {
    authorizeUrl,
    scope: SCOPES.join(' '),
    getAccessToken,
    refreshAccessToken,
    // Not Zapier's autoRefresh: GHL answers 401 also for a missing scope or the wrong token type, which refreshing
    // cannot fix. lib/errors.ts refreshes (RefreshAuthError) only for expired / invalid tokens and explains the rest.
    autoRefresh: false,
  },
  test,
  connectionLabel: (_z: ZObject, bundle: Bundle) => bundle.inputData.label ?? bundle.inputData.name,
};
