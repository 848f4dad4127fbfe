/**
 * The shell scripts gantry runs on a host, rendered from plain data (pure: no I/O).
 *
 * The shell itself lives in src/deploy/steps/*.sh (lib.sh and one file a step, read by
 * shellcheck; carried into every build by the generated steps/step-scripts.ts). A step's script
 * is a preamble rendered here, then lib.sh, then the step's file, inside one function that bash
 * reads whole before running it. Values reach the shell only as assignments quoted by shq in the
 * preamble (arrays for lists), the exit codes as E_* variables from STEP_EXIT: nothing a user
 * types is ever part of the shell's code.
 *
 * Every script is fed to `bash -s` on stdin, never in argv. Secrets (registry password, env file)
 * follow the script on the same stdin as base64 lines: the script's first statement reads them,
 * then closes stdin. bash reads a script from a pipe byte by byte, so it never swallows them.
 *
 * Containers: <name> runs; <name>-gantry-new is staged; <name>-gantry-old is the one replaced
 * while the new one proves healthy; <name>-gantry-prev is the previous version, stopped, kept for
 * rollback; <name>-gantry-drop is transient. State on the host: see steps/lib.sh.
 */
import { shq, oneLine } from '../../shell-quote';
import { STEP_SCRIPTS } from './step-scripts';

export interface RemoteStep {
  /** The phase, for messages: "preflight", "lock", "pull"... */
  readonly name: string;
  readonly script: string;
  /** Base64 lines read by the script; never logged. */
  readonly secretInput: string;
}

/** Exit codes the scripts use, so callers can tell conditions apart. */
export const STEP_EXIT = {
  dockerMissing: 20,
  dockerNotOnPath: 21,
  dockerDenied: 22,
  dockerDown: 23,
  toolMissing: 24,
  stateDir: 25,
  /** The binary target: the SSH user cannot write binary_root. */
  rootNotWritable: 26,
  /** deploy_target swarm: the node named in hosts is in a swarm but not a manager. */
  notManager: 27,
  /** deploy_target swarm: the node named in hosts is not in a swarm. */
  notInSwarm: 28,
  /** deploy_target swarm: a plain container of the service's name runs on the manager. */
  plainContainer: 29,
  lockHeld: 75,
  lockLost: 76,
  registryLogin: 31,
  pull: 32,
  /** The binary target: the uploaded file's SHA-256 is not the build's. */
  checksum: 33,
  create: 40,
  nothingToSwitch: 41,
  stop: 42,
  rename: 43,
  start: 44,
  /** A host-side value checked before the switch (network, a volume's source, a port) is wrong. */
  hostSetting: 45,
  /** The binary target: restart_cmd failed. */
  restart: 47,
  /** The binary target: logs_cmd failed (the logs command). */
  logsCmd: 48,
  /** rollback_to names no version this host keeps. */
  unknownVersion: 46,
  preSwitch: 51,
  /** Another deploy holds the host-wide proxy lock for too long. */
  proxyLocked: 61,
  /** A service's route clashes with another's on the same proxy port. */
  routeClash: 62,
  proxyStart: 63,
  proxyLoad: 64,
  /** maintenance/live: the proxy has no route of the service on proxy_port (with its proxy_host names). */
  notRouted: 65,
  unhealthy: 50,
} as const;

