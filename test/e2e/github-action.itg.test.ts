/**
 * The GitHub Action run exactly as GitHub's runner runs a node24 action: `node dist/index.js` with
 * INPUT_* for every input of action.yml (its defaults filled in), the GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_ENV files, and the exit code as the step's outcome. Against the
 * real test bed: engine, registry, SSH hosts. The whole pipeline (build, deploy, a failing build)
 * runs under Node 24, what GitHub runs the action on; under this machine's Node (the oldest the
 * CLI supports is 20) the action's entry runs once, to a refused input: every CLI e2e file
 * already runs the same bundle's build and deploy paths on this Node.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { testbed, registryPassword } from './support/testbed';
import { fixtureRepo } from './support/fixture-repo';
import { listTags, manifestDigest } from './support/registry';
import { ActionRun, actionRuntimes, runAction as runActionOn } from './support/github-runner';
import { hostEngine, hostFetch, hostContainer, hostIndex } from './support/bed';

jest.setTimeout(900_000);

const COMMIT_TIME = 1_736_000_000;
/** cache_dir of the builds: the host builder's Go caches, kept between runs (a cold standard library costs half a minute a build; the cache is not what this file proves). */
const GO_CACHE = path.join(os.tmpdir(), 'gantry-e2e-hosts-go-cache');

