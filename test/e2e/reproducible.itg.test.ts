/**
 * One commit, one digest: the same commit built from two checkouts, once on an engine that has
 * built before (the lane's, with its builder and caches) and once on a fresh engine (an empty data
 * root, the honest model of an ephemeral CI runner), pushed, gives the same image id and the same
 * registry digest. A warm and a cold build are the pair most likely to differ.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { ROOT, registryPassword, testbed } from './support/testbed';
import { fixtureRepo } from './support/fixture-repo';
import { manifestDigest } from './support/registry';

jest.setTimeout(900_000);

const COMMIT_TIME = 1_738_000_000;
const FRESH = path.join(ROOT, 'bench/fresh-engine.sh');

function outputs(run: GantryRun): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of run.stdout.matchAll(/^ {2}([a-z_]+)=(.*)$/gm)) out[m[1]] = m[2];
  return out;
}

function build(host: string, dir: string, image: string): Promise<GantryRun> {
  return gantry(['build', '--context', dir, '--image', image, '--builder', 'container', '--build-network', 'none', '--cache-dir', 'none'], {
    env: { DOCKER_HOST: host, GANTRY_REGISTRY_USERNAME: testbed().GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() },
  });
}

/** Builds and pushes the commit on a fresh engine of its own, then removes that engine. */
async function onFreshEngine(name: string, dir: string, image: string): Promise<GantryRun> {
  const host = execFileSync('bash', [FRESH, 'start', name, 'golang:1.22'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  try {
    return await build(host, dir, image);
  } finally {
    execFileSync('bash', [FRESH, 'stop', name], { stdio: 'inherit' });
  }
}

test('the same commit on a used engine and on a fresh one: one image id, one digest', async () => {
  const tb = testbed();
  const repo = `e2e/reproducible-${process.pid}`;
  const image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
  // Two checkouts of one commit, as two runners would have.
  const a = await build(tb.DOCKER_HOST, fixtureRepo('examples/hello', COMMIT_TIME), image);
  expect(a.code).toBe(0);
  const b = await onFreshEngine(`e2e-repro-${process.pid}`, fixtureRepo('examples/hello', COMMIT_TIME), image);
  expect(b.code).toBe(0);
  expect(outputs(a).digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(outputs(b).image_id).toBe(outputs(a).image_id);
  expect(outputs(b).digest).toBe(outputs(a).digest);
  // The tag moved from the first runner's push to the second's and names the same manifest. (A
  // fresh engine uploads its layers again, not knowing the registry holds them; they are equal.)
  expect(await manifestDigest(repo, String(COMMIT_TIME))).toBe(outputs(a).digest);
  console.info(`a used engine and a fresh one, one image id ${outputs(a).image_id} and one digest ${outputs(a).digest}`);
});
