import { UserError } from '../errors';
import { RegistryClient, sha256Digest } from './registry-client';

/**
 * Copies one pushed image (a manifest or an index and what it references) from one repository
 * to another, possibly in another registry, through the registry API: the same manifest bytes,
 * so the same digest, under every tag. Only blobs the target lacks travel: a blob it has is
 * skipped, one in the same registry is mounted, any other is read and uploaded.
 */

export interface CopyCounts {
  blobsExisting: number;
  blobsMounted: number;
  blobsUploaded: number;
  bytesUploaded: number;
}

export interface CopyTarget {
  client: RegistryClient;
  repo: string;
}

interface ManifestDoc {
  manifests?: Array<{ digest: string }>;
  config?: { digest: string };
  layers?: Array<{ digest: string }>;
}

export async function copyImage(from: CopyTarget, to: CopyTarget, digest: string, tags: readonly string[], log: (m: string) => void = () => undefined): Promise<CopyCounts> {
  const counts: CopyCounts = { blobsExisting: 0, blobsMounted: 0, blobsUploaded: 0, bytesUploaded: 0 };
  const sameRegistry = from.client === to.client || from.client.registry === to.client.registry;

  const copyBlob = async (blob: string): Promise<void> => {
    if (await to.client.hasBlob(to.repo, blob)) {
      counts.blobsExisting++;
      return;
    }
    if (sameRegistry && (await to.client.mountBlob(to.repo, blob, from.repo))) {
      counts.blobsMounted++;
      return;
    }
    const body = await from.client.getBlob(from.repo, blob);
    await to.client.putBlob(to.repo, body, true);
    counts.blobsUploaded++;
    counts.bytesUploaded += body.length;
  };

  /** Copies a manifest's blobs (and an index's manifests), then the manifest under `refs`. */
  const copyManifest = async (ref: string, refs: readonly string[]): Promise<string> => {
    const m = await from.client.getManifest(from.repo, ref);
    if (!m) throw new UserError(`registry ${from.client.registry} lost ${from.repo}@${ref} right after its push`);
    const doc = JSON.parse(m.body.toString('utf8')) as ManifestDoc;
    if (Array.isArray(doc.manifests)) {
      for (const child of doc.manifests) await copyManifest(child.digest, [child.digest]);
    } else {
      for (const blob of [doc.config?.digest, ...(doc.layers ?? []).map((l) => l.digest)]) if (blob) await copyBlob(blob);
    }
    const own = sha256Digest(m.body);
    for (const r of refs) {
      const put = await to.client.putManifest(to.repo, r, m.mediaType, m.body);
      if (put !== own) throw new Error(`copying ${from.repo}@${own} to ${to.repo}:${r} gave ${put}`);
    }
    return own;
  };

  const copied = await copyManifest(digest, tags.length ? tags : [digest]);
  if (copied !== digest) throw new Error(`the registry served ${from.repo}@${digest} as ${copied}`);
  log(`${counts.blobsUploaded} blob(s) uploaded (${counts.bytesUploaded} bytes), ${counts.blobsMounted} mounted, ${counts.blobsExisting} already there`);
  return counts;
}
