import { createHash } from 'crypto';
import * as zlib from 'zlib';

/**
 * Layer tars and gzip streams that depend only on their entries: entries in the order of a
 * depth-first walk with sorted names (what the engine's own layer diffs hold), every header
 * field fixed by the entry (no host user names, no access or change times, no device numbers),
 * and gzip with a fixed level, no file name, no mtime and a fixed OS byte.
 */

export type EntryType = 'file' | 'dir' | 'symlink';

export interface TarEntry {
  /** Path inside the image without a leading slash, e.g. usr/local/bin/hello (folders without a trailing slash). */
  path: string;
  type: EntryType;
  /** Permission bits, e.g. 0o755. */
  mode: number;
  /** Seconds since the epoch. */
  mtime: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  body?: Buffer;
  linkname?: string;
}

const BLOCK = 512;

/** Walk order: a folder, then its children by name, each child's subtree before the next child. */
export function compareWalkOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** The folders above each entry that are not entries themselves, made with `dir`'s attributes. */
export function withParents(entries: TarEntry[], dir: Omit<TarEntry, 'path' | 'type' | 'body' | 'linkname'>): TarEntry[] {
  const have = new Set(entries.map((e) => e.path));
  const out = [...entries];
  for (const e of entries) {
    const parts = e.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!have.has(p)) {
        have.add(p);
        out.push({ ...dir, path: p, type: 'dir' });
      }
    }
  }
  return out;
}

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar: '${value}' does not fit a ${length}-byte field`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  const text = value.toString(8);
  if (text.length > length - 1) throw new Error(`tar: ${value} does not fit a ${length}-byte field`);
  writeString(block, offset, length, text.padStart(length - 1, '0'));
}

/**
 * The ustar name/prefix split Go's archive/tar makes (the engine's layers are written by it):
 * the last '/' within the first 156 bytes, or undefined when the path needs a PAX record.
 */
export function splitName(name: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' };
  if (!/^[\x00-\x7f]*$/.test(name)) return undefined;
  let length = name.length;
  if (length > 156) length = 156;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const suffix = name.length - i - 1;
  if (i <= 0 || suffix > 100 || suffix === 0 || i > 155) return undefined;
  return { prefix: name.slice(0, i), name: name.slice(i + 1) };
}

interface HeaderFields {
  name: string;
  prefix: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
  uname: string;
  gname: string;
  /** Device number fields written as zeros (regular headers) or left empty (PAX records). */
  devices: boolean;
}

function header(f: HeaderFields): Buffer {
  const b = Buffer.alloc(BLOCK);
  writeString(b, 0, 100, f.name);
  writeOctal(b, 100, 8, f.mode);
  writeOctal(b, 108, 8, f.uid);
  writeOctal(b, 116, 8, f.gid);
  writeOctal(b, 124, 12, f.size);
  writeOctal(b, 136, 12, f.mtime);
  b.fill(0x20, 148, 156);
  writeString(b, 156, 1, f.typeflag);
  writeString(b, 157, 100, f.linkname);
  writeString(b, 257, 6, 'ustar');
  writeString(b, 263, 2, '00');
  writeString(b, 265, 32, f.uname);
  writeString(b, 297, 32, f.gname);
  if (f.devices) {
    writeOctal(b, 329, 8, 0);
    writeOctal(b, 337, 8, 0);
  }
  writeString(b, 345, 155, f.prefix);
  let sum = 0;
  for (const byte of b) sum += byte;
  writeString(b, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return b;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

const TYPEFLAG: Record<EntryType, string> = { file: '0', dir: '5', symlink: '2' };
/** The file type bits the engine keeps in a header's mode field (S_IFREG, S_IFDIR, S_IFLNK). */
const TYPE_BITS: Record<EntryType, number> = { file: 0o100000, dir: 0o40000, symlink: 0o120000 };

/**
 * The tar bytes of `entries`, sorted in walk order, each header as the engine's layer diffs
 * write it (Go's archive/tar in PAX mode): folder names end in '/', the mode field holds the
 * file type bits, device fields are zeros, a name too long for ustar goes in a PAX record.
 */
export function tarBytes(entries: TarEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => compareWalkOrder(a.path, b.path));
  const parts: Buffer[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].path === sorted[i - 1].path) throw new Error(`tar: '${sorted[i].path}' is listed twice`);
  }
  for (const e of sorted) {
    if (!e.path || e.path.startsWith('/') || e.path.endsWith('/')) throw new Error(`tar: '${e.path}' is not a relative path`);
    const name = e.type === 'dir' ? `${e.path}/` : e.path;
    const body = e.type === 'file' ? e.body ?? Buffer.alloc(0) : Buffer.alloc(0);
    const linkname = e.type === 'symlink' ? e.linkname ?? '' : '';
    const split = splitName(name);
    const pax: string[] = [];
    if (Buffer.byteLength(linkname) > 100) pax.push(paxRecord('linkpath', linkname));
    if (!split) pax.push(paxRecord('path', name));
    if (pax.length) {
      const data = Buffer.from(pax.join(''), 'utf8');
      // Go's path.Join(path.Split(name) around "PaxHeaders.0").
      const slash = name.lastIndexOf('/');
      const paxName = [name.slice(0, slash + 1).replace(/\/+$/, ''), 'PaxHeaders.0', name.slice(slash + 1)].filter(Boolean).join('/').slice(0, 100).replace(/\/+$/, '');
      parts.push(header({ name: paxName, prefix: '', mode: 0, uid: 0, gid: 0, size: data.length, mtime: 0, typeflag: 'x', linkname: '', uname: '', gname: '', devices: false }), data, padding(data.length));
    }
    parts.push(
      header({
        name: split ? split.name : name.slice(0, 100),
        prefix: split ? split.prefix : '',
        mode: TYPE_BITS[e.type] | (e.mode & 0o7777),
        uid: e.uid,
        gid: e.gid,
        size: body.length,
        mtime: e.mtime,
        typeflag: TYPEFLAG[e.type],
        linkname: Buffer.byteLength(linkname) > 100 ? linkname.slice(0, 100) : linkname,
        uname: e.uname,
        gname: e.gname,
        devices: true,
      }),
    );
    if (body.length) parts.push(body, padding(body.length));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** The gzip level every layer is compressed with (changing it changes every digest): the fastest, about twice level 6's speed for 7% more bytes. */
export const GZIP_LEVEL = 1;
/** Layers are deflated in pieces of this size, in parallel; changing it changes every digest. */
export const GZIP_CHUNK = 1 << 20;
const WINDOW = 32 * 1024;

const deflateRaw = (data: Buffer, options: zlib.ZlibOptions) =>
  new Promise<Buffer>((resolve, reject) => zlib.deflateRaw(data, options, (err, out) => (err ? reject(err) : resolve(out))));

let crcTable: Int32Array | undefined;
function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data);
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * gzip with no name, no mtime and the Unix OS byte; the data is deflated in fixed pieces at once
 * (each primed with the 32 KiB before it, as pigz does), so the bytes depend only on the data,
 * the level and the piece size, never on the number of threads.
 */
export async function reproducibleGzip(data: Buffer, level = GZIP_LEVEL): Promise<Buffer> {
  const pieces: Array<Promise<Buffer>> = [];
  for (let offset = 0; offset < data.length || offset === 0; offset += GZIP_CHUNK) {
    const end = Math.min(offset + GZIP_CHUNK, data.length);
    const last = end >= data.length;
    const options: zlib.ZlibOptions = { level, memLevel: 8, windowBits: 15, strategy: zlib.constants.Z_DEFAULT_STRATEGY, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
    if (offset > 0) options.dictionary = data.subarray(Math.max(0, offset - WINDOW), offset);
    pieces.push(deflateRaw(data.subarray(offset, end), options));
    if (last) break;
  }
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([header, ...(await Promise.all(pieces)), trailer]);
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A layer: its uncompressed tar (diff id) and its gzip blob (digest). */
export interface Layer {
  diffId: string;
  digest: string;
  size: number;
  /** The gzip blob (absent for a base layer the registry holds and nothing has read). */
  blob?: Buffer;
  /** The uncompressed tar, for loading into the engine (absent when not at hand). */
  tar?: Buffer;
  /** The uncompressed size when the tar is not at hand (a layer known by its descriptor only). */
  tarSize?: number;
  mediaType: string;
}

export const LAYER_MEDIA_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

/** An uncompressed layer's media type: what a layer only loaded into the engine is (docker load takes the tar as it is). */
export const TAR_LAYER_MEDIA_TYPE = 'application/vnd.docker.image.rootfs.diff.tar';

export async function layerOf(entries: TarEntry[], level = GZIP_LEVEL): Promise<Layer> {
  return compressed(tarBytes(entries), level);
}

/** A layer from its tar, gzipped reproducibly. */
export async function compressed(tar: Buffer, level = GZIP_LEVEL): Promise<Layer> {
  const gzip = reproducibleGzip(tar, level);
  // The diff id is hashed here while the pieces deflate on the thread pool.
  const diffId = sha256(tar);
  const blob = await gzip;
  return { diffId, digest: sha256(blob), size: blob.length, blob, tar, mediaType: LAYER_MEDIA_TYPE };
}

/**
 * A layer left uncompressed, for an image that is only loaded into the engine: the engine keys
 * layers by their diff id (the image id, the config's digest, does not change), so the gzip
 * blob would be made for nothing. Its digest is the diff id and its blob undefined.
 */
export function uncompressedLayerOf(entries: TarEntry[]): Layer {
  const tar = tarBytes(entries);
  const diffId = sha256(tar);
  return { diffId, digest: diffId, size: tar.length, tar, mediaType: TAR_LAYER_MEDIA_TYPE };
}
