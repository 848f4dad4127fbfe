/**
 * Drift is a test failure: action.yml, the GitLab templates' spec:inputs, the CLI's help and the
 * input reference (docs/reference/inputs.md) must say what src/schema.ts says. The files are compared with a fresh
 * generation (`npm run generate` fixes them), and then read back on their own terms, so that a
 * generator bug cannot hide behind its own output.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { INPUTS, InputName, InputSpec, OUTPUTS, OutputName, inputNames, outputVariable } from '../../../src/schema';
import { actionYaml } from '../../../src/frontends/generate-action';
import { DAY_TWO_JOBS, DEPLOY_IF, GITLAB_DEFAULTS, TEMPLATE_NAMES, TemplateName, Verb, gitlabRegex, gitlabTemplates, jobInputs } from '../../../src/frontends/generate-gitlab';
import { REFERENCE_PAGE, referencePage, referenceSection } from '../../../src/frontends/generate-reference';
import { DEPLOY_TARGETS, TARGET_INPUTS, TARGET_VALUES } from '../../../src/deploy/spec/target-inputs';
import { flagOf } from '../../../src/frontends/cli-args';

const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const STALE = "is stale: run 'npm run generate' and commit the result";

type Spec = { type?: string; default?: unknown; description?: string; options?: unknown[]; regex?: string };
type Job = Record<string, any>;

function template(name: TemplateName): { inputs: Record<string, Spec>; jobs: Record<string, Record<string, unknown>>; text: string } {
  const text = read(`templates/${name}.yml`);
  const docs = YAML.parseAllDocuments(text);
  expect(docs).toHaveLength(2);
  for (const d of docs) expect(d.errors).toEqual([]);
  const header = docs[0].toJS() as { spec: { inputs: Record<string, Spec> } };
  return { inputs: header.spec.inputs, jobs: docs[1].toJS() as Record<string, Record<string, unknown>>, text };
}

/** GitLab's merge of `extends`: hashes deeply, anything else replaced, the job's own keys last. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = old && v && typeof old === 'object' && typeof v === 'object' && !Array.isArray(old) && !Array.isArray(v)
      ? merge(old as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

/** A job with its whole `extends` chain merged in (the container target's hidden job for the per-target one). */
function resolve(all: Record<string, Job>, job: Job): Job {
  const parents = job.extends === undefined ? [] : ([] as string[]).concat(job.extends as string | string[]);
  let out: Record<string, unknown> = {};
  for (const p of parents) out = merge(out, resolve(all, all[p.replace('$[[ inputs.deploy_target ]]', 'container')] ?? {}));
  const { extends: _, ...own } = job;
  return merge(out, own);
}

/** What GitLab would put in for an input's default, typed as the template declares it. */
function expectedDefault(name: InputName): unknown {
  const spec: InputSpec = INPUTS[name];
  if (spec.kind === 'boolean') return spec.default === 'true';
  if (spec.kind === 'number') return Number(spec.default);
  const override = GITLAB_DEFAULTS[name];
  return override === undefined ? spec.default : override;
}

describe('generated files equal a fresh generation', () => {
  test('action.yml', () => {
    expect({ file: 'action.yml', text: read('action.yml') }).toEqual({ file: 'action.yml', text: actionYaml() });
  });
  test.each(Object.entries(gitlabTemplates()))('%s', (file, text) => {
    if (read(file) !== text) throw new Error(`${file} ${STALE}`);
  });
  test(REFERENCE_PAGE, () => {
    const exists = fs.existsSync(path.join(ROOT, REFERENCE_PAGE));
    if (!exists || read(REFERENCE_PAGE) !== referencePage()) throw new Error(`${REFERENCE_PAGE} ${STALE}`);
  });
});

