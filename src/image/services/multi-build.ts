import * as fs from 'fs';
import * as path from 'path';
import { Reporter } from '../../reporter';
import { errorMessage, fileCause } from '../../errors';
import { Engine } from '../../engine/docker';
import { BuildSpec, ImageSpec } from '../build-spec';
import { readContextFacts } from '../plan/context-facts';
import { readBuildFacts } from '../plan/build-facts';
import { planBuild } from '../plan/build-plan';
import { goVersionFromMod } from '../plan/go-mod';
import { Platform, platformText } from '../plan/platforms';
import { CacheDir, CacheMount, cacheMountsFor } from '../cache/cache-dir';
import { cacheKeys } from '../cache/cache-key';
import { restoreFromGitHub, saveToGitHub } from '../cache/github-cache';
import { ExportedBinary, copyBinary, exportBinary, writeSha256Sums } from '../publish/binaries';
import { binaryFileName } from '../publish/binary-paths';
import { TargetResult, buildForPlatforms } from '../publish/publish-images';
import { BuilderPool, builderFilesDir } from '../direct/builder';
import { BuilderCaches } from '../direct/builder-cache';
import { chooseBuildPath } from '../direct/build-path';
import { changedServices } from './changed-services';
import { changedPaths, repoRelative } from '../../git';

/**
 * Runs builds around one cache folder: the caches every build needs are restored once, the
 * services are built at most `parallel` at a time (services on one Go version share its module
 * cache mount), the caches are saved once, binaries are exported, and one report is made.
 */

export type ServiceStatus = 'built' | 'unchanged' | 'skipped' | 'failed';

export interface ServiceOutcome {
  name: string;
  status: ServiceStatus;
  result?: TargetResult;
  error?: string;
  seconds: number;
  binaries: ExportedBinary[];
}

/** Prefixes a concurrent build's lines with its service name; outputs belong to the run. */
export class ServiceReporter implements Reporter {
  constructor(private readonly base: Reporter, private readonly prefix: string) {}
  info(m: string): void { this.base.info(`${this.prefix}${m}`); }
  warn(m: string): void { this.base.warn(`${this.prefix}${m}`); }
  debug(m: string): void { this.base.debug(`${this.prefix}${m}`); }
  mask(s: string): void { this.base.mask(s); }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.base.info(`${this.prefix}== ${name}`);
    return fn();
  }
  setOutput(): void { /* the run reports once */ }
  summary(): void { /* the run reports once */ }
}

/** Runs `jobs` with at most `limit` at once, keeping their order in the results. */
export async function pool<T>(limit: number, jobs: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  });
  await Promise.all(workers);
  return results;
}

function onDirectPath(s: ImageSpec, vendored: boolean): boolean {
  try {
    return chooseBuildPath(s, vendored).path === 'direct';
  } catch {
    return false; // refused: the build itself says why
  }
}

interface CachePlan {
  mounts: CacheMount[];
  image: string;
  goVersions: string[];
  platforms: string[];
  sums: Record<string, string>;
  /** Some services take the direct path: their caches are the builders' volumes. */
  direct: boolean;
}

/** What the generated builds of these services will mount; services with their own Dockerfile add nothing. */
function planCaches(specs: readonly ImageSpec[], engine: Platform): CachePlan {
  const plan: CachePlan = { mounts: [], image: '', goVersions: [], platforms: [], sums: {}, direct: false };
  for (const s of specs) {
    if (s.dockerfile) continue;
    const ctx = readContextFacts(s);
    const goVersion = s.goVersion || (ctx.goMod ? goVersionFromMod(ctx.goMod) : '');
    if (!goVersion) continue;
    // Direct builds keep their caches in the builders' volumes (BuilderCaches), not in BuildKit's mounts.
    const direct = onDirectPath(s, ctx.vendored);
    plan.direct ||= direct;
    for (const p of s.platforms.length ? s.platforms : [engine]) {
      if (!direct) plan.mounts.push(...cacheMountsFor(goVersion, p.os, p.arch, s.cgo, ctx.vendored));
      plan.platforms.push(platformText(p));
    }
    plan.goVersions.push(goVersion);
    plan.image ||= s.builderImage.replace(/\{go_version\}/g, goVersion);
    for (const f of ['go.sum', 'go.mod']) {
      const text = fs.existsSync(path.join(s.context, f)) ? fs.readFileSync(path.join(s.context, f), 'utf8') : '';
      if (text) {
        plan.sums[`${s.name}/${f}`] = text;
        break;
      }
    }
  }
  return plan;
}

