/**
 * What every benchmark section shares: the test bed's variables, spawning the real CLI (bin/gantry)
 * and the docker CLI, medians and formats, throwaway git repositories of the fixtures.
 */
import { SpawnSyncReturns, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
/** bin/gantry (the dist/ bundle), or the command BENCH_GANTRY names (e.g. one that runs tsc's lib/ output of a change not yet bundled). */
export const GANTRY = process.env.BENCH_GANTRY || path.join(ROOT, 'bin/gantry');
export const FRESH = path.join(ROOT, 'bench/fresh-engine.sh');
export const TESTBED = path.join(ROOT, 'testbed/testbed.sh');
export const REPS = Number(process.env.BENCH_REPS || 3);
export const FRESH_REPS = Number(process.env.BENCH_FRESH_REPS || 2);

export type Env = Record<string, string>;

/** The test bed's variables (testbed.sh env), filled by loadTestbed(). */
export const tb: Env = {};

export function loadTestbed(): void {
  const envText = sh('bash', ['-c', `eval "$(bash ${TESTBED} env)"; env -0`]).stdout;
  for (const e of envText.split('\0')) {
    const eq = e.indexOf('=');
    if (eq > 0 && (e.startsWith('GANTRY_TESTBED') || e.startsWith('DOCKER_HOST'))) tb[e.slice(0, eq)] = e.slice(eq + 1);
  }
}

/** The bed's SSH hosts (addresses), in order h1, h2, h3. */
export const bedHosts = (): string[] => (tb.GANTRY_TESTBED_HOSTS || '').split(',').filter(Boolean);

export function log(m: string): void {
  process.stderr.write(`bench: ${m}\n`);
}

export function sh(cmd: string, args: string[], opts: { env?: Env; cwd?: string; input?: string; check?: boolean } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, input: opts.input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (opts.check !== false && r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-8).join('\n')}`);
  return r;
}

export function timed<T>(fn: () => T): { value: T; seconds: number } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - t) / 1e9 };
}

/** The floor of a fixture: the whole `docker exec` of an incremental go build, and go build's own time inside. */
export interface Floor {
  seconds: number;
  inside: number;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
export const fmt = (s: number): string => `${s.toFixed(2)} s`;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
export const firstLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0];

export function docker(host: string, args: string[], opts: { env?: Env; cwd?: string; check?: boolean } = {}): string {
  return sh('docker', ['-H', host, ...args], { ...opts, env: { DOCKER_CONFIG: path.join(os.tmpdir(), 'gantry-bench-docker-config'), ...opts.env } }).stdout.trim();
}

export function pushEnv(): Env {
  return { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: fs.readFileSync(tb.GANTRY_TESTBED_REGISTRY_PASSWORD_FILE, 'utf8').trim() };
}

/** The environment gantry runs with: this machine's, without GANTRY_* / INPUT_*, the bed's engine, this Node first on PATH. */
function gantryEnv(dockerHost: string, env: Env): Env {
  const clean: Env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) clean[k] = v;
  return { ...clean, PATH: `${path.dirname(process.execPath)}:${clean.PATH ?? ''}`, DOCKER_HOST: dockerHost, ...env };
}

/** The test bed's registry is shared with test runs that delete repositories: a push can meet a blob deleted under it. */
const REGISTRY_RACE = /failed: error parsing HTTP 404|blob unknown/;

export function gantry(args: string[], dockerHost: string, cwd: string, env: Env = {}): { stdout: string; seconds: number } {
  const once = () => timed(() => spawnSync(GANTRY, args, { cwd, env: gantryEnv(dockerHost, env), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  let r = once();
  // Such a run is measured again, once.
  if (r.value.status !== 0 && REGISTRY_RACE.test(r.value.stderr)) {
    log(`retrying after a registry race: ${r.value.stderr.trim().split('\n')[0]}`);
    r = once();
  }
  if (r.value.status !== 0) throw new Error(`gantry ${args.join(' ')} failed: ${r.value.stderr.trim()}\n${r.value.stdout.split('\n').slice(-15).join('\n')}`);
  return { stdout: r.value.stdout, seconds: r.seconds };
}

/** A registry API answer (a manifest) from the bed's registry, with the bed's credentials. */
export async function registryJson(p: string): Promise<{ layers: Array<{ digest: string; size: number }>; config: { digest: string; size: number } }> {
  const auth = `Basic ${Buffer.from(`${pushEnv().GANTRY_REGISTRY_USERNAME}:${pushEnv().GANTRY_REGISTRY_PASSWORD}`).toString('base64')}`;
  const res = await fetch(`http://${tb.GANTRY_TESTBED_REGISTRY}/v2/${p}`, { headers: { Authorization: auth, Accept: 'application/vnd.docker.distribution.manifest.v2+json' } });
  if (!res.ok) throw new Error(`registry ${p}: HTTP ${res.status}`);
  return (await res.json()) as never;
}

