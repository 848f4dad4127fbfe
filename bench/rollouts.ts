/**
 * The rollout rows of the benchmark (8-10), each a section of its own (BENCH_ONLY=proxy, binary,
 * swarm): stop-start against proxy mode under constant load, the binary target against the
 * container target, a Swarm update against the SSH rollout. Every section builds its own versions
 * of examples/hello with gantry, deploys them with the real CLI to the bed's hosts, and removes
 * what it deployed there (containers, the proxy, supervisor programs and releases, swarm services).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LoadCounts, startLoad } from '../test/e2e/support/load';
import { SUPERVISORD_CONF } from '../test/e2e/support/supervisor';
import {
  REPS, ROOT, TESTBED, bedHosts, commit, edit, firstLine, fmt, gantry, gantryAsync, hostDocker, log, median, outputsOf, pushEnv, ratio, repo,
  resetContainer, sh, sshFlags, tb,
} from './lib';

interface Version {
  ref: string;
  /** binaries_dir of this build (with SHA256SUMS) when asked for. */
  bins?: string;
}

/**
 * A new version of examples/hello: a one-line edit, a commit, `gantry build` pushed to the bed's
 * registry (and its binaries exported when `bins` is given).
 */
function buildVersion(dir: string, n: number, image: string, bins?: { dir: string; name: string }): Version {
  edit(dir, n);
  commit(dir, `rollout version ${n}`);
  const extra = bins ? ['--binaries-dir', bins.dir, '--binary-name', bins.name] : [];
  const out = outputsOf(gantry(['build', '--context', dir, '--image', image, '--build-network', 'none', '--tags', '{short_sha}', ...extra], tb.DOCKER_HOST, dir, pushEnv()).stdout);
  if (!out.image_ref) throw new Error(`gantry build printed no image_ref for version ${n}`);
  return { ref: out.image_ref, bins: bins?.dir };
}

/** The container target to `hosts` (bed indexes), stop-then-start on the host network: row 7's rollout. */
function containerArgs(hosts: number[], name: string, port: number): string[] {
  return [
    'deploy', '--hosts', hosts.map((i) => bedHosts()[i - 1]).join(','), ...sshFlags(), '--container-name', name,
    '--network', 'host', '--env', `PORT=${port}`, '--health-url', `http://127.0.0.1:${port}/healthz`, '--health-timeout', '30',
  ];
}

