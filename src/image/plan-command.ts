import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { buildSpecOf } from './read-build-spec';
import { ImageSpec } from './build-spec';
import { BuildFacts, BuildPlan, platformPlan, planBuild } from './plan/build-plan';
import { factsFor } from './plan/build-facts';
import { readDockerfile } from './plan/context-facts';
import { nodePlatform, platformText } from './plan/platforms';
import { buildPathLine, chooseBuildPath } from './direct/build-path';
import { Toolchains, decideBuilder, switchEnvOf } from './host/builder-decision';
import { builderLine } from './host/builder-choice';
import { machineProbe } from './host/machine-probe';
import { BuilderChoice } from './host/builder-choice';

/**
 * `gantry plan`: the Dockerfile, tags and labels, without an engine, after the checks a build
 * makes (bad input, secret-looking build args, platforms). The builder is taken to run on
 * this machine's platform; without `image`, tags are shown on a placeholder repository.
 */
export async function planOnly(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<BuildPlan[]> {
  const spec = buildSpecOf(inputs, env, 'plan');
  for (const w of spec.warnings) reporter.warn(w);
  const several = spec.services.length > 1 || Boolean(inputs.config);
  const out: BuildPlan[] = [];
  const tags: string[] = [];
  const toolchains = new Toolchains(spec.goRoot, env, machineProbe(env), switchEnvOf(spec));
  for (const service of spec.services) {
    if (several) reporter.info(`# service ${service.name}`);
    // The same choice the build makes, with the same toolchain search (a go version is run, no engine is asked).
    const decided = await decideBuilder(service, spec, env, toolchains);
    const { plan, commitTime } = await planService(service, reporter, decided.facts, decided.choice);
    out.push(plan);
    tags.push(...plan.references);
    if (!several) {
      reporter.setOutput('go_version', plan.goVersion);
      reporter.setOutput('commit_time', String(commitTime || ''));
    }
  }
  reporter.setOutput('tags', tags.join(','));
  return out;
}

/** `known`: the facts the builder decision read (git and the context are read once a service). */
async function planService(service: ImageSpec, reporter: Reporter, known: BuildFacts, choice: BuilderChoice): Promise<{ plan: BuildPlan; commitTime: number }> {
  const native = nodePlatform();
  const targets = service.platforms.length ? service.platforms : [native];
  const plans: BuildPlan[] = [];
  let commitTime = 0;
  let vendored = false;
  for (const [i, p] of targets.entries()) {
    const facts = factsFor(known, p);
    commitTime = facts.git.commitTime;
    if (i === 0) vendored = facts.context.vendored;
    plans.push(planBuild(service, facts));
  }
  const plan = plans[0];
  for (const w of plan.warnings) reporter.warn(w);
  if (plan.placeholderRepository) {
    reporter.info(`# image is not set: tags below are shown on the placeholder repository ${plan.repository}; set image to name yours`);
  }
  reporter.info(`# ${builderLine(choice)}`);
  if (choice.builder === 'container') reporter.info(`# ${buildPathLine(chooseBuildPath(service, vendored))}`);
  for (const [i, p] of plans.entries()) {
    if (plans.length > 1) reporter.info(`# platform ${platformText(targets[i])}`);
    reporter.info(p.dockerfile ?? `# ${service.dockerfile?.given} (your own Dockerfile, built unchanged)\n${readDockerfile(service.dockerfile?.path as string)}`);
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
  return { plan, commitTime };
}
