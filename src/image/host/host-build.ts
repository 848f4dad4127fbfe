import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Reporter } from '../../reporter';
import { UserError, errorMessage } from '../../errors';
import { parseRepository } from '../../image-ref';
import { IndexEntry, MEDIA, RegistryClient, manifestList, sha256Digest } from '../../registry/registry-client';
import { BuildSpec, ImageSpec } from '../build-spec';
import { BuildFacts, BuildPlan, platformPlan, planBuild } from '../plan/build-plan';
import { factsFor, readBuildFacts } from '../plan/build-facts';
import { Platform, nodePlatform, platformText } from '../plan/platforms';
import { printPlan } from '../buildkit/engine-build';
import { BuildResult, PlatformBuild, TargetResult, withMirrors } from '../publish/publish-images';
import { assembleImage } from '../direct/assembled-image';
import { BaseImage, baseFromEngine, baseFromRegistry, layerCacheDir } from '../direct/base-image';
import { AskedAhead, publishImage } from '../direct/registry-publish';
import { RUNTIME_FILE_LAYERS, runtimeFileDescriptors, runtimeFileLayers } from '../runtime-files/runtime-files';
import { RootfsLayers, usersLayer } from '../direct/layers';
import { builderLine } from './builder-choice';
import { toolchainText } from './builder-decision';
import { GoCaches, compileOnHost, goCaches } from './host-compile';
import { writeOciLayout } from './oci-layout';
import { baseFiles } from './base-files';
import { Engine } from '../../engine/docker';
import { LoadLayer, engineHasChain, loadIntoEngine } from '../direct/engine-load';
import { Toolchain, ToolchainProbe } from './toolchain';

/**
 * The host builder: go build with a toolchain on this machine, the image assembled by gantry
 * (gantry's runtime files, the base read through the registry API, the binary on top) and
 * pushed through the registry API (only missing blobs, the manifest last), or written as an OCI
 * image layout. No Docker engine is contacted.
 */

export interface HostRun {
  spec: BuildSpec;
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  probe?: ToolchainProbe;
  /** The service's facts as the builder decision read them (git, the context); read here when absent. */
  facts?: BuildFacts;
  /** With push false: the engine to load the image into, when one answers (asked once per run). */
  engine?: () => Promise<Engine | undefined>;
}

/**
 * The engine a push-false host build loads its image into, when one answers within a few
 * seconds; undefined without one (the image then goes to an OCI layout). Asked once.
 */
export function engineIfAny(env: NodeJS.ProcessEnv, reporter: Reporter, spec?: BuildSpec): () => Promise<Engine | undefined> {
  let answer: Promise<Engine | undefined> | undefined;
  return () => {
    answer ??= (async () => {
      const engine = new Engine((m) => reporter.debug(m), env, { pullCredentials: (r) => spec?.logins.maybe(r) });
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([engine.platform(), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no answer in 5s')), 5000); })]);
        return engine;
      } catch (err) {
        reporter.debug(`engine: none to load into (${errorMessage(err)})`);
        return undefined;
      } finally {
        clearTimeout(timer);
      }
    })();
    return answer;
  };
}

/**
 * Whether the target registry is spoken to in plain HTTP: loopback, registry_insecure, or (as
 * the other paths decide it) an engine here that lists it among its insecure registries.
 */
async function plainHttpFor(registry: string, run: HostRun): Promise<boolean> {
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry) || run.spec.registryInsecure) return true;
  const engine = await run.engine?.();
  return engine ? engine.allowsPlainHttp(registry).catch(() => false) : false;
}

function registryClient(registry: string, spec: BuildSpec, reporter: Reporter, plainHttp: boolean): RegistryClient {
  return new RegistryClient(registry === 'docker.io' ? 'registry-1.docker.io' : registry, spec.logins.for(registry), plainHttp, (m) => reporter.debug(m));
}

/**
 * The runtime base through the registry API: scratch, or the image's own registry (with the
 * credentials when it is the target's). A base no registry gives (unreachable, or not there)
 * is taken from an engine's copy when one answers, as the direct path does; without one, one line.
 * The engine is only asked about bases outside the target registry.
 */