function check(r: { code: number; stdout: string; stderr: string }, what: string): void {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}: ${r.stderr.trim()}\n${r.stdout.split('\n').slice(-15).join('\n')}`);
}

// ------------------------------------------------------------------ 8. proxy mode under load

const LOAD_HOSTS = [1, 2];
const STOPSTART = { name: 'gantry-bench-stopstart', port: 18095 };
const PROXIED = { name: 'gantry-bench-proxy', port: 18096 };

/** Removes the bench's services and the proxy (container, volumes, routes) from a host, as the proxy e2e tests do. */
function resetProxyHost(i: number): void {
  resetContainer(i, STOPSTART.name);
  resetContainer(i, PROXIED.name);
  hostDocker(i, ['rm', '-f', 'gantry-proxy']);
  hostDocker(i, ['volume', 'rm', 'gantry-proxy-config', 'gantry-proxy-data']);
  fs.rmSync(path.join(tb[`GANTRY_TESTBED_H${i}_HOME`], '.gantry/proxy'), { recursive: true, force: true });
}

export interface ModeFigures {
  /** Whole rollout (the CLI's wall clock), per rollout. */
  seconds: number[];
  failed: number;
  total: number;
  /** Proxy mode: health passed -> proxy live, per host switch. */
  switches: number[];
  /** Proxy mode: the old container's drain before it is stopped, per host. */
  drains: number[];
}

export interface ProxyFigures { stopStart: ModeFigures; proxy: ModeFigures; rollouts: number }

const failedOf = (c: LoadCounts[]) => c.reduce((n, x) => n + x.connErrors + x.non2xx, 0);
const totalOf = (c: LoadCounts[]) => c.reduce((n, x) => n + x.total, 0);

/**
 * 8. Rollouts of a new version to 2 hosts under constant load on each host's service port (2
 * clients per host, each request on a new connection, bounded in count and time), stop-start mode
 * and proxy mode alternately; the seconds gantry reports for each proxy switch.
 */
export async function proxyFigures(): Promise<ProxyFigures | string> {
  if (bedHosts().length < 2) return 'the test bed has fewer than two hosts';
  const dir = repo('examples/hello');
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/rollout-${process.pid}`;
  const modes = {
    stopStart: { port: STOPSTART.port, args: containerArgs(LOAD_HOSTS, STOPSTART.name, STOPSTART.port), fig: { seconds: [], failed: 0, total: 0, switches: [], drains: [] } as ModeFigures },
    proxy: {
      port: PROXIED.port,
      args: [
        'deploy', '--hosts', LOAD_HOSTS.map((i) => bedHosts()[i - 1]).join(','), ...sshFlags(), '--container-name', PROXIED.name,
        '--proxy-port', String(PROXIED.port), '--app-port', '8080', '--health-path', '/healthz', '--drain-timeout', '5',
        '--proxy-image', tb.GANTRY_TESTBED_CADDY_IMAGE, '--health-timeout', '30',
      ],
      fig: { seconds: [], failed: 0, total: 0, switches: [], drains: [] } as ModeFigures,
    },
  };
  try {
    for (const i of LOAD_HOSTS) resetProxyHost(i);
    const versions = Array.from({ length: REPS + 1 }, (_, n) => buildVersion(dir, 900 + n, image));
    // The first version, not measured: the proxy is created here.
    for (const m of Object.values(modes)) check(await gantryAsync([...m.args, '--deploy-image', versions[0].ref], tb.DOCKER_HOST, ROOT, pushEnv()), 'the first deploy');
    for (let n = 1; n <= REPS; n++) {
      for (const [mode, m] of Object.entries(modes)) {
        log(`rollout ${n} of ${REPS} under load, ${mode}`);
        const load = startLoad({ targets: LOAD_HOSTS.map((i) => `${bedHosts()[i - 1]}:${m.port}`), workersPerTarget: 2, maxSeconds: 120, maxRequests: 15_000, pauseMs: 5 });
        let counts: LoadCounts[] = [];
        try {
          await new Promise((r) => setTimeout(r, 500));
          const r = await gantryAsync([...m.args, '--deploy-image', versions[n].ref], tb.DOCKER_HOST, ROOT, pushEnv());
          await new Promise((res) => setTimeout(res, 500));
          counts = await load.stop();
          check(r, `${mode} rollout ${n}`);
          m.fig.seconds.push(r.seconds);
          for (const s of r.stdout.matchAll(/proxy port \d+ now serves \S+ \(switch ([0-9.]+) s/g)) m.fig.switches.push(Number(s[1]));
          for (const s of r.stdout.matchAll(/the old container drained in ([0-9.]+) s/g)) m.fig.drains.push(Number(s[1]));
        } finally {
          if (!counts.length) counts = await load.stop();
        }
        m.fig.failed += failedOf(counts);
        m.fig.total += totalOf(counts);
        log(`${mode}: ${failedOf(counts)} failed of ${totalOf(counts)}; ${counts.flatMap((c) => c.samples).slice(0, 2).join('; ')}`);
      }
    }
    if (modes.proxy.fig.switches.length === 0) return 'gantry printed no proxy switch times';
    return { stopStart: modes.stopStart.fig, proxy: modes.proxy.fig, rollouts: REPS };
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    for (const i of LOAD_HOSTS) resetProxyHost(i);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function proxyRows(f: ProxyFigures | string): string[] {
  if (typeof f === 'string') return [`| 8 | rollout under constant load, stop-start vs proxy mode | small | not measured | ${f} | |`];
  const share = (m: ModeFigures) => `${m.failed} failed of ${m.total} requests (${((100 * m.failed) / Math.max(1, m.total)).toFixed(2)} %) over ${f.rollouts} rollouts`;
  return [
    `| 8 | rollout of a new version to 2 hosts under constant load (2 clients a host, a new connection a request), stop-start mode (no proxy_port) | small | ${fmt(median(f.stopStart.seconds))} | ${share(f.stopStart)} | |`,
    `| 8 | same, proxy mode (proxy_port; Caddy; drain_timeout 5) | small | ${fmt(median(f.proxy.seconds))} | ${share(f.proxy)}; ${ratio(median(f.proxy.seconds), median(f.stopStart.seconds))} of stop-start time | 0 failed ${f.proxy.failed === 0 ? 'met' : 'not met'} |`,
    `| 8 | what a proxy switch adds per host (health passed -> proxy live, gantry's report) | small | ${fmt(median(f.proxy.switches))} | max ${fmt(Math.max(...f.proxy.switches))} over ${f.proxy.switches.length} host switches; then the old container drains ${f.proxy.drains.length ? fmt(median(f.proxy.drains)) : '-'} a host (median) before it stops | |`,
  ];
}

// ------------------------------------------------------------------ 9. binary target

const ALL_HOSTS = [1, 2, 3];
const CONTAINER = { name: 'gantry-bench-ctr', port: 18098 };
const BINARY = { name: 'benchhello', port: 18097 };

/** Runs a script as the deploy user on bed host hN over SSH (its pinned key), as gantry reaches it. */
function onHost(i: number, script: string): string {
  return sh('ssh', [
    '-F', '/dev/null', '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${tb.GANTRY_TESTBED_KNOWN_HOSTS}`, '-o', 'StrictHostKeyChecking=yes',
    '-o', 'ConnectTimeout=5', '-o', 'LogLevel=ERROR', '-i', tb.GANTRY_TESTBED_SSH_KEY, `deploy@${bedHosts()[i - 1]}`, 'bash -s',
  ], { input: script }).stdout;
}

const SV = '~/sv/supervisord.ini';

/**
 * The deploy user's own supervisord on each host, as the binary e2e tests run it (~/sv/supervisord.ini
 * includes ~/sv/*.conf). Returns the hosts where this call started it (stopped again afterwards).
 */
function supervisors(): number[] {
  const conf = SUPERVISORD_CONF;
  const started: number[] = [];
  for (const i of ALL_HOSTS) {
    const out = onHost(i, `set -e
mkdir -p ~/sv
[ -f ${SV} ] || cat >${SV} <<'CONF'
${conf}CONF
if ! supervisorctl -c ${SV} pid >/dev/null 2>&1; then supervisord -c ${SV}; echo started; fi
for _ in $(seq 1 50); do supervisorctl -c ${SV} pid >/dev/null 2>&1 && break; sleep 0.2; done
supervisorctl -c ${SV} pid >/dev/null`);
    if (out.includes('started')) started.push(i);
  }
  return started;
}

function removeBinaryService(i: number): void {
  onHost(i, `supervisorctl -c ${SV} stop ${BINARY.name} >/dev/null 2>&1; supervisorctl -c ${SV} remove ${BINARY.name} >/dev/null 2>&1
rm -rf ~/apps/${BINARY.name} ~/.gantry/services/${BINARY.name} ~/sv/${BINARY.name}.conf ~/sv/${BINARY.name}*.log; true`);
}

export interface BinaryFigures {
  container: number[];
  binary: number[];
  /** Bytes sent per rollout of a new release (all hosts), and the binary's size. */
  firstBytes: number;
  size: number;
  unchangedBytes: number;
  unchangedBinary: number;
  unchangedContainer: number;
}

const uploaded = (stdout: string) => [...stdout.matchAll(/: uploaded \S+ \((\d+) bytes\)/g)].reduce((n, m) => n + Number(m[1]), 0);

/**
 * 9. A new version of examples/hello to 3 hosts (batch_size 1): as a binary under each host's
 * supervisord (deploy_target binary) and as a container (the default target), from the same
 * build; then the same commit again (an unchanged rollout) on both targets.
 */
export function binaryFigures(): BinaryFigures | string {
  if (bedHosts().length < 3) return 'the test bed has fewer than three hosts';
  const dir = repo('examples/hello');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-bins-'));
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/binary-${process.pid}`;
  let started: number[] = [];
  const fig: BinaryFigures = { container: [], binary: [], firstBytes: 0, size: 0, unchangedBytes: 0, unchangedBinary: 0, unchangedContainer: 0 };
  const containerDeploy = (v: Version) => gantry([...containerArgs(ALL_HOSTS, CONTAINER.name, CONTAINER.port), '--deploy-image', v.ref], tb.DOCKER_HOST, ROOT, pushEnv());
  const binaryDeploy = (v: Version) => gantry([
    'deploy', '--deploy-target', 'binary', '--hosts', bedHosts().slice(0, 3).join(','), ...sshFlags(), '--context', dir, '--binaries-dir', v.bins!,
    '--binary-name', BINARY.name, '--process-manager', 'supervisor', '--supervisor-conf', SV, '--install-unit',
    '--env', `PORT=${BINARY.port}`, '--health-url', `http://127.0.0.1:${BINARY.port}/healthz`, '--health-timeout', '30',
  ], tb.DOCKER_HOST, ROOT);
  try {
    started = supervisors();
    for (const i of ALL_HOSTS) {
      removeBinaryService(i);
      resetContainer(i, CONTAINER.name);
    }
    const version = (n: number) => buildVersion(dir, n, image, { dir: path.join(work, String(n)), name: BINARY.name });
    let v = version(950);
    containerDeploy(v);
    binaryDeploy(v);
    for (let n = 1; n <= REPS; n++) {
      log(`binary and container rollouts ${n} of ${REPS}`);
      v = version(950 + n);
      fig.container.push(containerDeploy(v).seconds);
      const b = binaryDeploy(v);
      fig.binary.push(b.seconds);
      fig.firstBytes = uploaded(b.stdout);
    }
    fig.size = fs.statSync(path.join(v.bins!, `${BINARY.name}-linux-amd64`)).size;
    const same = binaryDeploy(v);
    fig.unchangedBinary = same.seconds;
    fig.unchangedBytes = uploaded(same.stdout);
    if ((same.stdout.match(/nothing to upload/g) ?? []).length !== 3) log(`the unchanged binary rollout did not say "nothing to upload" for every host`);
    fig.unchangedContainer = containerDeploy(v).seconds;
    return fig;
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    for (const i of ALL_HOSTS) {
      removeBinaryService(i);
      resetContainer(i, CONTAINER.name);
    }
    for (const i of started) onHost(i, `supervisorctl -c ${SV} shutdown >/dev/null 2>&1; true`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function binaryRows(f: BinaryFigures | string): string[] {
  if (typeof f === 'string') return [`| 9 | binary rollout to 3 hosts vs container rollout | small | not measured | ${f} | |`];
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  return [
    `| 9 | rollout of a new version to 3 hosts (batch_size 1), container target (pull, start, health) | small | ${fmt(median(f.container))} | | |`,
    `| 9 | same build, binary target under supervisor (SFTP upload, SHA-256 check, symlink switch, supervisorctl restart, health) | small | ${fmt(median(f.binary))} | ${ratio(median(f.binary), median(f.container))} of the container rollout; ${mb(f.firstBytes)} uploaded (3 x ${mb(f.size)}) | |`,
    `| 9 | the same commit again: binary target (restarts, uploads nothing) / container target (left unchanged) | small | ${fmt(f.unchangedBinary)} / ${fmt(f.unchangedContainer)} | ${f.unchangedBytes} bytes uploaded by the binary rollout | |`,
  ];
}

// ------------------------------------------------------------------ 10. swarm

const SWARM = { name: 'gantry-bench-swarm', port: 18094 };

export interface SwarmFigures { swarm: number[]; ssh: number[]; create: number }

/**
 * 10. A Swarm update of 3 replicas (batch_size 1, a failure-monitor window of 5 s) through the bed's manager
 * (h1 over SSH) to a new version, until every task runs the new digest; against the SSH rollout
 * of the same versions to the 3 hosts (container target, batch_size 1).
 */
export function swarmFigures(): SwarmFigures | string {
  if (bedHosts().length < 3) return 'the test bed has fewer than three hosts';
  const dir = repo('examples/hello');
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/swarm-${process.pid}`;
  const manager = tb.GANTRY_TESTBED_H1_DOCKER_HOST;
  const swarmDeploy = (v: Version) => gantry([
    'deploy', '--deploy-target', 'swarm', '--hosts', bedHosts()[0], ...sshFlags(), '--container-name', SWARM.name,
    '--env', `PORT=${SWARM.port}`, '--replicas', '3', '--batch-size', '1', '--health-timeout', '5', '--deploy-image', v.ref,
  ], tb.DOCKER_HOST, ROOT, pushEnv()).seconds;
  const sshDeploy = (v: Version) => gantry([...containerArgs(ALL_HOSTS, CONTAINER.name, CONTAINER.port), '--deploy-image', v.ref], tb.DOCKER_HOST, ROOT, pushEnv()).seconds;
  const fig: SwarmFigures = { swarm: [], ssh: [], create: 0 };
  try {
    sh('bash', [TESTBED, 'swarm']);
    sh('docker', ['-H', manager, 'service', 'rm', SWARM.name], { check: false });
    for (const i of ALL_HOSTS) resetContainer(i, CONTAINER.name);
    const versions = Array.from({ length: REPS + 1 }, (_, n) => buildVersion(dir, 970 + n, image));
    fig.create = swarmDeploy(versions[0]);
    sshDeploy(versions[0]);
    for (let n = 1; n <= REPS; n++) {
      log(`swarm update and SSH rollout ${n} of ${REPS}`);
      fig.swarm.push(swarmDeploy(versions[n]));
      fig.ssh.push(sshDeploy(versions[n]));
    }
    return fig;
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    sh('docker', ['-H', manager, 'service', 'rm', SWARM.name], { check: false });
    // Swarm removes the tasks' containers after `service rm` returns: wait for them (bounded).
    for (let t = 0; t < 60 && ALL_HOSTS.some((i) => hostDocker(i, ['ps', '-aq', '--filter', `name=^${SWARM.name}\\.`])); t++) sh('sleep', ['0.5']);
    for (const i of ALL_HOSTS) resetContainer(i, CONTAINER.name);
    fs.rmSync(path.join(tb.GANTRY_TESTBED_H1_HOME, '.gantry/services', SWARM.name), { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function swarmRows(f: SwarmFigures | string): string[] {
  if (typeof f === 'string') return [`| 10 | Swarm update of 3 replicas vs SSH rollout to 3 hosts | small | not measured | ${f} | |`];
  return [
    `| 10 | SSH rollout of a new version to 3 hosts (container target, batch_size 1) | small | ${fmt(median(f.ssh))} | | |`,
    `| 10 | Swarm update of 3 replicas (deploy_target swarm, batch_size 1, health_timeout 5 as the failure-monitor window) until every task runs the new digest | small | ${fmt(median(f.swarm))} | ${ratio(median(f.swarm), median(f.ssh))} of the SSH rollout; first create ${fmt(f.create)} | |`,
  ];
}

// ------------------------------------------------------------------ 18. without a registry

const THROUGH_REGISTRY = { name: 'gantry-bench-registry', port: 18097 };
const WITHOUT_REGISTRY = { name: 'gantry-bench-oci', port: 18098 };

export interface RegistrylessFigures { registry: number[]; oci: number[]; bytes: number[]; again: number; againBytes: number[] }

/**
 * 18. A rollout of a new version to 3 hosts (batch_size 1) through the bed's registry, against the
 * same kind of rollout from an OCI layout over the hosts' SSH connections (deploy_image oci:DIR):
 * each side deploys versions of its own (an edit each), so each ships a new binary layer to hosts
 * that hold the base; then the same commit again through oci: (nothing sent).
 */
export function registrylessFigures(): RegistrylessFigures | string {
  if (bedHosts().length < 3) return 'the test bed has fewer than three hosts';
  const dir = repo('examples/hello');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-oci-'));
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/registryless-${process.pid}`;
  const fig: RegistrylessFigures = { registry: [], oci: [], bytes: [], again: 0, againBytes: [] };
  // Each host's line: "... ready in 1.2 s, N bytes (...) sent through the SSH forward", or "already on the host: nothing sent".
  const sent = (stdout: string) => [...stdout.matchAll(/ ready in [\d.]+ s, (?:(\d+) bytes \(|already on the host)/g)].map((m) => Number(m[1] ?? 0));
  let n = 980;
  const pushed = () => {
    edit(dir, ++n);
    commit(dir, `registry version ${n}`);
    return outputsOf(gantry(['build', '--context', dir, '--image', image, '--build-network', 'none', '--tags', '{short_sha}', '--sbom=false'], tb.DOCKER_HOST, dir, pushEnv()).stdout).image_ref;
  };
  const layout = () => {
    edit(dir, ++n);
    commit(dir, `oci version ${n}`);
    const out = path.join(work, String(n));
    gantry(['build', '--context', dir, '--image', image, '--build-network', 'none', '--tags', '{short_sha}', '--sbom=false', '--push=false', '--builder', 'host', '--oci-layout', out], tb.DOCKER_HOST, dir);
    return out;
  };
  const viaRegistry = (ref: string) => gantry([...containerArgs(ALL_HOSTS, THROUGH_REGISTRY.name, THROUGH_REGISTRY.port), '--deploy-image', ref], tb.DOCKER_HOST, ROOT, pushEnv());
  const viaSsh = (dirOf: string) => gantry([...containerArgs(ALL_HOSTS, WITHOUT_REGISTRY.name, WITHOUT_REGISTRY.port), '--deploy-image', `oci:${dirOf}`], tb.DOCKER_HOST, ROOT);
  try {
    for (const i of ALL_HOSTS) {
      resetContainer(i, THROUGH_REGISTRY.name);
      resetContainer(i, WITHOUT_REGISTRY.name);
    }
    viaRegistry(pushed());
    let last = layout();
    viaSsh(last);
    for (let r = 1; r <= REPS; r++) {
      log(`rollouts through the registry and without one ${r} of ${REPS}`);
      fig.registry.push(viaRegistry(pushed()).seconds);
      last = layout();
      const o = viaSsh(last);
      fig.oci.push(o.seconds);
      fig.bytes = sent(o.stdout);
    }
    const again = viaSsh(last);
    fig.again = again.seconds;
    fig.againBytes = sent(again.stdout);
    return fig;
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    for (const i of ALL_HOSTS) {
      resetContainer(i, THROUGH_REGISTRY.name);
      resetContainer(i, WITHOUT_REGISTRY.name);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function registrylessRows(f: RegistrylessFigures | string): string[] {
  if (typeof f === 'string') return [`| 18 | rollout to 3 hosts through a registry vs without one | small | not measured | ${f} | |`];
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  return [
    `| 18 | rollout of a new version to 3 hosts (batch_size 1) through the registry (each host pulls, with a login) | small | ${fmt(median(f.registry))} | | |`,
    `| 18 | same, without a registry: deploy_image oci:DIR, each host pulls through an SSH forward from gantry | small | ${fmt(median(f.oci))} | ${ratio(median(f.oci), median(f.registry))} of the registry rollout; sent per host: ${f.bytes.map(kb).join(' / ')} | |`,
    `| 18 | the same commit again, oci: (left unchanged) | small | ${fmt(f.again)} | sent per host: ${f.againBytes.map((b) => `${b} B`).join(' / ')} | |`,
  ];
}
