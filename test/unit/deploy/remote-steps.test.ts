import { execFileSync, spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { AddressInfo, Server, createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { RemoteStep, STEP_EXIT, listValues, parseStepOutput, stepExitVariable } from '../../../src/deploy/steps/render';
import { convergeStep, createStep, finalizeStep, healthStep, ociPullStep, preflightStep, pullStep, restoreStep, retireStep, switchStep } from '../../../src/deploy/targets/container/container-steps';
import { heartbeatStep, lockStep, lockReleaseStep } from '../../../src/deploy/steps/lock-steps';
import { STEP_SCRIPTS } from '../../../src/deploy/steps/step-scripts';
import { STEP_SCRIPTS_MODULE, readStepScripts, stepScriptsModule } from '../../../src/deploy/steps/embed-scripts';

const PASSWORD = "pa'ss wo\"rd $HOME `x`";
const ENV_VALUE = "va'lue with $(danger) and \\ back";
const owner = { token: 't1', by: "ci job 7 (o'neil)", runner: 'runner-a', pid: 42 };
const audit = { action: 'deploy' as const, by: 'me', from: 'sha256:a', to: 'sha256:b' };
const create = {
  ref: 'r:5000/x@sha256:1', digest: 'sha256:1', ports: ['8080:80'], env: [['A', ENV_VALUE], ['B', '2']] as Array<[string, string]>,
  volumes: ['d:/d'], network: 'host', restart: 'unless-stopped', deployedAt: '2024-01-01T00:00:00Z', deployedBy: 'me',
};

const steps: Array<[string, RemoteStep]> = [
  ['preflight', preflightStep('web', true)],
  ['lock', lockStep('web', owner, 120, 'tok')],
  ['heartbeat', heartbeatStep('web', 't1')],
  ['release', lockReleaseStep('web', 't1')],
  ['converge', convergeStep('web', 'me')],
  ['pull', pullStep('web', 'r:5000/x@sha256:1', 'r:5000/x', { server: 'r:5000', username: 'u', password: PASSWORD })],
  ['pull without login', pullStep('web', 'r:5000/x@sha256:1', 'r:5000/x')],
  ['create', createStep('web', create)],
  ['switch new', switchStep('web', 'new')],
  ['switch prev', switchStep('web', 'prev')],
  ['health', healthStep('web', { cmd: "curl -fsS 'http://127.0.0.1:8080/healthz'", url: 'http://127.0.0.1:8080/', timeoutSeconds: 30 })],
  ['finalize', finalizeStep('web', { repository: 'r:5000/x', keepImages: 3, audit })],
  ['restore', restoreStep('web', audit)],
  ['retire', retireStep('web', audit)],
];

describe('rendered steps', () => {
  test.each(steps)('%s is valid bash', (_, step) => {
    const r = spawnSync('bash', ['-n'], { input: step.script });
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);
  });

  test.each(steps)('%s holds no secret in its script and ends by calling itself', (_, step) => {
    expect(step.script).not.toContain(PASSWORD);
    expect(step.script).not.toContain('danger');
    expect(step.script.endsWith('gantry_step; exit $?\n')).toBe(true);
    expect(step.script).not.toContain('\\$'); // every \${...} of a template became a shell expansion
  });

  test('secrets follow the script as base64 lines', () => {
    const pull = steps[5][1];
    expect(pull.secretInput).toBe(`${Buffer.from(PASSWORD).toString('base64')}\n`);
    const c = createStep('web', create);
    expect(Buffer.from(c.secretInput.trim(), 'base64').toString()).toBe(`A=${ENV_VALUE}\nB=2`);
  });
});

describe('parseStepOutput', () => {
  test.each([
    ['a=1\nb=x=y\n', { a: '1', b: 'x=y' }],
    ['noise\nA=upper ignored\nlog=one\nlog=two\n', { log: 'two' }],
    ['', {}],
  ])('%j', (text, values) => {
    expect(parseStepOutput(text).values).toEqual(values);
  });
  test('keeps repeated keys in order', () => {
    expect(listValues(parseStepOutput('log=1\nx=0\nlog=2\r\n'), 'log')).toEqual(['1', '2']);
  });
});

// The steps below run for real in bash on this machine, with a scratch HOME; a stand-in `docker`
// records how it was called (the steps' use of docker is covered end to end on the test bed).
describe('steps run by bash', () => {
  let home: string;
  let bin: string;
  let conn: LocalConnection;
  const run = (s: RemoteStep) => conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  const lockDir = () => join(home, '.gantry/services/web/lock');

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'gantry-steps-'));
    bin = join(home, 'bin');
    execFileSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'docker'), `#!/bin/bash
printf '%s\\n' "$*" >>"${home}/docker.log"
if [ "$1" = create ]; then
  while [ $# -gt 0 ]; do
    case $1 in --env-file=*) cp "\${1#--env-file=}" "${home}/env-seen"; stat -c %a "\${1#--env-file=}" >"${home}/env-mode" ;; esac
    shift
  done
  exit 0
fi
if [ "$1" = login ]; then cat >"${home}/password-seen"; exit 0; fi
if [ "$1" = container ] && [ "$2" = inspect ]; then exit 1; fi
exit 0
`);
    chmodSync(join(bin, 'docker'), 0o755);
    conn = new LocalConnection(() => undefined, { PATH: `${bin}:${process.env.PATH}`, HOME: home });
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  test('the env file reaches docker create with mode 600 and is gone afterwards; values never in argv', async () => {
    const r = await run(createStep('web', create));
    expect(r.code).toBe(0);
    expect(readFileSync(join(home, 'env-seen'), 'utf8')).toBe(`A=${ENV_VALUE}\nB=2`);
    expect(readFileSync(join(home, 'env-mode'), 'utf8').trim()).toBe('600');
    const log = readFileSync(join(home, 'docker.log'), 'utf8');
    expect(log).toContain('create --name=web-gantry-new --restart=unless-stopped --network=host --publish=8080:80 --volume=d:/d');
    expect(log).toContain('--label=dev.gantry.deployed-by=me');
    expect(log).not.toContain('danger');
    expect(readdirSync(join(home, '.gantry/tmp'))).toEqual([]);
  });

  test('the registry password reaches docker login on stdin only, and its config dir is removed', async () => {
    const r = await run(pullStep('web', 'r:5000/x@sha256:1', 'r:5000/x', { server: 'r:5000', username: 'u', password: PASSWORD }));
    expect(r.code).toBe(0);
    expect(readFileSync(join(home, 'password-seen'), 'utf8')).toBe(PASSWORD);
    const log = readFileSync(join(home, 'docker.log'), 'utf8');
    expect(log).toContain('login --username=u --password-stdin -- r:5000');
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(readdirSync(join(home, '.gantry/tmp'))).toEqual([]);
  });

  test('a pull that meets a full disk says so first, in one line, and leaves no scratch folder (registry and SSH forward alike)', async () => {
    // The engine's own words when its data root fills while a layer comes in.
    writeFileSync(join(bin, 'docker'), `#!/bin/bash
case $1 in
  pull) echo 'write /var/lib/docker/tmp/GetImageBlob123456: no space left on device' >&2; exit 1 ;;
  image) exit 1 ;;
esac
exit 0
`);
    const forward = ociPullStep('web', { digest: 'sha256:1', imageId: 'sha256:2', pullRef: '127.0.0.1:40123/x@sha256:1', ref: 'x:oci-1', alsoTag: '', diffIds: [], alsoImages: [] });
    for (const [s, what] of [[pullStep('web', 'r:5000/x@sha256:1', 'r:5000/x'), 'docker pull r:5000/x@sha256:1 failed'], [forward, 'docker pull 127.0.0.1:40123/x@sha256:1 through the SSH forward failed']] as const) {
      const r = await run(s);
      expect(r.code).toBe(STEP_EXIT.pull);
      expect(parseStepOutput(r.stdout).values.error).toBe(`the host's disk is full (no space left on device): ${what}: write /var/lib/docker/tmp/GetImageBlob123456: no space left on device`);
      expect(readdirSync(join(home, '.gantry/tmp'))).toEqual([]);
    }
  });

  test('preflight explains a missing docker', async () => {
    // A PATH with the usual tools but no docker.
    rmSync(join(bin, 'docker'));
    for (const tool of ['bash', 'mktemp', 'rm', 'mkdir', 'id', 'cat', 'sed', 'grep', 'tail', 'head', 'date', 'cut']) {
      const path = execFileSync('bash', ['-c', `command -v ${tool}`]).toString().trim();
      execFileSync('ln', ['-s', path, join(bin, tool)]);
    }
    const c = new LocalConnection(() => undefined, { PATH: bin, HOME: home });
    const s = preflightStep('web', false);
    const r = await c.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
    expect(r.code === STEP_EXIT.dockerMissing || r.code === STEP_EXIT.dockerNotOnPath).toBe(true);
    expect(parseStepOutput(r.stdout).values.error).toMatch(/docker is (not installed|installed at .* but is not on the PATH)/);
  });

  test('one holder at a time; the holder is named', async () => {
    expect(parseStepOutput((await run(lockStep('web', owner, 120))).stdout).values.acquired).toBe('1');
    const second = await run(lockStep('web', { ...owner, token: 't2', by: 'other' }, 120));
    expect(second.code).toBe(STEP_EXIT.lockHeld);
    expect(parseStepOutput(second.stdout).values).toMatchObject({
      holder_token: 't1', holder_by: "ci job 7 (o'neil)", holder_runner: 'runner-a', holder_pid: '42', holder_busy: '0',
    });
  });

  test('heartbeat and release only by the holder', async () => {
    await run(lockStep('web', owner, 120));
    expect((await run(heartbeatStep('web', 't2'))).code).toBe(STEP_EXIT.lockLost);
    expect((await run(heartbeatStep('web', 't1'))).code).toBe(0);
    expect(parseStepOutput((await run(lockReleaseStep('web', 't2'))).stdout).values.released).toBe('0');
    expect(existsSync(lockDir())).toBe(true);
    expect(parseStepOutput((await run(lockReleaseStep('web', 't1'))).stdout).values.released).toBe('1');
    expect(existsSync(lockDir())).toBe(false);
  });

  test('a stale lock is broken, a fresh one is not', async () => {
    await run(lockStep('web', owner, 120));
    const old = new Date(Date.now() - 600_000);
    utimesSync(join(lockDir(), 'owner'), old, old);
    const r = await run(lockStep('web', { ...owner, token: 't2' }, 120));
    expect(r.code).toBe(0);
    expect(parseStepOutput(r.stdout).values.broke).toMatch(/^its heartbeat is \d+ s old$/);
    expect(readFileSync(join(lockDir(), 'owner'), 'utf8')).toContain('token=t2');
  });

  test('a lock is broken by token only when no step of its holder runs', async () => {
    await run(lockStep('web', owner, 120));
    writeFileSync(join(lockDir(), 'step'), `${process.pid}\n`); // a live process: a step still running
    const busy = await run(lockStep('web', { ...owner, token: 't2' }, 120, 't1'));
    expect(busy.code).toBe(STEP_EXIT.lockHeld);
    expect(parseStepOutput(busy.stdout).values.holder_busy).toBe('1');
    rmSync(join(lockDir(), 'step'));
    const wrongToken = await run(lockStep('web', { ...owner, token: 't2' }, 120, 'not-t1'));
    expect(wrongToken.code).toBe(STEP_EXIT.lockHeld);
    const taken = await run(lockStep('web', { ...owner, token: 't2' }, 120, 't1'));
    expect(parseStepOutput(taken.stdout).values).toMatchObject({ acquired: '1', broke: 'its run ended without releasing it' });
  });
});

