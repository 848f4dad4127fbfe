/**
 * The GitLab component as gitlab-ci-local 4.73.0 reads it, where no job touches a host: version
 * ranges of a cross-project include (cloned from a loopback git HTTP server), inputs GitLab refuses
 * before any job runs, and this repository's own .gitlab-ci.yml. The pipelines that build and roll
 * out are in gitlab-component.itg.test.ts (hosts lane); this file needs neither the bed nor an
 * engine, and runs in the builds lane.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './support/testbed';
import { VERSION } from '../../src/version';
import { commitAll } from './support/fixture-repo';
import { GitHttpServer, startGitHttpServer } from './support/git-http-server';
import { copyTemplates, gitlabCiLocal, project, publishComponent, removeTempDirs, tempDir } from './support/gitlab-ci-local';

jest.setTimeout(600_000);

const COMMIT_TIME = 1_737_000_000;
let server: GitHttpServer;

beforeAll(async () => {
  const gitRoot = tempDir('gantry-git-http-');
  server = await startGitHttpServer(gitRoot);
  publishComponent(gitRoot, COMMIT_TIME);
});

afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

describe('semantic version ranges of a cross-project component', () => {
  test.each([
    ['1', 'runner:1.1.0-marker'],
    ['~latest', 'runner:1.1.0-marker'],
    ['1.0', `runner:${VERSION}`],
  ])('@%s resolves to the release with %s', async (version, image) => {
    const dir = project('examples/hello', `${server.url}/acme/hello.git`, {
      '.gitlab-ci.yml': `include:\n  - component: $CI_SERVER_FQDN/gantry/gantry/build@${version}\n`,
    }, COMMIT_TIME);
    const preview = await gitlabCiLocal(dir, ['--preview']);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(new RegExp(`^\\s+name: \\S+/${image.replace(/\./g, '\\.')}$`, 'm'));
  });
});

describe('inputs GitLab refuses are refused before any job runs', () => {
  test.each([
    ['a variable reference that is not one name', 'deploy', '      hosts: h\n      health_url: $A B\n', /`health_url` input: `\$A B` does not match required regex/],
    ['a missing required input', 'deploy', '      job_prefix: x\n', /`hosts` input: required value has not been provided/],
    ['a value outside options', 'build', '      build_network: bridge\n', /`build_network` input: `bridge` cannot be used because it is not in the list of allowed options/],
    ['a failing regex', 'build', '      go_version: latest\n', /`go_version` input: `latest` does not match required regex/],
    ['a wrong type', 'build', '      push: "no"\n', /`push` input: provided value is not a boolean/],
  ])('%s', async (_what, component, inputs, message) => {
    const dir = project('examples/hello', `${server.url}/gantry/gantry.git`, {
      '.gitlab-ci.yml': `include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/${component}@$CI_COMMIT_SHA\n    inputs:\n${inputs}`,
    }, COMMIT_TIME);
    copyTemplates(dir);
    commitAll(dir, COMMIT_TIME, 'templates');
    const run = await gitlabCiLocal(dir, []);
    expect(run.code).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(message);
    expect(run.stdout).not.toMatch(/starting shell/);
  });
});

describe("this repository's own .gitlab-ci.yml", () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('gantry-self-');
    for (const f of ['.gitlab-ci.yml', 'templates', 'examples/hello', 'package.json', 'CHANGELOG.md', 'scripts/release.sh']) fs.cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
    fs.writeFileSync(path.join(dir, '.gitignore'), '.gitlab-ci-local/\n');
    commitAll(dir, COMMIT_TIME, 'self');
    execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', `${server.url}/gantry/gantry.git`]);
  });

  test('parses, and tests the component at its own commit in the runner image of that commit', async () => {
    const list = await gitlabCiLocal(dir, ['--list-all']);
    expect(list.code).toBe(0);
    for (const job of ['unit', 'unit-node20', 'runner-image', 'component-hello-build', 'component-hello-check', 'release-check', 'release-tags', 'runner-image-check', 'release']) {
      expect(list.stdout).toMatch(new RegExp(`^${job}\\s`, 'm'));
    }
    const preview = await gitlabCiLocal(dir, ['--preview']);
    expect(preview.stdout).toContain('name: $CI_REGISTRY_IMAGE/runner:$CI_COMMIT_SHA');
  });

  test.each([
    [VERSION, 'registry.gitlab.com/gantry/gantry', 0],
    [VERSION, 'registry.example.com/fork/gantry', 0],
    ['9.9.9', 'registry.gitlab.com/gantry/gantry', 1],
  ])('release-check on tag %s of %s exits %i: the tag, package.json, the CHANGELOG and the templates agree; the notes name the project\'s own runner image', async (tag, registryImage, code) => {
    fs.rmSync(path.join(dir, 'release-notes.md'), { force: true });
    const run = await gitlabCiLocal(dir, ['release-check'], { CI_COMMIT_TAG: tag, CI_REGISTRY_IMAGE: registryImage });
    expect({ tag, registryImage, code: run.code }).toEqual({ tag, registryImage, code });
    if (code === 0) expect(fs.readFileSync(path.join(dir, 'release-notes.md'), 'utf8')).toContain(`runner_image: ${registryImage}/runner:${VERSION}`);
  });
});
