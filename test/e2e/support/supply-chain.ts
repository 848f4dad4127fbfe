/**
 * What the supply-chain end-to-end files share: a work folder (the folder gantry writes .gantry/
 * and bin/ into, cosign's HOME and a docker config of its own holding the bed's registry login),
 * two cosign key pairs made by the cosign CLI, examples/hello in a git repository whose origin is
 * SOURCE, the cosign CLI, and gantry's commands run in this process.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../../src/inputs';
import { run } from '../../../src/run';
import { Command } from '../../../src/schema';
import { Bed, RawReporter } from './deploy';
import { fixtureRepo } from './fixture-repo';

export const SOURCE = 'https://git.example.com/team/hello.git';
export const INSECURE = ['--insecure-ignore-tlog=true', '--allow-insecure-registry', '--allow-http-registry'];

export interface SupplyWork {
  work: string;
  repoDir: string;
  keys: { key: string; pub: string; otherPub: string; password: string };
  /** The cosign CLI in the work folder, with its docker config. */
  cosign(args: string[], env?: Record<string, string>): { code: number; out: string };
  /** Build inputs for examples/hello signed with keys.key (runtime debian-slim, tags {short_sha}, binaries in bin/). */
  buildInputs(over?: Record<string, string>): Record<string, string>;
  close(): void;
}

export function supplyWork(bed: Bed, commitTime: number): SupplyWork {
  const work = mkdtempSync(join(tmpdir(), 'gantry-e2e-supply-'));
  const dockerConfig = join(work, 'docker-config');
  mkdirSync(dockerConfig);
  // cosign reads registry credentials from a docker config: a temporary one, removed after.
  writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [bed.registry]: { auth: Buffer.from(`${bed.registryUser}:${bed.registryPassword}`).toString('base64') } } }), { mode: 0o600 });
  const cosign = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync('cosign', args, {
      encoding: 'utf8', timeout: 120_000, cwd: work,
      env: { PATH: process.env.PATH, HOME: work, DOCKER_CONFIG: dockerConfig, COSIGN_YES: 'true', ...env },
    });
    return { code: r.status ?? -1, out: `${r.stdout}\n${r.stderr}` };
  };
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  mkdirSync(join(work, 'other'));
  if (cosign(['generate-key-pair'], { COSIGN_PASSWORD: password }).code !== 0) throw new Error('cosign generate-key-pair failed');
  if (spawnSync('cosign', ['generate-key-pair'], { cwd: join(work, 'other'), env: { PATH: process.env.PATH, HOME: work, COSIGN_PASSWORD: 'x' } }).status !== 0) throw new Error('cosign generate-key-pair failed');
  const keys = { key: readFileSync(join(work, 'cosign.key'), 'utf8'), pub: readFileSync(join(work, 'cosign.pub'), 'utf8'), otherPub: readFileSync(join(work, 'other/cosign.pub'), 'utf8'), password };
  const repoDir = fixtureRepo('examples/hello', commitTime);
  execFileSync('git', ['-C', repoDir, 'remote', 'add', 'origin', SOURCE]);
  return {
    work, repoDir, keys, cosign,
    buildInputs: (over = {}) => ({
      command: 'build', context: repoDir, image: `${bed.registry}/gantry-e2e/supply-hello`, runtime_image: 'debian-slim',
      tags: '{short_sha}', cache_dir: 'none', build_network: 'none',
      registry_username: bed.registryUser, registry_password: bed.registryPassword,
      sign_key: keys.key, sign_key_password: keys.password, binaries_dir: 'bin', ...over,
    }),
    close: () => rmSync(work, { recursive: true, force: true }),
  };
}

/** A gantry command in this process: its exit code and lines, or the one-line error it ended with. */
export async function gantryRun(inputs: Record<string, string>): Promise<{ code: number; out: RawReporter; error?: string }> {
  const out = new RawReporter();
  const parsed = parseInputs(inputs);
  try {
    const code = await run(parsed.command as Command, parsed, out, process.env);
    return { code, out };
  } catch (err) {
    return { code: 1, out, error: (err as Error).message };
  }
}
