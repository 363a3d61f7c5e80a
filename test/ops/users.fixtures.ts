import type { OpFixture } from '../support/harness';

const user = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'John Deo',
  firstName: 'John',
  lastName: 'Deo',
  email: `${id}@deo.com`,
  phone: '+18088688888',
  roles: { type: 'account', role: 'user', locationIds: ['loc123'] },
  deleted: false,
  ...extra,
});

const AGENCY = { userType: 'Company', locationId: undefined };

export const fixtures: OpFixture[] = [
  // ---- triggers
  {
    key: 'search_users',
    name: 'company + location from the connection, filters, newest first',
    input: { query: 'john', role: 'admin', type: 'account' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: {
          sort: 'dateAdded',
          sortDirection: 'desc',
          query: 'john',
          role: 'admin',
          type: 'account',
          companyId: 'comp123',
          limit: '100',
          skip: '0',
          locationId: 'loc123',
        },
        response: { users: [user('u1'), user('u2')], count: 2 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['u1', 'u2']),
  },
  {
    key: 'search_users',
    name: 'agency connection without a sub-account: the whole company; page 2 keeps the filter',
    auth: AGENCY,
    input: { role: 'user' },
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: {
          sort: 'dateAdded',
          sortDirection: 'desc',
          role: 'user',
          companyId: 'comp123',
          limit: '100',
          skip: '100',
        },
        response: { users: [], count: 100 },
      },
    ],
    expect: [],
  },
  {
    key: 'search_users',
    name: 'a missing scope says which one',
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: {
          sort: 'dateAdded',
          sortDirection: 'desc',
          companyId: 'comp123',
          limit: '100',
          skip: '0',
          locationId: 'loc123',
        },
        status: 401,
        response: { statusCode: 401, message: 'The token is not authorized for this scope.' },
      },
    ],
    error: /not authorized for the scope it needs \(users\.readonly\)/,
  },
  {
    key: 'users_by_email',
    name: 'a sub-account connection gets one clear sentence, no request',
    input: { emails: ['a@deo.com'] },
    requests: [],
    error: /New User with Email needs an agency \(Company\) connection/,
  },
  {
    key: 'users_by_email',
    name: 'agency connection: emails as one comma-separated string, paging as text in the body',
    auth: { userType: 'Company' },
    input: { emails: ['a@deo.com', 'b@deo.com, c@deo.com'], deleted: 'false' },
    requests: [
      {
        method: 'POST',
        path: '/users/search/filter-by-email',
        body: {
          projection: 'all',
          emails: 'a@deo.com,b@deo.com,c@deo.com',
          deleted: false,
          companyId: 'comp123',
          limit: '100',
          skip: '0',
        },
        response: { users: [user('a'), user('b')], count: 2 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['a', 'b']),
  },
  {
    key: 'users_by_email',
    name: 'an internationalized domain is sent in both its forms: GHL matches the one it holds',
    auth: { userType: 'Company' },
    input: { emails: 'jörg@müller.de, ann@xn--bcher-kva.de, bob@deo.com' },
    requests: [
      {
        method: 'POST',
        path: '/users/search/filter-by-email',
        body: {
          projection: 'all',
          emails: 'jörg@müller.de,jörg@xn--mller-kva.de,ann@xn--bcher-kva.de,ann@bücher.de,bob@deo.com',
          companyId: 'comp123',
          limit: '100',
          skip: '0',
        },
        response: { users: [user('a', { email: 'jörg@müller.de' })], count: 1 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['a']),
  },
  {
    key: 'users_by_email',
    name: 'page 2 keeps the emails',
    auth: { userType: 'Company' },
    input: { emails: 'a@deo.com' },
    meta: { page: 1 },
    requests: [
      {
        method: 'POST',
        path: '/users/search/filter-by-email',
        body: { projection: 'all', emails: 'a@deo.com', companyId: 'comp123', limit: '100', skip: '100' },
        response: { users: [], count: 0 },
      },
    ],
    expect: [],
  },
  {
    key: 'get_user',
    name: 'fires with the user; a change gives a new dedupe id',
    input: { userId: 'u1' },
    requests: [
      {
        method: 'GET',
        path: '/users/u1',
        response: user('u1', { roles: { type: 'account', role: 'admin', locationIds: ['loc123'] } }),
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject({ recordId: 'u1', email: 'u1@deo.com' });
      expect(r[0].id).toMatch(/^u1-[0-9a-f]{16}$/);
      const before = require('../../lib/items').toChangeItem(user('u1'))[0].id;
      expect(r[0].id).not.toBe(before);
    },
  },
  {
    key: 'get_user',
    name: "400 for an unknown user keeps GHL's message",
    input: { userId: 'nope' },
    requests: [
      { method: 'GET', path: '/users/nope', status: 400, response: { statusCode: 400, message: 'User not found' } },
    ],
    error: /User not found/,
  },
  {
    key: 'users_by_location',
    requests: [
      {
        method: 'GET',
        path: '/users/',
        query: { locationId: 'loc123' },
        response: { users: [user('u1'), user('u2')] },
      },
    ],
    expect: [user('u1'), user('u2')],
  },

  // ---- creates
  {
    key: 'create_user',
    name: 'required fields only: company, sub-account, type and role filled in',
    input: { firstName: 'Ann', lastName: 'Lee', email: 'ann@deo.com', password: 'S3cret!pass' },
    requests: [
      {
        method: 'POST',
        path: '/users/',
        body: {
          type: 'account',
          role: 'user',
          firstName: 'Ann',
          lastName: 'Lee',
          email: 'ann@deo.com',
          password: 'S3cret!pass',
          companyId: 'comp123',
          locationIds: ['loc123'],
        },
        status: 201,
        response: user('u9', { firstName: 'Ann', lastName: 'Lee', email: 'ann@deo.com' }),
      },
    ],
    expect: user('u9', { firstName: 'Ann', lastName: 'Lee', email: 'ann@deo.com' }),
  },
  {
    // Sub-Account IDs has no dropdown: it is declared a list of ids (Field `ids`).
    key: 'create_user',
    name: 'a placeholder among the Sub-Account IDs is refused naming it, before any request',
    input: {
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@deo.com',
      password: 'S3cret!pass',
      locationIds: 'loc123, n/a',
    },
    requests: [],
    error: /^"Sub-Account IDs" holds "n\/a", a placeholder for no answer, not an id: remove it from the list\.$/,
  },
  {
    key: 'create_user',
    name: 'a password that reads like a placeholder ("????") is the password: sent, never quoted back as left out',
    input: { firstName: 'Ann', lastName: 'Lee', email: 'ann@deo.com', password: '????' },
    requests: [
      {
        method: 'POST',
        path: '/users/',
        body: {
          type: 'account',
          role: 'user',
          firstName: 'Ann',
          lastName: 'Lee',
          email: 'ann@deo.com',
          password: '????',
          companyId: 'comp123',
          locationIds: ['loc123'],
        },
        status: 201,
        response: user('u9', { firstName: 'Ann', lastName: 'Lee', email: 'ann@deo.com' }),
      },
    ],
    expect: user('u9', { firstName: 'Ann', lastName: 'Lee', email: 'ann@deo.com' }),
  },
  {
    key: 'create_user',
    name: 'chosen role, type, sub-accounts, permissions (chosen on, the rest off) and language',
    input: {
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@deo.com',
      password: 'pw',
      phone: '+14155550100',
      role: 'admin',
      type: 'account',
      locationIds: 'loc123, loc456',
      permissions: ['contactsEnabled', 'opportunitiesEnabled'],
      platformLanguage: 'fr_CA',
    },
    requests: [
      {
        method: 'POST',
        path: '/users/',
        body: {
          type: 'account',
          role: 'admin',
          firstName: 'Ann',
          lastName: 'Lee',
          email: 'ann@deo.com',
          password: 'pw',
          phone: '+14155550100',
          locationIds: ['loc123', 'loc456'],
          permissions: expect.objectContaining({
            contactsEnabled: true,
            opportunitiesEnabled: true,
            campaignsEnabled: false,
            settingsEnabled: false,
          }),
          platformLanguage: 'fr_CA',
          companyId: 'comp123',
        },
        status: 201,
        response: user('u9'),
      },
    ],
    check: (r) => expect(r.id).toBe('u9'),
  },
  {
    key: 'create_user',
    name: 'an unknown permission is named before any request',
    input: { firstName: 'A', lastName: 'B', email: 'a@b.co', password: 'pw', permissions: 'contactsEnabled,beAdmin' },
    requests: [],
    error:
      /"Permissions" must be one of "adwordsReportingEnabled" \(Adwords Reporting\),.* or 26 more in its dropdown, not "beAdmin"\./,
  },
  {
    key: 'create_user',
    name: 'agency connection without a sub-account: a sub-account user needs Sub-Account IDs',
    auth: AGENCY,
    input: { firstName: 'A', lastName: 'B', email: 'a@b.co', password: 'pw' },
    requests: [],
    error: /Create User needs "Sub-Account IDs"/,
  },
  {
    key: 'create_user',
    name: 'missing password is named',
    input: { firstName: 'A', lastName: 'B', email: 'a@b.co' },
    requests: [],
    error: /Create User needs "Password"/,
  },
  {
    key: 'create_user',
    name: "GHL's 422 names the field",
    input: { firstName: 'A', lastName: 'B', email: ' A.B@Example.COM ', password: 'pw' },
    requests: [
      {
        method: 'POST',
        path: '/users/',
        body: {
          type: 'account',
          role: 'user',
          firstName: 'A',
          lastName: 'B',
          email: 'A.B@example.com',
          password: 'pw',
          companyId: 'comp123',
          locationIds: ['loc123'],
        },
        status: 422,
        response: { statusCode: 422, message: ['password is not strong enough'], error: 'Unprocessable Entity' },
      },
    ],
    // The value typed is never quoted back: a password is secret.
    error: /GHL says: password is not strong enough\. Check the field "Password"\.$/,
  },
  {
    key: 'create_user',
    name: 'an unreadable email is refused before any request, naming the value (lib/normalize.ts)',
    input: { firstName: 'A', lastName: 'B', email: 'not-an-email', password: 'pw' },
    requests: [],
    error: /^"Email" "not-an-email" is not an email address \(expected something like name@example\.com\)\.$/,
  },
  {
    key: 'update_user',
    input: { userId: 'u1', lastName: 'Smith', role: 'admin' },
    requests: [
      {
        method: 'PUT',
        path: '/users/u1',
        body: { lastName: 'Smith', role: 'admin', companyId: 'comp123' },
        response: user('u1', { lastName: 'Smith' }),
      },
    ],
    expect: user('u1', { lastName: 'Smith' }),
  },
  {
    key: 'update_user',
    name: 'GHL\'s 401 "The user does not exist." names the user id (highlevel-api-docs #205): no token refresh',
    input: { userId: 'gone', lastName: 'Smith' },
    requests: [
      {
        method: 'PUT',
        path: '/users/gone',
        body: { lastName: 'Smith', companyId: 'comp123' },
        status: 401,
        response: { statusCode: 401, message: 'The user does not exist.', error: 'Unauthorized' },
      },
    ],
    error:
      /^Update User: GHL found no record for User "gone"\. Check that the id is right and belongs to this sub-account\. GHL says: The user does not exist\.$/,
  },
  {
    key: 'update_user',
    name: "only the user picked: the connection's companyId is no change, refused before any request (issue 12)",
    input: { userId: 'u1' },
    requests: [],
    error: /^Update User has nothing to change: fill in at least one field to update besides "User"\.$/,
  },
  {
    key: 'update_user',
    name: 'agency connection: companyId (required at agency level) still goes, with the permissions object',
    auth: AGENCY,
    input: { userId: 'u1', permissions: 'contactsEnabled' },
    requests: [
      {
        method: 'PUT',
        path: '/users/u1',
        body: {
          permissions: expect.objectContaining({ contactsEnabled: true, opportunitiesEnabled: false }),
          companyId: 'comp123',
        },
        response: user('u1'),
      },
    ],
    check: (r) => expect(r.id).toBe('u1'),
  },
  {
    key: 'delete_user',
    input: { userId: 'u1' },
    requests: [
      {
        method: 'DELETE',
        path: '/users/u1',
        response: { succeded: true, message: 'Queued deleting user with e-mail u1@deo.com and name John Deo.' },
      },
    ],
    expect: { id: 'u1', deleted: true },
  },

  // ---- searches
  {
    key: 'find_user',
    name: 'by email: only exact matches of the loose search (the email read as Find Contact reads it)',
    input: { email: 'Ann@Deo.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'Ann@deo.com', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: { users: [user('u1', { email: 'annie@deo.com' }), user('u2', { email: 'ann@deo.com' })], count: 2 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['u2']),
  },
  {
    key: 'find_user',
    name: 'an email mapped with its name ("Ann Deo <ann@deo.com>") is searched as the address, and found',
    input: { email: 'Ann Deo <ann@deo.com>' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'ann@deo.com', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: { users: [user('u1', { email: 'joann@deo.com' }), user('u2', { email: 'ANN@deo.com' })], count: 2 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['u2']),
  },
  {
    // GHL matches the text it holds: a user whose address was typed in GHL keeps its domain in Unicode, while the
    // step asks in ASCII (lib/normalize.ts emailDomain); the exact address is kept whichever form GHL answers.
    key: 'find_user',
    name: 'an internationalized domain GHL holds in Unicode: found by one more search in that form',
    input: { email: 'jörg@müller.de' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'jörg@xn--mller-kva.de', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: { users: [user('u1', { email: 'jörg@xn--mller-kva.dev' })], count: 1 },
      },
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'jörg@müller.de', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: {
          users: [user('u2', { email: 'jörg@müller.dev' }), user('u3', { email: 'Jörg@Müller.DE' })],
          count: 2,
        },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['u3']),
  },
  {
    key: 'find_user',
    name: 'an internationalized domain found in its ASCII form: one search',
    input: { email: 'jörg@müller.de' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'jörg@xn--mller-kva.de', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: { users: [user('u1', { email: 'jörg@xn--mller-kva.de' })], count: 1 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['u1']),
  },
  {
    key: 'find_user',
    name: 'an unreadable email beside a User does not stop the lookup by id',
    input: { userId: 'u1', email: 'n/a' },
    requests: [{ method: 'GET', path: '/users/u1', response: user('u1') }],
    expect: [user('u1')],
  },
  {
    key: 'find_user',
    name: 'a 404 from the user search is an error naming what GHL did not find, not "no such user"',
    input: { email: 'ann@deo.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'ann@deo.com', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        status: 404,
        response: { statusCode: 404, message: 'Location not found' },
      },
    ],
    error: /^Find User: GHL found no record for agency \(company\) "comp123", sub-account \(location\) "loc123"\./,
  },
  {
    key: 'find_user',
    name: 'by id: a direct GET',
    input: { userId: 'u1', email: 'ignored@deo.com' },
    requests: [{ method: 'GET', path: '/users/u1', response: user('u1') }],
    expect: [user('u1')],
  },
  {
    key: 'find_user',
    name: 'unknown id → nothing found',
    input: { userId: 'nope' },
    requests: [
      { method: 'GET', path: '/users/nope', status: 404, response: { statusCode: 404, message: 'User not found' } },
    ],
    expect: [],
  },
  {
    key: 'find_user',
    name: 'unknown id answered as GHL does, 401 "The user does not exist." (highlevel-api-docs #205) → nothing found, no refresh',
    input: { userId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/users/nope',
        status: 401,
        response: { statusCode: 401, message: 'The user does not exist.', error: 'Unauthorized' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_user',
    name: 'an email mapped into User is searched as Email is: one request, the exact address kept',
    input: { userId: 'Ann Deo <ann@deo.com>', email: 'ignored@deo.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'ann@deo.com', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: { users: [user('u1', { email: 'joann@deo.com' }), user('u2', { email: 'ann@deo.com' })], count: 2 },
      },
    ],
    check: (r) => expect(r.map((u: any) => u.id)).toEqual(['u2']),
  },
  {
    key: 'find_user',
    name: 'an email in User that no user has is nothing found, as for Email (not an error halting the Zap)',
    input: { userId: 'bob@deo.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { query: 'bob@deo.com', companyId: 'comp123', locationId: 'loc123', limit: '100' },
        response: { users: [user('u3', { email: 'bobby@deo.com' })], count: 1 },
      },
    ],
    expect: [],
  },
  {
    key: 'find_user',
    name: 'a padded id is trimmed',
    input: { userId: ' u1 ' },
    requests: [{ method: 'GET', path: '/users/u1', response: user('u1') }],
    expect: [user('u1')],
  },
  {
    key: 'find_user',
    name: 'an object mapped into User is refused by its label (never GET /users/[object Object])',
    input: { userId: { id: 'u1' }, email: 'ann@deo.com' },
    requests: [],
    error: /^"User" takes one value, not an object: /,
  },
  {
    key: 'find_user',
    name: 'neither id nor email is a clear error',
    input: {},
    requests: [],
    error: /^Find User needs a User or an Email\.$/,
  },
];