interface RunContext {
  spec: BuildSpec;
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  engine: Engine;
  native: Platform;
  /** Absolute, or '' for none. */
  binariesDir: string;
  multi: boolean;
  builders: BuilderPool;
}

async function buildOne(service: ImageSpec, reporter: Reporter, c: RunContext, afterBuild: () => void): Promise<ServiceOutcome> {
  const started = Date.now();
  const outcome: ServiceOutcome = { name: service.name, status: 'failed', seconds: 0, binaries: [] };
  try {
    // The cache folder and binaries_dir never travel in the context, wherever they are.
    const root = service.contextRoot ?? service.context;
    const exclude = [c.spec.cacheDir, c.binariesDir]
      .filter(Boolean)
      .map((d) => path.relative(root, path.resolve(d)).split(path.sep).join('/'))
      .filter((rel) => rel && !rel.startsWith('..') && !path.isAbsolute(rel));
    outcome.result = await buildForPlatforms(service, { reporter, env: c.env, engine: c.engine, native: c.native, logins: c.spec.logins, builders: c.builders }, { exclude, afterBuild });
    outcome.status = outcome.result.unchanged ? 'unchanged' : 'built';
    if (c.binariesDir) {
      for (const b of outcome.result.builds) {
        const name = binaryFileName(b.result.plan.binaryName, b.platform.os, b.platform.arch, c.multi ? service.name : '');
        const exported = b.result.binaryFile ? copyBinary(b.result.binaryFile, c.binariesDir, name) : await exportBinary(c.engine, b.result.imageId, c.binariesDir, name);
        reporter.info(`binary ${path.join(c.binariesDir, name)}: ${exported.size} bytes, sha256 ${exported.sha256}`);
        outcome.binaries.push(exported);
      }
    }
  } catch (err) {
    if (!c.multi) throw err;
    outcome.error = errorMessage(err);
    reporter.warn(`failed: ${outcome.error}`);
  }
  outcome.seconds = (Date.now() - started) / 1000;
  return outcome;
}

/**
 * Runs the builds of `services` with the cache folder around them. A single service's bad
 * input fails before any cache work (with several services a failing one must not stop the
 * others: each reports its own).
 */
