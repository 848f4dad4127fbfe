/**
 * deploy_target swarm: the service gantry creates or updates through one manager, parsed from the
 * inputs before anything is contacted, and the docker service flags it becomes (pure: no I/O).
 * Values never become shell code: the flags are an array the step passes as "${FLAGS[@]}", and
 * env values are not among them (the step hands them to the docker CLI through its environment).
 */
import { INPUTS, Inputs } from '../../../schema';
import { inputError } from '../../../errors';
import { ContainerSpec } from '../container/container-spec';
import { argsText, swarmOptionFlags, tmpfsMountOf } from '../container/container-options';

export interface SwarmSpec {
  readonly mode: 'replicated' | 'global';
  readonly replicas: number;
  readonly publishMode: 'ingress' | 'host';
  /** start-first, or stop-first when a port is published in host mode. */
  readonly order: 'start-first' | 'stop-first';
  readonly failureAction: 'rollback' | 'pause';
  /** batch_size as Swarm's update parallelism (a count; a percentage of the replicas). */
  readonly parallelism: number;
  /** max_failures as Swarm's max failure ratio. */
  readonly maxFailureRatio: number;
  /** Swarm's monitor window (health_timeout). */
  readonly monitorSeconds: number;
  readonly restartCondition: 'any' | 'none' | 'on-failure';
  readonly restartMaxAttempts: number;
  /** Things worth saying that do not stop the deploy. */
  readonly notes: readonly string[];
}

// Names the docker CLI reads from its own environment: an env key of the service must not be one.
const CLI_ENV_RE = /^(DOCKER_.*|PATH|HOME|(HTTP|HTTPS|NO|ALL)_PROXY)$/i;

/** The swarm part of a deploy spec; refuses bad input in one line naming the input. */
export function swarmSpec(inputs: Inputs, container: ContainerSpec, env: ReadonlyArray<readonly [string, string]>, hostCount: number): SwarmSpec {
  if (hostCount !== 1) {
    throw inputError('hosts', `names ${hostCount} hosts and deploy_target is swarm`, 'exactly one swarm manager ([user@]host[:port], or local)');
  }
  if (!Number.isInteger(inputs.replicas) || inputs.replicas < 1) {
    throw inputError('replicas', `'${inputs.replicas}' is not a count of tasks`, 'a count of at least 1');
  }
  const mode = inputs.swarm_mode as SwarmSpec['mode'];
  if (mode !== 'replicated' && mode !== 'global') throw inputError('swarm_mode', `'${inputs.swarm_mode}' is not a swarm mode`, 'replicated or global');
  if (mode === 'global' && String(inputs.replicas) !== INPUTS.replicas.default) {
    throw inputError('replicas', `is ${inputs.replicas} and swarm_mode is global, which runs one task on every node and takes no count`, 'no replicas with swarm_mode global, or swarm_mode replicated');
  }
  const publishMode = inputs.publish_mode as SwarmSpec['publishMode'];
  if (publishMode !== 'ingress' && publishMode !== 'host') throw inputError('publish_mode', `'${inputs.publish_mode}' is not a publish mode`, 'ingress or host');
  for (const p of container.ports) {
    if (!/^\d+:\d+(\/(tcp|udp|sctp))?$/.test(p)) {
      throw inputError('ports', `'${p}' binds an address, which a swarm service cannot`, 'host_port:container_port[/tcp|udp] entries');
    }
  }
  if (container.network === 'none' || container.network.startsWith('container:')) {
    throw inputError('network', `'${container.network}' is not a network a swarm service can join`, 'empty, host, or the name of a swarm-scoped (overlay) network');
  }
  container.options.tmpfs.forEach(tmpfsMountOf);
  for (const [k] of env) {
    if (CLI_ENV_RE.test(k)) throw inputError('env', `${k} is read by the docker CLI that creates the service`, 'keys other than DOCKER_*, PATH, HOME and *_PROXY with deploy_target swarm');
  }
  const notes: string[] = [];
  const hostPorts = publishMode === 'host' && container.ports.length > 0;
  if (hostPorts) notes.push('ports published in host mode: a node cannot run two tasks on one port, so each task is stopped before its replacement starts (update order stop-first)');
  const replicas = mode === 'global' ? 0 : inputs.replicas;
  const batch = inputs.batch_size.trim();
  const parallelism = batch.endsWith('%')
    ? Math.max(1, Math.ceil((Number(batch.slice(0, -1)) / 100) * Math.max(1, replicas || 1)))
    : Number(batch);
  if (!Number.isInteger(parallelism) || parallelism < 1) throw inputError('batch_size', `'${batch}' is not a batch size`, 'a count such as 2 or a percentage such as 50%');
  const restart = /^on-failure(?::(\d+))?$/.exec(container.restart);
  return {
    mode,
    replicas: inputs.replicas,
    publishMode,
    order: hostPorts ? 'stop-first' : 'start-first',
    failureAction: inputs.rollback ? 'rollback' : 'pause',
    parallelism,
    maxFailureRatio: failureRatio(inputs.max_failures, replicas),
    monitorSeconds: inputs.health_timeout,
    restartCondition: restart ? 'on-failure' : container.restart === 'no' ? 'none' : 'any',
    restartMaxAttempts: restart?.[1] ? Number(restart[1]) : 0,
    notes,
  };
}