async function hostBase(image: string, platform: Platform, target: string, plainHttp: boolean, run: HostRun): Promise<{ base: BaseImage; client?: RegistryClient }> {
  const { spec, reporter } = run;
  if (image === 'scratch') return { base: { image, source: 'scratch', layers: [] } };
  const registry = parseRepository(image.replace(/@.*$/, '').replace(/:[^/:]*$/, ''), 'runtime_image').registry;
  const client = registry === target ? registryClient(registry, spec, reporter, plainHttp) : new RegistryClient(registry === 'docker.io' ? 'registry-1.docker.io' : registry, spec.logins.for(registry), spec.registryInsecure, (m) => reporter.debug(m));
  // A base from another registry that an engine here already holds is read from it (no download), as the direct path does.
  if (registry !== target) {
    const engine = await run.engine?.();
    if (engine && (await engine.inspectImage(image).catch(() => undefined))) {
      reporter.info(`runtime_image ${image}: the engine's copy`);
      return { base: await baseFromEngine(image, platform, engine, reporter, layerCacheDir(run.env)) };
    }
  }
  let base: BaseImage | undefined;
  let why = '';
  try {
    base = await baseFromRegistry(image, platform, client);
    if (!base) why = `it is not in registry ${registry}`;
  } catch (err) {
    const m = errorMessage(err);
    if (/\b401\b|\b403\b|refused a token|unauthorized|denied/i.test(m)) {
      const given = spec.logins.maybe(registry);
      throw new UserError(`runtime_image '${image}': registry ${registry} ${given ? 'refuses the credentials given' : 'needs credentials to pull it'} (${m.split('\n')[0]}); ${spec.logins.hint(registry)}`);
    }
    if (err instanceof UserError) throw err;
    why = `registry ${registry} cannot be read (${m.split('\n')[0]})`;
  }
  if (base) return { base, client };
  const engine = await run.engine?.();
  if (!engine) throw new UserError(`runtime_image '${image}': ${why}, and no engine answers to take it from; push it to ${target}, or use scratch`);
  reporter.info(`runtime_image ${image}: ${why}; taking the engine's copy`);
  return { base: await baseFromEngine(image, platform, engine, reporter, layerCacheDir(run.env)) };
}

/** The runtime files' layers, by digest, made when a push finds the registry lacks one. */
function madeOnRead(): Map<string, () => Promise<Buffer>> {
  const blob = async (pick: (l: RootfsLayers) => { blob?: Buffer }) => {
    const b = pick(await runtimeFileLayers()).blob;
    if (!b) throw new Error('the runtime files\' layer has no blob');
    return b;
  };
  return new Map([
    [RUNTIME_FILE_LAYERS.certificates.digest, () => blob((l) => l.certificates)],
    [RUNTIME_FILE_LAYERS.zoneinfo.digest, () => blob((l) => l.zoneinfo)],
  ]);
}

/** Starts the push's questions whose answers do not depend on the compile; failures are asked again by the push. */
function askAhead(client: RegistryClient, repo: string, tags: string[], layers: Array<Promise<Array<{ digest: string }>>>, after: Promise<void>): AskedAhead {
  const ahead: AskedAhead = { blobs: new Map(), tags: new Map() };
  const quiet = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => undefined);
    return p;
  };
  // Not before `after`: the first request loads Node's HTTP client (about 0.1 s of the main thread).
  const ready = quiet(after.then(() => client.warm()));
  for (const tag of tags) ahead.tags.set(tag, quiet(ready.then(() => client.getManifest(repo, tag))));
  for (const list of layers) {
    list.then((ls) => {
      for (const l of ls) if (!ahead.blobs.has(l.digest)) ahead.blobs.set(l.digest, quiet(ready.then(() => client.hasBlob(repo, l.digest))));
    }, () => undefined);
  }
  return ahead;
}

