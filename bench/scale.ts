/**
 * Rows 19 and 20: what a host costs a rollout (1 to 20 hosts, directly and through a bastion), and
 * the engine-free build (`builder: host`) against its floor.
 *
 * Every gantry run here is wrapped in GNU time, so a row carries gantry's own CPU time (user +
 * system of the process and the children it waited for: git, go) and its peak resident memory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { Env, GANTRY, REPS, busyCpuSeconds, ROOT, TESTBED, commit, edit, firstLine, fmt, log, median, outputsOf, pushEnv, ratio, repo, sh, tb, timed } from './lib';

/** One gantry run's cost: wall seconds, CPU seconds (user + system), peak resident memory in MB. */
export interface Cost {
  wall: number;
  cpu: number;
  rssMb: number;
  /** CPU seconds the whole machine was busy meanwhile (the bed's hosts, sshd and engines share its cores). */
  machineCpu: number;
  stdout: string;
  /** CPU seconds of the bed's hosts meanwhile (every process in their namespaces; see adoptHosts). */
  hostsCpu?: number;
}

/** bin/gantry under GNU time (-f '%e %U %S %M'); throws with gantry's last lines on a failure. */
export function measured(args: string[], cwd: string, env: Env = {}, gantry = GANTRY): Cost {
  const report = path.join(os.tmpdir(), `gantry-bench-time-${process.pid}`);
  const clean: Env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) clean[k] = v;
  const busy = busyCpuSeconds();
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, gantry, ...args], {
    cwd,
    env: { ...clean, PATH: `${path.dirname(process.execPath)}:${clean.PATH ?? ''}`, DOCKER_HOST: tb.DOCKER_HOST, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const machineCpu = busyCpuSeconds() - busy;
  const line = fs.readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
  fs.rmSync(report, { force: true });
  if (r.status !== 0) throw new Error(`gantry ${args[0]} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  const [wall, user, system, rssKb] = line.split(' ').map(Number);
  return { wall, cpu: user + system, rssMb: rssKb / 1024, machineCpu, stdout: r.stdout };
}

const medianCost = (cs: Cost[]): Cost => ({
  wall: median(cs.map((c) => c.wall)), cpu: median(cs.map((c) => c.cpu)), rssMb: Math.max(...cs.map((c) => c.rssMb)), machineCpu: median(cs.map((c) => c.machineCpu)), stdout: '',
  ...(cs.every((c) => c.hostsCpu !== undefined) ? { hostsCpu: median(cs.map((c) => c.hostsCpu!)) } : {}),
});

/**
 * The CPU the bed's hosts spend: every process in their network namespaces (sshd and its sessions,
 * the shells and commands of gantry's steps, the services started, engines, containerd and the
 * containers) is moved into one cpuacct cgroup (cgroup v1; v2: a group with cpu.stat) when the
 * section starts and again after engines started; what they fork stays in it. Put back at the end.
 */
const CG_V1 = '/sys/fs/cgroup/cpuacct';
const cgroupDir = () => (fs.existsSync(path.join(CG_V1, 'cpuacct.usage')) ? path.join(CG_V1, 'gantry-bench-hosts')
  : fs.existsSync('/sys/fs/cgroup/cgroup.controllers') ? '/sys/fs/cgroup/gantry-bench-hosts' : '');

function adoptHosts(names: string[]): boolean {
  const dir = cgroupDir();
  if (!dir) return false;
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const h of names) {
      for (const pid of sh('ip', ['netns', 'pids', `gantry-${h}`], { check: false }).stdout.split('\n').filter(Boolean)) {
        try { fs.writeFileSync(path.join(dir, 'cgroup.procs'), pid); } catch { /* gone meanwhile */ }
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds of the hosts' cgroup so far (undefined without one). */
function hostsCpuSeconds(): number | undefined {
  const dir = cgroupDir();
  try {
    if (dir.startsWith(CG_V1)) return Number(fs.readFileSync(path.join(dir, 'cpuacct.usage'), 'utf8')) / 1e9;
    return Number(/usage_usec (\d+)/.exec(fs.readFileSync(path.join(dir, 'cpu.stat'), 'utf8'))?.[1]) / 1e6;
  } catch {
    return undefined;
  }
}

function releaseHosts(): void {
  const dir = cgroupDir();
  if (!dir || !fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  for (const pid of fs.readFileSync(path.join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean)) {
    try { fs.writeFileSync(path.join(parent, 'cgroup.procs'), pid); } catch { /* gone meanwhile */ }
  }
  try { fs.rmdirSync(dir); } catch { /* a process still moving: the empty group is harmless */ }
}

/** measured(), with the CPU the bed's hosts spent meanwhile (all of them: idle ones add next to nothing). */
function measuredOn(args: string[], cwd: string, env: Env = {}, gantry = GANTRY): Cost {
  const before = hostsCpuSeconds();
  const c = measured(args, cwd, env, gantry);
  spawnSync('sleep', ['0.5']); // the hosts' sessions end as gantry exits
  const after = hostsCpuSeconds();
  return { ...c, ...(before !== undefined && after !== undefined ? { hostsCpu: after - before } : {}) };
}

// ------------------------------------------------------------------ 19. a fleet

const NAME = 'benchfleet';
const PORT = 18099;

export interface FleetFigures {
  direct: Array<{ hosts: number; cost: Cost }>;
  /** With BENCH_GANTRY_BEFORE (another gantry command, e.g. an earlier version): the same rollouts by it, each right after the one measured by GANTRY. */
  directBefore: Array<{ hosts: number; cost: Cost }>;
  bastion: { hosts: number; cost: Cost; logins: number[] };
  container: Array<{ hosts: number; cost: Cost }>;
  /** What `testbed.sh engines 20` said an idle engine costs (its memory line), or why it was not started. */
  engines: string;
}

/** `testbed.sh env` as a map (read again after `engines`, which adds hosts' DOCKER_HOST lines). */
function bedEnv(): Env {
  const out: Env = {};
  for (const m of sh('bash', [TESTBED, 'env']).stdout.matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)) out[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  return out;
}

function onFleetHost(addr: string, script: string): void {
  sh('ssh', ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${tb.GANTRY_TESTBED_KNOWN_HOSTS}`, '-o', 'StrictHostKeyChecking=yes',
    '-o', 'ConnectTimeout=5', '-o', 'LogLevel=ERROR', '-i', tb.GANTRY_TESTBED_SSH_KEY, `deploy@${addr}`, 'bash -s'], { input: script, check: false });
}

