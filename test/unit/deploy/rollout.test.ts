/**
 * The rollout's state machine (runRollout, HostRun, HostLock) through every path, on scripted
 * fake hosts and a fake clock: no SSH, no engine, no real waiting.
 */
import { parseInputs } from '../../../src/inputs';
import { MemoryReporter } from '../../../src/reporter';
import { deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../src/deploy/rollout/rollout';
import { STEP_EXIT } from '../../../src/deploy/steps/render';
import { ConnectError } from '../../../src/deploy/connection/ssh-connection';
import { RolloutReport, deployedHosts, failedHosts, renderReportText, verdictLine } from '../../../src/deploy/rollout/report';
import { D, FakeClock, FakeFleet, HostScript, healthyHost } from '../support/fake-host';

const OLD = D('a');
const NEW = D('b');
const OLDER = D('c');
const REPO = 'reg.example:5000/team/api';
const ACTOR = { by: 'ci job 7 (alice)', runner: 'runner-1', pid: 1000 };
const HOLDER = ['holder_token=feedface', 'holder_by=ci job 6 (bob)', 'holder_runner=runner-2', 'holder_pid=77', 'holder_since=2026-01-01T10:00:00Z', 'holder_age=5'];

interface Result {
  report: RolloutReport;
  fleet: FakeFleet;
  clock: FakeClock;
  lines: string[];
}

async function rollout(scripts: Record<string, HostScript | ConnectError>, over: Record<string, string> = {},
  o: { mode?: 'deploy' | 'rollback'; clock?: FakeClock; isAlive?: (pid: number) => boolean } = {}): Promise<Result> {
  const mode = o.mode ?? 'deploy';
  const inputs = parseInputs({
    command: mode, hosts: Object.keys(scripts).join(','), ssh_host_key_policy: 'accept-new', container_name: 'api',
    deploy_image: mode === 'deploy' ? `${REPO}@${NEW}` : '', health_url: 'http://127.0.0.1:8080/healthz', ...over,
  });
  const fleet = new FakeFleet(scripts);
  const clock = o.clock ?? new FakeClock();
  const reporter = new MemoryReporter();
  const report = await runRollout({
    mode, spec: deploySpec(inputs, {}, mode), actor: ACTOR, reporter, now: new Date('2026-01-02T03:04:05.678Z'),
    connect: fleet.connect, clock, isAlive: o.isAlive ?? (() => true),
  });
  return { report, fleet, clock, lines: reporter.lines };
}

const outcomes = (r: Result) => r.report.hosts.map((h) => h.outcome);
const running = (r: Result) => r.report.hosts.map((h) => h.running);
const DEPLOYED = ['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'finalize', 'lock-release'];
const unhealthy = { code: STEP_EXIT.unhealthy, out: ['checks=running, health_url', 'log=panic: boom', 'log=exit 2', 'error=not healthy: health_url http://127.0.0.1:8080/healthz: 500 (health_timeout 60 s)'] };

describe('all hosts healthy', () => {
  test('exit 0: every host ok on the new digest, each through the same steps, locks released', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }), h2: healthyHost({ current: OLD }), h3: healthyHost({ current: OLD }) }, { batch_size: '1' });
    expect(r.report.exitCode).toBe(0);
    expect(outcomes(r)).toEqual(['ok', 'ok', 'ok']);
    expect(running(r)).toEqual(['new', 'new', 'new']);
    expect(r.report.hosts.map((h) => [h.previousDigest, h.newDigest])).toEqual([[OLD, NEW], [OLD, NEW], [OLD, NEW]]);
    expect(r.report).toMatchObject({ command: 'deploy', service: 'api', image: `${REPO}@${NEW}`, batches: 3, stopped: undefined });
    for (const h of ['h1', 'h2', 'h3']) expect(r.fleet.steps(h)).toEqual(DEPLOYED);
    // Batches of one: h2 starts only after h1 is done.
    const at = (host: string, step: string) => r.fleet.calls.findIndex((c) => c.host === host && c.step === step);
    expect(at('h2', 'preflight')).toBeGreaterThan(at('h1', 'finalize'));
    expect(at('h3', 'preflight')).toBeGreaterThan(at('h2', 'finalize'));
    expect([...r.fleet.hosts.values()].every((h) => h.closed)).toBe(true);
    expect(r.report.hosts[0].hostKey).toBe('ssh-ed25519 SHA256:fake-h1');
    expect(deployedHosts(r.report.hosts)).toEqual(['h1', 'h2', 'h3']);
    expect(failedHosts(r.report.hosts)).toEqual([]);
    expect(verdictLine(r.report)).toMatch(/^api: deployed on all 3 host\(s\) in \d+\.\d s$/);
    expect(r.lines).toContain('h1: connected, host key ssh-ed25519 SHA256:fake-h1 matches the pin');
    expect(r.lines).toContain(`h1: ok: ${OLD} -> ${NEW}`);
  });

  test('the seconds in the report are the clock\'s: pull, start and health timed per host', async () => {
    const clock = new FakeClock();
    const took = (ms: number, out: string[]) => () => { clock.t += ms; return { out }; };
    const h = healthyHost({ current: OLD }, {
      pull: took(4000, [`digest=${NEW}`]), create: took(1000, ['created=c']),
      switch: took(500, [`source_digest=${NEW}`, `previous_digest=${OLD}`]), health: took(3000, ['checks=running', 'healthy=1']),
    });
    const r = await rollout({ h1: h }, {}, { clock });
    expect(r.report.hosts[0]).toMatchObject({ pullSeconds: 4, startSeconds: 1.5, healthSeconds: 3 });
    expect(r.report.seconds).toBe(8.5);
  });

  test('every host pulls the one pinned repository@digest, whatever the first host reports', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }), h2: healthyHost({ current: OLD }) }, { batch_size: '100%' });
    const pulls = r.fleet.calls.filter((c) => c.step === 'pull');
    expect(pulls).toHaveLength(2);
    for (const p of pulls) expect(p.script).toContain(`${REPO}@${NEW}`);
  });

  test('a tag that was not pinned to a digest is refused before any host is contacted', async () => {
    await expect(rollout({ h1: healthyHost() }, { deploy_image: `${REPO}:v2` })).rejects.toThrow(/must be pinned to a digest before any host runs/);
  });

  test('a host that already runs the digest with other settings is replaced, and says why', async () => {
    const r = await rollout({ h1: healthyHost({ current: NEW }) });
    expect(r.report.exitCode).toBe(0);
    expect(r.report.hosts[0].notes).toEqual([`already runs ${NEW}, but the settings changed: replacing it`]);
  });

  test('a host that already runs the digest with these settings, healthy, is left unchanged; force redeploys it', async () => {
    const same = { unchanged: { out: ['config_hash=5a17ed', 'unchanged=1'] } };
    const r = await rollout({ h1: healthyHost({ current: NEW }, same), h2: healthyHost({ current: OLD }) }, { batch_size: '100%' });
    expect([r.report.exitCode, outcomes(r), running(r)]).toEqual([0, ['unchanged', 'ok'], ['new', 'new']]);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'lock-release']);
    expect(verdictLine(r.report)).toBe('api: deployed on all 2 host(s) in 0.0 s');
    const forced = await rollout({ h1: healthyHost({ current: NEW }, same) }, { force: 'true' });
    expect(outcomes(forced)).toEqual(['ok']);
    expect(forced.fleet.steps('h1')).toEqual(DEPLOYED);
    // the settings' hash is labelled on the new container, so the next run recognises it
    expect(forced.fleet.calls.find((c) => c.step === 'create')!.script).toContain('dev.gantry.config=5a17ed');
  });

  test('what a converge fixed is kept in the report\'s notes', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { converge: { out: ['fixed=removed the staged container api-gantry-new of an interrupted run', `current_digest=${OLD}`] } }) });
    expect(r.report.hosts[0].notes).toEqual(['removed the staged container api-gantry-new of an interrupted run']);
    expect(renderReportText(r.report)).toContain('h1: removed the staged container api-gantry-new of an interrupted run');
  });
});

