import * as tarStream from 'tar-stream';
import { Readable } from 'stream';
import { NeedleMatcher, scanSavedImage } from '../../../../src/image/secrets/layer-scan';
import { maskParts, secretNeedles } from '../../../../src/image/secrets/secret-values';
import { Masker } from '../../../../src/reporter';

describe('what of a secret is searched for and masked', () => {
  test('a one-line value: itself', () => {
    expect(secretNeedles('k3y-from-the-vault\n')).toEqual({ needles: ['k3y-from-the-vault'], tooShort: false });
    expect(secretNeedles('abc')).toEqual({ needles: [], tooShort: true });
  });

  test('a netrc: the whole file and its passwords, not its machine lines', () => {
    const netrc = 'machine git.example.com\n  login oauth2\n  password glpat-XYZ123abc\n';
    expect(secretNeedles(netrc).needles).toEqual([netrc.trim(), 'glpat-XYZ123abc']);
    expect(maskParts(netrc)).toEqual([netrc, 'glpat-XYZ123abc']);
  });

  test('a key: every line of its body, not the armor', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAAAAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAA\n-----END OPENSSH PRIVATE KEY-----\n';
    expect(secretNeedles(key).needles).toEqual([key.trim(), 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ', 'AAAAAAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAA']);
  });

  test('the log masker hides a multi-line secret line by line', () => {
    const m = new Masker();
    const netrc = 'machine git.example.com\n  login oauth2\n  password glpat-XYZ123abc\n';
    for (const p of maskParts(netrc)) m.add(p);
    expect(m.apply('fatal: auth failed with password glpat-XYZ123abc')).not.toContain('glpat-XYZ123abc');
    expect(m.apply('echo glpat-XYZ123abc')).toBe('echo ***');
  });
});

describe('NeedleMatcher', () => {
  test('finds a needle split across chunks', () => {
    const m = new NeedleMatcher([{ id: 'a', bytes: Buffer.from('secret-value') }, { id: 'b', bytes: Buffer.from('other-value') }]);
    for (const c of ['xxxxsec', 'ret-v', 'aluexxxx']) m.push(Buffer.from(c));
    expect([...m.found]).toEqual(['a']);
  });
});

function tarOf(entries: Array<[string, Buffer | string]>): Promise<Buffer> {
  const pack = tarStream.pack();
  for (const [name, body] of entries) pack.entry({ name }, typeof body === 'string' ? Buffer.from(body) : body);
  pack.finalize();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    pack.on('data', (c: Buffer) => chunks.push(c));
    pack.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

describe('scanning a saved image', () => {
  const needles = [{ id: 'datakey', bytes: Buffer.from('k3y-from-the-vault') }];

  async function saved(layer2: Array<[string, string]>, history: string): Promise<Buffer> {
    const layer1 = await tarOf([['bin/app', 'binary bytes']]);
    const layer2Tar = await tarOf(layer2);
    const config = JSON.stringify({ config: { Env: ['PATH=/bin'] }, history: [{ created_by: 'COPY app /bin/app # buildkit' }, { created_by: 'ENV X=1', empty_layer: true }, { created_by: history }] });
    const manifest = JSON.stringify([{ Config: 'cfg.json', Layers: ['l1/layer.tar', 'l2/layer.tar'] }]);
    return tarOf([['l1/layer.tar', layer1], ['l2/layer.tar', layer2Tar], ['cfg.json', config], ['manifest.json', manifest]]);
  }

  test('a clean image has no hit', async () => {
    const image = await saved([['etc/app.conf', 'nothing here']], 'RUN /bin/sh -c true # buildkit');
    expect(await scanSavedImage(Readable.from([image]), needles)).toEqual([]);
  });

  test('a value written to a file is found in its layer, with the step', async () => {
    const image = await saved([['app/key', 'k3y-from-the-vault\n']], 'RUN /bin/sh -c cat /run/secrets/datakey > /app/key # buildkit');
    expect(await scanSavedImage(Readable.from([image]), needles)).toEqual([
      { id: 'datakey', where: 'layer 2 of 2 (RUN /bin/sh -c cat /run/secrets/datakey > /app/key), file /app/key' },
    ]);
  });

  test('a value in the history (a build arg) is found in the config', async () => {
    const image = await saved([['app/x', 'x']], 'RUN |1 DATAKEY=k3y-from-the-vault /bin/sh -c true');
    expect(await scanSavedImage(Readable.from([image]), needles)).toEqual([{ id: 'datakey', where: 'the image config (env, labels, history)' }]);
  });
});
