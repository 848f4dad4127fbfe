import { inputError } from '../../errors';
import { ImageSpec } from '../build-spec';

/**
 * Which way one image is built: `direct` (go build in a warm builder container, the image
 * assembled and pushed without a BuildKit solve) or `buildkit` (the Dockerfile built by the
 * engine). Pure, so `plan` and the build say the same thing.
 */

export interface BuildPathChoice {
  path: 'direct' | 'buildkit';
  /** Why, for the log and `plan`: `build path: direct (why)` / `build path: buildkit (because why)`. */
  why: string;
}

/** What only BuildKit gives a build of this spec (the input asking for it), or null when the direct path can build it. */
export function needsBuildKit(spec: Pick<ImageSpec, 'dockerfile' | 'secrets'>, vendored: boolean): { input: string; what: string } | null {
  if (spec.dockerfile) return { input: 'dockerfile', what: 'your own Dockerfile is built by BuildKit' };
  if (spec.secrets.refs.length) {
    const inputs = [...new Set(spec.secrets.refs.map((r) => ('env' in r.from ? 'secret_envs' : 'file' in r.from ? 'secret_files' : 'netrc')))];
    return { input: inputs[0], what: `build secrets (${inputs.join(', ')}) are mounted by BuildKit` };
  }
  if (spec.secrets.ssh.length) return { input: 'ssh', what: 'SSH forwarding (ssh) goes through BuildKit' };
  if (spec.secrets.goprivate.length && !vendored) return { input: 'goprivate', what: 'private modules (goprivate) are fetched in BuildKit with their credentials mounted' };
  return null;
}

/** The path a build takes; `build_mode: direct` with a build only BuildKit can do is refused in one line. */
export function chooseBuildPath(spec: Pick<ImageSpec, 'dockerfile' | 'secrets' | 'buildMode'>, vendored: boolean): BuildPathChoice {
  const blocker = needsBuildKit(spec, vendored);
  if (spec.buildMode === 'buildkit') return { path: 'buildkit', why: 'build_mode is buildkit' };
  if (blocker) {
    if (spec.buildMode === 'direct') {
      throw inputError('build_mode', `is direct but ${blocker.what} (input '${blocker.input}')`, `auto or buildkit, or a build without ${blocker.input}`);
    }
    return { path: 'buildkit', why: blocker.what };
  }
  return { path: 'direct', why: spec.buildMode === 'direct' ? 'build_mode is direct' : 'generated Dockerfile, no build secrets, SSH or private modules' };
}

export function buildPathLine(c: BuildPathChoice): string {
  return c.path === 'direct' ? `build path: direct (${c.why})` : `build path: buildkit (because ${c.why})`;
}
