import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { parseStepOutput } from '../../../src/deploy/steps/render';
import { splitArgs } from '../../../src/deploy/spec/shell-words';
import { preSwitchStep } from '../../../src/deploy/targets/container/pre-switch';

describe('splitArgs', () => {
  test.each([
    ['migrate --up', ['migrate', '--up']],
    ["  sh -c 'echo $HOME; exit 3'  ", ['sh', '-c', 'echo $HOME; exit 3']],
    ['a "b c" d\\ e', ['a', 'b c', 'd e']],
    ['say "a \\"quoted\\" word"', ['say', 'a "quoted" word']],
    ["''", ['']],
    ['', []],
  ])('%j', (text, want) => expect(splitArgs('pre_switch_cmd', text)).toEqual(want));

  test('an unclosed quote names the input', () => {
    expect(() => splitArgs('pre_switch_cmd', "sh -c 'oops")).toThrow("input 'pre_switch_cmd': has an unclosed ' quote");
  });
});

describe('pre_switch_cmd step run by bash', () => {
  const HOSTILE = ["x'; touch /tmp/gantry-pwned-hook; echo '", '$(id)', '`id`', 'a b'];
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'gantry-hook-'));
    mkdirSync(join(home, 'bin'));
    // The stand-in docker prints each argument on its own line, and the env file it was given.
    writeFileSync(join(home, 'bin/docker'), `#!/bin/bash
if [ "$1" = run ]; then
  for a in "$@"; do printf 'arg:%s\\n' "$a"; done
  while [ $# -gt 0 ]; do case $1 in --env-file=*) f=\${1#--env-file=}; cat "$f"; echo; stat -c 'mode:%a' "$f" ;; esac; shift; done
  exit \${HOOK_EXIT:-0}
fi
exit 0
`);
    chmodSync(join(home, 'bin/docker'), 0o755);
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));
  const run = (exit: number) => {
    const s = preSwitchStep('web', { ref: 'r:5000/x@sha256:1', args: HOSTILE, env: [['TOKEN', 's3cr$t']], network: 'host', proxy: false, timeoutSeconds: 30 });
    expect(spawnSync('bash', ['-n'], { input: s.script }).stderr.toString()).toBe('');
    expect(s.script).not.toContain('s3cr$t');
    return new LocalConnection(() => undefined, { PATH: `${home}/bin:${process.env.PATH}`, HOME: home, HOOK_EXIT: String(exit) }).exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  };

  test('arguments reach docker run unchanged, after the image; env only in a 0600 file', async () => {
    const r = await run(0);
    expect(r.code).toBe(0);
    const logs = parseStepOutput(r.stdout).all.filter(([k]) => k === 'log').map(([, v]) => v);
    const args = logs.filter((l) => l.startsWith('arg:')).map((l) => l.slice(4));
    expect(args.slice(-5)).toEqual(['r:5000/x@sha256:1', ...HOSTILE]);
    expect(args).toContain('--network=host');
    expect(logs).toContain('TOKEN=s3cr$t');
    expect(logs).toContain('mode:600');
    expect(spawnSync('test', ['-e', '/tmp/gantry-pwned-hook']).status).not.toBe(0);
  });

  test('a failing command fails the step with its output', async () => {
    const r = await run(3);
    expect(r.code).toBe(51);
    expect(parseStepOutput(r.stdout).values.error).toBe('pre_switch_cmd exited with code 3');
  });
});
