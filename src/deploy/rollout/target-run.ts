import { randomBytes } from 'crypto';
import type { OciSource } from '../transport/oci-transport';
import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';
import { Clock } from './clock';
import { DeploySpec } from '../spec/deploy-spec';
import { HostConnection } from '../connection/host-connection';
import { HostTarget } from '../spec/host-list';
import { Connector } from '../connection/connector';
import { HostLock } from './host-lock';
import { CANCEL_STEP_SECONDS, Cancellation, cancelMarkId, cancellableGate, cancelledBeforeSwitch, recordCancelled } from './cancellation';
import { HostRecord } from './host-record';
import { StepFailure, runStep } from '../steps/run-step';
import { ConnectError } from '../connection/connect-error';
import { HostReport, Running } from './report';
import { AuditEntry, RemoteStep, STEP_EXIT, StepOutput, listValues, parseStepOutput } from '../steps/render';

export { StepFailure } from '../steps/run-step';

/** Who deploys: recorded in locks, labels and the audit log. */
export interface Actor {
  readonly by: string;
  /** The machine gantry runs on. */
  readonly runner: string;
  readonly pid: number;
}

/** Each host step's time limit, in seconds. Tests shorten none of them: they are limits, not delays. */
export const STEP_TIMEOUTS = {
  preflight: 60,
  lockAttempt: 60,
  lockRetry: 2,
  /** A lock whose holder has not refreshed it for this long (and runs no step) may be broken. */
  lockStale: 120,
  heartbeat: 20,
  converge: 180,
  pull: 1800,
  create: 180,
  switch: 180,
  finalize: 300,
  restore: 180,
  release: 30,
  unchanged: 60,
  /** pre_switch_cmd's own limit (migrations may be slow). */
  preSwitch: 1800,
  /** Includes waiting up to 120 s for the host-wide proxy lock and a new proxy's start. */
  proxy: 300,
};

export type { Connector } from '../connection/connector';

export interface RolloutContext<S extends DeploySpec = DeploySpec> {
  readonly mode: 'deploy' | 'rollback';
  readonly spec: S;
  readonly actor: Actor;
  readonly reporter: Reporter;
  readonly deployedAt: string;
  /**
   * What every host pulls: repository@digest, pinned on the runner before any host runs, so
   * hosts deployed at once cannot end on different images. Empty for a rollback.
   */
  readonly imageRef: string;
  /** The image's org.opencontainers.image.revision as the registry gives it ('' when unknown; the swarm target labels it). */
  readonly revision?: string;
  readonly connect: Connector;
  readonly clock: Clock;
  readonly isAlive: (pid: number) => boolean;
  /** Set by SIGINT/SIGTERM (rollout/cancellation.ts): start nothing new, put every host touched back. */
  readonly cancel?: Cancellation;
  /** deploy_image oci:DIR: the image served from the runner to each host over its SSH connection (closed with the rollout). */
  readonly oci?: OciSource;
}

/** Connects to a host, recording its key; undefined (the host's failure recorded) when it cannot. */
export async function connectHost(target: HostTarget, ctx: RolloutContext, record: HostRecord): Promise<HostConnection | undefined> {
  try {
    const { connection, verdict } = await ctx.connect(target);
    if (verdict) {
      record.hostKey(verdict);
      if (verdict.how === 'accept-new') {
        ctx.reporter.warn(`${target.label}: accepted a host key not in known_hosts (ssh_host_key_policy accept-new): ${verdict.keyType} ${verdict.fingerprint}; pin it with: ${verdict.knownHostsLine}`);
        (record.report.notes ??= []).push(`accepted new host key ${verdict.keyType} ${verdict.fingerprint}`);
      } else record.say(`connected, host key ${verdict.keyType} ${verdict.fingerprint} matches the pin`);
    } else record.say('using the local engine');
    return connection;
  } catch (err) {
    if (err instanceof ConnectError) {
      const outcome = err.kind === 'unreachable' ? 'unreachable' : err.kind === 'host-key' ? 'refused host key' : 'failed';
      if (err.verdict) record.hostKey(err.verdict);
      record.fail(outcome, 'previous', err.message);
    } else record.fail('failed', 'previous', `connect: ${errorMessage(err)}`);
    return undefined;
  }
}

