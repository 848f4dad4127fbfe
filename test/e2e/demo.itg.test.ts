import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT, testbed } from './support/testbed';

jest.setTimeout(600_000);

/** The README's first command, as a user runs it: twice, the second run converging. */
function demo(): { code: number; out: string } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GANTRY_') && !k.startsWith('INPUT_')) env[k] = v;
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/demo.sh')], { cwd: ROOT, env, encoding: 'utf8', timeout: 540_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

test('the demo builds, pushes, rolls out to two hosts and the service answers; run again it converges', () => {
  testbed();
  const first = demo();
  expect(first.code).toBe(0);
  expect(first.out).toMatch(/hello: deployed on all 2 host\(s\)/);
  const answers = first.out.split('\n').filter((l) => /^ {2}10\.231\.0\.1[12]: \{"service":"hello"/.test(l));
  expect(answers).toHaveLength(2);
  const digest = /digest=(sha256:[0-9a-f]{64})/.exec(first.out)?.[1];

  const second = demo();
  expect(second.code).toBe(0);
  expect(second.out).toContain(`digest=${digest}`);
  // The direct path says "the registry had every layer"; the host builder pushes 0 bytes in 0 blobs.
  expect(second.out).toMatch(/unchanged: the registry had every (layer|blob)|: 0 bytes in 0 blob\(s\) \(unchanged\)/);
  expect(second.out.split('\n').filter((l) => /^ {2}10\.231\.0\.1[12]: \{"service":"hello"/.test(l))).toHaveLength(2);
  // the second run leaves both hosts alone, and status shows what runs there
  expect(second.out).toMatch(/^10\.231\.0\.11 .* unchanged$/m);
  expect(second.out).toMatch(/^10\.231\.0\.12 +sha256:[0-9a-f]{12} +\S+ +running/m);
});
