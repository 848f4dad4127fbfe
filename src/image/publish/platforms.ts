import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { inputError } from '../../errors';
import { Engine } from '../../engine/docker';
import { BuildResult, ServiceBuildOptions, buildService } from '../build-command';
import { parseRepository } from '../../image-ref';
import { IndexEntry, MEDIA, RegistryClient, manifestList } from '../../registry/registry-client';

export interface Platform {
  os: string;
  arch: string;
}

const KNOWN_OS = ['linux', 'windows', 'darwin', 'freebsd'];
const KNOWN_ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];

/** Parses `platforms` (os/arch entries); duplicates dropped, order kept. */
export function parsePlatforms(entries: string[]): Platform[] {
  const out: Platform[] = [];
  for (const e of entries) {
    const m = /^([a-z0-9]+)\/([a-z0-9]+)$/.exec(e.trim());
    if (!m || !KNOWN_OS.includes(m[1]) || !KNOWN_ARCH.includes(m[2])) {
      throw inputError('platforms', `'${e}' is not a platform gantry can cross-compile for`, `os/arch with os in ${KNOWN_OS.join(', ')} and arch in ${KNOWN_ARCH.join(', ')} (no variants)`);
    }
    if (!out.some((p) => p.os === m[1] && p.arch === m[2])) out.push({ os: m[1], arch: m[2] });
  }
  return out;
}

export const platformText = (p: Platform): string => `${p.os}/${p.arch}`;

/** The per-platform tag pushed beside an index tag: v1.2.0 -> v1.2.0-linux-arm64. */
export function platformTag(tag: string, p: Platform): string {
  return `${tag}-${p.os}-${p.arch}`.slice(0, 128);
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
}

/** Whether the engine lets the registry speak plain HTTP (its --insecure-registry list). */
export async function engineTreatsInsecure(engine: Engine, registry: string): Promise<boolean> {
  try {
    const cfg = (await engine.registryConfig()).IndexConfigs?.[registry];
    if (cfg) return cfg.Secure === false;
    return /^(localhost|127\.)/.test(registry);
  } catch {
    return false;
  }
}

/**
 * Builds one service for its platforms. With several, each is cross-compiled (the builder on
 * the engine's platform, GOOS/GOARCH from the target), pushed by the engine under per-platform
 * tags, and a manifest list referencing them is put under every tag through the registry API
 * (Docker 20.10's engine cannot push one itself); `digest` is then the list's.
 */
export async function buildForPlatforms(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, engine: Engine, opts: ServiceBuildOptions = {}): Promise<TargetResult> {
  const platforms = parsePlatforms(inputs.platforms);
  if (platforms.length <= 1) {
    const result = await buildService(inputs, reporter, env, engine, { ...opts, target: platforms[0] });
    const [os, arch] = result.plan.platform.split('/');
    return { ...result, builds: [{ platform: { os, arch }, result }], indexTags: [] };
  }
  const builds: PlatformBuild[] = [];
  for (const [i, p] of platforms.entries()) {
    const perPlatform: Inputs = { ...inputs, tags: inputs.tags.map((t) => platformTag(t, p)) };
    const last = i === platforms.length - 1;
    builds.push({ platform: p, result: await buildService(perPlatform, reporter, env, engine, { ...opts, target: p, afterBuild: last ? opts.afterBuild : undefined }) });
  }
  const first = builds[0].result;
  const indexTags = first.plan.tags.map((t) => t.slice(0, -`-${platforms[0].os}-${platforms[0].arch}`.length));
  const repository = first.plan.repository;
  const base: TargetResult = {
    ...first,
    plan: { ...first.plan, tags: indexTags, references: indexTags.map((t) => `${repository}:${t}`), platform: platforms.map(platformText).join(',') },
    builds,
    indexTags,
    seconds: { build: builds.reduce((n, b) => n + b.result.seconds.build, 0), push: builds.reduce((n, b) => n + b.result.seconds.push, 0) },
    sizeBytes: builds.reduce((n, b) => n + b.result.sizeBytes, 0),
  };
  if (!inputs.push) {
    reporter.info(`built ${platforms.map(platformText).join(', ')} as local images ${builds.map((b) => b.result.plan.references[0]).join(', ')} (an index needs a registry: push is false)`);
    return base;
  }
  const repo = parseRepository(repository);
  const client = new RegistryClient(
    repo.registry === 'docker.io' ? 'registry-1.docker.io' : repo.registry,
    { username: inputs.registry_username, password: inputs.registry_password },
    await engineTreatsInsecure(engine, repo.registry),
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
