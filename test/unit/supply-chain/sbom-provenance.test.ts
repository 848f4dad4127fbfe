import { parseInputs } from '../../../src/inputs';
import { GoBuildInfo } from '../../../src/supply-chain/go-buildinfo';
import { derivedSerial, h1ToSha256, makeSbom, sbomSummary } from '../../../src/supply-chain/sbom';
import { invocationId, provenanceInputs, provenancePredicate } from '../../../src/supply-chain/provenance';
import { sbomPath } from '../../../src/supply-chain/supply-chain';

const GO: GoBuildInfo = {
  goVersion: 'go1.22.5',
  path: 'example.com/api',
  main: { path: 'example.com/api', version: '(devel)', sum: '' },
  deps: [{ path: 'example.com/clock', version: 'v0.3.0', sum: 'h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' }],
  settings: [['-trimpath', 'true'], ['CGO_ENABLED', '0'], ['GOOS', 'linux'], ['GOARCH', 'amd64']],
};
const SUBJECT = { repository: 'registry.test:5000/team/api', digest: `sha256:${'a'.repeat(64)}`, platform: 'linux/amd64', commitTime: 1_700_000_000 };
const PKG = { name: 'libc6', version: '2.36-9', arch: 'amd64', purl: 'pkg:deb/debian/libc6@2.36-9?arch=amd64' };

describe('SBOM', () => {
  test('CycloneDX 1.5 with the image, the main module, the standard library, modules and OS packages', async () => {
    const json = await makeSbom(SUBJECT, GO, [PKG]);
    const doc = JSON.parse(json);
    expect(doc).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5', serialNumber: derivedSerial(`${SUBJECT.repository}@${SUBJECT.digest}|linux/amd64`) });
    expect(doc.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(doc.metadata.component).toMatchObject({ type: 'container', name: SUBJECT.repository, version: SUBJECT.digest });
    expect(doc.components.map((c: { purl: string }) => c.purl).sort()).toEqual([
      'pkg:deb/debian/libc6@2.36-9?arch=amd64', 'pkg:golang/example.com/api', 'pkg:golang/example.com/clock@v0.3.0', 'pkg:golang/stdlib@go1.22.5',
    ]);
    const app = doc.components.find((c: { name: string }) => c.name === 'example.com/api');
    expect(app.properties).toEqual(expect.arrayContaining([{ name: 'gantry:go:build:CGO_ENABLED', value: '0' }, { name: 'gantry:go:version', value: 'go1.22.5' }]));
    const clock = doc.components.find((c: { name: string }) => c.name === 'example.com/clock');
    expect(clock.hashes).toEqual([{ alg: 'SHA-256', content: h1ToSha256(GO.deps[0].sum) }]);
    expect(sbomSummary(json)).toEqual({ components: 4, goModules: 2, osPackages: 1 });
  });

  test('the same image gives the same bytes (a rerun converges)', async () => {
    expect(await makeSbom(SUBJECT, GO, [PKG])).toBe(await makeSbom(SUBJECT, GO, [PKG]));
  });

  test('h1 sums decode to their SHA-256; anything else has none', () => {
    expect(h1ToSha256('h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')).toMatch(/^[0-9a-f]{64}$/);
    expect(h1ToSha256('')).toBeUndefined();
  });
});

describe('SLSA provenance', () => {
  const inputs = parseInputs({
    image: 'registry.test:5000/team/api', go_version: '1.22', registry_username: 'ci', registry_password: 'hunter22',
    sign_key: 'KEYTEXT', sign_key_password: 'pw-secret', netrc: 'machine x login y password z', build_args: 'A=1',
  });

  test('inputs: non-default build and push inputs only, never secrets or credentials', () => {
    const p = provenanceInputs(inputs);
    expect(p).toEqual({ go_version: '1.22', image: 'registry.test:5000/team/api', build_args: ['A=1'] });
    expect(JSON.stringify(p)).not.toMatch(/hunter22|KEYTEXT|pw-secret|password z/);
  });

  test('the predicate names the source and commit, the builder image by digest, gantry as builder', () => {
    const p = provenancePredicate({
      source: 'https://git.example.com/team/api.git', revision: 'c'.repeat(40), goVersion: '1.22', builder: 'container', toolchain: '', builderImage: 'golang:1.22',
      builderImageDigest: `sha256:${'d'.repeat(64)}`, platform: 'linux/amd64', startedOn: new Date(0), finishedOn: new Date(1000), invocationId: '',
    }, inputs) as { buildDefinition: { resolvedDependencies: unknown[] }; runDetails: { builder: { id: string }; metadata: Record<string, string> } };
    expect(p.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://git.example.com/team/api.git', digest: { gitCommit: 'c'.repeat(40) } },
      { uri: 'docker-image:golang:1.22', digest: { sha256: 'd'.repeat(64) } },
    ]);
    expect(p.runDetails.metadata).toEqual({ startedOn: '1970-01-01T00:00:00.000Z', finishedOn: '1970-01-01T00:00:01.000Z' });
  });

  test('built on the host: the predicate names the builder and the toolchain, no builder image', () => {
    const p = provenancePredicate({
      source: 'https://git.example.com/team/api.git', revision: 'c'.repeat(40), goVersion: '1.22', builder: 'host', toolchain: 'Go 1.22.12 from /usr/lib/go-1.22 (/usr/lib/go-1.22/bin/go)',
      builderImage: '', builderImageDigest: '', platform: 'linux/amd64', startedOn: new Date(0), finishedOn: new Date(1000), invocationId: '',
    }, inputs) as { buildDefinition: { internalParameters: Record<string, string>; resolvedDependencies: unknown[] } };
    expect(p.buildDefinition.internalParameters).toEqual({ goVersion: '1.22', builder: 'host', toolchain: 'Go 1.22.12 from /usr/lib/go-1.22 (/usr/lib/go-1.22/bin/go)', platform: 'linux/amd64' });
    expect(p.buildDefinition.resolvedDependencies).toEqual([{ uri: 'git+https://git.example.com/team/api.git', digest: { gitCommit: 'c'.repeat(40) } }]);
  });

  test.each([
    [{ CI_JOB_URL: 'https://gitlab.example.com/team/api/-/jobs/7' }, 'https://gitlab.example.com/team/api/-/jobs/7'],
    [{ GITHUB_RUN_ID: '9', GITHUB_REPOSITORY: 'org/api', GITHUB_SERVER_URL: 'https://github.example.com' }, 'https://github.example.com/org/api/actions/runs/9/attempts/1'],
    [{}, ''],
  ])('invocation id from %o', (env, id) => {
    expect(invocationId(env)).toBe(id);
  });
});

describe('SBOM file names', () => {
  test.each([
    ['linux/amd64', false, '', '.gantry/sbom.cdx.json'],
    ['linux/arm64', true, '', '.gantry/sbom-linux-arm64.cdx.json'],
    ['linux/amd64', false, 'api', '.gantry/sbom-api.cdx.json'],
    ['linux/arm64', true, 'api', '.gantry/sbom-api-linux-arm64.cdx.json'],
  ])('%s, several platforms %p, service %p: %s', (platform, several, service, file) => {
    expect(sbomPath(platform, several, service)).toBe(file);
  });
});
