import * as tarStream from 'tar-stream';
import * as zlib from 'zlib';
import { compareWalkOrder, GZIP_CHUNK, layerOf, reproducibleGzip, sha256, tarBytes, TarEntry, withParents } from '../../../../src/image/direct/reproducible-tar';

interface Read {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  linkname: string | null | undefined;
  body: string;
}

/** The entries of a tar as another reader sees them. */
function readTar(tar: Buffer): Promise<Read[]> {
  const extract = tarStream.extract();
  const out: Read[] = [];
  return new Promise((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        out.push({ name: h.name, type: h.type as string, mode: h.mode as number, uid: h.uid as number, gid: h.gid as number, uname: h.uname as string, gname: h.gname as string, mtime: (h.mtime as Date).getTime() / 1000, linkname: h.linkname, body: Buffer.concat(chunks).toString() });
        next();
      });
    });
    extract.on('finish', () => resolve(out));
    extract.on('error', reject);
    extract.end(tar);
  });
}

const root = { uid: 0, gid: 0, uname: 'root', gname: 'root' };
const file = (p: string, body: string, mtime = 0): TarEntry => ({ ...root, path: p, type: 'file', mode: 0o644, mtime, body: Buffer.from(body) });

describe('reproducible tar', () => {
  test('walk order: a folder, then its subtree, before the next sibling (not plain string order)', () => {
    const paths = ['a-c', 'a/b', 'a', 'b', 'a/b/c', 'A'];
    expect([...paths].sort(compareWalkOrder)).toEqual(['A', 'a', 'a/b', 'a/b/c', 'a-c', 'b']);
  });

  test('entries sorted, parent folders added, every header field fixed', async () => {
    const entries = withParents([file('etc/ssl/certs/ca.crt', 'CERT'), file('etc/group', 'g')], { ...root, mode: 0o755, mtime: 0 });
    const tar = tarBytes(entries);
    expect(tar.length % 512).toBe(0);
    const read = await readTar(tar);
    expect(read.map((e) => e.name)).toEqual(['etc/', 'etc/group', 'etc/ssl/', 'etc/ssl/certs/', 'etc/ssl/certs/ca.crt']);
    expect(read[0]).toMatchObject({ type: 'directory', mode: 0o40755, uid: 0, gid: 0, uname: 'root', gname: 'root', mtime: 0 });
    expect(read[4]).toMatchObject({ type: 'file', mode: 0o100644, body: 'CERT', mtime: 0 });
  });

  test('the same entries in any order give the same bytes', () => {
    const a = [file('b', '2'), file('a', '1'), { ...root, path: 'l', type: 'symlink' as const, mode: 0o777, mtime: 5, linkname: 'a' }];
    expect(tarBytes(a).equals(tarBytes([...a].reverse()))).toBe(true);
  });

  test('long names: ustar prefix when a split fits, a PAX record when none does', async () => {
    const split = `${'d'.repeat(80)}/${'f'.repeat(90)}`;
    const long = 'x'.repeat(130);
    const link = { ...root, path: 'link', type: 'symlink' as const, mode: 0o777, mtime: 0, linkname: 'y'.repeat(120) };
    const read = await readTar(tarBytes([file(split, 's'), file(long, 'l'), link]));
    expect(read.map((e) => e.name)).toEqual([split, 'link', long]);
    expect(read[1].linkname).toBe('y'.repeat(120));
    expect(read[2].body).toBe('l');
  });

  test('a path listed twice or absolute is refused', () => {
    expect(() => tarBytes([file('a', '1'), file('a', '2')])).toThrow(/listed twice/);
    expect(() => tarBytes([file('/a', '1')])).toThrow(/not a relative path/);
  });

  test('gzip: no name, mtime 0, Unix OS byte, same bytes every time, and it decompresses to the tar', async () => {
    const tar = tarBytes([file('a', 'x'.repeat(10000))]);
    const gz = await reproducibleGzip(tar);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(3);
    expect((await reproducibleGzip(tar)).equals(gz)).toBe(true);
    expect(zlib.gunzipSync(gz).equals(tar)).toBe(true);
  });

  test('gzip in parallel pieces: several MB (and empty data) decompress to the input, the same bytes every time', async () => {
    const data = Buffer.alloc(3 * GZIP_CHUNK + 12345);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251 ^ (i >> 12);
    const gz = await reproducibleGzip(data);
    expect(zlib.gunzipSync(gz).equals(data)).toBe(true);
    expect(gz.length).toBeLessThan(data.length);
    expect((await reproducibleGzip(data)).equals(gz)).toBe(true);
    expect(gz.readUInt32LE(gz.length - 4)).toBe(data.length);
    expect(zlib.gunzipSync(await reproducibleGzip(Buffer.alloc(0))).length).toBe(0);
    const exact = Buffer.alloc(2 * GZIP_CHUNK, 1);
    expect(zlib.gunzipSync(await reproducibleGzip(exact)).equals(exact)).toBe(true);
  });

  test('a layer: diff id of the tar, digest and size of the gzip', async () => {
    const layer = await layerOf([file('a', 'hello')]);
    expect(layer.diffId).toBe(sha256(layer.tar as Buffer));
    expect(layer.digest).toBe(sha256(layer.blob as Buffer));
    expect(layer.size).toBe((layer.blob as Buffer).length);
    expect(layer.mediaType).toBe('application/vnd.docker.image.rootfs.diff.tar.gzip');
  });
});
