import { hostname, userInfo } from 'os';
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { EXIT } from '../../exit-codes';
import { errorMessage, inputError } from '../../errors';
import { secretValues } from '../../inputs';
import { DeploySpec, deploySpec } from '../spec/deploy-spec';
import { describeActor } from '../rollout/deploy-actor';
import { clientKey } from './deploy-command';
import { Connector, connector } from '../connection/connector';
import { STEP_TIMEOUTS } from '../rollout/target-run';
import { HostTarget } from '../spec/host-list';
import { RemoteStep, listValues, parseStepOutput } from '../steps/render';
import { auditReadStep, forceUnlockStep } from '../steps/fleet-steps';
import { logsStep } from '../targets/container/container-steps';
import { maintenanceStep } from '../targets/container/proxy/proxy-steps';
import { maintenanceRouteLine, routeFileName } from '../targets/container/proxy/proxy-config';
import { targetOf } from '../targets/index';
import { HostAnswer, LogsRequest } from '../targets/target';

export type { HostAnswer } from '../targets/target';
export { prefixLogs } from '../targets/fleet-logs';

/** The spec of a fleet command: hosts, service and target settings, without a deploy's env. */
function readSpec(inputs: Inputs): DeploySpec {
  return deploySpec({ ...inputs, deploy_image: inputs.deploy_image, env: [] }, {}, 'read');
}

/** The fleet a day-two command talks to: its hosts, how to reach them, the service, who asks. */
async function fleet(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<{ service: string; spec: DeploySpec; hosts: readonly HostTarget[]; connect: Connector; by: string }> {
  for (const s of secretValues(inputs)) reporter.mask(s);
  const spec = readSpec(inputs);
  const key = await clientKey(spec, inputs);
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry: the actor falls back to the environment
  }
  return { service: spec.container.name, spec, hosts: spec.hosts, connect: connector(spec, key, reporter, env), by: describeActor(env, hostname(), user) };
}

/** Runs one step on every host at once; a host that cannot be reached is named, not fatal. */
async function askFleet(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv, render: (service: string, by: string, spec: DeploySpec) => RemoteStep, seconds = 60): Promise<{ service: string; answers: HostAnswer[] }> {
  const { service, spec, hosts, connect, by } = await fleet(inputs, reporter, env);
  const ask = async (t: HostTarget): Promise<HostAnswer> => {
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
  return { service, answers: await Promise.all(hosts.map(ask)) };
}

function failures(answers: readonly HostAnswer[], reporter: Reporter): number {
  const bad = answers.filter((a) => a.error !== undefined);
  for (const a of bad) reporter.warn(`${a.host}: ${a.error}`);
  return bad.length === 0 ? EXIT.ok : EXIT.failed;
}

export async function status(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const target = targetOf(readSpec(inputs).target);
  const { service, answers } = await askFleet(inputs, reporter, env, (_s, _by, spec) => target.status.step(spec, inputs.keep_images));
  const { text, json } = target.status.render(service, answers);
  reporter.info(text);
  reporter.setOutput('status', JSON.stringify(json));
  return failures(answers, reporter);
}

/** The last audit entries of every host, merged by time, each prefixed with its host. Pure. */
export function mergeAudit(answers: readonly HostAnswer[]): string[] {
  const all: Array<[string, string]> = [];
  for (const a of answers) for (const e of listValues(a.out ?? parseStepOutput(''), 'entry')) all.push([e, a.host]);
  return all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([e, h]) => `${h} ${e}`);
}

export async function audit(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const { answers } = await askFleet(inputs, reporter, env, (s) => auditReadStep(s, inputs.audit_lines));
  const lines = mergeAudit(answers);
  reporter.info(lines.length > 0 ? lines.join('\n') : 'no audit entries');
  return failures(answers, reporter);
}

/** The logs command's request, from its inputs. */
function logsRequest(inputs: Inputs): LogsRequest {
  return { since: inputs.logs_since.trim(), tail: inputs.logs_tail, grep: inputs.logs_grep, follow: inputs.logs_follow, cmd: inputs.logs_cmd.trim() };
}

