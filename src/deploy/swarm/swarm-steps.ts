/**
 * deploy_target swarm: the steps run on the manager (src/deploy/steps/swarm-*.sh), rendered from
 * plain data like every other step (values as quoted assignments, secrets on stdin).
 */
import { RemoteStep, step } from '../remote-steps';

/** preflight.sh's docker checks, then the node is an active manager and no plain container of the name runs there. */
export function swarmPreflightStep(service: string): RemoteStep {
  return step('swarm-preflight', service, { NEEDS_HTTP_CLIENT: 0 }, { libs: ['lib', 'preflight'] });
}

export interface ApplyOptions {
  readonly action: 'create' | 'update';
  readonly ref: string;
  readonly flags: readonly string[];
  readonly env: ReadonlyArray<readonly [string, string]>;
  readonly registry?: { readonly server: string; readonly username: string; readonly password: string };
}

/** Creates or updates the service, detached; env values and the password only on stdin. */
export function swarmApplyStep(service: string, o: ApplyOptions): RemoteStep {
  const r = o.registry;
  return step('swarm-apply', service, {
    ACTION: o.action,
    REF: o.ref,
    FLAGS: o.flags,
    ENV_KEYS: o.env.map(([k]) => k),
    LOGIN: r ? 1 : 0,
    REGISTRY_SERVER: r?.server ?? '',
    REGISTRY_USER: r?.username ?? '',
    LOGIN_SERVER: r && r.server !== 'docker.io' ? r.server : '',
  }, { secrets: [r?.password ?? '', o.env.map(([k, v]) => `${k}=${v}`).join('\n')] });
}

/** The service's spec image, update status, nodes and tasks. */
export function swarmStateStep(service: string): RemoteStep {
  return step('swarm-state', service, {});
}

export function swarmRemoveStep(service: string): RemoteStep {
  return step('swarm-remove', service, {});
}

export function swarmRollbackStep(service: string): RemoteStep {
  return step('swarm-rollback', service, {});
}
