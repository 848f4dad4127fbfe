import { createHash } from 'crypto';
import { cacheIds } from '../plan/dockerfile';

/**
 * Naming of the direct path's builder containers, pure: one container per builder image (the
 * Go version's), target platform (its compiler cache), cgo, build network and GOPROXY (both
 * fixed when a container is created). Its caches are named volumes with the ids the generated
 * Dockerfile gives its cache mounts, so cache_dir keeps one layout for both paths.
 */

export interface BuilderKey {
  /** The builder image, {go_version} already replaced. */
  image: string;
  goVersion: string;
  /** The target platform (cross-compiled with GOOS/GOARCH; the container runs on the engine's). */
  os: string;
  arch: string;
  cgo: boolean;
  network: 'default' | 'host' | 'none';
  goproxy: string;
}

/** Label marking gantry's builder containers; the key fields follow under BUILDER_LABEL.*. */
export const BUILDER_LABEL = 'org.gantry.builder';
export const MODCACHE = '/go/pkg/mod';
export const GOCACHE = '/root/.cache/go-build';
/** Where the work trees live inside a builder. */
export const WORK_ROOT = '/work';
/** The file whose age ends an idle builder. */
export const ALIVE_MARKER = '/tmp/.gantry-alive';

function shortHash(parts: string[], n = 12): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, n);
}

function nameSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '-');
}

export function builderName(k: BuilderKey): string {
  const h = shortHash([k.image, k.goVersion, k.os, k.arch, String(k.cgo), k.network, k.goproxy]);
  return `gantry-builder-${nameSafe(k.goVersion)}-${k.os}-${k.arch}${k.cgo ? '-cgo' : ''}-${h}`;
}

export function builderLabels(k: BuilderKey): Record<string, string> {
  return {
    [BUILDER_LABEL]: 'true',
    [`${BUILDER_LABEL}.image`]: k.image,
    [`${BUILDER_LABEL}.go-version`]: k.goVersion,
    [`${BUILDER_LABEL}.platform`]: `${k.os}/${k.arch}`,
    [`${BUILDER_LABEL}.cgo`]: String(k.cgo),
    [`${BUILDER_LABEL}.network`]: k.network,
    [`${BUILDER_LABEL}.goproxy`]: k.goproxy,
  };
}

/** Whether a container's labels say it is the builder of this key. */
export function isBuilderOf(labels: Record<string, string> | undefined, k: BuilderKey): boolean {
  const want = builderLabels(k);
  return Object.entries(want).every(([l, v]) => labels?.[l] === v);
}

/** The builder's cache volumes: the module cache (per Go version) and the compiler cache (per Go version and platform). */
export function builderVolumes(k: BuilderKey): { mod: string; build: string } {
  return cacheIds(k.goVersion, k.os, k.arch, k.cgo);
}

/**
 * The builder's first process: it ends (and the container with it, being auto-removed) once
 * the alive marker is older than the idle time; every build touches the marker.
 */
export function idleLoop(idleMinutes: number): string[] {
  const seconds = Math.max(1, Math.floor(idleMinutes)) * 60;
  const m = ALIVE_MARKER;
  return ['sh', '-c', `touch ${m}; while [ $(( $(date +%s) - $(stat -c %Y ${m} 2>/dev/null || echo 0) )) -lt ${seconds} ]; do sleep 5; done`];
}

/** A service's work tree inside a builder: its name and a hash of where its sources come from. */
export function workTreeName(service: string, sourceRoot: string, os: string, arch: string): string {
  return `${nameSafe(service || 'service').slice(0, 40)}-${shortHash([sourceRoot, service, os, arch], 10)}`;
}