describe('action.yml says what the schema says', () => {
  const action = YAML.parse(read('action.yml')) as {
    inputs: Record<string, { description: string; default: string; required: boolean }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  test('runs dist/index.js on node24, under a name of its own', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect((YAML.parse(read('action.yml')) as { name: string }).name).toBe('gantry-go-build-deploy');
  });

  test('every input, in the schema order, with its default and description', () => {
    expect(Object.keys(action.inputs)).toEqual(inputNames());
    for (const name of inputNames()) {
      const spec: InputSpec = INPUTS[name];
      expect({ name, default: action.inputs[name].default, required: action.inputs[name].required }).toEqual({ name, default: spec.default, required: false });
      expect(action.inputs[name].description.startsWith(spec.description)).toBe(true);
      if (spec.options && spec.kind !== 'boolean') for (const o of spec.options) expect(action.inputs[name].description).toContain(o);
    }
  });

  test('the command input offers build, deploy, all, rollback and plan, all by default', () => {
    expect(action.inputs.command.default).toBe('all');
    for (const verb of ['build', 'deploy', 'all', 'rollback', 'plan']) expect(action.inputs.command.description).toContain(verb);
  });

  test('every output', () => {
    expect(Object.keys(action.outputs)).toEqual(Object.keys(OUTPUTS));
    for (const [name, o] of Object.entries(OUTPUTS)) expect(action.outputs[name].description).toBe(o.description);
  });
});

describe('the GitLab defaults table', () => {
  test('names only schema inputs, and none with options or a regex the default would fail', () => {
    for (const [name, value] of Object.entries(GITLAB_DEFAULTS)) {
      expect(Object.keys(INPUTS)).toContain(name);
      const spec: InputSpec = INPUTS[name as InputName];
      expect(spec.kind === 'string' || spec.kind === 'list').toBe(true);
      if (value !== null && spec.options) expect(spec.options).toContain(value);
      if (value !== null && spec.regex) expect(value).toMatch(new RegExp(spec.regex));
    }
  });

  test('every secret input defaults to a CI/CD variable, so no secret is written into YAML', () => {
    for (const name of inputNames()) {
      if (!(INPUTS[name] as InputSpec).secret) continue;
      expect({ name, default: GITLAB_DEFAULTS[name] }).toEqual({ name, default: expect.stringMatching(/^\$[A-Z][A-Z0-9_]*$/) });
    }
  });

  test('image and registry credentials come from GitLab, deploy_image from the build job\'s dotenv', () => {
    expect(GITLAB_DEFAULTS).toMatchObject({
      image: '$CI_REGISTRY_IMAGE',
      registry_username: '$CI_REGISTRY_USER',
      registry_password: '$CI_REGISTRY_PASSWORD',
      deploy_image: '$GANTRY_IMAGE_REF',
    });
  });
});

