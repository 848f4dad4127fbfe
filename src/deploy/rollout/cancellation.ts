/**
 * Cancelling a deploy or rollback (SIGINT, SIGTERM: what a CI cancellation sends) as a
 * transaction per host: no new host or batch starts, a health gate in progress is stopped through
 * a marker file on its host, and every host the run touched goes back to the version it served
 * when the command began, whatever the rollback input says. Locks are released and the report
 * written as for any other end; the exit code is EXIT.cancelled, or EXIT.mixed when a host could
 * not be brought back.
 */
import { randomBytes } from 'crypto';
import { EXIT } from '../../exit-codes';
import { RemoteStep, step } from '../steps/render';
import { HostRecord } from './host-record';
import { Running } from './report';

/** The command's cancellation: set once, read everywhere a run may start new work. */
export class Cancellation {
  private why?: string;
  private readonly listeners = new Set<(why: string) => void>();

  /** Why the run was cancelled ('SIGTERM'...); undefined while it runs on. */
  get reason(): string | undefined {
    return this.why;
  }

  get cancelled(): boolean {
    return this.why !== undefined;
  }

  /** Cancels (the first call only); each listener is called once. */
  cancel(why: string): void {
    if (this.why !== undefined) return;
    this.why = why;
    for (const fn of [...this.listeners]) fn(why);
    this.listeners.clear();
  }

  /** Calls fn when the run is cancelled (at once when it already is); returns the function that stops listening. */
  onCancel(fn: (why: string) => void): () => void {
    if (this.why !== undefined) {
      fn(this.why);
      return () => undefined;
    }
    this.listeners.add(fn);
    return () => { this.listeners.delete(fn); };
  }

  /** Waits ms, or less when the run is cancelled meanwhile. */
  async sleep(sleep: (ms: number) => Promise<void>, ms: number): Promise<void> {
    if (this.cancelled) return;
    let off = () => undefined as void;
    await Promise.race([sleep(ms), new Promise<void>((resolve) => { off = this.onCancel(() => resolve()); })]);
    off();
  }
}

/** What a host's report says about a cancelled run, in one phrase. */
export function cancelledBy(why: string): string {
  return `cancelled (${why})`;
}

/**
 * Before a host's switch: true (and the host recorded as not started, still on what it ran)
 * when the run is cancelled. A staged container or release left behind is removed by the next
 * run's converge and served by nothing.
 */
export function cancelledBeforeSwitch(cancel: Cancellation | undefined, record: HostRecord): boolean {
  if (!cancel?.reason) return false;
  record.skip(`${cancelledBy(cancel.reason)} before the switch: nothing changed here`);
  record.say(`not switched: ${cancelledBy(cancel.reason)}`);
  return true;
}

/**
 * A forward switch that failed while the run was cancelled (its gate stopped, or the switch
 * itself failed), after the host's restore: 'rolled back' when it serves what it did before,
 * failed otherwise. False (nothing recorded) when the run is not cancelled.
 */
export function recordCancelled(cancel: Cancellation | undefined, record: HostRecord, running: Running, detail: string): boolean {
  if (!cancel?.reason) return false;
  const line = `${cancelledBy(cancel.reason)}: ${detail}`;
  if (running === 'previous') {
    record.rolledBack(`${line}; back on what it ran before`);
    record.say(`rolled back: ${line}`);
  } else record.fail('failed', running, line);
  return true;
}

/** A fresh name for one health gate's cancel marker (a file under the deploy user's ~/.gantry/tmp). */
export function cancelMarkId(): string {
  return randomBytes(6).toString('hex');
}

/** Touches a running gate's cancel marker (steps/cancel.sh). */
export function cancelStep(service: string, mark: string): RemoteStep {
  return step('cancel', service, { CANCEL_MARK: mark });
}

/** Seconds the cancel step may take. */
export const CANCEL_STEP_SECONDS = 30;

/**
 * Runs a health gate that stops early when the run is cancelled: `touch` (a tiny step over the
 * same connection) creates the gate's marker, which the gate's loop checks each second; the gate
 * then fails with STEP_EXIT.cancelled and the caller restores as for any failed gate. Without a
 * cancellation the gate runs as it is.
 */
export async function cancellableGate<T>(cancel: Cancellation | undefined, touch: () => Promise<unknown>, gate: () => Promise<T>): Promise<T> {
  if (!cancel) return gate();
  let touching: Promise<unknown> | undefined;
  const off = cancel.onCancel(() => { touching = touch().catch(() => undefined); });
  try {
    return await gate();
  } finally {
    off();
    await touching;
  }
}

/** How long a second signal waits for the hosts to be consistent before gantry exits anyway. */
export const SECOND_SIGNAL_GRACE_SECONDS = 240;

export interface SignalWatch {
  /** Stops listening (the command is done); the process's default handling comes back. */
  dispose(): void;
  /** The signal received twice: the command should end as soon as the hosts are consistent (skip optional work). */
  readonly hurried: boolean;
}

export interface SignalOptions {
  readonly say: (line: string) => void;
  /** Ends the process (tests hand in their own). */
  readonly exit?: (code: number) => void;
  readonly graceSeconds?: number;
  readonly signals?: NodeJS.Signals[];
  readonly on?: (signal: NodeJS.Signals, fn: () => void) => void;
  readonly off?: (signal: NodeJS.Signals, fn: () => void) => void;
}

/**
 * Installs SIGINT/SIGTERM handlers for one deploy or rollback. The first signal cancels; a second
 * one is said, and honoured once the hosts are consistent (the command ends without its optional
 * work, post_deploy_cmd), or after graceSeconds at the latest, exiting EXIT.mixed then: the
 * hosts' state is not known, and the next run repairs what a cut cleanup left.
 */
export function cancelOnSignals(cancel: Cancellation, o: SignalOptions): SignalWatch {
  const signals = o.signals ?? ['SIGINT', 'SIGTERM'];
  const on = o.on ?? ((s, fn) => { process.on(s, fn); });
  const off = o.off ?? ((s, fn) => { process.off(s, fn); });
  const exit = o.exit ?? ((code) => process.exit(code));
  const grace = o.graceSeconds ?? SECOND_SIGNAL_GRACE_SECONDS;
  let timer: NodeJS.Timeout | undefined;
  let hurried = false;
  const handlers = signals.map((s) => {
    const fn = () => {
      if (!cancel.cancelled) {
        o.say(`${s}: cancelling: no new host or batch starts; every host this run touched goes back to the version it served before (a second signal ends gantry once they do, at most ${grace} s later)`);
        cancel.cancel(s);
        return;
      }
      if (hurried) {
        o.say(`${s} again: still bringing hosts back; gantry ends once they are consistent, or in ${grace} s at the latest`);
        return;
      }
      hurried = true;
      o.say(`${s} again: gantry ends as soon as every host touched is consistent, at most ${grace} s from now`);
      timer = setTimeout(() => {
        o.say(`cancelled: the hosts were not consistent ${grace} s after the second signal; exiting, the fleet may be mixed (the next deploy or rollback repairs a half-done host)`);
        exit(EXIT.mixed);
      }, grace * 1000);
      timer.unref();
    };
    on(s, fn);
    return [s, fn] as const;
  });
  return {
    get hurried() {
      return hurried;
    },
    dispose() {
      for (const [s, fn] of handlers) off(s, fn);
      if (timer) clearTimeout(timer);
    },
  };
}
