import * as os from 'os';
import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { UserError } from '../errors';
import { Engine } from '../engine/docker';
import { buildSpecOf } from './read-build-spec';
import { BuildResult, TargetResult } from './publish/publish-images';
import { ServiceOutcome, runBuilds, selectChanged, servicesSummary } from './services/multi-build';

/**
 * The build side's entry: inputs are parsed once into a BuildSpec, then the flow goes one way,
 * services (pool, cache folder) -> publish (platforms, push, index) -> buildkit (engine build).
 */

export type { BuildResult } from './publish/publish-images';

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
  const engine = new Engine((m) => reporter.debug(m), env);
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
  const { build: specs, skipped } = await selectChanged(spec, reporter, env);
  const parallel = spec.parallel || os.cpus().length;
  reporter.info(`${spec.services.length} service(s) in ${file}; building ${specs.length}, ${Math.min(parallel, Math.max(specs.length, 1))} at a time`);
  const engine = new Engine((m) => reporter.debug(m), env);
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
