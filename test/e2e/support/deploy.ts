/**
 * Test bed access for the deploy end-to-end tests: bring the bed up once, read its env, build and
 * push the hello images (v1, v2 healthy; v3 failing its health check), talk to the hosts' engines.
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { createHash } from 'crypto';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, registryPassword, testbed } from './testbed';

export { ROOT };

export interface Bed {
  env: Record<string, string>;
  registry: string;
  registryUser: string;
  registryPassword: string;
  hosts: string[];
  knownHosts: string;
  sshKey: string;
  go: string;
  dir: string;
  host(i: number): { addr: string; dockerHost: string; argvLog: string; home: string };
}

let bed: Bed | undefined;

/** The bed (brought up by the shared support), with what the deploy tests read from it. */
export function deployBed(): Bed {
  if (bed) return bed;
  const env = testbed();
  const host = (i: number) => ({
    addr: env[`GANTRY_TESTBED_H${i}_ADDR`],
    dockerHost: env[`GANTRY_TESTBED_H${i}_DOCKER_HOST`],
    argvLog: env[`GANTRY_TESTBED_H${i}_ARGV_LOG`],
    home: env[`GANTRY_TESTBED_H${i}_HOME`],
  });
  bed = {
    env,
    registry: env.GANTRY_TESTBED_REGISTRY,
    registryUser: env.GANTRY_TESTBED_REGISTRY_USER,
    registryPassword: registryPassword(),
    hosts: env.GANTRY_TESTBED_HOSTS.split(','),
    knownHosts: readFileSync(env.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8'),
    sshKey: readFileSync(env.GANTRY_TESTBED_SSH_KEY, 'utf8'),
    go: env.GANTRY_TESTBED_GO,
    dir: env.GANTRY_TESTBED_DIR,
    host,
  };
  return bed;
}

/** The docker CLI against one engine, with a config dir of its own (never the user's). */
export function docker(dockerHost: string, args: string[], opts: { input?: string; config?: string } = {}): string {
  const r = spawnSync('docker', args, {
    encoding: 'utf8',
    input: opts.input,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: dockerHost, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: opts.config ?? join(tmpdir(), 'gantry-e2e-docker-config') },
  });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Like docker(), but returns undefined instead of throwing. */
export function dockerMaybe(dockerHost: string, args: string[]): string | undefined {
  try {
    return docker(dockerHost, args);
  } catch {
    return undefined;
  }
}

/** Every file under dir (relative path and content), in a stable order: what a build of it reads. */
function treeText(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else parts.push(`${rel}${name}\0${readFileSync(full, 'utf8')}`);
    }
  };
  walk(dir, '');
  return parts.join('\0');
}

/** Whether the bed's registry still holds the manifest `ref` (repository@digest) points at. */
function inRegistry(b: Bed, ref: string): boolean {
  const at = ref.indexOf('@');
  const repository = ref.slice(b.registry.length + 1, at);
  const r = spawnSync('curl', ['-sf', '-o', '/dev/null', '-K', '-', '-I',
    '-H', 'Accept: application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
    `http://${b.registry}/v2/${repository}/manifests/${ref.slice(at + 1)}`], { input: `user = "${b.registryUser}:${b.registryPassword}"\n` });
  return r.status === 0;
}

/**
 * The fixture images of one run, built once for the whole e2e run rather than once per file (jest
 * gives each file fresh modules): the refs are kept in a file named by the hash of everything the
 * build reads (its recipe, source, Go, registry), and reused while the registry still holds every
 * one of them. The refs are content-addressed, so a reused ref is the image a build would push.
 */
export function builtOnce<T extends object>(name: string, key: string[], build: () => T): T {
  const b = deployBed();
  const dir = join(tmpdir(), 'gantry-e2e-fixtures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${createHash('sha256').update([b.registry, ...key].join('\0')).digest('hex').slice(0, 16)}.json`);
  const refs = (t: T) => Object.values(t).filter((v): v is string => typeof v === 'string' && v.includes('@sha256:'));
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as T;
    if (refs(kept).length > 0 && refs(kept).every((r) => inRegistry(b, r))) return kept;
  }
  const made = build();
  writeFileSync(file, JSON.stringify(made));
  return made;
}

