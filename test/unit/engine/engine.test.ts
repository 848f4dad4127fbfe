import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { UserError } from '../../../src/errors';
import { Engine, EngineApiError, engineQuery, followMessages, readAll, registryAuthHeader, splitReference } from '../../../src/engine/docker';
import { AddressFiles, hostKeyKnown, parseDockerHost, readKnownHosts } from '../../../src/engine/engine-address';

/** A machine with these files only (no /var/run/docker.sock unless listed). */
const machine = (files: Record<string, string> = {}): AddressFiles => ({
  read: (f) => (f in files ? Buffer.from(files[f]) : undefined),
  exists: (f) => f in files,
});

describe('DOCKER_HOST', () => {
  const none = machine({ '/var/run/docker.sock': '' });
  test.each([
    [{}, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    [{ DOCKER_HOST: '' }, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    [{ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, { kind: 'unix', socketPath: '/run/user/1000/docker.sock' }],
    [{ DOCKER_HOST: 'tcp://docker:2375' }, { kind: 'tcp', host: 'docker', port: 2375 }],
    [{ DOCKER_HOST: 'tcp://10.0.0.5' }, { kind: 'tcp', host: '10.0.0.5', port: 2375 }],
    [{ DOCKER_HOST: '127.0.0.1:4243' }, { kind: 'tcp', host: '127.0.0.1', port: 4243 }],
    [{ DOCKER_HOST: 'tcp://[::1]:2375' }, { kind: 'tcp', host: '::1', port: 2375 }],
    [{ DOCKER_HOST: 'ssh://deploy@10.231.0.11', SSH_AUTH_SOCK: '/tmp/agent', HOME: '/home/me' }, { kind: 'ssh', host: '10.231.0.11', port: 22, username: 'deploy', agent: '/tmp/agent', knownHostsFile: '/home/me/.ssh/known_hosts' }],
    [{ DOCKER_HOST: 'ssh://build-host:2222', SSH_AUTH_SOCK: '/tmp/agent', HOME: '/home/me' }, { kind: 'ssh', host: 'build-host', port: 2222, username: undefined, agent: '/tmp/agent', knownHostsFile: '/home/me/.ssh/known_hosts' }],
  ])('%j', (env, want) => {
    expect(parseDockerHost(env as NodeJS.ProcessEnv, none)).toEqual(want);
  });

  test("Docker Desktop's per-user socket when there is no system socket, and only then", () => {
    const desktop = '/home/me/.docker/run/docker.sock';
    expect(parseDockerHost({ HOME: '/home/me' }, machine({ [desktop]: '' }))).toEqual({ kind: 'unix', socketPath: desktop });
    expect(parseDockerHost({ HOME: '/home/me' }, machine({ [desktop]: '', '/var/run/docker.sock': '' }))).toEqual({ kind: 'unix', socketPath: '/var/run/docker.sock' });
    expect(parseDockerHost({ HOME: '/home/me' }, machine())).toEqual({ kind: 'unix', socketPath: '/var/run/docker.sock' });
  });

  test('DOCKER_TLS_VERIFY: TLS with ca.pem, cert.pem and key.pem from DOCKER_CERT_PATH', () => {
    const files = machine({ '/certs/client/ca.pem': 'ca', '/certs/client/cert.pem': 'cert', '/certs/client/key.pem': 'key' });
    const ep = parseDockerHost({ DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs/client' }, files);
    expect(ep).toEqual({ kind: 'tcp', host: 'docker', port: 2376, tls: { ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') } });
  });

  test("TLS certificates default to the given HOME's .docker; a missing file is left out; no port means 2376", () => {
    const ep = parseDockerHost({ DOCKER_HOST: 'tcp://docker', DOCKER_TLS_VERIFY: 'yes', HOME: '/home/me' }, machine({ '/home/me/.docker/ca.pem': 'ca' }));
    expect(ep).toEqual({ kind: 'tcp', host: 'docker', port: 2376, tls: { ca: Buffer.from('ca'), cert: undefined, key: undefined } });
  });

  test('port 2376 means TLS even without DOCKER_TLS_VERIFY', () => {
    expect(parseDockerHost({ DOCKER_HOST: 'tcp://docker:2376', HOME: '/nowhere' }, none)).toEqual({ kind: 'tcp', host: 'docker', port: 2376, tls: { ca: undefined, cert: undefined, key: undefined } });
  });

  test.each([
    [{ DOCKER_HOST: 'npipe:////./pipe/docker_engine' }, /^DOCKER_HOST=npipe:\/\/\/\/\.\/pipe\/docker_engine: npipe:\/\/ is not supported; expected unix:/],
    [{ DOCKER_HOST: 'fd://' }, /^DOCKER_HOST=fd:\/\/: fd:\/\/ is not supported/],
    [{ DOCKER_HOST: 'unix://' }, /^DOCKER_HOST=unix:\/\/ has no socket path/],
    [{ DOCKER_HOST: 'ssh://me@host', HOME: '/home/me' }, /^DOCKER_HOST=ssh:\/\/me@host: no SSH agent \(SSH_AUTH_SOCK is not set\); expected an agent holding the key for host/],
    [{ DOCKER_HOST: 'ssh://me@host', SSH_AUTH_SOCK: '/tmp/a' }, /^DOCKER_HOST=ssh:\/\/me@host: HOME is not set, so there is no ~\/\.ssh\/known_hosts/],
    [{ DOCKER_HOST: 'ssh://me:secret@host', SSH_AUTH_SOCK: '/tmp/a', HOME: '/h' }, /^DOCKER_HOST=ssh:\/\/me:secret@host carries a password/],
    [{ DOCKER_HOST: 'tcp://docker', DOCKER_TLS_VERIFY: '1' }, /^DOCKER_HOST=tcp:\/\/docker uses TLS but neither DOCKER_CERT_PATH nor HOME is set/],
  ])('%j is refused in one line naming DOCKER_HOST', (env, want) => {
    let err: unknown;
    try {
      parseDockerHost(env as NodeJS.ProcessEnv, none);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(want);
    expect((err as Error).message).not.toContain('\n');
  });
});

/** An ed25519 public key as an SSH blob and its known_hosts base64. */
function sshKey(): { blob: Buffer; text: string } {
  const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(der.subarray(der.length - 32))]);
  return { blob, text: blob.toString('base64') };
}

describe('the ssh:// host key check (docker-modem accepts any key unless given this verifier)', () => {
  const a = sshKey();
  const b = sshKey();
  test('the pinned key of the host and port passes; another key, another host or port, a revoked key do not', () => {
    const known = `10.231.0.11 ssh-ed25519 ${a.text}\n[10.231.0.12]:2222 ssh-ed25519 ${b.text}\n`;
    expect(hostKeyKnown(known, '10.231.0.11', 22, a.blob)).toBe(true);
    expect(hostKeyKnown(known, '10.231.0.11', 22, b.blob)).toBe(false);
    expect(hostKeyKnown(known, '10.231.0.12', 2222, b.blob)).toBe(true);
    expect(hostKeyKnown(known, '10.231.0.12', 22, b.blob)).toBe(false);
    expect(hostKeyKnown(known, '10.231.0.13', 22, a.blob)).toBe(false);
    expect(hostKeyKnown('', '10.231.0.11', 22, a.blob)).toBe(false);
    expect(hostKeyKnown(`${known}@revoked 10.231.0.11 ssh-ed25519 ${a.text}\n`, '10.231.0.11', 22, a.blob)).toBe(false);
  });

  test('a missing known_hosts file is empty; a bad line names the file and DOCKER_HOST', () => {
    expect(readKnownHosts('/home/me/.ssh/known_hosts', 'ssh://h', machine())).toBe('');
    expect(() => readKnownHosts('/home/me/.ssh/known_hosts', 'ssh://h', machine({ '/home/me/.ssh/known_hosts': 'h ssh-foo AAAA\n' }))).toThrow(/^DOCKER_HOST=ssh:\/\/h: \/home\/me\/\.ssh\/known_hosts: line 1 has the unknown key type 'ssh-foo'/);
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

describe('progress messages', () => {
  test('JSON lines split across chunks; an error message rejects after all are handed on', async () => {
    const seen: unknown[] = [];
    const stream = Readable.from([Buffer.from('{"status":"a"}\n{"sta'), Buffer.from('tus":"b"}\r\n\n{"errorDetail":{"message":"denied"},"error":"denied"}\n{"status":"c"}')]);
    await expect(followMessages(stream, (m) => seen.push(m.status ?? m.error))).rejects.toThrow('denied');
    expect(seen).toEqual(['a', 'b', 'denied', 'c']);
  });

  test('a stream that closes before its end is an error', async () => {
    const cut = new Readable({ read() {} });
    cut.push('{"status":"a"}\n');
    setImmediate(() => cut.destroy());
    await expect(followMessages(cut, () => undefined)).rejects.toThrow(/closed the engine's answer before its end/);
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
  const open = new Set<net.Socket>();
  let goingInspections = 0;
  const json = (status: string, body: string) => `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const chunked = (lines: string[]) => `HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${lines.map((l) => `${Buffer.byteLength(l).toString(16)}\r\n${l}\r\n`).join('')}`;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-engine-'));
    sock = path.join(dir, 'engine.sock');
    server = net.createServer((conn) => {
      open.add(conn);
      conn.on('close', () => open.delete(conn));
      let text = '';
      let answered = false;
      conn.on('data', (c) => {
        if (answered) return; // a request's body: one request per connection here
        text += c.toString('latin1');
        const end = text.indexOf('\r\n\r\n');
        if (end < 0) return;
        answered = true;
        const head = text.slice(0, end);
        requests.push(head.split('\r\n')[0]);
        const line = head.split('\r\n')[0];
        if (line.startsWith('GET /images/missing/json')) conn.end(json('404 Not Found', '{"message":"No such image: missing"}'));
        else if (line.startsWith('DELETE /images/missing')) conn.end(json('404 Not Found', '{"message":"No such image: missing"}'));
        else if (line.startsWith('DELETE /images/in-use')) conn.end(json('409 Conflict', '{"message":"image is being used by running container abc"}'));
        else if (line.startsWith('DELETE /containers/gone')) conn.end(json('404 Not Found', '{"message":"No such container: gone"}'));
        else if (line.startsWith('DELETE /containers/going')) conn.end(json('409 Conflict', '{"message":"removal of container going is already in progress"}'));
        else if (line.startsWith('GET /containers/going/json')) {
          goingInspections += 1; // still there once, then gone
          conn.end(goingInspections > 1 ? json('404 Not Found', '{"message":"No such container: going"}') : json('200 OK', '{"Id":"going","State":{"Status":"removing"}}'));
        } else if (line.startsWith('DELETE /containers/stuck')) conn.end(json('500 Internal Server Error', '{"message":"removal of container stuck is already in progress"}'));
        else if (line.startsWith('GET /version')) conn.end(json('200 OK', '{"Os":"linux","Arch":"amd64","Version":"20.10.24"}'));
        else if (line.startsWith('GET /hang')) return; // accepts, never answers
        else if (line.startsWith('POST /images/r/push')) {
          // Progress, then the end of the answer, but no final frame with the digest.
          conn.end(`${chunked(['{"status":"Preparing","id":"a"}\n', '{"status":"Pushed","id":"a"}\n'])}0\r\n\r\n`);
        } else if (line.startsWith('POST /images/ok/push')) {
          conn.end(`${chunked(['{"status":"Pushed","id":"a"}\n', '{"progressDetail":{},"aux":{"Tag":"1","Digest":"sha256:abc","Size":1}}\n'])}0\r\n\r\n`);
        } else if (line.startsWith('POST /images/cut/push')) {
          // The engine goes away mid-stream: the chunked answer never ends.
          conn.write(chunked(['{"status":"Preparing","id":"a"}\n']));
          setTimeout(() => conn.destroy(), 20);
        } else if (line.startsWith('POST /session')) {
          // The 101 and the first bytes of the new protocol in one write.
          conn.write('HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\nFIRST-BYTES');
          setTimeout(() => conn.end('-THEN-MORE'), 20);
        } else conn.end('HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 4\r\n\r\noops');
      });
    });
    await new Promise<void>((resolve) => server.listen(sock, resolve));
  });

  afterAll(async () => {
    for (const c of open) c.destroy();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const engine = (opts = {}) => new Engine(() => undefined, { DOCKER_HOST: `unix://${sock}` }, opts);

  test('an answer is read as JSON', async () => {
    expect(await engine().platform()).toEqual({ os: 'linux', arch: 'amd64', version: '20.10.24' });
  });

  test('a 404 is none: inspectImage reads it as missing, removeImage and removeContainer as done', async () => {
    expect(await engine().inspectImage('missing')).toBeUndefined();
    await expect(engine().removeImage('missing')).resolves.toBeUndefined();
    await expect(engine().removeContainer('gone')).resolves.toBeUndefined();
  });

  test('a removal already under way elsewhere is waited for until the container is gone', async () => {
    await expect(engine().removeContainer('going')).resolves.toBeUndefined();
    expect(goingInspections).toBe(2);
  });

  test('any other refusal of a removal is an error with the engine message and status', async () => {
    const err = await engine().removeImage('in-use').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineApiError);
    expect((err as EngineApiError).statusCode).toBe(409);
    expect((err as Error).message).toBe('image is being used by running container abc (HTTP 409)');
    await expect(engine().removeContainer('stuck')).rejects.toThrow('removal of container stuck is already in progress (HTTP 500)');
  });

  test('a non-JSON error answer keeps its text', async () => {
    const err = await engine().registryConfig().catch((e: unknown) => e);
    expect((err as EngineApiError).statusCode).toBe(500);
    expect((err as Error).message).toBe('oops (HTTP 500)');
  });

  test('a push whose stream ends without the digest frame is an error; with it, a success', async () => {
    await expect(engine().push('r', '1', undefined, () => undefined)).rejects.toThrow(/^the engine ended the push of r:1 without its final message/);
    await expect(engine().push('ok', '1', undefined, () => undefined)).resolves.toBeUndefined();
  });

  test('a stream the engine breaks off is an error, not a success', async () => {
    await expect(engine().push('cut', '1', undefined, () => undefined)).rejects.toThrow();
  });

  test('an engine that takes the call and never answers: one timeout line naming DOCKER_HOST', async () => {
    const e = engine({ answerTimeoutMs: 50 }) as unknown as { dial: (what: string, c: object) => Promise<unknown> };
    const err = await e.dial('GET /hang', { method: 'GET', path: '/hang' }).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(`the Docker engine at DOCKER_HOST=unix://${sock} did not answer GET /hang within 0.05 s; check that it runs and is not overloaded`);
  });

  test('an upgrade hands over the connection with the bytes that came with the 101 first', async () => {
    const socket = await engine().upgradeSession({ Upgrade: 'h2c', 'X-Docker-Expose-Session-Uuid': 'x' });
    expect((await readAll(socket)).toString()).toBe('FIRST-BYTES-THEN-MORE');
    expect(requests).toContain('POST /session? HTTP/1.1');
  });

  test('an engine that is not there: one line naming DOCKER_HOST', async () => {
    const missing = `unix://${path.join(dir, 'nothing.sock')}`;
    const err = await new Engine(() => undefined, { DOCKER_HOST: missing }).platform().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(`cannot reach the Docker engine at DOCKER_HOST=${missing} (ENOENT); start the engine or set DOCKER_HOST`);
  });

  test('a bad DOCKER_HOST fails the first call, not the constructor', async () => {
    const e = new Engine(() => undefined, { DOCKER_HOST: 'npipe:////./pipe/x' });
    await expect(e.platform()).rejects.toThrow(/^DOCKER_HOST=npipe:\/\/\/\/\.\/pipe\/x: npipe:\/\/ is not supported/);
    expect(await e.allowsPlainHttp('registry.test')).toBe(false);
  });
});
