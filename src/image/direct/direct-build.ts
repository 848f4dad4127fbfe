import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { Reporter } from '../../reporter';
import { UserError, errorMessage } from '../../errors';
import { ImageSpec } from '../build-spec';
import { BuildFacts, BuildPlan, CONTEXT_DOCKERFILE, mainPackagePath } from '../plan/build-plan';
import { buildFailure } from '../buildkit/engine-build';
import { STAMP } from '../cache/cache-dir';
import { waitingOnEngine } from '../../preload';
import { ALIVE_MARKER, BuilderKey, WORK_ROOT, builderName, workTreeName } from './builder-key';
import { Builder, BuilderPool, builderFilesDir, builderGone } from './builder';
import { SourceDiff, SourceManifest, diffManifests, localManifest, manifestId, modulesChanged, parseManifest, readTreeRecord, syncTar, treeRecordFile, writeTreeRecord } from './source-sync';

/**
 * The direct path's compile: the service's changed files are copied into its work tree in the
 * builder, the generated Dockerfile's `go build` runs there (docker exec), and the binary comes
 * back as a local file with the commit time as its mtime. A work tree is locked while in use,
 * so two builds of one service in one builder take turns; other services build at once.
 */

export interface CompiledBinary {
  /** Local path of the binary (in a temporary folder the caller removes). */
  file: string;
  builder: Builder;
  filesSent: number;
  bytesSent: number;
  seconds: { sync: number; compile: number; fetch: number };
}

/** Locks the work tree $1 (waiting for another build of it). */
const LOCK = `t="${WORK_ROOT}/$1"
touch ${ALIVE_MARKER}
mkdir -p ${WORK_ROOT}
waited=0
while ! mkdir "$t.lock" 2>/dev/null; do
  if [ -n "$(find "$t.lock" -maxdepth 0 -mmin +30 2>/dev/null)" ]; then rmdir "$t.lock" 2>/dev/null || true; continue; fi
  if [ $waited = 0 ]; then echo gantry-waiting >&2; waited=1; fi
  sleep 0.2
done
mkdir -p "$t/src" "$t/out"
rm -f "$t/manifest.next" "$t/deleted.next" "$t/manifest.id.next"`;

/** Locks the work tree and prints its manifest. $1: work tree. */
const LOCK_SCRIPT = `set -e
${LOCK}
cat "$t/manifest.json" 2>/dev/null || true`;

/**
 * Applies the copy (deletions, the new manifest and its id), compiles, writes the binary to
 * stdout (all other output goes to stderr) and unlocks the work tree. $1 work tree, $2 1 to
 * download modules first, $3 binary name, $4 main package, $5 module folder, $6 ldflags; then
 * go build flags.
 */
const COMPILE_SCRIPT = `exec 3>&1 1>&2
t="${WORK_ROOT}/$1"; dl=$2; out=$3; pkg=$4; dir=$5; ld=$6; shift 6
( while sleep 30; do touch ${ALIVE_MARKER} "$t.lock"; done ) >/dev/null 2>&1 3>&- &
keep=$!
trap 'kill $keep 2>/dev/null; rmdir "$t.lock" 2>/dev/null' EXIT
set -e
touch ${ALIVE_MARKER}
cd "$t/src"
if [ -f "$t/deleted.next" ]; then xargs -0 rm -f -- < "$t/deleted.next"; rm -f "$t/deleted.next"; fi
if [ -f "$t/manifest.next" ]; then mv "$t/manifest.next" "$t/manifest.json"; fi
if [ -f "$t/manifest.id.next" ]; then mv "$t/manifest.id.next" "$t/manifest.id"; fi
cd "./$dir"
if [ "$dl" = 1 ]; then echo "go mod download" >&2; go mod download; fi
go build "$@" -ldflags "$ld" -o "$t/out/$out" "$pkg"
cat "$t/out/$out" >&3`;

/** The exit code (with gantry-resync on stderr) of a one-exec build that found the work tree or the caches not as expected. */
const RESYNC = 97;

/**
 * The warm build in one exec: the copy comes on stdin (the tar syncTar makes), sent against the
 * manifest this machine last put in the work tree. $1 that manifest's id, $2 the cache volumes'
 * expected stamps (`path=stamp ...`), $3 the tar's size (read exactly: the end of stdin is not
 * awaited, so a connection that cannot be half-closed does not hang it); then COMPILE_SCRIPT's arguments. When the work tree holds
 * another manifest, or a volume another stamp (cache_dir must be restored first), nothing is
 * changed and it exits RESYNC: the build then takes the long way.
 */
