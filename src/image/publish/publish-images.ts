import { Reporter } from '../../reporter';
import { Engine } from '../../engine/docker';
import { parseRepository } from '../../image-ref';
import { IndexEntry, MEDIA, RegistryClient, manifestList } from '../../registry/registry-client';
import { RegistryLogins } from '../../registry/registry-auth';
import { ImageSpec } from '../build-spec';
import { BuildFacts, BuildPlan, platformPlan, planBuild } from '../plan/build-plan';
import { readBuildFacts } from '../plan/build-facts';
import { Platform, platformText } from '../plan/platforms';
import { EngineBuildOptions, buildImage, printPlan } from '../buildkit/engine-build';
import { BuilderPool } from '../direct/builder';
import { layerCacheDir } from '../direct/base-image';
import { buildPathLine, chooseBuildPath } from '../direct/build-path';
import { compileDirect } from '../direct/direct-build';
import { assembleAndPublish } from '../direct/assemble';
import { pushImage } from './push';
import { MirrorContext, PushedRepository, pushMirrors } from './mirrors';

/** One image built (and pushed, when push is true). */
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
  /** The direct path: the compiled binary as a local file (binaries_dir copies it); absent on the BuildKit path. */
  binaryFile?: string;
  /** The direct path: the runtime base image the binary was put on. */
  runtimeImage?: string;
  /** The host path: the toolchain that compiled it (for provenance), e.g. `Go 1.22.12 from /usr/lib/go-1.22 (/usr/lib/go-1.22/bin/go)`. */
  hostToolchain?: string;
  /** The host path: files of the runtime base, read through the registry API (the SBOM's OS packages); absent on scratch. */
  baseFiles?: (files: string[]) => Promise<Map<string, Buffer>>;
  /** The host path: whether the target registry was spoken to in plain HTTP (signing speaks to it the same way). */
  plainHttp?: boolean;
  /** push false on the host path: the OCI image layout the image was written to, and its manifest's digest there. */
  ociLayout?: { dir: string; digest: string };
}

export interface PlatformBuild {
  platform: Platform;
  result: BuildResult;
}

export interface TargetResult extends BuildResult {
  /** One build per platform (one entry when platforms names at most one). */
  builds: PlatformBuild[];
  /** The index's tags when several platforms were pushed as one index. */
  indexTags: string[];
  /** Every repository of image holding the pushed image, the first first (absent before the copies). */
  pushedTo?: PushedRepository[];
}

/** The image the first repository got, copied to the others of image (mirrors.ts). */
export async function withMirrors(spec: ImageSpec, result: TargetResult, c: MirrorContext): Promise<TargetResult> {
  const pushedTo = await pushMirrors(spec, { repository: result.plan.repository, digest: result.digest, tags: result.plan.tags }, c);
  return { ...result, pushedTo };
}

export interface PublishContext {
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  engine: Engine;
  /** The engine's own platform: where the builder runs. */
  native: Platform;
  logins: RegistryLogins;
  /** The direct path's builder containers; without it every build goes through BuildKit. */
  builders?: BuilderPool;
}

/** Plans, builds and (when push is true) pushes one platform's image under the plan's tags. */
async function buildAndPush(spec: ImageSpec, target: Platform, several: boolean, c: PublishContext, opts: EngineBuildOptions): Promise<{ index: BuildPlan; result: BuildResult }> {
  const facts = await readBuildFacts(spec, c.env, target, c.native);
  const index = planBuild(spec, facts);
  const plan = several ? platformPlan(index, target) : index;
  const choice = chooseBuildPath(spec, facts.context.vendored);
  c.reporter.info(buildPathLine(choice));
  if (choice.path === 'direct' && c.builders) return { index, result: await buildDirect(spec, plan, facts, c, c.builders, opts) };
  const built = await buildImage(spec, plan, facts.git.commitTime, c.reporter, c.env, c.engine, opts);
  const pushed = spec.push ? await pushImage(c.engine, c.reporter, plan.repository, plan.tags, c.logins) : { digest: '', unchanged: true, seconds: 0 };
  const result: BuildResult = {
    plan,
    imageId: built.imageId,
    digest: pushed.digest,
    imageRef: pushed.digest ? `${plan.repository}@${pushed.digest}` : plan.references[0],
    commitTime: built.commitTime,
    unchanged: spec.push && pushed.unchanged,
    seconds: { build: built.buildSeconds, push: pushed.seconds },
    sizeBytes: built.sizeBytes,
  };
  return { index, result };
}

