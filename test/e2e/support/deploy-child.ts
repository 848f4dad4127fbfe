/**
 * Runs one deploy in a process of its own (so a test can kill it halfway): inputs as JSON on
 * stdin, every report line on stdout, the exit code as the process's.
 * Started by spawnDeploy() in deploy.ts.
 */
import { parseInputs } from '../../../src/inputs';
import { deploy } from '../../../src/deploy/commands/deploy-command';

let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => (text += d));
process.stdin.on('end', () => {
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const reporter = {
    info: say, warn: (m: string) => say(`warning: ${m}`), debug: () => undefined, mask: () => undefined,
    group: <T>(_: string, fn: () => Promise<T>) => fn(), setOutput: () => undefined, summary: () => undefined,
  };
  deploy(parseInputs(JSON.parse(text) as Record<string, string>), reporter, undefined, process.env).then(
    (code) => { process.exitCode = code; },
    (err: Error) => { say(`error: ${err.message}`); process.exitCode = 1; },
  );
});
