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
    name: 'a long text mapped into Path is named shortened, not whole',
    input: { method: 'GET', path: `/contacts/${'a b '.repeat(100_000)}` },
    requests: [],
    error: /^"Path" must not contain spaces: "\/contacts\/(?:a b ){16}a b\.\.\."\.$/,
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
    name: 'a path too long for the address is refused naming Path and its length, before any request',
    input: { method: 'GET', path: `/contacts/${'c'.repeat(9_000)}` },
    requests: [],
    error: /: "Path" is 9,010 characters long \(URL-encoded\), too long to send in the request's address/,
  },
  {
    key: 'api_request',
    name: 'thousands of short query parameters too long together are refused as too many, not by one short value',
    input: {
      method: 'GET',
      path: '/contacts/',
      query: JSON.stringify(Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, 'v']))),
    },
    requests: [],
    error:
      /: The request's address is \d{2},\d{3} characters long \(URL-encoded\), too long to send \(at most 8,000 characters\), with 3,0\d\d path and query values and none longer than \d+: send fewer values\.$/,
  },
  {
    key: 'api_request',
    name: 'a list of 400 ids under one query key is 400 values sent as repeated keys, too many: not one value that long',
    input: {
      method: 'GET',
      path: '/contacts/',
      query: JSON.stringify({ id: Array.from({ length: 400 }, (_, i) => `c${String(i).padStart(19, '0')}`) }),
    },
    requests: [],
    error:
      /: The request's address is 9,610 characters long \(URL-encoded\), too long to send \(at most 8,000 characters\), with 400 path and query values and none longer than 20: send fewer values\.$/,
  },
  {
    key: 'api_request',
    name: 'two long query values, neither half the address: the first is named with its own length (shortened, it makes room)',
    input: { method: 'GET', path: '/contacts/', query: { a: 'a'.repeat(4_100), b: 'b'.repeat(4_100) } },
    requests: [],
    error:
      /: "a" is 4,100 characters long \(URL-encoded\), too long to send in the request's address \(at most 8,000 characters\): map a shorter value/,
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
    name: 'a body starting with an invisible byte-order mark (Notepad, an export) is the JSON after it',
    input: { method: 'POST', path: '/contacts/c1/tags', body: '\uFEFF{"tags": ["vip"]}' },
    requests: [{ method: 'POST', path: '/contacts/c1/tags', body: { tags: ['vip'] }, response: { tags: ['vip'] } }],
    check: (r) => expect(r).toMatchObject({ status: 200, body: { tags: ['vip'] } }),
  },
  {
    key: 'api_request',
    name: 'a body nested 10,000 levels deep is refused by name (it overflowed the stack: a raw RangeError)',
    input: { method: 'POST', path: '/contacts/c1/tags', body: `{"tags": ${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
    requests: [],
    error: /^"Body \(JSON\)" nests lists or objects more than 100 levels deep: flatten it\.$/,
  },
  {
    key: 'api_request',
    name: 'a number JSON cannot carry as written is refused, never sent changed (12345678901234567890 went as …7000)',
    input: { method: 'POST', path: '/contacts/c1/tags', body: '{"tags": ["vip"], "n": 12345678901234567890}' },
    requests: [],
    error:
      /^"Body \(JSON\)" holds the number 12345678901234567890, which cannot be sent exactly as written: put it in quotes \("12345678901234567890"\) to send it as text\.$/,
  },
  {
    key: 'api_request',
    name: 'an unknown method',
    input: { method: 'TRACE', path: '/contacts/c1' },
    requests: [],
    error: /^"Method" must be one of "GET", "POST", "PUT", "DELETE", "PATCH", not "TRACE"\.$/,
  },
  {
    key: 'api_request',
    name: 'an unknown version',
    input: { method: 'GET', path: '/contacts/c1', version: '2021-01-01' },
    requests: [],
    error: /^"API Version" must be one of "2021-07-28", "2021-04-15", not "2021-01-01"\.$/,
  },
  {
    key: 'api_request',
    name: 'Method and API Version are matched like every choice: "post" is POST, padding is trimmed',
    input: { method: 'post', path: '/contacts/c1/tags', body: '{"tags": ["vip"]}', version: ' 2021-07-28 ' },
    requests: [{ method: 'POST', path: '/contacts/c1/tags', body: { tags: ['vip'] }, response: { tags: ['vip'] } }],
    check: (r) => expect(r).toMatchObject({ status: 200, body: { tags: ['vip'] } }),
  },
  // An id mapped into Path must not change which endpoint is called (hostile-input audit: these reached
  // DELETE /contacts/{id} or GET /locations/{locationId}).
  {
    key: 'api_request',
    name: 'a "#" in a mapped id is refused (it would cut the path: DELETE /contacts/c1)',
    input: { method: 'DELETE', path: '/contacts/ctcAda#/notes/ntAda' },
    requests: [],
    error: /^"Path" must not contain "#" \(in "ctcAda#"\): it would change the path called\. Check the ids mapped/,
  },
  {
    key: 'api_request',
    name: 'a "#" before the query is refused',
    input: { method: 'GET', path: '/contacts/c1#x?locationId=evil' },
    requests: [],
    error: /^"Path" must not contain "#" \(in "c1#x"\)/,
  },
  {
    key: 'api_request',
    name: 'a "?" in a mapped id is refused (the rest would become a dropped query key)',
    input: { method: 'DELETE', path: '/contacts/ctcAda?/notes/ntAda' },
    requests: [],
    error:
      /^"Path" has "\/notes\/ntAda" after its "\?", which is not a key=value query parameter\. If an id mapped into Path contains "\?", fix that id; put query parameters under Query Parameters\.$/,
  },
  {
    key: 'api_request',
    name: 'a trailing "?" or "&" adds nothing to the query',
    input: { method: 'GET', path: '/contacts/c1?' },
    requests: [{ method: 'GET', path: '/contacts/c1', response: { contact: { id: 'c1' } } }],
    check: (r) => expect(r).toMatchObject({ status: 200, body: { contact: { id: 'c1' } } }),
  },
  {
    key: 'api_request',
    name: 'a "?k=" in a mapped id, with the rest of the path after it, is refused (it would act on the contact)',
    input: { method: 'DELETE', path: '/contacts/ctcAda?a=/notes/ntAda' },
    requests: [],
    error: /^"Path" has "a=\/notes\/ntAda" after its "\?", which is not a key=value query parameter\./,
  },
  {
    key: 'api_request',
    name: 'a backslash is refused (URL parsing reads it as "/": x\\..\\.. climbed to DELETE /contacts/c1/)',
    input: { method: 'DELETE', path: '/contacts/c1/notes/x\\..\\..' },
    requests: [],
    error: /^"Path" must not contain "\\" \(in "x\\\\\.\.\\\\\.\."\): it would change the path called\./,
  },
  {
    key: 'api_request',
    name: 'a backslash climbing to another endpoint is refused',
    input: { method: 'GET', path: '/contacts/c1\\..\\..\\locations\\{locationId}' },
    requests: [],
    error: /^"Path" must not contain "\\"/,
  },
  {
    key: 'api_request',
    name: 'a control character is refused (URL parsing drops it)',
    input: { method: 'DELETE', path: '/contacts/c1\n/notes/n1' },
    requests: [],
    error: /^"Path" must not contain a control character \(in "c1\\n"\)/,
  },
  {
    key: 'api_request',
    name: 'an encoded "/" is refused',
    input: { method: 'DELETE', path: '/contacts/c1%2Fnotes%2Fn1' },
    requests: [],
    error:
      /^"Path" must not contain an encoded "\/" or "\\" \(%2F in "c1%2Fnotes%2Fn1"\): GHL may read it as a separator\./,
  },
  {
    key: 'api_request',
    name: 'an empty mapped id ("//") is refused',
    input: { method: 'DELETE', path: '/contacts//notes/n1' },
    requests: [],
    error: /^"Path" has an empty segment \("\/\/"\): "\/contacts\/\/notes\/n1"\. Check the ids mapped into it\.$/,
  },
  {
    key: 'api_request',
    name: "GHL's token endpoints are refused: their answer (a sub-account's token) would be the step's output",
    input: { method: 'POST', path: 'https://services.leadconnectorhq.com/oauth/locationToken' },
    requests: [],
    error:
      /^API Request does not call "\/oauth\/locationToken": it answers with access tokens, kept out of step outputs\.$/,
  },
  {
    key: 'api_request',
    name: 'a token endpoint with a percent-encoded letter is refused too (a gateway may decode it)',
    input: { method: 'POST', path: '/oauth/T%6Fken' },
    requests: [],
    error: /^API Request does not call "\/oauth\/T%6Fken": it answers with access tokens/,
  },
  {
    key: 'api_request',
    name: 'a full URL is checked as typed, before URL parsing collapses its ".." segments',
    input: { method: 'DELETE', path: 'https://services.leadconnectorhq.com/contacts/c1/notes/../..' },
    requests: [],
    error: /^"Path" must not contain "\." or "\.\." segments/,
  },
  {
    key: 'api_request',
    name: 'repeated keys in Path are all sent; {locationId} is filled in the query part of Path',
    input: {
      method: 'GET',
      path: '/contacts/search/duplicate?locationId={locationId}&email=a@b.com&email=ada@example.com',
    },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: ['a@b.com', 'ada@example.com'] },
        response: { contact: null },
      },
    ],
    check: (r) => expect(r).toMatchObject({ status: 200, body: { contact: null } }),
  },
  {
    key: 'api_request',
    name: 'a key in both Path and Query Parameters, and a list value, are sent as repeated parameters',
    input: {
      method: 'GET',
      path: '/calendars/cal1/free-slots?startDate=1767225600000&endDate=1767312000000&userIds=u1',
      query: { userIds: ['u2', 'u3'], timezone: 'Europe/Berlin', userId: '' },
      version: '2021-04-15',
    },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: {
          startDate: '1767225600000',
          endDate: '1767312000000',
          userIds: ['u1', 'u2', 'u3'],
          timezone: 'Europe/Berlin',
        },
        version: '2021-04-15',
        response: { _dates_: {} },
      },
    ],
    check: (r) => expect(r.status).toBe(200),
  },
  {
    key: 'api_request',
    name: 'a Query Parameters value without a key is refused',
    input: { method: 'GET', path: '/contacts/c1', query: { '': 'x' } },
    requests: [],
    error: /^"Query Parameters" has a value without a key: "x"\. Name its parameter\.$/,
  },
  {
    key: 'api_request',
    name: 'an object as a Query Parameters value is refused by its key',
    input: {
      method: 'GET',
      path: '/contacts/search/duplicate',
      query: '{"locationId": "{locationId}", "email": {"x": 1}}',
    },
    requests: [],
    error: /^"Query Parameters" "email" must be text or a list of text, not "\{\\"x\\":1\}"\.$/,
  },
  {
    key: 'api_request',
    name: 'a list of objects as a Query Parameters value is refused by its key',
    input: { method: 'GET', path: '/contacts/search/duplicate', query: { email: [{ x: 1 }] } },
    requests: [],
    error: /^"Query Parameters" "email" must be text or a list of text/,
  },
  {
    key: 'api_request',
    name: 'Query Parameters as a JSON list is refused',
    input: { method: 'GET', path: '/contacts/search/duplicate', query: '[1, 2]' },
    requests: [],
    error: /^"Query Parameters" must be keys with values, e\.g\. \{"limit": "5"\}, not "\[1,2\]"\.$/,
  },
  {
    key: 'api_request',
    name: '{locationId} in Query Parameters on an agency connection without a sub-account is refused',
    auth: { userType: 'Company', locationId: '' },
    input: {
      method: 'GET',
      path: '/contacts/search/duplicate',
      query: { locationId: '{locationId}', email: 'a@b.com' },
    },
    requests: [],
    error:
      /^"Query Parameters" "locationId" uses \{locationId\}, but this connection has no locationId: choose the Sub-Account or type the id instead\.$/,
  },
  {
    key: 'api_request',
    name: "{locationId} / {companyId} in the Body's text values are filled from the connection; other text stays",
    input: {
      method: 'POST',
      path: '/contacts/',
      body: '{"locationId": "{locationId}", "companyName": "Agency {companyId}", "tags": ["{locationId}"], "firstName": "{x}"}',
    },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { locationId: 'loc123', companyName: 'Agency comp123', tags: ['loc123'], firstName: '{x}' },
        status: 201,
        response: { contact: { id: 'c9' } },
      },
    ],
    check: (r) => expect(r).toMatchObject({ status: 201, body: { contact: { id: 'c9' } } }),
  },
  {
    key: 'api_request',
    name: '{locationId} in the Body on an agency connection without a sub-account is refused',
    auth: { userType: 'Company', locationId: '' },
    input: { method: 'POST', path: '/contacts/', body: '{"locationId": "{locationId}"}' },
    requests: [],
    error:
      /^"Body \(JSON\)" uses \{locationId\}, but this connection has no locationId: choose the Sub-Account or type the id instead\.$/,
  },
  {
    key: 'api_request',
    name: 'missing path',
    input: { method: 'GET' },
    requests: [],
    error: /API Request \(Advanced\) needs "Path"/,
  },
];
