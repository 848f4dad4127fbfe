import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { Readable } from 'stream';
import * as tarFs from 'tar-fs';
import * as tarStream from 'tar-stream';
import { Engine, StreamMessage } from '../../engine/docker';
import { decodeStatus } from './buildkit-trace';

/**
 * Small helper builds and getting files out of the engine, through the Engine API only (no
 * CLI, no buildx, no session): a build whose last stage holds the files, a container created
 * (never started) from it, and its archive. The cache folder and binaries_dir use this.
 */

export interface HelperBuildResult {
  imageId: string;
  /** What the build's RUN steps printed (BuildKit's vertex logs), in order. */
  logs: string;
}

/** A tar holding only `files` (name -> content): a context without anything from disk. */
export function filesTar(files: Record<string, string>): Readable {
  const pack = tarStream.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name, mode: 0o644, mtime: new Date(0) }, content);
  pack.finalize();
  return pack as unknown as Readable;
}

/** A fresh value for the GANTRY_NONCE build argument, so a helper step always runs. */
export function nonce(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Runs a helper build: the Dockerfile must be in the context as `Dockerfile`. The nonce goes in
 * as the build argument GANTRY_NONCE (declare `ARG GANTRY_NONCE` before the steps that must
 * run): BuildKit's own no-cache would also empty the cache mounts, which is the opposite of
 * what these builds are for.
 */
export async function helperBuild(engine: Engine, context: Readable, opts: { tag?: string; debug?: (m: string) => void } = {}): Promise<HelperBuildResult> {
  let imageId = '';
  const logs: string[] = [];
  const options: Record<string, unknown> = { dockerfile: 'Dockerfile', networkmode: 'none', buildargs: { GANTRY_NONCE: nonce() }, rm: true };
  if (opts.tag) options.t = opts.tag;
  try {
    await engine.build(context, options, (m: StreamMessage) => {
      if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string') {
        for (const l of decodeStatus(m.aux).logs) logs.push(l.data.toString('utf8'));
      } else if (m.id === 'moby.image.id') imageId = (m.aux as { ID: string }).ID;
    });
  } catch (err) {
    const tail = logs.join('').trim().split('\n').slice(-5).join(' | ');
    throw new Error(`${err instanceof Error ? err.message : String(err)}${tail ? ` (${tail})` : ''}`);
  }
  return { imageId, logs: logs.join('') };
}

/** Streams `containerPath` out of an image (see Engine.withImageArchive). */
export function withImageArchive<T>(engine: Engine, image: string, containerPath: string, consume: (tar: NodeJS.ReadableStream) => Promise<T>): Promise<T> {
  return engine.withImageArchive(image, containerPath, consume);
}

export function removeImage(engine: Engine, image: string): Promise<void> {
  return engine.removeImage(image, { force: true });
}

/**
 * Unpacks an archive whose entries start with `prefix/` into `dest`, dropping the prefix.
 * Owners are not restored (the files belong to whoever runs gantry); modes and times are.
 */
export function extractUnder(archive: NodeJS.ReadableStream, prefix: string, dest: string): Promise<void> {
  fs.mkdirSync(dest, { recursive: true });
  const strip = `${prefix.replace(/^\/+|\/+$/g, '')}/`;
  return new Promise((resolve, reject) => {
    const extract = tarFs.extract(dest, {
      // map runs first: entries outside the prefix (and the prefix itself) become '.', then ignored.
      map: (header: tarStream.Headers) => {
        header.name = header.name.startsWith(strip) ? header.name.slice(strip.length) || '.' : '.';
        const h = header as tarStream.Headers & { linkname?: string };
        if (h.linkname && header.type === 'link' && h.linkname.startsWith(strip)) h.linkname = h.linkname.slice(strip.length);
        return header;
      },
      ignore: (_name: string, header?: tarStream.Headers) => !header || header.name === '.' || header.name === './',
      chown: false,
    } as tarFs.ExtractOptions);
    extract.on('finish', () => resolve());
    extract.on('error', reject);
    archive.on('error', reject);
    archive.pipe(extract);
  });
}

/** Reads the one regular file of an archive (getArchive of a file) into `dest`, executable. */
export function extractSingleFile(archive: NodeJS.ReadableStream, dest: string): Promise<number> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  return new Promise((resolve, reject) => {
    const extract = tarStream.extract();
    let size = -1;
    extract.on('entry', (header, body, next) => {
      if (header.type !== 'file' || size >= 0) {
        body.resume();
        body.on('end', next);
        return;
      }
      const out = fs.createWriteStream(dest, { mode: 0o755 });
      size = 0;
      body.on('data', (c: Buffer) => (size += c.length));
      body.pipe(out);
      out.on('finish', () => next());
      out.on('error', reject);
    });
    extract.on('finish', () => (size >= 0 ? resolve(size) : reject(new Error('the archive held no file'))));
    extract.on('error', reject);
    archive.on('error', reject);
    archive.pipe(extract);
  });
}

/** A tar's entries read into memory, headers and bodies, in order (image archives, layers: small enough). */
export function readTarEntries(tar: NodeJS.ReadableStream | Buffer): Promise<Array<{ header: tarStream.Headers; body: Buffer }>> {
  const extract = tarStream.extract();
  const entries: Array<{ header: tarStream.Headers; body: Buffer }> = [];
  return new Promise((resolve, reject) => {
    extract.on('entry', (header, body, next) => {
      const chunks: Buffer[] = [];
      body.on('data', (c: Buffer) => chunks.push(c));
      body.on('end', () => {
        entries.push({ header, body: Buffer.concat(chunks) });
        next();
      });
      body.on('error', reject);
    });
    extract.on('finish', () => resolve(entries));
    extract.on('error', reject);
    if (Buffer.isBuffer(tar)) {
      extract.end(tar);
    } else {
      tar.on('error', reject);
      tar.pipe(extract);
    }
  });
}
