import { KeyObject, X509Certificate, createHash, createPublicKey, verify as cryptoVerify } from 'crypto';

/**
 * Checks a keyless signature the way `cosign verify --certificate-identity --certificate-oidc-issuer`
 * does offline: the leaf certificate chains to a Fulcio root of the trusted root, names the
 * identity and OIDC issuer asked for and is meant for code signing; a Rekor entry, signed by a
 * log of the trusted root (its signed entry timestamp), was integrated while the certificate was
 * valid and records this very signature. Pure: the trusted root comes in as text.
 * (Inclusion proofs are not checked: the signed entry timestamp is the log's promise, as in
 * cosign's offline verification.)
 */

export interface TrustedRoot {
  /** Each Fulcio certificate chain, leaf-most (intermediate) first, the root last. */
  fulcio: Array<{ chain: X509Certificate[]; start?: number; end?: number }>;
  /** Rekor logs by log id (hex SHA-256 of the key's DER). */
  rekor: Map<string, { key: KeyObject; start?: number; end?: number }>;
}

export interface KeylessPolicy {
  identity: string;
  issuer: string;
  root: TrustedRoot;
}

type Validity = { start?: string; end?: string } | undefined;
const seconds = (s: string | undefined) => (s ? Math.floor(Date.parse(s) / 1000) : undefined);

/** Reads a Sigstore TrustedRoot JSON (cosign's --trusted-root); errors are one line without the input's name (the caller adds it). */
export function parseTrustedRoot(text: string): TrustedRoot {
  let doc: {
    tlogs?: Array<{ publicKey?: { rawBytes?: string; validFor?: Validity }; logId?: { keyId?: string } }>;
    certificateAuthorities?: Array<{ certChain?: { certificates?: Array<{ rawBytes?: string }> }; validFor?: Validity }>;
  };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    throw new Error('is not JSON');
  }
  if (!doc || typeof doc !== 'object' || (!Array.isArray(doc.tlogs) && !Array.isArray(doc.certificateAuthorities))) throw new Error('has no tlogs or certificateAuthorities');
  const root: TrustedRoot = { fulcio: [], rekor: new Map() };
  for (const [i, ca] of (doc.certificateAuthorities ?? []).entries()) {
    try {
      const chain = (ca.certChain?.certificates ?? []).map((c) => new X509Certificate(Buffer.from(c.rawBytes ?? '', 'base64')));
      if (chain.length) root.fulcio.push({ chain, start: seconds(ca.validFor?.start), end: seconds(ca.validFor?.end) });
    } catch {
      throw new Error(`certificate authority ${i + 1} holds a certificate that cannot be read`);
    }
  }
  for (const [i, t] of (doc.tlogs ?? []).entries()) {
    let key: KeyObject;
    try {
      key = createPublicKey({ key: Buffer.from(t.publicKey?.rawBytes ?? '', 'base64'), format: 'der', type: 'spki' });
    } catch {
      throw new Error(`transparency log ${i + 1} holds a public key that cannot be read`);
    }
    const id = t.logId?.keyId ? Buffer.from(t.logId.keyId, 'base64').toString('hex') : logIdOf(key);
    root.rekor.set(id, { key, start: seconds(t.publicKey?.validFor?.start), end: seconds(t.publicKey?.validFor?.end) });
  }
  if (!root.fulcio.length) throw new Error('lists no certificate authority (Fulcio) certificates');
  if (!root.rekor.size) throw new Error('lists no transparency log (Rekor) keys');
  return root;
}

/** A trusted root from a Fulcio root chain (PEM) and a Rekor public key (PEM), as a private instance serves them. */
export function trustedRootFromPem(fulcioChainPem: string, rekorKeyPem: string): TrustedRoot {
  const certs = fulcioChainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (!certs.length) throw new Error('Fulcio sent no PEM certificate');
  const key = createPublicKey(rekorKeyPem);
  return { fulcio: [{ chain: certs.map((c) => new X509Certificate(c)) }], rekor: new Map([[logIdOf(key), { key }]]) };
}

/** A Rekor log id: the hex SHA-256 of its key's DER. */
export function logIdOf(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** The identity a certificate names (its first URI or email subject alternative name), '' when none. */
export function sanIdentity(cert: X509Certificate): string {
  const san = cert.subjectAltName ?? '';
  const m = /(?:^|, )(?:URI|email):("(?:[^"\\]|\\.)*"|[^,]*)/.exec(san);
  if (!m) return '';
  return m[1].startsWith('"') ? (JSON.parse(m[1]) as string) : m[1];
}

// 1.3.6.1.4.1.57264.1.8 (issuer, a DER UTF8String) and 1.3.6.1.4.1.57264.1.1 (issuer, raw; older certificates).
const ISSUER_V2 = Buffer.from('060a2b0601040183bf300108', 'hex');
const ISSUER_V1 = Buffer.from('060a2b0601040183bf300101', 'hex');

