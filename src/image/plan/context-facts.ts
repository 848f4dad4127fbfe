import * as fs from 'fs';
import * as path from 'path';
import { Inputs } from '../../schema';
import { ContextFacts } from './build-plan';
import { parseGoMod } from './go-mod';
import { inputError } from '../../errors';

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Reads what planning needs from the context folder. */
export function readContextFacts(inputs: Inputs): ContextFacts {
  const ctx = path.resolve(inputs.context);
  if (!fs.existsSync(ctx) || !fs.statSync(ctx).isDirectory()) {
    throw inputError('context', `'${inputs.context}' is not a folder`, 'the folder holding the service');
  }
  const goModPath = path.join(ctx, 'go.mod');
  const goMod = isFile(goModPath) ? parseGoMod(fs.readFileSync(goModPath, 'utf8')) : null;
  const mainDir = path.join(ctx, inputs.main_package);
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
    dockerfileExists: inputs.dockerfile ? isFile(path.resolve(inputs.dockerfile)) : false,
  };
}
