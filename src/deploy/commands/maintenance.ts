/** maintenance and live: the proxy answers the service's names with 503, or serves it again. */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { inputError } from '../../errors';
import { DeploySpec, ProxySpec } from '../spec/deploy-spec';
import { maintenanceStep } from '../targets/container/proxy/proxy-steps';
import { maintenanceRouteLine, routeFileName } from '../targets/container/proxy/proxy-config';
import { askFleet, failures } from './fleet-query';

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
  const { service, answers } = await askFleet(inputs, reporter, env, (s, by, spec) => {
    const proxy = proxyOf(spec);
    return maintenanceStep(s, {
      on, port: proxy.port, hosts: proxy.hosts, routeFile: routeFileName(s, proxy.hosts), maintenanceRoute: maintenanceRouteLine(s, proxy.hosts, message),
      drainSeconds: proxy.drainTimeout, by,
    });
  });
  for (const a of answers) {
    if (a.error !== undefined) continue;
    if (on) reporter.info(`${a.host}: ${service} is in maintenance: the proxy answers 503 "${message}"`);
    else reporter.info(`${a.host}: ${a.out?.values.changed === '0' ? `${service} was not in maintenance` : `${service} is live again`}`);
  }
  return failures(answers, reporter);
}
