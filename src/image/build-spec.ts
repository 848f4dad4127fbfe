import * as fs from 'fs';
import * as path from 'path';
import { INPUTS, InputSpec, Inputs, inputNames } from '../schema';
import { UserError, inputError } from '../errors';
import { checkLabelKeys } from '../reserved-names';
import { parseKeyValues } from '../inputs';
import { imageRepositories, parseRepository, splitReference } from '../image-ref';
import { RegistryLogins } from '../registry/registry-auth';
import { Platform, parsePlatforms } from './plan/platforms';
import { SecretSpec, parseSecretSpec } from './secrets/secret-inputs';
import { guardBuildArgs, refuseSecretValues } from './secrets/secret-guard';
import { ServiceSpec, parseServicesConfig, serviceSpec } from './services/services-config';
import { localReplaceDirs } from './services/local-modules';

/**
 * The build side's inputs, parsed and checked once before anything is built (as DeploySpec is
 * for the rollout): the planner, the secrets, the platforms and the cache read this, never the
 * raw inputs. Every value that reaches the generated Dockerfile is checked here or quoted there.
 */

/** One image to build: the one service the inputs describe, or one service of gantry.yml. */
export interface ImageSpec {
  /** The service's name in gantry.yml; '' for the one service of the inputs. */
  readonly name: string;
  /** The folder holding the service (absolute). */
  readonly context: string;
  /** The folder the context tar is made of when local modules widen it (absolute). */
  readonly contextRoot?: string;
  /** Folders of the local modules its go.mod replaces to (absolute). */
  readonly localModules: readonly string[];
  /** Folders and files whose changes rebuild the service (only_changed). */
  readonly sourceDirs: readonly string[];
  readonly sourceFiles: readonly string[];
  /** The user's Dockerfile: its absolute path and the name as given; null generates one. */
  readonly dockerfile: { readonly path: string; readonly given: string } | null;
  /** Pinned Go version, or '' to read go.mod. */
  readonly goVersion: string;
  /** Builder image template: {go_version} is its only placeholder. */
  readonly builderImage: string;
  /** As given (planning normalises it to ./path). */
  readonly mainPackage: string;
  /** As given; '' derives it from the main package or the module path. */
  readonly binaryName: string;
  readonly cgo: boolean;
  readonly ldflags: string;
  readonly versionVariable: string;
  readonly runtimeImage: string;
  readonly buildArgs: ReadonlyArray<readonly [string, string]>;
  readonly buildNetwork: 'default' | 'host' | 'none';
  readonly goproxy: string;
  /** auto, direct (a warm builder container, no BuildKit solve) or buildkit. */
  readonly buildMode: 'auto' | 'direct' | 'buildkit';
  readonly secrets: SecretSpec;
  /** Target platforms; empty builds for the engine's own. */
  readonly platforms: readonly Platform[];
  /** The repository, or '' (push false, or `plan` without an image). */
  readonly image: string;
  /** More repositories of image (after the first): the pushed image is copied to each under every tag. */
  readonly mirrors: readonly string[];
  /** Tag templates. */
  readonly tags: readonly string[];
  readonly labels: ReadonlyArray<readonly [string, string]>;
  readonly push: boolean;
}

/** Everything a build run needs. */
export interface BuildSpec {
  readonly services: readonly ImageSpec[];
  /** The gantry.yml as given, or '' for the one service of the inputs. */
  readonly config: string;
  /** Services built at once; 0 means one per core. */
  readonly parallel: number;
  readonly onlyChanged: string;
  /** As given, '' for none. */
  readonly binariesDir: string;
  /** As given, '' when turned off. */
  readonly cacheDir: string;
  readonly cacheMaxMb: number;
  /** Minutes a builder container of the direct path waits for work before it ends itself. */
  readonly builderIdleMinutes: number;
  /** auto, host (a Go toolchain on this machine, no engine) or container (the engine). */
  readonly builder: 'auto' | 'host' | 'container';
  /** builder host: the GOROOT to build with, '' to search. */
  readonly goRoot: string;
  /** builder host without push: the OCI image layout folder, '' for .gantry/oci. */
  readonly ociLayout: string;
  /** Plain HTTP allowed for any registry (registry_insecure): the host path asks no engine. */
  readonly registryInsecure: boolean;
  /** Credentials by registry (registry_auth_config, and registry_username/password for the registries pushed to). */
  readonly logins: RegistryLogins;
  readonly warnings: readonly string[];
}

export interface BuildSources {
  /** The text of the config file (read by the caller), when inputs.config is set. */
  readonly configText?: string;
  /** A folder's go.mod text, or null. */
  readonly readGoMod: (dir: string) => string | null;
  /** The environment secret_envs read from: a build arg carrying one of its values is named as such. */
  readonly env?: NodeJS.ProcessEnv;
}

/** `plan` shows a build without pushing, so it needs no image. */
export type BuildMode = 'build' | 'plan';

const RUNTIME_WORDS = ['scratch', 'distroless', 'alpine', 'debian-slim'];
const CONTROL = /[\x00-\x1f\x7f]/;

