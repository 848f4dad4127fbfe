/** deploy_target container: a run per host (ContainerHostRun), its status table and docker logs. */
import { Target } from '../target';
import { ContainerDeploySpec } from '../../spec/deploy-spec';
import { ContainerHostRun } from './container-run';
import { containerExecStep, logsStep, statusStep } from './container-steps';
import { hostStatus, renderStatus } from './container-status';
import { prefixLogs } from '../fleet-logs';
import { rollbackRefs } from './rollback-refs';

export const containerTarget: Target<ContainerDeploySpec> = {
  rollout: { kind: 'per-host', hostRun: (host, ctx) => new ContainerHostRun(host, ctx) },
  status: {
    step: (spec, keepImages) => statusStep(spec.service, keepImages),
    render(service, answers) {
      const hosts = answers.map(hostStatus);
      return { text: renderStatus(service, hosts), json: { service, hosts } };
    },
  },
  logs: {
    check: () => undefined,
    step: (spec, o) => logsStep(spec.service, o),
    lines: prefixLogs,
  },
  exec: {
    check: () => undefined,
    step: (spec, o, run) => containerExecStep(spec.service, o, run),
  },
  rollbackRefs,
};
