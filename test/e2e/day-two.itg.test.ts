/**
 * The fleet's day two on the test bed: status, audit and unlock against real hosts, one of them
 * unreachable. Each test deploys what it needs first (a deploy of what already runs is unchanged).
 */
import { parseInputs } from '../../src/inputs';
import { deploy } from '../../src/deploy/commands/deploy-command';
import { audit } from '../../src/deploy/commands/audit';
import { logs } from '../../src/deploy/commands/logs';
import { status } from '../../src/deploy/commands/status';
import { unlock } from '../../src/deploy/commands/unlock';
import { exec } from '../../src/deploy/commands/exec';
import { EXIT } from '../../src/exit-codes';
import { Bed, HelloImages, RawReporter, ROOT, bedInputs, deployBed, docker, helloImages, resetHost, slowImages, until } from './support/deploy';
import { execFileSync, spawn, spawnSync } from 'child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { finished } from './support/finished';

jest.setTimeout(240_000);

const SERVICE = 'e2e-daytwo';
const PORT = 18752;
/** A service that logs every request, for logs_follow. */
const FOLLOW = { name: 'e2e-daytwo-follow', port: 18758 };
let bed: Bed;
let img: HelloImages;
const addr = (i: number) => bed.host(i).addr;
const inputs = (over: Record<string, string> = {}) => parseInputs(bedInputs(bed, {
  hosts: `${addr(1)},${addr(2)}`, container_name: SERVICE, env: `PORT=${PORT}`, health_url: `http://127.0.0.1:${PORT}/healthz`, ...over,
}));

beforeAll(async () => {
  bed = deployBed();
  img = helloImages();
  for (const i of [1, 2]) resetHost(i, SERVICE);
  for (const ref of [img.v1, img.v2]) {
    const out = new RawReporter();
    const code = await deploy(inputs({ deploy_image: ref }), out, undefined, process.env);
    if (code !== 0) throw new Error(out.lines.join('\n'));
  }
}, 600_000);

afterAll(() => {
  for (const i of [1, 2]) for (const name of [SERVICE, FOLLOW.name]) resetHost(i, name);
});

test('status: the live version, the rollback candidates and the lock holder of every host; an unreachable host is named', async () => {
  const lock = join(bed.host(2).home, `.gantry/services/${SERVICE}/lock`);
  mkdirSync(lock, { recursive: true });
  writeFileSync(join(lock, 'owner'), 'token=t\nby=ci job 42\nrunner=elsewhere\npid=1\nsince=2026-11-30T10:00:00Z\n');
  execFileSync('chown', ['-R', 'deploy:deploy', lock]);
  const out = new RawReporter(true);
  const code = await status(inputs({ hosts: `${addr(1)},${addr(2)},10.231.0.99` }), out, process.env);
  expect(code).toBe(1);
  const text = out.lines.join('\n');
  const v2 = img.v2.slice(img.v2.indexOf('@') + 1, img.v2.indexOf('@') + 20);
  const v1 = img.v1.slice(img.v1.indexOf('@') + 1, img.v1.indexOf('@') + 20);
  expect(text).toMatch(new RegExp(`10\\.231\\.0\\.11 +${v2}\\S* +e2e-v2 +running +none +\\S+Z +${v1}`));
  expect(text).toMatch(/10\.231\.0\.12 .* ci job 42 since 2026-11-30T10:00:00Z/);
  expect(text).toMatch(/10\.231\.0\.99 +no answer/);
  expect(out.lines.some((l) => l.startsWith('warning: 10.231.0.99: '))).toBe(true);
  const json = JSON.parse(out.outputs.status) as { hosts: Array<{ host: string; kept: string[] }> };
  expect(json.hosts[0].kept[0]).toBe(img.v1.slice(img.v1.indexOf('@') + 1));

  const refused = new RawReporter();
  expect(await unlock(inputs({ hosts: addr(2) }), refused, process.env)).toBe(1);
  expect(refused.lines.join('\n')).toMatch(/held by ci job 42 \(runner elsewhere, since 2026-11-30T10:00:00Z\) and looks alive \(its heartbeat is \d+ s old\); force: true releases it anyway/);
  const forced = new RawReporter();
  expect(await unlock(inputs({ hosts: addr(2), force: 'true' }), forced, process.env)).toBe(0);
  expect(forced.lines.join('\n')).toContain(`released the lock on ${SERVICE} held by ci job 42`);
});

