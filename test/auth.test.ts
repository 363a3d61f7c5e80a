/** OAuth2 against GHL: form-encoded token exchange, rotating refresh, rejected refresh, connection test and label. */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { requiredScopes } from '../registry';
import { DEFAULT_BASE_URL } from '../lib/config';

import { appTester, AUTH, errorText, interceptGhl, perform } from './support/harness';

const auth = App.authentication as any;
const TOKEN_RESPONSE = {
  access_token: 'new-access',
  token_type: 'Bearer',
  expires_in: 86399,
  refresh_token: 'new-refresh',
  scope: 'contacts.readonly',
  userType: 'Location',
  locationId: 'loc123',
  companyId: 'comp123',
  userId: 'user123',
};

beforeAll(() => {
  process.env.CLIENT_ID = 'client-id';
  process.env.CLIENT_SECRET = 'client-secret';
});

/** Captures the token request's form fields and headers. */
const tokenEndpoint = (status: number, response: unknown) => {
  const seen: { form?: Record<string, string>; contentType?: string; authorization?: string } = {};
  nock(DEFAULT_BASE_URL)
    .post('/oauth/token')
    .reply(function (_uri, body) {
      seen.form = Object.fromEntries(new URLSearchParams(String(body)));
      seen.contentType = String(this.req.headers['content-type']);
      seen.authorization = this.req.headers.authorization as string | undefined;
      return [status, response];
    });
  return seen;
};

test('authorize URL asks for every scope the operations declare', async () => {
  const url = new URL(
    (await appTester(auth.oauth2Config.authorizeUrl, {
      inputData: { redirect_uri: 'r', state: 's' },
    } as any)) as string,
  );
  expect(url.origin + url.pathname).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    response_type: 'code',
    client_id: 'client-id',
    scope: auth.oauth2Config.scope,
  });
  const scopes = auth.oauth2Config.scope.split(' ');
  expect(scopes).toEqual(requiredScopes());
  expect(scopes).toEqual(
    expect.arrayContaining([
      'contacts.readonly',
      'contacts.write',
      'locations.readonly',
      'locations/customFields.readonly',
    ]),
  );
});

