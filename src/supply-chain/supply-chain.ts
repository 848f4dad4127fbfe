import * as fs from 'fs';
import { VerifyPolicy, checkVerifyInputs, verifyPolicy } from './verify-policy';
import * as path from 'path';
import * as tarStream from 'tar-stream';
import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { UserError, errorMessage, fileError, inputError } from '../errors';
import type { Engine } from '../engine/docker';
import { ImageRef, formatImageRef, parseRepository } from '../image-ref';
import { RegistryClient } from '../registry/registry-client';
import { imageProgram } from '../image/publish/binary-paths';
import type { TargetResult } from '../image/publish/publish-images';
import { SigningKey, keyId, parseCosignPrivateKey, parsePublicKeys } from './cosign-key';
import { ArtifactStore, CosignSigner, ImageTarget, attachAttestation, attachBundleSignature, attachSignature, keySigner } from './attach';
import { checkTokenSource, fetchIdToken } from './oidc-token';
import { statement } from './cosign-layout';
import { readGoBuildInfo } from './go-buildinfo';
import { PACKAGE_DATABASES, parsePackageDatabase } from './os-packages';
import { CYCLONEDX_PREDICATE, makeSbom, sbomSummary } from './sbom';
export { loadSbomLibrary } from './sbom';
import { SLSA_PROVENANCE_V1, invocationId, provenancePredicate } from './provenance';
import { PieceCheck, Trust, inspectAttachments, normalizeSource, provenanceSource } from './verify';
import { KeylessPolicy, TrustedRoot, parseTrustedRoot, trustedRootFromPem } from './keyless-verify';
import { signSums } from './sums-signature';
import { RegistryLogins } from '../registry/registry-auth';

/**
 * The supply chain around a build and a deploy: an SBOM per built image, cosign signatures and
 * signed SBOM and provenance attestations per pushed digest (build side), and the signature and
 * provenance checks a deploy makes before any host is touched (deploy side).
 */

export interface SupplyChainPlan {
  key?: SigningKey;
  /** sign_keyless: where the certificate and the log are (the token is fetched when signing). */
  keyless?: { fulcioUrl: string; rekorUrl: string };
  sbom: boolean;
  startedOn: Date;
}

/** The engine client, loaded when first asked for. */
async function engineClient(reporter: Reporter, env: NodeJS.ProcessEnv): Promise<Engine> {
  const { Engine } = await import('../engine/docker');
  return new Engine((m) => reporter.debug(m), env);
}

/** Checks sign_key and its password before any build work; bad input fails here. */
export function prepareSupplyChain(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, now = new Date()): SupplyChainPlan {
  // Exclusive inputs first: which one is wrong does not depend on whether the key parses.
  if (inputs.sign_keyless && inputs.sign_key.trim()) throw inputError('sign_keyless', 'is true and sign_key is set', 'one way of signing: sign_key, or sign_keyless with the CI\'s OIDC token');
  let key: SigningKey | undefined;
  if (inputs.sign_key.trim()) {
    if (!inputs.push && !inputs.binaries_dir.trim()) reporter.warn('sign_key is set but push is false: nothing is pushed, so nothing is signed');
    key = parseCosignPrivateKey(inputs.sign_key, inputs.sign_key_password, 'sign_key');
    reporter.info(`signing with cosign key ${keyId(key.publicKey)}`);
  } else if (inputs.sign_key_password) {
    throw inputError('sign_key', 'is empty but sign_key_password is set', 'the cosign private key the password opens');
  }
  let keyless: SupplyChainPlan['keyless'];
  if (inputs.sign_keyless) {
    if (key) throw inputError('sign_keyless', 'is true and sign_key is set', 'one way of signing: sign_key, or sign_keyless with the CI\'s OIDC token');
    if (!inputs.push) reporter.warn('sign_keyless is true but push is false: nothing is pushed, so nothing is signed');
    else checkTokenSource(env);
    keyless = { fulcioUrl: inputs.fulcio_url.trim(), rekorUrl: inputs.rekor_url.trim() };
    reporter.info(`signing keyless with the CI's OIDC token (Fulcio ${keyless.fulcioUrl || 'of the public Sigstore instance'}, Rekor ${keyless.rekorUrl || 'of the public Sigstore instance'})`);
  } else if ((inputs.fulcio_url.trim() || inputs.rekor_url.trim()) && !inputs.verify_identity.trim()) {
    throw inputError(inputs.fulcio_url.trim() ? 'fulcio_url' : 'rekor_url', 'is set but sign_keyless is false and verify_identity is empty', 'empty, or sign_keyless: true, or verify_identity (to check keyless signatures against that instance)');
  }
  if (inputs.signature_format !== 'legacy' && inputs.sign_keyless) {
    throw inputError('signature_format', `is ${inputs.signature_format} and sign_keyless is true`, 'legacy with sign_keyless (keyless signatures are written in cosign\'s legacy layout, which cosign 2 and 3 verify); bundle or both with sign_key');
  }
  // verify_key and verify_identity are read by a deploy that may follow (command all): bad ones fail before the build.
  const policy = verifyPolicy(inputs);
  checkVerifyInputs(policy);
  if (policy.keys) parsePublicKeys(policy.keys, 'verify_key');
  if (policy.trustedRoot) trustedRootInput(policy.trustedRoot);
  return { key, keyless, sbom: inputs.sbom, startedOn: now };
}

