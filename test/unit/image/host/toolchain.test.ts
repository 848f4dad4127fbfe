import { findToolchain, noToolchainMessage, parseGoVersion, switchTarget, versionMatches, ToolchainProbe } from '../../../../src/image/host/toolchain';
import { switchEnvOf } from '../../../../src/image/host/builder-decision';
import { ImageSpec } from '../../../../src/image/build-spec';

/** A machine with these go commands: path -> version reported (or an Error); GOTOOLCHAIN switches answer from `switches`. */
function machine(gos: Record<string, string | Error>, switches: Record<string, string | Error> = {}): ToolchainProbe & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    executable: (f) => f in gos,
    version: async (go, env) => {
      asked.push(`${go}${env.GOTOOLCHAIN && env.GOTOOLCHAIN !== 'local' ? ` ${env.GOTOOLCHAIN}` : ''}`);
      if (env.GOTOOLCHAIN && env.GOTOOLCHAIN !== 'local') return switches[env.GOTOOLCHAIN] ?? new Error('toolchain not available');
      return gos[go];
    },
  };
}

describe('toolchain discovery order', () => {
  test.each([
    ['go_root wins over everything', { goRoot: '/opt/go', gos: { '/opt/go/bin/go': '1.22.3', '/usr/bin/go': '1.22.12' }, env: { PATH: '/usr/bin' } }, 'go_root', '/opt/go/bin/go'],
    ['go on PATH of the version', { gos: { '/usr/bin/go': '1.22.12', '/usr/lib/go-1.22/bin/go': '1.22.1' }, env: { PATH: '/nope:/usr/bin' } }, 'PATH', '/usr/bin/go'],
    ['runner GOROOT_1_22_X64 before Debian', { gos: { '/usr/bin/go': '1.21.0', '/hosted/go/1.22/bin/go': '1.22.5', '/usr/lib/go-1.22/bin/go': '1.22.1' }, env: { PATH: '/usr/bin', GOROOT_1_22_X64: '/hosted/go/1.22' } }, 'GOROOT_1_22_X64', '/hosted/go/1.22/bin/go'],
    ['Debian /usr/lib/go-1.22', { gos: { '/usr/bin/go': '1.19.8', '/usr/lib/go-1.22/bin/go': '1.22.12' }, env: { PATH: '/usr/bin' } }, '/usr/lib/go-1.22', '/usr/lib/go-1.22/bin/go'],
    ['GOTOOLCHAIN through a newer go', { gos: { '/usr/bin/go': '1.24.1' }, env: { PATH: '/usr/bin' }, switches: { 'go1.22.0': '1.22.0' } }, 'GOTOOLCHAIN=go1.22.0', '/usr/bin/go'],
  ])('%s', async (_name, c, source, go) => {
    const probe = machine(c.gos as Record<string, string>, (c as { switches?: Record<string, string> }).switches);
    const r = await findToolchain({ want: '1.22', goRoot: (c as { goRoot?: string }).goRoot ?? '', env: c.env, arch: 'amd64', probe });
    expect(r.found?.source).toBe(source);
    expect(r.found?.go).toBe(go);
    expect(r.found?.env.GOTOOLCHAIN).toBe(source.startsWith('GOTOOLCHAIN') ? 'go1.22.0' : 'local');
  });

  test('a miss lists every place looked at, and the message names go_version and how to provide one', async () => {
    const r = await findToolchain({ want: '1.22', goRoot: '', env: { PATH: '/usr/bin' }, arch: 'amd64', probe: machine({ '/usr/bin/go': '1.19.8' }) });
    expect(r.found).toBeUndefined();
    expect(r.looked).toEqual(['go on PATH (go1.19.8)', 'GOROOT_1_22_X64 (unset)', '/usr/lib/go-1.22 (absent)', 'GOTOOLCHAIN=go1.22.0 (needs a go of 1.21 or newer on PATH)']);
    const line = noToolchainMessage('1.22', r.looked);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/go_version 1\.22.*looked at: go on PATH \(go1\.19\.8\).*go_root/);
  });

  test('a GOTOOLCHAIN download that fails is a miss, with its reason', async () => {
    const r = await findToolchain({ want: '1.22', goRoot: '', env: { PATH: '/usr/bin' }, arch: 'amd64', probe: machine({ '/usr/bin/go': '1.24.1' }, { 'go1.22.0': new Error('go: downloading go1.22.0: no network') }) });
    expect(r.found).toBeUndefined();
    expect(r.looked.at(-1)).toBe('GOTOOLCHAIN=go1.22.0 via /usr/bin/go (go: downloading go1.22.0: no network)');
  });

  test('a patch version wanted is matched exactly', async () => {
    const probe = machine({ '/usr/bin/go': '1.22.12', '/usr/lib/go-1.22/bin/go': '1.22.5' });
    const r = await findToolchain({ want: '1.22.5', goRoot: '', env: { PATH: '/usr/bin' }, arch: 'amd64', probe });
    expect(r.found?.go).toBe('/usr/lib/go-1.22/bin/go');
  });

  test.each([
    ['a go_root without bin/go', { '/usr/bin/go': '1.22.1' }, /^input 'go_root': '\/opt\/go' is not a Go installation/],
    ['a go_root of another version', { '/opt/go/bin/go': '1.21.4' }, /^input 'go_root': '\/opt\/go' holds Go 1\.21\.4, not go_version 1\.22/],
    ['a go_root whose go does not run', { '/opt/go/bin/go': new Error('exec format error') }, /bin\/go does not run \(exec format error\)/],
  ])('refused: %s', async (_name, gos, message) => {
    await expect(findToolchain({ want: '1.22', goRoot: '/opt/go', env: { PATH: '/usr/bin' }, arch: 'amd64', probe: machine(gos) })).rejects.toThrow(message);
  });

  test('a folder whose go reports another version than its name is refused', async () => {
    const probe = machine({ '/usr/lib/go-1.22/bin/go': '1.21.9' });
    await expect(findToolchain({ want: '1.22', goRoot: '', env: { PATH: '' }, arch: 'amd64', probe })).rejects.toThrow('/usr/lib/go-1.22/bin/go reports Go 1.21.9, but its folder says 1.22');
  });

  test('GANTRY_DISTRO_GO_DIR moves the search for go-X.Y out of /usr/lib', async () => {
    const gos = { '/usr/lib/go-1.22/bin/go': '1.22.12', '/opt/distro/go-1.22/bin/go': '1.22.3' };
    const r = await findToolchain({ want: '1.22', goRoot: '', env: { PATH: '', GANTRY_DISTRO_GO_DIR: '/opt/distro' }, arch: 'amd64', probe: machine(gos) });
    expect(r.found?.go).toBe('/opt/distro/go-1.22/bin/go');
    const none = await findToolchain({ want: '1.22', goRoot: '', env: { PATH: '', GANTRY_DISTRO_GO_DIR: '/empty' }, arch: 'amd64', probe: machine(gos) });
    expect(none.found).toBeUndefined();
    expect(none.looked).toContain('/empty/go-1.22 (absent)');
  });

  test('the GOTOOLCHAIN probe runs with switchEnv (the build\'s GOMODCACHE), the toolchain found keeps only GOTOOLCHAIN', async () => {
    const seen: Array<Record<string, string>> = [];
    const probe: ToolchainProbe = {
      executable: (f) => f === '/usr/bin/go',
      version: async (_go, env) => {
        seen.push(env);
        return env.GOTOOLCHAIN === 'go1.24.4' ? '1.24.4' : '1.22.12';
      },
    };
    const r = await findToolchain({ want: '1.24.4', goRoot: '', env: { PATH: '/usr/bin', GANTRY_DISTRO_GO_DIR: '/empty' }, arch: 'amd64', probe, switchEnv: { GOMODCACHE: '/c/go-mod' } });
    expect(r.found?.source).toBe('GOTOOLCHAIN=go1.24.4');
    expect(r.found?.env).toEqual({ GOTOOLCHAIN: 'go1.24.4' });
    expect(seen.at(-1)).toEqual({ GOMODCACHE: '/c/go-mod', GOTOOLCHAIN: 'go1.24.4' });
  });

  test('arm64 runners name their variable ARM64', async () => {
    const r = await findToolchain({ want: '1.22', goRoot: '', env: { GOROOT_1_22_ARM64: '/h/go' }, arch: 'arm64', probe: machine({ '/h/go/bin/go': '1.22.2' }) });
    expect(r.found?.source).toBe('GOROOT_1_22_ARM64');
  });
});