/** Takes the service's lock on a host (waiting up to lock_timeout); throws when it cannot. */
export async function takeLock(conn: HostConnection, ctx: RolloutContext, record: HostRecord, service: string, token: string): Promise<HostLock> {
  const lock = new HostLock(conn, {
    service,
    owner: { token, by: ctx.actor.by, runner: ctx.actor.runner, pid: ctx.actor.pid },
    waitSeconds: ctx.spec.lockTimeout,
    limits: { attempt: STEP_TIMEOUTS.lockAttempt, retry: STEP_TIMEOUTS.lockRetry, stale: STEP_TIMEOUTS.lockStale, heartbeat: STEP_TIMEOUTS.heartbeat, release: STEP_TIMEOUTS.release },
    clock: ctx.clock,
    isAlive: ctx.isAlive,
    cancelled: () => ctx.cancel?.reason,
    say: (m) => record.say(m),
    note: (m) => record.note(m),
    warn: (m) => record.warn(m),
    debug: (m) => record.debug(m),
  });
  await lock.take();
  return lock;
}

/** What rollout.ts drives on each host, whatever the deploy target. */
export interface TargetRun {
  readonly target: HostTarget;
  readonly report: HostReport;
  deploy(): Promise<void>;
  rollBack(): Promise<void>;
  undo(reason: string): Promise<void>;
  crashed(err: unknown): void;
  skip(reason: string): void;
  close(): Promise<void>;
  /** pre_switch_cmd on this host (targets that have it). */
  preSwitch?(): Promise<boolean>;
  /** Checks that rollback_to names a version this host keeps; the reason when not (targets that have it). */
  resolveRollbackTo?(): Promise<string | undefined>;
}

/**
 * A session with one host: its report line, connection, lock and step plumbing, and the close.
 * Every target's run is one (the swarm target's with its manager).
 */
export abstract class HostSession<S extends DeploySpec = DeploySpec> {
  protected readonly record: HostRecord;
  protected conn?: HostConnection;
  protected lock?: HostLock;
  protected readonly token = randomBytes(12).toString('hex');

  constructor(label: string, protected readonly ctx: RolloutContext<S>) {
    this.record = new HostRecord(label, ctx.reporter);
  }

  get report(): HostReport {
    return this.record.report;
  }

  protected since(t: number): number {
    return (this.ctx.clock.now() - t) / 1000;
  }

  protected step(s: RemoteStep, timeoutSeconds: number): Promise<StepOutput> {
    if (!this.conn) return Promise.reject(new StepFailure(s.name, null, `${s.name}: not connected`, undefined, true));
    return runStep(this.conn, s, timeoutSeconds, (m) => this.record.debug(m));
  }

  /** Connects to `target`; false (the failure recorded) when it cannot. */
  protected async connect(target: HostTarget): Promise<boolean> {
    this.conn = await connectHost(target, this.ctx, this.record);
    return this.conn !== undefined;
  }

  /** Takes the service's lock (waiting up to lock_timeout); throws when it cannot. */
  protected async takeLock(): Promise<void> {
    this.lock = await takeLock(this.conn!, this.ctx, this.record, this.ctx.spec.service, this.token);
  }

  /** Releases the lock and the connection. */
  async close(): Promise<void> {
    try {
      await this.lock?.release();
    } catch (err) {
      this.record.warn(`could not release the lock: ${errorMessage(err)}`);
    }
    this.lock = undefined;
    await this.conn?.close().catch(() => undefined);
    this.conn = undefined;
  }
}

/** Which container (or release) a health gate judges: what runs under the name, or one started beside it. */
export type GateTarget = 'name' | 'new' | 'prev';

/**
 * The host-side steps of a per-host target, which HostRunBase's shared protocol runs: preflight,
 * converge, health gate, restore, finalize and the rollback_to lookup, with the names of the
 * values they print and the words the report uses for the target's unit (a container, a release).
 */
