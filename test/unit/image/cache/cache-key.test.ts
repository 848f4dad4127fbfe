import { cacheKeys } from '../../../../src/image/cache/cache-key';
import { onGitHubCache } from '../../../../src/image/cache/github-cache';

describe('GitHub cache key of cache_dir', () => {
  const base = { goVersions: ['1.22'], platforms: ['linux/amd64'], sums: { 'api/go.sum': 'example.com/greet v1.2.0 h1:abc=\n' } };

  test('names Go versions and platforms, ends in the go.sum hash; the restore key is the prefix', () => {
    const k = cacheKeys(base);
    expect(k.key).toMatch(/^gantry-cache-v1-go1\.22-linux-amd64-[0-9a-f]{24}$/);
    expect(k.restoreKeys).toEqual(['gantry-cache-v1-go1.22-linux-amd64-']);
    expect(k.key.startsWith(k.restoreKeys[0])).toBe(true);
  });

  test.each<[string, Partial<typeof base>, boolean]>([
    ['same facts', {}, true],
    ['go.sum changed', { sums: { 'api/go.sum': 'example.com/greet v1.3.0 h1:def=\n' } }, false],
    ['another Go version', { goVersions: ['1.24'] }, false],
    ['another platform', { platforms: ['linux/arm64'] }, false],
    ['order and duplicates do not matter', { goVersions: ['1.22', '1.22'], platforms: ['linux/amd64', 'linux/amd64'] }, true],
  ])('%s', (_name, change, same) => {
    expect(cacheKeys({ ...base, ...change }).key === cacheKeys(base).key).toBe(same);
  });

  test('a go.sum change keeps the restore key (a partial hit)', () => {
    expect(cacheKeys({ ...base, sums: { 'api/go.sum': 'other' } }).restoreKeys).toEqual(cacheKeys(base).restoreKeys);
  });

  test('several versions and platforms are sorted into the key', () => {
    expect(cacheKeys({ goVersions: ['1.24', '1.19', '1.22'], platforms: ['linux/arm64', 'linux/amd64'], sums: {} }).restoreKeys[0]).toBe('gantry-cache-v1-go1.19+1.22+1.24-linux-amd64+linux-arm64-');
  });
});

test.each<[string, NodeJS.ProcessEnv, boolean]>([
  ['not on GitHub', {}, false],
  ['GitHub without the cache service', { GITHUB_ACTIONS: 'true' }, false],
  ['GitHub with the cache service', { GITHUB_ACTIONS: 'true', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'https://x/' }, true],
  ['GitHub with the v2 cache service', { GITHUB_ACTIONS: 'true', ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://x/' }, true],
])('GitHub cache used: %s', (_name, env, used) => {
  expect(onGitHubCache(env)).toBe(used);
});