describe('one host unhealthy', () => {
  test('max_failures 0: it is restored, the host before it rolled back, the one after skipped: exit 3', async () => {
    const r = await rollout({
      h1: healthyHost({ current: OLD }),
      h2: healthyHost({ current: OLD }, { health: [unhealthy, { out: ['checks=running', 'healthy=1'] }] }),
      h3: healthyHost({ current: OLD }),
    }, { batch_size: '1', max_failures: '0' });
    expect(r.report.exitCode).toBe(3);
    expect(outcomes(r)).toEqual(['rolled back', 'failed', 'skipped']);
    expect(running(r)).toEqual(['previous', 'previous', 'previous']);
    expect(r.report.stopped).toBe('1 host(s) failed, more than max_failures 0');
    // h2: restored and the restored container health-gated; h1: switched back to what it ran, gated, finalized.
    expect(r.fleet.steps('h2')).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'restore', 'health', 'lock-release']);
    expect(r.fleet.steps('h1')).toEqual([...DEPLOYED.slice(0, -1), 'switch', 'health', 'finalize', 'lock-release']);
    expect(r.fleet.steps('h3')).toEqual([]);
    const [h1, h2, h3] = r.report.hosts;
    expect(h1).toMatchObject({ previousDigest: OLD, newDigest: NEW, message: 'rollout stopped: 1 host(s) failed, more than max_failures 0' });
    expect(h2).toMatchObject({ message: 'health: not healthy: health_url http://127.0.0.1:8080/healthz: 500 (health_timeout 60 s)', logs: ['panic: boom', 'exit 2'] });
    expect(h3.message).toBe('not started: 1 host(s) failed, more than max_failures 0');
    expect(failedHosts(r.report.hosts)).toEqual(['h2']);
    expect(deployedHosts(r.report.hosts)).toEqual([]);
    expect(verdictLine(r.report)).toBe('api: failed; every host serves the version it ran before (1 host(s) failed, more than max_failures 0)');
    expect(renderReportText(r.report)).toContain('h2 | panic: boom');
  });

  test('max_failures 1: the others are deployed and the fleet is mixed: exit 4', async () => {
    const r = await rollout({
      h1: healthyHost({ current: OLD }),
      h2: healthyHost({ current: OLD }, { health: [unhealthy, { out: ['healthy=1'] }] }),
      h3: healthyHost({ current: OLD }),
    }, { batch_size: '1', max_failures: '1' });
    expect(r.report.exitCode).toBe(4);
    expect(outcomes(r)).toEqual(['ok', 'failed', 'ok']);
    expect(running(r)).toEqual(['new', 'previous', 'new']);
    expect(r.report.stopped).toBeUndefined();
    expect(r.fleet.steps('h3')).toEqual(DEPLOYED);
    expect(deployedHosts(r.report.hosts)).toEqual(['h1', 'h3']);
    expect(verdictLine(r.report)).toBe('api: failed; the fleet is left mixed or unknown: 2/3 ok, new version on h1, h3');
  });

  test('max_failures 1 exceeded across batches: the earlier switched hosts rolled back (last batch first), the later skipped', async () => {
    const sick = () => healthyHost({ current: OLD }, { health: [unhealthy, { out: ['healthy=1'] }] });
    const r = await rollout({ h1: healthyHost({ current: OLD }), h2: sick(), h3: healthyHost({ current: OLD }), h4: sick(), h5: healthyHost({ current: OLD }) },
      { batch_size: '1', max_failures: '1' });
    expect(r.report.exitCode).toBe(3);
    expect(outcomes(r)).toEqual(['rolled back', 'failed', 'rolled back', 'failed', 'skipped']);
    expect(running(r)).toEqual(['previous', 'previous', 'previous', 'previous', 'previous']);
    expect(r.report.stopped).toBe('2 host(s) failed, more than max_failures 1');
    const undoSwitches = r.fleet.calls.filter((c, i, all) => c.step === 'switch' && all.slice(0, i).some((p) => p.host === c.host && p.step === 'switch'));
    expect(undoSwitches.map((c) => c.host)).toEqual(['h3', 'h1']);
    expect(r.fleet.steps('h5')).toEqual([]);
  });

  test('rollback false: the failed container is left in place, the report and exit 4 say so', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { health: unhealthy }) }, { rollback: 'false' });
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown', notes: ['rollback is off: the failed container is left in place'] });
    expect(r.fleet.steps('h1')).not.toContain('restore');
    expect(verdictLine(r.report)).toBe('api: failed; the fleet is left mixed or unknown: 0/1 ok, new version on none (1 host(s) failed, more than max_failures 0)');
  });

  test('rollback false with max_failures 0: the hosts already switched stay on the new version', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }), h2: healthyHost({ current: OLD }, { health: unhealthy }) }, { rollback: 'false', batch_size: '1' });
    expect(r.report.exitCode).toBe(4);
    expect(outcomes(r)).toEqual(['ok', 'failed']);
    expect(running(r)).toEqual(['new', 'unknown']);
    expect(r.fleet.steps('h1')).toEqual(DEPLOYED);
  });

  test('a restored container that is not healthy either is noted; the host still serves what it ran before', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { health: unhealthy }) });
    expect(r.report.exitCode).toBe(3);
    expect(r.report.hosts[0].notes).toEqual(['the restored container is not healthy either: health: not healthy: health_url http://127.0.0.1:8080/healthz: 500 (health_timeout 60 s)']);
  });

  test('a forced unlock let another run put the host back meanwhile: said as such (never "restored undefined"), unknown: exit 4', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { health: unhealthy, restore: { out: ['switch_gone=1', `serving=${OLDER}`] } }) });
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown' });
    expect(r.report.hosts[0].notes).toEqual([`nothing of this run was left to put back: its switch record is gone from the host (the lock was forced open and another run changed the host meanwhile); it serves ${OLDER}`]);
    expect(r.lines.join('\n')).not.toMatch(/restored (undefined|$)/m);
  });

  test('a restore that fails leaves the host unknown: exit 4', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { health: unhealthy, restore: { code: 43, out: ['error=cannot rename api-gantry-old back to api'] } }) });
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown', notes: ['could not restore what ran before: restore: cannot rename api-gantry-old back to api'] });
  });

  test('a first deploy that fails its health gate: the failed container is removed, nothing ran before', async () => {
    const r = await rollout({ h1: healthyHost({}, { health: unhealthy }) });
    expect(r.report.exitCode).toBe(3);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous', previousDigest: '' });
    expect(r.lines).toContain('h1: removed the failed container; nothing ran here before');
  });
});

