import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { UserError, errorMessage } from '../../errors';
import { Engine } from '../../engine/docker';
import { readContextFacts } from '../plan/context-facts';
import { goVersionFromMod } from '../plan/go-mod';
import { CacheDir, CacheMount, cacheMountsFor } from '../cache/cache-dir';
import { cacheKeys } from '../cache/cache-key';
import { restoreFromGitHub, saveToGitHub } from '../cache/github-cache';
import { ExportedBinary, binaryFileName, exportBinary, writeSha256Sums } from '../publish/binaries';
import { TargetResult, buildForPlatforms, parsePlatforms, platformText } from '../publish/platforms';
import { checkPlan } from '../build-command';
import { ServiceSpec, parseServicesConfig, serviceSpec } from './services-config';
import { localReplaceDirs } from './local-modules';
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
class ServiceReporter implements Reporter {
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

function readGoMod(dir: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
  } catch {
    return null;
  }
}

interface CachePlan {
  mounts: CacheMount[];
  image: string;
  goVersions: string[];
  platforms: string[];
  sums: Record<string, string>;
}

/** What the generated builds of these services will mount; services with their own Dockerfile add nothing. */
function planCaches(specs: ServiceSpec[], engine: { os: string; arch: string }): CachePlan {
  const plan: CachePlan = { mounts: [], image: '', goVersions: [], platforms: [], sums: {} };
  for (const s of specs) {
    if (s.inputs.dockerfile) continue;
    let ctx;
    try {
      ctx = readContextFacts(s.inputs);
    } catch {
      continue; // planning reports it, naming the input
    }
    const goVersion = s.inputs.go_version || (ctx.goMod ? goVersionFromMod(ctx.goMod) : '');
    if (!goVersion) continue;
    const platforms = parsePlatforms(s.inputs.platforms);
    for (const p of platforms.length ? platforms : [engine]) {
      plan.mounts.push(...cacheMountsFor(goVersion, p.os, p.arch, s.inputs.cgo, ctx.vendored));
      plan.platforms.push(platformText(p));
    }
    plan.goVersions.push(goVersion);
    plan.image ||= s.inputs.builder_image.replace(/\{go_version\}/g, goVersion);
    for (const f of ['go.sum', 'go.mod']) {
      const text = fs.existsSync(path.join(s.inputs.context, f)) ? fs.readFileSync(path.join(s.inputs.context, f), 'utf8') : '';
      if (text) {
        plan.sums[`${s.name}/${f}`] = text;
        break;
      }
    }
  }
  return plan;
}

async function buildOne(spec: ServiceSpec, reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine, binariesDir: string, multi: boolean, afterBuild: () => void): Promise<ServiceOutcome> {
  const started = Date.now();
  const outcome: ServiceOutcome = { name: spec.name, status: 'failed', seconds: 0, binaries: [] };
  try {
    // The cache folder and binaries_dir never travel in the context, wherever they are.
    const root = spec.contextRoot ?? spec.inputs.context;
    const exclude = [spec.inputs.cache_dir === 'none' ? '' : spec.inputs.cache_dir, binariesDir]
      .filter(Boolean)
      .map((d) => path.relative(root, path.resolve(d)).split(path.sep).join('/'))
      .filter((rel) => rel && !rel.startsWith('..') && !path.isAbsolute(rel));
    outcome.result = await buildForPlatforms(spec.inputs, reporter, env, engine, { ...(spec.contextRoot ? { contextRoot: spec.contextRoot, localModules: spec.localModules } : {}), exclude, afterBuild });
    outcome.status = outcome.result.unchanged ? 'unchanged' : 'built';
    if (binariesDir) {
      for (const b of outcome.result.builds) {
        const name = binaryFileName(b.result.plan.binaryName, b.platform.os, b.platform.arch, multi ? spec.name : '');
        const exported = await exportBinary(engine, b.result.imageId, binariesDir, name);
        reporter.info(`binary ${path.join(binariesDir, name)}: ${exported.size} bytes, sha256 ${exported.sha256}`);
        outcome.binaries.push(exported);
      }
    }
  } catch (err) {
    if (!multi) throw err;
    outcome.error = errorMessage(err);
    reporter.warn(`failed: ${outcome.error}`);
  }
  outcome.seconds = (Date.now() - started) / 1000;
  return outcome;
}

