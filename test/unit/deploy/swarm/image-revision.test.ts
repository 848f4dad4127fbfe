/**
 * deploy_target swarm: the image's revision label read from the registry on the runner. The
 * registry is a small loopback server with basic auth serving an index, its image manifest and
 * the config blob; the real registry is exercised by the swarm e2e suite.
 */
import { createHash } from 'crypto';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { parseImageRef } from '../../../../src/image-ref';
import { imageRevision } from '../../../../src/deploy/targets/swarm/image-revision';

const sha = (b: string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const AUTH = `Basic ${Buffer.from('ci:s3cret').toString('base64')}`;
const CONFIG = JSON.stringify({ config: { Labels: { 'org.opencontainers.image.revision': '9c1e2d4' } } });
const MANIFEST = JSON.stringify({ schemaVersion: 2, config: { digest: sha(CONFIG) } });
const ATTESTATION = JSON.stringify({ schemaVersion: 2, config: { digest: sha('{}') } });
const INDEX = JSON.stringify({ manifests: [{ digest: sha(ATTESTATION), platform: { os: 'unknown' } }, { digest: sha(MANIFEST), platform: { os: 'linux' } }] });
const BODIES: Record<string, string> = { [sha(INDEX)]: INDEX, [sha(MANIFEST)]: MANIFEST, [sha(ATTESTATION)]: ATTESTATION, [sha(CONFIG)]: CONFIG, [sha('{}')]: '{}' };
let server: Server;
let registry: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.headers.authorization !== AUTH) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const m = /^\/v2\/team\/api\/(manifests|blobs)\/(sha256:[0-9a-f]{64})$/.exec(req.url ?? '');
    const body = m ? BODIES[m[2]] : undefined;
    if (body === undefined) {
      res.writeHead(req.url === '/v2/' ? 200 : 404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json', 'Docker-Content-Digest': m![2] }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const allowHttp = async () => true;
const credentials = { username: 'ci', password: 's3cret' };

test('an index: the image manifest (not the attestation) and its config give the revision label', async () => {
  const warnings: string[] = [];
  const rev = await imageRevision(parseImageRef(`${registry}/team/api@${sha(INDEX)}`), { credentials, allowHttp, debug: () => undefined, warn: (m) => warnings.push(m) });
  expect([rev, warnings]).toEqual(['9c1e2d4', []]);
  expect(await imageRevision(parseImageRef(`${registry}/team/api@${sha(MANIFEST)}`), { credentials, allowHttp, debug: () => undefined, warn: (m) => warnings.push(m) })).toBe('9c1e2d4');
});

test('a registry that refuses: empty revision and one warning, the deploy goes on', async () => {
  const warnings: string[] = [];
  const rev = await imageRevision(parseImageRef(`${registry}/team/api@${sha(INDEX)}`), { credentials: { username: 'ci', password: 'wrong' }, allowHttp, debug: () => undefined, warn: (m) => warnings.push(m) });
  expect(rev).toBe('');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/^the image's revision could not be read from the registry \(.*\); the service's revision label stays empty/);
});

test('no digest, or an image without the label: empty, no warning', async () => {
  const warnings: string[] = [];
  const o = { credentials, allowHttp, debug: () => undefined, warn: (m: string) => warnings.push(m) };
  expect(await imageRevision(parseImageRef(`${registry}/team/api:v1`), o)).toBe('');
  expect(await imageRevision(parseImageRef(`${registry}/team/api@${sha(ATTESTATION)}`), o)).toBe('');
  expect(warnings).toEqual([]);
});
