import * as path from 'path';
import { ImageSpec } from '../build-spec';
import { inputError } from '../../errors';
import { GoMod, goVersionFromMod } from './go-mod';
import { GitFacts } from '../../git';
import { placeholderValues, renderTags } from './tags';
import { ociLabels } from './labels';
import { RuntimeBase, runtimeBase } from './runtime-image';
import { Platform, platformTag } from './platforms';
import { renderDockerfile } from './dockerfile';
import { privateModulesFor } from '../secrets/private-modules';

/** What the build found in the context folder (read by context-facts.ts). */
export interface ContextFacts {
  goMod: GoMod | null;
  hasGoSum: boolean;
  vendored: boolean;
  /** The main package folder exists and holds .go files. */
  mainPackageOk: boolean;
  /** Why the given Dockerfile cannot be read ('' when it can, or none is given). */
  dockerfileProblem: string;
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
  /** The repository is a stand-in: `plan` without an image. */
  placeholderRepository: boolean;
  /** The generated Dockerfile's runtime base (what a direct build assembles the image on). */
  runtime: RuntimeBase;
}

/** Where the Dockerfile (generated, or the user's, unchanged) travels inside the context tar. */
export const CONTEXT_DOCKERFILE = '.gantry.Dockerfile';

export function mainPackagePath(p: string): string {
  const norm = path.posix.normalize(p.replace(/\\/g, '/'));
  if (norm.startsWith('..') || path.posix.isAbsolute(norm)) throw inputError('main_package', `'${p}' is outside the context`, 'a package path relative to the context, e.g. ./cmd/api');
  return norm === '.' ? '.' : `./${norm.replace(/^\.\//, '')}`;
}

function defaultBinaryName(mainPackage: string, module: string): string {
  const fromPackage = mainPackage === '.' ? '' : path.posix.basename(mainPackage);
  const parts = module.split('/').filter((p) => !/^v[0-9]+$/.test(p));
  return fromPackage || parts[parts.length - 1] || 'app';
}

/** Turns a spec and facts into everything a build needs; pure, so planning errors come first. */
export function planBuild(spec: ImageSpec, facts: BuildFacts): BuildPlan {
  const warnings: string[] = [];
  const ctx = facts.context;
  const userDockerfile = spec.dockerfile?.given ?? '';
  if (userDockerfile && ctx.dockerfileProblem) {
    throw inputError('dockerfile', `'${userDockerfile}' ${ctx.dockerfileProblem}`, 'a Dockerfile path (relative to the working folder)');
  }
  const goVersion = spec.goVersion || (ctx.goMod ? goVersionFromMod(ctx.goMod) : '');
  if (!goVersion && !userDockerfile) {
    throw inputError('go_version', `is empty and ${ctx.goMod ? 'go.mod names no Go version' : `there is no go.mod in '${spec.context}'`}`, 'a Go version such as 1.22, or a context with a go.mod');
  }
  const mainPackage = mainPackagePath(spec.mainPackage);
  if (!userDockerfile && !ctx.mainPackageOk) {
    throw inputError('main_package', `'${spec.mainPackage}' is not a folder with Go files in '${spec.context}'`, 'a package path relative to the context, e.g. ./cmd/api');
  }
  const binaryName = spec.binaryName || defaultBinaryName(mainPackage, ctx.goMod?.module ?? '');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(binaryName)) {
    throw inputError('binary_name', `'${binaryName}' is not a file name`, 'letters, digits, _ . -');
  }
  if (!/^[0-9]+\.[0-9]+(\.[0-9]+)?([a-z]+[0-9]*)?$/.test(goVersion) && !userDockerfile) {
    throw inputError('go_version', `'${goVersion}' (from go.mod) is not a Go version`, 'a Go version such as 1.22');
  }
  const builderImage = spec.builderImage.replace(/\{go_version\}/g, goVersion);
  const runtime = runtimeBase(spec.runtimeImage, spec.cgo);
  if (spec.cgo && runtime.noGlibc) {
    warnings.push(`cgo is on but runtime_image '${spec.runtimeImage}' has no glibc: the binary may not start; use debian-slim or distroless`);
  }

  const placeholderRepository = !spec.image;
  const repository = spec.image || `gantry-local/${binaryName.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`;

  const values = placeholderValues(facts.git, goVersion);
  const tags = renderTags([...spec.tags], values);
  if (tags.length === 0) {
    if (!facts.git.sha) {
      throw inputError('tags', `renders no tag: '${spec.context}' is not a git repository and no CI_COMMIT_SHA or GITHUB_SHA is set, so {commit_time}, {sha}, {short_sha}, {git_tag} and {branch} have no value`,
        'a context inside a git checkout (git init && git commit, or a CI checkout), or a template without git placeholders such as dev or {go_version}');
    }
    throw inputError('tags', 'renders no tag for this commit', 'at least one template with a value, e.g. {short_sha}');
  }
  const version = values.git_tag || values.short_sha || 'dev';

  const labels = ociLabels(facts.git, goVersion, binaryName, version);
  for (const [k, v] of spec.labels) labels[k] = v;

  const buildArgs: Record<string, string> = {};
  for (const [k, v] of spec.buildArgs) buildArgs[k] = v;
  if (facts.git.commitTime) buildArgs.SOURCE_DATE_EPOCH = String(facts.git.commitTime);

  let dockerfile: string | null = null;
  if (userDockerfile && spec.secrets.goprivate.length) {
    warnings.push('goprivate applies to the generated Dockerfile only; in your own, mount the secret where go fetches: RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download');
  }
  if (!userDockerfile) {
    buildArgs.GANTRY_VERSION = version;
    const privateModules = ctx.vendored ? null : privateModulesFor(spec.secrets);
    if (privateModules) warnings.push(...privateModules.warnings);
    dockerfile = renderDockerfile({
      builderImage,
      goVersion,
      os: facts.platform.os,
      arch: facts.platform.arch,
      mainPackage,
      binaryName,
      module: ctx.goMod?.module ?? '',
      cgo: spec.cgo,
      ldflags: spec.ldflags,
      versionVariable: spec.versionVariable,
      runtime,
      hasGoSum: ctx.hasGoSum,
      vendored: ctx.vendored,
      goproxy: spec.goproxy,
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
    placeholderRepository,
    runtime,
  };
}

/** The plan of one platform of several: its image goes under per-platform tags beside the index's. */
export function platformPlan(plan: BuildPlan, p: Platform): BuildPlan {
  const tags = plan.tags.map((t) => platformTag(t, p));
  return { ...plan, tags, references: tags.map((t) => `${plan.repository}:${t}`) };
}
