/**
 * gantry deploy and rollback against the test bed's three SSH hosts (own netns, dockerd, sshd,
 * non-root deploy user) and its registry with auth: what needs real hosts. The rollout's state
 * machine (outcomes, max_failures, unreachable hosts, lock waits and takeovers, fleet rollback,
 * exit codes) is specified in milliseconds by test/unit/deploy-rollout.test.ts.
 *
 * Every test sets up the fleet state it needs (given()), so any test runs alone (-t) or in any
 * order; given() skips the deploys when the hosts are already in that state.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { deploy, rollback } from '../../src/deploy/commands/deploy-command';
import { RolloutReport } from '../../src/deploy/rollout/report';
import {
  Bed, HelloImages, RawReporter, answerWatch, argvWatch, containers, deployBed, filesUnder, grownSince, hello, helloImages,
  PORT, SERVICE, auditLines, docker, dockerMaybe, pullOnHost, resetHost, sizeOf, spawnDeploy, until, bedInputs,
} from './support/deploy';

jest.setTimeout(240_000);

let bed: Bed;
let img: HelloImages;
const HOSTS = [1, 2, 3];
/** The hosts of the lock tests (two processes at once, a run killed halfway). */
const LOCKED = [1];
const ENV_SECRET = `tok-${Math.random().toString(36).slice(2)}-secret`;
const faults: string[] = [];

interface Run { code: number; report: RolloutReport; out: RawReporter }

/** The secrets of every run, raw and base64: none may appear in anything gantry writes. */
const needles = () => [bed.registryPassword, Buffer.from(bed.registryPassword).toString('base64'), ENV_SECRET, Buffer.from(ENV_SECRET).toString('base64')];

/** Starts a deploy (or rollback) in this process; its reporter is at hand while it runs. */
function start(over: Record<string, string>, command: 'deploy' | 'rollback' = 'deploy'): { out: RawReporter; done: Promise<Run> } {
  const out = new RawReporter();
  const inputs = parseInputs(bedInputs(bed, { env: `SECRET_TOKEN=${ENV_SECRET}\nPORT=${PORT}`, ...over, command }));
  const done = (async () => {
    const code = command === 'deploy' ? await deploy(inputs, out, undefined, process.env) : await rollback(inputs, out, process.env);
    for (const n of needles()) expect(out.all).not.toContain(n);
    return { code, report: JSON.parse(out.outputs.report) as RolloutReport, out };
  })();
  return { out, done };
}

const run = (over: Record<string, string>, command: 'deploy' | 'rollback' = 'deploy') => start(over, command).done;

const addr = (i: number) => bed.host(i).addr;
const auditLinesIn = (home: string) => readFileSync(join(home, '.gantry/audit.log'), 'utf8').trim().split('\n');
const answers = () => Promise.all(HOSTS.map((i) => hello(addr(i))));
const outcomes = (r: Run) => r.report.hosts.map((h) => h.outcome);
const digestOf = (ref: string) => ref.slice(ref.indexOf('@') + 1);
const shape = (i: number) => containers(i).map((c) => [c.name, c.running, c.labels['dev.gantry.revision']]);
const fault = (name: string, r: Run) => {
  const failed = r.report.hosts.filter((h) => h.outcome !== 'ok');
  faults.push(`${name} | exit ${r.code} | ${r.report.hosts.map((h) => `${h.host}: ${h.outcome}`).join(', ')} | ${failed.map((h) => h.message).join(' / ')}`);
};

type Version = 'v1' | 'v2';

/**
 * Puts the hosts in a known state: `running` under the service's name and, when given,
 * `previous` kept for rollback (without it, whatever an earlier deploy kept may stay); nothing
 * else (no lock, no half-done switch). Hosts already in that state are left alone; a host that
 * runs `previous` (or anything, when no previous is asked for) only gets `running` deployed; the
 * others start from nothing. Each deploy goes to all its hosts at once.
 */
