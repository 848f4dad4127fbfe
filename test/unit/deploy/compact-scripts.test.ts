/**
 * Step scripts are sent without comment lines, blank lines and indentation (render.ts,
 * compactScript). That is safe only while no line of a .sh file is inside a string or a here
 * document: bash's own listing of each file as a function must be the same before and after.
 */
import { execFileSync } from 'child_process';
import { STEP_SCRIPTS } from '../../../src/deploy/steps/step-scripts';
import { compactScript, step } from '../../../src/deploy/steps/render';

function listing(text: string): string {
  return execFileSync('bash', ['-c', 'eval "f() {\n$1\n}" && declare -f f', 'bash', text], { encoding: 'utf8' });
}

test.each(Object.keys(STEP_SCRIPTS))('%s.sh means the same to bash compacted', (name) => {
  const text = STEP_SCRIPTS[name];
  const compact = compactScript(text);
  expect(compact.length).toBeLessThan(text.length);
  expect(compact).not.toMatch(/^\s*#/m);
  expect(listing(compact)).toBe(listing(text));
});

test('a line inside a multi-line string would change the listing (the check above can fail)', () => {
  const text = "x='a\n  b'\necho \"$x\"";
  expect(listing(compactScript(text))).not.toBe(listing(text));
});

test('a rendered step carries no comment of its files, only its header line', () => {
  const s = step('lock-release', 'web', { TOKEN: 'abc' }).script;
  expect(s.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(['# gantry step: lock-release']);
});
