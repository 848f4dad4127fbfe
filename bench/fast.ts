/**
 * The direct build path against the BuildKit path (rows 12-17, BENCH_ONLY=fast), in one run: a
 * one-line edit on the warm engine and on a fresh engine with cache_dir restored, for the small and
 * the medium fixture, against the floor of the same run; three services on three Go versions,
 * concurrent against sequential, on the direct path; the bytes a one-line change uploads; and
 * where the time of one warm direct rebuild goes, from gantry's own lines and their arrival times.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  FRESH, FRESH_REPS, Floor, GANTRY, REPS, commit, docker, edit, fmt, gantry, log, median, outputsOf, pushEnv, ratio, registryJson, repo, sh, tb, warmServices,
} from './lib';

export interface FastFixture {
  name: string;
  path: string;
  vendored: boolean;
}

export type BuildPath = 'direct' | 'buildkit';
const PATHS: BuildPath[] = ['direct', 'buildkit'];

interface PathFigures {
  warm: number;
  fresh: number;
  compiled: number;
  freshCompiled: number;
  cacheMb: number;
  /** What any tool pays on a fresh engine before it compiles (measured on the direct path's turn). */
  engineFloor?: EngineFloor;
  /** The engine's own `docker load` of the last warm image, and a bare Node start (the direct path's turn). */
  loadFloor?: { load: number; node: number };
}

/**
 * The least a warm build that leaves its image in the engine pays beyond the compile: the
 * engine's `docker load` of that very image (its tags removed first, so the binary layer is
 * applied again; the layers under it stay, as in a warm rebuild), and a bare `node -e 0`.
 */
function loadFloor(imageId: string): { load: number; node: number } {
  const tar = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-load-')), 'image.tar');
  const tags = docker(tb.DOCKER_HOST, ['image', 'inspect', '-f', '{{join .RepoTags " "}}', imageId]).split(' ').filter(Boolean);
  const loads: number[] = [];
  const nodes: number[] = [];
  try {
    docker(tb.DOCKER_HOST, ['save', '-o', tar, ...tags]);
    for (let i = 1; i <= REPS; i++) {
      docker(tb.DOCKER_HOST, ['rmi', ...tags]);
      let t = process.hrtime.bigint();
      docker(tb.DOCKER_HOST, ['load', '-q', '-i', tar]);
      loads.push(Number(process.hrtime.bigint() - t) / 1e9);
      t = process.hrtime.bigint();
      sh(process.execPath, ['-e', '0']);
      nodes.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
  } finally {
    fs.rmSync(path.dirname(tar), { recursive: true, force: true });
  }
  return { load: median(loads), node: median(nodes) };
}

/** A fresh engine's own costs: a builder container started, cache_dir's build cache copied into its volume. */
interface EngineFloor {
  start: number;
  copy: number;
  mb: number;
}

/**
 * On a fresh engine of its own: `docker run -d` of golang:1.22 with an empty volume for the
 * build cache, then the folder's build cache entry (what gantry restores) piped into it with
 * `docker cp -` (the engine's own extraction). No build tool runs: this is the least a build on
 * a fresh engine pays before its compile, whatever the tool.
 */
function engineFloor(cacheDir: string): EngineFloor {
  const entry = fs.readdirSync(cacheDir).find((d) => d.startsWith('gantry-gobuild-'));
  if (!entry) throw new Error(`no build cache entry in ${cacheDir}`);
  const folder = path.join(cacheDir, entry);
  const mb = Number(sh('du', ['-sm', folder]).stdout.split('\t')[0]);
  const starts: number[] = [];
  const copies: number[] = [];
  for (let i = 1; i <= FRESH_REPS; i++) {
    const host = sh('bash', [FRESH, 'start', 'bench-floor', 'golang:1.22']).stdout.trim();
    try {
      let t = process.hrtime.bigint();
      const id = docker(host, ['run', '-d', '--network', 'none', '-v', 'gantry-bench-build:/root/.cache/go-build', 'golang:1.22', 'sleep', '600']);
      starts.push(Number(process.hrtime.bigint() - t) / 1e9);
      t = process.hrtime.bigint();
      sh('bash', ['-c', 'set -o pipefail; tar -C "$1" -cf - . | docker -H "$2" cp - "$3:/root/.cache/go-build"', 'bash', folder, host, id]);
      copies.push(Number(process.hrtime.bigint() - t) / 1e9);
    } finally {
      sh('bash', [FRESH, 'stop', 'bench-floor']);
    }
  }
  return { start: median(starts), copy: median(copies), mb };
}

export interface FastFigures {
  fixtures: Array<{ fx: FastFixture; floor: Floor; paths: Record<BuildPath, PathFigures> }>;
  services: { seq: number; par: number; seqCpu: number; parCpu: number };
  push: Record<BuildPath, { bytes: number; blobs: number; total: number; said: string }>;
  breakdown: Breakdown;
}

/** Packages a build compiled: BuildKit's `go build -v` step lines, or the direct path's lines between `sources:` and `compiled`. */
function compiledPackages(stdout: string, mode: BuildPath): number {
  const lines = stdout.split('\n');
  if (mode === 'buildkit') {
    const step = lines.find((l) => /\] RUN .*go build -v/.test(l))?.split(' ')[0];
    if (!step) return 0;
    return lines.filter((l) => l.startsWith(`${step} `) && !/RUN|DONE|CACHED|ERROR/.test(l)).length;
  }
  const from = lines.findIndex((l) => /^sources: sent /.test(l));
  const to = lines.findIndex((l) => /^compiled \S+ in [0-9.]+s/.test(l));
  if (from < 0 || to < from) return 0;
  return lines.slice(from + 1, to).filter((l) => /^ {2}\S+$/.test(l) && l.trim() !== 'go mod download').length;
}

