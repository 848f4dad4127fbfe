import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import * as tarFs from 'tar-fs';
import dockerignore from '@balena/dockerignore';

/** Patterns of a .dockerignore file, comments and blanks dropped. */
export function readDockerignore(contextDir: string): string[] {
  const file = path.join(contextDir, '.dockerignore');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export interface ContextTarOptions {
  /** Extra patterns excluded besides .dockerignore's (e.g. .git for generated builds). */
  exclude: string[];
  /** Files added at the root of the tar (the Dockerfile). */
  extra: Record<string, string | Buffer>;
}

/**
 * Which paths of the context are left out: .dockerignore's patterns as the docker CLI reads
 * them, plus `exclude`. Takes absolute paths; the tar and the direct path's source sync share it.
 */
export function contextIgnore(contextDir: string, exclude: string[], keep: (rel: string) => boolean = () => false): (name: string) => boolean {
  const patterns = [...readDockerignore(contextDir), ...exclude];
  const matcher = dockerignore({ ignorecase: false }).add(patterns);
  const hasExceptions = patterns.some((p) => p.startsWith('!'));
  const root = path.resolve(contextDir);
  return (name: string) => {
    const rel = path.relative(root, name).split(path.sep).join('/');
    if (!rel || keep(rel)) return keep(rel);
    if (!matcher.ignores(rel)) return false;
    // With exceptions (!pattern) a folder may hold files to keep: only skip files then.
    if (hasExceptions) {
      try {
        return !fs.statSync(name).isDirectory();
      } catch {
        return true;
      }
    }
    return true;
  };
}

/**
 * The build context as a tar stream, honouring .dockerignore as the docker CLI does.
 * Owners are zeroed so a context checked out by another user gives the same layers.
 */
export function contextTar(contextDir: string, opts: ContextTarOptions): Readable {
  const root = path.resolve(contextDir);
  return tarFs.pack(root, {
    ignore: contextIgnore(root, opts.exclude, (rel) => rel in opts.extra),
    map: (header) => {
      header.uid = 0;
      header.gid = 0;
      return header;
    },
    finalize: false,
    finish: (pack) => {
      for (const [name, content] of Object.entries(opts.extra)) {
        pack.entry({ name, mode: 0o644, uid: 0, gid: 0, mtime: new Date(0) }, content);
      }
      pack.finalize();
    },
  }) as unknown as Readable;
}
