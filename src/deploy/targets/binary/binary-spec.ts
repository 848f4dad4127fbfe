/**
 * deploy_target binary: the inputs turned into what every host gets (pure: the caller reads
 * binaries_dir/SHA256SUMS and the commit). A release is <commit_time>-<short_sha>, so releases
 * sort by time; each host picks the binary built for its `uname -m`.
 */
import * as path from 'path';
import { Inputs } from '../../../schema';
import { inputError } from '../../../errors';
import { checkServiceName, inStateFolder } from '../../../reserved-names';
import { shq } from '../../../shell-quote';
import { binaryFileName } from '../../../image/publish/binary-paths';

export type ProcessManager = 'none' | 'supervisor' | 'systemd-user';

/** `uname -m` -> the platform gantry builds for it. */
export const MACHINE_PLATFORMS: Readonly<Record<string, { os: string; arch: string; label: string }>> = {
  x86_64: { os: 'linux', arch: 'amd64', label: 'linux/amd64' },
  aarch64: { os: 'linux', arch: 'arm64', label: 'linux/arm64' },
  arm64: { os: 'linux', arch: 'arm64', label: 'linux/arm64' },
  armv7l: { os: 'linux', arch: 'arm', label: 'linux/arm/v7' },
};

export interface BuiltBinary {
  /** linux/amd64... */
  readonly platform: string;
  /** Path relative to binaries_dir. */
  readonly file: string;
  readonly sha256: string;
}

export interface BinarySpec {
  readonly name: string;
  /** <commit_time>-<short_sha>. */
  readonly version: string;
  /** Absolute, or '' for ~/apps of the SSH user (resolved on the host). */
  readonly root: string;
  /** binaries_dir, where the files of `binaries` are. */
  readonly dir: string;
  readonly binaries: readonly BuiltBinary[];
  /** What restarts the program, run by the SSH user's shell on the host. */
  readonly restartCmd: string;
  readonly processManager: ProcessManager;
  readonly installUnit: boolean;
  readonly supervisorConf: string;
  /** Prints the program's last log lines, for the report of a failed health gate. */
  readonly logsCmd: string;
  readonly keepReleases: number;
  readonly args: readonly string[];
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** SHA256SUMS lines (`HASH  NAME`), as sha256sum writes them. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const l of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(l.trim());
    if (m) sums.set(m[2], m[1]);
  }
  return sums;
}

/** The binary name: binary_name, else the one name SHA256SUMS holds binaries of. */
function binaryName(inputs: Inputs, sums: Map<string, string>): string {
  const given = inputs.binary_name.trim();
  if (given) {
    if (!NAME_RE.test(given)) throw inputError('binary_name', `'${given}' is not a program name`, 'letters, digits and ._- (starting with a letter or digit)');
    checkServiceName('binary_name', given);
    return given;
  }
  const names = new Set<string>();
  for (const file of sums.keys()) {
    const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*)-linux-[a-z0-9]+$/.exec(file);
    if (m) names.add(m[1]);
  }
  if (names.size !== 1) {
    throw inputError('binary_name', `is empty and binaries_dir/SHA256SUMS holds ${names.size === 0 ? 'no linux binary' : `several programs (${[...names].sort().join(', ')})`}`, 'the name of the program to deploy');
  }
  checkServiceName('binary_name', [...names][0]);
  return [...names][0];
}

/** What restarts the program when restart_cmd is empty, from process_manager. */
export function derivedRestartCmd(pm: ProcessManager, name: string, supervisorConf: string): string {
  if (pm === 'supervisor') {
    const conf = confPath(supervisorConf);
    // update first: it loads a program added by install_unit (and starts it); restart then restarts it.
    return `supervisorctl -c ${conf} update >/dev/null && supervisorctl -c ${conf} restart ${shq(name)}`;
  }
  if (pm === 'systemd-user') return `systemctl --user daemon-reload && systemctl --user restart ${shq(`${name}.service`)}`;
  return '';
}

/**
 * What prints the program's last log lines when logs_cmd is empty, from process_manager: about
 * `lines` lines (supervisor's tail counts bytes: 200 a line, at least its 3000).
 */
export function derivedLogsCmd(pm: ProcessManager, name: string, supervisorConf: string, lines = 50): string {
  if (pm === 'supervisor') return `supervisorctl -c ${confPath(supervisorConf)} tail -${Math.max(3000, lines * 200)} ${shq(name)}`;
  if (pm === 'systemd-user') return `journalctl --user -u ${shq(`${name}.service`)} -n ${lines} --no-pager`;
  return '';
}

/** ~/x as "$HOME"/'x' (the shell expands HOME, the rest is quoted); other paths quoted. */
function confPath(p: string): string {
  return p.startsWith('~/') ? `"$HOME"/${shq(p.slice(2))}` : shq(p);
}

/**
 * How the spec is used: a deploy; a rollback (restarts and health-gates, no binaries); 'precheck',
 * what can be checked before a build (gantry all): everything but the binaries and the commit;
 * 'read', the day-two commands that change nothing (status, logs, audit, unlock): the program's
 * name and layout only, no restart or health gate needed.
 */
