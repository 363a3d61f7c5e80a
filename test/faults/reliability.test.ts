/**
 * Reliability beyond the per-operation fault matrix: OAuth refresh and code-exchange failures, the connection test,
 * paging that ends instead of repeating page 1, redirects and host checks for token-bearing requests, Retry-After
 * bounds, secret masking and dropdown robustness.
 */
import nock from 'nock';
import App from '../../index';
import { addAuthHeaders, callGhl } from '../../lib/client';
import { DEFAULT_BASE_URL } from '../../lib/config';
import { MAX_THROTTLE_DELAY, redact, secretsOf, throttleDelay } from '../../lib/errors';
import { appTester, errorText, withLocalGhl } from '../support/harness';
import { expectNoSecret, FAULT_AUTH, runAlone, SECRETS } from '../support/faults';

const auth = App.authentication as any;
const json = { 'Content-Type': 'application/json' };

/** A page of 500 contacts as GHL's contact search answers New Contact: newest first, a second apart from `now`. */
const contactPage = (from: number, now = Date.now()) =>
  Array.from({ length: 500 }, (_, i) => {
    const t = now - (from + i) * 1000;
    return { id: `c${from + i}`, dateAdded: new Date(t).toISOString(), searchAfter: [t, `c${from + i}`] };
  });

/** An inbound SMS of GHL's message export, `ago` seconds old. */
const inboundSms = (id: string, ago: number) => ({
  id,
  direction: 'inbound',
  messageType: 'TYPE_SMS',
  dateAdded: new Date(Date.now() - ago * 1000).toISOString(),
});
const parsed = (e: any) => JSON.parse(e.message);

beforeEach(() => {
  process.env.GHL_REQUEST_TIMEOUT_MS = '10000';
});

describe('OAuth refresh: only a definitive refusal ends the connection', () => {
  const refresh = () =>
    appTester(auth.oauth2Config.refreshAccessToken, { authData: { ...FAULT_AUTH } } as any).then(
      (r: unknown) => ({ result: r as any, error: undefined as any }),
      (e: any) => ({ result: undefined as any, error: e }),
    );
  const token = () => nock(DEFAULT_BASE_URL).post('/oauth/token');

  test.each([
    [
      '400 invalid_grant',
      400,
      { error: 'invalid_grant', error_description: `Invalid refresh token ${SECRETS.refresh_token}` },
    ],
    ['401 invalid client', 401, { error: 'invalid_client', error_description: 'Client authentication failed' }],
    ['200 with error invalid_grant', 200, { error: 'invalid_grant' }],
  ])('%s → ExpiredAuthError (reconnect), without secrets', async (_n, status, body) => {
    token().reply(status, body, json);
    const { error } = await refresh();
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toMatch(
      /^GHL refused to refresh this connection \(.+\)\. Reconnect your GHL account in Zapier\.$/,
    );
    expectNoSecret(error.message);
  });

  test.each([
    [
      '502 HTML',
      (s: nock.Interceptor) => s.reply(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' }),
      60,
    ],
    ['503 JSON', (s: nock.Interceptor) => s.reply(503, { message: 'Service Unavailable' }, json), 60],
    [
      '429 Retry-After 30',
      (s: nock.Interceptor) => s.reply(429, { message: 'Too many' }, { ...json, 'Retry-After': '30' }),
      30,
    ],
    [
      '429 Retry-After 10^9 (capped)',
      (s: nock.Interceptor) => s.reply(429, '', { 'Retry-After': '1000000000' }),
      MAX_THROTTLE_DELAY,
    ],
    ['empty 200', (s: nock.Interceptor) => s.reply(200, '', json), 60],
    // Zapier itself retries a refresh answered 408 (README Reliability: any answer but 400 / 401 / invalid_grant).
    ['408 Request Timeout', (s: nock.Interceptor) => s.reply(408, { message: 'Request Timeout' }, json), 60],
    ['HTML 200', (s: nock.Interceptor) => s.reply(200, '<html>Login</html>', { 'Content-Type': 'text/html' }), 60],
    ['200 without access_token', (s: nock.Interceptor) => s.reply(200, { token_type: 'Bearer' }, json), 60],
    [
      '403 from a proxy',
      (s: nock.Interceptor) => s.reply(403, '<html>Forbidden</html>', { 'Content-Type': 'text/html' }),
      60,
    ],
    [
      'connection reset',
      (s: nock.Interceptor) => s.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
      60,
    ],
    [
      'DNS failure',
      (s: nock.Interceptor) =>
        s.replyWithError(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })),
      60,
    ],
  ])('%s → ThrottledError (Zapier refreshes again later)', async (_n, reply, delay) => {
    reply(token());
    const { error } = await refresh();
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error).delay).toBe(delay);
    expect(parsed(error).message).toMatch(/GHL/);
  });

  test('a silent token endpoint times out into a ThrottledError', async () => {
    process.env.GHL_REQUEST_TIMEOUT_MS = '50';
    token().delayConnection(500).reply(200, { access_token: 'late' }, json);
    const { error } = await refresh();
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error).message).toBe(
      'Refreshing the GHL connection: GHL did not answer in time. Zapier will retry in 60 s.',
    );
  });

  test('a truncated token answer is never quoted', async () => {
    const fresh = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmcmVzaCJ9.c2lnbmF0dXJl';
    token().reply(200, `{"access_token":"${fresh}","refresh_token":"rt-new-${'x'.repeat(20)}`, json);
    const { error } = await refresh();
    expect(error.name).toBe('ThrottledError');
    expect(error.message).not.toContain('eyJ');
    expect(error.message).not.toContain('rt-new');
  });

  test.each([
    [
      'access_token []',
      { access_token: [], refresh_token: 'rt-new' },
      'had its access_token as something other than text',
    ],
    [
      'access_token {…}',
      { access_token: { jwt: 'x' }, refresh_token: 'rt-new' },
      'had its access_token as something other than text',
    ],
    ['access_token 12345', { access_token: 12345 }, 'had its access_token as something other than text'],
    [
      'refresh_token {…}',
      { access_token: 'at-new', refresh_token: { x: 1 } },
      'had its refresh_token as something other than text',
    ],
    [
      'locationId {…}',
      { access_token: 'at-new', locationId: { id: 'loc' } },
      'had its locationId as something other than text',
    ],
  ])('a 200 whose %s is never stored: ThrottledError', async (_n, body, problem) => {
    token().reply(200, body, json);
    const { error, result } = await refresh();
    expect(result).toBeUndefined();
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error)).toMatchObject({
      message: `Refreshing the GHL connection failed: GHL's answer ${problem}. Zapier will retry in 60 s.`,
      delay: 60,
    });
  });

  test('an answer without a rotated refresh token keeps the previous one', async () => {
    token().reply(200, { access_token: 'new-access', expires_in: 86399 }, json);
    const { result } = await refresh();
    expect(result).toMatchObject({
      access_token: 'new-access',
      refresh_token: FAULT_AUTH.refresh_token,
      locationId: 'loc123',
    });
  });

  test('the token request never follows a redirect with the client secret', async () => {
    token().reply(307, '', { Location: 'https://evil.example/oauth/token' });
    const elsewhere = nock('https://evil.example').post('/oauth/token').reply(200, { access_token: 'stolen' });
    const { error } = await refresh();
    expect(elsewhere.isDone()).toBe(false);
    expect(error.name).toBe('ThrottledError');
  });
});

