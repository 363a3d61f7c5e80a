/**
 * Replayed and parallel deliveries of messy leads on the emulator: nothing is stored twice. A separate file from
 * leads.test.ts because zapier-platform-core's handler force-exits a process that served more than 250 runs above
 * 450 MB (counted per test file); the replay runs every second lead of the corpus (first delivery, then again).
 */
import type { AppRunner } from '../../emulator/demo/runner';
import { CORPUS, type MessyLead } from './leads.corpus';
import { deliver, step, type Delivery } from './leads.flows';
import { everySecond, replayLands, zapierCache } from './leads.suite';
import { useEmulator } from './support';

// The deliveries send hundreds of requests in seconds; GHL's burst limit has its own suite (ratelimit.test.ts).
const ref = useEmulator({ rateLimit: { burst: 100_000 } });
const cache = zapierCache();

const contacts = () => ref.emu.store.where('contacts', {});
const opportunities = () => ref.emu.store.where('opportunities', {});
const REPLAYED = everySecond(CORPUS);

describe('replayed and parallel deliveries', () => {
  const first = new Map<string, Delivery>();
  let runner: AppRunner;

  beforeAll(async () => {
    runner = ref.runner();
    runner.rpc = cache.event;
    for (const m of REPLAYED) first.set(m.id, await deliver(ref.emu, runner, m));
  }, 180_000);

  it(
    'a replayed delivery of each lead lands on the same records: no second contact, opportunity, note or message',
    () => replayLands(ref, runner, REPLAYED, first),
    180_000,
  );

  it('two runs of a new lead in parallel create one contact, one message and one opportunity; the loser gets the winner (isDuplicate), then halts at the message', async () => {
    const lead: MessyLead = {
      id: 'p01',
      flow: 'botsonic',
      lead: {
        firstName: 'Twin',
        email: ' Twin@Leads.Example ',
        phone: '(415) 555-0188',
        value: '€2.500,00',
        text: 'parallel',
      },
      expect: {},
    };
    const before = contacts().length;
    const [one, two] = [ref.runner(), ref.runner()];
    one.rpc = two.rpc = cache.event; // two runs of one connection: one z.cache
    const runs = await Promise.all([deliver(ref.emu, one, lead), deliver(ref.emu, two, lead)]);
    // The message is added once: the later run halts at it (and so never reaches the opportunity step).
    const [a, b] = runs.sort((x, y) => Number(!!x.refused) - Number(!!y.refused));
    expect(a.refused).toBeUndefined();
    expect(b.refused).toMatchObject({
      step: 'add_inbound_message',
      message: expect.stringMatching(/the same message for Contact "[^"]+" (is being added right now|was added)/),
    });
    expect(ref.emu.store.where('messages', { contactId: a.contactId }).map((x) => x.body)).toEqual(['parallel']);
    expect(a.contactId).toBe(b.contactId);
    expect(contacts().length).toBe(before + 1);
    expect(ref.emu.store.get('contacts', a.contactId!)).toMatchObject({
      email: 'Twin@leads.example',
      phone: '+14155550188',
    });
    expect(
      opportunities()
        .filter((o) => o.contactId === a.contactId)
        .map((o) => o.monetaryValue),
    ).toEqual([2500]);
  });

  it("two creates racing for the same new contact / opportunity: one writes, the other gets GHL's duplicate answer and returns it", async () => {
    const runner2 = ref.runner();
    const input = { firstName: 'Race', email: 'race@leads.example', phone: '+44 20 7946 0000' };
    const pair = await Promise.all([
      step(runner2, 'create', 'create_contact', input),
      step(runner2, 'create', 'create_contact', input),
    ]);
    expect(pair.map((c) => c.isDuplicate).sort()).toEqual([false, true]);
    expect(pair[0].id).toBe(pair[1].id);
    expect(contacts().filter((c) => c.email === 'race@leads.example')).toHaveLength(1);
    const pipeline = ref.emu.seed.collections.pipelines[0] as Record<string, any>;
    const opp = { contactId: pair[0].id, pipelineId: pipeline.id, name: 'Race deal', monetaryValue: '1.500,00 €' };
    const opps = await Promise.all([
      step(runner2, 'create', 'create_opportunity', opp),
      step(runner2, 'create', 'create_opportunity', opp),
    ]);
    expect(opps.map((o) => o.isDuplicate).sort()).toEqual([false, true]);
    expect(opps[0].id).toBe(opps[1].id);
    expect(
      opportunities()
        .filter((o) => o.contactId === pair[0].id)
        .map((o) => o.monetaryValue),
    ).toEqual([1500]);
  });
});
