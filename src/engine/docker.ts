import type DockerModem from 'docker-modem';
import type { IncomingMessage } from 'http';
import { Duplex, Readable, Transform, Writable, pipeline } from 'stream';
import { UserError, errorMessage } from '../errors';
import { registryOfImage } from '../registry/registry-auth';
import { EngineEndpoint, engineAddress, hostKeyKnown, parseDockerHost, readKnownHosts } from './engine-address';

/**
 * The one wrapper around the Docker Engine API, on dockerode's transport (docker-modem): where
 * the engine is comes from engine-address.ts (unix://, tcp:// with TLS, ssh:// through the
 * agent with the host key checked, Docker Desktop's socket). Every call has a deadline: an
 * engine that takes the connection and never answers ends in one timeout line naming DOCKER_HOST.
 * dockerode's own method wrappers are not used: not all of them pass an abort signal through,
 * some send the query as a JSON body on POST, and its module loads gRPC for every build.
 */
export interface StreamMessage {
  stream?: string;
  status?: string;
  id?: string;
  error?: string;
  errorDetail?: { message?: string };
  aux?: unknown;
  progressDetail?: { current?: number; total?: number };
}

/** Credentials for a registry, as the engine's X-Registry-Auth header carries them. */
export interface RegistryAuth {
  username?: string;
  password?: string;
  serveraddress?: string;
  identitytoken?: string;
}

/** What gantry reads of an image's inspection. */
export interface ImageInfo {
  Id: string;
  Size?: number;
  Os?: string;
  Architecture?: string;
  Variant?: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  RootFS?: { Type?: string; Layers?: string[] };
  Config?: { Labels?: Record<string, string> | null; Entrypoint?: string[] | string | null; Cmd?: string[] | string | null; Env?: string[] | null };
}

/** What gantry reads of a container's inspection. */
export interface ContainerInfo {
  Id: string;
  Image: string;
  State?: { Running?: boolean; Status?: string; StartedAt?: string };
  Config?: { Labels?: Record<string, string> };
}

/** The part of POST /containers/create gantry uses. */
export interface ContainerSpec {
  Image: string;
  Cmd?: string[];
  Entrypoint?: string[];
  Env?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
  NetworkDisabled?: boolean;
  HostConfig?: {
    AutoRemove?: boolean;
    NetworkMode?: string;
    Mounts?: Array<{ Type: 'volume' | 'bind'; Source: string; Target: string; ReadOnly?: boolean }>;
  };
}

export { engineAddress };

/** A non-2xx answer: the engine's own message, and its status code for callers to test. */
export class EngineApiError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'EngineApiError';
  }
}

const UNREACHABLE = ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'];

/** An error of the transport as one line naming DOCKER_HOST; the engine's own answers pass through. */
export function engineError(err: unknown, env: NodeJS.ProcessEnv): Error {
  if (err instanceof UserError || err instanceof EngineApiError) return err;
  const e = err as { code?: string; level?: string; message?: string; statusCode?: number; json?: { message?: string } | null };
  const where = `DOCKER_HOST=${engineAddress(env)}`;
  if (typeof e.statusCode === 'number') {
    const m = /^\(HTTP code \d+\) [^-]*- ([\s\S]*)$/.exec(e.message ?? '');
    const text = (e.json && typeof e.json === 'object' && e.json.message) || m?.[1]?.trim() || '';
    return new EngineApiError(e.statusCode, text ? `${text} (HTTP ${e.statusCode})` : `the engine answered HTTP ${e.statusCode}`);
  }
  if (e.level === 'client-authentication') return new UserError(`${where}: the SSH agent (SSH_AUTH_SOCK) holds no key the host accepts; expected the key for this host added to the agent (ssh-add KEY)`);
  if (e.level === 'client-timeout') return new UserError(`cannot reach the Docker engine at ${where} (no SSH handshake within the time allowed); check the host and port`);
  if (e.code && UNREACHABLE.includes(e.code)) return new UserError(`cannot reach the Docker engine at ${where} (${e.code}); start the engine or set DOCKER_HOST`);
  return err instanceof Error ? err : new Error(String(err));
}