/** The direct path: go build in the warm builder, the image assembled and pushed (or loaded) without a solve. */
async function buildDirect(spec: ImageSpec, plan: BuildPlan, facts: BuildFacts, c: PublishContext, builders: BuilderPool, opts: EngineBuildOptions): Promise<BuildResult> {
  const { reporter } = c;
  printPlan(plan, reporter);
  const started = Date.now();
  const compiled = await reporter.group(`Build ${plan.repository} (Go ${plan.goVersion}, direct)`, () => compileDirect(builders, reporter, spec, plan, facts, opts.exclude ?? []));
  opts.afterBuild?.();
  let t = Date.now();
  const rootfs = await builders.rootfsOf(compiled.builder);
  const rootfsSeconds = (Date.now() - t) / 1000;
  t = Date.now();
  const commitTime = facts.git.commitTime;
  const assembled = await reporter.group(`${spec.push ? 'Push' : 'Image'} ${plan.repository} (assembled without a solve)`, () => assembleAndPublish({
    plan,
    platform: facts.platform,
    commitTime,
    binary: compiled.file,
    rootfs,
    reporter,
    engine: c.engine,
    layerCacheDir: layerCacheDir(c.env),
    registry: c.logins.for(parseRepository(plan.repository).registry),
    push: spec.push,
  }));
  const buildSeconds = (Date.now() - started) / 1000 - assembled.seconds.push;
  reporter.info(
    `built ${assembled.imageId} in ${buildSeconds.toFixed(1)}s (sync ${compiled.seconds.sync.toFixed(2)}s, compile ${compiled.seconds.compile.toFixed(2)}s, binary out ${compiled.seconds.fetch.toFixed(2)}s, ` +
      `builder files ${rootfsSeconds.toFixed(2)}s, assemble ${assembled.seconds.assemble.toFixed(2)}s${assembled.seconds.load ? `, load ${assembled.seconds.load.toFixed(2)}s` : ''}; ` +
      `assemble and push ${((Date.now() - t) / 1000).toFixed(2)}s)`,
  );
  return {
    plan,
    imageId: assembled.imageId,
    digest: assembled.digest,
    imageRef: assembled.digest ? `${plan.repository}@${assembled.digest}` : plan.references[0],
    commitTime,
    unchanged: spec.push && assembled.unchanged,
    seconds: { build: buildSeconds, push: assembled.seconds.push },
    sizeBytes: assembled.sizeBytes,
    binaryFile: compiled.file,
    runtimeImage: plan.runtime.image,
  };
}

/**
 * Builds one service for its platforms. With several, each is cross-compiled (the builder on
 * the engine's platform, GOOS/GOARCH from the target), pushed by the engine under its own
 * per-platform tags, and a manifest list referencing them is put under every tag of the plan
 * through the registry API (Docker 20.10's engine cannot push one itself); `digest` is then the list's.
 */
export async function buildForPlatforms(spec: ImageSpec, c: PublishContext, opts: EngineBuildOptions = {}): Promise<TargetResult> {
  const result = await buildPlatforms(spec, c, opts);
  return withMirrors(spec, result, { logins: c.logins, reporter: c.reporter, plainHttp: (r) => c.engine.allowsPlainHttp(r) });
}

async function buildPlatforms(spec: ImageSpec, c: PublishContext, opts: EngineBuildOptions): Promise<TargetResult> {
  const platforms = spec.platforms;
  const { reporter } = c;
  if (platforms.length <= 1) {
    const target = platforms[0];
    const { result } = await buildAndPush(spec, target ?? c.native, false, c, { ...opts, target });
    const [os, arch] = result.plan.platform.split('/');
    return { ...result, builds: [{ platform: { os, arch }, result }], indexTags: [] };
  }
  const builds: PlatformBuild[] = [];
  let index: BuildPlan | undefined;
  for (const [i, p] of platforms.entries()) {
    const last = i === platforms.length - 1;
    const built = await buildAndPush(spec, p, true, c, { ...opts, target: p, afterBuild: last ? opts.afterBuild : undefined });
    index ??= built.index;
    builds.push({ platform: p, result: built.result });
  }
  const first = builds[0].result;
  const indexTags = (index as BuildPlan).tags;
  const repository = first.plan.repository;
  const base: TargetResult = {
    ...first,
    plan: { ...first.plan, tags: indexTags, references: indexTags.map((t) => `${repository}:${t}`), platform: platforms.map(platformText).join(',') },
    builds,
    indexTags,
    seconds: { build: builds.reduce((n, b) => n + b.result.seconds.build, 0), push: builds.reduce((n, b) => n + b.result.seconds.push, 0) },
    sizeBytes: builds.reduce((n, b) => n + b.result.sizeBytes, 0),
  };
  if (!spec.push) {
    reporter.info(`built ${platforms.map(platformText).join(', ')} as local images ${builds.map((b) => b.result.plan.references[0]).join(', ')} (an index needs a registry: push is false)`);
    return base;
  }
  const repo = parseRepository(repository);
  const client = new RegistryClient(
    repo.registry === 'docker.io' ? 'registry-1.docker.io' : repo.registry,
    c.logins.for(repo.registry),
    await c.engine.allowsPlainHttp(repo.registry),
    (m) => reporter.debug(m),
  );
  return reporter.group(`Index ${repository} (${platforms.map(platformText).join(', ')})`, async () => {
    const entries: IndexEntry[] = [];
    for (const b of builds) {
      const m = await client.getManifest(repo.path, b.result.digest);
      if (!m) throw new Error(`the registry lost ${repository}@${b.result.digest} right after its push`);
      entries.push({ mediaType: m.mediaType || MEDIA.dockerManifest, digest: b.result.digest, size: m.size, platform: { os: b.platform.os, architecture: b.platform.arch } });
    }
    const body = manifestList(entries);
    let digest = '';
    let sameIndex = true;
    for (const tag of indexTags) {
      const before = await client.getManifest(repo.path, tag);
      digest = await client.putManifest(repo.path, tag, MEDIA.dockerList, body);
      if (before?.digest !== digest) sameIndex = false;
      reporter.info(`index ${repository}:${tag} -> ${digest}`);
    }
    const unchanged = sameIndex && builds.every((b) => b.result.unchanged);
    reporter.info(`pushed an index of ${builds.length} platforms under ${indexTags.length} tag(s), digest ${digest}${unchanged ? ' (unchanged: the registry had every layer and this index)' : ''}`);
    return { ...base, digest, imageRef: `${repository}@${digest}`, unchanged };
  });
}