describe('code exchange and connection test', () => {
  test('a lost connection during the code exchange is a sentence to retry, not a raw FetchError', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/oauth/token')
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const e: any = await appTester(auth.oauth2Config.getAccessToken, {
      inputData: { code: 'c', redirect_uri: 'r' },
    } as any).catch((x: unknown) => x);
    expect(e.name).toBe('AppError');
    expect(errorText(e)).toBe(
      'Connecting GHL failed: the connection to GHL was lost. Try connecting again in a minute.',
    );
  });

  const exchange = () =>
    appTester(auth.oauth2Config.getAccessToken, { inputData: { code: 'c', redirect_uri: 'r' } } as any).catch(
      (x: unknown) => x,
    );
  const badAnswerText = (problem: string) =>
    `Connecting GHL: GHL's answer ${problem}, so there is nothing reliable to return. Try again in a few minutes; if it keeps happening, GHL may have changed this endpoint.`;

  test('a code exchange answered with HTML is a bad answer that does not quote it', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/oauth/token')
      .reply(200, `<html>${SECRETS.CLIENT_SECRET}</html>`, { 'Content-Type': 'text/html' });
    expect(parsed(await exchange())).toMatchObject({
      code: 'GHL_BAD_RESPONSE',
      message: badAnswerText('was an HTML page'),
    });
  });

  const tokens = { access_token: 'at-new', refresh_token: 'rt-new', companyId: 'comp1', locationId: 'loc1' };
  test.each([
    ['null', null, 'was null instead of a JSON object'],
    ['access_token []', { ...tokens, access_token: [] }, 'had its access_token as something other than text'],
    [
      'access_token {…}',
      { ...tokens, access_token: { jwt: 'x' } },
      'had its access_token as something other than text',
    ],
    ['access_token 12345', { ...tokens, access_token: 12345 }, 'had its access_token as something other than text'],
    ['no refresh_token', { ...tokens, refresh_token: undefined }, 'had no refresh_token'],
    ['refresh_token {…}', { ...tokens, refresh_token: { x: 1 } }, 'had its refresh_token as something other than text'],
    ['locationId {…}', { ...tokens, locationId: { id: 'loc' } }, 'had its locationId as something other than text'],
    [
      'neither locationId nor companyId',
      { ...tokens, locationId: undefined, companyId: '' },
      'named neither a sub-account (locationId) nor an agency (companyId)',
    ],
  ])('a code exchange answering 200 with %s is refused, nothing stored', async (_n, body, problem) => {
    nock(DEFAULT_BASE_URL).post('/oauth/token').reply(200, JSON.stringify(body), json);
    expect(parsed(await exchange())).toMatchObject({ code: 'GHL_BAD_RESPONSE', message: badAnswerText(problem) });
  });

  test.each([
    [429, { 'Retry-After': '30' }, "GHL's rate limit was reached (HTTP 429). Try connecting again in a minute."],
    [429, { 'Retry-After': '600' }, "GHL's rate limit was reached (HTTP 429). Try connecting again in 10 minutes."],
    [408, {}, 'GHL is having trouble (HTTP 408). Try connecting again in a minute.'],
    [500, {}, 'GHL is having trouble (HTTP 500). Try connecting again in a minute.'],
    [502, {}, 'GHL is having trouble (HTTP 502). Try connecting again in a minute.'],
    [503, {}, 'GHL is having trouble (HTTP 503). Try connecting again in a minute.'],
  ])('a code exchange answered %i says to try again, not to check the app', async (status, headers, why) => {
    nock(DEFAULT_BASE_URL)
      .post('/oauth/token')
      .reply(status, { message: 'Service Unavailable' }, { ...json, ...headers });
    expect(parsed(await exchange())).toMatchObject({
      code: 'GHL_TOKEN_EXCHANGE',
      message: `Connecting GHL failed: ${why}`,
    });
  });

  test.each([
    ['{}', {}, 'location'],
    ['[]', [], 'location'],
    ['{location: null}', { location: null }, 'location'],
    ['{location: "x"}', { location: 'x' }, 'location'],
    ['{traceId}', { traceId: 't1' }, 'location'],
    ['{} (agency)', {}, 'company'],
  ])('the connection test answered 200 with %s is a bad answer, no label', async (_n, body, key) => {
    const agency = key === 'company';
    nock(DEFAULT_BASE_URL)
      .get(agency ? '/companies/comp123' : '/locations/loc123')
      .reply(200, JSON.stringify(body), json);
    const authData = agency ? { ...FAULT_AUTH, locationId: '', userType: 'Company' } : { ...FAULT_AUTH };
    const e: any = await appTester(auth.test, { authData } as any).catch((x: unknown) => x);
    expect(parsed(e)).toMatchObject({
      code: 'GHL_BAD_RESPONSE',
      message: `Testing the GHL ${agency ? 'agency ' : ''}connection: GHL's answer had no "${key}" record, so there is nothing reliable to return. Try again in a few minutes; if it keeps happening, GHL may have changed this endpoint.`,
    });
  });

  test('a connection stored without locationId or companyId asks for a reconnect, before any request', async () => {
    const authData = { ...FAULT_AUTH, locationId: '', companyId: '' };
    const e: any = await appTester(auth.test, { authData } as any).catch((x: unknown) => x);
    expect(e.name).toBe('ExpiredAuthError');
    expect(e.message).toBe(
      'This GHL connection names neither a sub-account (locationId) nor an agency (companyId). Reconnect GHL in Zapier.',
    );
  });

  test.each([
    [
      'connection reset',
      (s: nock.Interceptor) => s.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
      'ThrottledError',
    ],
    [
      '502 HTML',
      (s: nock.Interceptor) => s.reply(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' }),
      'ThrottledError',
    ],
    [
      'HTML 200',
      (s: nock.Interceptor) => s.reply(200, '<html>Login</html>', { 'Content-Type': 'text/html' }),
      'AppError',
    ],
    [
      '400 echoing the token',
      (s: nock.Interceptor) => s.reply(400, { message: `bad token ${SECRETS.access_token}` }, json),
      'AppError',
    ],
  ])('the connection test: %s → %s naming the test, no secret', async (_n, reply, name) => {
    reply(nock(DEFAULT_BASE_URL).get('/locations/loc123'));
    const e: any = await appTester(auth.test, { authData: { ...FAULT_AUTH } } as any).catch((x: unknown) => x);
    expect(e.name).toBe(name);
    expect(errorText(e)).toContain('Testing the GHL connection');
    expectNoSecret(e.message);
  });
});

