/**
 * The container options (memory, cpus, log rotation, args, stop_timeout, user, read_only, tmpfs):
 * parsed and checked before any host is contacted, then rendered as docker create flags (the
 * container target) or docker service flags (swarm). Every value becomes one argument; nothing
 * here is shell text. Pure.
 */
import { Inputs } from '../../../schema';
import { inputError } from '../../../errors';
import { splitArgs } from '../../spec/shell-words';

export interface ContainerOptions {
  /** memory in bytes; 0 for no limit. */
  readonly memoryBytes: number;
  /** cpus as given (a decimal such as 0.5); '' for no limit. */
  readonly cpus: string;
  /** json-file max-size as given (10m); '' for the engine's default. */
  readonly logMaxSize: string;
  /** json-file max-file; 0 for the engine's default. */
  readonly logMaxFiles: number;
  /** The image's CMD replaced by these arguments; undefined keeps the image's CMD. */
  readonly args?: readonly string[];
  /** Seconds docker waits after SIGTERM before SIGKILL; undefined for docker's default (10). */
  readonly stopTimeout?: number;
  readonly user: string;
  readonly readOnly: boolean;
  /** tmpfs mounts: /path or /path:options. */
  readonly tmpfs: readonly string[];
}

export const NO_OPTIONS: ContainerOptions = { memoryBytes: 0, cpus: '', logMaxSize: '', logMaxFiles: 0, user: '', readOnly: false, tmpfs: [] };

/** Docker refuses a memory limit below 6 MiB (linuxMinMemory). */
export const MIN_MEMORY_BYTES = 6 * 1024 * 1024;
/** The longest stop_timeout: a stop this long already holds the host's lock for ten minutes. */
export const MAX_STOP_TIMEOUT = 600;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** memory: a size as docker reads it (512m, 1g, 1.5g, 268435456 bytes), at least 6m. */
export function parseMemory(text: string): number {
  const value = text.trim();
  if (!value) return 0;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s?([bkmgt]?)(?:i?b)?$/i.exec(value);
  if (!m) throw inputError('memory', `'${value}' is not a size`, 'a size such as 512m or 1g (units b, k, m, g; at least 6m)');
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
  if (bytes < MIN_MEMORY_BYTES) {
    throw inputError('memory', `'${value}' is ${bytes} bytes, below docker's minimum of 6m (6 MiB) for a container${m[2] ? '' : ' (a number without a unit counts bytes)'}`, 'a size of at least 6m, such as 512m or 1g');
  }
  if (!Number.isSafeInteger(bytes)) throw inputError('memory', `'${value}' is too large`, 'a size such as 512m or 1g');
  return bytes;
}

/** cpus: a positive decimal, at least 0.01 (the smallest CPU quota docker sets). */
export function parseCpus(text: string): string {
  const value = text.trim();
  if (!value) return '';
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value)) throw inputError('cpus', `'${value}' is not a number of CPUs`, 'a positive decimal such as 0.5 or 2');
  const n = Number(value);
  if (n <= 0) throw inputError('cpus', `'${value}' would leave the container no CPU time`, 'a positive decimal such as 0.5 or 2 (empty for no limit)');
  if (n < 0.01) throw inputError('cpus', `'${value}' is below 0.01, the smallest CPU quota docker sets`, 'a decimal of at least 0.01, such as 0.5 or 2');
  if (n > 1024) throw inputError('cpus', `'${value}' is more CPUs than any host has`, 'a positive decimal such as 0.5 or 2, at most the host\'s CPUs');
  return String(n);
}

function parseLogMaxSize(text: string): string {
  const value = text.trim();
  if (!value) return '';
  if (!/^[1-9][0-9]{0,12}[kmg]?$/i.test(value)) throw inputError('log_max_size', `'${value}' is not a size`, 'a size such as 10m (a whole number with k, m or g, above 0)');
  return value.toLowerCase();
}

function parseLogMaxFiles(text: string, size: string): number {
  const value = text.trim();
  if (!value) return 0;
  if (!/^[1-9][0-9]{0,3}$/.test(value)) throw inputError('log_max_files', `'${value}' is not a count of files`, 'a count from 1 to 9999');
  if (!size) throw inputError('log_max_files', `is ${value} without log_max_size: docker rotates the log by size`, 'log_max_size too (such as 10m), or no log_max_files');
  return Number(value);
}

/** args: words split as pre_switch_cmd's are; one line only. */
export function parseArgs(text: string): readonly string[] | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const bad = /[\r\n\0]/.exec(value);
  if (bad) throw inputError('args', `holds a ${bad[0] === '\0' ? 'NUL byte' : 'line break'}`, "arguments on one line, such as serve --port 8080 or sh -c 'cmd'");
  return splitArgs('args', value);
}

function parseStopTimeout(text: string): number | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (!/^[0-9]{1,6}$/.test(value) || Number(value) > MAX_STOP_TIMEOUT) {
    throw inputError('stop_timeout', `'${value}' is not a number of seconds from 0 to ${MAX_STOP_TIMEOUT}`, `whole seconds from 0 to ${MAX_STOP_TIMEOUT} (docker's default is 10)`);
  }
  return Number(value);
}

// A user or group as docker takes them: a name or a numeric id.
const USER_PART = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}';
const USER_RE = new RegExp(`^${USER_PART}(:${USER_PART})?$`);

