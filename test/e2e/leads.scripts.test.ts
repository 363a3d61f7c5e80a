/**
 * Round 13 of the messy leads (test/e2e/leads.corpus.ts SCRIPT_LEADS): leads typed on keyboards of other scripts and in
 * CJK input modes, through the seed Zaps on the emulator, checked as in leads.test.ts (leads.suite.ts); a file of its
 * own keeps each file under core's 250-run memory check.
 */
import { SCRIPT_LEADS } from './leads.corpus';
import { step } from './leads.flows';
import { checkCorpus } from './leads.suite';

describe('leads typed in other scripts and on other keyboards', () => {
  const { ref, first } = checkCorpus(SCRIPT_LEADS, { replay: true });

  it('Upsert Contact lands an internationalized domain written in Unicode on the contact Create Contact made', async () => {
    const created = first.get('x20')!.contactId!;
    const before = ref.emu.store.where('contacts', {}).length;
    const out = await step(ref.runner(), 'create', 'upsert_contact', {
      email: 'zoë@BÜCHER.EXAMPLE',
      lastName: 'Müller',
    });
    expect(out.id).toBe(created);
    expect(ref.emu.store.get('contacts', created)).toMatchObject({
      email: 'zoë@xn--bcher-kva.example',
      lastName: 'Müller',
    });
    expect(ref.emu.store.where('contacts', {}).length).toBe(before);
  });
});
