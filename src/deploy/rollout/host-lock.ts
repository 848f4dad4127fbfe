/**
 * The deploy lock of one service on one host: taken with a bounded wait, broken when stale or
 * left by a dead run of our own, kept alive by a heartbeat, released at the end.
 * The protocol's host side is lockStep/heartbeatStep/lockReleaseStep in remote-steps.ts.
 */
import { Clock } from './clock';
import { HostConnection } from '../connection/host-connection';
import { StepFailure, execStep } from '../steps/run-step';
import { STEP_EXIT } from '../steps/render';
import { LockOwner, heartbeatStep, lockStep, lockReleaseStep } from '../steps/lock-steps';

export interface LockLimits {
  /** Seconds one lock attempt may take on the host. */
  readonly attempt: number;
  /** Seconds between attempts while the lock is held by someone else. */
  readonly retry: number;
  /** A lock whose holder has not refreshed it for this long (and runs no step) may be broken. */
  readonly stale: number;
  /** Seconds between heartbeats, and the limit of one. */
  readonly heartbeat: number;
  readonly release: number;
}

export interface HostLockOptions {
  readonly service: string;
  readonly owner: LockOwner;
  /** Seconds to wait for a lock held by someone else (lock_timeout). */
  readonly waitSeconds: number;
  readonly limits: LockLimits;
  readonly clock: Clock;
  /** Whether a process of this machine still runs. */
  readonly isAlive: (pid: number) => boolean;
  /** Why the run was cancelled, if it was: the wait for a held lock ends then. */
  readonly cancelled?: () => string | undefined;
  /** Progress, for the log. */
  readonly say: (message: string) => void;
  /** Something the report keeps (a lock taken over). */
  readonly note: (message: string) => void;
  /** Something the report keeps and the log shows as a warning (a lock lost, a heartbeat or release that failed). */
  readonly warn: (message: string) => void;
  readonly debug?: (message: string) => void;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeHolder(v: Readonly<Record<string, string>>): string {
  return `${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}${v.holder_busy === '1' ? ', a step of it is running' : ''})`;
}

export class HostLock {
  private held = false;
  private stopBeat?: () => void;
  private beating?: Promise<void>;
  /** Why the lock stopped being ours (or refreshable) while held; undefined while all is well. */
  private trouble?: string;

  constructor(private readonly conn: HostConnection, private readonly o: HostLockOptions) {}

  get isHeld(): boolean {
    return this.held;
  }

  /**
   * Takes the lock, waiting up to waitSeconds while another run holds it; throws a StepFailure
   * naming the holder when it gives up. Starts the heartbeat once taken.
   */
  async take(): Promise<void> {
    const { service, owner, clock, limits } = this.o;
    const deadline = clock.now() + this.o.waitSeconds * 1000;
    let breakToken = '';
    let announced = false;
    for (;;) {
      const r = await execStep(this.conn, lockStep(service, owner, limits.stale, breakToken), limits.attempt, this.o.debug);
      const v = r.out.values;
      if (r.code === 0 && v.acquired === '1') {
        if (v.broke) this.o.note(`took over the lock of ${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}): ${v.broke}`);
        this.held = true;
        this.startHeartbeat();
        this.o.say(`lock on ${service} taken`);
        return;
      }
      if (r.code !== STEP_EXIT.lockHeld) {
        throw new StepFailure('lock', r.code, `lock: ${r.lost ?? v.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
      }
      const holderPid = Number(v.holder_pid);
      // A run of ours on this machine that died holding the lock: take it over now rather than after the stale limit.
      if (v.holder_runner === owner.runner && holderPid !== owner.pid && holderPid > 0 && !this.o.isAlive(holderPid) &&
          v.holder_busy === '0' && v.holder_token && breakToken !== v.holder_token) {
        breakToken = v.holder_token;
        continue;
      }
      const holder = describeHolder(v);
      const cancelled = this.o.cancelled?.();
      if (cancelled) throw new StepFailure('lock', r.code, `lock: cancelled (${cancelled}) while waiting for the lock held by ${holder}; nothing was changed here`);
      if (clock.now() >= deadline) {
        throw new StepFailure('lock', r.code, `lock: ${service} is locked by ${holder}; gave up after lock_timeout ${this.o.waitSeconds} s`);
      }
      if (!announced) {
        this.o.say(`waiting up to ${this.o.waitSeconds} s for the lock held by ${holder}`);
        announced = true;
      }
      await clock.sleep(Math.min(limits.retry * 1000, Math.max(0, deadline - clock.now())));
    }
  }

  private startHeartbeat(): void {
    this.stopBeat = this.o.clock.every(this.o.limits.heartbeat * 1000, () => {
      if (this.beating || !this.held) return;
      this.beating = this.beat().finally(() => { this.beating = undefined; });
    });
  }

  /**
   * One refresh. A lock that is no longer ours, or a refresh that fails, is said once in the
   * report: another run may then deploy alongside this one, and whoever reads the report must know.
   */
  private async beat(): Promise<void> {
    let problem: string | undefined;
    let lost = false;
    try {
      const r = await execStep(this.conn, heartbeatStep(this.o.service, this.o.owner.token), this.o.limits.heartbeat, this.o.debug);
      if (r.code === 0) return;
      lost = r.code === STEP_EXIT.lockLost;
      problem = lost
        ? `lost the lock during the run: ${r.out.values.error || 'another run took it'}`
        : `could not refresh the lock (it may be taken over as stale): ${r.lost ?? r.out.values.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`;
    } catch (err) {
      problem = `could not refresh the lock (it may be taken over as stale): ${(err as Error).message}`;
    }
    if (lost) {
      this.held = false;
      this.stopBeat?.();
    }
    if (this.trouble !== problem) {
      this.trouble = problem;
      this.o.warn(problem);
    }
  }

  /** Stops the heartbeat and releases the lock if it is still ours; a failure is noted, not thrown. */
  async release(): Promise<void> {
    this.stopBeat?.();
    this.stopBeat = undefined;
    await this.beating;
    if (!this.held) return;
    this.held = false;
    const r = await execStep(this.conn, lockReleaseStep(this.o.service, this.o.owner.token), this.o.limits.release, this.o.debug);
    if (r.code !== 0) {
      this.o.warn(`could not release the lock: ${r.lost ?? r.out.values.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
    }
  }
}