/** Reads a stream whole. */
export function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/**
 * Reads a JSON-lines progress stream, handing each message to onMessage. Rejects on an `error`
 * message, on a stream that closes before its end, and (given `isFinal`) on one whose final
 * frame never came: a progress stream cut short is never a success.
 */
export function followMessages(stream: NodeJS.ReadableStream, onMessage: (m: StreamMessage) => void, isFinal?: (m: StreamMessage) => boolean, what = 'the engine\'s answer'): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: Error | undefined;
    let rest = '';
    let done = false;
    let sawFinal = false;
    const line = (text: string) => {
      const t = text.trim();
      if (!t) return;
      let m: StreamMessage;
      try {
        m = JSON.parse(t) as StreamMessage;
      } catch {
        failed ??= new Error(`the engine sent a line that is not JSON: ${t.slice(0, 200)}`);
        return;
      }
      if (m.error || m.errorDetail) failed ??= new Error(m.errorDetail?.message || m.error || 'unknown engine error');
      if (isFinal?.(m)) sawFinal = true;
      onMessage(m);
    };
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      if (err) return reject(err);
      line(rest);
      if (failed) reject(failed);
      else if (isFinal && !sawFinal) reject(new Error(`the engine ended ${what} without its final message (the engine stopped or the connection broke)`));
      else resolve();
    };
    stream.on('data', (chunk: Buffer | string) => {
      rest += chunk.toString();
      let at: number;
      while ((at = rest.indexOf('\n')) >= 0) {
        line(rest.slice(0, at));
        rest = rest.slice(at + 1);
      }
    });
    stream.on('error', (err: Error) => finish(err));
    stream.on('end', () => finish());
    stream.on('close', () => finish(new Error(`the engine closed ${what} before its end (the engine stopped or the connection broke)`)));
  });
}

/** A query string as the engine reads it: arrays repeated, objects as JSON, undefined left out, spaces as %20; '' when empty. */
export function engineQuery(params: Record<string, unknown> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const item of v) q.append(k, String(item));
    else if (typeof v === 'object') q.append(k, JSON.stringify(v));
    else q.append(k, String(v));
  }
  const s = q.toString().replace(/\+/g, '%20');
  return s ? `?${s}` : '';
}

/** The X-Registry-Auth header's value: the auth's JSON in URL-safe base64 (as the engine decodes it). */
export function registryAuthHeader(auth: object | undefined): string {
  return Buffer.from(JSON.stringify(auth ?? {})).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** One call: method, path, query, and a JSON body, a whole body or a streamed one. */
interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  path: string;
  query?: Record<string, unknown>;
  json?: unknown;
  body?: Readable | NodeJS.ReadableStream | Buffer;
  headers?: Record<string, string>;
  stream?: boolean;
  /** Upgrade the connection (an exec's stream, a BuildKit session) with this protocol. */
  upgrade?: string;
}

export interface EngineOptions {
  /** How long the engine may take to answer (or to take the next chunk of an upload). */
  answerTimeoutMs?: number;
  /** How long a progress or archive stream may stay silent. */
  streamIdleMs?: number;
  /** The credentials a pull without its own sends to a registry (registry_auth_config and the like); none for anonymous. */
  pullCredentials?: (registry: string) => { username: string; password: string } | undefined;
}

const enc = encodeURIComponent;
const OK = { 200: true, 201: true, 204: true, 304: true };

export class Engine {
  private modemValue?: DockerModem;
  /** Why the SSH host key was refused, when it was (ssh2 reports only that it was). */
  private hostKeyRefusal?: string;
  private readonly answerMs: number;
  private readonly idleMs: number;
  private readonly pullCredentials?: EngineOptions['pullCredentials'];

