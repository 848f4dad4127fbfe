import { execFile } from 'child_process';
import { promisify } from 'util';
import * as path from 'path';
import { UserError } from './errors';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', cwd, ...args], { timeout: 15000 });
    return stdout.trim();
  } catch {
    return '';
  }
}

/** Strips user:password@ from a remote URL so the source label never carries credentials. */
export function publicRemote(url: string): string {
  return url.replace(/^(https?:\/\/)[^@/]+@/, '$1');
}

/** Facts about the commit being built, from git or the CI's variables. */
export interface GitFacts {
  sha: string;
  /** Unix seconds of the commit (git show -s --format=%ct). */
  commitTime: number;
  /** The tag pointing at the commit, or ''. */
  tag: string;
  /** Branch name, or ''. */
  branch: string;
  /** Where the source lives (remote URL without credentials), or ''. */
  source: string;
}

/**
 * Facts about the commit in `dir`, from git where it can, else from the CI's variables
 * (shallow or detached checkouts, or a context that is not a checkout at all).
 */
export async function readGitFacts(dir: string, env: NodeJS.ProcessEnv): Promise<GitFacts> {
  const sha = (await git(dir, ['rev-parse', 'HEAD'])) || env.CI_COMMIT_SHA || env.GITHUB_SHA || '';
  let commitTime = Number(await git(dir, ['show', '-s', '--format=%ct', 'HEAD'])) || 0;
  if (!commitTime && env.CI_COMMIT_TIMESTAMP) commitTime = Math.floor(Date.parse(env.CI_COMMIT_TIMESTAMP) / 1000) || 0;
  const githubRef = env.GITHUB_REF ?? '';
  const tag =
    (await git(dir, ['describe', '--tags', '--exact-match', 'HEAD'])) ||
    env.CI_COMMIT_TAG ||
    (githubRef.startsWith('refs/tags/') ? githubRef.slice('refs/tags/'.length) : '');
  let branch = await git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']);
  if (!branch) branch = env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || env.GITHUB_HEAD_REF || (githubRef.startsWith('refs/heads/') ? githubRef.slice(11) : '');
  if (branch === tag) branch = '';
  let source = publicRemote(await git(dir, ['config', '--get', 'remote.origin.url']));
  if (!source && env.CI_PROJECT_URL) source = env.CI_PROJECT_URL;
  if (!source && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) source = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  return { sha, commitTime, tag, branch, source };
}

// only_changed: what changed since a revision. Unlike the facts above, a failure here is the user's to fix.
async function gitStrict(cwd: string, args: string[]): Promise<string> {
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
  const root = (await gitStrict(dir, ['rev-parse', '--show-toplevel'])).trim();
  await gitStrict(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  const diff = await gitStrict(root, ['diff', '--name-only', '-z', revision, '--']);
  const untracked = await gitStrict(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const paths = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return { root, paths: [...new Set(paths)] };
}

/** A folder or file as the repository sees it: relative to its root, forward slashes. */
export function repoRelative(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(p)).split(path.sep).join('/');
  return rel === '' ? '' : rel;
}
