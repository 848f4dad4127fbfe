/**
 * Supply chain against the test bed's registry (plain HTTP, distribution 2.8, no referrers API),
 * checked by the real cosign CLI (Debian's 2.5): gantry's signatures and attestations must satisfy
 * `cosign verify` / `verify-attestation`, and a cosign-made signature must satisfy gantry's
 * verify_key. Builds and verification only (builds lane): what a deploy of a signed, unsigned or
 * tampered image does to a host is supply-chain-deploy.itg.test.ts (hosts lane).
 * Every test starts from the build of the first; each says what it needs.
 */
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { Bed, bedInputs, deployBed } from './support/deploy';
import { registryGet } from './support/registry';
import { fakeSigstore } from './support/fake-sigstore';
import { INSECURE, SOURCE, SupplyWork, gantryRun, supplyWork } from './support/supply-chain';

jest.setTimeout(300_000);

const COMMIT_TIME = 1_736_000_000;
let bed: Bed;
let s: SupplyWork;
let work: string;
let keys: SupplyWork['keys'];
let built: { digest: string; imageRef: string; tagRef: string; repository: string; sbom: string; seconds: number };
const timings: string[] = [];

const cosign = (args: string[], env: Record<string, string> = {}) => s.cosign(args, env);
/**
 * Build inputs of this file: every build after the first finds the Go caches it left (cache_dir in
 * the work folder), as a CI job with its cache does; what is proven is the supply chain of one
 * digest, which a warm cache leaves the same.
 */
const buildInputs = (over: Record<string, string> = {}) => s.buildInputs({ cache_dir: join(work, 'go-cache'), ...over });

/** Inputs of the runner-side commands (verify, and a deploy refused before any host is contacted). */
function deployInputs(over: Record<string, string>): Record<string, string> {
  return bedInputs(bed, { hosts: bed.host(1).addr, registry_insecure: 'true', container_name: 'e2e-supply', ...over });
}

async function sigManifestDigest(digest: string): Promise<string> {
  const repoPath = built.repository.slice(built.repository.indexOf('/') + 1);
  const res = await registryGet(`${repoPath}/manifests/sha256-${digest.slice(7)}.sig`, 'application/vnd.oci.image.manifest.v1+json');
  return res.headers.get('docker-content-digest') ?? '';
}

beforeAll(async () => {
  bed = deployBed();
  process.env.DOCKER_HOST = bed.env.DOCKER_HOST;
  s = supplyWork(bed, COMMIT_TIME);
  ({ work, keys } = s);
}, 600_000);

afterAll(() => {
  s?.close();
  if (timings.length) process.stdout.write(`\nsupply-chain timings:\n${timings.join('\n')}\n`);
});