/** Reads one file out of an image (undefined when the image has no such file). */
async function fileFromImage(engine: Engine, image: string, file: string): Promise<Buffer | undefined> {
  try {
    return await engine.withImageArchive(image, file, (archive) => new Promise<Buffer | undefined>((resolve, reject) => {
      const extract = tarStream.extract();
      let found: Buffer | undefined;
      extract.on('entry', (header, body, next) => {
        const chunks: Buffer[] = [];
        body.on('data', (c: Buffer) => { if (header.type === 'file' && !found) chunks.push(c); });
        body.on('end', () => {
          if (header.type === 'file' && !found) found = Buffer.concat(chunks);
          next();
        });
      });
      extract.on('finish', () => resolve(found));
      extract.on('error', reject);
      archive.on('error', reject);
      archive.pipe(extract);
    }));
  } catch (err) {
    if (/404|no such file|Could not find the file/i.test(errorMessage(err)) || (err as { statusCode?: number }).statusCode === 404) return undefined;
    throw err;
  }
}

/** The SBOM JSON of one built image (its Go binary and its OS packages). */
export async function imageSbom(
  engine: Engine,
  imageId: string,
  subject: { repository: string; digest: string; platform: string; commitTime: number },
  reporter: Reporter,
  direct?: { binaryFile: string; runtimeImage: string },
): Promise<string> {
  // The direct path's binary is at hand (the image's own bytes): no container to read it from.
  // Its layers add no package database: on scratch there are no OS packages to look for, else
  // they are the loaded image's (the base's when the image was pushed without loading).
  if (direct) return directSbom(engine, imageId, subject, reporter, direct);
  const info = await engine.inspectImage(imageId);
  const program = imageProgram(info?.Config ?? {});
  let go;
  if (program) {
    const binary = await fileFromImage(engine, imageId, program);
    go = binary ? readGoBuildInfo(binary) : undefined;
    if (!go) reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): ${program} holds no Go build info; only OS packages are listed`);
  } else {
    reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the image names no absolute entrypoint; only OS packages are listed`);
  }
  return makeSbom(subject, go, await osPackages(engine, imageId));
}

/** The OS packages of an image in the engine, from the first package database it holds (none: []). */
async function osPackages(engine: Engine, image: string): Promise<ReturnType<typeof parsePackageDatabase>> {
  for (const db of PACKAGE_DATABASES) {
    const text = await fileFromImage(engine, image, db.path);
    if (!text) continue;
    const osRelease = (await fileFromImage(engine, image, '/etc/os-release')) ?? (await fileFromImage(engine, image, '/usr/lib/os-release'));
    return parsePackageDatabase(db.kind, text.toString('utf8'), osRelease?.toString('utf8') ?? '');
  }
  return [];
}

