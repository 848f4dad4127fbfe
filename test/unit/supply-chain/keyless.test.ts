/**
 * Keyless signing through sigstore-js against a scripted local Fulcio and Rekor (no network):
 * Fulcio certifies whatever public key it is sent (openssl, under a throwaway CA) for one
 * identity; Rekor records each proposed entry and answers with a made-up log position and
 * signed entry timestamp. What is checked is gantry's side: the token and key reach Fulcio as
 * its API wants, the entries Rekor gets, the cosign layout written (certificate and bundle
 * annotations), convergence on a rerun, and one-line errors that never show the token.
 */
import { execFileSync } from 'child_process';
import { X509Certificate, createHash, verify } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'http';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { attachAttestation, attachSignature } from '../../../src/supply-chain/attach';
import { MEDIA_TYPES, digestOf, manifestLayers, pae, signatureTag, attestationTag, statement } from '../../../src/supply-chain/cosign-layout';
import { BUNDLE_ANNOTATION, CERTIFICATE_ANNOTATION, cosignRekorBundle, keylessSigner, ownsKeyless } from '../../../src/supply-chain/keyless';
import { MemoryRegistry } from '../support/memory-registry';

const IDENTITY = 'https://ci.example.com/team/api/.ci.yml@refs/heads/main';
const TOKEN = ['e30', Buffer.from(JSON.stringify({ sub: 'repo:team/api', iss: 'https://ci.example.com' })).toString('base64url'), 'c2ln'].join('.');
let dir: string;
let server: Server;
let base: string;
let fulcioStatus = 200;
const fulcioRequests: Array<{ token: string; key: string; proof: string }> = [];
const rekorEntries: Array<{ kind: string; apiVersion: string; spec: Record<string, unknown> }> = [];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

async function body(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const json = (status: number, doc: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(doc));
  };
  const doc = await body(req);
  if (req.url === '/fulcio/api/v2/signingCert') {
    fulcioRequests.push({ token: doc.credentials.oidcIdentityToken, key: doc.publicKeyRequest.publicKey.content, proof: doc.publicKeyRequest.proofOfPossession });
    if (fulcioStatus !== 200) return json(fulcioStatus, { code: fulcioStatus, message: `invalid token ${doc.credentials.oidcIdentityToken}` });
    writeFileSync(join(dir, 'pub.pem'), doc.publicKeyRequest.publicKey.content);
    openssl('x509', '-req', '-in', 'dummy.csr', '-force_pubkey', 'pub.pem', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', 'ext.cnf', '-out', 'leaf.pem');
    return json(201, { signedCertificateEmbeddedSct: { chain: { certificates: [readFileSync(join(dir, 'leaf.pem'), 'utf8'), readFileSync(join(dir, 'ca.pem'), 'utf8')] } } });
  }
  if (req.url === '/rekor/api/v1/log/entries') {
    rekorEntries.push(doc as never);
    const index = rekorEntries.length;
    return json(201, { [`uuid${index}`]: {
      body: Buffer.from(JSON.stringify(doc)).toString('base64'), integratedTime: 1_700_000_000 + index, logID: 'ab'.repeat(32), logIndex: 1000 + index,
      verification: { signedEntryTimestamp: Buffer.from(`set-${index}`).toString('base64') },
    } });
  }
  return json(404, {});
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gantry-fake-fulcio-'));
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=fake fulcio', '-days', '1');
  openssl('req', '-new', '-key', 'ca.key', '-subj', '/', '-out', 'dummy.csr');
  writeFileSync(join(dir, 'ext.cnf'), `subjectAltName=URI:${IDENTITY}\n`);
  server = createServer((req, res) => { handle(req, res).catch(() => { res.writeHead(500); res.end(); }); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fulcioStatus = 200;
  fulcioRequests.length = 0;
  rekorEntries.length = 0;
});

const REPO = 'team/api';
const REPOSITORY = `registry.test:5000/${REPO}`;
const image = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}');
const DIGEST = digestOf(image);
const target = { repo: REPO, repository: REPOSITORY, digest: DIGEST };
const options = () => ({ token: TOKEN, fulcioUrl: `${base}/fulcio`, rekorUrl: `${base}/rekor`, timeoutMs: 5000 });

test('one certificate for the run: the token and a proof of possession of the ephemeral key go to Fulcio', async () => {
  const signer = await keylessSigner(options());
  expect(signer.identity).toBe(`URI:${IDENTITY}`);
  expect(fulcioRequests).toHaveLength(1);
  const [r] = fulcioRequests;
  expect(r.token).toBe(TOKEN);
  // The proof: the token's subject signed with the key to be certified.
  expect(verify('sha256', Buffer.from('repo:team/api'), r.key, Buffer.from(r.proof, 'base64'))).toBe(true);
  expect(new X509Certificate(signer.certificate).publicKey.export({ type: 'spki', format: 'pem' })).toBe(r.key);
});

