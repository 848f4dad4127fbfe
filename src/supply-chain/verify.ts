import { KeyObject } from 'crypto';
import { ArtifactStore, ImageTarget } from './attach';
import {
  MEDIA_TYPES, SIGNATURE_ANNOTATION, Statement, attestationTag, manifestLayers, openEnvelope, readSimpleSigning, signatureTag, statementCovers, verifyingKey,
} from './cosign-layout';

/**
 * Reads what is attached to an image (cosign's .sig and .att tags, OCI referrers) and checks
 * each piece against the given public keys. Nothing is trusted that a key does not verify: a
 * payload is read through its digest, and a signature must cover this image's digest.
 */

export interface PieceCheck {
  kind: 'signature' | 'attestation';
  /** The attestation's predicate type ('' for signatures). */
  predicateType: string;
  /** Index of the verifying key, -1 when none verifies. */
  keyIndex: number;
  /** Why it does not count, when it does not. */
  problem?: string;
  statement?: Statement;
  /** Where it was found: the .sig/.att tag or a referrer digest. */
  where: string;
}

export async function inspectAttachments(store: ArtifactStore, target: ImageTarget, keys: readonly KeyObject[]): Promise<PieceCheck[]> {
  const out: PieceCheck[] = [];
  const sigTag = signatureTag(target.digest);
  for (const l of manifestLayers((await store.getManifest(target.repo, sigTag))?.body)) {
    if (l.mediaType !== MEDIA_TYPES.simpleSigning) continue;
    const payload = await store.getBlob(target.repo, l.digest);
    const claim = readSimpleSigning(payload);
    const keyIndex = verifyingKey(keys, payload, l.annotations?.[SIGNATURE_ANNOTATION] ?? '');
    let problem: string | undefined;
    if (!claim) problem = 'its payload is not a cosign simple-signing payload';
    else if (claim.digest !== target.digest) problem = `it signs ${claim.digest}, not this digest`;
    else if (keyIndex < 0) problem = 'no given key verifies it';
    out.push({ kind: 'signature', predicateType: '', keyIndex: problem ? -1 : keyIndex, problem, where: sigTag });
  }
  const attTag = attestationTag(target.digest);
  const attLayers = manifestLayers((await store.getManifest(target.repo, attTag))?.body).map((l) => ({ l, where: attTag }));
  const referrers = (await store.getReferrers(target.repo, target.digest).catch(() => undefined)) ?? [];
  for (const r of referrers.filter((x) => x.artifactType === MEDIA_TYPES.dsse)) {
    for (const l of manifestLayers((await store.getManifest(target.repo, r.digest))?.body)) attLayers.push({ l, where: `referrer ${r.digest}` });
  }
  for (const { l, where } of attLayers) {
    if (l.mediaType !== MEDIA_TYPES.dsse) continue;
    const opened = openEnvelope(await store.getBlob(target.repo, l.digest), keys);
    const predicateType = opened.statement?.predicateType ?? l.annotations?.predicateType ?? '';
    let problem: string | undefined;
    if (!opened.statement) problem = 'its envelope holds no in-toto statement';
    else if (!statementCovers(opened.statement, target.digest)) problem = 'its subject is another digest';
    else if (opened.keyIndex < 0) problem = 'no given key verifies it';
    out.push({ kind: 'attestation', predicateType, keyIndex: problem ? -1 : opened.keyIndex, problem, statement: opened.statement, where });
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
