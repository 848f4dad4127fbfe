import { describeActor } from '../../../src/deploy/rollout/deploy-actor';

describe('describeActor', () => {
  test.each([
    [{ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'deploy', GITHUB_ACTOR: 'ann' }, 'github o/r run 9/2 job deploy (ann)'],
    [{ GITLAB_CI: 'true', CI_PROJECT_PATH: 'g/p', CI_JOB_ID: '77', GITLAB_USER_LOGIN: 'bob' }, 'gitlab g/p job 77 (bob)'],
    [{ USER: 'carol' }, 'carol@box'],
    [{}, 'dave@box'],
    [{ USER: 'eve\nevil' }, 'eve evil@box'],
  ])('%j', (env, want) => {
    expect(describeActor(env, 'box', 'dave')).toBe(want);
  });
});
