import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import * as tarStream from 'tar-stream';
import { Engine, readAll } from '../../engine/docker';
import { userCacheDir } from '../../user-dirs';
import { Reporter } from '../../reporter';
import { UserError, errorMessage, inputError } from '../../errors';
import { RootfsFiles } from './assemble';
import { RootfsLayers, rootfsLayers } from './layers';
import { GZIP_CHUNK, GZIP_LEVEL, Layer, LAYER_MEDIA_TYPE, sha256 } from './reproducible-tar';
import { BuilderKey, GOCACHE, MODCACHE, WORK_ROOT, builderLabels, builderName, builderVolumes, idleLoop, isBuilderOf } from './builder-key';

/**
 * The direct path's builder containers: one per BuilderKey, created on first use from the
 * builder image, reused across runs while it lives (its first process ends it after
 * builder_idle_minutes without a build; it is auto-removed, its cache volumes stay).
 */

export interface Builder {
  key: BuilderKey;
  name: string;
  id: string;
  /** The builder image's id (what its CA bundle and zoneinfo are cached under). */
  imageId: string;
  /** The cache volumes this run created (empty: they hold no stamp). */
  newVolumes: string[];
  /** This run created the container: its work trees are empty. */
  created?: boolean;
}

/** The engine as builders and their caches use it (a scripted fake stands in for it in unit tests). */
export type BuilderEngine = Pick<Engine, 'inspectContainer' | 'removeContainer' | 'inspectImage' | 'pull' | 'volumeExists' | 'createVolume' | 'createContainer' | 'startContainer' | 'exec' | 'getArchive' | 'putArchive'>;

/** An engine error meaning the builder container is gone or no longer running. */
export function builderGone(err: unknown): boolean {
  const status = (err as { statusCode?: number }).statusCode;
  return status === 404 || status === 409 || /no such container|is not running|container .* is (paused|restarting)|is marked for removal/i.test(errorMessage(err));
}

/** cache_dir's side of builders (builder-cache.ts), as the pool calls it. */
export interface BuilderCacheHooks {
  restore(b: Builder): Promise<void>;
  expected(b: Builder): Array<{ target: string; stamp: string }>;
  accept(b: Builder): void;
  drop(b: Builder): Promise<string | undefined>;
}

const NO_CACHES: BuilderCacheHooks = { restore: async () => undefined, expected: () => [], accept: () => undefined, drop: async () => undefined };

export class BuilderPool {
  private readonly builders = new Map<string, Promise<Builder>>();
  private readonly rootfs = new Map<string, Promise<RootfsLayers>>();
  /** Builders used in this run, for cache_dir's save. */
  readonly used = new Map<string, Builder>();

  constructor(
    readonly engine: BuilderEngine,
    private readonly reporter: Reporter,
    private readonly idleMinutes: number,
    /** The engine's own platform (os/arch), which builders run on. */
    private readonly native: string,
    /** Where builder images' files are kept between runs (builderFilesDir). */
    readonly filesDir: string,
    /** cache_dir's side of a builder: its restore, what a build may take as already restored, dropping a damaged cache. */
    private readonly caches: BuilderCacheHooks = NO_CACHES,
  ) {}

  private readonly prepared = new Map<string, Promise<void>>();

  /** cache_dir's restore into a builder, once per builder and run (concurrent callers share it). */
  prepare(b: Builder): Promise<void> {
    let p = this.prepared.get(b.id);
    if (!p) {
      p = this.caches.restore(b);
      this.prepared.set(b.id, p);
    }
    return p;
  }

  /** A restore another build of this run started into `b`, if any: done when it is. */
  restoring(b: Builder): Promise<void> {
    return this.prepared.get(b.id) ?? Promise.resolve();
  }

  /**
   * What a build that skips prepare() requires of the builder's cache volumes: each path's
   * stamp, for the restore to have nothing to do (none for volumes restored already).
   */
  expectedStamps(b: Builder): Array<{ target: string; stamp: string }> {
    return this.caches.expected(b);
  }

  /** A build found the stamps expectedStamps() gave: the volumes count as restored. */
  stampsFound(b: Builder): void {
    this.caches.accept(b);
  }

  /** After a failed compile: drops a build cache this run restored from cache_dir (returns the folder), if any. */
  dropRestoredCache(b: Builder): Promise<string | undefined> {
    return this.caches.drop(b);
  }

  private readonly temporaries: string[] = [];

  /** A temporary folder (compiled binaries) removed by cleanup() at the end of the run. */
  temporary(dir: string): void {
    // Removed when the process ends: the supply chain step after the build may still read them.
    if (!this.temporaries.length) process.once('exit', () => this.cleanup());
    this.temporaries.push(dir);
  }