async function given(hosts: number[], running: Version, previous?: Version): Promise<void> {
  const leftovers = (i: number) => ['lock', 'switch'].some((f) => existsSync(join(bed.host(i).home, '.gantry/services', SERVICE, f)));
  const revision = (c: ReturnType<typeof shape>, name: string, on: boolean) => c.find(([n, r]) => n === name && r === on)?.[2];
  const states = hosts.map((i) => {
    const c = shape(i);
    const clean = !leftovers(i) && c.every(([n]) => n === SERVICE || n === `${SERVICE}-gantry-prev`) && revision(c, SERVICE, true) !== undefined
      && c.filter(([n]) => n === `${SERVICE}-gantry-prev`).every(([, r]) => r === false);
    const now = clean ? revision(c, SERVICE, true) : undefined;
    const kept = clean ? revision(c, `${SERVICE}-gantry-prev`, false) : undefined;
    if (now === `e2e-${running}` && (!previous || kept === `e2e-${previous}`)) return { i, plan: 'ready' };
    if (clean && (!previous || now === `e2e-${previous}`)) return { i, plan: 'running' };
    return { i, plan: 'fresh' };
  });
  const fresh = states.filter((s) => s.plan === 'fresh').map((s) => s.i);
  const stale = states.filter((s) => s.plan !== 'ready').map((s) => s.i);
  for (const i of fresh) resetHost(i);
  const deployTo = async (on: number[], v: Version) => {
    if (on.length === 0) return;
    const r = await run({ deploy_image: img[v], hosts: on.map(addr).join(','), batch_size: '100%' });
    if (r.code !== 0) throw new Error(`setting up ${v} on ${on.map(addr).join(',')} failed: ${r.report.hosts.map((h) => `${h.host}: ${h.message}`).join('; ')}`);
  };
  if (previous) await deployTo(fresh, previous);
  await deployTo(stale, running);
}

/** A file on every host that a test's health_cmd waits for: the test decides when a deploy may finish. */
function gate(name: string) {
  const set = (on: boolean) => {
    for (const i of HOSTS) {
      const f = join(bed.host(i).home, name);
      if (on) writeFileSync(f, '');
      else rmSync(f, { force: true });
    }
  };
  set(false);
  return { open: () => set(true), close: () => set(false), healthCmd: `test -f ~/${name} && curl -fsS http://127.0.0.1:${PORT}/healthz` };
}

beforeAll(() => {
  bed = deployBed();
  img = helloImages();
}, 600_000);

afterAll(() => {
  for (const i of HOSTS) resetHost(i);
  // The figures the closing note quotes.
  if (faults.length > 0) process.stdout.write(`\nfault table:\n${faults.join('\n')}\n`);
});

