/**
 * A counting gate: at most `limit` holders at once; the others wait in the order they asked. It
 * paces SSH handshakes (a bastion's sshd drops new connections once MaxStartups handshakes are
 * pending) and bounds how many hosts gantry works on at once, whatever the batch size. No timers,
 * no I/O: a state machine that tests drive step by step.
 */
export class Gate {
  private held = 0;
  private readonly waiting: Array<() => void> = [];
  /** The most holders seen at once (for the debug log and tests). */
  peak = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a gate needs a whole limit of at least 1, not ${limit}`);
  }

  /** Holders now. */
  get active(): number {
    return this.held;
  }

  /** Callers waiting for a place. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function once a place is free; releasing twice frees one place only. */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.held += 1;
        this.peak = Math.max(this.peak, this.held);
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.held -= 1;
          const next = this.waiting.shift();
          if (next) next();
        });
      };
      if (this.held < this.limit) grant();
      else this.waiting.push(grant);
    });
  }

  /** Runs fn holding a place, released however fn ends. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