  cleanup(): void {
    for (const d of this.temporaries.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  }

  /** The running builder of `key`, created when missing (concurrent callers share one). */
  get(key: BuilderKey): Promise<Builder> {
    const name = builderName(key);
    let p = this.builders.get(name);
    if (!p) {
      p = this.ensure(key).then(async (b) => {
        if (!this.used.has(name)) {
          this.used.set(name, b);
          // The image's files are read while the build runs (a failure shows where they are used).
          this.rootfsOf(b).catch(() => undefined);
        }
        return b;
      });
      this.builders.set(name, p);
      p.catch(() => this.builders.delete(name));
    }
    return p;
  }

  /** After the builder vanished mid-build: forget it, make a new one. */
  recreate(key: BuilderKey): Promise<Builder> {
    const name = builderName(key);
    this.builders.delete(name);
    this.rootfs.delete(name);
    return this.get(key);
  }

  private async ensure(key: BuilderKey): Promise<Builder> {
    const name = builderName(key);
    // Only a missing container (404) is none: an engine that fails here fails the build.
    const existing = await this.engine.inspectContainer(name);
    if (existing) {
      if (existing.State?.Running && isBuilderOf(existing.Config?.Labels, key)) {
        this.reporter.debug(`builder ${name} is running (since ${existing.State.StartedAt})`);
        return { key, name, id: existing.Id, imageId: existing.Image, newVolumes: [] };
      }
      this.reporter.info(`builder ${name} is ${existing.State?.Status ?? 'stopped'}; replacing it`);
      await this.engine.removeContainer(name);
    }
    return this.create(key);
  }

  private async create(key: BuilderKey, tries = 10): Promise<Builder> {
    const name = builderName(key);
    const started = Date.now();
    if (!(await this.engine.inspectImage(key.image))) {
      this.reporter.info(`builder image ${key.image}: pulling`);
      try {
        await this.engine.pull(key.image, this.native);
      } catch (err) {
        throw inputError('go_version', `the engine cannot get builder image '${key.image}' (${errorMessage(err).split('\n')[0]})`, 'a Go version whose builder image exists, or builder_image');
      }
    }
    const vols = builderVolumes(key);
    const newVolumes: string[] = [];
    for (const v of [vols.mod, vols.build]) {
      const had = await this.engine.volumeExists(v);
      if (!had) {
        await this.engine.createVolume(v, { [`org.gantry.cache`]: v });
        newVolumes.push(v);
      }
    }
    const env = [`GOCACHE=${GOCACHE}`, `GOMODCACHE=${MODCACHE}`];
    if (key.goproxy) env.push(`GOPROXY=${key.goproxy}`);
    try {
      const id = await this.engine.createContainer({
        name,
        Image: key.image,
        Cmd: idleLoop(this.idleMinutes),
        Entrypoint: [],
        Env: env,
        WorkingDir: WORK_ROOT,
        Labels: builderLabels(key),
        HostConfig: {
          AutoRemove: true,
          NetworkMode: key.network === 'default' ? undefined : key.network,
          Mounts: [
            { Type: 'volume', Source: vols.mod, Target: MODCACHE },
            { Type: 'volume', Source: vols.build, Target: GOCACHE },
          ],
        },
      });
      await this.engine.startContainer(id);
      this.reporter.info(`builder ${name}: created from ${key.image} in ${((Date.now() - started) / 1000).toFixed(1)}s (ends itself after ${this.idleMinutes} idle minutes)`);
      return { key, name, id, imageId: (await this.engine.inspectImage(key.image))?.Id ?? '', newVolumes, created: true };
    } catch (err) {
      // Another run made it at the same moment: use theirs.
      if ((err as { statusCode?: number }).statusCode === 409) {
        const other = await this.engine.inspectContainer(name).catch(() => undefined);
        if (other?.State?.Running) return { key, name, id: other.Id, imageId: other.Image, newVolumes };
        // The old one is still being removed (a builder killed a moment ago): wait for its name.
        if (tries > 1) {
          await this.engine.removeContainer(name);
          await new Promise((r) => setTimeout(r, 300));
          return this.create(key, tries - 1);
        }
      }
      throw new UserError(`cannot start builder ${name} from ${key.image}: ${errorMessage(err).split('\n')[0]}`);
    }
  }

  /** The layers of a builder image's CA bundle and zoneinfo tree: made once per builder image, kept between runs. */
  rootfsOf(b: Builder): Promise<RootfsLayers> {
    let p = this.rootfs.get(b.name);
    if (!p) {
      p = readRootfsLayers(this.engine, b, this.filesDir);
      this.rootfs.set(b.name, p);
      p.catch(() => this.rootfs.delete(b.name));
    }
    return p;
  }
}

/** Reads every entry of a tar stream. */
export function readTar(archive: NodeJS.ReadableStream, onEntry: (h: tarStream.Headers, body: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const extract = tarStream.extract();
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        onEntry(header, Buffer.concat(chunks));
        next();
      });
      stream.on('error', reject);
    });
    extract.on('finish', () => resolve());
    extract.on('error', reject);
    archive.on('error', reject);
    archive.pipe(extract);
  });
}

/** Where a builder image's CA bundle and zoneinfo are kept between runs (they never change for one image id). */
export function builderFilesDir(env: NodeJS.ProcessEnv): string {
  return path.join(userCacheDir(env), 'gantry', 'builder-files');
}

