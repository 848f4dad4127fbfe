/**
 * Cancelling a rollout (SIGINT/SIGTERM) at each phase, on scripted fake hosts: what each host is
 * sent, what it ends on, the report and the exit code.
 */
import { parseInputs } from '../../../src/inputs';
import { MemoryReporter } from '../../../src/reporter';
import { deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { runRollout } from '../../../src/deploy/rollout/rollout';
import { Cancellation, cancelOnSignals } from '../../../src/deploy/rollout/cancellation';
import { STEP_EXIT, parseStepOutput } from '../../../src/deploy/steps/render';
import { hostStatus, renderStatus } from '../../../src/deploy/targets/container/container-status';
import { binaryHostStatus, renderBinaryStatus } from '../../../src/deploy/targets/binary/binary-status';
import { EXIT } from '../../../src/exit-codes';
import { RolloutReport, verdictLine } from '../../../src/deploy/rollout/report';
import { Answer, Call, D, FakeClock, FakeFleet, HostScript, healthyHost } from '../support/fake-host';

const OLD = D('a');
const NEW = D('b');
const REPO = 'reg.example:5000/team/api';
const ACTOR = { by: 'ci job 7 (alice)', runner: 'runner-1', pid: 1000 };

interface Result {
  report: RolloutReport;
  fleet: FakeFleet;
  lines: string[];
}

async function rollout(cancel: Cancellation, scripts: Record<string, HostScript>, over: Record<string, string> = {}, mode: 'deploy' | 'rollback' = 'deploy',
  tweak: (clock: FakeClock) => void = () => undefined): Promise<Result> {
  const inputs = parseInputs({
    command: mode, hosts: Object.keys(scripts).join(','), ssh_host_key_policy: 'accept-new', container_name: 'api',
    deploy_image: mode === 'deploy' ? `${REPO}@${NEW}` : '', health_url: 'http://127.0.0.1:8080/healthz', ...over,
  });
  const fleet = new FakeFleet(scripts);
  const reporter = new MemoryReporter();
  const clock = new FakeClock();
  tweak(clock);
  const report = await runRollout({
    mode, spec: deploySpec(inputs, {}, mode), actor: ACTOR, reporter, now: new Date('2026-01-02T03:04:05.678Z'),
    connect: fleet.connect, clock, isAlive: () => true, cancel,
  });
  return { report, fleet, lines: reporter.lines };
}

const outcomes = (r: Result) => r.report.hosts.map((h) => h.outcome);
const running = (r: Result) => r.report.hosts.map((h) => h.running);

/** The value of NAME=... in a rendered script (a hex id, or '' when empty). */
function valueIn(script: string, name: string): string {
  const m = new RegExp(`^${name}=(?:'([^']*)'|([0-9a-f]+))$`, 'm').exec(script);
  if (!m) throw new Error(`no ${name} in the script`);
  return m[1] ?? m[2];
}

/**
 * A health gate that waits, like the real one, until its cancel marker is touched: the cancel
 * step must name the marker the gate was given. `onStart` runs when the gate starts (e.g. the signal).
 */
function gateUntilCancelled(onStart: () => void) {
  const marks = new Map<string, () => void>();
  const gate = (call: Call): Promise<Answer> => {
    const mark = valueIn(call.script, 'CANCEL');
    if (!mark) return Promise.resolve({ out: ['checks=running, health_url', 'healthy=1'] });
    return new Promise<Answer>((resolve) => {
      marks.set(mark, () => resolve({ code: STEP_EXIT.cancelled, out: ['checks=running, health_url', 'error=cancelled during the health gate (last check: health_url http://127.0.0.1:8080/healthz: 500)'] }));
      onStart();
    });
  };
  const touch = (call: Call): Answer => {
    const stop = marks.get(valueIn(call.script, 'CANCEL_MARK'));
    if (!stop) return { code: 1, out: ['error=no such gate'] };
    stop();
    return { out: ['cancel_marked=1'] };
  };
  return { gate, touch };
}

describe('cancelled before any host starts', () => {
  test('no host is contacted: every host skipped, exit 5, the verdict says so', async () => {
    const cancel = new Cancellation();
    cancel.cancel('SIGTERM');
    const r = await rollout(cancel, { h1: healthyHost({ current: OLD }), h2: healthyHost({ current: OLD }) }, { batch_size: '1' });
    expect(r.fleet.calls).toEqual([]);
    expect(outcomes(r)).toEqual(['skipped', 'skipped']);
    expect(r.report).toMatchObject({ exitCode: EXIT.cancelled, cancelled: 'SIGTERM', stopped: 'cancelled (SIGTERM)' });
    expect(verdictLine(r.report)).toBe('api: deploy cancelled (SIGTERM): every host touched is back on the version it ran before (0 switched back, 2 left as they were)');
  });
});

describe('cancelled while a host pulls or creates its new container', () => {
  test.each(['pull', 'create'])('during %s: that step finishes, the host never switches, the live container is untouched; the other host of the batch likewise: exit 5', async (phase) => {
    const cancel = new Cancellation();
    const during = (out: string[]) => () => { cancel.cancel('SIGTERM'); return { out }; };
    const h1 = healthyHost({ current: OLD });
    const r = await rollout(cancel, {
      h1: { ...h1, [phase]: during((h1[phase] as { out: string[] }).out) },
      h2: healthyHost({ current: OLD }),
    }, { batch_size: '2' });
    expect(r.report.exitCode).toBe(EXIT.cancelled);
    for (const h of ['h1', 'h2']) {
      // Nothing after the step under way: no switch, no health gate, the lock released.
      expect(r.fleet.steps(h)).not.toContain('switch');
      expect(r.fleet.steps(h).at(-1)).toBe('lock-release');
    }
    expect(running(r)).toEqual(['previous', 'previous']);
    expect(verdictLine(r.report)).toMatch(/^api: deploy cancelled \(SIGTERM\): every host touched is back on the version it ran before/);
  });
});

describe('cancelled between batches', () => {
  test('the next batch does not start; the host already switched goes back even with rollback false: exit 5', async () => {
    const cancel = new Cancellation();
    const r = await rollout(cancel, {
      h1: healthyHost({ current: OLD }, { finalize: [() => { cancel.cancel('SIGINT'); return { out: [`current_digest=${NEW}`] }; }, { out: [`current_digest=${OLD}`] }] }),
      h2: healthyHost({ current: OLD }),
      h3: healthyHost({ current: OLD }),
    }, { batch_size: '1', rollback: 'false' });
    expect(r.report.exitCode).toBe(EXIT.cancelled);
    expect(outcomes(r)).toEqual(['rolled back', 'skipped', 'skipped']);
    expect(running(r)).toEqual(['previous', 'previous', 'previous']);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'finalize', 'switch', 'health', 'finalize', 'lock-release']);
    expect(r.fleet.steps('h2')).toEqual([]);
    expect(r.report.hosts[1].message).toBe('not started: cancelled (SIGINT)');
    // The switch back's gate cannot be cancelled: it carries no marker.
    const gates = r.fleet.calls.filter((c) => c.host === 'h1' && c.step === 'health');
    expect(gates.map((c) => valueIn(c.script, 'CANCEL') !== '')).toEqual([true, false]);
    expect(r.lines).toContain('warning: rollout stopped: cancelled (SIGINT)');
  });

  test('during batch_wait: the wait ends early and the next batch is skipped', async () => {
    const cancel = new Cancellation();
    const r = await rollout(cancel, {
      h1: healthyHost({ current: OLD }, { finalize: [{ out: [`current_digest=${NEW}`] }, { out: [`current_digest=${OLD}`] }] }),
      h2: healthyHost({ current: OLD }),
    }, { batch_size: '1', batch_wait: '30' }, 'deploy', (clock) => { clock.sleep = async () => { cancel.cancel('SIGTERM'); }; });
    expect(outcomes(r)).toEqual(['rolled back', 'skipped']);
    expect(r.fleet.steps('h2')).toEqual([]);
    expect(r.report.exitCode).toBe(EXIT.cancelled);
  });
});