test('code exchange posts a form-encoded body and keeps location, company and user type', async () => {
  const seen = tokenEndpoint(200, TOKEN_RESPONSE);
  const result = await appTester(auth.oauth2Config.getAccessToken, {
    inputData: { code: 'the-code', redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/' },
  } as any);
  expect(seen.contentType).toBe('application/x-www-form-urlencoded');
  expect(seen.authorization).toBeUndefined();
  expect(seen.form).toEqual({
    client_id: 'client-id',
    client_secret: 'client-secret',
    user_type: 'Location',
    grant_type: 'authorization_code',
    code: 'the-code',
    redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/',
  });
  expect(result).toEqual({
    access_token: 'new-access',
    refresh_token: 'new-refresh',
    locationId: 'loc123',
    companyId: 'comp123',
    userType: 'Location',
    userId: 'user123',
  });
});

test('an agency connection asks GHL for a Company token', async () => {
  const seen = tokenEndpoint(200, { ...TOKEN_RESPONSE, userType: 'Company', locationId: undefined });
  const result = await appTester(auth.oauth2Config.getAccessToken, {
    inputData: { code: 'c', redirect_uri: 'r', accountType: 'Company' },
  } as any);
  expect(seen.form?.user_type).toBe('Company');
  expect(result).toMatchObject({ userType: 'Company', locationId: '', companyId: 'comp123' });
});

test('a rejected code exchange says what to check, without secrets', async () => {
  tokenEndpoint(400, { error: 'invalid_grant', error_description: 'Invalid code' });
  const err = await appTester(auth.oauth2Config.getAccessToken, {
    inputData: { code: 'bad', redirect_uri: 'r' },
  } as any).catch((e: unknown) => e);
  const text = errorText(err);
  expect(text).toMatch(
    /GHL did not accept the authorization \(invalid_grant: Invalid code\)\. Check the Marketplace app's client id, secret and redirect URL/,
  );
  expect(text).not.toContain('client-secret');
});

test('refresh rotates the refresh token and keeps the connection fields', async () => {
  const seen = tokenEndpoint(200, {
    ...TOKEN_RESPONSE,
    access_token: 'rotated-access',
    refresh_token: 'rotated-refresh',
    locationId: undefined,
  });
  const result = await appTester(auth.oauth2Config.refreshAccessToken, { authData: { ...AUTH } } as any);
  expect(seen.form).toEqual({
    client_id: 'client-id',
    client_secret: 'client-secret',
    user_type: 'Location',
    grant_type: 'refresh_token',
    refresh_token: AUTH.refresh_token,
  });
  expect(result).toEqual({
    access_token: 'rotated-access',
    refresh_token: 'rotated-refresh',
    locationId: 'loc123',
    companyId: 'comp123',
    userType: 'Location',
    userId: 'user123',
  });
});

test('a refresh GHL rejects asks the user to reconnect (ExpiredAuthError)', async () => {
  tokenEndpoint(401, { statusCode: 401, message: 'Invalid refresh token' });
  // A fresh z.cache: no other run of this connection has just spent the refresh token (see the next test).
  const err: any = await appTester(auth.oauth2Config.refreshAccessToken, { authData: { ...AUTH } } as any, true).catch(
    (e: unknown) => e,
  );
  expect(err.name).toBe('ExpiredAuthError');
  expect(err.message).toMatch(
    /^GHL refused to refresh this connection \(Invalid refresh token\)\. Reconnect your GHL account in Zapier\./,
  );
});

test('two runs refreshing at once: the one GHL refuses (refresh token already rotated) takes the new tokens of the other', async () => {
  const tester = createAppTester(App); // one connection: its runs share z.cache
  const refresh = (authData: object) =>
    tester(auth.oauth2Config.refreshAccessToken, { authData } as any).catch((e: Error) => e);
  const rotated = { ...TOKEN_RESPONSE, access_token: 'rotated-access', refresh_token: 'rotated-refresh' };
  const refused = { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' };
  tokenEndpoint(200, rotated);
  tokenEndpoint(400, refused);
  const first = await refresh({ ...AUTH });
  const second = await refresh({ ...AUTH });
  expect(first).toMatchObject({ access_token: 'rotated-access', refresh_token: 'rotated-refresh' });
  expect(second).toEqual(first);
  // A refresh token nobody spent successfully (another one, or the rotated one refused later) still ends the connection.
  tokenEndpoint(400, refused);
  tokenEndpoint(400, refused);
  for (const authData of [
    { ...AUTH, refresh_token: 'other-refresh' },
    { ...AUTH, ...rotated },
  ]) {
    const err = await refresh(authData);
    expect(err).toMatchObject({ name: 'ExpiredAuthError' });
  }
  expect(nock.isDone()).toBe(true);
});

test('connection test reads the location and labels the connection with its name', async () => {
  const seen = interceptGhl([
    {
      method: 'GET',
      path: '/locations/loc123',
      response: { location: { id: 'loc123', name: 'Deo Dental', email: 'a@b.c', companyId: 'comp123' } },
    },
  ]);
  const result = await appTester(auth.test, { authData: { ...AUTH } } as any);
  expect(seen.map((s) => [s.method, s.path, s.headers.version, s.headers.authorization])).toEqual([
    ['GET', '/locations/loc123', '2021-07-28', 'Bearer test-access-token'],
  ]);
  expect(result).toEqual({
    id: 'loc123',
    name: 'Deo Dental',
    email: 'a@b.c',
    companyId: 'comp123',
    label: 'Deo Dental',
  });
  expect(await appTester(auth.connectionLabel, { authData: { ...AUTH }, inputData: result } as any)).toBe('Deo Dental');
});

test('an agency connection is tested on its company', async () => {
  const seen = interceptGhl([
    { method: 'GET', path: '/companies/comp123', response: { company: { id: 'comp123', name: 'Deo Agency' } } },
  ]);
  const result: any = await appTester(auth.test, { authData: { ...AUTH, locationId: '', userType: 'Company' } } as any);
  expect(seen.map((s) => s.path)).toEqual(['/companies/comp123']);
  expect(result.label).toBe('Deo Agency (agency)');
});

test('an expired access token (401) makes Zapier refresh and retry', async () => {
  interceptGhl([
    {
      method: 'GET',
      path: '/contacts/c1',
      status: 401,
      response: { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized' },
    },
  ]);
  const err: any = await perform('get_contact', { contactId: 'c1' }).catch((e: unknown) => e);
  expect(err.name).toBe('RefreshAuthError');
});

test('a 401 for a missing scope is explained, not refreshed', async () => {
  interceptGhl([
    {
      method: 'GET',
      path: '/contacts/c1',
      status: 401,
      response: { statusCode: 401, message: 'The token is not authorized for this scope.' },
    },
  ]);
  const err: any = await perform('get_contact', { contactId: 'c1' }).catch((e: unknown) => e);
  expect(err.name).toBe('AppError');
  expect(errorText(err)).toBe(
    'Specific Contact Updated failed: this GHL connection is not authorized for the scope it needs (contacts.readonly). Add the scope to your GHL Marketplace app, then reconnect your GHL account in Zapier. GHL says: The token is not authorized for this scope.',
  );
});

test('a 401 for the wrong token class is explained, not refreshed', async () => {
  interceptGhl([
    {
      method: 'GET',
      path: '/contacts/c1',
      status: 401,
      response: { statusCode: 401, message: 'This authClass is not yet supported' },
    },
  ]);
  const err: any = await perform('get_contact', { contactId: 'c1' }).catch((e: unknown) => e);
  expect(errorText(err)).toMatch(/GHL does not accept this kind of connection for this endpoint/);
});

test('GHL\'s "authClass type is not allowed to access this scope" is the wrong token class, not a scope to add', async () => {
  interceptGhl([
    {
      method: 'GET',
      path: '/contacts/c1',
      status: 401,
      response: { statusCode: 401, message: 'This authClass type is not allowed to access this scope.' },
    },
  ]);
  const err: any = await perform('get_contact', { contactId: 'c1' }).catch((e: unknown) => e);
  expect(err.name).toBe('AppError');
  expect(errorText(err)).toBe(
    'Specific Contact Updated failed: GHL does not accept this kind of connection for this endpoint. It needs a different connection type (agency or sub-account); reconnect with the right account type. GHL says: This authClass type is not allowed to access this scope.',
  );
});
