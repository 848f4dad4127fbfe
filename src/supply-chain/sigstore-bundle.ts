import { KeyObject, createHash } from 'crypto';
import { Descriptor, EMPTY_CONFIG, Envelope, MEDIA_TYPES, OciManifest, Statement, digestOf, pae, signData, statement, verifyingKey } from './cosign-layout';

/**
 * The Sigstore bundle (v0.3) as cosign 3 stores an image signature: an in-toto statement whose
 * subject is the image digest and whose predicate type is cosign's sign predicate, in a DSSE
 * envelope, inside a bundle that carries the verification material (a key hint, or a Fulcio
 * certificate and the Rekor entries). The bundle is the one layer of an OCI 1.1 artifact
 * manifest whose `subject` is the image; registries without the referrers API list it in the
 * referrers tag `sha256-<hex>` (an image index). Pure: the registry side is in attach.ts and verify.ts.
 */

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** What `cosign sign` (cosign 3, or --new-bundle-format) states about an image it signs. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const BUNDLE_TYPES = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.[1-3])?\+json(;version=0\.[1-3])?$/;

export interface TlogEntry {
  logIndex: string;
  logId: { keyId: string };
  kindVersion?: { kind: string; version: string };
  integratedTime: string;
  inclusionPromise?: { signedEntryTimestamp: string };
  canonicalizedBody: string;
}

export interface SigstoreBundle {
  mediaType: string;
  verificationMaterial: {
    publicKey?: { hint?: string };
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
    tlogEntries?: TlogEntry[];
  };
  dsseEnvelope?: Envelope;
  messageSignature?: { messageDigest?: { algorithm?: string; digest?: string }; signature: string };
}

/** cosign's key hint: base64 of the SHA-256 of the key's DER. */
export function keyHint(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('base64');
}

/** A bundle signing `digest` with a key (no transparency log), as `cosign sign --key --tlog-upload=false` in cosign 3 writes it. */
export function keySignedBundle(key: { privateKey: KeyObject; publicKey: KeyObject }, repository: string, digest: string): Buffer {
  const s = statement(repository, digest, COSIGN_SIGN_PREDICATE, {});
  const payload = Buffer.from(JSON.stringify(s));
  const bundle: SigstoreBundle = {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: keyHint(key.publicKey) }, tlogEntries: [] },
    dsseEnvelope: { payload: payload.toString('base64'), payloadType: MEDIA_TYPES.inToto, signatures: [{ sig: signData(key.privateKey, pae(MEDIA_TYPES.inToto, payload)), keyid: '' }] },
  };
  return Buffer.from(JSON.stringify(bundle));
}

/** The artifact manifest that attaches a bundle to `subject` (cosign's layout for it). */
export function bundleReferrerManifest(subject: Descriptor, bundle: Buffer, predicateType: string): Buffer {
  const m: OciManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: BUNDLE_MEDIA_TYPE,
    config: { mediaType: MEDIA_TYPES.ociEmpty, size: EMPTY_CONFIG.length, digest: digestOf(EMPTY_CONFIG) },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: digestOf(bundle) }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': predicateType },
  };
  return Buffer.from(JSON.stringify(m));
}

/** The referrers tag of a digest (the OCI referrers tag schema): sha256:abc... -> sha256-abc... */
export function referrersTag(digest: string): string {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  if (!m) throw new Error(`'${digest}' is not a sha256 digest`);
  return `sha256-${m[1]}`;
}

