/**
 * A local stand-in for a private Sigstore instance, for keyless signing without the internet:
 * Fulcio certifies the key it is sent (openssl, under a throwaway CA) for one identity and
 * issuer, as Fulcio's certificates carry them; Rekor answers each proposed entry with a log
 * position and a signed entry timestamp made with its own key. The real cosign then verifies
 * against this CA and Rekor key (SIGSTORE_ROOT_FILE, SIGSTORE_REKOR_PUBLIC_KEY; no CT log, so
 * --insecure-ignore-sct). It serves its CA (GET /api/v1/rootCert) and Rekor key (GET
 * /api/v1/log/publicKey) for gantry's verify_identity with fulcio_url and rekor_url.
 */
import { execFileSync } from 'child_process';
import { createHash, generateKeyPairSync, sign } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { IncomingMessage, Server, createServer } from 'http';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

export interface FakeSigstore {
  url: string;
  identity: string;
  issuer: string;
  /** A token Fulcio here accepts (its subject signs the proof of possession). */
  token: string;
  /** What cosign needs to trust this instance. */
  cosignEnv: Record<string, string>;
  entries: Array<{ kind: string }>;
  close(): void;
}

async function json(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function fakeSigstore(identity = 'https://ci.example.com/team/hello/.ci.yml@refs/heads/main', issuer = 'https://ci.example.com'): Promise<FakeSigstore> {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-fake-sigstore-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/O=fake/CN=fake fulcio', '-days', '2', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  openssl('req', '-new', '-key', 'ca.key', '-subj', '/', '-out', 'any.csr');
  const rawIssuer = [...Buffer.from(issuer)].map((b) => b.toString(16).padStart(2, '0')).join(':');
  writeFileSync(join(dir, 'leaf.cnf'), [
    `subjectAltName=critical,URI:${identity}`, 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=codeSigning',
    `1.3.6.1.4.1.57264.1.1=DER:${rawIssuer}`, `1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${issuer}`, '',
  ].join('\n'));
  const rekor = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'rekor.pub'), rekor.publicKey.export({ type: 'spki', format: 'pem' }));
  const logID = createHash('sha256').update(rekor.publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
  const entries: Array<{ kind: string }> = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      // What a verifier reads of a private instance: Fulcio's root chain and Rekor's key.
      if (req.method === 'GET' && (req.url === '/api/v1/rootCert' || req.url === '/api/v1/log/publicKey')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(readFileSync(join(dir, req.url === '/api/v1/rootCert' ? 'ca.pem' : 'rekor.pub'), 'utf8'));
        return;
      }
      const doc = await json(req);
      if (req.url === '/api/v2/signingCert') {
        writeFileSync(join(dir, 'key.pem'), doc.publicKeyRequest.publicKey.content);
        openssl('x509', '-req', '-in', 'any.csr', '-force_pubkey', 'key.pem', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', 'leaf.cnf', '-out', 'leaf.pem');
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ signedCertificateEmbeddedSct: { chain: { certificates: [readFileSync(join(dir, 'leaf.pem'), 'utf8'), readFileSync(join(dir, 'ca.pem'), 'utf8')] } } }));
        return;
      }
      entries.push(doc);
      const body = Buffer.from(JSON.stringify(doc)).toString('base64');
      const integratedTime = Math.floor(Date.now() / 1000);
      const logIndex = entries.length;
      const set = sign('sha256', Buffer.from(JSON.stringify({ body, integratedTime, logID, logIndex })), rekor.privateKey).toString('base64');
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ [`entry${logIndex}`]: { body, integratedTime, logID, logIndex, verification: { signedEntryTimestamp: set } } }));
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    identity,
    issuer,
    token: ['e30', Buffer.from(JSON.stringify({ iss: issuer, sub: 'project_path:team/hello' })).toString('base64url'), 'c2ln'].join('.'),
    cosignEnv: { SIGSTORE_ROOT_FILE: join(dir, 'ca.pem'), SIGSTORE_REKOR_PUBLIC_KEY: join(dir, 'rekor.pub') },
    entries,
    close: () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