export interface HelloImages {
  repository: string;
  v1: string;
  v2: string;
  /** Same binary as v2, but its /healthz fails (HELLO_FAIL_HEALTH=1). */
  v3: string;
  /** An image whose entrypoint does not exist: the container cannot start. */
  broken: string;
  /** v2 with a HEALTHCHECK that always fails: only the image's own check says it is unhealthy. */
  badHealthcheck: string;
}

let images: HelloImages | undefined;

function helloSource(): string {
  const dir = join(ROOT, 'examples/hello');
  if (!existsSync(join(dir, 'go.mod'))) throw new Error(`${dir} is missing: the deploy tests deploy examples/hello`);
  return dir;
}

/**
 * Compiles examples/hello with the bed's Go (CGO off, version stamped), builds FROM scratch with
 * the classic builder on the main engine, pushes to the bed's registry; returns image@digest refs.
 */
export function helloImages(repoName = 'gantry-e2e/deploy-hello'): HelloImages {
  if (images) return images;
  images = builtOnce('hello', [repoName, buildHello.toString(), treeText(helloSource()), deployBed().go], () => buildHello(repoName));
  return images;
}

function buildHello(repoName: string): HelloImages {
  const b = deployBed();
  const src = helloSource();
  const work = mkdtempSync(join(tmpdir(), 'gantry-e2e-hello-'));
  const config = join(work, 'docker-config');
  mkdirSync(config);
  const repository = `${b.registry}/${repoName}`;
  try {
    docker(b.env.DOCKER_HOST, ['login', '--username', b.registryUser, '--password-stdin', b.registry], { input: b.registryPassword, config });
    const build = (version: string, failHealth: boolean, entrypoint = '/hello', healthcheck = ''): string => {
      const ctx = join(work, version);
      mkdirSync(ctx);
      const goVersions = ['1.22', '1.24', '1.19'].filter((v) => existsSync(join(b.go, v, 'bin/go')));
      if (goVersions.length === 0) throw new Error(`no Go tree under ${b.go}`);
      execFileSync(join(b.go, goVersions[0], 'bin/go'), ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${version}`, '-o', join(ctx, 'hello'), '.'], {
        cwd: src,
        env: { PATH: process.env.PATH, HOME: work, GOCACHE: join(tmpdir(), 'gantry-e2e-gocache'), GOPATH: join(work, 'gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
      });
      writeFileSync(join(ctx, 'Dockerfile'), [
        'FROM scratch',
        'COPY hello /hello',
        `LABEL org.opencontainers.image.revision=e2e-${version}`,
        ...(failHealth ? ['ENV HELLO_FAIL_HEALTH=1'] : []),
        ...(healthcheck ? [healthcheck] : []),
        `ENTRYPOINT ["${entrypoint}"]`,
        '',
      ].join('\n'));
      const tag = `${repository}:${version}`;
      docker(b.env.DOCKER_HOST, ['build', '-q', '-t', tag, ctx], { config });
      docker(b.env.DOCKER_HOST, ['push', '-q', tag], { config });
      const digests = docker(b.env.DOCKER_HOST, ['image', 'inspect', '-f', '{{range .RepoDigests}}{{println .}}{{end}}', tag]);
      const ref = digests.split('\n').find((d) => d.startsWith(`${repository}@`));
      if (!ref) throw new Error(`no digest for ${tag}: ${digests}`);
      return ref;
    };
    return { repository, v1: build('v1', false), v2: build('v2', false), v3: build('v3', true), broken: build('broken', false, '/missing'),
      badHealthcheck: build('bad-healthcheck', false, '/hello', 'HEALTHCHECK --interval=1s --timeout=1s --retries=1 CMD ["/missing"]') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface SlowImages {
  repository: string;
  v1: string;
  v2: string;
}

let slowBuilt: SlowImages | undefined;

/** The slow service's whole source: stdlib only. */
const SLOW_MAIN = `package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

var version = "dev"

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") })
	// SIGUSR1 ends every sleep at once: a test holds a request in flight until it has seen what
	// it waits for, not for a guessed time.
	wake := make(chan struct{})
	usr1 := make(chan os.Signal, 1)
	signal.Notify(usr1, syscall.SIGUSR1)
	go func() {
		<-usr1
		close(wake)
	}()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s, _ := strconv.ParseFloat(r.URL.Query().Get("sleep"), 64)
		log.Printf("slow %s %s", version, r.URL.RequestURI())
		select {
		case <-time.After(time.Duration(s * float64(time.Second))):
		case <-wake:
		}
		fmt.Fprintf(w, "{\\"service\\":\\"slow\\",\\"version\\":%q}\\n", version)
	})
	srv := &http.Server{Addr: ":" + port, Handler: mux}
	go func() {
		log.Printf("slow %s listening on :%s", version, port)
		if err := srv.ListenAndServe(); err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
}
`;

/**
 * A tiny service for the tests that need a request in flight or new log lines: GET /?sleep=S
 * answers {"service":"slow","version":V} after S seconds, or at once when the process gets
 * SIGUSR1, and logs every request; /healthz
 * answers ok; it listens on PORT (8080 by default) and finishes its requests on SIGTERM. Built
 * like hello (the bed's Go, FROM scratch) and pushed as v1 and v2.
 */
export function slowImages(): SlowImages {
  if (slowBuilt) return slowBuilt;
  slowBuilt = builtOnce('slow', [buildSlow.toString(), SLOW_MAIN, deployBed().go], buildSlow);
  return slowBuilt;
}

function buildSlow(): SlowImages {
  const b = deployBed();
  const work = mkdtempSync(join(tmpdir(), 'gantry-e2e-slow-'));
  const config = join(work, 'docker-config');
  mkdirSync(config);
  const repository = `${b.registry}/gantry-e2e/slow`;
  try {
    docker(b.env.DOCKER_HOST, ['login', '--username', b.registryUser, '--password-stdin', b.registry], { input: b.registryPassword, config });
    const src = join(work, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'go.mod'), 'module example.com/slow\n\ngo 1.19\n');
    writeFileSync(join(src, 'main.go'), SLOW_MAIN);
    const goVersions = ['1.22', '1.24', '1.19'].filter((v) => existsSync(join(b.go, v, 'bin/go')));
    if (goVersions.length === 0) throw new Error(`no Go tree under ${b.go}`);
    const build = (version: string): string => {
      const ctx = join(work, version);
      mkdirSync(ctx);
      execFileSync(join(b.go, goVersions[0], 'bin/go'), ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${version}`, '-o', join(ctx, 'slow'), '.'], {
        cwd: src,
        env: { PATH: process.env.PATH, HOME: work, GOCACHE: join(tmpdir(), 'gantry-e2e-gocache'), GOPATH: join(work, 'gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
      });
      writeFileSync(join(ctx, 'Dockerfile'), ['FROM scratch', 'COPY slow /slow', `LABEL org.opencontainers.image.revision=e2e-slow-${version}`, 'ENTRYPOINT ["/slow"]', ''].join('\n'));
      const tag = `${repository}:${version}`;
      docker(b.env.DOCKER_HOST, ['build', '-q', '-t', tag, ctx], { config });
      docker(b.env.DOCKER_HOST, ['push', '-q', tag], { config });
      const ref = docker(b.env.DOCKER_HOST, ['image', 'inspect', '-f', '{{range .RepoDigests}}{{println .}}{{end}}', tag]).split('\n').find((d) => d.startsWith(`${repository}@`));
      if (!ref) throw new Error(`no digest for ${tag}`);
      return ref;
    };
    return { repository, v1: build('v1'), v2: build('v2') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The container and port the deploy tests use: their own, so other tests' services on the bed do not collide. */
export const SERVICE = 'e2e-hello';
export const PORT = 18080;

/** What answers on a host's service port, as "hello <version>", or undefined. */
export async function hello(addr: string, port = PORT): Promise<string | undefined> {
  try {
    const res = await fetch(`http://${addr}:${port}/`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return undefined;
    const info = (await res.json()) as { service?: string; version?: string };
    return `${info.service} ${info.version}`;
  } catch {
    return undefined;
  }
}

/** Deploy inputs for the bed, as a front end would pass them (text). */
export function bedInputs(b: Bed, over: Record<string, string> = {}): Record<string, string> {
  return {
    command: 'deploy',
    hosts: b.hosts.join(','),
    ssh_private_key: b.sshKey,
    known_hosts: b.knownHosts,
    registry_username: b.registryUser,
    registry_password: b.registryPassword,
    container_name: SERVICE,
    network: 'host',
    env: `PORT=${PORT}`,
    health_url: `http://127.0.0.1:${PORT}/healthz`,
    health_timeout: '20',
    ...over,
  };
}

/** A reporter that keeps every line exactly as gantry wrote it, before any masking. */
export class RawReporter {
  lines: string[] = [];
  masked: string[] = [];
  outputs: Record<string, string> = {};
  summaries: string[] = [];
  constructor(private readonly echo = false) {}
  private add(line: string): void {
    this.lines.push(line);
    if (this.echo) process.stdout.write(`${line}\n`);
  }
  info(m: string): void { this.add(m); }
  warn(m: string): void { this.add(`warning: ${m}`); }
  debug(m: string): void { this.add(`debug: ${m}`); }
  mask(s: string): void { this.masked.push(s); }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.add(`== ${name}`);
    return fn();
  }
  setOutput(n: string, v: string): void { this.outputs[n] = v; }
  summary(md: string): void { this.summaries.push(md); }
  /** Everything written: lines, outputs, summaries. */
  get all(): string {
    return [...this.lines, ...Object.values(this.outputs), ...this.summaries].join('\n');
  }
}

/** Pulls an image onto a host's engine (logged in with a config dir of the test's own), as if an older run had. */
export function pullOnHost(i: number, ref: string): void {
  const b = deployBed();
  const config = mkdtempSync(join(tmpdir(), 'gantry-e2e-pull-config-'));
  try {
    docker(b.host(i).dockerHost, ['login', '--username', b.registryUser, '--password-stdin', b.registry], { input: b.registryPassword, config });
    docker(b.host(i).dockerHost, ['pull', '-q', ref], { config });
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

/** Removes the service's containers and gantry's records of it from a host, so a test starts from nothing. */
export function resetHost(i: number, name = SERVICE): void {
  const h = deployBed().host(i);
  const ids = docker(h.dockerHost, ['ps', '-aq', '--filter', `name=^${name}`]);
  if (ids) docker(h.dockerHost, ['rm', '-f', ...ids.split('\n')]);
  rmSync(join(h.home, '.gantry/services', name), { recursive: true, force: true });
}

/** Names, states and labels of the hello containers on a host. */
export function containers(i: number, name = SERVICE): Array<{ name: string; running: boolean; labels: Record<string, string>; env: string[] }> {
  const h = deployBed().host(i);
  const ids = docker(h.dockerHost, ['ps', '-aq', '--filter', `name=^${name}`]);
  if (!ids) return [];
  const info = JSON.parse(docker(h.dockerHost, ['inspect', ...ids.split('\n')])) as Array<{ Name: string; State: { Running: boolean }; Config: { Labels: Record<string, string> | null; Env: string[] | null } }>;
  return info.map((c) => ({ name: c.Name.replace(/^\//, ''), running: c.State.Running, labels: c.Config.Labels ?? {}, env: c.Config.Env ?? [] })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every regular file under a directory, with its content. */
export function filesUnder(dir: string): Array<{ path: string; content: Buffer }> {
  const out: Array<{ path: string; content: Buffer }> = [];
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ path: p, content: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** The bytes a file grew by since `offset`. */
export function grownSince(path: string, offset: number): string {
  const all = readFileSync(path);
  return all.subarray(Math.min(offset, all.length)).toString('utf8');
}

export function sizeOf(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/**
 * Samples the command lines of every process on this machine (host namespaces share its /proc)
 * until stopped; returns those that contained any of the needles.
 */
export function argvWatch(needles: string[]): { stop(): { samples: number; hits: string[] } } {
  let samples = 0;
  const hits: string[] = [];
  const scan = () => {
    samples++;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let cmd: string;
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (needles.some((n) => cmd.includes(n))) hits.push(cmd.replace(/\0/g, ' '));
    }
  };
  const timer = setInterval(scan, 25);
  return { stop: () => { clearInterval(timer); scan(); return { samples, hits }; } };
}

/** Polls what every host answers until stopped: one row per round. */
export function answerWatch(addrs: string[]): { stop(): Promise<Array<Array<string | undefined>>> } {
  const rounds: Array<Array<string | undefined>> = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      rounds.push(await Promise.all(addrs.map((a) => hello(a))));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return { stop: async () => { running = false; await loop; return rounds; } };
}

export function testbedScript(...args: string[]): void {
  execFileSync('bash', [join(ROOT, 'testbed/testbed.sh'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Starts deploy-child.ts in its own node process (TypeScript compiled on the fly with the
 * project's compiler): a deploy the test can kill. Inputs, secrets included, go on its stdin.
 * Each module's JavaScript is kept in the temporary folder under the hash of its path and source,
 * and the compiler is loaded only for a module not compiled before: a child then starts in about
 * half the time.
 */
export function spawnDeploy(inputs: Record<string, string>): { child: ChildProcess; lines: string[]; done: Promise<number | null> } {
  const hook = [
    "let ts; const fs = require('fs'); const path = require('path'); const crypto = require('crypto');",
    `const dir = ${JSON.stringify(join(tmpdir(), 'gantry-e2e-child-js'))}; fs.mkdirSync(dir, { recursive: true });`,
    "require.extensions['.ts'] = (m, f) => {",
    "  const src = fs.readFileSync(f, 'utf8');",
    "  const out = path.join(dir, crypto.createHash('sha256').update(f + '\\0' + src).digest('hex').slice(0, 32) + '.js');",
    "  let js;",
    "  try { js = fs.readFileSync(out, 'utf8'); } catch {",
    "    ts = ts || require('typescript');",
    "    js = ts.transpileModule(src, { compilerOptions: { module: 1, target: 9, esModuleInterop: true } }).outputText;",
    "    fs.writeFileSync(`${out}.${process.pid}`, js); fs.renameSync(`${out}.${process.pid}`, out);",
    "  }",
    "  m._compile(js, f);",
    "};",
    `require(${JSON.stringify(join(__dirname, 'deploy-child.ts'))});`,
  ].join('\n');
  const child = spawn(process.execPath, ['-e', hook], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop() as string;
    lines.push(...parts);
  });
  child.stdin!.end(JSON.stringify(inputs));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, lines, done };
}

/** Waits until `pred` holds, checking every 100 ms, for at most `seconds`. */
export async function until(pred: () => boolean, seconds: number, what: string): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (pred()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting ${seconds} s for ${what}`);
}

/** The audit log lines of one service on a host. */
export function auditLines(i: number, name = SERVICE): string[] {
  const f = join(deployBed().host(i).home, '.gantry/audit.log');
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8').split('\n').filter((l) => l.includes(` service=${name} `));
}