test("a keyless image signature: cosign's layer (signature, certificate, Rekor bundle), a hashedrekord entry; a rerun adds nothing", async () => {
  const store = new MemoryRegistry(false);
  await store.putManifest(REPO, 'v1', MEDIA_TYPES.ociManifest, image);
  const signer = await keylessSigner(options());
  expect(await attachSignature(store, target, signer)).toBe('added');
  const [layer] = manifestLayers((await store.getManifest(REPO, signatureTag(DIGEST)))?.body);
  const payload = await store.getBlob(REPO, layer.digest);
  const a = layer.annotations ?? {};
  expect(a[CERTIFICATE_ANNOTATION]).toBe(signer.certificate);
  expect(verify('sha256', payload, new X509Certificate(signer.certificate).publicKey, Buffer.from(a['dev.cosignproject.cosign/signature'], 'base64'))).toBe(true);
  expect(rekorEntries).toHaveLength(1);
  expect(rekorEntries[0]).toMatchObject({ kind: 'hashedrekord', apiVersion: '0.0.1', spec: { data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') } }, signature: { content: a['dev.cosignproject.cosign/signature'] } } });
  expect(JSON.parse(a[BUNDLE_ANNOTATION])).toEqual({
    SignedEntryTimestamp: Buffer.from('set-1').toString('base64'),
    Payload: { body: Buffer.from(JSON.stringify(rekorEntries[0])).toString('base64'), integratedTime: 1_700_000_001, logIndex: 1001, logID: 'ab'.repeat(32) },
  });
  expect(ownsKeyless(layer, payload, signer.identity)).toBe(true);
  expect(ownsKeyless(layer, payload, 'URI:https://ci.example.com/other')).toBe(false);

  // A later run (a new key, a new certificate for the same identity) finds it and adds nothing.
  const again = await keylessSigner(options());
  expect(await attachSignature(store, target, again)).toBe('present');
  expect(rekorEntries).toHaveLength(1);
});

test('a keyless attestation: a DSSE envelope its certificate verifies, logged as cosign logs one (intoto 0.0.1)', async () => {
  const store = new MemoryRegistry(true);
  await store.putManifest(REPO, 'v1', MEDIA_TYPES.ociManifest, image);
  const signer = await keylessSigner(options());
  const s = statement(REPOSITORY, DIGEST, 'https://slsa.dev/provenance/v1', { x: 1 });
  expect(await attachAttestation(store, target, signer, s)).toEqual({ tag: 'added', referrer: 'added' });
  const [layer] = manifestLayers((await store.getManifest(REPO, attestationTag(DIGEST)))?.body);
  const env = JSON.parse((await store.getBlob(REPO, layer.digest)).toString()) as { payload: string; payloadType: string; signatures: Array<{ sig: string }> };
  expect(JSON.parse(Buffer.from(env.payload, 'base64').toString())).toEqual(s);
  expect(verify('sha256', pae(env.payloadType, Buffer.from(env.payload, 'base64')), new X509Certificate(signer.certificate).publicKey, Buffer.from(env.signatures[0].sig, 'base64'))).toBe(true);
  expect(layer.annotations).toMatchObject({ predicateType: 'https://slsa.dev/provenance/v1', [CERTIFICATE_ANNOTATION]: signer.certificate });
  // cosign's form: intoto 0.0.1 with the envelope as stored and its hash, which cosign matches against the layer.
  const blob = await store.getBlob(REPO, layer.digest);
  expect(rekorEntries).toEqual([{ apiVersion: '0.0.1', kind: 'intoto', spec: {
    content: { envelope: blob.toString('utf8'), hash: { algorithm: 'sha256', value: createHash('sha256').update(blob).digest('hex') } },
    publicKey: Buffer.from(signer.certificate).toString('base64'),
  } }]);
  // A later run (a new certificate for the same identity) finds it and adds nothing: no second envelope, no Rekor entry.
  expect(await attachAttestation(store, target, await keylessSigner(options()), s)).toEqual({ tag: 'present', referrer: 'present' });
  expect(manifestLayers((await store.getManifest(REPO, attestationTag(DIGEST)))?.body)).toHaveLength(1);
  expect(rekorEntries).toHaveLength(1);
});

test('Fulcio refusing the token: one line naming Fulcio and its URL, without the token', async () => {
  fulcioStatus = 401;
  const err = await keylessSigner(options()).catch((e: Error) => e);
  expect((err as Error).message).toBe(`sign_keyless: Fulcio at ${base}/fulcio refused or could not be reached: error creating signing certificate - (401) invalid token ***`);
  expect((err as Error).message).not.toContain(TOKEN);
  expect((err as Error).message.split('\n')).toHaveLength(1);
});

test('cosignRekorBundle needs the signed entry timestamp', () => {
  expect(() => cosignRekorBundle({ logIndex: '1', logId: { keyId: Buffer.alloc(1) }, integratedTime: '1', canonicalizedBody: Buffer.alloc(0) } as never)).toThrow(/no signed entry timestamp/);
});
