/**
 * Sigstore bundle signatures (cosign 3's format) and keyless verification, offline: a key-signed
 * bundle attached to an in-memory registry with and without the referrers API, and keyless
 * bundles and legacy keyless signatures checked against a trusted root made here (an openssl CA
 * as Fulcio, a generated key as the Rekor log).
 */
import { execFileSync } from 'child_process';
import { KeyObject, X509Certificate, createHash, generateKeyPairSync, sign } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { attachBundleSignature, attachSignature } from '../../../src/supply-chain/attach';
import { MEDIA_TYPES, SIGNATURE_ANNOTATION, digestOf, pae, signatureLayer, simpleSigningPayload, statement } from '../../../src/supply-chain/cosign-layout';
import { BUNDLE_ANNOTATION, CERTIFICATE_ANNOTATION } from '../../../src/supply-chain/keyless';
import { parseTrustedRoot } from '../../../src/supply-chain/keyless-verify';
import { BUNDLE_MEDIA_TYPE, COSIGN_SIGN_PREDICATE, bundleReferrerManifest, keySignedBundle, parseBundle, referrersTag } from '../../../src/supply-chain/sigstore-bundle';
import { Trust, inspectAttachments } from '../../../src/supply-chain/verify';
import { checkVerifyInputs, VerifyPolicy } from '../../../src/supply-chain/verify-policy';
import { RegistryLogins } from '../../../src/registry/registry-auth';
import { MemoryRegistry } from '../support/memory-registry';

const REPO = 'team/api';
const REPOSITORY = `registry.example.com/${REPO}`;
const IDENTITY = 'https://ci.example.com/team/api/.ci.yml@refs/heads/main';
const ISSUER = 'https://ci.example.com';
const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const key = ec();
const other = ec();
const rekor = ec();
let dir: string;
let caPem: string;
let otherCaPem: string;

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function makeCa(name: string): string {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-subj', `/O=test/CN=${name}`, '-days', '2', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  return readFileSync(join(dir, `${name}.pem`), 'utf8');
}

/** A Fulcio-like leaf certificate for `pub`, naming identity and issuer, issued by CA `ca`. */
function leaf(pub: KeyObject, identity: string, issuer: string, ca = 'ca'): Buffer {
  writeFileSync(join(dir, 'key.pem'), pub.export({ type: 'spki', format: 'pem' }));
  const raw = [...Buffer.from(issuer)].map((b) => b.toString(16).padStart(2, '0')).join(':');
  writeFileSync(join(dir, 'leaf.cnf'), [`subjectAltName=critical,URI:${identity}`, 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=codeSigning',
    `1.3.6.1.4.1.57264.1.1=DER:${raw}`, `1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${issuer}`, ''].join('\n'));
  openssl('req', '-new', '-key', 'ca.key', '-subj', '/', '-out', 'any.csr');
  openssl('x509', '-req', '-in', 'any.csr', '-force_pubkey', 'key.pem', '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-days', '1', '-extfile', 'leaf.cnf', '-out', 'leaf.pem');
  return new X509Certificate(readFileSync(join(dir, 'leaf.pem'))).raw;
}

const logID = createHash('sha256').update(rekor.publicKey.export({ type: 'spki', format: 'der' })).digest('hex');

/** A Rekor entry of `body` with a signed entry timestamp by `logKey`. */
function logEntry(body: object, logKey = rekor.privateKey) {
  const b64 = Buffer.from(JSON.stringify(body)).toString('base64');
  const integratedTime = Math.floor(Date.now() / 1000);
  const set = sign('sha256', Buffer.from(JSON.stringify({ body: b64, integratedTime, logID, logIndex: 7 })), logKey).toString('base64');
  return { body: b64, integratedTime, set };
}

function trustedRootJson(ca = caPem): string {
  const der = (pem: string) => new X509Certificate(pem).raw.toString('base64');
  return JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{ baseUrl: 'http://rekor.test', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: rekor.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: Buffer.from(logID, 'hex').toString('base64') } }],
    certificateAuthorities: [{ subject: { organization: 'test' }, uri: 'http://fulcio.test', certChain: { certificates: [{ rawBytes: der(ca) }] }, validFor: { start: '2020-01-01T00:00:00Z' } }],
    ctlogs: [], timestampAuthorities: [],
  });
}

async function imageIn(reg: MemoryRegistry): Promise<{ repo: string; repository: string; digest: string }> {
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf('{}'), size: 2 }, layers: [], annotations: { n: String(Math.random()) } }));
  const digest = await reg.putManifest(REPO, 'v1', MEDIA_TYPES.ociManifest, body);
  return { repo: REPO, repository: REPOSITORY, digest };
}

