import { fileCause, fileError, inputError } from '../../errors';
import * as fs from 'fs';
import * as path from 'path';
import { ContextFacts } from './build-plan';
import { parseGoMod } from './go-mod';

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** What keeps a file from being read, in words ('' when it can be): the cause, not just "missing". */
export function fileProblem(p: string): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'does not exist';
    if (code === 'ENOTDIR') return 'does not exist (a part of its path is a file, not a folder)';
    if (code === 'ELOOP') return 'is a symbolic link loop';
    return `cannot be read: ${fileCause(err)}`;
  }
  if (st.isDirectory()) return 'is a folder, not a file';
  if (!st.isFile()) return 'is not a regular file';
  try {
    fs.accessSync(p, fs.constants.R_OK);
  } catch (err) {
    return `cannot be read: ${(err as NodeJS.ErrnoException).code ? fileCause(err) : 'no read permission'}`;
  }
  return '';
}

/** Reads what planning needs from the context folder (its existence is checked with the spec). */
export function readContextFacts(spec: { context: string; mainPackage: string; dockerfile: { path: string } | null }): ContextFacts {
  const ctx = spec.context;
  // A folder gantry may not read would otherwise look empty ("there is no go.mod").
  try {
    fs.readdirSync(ctx);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw inputError('context', `'${ctx}' cannot be read: ${fileCause(err)}`, 'a folder this user can read');
  }
  const goModPath = path.join(ctx, 'go.mod');
  const goModProblem = fs.existsSync(goModPath) ? fileProblem(goModPath) : '';
  if (goModProblem) throw inputError('context', `its go.mod (${goModPath}) ${goModProblem}`, 'a go.mod this user can read');
  const goMod = isFile(goModPath) ? parseGoMod(fs.readFileSync(goModPath, 'utf8')) : null;
  const mainDir = path.join(ctx, spec.mainPackage);
  let mainPackageOk = false;
  try {
    mainPackageOk = fs.readdirSync(mainDir).some((f) => f.endsWith('.go'));
  } catch {
    mainPackageOk = false;
  }
  return {
    goMod,
    hasGoSum: isFile(path.join(ctx, 'go.sum')),
    vendored: isFile(path.join(ctx, 'vendor', 'modules.txt')),
    mainPackageOk,
    dockerfileProblem: spec.dockerfile ? fileProblem(spec.dockerfile.path) : '',
  };
}

/** The user's Dockerfile, or one line naming it and why it cannot be read (EACCES, a full disk...). */
export function readDockerfile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw fileError('dockerfile', 'read', file, err);
  }
}
