/** README's operation table and scope list are generated from the registry; `npm run docs` refreshes them. */
import * as fs from 'fs';
import { operationTable, readBlock, README, scopeList } from '../emulator/readme';
import { operations, searchOrCreates } from '../registry';
import { BOT_LEADS, CALL_LEADS, CORPUS, FORM_LEADS, MORE_LEADS, SHEET_LEADS, STANDIN_LEADS } from './e2e/leads.corpus';

const text = fs.readFileSync(README, 'utf8');
/** README prose with its line breaks as spaces, so a quoted name may wrap. */
const prose = text.replace(/\s+/g, ' ');

test('README lists every operation with its GHL endpoint (run `npm run docs` after adding one)', () => {
  expect(readBlock(text, 'operations')).toBe(operationTable());
});

test('README lists the scopes the Marketplace app needs', () => {
  expect(readBlock(text, 'scopes')).toBe(scopeList());
});

test('README gives the two commands a newcomer needs', () => {
  expect(text).toContain('npm install && npm start');
  expect(text).toContain('npm test');
});

test('a step README names in bold with its key is called what the Zap editor shows', () => {
  const finds = searchOrCreates() as Record<string, { display: { label: string } }>;
  const labelOf = (key: string) => operations.find((o) => o.decl.key === key)?.decl.label;
  const quoted = [...prose.matchAll(/\*\*([^*]+?)\*\* \(`([a-z_]+)`(?: \/ `([a-z_]+)`)?\)/g)].map(
    ([, name, key, create]) => ({ key, name, label: create ? finds[key]?.display.label : labelOf(key) }),
  );
  expect(quoted.length).toBeGreaterThanOrEqual(10);
  expect(quoted.filter((q) => q.name !== q.label)).toEqual([]);
});

test('README lists the agency-only steps the registry declares', () => {
  const agencyOnly = operations
    .filter((o) => o.decl.agencyOnly && !o.decl.hidden)
    .map((o) => o.decl.label)
    .sort();
  const lists = [...prose.matchAll(/\((New Snapshot, [^()]+)\)/g)].map(([, list]) => list.split(/, /).sort());
  expect(lists.length).toBeGreaterThanOrEqual(2);
  for (const list of lists) expect(list).toEqual(agencyOnly);
});

test('README counts the messy leads of the corpus and those replayed', () => {
  const leads = [CORPUS, MORE_LEADS, FORM_LEADS, BOT_LEADS, SHEET_LEADS, CALL_LEADS, STANDIN_LEADS].reduce(
    (n, l) => n + l.length,
    0,
  );
  expect(prose).toContain(`send the ${leads} messy leads of \`test/e2e/leads.corpus.ts\``);
  // Every second lead of every list is delivered again: leads-replay.test.ts for CORPUS, the other files after their checks.
  expect(prose).toContain(`every second lead of the ${leads} is delivered again`);
  expect(prose).toContain(`\`leads-replay.test.ts\` for the first ${CORPUS.length}, \`CORPUS\``);
});
