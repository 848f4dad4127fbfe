import { Duplex, Readable } from 'stream';
import { UserError, errorMessage } from '../errors';
import { DEFAULT_DOCKER_HOST, EngineHttp, FrameDemuxer, readAll, registryAuthHeader } from './engine-http';

/**
 * The one wrapper around the Docker Engine API, on its own small HTTP client (engine-http.ts).
 * DOCKER_HOST (unix://, tcp://, with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) is honoured.
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

export function engineAddress(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_HOST || DEFAULT_DOCKER_HOST;
}

export function engineError(err: unknown, env: NodeJS.ProcessEnv = process.env): Error {
  const code = (err as { code?: string }).code;
  if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) {
    return new UserError(`cannot reach the Docker engine at DOCKER_HOST=${engineAddress(env)} (${code}); start the engine or set DOCKER_HOST`);
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Reads a JSON-lines response stream, handing each message to onMessage; rejects on an `error` message. */
export function followMessages(stream: NodeJS.ReadableStream, onMessage: (m: StreamMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: Error | undefined;
    let rest = '';
    let done = false;
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
      onMessage(m);
    };
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else {
        line(rest);
        if (failed) reject(failed);
        else resolve();
      }
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
    stream.on('close', () => finish());
  });
}

const enc = encodeURIComponent;

export class Engine {
  private readonly http: EngineHttp;

  /** `env` gives DOCKER_HOST and the TLS settings (the process's own by default). */
  constructor(readonly debug: (m: string) => void = () => undefined, private readonly env: NodeJS.ProcessEnv = process.env) {
    this.http = new EngineHttp(env);
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    this.debug(`engine: ${what}`);
    try {
      return await fn();
    } catch (err) {
      throw engineError(err, this.env);
    }
  }

  /** os/arch of the engine, e.g. { os: 'linux', arch: 'amd64' }, and its version. */
  async platform(): Promise<{ os: string; arch: string; version: string }> {
    const v = await this.call('version', () => this.http.json<{ Os: string; Arch: string; Version: string }>('GET', '/version'));
    return { os: v.Os, arch: v.Arch, version: v.Version };
  }

  /** Reads a JSON-lines response stream, handing each message to onMessage; rejects on `error`. */
  async follow(stream: NodeJS.ReadableStream, onMessage: (m: StreamMessage) => void): Promise<void> {
    try {
      await followMessages(stream, onMessage);
    } catch (err) {
      throw engineError(err, this.env);
    }
  }

  /**
   * POST /build (BuildKit: version=2) with the context tar as the body. `options` are the
   * endpoint's query parameters (objects such as buildargs and labels go as JSON).
   */
  async build(context: Readable, options: Record<string, unknown>, onMessage: (m: StreamMessage) => void): Promise<void> {
    const stream = await this.call('build', () => this.http.request('POST', '/build', { query: { ...options, version: 2 }, body: context }));
    await this.follow(stream, onMessage);
  }

  /**
   * POST /session with Upgrade: h2c: returns the upgraded connection, on which the engine is
   * the HTTP/2 client (the bytes that came with the 101 are put back).
   */
  upgradeSession(headers: Record<string, string | string[]>): Promise<Duplex> {
    const { Upgrade, ...rest } = headers;
    // An empty body with a length: a chunked terminator would follow the request onto the
    // socket the engine starts speaking HTTP/2 on.
    return this.call('POST /session (upgrade to h2c)', () => this.http.upgrade('POST', '/session', String(Upgrade ?? 'h2c'), { headers: rest, body: Buffer.alloc(0), contentType: 'application/octet-stream' }));
  }

  /** Removes an image; a missing one is not an error. */
  async removeImage(ref: string, opts: { force?: boolean; noprune?: boolean } = {}): Promise<void> {
    this.debug(`engine: remove image ${ref}`);
    await this.http.json('DELETE', `/images/${ref}`, { query: opts }).catch(() => undefined);
  }

  async createContainer(spec: ContainerSpec & { name?: string }): Promise<string> {
    const { name, ...body } = spec;
    const res = await this.call(`create container${name ? ` ${name}` : ''} from ${spec.Image}`, () => this.http.json<{ Id: string }>('POST', '/containers/create', { query: { name }, json: body }));
    return res.Id;
  }

  async startContainer(id: string): Promise<void> {
    await this.call(`start container ${id}`, () => this.http.json('POST', `/containers/${enc(id)}/start`));
  }

  /** Removes a container (forced: a running one too); a missing one is not an error. */
  async removeContainer(id: string): Promise<void> {
    this.debug(`engine: remove container ${id}`);
    await this.http.json('DELETE', `/containers/${enc(id)}`, { query: { force: true } }).catch(() => undefined);
  }

  /** A GET's JSON answer, or undefined when the engine has no such thing (404). */
  private async found<T>(p: string): Promise<T | undefined> {
    try {
      return await this.http.json<T>('GET', p);
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined;
      throw engineError(err, this.env);
    }
  }

