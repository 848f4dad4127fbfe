/** unlock: breaks the service's lock on every host (force: even a live holder's). */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { STEP_TIMEOUTS } from '../rollout/target-run';
import { forceUnlockStep } from '../steps/fleet-steps';
import { askFleet, failures } from './fleet-query';

export async function unlock(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const { service, answers } = await askFleet(inputs, reporter, env, (s, by) => forceUnlockStep(s, by, inputs.force, STEP_TIMEOUTS.lockStale));
  for (const a of answers) {
    if (a.error !== undefined) continue;
    const u = a.out?.values.unlocked;
    reporter.info(`${a.host}: ${u === 'none' ? `${service} was not locked` : `released the lock on ${service} held by ${u}`}`);
  }
  return failures(answers, reporter);
}
