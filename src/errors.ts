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

/** What a file system error code means, in words (the code follows in parentheses). */
const FILE_CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'a symbolic link loop',
  EMFILE: 'too many open files',
  EIO: 'an input/output error of the device',
};

/** "permission denied (EACCES)", or the error's own first line when it has no known code. */
export function fileCause(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && FILE_CAUSES[code]) return `${FILE_CAUSES[code]} (${code})`;
  return code ?? errorMessage(err).split('\n')[0];
}

/** One line naming the input, the file and the cause of a failed read or write of it. */
export function fileError(input: string, verb: 'read' | 'write', file: string, err: unknown): UserError {
  return err instanceof UserError ? err : inputError(input, `cannot ${verb} '${file}': ${fileCause(err)}`);
}