function parseUser(text: string): string {
  const value = text.trim();
  if (value && !USER_RE.test(value)) throw inputError('user', `'${value}' is not a user`, 'a user name or uid, optionally :group or :gid, such as 1000:1000 or nobody');
  return value;
}

const TMPFS_OPTION = '[a-z]+(=[A-Za-z0-9.]+)?';
const TMPFS_RE = new RegExp(`^(/[A-Za-z0-9_./@+-]*)(:${TMPFS_OPTION}(,${TMPFS_OPTION})*)?$`);

/** tmpfs: absolute paths in the container, each once, optionally with mount options (size=64m,mode=1777). */
export function parseTmpfs(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  return entries.map((raw) => {
    const entry = raw.trim();
    const m = TMPFS_RE.exec(entry);
    if (!m || m[1].split('/').includes('..')) {
      throw inputError('tmpfs', `'${entry}' is not a tmpfs mount`, 'an absolute path in the container, optionally with options, such as /tmp or /tmp:size=64m,mode=1777');
    }
    const path = m[1].length > 1 ? m[1].replace(/\/+$/, '') : m[1];
    if (seen.has(path)) throw inputError('tmpfs', `the path ${path} is given twice`, 'each path once');
    seen.add(path);
    return entry;
  });
}

/** The container options of the inputs, each checked with one line naming it. */
export function containerOptions(inputs: Inputs): ContainerOptions {
  const logMaxSize = parseLogMaxSize(inputs.log_max_size);
  return {
    memoryBytes: parseMemory(inputs.memory),
    cpus: parseCpus(inputs.cpus),
    logMaxSize,
    logMaxFiles: parseLogMaxFiles(inputs.log_max_files, logMaxSize),
    args: parseArgs(inputs.args),
    stopTimeout: parseStopTimeout(inputs.stop_timeout),
    user: parseUser(inputs.user),
    readOnly: inputs.read_only,
    tmpfs: parseTmpfs(inputs.tmpfs),
  };
}

/** Any option set: what the unchanged check hashes (none set leaves the hash as it was before they existed). */
export function optionsSet(o: ContainerOptions): boolean {
  return o.memoryBytes > 0 || o.cpus !== '' || o.logMaxSize !== '' || o.args !== undefined || o.stopTimeout !== undefined || o.user !== '' || o.readOnly || o.tmpfs.length > 0;
}

/** The json-file rotation options as --log-opt values. */
export function logOpts(o: ContainerOptions): string[] {
  return [...(o.logMaxSize ? [`max-size=${o.logMaxSize}`] : []), ...(o.logMaxFiles ? [`max-file=${o.logMaxFiles}`] : [])];
}

/** docker create flags for the options (args are not flags: they follow the image). */
export function dockerOptionFlags(o: ContainerOptions): string[] {
  const f: string[] = [];
  if (o.memoryBytes) f.push(`--memory=${o.memoryBytes}`);
  if (o.cpus) f.push(`--cpus=${o.cpus}`);
  if (o.logMaxSize) f.push('--log-driver=json-file', ...logOpts(o).map((l) => `--log-opt=${l}`));
  if (o.stopTimeout !== undefined) f.push(`--stop-timeout=${o.stopTimeout}`);
  if (o.user) f.push(`--user=${o.user}`);
  if (o.readOnly) f.push('--read-only');
  for (const t of o.tmpfs) f.push(`--tmpfs=${t}`);
  return f;
}

/** A tmpfs entry as a swarm --mount value: only size and mode have a swarm form. */
export function tmpfsMountOf(entry: string): string {
  const [path, options = ''] = entry.split(/:(.*)/s);
  const parts = [`type=tmpfs`, `target=${path}`];
  for (const opt of options ? options.split(',') : []) {
    const [k, v = ''] = opt.split('=');
    if (k === 'size' && /^[0-9]+[kmg]?$/i.test(v)) parts.push(`tmpfs-size=${v}`);
    else if (k === 'mode' && /^[0-7]{3,4}$/.test(v)) parts.push(`tmpfs-mode=${v}`);
    else throw inputError('tmpfs', `'${entry}' has the option '${opt}', which a swarm service's tmpfs mount cannot take`, 'size=N[k|m|g] and mode=OCTAL only with deploy_target swarm');
  }
  return parts.join(',');
}

/**
 * docker service flags for the options. create sets what is given; update sets every option, the
 * empty ones back to docker's defaults, so the service ends as the inputs say (tmpfs mounts go
 * with the other mounts: the step removes them all first).
 */
export function swarmOptionFlags(o: ContainerOptions, create: boolean): string[] {
  const f: string[] = [];
  if (o.memoryBytes || !create) f.push(`--limit-memory=${o.memoryBytes}`);
  if (o.cpus || !create) f.push(`--limit-cpu=${o.cpus || 0}`);
  if (o.logMaxSize) f.push('--log-driver=json-file', ...logOpts(o).map((l) => `--log-opt=${l}`));
  if (o.stopTimeout !== undefined || !create) f.push(`--stop-grace-period=${o.stopTimeout ?? 10}s`);
  if (o.user || !create) f.push(`--user=${o.user}`);
  if (o.readOnly || !create) f.push(`--read-only=${o.readOnly}`);
  for (const t of o.tmpfs) f.push(`${create ? '--mount' : '--mount-add'}=${tmpfsMountOf(t)}`);
  return f;
}

/**
 * Words as docker service update --args reads them (it splits its one value as a shell would,
 * without expanding anything): each word single-quoted, a ' written '\''.
 */
export function argsText(args: readonly string[]): string {
  return args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
}
