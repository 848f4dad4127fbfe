import { hostname, userInfo } from 'os';
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { EXIT } from '../../exit-codes';
import { errorMessage, inputError } from '../../errors';
import { shortDigest } from '../../image-ref';
import { secretValues } from '../../inputs';
import { DeploySpec, deploySpec } from '../spec/deploy-spec';
import { describeActor } from '../rollout/deploy-actor';
import { clientKey } from './deploy-command';
import { connector } from '../rollout/rollout';
import { LIMITS } from '../rollout/target-run';
import { HostTarget } from '../spec/host-list';
import { RemoteStep, StepOutput, listValues, parseStepOutput } from '../steps/render';
import { auditStep, logsStep, statusStep, unlockStep } from '../steps/fleet-steps';
import { maintenanceStep } from '../targets/container/proxy/proxy-steps';
import { maintenanceRouteLine, routeFileName } from '../targets/container/proxy/proxy-config';
import { swarmLogsStep, swarmStatusStep } from '../targets/swarm/swarm-steps';
import { renderSwarmStatus, swarmStatus } from '../targets/swarm/swarm-status';
import { describeLock, lockHolder, renderTable } from './text-table';
import { binaryLogsStep, binaryStatusStep } from '../targets/binary/binary-steps';
import { binaryHostStatus, renderBinaryStatus } from '../targets/binary/binary-status';
import { derivedLogsCmd } from '../targets/binary/binary-spec';

/** One host's answer to a day-two step, or why there is none. */
export interface HostAnswer {
  readonly host: string;
  readonly out?: StepOutput;
  readonly error?: string;
}

/** The fleet a day-two command talks to: its hosts, how to reach them, the service, who asks. */
async function fleet(inputs: Inputs, reporter: Reporter): Promise<{ service: string; spec: DeploySpec; hosts: readonly HostTarget[]; connect: ReturnType<typeof connector>; by: string }> {
  for (const s of secretValues(inputs)) reporter.mask(s);
  const spec = deploySpec({ ...inputs, deploy_image: inputs.deploy_image, env: [] }, {}, 'read');
  const key = await clientKey(spec, inputs);
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry: the actor falls back to the environment
  }
  return { service: spec.container.name, spec, hosts: spec.hosts, connect: connector(spec, key, reporter), by: describeActor(process.env, hostname(), user) };
}

