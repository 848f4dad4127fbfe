import { NONROOT_UID } from '../plan/dockerfile';
import { Platform } from '../plan/platforms';
import { Layer, sha256 } from './reproducible-tar';

/**
 * The image config and manifest of an assembled image, written as the engine's BuildKit writes
 * them for the generated Dockerfile's runtime stage: the base's config with the stage's labels,
 * user and entrypoint, the commit time as creation time (the image's and every history entry's),
 * and a Docker v2 schema 2 manifest.
 */

export const CONFIG_MEDIA_TYPE = 'application/vnd.docker.container.image.v1+json';
export const MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** The part of a base image's config the runtime stage inherits. */
export interface BaseConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  config?: Record<string, unknown>;
  history?: HistoryEntry[];
  rootfs?: { type: string; diff_ids: string[] };
}

/** What BuildKit starts a stage FROM scratch with. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** RFC 3339 in whole seconds, as the commit-time label writes it. */
export function createdTime(commitTime: number): string {
  return new Date(commitTime * 1000).toISOString().replace('.000Z', 'Z');
}

export interface ConfigInput {
  base: BaseConfig | undefined;
  baseDiffIds: string[];
  steps: Array<{ layer: Layer; createdBy: string }>;
  labels: Record<string, string>;
  binaryName: string;
  platform: Platform & { variant?: string };
  commitTime: number;
}

const COMMENT = 'buildkit.dockerfile.v0';

/** The config bytes (compact JSON, keys in a fixed order). */
export function imageConfig(c: ConfigInput): Buffer {
  const created = createdTime(c.commitTime);
  const baseConfig = { ...(c.base?.config ?? { Env: [DEFAULT_PATH], WorkingDir: '/' }) } as Record<string, unknown>;
  const env = (baseConfig.Env as string[] | undefined) ?? [DEFAULT_PATH];
  const labels = { ...((baseConfig.Labels as Record<string, string> | null | undefined) ?? {}), ...c.labels };
  // The Dockerfile's ENTRYPOINT drops the base's CMD; USER replaces its user.
  const config: Record<string, unknown> = {};
  config.User = `${NONROOT_UID}:${NONROOT_UID}`;
  if (baseConfig.ExposedPorts) config.ExposedPorts = baseConfig.ExposedPorts;
  config.Env = env;
  config.Entrypoint = [`/usr/local/bin/${c.binaryName}`];
  if (baseConfig.Volumes) config.Volumes = baseConfig.Volumes;
  if (baseConfig.WorkingDir) config.WorkingDir = baseConfig.WorkingDir;
  config.Labels = sortedObject(labels);
  if (baseConfig.StopSignal) config.StopSignal = baseConfig.StopSignal;
  if (baseConfig.Healthcheck) config.Healthcheck = baseConfig.Healthcheck;
  config.OnBuild = null;
  if (baseConfig.Shell) config.Shell = baseConfig.Shell;

  // Each entry's keys in the order the engine writes them.
  const history: HistoryEntry[] = (c.base?.history ?? []).map((h) => {
    const e: HistoryEntry = { created };
    if (h.created_by) e.created_by = h.created_by;
    if (h.author) e.author = h.author;
    if (h.comment) e.comment = h.comment;
    if (h.empty_layer) e.empty_layer = true;
    return e;
  });
  for (const s of c.steps) history.push({ created, created_by: s.createdBy, comment: COMMENT });
  history.push({ created, created_by: `USER ${NONROOT_UID}:${NONROOT_UID}`, comment: COMMENT, empty_layer: true });
  history.push({ created, created_by: `ENTRYPOINT ["/usr/local/bin/${c.binaryName}"]`, comment: COMMENT, empty_layer: true });

  const doc: Record<string, unknown> = {
    architecture: c.platform.arch,
    config,
    created,
    history,
    os: c.platform.os,
    rootfs: { type: 'layers', diff_ids: [...c.baseDiffIds, ...c.steps.map((s) => s.layer.diffId)] },
  };
  if (c.platform.variant) doc.variant = c.platform.variant;
  return Buffer.from(goJson(doc));
}

/** JSON as Go's encoder writes it: <, >, & and the line separators escaped. */
export function goJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sortedObject(o: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: string;
}

/** The Docker v2 schema 2 manifest, indented as the engine's push writes it. */
export function imageManifest(config: Buffer, layers: Descriptor[]): Buffer {
  const doc = {
    schemaVersion: 2,
    mediaType: MANIFEST_MEDIA_TYPE,
    config: { mediaType: CONFIG_MEDIA_TYPE, size: config.length, digest: sha256(config) },
    layers: layers.map((l) => ({ mediaType: l.mediaType, size: l.size, digest: l.digest })),
  };
  return Buffer.from(goJson(doc, 3));
}
