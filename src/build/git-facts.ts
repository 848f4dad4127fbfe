import { execFile } from 'child_process';
import { promisify } from 'util';
import { GitFacts } from './tags';

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