export async function logs(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const o = logsRequest(inputs);
  const spec = readSpec(inputs);
  const target = targetOf(spec.target);
  target.logs.check(o, spec);
  if (o.follow) {
    const stop = stopOnSignals();
    try {
      return await followLogs(inputs, reporter, stop.signal, env);
    } finally {
      stop.dispose();
    }
  }
  const { answers } = await askFleet(inputs, reporter, env, (_s, _by, spec) => target.logs.step(spec, o));
  for (const l of target.logs.lines(answers)) reporter.info(l);
  return failures(answers, reporter);
}

/**
 * Aborted by the first SIGINT or SIGTERM. The listeners go then (and with dispose): a second
 * Ctrl-C ends the process the usual way.
 */
export function stopOnSignals(): { signal: AbortSignal; dispose(): void } {
  const ac = new AbortController();
  const dispose = () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  };
  function on(): void {
    dispose();
    ac.abort();
  }
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return { signal: ac.signal, dispose };
}

/**
 * Splits a host's streamed step output into lines: `line=` lines are handed on, the last
 * `error=` is kept, `alive=` heartbeats are dropped. Pure but for the callback.
 */
export class FollowedLines {
  private rest = '';
  error?: string;

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    const parts = (this.rest + chunk).split('\n');
    this.rest = parts.pop() ?? '';
    for (const p of parts) this.take(p.replace(/\r$/, ''));
  }

  end(): void {
    if (this.rest) this.take(this.rest);
    this.rest = '';
  }

  private take(l: string): void {
    if (l.startsWith('line=')) this.onLine(l.slice(5));
    else if (l.startsWith('error=')) this.error = l.slice(6);
  }
}

/**
 * logs_follow: every host's new lines as they come, prefixed with the host, until `stop` (Ctrl-C)
 * or every host's stream has ended. Stopping closes each session; the host-side step then stops
 * its docker logs. 0 when every host streamed (stopped or ended), 1 when a host could not.
 */
export async function followLogs(inputs: Inputs, reporter: Reporter, stop: AbortSignal, env: NodeJS.ProcessEnv): Promise<number> {
  const { service, hosts, connect } = await fleet(inputs, reporter, env);
  const follow = async (t: HostTarget): Promise<HostAnswer> => {
    let conn;
    try {
      conn = (await connect(t)).connection;
      if (stop.aborted) return { host: t.label };
      const lines = new FollowedLines((l) => reporter.info(`${t.label} | ${l}`));
      const s = logsStep(service, { since: inputs.logs_since.trim(), tail: inputs.logs_tail, grep: inputs.logs_grep, follow: true });
      const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 0, onStdout: (c) => lines.push(c), stop });
      lines.end();
      if (stop.aborted) return { host: t.label };
      if (r.code !== 0) return { host: t.label, error: lines.error ?? r.lost ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`) };
      reporter.info(`${t.label}: the log stream ended (${service} stopped)`);
      return { host: t.label };
    } catch (err) {
      return { host: t.label, error: errorMessage(err) };
    } finally {
      await conn?.close().catch(() => undefined);
    }
  };
  const answers = await Promise.all(hosts.map(follow));
  if (stop.aborted) reporter.info(`stopped following ${service} on ${hosts.length} host(s)`);
  return failures(answers, reporter);
}

export async function unlock(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const { service, answers } = await askFleet(inputs, reporter, env, (s, by) => forceUnlockStep(s, by, inputs.force, STEP_TIMEOUTS.lockStale));
  for (const a of answers) {
    if (a.error !== undefined) continue;
    const u = a.out?.values.unlocked;
    reporter.info(`${a.host}: ${u === 'none' ? `${service} was not locked` : `released the lock on ${service} held by ${u}`}`);
  }
  return failures(answers, reporter);
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
  const { service, answers } = await askFleet(inputs, reporter, env, (s, by, spec) => maintenanceStep(s, {
    on, port: spec.proxy!.port, hosts: spec.proxy!.hosts, routeFile: routeFileName(s, spec.proxy!.hosts), maintenanceRoute: maintenanceRouteLine(s, spec.proxy!.hosts, message),
    drainSeconds: spec.proxy!.drainTimeout, by,
  }));
  for (const a of answers) {
    if (a.error !== undefined) continue;
    if (on) reporter.info(`${a.host}: ${service} is in maintenance: the proxy answers 503 "${message}"`);
    else reporter.info(`${a.host}: ${a.out?.values.changed === '0' ? `${service} was not in maintenance` : `${service} is live again`}`);
  }
  return failures(answers, reporter);
}