describe('hosts that cannot be reached or refuse', () => {
  test('unreachable: reported with its message, nothing run there; max_failures 0 rolls the others back', async () => {
    const r = await rollout({
      h1: healthyHost({ current: OLD }),
      h2: new ConnectError('cannot connect to h2: connection refused (is sshd running and listening there?)', 'unreachable'),
    }, { batch_size: '1' });
    expect(r.report.exitCode).toBe(3);
    expect(outcomes(r)).toEqual(['rolled back', 'unreachable']);
    expect(r.report.hosts[1]).toMatchObject({ running: 'previous', message: 'cannot connect to h2: connection refused (is sshd running and listening there?)' });
    expect(r.fleet.steps('h2')).toEqual([]);
    expect(failedHosts(r.report.hosts)).toEqual(['h2']);
  });

  test('unreachable with max_failures 1: the rest deployed, exit 4', async () => {
    const r = await rollout({
      h1: new ConnectError('cannot connect to h1: no SSH handshake within 20 s', 'unreachable'),
      h2: healthyHost({ current: OLD }), h3: healthyHost({ current: OLD }),
    }, { batch_size: '100%', max_failures: '1' });
    expect(r.report.exitCode).toBe(4);
    expect(outcomes(r)).toEqual(['unreachable', 'ok', 'ok']);
  });

  test('a refused host key: nothing is run there, the fingerprint it presented is in the report', async () => {
    const refused = new ConnectError('host key of h1 does not match the pinned key: it presented ssh-ed25519 SHA256:evil', 'host-key',
      { accepted: false, keyType: 'ssh-ed25519', fingerprint: 'SHA256:evil', knownHostsLine: 'h1 ssh-ed25519 AAAA', reason: 'x' });
    const r = await rollout({ h1: refused });
    expect(r.report.exitCode).toBe(3);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'refused host key', running: 'previous', hostKey: 'ssh-ed25519 SHA256:evil' });
    expect(r.report.hosts[0].message).toMatch(/^host key of h1 does not match the pinned key/);
    expect(r.fleet.calls).toEqual([]);
  });

  test('refused authentication is a failed host, not an unreachable one', async () => {
    const r = await rollout({ h1: new ConnectError('deploy@h1 refused public key authentication with the key ...', 'auth') });
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous' });
  });

  test('docker not usable: the preflight message is the report\'s, no lock is taken', async () => {
    const r = await rollout({ h1: healthyHost({}, { preflight: { code: STEP_EXIT.dockerDenied, out: ['error=user deploy may not use docker: permission denied on the docker socket'] } }) });
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous', message: 'preflight: user deploy may not use docker: permission denied on the docker socket' });
    expect(r.fleet.steps('h1')).toEqual(['preflight']);
  });

  test('a connection lost during the pull: failed, still on what it ran, the lock release tried', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { pull: { lost: 'connection lost: read ECONNRESET' }, 'lock-release': { lost: 'connection lost: read ECONNRESET' } }) });
    expect(r.report.exitCode).toBe(3);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous', message: 'pull: connection lost: read ECONNRESET' });
    expect(r.report.hosts[0].notes).toEqual(['could not release the lock: connection lost: read ECONNRESET']);
    expect(r.lines).toContain('warning: h1: could not release the lock: connection lost: read ECONNRESET');
  });

  test('a converge that fails leaves the host unknown', async () => {
    const r = await rollout({ h1: healthyHost({}, { converge: { code: 43, out: ['error=both api and api-gantry-old exist; resolve by hand'] } }) });
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown', message: 'converge: both api and api-gantry-old exist; resolve by hand' });
  });

  test('a defect in one host\'s run is reported as an internal error; the other hosts go on', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { create: () => { throw new Error('boom'); } }), h2: healthyHost({ current: OLD }) }, { max_failures: '1' });
    expect(outcomes(r)).toEqual(['failed', 'ok']);
    expect(r.report.hosts[0]).toMatchObject({ running: 'previous', message: 'boom' });
  });
});

