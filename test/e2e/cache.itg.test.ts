/**
 * cache_dir against real engines: a build on one fresh engine (an ephemeral runner) fills the
 * folder; a one-line edit built on ANOTHER fresh engine, with the module proxy gone, gets the
 * module and compiler caches back from the folder alone.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { ROOT, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';

jest.setTimeout(900_000);

const COMMIT_TIME = 1_736_000_000;
const FRESH = path.join(ROOT, 'bench/fresh-engine.sh');
const ENGINE = `e2e-cache-${process.pid}`;
let dir: string;
let proxy: http.Server | undefined;
let proxyUrl = '';

function startProxy(): Promise<void> {
  const root = path.join(ROOT, 'test/fixtures/go/goproxy');
  proxy = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => proxy?.listen(proxyUrl ? Number(new URL(proxyUrl).port) : 0, '127.0.0.1', () => {
    proxyUrl = `http://127.0.0.1:${(proxy?.address() as AddressInfo).port}`;
    resolve();
  }));
}

function stopProxy(): Promise<void> {
  return new Promise((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
}

function freshEngine(): string {
  testbed();
  return execFileSync('bash', [FRESH, 'start', ENGINE, 'golang:1.22'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

function stopEngine(): void {
  execFileSync('bash', [FRESH, 'stop', ENGINE], { stdio: 'inherit' });
}

function build(host: string, extra: string[] = []): Promise<GantryRun> {
  // The BuildKit path's cache mounts (the direct path keeps its caches in builder volumes).
  return gantry(['build', '--context', dir, '--push=false', '--build-network', 'host', '--goproxy', proxyUrl, '--build-mode', 'buildkit', ...extra], { cwd: dir, env: { DOCKER_HOST: host } });
}

/** Packages `go build -v` compiled: what the compiler cache did not have. */
function compiled(run: GantryRun): string[] {
  const lines = run.stdout.split('\n');
  const step = lines.find((l) => /\] RUN .*go build -v/.test(l))?.split(' ')[0];
  if (!step) return [];
  return lines.filter((l) => l.startsWith(`${step} `) && !/RUN|DONE|CACHED|ERROR/.test(l)).map((l) => l.slice(step.length + 1).trim());
}

function edit(n: number): void {
  fs.appendFileSync(path.join(dir, 'main.go'), `\nvar cacheEdit${n} = ${n}\n`);
  commitAll(dir, COMMIT_TIME + n, `edit ${n}`);
}

const cacheDir = () => path.join(dir, '.gantry/cache');

beforeAll(async () => {
  dir = fixtureRepo('test/fixtures/go/moddeps', COMMIT_TIME);
  // What gantry writes into the checkout stays out of git, as a user's .gitignore would keep it.
  fs.appendFileSync(path.join(dir, '.git/info/exclude'), '.gantry/\nbin/\n');
  await startProxy();
});

afterAll(async () => {
  await stopProxy();
  stopEngine();
});

let filled: Promise<{ control: GantryRun; fill: GantryRun }> | undefined;
/**
 * The first fresh engine, shared by the tests that need it, whichever runs first: with the proxy
 * gone and no folder it cannot build (the control: a fresh engine has nothing else to draw on);
 * with the proxy back, its build fills the folder.
 */
const firstFill = () =>
  (filled ??= (async () => {
    const host = freshEngine();
    try {
      await stopProxy();
      const control = await build(host, ['--cache-dir', 'none']);
      await startProxy();
      return { control, fill: await build(host) };
    } finally {
      stopEngine();
    }
  })());

describe('cache_dir carries the Go caches from one fresh engine to the next', () => {
  test('first fresh engine: the build downloads modules, compiles the world, and the folder receives both caches', async () => {
    const run = (await firstFill()).fill;
    expect(run.stderr).not.toMatch(/warning: cache/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/cache: .* holds nothing for gantry-gomod-1\.22, gantry-gobuild-1\.22-linux-amd64 yet/);
    expect(run.stdout).toMatch(/cache: extracted into .gantry\/cache .*gantry-gomod-1\.22 all: [1-9]\d* files/);
    expect(compiled(run)).toEqual(expect.arrayContaining(['example.com/greet', 'example.com/clock', 'example.com/moddeps']));
    // The module cache, as Go lays it out, and the compiler cache, each with its stamp.
    expect(fs.existsSync(path.join(cacheDir(), 'gantry-gomod-1.22/cache/download/example.com/greet/@v/v1.2.0.zip'))).toBe(true);
    expect(fs.existsSync(path.join(cacheDir(), 'gantry-gomod-1.22/example.com/greet@v1.2.0'))).toBe(true);
    expect(fs.readdirSync(path.join(cacheDir(), 'gantry-gobuild-1.22-linux-amd64')).length).toBeGreaterThan(100);
    expect(fs.readFileSync(path.join(cacheDir(), 'gantry-gobuild-1.22-linux-amd64/.gantry-stamp'), 'utf8').trim()).toMatch(/^[0-9a-f]{16}$/);
    // Go makes its module cache read-only; the folder's copy stays deletable by a CI cache step.
    const mode = fs.statSync(path.join(cacheDir(), 'gantry-gomod-1.22/example.com/greet@v1.2.0')).mode;
    expect(mode & 0o200).toBe(0o200);
  });

  test('second fresh engine, proxy gone: only the edited package compiles, no module is downloaded', async () => {
    expect((await firstFill()).fill.code).toBe(0);
    await stopProxy();
    edit(1);
    const host = freshEngine();
    try {
      const run = await build(host);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/cache: injected [\d.]+ MB from .gantry\/cache into gantry-gomod-1\.22, gantry-gobuild-1\.22-linux-amd64/);
      expect(run.stdout).not.toMatch(/go: downloading/);
      expect(compiled(run)).toEqual(['example.com/moddeps']);
      // Extraction now copies only what the build added.
      expect(run.stdout).toMatch(/gantry-gobuild-1\.22-linux-amd64 changed: \d+ files/);

      // The same engine again: its mounts already hold the folder, nothing is uploaded.
      edit(2);
      const warm = await build(host);
      expect(warm.code).toBe(0);
      expect(warm.stdout).toMatch(/cache: the engine's cache mounts already hold .gantry\/cache/);
      expect(compiled(warm)).toEqual(['example.com/moddeps']);

      // A small cache_max_mb prunes the oldest compiler cache entries, never the modules.
      const pruned = await build(host, ['--cache-max-mb', '5']);
      expect(pruned.code).toBe(0);
      expect(pruned.stdout).toMatch(/pruned \d+ oldest build cache entries .* cache_max_mb 5/);
      const du = (p: string) => Number(execFileSync('du', ['-sk', p], { encoding: 'utf8' }).split('\t')[0]) * 1024;
      expect(du(path.join(cacheDir(), 'gantry-gobuild-1.22-linux-amd64'))).toBeLessThan(6 * 1048576);
      expect(fs.existsSync(path.join(cacheDir(), 'gantry-gomod-1.22/cache/download/example.com/greet/@v/v1.2.0.zip'))).toBe(true);
    } finally {
      stopEngine();
    }
  });

  // That a fresh engine without the folder compiles the dependencies is the first test's build.
  test('control: a fresh engine without the folder cannot build with the proxy gone (the second test had nothing else to draw on)', async () => {
    const { control, fill } = await firstFill();
    expect(control.code).not.toBe(0);
    expect(control.stdout + control.stderr).toMatch(/example\.com\/(greet|clock)/);
    expect(fill.code).toBe(0);
  });
});