export async function runBuilds(spec: BuildSpec, services: readonly ImageSpec[], reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine, parallel: number): Promise<ServiceOutcome[]> {
  const native = await engine.platform();
  const multi = spec.config !== '';
  if (!multi) {
    for (const s of services) {
      for (const p of s.platforms.length ? s.platforms : [native]) {
        const facts = await readBuildFacts(s, env, p, native);
        planBuild(s, facts);
        chooseBuildPath(s, facts.context.vendored);
      }
    }
  }
  const builderCaches = spec.cacheDir ? new BuilderCaches(engine, reporter, spec.cacheDir, spec.cacheMaxMb, env) : undefined;
  const builders = new BuilderPool(engine, reporter, spec.builderIdleMinutes, platformText(native), builderFilesDir(env), {
    restore: async (b) => {
      try {
        await builderCaches?.restore(b);
      } catch (err) {
        reporter.warn(`cache: could not restore ${spec.cacheDir} into builder ${b.name} (${errorMessage(err)}); building without it`);
      }
    },
    expected: (b) => builderCaches?.expected(b) ?? [],
    accept: (b) => builderCaches?.accept(b),
    drop: async (b) => builderCaches?.dropRestoredBuildCache(b),
  });
  const c: RunContext = { spec, reporter, env, engine, native, binariesDir: spec.binariesDir ? path.resolve(spec.binariesDir) : '', multi, builders };
  const caches = planCaches(services, native);
  let cacheDir: CacheDir | undefined;
  let keys: ReturnType<typeof cacheKeys> | undefined;
  let restoredKey = '';
  if (spec.cacheDir && (caches.mounts.length || caches.direct)) {
    const dir = path.resolve(spec.cacheDir);
    keys = cacheKeys({ goVersions: caches.goVersions, platforms: caches.platforms, sums: caches.sums });
    if (caches.mounts.length) cacheDir = new CacheDir(engine, reporter, spec.cacheDir, spec.cacheMaxMb, caches.image);
    await reporter.group(`Restore caches from ${spec.cacheDir}`, async () => {
      restoredKey = await restoreFromGitHub(dir, keys as ReturnType<typeof cacheKeys>, reporter, env);
      try {
        await cacheDir?.restore(caches.mounts);
      } catch (err) {
        reporter.warn(`cache: could not inject ${spec.cacheDir} into the engine's cache mounts (${errorMessage(err)}); building without it`);
      }
    });
  }
  // The caches are extracted as soon as the last engine build is done, while images are
  // tagged and pushed; a failed build starts it when the builds end.
  // The builder volumes likewise, as soon as the last compile is done, while images are assembled.
  let saving: Promise<void> | undefined;
  let savingBuilders: Promise<void> | undefined;
  const startSave = () => {
    if (builderCaches && !savingBuilders) {
      savingBuilders = (async () => {
        try {
          await builderCaches.save();
        } catch (err) {
          reporter.warn(`cache: could not save the builder volumes to ${spec.cacheDir} (${fileCause(err)}); the build is unaffected, the next run saves them whole`);
        }
      })();
    }
    if (!cacheDir || saving) return;
    const dir = cacheDir;
    // Not a log group: it runs while the push has its own group open. After the builder
    // volumes' save: a run with both paths may keep one cache id in both.
    saving = (async () => {
      await savingBuilders;
      try {
        await dir.save();
      } catch (err) {
        reporter.warn(`cache: could not save the engine's cache mounts to ${spec.cacheDir} (${fileCause(err)}); the build is unaffected, the next run saves them whole`);
      }
    })();
  };
  let building = services.length;
  const built = () => {
    if (--building === 0) startSave();
  };
  let outcomes: ServiceOutcome[];
  try {
    outcomes = await pool(
      parallel,
      services.map((s) => () => buildOne(s, multi ? new ServiceReporter(reporter, `[${s.name}] `) : reporter, c, built)),
    );
  } finally {
    startSave();
    await saving;
    await savingBuilders;
    if (keys) {
      try {
        await saveToGitHub(path.resolve(spec.cacheDir), keys, restoredKey, reporter, env);
      } catch (err) {
        reporter.warn(`cache: could not save ${spec.cacheDir} to the GitHub cache (${errorMessage(err)})`);
      }
    }
  }
  const binaries = outcomes.flatMap((o) => o.binaries);
  if (c.binariesDir && binaries.length) {
    const sums = writeSha256Sums(c.binariesDir, binaries);
    reporter.info(`binaries: ${binaries.length} in ${spec.binariesDir}, sums in ${sums}`);
    reporter.setOutput('binaries', binaries.map((b) => path.join(spec.binariesDir, b.name)).join(','));
  }
  return outcomes;
}

/** The services only_changed picks: those whose folders (or local modules) changed since the revision. */
export async function selectChanged(spec: BuildSpec, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<{ build: ImageSpec[]; skipped: ServiceOutcome[] }> {
  if (!spec.onlyChanged) return { build: [...spec.services], skipped: [] };
  const { root, paths } = await changedPaths(path.dirname(path.resolve(spec.config)), spec.onlyChanged, env);
  const touched = changedServices(
    paths,
    spec.services.map((s) => ({ name: s.name, dirs: s.sourceDirs.map((d) => repoRelative(root, d)), files: s.sourceFiles.map((f) => repoRelative(root, f)) })),
    repoRelative(root, spec.config),
  );
  const skipped: ServiceOutcome[] = spec.services.filter((s) => !touched.includes(s.name)).map((s) => ({ name: s.name, status: 'skipped', seconds: 0, binaries: [] }));
  const build = spec.services.filter((s) => touched.includes(s.name));
  reporter.info(`only_changed ${spec.onlyChanged}: ${paths.length} changed path(s); building ${build.map((s) => s.name).join(', ') || 'nothing'}${skipped.length ? `, skipping ${skipped.map((s) => s.name).join(', ')}` : ''}`);
  return { build, skipped };
}

export function servicesSummary(outcomes: ServiceOutcome[], file: string): string {
  const rows = outcomes.map((o) => {
    const r = o.result;
    const image = r ? (r.digest ? `\`${r.imageRef}\`` : `\`${r.plan.references[0]}\``) : '';
    return `| ${o.name} | ${o.status}${o.error ? `: ${o.error.replace(/\|/g, '\\|')}` : ''} | ${r ? r.plan.goVersion : ''} | ${r ? r.plan.platform : ''} | ${image} | ${o.status === 'skipped' ? '' : `${o.seconds.toFixed(1)}s`} |`;
  });
  return `### gantry build: ${file}\n\n| service | status | Go | platforms | image | time |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
}