const ONE_EXEC_SCRIPT = `want=$1; stamps=$2; size=$3; shift 3
set -e
${LOCK}
ok=1
[ "$(cat "$t/manifest.id" 2>/dev/null)" = "$want" ] || ok=0
for s in $stamps; do [ "$(cat "\${s%%=*}/${STAMP}" 2>/dev/null)" = "\${s#*=}" ] || ok=0; done
if [ $ok = 1 ] && head -c "$size" | tar -x -f - -C "$t"; then echo gantry-synced >&2; else
  head -c "$size" >/dev/null; rmdir "$t.lock"; echo gantry-resync >&2; exit ${RESYNC}
fi
${COMPILE_SCRIPT}`;

/** Stamps safe to pass through the shell's word splitting (cache-dir writes hex nonces). */
const PLAIN_STAMP = /^[A-Za-z0-9._-]+$/;

function atLeast(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return true;
  return Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor);
}

/** The builder a plan's build runs in. */
export function builderKeyOf(spec: ImageSpec, plan: BuildPlan, facts: BuildFacts): BuilderKey {
  return { image: plan.builderImage, goVersion: plan.goVersion, os: facts.platform.os, arch: facts.platform.arch, cgo: spec.cgo, network: spec.buildNetwork, goproxy: spec.goproxy };
}

/** The go build command line the generated Dockerfile runs, as arguments (no shell between). */
export function goBuildArgs(spec: ImageSpec, plan: BuildPlan): { flags: string[]; ldflags: string; env: string[] } {
  const flags = ['-v', '-trimpath'];
  if (atLeast(plan.goVersion, 1, 18)) flags.push('-buildvcs=false');
  let ldflags = spec.ldflags;
  if (spec.versionVariable) ldflags += ` -X ${spec.versionVariable}=${plan.buildArgs.GANTRY_VERSION ?? plan.version}`;
  const [targetOs, targetArch] = plan.platform.split('/');
  const env = [`CGO_ENABLED=${spec.cgo ? 1 : 0}`, `GOOS=${targetOs}`, `GOARCH=${targetArch}`];
  return { flags, ldflags, env };
}

/** The context's files that travel (as the BuildKit path's context), relative to the sync root. */
function sourceExclude(spec: ImageSpec, exclude: string[]): { root: string; exclude: string[] } {
  const root = spec.contextRoot ?? spec.context;
  const rel = (d: string) => path.relative(root, d).split(path.sep).join('/');
  const only = spec.contextRoot && rel(spec.context) ? ['*', ...[spec.context, ...spec.localModules].map((d) => `!${rel(d)}`)] : [];
  return { root, exclude: [...only, ...exclude, '.git', '.gantry', CONTEXT_DOCKERFILE] };
}

/** A compile's result before the binary is written out. */
interface Compiled {
  exitCode: number;
  binary: Buffer;
  filesSent: number;
  bytesSent: number;
  sync: number;
  compile: number;
  /** The one-exec build found the work tree or the caches not as expected. */
  resync?: boolean;
}

class Attempt {
  constructor(
    private readonly pool: BuilderPool,
    private readonly reporter: Reporter,
    private readonly spec: ImageSpec,
    private readonly plan: BuildPlan,
    private readonly facts: BuildFacts,
    private readonly tmp: string,
    private readonly exclude: string[],
  ) {}

  async run(b: Builder): Promise<CompiledBinary> {
    const { spec, plan, facts } = this;
    const src = sourceExclude(spec, this.exclude);
    const tree = workTreeName(spec.name || plan.binaryName, path.resolve(src.root), facts.platform.os, facts.platform.arch);
    const local = localManifest(src.root, src.exclude);
    const recordFile = treeRecordFile(this.pool.filesDir, b.id, tree);
    const recorded = readTreeRecord(recordFile);
    const sent = { done: false };
    try {
      let res: Compiled | undefined;
      // A builder this run made has empty work trees: its first build is one exec too, against nothing.
      if (recorded || b.created) res = await this.oneExec(b, tree, src.root, local, recorded, sent);
      res ??= await this.longWay(b, tree, src.root, local, sent);
      return this.finish(b, res);
    } finally {
      // The work tree holds `local` once it was sent (also when go build failed): the next build sends against it.
      if (sent.done) writeTreeRecord(recordFile, local);
    }
  }

