import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { HostConnection, RemoteForward } from '../../../src/deploy/connection/host-connection';
import { OciPlatformEntry, pickPlatform, readOciImage } from '../../../src/deploy/spec/oci-image';
import { OciSource, diskFull, shipImage } from '../../../src/deploy/transport/oci-transport';
import { blob, layout, sha } from './oci-fixture';

let tmp: string;
let source: OciSource;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-oci-ship-'));
  layout(path.join(tmp, 'out'), ['10.0.0.1:5000/team/hello:v1']);
  source = new OciSource(readOciImage('oci:out', 'deploy_image', tmp));
});
afterEach(async () => {
  await source.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream as Readable) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The files of a tar (regular files only), by name. */
function untar(tar: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let off = 0; off + 512 <= tar.length;) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString('ascii').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('ascii'), 8);
    out.set(name, tar.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

function get(port: number, p: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p }, (res) => collect(res).then(resolve, reject)).on('error', reject);
  });
}

/** A host whose oci-pull answers from a script: present or not, and what it holds. */
function fakeHost(o: { present?: boolean; forward?: 'refused' | 'ok'; load?: 'ok' | 'fails' | 'full' }) {
  const calls: string[] = [];
  const warnings: string[] = [];
  let loaded: Buffer | undefined;
  let have = o.present ?? false;
  let fetched = 0;
  let fwd: { port: number; to: number } | undefined;
  const conn: HostConnection = {
    exec: async () => ({ code: 0, stdout: '', stderr: '' }),
    upload: async () => 0,
    close: async () => undefined,
    ...(o.forward ? {
      forwardToRunner: async (localPort: number): Promise<RemoteForward> => {
        if (o.forward === 'refused') throw new Error('remote port forwarding failed for listen port 0');
        fwd = { port: 40123, to: localPort };
        return { port: 40123, bytesSent: () => fetched, close: async () => undefined };
      },
    } : {}),
    execWithInput: async (command: string, input: NodeJS.ReadableStream) => {
      calls.push(command);
      loaded = await collect(input);
      if (o.load === 'fails') return { code: 1, stdout: '', stderr: 'Error processing tar file(exit status 1): unexpected EOF\n' };
      if (o.load === 'full') return { code: 1, stdout: '', stderr: 'Error processing tar file(exit status 1): write /0a1b.layer: no space left on device\n' };
      have = true;
      return { code: 0, stdout: 'Loaded image: x\n', stderr: '' };
    },
  };
  const pull = async (pullRef: string): Promise<Record<string, string>> => {
    calls.push(`oci-pull ${pullRef}`);
    if (pullRef && fwd) {
      // The host's engine through the forward: the manifest, then the config and layers.
      const m = JSON.parse((await get(fwd.to, `/v2/team/hello/manifests/${source.image.digest}`)).toString()) as { config: { digest: string }; layers: Array<{ digest: string }> };
      fetched += Buffer.byteLength(JSON.stringify(m));
      for (const b of [m.config, ...m.layers]) fetched += (await get(fwd.to, `/v2/team/hello/blobs/${b.digest}`)).length;
      have = true;
    }
    return have ? { have: '1', digest: source.image.digest } : { have: '0', held_layers: '0' };
  };
  const ship = () => shipImage({ conn, source, pull, warn: (l) => warnings.push(l), keep: () => undefined, loadTimeoutSeconds: 60 });
  return { ship, calls, warnings, loaded: () => loaded };
}

