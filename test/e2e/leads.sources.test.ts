/**
 * Round 13 of the messy leads (test/e2e/leads.corpus.ts SOURCE_LEADS): what form builders, booking and job tools and
 * SMS / chat apps hand to Zapier, mapped whole into the seed Zaps' fields, checked as in leads.test.ts
 * (leads.suite.ts); a file of its own keeps each file under core's 250-run memory check.
 */
import { SOURCE_LEADS } from './leads.corpus';
import { checkCorpus } from './leads.suite';

describe("lead sources' payloads mapped whole", () => {
  checkCorpus(SOURCE_LEADS, { replay: true });
});
