import { KeyObject, X509Certificate } from 'crypto';
import { ArtifactStore, ImageTarget } from './attach';
import {
  Descriptor, MEDIA_TYPES, SIGNATURE_ANNOTATION, Statement, attestationTag, manifestLayers, openEnvelope, pae, readSimpleSigning, signatureTag, statementCovers, verifyingKey,
} from './cosign-layout';
import { keyId } from './cosign-key';
import { BUNDLE_ANNOTATION, CERTIFICATE_ANNOTATION } from './keyless';
import { KeylessEvidence, KeylessPolicy, checkKeyless, entryFromBundle, entryFromCosignAnnotation } from './keyless-verify';
import { COSIGN_SIGN_PREDICATE, bundleCovers, bundleKey, indexEntries, isBundleType, mayHoldSigstore, parseBundle, referrersTag } from './sigstore-bundle';

/**
 * Reads what is attached to an image (cosign's .sig and .att tags, OCI referrers: attestations
 * and Sigstore bundles, through the referrers API or else the referrers tag) and checks each
 * piece against the given public keys and, for keyless pieces, the identity policy. Nothing is
 * trusted that a key or the policy does not verify: a payload is read through its digest, and a
 * signature must cover this image's digest.
 */

export interface Trust {
  keys: readonly KeyObject[];
  keyless?: KeylessPolicy;
}

export interface PieceCheck {
  kind: 'signature' | 'attestation';
  /** The attestation's predicate type ('' for signatures). */
  predicateType: string;
  /** Index of the verifying key, -1 when none verifies (or a keyless piece). */
  keyIndex: number;
  /** What verified it ('key sha256:…' or 'identity …'); undefined when it does not count. */
  verifiedBy?: string;
  /** Why it does not count, when it does not. */
  problem?: string;
  statement?: Statement;
  /** Where it was found: the .sig/.att tag or a referrer digest. */
  where: string;
  /** 'legacy' (cosign's tags, referrer envelopes) or 'bundle' (a Sigstore bundle). */
  format: 'legacy' | 'bundle';
  /** The identity a keyless piece's certificate names, when it has one. */
  identity?: string;
}

function pemToDer(pem: string): Buffer | undefined {
  try {
    return new X509Certificate(pem).raw;
  } catch {
    return undefined;
  }
}

/** The verdict on a piece that is about this digest: the key that verifies it, else the keyless policy when it has a certificate. */
function judge(trust: Trust, signed: Buffer, signature: Buffer, keyless: Omit<KeylessEvidence, 'signature' | 'signed'> | undefined): Pick<PieceCheck, 'keyIndex' | 'verifiedBy' | 'problem' | 'identity'> {
  const keyIndex = verifyingKey(trust.keys, signed, signature.toString('base64'));
  if (keyIndex >= 0) return { keyIndex, verifiedBy: `key ${keyId(trust.keys[keyIndex])}` };
  if (keyless && trust.keyless) {
    const c = checkKeyless({ ...keyless, signature, signed }, trust.keyless);
    if (c.ok) return { keyIndex: -1, verifiedBy: `identity ${c.identity} (issuer ${c.issuer})`, identity: c.identity };
    return { keyIndex: -1, problem: c.problem, identity: c.identity };
  }
  return { keyIndex: -1, problem: trust.keys.length ? 'no given key verifies it' : 'it is signed with a key, and no verify_key is given' };
}

/** The referrers of a digest: the referrers API, else (it answers 404) the referrers tag. */
async function referrersOf(store: ArtifactStore, target: ImageTarget): Promise<Array<{ digest: string; artifactType?: string }>> {
  const api = await store.getReferrers(target.repo, target.digest).catch(() => undefined);
  if (api) return api;
  return indexEntries((await store.getManifest(target.repo, referrersTag(target.digest)))?.body);
}

