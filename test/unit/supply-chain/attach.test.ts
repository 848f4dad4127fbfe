import { createHash, generateKeyPairSync } from 'crypto';
import { attachAttestation, attachSignature } from '../../../src/supply-chain/attach';
import { MemoryRegistry } from '../support/memory-registry';
import {
  MEDIA_TYPES, attestationTag, digestOf, openEnvelope, pae, readSimpleSigning, signatureTag, signedEnvelope, simpleSigningPayload, statement,
} from '../../../src/supply-chain/cosign-layout';
import { inspectAttachments, normalizeSource, provenanceSource } from '../../../src/supply-chain/verify';

const REPO = 'team/api';
const REPOSITORY = `registry.test:5000/${REPO}`;
const image = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json"}');
const DIGEST = digestOf(image);
const target = { repo: REPO, repository: REPOSITORY, digest: DIGEST };
const key = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

async function registry(referrers: boolean): Promise<MemoryRegistry> {
  const r = new MemoryRegistry(referrers);
  await r.putManifest(REPO, 'v1', 'application/vnd.docker.distribution.manifest.v2+json', image);
  return r;
}

describe('cosign layout', () => {
  test.each([
    [signatureTag, `sha256-${'a'.repeat(64)}.sig`],
    [attestationTag, `sha256-${'a'.repeat(64)}.att`],
  ])('%p', (fn, tag) => {
    expect(fn(`sha256:${'a'.repeat(64)}`)).toBe(tag);
    expect(() => fn('sha256:abc')).toThrow(/not a sha256 digest/);
  });

  test('the simple-signing payload is the JSON cosign signs, and reads back', () => {
    const p = simpleSigningPayload(REPOSITORY, DIGEST);
    expect(p.toString()).toBe(`{"critical":{"identity":{"docker-reference":"${REPOSITORY}"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`);
    expect(readSimpleSigning(p)).toEqual({ reference: REPOSITORY, digest: DIGEST });
    expect(readSimpleSigning(Buffer.from('{"critical":{}}'))).toBeUndefined();
  });

  test("DSSE's pre-authentication encoding (the specification's example)", () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  test('an envelope verifies with its key only, and not once its payload is changed', () => {
    const k = key();
    const env = signedEnvelope(k.privateKey, statement(REPOSITORY, DIGEST, 'https://example.com/p', { a: 1 }));
    expect(openEnvelope(env, [key().publicKey, k.publicKey]).keyIndex).toBe(1);
    const doc = JSON.parse(env.toString());
    doc.payload = Buffer.from(Buffer.from(doc.payload, 'base64').toString().replace('"a":1', '"a":2')).toString('base64');
    const tampered = openEnvelope(Buffer.from(JSON.stringify(doc)), [k.publicKey]);
    expect(tampered.keyIndex).toBe(-1);
    expect(tampered.statement?.predicate).toEqual({ a: 2 });
  });
});

describe.each([false, true])('attach and inspect (referrers API: %p)', (referrersApi) => {
  test('a signature is added once; a second key adds its own beside it; every one verifies', async () => {
    const r = await registry(referrersApi);
    const k1 = key();
    const k2 = key();
    expect(await attachSignature(r, target, k1)).toBe('added');
    const first = r.tags.get(`${REPO}:${signatureTag(DIGEST)}`);
    expect(await attachSignature(r, target, k1)).toBe('present');
    expect(r.tags.get(`${REPO}:${signatureTag(DIGEST)}`)).toBe(first);
    expect(await attachSignature(r, target, k2)).toBe('added');
    const checks = await inspectAttachments(r, target, [k2.publicKey, k1.publicKey]);
    expect(checks.map((c) => [c.kind, c.keyIndex])).toEqual([['signature', 1], ['signature', 0]]);
    const config = JSON.parse((r.blobs.get(JSON.parse(r.manifests.get(r.tags.get(`${REPO}:${signatureTag(DIGEST)}`) as string)!.body.toString()).config.digest) as Buffer).toString());
    expect(config.rootfs.diff_ids).toHaveLength(2);
  });

  test('attestations: one per predicate type and key, a rerun adds nothing; a referrer only where the API exists', async () => {
    const r = await registry(referrersApi);
    const k = key();
    const s = statement(REPOSITORY, DIGEST, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' });
    expect(await attachAttestation(r, target, k, s)).toEqual({ tag: 'added', referrer: referrersApi ? 'added' : 'absent' });
    const puts = r.puts;
    expect(await attachAttestation(r, target, k, s)).toEqual({ tag: 'present', referrer: referrersApi ? 'present' : 'absent' });
    expect(r.puts).toBe(puts);
    const p = statement(REPOSITORY, DIGEST, 'https://slsa.dev/provenance/v1', { buildDefinition: { externalParameters: { source: { uri: 'git+https://git.example.com/team/api.git' } } } });
    expect((await attachAttestation(r, target, k, p)).tag).toBe('added');
    const checks = (await inspectAttachments(r, target, [k.publicKey])).filter((c) => c.kind === 'attestation');
    expect(checks.map((c) => [c.predicateType, c.keyIndex, c.where.split(' ')[0]])).toEqual([
      ['https://cyclonedx.org/bom', 0, attestationTag(DIGEST)],
      ['https://slsa.dev/provenance/v1', 0, attestationTag(DIGEST)],
      ...(referrersApi ? [['https://cyclonedx.org/bom', 0, 'referrer'], ['https://slsa.dev/provenance/v1', 0, 'referrer']] : []),
    ]);
    if (referrersApi) {
      const refs = (await r.getReferrers(REPO, DIGEST)) ?? [];
      expect(refs.every((x) => x.artifactType === MEDIA_TYPES.dsse)).toBe(true);
      const m = JSON.parse(r.manifests.get(refs[0].digest)!.body.toString());
      expect(m.subject).toEqual({ mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest: DIGEST, size: image.length });
    }
  });

  test('inspect reports what does not verify and why', async () => {
    const r = await registry(referrersApi);
    const k = key();
    await attachSignature(r, target, k);
    await attachAttestation(r, target, k, statement(REPOSITORY, `sha256:${'b'.repeat(64)}`, 'https://slsa.dev/provenance/v1', {}));
    const checks = await inspectAttachments(r, target, [key().publicKey]);
    expect(checks.map((c) => c.problem)).toEqual(['no given key verifies it', 'its subject is another digest', ...(referrersApi ? ['its subject is another digest'] : [])]);
    expect(await inspectAttachments(r, { ...target, digest: `sha256:${'c'.repeat(64)}` }, [k.publicKey])).toEqual([]);
  });
});

describe('provenance source', () => {
  test.each([
    ['https://github.com/Org/Repo.git', 'github.com/Org/Repo'],
    ['git+https://GIT.example.com/team/api', 'git.example.com/team/api'],
    ['git@git.example.com:team/api.git', 'git.example.com/team/api'],
    ['ssh://git@git.example.com:2222/team/api.git', 'git.example.com:2222/team/api'],
    ['https://ci:token@git.example.com/team/api/', 'git.example.com/team/api'],
    ['git+https://git.example.com/team/api@refs/heads/main', 'git.example.com/team/api'],
  ])('%s compares as %s', (uri, norm) => {
    expect(normalizeSource(uri)).toBe(norm);
  });

  test('read from the external parameters, else the resolved commit', () => {
    expect(provenanceSource(statement(REPOSITORY, DIGEST, 'x', { buildDefinition: { resolvedDependencies: [{ uri: 'git+https://a/b', digest: { gitCommit: 'c' } }] } }))).toBe('git+https://a/b');
    expect(provenanceSource(undefined)).toBe('');
  });
});

test('a digest is the sha256 of the bytes', () => {
  expect(digestOf('x')).toBe(`sha256:${createHash('sha256').update('x').digest('hex')}`);
});
