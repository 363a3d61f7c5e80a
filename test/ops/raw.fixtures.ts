import type { OpFixture } from '../support/harness';

const tags = { tags: [{ id: 't1', name: 'vip', locationId: 'loc123' }] };

export const fixtures: OpFixture[] = [
  {
    key: 'api_request',
    name: 'GET with {locationId} filled from the connection; status, headers and parsed body returned',
    input: { method: 'GET', path: '/locations/{locationId}/tags', version: '2021-07-28' },
    requests: [
      { method: 'GET', path: '/locations/loc123/tags', response: tags, headers: { 'x-ratelimit-remaining': '99' } },
    ],
    check: (r) => {
      expect(r.status).toBe(200);
      expect(r.body).toEqual(tags);
      expect(r.headers['x-ratelimit-remaining']).toBe('99');
      expect(r.headers['content-type']).toBe('application/json');
      expect(Object.keys(r).sort()).toEqual(['body', 'headers', 'status']);
    },
  },
  {
    key: 'api_request',
    name: 'POST with a JSON body',
    input: { method: 'POST', path: '/contacts/c1/tags', body: '{"tags": ["vip", "writesonic"]}' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['vip', 'writesonic'] },
        status: 201,
        response: { tags: ['vip', 'writesonic'] },
      },
    ],
    check: (r) => expect(r).toMatchObject({ status: 201, body: { tags: ['vip', 'writesonic'] } }),
  },
  {
    key: 'api_request',
    name: 'query rows and query text in the path are merged; Version 2021-04-15 sent as chosen',
    input: {
      method: 'GET',
      path: '/conversations/search?contactId=c1',
      query: { locationId: '{locationId}', limit: '5' },
      version: '2021-04-15',
    },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { contactId: 'c1', locationId: 'loc123', limit: '5' },
        version: '2021-04-15',
        response: { conversations: [], total: 0 },
      },
    ],
    expect: { status: 200, headers: { 'content-type': 'application/json' }, body: { conversations: [], total: 0 } },
  },
  {
    key: 'api_request',
    name: "a full URL on GHL's API host is accepted as its path",
    input: {
      method: 'DELETE',
      path: 'https://services.leadconnectorhq.com/contacts/c1/tags',
      body: '{"tags": ["vip"]}',
    },
    requests: [{ method: 'DELETE', path: '/contacts/c1/tags', body: { tags: ['vip'] }, response: { tags: [] } }],
    check: (r) => expect(r).toMatchObject({ status: 200, body: { tags: [] } }),
  },
  {
    key: 'api_request',
    name: 'PATCH',
    input: { method: 'PATCH', path: '/invoices/stats/last-visited-at', body: '{"invoiceId": "inv1"}' },
    requests: [{ method: 'PATCH', path: '/invoices/stats/last-visited-at', body: { invoiceId: 'inv1' }, status: 204 }],
    check: (r) => expect(r).toMatchObject({ status: 204, body: {} }),
  },
  {
    key: 'api_request',
    name: 'GHL errors are mapped like every other action',
    input: { method: 'GET', path: '/contacts/nope' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/nope',
        status: 404,
        response: { statusCode: 404, message: 'Contact not found' },
      },
    ],
    error: /API Request \(Advanced\) GET \/contacts\/nope: GHL found no record\. .*Contact not found/,
  },
  {
    key: 'api_request',
    name: 'another host is refused, so the token never leaves GHL',
    input: { method: 'GET', path: 'https://evil.example.com/contacts/c1' },
    requests: [],
    error: /only calls GHL's API \(services\.leadconnectorhq\.com\).*instead of a URL on evil\.example\.com/,
  },
  {
    key: 'api_request',
    name: 'a protocol-relative URL to another host is refused',
    input: { method: 'GET', path: '//evil.example.com/x' },
    requests: [],
    error: /instead of a URL on evil\.example\.com/,
  },
  {
    key: 'api_request',
    name: 'a path without the leading slash',
    input: { method: 'GET', path: 'contacts/c1' },
    requests: [],
    error: /"Path" must start with "\/", e\.g\. \/contacts\/abc123 \(you gave "contacts\/c1"\)/,
  },
  {
    key: 'api_request',
    name: 'a placeholder other than {locationId} / {companyId}',
    input: { method: 'GET', path: '/contacts/{contactId}' },
    requests: [],
    error: /"Path" still contains \{contactId\}: replace it with a real id/,
  },
  {
    key: 'api_request',
    name: 'a body on a GET',
    input: { method: 'GET', path: '/contacts/c1', body: '{"a": 1}' },
    requests: [],
    error: /A GET request carries no body/,
  },
  {
    key: 'api_request',
    name: 'a body that is not JSON',
    input: { method: 'POST', path: '/contacts/c1/tags', body: 'tags=vip' },
    requests: [],
    error: /"Body \(JSON\)" must be valid JSON/,
  },
  {
    key: 'api_request',
    name: 'an unknown method or version',
    input: { method: 'TRACE', path: '/contacts/c1' },
    requests: [],
    error: /"Method" must be one of GET, POST, PUT, DELETE, PATCH, not "TRACE"/,
  },
  {
    key: 'api_request',
    name: 'missing path',
    input: { method: 'GET' },
    requests: [],
    error: /API Request \(Advanced\) needs "Path"/,
  },
];
