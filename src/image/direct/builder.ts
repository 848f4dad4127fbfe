import * as fs from 'fs';
import * as path from 'path';
import * as tarStream from 'tar-stream';
import { Engine } from '../../engine/docker';
import { userCacheDir } from '../../user-dirs';
import { Reporter } from '../../reporter';
import { UserError, errorMessage, inputError } from '../../errors';
import { PULL_REFUSED } from '../../registry/registry-auth';
import { RootfsLayers } from './layers';
import { runtimeFileLayers } from '../runtime-files/runtime-files';
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
        const m = errorMessage(err).split('\n')[0];
        // Docker Hub answers a missing repository and a private one alike ("repository does not exist or may
        // require 'docker login'"): without credentials for it, the version is the likelier mistake.
        const credentials = (this.engine as Partial<Engine>).credentialsFor?.(key.image);
        if (PULL_REFUSED.test(m) && (credentials || !/repository does not exist/i.test(m))) throw new UserError(`builder image '${key.image}': its registry ${credentials ? 'refuses the credentials given' : 'needs credentials to pull it'} (${m}); give them in registry_auth_config`);
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

  /** The CA bundle and zoneinfo layers the image gets: gantry's pinned runtime files, whichever builder compiled (so every path gives one digest). */
  rootfsOf(_b: Builder): Promise<RootfsLayers> {
    return runtimeFileLayers();
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
