import { fileError } from '../../errors';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { imageProgram } from './binary-paths';
import type { Engine } from '../../engine/docker';
import { extractSingleFile, withImageArchive } from '../buildkit/export-files';

/**
 * binaries_dir: each service's binary per platform, copied out of its built image through the
 * Engine API (the image's entrypoint), with a SHA256SUMS list that `sha256sum -c` reads.
 */

export interface ExportedBinary {
  /** Path relative to binaries_dir, with forward slashes. */
  name: string;
  sha256: string;
  size: number;
}

export async function exportBinary(engine: Engine, imageId: string, dir: string, name: string): Promise<ExportedBinary> {
  const info = await engine.inspectImage(imageId);
  const program = imageProgram(info?.Config ?? {});
  if (!program) throw new Error(`image ${imageId} names no absolute entrypoint to export as a binary`);
  const dest = path.join(dir, name);
  try {
    const size = await withImageArchive(engine, imageId, program, (archive) => extractSingleFile(archive, dest));
    const sha256 = createHash('sha256').update(fs.readFileSync(dest)).digest('hex');
    return { name, sha256, size };
  } catch (err) {
    if (!(err as NodeJS.ErrnoException).code) throw err;
    fs.rmSync(dest, { force: true });
    throw fileError('binaries_dir', 'write', dest, err);
  }
}

/** Copies a binary compiled by the direct path into `dir` as `name`, keeping its mtime. */
export function copyBinary(file: string, dir: string, name: string): ExportedBinary {
  const dest = path.join(dir, name);
  try {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(file, dest);
    fs.chmodSync(dest, 0o755);
    const st = fs.statSync(file);
    fs.utimesSync(dest, st.atime, st.mtime);
  } catch (err) {
    // A half-copied binary is never left to be taken for a whole one.
    fs.rmSync(dest, { force: true });
    throw fileError('binaries_dir', 'write', dest, err);
  }
  const body = fs.readFileSync(dest);
  return { name, sha256: createHash('sha256').update(body).digest('hex'), size: body.length };
}

/** Merges entries into SHA256SUMS (`HASH  NAME` lines, sorted by name), keeping other files' lines. */
export function mergeSha256Sums(existing: string, entries: ExportedBinary[]): string {
  const lines = new Map<string, string>();
  for (const l of existing.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(l.trim());
    if (m) lines.set(m[2], m[1]);
  }
  for (const e of entries) lines.set(e.name, e.sha256);
  return [...lines.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, h]) => `${h}  ${n}`).join('\n') + '\n';
}

export function writeSha256Sums(dir: string, entries: ExportedBinary[]): string {
  const file = path.join(dir, 'SHA256SUMS');
  let existing = '';
  try {
    existing = fs.readFileSync(file, 'utf8');
  } catch {
    existing = '';
  }
  // Written beside and renamed: a full disk leaves the previous SHA256SUMS whole.
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, mergeSha256Sums(existing, entries));
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw fileError('binaries_dir', 'write', file, err);
  }
  return file;
}
