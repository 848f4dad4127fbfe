import * as path from 'path';
import { UserError, inputError } from '../../errors';

/**
 * Finding a Go toolchain of the wanted version on the machine gantry runs on, in a fixed order:
 * the go_root input; a `go` on PATH of that version; what CI runners preinstall
 * (GOROOT_<major>_<minor>_X64 on GitHub's); Debian's and Ubuntu's /usr/lib/go-X.Y; Go's own
 * toolchain switch (GOTOOLCHAIN=goX.Y.Z through a go of 1.21 or newer, which fetches the
 * toolchain as a module into GOMODCACHE). The probing is injected, so the order and the
 * verdicts are tested without any Go installed.
 */

/** The setting naming the folder searched for Debian's and Ubuntu's go-X.Y (default /usr/lib). */
export const DISTRO_GO_DIR = 'GANTRY_DISTRO_GO_DIR';

export interface Toolchain {
  /** The go command to run. */
  go: string;
  /** What `go version` reported, e.g. 1.22.12. */
  version: string;
  /** Where it was found, for the log and provenance: go_root, PATH, GOROOT_1_22_X64, /usr/lib/go-1.22, GOTOOLCHAIN. */
  source: string;
  /** Environment the go command needs besides the build's (GOTOOLCHAIN). */
  env: Record<string, string>;
}

/** What discovery may ask of the machine. */
export interface ToolchainProbe {
  /** Whether a file exists and is executable. */
  executable(file: string): boolean;
  /** The version `go version` reports (1.22.12), or an Error (with its reason) when it cannot run. */
  version(go: string, env: Record<string, string>): Promise<string | Error>;
}

export type ToolchainSearch = { found: Toolchain; looked: string[] } | { found?: undefined; looked: string[] };

/** `go version go1.22.12 linux/amd64` -> 1.22.12 */
export function parseGoVersion(output: string): string | undefined {
  return /\bgo version go(\d+\.\d+(?:\.\d+)?(?:[a-z]+\d*)?)\b/.exec(output)?.[1];
}

/** Whether a reported version (1.22.12) is the wanted one: 1.22 takes any 1.22.x, 1.22.5 only itself. */
export function versionMatches(want: string, have: string): boolean {
  const wantParts = want.split('.');
  const haveParts = have.split('.');
  if (wantParts.length >= 3) return want === have;
  return wantParts[0] === haveParts[0] && wantParts[1] === (haveParts[1] ?? '').replace(/[a-z].*$/, '');
}

function minorOf(version: string): [number, number] {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/**
 * The toolchain GOTOOLCHAIN names for a wanted version: 1.22 -> go1.22.0 (the first release), or
 * the release go.mod asks for (`atLeast`, its go or toolchain line, e.g. 1.22.4) when it is of the
 * same minor: Go refuses to build a module with a release older than its go line.
 * Undefined before 1.21 (no toolchain modules).
 */
export function switchTarget(want: string, atLeast = ''): string | undefined {
  const [major, minor] = minorOf(want);
  if (major < 1 || (major === 1 && minor < 21)) return undefined;
  if (want.split('.').length >= 3) return `go${want}`;
  const [am, an] = minorOf(atLeast);
  if (/^\d+\.\d+\.\d+$/.test(atLeast) && am === major && an === minor) return `go${atLeast}`;
  return `go${major}.${minor}.0`;
}

/** The GOROOT_X_Y_<ARCH> variable a CI runner sets (GitHub's: GOROOT_1_22_X64). */
export function runnerGorootVariable(want: string, arch: string): string {
  const [major, minor] = minorOf(want);
  return `GOROOT_${major}_${minor}_${arch === 'arm64' ? 'ARM64' : 'X64'}`;
}

/** The first `go` on PATH, or undefined. */
export function goOnPath(env: NodeJS.ProcessEnv, probe: Pick<ToolchainProbe, 'executable'>): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const go = path.join(dir, 'go');
    if (probe.executable(go)) return go;
  }
  return undefined;
}

/**
 * The toolchain of `want`, searched in order; `looked` says where, for a miss's message.
 * A go_root that is no Go installation, or of another version, and a folder whose name says one
 * version while its go reports another, are refused at once (one line naming the place).
 */
