import * as zlib from 'zlib';
import * as tarStream from 'tar-stream';
import { filesFromLayers } from '../../../../src/image/host/base-files';

/** A gzip layer of [name, content | null (a folder)] entries. */
function layer(entries: Array<[string, string | null]>): () => Promise<Buffer> {
  return () => new Promise((resolve, reject) => {
    const pack = tarStream.pack();
    const chunks: Buffer[] = [];
    pack.on('data', (c: Buffer) => chunks.push(c));
    pack.on('end', () => resolve(zlib.gzipSync(Buffer.concat(chunks))));
    pack.on('error', reject);
    for (const [name, body] of entries) {
      if (body === null) pack.entry({ name, type: 'directory' });
      else pack.entry({ name, type: 'file' }, body);
    }
    pack.finalize();
  });
}

const text = (m: Map<string, Buffer>) => Object.fromEntries([...m].map(([k, v]) => [k, v.toString()]));

describe('files of a base read from its layers', () => {
  test('a later layer replaces a file; paths are matched with or without ./', async () => {
    const got = await filesFromLayers([layer([['./etc/os-release', 'ID=debian'], ['var/lib/dpkg/status', 'old']]), layer([['var/lib/dpkg/status', 'new']])], ['/etc/os-release', '/var/lib/dpkg/status', '/lib/apk/db/installed']);
    expect(text(got)).toEqual({ '/etc/os-release': 'ID=debian', '/var/lib/dpkg/status': 'new' });
  });

  test('a whiteout removes a file, an opaque marker a folder\'s contents', async () => {
    const got = await filesFromLayers([
      layer([['etc/os-release', 'ID=debian'], ['var/lib/dpkg/status', 'pkgs']]),
      layer([['etc/.wh.os-release', ''], ['var/lib/dpkg/.wh..wh..opq', '']]),
    ], ['/etc/os-release', '/var/lib/dpkg/status']);
    expect(text(got)).toEqual({});
  });

  test('a file after a whiteout in a higher layer is there again', async () => {
    const got = await filesFromLayers([layer([['etc/os-release', 'a']]), layer([['etc/.wh.os-release', '']]), layer([['etc/os-release', 'b']])], ['/etc/os-release']);
    expect(text(got)).toEqual({ '/etc/os-release': 'b' });
  });
});