/** One fixture on one path: warm builds after one-line edits, then fresh engines with the cache folder the warm builds filled. */
function pathFigures(fx: FastFixture, mode: BuildPath): PathFigures {
  const dir = repo(fx.path);
  const args = ['build', '--context', dir, '--push=false', '--build-network', 'none', '--build-mode', mode];
  const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-xdg-'));
  try {
    gantry(args, tb.DOCKER_HOST, dir); // warms the engine (or the builder) and fills .gantry/cache
    const warm: number[] = [];
    let compiled = 0;
    let imageId = '';
    for (let i = 1; i <= REPS + 1; i++) {
      edit(dir, 1000 + i);
      commit(dir, `fast ${mode} edit ${i}`);
      const r = gantry(args, tb.DOCKER_HOST, dir);
      if (i > 1) warm.push(r.seconds);
      compiled = compiledPackages(r.stdout, mode);
      imageId = outputsOf(r.stdout).image_id ?? '';
    }
    const floorOfLoad = mode === 'direct' && imageId ? loadFloor(imageId) : undefined;
    const cacheMb = Number(sh('du', ['-sm', path.join(dir, '.gantry/cache')]).stdout.split('\t')[0]);
    const floorOfEngine = mode === 'direct' ? engineFloor(path.join(dir, '.gantry/cache')) : undefined;
    const fresh: number[] = [];
    let freshCompiled = 0;
    for (let i = 1; i <= FRESH_REPS; i++) {
      const host = sh('bash', [FRESH, 'start', 'bench', 'golang:1.22']).stdout.trim();
      // An ephemeral runner's home is empty too: no kept builder files or base layers.
      fs.rmSync(xdg, { recursive: true, force: true });
      fs.mkdirSync(xdg);
      try {
        edit(dir, 1100 + i);
        commit(dir, `fast ${mode} fresh edit ${i}`);
        const r = gantry(args, host, dir, { XDG_CACHE_HOME: xdg });
        fresh.push(r.seconds);
        freshCompiled = compiledPackages(r.stdout, mode);
      } finally {
        sh('bash', [FRESH, 'stop', 'bench']);
      }
    }
    return { warm: median(warm), fresh: median(fresh), compiled, freshCompiled, cacheMb, engineFloor: floorOfEngine, loadFloor: floorOfLoad };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(xdg, { recursive: true, force: true });
  }
}

