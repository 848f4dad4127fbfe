import { KeyObject, createPublicKey, verify } from 'crypto';
import { KnownHostEntry, sha256Fingerprint } from './known-hosts';

/**
 * OpenSSH host certificates (PROTOCOL.certkeys): reading one, and checking it the way ssh does
 * for a host matched by `@cert-authority` lines. Pure: the caller fetches the blob and says when
 * "now" is.
 */

/** Certificate host key algorithms, best first, as offered in a KEXINIT. */
export const CERT_HOST_KEY_ALGORITHMS = [
  'ssh-ed25519-cert-v01@openssh.com',
  'ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'ecdsa-sha2-nistp384-cert-v01@openssh.com',
  'ecdsa-sha2-nistp521-cert-v01@openssh.com',
  'rsa-sha2-512-cert-v01@openssh.com',
  'rsa-sha2-256-cert-v01@openssh.com',
];

const SSH_CERT_TYPE_USER = 1;
const SSH_CERT_TYPE_HOST = 2;
const FOREVER = 0xffffffffffffffffn;

export interface HostCertificate {
  /** The certificate's own type, e.g. ssh-ed25519-cert-v01@openssh.com. */
  readonly certType: string;
  /** The certified key as a plain public key blob (what the host signs its key exchange with). */
  readonly publicKey: Buffer;
  readonly serial: bigint;
  /** 1 user, 2 host. */
  readonly type: number;
  readonly keyId: string;
  readonly principals: readonly string[];
  /** Seconds since the epoch; validBefore FOREVER (2^64-1) for "forever". */
  readonly validAfter: bigint;
  readonly validBefore: bigint;
  readonly criticalOptions: readonly string[];
  /** The CA's public key blob. */
  readonly signatureKey: Buffer;
  readonly signature: Buffer;
  /** The bytes the CA signed: the certificate up to its signature. */
  readonly signed: Buffer;
}

