// Started by bin/gantry (a shell script, so that Node's own options cannot take gantry's flags).
require('../dist/index.js').cli(process.argv.slice(2));
