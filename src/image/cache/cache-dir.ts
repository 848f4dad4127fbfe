import * as fs from 'fs';
import { fileError } from '../../errors';
import * as path from 'path';
import { Readable } from 'stream';
import { Engine } from '../../engine/docker';
import { Reporter } from '../../reporter';
import { contextTar } from '../buildkit/context-tar';
import { cacheIds } from '../plan/dockerfile';
import { extractUnder, filesTar, helperBuild, nonce, removeImage, withImageArchive } from '../buildkit/export-files';

/**
 * The cache folder (cache_dir): BuildKit's cache mounts survive an ephemeral engine by being
 * copied into the folder after a build and back into a fresh engine's mounts before the next.
 *
 * Layout: one sub-folder per cache mount id (the ids of dockerfile.ts cacheIds(), so a module
 * cache per Go version, a compiler cache per Go version and platform), each holding the mount's
 * files and `.gantry-stamp`: a random id written into both the mount and the folder whenever
 * they were made equal. Equal stamps mean the engine's mount already holds everything the
 * folder does, so a warm engine skips the upload, and extraction then copies only what changed
 * since (files newer than the stamp). Deletions inside a mount are not carried over; pruning
 * keeps the folder small instead.
 */

export const STAMP = '.gantry-stamp';
const MOUNT_ROOT = '/gantry-cache';
/**
 * An empty image whose labels remember each mount's stamp as gantry last wrote it, so a warm
 * engine is recognised by one inspect instead of a probe build. If the engine pruned its build
 * cache since, the build is slower once and the extraction copies the mount whole again.
 */
export const MARKER_REPO = 'gantry-cache-state';
const MARKER_LABEL = 'org.gantry.cache.';
const OUT_ROOT = '/gantry-out';

export interface CacheMount {
  id: string;
  kind: 'mod' | 'build';
}

/** The cache mounts a generated build uses (vendored builds have no module cache). */
export function cacheMountsFor(goVersion: string, os: string, arch: string, cgo: boolean, vendored: boolean): CacheMount[] {
  const ids = cacheIds(goVersion, os, arch, cgo);
  const out: CacheMount[] = [{ id: ids.build, kind: 'build' }];
  if (!vendored) out.unshift({ id: ids.mod, kind: 'mod' });
  return out;
}

/** Distinct mounts, in first-seen order. */
export function uniqueMounts(mounts: CacheMount[]): CacheMount[] {
  const seen = new Map<string, CacheMount>();
  for (const m of mounts) if (!seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()];
}

function shellWord(s: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(s)) throw new Error(`not a cache id: ${s}`);
  return s;
}

function mountFlags(mounts: CacheMount[]): string {
  return mounts.map((m) => `--mount=type=cache,id=${shellWord(m.id)},target=${MOUNT_ROOT}/${m.id}`).join(' ');
}

/** Prints `gantry-stamp ID STAMP` per mount: what each of the engine's mounts was last made equal to. */
export function probeDockerfile(image: string, mounts: CacheMount[]): string {
  const ids = mounts.map((m) => shellWord(m.id)).join(' ');
  return [
    `FROM ${image}`,
    'ARG GANTRY_NONCE',
    `RUN ${mountFlags(mounts)} \\`,
    `    for id in ${ids}; do echo "gantry-stamp $id $(cat ${MOUNT_ROOT}/$id/${STAMP} 2>/dev/null)"; done`,
    '',
  ].join('\n');
}

/**
 * Copies the context's sub-folders (one per mount) into the mounts, then touches each stamp
 * with the engine's clock, so files the next build writes are newer than it even when the
 * folder came from a machine whose clock runs ahead.
 */
