import { RemoteStep, step } from '../../steps/render';
import { PROXY_NETWORK } from './container-steps';

/**
 * pre_switch_cmd: `docker run --rm IMAGE ARGS` of the new image on this host, with the deploy's env
 * (a 0600 file removed at once) and network, before anything is switched (steps/pre-switch.sh).
 */
export function preSwitchStep(service: string, o: { ref: string; args: readonly string[]; env: ReadonlyArray<readonly [string, string]>; network: string; proxy: boolean; timeoutSeconds: number }): RemoteStep {
  const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
  return step('pre-switch', service, {
    REF: o.ref, NET: o.proxy ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.proxy ? 1 : 0, ARGS: o.args, HOOK_TIMEOUT: Math.floor(o.timeoutSeconds),
  }, { secrets: [envText] });
}
