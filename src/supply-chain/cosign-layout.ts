import { KeyObject, createHash, sign as cryptoSign, verify as cryptoVerify } from 'crypto';

/**
 * cosign's storage layout and payload formats, so that the real `cosign verify` and
 * `cosign verify-attestation` read what gantry writes (and gantry reads what cosign writes):
 *  - signatures: an OCI manifest tagged `sha256-<hex>.sig` in the image's repository, one layer
 *    per signature holding the "simple signing" payload, the signature in the layer annotation
 *    `dev.cosignproject.cosign/signature`;
 *  - attestations: the same under `sha256-<hex>.att`, each layer a DSSE envelope of an in-toto
 *    statement, its predicate type in the annotation `predicateType`;
 *  - the OCI 1.1 referrer form of an attestation (a manifest whose `subject` is the image), for
 *    registries with the referrers API.
 * Pure: the registry side is in attach.ts.
 */

export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  dsse: 'application/vnd.dsse.envelope.v1+json',
  inToto: 'application/vnd.in-toto+json',
} as const;

export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
export const IN_TOTO_STATEMENT = 'https://in-toto.io/Statement/v0.1';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface OciManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export function digestOf(body: Buffer | string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

function checkDigest(digest: string): string {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  if (!m) throw new Error(`'${digest}' is not a sha256 digest`);
  return m[1];
}

/** cosign's tag for the signatures of a digest: sha256:abc... -> sha256-abc....sig */
export function signatureTag(digest: string): string {
  return `sha256-${checkDigest(digest)}.sig`;
}

/** cosign's tag for the attestations of a digest. */
export function attestationTag(digest: string): string {
  return `sha256-${checkDigest(digest)}.att`;
}

/** The simple-signing payload cosign signs for an image (the same JSON, key order included). */
export function simpleSigningPayload(repository: string, digest: string): Buffer {
  return Buffer.from(JSON.stringify({
    critical: { identity: { 'docker-reference': repository }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
    optional: null,
  }));
}

/** What a simple-signing payload claims, or undefined when it is not one. */
export function readSimpleSigning(payload: Buffer): { reference: string; digest: string } | undefined {
  try {
    const doc = JSON.parse(payload.toString('utf8')) as { critical?: { identity?: { 'docker-reference'?: string }; image?: { 'docker-manifest-digest'?: string }; type?: string } };
    if (doc.critical?.type !== 'cosign container image signature') return undefined;
    return { reference: doc.critical.identity?.['docker-reference'] ?? '', digest: doc.critical.image?.['docker-manifest-digest'] ?? '' };
  } catch {
    return undefined;
  }
}

/** DSSE's pre-authentication encoding: what a DSSE signature signs. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/** A signature over data, base64 (ECDSA with SHA-256 in ASN.1 DER, as cosign makes; Ed25519 pure). */
export function signData(key: KeyObject, data: Buffer): string {
  const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return cryptoSign(algorithm, data, key).toString('base64');
}

/** The index of the first key that verifies the signature, or -1. */
export function verifyingKey(keys: readonly KeyObject[], data: Buffer, signatureB64: string): number {
  const sig = Buffer.from(signatureB64, 'base64');
  if (sig.length === 0) return -1;
  return keys.findIndex((k) => {
    try {
      return cryptoVerify(k.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, k, sig);
    } catch {
      return false;
    }
  });
}

export interface Statement {
  _type: string;
  predicateType: string;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicate: unknown;
}

/** An in-toto statement about one image. */
export function statement(repository: string, digest: string, predicateType: string, predicate: unknown): Statement {
  return { _type: IN_TOTO_STATEMENT, predicateType, subject: [{ name: repository, digest: { sha256: checkDigest(digest) } }], predicate };
}

export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: Array<{ keyid: string; sig: string }>;
}

/** A DSSE envelope of a statement, signed with key. */
export function signedEnvelope(key: KeyObject, s: Statement): Buffer {
  const payload = Buffer.from(JSON.stringify(s));
  const envelope: Envelope = { payloadType: MEDIA_TYPES.inToto, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: signData(key, pae(MEDIA_TYPES.inToto, payload)) }] };
  return Buffer.from(JSON.stringify(envelope));
}

