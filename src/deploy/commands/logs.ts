/** logs: every host's recent log lines, or (logs_follow) its new lines as they come. */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';
import { HostTarget } from '../spec/host-list';
import { logsStep } from '../targets/container/container-steps';
import { targetOf } from '../targets/index';
import { HostAnswer, LogsRequest } from '../targets/target';
import { askFleet, failures, fleet, readSpec } from './fleet-query';

export { prefixLogs } from '../targets/fleet-logs';

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
  // Every host streams at once (a follow lasts as long as it is watched): no ssh_max_connections here.
  const answers = await Promise.all(hosts.map(follow)).finally(() => connect.close?.());
  if (stop.aborted) reporter.info(`stopped following ${service} on ${hosts.length} host(s)`);
  return failures(answers, reporter);
}