export function injectDockerfile(image: string, mounts: CacheMount[]): string {
  const ids = mounts.map((m) => shellWord(m.id)).join(' ');
  return [
    `FROM ${image}`,
    'ARG GANTRY_NONCE',
    `RUN --mount=type=bind,target=/in ${mountFlags(mounts)} \\`,
    `    set -e; for id in ${ids}; do cp -a /in/$id/. ${MOUNT_ROOT}/$id/; touch ${MOUNT_ROOT}/$id/${STAMP}; done`,
    '',
  ].join('\n');
}

/**
 * Copies each mount into a stage and that stage into an image of its own: all of a mount
 * (`full`) or only what changed since its stamp (`since`); then writes a new stamp to both.
 * Files are made owner-writable (the module cache is read-only), so a CI cache can restore
 * and delete them as any user.
 */
export function extractDockerfile(image: string, mounts: Array<CacheMount & { mode: 'full' | 'since' }>, newStamp: string): string {
  const pairs = mounts.map((m) => `${shellWord(m.id)}:${m.mode}`).join(' ');
  return [
    `FROM ${image} AS extract`,
    'ARG GANTRY_NONCE',
    `RUN ${mountFlags(mounts)} \\`,
    `    set -e; for pair in ${pairs}; do id=\${pair%%:*}; mode=\${pair#*:}; c=${MOUNT_ROOT}/$id; o=${OUT_ROOT}/$id; mkdir -p $o; cd $c; \\`,
    `      if [ "$mode" = since ] && [ -f ${STAMP} ]; then find . -newer ${STAMP} ! -name ${STAMP} \\( -type f -o -type l \\) -print0 | tar -c --null -T - -f - | tar -x -C $o; \\`,
    `      else tar -c --exclude=./${STAMP} -f - . | tar -x -C $o; fi; \\`,
    `      echo ${shellWord(newStamp)} > ${STAMP}; cp -p ${STAMP} $o/; chmod -R u+w $o; \\`,
    `      echo "gantry-extract $id $mode $(find $o -type f ! -name ${STAMP} | wc -l) $(du -sk $o | cut -f1)"; done`,
    '',
    'FROM scratch',
    `COPY --from=extract ${OUT_ROOT} ${OUT_ROOT}`,
    '',
  ].join('\n');
}

/** Parses the probe's `gantry-stamp ID STAMP` lines. */
export function parseStamps(logs: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of logs.matchAll(/^gantry-stamp (\S+) ?(\S*)\s*$/gm)) out.set(m[1], m[2]);
  return out;
}

/** Puts an extracted cache entry in place: a full extract replaces the entry, a `since` one adds the changed files to it. */
export function placeEntry(from: string, to: string, mode: 'full' | 'since'): void {
  if (mode === 'full') {
    fs.rmSync(to, { recursive: true, force: true });
    fs.renameSync(from, to);
  } else {
    try {
      fs.cpSync(from, to, { recursive: true, force: true, preserveTimestamps: true });
    } catch (err) {
      // Half-copied changes would pass for a whole entry: the entry goes, the next save writes it whole.
      fs.rmSync(to, { recursive: true, force: true });
      throw fileError('cache_dir', 'write', to, err);
    }
  }
}

export function readStamp(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, STAMP), 'utf8').trim();
  } catch {
    return '';
  }
}

export interface CacheEntry {
  file: string;
  size: number;
  mtimeMs: number;
}