describe('paging ends instead of repeating page 1', () => {
  const contacts = (ids: string[]) => ({ contacts: ids.map((id, i) => ({ id, firstName: id, searchAfter: [i, id] })) });

  test('a cursor style on page > 0 without a saved cursor answers [] without a request', async () => {
    const any = nock(DEFAULT_BASE_URL)
      .post('/contacts/search')
      .reply(200, contacts(['a']));
    const { result, error } = await runAlone('contact_choices', {}, { meta: { page: 1 } });
    expect(error).toBeUndefined();
    expect(result).toEqual([]);
    expect(any.isDone()).toBe(false);
  });

  test('an empty page saves no next cursor (the next page ends)', async () => {
    nock(DEFAULT_BASE_URL).post('/contacts/search').reply(200, contacts([]));
    const { result, cursor } = await runAlone(
      'contact_choices',
      {},
      { meta: { page: 1 }, cursor: JSON.stringify([1, 'x']) },
    );
    expect(result).toEqual([]);
    expect(cursor).toBe('');
  });

  test('a cursor equal to the one this page used ends paging', async () => {
    // GHL answers page 2 with the same last sort value: saving it again would loop on this page forever.
    nock(DEFAULT_BASE_URL)
      .post('/contacts/search')
      .reply(200, { contacts: [{ id: 'b', firstName: 'b', searchAfter: [1, 'x'] }] });
    const { result, cursor } = await runAlone(
      'contact_choices',
      {},
      { meta: { page: 1 }, cursor: JSON.stringify([1, 'x']) },
    );
    expect(result.map((r: any) => r.id)).toEqual(['b']);
    expect(cursor).toBe('');
  });

  test('an advancing cursor is saved for the next page', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/search')
      .reply(200, contacts(['a', 'b']));
    const { cursor } = await runAlone('contact_choices', {}, {});
    expect(JSON.parse(cursor!)).toEqual([1, 'b']);
  });

  test('messages without nextPage end paging', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/conversations/conv1/messages')
      .query(true)
      .reply(200, {
        messages: {
          lastMessageId: 'm2',
          nextPage: false,
          messages: [{ id: 'm2', body: 'x', dateAdded: '2026-03-01T00:00:00Z' }],
        },
      });
    const { result, cursor } = await runAlone(
      'conversation_messages',
      { conversationId: 'conv1' },
      { meta: { page: 1 }, cursor: JSON.stringify('m1') },
    );
    expect(result.map((r: any) => r.id)).toEqual(['m2']);
    expect(cursor).toBe('');
  });
});

