import { KeyObject, createHash, createPrivateKey, createPublicKey, scryptSync } from 'crypto';
import nacl from 'tweetnacl';
import { inputError } from '../errors';

/**
 * Keys in cosign's formats. A private key is cosign's encrypted PEM (`cosign generate-key-pair`):
 * a JSON document under `ENCRYPTED SIGSTORE PRIVATE KEY` (or the older `ENCRYPTED COSIGN PRIVATE
 * KEY`) whose PKCS#8 key is sealed with NaCl secretbox under a key derived from the password by
 * scrypt. Public keys are SPKI PEM (`cosign.pub`). Pure: no file or network access.
 */

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SPKI PEM of the public half, what `cosign verify --key` takes. */
  readonly publicPem: string;
}

interface EncryptedKeyDoc {
  kdf?: { name?: string; params?: { N?: number; r?: number; p?: number }; salt?: string };
  cipher?: { name?: string; nonce?: string };
  ciphertext?: string;
}

const ENCRYPTED = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
const PUBLIC = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;

/** The SPKI PEM of a key, one canonical text (trailing newline included). */
export function publicPem(key: KeyObject): string {
  return (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'pem' }).toString();
}

/** A short id of a public key (sha256 of its DER), for messages. */
export function keyId(key: KeyObject): string {
  return `sha256:${createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)}`;
}

const EXPECTED_KEY = "a cosign private key (the PEM 'ENCRYPTED SIGSTORE PRIVATE KEY' that cosign generate-key-pair writes)";

/** Decrypts a cosign-format private key; errors name `input` and never echo the key. */
export function parseCosignPrivateKey(text: string, password: string, input = 'sign_key'): SigningKey {
  const m = ENCRYPTED.exec(text);
  if (!m) {
    const what = /BEGIN [A-Z ]*PRIVATE KEY/.test(text) ? 'is an unencrypted or non-cosign private key' : 'holds no cosign private key';
    throw inputError(input, what, EXPECTED_KEY);
  }
  let doc: EncryptedKeyDoc;
  try {
    doc = JSON.parse(Buffer.from(m[2].replace(/\s+/g, ''), 'base64').toString('utf8')) as EncryptedKeyDoc;
  } catch {
    throw inputError(input, 'is a PEM block whose content is not cosign\'s key document', EXPECTED_KEY);
  }
  const params = doc.kdf?.params ?? {};
  if (doc.kdf?.name !== 'scrypt' || doc.cipher?.name !== 'nacl/secretbox' || !doc.kdf.salt || !doc.cipher.nonce || !doc.ciphertext ||
      !params.N || !params.r || !params.p) {
    throw inputError(input, `uses kdf '${doc.kdf?.name ?? ''}' and cipher '${doc.cipher?.name ?? ''}'`, `${EXPECTED_KEY} (scrypt and nacl/secretbox)`);
  }
  if (params.N > 1 << 20 || params.r > 32 || params.p > 16) throw inputError(input, `asks for scrypt N=${params.N} r=${params.r} p=${params.p}`, 'cosign\'s parameters (N up to 2^20)');
  const secret = scryptSync(Buffer.from(password, 'utf8'), Buffer.from(doc.kdf.salt, 'base64'), 32, {
    N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024,
  });
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(doc.ciphertext, 'base64')),
    new Uint8Array(Buffer.from(doc.cipher.nonce, 'base64')),
    new Uint8Array(secret),
  );
  if (!opened) {
    throw inputError(`${input}_password`, password ? `does not open ${input}` : `is empty and ${input} is encrypted`, `the password the key was generated with (COSIGN_PASSWORD of cosign generate-key-pair)`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
  } catch {
    throw inputError(input, 'decrypts to something that is not a PKCS#8 private key', EXPECTED_KEY);
  }
  if (privateKey.asymmetricKeyType !== 'ec') throw inputError(input, `is a ${privateKey.asymmetricKeyType} key`, 'an ECDSA P-256 cosign key');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicPem: publicPem(publicKey) };
}

/** Encrypts a private key in cosign's format (the inverse of parseCosignPrivateKey; tests and key tools). */
export function encryptCosignPrivateKey(privateKey: KeyObject, password: string, salt: Buffer, nonce: Buffer, N = 65536): string {
  const secret = scryptSync(Buffer.from(password, 'utf8'), salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 16 * 1024 * 1024 });
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const ciphertext = nacl.secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(secret));
  const doc = {
    kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64'),
  };
  const body = Buffer.from(JSON.stringify(doc)).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
}

/** Every public key in `text` (one or several SPKI PEM blocks); errors name `input`. */
export function parsePublicKeys(text: string, input = 'verify_key'): KeyObject[] {
  const blocks = text.match(PUBLIC) ?? [];
  if (blocks.length === 0) {
    const what = /PRIVATE KEY/.test(text) ? 'holds a private key, not a public key' : text.trim() ? 'holds no PEM public key' : 'is empty';
    throw inputError(input, what, "one or more public keys as PEM 'PUBLIC KEY' blocks (cosign.pub)");
  }
  return blocks.map((b, i) => {
    try {
      const key = createPublicKey(b);
      if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ed25519') throw new Error(String(key.asymmetricKeyType));
      return key;
    } catch {
      throw inputError(input, `public key ${i + 1} of ${blocks.length} cannot be read`, 'an ECDSA, RSA or Ed25519 public key in PEM (cosign.pub)');
    }
  });
}
