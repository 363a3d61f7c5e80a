/** Every GHL error status becomes a Zapier error whose sentence says what to fix; tokens never leak. */
import App from '../index';
import { appTester, AUTH, errorText, failureText, interceptGhl, perform, type Exchange } from './support/harness';

const getContact = (reply: Partial<Exchange>) => {
  interceptGhl([{ method: 'GET', path: '/contacts/c1', ...reply }]);
  return perform('get_contact', { contactId: 'c1' }).then(
    () => {
      throw new Error('expected an error');
    },
    (e: any) => e,
  );
};

const throttled = (e: any) => ({ name: e.name, ...JSON.parse(e.message) });

test('403 names the location and the scope to check', async () => {
  const e = await getContact({
    status: 403,
    response: { statusCode: 403, message: 'The token does not have access to this location.' },
  });
  expect(errorText(e)).toBe(
    'Specific Contact Updated was refused (403): the connected GHL account may not act on this sub-account or record, or the app lacks the scope contacts.readonly. ' +
      "Check the sub-account's permissions and the Marketplace app's scopes, then reconnect. GHL says: The token does not have access to this location.",
  );
  expect(JSON.parse(e.message)).toMatchObject({ code: 'GHL_FORBIDDEN', status: 403 });
});

test('400 with a plain string message keeps it', async () => {
  const e = await getContact({ status: 400, response: { statusCode: 400, message: 'Bad Request' } });
  expect(errorText(e)).toBe('Specific Contact Updated was rejected by GHL (HTTP 400). GHL says: Bad Request.');
});

test('429 is a ThrottledError with the Retry-After delay', async () => {
  const e = await getContact({
    status: 429,
    headers: { 'Retry-After': '7' },
    response: { message: 'Too many requests' },
  });
  expect(throttled(e)).toEqual({
    name: 'ThrottledError',
    delay: 7,
    message:
      "GHL's rate limit was reached during Specific Contact Updated (100 requests per 10 seconds and 200,000 a day per sub-account). Zapier will retry in 7 s.",
  });
});

test("429 without Retry-After uses GHL's X-RateLimit interval", async () => {
  const e = await getContact({
    status: 429,
    headers: { 'X-RateLimit-Interval-Milliseconds': '10000', 'X-RateLimit-Remaining': '0' },
  });
  expect(throttled(e).delay).toBe(10);
});

test('429 with the daily quota spent waits an hour, whatever the burst window says', async () => {
  const e = await getContact({
    status: 429,
    headers: { 'X-RateLimit-Daily-Remaining': '0', 'X-RateLimit-Interval-Milliseconds': '10000' },
  });
  expect(throttled(e).delay).toBe(3600);
});

test('500 asks the user to retry later and names GHL, without auto-retry of a maybe-done write', async () => {
  const e = await getContact({ status: 500, response: { statusCode: 500, message: 'Internal server error' } });
  expect(e.name).toBe('AppError');
  expect(errorText(e)).toBe(
    "GHL had an internal error (HTTP 500) during Specific Contact Updated. This is on GHL's side: try again in a few minutes, and replay the Zap run if it keeps failing. GHL says: Internal server error.",
  );
});

test('502/503/504 are retried by Zapier after a delay', async () => {
  const e = await getContact({ status: 503 });
  expect(throttled(e)).toEqual({
    name: 'ThrottledError',
    delay: 60,
    message: 'GHL is temporarily unavailable (HTTP 503) during Specific Contact Updated. Zapier will retry in 60 s.',
  });
});

test('a non-JSON error page is not dumped on the user', async () => {
  const nock = require('nock');
  nock('https://services.leadconnectorhq.com')
    .get('/contacts/c1')
    .reply(502, '<html><body>Bad gateway</body></html>', { 'Content-Type': 'text/html' });
  const e: any = await perform('get_contact', { contactId: 'c1' }).catch((x: unknown) => x);
  expect(throttled(e).message).toBe(
    'GHL is temporarily unavailable (HTTP 502) during Specific Contact Updated. Zapier will retry in 60 s.',
  );
});

