import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { testbed } from './testbed';

/** The docker CLI against test host hN's own engine (with a config dir of its own). */
export function hostEngine(i: number, args: string[], allowFailure = false): string {
  const tb = testbed();
  const r = spawnSync('docker', args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: tb[`GANTRY_TESTBED_H${i}_DOCKER_HOST`], DOCKER_CONFIG: path.join(os.tmpdir(), 'gantry-e2e-frontends-docker') },
  });
  if (r.status !== 0) {
    if (allowFailure) return '';
    throw new Error(`docker ${args.join(' ')} on h${i}: ${r.stderr}`);
  }
  return r.stdout.trim();
}

/** The running container `name` on hN: its image id (config digest) and the reference it was started from. */
export function hostContainer(i: number, name: string): { imageId: string; ref: string; running: boolean } {
  const [imageId, ref, running] = hostEngine(i, ['inspect', '-f', '{{.Image}} {{.Config.Image}} {{.State.Running}}', name]).split(' ');
  return { imageId, ref, running: running === 'true' };
}

/** GET http://ADDR:PORT/PATH from this machine, retried for a few seconds. */
export async function hostFetch(addr: string, port: string, urlPath: string): Promise<string> {
  let last: unknown;
  for (let i = 0; i < 30; i++) {
    try {
      const res = await fetch(`http://${addr}:${port}${urlPath}`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return await res.text();
      last = new Error(`HTTP ${res.status}`);
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no answer from http://${addr}:${port}${urlPath}: ${String(last)}`);
}

/** Which test host (1..3) has this address. */
export function hostIndex(addr: string): number {
  const tb = testbed();
  for (let i = 1; i <= 3; i++) if (tb[`GANTRY_TESTBED_H${i}_ADDR`] === addr) return i;
  throw new Error(`${addr} is not a test host`);
}
