import { readFileSync } from 'fs';
import { join } from 'path';
import { generateKeyPairSync, sign, verify } from 'crypto';
import { encryptCosignPrivateKey, keyId, parseCosignPrivateKey, parsePublicKeys, publicPem } from '../../../src/supply-chain/cosign-key';

const FIXTURE = join(__dirname, '../../fixtures/cosign');
const cosignKey = readFileSync(join(FIXTURE, 'cosign.key'), 'utf8');
const cosignPub = readFileSync(join(FIXTURE, 'cosign.pub'), 'utf8');

describe('parseCosignPrivateKey', () => {
  test('opens a key made by cosign generate-key-pair; its public half is cosign.pub', () => {
    const k = parseCosignPrivateKey(cosignKey, 'gantry-test');
    expect(k.publicPem.trim()).toBe(cosignPub.trim());
    const sig = sign('sha256', Buffer.from('x'), k.privateKey);
    expect(verify('sha256', Buffer.from('x'), parsePublicKeys(cosignPub)[0], sig)).toBe(true);
  });

  test('round-trips a key gantry encrypts itself (small scrypt cost)', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const text = encryptCosignPrivateKey(privateKey, 'pw', Buffer.alloc(32, 1), Buffer.alloc(24, 2), 1024);
    expect(parseCosignPrivateKey(text, 'pw').publicPem).toBe(publicPem(privateKey));
  });

  const unencrypted = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  test.each([
    ['a wrong password', cosignKey, 'nope', /^input 'sign_key_password': does not open sign_key; expected the password/],
    ['an empty password', cosignKey, '', /^input 'sign_key_password': is empty and sign_key is encrypted/],
    ['a public key', cosignPub, 'gantry-test', /^input 'sign_key': holds no cosign private key; expected a cosign private key/],
    ['an unencrypted PKCS#8 key', unencrypted, '', /^input 'sign_key': is an unencrypted or non-cosign private key/],
    ['garbage inside the PEM', '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nbm90IGpzb24=\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----', 'x', /^input 'sign_key': is a PEM block whose content is not cosign's key document/],
    ['another cipher', `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify({ kdf: { name: 'pbkdf2' }, cipher: { name: 'aes' }, ciphertext: 'AA==' })).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----`, 'x', /^input 'sign_key': uses kdf 'pbkdf2' and cipher 'aes'/],
  ])('refuses %s in one line naming the input, without echoing the key', (_n, text, password, message) => {
    let err: Error | undefined;
    try {
      parseCosignPrivateKey(text, password);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toMatch(message);
    expect(err?.message.split('\n')).toHaveLength(1);
    expect(err?.message).not.toContain(text.split('\n')[1] ?? '@@');
  });
});

describe('parsePublicKeys', () => {
  const other = publicPem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
  test.each([
    ['one cosign.pub', cosignPub, 1],
    ['two keys with text around them', `# team key\n${cosignPub}\n# release key\n${other}`, 2],
  ])('reads %s', (_n, text, count) => {
    const keys = parsePublicKeys(text);
    expect(keys).toHaveLength(count);
    expect(keyId(keys[0])).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  test.each([
    ['empty', '', /^input 'verify_key': is empty/],
    ['a private key', cosignKey, /^input 'verify_key': holds a private key, not a public key/],
    ['not PEM', 'ssh-ed25519 AAAA...', /^input 'verify_key': holds no PEM public key/],
    ['a broken PEM', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', /^input 'verify_key': public key 1 of 1 cannot be read/],
  ])('refuses %s', (_n, text, message) => {
    expect(() => parsePublicKeys(text)).toThrow(message);
  });
});
