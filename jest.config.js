/**
 * Jest runs the TypeScript sources directly (ts-jest); `npm test` also builds dist/ for `zapier-platform validate`.
 * ts-jest only transpiles (isolatedModules, over tsconfig.json's options): `npm test` type-checks every source and
 * test file once with `tsc` before jest runs, so checking each file again in every jest worker only cost time (~20%).
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true } }] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 20000,
  // Every core: jest's default leaves one idle (cpus - 1), which on a 2-core CI machine runs the files one at a time
  // (~200 s instead of ~120 s).
  maxWorkers: '100%',
};