/** gantry's own secret inputs that hold a value (secret_env line by line), by name: never in an image. */
function ownSecrets(inputs: Inputs): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  for (const name of inputNames()) {
    const spec: InputSpec = INPUTS[name];
    if (!spec.secret) continue;
    const v = inputs[name];
    if (Array.isArray(v)) {
      for (const line of v) {
        const eq = line.indexOf('=');
        if (eq > 0) out.push({ id: `${name} ${line.slice(0, eq).trim()}`, text: line.slice(eq + 1) });
      }
    } else if (typeof v === 'string' && v.trim()) out.push({ id: name, text: v });
  }
  return out;
}

function lineBreakOrControl(name: string, value: string, expected: string): void {
  if (CONTROL.test(value)) {
    throw inputError(name, /[\r\n]/.test(value) ? 'holds a line break' : 'holds a control character', expected);
  }
}

/** A Dockerfile FROM operand: [registry/]repository[:tag][@digest], nothing else. */
function checkImageReference(name: string, value: string, expected: string): void {
  const shown = value.length > 60 ? `${value.slice(0, 60)}...` : value;
  lineBreakOrControl(name, value, expected);
  const bad = () => inputError(name, `'${shown}' is not an image reference`, expected);
  if (!value || /\s/.test(value)) throw bad();
  const { repository, tag, digest } = splitReference(value);
  if (tag && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) throw bad();
  if (value.includes('@') && !/^sha256:[a-f0-9]{64}$/.test(digest)) throw bad();
  try {
    parseRepository(repository, name);
  } catch {
    throw bad();
  }
}

function checkBuilderImage(template: string): void {
  const expected = 'an image reference with {go_version} as its only placeholder, e.g. golang:{go_version}';
  for (const m of template.matchAll(/\{([^{}]*)\}/g)) {
    if (m[1] !== 'go_version') throw inputError('builder_image', `unknown placeholder {${m[1]}} in '${template}'`, expected);
  }
  checkImageReference('builder_image', template.replace(/\{go_version\}/g, '1.22'), expected);
}

function checkRuntimeImage(value: string): void {
  if (RUNTIME_WORDS.includes(value)) return;
  checkImageReference('runtime_image', value, `${RUNTIME_WORDS.join(', ')} or an image reference such as registry.example.com/team/base:tag`);
}

/** The main package as the go build line names it: a relative folder of plain characters. */
function checkMainPackage(value: string): void {
  const expected = 'a package path relative to the context, e.g. ./cmd/api (letters, digits and _ . / - @ + ~)';
  lineBreakOrControl('main_package', value, expected);
  if (!/^[A-Za-z0-9_./@+~-]+$/.test(value)) throw inputError('main_package', `'${value}' has characters a package folder should not have`, expected);
  const norm = path.posix.normalize(value);
  if (norm.startsWith('..') || path.posix.isAbsolute(norm)) throw inputError('main_package', `'${value}' is outside the context`, expected);
}