/** A bounds-checked reader of SSH wire types; any overrun throws. */
export class SshReader {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}
  get done(): boolean {
    return this.pos === this.buf.length;
  }
  get offset(): number {
    return this.pos;
  }
  private need(n: number): void {
    if (n < 0 || this.pos + n > this.buf.length) throw new Error('truncated');
  }
  byte(): number {
    this.need(1);
    return this.buf[this.pos++];
  }
  uint32(): number {
    this.need(4);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
  uint64(): bigint {
    this.need(8);
    const v = this.buf.readBigUInt64BE(this.pos);
    this.pos += 8;
    return v;
  }
  bytes(n: number): Buffer {
    this.need(n);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  text(): string {
    return this.string().toString('utf8');
  }
}

export function sshString(data: Buffer | string): Buffer {
  const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

/** A list of strings inside one string (principals) or name/data pairs (options, extensions). */
function stringList(buf: Buffer, pairs: boolean): string[] {
  const r = new SshReader(buf);
  const out: string[] = [];
  while (!r.done) {
    out.push(r.text());
    if (pairs) r.string();
  }
  return out;
}

/** Reads a certificate blob; throws a short reason when it is not one gantry can check. */
export function parseCertificate(blob: Buffer): HostCertificate {
  const r = new SshReader(blob);
  try {
    const certType = r.text();
    r.string(); // nonce
    let publicKey: Buffer;
    if (certType === 'ssh-ed25519-cert-v01@openssh.com') {
      publicKey = Buffer.concat([sshString('ssh-ed25519'), sshString(r.string())]);
    } else if (/^ecdsa-sha2-nistp(256|384|521)-cert-v01@openssh\.com$/.test(certType)) {
      const plain = certType.replace('-cert-v01@openssh.com', '');
      publicKey = Buffer.concat([sshString(plain), sshString(r.string()), sshString(r.string())]);
    } else if (certType === 'ssh-rsa-cert-v01@openssh.com') {
      const e = r.string();
      const n = r.string();
      publicKey = Buffer.concat([sshString('ssh-rsa'), sshString(e), sshString(n)]);
    } else {
      throw new Error(`of the unsupported type '${certType.slice(0, 60)}'`);
    }
    const serial = r.uint64();
    const type = r.uint32();
    const keyId = r.text();
    const principals = stringList(r.string(), false);
    const validAfter = r.uint64();
    const validBefore = r.uint64();
    const criticalOptions = stringList(r.string(), true);
    stringList(r.string(), true); // extensions: none matter for a host
    r.string(); // reserved
    const signatureKey = r.string();
    const signedEnd = r.offset;
    const signature = r.string();
    if (!r.done) throw new Error('with bytes after its signature');
    return {
      certType, publicKey, serial, type, keyId, principals, validAfter, validBefore, criticalOptions,
      signatureKey, signature, signed: blob.subarray(0, signedEnd),
    };
  } catch (err) {
    const msg = (err as Error).message;
    throw new Error(msg === 'truncated' ? 'that does not parse (truncated)' : msg);
  }
}

const CURVES: Record<string, { jwk: string; size: number; hash: string }> = {
  nistp256: { jwk: 'P-256', size: 32, hash: 'sha256' },
  nistp384: { jwk: 'P-384', size: 48, hash: 'sha384' },
  nistp521: { jwk: 'P-521', size: 66, hash: 'sha512' },
};

const b64url = (b: Buffer) => b.toString('base64url');
/** An mpint's magnitude without the sign byte, left-padded to `size` when given. */
function unsigned(b: Buffer, size?: number): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const v = b.subarray(i);
  if (size === undefined) return v;
  if (v.length > size) throw new Error('an integer longer than its curve');
  return Buffer.concat([Buffer.alloc(size - v.length), v]);
}

/** A plain SSH public key blob as a node:crypto key, with its type. */
function publicKeyObject(blob: Buffer): { type: string; key: KeyObject } {
  const r = new SshReader(blob);
  const type = r.text();
  if (type === 'ssh-ed25519') {
    const x = r.string();
    return { type, key: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(x) }, format: 'jwk' }) };
  }
  const ec = /^ecdsa-sha2-(nistp256|nistp384|nistp521)$/.exec(type);
  if (ec) {
    const curve = CURVES[ec[1]];
    if (r.text() !== ec[1]) throw new Error('an ECDSA key whose curve does not match its type');
    const q = r.string();
    if (q[0] !== 4 || q.length !== 1 + 2 * curve.size) throw new Error('an ECDSA key that is not an uncompressed point');
    const x = q.subarray(1, 1 + curve.size);
    const y = q.subarray(1 + curve.size);
    return { type, key: createPublicKey({ key: { kty: 'EC', crv: curve.jwk, x: b64url(x), y: b64url(y) }, format: 'jwk' }) };
  }
  if (type === 'ssh-rsa') {
    const e = unsigned(r.string());
    const n = unsigned(r.string());
    return { type, key: createPublicKey({ key: { kty: 'RSA', n: b64url(n), e: b64url(e) }, format: 'jwk' }) };
  }
  throw new Error(`a CA key of the unsupported type '${type.slice(0, 60)}'`);
}

/** Whether `signature` (an SSH signature blob) by the key `keyBlob` is valid over `data`. */
export function verifySshSignature(keyBlob: Buffer, data: Buffer, signature: Buffer): boolean {
  const { type, key } = publicKeyObject(keyBlob);
  const r = new SshReader(signature);
  const alg = r.text();
  const sig = r.string();
  if (type === 'ssh-ed25519') {
    if (alg !== 'ssh-ed25519') throw new Error(`a signature of type '${alg.slice(0, 40)}' by an ssh-ed25519 key`);
    return verify(null, data, key, sig);
  }
  if (type.startsWith('ecdsa-sha2-')) {
    if (alg !== type) throw new Error(`a signature of type '${alg.slice(0, 40)}' by an ${type} key`);
    const curve = CURVES[type.slice('ecdsa-sha2-'.length)];
    const rs = new SshReader(sig);
    const p1363 = Buffer.concat([unsigned(rs.string(), curve.size), unsigned(rs.string(), curve.size)]);
    return verify(curve.hash, data, { key, dsaEncoding: 'ieee-p1363' }, p1363);
  }
  // ssh-rsa: SHA-1 signatures are refused, as OpenSSH's default CASignatureAlgorithms does.
  const hash = alg === 'rsa-sha2-512' ? 'sha512' : alg === 'rsa-sha2-256' ? 'sha256' : undefined;
  if (!hash) throw new Error(`a signature of type '${alg.slice(0, 40)}' (RSA signatures must be rsa-sha2-256 or rsa-sha2-512)`);
  return verify(hash, data, key, sig);
}

