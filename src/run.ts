import type { Command, Inputs } from './schema';
import type { Reporter } from './reporter';
import type { TargetResult } from './image/publish/publish-images';
import type { SupplyChainPlan } from './supply-chain/supply-chain';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXIT } from './exit-codes';
import { inputError } from './errors';
import { parseImageRef } from './image-ref';
import { loadWhileWaiting } from './preload';

/**
 * Each command's code is imported when the command runs, so that a process loads only what its
 * command uses: `plan` no engine client, a build no SSH client, a deploy no build, and none of
 * them the supply chain (SBOM, signing, verifying) unless an input asks for it.
 */

/** Whether any input of the supply chain is set (sbom, or a key to sign or verify with). */
function usesSupplyChain(inputs: Inputs): boolean {
  return inputs.sbom || inputs.sign_keyless || Boolean(inputs.sign_key.trim() || inputs.sign_key_password || inputs.verify_key.trim() || inputs.verify_identity.trim() || inputs.verify_issuer.trim() || inputs.verify_trusted_root.trim() || inputs.signature_format !== 'legacy' || inputs.require_provenance || inputs.verify_source.trim());
}

/** The supply chain's plan (sign_key checked before the build), or null when no input asks for one. */
async function prepareSupply(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<{ plan: SupplyChainPlan; chain: typeof import('./supply-chain/supply-chain') } | null> {
  if (!usesSupplyChain(inputs)) return null;
  const chain = await import('./supply-chain/supply-chain');
  if (inputs.sbom) loadWhileWaiting(chain.loadSbomLibrary);
  return { plan: chain.prepareSupplyChain(inputs, reporter, env), chain };
}

/** With sign_key and binaries_dir: binaries_dir/SHA256SUMS signed as a cosign blob (SHA256SUMS.sig). */
function signSums(supply: Awaited<ReturnType<typeof prepareSupply>>, inputs: Inputs, reporter: Reporter): void {
  if (supply) supply.chain.signBinaries(supply.plan, inputs, reporter);
}

/** Builds one service, then its SBOM, signatures and attestations (sign_key is checked before the build). */
async function buildWithSupplyChain(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<TargetResult> {
  const supply = await prepareSupply(inputs, reporter, env);
  const { build } = await import('./image/build-command');
  const built = await build(inputs, reporter, env);
  const sboms = supply ? (await supply.chain.attachSupplyChain(supply.plan, inputs, reporter, env, built)).sbomPaths : [];
  signSums(supply, inputs, reporter);
  reporter.setOutput('sbom', sboms.join(','));
  return built;
}

/** Builds the services of a config file, then each one's SBOM, signatures and attestations. */
async function buildServicesWithSupplyChain(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<void> {
  const supply = await prepareSupply(inputs, reporter, env);
  const { buildServices } = await import('./image/build-command');
  const outcomes = await buildServices(inputs, reporter, env);
  const paths: string[] = [];
  for (const o of outcomes) {
    if (o.result && supply) paths.push(...(await supply.chain.attachSupplyChain(supply.plan, inputs, reporter, env, o.result, o.name)).sbomPaths);
  }
  signSums(supply, inputs, reporter);
  reporter.setOutput('sbom', paths.join(','));
}

/**
 * all with push false and remote hosts ships the build's OCI layout over SSH: refused before the
 * build when that cannot work (the container builder keeps the image in the engine; a layout
 * holds one platform's image per reference; Swarm nodes pull from a registry).
 */
function refuseUnshippable(inputs: Inputs, host: string): void {
  if (inputs.builder === 'container') {
    throw inputError('push', `is false with builder container, so the image stays in this machine's engine, but hosts names the remote host '${host}'`, 'builder: host (the image is then shipped to the hosts over SSH), push: true, or hosts: local');
  }
  if (inputs.platforms.length > 1) {
    throw inputError('platforms', `names ${inputs.platforms.length} platforms with push false and remote hosts: the image shipped over SSH is one platform's`, "one platform (the hosts'), or push: true");
  }
  if (inputs.deploy_target === 'swarm') {
    throw inputError('push', `is false, but the swarm target's nodes each pull the image from a registry (host '${host}')`, 'push: true');
  }
}

/** A fresh folder for the layout `all` ships, removed when the process ends. */
function scratchLayout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-oci-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The one entry every front end calls, after parsing inputs and registering masks. */
export async function run(command: Command, inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  switch (command) {
    case 'plan': {
      // The checks a build makes before it starts, the supply chain's among them (sign_key with
      // sign_keyless, an unreadable key): plan refuses what build would refuse.
      if (usesSupplyChain({ ...inputs, sbom: false })) await prepareSupply(inputs, reporter, env);
      const { planOnly } = await import('./image/plan-command');
      await planOnly(inputs, reporter, env);
      return EXIT.ok;
    }
    case 'build':
      if (inputs.config) await buildServicesWithSupplyChain(inputs, reporter, env);
      else await buildWithSupplyChain(inputs, reporter, env);
      return EXIT.ok;
    case 'deploy':
      return (await import('./deploy/commands/deploy-command')).deploy(inputs, reporter, undefined, env);
    case 'rollback':
      return (await import('./deploy/commands/deploy-command')).rollback(inputs, reporter, env);
    case 'verify': {
      const { verifyCommand } = await import('./supply-chain/supply-chain');
      return verifyCommand(inputs, reporter, parseImageRef(inputs.deploy_image, 'deploy_image'), env);
    }
    case 'status':
      return (await import('./deploy/commands/status')).status(inputs, reporter, env);
    case 'logs':
      return (await import('./deploy/commands/logs')).logs(inputs, reporter, env);
    case 'audit':
      return (await import('./deploy/commands/audit')).audit(inputs, reporter, env);
    case 'unlock':
      return (await import('./deploy/commands/unlock')).unlock(inputs, reporter, env);
    case 'maintenance':
    case 'live':
      return (await import('./deploy/commands/maintenance')).maintenance(inputs, reporter, inputs.command === 'maintenance', env);
    case 'exec':
      return (await import('./deploy/commands/exec')).exec(inputs, reporter, env);
    case 'all': {
      if (inputs.config) {
        if (inputs.hosts.length) throw inputError('hosts', 'cannot take the several images of a config file', 'a deploy of each service (command deploy with its deploy_image), or no config');
        await buildServicesWithSupplyChain(inputs, reporter, env);
        return EXIT.ok;
      }
      if (inputs.deploy_target === 'binary') {
        // Nothing is pushed for this target: the build exports binaries_dir and the hosts get those files.
        if (!inputs.binaries_dir.trim()) throw inputError('binaries_dir', 'is empty and deploy_target is binary', 'the folder the build exports the binaries (and SHA256SUMS) to');
        await (await import('./deploy/commands/prepare')).checkDeployInputs(inputs, env);
        const supply = await prepareSupply({ ...inputs, push: false }, reporter, env);
        const { build } = await import('./image/build-command');
        await build({ ...inputs, push: false }, reporter, env);
        signSums(supply, inputs, reporter);
        if (inputs.hosts.length === 0) return EXIT.ok;
        return (await import('./deploy/commands/deploy-command')).deploy(inputs, reporter, undefined, env);
      }
      // Every input of every phase is checked before any work: nothing is built or pushed for a
      // deploy that would refuse its inputs.
      // push false with remote hosts: the build writes an OCI layout and the hosts get the image
      // from it over their SSH connections (deploy_image oci:), with no registry.
      const remote = inputs.hosts.filter((h) => h.trim() !== 'local');
      const ship = !inputs.push && remote.length > 0;
      if (inputs.hosts.length) {
        if (ship) refuseUnshippable(inputs, remote[0]);
        await (await import('./deploy/commands/prepare')).checkDeployInputs(inputs, env);
      }
      const buildInputs = ship && !inputs.oci_layout.trim() ? { ...inputs, oci_layout: scratchLayout() } : inputs;
      const built = await buildWithSupplyChain(buildInputs, reporter, env);
      if (inputs.hosts.length === 0) return EXIT.ok;
      if (ship) {
        if (!built.ociLayout) {
          throw inputError('push', `is false and the image was built in this machine's engine (builder ${inputs.builder} chose the container path), which hosts such as '${remote[0]}' cannot reach`, 'builder: host (it writes an OCI layout gantry ships over SSH), or push: true');
        }
        return (await import('./deploy/commands/deploy-command')).deploy(inputs, reporter, `oci:${built.ociLayout.dir}@${built.ociLayout.digest}`, env);
      }
      return (await import('./deploy/commands/deploy-command')).deploy(inputs, reporter, built.imageRef, env);
    }
  }
}
