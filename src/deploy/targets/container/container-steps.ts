/**
 * The container target's host steps, rendered from plain data (pure): its shell is in steps/*.sh
 * beside this file; the proxy's steps are in proxy/.
 */
import { oneLine } from '../../../shell-quote';
import { AuditEntry, RemoteStep, StepValues, auditValues, step } from '../../steps/render';
import { PROXY } from './proxy/proxy-config';
import { EXEC_MAX_LINES, ExecRequest, ExecRun } from '../target';
import { PROXY_NAMES } from '../../../reserved-names';
import { ContainerOptions, dockerOptionFlags } from './container-options';

export interface CreateOptions {
  readonly ref: string;
  readonly digest: string;
  readonly ports: readonly string[];
  readonly env: ReadonlyArray<readonly [string, string]>;
  readonly volumes: readonly string[];
  readonly network: string;
  readonly restart: string;
  readonly deployedAt: string;
  readonly deployedBy: string;
  /** Proxy mode: the container joins the gantry network under this alias, which the proxy's route dials. */
  readonly alias?: string;
  /** Salted hash of the settings (see unchangedStep), kept as a label to recognise an unchanged host. */
  readonly configHash?: string;
  /** memory, cpus, log rotation, args, stop_timeout, user, read_only, tmpfs; absent: none. */
  readonly options?: ContainerOptions;
}

export interface HealthOptions {
  readonly cmd: string;
  readonly url: string;
  readonly timeoutSeconds: number;
  /** Which container: the one under the name (default), the staged new one, or the previous version. */
  readonly target?: 'name' | 'new' | 'prev';
  /** Proxy mode: an HTTP path probed on the container's own address on the gantry network. */
  readonly probe?: { readonly port: number; readonly path: string };
  /** The gate's cancel marker id (rollout/cancellation.ts); absent: the gate runs to its end. */
  readonly cancel?: string;
}

/** The docker network of proxy mode: the proxy and the application containers, no published ports but the proxy's. */
export const PROXY_NETWORK = PROXY_NAMES.network;

export interface FinalizeOptions {
  /** Repository whose images are pruned beyond keepImages; empty skips pruning. */
  readonly repository: string;
  readonly keepImages: number;
  readonly audit: AuditEntry;
}

/** Docker works for this user, the tools the steps need exist, the state directory is writable. */
export function preflightStep(service: string, needsHttpClient: boolean): RemoteStep {
  return step('preflight', service, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}

/**
 * Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
 * unfinished, removes staged and transient containers and every scratch dir (which may hold a
 * registry login or an env file) left by a killed step.
 */
export function convergeStep(service: string, by: string): RemoteStep {
  return step('converge', service, {}, { by });
}

/** Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls. */
export function pullStep(service: string, ref: string, repository: string,
  registry?: { server: string; username: string; password: string }, alsoImages: readonly string[] = []): RemoteStep {
  return step('pull', service, {
    ALSO_IMAGES: alsoImages,
    REF: ref,
    REPO: repository,
    LOGIN: registry ? 1 : 0,
    REGISTRY_SERVER: registry?.server ?? '',
    REGISTRY_USER: registry?.username ?? '',
    LOGIN_SERVER: registry && registry.server !== 'docker.io' ? registry.server : '',
  }, { secrets: registry ? [registry.password] : [] });
}

/** deploy_image oci:DIR on a host: what oci-pull.sh needs (see it for the protocol). */
export interface OciPullOptions {
  readonly digest: string;
  /** The config digest (the image's id on the host), '' for an index. */
  readonly imageId: string;
  /** 127.0.0.1:PORT/name@digest through this host's forward; '' to ask only whether the image is here. */
  readonly pullRef: string;
  /** The name the host keeps it under (repository:oci-<digest prefix>), and the layout's own tag. */
  readonly ref: string;
  readonly alsoTag: string;
  readonly diffIds: readonly string[];
  readonly alsoImages: readonly string[];
}

/** Makes the oci: image present on the host under its names, fetching it through the forward when missing. */
export function ociPullStep(service: string, o: OciPullOptions): RemoteStep {
  return step('oci-pull', service, {
    DIGEST: o.digest, IMAGE_ID: o.imageId, PULL_REF: o.pullRef, REF: o.ref, ALSO_TAG: o.alsoTag, DIFF_IDS: o.diffIds, ALSO_IMAGES: o.alsoImages,
  });
}

/** The docker create flags for a container spec (labels and env file added by the step), one argument each. */
export function createFlags(o: CreateOptions): string[] {
  const flags: string[] = [`--restart=${o.restart}`];
  if (o.alias) flags.push(`--network=${PROXY_NETWORK}`, `--network-alias=${o.alias}`);
  else if (o.network) flags.push(`--network=${o.network}`);
  for (const p of o.ports) flags.push(`--publish=${p}`);
  for (const v of o.volumes) flags.push(`--volume=${v}`);
  if (o.options) flags.push(...dockerOptionFlags(o.options));
  return flags;
}

/**
 * Checks the network, the volumes' sources and the published ports on the host, then stages the
 * new container as <name>-gantry-new; env reaches it only through a 0600 file removed at once.
 */
export function createStep(service: string, o: CreateOptions): RemoteStep {
  const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
  const labels = [
    `dev.gantry.service=${service}`,
    `dev.gantry.image=${o.ref}`,
    `dev.gantry.image-digest=${o.digest}`,
    `dev.gantry.deployed-at=${o.deployedAt}`,
    `dev.gantry.deployed-by=${oneLine(o.deployedBy)}`,
    ...(o.alias ? [`dev.gantry.alias=${o.alias}`] : []),
    ...(o.configHash ? [`dev.gantry.config=${o.configHash}`] : []),
  ];
  return step('create', service, {
    REF: o.ref, CREATE_FLAGS: createFlags(o), NETWORK: o.alias ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.alias ? 1 : 0,
    PORTS: o.ports, VOLUMES: o.volumes, LABELS: labels, ARGS: o.options?.args ?? [],
  }, { secrets: [envText] });
}

/**
 * Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
 * source 'new' switches to the staged container, 'prev' to the previous version (rollback).
 * Every move is written to services/<name>/switch first, so undo_switch can put things back.
 */
export function switchStep(service: string, source: 'new' | 'prev'): RemoteStep {
  return step('switch', service, { SOURCE: source });
}

/**
 * Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
 * healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
 * running for 5 s counts. Fails fast when the container exits; prints its last log lines on failure.
 */
export function healthStep(service: string, h: HealthOptions): RemoteStep {
  return step('health', service, {
    CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), SETTLE: Math.floor(Math.min(5, h.timeoutSeconds)),
    TARGET: h.target ?? 'name', PROBE_PORT: h.probe?.port ?? 0, PROBE_PATH: h.probe?.path ?? '', CANCEL: h.cancel ?? '',
  });
}

