/**
 * A bounded HTTP load client for the zero-downtime tests: a fixed number of workers per target,
 * a deadline, a request cap and a stop call; only the bed's own hosts are targets. Connection
 * errors (refused, reset, timed out) and non-2xx answers are counted apart from successes.
 * Every request opens its own connection, as a fresh client would: a release that refuses
 * connections shows up as errors, nothing is hidden behind a kept-alive socket, and nothing is
 * tried again: a reset counts as a failure.
 */
import * as http from 'http';

export interface LoadCounts {
  target: string;
  total: number;
  ok: number;
  non2xx: number;
  connErrors: number;
  /** What the 2xx answers said, e.g. "hello v2": how many of each. */
  bodies: Record<string, number>;
  /** The first few failures, for the test's message. */
  samples: string[];
  /** When the first and the last failure happened (ms since the epoch): how long a gap lasted. */
  firstFailure?: number;
  lastFailure?: number;
}

export interface LoadOptions {
  /** host:port entries; each must be one of the bed's hosts. */
  readonly targets: readonly string[];
  readonly path?: string;
  /** Host header to send (routing by proxy_host). */
  readonly hostHeader?: string;
  readonly workersPerTarget?: number;
  /** Hard stop, whatever happens. */
  readonly maxSeconds: number;
  /** Hard cap on requests per target. */
  readonly maxRequests?: number;
  /** Pause between one worker's requests, to leave the machine's two cores to the rollout. */
  readonly pauseMs?: number;
}

const BED = /^10\.231\.0\.1[1-3]:\d+$/;

function once(target: string, path: string, hostHeader: string | undefined): Promise<{ status?: number; body?: string; error?: string }> {
  const [host, port] = target.split(':');
  return new Promise((resolve) => {
    const req = http.request({ host, port: Number(port), path, agent: false, timeout: 5000, headers: hostHeader ? { host: hostHeader } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { if (body.length < 4096) body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', (e) => resolve({ error: `response: ${e.message}` }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 5 s')));
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end();
  });
}

function describeBody(body: string): string {
  try {
    const j = JSON.parse(body) as { service?: string; version?: string };
    if (j.service) return `${j.service} ${j.version}`;
  } catch {
    // not JSON: keep the first line
  }
  return body.split('\n')[0].slice(0, 60);
}

/** Starts the load at once; stop() ends it (it also ends by itself at the deadline or the cap). */
export function startLoad(o: LoadOptions): { stop(): Promise<LoadCounts[]> } {
  for (const t of o.targets) if (!BED.test(t)) throw new Error(`load target ${t} is not one of the test bed's hosts`);
  const deadline = Date.now() + o.maxSeconds * 1000;
  const cap = o.maxRequests ?? 20_000;
  let stopped = false;
  const counts = o.targets.map((target): LoadCounts => ({ target, total: 0, ok: 0, non2xx: 0, connErrors: 0, bodies: {}, samples: [] }));
  const workers: Array<Promise<void>> = [];
  for (const c of counts) {
    for (let w = 0; w < (o.workersPerTarget ?? 2); w++) {
      workers.push((async () => {
        while (!stopped && Date.now() < deadline && c.total < cap) {
          const r = await once(c.target, o.path ?? '/', o.hostHeader);
          c.total++;
          if (r.error !== undefined || r.status! < 200 || r.status! > 299) {
            c.firstFailure ??= Date.now();
            c.lastFailure = Date.now();
          }
          if (r.error !== undefined) {
            c.connErrors++;
            if (c.samples.length < 5) c.samples.push(`${new Date().toISOString()} ${r.error}`);
          } else if (r.status! < 200 || r.status! > 299) {
            c.non2xx++;
            if (c.samples.length < 5) c.samples.push(`${new Date().toISOString()} HTTP ${r.status} ${r.body?.slice(0, 80)}`);
          } else {
            c.ok++;
            const b = describeBody(r.body ?? '');
            c.bodies[b] = (c.bodies[b] ?? 0) + 1;
          }
          if (o.pauseMs) await new Promise((res) => setTimeout(res, o.pauseMs));
        }
      })());
    }
  }
  return {
    async stop() {
      stopped = true;
      await Promise.all(workers);
      return counts;
    },
  };
}

/** One line per target: "10.231.0.11:18090 0 failed of 1234 (0 connection errors, 0 non-2xx)", and how long the failures lasted. */
export function loadLine(name: string, counts: readonly LoadCounts[]): string {
  const within = (c: LoadCounts) => (c.firstFailure !== undefined ? `, all within ${((c.lastFailure! - c.firstFailure) / 1000).toFixed(2)} s` : '');
  return counts.map((c) => `${name} | ${c.target} | ${c.connErrors + c.non2xx} failed of ${c.total} (${c.connErrors} connection errors, ${c.non2xx} non-2xx${within(c)}) | ${JSON.stringify(c.bodies)}${c.samples.length ? ` | ${c.samples.join('; ')}` : ''}`).join('\n');
}
