/**
 * The README's first command, as a user runs it, once: scripts/demo.sh brings the bed up (already
 * up here: its `up` is the idempotent one), builds, pushes, rolls out behind the proxy to two hosts,
 * and shows the answers and the fleet's status. That a second run converges is each part's own
 * fact, proven where it is cheapest: the same inputs again leave proxy hosts unchanged
 * (proxy.itg.test.ts), a push of what the registry holds sends no layer (build.itg.test.ts).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT, testbed } from './support/testbed';

jest.setTimeout(600_000);

function demo(): { code: number; out: string } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) env[k] = v;
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/demo.sh')], { cwd: ROOT, env, encoding: 'utf8', timeout: 540_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

test('the demo builds, pushes, rolls out to two hosts and the service answers; its status shows the digest it built running on both', () => {
  testbed();
  const run = demo();
  if (run.code !== 0) throw new Error(run.out);
  expect(run.out).toMatch(/hello: deployed on all 2 host\(s\)/);
  const answers = run.out.split('\n').filter((l) => /^ {2}10\.231\.0\.1[12]: \{"service":"hello"/.test(l));
  expect(answers).toHaveLength(2);
  const digest = /digest=(sha256:[0-9a-f]{64})/.exec(run.out)?.[1];
  expect(digest).toBeTruthy();
  // The status table the demo ends with: the digest this run built, live and running on each host.
  for (const h of ['10\\.231\\.0\\.11', '10\\.231\\.0\\.12']) {
    expect(run.out).toMatch(new RegExp(`^${h} +${digest!.slice(0, 19)} +\\S+ +running`, 'm'));
  }
});
