import { generateKeyPairSync } from 'crypto';
import { parsePrivateKey } from '../../../src/deploy/connection/private-key';

// Keys are made here, not stored: PEM forms ssh accepts (PKCS#1 RSA, SEC1 EC), plain and encrypted.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const plainRsa = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const encryptedRsa = rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'right horse' }) as string;
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const plainEc = ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string;

describe('parsePrivateKey', () => {
  test.each([
    ['plain RSA', plainRsa, '', 'ssh-rsa'],
    ['encrypted RSA with its passphrase', encryptedRsa, 'right horse', 'ssh-rsa'],
    ['plain EC, CRLF line ends', plainEc.replace(/\n/g, '\r\n'), '', 'ecdsa-sha2-nistp256'],
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
  ])('refuses %s', (_, text, passphrase, message) => {
    expect(() => parsePrivateKey(text, passphrase)).toThrow(message);
  });

  test.each([
    ['a wrong passphrase', encryptedRsa, 'wrong-horse-battery'],
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
