import { Command, INPUTS, InputName, InputSpec, inputNames, outputVariable } from '../schema';
import { VERSION } from '../version';
import { GENERATED_NOTE } from './generate-action';
import { inputDescription } from './input-docs';
import { entry, flowList, scalar } from './yaml-text';
import { DEPLOY_TARGETS, DeployTarget } from '../deploy/spec/target-inputs';

/** Where the component lives and where its runner image is published (by .gitlab-ci.yml's release). */
export const COMPONENT_PROJECT = 'gantry/gantry';
export const RUNNER_REPOSITORY = `registry.gitlab.com/${COMPONENT_PROJECT}/runner`;
/** The build job's dotenv report: each output's variable (outputVariable) for later jobs. */
export const DOTENV_FILE = 'gantry.env';

/**
 * The one place where the component's defaults differ from the schema's: GitLab's predefined
 * variables, the build job's dotenv, and CI/CD variables for every secret, so that no secret is
 * ever written into YAML. `null` makes an input required.
 */
export const GITLAB_DEFAULTS: Partial<Record<InputName, string | null>> = {
  netrc: '$NETRC',
  ssh: '$BUILD_SSH_KEY',
  image: '$CI_REGISTRY_IMAGE',
  registry_username: '$CI_REGISTRY_USER',
  registry_password: '$CI_REGISTRY_PASSWORD',
  registry_auth_config: '$DOCKER_AUTH_CONFIG',
  deploy_image: '$GANTRY_IMAGE_REF',
  hosts: null,
  ssh_private_key: '$SSH_PRIVATE_KEY',
  ssh_passphrase: '$SSH_PASSPHRASE',
  ssh_jump_key: '$SSH_JUMP_KEY',
  known_hosts: '$SSH_KNOWN_HOSTS',
  env: '$DEPLOY_ENV',
  secret_env: '$DEPLOY_SECRET_ENV',
  sign_key: '$COSIGN_PRIVATE_KEY',
  sign_key_password: '$COSIGN_PASSWORD',
  verify_key: '$COSIGN_PUBLIC_KEY',
};

export type ComponentInputType = 'string' | 'number' | 'boolean' | 'array';

/** One entry of a template's spec:inputs. A missing default makes the input required. */
export interface ComponentInput {
  readonly type: ComponentInputType;
  readonly default?: string | number | boolean | readonly string[];
  readonly description: string;
  readonly options?: readonly string[];
  readonly regex?: string;
}

export type TemplateName = 'build' | 'deploy' | 'build-deploy';
export const TEMPLATE_NAMES: readonly TemplateName[] = ['build', 'deploy', 'build-deploy'];

/**
 * The deploy templates' manual day-two jobs, PREFIX-<command>: what each runs, and its GitLab
 * environment action. Reading jobs `access` the environment; jobs that change what the hosts
 * serve or hold `prepare` it, which GitLab lets only those allowed to deploy run. Neither counts
 * as a deployment.
 */
export const DAY_TWO_JOBS = [
  { command: 'status', action: 'access' },
  { command: 'logs', action: 'access' },
  { command: 'audit', action: 'access' },
  { command: 'unlock', action: 'prepare' },
  { command: 'maintenance', action: 'prepare' },
  { command: 'live', action: 'prepare' },
  // A one-off command may change what the hosts hold (a migration): only those allowed to deploy.
  { command: 'exec', action: 'prepare' },
] as const satisfies readonly { command: Command; action: 'access' | 'prepare' }[];
export type DayTwoCommand = (typeof DAY_TWO_JOBS)[number]['command'];
export type Verb = 'build' | 'deploy' | 'rollback' | DayTwoCommand;

/** Build inputs a deploy job reads too: deploy_target binary rolls out the build's binaries_dir. */
const DEPLOY_READS_BUILD: readonly InputName[] = ['binaries_dir', 'binary_name', 'registry_username', 'registry_password', 'registry_auth_config', 'registry_insecure'];

/**
 * Inputs a deploy job passes only for some deploy_target values (a hidden job per target, which
 * the deploy jobs extend by the target's name): deploy_image's default, the build job's
 * GANTRY_IMAGE_REF, means nothing for the binary target, which would refuse it.
 */
