import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, ROOT, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { listTags } from './support/registry';
import { docker, outputs, pushedImageHolds, stepCached } from './support/image-search';

jest.setTimeout(900_000);

/**
 * The seed's data key (`docker build --build-arg DATAKEY`), now a build secret read in the
 * user's own Dockerfile at /run/secrets/datakey: it opens the sealed config at build time and
 * leaves no trace; the old way is refused; a Dockerfile that copies it into the image is
 * caught before the push.
 */
const COMMIT_TIME = 1_735_300_000;
const RUN = `${process.pid}${Date.now().toString(36)}`;
const DATAKEY = `dk-${crypto.randomBytes(16).toString('hex')}`;
const CONFIG = '{"greeting":"opened with the data key"}\n';

let tb: Record<string, string>;
let service: string;
let repo: string;
let image: string;

function seal(key: string, plain: string): Buffer {
  const nonce = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', crypto.createHash('sha256').update(key).digest(), nonce);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([nonce, body, c.getAuthTag()]);
}

function args(dockerfile: string, extra: string[]): string[] {
  return ['build', '--context', service, '--dockerfile', path.join(service, dockerfile), '--image', image, '--build-network', 'none', '--secret-envs', 'datakey=DATAKEY', ...extra];
}

const env = (key = DATAKEY) => ({ DATAKEY: key, GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() });

beforeAll(() => {
  tb = testbed();
  service = fixtureRepo('test/fixtures/secrets/sealed-config', COMMIT_TIME);
  fs.writeFileSync(path.join(service, 'config.sealed'), seal(DATAKEY, CONFIG));
  commitAll(service, COMMIT_TIME, 'sealed config');
  repo = `e2e/secrets-datakey-${RUN}`;
  image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
});

