import * as path from 'path';
import { UserError } from './errors';

/**
 * The user's cache folder from the environment the front end passed down (never the process's
 * own): XDG_CACHE_HOME, else HOME/.cache.
 */
export function userCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  if (!env.HOME) throw new UserError('neither XDG_CACHE_HOME nor HOME is set; expected HOME (gantry keeps builder files and layer copies under HOME/.cache/gantry)');
  return path.join(env.HOME, '.cache');
}