test('exec: the live image with the service\'s env and network on every host, each line prefixed with its host; a host without the service named; the container removed', async () => {
  resetHost(3, SERVICE);
  const out = new RawReporter();
  // The scratch image has no shell: its own binary, run with the live container's env (PORT) on its
  // network (host), says which release it is and then cannot bind the port the live one holds.
  const code = await exec(inputs({ hosts: `${addr(1)},${addr(2)},${addr(3)}`, exec_cmd: '/hello' }), out, process.env);
  const text = out.lines.join('\n');
  expect(code).toBe(EXIT.execFailed);
  for (const i of [1, 2]) {
    const h = addr(i).replace(/\./g, '\\.');
    expect(text).toMatch(new RegExp(`^${h} \\| .*hello v2 listening on :${PORT}`, 'm'));
    expect(text).toMatch(new RegExp(`^${h} \\| .*address already in use`, 'm'));
    expect(text).toMatch(new RegExp(`^warning: ${h}: exit code 1$`, 'm'));
    expect(docker(bed.host(i).dockerHost, ['ps', '-aq', '--filter', `name=^${SERVICE}-gantry-exec`])).toBe('');
    expect(readFileSync(join(bed.host(i).home, '.gantry/audit.log'), 'utf8')).toMatch(new RegExp(`service=${SERVICE} action=exec-new result=exit-1 from=sha256:`));
  }
  expect(text).toContain(`warning: ${addr(3)}: the service does not run here (${SERVICE} does not run on this host (no container of that name))`);
  expect(JSON.parse(out.outputs.exec).hosts.map((h: { host: string; state: string; exit_code: number | null }) => [h.host, h.state, h.exit_code])).toEqual([
    [addr(1), 'ran', 1], [addr(2), 'ran', 1], [addr(3), 'not-running', null],
  ]);
  // the live containers ran on, untouched
  for (const i of [1, 2]) expect(docker(bed.host(i).dockerHost, ['inspect', '-f', '{{.State.Running}}', SERVICE])).toBe('true');
});

test('audit: the last entries of every host, merged by time and prefixed with the host', async () => {
  const out = new RawReporter();
  expect(await audit(inputs({ audit_lines: '2' }), out, process.env)).toBe(0);
  const lines = out.lines.join('\n').split('\n').filter((l) => / service=e2e-daytwo /.test(l));
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(lines.length).toBeLessThanOrEqual(4);
  const times = lines.map((l) => l.split(' ')[1]);
  expect([...times].sort()).toEqual(times);
  expect(lines.every((l) => /^10\.231\.0\.1[12] \S+Z service=e2e-daytwo action=\S+ result=\S+/.test(l))).toBe(true);
});

test('logs: every host\'s lines, prefixed with the host, filtered by a fixed string', async () => {
  const out = new RawReporter();
  expect(await logs(inputs({ logs_grep: 'listening on', logs_tail: '20' }), out, process.env)).toBe(0);
  const lines = out.lines.filter((l) => l.includes(' | '));
  expect(lines.some((l) => l.startsWith(`${addr(1)} | `) && l.includes('hello v2 listening on :18752'))).toBe(true);
  expect(lines.some((l) => l.startsWith(`${addr(2)} | `) && l.includes('hello v2 listening on :18752'))).toBe(true);
  expect(lines.every((l) => l.includes('listening on'))).toBe(true);
});

/** The command lines of this machine's processes (the hosts' namespaces share its /proc) running `docker logs --follow NAME`. */
function followers(name: string): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes('logs') && args.includes('--follow') && args.includes(name)) out.push(`${pid} ${args.join(' ')}`);
  }
  return out;
}

