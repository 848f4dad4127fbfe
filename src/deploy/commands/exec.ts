/**
 * exec: runs exec_cmd once on every host of the service with its live release (a new container of
 * the live image, or inside the live container; the binary target's live release folder), its
 * output prefixed with the host, each host's exit code in the report and the output exec.
 * Audited on each host; the deploy lock only with exec_lock.
 */
import { randomBytes } from 'crypto';
import { hostname } from 'os';
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { EXIT } from '../../exit-codes';
import { errorMessage, inputError } from '../../errors';
import { splitArgs } from '../spec/shell-words';
import { HostTarget } from '../spec/host-list';
import { DeploySpec } from '../spec/deploy-spec';
import { Connector } from '../connection/connector';
import { ExecResult } from '../connection/host-connection';
import { Gate } from '../connection/gate';
import { HostLock, pidAlive } from '../rollout/host-lock';
import { Clock, systemClock } from '../rollout/clock';
import { STEP_TIMEOUTS } from '../rollout/target-run';
import { STEP_EXIT, RemoteStep, listValues, parseStepOutput } from '../steps/render';
import { targetOf } from '../targets/index';
import { ExecRequest, ExecRun } from '../targets/target';
import { fleet, readSpec } from './fleet-query';

/** Seconds beyond exec_timeout the runner waits for a host's answer (its cleanup, the output). */
const EXEC_GRACE_SECONDS = 60;

/** The exec command's request from its inputs; a bad value is refused in one line naming the input. Pure. */
export function execRequest(inputs: Pick<Inputs, 'exec_cmd' | 'exec_in' | 'exec_lock' | 'exec_timeout'>): ExecRequest {
  const text = inputs.exec_cmd;
  const expected = "one line: a command such as api migrate --up or sh -c 'echo $DATABASE_URL'";
  if (/[\r\n]/.test(text)) throw inputError('exec_cmd', 'holds a line break', expected);
  const args = splitArgs('exec_cmd', text);
  if (args.length === 0) throw inputError('exec_cmd', 'is empty', expected);
  if (args.some((a) => a.includes('\0'))) throw inputError('exec_cmd', 'holds a NUL character', expected);
  if (inputs.exec_in !== 'new' && inputs.exec_in !== 'live') throw inputError('exec_in', `is '${inputs.exec_in}'`, 'new or live');
  return { args, in: inputs.exec_in, lock: inputs.exec_lock, timeoutSeconds: inputs.exec_timeout };
}

/** One host's outcome. */
export interface ExecHostResult {
  readonly host: string;
  /** ran: the command ran (exitCode is its code); not-running: the service does not run there; failed: no code (unreachable, lock, docker). */
  readonly state: 'ran' | 'not-running' | 'failed';
  readonly exitCode?: number;
  readonly error?: string;
  /** The command's output lines (the last ones, when `dropped` were left out). */
  readonly lines: readonly string[];
  readonly dropped?: number;
  /** exec_in new: the run's container was still there after the step tried to remove it. */
  readonly left?: string;
}