/** gantry without blocking this process (for measurements that run beside it, e.g. a load client); never throws. */
export function gantryAsync(args: string[], dockerHost: string, cwd: string, env: Env = {}): Promise<{ code: number; stdout: string; stderr: string; seconds: number }> {
  const t = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(GANTRY, args, { cwd, env: gantryEnv(dockerHost, env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, seconds: Number(process.hrtime.bigint() - t) / 1e9 }));
  });
}

export const GIT_ENV: Env = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };

export function commit(dir: string, message: string): void {
  sh('git', ['-C', dir, 'add', '-A'], { env: GIT_ENV });
  sh('git', ['-C', dir, 'commit', '-q', '-m', message], { env: GIT_ENV });
}

/** A temporary git repository holding a copy of a fixture. */
export function repo(fixture: string): string {
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
export const RUN_ID = Date.now() % 1e9;

/** The one-line edit: a variable in main.go whose value changes every time. */
export function edit(dir: string, n: number, file = 'main.go'): void {
  const f = path.join(dir, file);
  const text = fs.readFileSync(f, 'utf8');
  const line = `var benchEdit = ${RUN_ID}${String(n).padStart(4, '0')}`;
  fs.writeFileSync(f, /^var benchEdit = \d+$/m.test(text) ? text.replace(/^var benchEdit = \d+$/m, line) : `${text}\n${line}\n`);
}

/** The outputs gantry's CLI prints after "outputs:" ("  name=value"). */
export function outputsOf(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of stdout.matchAll(/^ {2}([a-z_]+)=(.*)$/gm)) out[m[1]] = m[2];
  return out;
}

/** Flags that reach the bed's hosts over SSH with their pinned keys. */
export const sshFlags = (): string[] => ['--ssh-private-key', tb.GANTRY_TESTBED_SSH_KEY, '--known-hosts', tb.GANTRY_TESTBED_KNOWN_HOSTS];

/** The docker CLI against bed host hN's own engine (1-based). */
export const hostDocker = (i: number, args: string[], check = false): string => docker(tb[`GANTRY_TESTBED_H${i}_DOCKER_HOST`], args, { check });

/** Removes a service's containers and gantry's records of it from bed host hN. */
export function resetContainer(i: number, name: string): void {
  const ids = hostDocker(i, ['ps', '-aq', '--filter', `name=^${name}`]);
  if (ids) hostDocker(i, ['rm', '-f', ...ids.split('\n')]);
  fs.rmSync(path.join(tb[`GANTRY_TESTBED_H${i}_HOME`], '.gantry/services', name), { recursive: true, force: true });
}

/**
 * Row 5's warm figures for one build path: three services on Go 1.19, 1.22 and 1.24 (the services
 * fixture), an edit in the shared library and in edge, built sequentially (parallel 1) and
 * concurrently (parallel 0, the cores), medians of REPS. `seed` keeps each caller's edits distinct.
 */
/** CPU seconds the whole machine has been busy (all cores, /proc/stat's user+nice+system+irq+softirq+steal), for a delta around a run. */
export function busyCpuSeconds(): number {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + (steal || 0)) / 100;
}

export function warmServices(dir: string, image: string, mode: 'direct' | 'buildkit', seed: number): { seq: number; par: number; seqCpu: number; parCpu: number; args: (parallel: number) => string[] } {
  const args = (parallel: number) => ['build', '--config', 'gantry.yml', '--image', image, '--build-network', 'none', '--build-mode', mode, '--parallel', String(parallel)];
  gantry(args(3), tb.DOCKER_HOST, dir, pushEnv());
  const seq: number[] = [];
  const par: number[] = [];
  const seqCpu: number[] = [];
  const parCpu: number[] = [];
  for (let i = 1; i <= REPS; i++) {
    for (const [p, into, cpu] of [[1, seq, seqCpu], [0, par, parCpu]] as Array<[number, number[], number[]]>) {
      edit(dir, seed + i * 10 + p, 'shared/greeting/greeting.go');
      edit(dir, seed + i * 10 + p, 'edge/main.go');
      commit(dir, `${mode} services edit ${i} ${p}`);
      const busy = busyCpuSeconds();
      into.push(gantry(args(p), tb.DOCKER_HOST, dir, pushEnv()).seconds);
      cpu.push(busyCpuSeconds() - busy);
    }
  }
  return { seq: median(seq), par: median(par), seqCpu: median(seqCpu), parCpu: median(parCpu), args };
}