describe('shipImage', () => {
  test('a host that has the image: nothing is sent, no forward, no registry', async () => {
    const h = fakeHost({ present: true, forward: 'ok' });
    expect(await h.ship()).toMatchObject({ via: 'present', bytes: 0 });
    expect(h.calls).toEqual(['oci-pull ']);
  });

  test('through the forward: the host pulls 127.0.0.1:PORT/name@digest from the runner\'s registry', async () => {
    const h = fakeHost({ forward: 'ok' });
    const r = await h.ship();
    expect(r.via).toBe('forward');
    expect(h.calls).toEqual(['oci-pull ', `oci-pull 127.0.0.1:40123/team/hello@${source.image.digest}`]);
    const blobs = [source.image.config!, ...source.image.layers].reduce((n, b) => n + b.size, 0);
    expect(r.bytes).toBeGreaterThan(blobs);
    expect(h.warnings).toEqual([]);
  });

  test('forwarding refused: said once, the image goes into docker load as a docker archive named for the host', async () => {
    const h = fakeHost({ forward: 'refused' });
    const r = await h.ship();
    expect(r.via).toBe('load');
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]).toMatch(/refuses port forwarding .*AllowTcpForwarding.*docker load/);
    expect(h.calls).toEqual(['oci-pull ', 'docker load -q', 'oci-pull ']);
    const tar = h.loaded()!;
    expect(r.bytes).toBe(tar.length);
    const files = untar(tar);
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Array<{ Config: string; RepoTags: string[]; Layers: string[] }>;
    expect(manifest[0].RepoTags).toEqual([source.hostRef, '10.0.0.1:5000/team/hello:v1']);
    expect(source.hostRef).toBe(`10.0.0.1:5000/team/hello:oci-${source.image.digest.slice(7, 19)}`);
    expect(sha(files.get(manifest[0].Config)!)).toBe(source.image.configDigest);
    expect(sha(files.get(manifest[0].Layers[0])!)).toBe(source.image.layers[0].digest);
  });

  test('layers the host holds are left out of the archive', () => {
    const { size, stream } = source.archive(1, [source.hostRef]);
    const full = source.archive(0, [source.hostRef]).size;
    expect(full - size).toBeGreaterThanOrEqual(source.image.layers[0].size);
    return collect(stream).then((tar) => {
      expect(tar.length).toBe(size);
      const manifest = JSON.parse(untar(tar).get('manifest.json')!.toString()) as Array<{ Layers: string[] }>;
      expect(untar(tar).has(manifest[0].Layers[0])).toBe(false);
    });
  });

  test('the host `local` (no forward at all) loads without a warning', async () => {
    const h = fakeHost({});
    expect((await h.ship()).via).toBe('load');
    expect(h.warnings).toEqual([]);
  });

  test('a failed load is one line with the engine\'s reason', async () => {
    const h = fakeHost({ forward: 'refused', load: 'fails' });
    await expect(h.ship()).rejects.toThrow(/^docker load of sha256:[a-f0-9]{64} failed: Error processing tar file\(exit status 1\): unexpected EOF$/);
  });

  test('a load that meets a full disk says so first, in one line', async () => {
    const h = fakeHost({ forward: 'refused', load: 'full' });
    await expect(h.ship()).rejects.toThrow(/^the host's disk is full \(no space left on device\): docker load of sha256:[a-f0-9]{64} failed: Error processing tar file\(exit status 1\): write \/0a1b\.layer: no space left on device$/);
    expect(diskFull('no space left on device')).not.toBe('');
    expect(diskFull('unexpected EOF')).toBe('');
  });

  test('once closed, the registry is gone', async () => {
    const reg = await source.registry();
    await source.close();
    await expect(get(reg.port, '/v2/')).rejects.toThrow(/ECONNREFUSED/);
    await expect(source.registry()).rejects.toThrow(/no longer served/);
  });
});

