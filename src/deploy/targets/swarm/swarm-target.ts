/** deploy_target swarm: one run for the whole service through its manager (Swarm rolls the tasks). */
import { inputError } from '../../../errors';
import { listValues, parseStepOutput } from '../../steps/render';
import { Target } from '../target';
import { SwarmDeploySpec } from '../../spec/deploy-spec';
import { rollbackRefs } from '../container/rollback-refs';
import { runSwarm } from './swarm-run';
import { swarmLogsStep, swarmStatusStep } from './swarm-steps';
import { renderSwarmStatus, swarmStatus } from './swarm-status';

export const swarmTarget: Target<SwarmDeploySpec> = {
  rollout: { kind: 'whole', run: runSwarm },
  status: {
    step: (spec) => swarmStatusStep(spec.service),
    /** One manager: the service, its update state, its tasks per node, its recorded history. */
    render(service, answers) {
      const st = swarmStatus(service, answers[0].host, answers[0].out, answers[0].error);
      return { text: renderSwarmStatus(service, st), json: { service, ...st } };
    },
  },
  logs: {
    check(o) {
      if (o.follow) throw inputError('logs_follow', 'is not supported with deploy_target swarm', 'false (run docker service logs --follow on the manager)');
    },
    step: (spec, o) => swarmLogsStep(spec.service, o),
    /** Swarm prefixes each line with its task and node (service.slot.task@node | ...). */
    lines: (answers) => answers.flatMap((a) => listValues(a.out ?? parseStepOutput(''), 'line')),
  },
  exec: {
    /** Swarm places the tasks: gantry reaches the manager only, not the nodes the tasks run on. */
    check() {
      throw inputError('deploy_target', "'swarm' has no exec (gantry reaches only the manager, and the service's tasks run on any node)", 'deploy_target container or binary; on Swarm, docker exec into a task\'s container on its node');
    },
    step() {
      throw new Error('exec: not a swarm command');
    },
  },
  rollbackRefs,
};
