import * as fs from 'fs';
import * as path from 'path';
import { MEDIA } from '../../registry/registry-client';
import { PublishBlob } from '../direct/registry-publish';

/**
 * An image written as an OCI image layout (oci-layout, index.json, blobs/sha256/...): where an
 * image goes when it is not pushed and no engine can load it. Blobs are written whole and
 * renamed, so a layout shared by several builds never holds half a blob; index.json lists one
 * entry per reference (org.opencontainers.image.ref.name), replacing an older one of that name.
 */
export async function writeOciLayout(o: { dir: string; blobs: PublishBlob[]; manifest: Buffer; manifestDigest: string; mediaType?: string; refs: string[] }): Promise<void> {
  const blobsDir = path.join(o.dir, 'blobs', 'sha256');
  fs.mkdirSync(blobsDir, { recursive: true });
  const put = (file: string, body: Buffer | string) => {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, body);
    fs.renameSync(tmp, file);
  };
  for (const b of o.blobs) {
    const file = path.join(blobsDir, b.digest.replace(/^sha256:/, ''));
    if (fs.existsSync(file)) continue;
    if (!b.read) throw new Error(`the ${b.what} (${b.digest}) cannot be read to write it into ${o.dir}`);
    put(file, await b.read());
  }
  put(path.join(blobsDir, o.manifestDigest.replace(/^sha256:/, '')), o.manifest);
  put(path.join(o.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const indexFile = path.join(o.dir, 'index.json');
  let manifests: Array<{ annotations?: Record<string, string> }> = [];
  try {
    manifests = (JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { manifests?: typeof manifests }).manifests ?? [];
  } catch {
    // a new layout
  }
  manifests = manifests.filter((m) => !o.refs.includes(m.annotations?.['org.opencontainers.image.ref.name'] ?? ''));
  for (const ref of o.refs) {
    manifests.push({ mediaType: o.mediaType ?? MEDIA.dockerManifest, digest: o.manifestDigest, size: o.manifest.length, annotations: { 'org.opencontainers.image.ref.name': ref } } as (typeof manifests)[number]);
  }
  put(indexFile, JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests }, null, 2));
}