describe('an index of several platforms, to a host that refuses forwarding', () => {
  const e = (architecture: string, variant = ''): OciPlatformEntry => ({ digest: `sha256:${architecture}${variant}`, os: 'linux', architecture, variant });
  const entries = [e('amd64'), e('arm64', 'v8'), e('arm', 'v7'), e('arm', 'v6')];

  test.each([
    ['linux/amd64', 'sha256:amd64'],
    ['linux/arm64', 'sha256:arm64v8'],
    ['linux/arm/v6', 'sha256:armv6'],
    ['linux/arm', 'sha256:armv7'],
    ['linux/s390x', undefined],
    ['windows/amd64', undefined],
    ['', undefined],
    ['<no value>/<no value>', undefined],
  ])('the engine of %s runs %s', (platform, digest) => {
    expect(pickPlatform(entries, platform)?.digest).toBe(digest);
  });

  test('a variant-less entry is taken over the others of its architecture when the engine names none', () => {
    expect(pickPlatform([e('arm', 'v7'), e('arm')], 'linux/arm')?.digest).toBe('sha256:arm');
  });

  /** oci:out as an index of linux/amd64 and linux/arm64 images (and an attestation manifest of no platform). */
  function indexSource(): { source: OciSource; amd64: string; arm64: string } {
    const dir = path.join(tmp, 'multi');
    const [amd64, arm64, att] = layout(dir, ['amd64', 'arm64', 'attestation']);
    const sized = (d: string) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: d, size: fs.statSync(path.join(dir, 'blobs/sha256', d.slice(7))).size });
    const index = blob(dir, JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [
      { ...sized(amd64), platform: { os: 'linux', architecture: 'amd64' } },
      { ...sized(arm64), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { ...sized(att), platform: { os: 'unknown', architecture: 'unknown' } },
    ] }), 'application/vnd.oci.image.index.v1+json');
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ ...index, annotations: { 'org.opencontainers.image.ref.name': 'team/multi:v2' } }] }));
    return { source: new OciSource(readOciImage('oci:multi', 'deploy_image', tmp)), amd64, arm64 };
  }

  /** A host whose engine is `platform` and refuses forwarding; what it was asked and what it loaded. */
  async function shipTo(source: OciSource, platform: string) {
    const asked: Array<readonly string[] | undefined> = [];
    let loaded: Buffer | undefined;
    const conn: HostConnection = {
      exec: async () => ({ code: 0, stdout: '', stderr: '' }),
      upload: async () => 0,
      close: async () => undefined,
      forwardToRunner: async () => {
        throw new Error('remote port forwarding failed for listen port 0');
      },
      execWithInput: async (_command: string, input: NodeJS.ReadableStream) => {
        loaded = await collect(input);
        return { code: 0, stdout: '', stderr: '' };
      },
    };
    const pull = async (_ref: string, ids?: readonly string[]): Promise<Record<string, string>> => {
      asked.push(ids);
      if (loaded) return { have: '1' };
      return { have: '0', held_layers: ids ? '1' : '0', platform };
    };
    try {
      const r = await shipImage({ conn, source, pull, warn: () => undefined, keep: () => undefined, loadTimeoutSeconds: 60 });
      return { r, asked, loaded };
    } finally {
      await source.close();
    }
  }

  test('the image of the host engine\'s platform alone goes into docker load, without the layers it holds, named for the index', async () => {
    const { source, arm64 } = indexSource();
    const { r, asked, loaded } = await shipTo(source, 'linux/arm64');
    expect(r.via).toBe('load');
    const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'multi/blobs/sha256', arm64.slice(7)), 'utf8')) as { config: { digest: string }; layers: Array<{ digest: string }> };
    const config = JSON.parse(fs.readFileSync(path.join(tmp, 'multi/blobs/sha256', manifest.config.digest.slice(7)), 'utf8')) as { ref: string; rootfs: { diff_ids: string[] } };
    // The host was asked again with that platform's layers, and held the first.
    expect(asked).toEqual([undefined, config.rootfs.diff_ids, undefined]);
    const files = untar(loaded!);
    const m = JSON.parse(files.get('manifest.json')!.toString()) as Array<{ Config: string; RepoTags: string[]; Layers: string[] }>;
    expect(JSON.parse(files.get(m[0].Config)!.toString()).ref).toBe('arm64');
    expect(m[0].RepoTags).toEqual([source.hostRef, 'team/multi:v2']);
    expect(source.hostRef).toBe(`team/multi:oci-${source.image.digest.slice(7, 19)}`);
    expect(files.has(m[0].Layers[0])).toBe(false);
    expect(r.bytes).toBe(loaded!.length);
  });

  test('an engine of a platform the index lacks: one line naming it and the platforms held', async () => {
    const { source } = indexSource();
    await expect(shipTo(source, 'linux/s390x')).rejects.toThrow(/^sha256:[a-f0-9]{64} is an index with no image for the host's platform linux\/s390x; it holds linux\/amd64, linux\/arm64\/v8$/);
  });
});