test('build: SBOM file, cosign signature, SBOM and provenance attestations that the cosign CLI verifies', async () => {
  const cwd = process.cwd();
  process.chdir(work);
  const started = Date.now();
  const r = await gantryRun(buildInputs());
  process.chdir(cwd);
  expect(r.error).toBeUndefined();
  expect(r.code).toBe(0);
  const digest = r.out.outputs.digest;
  built = { digest, imageRef: r.out.outputs.image_ref, tagRef: r.out.outputs.tags.split(',')[0], repository: `${bed.registry}/gantry-e2e/supply-hello`, sbom: join(work, r.out.outputs.sbom), seconds: (Date.now() - started) / 1000 };
  expect(r.out.lines.join('\n')).toMatch(/without a transparency log/);
  expect(r.out.all).not.toContain(keys.password);

  const sbom = JSON.parse(readFileSync(built.sbom, 'utf8')) as { bomFormat: string; components: Array<{ name: string; purl?: string; version?: string }> };
  expect(sbom.bomFormat).toBe('CycloneDX');
  const purls = sbom.components.map((c) => c.purl ?? '');
  expect(purls).toEqual(expect.arrayContaining(['pkg:golang/example.com/hello', expect.stringMatching(/^pkg:golang\/stdlib@go1\./), expect.stringMatching(/^pkg:deb\/debian\/libc6@/)]));
  timings.push(`examples/hello on debian-slim: SBOM of ${sbom.components.length} components (${purls.filter((p) => p.startsWith('pkg:deb/')).length} Debian packages); ${r.out.lines.filter((l) => /^SBOM|supply chain took/.test(l)).join(' | ')}`);

  const ref = `${built.repository}@${digest}`;
  const verify = cosign(['verify', '--key', 'cosign.pub', ...INSECURE, ref]);
  expect(verify).toMatchObject({ code: 0 });
  expect(verify.out).toContain(digest);
  const cdx = cosign(['verify-attestation', '--key', 'cosign.pub', '--type', 'cyclonedx', ...INSECURE, ref]);
  expect(cdx.code).toBe(0);
  const slsa = cosign(['verify-attestation', '--key', 'cosign.pub', '--type', 'slsaprovenance1', ...INSECURE, ref]);
  expect(slsa.code).toBe(0);
  const envelope = JSON.parse(slsa.out.split('\n').find((l) => l.startsWith('{')) ?? '{}') as { payload: string };
  const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
  expect(statement.predicate.buildDefinition.resolvedDependencies[0]).toMatchObject({ uri: `git+${SOURCE}`, digest: { gitCommit: expect.stringMatching(/^[0-9a-f]{40}$/) } });
  expect(JSON.stringify(statement)).not.toContain(bed.registryPassword);
  expect(cosign(['verify', '--key', 'other/cosign.pub', ...INSECURE, ref]).code).not.toBe(0);
  // binaries_dir/SHA256SUMS signed as a blob: what the binary target's verify_key checks.
  const blob = (pub: string) => cosign(['verify-blob', '--key', pub, '--signature', 'bin/SHA256SUMS.sig', '--insecure-ignore-tlog=true', 'bin/SHA256SUMS']);
  expect(blob('cosign.pub')).toMatchObject({ code: 0, out: expect.stringContaining('Verified OK') });
  expect(blob('other/cosign.pub').code).not.toBe(0);
});

test('keyless against a local Fulcio and Rekor: cosign verifies the signature and both attestations by identity', async () => {
  // An identity of this run: the bed's registry keeps what earlier runs attached, under other CAs.
  const sigstore = await fakeSigstore(`https://ci.example.com/team/hello/.ci.yml@refs/heads/run-${Date.now()}`);
  process.env.SIGSTORE_ID_TOKEN = sigstore.token;
  const cwd = process.cwd();
  try {
    process.chdir(work);
    const keyless = buildInputs({ sign_key: '', sign_key_password: '', binaries_dir: '', sign_keyless: 'true', fulcio_url: sigstore.url, rekor_url: sigstore.url });
    const t = Date.now();
    const r = await gantryRun(keyless);
    timings.push(`keyless build (local Fulcio and Rekor, digest unchanged): ${((Date.now() - t) / 1000).toFixed(1)}s, ${sigstore.entries.length} Rekor entries`);
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(0);
    expect(r.out.outputs.digest).toBe(built.digest);
    expect(r.out.all).not.toContain(sigstore.token);
    expect(r.out.lines.join('\n')).toContain(`signing keyless as URI:${sigstore.identity}`);
    expect(sigstore.entries.map((e) => e.kind).sort()).toEqual(['hashedrekord', 'intoto', 'intoto']);
    const ref = `${built.repository}@${built.digest}`;
    const by = (identity: string) => ['--certificate-identity', identity, '--certificate-oidc-issuer', sigstore.issuer, '--insecure-ignore-sct', '--allow-insecure-registry', '--allow-http-registry'];
    expect(cosign(['verify', ...by(sigstore.identity), ref], sigstore.cosignEnv)).toMatchObject({ code: 0, out: expect.stringContaining(built.digest) });
    expect(cosign(['verify-attestation', ...by(sigstore.identity), '--type', 'slsaprovenance1', ref], sigstore.cosignEnv).code).toBe(0);
    expect(cosign(['verify-attestation', ...by(sigstore.identity), '--type', 'cyclonedx', ref], sigstore.cosignEnv).code).toBe(0);
    expect(cosign(['verify', ...by('https://ci.example.com/someone/else'), ref], sigstore.cosignEnv).code).not.toBe(0);

    // verify_identity at deploy: the certificate chains to this Fulcio, the entry is signed by this Rekor.
    const verifyAs = (identity: string) => gantryRun(deployInputs({
      command: 'verify', deploy_image: ref, verify_identity: identity, verify_issuer: sigstore.issuer, fulcio_url: sigstore.url, rekor_url: sigstore.url,
    }));
    const ok = await verifyAs(sigstore.identity);
    expect(ok.error).toBeUndefined();
    expect(ok.code).toBe(0);
    expect(ok.out.lines.join('\n')).toContain(`signature verified with identity ${sigstore.identity} (issuer ${sigstore.issuer})`);
    const other = await verifyAs('https://ci.example.com/someone/else');
    expect(other.code).toBe(1);
    expect(other.out.all).toContain(`it is signed by identity '${sigstore.identity}', not verify_identity 'https://ci.example.com/someone/else'`);
    // A keyless rerun finds its identity's signature and attestations and adds nothing, no Rekor
    // entry either: test/unit/supply-chain/keyless.test.ts (a rerun on the same digest with a key,
    // through this registry, is the next test).
  } finally {
    process.chdir(cwd);
    delete process.env.SIGSTORE_ID_TOKEN;
    sigstore.close();
  }
});

