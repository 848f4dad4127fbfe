/**
 * Supply chain at deploy, on the test bed's host h1: a signed tag is resolved on the runner,
 * verified (signature and SLSA provenance) and deployed; an unsigned, other-key or tampered image,
 * and an unsigned rollback target, are refused before any host is contacted and leave the host as
 * it was. The image is signed by gantry's own build here (with provenance), a second one by the
 * cosign CLI. What the build signs and attests, checked by cosign, is supply-chain.itg.test.ts.
 */
import { Bed, bedInputs, containers, deployBed, helloImages, resetHost, sizeOf } from './support/deploy';
import { registryGet } from './support/registry';
import { INSECURE, SupplyWork, gantryRun, supplyWork } from './support/supply-chain';

jest.setTimeout(300_000);

const SERVICE = 'e2e-supply';
const PORT = 18097;
const COMMIT_TIME = 1_736_000_000;
let bed: Bed;
let s: SupplyWork;
let keys: SupplyWork['keys'];
let built: { digest: string; imageRef: string; tagRef: string; repository: string };
const timings: string[] = [];

const cosign = (args: string[], env: Record<string, string> = {}) => s.cosign(args, env);

function deployInputs(over: Record<string, string>): Record<string, string> {
  return bedInputs(bed, { hosts: bed.host(1).addr, registry_insecure: 'true', container_name: SERVICE, env: `PORT=${PORT}`, health_url: `http://127.0.0.1:${PORT}/healthz`, ...over });
}

beforeAll(async () => {
  bed = deployBed();
  process.env.DOCKER_HOST = bed.env.DOCKER_HOST;
  s = supplyWork(bed, COMMIT_TIME);
  keys = s.keys;
  resetHost(1, SERVICE);
  // A signed image with provenance, built by gantry (no Debian base, no binaries: only what the deploy checks).
  const repository = `${bed.registry}/gantry-e2e/supply-deploy`;
  const cwd = process.cwd();
  process.chdir(s.work);
  try {
    const r = await gantryRun(s.buildInputs({ image: repository, runtime_image: 'scratch', binaries_dir: '' }));
    if (r.code !== 0 || r.error) throw new Error(`the signed build failed: ${r.error ?? r.out.all}`);
    built = { digest: r.out.outputs.digest, imageRef: r.out.outputs.image_ref, tagRef: r.out.outputs.tags.split(',')[0], repository };
  } finally {
    process.chdir(cwd);
  }
}, 600_000);

afterAll(() => {
  if (bed) resetHost(1, SERVICE);
  s?.close();
  if (timings.length) process.stdout.write(`\nsupply-chain deploy timings:\n${timings.join('\n')}\n`);
});

