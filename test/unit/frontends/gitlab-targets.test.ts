/**
 * The GitLab templates per deploy_target, read the way GitLab runs them: the committed template's
 * $[[ inputs.* ]] filled in (the template's defaults, then the consumer's inputs), its jobs'
 * `extends` merged (hashes deeply, the job's own keys last), the job's variables expanded against
 * the pipeline's (the build job's dotenv report among them), then the job's script parsed by the
 * CLI's own argument parser and the deploy's own checks. No GitLab is needed for that; the
 * component's whole pipeline runs under gitlab-ci-local in test/e2e/gitlab-component.itg.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { TemplateName, templateSpec } from '../../../src/frontends/generate-gitlab';
import { parseCliArgs } from '../../../src/frontends/cli-args';
import { parseInputs } from '../../../src/inputs';
import { deploySpec } from '../../../src/deploy/spec/deploy-spec';

const ROOT = path.resolve(__dirname, '../../..');
const K1 = 'AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn';
const SUMS = `${'ab'.repeat(32)}  hello-linux-amd64\n`;
const COMMIT = { sha: '0123456789abcdef0123456789abcdef01234567', commitTime: 1700000000 };
/** The pipeline's variables: the project's CI/CD variables and the build job's dotenv report. */
const PIPELINE: Record<string, string> = {
  CI_REGISTRY_IMAGE: '10.231.0.1:5000/team/hello',
  SSH_PRIVATE_KEY: 'key text',
  SSH_KNOWN_HOSTS: `10.231.0.11 ssh-ed25519 ${K1}`,
  // What the build job's dotenv report holds after a build (an image tagged locally, not pushed, for the binary target).
  GANTRY_IMAGE_REF: 'gantry-local/hello:1700000000',
};

type Job = Record<string, unknown> & { variables?: Record<string, string>; extends?: string | string[]; script?: string[]; artifacts?: Record<string, unknown> };

/** The template's jobs with its inputs filled in as GitLab does at include time. */
function jobs(template: TemplateName, given: Record<string, string>): Record<string, Job> {
  const spec = templateSpec(template);
  const text = fs.readFileSync(path.join(ROOT, `templates/${template}.yml`), 'utf8');
  const body = text.slice(text.indexOf('\n---\n') + 5).replace(/\$\[\[ inputs\.([a-z_]+) \]\]/g, (_, name: string) => {
    const d = name in given ? given[name] : spec[name]?.default;
    if (d === undefined) throw new Error(`input ${name} of ${template} has no default and was not given`);
    // Text lands inside YAML double quotes (newlines of list defaults escaped); arrays as flow lists.
    return Array.isArray(d) ? `[${d.join(', ')}]` : JSON.stringify(String(d)).slice(1, -1);
  });
  return YAML.parse(body) as Record<string, Job>;
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = old && v && typeof old === 'object' && typeof v === 'object' && !Array.isArray(old) && !Array.isArray(v)
      ? merge(old as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

/** A job with its `extends` chain merged in, as GitLab does. */
function resolved(all: Record<string, Job>, name: string): Job {
  const job = all[name];
  if (!job) throw new Error(`no job ${name}: ${Object.keys(all).join(', ')}`);
  const parents = job.extends === undefined ? [] : Array.isArray(job.extends) ? job.extends : [job.extends];
  let out: Record<string, unknown> = {};
  for (const p of parents) out = merge(out, resolved(all, p));
  const { extends: _, ...own } = job;
  return merge(out, own) as Job;
}

/** The job's variables as the runner hands them to the script: $VARIABLES expanded against the pipeline's. */
function jobEnv(job: Job): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.variables ?? {})) {
    env[k] = String(v).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => PIPELINE[n] ?? '');
  }
  return env;
}

/** What gantry makes of a deploy job: its script through the CLI's parser, its variables as the environment. */
function deployOf(template: TemplateName, given: Record<string, string>, job = 'gantry-deploy') {
  const j = resolved(jobs(template, given), job);
  const argv = (j.script ?? [])[0].split(' ').slice(1);
  const env = jobEnv(j);
  const args = parseCliArgs(argv, env);
  return { env, args, inputs: parseInputs(args.raw) };
}

const BINARY = {
  deploy_target: 'binary', hosts: '10.231.0.11', binaries_dir: 'bin', process_manager: 'supervisor', supervisor_conf: '~/sv/supervisord.ini',
  health_url: 'http://127.0.0.1:8080/healthz',
};

describe.each(['deploy', 'build-deploy'] as const)('%s.yml', (template) => {
  test('deploy_target binary: no deploy_image reaches gantry (its default, the build\'s GANTRY_IMAGE_REF, means nothing there); binaries_dir and binary_name do; the deploy\'s checks pass', () => {
    for (const job of ['gantry-deploy', 'gantry-rollback']) {
      const { env, inputs } = deployOf(template, { ...BINARY, binary_name: 'hello' }, job);
      expect(env).not.toHaveProperty('GANTRY_DEPLOY_IMAGE');
      expect([env.GANTRY_BINARIES_DIR, env.GANTRY_BINARY_NAME, inputs.deploy_target]).toEqual(['bin', 'hello', 'binary']);
      const mode = job === 'gantry-deploy' ? 'deploy' : 'rollback';
      const spec = deploySpec(inputs, { binarySums: SUMS, commit: COMMIT }, mode);
      expect([spec.target, spec.service, 'container' in spec]).toEqual(['binary', 'hello', false]);
    }
  });

  test.each(['container', 'swarm'])('deploy_target %s: deploy_image defaults to the build job\'s GANTRY_IMAGE_REF', (target) => {
    const { env, inputs } = deployOf(template, { deploy_target: target, hosts: '10.231.0.11' });
    expect(env.GANTRY_DEPLOY_IMAGE).toBe(PIPELINE.GANTRY_IMAGE_REF);
    expect(inputs.deploy_image).toBe(PIPELINE.GANTRY_IMAGE_REF);
    const given = deployOf(template, { deploy_target: target, hosts: '10.231.0.11', deploy_image: 'registry.example.com/team/api@sha256:' + 'c'.repeat(64) });
    expect(given.inputs.deploy_image).toBe(`registry.example.com/team/api@sha256:${'c'.repeat(64)}`);
  });
});

