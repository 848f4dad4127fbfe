import * as fs from 'fs';
import * as path from 'path';
import { PassThrough } from 'stream';
import * as tarFs from 'tar-fs';
import type * as tarStream from 'tar-stream';
import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';
import { nonce } from '../buildkit/export-files';
import { folderTar } from '../cache/folder-tar';
import { STAMP, folderStamps, placeEntry, pruneCacheDir, readStamp, recordSizes, sizesAfterAdding } from '../cache/cache-dir';
import { GOCACHE, MODCACHE, builderVolumes } from './builder-key';
import { Builder, BuilderEngine } from './builder';

/**
 * cache_dir for the direct path: the folder's sub-folders (one per cache id, the layout
 * cache-dir.ts keeps for BuildKit's cache mounts) are copied straight into a builder's cache
 * volumes when they differ (stamps, as there), and what changed is copied back after the builds.
 */

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

interface Mount {
  id: string;
  target: string;
  builder: Builder;
}

/** The stamps of a builder's volumes, one line each. Pure. */
export function stampScript(targets: string[]): string[] {
  return ['sh', '-c', `for p in "$@"; do echo "gantry-stamp $(cat "$p/${STAMP}" 2>/dev/null)"; done`, 'sh', ...targets];
}

/**
 * Streams what a volume holds as a tar on stdout: all of it, or only what is newer than its
 * stamp; then the new stamp replaces the old. The new stamp is written before the files are
 * listed, so a file another build writes meanwhile is newer than it and goes with the next save.
 * Nothing newer: no tar, the stamp stays, `gantry-unchanged` on stderr.
 */
export function extractScript(): string {
  return `set -e; c=$1; mode=$2; stamp=$3; cd "$c"
next="${STAMP}.$stamp"; list="/tmp/gantry-save.$$"
trap 'rm -f "$list" "$next"' EXIT
echo "$stamp" > "$next"
if [ "$mode" = since ] && [ -f ${STAMP} ]; then
  find . -newer ${STAMP} ! -name '${STAMP}*' \\( -type f -o -type l \\) -print0 > "$list"
  if [ ! -s "$list" ]; then echo gantry-unchanged >&2; exit 0; fi
  tar -c --null -T "$list" -f -
else tar -c --exclude='./${STAMP}*' -f - .; fi
mv "$next" ${STAMP}`;
}

interface Saved {
  id: string;
  mode: 'full' | 'since';
  files: number;
  bytes: number;
}

export class BuilderCaches {
  private readonly mounts = new Map<string, Mount>();
  private readonly lineage = new Map<string, 'same' | 'other'>();
  /** Volumes this run filled from the folder. */
  private readonly restored = new Set<string>();

