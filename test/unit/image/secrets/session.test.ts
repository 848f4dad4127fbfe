import * as grpc from '@grpc/grpc-js';
import { AgentProtocol, ParsedKey, utils } from 'ssh2';
import { decodeMessage, encodeMessage, stringField, bytesField } from '../../../../src/image/secrets/session/protobuf';
import { METHODS, addSessionServices } from '../../../../src/image/secrets/session/session-services';
import { agentIdentities, keyAgent, parsePrivateKey } from '../../../../src/image/secrets/session/ssh-agents';

describe('protobuf codec', () => {
  test('round trip of varints and bytes', () => {
    const msg = encodeMessage([[1, 'datakey'], [2, 300], [3, Buffer.from([0, 255])]]);
    const fields = decodeMessage(msg);
    expect(stringField(fields, 1)).toBe('datakey');
    expect(fields.find((f) => f.no === 2)?.value).toBe(300);
    expect(bytesField(fields, 3)).toEqual(Buffer.from([0, 255]));
    // HealthCheckResponse{status: SERVING} is 08 01 on the wire.
    expect(encodeMessage([[1, 1]])).toEqual(Buffer.from([8, 1]));
  });
});

describe.each(['ed25519', 'rsa', 'ecdsa'] as const)('the in-process agent signs with a %s key', (type) => {
  test('what ssh verifies', async () => {
    const pair = type === 'rsa' ? utils.generateKeyPairSync('rsa', { bits: 2048 }) : type === 'ecdsa' ? utils.generateKeyPairSync('ecdsa', { bits: 256 }) : utils.generateKeyPairSync('ed25519');
    const key = parsePrivateKey(pair.private, 'default', 'test');
    const agent = keyAgent('default', 'test key', [key]);
    expect(await agentIdentities(agent)).toEqual([key.getPublicSSH()]);
    const conn = agent.open();
    const client = new AgentProtocol(true);
    client.pipe(conn).pipe(client);
    const data = Buffer.from('session data to sign');
    const sig = await new Promise<Buffer>((resolve, reject) =>
      client.sign(key.getPublicSSH(), data, type === 'rsa' ? { hash: 'sha256' } : {}, (err, s) => (err ? reject(err) : resolve(s as Buffer))),
    );
    const pub = utils.parseKey(pair.public) as ParsedKey;
    if (type === 'ecdsa') {
      // ssh2's verify wants DER; the agent answers in SSH's mpint r, mpint s form.
      const r = sig.subarray(4, 4 + sig.readUInt32BE(0));
      const rest = sig.subarray(4 + r.length);
      const s = rest.subarray(4, 4 + rest.readUInt32BE(0));
      const der = (b: Buffer) => Buffer.concat([Buffer.from([2, b.length]), b]);
      const body = Buffer.concat([der(r), der(s)]);
      expect(pub.verify(data, Buffer.concat([Buffer.from([0x30, body.length]), body]), 'sha256')).toBe(true);
    } else {
      expect(pub.verify(data, sig, type === 'rsa' ? 'sha256' : undefined)).toBe(true);
    }
    conn.destroy();
  });
});

test("OpenSSH's session-bind extension gets a failure, and the next request its answer", async () => {
  const key = parsePrivateKey(utils.generateKeyPairSync('ed25519').private, 'default', 'test');
  const conn = keyAgent('default', 'test key', [key]).open();
  const replies: Buffer[] = [];
  conn.on('data', (b: Buffer) => replies.push(b));
  const ext = Buffer.concat([Buffer.from([27]), Buffer.from([0, 0, 0, 24]), Buffer.from('session-bind@openssh.com'), Buffer.alloc(200, 7)]);
  const msg = (body: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, body.length]), body]);
  const bytes = Buffer.concat([msg(ext), msg(Buffer.from([11]))]);
  // As BuildKit forwards it: the length and the body in separate chunks.
  conn.write(bytes.subarray(0, 4));
  conn.write(bytes.subarray(4));
  await new Promise((r) => setImmediate(r));
  const all = Buffer.concat(replies);
  expect(all.subarray(0, 5)).toEqual(Buffer.from([0, 0, 0, 1, 5]));
  expect(all[9]).toBe(12);
  expect(all.readUInt32BE(10)).toBe(1);
});

describe('session services over real gRPC', () => {
  let server: grpc.Server;
  let port = 0;
  const key = parsePrivateKey(utils.generateKeyPairSync('ed25519').private, 'default', 'test');
  const asked: string[] = [];

  beforeAll(async () => {
    server = new grpc.Server();
    addSessionServices(server, {
      secret: (id) => (id === 'datakey' ? Buffer.from('k3y-from-the-vault') : undefined),
      agent: (id) => (id === 'default' ? keyAgent('default', 'test key', [key]) : undefined),
      debug: () => undefined,
      used: (kind, id) => asked.push(`${kind}:${id}`),
    });
    port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
  });
  afterAll(() => server.forceShutdown());

  const client = () => new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const id = (b: Buffer) => b;
  function unary(path: string, req: Buffer): Promise<Buffer> {
    const c = client();
    return new Promise((resolve, reject) =>
      c.makeUnaryRequest(path, id, id, req, (err, res) => {
        c.close();
        if (err) reject(err);
        else resolve(res as Buffer);
      }),
    );
  }

  test('health answers SERVING', async () => {
    expect(await unary(METHODS.healthCheck, Buffer.alloc(0))).toEqual(Buffer.from([8, 1]));
  });

  test('a known secret comes back as data; an unknown one is NotFound', async () => {
    const res = await unary(METHODS.getSecret, encodeMessage([[1, 'datakey']]));
    expect(bytesField(decodeMessage(res), 1).toString()).toBe('k3y-from-the-vault');
    await expect(unary(METHODS.getSecret, encodeMessage([[1, 'nope']]))).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
    expect(asked).toEqual(expect.arrayContaining(['secret:datakey', 'secret:nope']));
  });

  test('CheckAgent knows the ids; ForwardAgent carries agent bytes both ways', async () => {
    await expect(unary(METHODS.checkAgent, encodeMessage([[1, 'default']]))).resolves.toEqual(Buffer.alloc(0));
    await expect(unary(METHODS.checkAgent, encodeMessage([[1, 'other']]))).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });

    const c = client();
    const md = new grpc.Metadata();
    md.set('buildkit.ssh.id', 'default');
    const call = c.makeBidiStreamRequest(METHODS.forwardAgent, (b: Buffer) => encodeMessage([[1, b]]), (b: Buffer) => bytesField(decodeMessage(b), 1), md);
    const agent = new AgentProtocol(true);
    agent.on('data', (b: Buffer) => call.write(b));
    call.on('data', (b: Buffer) => agent.write(b));
    const keys = await new Promise<ParsedKey[]>((resolve, reject) => agent.getIdentities((err, k) => (err ? reject(err) : resolve(k ?? []))));
    expect(keys.map((k) => k.getPublicSSH())).toEqual([key.getPublicSSH()]);
    call.end();
    await new Promise((r) => call.on('status', r));
    c.close();
  });
});
