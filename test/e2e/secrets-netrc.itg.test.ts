import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { listTags } from './support/registry';
import { GitHttpServer, publishLib, startGitHttpServer, writeConsumer } from './support/private-module';
import { docker, outputs, pushedImageHolds, stepCached } from './support/image-search';

jest.setTimeout(900_000);

/**
 * A private Go module behind a loopback git HTTP server that wants basic auth, fetched by the
 * generated Dockerfile's `go mod download` with a netrc build secret (goprivate).
 */
const COMMIT_TIME = 1_735_100_000;
// Unique per run: the engine's module cache mount outlives runs, and a module already in it
// would never be fetched (so never need credentials).
const RUN = `${process.pid}${Date.now().toString(36)}`;
const MODULE = `git.gantry.test/p${RUN}/lib.git`;
const PASSWORD = `tok-${crypto.randomBytes(12).toString('hex')}`;
const ROTATED = `tok-${crypto.randomBytes(12).toString('hex')}`;

let tb: Record<string, string>;
let root: string;
let server: GitHttpServer;
let service: string;
let repo: string;
let image: string;

function netrcFile(password: string): string {
  const file = path.join(root, `netrc-${password.slice(-6)}`);
  fs.writeFileSync(file, `machine 127.0.0.1\n  login gantry\n  password ${password}\n`, { mode: 0o600 });
  return file;
}

function buildArgs(extra: string[]): string[] {
  return ['build', '--context', service, '--image', image, '--build-network', 'host', '--goprivate', `git.gantry.test=http://127.0.0.1:${server.port}`, ...extra];
}

const pushEnv = () => ({ GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() });

beforeAll(async () => {
  tb = testbed();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-netrc-'));
  publishLib(path.join(root, 'lib-work'), path.join(root, 'git', `p${RUN}`, 'lib.git'), MODULE, 'v1.0.0');
  server = await startGitHttpServer(path.join(root, 'git'), 'gantry', PASSWORD);
  service = fixtureRepo('test/fixtures/secrets/private-consumer', COMMIT_TIME);
  writeConsumer(service, MODULE, 'v1.0.0');
  commitAll(service, COMMIT_TIME, 'depend on the private library');
  repo = `e2e/secrets-netrc-${RUN}`;
  image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
});

afterAll(async () => {
  await server?.close();
});

describe('a private module fetched with a netrc build secret', () => {
  let good: GantryRun;

  test("without the netrc secret the build fails, showing Go's error and what to check", async () => {
    const run = await gantry(buildArgs(['--push=false']));
    expect(run.code).not.toBe(0);
    const error = run.stderr.split('\n').filter((l) => l.startsWith('gantry: error:'));
    expect(error).toHaveLength(1);
    expect(error[0]).toMatch(/build failed at '.*go mod download'/);
    // Go's own words (for a .git path it hides git's), then what to check.
    expect(error[0]).toContain(`go: ${MODULE}@v1.0.0: no secure protocol found for repository (git could not fetch a goprivate module: check that the netrc secret`);
    expect(server.refused).toBeGreaterThan(0);
    expect(server.served).toBe(0);
  });

  test('with it the build succeeds and the image runs the private code', async () => {
    good = await gantry(buildArgs(['--netrc', netrcFile(PASSWORD)]), { env: pushEnv() });
    expect(good.stderr).not.toMatch(/error/);
    expect(good.code).toBe(0);
    expect(server.served).toBeGreaterThan(0);
    // The secret is mounted on the download (and build) steps; GOPRIVATE is set for them.
    expect(good.stdout).toMatch(/\] RUN .*--mount=type=secret,id=netrc,target=\/root\/.netrc .*go mod download/);
    expect(good.stdout).toContain('searched the image for 1 secret(s): none found');
    const out = outputs(good.stdout);
    expect(docker(['run', '--rm', '--network', 'none', out.image_ref])).toBe('hello from the private library v1.0.0');
  });

  test('the secret is nowhere in the pushed image, nor in the log', async () => {
    const out = outputs(good.stdout);
    expect(await pushedImageHolds(repo, out.digest, [PASSWORD])).toEqual([]);
    expect(good.stdout + good.stderr).not.toContain(PASSWORD);
    // Nor in the local image's history and config, or those of the builder stage's layers.
    expect(docker(['image', 'inspect', out.image_id])).not.toContain(PASSWORD);
    expect(docker(['history', '--no-trunc', out.image_id])).not.toContain(PASSWORD);
  });

  test('the same secret again reuses the download step; a rotated one re-runs it', async () => {
    const same = await gantry(buildArgs(['--netrc', netrcFile(PASSWORD), '--push=false']));
    expect(same.code).toBe(0);
    expect(stepCached(same.stdout, /go mod download/)).toBe(true);

    server.setPassword(ROTATED);
    const rotated = await gantry(buildArgs(['--netrc', netrcFile(ROTATED)]), { env: pushEnv() });
    expect(rotated.code).toBe(0);
    expect(stepCached(rotated.stdout, /go mod download/)).toBe(false);
    expect(rotated.stdout + rotated.stderr).not.toContain(ROTATED);
    const out = outputs(rotated.stdout);
    // The rotation mount carries an HMAC under a local salt; none of it reaches the image.
    expect(await pushedImageHolds(repo, out.digest, [ROTATED, PASSWORD, 'gantry-secrets', '.gantry-secrets'])).toEqual([]);
    expect(await listTags(repo)).toContain(String(COMMIT_TIME));
  });
});