describe('cancelled during the health gate', () => {
  test('1 host: the gate is stopped through its marker, the host restores what ran before: exit 5', async () => {
    const cancel = new Cancellation();
    const g = gateUntilCancelled(() => cancel.cancel('SIGTERM'));
    const r = await rollout(cancel, { h1: healthyHost({ current: OLD }, { health: [g.gate, { out: ['healthy=1'] }], cancel: g.touch }) });
    expect(r.report.exitCode).toBe(EXIT.cancelled);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'rolled back', running: 'previous' });
    expect(r.report.hosts[0].message).toMatch(/^cancelled \(SIGTERM\): health: cancelled during the health gate .*; back on what it ran before$/);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'cancel', 'restore', 'health', 'lock-release']);
    // The restored container's gate runs to its end (no marker).
    const gates = r.fleet.calls.filter((c) => c.step === 'health');
    expect(valueIn(gates[1].script, 'CANCEL')).toBe('');
    expect(verdictLine(r.report)).toBe('api: deploy cancelled (SIGTERM): every host touched is back on the version it ran before (1 switched back, 0 left as they were)');
  });

  test('rollback false: a cancelled gate still restores', async () => {
    const cancel = new Cancellation();
    const g = gateUntilCancelled(() => cancel.cancel('SIGTERM'));
    const r = await rollout(cancel, { h1: healthyHost({ current: OLD }, { health: [g.gate, { out: ['healthy=1'] }], cancel: g.touch }) }, { rollback: 'false' });
    expect(r.fleet.steps('h1')).toContain('restore');
    expect(r.report.exitCode).toBe(EXIT.cancelled);
  });

  test('3 hosts, batches of 2: both gates stop, both restore, the third host is never started', async () => {
    const cancel = new Cancellation();
    let started = 0;
    const g = gateUntilCancelled(() => { if (++started === 2) cancel.cancel('SIGINT'); });
    const gated = () => healthyHost({ current: OLD }, { health: [g.gate, { out: ['healthy=1'] }], cancel: g.touch });
    const r = await rollout(cancel, { h1: gated(), h2: gated(), h3: healthyHost({ current: OLD }) }, { batch_size: '2' });
    expect(outcomes(r)).toEqual(['rolled back', 'rolled back', 'skipped']);
    for (const h of ['h1', 'h2']) expect(r.fleet.steps(h)).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'cancel', 'restore', 'health', 'lock-release']);
    expect(r.fleet.steps('h3')).toEqual([]);
    expect(r.report.exitCode).toBe(EXIT.cancelled);
  });

  test('after a healthy switch in an earlier batch: that host goes back too, the gating one restores', async () => {
    const cancel = new Cancellation();
    const g = gateUntilCancelled(() => cancel.cancel('SIGTERM'));
    const r = await rollout(cancel, {
      h1: healthyHost({ current: OLD }),
      h2: healthyHost({ current: OLD }, { health: [g.gate, { out: ['healthy=1'] }], cancel: g.touch }),
    }, { batch_size: '1' });
    expect(outcomes(r)).toEqual(['rolled back', 'rolled back']);
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'pull', 'unchanged', 'create', 'switch', 'health', 'finalize', 'switch', 'health', 'finalize', 'lock-release']);
    expect(r.report.hosts[0].message).toBe('rollout stopped: cancelled (SIGTERM)');
    expect(r.report.exitCode).toBe(EXIT.cancelled);
  });

  test('a host unreachable during the cleanup: reported, exit 4, the verdict names the cancel', async () => {
    const cancel = new Cancellation();
    const g = gateUntilCancelled(() => cancel.cancel('SIGTERM'));
    const r = await rollout(cancel, {
      h1: healthyHost({ current: OLD }, { switch: [{ out: [`source_digest=${NEW}`, `previous_digest=${OLD}`] }, { lost: 'connection lost: read ECONNRESET' }] }),
      h2: healthyHost({ current: OLD }, { health: [g.gate, { out: ['healthy=1'] }], cancel: g.touch }),
    }, { batch_size: '1' });
    expect(r.report.exitCode).toBe(EXIT.mixed);
    expect(r.report.hosts[0].running).not.toBe('previous');
    expect(r.report.hosts[1]).toMatchObject({ outcome: 'rolled back', running: 'previous' });
    expect(verdictLine(r.report)).toMatch(/^api: cancelled \(SIGTERM\); the fleet is left mixed or unknown: /);
  });

  test('the rollback command: its gate stops, the host goes back to what it ran when the command began: exit 5', async () => {
    const cancel = new Cancellation();
    const g = gateUntilCancelled(() => cancel.cancel('SIGINT'));
    const r = await rollout(cancel, {
      h1: healthyHost({ current: NEW, previous: OLD }, {
        switch: { out: [`source_digest=${OLD}`, `previous_digest=${NEW}`, 'started=1'] }, restore: { out: [`restored=${NEW}`] },
        health: [g.gate, { out: ['healthy=1'] }], cancel: g.touch,
      }),
    }, {}, 'rollback');
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'converge', 'switch', 'health', 'cancel', 'restore', 'health', 'lock-release']);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'rolled back', running: 'previous' });
    expect(r.report.exitCode).toBe(EXIT.cancelled);
    expect(verdictLine(r.report)).toMatch(/^api: rollback cancelled \(SIGINT\)/);
  });
});

