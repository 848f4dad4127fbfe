import { spawn } from 'child_process';
import { finished } from './finished';
import * as path from 'path';
import { ROOT, testbed } from './testbed';

export interface GantryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real program as a user does: bin/gantry (the bundle's CLI entry), with the test bed's
 * engine and this Node first on PATH.
 */
export function gantry(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string } = {}): Promise<GantryRun> {
  const tb = testbed();
  // The runner's own INPUT_* / GANTRY_* variables must not leak into the program under test.
  const env: Record<string, string> = { DOCKER_HOST: tb.DOCKER_HOST };
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GANTRY_') && k !== 'DOCKER_HOST') env[k] = v;
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  env.PATH = `${path.dirname(process.execPath)}:${env.PATH ?? ''}`;
  const child = spawn(path.join(ROOT, 'bin/gantry'), args, { cwd: opts.cwd ?? ROOT, env });
  const done = finished(child);
  child.stdin.end(opts.stdin ?? '');
  return done;
}
