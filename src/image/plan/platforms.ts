import { inputError } from '../../errors';

/** A target platform: the os/arch pair a build cross-compiles for. */
export interface Platform {
  os: string;
  arch: string;
}

const KNOWN_OS = ['linux', 'windows', 'darwin', 'freebsd'];
const KNOWN_ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];

/** Parses `platforms` (os/arch entries); duplicates dropped, order kept. */
export function parsePlatforms(entries: readonly string[]): Platform[] {
  const out: Platform[] = [];
  for (const e of entries) {
    const m = /^([a-z0-9]+)\/([a-z0-9]+)$/.exec(e.trim());
    if (!m || !KNOWN_OS.includes(m[1]) || !KNOWN_ARCH.includes(m[2])) {
      throw inputError('platforms', `'${e}' is not a platform gantry can cross-compile for`, `os/arch with os in ${KNOWN_OS.join(', ')} and arch in ${KNOWN_ARCH.join(', ')} (no variants)`);
    }
    if (!out.some((p) => p.os === m[1] && p.arch === m[2])) out.push({ os: m[1], arch: m[2] });
  }
  return out;
}

export const platformText = (p: Platform): string => `${p.os}/${p.arch}`;

/** The per-platform tag pushed beside an index tag: v1.2.0 -> v1.2.0-linux-arm64. */
export function platformTag(tag: string, p: Platform): string {
  return `${tag}-${p.os}-${p.arch}`.slice(0, 128);
}

/** The platform Node runs on, named as Go and the engine name it (for `plan`, which has no engine). */
export function nodePlatform(): Platform {
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', s390x: 's390x', ppc64: 'ppc64le' };
  return { os: 'linux', arch: arch[process.arch] ?? process.arch };
}
