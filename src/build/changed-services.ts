import { execFile } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';
import { UserError } from '../errors';

/**
 * only_changed: which services a change touches. A service is touched by a path inside its
 * context or inside a local module it replaces to, or by its own Dockerfile; a change to the
 * config file touches every service (their settings may have changed).
 */

export interface ServiceSources {
  name: string;
  /** Folders relative to the repository root, forward slashes, no trailing slash ('' is the root). */
  dirs: string[];
  files: string[];
}

function inside(file: string, dir: string): boolean {
  return dir === '' || dir === '.' || file === dir || file.startsWith(`${dir}/`);
}

/** Pure: the names of the services the changed paths (relative to the repository root) touch. */
export function changedServices(changed: string[], services: ServiceSources[], configFile: string): string[] {
  const paths = changed.map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean);
  if (paths.includes(configFile)) return services.map((s) => s.name);
  return services.filter((s) => paths.some((p) => s.files.includes(p) || s.dirs.some((d) => inside(p, d)))).map((s) => s.name);
}

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', cwd, ...args], { timeout: 30000, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new UserError(`input 'only_changed': git ${args.join(' ')} failed in ${cwd}: ${stderr.trim().split('\n')[0] || (err as Error).message}; expected a revision this checkout has (fetch enough history, e.g. fetch-depth: 0)`);
  }
}

/**
 * The repository root and every path changed since `revision`: committed since it, changed in
 * the work tree, or untracked (not ignored).
 */
export async function changedPaths(dir: string, revision: string): Promise<{ root: string; paths: string[] }> {
  const root = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  await git(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  const diff = await git(root, ['diff', '--name-only', '-z', revision, '--']);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const paths = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return { root, paths: [...new Set(paths)] };
}

/** A folder or file as the repository sees it: relative to its root, forward slashes. */
export function repoRelative(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(p)).split(path.sep).join('/');
  return rel === '' ? '' : rel;
}
