/**
 * The messy-lead corpus (test/e2e/leads.corpus.ts) through the seed Zaps of README "Zaps people build", end to end
 * on the emulator: each lead's stored record is checked, then the same deliveries are replayed and run in parallel,
 * and nothing is stored twice.
 */
import type { AppRunner, Kind } from '../../emulator/demo/runner';
import { CORPUS, type MessyLead } from './leads.corpus';
import { failure, useEmulator } from './support';

// The corpus sends about a thousand requests in seconds; GHL's burst limit has its own suite (ratelimit.test.ts).
const ref = useEmulator({ rateLimit: { burst: 100_000 } });

/** What one delivery of a lead did: the contact it landed on, the create step's output, the step that refused it. */
interface Delivery {
  contactId?: string;
  created?: Record<string, any>;
  refused?: { step: string; message: string };
}

/** Runs a step the way the Zap editor would (declared inputs only, empty values left out). */
const step = async (runner: AppRunner, kind: Kind, key: string, input: Record<string, unknown>) => {
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  runner.checkInputs(kind, key, given);
  return runner.perform(kind, key, given);
};

/** A seed Zap for one lead; a refused step ends the run (as Zapier stops a Zap run at a failed step). */
const deliver = async (runner: AppRunner, m: MessyLead): Promise<Delivery> => {
  const { firstName, lastName, email, phone, tags, dateOfBirth, value, text } = m.lead;
  const d: Delivery = {};
  let current = '';
  const run = async (kind: Kind, key: string, input: Record<string, unknown>) => {
    current = key;
    return step(runner, kind, key, input);
  };
  try {
    // Find or Create Contact: the search, then the create when it found nothing (Zapier's searchOrCreate).
    const search = m.flow === 'salesmsg' ? { number: phone } : { email, number: phone };
    const found: any[] = await run('search', 'find_contact', search);
    if (found.length) d.contactId = found[0].id;
    else {
      const source = { writesonic: 'Writesonic', salesmsg: 'Salesmsg', botsonic: 'Botsonic' }[m.flow];
      d.created = await run('create', 'create_contact', { firstName, lastName, email, phone, tags, dateOfBirth, source });
      d.contactId = d.created!.id;
    }
    const contactId = d.contactId;
    if (m.flow === 'writesonic') {
      await run('create', 'add_contact_tags', { contactId, tags: 'new lead' });
      if (text) await run('create', 'create_contact_note', { contactId, body: text });
    } else {
      await run('create', 'add_inbound_message', { contactId, type: m.flow === 'salesmsg' ? 'SMS' : 'Live_Chat', message: text });
    }
    if (m.flow === 'botsonic') {
      const pipeline = ref.emu.seed.collections.pipelines[0] as Record<string, any>;
      const opps: any[] = await run('search', 'find_opportunity', { contactId, pipelineId: pipeline.id });
      if (!opps.length) {
        await run('create', 'create_opportunity', {
          contactId,
          pipelineId: pipeline.id,
          pipelineStageId: pipeline.stages[0].id,
          name: `Chatbot lead: ${firstName}`,
          monetaryValue: value,
        });
      }
    }
  } catch (e) {
    const f = await failure(Promise.reject(e));
    d.refused = { step: current, message: f.message };
  }
  return d;
};

const contacts = () => ref.emu.store.where('contacts', {});
const opportunities = () => ref.emu.store.where('opportunities', {});