describe('a poll whose later page fails answers the pages it read', () => {
  // New Contact walks GHL's contact search newest first, 500 a page: a burst of 1,000 in the window.
  const now = Date.now();
  const burst = (from: number) => ({ contacts: contactPage(from, now), total: 1000 });
  afterEach(() => nock.cleanAll());

  test.each([
    [429, { message: 'Too many requests' }, { 'Retry-After': '7' }],
    [502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' }],
    [200, { message: 'ok' }, {}],
  ])('page 2 answered %s: the 500 newest contacts fire', async (status, body, headers) => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/search')
      .reply(200, burst(0), json)
      .post('/contacts/search')
      .reply(status, body as never, headers);
    const { result, error } = await runAlone('new_contact', {});
    expect(error).toBeUndefined();
    expect(result).toHaveLength(500);
    expect(result[0].id).toBe('c0');
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('a connection GHL refuses on page 2 still fails the poll (Zapier refreshes it)', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/search')
      .reply(200, burst(0), json)
      .post('/contacts/search')
      .reply(401, { message: 'Invalid JWT' }, json);
    const { error } = await runAlone('new_contact', {});
    expect(error?.name).toBe('RefreshAuthError');
  });
});

describe('token-bearing requests stay on GHL', () => {
  const request = (url: string) =>
    addAuthHeaders({ url, headers: {} } as any, {} as any, { authData: { access_token: 'tok' } } as any);

  test.each([
    ['GHL itself', `${DEFAULT_BASE_URL}/contacts/c1`, 'Bearer tok'],
    ['a look-alike host starting with the base URL', `${DEFAULT_BASE_URL}.evil.example/contacts`, undefined],
    ['userinfo pointing elsewhere', 'https://services.leadconnectorhq.com@evil.example/contacts', undefined],
    ['plain http on the same host', 'http://services.leadconnectorhq.com/contacts', undefined],
    ['the token endpoint', `${DEFAULT_BASE_URL}/oauth/token`, undefined],
    ['not a URL', 'not a url', undefined],
  ])('%s: Authorization %s', (_n, url, expected) => {
    expect(request(url).headers?.Authorization).toBe(expected);
  });

  test('a 307 on a write is not followed: the contact data never reaches the other host', async () => {
    nock(DEFAULT_BASE_URL).post('/contacts/').reply(307, '', { Location: 'https://evil.example/contacts/' });
    const elsewhere = nock('https://evil.example')
      .post('/contacts/')
      .reply(201, { contact: { id: 'fake' } });
    const { error } = await runAlone('create_contact', { email: 'a@b.co' });
    expect(elsewhere.isDone()).toBe(false);
    expect(error.name).toBe('AppError');
    expect(errorText(error)).toBe(
      'Create Contact: GHL answered with a redirect (HTTP 307) to evil.example, which this app does not follow so your token and data stay with GHL. Check GHL_API_BASE_URL / the path, or try again later.',
    );
  });

  // The token endpoints too: a redirect is neither "the app is not installed in that sub-account" (with a request to
  // name it) nor a refusal of the Marketplace app's client id and secret, as it was said.
  const agency = { locationId: '', userType: 'Company', companyId: 'compR' };
  test.each([
    [
      'a sub-account token',
      '/oauth/locationToken',
      'Getting the token of sub-account "locR"',
      () => runAlone('create_contact', { subAccountId: 'locR', email: 'a@b.co' }, { auth: agency }),
    ],
    [
      'the code exchange',
      '/oauth/token',
      'Connecting GHL',
      () =>
        appTester(auth.oauth2Config.getAccessToken, { inputData: { code: 'c' } } as any).catch((e) => ({ error: e })),
    ],
  ])('a redirect answering %s is said as one, not followed', async (_n, path, what, run) => {
    nock(DEFAULT_BASE_URL)
      .post(path)
      .reply(302, '', { Location: `https://evil.example${path}` });
    const elsewhere = nock('https://evil.example').post(path).reply(200, { access_token: 'stolen' });
    const { error } = (await run()) as { error?: unknown };
    expect(elsewhere.isDone()).toBe(false);
    expect(errorText(error)).toBe(
      `${what}: GHL answered with a redirect (HTTP 302) to evil.example, which this app does not follow so your token and data stay with GHL. Check GHL_API_BASE_URL / the path, or try again later.`,
    );
  });

  test("a redirect on a read never returns the other host's answer", async () => {
    nock(DEFAULT_BASE_URL).get('/contacts/c1').reply(302, '', { Location: 'https://evil.example/contacts/c1' });
    const elsewhere = nock('https://evil.example')
      .get('/contacts/c1')
      .reply(200, { contact: { id: 'c1', firstName: 'Fake' } });
    const { error } = await runAlone('get_contact', { contactId: 'c1' });
    expect(elsewhere.isDone()).toBe(false);
    expect(parsed(error).code).toBe('GHL_REDIRECT');
  });
});

describe('waits and write outcomes', () => {
  const headers = (h: Record<string, string>) => ({
    headers: new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v])) as any,
  });

  test.each([
    [{ 'Retry-After': '1000000000' }, MAX_THROTTLE_DELAY],
    [{ 'Retry-After': new Date(Date.now() + 10 * 86_400_000).toUTCString() }, MAX_THROTTLE_DELAY],
    [{ 'Retry-After': '-5' }, 1],
    [{ 'Retry-After': 'soon' }, 10],
    [{ 'X-RateLimit-Reset': String(Date.now() + 5 * 86_400_000) }, MAX_THROTTLE_DELAY],
    [{ 'X-RateLimit-Interval-Milliseconds': '1e15' }, MAX_THROTTLE_DELAY],
  ])('%j waits %i s', (h, delay) => {
    expect(throttleDelay({ headers: { get: (n: string) => headers(h).headers.get(n) ?? null } } as any)).toBe(delay);
  });

  test('a 504 on a write is not retried: it says the write may have happened', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/c1/notes')
      .reply(504, '<html>Gateway Timeout</html>', { 'Content-Type': 'text/html' });
    const { error } = await runAlone('create_contact_note', { contactId: 'c1', body: 'Intro' });
    // A HaltedError: Zapier's Autoreplay replays Errored runs (z.errors.Error), never Halted ones.
    expect(error.name).toBe('HaltedError');
    // A note is added once per delivery (lib/once.ts): the claim is kept, and the sentence says until when.
    expect(errorText(error)).toMatch(
      /^Create Contact Note: GHL is temporarily unavailable \(HTTP 504\)\. GHL may or may not have carried it out: check in GHL before replaying this Zap run, or it may happen twice\. A replay before \d\d:\d\d UTC halts as a duplicate; to have it added sooner, change a value\.$/,
    );
  });

  // A connection refused or a host not found: the request never left, so the write did not happen and Zapier may
  // retry it (it was a HaltedError asking the user to check GHL for a contact that cannot be there).
  test.each([
    ['ECONNREFUSED', "GHL's API host refused the connection"],
    ['ENOTFOUND', "GHL's API host could not be found (DNS)"],
    ['EAI_AGAIN', "GHL's API host could not be found (DNS)"],
  ])('a write that never left (%s) is retried by Zapier, without a lookup', async (code, why) => {
    const create = nock(DEFAULT_BASE_URL)
      .post('/contacts/')
      .replyWithError(Object.assign(new Error(`connect ${code}`), { code }));
    const { error } = await runAlone('create_contact', { firstName: 'Rosan', email: 'rosan@deos.com' });
    expect(create.isDone()).toBe(true);
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error)).toEqual({ message: `Create Contact: ${why}. Zapier will retry in 60 s.`, delay: 60 });
  });

  // RFC 8259 8.1: a JSON sender must not add a byte order mark, a parser may ignore one. Core's JSON.parse refuses it, and
  // a contact GHL created was reported as maybe not done (a HaltedError), API Request's body handed on as text.
  test('a 2xx whose JSON starts with a byte order mark is read as JSON', async () => {
    const bom = (v: unknown) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(v))]);
    nock(DEFAULT_BASE_URL)
      .post('/contacts/')
      .reply(201, bom({ contact: { id: 'c1', firstName: 'Rosan' } }), json)
      .get('/locations/loc123/tags')
      .reply(200, bom({ tags: [{ id: 't1', name: 'vip' }] }), json);
    const created = await runAlone('create_contact', { firstName: 'Rosan', email: 'rosan@deos.com' });
    expect(created.error).toBeUndefined();
    expect(created.result).toMatchObject({ id: 'c1', firstName: 'Rosan' });
    const raw = await runAlone('api_request', { method: 'GET', path: '/locations/{locationId}/tags' });
    expect(raw.result?.body).toEqual({ tags: [{ id: 't1', name: 'vip' }] });
  });

  // GHL's refusals so written are read for their message too: a step's and a call file's (lib/errors.ts safeData,
  // lib/client.ts downloadGhl).
  test("an error body that starts with a byte order mark is read for GHL's message", async () => {
    const bom = (v: unknown) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(v))]);
    nock(DEFAULT_BASE_URL)
      .post('/contacts/c1/notes')
      .reply(422, bom({ statusCode: 422, message: ['body must be shorter than 5000 characters'] }), json)
      .get('/conversations/messages/m1/locations/loc123/recording')
      .reply(401, bom({ statusCode: 401, message: 'The token is not authorized for this scope.' }), json);
    const note = await runAlone('create_contact_note', { contactId: 'c1', body: 'Intro' });
    const file = await runAlone('get_message_recording', { messageId: 'm1' });
    expect(errorText(note.error)).toBe(
      'Create Contact Note was rejected by GHL (HTTP 422). GHL says: body must be shorter than 5000 characters. Check ' +
        'the field "Note" (sent "Intro").',
    );
    expect(errorText(file.error)).toMatch(/GHL says: The token is not authorized for this scope\.$/);
  });

  // 408: GHL (or a proxy before it) did not take the request in time. A read is asked again; it was a z.errors.Error
  // ("rejected by GHL"), which counts toward Zapier turning the Zap off. A sub-account token was "not installed".
  test('a 408 on a read is retried by Zapier, on a write its outcome is unknown (not replayed, says what to check)', async () => {
    const agency = { locationId: '', userType: 'Company', companyId: 'comp408' };
    nock(DEFAULT_BASE_URL)
      .get('/contacts/c1')
      .reply(408, { message: 'Request Timeout' }, json)
      .post('/oauth/locationToken')
      .reply(408, '', json)
      .post('/contacts/c1/notes')
      .reply(408, { message: 'Request Timeout' }, json);
    const read = await runAlone('get_contact', { contactId: 'c1' });
    expect(read.error?.name).toBe('ThrottledError');
    expect(parsed(read.error)).toEqual({
      message:
        'GHL did not take the request in time (HTTP 408) during Specific Contact Updated. Zapier will retry in 60 s.',
      delay: 60,
    });
    const token = await runAlone('get_contact', { subAccountId: 'locA', contactId: 'c1' }, { auth: agency });
    expect(token.error?.name).toBe('ThrottledError');
    const write = await runAlone('create_contact_note', { contactId: 'c1', body: 'Intro' });
    expect(write.error?.name).toBe('HaltedError');
    expect(errorText(write.error)).toMatch(
      /^Create Contact Note: GHL did not take the request in time \(HTTP 408\)\. GHL may or may not have carried it out: check in GHL before replaying this Zap run, or it may happen twice\. GHL says: Request Timeout\. A replay before \d\d:\d\d UTC halts as a duplicate/,
    );
  });

  test('a 503 on a POST search (a read) is retried by Zapier', async () => {
    nock(DEFAULT_BASE_URL).post('/contacts/search').reply(503, { message: 'Service Unavailable' }, json);
    const { error } = await runAlone('contact_choices', {});
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error).delay).toBe(60);
  });
});

