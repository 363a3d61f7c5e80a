/**
 * Agency connections: the "Sub-Account" field, the location-token exchange (POST /oauth/locationToken), its cache and
 * expiry, which token each request carries, and the sentences for refused exchanges. Through createAppTester(App),
 * so the beforeRequest / afterResponse middleware runs; z.cache is core's in-memory test cache, shared by the calls of
 * one tester (as z.cache is shared by the runs of one connection).
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';

/** A tester with its own z.cache (untyped results: the tests read what each method returns). */
const tester_ = (): any => createAppTester(App);
import App from '../index';
import { EXPIRY_MARGIN_SECONDS, forgetHeldTokens, locationToken, subAccountMode, tokenCacheKey } from '../lib/agency';
import { DEFAULT_BASE_URL } from '../lib/config';
import { operations } from '../registry';
import * as fs from 'fs';
import * as path from 'path';
import { checkRequest, SPEC_DIR } from '../emulator/spec';
import { WORKAROUNDS } from '../emulator/workarounds';
import { errorText } from './support/harness';

const app = App as any;
const AGENCY = {
  access_token: 'agency-token-1',
  refresh_token: 'agency-refresh',
  locationId: '',
  companyId: 'comp123',
  userType: 'Company',
  userId: 'user123',
};
const LOCATION = { ...AGENCY, access_token: 'location-connection-token', locationId: 'loc123', userType: 'Location' };

interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  authorization?: string;
  version?: string;
  contentType?: string;
}

/** Records every request to GHL; `answer` decides the reply from the request (a third item `raw`: text sent as is). */
const ghl = (answer: (s: Seen) => [number, unknown] | [number, string, 'raw']) => {
  const seen: Seen[] = [];
  const scope = nock(DEFAULT_BASE_URL).persist();
  for (const m of ['get', 'post', 'put', 'delete'] as const) {
    (scope as any)
      [m]((_: string) => true)
      .query(true)
      .reply(function (this: any, uri: string, body: any) {
        const url = new URL(uri, DEFAULT_BASE_URL);
        const contentType = String(this.req.headers['content-type'] ?? '');
        let parsed: any = body;
        if (typeof body === 'string' && body)
          parsed = contentType.includes('form') ? Object.fromEntries(new URLSearchParams(body)) : JSON.parse(body);
        const s: Seen = {
          method: m.toUpperCase(),
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          body: parsed === '' ? undefined : parsed,
          authorization: this.req.headers.authorization,
          version: this.req.headers.version,
          contentType,
        };
        seen.push(s);
        const [status, data, raw] = answer(s);
        return [status, raw ? data : JSON.stringify(data), { 'content-type': 'application/json' }];
      });
  }
  return seen;
};

let tokens = 0;
/** A GHL that issues location tokens (`loc-token-<n>-<locationId>`, a day long) and answers the contact endpoints. */
const happyGhl = (expiresIn = 86399) =>
  ghl((s) => {
    if (s.path === '/oauth/locationToken') {
      tokens += 1;
      return [
        200,
        {
          access_token: `loc-token-${tokens}-${s.body.locationId}`,
          token_type: 'Bearer',
          expires_in: expiresIn,
          locationId: s.body.locationId,
          userId: 'user123',
        },
      ];
    }
    if (s.path === '/contacts/')
      return [201, { contact: { id: 'c-new', locationId: s.body.locationId, firstName: s.body.firstName } }];
    if (s.path === '/contacts/search')
      return [
        200,
        { contacts: [{ id: 'c1', firstName: 'Ann', lastName: 'Lee', dateAdded: '2024-01-01T00:00:00Z' }], total: 1 },
      ];
    if (/^\/locations\/[^/]+\/customFields$/.test(s.path))
      return [200, { customFields: [{ id: 'cf1', name: 'Budget', dataType: 'NUMERICAL', model: 'contact' }] }];
    if (s.path === '/companies/comp123') return [200, { company: { id: 'comp123', name: 'Acme Agency' } }];
    return [599, { message: `test: unexpected ${s.method} ${s.path}` }];
  });

const exchanges = (seen: Seen[]) => seen.filter((s) => s.path === '/oauth/locationToken');

beforeAll(() => {
  process.env.CLIENT_ID = '6578278e879ad2646715ba9c-lq4ux9ul';
  process.env.CLIENT_SECRET = 'secret';
});
beforeEach(() => {
  tokens = 0;
  // Each test is a fresh process: tokens come from z.cache (the tester's) or an exchange.
  forgetHeldTokens();
  jest.restoreAllMocks();
});

const createContact = (tester: any, auth: object, input: object) =>
  tester(app.creates.create_contact.operation.perform, { authData: auth, inputData: input });

