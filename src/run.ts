import { Command, Inputs } from './schema';
import { Reporter } from './reporter';
import { EXIT } from './exit-codes';
import { build, buildServices, planOnly } from './image/build-command';
import { inputError } from './errors';
import { checkDeployInputs, deploy, rollback } from './deploy/deploy-command';
import { attachSupplyChain, prepareSupplyChain, verifyCommand } from './supply-chain/supply-chain';
import { parseImageRef } from './image-ref';
import { TargetResult } from './image/publish/publish-images';
import { audit, logs, status, unlock } from './deploy/day-two';

/** Builds one service, then its SBOM, signatures and attestations (sign_key is checked before the build). */
async function buildWithSupplyChain(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<TargetResult> {
  const supply = prepareSupplyChain(inputs, reporter);
  const built = await build(inputs, reporter, env);
  const chain = await attachSupplyChain(supply, inputs, reporter, env, built);
  reporter.setOutput('sbom', chain.sbomPaths.join(','));
  return built;
}

/** Builds the services of a config file, then each one's SBOM, signatures and attestations. */
async function buildServicesWithSupplyChain(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<void> {
  const supply = prepareSupplyChain(inputs, reporter);
  const outcomes = await buildServices(inputs, reporter, env);
  const paths: string[] = [];
  for (const o of outcomes) {
    if (o.result) paths.push(...(await attachSupplyChain(supply, inputs, reporter, env, o.result, o.name)).sbomPaths);
  }
  reporter.setOutput('sbom', paths.join(','));
}

/** The one entry every front end calls, after parsing inputs and registering masks. */
export async function run(command: Command, inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  switch (command) {
    case 'plan':
      await planOnly(inputs, reporter, env);
      return EXIT.ok;
    case 'build':
      if (inputs.config) await buildServicesWithSupplyChain(inputs, reporter, env);
      else await buildWithSupplyChain(inputs, reporter, env);
      return EXIT.ok;
    case 'deploy':
      return deploy(inputs, reporter, undefined, env);
    case 'rollback':
      return rollback(inputs, reporter);
    case 'verify':
      return verifyCommand(inputs, reporter, parseImageRef(inputs.deploy_image, 'deploy_image'));
    case 'status':
      return status(inputs, reporter);
    case 'logs':
      return logs(inputs, reporter);
    case 'audit':
      return audit(inputs, reporter);
    case 'unlock':
      return unlock(inputs, reporter);
    case 'all': {
      if (inputs.config) {
        if (inputs.hosts.length) throw inputError('hosts', 'cannot take the several images of a config file', 'a deploy of each service (command deploy with its deploy_image), or no config');
        await buildServicesWithSupplyChain(inputs, reporter, env);
        return EXIT.ok;
      }
      if (inputs.deploy_target === 'binary') {
        // Nothing is pushed for this target: the build exports binaries_dir and the hosts get those files.
        if (!inputs.binaries_dir.trim()) throw inputError('binaries_dir', 'is empty and deploy_target is binary', 'the folder the build exports the binaries (and SHA256SUMS) to');
        checkDeployInputs(inputs);
        await build({ ...inputs, push: false }, reporter, env);
        if (inputs.hosts.length === 0) return EXIT.ok;
        return deploy(inputs, reporter, undefined, env);
      }
      // Every input of every phase is checked before any work: nothing is built or pushed for a
      // deploy that would refuse its inputs.
      if (inputs.hosts.length) checkDeployInputs(inputs);
      const built = await buildWithSupplyChain(inputs, reporter, env);
      if (inputs.hosts.length === 0) return EXIT.ok;
      return deploy(inputs, reporter, built.imageRef, env);
    }
  }
}