describe('a step of several requests says what its earlier write did when a later request fails', () => {
  const contact = (id: string) => ({ id, locationId: 'loc123', email: 'ann@deos.com', tags: ['customer'] });
  /** Upsert Contact for a returning lead: found, upserted without its tags, then the tags are added. */
  const returning = (upserted: string, isNew: boolean) =>
    nock(DEFAULT_BASE_URL)
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(200, { contact: contact('c1') }, json)
      .post('/contacts/upsert')
      .reply(200, { new: isNew, contact: contact(upserted) }, json);

  test("Update Contact: the tags it added first are named when GHL refuses the contact's other fields", async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/c1/tags', { tags: ['vip'] })
      .reply(201, { tags: ['customer', 'vip'] }, json)
      .put('/contacts/c1')
      .reply(400, { statusCode: 400, message: 'This location does not allow duplicated contacts.' }, json);
    const { error } = await runAlone('update_contact', { contactId: 'c1', email: 'bob@deos.com', tags: 'vip' });
    expect(error.name).toBe('AppError');
    expect(errorText(error)).toBe(
      'The tags were added to the contact (c1), then updating its other fields failed. Update Contact was rejected by GHL (HTTP 400). GHL says: This location does not allow duplicated contacts.',
    );
  });

  test('Update Contact: a 5xx on the update after the tags were added says both', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/c1/tags')
      .reply(201, { tags: ['customer', 'vip'] }, json)
      .put('/contacts/c1')
      .reply(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' });
    const { error } = await runAlone('update_contact', { contactId: 'c1', lastName: 'Deo', tags: 'vip' });
    expect(error.name).toBe('HaltedError');
    expect(errorText(error)).toMatch(
      /^The tags were added to the contact \(c1\), then updating its other fields failed\. Update Contact: GHL is temporarily unavailable \(HTTP 502\)/,
    );
  });

  test('Update Contact of tags only: a failed read-back after the tags were added is retried, saying they were', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/c1/tags')
      .reply(201, { tags: ['customer', 'vip'] }, json)
      .get('/contacts/c1')
      .reply(503, { message: 'Service Unavailable' }, json);
    const { error } = await runAlone('update_contact', { contactId: 'c1', tags: 'vip' });
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error).message).toBe(
      'The tags were added to the contact (c1), but reading it back failed. GHL is temporarily unavailable (HTTP 503) during Update Contact. Zapier will retry in 60 s. GHL says: Service Unavailable.',
    );
  });

  test('Upsert Contact: a lost answer to the tags after the contact was saved says the contact was saved', async () => {
    returning('c1', false)
      .post('/contacts/c1/tags')
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const { error } = await runAlone('upsert_contact', { email: 'ann@deos.com', tags: 'vip' });
    expect(error.name).toBe('HaltedError');
    expect(errorText(error)).toBe(
      'The contact (c1) was saved; whether its tags were added is unknown. Upsert Contact: the connection to GHL was lost. GHL may or may not have carried it out: check in GHL before replaying this Zap run, or it may happen twice.',
    );
  });

  test('Upsert Contact: a throttled tags request is still retried when running the step again is safe', async () => {
    returning('c1', false)
      .post('/contacts/c1/tags')
      .reply(429, { message: 'Too many requests' }, { ...json, 'Retry-After': '7' });
    const { error } = await runAlone('upsert_contact', { email: 'ann@deos.com', tags: 'vip' });
    // The upsert matches the same contact again and adding a tag twice keeps one: Zapier's retry completes the step.
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error)).toEqual({
      message:
        "The contact (c1) was saved, but its tags were not added. GHL's rate limit was reached during Upsert Contact (100 requests per 10 seconds and 200,000 a day per sub-account). Zapier will retry in 7 s.",
      delay: 7,
    });
  });

  test.each([
    ['429', (s: nock.Interceptor) => s.reply(429, { message: 'Too many requests' }, { ...json, 'Retry-After': '7' })],
    ['401 expired', (s: nock.Interceptor) => s.reply(401, { message: 'Invalid JWT' }, json)],
    ['422', (s: nock.Interceptor) => s.reply(422, { message: ['tags must be an array'] }, json)],
  ])(
    'Upsert Contact that created a new contact (Create New if Duplicates Are Allowed): a %s on its tags is not run again by Zapier',
    async (_n, answer) => {
      // GHL documents that this upsert creates a contact every time the sub-account allows duplicates: Zapier's retry
      // (429), its refresh-and-retry (401) or Autoreplay (an Error) would create a second one.
      answer(returning('c2', true).post('/contacts/c2/tags'));
      const { error } = await runAlone('upsert_contact', {
        email: 'ann@deos.com',
        tags: 'vip',
        createNewIfDuplicateAllowed: true,
      });
      expect(error.name).toBe('HaltedError');
      expect(errorText(error)).toMatch(
        /^The contact \(c2\) was saved, but its tags were not added\. .+ Add them with Add Tags to Contact rather than replaying this run: with "Create New if Duplicates Are Allowed" on, a replay creates another contact\.$/,
      );
      expect(errorText(error)).not.toMatch(/Zapier will retry|refreshing the connection/);
    },
  );
});

