/**
 * Releases without a registry on the bed: the host builder writes the image as an OCI layout
 * (push false, no engine), and deploy_image oci:DIR ships it to h1 and h2 over their SSH
 * connections (a remote forward to gantry's loopback registry), with no registry credentials
 * anywhere and an image name no registry holds. A second deploy sends nothing. h3 is reached
 * through a second sshd of its own (port 2222) that forbids forwarding: the image goes into
 * docker load over the session, said once. `all` with push false ships its build the same way,
 * here through a jump host.
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { parseInputs } from '../../src/inputs';
import { run as gantryRun } from '../../src/run';
import { deploy } from '../../src/deploy/commands/deploy-command';
import { RolloutReport } from '../../src/deploy/rollout/report';
import { Bed, RawReporter, bedInputs, containers, deployBed, docker, dockerMaybe, hello, resetHost } from './support/deploy';
import { commitAll, fixtureRepo } from './support/fixture-repo';

jest.setTimeout(240_000);

const SERVICE = 'e2e-regless';
const PORT = 18086;
const NO_FORWARD_PORT = 2222;
/** The Go caches, kept between runs on this machine (a cold compile of the standard library costs most of a minute). */
const CACHE = path.join(os.tmpdir(), 'gantry-e2e-registryless-cache');
let bed: Bed;
let scratch: string;
let layout: string;
let image: string;
let repo: string;
let sshd: ChildProcess | undefined;

/** The service's inputs for the bed, without any registry login. */
function inputs(over: Record<string, string>): Record<string, string> {
  return bedInputs(bed, {
    registry_username: '', registry_password: '', container_name: SERVICE, env: `PORT=${PORT}`,
    health_url: `http://127.0.0.1:${PORT}/healthz`, batch_size: '100%', ...over,
  });
}

async function deployed(over: Record<string, string>): Promise<{ code: number; report: RolloutReport; out: RawReporter }> {
  const out = new RawReporter();
  const code = await deploy(parseInputs(inputs(over)), out, undefined, process.env);
  return { code, report: JSON.parse(out.outputs.report) as RolloutReport, out };
}

/** h3's own sshd config and start script, on another port, with AllowTcpForwarding no. */
async function startNoForwardSshd(): Promise<void> {
  const dir = path.join(bed.dir, 'h3');
  const config = fs.readFileSync(path.join(dir, 'sshd_config'), 'utf8')
    .replace(/^Port 22$/m, `Port ${NO_FORWARD_PORT}`)
    .replace(/^PidFile .*$/m, `PidFile ${scratch}/sshd.pid`)
    .replace(/^AllowTcpForwarding yes$/m, 'AllowTcpForwarding no');
  expect(config).toContain('AllowTcpForwarding no');
  fs.writeFileSync(path.join(scratch, 'sshd_config'), config);
  const start = fs.readFileSync(path.join(dir, 'sshd-start.sh'), 'utf8')
    .replace(/-f \S+sshd_config -E \S+/, `-f ${scratch}/sshd_config -E ${scratch}/sshd.log`);
  fs.writeFileSync(path.join(scratch, 'sshd-start.sh'), start);
  sshd = spawn('nsenter', ['--net=/var/run/netns/gantry-h3', 'unshare', '--mount', '--propagation', 'private', '/bin/sh', path.join(scratch, 'sshd-start.sh')], { detached: true, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: bed.host(3).addr, port: NO_FORWARD_PORT }, () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the second sshd of h3 did not listen: ${fs.existsSync(`${scratch}/sshd.log`) ? fs.readFileSync(`${scratch}/sshd.log`, 'utf8') : ''}`);
}

beforeAll(async () => {
  bed = deployBed();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-regless-e2e-'));
  layout = path.join(scratch, 'oci');
  repo = `gantry-e2e/regless-${process.pid}`;
  for (const i of [1, 2, 3]) resetHost(i, SERVICE);
  // One build: the host builder, no engine reachable, no push.
  const hello = fixtureRepo('examples/hello', 1_740_000_900);
  const out = new RawReporter();
  const home = path.join(scratch, 'home');
  fs.mkdirSync(home);
  const code = await gantryRun('build', parseInputs({
    command: 'build', context: hello, image: repo, tags: 'r1', builder: 'host', push: 'false', oci_layout: layout,
    sbom: 'false', cache_dir: CACHE, version_variable: 'main.version',
  }), out, { PATH: '/usr/bin:/bin', HOME: home, DOCKER_HOST: `unix://${scratch}/no-engine.sock` });
  if (code !== 0) throw new Error(out.all);
  expect(out.all).toContain(`as an OCI image layout to ${layout}`);
  image = (JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> }).manifests[0].digest;
  await startNoForwardSshd();
  // h1 and h2 lose their route to the bed's registry for this file: a pull from it would fail.
  for (const i of [1, 2]) registryRoute(i, '-I');
});

