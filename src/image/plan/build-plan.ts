import * as path from 'path';
import { Inputs } from '../../schema';
import { inputError } from '../../errors';
import { parseKeyValues } from '../../inputs';
import { GoMod, goVersionFromMod } from './go-mod';
import { GitFacts } from '../../git';
import { placeholderValues, renderTags } from './tags';
import { ociLabels } from './labels';
import { parseRepository } from '../../image-ref';
import { runtimeBase } from './runtime-image';
import { renderDockerfile } from './dockerfile';
import { privateModulesFor } from '../secrets/private-modules';

/** What the build found in the context folder (read by build-facts.ts). */
export interface ContextFacts {
  goMod: GoMod | null;
  hasGoSum: boolean;
  vendored: boolean;
  /** The main package folder exists and holds .go files. */
  mainPackageOk: boolean;
  /** The user's dockerfile exists (when one is given). */
  dockerfileExists: boolean;
}

export interface BuildFacts {
  git: GitFacts;
  context: ContextFacts;
  /** The target platform, e.g. linux/amd64: the engine's unless cross-compiling. */
  platform: { os: string; arch: string };
  /** The engine's platform when it differs from `platform` (the builder runs there). */
  buildPlatform?: { os: string; arch: string };
  /** A context wider than the module: the go.mod's folder and local replaced modules in it. */
  layout?: { moduleDir: string; localModules: string[] };
}

export interface BuildPlan {
  /** The generated Dockerfile, or null when the user's own is built unchanged. */
  dockerfile: string | null;
  goVersion: string;
  builderImage: string;
  binaryName: string;
  /** The repository images are tagged in. */
  repository: string;
  /** Full references, repository:tag. */
  references: string[];
  tags: string[];
  labels: Record<string, string>;
  buildArgs: Record<string, string>;
  platform: string;
  version: string;
  warnings: string[];
}

/** Where the Dockerfile (generated, or the user's, unchanged) travels inside the context tar. */
export const CONTEXT_DOCKERFILE = '.gantry.Dockerfile';

function mainPackagePath(p: string): string {
  const norm = path.posix.normalize(p.replace(/\\/g, '/'));
  if (norm.startsWith('..') || path.posix.isAbsolute(norm)) throw inputError('main_package', `'${p}' is outside the context`, 'a package path relative to the context, e.g. ./cmd/api');
  return norm === '.' ? '.' : `./${norm.replace(/^\.\//, '')}`;
}

function defaultBinaryName(mainPackage: string, module: string): string {
  const fromPackage = mainPackage === '.' ? '' : path.posix.basename(mainPackage);
  const parts = module.split('/').filter((p) => !/^v[0-9]+$/.test(p));
  return fromPackage || parts[parts.length - 1] || 'app';
}

/** Turns inputs and facts into everything a build needs; pure, so planning errors come first. */
export function planBuild(inputs: Inputs, facts: BuildFacts): BuildPlan {
  const warnings: string[] = [];
  const ctx = facts.context;
  const userDockerfile = inputs.dockerfile.trim();
  if (userDockerfile && !ctx.dockerfileExists) {
    throw inputError('dockerfile', `'${userDockerfile}' does not exist`, 'a Dockerfile path (relative to the working folder)');
  }
  const goVersion = inputs.go_version || (ctx.goMod ? goVersionFromMod(ctx.goMod) : '');
  if (!goVersion && !userDockerfile) {
    throw inputError('go_version', `is empty and ${ctx.goMod ? 'go.mod names no Go version' : `there is no go.mod in '${inputs.context}'`}`, 'a Go version such as 1.22, or a context with a go.mod');
  }
  const mainPackage = mainPackagePath(inputs.main_package);
  if (!userDockerfile && !ctx.mainPackageOk) {
    throw inputError('main_package', `'${inputs.main_package}' is not a folder with Go files in '${inputs.context}'`, 'a package path relative to the context, e.g. ./cmd/api');
  }
  const binaryName = inputs.binary_name || defaultBinaryName(mainPackage, ctx.goMod?.module ?? '');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(binaryName)) {
    throw inputError('binary_name', `'${binaryName}' is not a file name`, 'letters, digits, _ . -');
  }
  const builderImage = inputs.builder_image.replace(/\{go_version\}/g, goVersion);
  const runtime = runtimeBase(inputs.runtime_image, inputs.cgo);
  if (inputs.cgo && runtime.noGlibc) {
    warnings.push(`cgo is on but runtime_image '${inputs.runtime_image}' has no glibc: the binary may not start; use debian-slim or distroless`);
  }

  let repository: string;
  if (inputs.image) repository = parseRepository(inputs.image).name;
  else if (inputs.push) throw inputError('image', 'is empty but push is true', 'a repository such as registry.example.com/team/api, or push: false');
  else repository = `gantry-local/${binaryName.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`;

  const values = placeholderValues(facts.git, goVersion);
  const tags = renderTags(inputs.tags, values);
  if (tags.length === 0) throw inputError('tags', 'renders no tag for this commit', 'at least one template with a value, e.g. {short_sha}');
  const version = values.git_tag || values.short_sha || 'dev';

  const labels = ociLabels(facts.git, goVersion, binaryName, version);
  for (const [k, v] of parseKeyValues('labels', inputs.labels)) labels[k] = v;

  const buildArgs: Record<string, string> = {};
  for (const [k, v] of parseKeyValues('build_args', inputs.build_args)) buildArgs[k] = v;
  if (facts.git.commitTime) buildArgs.SOURCE_DATE_EPOCH = String(facts.git.commitTime);

  let dockerfile: string | null = null;
  if (userDockerfile && inputs.goprivate.length) {
    warnings.push('goprivate applies to the generated Dockerfile only; in your own, mount the secret where go fetches: RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download');
  }
  if (!userDockerfile) {
    buildArgs.GANTRY_VERSION = version;
    const privateModules = ctx.vendored ? null : privateModulesFor(inputs);
    if (privateModules) warnings.push(...privateModules.warnings);
    dockerfile = renderDockerfile({
      builderImage,
      goVersion,
      os: facts.platform.os,
      arch: facts.platform.arch,
      mainPackage,
      binaryName,
      module: ctx.goMod?.module ?? '',
      cgo: inputs.cgo,
      ldflags: inputs.ldflags,
      versionVariable: inputs.version_variable,
      runtime,
      hasGoSum: ctx.hasGoSum,
      vendored: ctx.vendored,
      goproxy: inputs.goproxy,
      privateModules,
      crossCompile: Boolean(facts.buildPlatform && (facts.buildPlatform.os !== facts.platform.os || facts.buildPlatform.arch !== facts.platform.arch)),
      moduleDir: facts.layout?.moduleDir,
      localModules: facts.layout?.localModules,
    });
  }
  return {
    dockerfile,
    goVersion,
    builderImage,
    binaryName,
    repository,
    references: tags.map((t) => `${repository}:${t}`),
    tags,
    labels,
    buildArgs,
    platform: `${facts.platform.os}/${facts.platform.arch}`,
    version,
    warnings,
  };
}