describe('the lock', () => {
  const held = (extra: string[] = []) => ({ code: STEP_EXIT.lockHeld, out: [...HOLDER, 'holder_busy=0', ...extra] });

  test('held, then released within lock_timeout: it waits, says for whom once, then deploys', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { lock: [held(), held(), held(), { out: ['acquired=1'] }] }) }, { lock_timeout: '10' });
    expect(r.report.exitCode).toBe(0);
    expect(r.clock.slept).toEqual([2000, 2000, 2000]);
    expect(r.lines.filter((l) => l.includes('waiting'))).toEqual(['h1: waiting up to 10 s for the lock held by ci job 6 (bob) (runner runner-2, since 2026-01-01T10:00:00Z)']);
    expect(r.fleet.steps('h1').filter((s) => s === 'lock')).toHaveLength(4);
  });

  test('held past lock_timeout: fails naming the holder; nothing else runs there', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { lock: { code: STEP_EXIT.lockHeld, out: [...HOLDER, 'holder_busy=1'] } }) }, { lock_timeout: '5' });
    expect(r.report.exitCode).toBe(3);
    expect(r.clock.slept).toEqual([2000, 2000, 1000]);
    expect(r.report.hosts[0]).toMatchObject({
      outcome: 'failed', running: 'previous',
      message: 'lock: api is locked by ci job 6 (bob) (runner runner-2, since 2026-01-01T10:00:00Z, a step of it is running); gave up after lock_timeout 5 s',
    });
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'lock', 'lock', 'lock']);
  });

  test('lock_timeout 0: one attempt, no wait', async () => {
    const r = await rollout({ h1: healthyHost({}, { lock: held() }) }, { lock_timeout: '0' });
    expect(r.clock.slept).toEqual([]);
    expect(r.report.hosts[0].message).toMatch(/gave up after lock_timeout 0 s$/);
  });

  test('a stale lock is broken by the host\'s lock step and the takeover is noted', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { lock: { out: [...HOLDER, 'holder_busy=0', 'holder_age=300', 'broke=its heartbeat is 300 s old', 'acquired=1'] } }) });
    expect(r.report.exitCode).toBe(0);
    expect(r.report.hosts[0].notes).toEqual(['took over the lock of ci job 6 (bob) (runner runner-2, since 2026-01-01T10:00:00Z): its heartbeat is 300 s old']);
  });

  test('a lock left by a dead run of our own (same runner, dead pid, no step running) is taken over at once', async () => {
    const ours = ['holder_token=deadbeef', `holder_by=${ACTOR.by}`, `holder_runner=${ACTOR.runner}`, 'holder_pid=4242', 'holder_since=2026-01-02T03:00:00Z', 'holder_busy=0'];
    const lock = [
      { code: STEP_EXIT.lockHeld, out: ours },
      (c: { script: string }) => (c.script.includes('deadbeef')
        ? { out: [...ours, 'broke=its run ended without releasing it', 'acquired=1'] }
        : { code: STEP_EXIT.lockHeld, out: ours }),
    ];
    const r = await rollout({ h1: healthyHost({ current: OLD }, { lock }) }, { lock_timeout: '0' }, { isAlive: (pid) => pid !== 4242 });
    expect(r.report.exitCode).toBe(0);
    expect(r.clock.slept).toEqual([]);
    expect(r.report.hosts[0].notes).toEqual([`took over the lock of ${ACTOR.by} (runner runner-1, since 2026-01-02T03:00:00Z): its run ended without releasing it`]);
  });

  test.each([
    ['its process still runs', { pid: 4242, alive: true, busy: '0', runner: ACTOR.runner }],
    ['a step of it still runs on the host', { pid: 4242, alive: false, busy: '1', runner: ACTOR.runner }],
    ['it ran on another machine', { pid: 4242, alive: false, busy: '0', runner: 'runner-9' }],
  ])('a lock of a run that may be alive is not taken over: %s', async (_, h) => {
    const lock = { code: STEP_EXIT.lockHeld, out: ['holder_token=deadbeef', 'holder_by=x', `holder_runner=${h.runner}`, `holder_pid=${h.pid}`, 'holder_since=t', `holder_busy=${h.busy}`] };
    const r = await rollout({ h1: healthyHost({}, { lock }) }, { lock_timeout: '0' }, { isAlive: () => h.alive });
    expect(r.report.hosts[0].message).toMatch(/^lock: api is locked by x /);
    expect(r.fleet.calls.filter((c) => c.step === 'lock').map((c) => c.script.includes('deadbeef'))).toEqual([false]);
  });

  test('a lock step that fails otherwise is one line naming the step', async () => {
    const r = await rollout({ h1: healthyHost({}, { lock: { lost: 'timed out after 60 s' } }) });
    expect(r.report.hosts[0].message).toBe('lock: timed out after 60 s');
  });

  test('the heartbeat refreshes the lock while a long step runs; the lock is released at the end', async () => {
    const clock = new FakeClock();
    const r = await rollout({ h1: healthyHost({ current: OLD }, { health: () => { clock.advance(20_000); return { out: ['healthy=1'] }; } }) }, {}, { clock });
    expect(r.report.exitCode).toBe(0);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'heartbeat', 'finalize', 'lock-release']);
    expect(r.report.hosts[0].notes).toBeUndefined();
    expect(clock.running).toBe(0);
  });

  test('a lock lost during the run is a warning in the report; it is not released as if it were ours', async () => {
    const clock = new FakeClock();
    const r = await rollout({ h1: healthyHost({ current: OLD }, {
      health: () => { clock.advance(20_000); return { out: ['healthy=1'] }; },
      heartbeat: { code: STEP_EXIT.lockLost, out: ['error=the lock on api is no longer held by this run'] },
    }) }, {}, { clock });
    expect(r.report.exitCode).toBe(0);
    expect(r.report.hosts[0].notes).toEqual(['lost the lock during the run: the lock on api is no longer held by this run']);
    expect(r.lines).toContain('warning: h1: lost the lock during the run: the lock on api is no longer held by this run');
    expect(r.fleet.steps('h1')).not.toContain('lock-release');
    expect(renderReportText(r.report)).toContain('h1: lost the lock during the run');
  });

  test('a heartbeat that cannot reach the host is reported once, however often it fails', async () => {
    const clock = new FakeClock();
    const r = await rollout({ h1: healthyHost({ current: OLD }, {
      health: async () => {
        for (let i = 0; i < 3; i++) {
          clock.advance(20_000);
          await new Promise((resolve) => setImmediate(resolve));
        }
        return { out: ['healthy=1'] };
      },
      heartbeat: { lost: 'timed out after 20 s' },
    }) }, {}, { clock });
    expect(r.fleet.steps('h1').filter((s) => s === 'heartbeat')).toHaveLength(3);
    expect(r.report.hosts[0].notes).toEqual(['could not refresh the lock (it may be taken over as stale): timed out after 20 s']);
    expect(r.fleet.steps('h1')).toContain('lock-release');
  });
});