  /**
   * The warm build in one exec, against the manifest this machine last put in the work tree;
   * undefined when the work tree or the cache volumes are not as expected (nothing was changed).
   */
  private async oneExec(b: Builder, tree: string, root: string, local: SourceManifest, previous: SourceManifest | undefined, sent: { done: boolean }): Promise<Compiled | undefined> {
    const first = !previous;
    // cache_dir's restore into a new builder comes first: its empty volumes cannot hold the folder's
    // stamps. Nor does a build compile while another build of this run restores into its builder.
    await (b.created ? this.pool.prepare(b) : this.pool.restoring(b));
    const stamps = this.pool.expectedStamps(b);
    if (!stamps.every((x) => PLAIN_STAMP.test(x.stamp))) return undefined;
    const diff = diffManifests(previous ?? {}, local);
    const { tar, bytes } = await syncTar(root, local, diff);
    const t = Date.now();
    let synced = 0;
    const res = await this.compile(b, tree, { ...diff, first }, ['sh', '-c', ONE_EXEC_SCRIPT, 'sh', previous ? manifestId(previous) : '', stamps.map((x) => `${x.target}=${x.stamp}`).join(' '), String(tar.length)], tar, (line) => {
      if (line === 'gantry-resync') return true;
      if (line !== 'gantry-synced') return false;
      synced = (Date.now() - t) / 1000;
      sent.done = true;
      this.pool.stampsFound(b);
      this.reporter.info(`sources: sent ${diff.changed.length} file(s), ${bytes} bytes${diff.deleted.length ? `, deleted ${diff.deleted.length}` : ''} (${Object.keys(local).length} in the context${first ? ', first build in this builder' : ''}) with the compile`);
      return true;
    });
    if (res.exitCode === RESYNC && res.resync) {
      this.reporter.debug(`builder ${b.name}: work tree ${tree} or its cache volumes are not as this machine left them; syncing the long way`);
      return undefined;
    }
    return { ...res, filesSent: diff.changed.length, bytesSent: bytes, sync: synced, compile: (Date.now() - t) / 1000 - synced };
  }

  /** The build in three engine calls: lock and read the work tree's manifest, copy the changes in, compile. */
  private async longWay(b: Builder, tree: string, root: string, local: SourceManifest, sent: { done: boolean }): Promise<Compiled> {
    const { engine } = this.pool;
    const { reporter } = this;
    await this.pool.prepare(b);
    let t = Date.now();
    const locked = await engine.exec(b.id, ['sh', '-c', LOCK_SCRIPT, 'sh', tree], {
      onOutput: (chunk, stream) => {
        if (stream === 'stderr' && chunk.toString('utf8').includes('gantry-waiting')) reporter.info(`waiting for another build of ${tree} in builder ${b.name}`);
      },
    });
    if (locked.exitCode !== 0) throw new Error(`builder ${b.name}: could not lock ${tree}: ${locked.stderr.toString('utf8').trim()}`);
    let compiling = false;
    try {
      const previous: SourceManifest = parseManifest(locked.stdout.toString('utf8'));
      const diff = diffManifests(previous, local);
      const { tar, bytes } = await syncTar(root, local, diff);
      await engine.putArchive(b.id, `${WORK_ROOT}/${tree}`, Readable.from([tar]));
      sent.done = true;
      const first = Object.keys(previous).length === 0;
      reporter.info(`sources: sent ${diff.changed.length} file(s), ${bytes} bytes${diff.deleted.length ? `, deleted ${diff.deleted.length}` : ''} (${Object.keys(local).length} in the context${first ? ', first build in this builder' : ''}) in ${((Date.now() - t) / 1000).toFixed(2)}s`);
      const sync = (Date.now() - t) / 1000;
      t = Date.now();
      compiling = true;
      const res = await this.compile(b, tree, { ...diff, first }, ['sh', '-c', COMPILE_SCRIPT, 'sh']);
      return { ...res, filesSent: diff.changed.length, bytesSent: bytes, sync, compile: (Date.now() - t) / 1000 };
    } finally {
      // The compile step unlocks the tree itself (also when it fails); before it, unlock here.
      if (!compiling) await engine.exec(b.id, ['rmdir', `${WORK_ROOT}/${tree}.lock`]).catch(() => undefined);
    }
  }

