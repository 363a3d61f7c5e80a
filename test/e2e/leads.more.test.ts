/**
 * More messy leads (test/e2e/leads.corpus.ts MORE_LEADS) through the seed Zaps on the emulator, checked as in
 * leads.test.ts (leads.suite.ts); a file of their own keeps each file under core's 250-run memory check.
 */
import { MORE_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe('more messy leads through the seed Zaps', () => {
  checkCorpus(MORE_LEADS, { replay: true });
});
