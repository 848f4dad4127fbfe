import { createServer } from 'http';
import { AddressInfo } from 'net';
import { checkTokenSource, fetchIdToken } from '../../../src/supply-chain/oidc-token';

describe('checkTokenSource: where the CI job keeps its OIDC token', () => {
  test('GitLab (and any CI): SIGSTORE_ID_TOKEN, from an id_tokens entry', () => {
    expect(checkTokenSource({ GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: 'a.b.c' })).toEqual({ kind: 'variable' });
  });

  test('GitHub: the token request URL and bearer of a job with id-token: write', () => {
    expect(checkTokenSource({ GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://t/x?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer' }))
      .toEqual({ kind: 'github', url: 'http://t/x?api-version=2.0', bearer: 'bearer' });
  });

  test.each([
    ['GitHub without id-token: write', { GITHUB_ACTIONS: 'true' }, "input 'sign_keyless': finds no OIDC token: GitHub Actions gives this job none (ACTIONS_ID_TOKEN_REQUEST_URL is unset); expected the job (or workflow) to have 'permissions: id-token: write'"],
    ['GitLab without id_tokens', { GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: ' ' }, "input 'sign_keyless': finds no OIDC token: the GitLab job has no SIGSTORE_ID_TOKEN variable; expected the job to declare 'id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore'"],
    ['elsewhere', {}, /^input 'sign_keyless': finds no OIDC token: not GitHub Actions with id-token: write, and SIGSTORE_ID_TOKEN is unset; expected a CI job that provides one/],
  ])('%s: one line saying what the job lacks', (_n, env, message) => {
    expect(() => checkTokenSource(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});

describe('fetchIdToken', () => {
  test('SIGSTORE_ID_TOKEN as it is', async () => {
    expect(await fetchIdToken({ SIGSTORE_ID_TOKEN: ' h.p.s\n' })).toBe('h.p.s');
  });

  test("GitHub's token service: audience sigstore, the bearer in the header; a 403 names the permission", async () => {
    const seen: Array<{ url?: string; auth?: string }> = [];
    let status = 200;
    const server = createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? JSON.stringify({ value: 'gh.jwt.token' }) : '{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
    const env = { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-bearer' };
    try {
      expect(await fetchIdToken(env)).toBe('gh.jwt.token');
      expect(seen[0]).toEqual({ url: '/token?api-version=2.0&audience=sigstore', auth: 'Bearer req-bearer' });
      status = 403;
      await expect(fetchIdToken(env)).rejects.toThrow("sign_keyless: GitHub's OIDC token service answered 403 (does the job have 'permissions: id-token: write'?)");
    } finally {
      server.close();
    }
  });
});
