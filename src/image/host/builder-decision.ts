import * as path from 'path';
import { BuildSpec, ImageSpec } from '../build-spec';
import { BuildFacts, planBuild } from '../plan/build-plan';
import { readBuildFacts } from '../plan/build-facts';
import { readContextFacts } from '../plan/context-facts';
import { goVersionFromMod } from '../plan/go-mod';
import { nodePlatform } from '../plan/platforms';
import { BuilderChoice, chooseBuilder, needsContainer } from './builder-choice';
import { Toolchain, ToolchainProbe, ToolchainSearch, findToolchain } from './toolchain';

/**
 * Which builder each service takes, and the toolchain when it is host: the one decision `build`
 * and `plan` share. Light on purpose: `plan` loads it without the engine client or tar code.
 */

/** Toolchain searches shared by the services of a run (one per Go version). */
export class Toolchains {
  private readonly searches = new Map<string, Promise<ToolchainSearch>>();
  /** switchEnv: what a GOTOOLCHAIN switch's probe runs with besides env (the build's GOMODCACHE, where the toolchain lands). */
  constructor(private readonly goRoot: string, private readonly env: NodeJS.ProcessEnv, private readonly probe: ToolchainProbe, private readonly switchEnv: Record<string, string> = {}) {}

  /** atLeast: the release go.mod names (its toolchain or go line), for a GOTOOLCHAIN switch. */
  find(want: string, atLeast = ''): Promise<ToolchainSearch> {
    const key = `${want} ${atLeast}`;
    let p = this.searches.get(key);
    if (!p) {
      p = findToolchain({ want, atLeast, goRoot: this.goRoot, env: this.env, arch: nodePlatform().arch, probe: this.probe, switchEnv: this.switchEnv });
      this.searches.set(key, p);
    }
    return p;
  }
}

/**
 * What a GOTOOLCHAIN switch's probe runs with, so that the toolchain it downloads lands where the
 * build looks (cache_dir/go-mod, as goCaches puts GOMODCACHE) and comes from the build's goproxy
 * (when all services share one).
 */
export function switchEnvOf(spec: Pick<BuildSpec, 'cacheDir' | 'services'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (spec.cacheDir) out.GOMODCACHE = path.join(path.resolve(spec.cacheDir), 'go-mod');
  const proxies = new Set(spec.services.map((s) => s.goproxy));
  const [goproxy] = proxies;
  if (proxies.size === 1 && goproxy) out.GOPROXY = goproxy;
  return out;
}

export function toolchainText(t: Toolchain): string {
  return `Go ${t.version} from ${t.source} (${t.go})`;
}

/**
 * Which builder a service takes, with the toolchain when it is host. Plans the native platform to
 * learn the Go version; the facts read for it (git, the context) are handed on, so the build does
 * not read them again.
 */
export async function decideBuilder(service: ImageSpec, spec: BuildSpec, env: NodeJS.ProcessEnv, toolchains: Toolchains): Promise<{ choice: BuilderChoice; toolchain?: Toolchain; goVersion: string; looked: string[]; facts: BuildFacts }> {
  const native = nodePlatform();
  // The toolchain search starts beside the git facts (each a process or a file read): the Go
  // version comes from the context alone. The plan below checks that version before it is used.
  const context = readContextFacts(service);
  const early = spec.builder === 'container' || needsContainer(service, native, context.vendored) ? '' : service.goVersion || (context.goMod ? goVersionFromMod(context.goMod) : '');
  // The release go.mod names, when go_version does not name one.
  const atLeast = !service.goVersion && context.goMod ? context.goMod.toolchain || context.goMod.go : '';
  const earlySearch = early ? toolchains.find(early, atLeast) : undefined;
  earlySearch?.catch(() => undefined);
  const facts = await readBuildFacts(service, env, service.platforms[0] ?? native, native, context);
  const plan = planBuild(service, facts);
  const blocker = needsContainer(service, native, facts.context.vendored);
  if (spec.builder === 'container' || (blocker && spec.builder === 'auto') || !plan.goVersion) {
    return { choice: chooseBuilder({ requested: spec.builder, blocker, toolchain: { missing: '' }, goVersion: plan.goVersion }), goVersion: plan.goVersion, looked: [], facts };
  }
  const search = await (plan.goVersion === early && earlySearch ? earlySearch : toolchains.find(plan.goVersion, atLeast));
  const choice = chooseBuilder({ requested: spec.builder, blocker, toolchain: search.found ? { found: toolchainText(search.found) } : { missing: search.looked.join('; ') }, goVersion: plan.goVersion });
  return { choice, toolchain: search.found, goVersion: plan.goVersion, looked: search.looked, facts };
}
