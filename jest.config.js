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
  // More workers than cores: jest's default (cpus - 1) runs the files one at a time on a 2-core CI machine, and with
  // one per core a core sits idle while a file waits on real time (test/faults/reliability.test.ts's deadlines, ~20 s
  // of its ~24 s). Three workers on 2 cores: jest ~95 s → ~80 s wall, the same CPU time. (A count, not '150%': jest
  // reads a percentage over 100 as that many workers.)
  maxWorkers: Math.ceil(1.5 * os.availableParallelism()),
};
