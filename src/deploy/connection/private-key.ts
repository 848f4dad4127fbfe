import { utils } from 'ssh2';
import { inputError } from '../../errors';
import { sha256Fingerprint } from './known-hosts';

export interface ClientKey {
  readonly text: string;
  readonly passphrase?: string;
  readonly type: string;
  /** SHA256 fingerprint of the public half: what the hosts' authorized_keys must hold. */
  readonly fingerprint: string;
}

/**
 * Checks the private key before any host is contacted, so a wrong key is one clear message
 * instead of an authentication failure on every host.
 */
export function parsePrivateKey(text: string, passphrase: string): ClientKey {
  const trimmed = text.trim();
  if (trimmed === '') throw inputError('ssh_private_key', 'is empty', 'the text of a private key (or, on the CLI, its path)');
  if (/^(ssh-|ecdsa-|sk-)\S+ [A-Za-z0-9+/=]+/.test(trimmed)) {
    throw inputError('ssh_private_key', 'is a public key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
  }
  const keyText = `${trimmed.replace(/\r\n/g, '\n')}\n`;
  const parsed = utils.parseKey(keyText, passphrase || undefined);
  if (parsed instanceof Error) {
    const msg = parsed.message;
    if (/no passphrase given/i.test(msg)) {
      throw inputError('ssh_passphrase', 'is empty but the private key is encrypted', 'the passphrase of ssh_private_key');
    }
    if (/bad passphrase|decrypt/i.test(msg)) throw inputError('ssh_passphrase', 'does not decrypt the private key', 'the passphrase of ssh_private_key');
    throw inputError('ssh_private_key', `is not a private key ssh can use (${msg})`, 'an OpenSSH, PEM (RSA/ECDSA) or PPK private key');
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || !key.isPrivateKey()) {
    throw inputError('ssh_private_key', 'holds no private key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
  }
  return {
    text: keyText,
    passphrase: passphrase || undefined,
    type: key.type,
    fingerprint: sha256Fingerprint(key.getPublicSSH()),
  };
}