function walk(dir: string, out: CacheEntry[]): void {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of names) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) walk(p, out);
    else if (d.isFile()) {
      const st = fs.statSync(p);
      out.push({ file: p, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
}

export function folderBytes(dir: string): number {
  const entries: CacheEntry[] = [];
  walk(dir, entries);
  return entries.reduce((n, e) => n + e.size, 0);
}

/**
 * Which compiler cache entries to delete so the folder fits `maxBytes`: the oldest first.
 * Go's build cache tolerates losing any entry (it recompiles what is missing); module caches
 * are never pruned, since a module removed would be downloaded again (or, offline, break the
 * build): their size only counts against the limit. Pure, for tests.
 */
export function pruneChoice(build: CacheEntry[], otherBytes: number, maxBytes: number): CacheEntry[] {
  let total = otherBytes + build.reduce((n, e) => n + e.size, 0);
  if (maxBytes <= 0 || total <= maxBytes) return [];
  const victims: CacheEntry[] = [];
  const oldestFirst = build.filter((e) => path.basename(e.file) !== STAMP && path.basename(e.file) !== 'README' && path.basename(e.file) !== 'trim.txt').sort((a, b) => a.mtimeMs - b.mtimeMs || (a.file < b.file ? -1 : 1));
  for (const e of oldestFirst) {
    if (total <= maxBytes) break;
    victims.push(e);
    total -= e.size;
  }
  return victims;
}

export interface PruneResult {
  totalBytes: number;
  moduleBytes: number;
  prunedBytes: number;
  prunedFiles: number;
}

/**
 * The folder's sizes as its last full walk found them (plus what was added since), with the
 * stamps its entries had then: the folder's sizes stay known without walking thousands of files
 * after every build. Any entry whose stamp is not the recorded one (another writer, a restored
 * folder) makes the record void and the next save walks the folder again.
 */
export const SIZES = '.gantry-sizes.json';

interface SizeRecord {
  totalBytes: number;
  moduleBytes: number;
  stamps: Record<string, string>;
}

/** Each entry's stamp ('' when it has none). */
export function folderStamps(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  let names: fs.Dirent[] = [];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d of names) if (d.isDirectory()) out[d.name] = readStamp(path.join(dir, d.name));
  return out;
}

function readSizes(dir: string): SizeRecord | undefined {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(dir, SIZES), 'utf8')) as SizeRecord;
    return typeof r.totalBytes === 'number' && typeof r.moduleBytes === 'number' && r.stamps && typeof r.stamps === 'object' ? r : undefined;
  } catch {
    return undefined;
  }
}

