/** The one place a deploy_target is chosen: everything else asks its Target. */
import { DeployTarget } from '../spec/target-inputs';
import { Target } from './target';
import { DeploySpec } from '../spec/deploy-spec';
import { binaryTarget } from './binary/binary-target';
import { containerTarget } from './container/container-target';
import { swarmTarget } from './swarm/swarm-target';

export type { Target } from './target';

const TARGETS: { readonly [K in DeployTarget]: Target<Extract<DeploySpec, { target: K }>> } = {
  container: containerTarget,
  binary: binaryTarget,
  swarm: swarmTarget,
};

/** The target of `spec.target`, over that spec (each Target reads only the shape of its own target). */
export function targetOf(name: DeployTarget): Target {
  return TARGETS[name] as unknown as Target;
}