describe('the scripts are the .sh files, with one table of exit codes', () => {
  const ROOT = join(__dirname, '../../..');
  const files = readStepScripts(ROOT);

  test(`${STEP_SCRIPTS_MODULE} carries exactly the .sh files (npm run generate rewrites it)`, () => {
    expect(readFileSync(join(ROOT, STEP_SCRIPTS_MODULE), 'utf8')).toBe(stepScriptsModule(files));
    expect(STEP_SCRIPTS).toEqual(files);
  });

  test.each(steps)('%s starts with its name and sets every exit code from STEP_EXIT', (_, step) => {
    expect(step.script.split('\n', 1)[0]).toBe(`# gantry step: ${step.name}`);
    for (const [key, code] of Object.entries(STEP_EXIT)) {
      expect(step.script).toMatch(new RegExp(`(^| )${stepExitVariable(key as keyof typeof STEP_EXIT)}=${code}( |$)`, 'm'));
    }
  });

  test.each(Object.entries(files))('%s.sh exits only with 0 or an E_* code, and every E_* it names is in STEP_EXIT', (_, text) => {
    const known = new Set(Object.keys(STEP_EXIT).map((k) => stepExitVariable(k as keyof typeof STEP_EXIT)));
    const code = text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
    // Literal codes: exit/fail with anything but 0, return with anything but 0 or 1 (a function's yes/no).
    expect(code.match(/\b(exit|fail)\s+"?[1-9]|\breturn\s+"?([2-9]|\d\d)/g)).toBeNull();
    for (const m of code.matchAll(/\$\{?(E_[A-Z_]+)/g)) expect(known).toContain(m[1]);
  });

  test('every STEP_EXIT code is used by some script', () => {
    const all = Object.values(files).join('\n');
    for (const key of Object.keys(STEP_EXIT)) expect(all).toContain(`"$${stepExitVariable(key as keyof typeof STEP_EXIT)}"`);
  });
});

// The create step checks what it can on the host before anything there changes.
describe('host-side checks before the switch', () => {
  let home: string;
  let conn: LocalConnection;
  let server: Server | undefined;
  const log = () => (existsSync(join(home, 'docker.log')) ? readFileSync(join(home, 'docker.log'), 'utf8') : '');

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'gantry-checks-'));
    const bin = join(home, 'bin');
    execFileSync('mkdir', ['-p', bin]);
    // Networks in $NETWORKS exist; the container "web" exists when $LIVE_PORTS is set, publishing those ports.
    writeFileSync(join(bin, 'docker'), `#!/bin/bash
printf '%s\\n' "$*" >>"${home}/docker.log"
case "$1 $2" in
  "network inspect") case " $NETWORKS " in *" $3 "*) exit 0 ;; esac; exit 1 ;;
  "container inspect") { [ "\${!#}" = web ] && [ -n "\${LIVE_PORTS+x}" ]; } || exit 1; [ "$3" = -f ] && printf 'default\\n%s\\n' "$LIVE_PORTS"; exit 0 ;;
  "inspect -f")
    case "$3" in *NetworkMode*) echo default ;; *PortBindings*) echo "$LIVE_PORTS" ;; esac; exit 0 ;;
esac
exit 0
`);
    chmodSync(join(bin, 'docker'), 0o755);
    conn = new LocalConnection(() => undefined, { PATH: `${bin}:${process.env.PATH}`, HOME: home, NETWORKS: 'backend' });
  });
  afterEach(async () => {
    rmSync(home, { recursive: true, force: true });
    if (server) await new Promise((r) => server!.close(r));
    server = undefined;
  });
  const listening = async (): Promise<number> => {
    server = createServer();
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    return (server.address() as AddressInfo).port;
  };
  const runCreate = (over: Partial<typeof create>, env: Record<string, string> = {}) => {
    const s = createStep('web', { ...create, network: '', volumes: [], ports: [], ...over });
    const c = Object.keys(env).length ? new LocalConnection(() => undefined, { PATH: `${join(home, 'bin')}:${process.env.PATH}`, HOME: home, NETWORKS: 'backend', ...env }) : conn;
    return c.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  };
  const changedNothing = () => expect(log()).not.toMatch(/^(create|rm|stop|rename|start|update) /m);

  test.each([
    ['a network that does not exist', { network: 'frontend' }, /^network: there is no network frontend on this host/],
    ['a bind-mount source that does not exist', { volumes: ['data:/data', '/no/such/dir:/srv:ro'] }, /^volumes: the source \/no\/such\/dir of \/no\/such\/dir:\/srv:ro does not exist on this host$/],
  ])('%s is refused before anything changes, naming the input', async (_, over, message) => {
    const r = await runCreate(over);
    expect(r.code).toBe(STEP_EXIT.hostSetting);
    expect(parseStepOutput(r.stdout).values.error).toMatch(message);
    changedNothing();
  });

  test('a published port something else listens on is refused before anything changes', async () => {
    const port = await listening();
    const r = await runCreate({ ports: [`127.0.0.1:${port}:80/tcp`] });
    expect(r.code).toBe(STEP_EXIT.hostSetting);
    expect(parseStepOutput(r.stdout).values.error).toBe(`ports: 127.0.0.1:${port}:80/tcp: host port ${port}/tcp is already in use on this host`);
    changedNothing();
  });

  test('a port the live container publishes is fine: it is released at the switch', async () => {
    const port = await listening();
    const r = await runCreate({ ports: [`${port}:80`] }, { LIVE_PORTS: `${port}/tcp` });
    expect(r.code).toBe(0);
    expect(log()).toContain(`create --name=web-gantry-new --restart=unless-stopped --publish=${port}:80 `);
  });

  test('an existing network, bind source and free port pass', async () => {
    const r = await runCreate({ network: 'backend', volumes: [`${home}:/h:ro`], ports: ['127.0.0.1:1:80'] });
    expect(r.code).toBe(0);
    expect(log()).toContain(`--network=backend --publish=127.0.0.1:1:80 --volume=${home}:/h:ro`);
  });
});

test('every exit code of the steps means one thing', () => {
  const codes = Object.values(STEP_EXIT);
  expect(new Set(codes).size).toBe(codes.length);
});
