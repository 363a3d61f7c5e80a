/**
 * One agency connection against the emulator: a bulk install's Company token, the Sub-Account dropdown, New Contact
 * polled in sub-account A while contacts are created in sub-account B, with the location-token exchanges counted
 * (one per sub-account per token lifetime, not one per request), expiry, and refusals.
 */
import { forgetHeldTokens } from '../../lib/agency';
import { AppRunner } from '../../emulator/demo/runner';
import { App, failure, raw, useEmulator } from './support';

const LOCATION_TOKEN_TTL = 3600;
const REDIRECT = 'https://zapier.com/dashboard/auth/oauth/return/App1CLIAPI/';

describe('an agency connection on the emulator', () => {
  const ref = useEmulator({ oauth: { locationTokenTtlSeconds: LOCATION_TOKEN_TTL } });
  let agency: AppRunner;
  let A: string;
  let B: string;
  const C = 'locHilltopB3c4D5e6F7'; // in the seed, but the app is not installed there

  /** POST /oauth/locationToken requests the emulator has answered, by sub-account. */
  const exchanges = () => {
    const out: Record<string, number> = {};
    for (const r of ref.emu.requests.filter((x) => x.url.startsWith('/oauth/locationToken') && x.status === 200)) {
      const loc = String((r.body as Record<string, string>).locationId);
      out[loc] = (out[loc] ?? 0) + 1;
    }
    return out;
  };
  /** A new Zapier run in a fresh process: only z.cache (the runner's) remembers tokens. */
  const newRun = () => forgetHeldTokens();
  const contactIds = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();
  const SAMPLE = { meta: { isLoadingSample: true } };

  beforeAll(async () => {
    forgetHeldTokens();
    agency = new AppRunner(App);
    // A bulk install: the agency approved the app for its sub-accounts; GHL answers a plain (sub-account) code
    // exchange with a Company token and no locationId.
    const code = ref.emu.oauth.authorize({ bulk: true });
    await agency.exchangeCode(code, REDIRECT);
    A = ref.emu.seed.meta.locationId;
    B = ref.emu.seed.collections.locations.find((l) => l.name === 'Riverside Plumbing')!.id;
  });
  afterEach(() => jest.restoreAllMocks());

  it('stores the bulk install as an agency connection, labelled with the agency name', async () => {
    expect(agency.authData).toMatchObject({
      userType: 'Company',
      locationId: '',
      companyId: ref.emu.seed.meta.companyId,
    });
    expect((await agency.testConnection()).label).toBe('Demo Agency (agency)');
  });

  it('offers the sub-accounts where the app is installed, by name', async () => {
    const fields = await agency.inputFields('create', 'create_contact');
    expect(fields[0]).toMatchObject({ key: 'subAccountId', required: true, dynamic: 'sub_account_choices.id.name' });
    const choices: Array<{ id: string; name: string }> = await agency.perform('trigger', 'sub_account_choices', {});
    expect(choices.map((c) => [c.id, c.name])).toEqual([
      [A, 'Demo Dental Studio'],
      [B, 'Riverside Plumbing'],
    ]);
    expect(await agency.perform('search', 'find_sub_account', { query: 'river' })).toEqual([
      expect.objectContaining({ id: B, name: 'Riverside Plumbing' }),
    ]);
  });

  it('polls New Contact in A and creates contacts in B, exchanging once per sub-account', async () => {
    const before = exchanges();
    const seedA = contactIds(ref.emu.store.where('contacts', { locationId: A }));

    newRun();
    // New Contact polls a recent window (lib/polling.ts); the editor's sample run (isLoadingSample) lists older ones.
    const pollA1 = await agency.perform('trigger', 'new_contact', { subAccountId: A }, SAMPLE);
    expect(contactIds(pollA1)).toEqual(seedA);

    newRun();
    const created = await agency.perform('create', 'create_contact', {
      subAccountId: B,
      firstName: 'Ria',
      email: 'ria@example.com',
    });
    expect(created.locationId).toBe(B);
    expect(ref.emu.store.get('contacts', created.id)?.locationId).toBe(B);

    newRun();
    const pollA2 = await agency.perform('trigger', 'new_contact', { subAccountId: A }, SAMPLE);
    expect(contactIds(pollA2)).toEqual(seedA); // B's contact does not fire in A

    newRun();
    const pollB = await agency.perform('trigger', 'new_contact', { subAccountId: B });
    expect(pollB.map((c: { id: string }) => c.id)).toContain(created.id);

    newRun();
    await agency.perform('create', 'create_contact', { subAccountId: B, firstName: 'Sol', email: 'sol@example.com' });

    // Five runs, two sub-accounts: two exchanges. Every step request carried a location token (the emulator answers
    // an agency token on these endpoints with 401 "This authClass is not yet supported").
    const after = exchanges();
    expect({ A: (after[A] ?? 0) - (before[A] ?? 0), B: (after[B] ?? 0) - (before[B] ?? 0) }).toEqual({ A: 1, B: 1 });
  });

  it('exchanges again when a location token nears its expiry, not before', async () => {
    const real = Date.now.bind(Date);
    const before = exchanges();
    // Inside the token's lifetime minus the app's five-minute margin: the cached token is used.
    let offset = (LOCATION_TOKEN_TTL - 600) * 1000;
    jest.spyOn(Date, 'now').mockImplementation(() => real() + offset);
    newRun();
    await agency.perform('trigger', 'new_contact', { subAccountId: A });
    expect(exchanges()[A]).toBe(before[A]);
    // Past it (and past GHL's expiry for the emulator too): one new exchange, then cached again.
    offset = (LOCATION_TOKEN_TTL + 60) * 1000;
    newRun();
    await agency.perform('trigger', 'new_contact', { subAccountId: A });
    newRun();
    await agency.perform('trigger', 'new_contact', { subAccountId: A });
    expect(exchanges()[A]).toBe(before[A] + 1);
  });

  it('recovers when GHL revokes a cached location token early: one more exchange, the agency connection not refreshed', async () => {
    const before = exchanges();
    const lastToken = [...ref.emu.requests]
      .reverse()
      .find((r) => r.url.startsWith('/oauth/locationToken') && (r.body as any).locationId === B)!;
    ref.emu.oauth.expire((lastToken.response as { access_token: string }).access_token);
    const refreshes = agency.refreshes;
    newRun();
    const poll = await agency.perform('trigger', 'new_contact', { subAccountId: B });
    expect(Array.isArray(poll)).toBe(true);
    // The agency token was not at fault: refreshing it would drop every other sub-account's cached token.
    expect(agency.refreshes).toBe(refreshes);
    expect(exchanges()[B]).toBe(before[B] + 1);
  });

  it('names the sub-account and says what to do when the app is not installed there', async () => {
    newRun();
    const err = await failure(agency.perform('create', 'create_contact', { subAccountId: C, firstName: 'X' }));
    expect(err.message).toContain(
      'GHL refused a token for sub-account "Hilltop Bakery" (locHilltopB3c4D5e6F7) (HTTP 400).',
    );
    expect(err.message).toContain('install it there from the GHL Marketplace');
    expect(err.message).not.toContain(agency.authData.access_token);
  });

  it('asks for the sub-account before any request when none is chosen', async () => {
    const count = ref.emu.requests.length;
    const err = await failure(agency.perform('trigger', 'new_contact', {}));
    expect(err.message).toMatch(
      /^New Contact works in one sub-account, and this is an agency connection: choose the sub-account/,
    );
    expect(ref.emu.requests.length).toBe(count);
  });

  it('runs agency-only steps with the agency token, and the emulator refuses an agency token on sub-account endpoints', async () => {
    const before = exchanges();
    const company = await agency.perform('trigger', 'get_company', {});
    expect(company[0]).toMatchObject({ name: 'Demo Agency' });
    expect(exchanges()).toEqual(before);
    const direct = await raw(ref.emu, 'GET', `/contacts/?locationId=${A}`, { token: agency.authData.access_token });
    expect(direct.status).toBe(401);
    expect(direct.json.message).toBe('This authClass is not yet supported');
  });

  it('a sub-account connection is unchanged: no Sub-account field, no exchange', async () => {
    const before = exchanges();
    const location = ref.runner();
    expect((await location.inputFields('create', 'create_contact')).map((f) => f.key)).not.toContain('subAccountId');
    const created = await location.perform('create', 'create_contact', { firstName: 'Loc', email: 'loc@example.com' });
    expect(created.locationId).toBe(A);
    expect(exchanges()).toEqual(before);
  });
});
