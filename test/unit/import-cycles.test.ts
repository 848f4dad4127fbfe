import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findCycles, importGraph, layerOf, layerViolations } from '../../scripts/check-cycles';

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

  test('src/ keeps its layering: front ends -> commands -> domains -> outside systems -> leaves', () => {
    expect(layerViolations(SRC)).toEqual([]);
    expect(['frontends/cli.ts', 'run.ts', 'deploy/commands/status.ts', 'deploy/spec/deploy-spec.ts', 'engine/docker.ts', 'inputs.ts'].map((m) => layerOf(m)))
      .toEqual([0, 1, 1, 2, 3, 4]);
  });

  test('an import upwards and a module in no layer are violations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-layers-'));
    try {
      fs.mkdirSync(path.join(dir, 'low'));
      fs.writeFileSync(path.join(dir, 'top.ts'), "import { x } from './low/x';\nexport const t = x;\n");
      fs.writeFileSync(path.join(dir, 'low', 'x.ts'), "import type { T } from '../top';\nexport const x = 1 as unknown as T;\n");
      fs.writeFileSync(path.join(dir, 'stray.ts'), 'export const s = 1;\n');
      const layers = [{ name: 'top', modules: ['top.ts'] }, { name: 'low', modules: ['low/'] }];
      expect(layerViolations(dir, layers)).toEqual(['low/x.ts (low) imports top.ts (top), a layer above it', 'stray.ts is in no layer']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
