/** What the fleet commands (status, logs, audit, unlock, maintenance) share: the fleet, one step asked of every host. */
import { hostname } from 'os';
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { EXIT } from '../../exit-codes';
import { errorMessage } from '../../errors';
import { secretValues } from '../../inputs';
import { DeploySpec, deploySpec } from '../spec/deploy-spec';
import { describeActor } from '../rollout/deploy-actor';
import { Connector, connector } from '../connection/connector';
import { HostTarget } from '../spec/host-list';
import { RemoteStep, parseStepOutput } from '../steps/render';
import { HostAnswer } from '../targets/target';
import { clientKey, jumpKey, localUser } from './prepare';
import { Gate } from '../connection/gate';
import { Cancellation } from '../rollout/cancellation';

export type { HostAnswer } from '../targets/target';

/** The spec of a fleet command: hosts, service and target settings, without a deploy's env. */
export function readSpec(inputs: Inputs): DeploySpec {
  return deploySpec({ ...inputs, deploy_image: inputs.deploy_image, env: [] }, {}, 'read');
}

/** The fleet a day-two command talks to: its hosts, how to reach them, the service, who asks. */
export async function fleet(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<{ service: string; spec: DeploySpec; hosts: readonly HostTarget[]; connect: Connector; by: string }> {
  for (const s of secretValues(inputs)) reporter.mask(s);
  const spec = readSpec(inputs);
  const keys = { key: await clientKey(spec, env), jumpKey: await jumpKey(spec) };
  return { service: spec.service, spec, hosts: spec.hosts, connect: connector(spec, keys, reporter, env), by: describeActor(env, hostname(), localUser()) };
}

/**
 * Runs one step on every host, ssh_max_connections hosts at once (one login to the jump hosts for
 * all); a host that cannot be reached is named, not fatal.
 */
export async function askFleet(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, render: (service: string, by: string, spec: DeploySpec) => RemoteStep, seconds = 60,
  o: { cancel?: Cancellation; only?: ReadonlySet<string> } = {}): Promise<{ service: string; answers: HostAnswer[] }> {
  const { service, spec, connect, by } = await fleet(inputs, reporter, env);
  const hosts = o.only ? spec.hosts.filter((t) => o.only!.has(t.label)) : spec.hosts;
  const ask = async (t: HostTarget): Promise<HostAnswer> => {
    // A cancelled command asks no host whose turn had not come (those asked finish their step).
    if (o.cancel?.cancelled) return { host: t.label, skipped: true };
    let conn;
    try {
      conn = (await connect(t)).connection;
      const s = render(service, by, spec);
      const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: seconds });
      const out = parseStepOutput(r.stdout);
      if (r.code !== 0) return { host: t.label, out, error: r.lost ?? out.values.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`) };
      return { host: t.label, out };
    } catch (err) {
      return { host: t.label, error: errorMessage(err) };
    } finally {
      await conn?.close().catch(() => undefined);
    }
  };
  const gate = new Gate(spec.maxConnections);
  try {
    return { service, answers: await Promise.all(hosts.map((t) => gate.run(() => ask(t)))) };
  } finally {
    await connect.close?.();
  }
}

/** Names each host that did not answer; the fleet command's exit code. */
export function failures(answers: readonly HostAnswer[], reporter: Reporter): number {
  const bad = answers.filter((a) => a.error !== undefined && !a.skipped);
  for (const a of bad) reporter.warn(`${a.host}: ${a.error}`);
  return bad.length === 0 ? EXIT.ok : EXIT.failed;
}
