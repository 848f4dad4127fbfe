import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';

export const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Writes a blob into a layout; returns its descriptor. */
export function blob(dir: string, body: Buffer | string, mediaType: string) {
  const digest = sha(body);
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'blobs', 'sha256', digest.slice(7)), body);
  return { mediaType, digest, size: Buffer.byteLength(body) };
}

/** A layout with one image per name (each its own config and one layer); returns the manifests' digests. */
export function layout(dir: string, refs: string[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const manifests = refs.map((ref) => {
    const config = blob(dir, JSON.stringify({ architecture: 'amd64', os: 'linux', ref, rootfs: { type: 'layers', diff_ids: [sha(`diff of ${ref}`)] } }), 'application/vnd.oci.image.config.v1+json');
    const layer = blob(dir, `layer of ${ref}`, 'application/vnd.oci.image.layer.v1.tar+gzip');
    const m = blob(dir, JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] }), 'application/vnd.oci.image.manifest.v1+json');
    return { ...m, annotations: { 'org.opencontainers.image.ref.name': ref } };
  });
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }));
  return manifests.map((m) => m.digest);
}