/** Runs the builds with the cache folder around them. */
async function runBuilds(specs: ServiceSpec[], inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine, parallel: number, multi: boolean): Promise<ServiceOutcome[]> {
  const native = await engine.platform();
  // A single service's bad input fails here, before any cache work (with several services a
  // failing one must not stop the others: each reports its own).
  if (!multi) for (const s of specs) await checkPlan(s.inputs, env, native);
  const caches = planCaches(specs, native);
  let cacheDir: CacheDir | undefined;
  let keys: ReturnType<typeof cacheKeys> | undefined;
  let restoredKey = '';
  if (inputs.cache_dir && inputs.cache_dir !== 'none' && caches.mounts.length) {
    const dir = path.resolve(inputs.cache_dir);
    keys = cacheKeys({ goVersions: caches.goVersions, platforms: caches.platforms, sums: caches.sums });
    cacheDir = new CacheDir(engine, reporter, inputs.cache_dir, inputs.cache_max_mb, caches.image);
    await reporter.group(`Restore caches from ${inputs.cache_dir}`, async () => {
      restoredKey = await restoreFromGitHub(dir, keys as ReturnType<typeof cacheKeys>, reporter, env);
      try {
        await cacheDir?.restore(caches.mounts);
      } catch (err) {
        reporter.warn(`cache: could not inject ${inputs.cache_dir} into the engine's cache mounts (${errorMessage(err)}); building without it`);
      }
    });
  }
  const binariesDir = inputs.binaries_dir ? path.resolve(inputs.binaries_dir) : '';
  // The caches are extracted as soon as the last engine build is done, while images are
  // tagged and pushed; a failed build starts it when the builds end.
  let saving: Promise<void> | undefined;
  const startSave = () => {
    if (!cacheDir || saving) return;
    const dir = cacheDir;
    // Not a log group: it runs while the push has its own group open.
    saving = (async () => {
      try {
        await dir.save();
        await saveToGitHub(path.resolve(inputs.cache_dir), keys as ReturnType<typeof cacheKeys>, restoredKey, reporter, env);
      } catch (err) {
        reporter.warn(`cache: could not save the engine's cache mounts to ${inputs.cache_dir} (${errorMessage(err)})`);
      }
    })();
  };
  let building = specs.length;
  const built = () => {
    if (--building === 0) startSave();
  };
  let outcomes: ServiceOutcome[];
  try {
    outcomes = await pool(
      parallel,
      specs.map((s) => () => buildOne(s, multi ? new ServiceReporter(reporter, `[${s.name}] `) : reporter, env, engine, binariesDir, multi, built)),
    );
  } finally {
    startSave();
    await saving;
  }
  const binaries = outcomes.flatMap((o) => o.binaries);
  if (binariesDir && binaries.length) {
    const sums = writeSha256Sums(binariesDir, binaries);
    reporter.info(`binaries: ${binaries.length} in ${inputs.binaries_dir}, sums in ${sums}`);
    reporter.setOutput('binaries', binaries.map((b) => path.join(inputs.binaries_dir, b.name)).join(','));
  }
  return outcomes;
}

/** The one service the inputs describe (no config): cache folder, platforms and binaries around buildService. */
export async function buildSingle(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine): Promise<TargetResult> {
  const context = path.resolve(inputs.context);
  const goMod = readGoMod(context);
  const locals = goMod && !inputs.dockerfile ? localReplaceDirs(goMod).map((d) => path.resolve(context, d)) : [];
  const spec = serviceSpec('', { ...inputs, context }, locals);
  if (inputs.only_changed) reporter.warn('only_changed applies to the services of a config file; building the one service');
  const [outcome] = await runBuilds([spec], inputs, reporter, env, engine, 1, false);
  return outcome.result as TargetResult;
}

