import { HostConnection } from '../connection/host-connection';
import { RemoteStep, StepOutput, parseStepOutput } from './render';

/** A failed step on a host, as one line. */
export class StepFailure extends Error {
  /** unsent: the step never reached the host (its connection was already gone): nothing of it ran there. */
  constructor(readonly step: string, readonly code: number | null, message: string, readonly out?: StepOutput, readonly unsent = false) {
    super(message);
    this.name = 'StepFailure';
  }
}

/** What one step did on a host: its exit code (null when the connection was lost or it timed out) and its key=value lines. */
export interface StepResult {
  readonly name: string;
  readonly code: number | null;
  readonly out: StepOutput;
  readonly stderr: string;
  readonly lost?: string;
  /** The step never reached the host: nothing of it ran there. */
  readonly unsent?: boolean;
}

/** Runs a step's script on a connection and parses what it printed; never throws for a failed step. */
export async function execStep(conn: HostConnection, s: RemoteStep, timeoutSeconds: number, debug: (m: string) => void = () => undefined): Promise<StepResult> {
  const t0 = Date.now();
  const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds });
  debug(`${s.name}: exit ${r.code ?? 'none'} after ${Date.now() - t0} ms`);
  if (r.stderr.trim()) debug(`${s.name} stderr: ${r.stderr.trim()}`);
  return { name: s.name, code: r.code, out: parseStepOutput(r.stdout), stderr: r.stderr, lost: r.lost, ...(r.unsent ? { unsent: true } : {}) };
}

/** Why a step failed, in one line: the lost connection, the script's error= line, its last stderr line, or its exit code. */
export function failureOf(r: StepResult): StepFailure {
  const why = r.lost ?? r.out.values.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`);
  return new StepFailure(r.name, r.code, `${r.name}: ${why}`, r.out, r.unsent === true);
}

/** Runs a step that must succeed: a non-zero exit (or none) becomes a StepFailure. */
export async function runStep(conn: HostConnection, s: RemoteStep, timeoutSeconds: number, debug?: (m: string) => void): Promise<StepOutput> {
  const r = await execStep(conn, s, timeoutSeconds, debug);
  if (r.code === 0) return r.out;
  throw failureOf(r);
}
