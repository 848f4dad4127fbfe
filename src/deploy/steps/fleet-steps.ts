/**
 * Read-mostly host steps for the fleet's day two (status, audit, unlock); their shell is in
 * steps/status.sh, steps/audit.sh and steps/force-unlock.sh.
 */
import { RemoteStep, step } from './render';

/** The live container, the versions kept for rollback, the lock holder and the proxy route. */
export function statusStep(service: string, keep: number): RemoteStep {
  return step('status', service, { KEEP: Math.max(1, Math.floor(keep)) });
}

/**
 * The service's logs on a host: since, the last `tail` lines, those holding `grep`. With follow,
 * new lines stream (line=, with alive= every second) until the session closes or the container stops.
 */
export function logsStep(service: string, o: { since: string; tail: number; grep: string; follow?: boolean }): RemoteStep {
  return step('logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep, FOLLOW: o.follow ? 1 : 0 });
}

/** The last `lines` entries of the host's audit log for the service. */
export function auditStep(service: string, lines: number): RemoteStep {
  return step('audit', service, { LINES: Math.max(1, Math.floor(lines)) });
}

/**
 * Releases the service's deploy lock. A holder that still looks alive (a step of it is running, or
 * its heartbeat is younger than staleSeconds) is only removed with force. Written to the audit log.
 */
export function unlockStep(service: string, by: string, force: boolean, staleSeconds: number): RemoteStep {
  return step('force-unlock', service, { FORCE: force ? 1 : 0, STALE: Math.floor(staleSeconds) }, { by });
}
