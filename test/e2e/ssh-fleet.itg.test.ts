/**
 * The SSH side of a fleet against real OpenSSH servers this file starts on loopback (no bed host,
 * no engine): a bastion with Debian's default MaxStartups 10:30:100, a second bastion for a
 * ProxyJump chain, and one sshd standing in for 20 hosts (one port each) whose config has no
 * `Subsystem sftp` line. What needs a real sshd: one bastion login for 20 hosts (counted in the
 * bastion's own log), handshakes paced under MaxStartups, a chain of two hops, a jump host with a
 * key of its own, and uploads over an exec channel where SFTP is missing.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseInputs } from '../../src/inputs';
import { deploySpec } from '../../src/deploy/spec/deploy-spec';
import { connector } from '../../src/deploy/connection/connector';
import { parsePrivateKey } from '../../src/deploy/connection/private-key';
import { HostConnection } from '../../src/deploy/connection/host-connection';
import { RawReporter } from './support/deploy';
import { clientKey } from '../../src/deploy/commands/prepare';

jest.setTimeout(120_000);

const HOSTS = 20;
let work: string;
const daemons: ChildProcess[] = [];
let hostsKey: string;
let jumpKey: string;
const ports = { bastion: 0, inner: 0, hosts: [] as number[] };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function keygen(name: string): string {
  const file = join(work, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `gantry-e2e-${name}`, '-f', file]);
  return file;
}

const pub = (file: string) => readFileSync(`${file}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');

/** An sshd of this file's own: foreground, logging to NAME.log, authorized keys from `authorized`. */
async function sshd(name: string, listen: number[], authorized: string[], extra: string[] = []): Promise<void> {
  const hostKey = keygen(`${name}_host_key`);
  writeFileSync(join(work, `${name}.keys`), `${authorized.join('\n')}\n`);
  chmodSync(join(work, `${name}.keys`), 0o644);
  // sshd takes the first value of a keyword: `extra` goes first so that it wins.
  const config = [
    ...extra, 'ListenAddress 127.0.0.1', ...listen.map((p) => `Port ${p}`), `HostKey ${hostKey}`, `PidFile ${join(work, `${name}.pid`)}`,
    `AuthorizedKeysFile ${join(work, `${name}.keys`)}`, 'PermitRootLogin prohibit-password', 'PasswordAuthentication no',
    'KbdInteractiveAuthentication no', 'UsePAM no', 'StrictModes no', 'LogLevel VERBOSE', 'AllowTcpForwarding yes',
  ];
  writeFileSync(join(work, `${name}.conf`), `${config.join('\n')}\n`);
  mkdirSync('/run/sshd', { recursive: true });
  const child = spawn('/usr/sbin/sshd', ['-D', '-f', join(work, `${name}.conf`), '-E', join(work, `${name}.log`)], { stdio: 'ignore' });
  daemons.push(child);
  for (let i = 0; i < 100; i++) {
    if (existsSync(join(work, `${name}.pid`))) return;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`sshd ${name} did not start: ${existsSync(join(work, `${name}.log`)) ? readFileSync(join(work, `${name}.log`), 'utf8') : 'no log'}`);
}

function knownHostsLine(name: string, port: number): string {
  return `[127.0.0.1]:${port} ${pub(join(work, `${name}_host_key`))}`;
}

/** Accepted logins in an sshd's log ('hosts': both sshds of the hosts). */
function logins(name: string): number {
  const count = (n: string) => (readFileSync(join(work, `${n}.log`), 'utf8').match(/Accepted publickey for root/g) ?? []).length;
  return name === 'hosts' ? count('hostsA') + count('hostsB') : count(name);
}

/** sshd listens on at most 16 ports: the 20 hosts are two sshds of 10 ports each. */
const hostsSshd = (i: number) => (i < HOSTS / 2 ? 'hostsA' : 'hostsB');

function knownHosts(over: { skipInner?: boolean } = {}): string {
  return [
    knownHostsLine('bastion', ports.bastion),
    ...(over.skipInner ? [] : [knownHostsLine('inner', ports.inner)]),
    ...ports.hosts.map((p, i) => knownHostsLine(hostsSshd(i), p)),
  ].join('\n');
}

