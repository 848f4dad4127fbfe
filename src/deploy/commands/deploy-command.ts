import { readFileSync } from 'fs';
import * as path from 'path';
import { readGitFacts } from '../../git';
import { hostname, userInfo } from 'os';
import { Inputs } from '../../schema';
import { Masker, Reporter } from '../../reporter';
import { UserError, inputError } from '../../errors';
import { parseRepository } from '../../image-ref';
import { secretValues } from '../../inputs';
import { DeploySpec, deploySpec } from '../spec/deploy-spec';
import { describeActor } from '../rollout/deploy-actor';
import type { ClientKey } from '../connection/private-key';
import { runRollout } from '../rollout/rollout';
import { LocalConnection } from '../connection/local-connection';
import { engineAllowsHttp, pinDigest } from './pin-digest';
import { ImageRef, formatImageRef, parseImageRef } from '../../image-ref';
import { targetOf } from '../targets/index';
import { connector } from '../connection/connector';
import { imageRevision } from '../targets/swarm/image-revision';
import { Cancellation, cancelOnSignals } from '../rollout/cancellation';
import { RolloutReport, deployedHosts, failedHosts, renderReportMarkdown, renderReportText, reportJson } from '../rollout/report';

export function readEnvFile(path: string): string | undefined {
  if (!path.trim()) return undefined;
  try {
    return readFileSync(path.trim(), 'utf8');
  } catch (err) {
    throw inputError('env_file', `cannot read '${path.trim()}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'a readable KEY=VALUE file');
  }
}

/** The checked private key, when a host is reached over SSH (the SSH library is loaded only then). */
export async function clientKey(spec: DeploySpec, inputs: Inputs): Promise<ClientKey | undefined> {
  if (!spec.hosts.some((h) => !h.local)) return undefined;
  if (!inputs.ssh_private_key.trim()) {
    throw inputError('ssh_private_key', 'is empty', 'the private key whose public half is in the hosts\' authorized_keys');
  }
  const { parsePrivateKey } = await import('../connection/private-key');
  return parsePrivateKey(inputs.ssh_private_key, inputs.ssh_passphrase);
}

function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

function readSums(dir: string): string {
  if (!dir.trim()) return '';
  try {
    return readFileSync(path.join(dir.trim(), 'SHA256SUMS'), 'utf8');
  } catch {
    return '';
  }
}

/** Everything checked before any host is contacted: a mistake here changes nothing anywhere. */
async function prepare(inputs: Inputs, reporter: Reporter, mode: 'deploy' | 'rollback', builtImageRef: string | undefined, env: NodeJS.ProcessEnv) {
  const secrets = secretValues(inputs);
  for (const s of secrets) reporter.mask(s);
  const envFileText = readEnvFile(inputs.env_file);
  const binary = inputs.deploy_target === 'binary' && mode === 'deploy';
  const binarySums = binary ? readSums(inputs.binaries_dir) : undefined;
  const commit = binary ? await readGitFacts(inputs.context, env) : undefined;
  const spec = deploySpec(inputs, { builtImageRef, envFileText, binarySums, commit }, mode);
  for (const v of spec.secrets) {
    reporter.mask(v);
    secrets.push(v);
  }
  const key = await clientKey(spec, inputs);
  // verify_key with the binary target: the SHA256SUMS the spec was planned from must be signed.
  if (binary && spec.binary && inputs.verify_key.trim()) {
    const { verifySums } = await import('../../supply-chain/sums-signature');
    const { parsePublicKeys } = await import('../../supply-chain/cosign-key');
    const by = verifySums(inputs.binaries_dir.trim(), binarySums ?? '', parsePublicKeys(inputs.verify_key, 'verify_key'));
    reporter.info(`${path.join(inputs.binaries_dir.trim(), 'SHA256SUMS')}: signature verified with key ${by}`);
  }
  for (const w of spec.warnings) reporter.warn(w);
  const actor = { by: describeActor(env, hostname(), localUser()), runner: hostname(), pid: process.pid };
  return { spec, key, actor, secrets };
}

/**
 * Checks every deploy input as deploy would, before a build that precedes it in the same run
 * (command all): a bad host list or key fails before anything is built or pushed. The digest
 * the build will give is not known yet; a placeholder of the same repository stands in (the
 * binary target: everything but the binaries and their commit).
 */
export async function checkDeployInputs(inputs: Inputs): Promise<void> {
  if (inputs.deploy_target === 'binary') {
    // The binaries and their commit do not exist yet: everything else is checked.
    await clientKey(deploySpec(inputs, { envFileText: readEnvFile(inputs.env_file) }, 'precheck'), inputs);
    return;
  }
  let repository = 'placeholder/image';
  try {
    repository = parseRepository(inputs.image).name;
  } catch {
    /* the build refuses a bad image itself, naming it */
  }
  const envFileText = readEnvFile(inputs.env_file);
  const spec = deploySpec(inputs, { builtImageRef: `${repository}@sha256:${'0'.repeat(64)}`, envFileText }, 'deploy');
  await clientKey(spec, inputs);
}

/**
 * Masks secrets in the report's free text (messages, notes, container logs): outputs and the
 * summary leave gantry without passing through the reporter's masking.
 */
function maskReport(report: RolloutReport, secrets: readonly string[]): RolloutReport {
  const masker = new Masker();
  for (const s of secrets) masker.add(s);
  const m = (t: string) => masker.apply(t);
  return {
    ...report,
    stopped: report.stopped && m(report.stopped),
    hosts: report.hosts.map((h) => ({
      ...h,
      message: h.message && m(h.message),
      notes: h.notes?.map(m),
      logs: h.logs?.map(m),
    })),
  };
}

/**
 * Runs a rollout with SIGINT/SIGTERM turned into its cancellation (the handlers live only as long
 * as the rollout and its report), then publishes the report. After a second signal the optional
 * post_deploy_cmd is skipped.
 */
async function cancellableRollout(reporter: Reporter, secrets: readonly string[], env: NodeJS.ProcessEnv, postDeployCmd: string,
  run: (cancel: Cancellation) => Promise<RolloutReport>): Promise<number> {
  const cancel = new Cancellation();
  const watch = cancelOnSignals(cancel, { say: (line) => reporter.warn(line) });
  try {
    const report = await run(cancel);
    return await publish(report, reporter, secrets, env, watch.hurried || cancel.cancelled ? '' : postDeployCmd);
  } finally {
    watch.dispose();
  }
}

async function publish(unmasked: RolloutReport, reporter: Reporter, secrets: readonly string[], env: NodeJS.ProcessEnv, postDeployCmd = ''): Promise<number> {
  const report = maskReport(unmasked, secrets);
  reporter.info(renderReportText(report));
  reporter.setOutput('report', reportJson(report));
  reporter.setOutput('deployed_hosts', deployedHosts(report.hosts).join(','));
  reporter.setOutput('failed_hosts', failedHosts(report.hosts).join(','));
  reporter.summary(renderReportMarkdown(report));
  if (postDeployCmd.trim()) await postDeploy(postDeployCmd, report, reporter, env);
  return report.exitCode;
}

/** post_deploy_cmd on the runner, with the outputs in its environment; a failure is a warning only. */
async function postDeploy(cmd: string, report: RolloutReport, reporter: Reporter, runnerEnv: NodeJS.ProcessEnv): Promise<void> {
  const env = {
    ...runnerEnv,
    GANTRY_EXIT_CODE: String(report.exitCode),
    GANTRY_REPORT: reportJson(report),
    GANTRY_DEPLOYED_HOSTS: deployedHosts(report.hosts).join(','),
    GANTRY_FAILED_HOSTS: failedHosts(report.hosts).join(','),
  };
  const r = await new LocalConnection((m) => reporter.debug(m), env).exec(cmd, { timeoutSeconds: 600 });
  for (const l of `${r.stdout}${r.stderr}`.split('\n').filter((x) => x.trim())) reporter.info(`post_deploy_cmd | ${l}`);
  if (r.code !== 0) reporter.warn(`post_deploy_cmd failed (${r.lost ?? `exit code ${r.code}`}); the rollout's exit code ${report.exitCode} stands`);
}

/** The spec with its image pinned to one digest, resolved on the runner before any host is contacted. */
function httpRule(reporter: Reporter, httpAllowed: boolean): (registry: string) => Promise<boolean> {
  return httpAllowed ? async () => true : engineAllowsHttp(async () => new (await import('../../engine/docker')).Engine((m) => reporter.debug(m)));
}

async function pinnedSpec(spec: DeploySpec, input: string, reporter: Reporter, httpAllowed = false): Promise<DeploySpec> {
  const image = spec.container.image!;
  if (image.digest) return spec;
  const allowHttp = httpRule(reporter, httpAllowed);
  const pinned = await pinDigest(image, { input, credentials: spec.registry, allowHttp, debug: (m) => reporter.debug(m) });
  reporter.info(`${formatImageRef(image)} is ${pinned.digest} in the registry: every host deploys ${formatImageRef(pinned)}`);
  return { ...spec, container: { ...spec.container, image: pinned } };
}

/** verify_key's checks, with the supply chain's code loaded only when an input asks for them. */
async function verifyImage(inputs: Inputs, reporter: Reporter, image: ImageRef, input: string): Promise<void> {
  if (!inputs.verify_key.trim() && !inputs.require_provenance && !inputs.verify_source.trim()) return;
  const { verifyForDeploy } = await import('../../supply-chain/supply-chain');
  await verifyForDeploy(inputs, reporter, image, input);
}

/**
 * Rolls inputs.deploy_image (or builtImageRef, the build's image_ref) out to inputs.hosts.
 * Writes the outputs report, deployed_hosts and failed_hosts; returns an EXIT code.
 */
export async function deploy(inputs: Inputs, reporter: Reporter, builtImageRef: string | undefined, env: NodeJS.ProcessEnv): Promise<number> {
  const prepared = await prepare(inputs, reporter, 'deploy', builtImageRef, env);
  const { key, actor, secrets } = prepared;
  const input = inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref';
  const spec = prepared.spec.target === 'binary' ? prepared.spec : await pinnedSpec(prepared.spec, input, reporter, inputs.registry_insecure);
  // verify_key: the pinned digest's signature (and provenance) checked before any host is contacted.
  if (spec.target !== 'binary' && spec.container.image) await verifyImage(inputs, reporter, spec.container.image, input);
  const what = spec.binary ? `${spec.binary.name} ${spec.binary.version} (binary)` : spec.container.name;
  // The swarm target labels the service with the image's revision, read from the registry here.
  const revision = spec.target === 'swarm' && spec.container.image
    ? await imageRevision(spec.container.image, { credentials: spec.registry, allowHttp: httpRule(reporter, inputs.registry_insecure), debug: (m) => reporter.debug(m), warn: (m) => reporter.warn(m) })
    : undefined;
  return cancellableRollout(reporter, secrets, env, inputs.post_deploy_cmd, (cancel) => reporter.group(`deploy ${what} to ${spec.hosts.length} host(s)`,
    () => runRollout({ mode: 'deploy', spec, key, actor, reporter, revision, env, cancel })));
}

/** Puts every host back on its previous recorded version; returns an EXIT code. */
export async function rollback(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const { spec, key, actor, secrets } = await prepare(inputs, reporter, 'rollback', undefined, env);
  if (inputs.verify_key.trim()) {
    // What each host would go back to is read (nothing changed) and verified before the rollout.
    const targets = await targetOf(spec.target).rollbackRefs(spec, connector(spec, key, reporter, env));
    const { verifyForDeploy } = await import('../../supply-chain/supply-chain');
    for (const ref of [...new Set(targets.map((t) => t.ref).filter(Boolean))]) {
      try {
        await verifyForDeploy(inputs, reporter, parseImageRef(ref, 'deploy_image'));
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        const hosts = targets.filter((t) => t.ref === ref).map((t) => t.host).join(', ');
        throw new UserError(`${err.message.replace(/; nothing was changed on any host$/, '')}: the version ${hosts} would roll back to is not signed by verify_key, and an unsigned version cannot be rolled back to while verify_key is set; nothing was changed on any host`);
      }
    }
  }
  return cancellableRollout(reporter, secrets, env, inputs.post_deploy_cmd, (cancel) => reporter.group(`roll back ${spec.container.name} on ${spec.hosts.length} host(s)`,
    () => runRollout({ mode: 'rollback', spec, key, actor, reporter, env, cancel })));
}
