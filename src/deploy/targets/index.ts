/** The one place a deploy_target is chosen: everything else asks its Target. */
import { DeployTarget } from '../spec/target-inputs';
import { Target } from './target';
import { binaryTarget } from './binary/binary-target';
import { containerTarget } from './container/container-target';
import { swarmTarget } from './swarm/swarm-target';

export type { Target } from './target';

const TARGETS: Readonly<Record<DeployTarget, Target>> = {
  container: containerTarget,
  binary: binaryTarget,
  swarm: swarmTarget,
};

export function targetOf(name: DeployTarget): Target {
  return TARGETS[name];
}
