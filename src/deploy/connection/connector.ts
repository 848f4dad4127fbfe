import { Reporter } from '../../reporter';
import { DeploySpec } from '../spec/deploy-spec';
import { HostConnection } from './host-connection';
import { HostTarget } from '../spec/host-list';
import { HostKeyVerdict } from './host-key';
import { pinsFor } from '../../ssh/known-hosts';
import { LocalConnection } from './local-connection';
import { ClientKey } from './private-key';
import { Gate } from './gate';

/** Seconds an SSH connection may take to be ready. */
export const CONNECT_TIMEOUT = 20;

/** New SSH handshakes pending at once: well under sshd's default MaxStartups 10 (10:30:100), which starts refusing at 10. */
export const HANDSHAKES_AT_ONCE = 4;

/**
 * Opens a connection to one host (tests hand in their own). close, when there, ends what the
 * connector shares between hosts (the jump connection); whoever made the connector calls it.
 */
export type Connector = ((target: HostTarget) => Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }>) & { close?(): Promise<void> };

/** The checked keys a connector logs in with: the hosts' key, and ssh_jump_key's when given. */
export interface ClientKeys {
  readonly key?: ClientKey;
  readonly jumpKey?: ClientKey;
}

/**
 * How hosts are reached: SSH with pinned keys (through one shared connection to the jump hosts,
 * handshakes paced), or the local engine for the host `local`, whose bash gets the runner's
 * environment `env` (DOCKER_HOST, HOME).
 */
export function connector(spec: DeploySpec, keys: ClientKey | ClientKeys | undefined, reporter: Reporter, env: NodeJS.ProcessEnv): Connector {
  const { key, jumpKey }: ClientKeys = keys && 'fingerprint' in keys ? { key: keys } : (keys ?? {});
  const debug = (m: string) => reporter.debug(m);
  const jumpLabel = spec.jumps.map((j) => j.label).join(',');
  let links: import('./ssh-connection').SshLinks | undefined;
  const connect: Connector = async (target: HostTarget): Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }> => {
    if (target.local) return { connection: new LocalConnection(debug, env) };
    if (!key) throw new Error('no SSH private key');
    if (!links) {
      // The SSH client is loaded by the first host that needs it: none for the host `local`.
      const { SshLinks } = await import('./ssh-connection');
      links ??= new SshLinks({
        key, jumpKey,
        jumps: spec.jumps.map((j) => ({ target: j, pins: pinsFor(spec.knownHosts, j.host, j.port) })),
        policy: spec.hostKeyPolicy,
        readyTimeoutSeconds: CONNECT_TIMEOUT,
        handshakes: new Gate(HANDSHAKES_AT_ONCE),
        debug,
        onHop: (hop, v) => {
          if (v.how === 'accept-new') {
            reporter.warn(`the jump host ${hop.label} (of ${jumpLabel}) has a key not in known_hosts (ssh_host_key_policy accept-new): ${v.keyType} ${v.fingerprint}; pin it with: ${v.knownHostsLine}`);
          } else debug(`logged in to the jump host ${hop.label}, host key ${v.keyType} ${v.fingerprint} matches the pin`);
        },
      });
    }
    return links.connect(target, pinsFor(spec.knownHosts, target.host, target.port));
  };
  connect.close = async () => {
    if (links && links.jumpLogins > 0) debug(`logins to the jump host ${spec.jumps[0]?.label}: ${links.jumpLogins}`);
    await links?.close();
  };
  return connect;
}