describe('build-deploy.yml: the build job keeps the binaries for the deploy job', () => {
  test('deploy_target binary: binaries_dir\'s SHA256SUMS and NAME-linux-ARCH files are artifacts, beside the dotenv and SBOM reports', () => {
    const build = resolved(jobs('build-deploy', BINARY), 'gantry-build');
    expect(build.artifacts).toEqual({
      paths: ['bin/SHA256SUMS', 'bin/*-linux-*'],
      reports: { dotenv: 'gantry.env', cyclonedx: ['.gantry/sbom*.cdx.json'] },
    });
    expect(jobEnv(build).GANTRY_BINARIES_DIR).toBe('bin');
  });

  test('the container target keeps the OCI layout a build with push false writes (.gantry/oci); swarm keeps only the reports', () => {
    const container = resolved(jobs('build-deploy', { deploy_target: 'container', hosts: 'h' }), 'gantry-build');
    expect(container.artifacts).toEqual({ paths: ['.gantry/oci/'], reports: { dotenv: 'gantry.env', cyclonedx: ['.gantry/sbom*.cdx.json'] } });
    const swarm = resolved(jobs('build-deploy', { deploy_target: 'swarm', hosts: 'h' }), 'gantry-build');
    expect(swarm.artifacts).toEqual({ reports: { dotenv: 'gantry.env', cyclonedx: ['.gantry/sbom*.cdx.json'] } });
  });

  test('an empty binaries_dir names no file of the project (paths outside it are not archived)', () => {
    const build = resolved(jobs('build-deploy', { ...BINARY, binaries_dir: '' }), 'gantry-build');
    expect((build.artifacts as { paths: string[] }).paths.every((p) => p.startsWith('/'))).toBe(true);
  });
});

describe.each(['deploy', 'build-deploy'] as const)('%s.yml: the manual day-two jobs, as gantry reads them', (template) => {
  const given = { hosts: '10.231.0.11', container_name: 'api', logs_since: '10m', logs_tail: '50', logs_grep: 'panic', audit_lines: '7', proxy_port: '80', maintenance_message: 'Back at noon.', force: 'true' };

  test.each(['status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec'])('%s: runs that command with the deploy job\'s inputs', (command) => {
    const job = deployOf(template, given, `gantry-${command}`);
    const deploy = deployOf(template, given);
    expect(job.args.command).toBe(command);
    expect(job.env).toEqual(deploy.env);
    const { command: _, force, ...inputs } = job.inputs;
    const { command: __, force: deployForce, ...deployInputs } = deploy.inputs;
    expect(inputs).toEqual(deployInputs);
    expect([inputs.logs_since, inputs.logs_tail, inputs.logs_grep, inputs.audit_lines, inputs.maintenance_message]).toEqual(['10m', 50, 'panic', 7, 'Back at noon.']);
    // logs_follow never reaches a job (it would never end); force is the deploys' setting only.
    expect([inputs.logs_follow, force, deployForce]).toEqual([false, false, true]);
    expect(job.args.fromFlags).toEqual([]);
    // The fleet and the service, as the day-two commands resolve them.
    const spec = deploySpec(job.inputs, {}, 'read');
    expect([spec.hosts.map((h) => h.label), spec.service, spec.target === 'container' ? spec.proxy?.port : undefined]).toEqual([['10.231.0.11'], 'api', 80]);
  });

  test('the service\'s name comes from the build job\'s GANTRY_IMAGE_REF when container_name is empty', () => {
    const job = deployOf(template, { hosts: '10.231.0.11' }, 'gantry-status');
    expect(job.inputs.deploy_image).toBe(PIPELINE.GANTRY_IMAGE_REF);
    expect(deploySpec(job.inputs, {}, 'read').service).toBe('hello');
  });

  test('unlock forces only when the person starting the job adds GANTRY_FORCE=true', () => {
    const j = resolved(jobs(template, { hosts: '10.231.0.11', force: 'true' }), 'gantry-unlock');
    const argv = (j.script ?? [])[0].split(' ').slice(1);
    expect(parseInputs(parseCliArgs(argv, jobEnv(j)).raw).force).toBe(false);
    expect(parseInputs(parseCliArgs(argv, { ...jobEnv(j), GANTRY_FORCE: 'true' }).raw).force).toBe(true);
  });

  test('day_two_jobs: false turns every day-two job\'s second rule into a match (when: never); true leaves it unmatched', () => {
    for (const [value, expression] of [['false', '"false" == "false"'], ['true', '"true" == "false"']]) {
      const all = jobs(template, { hosts: 'h', day_two_jobs: value });
      for (const command of ['status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec']) {
        const rules = resolved(all, `gantry-${command}`).rules as Array<{ if: string; when: string }>;
        expect({ command, rule: rules[1] }).toEqual({ command, rule: { if: expression, when: 'never' } });
      }
      // The deploy and rollback jobs do not look at it.
      expect(JSON.stringify(resolved(all, 'gantry-deploy').rules)).not.toContain(expression);
    }
  });
});