test('a 422 with several messages lists them all and the fields they name', async () => {
  interceptGhl([
    {
      method: 'POST',
      path: '/contacts/',
      // Email, phone and country are checked before sending (lib/normalize.ts); these two only GHL checks.
      body: { website: 'x', postalCode: '12345678901', locationId: 'loc123' },
      status: 422,
      response: {
        statusCode: 422,
        message: ['website must be a URL address', 'postalCode must be shorter than or equal to 10 characters'],
        error: 'Unprocessable Entity',
      },
    },
  ]);
  const e = await perform('create_contact', { website: 'x', postalCode: '12345678901' }).catch((x: unknown) => x);
  expect(errorText(e)).toBe(
    'Create Contact was rejected by GHL (HTTP 422). GHL says: website must be a URL address. postalCode must be shorter than or equal to 10 characters. Check the fields "Website" (sent "x") and "Postal Code" (sent "12345678901").',
  );
});

test('a message echoing the bearer token is redacted', async () => {
  const e = await getContact({
    status: 400,
    response: { message: `Bad header Authorization: Bearer ${AUTH.access_token}` },
  });
  expect(errorText(e)).toBe(
    'Specific Contact Updated was rejected by GHL (HTTP 400). GHL says: Bad header Authorization: Bearer [redacted].',
  );
});

test('a sub-account step on an agency connection without a chosen sub-account says so before any request', async () => {
  // An agency connection has no locationId to put in /locations/{locationId}/tags: the step's Sub-account field is empty.
  const seen = interceptGhl([]);
  const e = await perform('tag_choices', {}, { auth: { locationId: '', userType: 'Company' } }).catch(
    (x: unknown) => x,
  );
  expect(seen).toEqual([]);
  expect(errorText(e)).toBe(
    'Tag Choices works in one sub-account, and this is an agency connection: choose the sub-account in the step\'s "Sub-Account" field (it lists the sub-accounts where the app is installed).',
  );
});

test('a step that sends locationId in the query says the same when the agency connection has no sub-account chosen', async () => {
  const seen = interceptGhl([]);
  const e = await perform('calendars', {}, { auth: { locationId: '', userType: 'Company' } }).catch((x: unknown) => x);
  expect(seen).toEqual([]);
  expect(errorText(e)).toBe(
    'New Calendar works in one sub-account, and this is an agency connection: choose the sub-account in the step\'s "Sub-Account" field (it lists the sub-accounts where the app is installed).',
  );
});

test('a sub-account connection that lost its locationId is told to reconnect', async () => {
  const seen = interceptGhl([]);
  const e = await perform('calendars', {}, { auth: { locationId: '', companyId: '', userType: 'Location' } }).catch(
    (x: unknown) => x,
  );
  expect(seen).toEqual([]);
  expect(errorText(e)).toBe(
    'New Calendar needs a sub-account (location) connection: this connection has no locationId. Reconnect GHL and choose a sub-account.',
  );
});

test("a lookup inside an action names the scope that lookup needs, not the action's", async () => {
  interceptGhl([
    {
      method: 'GET',
      path: '/calendars/groups',
      query: { locationId: 'loc123' },
      status: 401,
      response: { statusCode: 401, message: 'The token is not authorized for this scope.' },
    },
  ]);
  const e = await perform('update_calendar_group', { groupId: 'g1', name: 'New' }).catch((x: unknown) => x);
  expect(errorText(e)).toMatch(
    /^Update Calendar Group failed: this GHL connection is not authorized for the scope it needs \(calendars\/groups\.readonly\)\./,
  );
});

