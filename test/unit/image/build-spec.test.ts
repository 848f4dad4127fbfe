import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseBuildSpec, BuildMode } from '../../../src/image/build-spec';
import { planOnly } from '../../../src/image/plan-command';
import { ciCommitTime } from '../../../src/git';
import { parseInputs } from '../../../src/inputs';
import { MemoryReporter } from '../../../src/reporter';

const ROOT = path.resolve(__dirname, '../../..');
const HELLO = path.join(ROOT, 'examples/hello');
let scratch: string;
/** examples/hello copied out of any git checkout, and one committed at a known time. */
let noGit: string;
let committed: string;
const COMMIT_TIME = 1_735_000_000;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-build-spec-'));
  noGit = path.join(scratch, 'no-git');
  committed = path.join(scratch, 'committed');
  fs.cpSync(HELLO, noGit, { recursive: true });
  fs.cpSync(HELLO, committed, { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_DATE: `@${COMMIT_TIME} +0000`, GIT_COMMITTER_DATE: `@${COMMIT_TIME} +0000`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  execFileSync('git', ['-C', committed, 'init', '-q', '-b', 'main'], { env });
  execFileSync('git', ['-C', committed, 'add', '-A'], { env });
  execFileSync('git', ['-C', committed, 'commit', '-q', '-m', 'hello'], { env });
  fs.writeFileSync(path.join(scratch, 'a-file'), 'not a folder\n');
  fs.symlinkSync('loop', path.join(scratch, 'loop'));
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const readGoMod = (dir: string): string | null => {
  try {
    return fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
  } catch {
    return null;
  }
};
const spec = (raw: Record<string, string>, mode: BuildMode = 'build') =>
  parseBuildSpec(parseInputs({ context: committed, image: 'registry.example.com/team/hello', cache_dir: 'none', ...raw }), { readGoMod }, mode);

/** Runs `gantry plan` in process; returns what it printed, or the error's message. */
async function plan(raw: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<{ lines: string[]; error: string }> {
  const reporter = new MemoryReporter();
  try {
    await planOnly(parseInputs({ context: committed, cache_dir: 'none', ...raw }), reporter, env);
    return { lines: reporter.lines, error: '' };
  } catch (err) {
    return { lines: reporter.lines, error: (err as Error).message };
  }
}

describe('build-side bad input: one line naming the input and what is expected, before anything is built', () => {
  const rows: Array<[string, Record<string, string>, RegExp]> = [
    ['ldflags with a line break (it would add a RUN step)', { ldflags: '-s -w\nRUN touch /pwned' }, /^input 'ldflags': holds a line break; expected linker flags on one line, such as -s -w$/],
    ['builder_image with an unknown placeholder', { builder_image: 'golang:{go_versoin}' }, /^input 'builder_image': unknown placeholder \{go_versoin\} in 'golang:\{go_versoin\}'; expected an image reference with \{go_version\} as its only placeholder/],
    ['builder_image that is no image reference', { builder_image: 'golang:{go_version} AS x\nRUN id' }, /^input 'builder_image': holds a line break; expected an image reference/],
    ['runtime_image with spaces', { runtime_image: 'alpine latest' }, /^input 'runtime_image': 'alpine latest' is not an image reference; expected scratch, distroless, alpine, debian-slim or an image reference/],
    ['runtime_image with ;', { runtime_image: 'alpine;id' }, /^input 'runtime_image': 'alpine;id' is not an image reference/],
    ['runtime_image with a line break', { runtime_image: 'scratch\nRUN id' }, /^input 'runtime_image': holds a line break/],
    ['main_package with shell characters (it reaches the go build line)', { main_package: './cmd/api;id' }, /^input 'main_package': '.\/cmd\/api;id' has characters a package folder should not have; expected a package path relative to the context/],
    ['main_package outside the context', { main_package: '../other' }, /^input 'main_package': '..\/other' is outside the context/],
    ['goproxy with a quote (it reaches an ENV line)', { goproxy: 'https://p.example.com" X="1' }, /^input 'goproxy': .* has spaces, quotes, \$ or backslashes; expected a GOPROXY list/],
    ['goproxy with $', { goproxy: 'https://$HOST' }, /^input 'goproxy': 'https:\/\/\$HOST' has spaces, quotes/],
    ['binaries_dir that is an existing file', { binaries_dir: '@scratch/a-file' }, /^input 'binaries_dir': '.*a-file' is a file; expected a folder \(created when missing\)$/],
    ['binaries_dir under a file', { binaries_dir: '@scratch/a-file/bin' }, /^input 'binaries_dir': '.*a-file\/bin' lies under the file '.*a-file'; expected a folder/],
    ['binaries_dir that is a link loop', { binaries_dir: '@scratch/loop' }, /^input 'binaries_dir': '.*loop' is a symbolic link loop; expected a folder/],
    ['binaries_dir under a link loop', { binaries_dir: '@scratch/loop/bin' }, /^input 'binaries_dir': '.*loop\/bin' lies under '.*loop', which is a symbolic link loop/],
    ['cache_dir that is an existing file', { cache_dir: '@scratch/a-file' }, /^input 'cache_dir': '.*a-file' is a file; expected a folder/],
    ['a build arg named like a secret', { build_args: 'API_TOKEN=abc123' }, /^input 'build_args': build arg API_TOKEN looks like a secret \(its name has TOKEN\).*expected no secrets in build_args; pass it as a build secret instead: secret_envs 'api_token=API_TOKEN'/],
    ['a platform gantry cannot cross-compile for', { platforms: 'linux/sparc' }, /^input 'platforms': 'linux\/sparc' is not a platform gantry can cross-compile for; expected os\/arch/],
    ['a context that is no folder', { context: '@scratch/a-file' }, /^input 'context': '.*a-file' is not a folder; expected the folder holding the service$/],
    ['push without image', { image: '' }, /^input 'image': is empty but push is true; expected a repository/],
    ['an image with a tag', { image: 'registry.example.com/team/hello:v1' }, /^input 'image': .* has a tag or digest/],
    ['labels line without =', { labels: 'novalue' }, /^input 'labels': line 1 'novalue' has no '='/],
    ['a label in gantry\'s namespace', { labels: 'team=a\ndev.gantry.service=web' }, /^input 'labels': the key 'dev.gantry.service' is in gantry's own label namespace dev.gantry.\* \(gantry finds its containers and images by these labels\)/],
    ['a label in gantry\'s other namespace', { labels: 'ORG.GANTRY.builder=x' }, /^input 'labels': the key 'ORG.GANTRY.builder' is in gantry's own label namespace org.gantry.\*/],
  ];
  const at = (raw: Record<string, string>) => Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.replace('@scratch', scratch)]));

  test.each(rows)('%s', (_name, raw, message) => {
    let error = '';
    try {
      spec(at(raw));
    } catch (err) {
      error = (err as Error).message;
    }
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });

  test.each(rows.filter(([, raw]) => raw.image === undefined))('plan refuses it too: %s', async (_name, raw, message) => {
    const out = await plan(at(raw));
    expect(out.error).toMatch(message);
    // Refused before anything is printed: no Dockerfile, no build arg value.
    expect(out.lines.join('\n')).not.toMatch(/FROM|abc123/);
  });

  test('a gantry.yml service\'s bad input names the file and the service', () => {
    const dir = path.join(scratch, 'config');
    fs.mkdirSync(dir, { recursive: true });
    const inputs = parseInputs({ config: path.join(dir, 'gantry.yml'), image: 'registry.example.com/team', cache_dir: 'none' });
    expect(() => parseBuildSpec(inputs, { readGoMod, configText: `services:\n  api:\n    context: ${committed}\n    ldflags: "-s\\nRUN id"\n` })).toThrow(
      /gantry\.yml: service 'api': input 'ldflags': holds a line break/,
    );
  });
});

describe('git facts outside a checkout', () => {
  test('tags that need git say the context is not a git repository and what to do', async () => {
    const out = await plan({ context: noGit });
    expect(out.error).toMatch(/^input 'tags': renders no tag: '.*no-git' is not a git repository and no CI_COMMIT_SHA or GITHUB_SHA is set.*; expected a context inside a git checkout \(git init && git commit, or a CI checkout\), or a template without git placeholders such as dev/);
    expect(out.error).not.toMatch(/e\.g\. \{short_sha\}/);
  });

  test('a template without git placeholders builds there', async () => {
    const out = await plan({ context: noGit, tags: 'dev-{go_version}' });
    expect(out.error).toBe('');
    expect(out.lines).toContain('  gantry-local/hello:dev-1.22');
  });

  test('CI_COMMIT_TIMESTAMP that is no time is an error naming the variable', async () => {
    const out = await plan({ context: noGit }, { CI_COMMIT_SHA: 'abcdef0123456789abcdef0123456789abcdef01', CI_COMMIT_TIMESTAMP: 'yesterday' });
    expect(out.error).toMatch(/^variable CI_COMMIT_TIMESTAMP: 'yesterday' is not a time \(\{commit_time\} and the image's creation time come from it outside a git checkout\); expected an ISO 8601 time such as 2024-12-24T00:26:40Z/);
  });

  test('GitLab\'s CI_COMMIT_TIMESTAMP gives {commit_time} outside a checkout', async () => {
    const out = await plan({ context: noGit }, { CI_COMMIT_SHA: 'abcdef0123456789abcdef0123456789abcdef01', CI_COMMIT_TIMESTAMP: '2024-12-24T00:26:40+00:00' });
    expect(out.error).toBe('');
    expect(out.lines).toEqual(expect.arrayContaining(['  gantry-local/hello:1735000000', '  gantry-local/hello:abcdef0']));
  });

  test.each([
    ['2024-12-24T00:26:40Z', 1_735_000_000],
    ['2024-12-24T01:26:40+01:00', 1_735_000_000],
    ['2024-12-24T00:26:40.5Z', 1_735_000_000],
  ])('CI_COMMIT_TIMESTAMP %s', (text, seconds) => {
    expect(ciCommitTime(text)).toBe(seconds);
  });

  test.each(['yesterday', '2024-12-24', '1735000000', ''])('CI_COMMIT_TIMESTAMP %j is refused', (text) => {
    expect(() => ciCommitTime(text)).toThrow(/variable CI_COMMIT_TIMESTAMP/);
  });
});

describe('gantry plan makes the checks build makes', () => {
  test('without image: a placeholder repository, said in its output', async () => {
    const out = await plan({});
    expect(out.error).toBe('');
    expect(out.lines[0]).toBe('# image is not set: tags below are shown on the placeholder repository gantry-local/hello; set image to name yours');
    expect(out.lines).toContain(`  gantry-local/hello:${COMMIT_TIME}`);
  });

  test('says which build path the build takes and why; build_mode direct with goprivate is refused', async () => {
    const container = { builder: 'container' };
    expect((await plan(container)).lines).toContain('# build path: direct (generated Dockerfile, no build secrets, SSH or private modules)');
    expect((await plan({ ...container, build_mode: 'buildkit' })).lines).toContain('# build path: buildkit (because build_mode is buildkit)');
    expect((await plan({ ...container, goprivate: 'git.example.com/team' })).lines).toContain('# build path: buildkit (because private modules (goprivate) are fetched in BuildKit with their credentials mounted)');
    expect((await plan({ goprivate: 'git.example.com/team', build_mode: 'direct' })).error).toMatch(/^input 'build_mode': is direct but private modules \(goprivate\) .* \(input 'goprivate'\); expected auto or buildkit/);
  });

  test('says which builder the build takes and why, as the build does', async () => {
    // A stand-in Go 1.22 installation: go_root is searched first, so the machine's own Go does not matter.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-goroot-'));
    fs.mkdirSync(path.join(root, 'bin'));
    fs.writeFileSync(path.join(root, 'bin', 'go'), '#!/bin/sh\necho "go version go1.22.7 linux/amd64"\n', { mode: 0o755 });
    const host = await plan({ go_root: root });
    expect(host.lines).toContain(`# builder: host (a Go toolchain is here and the build needs no engine: Go 1.22.7 from go_root (${root}/bin/go))`);
    expect(host.lines.some((l) => l.startsWith('# build path:'))).toBe(false);
    expect((await plan({ go_root: root, build_mode: 'buildkit' })).lines).toContain('# builder: container (because build_mode buildkit names a container path)');
    expect((await plan({ builder: 'container' })).lines).toContain('# builder: container (because builder is container)');
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('platforms linux/arm64 prints the arm64 Dockerfile', async () => {
    const out = await plan({ image: 'registry.example.com/team/hello', platforms: 'linux/arm64' });
    expect(out.error).toBe('');
    const text = out.lines.join('\n');
    expect(text).toContain('GOOS=linux GOARCH=arm64');
    expect(text).toContain('id=gantry-gobuild-1.22-linux-arm64');
    expect(text).not.toContain('GOARCH=amd64');
    expect(out.lines).toContain(`  registry.example.com/team/hello:${COMMIT_TIME}`);
  });

  test('several platforms: each Dockerfile, the index tags and each platform\'s tags', async () => {
    const out = await plan({ image: 'registry.example.com/team/hello', platforms: 'linux/amd64,linux/arm64', tags: '{commit_time}' });
    const text = out.lines.join('\n');
    expect(text).toContain('# platform linux/amd64');
    expect(text).toContain('# platform linux/arm64');
    expect(text).toContain('GOARCH=amd64');
    expect(text).toContain('GOARCH=arm64');
    const tags = out.lines.filter((l) => l.startsWith('  registry.example.com/'));
    expect(tags).toEqual([
      `  registry.example.com/team/hello:${COMMIT_TIME}`,
      `  registry.example.com/team/hello:${COMMIT_TIME}-linux-amd64`,
      `  registry.example.com/team/hello:${COMMIT_TIME}-linux-arm64`,
    ]);
  });

  test('a build arg named like a secret passes with allow_secret_build_args, with a warning at build time', () => {
    expect(spec({ build_args: 'API_TOKEN=abc123', allow_secret_build_args: 'true' }).services[0].buildArgs).toEqual([['API_TOKEN', 'abc123']]);
  });
});

describe('build args that carry a secret', () => {
  test('a value from secret_envs in a build arg is named as that secret, before anything is built', () => {
    const inputs = parseInputs({ context: committed, image: 'registry.example.com/team/hello', cache_dir: 'none', secret_envs: 'datakey=DATAKEY', build_args: 'CONFIG_SEED=dk-0123456789' });
    expect(() => parseBuildSpec(inputs, { readGoMod, env: { DATAKEY: 'dk-0123456789' } })).toThrow(
      /^input 'build_args': build arg CONFIG_SEED carries the value of secret 'datakey': build args stay in the image history and the build cache/,
    );
    expect(parseBuildSpec(inputs, { readGoMod, env: { DATAKEY: 'another-value-entirely' } }).services[0].buildArgs).toEqual([['CONFIG_SEED', 'dk-0123456789']]);
  });

  test.each([
    ['the registry password as a build arg', { registry_password: 'pw-Zq81-never-shown', build_args: 'SEED=pw-Zq81-never-shown' }, /^input 'build_args': SEED carries the value of the secret registry_password, and build_args land in the image/],
    ['inside a longer value, even with allow_secret_build_args', { registry_password: 'pw-Zq81-never-shown', build_args: 'URL=https://ci:pw-Zq81-never-shown@host', allow_secret_build_args: 'true' }, /^input 'build_args': URL carries the value of the secret registry_password/],
    ['a secret_env value as a label', { secret_env: 'DB_URL=postgres://u:s3cr3t-db-pass@db/app', labels: 'db=postgres://u:s3cr3t-db-pass@db/app' }, /^input 'labels': db carries the value of the secret secret_env DB_URL/],
  ])("%s is refused, the secret named, its value never shown", (_name, raw, message) => {
    const inputs = parseInputs({ context: committed, image: 'registry.example.com/team/hello', cache_dir: 'none', ...raw });
    let text = '';
    try {
      parseBuildSpec(inputs, { readGoMod, env: {} });
    } catch (err) {
      text = (err as Error).message;
    }
    expect(text).toMatch(message);
    expect(text).not.toContain('Zq81');
    expect(text).not.toContain('s3cr3t');
  });
});
