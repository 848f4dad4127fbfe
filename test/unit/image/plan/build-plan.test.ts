import { planBuild, BuildFacts } from '../../../../src/image/plan/build-plan';
import { parseInputs } from '../../../../src/inputs';

const facts: BuildFacts = {
  git: { sha: 'abcdef0123456789abcdef0123456789abcdef01', commitTime: 1700000000, tag: '', branch: 'main', source: 'https://git.example.com/team/hello.git' },
  context: { goMod: { module: 'example.com/hello', go: '1.22.0', toolchain: '' }, hasGoSum: false, vendored: false, mainPackageOk: true, dockerfileExists: false },
  platform: { os: 'linux', arch: 'amd64' },
};
const inputs = (raw: Record<string, string>) => parseInputs({ image: 'reg.example.com:5000/hello', ...raw });

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
    const plan = planBuild(inputs({ dockerfile: 'Dockerfile' }), { ...facts, context: { ...facts.context, dockerfileExists: true, goMod: null } });
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
    [{ tags: '{git_tag}' }, facts, /input 'tags': renders no tag/],
    [{ labels: 'oops' }, facts, /input 'labels'/],
  ])('%j is refused', (raw, f, message) => {
    expect(() => planBuild(inputs(raw as Record<string, string>), f as BuildFacts)).toThrow(message);
  });

  test('push false without image tags locally', () => {
    const plan = planBuild(parseInputs({ push: 'false' }), facts);
    expect(plan.repository).toBe('gantry-local/hello');
  });

  test('cgo on scratch warns', () => {
    expect(planBuild(inputs({ cgo: 'true' }), facts).warnings[0]).toMatch(/cgo is on/);
    expect(planBuild(inputs({ cgo: 'true', runtime_image: 'debian-slim' }), facts).warnings).toEqual([]);
  });
});