/** One platform's image: compile, assemble, push (or write the OCI layout). */
async function buildPlatform(o: { service: ImageSpec; target: Platform; several: boolean; run: HostRun; toolchain: Toolchain; caches: GoCaches; tmp: string; plainHttp: boolean }): Promise<{ index: BuildPlan; result: BuildResult; ociDir?: string }> {
  const { service, target, run } = o;
  const { reporter, spec, env } = run;
  const native = nodePlatform();
  const facts = run.facts ? factsFor(run.facts, target) : await readBuildFacts(service, env, target, native);
  const index = planBuild(service, facts);
  const plan = o.several ? platformPlan(index, target) : index;
  printPlan(plan, reporter);
  const started = Date.now();
  const binary = path.join(o.tmp, `${plan.binaryName}-${target.os}-${target.arch}`);
  const repo = parseRepository(plan.repository);
  // The runtime files' layers and the base are made while go compiles in its own process (on the
  // machine's other core); awaited after it. A failure then is the same failure, only found later.
  // Started once go build has been spawned (a tick later): making the layers begins with some synchronous work.
  const afterSpawn = new Promise<void>((resolve) => setImmediate(resolve));
  // A push needs the runtime files' layers only by their descriptors unless the registry lacks one.
  const rootfs = service.push ? Promise.resolve(runtimeFileDescriptors()) : afterSpawn.then(() => runtimeFileLayers());
  const baseLookup = afterSpawn.then(() => hostBase(plan.runtime.image, facts.platform, repo.registry, o.plainHttp, run));
  rootfs.catch(() => undefined);
  baseLookup.catch(() => undefined);
  // The push's questions are asked meanwhile too: the registry's scheme and authentication, the
  // tags, whether it holds the runtime files' and the base's layers. Only the binary layer and
  // the config are left to ask after the compile.
  const pushClient = service.push ? registryClient(repo.registry, spec, reporter, o.plainHttp) : undefined;
  const ahead = pushClient ? askAhead(pushClient, repo.path, plan.tags, [rootfs.then((r) => [r.certificates, r.zoneinfo]), plan.runtime.needsPasswd ? afterSpawn.then(() => usersLayer()).then((l) => [l]) : Promise.resolve([]), baseLookup.then((b) => b.base.layers)], afterSpawn) : undefined;
  await reporter.group(`Build ${plan.repository} (Go ${plan.goVersion}, host)`, async () => {
    const compile = await compileOnHost({ spec: service, plan, facts, toolchain: o.toolchain, caches: o.caches, env, out: binary, reporter });
    reporter.info(`compiled ${plan.binaryName} in ${compile.toFixed(2)}s with ${toolchainText(o.toolchain)}`);
  });
  const t = Date.now();
  const { base, client: baseClient } = await baseLookup;
  const image = await assembleImage({ plan, platform: facts.platform, commitTime: facts.git.commitTime, binary: await fs.promises.readFile(binary), rootfs: await rootfs, base });
  const assembleSeconds = (Date.now() - t) / 1000;
  reporter.info(`assembled ${plan.repository} for ${platformText(facts.platform)} on ${base.source === 'scratch' ? 'scratch' : base.image}: config ${image.configDigest} in ${assembleSeconds.toFixed(2)}s`);
  // A base from another registry cannot be mounted: its blobs are read there and uploaded.
  const made = madeOnRead();
  const blobs = image.blobs.map((b) => (b.mountFrom && baseClient && baseClient.registry !== repo.registry && !b.read ? { ...b, mountFrom: undefined, read: () => baseClient.getBlob(b.mountFrom as string, b.digest) } : made.has(b.digest) ? { ...b, read: made.get(b.digest) } : b));
  const readBlob = (l: { digest: string; mountFrom?: string; blobPath?: string }) =>
    l.blobPath ? fs.promises.readFile(l.blobPath) : l.mountFrom && baseClient ? baseClient.getBlob(l.mountFrom, l.digest) : Promise.reject(new Error(`base layer ${l.digest} has no source`));
  const result: BuildResult = {
    plan, imageId: image.configDigest, digest: '', imageRef: plan.references[0], commitTime: facts.git.commitTime, unchanged: false, seconds: { build: 0, push: 0 }, sizeBytes: image.sizeBytes,
    binaryFile: binary, runtimeImage: plan.runtime.image, hostToolchain: toolchainText(o.toolchain), plainHttp: o.plainHttp,
    baseFiles: base.layers.length ? baseFiles(base.layers.map((l) => () => readBlob(l))) : undefined,
  };
  let ociDir: string | undefined;
  if (service.push) {
    const pushStarted = Date.now();
    const published = await reporter.group(`Push ${plan.repository} (registry API)`, () => publishImage({ client: pushClient ?? registryClient(repo.registry, spec, reporter, o.plainHttp), repo: repo.path, tags: plan.tags, blobs, manifest: image.manifest, reporter, ahead }));
    result.seconds.push = (Date.now() - pushStarted) / 1000;
    result.digest = published.digest;
    result.imageRef = `${plan.repository}@${published.digest}`;
    result.unchanged = published.unchanged;
    reporter.info(`pushed ${plan.tags.length} tag(s), digest ${published.digest}: ${published.bytesUploaded} bytes in ${published.blobsUploaded} blob(s)${published.unchanged ? ' (unchanged)' : ''} in ${result.seconds.push.toFixed(2)}s`);
  } else {
    // As the other paths: into the engine when one answers; an OCI layout when none does or oci_layout asks for one.
    const engine = await run.engine?.();
    if (engine) {
      const t0 = Date.now();
      const held = await engineHasChain(engine, plan.runtime.image, base.layers.map((l) => l.diffId)).catch(() => false);
      const layers: LoadLayer[] = [
        ...base.layers.map((l) => ({ diffId: l.diffId, data: held ? undefined : () => readBlob(l) })),
        ...image.steps.map((s) => ({ diffId: s.layer.diffId, data: async () => (s.layer.blob ?? s.layer.tar) as Buffer })),
      ];
      result.imageId = await loadIntoEngine(engine, image.config, layers, plan.references);
      reporter.info(`loaded ${result.imageId} into the engine as ${plan.references.join(', ')} in ${((Date.now() - t0) / 1000).toFixed(2)}s (push is false)`);
    }
    if (!engine || spec.ociLayout) {
      ociDir = path.resolve(spec.ociLayout || path.join('.gantry', 'oci'));
      await writeOciLayout({ dir: ociDir, blobs, manifest: image.manifest, manifestDigest: sha256Digest(image.manifest), refs: plan.references });
      result.ociLayout = { dir: ociDir, digest: sha256Digest(image.manifest) };
      reporter.info(`wrote ${plan.references.join(', ')} as an OCI image layout to ${ociDir} (push is false${engine ? '' : '; no engine answers to load it into'})`);
    }
  }
  result.seconds.build = (Date.now() - started) / 1000 - result.seconds.push;
  return { index, result, ociDir };
}

