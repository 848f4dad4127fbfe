// Unit tests cover pure planning code; e2e tests (*.itg.test.ts) run against the real test bed.
const tsJest = ['ts-jest', { diagnostics: { warnOnly: false } }];
module.exports = {
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { displayName: 'e2e', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.itg.test.ts'] },
  ],
};
