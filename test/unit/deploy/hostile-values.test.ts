/**
 * Hostile values through every input that reaches a host. Each value goes through gantry's real
 * input validation (parseInputs, deploySpec); a value that passes is rendered into the real step
 * scripts of a whole deploy, which the real bash runs with a stand-in `docker` and `curl` on PATH
 * that record their argv exactly. Either the value is refused with one line naming the input, or
 * it arrives intact as one argument (or in the env file), and in every case nothing it says ran.
 *
 * A new host-bound input joins ROWS with one line: its name, how the value is written into the
 * input, and the arguments it must arrive as. (health_cmd is meant to run on the host: not here.)
 *
 * Real bash runs one value of each hostile class per input (HOSTILE_CLASSES); every other value is
 * held to the quoting invariant on the scripts rendered for it: it is data only inside NAME=...
 * assignments, quoted as shq quotes, and the scripts are otherwise the very ones bash ran for its
 * class. Of the container and swarm steps, bash runs those the value reaches (whose script or stdin
 * differ from the same deploy's without it). GANTRY_FULL=1 runs real bash for every value (release runs).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createHash } from 'crypto';
import { parseInputs } from '../../../src/inputs';
import { MemoryReporter } from '../../../src/reporter';
import { runRollout } from '../../../src/deploy/rollout/rollout';
import { UserError } from '../../../src/errors';
import { BinaryDeploySpec, ContainerDeploySpec, SwarmDeploySpec, deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { describeActor } from '../../../src/deploy/rollout/deploy-actor';
import { formatImageRef } from '../../../src/image-ref';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { ExecOptions, ExecResult, HostConnection } from '../../../src/deploy/connection/host-connection';
import { RemoteStep, listValues, parseStepOutput } from '../../../src/deploy/steps/render';
import { convergeStep, createStep, finalizeStep, healthStep, preflightStep, pullStep, restoreStep, retireStep, switchStep } from '../../../src/deploy/targets/container/container-steps';
import { heartbeatStep, lockStep, lockReleaseStep } from '../../../src/deploy/steps/lock-steps';
import { splitArgs } from '../../../src/deploy/spec/shell-words';
import { preSwitchStep } from '../../../src/deploy/targets/container/pre-switch';
import { resolveVersionStep } from '../../../src/deploy/targets/container/container-steps';
import {
  swarmApplyStep, swarmAuditRecordStep, swarmLogsStep, swarmPreflightStep, swarmRemoveStep, swarmStateStep, swarmStatusStep,
} from '../../../src/deploy/targets/swarm/swarm-steps';
import { deployLabels, findVersion, parseHistory } from '../../../src/deploy/targets/swarm/swarm-history';
import { createFlags as swarmCreateFlags, updateFlags as swarmUpdateFlags } from '../../../src/deploy/targets/swarm/swarm-spec';
import { rollback } from '../../../src/deploy/commands/deploy-command';
import { logs } from '../../../src/deploy/commands/logs';
import { oneLine, shq } from '../../../src/shell-quote';
import { argsText } from '../../../src/deploy/targets/container/container-options';

// Every marker a hostile value could create: relative ones land in bash's working folder (this
// process's), absolute ones in MARKS.
const MARKS = mkdtempSync(join(tmpdir(), 'gantry-hostile-marks-'));
const HOSTILE = [
  '$(touch pwned)',
  '`touch pwned`',
  `$(touch ${MARKS}/pwned)`,
  `$(id>${MARKS}/pwned)`,
  `\`id>${MARKS}/pwned\``,
  "it's';touch${IFS}pwned;'",
  'say"hi";touch${IFS}pwned',
  'one\ntouch pwned',
  'a;touch${IFS}pwned',
  '-x',
  '--privileged',
  'robot$ci+deployer',
];

/** Each hostile value's class, named by the value real bash runs for it (the class's first value). */
const HOSTILE_CLASSES: ReadonlyArray<readonly string[]> = [
  [`$(id>${MARKS}/pwned)`, '$(touch pwned)', `$(touch ${MARKS}/pwned)`], // command substitution
  [`\`id>${MARKS}/pwned\``, '`touch pwned`'], // backticks
  ["it's';touch${IFS}pwned;'", 'say"hi";touch${IFS}pwned', 'a;touch${IFS}pwned'], // quote breaks, ;
  ['one\ntouch pwned'], // a line break
  ['--privileged', '-x'], // option-looking
  ['robot$ci+deployer'], // a parameter expansion
];
const FULL = process.env.GANTRY_FULL === '1';
// A row runs a whole deploy's steps in bash: seconds on a loaded machine, several at once.
jest.setTimeout(60_000);
/** The value real bash ran for v's class, or undefined when bash runs v itself. */
function provenBy(v: string): string | undefined {
  const cls = HOSTILE_CLASSES.find((c) => c.includes(v));
  if (!cls) throw new Error(`hostile value ${JSON.stringify(v)} has no class`);
  return FULL || cls[0] === v ? undefined : cls[0];
}