  /** A container's inspection, or undefined when there is no such container. */
  inspectContainer(id: string): Promise<ContainerInfo | undefined> {
    return this.found<ContainerInfo>(`/containers/${enc(id)}/json`);
  }

  async volumeExists(name: string): Promise<boolean> {
    return (await this.found<object>(`/volumes/${enc(name)}`)) !== undefined;
  }

  async createVolume(name: string, labels: Record<string, string> = {}): Promise<void> {
    await this.call(`create volume ${name}`, () => this.http.json('POST', '/volumes/create', { json: { Name: name, Labels: labels } }));
  }

  /** A tar stream of `containerPath` in a container. */
  async getArchive(container: string, containerPath: string): Promise<NodeJS.ReadableStream> {
    return this.call(`copy ${containerPath} out of ${container}`, () => this.http.request('GET', `/containers/${enc(container)}/archive`, { query: { path: containerPath } }));
  }

  /** Unpacks a tar stream into `containerPath` (a folder that exists) in a container. */
  async putArchive(container: string, containerPath: string, tar: Readable | NodeJS.ReadableStream): Promise<void> {
    const res = await this.call(`copy into ${container}:${containerPath}`, () => this.http.request('PUT', `/containers/${enc(container)}/archive`, { query: { path: containerPath }, body: tar }));
    await readAll(res);
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
    const stream = await this.call(`import ${repo}:${tag}`, () => this.http.request('POST', '/images/create', { query: { fromSrc: '-', repo, tag, changes }, body: tar }));
    await this.follow(stream, () => undefined);
  }

  /** The engine's registry settings: which registries it talks to over plain HTTP. */
  async registryConfig(): Promise<{ IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] }> {
    const info = await this.call('info', () => this.http.json<{ RegistryConfig?: { IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] } }>('GET', '/info'));
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
    return this.found<ImageInfo>(`/images/${ref}/json`);
  }

  /** The images whose reference matches `reference` (e.g. a repository). */
  async listImages(reference: string): Promise<Array<{ Id: string; RepoTags?: string[] | null }>> {
    return this.call(`list images ${reference}`, () => this.http.json('GET', '/images/json', { query: { filters: { reference: [reference] } } }));
  }

  async tag(image: string, repo: string, tag: string): Promise<void> {
    await this.call(`tag ${image} ${repo}:${tag}`, () => this.http.json('POST', `/images/${image}/tag`, { query: { repo, tag } }));
  }

  async push(repo: string, tag: string, auth: RegistryAuth | undefined, onMessage: (m: StreamMessage) => void): Promise<void> {
    const stream = await this.call(`push ${repo}:${tag}`, () =>
      this.http.request('POST', `/images/${repo}/push`, { query: { tag }, headers: { 'X-Registry-Auth': registryAuthHeader(auth) } }),
    );
    await this.follow(stream, onMessage);
  }

  /** Pulls an image (for one platform when given), with credentials when given. */
  async pull(ref: string, platform?: string, auth?: RegistryAuth): Promise<void> {
    const { repository, tag } = splitReference(ref);
    const headers: Record<string, string> = auth ? { 'X-Registry-Auth': registryAuthHeader(auth) } : {};
    const stream = await this.call(`pull ${ref}${platform ? ` (${platform})` : ''}`, () =>
      this.http.request('POST', '/images/create', { query: { fromImage: repository, tag, platform }, headers }),
    );
    await this.follow(stream, () => undefined);
  }

  async save(ref: string): Promise<NodeJS.ReadableStream> {
    return this.call(`save ${ref}`, () => this.http.request('GET', `/images/${ref}/get`));
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
    const created = await this.call(`exec in ${container}: ${cmd[0]}`, () =>
      this.http.json<{ Id: string }>('POST', `/containers/${enc(container)}/exec`, {
        json: { Cmd: cmd, Env: opts.env, WorkingDir: opts.workdir, AttachStdin: Boolean(opts.stdin), AttachStdout: true, AttachStderr: true },
      }),
    );
    const socket = await this.call('exec start', () => this.http.upgrade('POST', `/exec/${created.Id}/start`, 'tcp', { json: { Detach: false, Tty: false } }));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const demux = new FrameDemuxer();
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const done = (e?: Error) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (e) reject(engineError(e, this.env));
        else resolve();
      };
      socket.on('data', (chunk: Buffer) => {
        for (const f of demux.push(chunk)) {
          const which = f.stream === 2 ? 'stderr' : 'stdout';
          if (which === 'stderr') err.push(f.data);
          else if (!opts.streamStdout) out.push(f.data);
          opts.onOutput?.(f.data, which);
        }
      });
      socket.on('end', () => done());
      socket.on('close', () => done());
      socket.on('error', (e: Error) => done(e));
      // Half-closed once stdin is written: the command reads end of file, its output still comes back.
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
    return this.call('exec inspect', () => this.http.json('GET', `/exec/${id}/json`));
  }

  async load(tar: Readable): Promise<void> {
    const stream = await this.call('load', () => this.http.request('POST', '/images/load', { query: { quiet: 1 }, body: tar }));
    await this.follow(stream, () => undefined);
  }
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
