/**
 * deploy_image oci:DIR: ships the layout's image to a host over the SSH connection gantry holds.
 * The runner serves the layout read-only on its loopback (layout-registry.ts); the host reaches
 * it through a remote forward on its own loopback and its engine pulls 127.0.0.1:PORT/...@digest
 * (engines trust loopback registries over plain HTTP), fetching only the layers it lacks. A host
 * that refuses forwarding gets the image streamed into `docker load` over an exec session, again
 * without the layers it holds; the host `local` loads it the same way into the runner's engine.
 */
import * as fs from 'fs';
import { Readable } from 'stream';
import { HostConnection, RemoteForward } from '../connection/host-connection';
import { OciImage, blobPath, indexPlatforms, pickPlatform, platformImage, platformText } from '../spec/oci-image';
import { LayoutRegistry, serveLayout } from './layout-registry';
import { parseRepository } from '../../image-ref';

/** One rollout's image from a layout: the registry starts when a host first needs it and stops with the rollout. */
export class OciSource {
  private served?: Promise<LayoutRegistry>;
  private closed = false;

  constructor(readonly image: OciImage) {}

  /** The name every host keeps the image under: repository:oci-<first 12 hex digits of its digest>. */
  get hostRef(): string {
    return `${this.image.repository}:oci-${this.image.digest.slice('sha256:'.length, 'sha256:'.length + 12)}`;
  }

  /** The layout's own tag on the same repository, when it has one. */
  get alsoTag(): string {
    return this.image.tag ? `${this.image.repository}:${this.image.tag}` : '';
  }

  /** The layers' uncompressed digests, bottom first (from the config), for a host to say which it holds. */
  diffIds(image: OciImage = this.image): string[] {
    if (!image.config) return [];
    const config = JSON.parse(fs.readFileSync(blobPath(image.dir, image.config.digest), 'utf8')) as { rootfs?: { diff_ids?: string[] } };
    return config.rootfs?.diff_ids ?? [];
  }

  registry(): Promise<LayoutRegistry> {
    if (this.closed) return Promise.reject(new Error('the rollout has ended: the image is no longer served'));
    this.served ??= serveLayout(this.image, parseRepository(this.image.repository).path);
    return this.served;
  }

  /** Stops the registry (and cuts what it still sends); forwards are closed with their hosts. */
  async close(): Promise<void> {
    this.closed = true;
    const served = this.served;
    this.served = undefined;
    if (served) await (await served.catch(() => undefined))?.close();
  }

  /**
   * The image (or `image`, one platform's of an index) as a docker-archive tar for `docker load`,
   * named with `tags`. The first `held` layers are left out: the engine finds them by their chain
   * and never opens their files.
   */
  archive(held: number, tags: readonly string[], image: OciImage = this.image): { stream: Readable; size: number } {
    if (!image.config) throw new Error(`${image.digest} is an index of several platforms: docker load takes one platform's image of it`);
    const config = image.config;
    const files: Array<{ name: string; file: string; size: number }> = [{ name: `${config.digest.slice(7)}.json`, file: blobPath(image.dir, config.digest), size: config.size }];
    const layers = image.layers.map((l) => `${l.digest.slice(7)}.layer`);
    image.layers.forEach((l, i) => {
      if (i >= held) files.push({ name: layers[i], file: blobPath(image.dir, l.digest), size: fs.statSync(blobPath(image.dir, l.digest)).size });
    });
    const manifest = Buffer.from(JSON.stringify([{ Config: files[0].name, RepoTags: tags, Layers: layers }]));
    const size = tarSize([manifest.length, ...files.map((f) => f.size)]);
    async function* entries(): AsyncGenerator<Buffer> {
      yield tarHeader('manifest.json', manifest.length);
      yield manifest;
      yield pad(manifest.length);
      for (const f of files) {
        yield tarHeader(f.name, f.size);
        for await (const chunk of fs.createReadStream(f.file)) yield chunk as Buffer;
        yield pad(f.size);
      }
      yield Buffer.alloc(1024);
    }
    return { stream: Readable.from(entries()), size };
  }
}

const BLOCK = 512;