// The quoting invariant: NAME=word and NAME=(word ...), each word as shq writes one (bare plain
// characters, or single-quoted with each ' written '\''), followed by a space, ) or the line's end.
const SHQ_WORD = String.raw`(?:'[^']*'(?:\\''[^']*')*|[A-Za-z0-9_@%+=:,./-]+)`;
const ASSIGNMENT = new RegExp(String.raw`(?<=^|[\s;])([A-Za-z_][A-Za-z0-9_]*)=(\((?:\s*${SHQ_WORD})*\s*\)|${SHQ_WORD})(?=[\s;)]|$)`, 'gm');
const unshq = (word: string) => (word.startsWith("'") ? word.slice(1, -1).replace(/'\\''/g, "'") : word);
/** A script with every assignment's value taken out: what must not depend on the value. */
const skeleton = (s: RemoteStep) => ({ script: s.script.replace(ASSIGNMENT, '$1=…'), secretLines: s.secretInput.split('\n').length });
/** Every value a step carries: its assignments' words and its stdin's secrets, decoded. */
function dataOf(s: RemoteStep): string[] {
  const words = [...s.script.matchAll(ASSIGNMENT)].flatMap((m) => (m[2].startsWith('(') ? [...m[2].slice(1, -1).matchAll(new RegExp(SHQ_WORD, 'g'))].map((w) => unshq(w[0])) : [unshq(m[2])]));
  return [...words, ...s.secretInput.split('\n').filter(Boolean).map((l) => Buffer.from(l, 'base64').toString('utf8'))];
}
/** Whether w is in the data as it is, or as shq quotes it inside a script carried as data (a run wrapper). */
const among = (data: string[], w: string) => data.some((d) => d.includes(w) || d.includes(shq(w)));
/**
 * Holds steps rendered for `value` to the invariant against `proven`, the same steps rendered for
 * its class's value that real bash ran: the same scripts outside the assignments, and each word of
 * the value among the data (a value that reaches no step, as rollback_to on a manager, leaves the
 * steps the same as the proven value's).
 */
function expectSameShape(value: string, steps: Array<[string, RemoteStep]>, proven: Array<[string, RemoteStep]>, provenValue: string): void {
  expect(steps.map(([n, s]) => [n, skeleton(s)])).toEqual(proven.map(([n, s]) => [n, skeleton(s)]));
  const data = steps.flatMap(([, s]) => dataOf(s));
  const provenData = proven.flatMap(([, s]) => dataOf(s));
  if (!among(provenData, provenValue.split(/\s+/)[0])) {
    expect(steps.map(([, s]) => s.script)).toEqual(proven.map(([, s]) => s.script));
    return;
  }
  const words = value.split(/\s+/).filter(Boolean);
  expect(words.filter((w) => !among(data, w))).toEqual([]);
}

const D = `sha256:${'ab'.repeat(32)}`;
const PROXY_MODE = { proxy_port: '8090', health_url: '', health_path: '/healthz' };
const REGISTRY = '10.231.0.1:5000';
const BASE: Record<string, string> = {
  command: 'deploy',
  hosts: 'local',
  deploy_image: `${REGISTRY}/team/hello@${D}`,
  registry_username: 'ci',
  registry_password: 'pw',
  health_cmd: 'true',
};
// A host folder that exists, for bind mounts whose name holds the hostile value.
const BIND = join(MARKS, 'bind');

/** What a run recorded: every call's argv, the env file docker create saw, each step's output. */
interface Seen {
  readonly calls: string[][];
  readonly envFile: string;
  readonly out: Record<string, ReturnType<typeof parseStepOutput>>;
  readonly auditLog: string;
}

type Expect = (v: string, seen: Seen) => void;
const arg = (want: (v: string) => string): Expect => (v, seen) => {
  expect(seen.calls).toContainEqual(expect.arrayContaining([want(v)]));
};
const args = (...wants: Array<(v: string) => string>): Expect => (v, seen) => wants.forEach((w) => arg(w)(v, seen));
const refusedOnly: Expect = () => {
  throw new Error('this input must refuse every hostile value');
};

/**
 * input, how the hostile value is written into it, what must arrive on the host when it is
 * accepted, and (for a value that comes from the host itself) the steps that read it.
 */
const ROWS: Array<[string, (v: string) => Record<string, string>, Expect, string[]?]> = [
  ['registry_username', (v) => ({ registry_username: v }), (v, seen) => {
    arg(() => `--username=${v}`)(v, seen);
    // The message of a failed login names the user as data: one line, newlines shown as spaces.
    expect(seen.out.pull.values.error).toBe(`registry login to ${REGISTRY} as ${v.replace(/[\r\n\t]/g, ' ')} failed: Error response from daemon: unauthorized`);
  }],
  ['deploy_image', (v) => ({ deploy_image: `${v}/team/hello@${D}` }), args((v) => `${v}/team/hello@${D}`)],
  ['deploy_image', (v) => ({ deploy_image: `${REGISTRY}/team/${v}@${D}` }), args((v) => `${REGISTRY}/team/${v}@${D}`)],
  ['deploy_image', (v) => ({ deploy_image: `${REGISTRY}/team/hello:${v}` }), args((v) => `${REGISTRY}/team/hello:${v}`)],
  ['container_name', (v) => ({ container_name: v }), args((v) => `--name=${v}-gantry-new`)],
  ['env', (v) => ({ env: `GREETING=${v}` }), (v, seen) => expect(seen.envFile).toBe(`GREETING=${v}`)],
  ['env_file', (v) => ({ env: '', env_file_text: `GREETING=${v}\n` }), (v, seen) => expect(seen.envFile).toBe(`GREETING=${v}`)],
  ['secret_env', (v) => ({ secret_env: `GREETING=${v}` }), (v, seen) => expect(seen.envFile).toBe(`GREETING=${v}`)],
  ['secret_env', (v) => ({ env: 'PORT=8080', secret_env: `GREETING=${v}` }), (v, seen) => expect(seen.envFile).toBe(`PORT=8080\nGREETING=${v}`)],
  ['volumes', (v) => ({ volumes: `${v}:/data` }), args((v) => `--volume=${v}:/data`)],
  ['volumes', (v) => ({ volumes: `${BIND}/${v}:/data:ro` }), args((v) => `--volume=${BIND}/${v}:/data:ro`)],
  ['volumes', (v) => ({ volumes: `data:/${v}` }), args((v) => `--volume=data:/${v}`)],
  ['ports', (v) => ({ ports: `${v}:80` }), refusedOnly],
  ['ports', (v) => ({ ports: `8080:80/${v}` }), refusedOnly],
  ['network', (v) => ({ network: v }), args((v) => `--network=${v}`)],
  ['network', (v) => ({ network: `container:${v}` }), args((v) => `--network=container:${v}`)],
  ['restart', (v) => ({ restart: v }), refusedOnly],
  ['health_url', (v) => ({ health_url: `http://127.0.0.1:8080/${v}` }), args(() => '--url', (v) => `http://127.0.0.1:8080/${v}`)],
  ['hosts', (v) => ({ hosts: v }), refusedOnly],
  ['health_path', (v) => ({ ...PROXY_MODE, health_path: `/${v}` }), args(() => '--url', (v) => `http://172.18.0.5:8080/${v}`)],
  ['proxy_host', (v) => ({ ...PROXY_MODE, proxy_host: v }), refusedOnly],
  ['proxy_image', (v) => ({ ...PROXY_MODE, registry_username: '', registry_password: '', proxy_image: `${REGISTRY}/${v}` }), args((v) => `${REGISTRY}/${v}`)],
  ['pre_switch_cmd', (v) => ({ pre_switch_cmd: v }), (v, seen) => {
    const want = splitArgs('pre_switch_cmd', v);
    const run = seen.calls.find((c) => c[1] === 'run');
    expect(run?.slice(-want.length)).toEqual(want);
  }],
  // The container options: typed values, refused unless they are what they say; args arrive as words after the image.
  ['memory', (v) => ({ memory: v }), refusedOnly],
  ['memory', (v) => ({ memory: `512m${v}` }), refusedOnly],
  ['cpus', (v) => ({ cpus: v }), refusedOnly],
  ['log_max_size', (v) => ({ log_max_size: `10m${v}` }), refusedOnly],
  ['log_max_files', (v) => ({ log_max_size: '10m', log_max_files: v }), refusedOnly],
  ['args', (v) => ({ args: v }), (v, seen) => {
    const want = splitArgs('args', v);
    const create = seen.calls.find((c) => c[1] === 'create');
    expect(create?.slice(-want.length - 1)).toEqual([`${REGISTRY}/team/hello@${D}`, ...want]);
  }],
  ['stop_timeout', (v) => ({ stop_timeout: v }), refusedOnly],
  ['user', (v) => ({ user: v }), refusedOnly],
  ['read_only', (v) => ({ read_only: v }), refusedOnly],
  ['tmpfs', (v) => ({ tmpfs: `/${v}` }), args((v) => `--tmpfs=/${v}`)],
  ['tmpfs', (v) => ({ tmpfs: `/tmp:size=${v}` }), refusedOnly],
  ['rollback_to', (v) => ({ rollback_to: v }), (v, seen) => {
    expect(seen.out.resolve.values.error).toBe(`rollback_to '${v}': no version is recorded on this host`);
  }],
  ['hosts', (v) => ({ hosts: `${v}@10.231.0.11` }), refusedOnly],
  ['hosts', (v) => ({ hosts: `deploy@${v}:22` }), refusedOnly],
  ['ssh_user', (v) => ({ ssh_user: v, hosts: '10.231.0.11', known_hosts: `10.231.0.11 ssh-ed25519 ${'A'.repeat(68)}` }), refusedOnly],
  // Not inputs, but text from the CI environment and the image that lands in labels, the lock and the audit log.
  ['labels: deployed-by (the CI user)', (v) => ({ ci_user: v }), (v, seen) => {
    const by = describeActor({ GITLAB_CI: 'true', CI_PROJECT_PATH: 'team/app', CI_JOB_ID: '7', GITLAB_USER_LOGIN: v }, 'runner');
    arg(() => `--label=dev.gantry.deployed-by=${by}`)(v, seen);
    expect(seen.out.lock.values.acquired).toBe('1');
    expect(seen.auditLog).toContain(` by=${by}\n`);
  }],
  ['labels: revision (the image\'s label, set by the labels input)', (v) => ({ image_revision: v }),
    args((v) => `--label=dev.gantry.revision=${v}`, (v) => `--label=org.opencontainers.image.revision=${v}`), ['pull', 'create']],
];

// The stand-in tools: each call's argv, NUL-separated, in a file of its own; `docker login` reads
// the password and fails as a registry would; `docker create` keeps the env file it was given.
const DOCKER = `#!/bin/bash
printf '%s\\0' docker "$@" >"$REC/call.$$"
case "$1 $2" in
  "login "*) cat >/dev/null; echo 'Error response from daemon: unauthorized' >&2; exit 1 ;;
  "container inspect") exit 1 ;;
  "image inspect")
    case "$*" in *org.opencontainers.image.revision*) printf '%s\\n' "$FAKE_REVISION" ;; esac; exit 0 ;;
  "inspect -f")
    case "$3" in
      *State.Status*) echo 'running 0 0 none' ;;
      *RestartCount*) echo 0 ;;
      *NetworkSettings.Networks*) echo 172.18.0.5 ;;
    esac
    exit 0 ;;
  "create "*)
    for a in "$@"; do case $a in --env-file=*) cp "\${a#--env-file=}" "$REC/env-file" ;; esac; done
    exit 0 ;;
esac
exit 0
`;
const CURL = `#!/bin/bash
printf '%s\\0' curl "$@" >"$REC/call.$$"
exit 0
`;

/** The steps of one host's deploy, in order, as the rollout renders them from the spec (a whole deploy, then the undo steps). */
function deploySteps(spec: ContainerDeploySpec, by: string): Array<[string, RemoteStep]> {
  const c = spec.container;
  const name = spec.service;
  const h = spec.health;
  const image = c.image!;
  const ref = formatImageRef(image);
  const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
  const audit = { action: 'deploy' as const, by, from: '', to: image.digest ?? '' };
  return [
    ['preflight', preflightStep(name, h.url !== '')],
    ['lock', lockStep(name, { token: 'tok', by, runner: 'runner', pid: 1 }, 120)],
    ['heartbeat', heartbeatStep(name, 'tok')],
    ['converge', convergeStep(name, by)],
    ['pull', pullStep(name, ref, image.repository, registry, spec.proxy ? [spec.proxy.image] : [])],
    ...(spec.preSwitch.length > 0 ? [['pre-switch', preSwitchStep(name, {
      ref, args: spec.preSwitch, env: spec.env, network: c.network, proxy: spec.proxy !== undefined, timeoutSeconds: 60,
    })] as [string, RemoteStep]] : []),
    ...(spec.rollbackTo ? [['resolve', resolveVersionStep(name, spec.rollbackTo, c.keepImages)] as [string, RemoteStep]] : []),
    ['create', createStep(name, {
      ref, digest: image.digest ?? '', ports: c.ports, env: spec.env, volumes: c.volumes, network: c.network, restart: c.restart,
      deployedAt: '2026-01-01T00:00:00Z', deployedBy: by, options: c.options,
    })],
    ['switch', switchStep(name, 'new')],
    ['health', healthStep(name, {
      cmd: h.cmd, url: h.url, timeoutSeconds: h.timeout,
      probe: spec.proxy ? { port: spec.proxy.appPort, path: spec.proxy.healthPath } : undefined, target: spec.proxy ? 'new' : 'name',
    })],
    ['finalize', finalizeStep(name, { repository: image.repository, keepImages: c.keepImages, audit })],
    ['restore', restoreStep(name, audit)],
    ['retire', retireStep(name, audit)],
    ['unlock', lockReleaseStep(name, 'tok')],
  ];
}

function pwnedFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'pwned') found.push(join(dir, e.name));
      if (e.isDirectory()) walk(join(dir, e.name));
    }
  };
  walk(MARKS);
  if (existsSync(join(process.cwd(), 'pwned'))) found.push(join(process.cwd(), 'pwned'));
  return found;
}

