/**
 * Runs every fixture of test/ops/*.fixtures.ts (one file per GHL area) and checks that every registered operation
 * has at least one. Fixture files export `fixtures: OpFixture[]`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runFixture, type OpFixture } from './support/harness';
import { operations } from '../lib/registry';

const dir = path.join(__dirname, 'ops');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.fixtures.ts')).sort();
const all: OpFixture[] = [];

for (const file of files) {
  const { fixtures } = require(path.join(dir, file)) as { fixtures: OpFixture[] };
  all.push(...fixtures);
  describe(file.replace('.fixtures.ts', ''), () => {
    for (const fx of fixtures) {
      test(`${fx.key}${fx.name ? `: ${fx.name}` : ''}`, () => runFixture(fx));
    }
  });
}

test('every registered operation has a fixture asserting its request and result', () => {
  const covered = new Set(all.map((f) => f.key));
  const missing = operations.map((o) => o.decl.key).filter((k) => !covered.has(k));
  expect(missing).toEqual([]);
});