/** An SSH time (seconds since the epoch) as ssh-keygen -L prints it, in UTC. */
export function sshTime(t: bigint): string {
  if (t === FOREVER) return 'forever';
  return `${new Date(Number(t) * 1000).toISOString().replace(/\.000Z$/, 'Z')}`;
}

export interface CertificateCheck {
  /** The name the host was connected to (as written in the inputs): a principal must equal it. */
  readonly host: string;
  /** @cert-authority lines matching this host. */
  readonly authorities: readonly KnownHostEntry[];
  /** @revoked lines matching this host. */
  readonly revoked: readonly KnownHostEntry[];
  /** Seconds since the epoch. */
  readonly now: number;
}

export type CertificateVerdict =
  | { readonly ok: true; readonly cert: HostCertificate; readonly authority: KnownHostEntry }
  | { readonly ok: false; readonly reason: string; readonly cert?: HostCertificate };

/**
 * Checks a host certificate as ssh does for a host under `@cert-authority` lines. The reason of a
 * refusal is a phrase to follow "host NAME: host certificate ".
 */
export function checkHostCertificate(blob: Buffer, c: CertificateCheck): CertificateVerdict {
  let cert: HostCertificate;
  try {
    cert = parseCertificate(blob);
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
  const id = `'${cert.keyId.slice(0, 80)}' (serial ${cert.serial})`;
  const refuse = (reason: string): CertificateVerdict => ({ ok: false, reason: `${id} ${reason}`, cert });
  if (cert.type !== SSH_CERT_TYPE_HOST) {
    return refuse(cert.type === SSH_CERT_TYPE_USER ? 'is a user certificate, not a host certificate' : `has the unknown certificate type ${cert.type}`);
  }
  const caFingerprint = sha256Fingerprint(cert.signatureKey);
  const revokedCa = c.revoked.find((e) => (e.key ? e.key.equals(cert.signatureKey) : e.fingerprint === caFingerprint));
  if (revokedCa) return refuse(`is signed by the CA key ${caFingerprint}, which is revoked (known_hosts line ${revokedCa.line})`);
  const keyFingerprint = sha256Fingerprint(cert.publicKey);
  const revokedKey = c.revoked.find((e) => (e.key ? e.key.equals(cert.publicKey) : e.fingerprint === keyFingerprint));
  if (revokedKey) return refuse(`certifies the key ${keyFingerprint}, which is revoked (known_hosts line ${revokedKey.line})`);
  const authority = c.authorities.find((e) => e.key?.equals(cert.signatureKey));
  if (!authority) {
    const lines = c.authorities.map((e) => e.line).join(', ');
    return refuse(`is not signed by a @cert-authority key in known_hosts: its CA key is ${caFingerprint}${lines ? `; the @cert-authority lines for this host (line ${lines}) name other keys` : ''}`);
  }
  let valid: boolean;
  try {
    valid = verifySshSignature(cert.signatureKey, cert.signed, cert.signature);
  } catch (err) {
    return refuse(`has a signature that cannot be checked: ${(err as Error).message}`);
  }
  if (!valid) return refuse(`has a signature that does not verify with its CA key ${caFingerprint} (known_hosts line ${authority.line})`);
  const now = BigInt(Math.floor(c.now));
  if (now < cert.validAfter) return refuse(`is not valid before ${sshTime(cert.validAfter)}`);
  if (now >= cert.validBefore) return refuse(`expired on ${sshTime(cert.validBefore)}`);
  if (cert.principals.length === 0) return refuse('names no principals (a host certificate must name its hosts)');
  if (!cert.principals.includes(c.host)) {
    const shown = cert.principals.slice(0, 5).join(', ') + (cert.principals.length > 5 ? ', ...' : '');
    return refuse(`is not valid for principal '${c.host}' (it names ${shown})`);
  }
  if (cert.criticalOptions.length > 0) return refuse(`has the unknown critical option '${cert.criticalOptions[0].slice(0, 60)}'`);
  return { ok: true, cert, authority };
}
