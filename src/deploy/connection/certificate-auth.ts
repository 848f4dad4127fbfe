import { createPrivateKey, sign } from 'crypto';
import { utils } from 'ssh2';
import { sshString } from '../../ssh/host-certificate';
import type { UserCertificate } from '../../ssh/user-certificate';

/**
 * Public key authentication with an OpenSSH user certificate over ssh2, which has no API for it.
 *
 * ssh2 offers a parsed key with `type` as the request's algorithm and `getPublicSSH()` as its
 * blob, so a key object whose type is the certificate's algorithm and whose blob is the
 * certificate gets the query ("would you take this key?") right. The signed request it then writes
 * is not: it names the request's algorithm inside the signature too, where sshd expects the plain
 * key's (ssh-ed25519, not ssh-ed25519-cert-v01@openssh.com, see PROTOCOL.certkeys), and it
 * converts ECDSA signatures only for plain ECDSA types. So for that one request, on this
 * connection's protocol object only, gantry writes the message itself (RFC 4252 section 7).
 */

/** The parts of ssh2's protocol object (1.x) the signed request is written with. */
interface Ssh2Protocol {
  authPK(username: string, key: unknown, keyAlgo?: unknown, cbSign?: unknown): void;
  _kex?: { sessionID?: Buffer };
  _packetRW?: { write?: { alloc(n: number): Buffer; allocStart: number; finalize(packet: Buffer): Buffer } };
  _authsQueue?: string[];
  [certificateShim]?: true;
}

const certificateShim = Symbol('gantry certificate auth');
const USERAUTH_REQUEST = 50;

type ParsedKey = ReturnType<typeof utils.parseKey> & { getPrivatePEM(): string; getPublicSSH(): Buffer; type: string };

/** The key ssh2 offers: the private key, presented as its certificate. */
export interface CertifiedKey {
  readonly key: object;
  readonly privatePem: string;
  readonly certificate: UserCertificate;
}

/** The parsed private key seen as its certificate (the private half stays the key's own). */
export function certifiedKey(text: string, passphrase: string | undefined, certificate: UserCertificate): CertifiedKey {
  const parsed = utils.parseKey(text, passphrase);
  if (parsed instanceof Error) throw parsed;
  const key = (Array.isArray(parsed) ? parsed[0] : parsed) as ParsedKey;
  const presented = Object.create(key, {
    type: { value: certificate.algorithm },
    getPublicSSH: { value: () => certificate.blob },
  }) as object;
  return { key: presented, privatePem: key.getPrivatePEM(), certificate };
}

/** An mpint of an unsigned big-endian magnitude: no leading zeros, a zero byte before a high bit. */
function mpint(magnitude: Buffer): Buffer {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  const v = magnitude.subarray(i);
  return v[0] & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v;
}

/** The SSH signature blob (algorithm name and signature) of `data` by the plain key. */
export function certificateSignature(privatePem: string, certificate: UserCertificate, data: Buffer): Buffer {
  const key = createPrivateKey(privatePem);
  let sig: Buffer;
  if (certificate.signatureAlgorithm.startsWith('ecdsa-')) {
    const rs = sign(certificate.hash ?? null, data, { key, dsaEncoding: 'ieee-p1363' });
    const half = rs.length / 2;
    sig = Buffer.concat([sshString(mpint(rs.subarray(0, half))), sshString(mpint(rs.subarray(half)))]);
  } else {
    sig = sign(certificate.hash ?? null, data, key);
  }
  return Buffer.concat([sshString(certificate.signatureAlgorithm), sshString(sig)]);
}

/** The USERAUTH_REQUEST payload up to the signature, and what is signed: the session id before it. */
export function certificateRequest(username: string, certificate: UserCertificate, sessionId: Buffer): { request: Buffer; signed: Buffer } {
  const request = Buffer.concat([
    Buffer.from([USERAUTH_REQUEST]), sshString(username), sshString('ssh-connection'), sshString('publickey'),
    Buffer.from([1]), sshString(certificate.algorithm), sshString(certificate.blob),
  ]);
  return { request, signed: Buffer.concat([sshString(sessionId), request]) };
}

/**
 * Makes `protocol` (an ssh2 client's, once it is connected) write the signed request of `key`
 * itself; every other request goes through ssh2 as before. Throws when ssh2's internals are not
 * the ones this was written for, so a changed ssh2 fails loudly rather than logging in wrongly.
 */
export function sendCertificateAuthOn(protocol: unknown, key: CertifiedKey): void {
  const proto = protocol as Ssh2Protocol;
  const writer = proto?._packetRW?.write;
  if (typeof proto?.authPK !== 'function' || !writer || typeof writer.alloc !== 'function' || typeof writer.finalize !== 'function'
    || typeof writer.allocStart !== 'number' || !Array.isArray(proto._authsQueue)) {
    throw new Error('this version of the SSH library cannot log in with a certificate (its protocol object changed)');
  }
  if (proto[certificateShim]) return;
  proto[certificateShim] = true;
  const original = proto.authPK;
  const { sendPacket } = require('ssh2/lib/protocol/utils.js') as { sendPacket(p: object, packet: Buffer): void };
  proto.authPK = function authPK(this: Ssh2Protocol, username: string, pubKey: unknown, keyAlgo?: unknown, cbSign?: unknown): void {
    const signing = typeof keyAlgo === 'function' || typeof cbSign === 'function';
    if (pubKey !== key.key || !signing) return original.call(this, username, pubKey, keyAlgo, cbSign);
    const sessionId = this._kex?.sessionID;
    if (!sessionId) throw new Error('no session id to sign');
    const { request, signed } = certificateRequest(username, key.certificate, sessionId);
    const payload = Buffer.concat([request, sshString(certificateSignature(key.privatePem, key.certificate, signed))]);
    const w = this._packetRW!.write!;
    const packet = w.alloc(payload.length);
    packet.set(payload, w.allocStart);
    this._authsQueue!.push('publickey');
    sendPacket(this, w.finalize(packet));
  };
}
