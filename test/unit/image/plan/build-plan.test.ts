import { planBuild, platformPlan, BuildFacts } from '../../../../src/image/plan/build-plan';
import { parseBuildSpec } from '../../../../src/image/build-spec';
import { parseInputs } from '../../../../src/inputs';
import { fileProblem } from '../../../../src/image/plan/context-facts';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const facts: BuildFacts = {
  git: { sha: 'abcdef0123456789abcdef0123456789abcdef01', commitTime: 1700000000, tag: '', branch: 'main', source: 'https://git.example.com/team/hello.git' },
  context: { goMod: { module: 'example.com/hello', go: '1.22.0', toolchain: '' }, hasGoSum: false, vendored: false, mainPackageOk: true, dockerfileProblem: 'does not exist' },
  platform: { os: 'linux', arch: 'amd64' },
};
// The spec of one service whose context is this folder (facts say what is in it).
const inputs = (raw: Record<string, string>) => parseBuildSpec(parseInputs({ image: 'reg.example.com:5000/hello', cache_dir: 'none', ...raw }), { readGoMod: () => null }).services[0];

describe('build plan', () => {
  test('defaults: Go from go.mod, commit-time and sha tags, OCI labels', () => {
    const plan = planBuild(inputs({}), facts);
    expect(plan.goVersion).toBe('1.22');
    expect(plan.builderImage).toBe('golang:1.22');
    expect(plan.binaryName).toBe('hello');
    expect(plan.references).toEqual(['reg.example.com:5000/hello:1700000000', 'reg.example.com:5000/hello:abcdef0']);
    expect(plan.labels).toMatchObject({
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.revision': facts.git.sha,
      'org.opencontainers.image.source': 'https://git.example.com/team/hello.git',
      'org.opencontainers.image.version': 'abcdef0',
      'dev.gantry.go-version': '1.22',
    });
    expect(plan.buildArgs).toEqual({ SOURCE_DATE_EPOCH: '1700000000', GANTRY_VERSION: 'abcdef0' });
    expect(plan.dockerfile).toContain('FROM golang:1.22 AS build');
  });

  test('pinned Go version and builder image, user labels and build args', () => {
    const plan = planBuild(inputs({ go_version: '1.24', builder_image: 'mirror.local/golang:{go_version}-bookworm', labels: 'team=core', build_args: 'A=1', main_package: 'cmd/api' }), facts);
    expect(plan.builderImage).toBe('mirror.local/golang:1.24-bookworm');
    expect(plan.labels.team).toBe('core');
    expect(plan.buildArgs.A).toBe('1');
    expect(plan.binaryName).toBe('api');
    expect(plan.dockerfile).toContain(' ./cmd/api');
  });

  test('a user Dockerfile is built unchanged', () => {
    const plan = planBuild(inputs({ dockerfile: 'Dockerfile' }), { ...facts, context: { ...facts.context, dockerfileProblem: '', goMod: null } });
    expect(plan.dockerfile).toBeNull();
    expect(plan.buildArgs.GANTRY_VERSION).toBeUndefined();
  });

  test('a tagged commit is versioned by its tag', () => {
    const plan = planBuild(inputs({}), { ...facts, git: { ...facts.git, tag: 'v1.4.0' } });
    expect(plan.tags).toContain('v1.4.0');
    expect(plan.version).toBe('v1.4.0');
  });

  test.each([
    [{ image: '' }, facts, /input 'image': is empty but push is true/],
    [{ image: 'Bad/Name' }, facts, /input 'image'/],
    [{}, { ...facts, context: { ...facts.context, goMod: null } }, /input 'go_version': is empty and there is no go.mod/],
    [{}, { ...facts, context: { ...facts.context, goMod: { module: 'x', go: '', toolchain: '' } } }, /go.mod names no Go version/],
    [{ main_package: './cmd/nope' }, { ...facts, context: { ...facts.context, mainPackageOk: false } }, /input 'main_package': '.\/cmd\/nope' is not a folder with Go files/],
    [{ main_package: '../other' }, facts, /input 'main_package': '..\/other' is outside the context/],
    [{ dockerfile: 'nope/Dockerfile' }, facts, /input 'dockerfile': 'nope\/Dockerfile' does not exist/],
    [{ dockerfile: 'deploy' }, { ...facts, context: { ...facts.context, dockerfileProblem: 'is a folder, not a file' } }, /input 'dockerfile': 'deploy' is a folder, not a file/],
    [{ tags: '{git_tag}' }, facts, /input 'tags': renders no tag/],
    [{ labels: 'oops' }, facts, /input 'labels'/],
  ])('%j is refused', (raw, f, message) => {
    expect(() => planBuild(inputs(raw as Record<string, string>), f as BuildFacts)).toThrow(message);
  });

  test('push false without image tags locally', () => {
    const plan = planBuild(inputs({ image: '', push: 'false' }), facts);
    expect(plan.repository).toBe('gantry-local/hello');
  });

  test('cgo on scratch warns', () => {
    expect(planBuild(inputs({ cgo: 'true' }), facts).warnings[0]).toMatch(/cgo is on/);
    expect(planBuild(inputs({ cgo: 'true', runtime_image: 'debian-slim' }), facts).warnings).toEqual([]);
  });
});

