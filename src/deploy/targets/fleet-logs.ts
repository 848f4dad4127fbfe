import { listValues, parseStepOutput } from '../steps/render';
import { HostAnswer } from './target';

/** Every host's log lines, each prefixed with its host, hosts in the order given. Pure. */
export function prefixLogs(answers: readonly HostAnswer[]): string[] {
  return answers.flatMap((a) => listValues(a.out ?? parseStepOutput(''), 'line').map((l) => `${a.host} | ${l}`));
}
