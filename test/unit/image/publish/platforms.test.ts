import { parsePlatforms, platformTag } from '../../../../src/image/plan/platforms';
import { renderDockerfile, DockerfileSpec } from '../../../../src/image/plan/dockerfile';
import { runtimeBase } from '../../../../src/image/plan/runtime-image';
import { mergeSha256Sums } from '../../../../src/image/publish/binaries';
import { binaryFileName, imageProgram } from '../../../../src/image/publish/binary-paths';
import { manifestList, parseChallenge, sha256Digest, MEDIA } from '../../../../src/registry/registry-client';

describe('platforms', () => {
  test.each<[string[], Array<{ os: string; arch: string }>]>([
    [[], []],
    [['linux/amd64', 'linux/arm64'], [{ os: 'linux', arch: 'amd64' }, { os: 'linux', arch: 'arm64' }]],
    [['linux/arm64', 'linux/arm64'], [{ os: 'linux', arch: 'arm64' }]],
  ])('%j', (entries, parsed) => {
    expect(parsePlatforms(entries)).toEqual(parsed);
  });

  test.each([['linux'], ['linux/arm/v7'], ['plan9/amd64'], ['linux/sparc']])('refused: %s', (entry) => {
    expect(() => parsePlatforms([entry])).toThrow(/input 'platforms': .* is not a platform/);
  });

  test('per-platform tags sit beside the index tag', () => {
    expect(platformTag('v1.2.0', { os: 'linux', arch: 'arm64' })).toBe('v1.2.0-linux-arm64');
  });
});

describe('generated Dockerfile: cross-compiling and a context wider than the module', () => {
  const base: DockerfileSpec = {
    builderImage: 'golang:1.22', goVersion: '1.22', os: 'linux', arch: 'arm64', mainPackage: '.', binaryName: 'api',
    module: 'example.com/api', cgo: false, ldflags: '-s -w', versionVariable: '', runtime: runtimeBase('scratch', false),
    hasGoSum: false, vendored: false, goproxy: '',
  };

  test('cross-compiling: the builder stays on the build platform, GOOS/GOARCH and the compiler cache are the target\'s', () => {
    const df = renderDockerfile({ ...base, crossCompile: true });
    expect(df).toContain('FROM --platform=$BUILDPLATFORM golang:1.22 AS build');
    expect(df).toContain('GOOS=linux GOARCH=arm64');
    expect(df).toContain('id=gantry-gobuild-1.22-linux-arm64');
    expect(df).toMatch(/^FROM scratch$/m);
  });

  test('not cross-compiling: the FROM line is unchanged', () => {
    expect(renderDockerfile(base)).toContain('\nFROM golang:1.22 AS build\n');
  });

  test('a module in a sub-folder with local replaced modules: their go.mod files come before the download', () => {
    const lines = renderDockerfile({ ...base, moduleDir: 'services/api', localModules: ['lib'] }).split('\n');
    const i = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(lines).toContain('WORKDIR /src/services/api');
    expect(lines).toContain('COPY lib/go.mod /src/lib/go.mod');
    expect(lines).toContain('COPY services/api/go.mod ./');
    expect(i('COPY lib/go.mod')).toBeLessThan(i('go mod download'));
    expect(i('COPY services/api/go.mod')).toBeLessThan(i('go mod download'));
    expect(lines).toContain('COPY . /src/');
  });
});

describe('binaries', () => {
  test('file names', () => {
    expect(binaryFileName('api', 'linux', 'arm64')).toBe('api-linux-arm64');
    expect(binaryFileName('api', 'linux', 'amd64', 'api')).toBe('api/api-linux-amd64');
    expect(binaryFileName('api', 'windows', 'amd64')).toBe('api-windows-amd64.exe');
  });

  test.each([
    [{ Entrypoint: ['/usr/local/bin/api'], Cmd: null }, '/usr/local/bin/api'],
    [{ Entrypoint: null, Cmd: ['/app', '-v'] }, '/app'],
    [{ Entrypoint: ['api'] }, ''],
    [{}, ''],
  ])('program of %j', (config, program) => {
    expect(imageProgram(config)).toBe(program);
  });

  test('SHA256SUMS keeps other lines, replaces ours, sorts by name', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const c = 'c'.repeat(64);
    const merged = mergeSha256Sums(`${a}  old-tool\n${a}  api-linux-amd64\n`, [{ name: 'api-linux-amd64', sha256: b, size: 1 }, { name: 'api-linux-arm64', sha256: c, size: 1 }]);
    expect(merged).toBe(`${b}  api-linux-amd64\n${c}  api-linux-arm64\n${a}  old-tool\n`);
  });
});

describe('registry client pieces', () => {
  test('challenges', () => {
    expect(parseChallenge('Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull"')).toEqual({
      scheme: 'bearer', params: { realm: 'https://auth.example.com/token', service: 'registry.example.com', scope: 'repository:a/b:pull' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"').scheme).toBe('basic');
  });

  test('the manifest list names each platform\'s manifest by digest and size', () => {
    const body = manifestList([
      { mediaType: MEDIA.dockerManifest, digest: 'sha256:aa', size: 528, platform: { os: 'linux', architecture: 'amd64' } },
      { mediaType: MEDIA.dockerManifest, digest: 'sha256:bb', size: 529, platform: { os: 'linux', architecture: 'arm64' } },
    ]);
    const doc = JSON.parse(body.toString());
    expect(doc.mediaType).toBe(MEDIA.dockerList);
    expect(doc.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    expect(sha256Digest(body)).toBe(sha256Digest(manifestList(JSON.parse(body.toString()).manifests.map((m: { mediaType: string; digest: string; size: number; platform: { os: string; architecture: string } }) => m))));
  });
});