/** Parses the zoneinfo archive (entries under zoneinfo/) into RootfsFiles entries. */
async function parseZoneinfo(archive: NodeJS.ReadableStream): Promise<RootfsFiles['zoneinfo']> {
  const zoneinfo: RootfsFiles['zoneinfo'] = [];
  await readTar(archive, (h, body) => {
    const rel = h.name.replace(/^zoneinfo\/?/, '').replace(/\/$/, '');
    const mode = (h.mode ?? 0o644) & 0o7777;
    if (h.type === 'directory') zoneinfo.push({ path: rel, mode, type: 'dir' });
    else if (h.type === 'symlink') zoneinfo.push({ path: rel, mode, type: 'symlink', linkname: h.linkname ?? '' });
    else if (h.type === 'file') zoneinfo.push({ path: rel, mode, type: 'file', body });
    else if (h.type === 'link') {
      // A hard link inside the tree: the same bytes as its target.
      const target = zoneinfo.find((e) => e.path === (h.linkname ?? '').replace(/^zoneinfo\/?/, ''));
      if (target?.body) zoneinfo.push({ path: rel, mode, type: 'file', body: target.body });
    }
  });
  return zoneinfo;
}

async function readRootfs(engine: BuilderEngine, b: Builder, dir: string): Promise<RootfsFiles> {
  const id = /^sha256:([0-9a-f]{64})$/.exec(b.imageId)?.[1];
  const certsFile = id ? path.join(dir, `${id}.ca-certificates.crt`) : '';
  const zoneFile = id ? path.join(dir, `${id}.zoneinfo.tar`) : '';
  if (id && fs.existsSync(certsFile) && fs.existsSync(zoneFile)) {
    try {
      return { caCertificates: fs.readFileSync(certsFile), zoneinfo: await parseZoneinfo(fs.createReadStream(zoneFile)) };
    } catch {
      // a damaged copy: read the image again
    }
  }
  const certs = await engine.exec(b.id, ['cat', '/etc/ssl/certs/ca-certificates.crt']);
  if (certs.exitCode !== 0) throw new UserError(`builder image ${b.key.image} has no /etc/ssl/certs/ca-certificates.crt (${certs.stderr.toString('utf8').trim()}); the image needs the CA bundle`);
  const tar = await readAll(await engine.getArchive(b.id, '/usr/share/zoneinfo'));
  const zoneinfo = await parseZoneinfo(Readable.from([tar]));
  if (id) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      // Written whole and renamed: a concurrent run reads either nothing or a complete copy.
      for (const [file, body] of [[certsFile, certs.stdout], [zoneFile, tar]] as const) {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, body);
        fs.renameSync(tmp, file);
      }
    } catch {
      // no cache folder: read again next time
    }
  }
  return { caCertificates: certs.stdout, zoneinfo };
}

/**
 * The certificates and zoneinfo layers of a builder's image. Their bytes depend only on the image
 * (its id) and the gzip settings, so they are kept as files (tar and gzip blob) and checked
 * against their digests when read again; a missing or damaged copy is made again.
 */
async function readRootfsLayers(engine: BuilderEngine, b: Builder, dir: string): Promise<RootfsLayers> {
  const id = /^sha256:([0-9a-f]{64})$/.exec(b.imageId)?.[1];
  const base = id ? path.join(dir, `${id}.layers-${GZIP_LEVEL}-${GZIP_CHUNK}`) : '';
  let record: Record<string, { diffId: string; digest: string }> | undefined;
  const kept = (name: keyof RootfsLayers): Layer | undefined => {
    try {
      record ??= JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as Record<string, { diffId: string; digest: string }>;
      const want = record[name];
      const tar = fs.readFileSync(`${base}.${name}.tar`);
      const blob = fs.readFileSync(`${base}.${name}.tar.gz`);
      const layer = { diffId: sha256(tar), digest: sha256(blob), size: blob.length, tar, blob, mediaType: LAYER_MEDIA_TYPE };
      return want && want.diffId === layer.diffId && want.digest === layer.digest ? layer : undefined;
    } catch {
      return undefined;
    }
  };
  if (base) {
    const certificates = kept('certificates');
    const zoneinfo = certificates && kept('zoneinfo');
    if (certificates && zoneinfo) return { certificates, zoneinfo };
  }
  const layers = await rootfsLayers(await readRootfs(engine, b, dir));
  if (base) {
    try {
      fs.mkdirSync(path.dirname(base), { recursive: true });
      // Each file written whole and renamed: a concurrent run reads either nothing or a complete copy.
      const put = (file: string, body: Buffer | string) => {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, body);
        fs.renameSync(tmp, file);
      };
      for (const name of ['certificates', 'zoneinfo'] as const) {
        put(`${base}.${name}.tar`, layers[name].tar as Buffer);
        put(`${base}.${name}.tar.gz`, layers[name].blob as Buffer);
      }
      put(`${base}.json`, JSON.stringify({ certificates: { diffId: layers.certificates.diffId, digest: layers.certificates.digest }, zoneinfo: { diffId: layers.zoneinfo.diffId, digest: layers.zoneinfo.digest } }));
    } catch {
      // no cache folder: made again next time
    }
  }
  return layers;
}
