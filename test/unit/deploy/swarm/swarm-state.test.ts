/**
 * deploy_target swarm: what the manager's answers (swarm-state.sh's lines) mean for the deploy
 * gantry waits on: converged, rolled back by Swarm, paused, a failing first create, or waiting.
 */
import { parseStepOutput } from '../../../../src/deploy/steps/render';
import { parseSwarmState, rollbackVerdictOf, verdictOf } from '../../../../src/deploy/targets/swarm/swarm-state';

const OLD = `sha256:${'aa'.repeat(32)}`;
const NEW = `sha256:${'bb'.repeat(32)}`;
const img = (d: string) => `reg:5000/team/hello@${d}`;

function state(o: { image?: string; update?: string; started?: string; tasks: Array<[string, string, string, string?]> }) {
  const lines = [
    'service=1',
    `image=${img(o.image ?? NEW)}`,
    'previous_image=',
    `update_state=${o.update ?? ''}`,
    `update_started=${o.started ?? ''}`,
    'update_message=update rolled back due to failure or early termination of task x',
    'node=n1|10.0.0.1|ready',
    'node=n2|10.0.0.2|ready',
    ...o.tasks.map(([desired, st, d, err], i) => `task=t${i}|${i + 1}|n${(i % 2) + 1}|${desired}|${st}|${img(d)}|${err ?? ''}`),
  ];
  return parseSwarmState(parseStepOutput(lines.join('\n')));
}

const create = { digest: NEW, wanted: 2, create: true, startedBefore: '' };
const update = { digest: NEW, wanted: 2, create: false, startedBefore: 'T0' };

describe('deploy_target swarm: reading the service', () => {
  test('tasks and nodes are parsed, an error may hold a |', () => {
    const s = state({ tasks: [['shutdown', 'failed', NEW, 'task: non-zero exit (1) | oops']] });
    expect(s.tasks[0]).toMatchObject({ nodeId: 'n1', desired: 'shutdown', state: 'failed', error: 'task: non-zero exit (1) | oops' });
    expect(s.nodes.get('n2')).toBe('10.0.0.2');
  });

  test('a create converges when every wanted task runs the new digest', () => {
    expect(verdictOf(state({ tasks: [['running', 'running', NEW], ['running', 'starting', NEW]] }), create)).toBe('waiting');
    expect(verdictOf(state({ tasks: [['running', 'running', NEW], ['running', 'running', NEW]] }), create)).toBe('converged');
  });

  test('a create whose tasks keep failing is failing; a missing service too', () => {
    const failing = state({ tasks: [['shutdown', 'failed', NEW, 'exit 1'], ['shutdown', 'failed', NEW, 'exit 1'], ['running', 'starting', NEW]] });
    expect(verdictOf(failing, create)).toBe('failing');
    expect(verdictOf(parseSwarmState(parseStepOutput('service=0')), create)).toBe('failing');
  });

  test('an update is judged by its own UpdateStatus, not the one before it', () => {
    const old = state({ update: 'rollback_completed', started: 'T0', tasks: [['running', 'running', OLD], ['running', 'running', OLD]] });
    expect(verdictOf(old, update)).toBe('waiting');
    expect(verdictOf(state({ update: 'updating', started: 'T1', tasks: [['running', 'running', NEW], ['running', 'running', OLD]] }), update)).toBe('waiting');
    expect(verdictOf(state({ update: 'completed', started: 'T1', tasks: [['running', 'running', NEW], ['running', 'running', NEW]] }), update)).toBe('converged');
    expect(verdictOf(state({ image: OLD, update: 'rollback_completed', started: 'T1', tasks: [['running', 'running', OLD], ['running', 'running', OLD]] }), update)).toBe('rolled-back');
    expect(verdictOf(state({ update: 'paused', started: 'T1', tasks: [['running', 'running', NEW], ['running', 'running', OLD]] }), update)).toBe('paused');
    expect(verdictOf(state({ update: 'rollback_paused', started: 'T1', tasks: [] }), update)).toBe('paused');
  });

  test('an update that changed no task converges once every task runs the digest', () => {
    expect(verdictOf(state({ tasks: [['running', 'running', NEW], ['running', 'running', NEW]] }), update)).toBe('converged');
    expect(verdictOf(state({ tasks: [['running', 'running', NEW]] }), update)).toBe('waiting');
  });

  test('gantry rollback waits for its own rollback_completed', () => {
    expect(rollbackVerdictOf(state({ update: 'completed', started: 'T0', tasks: [] }), 'T0')).toBe('waiting');
    expect(rollbackVerdictOf(state({ update: 'rollback_started', started: 'T1', tasks: [] }), 'T0')).toBe('waiting');
    expect(rollbackVerdictOf(state({ update: 'rollback_completed', started: 'T1', tasks: [] }), 'T0')).toBe('done');
    expect(rollbackVerdictOf(state({ update: 'rollback_paused', started: 'T1', tasks: [] }), 'T0')).toBe('paused');
  });
});