export const TARGET_VARIABLES: Readonly<Record<DeployTarget, readonly InputName[]>> = {
  container: ['deploy_image'],
  swarm: ['deploy_image'],
  binary: [],
};
const PER_TARGET = new Set<InputName>(Object.values(TARGET_VARIABLES).flat());

/**
 * Which schema inputs each job maps: the build job builds and pushes, deploy jobs only deploy.
 * Day-two jobs share the deploy jobs' variables (the same hosts, keys and service) but take no
 * boolean flag: none of them means anything there but force, and force on an unlock is asked
 * for when the job is started (GANTRY_FORCE=true), not by the deploys' setting.
 */
export function jobInputs(verb: Verb): InputName[] {
  if (verb === 'build') return inputNames().filter((n) => ['build', 'secrets', 'push', 'cache'].includes(INPUTS[n].group));
  // A CLI-only input (logs_follow) would keep a job running forever: the templates leave it out,
  // so GitLab refuses an include that sets it.
  const deploy = inputNames().filter((n) => (INPUTS[n].group === 'deploy' && !(INPUTS[n] as InputSpec).cliOnly) || DEPLOY_READS_BUILD.includes(n));
  if (verb === 'deploy') return deploy;
  // A rollback puts back what ran before; rolling back automatically is a deploy's setting.
  if (verb === 'rollback') return deploy.filter((n) => n !== 'rollback');
  return deploy.filter((n) => INPUTS[n].kind !== 'boolean');
}

/** A whole value naming one CI/CD variable: `$NAME` or `${NAME}`. */
export const VARIABLE_REGEX = '^\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?$';

/**
 * The regex GitLab checks an input against. GitLab checks it before it expands CI/CD variables,
 * so besides what gantry accepts it lets through a `$VARIABLE` (gantry checks the expanded value
 * against the schema's own regex when the job runs) and, for an optional input, an empty value
 * (gantry takes the default then).
 */
export function gitlabRegex(regex: string, optional: boolean): string {
  const own = regex.startsWith('^$|') ? regex.slice(3) : regex;
  return [...(optional ? ['^$'] : []), VARIABLE_REGEX, own].join('|');
}

/** A schema input as GitLab's spec:inputs entry: GitLab's types, and its rules for regex and options. */
export function componentInput(name: InputName): ComponentInput {
  const spec: InputSpec = INPUTS[name];
  const description = inputDescription(spec);
  if (spec.kind === 'boolean') {
    // GitLab refuses options on a boolean input; its type already says true or false.
    return { type: 'boolean', default: spec.default === 'true', description };
  }
  if (spec.kind === 'number') {
    // GitLab takes regex on string inputs only; gantry checks spec.regex itself and names the input.
    return { type: 'number', default: Number(spec.default), description };
  }
  const override = GITLAB_DEFAULTS[name];
  const input: { -readonly [K in keyof ComponentInput]: ComponentInput[K] } = { type: 'string', description };
  if (override !== null) input.default = override ?? spec.default;
  if (spec.options) input.options = spec.options;
  // List inputs stay strings: an array input cannot take a value from a CI/CD variable.
  if (spec.regex) input.regex = gitlabRegex(spec.regex, override !== null);
  return input;
}

const ENGINE_OPTIONS = ['none', 'dind', 'socket'] as const;
const DEPLOY_WHEN = ['on_success', 'manual'] as const;
/** Deploys run from the default branch and from tags; never from other branches (merge requests are refused apart). */
export const DEPLOY_IF = '$CI_COMMIT_TAG || $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH';

