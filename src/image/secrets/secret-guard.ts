import { inputError } from '../../errors';
import { secretNeedles } from './secret-values';
import { secretWord } from '../../secret-values';

export { secretWord } from '../../secret-values';

/**
 * Build args end up in the image history (`RUN |1 DATAKEY=... /bin/sh -c ...`) and in the
 * cache key of every step after their ARG, for anyone who pulls the image or shares the
 * engine. A build arg that looks like a secret is refused and the secret_envs way shown.
 */

export interface GuardResult {
  warnings: string[];
}

function secretWay(name: string): string {
  const id = name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
  return `pass it as a build secret instead: secret_envs '${id}=${name}' (the value from the environment variable ${name}) and in the Dockerfile RUN --mount=type=secret,id=${id} reading /run/secrets/${id}`;
}

/**
 * Refuses build args named like secrets or carrying a secret's value; with
 * allow_secret_build_args they pass with a warning.
 */
export function guardBuildArgs(args: ReadonlyArray<readonly [string, string]>, secrets: Array<{ id: string; text: string }>, allow: boolean): GuardResult {
  const warnings: string[] = [];
  for (const [name, value] of args) {
    const word = secretWord(name);
    const match = secrets.find((s) => {
      const v = value.trim();
      if (!v) return false;
      return s.text.trim() === v || secretNeedles(s.text).needles.some((n) => n.length >= 8 && v.includes(n));
    });
    if (!word && !match) continue;
    const why = match
      ? `build arg ${name} carries the value of secret '${match.id}'`
      : `build arg ${name} looks like a secret (its name has ${word})`;
    if (allow) {
      warnings.push(`${why}; allowed by allow_secret_build_args, so it stays in the image history and the build cache`);
      continue;
    }
    throw inputError('build_args', `${why}: build args stay in the image history and the build cache`, `no secrets in build_args; ${secretWay(name)}; or allow_secret_build_args: true if it is not a secret`);
  }
  return { warnings };
}

/**
 * Refuses any value of `input` (build args, labels: what lands in an image) that equals, or holds,
 * the value of one of gantry's own secret inputs (registry_password, sign_key_password,
 * secret_env...). Unlike a name that only looks like a secret, no flag allows it: nobody means to
 * publish the registry's password in an image. The message names the secret, never the value.
 */
export function refuseSecretValues(input: string, pairs: ReadonlyArray<readonly [string, string]>, secrets: ReadonlyArray<{ id: string; text: string }>): void {
  for (const [name, value] of pairs) {
    const v = value.trim();
    if (v.length < 4) continue;
    const match = secrets.find((s) => {
      const t = s.text.trim();
      return t.length >= 4 && (t === v || (t.length >= 8 && v.includes(t)));
    });
    if (match) {
      throw inputError(input, `${name} carries the value of the secret ${match.id}, and ${input} land in the image for anyone who pulls it`, `no secret values in ${input}; a secret reaches the build through secret_envs or secret_files, and the app through secret_env`);
    }
  }
}