/** The host path's SBOM, without an engine: the binary on disk, the base's package database read through the registry. */
async function hostSbom(subject: { repository: string; digest: string; platform: string; commitTime: number }, reporter: Reporter, host: { binaryFile: string; baseFiles?: (files: string[]) => Promise<Map<string, Buffer>> }): Promise<string> {
  const go = readGoBuildInfo(fs.readFileSync(host.binaryFile));
  if (!go) reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the binary holds no Go build info; only OS packages are listed`);
  let packages: ReturnType<typeof parsePackageDatabase> = [];
  if (host.baseFiles) {
    const files = await host.baseFiles([...PACKAGE_DATABASES.map((d) => d.path), '/etc/os-release', '/usr/lib/os-release']);
    const db = PACKAGE_DATABASES.find((d) => files.has(d.path));
    if (db) packages = parsePackageDatabase(db.kind, (files.get(db.path) as Buffer).toString('utf8'), (files.get('/etc/os-release') ?? files.get('/usr/lib/os-release'))?.toString('utf8') ?? '');
  }
  return makeSbom(subject, go, packages);
}

async function directSbom(engine: Engine, imageId: string, subject: { repository: string; digest: string; platform: string; commitTime: number }, reporter: Reporter, direct: { binaryFile: string; runtimeImage: string }): Promise<string> {
  const go = readGoBuildInfo(fs.readFileSync(direct.binaryFile));
  if (!go) reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the binary holds no Go build info; only OS packages are listed`);
  let packages: ReturnType<typeof parsePackageDatabase> = [];
  const base = direct.runtimeImage;
  if (base === 'scratch') return makeSbom(subject, go, packages);
  if (await engine.inspectImage(imageId)) {
    packages = await osPackages(engine, imageId);
  } else if (await engine.inspectImage(base)) {
    packages = await osPackages(engine, base);
  } else {
    reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the runtime base ${base} is not in the engine; its OS packages are not listed`);
  }
  return makeSbom(subject, go, packages);
}

/** Where an SBOM goes: .gantry/sbom[-SERVICE][-OS-ARCH].cdx.json (the platform only when there are several). */
export function sbomPath(platform: string, several: boolean, service = ''): string {
  const parts = ['sbom', ...(service ? [service] : []), ...(several ? [platform.replace(/\//g, '-')] : [])];
  return path.join('.gantry', `${parts.join('-')}.cdx.json`);
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

function registryStore(repository: string, credentials: { username: string; password: string }, insecure: boolean, reporter: Reporter): { store: RegistryClient; repo: string } {
  const r = parseRepository(repository);
  const store = new RegistryClient(r.registry === 'docker.io' ? 'registry-1.docker.io' : r.registry, credentials, insecure, (m) => reporter.debug(m));
  return { store, repo: r.path };
}

export interface SupplyChainResult {
  sbomPaths: string[];
  seconds: { sbom: number; sign: number; provenance: number };
}

/**
 * After the push: the SBOM of every platform's image (kept as files, output sbom), and with a
 * key the signature of every pushed digest, an SBOM attestation per platform image and a
 * provenance attestation of the digest a deploy uses (the index's, with several platforms).
 */
export async function attachSupplyChain(plan: SupplyChainPlan, inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, built: TargetResult, service = ''): Promise<SupplyChainResult> {
  const result: SupplyChainResult = { sbomPaths: [], seconds: { sbom: 0, sign: 0, provenance: 0 } };
  if (!plan.sbom && !plan.key && !plan.keyless) return result;
  return reporter.group(`Supply chain ${built.plan.repository}`, async () => {
    // The host path contacts no engine: the binary and the base's files are at hand, the registry is the inputs'.
    const hostToolchain = built.builds.every((b) => b.result.hostToolchain) ? built.builds[0]?.result.hostToolchain : undefined;
    let engineLoaded: Engine | undefined;
    const engine = async () => (engineLoaded ??= await engineClient(reporter, env));
    const repository = built.plan.repository;
    const several = built.builds.length > 1;
    const sboms: Array<{ digest: string; json: string }> = [];
    let t = Date.now();
    for (const b of plan.sbom ? built.builds : []) {
      const platform = `${b.platform.os}/${b.platform.arch}`;
      const direct = b.result.binaryFile && b.result.runtimeImage ? { binaryFile: b.result.binaryFile, runtimeImage: b.result.runtimeImage } : undefined;
      const subject = { repository, digest: b.result.digest, platform, commitTime: b.result.commitTime };
      const json = b.result.hostToolchain && b.result.binaryFile
        ? await hostSbom(subject, reporter, { binaryFile: b.result.binaryFile, baseFiles: b.result.baseFiles })
        : await imageSbom(await engine(), b.result.imageId, subject, reporter, direct);
      sboms.push({ digest: b.result.digest, json });
      const file = sbomPath(platform, several, service);
      writeWhole('sbom', file, json);
      result.sbomPaths.push(file);
      const s = sbomSummary(json);
      reporter.info(`SBOM ${file}: ${s.components} components (${s.goModules} Go modules, ${s.osPackages} OS packages)`);
    }
    result.seconds.sbom = (Date.now() - t) / 1000;
    if ((!plan.key && !plan.keyless) || !inputs.push || !built.digest) return result;

    const registry = parseRepository(repository).registry;
    const insecure = hostToolchain ? Boolean(built.builds[0].result.plainHttp) || inputs.registry_insecure || LOOPBACK.test(registry) : await (await engine()).allowsPlainHttp(registry);
    const { store, repo } = registryStore(repository, RegistryLogins.of(inputs, [registry]).for(registry), insecure, reporter);
    const key = await makeSigner(plan, reporter, env);
    const who = plan.key ? 'key' : 'identity';
    t = Date.now();
    const targets = new Map<string, ImageTarget>();
    targets.set(built.digest, { repo, repository, digest: built.digest });
    for (const b of built.builds) if (b.result.digest) targets.set(b.result.digest, { repo, repository, digest: b.result.digest });
    const format = plan.key ? inputs.signature_format : 'legacy';
    for (const target of targets.values()) {
      if (format !== 'bundle') {
        const outcome = await attachSignature(store, target, key);
        reporter.info(`signature of ${target.digest}: ${outcome === 'added' ? 'added' : `already signed by this ${who} (nothing added)`} (${repository}:sha256-${target.digest.slice(7)}.sig)`);
      }
      if (format !== 'legacy' && plan.key) {
        const outcome = await attachBundleSignature(store, target, plan.key);
        reporter.info(`Sigstore bundle signature of ${target.digest}: ${outcome === 'added' ? 'added' : `already signed by this ${who} (nothing added)`} (a referrer of the image)`);
      }
    }
    if (plan.sbom) {
      for (const s of sboms) {
        if (!s.digest) continue;
        const doc = JSON.parse(s.json) as unknown;
        const o = await attachAttestation(store, { repo, repository, digest: s.digest }, key, statement(repository, s.digest, CYCLONEDX_PREDICATE, doc));
        reporter.info(`SBOM attestation of ${s.digest}: ${describe(o.tag, who)}; referrer: ${o.referrer === 'absent' ? 'the registry has no referrers API' : describe(o.referrer, who)}`);
      }
    }
    result.seconds.sign = (Date.now() - t) / 1000;
    t = Date.now();
    const builder = hostToolchain ? undefined : await (await engine()).inspectImage(built.plan.builderImage).catch(() => undefined);
    const predicate = provenancePredicate({
      builder: hostToolchain ? 'host' : 'container',
      toolchain: hostToolchain ?? '',
      source: built.plan.labels['org.opencontainers.image.source'] ?? '',
      revision: built.plan.labels['org.opencontainers.image.revision'] ?? '',
      goVersion: built.plan.goVersion,
      builderImage: hostToolchain ? '' : built.plan.builderImage,
      builderImageDigest: builder?.Id ?? '',
      platform: built.plan.platform,
      startedOn: plan.startedOn,
      finishedOn: new Date(),
      invocationId: invocationId(env),
    }, inputs);
    const o = await attachAttestation(store, { repo, repository, digest: built.digest }, key, statement(repository, built.digest, SLSA_PROVENANCE_V1, predicate));
    reporter.info(`provenance attestation of ${built.digest}: ${describe(o.tag, who)}; referrer: ${o.referrer === 'absent' ? 'the registry has no referrers API' : describe(o.referrer, who)}`);
    result.seconds.provenance = (Date.now() - t) / 1000;
    const sec = result.seconds;
    reporter.info(`supply chain took ${(sec.sbom + sec.sign + sec.provenance).toFixed(2)}s: SBOM ${sec.sbom.toFixed(2)}s, signatures and SBOM attestations ${sec.sign.toFixed(2)}s, provenance ${sec.provenance.toFixed(2)}s`);
    return result;
  });
}

/**
 * With a key and binaries_dir: SHA256SUMS signed as a cosign blob signature (SHA256SUMS.sig), after
 * every service's binaries are in it. Pushed or not, the binaries are what the binary target deploys.
 */
export function signBinaries(plan: SupplyChainPlan, inputs: Inputs, reporter: Reporter): void {
  const dir = inputs.binaries_dir.trim();
  if (plan.keyless && dir) reporter.warn('sign_keyless does not sign binaries_dir/SHA256SUMS (its deploy checks verify_key, a public key): use sign_key for the binary target');
  if (!plan.key || !dir) return;
  const signed = signSums(dir, plan.key);
  if (!signed) return;
  reporter.info(signed.outcome === 'added'
    ? `signed ${path.join(dir, 'SHA256SUMS')} (no transparency log): ${signed.file}; verify with cosign verify-blob --key cosign.pub --signature ${signed.file} --insecure-ignore-tlog=true ${path.join(dir, 'SHA256SUMS')}`
    : `${signed.file}: already a valid signature of SHA256SUMS by this key (nothing written)`);
}

/** The signer of a plan: its cosign key, or (sign_keyless) an ephemeral key certified for the CI's identity. */
async function makeSigner(plan: SupplyChainPlan, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<CosignSigner> {
  if (plan.key) {
    reporter.info('signing without a transparency log (as cosign sign --tlog-upload=false): verify with cosign verify --key KEY --insecure-ignore-tlog=true');
    return keySigner(plan.key);
  }
  const o = plan.keyless as NonNullable<SupplyChainPlan['keyless']>;
  const token = await fetchIdToken(env);
  reporter.mask(token);
  const { keylessSigner } = await import('./keyless');
  const signer = await keylessSigner({ token, ...o });
  reporter.info(`signing keyless as ${signer.identity}: each signature is logged in Rekor; verify with cosign verify --certificate-identity IDENTITY --certificate-oidc-issuer ISSUER`);
  return signer;
}

function describe(o: 'added' | 'present', who: string): string {
  return o === 'added' ? 'added' : `already attested by this ${who} (nothing added)`;
}

// ---- deploy side ----

/** Plain HTTP as the deploy's pinning allows it (loopback, the runner engine's insecure registries), or with registry_insecure. */
async function verifyClient(image: ImageRef, policy: VerifyPolicy, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<{ store: RegistryClient; repo: string }> {
  const http = policy.registryInsecure || (await (await engineClient(reporter, env)).allowsPlainHttp(image.registry));
  return registryStore(image.repository, policy.logins.withOwn([image.registry]).for(image.registry), http, reporter);
}

async function firstCall<T>(policy: VerifyPolicy, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof UserError && /^cannot reach registry/.test(err.message) && !policy.registryInsecure) {
      throw new UserError(`${err.message}; a registry that speaks plain HTTP needs to be in the runner engine's insecure registries, or registry_insecure: true`);
    }
    throw err;
  }
}

