/**
 * User certificates on the bed: an sshd of this file's own inside h1 (h1's network and mount
 * namespaces, so h1's deploy user and home, on a port of its own; the bed's sshd is untouched)
 * trusts a CA made here (TrustedUserCAKeys) and reads no authorized_keys at all, so only a
 * certificate lets anyone in. What needs a real sshd: that OpenSSH takes gantry's login with the
 * bed's key and its certificate, and refuses the key alone and a certificate of another principal;
 * an expired certificate is refused before the host is contacted.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { status } from '../../src/deploy/commands/status';
import { EXIT } from '../../src/exit-codes';
import { UserError } from '../../src/errors';
import { RawReporter } from './support/deploy';
import { testbed } from './support/testbed';

jest.setTimeout(60_000);

let env: Record<string, string>;
let work: string;
let sshd: ChildProcess | undefined;
let port = 0;
let h1: string;
let ca: string;
let hostKey: string;
const log = () => (existsSync(join(work, 'sshd.log')) ? readFileSync(join(work, 'sshd.log'), 'utf8') : '');
const connections = () => (log().match(/Connection from /g) ?? []).length;

/** Starts the sshd in h1's namespaces on a free port there (a port taken: the next one). */
async function startSshd(): Promise<void> {
  const bedSshd = readFileSync('/run/gantry-testbed/h1/sshd.pid', 'utf8').trim();
  for (let p = 42800 + Math.floor(Math.random() * 500); ; p++) {
    const config = [
      `ListenAddress ${h1}`, `Port ${p}`, `HostKey ${hostKey}`, `PidFile ${join(work, 'sshd.pid')}`,
      'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'UsePAM no', 'PermitRootLogin no', 'AllowUsers deploy',
      'AuthorizedKeysFile none', `TrustedUserCAKeys ${ca}.pub`, 'StrictModes no', 'LogLevel VERBOSE',
      `SetEnv DOCKER_HOST=${env.GANTRY_TESTBED_H1_DOCKER_HOST}`,
    ];
    writeFileSync(join(work, 'sshd.conf'), `${config.join('\n')}\n`);
    rmSync(join(work, 'sshd.log'), { force: true });
    const child = spawn('nsenter', ['--target', bedSshd, '--net', '--mount', '/usr/sbin/sshd', '-D', '-f', join(work, 'sshd.conf'), '-E', join(work, 'sshd.log')], { stdio: 'ignore' });
    for (let i = 0; i < 100 && child.exitCode === null && !/Server listening/.test(log()); i++) await new Promise((r) => setTimeout(r, 50));
    if (child.exitCode === null && /Server listening/.test(log())) {
      sshd = child;
      port = p;
      return;
    }
    child.kill();
    if (!/Address already in use/.test(log()) || p > 43400) throw new Error(`sshd did not start: ${log() || 'no log'}`);
  }
}

let n = 0;
/** A certificate of the bed's client key, signed here with `opts`. */
function certificate(opts: string[]): string {
  const copy = join(work, `client${n++}`);
  writeFileSync(`${copy}.pub`, readFileSync(`${env.GANTRY_TESTBED_SSH_KEY}.pub`));
  execFileSync('ssh-keygen', ['-q', '-s', ca, ...opts, `${copy}.pub`], { stdio: 'pipe' });
  return readFileSync(`${copy}-cert.pub`, 'utf8');
}

beforeAll(async () => {
  env = testbed();
  [h1] = env.GANTRY_TESTBED_HOSTS.split(',');
  work = mkdtempSync(join(tmpdir(), 'gantry-e2e-usercert-'));
  for (const name of ['ca', 'host_key']) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `gantry-e2e-${name}`, '-f', join(work, name)]);
  ca = join(work, 'ca');
  hostKey = join(work, 'host_key');
  await startSshd();
});

afterAll(() => {
  if (sshd?.pid) sshd.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

async function statusWith(cert: string): Promise<{ code: number; out: RawReporter }> {
  const out = new RawReporter();
  const inputs = parseInputs({
    command: 'status',
    deploy_target: 'binary',
    binary_name: 'usercert',
    hosts: `deploy@${h1}:${port}`,
    ssh_private_key: readFileSync(env.GANTRY_TESTBED_SSH_KEY, 'utf8'),
    ssh_certificate: cert,
    known_hosts: `[${h1}]:${port} ${readFileSync(`${hostKey}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}`,
  });
  let code: number;
  try {
    code = await status(inputs, out, process.env);
  } catch (err) {
    // A UserError is what the front ends print as one line and exit with (its exitCode).
    out.info(`thrown: ${(err as Error).message}`);
    code = err instanceof UserError ? err.exitCode : -1;
  }
  return { code, out };
}

test('the key with its certificate logs in where no authorized_keys is read', async () => {
  const { code, out } = await statusWith(certificate(['-I', 'gantry-e2e-ok', '-n', 'deploy', '-V', '-5m:+1h']));
  expect(out.all).not.toMatch(/thrown:|refused/);
  expect(code).toBe(0);
  expect(log()).toMatch(/Accepted certificate ID "gantry-e2e-ok" \(serial 0\) signed by ED25519 CA SHA256:\S+ via .*ca\.pub/);
  expect(log()).toMatch(/Accepted publickey for deploy from \S+ port \d+ ssh2: ED25519-CERT SHA256:\S+ ID gantry-e2e-ok/);
});

test('the key alone is refused, and so is a certificate for another principal', async () => {
  const alone = await statusWith('');
  expect(alone.out.all).toMatch(new RegExp(`deploy@${h1.replace(/\./g, '\\.')}:${port} refused public key authentication with the key ssh-ed25519 SHA256:\\S+: that key is not in`));
  expect(alone.code).not.toBe(0);
  const other = await statusWith(certificate(['-I', 'gantry-e2e-ops', '-n', 'ops', '-V', '-5m:+1h']));
  expect(other.out.all).toMatch(/refused public key authentication with the key ssh-ed25519 SHA256:\S+ and its certificate 'gantry-e2e-ops' \(serial 0, principals ops, CA SHA256:\S+\): sshd there does not trust that CA \(TrustedUserCAKeys\) or takes none of the certificate's principals for deploy/);
  expect(other.code).toBe(alone.code);
  expect(log()).toMatch(/Certificate invalid: name is not a listed principal/);
  expect(log()).not.toMatch(/Accepted certificate ID "gantry-e2e-ops"/);
});

test('an expired certificate is refused before the host is contacted', async () => {
  const before = connections();
  const { code, out } = await statusWith(certificate(['-I', 'gantry-e2e-old', '-n', 'deploy', '-V', '20200101:20200102']));
  expect(out.all).toMatch(/input 'ssh_certificate': 'gantry-e2e-old' expired on 2020-01-02T\d\d:00:00Z; expected a certificate valid now/);
  expect(code).toBe(EXIT.failed);
  expect(connections()).toBe(before);
});
