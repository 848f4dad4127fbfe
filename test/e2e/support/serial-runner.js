// The e2e project's test runner: jest's own, declared serial, so the e2e files run one at a time
// in one process (as --runInBand would) without anyone having to pass the flag. They share one
// test bed (engines, registry, SSH hosts) and must not run at once.
const TestRunner = require('jest-runner').default;

module.exports = class SerialRunner extends TestRunner {
  constructor(globalConfig, context) {
    super(globalConfig, context);
    // jest-runner declares isSerial as a field, so it is set here rather than by a getter.
    this.isSerial = true;
  }
};