describe("one deadline per step, within Zapier's 30 s", () => {
  // Scaled down: the step's requests share 400 ms (GHL_STEP_DEADLINE_MS; 25 s by default), each may take 10 s alone.
  beforeEach(() => {
    process.env.GHL_STEP_DEADLINE_MS = '400';
  });
  afterEach(() => {
    delete process.env.GHL_STEP_DEADLINE_MS;
    nock.abortPendingRequests(); // the late answers' timers
  });
  const timed = async <T>(p: Promise<T>) => {
    const t0 = Date.now();
    const out = await p;
    return { ...out, ms: Date.now() - t0 };
  };

  test("Upsert Contact's tags not sent for lack of time say the contact was saved and the tags were not added", async () => {
    // 4 s for the step, a write needs 800 ms of it: the upsert answers with under 800 ms left (and the lookup has
    // 500 ms before the upsert itself would be cut off, room for a busy machine).
    process.env.GHL_STEP_DEADLINE_MS = '4000';
    nock(DEFAULT_BASE_URL)
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(200, { contact: { id: 'c1' } }, json)
      .post('/contacts/upsert')
      .delay(3500)
      .reply(200, { new: false, contact: { id: 'c1', tags: [] } }, json);
    const { error } = await runAlone('upsert_contact', { email: 'ann@deos.com', tags: 'vip' });
    expect(error.name).toBe('HaltedError');
    expect(errorText(error)).toMatch(
      /^The contact \(c1\) was saved, but its tags were not added\. Upsert Contact: GHL answered too slowly for Zapier's 30 s step limit, so the step stopped before its next request\./,
    );
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('a silent create ends at the deadline, with no time left for its lookup, as an error Zapier does not replay', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/')
      .delayConnection(3000)
      .reply(201, { contact: { id: 'late' } }, json);
    const { error, ms } = await timed(runAlone('create_contact', { email: 'ann@deos.com' }));
    expect(ms).toBeLessThan(1500);
    expect(error.name).toBe('HaltedError');
    expect(errorText(error)).toBe(
      'Create Contact: GHL did not answer in time. GHL may or may not have carried it out: check in GHL before replaying this Zap run, or it may happen twice. The step had no time left to check whether the contact was created.',
    );
  });

  test('an agency send after a slow token exchange gets only what is left of the step', async () => {
    // 2 s for the step: after a 250 ms exchange the send has ~1.75 s, well over the 400 ms a write needs even on a
    // busy machine, and GHL's answer (5 s) comes after the deadline.
    process.env.GHL_STEP_DEADLINE_MS = '2000';
    nock(DEFAULT_BASE_URL)
      .post('/oauth/locationToken')
      .delay(250)
      .reply(200, { access_token: 'loc-token-deadline', expires_in: 86399 }, json);
    const send = nock(DEFAULT_BASE_URL)
      .post('/conversations/messages')
      .delayConnection(5000)
      .reply(201, { messageId: 'm1', conversationId: 'cv1' }, json);
    const { error, ms } = await timed(
      runAlone(
        'send_message',
        { subAccountId: 'locB', type: 'SMS', contactId: 'c1', message: 'Hi' },
        { auth: { locationId: '', userType: 'Company', companyId: 'comp-deadline' } },
      ),
    );
    expect(ms).toBeLessThan(4000); // cut off at the step's deadline, not after the request's own 10 s
    expect(error.name).toBe('HaltedError');
    expect(errorText(error)).toMatch(
      /^Send Message: GHL did not answer in time\. GHL may or may not have carried it out/,
    );
    expect(send.isDone()).toBe(true); // it was sent, and cut off at the deadline rather than after its own timeout
  });

  // A 3 s deadline here. 0.15 s left after the exchange is too little for any request (a tenth of the deadline, at
  // most 1 s); 0.5 s would do for a read but not for a write (a fifth, at most 5 s), whose answer, if lost, needs a
  // lookup too: sent that late its outcome would be unknown.
  test.each([
    ['a request with no time left', 2850, 'locC'],
    ['a write with less than a fifth of the deadline left', 2500, 'locD'],
  ])('%s is not sent: nothing happened, so Zapier may retry', async (_name, exchangeMs, subAccountId) => {
    process.env.GHL_STEP_DEADLINE_MS = '3000';
    nock(DEFAULT_BASE_URL)
      .post('/oauth/locationToken')
      .delay(exchangeMs)
      .reply(200, { access_token: `loc-token-${subAccountId}`, expires_in: 86399 }, json);
    const send = nock(DEFAULT_BASE_URL).post('/conversations/messages').reply(201, { messageId: 'm1' }, json);
    const { error } = await runAlone(
      'send_message',
      { subAccountId, type: 'SMS', contactId: 'c1', message: 'Hi' },
      { auth: { locationId: '', userType: 'Company', companyId: `comp-deadline-${subAccountId}` } },
    );
    expect(send.isDone()).toBe(false);
    expect(error.name).toBe('ThrottledError');
    expect(parsed(error)).toEqual({
      message:
        "Send Message: GHL answered too slowly for Zapier's 30 s step limit, so the step stopped before its next request. Zapier will retry in 60 s.",
      delay: 60,
    });
  });

  // A burst between two polls: more pages than GHL answers within the deadline. Failing the poll would fire none of
  // them, and every retry would read the same pages to fail again until the burst left the window (then all lost).
  test('a poll whose pages come too slowly for the deadline answers the pages it read (no page is cut off)', async () => {
    process.env.GHL_STEP_DEADLINE_MS = '2000';
    const now = Date.now();
    let pages = 0;
    nock(DEFAULT_BASE_URL)
      .persist()
      .post('/contacts/search')
      .delay(400)
      .reply(200, () => ({ contacts: contactPage(500 * pages++, now), total: 5000 }), json);
    const { result, error, ms } = await timed(runAlone('new_contact', {}));
    nock.cleanAll();
    expect(error).toBeUndefined();
    // By the 2 s deadline, with slack for a loaded machine (it flaked at 2.06 s beside five other jest runs): reading
    // every page would take 4 s.
    expect(ms).toBeLessThan(2500);
    // Each page takes 400 ms: no time for the fifth (or no page was cut off by the deadline half-way).
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect(result).toHaveLength(500 * pages);
    expect(result[0].id).toBe('c0');
  });

  test("a message poll with no time left for GHL's email list answers the other messages", async () => {
    process.env.GHL_STEP_DEADLINE_MS = '2000';
    const email = nock(DEFAULT_BASE_URL)
      .get('/conversations/messages/export')
      .query((q) => q.channel === 'Email')
      .delayConnection(5000)
      .reply(200, { messages: [{ ...inboundSms('e1', 1), messageType: 'TYPE_EMAIL' }], total: 1 }, json);
    nock(DEFAULT_BASE_URL)
      .get('/conversations/messages/export')
      .query((q) => !q.channel)
      .delay(1200)
      .reply(200, { messages: [inboundSms('m1', 1), inboundSms('m2', 2)], total: 2 }, json);
    const { result, error, ms } = await timed(runAlone('new_inbound_message', {}));
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(2500); // the deadline with slack for a loaded machine; waiting for the email list takes 5 s
    expect(result.map((m: { id: string }) => m.id)).toEqual(['m1', 'm2']);
    expect(email.isDone()).toBe(false); // 0.8 s left: not enough for a list as slow as the first (1.2 s)
  });

  // The request's own timeout is shorter than the deadline (20 s of 25 s): a further page sent early and never answered
  // is cut off by that timeout, leaving too little time for any page that slow. Scaled here: 1.5 s of 3 s.
  describe('a further page cut off by its own timeout, with no time left for one that slow', () => {
    beforeEach(() => {
      process.env.GHL_STEP_DEADLINE_MS = '3000';
      process.env.GHL_REQUEST_TIMEOUT_MS = '1500';
    });

    test('a poll answers the pages before it', async () => {
      const now = Date.now();
      nock(DEFAULT_BASE_URL)
        .post('/contacts/search')
        .reply(200, { contacts: contactPage(0, now), total: 5000 }, json);
      const hanging = nock(DEFAULT_BASE_URL)
        .post('/contacts/search')
        .delayConnection(10_000)
        .reply(200, { contacts: contactPage(500, now), total: 5000 }, json);
      const { result, error, ms } = await timed(runAlone('new_contact', {}));
      expect(error).toBeUndefined();
      expect(ms).toBeLessThan(3000);
      expect(hanging.isDone()).toBe(true); // asked for, and cut off
      expect(result).toHaveLength(500);
      expect(result[0].id).toBe('c0');
    });

    test("a message poll answers the other messages when GHL's email list never comes", async () => {
      const email = nock(DEFAULT_BASE_URL)
        .get('/conversations/messages/export')
        .query((q) => q.channel === 'Email')
        .delayConnection(10_000)
        .reply(200, { messages: [{ ...inboundSms('e1', 1), messageType: 'TYPE_EMAIL' }], total: 1 }, json);
      nock(DEFAULT_BASE_URL)
        .get('/conversations/messages/export')
        .query((q) => !q.channel)
        .reply(200, { messages: [inboundSms('m1', 1), inboundSms('m2', 2)], total: 2 }, json);
      const { result, error, ms } = await timed(runAlone('new_inbound_message', {}));
      expect(error).toBeUndefined();
      expect(ms).toBeLessThan(3000);
      expect(email.isDone()).toBe(true); // asked for, and cut off
      expect(result.map((m: { id: string }) => m.id)).toEqual(['m1', 'm2']);
    });
  });

  test('one timer covers headers and body: a body that trickles in after the headers still ends at the timeout', async () => {
    delete process.env.GHL_STEP_DEADLINE_MS;
    process.env.GHL_REQUEST_TIMEOUT_MS = '300';
    // A real socket (nock sends the head with the body): headers after 200 ms, the body 200 ms later, each under the
    // 300 ms timeout but together over it (node-fetch's own timeout restarts for the body).
    let arrived = 0;
    await withLocalGhl(
      (req, res) => {
        arrived = Date.now();
        req.resume();
        setTimeout(() => {
          res.writeHead(200, json);
          res.write('{"notes": [');
          setTimeout(() => res.end('{"id": "n1", "body": "x", "dateAdded": "2026-03-01T00:00:00Z"}]}'), 200);
        }, 200);
      },
      async () => {
        const { error } = await runAlone('contact_notes', { contactId: 'c1' });
        expect(Date.now() - arrived).toBeLessThan(390);
        expect(error.name).toBe('ThrottledError');
        expect(parsed(error).message).toBe('New Contact Note: GHL did not answer in time. Zapier will retry in 60 s.');
      },
    );
  });
  // A download's body comes after the headers (core's raw response): the same timer must end it. node-fetch 2 never
  // reports a connection that stops short of its Content-Length, so without the timer the trigger waited for Zapier
  // to kill the step.
  test.each([
    ['a transcript', 200, 'text/plain'],
    ["an error's body", 503, 'application/json'],
  ])('a download whose body stalls after the headers (%s) still ends at the timeout', async (_n, status, type) => {
    delete process.env.GHL_STEP_DEADLINE_MS;
    process.env.GHL_REQUEST_TIMEOUT_MS = '300';
    let arrived = 0;
    await withLocalGhl(
      (req, res) => {
        arrived = Date.now();
        req.resume();
        res.writeHead(status, { 'Content-Type': type, 'Content-Length': '1000' });
        res.write('{"message": "Hello, I would');
      },
      async () => {
        const { error } = await runAlone('download_message_transcription', { messageId: 'm1' });
        expect(Date.now() - arrived).toBeLessThan(1000);
        expect(error?.name).toBe('ThrottledError');
        expect(parsed(error).message).toBe(
          'Call Transcription File Available: GHL did not answer in time. Zapier will retry in 60 s.',
        );
      },
    );
  });
});

describe('secrets are masked whatever surrounds them', () => {
  const secrets = secretsOf({ access_token: 'tok-ABCDEF', refresh_token: 'ref/+=XYZ' });
  test.each([
    ['inside a word', 'xxtok-ABCDEFyy', 'xx[redacted]yy'],
    ['in a URL, encoded', 'https://x/?t=ref%2F%2B%3DXYZ&a=1', 'https://x/?t=[redacted]&a=1'],
    ['JSON-escaped', '{"t":"ref/+=XYZ"}', '{"t":"[redacted]"}'],
    ['a bearer header', 'Authorization: Bearer abc.def', 'Authorization: Bearer [redacted]'],
    ['a truncated JWT', 'token eyJhbGciOiJSUzI1', 'token [redacted]'],
  ])('%s', (_n, text, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });

  test('a path value that echoes the token in a message is masked', async () => {
    const { error } = await runAlone('get_contact', { contactId: `x${SECRETS.access_token}` });
    // No fake GHL here: nock refuses the request, which is a lost connection for the client.
    expect(error.name).toBe('ThrottledError');
    expectNoSecret(error.message);
  });
});

describe('dropdown sources only offer real, distinct ids', () => {
  test('pipeline stages without ids are dropped and duplicates offered once', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/opportunities/pipelines')
      .query(true)
      .reply(200, {
        pipelines: [
          {
            id: 'p1',
            name: 'Sales',
            stages: [{ id: 's1', name: 'New' }, { name: 'No id' }, { id: 's1', name: 'New again' }],
          },
          { id: 'p2', name: 'Other', stages: null },
        ],
      });
    const { result, error } = await runAlone('pipeline_stage_choices', {});
    expect(error).toBeUndefined();
    expect(result.map((s: any) => [s.id, s.label])).toEqual([['s1', 'Sales: New']]);
  });
});

