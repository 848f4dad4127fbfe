import { oneLine } from '../../shell-quote';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Who deploys, as recorded in locks, labels and the audit log: the CI job (and who started it),
 * else the local user. Facts about the run, not inputs.
 */
export function describeActor(env: Env, hostname: string, username = ''): string {
  if (env.GITHUB_ACTIONS === 'true') {
    const run = env.GITHUB_RUN_ID ? ` run ${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/${env.GITHUB_RUN_ATTEMPT}` : ''}` : '';
    return oneLine(`github ${env.GITHUB_REPOSITORY ?? '?'}${run}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''} (${env.GITHUB_ACTOR ?? '?'})`);
  }
  if (env.GITLAB_CI === 'true') {
    return oneLine(`gitlab ${env.CI_PROJECT_PATH ?? '?'} job ${env.CI_JOB_ID ?? '?'} (${env.GITLAB_USER_LOGIN ?? '?'})`);
  }
  return oneLine(`${env.USER || env.LOGNAME || username || 'unknown'}@${hostname}`);
}
