/**
 * The host builder on the bed: go build with the Debian-packaged toolchain gantry finds by itself
 * (/usr/lib/go-1.22), the image assembled and pushed through the registry API with no engine
 * reachable (DOCKER_HOST points nowhere), a fresh HOME with only cache_dir restored; the image
 * runs and answers on bed host h1, and the container path gives the same digest for the commit.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { fixtureRepo } from './support/fixture-repo';
import { outputs } from './support/image-search';

jest.setTimeout(300_000);

const COMMIT_TIME = 1_740_000_500;
let tb: Record<string, string>;
let image: string;
let hello: string;
let scratch: string;

function ok(run: GantryRun): GantryRun {
  if (run.code !== 0) throw new Error(`gantry failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

function build(tag: string, builder: string, extra: string[], env: Record<string, string | undefined>): Promise<GantryRun> {
  return gantry(['build', '--context', hello, '--image', image, '--tags', tag, '--builder', builder, '--build-network', 'host', '--version-variable', 'main.version', '--registry-insecure', ...extra], {
    env: { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword(), ...env },
  });
}

beforeAll(() => {
  tb = testbed();
  image = `${tb.GANTRY_TESTBED_REGISTRY}/e2e/host-${process.pid}`;
  hello = fixtureRepo('examples/hello', COMMIT_TIME);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-host-e2e-'));
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test('no engine: built with /usr/lib/go-1.22, pushed, runs on h1; a fresh HOME with cache_dir compiles nothing new; the container path gives the same digest', async () => {
  const cacheDir = path.join(scratch, 'cache');
  const nowhere = { DOCKER_HOST: `unix://${scratch}/no-engine.sock`, HOME: path.join(scratch, 'home1'), PATH: `/usr/bin:/bin` };
  fs.mkdirSync(nowhere.HOME);
  // The default supply chain (an SBOM) with no engine: from the binary itself.
  const first = ok(await build('host', 'auto', ['--cache-dir', cacheDir], nowhere));
  expect(first.stdout).toMatch(/SBOM \.gantry\/sbom\.cdx\.json: \d+ components/);
  expect(first.stdout).toContain('builder: host (a Go toolchain is here and the build needs no engine: Go 1.22.12 from /usr/lib/go-1.22');
  const digest = outputs(first.stdout).digest;
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(fs.existsSync(path.join(cacheDir, 'go-build'))).toBe(true);

  // A fresh runner: another HOME, the Go caches only in the restored cache_dir.
  const restored = path.join(scratch, 'restored');
  fs.cpSync(cacheDir, restored, { recursive: true });
  const home2 = path.join(scratch, 'home2');
  fs.mkdirSync(home2);
  const fresh = ok(await build('host', 'host', ['--cache-dir', restored, '--sbom=false'], { ...nowhere, HOME: home2 }));
  expect(outputs(fresh.stdout).digest).toBe(digest);
  // go build -v names each package it compiles: with the caches restored, none of the service's.
  expect(fresh.stdout.split('\n').filter((l) => /^ {2}example\.com\/hello/.test(l))).toEqual([]);

  // Not pushed: without an engine, an OCI image layout; with one, loaded into it (the same image id).
  const layout = path.join(scratch, 'oci');
  const local = ok(await build('local', 'host', ['--cache-dir', restored, '--sbom=false', '--push=false', '--oci-layout', layout], { ...nowhere, HOME: home2 }));
  expect(local.stdout).toContain(`as an OCI image layout to ${layout} (push is false; no engine answers to load it into)`);
  const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; annotations: Record<string, string> }> };
  expect(index.manifests.map((m) => [m.annotations['org.opencontainers.image.ref.name'], m.digest])).toEqual([[`${image}:local`, digest]]);
  const loaded = ok(await build('local', 'host', ['--cache-dir', restored, '--sbom=false', '--push=false'], { DOCKER_HOST: tb.DOCKER_HOST, HOME: home2, PATH: '/usr/bin:/bin' }));
  expect(loaded.stdout).toMatch(new RegExp(`loaded sha256:[0-9a-f]{64} into the engine as ${image}:local`));
  execFileSync('docker', ['-H', tb.DOCKER_HOST, 'image', 'rm', `${image}:local`], { stdio: 'ignore' });

  // The container path (the engine's builder container) of the same commit: the same digest.
  const container = ok(await build('container', 'container', ['--cache-dir', 'none', '--build-mode', 'direct', '--sbom=false'], { DOCKER_HOST: tb.DOCKER_HOST }));
  expect(outputs(container.stdout).digest).toBe(digest);

  // It runs and answers on h1.
  // The bed's registry wants a login: a docker config of this test's own, removed with scratch.
  const config = path.join(scratch, 'docker-config');
  fs.mkdirSync(config, { recursive: true });
  const h1 = ['--config', config, '-H', 'unix:///run/gantry-testbed/h1/docker.sock'];
  const name = `e2e-host-${process.pid}`;
  execFileSync('docker', [...h1, 'login', '--username', tb.GANTRY_TESTBED_REGISTRY_USER, '--password-stdin', '10.231.0.1:5000'], { input: registryPassword(), stdio: ['pipe', 'ignore', 'ignore'] });
  execFileSync('docker', [...h1, 'pull', `${image}@${digest}`], { stdio: 'ignore' });
  execFileSync('docker', [...h1, 'run', '-d', '--name', name, '--network', 'host', '-e', 'PORT=18481', `${image}@${digest}`], { stdio: 'ignore' });
  try {
    let answer = '';
    for (let i = 0; i < 50 && answer !== 'ok'; i++) {
      answer = await fetch('http://10.231.0.11:18481/healthz').then((r) => r.text(), () => '');
      if (answer !== 'ok') await new Promise((r) => setTimeout(r, 200));
    }
    expect(answer.trim()).toBe('ok');
  } finally {
    execFileSync('docker', [...h1, 'rm', '-f', name], { stdio: 'ignore' });
  }
});

test('no engine and no toolchain of the version: one line naming go_version and where gantry looked', async () => {
  const run = await build('none', 'auto', ['--cache-dir', 'none', '--go-version', '1.21'], { DOCKER_HOST: `unix://${scratch}/no-engine.sock`, PATH: '/usr/bin:/bin' });
  expect(run.code).not.toBe(0);
  expect(run.stderr + run.stdout).toMatch(/no Go 1\.21 toolchain for go_version 1\.21 on this machine and no Docker engine.*looked at: .*\/usr\/lib\/go-1\.21 \(absent\)/);
});
