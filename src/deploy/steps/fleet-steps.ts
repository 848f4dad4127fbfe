/**
 * The host steps of the fleet commands every target shares (audit, unlock); their shell is in
 * audit.sh and force-unlock.sh. Each target's status and logs steps are its own.
 */
import { RemoteStep, step } from './render';

/** The last `lines` entries of the host's audit log for the service. */
export function auditReadStep(service: string, lines: number): RemoteStep {
  return step('audit', service, { LINES: Math.max(1, Math.floor(lines)) });
}

/**
 * Releases the service's deploy lock. A holder that still looks alive (a step of it is running, or
 * its heartbeat is younger than staleSeconds) is only removed with force. Written to the audit log.
 */
export function forceUnlockStep(service: string, by: string, force: boolean, staleSeconds: number): RemoteStep {
  return step('force-unlock', service, { FORCE: force ? 1 : 0, STALE: Math.floor(staleSeconds) }, { by });
}
