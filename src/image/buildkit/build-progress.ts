import { StatusResponse } from './buildkit-trace';

/**
 * Turns BuildKit status updates into the lines a user sees with --progress=plain:
 * "#5 [build 4/7] RUN go mod download", its output, then "#5 CACHED" or "#5 DONE 1.2s".
 * Keeps every step's last log lines so a failure can show them.
 */
export class BuildProgress {
  private numbers = new Map<string, number>();
  private names = new Map<string, string>();
  private done = new Set<string>();
  private tails = new Map<string, string[]>();
  private partial = new Map<string, string>();
  readonly steps: Array<{ name: string; cached: boolean; seconds: number; error: string }> = [];

  constructor(private readonly print: (line: string) => void, private readonly tailSize = 20) {}

  private num(digest: string): number {
    let n = this.numbers.get(digest);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(digest, n);
    }
    return n;
  }

  update(s: StatusResponse): void {
    for (const v of s.vertexes) {
      const n = this.num(v.digest);
      if (!this.names.has(v.digest) && v.name) {
        this.names.set(v.digest, v.name);
        if (!v.cached || !v.completed) this.print(`#${n} ${v.name}`);
      }
      if (this.done.has(v.digest)) continue;
      if (v.cached && v.completed !== undefined) {
        this.done.add(v.digest);
        this.print(`#${n} ${this.names.get(v.digest) ?? v.name} CACHED`);
        this.steps.push({ name: v.name, cached: true, seconds: 0, error: '' });
      } else if (v.error) {
        this.done.add(v.digest);
        this.print(`#${n} ERROR: ${v.error}`);
        this.steps.push({ name: v.name, cached: false, seconds: 0, error: v.error });
      } else if (v.completed !== undefined) {
        this.done.add(v.digest);
        const secs = v.started !== undefined ? Math.max(0, v.completed - v.started) : 0;
        this.print(`#${n} DONE ${secs.toFixed(1)}s`);
        this.steps.push({ name: v.name, cached: false, seconds: secs, error: '' });
      }
    }
    for (const l of s.logs) {
      const n = this.num(l.vertex);
      const text = (this.partial.get(l.vertex) ?? '') + l.data.toString('utf8');
      const lines = text.split(/\r?\n/);
      this.partial.set(l.vertex, lines.pop() ?? '');
      const tail = this.tails.get(l.vertex) ?? [];
      for (const line of lines) {
        this.print(`#${n} ${line}`);
        tail.push(line);
      }
      this.tails.set(l.vertex, tail.slice(-this.tailSize));
    }
  }

  /** The name and last log lines of the step that failed, if any. */
  failure(): { step: string; tail: string[] } | undefined {
    const failed = this.steps.find((s) => s.error);
    if (!failed) return undefined;
    for (const [digest, name] of this.names) {
      if (name === failed.name) {
        const tail = [...(this.tails.get(digest) ?? [])];
        const rest = this.partial.get(digest);
        if (rest) tail.push(rest);
        return { step: name, tail };
      }
    }
    return { step: failed.name, tail: [] };
  }
}