function derLength(buf: Buffer, at: number): { len: number; start: number } | undefined {
  const first = buf[at];
  if (first === undefined) return undefined;
  if (first < 0x80) return { len: first, start: at + 1 };
  const n = first & 0x7f;
  if (n < 1 || n > 3) return undefined;
  let len = 0;
  for (let i = 1; i <= n; i++) len = len * 256 + (buf[at + i] ?? 0);
  return { len, start: at + 1 + n };
}

/** The value of an extension (its OCTET STRING content) found by its encoded OID, undefined when absent. */
function extensionValue(der: Buffer, oid: Buffer): Buffer | undefined {
  let at = der.indexOf(oid);
  if (at < 0) return undefined;
  at += oid.length;
  if (der[at] === 0x01) at += 3; // critical: BOOLEAN
  if (der[at] !== 0x04) return undefined;
  const l = derLength(der, at + 1);
  return l ? der.subarray(l.start, l.start + l.len) : undefined;
}

/** The OIDC issuer a Fulcio certificate names, '' when it names none. */
export function certificateIssuer(cert: X509Certificate): string {
  const v2 = extensionValue(cert.raw, ISSUER_V2);
  if (v2 && v2[0] === 0x0c) {
    const l = derLength(v2, 1);
    if (l) return v2.subarray(l.start, l.start + l.len).toString('utf8');
  }
  return extensionValue(cert.raw, ISSUER_V1)?.toString('utf8') ?? '';
}

const within = (t: number, start?: number, end?: number) => (start === undefined || t >= start) && (end === undefined || t <= end);

/** Why the leaf does not chain to a Fulcio root of the trusted root at time t, or undefined when it does. */
function chainProblem(leaf: X509Certificate, root: TrustedRoot, t: number): string | undefined {
  for (const ca of root.fulcio) {
    if (!within(t, ca.start, ca.end)) continue;
    let current = leaf;
    let ok = true;
    for (const next of ca.chain) {
      if (!current.checkIssued(next) || !current.verify(next.publicKey)) {
        ok = false;
        break;
      }
      current = next;
    }
    const last = ca.chain[ca.chain.length - 1];
    if (ok && last.checkIssued(last) && last.verify(last.publicKey)) return undefined;
  }
  return 'its certificate does not chain to a Fulcio root of the trusted root';
}

export interface LogEntry {
  /** base64 of the canonical entry body. */
  body: string;
  integratedTime: number;
  logIndex: number;
  /** hex */
  logID: string;
  /** base64 */
  signedEntryTimestamp: string;
}

/** What a keyless signature is: the signature, what it signs, its certificate, its log entry. */
export interface KeylessEvidence {
  certificate: Buffer;
  signature: Buffer;
  /** The bytes the signature is over (the payload, or the DSSE pre-authentication encoding). */
  signed: Buffer;
  /** What the log entry hashes: the payload (hashedrekord), the envelope as stored (intoto 0.0.1), the DSSE payload (dsse, intoto 0.0.2). */
  artifacts: { payload?: Buffer; envelope?: Buffer };
  entry?: LogEntry;
}

/** Whether the log entry's body records this signature by this certificate over this content. */
function entryProblem(entry: LogEntry, e: KeylessEvidence, cert: X509Certificate): string | undefined {
  let doc: { kind?: string; apiVersion?: string; spec?: any };
  try {
    doc = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8')) as typeof doc;
  } catch {
    return 'its Rekor entry body is not JSON';
  }
  const sha = (b?: Buffer) => (b ? createHash('sha256').update(b).digest('hex') : '');
  const sameCert = (b64: unknown) => {
    if (typeof b64 !== 'string') return false;
    try {
      const text = Buffer.from(b64, 'base64').toString('utf8');
      return new X509Certificate(text.includes('BEGIN') ? text : Buffer.from(b64, 'base64')).raw.equals(cert.raw);
    } catch {
      return false;
    }
  };
  const sig = e.signature.toString('base64');
  const s = doc.spec ?? {};
  let ok = false;
  if (doc.kind === 'hashedrekord') {
    ok = s.signature?.content === sig && sameCert(s.signature?.publicKey?.content) && s.data?.hash?.value === sha(e.artifacts.payload);
  } else if (doc.kind === 'intoto' && doc.apiVersion === '0.0.1') {
    ok = sameCert(s.publicKey) && !!e.artifacts.envelope && s.content?.hash?.value === sha(e.artifacts.envelope);
  } else if (doc.kind === 'intoto' && doc.apiVersion === '0.0.2') {
    const sigs = (s.content?.envelope?.signatures ?? []) as Array<{ sig?: string; publicKey?: string }>;
    ok = sigs.some((x) => Buffer.from(x.sig ?? '', 'base64').toString('utf8') === sig && sameCert(x.publicKey)) && s.content?.payloadHash?.value === sha(e.artifacts.payload);
  } else if (doc.kind === 'dsse') {
    const sigs = (s.signatures ?? []) as Array<{ signature?: string; verifier?: string }>;
    ok = sigs.some((x) => x.signature === sig && sameCert(x.verifier)) && s.payloadHash?.value === sha(e.artifacts.payload);
  } else {
    return `its Rekor entry is of kind '${String(doc.kind)}' ${String(doc.apiVersion)}, which gantry does not read`;
  }
  return ok ? undefined : 'its Rekor entry records another signature or content';
}