describe('callGhl refuses hostile path values before any request', () => {
  test.each(['.', '..', ' .. ', '', '   '])('%j', async (v) => {
    const z = { errors: (require('zapier-platform-core') as any).errors, request: jest.fn() } as any;
    const e = await callGhl(z, {
      method: 'DELETE',
      path: '/contacts/{contactId}',
      version: '2021-07-28',
      pathParams: { contactId: v },
      context: { label: 'Delete Contact' },
    }).catch((x: unknown) => x);
    expect(errorText(e)).toMatch(/^Delete Contact: The path parameter "contactId" (is empty|must be an id)/);
    expect(z.request).not.toHaveBeenCalled();
  });
});

describe('API Request keeps mapped ids as segments', () => {
  test.each(['/contacts/..', '/contacts/c1/../..', '/contacts/%2e%2E', '/./contacts'])(
    '%s is refused before any request',
    async (p) => {
      const seen = nock(DEFAULT_BASE_URL)
        .persist()
        .get(() => true)
        .query(true)
        .reply(200, {});
      const { error } = await runAlone('api_request', { method: 'GET', path: p, version: '2021-07-28' });
      expect(seen.isDone()).toBe(false);
      expect(errorText(error)).toContain('"Path" must not contain "." or ".." segments');
    },
  );
  test("query parameters named like Object's own (constructor, __proto__, toString) are sent, not a raw TypeError", async () => {
    const seen: string[] = [];
    nock(DEFAULT_BASE_URL)
      .get(() => true)
      .query(true)
      .reply(200, (uri: string) => (seen.push(uri), { contacts: [] }), json);
    const { result, error } = await runAlone('api_request', {
      method: 'GET',
      path: '/contacts/?constructor=1&__proto__=2',
      query: '{"__proto__": "3", "toString": "4", "valueOf": ["5", "6"]}',
    });
    expect(error).toBeUndefined();
    expect(result.status).toBe(200);
    expect(seen).toEqual(['/contacts/?constructor=1&__proto__=2&__proto__=3&toString=4&valueOf=5&valueOf=6']);
  });
});

