import * as zlib from 'zlib';
import * as tarStream from 'tar-stream';
import { assembleImage } from '../../../../src/image/direct/assembled-image';
import { BaseImage } from '../../../../src/image/direct/base-image';
import { dockerArchive } from '../../../../src/image/direct/engine-load';
import { createdTime, goJson } from '../../../../src/image/direct/image-config';
import { GROUP, PASSWD } from '../../../../src/image/direct/layers';
import { sha256 } from '../../../../src/image/direct/reproducible-tar';
import { BuildPlan } from '../../../../src/image/plan/build-plan';
import { runtimeBase } from '../../../../src/image/plan/runtime-image';

const COMMIT = 1_737_000_000;
const plan = (runtime = 'scratch'): BuildPlan => ({
  dockerfile: '# generated',
  goVersion: '1.22',
  builderImage: 'golang:1.22',
  binaryName: 'hello',
  repository: 'reg.example.com:5000/team/hello',
  references: ['reg.example.com:5000/team/hello:1737000000', 'reg.example.com:5000/team/hello:abc1234'],
  tags: ['1737000000', 'abc1234'],
  labels: { 'org.opencontainers.image.created': createdTime(COMMIT), 'org.opencontainers.image.title': 'hello', 'a.note': 'x<y & z' },
  buildArgs: {},
  platform: 'linux/amd64',
  version: 'abc1234',
  warnings: [],
  placeholderRepository: false,
  runtime: runtimeBase(runtime, false),
});
const rootfs = {
  caCertificates: Buffer.from('-----BEGIN CERTIFICATE-----\n'),
  zoneinfo: [
    { path: '', mode: 0o755, type: 'dir' as const },
    { path: 'UTC', mode: 0o644, type: 'file' as const, body: Buffer.from('TZif2') },
    { path: 'Etc', mode: 0o755, type: 'dir' as const },
    { path: 'Etc/UTC', mode: 0o777, type: 'symlink' as const, linkname: '../UTC' },
  ],
};
const scratch: BaseImage = { image: 'scratch', source: 'scratch', layers: [] };
const debian: BaseImage = {
  image: 'debian:bookworm-slim',
  source: 'engine',
  config: {
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/bin:/bin', 'LANG=C.UTF-8'], Cmd: ['bash'], Labels: { base: 'yes' } },
    history: [{ comment: 'Imported from -', created: '2020-01-01T00:00:00Z' }],
    rootfs: { type: 'layers', diff_ids: [`sha256:${'1'.repeat(64)}`] },
  },
  layers: [{ diffId: `sha256:${'1'.repeat(64)}`, digest: `sha256:${'2'.repeat(64)}`, size: 1000, tarSize: 3000, mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', blobPath: '/nonexistent' }],
};

const assemble = (o: { binary?: string; base?: BaseImage; runtime?: string; commitTime?: number } = {}) =>
  assembleImage({ plan: plan(o.runtime), platform: { os: 'linux', arch: 'amd64' }, commitTime: o.commitTime ?? COMMIT, binary: Buffer.from(o.binary ?? 'ELF binary'), rootfs, base: o.base ?? scratch });

function entries(tar: Buffer): Promise<Array<{ name: string; mode: number; mtime: number; uid: number; gid: number; body: string }>> {
  const extract = tarStream.extract();
  const out: Array<{ name: string; mode: number; mtime: number; uid: number; gid: number; body: string }> = [];
  return new Promise((resolve, reject) => {
    extract.on('entry', (h, s, next) => {
      const c: Buffer[] = [];
      s.on('data', (d: Buffer) => c.push(d));
      s.on('end', () => {
        out.push({ name: h.name, mode: h.mode as number, mtime: (h.mtime as Date).getTime() / 1000, uid: h.uid as number, gid: h.gid as number, body: Buffer.concat(c).toString() });
        next();
      });
    });
    extract.on('finish', () => resolve(out));
    extract.on('error', reject);
    extract.end(tar);
  });
}

describe('assembled image', () => {
  test('the same inputs twice: byte-identical layers, config and manifest', async () => {
    const a = await assemble();
    const b = await assemble();
    expect(a.steps.map((s) => s.layer.blob?.toString('hex'))).toEqual(b.steps.map((s) => s.layer.blob?.toString('hex')));
    expect(a.config.equals(b.config)).toBe(true);
    expect(a.manifest.equals(b.manifest)).toBe(true);
    expect(sha256(a.manifest)).toBe(sha256(b.manifest));
  });

  test('scratch: certificates, zoneinfo, users and binary layers as the Dockerfile lays them out', async () => {
    const image = await assemble();
    expect(image.steps.map((s) => s.createdBy)).toEqual([
      'COPY /gantry/rootfs/certs/ / # buildkit',
      'COPY /gantry/rootfs/zoneinfo/ / # buildkit',
      'COPY /gantry/rootfs/users/ / # buildkit',
      'COPY /gantry/rootfs/bin/ / # buildkit',
    ]);
    const [certs, zoneinfo, users, bin] = await Promise.all(image.steps.map((s) => entries(zlib.gunzipSync(s.layer.blob as Buffer))));
    expect(certs.map((e) => [e.name, e.mode.toString(8), e.mtime])).toEqual([
      ['etc/', '40755', 0], ['etc/ssl/', '40755', 0], ['etc/ssl/certs/', '40755', 0], ['etc/ssl/certs/ca-certificates.crt', '100644', 0],
    ]);
    expect(zoneinfo.map((e) => e.name)).toEqual(['usr/', 'usr/share/', 'usr/share/zoneinfo/', 'usr/share/zoneinfo/Etc/', 'usr/share/zoneinfo/Etc/UTC', 'usr/share/zoneinfo/UTC']);
    expect(users.map((e) => [e.name, e.body])).toEqual([['etc/', ''], ['etc/group', GROUP], ['etc/passwd', PASSWD]]);
    expect(bin.map((e) => [e.name, e.mode.toString(8), e.mtime, e.body])).toEqual([
      ['usr/', '40755', COMMIT, ''], ['usr/local/', '40755', COMMIT, ''], ['usr/local/bin/', '40755', COMMIT, ''], ['usr/local/bin/hello', '100755', COMMIT, 'ELF binary'],
    ]);
    for (const e of [...certs, ...zoneinfo, ...users, ...bin]) expect([e.uid, e.gid]).toEqual([0, 0]);
  });

  test('scratch config: non-root user, entrypoint, default PATH and WorkingDir, labels, commit time, history, diff ids', async () => {
    const image = await assemble();
    const text = image.config.toString();
    expect(image.configDigest).toBe(sha256(image.config));
    expect(text).toContain('"a.note":"x\\u003cy \\u0026 z"');
    const config = JSON.parse(text);
    expect(Object.keys(config)).toEqual(['architecture', 'config', 'created', 'history', 'os', 'rootfs']);
    expect(config.config).toEqual({
      User: '65532:65532',
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Entrypoint: ['/usr/local/bin/hello'],
      WorkingDir: '/',
      Labels: { 'a.note': 'x<y & z', 'org.opencontainers.image.created': '2025-01-16T04:00:00Z', 'org.opencontainers.image.title': 'hello' },
      OnBuild: null,
    });
    expect(config.created).toBe('2025-01-16T04:00:00Z');
    expect(config.history.map((h: { created_by: string }) => h.created_by)).toEqual([...image.steps.map((s) => s.createdBy), 'USER 65532:65532', 'ENTRYPOINT ["/usr/local/bin/hello"]']);
    expect(config.history.every((h: { created: string }) => h.created === config.created)).toBe(true);
    expect(config.rootfs).toEqual({ type: 'layers', diff_ids: image.steps.map((s) => s.layer.diffId) });
    expect([config.os, config.architecture]).toEqual(['linux', 'amd64']);
  });

  test('a base: its env, labels, history and layers first; its CMD dropped (ENTRYPOINT replaces it); no users layer', async () => {
    const image = await assemble({ base: debian, runtime: 'debian-slim' });
    const config = JSON.parse(image.config.toString());
    expect(config.config.Env).toEqual(['PATH=/usr/bin:/bin', 'LANG=C.UTF-8']);
    expect(config.config.Cmd).toBeUndefined();
    expect(config.config.WorkingDir).toBeUndefined();
    expect(config.config.Labels.base).toBe('yes');
    expect(config.history[0]).toEqual({ created: config.created, comment: 'Imported from -' });
    expect(image.steps).toHaveLength(3);
    expect(config.rootfs.diff_ids[0]).toBe(debian.layers[0].diffId);
    const manifest = JSON.parse(image.manifest.toString());
    expect(manifest.layers[0]).toEqual({ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 1000, digest: debian.layers[0].digest });
    expect(image.blobs[0]).toMatchObject({ what: 'base layer 1', digest: debian.layers[0].digest });
    expect(image.sizeBytes).toBeGreaterThan(3000);
  });

  test('manifest: Docker v2 schema 2, indented as the engine pushes it, config then layers in order', async () => {
    const image = await assemble();
    const text = image.manifest.toString();
    expect(text.startsWith('{\n   "schemaVersion": 2,\n   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",')).toBe(true);
    const manifest = JSON.parse(text);
    expect(manifest.config).toEqual({ mediaType: 'application/vnd.docker.container.image.v1+json', size: image.config.length, digest: image.configDigest });
    expect(manifest.layers.map((l: { digest: string }) => l.digest)).toEqual(image.steps.map((s) => s.layer.digest));
    expect(image.blobs.map((b) => b.what)).toEqual(['layer /gantry/rootfs/certs/', 'layer /gantry/rootfs/zoneinfo/', 'layer /gantry/rootfs/users/', 'binary layer', 'config']);
  });

  test('a new binary (a one-line change) moves only the binary layer and the config', async () => {
    const a = await assemble();
    const b = await assemble({ binary: 'ELF binary, edited' });
    expect(b.steps.slice(0, 3).map((s) => s.layer.digest)).toEqual(a.steps.slice(0, 3).map((s) => s.layer.digest));
    expect(b.steps[3].layer.digest).not.toBe(a.steps[3].layer.digest);
    expect(b.configDigest).not.toBe(a.configDigest);
    // A new commit time too moves only the binary layer (and the config's times).
    const c = await assemble({ commitTime: COMMIT + 60 });
    expect(c.steps.slice(0, 3).map((s) => s.layer.digest)).toEqual(a.steps.slice(0, 3).map((s) => s.layer.digest));
  });

  test('only loaded (no gzip): the same config, so the same image id, and the same layer tars; made layers are taken as they are', async () => {
    const pushed = await assemble();
    const loaded = await assembleImage({ plan: plan(), platform: { os: 'linux', arch: 'amd64' }, commitTime: COMMIT, binary: Buffer.from('ELF binary'), rootfs, base: scratch, compress: false });
    expect(loaded.configDigest).toBe(pushed.configDigest);
    expect(loaded.sizeBytes).toBe(pushed.sizeBytes);
    expect(loaded.steps.map((s) => s.layer.tar)).toEqual(pushed.steps.map((s) => s.layer.tar));
    expect(loaded.steps[loaded.steps.length - 1].layer.blob).toBeUndefined();
    const made = { certificates: pushed.steps[0].layer, zoneinfo: pushed.steps[1].layer };
    const again = await assembleImage({ plan: plan(), platform: { os: 'linux', arch: 'amd64' }, commitTime: COMMIT, binary: Buffer.from('ELF binary'), rootfs: made, base: scratch });
    expect(again.manifest.equals(pushed.manifest)).toBe(true);
    expect(again.config.equals(pushed.config)).toBe(true);
  });

  test('docker-archive for load: manifest.json names the config by digest, the references and each layer', async () => {
    const image = await assemble();
    const archive = await dockerArchive(image.config, [{ diffId: image.steps[0].layer.diffId, data: async () => image.steps[0].layer.tar as Buffer }, { diffId: image.steps[1].layer.diffId }], ['r/x:1']);
    const files = await entries(archive);
    const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json')?.body ?? '');
    const hex = image.configDigest.slice(7);
    expect(manifest).toEqual([{ Config: `${hex}.json`, RepoTags: ['r/x:1'], Layers: [`${image.steps[0].layer.diffId.slice(7)}/layer.tar`, `${image.steps[1].layer.diffId.slice(7)}/layer.tar`] }]);
    expect(files.find((f) => f.name === `${hex}.json`)?.body).toBe(image.config.toString());
    // A layer the engine holds is named but not sent.
    expect(files.map((f) => f.name)).not.toContain(`${image.steps[1].layer.diffId.slice(7)}/layer.tar`);
  });

  test('Go JSON escaping', async () => {
    expect(goJson({ a: '<&>\u2028' })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028"}');
  });
});