describe('per-platform tags are planned, not rewritten', () => {
  test('each platform\'s image goes under the index tags with its suffix', () => {
    const plan = planBuild(inputs({ tags: '{commit_time}\nv1\n{git_tag}' }), facts);
    expect(plan.tags).toEqual(['1700000000', 'v1']);
    const arm = platformPlan(plan, { os: 'linux', arch: 'arm64' });
    expect(arm.tags).toEqual(['1700000000-linux-arm64', 'v1-linux-arm64']);
    expect(arm.references).toEqual(['reg.example.com:5000/hello:1700000000-linux-arm64', 'reg.example.com:5000/hello:v1-linux-arm64']);
    // The index plan is untouched.
    expect(plan.references).toEqual(['reg.example.com:5000/hello:1700000000', 'reg.example.com:5000/hello:v1']);
  });
});

describe('values that reach the generated Dockerfile stay inside their instruction', () => {
  const INSTRUCTION = /^(FROM|RUN|COPY|ENV|ARG|WORKDIR|USER|ENTRYPOINT|LABEL|EXPOSE|CMD|VOLUME|SHELL|ONBUILD|HEALTHCHECK|STOPSIGNAL|ADD) /gm;
  const instructions = (df: string | null) => (df ?? '').match(INSTRUCTION)?.length ?? 0;

  // Each hostile value beside a plain one for the same input: the instruction count is the same.
  test.each([
    ['ldflags with quotes, $() and backticks', { ldflags: `-s -w -X 'main.a=b c' $(touch /pwned) \`id\` "x"` }, { ldflags: '-s -w' }, `'-s -w -X '\\''main.a=b c'\\'' $(touch /pwned) \`id\` "x"'`],
    ['builder_image with a registry port and digest', { builder_image: 'mirror.local:5000/golang:{go_version}@sha256:' + 'a'.repeat(64) }, {}, `FROM mirror.local:5000/golang:1.22@sha256:${'a'.repeat(64)} AS build`],
    ['runtime_image reference', { runtime_image: 'registry.example.com/base/static:v1' }, { runtime_image: 'alpine' }, 'FROM registry.example.com/base/static:v1'],
    ['goproxy list', { goproxy: 'https://proxy.example.com|https://other.example.com,direct' }, { goproxy: 'direct' }, 'GOPROXY="https://proxy.example.com|https://other.example.com,direct"'],
    ['main_package with @ and +', { main_package: './cmd/api@v2+x', binary_name: 'api' }, { main_package: './cmd/api' }, ' ./cmd/api@v2+x '],
  ])('%s', (_name, raw, plain, expected) => {
    const plan = planBuild(inputs(raw as Record<string, string>), facts);
    expect(instructions(plan.dockerfile)).toBe(instructions(planBuild(inputs(plain as Record<string, string>), facts).dockerfile));
    expect(plan.dockerfile).toContain(expected);
  });
});

describe('fileProblem: the cause a file cannot be read, in words', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-file-problem-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  test.each([
    ['missing', () => path.join(dir, 'nope'), 'does not exist'],
    ['a folder', () => dir, 'is a folder, not a file'],
    ['a path through a file', () => { fs.writeFileSync(path.join(dir, 'f'), ''); return path.join(dir, 'f', 'Dockerfile'); }, 'does not exist (a part of its path is a file, not a folder)'],
    ['a link loop', () => { fs.symlinkSync('loop', path.join(dir, 'loop')); return path.join(dir, 'loop'); }, 'is a symbolic link loop'],
    ['a readable file', () => { fs.writeFileSync(path.join(dir, 'ok'), 'FROM x'); return path.join(dir, 'ok'); }, ''],
  ])('%s', (_name, make, expected) => {
    expect(fileProblem(make())).toBe(expected);
  });
});
