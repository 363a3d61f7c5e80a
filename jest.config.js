/** Jest runs the TypeScript sources directly (ts-jest); `npm test` also builds dist/ for `zapier-platform validate`. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 20000,
};