/** Inputs of the templates themselves (stage, names, image, engine, rules), not of gantry. */
function templateInputs(template: TemplateName): Record<string, ComponentInput> {
  const stages: Record<string, ComponentInput> =
    template === 'build-deploy'
      ? {
          build_stage: { type: 'string', default: 'build', description: 'Stage of the build job.' },
          deploy_stage: { type: 'string', default: 'deploy', description: 'Stage of the deploy and rollback jobs.' },
        }
      : { stage: { type: 'string', default: template === 'build' ? 'build' : 'deploy', description: "Stage of the template's jobs." } };
  const out: Record<string, ComponentInput> = {
    ...stages,
    job_prefix: {
      type: 'string', default: 'gantry', regex: '^[A-Za-z0-9_-]+$',
      description: 'Prefix of the job names (PREFIX-build, PREFIX-deploy, PREFIX-rollback and the day-two jobs PREFIX-status, PREFIX-logs...); give each service its own when including the component more than once.',
    },
    runner_image: {
      type: 'string', default: `${RUNNER_REPOSITORY}:${VERSION}`,
      description: "Image the jobs run in: gantry's runner image (Node 24, git and gantry) at this component's version. On a self-managed instance, the same tag of your mirror's own runner image (its release publishes $CI_REGISTRY_IMAGE/runner:VERSION).",
    },
    runner_tags: {
      type: 'array', default: [],
      description: 'Runner tags of the jobs, e.g. [docker, linux]; empty runs them on any runner of the project.',
    },
  };
  if (template !== 'deploy') {
    out.docker_engine = {
      type: 'string', default: 'none', options: ENGINE_OPTIONS,
      description: "Docker engine of the build job: none runs no service and needs no privileges (the runner image's Go compiles and gantry assembles and pushes the image itself; a build that needs an engine, such as your own Dockerfile, fails in one line saying so); dind starts a docker:dind service and points DOCKER_HOST at it; socket uses the runner's own engine (its DOCKER_HOST, else /var/run/docker.sock mounted into the job).",
    };
    out.dind_image = { type: 'string', default: 'docker:27-dind', description: 'Image of the docker:dind service when docker_engine is dind.' };
    out.dind_tls = {
      type: 'boolean', default: true,
      description: "Talk to the docker:dind service over TLS (port 2376, certificates in /certs/client through DOCKER_TLS_CERTDIR); this needs the runner's /certs/client volume, which GitLab's hosted runners have. false uses plain TCP on 2375, for runners without that volume.",
    };
  }
  if (template === 'deploy') {
    out.build_job = {
      type: 'string', default: 'gantry-build',
      description: "The gantry build job whose dotenv report (GANTRY_IMAGE_REF) the deploy reads, and only its; without such a job in the pipeline the deploy starts at once (give deploy_image then).",
    };
  }
  if (template !== 'build') {
    out.deploy_if = {
      type: 'string', default: DEPLOY_IF,
      description: 'A rules:if expression: the pipelines whose deploy and rollback jobs run (by default the default branch and tags). Merge-request pipelines never deploy, whatever it says.',
    };
    out.deploy_when = {
      type: 'string', default: 'on_success', options: DEPLOY_WHEN,
      description: 'on_success deploys as soon as the build passes; manual waits for someone to start the deploy job (suggested for production).',
    };
    out.environment_name = {
      type: 'string', default: 'production',
      description: "GitLab environment of the deploy, rollback and day-two jobs; its deploy and rollback jobs run one at a time (resource_group PREFIX-NAME), day-two jobs beside them.",
    };
    out.environment_url = {
      type: 'string', default: '$DEPLOY_URL', regex: gitlabRegex('^https?://\\S+$', true),
      description: "URL of the environment, or a CI/CD variable holding it (empty shows none).",
    };
    out.day_two_jobs = {
      type: 'boolean', default: true,
      description: `Offer the manual day-two jobs ${DAY_TWO_JOBS.map((j) => `PREFIX-${j.command}`).join(', ')} (each runs that gantry command with the deploy's inputs, in the pipelines deploy_if names); false leaves them out.`,
    };
  }
  return out;
}

function jobNames(template: TemplateName): string[] {
  if (template === 'build') return ['build'];
  if (template === 'deploy') return ['deploy', 'rollback'];
  return ['build', 'deploy', 'rollback'];
}

/** Every spec:inputs entry of a template, by name, in the order written. */
export function templateSpec(template: TemplateName): Record<string, ComponentInput> {
  const out: Record<string, ComponentInput> = { ...templateInputs(template) };
  const names = new Set<InputName>();
  for (const job of jobNames(template)) for (const n of jobInputs(job as Verb)) names.add(n);
  for (const n of inputNames()) if (names.has(n)) out[n] = componentInput(n);
  return out;
}

function specYaml(inputs: Record<string, ComponentInput>): string[] {
  const out = ['spec:', '  inputs:'];
  for (const [name, input] of Object.entries(inputs)) {
    out.push(`    ${name}:`);
    if (input.type !== 'string') out.push(`      type: ${input.type}`);
    if (Array.isArray(input.default)) out.push(`      default: ${flowList(input.default)}`);
    else if (input.default !== undefined) out.push(entry(6, 'default', input.default as string | number | boolean));
    if (input.options) out.push(`      options: ${flowList(input.options)}`);
    if (input.regex) out.push(entry(6, 'regex', input.regex));
    out.push(entry(6, 'description', input.description));
  }
  return out;
}

