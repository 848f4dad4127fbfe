import * as path from 'path';
import { ImageSpec } from '../build-spec';
import { readGitFacts } from '../../git';
import { BuildFacts } from './build-plan';
import { readContextFacts } from './context-facts';
import { Platform } from './platforms';

/**
 * The facts a plan is made of, read from the context folder and git: the only I/O before
 * planning. `native` is the engine's platform (where the builder runs); `target` the one built.
 */
export async function readBuildFacts(spec: ImageSpec, env: NodeJS.ProcessEnv, target: Platform, native: Platform, context = readContextFacts(spec)): Promise<BuildFacts> {
  const facts: BuildFacts = {
    context,
    git: await readGitFacts(spec.context, env),
    platform: { os: target.os, arch: target.arch },
    buildPlatform: { os: native.os, arch: native.arch },
  };
  if (spec.contextRoot) {
    const rel = (d: string) => path.relative(spec.contextRoot as string, d).split(path.sep).join('/');
    facts.layout = { moduleDir: rel(spec.context), localModules: spec.localModules.map(rel) };
  }
  return facts;
}

/** The same facts for another target platform: git and the context do not change with it. */
export function factsFor(facts: BuildFacts, target: Platform): BuildFacts {
  return { ...facts, platform: { os: target.os, arch: target.arch } };
}