function spec(over: Record<string, string>) {
  return deploySpec(parseInputs({
    command: 'status', deploy_target: 'binary', binary_name: 'probe', ssh_user: 'root',
    hosts: ports.hosts.map((p) => `127.0.0.1:${p}`).join(','), known_hosts: knownHosts(), ssh_private_key: hostsKey, ...over,
  }), {}, 'read');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gantry-e2e-ssh-fleet-'));
  chmodSync(work, 0o755);
  const hostsKeyFile = keygen('client');
  const jumpKeyFile = keygen('jump');
  hostsKey = readFileSync(hostsKeyFile, 'utf8');
  jumpKey = readFileSync(jumpKeyFile, 'utf8');
  ports.bastion = await freePort();
  ports.inner = await freePort();
  for (let i = 0; i < HOSTS; i++) ports.hosts.push(await freePort());
  // Debian's default MaxStartups, written out; the bastion only knows the jump key.
  // DEBUG1 logs each forwarded channel's target, to show every host was reached through it.
  await sshd('bastion', [ports.bastion], [pub(jumpKeyFile)], ['MaxStartups 10:30:100', 'LogLevel DEBUG1']);
  await sshd('inner', [ports.inner], [pub(jumpKeyFile)], ['MaxStartups 10:30:100']);
  // 20 "hosts": two sshds on 10 ports each, only the hosts' key, no Subsystem sftp, the default MaxStartups too.
  await sshd('hostsA', ports.hosts.slice(0, HOSTS / 2), [pub(hostsKeyFile)], ['MaxStartups 10:30:100', 'MaxSessions 10']);
  await sshd('hostsB', ports.hosts.slice(HOSTS / 2), [pub(hostsKeyFile)], ['MaxStartups 10:30:100', 'MaxSessions 10']);
});