const ref = (input: string): string => `$[[ inputs.${input} ]]`;

function variablesYaml(names: readonly InputName[], extra: Record<string, string> = {}): string[] {
  const out = ['  variables:'];
  for (const [k, v] of Object.entries(extra)) out.push(entry(4, k, v));
  // Booleans go on the command line: GitLab puts a boolean input in as a YAML boolean, and
  // `variables:` takes only strings and integers.
  for (const n of names) if (INPUTS[n].kind !== 'boolean') out.push(entry(4, `GANTRY_${n.toUpperCase()}`, ref(n)));
  return out;
}

function command(verb: Verb, names: readonly InputName[], dotenv: boolean): string {
  const flags = names.filter((n) => INPUTS[n].kind === 'boolean').map((n) => `--${n.replace(/_/g, '-')}=${ref(n)}`);
  return ['gantry', verb, ...flags, ...(dotenv ? ['--dotenv', DOTENV_FILE] : [])].join(' ');
}

function jobKey(job: string): string {
  return scalar(`${ref('job_prefix')}-${job}`);
}

/**
 * The build job extends one of these by name: the engine, and for dind whether it speaks TLS.
 * With TLS, dind writes its client certificates into /certs/client (the runner's volume shared
 * by service and job) and gantry reads them through DOCKER_CERT_PATH.
 */
function engineJobs(): string[] {
  const hidden = (engine: string, tls: boolean): string => scalar(`.${ref('job_prefix')}-engine-${engine}-tls-${tls}`);
  const dind = [
    '  services:',
    `    - name: ${scalar(ref('dind_image'))}`,
    '      alias: docker',
    '  variables:',
  ];
  return [
    // none: no service, no engine address; the build takes the host builder (builder auto).
    `${hidden('none', true)}:`,
    '  variables: {}',
    `${hidden('none', false)}:`,
    '  variables: {}',
    `${hidden('dind', true)}:`,
    ...dind,
    '    DOCKER_HOST: tcp://docker:2376',
    '    DOCKER_TLS_CERTDIR: /certs',
    '    DOCKER_TLS_VERIFY: "1"',
    '    DOCKER_CERT_PATH: /certs/client',
    `${hidden('dind', false)}:`,
    ...dind,
    '    DOCKER_HOST: tcp://docker:2375',
    '    DOCKER_TLS_CERTDIR: ""',
    `${hidden('socket', true)}:`,
    '  variables: {}',
    `${hidden('socket', false)}:`,
    '  variables: {}',
  ];
}

/**
 * build-deploy: the build job extends one of these by deploy_target. The binary target's deploy
 * job takes the build's binaries_dir (its SHA256SUMS and the NAME-linux-ARCH files) as artifacts;
 * the paths name files inside binaries_dir, so an empty binaries_dir names none in the project.
 */
/** The OCI layout a build with push: false writes by default, kept as an artifact for the deploy job. */
const OCI_ARTIFACT = '.gantry/oci/';