describe('the rollback command', () => {
  const back = (over: HostScript = {}) => healthyHost({ current: NEW, previous: OLD }, {
    switch: { out: [`source_digest=${OLD}`, `previous_digest=${NEW}`, 'started=1'] }, ...over,
  });

  test('every host back on the version it kept, health-gated: exit 0', async () => {
    const r = await rollout({ h1: back(), h2: back() }, {}, { mode: 'rollback' });
    expect(r.report.exitCode).toBe(0);
    expect(r.report).toMatchObject({ command: 'rollback', image: undefined });
    expect(outcomes(r)).toEqual(['ok', 'ok']);
    expect(r.report.hosts.map((h) => [h.previousDigest, h.newDigest])).toEqual([[NEW, OLD], [NEW, OLD]]);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'switch', 'health', 'finalize', 'lock-release']);
    expect(verdictLine(r.report)).toMatch(/^api: rolled back on all 2 host\(s\)/);
  });

  test('a host with no previous version kept: failed, untouched; max_failures 0 undoes the other', async () => {
    const nothing = healthyHost({ current: NEW }, { switch: { code: STEP_EXIT.nothingToSwitch, out: ['error=nothing to roll back to: no previous version (api-gantry-prev) is kept on this host'] } });
    const r = await rollout({ h1: back({ switch: [{ out: [`source_digest=${OLD}`, `previous_digest=${NEW}`] }, { out: [`source_digest=${NEW}`, `previous_digest=${OLD}`] }] }), h2: nothing },
      { batch_size: '1' }, { mode: 'rollback' });
    expect(r.report.exitCode).toBe(3);
    expect(outcomes(r)).toEqual(['rolled back', 'failed']);
    expect(r.report.hosts[1]).toMatchObject({ running: 'previous', message: 'switch: nothing to roll back to: no previous version (api-gantry-prev) is kept on this host' });
    expect(r.fleet.steps('h2')).not.toContain('restore');
  });
});