/** Three services on Go 1.19, 1.22 and 1.24 on the direct path (row 5's setup): concurrent vs sequential. */
function servicesFigures(): FastFigures['services'] {
  const dir = repo('test/fixtures/go/services');
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/bench-fast-${process.pid}`;
  try {
    const { seq, par, seqCpu, parCpu } = warmServices(dir, image, 'direct', 1200);
    return { seq, par, seqCpu, parCpu };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a push of a one-line change sends, on each path: the registry's manifests before and after, and gantry's own count. */
async function pushFigures(): Promise<FastFigures['push']> {
  const out = {} as FastFigures['push'];
  for (const mode of PATHS) {
    const dir = repo('examples/hello');
    const repoPath = `bench/fast-${mode}-${process.pid}`;
    const args = ['build', '--context', dir, '--image', `${tb.GANTRY_TESTBED_REGISTRY}/${repoPath}`, '--build-network', 'none', '--tags', '{short_sha}', '--build-mode', mode];
    try {
      const first = outputsOf(gantry(args, tb.DOCKER_HOST, dir, pushEnv()).stdout);
      const before = await registryJson(`${repoPath}/manifests/${first.digest}`);
      edit(dir, 1300);
      commit(dir, `fast ${mode} push edit`);
      const run = gantry(args, tb.DOCKER_HOST, dir, pushEnv());
      const after = await registryJson(`${repoPath}/manifests/${outputsOf(run.stdout).digest}`);
      const known = new Set([...before.layers.map((l) => l.digest), before.config.digest]);
      const moved = [...after.layers, after.config].filter((b) => !known.has(b.digest));
      const said = /^pushed \d+ tag\(s\), digest \S+: (\d+ bytes in \d+ blob\(s\))/m.exec(run.stdout);
      out[mode] = {
        bytes: moved.reduce((n, b) => n + b.size, 0),
        blobs: moved.length,
        total: after.layers.reduce((n, l) => n + l.size, 0) + after.config.size,
        said: said ? said[1] : '',
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

interface Breakdown {
  wall: number;
  /** Arrival of gantry's first line (process start, inputs, git facts, plan). */
  firstLine: number;
  sync: number;
  compile: number;
  assemble: number;
  load: number;
  cacheSave: number;
  /** When each step's line arrived (seconds since the process started). */
  at: { sources: number; compiled: number; assembled: number; loaded: number; last: number };
  compiled: number;
  sent: string;
}

/** gantry with each stdout line stamped with its arrival (seconds since the spawn). */
function gantryStamped(args: string[], dockerHost: string, cwd: string): Promise<{ seconds: number; lines: Array<{ t: number; text: string }> }> {
  const t0 = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - t0) / 1e9;
  return new Promise((resolve, reject) => {
    const clean: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) clean[k] = v;
    const child = spawn(GANTRY, args, {
      cwd, env: { ...clean, PATH: `${path.dirname(process.execPath)}:${clean.PATH ?? ''}`, DOCKER_HOST: dockerHost }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Array<{ t: number; text: string }> = [];
    let pending = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      const t = since();
      pending += d.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ t, text });
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const seconds = since();
      if (pending) lines.push({ t: seconds, text: pending });
      if (code !== 0) reject(new Error(`gantry ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      else resolve({ seconds, lines });
    });
  });
}