  /** `env` is the front end's environment: DOCKER_HOST, the TLS settings, HOME, SSH_AUTH_SOCK. */
  constructor(readonly debug: (m: string) => void, private readonly env: NodeJS.ProcessEnv, opts: EngineOptions = {}) {
    this.answerMs = opts.answerTimeoutMs ?? 120_000;
    this.idleMs = opts.streamIdleMs ?? 20 * 60_000;
    this.pullCredentials = opts.pullCredentials;
  }

  /** The credentials pulls from the registry of `ref` get unless given their own. */
  credentialsFor(ref: string): RegistryAuth | undefined {
    const registry = registryOfImage(ref);
    const c = this.pullCredentials?.(registry);
    return c ? { username: c.username, password: c.password, serveraddress: registry } : undefined;
  }

  /** Where the engine is, as messages name it. */
  get address(): string {
    return engineAddress(this.env);
  }

  /** The transport, made on first use (so a bad DOCKER_HOST fails the first call, not the import). */
  private get modem(): DockerModem {
    this.modemValue ??= makeModem(parseDockerHost(this.env), this.env, (why) => (this.hostKeyRefusal = why));
    return this.modemValue;
  }

  /** Sends one call through docker-modem with a deadline; resolves with JSON, the answer's stream or the upgraded connection. */
  private dial<T>(what: string, c: Call): Promise<T> {
    this.debug(`engine: ${what}`);
    return new Promise<T>((resolve, reject) => {
      const abort = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          abort.abort();
        }, this.answerMs);
      };
      arm();
      let file: Buffer | NodeJS.ReadableStream | undefined = c.body;
      if (c.body && !Buffer.isBuffer(c.body)) {
        // An upload keeps the deadline off while the engine takes its chunks.
        const source = c.body;
        const watched = new Transform({ transform: (chunk, _e, done) => (arm(), done(null, chunk)) });
        source.on('error', (err: Error) => watched.destroy(err));
        source.pipe(watched);
        file = watched;
      }
      const headers: Record<string, string> = { ...c.headers };
      if (file && !headers['Content-Type']) headers['Content-Type'] = 'application/x-tar';
      if (c.upgrade) headers.Upgrade = c.upgrade;
      let modem: DockerModem;
      try {
        modem = this.modem;
      } catch (err) {
        clearTimeout(timer);
        reject(err);
        return;
      }
      modem.dial(
        {
          // docker-modem appends its own (empty) query only to a path that has a '?'.
          path: `${c.path}${engineQuery(c.query) || '?'}`,
          method: c.method,
          headers,
          options: { _query: {}, _body: c.json ?? {} },
          file,
          isStream: Boolean(c.stream),
          hijack: Boolean(c.upgrade),
          statusCodes: c.upgrade ? { 101: true } : OK,
          abortSignal: abort.signal,
        },
        (err, result) => {
          clearTimeout(timer);
          if (timedOut) return reject(new UserError(`the Docker engine at DOCKER_HOST=${this.address} did not answer ${what} within ${this.answerMs / 1000} s; check that it runs and is not overloaded`));
          if (err) return reject(this.hostKeyRefusal ? new UserError(this.hostKeyRefusal) : engineError(err, this.env));
          if (c.stream) return resolve(this.watchIdle(result as IncomingMessage, what) as T);
          resolve((Buffer.isBuffer(result) && result.length === 0 ? undefined : result) as T);
        },
      );
    });
  }

  /** The answer's stream, ended with a timeout error when the engine sends nothing for too long. */
  private watchIdle(res: IncomingMessage, what: string): Readable {
    let timer: NodeJS.Timeout | undefined;
    const out = new Transform({
      transform: (chunk, _e, done) => (arm(), done(null, chunk)),
      flush: (done) => (clearTimeout(timer), done()),
    });
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => out.destroy(new UserError(`the Docker engine at DOCKER_HOST=${this.address} sent nothing for ${this.idleMs / 1000} s during ${what}`)), this.idleMs);
      timer.unref();
    };
    arm();
    pipeline(res, out, (err) => {
      clearTimeout(timer);
      if (err && !out.destroyed) out.destroy(engineError(err, this.env));
    });
    return out;
  }

  /** A call whose JSON answer is wanted (undefined when empty). */
  private call<T>(what: string, c: Call): Promise<T> {
    return this.dial<T>(what, c);
  }

  /** A GET's JSON answer, or undefined when the engine has no such thing: only 404 means none. */
  private async found<T>(what: string, path: string): Promise<T | undefined> {
    try {
      return await this.call<T>(what, { method: 'GET', path });
    } catch (err) {
      if (err instanceof EngineApiError && err.statusCode === 404) return undefined;
      throw err;
    }
  }

  /** A DELETE where a missing thing is no error (404), and any other failure is. */
  private async remove(what: string, path: string, query: Record<string, unknown>): Promise<void> {
    try {
      await this.call(what, { method: 'DELETE', path, query });
    } catch (err) {
      if (err instanceof EngineApiError && err.statusCode === 404) return;
      throw err;
    }
  }

  /** os/arch of the engine, e.g. { os: 'linux', arch: 'amd64' }, and its version. */
  async platform(): Promise<{ os: string; arch: string; version: string }> {
    const v = await this.call<{ Os: string; Arch: string; Version: string }>('version', { method: 'GET', path: '/version' });
    return { os: v.Os, arch: v.Arch, version: v.Version };
  }

  /** Reads a JSON-lines response stream, handing each message to onMessage; rejects on `error` or a stream cut short. */
  async follow(stream: NodeJS.ReadableStream, onMessage: (m: StreamMessage) => void, isFinal?: (m: StreamMessage) => boolean, what?: string): Promise<void> {
    try {
      await followMessages(stream, onMessage, isFinal, what);
    } catch (err) {
      throw engineError(err, this.env);
    }
  }

  /**
   * POST /build (BuildKit: version=2, the number: dockerode's string '2' would open a session of
   * its own) with the context tar as the body; ends when the built image's id has come.
   */
  async build(context: Readable, options: Record<string, unknown>, onMessage: (m: StreamMessage) => void): Promise<void> {
    const stream = await this.dial<Readable>('build', { method: 'POST', path: '/build', query: { ...options, version: 2 }, body: context, stream: true });
    await this.follow(stream, onMessage, (m) => m.id === 'moby.image.id', 'the build\'s progress');
  }

  /**
   * POST /session with Upgrade: h2c: returns the upgraded connection, on which the engine is
   * the HTTP/2 client (the bytes that came with the 101 are put back by docker-modem).
   */
  upgradeSession(headers: Record<string, string | string[]>): Promise<Duplex> {
    const { Upgrade, ...rest } = headers;
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(rest)) flat[k] = Array.isArray(v) ? v.join(', ') : v;
    // An empty body with a length: a chunked body's terminator would follow the request onto
    // the connection the engine starts speaking HTTP/2 on.
    return this.dial('POST /session (upgrade to h2c)', { method: 'POST', path: '/session', headers: { ...flat, 'Content-Type': 'application/octet-stream' }, body: Buffer.alloc(0), upgrade: String(Upgrade ?? 'h2c') });
  }

  /** Removes an image; a missing one (404) is not an error, any other failure is. */
  async removeImage(ref: string, opts: { force?: boolean; noprune?: boolean } = {}): Promise<void> {
    await this.remove(`remove image ${ref}`, `/images/${ref}`, opts);
  }

  async createContainer(spec: ContainerSpec & { name?: string }): Promise<string> {
    const { name, ...body } = spec;
    const res = await this.call<{ Id: string }>(`create container${name ? ` ${name}` : ''} from ${spec.Image}`, { method: 'POST', path: '/containers/create', query: { name }, json: body });
    return res.Id;
  }

  async startContainer(id: string): Promise<void> {
    await this.call(`start container ${id}`, { method: 'POST', path: `/containers/${enc(id)}/start` });
  }

  /** Removes a container (forced: a running one too); a missing one (404) is not an error. */
  async removeContainer(id: string): Promise<void> {
    try {
      await this.remove(`remove container ${id}`, `/containers/${enc(id)}`, { force: true });
    } catch (err) {
      // Someone else (AutoRemove, another run, a person) is removing it already: wait until it is gone.
      if (!(err instanceof EngineApiError && err.statusCode === 409 && /already in progress/i.test(err.message))) throw err;
      const deadline = Date.now() + 60_000;
      while (await this.inspectContainer(id)) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** A container's inspection, or undefined when there is no such container. */
  inspectContainer(id: string): Promise<ContainerInfo | undefined> {
    return this.found<ContainerInfo>(`inspect container ${id}`, `/containers/${enc(id)}/json`);
  }

  async volumeExists(name: string): Promise<boolean> {
    return (await this.found<object>(`inspect volume ${name}`, `/volumes/${enc(name)}`)) !== undefined;
  }

  async createVolume(name: string, labels: Record<string, string> = {}): Promise<void> {
    await this.call(`create volume ${name}`, { method: 'POST', path: '/volumes/create', json: { Name: name, Labels: labels } });
  }

  /** A tar stream of `containerPath` in a container. */
  getArchive(container: string, containerPath: string): Promise<NodeJS.ReadableStream> {
    return this.dial(`copy ${containerPath} out of ${container}`, { method: 'GET', path: `/containers/${enc(container)}/archive`, query: { path: containerPath }, stream: true });
  }

  /** Unpacks a tar stream into `containerPath` (a folder that exists) in a container. */
  async putArchive(container: string, containerPath: string, tar: Readable | NodeJS.ReadableStream): Promise<void> {
    await this.call(`copy into ${container}:${containerPath}`, { method: 'PUT', path: `/containers/${enc(container)}/archive`, query: { path: containerPath }, body: tar });
  }

  /** Streams `containerPath` out of an image through a created (never started) container. */
  async withImageArchive<T>(image: string, containerPath: string, consume: (tar: NodeJS.ReadableStream) => Promise<T>): Promise<T> {
    this.debug(`engine: create container from ${image} (not started) to copy ${containerPath} out`);
    const id = await this.createContainer({ Image: image, Cmd: ['/gantry-never-started'], NetworkDisabled: true, Labels: { 'gantry.helper': 'export' } });
    let archive: NodeJS.ReadableStream | undefined;
    try {
      archive = await this.getArchive(id, containerPath);
      return await consume(archive);
    } catch (err) {
      // An archive the consumer gave up on would keep its connection, and the process, alive.
      (archive as unknown as { destroy?: () => void } | undefined)?.destroy?.();
      throw err;
    } finally {
      await this.removeContainer(id);
    }
  }

  /** Imports a filesystem tar as repo:tag with Dockerfile-style changes (e.g. LABEL lines). */
  async importImage(tar: Readable, repo: string, tag: string, changes: string[]): Promise<void> {
    const stream = await this.dial<Readable>(`import ${repo}:${tag}`, { method: 'POST', path: '/images/create', query: { fromSrc: '-', repo, tag, changes }, body: tar, stream: true });
    await this.follow(stream, () => undefined, (m) => /^sha256:/.test(m.status ?? ''), `the import of ${repo}:${tag}`);
  }

  /** The engine's registry settings: which registries it talks to over plain HTTP. */
  async registryConfig(): Promise<{ IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] }> {
    const info = await this.call<{ RegistryConfig?: { IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] } }>('info', { method: 'GET', path: '/info' });
    return info.RegistryConfig ?? {};
  }

  /** Whether this engine pushes to and pulls from `registry` over plain HTTP: loopback always, else its --insecure-registry list. */
  async allowsPlainHttp(registry: string): Promise<boolean> {
    if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry)) return true;
    try {
      return (await this.registryConfig()).IndexConfigs?.[registry]?.Secure === false;
    } catch {
      return false;
    }
  }

  inspectImage(ref: string): Promise<ImageInfo | undefined> {
    return this.found<ImageInfo>(`inspect image ${ref}`, `/images/${ref}/json`);
  }

  /** The images whose reference matches `reference` (e.g. a repository). */
  listImages(reference: string): Promise<Array<{ Id: string; RepoTags?: string[] | null }>> {
    return this.call(`list images ${reference}`, { method: 'GET', path: '/images/json', query: { filters: { reference: [reference] } } });
  }

  async tag(image: string, repo: string, tag: string): Promise<void> {
    await this.call(`tag ${image} ${repo}:${tag}`, { method: 'POST', path: `/images/${image}/tag`, query: { repo, tag } });
  }

  /** Pushes repo:tag; ends when the engine has reported the pushed digest. */
  async push(repo: string, tag: string, auth: RegistryAuth | undefined, onMessage: (m: StreamMessage) => void): Promise<void> {
    const stream = await this.dial<Readable>(`push ${repo}:${tag}`, { method: 'POST', path: `/images/${repo}/push`, query: { tag }, headers: { 'X-Registry-Auth': registryAuthHeader(auth) }, stream: true });
    await this.follow(stream, onMessage, (m) => Boolean((m.aux as { Digest?: string } | undefined)?.Digest), `the push of ${repo}:${tag}`);
  }

  /** Pulls an image (for one platform when given), with credentials when given; ends on the engine's closing status. */
  async pull(ref: string, platform?: string, given?: RegistryAuth): Promise<void> {
    const { repository, tag } = splitReference(ref);
    const auth = given ?? this.credentialsFor(ref);
    const headers: Record<string, string> = auth ? { 'X-Registry-Auth': registryAuthHeader(auth) } : {};
    const stream = await this.dial<Readable>(`pull ${ref}${platform ? ` (${platform})` : ''}`, { method: 'POST', path: '/images/create', query: { fromImage: repository, tag, platform }, headers, stream: true });
    await this.follow(stream, () => undefined, (m) => /^Status: /.test(m.status ?? ''), `the pull of ${ref}`);
  }

  save(ref: string): Promise<NodeJS.ReadableStream> {
    return this.dial(`save ${ref}`, { method: 'GET', path: `/images/${ref}/get`, stream: true });
  }

  /**
   * Runs a command in a running container (docker exec), handing its output to `onOutput` as it
   * comes (stdout and stderr apart); resolves with its exit code and the whole output. `stdin`
   * is written to the command, then closed (the command reads end of file).
   */
  async exec(
    container: string,
    cmd: string[],
    opts: {
      env?: string[];
      workdir?: string;
      stdin?: Buffer | Readable;
      onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
      /** Stdout goes only to onOutput (a stream too large to keep): the result's stdout is empty. */
      streamStdout?: boolean;
    } = {},
  ): Promise<{ exitCode: number; stdout: Buffer; stderr: Buffer }> {
    const created = await this.call<{ Id: string }>(`exec in ${container}: ${cmd[0]}`, {
      method: 'POST',
      path: `/containers/${enc(container)}/exec`,
      json: { Cmd: cmd, Env: opts.env, WorkingDir: opts.workdir, AttachStdin: Boolean(opts.stdin), AttachStdout: true, AttachStderr: true },
    });
    // The upgraded connection itself, not dockerode's exec.start stream: only on the raw
    // connection can stdin be half-closed while the output still comes back.
    const socket = await this.dial<Duplex & { setTimeout?: (ms: number) => void }>('exec start', { method: 'POST', path: `/exec/${created.Id}/start`, json: { Detach: false, Tty: false }, upgrade: 'tcp' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const sink = (which: 'stdout' | 'stderr') =>
      new Writable({
        write(chunk: Buffer, _e, done) {
          if (which === 'stderr') err.push(chunk);
          else if (!opts.streamStdout) out.push(chunk);
          opts.onOutput?.(chunk, which);
          done();
        },
      });
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const done = (e?: Error) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (e) reject(engineError(e, this.env));
        else resolve();
      };
      // A command may compute for long without output: no idle deadline on its stream.
      socket.setTimeout?.(0);
      this.modem.demuxStream(socket, sink('stdout'), sink('stderr'));
      socket.on('end', () => done());
      socket.on('close', () => done());
      socket.on('error', (e: Error) => done(e));
      (socket as Duplex & { allowHalfOpen: boolean }).allowHalfOpen = true;
      const input = opts.stdin;
      if (!input) return;
      if (Buffer.isBuffer(input)) socket.end(input);
      else {
        input.on('error', (e: Error) => done(e));
        input.pipe(socket);
      }
    });
    let info = await this.inspectExec(created.Id);
    // The stream can end a moment before the engine records the exit code.
    for (let i = 0; info.Running && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 20));
      info = await this.inspectExec(created.Id);
    }
    return { exitCode: info.ExitCode ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) };
  }

  private inspectExec(id: string): Promise<{ Running?: boolean; ExitCode?: number | null }> {
    return this.call('exec inspect', { method: 'GET', path: `/exec/${id}/json` });
  }

  /** Loads an image tar; ends when the engine has said what it loaded. */
  async load(tar: Readable): Promise<void> {
    const stream = await this.dial<Readable>('load', { method: 'POST', path: '/images/load', query: { quiet: 1 }, body: tar, stream: true });
    await this.follow(stream, () => undefined, (m) => /^Loaded image/.test(m.stream ?? ''), 'the image load');
  }
}