/** A keyless bundle (DSSE of cosign's sign statement) signed by `signer` with certificate `cert`, logged as a dsse entry. */
function keylessBundle(digest: string, signer: KeyObject, cert: Buffer, opts: { tamperSet?: boolean; logKey?: KeyObject } = {}): Buffer {
  const payload = Buffer.from(JSON.stringify(statement(REPOSITORY, digest, COSIGN_SIGN_PREDICATE, {})));
  const sig = sign('sha256', pae(MEDIA_TYPES.inToto, payload), signer);
  const e = logEntry({
    apiVersion: '0.0.1', kind: 'dsse',
    spec: { payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') }, signatures: [{ signature: sig.toString('base64'), verifier: Buffer.from(new X509Certificate(cert).toString()).toString('base64') }] },
  }, opts.logKey);
  const set = opts.tamperSet ? Buffer.from('forged').toString('base64') : e.set;
  return Buffer.from(JSON.stringify({
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: {
      certificate: { rawBytes: cert.toString('base64') },
      tlogEntries: [{ logIndex: '7', logId: { keyId: Buffer.from(logID, 'hex').toString('base64') }, kindVersion: { kind: 'dsse', version: '0.0.1' }, integratedTime: String(e.integratedTime), inclusionPromise: { signedEntryTimestamp: set }, canonicalizedBody: e.body }],
    },
    dsseEnvelope: { payload: payload.toString('base64'), payloadType: MEDIA_TYPES.inToto, signatures: [{ sig: sig.toString('base64'), keyid: '' }] },
  }));
}

/** Attaches a bundle as a referrer (listed in the referrers tag: the registry has no referrers API). */
async function attachBundle(reg: MemoryRegistry, target: { repo: string; digest: string }, bundle: Buffer, listedAs = BUNDLE_MEDIA_TYPE): Promise<void> {
  const subject = (await reg.getManifest(target.repo, target.digest))!;
  await reg.putBlob(target.repo, bundle);
  const m = bundleReferrerManifest({ mediaType: subject.mediaType, digest: subject.digest, size: subject.size }, bundle, COSIGN_SIGN_PREDICATE);
  const d = await reg.putManifest(target.repo, digestOf(m), MEDIA_TYPES.ociManifest, m);
  const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: d, size: m.length, artifactType: listedAs }] };
  await reg.putManifest(target.repo, referrersTag(target.digest), 'application/vnd.oci.image.index.v1+json', Buffer.from(JSON.stringify(index)));
}

const keyless = (identity = IDENTITY, issuer = ISSUER, root = trustedRootJson()): Trust => ({ keys: [], keyless: { identity, issuer, root: parseTrustedRoot(root) } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gantry-bundle-test-'));
  caPem = makeCa('ca');
  otherCaPem = makeCa('otherca');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('key-signed bundles', () => {
  test.each([false, true])('written and verified (referrers API: %s); a rerun adds nothing; another key is refused', async (api) => {
    const reg = new MemoryRegistry(api);
    const target = await imageIn(reg);
    expect(await attachBundleSignature(reg, target, key)).toBe('added');
    expect(reg.tags.has(`${REPO}:${referrersTag(target.digest)}`)).toBe(!api);
    const puts = reg.puts;
    expect(await attachBundleSignature(reg, target, key)).toBe('present');
    expect(reg.puts).toBe(puts);
    const checks = await inspectAttachments(reg, target, { keys: [other.publicKey, key.publicKey] });
    expect(checks).toEqual([expect.objectContaining({ kind: 'signature', format: 'bundle', keyIndex: 1, verifiedBy: expect.stringMatching(/^key sha256:/) })]);
    const refused = await inspectAttachments(reg, target, { keys: [other.publicKey] });
    expect(refused).toEqual([expect.objectContaining({ kind: 'signature', format: 'bundle', keyIndex: -1, problem: 'no given key verifies it' })]);
    expect(refused[0].verifiedBy).toBeUndefined();
  });

  test('the referrers tag keeps what others listed; the legacy signature and the bundle are both read', async () => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const foreign = { mediaType: MEDIA_TYPES.ociManifest, digest: `sha256:${'ab'.repeat(32)}`, size: 10, artifactType: 'application/spdx+json' };
    await reg.putManifest(REPO, referrersTag(target.digest), 'application/vnd.oci.image.index.v1+json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [foreign] })));
    await attachSignature(reg, target, key);
    await attachBundleSignature(reg, target, key);
    const index = JSON.parse((await reg.getManifest(REPO, referrersTag(target.digest)))!.body.toString()) as { manifests: Array<{ digest: string; artifactType: string }> };
    expect(index.manifests.map((m) => m.artifactType)).toEqual(['application/spdx+json', BUNDLE_MEDIA_TYPE]);
    const checks = await inspectAttachments(reg, target, [key.publicKey]);
    expect(checks.map((c) => [c.format, c.kind, c.keyIndex])).toEqual([['legacy', 'signature', 0], ['bundle', 'signature', 0]]);
  });

  test.each([
    [MEDIA_TYPES.ociEmpty, 1],
    ['application/spdx+json', 0],
  ])('a bundle listed in the referrers tag as %s is read: %d piece(s) (cosign lists its own under the empty config type)', async (listedAs, n) => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    await attachBundle(reg, target, keySignedBundle(key, REPOSITORY, target.digest), listedAs);
    const checks = await inspectAttachments(reg, target, [key.publicKey]);
    expect(checks.filter((c) => c.verifiedBy)).toHaveLength(n);
  });

  test('a bundle about another digest does not count for this one', async () => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    await attachBundle(reg, target, keySignedBundle(key, REPOSITORY, `sha256:${'cd'.repeat(32)}`));
    expect(await inspectAttachments(reg, target, [key.publicKey])).toEqual([expect.objectContaining({ problem: 'its subject is another digest', keyIndex: -1 })]);
  });

  test.each([
    ['not JSON', Buffer.from('nope'), 'the bundle is not JSON'],
    ['another media type', Buffer.from(JSON.stringify({ mediaType: 'application/json' })), "'application/json' is not a Sigstore bundle media type"],
    ['no content', Buffer.from(JSON.stringify({ mediaType: BUNDLE_MEDIA_TYPE, verificationMaterial: {} })), 'the bundle holds neither a DSSE envelope nor a message signature'],
  ])('a bundle that is %s is refused with why', (_name, body, problem) => {
    expect(parseBundle(body)).toEqual({ ok: false, problem });
  });
});

