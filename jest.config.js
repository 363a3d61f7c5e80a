/**
 * Jest runs the TypeScript sources directly (ts-jest); `npm test` also builds dist/ for `zapier-platform validate`.
 * ts-jest only transpiles (isolatedModules, over tsconfig.json's options): `npm test` type-checks every source and
 * test file once with `tsc` before jest runs, so checking each file again in every jest worker only cost time (~20%).
 */
const os = require('node:os');

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true } }] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 20000,
  // One worker per core: jest's default (cpus - 1) runs the files one at a time on a 2-core CI machine. Three workers
  // on two cores saved ~15 s more (a file waiting on real time leaves its core to another), but put the timing
  // margins of test/faults/reliability.test.ts (90 ms in one case) under CPU contention on a loaded CI machine.
  maxWorkers: os.availableParallelism(),
};
