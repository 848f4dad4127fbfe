import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { UserError } from '../errors';
import { Engine } from '../engine/docker';
import { BuildMode, BuildSpec, parseBuildSpec } from './build-spec';
import { BuildPlan, platformPlan, planBuild } from './plan/build-plan';
import { readBuildFacts } from './plan/build-facts';
import { nodePlatform, platformText } from './plan/platforms';
import { buildPathLine, chooseBuildPath } from './direct/build-path';
import { BuildResult, TargetResult } from './publish/publish-images';
import { ServiceOutcome, runBuilds, selectChanged, servicesSummary } from './services/multi-build';

/**
 * The build side's entry: inputs are parsed once into a BuildSpec, then the flow goes one way,
 * services (pool, cache folder) -> publish (platforms, push, index) -> buildkit (engine build).
 */

export type { BuildResult } from './publish/publish-images';

function readGoMod(dir: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
  } catch {
    return null;
  }
}

/** The spec of a run, with gantry.yml read when `config` names one. */
export function buildSpecOf(inputs: Inputs, env: NodeJS.ProcessEnv, mode: BuildMode = 'build'): BuildSpec {
  let configText: string | undefined;
  if (inputs.config) {
    try {
      configText = fs.readFileSync(path.resolve(inputs.config), 'utf8');
    } catch {
      throw new UserError(`input 'config': cannot read '${inputs.config}'; expected the path of a gantry.yml`);
    }
  }
  return parseBuildSpec(inputs, { configText, readGoMod, env }, mode);
}

export function buildSummary(r: BuildResult): string {
  const rows = [
    `| image | \`${r.plan.repository}\` |`,
    `| tags | ${r.plan.tags.map((t) => `\`${t}\``).join(' ')} |`,
    `| digest | ${r.digest ? `\`${r.digest}\`` : '(not pushed)'} |`,
    `| size | ${(r.sizeBytes / 1e6).toFixed(1)} MB |`,
    `| Go | ${r.plan.goVersion} (${r.plan.platform}) |`,
  ];
  return `### gantry build\n\n| | |\n|---|---|\n${rows.join('\n')}\n`;
}

/** `gantry build` of the one service the inputs describe. */
export async function build(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<TargetResult> {
  const spec = buildSpecOf(inputs, env);
  for (const w of spec.warnings) reporter.warn(w);
  const engine = new Engine((m) => reporter.debug(m));
  const [outcome] = await runBuilds(spec, spec.services, reporter, env, engine, 1);
  const result = outcome.result as TargetResult;
  const plan = result.plan;
  reporter.summary(buildSummary(result));
  reporter.setOutput('digest', result.digest);
  reporter.setOutput('image_ref', result.imageRef);
  reporter.setOutput('image_id', result.imageId);
  reporter.setOutput('tags', plan.references.join(','));
  reporter.setOutput('commit_time', String(result.commitTime || ''));
  reporter.setOutput('go_version', plan.goVersion);
  return result;
}

/** `gantry build` with `config`: every service of gantry.yml (or those only_changed picks). */
export async function buildServices(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<ServiceOutcome[]> {
  const spec = buildSpecOf(inputs, env);
  const file = spec.config;
  const { build: specs, skipped } = await selectChanged(spec, reporter);
  const parallel = spec.parallel || os.cpus().length;
  reporter.info(`${spec.services.length} service(s) in ${file}; building ${specs.length}, ${Math.min(parallel, Math.max(specs.length, 1))} at a time`);
  const engine = new Engine((m) => reporter.debug(m));
  const built = specs.length ? await runBuilds(spec, specs, reporter, env, engine, parallel) : [];
  const outcomes = spec.services.map((s) => built.find((o) => o.name === s.name) ?? skipped.find((o) => o.name === s.name) as ServiceOutcome);
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

/**
 * `gantry plan`: the Dockerfile, tags and labels, without an engine, after the checks a build
 * makes (bad input, secret-looking build args, platforms). The builder is taken to run on
 * this machine's platform; without `image`, tags are shown on a placeholder repository.
 */
export async function planOnly(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<BuildPlan> {
  const spec = buildSpecOf({ ...inputs, config: '' }, env, 'plan');
  for (const w of spec.warnings) reporter.warn(w);
  const service = spec.services[0];
  const native = nodePlatform();
  const targets = service.platforms.length ? service.platforms : [native];
  const plans: BuildPlan[] = [];
  let commitTime = 0;
  for (const p of targets) {
    const facts = await readBuildFacts(service, env, p, native);
    commitTime = facts.git.commitTime;
    plans.push(planBuild(service, facts));
  }
  const plan = plans[0];
  for (const w of plan.warnings) reporter.warn(w);
  if (plan.placeholderRepository) {
    reporter.info(`# image is not set: tags below are shown on the placeholder repository ${plan.repository}; set image to name yours`);
  }
  const facts = await readBuildFacts(service, env, targets[0], native);
  reporter.info(`# ${buildPathLine(chooseBuildPath(service, facts.context.vendored))}`);
  for (const [i, p] of plans.entries()) {
    if (plans.length > 1) reporter.info(`# platform ${platformText(targets[i])}`);
    reporter.info(p.dockerfile ?? `# ${service.dockerfile?.given} (your own Dockerfile, built unchanged)\n${fs.readFileSync(service.dockerfile?.path as string, 'utf8')}`);
    if (!p.dockerfile) break;
  }
  reporter.info('tags:');
  for (const r of plan.references) reporter.info(`  ${r}`);
  if (plans.length > 1) {
    reporter.info('platform tags (each platform\'s image, listed by the index under the tags above):');
    for (const [i, p] of plans.entries()) for (const r of platformPlan(p, targets[i]).references) reporter.info(`  ${r}`);
  }
  reporter.info('labels:');
  for (const [k, v] of Object.entries(plan.labels)) reporter.info(`  ${k}=${v}`);
  reporter.info('build args:');
  for (const [k, v] of Object.entries(plan.buildArgs)) reporter.info(`  ${k}=${v}`);
  reporter.setOutput('tags', plan.references.join(','));
  reporter.setOutput('go_version', plan.goVersion);
  reporter.setOutput('commit_time', String(commitTime || ''));
  return plan;
}
