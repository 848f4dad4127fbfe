import { inputError } from '../errors';
import { sha256Fingerprint } from './known-hosts';
import { HostCertificate, parseCertificate, sshTime, verifySshSignature } from './host-certificate';

/**
 * OpenSSH user certificates (PROTOCOL.certkeys) for the client key: reading the KEY-cert.pub
 * line, checking it belongs to the key and is valid now, and the algorithm names a login with it
 * uses. Pure: the caller says when "now" is.
 */

const SSH_CERT_TYPE_USER = 1;

/** The input a certificate came from, for messages. */
export type CertificateInput = 'ssh_certificate' | 'ssh_jump_certificate';

/** A checked user certificate and how a login offers it. */
export interface UserCertificate {
  /** The certificate blob: what the login sends as the public key. */
  readonly blob: Buffer;
  /**
   * The public key algorithm of the login request (a -cert-v01@openssh.com name). An RSA key's
   * certificate is offered as rsa-sha2-512-cert-v01@openssh.com: sshd refuses the SHA-1 ssh-rsa one.
   */
  readonly algorithm: string;
  /** The signature's own algorithm inside the request: the plain key's (ssh-ed25519, rsa-sha2-512...). */
  readonly signatureAlgorithm: string;
  /** The hash the key signs with (undefined for Ed25519). */
  readonly hash?: 'sha256' | 'sha384' | 'sha512';
  readonly principals: readonly string[];
  readonly keyId: string;
  readonly serial: bigint;
  /** Seconds since the epoch; 2^64-1 is forever. */
  readonly validBefore: bigint;
  /** The signing CA's fingerprint. */
  readonly caFingerprint: string;
}

/** How messages name a certificate: `certificate 'ID' (serial N, principals a, b)`. */
export function describeCertificate(c: UserCertificate): string {
  const shown = c.principals.length === 0 ? 'any principal' : `principals ${c.principals.slice(0, 5).join(', ')}${c.principals.length > 5 ? ', ...' : ''}`;
  return `certificate '${c.keyId.slice(0, 80)}' (serial ${c.serial}, ${shown}, CA ${c.caFingerprint})`;
}

/** Login algorithm, signature algorithm and hash for a certificate of each key type. */
function algorithms(certType: string): Pick<UserCertificate, 'algorithm' | 'signatureAlgorithm' | 'hash'> {
  if (certType === 'ssh-ed25519-cert-v01@openssh.com') return { algorithm: certType, signatureAlgorithm: 'ssh-ed25519' };
  const ec = /^ecdsa-sha2-nistp(256|384|521)-cert-v01@openssh\.com$/.exec(certType);
  if (ec) {
    const hash = ({ 256: 'sha256', 384: 'sha384', 521: 'sha512' } as const)[ec[1] as '256' | '384' | '521'];
    return { algorithm: certType, signatureAlgorithm: `ecdsa-sha2-nistp${ec[1]}`, hash };
  }
  // ssh-rsa-cert-v01@openssh.com, the only RSA certificate type parseCertificate reads.
  return { algorithm: 'rsa-sha2-512-cert-v01@openssh.com', signatureAlgorithm: 'rsa-sha2-512', hash: 'sha512' };
}

/**
 * Reads and checks a user certificate for the private key whose public blob is `keyBlob`, before
 * any host is contacted: not a certificate, a host certificate, one of another key, a signature
 * that does not verify, not valid yet or expired are each one line naming `input`.
 */
export function checkUserCertificate(text: string, keyBlob: Buffer, now: number, input: CertificateInput, keyInput: string): UserCertificate {
  const expected = 'an OpenSSH user certificate (the KEY-cert.pub line that ssh-keygen -s CA -I ID -n USER KEY.pub writes)';
  if (/^-----BEGIN/.test(text.trim())) throw inputError(input, 'is a private key', `${expected}, not a key`);
  const line = text.trim().split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#'));
  if (line.length !== 1) throw inputError(input, line.length === 0 ? 'holds no certificate' : `holds ${line.length} lines`, `one line: ${expected}`);
  const [type, b64] = line[0].trim().split(/\s+/);
  if (!b64 || !/^(ssh|ecdsa|sk|rsa)-[\w.@-]+$/.test(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) {
    throw inputError(input, 'is not a certificate line (TYPE BASE64 [COMMENT])', expected);
  }
  if (!type.endsWith('-cert-v01@openssh.com')) {
    throw inputError(input, `is a plain public key (${type.slice(0, 40)}), not a certificate`, `${expected}; sign the public key with the CA first`);
  }
  const blob = Buffer.from(b64, 'base64');
  let cert: HostCertificate;
  try {
    cert = parseCertificate(blob);
  } catch (err) {
    throw inputError(input, `is not a certificate gantry can read: one ${(err as Error).message}`, `${expected} of an Ed25519, ECDSA or RSA key`);
  }
  if (cert.certType !== type) throw inputError(input, `says ${type.slice(0, 60)} but holds a ${cert.certType}`, expected);
  if (cert.type !== SSH_CERT_TYPE_USER) {
    throw inputError(input, cert.type === 2 ? `is a host certificate ('${cert.keyId.slice(0, 80)}'), which no sshd takes for a login` : `has the unknown certificate type ${cert.type}`, `${expected} (made without -h)`);
  }
  const keyFp = sha256Fingerprint(keyBlob);
  const certFp = sha256Fingerprint(cert.publicKey);
  if (!cert.publicKey.equals(keyBlob)) {
    throw inputError(input, `certifies the key ${certFp}, not ${keyInput}'s ${keyFp}`, `the certificate of ${keyInput}'s own public key`);
  }
  const caFingerprint = sha256Fingerprint(cert.signatureKey);
  let signed: boolean;
  try {
    signed = verifySshSignature(cert.signatureKey, cert.signed, cert.signature);
  } catch (err) {
    throw inputError(input, `has a CA signature gantry cannot check: ${(err as Error).message}`, expected);
  }
  if (!signed) throw inputError(input, `has a CA signature that does not verify with its CA key ${caFingerprint} (the certificate was altered)`, expected);
  const t = BigInt(Math.floor(now));
  if (t < cert.validAfter) throw inputError(input, `'${cert.keyId.slice(0, 80)}' is not valid before ${sshTime(cert.validAfter)}`, 'a certificate valid now');
  if (t >= cert.validBefore) throw inputError(input, `'${cert.keyId.slice(0, 80)}' expired on ${sshTime(cert.validBefore)}`, 'a certificate valid now (sign the key again: ssh-keygen -s CA -V ...)');
  return {
    blob, ...algorithms(cert.certType),
    principals: cert.principals, keyId: cert.keyId, serial: cert.serial, validBefore: cert.validBefore, caFingerprint,
  };
}
