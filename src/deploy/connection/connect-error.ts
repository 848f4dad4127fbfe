import type { HostKeyVerdict } from './host-key';

/**
 * A host that could not be reached, apart from the SSH client (ssh-connection.ts), so that the
 * rollout can tell it from a failed step without loading the SSH stack for the host `local`.
 */
export type ConnectFailure = 'unreachable' | 'host-key' | 'auth' | 'failed';

/** Why a host could not be reached, as one line naming it. */
export class ConnectError extends Error {
  constructor(message: string, readonly kind: ConnectFailure, readonly verdict?: HostKeyVerdict) {
    super(message);
    this.name = 'ConnectError';
  }
}
