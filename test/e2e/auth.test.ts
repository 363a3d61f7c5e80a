/** OAuth against the emulator through the app's own authentication: exchange, rotation, expiry. */
import { AppRunner } from '../../emulator/demo/runner';
import { App, failure, raw, useEmulator } from './support';

describe('OAuth with the emulator', () => {
  const ref = useEmulator({ tokenTtlSeconds: 60 });
  const connect = async () => {
    const runner = new AppRunner(App);
    await runner.exchangeCode('any-code', 'https://zapier.com/dashboard/auth/oauth/return/App/');
    return runner;
  };

  it('exchanges a code for GHL-shaped tokens', async () => {
    const runner = await connect();
    expect(runner.authData).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      locationId: ref.emu.seed.meta.locationId,
      companyId: ref.emu.seed.meta.companyId,
      userType: 'Location',
      userId: ref.emu.seed.meta.userId,
    });
    const r = await raw(ref.emu, 'POST', '/oauth/token', {
      token: null,
      version: null,
      form: {
        client_id: 'c',
        client_secret: 's',
        grant_type: 'authorization_code',
        code: 'x',
        user_type: 'Location',
        redirect_uri: 'https://x',
      },
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 60,
      scope: expect.any(String),
      userType: 'Location',
      locationId: ref.emu.seed.meta.locationId,
    });
  });

  it('rotates refresh tokens: the old one is rejected afterwards', async () => {
    const runner = await connect();
    const before = { ...runner.authData };
    await runner.refresh();
    expect(runner.authData.access_token).not.toBe(before.access_token);
    expect(runner.authData.refresh_token).not.toBe(before.refresh_token);
    expect(
      await runner.perform('trigger', 'get_contact', { contactId: ref.emu.seed.collections.contacts[0].id }),
    ).toHaveLength(1);

    const stale = new AppRunner(App);
    stale.authData = before;
    const err = await failure(stale.refresh());
    expect(err.name).toBe('ExpiredAuthError');
    expect(err.message).toMatch(/invalid_grant|refresh token is invalid/i);
  });

  it('two runs of one connection whose token expired refresh at once: both succeed, with the same rotated tokens', async () => {
    const first = await connect();
    const second = new AppRunner(App, first.zcache); // the same connection: one z.cache
    second.authData = { ...first.authData };
    const contactId = ref.emu.seed.collections.contacts[0].id;
    ref.emu.clock.advance(61_000);
    const runs = await Promise.all([first, second].map((r) => r.perform('trigger', 'get_contact', { contactId })));
    expect(runs.map((items) => items[0].recordId)).toEqual([contactId, contactId]);
    // GHL answered one refresh and refused the other (its refresh token was already rotated)...
    const refreshes = ref.emu.requests.filter(
      (r) => r.url.startsWith('/oauth/token') && (r.body as Record<string, string>).grant_type === 'refresh_token',
    );
    expect(
      refreshes
        .slice(-2)
        .map((r) => r.status)
        .sort(),
    ).toEqual([200, 400]);
    // ...and the refused run took the rotated tokens instead of asking the user to reconnect.
    expect([first.refreshes, second.refreshes]).toEqual([1, 1]);
    expect(second.authData).toEqual(first.authData);
    await first.refresh(); // the rotated refresh token is the one GHL accepts next
  });

  it('an expired access token makes the app ask for a refresh, after which the step succeeds', async () => {
    const runner = await connect();
    const contactId = ref.emu.seed.collections.contacts[0].id;
    ref.emu.clock.advance(61_000);
    // Without the refresh Zapier does, the step fails with RefreshAuthError (GHL answered 401 Invalid JWT).
    const err = await failure(runner.perform('trigger', 'get_contact', { contactId }, { autoRefresh: false }));
    expect(err.name).toBe('RefreshAuthError');
    expect(ref.emu.requests[ref.emu.requests.length - 1]).toMatchObject({
      status: 401,
      response: { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized' },
    });

    // With Zapier's semantics (refresh on RefreshAuthError, replay once) it recovers, with rotated tokens.
    const oldRefresh = runner.authData.refresh_token;
    const items = await runner.perform('trigger', 'get_contact', { contactId });
    expect(items[0].recordId).toBe(contactId);
    expect(runner.refreshes).toBe(1);
    expect(runner.authData.refresh_token).not.toBe(oldRefresh);
  });

  it('rejects unknown codes when configured to, and bad client credentials', async () => {
    const strict = await import('../../emulator/index').then((m) =>
      m.startEmulator({ oauth: { acceptAnyCode: false, clientId: 'right', clientSecret: 'secret' } }),
    );
    try {
      const form = { client_id: 'right', client_secret: 'secret', grant_type: 'authorization_code', code: 'made-up' };
      expect((await raw(strict, 'POST', '/oauth/token', { token: null, version: null, form })).json).toMatchObject({
        error: 'invalid_grant',
      });
      const code = strict.oauth.authorize();
      expect(
        (await raw(strict, 'POST', '/oauth/token', { token: null, version: null, form: { ...form, code } })).status,
      ).toBe(200);
      // Codes are single-use.
      expect(
        (await raw(strict, 'POST', '/oauth/token', { token: null, version: null, form: { ...form, code } })).status,
      ).toBe(400);
      const wrong = await raw(strict, 'POST', '/oauth/token', {
        token: null,
        version: null,
        form: { ...form, client_secret: 'nope' },
      });
      expect(wrong).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
    } finally {
      await strict.stop();
    }
  });
});
