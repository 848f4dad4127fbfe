// Unit tests cover pure planning code; e2e tests (*.itg.test.ts) run against the real test bed.
const tsJest = ['ts-jest', { diagnostics: { warnOnly: false } }];
module.exports = {
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    // One bed for every e2e file: the project runs its files one at a time, in band, by itself.
    { displayName: 'e2e', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest },
      runner: '<rootDir>/test/e2e/support/serial-runner.js',
      testMatch: ['<rootDir>/test/e2e/**/*.itg.test.ts'] },
  ],
};
