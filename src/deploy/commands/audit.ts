/** audit: the last entries of every host's audit log, merged by time. */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { listValues, parseStepOutput } from '../steps/render';
import { auditReadStep } from '../steps/fleet-steps';
import { HostAnswer } from '../targets/target';
import { askFleet, failures } from './fleet-query';

/** The last audit entries of every host, merged by time, each prefixed with its host. Pure. */
export function mergeAudit(answers: readonly HostAnswer[]): string[] {
  const all: Array<[string, string]> = [];
  for (const a of answers) for (const e of listValues(a.out ?? parseStepOutput(''), 'entry')) all.push([e, a.host]);
  return all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([e, h]) => `${h} ${e}`);
}

export async function audit(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const { answers } = await askFleet(inputs, reporter, env, (s) => auditReadStep(s, inputs.audit_lines));
  const lines = mergeAudit(answers);
  reporter.info(lines.length > 0 ? lines.join('\n') : 'no audit entries');
  return failures(answers, reporter);
}
