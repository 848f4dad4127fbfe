/**
 * DOCKER_HOST=ssh:// against an SSH server on loopback (ssh2's own, in this process): a host key
 * that is not in HOME/.ssh/known_hosts, an agent without a key the host accepts, and a host that
 * does not answer each end in one line naming DOCKER_HOST (docker-modem would accept any host key).
 */
import { generateKeyPairSync } from 'crypto';
import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Server, utils } from 'ssh2';
import { UserError } from '../../../src/errors';
import { Engine } from '../../../src/engine/docker';

let dir: string;
let home: string;
let server: Server;
let port: number;
let agent: ChildProcess;
let agentSock: string;
let hostKeyLine: string;
let authAttempts = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-engine-ssh-'));
  home = path.join(dir, 'home');
  fs.mkdirSync(path.join(home, '.ssh'), { recursive: true });
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  const parsed = utils.parseKey(pem);
  if (parsed instanceof Error) throw parsed;
  server = new Server({ hostKeys: [pem] }, (client) => {
    client.on('authentication', (ctx) => {
      authAttempts++;
      ctx.reject(['publickey']);
    });
    client.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  hostKeyLine = `[127.0.0.1]:${port} ssh-rsa ${parsed.getPublicSSH().toString('base64')}\n`;
  // An agent holding no key.
  agentSock = path.join(dir, 'agent.sock');
  agent = spawn('ssh-agent', ['-D', '-a', agentSock], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !fs.existsSync(agentSock); i++) await new Promise((r) => setTimeout(r, 20));
});

afterAll(async () => {
  agent?.kill();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

const engine = (host = `ssh://deploy@127.0.0.1:${port}`) => new Engine(() => undefined, { DOCKER_HOST: host, HOME: home, SSH_AUTH_SOCK: agentSock });

async function failure(e: Engine): Promise<Error> {
  const err = await e.platform().then(() => new Error('no error'), (x: Error) => x);
  expect(err).toBeInstanceOf(UserError);
  expect(err.message).not.toContain('\n');
  return err;
}

test('a host key not in known_hosts is refused before any authentication', async () => {
  fs.writeFileSync(path.join(home, '.ssh', 'known_hosts'), '');
  const before = authAttempts;
  const err = await failure(engine());
  expect(err.message).toBe(`DOCKER_HOST=ssh://deploy@127.0.0.1:${port}: the host key of 127.0.0.1 port ${port} is not in ${home}/.ssh/known_hosts; expected a known_hosts line for it (ssh-keyscan -p ${port} 127.0.0.1, checked, then added)`);
  expect(authAttempts).toBe(before);
});

test('a known host, but the agent holds no key it accepts', async () => {
  fs.writeFileSync(path.join(home, '.ssh', 'known_hosts'), hostKeyLine);
  const err = await failure(engine());
  expect(err.message).toBe(`DOCKER_HOST=ssh://deploy@127.0.0.1:${port}: the SSH agent (SSH_AUTH_SOCK) holds no key the host accepts; expected the key for this host added to the agent (ssh-add KEY)`);
});

test('a host that refuses the connection', async () => {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const free = (closed.address() as net.AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const err = await failure(engine(`ssh://deploy@127.0.0.1:${free}`));
  expect(err.message).toBe(`cannot reach the Docker engine at DOCKER_HOST=ssh://deploy@127.0.0.1:${free} (ECONNREFUSED); start the engine or set DOCKER_HOST`);
});