describe('which steps ask for a sub-account', () => {
  test('every location step does; agency-only steps and steps that send the companyId do not', () => {
    const mode = (key: string) => subAccountMode(operations.find((o) => o.decl.key === key)!.decl);
    expect(mode('create_contact')).toBe('required'); // locationId in the body
    expect(mode('get_contact')).toBe('required'); // no locationId on the wire, but a sub-account token is required
    expect(mode('snapshots')).toBe('none'); // agency-only
    expect(mode('search_users')).toBe('none'); // sends companyId: GHL accepts the agency token
    const required = operations.filter((o) => subAccountMode(o.decl) === 'required');
    expect(required.length).toBeGreaterThan(140);
  });

  test("the sub-account rule agrees with each endpoint's security in GHL's spec", () => {
    // Endpoints whose security accepts an agency token run without a sub-account (or with an optional one); every
    // other endpoint needs a location token, so its step must ask for the sub-account.
    const security = new Map<string, string[]>();
    for (const file of fs.readdirSync(SPEC_DIR).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(fs.readFileSync(path.join(SPEC_DIR, file), 'utf8'));
      for (const [p, methods] of Object.entries<any>(doc.paths ?? {}))
        for (const [m, op] of Object.entries<any>(methods))
          security.set(
            `${m.toUpperCase()} ${p}`,
            (op.security ?? []).flatMap((r: object) => Object.keys(r)),
          );
    }
    const wrong = operations
      .filter((o) => o.decl.key !== 'api_request') // any endpoint: optional by design
      .filter((o) => {
        const agencyOk = (security.get(`${o.decl.method} ${o.decl.path}`) ?? []).some((s) =>
          s.startsWith('Agency-Access'),
        );
        return agencyOk === (subAccountMode(o.decl) === 'required');
      })
      .map((o) => `${o.decl.key} (${o.decl.method} ${o.decl.path}): ${subAccountMode(o.decl)}`);
    expect(wrong).toEqual([]);
  });

  test('an agency connection gets the Sub-Account dropdown first; a sub-account connection gets no extra field', async () => {
    const seen = happyGhl();
    const tester = tester_();
    const agencyFields = await tester(app.creates.create_contact.operation.inputFields, {
      authData: AGENCY,
      inputData: {},
    } as any);
    expect(agencyFields[0]).toMatchObject({
      key: 'subAccountId',
      label: 'Sub-Account',
      required: true,
      dynamic: 'sub_account_choices.id.name',
      search: 'find_sub_account.id',
      altersDynamicFields: true,
    });
    const locationFields = await tester(app.creates.create_contact.operation.inputFields, {
      authData: LOCATION,
      inputData: {},
    } as any);
    expect(locationFields.map((f: any) => f.key)).not.toContain('subAccountId');
    expect(locationFields[0].key).toBe(agencyFields[1].key);
    // The sub-account connection loaded its custom fields with its own token and made no exchange.
    expect(exchanges(seen)).toHaveLength(0);
    expect(seen.filter((s) => s.path === '/locations/loc123/customFields').map((s) => s.authorization)).toEqual([
      'Bearer location-connection-token',
    ]);
  });

  test("the step's custom fields are the chosen sub-account's, read with its location token", async () => {
    const seen = happyGhl();
    const tester = tester_();
    const fields = await tester(app.creates.create_contact.operation.inputFields, {
      authData: AGENCY,
      inputData: { subAccountId: 'locA' },
    } as any);
    expect(fields.map((f: any) => f.label)).toContain('Budget');
    const load = seen.find((s) => s.path.endsWith('/customFields'))!;
    expect(load.path).toBe('/locations/locA/customFields');
    expect(load.authorization).toBe('Bearer loc-token-1-locA');
  });

  test('a Sub-Account mapped from an earlier step: the editor gets the fields, its dropdowns a sentence, no request', async () => {
    // The Zap editor passes a mapped value unfilled (zapier/zapier-platform issue #362): no token can be had for it.
    const seen = happyGhl();
    const tester = tester_();
    const mapped = { subAccountId: '{{154897813__id}}' };
    const fields = await tester(app.creates.create_contact.operation.inputFields, {
      authData: AGENCY,
      inputData: mapped,
    } as any);
    expect(fields.map((f: any) => f.key)).toEqual(
      expect.arrayContaining(['subAccountId', 'firstName', 'email', 'assignedTo']),
    );
    expect(fields.map((f: any) => f.label)).not.toContain('Budget');
    const error = await tester(app.triggers.contact_choices.operation.perform, {
      authData: AGENCY,
      inputData: mapped,
      meta: { page: 0 },
    } as any).catch((e: unknown) => e);
    expect(errorText(error)).toBe(
      'The "Sub-Account" holds {{154897813__id}}, a value mapped from an earlier step that has none here: when the ' +
        "Zap runs, that step must give a sub-account's ID; to list a sub-account's records here, pick it instead (or " +
        'map this field too).',
    );
    expect(seen).toEqual([]);
  });

  test("a run's custom-field values are checked against the chosen sub-account's list, read with its token", async () => {
    const seen = happyGhl();
    const tester = tester_();
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'Ann', cf__cf1__NUMERICAL: '7' });
    expect(seen.map((s) => [s.path, s.authorization])).toEqual([
      ['/oauth/locationToken', 'Bearer agency-token-1'],
      ['/locations/locA/customFields', 'Bearer loc-token-1-locA'],
      ['/contacts/', 'Bearer loc-token-1-locA'],
    ]);
    expect(seen[2].body.customFields).toEqual([{ id: 'cf1', fieldValue: 7 }]);
  });

  test("a national phone is read in the chosen sub-account's country, looked up with its location token", async () => {
    const seen = ghl((s) =>
      s.path === '/oauth/locationToken'
        ? [200, { access_token: 'loc-token-gb', expires_in: 86399, locationId: 'locA' }]
        : s.path === '/locations/locA'
          ? [200, { location: { id: 'locA', country: 'GB' } }]
          : [201, { contact: { id: 'c-new', firstName: s.body?.firstName } }],
    );
    await createContact(tester_(), AGENCY, { subAccountId: 'locA', firstName: 'Ann', phone: '020 7946 0018' });
    expect(seen.map((s) => [s.path, s.authorization])).toEqual([
      ['/oauth/locationToken', 'Bearer agency-token-1'],
      ['/locations/locA', 'Bearer loc-token-gb'],
      ['/contacts/', 'Bearer loc-token-gb'],
    ]);
    expect(seen[2].body.phone).toBe('+442079460018');
  });

  test('agency-only steps keep the agency token and ask for no sub-account', async () => {
    const seen = happyGhl();
    const tester = tester_();
    const fields = await tester(app.triggers.get_company.operation.inputFields, {
      authData: AGENCY,
      inputData: {},
    } as any);
    expect(fields.map((f: any) => f.key)).not.toContain('subAccountId');
    await tester(app.triggers.get_company.operation.perform, { authData: AGENCY, inputData: {} } as any);
    expect(seen.map((s) => [s.path, s.authorization])).toEqual([['/companies/comp123', 'Bearer agency-token-1']]);
  });
});

