import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as tls from 'tls';
import { gantry } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { fixtureRepo } from './support/fixture-repo';
import { listTags } from './support/registry';
import { RegistryFront, startRegistryFront } from './support/registry-front';

jest.setTimeout(300_000);

let tb: Record<string, string>;
let hello: string;
const servers: Array<net.Server> = [];
const fronts: RegistryFront[] = [];

function socketPath(): string {
  return tb.DOCKER_HOST.replace(/^unix:\/\//, '');
}

/**
 * A loopback TCP (or TLS) front for the test bed engine's unix socket. Half-open like a real
 * TCP path: an exec's stdin ends with a half-close, and its output still comes back after it.
 */
function engineProxy(tlsOptions?: tls.TlsOptions): Promise<number> {
  const onConn = (client: net.Socket) => {
    const upstream = net.connect({ path: socketPath(), allowHalfOpen: true });
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  };
  const server = tlsOptions ? tls.createServer({ ...tlsOptions, allowHalfOpen: true }, onConn) : net.createServer({ allowHalfOpen: true }, onConn);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

beforeAll(() => {
  tb = testbed();
  hello = fixtureRepo('examples/hello', 1_736_000_000);
});

afterAll(() => {
  for (const s of servers) s.close();
  for (const f of fronts) void f.close();
});

test('DOCKER_HOST over tcp is honoured', async () => {
  const port = await engineProxy();
  const run = await gantry(['build', '--context', hello, '--builder', 'container', '--push=false', '--build-network', 'none'], { env: { DOCKER_HOST: `tcp://127.0.0.1:${port}` } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/image_id=sha256:/);
});

test('DOCKER_HOST over tcp with TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH) is honoured', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-tls-'));
  const ssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=gantry test CA']);
  fs.writeFileSync(path.join(dir, 'san.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server-key.pem', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
  ssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.cnf']);
  ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'client.csr', '-subj', '/CN=client']);
  ssl(['x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-out', 'cert.pem', '-days', '2']);
  const read = (f: string) => fs.readFileSync(path.join(dir, f));
  const port = await engineProxy({ key: read('server-key.pem'), cert: read('server.pem'), ca: read('ca.pem'), requestCert: true, rejectUnauthorized: true });
  const env = { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir };
  const run = await gantry(['build', '--context', hello, '--builder', 'container', '--push=false', '--build-network', 'none'], { env });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  // Without the client certificate the TLS front refuses the engine connection.
  const refused = await gantry(['build', '--context', hello, '--builder', 'container', '--push=false', '--build-network', 'none'], { env: { ...env, DOCKER_CERT_PATH: os.tmpdir(), DOCKER_TLS_VERIFY: undefined } });
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/^gantry: error: /m);
});

test('a registry that answers 503 at first is retried with backoff, then the push lands', async () => {
  // A flaky loopback front for the registry: the first manifest upload gets 503 (the engine
  // retries layer uploads itself; a failed manifest surfaces to gantry). The engine allows plain
  // HTTP on 127.0.0.0/8, so it pushes to 127.0.0.1:PORT through this front.
  let failures = 1;
  const front = await startRegistryFront();
  fronts.push(front);
  front.intercept = (req, res) => {
    if (failures > 0 && req.method === 'PUT' && /\/manifests\//.test(req.url ?? '')) {
      failures--;
      res.writeHead(503).end('try later');
      return true;
    }
    return false;
  };
  const repo = `e2e/flaky-${process.pid}`;
  const run = await gantry(['build', '--context', hello, '--builder', 'container', '--image', `${front.address}/${repo}`, '--build-network', 'none'], {
    env: { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() },
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/warning: (push|PUT|POST|PATCH|HEAD) of .* failed \(.*503.*\); retrying in [\d.]+s/);
  expect(await listTags(repo)).toContain('1736000000');
});
