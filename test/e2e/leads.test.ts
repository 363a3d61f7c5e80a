/**
 * The messy-lead corpus (test/e2e/leads.corpus.ts) through the seed Zaps of README "Zaps people build", end to end
 * on the emulator: each lead's stored record is checked. Replayed and parallel deliveries: leads-replay.test.ts.
 */
import type { AppRunner } from '../../emulator/demo/runner';
import { CORPUS } from './leads.corpus';
import { deliver, step, type Delivery } from './leads.flows';
import { failure, useEmulator } from './support';

// The corpus sends hundreds of requests in seconds; GHL's burst limit has its own suite (ratelimit.test.ts).
const ref = useEmulator({ rateLimit: { burst: 100_000 } });

const opportunities = () => ref.emu.store.where('opportunities', {});

describe('messy leads through the seed Zaps', () => {
  const first = new Map<string, Delivery>();
  let runner: AppRunner;

  beforeAll(async () => {
    runner = ref.runner();
    for (const m of CORPUS) first.set(m.id, await deliver(ref.emu, runner, m));
  }, 180_000);

  it('has at least 40 leads', () => expect(CORPUS.length).toBeGreaterThanOrEqual(40));

  it.each(CORPUS.map((m) => [m.id, m] as const))('%s lands as expected', (_id, m) => {
    const d = first.get(m.id)!;
    if (m.expect.refused) {
      expect(d.refused).toEqual({
        step: m.expect.refused.step,
        message: expect.stringMatching(m.expect.refused.message),
      });
      if (m.expect.refused.step === 'find_contact' || m.expect.refused.step === 'create_contact')
        expect(d.contactId).toBeUndefined();
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

  it('"If the Contact Already Exists: Stop with an error" fails a duplicate create, naming the existing contact', async () => {
    const existing = first.get('w01')!.contactId;
    const f = await failure(
      step(ref.runner(), 'create', 'create_contact', { email: 'zoe@leads.example', onDuplicate: 'error' }),
    );
    expect(f.message).toBe(
      `Create Contact: a contact with this email already exists (id "${existing}"), and this step is set to fail on duplicates.`,
    );
  });
});
