/**
 * Several repositories and registry_auth_config, against the bed's registry (which requires
 * credentials): one build pushed to two repositories (the same digest and every tag in both,
 * checked through the registry's own API), and a runtime base in that registry pulled with
 * credentials given only through registry_auth_config, on the host path and the engine path,
 * refused in one line naming the image without them.
 */
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { fixtureRepo } from './support/fixture-repo';
import { listTags, manifestDigest } from './support/registry';

jest.setTimeout(Number(process.env.GANTRY_TEST_TIMEOUT ?? 600_000));

const COMMIT_TIME = 1_737_100_000;
let hello: string;
let registry: string;
let repoA: string;
let repoB: string;

function outputs(run: GantryRun): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of run.stdout.matchAll(/^ {2}([a-z_]+)=(.*)$/gm)) out[m[1]] = m[2];
  return out;
}

/** The bed registry's credentials as GitLab hands them to jobs (DOCKER_AUTH_CONFIG). */
function authConfig(): string {
  const auth = Buffer.from(`${testbed().GANTRY_TESTBED_REGISTRY_USER}:${registryPassword()}`).toString('base64');
  return JSON.stringify({ auths: { [registry]: { auth } } });
}

/** The environment of a run: no pair, only registry_auth_config (when given). */
function env(config: string | undefined): Record<string, string | undefined> {
  return { GANTRY_REGISTRY_USERNAME: undefined, GANTRY_REGISTRY_PASSWORD: undefined, GANTRY_REGISTRY_AUTH_CONFIG: config, DOCKER_CONFIG: undefined };
}

const twoRepos = (() => {
  let run: Promise<GantryRun> | undefined;
  return () =>
    (run ??= gantry(
      ['build', '--context', hello, '--image', `${registry}/${repoA},${registry}/${repoB}`, '--tags', '{commit_time},{short_sha}', '--builder', 'container', '--build-mode', 'buildkit', '--build-network', 'none', '--cache-dir', 'none'],
      { env: env(authConfig()) },
    ));
})();

beforeAll(() => {
  const tb = testbed();
  registry = tb.GANTRY_TESTBED_REGISTRY;
  repoA = `e2e/registries-a-${process.pid}`;
  repoB = `e2e/registries-b-${process.pid}`;
  hello = fixtureRepo('examples/hello', COMMIT_TIME);
});

describe('several repositories', () => {
  test('one build, the same digest and every tag in both repositories, credentials only from registry_auth_config', async () => {
    const run = await twoRepos();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = outputs(run);
    const digest = out.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(out.image_ref).toBe(`${registry}/${repoA}@${digest}`);
    expect(out.image_refs).toBe(`${registry}/${repoA}@${digest},${registry}/${repoB}@${digest}`);
    const tags = (await listTags(repoA)).sort();
    expect(tags).toHaveLength(2);
    expect((await listTags(repoB)).sort()).toEqual(tags);
    for (const t of tags) {
      expect(await manifestDigest(repoA, t)).toBe(digest);
      expect(await manifestDigest(repoB, t)).toBe(digest);
    }
    expect(out.tags.split(',').sort()).toEqual([...tags.map((t) => `${registry}/${repoA}:${t}`), ...tags.map((t) => `${registry}/${repoB}:${t}`)].sort());
    // One build: BuildKit ran once; the second repository got a copy, its blobs mounted in this registry.
    expect(run.stdout.match(/^built sha256:/gm)).toHaveLength(1);
    expect(run.stdout).toMatch(new RegExp(`Push ${registry}/${repoB} \\(the image of ${registry}/${repoA}\\)`));
    expect(run.stdout).toMatch(/pushed 2 tag\(s\), digest sha256:[0-9a-f]+: 0 blob\(s\) uploaded \(0 bytes\), [1-9]\d* mounted/);
    expect(run.stdout).not.toContain(registryPassword());
  });

  test('a registry the build pushes to that registry_auth_config lacks: one line naming it, before any build', async () => {
    const run = await gantry(['build', '--context', hello, '--image', `${registry}/${repoA},other.example.com:5000/e2e/x`, '--builder', 'container', '--cache-dir', 'none'], { env: env(authConfig()) });
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/input 'registry_auth_config': has no entry for registry other\.example\.com:5000/);
    expect(run.stdout).not.toMatch(/^built /m);
  });
});

describe('a runtime base in a registry that requires credentials', () => {
  // The copy the first test made serves as a base that only the bed's registry holds (the engine
  // tagged the first repository's image itself, never the second's).
  const base = () => `${registry}/${repoB}:${COMMIT_TIME}`;
  const build = (builder: 'host' | 'container', config: string | undefined) =>
    gantry(['build', '--context', hello, '--runtime-image', base(), '--push=false', '--builder', builder, ...(builder === 'container' ? ['--build-mode', 'buildkit'] : []), '--build-network', 'none', '--cache-dir', 'none', '--tags', `base-${builder}`, '--image', `${registry}/e2e/registries-local-${process.pid}`], { env: env(config) });

  beforeAll(async () => {
    expect((await twoRepos()).code).toBe(0);
  });

  test('host path: refused in one line naming the image without credentials; built with registry_auth_config', async () => {
    const refused = await build('host', undefined);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(`runtime_image '${base()}': registry ${registry} needs credentials to pull it`);
    const built = await build('host', authConfig());
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/builder: host/i);
  });

  test('engine path (BuildKit): refused in one line naming the image without credentials; built with registry_auth_config', async () => {
    const refused = await build('container', undefined);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    // The bed's engine gives BuildKit no plain HTTP for this registry, so the refusal may be that;
    // either way the line names the base, not the builder image.
    expect(refused.stderr).toContain(`'${base()}'`);
    const built = await build('container', authConfig());
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toContain(`pulling ${base()} with the credentials of its registry`);
  });
});
