import { UserError } from '../errors';
import { EXIT } from '../exit-codes';

/** One line for the user: their mistake as such; anything else with a hint to debug. */
export function describeFailure(err: unknown, debug: boolean): { message: string; code: number } {
  if (err instanceof UserError) return { message: err.message, code: err.exitCode };
  const message = err instanceof Error ? err.message : String(err);
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return { message: `${message.split('\n')[0]}${stack}${debug ? '' : ' (set GANTRY_DEBUG=1 for details)'}`, code: EXIT.failed };
}