describe('a step on an agency connection', () => {
  test('exchanges the agency token for a location token once, then sends the request with it', async () => {
    const seen = happyGhl();
    const tester = tester_();
    const result = await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'Ann' });
    expect(result).toMatchObject({ id: 'c-new', locationId: 'locA' });
    expect(seen.map((s) => s.path)).toEqual(['/oauth/locationToken', '/contacts/']);
    const [ex, create] = seen;
    // The exchange exactly as the spec has it: form-encoded companyId + locationId, Version, the agency Bearer.
    expect(ex).toMatchObject({
      method: 'POST',
      version: '2021-07-28',
      authorization: 'Bearer agency-token-1',
      body: { companyId: 'comp123', locationId: 'locA' },
    });
    expect(ex.contentType).toContain('application/x-www-form-urlencoded');
    expect(
      checkRequest(
        {
          method: 'POST',
          url: '/oauth/locationToken',
          headers: { version: ex.version!, 'content-type': ex.contentType! },
          body: ex.body,
        },
        WORKAROUNDS,
      ).problems,
    ).toEqual([]);
    // The step's request: the chosen sub-account wherever the connection's locationId goes, the location token.
    expect(create.authorization).toBe('Bearer loc-token-1-locA');
    expect(create.body).toEqual({ locationId: 'locA', firstName: 'Ann' });
    expect(
      checkRequest(
        {
          method: 'POST',
          url: '/contacts/',
          headers: {
            version: create.version!,
            authorization: create.authorization!,
            'content-type': create.contentType!,
          },
          body: create.body,
        },
        WORKAROUNDS,
      ).problems,
    ).toEqual([]);
  });

  test('reuses the cached token across runs until shortly before it expires, then exchanges again', async () => {
    const seen = happyGhl(3600);
    const tester = tester_();
    const start = Date.now();
    const now = jest.spyOn(Date, 'now').mockReturnValue(start);
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' });
    now.mockReturnValue(start + (3600 - EXPIRY_MARGIN_SECONDS - 60) * 1000); // a minute before the refresh margin
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'B' });
    expect(exchanges(seen)).toHaveLength(1);
    now.mockReturnValue(start + (3600 - EXPIRY_MARGIN_SECONDS + 1) * 1000); // inside the margin: refreshed
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'C' });
    expect(exchanges(seen)).toHaveLength(2);
    expect(seen.filter((s) => s.path === '/contacts/').map((s) => s.authorization)).toEqual([
      'Bearer loc-token-1-locA',
      'Bearer loc-token-1-locA',
      'Bearer loc-token-2-locA',
    ]);
  });

  describe('a location token GHL refuses (401) before its expiry', () => {
    /** happyGhl, but /contacts/ answers 401 for the tokens in `revoked`. */
    const revoking = (revoked: Set<string>) =>
      ghl((s) =>
        s.path === '/contacts/' && revoked.has(String(s.authorization))
          ? [401, { statusCode: 401, message: 'Invalid JWT' }]
          : s.path === '/oauth/installedLocations'
            ? [200, { locations: [{ _id: 'locA', name: 'Acme Dallas' }] }]
            : answerOf(s),
      );
    /** What happyGhl answers (its nock scope is replaced by the revoking one). */
    const answerOf = (s: Seen): [number, unknown] => {
      if (s.path === '/oauth/locationToken') {
        tokens += 1;
        return [200, { access_token: `loc-token-${tokens}-${s.body.locationId}`, expires_in: 86399 }];
      }
      if (s.path === '/contacts/') return [201, { contact: { id: 'c-new', locationId: s.body.locationId } }];
      return [599, { message: `test: unexpected ${s.method} ${s.path}` }];
    };

    test('is exchanged once more and the request sent again: the agency connection is not refreshed', async () => {
      const revoked = new Set<string>();
      const seen = revoking(revoked);
      const tester = tester_();
      await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' });
      revoked.add('Bearer loc-token-1-locA');
      seen.length = 0;
      forgetHeldTokens();
      // A later run: the cached token is refused; one exchange, the create sent again with the new token.
      const created = await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'B' });
      expect(created).toMatchObject({ id: 'c-new' });
      expect(seen.map((s) => [s.path, s.authorization])).toEqual([
        ['/contacts/', 'Bearer loc-token-1-locA'],
        ['/oauth/locationToken', 'Bearer agency-token-1'],
        ['/contacts/', 'Bearer loc-token-2-locA'],
      ]);
      // The new token is cached for the next run.
      seen.length = 0;
      forgetHeldTokens();
      await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'C' });
      expect(seen.map((s) => [s.path, s.authorization])).toEqual([['/contacts/', 'Bearer loc-token-2-locA']]);
    });

    test('refused again: a sentence naming the sub-account, one exchange, no refresh loop', async () => {
      const revoked = new Set(['Bearer loc-token-1-locA', 'Bearer loc-token-2-locA']);
      const seen = revoking(revoked);
      const error: any = await createContact(tester_(), AGENCY, { subAccountId: 'locA', firstName: 'A' }).catch(
        (e: unknown) => e,
      );
      expect(error.name).not.toBe('RefreshAuthError');
      expect(errorText(error)).toBe(
        'GHL rejected the token of sub-account "Acme Dallas" (locA) (HTTP 401), also a new one. Check that the app ' +
          'is still installed there and the sub-account is active, or pick another sub-account in the step.',
      );
      expect(exchanges(seen)).toHaveLength(2); // the step's first token, and one renewal
      expect(seen.filter((s) => s.path === '/contacts/')).toHaveLength(2);
    });

    test('an expired agency token found while renewing still asks Zapier to refresh the connection', async () => {
      const revoked = new Set<string>();
      revoking(revoked);
      const tester = tester_();
      await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' });
      revoked.add('Bearer loc-token-1-locA');
      nock.cleanAll();
      const later = ghl((s) =>
        s.path === '/oauth/locationToken'
          ? [401, { statusCode: 401, message: 'Invalid JWT' }]
          : s.path === '/contacts/' && revoked.has(String(s.authorization))
            ? [401, { statusCode: 401, message: 'Invalid JWT' }]
            : answerOf(s),
      );
      forgetHeldTokens();
      const error: any = await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'B' }).catch(
        (e: unknown) => e,
      );
      expect(error.name).toBe('RefreshAuthError');
      expect(later.map((s) => s.path)).toEqual(['/contacts/', '/oauth/locationToken']);
    });
  });

  test("a step's requests use the token it picked until GHL's own expiry: one crossing the margin mid-step, one issued for less", async () => {
    const start = Date.now();
    const now = jest.spyOn(Date, 'now').mockReturnValue(start);
    let lifetime = 3600;
    const seen = ghl((s) => {
      if (s.path === '/oauth/locationToken') {
        tokens += 1;
        return [200, { access_token: `loc-token-${tokens}`, expires_in: lifetime }];
      }
      if (s.path.endsWith('/customFields')) {
        now.mockReturnValue(Date.now() + 10_000); // the custom-field lookup takes 10 s
        return [200, { customFields: [{ id: 'cf1', name: 'Budget', dataType: 'NUMERICAL', model: 'contact' }] }];
      }
      return [201, { contact: { id: 'c-new', locationId: s.body.locationId } }];
    });
    const tester = tester_();
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' });
    // A run a second before the margin picks the cached token; after its lookup, the create is inside the margin.
    now.mockReturnValue(start + (3600 - EXPIRY_MARGIN_SECONDS - 1) * 1000);
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'B', cf__cf1__NUMERICAL: '7' });
    // A token GHL issues for less than the margin (2 minutes) serves the step that obtained it.
    lifetime = 120;
    await createContact(tester, AGENCY, { subAccountId: 'locB', firstName: 'C' });
    expect(seen.map((s) => [s.path, s.authorization])).toEqual([
      ['/oauth/locationToken', 'Bearer agency-token-1'],
      ['/contacts/', 'Bearer loc-token-1'],
      ['/locations/locA/customFields', 'Bearer loc-token-1'],
      ['/contacts/', 'Bearer loc-token-1'],
      ['/oauth/locationToken', 'Bearer agency-token-1'],
      ['/contacts/', 'Bearer loc-token-2'],
    ]);
  });

  test('one exchange per sub-account across runs', async () => {
    const seen = happyGhl();
    const tester = tester_();
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' });
    await createContact(tester, AGENCY, { subAccountId: 'locB', firstName: 'B' });
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'C' });
    expect(exchanges(seen).map((s) => s.body.locationId)).toEqual(['locA', 'locB']);
    expect(seen.filter((s) => s.path === '/contacts/').map((s) => [s.body.locationId, s.authorization])).toEqual([
      ['locA', 'Bearer loc-token-1-locA'],
      ['locB', 'Bearer loc-token-2-locB'],
      ['locA', 'Bearer loc-token-1-locA'],
    ]);
  });

  test('parallel requests of one step share one exchange', async () => {
    const seen = happyGhl();
    const tokens = await tester_()(
      (z: any, bundle: any) =>
        Promise.all([
          locationToken(z, bundle, 'locA'),
          locationToken(z, bundle, 'locA'),
          locationToken(z, bundle, 'locB'),
        ]),
      { authData: AGENCY, inputData: {} },
    );
    // (Which exchange GHL answers first is up to the network: the counter in the token is not asserted.)
    expect(tokens[0]).toMatch(/^loc-token-\d-locA$/);
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).toMatch(/^loc-token-\d-locB$/);
    expect(
      exchanges(seen)
        .map((s) => s.body.locationId)
        .sort(),
    ).toEqual(['locA', 'locB']);
  });

  test('the cache is keyed by agency, location and a hash of the agency token: never the token, never authData', async () => {
    happyGhl();
    const tester = tester_();
    const bundle = { authData: { ...AGENCY }, inputData: { subAccountId: 'locA', firstName: 'A' } };
    await tester(app.creates.create_contact.operation.perform, bundle);
    const keys = Object.keys(tester.zcacheTestObj);
    expect(keys).toEqual([tokenCacheKey('comp123', 'locA', 'agency-token-1')]);
    expect(keys[0]).toMatch(/^ghl-location-token:v1:comp123:locA:[0-9a-f]{32}$/);
    expect(keys[0]).not.toContain('agency-token-1');
    expect(JSON.parse(tester.zcacheTestObj[keys[0]])).toMatchObject({
      access_token: 'loc-token-1-locA',
      expiresAt: expect.any(Number),
    });
    // The connection's stored data is untouched: no location token, no locationId.
    expect(bundle.authData).toEqual(AGENCY);
  });

  test('a refreshed agency token gets its own location token', async () => {
    const seen = happyGhl();
    const tester = tester_();
    await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' });
    await createContact(
      tester,
      { ...AGENCY, access_token: 'agency-token-2' },
      { subAccountId: 'locA', firstName: 'B' },
    );
    expect(exchanges(seen).map((s) => s.authorization)).toEqual(['Bearer agency-token-1', 'Bearer agency-token-2']);
  });

  test("the step's dropdowns list the chosen sub-account's records with its token", async () => {
    const seen = happyGhl();
    const tester = tester_();
    const choices = await tester(app.triggers.contact_choices.operation.perform, {
      authData: AGENCY,
      inputData: { subAccountId: 'locB' },
      meta: { page: 0 },
    } as any);
    expect(choices[0]).toMatchObject({ id: 'c1' });
    const search = seen.find((s) => s.path === '/contacts/search')!;
    expect(search.body.locationId).toBe('locB');
    expect(search.authorization).toBe('Bearer loc-token-1-locB');
  });

  test('the Sub-Account dropdown opens whatever sub-account the step holds: agency token, no exchange', async () => {
    // Zapier passes the step's values to its dropdowns: one whose app was uninstalled (no token for it) or a typed
    // name must not keep the user from picking another sub-account.
    const seen = ghl((s) =>
      s.path === '/oauth/installedLocations'
        ? [200, { locations: [{ _id: 'locA', name: 'Acme Dallas', address: '1 Main St', isInstalled: true }] }]
        : [400, { statusCode: 400, message: 'App is not installed for location' }],
    );
    const choices = await tester_()(app.triggers.sub_account_choices.operation.perform, {
      authData: AGENCY,
      inputData: { subAccountId: 'locUninstalled' },
      meta: { page: 0 },
    } as any);
    expect(choices.map((c: any) => [c.id, c.name])).toEqual([['locA', 'Acme Dallas']]);
    expect(seen.map((s) => [s.path, s.authorization, s.query.locationId])).toEqual([
      ['/oauth/installedLocations', 'Bearer agency-token-1', undefined],
    ]);
  });

  test('without a chosen sub-account: one sentence, no request', async () => {
    const seen = happyGhl();
    const tester = tester_();
    const error = await tester(app.triggers.get_contact.operation.perform, {
      authData: AGENCY,
      inputData: { contactId: 'c1' },
    } as any).catch((e: unknown) => e);
    expect(errorText(error)).toBe(
      'Specific Contact Updated works in one sub-account, and this is an agency connection: choose the sub-account in the ' +
        'step\'s "Sub-Account" field (it lists the sub-accounts where the app is installed).',
    );
    expect(seen).toHaveLength(0);
  });

  test('a sub-account connection ignores a stray subAccountId and never exchanges', async () => {
    const seen = happyGhl();
    const tester = tester_();
    await createContact(tester, LOCATION, { subAccountId: 'locA', firstName: 'A' });
    expect(seen.map((s) => [s.path, s.authorization, s.body.locationId])).toEqual([
      ['/contacts/', 'Bearer location-connection-token', 'loc123'],
    ]);
  });
});

