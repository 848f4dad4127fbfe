import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { restoreFromGitHub, saveToGitHub } from '../../src/image/cache/github-cache';
import { cacheKeys } from '../../src/image/cache/cache-key';
import { MemoryReporter } from '../../src/reporter';
import { GitHubCacheService, startGitHubCacheService } from './support/github-cache-service';

/**
 * cache_dir's round trip through GitHub's cache service: the real @actions/cache (its tar and
 * zstd, its Twirp client, the Azure SDK upload, the download) against the service's protocol
 * served on loopback. No engine needed: what travels is the folder.
 */
jest.setTimeout(120_000);

let service: GitHubCacheService;
let root: string;
let dir: string;
const saved: Record<string, string | undefined> = {};
const ENV: Record<string, string> = {};

function files(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const f = path.join(p, e.name);
      if (e.isDirectory()) walk(f);
      else out[path.relative(d, f)] = fs.readFileSync(f, 'utf8');
    }
  };
  walk(d);
  return out;
}

beforeAll(async () => {
  service = await startGitHubCacheService();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-gh-cache-'));
  dir = path.join(root, '.gantry/cache');
  Object.assign(ENV, {
    GITHUB_ACTIONS: 'true',
    ACTIONS_RUNTIME_TOKEN: 'gantry-test-token',
    ACTIONS_RESULTS_URL: service.url,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: path.join(root, 'runner-temp'),
  });
  fs.mkdirSync(ENV.RUNNER_TEMP);
  // @actions/cache reads its settings from the process's environment.
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await service.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function fillCache(marker: string): Record<string, string> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'gantry-gomod-1.22/cache/download/example.com/lib/@v'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'gantry-gobuild-1.22-linux-amd64/0a'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'gantry-gomod-1.22/cache/download/example.com/lib/@v/v1.0.0.mod'), `module example.com/lib ${marker}\n`);
  fs.writeFileSync(path.join(dir, 'gantry-gobuild-1.22-linux-amd64/0a/0a1b-d'), `compiled ${marker}\n`);
  fs.writeFileSync(path.join(dir, 'gantry-gobuild-1.22-linux-amd64/.gantry-stamp'), `${marker}\n`);
  return files(dir);
}

const keysFor = (sum: string) => cacheKeys({ goVersions: ['1.22'], platforms: ['linux/amd64'], sums: { 'go.sum': sum } });

describe('cache_dir through the GitHub cache service', () => {
  test('saved after one job, restored whole into the next job\'s empty folder', async () => {
    const keys = keysFor('sum-1');
    const before = fillCache('job-1');
    const reporter = new MemoryReporter();
    await saveToGitHub(dir, keys, '', reporter, ENV);
    expect(reporter.lines.join('\n')).toMatch(new RegExp(`cache: saved .* to the GitHub cache as ${keys.key}`));
    const entry = service.entries.find((e) => e.key === keys.key);
    expect(entry?.finalized).toBe(true);
    expect(entry?.data.length).toBeGreaterThan(0);

    fs.rmSync(dir, { recursive: true, force: true });
    const next = new MemoryReporter();
    const hit = await restoreFromGitHub(dir, keys, next, ENV);
    expect(hit).toBe(keys.key);
    expect(next.lines.join('\n')).toContain(`cache: restored ${dir} from the GitHub cache, key ${keys.key}`);
    expect(files(dir)).toEqual(before);
  });

  test('a changed go.sum misses the key and hits the restore key (a partial hit), then saves its own', async () => {
    fillCache('job-2');
    await saveToGitHub(dir, keysFor('sum-2'), '', new MemoryReporter(), ENV);
    const expected = files(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    const keys = keysFor('sum-3');
    const reporter = new MemoryReporter();
    const hit = await restoreFromGitHub(dir, keys, reporter, ENV);
    expect(hit).toBe(keysFor('sum-2').key);
    expect(reporter.lines.join('\n')).toContain('(a partial hit)');
    expect(files(dir)).toEqual(expected);
    await saveToGitHub(dir, keys, hit, new MemoryReporter(), ENV);
    expect(service.entries.filter((e) => e.key === keys.key && e.finalized)).toHaveLength(1);
  });

  test('the exact key restored is not saved again (entries are immutable)', async () => {
    const keys = keysFor('sum-1');
    const uploads = service.calls.filter((c) => c.startsWith('upload')).length;
    const reporter = new MemoryReporter();
    await saveToGitHub(dir, keys, keys.key, reporter, ENV);
    expect(reporter.lines.join('\n')).toContain(`the GitHub cache already holds ${keys.key}; not saved again`);
    expect(service.calls.filter((c) => c.startsWith('upload')).length).toBe(uploads);
  });

  test('no entry: the build runs cold and says so', async () => {
    const keys = cacheKeys({ goVersions: ['1.24'], platforms: ['linux/arm64'], sums: {} });
    const reporter = new MemoryReporter();
    expect(await restoreFromGitHub(path.join(root, 'other'), keys, reporter, ENV)).toBe('');
    expect(reporter.lines.join('\n')).toContain(`cache: no GitHub cache entry for ${keys.key}`);
    expect(fs.existsSync(path.join(root, 'other'))).toBe(false);
  });

  test('a failing service is a warning, never a failed build', async () => {
    service.failWith(400); // not retried by the client: a 5xx is, for a minute
    try {
      fillCache('job-4');
      const reporter = new MemoryReporter();
      expect(await restoreFromGitHub(dir, keysFor('sum-9'), reporter, ENV)).toBe('');
      await saveToGitHub(dir, keysFor('sum-9'), '', reporter, ENV);
      expect(service.entries.some((e) => e.key === keysFor('sum-9').key)).toBe(false);
      expect(service.calls.some((c) => c.endsWith('-> 400'))).toBe(true);
    } finally {
      service.failWith(0);
    }
  });

  test('off GitHub (no runtime token) the service is not called', async () => {
    const calls = service.calls.length;
    const reporter = new MemoryReporter();
    expect(await restoreFromGitHub(dir, keysFor('sum-1'), reporter, { ...ENV, ACTIONS_RUNTIME_TOKEN: '' })).toBe('');
    expect(reporter.lines.join('\n')).toMatch(/cache: not on GitHub Actions/);
    expect(service.calls.length).toBe(calls);
  });
});