export interface IndexEntry {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** The entries of an image index body ([] when it is none). */
export function indexEntries(body: Buffer | undefined): IndexEntry[] {
  if (!body) return [];
  try {
    const doc = JSON.parse(body.toString('utf8')) as { manifests?: IndexEntry[] };
    return Array.isArray(doc.manifests) ? doc.manifests.filter((e) => e && typeof e.digest === 'string') : [];
  } catch {
    return [];
  }
}

/** The referrers tag's index with `entry` added to those already listed (kept as they are). */
export function referrersIndex(existing: readonly IndexEntry[], entry: IndexEntry): Buffer {
  const manifests = [...existing.filter((e) => e.digest !== entry.digest), entry];
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
}

export function isBundleType(mediaType: string | undefined): boolean {
  return !!mediaType && BUNDLE_TYPES.test(mediaType);
}

/**
 * Whether a referrer listed with this artifact type may hold a bundle or an attestation: its
 * layers decide. The referrers tag that cosign's registry library writes lists cosign's own
 * bundle manifests under their config's type (the empty one), not their artifactType.
 */
export function mayHoldSigstore(artifactType: string | undefined): boolean {
  return !artifactType || artifactType === MEDIA_TYPES.ociEmpty || artifactType === MEDIA_TYPES.dsse || isBundleType(artifactType);
}

export type ParsedBundle =
  | { ok: true; bundle: SigstoreBundle; statement?: Statement; payload?: Buffer; signature: Buffer; signed: Buffer; certificates: Buffer[] }
  | { ok: false; problem: string };

/**
 * Reads a bundle: what was signed (`signed`: the DSSE pre-authentication encoding, or for a
 * message signature the artifact the caller passes), the signature, the statement of a DSSE
 * envelope, and the certificates (leaf first) when it is keyless.
 */
export function parseBundle(body: Buffer, artifact?: Buffer): ParsedBundle {
  let b: SigstoreBundle;
  try {
    b = JSON.parse(body.toString('utf8')) as SigstoreBundle;
  } catch {
    return { ok: false, problem: 'the bundle is not JSON' };
  }
  if (!b || typeof b !== 'object' || !isBundleType(b.mediaType)) return { ok: false, problem: `'${String(b?.mediaType)}' is not a Sigstore bundle media type` };
  const vm = b.verificationMaterial ?? {};
  const certificates = (vm.certificate ? [vm.certificate] : vm.x509CertificateChain?.certificates ?? []).map((c) => Buffer.from(c.rawBytes ?? '', 'base64')).filter((c) => c.length > 0);
  if (b.dsseEnvelope) {
    const env = b.dsseEnvelope;
    if (typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures) || !env.signatures[0]?.sig) {
      return { ok: false, problem: 'its DSSE envelope lacks a payload or a signature' };
    }
    const payload = Buffer.from(env.payload, 'base64');
    let s: Statement | undefined;
    try {
      s = env.payloadType === MEDIA_TYPES.inToto ? (JSON.parse(payload.toString('utf8')) as Statement) : undefined;
    } catch {
      s = undefined;
    }
    return { ok: true, bundle: b, statement: s, payload, signature: Buffer.from(env.signatures[0].sig, 'base64'), signed: pae(env.payloadType, payload), certificates };
  }
  if (b.messageSignature?.signature) {
    if (!artifact) return { ok: false, problem: 'its message signature needs the signed artifact' };
    return { ok: true, bundle: b, signature: Buffer.from(b.messageSignature.signature, 'base64'), signed: artifact, certificates };
  }
  return { ok: false, problem: 'the bundle holds neither a DSSE envelope nor a message signature' };
}

/** Whether a parsed bundle is about `digest`: its statement's subject, or a message signature over the manifest whose digest it is. */
export function bundleCovers(p: Extract<ParsedBundle, { ok: true }>, digest: string): boolean {
  if (p.bundle.dsseEnvelope) return !!p.statement?.subject?.some((x) => x.digest?.sha256 === digest.replace(/^sha256:/, ''));
  const md = p.bundle.messageSignature?.messageDigest?.digest;
  return digestOf(p.signed) === digest && (!md || Buffer.from(md, 'base64').toString('hex') === digest.replace(/^sha256:/, ''));
}

/** The index of the key (of those given) that verifies a parsed bundle's signature, -1 when none. */
export function bundleKey(p: Extract<ParsedBundle, { ok: true }>, keys: readonly KeyObject[]): number {
  return verifyingKey(keys, p.signed, p.signature.toString('base64'));
}
