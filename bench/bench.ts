/**
 * gantry's benchmark: `npm run bench` (bench/run.sh). Measures, in one run on this machine, the
 * figures of issue 6 and writes bench/results.md. Figures are medians of a few repetitions; the
 * machine is shared, so read ratios, not absolute times. Nothing here asserts a time.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  FRESH, FRESH_REPS, Floor, REPS, ROOT, bedHosts, commit, docker, edit, firstLine, fmt, gantry, loadTestbed, log, median, outputsOf, pushEnv, ratio, repo, resetContainer, sh, tb, timed,
  registryJson, warmServices,
} from './lib';
import { fastFigures, fastRows } from './fast';
import { fleetFigures, fleetRows, hostBuildFigures, hostBuildRows } from './scale';
import { binaryFigures, binaryRows, proxyFigures, proxyRows, registrylessFigures, registrylessRows, swarmFigures, swarmRows } from './rollouts';

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

/**
 * 1. The floor: an incremental go build after a one-line edit, in the golang container, warm cache,
 * started the same way as gantry: a whole command (`docker exec`) from this process, timed from
 * its start to its exit (`seconds`); `inside` is go build's own time inside the container.
 */
function floor(fx: { path: string; vendored: boolean }): Floor {
  const dir = repo(fx.path);
  const host = tb.DOCKER_HOST;
  const name = `gantry-bench-floor-${process.pid}`;
  docker(host, ['rm', '-f', name], { check: false });
  docker(host, ['run', '-d', '--name', name, '--network', 'none', '-v', `${dir}:/src`, '-w', '/src', '-e', 'CGO_ENABLED=0', ...(fx.vendored ? ['-e', 'GOFLAGS=-mod=vendor'] : []), 'golang:1.22', 'sleep', 'infinity']);
  const build = `go build -trimpath -buildvcs=false -ldflags '-s -w' -o /tmp/app .`;
  try {
    docker(host, ['exec', name, 'sh', '-c', build]);
    const times: number[] = [];
    const inside: number[] = [];
    for (let i = 1; i <= REPS + 1; i++) {
      edit(dir, i);
      const t0 = process.hrtime.bigint();
      const out = docker(host, ['exec', name, 'sh', '-c', `a=$(date +%s%N); ${build}; b=$(date +%s%N); echo $((b-a))`]);
      const whole = Number(process.hrtime.bigint() - t0) / 1e9;
      if (i > 1) { // the first edit also adds the line
        times.push(whole);
        inside.push(Number(out.split('\n').pop()) / 1e9);
      }
    }
    return { seconds: median(times), inside: median(inside) };
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
  // Rows 2-3 are the BuildKit path's (the direct path is rows 13-14).
  const args = ['build', '--context', dir, '--push=false', '--build-network', 'none', '--build-mode', 'buildkit'];
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
  try {
    const { seq: warmSeq, par: warmPar, args } = warmServices(dir, image, 'buildkit', 500);
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
    return { warmSeq, warmPar, coldSeq, coldPar };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  const hosts = bedHosts();
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
    return `deploy failed: ${firstLine(err)}`;
  } finally {
    for (let i = 1; i <= hosts.length; i++) resetContainer(i, 'gantry-bench-hello');
  }
}

/** 11. Supply chain: what SBOM + signature + provenance add to a build (gantry's own per-step times) and verify_key to a deploy. */
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
    const hosts = bedHosts();
    const ref = outputsOf(run.stdout).image_ref;
    const common = [
      'deploy', '--hosts', hosts[0], '--ssh-private-key', tb.GANTRY_TESTBED_SSH_KEY, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS, '--container-name', 'gantry-bench-supply',
      '--network', 'host', '--env', 'PORT=18099', '--health-url', 'http://127.0.0.1:18099/healthz', '--health-timeout', '30',
    ];
    const plain = gantry([...common, '--deploy-image', images[0]], tb.DOCKER_HOST, ROOT, pushEnv());
    const verified = gantry([...common, '--deploy-image', ref, '--verify-key', path.join(keys, 'cosign.pub'), '--require-provenance', '--registry-insecure'], tb.DOCKER_HOST, ROOT, pushEnv());
    const v = /verification took ([0-9.]+)s/.exec(verified.stdout);
    return {
      sbom: Number(m[1]), sign: Number(m[2]), provenance: Number(m[3]), build: run.seconds, components: c ? c[1] : '?',
      verify: v ? Number(v[1]) : NaN, deployPlain: plain.seconds, deployVerified: verified.seconds,
    };
  } catch (err) {
    return `failed: ${firstLine(err)}`;
  } finally {
    resetContainer(1, 'gantry-bench-supply');
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

/** BENCH_ONLY=<section> runs one section and prints its rows; without it, every section runs and results.md is written. */
const SECTIONS = ['builds', 'fast', 'supply', 'proxy', 'binary', 'swarm', 'registryless', 'fleet', 'host'] as const;
type Section = (typeof SECTIONS)[number];

function selected(): (s: Section) => boolean {
  const only = process.env.BENCH_ONLY ?? '';
  if (only && !SECTIONS.includes(only as Section)) throw new Error(`BENCH_ONLY=${only}: expected one of ${SECTIONS.join(', ')}`);
  return (s) => !only || only === s;
}

async function main(): Promise<void> {
  loadTestbed();
  const runs = selected();
  const started = new Date();
  const facts = machineFacts();
  const rows: string[] = [];
  const notes: string[] = [];
  for (const fx of runs('builds') ? FIXTURES : []) {
    log(`floor: ${fx.name}`);
    const { seconds: fl, inside } = floor(fx);
    log(`gantry warm and fresh: ${fx.name}`);
    const g = gantryFigures(fx);
    log(`seed Dockerfile: ${fx.name}`);
    const seed = seedFigures(fx);
    rows.push(`| 1 | floor: incremental \`go build\` in the golang:1.22 container, warm cache, as a whole \`docker exec\` command (go build itself ${fmt(inside)}) | ${fx.name} | ${fmt(fl)} | 1.00x | |`);
    rows.push(`| 2 | gantry, one-line edit, warm engine (${g.warmCompiled} package(s) compiled) | ${fx.name} | ${fmt(g.warm)} | ${ratio(g.warm, fl)} | <= 1.5x ${g.warm / fl <= 1.5 ? 'met' : 'not met'} |`);
    rows.push(`| 3 | gantry, one-line edit, FRESH engine + cache_dir restored (${g.cacheMb} MB; ${g.freshCompiled} package(s) compiled) | ${fx.name} | ${fmt(g.fresh)} | ${ratio(g.fresh, fl)} | <= 2x ${g.fresh / fl <= 2 ? 'met' : 'not met'} |`);
    rows.push(`| 3' | gantry, one-line edit, fresh engine WITHOUT cache_dir (today's ephemeral runner) | ${fx.name} | ${fmt(g.freshCold)} | ${ratio(g.freshCold, fl)} | |`);
    rows.push(`| 4 | seed's Dockerfile, classic builder, one-line edit | ${fx.name} | ${fmt(seed.edit)} | ${ratio(seed.edit, fl)} | |`);
    rows.push(`| 4 | seed's Dockerfile, classic builder, cold (--no-cache) | ${fx.name} | ${fmt(seed.cold)} | ${ratio(seed.cold, fl)} | |`);
  }
  if (runs('builds')) {
    log('three services');
    const sv = servicesFigures();
    rows.push(`| 5 | 3 services (Go 1.19/1.22/1.24), edit in shared lib + edge, warm engine, pushed: sequential | services | ${fmt(sv.warmSeq)} | | |`);
    rows.push(`| 5 | same, concurrent (default parallel: ${os.cpus().length} = cores) | services | ${fmt(sv.warmPar)} | ${ratio(sv.warmPar, sv.warmSeq)} of sequential | <= 0.75 ${sv.warmPar / sv.warmSeq <= 0.75 ? 'met' : 'not met'} |`);
    rows.push(`| 5 | 3 services, cold (fresh engine, no cache): sequential | services | ${fmt(sv.coldSeq)} | | |`);
    rows.push(`| 5 | same, concurrent (default parallel: ${os.cpus().length} = cores) | services | ${fmt(sv.coldPar)} | ${ratio(sv.coldPar, sv.coldSeq)} of sequential | <= 0.75 ${sv.coldPar / sv.coldSeq <= 0.75 ? 'met' : 'not met'} |`);
  }
  // The pushes (row 6) also make the images of rows 7 and 11.
  if (runs('builds') || runs('supply')) log('pushes');
  const pf = runs('builds') || runs('supply') ? await pushFigures() : undefined;
  if (pf) {
    rows.push(`| 6 | push of an unchanged image (same commit rebuilt) | small | ${fmt(pf.unchanged.seconds)} build+push | ${pf.unchanged.bytes} bytes, ${pf.unchanged.layers} blobs uploaded; report says unchanged: ${pf.unchanged.said ? 'yes' : 'no'} | |`);
    rows.push(`| 6 | push after a one-line change | small | ${fmt(pf.change.seconds)} build+push | ${(pf.change.bytes / 1e6).toFixed(2)} MB in ${pf.change.layers} blobs (binary layer + config) of ${(pf.change.total / 1e6).toFixed(2)} MB | |`);
  }
  if (pf && runs('builds')) {
    log('rollouts');
    const ro = rolloutFigures(pf.images);
    if (typeof ro === 'string') {
      rows.push(`| 7 | rollout to 1 and to 3 hosts | small | not measured | ${ro} | |`);
      notes.push(`Rollout row skipped: ${ro}.`);
    } else {
      rows.push(`| 7 | rollout of a new image to 1 host (pull, health check, switch) | small | ${fmt(ro.one)} | | |`);
      rows.push(`| 7 | rollout of a new image to 3 hosts (batch_size 1) | small | ${fmt(ro.three)} | ${ratio(ro.three, ro.one)} of one host | |`);
    }
  }
  if (runs('proxy')) {
    log('rollouts under load: stop-start vs proxy mode');
    rows.push(...proxyRows(await proxyFigures()));
  }
  if (runs('binary')) {
    log('binary target vs container target');
    rows.push(...binaryRows(binaryFigures()));
  }
  if (runs('swarm')) {
    log('swarm update vs SSH rollout');
    rows.push(...swarmRows(swarmFigures()));
  }
  if (runs('registryless')) {
    log('rollout through the registry vs without one');
    rows.push(...registrylessRows(registrylessFigures()));
  }
  if (runs('fleet')) {
    log('rollouts to 1-20 hosts, directly and through a bastion');
    rows.push(...fleetRows(fleetFigures()));
  }
  if (runs('host')) {
    for (const fx of FIXTURES) {
      log(`the host builder against its floor: ${fx.name}`);
      rows.push(...hostBuildRows(hostBuildFigures(fx)));
    }
  }
  if (pf && runs('supply')) {
    log('supply chain');
    const sc = supplyChainFigures(pf.images);
    if (typeof sc === 'string') {
      rows.push(`| 11 | SBOM + signature + provenance | small | not measured | ${sc} | |`);
    } else {
      rows.push(`| 11 | what sign_key adds to a build: SBOM ${fmt(sc.sbom)}, signatures + SBOM attestation ${fmt(sc.sign)}, provenance ${fmt(sc.provenance)} (gantry's own step times) | small on debian-slim, ${sc.components} | ${fmt(sc.sbom + sc.sign + sc.provenance)} | of a ${fmt(sc.build)} build+push | |`);
      rows.push(`| 11 | what verify_key + require_provenance adds to a deploy to 1 host (resolve, signature, provenance) | small | ${fmt(sc.verify)} | deploy ${fmt(sc.deployVerified)} verified vs ${fmt(sc.deployPlain)} without | |`);
    }
  }
  if (runs('fast')) {
    log('the direct path against the BuildKit path');
    rows.push(...fastRows(await fastFigures(FIXTURES, floor), started.toISOString().slice(0, 10)));
  }
  const md = [
    '# gantry benchmark results',
    '',
    `Measured ${started.toISOString()} by \`${process.env.BENCH_ONLY ? `BENCH_ONLY=${process.env.BENCH_ONLY} ` : ''}npm run bench\` (bench/run.sh) in one run on this machine:`,
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
  if (!process.env.BENCH_ONLY) fs.writeFileSync(path.join(ROOT, 'bench/results.md'), `${md}\n`);
  process.stdout.write(`${md}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  sh('bash', [FRESH, 'stop', 'bench'], { check: false });
  process.exit(1);
});