/** A host's exec step result as its outcome. Pure. */
export function execHostResult(host: string, r: ExecResult): ExecHostResult {
  const out = parseStepOutput(r.stdout);
  const v = out.values;
  const lines = listValues(out, 'line');
  const dropped = v.dropped ? Number(v.dropped) : undefined;
  const left = v.left || undefined;
  if (r.code === 0 && v.exit !== undefined && /^[0-9]+$/.test(v.exit)) return { host, state: 'ran', exitCode: Number(v.exit), lines, dropped, left };
  const error = r.lost ?? v.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`);
  if (r.code === STEP_EXIT.nothingToSwitch) return { host, state: 'not-running', error, lines };
  return { host, state: 'failed', error, lines, left };
}

/** How the report says one host's outcome. Pure. */
export function describeExecResult(r: ExecHostResult): string {
  if (r.state === 'ran') return `${r.host}: exit code ${r.exitCode}${r.exitCode === 124 ? ' (stopped by exec_timeout)' : ''}`;
  if (r.state === 'not-running') return `${r.host}: the service does not run here (${r.error})`;
  return `${r.host}: did not run (${r.error})`;
}

/** The command's exit code: 0 when the command ran and exited 0 on every host, else EXIT.execFailed. Pure. */
export function execExitCode(results: readonly ExecHostResult[]): number {
  return results.length > 0 && results.every((r) => r.state === 'ran' && r.exitCode === 0) ? EXIT.ok : EXIT.execFailed;
}

/** The output exec (JSON). Pure. */
export function execJson(service: string, results: readonly ExecHostResult[]): unknown {
  return {
    service,
    hosts: results.map((r) => ({ host: r.host, state: r.state, exit_code: r.exitCode ?? null, ...(r.error ? { error: r.error } : {}), ...(r.dropped ? { dropped_lines: r.dropped } : {}) })),
  };
}

/** What runExec needs: the hosts, how to reach them, the step, who runs it; a clock and liveness check for the lock. */
export interface ExecPlan {
  readonly service: string;
  readonly hosts: readonly HostTarget[];
  readonly connect: Connector;
  readonly request: ExecRequest;
  readonly step: (run: ExecRun) => RemoteStep;
  readonly actor: { by: string; runner: string; pid: number };
  readonly lockTimeoutSeconds: number;
  readonly maxConnections: number;
  readonly clock?: Clock;
  readonly isAlive?: (pid: number) => boolean;
  readonly runId?: string;
}

/**
 * Runs the step on every host (ssh_max_connections at once), with the lock around it when asked;
 * each host's output is printed when it finishes, every line prefixed with the host. A host that
 * fails (unreachable, locked, the service not there) does not stop the others.
 */
export async function runExec(plan: ExecPlan, reporter: Reporter): Promise<ExecHostResult[]> {
  const runId = plan.runId ?? randomBytes(4).toString('hex');
  const one = async (t: HostTarget): Promise<ExecHostResult> => {
    let conn;
    let lock: HostLock | undefined;
    try {
      conn = (await plan.connect(t)).connection;
      if (plan.request.lock) {
        lock = new HostLock(conn, {
          service: plan.service,
          owner: { token: randomBytes(8).toString('hex'), ...plan.actor },
          waitSeconds: plan.lockTimeoutSeconds,
          limits: { attempt: STEP_TIMEOUTS.lockAttempt, retry: STEP_TIMEOUTS.lockRetry, stale: STEP_TIMEOUTS.lockStale, heartbeat: STEP_TIMEOUTS.heartbeat, release: STEP_TIMEOUTS.release },
          clock: plan.clock ?? systemClock,
          isAlive: plan.isAlive ?? pidAlive,
          say: (m) => reporter.info(`${t.label}: ${m}`),
          note: (m) => reporter.info(`${t.label}: ${m}`),
          warn: (m) => reporter.warn(`${t.label}: ${m}`),
        });
        await lock.take();
      }
      const s = plan.step({ locked: lock !== undefined, runId });
      const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: plan.request.timeoutSeconds + EXEC_GRACE_SECONDS });
      return execHostResult(t.label, r);
    } catch (err) {
      return { host: t.label, state: 'failed', error: errorMessage(err), lines: [] };
    } finally {
      await lock?.release().catch(() => undefined);
      await conn?.close().catch(() => undefined);
    }
  };
  const gate = new Gate(plan.maxConnections);
  const results = await Promise.all(plan.hosts.map((t) => gate.run(async () => {
    const r = await one(t);
    if (r.dropped) reporter.info(`${r.host} | ... (${r.dropped} earlier lines left out)`);
    for (const l of r.lines) reporter.info(`${r.host} | ${l}`);
    return r;
  })));
  return results;
}

/** Prints one line per host, warns for each host that failed, and gives the exit code. */
export function reportExec(service: string, results: readonly ExecHostResult[], reporter: Reporter): number {
  for (const r of results) {
    if (r.state === 'ran' && r.exitCode === 0) reporter.info(describeExecResult(r));
    else reporter.warn(describeExecResult(r));
    if (r.left) reporter.warn(`${r.host}: the container ${r.left} could not be removed (docker rm -f ${r.left} removes it)`);
  }
  const ran = results.filter((r) => r.state === 'ran').length;
  const ok = results.filter((r) => r.state === 'ran' && r.exitCode === 0).length;
  reporter.info(`${service}: exec ran on ${ran} of ${results.length} host(s), exit code 0 on ${ok}`);
  reporter.setOutput('exec', JSON.stringify(execJson(service, results)));
  return execExitCode(results);
}

export async function exec(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const request = execRequest(inputs);
  const target = targetOf(readSpec(inputs).target);
  target.exec.check(request, readSpec(inputs));
  const { service, spec, hosts, connect, by } = await fleet(inputs, reporter, env);
  try {
    const results = await runExec({
      service, hosts, connect, request, step: (run) => target.exec.step(spec as DeploySpec, request, run),
      actor: { by, runner: hostname(), pid: process.pid }, lockTimeoutSeconds: spec.lockTimeout, maxConnections: spec.maxConnections,
    }, reporter);
    return reportExec(service, results, reporter);
  } finally {
    await connect.close?.();
  }
}
