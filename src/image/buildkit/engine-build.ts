import * as path from 'path';
import { waitingOnEngine } from '../../preload';
import { Reporter } from '../../reporter';
import { UserError, errorMessage, inputError } from '../../errors';
import { Engine, StreamMessage } from '../../engine/docker';
import { ImageSpec } from '../build-spec';
import { BuildPlan, CONTEXT_DOCKERFILE } from '../plan/build-plan';
import { readDockerfile } from '../plan/context-facts';
import { Platform } from '../plan/platforms';
import { prepareSecrets } from '../secrets/build-secrets';
import { privateFetchHint } from '../secrets/private-modules';
import { contextTar } from './context-tar';
import { PULL_REFUSED } from '../../registry/registry-auth';
import { RUNTIME_FILES_CONTEXT } from '../runtime-files/context-name';
import { runtimeFilesArchive } from '../runtime-files/runtime-files';
import { decodeStatus } from './buildkit-trace';
import { BuildProgress } from './build-progress';
import { setImageCreated } from './image-created';

/**
 * One planned image built by the engine's BuildKit: secrets read and checked, the context sent,
 * progress printed as buildx would, the image given its commit-time creation date and its
 * tags, and searched for secret values. Pushing is the caller's (publish/).
 */

export interface BuiltImage {
  plan: BuildPlan;
  imageId: string;
  commitTime: number;
  buildSeconds: number;
  sizeBytes: number;
}

export interface EngineBuildOptions {
  /** Cross-compile for this platform; the builder stays on the engine's (no emulation). */
  target?: Platform;
  /** Context-relative folders kept out of the context (cache_dir, binaries_dir when inside it). */
  exclude?: string[];
  /** Called once the engine's build is done (before tagging and push): cache extraction starts then. */
  afterBuild?: () => void;
}

/** The images a Dockerfile's FROM lines pull (not its own stages, not scratch, not ones built from args), with whether FROM names a platform. */
export function fromImages(dockerfile: string): Array<{ image: string; ownPlatform: boolean }> {
  const stages = new Set<string>();
  const out: Array<{ image: string; ownPlatform: boolean }> = [];
  for (const line of dockerfile.split('\n')) {
    const m = /^\s*FROM\s+((?:--\S+\s+)*)(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!m) continue;
    const image = m[2];
    if (!stages.has(image.toLowerCase()) && image !== 'scratch' && !image.includes('$') && !out.some((o) => o.image === image)) {
      out.push({ image, ownPlatform: /--platform=/.test(m[1]) });
    }
    if (m[3]) stages.add(m[3].toLowerCase());
  }
  return out;
}

/**
 * Pulls, through the engine with their registry's credentials, the FROM images whose registry
 * has some (registry_auth_config, or the pair for a registry pushed to): BuildKit then finds
 * them in the engine's store. Images without credentials are left to BuildKit as before.
 */
async function pullBases(engine: Engine, dockerfile: string, target: Platform | undefined, reporter: Reporter): Promise<void> {
  for (const { image, ownPlatform } of fromImages(dockerfile)) {
    if (!engine.credentialsFor(image)) continue;
    const platform = target && !ownPlatform ? `${target.os}/${target.arch}` : undefined;
    reporter.info(`pulling ${image} with the credentials of its registry`);
    try {
      await engine.pull(image, platform);
    } catch (err) {
      const m = errorMessage(err).split('\n')[0];
      if (PULL_REFUSED.test(m)) throw new UserError(`the engine cannot pull '${image}': its registry refuses the credentials given (${m}); check registry_auth_config`);
      reporter.debug(`pull of ${image} failed (${m}); the build resolves it itself`);
    }
  }
}