function writeSizes(dir: string, r: SizeRecord): void {
  try {
    const tmp = path.join(dir, `${SIZES}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(r));
    fs.renameSync(tmp, path.join(dir, SIZES));
  } catch {
    // no record: the next save walks the folder
  }
}

function sameStamps(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

/**
 * After files were added to the folder (`added` bytes per entry id; their stamps changed from
 * `before`): its sizes from the record when the record describes the folder as it was before
 * and the estimate (an upper bound: replaced files count twice) stays under `maxBytes`; else
 * undefined, and the caller walks and prunes (pruneCacheDir).
 */
export function sizesAfterAdding(dir: string, before: Record<string, string>, added: Record<string, number>, maxBytes: number): PruneResult | undefined {
  const r = readSizes(dir);
  if (!r || !sameStamps(r.stamps, before)) return undefined;
  let totalBytes = r.totalBytes;
  let moduleBytes = r.moduleBytes;
  for (const [id, bytes] of Object.entries(added)) {
    totalBytes += bytes;
    if (!id.startsWith('gantry-gobuild-')) moduleBytes += bytes;
  }
  if (maxBytes > 0 && totalBytes > maxBytes) return undefined;
  return { totalBytes, moduleBytes, prunedBytes: 0, prunedFiles: 0 };
}

/** Records sizes found or estimated for the folder as it is now. */
export function recordSizes(dir: string, sizes: PruneResult): void {
  writeSizes(dir, { totalBytes: sizes.totalBytes, moduleBytes: sizes.moduleBytes, stamps: folderStamps(dir) });
}

/** Prunes the folder to `maxBytes` (0: no limit) as pruneChoice says, and records its sizes. */
export function pruneCacheDir(dir: string, maxBytes: number): PruneResult {
  const result = walkAndPrune(dir, maxBytes);
  if (fs.existsSync(dir)) recordSizes(dir, result);
  return result;
}

function walkAndPrune(dir: string, maxBytes: number): PruneResult {
  const build: CacheEntry[] = [];
  const other: CacheEntry[] = [];
  let subdirs: string[] = [];
  try {
    subdirs = fs.readdirSync(dir);
  } catch {
    return { totalBytes: 0, moduleBytes: 0, prunedBytes: 0, prunedFiles: 0 };
  }
  for (const d of subdirs) walk(path.join(dir, d), d.startsWith('gantry-gobuild-') ? build : other);
  const moduleBytes = other.reduce((n, e) => n + e.size, 0);
  const victims = pruneChoice(build, moduleBytes, maxBytes);
  for (const v of victims) fs.rmSync(v.file, { force: true });
  const prunedBytes = victims.reduce((n, e) => n + e.size, 0);
  const totalBytes = moduleBytes + build.reduce((n, e) => n + e.size, 0) - prunedBytes;
  return { totalBytes, moduleBytes, prunedBytes, prunedFiles: victims.length };
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/**
 * One cache folder in use around a set of builds: `restore` before them (probe, then inject
 * what the engine lacks), `save` after (extract what changed, prune).
 */
export class CacheDir {
  /** Per mount: whether the engine's mount and the folder were equal (stamps) before the builds. */
  private lineage = new Map<string, 'same' | 'other'>();
  private mounts: CacheMount[] = [];

  constructor(
    private readonly engine: Engine,
    private readonly reporter: Reporter,
    readonly dir: string,
    private readonly maxMb: number,
    /** An image with a shell, cp, find and tar: the builder image of the builds. */
    private readonly image: string,
  ) {}

  async restore(mounts: CacheMount[]): Promise<void> {
    this.mounts = uniqueMounts(mounts);
    if (!this.mounts.length) return;
    const started = Date.now();
    const stamps = new Map(this.mounts.map((m) => [m.id, readStamp(path.join(this.dir, m.id))]));
    const withFiles = this.mounts.filter((m) => stamps.get(m.id));
    if (!withFiles.length) {
      for (const m of this.mounts) this.lineage.set(m.id, 'other');
      this.reporter.info(`cache: ${this.dir} holds nothing for ${this.mounts.map((m) => m.id).join(', ')} yet; the build fills the engine's cache mounts and they are saved after it`);
      return;
    }
    let engineStamps = await this.markedStamps();
    if (withFiles.some((m) => engineStamps.get(m.id) !== stamps.get(m.id))) {
      const probe = await helperBuild(this.engine, filesTar({ Dockerfile: probeDockerfile(this.image, this.mounts) }), { debug: this.reporter.debug.bind(this.reporter) });
      if (probe.imageId) await removeImage(this.engine, probe.imageId);
      engineStamps = parseStamps(probe.logs);
    }
    const missing = withFiles.filter((m) => engineStamps.get(m.id) !== stamps.get(m.id));
    for (const m of this.mounts) this.lineage.set(m.id, stamps.get(m.id) ? 'same' : 'other');
    if (!missing.length) {
      this.reporter.info(`cache: the engine's cache mounts already hold ${this.dir} (${withFiles.map((m) => m.id).join(', ')}); nothing to inject`);
      return;
    }
    const bytes = missing.reduce((n, m) => n + folderBytes(path.join(this.dir, m.id)), 0);
    const dockerfile = injectDockerfile(this.image, missing);
    const tar = contextTar(this.dir, { exclude: ['*', ...missing.map((m) => `!${m.id}`), 'Dockerfile'], extra: { Dockerfile: dockerfile } });
    const inject = await helperBuild(this.engine, tar as Readable, { debug: this.reporter.debug.bind(this.reporter) });
    if (inject.imageId) await removeImage(this.engine, inject.imageId);
    await this.markStamps(new Map(missing.map((m) => [m.id, stamps.get(m.id) as string])));
    this.reporter.info(`cache: injected ${mb(bytes)} from ${this.dir} into ${missing.map((m) => m.id).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }

  /** The stamps the marker image remembers for this engine's mounts. */
  private async markedStamps(): Promise<Map<string, string>> {
    const labels = (await this.engine.inspectImage(`${MARKER_REPO}:latest`))?.Config?.Labels ?? {};
    const out = new Map<string, string>();
    for (const [k, v] of Object.entries(labels)) if (k.startsWith(MARKER_LABEL)) out.set(k.slice(MARKER_LABEL.length), v);
    return out;
  }

  /** Re-imports the (empty) marker image with these stamps merged into its labels. */
  private async markStamps(updates: Map<string, string>): Promise<void> {
    try {
      const before = (await this.engine.inspectImage(`${MARKER_REPO}:latest`))?.Id;
      const stamps = await this.markedStamps();
      for (const [id, stamp] of updates) stamps.set(id, stamp);
      const changes = [...stamps].map(([id, stamp]) => `LABEL ${MARKER_LABEL}${shellWord(id)}=${shellWord(stamp)}`);
      await this.engine.importImage(filesTar({}), MARKER_REPO, 'latest', changes);
      if (before && before !== (await this.engine.inspectImage(`${MARKER_REPO}:latest`))?.Id) await removeImage(this.engine, before);
    } catch (err) {
      this.reporter.debug(`cache: could not record the mounts' stamps in ${MARKER_REPO} (${err instanceof Error ? err.message : String(err)})`);
    }
  }

  async save(): Promise<PruneResult | undefined> {
    if (!this.mounts.length) return undefined;
    const started = Date.now();
    const stamp = nonce();
    const plan = this.mounts.map((m) => ({ ...m, mode: this.lineage.get(m.id) === 'same' ? ('since' as const) : ('full' as const) }));
    const tag = `gantry-cache-export:${stamp}`;
    const built = await helperBuild(this.engine, filesTar({ Dockerfile: extractDockerfile(this.image, plan, stamp) }), { tag, debug: this.reporter.debug.bind(this.reporter) });
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const staging = fs.mkdtempSync(path.join(path.dirname(path.resolve(this.dir)), '.gantry-cache-'));
      try {
        await withImageArchive(this.engine, built.imageId || tag, OUT_ROOT, (archive) => extractUnder(archive, OUT_ROOT.slice(1), staging));
        fs.mkdirSync(this.dir, { recursive: true });
        for (const m of plan) {
          const from = path.join(staging, m.id);
          const to = path.join(this.dir, m.id);
          if (!fs.existsSync(from)) continue;
          placeEntry(from, to, m.mode);
        }
      } finally {
        fs.rmSync(staging, { recursive: true, force: true });
      }
    } finally {
      await removeImage(this.engine, tag);
    }
    await this.markStamps(new Map(this.mounts.map((m) => [m.id, stamp])));
    const lines = [...built.logs.matchAll(/^gantry-extract (\S+) (\S+) (\d+) (\d+)\s*$/gm)].map((m) => `${m[1]} ${m[2] === 'full' ? 'all' : 'changed'}: ${m[3]} files, ${mb(Number(m[4]) * 1024)}`);
    const pruned = pruneCacheDir(this.dir, this.maxMb * 1048576);
    this.reporter.info(`cache: extracted into ${this.dir} in ${((Date.now() - started) / 1000).toFixed(1)}s (${lines.join('; ')})`);
    this.reporter.info(
      `cache: ${this.dir} holds ${mb(pruned.totalBytes)} (modules ${mb(pruned.moduleBytes)})` +
        (pruned.prunedFiles ? `; pruned ${pruned.prunedFiles} oldest build cache entries (${mb(pruned.prunedBytes)}) to stay under cache_max_mb ${this.maxMb}` : ''),
    );
    if (this.maxMb > 0 && pruned.moduleBytes > this.maxMb * 1048576) {
      this.reporter.warn(`cache: module caches alone take ${mb(pruned.moduleBytes)}, over cache_max_mb ${this.maxMb}; modules are never pruned (they would be downloaded again): raise cache_max_mb`);
    }
    return pruned;
  }
}
