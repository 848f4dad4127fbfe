import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { UserError } from '../../../src/errors';
import { Engine, followMessages, splitReference } from '../../../src/engine/docker';
import { EngineApiError, EngineHttp, FrameDemuxer, engineQuery, parseDockerHost, readAll, registryAuthHeader } from '../../../src/engine/engine-http';

describe('DOCKER_HOST', () => {
  const none = () => undefined;
  test.each([
    [{}, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    [{ DOCKER_HOST: '' }, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    [{ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, { kind: 'unix', socketPath: '/run/user/1000/docker.sock' }],
    [{ DOCKER_HOST: 'tcp://docker:2375' }, { kind: 'tcp', host: 'docker', port: 2375 }],
    [{ DOCKER_HOST: 'tcp://10.0.0.5' }, { kind: 'tcp', host: '10.0.0.5', port: 2375 }],
    [{ DOCKER_HOST: '127.0.0.1:4243' }, { kind: 'tcp', host: '127.0.0.1', port: 4243 }],
    [{ DOCKER_HOST: 'tcp://[::1]:2375' }, { kind: 'tcp', host: '::1', port: 2375 }],
  ])('%j', (env, want) => {
    expect(parseDockerHost(env as NodeJS.ProcessEnv, none)).toEqual(want);
  });

  test('DOCKER_TLS_VERIFY: TLS with ca.pem, cert.pem and key.pem from DOCKER_CERT_PATH', () => {
    const read = (f: string) => Buffer.from(`file ${f}`);
    const ep = parseDockerHost({ DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs/client' }, read);
    expect(ep).toEqual({ kind: 'tcp', host: 'docker', port: 2376, tls: { ca: read('/certs/client/ca.pem'), cert: read('/certs/client/cert.pem'), key: read('/certs/client/key.pem') } });
  });

  test('TLS certificates default to ~/.docker; a missing file is left out; no port means 2376', () => {
    const ep = parseDockerHost({ DOCKER_HOST: 'tcp://docker', DOCKER_TLS_VERIFY: 'yes', HOME: '/home/me' }, (f) => (f.endsWith('ca.pem') ? Buffer.from(f) : undefined));
    expect(ep).toEqual({ kind: 'tcp', host: 'docker', port: 2376, tls: { ca: Buffer.from('/home/me/.docker/ca.pem'), cert: undefined, key: undefined } });
  });

  test('port 2376 means TLS even without DOCKER_TLS_VERIFY', () => {
    expect(parseDockerHost({ DOCKER_HOST: 'tcp://docker:2376', HOME: '/nowhere' }, none)).toEqual({ kind: 'tcp', host: 'docker', port: 2376, tls: { ca: undefined, cert: undefined, key: undefined } });
  });

  test.each(['ssh://me@build-host', 'npipe:////./pipe/docker_engine', 'fd://'])('%s is refused in one line naming DOCKER_HOST', (value) => {
    let err: unknown;
    try {
      parseDockerHost({ DOCKER_HOST: value }, none);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^DOCKER_HOST=\S+: \w+:\/\/ is not supported; expected unix:\/\/\/path\/to\/docker\.sock or tcp:\/\/HOST:PORT/);
    expect((err as Error).message).not.toContain('\n');
  });

  test('unix:// without a path is refused', () => {
    expect(() => parseDockerHost({ DOCKER_HOST: 'unix://' }, none)).toThrow(/^DOCKER_HOST=unix:\/\/ has no socket path/);
  });
});

describe('query strings', () => {
  test('arrays repeat, objects go as JSON, spaces as %20, undefined is left out', () => {
    expect(engineQuery({ dockerfile: 'gantry.Dockerfile', buildargs: { A: 'x y' }, t: ['r:1', 'r:2'], rm: true, version: 2, platform: undefined })).toBe(
      '?dockerfile=gantry.Dockerfile&buildargs=%7B%22A%22%3A%22x%20y%22%7D&t=r%3A1&t=r%3A2&rm=true&version=2',
    );
    expect(engineQuery({ fromSrc: '-', changes: ['LABEL a=b', 'LABEL c=d+e'] })).toBe('?fromSrc=-&changes=LABEL%20a%3Db&changes=LABEL%20c%3Dd%2Be');
    expect(engineQuery({ name: undefined })).toBe('');
    expect(engineQuery()).toBe('');
  });

  test('the registry auth header is the JSON in padded URL-safe base64', () => {
    const h = registryAuthHeader({ username: 'u', password: '>>>???' });
    expect(h).not.toMatch(/[+/]/);
    expect(JSON.parse(Buffer.from(h.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString())).toEqual({ username: 'u', password: '>>>???' });
    expect(registryAuthHeader(undefined)).toBe('e30=');
  });

  test.each([
    ['golang:1.22', 'golang', '1.22'],
    ['127.0.0.1:5000/team/app:v1', '127.0.0.1:5000/team/app', 'v1'],
    ['127.0.0.1:5000/team/app', '127.0.0.1:5000/team/app', 'latest'],
    [`app@sha256:${'a'.repeat(64)}`, 'app', `sha256:${'a'.repeat(64)}`],
  ])('pull of %s: fromImage and tag', (ref, repository, tag) => {
    expect(splitReference(ref)).toEqual({ repository, tag });
  });
});

function frame(stream: number, text: string): Buffer {
  const head = Buffer.alloc(8);
  head[0] = stream;
  head.writeUInt32BE(Buffer.byteLength(text), 4);
  return Buffer.concat([head, Buffer.from(text)]);
}

describe('the exec stream demultiplexer', () => {
  const all = Buffer.concat([frame(1, 'hello '), frame(2, 'warning\n'), frame(1, ''), frame(1, 'world\n')]);
  const decode = (chunks: Buffer[]) => {
    const d = new FrameDemuxer();
    const got = chunks.flatMap((c) => d.push(c)).map((f) => [f.stream, f.data.toString()]);
    return { got, leftover: d.leftover };
  };
  const want = [[1, 'hello '], [2, 'warning\n'], [1, ''], [1, 'world\n']];

  test('frames in one chunk', () => {
    expect(decode([all])).toEqual({ got: want, leftover: 0 });
  });

  test('frames split at every byte', () => {
    expect(decode([...all].map((b) => Buffer.from([b])))).toEqual({ got: want, leftover: 0 });
  });

  test('frames split inside headers and payloads', () => {
    for (let cut = 1; cut < all.length; cut++) expect(decode([all.subarray(0, cut), all.subarray(cut)])).toEqual({ got: want, leftover: 0 });
  });

  test('an unfinished frame is left over', () => {
    expect(decode([all.subarray(0, all.length - 3)])).toEqual({ got: want.slice(0, 3), leftover: 8 + 'world\n'.length - 3 });
  });
});

describe('progress messages', () => {
  test('JSON lines split across chunks; an error message rejects after all are handed on', async () => {
    const seen: unknown[] = [];
    const stream = Readable.from([Buffer.from('{"status":"a"}\n{"sta'), Buffer.from('tus":"b"}\r\n\n{"errorDetail":{"message":"denied"},"error":"denied"}\n{"status":"c"}')]);
    await expect(followMessages(stream, (m) => seen.push(m.status ?? m.error))).rejects.toThrow('denied');
    expect(seen).toEqual(['a', 'b', 'denied', 'c']);
  });

  test('a stream without errors resolves', async () => {
    await expect(followMessages(Readable.from(['{"stream":"Step 1"}\n']), () => undefined)).resolves.toBeUndefined();
  });
});

describe('the transport against a scripted engine on a unix socket', () => {
  let dir: string;
  let server: net.Server;
  let sock: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-engine-http-'));
    sock = path.join(dir, 'engine.sock');
    server = net.createServer((conn) => {
      let text = '';
      conn.on('data', (c) => {
        text += c.toString('latin1');
        const end = text.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = text.slice(0, end);
        requests.push(head.split('\r\n')[0]);
        if (head.startsWith('GET /images/missing/json')) {
          const body = '{"message":"No such image: missing"}';
          conn.end(`HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
        } else if (head.startsWith('POST /session')) {
          // The 101 and the first bytes of the new protocol in one write.
          conn.write('HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\nFIRST-BYTES');
          setTimeout(() => conn.end('-THEN-MORE'), 20);
        } else {
          conn.end('HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\noops');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(sock, resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a 404 carries its status code and the engine message; inspectImage reads it as missing', async () => {
    const api = new EngineHttp({ DOCKER_HOST: `unix://${sock}` });
    const err = await api.json('GET', '/images/missing/json').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineApiError);
    expect((err as EngineApiError).statusCode).toBe(404);
    expect((err as Error).message).toBe('No such image: missing (HTTP 404)');
    expect(await new Engine(undefined, { DOCKER_HOST: `unix://${sock}` }).inspectImage('missing')).toBeUndefined();
  });

  test('a non-JSON error answer keeps its text', async () => {
    const err = await new EngineHttp({ DOCKER_HOST: `unix://${sock}` }).json('GET', '/info').catch((e: unknown) => e);
    expect((err as EngineApiError).statusCode).toBe(500);
    expect((err as Error).message).toBe('oops (HTTP 500)');
  });

  test('an upgrade hands over the connection with the bytes that came with the 101 first', async () => {
    const socket = await new Engine(undefined, { DOCKER_HOST: `unix://${sock}` }).upgradeSession({ Upgrade: 'h2c', 'X-Docker-Expose-Session-Uuid': 'x' });
    expect((await readAll(socket)).toString()).toBe('FIRST-BYTES-THEN-MORE');
    expect(requests).toContain('POST /session HTTP/1.1');
  });

  test('an engine that is not there: one line naming DOCKER_HOST', async () => {
    const missing = `unix://${path.join(dir, 'nothing.sock')}`;
    const err = await new Engine(undefined, { DOCKER_HOST: missing }).platform().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(`cannot reach the Docker engine at DOCKER_HOST=${missing} (ENOENT); start the engine or set DOCKER_HOST`);
  });

  test('an unsupported DOCKER_HOST fails the first call, not the constructor', async () => {
    const engine = new Engine(undefined, { DOCKER_HOST: 'ssh://me@host' });
    await expect(engine.platform()).rejects.toThrow(/^DOCKER_HOST=ssh:\/\/me@host: ssh:\/\/ is not supported/);
    expect(await engine.allowsPlainHttp('registry.test')).toBe(false);
  });
});
