import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { readTarEntries } from '../buildkit/export-files';
import { Engine } from '../../engine/docker';
import { UserError, errorMessage } from '../../errors';
import { userCacheDir } from '../../user-dirs';
import { parseRepository, splitReference } from '../../image-ref';
import { RegistryClient } from '../../registry/registry-client';
import { PULL_REFUSED } from '../../registry/registry-auth';
import { Reporter } from '../../reporter';
import { Platform, platformText } from '../plan/platforms';
import { BaseConfig } from './image-config';
import { GZIP_CHUNK, GZIP_LEVEL, LAYER_MEDIA_TYPE, reproducibleGzip, sha256 } from './reproducible-tar';

/**
 * The runtime base of an assembled image: nothing for scratch; the blobs of a base that lives
 * in the image's own registry, mounted there across repositories (never downloaded); else the
 * engine's copy of the base, saved once and its layers compressed reproducibly into a cache
 * folder keyed by diff id, so later builds read the blobs from there instead of the engine.
 */

export interface BaseLayer {
  diffId: string;
  digest: string;
  size: number;
  mediaType: string;
  /** Uncompressed size, when known. */
  tarSize?: number;
  /** The repository (in the target registry) the blob is mounted from. */
  mountFrom?: string;
  /** The compressed blob in the cache folder. */
  blobPath?: string;
}

export interface BaseImage {
  /** The runtime image as named, e.g. debian:bookworm-slim; 'scratch' for none. */
  image: string;
  source: 'scratch' | 'registry' | 'engine';
  config?: BaseConfig;
  layers: BaseLayer[];
}

/**
 * Where reproducibly compressed base layers are kept: the runner's cache folder, one subfolder
 * per compression (a blob made another way would give another digest than a fresh runner's).
 */
export function layerCacheDir(env: NodeJS.ProcessEnv): string {
  return path.join(userCacheDir(env), 'gantry', 'base-layers', `gzip${GZIP_LEVEL}-${GZIP_CHUNK}`);
}

const GZIP_LAYER_TYPES: string[] = [LAYER_MEDIA_TYPE, 'application/vnd.oci.image.layer.v1.tar+gzip'];

/** Whether a manifest or index entry's platform is the one asked for. */
function samePlatform(p: { os?: string; architecture?: string; variant?: string } | undefined, want: Platform): boolean {
  return Boolean(p && p.os === want.os && p.architecture === want.arch && (want.arch !== 'arm' || !p.variant || p.variant === 'v7'));
}

/** The base from the target registry's own repository, or undefined when that registry does not hold it. */
export async function baseFromRegistry(image: string, platform: Platform, client: RegistryClient): Promise<BaseImage | undefined> {
  const { repository, tag, digest } = splitReference(image);
  const repo = parseRepository(repository, 'runtime_image');
  const ref = digest || tag || 'latest';
  const found = await client.getImage(repo.path, ref, (entries) => {
    const entry = entries.find((e) => samePlatform(e.platform, platform));
    if (!entry) throw new UserError(`runtime_image '${image}' has no ${platformText(platform)} image (it has ${entries.map((e) => `${e.platform?.os}/${e.platform?.architecture}`).join(', ')})`);
    return entry;
  });
  if (!found) return undefined;
  const config = JSON.parse(found.config.toString('utf8')) as BaseConfig;
  if (!samePlatform(config, platform)) {
    throw new UserError(`runtime_image '${image}' is ${config.os}/${config.architecture}, not ${platformText(platform)}`);
  }
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== found.layers.length) throw new UserError(`runtime_image '${image}': its manifest and config name different layer counts`);
  const layers = found.layers.map((l, i): BaseLayer => {
    if (!GZIP_LAYER_TYPES.includes(l.mediaType)) {
      throw new UserError(`runtime_image '${image}' has a layer of type ${l.mediaType}; the direct build takes gzip layers only (build_mode: buildkit builds it)`);
    }
    return { diffId: diffIds[i], digest: l.digest, size: l.size, mediaType: LAYER_MEDIA_TYPE, mountFrom: repo.path };
  });
  return { image, source: 'registry', config, layers };
}

interface CachedImage {
  config: string;
  layers: Array<{ diffId: string; digest: string; size: number; tarSize: number }>;
}