test('rollback of a service never deployed on any host: one line saying so, exit 1 (nothing changed), not "every host back"', async () => {
  const never = () => healthyHost({}, { switch: { code: STEP_EXIT.nothingToSwitch, out: ['never_deployed=1', 'error=nothing to roll back: api was never deployed on this host (no container api, no previous version kept)'] } });
  const r = await rollout({ h1: never(), h2: never() }, { batch_size: '2' }, { mode: 'rollback' });
  expect(r.report.exitCode).toBe(1);
  expect(verdictLine(r.report)).toBe('api: nothing to roll back: it was never deployed on h1, h2 (check container_name); no host was changed');
  expect(r.report.hosts.map((h) => h.message)).toEqual([
    'switch: nothing to roll back: api was never deployed on this host (no container api, no previous version kept)',
    'switch: nothing to roll back: api was never deployed on this host (no container api, no previous version kept)',
  ]);
  // Batches of one: the first host stops the rollout, the rest are not tried; still exit 1.
  const one = await rollout({ h1: never(), h2: never() }, {}, { mode: 'rollback' });
  expect([one.report.exitCode, verdictLine(one.report)]).toEqual([1, 'api: nothing to roll back: it was never deployed on h1 (1 other host(s) not tried) (check container_name); no host was changed']);
});

test('rollback where one host runs the service and another never did: not the never-deployed line', async () => {
  const never = healthyHost({}, { switch: { code: STEP_EXIT.nothingToSwitch, out: ['never_deployed=1', 'error=nothing to roll back: api was never deployed on this host'] } });
  const r = await rollout({ h1: never, h2: healthyHost({ current: NEW }, { switch: { code: STEP_EXIT.nothingToSwitch, out: ['error=nothing to roll back to: no previous version (api-gantry-prev) is kept on this host'] } }) }, { batch_size: '2' }, { mode: 'rollback' });
  expect(r.report.exitCode).toBe(3);
});

describe('the fleet\'s rollback', () => {
  test('of a first deploy: the new container is retired where nothing ran before', async () => {
    const r = await rollout({ h1: healthyHost({}), h2: healthyHost({}, { health: unhealthy }) }, { batch_size: '1' });
    expect(r.report.exitCode).toBe(3);
    expect(outcomes(r)).toEqual(['rolled back', 'failed']);
    expect(r.fleet.steps('h1')).toEqual([...DEPLOYED.slice(0, -1), 'retire', 'lock-release']);
    expect(r.report.hosts[0].message).toBe('rollout stopped: 1 host(s) failed, more than max_failures 0; nothing ran here before, so the new container was stopped');
  });

  test('a host that ran this digest before the run has nothing to undo', async () => {
    const r = await rollout({ h1: healthyHost({ current: NEW }), h2: healthyHost({ current: OLD }, { health: unhealthy }) }, { batch_size: '1' });
    expect(outcomes(r)).toEqual(['rolled back', 'failed']);
    expect(r.fleet.steps('h1')).toEqual(DEPLOYED);
    expect(r.report.hosts[0].message).toMatch(/it ran sha256:b+ before this run already: nothing to undo$/);
  });

  test('an undo whose switch back fails leaves the fleet mixed: exit 4, and says it could not roll back', async () => {
    const r = await rollout({
      h1: healthyHost({ current: OLD }, { switch: [{ out: [`source_digest=${NEW}`, `previous_digest=${OLD}`] }, { code: STEP_EXIT.start, out: ['error=the new container did not start: oops'] }], restore: { code: 43, out: ['error=cannot'] } }),
      h2: healthyHost({ current: OLD }, { health: unhealthy }),
    }, { batch_size: '1' });
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown' });
    expect(r.report.hosts[0].message).toBe('could not roll back: switch: the new container did not start: oops');
    // The report keeps the digests of the deploy, not of the failed undo.
    expect(r.report.hosts[0]).toMatchObject({ previousDigest: OLD, newDigest: NEW });
  });

  test('a retire that fails leaves the host unknown', async () => {
    const r = await rollout({ h1: healthyHost({}, { retire: { code: 43, out: ['error=cannot stop api'] } }), h2: healthyHost({}, { health: unhealthy }) }, { batch_size: '1' });
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown', message: 'could not roll back: retire: cannot stop api' });
  });

  test('the undo runs after the whole failed batch and is told why', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLDER }), h2: healthyHost({ current: OLD }, { health: unhealthy }) }, { batch_size: '100%' });
    expect(outcomes(r)).toEqual(['rolled back', 'failed']);
    expect(r.lines).toContain('h1: rolling back: rollout stopped: 1 host(s) failed, more than max_failures 0');
    expect(r.lines).toContain(`h1: rolled back to ${OLDER}`);
  });
});

