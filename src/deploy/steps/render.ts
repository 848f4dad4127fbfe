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
import { CONTAINER_SUFFIXES } from '../../reserved-names';

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
  /** A container has a name gantry gives its own (<name>-gantry-prev...) but not gantry's label. */
  foreignContainer: 30,
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
  /** A health gate stopped because the run was cancelled (its cancel marker was touched). */
  cancelled: 52,
} as const;

/** The shell variable a STEP_EXIT code is known by in the scripts: lockHeld is E_LOCK_HELD. */
export function stepExitVariable(key: keyof typeof STEP_EXIT): string {
  return `E_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
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
  const [n, o, p, d] = CONTAINER_SUFFIXES;
  return { name, new: `${name}${n}`, old: `${name}${o}`, prev: `${name}${p}`, drop: `${name}${d}` };
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

/**
 * A script file as sent: without its comment lines, blank lines and indentation. bash reads a
 * script from a pipe one byte a syscall, so every byte costs the host on every step (lib.sh alone
 * was about 20 KB a step). Only whole lines go: no .sh file holds a string spanning lines, which a
 * unit test checks (bash's own listing of each file is the same before and after).
 */
export function compactScript(text: string): string {
  return text.split('\n').map((l) => l.trimStart()).filter((l) => l !== '' && !l.startsWith('#')).join('\n');
}

const compacted = new Map<string, string>();

function scriptText(file: string): string {
  const text = STEP_SCRIPTS[file];
  if (text === undefined) throw new Error(`no step script ${file}.sh in src/deploy/steps`);
  let c = compacted.get(file);
  if (c === undefined) compacted.set(file, (c = compactScript(text)));
  return c;
}

/** Steps that only read (day-two status, logs, audit): they create nothing on the host, not even ~/.gantry. */
export const READ_ONLY_STEPS: readonly string[] = ['status', 'logs', 'audit', 'swarm-status', 'swarm-logs', 'binary-status', 'binary-logs'];

/**
 * The shell a step's own file comes after, by default: lib.sh (every step's) and docker-lib.sh (the
 * container targets'). A target's steps name their own list (lib first), e.g. the binary target's
 * and the lock's leave docker-lib.sh out: each byte of a script costs the host a read.
 */
export const DEFAULT_LIBS: readonly string[] = ['lib', 'docker-lib'];

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
    assignment('READ_ONLY', READ_ONLY_STEPS.includes(name) ? 1 : ''),
    ...Object.entries(values).map(([k, v]) => assignment(k, v)),
    ...(opts.libs ?? DEFAULT_LIBS).map(scriptText),
    scriptText(name),
    '}',
    'gantry_step; exit $?',
    '',
  ].join('\n');
}

/** The step `name`, from steps/<name>.sh after DEFAULT_LIBS (or opts.libs, which replace them: list lib first). */
export function step(name: string, service: string, values: StepValues, opts: { secrets?: string[]; by?: string; libs?: readonly string[] } = {}): RemoteStep {
  const secrets = opts.secrets ?? [];
  return {
    name,
    script: render(name, service, values, { secrets: secrets.length, by: opts.by, libs: opts.libs }),
    secretInput: secrets.map(base64Line).join(''),
  };
}

export function auditValues(a: AuditEntry): StepValues {
  return { AUDIT_ACTION: a.action, AUDIT_FROM: a.from, AUDIT_TO: a.to };
}
