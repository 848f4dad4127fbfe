import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateKeyPairSync } from 'crypto';
import { keyId, parseCosignPrivateKey, parsePublicKeys } from '../../../src/supply-chain/cosign-key';
import { signSums, verifySums } from '../../../src/supply-chain/sums-signature';

const FIXTURE = join(__dirname, '../../fixtures/cosign');
const key = parseCosignPrivateKey(readFileSync(join(FIXTURE, 'cosign.key'), 'utf8'), 'gantry-test');
const pub = parsePublicKeys(readFileSync(join(FIXTURE, 'cosign.pub'), 'utf8'));
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gantry-sums-'));
  copyFileSync(join(FIXTURE, 'sums/SHA256SUMS'), join(dir, 'SHA256SUMS'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sums = () => readFileSync(join(dir, 'SHA256SUMS'), 'utf8');

test("a signature made by cosign sign-blob is accepted, by whichever of the keys verifies it", () => {
  copyFileSync(join(FIXTURE, 'sums/SHA256SUMS.sig'), join(dir, 'SHA256SUMS.sig'));
  expect(verifySums(dir, sums(), [other, ...pub])).toBe(keyId(pub[0]));
});

test("gantry's signature is cosign's: base64 of the signature, no newline; verifies; a rerun writes nothing", () => {
  expect(signSums(dir, key)).toEqual({ file: join(dir, 'SHA256SUMS.sig'), outcome: 'added' });
  const sig = readFileSync(join(dir, 'SHA256SUMS.sig'), 'utf8');
  expect(sig).toMatch(/^[A-Za-z0-9+/]+=*$/);
  expect(verifySums(dir, sums(), pub)).toBe(keyId(pub[0]));
  expect(signSums(dir, key)?.outcome).toBe('present');
  expect(readFileSync(join(dir, 'SHA256SUMS.sig'), 'utf8')).toBe(sig);
});

test('a SHA256SUMS changed after signing gets a new signature at the next build', () => {
  signSums(dir, key);
  writeFileSync(join(dir, 'SHA256SUMS'), `${sums()}${'c'.repeat(64)}  extra-linux-amd64\n`);
  expect(signSums(dir, key)?.outcome).toBe('added');
  expect(verifySums(dir, sums(), pub)).toBe(keyId(pub[0]));
});

test('no SHA256SUMS: nothing to sign', () => {
  rmSync(join(dir, 'SHA256SUMS'));
  expect(signSums(dir, key)).toBeUndefined();
});

describe('refused in one line naming the file and the keys', () => {
  test.each([
    ['no signature', () => undefined, /^refusing .*\/SHA256SUMS: it has no signature \(no SHA256SUMS\.sig beside it\) to check with verify_key \(1 key\(s\): sha256:[0-9a-f]{16}\); nothing was changed on any host$/],
    ['a tampered SHA256SUMS', () => {
      copyFileSync(join(FIXTURE, 'sums/SHA256SUMS.sig'), join(dir, 'SHA256SUMS.sig'));
      writeFileSync(join(dir, 'SHA256SUMS'), sums().replace(/^./, (c) => (c === '0' ? '1' : '0')));
    }, /^refusing .*\/SHA256SUMS: .*\/SHA256SUMS\.sig does not verify it with verify_key \(1 key\(s\): sha256:[0-9a-f]{16}\); nothing was changed on any host$/],
    ['a signature that is not base64 of one', () => writeFileSync(join(dir, 'SHA256SUMS.sig'), 'not a signature'), /does not verify it with verify_key/],
  ])('%s', (_n, setup, message) => {
    setup();
    expect(() => verifySums(dir, sums(), pub)).toThrow(message);
  });

  test('a signature by another key', () => {
    copyFileSync(join(FIXTURE, 'sums/SHA256SUMS.sig'), join(dir, 'SHA256SUMS.sig'));
    expect(() => verifySums(dir, sums(), [other])).toThrow(new RegExp(`with verify_key \\(1 key\\(s\\): ${keyId(other)}\\)`));
  });
});
