/** Jest runs the TypeScript sources directly (ts-jest); `npm test` also builds dist/ for `zapier-platform validate`. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 20000,
  // Every core: jest's default leaves one idle (cpus - 1), which on a 2-core CI machine runs the files one at a time
  // (~200 s instead of ~120 s).
  maxWorkers: '100%',
};