/** Resolves a tag to the registry's digest (on the runner), so what is verified is what is deployed. */
export async function resolveDigest(store: ArtifactStore, repo: string, image: ImageRef, input: string): Promise<ImageRef> {
  if (image.digest) return image;
  const m = await store.getManifest(repo, image.tag || 'latest');
  if (!m) throw inputError(input, `${formatImageRef(image)} is not in the registry`, 'an image that was pushed (image@sha256:... or a pushed tag)');
  return { registry: image.registry, repository: image.repository, digest: m.digest };
}

export interface VerifyOutcome {
  image: ImageRef;
  checks: PieceCheck[];
}

/** verify_trusted_root's text as a trusted root; a bad one is one line naming the input. */
function trustedRootInput(text: string): TrustedRoot {
  try {
    return parseTrustedRoot(text);
  } catch (err) {
    throw inputError('verify_trusted_root', errorMessage(err), "a Sigstore TrustedRoot JSON with the Fulcio certificates (certificateAuthorities) and Rekor keys (tlogs), as cosign's --trusted-root reads");
  }
}

/** The Fulcio roots and Rekor key of a private instance, fetched from fulcio_url and rekor_url. */
async function fetchTrustedRoot(fulcioUrl: string, rekorUrl: string): Promise<TrustedRoot> {
  const get = async (input: string, url: string) => {
    let last: unknown;
    // A second try: a kept-alive connection the server has just closed fails the first at random.
    for (let attempt = 0; attempt < 2; attempt++) {
      let res: Response;
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      } catch (err) {
        last = err;
        continue;
      }
      if (!res.ok) throw inputError(input, `cannot read ${url}: HTTP ${res.status}`, 'a reachable private Sigstore instance, or verify_trusted_root');
      return res.text();
    }
    const cause = (last as { cause?: unknown })?.cause;
    throw inputError(input, `cannot read ${url}: ${errorMessage(last)}${cause ? ` (${errorMessage(cause)})` : ''}`, 'a reachable private Sigstore instance, or verify_trusted_root');
  };
  const chain = await get('fulcio_url', `${fulcioUrl.replace(/\/+$/, '')}/api/v1/rootCert`);
  const key = await get('rekor_url', `${rekorUrl.replace(/\/+$/, '')}/api/v1/log/publicKey`);
  try {
    return trustedRootFromPem(chain, key);
  } catch (err) {
    throw inputError('fulcio_url', `its root certificates or the Rekor key cannot be read: ${errorMessage(err)}`, 'a Fulcio that serves its PEM chain and a Rekor that serves its PEM key, or verify_trusted_root');
  }
}

