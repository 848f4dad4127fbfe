import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findCycles, importGraph } from '../../scripts/check-cycles';

const SRC = path.resolve(__dirname, '../../src');

describe('import cycles', () => {
  test('src/ has none: every flow goes one way', () => {
    expect(findCycles(SRC).map((c) => [...c, c[0]].join(' -> '))).toEqual([]);
  });

  test('the graph is read: src/index.ts reaches the run entry, and run.ts its commands (dynamic imports)', () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(path.join(SRC, 'index.ts'))).toContain(path.join(SRC, 'frontends/cli.ts'));
    expect(graph.get(path.join(SRC, 'run.ts'))).toContain(path.join(SRC, 'image/build-command.ts'));
    expect(graph.get(path.join(SRC, 'run.ts'))).toContain(path.join(SRC, 'image/plan-command.ts'));
  });

  test('a cycle through a folder, a type-only import and an index file is found', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-cycles-'));
    try {
      fs.mkdirSync(path.join(dir, 'b'));
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
      fs.writeFileSync(path.join(dir, 'b', 'index.ts'), "export { c as b } from './c';\n");
      fs.writeFileSync(path.join(dir, 'b', 'c.ts'), "import type { A } from '../d';\nexport const c: A = 1;\n");
      fs.writeFileSync(path.join(dir, 'd.ts'), "import { a } from './a';\nexport type A = typeof a;\n");
      fs.writeFileSync(path.join(dir, 'leaf.ts'), "import * as fs from 'fs';\nexport const x = fs;\n");
      expect(findCycles(dir)).toEqual([['a.ts', 'b/index.ts', 'b/c.ts', 'd.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a cycle closed by a dynamic import is found too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-cycles-'));
    try {
      fs.writeFileSync(path.join(dir, 'run.ts'), "export async function run() { return (await import('./command')).command(); }\n");
      fs.writeFileSync(path.join(dir, 'command.ts'), "import { run } from './run';\nexport const command = () => run;\n");
      expect(findCycles(dir)).toEqual([['command.ts', 'run.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
