/** Everything a deploy or rollback checks and reads before any host is contacted. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { hostname, userInfo } from 'os';
import { readGitFacts } from '../../git';
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { inputError } from '../../errors';
import { imageRepositories } from '../../image-ref';
import { secretValues } from '../../inputs';
import { DeploySpec, deploySpec } from '../spec/deploy-spec';
import { describeActor } from '../rollout/deploy-actor';
import type { ClientKey } from '../connection/private-key';

export function readEnvFile(path: string): string | undefined {
  if (!path.trim()) return undefined;
  try {
    return readFileSync(path.trim(), 'utf8');
  } catch (err) {
    throw inputError('env_file', `cannot read '${path.trim()}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'a readable KEY=VALUE file');
  }
}

/**
 * The checked private key, when a host is reached over SSH (the SSH library is loaded only then);
 * without one, the keys of the SSH agent the front end's environment names (SSH_AUTH_SOCK), as ssh does.
 */
export async function clientKey(spec: DeploySpec, env: NodeJS.ProcessEnv): Promise<ClientKey | undefined> {
  if (!spec.hosts.some((h) => !h.local)) return undefined;
  if (!spec.sshKey.text.trim()) {
    if (spec.sshKey.certificate.trim()) {
      throw inputError('ssh_certificate', 'is set but ssh_private_key is empty', 'empty, or given with the private key it certifies (the SSH agent\'s keys are used without a certificate)');
    }
    if (env.SSH_AUTH_SOCK) return (await import('../connection/private-key')).agentKey(env.SSH_AUTH_SOCK);
    throw inputError('ssh_private_key', 'is empty', 'the private key whose public half is in the hosts\' authorized_keys (or SSH_AUTH_SOCK naming an agent that holds it)');
  }
  const { parsePrivateKey } = await import('../connection/private-key');
  return parsePrivateKey(spec.sshKey.text, spec.sshKey.passphrase, 'ssh_private_key', { text: spec.sshKey.certificate, input: 'ssh_certificate', now: Date.now() / 1000 });
}

/** ssh_jump_key checked like the hosts' key, when given. */
export async function jumpKey(spec: DeploySpec): Promise<ClientKey | undefined> {
  if (!spec.jumpKey || spec.jumps.length === 0) return undefined;
  const { parsePrivateKey } = await import('../connection/private-key');
  return parsePrivateKey(spec.jumpKey.text, spec.jumpKey.passphrase, 'ssh_jump_key', { text: spec.jumpKey.certificate, input: 'ssh_jump_certificate', now: Date.now() / 1000 });
}

/** Who runs gantry on this machine ('' without a passwd entry: the actor falls back to the environment). */
export function localUser(): string {
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
export async function prepare(inputs: Inputs, reporter: Reporter, mode: 'deploy' | 'rollback', builtImageRef: string | undefined, env: NodeJS.ProcessEnv) {
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
  const key = await clientKey(spec, env);
  const jumpsKey = await jumpKey(spec);
  // verify_key with the binary target: the SHA256SUMS the spec was planned from must be signed.
  if (binary && spec.target === 'binary' && inputs.verify_key.trim()) {
    const { verifySums } = await import('../../supply-chain/sums-signature');
    const { parsePublicKeys } = await import('../../supply-chain/cosign-key');
    const by = verifySums(inputs.binaries_dir.trim(), binarySums ?? '', parsePublicKeys(inputs.verify_key, 'verify_key'));
    reporter.info(`${path.join(inputs.binaries_dir.trim(), 'SHA256SUMS')}: signature verified with key ${by}`);
  }
  for (const w of spec.warnings) reporter.warn(w);
  const actor = { by: describeActor(env, hostname(), localUser()), runner: hostname(), pid: process.pid };
  return { spec, key, jumpKey: jumpsKey, actor, secrets };
}

/**
 * Checks every deploy input as deploy would, before a build that precedes it in the same run
 * (command all): a bad host list or key fails before anything is built or pushed. The digest
 * the build will give is not known yet; a placeholder of the same repository stands in (the
 * binary target: everything but the binaries and their commit).
 */
export async function checkDeployInputs(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (inputs.deploy_target === 'binary') {
    // The binaries and their commit do not exist yet: everything else is checked.
    const binarySpec = deploySpec(inputs, { envFileText: readEnvFile(inputs.env_file) }, 'precheck');
    await clientKey(binarySpec, env);
    await jumpKey(binarySpec);
    return;
  }
  let repository = 'placeholder/image';
  try {
    repository = imageRepositories(inputs.image)[0];
  } catch {
    /* the build refuses a bad image itself, naming it */
  }
  const envFileText = readEnvFile(inputs.env_file);
  const spec = deploySpec(inputs, { builtImageRef: `${repository}@sha256:${'0'.repeat(64)}`, envFileText }, 'deploy');
  await clientKey(spec, env);
  await jumpKey(spec);
}
