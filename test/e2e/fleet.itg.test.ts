/**
 * A fleet at scale on the bed: `testbed.sh up 23` adds the engine-less fleet hosts h4..h23 (sshd as
 * a minimal config has it: Debian's default MaxStartups 10:30:100, no SFTP subsystem). h4 is the
 * bastion; h5..h22 (18 hosts) and two addresses where nothing answers make a fleet of 20, rolled
 * out with deploy_target binary, batch_size 100%, max_failures 10%, through the bastion.
 * What needs the real bed: one bastion login for the whole rollout (counted in h4's sshd log),
 * 18 hosts switched and answering, the 2 failures listed with host and reason, uploads over exec
 * channels where SFTP is missing, exit 4 (within max_failures, the fleet mixed: the table's code).
 * Then the bastion dropping the connection mid-rollout (a reset rule in h4's namespace): which
 * hosts switched and which were left as they were, host by host, the locks left, and convergence
 * once the bastion is back.
 */
import { createHash } from 'crypto';
import { execFile, execFileSync, spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { deploy } from '../../src/deploy/commands/deploy-command';
import { unlock } from '../../src/deploy/commands/unlock';
import { RolloutReport } from '../../src/deploy/rollout/report';
import { EXIT } from '../../src/exit-codes';
import { ROOT, RawReporter } from './support/deploy';
import { testbed } from './support/testbed';

jest.setTimeout(300_000);

const NAME = 'fleetbin';
const PORT = 18095;
/** Hosts h4 (bastion) .. h23: the bed grows to 23 hosts for this file. */
const COUNT = 23;
const DOWN = ['10.231.0.250', '10.231.0.251'];
let env: Record<string, string>;
let bastion: string;
let hosts: string[];
let work: string;
let key: string;

function ssh(addr: string, script: string): string {
  const r = spawnSync('ssh', ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${env.GANTRY_TESTBED_KNOWN_HOSTS}`,
    '-o', 'StrictHostKeyChecking=yes', '-o', 'ConnectTimeout=5', '-o', 'LogLevel=ERROR', '-i', env.GANTRY_TESTBED_SSH_KEY,
    `deploy@${addr}`, 'bash -s'], { input: script, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`on ${addr}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** ssh() on every host at once (each its own connection): a clean-up on 18 hosts in the time of one. */
function sshAll(addrs: string[], script: string): Promise<void[]> {
  return Promise.all(addrs.map((addr) => new Promise<void>((resolve, reject) => {
    const child = execFile('ssh', ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${env.GANTRY_TESTBED_KNOWN_HOSTS}`,
      '-o', 'StrictHostKeyChecking=yes', '-o', 'ConnectTimeout=5', '-o', 'LogLevel=ERROR', '-i', env.GANTRY_TESTBED_SSH_KEY,
      `deploy@${addr}`, 'bash -s'], { encoding: 'utf8', timeout: 60_000 }, (err, _out, stderr) => (err ? reject(new Error(`on ${addr}: ${err.message}: ${stderr}`)) : resolve()));
    child.stdin!.end(script);
  })));
}

/** Stops this file's program on a host (by its pidfile in that host's own home) and removes it. */
const forget = `if [ -f ~/${NAME}.pid ]; then kill "$(cat ~/${NAME}.pid)" 2>/dev/null || true; fi; rm -rf ~/${NAME}.pid ~/${NAME}.log ~/apps/${NAME}`;

const bastionLog = () => join(env.GANTRY_TESTBED_DIR, 'logs', 'sshd-h4.log');
const logins = () => (readFileSync(bastionLog(), 'utf8').match(/Accepted publickey for deploy/g) ?? []).length;

beforeAll(async () => {
  execFileSync('bash', [join(ROOT, 'testbed/testbed.sh'), 'up', String(COUNT)], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
  // The bed was just brought up: testbed() need not run `up` again (it would, with this file run alone).
  const saved = process.env.GANTRY_E2E_BED_UP;
  process.env.GANTRY_E2E_BED_UP = '1';
  try {
    env = testbed();
  } finally {
    if (saved === undefined) delete process.env.GANTRY_E2E_BED_UP;
    else process.env.GANTRY_E2E_BED_UP = saved;
  }
  const fleet = env.GANTRY_TESTBED_FLEET_HOSTS.split(',');
  expect(fleet.length).toBeGreaterThanOrEqual(COUNT - 3);
  [bastion, ...hosts] = fleet.slice(0, COUNT - 3);
  hosts = hosts.slice(0, 18);
  key = readFileSync(env.GANTRY_TESTBED_SSH_KEY, 'utf8');
  await sshAll(hosts, forget);

  work = mkdtempSync(join(tmpdir(), 'gantry-e2e-fleet-'));
  const repo = join(work, 'repo');
  mkdirSync(repo);
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e', GIT_COMMITTER_DATE: '1700000000 +0000', GIT_AUTHOR_DATE: '1700000000 +0000' };
  execFileSync('git', ['-C', repo, 'init', '-q'], { env: gitEnv });
  writeFileSync(join(repo, 'VERSION'), 'fleet');
  execFileSync('git', ['-C', repo, 'add', 'VERSION'], { env: gitEnv });
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', 'fleet'], { env: gitEnv });
  const out = join(work, 'bin');
  mkdirSync(out);
  const go = ['1.22', '1.24', '1.19'].map((v) => join(env.GANTRY_TESTBED_GO, v, 'bin/go')).find((p) => existsSync(p))!;
  execFileSync(go, ['build', '-trimpath', '-ldflags', '-s -w -X main.version=fleet', '-o', join(out, `${NAME}-linux-amd64`), '.'], {
    cwd: join(ROOT, 'examples/hello'),
    env: { PATH: process.env.PATH, HOME: work, GOCACHE: join(tmpdir(), 'gantry-e2e-gocache'), GOPATH: join(work, 'gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
  });
  chmodSync(join(out, `${NAME}-linux-amd64`), 0o755);
  const sum = createHash('sha256').update(readFileSync(join(out, `${NAME}-linux-amd64`))).digest('hex');
  writeFileSync(join(out, 'SHA256SUMS'), `${sum}  ${NAME}-linux-amd64\n`);
});

afterAll(async () => {
  cutBastion(false);
  if (hosts) await sshAll(hosts, forget);
  if (hosts) await sshAll(hosts.slice(0, DROP_HOSTS), forgetDrop);
  if (work) rmSync(work, { recursive: true, force: true });
});

test('20 hosts behind one bastion with default sshd settings, 2 unreachable, max_failures 10%: 18 switch, one bastion login, exit 4', async () => {
  const before = logins();
  const out = new RawReporter();
  const inputs = parseInputs({
    command: 'deploy',
    deploy_target: 'binary',
    hosts: [...hosts, ...DOWN].join(','),
    ssh_jump_host: `deploy@${bastion}`,
    ssh_private_key: key,
    known_hosts: readFileSync(env.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8'),
    context: join(work, 'repo'),
    binaries_dir: join(work, 'bin'),
    binary_name: NAME,
    process_manager: 'none',
    // A process manager of the test's own: the pidfile is in the host's own home.
    restart_cmd: `if [ -f ~/${NAME}.pid ]; then kill "$(cat ~/${NAME}.pid)" 2>/dev/null || true; sleep 0.2; fi; setsid nohup "$GANTRY_RELEASE_DIR/run" >~/${NAME}.log 2>&1 </dev/null & echo $! >~/${NAME}.pid`,
    env: `PORT=${PORT}`,
    health_url: `http://127.0.0.1:${PORT}/healthz`,
    health_timeout: '15',
    batch_size: '100%',
    max_failures: '10%',
  });
  const t0 = Date.now();
  const code = await deploy(inputs, out, undefined, process.env);
  const seconds = (Date.now() - t0) / 1000;
  const report = JSON.parse(out.outputs.report) as RolloutReport;
  const byHost = new Map(report.hosts.map((h) => [h.host, h]));
  process.stdout.write(`fleet: ${hosts.length + DOWN.length} hosts through one bastion in ${seconds.toFixed(1)} s, exit ${code}, bastion logins ${logins() - before}\n`);

  expect(report.hosts.filter((h) => h.outcome === 'ok').map((h) => h.host).sort()).toEqual([...hosts].sort());
  for (const d of DOWN) {
    expect(byHost.get(d)).toMatchObject({ outcome: 'unreachable', running: 'previous' });
    expect(byHost.get(d)!.message).toMatch(new RegExp(`^the jump host ${bastion.replace(/\./g, '\\.')} could not connect to ${d.replace(/\./g, '\\.')}: .+ \\(it needs AllowTcpForwarding and a route to the host\\)$`));
  }
  expect(code).toBe(EXIT.mixed);
  expect(out.outputs.failed_hosts).toBe(DOWN.join(','));
  // Every failure is listed with its host and reason in what the user reads.
  for (const d of DOWN) expect(out.all).toMatch(new RegExp(`${d.replace(/\./g, '\\.')}.*could not connect`));
  // One login on the bastion for the whole rollout (before: one per host).
  expect(logins() - before).toBe(1);
  // No host has SFTP: each got the binary over an exec channel, and said so.
  for (const h of hosts) expect(byHost.get(h)!.notes ?? []).toEqual(expect.arrayContaining([expect.stringMatching(/^no SFTP on this host/)]));
  // Each switched host answers with the new program, on its own address.
  const answers = await Promise.all(hosts.map(async (h) => {
    const res = await fetch(`http://${h}:${PORT}/`, { signal: AbortSignal.timeout(3000) }).catch(() => undefined);
    return res?.ok ? ((await res.json()) as { version?: string }).version : undefined;
  }));
  expect(answers).toEqual(hosts.map(() => 'fleet'));
});

/*
 * A bastion that drops the connection mid-rollout. The drop is a firewall rule in h4's network
 * namespace answering every packet to its port 22 with a TCP reset: the live connection is reset
 * at gantry's next packet and a new login is refused, until the rule goes. It is put in place from
 * the reporter, synchronously, when gantry announces batch 3 of 4: gantry's event loop waits for
 * it, so the moment is exact (hosts 1 and 2 switched, idle on sessions through the bastion; host 3
 * about to connect; host 4 not started).
 */
const DROP = 'dropbin';
const DROP_PORT = 18096;
const DROP_HOSTS = 4;
const forgetDrop = `if [ -f ~/${DROP}.pid ]; then kill "$(cat ~/${DROP}.pid)" 2>/dev/null || true; fi; rm -rf ~/${DROP}.pid ~/${DROP}.log ~/apps/${DROP} ~/.gantry/services/${DROP}`;
const RULE = ['INPUT', '-p', 'tcp', '--dport', '22', '-j', 'REJECT', '--reject-with', 'tcp-reset'];

/** Puts the bastion's reset rule in place (on) or takes every copy of it away (off). */
function cutBastion(on: boolean): void {
  const ipt = (args: string[]) => spawnSync('nsenter', ['--net=/var/run/netns/gantry-h4', 'iptables', ...args], { stdio: 'ignore' }).status === 0;
  if (on) {
    if (!ipt(['-I', ...RULE])) throw new Error('could not put the reset rule on the bastion h4');
  } else while (ipt(['-D', ...RULE]));
}

/** A release of the dropbin program: a checkout of its own (the release name) and its binaries_dir. */
function dropRelease(version: string, date: string): { context: string; bin: string } {
  const repo = join(work, `drop-${version}`);
  mkdirSync(repo);
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e', GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date };
  execFileSync('git', ['-C', repo, 'init', '-q'], { env: gitEnv });
  writeFileSync(join(repo, 'VERSION'), version);
  execFileSync('git', ['-C', repo, 'add', 'VERSION'], { env: gitEnv });
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', version], { env: gitEnv });
  const bin = join(work, `drop-bin-${version}`);
  mkdirSync(bin);
  const go = ['1.22', '1.24', '1.19'].map((v) => join(env.GANTRY_TESTBED_GO, v, 'bin/go')).find((p) => existsSync(p))!;
  execFileSync(go, ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${version}`, '-o', join(bin, `${DROP}-linux-amd64`), '.'], {
    cwd: join(ROOT, 'examples/hello'),
    env: { PATH: process.env.PATH, HOME: work, GOCACHE: join(tmpdir(), 'gantry-e2e-gocache'), GOPATH: join(work, 'gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
  });
  const sum = createHash('sha256').update(readFileSync(join(bin, `${DROP}-linux-amd64`))).digest('hex');
  writeFileSync(join(bin, 'SHA256SUMS'), `${sum}  ${DROP}-linux-amd64\n`);
  return { context: repo, bin };
}

/** A reporter that runs `at` (synchronously, gantry waiting) on the first line matching `when`. */
class TriggerReporter extends RawReporter {
  private fired = false;
  constructor(private readonly when: RegExp, private readonly at: () => void) { super(); }
  override info(m: string): void {
    super.info(m);
    if (!this.fired && this.when.test(m)) {
      this.fired = true;
      this.at();
    }
  }
}

describe('a bastion that drops the connection mid-rollout', () => {
  let drops: string[];
  let v1: { context: string; bin: string };
  let v2: { context: string; bin: string };
  /** What every run of this block gives (the hosts, the bastion, the program, how it restarts). */
  const dropInputsRaw = (): Record<string, string> => ({
    deploy_target: 'binary',
    hosts: drops.join(','),
    ssh_jump_host: `deploy@${bastion}`,
    ssh_private_key: key,
    known_hosts: readFileSync(env.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8'),
    binary_name: DROP,
    process_manager: 'none',
    restart_cmd: `if [ -f ~/${DROP}.pid ]; then kill "$(cat ~/${DROP}.pid)" 2>/dev/null || true; sleep 0.2; fi; setsid nohup "$GANTRY_RELEASE_DIR/run" >~/${DROP}.log 2>&1 </dev/null & echo $! >~/${DROP}.pid`,
    env: `PORT=${DROP_PORT}`,
    health_url: `http://127.0.0.1:${DROP_PORT}/healthz`,
    health_timeout: '15',
  });
  const dropInputs = (r: { context: string; bin: string }, over: Record<string, string> = {}) => parseInputs({
    ...dropInputsRaw(), command: 'deploy', context: r.context, binaries_dir: r.bin, ...over,
  });
  /** What each host answers on the program's port (undefined: nothing answers). */
  const answers = () => Promise.all(drops.map(async (h) => {
    const res = await fetch(`http://${h}:${DROP_PORT}/`, { signal: AbortSignal.timeout(3000) }).catch(() => undefined);
    return res?.ok ? ((await res.json()) as { version?: string }).version : undefined;
  }));
  /** Per host: the release current points at, and whether the service's lock is there. */
  const onHosts = () => drops.map((h) => ssh(h, `readlink ~/apps/${DROP}/current || echo none; [ -d ~/.gantry/services/${DROP}/lock ] && echo locked || echo free`).trim().split('\n'));

  beforeAll(async () => {
    drops = hosts.slice(0, DROP_HOSTS);
    await sshAll(drops, forgetDrop);
    v1 = dropRelease('v1', '1700000000 +0000');
    v2 = dropRelease('v2', '1700003600 +0000');
    // Every host on v1 first (bastion up).
    const out = new RawReporter();
    const code = await deploy(dropInputs(v1, { batch_size: '100%' }), out, undefined, process.env);
    expect(code).toBe(EXIT.ok);
    expect(await answers()).toEqual(drops.map(() => 'v1'));
  });

  test('hosts not yet switched are left as they were, the report says host by host which switched; the next rollout converges', async () => {
    const [sw1, sw2, next, later] = drops;
    const v1Release = onHosts()[0][0];
    expect(onHosts()).toEqual(drops.map(() => [v1Release, 'free']));
    const out = new TriggerReporter(/^batch 3\/4: /, () => cutBastion(true));
    let code: number;
    try {
      code = await deploy(dropInputs(v2, { batch_size: '1' }), out, undefined, process.env);
    } finally {
      cutBastion(false);
    }
    const report = JSON.parse(out.outputs.report) as RolloutReport;
    const byHost = new Map(report.hosts.map((h) => [h.host, h]));
    const b = bastion.replace(/\./g, '\\.');
    const drop = `the jump host ${b} dropped the connection \\(read ECONNRESET\\)`;
    // Switched before the drop: the fleet undo (rollback: true, max_failures 0) cannot reach them,
    // and says so; they are reported on the new release, with the lock they still hold.
    for (const h of [sw1, sw2]) {
      expect(byHost.get(h)).toMatchObject({ outcome: 'failed', running: 'new' });
      expect(byHost.get(h)!.message).toMatch(new RegExp(`^could not roll back: binary-switch: connection lost: ${drop}; the switch never reached the host, which was left as it was$`));
      expect(byHost.get(h)!.notes).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^could not release the lock: connection lost: ${drop}$`))]));
    }
    // The host whose turn came at the drop: not reached, left as it was, the drop and the refused new login named.
    expect(byHost.get(next)).toMatchObject({ outcome: 'unreachable', running: 'previous' });
    expect(byHost.get(next)!.message).toMatch(new RegExp(`^${drop}, and a new login failed: cannot connect to the jump host ${b}: connection refused`));
    expect(byHost.get(later)).toMatchObject({ outcome: 'skipped', running: 'previous', message: 'not started: 1 host(s) failed, more than max_failures 0' });
    expect(code).toBe(EXIT.mixed);
    expect(out.outputs.deployed_hosts).toBe([sw1, sw2].join(','));
    // On the hosts: the two switched run v2 and keep this run's lock (gantry could not reach them
    // to release it); the two others were not touched.
    const v2Release = `releases/${report.hosts[0].newDigest}`;
    expect(onHosts()).toEqual([[v2Release, 'locked'], [v2Release, 'locked'], [v1Release, 'free'], [v1Release, 'free']]);
    expect(await answers()).toEqual(['v2', 'v2', 'v1', 'v1']);

    // The bastion back. The locks left name this test's process, still alive: a later run on this
    // runner would wait them out (stale after 120 s); unlock (force) is the way a person clears them
    // at once. (A CLI run that ended leaves a dead pid, which the next run on the same runner breaks.)
    const unlocked = new RawReporter();
    expect(await unlock(parseInputs({ ...dropInputsRaw(), command: 'unlock', force: 'true' }), unlocked, process.env)).toBe(EXIT.ok);
    // (all hosts at once: that it converges is the point, not an order of hosts)
    const again = new RawReporter();
    expect(await deploy(dropInputs(v2, { batch_size: '100%' }), again, undefined, process.env)).toBe(EXIT.ok);
    expect(onHosts()).toEqual(drops.map(() => [v2Release, 'free']));
    expect(await answers()).toEqual(drops.map(() => 'v2'));
  });

  test('a drop right after a host switched, before its health gate: that host is reported unknown, and the next run puts back what it ran before the unfinished switch', async () => {
    // Where the first test left them: every host on v2. Now v1 goes out to the first two, one at a time.
    const [a, c] = drops;
    const v2Release = onHosts()[0][0];
    const out = new TriggerReporter(new RegExp(`^${c.replace(/\./g, '\\.')}: current -> .*; health gate up to`), () => cutBastion(true));
    let code: number;
    try {
      code = await deploy(dropInputs(v1, { hosts: `${a},${c}`, batch_size: '1' }), out, undefined, process.env);
    } finally {
      cutBastion(false);
    }
    const report = JSON.parse(out.outputs.report) as RolloutReport;
    const v1Release = `releases/${report.hosts[0].newDigest}`;
    const drop = `connection lost: the jump host ${bastion.replace(/\./g, '\\.')} dropped the connection \\(read ECONNRESET\\)`;
    expect(report.hosts[0]).toMatchObject({ host: a, outcome: 'failed', running: 'new' });
    expect(report.hosts[1]).toMatchObject({ host: c, outcome: 'failed', running: 'unknown' });
    expect(report.hosts[1].message).toMatch(new RegExp(`^binary-health: ${drop}$`));
    expect(report.hosts[1].notes).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^could not restore what ran before: binary-restore: ${drop}$`))]));
    expect(code).toBe(EXIT.mixed);
    // On the hosts: both switched to v1 and keep the lock; the other two were not part of this run.
    expect(onHosts()).toEqual([[v1Release, 'locked'], [v1Release, 'locked'], [v2Release, 'free'], [v2Release, 'free']]);

    // The bastion back: after unlock, the next deploy of v2 to the same two finds the unfinished
    // switch on the second host, puts back what it ran before it, and goes on.
    expect(await unlock(parseInputs({ ...dropInputsRaw(), hosts: `${a},${c}`, command: 'unlock', force: 'true' }), new RawReporter(), process.env)).toBe(EXIT.ok);
    const again = new RawReporter();
    expect(await deploy(dropInputs(v2, { hosts: `${a},${c}`, batch_size: '100%' }), again, undefined, process.env)).toBe(EXIT.ok);
    const after = JSON.parse(again.outputs.report) as RolloutReport;
    expect(after.hosts[1].notes).toEqual(expect.arrayContaining([`an earlier run stopped while switching releases: current back to ${v2Release.replace('releases/', '')}`]));
    expect(after.hosts[0].notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^an earlier run stopped/)]));
    expect(onHosts()).toEqual(drops.map(() => [v2Release, 'free']));
    expect(await answers()).toEqual(drops.map(() => 'v2'));
  });
});
