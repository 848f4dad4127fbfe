import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { readOciImage } from '../../../src/deploy/spec/oci-image';
import { LayoutRegistry, serveLayout } from '../../../src/deploy/transport/layout-registry';
import { layout, sha } from './oci-fixture';

let tmp: string;
let reg: LayoutRegistry;
let digest: string;

function get(p: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: reg.port, path: p, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-oci-reg-'));
  [digest] = layout(path.join(tmp, 'out'), ['10.0.0.1:5000/team/hello:v1']);
  layout(path.join(tmp, 'other'), ['r/other:1']);
  reg = await serveLayout(readOciImage('oci:out', 'deploy_image', tmp), 'team/hello');
});
afterAll(async () => {
  await reg.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the layout registry', () => {
  test('answers /v2/ as a registry', async () => {
    const r = await get('/v2/');
    expect([r.status, r.headers['docker-distribution-api-version'], r.body.toString()]).toEqual([200, 'registry/2.0', '{}']);
  });

  test('serves the manifest by digest and by tag, with type, digest and length', async () => {
    for (const ref of [digest, 'v1']) {
      const r = await get(`/v2/team/hello/manifests/${ref}`);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/vnd.oci.image.manifest.v1+json');
      expect(r.headers['docker-content-digest']).toBe(digest);
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(sha(r.body)).toBe(digest);
    }
  });

  test('HEAD gives the headers and no body', async () => {
    const r = await get(`/v2/team/hello/manifests/${digest}`, 'HEAD');
    expect([r.status, r.headers['docker-content-digest'], r.body.length]).toEqual([200, digest, 0]);
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
  });

  test('serves the config and layers, each exactly its digest', async () => {
    const m = JSON.parse((await get(`/v2/team/hello/manifests/${digest}`)).body.toString()) as { config: { digest: string; size: number }; layers: Array<{ digest: string; size: number }> };
    const before = reg.bytesServed();
    for (const b of [m.config, ...m.layers]) {
      const r = await get(`/v2/team/hello/blobs/${b.digest}`);
      expect([r.status, sha(r.body), r.body.length, Number(r.headers['content-length']), r.headers['docker-content-digest']]).toEqual([200, b.digest, b.size, b.size, b.digest]);
    }
    expect(reg.bytesServed() - before).toBe(m.config.size + m.layers.reduce((n, l) => n + l.size, 0));
  });

  test('a byte range of a blob (an engine resuming a cut download) is answered with 206', async () => {
    const layer = readOciImage('oci:out', 'deploy_image', tmp).layers[0];
    const whole = (await get(`/v2/team/hello/blobs/${layer.digest}`)).body;
    const r = await get(`/v2/team/hello/blobs/${layer.digest}`, 'GET', { Range: 'bytes=3-' });
    expect([r.status, r.headers['content-range'], Number(r.headers['content-length'])]).toEqual([206, `bytes 3-${layer.size - 1}/${layer.size}`, layer.size - 3]);
    expect(r.body.equals(whole.subarray(3))).toBe(true);
    const mid = await get(`/v2/team/hello/blobs/${layer.digest}`, 'GET', { Range: 'bytes=2-4' });
    expect([mid.status, mid.body.toString()]).toEqual([206, whole.subarray(2, 5).toString()]);
    expect((await get(`/v2/team/hello/blobs/${layer.digest}`, 'GET', { Range: `bytes=${layer.size}-` })).status).toBe(416);
  });

  test('refuses other names, other blobs (even of the same folder tree), unknown tags and writes', async () => {
    const foreign = readOciImage('oci:other', 'deploy_image', tmp).configDigest;
    expect((await get(`/v2/team/other/manifests/${digest}`)).status).toBe(404);
    expect((await get(`/v2/team/hello/blobs/${foreign}`)).status).toBe(404);
    expect((await get('/v2/team/hello/manifests/latest')).status).toBe(404);
    expect((await get(`/v2/team/hello/blobs/sha256:${'0'.repeat(64)}`)).status).toBe(404);
    expect((await get('/v2/team/hello/blobs/uploads/', 'POST')).status).toBe(405);
    expect(JSON.parse((await get(`/v2/team/hello/blobs/${foreign}`)).body.toString()).errors[0].code).toBe('BLOB_UNKNOWN');
  });

  test('listens on loopback only, and close ends it', async () => {
    const other = await serveLayout(readOciImage('oci:other', 'deploy_image', tmp), 'r/other');
    await other.close();
    await expect(new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: other.port, path: '/v2/' }, resolve).on('error', reject);
    })).rejects.toThrow(/ECONNREFUSED/);
  });
});
