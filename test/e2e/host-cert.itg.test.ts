/**
 * Host certificates on the bed: an sshd of this file's own inside h1 (h1's network and mount
 * namespaces, so h1's deploy user and home, on a port of its own; the bed's sshd is untouched)
 * presents a HostCertificate signed by a CA made here. known_hosts holds only `@cert-authority`
 * for it. What needs a real sshd: that gantry fetches the certificate from OpenSSH, checks it, and
 * logs in with the certified key pinned, directly and through h2 as the jump host; and that a CA
 * line with another key refuses the host in one line, with the exit code of a host key mismatch.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { status } from '../../src/deploy/commands/status';
import { EXIT } from '../../src/exit-codes';
import { RawReporter } from './support/deploy';
import { testbed } from './support/testbed';

jest.setTimeout(120_000);

let env: Record<string, string>;
let work: string;
let sshd: ChildProcess | undefined;
let port = 0;
let h1: string;
let h2: string;
const pub = (file: string) => readFileSync(`${file}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
const log = () => readFileSync(join(work, 'sshd.log'), 'utf8');
const logins = () => (log().match(/Accepted publickey for deploy/g) ?? []).length;

function keygen(name: string): string {
  const file = join(work, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `gantry-e2e-${name}`, '-f', file]);
  return file;
}

/** Starts the certified sshd in h1's namespaces on a free port there (a port taken: the next one). */
async function startSshd(hostKey: string): Promise<void> {
  const bedSshd = readFileSync('/run/gantry-testbed/h1/sshd.pid', 'utf8').trim();
  for (let p = 42200 + Math.floor(Math.random() * 500); ; p++) {
    const config = [
      `ListenAddress ${h1}`, `Port ${p}`, `HostKey ${hostKey}`, `HostCertificate ${hostKey}-cert.pub`, `PidFile ${join(work, 'sshd.pid')}`,
      'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'UsePAM no', 'PermitRootLogin no', 'AllowUsers deploy',
      'AuthorizedKeysFile .ssh/authorized_keys', 'StrictModes no', 'LogLevel VERBOSE',
      `SetEnv DOCKER_HOST=${env.GANTRY_TESTBED_H1_DOCKER_HOST}`, 'Subsystem sftp /usr/lib/openssh/sftp-server',
    ];
    writeFileSync(join(work, 'sshd.conf'), `${config.join('\n')}\n`);
    rmSync(join(work, 'sshd.log'), { force: true });
    const child = spawn('nsenter', ['--target', bedSshd, '--net', '--mount', '/usr/sbin/sshd', '-D', '-f', join(work, 'sshd.conf'), '-E', join(work, 'sshd.log')], { stdio: 'ignore' });
    for (let i = 0; i < 100 && child.exitCode === null && !/Server listening/.test(existsSync(join(work, 'sshd.log')) ? log() : ''); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (child.exitCode === null && /Server listening/.test(log())) {
      sshd = child;
      port = p;
      return;
    }
    child.kill();
    if (!/Address already in use/.test(existsSync(join(work, 'sshd.log')) ? log() : '') || p > 42800) {
      throw new Error(`sshd did not start: ${existsSync(join(work, 'sshd.log')) ? log() : 'no log'}`);
    }
  }
}

let ca: string;
let otherCa: string;
let hostKey: string;

beforeAll(async () => {
  env = testbed();
  [h1, h2] = env.GANTRY_TESTBED_HOSTS.split(',');
  work = mkdtempSync(join(tmpdir(), 'gantry-e2e-hostcert-'));
  ca = keygen('ca');
  otherCa = keygen('other_ca');
  hostKey = keygen('host_key');
  // Valid for the address the hosts input names, as ssh checks a host certificate's principals.
  execFileSync('ssh-keygen', ['-q', '-s', ca, '-I', 'h1-e2e', '-h', '-n', h1, '-V', '-5m:+1h', `${hostKey}.pub`], { stdio: 'pipe' });
  await startSshd(hostKey);
});

afterAll(() => {
  if (sshd?.pid) sshd.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

function inputs(knownHosts: string, over: Record<string, string> = {}) {
  return parseInputs({
    command: 'status',
    deploy_target: 'binary',
    binary_name: 'hostcert',
    hosts: `deploy@${h1}:${port}`,
    ssh_private_key: readFileSync(env.GANTRY_TESTBED_SSH_KEY, 'utf8'),
    known_hosts: knownHosts,
    ...over,
  });
}

async function statusOf(knownHosts: string, over: Record<string, string> = {}): Promise<{ code: number; out: RawReporter }> {
  const out = new RawReporter();
  let code: number;
  try {
    code = await status(inputs(knownHosts, over), out, process.env);
  } catch (err) {
    out.info(`thrown: ${(err as Error).message}`);
    code = -1;
  }
  return { code, out };
}

const hostKeyFingerprint = () => execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${hostKey}.pub`], { encoding: 'utf8' }).split(' ')[1];

test('known_hosts holding only @cert-authority for the host: the certificate is fetched, checked, and the certified key pinned', async () => {
  const before = logins();
  const { code, out } = await statusOf(`@cert-authority [${h1}]:${port} ${pub(ca)}`);
  expect(out.all).not.toMatch(/thrown:|refused|certificate .*(not|expired)/);
  expect(code).toBe(0);
  expect(out.all).toContain(`vouched for by the certificate 'h1-e2e' (serial 0) of the CA`);
  expect(out.all).toContain(hostKeyFingerprint());
  // One fetch (closed before authentication) and one login.
  expect(logins()).toBe(before + 1);
  expect(log()).toMatch(/Connection closed by \S+ port \d+ \[preauth\]/);
});

test('through h2 as the jump host: the certificate is fetched over a channel of the jump connection', async () => {
  const bedKnown = readFileSync(env.GANTRY_TESTBED_KNOWN_HOSTS, 'utf8');
  const before = logins();
  const { code, out } = await statusOf(`${bedKnown}\n@cert-authority [${h1}]:${port} ${pub(ca)}`, { ssh_jump_host: `deploy@${h2}` });
  expect(out.all).not.toMatch(/thrown:|refused/);
  expect(code).toBe(0);
  expect(out.all).toContain('vouched for by the certificate');
  expect(logins()).toBe(before + 1);
  // Both connections to the certified sshd came from h2's address, not from the runner.
  const from = [...log().matchAll(/Connection from (\S+) port/g)].slice(-2).map((m) => m[1]);
  expect(from).toEqual([h2, h2]);
});

test('a @cert-authority line with another key refuses the host in one line, with the exit code of a key mismatch', async () => {
  const before = logins();
  const wrong = await statusOf(`@cert-authority [${h1}]:${port} ${pub(otherCa)}`);
  const line = wrong.out.lines.find((l) => !l.startsWith('debug:') && /host certificate/.test(l)) ?? wrong.out.all;
  expect(line).toMatch(new RegExp(`host ${h1.replace(/\./g, '\\.')}:${port}: host certificate 'h1-e2e' \\(serial 0\\) is not signed by a @cert-authority key in known_hosts: its CA key is SHA256:`));
  // The same refusal as a plainly pinned key that does not match.
  const mismatch = await statusOf(`[${h1}]:${port} ${pub(otherCa)}`);
  expect(mismatch.out.all).toMatch(/does not match the pinned key/);
  expect(wrong.code).toBe(mismatch.code);
  expect(wrong.code).toBe(EXIT.failed);
  expect(logins()).toBe(before);
});

test('a plainly pinned key still needs no fetch', async () => {
  const connections = (log().match(/Connection from /g) ?? []).length;
  const { code, out } = await statusOf(`[${h1}]:${port} ${pub(hostKey)}\n@cert-authority * ${pub(otherCa)}`);
  expect(out.all).not.toMatch(/thrown:|vouched/);
  expect(code).toBe(0);
  expect((log().match(/Connection from /g) ?? []).length).toBe(connections + 1);
});

test("a host under a CA line whose sshd has no certificate (the bed's own h1 sshd) is refused, saying what it offers", async () => {
  const { code, out } = await statusOf(`@cert-authority ${h1} ${pub(ca)}`, { hosts: `deploy@${h1}` });
  expect(out.all).toMatch(new RegExp(`host ${h1.replace(/\./g, '\\.')}: no host certificate to check against the @cert-authority lines \\(known_hosts line 1\\), and no key pinned for it: the host offers no certificate host key \\(its host key algorithms: [^)]*ssh-ed25519`));
  expect(code).toBe(EXIT.failed);
});