/** Runs one step on every host at once; a host that cannot be reached is named, not fatal. */
async function askFleet(inputs: Inputs, reporter: Reporter, render: (service: string, by: string, spec: DeploySpec) => RemoteStep, seconds = 60): Promise<{ service: string; answers: HostAnswer[] }> {
  const { service, spec, hosts, connect, by } = await fleet(inputs, reporter);
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

export interface HostStatus {
  host: string;
  error?: string;
  live?: { digest: string; version: string; revision: string; state: string; health: string; startedAt: string; deployedAt: string; deployedBy: string };
  /** Rollback candidates, newest first: digests still on the host. */
  kept: string[];
  lock?: { by: string; runner: string; since: string; ageSeconds: number };
  proxy?: { port: string; dial: string; maintenance?: boolean };
}

/** Turns a status step's lines into one host's status. Pure. */
export function hostStatus(a: HostAnswer): HostStatus {
  const v = a.out?.values ?? {};
  const st: HostStatus = { host: a.host, kept: [] };
  if (a.error !== undefined) st.error = a.error;
  if (v.live_digest !== undefined) {
    st.live = {
      digest: v.live_digest, version: v.live_version ?? '', revision: v.live_revision ?? '', state: v.live_state ?? '',
      health: v.live_health ?? '', startedAt: v.live_started_at ?? '', deployedAt: v.live_deployed_at ?? '', deployedBy: v.live_deployed_by ?? '',
    };
  }
  const candidates = [...listValues(a.out ?? parseStepOutput(''), 'kept'), ...listValues(a.out ?? parseStepOutput(''), 'recorded')]
    .map((l) => l.split(' ')[0]).filter((d) => d && d !== st.live?.digest);
  st.kept = [...new Set(candidates)];
  const lock = lockHolder(v);
  if (lock) st.lock = lock;
  if (v.proxy_dial) st.proxy = { port: v.proxy_port ?? '', dial: v.proxy_dial, ...(v.proxy_maintenance === '1' ? { maintenance: true } : {}) };
  return st;
}

/** The status table as text. Pure. */
export function renderStatus(service: string, hosts: readonly HostStatus[]): string {
  const head = ['host', 'live', 'revision', 'state', 'health', 'started', 'kept (rollback candidates)', 'lock'];
  const rows = hosts.map((h) => h.error !== undefined && !h.live
    ? [h.host, 'no answer', '', '', '', '', '', '']
    : [
      h.host,
      h.live ? shortDigest(h.live.digest) : 'nothing',
      h.live?.revision || '-',
      `${h.live?.state || '-'}${h.proxy?.maintenance ? ' (maintenance)' : ''}`,
      h.live?.health || '-',
      h.live?.startedAt.replace(/\.\d+Z$/, 'Z') || '-',
      h.kept.map(shortDigest).join(', ') || '-',
      describeLock(h.lock),
    ]);
  const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
  return [`${service}:`, ...renderTable(head, rows), ...errors].join('\n');
}

export async function status(inputs: Inputs, reporter: Reporter): Promise<number> {
  if (inputs.deploy_target === 'swarm') {
    // One manager: the service, its update state, its tasks per node, its recorded history.
    const { service, answers } = await askFleet(inputs, reporter, (s) => swarmStatusStep(s));
    const st = swarmStatus(service, answers[0].host, answers[0].out, answers[0].error);
    reporter.info(renderSwarmStatus(service, st));
    reporter.setOutput('status', JSON.stringify({ service, ...st }));
    return failures(answers, reporter);
  }
  if (inputs.deploy_target === 'binary') {
    const { service, answers } = await askFleet(inputs, reporter, (_s, _by, spec) => binaryStatusStep(spec.binary!));
    const hosts = answers.map(binaryHostStatus);
    reporter.info(renderBinaryStatus(service, hosts));
    reporter.setOutput('status', JSON.stringify({ service, target: 'binary', hosts }));
    return failures(answers, reporter);
  }
  const { service, answers } = await askFleet(inputs, reporter, (s) => statusStep(s, inputs.keep_images));
  const hosts = answers.map(hostStatus);
  reporter.info(renderStatus(service, hosts));
  reporter.setOutput('status', JSON.stringify({ service, hosts }));
  return failures(answers, reporter);
}

/** The last audit entries of every host, merged by time, each prefixed with its host. Pure. */
export function mergeAudit(answers: readonly HostAnswer[]): string[] {
  const all: Array<[string, string]> = [];
  for (const a of answers) for (const e of listValues(a.out ?? parseStepOutput(''), 'entry')) all.push([e, a.host]);
  return all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([e, h]) => `${h} ${e}`);
}

export async function audit(inputs: Inputs, reporter: Reporter): Promise<number> {
  const { answers } = await askFleet(inputs, reporter, (s) => auditStep(s, inputs.audit_lines));
  const lines = mergeAudit(answers);
  reporter.info(lines.length > 0 ? lines.join('\n') : 'no audit entries');
  return failures(answers, reporter);
}

/** Every host's log lines, each prefixed with its host, hosts in the order given. Pure. */
export function prefixLogs(answers: readonly HostAnswer[]): string[] {
  return answers.flatMap((a) => listValues(a.out ?? parseStepOutput(''), 'line').map((l) => `${a.host} | ${l}`));
}