function pad(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

function tarSize(sizes: number[]): number {
  return sizes.reduce((n, s) => n + BLOCK + s + pad(s).length, 0) + 1024;
}

/** A ustar header of a regular file with a short name (the archive's names are digests). */
function tarHeader(name: string, size: number): Buffer {
  const b = Buffer.alloc(BLOCK);
  const put = (off: number, len: number, text: string) => b.write(text, off, len, 'ascii');
  const octal = (off: number, len: number, n: number) => put(off, len, `${n.toString(8).padStart(len - 1, '0')}\0`);
  put(0, 100, name);
  octal(100, 8, 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, 0);
  b.fill(0x20, 148, 156);
  put(156, 1, '0');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  let sum = 0;
  for (const byte of b) sum += byte;
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return b;
}

/**
 * "the host's disk is full (no space left on device): " when a failure's text says so (the
 * engine ran out of room while it received the image), else ''; the step scripts' diskfull says
 * the same for a pull.
 */
export function diskFull(text: string): string {
  return /no space left on device/i.test(text) ? "the host's disk is full (no space left on device): " : '';
}

/** How the image reached a host. */
export type Shipped = 'present' | 'forward' | 'load';

export interface ShipOptions {
  readonly conn: HostConnection;
  readonly source: OciSource;
  /**
   * Runs oci-pull on the host with this pull reference ('' only asks) and returns its values;
   * `diffIds` (one platform's of an index) replace the image's own for held_layers.
   */
  readonly pull: (pullRef: string, diffIds?: readonly string[]) => Promise<Record<string, string>>;
  /** Said once for this host when it refuses forwarding and the image goes through docker load. */
  readonly warn: (line: string) => void;
  /** The forward this host run keeps open until it closes. */
  readonly keep: (forward: RemoteForward) => void;
  readonly loadTimeoutSeconds: number;
}

/** Makes the image present on the host (tagged under its names); returns how and the bytes sent. */
export async function shipImage(o: ShipOptions): Promise<{ values: Record<string, string>; via: Shipped; bytes: number }> {
  const first = await o.pull('');
  if (first.have === '1') return { values: first, via: 'present', bytes: 0 };
  if (o.conn.forwardToRunner) {
    const registry = await o.source.registry();
    let forward: RemoteForward | undefined;
    try {
      forward = await o.conn.forwardToRunner(registry.port);
    } catch (err) {
      o.warn(`the host refuses port forwarding (${(err as Error).message}; sshd's AllowTcpForwarding): the image goes into docker load over the SSH session instead`);
    }
    if (forward) {
      o.keep(forward);
      const values = await o.pull(`127.0.0.1:${forward.port}/${registry.name}@${o.source.image.digest}`);
      return { values, via: 'forward', bytes: forward.bytesSent() };
    }
  }
  if (!o.conn.execWithInput) throw new Error('this connection can neither forward a port nor stream into docker load');
  let image = o.source.image;
  let held = first.held_layers;
  if (!image.config) {
    // An index: docker load takes one image, the one for the host engine's platform.
    const entries = indexPlatforms(image);
    const entry = pickPlatform(entries, first.platform ?? '');
    if (!entry) throw new Error(`${image.digest} is an index with no image for the host's platform ${first.platform || '(the engine did not say)'}; it holds ${entries.map(platformText).join(', ') || 'no platform image'}`);
    image = platformImage(image, entry);
    const ids = o.source.diffIds(image);
    held = ids.length ? (await o.pull('', ids)).held_layers : '0';
  }
  const tags = [o.source.hostRef, ...(o.source.alsoTag ? [o.source.alsoTag] : [])];
  const { stream, size } = o.source.archive(Math.max(0, Number(held ?? '0') || 0), tags, image);
  const r = await o.conn.execWithInput('docker load -q', stream, o.loadTimeoutSeconds);
  if (r.code !== 0) {
    const why = r.lost ?? ((r.stderr || r.stdout).trim().split('\n').pop() ?? `exit ${r.code}`);
    throw new Error(`${diskFull(why)}docker load of ${o.source.image.digest} failed: ${why.slice(0, 400)}`);
  }
  const values = await o.pull('');
  if (values.have !== '1') throw new Error(`docker load finished but the image ${o.source.image.configDigest || o.source.image.digest} is not on the host`);
  return { values, via: 'load', bytes: size };
}
