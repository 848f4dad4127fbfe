import { KeyObject, X509Certificate, createHash, generateKeyPairSync, sign as cryptoSign, verify as cryptoVerify } from 'crypto';
import type { SignatureBundle } from '@sigstore/sign';
import type { TransparencyLogEntry } from '@sigstore/bundle';
import { UserError, errorMessage } from '../errors';
import type { CosignSigner } from './attach';
import { loadSigstore } from './load-sigstore';
import { Descriptor, MEDIA_TYPES, SIGNATURE_ANNOTATION, Statement, openEnvelope, pae } from './cosign-layout';

/**
 * Keyless signing (Sigstore): an ephemeral key, certified by Fulcio for the CI's OIDC identity,
 * each signature logged in Rekor. What lands in the registry is cosign's keyless layout: the
 * signature, the leaf certificate (`dev.sigstore.cosign/certificate`) and the log entry's signed
 * timestamp (`dev.sigstore.cosign/bundle`), which `cosign verify --certificate-identity ...` checks.
 * sigstore-js (@sigstore/sign) is loaded here only, when sign_keyless is used.
 */

export const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
export const BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';

export interface KeylessOptions {
  token: string;
  /** '' for the public Sigstore instance. */
  fulcioUrl: string;
  /** '' for the public Sigstore instance. */
  rekorUrl: string;
  /** Network timeout of each Fulcio or Rekor call, milliseconds. */
  timeoutMs?: number;
}

/** cosign's bundle annotation (its "rekor bundle"): the log entry and its signed entry timestamp. */
export function cosignRekorBundle(entry: TransparencyLogEntry): string {
  if (!entry.inclusionPromise?.signedEntryTimestamp?.length) throw new Error('the log entry has no signed entry timestamp');
  return JSON.stringify({
    SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
    Payload: {
      body: Buffer.from(entry.canonicalizedBody).toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId).toString('hex'),
    },
  });
}

/** The identity a certificate names (its subject alternative name), '' when it cannot be read. */
export function certificateIdentity(pem: string): string {
  try {
    return new X509Certificate(pem).subjectAltName ?? '';
  } catch {
    return '';
  }
}

/** Whether a layer is a keyless signature, by this identity, that its own certificate's key verifies. */
export function ownsKeyless(layer: Descriptor, body: Buffer, identity: string): boolean {
  const pem = layer.annotations?.[CERTIFICATE_ANNOTATION];
  if (!pem || !layer.annotations?.[BUNDLE_ANNOTATION] || certificateIdentity(pem) !== identity || !identity) return false;
  let key: KeyObject;
  try {
    key = new X509Certificate(pem).publicKey;
  } catch {
    return false;
  }
  const check = (data: Buffer, sig: string) => {
    try {
      return sig !== '' && cryptoVerify('sha256', data, key, Buffer.from(sig, 'base64'));
    } catch {
      return false;
    }
  };
  if (layer.mediaType === MEDIA_TYPES.simpleSigning) return check(body, layer.annotations[SIGNATURE_ANNOTATION] ?? '');
  try {
    const env = JSON.parse(body.toString('utf8')) as { payloadType: string; payload: string; signatures?: Array<{ sig?: string }> };
    const data = pae(env.payloadType, Buffer.from(env.payload, 'base64'));
    return (env.signatures ?? []).some((s) => check(data, s.sig ?? '')) && !!openEnvelope(body, []).statement;
  } catch {
    return false;
  }
}

/**
 * The Rekor entry of an attestation as cosign makes it (intoto 0.0.1: the envelope exactly as
 * stored in the registry and its hash, which cosign matches against the layer): sigstore-js
 * proposes the 0.0.2 form, whose hash is of a re-encoded envelope that cosign does not match.
 */
export function intotoEntry(envelope: Buffer, certificatePem: string): Record<string, unknown> {
  return {
    apiVersion: '0.0.1',
    kind: 'intoto',
    spec: {
      content: { envelope: envelope.toString('utf8'), hash: { algorithm: 'sha256', value: createHash('sha256').update(envelope).digest('hex') } },
      publicKey: Buffer.from(certificatePem).toString('base64'),
    },
  };
}

