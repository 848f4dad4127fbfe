import { inputError } from '../../errors';
import { ImageSpec } from '../build-spec';
import { Platform, platformText } from '../plan/platforms';

/**
 * Which builder a build takes: `host` (go build with a toolchain on this machine, the image
 * assembled by gantry, no engine) or `container` (the engine's builder container or BuildKit).
 * Pure: `plan` and the build log say the same thing.
 */

export type BuilderKind = 'host' | 'container';

export interface BuilderChoice {
  builder: BuilderKind;
  why: string;
}

/** What only the container path gives a build of this spec (the input asking for it), or null. */
export function needsContainer(spec: Pick<ImageSpec, 'dockerfile' | 'secrets' | 'cgo' | 'platforms' | 'buildMode'>, native: Platform, vendored: boolean): { input: string; what: string } | null {
  if (spec.buildMode !== 'auto') return { input: 'build_mode', what: `build_mode ${spec.buildMode} names a container path` };
  if (spec.dockerfile) return { input: 'dockerfile', what: 'your own Dockerfile is built by the engine' };
  if (spec.secrets.refs.length) return { input: 'secret_envs', what: 'build secrets are mounted by BuildKit (never landing in the image)' };
  if (spec.secrets.ssh.length) return { input: 'ssh', what: 'SSH forwarding goes through BuildKit' };
  if (spec.secrets.goprivate.length && !vendored) return { input: 'goprivate', what: 'private modules are fetched in BuildKit with their credentials mounted' };
  const other = spec.platforms.filter((p) => p.os !== native.os || p.arch !== native.arch);
  if (spec.cgo && other.length) return { input: 'cgo', what: `cgo for another platform (${other.map(platformText).join(', ')}) needs that platform's C toolchain` };
  return null;
}

/**
 * The builder of a build. `toolchain` is the found toolchain's description, or the places
 * searched in vain; `builder: host` with a blocker or without a toolchain is refused in one line.
 */
export function chooseBuilder(o: {
  requested: 'auto' | 'host' | 'container';
  blocker: { input: string; what: string } | null;
  toolchain: { found: string } | { missing: string };
  goVersion: string;
}): BuilderChoice {
  if (o.requested === 'container') return { builder: 'container', why: 'builder is container' };
  if (o.blocker) {
    if (o.requested === 'host') throw inputError('builder', `is host but ${o.blocker.what} (input '${o.blocker.input}')`, `auto or container, or a build without ${o.blocker.input}`);
    return { builder: 'container', why: o.blocker.what };
  }
  if ('missing' in o.toolchain) {
    if (o.requested === 'host') throw inputError('builder', `is host but there is no Go ${o.goVersion} toolchain on this machine (looked at: ${o.toolchain.missing})`, 'go_root, or a Go of that version on PATH or in /usr/lib/go-X.Y');
    return { builder: 'container', why: `no Go ${o.goVersion} toolchain on this machine` };
  }
  return { builder: 'host', why: `${o.requested === 'host' ? 'builder is host' : 'a Go toolchain is here and the build needs no engine'}: ${o.toolchain.found}` };
}

export function builderLine(c: BuilderChoice): string {
  return c.builder === 'host' ? `builder: host (${c.why})` : `builder: container (because ${c.why})`;
}
