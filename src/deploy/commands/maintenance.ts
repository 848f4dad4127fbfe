/** maintenance and live: the proxy answers the service's names with 503, or serves it again. */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { inputError } from '../../errors';
import { DeploySpec, ProxySpec } from '../spec/deploy-spec';
import { maintenanceStep } from '../targets/container/proxy/proxy-steps';
import { maintenanceRouteLine, routeFileName } from '../targets/container/proxy/proxy-config';
import { askFleet, failures } from './fleet-query';
import { HostAnswer } from '../targets/target';
import { EXIT } from '../../exit-codes';
import { Cancellation, cancelOnSignals } from '../rollout/cancellation';

/** The proxy of a container spec in proxy mode (maintenance checks the inputs for it first). */
function proxyOf(spec: DeploySpec): ProxySpec {
  if (spec.target !== 'container' || !spec.proxy) throw new Error('maintenance: not a container spec in proxy mode');
  return spec.proxy;
}

/**
 * maintenance (on) and live (off), proxy mode: every host's proxy answers the service's names with
 * 503 and maintenance_message, or serves the service again. Deploys and rollbacks meanwhile switch
 * the route kept aside, so the service stays in maintenance until live.
 */
export async function maintenance(inputs: Inputs, reporter: Reporter, on: boolean, env: NodeJS.ProcessEnv): Promise<number> {
  const command = on ? 'maintenance' : 'live';
  if (inputs.deploy_target !== 'container') {
    throw inputError('deploy_target', `'${inputs.deploy_target}' has no proxy to answer for the service`, `container with proxy_port: ${command} changes the service's route on the proxy`);
  }
  if (!inputs.proxy_port.trim()) throw inputError('proxy_port', 'is empty', `the proxy_port the service is deployed with: ${command} changes its route on the proxy`);
  const message = inputs.maintenance_message.trim();
  if (!message || /[\r\n]/.test(message) || message.length > 1000) {
    throw inputError('maintenance_message', !message ? 'is empty' : /[\r\n]/.test(message) ? 'holds a line break' : 'is longer than 1000 characters', 'one line of text, up to 1000 characters');
  }
  const step = (mode: boolean) => (s: string, by: string, spec: DeploySpec) => {
    const proxy = proxyOf(spec);
    return maintenanceStep(s, {
      on: mode, port: proxy.port, hosts: proxy.hosts, routeFile: routeFileName(s, proxy.hosts), maintenanceRoute: maintenanceRouteLine(s, proxy.hosts, message),
      drainSeconds: proxy.drainTimeout, by,
    });
  };
  // SIGINT/SIGTERM: no host whose turn has not come is asked, and every host this command turned
  // is turned back, so the fleet stays as it was when the command began (exit 5).
  const cancel = new Cancellation();
  const watch = cancelOnSignals(cancel, { say: (line) => reporter.warn(line) });
  try {
    const { service, answers } = await askFleet(inputs, reporter, env, step(on), 60, { cancel });
    for (const a of answers) {
      if (a.error !== undefined || a.skipped) continue;
      if (on) reporter.info(`${a.host}: ${service} is in maintenance: the proxy answers 503 "${message}"`);
      else reporter.info(`${a.host}: ${a.out?.values.changed === '0' ? `${service} was not in maintenance` : `${service} is live again`}`);
    }
    if (!cancel.cancelled) return failures(answers, reporter);
    const back = async (only: ReadonlySet<string>) => (await askFleet(inputs, reporter, env, step(!on), 60, { only })).answers;
    return await undoCancelled({ reporter, command, service, answers, why: cancel.reason ?? 'a signal', back, on });
  } finally {
    watch.dispose();
  }
}

/** After a cancel: the hosts this command turned are turned back; one line says what the fleet is. */
export async function undoCancelled(o: {
  reporter: Reporter; command: string; service: string; answers: readonly HostAnswer[]; why: string; on: boolean;
  /** Runs the opposite step on these hosts (by label). */
  back: (only: ReadonlySet<string>) => Promise<HostAnswer[]>;
}): Promise<number> {
  const was = o.on ? 'off' : 'on';
  const turned = o.answers.filter((a) => a.error === undefined && !a.skipped && a.out?.values.was === was).map((a) => a.host);
  const unknown = o.answers.filter((a) => a.error !== undefined && !a.skipped).map((a) => a.host);
  const skipped = o.answers.filter((a) => a.skipped).length;
  const undone = turned.length ? await o.back(new Set(turned)) : [];
  const stuck = [...undone.filter((a) => a.error !== undefined).map((a) => `${a.host} (${a.error})`), ...unknown];
  if (stuck.length) {
    o.reporter.warn(`${o.service}: ${o.command} cancelled (${o.why}): not every host is as it was; these may be left changed: ${stuck.join(', ')}`);
    return EXIT.mixed;
  }
  o.reporter.warn(`${o.service}: ${o.command} cancelled (${o.why}): every host is as it was when the command began (${turned.length} turned back ${o.on ? 'to live' : 'to maintenance'}, ${skipped} never asked)`);
  return EXIT.cancelled;
}