test.each([
  ['go version go1.22.12 linux/amd64', '1.22.12'],
  ['go version go1.24rc1 linux/arm64', '1.24rc1'],
  ['go: cannot find GOROOT', undefined],
])('parseGoVersion(%s)', (out, v) => expect(parseGoVersion(out)).toBe(v));

test.each([
  ['1.22', '1.22.12', true],
  ['1.22', '1.21.12', false],
  ['1.22', '1.2.1', false],
  ['1.22.5', '1.22.5', true],
  ['1.22.5', '1.22.6', false],
])('versionMatches(%s, %s)', (want, have, ok) => expect(versionMatches(want, have)).toBe(ok));

test.each([
  ['1.22', 'go1.22.0'],
  ['1.23.4', 'go1.23.4'],
  ['1.20', undefined],
  ['1.19.8', undefined],
])('switchTarget(%s)', (want, target) => expect(switchTarget(want)).toBe(target));

test.each([
  ['1.24', '1.24.4', 'go1.24.4'],
  ['1.24', '1.24', 'go1.24.0'],
  ['1.24', '1.23.4', 'go1.24.0'],
  ['1.24.2', '1.24.4', 'go1.24.2'],
  ['1.24', '1.24rc1', 'go1.24.0'],
])('switchTarget(%s) with go.mod naming %s', (want, atLeast, target) => expect(switchTarget(want, atLeast)).toBe(target));

describe('switchEnvOf', () => {
  const svc = (goproxy: string) => ({ goproxy }) as ImageSpec;
  test('the toolchain lands in cache_dir/go-mod, from the goproxy all services share', () => {
    expect(switchEnvOf({ cacheDir: '/ci/cache', services: [svc('file:///mirror'), svc('file:///mirror')] })).toEqual({ GOMODCACHE: '/ci/cache/go-mod', GOPROXY: 'file:///mirror' });
  });
  test('no cache_dir, or services on different proxies: nothing of that', () => {
    expect(switchEnvOf({ cacheDir: '', services: [svc('a'), svc('b')] })).toEqual({});
    expect(switchEnvOf({ cacheDir: '', services: [svc('')] })).toEqual({});
  });
});
