/** status for deploy_target swarm: the manager's lines as JSON and as a table (pure). */
import { parseStepOutput } from '../../../../src/deploy/steps/render';
import { renderSwarmStatus, swarmStatus } from '../../../../src/deploy/targets/swarm/swarm-status';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const REPO = 'reg.example:5000/team/api';
const lines = [
  'service=1', `image=${REPO}@${D('b')}`, `previous_image=${REPO}@${D('a')}`, 'update_state=completed', 'update_started=2026-01-03T00:00:01.5Z', 'update_message=update completed',
  'node=n1|10.0.0.1|ready', 'node=n2|10.0.0.2|ready',
  `task=t1|1|n1|running|running|${REPO}@${D('b')}|`,
  `task=t2|2|n2|running|running|${REPO}@${D('b')}|`,
  `task=t0|1|n1|shutdown|failed|${REPO}@${D('c')}|task: non-zero exit (1)`,
  `task=t9|1|n1|shutdown|shutdown|${REPO}@${D('a')}|`,
  'mode=replicated', 'replicas=2',
  `label_image_digest=${D('b')}`, 'label_revision=rev-b', 'label_deployed_at=2026-01-03T00:00:00Z', 'label_deployed_by=ci job 7 (alice)',
  `label_history=${REPO}@${D('b')}|rev-b|2026-01-03T00:00:00Z ${REPO}@${D('a')}|rev-a|2026-01-02T00:00:00Z`,
].join('\n');

describe('swarm status', () => {
  test('the service, its labels, update state, current and failed tasks per node, the history besides the live one', () => {
    const st = swarmStatus('api', 'm1', parseStepOutput(lines));
    expect(st).toMatchObject({
      target: 'swarm', manager: 'm1', exists: true, mode: 'replicated', replicas: 2, digest: D('b'), revision: 'rev-b',
      deployedAt: '2026-01-03T00:00:00Z', deployedBy: 'ci job 7 (alice)', update: { state: 'completed', message: 'update completed' },
    });
    expect(st.tasks.map((t) => [t.node, t.task, t.desired, t.state, t.digest, t.error])).toEqual([
      ['10.0.0.1', 'api.1.t1', 'running', 'running', D('b'), ''],
      ['10.0.0.2', 'api.2.t2', 'running', 'running', D('b'), ''],
      ['10.0.0.1', 'api.1.t0', 'shutdown', 'failed', D('c'), 'task: non-zero exit (1)'],
    ]);
    expect(st.history.map((h) => [h.digest, h.revision])).toEqual([[D('a'), 'rev-a']]);
    const text = renderSwarmStatus('api', st);
    expect(text.split('\n')[0]).toBe('api (swarm service on manager m1, 2 replicas):');
    expect(text).toMatch(/^live\s+sha256:bbbbbbbbbbbb\s+revision rev-b\s+deployed 2026-01-03T00:00:00Z by ci job 7 \(alice\)$/m);
    expect(text).toMatch(/^update\s+completed: update completed \(started 2026-01-03T00:00:01Z\)$/m);
    expect(text).toMatch(/^node\s+task\s+state\s+digest\s+error$/m);
    expect(text).toMatch(/^10\.0\.0\.1\s+api\.1\.t0\s+failed \(desired shutdown\)\s+sha256:cccccccccccc\s+task: non-zero exit \(1\)$/m);
    expect(text).toMatch(/^history \(rollback_to candidates\): sha256:aaaaaaaaaaaa revision rev-a deployed 2026-01-02T00:00:00Z$/m);
  });

  test('no service, or no answer', () => {
    expect(swarmStatus('api', 'm1', parseStepOutput('service=0'))).toEqual({ target: 'swarm', manager: 'm1', exists: false, tasks: [], history: [] });
    const lost = swarmStatus('api', 'm1', undefined, 'connection refused');
    expect(lost.error).toBe('connection refused');
    expect(renderSwarmStatus('api', lost)).toBe('api (swarm, manager m1): no answer (connection refused)');
    expect(renderSwarmStatus('api', swarmStatus('api', 'm1', parseStepOutput('service=0')))).toBe('api (swarm, manager m1): no such service');
  });
});
