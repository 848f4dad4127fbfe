import { guardBuildArgs, secretWord } from '../../../../src/image/secrets/secret-guard';

describe('build args that look like secrets', () => {
  test.each([
    ['DATAKEY', 'KEY'],
    ['API_KEY', 'KEY'],
    ['apiKey', 'KEY'],
    ['AWS_ACCESS_KEY_ID', 'KEY'],
    ['GITHUB_TOKEN', 'TOKEN'],
    ['NPM_AUTH_TOKEN', 'TOKEN'],
    ['DB_PASSWORD', 'PASSWORD'],
    ['DB_PASS', 'PASS'],
    ['DB_PWD', 'PWD'],
    ['CLIENT_SECRET', 'SECRET'],
    ['GOOGLE_APPLICATION_CREDENTIALS', 'CREDENTIAL'],
    ['OAUTH', 'AUTH'],
    ['BASIC_AUTH', 'AUTH'],
    ['GITHUB_PAT', 'PAT'],
    ['SSH_PRIVATE_KEY', 'KEY'],
  ])('%s is a secret (%s)', (name, word) => {
    expect(secretWord(name)).toBe(word);
  });

  test.each(['ISDEV', 'VERSION', 'GOPRIVATE', 'BYPASS_CACHE', 'COMPASS', 'AUTHOR', 'PATH', 'PWD', 'KEYBOARD', 'SOURCE_DATE_EPOCH', 'HTTP_PROXY', 'PATCH_LEVEL'])(
    '%s is not',
    (name) => {
      expect(secretWord(name)).toBe('');
    },
  );
});

describe('guardBuildArgs', () => {
  const secrets = [{ id: 'datakey', text: 'k3y-from-the-vault' }];

  test("the seed's DATAKEY build arg is refused, showing the secret_envs way", () => {
    expect(() => guardBuildArgs([['ISDEV', 'true'], ['DATAKEY', 'whatever']], [], false)).toThrow(
      "input 'build_args': build arg DATAKEY looks like a secret (its name has KEY): build args stay in the image history and the build cache; expected no secrets in build_args; pass it as a build secret instead: secret_envs 'datakey=DATAKEY' (the value from the environment variable DATAKEY) and in the Dockerfile RUN --mount=type=secret,id=datakey reading /run/secrets/datakey; or allow_secret_build_args: true if it is not a secret",
    );
  });

  test('a value equal to (or holding) a secret is refused whatever the name', () => {
    expect(() => guardBuildArgs([['CONFIG', 'k3y-from-the-vault']], secrets, false)).toThrow(/build arg CONFIG carries the value of secret 'datakey'/);
    expect(() => guardBuildArgs([['URL', 'https://u:k3y-from-the-vault@h/']], secrets, false)).toThrow(/carries the value of secret 'datakey'/);
    expect(guardBuildArgs([['CONFIG', 'plain']], secrets, false).warnings).toEqual([]);
  });

  test('allow_secret_build_args lets them pass with a warning', () => {
    const r = guardBuildArgs([['MONKEY', 'banana'], ['CONFIG', 'k3y-from-the-vault']], secrets, true);
    expect(r.warnings).toEqual([
      'build arg MONKEY looks like a secret (its name has KEY); allowed by allow_secret_build_args, so it stays in the image history and the build cache',
      "build arg CONFIG carries the value of secret 'datakey'; allowed by allow_secret_build_args, so it stays in the image history and the build cache",
    ]);
  });
});
