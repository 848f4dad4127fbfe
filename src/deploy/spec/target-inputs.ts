/**
 * Which deploy inputs belong to which deploy_target. An input listed here means something only for
 * the targets that list it: set (to anything but its default) for another target, it is refused
 * with one line before any host is contacted. Inputs not listed here serve every target.
 * A new target adds its name to DEPLOY_TARGETS (and the schema's options) and its own inputs here.
 */
import { INPUTS, InputName, Inputs } from '../../schema';
import { inputError } from '../../errors';

export const DEPLOY_TARGETS = INPUTS.deploy_target.options;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

export const TARGET_INPUTS: Readonly<Record<DeployTarget, readonly InputName[]>> = {
  container: ['deploy_image', 'container_name', 'ports', 'volumes', 'network', 'restart', 'memory', 'cpus', 'log_max_size', 'log_max_files', 'args', 'stop_timeout', 'user', 'read_only', 'tmpfs', 'keep_images', 'health_cmd', 'health_url',
    'proxy_port', 'app_port', 'proxy_image', 'proxy_host', 'proxy_tls', 'health_path', 'drain_timeout', 'pre_switch_cmd', 'rollback_to', 'maintenance_message', 'exec_in'],
  binary: ['binary_root', 'restart_cmd', 'process_manager', 'install_unit', 'supervisor_conf', 'logs_cmd', 'keep_releases', 'binary_args', 'health_cmd', 'health_url', 'rollback_to'],
  swarm: ['deploy_image', 'container_name', 'ports', 'volumes', 'network', 'restart', 'memory', 'cpus', 'log_max_size', 'log_max_files', 'args', 'stop_timeout', 'user', 'read_only', 'tmpfs', 'replicas', 'swarm_mode', 'publish_mode', 'keep_images', 'rollback_to'],
};

/**
 * Values of an input that only some of the targets that read the input take (each target refuses
 * the others in one line, in its spec); listed in the reference's targets table.
 */
export const TARGET_VALUES: ReadonlyArray<{ readonly input: InputName; readonly value: string; readonly targets: readonly DeployTarget[] }> = [
  { input: 'deploy_image', value: 'oci:DIR', targets: ['container'] },
];

/** The targets an input is meant for; every target when it is not target-specific. */
export function targetsOf(name: InputName): DeployTarget[] {
  const of = DEPLOY_TARGETS.filter((t) => TARGET_INPUTS[t].includes(name));
  return of.length > 0 ? of : [...DEPLOY_TARGETS];
}

function isSet(inputs: Inputs, name: InputName): boolean {
  const v = inputs[name];
  const d = INPUTS[name].default;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'string') return v.trim() !== d;
  return String(v) !== d;
}

/** What to use instead, when a target refuses an input that users reach for. */
const INSTEAD: Partial<Record<DeployTarget, Partial<Record<InputName, string>>>> = {
  swarm: {
    health_cmd: "a HEALTHCHECK in the image (Swarm runs it in every task; a scratch image needs a binary that checks itself, see docs/swarm.md#health), or deploy_target container",
    health_url: "a HEALTHCHECK in the image (Swarm runs it in every task; a scratch image needs a binary that checks itself, see docs/swarm.md#health), or deploy_target container",
  },
};

/** Refuses, in one line, the first input set that means nothing for the target. */
export function refuseForeignInputs(inputs: Inputs, target: DeployTarget): void {
  for (const name of Object.keys(INPUTS) as InputName[]) {
    if (!targetsOf(name).includes(target) && isSet(inputs, name)) {
      const hint = INSTEAD[target]?.[name];
      if (hint) throw inputError(name, `is a host-side check and means nothing for deploy_target ${target}`, hint);
      throw inputError(name, `means nothing for deploy_target ${target}`, `empty, or deploy_target ${targetsOf(name).join(' or ')}`);
    }
  }
}
