import * as tarStream from 'tar-stream';

export interface TarFileEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  mode: number;
  linkname: string;
  body: Buffer;
}

/** Every entry of an uncompressed tar stream, in order. */
export function readTarEntries(archive: NodeJS.ReadableStream): Promise<TarFileEntry[]> {
  return new Promise((resolve, reject) => {
    const out: TarFileEntry[] = [];
    const extract = tarStream.extract();
    extract.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const type = h.type === 'file' || h.type === 'directory' || h.type === 'symlink' ? h.type : 'other';
        out.push({ name: h.name, type, mode: (h.mode ?? 0o644) & 0o7777, linkname: h.linkname ?? '', body: Buffer.concat(chunks) });
        next();
      });
      stream.on('error', reject);
    });
    extract.on('finish', () => resolve(out));
    extract.on('error', reject);
    archive.on('error', reject);
    archive.pipe(extract);
  });
}
