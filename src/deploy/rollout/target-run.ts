import { randomBytes } from 'crypto';
import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';
import { Clock } from './clock';
import { DeploySpec } from '../spec/deploy-spec';
import { HostConnection } from '../connection/host-connection';
import { HostTarget } from '../spec/host-list';
import { Connector } from '../connection/connector';
import { HostLock } from './host-lock';
import { Cancellation } from './cancellation';
import { HostRecord } from './host-record';
import { StepFailure, runStep } from '../steps/run-step';
import { ConnectError } from '../connection/connect-error';
import { HostReport, Running } from './report';
import { AuditEntry, RemoteStep, StepOutput } from '../steps/render';

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

export interface RolloutContext {
  readonly mode: 'deploy' | 'rollback';
  readonly spec: DeploySpec;
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
 * What every per-host target run shares: its report line, connection, lock, step plumbing, the
 * fleet's undo and the close. A target fills in deploy, rollBack, how it retires a first deploy
 * and how it switches back.
 */
export abstract class HostRunBase implements TargetRun {
  protected readonly record: HostRecord;
  protected conn?: HostConnection;
  protected lock?: HostLock;
  protected readonly token = randomBytes(12).toString('hex');

  constructor(readonly target: HostTarget, protected readonly ctx: RolloutContext) {
    this.record = new HostRecord(target.label, ctx.reporter);
  }

  get report(): HostReport {
    return this.record.report;
  }

  abstract deploy(): Promise<void>;
  abstract rollBack(): Promise<void>;

  /** Takes the target off a host that ran nothing before this run; returns what it did, for the report. */
  protected abstract retire(audit: AuditEntry): Promise<string>;

  /** Switches the host back to `before` (health-gated); false when that failed (recorded). */
  protected abstract switchBack(before: string, audit: AuditEntry): Promise<boolean>;

  protected since(t: number): number {
    return (this.ctx.clock.now() - t) / 1000;
  }

  protected step(s: RemoteStep, timeoutSeconds: number): Promise<StepOutput> {
    if (!this.conn) return Promise.reject(new StepFailure(s.name, null, `${s.name}: not connected`));
    return runStep(this.conn, s, timeoutSeconds, (m) => this.record.debug(m));
  }

  protected audit(action: AuditEntry['action'], from?: string, to?: string): AuditEntry {
    return { action, by: this.ctx.actor.by, from: from ?? '', to: to ?? '' };
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
        record.fail('failed', 'unknown', `could not roll back: ${errorMessage(err)}`);
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

  /** Releases the lock and the connection. */
  async close(): Promise<void> {
    try {
      await this.lock?.release();
    } catch (err) {
      this.record.warn(`could not release the lock: ${errorMessage(err)}`);
    }
    this.lock = undefined;
    await this.conn?.close();
    this.conn = undefined;
  }
}
