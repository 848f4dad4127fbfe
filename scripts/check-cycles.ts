/**
 * Fails on any import cycle among the TypeScript modules of a folder (src/ by default):
 * flows go one way, so no module may import, directly or through others, a module that
 * imports it. Type-only imports count too: a type shared both ways belongs lower down. So do
 * dynamic imports (`await import('./x')`, how run.ts loads each command): loaded later or not,
 * the importer depends on the module, and a lazy edge back would still be a cycle in the design.
 *
 * It also fails on an import against the layering of src/ (LAYERS, docs/contributing.md): a
 * module imports only modules of its own layer or of a lower one, and every module has a layer.
 *
 * scripts/test.sh runs it among the unit tests (test/unit/import-cycles.test.ts); after tsc,
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

/** One layer: paths relative to src/, a folder ending in '/' (the longest match places a module). */
export interface Layer {
  readonly name: string;
  readonly modules: readonly string[];
}

/**
 * src/'s layers, top first. Flows go down: front ends call the commands, the commands the
 * domains (build, deploy, supply chain, which may use one another without a cycle), the domains
 * the wrappers of outside systems, and everything the leaves.
 */
export const LAYERS: readonly Layer[] = [
  { name: 'front ends', modules: ['frontends/', 'index.ts'] },
  { name: 'commands', modules: ['run.ts', 'deploy/commands/'] },
  { name: 'domains', modules: ['image/', 'deploy/', 'supply-chain/'] },
  { name: 'outside systems', modules: ['registry/', 'engine/', 'git.ts', 'process/'] },
  {
    name: 'leaves',
    modules: ['errors.ts', 'exit-codes.ts', 'reporter.ts', 'shell-quote.ts', 'schema.ts', 'inputs.ts', 'image-ref.ts', 'secret-values.ts', 'version.ts', 'preload.ts', 'user-dirs.ts', 'reserved-names.ts', 'ssh/'],
  },
];

/** The index in `layers` of a module (relative to its root, with /), or -1 when no layer names it. */
export function layerOf(module: string, layers: readonly Layer[] = LAYERS): number {
  let best = -1;
  let bestLength = -1;
  layers.forEach((l, i) => {
    for (const m of l.modules) {
      const hit = m.endsWith('/') ? module.startsWith(m) : module === m;
      if (hit && m.length > bestLength) {
        best = i;
        bestLength = m.length;
      }
    }
  });
  return best;
}

/** Every import against the layering (an import upwards, or a module in no layer), one line each. */
export function layerViolations(dir: string, layers: readonly Layer[] = LAYERS): string[] {
  const root = path.resolve(dir);
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  const out: string[] = [];
  for (const [file, deps] of importGraph(dir)) {
    const from = layerOf(rel(file), layers);
    if (from < 0) {
      out.push(`${rel(file)} is in no layer`);
      continue;
    }
    for (const dep of deps) {
      const to = layerOf(rel(dep), layers);
      if (to >= 0 && to < from) out.push(`${rel(file)} (${layers[from].name}) imports ${rel(dep)} (${layers[to].name}), a layer above it`);
    }
  }
  return out.sort();
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '../../src');
  const cycles = findCycles(dir);
  for (const c of cycles) console.error(`import cycle: ${[...c, c[0]].join(' -> ')}`);
  const violations = process.argv[2] ? [] : layerViolations(dir);
  for (const v of violations) console.error(`layering: ${v}`);
  if (cycles.length || violations.length) process.exit(1);
  console.log(`check-cycles: no import cycle and no import against the layering in ${dir} (${importGraph(dir).size} modules)`);
}
