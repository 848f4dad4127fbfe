import { readAll } from '../../../src/engine/docker';
import { runProcess, streamProcess } from '../../../src/process/run-process';

const ENV = { PATH: process.env.PATH, GANTRY_TEST_VALUE: 'given' };

describe('runProcess', () => {
  test('runs with the given environment only, collects output and the exit code, logs the command line', async () => {
    const lines: string[] = [];
    const r = await runProcess('sh', ['-c', 'echo "$GANTRY_TEST_VALUE ${HOME:-nohome}"; echo oops >&2; exit 3', 'it\'s'], { env: ENV, debug: (m) => lines.push(m) });
    expect(r).toEqual({ code: 3, stdout: 'given nohome\n', stderr: 'oops\n' });
    expect(lines).toEqual([`run: sh -c 'echo "$GANTRY_TEST_VALUE \${HOME:-nohome}"; echo oops >&2; exit 3' 'it'\\''s'`]);
  });

  test('stdin is written and closed', async () => {
    expect((await runProcess('cat', [], { env: ENV, input: Buffer.from('in') })).stdout).toBe('in');
  });

  test('a command that does not exist rejects', async () => {
    await expect(runProcess('gantry-no-such-command', [], { env: ENV })).rejects.toThrow();
  });
});

describe('streamProcess', () => {
  test('stdout as a stream', async () => {
    expect((await readAll(streamProcess('sh', ['-c', 'printf abc'], { env: ENV }))).toString()).toBe('abc');
  });

  test('a non-zero exit ends the stream with the last stderr line', async () => {
    await expect(readAll(streamProcess('sh', ['-c', 'printf partial; echo first >&2; echo last >&2; exit 2'], { env: ENV }))).rejects.toThrow(/^sh failed: last$/);
  });
});
