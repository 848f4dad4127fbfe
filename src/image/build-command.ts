import * as os from 'os';
import * as path from 'path';
import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { UserError } from '../errors';
import { Engine } from '../engine/docker';
import { buildSpecOf } from './read-build-spec';
import { BuildResult, TargetResult } from './publish/publish-images';
import { ServiceOutcome, ServiceReporter, runBuilds, selectChanged, servicesSummary } from './services/multi-build';
import { BuildSpec, ImageSpec } from './build-spec';
import type { BuildFacts } from './plan/build-plan';
import { Toolchains, buildOnHost, builderLine, decideBuilder, engineIfAny, switchEnvOf } from './host/host-build';
import { ExportedBinary, copyBinary, writeSha256Sums } from './publish/binaries';
import { binaryFileName } from './publish/binary-paths';
import { machineProbe } from './host/host-compile';
import { Toolchain, noToolchainMessage } from './host/toolchain';

/**
 * The build side's entry: inputs are parsed once into a BuildSpec, then the flow goes one way,
 * services (pool, cache folder) -> publish (platforms, push, index) -> buildkit (engine build).
 */

export type { BuildResult } from './publish/publish-images';

export function buildSummary(r: TargetResult): string {
  const rows = [
    `| image | ${(r.pushedTo?.length ? r.pushedTo.map((p) => p.repository) : [r.plan.repository]).map((x) => `\`${x}\``).join(' ')} |`,
    `| tags | ${r.plan.tags.map((t) => `\`${t}\``).join(' ')} |`,
    `| digest | ${r.digest ? `\`${r.digest}\`` : '(not pushed)'} |`,
    `| size | ${(r.sizeBytes / 1e6).toFixed(1)} MB |`,
    `| Go | ${r.plan.goVersion} (${r.plan.platform}) |`,
  ];
  return `### gantry build\n\n| | |\n|---|---|\n${rows.join('\n')}\n`;
}

/** repository@digest in every repository pushed to (the first first); the first's image_ref when none was copied. */
export function imageRefs(r: TargetResult): string[] {
  if (!r.digest) return [];
  return r.pushedTo?.length ? r.pushedTo.map((p) => `${p.repository}@${p.digest}`) : [r.imageRef];
}

/** Every pushed repository:tag, the first repository's first. */
export function allReferences(r: TargetResult): string[] {
  return r.pushedTo?.length ? r.pushedTo.flatMap((p) => p.references) : r.plan.references;
}

/**
 * What a later deploy takes: repository@digest when pushed; an image written only as an OCI layout
 * is `oci:DIR@sha256:...` (DIR relative to the working folder when inside it, so a CI job that
 * gets the folder as an artifact finds it); else the local reference.
 */
export function deployableRef(r: TargetResult, cwd = process.cwd()): string {
  if (r.digest || !r.ociLayout) return r.imageRef;
  const rel = path.relative(cwd, r.ociLayout.dir);
  const dir = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : r.ociLayout.dir;
  return `oci:${dir}@${r.ociLayout.digest}`;
}

