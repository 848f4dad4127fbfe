/**
 * Process start-up: how long `gantry --help`, `gantry plan` on examples/hello, the action's `plan`
 * (`node dist/index.js` with INPUT_COMMAND=plan) and a bare require of the bundle take, as medians
 * of STARTUP_REPS runs (default 15). No engine, registry or host is touched.
 *
 *   npx tsc -p bench/tsconfig.json && node lib/bench/startup.js [ROOT...]
 *
 * Each ROOT is a folder with bin/ and dist/ (default: this checkout); with several, the runs
 * alternate between them, so that one comparison shares the machine's moment.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const CHECKOUT = path.resolve(__dirname, '../..');
const HELLO = path.join(CHECKOUT, 'examples/hello');
const REPS = Number(process.env.STARTUP_REPS || 15);

interface Case { name: string; args: (root: string) => string[]; env: Record<string, string> }

const CASES: Case[] = [
  { name: 'node -e 0 (the floor)', args: () => ['-e', '0'], env: {} },
  { name: 'require dist/index.js', args: (root) => ['-e', `require(${JSON.stringify(path.join(root, 'dist/index.js'))})`], env: {} },
  { name: 'gantry --help', args: (root) => ['--', path.join(root, 'bin/gantry.js'), '--help'], env: {} },
  { name: 'gantry plan (examples/hello)', args: (root) => ['--', path.join(root, 'bin/gantry.js'), 'plan', '--context', HELLO, '--image', 'registry.test/hello'], env: {} },
  { name: 'action plan (node dist/index.js)', args: (root) => [path.join(root, 'dist/index.js')], env: { INPUT_COMMAND: 'plan', INPUT_CONTEXT: HELLO, INPUT_IMAGE: 'registry.test/hello' } },
];

/** The caller's environment without gantry's own variables, so that every run reads the same inputs. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  }
  return env;
}

function once(root: string, c: Case): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.args(root), { cwd: root, env: { ...baseEnv(), ...c.env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${c.name} in ${root} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-5).join('\n')}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function main(): void {
  const roots = process.argv.length > 2 ? process.argv.slice(2).map((r) => path.resolve(r)) : [CHECKOUT];
  const times = new Map<string, number[]>();
  for (const c of CASES) for (const root of roots) once(root, c); // warms the file cache
  for (let i = 0; i < REPS; i++) {
    for (const c of CASES) {
      for (const root of roots) {
        const key = `${c.name}\t${root}`;
        times.set(key, [...(times.get(key) ?? []), once(root, c)]);
      }
    }
  }
  console.log(`node ${process.version}, median of ${REPS} runs, milliseconds`);
  console.log(['case', ...roots].join(' | '));
  for (const c of CASES) console.log([c.name, ...roots.map((r) => median(times.get(`${c.name}\t${r}`) ?? []).toFixed(0))].join(' | '));
}

main();
