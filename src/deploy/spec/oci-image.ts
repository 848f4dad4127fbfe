/**
 * deploy_image: oci:DIR[@sha256:...]: an image kept as an OCI image layout on the runner, shipped
 * to the hosts over their SSH connections (deploy/transport). Everything is read and checked here,
 * before any host is contacted: the folder, the layout, the image chosen and its blobs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inputError } from '../../errors';
import { VALID_TAG, parseRepository, splitReference } from '../../image-ref';

export const OCI_PREFIX = 'oci:';

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const EXPECTED = 'oci:DIR (an OCI image layout, as oci_layout writes it) or oci:DIR@sha256:... to pick one of its images';

export interface OciBlob {
  readonly digest: string;
  readonly size: number;
  readonly mediaType: string;
}

/** One image of a layout, checked: its manifest (or index) and the blobs a host may need. */
export interface OciImage {
  /** The layout's folder, absolute. */
  readonly dir: string;
  /** The manifest's digest (an index's, for several platforms): the digest hosts record. */
  readonly digest: string;
  readonly mediaType: string;
  readonly size: number;
  /** The image config's digest, which is the image's id on an engine; '' for an index. */
  readonly configDigest: string;
  /** The config and layer blobs, in order (empty for an index). */
  readonly config?: OciBlob;
  readonly layers: readonly OciBlob[];
  /** The name hosts keep it under: the layout's ref name when it is a full reference, else oci/<folder>. */
  readonly repository: string;
  /** The tag from the layout's ref name, or ''. */
  readonly tag: string;
}

export function isOciReference(text: string): boolean {
  return text.trim().startsWith(OCI_PREFIX);
}

/** The path of a blob inside a layout. */
export function blobPath(dir: string, digest: string): string {
  return path.join(dir, 'blobs', ...digest.split(':'));
}

interface IndexEntry {
  readonly mediaType?: string;
  readonly digest?: string;
  readonly size?: number;
  readonly annotations?: Record<string, string>;
}

