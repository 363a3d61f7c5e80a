/**
 * The messy-lead corpus (test/e2e/leads.corpus.ts) through the seed Zaps of README "Zaps people build", end to end
 * on the emulator: each lead's stored record is checked (leads.suite.ts). More leads: leads.more.test.ts. Replayed
 * and parallel deliveries: leads-replay.test.ts.
 */
import { ALL_LEADS, CORPUS } from './leads.corpus';
import { step } from './leads.flows';
import { checkCorpus } from './leads.suite';
import { failure } from './support';

describe('messy leads through the seed Zaps', () => {
  const { ref, first } = checkCorpus(CORPUS);

  it('has at least 40 leads', () => expect(CORPUS.length).toBeGreaterThanOrEqual(40));

  it('every lead of every list (ALL_LEADS) has an id of its own', () => {
    const ids = ALL_LEADS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
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
