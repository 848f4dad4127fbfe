import { KeyObject } from 'crypto';
import {
  Descriptor, MEDIA_TYPES, SIGNATURE_ANNOTATION, Statement, attestationLayer, attestationTag, digestOf, layoutManifest, manifestLayers,
  openEnvelope, referrerManifest, signData, signatureLayer, signatureTag, signedEnvelope, simpleSigningPayload, statementCovers, verifyingKey,
} from './cosign-layout';

/**
 * Writes signatures and attestations into a registry in cosign's layout, adding nothing when a
 * valid one by the same key is already there (a rerun converges). The registry is reached
 * through ArtifactStore: RegistryClient in production, an in-memory registry in unit tests.
 */

export interface ArtifactStore {
  getManifest(repo: string, ref: string): Promise<{ digest: string; mediaType: string; size: number; body: Buffer } | undefined>;
  putManifest(repo: string, ref: string, mediaType: string, body: Buffer): Promise<string>;
  putBlob(repo: string, body: Buffer): Promise<string>;
  getBlob(repo: string, digest: string): Promise<Buffer>;
  /** undefined: the registry has no referrers API. */
  getReferrers(repo: string, digest: string): Promise<Array<{ mediaType: string; digest: string; size: number; artifactType?: string; annotations?: Record<string, string> }> | undefined>;
}

/** An image in a registry: `repo` is the path inside the registry, `repository` the full name. */
export interface ImageTarget {
  repo: string;
  repository: string;
  digest: string;
}

export type AttachOutcome = 'added' | 'present';

async function putLayout(store: ArtifactStore, repo: string, tag: string, layers: Descriptor[]): Promise<void> {
  const { manifest, config } = layoutManifest(layers);
  await store.putBlob(repo, config);
  await store.putManifest(repo, tag, MEDIA_TYPES.ociManifest, manifest);
}

/** Signs the image's digest (cosign's simple signing) under sha256-<hex>.sig, keeping the signatures already there. */
export async function attachSignature(store: ArtifactStore, target: ImageTarget, key: { privateKey: KeyObject; publicKey: KeyObject }): Promise<AttachOutcome> {
  const tag = signatureTag(target.digest);
  const payload = simpleSigningPayload(target.repository, target.digest);
  const layers = manifestLayers((await store.getManifest(target.repo, tag))?.body);
  const payloadDigest = digestOf(payload);
  for (const l of layers) {
    if (l.mediaType === MEDIA_TYPES.simpleSigning && l.digest === payloadDigest && verifyingKey([key.publicKey], payload, l.annotations?.[SIGNATURE_ANNOTATION] ?? '') === 0) {
      return 'present';
    }
  }
  await store.putBlob(target.repo, payload);
  await putLayout(store, target.repo, tag, [...layers, signatureLayer(payload, signData(key.privateKey, payload))]);
  return 'added';
}

async function hasValidAttestation(store: ArtifactStore, repo: string, layers: Descriptor[], predicateType: string, digest: string, publicKey: KeyObject): Promise<boolean> {
  for (const l of layers) {
    if (l.mediaType !== MEDIA_TYPES.dsse || l.annotations?.predicateType !== predicateType) continue;
    const opened = openEnvelope(await store.getBlob(repo, l.digest), [publicKey]);
    if (opened.keyIndex === 0 && opened.statement?.predicateType === predicateType && statementCovers(opened.statement, digest)) return true;
  }
  return false;
}

export interface AttestationOutcome {
  tag: AttachOutcome;
  /** 'absent': the registry has no referrers API. */
  referrer: AttachOutcome | 'absent';
}

/**
 * Attaches a signed in-toto statement under sha256-<hex>.att (cosign verify-attestation reads
 * it there) and, where the registry has the referrers API, as an OCI 1.1 referrer of the image.
 */
export async function attachAttestation(
  store: ArtifactStore,
  target: ImageTarget,
  key: { privateKey: KeyObject; publicKey: KeyObject },
  s: Statement,
): Promise<AttestationOutcome> {
  const tag = attestationTag(target.digest);
  const layers = manifestLayers((await store.getManifest(target.repo, tag))?.body);
  let envelope: Buffer | undefined;
  let tagOutcome: AttachOutcome = 'present';
  if (!(await hasValidAttestation(store, target.repo, layers, s.predicateType, target.digest, key.publicKey))) {
    envelope = signedEnvelope(key.privateKey, s);
    await store.putBlob(target.repo, envelope);
    await putLayout(store, target.repo, tag, [...layers, attestationLayer(envelope, s.predicateType)]);
    tagOutcome = 'added';
  }
  const referrers = await store.getReferrers(target.repo, target.digest);
  if (!referrers) return { tag: tagOutcome, referrer: 'absent' };
  for (const r of referrers) {
    if (r.artifactType !== MEDIA_TYPES.dsse || r.annotations?.['dev.sigstore.bundle.predicateType'] !== s.predicateType) continue;
    const m = await store.getManifest(target.repo, r.digest);
    if (m && (await hasValidAttestation(store, target.repo, manifestLayers(m.body), s.predicateType, target.digest, key.publicKey))) {
      return { tag: tagOutcome, referrer: 'present' };
    }
  }
  const subject = await store.getManifest(target.repo, target.digest);
  if (!subject) throw new Error(`${target.repository}@${target.digest} is not in the registry`);
  envelope ??= signedEnvelope(key.privateKey, s);
  await store.putBlob(target.repo, envelope);
  await store.putBlob(target.repo, Buffer.from('{}'));
  const body = referrerManifest({ mediaType: subject.mediaType, digest: subject.digest, size: subject.size }, envelope, s.predicateType);
  await store.putManifest(target.repo, digestOf(body), MEDIA_TYPES.ociManifest, body);
  return { tag: tagOutcome, referrer: 'added' };
}
