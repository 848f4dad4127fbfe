/**
 * gantry's benchmark: `npm run bench` (bench/run.sh). Measures, in one run on this machine, the
 * figures of issue 6 and writes bench/results.md. Figures are medians of a few repetitions; the
 * machine is shared, so read ratios, not absolute times. Nothing here asserts a time.
 */
import { SpawnSyncReturns, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const GANTRY = path.join(ROOT, 'bin/gantry');
const FRESH = path.join(ROOT, 'bench/fresh-engine.sh');
const REPS = Number(process.env.BENCH_REPS || 3);
const FRESH_REPS = Number(process.env.BENCH_FRESH_REPS || 2);

type Env = Record<string, string>;
let tb: Env = {};

function log(m: string): void {
  process.stderr.write(`bench: ${m}\n`);
}

function sh(cmd: string, args: string[], opts: { env?: Env; cwd?: string; input?: string; check?: boolean } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, input: opts.input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (opts.check !== false && r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-8).join('\n')}`);
  return r;
}

function timed<T>(fn: () => T): { value: T; seconds: number } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - t) / 1e9 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (s: number) => `${s.toFixed(2)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function docker(host: string, args: string[], opts: { env?: Env; cwd?: string; check?: boolean } = {}): string {
  return sh('docker', ['-H', host, ...args], { ...opts, env: { DOCKER_CONFIG: path.join(os.tmpdir(), 'gantry-bench-docker-config'), ...opts.env } }).stdout.trim();
}

function pushEnv(): Env {
  return { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: fs.readFileSync(tb.GANTRY_TESTBED_REGISTRY_PASSWORD_FILE, 'utf8').trim() };
}

function gantry(args: string[], dockerHost: string, cwd: string, env: Env = {}): { stdout: string; seconds: number } {
  const clean: Env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) clean[k] = v;
  const once = () => timed(() => spawnSync(GANTRY, args, { cwd, env: { ...clean, PATH: `${path.dirname(process.execPath)}:${clean.PATH ?? ''}`, DOCKER_HOST: dockerHost, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  let r = once();
  // The test bed's registry is shared with other test runs that delete repositories: a push
  // can meet a blob deleted under it (HTTP 404). Such a run is measured again, once.
  if (r.value.status !== 0 && /failed: error parsing HTTP 404|blob unknown/.test(r.value.stderr)) {
    log(`retrying after a registry race: ${r.value.stderr.trim().split('\n')[0]}`);
    r = once();
  }
  if (r.value.status !== 0) throw new Error(`gantry ${args.join(' ')} failed: ${r.value.stderr.trim()}\n${r.value.stdout.split('\n').slice(-15).join('\n')}`);
  return { stdout: r.value.stdout, seconds: r.seconds };
}

const GIT_ENV: Env = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };

function commit(dir: string, message: string): void {
  sh('git', ['-C', dir, 'add', '-A'], { env: GIT_ENV });
  sh('git', ['-C', dir, 'commit', '-q', '-m', message], { env: GIT_ENV });
}

/** A temporary git repository holding a copy of a fixture. */
function repo(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-'));
  fs.cpSync(path.join(ROOT, fixture), dir, { recursive: true });
  sh('git', ['-C', dir, 'init', '-q', '-b', 'main']);
  commit(dir, 'fixture');
  return dir;
}

/**
 * Edits are unique to this run: an engine's compiler cache outlives a run, and an edit it has
 * seen before would compile nothing.
 */
const RUN_ID = Date.now() % 1e9;

/** The one-line edit: a variable in main.go whose value changes every time. */
function edit(dir: string, n: number, file = 'main.go'): void {
  const f = path.join(dir, file);
  const text = fs.readFileSync(f, 'utf8');
  const line = `var benchEdit = ${RUN_ID}${String(n).padStart(4, '0')}`;
  fs.writeFileSync(f, /^var benchEdit = \d+$/m.test(text) ? text.replace(/^var benchEdit = \d+$/m, line) : `${text}\n${line}\n`);
}

interface Fixture {
  name: string;
  path: string;
  vendored: boolean;
  packages: number;
}

const FIXTURES: Fixture[] = [
  { name: 'small (stdlib only, 3 packages)', path: 'examples/hello', vendored: false, packages: 1 },
  { name: 'medium (51 packages, vendored modules)', path: 'test/fixtures/go/medium', vendored: true, packages: 51 },
];

/** 1. The floor: an incremental go build after a one-line edit, in the golang container, warm cache. */
function floor(fx: Fixture): number {
  const dir = repo(fx.path);
  const host = tb.DOCKER_HOST;
  const name = `gantry-bench-floor-${process.pid}`;
  docker(host, ['rm', '-f', name], { check: false });
  docker(host, ['run', '-d', '--name', name, '--network', 'none', '-v', `${dir}:/src`, '-w', '/src', '-e', 'CGO_ENABLED=0', ...(fx.vendored ? ['-e', 'GOFLAGS=-mod=vendor'] : []), 'golang:1.22', 'sleep', 'infinity']);
  const build = `go build -trimpath -buildvcs=false -ldflags '-s -w' -o /tmp/app .`;
  try {
    docker(host, ['exec', name, 'sh', '-c', build]);
    const times: number[] = [];
    for (let i = 1; i <= REPS + 1; i++) {
      edit(dir, i);
      const out = docker(host, ['exec', name, 'sh', '-c', `a=$(date +%s%N); ${build}; b=$(date +%s%N); echo $((b-a))`]);
      if (i > 1) times.push(Number(out.split('\n').pop()) / 1e9); // the first edit also adds the line
    }
    return median(times);
  } finally {
    docker(host, ['rm', '-f', name], { check: false });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function compiledPackages(stdout: string): string[] {
  const lines = stdout.split('\n');
  const step = lines.find((l) => /\] RUN .*go build -v/.test(l))?.split(' ')[0];
  if (!step) return [];
  return lines.filter((l) => l.startsWith(`${step} `) && !/RUN|DONE|CACHED|ERROR/.test(l)).map((l) => l.slice(step.length + 1).trim());
}

interface GantryFigures {
  warm: number;
  fresh: number;
  freshCold: number;
  freshCompiled: number;
  warmCompiled: number;
  cacheMb: number;
}

/** 2. and 3.: gantry after a one-line edit on the warm engine, then on fresh engines with the cache folder. */
function gantryFigures(fx: Fixture): GantryFigures {
  const dir = repo(fx.path);
  const args = ['build', '--context', dir, '--push=false', '--build-network', 'none'];
  try {
    gantry(args, tb.DOCKER_HOST, dir); // warms the engine and fills .gantry/cache
    const warm: number[] = [];
    let warmCompiled = 0;
    for (let i = 1; i <= REPS + 1; i++) {
      edit(dir, 100 + i);
      commit(dir, `edit ${i}`);
      const r = gantry(args, tb.DOCKER_HOST, dir);
      if (i > 1) warm.push(r.seconds);
      warmCompiled = compiledPackages(r.stdout).length;
    }
    const cacheMb = Number(sh('du', ['-sm', path.join(dir, '.gantry/cache')]).stdout.split('\t')[0]);
    const fresh: number[] = [];
    const freshCold: number[] = [];
    let freshCompiled = 0;
    for (let i = 1; i <= FRESH_REPS; i++) {
      const host = sh('bash', [FRESH, 'start', 'bench', 'golang:1.22']).stdout.trim();
      try {
        edit(dir, 200 + i);
        commit(dir, `fresh edit ${i}`);
        const r = gantry(args, host, dir);
        fresh.push(r.seconds);
        freshCompiled = compiledPackages(r.stdout).length;
      } finally {
        sh('bash', [FRESH, 'stop', 'bench']);
      }
    }
    // For contrast: a fresh engine without the cache folder (what an ephemeral runner does today).
    const host = sh('bash', [FRESH, 'start', 'bench', 'golang:1.22']).stdout.trim();
    try {
      edit(dir, 300);
      commit(dir, 'cold edit');
      freshCold.push(gantry([...args, '--cache-dir', 'none'], host, dir).seconds);
    } finally {
      sh('bash', [FRESH, 'stop', 'bench']);
    }
    return { warm: median(warm), fresh: median(fresh), freshCold: median(freshCold), freshCompiled, warmCompiled, cacheMb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 4. The seed's Dockerfile with the classic builder: a one-line edit and a cold build. */
function seedFigures(fx: Fixture): { edit: number; cold: number } {
  const dir = repo(fx.path);
  const dockerfile = [
    'FROM golang:1.22 AS builder',
    'ENV GOCACHE=/root/.cache/go-build CGO_ENABLED=0' + (fx.vendored ? ' GOFLAGS=-mod=vendor' : ''),
    'WORKDIR /app',
    ...(fx.vendored ? [] : ['COPY go.mod ./', 'RUN go mod download']),
    'COPY . .',
    "RUN go build -ldflags '-s -w' -o /app/server .",
    'FROM debian:bookworm-slim',
    'COPY --from=builder /app/server /server',
    'ENTRYPOINT ["/server"]',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'Dockerfile.seed'), dockerfile);
  const tag = `gantry-bench-seed:${process.pid}`;
  const build = (extra: string[]) => timed(() => docker(tb.DOCKER_HOST, ['build', '-q', '--network', 'none', ...extra, '-f', 'Dockerfile.seed', '-t', tag, '.'], { cwd: dir, env: { DOCKER_BUILDKIT: '0' } })).seconds;
  try {
    const cold = build(['--no-cache']);
    const edits: number[] = [];
    for (let i = 1; i <= REPS; i++) {
      edit(dir, 400 + i);
      edits.push(build([]));
    }
    return { edit: median(edits), cold };
  } finally {
    docker(tb.DOCKER_HOST, ['rmi', '-f', tag], { check: false });
    docker(tb.DOCKER_HOST, ['image', 'prune', '-f'], { check: false });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 5. Three services on Go 1.19, 1.22 and 1.24: concurrent vs sequential. */
function servicesFigures(): { warmSeq: number; warmPar: number; coldSeq: number; coldPar: number } {
  const dir = repo('test/fixtures/go/services');
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench-${process.pid}`;
  const args = (parallel: number) => ['build', '--config', 'gantry.yml', '--image', image, '--build-network', 'none', '--parallel', String(parallel)];
  try {
    gantry(args(3), tb.DOCKER_HOST, dir, pushEnv());
    const seq: number[] = [];
    const par: number[] = [];
    for (let i = 1; i <= REPS; i++) {
      for (const [p, into] of [[1, seq], [0, par]] as Array<[number, number[]]>) {
        edit(dir, 500 + i * 10 + p, 'shared/greeting/greeting.go');
        edit(dir, 500 + i * 10 + p, 'edge/main.go');
        commit(dir, `services edit ${i} ${p}`);
        into.push(gantry(args(p), tb.DOCKER_HOST, dir, pushEnv()).seconds);
      }
    }
    // Cold: fresh engines, no cache folder: every service compiles the world.
    const cold = (p: number) => {
      const host = sh('bash', [FRESH, 'start', 'bench', 'golang:1.19', 'golang:1.22', 'golang:1.24']).stdout.trim();
      try {
        edit(dir, 600 + p, 'edge/main.go');
        commit(dir, `cold ${p}`);
        return gantry([...args(p), '--cache-dir', 'none'], host, dir, pushEnv()).seconds;
      } finally {
        sh('bash', [FRESH, 'stop', 'bench']);
      }
    };
    const coldSeq = cold(1);
    const coldPar = cold(0);
    return { warmSeq: median(seq), warmPar: median(par), coldSeq, coldPar };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function registryJson(p: string): Promise<{ layers: Array<{ digest: string; size: number }>; config: { digest: string; size: number } }> {
  const auth = `Basic ${Buffer.from(`${pushEnv().GANTRY_REGISTRY_USERNAME}:${pushEnv().GANTRY_REGISTRY_PASSWORD}`).toString('base64')}`;
  const res = await fetch(`http://${tb.GANTRY_TESTBED_REGISTRY}/v2/${p}`, { headers: { Authorization: auth, Accept: 'application/vnd.docker.distribution.manifest.v2+json' } });
  if (!res.ok) throw new Error(`registry ${p}: HTTP ${res.status}`);
  return (await res.json()) as never;
}

function outputsOf(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of stdout.matchAll(/^ {2}([a-z_]+)=(.*)$/gm)) out[m[1]] = m[2];
  return out;
}

/** 6. Pushes: the same image again, and a one-line change: what moved, by the registry's manifests. */
async function pushFigures(): Promise<{ unchanged: { bytes: number; layers: number; said: boolean; seconds: number }; change: { bytes: number; layers: number; total: number; seconds: number }; images: string[] }> {
  const dir = repo('examples/hello');
  const repoPath = `bench/hello-${process.pid}`;
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/${repoPath}`;
  const args = ['build', '--context', dir, '--image', image, '--build-network', 'none', '--tags', '{short_sha}'];
  try {
    const first = outputsOf(gantry(args, tb.DOCKER_HOST, dir, pushEnv()).stdout);
    const before = await registryJson(`${repoPath}/manifests/${first.digest}`);
    const again = gantry(args, tb.DOCKER_HOST, dir, pushEnv());
    const againOut = outputsOf(again.stdout);
    const afterSame = await registryJson(`${repoPath}/manifests/${againOut.digest}`);
    const known = new Set([...before.layers.map((l) => l.digest), before.config.digest]);
    const moved = (m: typeof before) => [...m.layers, m.config].filter((b) => !known.has(b.digest));
    const same = moved(afterSame);
    edit(dir, 700);
    commit(dir, 'push edit');
    const changed = gantry(args, tb.DOCKER_HOST, dir, pushEnv());
    const changedOut = outputsOf(changed.stdout);
    const after = await registryJson(`${repoPath}/manifests/${changedOut.digest}`);
    const diff = moved(after);
    // A third version for the rollout figures.
    edit(dir, 701);
    commit(dir, 'rollout v3');
    const third = outputsOf(gantry(args, tb.DOCKER_HOST, dir, pushEnv()).stdout);
    return {
      unchanged: { bytes: same.reduce((n, b) => n + b.size, 0), layers: same.length, said: /unchanged/.test(again.stdout), seconds: again.seconds },
      change: { bytes: diff.reduce((n, b) => n + b.size, 0), layers: diff.length, total: after.layers.reduce((n, l) => n + l.size, 0) + after.config.size, seconds: changed.seconds },
      images: [first.image_ref, changedOut.image_ref, third.image_ref],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 7. Rollouts of a new image to one host, then to three. */
function rolloutFigures(images: string[]): { one: number; three: number } | string {
  const hosts = (tb.GANTRY_TESTBED_HOSTS || '').split(',').filter(Boolean);
  if (hosts.length < 3) return 'the test bed has fewer than three hosts';
  const key = tb.GANTRY_TESTBED_SSH_KEY;
  const common = [
    'deploy', '--ssh-private-key', key, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS, '--container-name', 'gantry-bench-hello',
    '--network', 'host', '--env', 'PORT=18093', '--health-url', 'http://127.0.0.1:18093/healthz', '--health-timeout', '30',
  ];
  const deploy = (targets: string[], ref: string) => gantry([...common, '--hosts', targets.join(','), '--deploy-image', ref], tb.DOCKER_HOST, ROOT, pushEnv()).seconds;
  try {
    deploy(hosts, images[0]);
    const one = deploy([hosts[0]], images[1]);
    const three = deploy(hosts, images[2]);
    return { one, three };
  } catch (err) {
    return `deploy failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  }
}

/**
 * 8. A Swarm update of 3 replicas (batch_size 1, monitor 5 s) through the bed's manager (h1 over
 * SSH), from the first image to the second: seconds until every task runs the new digest.
 */
function swarmFigure(images: string[]): number | string {
  const hosts = (tb.GANTRY_TESTBED_HOSTS || '').split(',').filter(Boolean);
  if (hosts.length < 3) return 'the test bed has fewer than three hosts';
  const args = [
    'deploy', '--deploy-target', 'swarm', '--hosts', hosts[0], '--ssh-private-key', tb.GANTRY_TESTBED_SSH_KEY, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS,
    '--container-name', 'gantry-bench-swarm', '--env', 'PORT=18094', '--replicas', '3', '--batch-size', '1', '--health-timeout', '5',
  ];
  const deploy = (ref: string) => gantry([...args, '--deploy-image', ref], tb.DOCKER_HOST, ROOT, pushEnv()).seconds;
  try {
    sh('bash', [path.join(ROOT, 'testbed/testbed.sh'), 'swarm']);
    deploy(images[0]);
    return deploy(images[1]);
  } catch (err) {
    return `swarm deploy failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  }
}

/** 8. Supply chain: what SBOM + signature + provenance add to a build (gantry's own per-step times) and verify_key to a deploy. */
function supplyChainFigures(images: string[]): { sbom: number; sign: number; provenance: number; build: number; components: string; verify: number; deployPlain: number; deployVerified: number } | string {
  const dir = repo('examples/hello');
  const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-cosign-'));
  try {
    const password = `bench-${process.pid}`;
    sh('cosign', ['generate-key-pair'], { cwd: keys, env: { COSIGN_PASSWORD: password } });
    const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench/supply-${process.pid}`;
    edit(dir, 800);
    commit(dir, 'supply chain');
    const env = { ...pushEnv(), GANTRY_SIGN_KEY: path.join(keys, 'cosign.key'), GANTRY_SIGN_KEY_PASSWORD: password };
    const run = gantry(['build', '--context', dir, '--image', image, '--build-network', 'none', '--tags', '{short_sha}', '--runtime-image', 'debian-slim'], tb.DOCKER_HOST, keys, env);
    const m = /supply chain took [0-9.]+s: SBOM ([0-9.]+)s, signatures and SBOM attestations ([0-9.]+)s, provenance ([0-9.]+)s/.exec(run.stdout);
    const c = /SBOM \S+: (\d+ components \([^)]*\))/.exec(run.stdout);
    if (!m) return 'gantry printed no supply-chain times';
    const hosts = (tb.GANTRY_TESTBED_HOSTS || '').split(',').filter(Boolean);
    const ref = outputsOf(run.stdout).image_ref;
    const common = [
      'deploy', '--hosts', hosts[0], '--ssh-private-key', tb.GANTRY_TESTBED_SSH_KEY, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS, '--container-name', 'gantry-bench-supply',
      '--network', 'host', '--env', 'PORT=18094', '--health-url', 'http://127.0.0.1:18094/healthz', '--health-timeout', '30',
    ];
    const plain = gantry([...common, '--deploy-image', images[0]], tb.DOCKER_HOST, ROOT, pushEnv());
    const verified = gantry([...common, '--deploy-image', ref, '--verify-key', path.join(keys, 'cosign.pub'), '--require-provenance', '--registry-insecure'], tb.DOCKER_HOST, ROOT, pushEnv());
    const v = /verification took ([0-9.]+)s/.exec(verified.stdout);
    docker(tb.GANTRY_TESTBED_H1_DOCKER_HOST, ['rm', '-f', 'gantry-bench-supply', 'gantry-bench-supply-gantry-prev'], { check: false });
    return {
      sbom: Number(m[1]), sign: Number(m[2]), provenance: Number(m[3]), build: run.seconds, components: c ? c[1] : '?',
      verify: v ? Number(v[1]) : NaN, deployPlain: plain.seconds, deployVerified: verified.seconds,
    };
  } catch (err) {
    return `failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(keys, { recursive: true, force: true });
  }
}

function machineFacts(): string[] {
  const cpu = os.cpus();
  const engine = docker(tb.DOCKER_HOST, ['version', '--format', '{{.Server.Version}} (API {{.Server.APIVersion}})']);
  return [
    `- CPU: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown'}; memory ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}`,
    `- Docker Engine ${engine}, BuildKit inside it, the classic builder for the seed's Dockerfile`,
    `- Go in the builder images: ${['1.19', '1.22', '1.24'].map((v) => docker(tb.DOCKER_HOST, ['run', '--rm', '--network', 'none', `golang:${v}`, 'go', 'version']).replace(/^go version /, '')).join('; ')}`,
    `- Node ${process.version}; ${REPS} repetitions per warm figure (median), ${FRESH_REPS} per fresh-engine figure`,
  ];
}

async function main(): Promise<void> {
  const envText = sh('bash', ['-c', `eval "$(bash ${path.join(ROOT, 'testbed/testbed.sh')} env)"; env -0`]).stdout;
  for (const e of envText.split('\0')) {
    const eq = e.indexOf('=');
    if (eq > 0 && (e.startsWith('GANTRY_TESTBED') || e.startsWith('DOCKER_HOST'))) tb[e.slice(0, eq)] = e.slice(eq + 1);
  }
  const started = new Date();
  const facts = machineFacts();
  const rows: string[] = [];
  const notes: string[] = [];
  // BENCH_ONLY=supply: only the pushes and the supply-chain rows, printed (results.md is left as it is).
  const only = process.env.BENCH_ONLY === 'supply';
  for (const fx of only ? [] : FIXTURES) {
    log(`floor: ${fx.name}`);
    const fl = floor(fx);
    log(`gantry warm and fresh: ${fx.name}`);
    const g = gantryFigures(fx);
    log(`seed Dockerfile: ${fx.name}`);
    const seed = seedFigures(fx);
    rows.push(`| 1 | floor: incremental \`go build\` in the golang:1.22 container, warm cache | ${fx.name} | ${fmt(fl)} | 1.00x | |`);
    rows.push(`| 2 | gantry, one-line edit, warm engine (${g.warmCompiled} package(s) compiled) | ${fx.name} | ${fmt(g.warm)} | ${ratio(g.warm, fl)} | <= 1.5x ${g.warm / fl <= 1.5 ? 'met' : 'not met'} |`);
    rows.push(`| 3 | gantry, one-line edit, FRESH engine + cache_dir restored (${g.cacheMb} MB; ${g.freshCompiled} package(s) compiled) | ${fx.name} | ${fmt(g.fresh)} | ${ratio(g.fresh, fl)} | <= 2x ${g.fresh / fl <= 2 ? 'met' : 'not met'} |`);
    rows.push(`| 3' | gantry, one-line edit, fresh engine WITHOUT cache_dir (today's ephemeral runner) | ${fx.name} | ${fmt(g.freshCold)} | ${ratio(g.freshCold, fl)} | |`);
    rows.push(`| 4 | seed's Dockerfile, classic builder, one-line edit | ${fx.name} | ${fmt(seed.edit)} | ${ratio(seed.edit, fl)} | |`);
    rows.push(`| 4 | seed's Dockerfile, classic builder, cold (--no-cache) | ${fx.name} | ${fmt(seed.cold)} | ${ratio(seed.cold, fl)} | |`);
  }
  if (!only) {
    log('three services');
    const sv = servicesFigures();
    rows.push(`| 5 | 3 services (Go 1.19/1.22/1.24), edit in shared lib + edge, warm engine, pushed: sequential | services | ${fmt(sv.warmSeq)} | | |`);
    rows.push(`| 5 | same, concurrent (default parallel: ${os.cpus().length} = cores) | services | ${fmt(sv.warmPar)} | ${ratio(sv.warmPar, sv.warmSeq)} of sequential | <= 0.75 ${sv.warmPar / sv.warmSeq <= 0.75 ? 'met' : 'not met'} |`);
    rows.push(`| 5 | 3 services, cold (fresh engine, no cache): sequential | services | ${fmt(sv.coldSeq)} | | |`);
    rows.push(`| 5 | same, concurrent (default parallel: ${os.cpus().length} = cores) | services | ${fmt(sv.coldPar)} | ${ratio(sv.coldPar, sv.coldSeq)} of sequential | <= 0.75 ${sv.coldPar / sv.coldSeq <= 0.75 ? 'met' : 'not met'} |`);
  }
  log('pushes');
  const pf = await pushFigures();
  rows.push(`| 6 | push of an unchanged image (same commit rebuilt) | small | ${fmt(pf.unchanged.seconds)} build+push | ${pf.unchanged.bytes} bytes, ${pf.unchanged.layers} blobs uploaded; report says unchanged: ${pf.unchanged.said ? 'yes' : 'no'} | |`);
  rows.push(`| 6 | push after a one-line change | small | ${fmt(pf.change.seconds)} build+push | ${(pf.change.bytes / 1e6).toFixed(2)} MB in ${pf.change.layers} blobs (binary layer + config) of ${(pf.change.total / 1e6).toFixed(2)} MB | |`);
  let ro: ReturnType<typeof rolloutFigures> = 'not measured in this run';
  if (!only) {
    log('rollouts');
    ro = rolloutFigures(pf.images);
    if (typeof ro === 'string') {
      rows.push(`| 7 | rollout to 1 and to 3 hosts | small | not measured | ${ro} | |`);
      notes.push(`Rollout row skipped: ${ro}.`);
    } else {
      rows.push(`| 7 | rollout of a new image to 1 host (pull, health check, switch) | small | ${fmt(ro.one)} | | |`);
      rows.push(`| 7 | rollout of a new image to 3 hosts (batch_size 1) | small | ${fmt(ro.three)} | ${ratio(ro.three, ro.one)} of one host | |`);
    }
  }
  log('supply chain');
  const sc = supplyChainFigures(pf.images);
  if (typeof sc === 'string') {
    rows.push(`| 8 | SBOM + signature + provenance | small | not measured | ${sc} | |`);
  } else {
    rows.push(`| 8 | what sign_key adds to a build: SBOM ${fmt(sc.sbom)}, signatures + SBOM attestation ${fmt(sc.sign)}, provenance ${fmt(sc.provenance)} (gantry's own step times) | small on debian-slim, ${sc.components} | ${fmt(sc.sbom + sc.sign + sc.provenance)} | of a ${fmt(sc.build)} build+push | |`);
    rows.push(`| 8 | what verify_key + require_provenance adds to a deploy to 1 host (resolve, signature, provenance) | small | ${fmt(sc.verify)} | deploy ${fmt(sc.deployVerified)} verified vs ${fmt(sc.deployPlain)} without | |`);
  }
  log('swarm');
  const sw = swarmFigure(pf.images);
  if (typeof sw === 'string') {
    rows.push(`| 8 | Swarm update of 3 replicas | small | not measured | ${sw} | |`);
    notes.push(`Swarm row skipped: ${sw}.`);
  } else {
    rows.push(`| 8 | Swarm update of 3 replicas (batch_size 1, monitor 5 s a batch) to converged | small | ${fmt(sw)} | ${typeof ro === 'string' ? '' : `${ratio(sw, ro.three)} of the SSH rollout to 3 hosts`} | |`);
  }
  const md = [
    '# gantry benchmark results',
    '',
    `Measured ${started.toISOString()} by \`npm run bench\` (bench/run.sh) in one run on this machine:`,
    '',
    ...facts,
    '',
    'Times are wall clock of the whole command (gantry: process start to exit, without push unless said),',
    'medians of the repetitions. Ratios compare figures of the same run. "Fresh engine" is a new dockerd',
    'with an empty data root (the base images loaded before timing): an ephemeral CI runner.',
    '',
    '| # | what | service | time | ratio | goal |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    ...notes,
  ].join('\n');
  if (!only) fs.writeFileSync(path.join(ROOT, 'bench/results.md'), `${md}\n`);
  process.stdout.write(`${md}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  sh('bash', [FRESH, 'stop', 'bench'], { check: false });
  process.exit(1);
});