function buildTargetJobs(): string[] {
  const out: string[] = [];
  for (const t of DEPLOY_TARGETS) {
    out.push(`${scalar(`.${ref('job_prefix')}-build-target-${t}`)}:`);
    if (t === 'binary') {
      out.push('  artifacts:', '    paths:', `      - ${scalar(`${ref('binaries_dir')}/SHA256SUMS`)}`, `      - ${scalar(`${ref('binaries_dir')}/*-linux-*`)}`);
    } else if (t === 'container') {
      // push: false writes the image as an OCI layout (.gantry/oci unless oci_layout says otherwise);
      // the deploy job gets it with the dotenv's GANTRY_IMAGE_REF=oci:.gantry/oci@sha256:...
      out.push('  artifacts:', '    paths:', `      - ${OCI_ARTIFACT}`);
    } else out.push('  variables: {}');
  }
  return out;
}

function buildJob(stage: string, template: TemplateName): string[] {
  const names = jobInputs('build');
  const engine = scalar(`.${ref('job_prefix')}-engine-${ref('docker_engine')}-tls-${ref('dind_tls')}`);
  const lines = [
    `${jobKey('build')}:`,
    `  stage: ${scalar(ref(stage))}`,
    `  image: ${scalar(ref('runner_image'))}`,
    `  tags: ${ref('runner_tags')}`,
    ...(template === 'build-deploy'
      ? ['  extends:', `    - ${engine}`, `    - ${scalar(`.${ref('job_prefix')}-build-target-${ref('deploy_target')}`)}`]
      : [`  extends: ${engine}`]),
    // A newer pipeline of the same ref may cancel a build: nothing outside the registry changes.
    '  interruptible: true',
    ...variablesYaml(names),
  ];
  // gantry keeps the Go module and build caches in cache_dir; GitLab's cache carries it between
  // jobs, keyed by the service's go.mod and go.sum (the Go version comes from them or the input).
  lines.push(
    '  cache:',
    '    key:',
    '      files:',
    `        - ${scalar(`${ref('context')}/go.mod`)}`,
    `        - ${scalar(`${ref('context')}/go.sum`)}`,
    `      prefix: ${scalar(`${ref('job_prefix')}-go${ref('go_version')}`)}`,
    '    paths:',
    `      - ${scalar(ref('cache_dir'))}`,
  );
  lines.push('  script:', `    - ${scalar(command('build', names, true))}`);
  // The SBOM files (output sbom) as GitLab's CycloneDX report: one per platform.
  lines.push('  artifacts:');
  // build-deploy's container target job adds the layout's path (its extends merges the key).
  if (template === 'build') lines.push('    paths:', `      - ${OCI_ARTIFACT}`);
  lines.push('    reports:', `      dotenv: ${DOTENV_FILE}`, '      cyclonedx:', '        - .gantry/sbom*.cdx.json');
  return lines;
}

/** The hidden job a deploy job extends for its deploy_target: the inputs only that target takes. */
const targetJob = (target: string): string => `.${ref('job_prefix')}-deploy-target-${target}`;

function deployJobs(stage: string, template: TemplateName): string[] {
  // Every job that talks to the hosts shares one hidden job: the target's, stage, runner, the
  // build job's dotenv and one mapping of the inputs. Deploy and rollback add one environment
  // and one resource group; the day-two jobs only the environment.
  const fleet = `.${ref('job_prefix')}-fleet`;
  const base = `.${ref('job_prefix')}-deploy-base`;
  const deployNames = jobInputs('deploy');
  const rollbackNames = jobInputs('rollback');
  const lines: string[] = [];
  for (const t of DEPLOY_TARGETS) {
    const names = TARGET_VARIABLES[t];
    lines.push(`${scalar(targetJob(t))}:`, ...(names.length > 0 ? variablesYaml(names) : ['  variables: {}']));
  }
  lines.push(
    `${scalar(fleet)}:`,
    `  extends: ${scalar(targetJob(ref('deploy_target')))}`,
    `  stage: ${scalar(ref(stage))}`,
    `  image: ${scalar(ref('runner_image'))}`,
    `  tags: ${ref('runner_tags')}`,
    // A rollout (or a maintenance switch) cancelled halfway leaves a fleet mixed: a newer
    // pipeline must wait, not cancel it.
    '  interruptible: false',
    // Only that build job's dotenv: with several services in one pipeline, every build job's
    // GANTRY_IMAGE_REF would otherwise reach every deploy job.
    '  needs:',
    ...(template === 'build-deploy'
      ? [`    - job: ${scalar(`${ref('job_prefix')}-build`)}`, '      artifacts: true']
      : [`    - job: ${scalar(ref('build_job'))}`, '      artifacts: true', '      optional: true']),
    ...variablesYaml(deployNames.filter((n) => !PER_TARGET.has(n))),
    `${scalar(base)}:`,
    `  extends: ${scalar(fleet)}`,
    `  resource_group: ${scalar(`${ref('job_prefix')}-${ref('environment_name')}`)}`,
    '  environment:',
    `    name: ${scalar(ref('environment_name'))}`,
    `    url: ${scalar(ref('environment_url'))}`,
    '',
    `${jobKey('deploy')}:`,
    `  extends: ${scalar(base)}`,
    ...deployRules(ref('deploy_when')),
  );
  lines.push('  script:', `    - ${scalar(command('deploy', deployNames, false))}`);
  lines.push(
    '',
    `${jobKey('rollback')}:`,
    `  extends: ${scalar(base)}`,
    ...deployRules('manual'),
    '  allow_failure: true',
    '  script:',
    `    - ${scalar(command('rollback', rollbackNames, false))}`,
  );
  return [...lines, ...dayTwoJobs(fleet)];
}

/**
 * The manual day-two jobs: started by a person from the pipeline page, never on their own, and
 * never holding the pipeline up (allow_failure). Outside the deploys' resource group: a status
 * or an unlock must not wait for the rollout it looks at, and maintenance and live run beside one
 * (each host's proxy lock orders them with a rollout's switches).
 */
function dayTwoJobs(fleet: string): string[] {
  const base = `.${ref('job_prefix')}-day-two`;
  const lines = [
    '',
    `${scalar(base)}:`,
    `  extends: ${scalar(fleet)}`,
    ...deployRules('manual', [`"${ref('day_two_jobs')}" == "false"`]),
    // A manual job of rules is allow_failure: false unless told: the pipeline would wait for it.
    '  allow_failure: true',
  ];
  for (const { command: verb, action } of DAY_TWO_JOBS) {
    lines.push(
      '',
      `${jobKey(verb)}:`,
      `  extends: ${scalar(base)}`,
      '  environment:',
      `    name: ${scalar(ref('environment_name'))}`,
      `    action: ${action}`,
      '  script:',
      `    - ${scalar(command(verb, jobInputs(verb), false))}`,
    );
  }
  return lines;
}

/**
 * Where the jobs that reach the hosts run: never in a merge-request pipeline (a branch's code
 * must not reach an environment before it is merged), nor where one of `never` holds, then
 * wherever deploy_if says.
 */
function deployRules(when: string, never: readonly string[] = []): string[] {
  return [
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '      when: never',
    ...never.flatMap((expr) => [`    - if: ${scalar(expr)}`, '      when: never']),
    `    - if: ${scalar(ref('deploy_if'))}`,
    `      when: ${scalar(when)}`,
  ];
}

const HEADERS: Record<TemplateName, string[]> = {
  build: [
    '# gantry build: builds the Go service in `context` into an image tagged by commit time and',
    `# pushes it. Its dotenv report (${DOTENV_FILE}) gives later jobs ${outputVariable('digest')}, ${outputVariable('image_ref')}`,
    `# (image@digest, what to deploy), ${(['tags', 'image_id', 'commit_time', 'go_version'] as const).map(outputVariable).join(', ')}.`,
    '# Its CycloneDX SBOM (.gantry/sbom*.cdx.json) is the job\'s cyclonedx report.',
  ],
  deploy: [
    '# gantry deploy: rolls deploy_image (by default GANTRY_IMAGE_REF from a gantry build job\'s',
    '# dotenv report) out to `hosts` over SSH, health-gated, in batches; a manual job rolls back,',
    `# manual day-two jobs run ${DAY_TWO_JOBS.map((j) => j.command).join(', ')}.`,
  ],
  'build-deploy': [
    '# gantry build + deploy: builds and pushes the image, then rolls exactly that digest out to',
    '# `hosts` over SSH, health-gated, in batches; a manual job rolls back, manual day-two jobs',
    `# run ${DAY_TWO_JOBS.map((j) => j.command).join(', ')}.`,
  ],
};

/** One template's text: a header comment, spec:inputs, then jobs that map inputs and run gantry. */
export function templateYaml(template: TemplateName): string {
  const out = [
    ...HEADERS[template],
    '#',
    '#   include:',
    `#     - component: $CI_SERVER_FQDN/${COMPONENT_PROJECT}/${template}@${VERSION}`,
    '#',
    GENERATED_NOTE,
    ...specYaml(templateSpec(template)),
    '---',
  ];
  if (template === 'build-deploy') out.push(...buildTargetJobs());
  if (template !== 'deploy') out.push(...engineJobs(), '', ...buildJob(template === 'build' ? 'stage' : 'build_stage', template));
  if (template !== 'build') {
    if (template === 'build-deploy') out.push('');
    out.push(...deployJobs(template === 'deploy' ? 'stage' : 'deploy_stage', template));
  }
  return `${out.join('\n')}\n`;
}

/** Every generated template, by path. */
export function gitlabTemplates(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of TEMPLATE_NAMES) out[`templates/${t}.yml`] = templateYaml(t);
  return out;
}
