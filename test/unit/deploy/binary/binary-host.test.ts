/**
 * The binary target's whole host protocol, run by the real bash on this machine: the real step
 * scripts over a LocalConnection whose HOME is a scratch folder (one "host"), driven by the real
 * rollout (runRollout, BinaryHostRun, HostLock). The "binary" is a small script, so each version's
 * behaviour is chosen by the test; restart_cmd records which release it was run for.
 */
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'fs';
import { tmpdir, userInfo } from 'os';
import { join } from 'path';
import { execFileSync } from 'child_process';
import { parseInputs } from '../../../../src/inputs';
import { MemoryReporter } from '../../../../src/reporter';
import { BinaryDeploySpec, deploySpec } from '../../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../../src/deploy/rollout/rollout';
import { LocalConnection } from '../../../../src/deploy/connection/local-connection';
import { RolloutReport } from '../../../../src/deploy/rollout/report';
import { listValues, parseStepOutput } from '../../../../src/deploy/steps/render';
import { binaryLogsStep, binaryStatusStep } from '../../../../src/deploy/targets/binary/binary-steps';
import { binaryHostStatus, renderBinaryStatus } from '../../../../src/deploy/targets/binary/binary-status';

jest.setTimeout(60_000);

const HOSTILE_ENV = "it's $(touch pwned) `id` \"q\" ; x";
let home: string;
let out: string;
const USER = userInfo().username;
const machine = execFileSync('uname', ['-m']).toString().trim();
const arch = machine === 'aarch64' ? 'arm64' : 'amd64';

/** A scratch host (home) and binaries_dir (out) of their own: the test's, or a describe's shared ones. */
function scratch(): string[] {
  home = mkdtempSync(join(tmpdir(), 'gantry-binary-home-'));
  out = mkdtempSync(join(tmpdir(), 'gantry-binary-out-'));
  return [home, out];
}
const removeAll = (dirs: string[]) => dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
let fresh: string[] = [];
beforeEach(() => {
  fresh = scratch();
});
afterEach(() => removeAll(fresh));

/** binaries_dir with one "binary": a script printing its version, env and args (or failing). */
function build(version: string, opts: { healthy?: boolean; wrongSum?: boolean } = {}): void {
  const file = join(out, `hello-linux-${arch}`);
  writeFileSync(file, `#!/bin/sh\n${opts.healthy === false ? `echo "${version} cannot start: port in use" >&2\nexit 1` : `echo "version=${version} SECRET=$SECRET args=$*"`}\n`);
  chmodSync(file, 0o755);
  const sum = opts.wrongSum ? 'f'.repeat(64) : createHash('sha256').update(readFileSync(file)).digest('hex');
  writeFileSync(join(out, 'SHA256SUMS'), `${sum}  hello-linux-${arch}\n`);
}

async function rollout(commit: { sha: string; commitTime: number }, over: Record<string, string> = {}, mode: 'deploy' | 'rollback' = 'deploy'): Promise<{ report: RolloutReport; reporter: MemoryReporter }> {
  const inputs = parseInputs({
    command: mode,
    deploy_target: 'binary',
    hosts: 'local',
    binaries_dir: out,
    binary_name: 'hello',
    restart_cmd: 'echo "$GANTRY_RELEASE_DIR" >>"$HOME/restarts"',
    health_cmd: '"$HOME/apps/hello/current/run" | grep -q "^version="',
    logs_cmd: 'echo "log line one"; "$HOME/apps/hello/current/run" 2>&1',
    health_timeout: '2',
    env: `SECRET=${HOSTILE_ENV}`,
    binary_args: '--listen=:8080\n$(touch pwned)',
    ...over,
  });
  const sums = existsSync(join(out, 'SHA256SUMS')) ? readFileSync(join(out, 'SHA256SUMS'), 'utf8') : '';
  const spec = deploySpec(inputs, { binarySums: sums, commit }, mode);
  const reporter = new MemoryReporter();
  const env = { ...process.env, HOME: home };
  const report = await runRollout({
    mode, spec, reporter, actor: { by: 'unit', runner: 'here', pid: process.pid },
    connect: async () => ({ connection: new LocalConnection(() => undefined, env) }),
  });
  return { report, reporter };
}