/** What the policy trusts: verify_key's keys and, with verify_identity, the keyless policy. */
async function trustOf(policy: VerifyPolicy): Promise<Trust> {
  checkVerifyInputs(policy);
  const keys = policy.keys ? parsePublicKeys(policy.keys, 'verify_key') : [];
  let keyless: KeylessPolicy | undefined;
  if (policy.identity) {
    const root = policy.trustedRoot ? trustedRootInput(policy.trustedRoot) : await fetchTrustedRoot(policy.fulcioUrl, policy.rekorUrl);
    keyless = { identity: policy.identity, issuer: policy.issuer, root };
  }
  return { keys, keyless };
}

/** How the policy is named in a refusal: the keys and the identity. */
function trustNames(policy: VerifyPolicy, trust: Trust): string {
  const parts: string[] = [];
  if (trust.keys.length) parts.push(`verify_key (${trust.keys.length} key(s): ${trust.keys.map(keyId).join(', ')})`);
  if (policy.identity) parts.push(`verify_identity '${policy.identity}' (issuer ${policy.issuer})`);
  return parts.join(' or ');
}

/**
 * With verify_key or verify_identity: resolves the image to its digest and refuses it (one line
 * naming the digest and what was asked) unless a given key or the identity policy verifies its
 * signature (cosign's legacy layout or a Sigstore bundle), and, when asked, its provenance.
 * Without them: the image unchanged. Called before any host is contacted.
 */