/** Explains a failed build step in one line: the compiler's or engine's own words. */
export function buildFailure(step: string, error: string, tail: string[], plan: BuildPlan): UserError {
  if (PULL_REFUSED.test(error) && /failed to resolve source metadata|failed to authorize|pull access denied|failed to fetch|unexpected status/i.test(error)) {
    const image = /(?:metadata for|source metadata for|pull access denied for) ([^\s:,]+(?::[0-9]+)?\/[^\s,]+|[^\s,]+)/i.exec(error)?.[1]?.replace(/[:,]$/, '') ?? '';
    return new UserError(`the engine cannot pull ${image ? `'${image}'` : `an image for step '${step}'`}: its registry needs credentials (${error.split('\n')[0]}); give them in registry_auth_config (or registry_username and registry_password for the registry pushed to)`);
  }
  if (/failed to resolve source metadata|pull access denied|not found: manifest unknown|failed to do request|repository does not exist|no such image/i.test(error)) {
    // The image a failed registry request was about, from its URL (…/v2/PATH/manifests/REF).
    const asked = /https?:\/\/([^/\s"]+)\/v2\/(\S+?)\/manifests\/([^\s"]+)/.exec(error);
    const named = asked ? `${asked[1]}/${asked[2]}${asked[3].startsWith('sha256:') ? '@' : ':'}${asked[3]}` : '';
    if (named && !named.startsWith(plan.builderImage)) return new UserError(`the engine cannot pull '${named}': ${error.split('\n')[0]}`);
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

export function printPlan(plan: BuildPlan, reporter: Reporter): void {
  for (const w of plan.warnings) reporter.warn(w);
  if (plan.dockerfile) reporter.info(`go ${plan.goVersion} on ${plan.builderImage}, ${plan.platform}, binary ${plan.binaryName}`);
  else reporter.info(`your own Dockerfile, ${plan.platform}`);
  reporter.info(`tags: ${plan.references.join(', ')}`);
}

/** Builds one planned image in the engine and tags it; nothing is pushed. */
export async function buildImage(spec: ImageSpec, plan: BuildPlan, commitTime: number, reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine, opts: EngineBuildOptions = {}): Promise<BuiltImage> {
  printPlan(plan, reporter);
  const dockerfileText = plan.dockerfile ?? readDockerfile((spec.dockerfile as { path: string }).path);
  // Secrets are read, masked and checked (build args, the Dockerfile's mounts) before building.
  const secrets = await prepareSecrets(spec.secrets, spec.buildArgs, reporter, env, dockerfileText);
  await pullBases(engine, dockerfileText, opts.target, reporter);
  const root = spec.contextRoot ?? spec.context;
  // A context widened to local modules sends only the module's folder and theirs.
  const rel = (d: string) => path.relative(root, d).split(path.sep).join('/');
  const only = spec.contextRoot && rel(spec.context) ? ['*', ...[spec.context, ...spec.localModules].map((d) => `!${rel(d)}`)] : [];
  const tar = contextTar(root, {
    exclude: [...only, ...(opts.exclude ?? []), ...(plan.dockerfile ? ['.git', '.gantry', CONTEXT_DOCKERFILE] : ['.gantry', CONTEXT_DOCKERFILE])],
    extra: { [CONTEXT_DOCKERFILE]: secrets.dockerfile, ...(plan.dockerfile ? { [RUNTIME_FILES_CONTEXT]: runtimeFilesArchive() } : {}) },
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
    if (spec.buildNetwork !== 'default') options.networkmode = spec.buildNetwork;
    if (opts.target) options.platform = `${opts.target.os}/${opts.target.arch}`;
    const session = await secrets.openSession(engine, (m) => reporter.debug(m));
    if (session) options.session = session.id;
    try {
      await engine.build(tar, options, (m: StreamMessage) => {
        waitingOnEngine();
        if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string') progress.update(decodeStatus(m.aux));
        else if (m.id === 'moby.image.id') builtId = (m.aux as { ID: string }).ID;
        else if (m.stream && m.stream.trim()) reporter.info(m.stream.trimEnd());
      });
    } catch (err) {
      if (err instanceof UserError) throw err;
      const failure = progress.failure();
      const message = err instanceof Error ? err.message : String(err);
      const failed = buildFailure(failure?.step ?? 'build', message, failure?.tail ?? [], plan);
      failed.message += privateFetchHint(failed.message, spec.secrets.goprivate);
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
  return { plan, imageId, commitTime, buildSeconds, sizeBytes: (await engine.inspectImage(imageId))?.Size ?? 0 };
}
