/**
 * Writes without a natural key are sent once per delivery (lib/once.ts): the same request of the same Zap within the
 * window halts instead of sending a second SMS, note or enrollment. Through core's app handler, with z.cache as
 * Zapier's RPC keeps it (TTLs, scopes, nx: test/support/zcache.ts).
 */
import nock from 'nock';
import { DEFAULT_BASE_URL } from '../lib/config';
import { ONCE_WINDOW_SECONDS, onceKey } from '../lib/once';
import type { B, Req } from '../lib/op';
import { operations } from '../registry';
import { perform } from './support/harness';
import { fakeZcache } from './support/zcache';

const cache = fakeZcache();
beforeEach(() => {
  cache.store.clear();
  cache.calls.length = 0;
  cache.state.down = false;
  cache.state.setSays = undefined;
  cache.state.now = Date.now();
  cache.install();
});
afterAll(() => cache.uninstall());

/** GHL's message endpoint: each request is counted and answered with a new message id (or `fail`'s answer). */
const ghl = (fail?: { status: number; body: unknown }) => {
  const sent: unknown[] = [];
  nock(DEFAULT_BASE_URL)
    .persist()
    .post('/conversations/messages')
    .reply((_uri, body) => {
      sent.push(body);
      if (fail && sent.length === 1) return [fail.status, fail.body];
      return [201, { conversationId: 'cv1', messageId: `m${sent.length}`, msg: 'Message queued successfully.' }];
    });
  return sent;
};

const SMS = { type: 'SMS', contactId: 'c1', message: 'Your quote is ready' };
const ZAP = { zap: { id: 'zap1' } };
const send = (input: Record<string, unknown> = SMS, meta: Record<string, unknown> = ZAP) =>
  perform('send_message', input, { rpc: cache.event, meta }).then((r) => r.result);
/** The minute (UTC) by which the window of a request claimed at `ms` has ended: a replay from then on is sent. */
const windowEnd = (ms: number) =>
  new Date(Math.ceil((ms + ONCE_WINDOW_SECONDS * 1000) / 60_000) * 60_000).toISOString().slice(11, 16);
const halted = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the run to halt');
    },
    (e: Error) => {
      expect(e.name).toBe('HaltedError');
      return e.message;
    },
  );

