import { execFileSync } from 'child_process';
import * as zlib from 'zlib';
import { blob, manifest, registryGet } from './registry';
import { testbed } from './testbed';

/**
 * Fetches every blob of a pushed image from the registry (manifest, config, each layer,
 * un-gzipped) and says which of them hold a needle: the ground truth for "the secret is
 * nowhere in the pushed image".
 */
export async function pushedImageHolds(repo: string, ref: string, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  const raw = Buffer.from(await (await registryGet(`${repo}/manifests/${ref}`)).arrayBuffer());
  const m = await manifest(repo, ref);
  const parts: Array<[string, Buffer]> = [['manifest', raw], [`config ${m.config.digest}`, await blob(repo, m.config.digest)]];
  for (const layer of m.layers) {
    const gz = await blob(repo, layer.digest);
    parts.push([`layer ${layer.digest}`, zlib.gunzipSync(gz)]);
  }
  expect(m.layers.length).toBeGreaterThan(0);
  for (const [name, bytes] of parts) {
    for (const n of needles) if (bytes.includes(Buffer.from(n))) found.push(`${name} holds ${n.slice(0, 4)}...`);
  }
  return found;
}

export function docker(args: string[]): string {
  return execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: testbed().DOCKER_HOST }, encoding: 'utf8' }).trim();
}

/** Whether the build log shows the step running `pattern` as CACHED. */
export function stepCached(log: string, pattern: RegExp): boolean {
  const lines = log.split('\n');
  const start = lines.find((l) => /^#\d+ \[/.test(l) && pattern.test(l));
  if (!start) throw new Error(`no step matching ${pattern} in the log:\n${log}`);
  const id = start.split(' ')[0];
  return lines.some((l) => (l === `${id} CACHED`) || (l.startsWith(`${id} [`) && l.endsWith(' CACHED')));
}

export function outputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^ {2}([a-z_]+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
