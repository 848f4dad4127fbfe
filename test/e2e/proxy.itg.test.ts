/**
 * Zero-downtime releases behind Caddy (proxy mode) on the test bed's hosts, under constant load
 * from a bounded client (how many requests stop-then-start mode drops instead is a measurement:
 * bench/rollouts.ts, row 8 of bench/results.md). Each test
 * brings the fleet to the state it needs first (a deploy of what already runs is left unchanged,
 * so that is cheap): they do not depend on each other's order. The order they are written in
 * leaves each test's state to the next where it can, so that most of those set-up deploys find
 * nothing to do. Set-up deploys, and the runs whose proof is per host (no request fails on that
 * host), go to both hosts at once (batch_size 100%); batch 1 is kept where an order of hosts is
 * what is proven. The fleet's scenarios run on h1 and h2; the single-host ones run on h3 beside
 * them (`beside`), as they share no host, port or service.
 * What the steps decide (left unchanged or forced, a route name another service owns, which kept
 * version rollback_to picks, pre_switch_cmd's order) is proven with the fake host and scripted
 * docker in test/unit/deploy (rollout.test.ts, proxy-steps.test.ts); this file keeps what needs
 * real Caddy, a real engine and real requests.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { deploy, rollback } from '../../src/deploy/commands/deploy-command';
import { maintenance } from '../../src/deploy/commands/maintenance';
import { status } from '../../src/deploy/commands/status';
import { RolloutReport } from '../../src/deploy/rollout/report';
import { Bed, HelloImages, RawReporter, bedInputs, builtOnce, deployBed, docker, dockerMaybe, helloImages, resetHost, slowImages, testbedScript, until } from './support/deploy';
import { LoadCounts, loadLine, startLoad } from './support/load';

jest.setTimeout(300_000);

const SERVICE = 'e2e-proxy';
const PROXY_PORT = 18750;
/** Services of single tests, each on its own proxy port. */
const SLOW = { name: 'e2e-proxy-slow', port: 18755 };
const MOVE = { name: 'e2e-proxy-move', port: 18756 };
const FIRST = { name: 'e2e-proxy-first', port: 18757 };
const HOSTS = [1, 2];
/**
 * The host of the single-host scenarios (two services by name and HTTPS, the slow request, the
 * move to the proxy). They share no host, port or service with the fleet's scenarios on h1 and
 * h2, so each runs beside one of those (`beside`): the file takes the time of the longer of each pair.
 */
const SOLO = 3;
let bed: Bed;
let img: HelloImages;
const figures: string[] = [];

interface Run { code: number; report: RolloutReport; out: RawReporter }

const addr = (i: number) => bed.host(i).addr;

function proxyInputs(over: Record<string, string> = {}): Record<string, string> {
  return bedInputs(bed, {
    hosts: HOSTS.map(addr).join(','), container_name: SERVICE, network: '', env: '', health_url: '',
    proxy_port: String(PROXY_PORT), app_port: '8080', health_path: '/healthz', drain_timeout: '5',
    proxy_image: bed.env.GANTRY_TESTBED_CADDY_IMAGE, ...over,
  });
}

async function run(inputs: Record<string, string>, command: 'deploy' | 'rollback' = 'deploy'): Promise<Run> {
  const out = new RawReporter();
  const parsed = parseInputs({ ...inputs, command });
  const code = command === 'deploy' ? await deploy(parsed, out, undefined, process.env) : await rollback(parsed, out, process.env);
  return { code, report: JSON.parse(out.outputs.report) as RolloutReport, out };
}

const outcomes = (r: Run) => r.report.hosts.map((h) => h.outcome);
const why = (r: Run) => `${r.out.lines.join('\n')}`;
const failed = (c: LoadCounts[]) => c.reduce((n, x) => n + x.connErrors + x.non2xx, 0);
const total = (c: LoadCounts[]) => c.reduce((n, x) => n + x.total, 0);
const live = (i: number) => docker(bed.host(i).dockerHost, ['inspect', '-f', '{{index .Config.Labels "dev.gantry.image-digest"}}', SERVICE]);
const digestOf = (ref: string) => ref.slice(ref.indexOf('@') + 1);

