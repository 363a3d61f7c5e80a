/**
 * The normalization layer and the idempotent create inside the operation factory, through zapier-platform-core's
 * handler (middleware included), on a small app that registers only the test operations below: the skip / stop
 * choice, the sub-account country lookup (once per run, cached per location), separator-only tags, and createOnce
 * after a duplicate answer, a 5xx and a lost answer.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import { addAuthHeaders, handleErrors } from '../lib/client';
import { DEFAULT_BASE_URL } from '../lib/config';
import { customFieldInputs } from '../lib/customFields';
import { F } from '../lib/fields';
import { createOnce, duplicateOf } from '../lib/idempotency';
import { makeCreate, type CreateDecl } from '../lib/op';
import * as normalize from '../lib/normalize';

const AUTH = { access_token: 'test-access-token', locationId: 'loc123', userType: 'Location' };
const V = '2021-07-28' as const;

const lead: CreateDecl = {
  key: 'lead',
  noun: 'Contact',
  label: 'Create Lead',
  help: 'test',
  method: 'POST',
  path: '/contacts/',
  version: V,
  scopes: ['contacts.write'],
  location: 'body',
  fields: [
    F.text('firstName', 'First Name', { required: false }),
    F.email('email', 'Email', { required: false }),
    F.phone('phone', 'Phone', { required: false }),
    F.phone('phone2', 'Second Phone', { required: false }),
    F.tags('tags', 'Tags', { required: false }),
    F.postalCode(),
    F.onUnreadable(),
  ],
  result: 'contact',
  perform: async (_z, bundle, req, send) => {
    const { data, duplicate } = await createOnce(_z, req, send, {
      label: 'Create Lead',
      noun: 'contact',
      duplicate: duplicateOf,
      fetch: (id) =>
        send({
          method: 'GET',
          path: '/contacts/{contactId}',
          pathParams: { contactId: id },
          query: {},
          body: undefined,
        }),
      key: 'email',
      findExisting: async (lookup) => {
        const body = req.body as Record<string, string>;
        if (!body.email) return undefined;
        const r = await lookup({
          method: 'GET',
          path: '/contacts/search/duplicate',
          pathParams: {},
          query: { locationId: bundle.authData.locationId, email: body.email },
          body: undefined,
        });
        return r?.contact ? { contact: r.contact } : undefined;
      },
      failOnDuplicate: bundle.inputData.onDuplicate === 'error',
    });
    return { ...data, contact: { ...data.contact, isDuplicate: duplicate } };
  },
  sample: { id: 'c1' },
};

const tagged: CreateDecl = {
  key: 'tagged',
  noun: 'Tags',
  label: 'Add Tags',
  help: 'test',
  method: 'POST',
  path: '/contacts/{contactId}/tags',
  version: V,
  fields: [F.contact(), F.tags('tags', 'Tags', { required: true })],
  sample: { tags: [] },
};

const task: CreateDecl = {
  key: 'task',
  noun: 'Task',
  label: 'Update Task',
  help: 'test',
  method: 'PUT',
  path: '/contacts/{contactId}/tasks/{taskId}',
  version: V,
  fields: [
    F.contact(),
    F.id('taskId', 'Task'),
    F.datetimeSeconds('dueDate', 'Due Date', { required: false }),
    F.money('amount', 'Amount', { required: false }),
  ],
  sample: { id: 't1' },
};

/** A step with the sub-account's contact custom fields (checked against the list z.cache keeps for 10 minutes). */
const custom: CreateDecl = {
  key: 'custom',
  noun: 'Contact',
  label: 'Create Custom',
  help: 'test',
  method: 'POST',
  path: '/contacts/',
  version: V,
  location: 'body',
  fields: [F.text('firstName', 'First Name', { required: false }), customFieldInputs('contact')],
  result: 'contact',
  sample: { id: 'c1' },
};

const ops = [lead, tagged, task, custom].map(makeCreate);
const App = {
  version: '1.0.0',
  platformVersion: require('zapier-platform-core').version,
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  creates: Object.fromEntries(ops.map((o) => [o.decl.key, o.zapier])),
};
const appTester = createAppTester(App);
/** Runs a step; `fresh` empties core's in-memory z.cache first (a new Zap run on a cold cache). */
const run = (key: string, inputData: Record<string, unknown>, fresh = false): Promise<any> =>
  appTester(App.creates[key].operation.perform, { authData: AUTH, inputData } as any, fresh);
const errorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e: any) {
    try {
      return JSON.parse(e.message).message as string;
    } catch {
      return e.message as string;
    }
  }
  throw new Error('expected the step to fail');
};
const ghl = () => nock(DEFAULT_BASE_URL);
/** The error a step ends with: its class and its sentence. */
const failureOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e: any) {
    return { name: e.name as string, message: await errorOf(Promise.reject(e)) };
  }
  throw new Error('expected the step to fail');
};
const created = (body: Record<string, unknown>) => ({ contact: { id: 'c9', ...body } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('contact values', () => {
  it('normalizes email, phone (read in the sub-account country, one lookup) and tags before the request', async () => {
    ghl()
      .get('/locations/loc123')
      .matchHeader('version', V)
      .reply(200, { location: { id: 'loc123', country: 'DE' } });
    const sent = {
      firstName: 'José',
      email: 'Ana.K@example.com',
      phone: '+49301234567',
      tags: ['VIP', 'new lead'],
      locationId: 'loc123',
    };
    ghl().post('/contacts/', sent).reply(201, created(sent));
    const r = await run(
      'lead',
      { firstName: '  José ', email: ' Ana.K@EXAMPLE.com ', phone: '030 1234567', tags: 'VIP, vip; new lead' },
      true,
    );
    expect(r).toEqual({ id: 'c9', ...sent, isDuplicate: false });
  });

  it('asks for the country at most once per location while cached, and not at all for international numbers', async () => {
    ghl()
      .get('/locations/loc123')
      .once()
      .reply(200, { location: { country: 'GB' } });
    ghl()
      .post('/contacts/', (b) => b.phone === '+447911123456')
      .twice()
      .reply(201, created({ phone: '+447911123456' }));
    await run('lead', { phone: '07911 123456' }, true);
    await run('lead', { phone: '07911-123-456' }); // cached: no second GET (nock would fail on it)
    ghl()
      .post('/contacts/', (b) => b.phone === '+14155550100')
      .reply(201, created({}));
    await run('lead', { phone: '+1 415 555 0100' });
  });

  it('two national numbers in one step: one country lookup for the run', async () => {
    ghl()
      .get('/locations/loc123')
      .once()
      .reply(200, { location: { country: 'FR' } });
    ghl()
      .post('/contacts/', (b) => b.phone === '+33612345678' && b.phone2 === '+33123456789')
      .reply(201, created({}));
    await run('lead', { phone: '06 12 34 56 78', phone2: '01 23 45 67 89' }, true);
  });

  it("gives a postal code its lost leading zeros in the step's country, else the sub-account's (the phone's lookup)", async () => {
    ghl()
      .get('/locations/loc123')
      .once()
      .reply(200, { location: { country: 'US' } });
    ghl()
      .post('/contacts/', (b) => b.phone === '+14155550100' && b.postalCode === '02134')
      .reply(201, created({}));
    await run('lead', { phone: '415 555 0100', postalCode: 2134 }, true);
    // The contact's own Country wins, and a full code needs no country: no lookup.
    ghl()
      .post('/contacts/', (b) => b.postalCode === '01067')
      .reply(201, created({}));
    await run('lead', { postalCode: '1067', country: 'Deutschland' }, true);
    ghl()
      .post('/contacts/', (b) => b.postalCode === '94103-1234')
      .reply(201, created({}));
    await run('lead', { postalCode: '94103-1234' }, true);
  });

  it('skips an unreadable phone or email by default, saves the rest and names what was skipped', async () => {
    ghl()
      .post('/contacts/', { firstName: 'Ned', phone: '+14155550102', locationId: 'loc123' })
      .reply(201, created({ firstName: 'Ned' }));
    const r = await run('lead', { firstName: 'Ned', email: 'ned at example dot com', phone: '+1 415 555 0102' });
    expect(r.skippedValues).toEqual([
      '"Email" "ned at example dot com" is not an email address (expected something like name@example.com). It was left out, as this step\'s "If a Phone, Email or Country Can\'t Be Read" choice says.',
    ]);
  });

  it('stops with the sentence when the step says so, before any request', async () => {
    ghl()
      .get('/locations/loc123')
      .reply(200, { location: { id: 'loc123', country: 'US' } });
    const msg = await errorOf(run('lead', { firstName: 'Ned', phone: '12345', onUnreadable: 'error' }, true));
    expect(msg).toBe('"Phone" "12345" is not a phone number (read as a US number): it has too few or too many digits.');
  });

  it('a national number with no country known is skipped with that reason', async () => {
    ghl()
      .get('/locations/loc123')
      .reply(200, { location: { id: 'loc123' } });
    ghl()
      .post('/contacts/', { firstName: 'Kim', locationId: 'loc123' })
      .reply(201, created({ firstName: 'Kim' }));
    const r = await run('lead', { firstName: 'Kim', phone: '415 555 0100' }, true);
    expect(r.skippedValues[0]).toMatch(/^"Phone" "415 555 0100" has no country code/);
  });

  it("a country lookup that fails says why in the phone's sentence, and is not cached: the next run asks again", async () => {
    ghl().get('/locations/loc123').reply(403, { message: 'The token is not authorized for this scope.' });
    ghl().get('/locations/loc123').reply(200, { traceId: 't1' }); // no location: no "the sub-account has no country"
    ghl()
      .get('/locations/loc123')
      .reply(200, { location: { id: 'loc123', country: 'US' } });
    ghl()
      .post('/contacts/', (b) => b.phone === undefined)
      .twice()
      .reply(201, created({}));
    ghl()
      .post('/contacts/', (b) => b.phone === '+14155550100')
      .reply(201, created({}));
    const first = await run('lead', { phone: '415 555 0100' }, true);
    expect(first.skippedValues).toEqual([
      `"Phone" "415 555 0100" has no country code, and the sub-account's country could not be read (this connection may not read it: add the scope locations.readonly to the Marketplace app, then reconnect). Write it with its country code, e.g. +14155550100. It was left out, as this step's "If a Phone, Email or Country Can't Be Read" choice says.`,
    ]);
    const second = await run('lead', { phone: '415 555 0100' });
    expect(second.skippedValues[0]).toMatch(
      /^"Phone" "415 555 0100" has no country code, and the sub-account's country could not be read \(GHL did not answer with it; a replay may read it\)\. Write it/,
    );
    expect((await run('lead', { phone: '415 555 0100' })).skippedValues).toBeUndefined();
  });

  it('sends a tag with an emoji as the sub-account spells a same-looking one (one lookup, cached), others as given', async () => {
    // GHL holds "⭐\uFE0F vip" (made in GHL or by another app): "⭐ VIP" is that tag, not a second one.
    ghl()
      .get('/locations/loc123/tags')
      .matchHeader('version', V)
      .once()
      .reply(200, {
        tags: [
          { id: 't1', name: '\u2B50\uFE0F vip' },
          { id: 't2', name: 'new lead' },
        ],
      });
    ghl()
      .post(
        '/contacts/',
        (b) => JSON.stringify(b.tags) === JSON.stringify(['\u2B50\uFE0F vip', '\u2764\uFE0F fans', 'New Lead']),
      )
      .twice()
      .reply(201, created({}));
    await run('lead', { tags: '\u2B50 VIP, \u2764\uFE0F fans, New Lead' }, true);
    await run('lead', { tags: '\u2B50\uFE0F VIP; \u2764\uFE0F fans, New Lead' }); // cached: no second GET
  });

  it('a tag the sub-account holds in the spelling given is sent so, also beside a look-alike; unread, as given', async () => {
    // Both spellings held (two apps wrote the star two ways): the one picked from the Tags dropdown is the one meant.
    ghl()
      .get('/locations/loc123/tags')
      .reply(200, {
        tags: [
          { id: 't1', name: '\u2B50\uFE0F vip' },
          { id: 't2', name: '\u2B50 vip' },
        ],
      });
    ghl()
      .post('/contacts/c1/tags', { tags: ['\u2B50\uFE0F vip'] })
      .reply(201, { tags: [] });
    await run('tagged', { contactId: 'c1', tags: '\u2B50\uFE0F vip' }, true);
    // The list cannot be read (no scope): the tag goes as given, not in a spelling no one checked GHL holds.
    ghl().get('/locations/loc123/tags').reply(403, { message: 'The token is not authorized for this scope.' });
    ghl()
      .post('/contacts/c1/tags', { tags: ['\u2B50\uFE0F VIP'] })
      .reply(201, { tags: [] });
    await run('tagged', { contactId: 'c1', tags: '\u2B50\uFE0F VIP' }, true);
    // An answer without the list is not "no such tag" for the next 10 minutes: the next run asks again.
    ghl().get('/locations/loc123/tags').reply(200, { traceId: 't1' });
    ghl()
      .get('/locations/loc123/tags')
      .reply(200, { tags: [{ id: 't1', name: '\u2B50\uFE0F vip' }] });
    ghl()
      .post('/contacts/c1/tags', { tags: ['\u2B50 VIP'] })
      .reply(201, { tags: [] });
    ghl()
      .post('/contacts/c1/tags', { tags: ['\u2B50\uFE0F vip'] })
      .reply(201, { tags: [] });
    await run('tagged', { contactId: 'c1', tags: '\u2B50 VIP' }, true);
    await run('tagged', { contactId: 'c1', tags: '\u2B50 VIP' });
  });

  it('separator-only tags: omitted when optional, refused when required', async () => {
    ghl()
      .post('/contacts/', { firstName: 'T', locationId: 'loc123' })
      .reply(201, created({ firstName: 'T' }));
    await run('lead', { firstName: 'T', tags: ' , , ' });
    const msg = await errorOf(run('tagged', { contactId: 'c1', tags: ' , ; ' }));
    expect(msg).toBe('Add Tags needs "Tags": " , ; " holds no value, only separators, quotes, spaces or "null".');
  });
});

describe('placeholders a bot writes where it got no answer ("N/A", "{{email}}")', () => {
  it('leaves them out of a write and names each, also when the step stops on unreadable values', async () => {
    ghl().post('/contacts/', { phone: '+14155550102', locationId: 'loc123' }).reply(201, created({}));
    const r = await run('lead', {
      firstName: 'N/A',
      email: '{{email}}',
      phone: '+1 415 555 0102',
      onUnreadable: 'error',
    });
    expect(r.skippedValues).toEqual([
      '"First Name" "N/A" is a placeholder for no answer, not a value. It was left out.',
      '"Email" "{{email}}" is a placeholder for no answer, not a value. It was left out.',
    ]);
  });

  it("a returning lead's update of placeholders only changes nothing: refused, naming them, before any request", async () => {
    const msg = await errorOf(run('task', { contactId: 'c1', taskId: 't1', dueDate: 'not provided', amount: '-' }));
    expect(msg).toBe(
      'Update Task has nothing to change: fill in at least one field to update besides "Contact" and "Task". ' +
        '"Due Date" "not provided" is a placeholder for no answer, not a value. It was left out. ' +
        '"Amount" "-" is a placeholder for no answer, not a value. It was left out.',
    );
  });

  it('a required one is refused as the placeholder it is', async () => {
    const msg = await errorOf(run('tagged', { contactId: '[contact id]', tags: 'vip' }));
    expect(msg).toBe('Add Tags needs "Contact". It was mapped as "[contact id]", a placeholder for no answer.');
  });
});

describe("control characters (a broken export, a terminal's colours)", () => {
  it('are removed from one-line text, each item of a list and an id, and named with their positions', async () => {
    ghl()
      .post('/contacts/', { firstName: 'Ann Lee', tags: ['vip', 'new'], locationId: 'loc123' })
      .reply(201, created({}));
    const r = await run('lead', { firstName: 'Ann\u0000 Lee\u001B', tags: ['vip\u0007', 'new'] });
    expect(r.skippedValues).toEqual([
      '"First Name" "Ann\\u0000 Lee\\u001b": its control characters U+0000 (character 4), U+001B (character 9) were removed.',
      '"Tags" "vip\\u0007": its control character U+0007 (character 4) was removed.',
    ]);
    ghl()
      .post('/contacts/c1/tags', { tags: ['vip'] })
      .reply(201, { tags: ['vip'] });
    const t = await run('tagged', { contactId: 'c1\u007F', tags: 'vip' });
    expect(t.skippedValues).toEqual(['"Contact" "c1\u007f": its control character U+007F (character 3) was removed.']);
  });

  it('long text keeps tabs, line breaks and the rest, but not NUL', async () => {
    ghl()
      .get('/locations/loc123/customFields')
      .query({ model: 'contact' })
      .reply(200, { customFields: [{ id: 'cfBlurb', name: 'Blurb', dataType: 'LARGE_TEXT' }] });
    const fieldValue = 'Q:\tprice?\r\nA: \u000C€5 ';
    ghl()
      .post('/contacts/', { firstName: 'Ada', locationId: 'loc123', customFields: [{ id: 'cfBlurb', fieldValue }] })
      .reply(201, created({ firstName: 'Ada' }));
    const r = await run(
      'custom',
      { firstName: 'Ada', cf__cfBlurb__LARGE_TEXT: `Q:\tprice?\u0000\r\nA: \u000C€5 ` },
      true,
    );
    expect(r.skippedValues).toEqual([
      '"Blurb" "Q:\\tprice?\\u0000\\r\\nA: \\f€5 ": its control character U+0000 (character 10) was removed.',
    ]);
  });

  it('are removed from a custom option kept as written, as Skipped Values says', async () => {
    const colors = { id: 'cfColors', name: 'Colors', dataType: 'MULTIPLE_OPTIONS', isAllowedCustomOption: true };
    ghl()
      .get('/locations/loc123/customFields')
      .query({ model: 'contact' })
      .reply(200, { customFields: [{ ...colors, picklistOptions: ['Red', 'Blue'] }] });
    ghl()
      .post('/contacts/', { locationId: 'loc123', customFields: [{ id: 'cfColors', fieldValue: ['Red', 'Green'] }] })
      .reply(201, created({}));
    const r = await run('custom', { cf__cfColors__MULTIPLE_OPTIONS: 'Red\u0007, Gr\u0007een' }, true);
    expect(r.skippedValues).toEqual([
      '"Colors" "Red\\u0007, Gr\\u0007een": its control characters U+0007 (character 4), U+0007 (character 9) were removed.',
    ]);
  });
});

describe('wire forms and empty updates', () => {
  it('sends a due date without milliseconds and money by the rule table', async () => {
    ghl()
      .put('/contacts/c1/tasks/t1', { dueDate: '2026-03-05T17:00:00+02:00', amount: 1250.5 })
      .reply(200, { id: 't1' });
    await run('task', {
      contactId: 'c1',
      taskId: 't1',
      dueDate: '2026-03-05T17:00:00.123+02:00',
      amount: '1.250,50 €',
    });
  });
  it('refuses an impossible date naming field and value', async () => {
    const msg = await errorOf(run('task', { contactId: 'c1', taskId: 't1', dueDate: '2026-02-30T10:00:00Z' }));
    expect(msg).toBe(
      '"Due Date" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not "2026-02-30T10:00:00Z" (you specified 30 as a day, which is invalid).',
    );
  });
  it('refuses an update with nothing to change', async () => {
    const msg = await errorOf(run('task', { contactId: 'c1', taskId: 't1' }));
    expect(msg).toBe(
      'Update Task has nothing to change: fill in at least one field to update besides "Contact" and "Task".',
    );
  });
});

describe('createOnce', () => {
  const DUP = {
    statusCode: 400,
    message: 'This location does not allow duplicated contacts.',
    meta: { contactId: 'cOld', contactName: 'zoe', matchingField: 'email' },
  };

  it("returns the contact GHL's duplicate answer names, fetched, marked isDuplicate", async () => {
    ghl().post('/contacts/').reply(400, DUP);
    ghl()
      .get('/contacts/cOld')
      .reply(200, { contact: { id: 'cOld', email: 'zoe@example.com' } });
    expect(await run('lead', { email: 'zoe@example.com' })).toEqual({
      id: 'cOld',
      email: 'zoe@example.com',
      isDuplicate: true,
    });
  });

  it('fails on duplicates when the step says so, naming the existing id', async () => {
    ghl().post('/contacts/').reply(400, DUP);
    const msg = await errorOf(run('lead', { email: 'zoe@example.com', onDuplicate: 'error' }));
    expect(msg).toBe(
      'Create Lead: a contact with this email already exists (id "cOld"), and this step is set to fail on duplicates.',
    );
  });

  it('any other 400 keeps the usual sentence', async () => {
    ghl().post('/contacts/').reply(400, { statusCode: 400, message: 'Bad thing' });
    expect(await errorOf(run('lead', { email: 'zoe@example.com' }))).toBe(
      'Create Lead was rejected by GHL (HTTP 400). GHL says: Bad thing.',
    );
  });

  it.each([504, 408])(
    'after a %s it looks the contact up and returns what the first attempt wrote, without re-sending',
    async (status) => {
      ghl().post('/contacts/').once().reply(status, 'Gateway Timeout');
      ghl()
        .get('/contacts/search/duplicate')
        .query({ locationId: 'loc123', email: 'zoe@example.com' })
        .reply(200, { contact: { id: 'cNew', email: 'zoe@example.com' } });
      expect(await run('lead', { email: 'zoe@example.com' })).toEqual({
        id: 'cNew',
        email: 'zoe@example.com',
        isDuplicate: true,
      });
    },
  );

  it('after a 500 with nothing found it says the contact may exist, as an error Zapier does not replay', async () => {
    ghl().post('/contacts/').once().reply(500, { message: 'Internal' });
    ghl().get('/contacts/search/duplicate').query(true).reply(200, { contact: null });
    expect(await failureOf(run('lead', { email: 'zoe@example.com' }))).toEqual({
      name: 'HaltedError',
      message:
        'Create Lead: GHL had an internal error (HTTP 500). GHL may or may not have carried it out: check in GHL ' +
        'before replaying this Zap run, or it may happen twice. GHL says: Internal. No contact matching this one was ' +
        'found afterwards, but GHL can take a minute to list a new one.',
    });
  });

  it('after a lost answer (connection reset) it looks the contact up', async () => {
    ghl().post('/contacts/').replyWithError('socket hang up');
    ghl()
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(200, { contact: { id: 'cNew' } });
    expect(await run('lead', { email: 'zoe@example.com' })).toEqual({ id: 'cNew', isDuplicate: true });
  });

  // GHL stores the contact and its answer is lost; its search lists the new contact only later, so the lookup finds
  // nothing. "It was not created, replay" would store it twice: the outcome is unknown.
  it('after a lost answer and an empty lookup it says the contact may exist, without re-sending', async () => {
    const post = ghl().post('/contacts/').once().replyWithError('socket hang up');
    const lookup = ghl()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc123', email: 'zoe@example.com' })
      .reply(200, { contact: null });
    expect(await failureOf(run('lead', { email: 'zoe@example.com' }))).toEqual({
      name: 'HaltedError',
      message:
        'Create Lead: the connection to GHL was lost. GHL may or may not have carried it out: check in GHL before ' +
        'replaying this Zap run, or it may happen twice. No contact matching this one was found afterwards, but GHL ' +
        'can take a minute to list a new one.',
    });
    expect(post.isDone() && lookup.isDone()).toBe(true);
  });

  it('after a lost answer for a contact without a key it looks nothing up and says it may exist', async () => {
    ghl().post('/contacts/').once().replyWithError('socket hang up');
    expect(await failureOf(run('lead', { firstName: 'Zoe' }))).toEqual({
      name: 'HaltedError',
      message:
        'Create Lead: the connection to GHL was lost. GHL may or may not have carried it out: check in GHL before ' +
        'replaying this Zap run, or it may happen twice. It has no email to look it up by, so whether the contact ' +
        'was created could not be checked.',
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  // The lookup is a read: on its own a 503 would be a ThrottledError, and Zapier's retry would POST the contact again.
  it.each([
    ['a lost answer', (ic: nock.Interceptor) => ic.replyWithError('socket hang up'), 'the connection to GHL was lost'],
    [
      'a 502',
      (ic: nock.Interceptor) => ic.reply(502, '<html>Bad gateway</html>'),
      'GHL is temporarily unavailable (HTTP 502)',
    ],
  ])('after %s and a failing lookup (503) it ends as an error Zapier does not replay', async (_n, reply, why) => {
    reply(ghl().post('/contacts/').once());
    ghl().get('/contacts/search/duplicate').query(true).reply(503, '<html>Service Unavailable</html>');
    expect(await failureOf(run('lead', { email: 'zoe@example.com' }))).toEqual({
      name: 'HaltedError',
      message:
        `Create Lead: ${why}. GHL may or may not have carried it out: check in GHL before replaying this Zap run, ` +
        'or it may happen twice. Checking afterwards whether the contact was created failed too.',
    });
  });
});

describe('custom-field values are checked against the cached list of the sub-account', () => {
  const fields = (...customFields: Array<Record<string, unknown>>) =>
    ghl().get('/locations/loc123/customFields').query({ model: 'contact' }).once().reply(200, { customFields });
  const SIZE = { id: 'cfSize', name: 'Size', dataType: 'SINGLE_OPTIONS', picklistOptions: ['S', 'M'] };
  const sent = (customFields: Array<Record<string, string>>) =>
    ghl()
      .post('/contacts/', { firstName: 'Ada', locationId: 'loc123', customFields })
      .reply(201, created({ firstName: 'Ada' }));

  it('loads the list once: the next run reads it from z.cache', async () => {
    fields(SIZE);
    sent([{ id: 'cfSize', fieldValue: 'M' }]).persist();
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'm' }, true);
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'M' }); // no second GET (nock would fail)
  });

  it('a list with fields that have no options (GHL sends no or an empty picklistOptions) is cached too', async () => {
    // z.cache takes JSON only: a kept key holding undefined made it refuse the list, so every run loaded it again.
    fields({ id: 'cfNote', name: 'Note', dataType: 'TEXT', picklistOptions: [] }, { id: 'cfCity', dataType: 'TEXT' });
    const note = (fieldValue: string) =>
      ghl()
        .post('/contacts/', { firstName: 'Ada', locationId: 'loc123', customFields: [{ id: 'cfNote', fieldValue }] })
        .reply(201, created({ firstName: 'Ada' }));
    note('first');
    await run('custom', { firstName: 'Ada', cf__cfNote__TEXT: 'first' }, true);
    note('second');
    await run('custom', { firstName: 'Ada', cf__cfNote__TEXT: 'second' }); // no second GET (nock would fail)
    expect(nock.isDone()).toBe(true);
  });

  it('a field that allows custom options takes a value outside them from the cached list too, without a reload', async () => {
    fields({ ...SIZE, isAllowedCustomOption: true });
    sent([{ id: 'cfSize', fieldValue: 'M' }]);
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'm' }, true);
    sent([{ id: 'cfSize', fieldValue: 'XXL' }]);
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'XXL' }); // no second GET (nock would fail)
  });

  // 2,000 items tried against 200 options took 7.5 s (0.8 s before options were also matched as they look): each try
  // made every option's look again. A count, not a time, so a busy machine cannot make it pass or fail.
  it("a long multi-option value makes each option's look once, not again for every item", async () => {
    const options = Array.from({ length: 200 }, (_, i) => `Option ${i}`);
    fields({
      id: 'cfTools',
      name: 'Tools',
      dataType: 'MULTIPLE_OPTIONS',
      picklistOptions: options,
      isAllowedCustomOption: true,
    });
    const items = Array.from({ length: 500 }, (_, i) => `Tool ${i}`);
    ghl()
      .post('/contacts/', {
        firstName: 'Ada',
        locationId: 'loc123',
        customFields: [{ id: 'cfTools', fieldValue: items }],
      })
      .reply(201, created({ firstName: 'Ada' }));
    const looks = jest.spyOn(normalize, 'oneSpaced');
    try {
      await run('custom', { firstName: 'Ada', cf__cfTools__MULTIPLE_OPTIONS: items.join(', ') }, true);
      expect(looks.mock.calls.length).toBeGreaterThan(0);
      expect(looks.mock.calls.length).toBeLessThanOrEqual(options.length + items.length);
    } finally {
      looks.mockRestore();
    }
  });

  // 3,000 items against 3,000 options took minutes: each "on" refused every option as no yes / no word (building a
  // sentence per try) to find the one worded yes, and each item compared every option again. Past jest's timeout before.
  it('a long multi-option value finds options and the option worded yes once per field, not per item', async () => {
    const options = ['Yes', ...Array.from({ length: 3000 }, (_, i) => `Option ${i}`)];
    fields({ id: 'cfTools', name: 'Tools', dataType: 'MULTIPLE_OPTIONS', picklistOptions: options });
    const items = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'on' : `option ${i}`));
    const expected = ['Yes', ...items.filter((x) => x !== 'on').map((x) => x.replace('o', 'O'))];
    ghl()
      .post('/contacts/', (body) => {
        const [cf] = body.customFields;
        return cf.id === 'cfTools' && [...cf.fieldValue].sort().join() === [...expected].sort().join();
      })
      .reply(201, created({ firstName: 'Ada' }));
    const normalized = jest.spyOn(String.prototype, 'normalize');
    try {
      await run('custom', { firstName: 'Ada', cf__cfTools__MULTIPLE_OPTIONS: items }, true);
      expect(nock.isDone()).toBe(true);
      expect(normalized.mock.calls.length).toBeLessThan(20 * (options.length + items.length));
    } finally {
      normalized.mockRestore();
    }
  });

  it('a field or an option added since the list was cached is checked against a fresh list, once', async () => {
    fields(SIZE);
    sent([{ id: 'cfSize', fieldValue: 'S' }]);
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'S' }, true);
    const SIZE_L = { ...SIZE, picklistOptions: ['S', 'M', 'L'] };
    fields(SIZE_L, { id: 'cfNew', name: 'Region', dataType: 'TEXT' });
    sent([
      { id: 'cfSize', fieldValue: 'L' },
      { id: 'cfNew', fieldValue: 'EU' },
    ]);
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'l', cf__cfNew__TEXT: 'EU' });
    // The fresh list was cached: a value it does not know either is refused after one more load, naming the options.
    fields(SIZE_L);
    expect(await errorOf(run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'XL' }))).toBe(
      '"Size" must be one of "S", "M", "L", not "XL".',
    );
  });

  it("a placeholder is no answer, as in the step's own fields: left out and named, unless it is an option", async () => {
    fields(
      { id: 'cfAge', name: 'Age', dataType: 'NUMERICAL' },
      { id: 'cfSeen', name: 'Last Seen', dataType: 'DATE' },
      { id: 'cfCity', name: 'City', dataType: 'TEXT' },
      { id: 'cfBlurb', name: 'Blurb', dataType: 'LARGE_TEXT' },
      { id: 'cfTools', name: 'Tools', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['A', 'none'] },
      { ...SIZE, picklistOptions: ['S', 'M'] },
      { id: 'cfDiet', name: 'Diet', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Vegan', 'N/A'] },
    );
    sent([
      { id: 'cfBlurb', fieldValue: 'N/A' },
      { id: 'cfTools', fieldValue: ['none'] } as never,
      { id: 'cfDiet', fieldValue: 'N/A' },
    ]);
    const r = await run(
      'custom',
      {
        firstName: 'Ada',
        cf__cfAge__NUMERICAL: 'N/A',
        cf__cfSeen__DATE: 'unknown',
        cf__cfCity__TEXT: '{{city}}',
        cf__cfBlurb__LARGE_TEXT: 'N/A',
        cf__cfTools__MULTIPLE_OPTIONS: 'none',
        cf__cfSize__SINGLE_OPTIONS: '-',
        cf__cfDiet__SINGLE_OPTIONS: 'n/a',
      },
      true,
    );
    const said = (label: string, v: string) =>
      `"${label}" ${JSON.stringify(v)} is a placeholder for no answer, not a value. It was left out.`;
    expect(r.skippedValues).toEqual([
      said('Age', 'N/A'),
      said('Last Seen', 'unknown'),
      said('City', '{{city}}'),
      said('Size', '-'),
    ]);
    // Cached, the list places a placeholder in an option field without loading it again (nock would fail on a GET).
    ghl()
      .post('/contacts/', { firstName: 'Ada', locationId: 'loc123' })
      .reply(201, created({ firstName: 'Ada' }));
    const again = await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'N/A' });
    expect(again.skippedValues).toEqual([said('Size', 'N/A')]);
  });

  it('a list that cannot be read (no scope) leaves the values as typed rather than stopping the lead', async () => {
    ghl().get('/locations/loc123/customFields').query({ model: 'contact' }).reply(403, { message: 'Forbidden' });
    sent([{ id: 'cfSize', fieldValue: 'XL' }]);
    await run('custom', { firstName: 'Ada', cf__cfSize__SINGLE_OPTIONS: 'XL' }, true);
  });
});
