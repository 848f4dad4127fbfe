import { createPrivateKey } from 'crypto';
import { utils } from 'ssh2';
import { inputError } from '../../errors';
import { sha256Fingerprint } from '../../ssh/known-hosts';
import { CertificateInput, UserCertificate, checkUserCertificate, describeCertificate } from '../../ssh/user-certificate';

/** How gantry authenticates: a private key it was given, or the keys of an SSH agent (SSH_AUTH_SOCK). */
export interface ClientKey {
  /** The private key's text; empty when the agent signs. */
  readonly text: string;
  readonly passphrase?: string;
  /** The agent's socket, when the key is an agent's (no private key given). */
  readonly agent?: string;
  /** The key's type, or 'agent' for an agent's keys. */
  readonly type: string;
  /** SHA256 fingerprint of the public half (the agent's keys, each with its type): what the hosts' authorized_keys must hold. */
  readonly fingerprint: string;
  /** ssh_certificate (or ssh_jump_certificate), checked against this key: offered first, the plain key after it. */
  readonly certificate?: UserCertificate;
}

/** A certificate given with a key: its text, the input it came from, and "now" in seconds since the epoch. */
export interface CertificateText {
  readonly text: string;
  readonly input: CertificateInput;
  readonly now: number;
}

/** What an auth failure names: `the key ssh-ed25519 SHA256:...`, or the agent's keys. */
export function describeClientKey(key: ClientKey): string {
  if (key.agent) return `the SSH agent's key(s) ${key.fingerprint}`;
  return `the key ${key.type} ${key.fingerprint}${key.certificate ? ` and its ${describeCertificate(key.certificate)}` : ''}`;
}

/**
 * The keys of the SSH agent at `socket`, asked once before any host is contacted: an agent that
 * does not answer, or holds no key, is one clear message naming the input that was left empty.
 */
export async function agentKey(socket: string, input: 'ssh_private_key' | 'ssh_jump_key' = 'ssh_private_key'): Promise<ClientKey> {
  const { OpenSSHAgent } = await import('ssh2');
  const keys = await new Promise<Array<{ type: string; getPublicSSH(): Buffer }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer within 10 s')), 10_000);
    new OpenSSHAgent(socket).getIdentities((err, ids) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve((ids ?? []) as never);
    });
  }).catch((err: Error) => {
    throw inputError(input, `is empty, and the SSH agent at SSH_AUTH_SOCK (${socket}) does not answer (${err.message})`, 'a private key, or a running agent holding one (eval $(ssh-agent) && ssh-add KEY)');
  });
  if (keys.length === 0) {
    throw inputError(input, `is empty, and the SSH agent at SSH_AUTH_SOCK (${socket}) holds no key`, 'a private key, or a key added to the agent (ssh-add KEY)');
  }
  return {
    text: '',
    agent: socket,
    type: 'agent',
    fingerprint: keys.map((k) => `${k.type} ${sha256Fingerprint(k.getPublicSSH())}`).join(', '),
  };
}

/**
 * Checks the private key before any host is contacted, so a wrong key is one clear message
 * instead of an authentication failure on every host.
 */
export function parsePrivateKey(text: string, passphrase: string, input: 'ssh_private_key' | 'ssh_jump_key' = 'ssh_private_key', certificate?: CertificateText): ClientKey {
  const trimmed = text.trim();
  if (trimmed === '') throw inputError(input, 'is empty', 'the text of a private key (or, on the CLI, its path)');
  if (/^(ssh-|ecdsa-|sk-)\S+ [A-Za-z0-9+/=]+/.test(trimmed)) {
    throw inputError(input, 'is a public key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
  }
  let keyText = `${trimmed.replace(/\r\n/g, '\n')}\n`;
  if (/^-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/.test(trimmed)) {
    // PKCS#8, which OpenSSH reads and ssh2 does not: re-encoded in memory as the PEM form ssh2
    // takes (PKCS#1 for RSA, SEC1 for ECDSA), decrypted with the passphrase; never written anywhere.
    keyText = fromPkcs8(keyText, passphrase, input);
    passphrase = '';
  }
  const parsed = utils.parseKey(keyText, passphrase || undefined);
  if (parsed instanceof Error) {
    const msg = parsed.message;
    if (/no passphrase given/i.test(msg)) {
      throw inputError('ssh_passphrase', 'is empty but the private key is encrypted', `the passphrase of ${input}`);
    }
    if (/bad passphrase|decrypt/i.test(msg)) throw inputError('ssh_passphrase', 'does not decrypt the private key', `the passphrase of ${input}`);
    throw inputError(input, `is not a private key ssh can use (${msg})`, 'an OpenSSH, PEM (RSA/ECDSA) or PPK private key');
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || !key.isPrivateKey()) {
    throw inputError(input, 'holds no private key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
  }
  const publicBlob = key.getPublicSSH();
  return {
    text: keyText,
    passphrase: passphrase || undefined,
    type: key.type,
    fingerprint: sha256Fingerprint(publicBlob),
    ...(certificate?.text.trim() ? { certificate: checkUserCertificate(certificate.text, publicBlob, certificate.now, certificate.input, input) } : {}),
  };
}

function fromPkcs8(text: string, passphrase: string, input: 'ssh_private_key' | 'ssh_jump_key'): string {
  let key;
  try {
    key = createPrivateKey({ key: text, format: 'pem', passphrase: passphrase || undefined });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (text.includes('BEGIN ENCRYPTED PRIVATE KEY')) {
      throw passphrase
        ? inputError('ssh_passphrase', 'does not decrypt the private key', `the passphrase of ${input}`)
        : inputError('ssh_passphrase', 'is empty but the private key is encrypted', `the passphrase of ${input}`);
    }
    throw inputError(input, `is not a PKCS#8 private key that can be read (${msg.split('\n')[0]})`, 'an OpenSSH, PEM (RSA/ECDSA) or PKCS#8 private key');
  }
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return key.export({ type: 'pkcs1', format: 'pem' }) as string;
    case 'ec':
      return key.export({ type: 'sec1', format: 'pem' }) as string;
    default:
      throw inputError(input, `is a PKCS#8 ${key.asymmetricKeyType} key, which gantry reads only in OpenSSH form`, `the key rewritten in OpenSSH form (ssh-keygen -p -f FILE rewrites it in place), or an RSA or ECDSA key`);
  }
}
