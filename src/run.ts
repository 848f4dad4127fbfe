import { Command, Inputs } from './schema';
import { Reporter } from './reporter';
import { EXIT } from './exit-codes';
import { build, planOnly } from './build/build-command';
import { deploy, rollback } from './deploy/deploy-command';

/** The one entry every front end calls, after parsing inputs and registering masks. */
export async function run(command: Command, inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  switch (command) {
    case 'plan':
      await planOnly(inputs, reporter, env);
      return EXIT.ok;
    case 'build':
      await build(inputs, reporter, env);
      return EXIT.ok;
    case 'deploy':
      return deploy(inputs, reporter);
    case 'rollback':
      return rollback(inputs, reporter);
    case 'all': {
      const built = await build(inputs, reporter, env);
      if (inputs.hosts.length === 0) return EXIT.ok;
      return deploy(inputs, reporter, built.imageRef);
    }
  }
}