/** One warm direct rebuild of the medium fixture after a one-line edit, taken apart. */
async function breakdownFigures(fx: FastFixture): Promise<Breakdown> {
  const dir = repo(fx.path);
  const args = ['build', '--context', dir, '--push=false', '--build-network', 'none', '--build-mode', 'direct'];
  try {
    gantry(args, tb.DOCKER_HOST, dir);
    let r: Awaited<ReturnType<typeof gantryStamped>> | undefined;
    // The last of a few, so the work tree, the page cache and Node's compile cache are as warm as in rows 12.
    for (let i = 1; i <= 2; i++) {
      edit(dir, 1400 + i);
      commit(dir, `fast breakdown edit ${i}`);
      r = await gantryStamped(args, tb.DOCKER_HOST, dir);
    }
    const lines = (r as NonNullable<typeof r>).lines;
    for (const l of lines) log(`  ${l.t.toFixed(2)} s  ${l.text}`);
    const find = (re: RegExp) => lines.find((l) => re.test(l.text));
    // A step that printed nothing (e.g. no cache_dir entry changed) took no time of its own.
    const secs = (re: RegExp): number => {
      const l = find(re);
      const m = l && re.exec(l.text);
      return m ? Number(m[1]) : 0;
    };
    const stdout = lines.map((l) => l.text).join('\n');
    const at = (re: RegExp) => find(re)?.t ?? NaN;
    const outputs = lines.findIndex((l) => l.text === 'outputs:');
    return {
      wall: (r as NonNullable<typeof r>).seconds,
      firstLine: lines[0]?.t ?? NaN,
      sync: secs(/^sources: sent .* in ([0-9.]+)s$/),
      compile: secs(/^compiled \S+ in ([0-9.]+)s/),
      assemble: secs(/^assembled .* in ([0-9.]+)s$/),
      load: secs(/^loaded .* in ([0-9.]+)s$/),
      cacheSave: secs(/^cache: saved the builder volumes into .* in ([0-9.]+)s/),
      at: {
        sources: at(/^sources: sent /),
        compiled: at(/^compiled \S+ in /),
        assembled: at(/^assembled /),
        loaded: at(/^loaded /),
        last: (outputs > 0 ? lines[outputs - 1] : lines[lines.length - 1])?.t ?? NaN,
      },
      compiled: compiledPackages(stdout, 'direct'),
      sent: /^sources: (sent [^(]*)/m.exec(stdout)?.[1]?.trim() ?? '?',
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Builder containers and builder volumes on the bed's engine, to remove the ones this section made. */
function builderThings(): { containers: string[]; volumes: string[] } {
  const containers = docker(tb.DOCKER_HOST, ['ps', '-aq', '--no-trunc', '--filter', 'name=^gantry-builder-']).split('\n').filter(Boolean);
  const volumes = docker(tb.DOCKER_HOST, ['volume', 'ls', '-q']).split('\n').filter((v) => /^gantry-go(mod|build)-/.test(v));
  return { containers, volumes };
}

export async function fastFigures(fixtures: FastFixture[], floor: (fx: FastFixture) => Floor): Promise<FastFigures> {
  const before = builderThings();
  try {
    const out: FastFigures['fixtures'] = [];
    for (const fx of fixtures) {
      log(`fast: floor: ${fx.name}`);
      const fl = floor(fx);
      const paths = {} as Record<BuildPath, PathFigures>;
      for (const mode of PATHS) {
        log(`fast: ${mode}, warm and fresh: ${fx.name}`);
        paths[mode] = pathFigures(fx, mode);
      }
      out.push({ fx, floor: fl, paths });
    }
    log('fast: three services, direct');
    const services = servicesFigures();
    log('fast: pushes');
    const push = await pushFigures();
    log('fast: breakdown of a warm direct rebuild');
    const breakdown = await breakdownFigures(fixtures[fixtures.length - 1]);
    return { fixtures: out, services, push, breakdown };
  } finally {
    const after = builderThings();
    const made = after.containers.filter((c) => !before.containers.includes(c));
    if (made.length) docker(tb.DOCKER_HOST, ['rm', '-f', ...made], { check: false });
    const madeVolumes = after.volumes.filter((v) => !before.volumes.includes(v));
    if (madeVolumes.length) docker(tb.DOCKER_HOST, ['volume', 'rm', ...madeVolumes], { check: false });
  }
}

const goal = (value: number, floor: number, limit: number) => `<= ${limit}x ${value / floor <= limit ? 'met' : 'not met'}`;

export function fastRows(f: FastFigures, date: string): string[] {
  const rows: string[] = [];
  const note = `(${date}, BENCH_ONLY=fast run)`;
  for (const { fx, floor: fl, paths } of f.fixtures) {
    const floor = fl.seconds;
    rows.push(`| 12 | floor: incremental \`go build\` in the golang:1.22 container, warm cache, as a whole \`docker exec\` command (go build itself ${fmt(fl.inside)}) ${note} | ${fx.name} | ${fmt(floor)} | 1.00x | |`);
    const lf = paths.direct.loadFloor;
    if (lf) {
      const least = floor + lf.load + lf.node;
      rows.push(
        `| 13 | warm floor of a tool that leaves the image in the engine: the floor, plus the engine's \`docker load\` of the direct path's last image (binary layer applied again: ${fmt(lf.load)}, docker CLI included) and a bare \`node -e 0\` (${fmt(lf.node)}) | ${fx.name} | ${fmt(least)} | ${ratio(least, floor)} | ${least / floor > 1.5 ? 'above 1.5x before any of gantry\'s own work' : ''} |`,
      );
    }
    for (const mode of PATHS) {
      const p = paths[mode];
      rows.push(`| 13 | \`--build-mode ${mode}\`, one-line edit, warm engine (${p.compiled} package(s) compiled) | ${fx.name} | ${fmt(p.warm)} | ${ratio(p.warm, floor)} | ${goal(p.warm, floor, 1.5)} |`);
    }
    const ef = paths.direct.engineFloor;
    if (ef) {
      const least = ef.start + ef.copy + floor;
      rows.push(
        `| 14 | fresh engine's own floor, no build tool: a golang:1.22 container started with an empty volume (${fmt(ef.start)}) and cache_dir's build cache (${ef.mb} MB) copied into it with \`docker cp\` (${fmt(ef.copy)}), plus the floor ${note} | ${fx.name} | ${fmt(least)} | ${ratio(least, floor)} | ${least / floor > 2 ? 'above 2x before any build tool runs' : ''} |`,
      );
    }
    for (const mode of PATHS) {
      const p = paths[mode];
      rows.push(`| 14 | \`--build-mode ${mode}\`, one-line edit, FRESH engine + cache_dir restored (${p.cacheMb} MB; ${p.freshCompiled} package(s) compiled) | ${fx.name} | ${fmt(p.fresh)} | ${ratio(p.fresh, floor)} | ${goal(p.fresh, floor, 2)} |`);
    }
  }
  rows.push(`| 15 | 3 services (Go 1.19/1.22/1.24), edit in shared lib + edge, warm engine, pushed, \`--build-mode direct\`: sequential ${note} | services | ${fmt(f.services.seq)} | | |`);
  const cores = os.cpus().length;
  const cpuBound = f.services.parCpu / cores;
  rows.push(
    `| 15 | same, concurrent (default parallel: ${cores} = cores); the machine's CPU was busy ${fmt(f.services.seqCpu)} (sequential) and ${fmt(f.services.parCpu)} (concurrent), ` +
      `so no schedule on ${cores} cores takes less than ${fmt(cpuBound)} | services | ${fmt(f.services.par)} | ${ratio(f.services.par, f.services.seq)} of sequential | <= 0.75 ${f.services.par / f.services.seq <= 0.75 ? 'met' : 'not met'}; ${ratio(f.services.par, cpuBound)} of the CPU bound |`,
  );
  for (const mode of PATHS) {
    const p = f.push[mode];
    rows.push(`| 16 | push after a one-line change, \`--build-mode ${mode}\` ${note} | small | ${(p.bytes / 1e6).toFixed(2)} MB | ${p.blobs} blobs new in the registry of ${(p.total / 1e6).toFixed(2)} MB${p.said ? `; gantry says ${p.said}` : ''} | |`);
  }
  const b = f.breakdown;
  const rest = b.wall - b.sync - b.compile - b.assemble - b.load - b.cacheSave;
  rows.push(
    `| 17 | one warm \`--build-mode direct\` rebuild after a one-line edit, taken apart ${note}: first line printed ${fmt(b.firstLine)} (process start, inputs, git, plan); ` +
      `sources ${fmt(b.sync)} (${b.sent}; line at ${fmt(b.at.sources)}); compile ${fmt(b.compile)} (${b.compiled} package(s); line at ${fmt(b.at.compiled)}); ` +
      `assemble ${fmt(b.assemble)} (line at ${fmt(b.at.assembled)}); engine load ${fmt(b.load)} (line at ${fmt(b.at.loaded)}); cache_dir save ${fmt(b.cacheSave)}; ` +
      `last line before the outputs at ${fmt(b.at.last)} | ${f.fixtures[f.fixtures.length - 1]?.fx.name ?? ''} | ${fmt(b.wall)} | ${fmt(rest)} not in gantry's own step times | |`,
  );
  return rows;
}