export type BinarySpecMode = 'deploy' | 'rollback' | 'precheck' | 'read';

export function binarySpec(inputs: Inputs, sources: { binarySums?: string; commit?: { sha: string; commitTime: number } }, mode: BinarySpecMode): BinarySpec {
  const root = inputs.binary_root.trim();
  if (root !== '' && root.split('/').includes('..')) throw inputError('binary_root', `'${root}' holds ..`, 'an absolute path without .. (empty is ~/apps)');
  if (inStateFolder(root)) throw inputError('binary_root', `'${root}' is in ~/.gantry, gantry's own state folder on the host (locks, records, routes)`, 'a folder outside ~/.gantry (empty is ~/apps)');
  const pm = inputs.process_manager as ProcessManager;
  const restartGiven = inputs.restart_cmd.trim();
  const acts = mode !== 'read';
  if (acts && !restartGiven && pm === 'none') {
    throw inputError('restart_cmd', 'is empty and process_manager is none', 'the command that restarts the program on the host (e.g. sudo -n systemctl restart api), or process_manager supervisor or systemd-user');
  }
  const conf = inputs.supervisor_conf.trim();
  if (pm === 'supervisor' && !conf) throw inputError('supervisor_conf', 'is empty and process_manager is supervisor', "the SSH user's supervisord configuration, e.g. ~/supervisor/supervisord.conf");
  if (conf && pm !== 'supervisor') throw inputError('supervisor_conf', `means nothing for process_manager ${pm}`, 'empty, or process_manager supervisor');
  if (inputs.install_unit && pm === 'none') throw inputError('install_unit', 'is true and process_manager is none', 'process_manager supervisor or systemd-user, whose unit gantry writes');
  if (conf.split('/').includes('..')) throw inputError('supervisor_conf', `'${conf}' holds ..`, 'a path without ..');
  if (acts && !inputs.health_url.trim() && !inputs.health_cmd.trim()) {
    throw inputError('health_url', 'and health_cmd are both empty', 'health_url or health_cmd: deploy_target binary has no container state to judge a bare process by');
  }
  if (inputs.keep_releases < 1) throw inputError('keep_releases', `'${inputs.keep_releases}' is fewer than 1`, 'a count of at least 1');
  const dir = inputs.binaries_dir.trim();
  let sums = new Map<string, string>();
  let name = inputs.binary_name.trim();
  let version = '';
  if (mode === 'deploy') {
    if (!dir) throw inputError('binaries_dir', 'is empty', "the build's binaries_dir, with its SHA256SUMS");
    if (!sources.binarySums) throw inputError('binaries_dir', `'${dir}' holds no SHA256SUMS`, "the build's binaries_dir, with its SHA256SUMS");
    sums = parseSha256Sums(sources.binarySums);
    const c = sources.commit;
    if (!c || !c.sha || !c.commitTime) throw inputError('context', `'${inputs.context}' is not a git checkout with a commit`, 'the checkout the binaries were built from (a release is named <commit_time>-<short_sha>)');
    version = `${c.commitTime}-${c.sha.slice(0, 7)}`;
  }
  if (mode === 'deploy' || name) name = binaryName(inputs, sums);
  if (!name && (mode === 'rollback' || mode === 'read')) throw inputError('binary_name', 'is empty', 'the name of the program on the hosts');
  const binaries: BuiltBinary[] = [];
  for (const p of Object.values(MACHINE_PLATFORMS)) {
    const file = binaryFileName(name, p.os, p.arch);
    const sha256 = sums.get(file);
    if (sha256 && !binaries.some((b) => b.file === file)) binaries.push({ platform: p.label, file, sha256 });
  }
  if (mode === 'deploy' && binaries.length === 0) {
    throw inputError('binaries_dir', `'${dir}' has no linux binary of ${name} in its SHA256SUMS`, `${binaryFileName(name, 'linux', 'amd64')} (or -arm64, -arm) listed in SHA256SUMS`);
  }
  return {
    name,
    version,
    root,
    dir: dir ? path.resolve(dir) : '',
    binaries,
    restartCmd: restartGiven || derivedRestartCmd(pm, name, conf),
    processManager: pm,
    installUnit: inputs.install_unit,
    supervisorConf: conf,
    logsCmd: inputs.logs_cmd.trim() || derivedLogsCmd(pm, name, conf),
    keepReleases: inputs.keep_releases,
    args: inputs.binary_args,
  };
}

/** The binary for a host's `uname -m`, or why there is none (one line naming both). */
export function binaryFor(spec: BinarySpec, machine: string): BuiltBinary | string {
  const p = MACHINE_PLATFORMS[machine];
  if (!p) return `the host's platform (uname -m ${machine}) is not one gantry builds for (x86_64, aarch64, armv7l)`;
  const b = spec.binaries.find((x) => x.platform === p.label);
  if (!b) return `the host is ${p.label} (uname -m ${machine}) but binaries_dir holds ${spec.name} for ${spec.binaries.map((x) => x.platform).join(', ') || 'no platform'} only`;
  return b;
}