/** `gantry build` of the one service the inputs describe. */
export async function build(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<TargetResult> {
  const spec = buildSpecOf(inputs, env);
  for (const w of spec.warnings) reporter.warn(w);
  const [split] = await splitByBuilder(spec, spec.services, reporter, env);
  let result: TargetResult;
  if (split.toolchain) {
    result = await buildOnHost(split.service, split.toolchain, { spec, reporter, env, engine: engineIfAny(env, reporter, spec), facts: split.facts });
    exportHostBinaries(spec, [{ name: '', result }], false, reporter);
  } else {
    const engine = await engineFor(spec, [split], reporter, env);
    const [outcome] = await runBuilds(spec, spec.services, reporter, env, engine, 1);
    result = outcome.result as TargetResult;
  }
  const plan = result.plan;
  reporter.summary(buildSummary(result));
  reporter.setOutput('digest', result.digest);
  reporter.setOutput('image_ref', deployableRef(result));
  reporter.setOutput('image_refs', imageRefs(result).join(','));
  reporter.setOutput('image_id', result.imageId);
  reporter.setOutput('tags', allReferences(result).join(','));
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
  const splits = await splitByBuilder(spec, specs, reporter, env);
  const onHost = splits.filter((x) => x.toolchain);
  const inContainer = splits.filter((x) => !x.toolchain);
  const hostBuilt = onHost.length ? await hostServices(spec, onHost, reporter, env, parallel) : [];
  // The container path writes binaries_dir/SHA256SUMS itself; it keeps the host path's entries.
  exportHostBinaries(spec, hostBuilt, true, reporter);
  const built = [...hostBuilt, ...(inContainer.length ? await runBuilds(spec, inContainer.map((x) => x.service), reporter, env, await engineFor(spec, inContainer, reporter, env), parallel) : [])];
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
        image_refs: o.result ? imageRefs(o.result) : [],
        digest: o.result?.digest ?? '',
        tags: o.result ? allReferences(o.result) : [],
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

interface BuilderSplit {
  service: ImageSpec;
  /** The toolchain of a service built on the host; absent: the container path. */
  toolchain?: Toolchain;
  /** The facts the decision read (git, the context): a host build takes them instead of reading them again. */
  facts?: BuildFacts;
  /** Why the container path: no toolchain of this Go version was found where these places were searched. */
  missing?: { goVersion: string; looked: string[] };
}

/** Each service's builder (the log says which and why); the toolchain searches are shared by Go version. */
async function splitByBuilder(spec: BuildSpec, services: readonly ImageSpec[], reporter: Reporter, env: NodeJS.ProcessEnv): Promise<BuilderSplit[]> {
  const toolchains = new Toolchains(spec.goRoot, env, machineProbe(env), switchEnvOf(spec));
  const out: BuilderSplit[] = [];
  for (const service of services) {
    const d = await decideBuilder(service, spec, env, toolchains);
    reporter.info(`${service.name ? `[${service.name}] ` : ''}${builderLine(d.choice)}`);
    if (d.choice.builder === 'host') out.push({ service, toolchain: d.toolchain, facts: d.facts });
    else out.push({ service, missing: d.toolchain || !d.looked.length ? undefined : { goVersion: d.goVersion, looked: d.looked } });
  }
  return out;
}

/**
 * The engine for the container path. When a service went there only for want of a toolchain and
 * no engine answers either, the build stops with one line naming the Go version and where gantry looked.
 */
async function engineFor(spec: BuildSpec, splits: BuilderSplit[], reporter: Reporter, env: NodeJS.ProcessEnv): Promise<Engine> {
  const engine = new Engine((m) => reporter.debug(m), env, { pullCredentials: (r) => spec.logins.maybe(r) });
  const missing = splits.find((x) => x.missing)?.missing;
  if (missing) {
    try {
      await engine.platform();
    } catch (err) {
      reporter.debug(`engine: ${err instanceof Error ? err.message : String(err)}`);
      throw new UserError(noToolchainMessage(missing.goVersion, missing.looked));
    }
  }
  return engine;
}

/** The host path's services, `parallel` at a time; a failing one is reported, the others go on. */
async function hostServices(spec: BuildSpec, splits: BuilderSplit[], reporter: Reporter, env: NodeJS.ProcessEnv, parallel: number): Promise<ServiceOutcome[]> {
  const queue = [...splits];
  const out: ServiceOutcome[] = [];
  const engine = engineIfAny(env, reporter, spec);
  const worker = async () => {
    for (let x = queue.shift(); x; x = queue.shift()) {
      const started = Date.now();
      const outcome: ServiceOutcome = { name: x.service.name, status: 'failed', seconds: 0, binaries: [] };
      try {
        outcome.result = await buildOnHost(x.service, x.toolchain as Toolchain, { spec, reporter: new ServiceReporter(reporter, `[${x.service.name}] `), env, engine, facts: x.facts });
        outcome.status = outcome.result.unchanged ? 'unchanged' : 'built';
      } catch (err) {
        outcome.error = err instanceof Error ? err.message : String(err);
        reporter.warn(`[${x.service.name}] failed: ${outcome.error}`);
      }
      outcome.seconds = (Date.now() - started) / 1000;
      out.push(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, splits.length)) }, worker));
  return out;
}

/**
 * binaries_dir for services built on the host: each platform's binary (NAME-OS-ARCH, under the
 * service's folder with a config) and SHA256SUMS, as the container path exports them.
 */
function exportHostBinaries(spec: BuildSpec, built: Array<{ name: string; result?: TargetResult; binaries?: ExportedBinary[] }>, multi: boolean, reporter: Reporter): void {
  if (!spec.binariesDir) return;
  const dir = path.resolve(spec.binariesDir);
  const all: ExportedBinary[] = [];
  for (const o of built) {
    for (const b of o.result?.builds ?? []) {
      if (!b.result.binaryFile) continue;
      const name = binaryFileName(b.result.plan.binaryName, b.platform.os, b.platform.arch, multi ? o.name : '');
      const exported = copyBinary(b.result.binaryFile, dir, name);
      reporter.info(`${multi ? `[${o.name}] ` : ''}binary ${path.join(dir, name)}: ${exported.size} bytes, sha256 ${exported.sha256}`);
      o.binaries?.push(exported);
      all.push(exported);
    }
  }
  if (!all.length) return;
  const sums = writeSha256Sums(dir, all);
  reporter.info(`binaries: ${all.length} in ${spec.binariesDir}, sums in ${sums}`);
  reporter.setOutput('binaries', all.map((b) => path.join(spec.binariesDir, b.name)).join(','));
}