export interface HostSteps {
  preflight(): RemoteStep;
  /** Run in order under the lock; the last one prints what the host runs now. */
  converge(): RemoteStep[];
  /** `cancel`: the gate's cancel marker id (rollout/cancellation.ts); absent, the gate runs to its end. */
  health(target?: GateTarget, cancel?: string): RemoteStep;
  /** Touches a running gate's cancel marker (steps/cancel.sh, under the name the gate runs as). */
  cancel(mark: string): RemoteStep;
  restore(audit: AuditEntry): RemoteStep;
  finalize(audit: AuditEntry): RemoteStep;
  resolve(want: string): RemoteStep;
  /** The value names: converge's current version, switch's source and previous versions. */
  readonly values: { readonly current: string; readonly source: string; readonly previous: string };
  readonly words: {
    /** Restore, with rollback off. */
    readonly leftInPlace: string;
    /** Restore on a host that ran nothing before. */
    readonly removedNone: string;
    restored(what: string): string;
    /** 'the restored container', for its health gate's line. */
    readonly restoredUnit: string;
    started(source: string): string;
    /** The switched-to unit, in the line of a finalize that failed. */
    readonly healthyUnit: string;
  };
}

/**
 * What every per-host target run shares: the session, open (connect, preflight, lock, converge),
 * the health gate, restore after a failed switch, switch-and-gate, rollback_to's lookup and its
 * unchanged check, the fleet's undo. A target gives its HostSteps and fills in deploy, rollBack,
 * how it retires a first deploy and how it switches back.
 */
export abstract class HostRunBase<S extends DeploySpec = DeploySpec> extends HostSession<S> implements TargetRun {
  protected abstract readonly steps: HostSteps;
  /** Counts the time of a switch step that failed as start time (the container target's report does). */
  protected readonly startOnFailedSwitch: boolean = false;
  private opened?: Promise<boolean>;
  /** rollback_to's lookup on this host, once done. */
  protected resolved?: StepOutput;

  constructor(readonly target: HostTarget, ctx: RolloutContext<S>) {
    super(target.label, ctx);
  }

  abstract deploy(): Promise<void>;
  abstract rollBack(): Promise<void>;

  /** Takes the target off a host that ran nothing before this run; returns what it did, for the report. */
  protected abstract retire(audit: AuditEntry): Promise<string>;

  /** Switches the host back to `before` (health-gated); false when that failed (recorded). */
  protected abstract switchBack(before: string, audit: AuditEntry): Promise<boolean>;

  /** What preflight printed, for the target's own use (e.g. the host's machine). */
  protected preflighted(_out: StepOutput): void {}

  /** What the last converge step printed, for the target's own use. */
  protected converged(_out: StepOutput): void {}

  /** Finalize's pruned versions, for the report. */
  protected pruned(_versions: readonly string[]): void {}

  protected audit(action: AuditEntry['action'], from?: string, to?: string): AuditEntry {
    return { action, by: this.ctx.actor.by, from: from ?? '', to: to ?? '' };
  }

  /** Connects, checks the host, takes the lock and repairs what an interrupted run left, once. False when the host is out. */
  protected open(): Promise<boolean> {
    return (this.opened ??= this.openHost());
  }

  private async openHost(): Promise<boolean> {
    const { record } = this;
    if (!(await this.connect(this.target))) return false;
    try {
      this.preflighted(await this.step(this.steps.preflight(), STEP_TIMEOUTS.preflight));
      await this.takeLock();
    } catch (err) {
      record.fail('failed', 'previous', errorMessage(err));
      return false;
    }
    try {
      let out: StepOutput | undefined;
      for (const s of this.steps.converge()) {
        out = await this.step(s, STEP_TIMEOUTS.converge);
        for (const fixed of listValues(out, 'fixed')) record.note(fixed);
      }
      this.report.previousDigest = out?.values[this.steps.values.current] ?? '';
      if (out) this.converged(out);
    } catch (err) {
      record.fail('failed', 'unknown', errorMessage(err));
      return false;
    }
    return true;
  }