describe('keyless bundles against a trusted root', () => {
  test('the identity, issuer, Fulcio chain and Rekor entry asked for verify', async () => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const eph = ec();
    await attachBundle(reg, target, keylessBundle(target.digest, eph.privateKey, leaf(eph.publicKey, IDENTITY, ISSUER)));
    const [c] = await inspectAttachments(reg, target, keyless());
    expect(c).toMatchObject({ kind: 'signature', format: 'bundle', verifiedBy: `identity ${IDENTITY} (issuer ${ISSUER})`, identity: IDENTITY });
  });

  test.each([
    ['another identity', () => keyless('https://ci.example.com/someone/else/.ci.yml@refs/heads/main'),
      `it is signed by identity '${IDENTITY}', not verify_identity 'https://ci.example.com/someone/else/.ci.yml@refs/heads/main'`],
    ['another issuer', () => keyless(IDENTITY, 'https://token.actions.githubusercontent.com'),
      `its certificate names OIDC issuer '${ISSUER}', not verify_issuer 'https://token.actions.githubusercontent.com'`],
    ['another Fulcio root', () => keyless(IDENTITY, ISSUER, trustedRootJson(otherCaPem)), 'its certificate does not chain to a Fulcio root of the trusted root'],
    ['a key instead', () => ({ keys: [key.publicKey] }), 'no given key verifies it'],
  ])('%s is refused, saying what was found', async (_name, trust, problem) => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const eph = ec();
    await attachBundle(reg, target, keylessBundle(target.digest, eph.privateKey, leaf(eph.publicKey, IDENTITY, ISSUER)));
    const [c] = await inspectAttachments(reg, target, trust());
    expect(c.problem).toBe(problem);
    expect(c.verifiedBy).toBeUndefined();
  });

  test.each([
    ['a forged signed entry timestamp', { tamperSet: true }, "its Rekor entry's signed entry timestamp does not verify with the log's key"],
    ['an entry timestamp signed by another log key', { logKey: other.privateKey }, "its Rekor entry's signed entry timestamp does not verify with the log's key"],
  ])('%s is refused', async (_name, opts, problem) => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const eph = ec();
    await attachBundle(reg, target, keylessBundle(target.digest, eph.privateKey, leaf(eph.publicKey, IDENTITY, ISSUER), opts));
    expect((await inspectAttachments(reg, target, keyless()))[0].problem).toBe(problem);
  });

  test('a certificate for another key than the one that signed is refused', async () => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const eph = ec();
    await attachBundle(reg, target, keylessBundle(target.digest, eph.privateKey, leaf(ec().publicKey, IDENTITY, ISSUER)));
    expect((await inspectAttachments(reg, target, keyless()))[0].problem).toBe("its certificate's key does not verify the signature");
  });

  test('a log entry recording another signature is refused', async () => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const eph = ec();
    const cert = leaf(eph.publicKey, IDENTITY, ISSUER);
    const good = JSON.parse(keylessBundle(target.digest, eph.privateKey, cert).toString());
    const elsewhere = JSON.parse(keylessBundle(`sha256:${'ef'.repeat(32)}`, eph.privateKey, cert).toString());
    good.verificationMaterial = elsewhere.verificationMaterial;
    await attachBundle(reg, target, Buffer.from(JSON.stringify(good)));
    expect((await inspectAttachments(reg, target, keyless()))[0].problem).toBe('its Rekor entry records another signature or content');
  });
});

