/**
 * The deploy component's manual day-two jobs under a real client, gitlab-ci-local 4.73.0: a
 * pipeline deploys one image to one host and leaves the day-two jobs alone (manual); then the
 * status job, started by name as a person starts it from the pipeline page, prints the fleet's
 * status table for what that deploy put there. day_two_jobs: false leaves the jobs out.
 */
import * as fs from 'fs';
import * as path from 'path';
import { registryPassword, testbed } from './support/testbed';
import { commitAll } from './support/fixture-repo';
import { PipelineRun, copyTemplates, gitlabCiLocal, project, removeTempDirs } from './support/gitlab-ci-local';
import { hostContainer, hostIndex } from './support/bed';
import { helloImages, resetHost } from './support/deploy';

jest.setTimeout(300_000);

const COMMIT_TIME = 1_737_000_000;
const PORT = '18651';
const SERVICE = `glc-daytwo-${process.pid}`;
const DAY_TWO = ['status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec'];
let tb: Record<string, string>;
let host: string;
let image: string;
let dir: string;
let pipeline: PipelineRun;

/** A consumer of the deploy component at this commit (templates/ copied into its working folder). */
function consumer(extra: string[] = []): string {
  const d = project('examples/hello', 'http://127.0.0.1:9/acme/hello.git', {
    '.gitlab-ci.yml': [
      'include:',
      '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/deploy@$CI_COMMIT_SHA',
      '    inputs:',
      `      deploy_image: ${image}`,
      `      hosts: ${host}`,
      `      ssh_user: ${tb.GANTRY_TESTBED_SSH_USER}`,
      `      container_name: ${SERVICE}`,
      '      network: host',
      `      health_url: http://127.0.0.1:${PORT}/healthz`,
      '      health_timeout: 30',
      '      environment_name: e2e-day-two',
      ...extra.map((l) => `      ${l}`),
      '',
    ].join('\n'),
  }, COMMIT_TIME);
  copyTemplates(d);
  commitAll(d, COMMIT_TIME, 'the component at this commit');
  return d;
}

/** CI/CD variables of the consumer project, as its settings would hold them. */
function variables(): Record<string, string> {
  return {
    GITLAB_CI: 'true',
    CI_REGISTRY_USER: tb.GANTRY_TESTBED_REGISTRY_USER,
    CI_REGISTRY_PASSWORD: registryPassword(),
    SSH_PRIVATE_KEY: fs.readFileSync(tb.GANTRY_TESTBED_SSH_KEY, 'utf8'),
    SSH_KNOWN_HOSTS: fs.readFileSync(tb.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8'),
    DEPLOY_ENV: `PORT=${PORT}`,
  };
}

const explain = (run: PipelineRun, jobs: string[]): string => [run.stdout, run.stderr, ...jobs.map((j) => `--- ${j}.log\n${run.log(j)}`)].join('\n');
const passed = (run: PipelineRun, job: string): boolean => new RegExp(`^\\s*PASS\\s+${job}\\s*$`, 'm').test(run.stdout);

beforeAll(async () => {
  tb = testbed();
  host = tb.GANTRY_TESTBED_HOSTS.split(',')[0];
  image = helloImages().v1;
  resetHost(hostIndex(host), SERVICE);
  dir = consumer();
  pipeline = await gitlabCiLocal(dir, [], variables(), { DOCKER_HOST: tb.DOCKER_HOST });
});

afterAll(() => {
  if (host) resetHost(hostIndex(host), SERVICE);
  removeTempDirs();
});

test('the pipeline deploys and starts none of the day-two jobs', () => {
  if (!passed(pipeline, 'gantry-deploy')) throw new Error(explain(pipeline, ['gantry-deploy']));
  expect(hostContainer(hostIndex(host), SERVICE).running).toBe(true);
  for (const c of DAY_TWO) {
    expect({ c, started: new RegExp(`gantry-${c}\\s+starting`).test(pipeline.stdout) }).toEqual({ c, started: false });
    expect({ c, log: fs.existsSync(path.join(dir, '.gitlab-ci-local/output', `gantry-${c}.log`)) }).toEqual({ c, log: false });
  }
});

test('the status job, started by name, prints the status table of what the deploy put on the host', async () => {
  const run = await gitlabCiLocal(dir, ['gantry-status'], variables(), { DOCKER_HOST: tb.DOCKER_HOST });
  if (!passed(run, 'gantry-status')) throw new Error(explain(run, ['gantry-status']));
  const log = run.log('gantry-status');
  const digest = image.slice(image.indexOf('@') + 1, image.indexOf('@') + 20);
  expect(log).toMatch(/host +live +revision +state +health +started +kept \(rollback candidates\) +lock/);
  expect(log).toMatch(new RegExp(`${host.replace(/\./g, '\\.')} +${digest}\\S* +e2e-v1 +running +`));
  // Nothing but status ran: the deploy job is not repeated.
  expect(run.stdout).not.toMatch(/gantry-deploy\s+starting/);
});

test('the exec job, started by name with GANTRY_EXEC_CMD, runs the command with the live image on the host, its output prefixed by host', async () => {
  // The hello image holds only its binary: run it once more. It starts as the live release (its
  // version, the service's PORT from the live container's env) and cannot bind the port the live
  // container holds on the host network: exit 1 on the host, the job fails with gantry's exit 6.
  const run = await gitlabCiLocal(dir, ['gantry-exec'], { ...variables(), GANTRY_EXEC_CMD: '/hello' }, { DOCKER_HOST: tb.DOCKER_HOST });
  const log = run.log('gantry-exec');
  expect(passed(run, 'gantry-exec')).toBe(false);
  expect(log).toMatch(new RegExp(`${host.replace(/\./g, '\\.')} \\| .*hello v1 listening on :${PORT}`));
  expect(log).toMatch(/: exit code 1$/m);
  expect(run.stdout).not.toMatch(/gantry-deploy\s+starting/);
  // The one-off container is gone; the live one still runs.
  expect(hostContainer(hostIndex(host), SERVICE).running).toBe(true);
});

test('day_two_jobs: false leaves the day-two jobs out of the pipeline', async () => {
  const run = await gitlabCiLocal(consumer(['day_two_jobs: false']), ['--list']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^gantry-deploy\s/m);
  for (const c of DAY_TWO) expect({ c, listed: new RegExp(`^gantry-${c}\\s`, 'm').test(run.stdout) }).toEqual({ c, listed: false });
});
