/**
 * Round 8 of the messy leads (test/e2e/leads.corpus.ts BOT_LEADS) through the seed Zaps on the emulator, checked as
 * in leads.test.ts (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { BOT_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe('what chatbots, mail merges and job tools hand over, through the seed Zaps', () => {
  checkCorpus(BOT_LEADS, { replay: true });
});
