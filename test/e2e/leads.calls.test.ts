/**
 * Round 10 of the messy leads (test/e2e/leads.corpus.ts CALL_LEADS) through the seed Zaps on the emulator, checked as
 * in leads.test.ts (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { CALL_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe('leads born from a phone call or a text (call tracking, SMS, missed-call text-back) through the seed Zaps', () => {
  checkCorpus(CALL_LEADS, { replay: true });
});
