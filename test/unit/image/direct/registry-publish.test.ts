import { RegistryClient } from '../../../../src/registry/registry-client';
import { MemoryReporter } from '../../../../src/reporter';
import { publishImage, PublishBlob } from '../../../../src/image/direct/registry-publish';
import { sha256 } from '../../../../src/image/direct/reproducible-tar';
import { UserError } from '../../../../src/errors';

/** A registry in memory that records every call in order. */
function fakeRegistry(o: { blobs?: string[]; tags?: Record<string, string>; mountable?: string[]; failOnce?: string } = {}) {
  const blobs = new Set(o.blobs ?? []);
  const tags = { ...(o.tags ?? {}) };
  const calls: string[] = [];
  let failed = false;
  const client = {
    async hasBlob(_repo: string, digest: string) {
      calls.push(`HEAD ${digest}`);
      return blobs.has(digest);
    },
    async mountBlob(_repo: string, digest: string, from: string) {
      calls.push(`MOUNT ${digest} from ${from}`);
      if (!(o.mountable ?? []).includes(digest)) return false;
      blobs.add(digest);
      return true;
    },
    async getBlob(_repo: string, digest: string) {
      calls.push(`GET ${digest}`);
      return Buffer.from(digest === sha256('base') ? 'base' : '');
    },
    async putBlob(_repo: string, body: Buffer) {
      const digest = sha256(body);
      if (o.failOnce === digest && !failed) {
        failed = true;
        throw new UserError('registry r: PUT blob failed with HTTP 503');
      }
      calls.push(`PUT ${digest}`);
      blobs.add(digest);
      return digest;
    },
    async getManifest(_repo: string, ref: string) {
      return tags[ref] ? { digest: tags[ref], mediaType: '', size: 0, body: Buffer.alloc(0) } : undefined;
    },
    async putManifest(_repo: string, ref: string, _type: string, body: Buffer) {
      calls.push(`MANIFEST ${ref}`);
      tags[ref] = sha256(body);
      return tags[ref];
    },
  };
  return { client: client as unknown as RegistryClient, calls, blobs };
}

const blob = (text: string, extra: Partial<PublishBlob> = {}): PublishBlob => ({ digest: sha256(text), size: text.length, what: text, read: async () => Buffer.from(text), ...extra });
const manifest = Buffer.from('{"manifest":1}');

describe('publishing an assembled image', () => {
  test('uploads only what the registry lacks, then the manifest under every tag', async () => {
    const r = fakeRegistry({ blobs: [sha256('certs')] });
    const out = await publishImage({ client: r.client, repo: 'team/api', tags: ['1', 'abc'], blobs: [blob('certs'), blob('binary'), blob('config')], manifest, reporter: new MemoryReporter() });
    expect(r.calls.filter((c) => c.startsWith('PUT'))).toEqual([`PUT ${sha256('binary')}`, `PUT ${sha256('config')}`]);
    expect(out).toMatchObject({ digest: sha256(manifest), blobsUploaded: 2, unchanged: false, bytesUploaded: 'binary'.length + 'config'.length + 2 * manifest.length });
    // The manifest goes up only after every blob.
    const firstManifest = r.calls.findIndex((c) => c.startsWith('MANIFEST'));
    expect(r.calls.slice(firstManifest)).toEqual(['MANIFEST 1', 'MANIFEST abc']);
  });

  test('everything there and every tag on this manifest: unchanged, nothing sent', async () => {
    const r = fakeRegistry({ blobs: [sha256('a'), sha256('b')], tags: { t: sha256(manifest) } });
    const out = await publishImage({ client: r.client, repo: 'x', tags: ['t'], blobs: [blob('a'), blob('b')], manifest, reporter: new MemoryReporter() });
    expect(out).toMatchObject({ unchanged: true, bytesUploaded: 0, blobsUploaded: 0 });
    expect(r.calls.some((c) => c.startsWith('PUT') || c.startsWith('MANIFEST'))).toBe(false);
  });

  test('a base blob is mounted from its repository; when the registry declines, it is copied', async () => {
    const mounted = fakeRegistry({ mountable: [sha256('base')] });
    const a = await publishImage({ client: mounted.client, repo: 'x', tags: ['t'], blobs: [blob('base', { read: undefined, mountFrom: 'lib/debian' })], manifest, reporter: new MemoryReporter() });
    expect(a).toMatchObject({ blobsMounted: 1, blobsUploaded: 0, bytesUploaded: manifest.length });
    const declined = fakeRegistry();
    const b = await publishImage({ client: declined.client, repo: 'x', tags: ['t'], blobs: [blob('base', { read: undefined, mountFrom: 'lib/debian' })], manifest, reporter: new MemoryReporter() });
    expect(declined.calls).toContain(`GET ${sha256('base')}`);
    expect(b).toMatchObject({ blobsMounted: 0, blobsUploaded: 1 });
  });

  test('a transient failure is retried; a permanent one stops before any manifest', async () => {
    const flaky = fakeRegistry({ failOnce: sha256('bin') });
    const reporter = new MemoryReporter();
    const out = await publishImage({ client: flaky.client, repo: 'x', tags: ['t'], blobs: [blob('bin')], manifest, reporter });
    expect(out.blobsUploaded).toBe(1);
    expect(reporter.lines.join('\n')).toMatch(/upload of bin failed .*HTTP 503.*retrying/);
    const broken = fakeRegistry();
    const bad = { ...blob('bin'), read: async () => Buffer.from('other bytes') };
    await expect(publishImage({ client: broken.client, repo: 'x', tags: ['t'], blobs: [bad], manifest, reporter })).rejects.toThrow(/does not match its digest/);
    expect(broken.calls.some((c) => c.startsWith('MANIFEST'))).toBe(false);
  });
});