/** Runs `fn` under load on every host's proxy port (or `port` on `hosts`), returns the counts. */
async function underLoad<T>(name: string, fn: () => Promise<T>, port = PROXY_PORT, hosts = HOSTS): Promise<{ result: T; counts: LoadCounts[] }> {
  const load = startLoad({ targets: hosts.map((i) => `${addr(i)}:${port}`), workersPerTarget: 2, maxSeconds: 150, maxRequests: 15_000, pauseMs: 20 });
  const pause = () => new Promise((r) => setTimeout(r, 500));
  let counts: LoadCounts[] = [];
  try {
    await pause();
    const result = await fn();
    await pause();
    counts = await load.stop();
    return { result, counts };
  } finally {
    counts = counts.length ? counts : await load.stop();
    figures.push(loadLine(name, counts));
  }
}

function resetProxy(i: number): void {
  const h = bed.host(i);
  for (const c of [SERVICE, 'e2e-proxy-a', 'e2e-proxy-api', 'e2e-proxy-tls', 'e2e-stopstart', SLOW.name, MOVE.name, FIRST.name]) resetHost(i, c);
  rmSync(join(h.home, 'e2e-first-fail'), { force: true });
  dockerMaybe(h.dockerHost, ['rm', '-f', 'gantry-proxy']);
  dockerMaybe(h.dockerHost, ['volume', 'rm', 'gantry-proxy-config', 'gantry-proxy-data']);
  rmSync(join(h.home, '.gantry/proxy'), { recursive: true, force: true });
}

/** Both hosts at once: for set-up, and for runs whose proof holds per host whatever the batches. */
const AT_ONCE = { batch_size: '100%' };

/**
 * A fleet scenario on h1 and h2 and a single-host one on SOLO, side by side; both run to their end
 * before the first failure, if any, is thrown.
 */
async function beside(fleet: () => Promise<void>, solo: () => Promise<void>): Promise<void> {
  const [f, o] = await Promise.allSettled([fleet(), solo()]);
  if (f.status === 'rejected') throw f.reason;
  if (o.status === 'rejected') throw o.reason;
}

/** The fleet runs `ref` in proxy mode (deployed now, or already). */
async function ensure(ref: string, over: Record<string, string> = {}): Promise<void> {
  const r = await run(proxyInputs({ deploy_image: ref, ...AT_ONCE, ...over }));
  if (r.code !== 0) throw new Error(`setting up ${ref} failed:\n${why(r)}`);
}

beforeAll(() => {
  bed = deployBed();
  img = helloImages();
  for (const i of [...HOSTS, SOLO]) resetProxy(i);
}, 600_000);

afterAll(() => {
  for (const i of [...HOSTS, SOLO]) resetProxy(i);
  if (figures.length > 0) process.stdout.write(`\nload figures (case | target | failed of total | answers):\n${figures.join('\n')}\n`);
});

/** What answers on a host's port, as "HTTP <status> <body>", or why nothing does. */
async function answerOf(url: string): Promise<string> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return `HTTP ${r.status} ${(await r.text()).trim()}`;
  } catch (err) {
    return `no answer: ${String((err as Error).cause ?? err)}`;
  }
}

