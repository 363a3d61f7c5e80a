/**
 * Round 9 of the messy leads (test/e2e/leads.corpus.ts SHEET_LEADS) through the seed Zaps on the emulator, checked as
 * in leads.test.ts (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { SHEET_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe('leads from spreadsheets, CSV exports and lead-ads exports through the seed Zaps', () => {
  checkCorpus(SHEET_LEADS, { replay: true });
});
