import { generateKeyPairSync } from 'crypto';
import { parsePrivateKey } from '../../../src/deploy/connection/private-key';

// Keys are made here, not stored: PEM forms ssh accepts (PKCS#1 RSA, SEC1 EC), plain and encrypted.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const plainRsa = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const encryptedRsa = rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'right horse' }) as string;
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const plainEc = ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string;
// PKCS#8, which OpenSSH reads (ssh-keygen -m PKCS8 writes it) and ssh2 alone does not.
const pkcs8Rsa = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const pkcs8RsaEncrypted = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'right horse' }) as string;
const pkcs8Ec = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const pkcs8Ed25519 = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

describe('parsePrivateKey', () => {
  test.each([
    ['plain RSA', plainRsa, '', 'ssh-rsa'],
    ['encrypted RSA with its passphrase', encryptedRsa, 'right horse', 'ssh-rsa'],
    ['plain EC, CRLF line ends', plainEc.replace(/\n/g, '\r\n'), '', 'ecdsa-sha2-nistp256'],
    ['PKCS#8 RSA', pkcs8Rsa, '', 'ssh-rsa'],
    ['encrypted PKCS#8 RSA with its passphrase', pkcs8RsaEncrypted, 'right horse', 'ssh-rsa'],
    ['PKCS#8 EC', pkcs8Ec, '', 'ecdsa-sha2-nistp256'],
  ])('%s', (_, text, passphrase, type) => {
    const key = parsePrivateKey(text, passphrase);
    expect(key.type).toBe(type);
    expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(key.text.endsWith('\n')).toBe(true);
  });

  test.each([
    ['empty', '  ', '', "input 'ssh_private_key': is empty"],
    ['a public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn me', '', "input 'ssh_private_key': is a public key"],
    ['garbage', 'not a key at all', '', "input 'ssh_private_key': is not a private key ssh can use"],
    ['an encrypted key without passphrase', encryptedRsa, '', "input 'ssh_passphrase': is empty but the private key is encrypted"],
    ['an encrypted key with a wrong passphrase', encryptedRsa, 'wrong', "input 'ssh_passphrase': does not decrypt the private key"],
    ['an encrypted PKCS#8 key without passphrase', pkcs8RsaEncrypted, '', "input 'ssh_passphrase': is empty but the private key is encrypted"],
    ['an encrypted PKCS#8 key with a wrong passphrase', pkcs8RsaEncrypted, 'wrong', "input 'ssh_passphrase': does not decrypt the private key"],
    ['a PKCS#8 Ed25519 key', pkcs8Ed25519, '', "input 'ssh_private_key': is a PKCS#8 ed25519 key, which gantry reads only in OpenSSH form; expected the key rewritten in OpenSSH form (ssh-keygen -p -f FILE rewrites it in place)"],
  ])('refuses %s', (_, text, passphrase, message) => {
    expect(() => parsePrivateKey(text, passphrase)).toThrow(message);
  });

  test.each([
    ['a wrong passphrase', encryptedRsa, 'wrong-horse-battery'],
    ['a wrong passphrase for PKCS#8', pkcs8RsaEncrypted, 'wrong-horse-battery'],
    ['a cut-off key', plainRsa.slice(0, 200), 'secret-pass'],
  ])('the error for %s holds neither the key nor the passphrase', (_, text, pass) => {
    let message: string | undefined;
    try {
      parsePrivateKey(text, pass);
    } catch (err) {
      message = (err as Error).message;
    }
    // Outside the catch: a key that parsed would fail here instead of passing unseen.
    expect(message).toMatch(/^input 'ssh_(private_key|passphrase)': /);
    expect(message).not.toContain(pass);
    expect(message).not.toContain(text.split('\n')[1]);
  });
});