describe.each(TEMPLATE_NAMES)('templates/%s.yml', (name) => {
  const t = template(name);
  const jobs = Object.entries(t.jobs).filter(([k]) => !k.startsWith('.'));
  const VERB = new RegExp(`^gantry (${['build', 'deploy', 'rollback', ...DAY_TWO_JOBS.map((j) => j.command)].join('|')})( |$)`);
  const verbs = jobs.map(([, job]) => VERB.exec(String((job.script as string[])[0]))?.[1]);

  test('every schema input its jobs read, with the schema\'s type, default, options, regex and description', () => {
    const wanted = new Set<InputName>();
    for (const v of verbs) for (const n of jobInputs(v as 'build')) wanted.add(n);
    for (const n of wanted) {
      const spec: InputSpec = INPUTS[n];
      const input = t.inputs[n];
      expect({ n, present: input !== undefined }).toEqual({ n, present: true });
      const type = spec.kind === 'boolean' ? 'boolean' : spec.kind === 'number' ? 'number' : undefined;
      expect({ n, type: input.type }).toEqual({ n, type });
      expect({ n, default: input.default }).toEqual({ n, default: GITLAB_DEFAULTS[n] === null ? undefined : expectedDefault(n) });
      expect(input.description?.startsWith(spec.description)).toBe(true);
      if (spec.kind === 'string' || spec.kind === 'list') {
        expect({ n, options: input.options }).toEqual({ n, options: spec.options });
        expect({ n, regex: input.regex }).toEqual({ n, regex: spec.regex && gitlabRegex(spec.regex, GITLAB_DEFAULTS[n] !== null) });
      }
    }
    // Every input but command, and those only a CLI in a terminal takes (a job would never end).
    if (name === 'build-deploy') expect([...wanted].sort()).toEqual(inputNames().filter((n) => n !== 'command' && !(INPUTS[n] as InputSpec).cliOnly).sort());
  });

  test('follows GitLab\'s rules for spec:inputs (which gitlab-ci-local does not all enforce)', () => {
    for (const [n, input] of Object.entries(t.inputs)) {
      expect({ n, described: Boolean(input.description) }).toEqual({ n, described: true });
      expect(['string', 'number', 'boolean', 'array', undefined]).toContain(input.type);
      if (input.type === 'array' && input.default !== undefined) expect(Array.isArray(input.default)).toBe(true);
      // regex is for string inputs only; options are not for booleans; defaults must pass both.
      if (input.regex) expect({ n, type: input.type ?? 'string' }).toEqual({ n, type: 'string' });
      if (input.options) expect({ n, type: input.type }).not.toEqual({ n, type: 'boolean' });
      if (input.options && input.default !== undefined) expect(input.options).toContain(input.default);
      if (input.regex && input.default !== undefined) expect(String(input.default)).toMatch(new RegExp(input.regex));
      // GitLab parses regex with RE2: no lookaround, no backreferences.
      if (input.regex) expect(input.regex).not.toMatch(/\(\?[=!<]|\\[1-9]/);
      if (input.type === 'number' && input.default !== undefined) expect(typeof input.default).toBe('number');
      if (input.type === 'boolean' && input.default !== undefined) expect(typeof input.default).toBe('boolean');
    }
  });

  test('every interpolated input is declared and every declared input is used', () => {
    const body = t.text.slice(t.text.indexOf('\n---\n'));
    const used = new Set([...body.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(t.inputs).sort());
  });

  test('jobs only map inputs to GANTRY_* variables (booleans as flags) and run gantry', () => {
    for (const [, job] of jobs) {
      const script = job.script as string[];
      expect(script).toHaveLength(1);
      const verb = VERB.exec(script[0])?.[1] as Verb;
      expect(verb).toBeDefined();
      // The variables of the job and of what it extends (the container target's hidden job for the per-target ones).
      const vars = (resolve(t.jobs, job).variables ?? {}) as Record<string, string>;
      for (const n of jobInputs(verb)) {
        const spec: InputSpec = INPUTS[n];
        if (spec.kind === 'boolean') expect(script[0]).toContain(`${flagOf(n)}=$[[ inputs.${n} ]]`);
        else expect({ n, value: vars[`GANTRY_${n.toUpperCase()}`] }).toEqual({ n, value: `$[[ inputs.${n} ]]` });
      }
      // Flags are exactly the job's boolean inputs: nothing else reaches the command line.
      const flags = [...script[0].matchAll(/--[a-z-]+(=\$\[\[ inputs\.\w+ \]\])?/g)].map((m) => m[0]).filter((f) => f !== '--dotenv');
      expect(flags).toEqual(jobInputs(verb).filter((n) => INPUTS[n].kind === 'boolean').map((n) => `${flagOf(n)}=$[[ inputs.${n} ]]`));
      for (const [k, v] of Object.entries(vars)) {
        const m = /^\$\[\[ inputs\.(\w+) \]\]$/.exec(v);
        expect({ k, mapsAnInput: Boolean(m && k === `GANTRY_${m[1].toUpperCase()}` && m[1] in INPUTS) }).toEqual({ k, mapsAnInput: true });
      }
      if (verb === 'build') expect(script[0]).toMatch(/--dotenv gantry\.env$/);
    }
  });

  test('the build job leaves a dotenv report; deploy jobs sit in an environment and a resource group, day-two jobs in the environment only', () => {
    const dayTwo = new Set<string>(DAY_TWO_JOBS.map((j) => `$[[ inputs.job_prefix ]]-${j.command}`));
    for (const [key, job] of jobs) {
      const merged = resolve(t.jobs, job);
      if (key.endsWith('-build')) {
        // The OCI layout of a build with push false travels to the deploy job (the default deploy_target, container, in build-deploy).
        expect(merged.artifacts).toEqual({ paths: ['.gantry/oci/'], reports: { dotenv: 'gantry.env', cyclonedx: ['.gantry/sbom*.cdx.json'] } });
        // The cache folder kept by GitLab's cache, keyed by go.mod/go.sum and the Go version.
        expect(merged.cache).toEqual({
          key: { files: ['$[[ inputs.context ]]/go.mod', '$[[ inputs.context ]]/go.sum'], prefix: '$[[ inputs.job_prefix ]]-go$[[ inputs.go_version ]]' },
          paths: ['$[[ inputs.cache_dir ]]'],
        });
      }
      else if (dayTwo.has(key)) {
        // No deployment recorded, and no wait for a rollout in progress.
        const { action } = DAY_TWO_JOBS.find((j) => key.endsWith(`-${j.command}`))!;
        expect({ key, environment: merged.environment }).toEqual({ key, environment: { name: '$[[ inputs.environment_name ]]', action } });
        expect({ key, resource_group: merged.resource_group }).toEqual({ key, resource_group: undefined });
      }
      else {
        expect(merged.resource_group).toBe('$[[ inputs.job_prefix ]]-$[[ inputs.environment_name ]]');
        expect(merged.environment).toEqual({ name: '$[[ inputs.environment_name ]]', url: '$[[ inputs.environment_url ]]' });
      }
      // Deploy jobs read one build job's dotenv, never every build job's in the pipeline.
      if (name === 'build-deploy' && !key.endsWith('-build')) expect(merged.needs).toEqual([{ job: '$[[ inputs.job_prefix ]]-build', artifacts: true }]);
      if (name === 'deploy') expect(merged.needs).toEqual([{ job: '$[[ inputs.build_job ]]', artifacts: true, optional: true }]);
    }
  });
});

describe('the CLI help (bin/gantry, as users run it) names every input', () => {
  const help = spawnSync(path.join(ROOT, 'bin/gantry'), ['--help'], { encoding: 'utf8', env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });

  test.each(inputNames().filter((n) => n !== 'command'))('%s', (name) => {
    const spec: InputSpec = INPUTS[name];
    const at = help.stdout.indexOf(`  ${flagOf(name)}${spec.kind === 'boolean' ? '\n' : ' VALUE\n'}`);
    expect({ name, inHelp: at >= 0 }).toEqual({ name, inHelp: true });
    const block = help.stdout.slice(at, at + 2000).split('\n').slice(0, 2).join('\n');
    expect(block).toContain(spec.description);
    if (spec.default) expect(block).toContain(`(default: ${spec.default.replace(/\n/g, ',')})`);
  });
});

describe('the input reference (docs/reference/inputs.md), read back on its own terms', () => {
  const page = fs.existsSync(path.join(ROOT, REFERENCE_PAGE)) ? read(REFERENCE_PAGE) : '';
  const inputs = referenceSection(page, 'Inputs') ?? '';
  const outputs = referenceSection(page, 'Outputs') ?? '';
  const targets = referenceSection(page, 'Deploy targets') ?? '';

  test.each(inputNames())('input %s has a row with its default and description', (name) => {
    const spec: InputSpec = INPUTS[name];
    const row = inputs.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
    expect({ name, row: row !== undefined }).toEqual({ name, row: true });
    expect(row).toContain(spec.description.replace(/\|/g, '\\|'));
    for (const d of spec.default.split('\n').filter(Boolean)) expect(row).toContain(`\`${d}\``);
  });

  test.each(Object.keys(OUTPUTS))('output %s has a row', (name) => {
    expect(outputs).toContain(`| \`${name}\` | \`${outputVariable(name as OutputName)}\` | ${OUTPUTS[name as OutputName].description}`);
  });

  test('the deploy targets table says, for each target, which of its inputs it reads and refuses the rest', () => {
    const header = targets.split('\n').find((l) => l.startsWith('| Input |')) ?? '';
    const columns = header.split('|').slice(2, -1).map((c) => c.trim().replace(/`/g, ''));
    expect(columns).toEqual([...DEPLOY_TARGETS]);
    const listed = [...new Set(DEPLOY_TARGETS.flatMap((t) => TARGET_INPUTS[t]))];
    for (const name of listed) {
      const row = targets.split('\n').find((l) => l.startsWith(`| \`${name}\` |`)) ?? '';
      const cells = row.split('|').slice(2, -1).map((c) => c.trim());
      expect({ name, cells }).toEqual({ name, cells: DEPLOY_TARGETS.map((t) => (TARGET_INPUTS[t].includes(name) ? 'read' : 'refused')) });
    }
    for (const v of TARGET_VALUES) {
      const row = targets.split('\n').find((l) => l.startsWith(`| \`${v.input}: ${v.value}\` |`)) ?? '';
      expect({ v, cells: row.split('|').slice(2, -1).map((c) => c.trim()) }).toEqual({ v, cells: DEPLOY_TARGETS.map((t) => (v.targets.includes(t) ? 'read' : 'refused')) });
    }
    expect(targets.split('\n').filter((l) => /^\| `/.test(l))).toHaveLength(listed.length + TARGET_VALUES.length);
  });
});

describe("the templates' regexes, which GitLab checks before it expands CI/CD variables", () => {
  // A value gantry refuses, per input with a regex: GitLab must still refuse it.
  const refused: Record<string, string> = {
    go_version: 'latest', version_variable: 'version', only_changed: 'HEAD ~1', platforms: 'linux',
    container_name: '-name', restart: 'sometimes', health_url: 'ftp://example.com/', batch_size: '0', environment_url: 'example.com',
    binary_root: 'apps', supervisor_conf: 'supervisord.conf', health_path: 'healthz', logs_since: 'yesterday',
    max_failures: 'many', proxy_image: 'caddy 2', proxy_port: 'http', rollback_to: 'v1 v2', fulcio_url: 'fulcio.example.com', rekor_url: 'rekor.example.com', verify_issuer: 'ci.example.com',
    memory: '512 megabytes', cpus: '-1', log_max_size: '0', log_max_files: 'all', stop_timeout: '10s',
  };
  const inputs = Object.fromEntries(TEMPLATE_NAMES.flatMap((t) => Object.entries(template(t).inputs)));
  const withRegex = Object.entries(inputs).filter(([n, i]) => i.regex && n !== 'job_prefix');

  test('every input with a regex has a refused example here', () => {
    expect(withRegex.map(([n]) => n).sort()).toEqual(Object.keys(refused).sort());
  });

  test.each(withRegex)('%s takes $VARIABLE, ${VARIABLE} and empty, and still refuses what gantry refuses', (name, input) => {
    const re = new RegExp(input.regex as string);
    for (const ok of ['$DEPLOY_SETTING', '${DEPLOY_SETTING}', '']) expect({ name, ok, matches: re.test(ok) }).toEqual({ name, ok, matches: true });
    for (const bad of [refused[name], '$NOT A VARIABLE']) expect({ name, bad, matches: re.test(bad) }).toEqual({ name, bad, matches: false });
  });

  test('gantry itself still checks the expanded value strictly: a variable name is not a valid value', () => {
    // only_changed and proxy_image take any text without blanks, so a variable's name is one too.
    for (const [name] of withRegex.filter(([n]) => n !== 'only_changed' && n !== 'proxy_image')) {
      const spec = (INPUTS as Record<string, InputSpec>)[name];
      if (spec) expect({ name, matches: new RegExp(spec.regex as string).test('${DEPLOY_SETTING}') }).toEqual({ name, matches: false });
    }
  });

  test('list inputs stay strings: an array input cannot take a value from a CI/CD variable', () => {
    for (const n of inputNames().filter((x) => INPUTS[x].kind === 'list')) {
      if (n in inputs) expect({ n, type: inputs[n].type }).toEqual({ n, type: undefined });
    }
  });
});

describe('the rules, runners and engines of the templates', () => {
  const jobsOf = (name: TemplateName): Record<string, Job> => {
    const all = template(name).jobs as Record<string, Job>;
    const out: Record<string, Job> = {};
    for (const [k, job] of Object.entries(all)) if (!k.startsWith('.')) out[k.replace('$[[ inputs.job_prefix ]]-', '')] = resolve(all, job);
    return out;
  };

  test.each(['deploy', 'build-deploy'] as TemplateName[])('%s: deploy and rollback never run in merge-request pipelines, else where deploy_if says', (name) => {
    const t = template(name);
    expect(t.inputs.deploy_if.default).toBe(DEPLOY_IF);
    expect(t.inputs.deploy_when).toMatchObject({ default: 'on_success', options: ['on_success', 'manual'] });
    const jobs = jobsOf(name);
    const never = { if: '$CI_PIPELINE_SOURCE == "merge_request_event"', when: 'never' };
    expect(jobs.deploy.rules).toEqual([never, { if: '$[[ inputs.deploy_if ]]', when: '$[[ inputs.deploy_when ]]' }]);
    expect(jobs.rollback.rules).toEqual([never, { if: '$[[ inputs.deploy_if ]]', when: 'manual' }]);
    expect(jobs.rollback.when).toBeUndefined();
    for (const j of ['deploy', 'rollback']) expect({ j, interruptible: jobs[j].interruptible }).toEqual({ j, interruptible: false });
  });

  test.each(['deploy', 'build-deploy'] as TemplateName[])('%s: manual day-two jobs that never hold the pipeline up, never run in merge-request pipelines, and that day_two_jobs: false leaves out', (name) => {
    const t = template(name);
    expect(t.inputs.day_two_jobs).toMatchObject({ type: 'boolean', default: true });
    const jobs = jobsOf(name);
    const commands = DAY_TWO_JOBS.map((j) => j.command);
    expect(commands).toEqual(['status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec']);
    expect(Object.keys(jobs).sort()).toEqual([...(name === 'build-deploy' ? ['build'] : []), 'deploy', 'rollback', ...commands].sort());
    const never = { if: '$CI_PIPELINE_SOURCE == "merge_request_event"', when: 'never' };
    for (const c of commands) {
      const job = jobs[c];
      expect({ c, rules: job.rules }).toEqual({ c, rules: [never, { if: '"$[[ inputs.day_two_jobs ]]" == "false"', when: 'never' }, { if: '$[[ inputs.deploy_if ]]', when: 'manual' }] });
      expect({ c, when: job.when, allow_failure: job.allow_failure, interruptible: job.interruptible }).toEqual({ c, when: undefined, allow_failure: true, interruptible: false });
      // The command alone: its inputs arrive as the deploy's variables, and no flag pins force.
      expect({ c, script: job.script }).toEqual({ c, script: [`gantry ${c}`] });
      expect({ c, variables: job.variables }).toEqual({ c, variables: jobs.deploy.variables });
      expect({ c, needs: job.needs, stage: job.stage }).toEqual({ c, needs: jobs.deploy.needs, stage: jobs.deploy.stage });
    }
  });

  test('build: no day-two jobs and no day_two_jobs input (it deploys nothing)', () => {
    expect(template('build').inputs.day_two_jobs).toBeUndefined();
    expect(Object.keys(jobsOf('build'))).toEqual(['build']);
  });

  test.each(TEMPLATE_NAMES)('%s: every job takes runner_tags; build jobs may be interrupted', (name) => {
    expect(template(name).inputs.runner_tags).toMatchObject({ type: 'array', default: [] });
    for (const [key, job] of Object.entries(jobsOf(name))) {
      expect({ key, tags: job.tags }).toEqual({ key, tags: '$[[ inputs.runner_tags ]]' });
      if (key === 'build') expect(job.interruptible).toBe(true);
    }
  });

  test.each(['build', 'build-deploy'] as TemplateName[])('%s: no engine by default; dind over TLS, plain TCP only when dind_tls is false, the socket either way', (name) => {
    const t = template(name);
    expect(t.inputs.dind_tls).toMatchObject({ type: 'boolean', default: true });
    const build = t.jobs['$[[ inputs.job_prefix ]]-build'];
    const engineJob = '.$[[ inputs.job_prefix ]]-engine-$[[ inputs.docker_engine ]]-tls-$[[ inputs.dind_tls ]]';
    // build-deploy's build job also keeps the binaries as artifacts for deploy_target binary (test/unit/frontends/gitlab-targets.test.ts).
    expect(build.extends).toEqual(name === 'build' ? engineJob : [engineJob, '.$[[ inputs.job_prefix ]]-build-target-$[[ inputs.deploy_target ]]']);
    const engine = (e: string, tls: boolean) => t.jobs[`.$[[ inputs.job_prefix ]]-engine-${e}-tls-${tls}`] as Job;
    expect(engine('dind', true).variables).toEqual({ DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_CERTDIR: '/certs', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs/client' });
    expect(engine('dind', false).variables).toEqual({ DOCKER_HOST: 'tcp://docker:2375', DOCKER_TLS_CERTDIR: '' });
    expect(engine('dind', true).services).toEqual([{ name: '$[[ inputs.dind_image ]]', alias: 'docker' }]);
    for (const tls of [true, false]) expect(engine('socket', tls)).toEqual({ variables: {} });
    // none, the default: no service and no engine address (the runner image's Go builds, no privileges).
    expect(t.inputs.docker_engine).toMatchObject({ default: 'none', options: ['none', 'dind', 'socket'] });
    for (const tls of [true, false]) expect(engine('none', tls)).toEqual({ variables: {} });
  });
});

/** README.md and every page under docs/, where the snippets users copy live. */
function manualText(): string {
  const pages: string[] = ['README.md'];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else if (e.name.endsWith('.md')) pages.push(`${rel}/${e.name}`);
    }
  };
  if (fs.existsSync(path.join(ROOT, 'docs'))) walk('docs');
  return pages.map(read).join('\n');
}

describe('the manual pins versions the release pipeline creates (scripts/release.sh: X.Y.Z and vX)', () => {
  const readme = manualText();
  const version = (JSON.parse(read('package.json')) as { version: string }).version;

  test('the action snippet pins the major tag vX', () => {
    const uses = [...readme.matchAll(/uses: ORG\/gantry@(\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect([...new Set(uses)]).toEqual([`v${version.split('.')[0]}`]);
  });

  test('every component snippet and the runner image example pin the release X.Y.Z', () => {
    const pins = [...readme.matchAll(/component: \S+\/(build|deploy|build-deploy)@(\S+)/g)].map((m) => [m[1], m[2]]);
    expect([...new Set(pins.map(([c]) => c))].sort()).toEqual(['build', 'build-deploy', 'deploy']);
    for (const [c, pin] of pins) expect({ c, pin }).toEqual({ c, pin: version });
    expect([...readme.matchAll(/runner_image: \S+\/runner:(\S+)/g)].map((m) => m[1])).toEqual([version]);
  });

  test('the version has a CHANGELOG entry and the license file is the one package.json names', () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## ${version.replace(/\./g, '\\.')}$`, 'm'));
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} gantry contributors\n/);
  });
});
