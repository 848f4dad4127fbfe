import { createHash } from 'crypto';

/**
 * The GitHub cache key of cache_dir: Go versions, platforms and a hash of the services' go.sum
 * files. A changed go.sum misses the key but hits the restore key (same Go versions and
 * platforms), so most of the module and build caches still come back.
 */
export interface CacheKeyFacts {
  goVersions: string[];
  /** os/arch entries. */
  platforms: string[];
  /** Path (relative, forward slashes) -> content of each service's go.sum (or go.mod without one). */
  sums: Record<string, string>;
}

export function cacheKeys(f: CacheKeyFacts): { key: string; restoreKeys: string[] } {
  const go = [...new Set(f.goVersions)].sort().join('+') || 'none';
  const platforms = [...new Set(f.platforms)].sort().map((p) => p.replace(/\//g, '-')).join('+') || 'native';
  const hash = createHash('sha256');
  for (const name of Object.keys(f.sums).sort()) hash.update(`${name}\0${f.sums[name]}\0`);
  const prefix = `gantry-cache-v1-go${go}-${platforms}-`;
  return { key: `${prefix}${hash.digest('hex').slice(0, 24)}`, restoreKeys: [prefix] };
}