export async function inspectAttachments(store: ArtifactStore, target: ImageTarget, trustOrKeys: Trust | readonly KeyObject[]): Promise<PieceCheck[]> {
  const trust: Trust = Array.isArray(trustOrKeys) ? { keys: trustOrKeys } : (trustOrKeys as Trust);
  const out: PieceCheck[] = [];
  const sigTag = signatureTag(target.digest);
  for (const l of manifestLayers((await store.getManifest(target.repo, sigTag))?.body)) {
    if (l.mediaType !== MEDIA_TYPES.simpleSigning) continue;
    const payload = await store.getBlob(target.repo, l.digest);
    const claim = readSimpleSigning(payload);
    const cert = pemToDer(l.annotations?.[CERTIFICATE_ANNOTATION] ?? '');
    let verdict: Pick<PieceCheck, 'keyIndex' | 'verifiedBy' | 'problem' | 'identity'>;
    if (!claim) verdict = { keyIndex: -1, problem: 'its payload is not a cosign simple-signing payload' };
    else if (claim.digest !== target.digest) verdict = { keyIndex: -1, problem: `it signs ${claim.digest}, not this digest` };
    else {
      verdict = judge(trust, payload, Buffer.from(l.annotations?.[SIGNATURE_ANNOTATION] ?? '', 'base64'),
        cert ? { certificate: cert, artifacts: { payload }, entry: entryFromCosignAnnotation(l.annotations?.[BUNDLE_ANNOTATION]) } : undefined);
    }
    out.push({ kind: 'signature', predicateType: '', ...verdict, where: sigTag, format: 'legacy' });
  }
  const attTag = attestationTag(target.digest);
  const attLayers: Array<{ l: Descriptor; where: string }> = manifestLayers((await store.getManifest(target.repo, attTag))?.body).map((l) => ({ l, where: attTag }));
  const bundleLayers: Array<{ l: Descriptor; where: string }> = [];
  for (const r of await referrersOf(store, target)) {
    if (!mayHoldSigstore(r.artifactType)) continue;
    for (const l of manifestLayers((await store.getManifest(target.repo, r.digest))?.body)) {
      if (l.mediaType === MEDIA_TYPES.dsse) attLayers.push({ l, where: `referrer ${r.digest}` });
      else if (isBundleType(l.mediaType)) bundleLayers.push({ l, where: `referrer ${r.digest}` });
    }
  }
  for (const { l, where } of attLayers) {
    if (l.mediaType !== MEDIA_TYPES.dsse) continue;
    const body = await store.getBlob(target.repo, l.digest);
    const opened = openEnvelope(body, []);
    const predicateType = opened.statement?.predicateType ?? l.annotations?.predicateType ?? '';
    let verdict: Pick<PieceCheck, 'keyIndex' | 'verifiedBy' | 'problem' | 'identity'>;
    if (!opened.statement) verdict = { keyIndex: -1, problem: 'its envelope holds no in-toto statement' };
    else if (!statementCovers(opened.statement, target.digest)) verdict = { keyIndex: -1, problem: 'its subject is another digest' };
    else {
      const env = JSON.parse(body.toString('utf8')) as { payloadType: string; payload: string; signatures?: Array<{ sig?: string }> };
      const payload = Buffer.from(env.payload, 'base64');
      const cert = pemToDer(l.annotations?.[CERTIFICATE_ANNOTATION] ?? '');
      const keyless = cert ? { certificate: cert, artifacts: { payload, envelope: body }, entry: entryFromCosignAnnotation(l.annotations?.[BUNDLE_ANNOTATION]) } : undefined;
      verdict = { keyIndex: -1, problem: 'it has no signature' };
      for (const s of env.signatures ?? []) {
        verdict = judge(trust, pae(env.payloadType, payload), Buffer.from(s.sig ?? '', 'base64'), keyless);
        if (verdict.verifiedBy) break;
      }
    }
    out.push({ kind: 'attestation', predicateType, ...verdict, statement: opened.statement, where, format: 'legacy' });
  }
  let subject: Buffer | undefined;
  for (const { l, where } of bundleLayers) {
    const body = await store.getBlob(target.repo, l.digest);
    let parsed = parseBundle(body);
    if (!parsed.ok && /needs the signed artifact/.test(parsed.problem)) {
      subject ??= (await store.getManifest(target.repo, target.digest))?.body;
      parsed = parseBundle(body, subject);
    }
    if (!parsed.ok) {
      out.push({ kind: 'signature', predicateType: '', keyIndex: -1, problem: parsed.problem, where, format: 'bundle' });
      continue;
    }
    const p = parsed;
    const sign = !p.bundle.dsseEnvelope || p.statement?.predicateType === COSIGN_SIGN_PREDICATE;
    const kind = sign ? 'signature' : 'attestation';
    const predicateType = sign ? '' : p.statement?.predicateType ?? '';
    let verdict: Pick<PieceCheck, 'keyIndex' | 'verifiedBy' | 'problem' | 'identity'>;
    if (!bundleCovers(p, target.digest)) verdict = { keyIndex: -1, problem: 'its subject is another digest' };
    else {
      const keyIndex = bundleKey(p, trust.keys);
      verdict = keyIndex >= 0
        ? { keyIndex, verifiedBy: `key ${keyId(trust.keys[keyIndex])}` }
        : judge(trust, p.signed, p.signature, p.certificates[0]
          ? { certificate: p.certificates[0], artifacts: { payload: p.payload ?? p.signed }, entry: entryFromBundle(p.bundle.verificationMaterial.tlogEntries) }
          : undefined);
    }
    out.push({ kind, predicateType, ...verdict, statement: p.statement, where, format: 'bundle' });
  }
  return out;
}

/**
 * A source repository in one comparable form: scheme, git+, credentials, .git, @ref and a
 * trailing slash dropped, host lower-cased (https://github.com/Org/Repo.git -> github.com/Org/Repo).
 */
export function normalizeSource(uri: string): string {
  let s = uri.trim().replace(/^git\+/, '');
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@/]+@/, '');
  s = s.replace(/^([^/:]+):(?!\d)/, '$1/'); // scp-like git@host:org/repo
  s = s.replace(/@.*$/, '').replace(/\/+$/, '').replace(/\.git$/, '');
  const slash = s.indexOf('/');
  return slash < 0 ? s.toLowerCase() : s.slice(0, slash).toLowerCase() + s.slice(slash);
}

/** The source repository a SLSA v1 provenance names (its first resolved dependency, else the external parameter). */
export function provenanceSource(s: Statement | undefined): string {
  const p = (s?.predicate ?? {}) as { buildDefinition?: { externalParameters?: { source?: { uri?: string } }; resolvedDependencies?: Array<{ uri?: string; digest?: Record<string, string> }> } };
  return p.buildDefinition?.externalParameters?.source?.uri ?? p.buildDefinition?.resolvedDependencies?.find((d) => d.digest?.gitCommit)?.uri ?? '';
}