  /**
   * Runs a compile script (`head`, then COMPILE_SCRIPT's arguments), its stderr lines printed
   * as they come except those `marker` takes; the binary is its stdout.
   */
  private async compile(b: Builder, tree: string, diff: SourceDiff & { first?: boolean }, head: string[], stdin?: Buffer, marker: (line: string) => boolean = () => false): Promise<Omit<Compiled, 'sync' | 'compile' | 'filesSent' | 'bytesSent'>> {
    const { spec, plan, facts, reporter } = this;
    const vendored = facts.context.vendored;
    const { flags, ldflags, env } = goBuildArgs(spec, plan);
    if (vendored) env.push('GOFLAGS=-mod=vendor');
    const download = !vendored && (diff.first || modulesChanged(diff)) ? '1' : '0';
    const moduleDir = facts.layout?.moduleDir || '.';
    const mainPackage = mainPackagePath(spec.mainPackage);
    const tail: string[] = [];
    let pending = '';
    let resync = false;
    const line = (l: string) => {
      if (l === 'gantry-waiting') return reporter.info(`waiting for another build of ${tree} in builder ${b.name}`);
      if (marker(l)) {
        if (l === 'gantry-resync') resync = true;
        return;
      }
      reporter.info(`  ${l}`);
      tail.push(l);
      if (tail.length > 40) tail.shift();
    };
    const res = await this.pool.engine.exec(b.id, [...head, tree, download, plan.binaryName, mainPackage, moduleDir, ldflags, ...flags], {
      env,
      stdin,
      onOutput: (chunk, stream) => {
        waitingOnEngine();
        if (stream === 'stdout') return;
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const l of lines) line(l);
      },
    });
    if (pending) line(pending);
    if (resync) return { exitCode: res.exitCode, binary: res.stdout, resync };
    if (res.exitCode !== 0) {
      // go prints a failing package's errors under its `# package` line: those are the reason.
      const header = tail.findIndex((l) => l.startsWith('# '));
      const failure = buildFailure('go build', `exit code ${res.exitCode}`, header >= 0 ? tail.slice(header + 1) : tail, plan);
      failure.message = `${failure.message} (builder ${b.name})`;
      throw Object.assign(failure, { exitCode: 1, compileExit: res.exitCode });
    }
    if (!res.stdout.length) throw new Error(`builder ${b.name}: the compile step gave no binary`);
    return { exitCode: 0, binary: res.stdout };
  }

  /** The binary as a local file, with the commit time as its mtime. */
  private finish(b: Builder, res: Compiled): CompiledBinary {
    const { plan, facts, reporter } = this;
    const t = Date.now();
    const file = path.join(this.tmp, `${plan.binaryName}-${facts.platform.os}-${facts.platform.arch}`);
    fs.writeFileSync(file, res.binary, { mode: 0o755 });
    const mtime = facts.git.commitTime || 0;
    fs.utimesSync(file, mtime, mtime);
    const fetch = (Date.now() - t) / 1000;
    reporter.info(`compiled ${plan.binaryName} in ${res.compile.toFixed(2)}s in builder ${b.name}, ${res.binary.length} bytes`);
    return { file, builder: b, filesSent: res.filesSent, bytesSent: res.bytesSent, seconds: { sync: res.sync, compile: res.compile, fetch } };
  }
}

/** Whether the builder container still runs (a failed exec may be its removal or stop). */
async function stillRunning(pool: BuilderPool, b: Builder): Promise<boolean> {
  const running = async () => Boolean((await pool.engine.inspectContainer(b.id).catch(() => undefined))?.State?.Running);
  if (!(await running())) return false;
  // A container being killed can end its exec's stream a moment before its own state changes.
  await new Promise((r) => setTimeout(r, 500));
  return running();
}

/**
 * Compiles one plan's binary in its builder. A builder removed or stopped during the build is
 * recreated and the build retried once.
 */
export async function compileDirect(pool: BuilderPool, reporter: Reporter, spec: ImageSpec, plan: BuildPlan, facts: BuildFacts, exclude: string[]): Promise<CompiledBinary> {
  const key = builderKeyOf(spec, plan, facts);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bin-'));
  pool.temporary(tmp);
  const attempt = new Attempt(pool, reporter, spec, plan, facts, tmp, exclude);
  const b = await pool.get(key);
  try {
    try {
      return await attempt.run(b);
    } catch (err) {
      // A build cache restored from cache_dir in this run may be damaged: dropped, compiled once more.
      if ((err as { compileExit?: number }).compileExit === undefined) throw err;
      const dropped = await pool.dropRestoredCache(b);
      if (!dropped) throw err;
      reporter.warn(`cache: the compile failed with the build cache restored from ${dropped} (${errorMessage(err).split('\n')[0]}); dropped that cache in builder ${b.name} and compiling once more without it`);
      return await attempt.run(b);
    }
  } catch (err) {
    if (!(builderGone(err) || !(await stillRunning(pool, b)))) throw err;
    reporter.info(`builder ${builderName(key)} was removed or stopped during the build (${errorMessage(err).split('\n')[0]}); recreating it and retrying once`);
    const again = await pool.recreate(key);
    try {
      return await attempt.run(again);
    } catch (err2) {
      if (err2 instanceof UserError) throw err2;
      throw new UserError(`builder ${again.name} failed again after it was recreated: ${errorMessage(err2).split('\n')[0]}`);
    }
  }
}
