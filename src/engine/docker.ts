import Docker from 'dockerode';
import { Duplex, Readable } from 'stream';
import { UserError, errorMessage } from '../errors';

/**
 * The one wrapper around the Docker Engine API. DOCKER_HOST (unix://, tcp://, with
 * DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) is honoured through dockerode's own defaults.
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

export function engineAddress(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}

export function engineError(err: unknown, env: NodeJS.ProcessEnv = process.env): Error {
  const code = (err as { code?: string }).code;
  if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) {
    return new UserError(`cannot reach the Docker engine at DOCKER_HOST=${engineAddress(env)} (${code}); start the engine or set DOCKER_HOST`);
  }
  return err instanceof Error ? err : new Error(String(err));
}

export class Engine {
  readonly api: Docker;

  constructor(readonly debug: (m: string) => void = () => undefined, opts?: Docker.DockerOptions) {
    this.api = new Docker(opts);
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    this.debug(`engine: ${what}`);
    try {
      return await fn();
    } catch (err) {
      throw engineError(err);
    }
  }

  /** os/arch of the engine, e.g. { os: 'linux', arch: 'amd64' }, and its version. */
  async platform(): Promise<{ os: string; arch: string; version: string }> {
    const v = await this.call('version', () => this.api.version());
    return { os: v.Os, arch: v.Arch, version: v.Version };
  }

  /** Reads a JSON-lines response stream, handing each message to onMessage; rejects on `error`. */
  follow(stream: NodeJS.ReadableStream, onMessage: (m: StreamMessage) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let failed: Error | undefined;
      this.api.modem.followProgress(
        stream,
        (err: Error | null) => {
          if (err) reject(engineError(err));
          else if (failed) reject(failed);
          else resolve();
        },
        (m: StreamMessage) => {
          if (m.error || m.errorDetail) failed ??= new Error(m.errorDetail?.message || m.error || 'unknown engine error');
          onMessage(m);
        },
      );
    });
  }

  async build(context: Readable, options: Record<string, unknown>, onMessage: (m: StreamMessage) => void): Promise<void> {
    // version must be the number 2: dockerode >= 4.0.3 opens a session of its own for '2'.
    const stream = await this.call('build', () => this.api.buildImage(context, { ...options, version: 2 } as unknown as Docker.ImageBuildOptions));
    await this.follow(stream, onMessage);
  }

  /**
   * POST /session with Upgrade: h2c: returns the upgraded connection, on which the engine is
   * the HTTP/2 client (the bytes that came with the 101 are put back by docker-modem).
   */
  upgradeSession(headers: Record<string, string | string[]>): Promise<Duplex> {
    const modem = this.api.modem as unknown as {
      dial(options: Record<string, unknown>, callback: (err: Error | null, socket: Duplex) => void): void;
    };
    this.debug('engine: POST /session (upgrade to h2c)');
    return new Promise((resolve, reject) => {
      modem.dial(
        {
          method: 'POST',
          path: '/session',
          hijack: true,
          // An empty body with a length: a chunked terminator would follow the request onto
          // the socket the engine starts speaking HTTP/2 on.
          file: Buffer.alloc(0),
          headers,
          statusCodes: { 101: true, 200: true, 400: 'bad request', 404: 'the engine has no /session endpoint', 500: 'server error' },
        },
        (err, socket) => (err ? reject(engineError(err)) : resolve(socket)),
      );
    });
  }

  /** Removes an image; a missing one is not an error. */
  async removeImage(ref: string, opts: { force?: boolean; noprune?: boolean } = {}): Promise<void> {
    this.debug(`engine: remove image ${ref}`);
    await this.api.getImage(ref).remove(opts).catch(() => undefined);
  }

  /** Streams `containerPath` out of an image through a created (never started) container. */
  async withImageArchive<T>(image: string, containerPath: string, consume: (tar: NodeJS.ReadableStream) => Promise<T>): Promise<T> {
    this.debug(`engine: create container from ${image} (not started) to copy ${containerPath} out`);
    const container = await this.call('create container', () =>
      this.api.createContainer({ Image: image, Cmd: ['/gantry-never-started'], NetworkDisabled: true, Labels: { 'gantry.helper': 'export' } }),
    );
    let archive: NodeJS.ReadableStream | undefined;
    try {
      archive = (await container.getArchive({ path: containerPath })) as unknown as NodeJS.ReadableStream;
      return await consume(archive);
    } catch (err) {
      // An archive the consumer gave up on would keep its connection, and the process, alive.
      (archive as unknown as { destroy?: () => void } | undefined)?.destroy?.();
      throw err;
    } finally {
      await container.remove({ force: true }).catch(() => undefined);
    }
  }

  /** Imports a filesystem tar as repo:tag with Dockerfile-style changes (e.g. LABEL lines). */
  async importImage(tar: Readable, repo: string, tag: string, changes: string[]): Promise<void> {
    const stream = await this.call(`import ${repo}:${tag}`, () => this.api.importImage(tar, { repo, tag, changes } as never) as unknown as Promise<NodeJS.ReadableStream>);
    await this.follow(stream, () => undefined);
  }

  /** The engine's registry settings: which registries it talks to over plain HTTP. */
  async registryConfig(): Promise<{ IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] }> {
    const info = (await this.call('info', () => this.api.info())) as { RegistryConfig?: { IndexConfigs?: Record<string, { Secure?: boolean }>; InsecureRegistryCIDRs?: string[] } };
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

  async inspectImage(ref: string): Promise<Docker.ImageInspectInfo | undefined> {
    try {
      return await this.api.getImage(ref).inspect();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined;
      throw engineError(err);
    }
  }

  async tag(image: string, repo: string, tag: string): Promise<void> {
    await this.call(`tag ${image} ${repo}:${tag}`, () => this.api.getImage(image).tag({ repo, tag }));
  }

  async push(repo: string, tag: string, auth: Docker.AuthConfig | undefined, onMessage: (m: StreamMessage) => void): Promise<void> {
    const stream = (await this.call(`push ${repo}:${tag}`, () =>
      this.api.getImage(`${repo}:${tag}`).push({ tag, authconfig: auth } as never) as unknown as Promise<NodeJS.ReadableStream>,
    ));
    await this.follow(stream, onMessage);
  }

  /** Pulls an image for one platform, without credentials (public runtime bases). */
  async pull(ref: string, platform: string): Promise<void> {
    const stream = await this.call(`pull ${ref} (${platform})`, () => this.api.pull(ref, { platform }) as unknown as Promise<NodeJS.ReadableStream>);
    await this.follow(stream, () => undefined);
  }

  async save(ref: string): Promise<NodeJS.ReadableStream> {
    return this.call(`save ${ref}`, () => this.api.getImage(ref).get() as unknown as Promise<NodeJS.ReadableStream>);
  }

  /**
   * Runs a command in a running container (docker exec), handing its output to `onOutput` as it
   * comes (stdout and stderr apart); resolves with its exit code and the whole output.
   */
  async exec(
    container: string,
    cmd: string[],
    opts: {
      env?: string[];
      workdir?: string;
      onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
      /** Stdout goes only to onOutput (a stream too large to keep): the result's stdout is empty. */
      streamStdout?: boolean;
      /** Bytes for the command's standard input, which then ends. */
      stdin?: Buffer;
    } = {},
  ): Promise<{ exitCode: number; stdout: Buffer; stderr: Buffer }> {
    const c = this.api.getContainer(container);
    const exec = await this.call(`exec in ${container}: ${cmd[0]}`, () => c.exec({ Cmd: cmd, Env: opts.env, WorkingDir: opts.workdir, AttachStdin: Boolean(opts.stdin), AttachStdout: true, AttachStderr: true }));
    const stream = (await this.call('exec start', () => exec.start({ hijack: true, stdin: Boolean(opts.stdin) }))) as unknown as NodeJS.ReadWriteStream;
    if (opts.stdin) stream.end(opts.stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const sink = (which: 'stdout' | 'stderr', into: Buffer[]) => ({
      write: (chunk: Buffer) => {
        if (!(which === 'stdout' && opts.streamStdout)) into.push(chunk);
        opts.onOutput?.(chunk, which);
        return true;
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.api.modem.demuxStream(stream, sink('stdout', out) as unknown as NodeJS.WritableStream, sink('stderr', err) as unknown as NodeJS.WritableStream);
      stream.on('end', () => resolve());
      stream.on('close', () => resolve());
      stream.on('error', reject);
    });
    let info = await this.call('exec inspect', () => exec.inspect());
    // The stream can end a moment before the engine records the exit code.
    for (let i = 0; info.Running && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 20));
      info = await this.call('exec inspect', () => exec.inspect());
    }
    return { exitCode: info.ExitCode ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) };
  }

  async load(tar: Readable): Promise<void> {
    const stream = await this.call('load', () => this.api.loadImage(tar, { quiet: true }));
    await this.follow(stream, () => undefined);
  }
}

export { errorMessage };
