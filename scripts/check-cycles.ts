/**
 * Fails on any import cycle among the TypeScript modules of a folder (src/ by default):
 * flows go one way, so no module may import, directly or through others, a module that
 * imports it. Type-only imports count too: a type shared both ways belongs lower down. So do
 * dynamic imports (`await import('./x')`, how run.ts loads each command): loaded later or not,
 * the importer depends on the module, and a lazy edge back would still be a cycle in the design.
 *
 * scripts/test.sh runs it (test/unit/import-cycles.test.ts) before the unit tests; after tsc,
 * `node lib/scripts/check-cycles.js [DIR]` runs it alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** Every .ts file under `dir` (absolute paths), declarations excluded. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

/** The import graph: each module and the local modules it imports (import, import(), export ... from, require). */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(path.resolve(dir))) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles.map((f) => resolveLocal(file, f.fileName)).filter((d): d is string => d !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

/** Each cycle once, as the list of modules (relative to `dir`) around it. */
export function findCycles(dir: string): string[][] {
  const graph = importGraph(dir);
  const root = path.resolve(dir);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') {
        const cycle = stack.slice(stack.indexOf(dep)).map((f) => path.relative(root, f));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '../../src');
  const cycles = findCycles(dir);
  for (const c of cycles) console.error(`import cycle: ${[...c, c[0]].join(' -> ')}`);
  if (cycles.length) process.exit(1);
  console.log(`check-cycles: no import cycle in ${dir} (${importGraph(dir).size} modules)`);
}
