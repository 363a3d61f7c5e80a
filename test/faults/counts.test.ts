/**
 * The README's Reliability counts come from the same registry, faults and rules as the matrix: a new operation or
 * fault changes them, and this test says which line to update.
 */
import * as fs from 'fs';
import * as path from 'path';
import { operations } from '../../registry';
import { EXCEPTIONS, FAULTS, firstRequestReads, HOSTILE_IDS, type Outcome } from '../support/faults';

const fmt = (n: number) => n.toLocaleString('en-US');

const matrixCounts = () => {
  const outcomes: Record<string, number> = {
    ThrottledError: 0,
    AppError: 0,
    HaltedError: 0,
    RefreshAuthError: 0,
    result: 0,
  };
  for (const op of operations) {
    const read = firstRequestReads(op);
    for (const fault of FAULTS) {
      const o: Outcome = EXCEPTIONS[fault.name]?.[op.decl.key]?.outcome(op, read) ?? fault.expect(op, read);
      outcomes[o.kind === 'result' ? 'result' : o.name] += 1;
    }
  }
  const params = operations.flatMap((o) => [...o.decl.path.matchAll(/\{([^}]+)\}/g)]).length;
  const withParams = operations.filter((o) => /\{[^}]+\}/.test(o.decl.path)).length;
  return { ops: operations.length, faults: FAULTS.length, outcomes, params, withParams, hostile: HOSTILE_IDS.length };
};

test('README states the fault-matrix and hostile-input counts', () => {
  const c = matrixCounts();
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const matrix =
    `${c.ops} operations × ${c.faults} faults = ${fmt(c.ops * c.faults)} runs: ${fmt(c.outcomes.ThrottledError)} ThrottledError, ` +
    `${fmt(c.outcomes.AppError)} z.errors.Error, ${fmt(c.outcomes.HaltedError)} HaltedError, ${fmt(c.outcomes.RefreshAuthError)} RefreshAuthError, ${fmt(c.outcomes.result)} results`;
  const hostile = `${c.params} path parameters of ${c.withParams} operations × ${c.hostile} values = ${fmt(c.params * c.hostile)} runs`;
  // Shown when the README is out of date:
  if (!readme.includes(matrix) || !readme.includes(hostile)) console.log(`${matrix}\n${hostile}`);
  expect({ matrix: readme.includes(matrix), hostile: readme.includes(hostile) }).toEqual({
    matrix: true,
    hostile: true,
  });
});