export interface OpenedEnvelope {
  statement?: Statement;
  /** Index of the key (of those given) that signed it, -1 when none did. */
  keyIndex: number;
}

/** Parses a DSSE envelope, checks its signatures against keys, decodes the statement. */
export function openEnvelope(body: Buffer, keys: readonly KeyObject[]): OpenedEnvelope {
  let env: Envelope;
  try {
    env = JSON.parse(body.toString('utf8')) as Envelope;
  } catch {
    return { keyIndex: -1 };
  }
  if (typeof env.payload !== 'string' || typeof env.payloadType !== 'string') return { keyIndex: -1 };
  const payload = Buffer.from(env.payload, 'base64');
  let keyIndex = -1;
  for (const s of env.signatures ?? []) {
    keyIndex = verifyingKey(keys, pae(env.payloadType, payload), s.sig ?? '');
    if (keyIndex >= 0) break;
  }
  let parsed: Statement | undefined;
  try {
    parsed = env.payloadType === MEDIA_TYPES.inToto ? (JSON.parse(payload.toString('utf8')) as Statement) : undefined;
  } catch {
    parsed = undefined;
  }
  return { statement: parsed, keyIndex };
}

/** Whether a statement is about this digest. */
export function statementCovers(s: Statement | undefined, digest: string): boolean {
  const hex = digest.replace(/^sha256:/, '');
  return !!s?.subject?.some((x) => x.digest?.sha256 === hex);
}

/**
 * The config blob of a signature or attestation image, as cosign writes it (empty platform,
 * zero times, one diff id per layer): ggcr and cosign read the manifest, this keeps it a valid image.
 */
export function layoutConfig(layers: readonly Descriptor[]): Buffer {
  return Buffer.from(JSON.stringify({
    architecture: '',
    created: '0001-01-01T00:00:00Z',
    history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
    os: '',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    config: {},
  }));
}

/** The manifest of a .sig or .att image with these layers, and its config blob. */
export function layoutManifest(layers: readonly Descriptor[]): { manifest: Buffer; config: Buffer } {
  const config = layoutConfig(layers);
  const m: OciManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, size: config.length, digest: digestOf(config) },
    layers: [...layers],
  };
  return { manifest: Buffer.from(JSON.stringify(m)), config };
}

export function signatureLayer(payload: Buffer, signatureB64: string): Descriptor {
  return { mediaType: MEDIA_TYPES.simpleSigning, size: payload.length, digest: digestOf(payload), annotations: { [SIGNATURE_ANNOTATION]: signatureB64 } };
}

export function attestationLayer(envelope: Buffer, predicateType: string): Descriptor {
  return { mediaType: MEDIA_TYPES.dsse, size: envelope.length, digest: digestOf(envelope), annotations: { [SIGNATURE_ANNOTATION]: '', predicateType } };
}

/** The empty config of an OCI 1.1 artifact manifest. */
export const EMPTY_CONFIG = Buffer.from('{}');

/** An OCI 1.1 referrer manifest carrying one attestation about `subject`. */
export function referrerManifest(subject: Descriptor, envelope: Buffer, predicateType: string, extra: Record<string, string> = {}): Buffer {
  const layer = attestationLayer(envelope, predicateType);
  const m: OciManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: MEDIA_TYPES.dsse,
    config: { mediaType: MEDIA_TYPES.ociEmpty, size: EMPTY_CONFIG.length, digest: digestOf(EMPTY_CONFIG) },
    layers: [{ ...layer, annotations: { ...layer.annotations, ...extra } }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'dev.sigstore.bundle.predicateType': predicateType },
  };
  return Buffer.from(JSON.stringify(m));
}

/** Parses a manifest body into its layers; [] when it is not an OCI/Docker image manifest. */
export function manifestLayers(body: Buffer | undefined): Descriptor[] {
  if (!body) return [];
  try {
    const m = JSON.parse(body.toString('utf8')) as Partial<OciManifest>;
    return Array.isArray(m.layers) ? m.layers : [];
  } catch {
    return [];
  }
}
