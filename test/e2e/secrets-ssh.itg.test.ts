import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry } from './support/gantry';
import { testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { publishLib, writeConsumer } from './support/private-module';
import { docker, outputs, pushedImageHolds } from './support/image-search';
import { registryPassword } from './support/testbed';

jest.setTimeout(900_000);

/**
 * The same private module over SSH: a bare repository in the deploy user's home on test host
 * h1, fetched by git in the build through agent forwarding (a key served by gantry's own agent,
 * and the runner's ssh-agent), with the host key pinned from the test bed's known_hosts.
 */
const COMMIT_TIME = 1_735_200_000;
const RUN = `${process.pid}${Date.now().toString(36)}`;
const MODULE = `git.gantry.test/s${RUN}/lib.git`;
// The test bed's golang images are minimal (git, no ssh client, unlike the official ones).
const BUILDER = `gantry-e2e/golang-ssh-${RUN}:1.22`;

let tb: Record<string, string>;
let root: string;
let reposDir: string;
let service: string;
let repo: string;
let image: string;
let agent: ChildProcess | undefined;

const keyText = () => fs.readFileSync(tb.GANTRY_TESTBED_SSH_KEY, 'utf8');
const keyLines = () => keyText().split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'));

function args(extra: string[]): string[] {
  return [
    'build', '--context', service, '--image', image, '--build-network', 'host', '--builder-image', BUILDER,
    '--goprivate', `git.gantry.test=ssh://${tb.GANTRY_TESTBED_SSH_USER}@${tb.GANTRY_TESTBED_H1_ADDR}/~/gantry-e2e-${RUN}`,
    '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS,
    ...extra,
  ];
}

const pushEnv = () => ({ GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword(), SSH_AUTH_SOCK: undefined });

beforeAll(() => {
  tb = testbed();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-ssh-'));
  reposDir = path.join(tb.GANTRY_TESTBED_H1_HOME, `gantry-e2e-${RUN}`);
  publishLib(path.join(root, 'lib-work'), path.join(reposDir, `s${RUN}`, 'lib.git'), MODULE, 'v1.0.0');
  execFileSync('chown', ['-R', `${tb.GANTRY_TESTBED_SSH_USER}:`, reposDir]);
  service = fixtureRepo('test/fixtures/secrets/private-consumer', COMMIT_TIME);
  writeConsumer(service, MODULE, 'v1.0.0');
  commitAll(service, COMMIT_TIME, 'depend on the private library');
  repo = `e2e/secrets-ssh-${RUN}`;
  image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
  const box = docker(['create', 'golang:1.22']);
  try {
    docker(['cp', '/usr/bin/ssh', `${box}:/usr/bin/ssh`]);
    docker(['commit', box, BUILDER]);
  } finally {
    docker(['rm', box]);
  }
});

afterAll(() => {
  if (agent?.pid) process.kill(agent.pid);
  if (reposDir) fs.rmSync(reposDir, { recursive: true, force: true });
  try {
    docker(['rmi', BUILDER]);
  } catch {
    // Cleanup only: the image is unique to this run.
  }
});

describe('a private module fetched over SSH with agent forwarding', () => {
  test('without ssh the fetch fails', async () => {
    const run = await gantry(args(['--push=false']), { env: { SSH_AUTH_SOCK: undefined } });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/gantry: error: build failed at '.*go mod download'.*no secure protocol found.*git could not fetch a goprivate module/);
    expect(run.stderr).toMatch(/warning: goprivate is set without a netrc secret or ssh/);
  });

  test("with the test bed's key given as text it builds; the key is nowhere in the log or the image", async () => {
    const run = await gantry(args([]), { env: { ...pushEnv(), GANTRY_SSH: keyText() } });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\] RUN .*--mount=type=ssh,id=default go mod download/);
    const out = outputs(run.stdout);
    expect(docker(['run', '--rm', '--network', 'none', out.image_ref])).toBe('hello from the private library v1.0.0');
    for (const line of keyLines()) expect(run.stdout + run.stderr).not.toContain(line);
    expect(await pushedImageHolds(repo, out.digest, keyLines())).toEqual([]);
  });

  test("the runner's own ssh-agent (default = SSH_AUTH_SOCK) is forwarded too", async () => {
    const sock = path.join(root, 'agent.sock');
    agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !fs.existsSync(sock); i++) await new Promise((r) => setTimeout(r, 100));
    execFileSync('ssh-add', ['-q', tb.GANTRY_TESTBED_SSH_KEY], { env: { ...process.env, SSH_AUTH_SOCK: sock } });
    // A new version, so the download step has something to fetch (git refuses to push as
    // root into a repository another user owns).
    execFileSync('chown', ['-R', 'root:', reposDir]);
    publishLib(path.join(root, 'lib-work'), path.join(reposDir, `s${RUN}`, 'lib.git'), MODULE, 'v1.1.0');
    execFileSync('chown', ['-R', `${tb.GANTRY_TESTBED_SSH_USER}:`, reposDir]);
    writeConsumer(service, MODULE, 'v1.1.0');
    commitAll(service, COMMIT_TIME + 60, 'private library v1.1.0');

    const run = await gantry(args(['--ssh', 'default']), { env: { ...pushEnv(), SSH_AUTH_SOCK: sock } });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    expect(docker(['run', '--rm', '--network', 'none', outputs(run.stdout).image_ref])).toBe('hello from the private library v1.1.0');
  });

  test('an agent that does not answer is named before anything is built', async () => {
    const sock = path.join(root, 'agent.sock');
    if (agent?.pid) process.kill(agent.pid, 'SIGSTOP');
    try {
      const run = await gantry(args(['--ssh', 'default', '--push=false']), { env: { SSH_AUTH_SOCK: sock } });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`gantry: error: input 'ssh': the agent at ${sock} for id 'default' does not answer within 5s`);
      expect(run.stdout).not.toMatch(/^#\d+ /m);
    } finally {
      if (agent?.pid) process.kill(agent.pid, 'SIGCONT');
    }
  });
});
