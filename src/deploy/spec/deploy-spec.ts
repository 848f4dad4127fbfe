import { INPUTS, Inputs } from '../../schema';
import { inputError } from '../../errors';
import { checkKeyValueLines, parseKeyValues, splitList } from '../../inputs';
import { secretWord } from '../../secret-values';
export type { ContainerSpec } from '../targets/container/container-spec';
import { ContainerSpec } from '../targets/container/container-spec';
import { ImageRef, defaultContainerName, parseImageRef } from '../../image-ref';
import { HostTarget, parseHosts, parseJumpChain } from './host-list';
import { KnownHosts, parseKnownHosts } from '../../ssh/known-hosts';
import { HostKeyPolicy } from '../connection/host-key';
import { BinarySpec, BinarySpecMode, binarySpec } from '../targets/binary/binary-spec';
import { DeployTarget, refuseForeignInputs } from './target-inputs';
import { SwarmSpec, swarmSpec } from '../targets/swarm/swarm-spec';

export type { DeployTarget } from './target-inputs';
import { toleratedFailures } from '../rollout/rollout-plan';
import { splitArgs } from './shell-words';
import { VerifyPolicy, verifyPolicy, verifyWanted } from '../../supply-chain/verify-policy';
import { MAX_ITEM_LENGTH } from '../../inputs';
import { PROXY_NAMES, checkServiceName, inStateFolder, reservedNameProblem } from '../../reserved-names';
import { OciImage, isOciReference, readOciImage } from './oci-image';
import { containerOptions } from '../targets/container/container-options';
import { RegistryLogins } from '../../registry/registry-auth';

/** Proxy mode: a Caddy container on each host owns the published port and switches between app containers. */
export interface ProxySpec {
  readonly port: number;
  readonly appPort: number;
  readonly image: string;
  /** Host names routed to the service; empty routes every name on the port. */
  readonly hosts: readonly string[];
  readonly healthPath: string;
  readonly drainTimeout: number;
  /** HTTPS on the port: off, ACME certificates, or Caddy's internal CA. */
  readonly tls: 'off' | 'acme' | 'internal';
}

/** How a new version is judged healthy: health_cmd, health_url, within health_timeout seconds. */
export interface HealthSpec {
  readonly cmd: string;
  readonly url: string;
  readonly timeout: number;
}

/** What every deploy target shares: hosts and how they are reached, batching, the lock, the service and its health gate. */
interface CommonSpec {
  readonly hosts: readonly HostTarget[];
  /** The service's name on the hosts: the container (or swarm service), or the binary target's program. */
  readonly service: string;
  readonly health: HealthSpec;
  /** Every variable the service gets: env_file, env (wins), secret_env. */
  readonly env: ReadonlyArray<readonly [string, string]>;
  /** Redeploy hosts that already run the target with the same settings. */
  readonly force: boolean;
  /** rollback: a digest, tag or revision among the versions each host keeps; empty is the previous one. */
  readonly rollbackTo: string;
  /** pre_switch_cmd split into arguments; empty runs nothing. */
  readonly preSwitch: readonly string[];
  readonly knownHosts: KnownHosts;
  /** ssh_jump_host: the bastion (or chain of them, in order) every SSH host is reached through; empty for none. */
  readonly jumps: readonly HostTarget[];
  /** ssh_max_connections: the most hosts worked on at once, whatever the batch size. */
  readonly maxConnections: number;
  readonly hostKeyPolicy: HostKeyPolicy;
  /** ssh_private_key and ssh_passphrase as given (parsed when an SSH host is reached). */
  readonly sshKey: { readonly text: string; readonly passphrase: string; readonly certificate: string };
  /** ssh_jump_key (with ssh_passphrase and ssh_jump_certificate) for the jump hosts; absent, they take sshKey. */
  readonly jumpKey?: { readonly text: string; readonly passphrase: string; readonly certificate: string };
  readonly batchSize: string;
  /** Failed hosts tolerated (max_failures, a percentage already applied to the fleet). */
  readonly maxFailures: number;
  /** max_failures as given, for messages. */
  readonly maxFailuresText: string;
  /** Seconds between batches. */
  readonly batchWait: number;
  readonly rollback: boolean;
  readonly lockTimeout: number;
  readonly registry?: { readonly username: string; readonly password: string };
  /** registry_insecure: plain HTTP to the registry is allowed. */
  readonly registryInsecure: boolean;
  readonly verify: VerifyPolicy;
  /** post_deploy_cmd, run on the runner after the rollout; '' runs nothing. */
  readonly postDeployCmd: string;
  /** Values to mask: secret_env's, and env values whose key looks like a secret's. */
  readonly secrets: readonly string[];
  /** Things worth saying that do not stop the rollout. */
  readonly warnings: readonly string[];
}

