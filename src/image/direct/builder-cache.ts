import * as fs from 'fs';
import * as path from 'path';
import { Engine } from '../../engine/docker';
import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';
import { contextTar } from '../buildkit/context-tar';
import { extractUnder, nonce } from '../buildkit/export-files';
import { STAMP, folderBytes, placeEntry, pruneCacheDir, readStamp } from '../cache/cache-dir';
import { GOCACHE, MODCACHE, builderVolumes } from './builder-key';
import { Builder } from './builder';

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

/** Copies what a volume holds (all, or only what is newer than its stamp) to OUT/ID, then writes the new stamp. */
export function extractScript(): string {
  return `set -e; c=$1; o=$2; mode=$3; stamp=$4; mkdir -p "$o"; cd "$c"
if [ "$mode" = since ] && [ -f ${STAMP} ]; then find . -newer ${STAMP} ! -name ${STAMP} \\( -type f -o -type l \\) -print0 | tar -c --null -T - -f - | tar -x -C "$o"
else tar -c --exclude=./${STAMP} -f - . | tar -x -C "$o"; fi
echo "$stamp" > ${STAMP}; cp -p ${STAMP} "$o/"; chmod -R u+w "$o"
echo "gantry-extract $(find "$o" -type f ! -name ${STAMP} | wc -l) $(du -sk "$o" | cut -f1)"`;
}

export class BuilderCaches {
  private readonly mounts = new Map<string, Mount>();
  private readonly lineage = new Map<string, 'same' | 'other'>();

  constructor(
    private readonly engine: Engine,
    private readonly reporter: Reporter,
    readonly dir: string,
    private readonly maxMb: number,
  ) {}

  /** Before a builder's first build of the run: the folder's caches into its volumes, where they differ. */
  async restore(b: Builder): Promise<void> {
    const vols = builderVolumes(b.key);
    const fresh = [
      { id: vols.mod, target: MODCACHE, builder: b },
      { id: vols.build, target: GOCACHE, builder: b },
    ].filter((m) => !this.mounts.has(m.id));
    if (!fresh.length) return;
    for (const m of fresh) this.mounts.set(m.id, m);
    const started = Date.now();
    const probe = await this.engine.exec(b.id, stampScript(fresh.map((m) => m.target)));
    const engineStamps = [...probe.stdout.toString('utf8').matchAll(/^gantry-stamp ?(\S*)\s*$/gm)].map((x) => x[1]);
    const injected: string[] = [];
    let bytes = 0;
    for (const [i, m] of fresh.entries()) {
      const folder = path.join(this.dir, m.id);
      const stamp = readStamp(folder);
      if (!stamp) {
        this.lineage.set(m.id, 'other');
        continue;
      }
      if (engineStamps[i] === stamp) {
        this.lineage.set(m.id, 'same');
        continue;
      }
      try {
        await this.engine.api.getContainer(b.id).putArchive(contextTar(folder, { exclude: [], extra: {} }) as unknown as NodeJS.ReadableStream, { path: m.target });
        // The stamp is touched with the engine's clock: files the build writes are newer.
        const res = await this.engine.exec(b.id, ['sh', '-c', 'echo "$2" > "$1/.gantry-stamp"', 'sh', m.target, stamp]);
        if (res.exitCode !== 0) throw new Error(res.stderr.toString('utf8').trim());
        this.lineage.set(m.id, 'same');
        injected.push(m.id);
        bytes += folderBytes(folder);
      } catch (err) {
        this.lineage.set(m.id, 'other');
        this.reporter.warn(`cache: could not restore ${folder} into builder volume ${m.id} (${errorMessage(err)}); building without it`);
      }
    }
    if (injected.length) this.reporter.info(`cache: restored ${mb(bytes)} from ${this.dir} into builder volumes ${injected.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    else this.reporter.debug(`cache: builder ${b.name}'s volumes already hold ${this.dir}'s caches (or it has none)`);
  }

  /** After the builds: what changed in the volumes into the folder, then pruning. */
  async save(): Promise<void> {
    if (!this.mounts.size) return;
    const started = Date.now();
    const stamp = nonce();
    const lines: string[] = [];
    fs.mkdirSync(this.dir, { recursive: true });
    for (const m of this.mounts.values()) {
      const mode = this.lineage.get(m.id) === 'same' ? 'since' : 'full';
      const out = `/tmp/gantry-cache-${stamp}`;
      const res = await this.engine.exec(m.builder.id, ['sh', '-c', extractScript(), 'sh', m.target, `${out}/${m.id}`, mode, stamp]);
      try {
        if (res.exitCode !== 0) throw new Error(res.stderr.toString('utf8').trim().split('\n').slice(-2).join(' | '));
        const staging = fs.mkdtempSync(path.join(path.dirname(path.resolve(this.dir)), '.gantry-cache-'));
        try {
          const archive = (await this.engine.api.getContainer(m.builder.id).getArchive({ path: `${out}/${m.id}` })) as unknown as NodeJS.ReadableStream;
          await extractUnder(archive, m.id, path.join(staging, m.id));
          placeEntry(path.join(staging, m.id), path.join(this.dir, m.id), mode);
        } finally {
          fs.rmSync(staging, { recursive: true, force: true });
        }
        const x = /gantry-extract (\d+) (\d+)/.exec(res.stdout.toString('utf8'));
        lines.push(`${m.id} ${mode === 'full' ? 'all' : 'changed'}: ${x ? `${x[1]} files, ${mb(Number(x[2]) * 1024)}` : '?'}`);
      } finally {
        await this.engine.exec(m.builder.id, ['rm', '-rf', out]).catch(() => undefined);
      }
    }
    const pruned = pruneCacheDir(this.dir, this.maxMb * 1048576);
    this.reporter.info(`cache: saved the builder volumes into ${this.dir} in ${((Date.now() - started) / 1000).toFixed(1)}s (${lines.join('; ')})`);
    this.reporter.info(
      `cache: ${this.dir} holds ${mb(pruned.totalBytes)} (modules ${mb(pruned.moduleBytes)})` +
        (pruned.prunedFiles ? `; pruned ${pruned.prunedFiles} oldest build cache entries (${mb(pruned.prunedBytes)}) to stay under cache_max_mb ${this.maxMb}` : ''),
    );
  }
}
