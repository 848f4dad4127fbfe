import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { fixtureRepo, commitAll } from './support/fixture-repo';
import { listTags, manifestDigest } from './support/registry';

jest.setTimeout(Number(process.env.GANTRY_TEST_TIMEOUT ?? 600_000));

const COMMIT_TIME = 1_735_000_000;
let tb: Record<string, string>;
let repo: string;
let image: string;
let hello: string;

function outputs(run: GantryRun): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^ {2}([a-z_]+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

function pushEnv(): Record<string, string> {
  return { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() };
}

/** Runs an image on the main engine with host networking and fetches a path from it. */
async function runAndFetch(ref: string, port: number, urlPath: string): Promise<string> {
  const docker = (args: string[]) => execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: tb.DOCKER_HOST }, encoding: 'utf8' }).trim();
  const id = docker(['run', '-d', '--network', 'host', '-e', `PORT=${port}`, ref]);
  try {
    for (let i = 0; i < 50; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}${urlPath}`);
        return await res.text();
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`no answer from ${ref}: ${docker(['logs', id])}`);
  } finally {
    docker(['rm', '-f', id]);
  }
}

beforeAll(() => {
  tb = testbed();
  repo = `e2e/hello-${process.pid}`;
  image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
  hello = fixtureRepo('examples/hello', COMMIT_TIME, { tag: 'v1.0.0' });
});

function buildHello(dir: string, extra: string[] = []): Promise<GantryRun> {
  // BuildKit's own output is checked here; the direct path has direct-build.itg.test.ts.
  return gantry(['build', '--context', dir, '--image', image, '--version-variable', 'main.version', '--build-network', 'host', '--build-mode', 'buildkit', ...extra], { env: pushEnv() });
}

let cold: Promise<GantryRun> | undefined;
/** The first build of the tagged hello commit: shared by the tests that need it, whichever runs first. */
const coldBuild = () => (cold ??= buildHello(hello));

describe('gantry build on the real engine and registry', () => {
  test('cold build: pushed under commit-time, sha and git tags; digest is the registry\'s; the image answers', async () => {
    const first = await coldBuild();
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    const out = outputs(first);
    const sha = execFileSync('git', ['-C', hello, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const tags = await listTags(repo);
    expect(tags).toEqual(expect.arrayContaining([String(COMMIT_TIME), sha.slice(0, 7), 'v1.0.0']));
    expect(out.commit_time).toBe(String(COMMIT_TIME));
    expect(out.go_version).toBe('1.22');
    expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await manifestDigest(repo, String(COMMIT_TIME))).toBe(out.digest);
    expect(out.image_ref).toBe(`${image}@${out.digest}`);
    // Progress is BuildKit's steps as a user sees them.
    expect(first.stdout).toMatch(/#\d+ \[build \d+\/\d+\] RUN .*go mod download/);
    expect(first.stdout).toMatch(/#\d+ DONE \d+\.\d+s/);
    const body = await runAndFetch(out.image_ref, 18081, '/');
    expect(JSON.parse(body)).toMatchObject({ service: 'hello', version: 'v1.0.0' });
  });

  test('the same commit built again gives the same image config and digest', async () => {
    const first = await coldBuild();
    expect(first.code).toBe(0);
    const again = await buildHello(hello);
    expect(again.code).toBe(0);
    expect(outputs(again).image_id).toBe(outputs(first).image_id);
    expect(outputs(again).digest).toBe(outputs(first).digest);
    expect(again.stdout).toMatch(/unchanged: the registry had every layer/);
  });

  test('a one-line edit reuses the module and build caches (BuildKit\'s own output)', async () => {
    // A checkout of its own, built once so the engine's caches hold it, then edited.
    const dir = fixtureRepo('examples/hello', COMMIT_TIME);
    const editRepo = `${repo}-edit`;
    const editImage = `${tb.GANTRY_TESTBED_REGISTRY}/${editRepo}`;
    expect((await gantry(['build', '--context', dir, '--image', editImage, '--build-network', 'host', '--build-mode', 'buildkit'], { env: pushEnv() })).code).toBe(0);
    fs.appendFileSync(path.join(dir, 'main.go'), `\nvar edited = ${Date.now()} // a one-line edit unique to this run\n`);
    commitAll(dir, COMMIT_TIME + 60, 'one-line edit');
    const edit = await gantry(['build', '--context', dir, '--image', editImage, '--build-network', 'host', '--build-mode', 'buildkit'], { env: pushEnv() });
    expect(edit.code).toBe(0);
    const lines = edit.stdout.split('\n');
    // The module download step is served from cache...
    const download = lines.find((l) => /\] RUN .*go mod download/.test(l));
    const step = download?.split(' ')[0];
    expect(lines.some((l) => l.startsWith(`${step} `) && l.endsWith(' CACHED'))).toBe(true);
    // ...and `go build -v` lists only the edited module's packages: the standard library
    // and the dependencies come out of the compiler cache mount.
    const buildStep = lines.find((l) => /\] RUN .*go build -v/.test(l))?.split(' ')[0] as string;
    const compiled = lines.filter((l) => l.startsWith(`${buildStep} `) && !/RUN|DONE|CACHED|ERROR/.test(l)).map((l) => l.slice(buildStep.length + 1).trim());
    expect(compiled.length).toBeGreaterThan(0);
    expect(compiled.every((p) => p.startsWith('example.com/hello'))).toBe(true);
    expect(edit.stdout).not.toMatch(/go: downloading/);
    expect(await listTags(editRepo)).toContain(String(COMMIT_TIME + 60));
  });

  test('a vendored service builds on Go 1.19; push false keeps it local', async () => {
    const dir = fixtureRepo('test/fixtures/go/vendored', COMMIT_TIME);
    // BuildKit's generated Dockerfile, whose module download step is left out for a vendored service;
    // its Go 1.19 cache mounts are the ones services.itg.test.ts's worker builds with (in the builds
    // lane's engine, whichever of the two runs first compiles Go 1.19's standard library for both).
    const run = await gantry(['build', '--context', dir, '--push=false', '--build-network', 'none', '--build-mode', 'buildkit']);
    expect(run.code).toBe(0);
    expect(outputs(run).go_version).toBe('1.19');
    expect(run.stdout).not.toMatch(/go mod download/);
    expect(outputs(run).digest ?? '').toBe('');
  });

  test('a user Dockerfile is built unchanged', async () => {
    const dir = fixtureRepo('examples/hello', COMMIT_TIME);
    // Two stages, the context copied, a RUN, a label of its own; no compile (it has no cache mount:
    // go build here would compile the standard library anew, proving nothing more about gantry).
    fs.writeFileSync(path.join(dir, 'Own.Dockerfile'), 'FROM golang:1.22 AS b\nWORKDIR /s\nCOPY . .\nRUN test -f main.go && go version > /built-with\nFROM scratch\nCOPY --from=b /built-with /built-with\nLABEL own=yes\n');
    const run = await gantry(['build', '--context', dir, '--dockerfile', path.join(dir, 'Own.Dockerfile'), '--push=false', '--build-network', 'none']);
    expect(run.code).toBe(0);
    const labels = execFileSync('docker', ['image', 'inspect', '-f', '{{json .Config.Labels}}', outputs(run).image_id], { env: { ...process.env, DOCKER_HOST: tb.DOCKER_HOST }, encoding: 'utf8' });
    expect(JSON.parse(labels)).toMatchObject({ own: 'yes', 'org.opencontainers.image.created': '2024-12-24T00:26:40Z' });
  });

  test('plan prints the Dockerfile, tags and labels without an engine', async () => {
    const run = await gantry(['plan', '--context', hello, '--image', image], { env: { DOCKER_HOST: 'unix:///nonexistent.sock' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('FROM golang:1.22 AS build');
    expect(run.stdout).toContain(`${image}:${COMMIT_TIME}`);
    expect(run.stdout).toContain('org.opencontainers.image.revision=');
  });

  test('plan without image shows a placeholder repository and says so', async () => {
    const run = await gantry(['plan', '--context', hello], { env: { DOCKER_HOST: 'unix:///nonexistent.sock' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# image is not set: tags below are shown on the placeholder repository gantry-local/hello');
    expect(run.stdout).toContain(`gantry-local/hello:${COMMIT_TIME}`);
  });
});

// Bad input refused before the engine (every input check, command all's deploy inputs before its
// build) is test/unit/frontends/bad-input.test.ts, which runs the CLI without an engine. Here are the
// rows whose point is the real engine's or registry's answer.
describe('bad input the engine or registry refuses: one line naming it, exit 1, no stack trace, nothing pushed', () => {
  // Rows push (if they pushed at all) to a repository of their own, which must stay empty.
  const badRepo = () => `e2e/bad-input-${process.pid}`;
  const bad = () => `${tb.GANTRY_TESTBED_REGISTRY}/${badRepo()}`;
  const cases: Array<[string, () => string[], RegExp, Record<string, string>?]> = [
    ['builder image the engine cannot get', () => ['build', '--context', hello, '--image', bad(), '--go-version', '1.99', '--build-network', 'host'], /input 'go_version': the engine cannot get builder image 'golang:1.99'/],
    // The build is the cold build's, served from the engine's cache: only the push differs.
    ['wrong registry credentials', () => ['build', '--context', hello, '--image', bad(), '--version-variable', 'main.version', '--build-network', 'host', '--build-mode', 'buildkit'], /registry 10\.231\.0\.1:5000 refused (the push|HEAD|POST|PUT) .*registry_username and registry_password/, { GANTRY_REGISTRY_USERNAME: 'gantry', GANTRY_REGISTRY_PASSWORD: 'wrong-password' }],
    ['compile error', () => ['build', '--context', fixtureRepo('test/fixtures/go/broken', COMMIT_TIME), '--push=false', '--build-network', 'none'], /build failed at .*go build.*undefined: nosuch/],
  ];
  // Every row gets all its values: with fewer, jest would take the last parameter for `done`.
  const rows = cases.map(([name, args, message, env]) => [name, args, message, env ?? {}] as const);
  test.each(rows)('%s', async (_name, args, message, env) => {
    const run = await gantry(args(), { env: { ...pushEnv(), ...env } });
    expect(run.code).toBe(1);
    const errorLines = run.stderr.split('\n').filter((l) => l.startsWith('gantry: error:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout + run.stderr).not.toContain('wrong-password');
    expect(await listTags(badRepo())).toEqual([]);
  });
});
