/**
 * The registry client against a scripted registry on loopback: requests that start together probe
 * the registry once, and a registry that asks for Basic authentication gets it from the first
 * request on (no 401 round trip per request).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { RegistryClient } from '../../../src/registry/registry-client';

let server: http.Server;
let port: number;
const seen: string[] = [];
const AUTH = `Basic ${Buffer.from('ci:pw').toString('base64')}`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const authed = req.headers.authorization === AUTH;
    seen.push(`${req.method} ${req.url} ${authed ? 'authed' : 'anonymous'}`);
    if (!authed) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="registry"', 'Content-Length': '0' });
      res.end();
      return;
    }
    res.writeHead(req.url?.endsWith('/blobs/sha256:' + 'a'.repeat(64)) ? 200 : 404, { 'Content-Length': '0' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('four blob checks at once: one probe of /v2/, then each check once, with Basic credentials', async () => {
  const client = new RegistryClient(`127.0.0.1:${port}`, { username: 'ci', password: 'pw' }, true);
  const digests = ['a', 'b', 'c', 'd'].map((c) => `sha256:${c.repeat(64)}`);
  const found = await Promise.all(digests.map((d) => client.hasBlob('team/api', d)));
  expect(found).toEqual([true, false, false, false]);
  // https fails on a plain HTTP server without a request line reaching it; then one plain probe.
  expect(seen.filter((l) => l.startsWith('GET /v2/ '))).toEqual(['GET /v2/ anonymous']);
  expect(seen.filter((l) => l.startsWith('HEAD'))).toEqual(digests.map((d) => `HEAD /v2/team/api/blobs/${d} authed`));
});
