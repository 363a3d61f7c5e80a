/** README's operation table and scope list are generated from the registry; `npm run docs` refreshes them. */
import * as fs from 'fs';
import * as path from 'path';
import { definitionSizes } from '../bench/size';
import { ALL_STEPS } from '../emulator/demo/flows';
import App from '../index';
import { operationTable, readBlock, README, scopeList } from '../emulator/readme';
import { requestTimeoutMs, stepDeadlineMs } from '../lib/config';
import { ONCE_WINDOW_SECONDS } from '../lib/once';
import type { CreateDecl, TriggerDecl } from '../lib/op';
import { LOOKBACK } from '../lib/polling';
import { HOUR } from '../lib/values';
import { operations, searchOrCreates } from '../registry';
import { ALL_LEADS, CORPUS } from './e2e/leads.corpus';

const text = fs.readFileSync(README, 'utf8');
/** README prose with its line breaks as spaces, so a quoted name may wrap. */
const prose = text.replace(/\s+/g, ' ');

test('README lists every operation with its GHL endpoint (run `npm run docs` after adding one)', () => {
  expect(readBlock(text, 'operations')).toBe(operationTable());
});

test('README lists the scopes the Marketplace app needs', () => {
  expect(readBlock(text, 'scopes')).toBe(scopeList());
});

test('README gives the two commands a newcomer needs, and the step count npm start prints', () => {
  expect(text).toContain('npm install && npm start');
  expect(text).toContain('npm test');
  expect(prose).toContain(`printing each step (${ALL_STEPS.length} with the connection's two)`);
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
  const leads = ALL_LEADS.length;
  expect(prose).toContain(`send the ${leads} messy leads of \`test/e2e/leads.corpus.ts\``);
  // Every second lead of every list is delivered again: leads-replay.test.ts for CORPUS, the other files after their checks.
  expect(prose).toContain(`every second lead of the ${leads} is delivered again`);
  expect(prose).toContain(`\`leads-replay.test.ts\` for the first ${CORPUS.length}, \`CORPUS\``);
});

