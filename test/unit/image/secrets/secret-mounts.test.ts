import { checkSecretMounts, secretRunSteps } from '../../../../src/image/secrets/secret-mounts';
import { addRotationMounts, loadSalt, rotationMount, stepRevision } from '../../../../src/image/secrets/secret-rotation';
import { BuildSecrets } from '../../../../src/image/secrets/secret-sources';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const DOCKERFILE = [
  'FROM golang:1.22 AS build',
  'WORKDIR /src',
  '# a comment',
  'RUN --mount=type=cache,target=/go/pkg/mod \\',
  '    --mount=type=secret,id=netrc,target=/root/.netrc \\',
  '    # comments inside a continued line are dropped',
  '    --mount=type=ssh \\',
  '    go mod download',
  'RUN --mount=type=secret,target=/run/secrets/datakey cat /run/secrets/datakey > /dev/null',
  'run --mount="type=secret,id=opt,required=false" true',
  'RUN echo --mount=type=secret,id=not-a-flag',
  'FROM scratch',
  'RUN --mount=type=ssh,id=gitlab,required true',
  '',
].join('\n');

describe('secret and ssh mounts of a Dockerfile', () => {
  const steps = secretRunSteps(DOCKERFILE);

  test('each RUN step with its mounts, stage and line', () => {
    expect(steps).toEqual([
      { line: 4, stage: 'build', text: 'RUN --mount=type=cache,target=/go/pkg/mod \\', mounts: [{ type: 'secret', id: 'netrc', required: undefined }, { type: 'ssh', id: 'default', required: undefined }] },
      { line: 9, stage: 'build', text: 'RUN --mount=type=secret,target=/run/secrets/datakey cat /run/secrets/datakey > /dev/null', mounts: [{ type: 'secret', id: 'datakey', required: undefined }] },
      { line: 10, stage: 'build', text: 'run --mount="type=secret,id=opt,required=false" true', mounts: [{ type: 'secret', id: 'opt', required: false }] },
      { line: 13, stage: '1', text: 'RUN --mount=type=ssh,id=gitlab,required true', mounts: [{ type: 'ssh', id: 'gitlab', required: true }] },
    ]);
  });

  test('an id the Dockerfile uses but nobody gave is named with its step', () => {
    expect(() => checkSecretMounts(steps, new Set(['netrc']), new Set(['default', 'gitlab']))).toThrow(
      "the Dockerfile mounts secret 'datakey' at line 9 (stage build: RUN --mount=type=secret,target=/run/secrets/datakey cat /run/secrets/datakey > /dev/null), but no secret 'datakey' was given; add 'datakey=ENV_NAME' to secret_envs or 'datakey=path' to secret_files",
    );
    expect(() => checkSecretMounts(steps, new Set(['netrc', 'datakey']), new Set(['default']))).toThrow(
      "the Dockerfile mounts ssh agent 'gitlab' at line 13 (stage 1: RUN --mount=type=ssh,id=gitlab,required true), but ssh gives no id 'gitlab'; add 'gitlab=path-to-key' to ssh",
    );
    expect(checkSecretMounts(steps, new Set(['netrc', 'datakey', 'unused']), new Set(['default', 'gitlab']))).toEqual(["secret 'unused' is given but no RUN step mounts it"]);
  });

  test('a backtick escape directive continues lines with `', () => {
    const s = secretRunSteps('# escape=`\nFROM x\nRUN --mount=type=secret,id=a `\n  echo\n');
    expect(s).toEqual([{ line: 3, stage: '0', text: 'RUN --mount=type=secret,id=a `', mounts: [{ type: 'secret', id: 'a', required: undefined }] }]);
  });
});

describe('rotation', () => {
  const secrets = (netrc: string, keys: Buffer[] = []): BuildSecrets => ({
    secrets: new Map([['netrc', { id: 'netrc', from: 'test', value: Buffer.from(netrc) }], ['datakey', { id: 'datakey', from: 'test', value: Buffer.from('dk') }]]),
    agents: new Map([['default', { source: { id: 'default', describe: 'x', open: () => { throw new Error('unused'); } }, publicKeys: keys, privateKeys: [] }]]),
  });
  const salt = Buffer.alloc(32, 7);
  const [download, datakey] = secretRunSteps(DOCKERFILE);

  test('a step revision changes with what the step mounts, and only with that', () => {
    const base = stepRevision(salt, download, secrets('machine h password one'));
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(stepRevision(salt, download, secrets('machine h password one'))).toBe(base);
    expect(stepRevision(salt, download, secrets('machine h password two'))).not.toBe(base);
    expect(stepRevision(salt, download, secrets('machine h password one', [Buffer.from('newkey')]))).not.toBe(base);
    expect(stepRevision(Buffer.alloc(32, 8), download, secrets('machine h password one'))).not.toBe(base);
    // The datakey step does not mount netrc: rotating netrc leaves it cached.
    expect(stepRevision(salt, datakey, secrets('a'))).toBe(stepRevision(salt, datakey, secrets('b')));
  });

  test('the revision is salted: no plain hash of the value', () => {
    const crypto = require('crypto') as typeof import('crypto');
    const value = 'machine h password one';
    const rev = stepRevision(salt, download, secrets(value));
    for (const algo of ['sha256', 'sha1', 'md5', 'sha512']) expect(crypto.createHash(algo).update(value).digest('hex')).not.toContain(rev);
  });

  test('rotation mounts go on the RUN lines of secret steps only', () => {
    const out = addRotationMounts(DOCKERFILE, [{ step: download, revision: 'r1' }, { step: datakey, revision: 'r2' }]);
    const lines = out.split('\n');
    expect(lines[3]).toBe(`RUN ${rotationMount('r1')} --mount=type=cache,target=/go/pkg/mod \\`);
    expect(lines[8]).toBe(`RUN ${rotationMount('r2')} --mount=type=secret,target=/run/secrets/datakey cat /run/secrets/datakey > /dev/null`);
    expect(rotationMount('r1')).toBe('--mount=type=cache,id=gantry-secrets-r1,target=/dev/.gantry-secrets,ro');
    expect(lines.filter((l, i) => l !== DOCKERFILE.split('\n')[i])).toHaveLength(2);
    // The result still parses to the same secret steps.
    expect(secretRunSteps(out).map((s) => s.mounts)).toEqual(secretRunSteps(DOCKERFILE).map((s) => s.mounts));
  });

  test('the salt is made once, private to the runner', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-salt-')), 'gantry', 'secrets-salt');
    const a = loadSalt(file);
    expect(a).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSalt(file).equals(a)).toBe(true);
    fs.writeFileSync(file, 'short');
    const replaced = loadSalt(file);
    expect(replaced).toHaveLength(32);
    expect(loadSalt(file).equals(replaced)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['secrets-salt']);
  });
});