export interface ContainerDeploySpec extends CommonSpec {
  readonly target: 'container';
  readonly container: ContainerSpec;
  /** Set in proxy mode (proxy_port). */
  readonly proxy?: ProxySpec;
}

export interface BinaryDeploySpec extends CommonSpec {
  readonly target: 'binary';
  /** The binary target's releases, layout and process manager. */
  readonly binary: BinarySpec;
}

export interface SwarmDeploySpec extends CommonSpec {
  readonly target: 'swarm';
  readonly container: ContainerSpec;
  /** The swarm target's service settings. */
  readonly swarm: SwarmSpec;
}

/** Everything a rollout needs, parsed and validated before any host is contacted: one shape per deploy_target. */
export type DeploySpec = ContainerDeploySpec | BinaryDeploySpec | SwarmDeploySpec;

/** The spec of an image target (container or swarm). */
export type ImageDeploySpec = ContainerDeploySpec | SwarmDeploySpec;

const PORT = '([1-9][0-9]{0,4})';
const PORT_RE = new RegExp(`^(?:((?:\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-fA-F:]+\\]):)?${PORT}:${PORT}(?:/(tcp|udp|sctp))?$`);

export function parsePort(entry: string): string {
  const m = PORT_RE.exec(entry);
  if (!m || Number(m[2]) > 65535 || Number(m[3]) > 65535) {
    throw inputError('ports', `'${entry}' is not a port mapping`, '[ip:]host_port:container_port[/tcp|udp], ports 1-65535');
  }
  return entry;
}

/**
 * Parses ports and refuses a host port published twice (same protocol, and the same address or
 * every address): docker would fail only on the host, after the live container was stopped.
 */
export function parsePorts(entries: readonly string[]): string[] {
  const seen: Array<{ entry: string; ip: string; port: string; proto: string }> = [];
  for (const entry of entries.map(parsePort)) {
    const m = PORT_RE.exec(entry) as RegExpExecArray;
    const p = { entry, ip: m[1] ?? '', port: m[2], proto: m[4] ?? 'tcp' };
    const clash = seen.find((o) => o.port === p.port && o.proto === p.proto && (o.ip === p.ip || o.ip === '' || p.ip === ''));
    if (clash) {
      throw inputError('ports', `'${clash.entry}' and '${entry}' both publish the host port ${p.port}/${p.proto}`, 'each host port (and protocol) published once');
    }
    seen.push(p);
  }
  return seen.map((p) => p.entry);
}

// Docker's own rule for names of volumes and networks.
const DOCKER_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function parseVolume(entry: string): string {
  const parts = entry.split(':');
  const ok = parts.length >= 2 && parts.length <= 3 && (parts[0].startsWith('/') || DOCKER_NAME_RE.test(parts[0])) && parts[1].startsWith('/') &&
    (parts.length === 2 || /^[a-z,]+$/.test(parts[2])) && !/\s/.test(entry);
  if (!ok) throw inputError('volumes', `'${entry}' is not a volume`, 'source:/container/path[:options], the source a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*) or an absolute host path');
  if (parts[0] === PROXY_NAMES.configVolume || parts[0] === PROXY_NAMES.dataVolume) {
    throw inputError('volumes', `'${entry}' mounts ${parts[0]}, the volume of gantry's proxy`, 'a volume or host path of your own');
  }
  if (parts[0].startsWith('/') && inStateFolder(parts[0])) {
    throw inputError('volumes', `'${entry}' mounts a path in ~/.gantry, gantry's own state folder on the host (locks, records, routes)`, 'a volume or host path outside ~/.gantry');
  }
  return entry;
}

