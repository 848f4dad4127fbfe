/**
 * The GitLab CI/CD component run by a real client: gitlab-ci-local 4.73.0 (the devDependency)
 * reads a consumer project's .gitlab-ci.yml that includes the component with `component:`, and
 * runs its jobs with the shell executor (bin/gantry on PATH, as in the runner image) against
 * the test bed: the image is built (docker_engine none: no engine anywhere) and pushed, the deploy job reads the build job's dotenv and
 * rolls that digest out over SSH. From this repository's working folder at $CI_COMMIT_SHA (one
 * pipeline holding the component three times: pushed, push: false with the OCI layout as an
 * artifact, and the binary target), and cross-project at a version tag cloned from a loopback
 * git HTTP server, its inputs given as $VARIABLEs. Which jobs a pipeline has (default branch,
 * tags, feature branches, merge requests) is read from `gitlab-ci-local --list`: nothing runs.
 * What needs no host (version ranges, refused inputs, this repository's own pipeline) is in
 * gitlab-component-config.itg.test.ts, in the builds lane.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { registryPassword, testbed } from './support/testbed';
import { commitAll } from './support/fixture-repo';
import { listTags, manifestDigest } from './support/registry';
import { GitHttpServer, startGitHttpServer } from './support/git-http-server';
import { PipelineRun, copyTemplates, gitlabCiLocal, project, publishComponent, removeTempDirs, tempDir } from './support/gitlab-ci-local';
import { hostContainer, hostEngine, hostFetch, hostIndex } from './support/bed';
import { SUPERVISOR_CONF, forget, onHost, supervisors } from './support/supervisor';

jest.setTimeout(1_200_000);

const COMMIT_TIME = 1_737_000_000;
const PID = process.pid;
/**
 * cache_dir of every build job: the host builder's Go caches, kept between runs on this machine (a
 * cold standard library costs half a minute a build; the cache is not what this file proves).
 * Outside the project, so gitlab-ci-local's own cache leaves it alone.
 */
const GO_CACHE = path.join(os.tmpdir(), 'gantry-e2e-hosts-go-cache');
let tb: Record<string, string>;
let server: GitHttpServer;
let gitRoot: string;
let sshKey: string;
const containers: Array<[number, string]> = [];

/** CI/CD variables of the consumer project, as its settings would hold them. */
function projectVariables(repo: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    // GitLab sets GITLAB_CI=true (gitlab-ci-local says false): gantry's log sections depend on it.
    GITLAB_CI: 'true',
    CI_REGISTRY_IMAGE: `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`,
    CI_REGISTRY_USER: tb.GANTRY_TESTBED_REGISTRY_USER,
    CI_REGISTRY_PASSWORD: registryPassword(),
    SSH_PRIVATE_KEY: sshKey,
    SSH_KNOWN_HOSTS: fs.readFileSync(tb.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8'),
    ...extra,
  };
}