describe('proxy mode', () => {
  const PROXY = { proxy_port: '80', health_url: '', health_path: '/healthz', proxy_image: 'reg.example:5000/mirror/caddy:2.6' };
  const proxied = (over: HostScript = {}) => healthyHost({ current: OLD, previous: OLDER }, {
    start: [{ out: [`source_digest=${NEW}`, 'alias=api-1a2b3c4d', `previous_digest=${OLD}`, 'started=1'] },
      { out: [`source_digest=${OLD}`, 'alias=api-0ld', `previous_digest=${NEW}`, 'started=1'] }],
    proxy: { out: ['load_ms=31', 'fresh=0', 'ports=80', 'live=api-1a2b3c4d'] },
    drain: { out: ['drain_ms=200', 'drain_open=0', 'retired=1'] },
    discard: { out: ['discarded=1'] },
    'proxy-converge': { out: [] },
    ...over,
  });
  const PROXIED = ['preflight', 'lock', 'proxy-converge', 'converge', 'pull', 'unchanged', 'create', 'start', 'health', 'proxy', 'drain', 'finalize', 'lock-release'];

  test('start beside, health-gate the new container, switch the proxy, drain, finalize; the switch is timed', async () => {
    const r = await rollout({ h1: proxied(), h2: proxied() }, PROXY);
    expect([r.report.exitCode, outcomes(r)]).toEqual([0, ['ok', 'ok']]);
    for (const h of ['h1', 'h2']) expect(r.fleet.steps(h)).toEqual(PROXIED);
    const health = r.fleet.calls.find((c) => c.step === 'health')!.script;
    expect(health).toContain('TARGET=new\n');
    expect(health).toContain('PROBE_PATH=/healthz\n');
    const proxy = r.fleet.calls.find((c) => c.step === 'proxy')!.script;
    expect(proxy).toContain('"dial":"api-1a2b3c4d:8080"');
    expect(r.report.hosts[0].switchSeconds).toBeDefined();
    expect(r.fleet.calls.find((c) => c.step === 'pull')!.script).toContain('ALSO_IMAGES=(reg.example:5000/mirror/caddy:2.6)');
  });

  test('an unhealthy new container is removed and the proxy never touched: the old one keeps serving, exit 3', async () => {
    const r = await rollout({ h1: proxied({ health: unhealthy }), h2: proxied() }, PROXY);
    expect([r.report.exitCode, outcomes(r), running(r)]).toEqual([3, ['failed', 'skipped'], ['previous', 'previous']]);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'proxy-converge', 'converge', 'pull', 'unchanged', 'create', 'start', 'health', 'discard', 'lock-release']);
    expect(r.report.hosts[0].message).toContain('the proxy was not switched');
    expect(r.report.hosts[0].logs).toEqual(['panic: boom', 'exit 2']);
  });

  test('a refused route (another service owns the name) leaves the proxy as it was', async () => {
    const clash = { code: STEP_EXIT.routeClash, out: ['error=proxy_port 80 already routes a.example.com to the service web'] };
    const r = await rollout({ h1: proxied({ proxy: clash }) }, PROXY);
    expect([r.report.exitCode, outcomes(r)]).toEqual([3, ['failed']]);
    expect(r.report.hosts[0].message).toBe('proxy: proxy_port 80 already routes a.example.com to the service web; the proxy still serves what it served');
    expect(r.fleet.steps('h1').slice(-3)).toEqual(['proxy', 'discard', 'lock-release']);
  });

  test('past max_failures, a switched host goes back through the proxy too', async () => {
    const r = await rollout({ h1: proxied(), h2: proxied({ health: unhealthy }) }, { ...PROXY, batch_size: '1' });
    expect([r.report.exitCode, outcomes(r)]).toEqual([3, ['rolled back', 'failed']]);
    expect(r.fleet.steps('h1')).toEqual([...PROXIED.slice(0, -1), 'start', 'health', 'proxy', 'drain', 'finalize', 'lock-release']);
    expect(r.fleet.calls.filter((c) => c.host === 'h1' && c.step === 'start')[1].script).toContain('SOURCE=prev\n');
  });

  test('past max_failures, a first deploy is retired: its route is taken off the proxy before its container stops', async () => {
    const first = () => proxied({
      converge: { out: [] },
      start: { out: [`source_digest=${NEW}`, 'alias=api-1a2b3c4d', 'previous_digest=', 'started=1'] },
      unroute: { out: ['load_ms=12', 'unrouted=1'] },
    });
    const r = await rollout({ h1: first(), h2: proxied({ health: unhealthy }) }, { ...PROXY, batch_size: '1' });
    expect([r.report.exitCode, outcomes(r)]).toEqual([3, ['rolled back', 'failed']]);
    expect(r.fleet.steps('h1')).toEqual([...PROXIED.slice(0, -1), 'unroute', 'retire', 'lock-release']);
    expect(r.report.hosts[0].message).toBe('rollout stopped: 1 host(s) failed, more than max_failures 0; nothing ran here before, so its route was taken off the proxy (port 80) and the new container was stopped');
  });

  test('a route that cannot be taken off leaves the first deploy running: the host is unknown', async () => {
    const first = proxied({
      converge: { out: [] },
      start: { out: [`source_digest=${NEW}`, 'alias=api-1a2b3c4d', 'previous_digest=', 'started=1'] },
      unroute: { code: STEP_EXIT.proxyLoad, out: ['error=the proxy refused the configuration: boom'] },
    });
    const r = await rollout({ h1: first, h2: proxied({ health: unhealthy }) }, { ...PROXY, batch_size: '1' });
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'unknown', message: 'could not roll back: unroute: the proxy refused the configuration: boom' });
    expect(r.fleet.steps('h1').slice(-2)).toEqual(['unroute', 'lock-release']);
  });

  test('the rollback command switches to the kept version beside the live one', async () => {
    const r = await rollout({ h1: proxied() }, { ...PROXY, deploy_image: '' }, { mode: 'rollback' });
    expect([r.report.exitCode, outcomes(r)]).toEqual([0, ['ok']]);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'proxy-converge', 'converge', 'start', 'health', 'proxy', 'drain', 'finalize', 'lock-release']);
  });
});