/** The container's network: empty (the engine's default), host, none, a network's name or container:NAME. */
export function parseNetwork(text: string): string {
  const value = text.trim();
  const name = value.startsWith('container:') ? value.slice('container:'.length) : value;
  if (value !== '' && !DOCKER_NAME_RE.test(name)) {
    throw inputError('network', `'${value}' is not a network`, 'host, none, a network name ([a-zA-Z0-9][a-zA-Z0-9_.-]*) or container:NAME');
  }
  if (value === PROXY_NAMES.network) throw inputError('network', `'${value}' is the network of gantry's proxy (proxy mode puts containers on it itself)`, 'a network of your own, or proxy_port');
  if (value.startsWith('container:')) {
    const problem = reservedNameProblem(name);
    if (problem) throw inputError('network', `'${value}' names a container of gantry's: '${name}' ${problem}`, 'container:NAME of a container of your own');
  }
  return value;
}

export interface ContainerEnv {
  /** Every variable the container gets, in one 0600 file: env_file, env (wins), secret_env. */
  readonly env: Array<[string, string]>;
  /** The values to mask: secret_env's and those of keys that look like a secret's. */
  readonly secrets: string[];
  readonly warnings: string[];
}

/** An env_file's text as the host's docker reads it: no NUL byte, no line over MAX_ITEM_LENGTH. */
export function checkEnvFileText(text: string): void {
  text.split(/\r?\n/).forEach((line, i) => {
    const nul = line.indexOf('\0');
    if (nul >= 0) throw inputError('env_file', `line ${i + 1} holds a NUL byte (at character ${nul + 1})`, 'a text file of KEY=VALUE lines');
    if (line.length > MAX_ITEM_LENGTH) {
      const eq = line.indexOf('=');
      throw inputError('env_file', `line ${i + 1}${eq > 0 ? ` (${line.slice(0, Math.min(eq, 64))})` : ''} is ${line.length} characters long, more than the ${MAX_ITEM_LENGTH} a line takes`,
        `values of at most ${MAX_ITEM_LENGTH} characters (a larger value belongs in a file mounted with volumes)`);
    }
  });
}

/** The pairs of one source, refusing a key given twice in it (the last would silently win). */
function uniqueKeys(name: string, pairs: Array<[string, string]>): Array<[string, string]> {
  const seen = new Set<string>();
  for (const [k] of pairs) {
    if (seen.has(k)) throw inputError(name, `the key '${k}' is given twice`, 'each key once (env overrides env_file on purpose; within one of them a repeated key is a mistake)');
    seen.add(k);
  }
  return pairs;
}

/**
 * Reads env_file then env lines (env wins on the same key), then secret_env, whose keys may not
 * repeat env's (which value would win is not obvious); values must fit on one line, and no key
 * may repeat within one of them.
 */
export function parseEnv(envLines: readonly string[], envFileText: string | undefined, secretLines: readonly string[] = []): ContainerEnv {
  if (envFileText !== undefined) {
    checkEnvFileText(envFileText);
    checkKeyValueLines('env_file', envFileText);
  }
  const fromFile = envFileText === undefined ? [] : uniqueKeys('env_file', parseKeyValues('env_file', splitList(envFileText, true)));
  const plain = new Map<string, string>();
  for (const [k, v] of [...fromFile, ...uniqueKeys('env', parseKeyValues('env', [...envLines]))]) plain.set(k, v);
  const secret = new Map<string, string>(uniqueKeys('secret_env', parseKeyValues('secret_env', [...secretLines], true)));
  const secrets = [...secret.values()];
  const warnings: string[] = [];
  for (const [k, v] of plain) {
    if (secret.has(k)) throw inputError('secret_env', `the key '${k}' is also in env`, 'each variable in env or in secret_env, not both');
    const word = secretWord(k);
    if (!word) continue;
    secrets.push(v);
    warnings.push(`env: ${k} looks like a secret (${word}): its value is masked, but it belongs in secret_env`);
  }
  return { env: [...plain.entries(), ...secret.entries()], secrets: secrets.filter((s) => s.length > 0), warnings };
}