describe('messy leads through the seed Zaps', () => {
  const first = new Map<string, Delivery>();
  let runner: AppRunner;

  beforeAll(async () => {
    runner = ref.runner();
    for (const m of CORPUS) first.set(m.id, await deliver(runner, m));
  }, 180_000);

  it('has at least 40 leads', () => expect(CORPUS.length).toBeGreaterThanOrEqual(40));

  it.each(CORPUS.map((m) => [m.id, m] as const))('%s lands as expected', (_id, m) => {
    const d = first.get(m.id)!;
    if (m.expect.refused) {
      expect(d.refused).toEqual({ step: m.expect.refused.step, message: expect.stringMatching(m.expect.refused.message) });
      if (m.expect.refused.step === 'find_contact' || m.expect.refused.step === 'create_contact') expect(d.contactId).toBeUndefined();
      return;
    }
    expect(d.refused).toBeUndefined();
    const stored = ref.emu.store.get('contacts', d.contactId!)!;
    expect(stored).toBeDefined();
    if (m.expect.sameAs) {
      expect(d.created).toBeUndefined(); // found by the search: no second contact
      expect(d.contactId).toBe(first.get(m.expect.sameAs)!.contactId);
    } else {
      expect(d.created).toMatchObject({ id: d.contactId, isDuplicate: false });
    }
    for (const [k, v] of Object.entries(m.expect.contact ?? {})) {
      if (v === null) expect([undefined, null, '']).toContain(stored[k]);
      else expect({ [k]: stored[k] }).toEqual({ [k]: v });
    }
    const skipped: string[] = d.created?.skippedValues ?? [];
    expect(skipped).toHaveLength(m.expect.skipped?.length ?? 0);
    (m.expect.skipped ?? []).forEach((re, i) => expect(skipped[i]).toMatch(re));
    if (m.expect.monetaryValue !== undefined) {
      const opps = opportunities().filter((o) => o.contactId === d.contactId);
      expect(opps.map((o) => o.monetaryValue)).toEqual([m.expect.monetaryValue]);
    }
    if (m.flow === 'writesonic' && m.lead.text) {
      expect(ref.emu.store.where('notes', { contactId: d.contactId }).map((n) => n.body)).toContain(m.lead.text);
    }
    if (m.flow !== 'writesonic' && m.lead.text) {
      expect(ref.emu.store.where('messages', { contactId: d.contactId }).map((x) => x.body)).toContain(m.lead.text);
    }
  });

  it('a replayed delivery of every lead lands on the same records: no second contact or opportunity', async () => {
    const before = { contacts: contacts().length, opportunities: opportunities().length };
    for (const m of CORPUS) {
      const again = await deliver(runner, m);
      const was = first.get(m.id)!;
      if (was.refused) expect(again.refused).toEqual(was.refused);
      else expect(again.contactId).toBe(was.contactId);
    }
    expect({ contacts: contacts().length, opportunities: opportunities().length }).toEqual(before);
  }, 180_000);

  it('two runs of a new lead in parallel create one contact and one opportunity; the loser gets the winner (isDuplicate)', async () => {
    const lead: MessyLead = {
      id: 'p01',
      flow: 'botsonic',
      lead: { firstName: 'Twin', email: ' Twin@Leads.Example ', phone: '(415) 555-0188', value: '€2.500,00', text: 'parallel' },
      expect: {},
    };
    const before = contacts().length;
    const [a, b] = await Promise.all([deliver(ref.runner(), lead), deliver(ref.runner(), lead)]);
    expect(a.refused).toBeUndefined();
    expect(b.refused).toBeUndefined();
    expect(a.contactId).toBe(b.contactId);
    expect(contacts().length).toBe(before + 1);
    expect(ref.emu.store.get('contacts', a.contactId!)).toMatchObject({ email: 'Twin@leads.example', phone: '+14155550188' });
    expect(opportunities().filter((o) => o.contactId === a.contactId).map((o) => o.monetaryValue)).toEqual([2500]);
  });

  it("two creates racing for the same new contact / opportunity: one writes, the other gets GHL's duplicate answer and returns it", async () => {
    const runner2 = ref.runner();
    const input = { firstName: 'Race', email: 'race@leads.example', phone: '+44 20 7946 0000' };
    const pair = await Promise.all([step(runner2, 'create', 'create_contact', input), step(runner2, 'create', 'create_contact', input)]);
    expect(pair.map((c) => c.isDuplicate).sort()).toEqual([false, true]);
    expect(pair[0].id).toBe(pair[1].id);
    expect(contacts().filter((c) => c.email === 'race@leads.example')).toHaveLength(1);
    const pipeline = ref.emu.seed.collections.pipelines[0] as Record<string, any>;
    const opp = { contactId: pair[0].id, pipelineId: pipeline.id, name: 'Race deal', monetaryValue: '1.500,00 €' };
    const opps = await Promise.all([step(runner2, 'create', 'create_opportunity', opp), step(runner2, 'create', 'create_opportunity', opp)]);
    expect(opps.map((o) => o.isDuplicate).sort()).toEqual([false, true]);
    expect(opps[0].id).toBe(opps[1].id);
    expect(opportunities().filter((o) => o.contactId === pair[0].id).map((o) => o.monetaryValue)).toEqual([1500]);
  });

  it('"If the contact already exists: Stop with an error" fails a duplicate create, naming the existing contact', async () => {
    const existing = first.get('w01')!.contactId;
    const f = await failure(step(ref.runner(), 'create', 'create_contact', { email: 'zoe@leads.example', onDuplicate: 'error' }));
    expect(f.message).toBe(`Create Contact: a contact with this email already exists (id "${existing}"), and this step is set to fail on duplicates.`);
  });
});