describe('refused exchanges', () => {
  const refusing = (status: number, message: string) =>
    ghl((s) => {
      if (s.path === '/oauth/locationToken') return [status, { statusCode: status, message }];
      if (s.path === '/oauth/installedLocations')
        return [
          200,
          { locations: [{ _id: 'locZ', name: 'Zed Plumbing', address: '1 Main St', isInstalled: false }], count: 1 },
        ];
      return [599, { message: 'test: the step must not run' }];
    });

  test('app not installed in the sub-account: names it and says what to do', async () => {
    const seen = refusing(400, 'Location not found or app not installed');
    const error = await createContact(tester_(), AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    const text = errorText(error);
    expect(text).toContain('GHL refused a token for sub-account "Zed Plumbing" (locZ) (HTTP 400).');
    expect(text).toContain('install it there from the GHL Marketplace');
    expect(text).toContain('GHL says: Location not found or app not installed');
    expect(text).not.toContain('agency-token-1');
    // The name came from GET /oauth/installedLocations, asked with the spec's required companyId and appId.
    const lookup = seen.find((s) => s.path === '/oauth/installedLocations')!;
    expect(lookup.query).toEqual({ companyId: 'comp123', appId: '6578278e879ad2646715ba9c', locationId: 'locZ' });
    expect(lookup.authorization).toBe('Bearer agency-token-1');
    expect(
      checkRequest(
        {
          method: 'GET',
          url: `/oauth/installedLocations?${new URLSearchParams(lookup.query)}`,
          headers: { version: lookup.version!, authorization: lookup.authorization! },
        },
        WORKAROUNDS,
      ).problems,
    ).toEqual([]);
    expect(seen.some((s) => s.path === '/contacts/')).toBe(false);
  });

  test('an id that is no sub-account of this agency (mistyped, a name, another agency\'s) says so, not "install the app"', async () => {
    const seen = ghl((s) =>
      s.path === '/oauth/locationToken'
        ? [400, { statusCode: 400, message: 'Location not found' }]
        : s.path === '/oauth/installedLocations'
          ? [200, { locations: [], count: 0 }]
          : [599, { message: 'test: the step must not run' }],
    );
    const error = await createContact(tester_(), AGENCY, { subAccountId: ' Acme Dental ', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(errorText(error)).toBe(
      'GHL refused a token for sub-account "Acme Dental" (HTTP 400). GHL lists no sub-account with that id in this ' +
        'agency: pick the sub-account from the step\'s "Sub-Account" list, or map the ID of one of this agency\'s ' +
        'sub-accounts (not its name). GHL says: Location not found',
    );
    expect(seen.map((s) => [s.path, s.query.locationId ?? s.body.locationId])).toEqual([
      ['/oauth/locationToken', 'Acme Dental'],
      ['/oauth/installedLocations', 'Acme Dental'],
    ]);
  });

  test('a missing oauth.write scope names the scope', async () => {
    refusing(401, 'The token is not authorized for this scope.');
    const error = await createContact(tester_(), AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(errorText(error)).toMatch(
      /lacks the scope oauth\.write\. Add oauth\.write and oauth\.readonly to your GHL Marketplace app/,
    );
  });

  test.each(['Invalid JWT', 'Invalid JWT: token expired for this location'])(
    'an expired agency token (%j) asks Zapier to refresh the connection',
    async (said) => {
      refusing(401, said);
      const error: any = await createContact(tester_(), AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(
        (e: unknown) => e,
      );
      expect(error.name).toBe('RefreshAuthError');
    },
  );

  test("a throttled exchange is retried later, naming the sub-account and the agency's limits", async () => {
    refusing(429, 'Too many requests');
    const error: any = await createContact(tester_(), AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(error.name).toBe('ThrottledError');
    expect(errorText(error)).toBe(
      'GHL\'s rate limit was reached while getting the token of sub-account "locZ" (100 requests per 10 seconds and ' +
        '200,000 a day per agency). Zapier will retry in 10 s.',
    );
  });

  test("an agency-level step's 429 names the agency's limits, a sub-account step's the sub-account's", async () => {
    const seen = ghl((s) =>
      s.path === '/oauth/locationToken'
        ? [200, { access_token: 'loc-token-locA', expires_in: 86399 }]
        : [429, { message: 'Too many requests' }],
    );
    const tester = tester_();
    const find = await tester(app.searches.find_sub_account.operation.perform, {
      authData: AGENCY,
      inputData: { query: 'Acme' },
    }).catch((e: unknown) => e);
    expect(errorText(find)).toContain(
      'during Find Sub-Account (100 requests per 10 seconds and 200,000 a day per agency)',
    );
    const create = await createContact(tester, AGENCY, { subAccountId: 'locA', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(errorText(create)).toContain('200,000 a day per sub-account)');
    expect(seen.map((s) => s.path)).toEqual(['/oauth/installedLocations', '/oauth/locationToken', '/contacts/']);
  });

  test('a failed exchange is not cached: the next run tries again', async () => {
    const seen = refusing(400, 'app not installed');
    const tester = tester_();
    await createContact(tester, AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(() => undefined);
    await createContact(tester, AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(() => undefined);
    expect(exchanges(seen)).toHaveLength(2);
    expect(Object.keys(tester.zcacheTestObj)).toEqual([]);
  });
});

describe('faults of the exchange: bounded, masked, never quoted', () => {
  const refusedText = (name: string, said: string) =>
    `GHL refused a token for sub-account ${name} (HTTP 400). The app is probably not installed in that sub-account: ` +
    'install it there from the GHL Marketplace (or include the sub-account when the agency installs the app), or ' +
    `pick another sub-account in the step. GHL says: ${said}`;

  test("the sub-account's name lookup after a refusal is bounded by the request timeout", async () => {
    process.env.GHL_REQUEST_TIMEOUT_MS = '300';
    try {
      nock(DEFAULT_BASE_URL)
        .post('/oauth/locationToken')
        .reply(400, { statusCode: 400, message: 'Location not found' });
      nock(DEFAULT_BASE_URL)
        .get('/oauth/installedLocations')
        .query(true)
        .delay(3000)
        .reply(200, { locations: [{ _id: 'locZ', name: 'Zed Plumbing' }] });
      const started = Date.now();
      const error = await createContact(tester_(), AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(
        (e: unknown) => e,
      );
      expect(Date.now() - started).toBeLessThan(2000);
      // The lookup timed out: the sentence names the sub-account by its id.
      expect(errorText(error)).toBe(refusedText('"locZ"', 'Location not found'));
    } finally {
      delete process.env.GHL_REQUEST_TIMEOUT_MS;
    }
  });

  const ECHO = `bad request: agency token ${AGENCY.access_token} refresh ${AGENCY.refresh_token}`;

  test.each([
    [400, `GHL refused a token for sub-account "Zed Plumbing" (locZ) (HTTP 400).`],
    [500, 'GHL had an internal error (HTTP 500) while getting a token for sub-account "locZ".'],
  ])("loading a step's custom fields: a %i echoing the agency's tokens shows them masked", async (status, start) => {
    ghl((s) =>
      s.path === '/oauth/locationToken'
        ? [status, { statusCode: status, message: ECHO }]
        : [200, { locations: [{ _id: 'locZ', name: 'Zed Plumbing' }] }],
    );
    const error = await tester_()(app.creates.create_contact.operation.inputFields, {
      authData: AGENCY,
      inputData: { subAccountId: 'locZ' },
    } as any).catch((e: unknown) => e);
    const text = errorText(error);
    expect(text.startsWith(start)).toBe(true);
    expect(text).toContain('GHL says: bad request: agency token [redacted] refresh [redacted]');
    expect(text).not.toContain(AGENCY.access_token);
    expect(text).not.toContain(AGENCY.refresh_token);
  });

  test("a step's error echoing the sub-account's location token shows it masked", async () => {
    ghl((s) =>
      s.path === '/oauth/locationToken'
        ? [200, { access_token: 'loc-secret-LT-77aa88', expires_in: 86399, userId: 'u1' }]
        : [422, { statusCode: 422, message: ['token loc-secret-LT-77aa88 lacks contacts.write'] }],
    );
    const error = await createContact(tester_(), AGENCY, { subAccountId: 'locA', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(errorText(error)).toBe(
      'Create Contact was rejected by GHL (HTTP 422). GHL says: token [redacted] lacks contacts.write.',
    );
  });

  test("a refusal's raw body is never quoted: it may hold a token", async () => {
    ghl((s) =>
      s.path === '/oauth/locationToken'
        ? [400, `access_token=loc-secret-raw-1&note=refused`, 'raw']
        : [500, { message: 'the name lookup fails too' }],
    );
    const error = await createContact(tester_(), AGENCY, { subAccountId: 'locZ', firstName: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(errorText(error)).toBe(refusedText('"locZ"', '').replace(' GHL says: ', ''));
  });

  test.each([
    ['an HTML page', '<html>Login</html>', 'raw', 'was an HTML page'],
    ['a truncated token', '{"access_token":"loc-secret-cut-1","expires_in":8639', 'raw', 'was not valid JSON'],
    ['null', 'null', 'raw', 'was null instead of a JSON object'],
    ['[]', [], undefined, 'was a list instead of a JSON object'],
    ['{}', {}, undefined, 'had no access_token'],
    ['{access_token: null}', { access_token: null }, undefined, 'had no access_token'],
    [
      '{access_token: {…}}',
      { access_token: { value: 't' } },
      undefined,
      'had its access_token as something other than text',
    ],
    ['{access_token: []}', { access_token: [] }, undefined, 'had its access_token as something other than text'],
  ])(
    'a 200 that is %s is a bad answer to try again, not a refusal: no other request',
    async (_n, body, raw, problem) => {
      const seen = ghl((s) =>
        s.path === '/oauth/locationToken'
          ? raw
            ? [200, body as string, 'raw']
            : [200, body]
          : [201, { contact: { id: 'c-new' } }],
      );
      const error: any = await createContact(tester_(), AGENCY, { subAccountId: 'locB', firstName: 'A' }).catch(
        (e: unknown) => e,
      );
      expect(JSON.parse(error.message)).toMatchObject({
        code: 'GHL_BAD_RESPONSE',
        message:
          `Getting the token of sub-account "locB": GHL's answer ${problem}, so there is nothing reliable to return. ` +
          'Try again in a few minutes; if it keeps happening, GHL may have changed this endpoint.',
      });
      expect(seen.map((s) => s.path)).toEqual(['/oauth/locationToken']);
    },
  );

  test.each([
    [
      'an object',
      { id: 'locA' },
      'must be a single id, not an object: map one value (e.g. the ID field of an earlier step).',
    ],
    [
      'a list',
      ['locA', 'locB'],
      'must be a single id, not a list: map one value (e.g. the ID field of an earlier step).',
    ],
    ['"."', '.', 'must be an id, not ".".'],
  ])('a Sub-account given as %s is refused naming the field, before any request', async (_n, value, why) => {
    const seen = happyGhl();
    const tester = tester_();
    for (const run of [
      () => createContact(tester, AGENCY, { subAccountId: value, firstName: 'A' }),
      () =>
        tester(app.creates.create_contact.operation.inputFields, {
          authData: AGENCY,
          inputData: { subAccountId: value },
        }),
    ]) {
      const error: any = await run().catch((e: unknown) => e);
      expect(JSON.parse(error.message)).toMatchObject({ code: 'INVALID_INPUT', message: `"Sub-Account" ${why}` });
    }
    expect(seen).toHaveLength(0);
  });
});

describe('connection: white-label login, bulk installs, labels', () => {
  const auth = app.authentication;

  test('the authorize URL uses the chosen login host, GoHighLevel by default', async () => {
    const tester = tester_();
    const input = { redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1CLIAPI/', state: 's1' };
    const byDefault = new URL(await tester(auth.oauth2Config.authorizeUrl, { inputData: input } as any));
    const white = new URL(
      await tester(auth.oauth2Config.authorizeUrl, {
        inputData: { ...input, loginHost: 'marketplace.leadconnectorhq.com' },
      } as any),
    );
    expect(byDefault.origin + byDefault.pathname).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
    expect(white.origin + white.pathname).toBe('https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation');
    for (const u of [byDefault, white]) {
      expect(Object.fromEntries(u.searchParams)).toEqual({
        response_type: 'code',
        client_id: '6578278e879ad2646715ba9c-lq4ux9ul',
        redirect_uri: input.redirect_uri,
        scope: auth.oauth2Config.scope,
        state: 's1',
      });
    }
    // Any other value cannot send users elsewhere.
    const odd = new URL(
      await tester(auth.oauth2Config.authorizeUrl, { inputData: { ...input, loginHost: 'evil.example.com' } } as any),
    );
    expect(odd.host).toBe('marketplace.gohighlevel.com');
    expect(auth.fields.find((f: any) => f.key === 'loginHost')).toMatchObject({
      required: false,
      default: 'marketplace.gohighlevel.com',
    });
  });

  test('the oauth scopes the exchange and the installed-locations list need are requested', () => {
    expect(auth.oauth2Config.scope.split(' ')).toEqual(expect.arrayContaining(['oauth.readonly', 'oauth.write']));
  });

  test('a bulk install answers a sub-account authorization with a Company token: stored as an agency connection', async () => {
    const seen = ghl((s) =>
      s.path === '/oauth/token'
        ? [
            200,
            {
              access_token: 'bulk-at',
              refresh_token: 'bulk-rt',
              expires_in: 86399,
              userType: 'Company',
              companyId: 'comp123',
              userId: 'u1',
              isBulkInstallation: true,
              approveAllLocations: true,
            },
          ]
        : [599, {}],
    );
    const stored = await tester_()(auth.oauth2Config.getAccessToken, {
      inputData: { code: 'c', redirect_uri: 'r', accountType: 'Location' },
    } as any);
    expect(seen.map((s) => s.body.user_type)).toEqual(['Location']);
    expect(stored).toEqual({
      access_token: 'bulk-at',
      refresh_token: 'bulk-rt',
      locationId: '',
      companyId: 'comp123',
      userType: 'Company',
      userId: 'u1',
    });
  });

  test('a token answer without userType is typed by its ids: a companyId alone makes an agency connection that works', async () => {
    const seen = ghl((s) =>
      s.path === '/oauth/token'
        ? [200, { access_token: 'bulk-at', refresh_token: 'bulk-rt', expires_in: 86399, companyId: 'comp123' }]
        : s.path === '/oauth/locationToken'
          ? [200, { access_token: 'loc-token-A', expires_in: 86399 }]
          : s.path === '/companies/comp123'
            ? [200, { company: { id: 'comp123', name: 'Acme Agency' } }]
            : [201, { contact: { id: 'c-new', locationId: s.body.locationId } }],
    );
    const stored = await tester_()(auth.oauth2Config.getAccessToken, {
      inputData: { code: 'c', redirect_uri: 'r' },
    } as any);
    expect(stored).toMatchObject({ locationId: '', companyId: 'comp123', userType: 'Company' });
    // One stored as "Location" without a locationId (before this rule) works too, in a sub-account and agency-wide.
    for (const authData of [stored, { ...stored, userType: 'Location' }]) {
      forgetHeldTokens();
      const tester = tester_(); // its own z.cache: each connection obtains its location token
      await createContact(tester, authData, { subAccountId: 'locA', firstName: 'A' });
      await tester(app.triggers.get_company.operation.perform, { authData, inputData: {} } as any);
    }
    expect(seen.slice(1).map((s) => [s.path, s.authorization])).toEqual([
      ['/oauth/locationToken', 'Bearer bulk-at'],
      ['/contacts/', 'Bearer loc-token-A'],
      ['/companies/comp123', 'Bearer bulk-at'],
      ['/oauth/locationToken', 'Bearer bulk-at'],
      ['/contacts/', 'Bearer loc-token-A'],
      ['/companies/comp123', 'Bearer bulk-at'],
    ]);
  });

  test('a bulk install (Company token, no locationId) is an agency connection labelled with the agency name', async () => {
    const seen = happyGhl();
    const tester = tester_();
    const bulk = { ...AGENCY, locationId: '' };
    const result = await tester(auth.test, { authData: bulk, inputData: {} } as any);
    expect(result.label).toBe('Acme Agency (agency)');
    expect(result.label).not.toContain('comp123');
    expect(seen.map((s) => [s.path, s.authorization])).toEqual([['/companies/comp123', 'Bearer agency-token-1']]);
  });

  test("a sub-account connection's label is the location's name, without its id", async () => {
    ghl((s) =>
      s.path === '/locations/loc123'
        ? [200, { location: { id: 'loc123', name: 'Acme Dental', companyId: 'comp123' } }]
        : [599, {}],
    );
    const result = await tester_()(auth.test, { authData: LOCATION, inputData: {} } as any);
    expect(result.label).toBe('Acme Dental');
  });
});