  /**
   * Health gate of what runs under the name now (or of what was started beside it); returns the
   * seconds it took. A forward switch's gate (cancellable) stops early when the run is cancelled.
   */
  protected async healthGate(target: GateTarget = 'name', cancellable = false): Promise<{ seconds: number; out: StepOutput }> {
    const t = this.ctx.clock.now();
    const mark = cancellable && this.ctx.cancel ? cancelMarkId() : undefined;
    const out = await cancellableGate(mark ? this.ctx.cancel : undefined, () => this.step(this.steps.cancel(mark!), CANCEL_STEP_SECONDS),
      () => this.step(this.steps.health(target, mark), this.ctx.spec.health.timeout + 60));
    return { seconds: this.since(t), out };
  }

  /**
   * After a failed switch or health gate: put back what ran before, and check it is healthy.
   * Returns what the host serves afterwards, relative to the switch that failed.
   */
  protected async restore(audit: AuditEntry, switchedFrom: Running): Promise<Running> {
    const { record } = this;
    const words = this.steps.words;
    if (!this.ctx.spec.rollback && !this.ctx.cancel?.cancelled) {
      record.note(words.leftInPlace);
      return 'unknown';
    }
    try {
      const r = await this.step(this.steps.restore(audit), STEP_TIMEOUTS.restore);
      if (r.values.switch_gone === '1' || r.values.restored === undefined) {
        record.note(`nothing of this run was left to put back: its switch record is gone from the host (the lock was forced open and another run changed the host meanwhile); it serves ${r.values.serving || 'nothing under the service\'s name'}`);
        return 'unknown';
      }
      if (r.values.restored === 'none') {
        record.say(words.removedNone);
        return switchedFrom;
      }
      record.say(words.restored(r.values.restored ?? ''));
      try {
        await this.healthGate();
        record.say(`${words.restoredUnit} is healthy`);
      } catch (err) {
        record.note(`${words.restoredUnit} is not healthy either: ${errorMessage(err)}`);
      }
      return switchedFrom;
    } catch (err) {
      record.note(`could not restore what ran before: ${errorMessage(err)}`);
      return 'unknown';
    }
  }