  constructor(
    private readonly engine: BuilderEngine,
    private readonly reporter: Reporter,
    readonly dir: string,
    private readonly maxMb: number,
    /** The environment tar runs with (the front end's). */
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A builder's volumes this run has not restored yet. */
  private unmounted(b: Builder): Mount[] {
    const vols = builderVolumes(b.key);
    return [
      { id: vols.mod, target: MODCACHE, builder: b },
      { id: vols.build, target: GOCACHE, builder: b },
    ].filter((m) => !this.mounts.has(m.id));
  }

  /**
   * The stamps a builder's volumes must hold for restore() to have nothing to do: the folder's
   * own (a folder entry without a stamp restores nothing). Read locally, no engine call.
   */
  expected(b: Builder): Array<{ target: string; stamp: string }> {
    return this.unmounted(b).map((m) => ({ target: m.target, stamp: readStamp(path.join(this.dir, m.id)) })).filter((x) => x.stamp);
  }

  /** The volumes held the stamps expected() gave: recorded as restore() would have. */
  accept(b: Builder): void {
    for (const m of this.unmounted(b)) {
      this.mounts.set(m.id, m);
      this.lineage.set(m.id, readStamp(path.join(this.dir, m.id)) ? 'same' : 'other');
    }
  }

  /** Before a builder's first build of the run: the folder's caches into its volumes, where they differ. */
  async restore(b: Builder): Promise<void> {
    const fresh = this.unmounted(b);
    if (!fresh.length) return;
    for (const m of fresh) this.mounts.set(m.id, m);
    const started = Date.now();
    // Volumes this run created hold no stamp: nothing to ask the engine.
    const probe = fresh.every((m) => b.newVolumes.includes(m.id)) ? undefined : await this.engine.exec(b.id, stampScript(fresh.map((m) => m.target)));
    const engineStamps = [...(probe?.stdout.toString('utf8') ?? '').matchAll(/^gantry-stamp ?(\S*)\s*$/gm)].map((x) => x[1]);
    const injected: string[] = [];
    let bytes = 0;
    // Each volume in its own stream, at once (the module cache and the compiler cache).
    await Promise.all(fresh.map(async (m, i) => {
      const folder = path.join(this.dir, m.id);
      const stamp = readStamp(folder);
      if (!stamp) {
        this.lineage.set(m.id, 'other');
        return;
      }
      if (engineStamps[i] === stamp) {
        this.lineage.set(m.id, 'same');
        return;
      }
      try {
        const tar = folderTar(folder, this.env, (m) => this.reporter.debug(m));
        // The tar's own error reaches putArchive through the upload; one left unread when the
        // engine refused early must not end the run.
        tar.stream.on('error', () => undefined);
        await this.engine.putArchive(b.id, m.target, tar.stream).finally(() => tar.stream.destroy());
        // The stamp is touched with the engine's clock: files the build writes are newer.
        const res = await this.engine.exec(b.id, ['sh', '-c', 'echo "$2" > "$1/.gantry-stamp"', 'sh', m.target, stamp]);
        if (res.exitCode !== 0) throw new Error(res.stderr.toString('utf8').trim());
        this.lineage.set(m.id, 'same');
        this.restored.add(m.id);
        injected.push(m.id);
        bytes += tar.bytes();
      } catch (err) {
        this.lineage.set(m.id, 'other');
        this.reporter.warn(`cache: could not restore ${folder} into builder volume ${m.id} (${errorMessage(err)}); building without it`);
      }
    }));
    if (injected.length) this.reporter.info(`cache: restored ${mb(bytes)} from ${this.dir} into builder volumes ${injected.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    else this.reporter.debug(`cache: builder ${b.name}'s volumes already hold ${this.dir}'s caches (or it has none)`);
  }

  /**
   * After a compile failed in `b`: when this run restored the folder's build cache into the
   * builder's volume, that cache may be what failed it (a damaged entry makes go fail in odd
   * ways), so it is emptied and its folder entry replaced by the next save. Returns the
   * folder, or undefined when nothing was restored (or it was dropped already).
   */
  async dropRestoredBuildCache(b: Builder): Promise<string | undefined> {
    const id = builderVolumes(b.key).build;
    if (!this.restored.has(id)) return undefined;
    this.restored.delete(id);
    const res = await this.engine.exec(b.id, ['sh', '-c', 'find "$1" -mindepth 1 -delete', 'sh', GOCACHE]);
    if (res.exitCode !== 0) throw new Error(`could not empty ${GOCACHE} in builder ${b.name}: ${res.stderr.toString('utf8').trim()}`);
    this.lineage.set(id, 'other');
    return this.dir;
  }

  /** Copies one volume's files (all, or what changed since the stamp) into the folder's entry; undefined when nothing changed. */
  private async saveOne(m: Mount, stamp: string): Promise<Saved | undefined> {
    const mode = this.lineage.get(m.id) === 'same' ? 'since' : 'full';
    const staging = path.join(path.dirname(path.resolve(this.dir)), `.gantry-cache-${stamp}-${m.id}`);
    let files = 0;
    let bytes = 0;
    let input: PassThrough | undefined;
    let extracted: Promise<void> | undefined;
    try {
      const res = await this.engine.exec(m.builder.id, ['sh', '-c', extractScript(), 'sh', m.target, mode, stamp], {
        streamStdout: true,
        onOutput: (chunk, stream) => {
          if (stream !== 'stdout') return;
          if (!input) {
            const pass = new PassThrough();
            input = pass;
            extracted = new Promise<void>((resolve, reject) => {
              // The module cache's files and folders are read-only: made writable for the owner, as a copy needs.
              const extract = tarFs.extract(staging, {
                map: (h: tarStream.Headers) => {
                  if (h.type === 'file') {
                    files++;
                    bytes += h.size ?? 0;
                  }
                  return h;
                },
                dmode: 0o700,
                fmode: 0o200,
                chown: false,
              } as tarFs.ExtractOptions);
              extract.on('finish', () => resolve());
              extract.on('error', reject);
              pass.on('error', reject);
              pass.pipe(extract);
            });
            // Awaited once docker exec ends; until then a failed write (a full disk) must not
            // surface as an unhandled rejection, which Node prints as a stack trace and dies of.
            extracted.catch(() => undefined);
          }
          input.write(chunk);
        },
      });
      input?.end();
      await extracted;
      if (res.exitCode !== 0) throw new Error(res.stderr.toString('utf8').trim().split('\n').slice(-2).join(' | '));
      if (!input) {
        if (mode === 'since') return undefined;
        fs.mkdirSync(staging, { recursive: true });
      }
      fs.writeFileSync(path.join(staging, STAMP), `${stamp}\n`);
      placeEntry(staging, path.join(this.dir, m.id), mode);
      return { id: m.id, mode, files, bytes };
    } finally {
      input?.destroy();
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  /** After the builds: what changed in the volumes into the folder (nothing when nothing did), then pruning. */
  async save(): Promise<void> {
    if (!this.mounts.size) return;
    const started = Date.now();
    const stamp = nonce();
    fs.mkdirSync(this.dir, { recursive: true });
    const before = folderStamps(this.dir);
    const saved = (await Promise.all([...this.mounts.values()].map((m) => this.saveOne(m, stamp)))).filter((x): x is Saved => Boolean(x));
    if (!saved.length) {
      this.reporter.info(`cache: nothing changed in the builder volumes since ${this.dir} was saved; left as it is (${((Date.now() - started) / 1000).toFixed(2)}s)`);
      return;
    }
    const lines = saved.map((x) => `${x.id} ${x.mode === 'full' ? 'all' : 'changed'}: ${x.files} files, ${mb(x.bytes)}`);
    const maxBytes = this.maxMb * 1048576;
    let sizes = sizesAfterAdding(this.dir, before, Object.fromEntries(saved.map((x) => [x.id, x.bytes])), maxBytes);
    if (sizes) recordSizes(this.dir, sizes);
    else sizes = pruneCacheDir(this.dir, maxBytes);
    this.reporter.info(`cache: saved the builder volumes into ${this.dir} in ${((Date.now() - started) / 1000).toFixed(2)}s (${lines.join('; ')})`);
    this.reporter.info(
      `cache: ${this.dir} holds ${mb(sizes.totalBytes)} (modules ${mb(sizes.moduleBytes)})` +
        (sizes.prunedFiles ? `; pruned ${sizes.prunedFiles} oldest build cache entries (${mb(sizes.prunedBytes)}) to stay under cache_max_mb ${this.maxMb}` : ''),
    );
  }
}
