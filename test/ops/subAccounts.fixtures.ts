import type { OpFixture } from '../support/harness';

/** An agency connection (a bulk install looks the same: Company token, no locationId). */
const AGENCY = { userType: 'Company', locationId: '' };
const AGENCY_ONLY = /needs an agency \(Company\) connection.*Connect GHL again choosing your agency/;
/** The Marketplace app id derived from CLIENT_ID (set by subAccounts.test.ts) as GHL's SDK does. */
export const CLIENT_ID = '6578278e879ad2646715ba9c-lq4ux9ul';
const APP_ID = '6578278e879ad2646715ba9c';

const installed = (id: string, name: string) => ({
  _id: id,
  name,
  address: '1 Main St',
  isInstalled: true,
  installedAt: '2024-01-15T10:30:00.000Z',
});

export const fixtures: OpFixture[] = [
  {
    key: 'sub_account_choices',
    name: "the agency's sub-accounts where the app is installed, with names, GHL's order",
    auth: AGENCY,
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { companyId: 'comp123', limit: '100', skip: '0', appId: APP_ID, isInstalled: 'true' },
        response: {
          locations: [installed('locB', 'Bravo Dental'), installed('locA', 'Alpha Plumbing')],
          count: 2,
          installToFutureLocations: true,
        },
      },
    ],
    expect: [
      { ...installed('locB', 'Bravo Dental'), id: 'locB' },
      { ...installed('locA', 'Alpha Plumbing'), id: 'locA' },
    ],
  },
  {
    key: 'sub_account_choices',
    name: 'page 2 of the dropdown skips the first 100',
    auth: AGENCY,
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { companyId: 'comp123', limit: '100', skip: '100', appId: APP_ID, isInstalled: 'true' },
        response: { locations: [], count: 100 },
      },
    ],
    expect: [],
  },
  {
    key: 'sub_account_choices',
    name: 'a sub-account connection is refused before any request',
    requests: [],
    error: AGENCY_ONLY,
  },
  {
    key: 'find_sub_account',
    name: 'by name',
    auth: AGENCY,
    input: { query: 'dental' },
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { query: 'dental', companyId: 'comp123', appId: APP_ID, isInstalled: 'true', limit: '100' },
        response: { locations: [installed('locB', 'Bravo Dental')], count: 1 },
      },
    ],
    expect: [{ ...installed('locB', 'Bravo Dental'), id: 'locB' }],
  },
  {
    key: 'find_sub_account',
    name: "the sub-account named exactly so comes first, then names starting with it, each in GHL's order (Zapier takes the first)",
    auth: AGENCY,
    input: { query: ' dental ' },
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { query: 'dental', companyId: 'comp123', appId: APP_ID, isInstalled: 'true', limit: '100' },
        response: {
          locations: [
            installed('locB', 'Bravo Dental'),
            installed('locC', 'Dental Care'),
            installed('locD', 'DENTAL'),
            installed('locE', 'Smile Dental'),
          ],
          count: 4,
        },
      },
    ],
    check: (r) => expect(r.map((l: any) => l.id)).toEqual(['locD', 'locC', 'locB', 'locE']),
  },
  {
    key: 'find_sub_account',
    name: "the sub-account named so among more matches than a page holds is found on GHL's next page (GHL's order is no name order)",
    auth: AGENCY,
    input: { query: 'Acme' },
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { query: 'Acme', companyId: 'comp123', appId: APP_ID, isInstalled: 'true', limit: '100' },
        response: {
          locations: Array.from({ length: 100 }, (_, i) => installed(`loc${i}`, `Acme City ${i}`)),
          count: 150,
        },
      },
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { query: 'Acme', companyId: 'comp123', appId: APP_ID, isInstalled: 'true', limit: '100', skip: '100' },
        response: { locations: [installed('locX', 'Acme Town'), installed('locHQ', 'ACME')], count: 150 },
      },
    ],
    check: (r) =>
      expect(r.slice(0, 2).map((l: any) => [l.id, r.length])).toEqual([
        ['locHQ', 102],
        ['loc0', 102],
      ]),
  },
  {
    key: 'find_sub_account',
    name: 'a whole text mapped into Name is refused naming the field, not sent for GHL to answer a bare 431',
    auth: AGENCY,
    input: { query: `${'Dear Ann, '.repeat(900)}ann@deo.com` },
    requests: [],
    error:
      /^Find Sub-Account: "Name" is 14,413 characters long \(URL-encoded\), too long to send in the request's address \(at most 8,000 characters\): map a shorter value/,
  },
  {
    key: 'find_sub_account',
    name: 'a 404 (the app GHL does not know) is an error, not "no such sub-account"',
    auth: AGENCY,
    input: { query: 'dental' },
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { query: 'dental', companyId: 'comp123', appId: APP_ID, isInstalled: 'true', limit: '100' },
        status: 404,
        response: { statusCode: 404, message: 'App not found' },
      },
    ],
    error:
      /^Find Sub-Account: GHL found no record for appId "6578278e879ad2646715ba9c", agency \(company\) "comp123"\./,
  },
  {
    key: 'find_sub_account',
    name: 'nothing found is an empty result',
    auth: AGENCY,
    input: { query: 'nobody' },
    requests: [
      {
        method: 'GET',
        path: '/oauth/installedLocations',
        query: { query: 'nobody', companyId: 'comp123', appId: APP_ID, isInstalled: 'true', limit: '100' },
        response: { locations: [], count: 0 },
      },
    ],
    expect: [],
  },
];
