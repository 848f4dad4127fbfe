/**
 * A deploy by tag is pinned to the registry's digest on the runner, before any host runs.
 * The registry here is a small loopback server speaking the distribution API's manifest HEAD/GET
 * with basic auth; the real registry is exercised by the e2e deploy suite.
 */
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { Engine } from '../../../src/engine/docker';
import { parseImageRef } from '../../../src/image-ref';
import { engineAllowsHttp, pinDigest } from '../../../src/deploy/rollout/pin-digest';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const AUTH = `Basic ${Buffer.from('ci:s3cret').toString('base64')}`;
let server: Server;
let registry: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.headers.authorization !== AUTH) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
      return;
    }
    if (req.url === '/v2/team/api/manifests/v2') {
      res.writeHead(200, { 'Content-Type': 'application/vnd.docker.distribution.manifest.v2+json', 'Docker-Content-Digest': DIGEST }).end('{}');
      return;
    }
    res.writeHead(req.url === '/v2/' ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => { seen.length = 0; });

const allowHttp = async () => true;
const credentials = { username: 'ci', password: 's3cret' };

test('a digest is kept as it is; nothing is asked', async () => {
  const image = parseImageRef(`10.0.0.9:5000/team/api@${DIGEST}`);
  const never = async (): Promise<boolean> => { throw new Error('asked'); };
  expect(await pinDigest(image, { input: 'deploy_image', allowHttp: never })).toBe(image);
});

test('a tag is resolved to the digest the registry serves for it, with the registry credentials', async () => {
  const pinned = await pinDigest(parseImageRef(`${registry}/team/api:v2`), { input: 'deploy_image', credentials, allowHttp });
  expect(pinned).toEqual({ registry, repository: `${registry}/team/api`, tag: 'v2', digest: DIGEST });
  expect(seen).toContain('GET /v2/team/api/manifests/v2');
});

test('a tag the registry does not have: one line naming the input, before any host', async () => {
  await expect(pinDigest(parseImageRef(`${registry}/team/api:v9`), { input: 'deploy_image', credentials, allowHttp }))
    .rejects.toThrow(`input 'deploy_image': ${registry}/team/api:v9 is not in the registry ${registry}; expected a tag that was pushed, or ${registry}/team/api@sha256:...`);
});

test('refused credentials: one line naming the input and the credentials to check', async () => {
  const err = await pinDigest(parseImageRef(`${registry}/team/api:v2`), { input: 'image_ref', credentials: { username: 'ci', password: 'wrong' }, allowHttp })
    .catch((e: Error) => e);
  expect((err as Error).message).toMatch(/^input 'image_ref': cannot resolve 127\.0\.0\.1:\d+\/team\/api:v2 to a digest on the runner before the rollout \(registry 127\.0\.0\.1:\d+ refused GET .*HTTP 401\); check its credentials \(registry_auth_config, or registry_username and registry_password\)\); deploy .*@sha256:\.\.\. \(the build's image_ref\) instead/);
  expect((err as Error).message).not.toContain('wrong');
  expect((err as Error).message).not.toContain('\n');
});

test('a registry the runner cannot reach: one line saying so and what to deploy instead', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await expect(pinDigest(parseImageRef(`127.0.0.1:${port}/team/api:v2`), { input: 'deploy_image', allowHttp }))
    .rejects.toThrow(new RegExp(`^input 'deploy_image': cannot resolve 127\\.0\\.0\\.1:${port}/team/api:v2 to a digest on the runner before the rollout \\(cannot reach registry 127\\.0\\.0\\.1:${port} .*\\); deploy 127\\.0\\.0\\.1:${port}/team/api@sha256:\\.\\.\\. \\(the build's image_ref\\) instead, or make the registry reachable from the runner$`));
});

describe('plain HTTP to a registry, as an engine would allow it', () => {
  const noEngine = new Engine(() => undefined, { DOCKER_HOST: 'unix:///nonexistent/gantry-test.sock' });
  test.each([
    ['127.0.0.1:5000', true],
    ['localhost:5000', true],
    ['10.231.0.1:5000', false],
    ['registry.example.com', false],
  ])('%s without an engine on the runner: %s', async (registryHost, allowed) => {
    expect(await engineAllowsHttp(noEngine)(registryHost)).toBe(allowed);
  });
});
