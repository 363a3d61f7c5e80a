/**
 * Round 11 of the messy leads (test/e2e/leads.corpus.ts STANDIN_LEADS) through the seed Zaps on the emulator, checked
 * as in leads.test.ts (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { STANDIN_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe("dummy emails and phones typed past a required field, and a chat's names for a visitor it has none for", () => {
  checkCorpus(STANDIN_LEADS, { replay: true });
});
