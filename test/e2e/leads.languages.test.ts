/**
 * Round 12 of the messy leads (test/e2e/leads.corpus.ts LANGUAGE_LEADS): forms, bots and sheets that write in Spanish,
 * Portuguese, French, German, Italian or Dutch, through the seed Zaps on the emulator, checked as in leads.test.ts
 * (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { LANGUAGE_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe('leads in Spanish, Portuguese, French, German, Italian and Dutch', () => {
  checkCorpus(LANGUAGE_LEADS, { replay: true });
});
