/**
 * The binary target's paths through the rollout's state machine (runRollout, BinaryHostRun,
 * HostLock) on scripted fake hosts and a fake clock: platform choice, upload or not, checksum
 * refusal, unhealthy restore, unreachable hosts, max_failures with fleet rollback, exit codes.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../../../src/inputs';
import { MemoryReporter } from '../../../../src/reporter';
import { deploySpec } from '../../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../../src/deploy/rollout/rollout';
import { STEP_EXIT } from '../../../../src/deploy/steps/render';
import { ConnectError } from '../../../../src/deploy/connection/ssh-connection';
import { RolloutReport } from '../../../../src/deploy/rollout/report';
import { Call, FakeClock, FakeFleet, HostScript } from '../../support/fake-host';

const OUT = mkdtempSync(join(tmpdir(), 'gantry-binary-fake-'));
const BIN = 'x'.repeat(1234);
writeFileSync(join(OUT, 'api-linux-amd64'), BIN);
const SUMS = `${'a'.repeat(64)}  api-linux-amd64\n${'b'.repeat(64)}  api-linux-arm64\n`;
const COMMIT = { sha: '89abcdef0123456789abcdef0123456789abcdef', commitTime: 1700000500 };
const V = '1700000500-89abcde';
const OLD = '1700000400-0011223';

function host(machine: string, current: string, over: HostScript = {}): HostScript {
  return {
    'binary-preflight': { out: [`machine=${machine}`, 'user=deploy', 'root=/home/deploy/apps', `current=${current}`] },
    lock: { out: ['acquired=1'] },
    heartbeat: { out: ['ok=1'] },
    'lock-release': { out: ['released=1'] },
    'binary-converge': { out: [`current=${current}`, 'previous=', 'have=0', 'new_release=1', `upload=/home/deploy/apps/api/releases/${V}/.upload.1.2`] },
    'binary-stage': { out: ['uploaded=1', `staged=${V}`] },
    'binary-switch': [
      { out: [`previous_release=${current}`, `source_release=${V}`, 'started=1'] },
      { out: [`previous_release=${V}`, `source_release=${current}`, 'started=1'] },
    ],
    'binary-health': { out: ['checks=health_url', 'healthy=1'] },
    'binary-finalize': { out: [`current_release=${V}`, `previous_release=${current}`] },
    'binary-restore': { out: [`restored=${current || 'none'}`] },
    'binary-retire': { out: ['retired=1'] },
    ...over,
  };
}

async function rollout(scripts: Record<string, HostScript | ConnectError>, over: Record<string, string> = {}) {
  const inputs = parseInputs({
    command: 'deploy', deploy_target: 'binary', hosts: Object.keys(scripts).join(','), ssh_host_key_policy: 'accept-new',
    binaries_dir: OUT, restart_cmd: 'supervisorctl restart api', health_url: 'http://127.0.0.1:8080/healthz', ...over,
  });
  const fleet = new FakeFleet(scripts);
  const report: RolloutReport = await runRollout({
    mode: 'deploy', spec: deploySpec(inputs, { binarySums: SUMS, commit: COMMIT }), actor: { by: 'ci', runner: 'r', pid: 1 },
    reporter: new MemoryReporter(), connect: fleet.connect, clock: new FakeClock(), isAlive: () => true,
  });
  return { report, fleet };
}

const FULL = ['binary-preflight', 'lock', 'binary-converge', 'upload', 'binary-stage', 'binary-switch', 'binary-health', 'binary-finalize', 'lock-release'];

test('three hosts: each gets the binary of its platform over SFTP to the probe\'s temporary name, exit 0', async () => {
  const { report, fleet } = await rollout({ h1: host('x86_64', OLD), h2: host('x86_64', ''), h3: host('x86_64', OLD) }, { batch_size: '2' });
  expect(report.exitCode).toBe(0);
  expect(report.image).toBe(V);
  expect(report.hosts.map((h) => [h.outcome, h.previousDigest, h.newDigest, h.uploadedBytes])).toEqual([
    ['ok', OLD, V, 1234], ['ok', '', V, 1234], ['ok', OLD, V, 1234],
  ]);
  for (const h of ['h1', 'h2', 'h3']) expect(fleet.steps(h)).toEqual(FULL);
  expect(fleet.hosts.get('h1')?.uploads).toEqual(new Map([[`/home/deploy/apps/api/releases/${V}/.upload.1.2`, join(OUT, 'api-linux-amd64')]]));
  const stage = fleet.calls.find((c) => c.step === 'binary-stage') as Call;
  expect(stage.script).toContain(`SHA=${'a'.repeat(64)}`);
  // converge probes for the binary in the same session
  const converge = fleet.calls.find((c) => c.step === 'binary-converge') as Call;
  expect(converge.script).toContain(`SHA=${'a'.repeat(64)}`);
  expect(converge.script).toContain(`VERSION=${V}`);
});

test('a host that has the release\'s binary gets no upload; an arm64 host is sent the arm64 sum', async () => {
  const { report, fleet } = await rollout({
    h1: host('x86_64', V, { 'binary-converge': { out: [`current=${V}`, 'previous=', 'have=1'] } }),
    h2: host('aarch64', OLD, { 'binary-converge': { out: [`current=${OLD}`, 'previous=', 'have=1'] } }),
  });
  expect(report.exitCode).toBe(0);
  expect(report.hosts.map((h) => h.uploadedBytes)).toEqual([0, 0]);
  expect(fleet.calls.filter((c) => c.step === 'upload')).toEqual([]);
  expect(fleet.calls.find((c) => c.host === 'h2' && c.step === 'binary-stage')?.script).toContain(`SHA=${'b'.repeat(64)}`);
  expect(fleet.calls.find((c) => c.host === 'h2' && c.step === 'binary-converge')?.script).toContain(`SHA=${'b'.repeat(64)}`);
});

test('a platform that was not built: one line naming both, nothing staged or switched there, exit 3', async () => {
  const { report, fleet } = await rollout({ h1: host('armv7l', OLD) });
  expect(report.exitCode).toBe(3);
  expect(report.hosts[0]).toMatchObject({
    outcome: 'failed', running: 'previous',
    message: 'the host is linux/arm/v7 (uname -m armv7l) but binaries_dir holds api for linux/amd64, linux/arm64 only',
  });
  expect(fleet.steps('h1')).toEqual(['binary-preflight', 'lock', 'binary-converge', 'lock-release']);
  expect(fleet.calls.find((c) => c.step === 'binary-converge')?.script).toContain("SHA=''");
});

test('a checksum refused on the host: nothing switched, exit 3', async () => {
  const { report, fleet } = await rollout({
    h1: host('x86_64', OLD, { 'binary-stage': { code: STEP_EXIT.checksum, out: ['error=the uploaded binary\'s SHA-256 is 00, not aa: removed, nothing switched'] } }),
  });
  expect([report.exitCode, report.hosts[0].running]).toEqual([3, 'previous']);
  expect(fleet.steps('h1')).not.toContain('binary-switch');
});

test('unhealthy: restored and re-gated, the log lines in the report, exit 3', async () => {
  const { report, fleet } = await rollout({
    h1: host('x86_64', OLD, {
      'binary-health': [
        { code: STEP_EXIT.unhealthy, out: ['checks=health_url', 'log=listen tcp :8080: bind: address already in use', 'error=not healthy: health_url http://127.0.0.1:8080/healthz: refused (health_timeout 60 s)'] },
        { out: ['checks=health_url', 'healthy=1'] },
      ],
    }),
  });
  expect(report.exitCode).toBe(3);
  expect(report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous', logs: ['listen tcp :8080: bind: address already in use'] });
  expect(fleet.steps('h1')).toEqual(['binary-preflight', 'lock', 'binary-converge', 'upload', 'binary-stage', 'binary-switch', 'binary-health', 'binary-restore', 'binary-health', 'lock-release']);
});

test('max_failures exceeded: the hosts switched in this run go back to their release (or lose current), the rest skipped, exit 3', async () => {
  const { report, fleet } = await rollout({
    h1: host('x86_64', OLD),
    h2: host('x86_64', ''),
    h3: host('x86_64', OLD, { 'binary-health': [{ code: STEP_EXIT.unhealthy, out: ['error=not healthy'] }, { out: ['healthy=1'] }] }),
    h4: host('x86_64', OLD),
  }, { batch_size: '1' });
  expect(report.exitCode).toBe(3);
  expect(report.hosts.map((h) => [h.outcome, h.running])).toEqual([
    ['rolled back', 'previous'], ['rolled back', 'previous'], ['failed', 'previous'], ['skipped', 'previous'],
  ]);
  expect(fleet.steps('h1').slice(-4)).toEqual(['binary-switch', 'binary-health', 'binary-finalize', 'lock-release']);
  expect(fleet.calls.filter((c) => c.host === 'h1' && c.step === 'binary-switch')[1].script).toContain(`VERSION=${OLD}`);
  expect(fleet.steps('h2')).toContain('binary-retire');
  expect(fleet.steps('h4')).toEqual([]);
});

test('an unreachable host among healthy ones with max_failures 1: exit 4 (mixed)', async () => {
  const { report } = await rollout({ h1: host('x86_64', OLD), h2: new ConnectError('cannot connect to h2: connection refused', 'unreachable') }, { max_failures: '1' });
  expect(report.exitCode).toBe(4);
  expect(report.hosts.map((h) => h.outcome)).toEqual(['ok', 'unreachable']);
});

describe('a jump host that drops the sessions mid-rollout', () => {
  const LOST = 'connection lost: the jump host b dropped the connection (read ECONNRESET)';
  const gone = { lost: LOST, unsent: true };

  test('the fleet undo finds the switched host\'s session gone: it is reported still on the new release (not unknown), nothing restored, exit 4', async () => {
    const { report, fleet } = await rollout({
      h1: host('x86_64', OLD, { 'binary-switch': [{ out: [`previous_release=${OLD}`, `source_release=${V}`, 'started=1'] }, gone], 'lock-release': gone }),
      h2: new ConnectError(`the jump host b dropped the connection (read ECONNRESET), and a new login failed: cannot connect to the jump host b: connection refused`, 'unreachable'),
      h3: host('x86_64', OLD),
    }, { batch_size: '1' });
    expect(report.hosts.map((h) => [h.host, h.outcome, h.running])).toEqual([
      ['h1', 'failed', 'new'], ['h2', 'unreachable', 'previous'], ['h3', 'skipped', 'previous'],
    ]);
    expect(report.hosts[0].message).toBe(`could not roll back: binary-switch: ${LOST}; the switch never reached the host, which was left as it was`);
    expect(report.hosts[0].notes).toContain(`could not release the lock: ${LOST}`);
    expect(fleet.steps('h1').slice(-3)).toEqual(['binary-finalize', 'binary-switch', 'lock-release']);
    expect(fleet.steps('h3')).toEqual([]);
    expect(report.exitCode).toBe(4);
  });

  test('a forward switch that never reached the host: failed on what it ran, no restore sent, exit 3; one lost after it was sent still restores', async () => {
    const unsent = await rollout({ h1: host('x86_64', OLD, { 'binary-switch': gone, 'binary-restore': gone, 'lock-release': gone }) });
    expect(unsent.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous' });
    expect(unsent.fleet.steps('h1')).not.toContain('binary-restore');
    expect(unsent.report.exitCode).toBe(3);
    // Lost while running: the switch may have happened; the restore is tried and, failing, says unknown.
    const sent = await rollout({ h1: host('x86_64', OLD, { 'binary-switch': { lost: LOST }, 'binary-restore': gone, 'lock-release': gone }) });
    expect(sent.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown' });
    expect(sent.fleet.steps('h1')).toContain('binary-restore');
    expect(sent.report.exitCode).toBe(4);
  });
});
