/**
 * A read-only registry serving one image of an OCI layout, on the runner's loopback: what a host's
 * engine pulls from through an SSH remote port forward (oci-transport.ts). It answers the pull
 * side of the distribution API only (GET and HEAD of /v2/, of this image's manifests by digest or
 * tag, of its blobs), for the one repository name it was given; anything else is 404 or 405.
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import { OciImage, blobPath } from '../spec/oci-image';

export interface LayoutRegistry {
  readonly port: number;
  /** The repository path hosts pull (127.0.0.1:PORT/<name>@digest). */
  readonly name: string;
  /** Bytes of manifests and blobs sent so far, all clients together. */
  readonly bytesServed: () => number;
  /** Stops listening and cuts every open connection. */
  close(): Promise<void>;
}

interface Served {
  readonly file: string;
  readonly size: number;
  readonly mediaType: string;
}

function manifestType(file: string, fallback: string): string {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { mediaType?: string }).mediaType ?? fallback;
  } catch {
    return fallback;
  }
}

/** The manifests and blobs of the image (and, for an index, of each platform's image), by digest. */
function servedFiles(image: OciImage): { manifests: Map<string, Served>; blobs: Map<string, Served> } {
  const manifests = new Map<string, Served>();
  const blobs = new Map<string, Served>();
  const addManifest = (digest: string, fallbackType: string) => {
    const file = blobPath(image.dir, digest);
    const body = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      mediaType?: string; config?: { digest: string; size: number; mediaType?: string };
      layers?: Array<{ digest: string; size: number; mediaType?: string }>; manifests?: Array<{ digest: string; mediaType?: string }>;
    };
    manifests.set(digest, { file, size: fs.statSync(file).size, mediaType: body.mediaType ?? fallbackType });
    for (const b of [...(body.config ? [body.config] : []), ...(body.layers ?? [])]) {
      const f = blobPath(image.dir, b.digest);
      if (fs.existsSync(f)) blobs.set(b.digest, { file: f, size: fs.statSync(f).size, mediaType: 'application/octet-stream' });
    }
    for (const m of body.manifests ?? []) {
      if (fs.existsSync(blobPath(image.dir, m.digest))) addManifest(m.digest, m.mediaType ?? manifestType(blobPath(image.dir, m.digest), 'application/vnd.oci.image.manifest.v1+json'));
    }
  };
  addManifest(image.digest, image.mediaType);
  return { manifests, blobs };
}

function notFound(res: http.ServerResponse, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ code, message }] });
  res.writeHead(404, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Starts the registry on 127.0.0.1, a port the system picks; `name` is the one repository it answers for. */
export async function serveLayout(image: OciImage, name: string): Promise<LayoutRegistry> {
  const { manifests, blobs } = servedFiles(image);
  let served = 0;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    res.setHeader('Docker-Distribution-API-Version', 'registry/2.0');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
      res.end();
      return;
    }
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/v2/' || url === '/v2') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 2 });
      res.end(req.method === 'HEAD' ? undefined : '{}');
      return;
    }
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url);
    if (!m || m[1] !== name) {
      notFound(res, 'NAME_UNKNOWN', `only ${name} is served here`);
      return;
    }
    const [, , kind, ref] = m;
    let digest = ref;
    if (kind === 'manifests' && !ref.includes(':')) {
      if (!image.tag || ref !== image.tag) {
        notFound(res, 'MANIFEST_UNKNOWN', `no tag ${ref}`);
        return;
      }
      digest = image.digest;
    }
    const entry = (kind === 'manifests' ? manifests : blobs).get(digest);
    if (!entry) {
      notFound(res, kind === 'manifests' ? 'MANIFEST_UNKNOWN' : 'BLOB_UNKNOWN', `${digest} is not part of this image`);
      return;
    }
    // An engine resumes a cut blob download with a byte range: answer it with 206, as registries do.
    const range = kind === 'blobs' ? /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? '')) : null;
    const start = range ? Number(range[1]) : 0;
    const end = range && range[2] ? Math.min(Number(range[2]), entry.size - 1) : entry.size - 1;
    if (range && (start > end || start >= entry.size)) {
      res.writeHead(416, { 'Content-Range': `bytes */${entry.size}`, 'Content-Length': 0 });
      res.end();
      return;
    }
    res.writeHead(range ? 206 : 200, {
      'Content-Type': entry.mediaType, 'Content-Length': end - start + 1, 'Docker-Content-Digest': digest, ETag: `"${digest}"`,
      ...(kind === 'blobs' ? { 'Accept-Ranges': 'bytes' } : {}), ...(range ? { 'Content-Range': `bytes ${start}-${end}/${entry.size}` } : {}),
    });
    if (req.method === 'HEAD' || entry.size === 0) {
      res.end();
      return;
    }
    const stream = fs.createReadStream(entry.file, { start, end });
    stream.on('data', (c) => {
      served += c.length;
    });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  // Engines keep connections for the next blob: a short idle close races with their reuse.
  server.keepAliveTimeout = 120_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    port,
    name,
    bytesServed: () => served,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return closed;
    },
  };
}
