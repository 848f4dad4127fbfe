import { KeyObject } from 'crypto';
import {
  Descriptor, EMPTY_CONFIG, MEDIA_TYPES, SIGNATURE_ANNOTATION, Statement, attestationLayer, attestationTag, digestOf, layoutManifest, manifestLayers,
  openEnvelope, referrerManifest, signData, signatureLayer, signatureTag, signedEnvelope, simpleSigningPayload, statementCovers, verifyingKey,
} from './cosign-layout';
import {
  BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE, bundleCovers, bundleKey, bundleReferrerManifest, indexEntries, isBundleType, keySignedBundle, mayHoldSigstore, parseBundle, referrersIndex, referrersTag,
} from './sigstore-bundle';

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

/** What signs: a cosign key (sign_key), or a Sigstore certificate of the CI's identity (sign_keyless). */
export interface CosignSigner {
  /** Whether a layer already there (its blob is `body`) is this signer's valid signature: a rerun then adds nothing. */
  owns(layer: Descriptor, body: Buffer): boolean;
  /** The annotations of a simple-signing layer over payload (the signature, and a keyless signature's certificate and log entry). */
  signPayload(payload: Buffer): Promise<Record<string, string>>;
  /** A DSSE envelope of the statement, and its layer's extra annotations. */
  signStatement(s: Statement): Promise<{ envelope: Buffer; annotations: Record<string, string> }>;
}

/** A cosign key pair as a CosignSigner. */
export function keySigner(key: { privateKey: KeyObject; publicKey: KeyObject }): CosignSigner {
  return {
    owns: (layer, body) => layer.mediaType === MEDIA_TYPES.simpleSigning
      ? verifyingKey([key.publicKey], body, layer.annotations?.[SIGNATURE_ANNOTATION] ?? '') === 0
      : openEnvelope(body, [key.publicKey]).keyIndex === 0,
    signPayload: async (payload) => ({ [SIGNATURE_ANNOTATION]: signData(key.privateKey, payload) }),
    signStatement: async (s) => ({ envelope: signedEnvelope(key.privateKey, s), annotations: {} }),
  };
}

type SignerArg = CosignSigner | { privateKey: KeyObject; publicKey: KeyObject };
const asSigner = (k: SignerArg): CosignSigner => ('owns' in k ? k : keySigner(k));

async function putLayout(store: ArtifactStore, repo: string, tag: string, layers: Descriptor[]): Promise<void> {
  const { manifest, config } = layoutManifest(layers);
  await store.putBlob(repo, config);
  await store.putManifest(repo, tag, MEDIA_TYPES.ociManifest, manifest);
}

/** Signs the image's digest (cosign's simple signing) under sha256-<hex>.sig, keeping the signatures already there. */
export async function attachSignature(store: ArtifactStore, target: ImageTarget, key: SignerArg): Promise<AttachOutcome> {
  const signer = asSigner(key);
  const tag = signatureTag(target.digest);
  const payload = simpleSigningPayload(target.repository, target.digest);
  const layers = manifestLayers((await store.getManifest(target.repo, tag))?.body);
  const payloadDigest = digestOf(payload);
  for (const l of layers) {
    if (l.mediaType === MEDIA_TYPES.simpleSigning && l.digest === payloadDigest && signer.owns(l, payload)) return 'present';
  }
  const annotations = await signer.signPayload(payload);
  await store.putBlob(target.repo, payload);
  await putLayout(store, target.repo, tag, [...layers, { ...signatureLayer(payload, ''), annotations }]);
  return 'added';
}