export async function verifyForDeploy(policy: VerifyPolicy, reporter: Reporter, image: ImageRef, input: string, env: NodeJS.ProcessEnv): Promise<VerifyOutcome> {
  const wantProvenance = policy.requireProvenance || !!policy.source;
  if (!policy.keys && !policy.identity) {
    checkVerifyInputs(policy);
    return { image, checks: [] };
  }
  const trust = await trustOf(policy);
  const started = Date.now();
  const { store, repo } = await verifyClient(image, policy, reporter, env);
  const resolved = await firstCall(policy, () => resolveDigest(store, repo, image, input));
  if (!image.digest) reporter.info(`${formatImageRef(image)} is ${resolved.digest} in the registry: verifying and deploying that digest`);
  const digest = resolved.digest as string;
  const checks = await firstCall(policy, () => inspectAttachments(store, { repo, repository: image.repository, digest }, trust));
  const names = trustNames(policy, trust);
  const sigs = checks.filter((c) => c.kind === 'signature');
  const good = sigs.find((c) => c.verifiedBy);
  if (!good) {
    const found = sigs.length ? `${sigs.length} signature(s) found, none verifies (${[...new Set(sigs.map((c) => c.problem))].join('; ')})` : 'it has no signature';
    throw new UserError(`refusing ${image.repository}@${digest}: ${found} with ${names}; nothing was changed on any host`);
  }
  reporter.info(`${image.repository}@${digest}: ${good.format === 'bundle' ? 'Sigstore bundle ' : ''}signature verified with ${good.verifiedBy}`);
  if (wantProvenance) {
    const provs = checks.filter((c) => c.kind === 'attestation' && c.predicateType === SLSA_PROVENANCE_V1);
    const valid = provs.filter((c) => c.verifiedBy);
    if (!valid.length) {
      const why = provs.length ? `${provs.length} provenance attestation(s) found, none verifies (${[...new Set(provs.map((c) => c.problem))].join('; ')})` : 'it has no SLSA provenance attestation';
      throw new UserError(`refusing ${image.repository}@${digest}: require_provenance is set and ${why} with ${names}; nothing was changed on any host`);
    }
    const want = policy.source;
    if (want) {
      const match = valid.find((c) => normalizeSource(provenanceSource(c.statement)) === normalizeSource(want));
      if (!match) {
        throw new UserError(`refusing ${image.repository}@${digest}: its provenance names source '${provenanceSource(valid[0].statement) || '(none)'}', not verify_source '${want}'; nothing was changed on any host`);
      }
    }
    reporter.info(`${image.repository}@${digest}: SLSA provenance verified${want ? ` (source ${want})` : ''}`);
  }
  reporter.info(`verification took ${((Date.now() - started) / 1000).toFixed(2)}s`);
  return { image: resolved, checks };
}