/** A docker run -v entry as a --mount value: a named volume, or a bind of an absolute host path. */
export function mountOf(volume: string): string {
  const [source, target, options = ''] = volume.split(':');
  const type = source.startsWith('/') ? 'bind' : 'volume';
  const readonly = options.split(',').includes('ro') ? ',readonly' : '';
  return `type=${type},source=${source},target=${target}${readonly}`;
}

/** A host_port:container_port[/proto] entry as a --publish value in the given mode. */
export function publishOf(port: string, mode: 'ingress' | 'host'): string {
  const m = /^(\d+):(\d+)(?:\/(tcp|udp|sctp))?$/.exec(port);
  if (!m) throw inputError('ports', `'${port}' is not host_port:container_port`, 'host_port:container_port[/tcp|udp] entries');
  return `mode=${mode},published=${m[1]},target=${m[2]},protocol=${m[3] ?? 'tcp'}`;
}

export interface ServiceFlagOptions {
  readonly swarm: SwarmSpec;
  readonly container: ContainerSpec;
  /** Labels on the service (who deployed, when, which digest). */
  readonly serviceLabels: readonly string[];
  /** Labels on every task's container. */
  readonly containerLabels: readonly string[];
}

/** Update and rollback settings, restart policy and replicas: the same for create and update. */
function policyFlags(o: ServiceFlagOptions, create: boolean): string[] {
  const s = o.swarm;
  const f = [
    `--update-parallelism=${s.parallelism}`,
    `--update-order=${s.order}`,
    `--update-failure-action=${s.failureAction}`,
    `--update-monitor=${s.monitorSeconds}s`,
    `--update-max-failure-ratio=${s.maxFailureRatio}`,
    `--update-delay=0s`,
    `--rollback-parallelism=${s.parallelism}`,
    `--rollback-order=${s.order}`,
    `--rollback-monitor=${s.monitorSeconds}s`,
    `--rollback-failure-action=pause`,
    `--restart-condition=${s.restartCondition}`,
    `--restart-max-attempts=${s.restartMaxAttempts}`,
  ];
  if (s.mode === 'replicated') f.push(`--replicas=${s.replicas}`);
  else if (create) f.push('--mode=global');
  return f;
}

/** Flags of docker service create (the image, args and the env keys are added by the step). */
export function createFlags(o: ServiceFlagOptions): string[] {
  const f = policyFlags(o, true);
  for (const l of o.serviceLabels) f.push(`--label=${l}`);
  for (const l of o.containerLabels) f.push(`--container-label=${l}`);
  for (const p of o.container.ports) f.push(`--publish=${publishOf(p, o.swarm.publishMode)}`);
  for (const v of o.container.volumes) f.push(`--mount=${mountOf(v)}`);
  if (o.container.network) f.push(`--network=${o.container.network}`);
  f.push(...swarmOptionFlags(o.container.options, true));
  return f;
}

/**
 * Flags of docker service update. The step removes what the current spec publishes and mounts
 * (and its env keys) before these add the wanted ones, so the spec ends as the inputs say.
 */
export function updateFlags(o: ServiceFlagOptions): string[] {
  const f = policyFlags(o, false);
  for (const l of o.serviceLabels) f.push(`--label-add=${l}`);
  for (const l of o.containerLabels) f.push(`--container-label-add=${l}`);
  for (const p of o.container.ports) f.push(`--publish-add=${publishOf(p, o.swarm.publishMode)}`);
  for (const v of o.container.volumes) f.push(`--mount-add=${mountOf(v)}`);
  f.push(...swarmOptionFlags(o.container.options, false));
  // --args takes one value split as a shell would (nothing expanded); '' gives the image's CMD back.
  f.push(`--args=${argsText(o.container.options.args ?? [])}`);
  return f;
}

/**
 * max_failures as Swarm's max failure ratio: a percentage as it is; a count of the replicas
 * (global mode has no fixed count: a count there is taken of ten tasks).
 */
export function failureRatio(maxFailures: string, replicas: number): number {
  const text = maxFailures.trim();
  const m = /^([0-9]+)(%?)$/.exec(text);
  if (!m) throw inputError('max_failures', `'${text}' is not valid`, 'a whole number such as 1 or a percentage such as 10%');
  const n = Number(m[1]);
  if (m[2]) return Math.min(1, n / 100);
  if (n === 0) return 0;
  return Math.min(1, n / (replicas > 0 ? replicas : 10));
}
