/**
 * A scripted stand-in for hosts, to drive the real rollout code (runRollout, HostRun, HostLock)
 * through every path in milliseconds. Each script gantry sends is recognised by its first line,
 * `# gantry step: <name>`, and answered from the host's script: an exit code with key=value
 * stdout lines, or a lost connection. A host can also refuse the connection (ConnectError).
 */
import { Clock } from '../../../src/deploy/rollout/clock';
import { ExecOptions, ExecResult, HostConnection } from '../../../src/deploy/connection/host-connection';
import { HostKeyVerdict } from '../../../src/deploy/connection/host-key';
import { HostTarget } from '../../../src/deploy/spec/host-list';
import { ConnectError } from '../../../src/deploy/connection/ssh-connection';

/** What a step answers: an exit code (0 unless given) and stdout lines, or a lost connection. */
export type Answer =
  | { readonly code?: number; readonly out?: readonly string[]; readonly stderr?: string }
  | { readonly lost: string; readonly unsent?: boolean };

export interface Call {
  readonly host: string;
  readonly step: string;
  readonly script: string;
  readonly stdin: string;
  readonly timeoutSeconds: number;
}

export type Reply = Answer | ((call: Call) => Answer | Promise<Answer>);
/** Per step name: one reply for every call, or a list used in order (the last one repeats). */
export type HostScript = Readonly<Record<string, Reply | readonly Reply[]>>;

export const STEP_LINE = /^# gantry step: ([a-z-]+)$/;

export function stepName(script: string): string {
  const m = STEP_LINE.exec(script.split('\n', 1)[0]);
  if (!m) throw new Error(`a script without its '# gantry step: <name>' first line: ${script.split('\n', 1)[0]}`);
  return m[1];
}

export class FakeHost implements HostConnection {
  private readonly used: Record<string, number> = {};
  closed = false;

  constructor(readonly label: string, private readonly script: HostScript, private readonly log: Call[]) {}

  async exec(script: string, opts: ExecOptions): Promise<ExecResult> {
    const call: Call = { host: this.label, step: stepName(script), script, stdin: opts.stdin ?? '', timeoutSeconds: opts.timeoutSeconds };
    this.log.push(call);
    if (this.closed) return { code: null, stdout: '', stderr: '', lost: 'not connected', unsent: true };
    const replies = this.script[call.step];
    if (replies === undefined) throw new Error(`${this.label}: no answer scripted for the step '${call.step}'`);
    const list = Array.isArray(replies) ? (replies as readonly Reply[]) : [replies as Reply];
    const n = this.used[call.step] ?? 0;
    this.used[call.step] = n + 1;
    const reply = list[Math.min(n, list.length - 1)];
    const a = typeof reply === 'function' ? await reply(call) : reply;
    if ('lost' in a) return { code: null, stdout: '', stderr: '', lost: a.lost, ...(a.unsent ? { unsent: true } : {}) };
    return { code: a.code ?? 0, stdout: (a.out ?? []).map((l) => `${l}\n`).join(''), stderr: a.stderr ?? '' };
  }

  /** Files "uploaded" to this host: remote path -> the local path they came from. */
  readonly uploads = new Map<string, string>();

  async upload(localPath: string, remotePath: string): Promise<number> {
    this.log.push({ host: this.label, step: 'upload', script: remotePath, stdin: '', timeoutSeconds: 0 });
    if (this.closed) throw new Error('not connected');
    this.uploads.set(remotePath, localPath);
    return (await import('fs')).statSync(localPath).size;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

export function pinnedVerdict(label: string): HostKeyVerdict {
  return { accepted: true, how: 'pinned', keyType: 'ssh-ed25519', fingerprint: `SHA256:fake-${label}`, knownHostsLine: `${label} ssh-ed25519 AAAA` };
}

/** The fleet: a script (or a connection error) per host label, and every step every host was sent, in order. */
export class FakeFleet {
  readonly calls: Call[] = [];
  readonly hosts = new Map<string, FakeHost>();

  constructor(private readonly scripts: Readonly<Record<string, HostScript | ConnectError>>) {}

  readonly connect = async (target: HostTarget): Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }> => {
    const s = this.scripts[target.label];
    if (s === undefined) throw new Error(`no script for the host ${target.label}`);
    if (s instanceof ConnectError) throw s;
    const host = new FakeHost(target.label, s, this.calls);
    this.hosts.set(target.label, host);
    return { connection: host, verdict: target.local ? undefined : pinnedVerdict(target.label) };
  };

  /** The step names one host was sent, in order. */
  steps(label: string): string[] {
    return this.calls.filter((c) => c.host === label).map((c) => c.step);
  }
}

/** A clock whose waits return at once and move its time on; repeating timers fire when told. */
export class FakeClock implements Clock {
  t = 1_700_000_000_000;
  readonly slept: number[] = [];
  private timers: Array<{ ms: number; fn: () => void; on: boolean }> = [];

  now(): number {
    return this.t;
  }

  async sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    this.t += ms;
  }

  every(ms: number, fn: () => void): () => void {
    const timer = { ms, fn, on: true };
    this.timers.push(timer);
    return () => { timer.on = false; };
  }

  /** Time passes by `ms`: every running timer whose period fits fires once. */
  advance(ms: number): void {
    this.t += ms;
    for (const timer of this.timers) if (timer.on && timer.ms <= ms) timer.fn();
  }

  get running(): number {
    return this.timers.filter((x) => x.on).length;
  }
}

export const D = (c: string): string => `sha256:${c.repeat(64).slice(0, 64)}`;

export interface HealthyHost {
  /** The digest running under the service's name before the run ('' or absent: nothing runs). */
  readonly current?: string;
  /** The previous version kept on the host. */
  readonly previous?: string;
  /** What the pull reports. */
  readonly pulled?: string;
}

/**
 * A host on which every step succeeds, answering what a real host in that state answers.
 * Tests override the steps their path is about.
 */
export function healthyHost(h: HealthyHost = {}, over: HostScript = {}): HostScript {
  const current = h.current ?? '';
  const pulled = h.pulled ?? D('b');
  return {
    preflight: { out: ['docker_version=20.10.24', 'user=deploy'] },
    lock: { out: ['acquired=1'] },
    heartbeat: { out: ['ok=1'] },
    'lock-release': { out: ['released=1'] },
    converge: { out: current ? [`current_digest=${current}`, 'current_running=true', ...(h.previous ? [`previous_digest=${h.previous}`] : [])] : [] },
    pull: { out: [`digest=${pulled}`, 'image_id=sha256:1d', 'revision=v2', 'image_healthcheck=0'] },
    unchanged: { out: ['config_hash=5a17ed', 'why=the settings changed'] },
    create: { out: ['created=c0ffee', 'revision=v2'] },
    switch: [
      // The first switch: to the staged new container.
      { out: [`source_digest=${pulled}`, `previous_digest=${current}`, 'started=1'] },
      // A second switch is the fleet's undo: back to what ran before the run.
      { out: [`source_digest=${current}`, `previous_digest=${pulled}`, 'started=1'] },
    ],
    health: { out: ['checks=running, health_url', 'healthy=1'] },
    finalize: { out: [`current_digest=${pulled}`] },
    restore: { out: [current ? `restored=${current}` : 'restored=none'] },
    retire: { out: ['retired=1'] },
    ...over,
  };
}
