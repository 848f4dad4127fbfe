/**
 * The GitLab component's runner image (Dockerfile.runner), built the way .gitlab-ci.yml builds
 * it: by gantry itself, from this repository. No image can be pulled and no package installed in
 * an image build here, so the node:24 base is a stand-in: the bed's debian:bookworm-slim (made
 * with git) and a Node 24 binary (scripts/node24.sh); the Go comes from the bed's golang:1.22. The image must work as a GitLab job image:
 * a shell, no entrypoint of its own, `gantry` on PATH, Node 24, and git for only_changed.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, testbed } from './support/testbed';
import { gantry } from './support/gantry';
import { VERSION } from '../../src/version';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { node24 } from './support/github-runner';

jest.setTimeout(600_000);

const NODE_STAND_IN = `gantry-e2e/node:24-${process.pid}`;
const IMAGE = `gantry-e2e/runner-${process.pid}`;
const ONLY_CHANGED = `gantry-e2e/only-changed-${process.pid}`;
// The commit that changes edge; gantry.yml tags edge {commit_time} and go{go_version}.
const EDGE_TIME = 1_737_000_060;
let tb: Record<string, string>;

function docker(args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  const r = spawnSync('docker', args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: tb.DOCKER_HOST, DOCKER_CONFIG: path.join(os.tmpdir(), 'gantry-e2e-frontends-docker'), ...env },
  });
  return { code: r.status ?? -1, out: r.stdout.trim(), err: r.stderr.trim() };
}

beforeAll(() => {
  tb = testbed();
  const ctx = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-node-stand-in-'));
  try {
    fs.copyFileSync(node24(), path.join(ctx, 'node'));
    fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM debian:bookworm-slim\nCOPY node /usr/local/bin/node\n');
    const built = docker(['build', '-q', '-t', NODE_STAND_IN, ctx], { DOCKER_BUILDKIT: '0' });
    if (built.code !== 0) throw new Error(`node stand-in: ${built.err}`);
  } finally {
    fs.rmSync(ctx, { recursive: true, force: true });
  }
});

afterAll(() => {
  docker(['image', 'rm', '-f', `${IMAGE}:latest`, NODE_STAND_IN, `${ONLY_CHANGED}/edge:${EDGE_TIME}`, `${ONLY_CHANGED}/edge:go1.24`]);
});

test('gantry builds Dockerfile.runner from this repository; the image runs gantry as a GitLab job would', async () => {
  const build = await gantry(['build', '--context', ROOT, '--dockerfile', path.join(ROOT, 'Dockerfile.runner'), '--build-args', `NODE_IMAGE=${NODE_STAND_IN}\nGO_IMAGE=golang:1.22`, '--image', IMAGE, '--tags', 'latest', '--no-push', '--build-network', 'none']);
  if (build.code !== 0) throw new Error(build.stdout + build.stderr);
  // `gantry --version` ran inside the build, as the Dockerfile's last step.
  expect(build.stdout).toContain(`gantry ${VERSION}`);

  const inspect = JSON.parse(docker(['image', 'inspect', `${IMAGE}:latest`]).out)[0] as { Config: { Entrypoint: string[] | null; Cmd: string[] } };
  expect(inspect.Config.Entrypoint ?? []).toEqual([]);

  // GitLab's docker executor runs its script with the image's shell.
  const job = docker(['run', '--rm', '--network', 'none', `${IMAGE}:latest`, 'sh', '-c', 'command -v gantry && gantry --version']);
  expect(job).toMatchObject({ code: 0, out: `/usr/local/bin/gantry\ngantry ${VERSION}` });

  // Node 24, git and Go, as the component's jobs need them (Go: builds without an engine).
  const tools = docker(['run', '--rm', '--network', 'none', `${IMAGE}:latest`, 'sh', '-c', 'node --version && git --version && go version']);
  expect(tools.code).toBe(0);
  expect(tools.out).toMatch(/^v24\.\d+\.\d+\ngit version \d.*\ngo version go1\.22\.\d+ linux\//);

  // Without a checkout, commit facts come from GitLab's CI_COMMIT_* variables.
  const plan = docker([
    'run', '--rm', '--network', 'none', '-v', `${path.join(ROOT, 'examples/hello')}:/builds/acme/hello:ro`, '-w', '/builds/acme/hello',
    '-e', 'CI_COMMIT_SHA=0123456789abcdef0123456789abcdef01234567', '-e', 'CI_COMMIT_TIMESTAMP=2025-01-02T03:04:05+00:00', '-e', 'CI_COMMIT_TAG=v9.8.7',
    '-e', 'GANTRY_IMAGE=registry.example.com/acme/hello', `${IMAGE}:latest`, 'gantry', 'plan',
  ]);
  expect(plan.code).toBe(0);
  expect(plan.out).toContain('registry.example.com/acme/hello:1735787045');
  expect(plan.out).toContain('registry.example.com/acme/hello:0123456');
  expect(plan.out).toContain('registry.example.com/acme/hello:v9.8.7');
});

test('only_changed inside the runner image: git finds the changed service, only it is built', () => {
  const repo = fixtureRepo('test/fixtures/go/services', 1_737_000_000);
  try {
    const main = path.join(repo, 'edge/main.go');
    fs.writeFileSync(main, `${fs.readFileSync(main, 'utf8')}\n// changed by ${process.pid}\n`);
    commitAll(repo, EDGE_TIME, 'edge change');
    const head = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    // As GitLab's docker executor runs a job: the checkout in /builds, the engine's socket mounted.
    const socket = tb.DOCKER_HOST.replace(/^unix:\/\//, '');
    const run = docker([
      'run', '--rm', '--network', 'none', '-v', `${repo}:/builds/acme/services`, '-w', '/builds/acme/services', '-v', `${socket}:/var/run/docker.sock`,
      '-e', 'DOCKER_HOST=unix:///var/run/docker.sock', `${IMAGE}:latest`,
      // BuildKit's cache mounts, as services.itg.test.ts builds this fixture: the engine compiles Go 1.24's
      // standard library once for both.
      'gantry', 'build', '--config', 'gantry.yml', '--only-changed', 'HEAD~1', '--image', ONLY_CHANGED, '--no-push', '--build-network', 'none', '--build-mode', 'buildkit',
    ]);
    if (run.code !== 0) throw new Error(`${run.out}\n${run.err}`);
    expect(run.out).toMatch(/only_changed HEAD~1: 1 changed path\(s\); building edge, skipping api, worker/);
    expect(run.out).toMatch(/^edge: built /m);
    expect(run.out).toMatch(/^api: skipped$/m);
    // The commit facts came from git in the image: the edge image is labelled with this commit.
    const labels = JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config.Labels}}', `${ONLY_CHANGED}/edge:${EDGE_TIME}`]).out) as Record<string, string>;
    expect(labels['org.opencontainers.image.revision']).toBe(head);
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
});
