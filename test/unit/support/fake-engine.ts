/**
 * A scripted stand-in for the Docker engine as builders use it (BuilderEngine): images,
 * volumes and containers in memory, every call logged, exec answered by a script keyed on the
 * command, and failures injected per method. Drives the real BuilderPool and BuilderCaches.
 */
import { Readable } from 'stream';
import { ContainerInfo, ContainerSpec, EngineApiError, ImageInfo, readAll } from '../../../src/engine/docker';
import { BuilderEngine } from '../../../src/image/direct/builder';

export interface ExecCall {
  container: string;
  cmd: string[];
  stdin?: Buffer;
}

export type ExecAnswer = { exitCode?: number; stdout?: string | Buffer; stderr?: string };

export class FakeEngine implements BuilderEngine {
  readonly log: string[] = [];
  readonly images = new Map<string, ImageInfo>();
  readonly volumes = new Set<string>();
  readonly containers = new Map<string, ContainerInfo & { name: string; spec: ContainerSpec }>();
  /** Tar bodies written with putArchive, per container:path. */
  readonly archives = new Map<string, Buffer>();
  /** Files served by getArchive, per container path (any container). */
  readonly served = new Map<string, Buffer>();
  /** Errors to throw, per method name, used in order (an entry of undefined: succeed). */
  readonly failures = new Map<string, Array<Error | undefined>>();
  /** How exec answers: the first matcher that returns an answer wins; else exit 0, no output. */
  readonly execScript: Array<(call: ExecCall) => ExecAnswer | undefined> = [];
  /** Images a pull brings. */
  readonly pullable = new Map<string, ImageInfo>();
  private ids = 0;

  private fail(method: string): void {
    const queue = this.failures.get(method);
    const next = queue?.shift();
    if (next) throw next;
  }

  private container(idOrName: string): (ContainerInfo & { name: string; spec: ContainerSpec }) | undefined {
    return this.containers.get(idOrName) ?? [...this.containers.values()].find((c) => c.name === idOrName);
  }

  async inspectContainer(id: string): Promise<ContainerInfo | undefined> {
    this.log.push(`inspectContainer ${id}`);
    this.fail('inspectContainer');
    return this.container(id);
  }

  async removeContainer(id: string): Promise<void> {
    this.log.push(`removeContainer ${id}`);
    this.fail('removeContainer');
    const c = this.container(id);
    if (c) this.containers.delete(c.Id);
  }

  async inspectImage(ref: string): Promise<ImageInfo | undefined> {
    this.log.push(`inspectImage ${ref}`);
    this.fail('inspectImage');
    return this.images.get(ref);
  }

  async pull(ref: string, platform?: string): Promise<void> {
    this.log.push(`pull ${ref} ${platform ?? ''}`.trim());
    this.fail('pull');
    const image = this.pullable.get(ref);
    if (!image) throw new Error(`pull access denied for ${ref}, repository does not exist`);
    this.images.set(ref, image);
  }

  async volumeExists(name: string): Promise<boolean> {
    this.log.push(`volumeExists ${name}`);
    this.fail('volumeExists');
    return this.volumes.has(name);
  }

  async createVolume(name: string): Promise<void> {
    this.log.push(`createVolume ${name}`);
    this.fail('createVolume');
    this.volumes.add(name);
  }

  async createContainer(spec: ContainerSpec & { name?: string }): Promise<string> {
    this.log.push(`createContainer ${spec.name ?? ''}`.trim());
    this.fail('createContainer');
    if (spec.name && this.container(spec.name)) throw new EngineApiError(409, `Conflict. The container name "/${spec.name}" is already in use (HTTP 409)`);
    const Id = `c${++this.ids}`;
    const image = this.images.get(spec.Image);
    this.containers.set(Id, { Id, Image: image?.Id ?? spec.Image, name: spec.name ?? Id, spec, State: { Running: false, Status: 'created' }, Config: { Labels: spec.Labels } });
    return Id;
  }

  async startContainer(id: string): Promise<void> {
    this.log.push(`startContainer ${id}`);
    this.fail('startContainer');
    const c = this.container(id);
    if (!c) throw new EngineApiError(404, `No such container: ${id} (HTTP 404)`);
    c.State = { Running: true, Status: 'running', StartedAt: '2026-12-07T00:00:00Z' };
  }

  async exec(container: string, cmd: string[], opts: { stdin?: Buffer | Readable; onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void; streamStdout?: boolean } = {}): Promise<{ exitCode: number; stdout: Buffer; stderr: Buffer }> {
    this.log.push(`exec ${container} ${cmd[0]}`);
    this.fail('exec');
    const stdin = opts.stdin ? (Buffer.isBuffer(opts.stdin) ? opts.stdin : await readAll(opts.stdin)) : undefined;
    const answer = this.execScript.map((f) => f({ container, cmd, stdin })).find((a) => a !== undefined) ?? {};
    const stdout = Buffer.from(answer.stdout ?? '');
    const stderr = Buffer.from(answer.stderr ?? '');
    if (stdout.length) opts.onOutput?.(stdout, 'stdout');
    if (stderr.length) opts.onOutput?.(stderr, 'stderr');
    return { exitCode: answer.exitCode ?? 0, stdout: opts.streamStdout ? Buffer.alloc(0) : stdout, stderr };
  }

  async getArchive(container: string, containerPath: string): Promise<NodeJS.ReadableStream> {
    this.log.push(`getArchive ${container} ${containerPath}`);
    this.fail('getArchive');
    const body = this.served.get(containerPath);
    if (!body) throw new EngineApiError(404, `Could not find the file ${containerPath} in container ${container} (HTTP 404)`);
    return Readable.from([body]);
  }

  async putArchive(container: string, containerPath: string, tar: Readable | NodeJS.ReadableStream): Promise<void> {
    this.log.push(`putArchive ${container} ${containerPath}`);
    this.fail('putArchive');
    this.archives.set(`${container}:${containerPath}`, await readAll(tar));
  }
}
