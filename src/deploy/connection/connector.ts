import { Reporter } from '../../reporter';
import { DeploySpec } from '../spec/deploy-spec';
import { HostConnection } from './host-connection';
import { HostTarget } from '../spec/host-list';
import { HostKeyVerdict } from './host-key';
import { pinsFor } from '../../ssh/known-hosts';
import { LocalConnection } from './local-connection';
import { ClientKey } from './private-key';

/** Seconds an SSH connection may take to be ready. */
export const CONNECT_TIMEOUT = 20;

/** Opens a connection to one host (tests hand in their own). */
export type Connector = (target: HostTarget) => Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }>;

/**
 * How hosts are reached: SSH with pinned keys (and the jump host), or the local engine for the host
 * `local`, whose bash gets the runner's environment `env` (DOCKER_HOST, HOME).
 */
export function connector(spec: DeploySpec, key: ClientKey | undefined, reporter: Reporter, env: NodeJS.ProcessEnv): Connector {
  return async (target: HostTarget): Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }> => {
    const debug = (m: string) => reporter.debug(m);
    if (target.local) return { connection: new LocalConnection(debug, env) };
    if (!key) throw new Error('no SSH private key');
    // The SSH client is loaded by the first host that needs it: none for the host `local`.
    const { connectSsh } = await import('./ssh-connection');
    const session = await connectSsh({
      target, key, pins: pinsFor(spec.knownHosts, target.host, target.port), jump: spec.jump && { target: spec.jump, pins: pinsFor(spec.knownHosts, spec.jump.host, spec.jump.port) }, policy: spec.hostKeyPolicy,
      readyTimeoutSeconds: CONNECT_TIMEOUT, debug,
    });
    const jv = session.jumpVerdict;
    if (jv?.how === 'accept-new') {
      reporter.warn(`${target.label}: reached through the jump host ${spec.jump!.label}, whose key is not in known_hosts (ssh_host_key_policy accept-new): ${jv.keyType} ${jv.fingerprint}; pin it with: ${jv.knownHostsLine}`);
    } else if (jv) debug(`${target.label}: through the jump host ${spec.jump!.label}, host key ${jv.keyType} ${jv.fingerprint} matches the pin`);
    return session;
  };
}

