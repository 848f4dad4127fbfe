import * as fs from 'fs';
import * as path from 'path';
import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { UserError, inputError } from '../errors';
import { Engine, StreamMessage } from '../engine/docker';
import { BuildFacts, BuildPlan, CONTEXT_DOCKERFILE, planBuild } from './plan/build-plan';
import { readContextFacts } from './plan/context-facts';
import { readGitFacts } from '../git';
import { contextTar } from './buildkit/context-tar';
import { decodeStatus } from './buildkit/buildkit-trace';
import { BuildProgress } from './buildkit/build-progress';
import { setImageCreated } from './buildkit/image-created';
import { pushTag } from './publish/push';
import { buildSingle } from './services/multi-build';
import { prepareSecrets } from './secrets/build-secrets';
import { privateFetchHint } from './secrets/private-modules';
import type { TargetResult } from './publish/platforms';

export interface BuildResult {
  plan: BuildPlan;
  imageId: string;
  /** The registry's manifest digest; '' when push is false. */
  digest: string;
  /** repository@digest when pushed, else the first local reference. */
  imageRef: string;
  commitTime: number;
  /** true when the registry had every layer already. */
  unchanged: boolean;
  seconds: { build: number; push: number };
  sizeBytes: number;
}

function contextLayout(root: string, moduleDir: string, localModules: string[]): { moduleDir: string; localModules: string[] } {
  const rel = (d: string) => path.relative(path.resolve(root), path.resolve(d)).split(path.sep).join('/');
  return { moduleDir: rel(moduleDir), localModules: localModules.map(rel) };
}

const NODE_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', s390x: 's390x', ppc64: 'ppc64le' };

async function gatherFacts(inputs: Inputs, env: NodeJS.ProcessEnv, platform: BuildFacts['platform']): Promise<BuildFacts> {
  const context = readContextFacts(inputs);
  const git = await readGitFacts(path.resolve(inputs.context), env);
  return { context, git, platform };
}

function printPlan(plan: BuildPlan, reporter: Reporter): void {
  for (const w of plan.warnings) reporter.warn(w);
  if (plan.dockerfile) reporter.info(`go ${plan.goVersion} on ${plan.builderImage}, ${plan.platform}, binary ${plan.binaryName}`);
  else reporter.info(`your own Dockerfile, ${plan.platform}`);
  reporter.info(`tags: ${plan.references.join(', ')}`);
}

/** Plans without building, so bad input is reported before anything else happens. */
export async function checkPlan(inputs: Inputs, env: NodeJS.ProcessEnv, platform: BuildFacts['platform']): Promise<void> {
  planBuild(inputs, await gatherFacts(inputs, env, { os: platform.os, arch: platform.arch }));
}

