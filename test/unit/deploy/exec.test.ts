/**
 * exec: the request's checks, each host's outcome and the exit code, the run over a scripted fleet
 * (lock only when asked, a host without the service or unreachable named while the others run),
 * and the host steps themselves run by real bash against a stand-in docker.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../../src/inputs';
import { EXIT } from '../../../src/exit-codes';
import { MemoryReporter } from '../../../src/reporter';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { ConnectError } from '../../../src/deploy/connection/ssh-connection';
import { HostTarget } from '../../../src/deploy/spec/host-list';
import { STEP_EXIT, RemoteStep } from '../../../src/deploy/steps/render';
import { containerExecStep } from '../../../src/deploy/targets/container/container-steps';
import { binaryExecStep } from '../../../src/deploy/targets/binary/binary-steps';
import { BinarySpec } from '../../../src/deploy/targets/binary/binary-spec';
import { targetOf } from '../../../src/deploy/targets/index';
import { readSpec } from '../../../src/deploy/commands/fleet-query';
import { execExitCode, execHostResult, execRequest, reportExec, runExec } from '../../../src/deploy/commands/exec';
import { ExecRequest } from '../../../src/deploy/targets/target';
import { FakeClock, FakeFleet, HostScript } from '../support/fake-host';

const request = (over: Partial<Record<'exec_cmd' | 'exec_in', string>> & { exec_lock?: boolean; exec_timeout?: number } = {}) =>
  execRequest({ exec_cmd: "sh -c 'echo $HOME'", exec_in: 'new', exec_lock: false, exec_timeout: 600, ...over });

describe('the request', () => {
  test('exec_cmd is split as pre_switch_cmd is, nothing expanded', () => {
    expect(request({ exec_cmd: `api migrate --to "v 2" 'it''s' $(id)` })).toEqual({ args: ['api', 'migrate', '--to', 'v 2', 'its', '$(id)'], in: 'new', lock: false, timeoutSeconds: 600 });
    expect(request({ exec_in: 'live', exec_lock: true, exec_timeout: 5 })).toMatchObject({ args: ['sh', '-c', 'echo $HOME'], in: 'live', lock: true, timeoutSeconds: 5 });
  });

  test('a line break, an empty command or an unclosed quote is refused in one line naming exec_cmd', () => {
    expect(() => request({ exec_cmd: 'echo a\necho b' })).toThrow(/^input 'exec_cmd': holds a line break; expected one line/);
    expect(() => request({ exec_cmd: 'echo a\recho b' })).toThrow(/^input 'exec_cmd': holds a line break/);
    expect(() => request({ exec_cmd: '  ' })).toThrow(/^input 'exec_cmd': is empty/);
    expect(() => request({ exec_cmd: "sh -c 'echo" })).toThrow(/^input 'exec_cmd': has an unclosed ' quote/);
    expect(() => request({ exec_in: 'both' })).toThrow(/^input 'exec_in': is 'both'/);
  });

  test('the schema refuses exec_in and exec_timeout values before the command runs', () => {
    expect(() => parseInputs({ exec_in: 'both' })).toThrow(/exec_in/);
    expect(() => parseInputs({ exec_timeout: '0' })).toThrow(/exec_timeout/);
  });

  test('Swarm has no exec, said in one line; the binary target takes no exec_in live', () => {
    expect(() => targetOf('swarm').exec.check(request(), {} as never)).toThrow(/^input 'deploy_target': 'swarm' has no exec/);
    expect(() => readSpec(parseInputs({ deploy_target: 'binary', hosts: '10.0.0.1', binary_name: 'api', exec_in: 'live', ssh_host_key_policy: 'accept-new' }))).toThrow(/^input 'exec_in'/);
  });
});

describe('outcomes and the exit code', () => {
  test('a host that ran, one where the service does not run, one lost', () => {
    expect(execHostResult('h1', { code: 0, stdout: 'line=a\nline=b=c\nexit=3\nremoved=web-gantry-exec-1\n', stderr: '' })).toEqual({ host: 'h1', state: 'ran', exitCode: 3, lines: ['a', 'b=c'] });
    expect(execHostResult('h2', { code: STEP_EXIT.nothingToSwitch, stdout: 'error=web does not run on this host\n', stderr: '' })).toMatchObject({ state: 'not-running', error: 'web does not run on this host' });
    expect(execHostResult('h3', { code: null, stdout: '', stderr: '', lost: 'timed out after 660 s' })).toMatchObject({ state: 'failed', error: 'timed out after 660 s' });
  });

  test('0 only when every host ran the command and it exited 0', () => {
    const ran = (exitCode: number) => ({ host: 'h', state: 'ran' as const, exitCode, lines: [] });
    expect(execExitCode([ran(0), ran(0)])).toBe(EXIT.ok);
    expect(execExitCode([ran(0), ran(1)])).toBe(EXIT.execFailed);
    expect(execExitCode([ran(0), { host: 'h2', state: 'not-running', lines: [] }])).toBe(EXIT.execFailed);
    expect(execExitCode([])).toBe(EXIT.execFailed);
  });
});

describe('the run over a scripted fleet', () => {
  const host = (label: string): HostTarget => ({ label, local: false, user: 'deploy', host: label, port: 22 });
  const ran: HostScript = { exec: { out: ['line=hello from h1', 'line=second', 'exit=0', 'removed=web-gantry-exec-r1'] }, lock: { out: ['acquired=1'] }, heartbeat: { out: ['ok=1'] }, 'lock-release': { out: ['released=1'] } };

  async function run(req: ExecRequest, scripts: ConstructorParameters<typeof FakeFleet>[0]) {
    const fleet = new FakeFleet(scripts);
    const reporter = new MemoryReporter();
    const results = await runExec({
      service: 'web', hosts: Object.keys(scripts).map(host), connect: fleet.connect, request: req,
      step: (r) => containerExecStep('web', req, r), actor: { by: 'ci job 9', runner: 'r1', pid: 42 }, lockTimeoutSeconds: 10, maxConnections: 2,
      clock: new FakeClock(), isAlive: () => true, runId: 'r1',
    }, reporter);
    const code = reportExec('web', results, reporter);
    return { fleet, reporter, code, results };
  }

  test('every host runs; output prefixed by host; a host without the service and an unreachable one are named; exit 6; no lock', async () => {
    const { fleet, reporter, code } = await run(request(), {
      h1: ran,
      h2: { exec: { code: STEP_EXIT.nothingToSwitch, out: ['error=web does not run on this host (no container of that name)'] } },
      h3: new ConnectError('cannot connect to h3: connection refused (is sshd running and listening there?)', 'unreachable'),
    });
    expect(code).toBe(EXIT.execFailed);
    expect(reporter.lines).toEqual(expect.arrayContaining([
      'h1 | hello from h1', 'h1 | second', 'h1: exit code 0',
      'warning: h2: the service does not run here (web does not run on this host (no container of that name))',
      'warning: h3: did not run (cannot connect to h3: connection refused (is sshd running and listening there?))',
      'web: exec ran on 1 of 3 host(s), exit code 0 on 1',
    ]));
    expect(fleet.steps('h1')).toEqual(['exec']);
    expect(fleet.calls[0].script).toMatch(/^LOCKED=''$/m);
    expect(JSON.parse(reporter.outputs.exec)).toEqual({
      service: 'web',
      hosts: [
        { host: 'h1', state: 'ran', exit_code: 0 },
        { host: 'h2', state: 'not-running', exit_code: null, error: 'web does not run on this host (no container of that name)' },
        { host: 'h3', state: 'failed', exit_code: null, error: 'cannot connect to h3: connection refused (is sshd running and listening there?)' },
      ],
    });
  });

  test('exec_lock: the lock is taken before and released after the command on each host, the step told it holds it', async () => {
    const { fleet, code } = await run(request({ exec_lock: true }), { h1: ran, h2: ran });
    expect(code).toBe(EXIT.ok);
    for (const h of ['h1', 'h2']) expect(fleet.steps(h)).toEqual(['lock', 'exec', 'lock-release']);
    expect(fleet.calls.find((c) => c.step === 'exec')!.script).toMatch(/^LOCKED=1$/m);
  });

  test('exec_lock with the lock held elsewhere: that host does not run the command, the others do', async () => {
    const held: HostScript = { ...ran, lock: { code: STEP_EXIT.lockHeld, out: ['holder_by=ci job 7', 'holder_runner=r9', 'holder_pid=1', 'holder_token=x', 'holder_busy=1'] } };
    const { fleet, reporter, code } = await run(request({ exec_lock: true }), { h1: ran, h2: held });
    expect(code).toBe(EXIT.execFailed);
    expect(fleet.steps('h2')).not.toContain('exec');
    expect(reporter.lines.join('\n')).toMatch(/warning: h2: did not run \(lock: web is locked by ci job 7 .*gave up after lock_timeout 10 s\)/);
  });
});

describe('exec steps run by bash', () => {
  let home: string;
  let conn: LocalConnection;
  const run = (s: RemoteStep) => conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  const DOCKER = [
    '#!/bin/bash',
    'case $1 in',
    '  container) [ "$3" = web ] && [ ! -e "$HOME/absent" ] && exit 0; exit 1 ;;',
    '  inspect)',
    '    case $3 in',
    '      *State.Running*) echo true ;;',
    "      *'.Image}}'*) echo sha256:1d1d ;;",
    '      *NetworkMode*) echo appnet ;;',
    '      *Config.User*) echo app ;;',
    "      *Config.Env*) printf 'PATH=/usr/bin\\nGREETING=hi there $(id)\\n' ;;",
    '      *image-digest*) echo sha256:dddd ;;',
    '    esac ;;',
    '  run|exec)',
    '    printf "%s\\n" "$@" >"$HOME/argv"',
    '    for a in "$@"; do case $a in --env-file=*) cp "${a#--env-file=}" "$HOME/envfile" ;; esac; done',
    '    echo "out line"; echo "err line" >&2; exit 3 ;;',
    '  rm) echo "rm $*" >>"$HOME/removed" ;;',
    'esac',
    'exit 0',
  ].join('\n');

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'gantry-exec-'));
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin/docker'), `${DOCKER}\n`, { mode: 0o755 });
    conn = new LocalConnection(() => undefined, { PATH: `${home}/bin:${process.env.PATH}`, HOME: home });
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const ARGS = ['sh', '-c', 'echo $(id) "$GREETING"'];
  const req = (o: Partial<ExecRequest> = {}): ExecRequest => ({ args: ARGS, in: 'new', lock: false, timeoutSeconds: 30, ...o });

  test('new: docker run of the live image with its env file, network, volumes and user; the command as the entrypoint, words passed as they are', async () => {
    const r = await run(containerExecStep('web', req(), { locked: false, runId: 'ab12' }));
    expect(execHostResult('h1', r)).toEqual({ host: 'h1', state: 'ran', exitCode: 3, lines: ['out line', 'err line'] });
    const argv = readFileSync(join(home, 'argv'), 'utf8').trim().split('\n');
    expect(argv).toEqual(['run', '--rm', '--name=web-gantry-exec-ab12', '--label=dev.gantry.exec=web', '--volumes-from=web', expect.stringMatching(/^--env-file=/),
      '--network=appnet', '--user=app', '--entrypoint=sh', 'sha256:1d1d', '-c', 'echo $(id) "$GREETING"']);
    expect(readFileSync(join(home, 'envfile'), 'utf8')).toBe('PATH=/usr/bin\nGREETING=hi there $(id)\n');
    expect(readdirSync(join(home, '.gantry/tmp'))).toEqual([]);
    expect(r.stdout).toContain('removed=web-gantry-exec-ab12');
    expect(readFileSync(join(home, '.gantry/audit.log'), 'utf8')).toMatch(/ service=web action=exec-new result=exit-3 from=sha256:dddd to=- by=\n$/);
  });

  test('hostile words arrive as they are, one argument each, and nothing they say runs on the host', async () => {
    const mark = join(home, 'pwned');
    const words = [`$(touch ${mark})`, `\`touch ${mark}\``, `; touch ${mark}`, `' ; touch ${mark}; '`, `"$(touch ${mark})"`, `a\\b`, '${IFS}*', `&& touch ${mark} #`];
    for (const mode of ['new', 'live'] as const) {
      for (const w of words) {
        const r = await run(containerExecStep('web', req({ in: mode, args: ['echo', w] }), { locked: false, runId: 'ab12' }));
        expect(execHostResult('h1', r)).toMatchObject({ state: 'ran', exitCode: 3 });
        const argv = readFileSync(join(home, 'argv'), 'utf8').split('\n');
        expect(argv[argv.length - 2]).toBe(w);
        expect(existsSync(mark)).toBe(false);
      }
    }
  }, 120_000);

  test('live: docker exec in the running container', async () => {
    const r = await run(containerExecStep('web', req({ in: 'live' }), { locked: false, runId: 'ab12' }));
    expect(execHostResult('h1', r)).toMatchObject({ state: 'ran', exitCode: 3 });
    expect(readFileSync(join(home, 'argv'), 'utf8').trim().split('\n')).toEqual(['exec', 'web', ...ARGS]);
  });

  test('no container of the service: not-running, nothing run, audited', async () => {
    writeFileSync(join(home, 'absent'), '');
    const r = await run(containerExecStep('web', req(), { locked: false, runId: 'ab12' }));
    expect(execHostResult('h1', r)).toMatchObject({ state: 'not-running', error: 'web does not run on this host (no container of that name)' });
    expect(existsSync(join(home, 'argv'))).toBe(false);
    expect(readFileSync(join(home, '.gantry/audit.log'), 'utf8')).toContain('action=exec-new result=not-running');
  });

  test('binary: in the live release folder with its env (data, not shell) and GANTRY_RELEASE_DIR', async () => {
    const dir = join(home, 'apps/api/releases/1700000000-abc1234');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'env'), 'GREETING=hi there $(id)\nOTHER=x\n', { mode: 0o600 });
    symlinkSync('releases/1700000000-abc1234', join(home, 'apps/api/current'));
    const b = { name: 'api', root: '', restartCmd: '' } as unknown as BinarySpec;
    const r = await run(binaryExecStep(b, req({ args: ['sh', '-c', 'echo "$GREETING|$OTHER|$PWD|$GANTRY_RELEASE_DIR"; exit 4'] }), { locked: false, runId: 'ab12' }));
    expect(execHostResult('h1', r)).toEqual({ host: 'h1', state: 'ran', exitCode: 4, lines: [`hi there $(id)|x|${dir}|${dir}`] });
    rmSync(join(home, 'apps/api/current'));
    const none = await run(binaryExecStep(b, req(), { locked: false, runId: 'ab12' }));
    expect(execHostResult('h1', none)).toMatchObject({ state: 'not-running' });
  });
});
