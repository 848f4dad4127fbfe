/**
 * deploy_target swarm: the real runner (runRollout -> runSwarm, HostLock, the rendered steps) on a
 * scripted manager, in milliseconds: what it sends, how it reads Swarm's answers over time, the
 * report and the exit code of every path.
 */
import { parseInputs } from '../../../../src/inputs';
import { MemoryReporter } from '../../../../src/reporter';
import { deploySpec } from '../../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../../src/deploy/rollout/rollout';
import { STEP_EXIT } from '../../../../src/deploy/steps/render';
import { RolloutReport } from '../../../../src/deploy/rollout/report';
import { Cancellation } from '../../../../src/deploy/rollout/cancellation';
import { EXIT } from '../../../../src/exit-codes';
import { D, FakeClock, FakeFleet, HostScript } from '../../support/fake-host';

const OLD = D('a');
const NEW = D('b');
const REPO = 'reg.example:5000/team/api';
const ACTOR = { by: 'ci job 7 (alice)', runner: 'runner-1', pid: 1000 };
const M = 'm1.example';
const PASSWORD = 'registry-pw-9d1';

const task = (slot: number, state: string, digest: string, desired = 'running', err = '') =>
  `task=t${slot}${state}${digest.slice(7, 10)}|${slot}|n${slot}|${desired}|${state}|${REPO}@${digest}|${err}`;
const nodes = ['node=n1|10.0.0.1|ready', 'node=n2|10.0.0.2|ready'];
const svc = (image: string, update = '', started = '') => ['service=1', `image=${REPO}@${image}`, 'previous_image=', `update_state=${update}`, `update_started=${started}`, 'update_message=', ...nodes];

function manager(over: HostScript, exists = true): HostScript {
  return {
    'swarm-preflight': { out: ['docker_version=20.10.24', 'user=deploy', ...(exists ? [`service=1`, `image=${REPO}@${OLD}`, 'mode=replicated', 'update_started=T0'] : ['service=0']), 'nodes=2'] },
    lock: { out: ['acquired=1'] },
    heartbeat: { out: ['ok=1'] },
    'lock-release': { out: ['released=1'] },
    'swarm-apply': { out: ['applied=1'] },
    'swarm-remove': { out: ['removed=1'] },
    'swarm-audit': { out: ['audited=1'] },
    ...over,
  };
}

/** The audit lines the run asked the manager to write: action, result, from, to. */
const value = (script: string, k: string) => new RegExp(`^${k}='?([^'\\n]*)'?$`, 'm').exec(script)?.[1];

function audits(r: { fleet: FakeFleet }): Array<Array<string | undefined>> {
  return r.fleet.calls.filter((c) => c.step === 'swarm-audit')
    .map((c) => ['AUDIT_ACTION', 'AUDIT_RESULT', 'AUDIT_FROM', 'AUDIT_TO'].map((k) => value(c.script, k)));
}
const OLDER = D('c');
const history = `${REPO}@${NEW}|rev-new|2026-01-03T00:00:00Z ${REPO}@${OLD}|rev-old|2026-01-02T00:00:00Z ${REPO}@${OLDER}|rev-older|2026-01-01T00:00:00Z`;
const onNew = (extra: string[] = []) => ({ out: ['docker_version=20.10.24', 'user=deploy', 'service=1', `image=${REPO}@${NEW}`, 'mode=replicated', 'update_started=T0', `previous_image=${REPO}@${OLD}`, `history=${history}`, 'nodes=2', ...extra] });

