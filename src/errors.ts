/**
 * A mistake the user can fix (bad input, refused credentials, unreachable engine...).
 * The top-level catch prints its message as one line, without a stack trace.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * An error about one named input: "input 'image': <problem>; expected <what>", on one line
 * (a line break the value holds is shown as ⏎).
 */
export function inputError(name: string, problem: string, expected?: string): UserError {
  return new UserError(`input '${name}': ${problem.replace(/\r?\n|\r/g, '⏎')}${expected ? `; expected ${expected}` : ''}`);
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