function checkGoproxy(value: string): void {
  const expected = 'a GOPROXY list such as https://proxy.example.com,direct (no spaces, quotes, $ or backslashes)';
  lineBreakOrControl('goproxy', value, expected);
  if (/[\s"'`$\\]/.test(value)) throw inputError('goproxy', `'${value}' has spaces, quotes, $ or backslashes`, expected);
}

/** A folder gantry writes into: it may not exist yet, but it must not be a file (nor lie under one). */
function checkFolderToWrite(name: string, value: string): void {
  const target = path.resolve(value);
  const expected = 'a folder (created when missing)';
  // Walks up from the folder to the first part that exists; a link loop on the way is named.
  let loop = '';
  for (let p = target; ; p = path.dirname(p)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') loop = p;
      else if (code !== 'ENOENT' && code !== 'ENOTDIR') throw inputError(name, `cannot use '${p}' (${code ?? String(err)})`, expected);
    }
    if (stat || path.dirname(p) === p) {
      if (loop) throw inputError(name, loop === target ? `'${value}' is a symbolic link loop` : `'${value}' lies under '${loop}', which is a symbolic link loop`, expected);
      if (stat && !stat.isDirectory()) throw inputError(name, p === target ? `'${value}' is a file` : `'${value}' lies under the file '${p}'`, expected);
      return;
    }
  }
}

/** Local module folders travel into COPY lines of the generated Dockerfile. */
function checkLocalModules(context: string, dirs: string[]): void {
  for (const d of dirs) {
    if (/[\s"'`$\\]|[\x00-\x1f]/.test(d)) {
      throw new UserError(`${path.join(context, 'go.mod')}: the local module folder '${d}' has spaces, quotes, $ or backslashes; expected a folder name the generated Dockerfile can COPY (rename it, or build with your own dockerfile)`);
    }
  }
}

/** One image's spec from its inputs (context already absolute for a service of gantry.yml). */
function imageSpec(service: ServiceSpec, mode: BuildMode, env: NodeJS.ProcessEnv): ImageSpec {
  const inputs = service.inputs;
  const ctx = inputs.context;
  let isFolder = false;
  try {
    isFolder = fs.statSync(ctx).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw inputError('context', `'${ctx}' is not a folder`, 'the folder holding the service');
  const dockerfile = inputs.dockerfile.trim();
  const generated = !dockerfile;
  if (generated) {
    checkBuilderImage(inputs.builder_image);
    checkRuntimeImage(inputs.runtime_image);
    checkMainPackage(inputs.main_package);
    lineBreakOrControl('ldflags', inputs.ldflags, 'linker flags on one line, such as -s -w');
    if (inputs.goproxy) checkGoproxy(inputs.goproxy);
    checkLocalModules(ctx, service.localModules.map((d) => path.relative(ctx, d)));
  }
  const buildArgs = parseKeyValues('build_args', inputs.build_args);
  const labels = parseKeyValues('labels', inputs.labels);
  checkLabelKeys('labels', labels.map(([k]) => k));
  const secrets = parseSecretSpec(inputs);
  // Refused before anything is printed or built: by name, or by the value of a secret from the
  // environment; values of secret files are checked once they are read (build-secrets.ts).
  if (!secrets.allowSecretBuildArgs) {
    const fromEnv = secrets.refs.flatMap((r) => ('env' in r.from && env[r.from.env] ? [{ id: r.id, text: env[r.from.env] as string }] : []));
    guardBuildArgs(buildArgs, fromEnv, false);
  }
  const own = ownSecrets(inputs);
  refuseSecretValues('build_args', buildArgs, own);
  refuseSecretValues('labels', labels, own);
  const platforms = parsePlatforms(inputs.platforms);
  let image = '';
  let mirrors: string[] = [];
  if (inputs.image.trim()) [image, ...mirrors] = imageRepositories(inputs.image);
  else if (inputs.push && mode === 'build') throw inputError('image', 'is empty but push is true', 'a repository such as registry.example.com/team/api, or push: false');
  return {
    name: service.name,
    context: ctx,
    contextRoot: service.contextRoot,
    localModules: service.localModules,
    sourceDirs: service.sourceDirs,
    sourceFiles: service.sourceFiles,
    dockerfile: dockerfile ? { path: path.resolve(dockerfile), given: dockerfile } : null,
    goVersion: inputs.go_version,
    builderImage: inputs.builder_image,
    mainPackage: inputs.main_package,
    binaryName: inputs.binary_name,
    cgo: inputs.cgo,
    ldflags: inputs.ldflags,
    versionVariable: inputs.version_variable,
    runtimeImage: inputs.runtime_image,
    buildArgs,
    buildNetwork: inputs.build_network as ImageSpec['buildNetwork'],
    goproxy: inputs.goproxy,
    buildMode: inputs.build_mode as ImageSpec['buildMode'],
    secrets,
    platforms,
    image,
    mirrors,
    tags: [...inputs.tags],
    labels,
    push: inputs.push,
  };
}

/**
 * Parses the build inputs (and gantry.yml when `config` is set) into a BuildSpec, refusing bad
 * input with one line that names it. Reads only what `sources` gives and file facts (a folder
 * exists, a path is not a file).
 */
export function parseBuildSpec(inputs: Inputs, sources: BuildSources, mode: BuildMode = 'build'): BuildSpec {
  const warnings: string[] = [];
  if (inputs.binaries_dir) checkFolderToWrite('binaries_dir', inputs.binaries_dir);
  const cacheDir = inputs.cache_dir === 'none' ? '' : inputs.cache_dir;
  if (cacheDir) checkFolderToWrite('cache_dir', cacheDir);
  let services: ServiceSpec[];
  let parallel = inputs.parallel;
  if (inputs.config) {
    const config = parseServicesConfig(sources.configText ?? '', inputs.config, inputs, sources.readGoMod);
    services = config.services;
    parallel = config.parallel;
  } else {
    const context = path.resolve(inputs.context);
    const goMod = inputs.dockerfile ? null : sources.readGoMod(context);
    const locals = goMod ? localReplaceDirs(goMod).map((d) => path.resolve(context, d)) : [];
    services = [serviceSpec('', { ...inputs, context }, locals)];
    if (inputs.only_changed) warnings.push('only_changed applies to the services of a config file; building the one service');
  }
  const specs = services.map((s) => {
    if (!inputs.config) return imageSpec(s, mode, sources.env ?? {});
    try {
      return imageSpec(s, mode, sources.env ?? {});
    } catch (err) {
      throw new UserError(`${inputs.config}: service '${s.name}': ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  const pushed = specs.filter((s) => s.push && s.image).flatMap((s) => [s.image, ...s.mirrors].map((r) => parseRepository(r).registry));
  const logins = RegistryLogins.of(inputs, pushed);
  if (mode === 'build') logins.requireForPush(pushed);
  return {
    services: specs,
    config: inputs.config,
    parallel,
    onlyChanged: inputs.only_changed,
    binariesDir: inputs.binaries_dir,
    cacheDir,
    cacheMaxMb: inputs.cache_max_mb,
    builderIdleMinutes: inputs.builder_idle_minutes,
    builder: inputs.builder as BuildSpec['builder'],
    goRoot: inputs.go_root,
    ociLayout: inputs.oci_layout,
    registryInsecure: inputs.registry_insecure,
    logins,
    warnings,
  };
}
