import * as path from 'path';
import * as zlib from 'zlib';
import { readTarEntries } from '../buildkit/export-files';

/**
 * Files of a runtime base read from its layers as the registry holds them (gzip tars), for what
 * looks inside an image without an engine (the SBOM's OS packages on the host path). Layers are
 * applied bottom to top: a later file replaces an earlier one, a whiteout (.wh.NAME) or an opaque
 * folder marker (.wh..wh..opq) removes what the layers below gave.
 */

export type BaseFiles = (files: string[]) => Promise<Map<string, Buffer>>;

function clean(name: string): string {
  return `/${path.posix.normalize(name.replace(/^\.?\/+/, ''))}`.replace(/\/$/, '');
}

/** The wanted files as the stacked layers leave them (absent ones are not in the map). */
export async function filesFromLayers(layers: Array<() => Promise<Buffer>>, wanted: string[]): Promise<Map<string, Buffer>> {
  const want = new Set(wanted.map(clean));
  const found = new Map<string, Buffer>();
  for (const read of layers) {
    const blob = await read();
    const tar = blob[0] === 0x1f && blob[1] === 0x8b ? zlib.gunzipSync(blob) : blob;
    for (const e of await readTarEntries(tar)) {
      const name = clean(e.header.name);
      const base = path.posix.basename(name);
      const dir = path.posix.dirname(name);
      if (base === '.wh..wh..opq') {
        for (const f of [...found.keys()]) if (f.startsWith(`${dir === '/' ? '' : dir}/`)) found.delete(f);
      } else if (base.startsWith('.wh.')) {
        const gone = path.posix.join(dir, base.slice(4));
        for (const f of [...found.keys()]) if (f === gone || f.startsWith(`${gone}/`)) found.delete(f);
      } else if (want.has(name)) {
        if (e.header.type === 'file') found.set(name, e.body);
        else found.delete(name);
      }
    }
  }
  return found;
}

/** A reader over a base's layers; the blobs are fetched only when files are asked for, once. */
export function baseFiles(layers: Array<() => Promise<Buffer>>): BaseFiles {
  const cache = new Map<string, Promise<Map<string, Buffer>>>();
  return (files) => {
    const key = files.join('\n');
    let p = cache.get(key);
    if (!p) {
      p = filesFromLayers(layers, files);
      cache.set(key, p);
    }
    return p;
  };
}
