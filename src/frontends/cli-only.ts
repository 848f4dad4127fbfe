import { INPUTS, InputSpec, Inputs, inputNames } from '../schema';
import { inputError } from '../errors';

/**
 * Inputs only a CLI in a terminal takes (logs_follow streams until Ctrl-C): anywhere a job runs
 * (the action, a CI job), and a CLI whose output is a pipe or a file (nobody there to press
 * Ctrl-C: it would never end), any value but the default is refused in one line, before any work.
 */
export function refuseCliOnly(inputs: Inputs, where: string, why = 'the job would never end'): void {
  for (const name of inputNames()) {
    const spec: InputSpec = INPUTS[name];
    if (!spec.cliOnly || String(inputs[name]) === spec.default) continue;
    throw inputError(name, `${where} cannot take it: ${why}`, `${spec.default} (gantry logs --${name.replace(/_/g, '-')} in a terminal follows the logs until Ctrl-C)`);
  }
}

/** Where the CLI runs inside a CI job, named for the refusal; undefined in a terminal. */
export function ciJob(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITLAB_CI === 'true') return 'a GitLab CI job';
  if (env.GITHUB_ACTIONS === 'true') return 'a GitHub Actions job';
  return undefined;
}