const CASES = ROWS.flatMap(([input, write, arrives, steps]) => HOSTILE.map((v) => [input, v, write, arrives, steps] as const));

afterAll(() => rmSync(MARKS, { recursive: true, force: true }));

describe('hostile values are refused by name or arrive intact, and nothing runs', () => {

  /** The spec and the steps `value` reaches (undefined when the input refuses it). */
  const rendered = (value: string, write: (v: string) => Record<string, string>, steps?: string[]) => {
    const { ci_user: ciUser, image_revision: revision, env_file_text: envFileText, ...given } = write(value);
    let spec: ContainerDeploySpec;
    try {
      spec = deploySpec(parseInputs({ ...BASE, ...given }), { envFileText }, 'deploy') as ContainerDeploySpec;
    } catch {
      return undefined;
    }
    const by = ciUser === undefined ? 'ci job 1 (me)'
      : describeActor({ GITLAB_CI: 'true', CI_PROJECT_PATH: 'team/app', CI_JOB_ID: '7', GITLAB_USER_LOGIN: ciUser }, 'runner');
    // The steps the value reaches: those whose script or stdin differ from the same deploy without it.
    const text = (s: RemoteStep) => s.script + s.secretInput;
    const plain = new Map(deploySteps(deploySpec(parseInputs(BASE)) as ContainerDeploySpec, 'ci job 1 (me)').map(([n, s]) => [n, text(s)]));
    return { spec, by, revision, reached: deploySteps(spec, by).filter(([name, s]) => (steps ? steps.includes(name) : text(s) !== plain.get(name))) };
  };

  test.concurrent.each(CASES)('%s: %j', async (input, value, write, arrives, steps) => {
    const { env_file_text: envFileText, ...given } = write(value);
    delete given.ci_user;
    delete given.image_revision;
    let spec: ContainerDeploySpec;
    try {
      spec = deploySpec(parseInputs({ ...BASE, ...given }), { envFileText }, 'deploy') as ContainerDeploySpec;
    } catch (err) {
      // Refused: one line, naming the input, before anything is rendered.
      expect(err).toBeInstanceOf(UserError);
      const message = (err as Error).message;
      expect(message).not.toMatch(/[\r\n]/);
      const named = input.replace(/_text$/, '').split(':')[0];
      expect(message.startsWith(`input '${named}': `)).toBe(true);
      expect(pwnedFiles()).toEqual([]);
      return;
    }

    const home = mkdtempSync(join(tmpdir(), 'gantry-hostile-'));
    try {
      const bin = join(home, 'bin');
      const rec = join(home, 'rec');
      mkdirSync(bin);
      mkdirSync(rec);
      mkdirSync(join(BIND, value), { recursive: true });
      writeFileSync(join(bin, 'docker'), DOCKER);
      writeFileSync(join(bin, 'curl'), CURL);
      chmodSync(join(bin, 'docker'), 0o755);
      chmodSync(join(bin, 'curl'), 0o755);
      const { revision, reached } = rendered(value, write, steps)!;
      expect(spec).toBeDefined();
      expect(reached.length).toBeGreaterThan(0);
      // Values the host answers with (steps listed) always run: their path is the host's output.
      const proof = steps ? undefined : provenBy(value);
      const proven = proof === undefined ? undefined : rendered(proof, write, steps);
      if (proven) {
        expectSameShape(value, reached, proven.reached, proof!);
        return;
      }
      const conn = new LocalConnection(() => undefined, {
        PATH: `${bin}:${process.env.PATH}`, HOME: home, REC: rec, FAKE_REVISION: revision ?? 'abc123',
      });
      const out: Seen['out'] = {};
      for (const [name, s] of reached) {
        const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
        expect({ name, stderr: r.stderr }).toEqual({ name, stderr: '' });
        out[name] = parseStepOutput(r.stdout);
      }
      const calls = readdirSync(rec).filter((f) => f.startsWith('call.')).map((f) => readFileSync(join(rec, f), 'utf8').split('\0').slice(0, -1));
      const envFile = existsSync(join(rec, 'env-file')) ? readFileSync(join(rec, 'env-file'), 'utf8') : '';
      const auditFile = join(home, '.gantry/audit.log');
      const auditLog = existsSync(auditFile) ? readFileSync(auditFile, 'utf8') : '';
      arrives(value, { calls, envFile, out, auditLog });
      expect(pwnedFiles()).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

// deploy_target swarm: the same hostile values through every input that reaches the manager. The
// stand-in docker answers as an active manager with no service yet (create) or one (update), and
// keeps the value of GREETING it found in its own environment: env values must arrive there,
// never in an argv.
const SWARM_BASE: Record<string, string> = { ...BASE, deploy_target: 'swarm', health_cmd: '' };
const SWARM_DOCKER = `#!/bin/bash
printf '%s\\0' docker "$@" >"$REC/call.$$"
case "$1 $2" in
  "login "*) cat >/dev/null; exit 0 ;;
  "version "*) echo 20.10.24 ;;
  "info "*) echo 'active true' ;;
  "container inspect") exit 1 ;;
  "service inspect") [ "$SERVICE_EXISTS" = 1 ] || exit 1 ;;
  "node ls") echo 'Ready Active' ;;
  "service create"|"service update") if [ -n "\${GREETING+x}" ]; then printf '%s' "$GREETING" >"$REC/greeting"; fi ;;
  "service logs") printf 'api.1.t1@h1    | %s\\n' "$FAKE_LOG" ;;
esac
exit 0
`;
const LOG_PREFIX = 'api.1.t1@h1    | ';
const SWARM_ROWS: Array<[string, (v: string) => Record<string, string>, Expect]> = [
  ['registry_username', (v) => ({ registry_username: v }), args((v) => `--username=${v}`)],
  ['deploy_image', (v) => ({ deploy_image: `${REGISTRY}/team/${v}@${D}` }), args((v) => `${REGISTRY}/team/${v}@${D}`)],
  ['container_name', (v) => ({ container_name: v }), args((v) => `--name=${v}`)],
  ['env', (v) => ({ env: `GREETING=${v}` }), (v, seen) => {
    expect(seen.envFile).toBe(v);
    for (const c of seen.calls) for (const a of c) expect(a.includes(v) && a !== '--env=GREETING' && a !== '--env-add=GREETING').toBe(false);
  }],
  ['volumes', (v) => ({ volumes: `${v}:/data` }), args((v) => `--mount=type=volume,source=${v},target=/data`)],
  ['volumes', (v) => ({ volumes: `data:/${v}` }), args((v) => `--mount=type=volume,source=data,target=/${v}`)],
  ['ports', (v) => ({ ports: `${v}:80` }), refusedOnly],
  // create names it, an update adds it (after asking docker which network the name is).
  ['network', (v) => ({ network: v }), args((v) => `--network=${v}`, (v) => `--network-add=${v}`, (v) => v)],
  ['memory', (v) => ({ memory: v }), refusedOnly],
  ['cpus', (v) => ({ cpus: `1${v}` }), refusedOnly],
  ['log_max_size', (v) => ({ log_max_size: v }), refusedOnly],
  ['stop_timeout', (v) => ({ stop_timeout: v }), refusedOnly],
  ['user', (v) => ({ user: `1000:${v}` }), refusedOnly],
  ['tmpfs', (v) => ({ tmpfs: `/${v}` }), args((v) => `--mount=type=tmpfs,target=/${v}`, (v) => `--mount-add=type=tmpfs,target=/${v}`)],
  // create: words after the image; update: one --args value the docker CLI splits back (nothing expanded).
  ['args', (v) => ({ args: v }), (v, seen) => {
    const want = splitArgs('args', v);
    const create = seen.calls.find((c) => c.includes('create'));
    expect(create?.slice(-want.length - 1)).toEqual([`${REGISTRY}/team/hello@${D}`, ...want]);
    arg(() => `--args=${argsText(want)}`)(v, seen);
  }],
  ['replicas', (v) => ({ replicas: v }), refusedOnly],
  ['swarm_mode', (v) => ({ swarm_mode: v }), refusedOnly],
  ['publish_mode', (v) => ({ publish_mode: v }), refusedOnly],
  ['batch_size', (v) => ({ batch_size: v }), refusedOnly],
  ['keep_images', (v) => ({ keep_images: v }), refusedOnly],
  // rollback_to is looked up on the runner among the history's versions: it never reaches the manager.
  ['rollback_to', (v) => ({ rollback_to: v }), (v) => {
    expect(() => findVersion(parseHistory(''), v, 'api')).toThrow(/^input 'rollback_to': [^\n]*recorded: none;/);
  }],
  ['logs_since', (v) => ({ logs_since: v }), refusedOnly],
  ['logs_tail', (v) => ({ logs_tail: v }), refusedOnly],
  ['logs_grep', (v) => ({ logs_grep: v }), (v, seen) => {
    arg(() => '--tail=100')(v, seen);
    expect(listValues(seen.out.logs, 'line')).toEqual(`${LOG_PREFIX}${v}`.split('\n'));
  }],
  // Not inputs: the CI user (labels, lock, audit log) and the image's revision label (labels, history).
  ['labels: deployed-by (the CI user)', (v) => ({ ci_user: v }), (v, seen) => {
    const by = describeActor({ GITLAB_CI: 'true', CI_PROJECT_PATH: 'team/app', CI_JOB_ID: '7', GITLAB_USER_LOGIN: v }, 'runner');
    arg(() => `--label=dev.gantry.deployed-by=${by}`)(v, seen);
    expect(seen.auditLog).toContain(` by=${by}\n`);
  }],
  ['labels: revision (the image\'s label, read from the registry)', (v) => ({ image_revision: v }), (v, seen) => {
    arg(() => `--label=dev.gantry.revision=${v}`)(v, seen);
    const history = seen.calls.flat().find((a) => a.startsWith('--label=dev.gantry.history='))!;
    expect(parseHistory(history.slice('--label=dev.gantry.history='.length)).map((e) => e.ref)).toEqual([`${REGISTRY}/team/hello@${D}`]);
  }],
];
const SWARM_CASES = SWARM_ROWS.flatMap(([input, write, arrives]) => HOSTILE.map((v) => [input, v, write, arrives] as const));

describe('deploy_target swarm: hostile values are refused by name or arrive intact, and nothing runs', () => {
  /** The manager's steps for `value`, each with whether the service exists then (undefined when the input refuses it). */
  const rendered = (value: string, write: (v: string) => Record<string, string>) => {
    const { ci_user: ciUser, image_revision: revision, ...given } = write(value);
    let spec: SwarmDeploySpec;
    try {
      spec = deploySpec(parseInputs({ ...SWARM_BASE, ...given }), {}, 'deploy') as SwarmDeploySpec;
    } catch {
      return undefined;
    }
    const c = spec.container;
    const image = c.image!;
    const ref = formatImageRef(image);
    const by = ciUser === undefined ? 'ci job 1 (me)'
      : describeActor({ GITLAB_CI: 'true', CI_PROJECT_PATH: 'team/app', CI_JOB_ID: '7', GITLAB_USER_LOGIN: ciUser }, 'runner');
    const entry = { ref, digest: image.digest ?? '', revision: revision ?? 'abc123', deployedAt: '' };
    const labels = deployLabels({ service: spec.service, entry, history: [], deployedAt: '2026-01-01T00:00:00Z', deployedBy: by, keep: c.keepImages });
    const o = { swarm: spec.swarm, container: c, serviceLabels: labels.service, containerLabels: labels.container };
    const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
    const configText = JSON.stringify({ flags: swarmCreateFlags({ ...o, serviceLabels: [], containerLabels: [] }), env: spec.env });
    const inputs = parseInputs({ ...SWARM_BASE, ...given });
    const steps: Array<[string, string, RemoteStep]> = [
      ['0', 'preflight', swarmPreflightStep(spec.service)],
      ['0', 'create', swarmApplyStep(spec.service, { action: 'create', ref, flags: swarmCreateFlags(o), env: spec.env, registry, configText, args: c.options.args })],
      ['1', 'update', swarmApplyStep(spec.service, { action: 'update', ref, flags: swarmUpdateFlags(o), env: spec.env, registry, network: c.network, configText, skipSame: true })],
      ['1', 'image', swarmApplyStep(spec.service, { action: 'image', ref, flags: labels.service.map((l) => `--label-add=${l}`), env: [], registry, force: true })],
      ['1', 'state', swarmStateStep(spec.service)],
      ['1', 'status', swarmStatusStep(spec.service)],
      ['1', 'logs', swarmLogsStep(spec.service, { since: inputs.logs_since, tail: inputs.logs_tail, grep: inputs.logs_grep })],
      ['1', 'audit', swarmAuditRecordStep(spec.service, { action: 'deploy', result: 'ok', from: '', to: image.digest ?? '', by })],
      ['1', 'remove', swarmRemoveStep(spec.service)],
    ];
    return steps;
  };
  let plainSteps: ReturnType<typeof rendered>;
  /** The manager's steps of the same deploy with no hostile value in it. */
  const plainSwarmSteps = () => (plainSteps ??= rendered('', () => ({})))!;

  test.concurrent.each(SWARM_CASES)('%s: %j', async (input, value, write, arrives) => {
    const { ci_user: _ciUser, image_revision: _revision, ...given } = write(value);
    let spec: SwarmDeploySpec;
    try {
      spec = deploySpec(parseInputs({ ...SWARM_BASE, ...given }), {}, 'deploy') as SwarmDeploySpec;
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      const message = (err as Error).message;
      expect(message).not.toMatch(/[\r\n]/);
      expect(message.startsWith(`input '${input}': `)).toBe(true);
      expect(pwnedFiles()).toEqual([]);
      return;
    }
    expect(spec).toBeDefined();
    const steps = rendered(value, write)!;
    // The CI user and the image's revision are rendered on the runner (labels, lock, audit, the
    // history label), as every other row's value: one value of each class runs, the rest are held
    // to the shape of its steps.
    const proof = provenBy(value);
    const proven = proof === undefined ? undefined : rendered(proof, write);
    if (proven) {
      expectSameShape(value, steps.map(([, n, st]) => [n, st]), proven.map(([, n, st]) => [n, st]), proof!);
      return;
    }
    // Bash runs the steps the value reaches: those whose script or stdin differ from the same
    // deploy's without it (a step the value leaves as it is proves nothing about the value). The
    // logs step also passes the value as the log text docker prints: logs_grep's rows run it.
    const text = (s: RemoteStep) => s.script + s.secretInput;
    const plain = new Map(plainSwarmSteps().map(([, n, s]) => [n, text(s)]));
    const reached = steps.filter(([, n, s]) => text(s) !== plain.get(n));
    if (reached.length === 0) {
      // rollback_to: looked up on the runner; no step carries it (a new row that reaches none says why here).
      expect(input).toBe('rollback_to');
      arrives(value, { calls: [], envFile: '', out: {}, auditLog: '' });
      expect(pwnedFiles()).toEqual([]);
      return;
    }
    const home = mkdtempSync(join(tmpdir(), 'gantry-hostile-swarm-'));
    try {
      const bin = join(home, 'bin');
      const rec = join(home, 'rec');
      mkdirSync(bin);
      mkdirSync(rec);
      writeFileSync(join(bin, 'docker'), SWARM_DOCKER);
      chmodSync(join(bin, 'docker'), 0o755);
      const out: Seen['out'] = {};
      for (const [exists, name, s] of reached) {
        const conn = new LocalConnection(() => undefined, { PATH: `${bin}:${process.env.PATH}`, HOME: home, REC: rec, SERVICE_EXISTS: exists, FAKE_LOG: value });
        const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
        expect({ step: s.name, code: r.code, stderr: r.stderr }).toEqual({ step: s.name, code: 0, stderr: '' });
        out[name] = parseStepOutput(r.stdout);
      }
      const calls = readdirSync(rec).filter((f) => f.startsWith('call.')).map((f) => readFileSync(join(rec, f), 'utf8').split('\0').slice(0, -1));
      const greeting = existsSync(join(rec, 'greeting')) ? readFileSync(join(rec, 'greeting'), 'utf8') : '';
      const auditFile = join(home, '.gantry/audit.log');
      arrives(value, { calls, envFile: greeting, out, auditLog: existsSync(auditFile) ? readFileSync(auditFile, 'utf8') : '' });
      expect(pwnedFiles()).toEqual([]);
      // No scratch folder left (a logs step alone makes none).
      const scratch = join(home, '.gantry/tmp');
      expect(existsSync(scratch) ? readdirSync(scratch) : []).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

/**
 * deploy_target binary: its host-bound inputs through the whole binary rollout (runRollout,
 * BinaryHostRun, the real binary-*.sh steps run by bash on a scratch home). The "binary" records
 * its arguments and the env value it was given; restart_cmd runs it once. restart_cmd and logs_cmd
 * are meant to run on the host (like health_cmd): not here.
 */
interface BinarySeen {
  readonly code: number;
  readonly message: string;
  /** What the program got: its argv, its GREETING, and the release folder it ran from. */
  readonly argv: string[];
  readonly greeting: string;
  readonly envFile: string;
  readonly home: string;
}
type BinaryExpect = (v: string, seen: BinarySeen) => void;
const binaryRefusedOnly: BinaryExpect = () => {
  throw new Error('this input must refuse every hostile value');
};
const BINARY_ROWS: Array<[string, (v: string, home: string) => Record<string, string>, BinaryExpect]> = [
  // One argument a line: a value with a newline is two arguments, each intact.
  ['binary_args', (v) => ({ binary_args: `--listen=:8080\n${v}` }), (v, seen) => expect(seen.argv).toEqual(['--listen=:8080', ...v.split('\n')])],
  ['env', (v) => ({ env: `GREETING=${v}` }), (v, seen) => {
    expect(seen.envFile).toBe(`GREETING=${v}\n`);
    expect(seen.greeting).toBe(v);
  }],
  ['env_file', (v) => ({ env_file_text: `GREETING=${v}\n` }), (v, seen) => expect(seen.greeting).toBe(v)],
  ['binary_root', (v, home) => ({ binary_root: `${home}/${v}` }), (v, seen) => {
    expect(seen.code).toBe(0);
    expect(existsSync(join(seen.home, v, 'api', 'current', 'run'))).toBe(true);
  }],
  ['binary_name', (v) => ({ binary_name: v }), binaryRefusedOnly],
  ['supervisor_conf', (v) => ({ process_manager: 'supervisor', supervisor_conf: `~/sv/${v}/supervisord.ini`, install_unit: 'true' }), (v, seen) => {
    expect(seen.code).toBe(0);
    expect(readFileSync(join(seen.home, 'sv', v, 'api.conf'), 'utf8')).toContain('[program:api]');
  }],
  ['process_manager', (v) => ({ process_manager: v }), binaryRefusedOnly],
  ['keep_releases', (v) => ({ keep_releases: v }), binaryRefusedOnly],
  ['deploy_target', (v) => ({ deploy_target: v }), binaryRefusedOnly],
];
const RECORDER = '#!/bin/bash\nprintf \'%s\\0\' "$@" >"$GANTRY_RELEASE_DIR/../../argv"\nprintf \'%s\' "${GREETING-}" >"$GANTRY_RELEASE_DIR/../../greeting"\n';
/** binaries_dir under home with the recording program as api's binary for this machine, and its SHA256SUMS. */
function recorderBinaries(home: string): string {
  const out = join(home, 'out');
  mkdirSync(out);
  const file = join(out, `api-linux-${process.arch === 'arm64' ? 'arm64' : 'amd64'}`);
  writeFileSync(file, RECORDER);
  chmodSync(file, 0o755);
  writeFileSync(join(out, 'SHA256SUMS'), `${createHash('sha256').update(RECORDER).digest('hex')}  ${file.slice(out.length + 1)}\n`);
  return out;
}
const BINARY_CASES = BINARY_ROWS.flatMap(([input, write, arrives]) => HOSTILE.map((v) => [input, v, write, arrives] as const));

/** What a binary rollout sent a host, in order, and what the host answered. */
interface Transcript {
  readonly execs: Array<{ readonly script: string; readonly stdin: string; readonly result: ExecResult }>;
}
/** The host `local` as bash runs it, with every script and answer written down. */
class RecordingConnection implements HostConnection {
  constructor(private readonly inner: LocalConnection, readonly transcript: Transcript) {}
  async exec(script: string, opts: ExecOptions): Promise<ExecResult> {
    const result = await this.inner.exec(script, opts);
    this.transcript.execs.push({ script, stdin: opts.stdin ?? '', result });
    return result;
  }
  upload(localPath: string, remotePath: string): Promise<number> {
    return this.inner.upload(localPath, remotePath);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
/**
 * A host that answers each script with what bash answered the proven value's script of the same
 * place (scripted from a real run): nothing runs, every script sent is kept to be compared.
 */
class ReplayConnection implements HostConnection {
  readonly sent: Array<[string, RemoteStep]> = [];
  constructor(private readonly proven: Transcript) {}
  async exec(script: string, opts: ExecOptions): Promise<ExecResult> {
    const i = this.sent.length;
    this.sent.push([String(i), { name: String(i), script, secretInput: opts.stdin ?? '' }]);
    const answer = this.proven.execs[i];
    if (!answer) throw new Error(`script ${i} was not sent for the proven value`);
    return answer.result;
  }
  async upload(localPath: string): Promise<number> {
    return readFileSync(localPath).length;
  }
  async close(): Promise<void> {}
}
const asSteps = (t: Transcript): Array<[string, RemoteStep]> => t.execs.map((e, i) => [String(i), { name: String(i), script: e.script, secretInput: e.stdin }]);

/**
 * One row's value through input checks and, when accepted, a whole rollout on `connection(env)`
 * with a scratch home, which the caller removes (seen.home) once it has looked.
 */
async function binaryRun(
  input: string, value: string, write: (v: string, home: string) => Record<string, string>,
  connection: (env: NodeJS.ProcessEnv) => HostConnection,
): Promise<{ refused: string } | { seen: BinarySeen; spec: BinaryDeploySpec }> {
  const home = mkdtempSync(join(tmpdir(), 'gantry-hostile-bin-'));
  try {
    const out = recorderBinaries(home);
    const { env_file_text: envFileText, ...given } = write(value, home);
    let spec: BinaryDeploySpec;
    try {
      spec = deploySpec(parseInputs({
        command: 'deploy', deploy_target: 'binary', hosts: 'local', binaries_dir: out, binary_name: 'api',
        restart_cmd: '"$GANTRY_RELEASE_DIR/run"', health_cmd: 'true', ...given,
      }), { envFileText, binarySums: readFileSync(join(out, 'SHA256SUMS'), 'utf8'), commit: { sha: 'abcdef0123', commitTime: 1700000000 } }) as BinaryDeploySpec;
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      rmSync(home, { recursive: true, force: true });
      return { refused: (err as Error).message };
    }
    const report = await runRollout({
      mode: 'deploy', spec, reporter: new MemoryReporter(), actor: { by: 'ci', runner: 'r', pid: process.pid },
      connect: async () => ({ connection: connection({ PATH: process.env.PATH, HOME: home }) }),
    });
    const app = join(spec.binary.root || join(home, 'apps'), 'api');
    const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
    expect(existsSync(join(home, 'pwned')) || existsSync(join(app, 'pwned'))).toBe(false);
    return {
      spec,
      seen: {
        code: report.exitCode, message: report.hosts[0].message ?? '', home,
        argv: read(join(app, 'argv')).split('\0').slice(0, -1), greeting: read(join(app, 'greeting')),
        envFile: read(join(app, 'current', 'env')),
      },
    };
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    throw err;
  }
}

describe('deploy_target binary: hostile values are refused by name or arrive intact, and nothing runs', () => {
  // The real rollout (bash on a scratch home) of each row's value that real bash runs, once: the
  // row's test of that value checks what arrived, the other values of its class are replayed against it.
  const proven = new Map<string, Promise<{ outcome: Awaited<ReturnType<typeof binaryRun>>; transcript: Transcript }>>();
  const realRun = (input: string, value: string, write: (v: string, home: string) => Record<string, string>) => {
    const key = `${input}\0${value}`;
    if (!proven.has(key)) {
      proven.set(key, (async () => {
        const transcript: Transcript = { execs: [] };
        const outcome = await binaryRun(input, value, write, (env) => new RecordingConnection(new LocalConnection(() => undefined, env), transcript));
        return { outcome, transcript };
      })());
    }
    return proven.get(key)!;
  };

  // Each row has a scratch home of its own and passes its env to bash explicitly: several run at once.
  test.concurrent.each(BINARY_CASES)('%s: %j', async (input, value, write, arrives) => {
    const proof = provenBy(value);
    if (proof === undefined) {
      const { outcome } = await realRun(input, value, write);
      expect(pwnedFiles()).toEqual([]);
      if ('refused' in outcome) {
        expect(outcome.refused).not.toMatch(/[\r\n]/);
        expect(outcome.refused.startsWith(`input '${input.replace(/_text$/, '')}': `)).toBe(true);
        return;
      }
      const { seen } = outcome;
      try {
        expect({ code: seen.code, message: seen.message }).toEqual({ code: 0, message: expect.any(String) });
        arrives(value, seen);
      } finally {
        rmSync(seen.home, { recursive: true, force: true });
      }
      return;
    }
    // Another value of a class that real bash ran: refused the same way, or sent as scripts of the
    // very shape bash ran for its class, the value among their data.
    const { outcome: provenOutcome, transcript } = await realRun(input, proof, write);
    const replay = new ReplayConnection(transcript);
    const outcome = await binaryRun(input, value, write, () => replay);
    if ('refused' in outcome) {
      expect(outcome.refused).not.toMatch(/[\r\n]/);
      expect(outcome.refused.startsWith(`input '${input.replace(/_text$/, '')}': `)).toBe(true);
      return;
    }
    rmSync(outcome.seen.home, { recursive: true, force: true });
    expect('seen' in provenOutcome).toBe(true);
    expect(outcome.seen.code).toBe(0);
    expectSameShape(value, replay.sent, asSteps(transcript), proof);
  });
});

/**
 * deploy_target binary, day two: rollback_to and the logs command's inputs through the real
 * commands (rollback, logs) against a scratch home that holds one deployed release. Either the
 * value is refused by name before any host is asked, or it arrives as data: in the one line that
 * names the release it is not, or as grep's fixed string.
 */
const DAY_TWO_ROWS: Array<[string, (v: string) => Record<string, string>, 'rollback' | 'logs', (v: string, seen: { lines: string[]; error: string }) => void]> = [
  ['rollback_to', (v) => ({ rollback_to: v }), 'rollback', (v, seen) => {
    expect(seen.error).toMatch(/^input 'rollback_to': local: binary-resolve: rollback_to '/);
    expect(seen.error).toContain(`rollback_to '${v.replace(/[\r\n\t]/g, ' ')}' is not among the releases of api kept in `);
    expect(seen.error.endsWith(': 1700000000-abcdef0; expected a digest, tag or revision that every host keeps (status lists them)')).toBe(true);
  }],
  // grep -F takes each line of the value as one fixed string.
  ['logs_grep', (v) => ({ logs_grep: v }), 'logs', (v, seen) => expect(seen.lines).toEqual(v.split('\n').map((l) => `local | ${l}`))],
  ['logs_tail', (v) => ({ logs_tail: v }), 'logs', () => {
    throw new Error('logs_tail must refuse every hostile value');
  }],
  ['logs_since', (v) => ({ logs_since: v }), 'logs', () => {
    throw new Error('logs_since must refuse every hostile value');
  }],
];
const DAY_TWO_CASES = DAY_TWO_ROWS.flatMap(([input, write, command, arrives]) => HOSTILE.map((v) => [input, v, write, command, arrives] as const));

describe('deploy_target binary, day two: hostile values are refused by name or arrive intact, and nothing runs', () => {
  test.each(DAY_TWO_CASES)('%s: %j', async (input, value, write, command, arrives) => {
    // A value of a class whose first value ran: the input's own check only (the rows change
    // process.env.HOME, so they cannot run at once). GANTRY_FULL=1 runs every value.
    // The input's own check first: a value it refuses never reaches a host, so nothing is deployed
    // for it. Of a value it accepts, bash runs one value of each class (GANTRY_FULL=1 runs every value).
    try {
      parseInputs({ deploy_target: 'binary', hosts: 'local', binary_name: 'api', command, ...write(value) });
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).not.toMatch(/[\r\n]/);
      expect((err as Error).message.startsWith(`input '${input}': `)).toBe(true);
      expect(pwnedFiles()).toEqual([]);
      return;
    }
    if (provenBy(value) !== undefined) {
      expect(pwnedFiles()).toEqual([]);
      return;
    }
    const home = mkdtempSync(join(tmpdir(), 'gantry-hostile-day-two-'));
    const realHome = process.env.HOME;
    try {
      const out = recorderBinaries(home);
      const base = {
        deploy_target: 'binary', hosts: 'local', binaries_dir: out, binary_name: 'api', restart_cmd: '"$GANTRY_RELEASE_DIR/run"', health_cmd: 'true',
        logs_cmd: 'cat "$HOME/api.log"',
      };
      const spec = deploySpec(parseInputs({ ...base, command: 'deploy' }), { binarySums: readFileSync(join(out, 'SHA256SUMS'), 'utf8'), commit: { sha: 'abcdef0123', commitTime: 1700000000 } });
      const deployed = await runRollout({
        mode: 'deploy', spec, reporter: new MemoryReporter(), actor: { by: 'ci', runner: 'r', pid: process.pid },
        connect: async () => ({ connection: new LocalConnection(() => undefined, { PATH: process.env.PATH, HOME: home }) }),
      });
      expect(deployed.exitCode).toBe(0);
      writeFileSync(join(home, 'api.log'), ['before', ...value.split('\n'), 'after', ''].join('\n'));
      // The commands reach "local" through gantry's own connector: this process's environment.
      process.env.HOME = home;
      const reporter = new MemoryReporter();
      let error = '';
      try {
        const inputs = parseInputs({ ...base, command, ...write(value) });
        const code = command === 'rollback' ? await rollback(inputs, reporter, { ...process.env, HOME: home }) : await logs(inputs, reporter, { ...process.env, HOME: home });
        expect(code).toBe(0);
      } catch (err) {
        expect(err).toBeInstanceOf(UserError);
        error = (err as Error).message;
        expect(error).not.toMatch(/[\r\n]/);
        expect(error.startsWith(`input '${input}': `)).toBe(true);
      }
      expect(pwnedFiles()).toEqual([]);
      expect(existsSync(join(home, 'pwned')) || existsSync(join(home, 'apps', 'api', 'pwned'))).toBe(false);
      if (error && !error.includes(': local: ')) return; // refused before any host was asked
      arrives(value, { lines: reporter.lines.filter((l) => l.startsWith('local | ')), error });
    } finally {
      process.env.HOME = realHome;
      rmSync(home, { recursive: true, force: true });
    }
  });
});
