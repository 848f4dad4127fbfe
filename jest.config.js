// Unit tests cover pure planning code; e2e tests (*.itg.test.ts) run against the real test bed.
// ts-jest only transpiles: tsconfig.json sets isolatedModules, so each file is compiled on its own
// (no type check here: `tsc --noEmit -p .` type-checks src/ and test/ once, in scripts/test.sh).
const tsJest = ['ts-jest', { diagnostics: { warnOnly: false } }];
module.exports = {
  projects: [
    // Unit files run two at a time (scripts/test.sh) beside the type check: 30 s, not jest's 5 s, before
    // a test counts as hung, so a busy machine slows a test without failing it.
    { displayName: 'unit', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest }, testTimeout: 30_000,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    // One bed for every e2e file: the project runs its files one at a time, in band, by itself.
    // scripts/test.sh runs it twice at once, one lane each (test/e2e/lanes.js assigns every file).
    { displayName: 'e2e', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest },
      runner: '<rootDir>/test/e2e/support/serial-runner.js',
      testMatch: ['<rootDir>/test/e2e/**/*.itg.test.ts'] },
  ],
};
