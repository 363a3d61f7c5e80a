/**
 * Round 6 of the messy leads (test/e2e/leads.corpus.ts FORM_LEADS) through the seed Zaps on the emulator, checked as
 * in leads.test.ts (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { FORM_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe('leads from abroad, spreadsheets and forms through the seed Zaps', () => {
  checkCorpus(FORM_LEADS, { replay: true });
});