describe('searches never answer a fake match (Find or Create would skip the create)', () => {
  const reply = (method: 'get', p: string, body: unknown) =>
    nock(DEFAULT_BASE_URL)
      [method](p)
      .query(true)
      .reply(200, body as nock.Body, json);

  test.each([
    ['find_conversation by id answered {}', { conversationId: 'conv1' }, '/conversations/conv1', {}],
    [
      'find_contact by email whose contact has no id',
      { email: 'a@b.co' },
      '/contacts/search/duplicate',
      { contact: { id: null, email: 'a@b.co' } },
    ],
    [
      'find_contact by email answered without the contact key',
      { email: 'a@b.co' },
      '/contacts/search/duplicate',
      { traceId: 't1' },
    ],
    [
      'find_contact by email answered an empty contact',
      { email: 'a@b.co' },
      '/contacts/search/duplicate',
      { contact: {} },
    ],
  ])('%s → an error naming the search', async (_n, input, p, body) => {
    const key = _n.split(' ')[0];
    reply('get', p, body);
    const { error, result } = await runAlone(key, input as Record<string, unknown>);
    expect(result).toBeUndefined();
    expect(parsed(error).code).toBe('GHL_BAD_RESPONSE');
    expect(errorText(error)).toMatch(/^Find (Conversation|Contact): GHL's answer /);
  });

  test('GHL\'s explicit "no match" ({contact: null}) is still []', async () => {
    reply('get', '/contacts/search/duplicate', { contact: null });
    const { result } = await runAlone('find_contact', { email: 'a@b.co' });
    expect(result).toEqual([]);
  });
});

describe('list triggers', () => {
  test('null and id-less entries are dropped, repeated ids offered once', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/users/search')
      .query(true)
      .reply(
        200,
        {
          users: [
            { id: 'u1', name: 'Ann' },
            null,
            { name: 'No id' },
            { id: 'u1', name: 'Ann again' },
            { id: 'u2', name: 'Bo' },
          ],
        },
        json,
      );
    const { result, error } = await runAlone('user_choices', {});
    expect(error).toBeUndefined();
    expect(result.map((u: any) => u.id)).toEqual(['u1', 'u2']);
  });

  test('an answer without the list is an error, not "nothing new"', async () => {
    nock(DEFAULT_BASE_URL).get('/users/search').query(true).reply(200, { message: 'ok' }, json);
    const { error } = await runAlone('user_choices', {});
    expect(errorText(error)).toBe(
      'User Choices: GHL\'s answer had no "users" list, so there is nothing reliable to return. Try again in a few minutes; if it keeps happening, GHL may have changed this endpoint.',
    );
  });
});