test('a rerun on the same digest with signature_format both adds the Sigstore bundle and nothing else; cosign verifies the bundle gantry attaches, gantry verifies the one cosign attaches (both through the referrers tag)', async () => {
  const before = await sigManifestDigest(built.digest);
  const blobSig = readFileSync(join(work, 'bin/SHA256SUMS.sig'), 'utf8');
  const cwd = process.cwd();
  process.chdir(work);
  const r = await gantryRun(buildInputs({ signature_format: 'both' }));
  process.chdir(cwd);
  expect(r.error).toBeUndefined();
  expect(r.code).toBe(0);
  expect(r.out.outputs.digest).toBe(built.digest);
  const lines = r.out.lines.join('\n');
  expect(lines).toMatch(/Sigstore bundle signature of sha256:\S+: (added|already signed by this key)/);
  // the key's signature and attestations of the first build are found: nothing added
  expect(lines).toMatch(/(?<!bundle )signature of sha256:\S+: already signed by this key \(nothing added\)/);
  expect(lines).toMatch(/SBOM attestation of .*already attested by this key/);
  expect(lines).toMatch(/provenance attestation of .*already attested by this key/);
  expect(await sigManifestDigest(built.digest)).toBe(before);
  expect(lines).toMatch(/SHA256SUMS\.sig: already a valid signature of SHA256SUMS by this key/);
  expect(readFileSync(join(work, 'bin/SHA256SUMS.sig'), 'utf8')).toBe(blobSig);
  const repoPath = built.repository.slice(built.repository.indexOf('/') + 1);
  // The bed's registry has no referrers API: the bundle is listed under the referrers tag.
  expect((await registryGet(`${repoPath}/referrers/${built.digest}`, 'application/vnd.oci.image.index.v1+json')).status).toBe(404);
  const index = await (await registryGet(`${repoPath}/manifests/sha256-${built.digest.slice(7)}`, 'application/vnd.oci.image.index.v1+json')).json() as { manifests: Array<{ artifactType?: string }> };
  expect(index.manifests.map((m) => m.artifactType)).toContain('application/vnd.dev.sigstore.bundle.v0.3+json');

  // cosign 2.5 reads bundles with verify-attestation --new-bundle-format (cosign 3's verify reads them by default).
  writeFileSync(join(work, 'trusted_root.json'), JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }));
  const ref = `${built.repository}@${built.digest}`;
  const bundleVerify = (pub: string) => cosign(['verify-attestation', '--new-bundle-format', '--trusted-root', 'trusted_root.json', '--key', pub, '--type', 'https://sigstore.dev/cosign/sign/v1', ...INSECURE, ref]);
  expect(bundleVerify('cosign.pub')).toMatchObject({ code: 0 });
  expect(bundleVerify('other/cosign.pub').code).not.toBe(0);
  expect(cosign(['verify', '--key', 'cosign.pub', ...INSECURE, ref]).code).toBe(0);

  // A bundle cosign attaches (cosign 3's image signature: its sign predicate), with a key of its own
  // (the other key must keep verifying nothing here: the deploy test refuses it).
  writeFileSync(join(work, 'empty.json'), '{}');
  mkdirSync(join(work, 'third'));
  expect(spawnSync('cosign', ['generate-key-pair'], { cwd: join(work, 'third'), env: { PATH: process.env.PATH, HOME: work, COSIGN_PASSWORD: 'x' } }).status).toBe(0);
  const attest = cosign(['attest', '--new-bundle-format', '--key', 'third/cosign.key', '--type', 'https://sigstore.dev/cosign/sign/v1', '--predicate', 'empty.json', '--tlog-upload=false', '--allow-insecure-registry', '--allow-http-registry', ref], { COSIGN_PASSWORD: 'x' });
  expect(attest).toMatchObject({ code: 0 });
  const v = await gantryRun(deployInputs({ command: 'verify', deploy_image: ref, verify_key: readFileSync(join(work, 'third/cosign.pub'), 'utf8') }));
  expect(v.error).toBeUndefined();
  expect(v.code).toBe(0);
  expect(v.out.lines.join('\n')).toMatch(/bundle signature \[referrer sha256:\S+\]: verified with key/);
  expect(v.out.lines.join('\n')).toContain('Sigstore bundle signature verified with key');
});

