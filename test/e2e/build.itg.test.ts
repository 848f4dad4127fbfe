import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { ROOT, registryPassword, testbed } from './support/testbed';
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
    const run = await gantry(['build', '--context', dir, '--push=false', '--build-network', 'none']);
    expect(run.code).toBe(0);
    expect(outputs(run).go_version).toBe('1.19');
    expect(run.stdout).not.toMatch(/go mod download/);
    expect(outputs(run).digest ?? '').toBe('');
  });

  test('a user Dockerfile is built unchanged', async () => {
    const dir = fixtureRepo('examples/hello', COMMIT_TIME);
    fs.writeFileSync(path.join(dir, 'Own.Dockerfile'), 'FROM golang:1.22 AS b\nWORKDIR /s\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /hello .\nFROM scratch\nCOPY --from=b /hello /hello\nLABEL own=yes\nENTRYPOINT ["/hello"]\n');
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

describe('bad input: one line naming the input, exit 1 (2 for usage), no stack trace, nothing pushed', () => {
  // Rows push (if they pushed at all) to a repository of their own, which must stay empty.
  const badRepo = () => `e2e/bad-input-${process.pid}`;
  const bad = () => `${tb.GANTRY_TESTBED_REGISTRY}/${badRepo()}`;
  const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bad-input-'));
  /** hello copied outside any git checkout. */
  const noGit = () => {
    const dir = scratch();
    fs.cpSync(path.join(ROOT, 'examples/hello'), dir, { recursive: true });
    return dir;
  };
  const aFile = () => {
    const f = path.join(scratch(), 'binaries');
    fs.writeFileSync(f, 'a file, not a folder\n');
    return f;
  };
  // command all with bad deploy inputs: refused before the build, so this repository stays empty.
  const allRepo = () => `${repo}-all-refused`;
  // Good inputs for a build, push and deploy; each row replaces one (a repeated option would be refused as such).
  const all = (over: Record<string, string>) => {
    const flags: Record<string, string> = {
      '--context': hello, '--image': `${tb.GANTRY_TESTBED_REGISTRY}/${allRepo()}`, '--build-network': 'host', '--hosts': tb.GANTRY_TESTBED_HOSTS.split(',')[0],
      '--known-hosts': tb.GANTRY_TESTBED_KNOWN_HOSTS, '--ssh-private-key': tb.GANTRY_TESTBED_SSH_KEY, ...over,
    };
    return ['all', ...Object.entries(flags).flat()];
  };
  const cases: Array<[string, () => string[], RegExp, Record<string, string>?]> = [
    ['all: a host with a shell character', () => all({ '--hosts': '10.0.0.1;id' }), /input 'hosts': '10\.0\.0\.1;id'/],
    ['all: health_timeout 0', () => all({ '--health-timeout': '0' }), /input 'health_timeout': '0' is less than 1/],
    ['all: health_timeout past the timer', () => all({ '--health-timeout': '2147484' }), /input 'health_timeout': '2147484' is more than 86400/],
    ['all: a known_hosts file that is not there', () => all({ '--known-hosts': '/nonexistent/known_hosts' }), /input 'known_hosts': the file '\/nonexistent\/known_hosts' does not exist/],
    ['invalid image reference', () => ['build', '--context', hello, '--image', 'Bad Image'], /input 'image'/],
    ['unknown tag placeholder', () => ['build', '--context', hello, '--image', bad(), '--tags', '{nope}'], /input 'tags': unknown placeholder \{nope\}/],
    ['invalid rendered tag', () => ['build', '--context', hello, '--image', bad(), '--tags', 'x/{short_sha}'], /input 'tags': .* not a valid tag/],
    ['no go.mod and no go_version', () => ['build', '--context', path.dirname(hello), '--image', bad()], /input 'go_version': is empty and there is no go.mod/],
    ['missing main package', () => ['build', '--context', hello, '--image', bad(), '--main-package', './cmd/nope'], /input 'main_package'/],
    ['missing dockerfile', () => ['build', '--context', hello, '--image', bad(), '--dockerfile', '/nonexistent/Dockerfile'], /input 'dockerfile': .* does not exist/],
    ['builder image the engine cannot get', () => ['build', '--context', hello, '--image', bad(), '--go-version', '1.99', '--build-network', 'host'], /input 'go_version': the engine cannot get builder image 'golang:1.99'/],
    ['unreachable engine', () => ['build', '--builder', 'container', '--context', hello, '--image', bad()], /cannot reach the Docker engine at DOCKER_HOST=unix:\/\/\/nonexistent.sock/, { DOCKER_HOST: 'unix:///nonexistent.sock' }],
    ['wrong registry credentials', () => ['build', '--context', hello, '--image', bad(), '--build-network', 'host'], /registry 10\.231\.0\.1:5000 refused (the push|HEAD|POST|PUT) .*registry_username and registry_password/, { GANTRY_REGISTRY_USERNAME: 'gantry', GANTRY_REGISTRY_PASSWORD: 'wrong-password' }],
    ['compile error', () => ['build', '--context', fixtureRepo('test/fixtures/go/broken', COMMIT_TIME), '--push=false', '--build-network', 'none'], /build failed at .*go build.*undefined: nosuch/],
    ['unknown option', () => ['build', '--colour', 'red'], /unknown option '--colour'/],
    ['ldflags with a line break (it would add a RUN step)', () => ['build', '--context', hello, '--image', bad(), '--ldflags', '-s -w\nRUN touch /pwned'], /input 'ldflags': holds a line break; expected linker flags on one line/],
    ['builder_image with an unknown placeholder', () => ['build', '--context', hello, '--image', bad(), '--builder-image', 'golang:{go_versoin}'], /input 'builder_image': unknown placeholder \{go_versoin\}/],
    ['runtime_image with ;', () => ['build', '--context', hello, '--image', bad(), '--runtime-image', 'alpine;id'], /input 'runtime_image': 'alpine;id' is not an image reference/],
    ['runtime_image with a space', () => ['build', '--context', hello, '--image', bad(), '--runtime-image', 'alpine latest'], /input 'runtime_image': 'alpine latest' is not an image reference/],
    ['binaries_dir that is a file', () => ['build', '--context', hello, '--image', bad(), '--binaries-dir', aFile()], /input 'binaries_dir': .* is a file; expected a folder/],
    ['outside a git checkout', () => ['build', '--context', noGit(), '--image', bad()], /input 'tags': renders no tag: .* is not a git repository .*; expected a context inside a git checkout/],
    ['CI_COMMIT_TIMESTAMP that is no time', () => ['build', '--context', noGit(), '--image', bad()], /variable CI_COMMIT_TIMESTAMP: 'yesterday' is not a time/, { CI_COMMIT_SHA: 'abcdef0123456789abcdef0123456789abcdef01', CI_COMMIT_TIMESTAMP: 'yesterday' }],
    ['plan: a build arg named like a secret', () => ['plan', '--context', hello, '--build-args', 'API_TOKEN=wrong-password'], /input 'build_args': build arg API_TOKEN looks like a secret/],
    ['plan: a platform gantry cannot build', () => ['plan', '--context', hello, '--platforms', 'linux/sparc'], /input 'platforms': 'linux\/sparc' is not a platform/],
  ];
  // Every row gets all its values: with fewer, jest would take the last parameter for `done`.
  // Exit code 2 is wrong usage of the command line; 1 is bad input or a failed build or push.
  const rows = cases.map(([name, args, message, env]) => [name, args, message, env ?? {}, name === 'unknown option' ? 2 : 1] as const);
  test.each(rows)('%s', async (_name, args, message, env, code) => {
    const run = await gantry(args(), { env: { ...pushEnv(), ...env } });
    expect(run.code).toBe(code);
    const errorLines = run.stderr.split('\n').filter((l) => l.startsWith('gantry: error:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout + run.stderr).not.toContain('wrong-password');
    expect(await listTags(badRepo())).toEqual([]);
  });

  test('nothing was pushed for the refused deploys of command all', async () => {
    expect(await listTags(allRepo())).toEqual([]);
  });
});