/** The shell variable a STEP_EXIT code is known by in the scripts: lockHeld is E_LOCK_HELD. */
export function stepExitVariable(key: keyof typeof STEP_EXIT): string {
  return `E_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

export interface LockOwner {
  /** Random per run and host: who may refresh and release the lock. */
  readonly token: string;
  /** Who deploys (CI job or user). */
  readonly by: string;
  /** The machine gantry runs on, and its process: to recognise a dead run of our own. */
  readonly runner: string;
  readonly pid: number;
}

export interface CreateOptions {
  readonly ref: string;
  readonly digest: string;
  readonly ports: readonly string[];
  readonly env: ReadonlyArray<readonly [string, string]>;
  readonly volumes: readonly string[];
  readonly network: string;
  readonly restart: string;
  readonly deployedAt: string;
  readonly deployedBy: string;
  /** Proxy mode: the container joins the gantry network under this alias, which the proxy's route dials. */
  readonly alias?: string;
  /** Salted hash of the settings (see unchangedStep), kept as a label to recognise an unchanged host. */
  readonly configHash?: string;
}

export interface HealthOptions {
  readonly cmd: string;
  readonly url: string;
  readonly timeoutSeconds: number;
  /** Which container: the one under the name (default), the staged new one, or the previous version. */
  readonly target?: 'name' | 'new' | 'prev';
  /** Proxy mode: an HTTP path probed on the container's own address on the gantry network. */
  readonly probe?: { readonly port: number; readonly path: string };
}

/** The docker network of proxy mode: the proxy and the application containers, no published ports but the proxy's. */
export const PROXY_NETWORK = 'gantry';

export interface FinalizeOptions {
  /** Repository whose images are pruned beyond keepImages; empty skips pruning. */
  readonly repository: string;
  readonly keepImages: number;
  readonly audit: AuditEntry;
}

export interface AuditEntry {
  readonly action: 'deploy' | 'rollback';
  readonly by: string;
  readonly from: string;
  readonly to: string;
}

/** Lines a step printed as key=value on stdout; repeated keys (log=) are kept in order. */
export interface StepOutput {
  readonly values: Readonly<Record<string, string>>;
  readonly all: ReadonlyArray<readonly [string, string]>;
}

export function parseStepOutput(stdout: string): StepOutput {
  const values: Record<string, string> = {};
  const all: Array<[string, string]> = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^([a-z_]+)=(.*)$/.exec(line);
    if (!m) continue;
    values[m[1]] = m[2];
    all.push([m[1], m[2]]);
  }
  return { values, all };
}

export function listValues(out: StepOutput, key: string): string[] {
  return out.all.filter(([k]) => k === key).map(([, v]) => v);
}

/** Names of the containers and files gantry uses for one service. */
export function serviceNames(name: string) {
  return { name, new: `${name}-gantry-new`, old: `${name}-gantry-old`, prev: `${name}-gantry-prev`, drop: `${name}-gantry-drop` };
}

function base64Line(value: string): string {
  return `${Buffer.from(value, 'utf8').toString('base64')}\n`;
}

/** A step's values: strings and numbers become shell variables, lists become bash arrays. */
export type StepValues = Readonly<Record<string, string | number | readonly string[]>>;

/** NAME=value, quoted by shq: the value is data to bash, whatever it holds. */
function assignment(name: string, value: string | number | readonly string[]): string {
  if (typeof value === 'object') return `${name}=(${value.map((v) => shq(v)).join(' ')})`;
  return `${name}=${shq(String(value))}`;
}

function scriptText(file: string): string {
  const text = STEP_SCRIPTS[file];
  if (text === undefined) throw new Error(`no step script ${file}.sh in src/deploy/steps`);
  return text.trim();
}

function render(name: string, service: string, values: StepValues, opts: { secrets?: number; by?: string; libs?: readonly string[] }): string {
  const n = serviceNames(service);
  const reads = Array.from({ length: opts.secrets ?? 0 }, (_, i) => `IFS= read -r SECRET${i} || SECRET${i}=`);
  const codes = (Object.keys(STEP_EXIT) as Array<keyof typeof STEP_EXIT>).map((k) => assignment(stepExitVariable(k), STEP_EXIT[k]));
  return [
    `# gantry step: ${name}`,
    'gantry_step() {',
    ...reads,
    'exec </dev/null',
    'set -u',
    'export LC_ALL=C',
    // A dropped connection must not stop a step halfway: it runs to its end (and its cleanup).
    "trap '' HUP PIPE",
    'umask 077',
    codes.join(' '),
    ['NAME', 'NEW', 'OLD', 'PREV', 'DROP'].map((k) => assignment(k, n[k.toLowerCase() as keyof typeof n])).join(' '),
    assignment('BY', oneLine(opts.by ?? '')),
    ...Object.entries(values).map(([k, v]) => assignment(k, v)),
    ...(opts.libs ?? ['lib']).map(scriptText),
    scriptText(name),
    '}',
    'gantry_step; exit $?',
    '',
  ].join('\n');
}

/** The step `name`, from steps/<name>.sh after lib.sh (and opts.libs, which replace lib.sh's place: list it first). */
export function step(name: string, service: string, values: StepValues, opts: { secrets?: string[]; by?: string; libs?: readonly string[] } = {}): RemoteStep {
  const secrets = opts.secrets ?? [];
  return {
    name,
    script: render(name, service, values, { secrets: secrets.length, by: opts.by, libs: opts.libs }),
    secretInput: secrets.map(base64Line).join(''),
  };
}