describe('hooks and rollback_to', () => {
  test('a failing pre_switch_cmd stops the rollout on the first host with nothing switched: exit 1', async () => {
    const hook = { code: STEP_EXIT.preSwitch, out: ['log=migration 7 failed', 'error=pre_switch_cmd exited with code 1'] };
    const r = await rollout({ h1: healthyHost({ current: OLD }, { 'pre-switch': hook }), h2: healthyHost({ current: OLD }) }, { pre_switch_cmd: 'migrate --up' });
    expect([r.report.exitCode, outcomes(r)]).toEqual([1, ['failed', 'skipped']]);
    expect(r.report.hosts[0].logs).toEqual(['migration 7 failed']);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'pull', 'pre-switch', 'lock-release']);
    expect(r.fleet.steps('h2')).toEqual([]);
  });

  test('pre_switch_cmd runs once, on the first host, before any switch', async () => {
    const r = await rollout({ h1: healthyHost({ current: OLD }, { 'pre-switch': { out: ['ok=1'] } }), h2: healthyHost({ current: OLD }) }, { pre_switch_cmd: 'migrate --up', batch_size: '100%' });
    expect([r.report.exitCode, outcomes(r)]).toEqual([0, ['ok', 'ok']]);
    const order = r.fleet.calls.map((c) => `${c.host}:${c.step}`);
    expect(order.filter((x) => x.endsWith(':pre-switch'))).toEqual(['h1:pre-switch']);
    expect(order.indexOf('h1:pre-switch')).toBeLessThan(Math.min(order.indexOf('h1:switch'), order.indexOf('h2:switch')));
    expect(r.fleet.steps('h1').filter((s) => s === 'pull')).toHaveLength(1);
  });

  test('rollback_to missing on one host is refused before any host changes', async () => {
    const missing = { code: STEP_EXIT.unknownVersion, out: [`error=rollback_to 'v1' is not among the versions kept on this host: ${OLD} revision v2`] };
    const found = { out: [`ref=${REPO}@${OLDER}`, `digest=${OLDER}`] };
    await expect(rollout({ h1: healthyHost({ current: OLD }, { resolve: found }), h2: healthyHost({ current: OLD }, { resolve: missing }) },
      { deploy_image: '', rollback_to: 'v1' }, { mode: 'rollback' })).rejects.toThrow(/^input 'rollback_to': h2: resolve: rollback_to 'v1' is not among the versions kept on this host/);
  });

  test('rollback_to recreates the older version from the live container and switches to it', async () => {
    const found = { out: [`ref=${REPO}@${OLDER}`, `digest=${OLDER}`] };
    const r = await rollout({ h1: healthyHost({ current: OLD }, { resolve: found, clone: { out: ['created=c1'] } }) }, { deploy_image: '', rollback_to: 'v1' }, { mode: 'rollback' });
    expect([r.report.exitCode, outcomes(r), r.report.hosts[0].newDigest]).toEqual([0, ['ok'], OLDER]);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'resolve', 'clone', 'switch', 'health', 'finalize', 'lock-release']);
  });
});

describe('ssh_max_connections: the hosts worked on at once, whatever batch_size', () => {
  /** The most hosts between their preflight and their finalize at any point of the call log. */
  function mostAtOnce(r: Result): number {
    const busy = new Set<string>();
    let most = 0;
    for (const c of r.fleet.calls) {
      if (c.step === 'preflight') busy.add(c.host);
      most = Math.max(most, busy.size);
      if (c.step === 'finalize') busy.delete(c.host);
    }
    return most;
  }
  const six = () => Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, healthyHost({ current: OLD })]));

  test('a batch of 6 with ssh_max_connections 2 goes in waves of 2 and all 6 switch in one batch', async () => {
    const r = await rollout(six(), { batch_size: '100%', ssh_max_connections: '2' });
    expect(r.report.exitCode).toBe(0);
    expect(r.report.batches).toBe(1);
    expect(outcomes(r)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(mostAtOnce(r)).toBe(2);
  });

  test('with the default (20), a batch of 6 runs all 6 at once', async () => {
    const r = await rollout(six(), { batch_size: '100%' });
    expect(mostAtOnce(r)).toBe(6);
  });

  test('failures past max_failures in the first wave: the hosts still waiting are not started, the switched ones go back', async () => {
    const scripts: Record<string, HostScript | ConnectError> = {
      h1: healthyHost({ current: OLD }),
      h2: new ConnectError('cannot connect to h2: connection refused (is sshd running and listening there?)', 'unreachable'),
      h3: new ConnectError('cannot connect to h3: no route to host', 'unreachable'),
      h4: healthyHost({ current: OLD }), h5: healthyHost({ current: OLD }),
    };
    const r = await rollout(scripts, { batch_size: '100%', ssh_max_connections: '3', max_failures: '1' });
    expect(outcomes(r)).toEqual(['rolled back', 'unreachable', 'unreachable', 'skipped', 'skipped']);
    expect(r.report.hosts[3].message).toBe('not started: 2 host(s) failed, more than max_failures 1');
    expect(r.fleet.steps('h4')).toEqual([]);
    expect(r.report.exitCode).toBe(3);
    expect(failedHosts(r.report.hosts)).toEqual(['h2', 'h3']);
  });

  test('failures within max_failures: every other host of the batch finishes (exit 4)', async () => {
    const scripts: Record<string, HostScript | ConnectError> = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`h${i + 1}`,
      i < 2 ? new ConnectError(`cannot connect to h${i + 1}: no SSH handshake within 20 s`, 'unreachable') : healthyHost({ current: OLD })]));
    const r = await rollout(scripts, { batch_size: '100%', ssh_max_connections: '4', max_failures: '20%' });
    expect(outcomes(r).filter((o) => o === 'ok')).toHaveLength(8);
    expect(failedHosts(r.report.hosts)).toEqual(['h1', 'h2']);
    expect(r.report.exitCode).toBe(4);
    expect(mostAtOnce(r)).toBeLessThanOrEqual(4);
  });
});
