import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { utils } from 'ssh2';
import { parseInputs, secretValues } from '../../../../src/inputs';
import { parseSecretRefs, parseSshRefs, sshKeyTexts } from '../../../../src/image/secrets/secret-inputs';
import { resolveBuildSecrets } from '../../../../src/image/secrets/secret-sources';

const KEY = utils.generateKeyPairSync('ed25519', { comment: 'unit' }).private;
const ENCRYPTED = utils.generateKeyPairSync('ed25519', { passphrase: 'correct horse', cipher: 'aes256-ctr', rounds: 16 }).private;

describe('secret inputs', () => {
  test('secret_envs, secret_files and netrc become one set of ids', () => {
    expect(parseSecretRefs(['datakey=DATAKEY'], ['cert=./tls/key.pem'], 'machine h password p')).toEqual([
      { id: 'datakey', from: { env: 'DATAKEY' } },
      { id: 'cert', from: { file: './tls/key.pem' } },
      { id: 'netrc', from: { input: 'netrc' } },
    ]);
  });

  test.each([
    [['datakey'], [], '', /input 'secret_envs': 'datakey' is not an id=ENV_NAME line/],
    [['datakey=DATA-KEY'], [], '', /'DATA-KEY' \(for id 'datakey'\) is not an environment variable name/],
    [['a=A', 'a=B'], [], '', /secret id 'a' is given twice/],
    [[], ['netrc=/x'], 'machine h', /input 'netrc': secret id 'netrc' is given twice \(also in secret_files\)/],
    [[], ['=/x'], '', /input 'secret_files'/],
  ])('bad: %j %j', (envs, files, netrc, message) => {
    expect(() => parseSecretRefs(envs, files, netrc)).toThrow(message);
  });

  test.each([
    ['default', [{ id: 'default', agent: 'SSH_AUTH_SOCK' }]],
    ['gitlab', [{ id: 'gitlab', agent: 'SSH_AUTH_SOCK' }]],
    ['default=/k/a, /k/b\ngitlab=/run/agent.sock', [{ id: 'default', paths: ['/k/a', '/k/b'] }, { id: 'gitlab', paths: ['/run/agent.sock'] }]],
  ])('ssh %j', (text, refs) => {
    expect(parseSshRefs(text)).toEqual(refs);
  });

  test('ssh key text, alone or after an id, spans lines', () => {
    const refs = parseSshRefs(`${KEY}\ngit=${KEY}`);
    expect(refs.map((r) => r.id)).toEqual(['default', 'git']);
    expect(refs.every((r) => 'keyText' in r && r.keyText.trim() === KEY.trim())).toBe(true);
    expect(sshKeyTexts(`x\ngit=${KEY}`)).toEqual([KEY.trim()]);
    expect(() => parseSshRefs(KEY.split('\n').slice(0, 3).join('\n'))).toThrow(/no -----END line/);
    expect(() => parseSshRefs('default\ndefault=/k')).toThrow(/id 'default' is given twice/);
  });

  test('front ends mask key text, netrc passwords and, given the environment, secret_envs values', () => {
    const inputs = parseInputs({ ssh: `git=${KEY}`, netrc: 'machine git.example.com login u password tok3n-value', secret_envs: 'datakey=DATAKEY' });
    const values = secretValues(inputs, { DATAKEY: 'the-data-key' });
    expect(values).toEqual(expect.arrayContaining([KEY.trim(), 'tok3n-value', 'the-data-key', 'machine git.example.com login u password tok3n-value']));
    expect(secretValues(inputs)).not.toContain('the-data-key');
  });
});

describe('reading secrets (bad input is named)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-secrets-'));
  const inputsWith = (raw: Record<string, string>) => parseInputs(raw);

  test('an unset or empty variable', async () => {
    await expect(resolveBuildSecrets(inputsWith({ secret_envs: 'datakey=DATAKEY' }), {})).rejects.toThrow(
      "input 'secret_envs': secret 'datakey' comes from DATAKEY, which is not set",
    );
    await expect(resolveBuildSecrets(inputsWith({ secret_envs: 'datakey=DATAKEY' }), { DATAKEY: '' })).rejects.toThrow(/DATAKEY, which is empty/);
  });

  test('an unreadable file', async () => {
    await expect(resolveBuildSecrets(inputsWith({ secret_files: `cert=${dir}/missing.pem` }), {})).rejects.toThrow(
      `input 'secret_files': secret 'cert': cannot read ${dir}/missing.pem (ENOENT)`,
    );
  });

  test('values are read; key files and key text are served by an agent inside gantry', async () => {
    fs.writeFileSync(path.join(dir, 'netrc'), 'machine h login u password p4ssword\n');
    fs.writeFileSync(path.join(dir, 'id'), KEY, { mode: 0o600 });
    const s = await resolveBuildSecrets(inputsWith({ secret_envs: 'datakey=DATAKEY', secret_files: `netrc=${dir}/netrc`, ssh: `default=${dir}/id\ntext=${KEY}` }), { DATAKEY: 'dk-1234567' });
    expect(s.secrets.get('datakey')?.value.toString()).toBe('dk-1234567');
    expect(s.secrets.get('netrc')?.from).toBe(`file ${dir}/netrc`);
    const pub = (utils.parseKey(KEY) as import('ssh2').ParsedKey).getPublicSSH();
    expect(s.agents.get('default')?.publicKeys).toEqual([pub]);
    expect(s.agents.get('text')?.publicKeys).toEqual([pub]);
    expect(s.agents.get('text')?.privateKeys).toEqual([`${KEY.trim()}\n`]);
  });

  test('a key that needs a passphrase', async () => {
    fs.writeFileSync(path.join(dir, 'enc'), ENCRYPTED, { mode: 0o600 });
    await expect(resolveBuildSecrets(inputsWith({ ssh: `git=${dir}/enc` }), {})).rejects.toThrow(/input 'ssh': the key for id 'git' \(.*enc\) needs a passphrase/);
  });

  test('the runner agent without SSH_AUTH_SOCK, and an agent socket that does not answer', async () => {
    await expect(resolveBuildSecrets(inputsWith({ ssh: 'default' }), {})).rejects.toThrow(/SSH_AUTH_SOCK is not set/);
    const sock = path.join(dir, 'silent.sock');
    const silent = net.createServer(() => undefined).listen(sock);
    await new Promise((r) => silent.once('listening', r));
    try {
      const started = Date.now();
      await expect(resolveBuildSecrets(inputsWith({ ssh: 'default' }), { SSH_AUTH_SOCK: sock })).rejects.toThrow(
        `input 'ssh': the agent at ${sock} for id 'default' does not answer within 5s`,
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
    } finally {
      silent.close();
    }
    await expect(resolveBuildSecrets(inputsWith({ ssh: `default=${dir}/gone.sock` }), {})).rejects.toThrow(/cannot read .*gone.sock \(ENOENT\)/);
  }, 15_000);
});