/** Adds (-I) or removes (-D) the rule in hN's namespace that refuses connections to the bed's registry. */
function registryRoute(i: number, op: '-I' | '-D' | '-C'): boolean {
  const [host, port] = bed.env.GANTRY_TESTBED_REGISTRY.split(':');
  const r = spawnSync('ip', ['netns', 'exec', `gantry-h${i}`, 'iptables', op, 'OUTPUT', '-d', host, '-p', 'tcp', '--dport', port, '-m', 'comment', '--comment', 'gantry-e2e-regless', '-j', 'REJECT'], { encoding: 'utf8' });
  if (op === '-I' && r.status !== 0) throw new Error(`iptables in gantry-h${i}: ${r.stderr}`);
  return r.status === 0;
}

/** Whether hN's namespace can open a connection to the bed's registry. */
function reachesRegistry(i: number): boolean {
  const [host, port] = bed.env.GANTRY_TESTBED_REGISTRY.split(':');
  return spawnSync('ip', ['netns', 'exec', `gantry-h${i}`, 'timeout', '3', 'bash', '-c', `exec 3<>/dev/tcp/${host}/${port}`], { stdio: 'ignore' }).status === 0;
}

afterAll(() => {
  try {
    unfillDisks();
  } catch (err) {
    console.error(`could not unmount the full disk: ${(err as Error).message}`);
  }
  if (bed) for (const i of [1, 2]) while (registryRoute(i, '-C')) registryRoute(i, '-D');
  if (sshd?.pid) {
    try {
      process.kill(-sshd.pid, 'SIGTERM');
    } catch {
      /* gone already */
    }
  }
  for (const i of [1, 2, 3]) resetHost(i, SERVICE);
  for (const i of [1, 2, 3]) {
    const h = bed.host(i).dockerHost;
    const refs = docker(h, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', repo]);
    if (refs) docker(h, ['image', 'rm', ...refs.split('\n')]);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('oci:DIR to h1 and h2 with no registry: the app answers, the host records the digest; again, nothing is sent', async () => {
  expect([reachesRegistry(1), reachesRegistry(2), reachesRegistry(3)]).toEqual([false, false, true]);
  const first = await deployed({ hosts: `${bed.host(1).addr},${bed.host(2).addr}`, deploy_image: `oci:${layout}` });
  if (first.code !== 0) throw new Error(first.out.all);
  for (const i of [1, 2]) {
    expect(await hello(bed.host(i).addr, PORT)).toMatch(/^hello /);
    const [c] = containers(i, SERVICE);
    expect(c.labels['dev.gantry.image-digest']).toBe(image);
    expect(c.labels['dev.gantry.image']).toBe(`${repo}:oci-${image.slice(7, 19)}`);
    // The forward's name (127.0.0.1:PORT/...) is gone; the stable names stay.
    expect(docker(bed.host(i).dockerHost, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']).split('\n').filter((n) => n.startsWith('127.0.0.1:'))).toEqual([]);
  }
  const sent = first.report.hosts.map((h) => h.uploadedBytes ?? -1);
  expect(sent.every((n) => n > 100_000)).toBe(true);
  expect(first.out.all).toMatch(/sent through the SSH forward/);
  expect(first.out.all).not.toMatch(/refuses port forwarding/);

  const again = await deployed({ hosts: `${bed.host(1).addr},${bed.host(2).addr}`, deploy_image: `oci:${layout}` });
  expect(again.code).toBe(0);
  expect(again.report.hosts.map((h) => [h.outcome, h.uploadedBytes])).toEqual([['unchanged', 0], ['unchanged', 0]]);
  expect(again.out.all).toContain('already on the host: nothing sent');
});

test('a host whose sshd forbids forwarding gets the image through docker load, said once', async () => {
  const h3 = bed.host(3).addr;
  const pins = bed.knownHosts.split('\n').filter((l) => l.startsWith(`${h3} `)).map((l) => l.replace(`${h3} `, `[${h3}]:${NO_FORWARD_PORT} `));
  expect(pins.length).toBeGreaterThan(0);
  const over = { hosts: `deploy@${h3}:${NO_FORWARD_PORT}`, known_hosts: pins.join('\n'), deploy_image: `oci:${layout}@${image}` };
  const r = await deployed(over);
  if (r.code !== 0) throw new Error(r.out.all);
  // One warning (the report repeats it as the host's note).
  expect(r.out.lines.filter((l) => l.startsWith('warning:') && /refuses port forwarding/.test(l))).toHaveLength(1);
  expect(r.out.all).toMatch(/sent into docker load/);
  expect(r.report.hosts[0].uploadedBytes).toBeGreaterThan(100_000);
  expect(await hello(h3, PORT)).toMatch(/^hello /);
  expect(containers(3, SERVICE)[0].labels['dev.gantry.image-digest']).toBe(image);

  const again = await deployed(over);
  expect(again.report.hosts.map((h) => [h.outcome, h.uploadedBytes])).toEqual([['unchanged', 0]]);
  expect(again.out.all).not.toMatch(/refuses port forwarding/);
});

test('all with push false ships what it just built to a remote host, no registry, through a jump host', async () => {
  const out = new RawReporter();
  const hello2 = fixtureRepo('examples/hello', 1_740_000_901);
  const code = await gantryRun('all', parseInputs(inputs({
    command: 'all', context: hello2, image: repo, tags: 'r2', builder: 'host', push: 'false', sbom: 'false',
    // Through h2 as a bastion: the forward is on h1's own connection, tunnelled through h2's.
    cache_dir: CACHE, hosts: bed.host(1).addr, ssh_jump_host: bed.host(2).addr,
  })), out, { ...process.env, PATH: '/usr/bin:/bin', HOME: path.join(scratch, 'home'), DOCKER_HOST: `unix://${scratch}/no-engine.sock` });
  if (code !== 0) throw new Error(out.all);
  const report = JSON.parse(out.outputs.report) as RolloutReport;
  expect(report.hosts[0].outcome).toBe('ok');
  expect(report.hosts[0].newDigest).not.toBe(image);
  expect(await hello(bed.host(1).addr, PORT)).toMatch(/^hello /);
  expect(report.hosts[0].uploadedBytes).toBeGreaterThan(0);
  expect(out.all).toMatch(/sent through the SSH forward/);
});

/** An image large enough to be on the wire for a while: examples/hello with 48 MB of random bytes embedded (built once). */
let big: Promise<{ layout: string; digest: string; configDigest: string }> | undefined;
function bigImageLayout(): Promise<{ layout: string; digest: string; configDigest: string }> {
  big ??= (async () => {
    const ctx = fixtureRepo('examples/hello', 1_740_000_950);
    fs.writeFileSync(path.join(ctx, 'big.bin'), crypto.randomBytes(48 * 2 ** 20));
    fs.writeFileSync(path.join(ctx, 'big.go'), 'package main\n\nimport _ "embed"\n\n//go:embed big.bin\nvar big []byte\n\nfunc init() {\n\tif len(big) == 1 {\n\t\tprintln("one")\n\t}\n}\n');
    commitAll(ctx, 1_740_000_951, 'a large file embedded');
    const dir = path.join(scratch, 'oci-big');
    const out = new RawReporter();
    const built = await gantryRun('build', parseInputs({
      command: 'build', context: ctx, image: repo, tags: 'big', builder: 'host', push: 'false', oci_layout: dir, sbom: 'false', cache_dir: CACHE,
    }), out, { PATH: '/usr/bin:/bin', HOME: path.join(scratch, 'home'), DOCKER_HOST: `unix://${scratch}/no-engine.sock` });
    if (built !== 0) throw new Error(out.all);
    const digest = (JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> }).manifests[0].digest;
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'blobs/sha256', digest.slice(7)), 'utf8')) as { config: { digest: string } };
    return { layout: dir, digest, configDigest: manifest.config.digest };
  })();
  return big;
}

test('gantry killed mid-transfer: the old version keeps serving, nothing of the new image is started; the next run converges', async () => {
  const { layout: bigLayout, digest: bigImage, configDigest } = await bigImageLayout();
  const h1 = bed.host(1);
  const before = containers(1, SERVICE).find((c) => c.name === SERVICE)!;
  expect(before.running).toBe(true);

  // bin/gantry as a user runs it, its inputs in GANTRY_* variables; killed (SIGKILL: no cleanup at all) once it ships.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: path.join(scratch, 'home') };
  for (const [k, v] of Object.entries(inputs({ hosts: h1.addr, deploy_image: `oci:${bigLayout}` }))) env[`GANTRY_${k.toUpperCase()}`] = v;
  const child = spawn(path.join(__dirname, '../../bin/gantry'), ['deploy'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let seen = '';
  const killed = await new Promise<string>((resolve) => {
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (/shipping sha256:/.test(seen) && child.exitCode === null) {
        setTimeout(() => child.kill('SIGKILL'), 300);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) => resolve(signal ?? `exit ${code}`));
  });
  expect(seen).toMatch(/shipping sha256:/);
  expect(killed).toBe('SIGKILL');
  const heldBig = dockerMaybe(h1.dockerHost, ['image', 'inspect', configDigest]) !== undefined;
  console.info(`killed while shipping; the host ${heldBig ? 'had already received the whole image' : 'holds no image of it (cut mid-transfer)'}`);

  // The old container serves on; no container of the new image was made or started.
  const after = containers(1, SERVICE);
  expect(after.find((c) => c.name === SERVICE)).toMatchObject({ running: true, labels: expect.objectContaining({ 'dev.gantry.image-digest': before.labels['dev.gantry.image-digest'] }) });
  expect(after.filter((c) => c.labels['dev.gantry.image-digest'] === bigImage && c.running)).toEqual([]);
  expect(await hello(h1.addr, PORT)).toMatch(/^hello /);

  // The next run takes over the dead run's lock (same runner, its process gone) and converges.
  const next = await deployed({ hosts: h1.addr, deploy_image: `oci:${bigLayout}` });
  if (next.code !== 0) throw new Error(next.out.all);
  expect(next.report.hosts[0].outcome).toBe('ok');
  expect(containers(1, SERVICE).find((c) => c.name === SERVICE)!.labels['dev.gantry.image-digest']).toBe(bigImage);
  expect(await hello(h1.addr, PORT)).toMatch(/^hello /);
});

/**
 * hN's engine stages what it receives in its data root's tmp (a pull's layers before they are
 * unpacked, docker load's archive); a small tmpfs mounted there, inside that engine's mount
 * namespace, is a disk that fills mid-transfer. The pid comes from the bed's pidfile beside the socket.
 */
const fullDisks = new Map<string, string>();
function fillDisk(i: number): string {
  const h = bed.host(i);
  const dir = path.join(docker(h.dockerHost, ['info', '--format', '{{.DockerRootDir}}']), 'tmp');
  const pid = fs.readFileSync(path.join(path.dirname(h.dockerHost.replace(/^unix:\/\//, '')), 'dockerd.pid'), 'utf8').trim();
  expect(fs.readdirSync(`/proc/${pid}/root${dir}`)).toEqual([]);
  // 8 MiB: a sixth of the image's 48 MB layer.
  execFileSync('nsenter', ['-t', pid, '-m', 'mount', '-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'gantry-e2e-full', dir]);
  fullDisks.set(dir, pid);
  return `/proc/${pid}/root${dir}`;
}
function unfillDisks(): void {
  for (const [dir, pid] of fullDisks) {
    execFileSync('nsenter', ['-t', pid, '-m', 'umount', dir]);
    fullDisks.delete(dir);
  }
}

/** The files gantry's steps keep in the deploy user's home on hN (their scratch folders are removed on exit). */
function gantryTmp(i: number): string[] {
  const dir = path.join(bed.host(i).home, '.gantry/tmp');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

test('a disk that fills mid-transfer, through the forward and through docker load: exit 3 naming the host and the full disk, the old version serves everywhere, nothing left; after, the next deploy converges', async () => {
  const { layout: bigLayout, digest: bigImage, configDigest } = await bigImageLayout();
  const [h2, h3] = [bed.host(2), bed.host(3)];
  // v1 (the first build) is live on h2 and h3 (the first two tests); h3 never held the large image.
  for (const i of [2, 3]) expect(containers(i, SERVICE).find((c) => c.name === SERVICE)).toMatchObject({ running: true, labels: expect.objectContaining({ 'dev.gantry.image-digest': image }) });
  expect(dockerMaybe(h3.dockerHost, ['image', 'inspect', configDigest])).toBeUndefined();
  const pins = bed.knownHosts.split('\n').filter((l) => l.startsWith(`${h3.addr} `)).map((l) => l.replace(`${h3.addr} `, `[${h3.addr}]:${NO_FORWARD_PORT} `));
  const knownHosts = `${bed.knownHosts.trim()}\n${pins.join('\n')}`;
  const leftBefore = gantryTmp(3);
  const STACK = /^\s+at .*:\d+:\d+\)?$/m;

  const staging = fillDisk(3);
  try {
    for (const [way, hosts] of [['docker load', `${h2.addr},deploy@${h3.addr}:${NO_FORWARD_PORT}`], ['forward', `${h2.addr},${h3.addr}`]]) {
      const r = await deployed({ hosts, known_hosts: knownHosts, deploy_image: `oci:${bigLayout}` });
      console.info(`full disk through the ${way}:\n${r.out.all}`);
      expect({ way, code: r.code }).toEqual({ way, code: 3 });
      const failed = r.report.hosts.filter((h) => h.outcome === 'failed');
      expect(failed.map((h) => h.host.replace(/^deploy@/, '').replace(/:\d+$/, ''))).toEqual([h3.addr]);
      expect(r.report.hosts.map((h) => h.running)).toEqual(['previous', 'previous']);
      // One line names h3 and the full disk; no stack trace anywhere.
      expect(r.out.lines.filter((l) => l.includes(h3.addr) && /disk is full \(no space left on device\)/.test(l)).length).toBeGreaterThan(0);
      expect(r.out.all).not.toMatch(STACK);
      // The old version serves on both hosts; nothing of the new image was started, nor registered on h3.
      for (const i of [2, 3]) {
        const cs = containers(i, SERVICE);
        expect(cs.find((c) => c.name === SERVICE)).toMatchObject({ running: true, labels: expect.objectContaining({ 'dev.gantry.image-digest': image }) });
        expect(cs.filter((c) => c.labels['dev.gantry.image-digest'] === bigImage && c.running)).toEqual([]);
        expect(await hello(bed.host(i).addr, PORT)).toMatch(/^hello /);
      }
      expect(dockerMaybe(h3.dockerHost, ['image', 'inspect', configDigest])).toBeUndefined();
      expect(containers(3, SERVICE).filter((c) => c.labels['dev.gantry.image-digest'] === bigImage)).toEqual([]);
      // Nothing left behind on h3: the engine's staging is empty again, gantry's scratch folders are gone.
      expect(fs.readdirSync(staging)).toEqual([]);
      expect(gantryTmp(3)).toEqual(leftBefore);
    }
  } finally {
    unfillDisks();
  }

  // The disk has room again: the next deploy converges, h3 through docker load.
  const next = await deployed({ hosts: `${h2.addr},deploy@${h3.addr}:${NO_FORWARD_PORT}`, known_hosts: knownHosts, deploy_image: `oci:${bigLayout}` });
  if (next.code !== 0) throw new Error(next.out.all);
  for (const i of [2, 3]) {
    expect(containers(i, SERVICE).find((c) => c.name === SERVICE)!.labels['dev.gantry.image-digest']).toBe(bigImage);
    expect(await hello(bed.host(i).addr, PORT)).toMatch(/^hello /);
  }
  expect(next.report.hosts[1].uploadedBytes).toBeGreaterThan(48 * 2 ** 20);
});

test('hosts: local loads the layout into the runner\'s own engine and runs it', async () => {
  const saved = { DOCKER_HOST: process.env.DOCKER_HOST, HOME: process.env.HOME };
  const home = fs.mkdtempSync(path.join(scratch, 'local-home-'));
  Object.assign(process.env, { DOCKER_HOST: bed.env.DOCKER_HOST, HOME: home });
  try {
    const r = await deployed({ hosts: 'local', known_hosts: '', ssh_private_key: '', deploy_image: `oci:${layout}` });
    if (r.code !== 0) throw new Error(r.out.all);
    expect(r.out.lines).toContain('local: using the local engine');
    expect(await hello('127.0.0.1', PORT)).toMatch(/^hello /);
    const labels = JSON.parse(docker(bed.env.DOCKER_HOST, ['inspect', '-f', '{{json .Config.Labels}}', SERVICE])) as Record<string, string>;
    expect(labels['dev.gantry.image-digest']).toBe(image);
  } finally {
    Object.assign(process.env, saved);
    for (const n of [SERVICE, `${SERVICE}-gantry-prev`]) {
      try {
        docker(bed.env.DOCKER_HOST, ['rm', '-f', n]);
      } catch {
        /* not there */
      }
    }
  }
});