async function hasValidAttestation(store: ArtifactStore, repo: string, layers: Descriptor[], predicateType: string, digest: string, signer: CosignSigner): Promise<boolean> {
  for (const l of layers) {
    if (l.mediaType !== MEDIA_TYPES.dsse || l.annotations?.predicateType !== predicateType) continue;
    const body = await store.getBlob(repo, l.digest);
    if (!signer.owns(l, body)) continue;
    const opened = openEnvelope(body, []);
    if (opened.statement?.predicateType === predicateType && statementCovers(opened.statement, digest)) return true;
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
  key: SignerArg,
  s: Statement,
): Promise<AttestationOutcome> {
  const signer = asSigner(key);
  const tag = attestationTag(target.digest);
  const layers = manifestLayers((await store.getManifest(target.repo, tag))?.body);
  let signed: { envelope: Buffer; annotations: Record<string, string> } | undefined;
  let tagOutcome: AttachOutcome = 'present';
  if (!(await hasValidAttestation(store, target.repo, layers, s.predicateType, target.digest, signer))) {
    signed = await signer.signStatement(s);
    await store.putBlob(target.repo, signed.envelope);
    const layer = attestationLayer(signed.envelope, s.predicateType);
    await putLayout(store, target.repo, tag, [...layers, { ...layer, annotations: { ...layer.annotations, ...signed.annotations } }]);
    tagOutcome = 'added';
  }
  const referrers = await store.getReferrers(target.repo, target.digest);
  if (!referrers) return { tag: tagOutcome, referrer: 'absent' };
  for (const r of referrers) {
    if (r.artifactType !== MEDIA_TYPES.dsse || r.annotations?.['dev.sigstore.bundle.predicateType'] !== s.predicateType) continue;
    const m = await store.getManifest(target.repo, r.digest);
    if (m && (await hasValidAttestation(store, target.repo, manifestLayers(m.body), s.predicateType, target.digest, signer))) {
      return { tag: tagOutcome, referrer: 'present' };
    }
  }
  const subject = await store.getManifest(target.repo, target.digest);
  if (!subject) throw new Error(`${target.repository}@${target.digest} is not in the registry`);
  signed ??= await signer.signStatement(s);
  await store.putBlob(target.repo, signed.envelope);
  await store.putBlob(target.repo, Buffer.from('{}'));
  const body = referrerManifest({ mediaType: subject.mediaType, digest: subject.digest, size: subject.size }, signed.envelope, s.predicateType, signed.annotations);
  await store.putManifest(target.repo, digestOf(body), MEDIA_TYPES.ociManifest, body);
  return { tag: tagOutcome, referrer: 'added' };
}

/**
 * Signs the image's digest in cosign 3's format: a Sigstore bundle attached as an OCI 1.1
 * referrer, listed in the referrers tag `sha256-<hex>` too when the registry has no referrers
 * API (the tag schema cosign falls back to). Adds nothing when a bundle this key verifies is there.
 */
export async function attachBundleSignature(store: ArtifactStore, target: ImageTarget, key: { privateKey: KeyObject; publicKey: KeyObject }): Promise<AttachOutcome> {
  const api = await store.getReferrers(target.repo, target.digest);
  const tag = referrersTag(target.digest);
  const tagged = api ? [] : indexEntries((await store.getManifest(target.repo, tag))?.body);
  for (const r of api ?? tagged) {
    if (!mayHoldSigstore(r.artifactType)) continue;
    for (const l of manifestLayers((await store.getManifest(target.repo, r.digest))?.body)) {
      if (!isBundleType(l.mediaType)) continue;
      const p = parseBundle(await store.getBlob(target.repo, l.digest));
      if (p.ok && p.statement?.predicateType === COSIGN_SIGN_PREDICATE && bundleCovers(p, target.digest) && bundleKey(p, [key.publicKey]) === 0) return 'present';
    }
  }
  const subject = await store.getManifest(target.repo, target.digest);
  if (!subject) throw new Error(`${target.repository}@${target.digest} is not in the registry`);
  const bundle = keySignedBundle(key, target.repository, target.digest);
  await store.putBlob(target.repo, EMPTY_CONFIG);
  await store.putBlob(target.repo, bundle);
  const body = bundleReferrerManifest({ mediaType: subject.mediaType, digest: subject.digest, size: subject.size }, bundle, COSIGN_SIGN_PREDICATE);
  const digest = await store.putManifest(target.repo, digestOf(body), MEDIA_TYPES.ociManifest, body);
  if (!api) {
    await store.putManifest(target.repo, tag, 'application/vnd.oci.image.index.v1+json', referrersIndex(tagged, {
      mediaType: MEDIA_TYPES.ociManifest, digest, size: body.length, artifactType: BUNDLE_MEDIA_TYPE,
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE },
    }));
  }
  return 'added';
}