/** Docker works for this user, the tools the steps need exist, the state directory is writable. */
export function preflightStep(service: string, needsHttpClient: boolean): RemoteStep {
  return step('preflight', service, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}

/**
 * One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of
 * its holder still runs and either its heartbeat is older than staleSeconds, or its token is
 * breakToken (a run of our own that is known dead). Exit lockHeld with holder_* lines when held.
 */
export function lockStep(service: string, owner: LockOwner, staleSeconds: number, breakToken = ''): RemoteStep {
  return step('lock', service, {
    TOKEN: owner.token, RUNNER: oneLine(owner.runner), OWNER_PID: Math.floor(owner.pid), STALE: Math.floor(staleSeconds), BREAK: breakToken,
  }, { by: owner.by });
}

/** Refreshes the lock's heartbeat; exit lockLost when the lock is no longer ours. */
export function heartbeatStep(service: string, token: string): RemoteStep {
  return step('heartbeat', service, { TOKEN: token });
}

export function releaseStep(service: string, token: string): RemoteStep {
  return step('lock-release', service, { TOKEN: token });
}

/**
 * Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
 * unfinished, removes staged and transient containers and every scratch dir (which may hold a
 * registry login or an env file) left by a killed step.
 */
export function convergeStep(service: string, by: string): RemoteStep {
  return step('converge', service, {}, { by });
}

/** Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls. */
export function pullStep(service: string, ref: string, repository: string,
  registry?: { server: string; username: string; password: string }, alsoImages: readonly string[] = []): RemoteStep {
  return step('pull', service, {
    ALSO_IMAGES: alsoImages,
    REF: ref,
    REPO: repository,
    LOGIN: registry ? 1 : 0,
    REGISTRY_SERVER: registry?.server ?? '',
    REGISTRY_USER: registry?.username ?? '',
    LOGIN_SERVER: registry && registry.server !== 'docker.io' ? registry.server : '',
  }, { secrets: registry ? [registry.password] : [] });
}

/** The docker create flags for a container spec (labels and env file added by the step), one argument each. */
export function createFlags(o: CreateOptions): string[] {
  const flags: string[] = [`--restart=${o.restart}`];
  if (o.alias) flags.push(`--network=${PROXY_NETWORK}`, `--network-alias=${o.alias}`);
  else if (o.network) flags.push(`--network=${o.network}`);
  for (const p of o.ports) flags.push(`--publish=${p}`);
  for (const v of o.volumes) flags.push(`--volume=${v}`);
  return flags;
}

/**
 * Checks the network, the volumes' sources and the published ports on the host, then stages the
 * new container as <name>-gantry-new; env reaches it only through a 0600 file removed at once.
 */
export function createStep(service: string, o: CreateOptions): RemoteStep {
  const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
  const labels = [
    `dev.gantry.service=${service}`,
    `dev.gantry.image=${o.ref}`,
    `dev.gantry.image-digest=${o.digest}`,
    `dev.gantry.deployed-at=${o.deployedAt}`,
    `dev.gantry.deployed-by=${oneLine(o.deployedBy)}`,
    ...(o.alias ? [`dev.gantry.alias=${o.alias}`] : []),
    ...(o.configHash ? [`dev.gantry.config=${o.configHash}`] : []),
  ];
  return step('create', service, {
    REF: o.ref, CREATE_FLAGS: createFlags(o), NETWORK: o.alias ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.alias ? 1 : 0,
    PORTS: o.ports, VOLUMES: o.volumes, LABELS: labels,
  }, { secrets: [envText] });
}

/**
 * Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
 * source 'new' switches to the staged container, 'prev' to the previous version (rollback).
 * Every move is written to services/<name>/switch first, so undo_switch can put things back.
 */
export function switchStep(service: string, source: 'new' | 'prev'): RemoteStep {
  return step('switch', service, { SOURCE: source });
}

/**
 * Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
 * healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
 * running for 5 s counts. Fails fast when the container exits; prints its last log lines on failure.
 */
export function healthStep(service: string, h: HealthOptions): RemoteStep {
  return step('health', service, {
    CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), SETTLE: Math.floor(Math.min(5, h.timeoutSeconds)),
    TARGET: h.target ?? 'name', PROBE_PORT: h.probe?.port ?? 0, PROBE_PATH: h.probe?.path ?? '',
  });
}

/** The new container is healthy: keep what ran before as the previous version, record, prune, audit. */
export function finalizeStep(service: string, o: FinalizeOptions): RemoteStep {
  return step('finalize', service, {
    REPO: o.repository, KEEP_IMAGES: Math.max(1, Math.floor(o.keepImages)), ...auditValues(o.audit),
  }, { by: o.audit.by });
}

/** The new container failed: put back what ran before (the caller health-gates it again). */
export function restoreStep(service: string, audit: AuditEntry): RemoteStep {
  return step('restore', service, auditValues(audit), { by: audit.by });
}

/** Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy). */
export function retireStep(service: string, audit: AuditEntry): RemoteStep {
  return step('retire', service, auditValues(audit), { by: audit.by });
}

export function auditValues(a: AuditEntry): StepValues {
  return { AUDIT_ACTION: a.action, AUDIT_FROM: a.from, AUDIT_TO: a.to };
}