test('bad keys are refused before anything is built', async () => {
  const wrong = await gantryRun(buildInputs({ sign_key_password: 'not-it' }));
  expect(wrong.error).toMatch(/^input 'sign_key_password': does not open sign_key/);
  const notKey = await gantryRun(buildInputs({ sign_key: keys.pub }));
  expect(notKey.error).toMatch(/^input 'sign_key': holds no cosign private key/);
  expect(wrong.out.lines.filter((l) => /^== Build/.test(l))).toEqual([]);
  const badVerify = await gantryRun(deployInputs({ command: 'deploy', deploy_image: built.imageRef, verify_key: keys.key }));
  expect(badVerify.error).toMatch(/^input 'verify_key': holds a private key, not a public key/);
});

test('several platforms: the index and each platform image are signed, each platform has its SBOM, the index its provenance', async () => {
  const cwd = process.cwd();
  process.chdir(work);
  const r = await gantryRun(buildInputs({ image: `${bed.registry}/gantry-e2e/supply-multi`, runtime_image: 'scratch', platforms: 'linux/amd64,linux/arm64' }));
  process.chdir(cwd);
  expect([r.error, r.code]).toEqual([undefined, 0]);
  expect(r.out.outputs.sbom.split(',')).toEqual(['.gantry/sbom-linux-amd64.cdx.json', '.gantry/sbom-linux-arm64.cdx.json']);
  const arm = JSON.parse(readFileSync(join(work, '.gantry/sbom-linux-arm64.cdx.json'), 'utf8')) as { components: Array<{ name: string; properties?: Array<{ name: string; value: string }> }>; metadata: { component: { version: string } } };
  const app = arm.components.find((c) => c.name === 'example.com/hello');
  expect(app?.properties).toEqual(expect.arrayContaining([{ name: 'gantry:go:build:GOARCH', value: 'arm64' }]));
  const index = `${bed.registry}/gantry-e2e/supply-multi@${r.out.outputs.digest}`;
  const armRef = `${bed.registry}/gantry-e2e/supply-multi@${arm.metadata.component.version}`;
  expect(arm.metadata.component.version).not.toBe(r.out.outputs.digest);
  expect(cosign(['verify', '--key', 'cosign.pub', ...INSECURE, index]).code).toBe(0);
  expect(cosign(['verify', '--key', 'cosign.pub', ...INSECURE, armRef]).code).toBe(0);
  expect(cosign(['verify-attestation', '--key', 'cosign.pub', '--type', 'slsaprovenance1', ...INSECURE, index]).code).toBe(0);
  expect(cosign(['verify-attestation', '--key', 'cosign.pub', '--type', 'cyclonedx', ...INSECURE, armRef]).code).toBe(0);
});
