/** The build spec of a run, read the same way by build and plan (which loads nothing of the build itself). */
import * as fs from 'fs';
import * as path from 'path';
import { Inputs } from '../schema';
import { UserError } from '../errors';
import { BuildMode, BuildSpec, parseBuildSpec } from './build-spec';

function readGoMod(dir: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
  } catch {
    return null;
  }
}

/** The spec of a run, with gantry.yml read when `config` names one. */
export function buildSpecOf(inputs: Inputs, env: NodeJS.ProcessEnv, mode: BuildMode = 'build'): BuildSpec {
  let configText: string | undefined;
  if (inputs.config) {
    try {
      configText = fs.readFileSync(path.resolve(inputs.config), 'utf8');
    } catch {
      throw new UserError(`input 'config': cannot read '${inputs.config}'; expected the path of a gantry.yml`);
    }
  }
  return parseBuildSpec(inputs, { configText, readGoMod, env }, mode);
}
