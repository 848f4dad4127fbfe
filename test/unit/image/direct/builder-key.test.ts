import { BuilderKey, builderLabels, builderName, builderVolumes, idleLoop, isBuilderOf, workTreeName } from '../../../../src/image/direct/builder-key';
import { cacheIds } from '../../../../src/image/plan/dockerfile';

const KEY: BuilderKey = { image: 'golang:1.22', goVersion: '1.22', os: 'linux', arch: 'amd64', cgo: false, network: 'default', goproxy: '' };

describe('builder keying', () => {
  test('one name per key: stable, and different for each key field', () => {
    const name = builderName(KEY);
    expect(name).toMatch(/^gantry-builder-1\.22-linux-amd64-[0-9a-f]{12}$/);
    expect(builderName({ ...KEY })).toBe(name);
    const variants: Array<Partial<BuilderKey>> = [
      { image: 'registry.example.com/go:1.22' },
      { goVersion: '1.23', image: 'golang:1.23' },
      { arch: 'arm64' },
      { cgo: true },
      { network: 'host' },
      { network: 'none' },
      { goproxy: 'https://proxy.example.com,direct' },
    ];
    const names = variants.map((v) => builderName({ ...KEY, ...v }));
    expect(new Set([name, ...names]).size).toBe(variants.length + 1);
    expect(builderName({ ...KEY, cgo: true })).toMatch(/-cgo-/);
  });

  test('labels carry the key, and a container is recognised by them', () => {
    const labels = builderLabels(KEY);
    expect(labels).toMatchObject({ 'org.gantry.builder': 'true', 'org.gantry.builder.go-version': '1.22', 'org.gantry.builder.platform': 'linux/amd64', 'org.gantry.builder.network': 'default' });
    expect(isBuilderOf(labels, KEY)).toBe(true);
    expect(isBuilderOf({ ...labels, 'org.gantry.builder.goproxy': 'off' }, KEY)).toBe(false);
    expect(isBuilderOf(undefined, KEY)).toBe(false);
  });

  test('the volumes are the cache ids of the generated Dockerfile (one cache_dir layout for both paths)', () => {
    expect(builderVolumes(KEY)).toEqual(cacheIds('1.22', 'linux', 'amd64', false));
    expect(builderVolumes({ ...KEY, arch: 'arm64', cgo: true }).build).toBe('gantry-gobuild-1.22-linux-arm64-cgo');
    expect(builderVolumes({ ...KEY, arch: 'arm64' }).mod).toBe(builderVolumes(KEY).mod);
  });

  test('the idle loop ends after the idle minutes without a touch of the marker', () => {
    const [sh, flag, script] = idleLoop(30);
    expect([sh, flag]).toEqual(['sh', '-c']);
    expect(script).toContain('-lt 1800 ]');
    expect(idleLoop(0)[2]).toContain('-lt 60 ]');
  });

  test('work trees: one per service source and platform', () => {
    const a = workTreeName('api', '/repo/services/api', 'linux', 'amd64');
    expect(a).toMatch(/^api-[0-9a-f]{10}$/);
    expect(workTreeName('api', '/repo/services/api', 'linux', 'amd64')).toBe(a);
    expect(workTreeName('api', '/other/services/api', 'linux', 'amd64')).not.toBe(a);
    expect(workTreeName('api', '/repo/services/api', 'linux', 'arm64')).not.toBe(a);
    expect(workTreeName('a b/c', '/x', 'linux', 'amd64')).toMatch(/^a-b-c-/);
  });
});