describe("keyless signatures in cosign's legacy layout", () => {
  test('a hashedrekord-logged signature verifies by identity; another identity is refused', async () => {
    const reg = new MemoryRegistry(false);
    const target = await imageIn(reg);
    const eph = ec();
    const cert = new X509Certificate(leaf(eph.publicKey, IDENTITY, ISSUER));
    const payload = simpleSigningPayload(REPOSITORY, target.digest);
    const sig = sign('sha256', payload, eph.privateKey).toString('base64');
    const e = logEntry({ apiVersion: '0.0.1', kind: 'hashedrekord', spec: { data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') } }, signature: { content: sig, publicKey: { content: Buffer.from(cert.toString()).toString('base64') } } } });
    const annotations = {
      [SIGNATURE_ANNOTATION]: sig, [CERTIFICATE_ANNOTATION]: cert.toString(),
      [BUNDLE_ANNOTATION]: JSON.stringify({ SignedEntryTimestamp: e.set, Payload: { body: e.body, integratedTime: e.integratedTime, logIndex: 7, logID } }),
    };
    await reg.putBlob(REPO, payload);
    const layer = { ...signatureLayer(payload, ''), annotations };
    await reg.putBlob(REPO, Buffer.from('{}'));
    await reg.putManifest(REPO, `sha256-${target.digest.slice(7)}.sig`, MEDIA_TYPES.ociManifest, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: digestOf('{}'), size: 2 }, layers: [layer] })));
    expect((await inspectAttachments(reg, target, keyless()))[0]).toMatchObject({ format: 'legacy', verifiedBy: `identity ${IDENTITY} (issuer ${ISSUER})` });
    expect((await inspectAttachments(reg, target, keyless('https://ci.example.com/other')))[0].problem).toBe(`it is signed by identity '${IDENTITY}', not verify_identity 'https://ci.example.com/other'`);
  });
});

describe('trusted root and verify inputs', () => {
  test.each([
    ['not JSON', '{', 'is not JSON'],
    ['no lists', '{}', 'has no tlogs or certificateAuthorities'],
    ['no Fulcio', JSON.stringify({ tlogs: [], certificateAuthorities: [] }), 'lists no certificate authority (Fulcio) certificates'],
    ['a broken key', JSON.stringify({ tlogs: [{ publicKey: { rawBytes: 'AAAA' } }], certificateAuthorities: [] }), 'transparency log 1 holds a public key that cannot be read'],
  ])('a trusted root that is %s is refused', (_n, text, message) => {
    expect(() => parseTrustedRoot(text)).toThrow(message);
  });

  const base: VerifyPolicy = { keys: '', identity: '', issuer: '', trustedRoot: '', fulcioUrl: '', rekorUrl: '', requireProvenance: false, source: '', registryInsecure: false, logins: RegistryLogins.of({ registry_auth_config: '', registry_username: '', registry_password: '' }) };
  test.each([
    [{ identity: IDENTITY }, "input 'verify_identity': is set but verify_issuer is empty"],
    [{ issuer: ISSUER }, "input 'verify_issuer': is set but verify_identity is empty"],
    [{ identity: IDENTITY, issuer: ISSUER }, "input 'verify_trusted_root': is empty (and fulcio_url and rekor_url are not both set) but verify_identity is set"],
    [{ identity: IDENTITY, issuer: ISSUER, fulcioUrl: 'http://f' }, "input 'verify_trusted_root': is empty"],
    [{ trustedRoot: '{}' }, "input 'verify_trusted_root': is set but verify_identity is empty"],
    [{ requireProvenance: true }, "input 'verify_key': is empty but require_provenance is set"],
  ])('%j is refused in one line naming the input', (over, message) => {
    expect(() => checkVerifyInputs({ ...base, ...over })).toThrow(message);
  });

  test.each([
    [{ identity: IDENTITY, issuer: ISSUER, trustedRoot: '{}' }],
    [{ identity: IDENTITY, issuer: ISSUER, fulcioUrl: 'http://f', rekorUrl: 'http://r', requireProvenance: true }],
    [{ keys: 'K', source: 'https://git.example.com/a' }],
  ])('%j is accepted', (over) => {
    expect(() => checkVerifyInputs({ ...base, ...over })).not.toThrow();
  });
});
