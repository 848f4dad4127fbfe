import { UserError, inputError } from '../errors';

/**
 * The CI's OIDC identity token that keyless signing trades for a Fulcio certificate:
 *  - SIGSTORE_ID_TOKEN when set (GitLab: an `id_tokens` entry of that name with `aud: sigstore`;
 *    any other CI that can put a token in the environment);
 *  - on GitHub Actions, requested from ACTIONS_ID_TOKEN_REQUEST_URL with the audience `sigstore`
 *    (present only when the job has `permissions: id-token: write`).
 * checkTokenSource runs before the build (no network); fetchIdToken when signing.
 */

export const TOKEN_VARIABLE = 'SIGSTORE_ID_TOKEN';
const AUDIENCE = 'sigstore';

export type TokenSource = { kind: 'variable' } | { kind: 'github'; url: string; bearer: string };

/** Where the token will come from; one line naming sign_keyless and what the CI job lacks when there is none. */
export function checkTokenSource(env: NodeJS.ProcessEnv): TokenSource {
  if (env[TOKEN_VARIABLE]?.trim()) return { kind: 'variable' };
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return { kind: 'github', url: env.ACTIONS_ID_TOKEN_REQUEST_URL, bearer: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
  }
  if (env.GITHUB_ACTIONS === 'true') {
    throw inputError('sign_keyless', 'finds no OIDC token: GitHub Actions gives this job none (ACTIONS_ID_TOKEN_REQUEST_URL is unset)', "the job (or workflow) to have 'permissions: id-token: write'");
  }
  if (env.GITLAB_CI === 'true') {
    throw inputError('sign_keyless', `finds no OIDC token: the GitLab job has no ${TOKEN_VARIABLE} variable`, `the job to declare 'id_tokens: ${TOKEN_VARIABLE}: aud: sigstore'`);
  }
  throw inputError('sign_keyless', `finds no OIDC token: not GitHub Actions with id-token: write, and ${TOKEN_VARIABLE} is unset`,
    `a CI job that provides one (GitHub 'permissions: id-token: write', GitLab 'id_tokens: ${TOKEN_VARIABLE}'), or sign_key`);
}

/** The identity token (never logged: the caller masks it). */
export async function fetchIdToken(env: NodeJS.ProcessEnv, fetchFn: typeof fetch = fetch): Promise<string> {
  const source = checkTokenSource(env);
  if (source.kind === 'variable') return (env[TOKEN_VARIABLE] ?? '').trim();
  const url = new URL(source.url);
  url.searchParams.set('audience', AUDIENCE);
  let res: Response;
  try {
    res = await fetchFn(url.href, { headers: { Accept: 'application/json', Authorization: `Bearer ${source.bearer}` }, signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    throw new UserError(`sign_keyless: cannot reach GitHub's OIDC token service at ${url.origin}: ${(err as Error).message}`);
  }
  if (!res.ok) {
    throw new UserError(`sign_keyless: GitHub's OIDC token service answered ${res.status}${res.status === 403 ? " (does the job have 'permissions: id-token: write'?)" : ''}`);
  }
  const body = (await res.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || !body.value) throw new UserError("sign_keyless: GitHub's OIDC token service answered without a token");
  return body.value;
}