/** Builds one service on the host for its platforms; several are cross-compiled and pushed as one index. */
export async function buildOnHost(service: ImageSpec, toolchain: Toolchain, run: HostRun): Promise<TargetResult> {
  const result = await buildPlatformsOnHost(service, toolchain, run);
  return withMirrors(service, result, { logins: run.spec.logins, reporter: run.reporter, plainHttp: (r) => plainHttpFor(r, run) });
}

async function buildPlatformsOnHost(service: ImageSpec, toolchain: Toolchain, run: HostRun): Promise<TargetResult> {
  const { reporter, spec } = run;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-host-'));
  // The binaries stay until the process ends: binaries_dir and the SBOM read them after the build.
  process.once('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const caches = goCaches(spec.cacheDir, tmp, reporter);
  const platforms = service.platforms.length ? service.platforms : [nodePlatform()];
  const builds: PlatformBuild[] = [];
  let index: BuildPlan | undefined;
  const plainHttp = service.image ? await plainHttpFor(parseRepository(service.image).registry, run) : false;
  for (const p of platforms) {
    const built = await buildPlatform({ service, target: p, several: platforms.length > 1, run, toolchain, caches, tmp, plainHttp });
    index ??= built.index;
    builds.push({ platform: p, result: built.result });
  }
  const first = builds[0].result;
  if (platforms.length === 1) return { ...first, builds, indexTags: [] };
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
  if (!service.push) return base;
  const repo = parseRepository(repository);
  const client = registryClient(repo.registry, spec, reporter, plainHttp);
  const entries: IndexEntry[] = [];
  for (const b of builds) {
    const m = await client.getManifest(repo.path, b.result.digest);
    if (!m) throw new Error(`the registry lost ${repository}@${b.result.digest} right after its push`);
    entries.push({ mediaType: m.mediaType || MEDIA.dockerManifest, digest: b.result.digest, size: m.size, platform: { os: b.platform.os, architecture: b.platform.arch } });
  }
  const body = manifestList(entries);
  let digest = '';
  for (const tag of indexTags) digest = await client.putManifest(repo.path, tag, MEDIA.dockerList, body);
  reporter.info(`pushed an index of ${builds.length} platforms under ${indexTags.length} tag(s), digest ${digest}`);
  return { ...base, digest, imageRef: `${repository}@${digest}`, unchanged: false };
}

export { builderLine };
export { Toolchains, decideBuilder, switchEnvOf } from './builder-decision';