describe('404 names what GHL did not find', () => {
  const notFound = { status: 404, response: { statusCode: 404, message: 'Not found' } };
  const failure = failureText;

  test('the connection test names the connected sub-account (the path holds only the location)', async () => {
    interceptGhl([{ method: 'GET', path: '/locations/loc123', ...notFound }]);
    expect(await failure(appTester((App as any).authentication.test, { authData: { ...AUTH } } as any))).toBe(
      'Testing the GHL connection: GHL found no record for sub-account (location) "loc123". Check that it exists and ' +
        'the app is installed there, or reconnect GHL. GHL says: Not found.',
    );
  });

  test('Create Contact names the sub-account it sent (no id in its path)', async () => {
    interceptGhl([
      { method: 'POST', path: '/contacts/', body: { firstName: 'Ann', locationId: 'loc123' }, ...notFound },
    ]);
    expect(await failure(perform('create_contact', { firstName: 'Ann' }))).toBe(
      'Create Contact: GHL found no record for sub-account (location) "loc123". Check that it exists and the app is ' +
        'installed there, or reconnect GHL. GHL says: Not found.',
    );
  });

  test('Send Message names the contact it sent', async () => {
    interceptGhl([
      {
        method: 'POST',
        path: '/conversations/messages',
        body: { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c404', message: 'Hi' },
        ...notFound,
      },
    ]);
    expect(await failure(perform('send_message', { type: 'SMS', contactId: 'c404', message: 'Hi' }))).toBe(
      'Send Message: GHL found no record for Contact "c404". Check that the id is right and belongs to this ' +
        'sub-account. GHL says: Not found.',
    );
  });

  describe('a 400 "… not found" (what GHL\'s specs document for a missing record) names the id it is about', () => {
    const sms = (contactId: string) => ({
      op: 'send_message',
      input: { type: 'SMS', contactId, message: 'Hi' },
      method: 'POST',
      path: '/conversations/messages',
      body: { type: 'SMS', subType: 'SMS', status: 'pending', contactId, message: 'Hi' },
    });
    const update = (contactId: string) => ({
      op: 'update_contact',
      input: { contactId, firstName: 'Ada' },
      method: 'PUT',
      path: `/contacts/${contactId}`,
      body: { firstName: 'Ada' },
    });
    const noRecord = (step: string, named: string, said: string) =>
      `${step}: GHL found no record for ${named}. Check that the id is right and belongs to this sub-account. GHL says: ${said}.`;
    test.each([
      {
        name: 'the record in the path: "Contact not found" on an update',
        ...update('c9'),
        message: 'Contact not found',
        expected: noRecord('Update Contact', 'Contact "c9"', 'Contact not found'),
      },
      {
        name: 'a record the body names, not the one in the path: "Pipeline stage not found" on an opportunity update',
        op: 'update_opportunity',
        input: { id: 'o1', pipelineStageId: 's9' },
        method: 'PUT',
        path: '/opportunities/o1',
        body: { pipelineStageId: 's9' },
        message: 'Pipeline stage not found',
        expected: noRecord('Update Opportunity', 'Stage "s9"', 'Pipeline stage not found'),
      },
      {
        name: '"No contact found with id …" names it too',
        ...sms('c9'),
        message: 'No contact found with id c9',
        expected: noRecord('Send Message', 'Contact "c9"', 'No contact found with id c9'),
      },
      {
        name: "a missing thing that is no id the request sent stays GHL's 400, with no id blamed",
        ...update('c1'),
        message: 'Custom field not found',
        expected: 'Update Contact was rejected by GHL (HTTP 400). GHL says: Custom field not found.',
      },
      {
        // Not "GHL found no record for Contact": the contact exists, its phone is what GHL lacks.
        name: 'a contact\'s own field that is "not found" is not the contact missing',
        ...sms('c1'),
        message: 'Contact phone not found',
        expected:
          'Send Message: Contact "c1" has no phone number GHL can send an SMS to: add or correct the contact\'s phone in ' +
          'GHL, or choose another channel. GHL says: Contact phone not found.',
      },
    ])('$name', async ({ op, input, method, path, body, message, expected }) => {
      interceptGhl([
        { method: method as Exchange['method'], path, body, status: 400, response: { statusCode: 400, message } },
      ]);
      expect(await failure(perform(op, input))).toBe(expected);
    });
  });

  test('an {id} in the path is named by the record its segment holds', async () => {
    interceptGhl([{ method: 'GET', path: '/opportunities/o404', ...notFound }]);
    expect(await failure(perform('get_opportunity', { id: 'o404' }))).toBe(
      'Opportunity Updated: GHL found no record for Opportunity "o404". Check that the id is right and belongs to ' +
        'this sub-account. GHL says: Not found.',
    );
  });
});

describe('a 4xx names the inputs it is about by their labels, with the value sent', () => {
  const failure = failureText;

  test('a path parameter GHL refuses is named by its input label and value', async () => {
    interceptGhl([
      {
        method: 'PUT',
        path: '/contacts/not-an-id',
        body: { firstName: 'Ann' },
        status: 422,
        response: { statusCode: 422, message: ['contactId must be a mongodb id'], error: 'Unprocessable Entity' },
      },
    ]);
    expect(await failure(perform('update_contact', { contactId: 'not-an-id', firstName: 'Ann' }))).toBe(
      'Update Contact was rejected by GHL (HTTP 422). GHL says: contactId must be a mongodb id. Check the field "Contact" (sent "not-an-id").',
    );
  });

  test('a dotted body path is named by the input sent under it, not by its parent', async () => {
    interceptGhl([
      {
        method: 'PUT',
        path: '/conversations/messages/m1/status',
        body: { status: 'failed', error: { code: '1', type: 'saas', message: 'x' } },
        status: 422,
        response: { statusCode: 422, message: ['error.code must be a number string'], error: 'Unprocessable Entity' },
      },
    ]);
    const input = { messageId: 'm1', status: 'failed', errorCode: '1', errorType: 'saas', errorMessage: 'x' };
    expect(await failure(perform('update_message_status', input))).toBe(
      'Update Message Status was rejected by GHL (HTTP 422). GHL says: error.code must be a number string. Check the field "Error Code" (sent "1").',
    );
  });

  test("a long value is not quoted, and a plain word in GHL's sentence is no field", async () => {
    const long = 'x'.repeat(41);
    interceptGhl([
      {
        method: 'POST',
        path: '/contacts/',
        body: { website: long, locationId: 'loc123' },
        status: 400,
        response: { statusCode: 400, message: 'The website is invalid; this message has no other field' },
      },
    ]);
    expect(await failure(perform('create_contact', { website: long }))).toBe(
      'Create Contact was rejected by GHL (HTTP 400). GHL says: The website is invalid; this message has no other field. Check the field "Website".',
    );
  });
});

describe('GHL refusing to reach a contact names the contact and what to change', () => {
  const sendRefused = async (input: Record<string, unknown>, body: Record<string, unknown>, message: string) => {
    interceptGhl([
      { method: 'POST', path: '/conversations/messages', body, status: 400, response: { statusCode: 400, message } },
    ]);
    return failureText(perform('send_message', input));
  };

  test('an SMS sent to a number of its own is not blamed on the contact', async () => {
    const sent = { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c1', message: 'hi' };
    expect(
      await sendRefused(
        { type: 'SMS', contactId: 'c1', message: 'hi', toNumber: '+14155550100' },
        { ...sent, toNumber: '+14155550100' },
        'Phone number not valid',
      ),
    ).toBe('Send Message was rejected by GHL (HTTP 400). GHL says: Phone number not valid.');
  });

  test("a message about the contact but not about reaching it stays GHL's", async () => {
    const sent = { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c1', message: 'hi' };
    expect(await sendRefused({ type: 'SMS', contactId: 'c1', message: 'hi' }, sent, 'Contact is archived')).toBe(
      'Send Message was rejected by GHL (HTTP 400). GHL says: Contact is archived.',
    );
  });

  test('a message that mentions DND without saying it is on is no DND refusal', async () => {
    interceptGhl([
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { dnd: true },
        status: 400,
        response: { statusCode: 400, message: 'Cannot update DND for a contact without a phone number' },
      },
    ]);
    const e = await perform('update_contact', { contactId: 'c1', dnd: 'true' }).catch((x: unknown) => x);
    expect(errorText(e)).toBe(
      'Update Contact was rejected by GHL (HTTP 400). GHL says: Cannot update DND for a contact without a phone number.',
    );
  });

  test('an inbound message GHL refuses is not a message it failed to send', async () => {
    interceptGhl([
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        body: { type: 'SMS', contactId: 'c1', message: 'hi', conversationId: 'cv1', direction: 'inbound' },
        status: 400,
        response: { statusCode: 400, message: 'Contact has no phone number' },
      },
    ]);
    const e = await perform('add_inbound_message', {
      type: 'SMS',
      contactId: 'c1',
      message: 'hi',
      conversationId: 'cv1',
    }).catch((x: unknown) => x);
    expect(errorText(e)).toBe(
      'Add Inbound Message was rejected by GHL (HTTP 400). GHL says: Contact has no phone number.',
    );
  });
});
