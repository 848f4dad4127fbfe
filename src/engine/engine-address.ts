import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../errors';
import { parseKnownHosts, pinsFor, sha256Fingerprint } from '../ssh/known-hosts';

/**
 * Where the engine is, read from the environment the front end passed down (never the
 * process's own): DOCKER_HOST as the docker CLI reads it, TLS through DOCKER_TLS_VERIFY and
 * DOCKER_CERT_PATH, ssh:// through the SSH agent with the host key checked against
 * ~/.ssh/known_hosts, and Docker Desktop's per-user socket when the system one is absent.
 */

export type EngineEndpoint =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'tcp'; host: string; port: number; tls?: { ca?: Buffer; cert?: Buffer; key?: Buffer } }
  | { kind: 'ssh'; host: string; port: number; username?: string; agent: string; knownHostsFile: string };

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/** What the address reads from the machine (files), apart so that tests give their own. */
export interface AddressFiles {
  read(file: string): Buffer | undefined;
  exists(file: string): boolean;
}

const machineFiles: AddressFiles = {
  read(file) {
    try {
      return fs.readFileSync(file);
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') return undefined;
      throw new UserError(`cannot read ${file}: ${(err as Error).message}`);
    }
  },
  exists: (file) => fs.existsSync(file),
};

/** The engine's address as messages name it: DOCKER_HOST's value, or the socket used without it. */
export function engineAddress(env: NodeJS.ProcessEnv, files: AddressFiles = machineFiles): string {
  if (env.DOCKER_HOST) return env.DOCKER_HOST;
  const desktop = desktopSocket(env, files);
  return desktop ? `unix://${desktop}` : DEFAULT_DOCKER_HOST;
}

/** Docker Desktop's per-user socket (~/.docker/run/docker.sock), used when there is no system socket. */
function desktopSocket(env: NodeJS.ProcessEnv, files: AddressFiles): string | undefined {
  if (!env.HOME || files.exists('/var/run/docker.sock')) return undefined;
  const user = path.join(env.HOME, '.docker', 'run', 'docker.sock');
  return files.exists(user) ? user : undefined;
}

/**
 * DOCKER_HOST as the docker CLI reads it: unix://PATH, tcp://HOST:PORT (a bare HOST:PORT is
 * tcp), ssh://[USER@]HOST[:PORT]. TLS when DOCKER_TLS_VERIFY is set (or the port is 2376): the
 * server is verified against DOCKER_CERT_PATH/ca.pem (default ~/.docker) and cert.pem/key.pem
 * are presented, each when it exists. Other schemes (npipe://) are refused in one line.
 */
export function parseDockerHost(env: NodeJS.ProcessEnv, files: AddressFiles = machineFiles): EngineEndpoint {
  const value = engineAddress(env, files);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  const expected = 'expected unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST[:PORT]';
  if (scheme === 'unix') {
    const socketPath = value.slice('unix://'.length);
    if (!socketPath) throw new UserError(`DOCKER_HOST=${value} has no socket path; ${expected}`);
    return { kind: 'unix', socketPath };
  }
  if (scheme !== undefined && !['tcp', 'http', 'https', 'ssh'].includes(scheme)) {
    throw new UserError(`DOCKER_HOST=${value}: ${scheme}:// is not supported; ${expected} (TLS through DOCKER_TLS_VERIFY and DOCKER_CERT_PATH)`);
  }
  let url: URL;
  try {
    url = new URL(scheme ? value.replace(/^[^:]+:/, 'http:') : `http://${value}`);
  } catch {
    throw new UserError(`DOCKER_HOST=${value} is not an address; ${expected}`);
  }
  if (!url.hostname) throw new UserError(`DOCKER_HOST=${value} has no host; ${expected}`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (scheme === 'ssh') return sshEndpoint(value, url, host, env, expected);
  if (url.username || url.password) throw new UserError(`DOCKER_HOST=${value} carries a user name; ${expected}`);
  const useTls = Boolean(env.DOCKER_TLS_VERIFY) || scheme === 'https' || url.port === '2376';
  const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
  if (!useTls) return { kind: 'tcp', host, port };
  const home = env.HOME;
  if (!env.DOCKER_CERT_PATH && !home) throw new UserError(`DOCKER_HOST=${value} uses TLS but neither DOCKER_CERT_PATH nor HOME is set; expected DOCKER_CERT_PATH, the folder of ca.pem, cert.pem and key.pem`);
  const dir = env.DOCKER_CERT_PATH || path.join(home as string, '.docker');
  const tls = { ca: files.read(path.join(dir, 'ca.pem')), cert: files.read(path.join(dir, 'cert.pem')), key: files.read(path.join(dir, 'key.pem')) };
  return { kind: 'tcp', host, port, tls };
}

function sshEndpoint(value: string, url: URL, host: string, env: NodeJS.ProcessEnv, expected: string): EngineEndpoint {
  if (url.password) throw new UserError(`DOCKER_HOST=${value} carries a password; ${expected} (the key comes from the SSH agent)`);
  if (url.pathname && url.pathname !== '/') throw new UserError(`DOCKER_HOST=${value} has a path; ${expected}`);
  if (!env.SSH_AUTH_SOCK) throw new UserError(`DOCKER_HOST=${value}: no SSH agent (SSH_AUTH_SOCK is not set); expected an agent holding the key for ${host} (eval $(ssh-agent) && ssh-add KEY)`);
  if (!env.HOME) throw new UserError(`DOCKER_HOST=${value}: HOME is not set, so there is no ~/.ssh/known_hosts to check ${host}'s key against`);
  return {
    kind: 'ssh',
    host,
    port: url.port ? Number(url.port) : 22,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    agent: env.SSH_AUTH_SOCK,
    knownHostsFile: path.join(env.HOME, '.ssh', 'known_hosts'),
  };
}

/**
 * Whether `key` (the blob the host presented) is pinned for host:port in the known_hosts text:
 * a line for the host with this key or its fingerprint, and no @revoked line for it.
 */
export function hostKeyKnown(knownHosts: string, host: string, port: number, key: Buffer): boolean {
  const pins = pinsFor(parseKnownHosts(knownHosts), host, port);
  const fingerprint = sha256Fingerprint(key);
  const same = (e: { key?: Buffer; fingerprint: string }) => (e.key ? e.key.equals(key) : e.fingerprint === fingerprint);
  if (pins.revoked.some(same)) return false;
  return pins.trusted.some(same);
}

/** The known_hosts file's text ('' when it does not exist), its errors naming the file. */
export function readKnownHosts(file: string, value: string, files: AddressFiles = machineFiles): string {
  const text = files.read(file)?.toString('utf8') ?? '';
  try {
    parseKnownHosts(text);
  } catch (err) {
    throw new UserError(`DOCKER_HOST=${value}: ${file}: ${(err as Error).message.replace(/^input 'known_hosts': /, '')}`);
  }
  return text;
}