test('logs --logs-follow (bin/gantry in a terminal): every host\'s new lines as they come, until SIGINT; exit 0, no docker logs left on the hosts', async () => {
  const slow = slowImages();
  const given = bedInputs(bed, {
    hosts: `${addr(1)},${addr(2)}`, container_name: FOLLOW.name, env: `PORT=${FOLLOW.port}`, health_url: `http://127.0.0.1:${FOLLOW.port}/healthz`,
  });
  const out = new RawReporter();
  expect(await deploy(parseInputs({ ...given, deploy_image: slow.v1 }), out, undefined, process.env)).toBe(0);
  // as a user runs it: inputs as GANTRY_* variables, the follow as a flag
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) env[k] = v;
  for (const [k, v] of Object.entries(given)) if (k !== 'command') env[`GANTRY_${k.toUpperCase()}`] = v;
  env.PATH = `${dirname(process.execPath)}:${env.PATH ?? ''}`;
  // In a terminal, as a user runs it (with its output a pipe it refuses to start: it would never
  // end): script(1) gives it one; the SIGINT goes to gantry itself, as Ctrl-C would.
  const child = spawn('script', ['-qfec', `exec ${join(ROOT, 'bin/gantry')} logs --logs-follow --logs-tail 1`, '/dev/null'], { cwd: ROOT, env });
  const done = finished(child);
  const gantryPid = async (): Promise<number> => {
    for (let i = 0; i < 100; i++) {
      const kids = spawnSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).stdout.trim();
      if (kids) return Number(kids.split('\n')[0]);
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error('gantry did not start under script(1)');
  };
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stdin.end();
  try {
    const seen = (text: string) => [1, 2].every((i) => stdout.split('\n').some((l) => l.startsWith(`${addr(i)} | `) && l.includes(text)));
    await until(() => seen(`slow v1 listening on :${FOLLOW.port}`), 30, 'the last line of each host');
    const marker = `follow-${Date.now()}`;
    for (const i of [1, 2]) await fetch(`http://${addr(i)}:${FOLLOW.port}/?marker=${marker}`, { signal: AbortSignal.timeout(5000) });
    await until(() => seen(`GET /?marker=${marker}`) || seen(`/?marker=${marker}`), 30, 'the new request lines of each host');
    // one docker logs --follow runs on each host while gantry follows
    expect(followers(FOLLOW.name).length).toBeGreaterThanOrEqual(2);
  } finally {
    process.kill(await gantryPid(), 'SIGINT');
  }
  const r = await done;
  // The terminal carries stdout and stderr alike.
  expect({ code: r.code, errors: r.stdout.split(/\r?\n/).filter((l) => /error|warning/.test(l)) }).toEqual({ code: 0, errors: [] });
  expect(r.stdout).toContain(`stopped following ${FOLLOW.name} on 2 host(s)`);
  // each host stops its docker logs at its next heartbeat once the session is gone
  let left = followers(FOLLOW.name);
  for (let i = 0; i < 100 && left.length > 0; i++) {
    await new Promise((res) => setTimeout(res, 100));
    left = followers(FOLLOW.name);
  }
  expect(left).toEqual([]);
});

test('ssh_jump_host: every host reached through a bastion (h3); its key pinned like the hosts\'; a jump that cannot reach a host is named', async () => {
  const jump = addr(3);
  const sshdLog = (i: number) => readFileSync(join(bed.dir, `logs/sshd-h${i}.log`), 'utf8');
  const before = [1, 2].map((i) => sshdLog(i).length);
  // a deploy of what runs is converged through the tunnel (nothing restarted), status reads through it
  const dep = new RawReporter();
  expect(await deploy(inputs({ deploy_image: img.v2, ssh_jump_host: jump }), dep, undefined, process.env)).toBe(0);
  expect(dep.outputs.deployed_hosts).toBe(`${addr(1)},${addr(2)}`);
  const st = new RawReporter();
  expect(await status(inputs({ ssh_jump_host: jump }), st, process.env)).toBe(0);
  expect(st.lines.join('\n')).toMatch(new RegExp(`10\\.231\\.0\\.11 +${img.v2.slice(img.v2.indexOf('@') + 1, img.v2.indexOf('@') + 20)}`));
  // the hosts saw the logins come from the jump host, not from the runner
  for (const [n, i] of [1, 2].entries()) {
    const seen = sshdLog(i).slice(before[n]);
    expect(seen).toContain(`Accepted publickey for deploy from ${jump} `);
    expect(seen).not.toMatch(/Accepted publickey for deploy from 10\.231\.0\.1 /);
  }
  // the jump host's key must be pinned too: refused before anything is sent
  const unpinned = new RawReporter();
  const known = bed.knownHosts.split('\n').filter((l) => !l.startsWith(`${jump} `)).join('\n');
  expect(await status(inputs({ ssh_jump_host: jump, known_hosts: known }), unpinned, process.env)).toBe(1);
  expect(unpinned.lines.join('\n')).toContain(`jump host: ${jump} is not in known_hosts`);
  // a host the jump host cannot reach (nothing listens on that port) is named, with the jump host
  const unreachable = new RawReporter();
  expect(await status(inputs({ hosts: `${addr(1)}:2222`, ssh_jump_host: jump }), unreachable, process.env)).toBe(1);
  expect(unreachable.lines.join('\n')).toContain(`the jump host ${jump} could not connect to ${addr(1)}:2222`);
});