const C1 = { sha: '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', commitTime: 1700000001 };
const C2 = { sha: '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', commitTime: 1700000002 };
const C3 = { sha: '3333333ccccccccccccccccccccccccccccccccc', commitTime: 1700000003 };
const V1 = '1700000001-1111111';
const V2 = '1700000002-2222222';
const app = () => join(home, 'apps', 'hello');
const current = () => readlinkSync(join(app(), 'current'));
const run = () => execFileSync(join(app(), 'current', 'run')).toString();
const restarts = () => readFileSync(join(home, 'restarts'), 'utf8').trim().split('\n');

test('first rollout: release layout, current, env 0600 read as data, run wrapper with args; a second rollout uploads nothing', async () => {
  build('v1');
  const first = await rollout(C1);
  expect([first.report.exitCode, first.report.hosts[0].outcome, first.report.hosts[0].newDigest]).toEqual([0, 'ok', V1]);
  expect(first.report.hosts[0].uploadedBytes).toBe(statSync(join(out, `hello-linux-${arch}`)).size);
  expect(current()).toBe(`releases/${V1}`);
  expect(readdirSync(join(app(), 'releases', V1)).sort()).toEqual(['env', 'hello', 'run']);
  expect(statSync(join(app(), 'releases', V1, 'env')).mode & 0o777).toBe(0o600);
  expect(readFileSync(join(app(), 'releases', V1, 'env'), 'utf8')).toBe(`SECRET=${HOSTILE_ENV}\n`);
  expect(run()).toBe(`version=v1 SECRET=${HOSTILE_ENV} args=--listen=:8080 $(touch pwned)\n`);
  expect(existsSync('pwned') || existsSync(join(home, 'pwned')) || existsSync(join(app(), 'pwned'))).toBe(false);
  expect(restarts()).toEqual([join(app(), 'releases', V1)]);
  expect(readFileSync(join(home, '.gantry', 'services', 'hello', 'binary.release'), 'utf8')).toMatch(new RegExp(`^current=${V1}\nprevious=\n`));
  expect(first.reporter.lines.join('\n')).not.toContain(HOSTILE_ENV);

  const again = await rollout(C1);
  expect([again.report.exitCode, again.report.hosts[0].uploadedBytes]).toEqual([0, 0]);
  expect(current()).toBe(`releases/${V1}`);
});

