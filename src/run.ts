import { Command, Inputs } from './schema';
import { Reporter } from './reporter';
import { EXIT } from './exit-codes';
import { build, planOnly } from './image/build-command';
import { buildServices } from './image/services/multi-build';
import { inputError } from './errors';
import { deploy, rollback } from './deploy/deploy-command';
import { refuseForeignInputs } from './deploy/target-inputs';
import { binarySpec } from './deploy/binary/binary-spec';
import { audit, logs, status, unlock } from './deploy/day-two';

/** The one entry every front end calls, after parsing inputs and registering masks. */
export async function run(command: Command, inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  switch (command) {
    case 'plan':
      await planOnly(inputs, reporter, env);
      return EXIT.ok;
    case 'build':
      if (inputs.config) await buildServices(inputs, reporter, env);
      else await build(inputs, reporter, env);
      return EXIT.ok;
    case 'deploy':
      return deploy(inputs, reporter, undefined, env);
    case 'rollback':
      return rollback(inputs, reporter);
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
        await buildServices(inputs, reporter, env);
        return EXIT.ok;
      }
      if (inputs.deploy_target === 'binary') {
        // Nothing is pushed for this target: the build exports binaries_dir and the hosts get those files.
        if (!inputs.binaries_dir.trim()) throw inputError('binaries_dir', 'is empty and deploy_target is binary', 'the folder the build exports the binaries (and SHA256SUMS) to');
        refuseForeignInputs(inputs, 'binary');
        binarySpec(inputs, {}, 'precheck');
        await build({ ...inputs, push: false }, reporter, env);
        if (inputs.hosts.length === 0) return EXIT.ok;
        return deploy(inputs, reporter, undefined, env);
      }
      const built = await build(inputs, reporter, env);
      if (inputs.hosts.length === 0) return EXIT.ok;
      return deploy(inputs, reporter, built.imageRef, env);
    }
  }
}
