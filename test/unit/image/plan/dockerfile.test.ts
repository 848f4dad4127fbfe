import { cacheIds, renderDockerfile, DockerfileSpec } from '../../../../src/image/plan/dockerfile';
import { runtimeBase } from '../../../../src/image/plan/runtime-image';

const base: DockerfileSpec = {
  builderImage: 'golang:1.22', goVersion: '1.22', os: 'linux', arch: 'amd64', mainPackage: '.', binaryName: 'hello',
  module: 'example.com/hello', cgo: false, ldflags: '-s -w', versionVariable: 'main.version',
  runtime: runtimeBase('scratch', false), hasGoSum: true, vendored: false, goproxy: '',
};

describe('generated Dockerfile', () => {
  test('module download is its own step keyed on go.mod and go.sum, with cache mounts', () => {
    const df = renderDockerfile(base);
    const lines = df.split('\n');
    const copyMod = lines.indexOf('COPY go.mod go.sum ./');
    const download = lines.findIndex((l) => l.includes('go mod download'));
    const copyAll = lines.indexOf('COPY . .');
    expect(copyMod).toBeGreaterThan(0);
    expect(download).toBe(copyMod + 1);
    expect(copyAll).toBeGreaterThan(download);
    expect(lines[download]).toContain('--mount=type=cache,id=gantry-gomod-1.22,target=/go/pkg/mod');
    expect(df).toContain('--mount=type=cache,id=gantry-gobuild-1.22-linux-amd64,target=/root/.cache/go-build');
    expect(df).toContain(`go build -v -trimpath -buildvcs=false -ldflags '-s -w'" -X main.version=\${GANTRY_VERSION}" -o /gantry/rootfs/bin/usr/local/bin/hello .`);
    expect(df).not.toMatch(/^# syntax=/m);
  });

  test('runtime stage: CA certificates, zoneinfo, non-root user, binary as entrypoint', () => {
    const df = renderDockerfile(base);
    const runtime = df.slice(df.indexOf('FROM scratch'));
    // One layer each, laid out in the build stage where every file and folder gets the commit
    // time: folders a COPY creates itself would carry the build's wall clock into the digest.
    expect(runtime.split('\n').filter((l) => l.startsWith('COPY'))).toEqual([
      'COPY --from=build /gantry/rootfs/certs/ /',
      'COPY --from=build /gantry/rootfs/zoneinfo/ /',
      'COPY --from=build /gantry/rootfs/users/ /',
      'COPY --from=build /gantry/rootfs/bin/ /',
    ]);
    const build = df.slice(0, df.indexOf('FROM scratch'));
    // The CA bundle and zoneinfo come from gantry's pinned archive in the context, not the builder image.
    expect(build).toContain('COPY .gantry.runtime-files.tar.gz /gantry/runtime-files.tar.gz\n');
    expect(build).toContain('tar -xzf /gantry/runtime-files.tar.gz -C /gantry/rootfs/certs etc && tar -xzf /gantry/runtime-files.tar.gz -C /gantry/rootfs/zoneinfo usr');
    expect(build).not.toContain('/etc/ssl/certs/ca-certificates.crt /gantry');
    expect(build).toContain("> /gantry/rootfs/users/etc/passwd");
    expect(build).toContain('\n && find /gantry/rootfs -exec touch -h -d @0 {} +\n');
    expect(build).toMatch(/go build .* -o \/gantry\/rootfs\/bin\/usr\/local\/bin\/hello \. \\\n && find \/gantry\/rootfs\/bin -exec touch -h -d "@\$\{SOURCE_DATE_EPOCH\}" \{\} \+$/m);
    expect(runtime).toContain('USER 65532:65532');
    expect(runtime).toContain('ENTRYPOINT ["/usr/local/bin/hello"]');
  });

  test.each([
    ['scratch', 'scratch', true],
    ['distroless', 'gcr.io/distroless/static-debian12:nonroot', false],
    ['alpine', 'alpine:3', false],
    ['debian-slim', 'debian:bookworm-slim', false],
    ['registry.example.com/base:1', 'registry.example.com/base:1', false],
  ])('runtime %s -> FROM %s (passwd copied: %s)', (name, image, passwd) => {
    const df = renderDockerfile({ ...base, runtime: runtimeBase(name, false) });
    expect(df).toContain(`\nFROM ${image}\n`);
    expect(df.includes('COPY --from=build /gantry/rootfs/users/ /')).toBe(passwd);
  });

  test('vendored modules: no download step, -mod=vendor', () => {
    const df = renderDockerfile({ ...base, vendored: true, goVersion: '1.19', builderImage: 'golang:1.19' });
    expect(df).not.toContain('go mod download');
    expect(df).toContain('GOFLAGS=-mod=vendor');
    expect(df).toContain('gantry-gobuild-1.19-linux-amd64');
  });

  test('no go.sum: only go.mod is copied; old Go has no -buildvcs', () => {
    const df = renderDockerfile({ ...base, hasGoSum: false, goVersion: '1.17' });
    expect(df).toContain('COPY go.mod ./');
    expect(df).not.toContain('-buildvcs');
  });

  test('cgo and goproxy', () => {
    const df = renderDockerfile({ ...base, cgo: true, goproxy: 'http://127.0.0.1:3000' });
    expect(df).toContain('CGO_ENABLED=1');
    expect(df).toContain('GOPROXY="http://127.0.0.1:3000"');
    expect(df).toContain('gantry-gobuild-1.22-linux-amd64-cgo');
  });

  test('ldflags with quotes are shell-quoted', () => {
    const df = renderDockerfile({ ...base, ldflags: "-s -X 'main.name=a b'", versionVariable: '' });
    expect(df).toContain(`-ldflags '-s -X '\\''main.name=a b'\\''' -o`);
  });

  test('cache ids keep Go versions and platforms apart', () => {
    expect(cacheIds('1.22', 'linux', 'arm64', false)).toEqual({ mod: 'gantry-gomod-1.22', build: 'gantry-gobuild-1.22-linux-arm64' });
  });
});
