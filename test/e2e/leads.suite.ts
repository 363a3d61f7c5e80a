/**
 * The check of a messy-lead corpus (test/e2e/leads.corpus.ts) through the seed Zaps of README "Zaps people build", end
 * to end on the emulator: each lead's stored record is checked. One test file runs at most ~250 steps
 * (zapier-platform-core's handler force-exits a process that served more than 250 runs above 450 MB, counted per
 * file), so the corpus is split over leads.test.ts, leads.more.test.ts, leads.forms.test.ts, leads.bots.test.ts,
 * leads.sheets.test.ts, leads.calls.test.ts, leads.standins.test.ts, leads.languages.test.ts,
 * leads.sources.test.ts and leads.scripts.test.ts.
 */
import type { AppRunner } from '../../emulator/demo/runner';
import type { MessyLead } from './leads.corpus';
import { deliver, type Delivery } from './leads.flows';
import { useEmulator, type EmulatorRef } from './support';
import { fakeZcache } from '../support/zcache';

/**
 * Zapier's z.cache as its RPC server keeps it (nx: test/support/zcache.ts) for a corpus's runner: a second delivery
 * finds what the first one's note or message step claimed (lib/once.ts).
 */
export const zapierCache = (): ReturnType<typeof fakeZcache> => {
  const cache = fakeZcache();
  beforeAll(cache.install);
  beforeEach(cache.install); // again after each test's nock.cleanAll
  afterAll(cache.uninstall);
  return cache;
};

/** The step of a seed Zap that writes without a natural key: its note (Writesonic) or its inbound message. */
const onceStep = (m: MessyLead) => (m.flow === 'writesonic' ? 'create_contact_note' : 'add_inbound_message');

/**
 * Delivers each lead again: a replay lands on the records of its first delivery (or is refused the same way), and no
 * second contact, opportunity, note or message is stored: the note / message step halts as a duplicate delivery.
 */
export const replayLands = async (
  ref: EmulatorRef,
  runner: AppRunner,
  leads: MessyLead[],
  first: Map<string, Delivery>,
): Promise<void> => {
  const count = () => ({
    contacts: ref.emu.store.where('contacts', {}).length,
    opportunities: ref.emu.store.where('opportunities', {}).length,
    notes: ref.emu.store.where('notes', {}).length,
    messages: ref.emu.store.where('messages', {}).length,
  });
  const before = count();
  for (const m of leads) {
    const again = await deliver(ref.emu, runner, m);
    const was = first.get(m.id)!;
    // The first delivery added its note / message unless it stopped before (the opportunity steps come after it).
    const added =
      (m.flow !== 'writesonic' || !!m.lead.text) &&
      (!was.refused || ['find_opportunity', 'create_opportunity'].includes(was.refused.step));
    if (added) {
      expect(again.refused).toEqual({
        step: onceStep(m),
        message: expect.stringMatching(
          /: the same (note|message) for Contact "[^"]+" was added \d+ (s|min) ago by another run \((Note|Message) ID "[^"]+"\), so it was not added again\./,
        ),
      });
      expect(again.contactId).toBe(was.contactId);
    } else if (was.refused) expect(again.refused).toEqual(was.refused);
    else expect(again.contactId).toBe(was.contactId);
  }
  expect(count()).toEqual(before);
};

/** Every second lead of a list (a replay of each would pass core's 250-run memory check in one file). */
export const everySecond = (leads: MessyLead[]): MessyLead[] => leads.filter((_m, i) => i % 2 === 0);

/**
 * Registers the emulator, delivers each lead once (in order: a `sameAs` lead follows its first one) and checks it;
 * `replay`: then delivers every second lead again (replayLands), after the checks.
 */
export const checkCorpus = (
  corpus: MessyLead[],
  { replay = false } = {},
): { ref: EmulatorRef; first: Map<string, Delivery> } => {
  // The corpus sends hundreds of requests in seconds; GHL's burst limit has its own suite (ratelimit.test.ts).
  const ref = useEmulator({ rateLimit: { burst: 100_000 } });
  const cache = zapierCache();
  const opportunities = () => ref.emu.store.where('opportunities', {});
  const first = new Map<string, Delivery>();
  let runner: AppRunner;

  beforeAll(async () => {
    runner = ref.runner();
    runner.rpc = cache.event;
    for (const m of corpus) first.set(m.id, await deliver(ref.emu, runner, m));
  }, 180_000);

  it.each(corpus.map((m) => [m.id, m] as const))('%s lands as expected', (_id, m) => {
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
    if (m.lead.media) {
      const sent = m.lead.media.split(/,(?=https:)/);
      expect(ref.emu.store.where('messages', { contactId: d.contactId }).map((x) => x.attachments)).toContainEqual(
        sent,
      );
    }
  });

  if (replay)
    it(
      'a replayed delivery of every second lead lands on the same records: no second contact, opportunity, note or message',
      () => replayLands(ref, runner, everySecond(corpus), first),
      180_000,
    );

  return { ref, first };
};
