/**
 * deploy_target swarm: the steps run on the manager (src/deploy/steps/swarm-*.sh), rendered from
 * plain data like every other step (values as quoted assignments, secrets on stdin).
 */
import { RemoteStep, step } from '../../steps/render';

/** preflight.sh's docker checks, then the node is an active manager and no plain container of the name runs there. */
export function swarmPreflightStep(service: string): RemoteStep {
  return step('swarm-preflight', service, { NEEDS_HTTP_CLIENT: 0 }, { libs: ['lib', 'docker-lib', 'preflight'] });
}

export interface ApplyOptions {
  /** create; update (the spec as the inputs say); image (rollback_to: the image and labels only). */
  readonly action: 'create' | 'update' | 'image';
  readonly ref: string;
  readonly flags: readonly string[];
  readonly env: ReadonlyArray<readonly [string, string]>;
  readonly registry?: { readonly server: string; readonly username: string; readonly password: string };
  /** update: the one network the service is on afterwards ('' for none beyond Swarm's own). */
  readonly network?: string;
  /** The settings that make the service what it is besides its image (env values included): hashed on the manager with its salt. */
  readonly configText?: string;
  /** update: change nothing when the service already runs ref with these settings. */
  readonly skipSame?: boolean;
  /** update: Swarm replaces the tasks even when nothing changed. */
  readonly force?: boolean;
  /** create: the arguments after the image (args); update carries them in its flags (--args). */
  readonly args?: readonly string[];
}

/** Creates or updates the service, detached; env values and the password only on stdin. */
export function swarmApplyStep(service: string, o: ApplyOptions): RemoteStep {
  const r = o.registry;
  return step('swarm-apply', service, {
    ACTION: o.action,
    REF: o.ref,
    FLAGS: o.flags,
    ARGS: o.action === 'create' ? o.args ?? [] : [],
    ENV_KEYS: o.env.map(([k]) => k),
    NETWORK: o.network ?? '',
    FORCE: o.force ? 1 : 0,
    SKIP_SAME: o.skipSame ? 1 : 0,
    LOGIN: r ? 1 : 0,
    REGISTRY_SERVER: r?.server ?? '',
    REGISTRY_USER: r?.username ?? '',
    LOGIN_SERVER: r && r.server !== 'docker.io' ? r.server : '',
  }, { secrets: [r?.password ?? '', o.env.map(([k, v]) => `${k}=${v}`).join('\n'), o.configText ?? ''] });
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

export interface SwarmAudit {
  readonly action: 'deploy' | 'rollback';
  /** ok, unchanged, rolled-back, removed, failed. */
  readonly result: string;
  readonly from: string;
  readonly to: string;
  readonly by: string;
}

/** One line of the manager's audit log (~/.gantry/audit.log), read by `audit`. */
export function swarmAuditRecordStep(service: string, a: SwarmAudit): RemoteStep {
  return step('swarm-audit', service, { AUDIT_ACTION: a.action, AUDIT_RESULT: a.result, AUDIT_FROM: a.from, AUDIT_TO: a.to }, { by: a.by });
}

/** status: swarm-state.sh's lines, then the service's mode and gantry's labels on it. */
export function swarmStatusStep(service: string): RemoteStep {
  return step('swarm-status', service, {}, { libs: ['lib', 'docker-lib', 'swarm-state'] });
}

/** logs: docker service logs (every task, prefixed with its task and node), since, tail, grep. */
export function swarmLogsStep(service: string, o: { since: string; tail: number; grep: string }): RemoteStep {
  return step('swarm-logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep });
}
