import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import * as tarStream from 'tar-stream';
import { readAll } from '../../engine/docker';
import { contextIgnore } from '../buildkit/context-tar';

/**
 * The direct path's source copy: the context's files (selected as the build context is:
 * .dockerignore plus gantry's own exclusions) are hashed into a manifest; a builder's work tree
 * keeps the manifest of what it holds, so only files whose hash changed travel, and files gone
 * from the context are deleted there.
 */

/** Relative path (forward slashes) -> `MODE:sha256` for a file, `link:TARGET` for a symlink. */
export type SourceManifest = Record<string, string>;

export interface SourceDiff {
  /** Files to send (new or changed), sorted. */
  changed: string[];
  /** Paths to delete in the work tree, sorted. */
  deleted: string[];
}

/** What to send and delete to turn `previous` into `next`. Pure. */
export function diffManifests(previous: SourceManifest, next: SourceManifest): SourceDiff {
  const changed = Object.keys(next).filter((p) => previous[p] !== next[p]).sort();
  const deleted = Object.keys(previous).filter((p) => !(p in next)).sort();
  return { changed, deleted };
}

/** Parses a manifest read back from a work tree; anything unreadable is an empty one (everything is sent). */
export function parseManifest(text: string): SourceManifest {
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: SourceManifest = {};
    for (const [k, h] of Object.entries(v as Record<string, unknown>)) if (typeof h === 'string') out[k] = h;
    return out;
  } catch {
    return {};
  }
}

/** Whether go.mod/go.sum (of the module or of a local module) are among the changes: modules are downloaded then. */
export function modulesChanged(d: SourceDiff): boolean {
  return [...d.changed, ...d.deleted].some((p) => /(^|\/)go\.(mod|sum)$/.test(p));
}

/** The manifest of a folder: every file the build context would hold. */
export function localManifest(root: string, exclude: string[]): SourceManifest {
  const ignore = contextIgnore(root, exclude);
  const out: SourceManifest = {};
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (ignore(abs)) continue;
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (e.isDirectory()) walk(abs);
      else if (e.isSymbolicLink()) out[rel] = `link:${fs.readlinkSync(abs)}`;
      else if (e.isFile()) {
        const mode = fs.statSync(abs).mode & 0o111 ? '755' : '644';
        out[rel] = `${mode}:${createHash('sha256').update(fs.readFileSync(abs)).digest('hex')}`;
      }
    }
  };
  walk(path.resolve(root));
  return out;
}

/** The token a work tree keeps beside its manifest: the manifest's hash. */
export function manifestId(manifest: SourceManifest): string {
  return createHash('sha256').update(JSON.stringify(manifest)).digest('hex');
}

/**
 * A tar of the changed files under `src/`, the deletion list (NUL-separated), the new manifest
 * and its id beside it, extracted into the work tree: the builder's script applies deletions
 * and installs the manifest (then its id) before it compiles, so an interrupted copy is
 * repaired next time.
 */
export async function syncTar(root: string, manifest: SourceManifest, diff: SourceDiff): Promise<{ tar: Buffer; bytes: number }> {
  const pack = tarStream.pack();
  const whole = readAll(pack);
  let bytes = 0;
  const mtime = new Date(0);
  for (const rel of diff.changed) {
    const abs = path.join(root, rel);
    const h = manifest[rel];
    if (h.startsWith('link:')) {
      pack.entry({ name: `src/${rel}`, type: 'symlink', linkname: h.slice(5), mode: 0o777, mtime });
      continue;
    }
    const body = fs.readFileSync(abs);
    bytes += body.length;
    pack.entry({ name: `src/${rel}`, mode: h.startsWith('755') ? 0o755 : 0o644, mtime, size: body.length }, body);
  }
  if (diff.deleted.length) pack.entry({ name: 'deleted.next', mode: 0o644, mtime }, diff.deleted.join('\0') + '\0');
  pack.entry({ name: 'manifest.next', mode: 0o644, mtime }, JSON.stringify(manifest));
  pack.entry({ name: 'manifest.id.next', mode: 0o644, mtime }, `${manifestId(manifest)}\n`);
  pack.finalize();
  return { tar: await whole, bytes };
}

/** Where a record of what this machine last put in a builder's work tree is kept: beside the builder files, one per builder container and work tree. */
export function treeRecordFile(filesDir: string, builderId: string, tree: string): string {
  return path.join(path.dirname(filesDir), 'work-trees', `${builderId.slice(0, 16)}-${tree}.json`);
}

/** The manifest a record holds; none when there is no record or it is damaged. Its id is manifestId() of it. */
export function readTreeRecord(file: string): SourceManifest | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const manifest = parseManifest(text);
  return Object.keys(manifest).length ? manifest : undefined;
}

const RECORD_DAYS = 7;

/** Writes a record whole (renamed into place); records untouched for a week go (their builders ended long ago). */
export function writeTreeRecord(file: string, manifest: SourceManifest): void {
  try {
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(manifest));
    fs.renameSync(tmp, file);
    const old = Date.now() - RECORD_DAYS * 86400_000;
    for (const f of fs.readdirSync(dir)) {
      const abs = path.join(dir, f);
      if (fs.statSync(abs).mtimeMs < old) fs.rmSync(abs, { force: true });
    }
  } catch {
    // no cache folder: the next build syncs the long way
  }
}