export async function findToolchain(o: { want: string; atLeast?: string; goRoot: string; env: NodeJS.ProcessEnv; arch: string; probe: ToolchainProbe; switchEnv?: Record<string, string> }): Promise<ToolchainSearch> {
  const { want, probe, env } = o;
  const looked: string[] = [];
  const local = { GOTOOLCHAIN: 'local' };
  if (o.goRoot) {
    const go = path.join(o.goRoot, 'bin', 'go');
    if (!probe.executable(go)) throw inputError('go_root', `'${o.goRoot}' is not a Go installation (no executable bin/go)`, 'the folder of a Go toolchain (its GOROOT)');
    const v = await probe.version(go, local);
    if (v instanceof Error) throw inputError('go_root', `'${o.goRoot}': bin/go does not run (${v.message})`, 'the folder of a Go toolchain (its GOROOT)');
    if (!versionMatches(want, v)) throw inputError('go_root', `'${o.goRoot}' holds Go ${v}, not go_version ${want}`, `a Go ${want} installation, or go_version ${v}`);
    return { found: { go, version: v, source: 'go_root', env: local }, looked: [`go_root ${o.goRoot}`] };
  }
  const onPath = goOnPath(env, probe);
  let pathVersion: string | undefined;
  if (onPath) {
    const v = await probe.version(onPath, local);
    if (!(v instanceof Error)) {
      pathVersion = v;
      if (versionMatches(want, v)) return { found: { go: onPath, version: v, source: 'PATH', env: local }, looked: [...looked, `${onPath} (go${v})`] };
    }
    looked.push(`go on PATH (${v instanceof Error ? `does not run: ${v.message}` : `go${v}`})`);
  } else looked.push('go on PATH (none)');
  // Folders named for a version: a go inside that reports another is a broken installation.
  const distro = path.join(env[DISTRO_GO_DIR] || '/usr/lib', `go-${minorOf(want).join('.')}`);
  const folders: Array<{ source: string; root: string | undefined }> = [
    { source: runnerGorootVariable(want, o.arch), root: env[runnerGorootVariable(want, o.arch)] },
    { source: distro, root: distro },
  ];
  for (const f of folders) {
    if (!f.root) {
      looked.push(`${f.source} (unset)`);
      continue;
    }
    const go = path.join(f.root, 'bin', 'go');
    if (!probe.executable(go)) {
      looked.push(`${f.source === f.root ? f.root : `${f.source}=${f.root}`} (absent)`);
      continue;
    }
    const v = await probe.version(go, local);
    if (v instanceof Error) {
      looked.push(`${go} (does not run: ${v.message})`);
      continue;
    }
    if (!versionMatches(`${minorOf(want).join('.')}`, v)) throw new UserError(`${go} reports Go ${v}, but ${f.source === f.root ? 'its folder' : f.source} says ${minorOf(want).join('.')}: a broken or mislabelled Go installation; fix or remove it, or set go_root`);
    if (versionMatches(want, v)) return { found: { go, version: v, source: f.source, env: local }, looked: [...looked, go] };
    looked.push(`${go} (go${v}, not ${want})`);
  }
  const target = switchTarget(want, o.atLeast);
  const [pm, pn] = minorOf(pathVersion ?? '0.0');
  if (!target) looked.push(`GOTOOLCHAIN (Go ${want} has no toolchain module)`);
  else if (!onPath || !pathVersion || pm < 1 || (pm === 1 && pn < 21)) looked.push(`GOTOOLCHAIN=${target} (needs a go of 1.21 or newer on PATH)`);
  else {
    // The switch downloads the toolchain into GOMODCACHE: the probe uses the build's (switchEnv).
    const sw = { GOTOOLCHAIN: target };
    const v = await probe.version(onPath, { ...o.switchEnv, ...sw });
    if (!(v instanceof Error) && versionMatches(want, v)) return { found: { go: onPath, version: v, source: `GOTOOLCHAIN=${target}`, env: sw }, looked };
    looked.push(`GOTOOLCHAIN=${target} via ${onPath} (${v instanceof Error ? v.message.split('\n')[0] : `gave go${v}`})`);
  }
  return { looked };
}

/** The one line a miss gives when no engine can take the build either. */
export function noToolchainMessage(want: string, looked: string[]): string {
  return `no Go ${want} toolchain for go_version ${want} on this machine and no Docker engine to build in (looked at: ${looked.join('; ')}); install Go ${want} (e.g. setup-go, or Debian's golang-${minorOf(want).join('.')}-go), set go_root to its folder, allow GOTOOLCHAIN downloads (GOPROXY), or give gantry a Docker engine`;
}