/** The dotenv report the build job left (gantry.env in the project, shell executor). */
function dotenv(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync(path.join(dir, 'gantry.env'), 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function passed(run: PipelineRun, job: string): boolean {
  return new RegExp(`^\\s*PASS\\s+${job}\\s*$`, 'm').test(run.stdout);
}

function explain(run: PipelineRun, jobs: string[]): string {
  return [run.stdout, run.stderr, ...jobs.map((j) => `--- ${j}.log\n${run.log(j)}`)].join('\n');
}

beforeAll(async () => {
  tb = testbed();
  sshKey = fs.readFileSync(tb.GANTRY_TESTBED_SSH_KEY, 'utf8');
  gitRoot = tempDir('gantry-git-http-');
  server = await startGitHttpServer(gitRoot);
  publishComponent(gitRoot, COMMIT_TIME);
});

afterAll(async () => {
  await server?.close();
  removeTempDirs();
  for (const [i, name] of containers) {
    const ids = hostEngine(i, ['ps', '-aq', '--filter', `name=^${name}$`], true);
    if (ids) hostEngine(i, ['rm', '-f', ...ids.split('\n')], true);
  }
});

describe('the component at $CI_COMMIT_SHA of this repository (include resolved from the working folder), included three times in one pipeline: pushed to the registry (hello), with push: false, no registry anywhere (oci), and deploy_target binary (bin)', () => {
  const port = '18621';
  const binPort = '18623';
  const binName = `glcbin${PID}`;
  const binRepo = `e2e/glc-bin-${PID}`;
  const container = `glc-hello-${PID}`;
  const repo = `e2e/glc-hello-${PID}`;
  const hosts = () => tb.GANTRY_TESTBED_HOSTS.split(',').slice(0, 2);
  const ociContainer = `glc-oci-${PID}`;
  const ociHost = () => tb.GANTRY_TESTBED_HOSTS.split(',')[2];
  let dir: string;
  let run: PipelineRun;
  /** The folder a job ran in (--shell-isolation). */
  const jobDir = (job: string) => path.join(dir, '.gitlab-ci-local/builds', job);

  beforeAll(async () => {
    for (const h of hosts()) containers.push([hostIndex(h), container]);
    containers.push([hostIndex(ociHost()), ociContainer]);
    supervisors([3]);
    onHost(3, forget(binName));
    // The consumer is this repository itself (templates/ in its working folder), as in its own pipeline.
    dir = project('examples/hello', `${server.url}/gantry/gantry.git`, {
      '.gitlab-ci.yml': [
        'include:',
        '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/build-deploy@$CI_COMMIT_SHA',
        '    inputs:',
        '      job_prefix: hello',
        `      cache_dir: ${GO_CACHE}`,
        // The default engine, none: no service, no socket; the Go on the runner builds, and with no
        // engine to list the bed's plain-HTTP registry as insecure, the input says so.
        '      registry_insecure: true',
        '      version_variable: main.version',
        '      hosts: |',
        ...hosts().map((h) => `        ${h}`),
        `      ssh_user: ${tb.GANTRY_TESTBED_SSH_USER}`,
        `      container_name: ${container}`,
        '      network: host',
        `      health_url: http://127.0.0.1:${port}/healthz`,
        '      health_timeout: 30',
        '      environment_name: e2e',
        // The same component again (another job_prefix): push false, the layout travels as an artifact.
        '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/build-deploy@$CI_COMMIT_SHA',
        '    inputs:',
        '      job_prefix: oci',
        `      cache_dir: ${GO_CACHE}`,
        '      push: false',
        `      hosts: ${ociHost()}`,
        `      ssh_user: ${tb.GANTRY_TESTBED_SSH_USER}`,
        `      container_name: ${ociContainer}`,
        '      network: host',
        `      health_url: http://127.0.0.1:${port}/healthz`,
        '      health_timeout: 30',
        '      environment_name: e2e-oci',
        // Once more (job_prefix bin): deploy_target binary, the binaries travel as artifacts, no
        // deploy_image reaches the deploy. The image of its build goes nowhere (push: false).
        '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/build-deploy@$CI_COMMIT_SHA',
        '    inputs:',
        '      job_prefix: bin',
        `      cache_dir: ${GO_CACHE}`,
        `      image: ${tb.GANTRY_TESTBED_REGISTRY}/${binRepo}`,
        '      deploy_target: binary',
        '      binaries_dir: bin',
        `      binary_name: ${binName}`,
        '      push: false',
        `      hosts: ${ociHost()}`,
        `      ssh_user: ${tb.GANTRY_TESTBED_SSH_USER}`,
        '      process_manager: supervisor',
        `      supervisor_conf: ${SUPERVISOR_CONF}`,
        '      install_unit: true',
        `      env: PORT=${binPort}`,
        `      health_url: http://127.0.0.1:${binPort}/healthz`,
        '      health_timeout: 30',
        '      environment_name: e2e-binary',
        '',
      ].join('\n'),
    }, COMMIT_TIME);
    copyTemplates(dir);
    commitAll(dir, COMMIT_TIME, 'the component at this commit');
    // No engine anywhere: DOCKER_HOST names a socket that does not exist. --shell-isolation: each
    // job in a folder of its own, so what a deploy job gets of its build job is only its artifacts.
    run = await gitlabCiLocal(dir, ['--shell-isolation'], projectVariables(repo, { DEPLOY_ENV: `PORT=${port}`, DEPLOY_SECRET_ENV: 'HELLO_GREETING=glc-e2e-secret-value' }), { DOCKER_HOST: 'unix:///nonexistent/gantry-no-engine.sock' });
  });

  afterAll(() => {
    if (tb) onHost(3, forget(binName));
  });

  test('build (docker_engine none: no engine, the host builder) then deploy pass; the manual rollback job waits', () => {
    if (!passed(run, 'hello-build') || !passed(run, 'hello-deploy')) throw new Error(explain(run, ['hello-build', 'hello-deploy']));
    expect(run.code).toBe(0);
    expect(run.log('hello-build')).toMatch(/^builder: host \(a Go toolchain is here and the build needs no engine/m);
    expect(run.stdout).not.toMatch(/hello-rollback\s+starting/);
  });

  test('the image is pushed to CI_REGISTRY_IMAGE with CI_REGISTRY_USER/PASSWORD; the dotenv report names its digest', async () => {
    const env = dotenv(jobDir('hello-build'));
    const sha = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect((await listTags(repo)).sort()).toEqual([String(COMMIT_TIME), sha.slice(0, 7)].sort());
    const digest = await manifestDigest(repo, String(COMMIT_TIME));
    expect(env).toMatchObject({
      GANTRY_DIGEST: digest,
      GANTRY_IMAGE_REF: `${tb.GANTRY_TESTBED_REGISTRY}/${repo}@${digest}`,
      GANTRY_COMMIT_TIME: String(COMMIT_TIME),
      GANTRY_BUILT_GO_VERSION: '1.22',
    });
    expect(env.GANTRY_PUSHED_TAGS.split(',').sort()).toEqual([`${tb.GANTRY_TESTBED_REGISTRY}/${repo}:${COMMIT_TIME}`, `${tb.GANTRY_TESTBED_REGISTRY}/${repo}:${sha.slice(0, 7)}`].sort());
  });

  test('the deploy job rolled out exactly the digest of the dotenv report, to both hosts', async () => {
    const env = dotenv(jobDir('hello-build'));
    for (const h of hosts()) {
      expect(hostContainer(hostIndex(h), container)).toMatchObject({ imageId: env.GANTRY_IMAGE_ID, running: true });
      expect(JSON.parse(await hostFetch(h, port, '/'))).toMatchObject({ service: 'hello' });
    }
    expect(run.log('hello-deploy')).toContain(env.GANTRY_DIGEST);
  });

  test('phases are collapsible sections; secrets never reach a log', () => {
    // gitlab-ci-local understands GitLab's section markers and logs them as NAME_started / NAME took.
    const build = run.log('hello-build');
    const sections = [...build.matchAll(/^(gantry_\d+)_started$/gm)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const id of sections) expect(build).toMatch(new RegExp(`^${id} took \\d+`, 'm'));
    // The build's steps (the host builder's compile, the direct path's source sync and compile, or BuildKit's steps) sit inside a section of their own.
    const steps = [build.indexOf('compiled hello in '), build.indexOf('sources: sent '), build.indexOf('#1 [internal] load remote build context')].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
    expect(steps).toBeGreaterThan(-1);
    const opened = build.lastIndexOf('_started\n', steps);
    expect(opened).toBeGreaterThan(-1);
    expect(build.slice(opened, steps)).not.toMatch(/ took \d+/);
    const logs = [run.stdout, run.stderr, build, run.log('hello-deploy')].join('\n');
    for (const secret of [registryPassword(), 'glc-e2e-secret-value', ...sshKey.split('\n').filter((l) => l.length > 8)]) {
      expect(logs).not.toContain(secret);
    }
  });

  test('oci: build then deploy pass; the dotenv names oci:.gantry/oci@sha256:...; the host runs that digest and answers', async () => {
    if (!passed(run, 'oci-build') || !passed(run, 'oci-deploy')) throw new Error(explain(run, ['oci-build', 'oci-deploy']));
    const ref = /image_ref=(oci:\.gantry\/oci@sha256:[0-9a-f]{64})/.exec(run.log('oci-build'))?.[1];
    expect(ref).toBeTruthy();
    expect(run.log('oci-deploy')).toMatch(/sent through the SSH forward|ready in/);
    const digest = ref!.slice(ref!.indexOf('@') + 1);
    expect(hostEngine(hostIndex(ociHost()), ['inspect', '-f', '{{index .Config.Labels "dev.gantry.image-digest"}}', ociContainer], true)).toBe(digest);
    expect(JSON.parse(await hostFetch(ociHost(), port, '/'))).toMatchObject({ service: 'hello' });
  });

  test('bin: build then deploy pass; the deploy job rolled the build job\'s binary out, answering; nothing pushed', async () => {
    if (!passed(run, 'bin-build') || !passed(run, 'bin-deploy')) throw new Error(explain(run, ['bin-build', 'bin-deploy']));
    const sha = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const release = `${COMMIT_TIME}-${sha.slice(0, 7)}`;
    expect(run.log('bin-deploy')).toMatch(new RegExp(`uploaded ${binName}-linux-amd64 \\(\\d+ bytes\\)`));
    expect(run.log('bin-deploy')).toContain(`ok: nothing -> ${release}`);
    expect(onHost(3, `readlink ~/apps/${binName}/current`).trim()).toBe(`releases/${release}`);
    expect(JSON.parse(await hostFetch(ociHost(), binPort, '/'))).toMatchObject({ service: 'hello' });
    expect(await listTags(binRepo).catch(() => [])).toEqual([]);
  });
});

/** gitlab-ci-local --list: the jobs a pipeline would have, each with its `when`. */
function listed(run: PipelineRun): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = run.stdout.split('\n');
  const header = lines.findIndex((l) => /^name\s+description\s+stage\s+when/.test(l));
  if (header < 0) throw new Error(`no job list:\n${run.stdout}\n${run.stderr}`);
  for (const l of lines.slice(header + 1)) {
    const m = /^(\S+)\s+\S+\s+(on_success|manual|always|never|delayed|on_failure)\s/.exec(l);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

describe('where the component deploys: the default branch and tags, never other branches or merge requests', () => {
  // Job lists only (gitlab-ci-local --list evaluates the rules as a pipeline does): nothing runs.
  const container = `glc-rules-${PID}`;
  const host = () => tb.GANTRY_TESTBED_HOSTS.split(',')[2];

  /** A consumer of build-deploy at this commit; `inputs` are extra lines under inputs:. */
  function consumer(inputs: string[]): string {
    const dir = project('examples/hello', `${server.url}/acme/hello.git`, {
      '.gitlab-ci.yml': [
        'include:',
        // Resolved from this project's working folder, where the templates are copied.
        '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/build-deploy@$CI_COMMIT_SHA',
        '    inputs:',
        '      job_prefix: hello',
        '      docker_engine: socket',
        '      build_network: host',
        `      hosts: ${host()}`,
        `      ssh_user: ${tb.GANTRY_TESTBED_SSH_USER}`,
        '      network: host',
        '      health_timeout: 30',
        ...inputs.map((l) => `      ${l}`),
        '',
      ].join('\n'),
    }, COMMIT_TIME + 240);
    copyTemplates(dir);
    commitAll(dir, COMMIT_TIME + 240, 'the component at this commit');
    return dir;
  }

  /** The manual day-two jobs, beside the deploy wherever it runs (test/e2e/gitlab-day-two.itg.test.ts runs one). */
  const dayTwo = Object.fromEntries(['status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec'].map((c) => [`hello-${c}`, 'manual']));

  const list = async (dir: string, variables: Record<string, string> = {}) => {
    const run = await gitlabCiLocal(dir, ['--list'], variables);
    expect(run.code).toBe(0);
    return listed(run);
  };

  test('the default branch: build, then deploy on success; rollback and the day-two jobs manual', async () => {
    expect(await list(consumer([]))).toEqual({ 'hello-build': 'on_success', 'hello-deploy': 'on_success', 'hello-rollback': 'manual', ...dayTwo });
  });

  test('deploy_when: manual leaves the deploy for someone to start', async () => {
    expect(await list(consumer(['deploy_when: manual']))).toEqual({ 'hello-build': 'on_success', 'hello-deploy': 'manual', 'hello-rollback': 'manual', ...dayTwo });
  });

  test('a merge-request pipeline, even of the default branch: build only', async () => {
    expect(await list(consumer([]), { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' })).toEqual({ 'hello-build': 'on_success' });
  });

  test('deploy_if cannot open merge-request pipelines to deploys', async () => {
    expect(await list(consumer(['deploy_if: $CI_COMMIT_BRANCH']), { CI_PIPELINE_SOURCE: 'merge_request_event' })).toEqual({ 'hello-build': 'on_success' });
  });

  test('a feature branch pipeline has the build and no deploy', async () => {
    const dir = consumer([`container_name: ${container}`]);
    execFileSync('git', ['-C', dir, 'checkout', '-q', '-b', 'feature/x']);
    expect(await list(dir)).toEqual({ 'hello-build': 'on_success' });
  });

  test('a tag pipeline deploys', async () => {
    const dir = consumer([`container_name: ${container}`]);
    execFileSync('git', ['-C', dir, 'tag', '2.3.4']);
    execFileSync('git', ['-C', dir, 'checkout', '-q', '--detach', '2.3.4']);
    expect(await list(dir, { CI_COMMIT_TAG: '2.3.4', CI_COMMIT_BRANCH: '' })).toEqual({ 'hello-build': 'on_success', 'hello-deploy': 'on_success', 'hello-rollback': 'manual', ...dayTwo });
  });
});

describe('cross-project: another project includes the component at a version tag over git HTTP, its inputs given as $VARIABLEs', () => {
  const port = '18631';
  const container = `glc-x-hello-${PID}`;
  const repo = `e2e/glc-x-hello-${PID}`;
  let consumer: string;
  let run: PipelineRun;
  const settings = { HELLO_CONTAINER: container, HELLO_HEALTH_URL: `http://127.0.0.1:${port}/healthz`, HELLO_BATCH: '100%', HELLO_RESTART: 'on-failure:3', HELLO_GO: '1.22' };

  beforeAll(async () => {
    const host = tb.GANTRY_TESTBED_HOSTS.split(',')[0];
    containers.push([hostIndex(host), container]);
    consumer = project('examples/hello', `${server.url}/acme/hello.git`, {
      '.gitlab-ci.yml': [
        'include:',
        '  - component: $CI_SERVER_FQDN/gantry/gantry/build@1.0.0',
        '    inputs:',
        '      job_prefix: hello',
        '      docker_engine: socket',
        '      build_network: host',
        '      tags: "{short_sha}"',
        `      cache_dir: ${GO_CACHE}`,
        '      go_version: $HELLO_GO',
        '  - component: $CI_SERVER_FQDN/gantry/gantry/deploy@1.0.0',
        '    inputs:',
        '      job_prefix: hello',
        '      build_job: hello-build',
        `      hosts: ${host}`,
        `      ssh_user: ${tb.GANTRY_TESTBED_SSH_USER}`,
        // $VARIABLE values pass the inputs' regexes; gantry gets them expanded
        '      container_name: $HELLO_CONTAINER',
        '      network: host',
        '      health_url: ${HELLO_HEALTH_URL}',
        '      health_timeout: 30',
        '      batch_size: $HELLO_BATCH',
        '      restart: $HELLO_RESTART',
        '      environment_url: ""',
        '',
      ].join('\n'),
    }, COMMIT_TIME + 120);
    const pipeline = (args: string[] = []) => gitlabCiLocal(consumer, args, projectVariables(repo, { ...settings, DEPLOY_ENV: `PORT=${port}` }), { DOCKER_HOST: tb.DOCKER_HOST });
    // gitlab-ci-local 4.73.0 fetches two components of one project at one ref in parallel, and
    // both copy into the same folder ("cp: cannot create directory ...: File exists"). A second
    // run finds the one that landed and fetches only the other: the includes are fetched by a job
    // list first (nothing runs), again if that race hit, so that it never costs a whole pipeline.
    const raced = (r: PipelineRun) => /Component include could not be fetched[\s\S]*File exists/.test(r.stdout + r.stderr);
    if (raced(await pipeline(['--list']))) await pipeline(['--list']);
    run = await pipeline();
    if (raced(run)) run = await pipeline();
  });

  test('build.yml and deploy.yml at 1.0.0 are cloned, and their jobs pass', () => {
    if (!passed(run, 'hello-build') || !passed(run, 'hello-deploy')) throw new Error(explain(run, ['hello-build', 'hello-deploy']));
    expect(fs.existsSync(path.join(consumer, '.gitlab-ci-local/includes', `127.0.0.1/gantry/gantry/1.0.0/templates/build.yml`))).toBe(true);
  });

  test('the deploy job (deploy.yml, its own include) read build.yml\'s dotenv and deployed that digest', async () => {
    const env = dotenv(consumer);
    const sha = execFileSync('git', ['-C', consumer, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(await listTags(repo)).toEqual([sha.slice(0, 7)]);
    expect(env.GANTRY_DIGEST).toBe(await manifestDigest(repo, sha.slice(0, 7)));
    const host = tb.GANTRY_TESTBED_HOSTS.split(',')[0];
    expect(hostContainer(hostIndex(host), container)).toMatchObject({ imageId: env.GANTRY_IMAGE_ID, running: true });
    expect(JSON.parse(await hostFetch(host, port, '/'))).toMatchObject({ service: 'hello' });
  });

  test('the $VARIABLE inputs reached gantry expanded (Go version, restart policy); an empty environment_url is taken', async () => {
    // That gantry checks an expanded value (a variable passes the input's regex) as any other:
    // test/unit/frontends/bad-input.test.ts (GANTRY_* inputs refused, naming the input) and the
    // templates' regexes in test/unit/frontends/generated-drift.test.ts.
    expect(dotenv(consumer).GANTRY_BUILT_GO_VERSION).toBe('1.22');
    const host = tb.GANTRY_TESTBED_HOSTS.split(',')[0];
    expect(hostEngine(hostIndex(host), ['inspect', '--format', '{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}', container])).toBe('on-failure:3');
  });
});
