/**
 * How the core talks to the world: every front end (CLI, GitHub, GitLab) provides one.
 * The core never prints or writes outputs by itself.
 */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Registers a secret: it is replaced by *** in everything printed afterwards. */
  mask(secret: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string): void;
  summary(markdown: string): void;
}

/** Replaces every registered secret (and each line of a multi-line one) by ***. */
export class Masker {
  private secrets: string[] = [];

  add(secret: string): void {
    if (!secret) return;
    const parts = [secret, ...secret.split(/\r?\n/).map((l) => l.trim())].filter((s) => s.length >= 3);
    for (const p of parts) if (!this.secrets.includes(p)) this.secrets.push(p);
    this.secrets.sort((a, b) => b.length - a.length);
  }

  get values(): readonly string[] {
    return this.secrets;
  }

  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}

/** A reporter that keeps everything in memory, for tests of code that reports. */
export class MemoryReporter implements Reporter {
  lines: string[] = [];
  outputs: Record<string, string> = {};
  summaries: string[] = [];
  readonly masker = new Masker();

  info(m: string): void { this.lines.push(this.masker.apply(m)); }
  warn(m: string): void { this.lines.push(`warning: ${this.masker.apply(m)}`); }
  debug(): void { /* dropped */ }
  mask(s: string): void { this.masker.add(s); }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`== ${name}`);
    return fn();
  }
  setOutput(n: string, v: string): void { this.outputs[n] = v; }
  summary(md: string): void { this.summaries.push(md); }
}