/** The new container is healthy: keep what ran before as the previous version, record, prune, audit. */
export function finalizeStep(service: string, o: FinalizeOptions): RemoteStep {
  return step('finalize', service, {
    REPO: o.repository, KEEP_IMAGES: Math.max(1, Math.floor(o.keepImages)), ...auditValues(o.audit),
  }, { by: o.audit.by });
}

/** The new container failed: put back what ran before (the caller health-gates it again). */
export function restoreStep(service: string, audit: AuditEntry): RemoteStep {
  return step('restore', service, auditValues(audit), { by: audit.by });
}

/** Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy). */
export function retireStep(service: string, audit: AuditEntry): RemoteStep {
  return step('retire', service, auditValues(audit), { by: audit.by });
}

export interface UnchangedOptions {
  readonly digest: string;
  /** The settings that make a container what it is (env included): hashed with a per-host salt, never stored. */
  readonly configText: string;
  /** Proxy mode: the route must already dial this container, and health_path must answer. */
  readonly probe?: { readonly port: number; readonly path: string };
  readonly healthUrl: string;
}

/**
 * Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under
 * the name runs the digest with those settings, healthy (and, in proxy mode, is what the proxy serves).
 */
export function unchangedStep(service: string, o: UnchangedOptions): RemoteStep {
  return step('unchanged', service, {
    DIGEST: o.digest, URL: o.healthUrl, PROXY_MODE: o.probe ? 1 : 0, PROBE_PORT: o.probe?.port ?? 0, PROBE_PATH: o.probe?.path ?? '',
    PROXY_CONTAINER: PROXY.container,
  }, { secrets: [o.configText] });
}

/** rollback_to: finds the version among those this host keeps; prints ref= and digest=, or fails listing them. */
export function resolveVersionStep(service: string, want: string, keep: number): RemoteStep {
  return step('resolve', service, { WANT: want, KEEP: Math.max(1, Math.floor(keep)) });
}

/** rollback_to: stages <name>-gantry-new from an older image with the live container's own settings. */
export function cloneLiveStep(service: string, o: { ref: string; digest: string; alias?: string; deployedAt: string; deployedBy: string }): RemoteStep {
  return step('clone', service, { REF: o.ref, DIGEST: o.digest, ALIAS: o.alias ?? '', NET: PROXY_NETWORK, AT: o.deployedAt }, { by: o.deployedBy });
}

/** The live container, the versions kept for rollback, the lock holder and the proxy route. */
export function statusStep(service: string, keep: number): RemoteStep {
  return step('status', service, { KEEP: Math.max(1, Math.floor(keep)) });
}

/**
 * The service's logs on a host: since, the last `tail` lines, those holding `grep`. With follow,
 * new lines stream (line=, with alive= every second) until the session closes or the container stops.
 */
/**
 * exec: ARGS once with the live release (steps/exec.sh): a new container of the live image with
 * the live container's env, network, volumes and user (in new), or docker exec (in live).
 */
export function containerExecStep(service: string, o: ExecRequest, run: ExecRun): RemoteStep {
  return step('exec', service, {
    MODE: o.in, ARGS: o.args, EXEC_TIMEOUT: Math.floor(o.timeoutSeconds), LOCKED: run.locked ? 1 : '', RUN_ID: run.runId, MAX_LINES: EXEC_MAX_LINES,
  });
}

export function logsStep(service: string, o: { since: string; tail: number; grep: string; follow?: boolean }): RemoteStep {
  return step('logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep, FOLLOW: o.follow ? 1 : 0 });
}