  /**
   * Runs the switch step `sw`, health-gates, finalizes. On failure restores and marks the host
   * failed. `toPrevious`: the switch goes to the host's previous version, which its output names.
   * `from`/`to` say what the host runs before and after, in the report's terms.
   */
  protected async switchAndGate(sw: RemoteStep, toPrevious: boolean, audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    const { clock } = this.ctx;
    const { values, words } = this.steps;
    const t = clock.now();
    let tHealth = 0;
    let switched = false;
    if (to === 'new' && cancelledBeforeSwitch(this.ctx.cancel, this.record)) return false;
    try {
      const out = await this.step(sw, STEP_TIMEOUTS.switch);
      switched = true;
      if (toPrevious) {
        this.report.newDigest = out.values[values.source];
        audit = { ...audit, to: out.values[values.source] ?? '' };
      }
      this.report.previousDigest ??= out.values[values.previous];
      this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      this.record.say(`${words.started(out.values[values.source] ?? '')}; health gate up to ${this.ctx.spec.health.timeout} s`);
      tHealth = clock.now();
      const gate = await this.healthGate('name', to === 'new');
      this.report.healthSeconds = gate.seconds;
      this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === this.steps.health().name) {
        this.report.healthSeconds = this.since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      }
      if (err instanceof StepFailure && err.step === sw.name && err.unsent) {
        // The session was gone before the switch was sent (a jump host that dropped it): nothing
        // ran, the host serves what it did, and there is nothing to restore.
        this.record.fail('failed', from, `${errorMessage(err)}; the switch never reached the host, which was left as it was`);
        return false;
      }
      if (err instanceof StepFailure && err.step === sw.name && err.code === STEP_EXIT.nothingToSwitch) {
        if (err.out?.values.never_deployed === '1') this.report.neverDeployed = true;
        this.record.fail('failed', from, errorMessage(err));
        return false;
      }
      const running = await this.restore({ ...audit }, from);
      if (to !== 'new' || !recordCancelled(this.ctx.cancel, this.record, running, errorMessage(err))) this.record.fail('failed', running, errorMessage(err));
      if (!switched && this.startOnFailedSwitch) this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      return false;
    }
    return this.finish(audit, to);
  }

  /** Finalize: keeps what ran before as the previous version, records, prunes, audits. */
  protected async finish(audit: AuditEntry, to: Running): Promise<boolean> {
    try {
      this.pruned(listValues(await this.step(this.steps.finalize(audit), STEP_TIMEOUTS.finalize), 'pruned'));
    } catch (err) {
      this.record.fail('failed', 'unknown', `${errorMessage(err)} (${this.steps.words.healthyUnit} is healthy, but the host's records are incomplete)`);
      return false;
    }
    this.record.succeeded(to);
    this.record.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
    return true;
  }

  /**
   * rollback_to, before any host changes: connects, locks, and finds the version among those this
   * host keeps (this.resolved). Returns the error line when it is not there (or the host is out).
   */
  async resolveRollbackTo(): Promise<string | undefined> {
    if (!(await this.open())) return this.report.message;
    try {
      this.resolved = await this.step(this.steps.resolve(this.ctx.spec.rollbackTo), STEP_TIMEOUTS.preflight);
      return undefined;
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return this.report.message;
    }
  }

  /** rollback_to names what the host runs already (and force is off): recorded as unchanged; true then. */
  protected alreadyRuns(version: string): boolean {
    if (version !== this.report.previousDigest || this.ctx.spec.force) return false;
    Object.assign(this.report, { outcome: 'unchanged', running: 'new', message: `already runs ${version}` });
    this.record.say(`unchanged: already runs ${version}`);
    return true;
  }

  /** The fleet failed: put this host (ok in this run) back on what it ran before the run. */
  async undo(reason: string): Promise<void> {
    if (this.report.outcome !== 'ok') return;
    const { record } = this;
    record.say(`rolling back: ${reason}`);
    const before = this.report.previousDigest;
    if (before && before === this.report.newDigest) {
      record.rolledBack(`${reason}; it ran ${before} before this run already: nothing to undo`);
      record.say('nothing to roll back: it ran this version before the run');
      return;
    }
    if (!before) {
      try {
        const did = await this.retire(this.audit(this.ctx.mode, this.report.newDigest, ''));
        record.rolledBack(`${reason}; nothing ran here before, so ${did}`);
        record.say(`rolled back: ${did} (nothing ran here before)`);
      } catch (err) {
        // A retire that never reached the host leaves it on this run's version.
        record.fail('failed', err instanceof StepFailure && err.unsent ? 'new' : 'unknown', `could not roll back: ${errorMessage(err)}`);
      }
      return;
    }
    // The switch back rewrites the report's figures; the report keeps those of this run's deploy.
    const saved = { ...this.report };
    const ok = await this.switchBack(before, this.audit(this.ctx.mode, this.report.newDigest, before));
    Object.assign(this.report, {
      previousDigest: saved.previousDigest, newDigest: saved.newDigest, pullSeconds: saved.pullSeconds, uploadedBytes: saved.uploadedBytes,
      startSeconds: saved.startSeconds, healthSeconds: saved.healthSeconds,
    });
    if (ok) {
      record.rolledBack(reason);
      record.say(`rolled back to ${before}`);
    } else {
      this.report.message = `could not roll back: ${this.report.message}`;
    }
  }

  /** A defect, not a host's failure: say so, and do not claim to know what the host runs. */
  crashed(err: unknown): void {
    this.record.fail('failed', 'unknown', `internal error: ${errorMessage(err)}`);
  }

  /** Marks a host the rollout never reached. */
  skip(reason: string): void {
    this.record.skip(reason);
  }
}
