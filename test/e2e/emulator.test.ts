/** The emulator itself: GHL-shaped errors from spec validation, Version, auth and routing; persistence. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator } from '../../emulator/index';
import { createRouter } from '../../emulator/index';
import { loadSpecOperations } from '../../emulator/spec';
import { raw, useEmulator } from './support';

const catalog: Array<{ method: string; path: string; key: string }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/catalog/operations.json'), 'utf8'),
).operations;

describe('GHL emulator', () => {
  const ref = useEmulator();
  const loc = () => ref.emu.seed.meta.locationId;

  it('rejects a request the spec does not allow with a GHL-shaped 422', async () => {
    const r = await raw(ref.emu, 'POST', '/contacts/', {
      body: { locationId: loc(), firstName: 42, favouriteColour: 'teal' },
    });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({
      statusCode: 422,
      message: expect.arrayContaining(['firstName must be a string', 'property favouriteColour should not exist']),
      error: 'Unprocessable Entity',
    });
  });

  it('validates values the way GHL does ("email must be an email")', async () => {
    const r = await raw(ref.emu, 'POST', '/contacts/', { body: { locationId: loc(), email: 'not-an-email' } });
    expect(r).toMatchObject({
      status: 422,
      json: { statusCode: 422, message: ['email must be an email'], error: 'Unprocessable Entity' },
    });
  });

  it('needs the Version the spec declares: missing or wrong → 400', async () => {
    const id = ref.emu.seed.collections.contacts[0].id;
    expect((await raw(ref.emu, 'GET', `/contacts/${id}`, { version: null })).json).toEqual({
      statusCode: 400,
      message: 'Version header was not found',
      error: 'Bad Request',
    });
    const wrong = await raw(ref.emu, 'GET', `/contacts/${id}`, { version: '2021-04-15' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.message).toMatch(/Version header "2021-04-15" is invalid/);
  });

  it('answers 401 Invalid JWT without a valid token, unknown ids and routes like GHL, 403 for another location', async () => {
    expect((await raw(ref.emu, 'GET', '/contacts/x', { token: null })).json).toEqual({
      statusCode: 401,
      message: 'Invalid JWT',
      error: 'Unauthorized',
    });
    expect((await raw(ref.emu, 'GET', '/contacts/x', { token: 'forged' })).status).toBe(401);
    // An unknown id: the 400 the spec documents for GET /contacts/{contactId} (test/e2e/fidelity.test.ts).
    expect((await raw(ref.emu, 'GET', '/contacts/nope0000000000000000')).json).toEqual({
      statusCode: 400,
      message: 'Contact not found',
    });
    expect((await raw(ref.emu, 'GET', '/no/such/route')).json).toEqual({
      statusCode: 404,
      message: 'Cannot GET /no/such/route',
      error: 'Not Found',
    });
    expect((await raw(ref.emu, 'GET', '/campaigns/?locationId=someoneElse', {})).status).toBe(403);
  });

  it('keeps state: creates show up in lists, searches and duplicate checks', async () => {
    const created = await raw(ref.emu, 'POST', '/contacts/', {
      body: { locationId: loc(), firstName: 'Kay', email: 'kay@example.com', tags: ['Trial'] },
    });
    expect(created.status).toBe(201);
    const id = created.json.contact.id;
    expect(id).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(created.json.contact).toMatchObject({
      tags: ['trial'],
      dateAdded: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const search = await raw(ref.emu, 'POST', '/contacts/search', {
      body: { locationId: loc(), query: 'kay', pageLimit: 10 },
    });
    expect(search.json).toMatchObject({ total: 1, contacts: [{ id, searchAfter: [expect.any(Number), id] }] });
    const dup = await raw(ref.emu, 'GET', `/contacts/search/duplicate?locationId=${loc()}&email=KAY@example.com`);
    expect(dup.json.contact.id).toBe(id);
    const none = await raw(ref.emu, 'GET', `/contacts/search/duplicate?locationId=${loc()}&email=nobody@example.com`);
    expect(none.json.contact).toBeNull();
    const again = await raw(ref.emu, 'POST', '/contacts/', { body: { locationId: loc(), email: 'kay@example.com' } });
    expect(again).toMatchObject({
      status: 400,
      json: { message: 'This location does not allow duplicated contacts.', meta: { contactId: id } },
    });
    const upsert = await raw(ref.emu, 'POST', '/contacts/upsert', {
      body: { locationId: loc(), email: 'kay@example.com', tags: ['vip'] },
    });
    // GHL's upsert overwrites the tags (UpsertContactDto); Upsert Contact adds them with a second call.
    expect(upsert.json).toMatchObject({ new: false, contact: { id, tags: ['vip'] } });
  });

  it('pages contact search with searchAfter', async () => {
    const page1 = await raw(ref.emu, 'POST', '/contacts/search', { body: { locationId: loc(), pageLimit: 1 } });
    const page2 = await raw(ref.emu, 'POST', '/contacts/search', {
      body: { locationId: loc(), pageLimit: 1, searchAfter: page1.json.contacts[0].searchAfter },
    });
    expect(page2.json.contacts[0].id).not.toBe(page1.json.contacts[0].id);
  });

  it('answers free slots as a map keyed by day, and business writes under "buiseness"', async () => {
    const cal = ref.emu.seed.collections.calendars[0].id;
    const monday = Date.UTC(2026, 10, 30);
    const slots = await raw(
      ref.emu,
      'GET',
      `/calendars/${cal}/free-slots?startDate=${monday}&endDate=${monday + 86_399_000}`,
      { version: '2021-04-15' },
    );
    expect(slots.json['2026-11-30'].slots[0]).toBe('2026-11-30T09:00:00+00:00');
    const biz = await raw(ref.emu, 'POST', '/businesses/', { body: { locationId: loc(), name: 'Acme' } });
    expect(biz.json).toMatchObject({ success: true, buiseness: { name: 'Acme', id: expect.any(String) } });
  });

  // What the app's outputs map must be what the spec's response schemas say GHL answers: the opportunity's contact
  // summary has a name (OpportunitiesSchema), a sent message its required status and, for email, the email's id
  // (SendMessageResponseDto), which Get Email by ID reads.
  it("answers the spec's response fields the steps map: contact name, message status, email message id", async () => {
    const opp = ref.emu.seed.collections.opportunities[0];
    const got = await raw(ref.emu, 'GET', `/opportunities/${opp.id}`);
    const c = ref.emu.seed.collections.contacts.find((x) => x.id === opp.contactId)!;
    expect(got.json.opportunity.contact.name).toBe(`${c.firstName} ${c.lastName}`);
    const send = (type: string, extra: Record<string, unknown>) =>
      raw(ref.emu, 'POST', '/conversations/messages', {
        version: '2021-04-15',
        body: { type, subType: type, contactId: c.id, status: 'pending', ...extra },
      });
    const sms = await send('SMS', { message: 'Hi' });
    expect(sms.json).toMatchObject({ messageId: expect.any(String), status: 'pending' });
    expect(sms.json.emailMessageId).toBeUndefined();
    const email = await send('Email', { subject: 'Hi', html: '<p>Hi</p>' });
    expect(email.json).toMatchObject({ status: 'pending', emailMessageId: expect.any(String) });
    const stored = await raw(ref.emu, 'GET', `/conversations/messages/email/${email.json.emailMessageId}`, {
      version: '2021-04-15',
    });
    expect(stored.json).toMatchObject({ subject: 'Hi', contactId: c.id });
    const message = await raw(ref.emu, 'GET', `/conversations/messages/${email.json.messageId}`, {
      version: '2021-04-15',
    });
    expect(message.json.meta.email.messageIds).toEqual([email.json.emailMessageId]);
  });

  it('routes only real spec operations, and answers every catalog path', () => {
    const router = createRouter();
    const ops = loadSpecOperations();
    const unrouted = catalog
      .filter((c) => !router.has(ops.find((o) => o.method === c.method && o.path === c.path)!))
      .map((c) => `${c.method} ${c.path}`);
    expect(unrouted).toEqual([]);
  });

  it('loads another seed from a JSON file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-seed-'));
    const file = path.join(dir, 'seed.json');
    const meta = {
      locationId: 'locOtherSeed00000001',
      companyId: 'cmpOtherSeed00000001',
      userId: 'usrOtherSeed00000001',
    };
    fs.writeFileSync(
      file,
      JSON.stringify({
        meta,
        collections: { contacts: [{ id: 'ctcOnlyOne0000000001', locationId: meta.locationId, firstName: 'Solo' }] },
      }),
    );
    const other = await startEmulator({ seed: file });
    try {
      const got = await raw(other, 'GET', '/contacts/ctcOnlyOne0000000001');
      expect(got.json.contact.firstName).toBe('Solo');
      expect((await raw(other, 'GET', `/contacts/${ref.emu.seed.collections.contacts[0].id}`)).status).toBe(400);
    } finally {
      await other.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('persists state to a file and loads it again', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-emu-')), 'state.json');
    const first = await startEmulator({ statePath: file });
    const token = first.issueToken().access_token;
    const made = await raw(first, 'POST', '/businesses/', {
      token,
      body: { locationId: first.seed.meta.locationId, name: 'Persisted Ltd' },
    });
    await first.stop();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).collections.businesses.map((b: any) => b.name)).toContain(
      'Persisted Ltd',
    );

    const second = await startEmulator({ statePath: file });
    try {
      // The token issued before the restart still works, and the record is there.
      const got = await raw(second, 'GET', `/businesses/${made.json.buiseness.id}`, { token });
      expect(got).toMatchObject({ status: 200, json: { business: { name: 'Persisted Ltd' } } });
    } finally {
      await second.stop();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