export type KeylessCheck = { ok: true; identity: string; issuer: string } | { ok: false; problem: string; identity?: string; issuer?: string };

/** Checks one keyless signature against the policy; the identity and issuer found are returned either way. */
export function checkKeyless(e: KeylessEvidence, policy: KeylessPolicy): KeylessCheck {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(e.certificate);
  } catch {
    return { ok: false, problem: 'its certificate cannot be read' };
  }
  const identity = sanIdentity(cert);
  const issuer = certificateIssuer(cert);
  const fail = (problem: string): KeylessCheck => ({ ok: false, problem, identity, issuer });
  let sigOk = false;
  try {
    sigOk = cryptoVerify(cert.publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256', e.signed, cert.publicKey, e.signature);
  } catch {
    sigOk = false;
  }
  if (!sigOk) return fail('its certificate\'s key does not verify the signature');
  if (identity !== policy.identity) return fail(`it is signed by identity '${identity || '(none)'}', not verify_identity '${policy.identity}'`);
  if (issuer !== policy.issuer) return fail(`its certificate names OIDC issuer '${issuer || '(none)'}', not verify_issuer '${policy.issuer}'`);
  if (!(cert.keyUsage ?? []).includes('1.3.6.1.5.5.7.3.3')) return fail('its certificate is not for code signing');
  if (!e.entry) return fail('it has no Rekor entry');
  const log = policy.root.rekor.get(e.entry.logID);
  if (!log) return fail(`its Rekor entry is from a log the trusted root does not list (${e.entry.logID.slice(0, 16)})`);
  const promise = Buffer.from(JSON.stringify({ body: e.entry.body, integratedTime: e.entry.integratedTime, logID: e.entry.logID, logIndex: e.entry.logIndex }));
  let setOk = false;
  try {
    setOk = cryptoVerify('sha256', promise, log.key, Buffer.from(e.entry.signedEntryTimestamp, 'base64'));
  } catch {
    setOk = false;
  }
  if (!setOk) return fail('its Rekor entry\'s signed entry timestamp does not verify with the log\'s key');
  const t = e.entry.integratedTime;
  if (!within(t, log.start, log.end)) return fail('its Rekor entry was integrated outside the log key\'s validity');
  const notBefore = Math.floor(Date.parse(cert.validFrom) / 1000);
  const notAfter = Math.floor(Date.parse(cert.validTo) / 1000);
  if (t < notBefore || t > notAfter) return fail(`its Rekor entry was integrated at ${new Date(t * 1000).toISOString()}, outside the certificate's validity`);
  const chain = chainProblem(cert, policy.root, t);
  if (chain) return fail(chain);
  const entry = entryProblem(e.entry, e, cert);
  if (entry) return fail(entry);
  return { ok: true, identity, issuer };
}

/** cosign's legacy bundle annotation (dev.sigstore.cosign/bundle) as a log entry, undefined when it is not one. */
export function entryFromCosignAnnotation(text: string | undefined): LogEntry | undefined {
  if (!text) return undefined;
  try {
    const b = JSON.parse(text) as { SignedEntryTimestamp?: string; Payload?: { body?: string; integratedTime?: number; logIndex?: number; logID?: string } };
    const p = b.Payload;
    if (!b.SignedEntryTimestamp || !p || typeof p.body !== 'string' || typeof p.integratedTime !== 'number' || typeof p.logIndex !== 'number' || typeof p.logID !== 'string') return undefined;
    return { body: p.body, integratedTime: p.integratedTime, logIndex: p.logIndex, logID: p.logID, signedEntryTimestamp: b.SignedEntryTimestamp };
  } catch {
    return undefined;
  }
}

/** A bundle's first Rekor entry that has a signed entry timestamp, as a log entry. */
export function entryFromBundle(entries: Array<{ logIndex?: string; logId?: { keyId?: string }; integratedTime?: string; inclusionPromise?: { signedEntryTimestamp?: string }; canonicalizedBody?: string }> | undefined): LogEntry | undefined {
  const e = (entries ?? []).find((x) => x.inclusionPromise?.signedEntryTimestamp && x.canonicalizedBody);
  if (!e) return undefined;
  return {
    body: e.canonicalizedBody as string,
    integratedTime: Number(e.integratedTime),
    logIndex: Number(e.logIndex),
    logID: Buffer.from(e.logId?.keyId ?? '', 'base64').toString('hex'),
    signedEntryTimestamp: e.inclusionPromise?.signedEntryTimestamp as string,
  };
}