const forget = `if [ -f ~/${NAME}.pid ]; then kill "$(cat ~/${NAME}.pid)" 2>/dev/null || true; fi; rm -rf ~/${NAME}.pid ~/${NAME}.log ~/apps/${NAME}`;

/**
 * 19. A new version of examples/hello as a plain binary (deploy_target binary, process_manager none
 * with a pidfile restart, batch_size 100%) to 1, 5, 10 and 20 of the bed's fleet hosts (h4..h23:
 * sshd with Debian's defaults, no engine, no SFTP) directly, and to 19 of them through h4 as the
 * bastion (its sshd log counts the logins); the container target (network host, health_url) to 1,
 * 5, 10 and 20 hosts: h1..h3 and h4..h20, whose engines `testbed.sh engines 20` starts for this
 * section and stops after it (back to as many as ran before). Each measured rollout ships a
 * binary, or an image, built for it (a new version string: the hosts pull or upload what changed),
 * after one unmeasured rollout to every host. BENCH_FLEET_TARGETS=binary measures the binary rows
 * alone (no engines started: about 2 minutes instead of 12).
 */
export function fleetFigures(): FleetFigures | string {
  sh('bash', [TESTBED, 'up', '23']);
  const lines = sh('bash', ['-c', `bash ${TESTBED} env`]).stdout;
  const fleet = (/GANTRY_TESTBED_FLEET_HOSTS=['"]?([0-9.,]+)/.exec(lines)?.[1] ?? '').split(',').filter(Boolean);
  if (fleet.length < 20) return `the bed has ${fleet.length} fleet hosts, not 20`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-fleet-'));
  const bedHostNames = Object.keys(bedEnv()).map((k) => /^GANTRY_TESTBED_H(\d+)_ADDR$/.exec(k)?.[1]).filter(Boolean).map((n) => `h${n}`);
  adoptHosts(bedHostNames);
  const src = repo('examples/hello');
  const go = ['1.22', '1.24', '1.19'].map((v) => `/usr/lib/go-${v}/bin/go`).find((p) => fs.existsSync(p)) ?? 'go';
  let version = 0;
  const binaries = () => {
    version++;
    const dir = path.join(work, `bin-${version}`);
    fs.mkdirSync(dir);
    const file = path.join(dir, `${NAME}-linux-amd64`);
    sh(go, ['build', '-trimpath', '-ldflags', `-s -w -X main.version=v${version}`, '-o', file, '.'], {
      cwd: src,
      env: { HOME: work, GOCACHE: path.join(work, 'gocache'), GOPATH: path.join(work, 'gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
    });
    fs.writeFileSync(path.join(dir, 'SHA256SUMS'), `${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}  ${NAME}-linux-amd64\n`);
    edit(src, version);
    commit(src, `fleet ${version}`);
    return dir;
  };
  const binaryArgs = (hosts: string[], jump?: string) => [
    'deploy', '--deploy-target', 'binary', '--hosts', hosts.join(','), '--ssh-private-key', tb.GANTRY_TESTBED_SSH_KEY, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS,
    ...(jump ? ['--ssh-jump-host', `deploy@${jump}`] : []), '--context', src, '--binaries-dir', binaries(), '--binary-name', NAME, '--process-manager', 'none',
    '--restart-cmd', `if [ -f ~/${NAME}.pid ]; then kill "$(cat ~/${NAME}.pid)" 2>/dev/null || true; sleep 0.2; fi; setsid nohup "$GANTRY_RELEASE_DIR/run" >~/${NAME}.log 2>&1 </dev/null & echo $! >~/${NAME}.pid`,
    '--env', `PORT=${PORT}`, '--health-url', `http://127.0.0.1:${PORT}/healthz`, '--health-timeout', '30', '--batch-size', '100%',
  ];
  const bastionLog = path.join(tb.GANTRY_TESTBED_DIR, 'logs', 'sshd-h4.log');
  const logins = () => (fs.readFileSync(bastionLog, 'utf8').match(/Accepted publickey for deploy/g) ?? []).length;
  const before = process.env.BENCH_GANTRY_BEFORE || '';
  const fig: FleetFigures = { direct: [], directBefore: [], bastion: { hosts: 19, cost: { wall: 0, cpu: 0, rssMb: 0, machineCpu: 0, stdout: '' }, logins: [] }, container: [], engines: '' };
  const containerName = 'gantry-bench-scale';
  const containerPort = PORT + 1;
  let containerEnv: Env = {};
  let containerHosts: string[] = [];
  let enginesAsked = false;
  const enginesBefore = Math.max(3, (bedEnv().GANTRY_TESTBED_ENGINE_HOSTS || '').split(',').filter(Boolean).length);
  try {
    for (const h of fleet) onFleetHost(h, forget);
    log('fleet: a first rollout to all 20 hosts (not measured)');
    measured(binaryArgs(fleet.slice(0, 20)), ROOT);
    for (const n of [1, 5, 10, 20]) {
      const cs: Cost[] = [];
      const cb: Cost[] = [];
      for (let r = 1; r <= REPS; r++) {
        log(`fleet: ${n} host(s) directly, ${r} of ${REPS}`);
        cs.push(measuredOn(binaryArgs(fleet.slice(0, n)), ROOT));
        if (before) {
          log(`fleet: ${n} host(s) directly by ${before}, ${r} of ${REPS}`);
          cb.push(measuredOn(binaryArgs(fleet.slice(0, n)), ROOT, {}, before));
        }
      }
      fig.direct.push({ hosts: n, cost: medianCost(cs) });
      if (before) fig.directBefore.push({ hosts: n, cost: medianCost(cb) });
    }
    const cs: Cost[] = [];
    for (let r = 1; r <= REPS; r++) {
      log(`fleet: 19 hosts through the bastion, ${r} of ${REPS}`);
      const before = logins();
      cs.push(measuredOn(binaryArgs(fleet.slice(1, 20), fleet[0]), ROOT));
      fig.bastion.logins.push(logins() - before);
    }
    fig.bastion.cost = medianCost(cs);
    for (const h of fleet) onFleetHost(h, forget);
    if (process.env.BENCH_FLEET_TARGETS === 'binary') {
      fig.engines = 'not measured (BENCH_FLEET_TARGETS=binary)';
      return fig;
    }
    log('fleet: engines on h4..h20 (testbed.sh engines 20)');
    enginesAsked = true;
    const said = sh('bash', [TESTBED, 'engines', '20']).stderr;
    fig.engines = /an idle engine .*/.exec(said)?.[0] ?? said.trim().split('\n').pop() ?? '';
    containerEnv = bedEnv();
    adoptHosts(bedHostNames);
    containerHosts = (containerEnv.GANTRY_TESTBED_ENGINE_HOSTS || '').split(',').filter(Boolean).slice(0, 20);
    if (containerHosts.length < 20) throw new Error(`the bed has ${containerHosts.length} hosts with an engine after \`engines 20\`, not 20`);
    const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/scale-${process.pid}`;
    let built = 0;
    const newImage = () => {
      edit(src, 9000 + ++built);
      commit(src, `container ${built}`);
      return outputsOf(measured(['build', '--context', src, '--image', image, '--tags', '{short_sha}', '--sbom=false', '--builder', 'host', '--registry-insecure=true'], src, pushEnv()).stdout).image_ref;
    };
    const containerArgs = (hosts: string[], ref: string) => ['deploy', '--hosts', hosts.join(','), '--ssh-private-key', tb.GANTRY_TESTBED_SSH_KEY, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS,
      '--container-name', containerName, '--network', 'host', '--env', `PORT=${containerPort}`, '--health-url', `http://127.0.0.1:${containerPort}/healthz`, '--health-timeout', '30', '--batch-size', '100%', '--deploy-image', ref];
    log('fleet: a first container rollout to all 20 hosts (not measured)');
    measured(containerArgs(containerHosts, newImage()), ROOT, pushEnv());
    for (const n of [1, 5, 10, 20]) {
      const cc: Cost[] = [];
      for (let r = 1; r <= REPS; r++) {
        const ref = newImage();
        log(`fleet: container target, ${n} host(s), ${r} of ${REPS}`);
        cc.push(measuredOn(containerArgs(containerHosts.slice(0, n), ref), ROOT, pushEnv()));
      }
      fig.container.push({ hosts: n, cost: medianCost(cc) });
    }
    return fig;
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    for (const h of fleet) onFleetHost(h, forget);
    for (let i = 1; i <= containerHosts.length; i++) {
      const dh = containerEnv[`GANTRY_TESTBED_H${i}_DOCKER_HOST`];
      if (!dh) continue;
      const ids = sh('docker', ['-H', dh, 'ps', '-aq', '--filter', `name=^${containerName}`], { check: false }).stdout.trim();
      if (ids) sh('docker', ['-H', dh, 'rm', '-f', ...ids.split('\n')], { check: false });
      fs.rmSync(path.join(containerEnv[`GANTRY_TESTBED_H${i}_HOME`] ?? '/nonexistent', '.gantry/services', containerName), { recursive: true, force: true });
    }
    // The engines started for this section stop again (each holds memory the machine's other work needs).
    if (enginesAsked) sh('bash', [TESTBED, 'engines', String(enginesBefore)], { check: false });
    releaseHosts();
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(src, { recursive: true, force: true });
  }
}

export function fleetRows(f: FleetFigures | string): string[] {
  if (typeof f === 'string') return [`| 19 | rollouts to 1-20 hosts | small | not measured | ${f} | |`];
  const cores = os.cpus().length;
  const cost = (c: Cost) => `gantry's CPU ${fmt(c.cpu)}, peak memory ${c.rssMb.toFixed(0)} MB; ${c.hostsCpu !== undefined ? `the hosts (everything in their namespaces) ${fmt(c.hostsCpu)} of CPU; ` : ''}the machine (everything on it) busy ${fmt(c.machineCpu)} of ${fmt(cores * c.wall)} (${cores} cores)`;
  const one = f.direct.find((d) => d.hosts === 1)!.cost;
  const rows = f.direct.map((d) => `| 19 | binary target, a new version to ${d.hosts} host(s) directly, batch_size 100% | small | ${fmt(d.cost.wall)} | ${ratio(d.cost.wall, one.wall)} of one host; ${cost(d.cost)} | ${d.hosts === 20 ? `<= 2x one host ${d.cost.wall / one.wall <= 2 ? 'met' : 'not met'}; <= 300 MB ${d.cost.rssMb <= 300 ? 'met' : 'not met'}` : ''} |`);
  const b1 = f.directBefore.find((d) => d.hosts === 1)?.cost;
  for (const d of f.directBefore) rows.push(`| 19 | same by the gantry before (BENCH_GANTRY_BEFORE), ${d.hosts} host(s), run right after the row above of the same count | small | ${fmt(d.cost.wall)} | ${b1 ? `${ratio(d.cost.wall, b1.wall)} of one host (same gantry); ` : ''}${cost(d.cost)} | |`);
  const b = f.bastion;
  rows.push(`| 19 | same, 19 hosts through one bastion (sshd defaults: MaxStartups 10:30:100) | small | ${fmt(b.cost.wall)} | ${ratio(b.cost.wall, one.wall)} of one host; ${cost(b.cost)}; bastion logins per rollout: ${b.logins.join(' / ')} | <= 2 logins ${Math.max(...b.logins) <= 2 ? 'met' : 'not met'} |`);
  const c1 = f.container.find((d) => d.hosts === 1)?.cost;
  for (const d of f.container) {
    const goal = d.hosts === 20 && c1 ? `<= 2x one host ${d.cost.wall / c1.wall <= 2 ? 'met' : 'not met'}; <= 300 MB ${d.cost.rssMb <= 300 ? 'met' : 'not met'}` : '';
    rows.push(`| 19 | container target, a new image to ${d.hosts} host(s) (pull of the changed layer, start, health), batch_size 100% | small | ${fmt(d.cost.wall)} | ${c1 ? `${ratio(d.cost.wall, c1.wall)} of one host; ` : ''}${cost(d.cost)}${d.hosts === 1 && f.engines ? `; hosts' engines: ${f.engines}` : ''} | ${goal} |`);
  }
  return rows;
}

// ------------------------------------------------------------------ 20. the host builder

export interface HostBuildFigures {
  fixture: string;
  floor: number;
  warm: Cost;
  fresh: Cost;
  compiled: string;
}

/**
 * 20. `builder: host` with push against the floor, in the same run: the floor is the same `go build`
 * gantry runs (same toolchain, flags, GOCACHE/GOMODCACHE in cache_dir), timed as a whole command
 * after a one-line edit. Warm: the same cache_dir, one-line edit. Fresh runner: a new HOME and
 * XDG_CACHE_HOME, cache_dir restored from a copy of the warm one (a CI cache restore), one-line edit.
 */
export function hostBuildFigures(fixture: { name: string; path: string }): HostBuildFigures | string {
  const go = '/usr/lib/go-1.22/bin/go';
  if (!fs.existsSync(go)) return 'Debian\'s Go 1.22 is not installed (/usr/lib/go-1.22)';
  const dir = repo(fixture.path);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-host-'));
  const cache = path.join(work, 'cache');
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/host-${process.pid}`;
  let n = 0;
  const build = (cacheDir: string, env: Env) => {
    edit(dir, ++n);
    commit(dir, `host ${n}`);
    return measured(['build', '--context', dir, '--image', image, '--tags', '{short_sha}', '--sbom=false', '--builder', 'host', '--cache-dir', cacheDir,
      '--registry-insecure=true'], dir, { ...pushEnv(), DOCKER_HOST: 'unix:///nonexistent/gantry-bench.sock', ...env });
  };
  const floorOnce = () => {
    edit(dir, ++n);
    const vendored = fs.existsSync(path.join(dir, 'vendor'));
    return timed(() => sh(go, ['build', '-trimpath', '-ldflags', '-s -w', '-buildvcs=false', ...(vendored ? ['-mod=vendor'] : []), '-o', path.join(work, 'floor-bin'), '.'], {
      cwd: dir,
      env: { GOCACHE: path.join(cache, 'go-build'), GOMODCACHE: path.join(cache, 'go-mod'), CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '' },
    })).seconds;
  };
  try {
    build(cache, {});
    build(cache, {});
    const floors: number[] = [];
    const warm: Cost[] = [];
    for (let r = 1; r <= REPS; r++) {
      log(`host builder, ${fixture.name}: floor and warm build ${r} of ${REPS}`);
      floors.push(floorOnce());
      warm.push(build(cache, {}));
    }
    const compiled = /compiled? (\d+) package/.exec(warm[warm.length - 1].stdout)?.[1] ?? '?';
    const fresh: Cost[] = [];
    for (let r = 1; r <= REPS; r++) {
      log(`host builder, ${fixture.name}: fresh runner ${r} of ${REPS}`);
      const runner = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-runner-'));
      const restored = path.join(runner, 'cache');
      fs.cpSync(cache, restored, { recursive: true });
      fresh.push(build(restored, { HOME: runner, XDG_CACHE_HOME: path.join(runner, '.cache') }));
      sh('chmod', ['-R', 'u+w', runner], { check: false });
      fs.rmSync(runner, { recursive: true, force: true });
    }
    return { fixture: fixture.name, floor: median(floors), warm: medianCost(warm), fresh: medianCost(fresh), compiled };
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    sh('chmod', ['-R', 'u+w', work], { check: false });
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function hostBuildRows(f: HostBuildFigures | string): string[] {
  if (typeof f === 'string') return [`| 20 | builder: host against its floor | | not measured | ${f} | |`];
  const goal = (c: Cost) => `<= 1.5x ${c.wall / f.floor <= 1.5 ? 'met' : 'not met'}`;
  return [
    `| 20 | floor: incremental \`go build\` on this machine (Debian's Go 1.22, gantry's flags, the warm cache_dir's GOCACHE) | ${f.fixture} | ${fmt(f.floor)} | 1.00x | |`,
    `| 20 | \`builder: host\`, one-line edit, warm cache_dir, pushed, no engine (CPU ${fmt(f.warm.cpu)}, peak memory ${f.warm.rssMb.toFixed(0)} MB) | ${f.fixture} | ${fmt(f.warm.wall)} | ${ratio(f.warm.wall, f.floor)} | ${goal(f.warm)} |`,
    `| 20 | same on a fresh runner: new HOME, cache_dir restored from a copy (CPU ${fmt(f.fresh.cpu)}, peak memory ${f.fresh.rssMb.toFixed(0)} MB) | ${f.fixture} | ${fmt(f.fresh.wall)} | ${ratio(f.fresh.wall, f.floor)} | ${goal(f.fresh)} |`,
  ];
}