export interface SpecSources {
  /** The build's image_ref, when deploy follows a build in the same run. */
  readonly builtImageRef?: string;
  /** Contents of env_file, read by the caller. */
  readonly envFileText?: string;
  /** The binary target: binaries_dir/SHA256SUMS as read by the caller ('' when missing). */
  readonly binarySums?: string;
  /** The binary target: the commit the binaries were built from. */
  readonly commit?: { readonly sha: string; readonly commitTime: number };
  /** The folder an oci:DIR is relative to (the process's working folder when absent). */
  readonly cwd?: string;
}

function rolloutImage(inputs: Inputs, sources: SpecSources, mode: 'deploy' | 'rollback'): (ImageRef & { oci?: OciImage }) | undefined {
  const imageText = inputs.deploy_image.trim() || sources.builtImageRef || '';
  if (imageText) {
    const input = inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref';
    if (isOciReference(imageText)) {
      const oci = readOciImage(imageText, input, sources.cwd);
      return { registry: '', repository: oci.repository, tag: oci.tag || undefined, digest: oci.digest, oci };
    }
    const image = parseImageRef(imageText, input);
    return image;
  }
  if (mode === 'deploy') {
    throw inputError('deploy_image', 'is empty and no image was built in this run', 'an image reference such as registry:5000/team/api@sha256:...');
  }
  if (inputs.image.trim()) return parseImageRef(inputs.image.trim().split(/[\s,]+/)[0], 'image');
  if (!inputs.container_name) throw inputError('container_name', 'is empty and no image is named to derive it from', 'the container name on the hosts, or deploy_image');
  return undefined;
}

const DNS_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

function portNumber(name: string, text: string): number {
  const n = Number(text);
  if (!/^[0-9]+$/.test(text) || n < 1 || n > 65535) throw inputError(name, `'${text}' is not a port`, 'a port 1-65535');
  return n;
}

