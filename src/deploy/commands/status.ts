/** status: what every host runs, as the target's table and the output status (JSON). */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { targetOf } from '../targets/index';
import { askFleet, failures, readSpec } from './fleet-query';

export async function status(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const target = targetOf(readSpec(inputs).target);
  const { service, answers } = await askFleet(inputs, reporter, env, (_s, _by, spec) => target.status.step(spec, inputs.keep_images));
  const { text, json } = target.status.render(service, answers);
  reporter.info(text);
  reporter.setOutput('status', JSON.stringify(json));
  return failures(answers, reporter);
}
