import { ArtifactStore } from '../../../src/supply-chain/attach';
import { digestOf } from '../../../src/supply-chain/cosign-layout';

/**
 * A registry in memory with the distribution API's semantics that matter here: content-addressed
 * blobs and manifests, tags, and (optionally) the OCI referrers API computed from `subject`.
 */
export class MemoryRegistry implements ArtifactStore {
  blobs = new Map<string, Buffer>();
  manifests = new Map<string, { mediaType: string; body: Buffer }>();
  tags = new Map<string, string>();
  puts = 0;
  constructor(private readonly referrersApi: boolean) {}
  async getManifest(repo: string, ref: string) {
    const digest = ref.startsWith('sha256:') ? ref : this.tags.get(`${repo}:${ref}`);
    const m = digest ? this.manifests.get(digest) : undefined;
    return m && digest ? { digest, mediaType: m.mediaType, size: m.body.length, body: m.body } : undefined;
  }
  async putManifest(repo: string, ref: string, mediaType: string, body: Buffer) {
    this.puts++;
    const digest = digestOf(body);
    this.manifests.set(digest, { mediaType, body });
    if (!ref.startsWith('sha256:')) this.tags.set(`${repo}:${ref}`, digest);
    else if (ref !== digest) throw new Error('digest mismatch');
    return digest;
  }
  async putBlob(_repo: string, body: Buffer) {
    this.blobs.set(digestOf(body), body);
    return digestOf(body);
  }
  async getBlob(_repo: string, digest: string) {
    const b = this.blobs.get(digest);
    if (!b) throw new Error(`no blob ${digest}`);
    return b;
  }
  async getReferrers(_repo: string, digest: string) {
    if (!this.referrersApi) return undefined;
    const out = [];
    for (const [d, m] of this.manifests) {
      const doc = JSON.parse(m.body.toString()) as { subject?: { digest: string }; artifactType?: string; annotations?: Record<string, string> };
      if (doc.subject?.digest === digest) out.push({ mediaType: m.mediaType, digest: d, size: m.body.length, artifactType: doc.artifactType, annotations: doc.annotations });
    }
    return out;
  }
}