export function servicesSummary(outcomes: ServiceOutcome[], file: string): string {
  const rows = outcomes.map((o) => {
    const r = o.result;
    const image = r ? (r.digest ? `\`${r.imageRef}\`` : `\`${r.plan.references[0]}\``) : '';
    return `| ${o.name} | ${o.status}${o.error ? `: ${o.error.replace(/\|/g, '\\|')}` : ''} | ${r ? r.plan.goVersion : ''} | ${r ? r.plan.platform : ''} | ${image} | ${o.status === 'skipped' ? '' : `${o.seconds.toFixed(1)}s`} |`;
  });
  return `### gantry build: ${file}\n\n| service | status | Go | platforms | image | time |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

/** `gantry build` with `config`: every service of gantry.yml (or those only_changed picks). */
export async function buildServices(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<ServiceOutcome[]> {
  const file = inputs.config;
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8');
  } catch {
    throw new UserError(`input 'config': cannot read '${file}'; expected the path of a gantry.yml`);
  }
  const config = parseServicesConfig(text, file, inputs, readGoMod);
  let specs = config.services;
  const skipped: ServiceOutcome[] = [];
  if (inputs.only_changed) {
    const { root, paths } = await changedPaths(path.dirname(path.resolve(file)), inputs.only_changed);
    const touched = changedServices(
      paths,
      specs.map((s) => ({ name: s.name, dirs: s.sourceDirs.map((d) => repoRelative(root, d)), files: s.sourceFiles.map((f) => repoRelative(root, f)) })),
      repoRelative(root, file),
    );
    for (const s of specs) if (!touched.includes(s.name)) skipped.push({ name: s.name, status: 'skipped', seconds: 0, binaries: [] });
    specs = specs.filter((s) => touched.includes(s.name));
    reporter.info(`only_changed ${inputs.only_changed}: ${paths.length} changed path(s); building ${specs.map((s) => s.name).join(', ') || 'nothing'}${skipped.length ? `, skipping ${skipped.map((s) => s.name).join(', ')}` : ''}`);
  }
  const parallel = config.parallel || os.cpus().length;
  reporter.info(`${config.services.length} service(s) in ${file}; building ${specs.length}, ${Math.min(parallel, Math.max(specs.length, 1))} at a time`);
  const engine = new Engine((m) => reporter.debug(m));
  const built = specs.length ? await runBuilds(specs, inputs, reporter, env, engine, parallel, true) : [];
  const outcomes = config.services.map((s) => built.find((o) => o.name === s.name) ?? skipped.find((o) => o.name === s.name) as ServiceOutcome);
  reporter.summary(servicesSummary(outcomes, file));
  for (const o of outcomes) {
    const r = o.result;
    reporter.info(`${o.name}: ${o.status}${r ? ` ${r.digest ? r.imageRef : r.plan.references[0]} (Go ${r.plan.goVersion}, ${r.plan.platform}, ${o.seconds.toFixed(1)}s)` : ''}${o.error ? `: ${o.error}` : ''}`);
  }
  reporter.setOutput(
    'services',
    JSON.stringify(
      outcomes.map((o) => ({
        name: o.name,
        status: o.status,
        image_ref: o.result?.imageRef ?? '',
        digest: o.result?.digest ?? '',
        tags: o.result?.plan.references ?? [],
        go_version: o.result?.plan.goVersion ?? '',
        platforms: o.result?.plan.platform ?? '',
        ...(o.error ? { error: o.error } : {}),
      })),
    ),
  );
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length) throw new UserError(`${failed.length} of ${outcomes.length} services failed: ${failed.map((o) => `${o.name} (${o.error})`).join('; ')}`);
  return outcomes;
}