describe("the seed's data key as a build secret in the user's own Dockerfile", () => {
  let good: GantryRun;

  test('it opens the sealed config at build time; the image serves it', async () => {
    good = await gantry(args('Dockerfile', []), { env: env() });
    expect(good.stderr).not.toMatch(/error/);
    expect(good.code).toBe(0);
    expect(docker(['run', '--rm', '--network', 'none', outputs(good.stdout).image_ref])).toBe(CONFIG.trim());
  });

  test('the key is nowhere in the pushed image, its history, or the log', async () => {
    const out = outputs(good.stdout);
    expect(await pushedImageHolds(repo, out.digest, [DATAKEY])).toEqual([]);
    expect(docker(['history', '--no-trunc', out.image_id])).not.toContain(DATAKEY);
    expect(good.stdout + good.stderr).not.toContain(DATAKEY);
    expect(good.stdout).toContain('searched the image for 1 secret(s): none found');
  });

  test('the same key again reuses the unseal step; a rotated key re-runs it (and the stale seal fails)', async () => {
    const same = await gantry(args('Dockerfile', ['--push=false']), { env: env() });
    expect(same.code).toBe(0);
    expect(stepCached(same.stdout, /go run \.\/unseal/)).toBe(true);
    const rotated = `dk-${crypto.randomBytes(16).toString('hex')}`;
    const run = await gantry(args('Dockerfile', ['--push=false']), { env: env(rotated) });
    expect(run.code).not.toBe(0);
    expect(stepCached(run.stdout, /go run \.\/unseal/)).toBe(false);
    expect(run.stderr).toMatch(/gantry: error: build failed at .*go run \.\/unseal.*cannot open the sealed config with this data key/);
    expect(run.stdout + run.stderr).not.toContain(rotated);
  });

  test('the same value passed the old way, as a build arg, is refused before building', async () => {
    const byName = await gantry(args('Dockerfile', ['--push=false', '--build-args', `DATAKEY=${DATAKEY}`]), { env: env() });
    expect(byName.code).not.toBe(0);
    expect(byName.stderr).toContain("gantry: error: input 'build_args': build arg DATAKEY carries the value of secret 'datakey': build args stay in the image history and the build cache; expected no secrets in build_args; pass it as a build secret instead: secret_envs 'datakey=DATAKEY'");
    expect(byName.stdout).not.toMatch(/^#\d+ /m);
    expect(byName.stdout + byName.stderr).not.toContain(DATAKEY);
    // Without the secret given, the name alone is enough.
    const plain = await gantry(['build', '--context', service, '--dockerfile', path.join(service, 'Dockerfile'), '--push=false', '--build-args', 'ISDEV=true\nDATAKEY=whatever']);
    expect(plain.stderr).toMatch(/input 'build_args': build arg DATAKEY looks like a secret \(its name has KEY\)/);
  });

  test('a secret the Dockerfile mounts but nobody gave is named with its step', async () => {
    const run = await gantry(['build', '--context', service, '--dockerfile', path.join(service, 'Dockerfile'), '--push=false']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("gantry: error: the Dockerfile mounts secret 'datakey' at line 5 (stage build: RUN --mount=type=secret,id=datakey go run ./unseal /run/secrets/datakey config.sealed config.json), but no secret 'datakey' was given; add 'datakey=ENV_NAME' to secret_envs");
    const unset = await gantry(args('Dockerfile', ['--push=false']), { env: { DATAKEY: undefined } });
    expect(unset.stderr).toContain("gantry: error: input 'secret_envs': secret 'datakey' comes from DATAKEY, which is not set");
  });

  test('a Dockerfile that copies the key into the image fails the scan: nothing is pushed, the log shows ***', async () => {
    const leakyRepo = `${repo}-leaky`;
    const run = await gantry(['build', '--context', service, '--dockerfile', path.join(service, 'Leaky.Dockerfile'), '--image', `${tb.GANTRY_TESTBED_REGISTRY}/${leakyRepo}`, '--build-network', 'none', '--secret-envs', 'datakey=DATAKEY'], { env: env() });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/gantry: error: the built image holds a secret, so nothing was pushed and its tags were removed: secret 'datakey' in layer \d+ of \d+ \(COPY \/out-key \/etc\/datakey\), file \/etc\/datakey/);
    expect(run.stdout).toContain('the key is ***');
    expect(run.stdout + run.stderr).not.toContain(DATAKEY);
    expect(await listTags(leakyRepo)).toEqual([]);
    expect(docker(['images', '-q', `${tb.GANTRY_TESTBED_REGISTRY}/${leakyRepo}`])).toBe('');
  });

  test('the GitHub front end registers a multi-line key, line by line, as masks before anything could print it', async () => {
    const githubEnv: Record<string, string | undefined> = {
      GITHUB_ACTIONS: 'true',
      INPUT_COMMAND: 'build',
      INPUT_CONTEXT: service,
      INPUT_DOCKERFILE: path.join(service, 'Leaky.Dockerfile'),
      INPUT_PUSH: 'false',
      INPUT_BUILD_NETWORK: 'none',
      INPUT_SECRET_ENVS: 'datakey=DATAKEY',
      DATAKEY: `${DATAKEY}\nsecond-line-of-the-key`,
      GITHUB_OUTPUT: path.join(service, '.gh-output'),
    };
    const run = await new Promise<{ stdout: string; code: number }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], { env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: tb.DOCKER_HOST, ...githubEnv } as NodeJS.ProcessEnv });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stdout += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ stdout, code: code ?? -1 }));
    });
    expect(run.code).not.toBe(0);
    const lines = run.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual(expect.arrayContaining([`::add-mask::${DATAKEY}`, '::add-mask::second-line-of-the-key']));
    const firstMask = lines.findIndex((l) => l.startsWith('::add-mask::'));
    const firstStep = lines.findIndex((l) => /^#\d+ /.test(l));
    expect(firstMask).toBeLessThan(firstStep);
    // Outside the mask commands the value never appears.
    expect(lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(DATAKEY);
    // The two-line value does not open the seal; the failure quotes the step's output, masked.
    expect(run.stdout).toMatch(/^::error::build failed at .*: the key is \*\*\* \| \*\*\* \| unseal: cannot open the sealed config/m);
  });
});
