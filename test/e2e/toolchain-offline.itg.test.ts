/**
 * The host builder's GOTOOLCHAIN way with nothing leaving the machine: only Go 1.22 on PATH, the
 * service's go.mod asks for 1.24.4 (gantry switches to that release, not 1.24.0), which only a module proxy folder (GOPROXY=file://, made from the bed's
 * Debian Go 1.24 tree) serves; gantry's go-X.Y search points at an empty folder so it cannot find
 * the tree itself. The toolchain lands in cache_dir's module cache, the image is pushed and runs;
 * then, with the proxy gone and a fresh HOME, the same commit builds from cache_dir alone.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { outputs } from './support/image-search';
import { toolchainProxyDir } from './support/toolchain-proxy';

jest.setTimeout(400_000);

const COMMIT_TIME = 1_740_000_900;
const WANT = '1.24.4';

function ok(run: GantryRun): GantryRun {
  if (run.code !== 0) throw new Error(`gantry failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

test(`only Go 1.22 on PATH, go ${WANT} from a local proxy: builder host via GOTOOLCHAIN, pushed and run; offline again from cache_dir`, async () => {
  const tb = testbed();
  const tree = path.join(tb.GANTRY_TESTBED_DIR || '/var/lib/gantry-testbed', 'go', '1.24');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-toolchain-e2e-'));
  try {
    const proxyDir = path.join(scratch, 'proxy');
    const proxy = toolchainProxyDir([tree], proxyDir);
    expect(proxy.zips.map((z) => z.go)).toEqual([`go${WANT}`]);
    const hello = fixtureRepo('examples/hello', COMMIT_TIME);
    fs.writeFileSync(path.join(hello, 'go.mod'), `module example.com/hello\n\ngo ${WANT}\n`);
    commitAll(hello, COMMIT_TIME, `go ${WANT}`);
    const image = `${tb.GANTRY_TESTBED_REGISTRY}/e2e/toolchain-${process.pid}`;
    const cacheDir = path.join(scratch, 'cache');
    const home = (name: string) => {
      fs.mkdirSync(path.join(scratch, name));
      return path.join(scratch, name);
    };
    const env = {
      DOCKER_HOST: `unix://${scratch}/no-engine.sock`,
      PATH: '/usr/lib/go-1.22/bin:/usr/bin:/bin',
      HOME: home('home1'),
      GANTRY_DISTRO_GO_DIR: home('no-distro'),
      GOPROXY: proxy.url,
      GOSUMDB: 'off',
      GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER,
      GANTRY_REGISTRY_PASSWORD: registryPassword(),
    };
    const args = ['--context', hello, '--image', image, '--tags', 'offline', '--cache-dir', cacheDir, '--registry-insecure', '--sbom=false'];
    const builderLine = `builder: host (a Go toolchain is here and the build needs no engine: Go ${WANT} from GOTOOLCHAIN=go${WANT} (/usr/lib/go-1.22/bin/go)`;

    // plan: the same choice; its probe fetches the toolchain into cache_dir's module cache.
    const plan = ok(await gantry(['plan', ...args], { env }));
    expect(plan.stdout).toContain(`# ${builderLine}`);
    const toolchainRoot = path.join(cacheDir, 'go-mod', 'golang.org', `toolchain@v0.0.1-go${WANT}.linux-amd64`);
    expect(fs.readFileSync(path.join(toolchainRoot, 'VERSION'), 'utf8').split('\n')[0]).toBe(`go${WANT}`);
    expect(fs.existsSync(path.join(scratch, 'home1', 'go', 'pkg', 'mod', 'golang.org'))).toBe(false);

    const first = ok(await gantry(['build', ...args], { env }));
    expect(first.stdout).toContain(builderLine);
    const digest = outputs(first.stdout).digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    // It runs (on this lane's engine, with a docker config of the test's own for the registry's login).
    const docker = (a: string[], input?: string) => execFileSync('docker', ['--config', path.join(scratch, 'docker-config'), '-H', tb.DOCKER_HOST, ...a], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] }).trim();
    docker(['login', '--username', tb.GANTRY_TESTBED_REGISTRY_USER, '--password-stdin', tb.GANTRY_TESTBED_REGISTRY], registryPassword());
    const port = 18_000 + (process.pid % 1000);
    const id = docker(['run', '-d', '--network', 'host', '-e', `PORT=${port}`, `${image}@${digest}`]);
    try {
      let answer = '';
      for (let i = 0; i < 50 && answer !== 'ok'; i++) {
        answer = (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.text(), () => '')).trim();
        if (answer !== 'ok') await new Promise((r) => setTimeout(r, 200));
      }
      expect(answer).toBe('ok');
    } finally {
      docker(['rm', '-f', id]);
    }

    // Offline: the proxy gone, a fresh HOME; cache_dir alone holds the toolchain. Not pushed: an OCI layout.
    fs.rmSync(proxyDir, { recursive: true, force: true });
    const layout = path.join(scratch, 'oci');
    const again = ok(await gantry(['build', ...args, '--push=false', '--oci-layout', layout], { env: { ...env, HOME: home('home2') } }));
    expect(again.stdout).toContain(builderLine);
    expect(again.stdout + again.stderr).not.toContain('downloading go');
    const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
    expect(index.manifests.map((m) => m.digest)).toEqual([digest]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