/**
 * docker-modem for the endpoint. Every option is given: docker-modem fills the ones left out
 * from the process's own DOCKER_HOST, which is not the environment gantry was given.
 */
function makeModem(ep: EngineEndpoint, env: NodeJS.ProcessEnv, refused: (why: string) => void): DockerModem {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Modem = require('docker-modem') as typeof DockerModem;
  const none = { socketPath: undefined, host: undefined, port: undefined, username: undefined, ca: undefined, cert: undefined, key: undefined, timeout: undefined, version: undefined, headers: {} };
  if (ep.kind === 'unix') return new Modem({ ...none, socketPath: ep.socketPath, protocol: 'http' });
  if (ep.kind === 'tcp') return new Modem({ ...none, host: ep.host, port: ep.port, protocol: ep.tls ? 'https' : 'http', ...(ep.tls ?? {}) });
  const value = engineAddress(env);
  const knownHosts = readKnownHosts(ep.knownHostsFile, value);
  const modem = new Modem({ ...none, host: ep.host, port: ep.port, username: ep.username, protocol: 'ssh' });
  // Set after construction: docker-modem lets the process's own DOCKER_HOST override sshOptions.
  (modem as unknown as { sshOptions: object }).sshOptions = {
    agent: ep.agent,
    // docker-modem accepts any host key unless given a verifier.
    hostVerifier: (key: Buffer) => {
      if (hostKeyKnown(knownHosts, ep.host, ep.port, key)) return true;
      refused(`DOCKER_HOST=${value}: the host key of ${ep.host}${ep.port === 22 ? '' : ` port ${ep.port}`} is not in ${ep.knownHostsFile}; expected a known_hosts line for it (ssh-keyscan${ep.port === 22 ? '' : ` -p ${ep.port}`} ${ep.host}, checked, then added)`);
      return false;
    },
    readyTimeout: 20_000,
  };
  return modem;
}

/** repository and tag (or digest) of a reference, as the engine's fromImage and tag take them. */
export function splitReference(ref: string): { repository: string; tag: string } {
  const at = ref.indexOf('@');
  if (at >= 0) return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(':');
  if (colon >= 0 && !ref.slice(colon + 1).includes('/')) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: 'latest' };
}

export { errorMessage };