/** `gantry plan`: the Dockerfile, tags and labels, without an engine. */
export async function planOnly(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<BuildPlan> {
  const facts = await gatherFacts(inputs, env, { os: 'linux', arch: NODE_ARCH[process.arch] ?? process.arch });
  const plan = planBuild(inputs, facts);
  for (const w of plan.warnings) reporter.warn(w);
  reporter.info(plan.dockerfile ?? `# ${inputs.dockerfile} (your own Dockerfile, built unchanged)\n${fs.readFileSync(inputs.dockerfile, 'utf8')}`);
  reporter.info('tags:');
  for (const r of plan.references) reporter.info(`  ${r}`);
  reporter.info('labels:');
  for (const [k, v] of Object.entries(plan.labels)) reporter.info(`  ${k}=${v}`);
  reporter.info('build args:');
  for (const [k, v] of Object.entries(plan.buildArgs)) reporter.info(`  ${k}=${v}`);
  reporter.setOutput('tags', plan.references.join(','));
  reporter.setOutput('go_version', plan.goVersion);
  reporter.setOutput('commit_time', String(facts.git.commitTime || ''));
  return plan;
}

/** Explains a failed build step in one line: the compiler's or engine's own words. */
export function buildFailure(step: string, error: string, tail: string[], plan: BuildPlan): UserError {
  if (/failed to resolve source metadata|pull access denied|not found: manifest unknown|failed to do request|repository does not exist|no such image/i.test(error)) {
    const image = /FROM|load metadata/i.test(step) || error.includes(plan.builderImage) ? plan.builderImage : '';
    if (image === plan.builderImage) {
      return inputError('go_version', `the engine cannot get builder image '${plan.builderImage}' (${error.split('\n')[0]})`, 'a Go version whose builder image exists, or builder_image');
    }
    return new UserError(`the engine cannot get an image for step '${step}': ${error.split('\n')[0]}`);
  }
  const lines = tail.map((l) => l.trim()).filter((l) => l && !/^#\s/.test(l));
  const compiler = lines.filter((l) => /\.go:\d+(:\d+)?:/.test(l));
  const detail = (compiler.length ? compiler : lines.slice(-5)).join(' | ');
  return new UserError(`build failed at '${step}'${detail ? `: ${detail}` : `: ${error}`}`);
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

export interface ServiceBuildOptions {
  /** Cross-compile for this platform; the builder stays on the engine's (no emulation). */
  target?: { os: string; arch: string };
  /** A folder above the context that also holds local modules the service replaces to. */
  contextRoot?: string;
  /** Those modules' folders (absolute, inside contextRoot). */
  localModules?: string[];
  /** Context-relative folders kept out of the context (cache_dir, binaries_dir when inside it). */
  exclude?: string[];
  /** Called once the engine's build is done (before tagging and push): cache extraction starts then. */
  afterBuild?: () => void;
}

/** Builds (and pushes) one service; `build` below adds the outputs and the summary. */
export async function buildService(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine, opts: ServiceBuildOptions = {}): Promise<BuildResult> {
  const platform = await engine.platform();
  const facts = await gatherFacts(inputs, env, opts.target ?? { os: platform.os, arch: platform.arch });
  if (opts.target) facts.buildPlatform = { os: platform.os, arch: platform.arch };
  if (opts.contextRoot) facts.layout = contextLayout(opts.contextRoot, inputs.context, opts.localModules ?? []);
  const plan = planBuild(inputs, facts);
  printPlan(plan, reporter);

  const dockerfileText = plan.dockerfile ?? fs.readFileSync(path.resolve(inputs.dockerfile), 'utf8');
  // Secrets are read, masked and checked (build args, the Dockerfile's mounts) before building.
  const secrets = await prepareSecrets(inputs, reporter, env, dockerfileText);
  const only = facts.layout?.moduleDir ? ['*', ...[facts.layout.moduleDir, ...facts.layout.localModules].map((d) => `!${d}`)] : [];
  const tar = contextTar(facts.layout ? (opts.contextRoot as string) : inputs.context, {
    exclude: [...only, ...(opts.exclude ?? []), ...(plan.dockerfile ? ['.git', '.gantry', CONTEXT_DOCKERFILE] : ['.gantry', CONTEXT_DOCKERFILE])],
    extra: { [CONTEXT_DOCKERFILE]: secrets.dockerfile },
  });

  const started = Date.now();
  let builtId = '';
  const progress = new BuildProgress((line) => reporter.info(line));
  await reporter.group(`Build ${plan.repository}${plan.goVersion ? ` (Go ${plan.goVersion})` : ''}`, async () => {
    const options: Record<string, unknown> = {
      dockerfile: CONTEXT_DOCKERFILE,
      buildargs: plan.buildArgs,
      labels: plan.labels,
    };
    if (inputs.build_network !== 'default') options.networkmode = inputs.build_network;
    if (opts.target) options.platform = `${opts.target.os}/${opts.target.arch}`;
    const session = await secrets.openSession(engine, (m) => reporter.debug(m));
    if (session) options.session = session.id;
    try {
      await engine.build(tar, options, (m: StreamMessage) => {
        if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string') progress.update(decodeStatus(m.aux));
        else if (m.id === 'moby.image.id') builtId = (m.aux as { ID: string }).ID;
        else if (m.stream && m.stream.trim()) reporter.info(m.stream.trimEnd());
      });
    } catch (err) {
      if (err instanceof UserError) throw err;
      const failure = progress.failure();
      const message = err instanceof Error ? err.message : String(err);
      const failed = buildFailure(failure?.step ?? 'build', message, failure?.tail ?? [], plan);
      failed.message += privateFetchHint(failed.message, inputs.goprivate);
      throw failed;
    } finally {
      await session?.close();
    }
  });
  if (!builtId) throw new Error('the engine finished the build without an image id');
  opts.afterBuild?.();
  const buildSeconds = (Date.now() - started) / 1000;

  let imageId = builtId;
  const created = plan.labels['org.opencontainers.image.created'];
  if (created) imageId = await setImageCreated(engine, builtId, created, plan.references);
  else for (const t of plan.tags) await engine.tag(builtId, plan.repository, t);
  if (imageId !== builtId) await engine.removeImage(builtId);
  reporter.info(`built ${imageId} in ${buildSeconds.toFixed(1)}s`);
  await secrets.scanImage(engine, imageId, plan.references);

  let digest = '';
  let unchanged = true;
  const pushStarted = Date.now();
  if (inputs.push) {
    await reporter.group(`Push ${plan.repository}`, async () => {
      for (const tag of plan.tags) {
        const r = await pushTag(engine, reporter, plan.repository, tag, {
          username: inputs.registry_username,
          password: inputs.registry_password,
        });
        if (digest && r.digest !== digest) throw new Error(`tags of one image got two digests: ${digest} and ${r.digest}`);
        digest = r.digest;
        if (r.layersPushed > 0) unchanged = false;
      }
      reporter.info(`pushed ${plan.tags.length} tag(s), digest ${digest}${unchanged ? ' (unchanged: the registry had every layer)' : ''}`);
    });
  }
  const result: BuildResult = {
    plan,
    imageId,
    digest,
    imageRef: digest ? `${plan.repository}@${digest}` : plan.references[0],
    commitTime: facts.git.commitTime,
    unchanged: inputs.push && unchanged,
    seconds: { build: buildSeconds, push: (Date.now() - pushStarted) / 1000 },
    sizeBytes: (await engine.inspectImage(imageId))?.Size ?? 0,
  };
  return result;
}

export async function build(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<TargetResult> {
  const engine = new Engine((m) => reporter.debug(m));
  // The cache folder, platforms and binaries_dir around buildService (multi-build.ts).
  const result = await buildSingle(inputs, reporter, env, engine);
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