test('deploy and rollback: a signed tag is resolved, verified and deployed; unsigned, other-key, tampered images and an unsigned rollback target leave the host as it was', async () => {
  const h1 = bed.host(1);
  const img = helloImages('gantry-e2e/supply-unsigned');
  const runningDigest = () => containers(1, SERVICE).find((c) => c.name === SERVICE)?.labels['dev.gantry.image-digest'];
  const digestIn = (ref: string) => ref.slice(ref.indexOf('@') + 1);
  // An unsigned version first (no verify_key): it becomes what a rollback would restore.
  const first = await gantryRun(deployInputs({ command: 'deploy', deploy_image: img.v2 }));
  expect([first.error, first.code, first.code ? first.out.all : '']).toEqual([undefined, 0, '']);

  // Signed by gantry, named by tag: resolved to the digest on the runner, verified, deployed.
  const tag = built.tagRef;
  expect(tag).toMatch(/:[0-9a-f]{7}$/);
  let t = Date.now();
  const ok = await gantryRun(deployInputs({ command: 'deploy', deploy_image: tag, verify_key: keys.pub, require_provenance: 'true', verify_source: 'git.example.com/team/hello' }));
  expect([ok.error, ok.code]).toEqual([undefined, 0]);
  expect(ok.out.lines.join('\n')).toMatch(/signature verified with key sha256:[0-9a-f]{16}[\s\S]*SLSA provenance verified \(source git.example.com\/team\/hello\)/);
  expect(JSON.parse(ok.out.outputs.report).image).toBe(`${built.repository}@${built.digest}`);
  timings.push(`deploy with verify_key + require_provenance to one host: ${((Date.now() - t) / 1000).toFixed(1)}s in all, ${ok.out.lines.find((l) => /^verification took/.test(l))}`);
  expect(runningDigest()).toBe(built.digest);

  const refuse = async (over: Record<string, string>, pattern: RegExp, command = 'deploy') => {
    const before = runningDigest();
    const argvBefore = sizeOf(h1.argvLog);
    t = Date.now();
    const r = await gantryRun(deployInputs({ command, ...over }));
    const seconds = (Date.now() - t) / 1000;
    expect(r.error).toMatch(pattern);
    if (command === 'deploy') expect(sizeOf(h1.argvLog)).toBe(argvBefore);
    expect(runningDigest()).toBe(before);
    return seconds;
  };
  const refusal = await refuse({ deploy_image: img.v1, verify_key: keys.pub }, /^refusing .*supply-unsigned@sha256:[0-9a-f]{64}: it has no signature with verify_key \(1 key\(s\): sha256:/);
  timings.push(`refusal of an unsigned image: ${refusal.toFixed(2)}s, no host contacted`);
  // The image is reproducible: earlier runs' keys may have signed this digest too; none is otherPub.
  await refuse({ deploy_image: built.imageRef, verify_key: keys.otherPub }, /^refusing .*: \d+ signature\(s\) found, none verifies \(no given key verifies it\) with verify_key \(1 key\(s\)/);
  await refuse({ deploy_image: built.imageRef, verify_key: keys.pub, verify_source: 'https://git.example.com/team/other' }, /its provenance names source 'git\+https:\/\/git.example.com\/team\/hello.git', not verify_source/);
  // The rollback target (v2) is unsigned: refused before the rollout, the host keeps the signed version.
  await refuse({ verify_key: keys.pub }, /the version .* would roll back to is not signed by verify_key, and an unsigned version cannot be rolled back to while verify_key is set/, 'rollback');

  // Signed by the cosign CLI: gantry's verify command and a rollback with verify_key accept it.
  expect(cosign(['sign', '--key', 'cosign.key', '--tlog-upload=false', '--allow-insecure-registry', '--allow-http-registry', img.v2], { COSIGN_PASSWORD: keys.password }).code).toBe(0);
  const byCosign = await gantryRun(deployInputs({ command: 'verify', deploy_image: img.v2, verify_key: keys.pub }));
  expect(byCosign.code).toBe(0);
  expect(byCosign.out.lines.join('\n')).toMatch(/signature \[sha256-[0-9a-f]{64}\.sig\]: verified with key sha256:/);
  const back = await gantryRun(deployInputs({ command: 'rollback', verify_key: keys.pub }));
  expect([back.error, back.code]).toEqual([undefined, 0]);
  expect(runningDigest()).toBe(digestIn(img.v2));

  // Tampered: every signature of v2 altered in its .sig manifest; cosign and gantry both refuse it.
  const repoPath = 'gantry-e2e/supply-unsigned';
  const sigTag = `sha256-${digestIn(img.v2).slice(7)}.sig`;
  const m = await (await registryGet(`${repoPath}/manifests/${sigTag}`, 'application/vnd.oci.image.manifest.v1+json')).json() as { layers: Array<{ annotations: Record<string, string> }> };
  for (const layer of m.layers) {
    const sig = Buffer.from(layer.annotations['dev.cosignproject.cosign/signature'], 'base64');
    sig[sig.length - 1] ^= 0x01;
    layer.annotations['dev.cosignproject.cosign/signature'] = sig.toString('base64');
  }
  const put = await fetch(`http://${bed.registry}/v2/${repoPath}/manifests/${sigTag}`, {
    method: 'PUT', body: JSON.stringify(m),
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json', Authorization: `Basic ${Buffer.from(`${bed.registryUser}:${bed.registryPassword}`).toString('base64')}` },
  });
  expect(put.status).toBe(201);
  expect(cosign(['verify', '--key', 'cosign.pub', ...INSECURE, img.v2]).code).not.toBe(0);
  await refuse({ deploy_image: img.v2, verify_key: keys.pub }, /^refusing .*: \d+ signature\(s\) found, none verifies/);
});

