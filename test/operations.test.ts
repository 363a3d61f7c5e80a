/**
 * Every registered operation has at least one fixture in test/ops/*.fixtures.ts (exact request + result); each area's
 * fixtures run in test/ops/<area>.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { OpFixture } from './support/harness';
import { operations } from '../registry';

const dir = path.join(__dirname, 'ops');
const areas = fs.readdirSync(dir).filter((f) => f.endsWith('.fixtures.ts'));

test('every area with fixtures has its test file', () => {
  const missing = areas
    .map((f) => f.replace('.fixtures.ts', '.test.ts'))
    .filter((t) => !fs.existsSync(path.join(dir, t)));
  expect(missing).toEqual([]);
});

test('every registered operation has a fixture asserting its request and result', () => {
  const covered = new Set(
    areas.flatMap((f) => (require(path.join(dir, f)) as { fixtures: OpFixture[] }).fixtures.map((x) => x.key)),
  );
  const missing = operations.map((o) => o.decl.key).filter((k) => !covered.has(k));
  expect(missing).toEqual([]);
});