describe('writes without a natural key, once per delivery', () => {
  test('the same delivery again halts naming the first message and sends nothing; one claim and one set each', async () => {
    const sent = ghl();
    const from = Date.now();
    expect((await send()).messageId).toBe('m1');
    const to = Date.now();
    expect(cache.calls).toEqual(['zcache_set', 'zcache_set']);
    // One entry, in the connection's scope.
    expect([...cache.store.keys()]).toEqual([expect.stringMatching(/^\["auth"\]\|ghl:once:v1:[0-9a-f]{64}$/)]);
    // The same request as built: the Channel by its label, the contact id padded.
    const again = halted(send({ ...SMS, type: 'sms', contactId: ' c1 ' }));
    expect(await again).toMatch(
      /^Send Message: the same message for Contact "c1" was sent \d+ s ago by another run of this Zap \(Message ID "m1"\), so it was not sent again\. To have it sent twice, change a value or replay this run after \d\d:\d\d UTC\.$/,
    );
    // The time the window ends, when the first run's entry expires.
    expect([windowEnd(from), windowEnd(to)]).toContain((await again).match(/after (\d\d:\d\d) UTC/)?.[1]);
    expect(sent).toHaveLength(1);
    // A test of the step in the Zap editor is asked for: sent.
    await send(SMS, { ...ZAP, isLoadingSample: true });
    expect(sent).toHaveLength(2);
    // The key is a hash: no value of the request is kept in z.cache's key.
    expect([...cache.store.keys()].join()).not.toMatch(/c1|quote/);
  });

  test('another message, another contact, another Zap, or after the window: sent', async () => {
    const sent = ghl();
    await send();
    await halted(send());
    await send({ ...SMS, message: 'Your quote is ready!' });
    await send({ ...SMS, contactId: 'c2' });
    await send(SMS, { zap: { id: 'zap2' } });
    cache.state.now += ONCE_WINDOW_SECONDS * 1000;
    await send();
    expect(sent).toHaveLength(5);
  });

  test('a run without meta.zap (deprecated in core) is keyed by no Zap: its duplicate is "another run"', async () => {
    const sent = ghl();
    await send(SMS, {});
    expect(await halted(send(SMS, {}))).toMatch(/ was sent \d+ s ago by another run \(Message ID "m1"\)/);
    expect(sent).toHaveLength(1);
  });

  test('two deliveries racing: one message; the other halts saying it is being sent right now', async () => {
    const sent = ghl();
    const runs = await Promise.allSettled([send(), send()]);
    expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = runs.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.name).toBe('HaltedError');
    expect(lost.reason.message).toMatch(/the same message for Contact "c1" is being sent right now by another run/);
    expect(sent).toHaveLength(1);
  });

  test('a write GHL refused releases the claim: the replay sends it', async () => {
    const sent = ghl({ status: 422, body: { message: ['contactId is invalid'] } });
    await expect(send()).rejects.toThrow(/rejected by GHL/);
    expect((await send()).messageId).toBe('m2');
    await halted(send());
    expect(sent).toHaveLength(2);
  });

  test('an unknown outcome (a 5xx) keeps the claim: its sentence says when a replay is sent; a duplicate halts', async () => {
    const sent = ghl({ status: 502, body: '<html>Bad Gateway</html>' });
    const from = Date.now();
    const first = await halted(send());
    const to = Date.now();
    // Told to check in GHL before replaying, the user learns that a replay within the window halts, and when it ends.
    expect(first).toMatch(
      /^Send Message: GHL is temporarily unavailable \(HTTP 502\)\. GHL may or may not have carried it out: check in GHL before replaying this Zap run, or it may happen twice\. A replay before (\d\d:\d\d) UTC halts as a duplicate; to have it sent sooner, change a value\.$/,
    );
    expect([windowEnd(from), windowEnd(to)]).toContain(first.match(/before (\d\d:\d\d) UTC/)?.[1]);
    const again = await halted(send());
    expect(again).toMatch(
      /^Send Message: the same message for Contact "c1" was being sent \d+ s ago by another run of this Zap, which got no clear answer from GHL: it may or may not have been sent, so it was not sent again\. Check for it in GHL; to have it sent anyway, change a value or replay this run after (\d\d:\d\d) UTC\.$/,
    );
    expect(again.match(/after (\d\d:\d\d) UTC/)?.[1]).toBe(first.match(/before (\d\d:\d\d) UTC/)?.[1]);
    expect(sent).toHaveLength(1);
    // After the window, the replay the user chose to make is sent.
    cache.state.now += ONCE_WINDOW_SECONDS * 1000;
    expect((await send()).messageId).toBe('m2');
  });

  test('the time a replay is sent again is the minute the window has ended by, never one within it', async () => {
    ghl({ status: 502, body: '<html>Bad Gateway</html>' });
    // Claimed at 10:13:30: the window ends at 10:23:30, so a replay at 10:23 would still halt.
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-02T10:13:30Z'));
    try {
      expect(await halted(send())).toMatch(/ A replay before 10:24 UTC halts as a duplicate;/);
      expect(await halted(send())).toMatch(/ replay this run after 10:24 UTC\.$/);
    } finally {
      now.mockRestore();
    }
  });

  test("a throttled write, or an expired token, releases the claim: Zapier's retry sends it", async () => {
    for (const [status, headers] of [
      [429, { 'Retry-After': '7' }],
      [401, {}],
    ] as const) {
      const sent: unknown[] = [];
      nock(DEFAULT_BASE_URL)
        .post('/conversations/messages')
        .reply(status, { message: status === 401 ? 'Invalid JWT' : 'Too many requests' }, headers)
        .post('/conversations/messages')
        .reply((_uri, body) => {
          sent.push(body);
          return [201, { conversationId: 'cv1', messageId: `m${status}` }];
        });
      const e = await send({ ...SMS, message: `Retry ${status}` }).catch((x: Error) => x);
      expect((e as Error).name).toBe(status === 429 ? 'ThrottledError' : 'RefreshAuthError');
      expect((await send({ ...SMS, message: `Retry ${status}` })).messageId).toBe(`m${status}`);
      expect(sent).toHaveLength(1);
    }
  });

  test('z.cache failing (or the in-memory stand-in without nx) never stops a write', async () => {
    const sent = ghl();
    cache.state.down = true;
    await send();
    await send();
    await perform('send_message', SMS, { meta: ZAP });
    expect(sent).toHaveLength(3);
    cache.state.down = false; // nothing was claimed meanwhile: the next one is sent, and guarded again
    await send();
    await halted(send());
    expect(sent).toHaveLength(4);
  });

  test('a z.cache whose set answers null (stored or not) still sends the first delivery, once', async () => {
    const sent = ghl();
    cache.state.setSays = () => null;
    expect((await send()).messageId).toBe('m1');
    expect(await halted(send())).toMatch(/was sent \d+ s ago by another run of this Zap \(Message ID "m1"\)/);
    expect(sent).toHaveLength(1);
  });

  test('an entry released between the claim and the read (its run failed) is claimed again', async () => {
    const sent = ghl();
    await send();
    let released = false;
    cache.state.setSays = (stored) => {
      if (!stored && !released) {
        released = true;
        cache.store.clear(); // the other run's claim, released after this set and before this run's read
      }
      return stored;
    };
    await send();
    await halted(send());
    expect(sent).toHaveLength(2);
  });

  test('the key: the step, the sub-account (an agency step names it in its input), the request in any key order', () => {
    const req = (body: object): Req => ({ method: 'POST', path: '/p', pathParams: {}, query: {}, body });
    const bundle = (locationId: string) => ({ authData: { locationId }, inputData: {}, meta: ZAP }) as unknown as B;
    const key = onceKey({ key: 'send_message' }, bundle('L1'), req({ a: 1, b: { c: 2, d: 3 } }));
    expect(onceKey({ key: 'send_message' }, bundle('L1'), req({ b: { d: 3, c: 2 }, a: 1 }))).toBe(key);
    expect(onceKey({ key: 'send_message' }, bundle('L2'), req({ a: 1, b: { c: 2, d: 3 } }))).not.toBe(key);
    expect(onceKey({ key: 'add_inbound_message' }, bundle('L1'), req({ a: 1, b: { c: 2, d: 3 } }))).not.toBe(key);
  });

  test('Create Contact Note halts too; a step without the rule makes no z.cache call', async () => {
    nock(DEFAULT_BASE_URL)
      .post('/contacts/c1/notes')
      .reply(201, { note: { id: 'n1', body: 'Lead said hi', contactId: 'c1' } })
      .post('/contacts/c1/tags')
      .reply(201, { tags: ['vip'] });
    const note = { contactId: 'c1', body: 'Lead said hi' };
    await perform('create_contact_note', note, { rpc: cache.event, meta: ZAP });
    expect(await halted(perform('create_contact_note', note, { rpc: cache.event, meta: ZAP }))).toMatch(
      /^Create Contact Note: the same note for Contact "c1" was added \d+ s ago by another run of this Zap \(Note ID "n1"\)/,
    );
    cache.calls.length = 0;
    await perform('add_contact_tags', { contactId: 'c1', tags: 'vip' }, { rpc: cache.event, meta: ZAP });
    expect(cache.calls).toEqual([]);
  });

  test('an enrollment is named as one: "the same campaign enrollment … was started", not "the same campaign"', async () => {
    nock(DEFAULT_BASE_URL).post('/contacts/c1/campaigns/k1').reply(201, { succeded: true });
    const enroll = { contactId: 'c1', campaignId: 'k1' };
    await perform('add_contact_to_campaign', enroll, { rpc: cache.event, meta: ZAP });
    expect(await halted(perform('add_contact_to_campaign', enroll, { rpc: cache.event, meta: ZAP }))).toMatch(
      /^Add Contact to Campaign: the same campaign enrollment for Contact "c1", Campaign "k1" was started \d+ s ago by another run of this Zap, so it was not started again\./,
    );
  });

  test('the steps sent once per delivery', () => {
    const once = operations.filter((o) => (o.decl as { once?: unknown }).once).map((o) => o.decl.key);
    expect(once.sort()).toEqual(
      [
        'add_contact_to_campaign',
        'add_contact_to_workflow',
        'add_inbound_message',
        'create_appointment_note',
        'create_block_slot',
        'create_business',
        'create_calendar',
        'create_calendar_notification',
        'create_calendar_resource',
        'create_contact_note',
        'create_contact_task',
        'create_custom_object_record',
        'create_location',
        'send_message',
      ].sort(),
    );
    // Zero definition bytes: the rule never reaches Zapier's definition.
    for (const o of operations) expect(JSON.stringify(o.zapier)).not.toMatch(/"once"/);
  });
});
