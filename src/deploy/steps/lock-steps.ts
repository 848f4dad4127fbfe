/**
 * The service's deploy lock on a host, the protocol every target shares (steps/lock.sh,
 * heartbeat.sh, lock-release.sh; force-unlock.sh is the unlock command's, in fleet-steps.ts).
 */
import { oneLine } from '../../shell-quote';
import { RemoteStep, step } from './render';

/** The lock's steps use lib.sh alone (no container's shell: each byte of a script costs the host a read). */
const LOCK_LIBS = ['lib'] as const;

export interface LockOwner {
  /** Random per run and host: who may refresh and release the lock. */
  readonly token: string;
  /** Who deploys (CI job or user). */
  readonly by: string;
  /** The machine gantry runs on, and its process: to recognise a dead run of our own. */
  readonly runner: string;
  readonly pid: number;
}

/**
 * One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of
 * its holder still runs and either its heartbeat is older than staleSeconds, or its token is
 * breakToken (a run of our own that is known dead). Exit lockHeld with holder_* lines when held.
 */
export function lockStep(service: string, owner: LockOwner, staleSeconds: number, breakToken = ''): RemoteStep {
  return step('lock', service, {
    TOKEN: owner.token, RUNNER: oneLine(owner.runner), OWNER_PID: Math.floor(owner.pid), STALE: Math.floor(staleSeconds), BREAK: breakToken,
  }, { by: owner.by, libs: LOCK_LIBS });
}

/** Refreshes the lock's heartbeat; exit lockLost when the lock is no longer ours. */
export function heartbeatStep(service: string, token: string): RemoteStep {
  return step('heartbeat', service, { TOKEN: token }, { libs: LOCK_LIBS });
}

/** Releases the lock this run holds (its token); another run's lock is left alone. */
export function lockReleaseStep(service: string, token: string): RemoteStep {
  return step('lock-release', service, { TOKEN: token }, { libs: LOCK_LIBS });
}

/** A host's lock holder from a status step's lock_* lines; undefined when the service is not locked. Pure. */
export function lockHolder(v: Readonly<Record<string, string>>): { by: string; runner: string; since: string; ageSeconds: number } | undefined {
  if (v.lock_by === undefined) return undefined;
  return { by: v.lock_by, runner: v.lock_runner ?? '', since: v.lock_since ?? '', ageSeconds: Number(v.lock_age ?? 0) };
}

/**
 * An unfinished switch from a status step's switch_started line (unix seconds), as a line under
 * the status table; undefined when there is none. Pure.
 */
export function unfinishedSwitch(v: Readonly<Record<string, string>>, what: string): string | undefined {
  if (v.switch_started === undefined) return undefined;
  const t = Number(v.switch_started);
  const since = Number.isFinite(t) && t > 0 ? new Date(t * 1000).toISOString().replace(/\.000Z$/, 'Z') : 'an unknown time';
  return `a switch ${what} is unfinished since ${since}: a run is in its health gate now, or was stopped halfway (the next deploy or rollback puts back what ran before it)`;
}

/** A lock holder as one table cell ('-' when there is none). Pure. */
export function describeLock(lock: { by: string; since: string; ageSeconds: number } | undefined): string {
  return lock ? `${lock.by} since ${lock.since} (heartbeat ${lock.ageSeconds} s ago)` : '-';
}