/** Adds an entry to a Rekor log (API v1) and returns it as a log entry. */
async function postEntry(rekorUrl: string, entry: Record<string, unknown>, timeoutMs: number): Promise<TransparencyLogEntry> {
  const res = await fetch(`${rekorUrl.replace(/\/+$/, '')}/api/v1/log/entries`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(entry), signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`(${res.status}) ${text.slice(0, 200)}`);
  const answer = Object.values(JSON.parse(text) as Record<string, { body: string; integratedTime: number; logID: string; logIndex: number; verification?: { signedEntryTimestamp?: string } }>)[0];
  if (!answer) throw new Error('no log entry in the answer');
  return {
    logIndex: String(answer.logIndex),
    logId: { keyId: Buffer.from(answer.logID, 'hex') },
    integratedTime: String(answer.integratedTime),
    inclusionPromise: answer.verification?.signedEntryTimestamp ? { signedEntryTimestamp: Buffer.from(answer.verification.signedEntryTimestamp, 'base64') } : undefined,
    canonicalizedBody: Buffer.from(answer.body, 'base64'),
  } as TransparencyLogEntry;
}

function oneLine(service: string, url: string, err: unknown, token: string): UserError {
  const clean = (e: unknown) => errorMessage(e).replace(/\s+/g, ' ').split(token).join('***');
  const text = clean(err);
  const cause = (err as { cause?: unknown }).cause ? clean((err as { cause: unknown }).cause) : '';
  return new UserError(`sign_keyless: ${service} at ${url} refused or could not be reached: ${text}${cause && !text.includes(cause) ? `: ${cause}` : ''}`);
}

/**
 * A signer for this run: one ephemeral P-256 key and one Fulcio certificate (asked for here),
 * each signature then logged in Rekor. Errors are one line naming the service and its URL, never the token.
 */
export async function keylessSigner(o: KeylessOptions): Promise<CosignSigner & { identity: string; certificate: string }> {
  const sigstore = await loadSigstore();
  o = { ...o, fulcioUrl: o.fulcioUrl || sigstore.DEFAULT_FULCIO_URL, rekorUrl: o.rekorUrl || sigstore.DEFAULT_REKOR_URL };
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const keyHolder = { sign: async (data: Buffer) => ({ signature: cryptoSign('sha256', data, privateKey), key: { $case: 'publicKey' as const, publicKey: publicPem } }) };
  const fetchOptions = { timeout: o.timeoutMs ?? 30_000, retry: { retries: 2 } };
  const fulcio = new sigstore.FulcioSigner({ identityProvider: { getToken: async () => o.token }, keyHolder, fulcioBaseURL: o.fulcioUrl, ...fetchOptions });
  let certificate: string;
  try {
    const s = await fulcio.sign(Buffer.alloc(0));
    if (s.key.$case !== 'x509Certificate') throw new Error('Fulcio gave no certificate');
    certificate = s.key.certificate;
  } catch (err) {
    throw oneLine('Fulcio', o.fulcioUrl, err, o.token);
  }
  const identity = certificateIdentity(certificate);
  if (!identity) throw new UserError(`sign_keyless: the certificate from Fulcio at ${o.fulcioUrl} names no identity (no subject alternative name)`);
  const rekor = new sigstore.RekorWitness({ rekorBaseURL: o.rekorUrl, fetchOnConflict: true, ...fetchOptions });
  const logged = async (content: SignatureBundle): Promise<string> => {
    try {
      const { tlogEntries } = await rekor.testify(content, certificate);
      if (!tlogEntries?.[0]) throw new Error('no log entry');
      return cosignRekorBundle(tlogEntries[0]);
    } catch (err) {
      throw oneLine('Rekor', o.rekorUrl, err, o.token);
    }
  };
  const certAnnotations = { [CERTIFICATE_ANNOTATION]: certificate };
  return {
    identity,
    certificate,
    owns: (layer, body) => ownsKeyless(layer, body, identity),
    signPayload: async (payload) => {
      const signature = cryptoSign('sha256', payload, privateKey);
      const bundle = await logged({
        $case: 'messageSignature',
        messageSignature: { messageDigest: { algorithm: 1, digest: createHash('sha256').update(payload).digest() }, signature },
      } as SignatureBundle);
      return { [SIGNATURE_ANNOTATION]: signature.toString('base64'), ...certAnnotations, [BUNDLE_ANNOTATION]: bundle };
    },
    signStatement: async (s: Statement) => {
      const payload = Buffer.from(JSON.stringify(s));
      const sig = cryptoSign('sha256', pae(MEDIA_TYPES.inToto, payload), privateKey);
      const envelope = Buffer.from(JSON.stringify({ payloadType: MEDIA_TYPES.inToto, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: sig.toString('base64') }] }));
      let bundle: string;
      try {
        bundle = cosignRekorBundle(await postEntry(o.rekorUrl, intotoEntry(envelope, certificate), fetchOptions.timeout));
      } catch (err) {
        throw oneLine('Rekor', o.rekorUrl, err, o.token);
      }
      return { envelope, annotations: { ...certAnnotations, [BUNDLE_ANNOTATION]: bundle } };
    },
  };
}