test('an unhealthy version: current back to the previous release, restarted, exit 3 with the log lines', async () => {
  build('v1');
  expect((await rollout(C1)).report.exitCode).toBe(0);
  build('v2', { healthy: false });
  const { report } = await rollout(C2);
  expect(report.exitCode).toBe(3);
  expect(report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous', previousDigest: V1, newDigest: V2 });
  expect(report.hosts[0].message).toMatch(/^binary-health: not healthy: health_cmd failed/);
  expect(report.hosts[0].logs).toEqual(['log line one', 'v2 cannot start: port in use']);
  expect(current()).toBe(`releases/${V1}`);
  expect(restarts()).toEqual([V1, V2, V1].map((v) => join(app(), 'releases', v)));
  expect(existsSync(join(home, '.gantry', 'services', 'hello', 'binary.switch'))).toBe(false);
});

test('a switch record gone during the gate (a forced unlock, another run): nothing is put back, the report names the release current serves, exit 4', async () => {
  build('v1');
  expect((await rollout(C1)).report.exitCode).toBe(0);
  build('v2');
  const { report } = await rollout(C2, { health_cmd: 'rm -f "$HOME/.gantry/services/hello/binary.switch"; exit 1' });
  expect(report.exitCode).toBe(4);
  expect(report.hosts[0].notes?.join(' ') ?? '').toContain(`its switch record is gone from the host (the lock was forced open and another run changed the host meanwhile); it serves release ${V2}`);
  expect(current()).toBe(`releases/${V2}`);
});

test('a wrong sum: the upload and its new release removed, nothing switched or restarted', async () => {
  build('v1');
  expect((await rollout(C1)).report.exitCode).toBe(0);
  build('v2', { wrongSum: true });
  const { report } = await rollout(C2);
  expect(report.exitCode).toBe(3);
  expect(report.hosts[0].message).toMatch(/^binary-stage: the uploaded binary's SHA-256 is [0-9a-f]{64}, not f{64} as binaries_dir\/SHA256SUMS says: removed, nothing switched$/);
  expect(readdirSync(join(app(), 'releases'))).toEqual([V1]);
  expect(current()).toBe(`releases/${V1}`);
  expect(restarts()).toEqual([join(app(), 'releases', V1)]);
});

test('rollback goes to the previous release; keep_releases keeps that many (current and previous always)', async () => {
  build('v1');
  await rollout(C1);
  build('v2');
  await rollout(C2);
  build('v3');
  const third = await rollout(C3, { keep_releases: '2' });
  expect(third.report.exitCode).toBe(0);
  expect(readdirSync(join(app(), 'releases')).sort()).toEqual([V2, '1700000003-3333333']);
  const back = await rollout(C3, {}, 'rollback');
  expect([back.report.exitCode, back.report.hosts[0].newDigest]).toEqual([0, V2]);
  expect(current()).toBe(`releases/${V2}`);
  expect(run()).toMatch(/^version=v2 /);
});

test('a first deploy that fails leaves no current; a binary_root the user cannot write fails before anything changes', async () => {
  build('v1', { healthy: false });
  const { report } = await rollout(C1);
  expect([report.exitCode, report.hosts[0].running]).toEqual([3, 'previous']);
  expect(existsSync(join(app(), 'current'))).toBe(false);
  // A file where a folder should be: no user (root neither) can create binary_root there.
  writeFileSync(join(home, 'taken'), '');
  build('v1');
  const before = restarts();
  const denied = await rollout(C1, { binary_root: join(home, 'taken', 'apps') });
  expect(denied.report.exitCode).toBe(3);
  expect(denied.report.hosts[0].message).toBe(`binary-preflight: ${USER} cannot write binary_root ${join(home, 'taken', 'apps')} (create ${join(home, 'taken', 'apps', 'hello')} owned by ${USER}, or pick a binary_root it owns)`);
  expect(restarts()).toEqual(before);
  expect(readdirSync(home).sort()).toEqual(['.gantry', 'apps', 'restarts', 'taken']);
});

describe('rollback_to: a release among those kept under binary_root', () => {
  const V3 = '1700000003-3333333';
  // The three releases are deployed once for these tests, on a host of their own: each test leaves
  // the host as it found it (the first ends back on V3), and each still runs alone with -t.
  let shared: string[] = [];
  let sharedHome = '';
  let sharedOut = '';
  beforeAll(async () => {
    shared = scratch();
    [sharedHome, sharedOut] = shared;
    for (const [v, c] of [['v1', C1], ['v2', C2], ['v3', C3]] as const) {
      build(v);
      expect((await rollout(c)).report.exitCode).toBe(0);
    }
  });
  beforeEach(() => {
    home = sharedHome;
    out = sharedOut;
  });
  afterAll(() => removeAll(shared));

  test('by its name, or by its commit sha (7 digits or the whole sha): switched, restarted, health-gated, audited', async () => {
    const back = await rollout(C3, { rollback_to: V1 }, 'rollback');
    expect([back.report.exitCode, back.report.hosts[0].outcome, back.report.hosts[0].previousDigest, back.report.hosts[0].newDigest]).toEqual([0, 'ok', V3, V1]);
    expect(current()).toBe(`releases/${V1}`);
    expect(run()).toMatch(/^version=v1 /);
    expect(restarts().pop()).toBe(join(app(), 'releases', V1));
    expect(readFileSync(join(home, '.gantry', 'audit.log'), 'utf8')).toMatch(new RegExp(`action=rollback .*from=${V3} to=${V1}`));
    const bySha = await rollout(C3, { rollback_to: C2.sha }, 'rollback');
    expect([bySha.report.exitCode, bySha.report.hosts[0].newDigest]).toEqual([0, V2]);
    expect((await rollout(C3, { rollback_to: '3333333' }, 'rollback')).report.hosts[0].newDigest).toBe(V3);
    expect(current()).toBe(`releases/${V3}`);
  });

  test('the release that runs already: unchanged, nothing restarted', async () => {
    const before = restarts();
    const same = await rollout(C3, { rollback_to: V3 }, 'rollback');
    expect([same.report.exitCode, same.report.hosts[0].outcome, same.report.hosts[0].message]).toEqual([0, 'unchanged', `already runs ${V3}`]);
    expect(restarts()).toEqual(before);
  });

  test('a release not kept: refused naming rollback_to, the kept ones listed newest first, nothing changed', async () => {
    const before = restarts();
    await expect(rollout(C3, { rollback_to: '1600000000-0000000' }, 'rollback')).rejects.toThrow(new RegExp(`^input 'rollback_to': local: binary-resolve: rollback_to '1600000000-0000000' is not among the releases of hello kept in ${join(app(), 'releases')} on this host: ${V3}, ${V2}, ${V1}`));
    expect(restarts()).toEqual(before);
    expect(current()).toBe(`releases/${V3}`);
    expect(existsSync(join(home, '.gantry', 'services', 'hello', 'lock'))).toBe(false);
  });
});

describe('day two: status and logs of the binary target on a host', () => {
  const exec = async (s: { script: string; secretInput: string }) => {
    const r = await new LocalConnection(() => undefined, { ...process.env, HOME: home }).exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
    return { code: r.code, out: parseStepOutput(r.stdout) };
  };
  const spec = (over: Record<string, string> = {}) => (deploySpec(parseInputs({
    command: 'status', deploy_target: 'binary', hosts: 'local', binary_name: 'hello', ...over,
  }), {}, 'read') as BinaryDeploySpec).binary;

  test('status: the live release with its commit, the kept releases (previous marked), the lock holder; nothing there yet', async () => {
    const empty = await exec(binaryStatusStep(spec()));
    expect(empty.code).toBe(0);
    expect(binaryHostStatus({ host: 'h1', out: empty.out })).toEqual({ host: 'h1', previous: '', kept: [], root: join(home, 'apps') });
    for (const [v, c] of [['v1', C1], ['v2', C2]] as const) {
      build(v);
      await rollout(c);
    }
    const lock = join(home, '.gantry', 'services', 'hello', 'lock');
    execFileSync('mkdir', ['-p', lock]);
    writeFileSync(join(lock, 'owner'), 'token=t\nby=ci job 9\nrunner=r2\npid=1\nsince=2026-11-30T10:00:00Z\n');
    const raw = await exec(binaryStatusStep(spec()));
    const st = binaryHostStatus({ host: "h1", out: raw.out });
    const sha = createHash('sha256').update(readFileSync(join(out, `hello-linux-${arch}`))).digest('hex');
    expect(st).toEqual({
      host: 'h1', previous: V1, kept: [V1], root: join(home, 'apps'),
      live: { release: V2, commit: '2222222', committedAt: '2023-11-14T22:13:22Z', sha256: sha, switchedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), switchedBy: 'unit' },
      lock: { by: 'ci job 9', runner: 'r2', since: '2026-11-30T10:00:00Z', ageSeconds: expect.any(Number) },
    });
    const text = renderBinaryStatus('hello', [st, { host: 'h2', error: 'connect ECONNREFUSED', previous: '', kept: [] }]);
    expect(text.split('\n')[0]).toBe('hello (binary):');
    expect(text).toMatch(new RegExp(`^h1 +${V2} +2023-11-14T22:13:22Z +\\S+Z +unit +${V1} \\(previous\\) +ci job 9 since 2026-11-30T10:00:00Z`, 'm'));
    expect(text).toMatch(/^h2 +no answer$/m);
    expect(text.split('\n').pop()).toBe('h2: connect ECONNREFUSED');
  });

  test('logs: logs_cmd run in the live release, its last logs_tail lines, then those holding logs_grep (a fixed string)', async () => {
    const step = (o: { logsCmd: string; tail?: number; grep?: string }) => binaryLogsStep(spec(), { tail: 100, grep: '', ...o });
    const none = await exec(step({ logsCmd: 'echo x' }));
    expect([none.code, none.out.values.error]).toEqual([41, `nothing runs as hello on this host: ${join(app(), 'current')} is missing`]);
    build('v1');
    await rollout(C1);
    const cmd = 'echo "dir=$GANTRY_RELEASE_DIR pwd=$(pwd)"; for i in 1 2 3 4 5; do echo "line $i [a.*]"; done';
    const all = await exec(step({ logsCmd: cmd }));
    expect(listValues(all.out, 'line')).toEqual([`dir=${join(app(), 'releases', V1)} pwd=${join(app(), 'releases', V1)}`, ...[1, 2, 3, 4, 5].map((i) => `line ${i} [a.*]`)]);
    expect(listValues((await exec(step({ logsCmd: cmd, tail: 3 }))).out, 'line')).toEqual(['line 3 [a.*]', 'line 4 [a.*]', 'line 5 [a.*]']);
    expect(listValues((await exec(step({ logsCmd: `${cmd}; echo other`, grep: '[a.*]' }))).out, 'line')).toEqual([1, 2, 3, 4, 5].map((i) => `line ${i} [a.*]`));
    const failed = await exec(step({ logsCmd: 'echo "no such unit" >&2; exit 4' }));
    expect([failed.code, failed.out.values.error]).toEqual([48, 'logs_cmd failed: no such unit']);
  });
});