async function run(script: HostScript, over: Record<string, string> = {}, mode: 'deploy' | 'rollback' = 'deploy', cancel?: Cancellation) {
  const inputs = parseInputs({
    command: mode, deploy_target: 'swarm', hosts: M, ssh_host_key_policy: 'accept-new', container_name: 'api', replicas: '2', health_timeout: '10',
    deploy_image: mode === 'deploy' ? `${REPO}@${NEW}` : '', registry_username: 'ci', registry_password: PASSWORD, env: 'TOKEN=s3cret', ...over,
  });
  const spec = deploySpec(inputs, {}, mode);
  const fleet = new FakeFleet({ [spec.hosts[0].label]: script });
  const clock = new FakeClock();
  const reporter = new MemoryReporter();
  const report: RolloutReport = await runRollout({ mode, spec, actor: ACTOR, reporter, connect: fleet.connect, clock, isAlive: () => true, cancel });
  return { report, fleet, steps: fleet.steps(spec.hosts[0].label), lines: reporter.lines, clock };
}

describe('deploy_target swarm on a scripted manager', () => {
  test('a first create converges: exit 0 once every task has run the digest for the settle time; secrets only on stdin', async () => {
    const r = await run(manager({
      'swarm-state': [
        { out: [...svc(NEW), task(1, 'starting', NEW), task(2, 'running', NEW)] },
        { out: [...svc(NEW), task(1, 'running', NEW), task(2, 'running', NEW)] },
      ],
    }, false));
    expect(r.report.exitCode).toBe(0);
    expect(r.steps[0]).toBe('swarm-preflight');
    const apply = r.fleet.calls.filter((c) => c.step === 'swarm-apply');
    expect(apply.map((c) => /^ACTION=(\S+)$/m.exec(c.script)?.[1])).toEqual(['create']);
    expect(r.steps[r.steps.length - 1]).toBe('lock-release');
    // polled until the tasks had run for 5 s (min(5, health_timeout))
    expect(r.steps.filter((s) => s === 'swarm-state').length).toBeGreaterThanOrEqual(4);
    const create = apply[0];
    expect(create.script).not.toContain(PASSWORD);
    expect(create.script).not.toContain('s3cret');
    expect(create.stdin).toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(create.script).toMatch(/^ENV_KEYS=\('?TOKEN'?\)$/m);
    expect(r.report.hosts.map((h) => [h.host, h.outcome])).toEqual([[`manager ${M}`, 'ok'], ['10.0.0.1 api.1.t1runnin', 'ok'], ['10.0.0.2 api.2.t2runnin', 'ok']].map(([h, o]) => [expect.stringContaining(h.split('.t')[0]), o]));
  });

  test('an update is judged by its own UpdateStatus: exit 0 on completed with every task on the digest', async () => {
    const r = await run(manager({
      'swarm-state': [
        { out: [...svc(NEW, 'rollback_completed', 'T0'), task(1, 'running', OLD), task(2, 'running', OLD)] },
        { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW), task(2, 'running', OLD)] },
        { out: [...svc(NEW, 'completed', 'T1'), task(1, 'running', NEW), task(2, 'running', NEW)] },
      ],
    }));
    expect(r.report.exitCode).toBe(0);
    expect(r.fleet.calls.filter((c) => c.step === 'swarm-apply').map((c) => /^ACTION=(\S+)$/m.exec(c.script)?.[1])).toEqual(['update']);
    expect(r.report.hosts[0].previousDigest).toBe(OLD);
    expect(r.lines.some((l) => /api task api\.1\.\S+ on 10\.0\.0\.1: running sha256:bbbb/.test(l))).toBe(true);
  });

  test('Swarm rolls the update back: exit 3 with the failed tasks\' errors', async () => {
    const r = await run(manager({
      'swarm-state': [
        { out: [...svc(NEW, 'updating', 'T1'), task(1, 'failed', NEW, 'shutdown', 'task: non-zero exit (1)'), task(2, 'running', OLD)] },
        { out: [...svc(OLD, 'rollback_completed', 'T1'), task(1, 'failed', NEW, 'shutdown', 'task: non-zero exit (1)'), task(1, 'running', OLD), task(2, 'running', OLD)] },
      ],
    }));
    expect(r.report.exitCode).toBe(3);
    expect(r.report.hosts[0].outcome).toBe('rolled back');
    expect(r.report.hosts.some((h) => h.message?.includes('non-zero exit (1)'))).toBe(true);
    expect(audits(r)).toEqual([['deploy', 'rolled-back', OLD, NEW]]);
  });

  test('rollback false: the update pauses, exit 4', async () => {
    const r = await run(manager({ 'swarm-state': { out: [...svc(NEW, 'paused', 'T1'), task(1, 'failed', NEW, 'shutdown', 'boom'), task(2, 'running', OLD)] } }), { rollback: 'false' });
    expect(r.report.exitCode).toBe(4);
    const update = r.fleet.calls.find((c) => c.step === 'swarm-apply')!;
    expect(update.script).toContain('--update-failure-action=pause');
  });

  test('an update that never finishes: exit 4 at the bounded deadline', async () => {
    const r = await run(manager({ 'swarm-state': { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW), task(2, 'starting', NEW)] } }));
    expect(r.report.exitCode).toBe(4);
    expect(r.report.hosts[0].message).toMatch(/did not finish in \d+ s/);
    expect(r.steps.filter((s) => s === 'swarm-state').length).toBeLessThan(2000);
  });

  test('a first create whose tasks keep failing is removed: exit 3', async () => {
    const r = await run(manager({
      'swarm-state': { out: [...svc(NEW), task(1, 'rejected', NEW, 'shutdown', 'exec: "/missing": no such file'), task(2, 'failed', NEW, 'shutdown', 'exec: "/missing": no such file'), task(3, 'pending', NEW)] },
    }, false));
    expect(r.report.exitCode).toBe(3);
    expect(r.steps).toContain('swarm-remove');
    expect(r.report.hosts[0].message).toMatch(/keep failing: exec: "\/missing": no such file; gantry removed the service it created/);
  });

  test('a node that is not a manager: one line naming hosts, nothing created', async () => {
    await expect(run(manager({ 'swarm-preflight': { code: STEP_EXIT.notManager, out: ['error=this node is in a swarm but is not a manager'] } })))
      .rejects.toThrow(/^input 'hosts': .*m1\.example.*: this node is in a swarm but is not a manager; expected a manager of the swarm/);
  });

  test('a plain container of the name on the manager: one line naming container_name', async () => {
    await expect(run(manager({ 'swarm-preflight': { code: STEP_EXIT.plainContainer, out: ['error=a plain container named api runs on this node (deploy_target container)'] } })))
      .rejects.toThrow(/^input 'container_name': /);
  });

  test('a service of the other mode is refused before any change', async () => {
    await expect(run(manager({}), { swarm_mode: 'global' })).rejects.toThrow(/^input 'swarm_mode': 'global' but service api is replicated/);
  });

  test('gantry rollback is Swarm\'s: exit 0 on its own rollback_completed', async () => {
    const r = await run(manager({
      'swarm-preflight': { out: ['docker_version=20.10.24', 'user=deploy', 'service=1', `image=${REPO}@${NEW}`, 'mode=replicated', 'update_started=T0', `previous_image=${REPO}@${OLD}`, 'nodes=2'] },
      'swarm-rollback': { out: ['rolled=1'] },
      'swarm-state': [
        { out: [...svc(NEW, 'completed', 'T0'), task(1, 'running', NEW), task(2, 'running', NEW)] },
        { out: [...svc(OLD, 'rollback_completed', 'T2'), task(1, 'running', OLD), task(2, 'running', OLD)] },
      ],
    }), {}, 'rollback');
    expect(r.report.exitCode).toBe(0);
    expect(r.steps).toContain('swarm-rollback');
  });

  test('the same digest with every task running: the manager compares the settings and leaves the service alone (unchanged, exit 0)', async () => {
    const r = await run(manager({
      'swarm-preflight': onNew(),
      'swarm-state': { out: [...svc(NEW, 'completed', 'T0'), task(1, 'running', NEW), task(2, 'running', NEW)] },
      'swarm-apply': { out: ['unchanged=1'] },
    }));
    expect(r.report.exitCode).toBe(0);
    expect(r.report.hosts[0].outcome).toBe('unchanged');
    const apply = r.fleet.calls.find((c) => c.step === 'swarm-apply')!;
    expect([value(apply.script, 'SKIP_SAME'), value(apply.script, 'FORCE')]).toEqual(['1', '0']);
    // The settings travel on stdin (they hold env values), as the third secret line.
    expect(apply.script).not.toContain('s3cret');
    const settings = Buffer.from(apply.stdin.split('\n')[2], 'base64').toString();
    expect(settings).toContain('TOKEN');
    expect(settings).not.toContain('deployed-at');
    expect(audits(r)).toEqual([['deploy', 'unchanged', NEW, NEW]]);
  });

  test('force: no comparison, Swarm replaces the tasks (FORCE), judged like any update', async () => {
    const r = await run(manager({
      'swarm-preflight': onNew(),
      'swarm-state': [
        { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW), task(2, 'running', NEW)] },
        { out: [...svc(NEW, 'completed', 'T1'), task(1, 'running', NEW), task(2, 'running', NEW)] },
      ],
    }), { force: 'true' });
    expect(r.report.exitCode).toBe(0);
    expect(r.report.hosts[0].outcome).toBe('ok');
    const apply = r.fleet.calls.find((c) => c.step === 'swarm-apply')!;
    expect([value(apply.script, 'SKIP_SAME'), value(apply.script, 'FORCE')]).toEqual(['0', '1']);
    expect(r.steps.indexOf('swarm-apply')).toBeLessThan(r.steps.indexOf('swarm-state'));
    expect(audits(r)).toEqual([['deploy', 'ok', NEW, NEW]]);
  });

  test('an update records the new version first in the history label, bounded by keep_images, with the network given', async () => {
    const r = await run(manager({
      'swarm-preflight': { out: ['docker_version=20.10.24', 'user=deploy', 'service=1', `image=${REPO}@${OLD}`, 'mode=replicated', 'update_started=T0', `history=${history}`, 'nodes=2'] },
      'swarm-state': { out: [...svc(NEW, 'completed', 'T1'), task(1, 'running', NEW), task(2, 'running', NEW)] },
    }), { keep_images: '1', network: 'backend' });
    expect(r.report.exitCode).toBe(0);
    const apply = r.fleet.calls.find((c) => c.step === 'swarm-apply')!;
    expect(value(apply.script, 'NETWORK')).toBe('backend');
    const label = /'--label-add=dev\.gantry\.history=([^']*)'/.exec(apply.script)?.[1] ?? '';
    expect(label.split(' ').map((e) => e.split('|')[0])).toEqual([`${REPO}@${NEW}`, `${REPO}@${OLD}`]);
  });

  test('rollback_to a recorded revision: an update of the image alone, exit 0, audited as a rollback', async () => {
    const r = await run(manager({
      'swarm-preflight': onNew(),
      'swarm-state': [
        { out: [...svc(OLDER, 'updating', 'T1'), task(1, 'running', OLDER), task(2, 'running', NEW)] },
        { out: [...svc(OLDER, 'completed', 'T1'), task(1, 'running', OLDER), task(2, 'running', OLDER)] },
      ],
    }), { rollback_to: 'rev-older' }, 'rollback');
    expect(r.report.exitCode).toBe(0);
    const apply = r.fleet.calls.find((c) => c.step === 'swarm-apply')!;
    expect([value(apply.script, 'ACTION'), value(apply.script, 'REF')]).toEqual(['image', `${REPO}@${OLDER}`]);
    expect(apply.script).toMatch(/^ENV_KEYS=\(\)$/m);
    expect(r.steps).not.toContain('swarm-rollback');
    expect(audits(r)).toEqual([['rollback', 'ok', NEW, OLDER]]);
  });

  test('rollback_to a version the history does not hold: one line listing the recorded ones, nothing applied', async () => {
    let applied = false;
    const script = manager({ 'swarm-preflight': onNew(), 'swarm-apply': () => { applied = true; return { out: [] }; } });
    await expect(run(script, { rollback_to: 'rev-gone' }, 'rollback'))
      .rejects.toThrow(/^input 'rollback_to': 'rev-gone' is not among the versions service api recorded: sha256:bbbbbbbbbbbb revision rev-new deployed 2026-01-03T00:00:00Z; sha256:aaaaaaaaaaaa revision rev-old .*; expected one of those/);
    expect(applied).toBe(false);
  });

  test('rollback_to the digest it runs, every task on it: unchanged, exit 0', async () => {
    const r = await run(manager({
      'swarm-preflight': onNew(),
      'swarm-state': { out: [...svc(NEW, 'completed', 'T0'), task(1, 'running', NEW), task(2, 'running', NEW)] },
    }), { rollback_to: NEW.slice(7, 19) }, 'rollback');
    expect(r.report.exitCode).toBe(0);
    expect(r.report.hosts[0].outcome).toBe('unchanged');
    expect(r.steps).not.toContain('swarm-apply');
  });

  describe('cancelled (SIGINT/SIGTERM) during the update', () => {
    test('an update: Swarm is asked to roll it back, gantry waits for that: exit 5, the report says cancelled', async () => {
      const cancel = new Cancellation();
      const r = await run(manager({
        'swarm-state': [
          { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW), task(2, 'running', OLD)] },
          () => { cancel.cancel('SIGTERM'); return { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW), task(2, 'running', OLD)] }; },
          { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW), task(2, 'running', OLD)] },
          { out: [...svc(OLD, 'rollback_started', 'T2'), task(1, 'running', OLD), task(2, 'running', OLD)] },
          { out: [...svc(OLD, 'rollback_completed', 'T2'), task(1, 'running', OLD), task(2, 'running', OLD)] },
        ],
        'swarm-rollback': { out: ['rolled_back=1'] },
      }), {}, 'deploy', cancel);
      expect(r.report.exitCode).toBe(EXIT.cancelled);
      expect(r.report.cancelled).toBe('SIGTERM');
      expect(r.steps.filter((x) => x === 'swarm-apply' || x === 'swarm-rollback')).toEqual(['swarm-apply', 'swarm-rollback']);
      expect(r.report.hosts[0]).toMatchObject({ outcome: 'rolled back', running: 'previous' });
      expect(r.steps[r.steps.length - 1]).toBe('lock-release');
    });

    test('a first create: the service gantry created is removed: exit 5', async () => {
      const cancel = new Cancellation();
      const r = await run(manager({
        'swarm-state': [() => { cancel.cancel('SIGINT'); return { out: [...svc(NEW), task(1, 'starting', NEW)] }; }],
      }, false), {}, 'deploy', cancel);
      expect(r.report.exitCode).toBe(EXIT.cancelled);
      expect(r.steps).toContain('swarm-remove');
    });

    test('Swarm\'s rollback of the cancelled update pauses: exit 4', async () => {
      const cancel = new Cancellation();
      const r = await run(manager({
        'swarm-state': [
          () => { cancel.cancel('SIGTERM'); return { out: [...svc(NEW, 'updating', 'T1'), task(1, 'running', NEW)] }; },
          { out: [...svc(NEW, 'rollback_paused', 'T2'), task(1, 'running', NEW)] },
        ],
        'swarm-rollback': { out: ['rolled_back=1'] },
      }), {}, 'deploy', cancel);
      expect(r.report.exitCode).toBe(EXIT.mixed);
      expect(r.report.hosts[0].running).toBe('unknown');
    });
  });
});