afterAll(() => {
  for (const d of daemons) d.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

async function everyHost(over: Record<string, string>): Promise<{ answers: string[]; errors: string[]; out: RawReporter }> {
  const out = new RawReporter();
  const s = spec(over);
  const connect = connector(s, { key: parsePrivateKey(hostsKey, ''), jumpKey: over.ssh_jump_key ? parsePrivateKey(jumpKey, '', 'ssh_jump_key') : undefined }, out as never, {});
  const conns: HostConnection[] = [];
  const answers: string[] = [];
  const errors: string[] = [];
  try {
    // All 20 asked at once, with no bound of the caller's: the connector's pacing is all there is.
    await Promise.all(s.hosts.map(async (t) => {
      try {
        const { connection } = await connect(t);
        conns.push(connection);
        const r = await connection.exec('echo "port=${SSH_CONNECTION##* }"\n', { timeoutSeconds: 90 });
        // A run that did not end with 0 is an error with its reason, never an empty answer.
        if (r.code === 0) answers.push(r.stdout.trim());
        else errors.push(`${t.host}:${t.port}: ${r.lost ?? `exit ${r.code}`} ${r.stderr.trim()}`);
      } catch (err) {
        errors.push((err as Error).message);
      }
    }));
  } finally {
    await Promise.all(conns.map((c) => c.close()));
    await connect.close?.();
  }
  return { answers: answers.sort(), errors, out };
}

test('20 hosts through one bastion with MaxStartups 10:30:100: one bastion login, every host answers', async () => {
  const before = { bastion: logins('bastion'), hosts: logins('hosts') };
  const r = await everyHost({ ssh_jump_host: `root@127.0.0.1:${ports.bastion}`, ssh_jump_key: jumpKey });
  expect(r.errors).toEqual([]);
  expect(r.answers).toEqual(ports.hosts.map((p) => `port=${p}`).sort());
  expect(logins('bastion') - before.bastion).toBe(1);
  expect(logins('hosts') - before.hosts).toBe(HOSTS);
  // Every host session came through the bastion's forwarding (its log names each channel's target).
  const forwarded = readFileSync(join(work, 'bastion.log'), 'utf8');
  for (const p of ports.hosts) expect(forwarded).toContain(`127.0.0.1 port ${p}`);
});

test('a chain of two jump hosts: one login on each, every host answers', async () => {
  const before = { bastion: logins('bastion'), inner: logins('inner') };
  const r = await everyHost({ ssh_jump_host: `root@127.0.0.1:${ports.bastion},root@127.0.0.1:${ports.inner}`, ssh_jump_key: jumpKey });
  expect(r.errors).toEqual([]);
  expect(r.answers).toHaveLength(HOSTS);
  expect([logins('bastion') - before.bastion, logins('inner') - before.inner]).toEqual([1, 1]);
});

test('an unpinned middle hop under strict: every host refused with one line naming it, nothing logged in past it', async () => {
  const before = { inner: logins('inner'), hosts: logins('hosts') };
  const r = await everyHost({ ssh_jump_host: `root@127.0.0.1:${ports.bastion},root@127.0.0.1:${ports.inner}`, ssh_jump_key: jumpKey, known_hosts: knownHosts({ skipInner: true }) });
  expect(r.answers).toEqual([]);
  expect(r.errors).toHaveLength(HOSTS);
  expect(new Set(r.errors).size).toBe(1);
  expect(r.errors[0]).toMatch(new RegExp(`^jump host: \\[127\\.0\\.0\\.1\\]:${ports.inner} is not in known_hosts: it presented ssh-ed25519 SHA256:`));
  expect([logins('inner') - before.inner, logins('hosts') - before.hosts]).toEqual([0, 0]);
});

test('without ssh_jump_key the bastion refuses the hosts\' key: every host names the jump host', async () => {
  const r = await everyHost({ ssh_jump_host: `root@127.0.0.1:${ports.bastion}` });
  expect(r.errors).toHaveLength(HOSTS);
  expect(new Set(r.errors).size).toBe(1);
  expect(r.errors[0]).toMatch(/^the jump host 127\.0\.0\.1:\d+ refused public key authentication for root with the key ssh-ed25519 SHA256:\S+: that key is not in ~root\/\.ssh\/authorized_keys there, or root may not log in \(ssh_jump_key gives the jump hosts a key of their own\)$/);
});

describe('uploads on a host without SFTP', () => {
  test('over an exec channel, said once for the host; the bytes, the 0600 mode and an odd path all kept', async () => {
    const out = new RawReporter();
    const s = spec({ hosts: `127.0.0.1:${ports.hosts[0]}` });
    const connect = connector(s, parsePrivateKey(hostsKey, ''), out as never, {});
    const { connection } = await connect(s.hosts[0]);
    try {
      const src = join(work, 'payload.bin');
      const bytes = Buffer.alloc(3 * 1024 * 1024 + 7);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
      writeFileSync(src, bytes);
      const dir = join(work, 'remote dir');
      mkdirSync(dir);
      const said: string[] = [];
      // A name a shell would expand if it were not quoted: it must land exactly as written.
      const name = `it's $(id -u) \`id -g\` "x" $HOME; *`;
      const dest = join(dir, name);
      expect(await connection.upload(src, dest, 60, (m) => said.push(m))).toBe(bytes.length);
      expect(readdirSync(dir)).toEqual([name]);
      expect(readFileSync(dest).equals(bytes)).toBe(true);
      expect(statSync(dest).mode & 0o777).toBe(0o600);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^no SFTP on this host \(.*subsystem.*\): uploading over an exec channel \(cat\) instead, checked by SHA-256 as usual$/i);
      // The second upload goes straight over exec and says nothing more.
      const dest2 = join(dir, 'second');
      expect(await connection.upload(src, dest2, 60, (m) => said.push(m))).toBe(bytes.length);
      expect(readFileSync(dest2).equals(bytes)).toBe(true);
      expect(said).toHaveLength(1);
      // A path that cannot be written: a one-line error, not a hang.
      await expect(connection.upload(src, join(work, 'no such dir', 'x'), 60)).rejects.toThrow(/exited 1: .*No such file or directory/);
    } finally {
      await connection.close();
      await connect.close?.();
    }
  });
});

describe('the key from SSH_AUTH_SOCK when no key is given', () => {
  let agent: ChildProcess | undefined;
  const sock = () => join(work, 'agent.sock');
  beforeAll(async () => {
    agent = spawn('ssh-agent', ['-D', '-a', sock()], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(sock()); i++) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(() => agent?.kill('SIGTERM'));

  test('an agent with no keys: one line naming the input and the agent, before any host is contacted', async () => {
    const s = spec({ ssh_private_key: '' });
    await expect(clientKey(s, { SSH_AUTH_SOCK: sock() })).rejects.toThrow(`input 'ssh_private_key': is empty, and the SSH agent at SSH_AUTH_SOCK (${sock()}) holds no key; expected a private key, or a key added to the agent (ssh-add KEY)`);
    await expect(clientKey(s, { SSH_AUTH_SOCK: join(work, 'no-agent.sock') })).rejects.toThrow(/^input 'ssh_private_key': is empty, and the SSH agent at SSH_AUTH_SOCK \(.*no-agent\.sock\) does not answer/);
  });

  test('the agent\'s key logs in to every host through the bastion (the jump key given apart)', async () => {
    execFileSync('ssh-add', ['-q', join(work, 'client')], { env: { PATH: process.env.PATH, SSH_AUTH_SOCK: sock() }, stdio: 'ignore' });
    const s = spec({ ssh_private_key: '', ssh_jump_host: `root@127.0.0.1:${ports.bastion}`, ssh_jump_key: jumpKey });
    const key = await clientKey(s, { SSH_AUTH_SOCK: sock() });
    expect(key).toMatchObject({ agent: sock(), type: 'agent', text: '' });
    expect(key!.fingerprint).toMatch(/^ssh-ed25519 SHA256:\S+$/);
    const connect = connector(s, { key, jumpKey: parsePrivateKey(jumpKey, '', 'ssh_jump_key') }, new RawReporter() as never, {});
    try {
      const answers = await Promise.all(s.hosts.slice(0, 3).map(async (t) => {
        const { connection } = await connect(t);
        try {
          return (await connection.exec('echo ok\n', { timeoutSeconds: 30 })).stdout.trim();
        } finally {
          await connection.close();
        }
      }));
      expect(answers).toEqual(['ok', 'ok', 'ok']);
    } finally {
      await connect.close?.();
    }
  });
});