const ROOT = path.join(__dirname, '..');
/** The names a README list holds: the first word of each item of the parenthesised list after `after`. */
const listAfter = (block: string, after: string) =>
  block
    .split(after)[1]
    .split(')')[0]
    .replace(/^[^(]*\(/, '')
    .split(/[,;]/)
    .map((item) => item.trim().split(/[\s:]/)[0])
    .sort();
const modules = (...dirs: string[]) =>
  [
    ...new Set(
      dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')),
    ),
  ]
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

test("README's layout block names every module of lib/, areas/ and the kind folders, and no other", () => {
  const block = text.split('## How it is built')[1].split('```')[1];
  expect([...block.matchAll(/^ {2}(\w+)\.ts /gm)].map(([, m]) => m).sort()).toEqual(modules('lib'));
  expect(listAfter(block, '\nareas/')).toEqual(modules('areas'));
  expect(listAfter(block, 'one file per area')).toEqual(modules('triggers', 'creates', 'searches'));
});

test("README's dependency table lists every package of package.json with its kind, and no other", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const rows = text
    .split('## Dependencies')[1]
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .flatMap((l) => {
      const [, names, kind] = l.split('|').map((c) => c.trim());
      return [...names.matchAll(/`([^`]+)`/g)].map(([, name]) => ({ name, kind }));
    });
  const listed = (name: string) =>
    rows.find((r) => r.name === name || (r.name.endsWith('/*') && name.startsWith(r.name.slice(0, -1))));
  const missing = [
    ...Object.keys(pkg.dependencies).filter((n) => listed(n)?.kind !== 'runtime'),
    ...Object.keys(pkg.devDependencies).filter((n) => listed(n)?.kind !== 'dev'),
  ];
  const all = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  const extra = rows.filter((r) => !all.some((n) => listed(n) === r));
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
});

test('README names the list triggers that read past their first page as their declarations (`poll`) do', () => {
  const lists = operations
    .filter((o) => o.kind === 'trigger' && (o.decl as TriggerDecl).poll)
    .map((o) => ({ label: o.decl.label, ...(o.decl as TriggerDecl).poll }));
  const labels = (pick: (l: (typeof lists)[number]) => boolean) =>
    lists
      .filter(pick)
      .map((l) => l.label)
      .sort();
  expect(lists.length).toBeGreaterThanOrEqual(10);
  // The table of "How the triggers poll": one row for those read by a time GHL stamps, one for those with none.
  const rows = text
    .split('## How the triggers poll')[1]
    .split('\n## ')[0]
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) => l.split('|')[1].trim().split(', ').sort());
  const rowOf = (label: string) => rows.find((r) => r.includes(label)) ?? [];
  const timed = labels((l) => !!(l.time ?? l.updated));
  const untimed = labels((l) => !(l.time ?? l.updated));
  expect(rowOf(timed[0])).toEqual(timed);
  expect(rowOf(untimed[0])).toEqual(untimed);
  // Its Limits: those without a creation time ("New Blog Post / Author / Category" is three).
  const named = prose
    .split('Those without a creation time (')[1]
    .split(')')[0]
    .split(', ')
    .flatMap((item) => {
      const [first, ...more] = item.split(' / ');
      return [first, ...more.map((w) => `${first.replace(/\S+$/, '')}${w}`)];
    })
    .sort();
  expect(named).toEqual(labels((l) => !l.time));
});

test('README lists the lead files of test/e2e, and how many replay after their checks', () => {
  const files = fs
    .readdirSync(path.join(ROOT, 'test', 'e2e'))
    .filter((f) => /^leads(\.\w+)?\.test\.ts$/.test(f))
    .sort();
  const listed = prose
    .split('factory (skip / stop choice')[1]
    .split(' send the ')[0]
    .match(/leads(\.\w+)?\.test\.ts/g);
  expect([...(listed ?? [])].sort()).toEqual(files);
  // leads-replay.test.ts replays the first list (leads.test.ts's); each other file replays its own after its checks.
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
  expect(prose).toContain(`the other ${words[files.length - 1]} files after their checks`);
});

test('every `npm run` script README names is one package.json defines', () => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const named = [...new Set([...text.matchAll(/npm run ([a-z][\w:-]*)/g)].map(([, s]) => s))];
  expect(named.length).toBeGreaterThanOrEqual(8);
  expect(named.filter((s) => !(s in scripts))).toEqual([]);
  expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'test']));
});

test('README lists the writes sent once per delivery as their declarations (`once`) do', () => {
  // "Send Message, …, Add Contact to Workflow / Campaign, Create Block Slot, Business, … and Sub-Account": an item
  // after " / " shares its item's words but the last, an item without a verb takes the previous item's verb.
  const list = prose
    .split('kept off the definition): ')[1]
    .split('. ')[0]
    .split(/, | and /);
  let verb = '';
  const named = list
    .flatMap((item) => {
      const [first, ...more] = item.split(' / ');
      const full = /^(Send|Add|Create) /.test(first) ? first : `${verb} ${first}`;
      verb = full.split(' ')[0];
      return [full, ...more.map((w) => `${full.replace(/\S+$/, '')}${w}`)];
    })
    .sort();
  const once = operations
    .filter((o) => o.kind === 'create' && (o.decl as CreateDecl).once)
    .map((o) => o.decl.label)
    .sort();
  expect(once.length).toBeGreaterThanOrEqual(10);
  expect(named).toEqual(once);
});

test('README states the windows, timeouts and counts the code holds', () => {
  const saved = { ...process.env };
  delete process.env.GHL_REQUEST_TIMEOUT_MS;
  delete process.env.GHL_STEP_DEADLINE_MS;
  try {
    expect(prose).toContain(`No answer within ${requestTimeoutMs() / 1000} s (\`GHL_REQUEST_TIMEOUT_MS\``);
    expect(prose).toContain(`(${stepDeadlineMs() / 1000} s from its first request, \`GHL_STEP_DEADLINE_MS\`)`);
  } finally {
    process.env = saved;
  }
  expect(prose).toContain(`within \`ONCE_WINDOW_SECONDS\` (${ONCE_WINDOW_SECONDS / 60} minutes)`);
  expect(prose).toContain(
    `Each poll covers the last ${['', 'one', 'two', 'three'][LOOKBACK / HOUR]} hours (\`LOOKBACK\``,
  );
  const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, '..', 'shared', 'catalog', 'operations.json'), 'utf8'));
  expect(prose).toContain(`all ${catalog.operations.length} operations of \`../shared/catalog/operations.json\``);
});

test("README's definition size and its parts are the definition's (bench/size.ts)", () => {
  const sizes = definitionSizes(App);
  const kb = (n: number) => `${(Math.round((n / 1024) * 10) / 10).toFixed(1)} KB`;
  const stated = prose.match(
    /\*\*Definition size\.\*\* ([\d.]+ KB) .*?inputs ([\d.]+ KB).*?wrappers\) ([\d.]+ KB), display texts ([\d.]+ KB), output labels ([\d.]+ KB) \(ids\) and samples ([\d.]+ KB)/,
  );
  expect(stated?.slice(1)).toEqual(
    [sizes.total, sizes.inputs, sizes.other, sizes.display, sizes.outputs, sizes.samples].map(kb),
  );
  expect(prose).toContain(`| app definition (JSON as core compiles it) | 253.6 KB | ${kb(sizes.total)} |`);
});
