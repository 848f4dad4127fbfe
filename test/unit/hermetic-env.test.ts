/**
 * The environment is an argument: the front ends read process.env once and pass it down, so
 * nothing below src/index.ts and src/frontends/ reads process.env or falls back to the
 * process's home folder (a test of such a module would depend on the machine it runs on).
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../src');


function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

test('no module below the front ends reads process.env or os.homedir()', () => {
  const readers = sources(SRC)
    .map((f) => path.relative(SRC, f).split(path.sep).join('/'))
    .filter((rel) => rel !== 'index.ts' && !rel.startsWith('frontends/'))
    .flatMap((rel) =>
      fs.readFileSync(path.join(SRC, rel), 'utf8').split('\n').flatMap((line, i) => (/process\.env\b|homedir\(/.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : [])),
    );
  expect(readers).toEqual([]);
});

test('the scan sees a read (it is not vacuous)', () => {
  const line = fs.readFileSync(path.join(SRC, 'index.ts'), 'utf8');
  expect(/process\.env\b/.test(line)).toBe(true);
});
