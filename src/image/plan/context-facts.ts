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

/** Reads what planning needs from the context folder (its existence is checked with the spec). */
export function readContextFacts(spec: { context: string; mainPackage: string; dockerfile: { path: string } | null }): ContextFacts {
  const ctx = spec.context;
  const goModPath = path.join(ctx, 'go.mod');
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
    dockerfileExists: spec.dockerfile ? isFile(spec.dockerfile.path) : false,
  };
}