describe('cancelled while waiting for a lock', () => {
  test('the wait ends at the next attempt; nothing changed on the host: exit 5', async () => {
    const cancel = new Cancellation();
    const held = { code: STEP_EXIT.lockHeld, out: ['holder_token=feedface', 'holder_by=ci job 6 (bob)', 'holder_runner=runner-2', 'holder_pid=77', 'holder_since=t', 'holder_busy=1'] };
    const r = await rollout(cancel, {
      h1: healthyHost({ current: OLD }, { lock: [held, () => { cancel.cancel('SIGTERM'); return held; }, { out: ['acquired=1'] }] }),
    }, { lock_timeout: '300' });
    expect(r.fleet.steps('h1')).toEqual(['preflight', 'lock', 'lock']);
    expect(r.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous' });
    expect(r.report.hosts[0].message).toMatch(/^lock: cancelled \(SIGTERM\) while waiting for the lock held by ci job 6 \(bob\)/);
    expect(r.report.exitCode).toBe(EXIT.cancelled);
  });
});

describe('signals', () => {
  function fakeProcess() {
    const handlers = new Map<string, () => void>();
    return {
      handlers,
      on: (s: NodeJS.Signals, fn: () => void) => { handlers.set(s, fn); },
      off: (s: NodeJS.Signals, fn: () => void) => { if (handlers.get(s) === fn) handlers.delete(s); },
    };
  }

  test('the first signal cancels and says so; a second is said and hurries; dispose removes the handlers', () => {
    const p = fakeProcess();
    const said: string[] = [];
    const exits: number[] = [];
    const cancel = new Cancellation();
    const watch = cancelOnSignals(cancel, { say: (l) => said.push(l), exit: (c) => exits.push(c), on: p.on, off: p.off, graceSeconds: 3600 });
    expect([...p.handlers.keys()]).toEqual(['SIGINT', 'SIGTERM']);
    p.handlers.get('SIGTERM')!();
    expect(cancel.reason).toBe('SIGTERM');
    expect(watch.hurried).toBe(false);
    expect(said[0]).toMatch(/^SIGTERM: cancelling: no new host or batch starts/);
    p.handlers.get('SIGINT')!();
    expect(cancel.reason).toBe('SIGTERM');
    expect(watch.hurried).toBe(true);
    expect(said[1]).toBe('SIGINT again: gantry ends as soon as every host touched is consistent, at most 3600 s from now');
    expect(exits).toEqual([]);
    watch.dispose();
    expect(p.handlers.size).toBe(0);
  });

  test('after a second signal, cleanup that outlasts the grace ends gantry with exit 4', () => {
    jest.useFakeTimers();
    try {
      const p = fakeProcess();
      const exits: number[] = [];
      const said: string[] = [];
      const watch = cancelOnSignals(new Cancellation(), { say: (l) => said.push(l), exit: (c) => exits.push(c), on: p.on, off: p.off, graceSeconds: 60 });
      p.handlers.get('SIGINT')!();
      p.handlers.get('SIGINT')!();
      jest.advanceTimersByTime(59_000);
      expect(exits).toEqual([]);
      jest.advanceTimersByTime(2_000);
      expect(exits).toEqual([EXIT.mixed]);
      expect(said[said.length - 1]).toMatch(/^cancelled: the hosts were not consistent 60 s after the second signal/);
      watch.dispose();
    } finally {
      jest.useRealTimers();
    }
  });

  test('a cancellation listener added after the cancel is called at once', () => {
    const cancel = new Cancellation();
    cancel.cancel('SIGTERM');
    const heard: string[] = [];
    cancel.onCancel((why) => heard.push(why));
    cancel.cancel('SIGINT');
    expect(heard).toEqual(['SIGTERM']);
  });
});

describe('status shows an unfinished switch', () => {
  const answer = (text: string) => ({ host: 'h1', out: parseStepOutput(text) });

  test('container: the switch marker (a run in its gate, or one killed halfway) beside the state, and its line', () => {
    const st = hostStatus(answer([`live_digest=${NEW}`, 'live_state=running', 'switch_source=new', 'switch_started=1767323045', 'lock_by=ci job 7', 'lock_since=t', 'lock_age=400'].join('\n')));
    expect(st.unfinishedSwitch).toBe('a switch to a new version is unfinished since 2026-01-02T03:04:05Z: a run is in its health gate now, or was stopped halfway (the next deploy or rollback puts back what ran before it)');
    const text = renderStatus('api', [st]);
    expect(text).toContain('running (switch unfinished)');
    expect(text).toContain(`h1: ${st.unfinishedSwitch}`);
    // A host without the marker says nothing of it.
    const clean = hostStatus(answer([`live_digest=${NEW}`, 'live_state=running'].join('\n')));
    expect(clean.unfinishedSwitch).toBeUndefined();
    expect(renderStatus('api', [clean])).not.toContain('unfinished');
  });

  test('binary: the release to go back to is named', () => {
    const st = binaryHostStatus({ host: 'h1', out: parseStepOutput(['live_release=1700000002-bbbbbbb', 'switch_back_to=1700000001-aaaaaaa', 'switch_started=1767323045'].join('\n')) });
    expect(st.unfinishedSwitch).toMatch(/^a switch of current \(from 1700000001-aaaaaaa\) is unfinished since 2026-01-02T03:04:05Z/);
    expect(renderBinaryStatus('hello', [st])).toContain(`h1: ${st.unfinishedSwitch}`);
  });
});