function writeAtomic(file: string, data: Buffer | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

const hex = (digest: string) => digest.replace(/^sha256:/, '');

/** Reads every entry of a `docker save` stream into memory. */
async function readSaved(stream: NodeJS.ReadableStream): Promise<Map<string, Buffer>> {
  return new Map((await readTarEntries(stream)).filter((e) => e.header.type === 'file').map((e) => [e.header.name, e.body]));
}

function cachedImage(dir: string, imageId: string): CachedImage | undefined {
  try {
    const cached = JSON.parse(fs.readFileSync(path.join(dir, 'images', `${hex(imageId)}.json`), 'utf8')) as CachedImage;
    for (const l of cached.layers) if (!fs.existsSync(path.join(dir, 'blobs', hex(l.digest)))) return undefined;
    return cached;
  } catch {
    return undefined;
  }
}

/** The base as the engine holds it (pulled for the platform when absent), its layers compressed once. */
export async function baseFromEngine(image: string, platform: Platform, engine: Engine, reporter: Reporter, cacheDir: string): Promise<BaseImage> {
  let info = await engine.inspectImage(image);
  if (!info) {
    reporter.info(`pulling runtime image ${image} for ${platformText(platform)}`);
    try {
      await engine.pull(image, platformText(platform));
    } catch (err) {
      const m = errorMessage(err).split('\n')[0];
      const credentials = engine.credentialsFor(image);
      if (PULL_REFUSED.test(m)) {
        const why = credentials ? 'its registry refuses the credentials given' : /repository does not exist/i.test(m) ? 'no such image, or its registry needs credentials to pull it' : 'its registry needs credentials to pull it';
        throw new UserError(`runtime_image '${image}': ${why} (${m}); ${credentials ? 'check' : 'give them in'} registry_auth_config`);
      }
      throw err;
    }
    info = await engine.inspectImage(image);
    if (!info) throw new UserError(`runtime_image '${image}': the engine pulled it but does not list it`);
  }
  const actual = { os: info.Os, architecture: info.Architecture, variant: (info as { Variant?: string }).Variant };
  if (!samePlatform(actual, platform)) {
    throw new UserError(`runtime_image '${image}' in the engine is ${info.Os}/${info.Architecture}, not ${platformText(platform)}; push it to the image's registry (it is mounted from there) or use build_mode: buildkit`);
  }
  let cached = cachedImage(cacheDir, info.Id);
  if (!cached) {
    const started = Date.now();
    const files = await readSaved(await engine.save(info.Id));
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '[]') as Array<{ Config: string; Layers: string[] }>;
    const configBytes = manifest[0] && files.get(manifest[0].Config);
    if (!configBytes) throw new Error(`the engine saved ${image} without its config`);
    const config = JSON.parse(configBytes.toString('utf8')) as BaseConfig;
    const diffIds = config.rootfs?.diff_ids ?? [];
    const layers: CachedImage['layers'] = [];
    for (const [i, name] of manifest[0].Layers.entries()) {
      const tar = files.get(name);
      if (!tar) throw new Error(`the engine saved ${image} without layer ${name}`);
      const diffId = sha256(tar);
      if (diffId !== diffIds[i]) throw new Error(`the engine saved layer ${i + 1} of ${image} with diff id ${diffId}, not ${diffIds[i]}`);
      const known = readLayer(cacheDir, diffId);
      if (known) {
        layers.push(known);
        continue;
      }
      const blob = await reproducibleGzip(tar);
      const layer = { diffId, digest: sha256(blob), size: blob.length, tarSize: tar.length };
      writeAtomic(path.join(cacheDir, 'blobs', hex(layer.digest)), blob);
      writeAtomic(path.join(cacheDir, 'layers', `${hex(diffId)}.json`), JSON.stringify(layer));
      layers.push(layer);
    }
    cached = { config: configBytes.toString('utf8'), layers };
    writeAtomic(path.join(cacheDir, 'images', `${hex(info.Id)}.json`), JSON.stringify(cached));
    reporter.info(`runtime image ${image}: ${layers.length} layer(s) compressed from the engine in ${((Date.now() - started) / 1000).toFixed(1)}s (kept for later builds)`);
  }
  return {
    image,
    source: 'engine',
    config: JSON.parse(cached.config) as BaseConfig,
    layers: cached.layers.map((l) => ({ ...l, mediaType: LAYER_MEDIA_TYPE, blobPath: path.join(cacheDir, 'blobs', hex(l.digest)) })),
  };
}

function readLayer(dir: string, diffId: string): CachedImage['layers'][number] | undefined {
  try {
    const layer = JSON.parse(fs.readFileSync(path.join(dir, 'layers', `${hex(diffId)}.json`), 'utf8')) as CachedImage['layers'][number];
    return fs.existsSync(path.join(dir, 'blobs', hex(layer.digest))) ? layer : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the runtime image names the target registry (so its blobs can be mounted there). */
export function inRegistry(image: string, registry: string): boolean {
  if (image === 'scratch') return false;
  try {
    return parseRepository(splitReference(image).repository, 'runtime_image').registry === registry;
  } catch {
    return false;
  }
}

/** The runtime base for a build: scratch, the target registry's copy, or the engine's. */
export async function resolveBase(o: {
  image: string;
  platform: Platform;
  registry: string;
  client: RegistryClient | undefined;
  engine: Engine;
  reporter: Reporter;
  cacheDir: string;
}): Promise<BaseImage> {
  if (o.image === 'scratch') return { image: 'scratch', source: 'scratch', layers: [] };
  if (o.client && inRegistry(o.image, o.registry)) {
    const base = await baseFromRegistry(o.image, o.platform, o.client);
    if (base) return base;
    o.reporter.info(`runtime image ${o.image} is not in registry ${o.registry}; taking it from the engine`);
  }
  return baseFromEngine(o.image, o.platform, o.engine, o.reporter, o.cacheDir);
}
