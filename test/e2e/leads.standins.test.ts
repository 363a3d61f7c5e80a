/**
 * Round 11 of the messy leads (test/e2e/leads.corpus.ts STANDIN_LEADS) through the seed Zaps on the emulator, checked
 * as in leads.test.ts (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { BOT_LEADS, CALL_LEADS, CORPUS, FORM_LEADS, MORE_LEADS, SHEET_LEADS, STANDIN_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe("dummy emails and phones typed past a required field, and a chat's names for a visitor it has none for", () => {
  checkCorpus(STANDIN_LEADS, { replay: true });

  it('has ids of its own', () => {
    const ids = [CORPUS, MORE_LEADS, FORM_LEADS, BOT_LEADS, SHEET_LEADS, CALL_LEADS, STANDIN_LEADS]
      .flat()
      .map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
