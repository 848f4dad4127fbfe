import * as path from 'path';

/**
 * The local modules a go.mod replaces to (`replace example.com/lib => ../lib`): folders in the
 * repository that are part of the service's source, so their changes rebuild it and the build
 * context must hold them.
 */
export function localReplaceDirs(goModText: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of goModText.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (inBlock && line === ')') {
      inBlock = false;
      continue;
    }
    let spec = '';
    if (inBlock) spec = line;
    else if (/^replace\s*\($/.test(line)) inBlock = true;
    else if (line.startsWith('replace ')) spec = line.slice('replace '.length);
    if (!spec) continue;
    const arrow = spec.indexOf('=>');
    if (arrow < 0) continue;
    const target = spec.slice(arrow + 2).trim().split(/\s+/);
    const dir = target[0].replace(/^"|"$/g, '');
    // A local path has no version and starts with ./ or ../ (or is absolute).
    if (target.length === 1 && (dir.startsWith('./') || dir.startsWith('../') || path.isAbsolute(dir))) out.push(dir);
  }
  return out;
}

/** The deepest folder holding every one of `dirs` (absolute paths). */
export function commonAncestor(dirs: string[]): string {
  const split = dirs.map((d) => path.resolve(d).split(path.sep));
  const first = split[0];
  let n = first.length;
  for (const parts of split.slice(1)) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}
