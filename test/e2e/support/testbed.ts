import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');

let cached: Record<string, string> | undefined;

/**
 * The test bed's variables (testbed.sh env); brings the bed up first if it is not (unless
 * GANTRY_E2E_BED_UP=1 says the caller did). In the builds
 * lane (test/e2e/lanes.js) GANTRY_E2E_DOCKER_HOST names the lane's own engine: it replaces the
 * bed's main engine as DOCKER_HOST for everything the tests build.
 */
export function testbed(): Record<string, string> {
  if (cached) return cached;
  const script = path.join(ROOT, 'testbed/testbed.sh');
  // scripts/test.sh brings the bed up once before the lanes start and says so: every file of a lane
  // then only reads its variables (an `up` that finds everything running still costs seconds a file).
  if (process.env.GANTRY_E2E_BED_UP !== '1') execFileSync('bash', [script, 'up'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 900_000 });
  const text = execFileSync('bash', ['-c', `eval "$(bash ${script} env)"; env -0`], { encoding: 'utf8' });
  const env: Record<string, string> = {};
  for (const entry of text.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0 && (entry.startsWith('GANTRY_TESTBED') || entry.startsWith('DOCKER_HOST'))) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  const laneEngine = process.env.GANTRY_E2E_DOCKER_HOST;
  if (laneEngine) env.DOCKER_HOST = laneEngine;
  cached = env;
  return env;
}

export function registryPassword(): string {
  return fs.readFileSync(testbed().GANTRY_TESTBED_REGISTRY_PASSWORD_FILE, 'utf8').trim();
}
