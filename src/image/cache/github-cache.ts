import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';

/**
 * The one wrapper around GitHub's cache service (@actions/cache): cache_dir is restored before
 * the build and saved after it when gantry runs on GitHub; elsewhere the CI's own cache keeps
 * the folder (GitLab: `cache: paths`), and this says so once. The client (and the storage SDK
 * behind it) is imported only on GitHub, when a cache is restored or saved.
 */
export function onGitHubCache(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RUNTIME_TOKEN) && Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

/** Restores `dir`; returns the key that hit, or ''. Failures are warnings: the build runs cold. */
export async function restoreFromGitHub(dir: string, keys: { key: string; restoreKeys: string[] }, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<string> {
  if (!onGitHubCache(env)) {
    reporter.info(`cache: not on GitHub Actions (no ACTIONS_CACHE_URL/ACTIONS_RUNTIME_TOKEN): ${dir} is used as it is; keep it with your CI's cache (GitLab: cache: paths)`);
    return '';
  }
  try {
    const cache = await import('@actions/cache');
    const hit = (await cache.restoreCache([dir], keys.key, keys.restoreKeys)) ?? '';
    reporter.info(hit ? `cache: restored ${dir} from the GitHub cache, key ${hit}${hit === keys.key ? '' : ' (a partial hit)'}` : `cache: no GitHub cache entry for ${keys.key} or ${keys.restoreKeys.join(', ')}*`);
    return hit;
  } catch (err) {
    reporter.warn(`cache: restoring ${dir} from the GitHub cache failed (${errorMessage(err)}); building without it`);
    return '';
  }
}

/** Saves `dir` under the key unless that exact key was restored (GitHub cache entries are immutable). */
export async function saveToGitHub(dir: string, keys: { key: string }, restored: string, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<void> {
  if (!onGitHubCache(env)) return;
  if (restored === keys.key) {
    reporter.info(`cache: the GitHub cache already holds ${keys.key}; not saved again (a new go.sum makes a new key)`);
    return;
  }
  try {
    const cache = await import('@actions/cache');
    const id = await cache.saveCache([dir], keys.key);
    reporter.info(`cache: saved ${dir} to the GitHub cache as ${keys.key}${id > 0 ? ` (id ${id})` : ''}`);
  } catch (err) {
    reporter.warn(`cache: saving ${dir} to the GitHub cache failed (${errorMessage(err)})`);
  }
}