/** The binary target refuses, before any host is asked: logs_since, and no way to read the log. */
function checkBinaryLogs(inputs: Inputs): void {
  if (inputs.logs_since.trim()) {
    throw inputError('logs_since', 'means nothing for deploy_target binary (the output of logs_cmd has no times gantry can read)', 'empty; put the window into logs_cmd, e.g. journalctl --user -u api --since -10m');
  }
  if (!inputs.logs_cmd.trim() && inputs.process_manager === 'none') {
    throw inputError('logs_cmd', 'is empty and process_manager is none', "the command that prints the program's log on the host, e.g. journalctl --user -u api -n 500, or process_manager supervisor or systemd-user");
  }
}

/** The binary target's logs step: logs_cmd, else what process_manager reads, about logs_tail lines. */
function binaryLogs(inputs: Inputs, spec: DeploySpec): RemoteStep {
  const b = spec.binary!;
  const logsCmd = inputs.logs_cmd.trim() || derivedLogsCmd(b.processManager, b.name, b.supervisorConf, inputs.logs_tail);
  return binaryLogsStep(b, { logsCmd, tail: inputs.logs_tail, grep: inputs.logs_grep });
}

export async function logs(inputs: Inputs, reporter: Reporter): Promise<number> {
  const o = { since: inputs.logs_since.trim(), tail: inputs.logs_tail, grep: inputs.logs_grep };
  if (inputs.deploy_target === 'swarm') {
    if (inputs.logs_follow) throw inputError('logs_follow', 'is not supported with deploy_target swarm', 'false (run docker service logs --follow on the manager)');
    // Swarm prefixes each line with its task and node (service.slot.task@node | ...).
    const { answers } = await askFleet(inputs, reporter, (s) => swarmLogsStep(s, o));
    for (const a of answers) for (const l of listValues(a.out ?? parseStepOutput(''), 'line')) reporter.info(l);
    return failures(answers, reporter);
  }
  if (inputs.deploy_target === 'binary') {
    if (inputs.logs_follow) throw inputError('logs_follow', 'is not supported with deploy_target binary', 'false (follow the log on the host with logs_cmd\'s own follow option)');
    checkBinaryLogs(inputs);
  }
  if (inputs.logs_follow) {
    const stop = stopOnSignals();
    try {
      return await followLogs(inputs, reporter, stop.signal);
    } finally {
      stop.dispose();
    }
  }
  const { answers } = await askFleet(inputs, reporter, (s, _by, spec) => (spec.target === 'binary' ? binaryLogs(inputs, spec) : logsStep(s, o)));
  for (const l of prefixLogs(answers)) reporter.info(l);
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
export async function followLogs(inputs: Inputs, reporter: Reporter, stop: AbortSignal): Promise<number> {
  const { service, hosts, connect } = await fleet(inputs, reporter);
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

export async function unlock(inputs: Inputs, reporter: Reporter): Promise<number> {
  const { service, answers } = await askFleet(inputs, reporter, (s, by) => unlockStep(s, by, inputs.force, LIMITS.lockStale));
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
export async function maintenance(inputs: Inputs, reporter: Reporter, on: boolean): Promise<number> {
  const command = on ? 'maintenance' : 'live';
  if (inputs.deploy_target !== 'container') {
    throw inputError('deploy_target', `'${inputs.deploy_target}' has no proxy to answer for the service`, `container with proxy_port: ${command} changes the service's route on the proxy`);
  }
  if (!inputs.proxy_port.trim()) throw inputError('proxy_port', 'is empty', `the proxy_port the service is deployed with: ${command} changes its route on the proxy`);
  const message = inputs.maintenance_message.trim();
  if (!message || /[\r\n]/.test(message) || message.length > 1000) {
    throw inputError('maintenance_message', !message ? 'is empty' : /[\r\n]/.test(message) ? 'holds a line break' : 'is longer than 1000 characters', 'one line of text, up to 1000 characters');
  }
  const { service, answers } = await askFleet(inputs, reporter, (s, by, spec) => maintenanceStep(s, {
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