function readJson(file: string, input: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw inputError(input, `${what} ${file} cannot be read as JSON (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, EXPECTED);
  }
}

/** The repository and tag a host keeps the image under, from the layout's ref name (org.opencontainers.image.ref.name). */
function hostName(refName: string, dir: string): { repository: string; tag: string } {
  const folder = path.basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'image';
  if (refName.includes('/') || refName.includes(':')) {
    const { repository, tag } = splitReference(refName);
    try {
      return { repository: parseRepository(repository).name, tag: tag && VALID_TAG.test(tag) ? tag : '' };
    } catch {
      return { repository: `oci/${folder}`, tag: '' };
    }
  }
  return { repository: `oci/${folder}`, tag: refName && VALID_TAG.test(refName) ? refName : '' };
}

/**
 * Reads and checks oci:DIR[@sha256:...] (relative to `cwd`). Each fault is one line naming
 * `input`: a missing folder, a folder that is not a layout, several images and none chosen, a
 * digest the layout does not hold, a blob missing from it.
 */
export function readOciImage(text: string, input = 'deploy_image', cwd = process.cwd()): OciImage {
  let rest = text.trim().slice(OCI_PREFIX.length);
  let wanted = '';
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    wanted = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(wanted)) throw inputError(input, `'${text.trim()}' has a digest that is not sha256:<64 hex digits>`, EXPECTED);
  }
  if (!rest) throw inputError(input, `'${text.trim()}' names no folder`, EXPECTED);
  const dir = path.resolve(cwd, rest);
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw inputError(input, `the folder ${dir} does not exist`, EXPECTED);
  }
  if (!st.isDirectory()) throw inputError(input, `${dir} is not a folder`, EXPECTED);
  const missing = ['oci-layout', 'index.json'].filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) throw inputError(input, `${dir} is not an OCI image layout (no ${missing.join(', no ')})`, EXPECTED);
  const index = readJson(path.join(dir, 'index.json'), input, 'the index') as { manifests?: IndexEntry[] };
  const entries = (Array.isArray(index.manifests) ? index.manifests : []).filter((m) => typeof m.digest === 'string' && DIGEST_RE.test(m.digest));
  const digests = [...new Set(entries.map((m) => m.digest as string))];
  const describe = () => digests.map((d) => {
    const names = entries.filter((m) => m.digest === d).map((m) => m.annotations?.['org.opencontainers.image.ref.name']).filter(Boolean);
    return `${d}${names.length ? ` (${names.join(', ')})` : ''}`;
  }).join('; ');
  if (digests.length === 0) throw inputError(input, `the OCI layout ${dir} holds no image`, EXPECTED);
  let digest = wanted;
  if (wanted) {
    if (!digests.includes(wanted)) throw inputError(input, `the OCI layout ${dir} holds no image ${wanted}; it holds ${describe()}`, EXPECTED);
  } else if (digests.length > 1) {
    throw inputError(input, `the OCI layout ${dir} holds ${digests.length} images and none is chosen: ${describe()}`, `oci:${rest}@sha256:... naming one of them`);
  } else digest = digests[0];
  const entry = entries.find((m) => m.digest === digest) as IndexEntry;
  const manifestFile = blobPath(dir, digest);
  if (!fs.existsSync(manifestFile)) throw inputError(input, `the OCI layout ${dir} lists ${digest} but holds no blob for it`, EXPECTED);
  const body = fs.readFileSync(manifestFile);
  const manifest = (() => {
    try {
      return JSON.parse(body.toString('utf8')) as { mediaType?: string; config?: OciBlob; layers?: OciBlob[]; manifests?: IndexEntry[] };
    } catch {
      throw inputError(input, `the manifest ${digest} in ${dir} is not JSON`, EXPECTED);
    }
  })();
  const mediaType = manifest.mediaType ?? entry.mediaType ?? 'application/vnd.oci.image.manifest.v1+json';
  const name = hostName(entry.annotations?.['org.opencontainers.image.ref.name'] ?? '', dir);
  const base = { dir, digest, mediaType, size: body.length, ...name };
  const needed: string[] = [];
  if (INDEX_TYPES.has(mediaType) || Array.isArray(manifest.manifests)) {
    for (const m of manifest.manifests ?? []) if (m.digest) needed.push(m.digest);
    const absent = needed.filter((d) => !fs.existsSync(blobPath(dir, d)));
    if (absent.length) throw inputError(input, `the OCI layout ${dir} lacks the blob(s) ${absent.join(', ')} of ${digest}`, EXPECTED);
    return { ...base, configDigest: '', layers: [] };
  }
  if (!manifest.config?.digest || !Array.isArray(manifest.layers)) throw inputError(input, `${digest} in ${dir} is not an image manifest (no config or layers)`, EXPECTED);
  const absent = [manifest.config, ...manifest.layers].map((b) => b.digest).filter((d) => !fs.existsSync(blobPath(dir, d)));
  if (absent.length) throw inputError(input, `the OCI layout ${dir} lacks the blob(s) ${absent.join(', ')} of ${digest}`, EXPECTED);
  return { ...base, configDigest: manifest.config.digest, config: manifest.config, layers: manifest.layers };
}

/** One platform's entry of an index: its manifest's digest and its platform. */
export interface OciPlatformEntry {
  readonly digest: string;
  readonly os: string;
  readonly architecture: string;
  readonly variant: string;
}

/** os/architecture[/variant], as engines and indexes write a platform. */
export function platformText(p: { os: string; architecture: string; variant?: string }): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** The images an index lists by platform; entries of no real platform (attestations: unknown/unknown) are left out. */
export function indexPlatforms(image: OciImage): OciPlatformEntry[] {
  if (image.config) return [];
  const index = JSON.parse(fs.readFileSync(blobPath(image.dir, image.digest), 'utf8')) as { manifests?: Array<IndexEntry & { platform?: { os?: string; architecture?: string; variant?: string } }> };
  const out: OciPlatformEntry[] = [];
  for (const m of index.manifests ?? []) {
    const p = m.platform;
    if (!m.digest || !DIGEST_RE.test(m.digest) || !p?.os || !p.architecture || p.os === 'unknown' || p.architecture === 'unknown') continue;
    if (m.mediaType && INDEX_TYPES.has(m.mediaType)) continue;
    out.push({ digest: m.digest, os: p.os, architecture: p.architecture, variant: p.variant ?? '' });
  }
  return out;
}

/**
 * The entry an engine of `platform` (os/architecture[/variant], as `docker version` gives os and
 * architecture) runs: the same os and architecture; among several of those, the variant named, else
 * the one without a variant, else the first listed. undefined when none fits.
 */
export function pickPlatform(entries: readonly OciPlatformEntry[], platform: string): OciPlatformEntry | undefined {
  const [os, architecture, variant = ''] = platform.trim().split('/');
  if (!os || !architecture) return undefined;
  const fit = entries.filter((e) => e.os === os && e.architecture === architecture);
  return fit.find((e) => variant !== '' && e.variant === variant) ?? fit.find((e) => e.variant === '') ?? fit[0];
}

/** One platform's image of an index, read and checked like any image of the layout (its config and layers present). */
export function platformImage(image: OciImage, entry: OciPlatformEntry): OciImage {
  const manifest = JSON.parse(fs.readFileSync(blobPath(image.dir, entry.digest), 'utf8')) as { mediaType?: string; config?: OciBlob; layers?: OciBlob[] };
  if (!manifest.config?.digest || !Array.isArray(manifest.layers)) throw new Error(`${entry.digest} (${platformText(entry)}) in ${image.dir} is not an image manifest (no config or layers)`);
  const absent = [manifest.config, ...manifest.layers].map((b) => b.digest).filter((d) => !fs.existsSync(blobPath(image.dir, d)));
  if (absent.length) throw new Error(`the OCI layout ${image.dir} lacks the blob(s) ${absent.join(', ')} of ${entry.digest} (${platformText(entry)})`);
  return {
    ...image, digest: entry.digest, mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json', size: fs.statSync(blobPath(image.dir, entry.digest)).size,
    configDigest: manifest.config.digest, config: manifest.config, layers: manifest.layers,
  };
}