/** `gantry verify`: what is attached to deploy_image and whether each piece verifies. Returns an EXIT code. */
export async function verifyCommand(inputs: Inputs, reporter: Reporter, image: ImageRef, env: NodeJS.ProcessEnv): Promise<number> {
  const policy = verifyPolicy(inputs);
  const trust = await trustOf(policy);
  const asked = trust.keys.length > 0 || !!trust.keyless;
  const { store, repo } = await verifyClient(image, policy, reporter, env);
  const resolved = await firstCall(policy, () => resolveDigest(store, repo, image, 'deploy_image'));
  const digest = resolved.digest as string;
  const checks = await firstCall(policy, () => inspectAttachments(store, { repo, repository: image.repository, digest }, trust));
  reporter.info(`${image.repository}@${digest}`);
  if (!checks.length) reporter.info('  nothing attached (no .sig or .att tag, no referrers)');
  for (const c of checks) {
    const what = `${c.format === 'bundle' ? 'bundle ' : ''}${c.kind === 'signature' ? 'signature' : `attestation ${c.predicateType}`}`;
    const verdict = !asked ? 'not checked (no verify_key or verify_identity)' : c.verifiedBy ? `verified with ${c.verifiedBy}` : `NOT verified: ${c.problem}`;
    reporter.info(`  ${what} [${c.where}]: ${verdict}`);
  }
  reporter.setOutput('digest', digest);
  reporter.setOutput('image_ref', `${image.repository}@${digest}`);
  if (!asked) return 0;
  try {
    await verifyForDeploy(policy, reporter, resolved, 'deploy_image', env);
  } catch (err) {
    if (err instanceof UserError) {
      reporter.warn(err.message.replace(/^refusing/, 'does not verify:').replace(/; nothing was changed on any host$/, ''));
      return 1;
    }
    throw err;
  }
  return 0;
}

/** Writes `text` to `file` through a temporary name and a rename: a full disk leaves no half file, and says so in one line naming `input`. */
function writeWhole(input: string, file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw fileError(input, 'write', file, err);
  }
}
