import * as path from 'path';
import { UserError } from './errors';
import { ProcessResult, runProcess } from './process/run-process';

/** git with the given environment; it never asks for credentials on a terminal (it fails instead). */
function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<ProcessResult> {
  return runProcess('git', ['-C', cwd, ...args], { env: { ...env, GIT_TERMINAL_PROMPT: '0' } });
}

/** A fact git may not have (not a checkout, no tag...): '' then. */
async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const r = await runGit(cwd, args, env);
    return r.code === 0 ? r.stdout.trim() : '';
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

/** GitLab's CI_COMMIT_TIMESTAMP (ISO 8601) in unix seconds; anything else is refused, not dropped. */
export function ciCommitTime(text: string): number {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
  const ms = iso.test(text.trim()) ? Date.parse(text.trim()) : NaN;
  if (!Number.isFinite(ms)) {
    throw new UserError(`variable CI_COMMIT_TIMESTAMP: '${text}' is not a time ({commit_time} and the image's creation time come from it outside a git checkout); expected an ISO 8601 time such as 2024-12-24T00:26:40Z, as GitLab sets it`);
  }
  return Math.floor(ms / 1000);
}

/**
 * Facts about the commit in `dir`, from git where it can, else from the CI's variables
 * (shallow or detached checkouts, or a context that is not a checkout at all).
 */
export async function readGitFacts(dir: string, env: NodeJS.ProcessEnv): Promise<GitFacts> {
  // Four small git processes at once: each is mostly process start-up (forking Node costs 20-30 ms).
  const [commit, exactTag, symbolic, remote] = await Promise.all([
    git(dir, ['show', '-s', '--format=%H%n%ct', 'HEAD'], env),
    git(dir, ['describe', '--tags', '--exact-match', 'HEAD'], env),
    git(dir, ['symbolic-ref', '--short', '-q', 'HEAD'], env),
    git(dir, ['config', '--get', 'remote.origin.url'], env),
  ]);
  const [head = '', time = ''] = commit.split('\n');
  const sha = head || env.CI_COMMIT_SHA || env.GITHUB_SHA || '';
  let commitTime = Number(time) || 0;
  if (!commitTime && env.CI_COMMIT_TIMESTAMP) commitTime = ciCommitTime(env.CI_COMMIT_TIMESTAMP);
  const githubRef = env.GITHUB_REF ?? '';
  const tag = exactTag || env.CI_COMMIT_TAG || (githubRef.startsWith('refs/tags/') ? githubRef.slice('refs/tags/'.length) : '');
  let branch = symbolic;
  if (!branch) branch = env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || env.GITHUB_HEAD_REF || (githubRef.startsWith('refs/heads/') ? githubRef.slice(11) : '');
  if (branch === tag) branch = '';
  let source = publicRemote(remote);
  if (!source && env.CI_PROJECT_URL) source = env.CI_PROJECT_URL;
  if (!source && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) source = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  return { sha, commitTime, tag, branch, source };
}

async function gitStrict(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  let r: ProcessResult;
  try {
    r = await runGit(cwd, args, env);
  } catch (err) {
    r = { code: -1, stdout: '', stderr: (err as Error).message };
  }
  if (r.code === 0) return r.stdout;
  throw new UserError(`input 'only_changed': git ${args.join(' ')} failed in ${cwd}: ${r.stderr.trim().split('\n')[0] || `exit code ${r.code}`}; expected a revision this checkout has (fetch enough history, e.g. fetch-depth: 0)`);
}

/**
 * The repository root and every path changed since `revision`: committed since it, changed in
 * the work tree, or untracked (not ignored).
 */
export async function changedPaths(dir: string, revision: string, env: NodeJS.ProcessEnv): Promise<{ root: string; paths: string[] }> {
  const root = (await gitStrict(dir, ['rev-parse', '--show-toplevel'], env)).trim();
  // --quiet leaves git's stderr empty: without this, the message was the whole command line.
  await gitStrict(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], env).catch(() => {
    throw new UserError(`input 'only_changed': '${revision}' is not a commit of the repository at ${root}; expected a revision this checkout has (fetch enough history, e.g. fetch-depth: 0)`);
  });
  const diff = await gitStrict(root, ['diff', '--name-only', '-z', revision, '--'], env);
  const untracked = await gitStrict(root, ['ls-files', '--others', '--exclude-standard', '-z'], env);
  const paths = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return { root, paths: [...new Set(paths)] };
}

/** A folder or file as the repository sees it: relative to its root, forward slashes. */
export function repoRelative(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(p)).split(path.sep).join('/');
  return rel === '' ? '' : rel;
}