describe.each(actionRuntimes().map(([label, node], i) => [label, node, i] as const))('under %s', (label, node, i) => {
  const PORT = String(18611 + i);
  const CONTAINER = `gh-hello-${i}-${process.pid}`;
  const runAction = (workspace: string, inputs: Record<string, string>, env: Record<string, string>) => runActionOn(workspace, inputs, env, node);
  /** A test of the whole pipeline: registered under Node 24 only. */
  const pipelineTest = (name: string, fn: () => Promise<void>) => {
    if (label === 'node24') test(name, fn);
  };
  let tb: Record<string, string>;
  let repo: string;
  let image: string;
  let workspace: string;
  let sshKey: string;
  let knownHosts: string;
  let hosts: string[];

  /** Lines of stdout that are not workflow commands (::add-mask:: and the like). */
  const plainLines = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => !l.startsWith('::'));

  function expectMasksFirst(run: ActionRun, secrets: string[]): void {
    const lines = run.stdout.split('\n');
    const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
    const masks = lines.slice(0, firstOther).map((l) => l.slice('::add-mask::'.length));
    for (const s of secrets) expect(masks).toContain(s);
    // After the masks, no secret appears anywhere: not in the log, the outputs or the summary.
    const rest = [...lines.slice(firstOther), run.stderr, JSON.stringify(run.outputs), run.summary].join('\n');
    for (const s of secrets) expect(rest).not.toContain(s);
  }

  beforeAll(() => {
    tb = testbed();
    repo = `e2e/gh-hello-${i}-${process.pid}`;
    image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
    workspace = fixtureRepo('examples/hello', COMMIT_TIME, { tag: 'v2.0.0' });
    sshKey = fs.readFileSync(tb.GANTRY_TESTBED_SSH_KEY, 'utf8');
    knownHosts = fs.readFileSync(tb.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8');
    hosts = tb.GANTRY_TESTBED_HOSTS.split(',').slice(0, 2);
  });

  afterAll(() => {
    for (let i = 1; i <= 2; i++) {
      const id = hostEngine(i, ['ps', '-aq', '--filter', `name=^${CONTAINER}`], true);
      if (id) hostEngine(i, ['rm', '-f', ...id.split('\n')], true);
    }
  });

  let built: ActionRun;

  pipelineTest('build: outputs in GITHUB_OUTPUT equal what the registry holds; one group per phase; a summary; masks first', async () => {
    const password = registryPassword();
    built = await runAction(
      workspace,
      { command: 'build', context: '.', image, registry_username: tb.GANTRY_TESTBED_REGISTRY_USER, registry_password: password, build_network: 'host', version_variable: 'main.version', cache_dir: GO_CACHE },
      { DOCKER_HOST: tb.DOCKER_HOST },
    );
    if (built.code !== 0) process.stderr.write(built.stdout + built.stderr);
    expect(built.code).toBe(0);
    // The runner gave every input of action.yml, defaults included.
    expect(built.inputEnv).toMatchObject({ INPUT_COMMAND: 'build', INPUT_TAGS: '{commit_time}\n{short_sha}\n{git_tag}', INPUT_RUNTIME_IMAGE: 'scratch', INPUT_PUSH: 'true' });

    const sha = execFileSync('git', ['-C', workspace, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const digest = await manifestDigest(repo, String(COMMIT_TIME));
    expect(built.outputs.digest).toBe(digest);
    expect(built.outputs.image_ref).toBe(`${image}@${digest}`);
    expect(built.outputs.commit_time).toBe(String(COMMIT_TIME));
    expect(built.outputs.go_version).toBe('1.22');
    expect(built.outputs.tags.split(',').sort()).toEqual([`${image}:${COMMIT_TIME}`, `${image}:${sha.slice(0, 7)}`, `${image}:v2.0.0`].sort());
    expect((await listTags(repo)).sort()).toEqual([String(COMMIT_TIME), sha.slice(0, 7), 'v2.0.0'].sort());

    // Log groups: opened and closed in turn, never nested; one for the build, one for the push.
    const groups = built.stdout.split('\n').filter((l) => l.startsWith('::group::') || l === '::endgroup::');
    expect(groups.length).toBeGreaterThanOrEqual(4);
    groups.forEach((l, i) => expect(l.startsWith(i % 2 === 0 ? '::group::' : '::endgroup::')).toBe(true));
    expect(groups.filter((g) => g.startsWith('::group::Build '))).toHaveLength(1);
    expect(groups.filter((g) => g.startsWith('::group::Push '))).toHaveLength(1);
    // The compile (go build on the host or in the direct path's builder, or BuildKit's steps) is inside the build group.
    const buildAt = built.stdout.indexOf('::group::Build ');
    expect(built.stdout.slice(buildAt, built.stdout.indexOf('::endgroup::', buildAt))).toMatch(/#\d+ \[build \d+\/\d+\] RUN .*go build|compiled \S+ in [\d.]+s (in builder |with Go )/);

    // The step summary: tags, digest, image size.
    expect(built.summary).toContain(digest);
    expect(built.summary).toContain(`\`${COMMIT_TIME}\``);
    expect(built.summary).toContain('`v2.0.0`');
    expect(built.summary).toMatch(/\| size \| \d+\.\d MB \|/);

    expectMasksFirst(built, [password]);
    expect(built.envFile).toBe('');
  });

  pipelineTest('deploy: the built digest rolled out to two hosts over SSH; per-host table in the summary; key lines masked', async () => {
    expect(built?.outputs.image_ref).toBeTruthy();
    const run = await runAction(
      workspace,
      {
        command: 'deploy',
        deploy_image: built.outputs.image_ref,
        hosts: hosts.join('\n'),
        ssh_user: tb.GANTRY_TESTBED_SSH_USER,
        ssh_private_key: sshKey,
        known_hosts: knownHosts,
        registry_username: tb.GANTRY_TESTBED_REGISTRY_USER,
        registry_password: registryPassword(),
        container_name: CONTAINER,
        network: 'host',
        env: `PORT=${PORT}`,
        // A key that does not look like a secret's: secret_env masks it all the same.
        secret_env: 'HELLO_GREETING=gh-e2e-secret-value',
        health_url: `http://127.0.0.1:${PORT}/healthz`,
        health_timeout: '30',
      },
      { DOCKER_HOST: tb.DOCKER_HOST },
    );
    if (run.code !== 0) process.stderr.write(run.stdout + run.stderr);
    expect(run.code).toBe(0);
    expect(run.outputs.deployed_hosts.split(',')).toEqual(hosts);
    expect(run.outputs.failed_hosts).toBe('');
    const report = JSON.parse(run.outputs.report) as { hosts: Array<{ host: string; outcome: string }> };
    expect(report.hosts.map((h) => [h.host, h.outcome])).toEqual(hosts.map((h) => [h, 'ok']));

    for (const addr of hosts) {
      const body = JSON.parse(await hostFetch(addr, PORT, '/')) as { service: string; version: string };
      expect(body).toMatchObject({ service: 'hello', version: 'v2.0.0' });
      expect(hostContainer(hostIndex(addr), CONTAINER)).toMatchObject({ imageId: built.outputs.image_id, running: true });
      expect(run.summary).toContain(addr);
    }
    expect(run.summary).toMatch(/\|.*host.*\|/i);

    const keyLines = sshKey.split('\n').map((l) => l.trim()).filter((l) => l.length >= 3);
    expectMasksFirst(run, [registryPassword(), 'gh-e2e-secret-value', ...keyLines]);
    expect(plainLines(run).some((l) => l.includes('gh-e2e-secret-value'))).toBe(false);
  });

  pipelineTest('a failing build: exit code 1, one ::error:: line with the compiler\'s words, the summary says so, no digest', async () => {
    const broken = fixtureRepo('examples/hello', COMMIT_TIME + 1);
    const main = path.join(broken, 'main.go');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace('func main() {', 'func main() {\n\tundefinedCall()'));
    const run = await runAction(broken, { command: 'build', image: `${image}-broken`, push: 'false', build_network: 'host', cache_dir: GO_CACHE }, { DOCKER_HOST: tb.DOCKER_HOST });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/main\.go:\d+:\d+: undefined: undefinedCall/);
    expect(run.summary).toContain('gantry failed');
    expect(run.summary).toContain('undefinedCall');
    expect(run.outputs.digest).toBeUndefined();
  });

  test('a refused input fails before any work: exit 1, the input named, nothing pushed', async () => {
    const run = await runAction(workspace, { command: 'all', image: `${image}-never`, go_version: 'latest' }, { DOCKER_HOST: tb.DOCKER_HOST });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::input 'go_version': 'latest' is not valid; expected a Go version such as 1.22 or 1.22.5");
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::group::'))).toEqual([]);
    expect(await listTags(`${repo}-never`)).toEqual([]);
  });

  test('ran under the runtime it names', () => {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    expect(label === 'node24' ? version.startsWith('v24.') : version === process.version).toBe(true);
  });
});