test('v1 to one host, then to all three: pinned keys, labels, audit, outputs, no secret in any process list', async () => {
  for (const i of HOSTS) resetHost(i);
  const one = await run({ deploy_image: img.v1, hosts: addr(1) });
  expect([one.code, outcomes(one)]).toEqual([0, ['ok']]);
  const watch = argvWatch(needles());
  const all = await run({ deploy_image: img.v1 });
  const seen = watch.stop();
  expect(all.code).toBe(0);
  // h1 already runs v1 with these settings: left alone, not restarted
  expect(outcomes(all)).toEqual(['unchanged', 'ok', 'ok']);
  expect(await answers()).toEqual(['hello v1', 'hello v1', 'hello v1']);
  expect(all.out.outputs.deployed_hosts).toBe(bed.hosts.join(','));
  expect(all.out.outputs.failed_hosts).toBe('');
  expect(seen.samples).toBeGreaterThan(5);
  expect(seen.hits).toEqual([]);
  for (const i of HOSTS) {
    const [c] = containers(i);
    expect(c.name).toBe(SERVICE);
    expect(c.labels).toMatchObject({
      'dev.gantry.image-digest': digestOf(img.v1),
      'dev.gantry.revision': 'e2e-v1',
      'org.opencontainers.image.revision': 'e2e-v1',
      'dev.gantry.service': SERVICE,
    });
    expect(c.labels['dev.gantry.deployed-by']).toMatch(/@/);
    expect(c.labels['dev.gantry.deployed-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The env value reached the container (through an env file removed at once), not any argv.
    expect(c.env).toContain(`SECRET_TOKEN=${ENV_SECRET}`);
  }
  const h1 = all.report.hosts[0];
  expect(h1.previousDigest).toBe(digestOf(img.v1));
  expect(h1.hostKey).toMatch(/^ssh-ed25519 SHA256:/);
  expect(all.out.lines.some((l) => /^10\.231\.0\.11: connected, host key ssh-ed25519 SHA256:\S+ matches the pin$/.test(l))).toBe(true);
  expect(auditLines(2)[0]).toMatch(/^\S+Z service=e2e-hello action=deploy result=ok from=- to=sha256:[0-9a-f]{64} by=\S+/);
  process.stdout.write(`rollout wall time: 1 host ${one.report.seconds.toFixed(1)} s, 3 hosts ${all.report.seconds.toFixed(1)} s\n`);
});

test('a tag is pinned to its digest on the runner: every host runs that digest', async () => {
  await given(HOSTS, 'v2');
  const saved = process.env.DOCKER_HOST;
  // The runner's own engine says the bed's registry speaks plain HTTP (as the hosts' engines do).
  process.env.DOCKER_HOST = bed.env.DOCKER_HOST;
  try {
    const r = await run({ deploy_image: `${img.repository}:v1`, batch_size: '100%' });
    expect(r.code).toBe(0);
    expect(r.out.lines).toContain(`${img.repository}:v1 is ${digestOf(img.v1)} in the registry: every host deploys ${img.v1}`);
    expect(r.report.image).toBe(img.v1);
    expect(r.report.hosts.map((h) => h.newDigest)).toEqual(HOSTS.map(() => digestOf(img.v1)));
    for (const i of HOSTS) expect(containers(i)[0].labels['dev.gantry.image']).toBe(img.v1);
    expect(await answers()).toEqual(['hello v1', 'hello v1', 'hello v1']);
  } finally {
    process.env.DOCKER_HOST = saved;
  }
});

test('a tag the runner cannot resolve fails in one line before any host is touched', async () => {
  const saved = process.env.DOCKER_HOST;
  // No engine on the runner: a registry that is not on loopback is asked over HTTPS only, which the bed's does not speak.
  process.env.DOCKER_HOST = 'unix:///nonexistent/gantry-e2e.sock';
  const before = HOSTS.map((i) => sizeOf(bed.host(i).argvLog));
  try {
    await expect(run({ deploy_image: `${img.repository}:v1` })).rejects.toThrow(
      new RegExp(`^input 'deploy_image': cannot resolve ${img.repository.replace(/\./g, '\\.')}:v1 to a digest on the runner before the rollout \\([^\\n]*\\); deploy ${img.repository.replace(/\./g, '\\.')}@sha256:\\.\\.\\. \\(the build's image_ref\\) instead, or make the registry reachable from the runner$`));
  } finally {
    process.env.DOCKER_HOST = saved;
  }
  expect(HOSTS.map((i) => sizeOf(bed.host(i).argvLog))).toEqual(before);
});

test('v2 with batch 1: the other hosts keep answering while one is replaced', async () => {
  await given(HOSTS, 'v1');
  const watch = answerWatch(HOSTS.map(addr));
  const r = await run({ deploy_image: img.v2, batch_size: '1' });
  const rounds = await watch.stop();
  expect(r.code).toBe(0);
  expect(r.report.batches).toBe(3);
  expect(await answers()).toEqual(['hello v2', 'hello v2', 'hello v2']);
  expect(rounds.length).toBeGreaterThan(5);
  for (const round of rounds) {
    expect(round.filter((a) => a === 'hello v1' || a === 'hello v2').length).toBeGreaterThanOrEqual(2);
  }
  // Hosts switched in order: once h2 answers v2, h1 does too; once h3 does, h2 does.
  for (const [a1, a2, a3] of rounds) {
    if (a2 === 'hello v2') expect(a1).toBe('hello v2');
    if (a3 === 'hello v2') expect(a2).toBe('hello v2');
  }
  // The previous version is kept, stopped, for rollback.
  expect(shape(1)).toEqual([[SERVICE, true, 'e2e-v2'], [`${SERVICE}-gantry-prev`, false, 'e2e-v1']]);
});

test('v3 fails its health check on real hosts: restored to v2, exit 3, the container\'s logs in the report', async () => {
  await given(HOSTS, 'v2', 'v1');
  const r = await run({ deploy_image: img.v3, batch_size: '2', health_timeout: '3' });
  fault('health never passing (v3)', r);
  expect(r.code).toBe(3);
  expect(outcomes(r)).toEqual(['failed', 'failed', 'skipped']);
  expect(r.report.hosts.map((h) => h.running)).toEqual(['previous', 'previous', 'previous']);
  expect(await answers()).toEqual(['hello v2', 'hello v2', 'hello v2']);
  const h1 = r.report.hosts[0];
  // env is not secret (secret_env is): the PORT value shows as it is.
  expect(h1.message).toMatch(/^health: not healthy: health_url http:\/\/127\.0\.0\.1:18080\/healthz: .*500.*\(health_timeout 3 s\)$/);
  expect(h1.logs?.join('\n')).toContain('v3');
  expect(r.out.outputs.failed_hosts).toBe(`${addr(1)},${addr(2)}`);
  expect(r.out.outputs.deployed_hosts).toBe('');
  expect(shape(1)).toEqual([[SERVICE, true, 'e2e-v2'], [`${SERVICE}-gantry-prev`, false, 'e2e-v1']]);
});

test("the image's own HEALTHCHECK is honoured", async () => {
  await given([1], 'v2');
  const r = await run({ deploy_image: img.badHealthcheck, hosts: addr(1), health_url: '', health_timeout: '3' });
  fault('image HEALTHCHECK failing (no health_url/health_cmd)', r);
  expect(r.code).toBe(3);
  expect(r.report.hosts[0].message).toMatch(/^health: not healthy: the image's HEALTHCHECK reports (unhealthy|starting) \(health_timeout 3 s\)$/);
  expect(await hello(addr(1))).toBe('hello v2');
});

test('a wrong pinned key: refused with both fingerprint forms, nothing runs there', async () => {
  await given([2], 'v2');
  const lines = bed.knownHosts.trim().split('\n');
  const h1Key = lines[0].split(' ').slice(1).join(' ');
  const wrong = lines.map((l) => (l.startsWith(`${addr(2)} `) ? `${addr(2)} ${h1Key}` : l)).join('\n');
  const before = sizeOf(bed.host(2).argvLog);
  const auditBefore = auditLines(2).length;
  const r = await run({ deploy_image: img.v1, hosts: addr(2), known_hosts: wrong });
  fault('wrong pinned host key', r);
  expect(r.code).toBe(3);
  expect(r.report.hosts[0].outcome).toBe('refused host key');
  expect(r.report.hosts[0].message).toMatch(new RegExp(`^host key of ${addr(2).replace(/\./g, '\\.')} does not match the pinned key: it presented ssh-ed25519 SHA256:\\S+ \\(known_hosts: ${addr(2).replace(/\./g, '\\.')} ssh-ed25519 AAAA\\S+\\); pinned: ssh-ed25519 SHA256:\\S+ \\(line 2\\)$`));
  expect(sizeOf(bed.host(2).argvLog)).toBe(before);
  expect(auditLines(2)).toHaveLength(auditBefore);
  expect(await hello(addr(2))).toBe('hello v2');
});

test('an unknown host under strict names the line to pin; accept-new prints the fingerprint it accepted', async () => {
  await given([3], 'v2');
  const others = bed.knownHosts.trim().split('\n').filter((l) => !l.startsWith(`${addr(3)} `)).join('\n');
  const strict = await run({ deploy_image: img.v2, hosts: addr(3), known_hosts: others });
  fault('host not in known_hosts (strict)', strict);
  expect(strict.report.hosts[0].outcome).toBe('refused host key');
  expect(strict.report.hosts[0].message).toContain(`${addr(3)} is not in known_hosts: it presented ssh-ed25519 SHA256:`);
  const acceptNew = await run({ deploy_image: img.v2, hosts: addr(3), known_hosts: others, ssh_host_key_policy: 'accept-new' });
  expect(acceptNew.code).toBe(0);
  expect(acceptNew.out.lines.some((l) => l.startsWith(`warning: ${addr(3)}: accepted a host key not in known_hosts (ssh_host_key_policy accept-new): ssh-ed25519 SHA256:`))).toBe(true);
});

test('docker refused to the user, auth refused, registry login refused on the host: clear messages, host untouched', async () => {
  await given([1], 'v2');
  const nodocker = await run({ deploy_image: img.v1, hosts: `nodocker@${addr(1)}` });
  fault('docker not usable by the SSH user', nodocker);
  expect(nodocker.report.hosts[0].message).toMatch(/^preflight: user nodocker may not use docker: permission denied on the docker socket/);

  const stranger = await run({ deploy_image: img.v1, hosts: `nobody-here@${addr(1)}` });
  fault('authentication refused', stranger);
  expect(stranger.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous' });
  expect(stranger.report.hosts[0].message).toMatch(/^nobody-here@10\.231\.0\.11 refused public key authentication with the key ssh-ed25519 SHA256:\S+: that key is not in ~nobody-here\/\.ssh\/authorized_keys there/);

  const badLogin = await run({ deploy_image: img.v1, hosts: addr(1), registry_password: 'wrong-password' });
  fault('registry auth failure on the host', badLogin);
  expect(badLogin.report.hosts[0].message).toMatch(/^pull: registry login to 10\.231\.0\.1:5000 as gantry failed: .*(unauthorized|401)/i);
  expect(badLogin.code).toBe(3);
  expect(await hello(addr(1))).toBe('hello v2');
});

test('rollback puts every host back on its previous version, health-gated', async () => {
  await given(HOSTS, 'v2', 'v1');
  const r = await run({ deploy_image: '' }, 'rollback');
  expect(r.code).toBe(0);
  expect(await answers()).toEqual(['hello v1', 'hello v1', 'hello v1']);
  expect(r.report.hosts.map((h) => h.newDigest)).toEqual(HOSTS.map(() => digestOf(img.v1)));
  // A rollback is itself undoable: what it replaced is now the previous version.
  for (const i of HOSTS) expect(shape(i)).toEqual([[SERVICE, true, 'e2e-v1'], [`${SERVICE}-gantry-prev`, false, 'e2e-v2']]);
});

test('two deploys in two processes at once: the lock holds, a waiter goes after, an impatient one fails cleanly', async () => {
  // The lock is per host: one host shows it (the hosts' locks are taken one per host, each alike).
  await given(LOCKED, 'v2');
  const hold = gate('release-first');
  // The first deploy, in a process of its own, stays in its health gate until the test opens the gate.
  const first = spawnDeploy(bedInputs(bed, { deploy_image: img.v1, hosts: LOCKED.map(addr).join(','), health_url: '', health_cmd: hold.healthCmd, health_timeout: '120' }));
  let waiter: ReturnType<typeof start> | undefined;
  try {
    await until(() => first.lines.filter((l) => l.endsWith(`lock on ${SERVICE} taken`)).length === LOCKED.length, 60, 'the first deploy to hold the lock');
    const impatient = await run({ deploy_image: img.v2, hosts: LOCKED.map(addr).join(','), lock_timeout: '0' });
    fault('second deploy while locked (lock_timeout 0)', impatient);
    expect(impatient.code).toBe(3);
    expect(outcomes(impatient)).toEqual(['failed']);
    // Whether one of the holder's steps is running at that instant depends on timing.
    expect(impatient.report.hosts[0].message).toMatch(/^lock: e2e-hello is locked by \S+ \(runner \S+, since \S+Z(, a step of it is running)?\); gave up after lock_timeout 0 s$/);
    waiter = start({ deploy_image: img.v2, hosts: LOCKED.map(addr).join(','), lock_timeout: '120' });
    const w = waiter;
    await until(() => w.out.lines.filter((l) => / waiting up to 120 s for the lock held by /.test(l)).length === LOCKED.length, 60, 'the second deploy to wait for the lock');
    hold.open();
    const [a, b] = await Promise.all([first.done, waiter.done]);
    expect([a, b.code]).toEqual([0, 0]);
    expect(await Promise.all(LOCKED.map((i) => hello(addr(i))))).toEqual(['hello v2']);
    // The first deploy finished before the second began.
    for (const i of LOCKED) {
      const last2 = auditLines(i).slice(-2).map((l) => /to=(\S+)/.exec(l)![1]);
      expect(last2).toEqual([digestOf(img.v1), digestOf(img.v2)]);
    }
  } finally {
    // Never leave the first deploy holding the locks.
    hold.open();
    await first.done;
    await waiter?.done.catch(() => undefined);
    hold.close();
  }
  for (const n of needles()) expect(first.lines.join('\n')).not.toContain(n);
});

test('a deploy killed halfway, run again: it takes over its own lock, undoes the half-done switch and converges', async () => {
  // Per host, like the lock: one host shows it.
  await given(LOCKED, 'v2', 'v1');
  const hold = gate('release-killed');
  // The killed run sits in its health gate (switched, not yet verified) when killed.
  const killed = spawnDeploy(bedInputs(bed, {
    deploy_image: img.v1, hosts: LOCKED.map(addr).join(','), health_url: '', health_cmd: hold.healthCmd, health_timeout: '90',
  }));
  // Its health steps run on the hosts (each marks the lock with its pid) before it is killed.
  const stepMark = (i: number) => join(bed.host(i).home, `.gantry/services/${SERVICE}/lock/step`);
  try {
    await until(() => killed.lines.filter((l) => / health gate up to 90 s$/.test(l)).length === LOCKED.length && LOCKED.every((i) => existsSync(stepMark(i))),
      60, 'the first run to reach its health gate');
  } finally {
    killed.child.kill('SIGKILL');
    await killed.done;
  }
  for (const n of needles()) expect(killed.lines.join('\n')).not.toContain(n);
  for (const i of LOCKED) {
    expect(containers(i).map((c) => c.name)).toEqual([SERVICE, `${SERVICE}-gantry-old`, `${SERVICE}-gantry-prev`]);
  }
  // The rerun waits while the killed run's health step still runs on the host, then takes over.
  const again = start({ deploy_image: img.v1, hosts: LOCKED.map(addr).join(','), lock_timeout: '120' });
  const waited = await until(() => again.out.lines.filter((l) => l.includes(': waiting up to 120 s for the lock held by')).length === LOCKED.length, 60, 'the rerun to wait for the lock')
    .then(() => undefined, (err: unknown) => err);
  hold.open();
  const r = await again.done;
  hold.close();
  if (waited) throw waited;
  fault('deploy killed halfway, then run again', r);
  expect(r.code).toBe(0);
  for (const h of r.report.hosts) {
    expect(h.notes?.join('\n')).toMatch(/took over the lock of .*: its run ended without releasing it/);
    expect(h.notes?.join('\n')).toContain('an earlier run stopped while switching containers: putting back what ran before it');
    expect(h.previousDigest).toBe(digestOf(img.v2));
  }
  expect(await Promise.all(LOCKED.map((i) => hello(addr(i))))).toEqual(['hello v1']);
  for (const i of LOCKED) {
    expect(shape(i)).toEqual([[SERVICE, true, 'e2e-v1'], [`${SERVICE}-gantry-prev`, false, 'e2e-v2']]);
    expect(filesUnder(join(bed.host(i).home, `.gantry/services/${SERVICE}`)).map((f) => f.path.split('/').pop()).sort()).toEqual(['history', 'lock.guard', 'parked', 'prev.restart', 'record']);
  }
});

test('images beyond keep_images are pruned; the running and the previous one are kept', async () => {
  await given([1], 'v2', 'v1');
  // Containers of other test files made from this repository would keep their images: remove them,
  // so what is left after the deploy is what pruning kept.
  const foreign = docker(bed.host(1).dockerHost, ['ps', '-a', '--format', '{{.Names}} {{.Image}}'])
    .split('\n').filter((l) => l.includes(` ${img.repository}`) && !l.startsWith(`${SERVICE} `) && !l.startsWith(`${SERVICE}-gantry-`))
    .map((l) => l.split(' ')[0]);
  if (foreign.length > 0) docker(bed.host(1).dockerHost, ['rm', '-f', ...foreign]);
  for (const ref of [img.v3, img.broken]) pullOnHost(1, ref);
  const r = await run({ deploy_image: img.v1, hosts: addr(1), keep_images: '1', force: 'true' });
  expect(r.code).toBe(0);
  const digests = docker(bed.host(1).dockerHost, ['image', 'ls', '--digests', '--format', '{{.Repository}}@{{.Digest}}'])
    .split('\n').filter((l) => l.startsWith(`${img.repository}@`)).sort();
  expect(digests).toEqual([img.v1, img.v2].sort());
});

test('the host local deploys to the runner\'s own engine', async () => {
  const saved = { DOCKER_HOST: process.env.DOCKER_HOST, HOME: process.env.HOME };
  const home = mkdtempSync(join(tmpdir(), 'gantry-e2e-local-home-'));
  Object.assign(process.env, { DOCKER_HOST: bed.env.DOCKER_HOST, HOME: home });
  try {
    const r = await run({ deploy_image: img.v2, hosts: 'local', known_hosts: '', ssh_private_key: '' });
    expect([r.code, outcomes(r)]).toEqual([0, ['ok']]);
    expect(r.out.lines).toContain('local: using the local engine');
    expect(await hello('127.0.0.1')).toBe('hello v2');
    expect(auditLinesIn(home)).toHaveLength(1);
  } finally {
    Object.assign(process.env, saved);
    for (const n of [SERVICE, `${SERVICE}-gantry-prev`]) dockerMaybe(bed.env.DOCKER_HOST, ['rm', '-f', n]);
    rmSync(home, { recursive: true, force: true });
  }
});

test('registry login and env on the hosts: no secret in any argv there, nor in any file left in the deploy home, after a deploy and after one whose image cannot start (restored from, exit 3)', async () => {
  await given(HOSTS, 'v1');
  const argvStart = HOSTS.map((i) => sizeOf(bed.host(i).argvLog));
  const ok = await run({ deploy_image: img.v2, batch_size: '100%' });
  expect(ok.code).toBe(0);
  // An image whose entrypoint does not exist: created (env file, login), then it cannot start.
  const failed = await run({ deploy_image: img.broken, hosts: addr(1) });
  fault('image that does not start', failed);
  expect(failed.code).toBe(3);
  expect(failed.report.hosts[0]).toMatchObject({ outcome: 'failed', running: 'previous' });
  expect(failed.report.hosts[0].message).toMatch(/missing|no such file/i);
  expect(await hello(addr(1))).toBe('hello v2');
  for (const [k, i] of HOSTS.entries()) {
    const argv = grownSince(bed.host(i).argvLog, argvStart[k]);
    expect(argv).toMatch(/^login --username=gantry --password-stdin -- 10\.231\.0\.1:5000 $/m);
    expect(argv).toMatch(/^create --name=e2e-hello-gantry-new .*--env-file=/m);
    for (const n of needles()) expect(argv).not.toContain(n);
    const files = filesUnder(bed.host(i).home);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) for (const n of needles()) expect(`${f.path}: ${f.content.includes(n)}`).toBe(`${f.path}: false`);
    expect(files.filter((f) => f.path.includes(`/.gantry/tmp/${SERVICE}.`) || f.path.includes('/.docker/'))).toEqual([]);
  }
});
