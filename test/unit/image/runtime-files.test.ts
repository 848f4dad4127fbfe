import { runtimeFileDescriptors, runtimeFiles, runtimeFileLayers } from '../../../src/image/runtime-files/runtime-files';

test('the pinned runtime files hold a CA bundle and a zoneinfo tree, and give the same layers every time', async () => {
  const files = await runtimeFiles();
  expect(files.caCertificates.toString('utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/m);
  const utc = files.zoneinfo.find((z) => z.path === 'UTC' || z.path === 'Etc/UTC');
  expect(utc).toBeDefined();
  expect(files.zoneinfo.find((z) => z.path === '')?.type).toBe('dir');
  const a = await runtimeFileLayers();
  const { rootfsLayers } = await import('../../../src/image/direct/layers');
  const b = await rootfsLayers(await runtimeFiles());
  expect(b.certificates.digest).toBe(a.certificates.digest);
  expect(b.zoneinfo.digest).toBe(a.zoneinfo.digest);
});

test('the runtime files\' layers a push names without making them are the layers made of the archive', async () => {
  const made = await runtimeFileLayers();
  const named = runtimeFileDescriptors();
  for (const k of ['certificates', 'zoneinfo'] as const) {
    expect({ diffId: named[k].diffId, digest: named[k].digest, size: named[k].size, tarSize: named[k].tarSize }).toEqual({ diffId: made[k].diffId, digest: made[k].digest, size: made[k].size, tarSize: made[k].tar?.length });
    expect(named[k].mediaType).toBe(made[k].mediaType);
  }
});