/** Both streams of a container's logs on host i. */
function containerLogs(i: number, name: string): string {
  const r = spawnSync('docker', ['-H', bed.host(i).dockerHost, 'logs', name], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

/** (a)-(c) on h1 and h2, one load throughout: v2 replaces v1, then v3 (its health path fails) is refused, then a rollback goes back to v1; not one request fails; the switch is timed. */
async function releaseRefuseRollback(): Promise<void> {
  await ensure(img.v1);
  const { result: [a, b, c], counts } = await underLoad('proxy (a) v1 -> v2, (b) v3 refused, (c) rollback v2 -> v1', async () => {
    // (a) the release, both hosts at once (the proof is per host)
    const a = await run(proxyInputs({ deploy_image: img.v2, ...AT_ONCE }));
    const afterA = HOSTS.map(live);
    const containersA = docker(bed.host(1).dockerHost, ['inspect', `${SERVICE}-gantry-prev`, SERVICE]);
    // (b) a version whose health path fails: refused on the first host, the proxy not switched
    const b = await run(proxyInputs({ deploy_image: img.v3, health_timeout: '3' }));
    const afterB = HOSTS.map(live);
    const leftover = dockerMaybe(bed.host(1).dockerHost, ['inspect', `${SERVICE}-gantry-new`]);
    // (c) the rollback command, both hosts at once
    const c = await run(proxyInputs({ deploy_image: '', ...AT_ONCE }), 'rollback');
    return [{ r: a, live: afterA, containers: containersA }, { r: b, live: afterB, leftover }, { r: c, live: HOSTS.map(live) }] as const;
  });
  expect(total(counts)).toBeGreaterThan(100);
  expect(failed(counts)).toBe(0);
  // v3 never answered: the refused version was never switched to, on either host
  for (const c of counts) expect(Object.keys(c.bodies).sort()).toEqual(['hello v1', 'hello v2']);

  expect([a.r.code, outcomes(a.r)]).toEqual([0, ['ok', 'ok']]);
  expect(a.live).toEqual(HOSTS.map(() => digestOf(img.v2)));
  for (const h of a.r.report.hosts) {
    expect(h.switchSeconds).toBeGreaterThan(0);
    figures.push(`proxy switch | ${h.host} | health passed -> proxy live ${h.switchSeconds!.toFixed(2)} s | health ${h.healthSeconds?.toFixed(2)} s`);
  }

  expect(b.r.code).toBe(3);
  expect(b.r.report.hosts[0].message).toContain('health_path /healthz');
  expect(b.r.report.hosts[0].message).toContain('the proxy was not switched');
  expect(b.live).toEqual(HOSTS.map(() => digestOf(img.v2)));
  expect(b.leftover).toBeUndefined();

  expect([c.r.code, outcomes(c.r)]).toEqual([0, ['ok', 'ok']]);
  expect(c.live).toEqual(HOSTS.map(() => digestOf(img.v1)));
  // after (a), the old container was kept, stopped, for rollback; the app publishes no port
  const info = JSON.parse(a.containers) as Array<{ State: { Running: boolean }; HostConfig: { PortBindings: unknown } }>;
  expect(info.map((x) => x.State.Running)).toEqual([false, true]);
  expect(info[1].HostConfig.PortBindings ?? {}).toEqual({});
  // a configuration load moves the connections queued on Caddy's old socket to the new one
  // (the bed's hosts share this machine's kernel: without the setting there, the proxy is made without it)
  const migrates = existsSync('/proc/sys/net/ipv4/tcp_migrate_req');
  for (const i of HOSTS) expect(docker(bed.host(i).dockerHost, ['inspect', '-f', '{{index .HostConfig.Sysctls "net.ipv4.tcp_migrate_req"}}', 'gantry-proxy'])).toBe(migrates ? '1' : '<no value>');
}

/** Maintenance on h1 and h2: the proxy answers 503 with the message on every host, a deploy meanwhile stays behind it, live serves the new version; no connection refused. */
async function maintenanceScenario(): Promise<void> {
  await ensure(img.v1);
  const message = 'Upgrading the database; back in ten minutes.';
  const ask = async (i: number) => {
    const r = await fetch(`http://${addr(i)}:${PROXY_PORT}/`, { signal: AbortSignal.timeout(5000) });
    return { status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.text()).trim().split('\n')[0] };
  };
  const command = async (on: boolean, over: Record<string, string> = {}) => {
    const out = new RawReporter();
    const code = await maintenance(parseInputs({ ...proxyInputs({ maintenance_message: message, ...over }), command: on ? 'maintenance' : 'live' }), out, on, process.env);
    return { code, text: out.lines.join('\n') };
  };
  const { result: on, counts: onCounts } = await underLoad('maintenance on', () => command(true));
  expect(on).toEqual({ code: 0, text: expect.stringContaining(`${addr(1)}: ${SERVICE} is in maintenance: the proxy answers 503 "${message}"`) });
  expect(onCounts.reduce((n, c) => n + c.connErrors, 0)).toBe(0);
  for (const i of HOSTS) expect(await ask(i)).toEqual({ status: 503, retryAfter: '60', body: message });
  // a release during maintenance switches behind it: the names keep answering 503
  const r = await run(proxyInputs({ deploy_image: img.v2, ...AT_ONCE }));
  expect([r.code, outcomes(r)]).toEqual([0, ['ok', 'ok']]);
  expect(r.report.hosts[0].notes?.join(' ')).toContain('in maintenance');
  for (const i of HOSTS) expect((await ask(i)).status).toBe(503);
  const st = new RawReporter();
  expect(await status(parseInputs({ ...proxyInputs(), command: 'status' }), st, process.env)).toBe(0);
  expect(st.lines.join('\n')).toMatch(new RegExp(`${addr(1).replace(/\./g, '\\.')} .* running \\(maintenance\\)`));
  const { result: off, counts: offCounts } = await underLoad('maintenance off (live)', () => command(false));
  expect(off).toEqual({ code: 0, text: expect.stringContaining(`${addr(2)}: ${SERVICE} is live again`) });
  expect(offCounts.reduce((n, c) => n + c.connErrors, 0)).toBe(0);
  for (const i of HOSTS) expect(await ask(i)).toMatchObject({ status: 200, body: expect.stringContaining('"version":"v2"') });
  for (const i of HOSTS) expect(live(i)).toBe(digestOf(img.v2));
  expect((await command(false)).text).toContain(`${SERVICE} was not in maintenance`);
  // other names than the deployed route's: refused on the host, nothing changed
  const other = await command(true, { proxy_host: 'elsewhere.example.com' });
  expect(other.code).toBe(1);
  expect(other.text).toContain('the proxy routes e2e-proxy on port 18750');
  for (const i of HOSTS) expect((await ask(i)).status).toBe(200);
}



/** v1's binary under the revision label e2e-v1b: a third healthy version. */
const v1b = () => variant(img.v1, 'e2e-v1b');

/** `base` under another revision label, pushed to the bed's registry (once per e2e run). */
function variant(base: string, revision: string): string {
  return builtOnce('proxy-variant', [base, revision, buildVariant.toString()], () => ({ ref: buildVariant(base, revision) })).ref;
}

function buildVariant(base: string, revision: string): string {
  const work = mkdtempSync(join(tmpdir(), 'gantry-e2e-variant-'));
  try {
    const config = join(work, 'docker-config');
    mkdirSync(config);
    const main = bed.env.DOCKER_HOST;
    docker(main, ['login', '--username', bed.registryUser, '--password-stdin', bed.registry], { input: bed.registryPassword, config });
    writeFileSync(join(work, 'Dockerfile'), `FROM ${base}\nLABEL org.opencontainers.image.revision=${revision}\n`);
    const tag = `${img.repository}:${revision}`;
    docker(main, ['build', '-q', '-t', tag, work], { config });
    docker(main, ['push', '-q', tag], { config });
    const ref = docker(main, ['image', 'inspect', '-f', '{{range .RepoDigests}}{{println .}}{{end}}', tag]).split('\n').find((d) => d.startsWith(`${img.repository}@`));
    if (!ref) throw new Error(`no digest for ${tag}`);
    return ref;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** (d) on h1 and h2: rollback_to a version two back, under load, keeps the live settings; an unknown version is refused before any change; the same inputs again leave the hosts unchanged. */
async function rollbackToScenario(): Promise<void> {
  // v1, then v1b, then v2 with a setting of its own: the reboot test leaves v1b running after v1
  if (!HOSTS.every((i) => live(i) === digestOf(v1b()))) {
    await ensure(img.v1);
    await ensure(v1b());
  }
  await ensure(img.v2, { env: 'GREETING=kept' });
  const unknown = await run(proxyInputs({ deploy_image: '', rollback_to: 'e2e-v9' }), 'rollback').catch((err: Error) => err);
  expect(String(unknown)).toMatch(/input 'rollback_to': 10\.231\.0\.11: resolve: rollback_to 'e2e-v9' is not among the versions kept on this host: sha256:[0-9a-f]{64} revision e2e-v2/);
  for (const i of HOSTS) expect(live(i)).toBe(digestOf(img.v2));
  const { result: r, counts } = await underLoad('proxy (d) rollback_to e2e-v1 (two back)', () => run(proxyInputs({ deploy_image: '', rollback_to: 'e2e-v1', ...AT_ONCE }), 'rollback'));
  expect([r.code, outcomes(r)]).toEqual([0, ['ok', 'ok']]);
  expect(failed(counts)).toBe(0);
  for (const i of HOSTS) expect(live(i)).toBe(digestOf(img.v1));
  // the settings came from the live container, not from the rollback's inputs
  const env = docker(bed.host(1).dockerHost, ['inspect', '-f', '{{range .Config.Env}}{{println .}}{{end}}', SERVICE]);
  expect(env).toContain('GREETING=kept');
  // What the engine reports of the recreated container (its defaults added to env, labels, network)
  // hashes as the settings a deploy of that image with those inputs asks for: left unchanged, the
  // same container. (Changed settings and force redeploying: test/unit/deploy/rollout.test.ts.)
  const before = docker(bed.host(1).dockerHost, ['inspect', '-f', '{{.Id}}', SERVICE]);
  const same = await run(proxyInputs({ deploy_image: img.v1, env: 'GREETING=kept', ...AT_ONCE }));
  expect([same.code, outcomes(same)]).toEqual([0, ['unchanged', 'unchanged']]);
  expect(docker(bed.host(1).dockerHost, ['inspect', '-f', '{{.Id}}', SERVICE])).toBe(before);
}

/** On SOLO: two services share one proxy port by host name; HTTPS with Caddy's internal CA on another. */
async function twoServicesAndTls(): Promise<void> {
  const one = (over: Record<string, string>) => run(proxyInputs({ hosts: addr(SOLO), proxy_port: '18753', ...over }));
  expect((await one({ container_name: 'e2e-proxy-a', deploy_image: img.v1, proxy_host: 'a.e2e.test' })).code).toBe(0);
  expect((await one({ container_name: 'e2e-proxy-api', deploy_image: img.v2, proxy_host: 'b.e2e.test' })).code).toBe(0);
  // (a name another service owns is refused by the switch step: test/unit/deploy/proxy-steps.test.ts, rollout.test.ts)
  const get = (host: string) => execFileSync('curl', ['-sS', '--max-time', '5', '-H', `Host: ${host}`, `http://${addr(SOLO)}:18753/`], { encoding: 'utf8' });
  expect(JSON.parse(get('a.e2e.test'))).toMatchObject({ version: 'v1' });
  expect(JSON.parse(get('b.e2e.test'))).toMatchObject({ version: 'v2' });

  const tls = await one({ container_name: 'e2e-proxy-tls', deploy_image: img.v2, proxy_port: '18754', proxy_host: 'tls.e2e.test', proxy_tls: 'internal' });
  expect(tls.code).toBe(0);
  const dir = mkdtempSync(join(tmpdir(), 'gantry-e2e-ca-'));
  try {
    let answer = '';
    let why = '';
    for (let i = 0; i < 30 && !answer; i++) {
      await new Promise((r) => setTimeout(r, 500));
      if (dockerMaybe(bed.host(SOLO).dockerHost, ['cp', 'gantry-proxy:/data/caddy/pki/authorities/local/root.crt', join(dir, 'root.crt')]) === undefined) {
        why = 'no root.crt in the proxy yet';
        continue;
      }
      const c = spawnSync('curl', ['-sS', '--max-time', '5', '--cacert', join(dir, 'root.crt'), '--resolve', `tls.e2e.test:18754:${addr(SOLO)}`, 'https://tls.e2e.test:18754/'], { encoding: 'utf8' });
      answer = c.status === 0 ? c.stdout : '';
      why = c.stderr;
    }
    const logs = spawnSync('docker', ['-H', bed.host(SOLO).dockerHost, 'logs', '--tail', '15', 'gantry-proxy'], { encoding: 'utf8' });
    const proxyLog = `${logs.stdout}${logs.stderr}`;
    expect({ answer, why, proxyLog: answer ? '' : proxyLog }).toMatchObject({ answer: expect.stringContaining('"version":"v2"') });
    // HTTP on port 80 is redirected to HTTPS
    const redirect = execFileSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code} %{redirect_url}', '--max-time', '5', '-H', 'Host: tls.e2e.test', `http://${addr(SOLO)}:80/`], { encoding: 'utf8' });
    expect(redirect).toMatch(/^30[18] https:\/\/tls\.e2e\.test/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** On SOLO: a slow request started before a switch completes on the old container, within drain_timeout. */
async function slowRequest(): Promise<void> {
  const slow = slowImages();
  const inputs = (ref: string) => proxyInputs({ hosts: addr(SOLO), container_name: SLOW.name, proxy_port: String(SLOW.port), deploy_image: ref, drain_timeout: '30' });
  const first = await run(inputs(slow.v1));
  expect(first.code).toBe(0);
  const url = `http://${addr(SOLO)}:${SLOW.port}/`;
  let settled = false;
  // The request sleeps until the test wakes it (SIGUSR1, after the switch), at most 60 s.
  const inflight = fetch(`${url}?sleep=60`, { signal: AbortSignal.timeout(120_000) })
    .then(async (r) => `HTTP ${r.status} ${(await r.text()).trim()}`, (err: Error) => `failed: ${String(err.cause ?? err)}`)
    .finally(() => { settled = true; });
  await until(() => containerLogs(SOLO, SLOW.name).includes('/?sleep=60'), 15, 'the slow request to reach v1');
  const deploying = run(inputs(slow.v2));
  // new requests reach v2 while the slow one is still in flight on v1
  let switchedWhilePending: boolean | undefined;
  for (let i = 0; i < 600 && switchedWhilePending === undefined; i++) {
    if ((await answerOf(url)).includes('"v2"')) switchedWhilePending = !settled;
    else await new Promise((r) => setTimeout(r, 100));
  }
  // wake the held request: every container of the service on h1 (v2 holds none)
  const h = bed.host(SOLO);
  const ids = docker(h.dockerHost, ['ps', '-q', '--filter', `name=^${SLOW.name}`]).split('\n').filter(Boolean);
  if (ids.length > 0) dockerMaybe(h.dockerHost, ['kill', '--signal', 'USR1', ...ids]);
  const [answer, r] = await Promise.all([inflight, deploying]);
  expect([r.code, outcomes(r)]).toEqual([0, ['ok']]);
  expect(switchedWhilePending).toBe(true);
  expect(answer).toBe('HTTP 200 {"service":"slow","version":"v1"}');
  const drained = r.out.lines.find((l) => l.includes('the old container drained in'));
  expect(drained).toBeDefined();
  // The slow request done, no idle connection of the proxy's holds the drain until drain_timeout.
  expect(drained).not.toContain('still open at drain_timeout');
  figures.push(`slow request | ${addr(SOLO)} | GET /?sleep=60 started on v1 before the switch, woken after it: ${answer} | ${drained}`);
}


/** On SOLO: a host running the service the old way (its own port, no proxy) is moved to the proxy on its first proxy deploy; the next release is gapless. */
async function movedToProxy(): Promise<void> {
  // hosts as a user has them before proxy mode: no proxy, the service on the port itself
  resetProxy(SOLO);
  const old = await run(bedInputs(bed, {
    hosts: addr(SOLO), container_name: MOVE.name, network: 'host', env: `PORT=${MOVE.port}`,
    health_url: `http://127.0.0.1:${MOVE.port}/healthz`, deploy_image: img.v1, ...AT_ONCE,
  }));
  expect(old.code).toBe(0);
  const moved = (ref: string) => run(proxyInputs({ hosts: addr(SOLO), container_name: MOVE.name, proxy_port: String(MOVE.port), deploy_image: ref }));
  const { result: r, counts } = await underLoad('moved to the proxy: v1 on its own port -> v2 behind the proxy', () => moved(img.v2), MOVE.port, [SOLO]);
  expect([r.code, outcomes(r)]).toEqual([0, ['ok']]);
  expect(r.out.all).toContain(`${MOVE.name} held port ${MOVE.port} itself (deployed without the proxy)`);
  for (const c of counts) expect(Object.keys(c.bodies).sort()).toEqual(['hello v1', 'hello v2']);
  const move = `moved host | first proxy deploy: ${failed(counts)} failed of ${total(counts)} requests`;
  // from then on releases are gapless
  const next = await underLoad('moved host, next release v2 -> v1', () => moved(img.v1), MOVE.port, [SOLO]);
  expect([next.result.code, outcomes(next.result)]).toEqual([0, ['ok']]);
  expect(failed(next.counts)).toBe(0);
  figures.push(`${move}; next release: ${failed(next.counts)} failed of ${total(next.counts)}`);
}

test('(a)-(c) releases under one load on h1 and h2: v2 replaces v1, v3 (its health path fails) is refused, a rollback goes back to v1, not one request fails; beside it on h3, two services share one proxy port by host name, HTTPS with Caddy\'s internal CA on another', () =>
  beside(releaseRefuseRollback, twoServicesAndTls));

test('maintenance on h1 and h2: the proxy answers 503 with the message on every host, a deploy meanwhile stays behind it, live serves the new version, no connection refused; beside it on h3, a slow request started before a switch completes on the old container, within drain_timeout', () =>
  beside(maintenanceScenario, slowRequest));

test('a pre_switch_cmd that fails leaves every host untouched (exit 1, its output in the report); post_deploy_cmd sees the outputs', async () => {
  await ensure(img.v2);
  const marker = join(mkdtempSync(join(tmpdir(), 'gantry-e2e-post-')), 'post');
  // hello refuses a PORT that is not a number and exits 1: a migration that fails
  const r = await run(proxyInputs({ deploy_image: img.v1, env: 'PORT=not-a-port', pre_switch_cmd: 'migrate --up', post_deploy_cmd: `echo "$GANTRY_EXIT_CODE $GANTRY_FAILED_HOSTS" >${marker}; exit 7` }));
  expect(r.code).toBe(1);
  expect(r.report.hosts.map((h) => h.outcome)).toEqual(['failed', 'skipped']);
  expect(r.report.hosts[0].message).toContain('pre_switch_cmd exited with code 1; nothing was switched on any host');
  expect((r.report.hosts[0].logs ?? []).join('\n')).toContain('PORT');
  for (const i of HOSTS) expect(live(i)).toBe(digestOf(img.v2));
  expect(readFileSync(marker, 'utf8').trim()).toBe(`1 ${addr(1)}`);
  expect(r.out.all).toContain("post_deploy_cmd failed (exit code 7); the rollout's exit code 1 stands");
});

test('routes survive a reboot of the host: its engine restarts, the restart policies bring the proxy and the app back', async () => {
  // The proxy container is restarted with the engine: its routes come back from what it keeps
  // (a restart of the proxy container alone is the same path, so it has no test of its own).
  await ensure(img.v2);
  const h = bed.host(1);
  const before = docker(h.dockerHost, ['inspect', '-f', '{{.State.StartedAt}}', 'gantry-proxy', SERVICE]);
  // The hosts share this machine's kernel: the nearest thing to a reboot is the engine stopping
  // (every container stops, as at a shutdown) and starting again.
  testbedScript('restart-engine', 'h1');
  expect(docker(h.dockerHost, ['inspect', '-f', '{{.State.StartedAt}}', 'gantry-proxy', SERVICE])).not.toBe(before);
  let answer = '';
  for (let i = 0; i < 100 && !answer.includes('"v2"'); i++) {
    await new Promise((r) => setTimeout(r, 200));
    answer = await answerOf(`http://${h.addr}:${PROXY_PORT}/`);
  }
  expect(answer).toMatch(/^HTTP 200 .*"version":"v2"/);
  // the kept previous version stays stopped (restart no), the next release still works (v1b: the
  // first of (d)'s versions, so (d) finds it running)
  expect(docker(h.dockerHost, ['inspect', '-f', '{{.State.Running}}', `${SERVICE}-gantry-prev`])).toBe('false');
  const next = await run(proxyInputs({ deploy_image: v1b(), ...AT_ONCE }));
  expect([next.code, outcomes(next)]).toEqual([0, ['ok', 'ok']]);
});

test('(d) rollback_to a version two back, under load, keeps the live settings; an unknown version is refused before any change; the same inputs again leave the hosts unchanged; beside it on h3, a host running the service the old way (its own port, no proxy) is moved to the proxy on its first proxy deploy, and its next release is gapless', () =>
  beside(rollbackToScenario, movedToProxy));

test('the fleet rollback of a first proxy deploy takes its route off the proxy: no route is left to a stopped container', async () => {
  // another service on the proxy (what (d) leaves running: nothing to set up after it)
  await ensure(img.v1, { env: 'GREETING=kept' });
  // the health gate fails on host 2 only: host 1, switched first (batch 1), is rolled back
  writeFileSync(join(bed.host(2).home, 'e2e-first-fail'), '');
  try {
    const r = await run(proxyInputs({
      container_name: FIRST.name, proxy_port: String(FIRST.port), deploy_image: img.v2, batch_size: '1',
      health_cmd: 'test ! -e "$HOME/e2e-first-fail"', health_timeout: '3',
    }));
    expect([r.code, outcomes(r)]).toEqual([3, ['rolled back', 'failed']]);
    expect(r.report.hosts[0].message).toContain(`nothing ran here before, so its route was taken off the proxy (port ${FIRST.port}) and the new container was stopped`);
  } finally {
    rmSync(join(bed.host(2).home, 'e2e-first-fail'), { force: true });
  }
  const h = bed.host(1);
  expect(existsSync(join(h.home, `.gantry/proxy/routes/${FIRST.port}/9-${FIRST.name}.json`))).toBe(false);
  expect(docker(h.dockerHost, ['inspect', '-f', '{{.State.Running}}', `${FIRST.name}-gantry-prev`])).toBe('false');
  // nothing serves the port any more (before, the route dialled the stopped container: 502)
  expect(await answerOf(`http://${h.addr}:${FIRST.port}/`)).toMatch(/^no answer/);
  // the other services' routes were loaded again untouched
  expect(await answerOf(`http://${h.addr}:${PROXY_PORT}/`)).toMatch(/^HTTP 200 .*"version":"v1"/);
});
