import { Readable } from 'stream';
import * as tarStream from 'tar-stream';

/**
 * Searches a built image for secret values before it is pushed: the config (env, labels,
 * history), every layer's files and their names, as `docker save` gives them (layers as
 * plain tar). Content compressed inside a layer (a .gz file) is not opened.
 */
export interface Needle {
  /** The secret's id, for messages; never its value. */
  id: string;
  bytes: Buffer;
}

export interface ScanHit {
  id: string;
  /** e.g. "layer 3 (RUN cat /run/secrets/datakey > /app/key), file app/key" */
  where: string;
}

/** Finds needles in a stream of chunks, across chunk boundaries. */
export class NeedleMatcher {
  private tail = Buffer.alloc(0);
  private readonly keep: number;
  readonly found = new Set<string>();

  constructor(private readonly needles: Needle[]) {
    this.keep = Math.max(0, ...needles.map((n) => n.bytes.length - 1));
  }

  push(chunk: Buffer): void {
    const buf = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    for (const n of this.needles) if (!this.found.has(n.id) && n.bytes.length && buf.includes(n.bytes)) this.found.add(n.id);
    this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - this.keep)));
  }
}

interface RawHit {
  id: string;
  entry: string;
  file?: string;
}

interface SaveManifest {
  Config: string;
  Layers: string[];
}

interface ImageConfig {
  history?: Array<{ created_by?: string; empty_layer?: boolean }>;
}

function readEntry(stream: Readable, onChunk: (b: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('data', onChunk);
    stream.on('end', resolve);
    stream.on('error', reject);
  });
}

/** Scans one layer tar: file names and contents. */
function scanLayer(layer: Readable, needles: Needle[], entry: string, hits: RawHit[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const inner = tarStream.extract();
    inner.on('entry', (header, stream, next) => {
      const matcher = new NeedleMatcher(needles);
      matcher.push(Buffer.from(`${header.name}\n${header.linkname ?? ''}\n`));
      readEntry(stream, (b) => matcher.push(b)).then(() => {
        for (const id of matcher.found) hits.push({ id, entry, file: header.name });
        next();
      }, reject);
    });
    inner.on('finish', resolve);
    inner.on('error', reject);
    layer.on('error', reject);
    layer.pipe(inner);
  });
}

function describe(hit: RawHit, manifest: SaveManifest | undefined, config: ImageConfig | undefined): string {
  if (manifest && hit.entry === manifest.Config) return 'the image config (env, labels, history)';
  const index = manifest ? manifest.Layers.indexOf(hit.entry) : -1;
  if (index >= 0) {
    const steps = (config?.history ?? []).filter((h) => !h.empty_layer);
    const step = steps[index]?.created_by?.replace(/\s+# buildkit$/, '');
    return `layer ${index + 1} of ${manifest?.Layers.length}${step ? ` (${step.length > 80 ? `${step.slice(0, 77)}...` : step})` : ''}, file /${hit.file ?? ''}`;
  }
  return hit.file ? `${hit.entry}, file /${hit.file}` : `the saved image's ${hit.entry}`;
}

/** Scans a `docker save` stream of one image; returns where each needle was found. */
export async function scanSavedImage(saved: NodeJS.ReadableStream, needles: Needle[]): Promise<ScanHit[]> {
  const usable = needles.filter((n) => n.bytes.length > 0);
  if (usable.length === 0) return [];
  const hits: RawHit[] = [];
  let manifest: SaveManifest | undefined;
  const jsons = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    const outer = tarStream.extract();
    outer.on('entry', (header, stream, next) => {
      if (header.name.endsWith('layer.tar') && header.type === 'file') {
        scanLayer(stream, usable, header.name, hits).then(() => next(), reject);
        return;
      }
      const matcher = new NeedleMatcher(usable);
      const chunks: Buffer[] = [];
      readEntry(stream, (b) => {
        matcher.push(b);
        if (header.name.endsWith('.json')) chunks.push(b);
      }).then(() => {
        for (const id of matcher.found) hits.push({ id, entry: header.name });
        if (chunks.length) jsons.set(header.name, Buffer.concat(chunks));
        next();
      }, reject);
    });
    outer.on('finish', resolve);
    outer.on('error', reject);
    (saved as Readable).on('error', reject);
    saved.pipe(outer);
  });
  const manifestText = jsons.get('manifest.json');
  if (manifestText) manifest = (JSON.parse(manifestText.toString('utf8')) as SaveManifest[])[0];
  let config: ImageConfig | undefined;
  const configText = manifest ? jsons.get(manifest.Config) : undefined;
  if (configText) config = JSON.parse(configText.toString('utf8')) as ImageConfig;
  return hits.map((h) => ({ id: h.id, where: describe(h, manifest, config) }));
}