/** health_url, refusing a port no server can listen on (docker's curl would fail only on the host). */
export function parseHealthUrl(text: string): string {
  const url = text.trim();
  if (!url) return '';
  const m = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::([^/?#]*))?/.exec(url);
  if (!m || !m[1]) throw inputError('health_url', `'${url}' has no host`, 'an http(s) URL such as http://127.0.0.1:8080/healthz');
  const port = m[2];
  if (port !== undefined && (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    throw inputError('health_url', `'${url}' has the port '${port}', not a number from 1 to 65535`, 'an http(s) URL such as http://127.0.0.1:8080/healthz');
  }
  return url;
}

/** proxy_port and its companions; undefined without proxy_port (and then its companions must be unset). */
export function proxySpec(inputs: Inputs): ProxySpec | undefined {
  const appPort = portNumber('app_port', String(inputs.app_port));
  const text = inputs.proxy_port.trim();
  if (!text) {
    if (inputs.proxy_host.length > 0) throw inputError('proxy_host', 'is set without proxy_port', 'proxy_port (the port the proxy publishes), or no proxy_host');
    if (inputs.proxy_tls !== 'false') throw inputError('proxy_tls', 'is set without proxy_port', 'proxy_port (443 for HTTPS) and proxy_host');
    if (inputs.health_path.trim()) throw inputError('health_path', 'is set without proxy_port', 'proxy_port (health_path is probed on the container before the proxy switches), or health_url');
    for (const name of ['app_port', 'drain_timeout', 'proxy_image'] as const) {
      if (String(inputs[name]).trim() !== INPUTS[name].default) {
        throw inputError(name, `is set (${String(inputs[name]).trim()}) without proxy_port, and means something only in proxy mode`, `proxy_port, or no ${name}`);
      }
    }
    return undefined;
  }
  const port = portNumber('proxy_port', text);
  if (inputs.ports.length > 0) {
    throw inputError('ports', `'${inputs.ports.join(',')}' cannot be published in proxy mode (proxy_port ${port} owns the host's port)`, 'no ports: the proxy reaches the container on app_port');
  }
  if (inputs.network.trim()) throw inputError('network', `'${inputs.network.trim()}' cannot be used in proxy mode`, "no network: containers join gantry's own network, where the proxy reaches them");
  if (inputs.health_url.trim()) {
    throw inputError('health_url', 'cannot reach the application in proxy mode (it publishes no port)', "health_path, probed on the new container's own address and app_port");
  }
  const hosts = inputs.proxy_host.map((h) => h.toLowerCase());
  for (const h of hosts) {
    if (h.length > 253 || !DNS_NAME.test(h)) throw inputError('proxy_host', `'${h}' is not a DNS name`, 'DNS names such as api.example.com');
  }
  if (inputs.proxy_tls !== 'false' && hosts.length === 0) {
    throw inputError('proxy_tls', 'needs proxy_host: certificates are issued for host names', 'the DNS names of the service in proxy_host');
  }
  return {
    port, appPort, image: inputs.proxy_image.trim(), hosts: [...new Set(hosts)],
    healthPath: inputs.health_path.trim(), drainTimeout: inputs.drain_timeout,
    tls: inputs.proxy_tls === 'true' ? 'acme' : inputs.proxy_tls === 'internal' ? 'internal' : 'off',
  };
}

/**
 * The credentials the hosts pull the deployed image with: registry_auth_config's entry for its
 * registry, else registry_username/registry_password; undefined for an anonymous pull.
 */
function deployCredentials(inputs: Inputs, registry: string): { username: string; password: string } | undefined {
  const logins = RegistryLogins.of(inputs, registry ? [registry] : []);
  if (registry) return logins.maybe(registry);
  return inputs.registry_username ? { username: inputs.registry_username, password: inputs.registry_password } : undefined;
}

/**
 * Turns inputs into a deploy (or rollback) spec, refusing bad input with one message naming it.
 * 'read' is a day-two command that changes nothing; 'precheck' is a binary deploy checked before
 * the build that makes its binaries (see BinarySpecMode). Pure.
 */
export function deploySpec(inputs: Inputs, sources: SpecSources = {}, mode: BinarySpecMode = 'deploy'): DeploySpec {
  const warnings: string[] = [];
  const target = inputs.deploy_target as DeployTarget;
  refuseForeignInputs(inputs, target);
  const hosts = parseHosts(inputs.hosts, inputs.ssh_user);
  const binary = target === 'binary' ? binarySpec(inputs, sources, mode) : undefined;
  const image = binary ? undefined : rolloutImage(inputs, sources, mode === 'deploy' || mode === 'precheck' ? 'deploy' : 'rollback');
  const name = binary ? binary.name : inputs.container_name || (image ? defaultContainerName(image) : '');
  const ports = parsePorts(inputs.ports);
  if (binary) {
    // binarySpec checked its name
  } else if (inputs.container_name) checkServiceName('container_name', name);
  else if (name && reservedNameProblem(name)) {
    throw inputError('container_name', `is empty, and the name taken from the image, '${name}', ${reservedNameProblem(name)}`, 'a container_name of your own');
  }
  const proxy = proxySpec(inputs);
  if (ports.length > 0 && inputs.network === 'host') warnings.push('ports are ignored by docker with network host: the service listens on the host directly');
  const sshHosts = hosts.filter((h) => !h.local);
  const policy = inputs.ssh_host_key_policy as HostKeyPolicy;
  const knownHosts = parseKnownHosts(inputs.known_hosts);
  const jumps = parseJumpChain(inputs.ssh_jump_host, inputs.ssh_user);
  if (jumps.length > 0 && sshHosts.length === 0) throw inputError('ssh_jump_host', 'is set but every host is local', 'empty, or hosts reached over SSH');
  if (inputs.ssh_jump_key.trim() && jumps.length === 0) throw inputError('ssh_jump_key', 'is set but ssh_jump_host is empty', 'empty, or a key for the jump hosts of ssh_jump_host');
  if (inputs.ssh_jump_certificate.trim() && !inputs.ssh_jump_key.trim()) {
    throw inputError('ssh_jump_certificate', 'is set but ssh_jump_key is empty', "empty, or the certificate of ssh_jump_key (without ssh_jump_key the jump hosts take ssh_private_key with ssh_certificate)");
  }
  if (sshHosts.length > 0 && knownHosts.entries.length === 0 && knownHosts.authorities.length === 0 && policy !== 'accept-new') {
    throw inputError('known_hosts', inputs.known_hosts.trim() ? 'holds no host key' : 'is empty',
      "the hosts' pinned keys (ssh-keyscan output checked out of band, or the hosts' /etc/ssh/ssh_host_*_key.pub as known_hosts lines) or @cert-authority lines for their host certificates; ssh_host_key_policy accept-new trusts unknown hosts instead");
  }
  if (inputs.registry_password && !inputs.registry_username) {
    throw inputError('registry_username', 'is empty but registry_password is set', 'the registry user the password belongs to');
  }
  const env = parseEnv(inputs.env, sources.envFileText, inputs.secret_env);
  if (/%$/.test(inputs.batch_size) && Number(inputs.batch_size.slice(0, -1)) > 100) {
    throw inputError('batch_size', `'${inputs.batch_size}' is more than 100%`, 'a count such as 2 or a percentage up to 100%');
  }
  const common: CommonSpec = {
    hosts,
    service: name,
    health: { cmd: inputs.health_cmd.trim(), url: parseHealthUrl(inputs.health_url), timeout: inputs.health_timeout },
    env: env.env,
    force: inputs.force,
    rollbackTo: inputs.rollback_to.trim(),
    preSwitch: splitArgs('pre_switch_cmd', inputs.pre_switch_cmd),
    knownHosts,
    jumps,
    maxConnections: inputs.ssh_max_connections,
    hostKeyPolicy: policy,
    sshKey: { text: inputs.ssh_private_key, passphrase: inputs.ssh_passphrase, certificate: inputs.ssh_certificate },
    jumpKey: inputs.ssh_jump_key.trim() ? { text: inputs.ssh_jump_key, passphrase: inputs.ssh_passphrase, certificate: inputs.ssh_jump_certificate } : undefined,
    batchSize: inputs.batch_size,
    maxFailures: toleratedFailures(inputs.max_failures, hosts.length),
    maxFailuresText: inputs.max_failures.trim(),
    batchWait: inputs.batch_wait,
    rollback: inputs.rollback,
    lockTimeout: inputs.lock_timeout,
    registry: deployCredentials(inputs, image?.oci ? '' : image?.registry ?? ''),
    registryInsecure: inputs.registry_insecure,
    verify: verifyPolicy(inputs),
    postDeployCmd: inputs.post_deploy_cmd,
    secrets: env.secrets,
    warnings: [...warnings, ...env.warnings, ...knownHosts.warnings],
  };
  if (binary) return { ...common, target: 'binary', binary };
  const oci = image?.oci;
  if (oci && target === 'swarm') {
    throw inputError('deploy_image', `names an OCI layout (oci:${oci.dir}), which the swarm target cannot deploy: every node pulls the image for itself from a registry`, 'an image reference in a registry every node reaches, or deploy_target container');
  }
  if (oci && verifyWanted(common.verify)) {
    throw inputError(common.verify.identity ? 'verify_identity' : 'verify_key', `cannot check an image read from an OCI layout (oci:${oci.dir}): signatures are read from a registry`, 'no verify_key, verify_identity, verify_source or require_provenance with oci:, or an image reference in a registry');
  }
  const container: ContainerSpec = {
    image: oci ? { registry: image!.registry, repository: image!.repository, tag: image!.tag, digest: image!.digest } : image,
    oci,
    ports,
    volumes: inputs.volumes.map(parseVolume),
    network: parseNetwork(inputs.network),
    restart: inputs.restart,
    keepImages: inputs.keep_images,
    options: containerOptions(inputs),
  };
  if (target === 'swarm') return { ...common, target, container, swarm: swarmSpec(inputs, container, env.env, hosts.length) };
  return { ...common, target: 'container', container, proxy };
}
