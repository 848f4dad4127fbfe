import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Reporter } from '../../reporter';
import { ImageSpec } from '../build-spec';
import { BuildFacts, BuildPlan, mainPackagePath } from '../plan/build-plan';
import { buildFailure } from '../buildkit/engine-build';
import { goBuildArgs } from '../direct/direct-build';
import { Toolchain } from './toolchain';
export { machineProbe } from './machine-probe';

/**
 * The host path's compile: the toolchain found on this machine runs go build in the service's
 * own folder (nothing copied), with the same flags as the container paths, GOCACHE and
 * GOMODCACHE in cache_dir itself. The one place this path starts processes.
 */

export interface GoCaches {
  gocache: string;
  gomodcache: string;
  /** Where the caches go when cache_dir's disk fills up during a build (a temporary folder). */
  fallback?: { gocache: string; gomodcache: string };
}

/** Fewer free bytes than this on cache_dir's disk after a failed compile: the disk filled up. */
const FULL_BELOW = 1 << 20;

/** Whether the disk holding `dir` is (about) full, or undefined when that cannot be told. */
function diskFull(dir: string): boolean | undefined {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize < FULL_BELOW;
  } catch {
    return undefined;
  }
}

/**
 * The Go caches inside cache_dir (cache_dir/go-build, cache_dir/go-mod). A cache_dir that
 * cannot be written (read-only, full) is warned about and the build goes on with caches in a
 * temporary folder.
 */
export function goCaches(cacheDir: string, tmp: string, reporter: Reporter): GoCaches {
  const inTmp = { gocache: path.join(tmp, 'go-build'), gomodcache: path.join(tmp, 'go-mod') };
  if (!cacheDir) return inTmp;
  const root = path.resolve(cacheDir);
  const caches = { gocache: path.join(root, 'go-build'), gomodcache: path.join(root, 'go-mod') };
  try {
    for (const d of Object.values(caches)) fs.mkdirSync(d, { recursive: true });
    const probe = path.join(caches.gocache, `.gantry-write-${process.pid}`);
    fs.writeFileSync(probe, Buffer.alloc(4096));
    fs.rmSync(probe, { force: true });
    return { ...caches, fallback: inTmp };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'its disk is full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'it is read-only' : `${code ?? (err as Error).message}`;
    reporter.warn(`cache: cannot write cache_dir ${cacheDir} (${why}); building with empty Go caches in a temporary folder`);
    return inTmp;
  }
}

/** The go build environment: the caller's, with the target, the caches and the toolchain's own settings. */
export function goBuildEnv(o: { env: NodeJS.ProcessEnv; spec: ImageSpec; plan: BuildPlan; toolchain: Toolchain; caches: GoCaches; vendored: boolean }): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...o.env, ...o.toolchain.env, GOCACHE: o.caches.gocache, GOMODCACHE: o.caches.gomodcache };
  for (const kv of goBuildArgs(o.spec, o.plan).env) {
    const eq = kv.indexOf('=');
    out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  if (o.vendored) out.GOFLAGS = '-mod=vendor';
  if (o.spec.goproxy) out.GOPROXY = o.spec.goproxy;
  return out;
}

/** Compiles the plan's binary into `out` with the toolchain; go's output goes to the log, its failure is one line. */
export async function compileOnHost(o: { spec: ImageSpec; plan: BuildPlan; facts: BuildFacts; toolchain: Toolchain; caches: GoCaches; env: NodeJS.ProcessEnv; out: string; reporter: Reporter }): Promise<number> {
  const { spec, plan, facts, reporter } = o;
  const { flags, ldflags } = goBuildArgs(spec, plan);
  const cwd = path.join(spec.contextRoot ?? spec.context, facts.layout?.moduleDir || '.');
  const args = ['build', ...flags, '-ldflags', ldflags, '-o', o.out, mainPackagePath(spec.mainPackage)];
  const env = goBuildEnv({ env: o.env, spec, plan, toolchain: o.toolchain, caches: o.caches, vendored: facts.context.vendored });
  reporter.debug(`${o.toolchain.go} ${args.join(' ')} (in ${cwd})`);
  const started = Date.now();
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(o.toolchain.go, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) {
        reporter.info(`  ${l}`);
        tail.push(l);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (c) => {
      if (pending) {
        reporter.info(`  ${pending}`);
        tail.push(pending);
      }
      resolve(c ?? 1);
    });
  });
  if (code !== 0 && o.caches.fallback && diskFull(o.caches.gocache)) {
    // Go's own messages then blame the sources ("package runtime is not in std"): say what
    // happened, and build with the caches out of the way (this and every later compile of the run).
    reporter.warn(`cache: cache_dir ${path.dirname(o.caches.gocache)} ran out of space during the build: no space left on the device (ENOSPC); compiling again with Go caches in a temporary folder (this run adds nothing to cache_dir)`);
    Object.assign(o.caches, o.caches.fallback, { fallback: undefined });
    return compileOnHost(o);
  }
  if (code !== 0) {
    const header = tail.findIndex((l) => l.startsWith('# '));
    throw Object.assign(buildFailure('go build', `exit code ${code}`, header >= 0 ? tail.slice(header + 1) : tail, plan), { exitCode: 1 });
  }
  const mtime = facts.git.commitTime || 0;
  fs.utimesSync(o.out, mtime, mtime);
  return (Date.now() - started) / 1000;
}
