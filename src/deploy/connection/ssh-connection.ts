import { stat } from 'fs/promises';
import { createConnection } from 'net';
import type { Duplex } from 'stream';
import { StringDecoder } from 'string_decoder';
import { NodeSSH } from 'node-ssh';
import type { ClientChannel } from 'ssh2';
import { ExecOptions, ExecResult, HostConnection, RemoteForward } from './host-connection';
import { HostTarget } from '../spec/host-list';
import { HostPins } from '../../ssh/known-hosts';
import { HostKeyPolicy, HostKeyVerdict, checkHostKey, hostKeyAlgorithms } from './host-key';
import type { ClientKey } from './private-key';
import { ConnectError } from './connect-error';

export { ConnectError } from './connect-error';
export type { ConnectFailure } from './connect-error';

export interface SshOptions {
  readonly target: HostTarget;
  readonly key: ClientKey;
  readonly pins: HostPins;
  /** ssh_jump_host: the bastion the target is reached through, and its pinned keys. */
  readonly jump?: { readonly target: HostTarget; readonly pins: HostPins };
  readonly policy: HostKeyPolicy;
  readonly readyTimeoutSeconds: number;
  readonly debug: (message: string) => void;
}

export interface SshSession {
  readonly connection: HostConnection;
  readonly verdict: HostKeyVerdict;
  /** The jump host's key check, when the target was reached through one. */
  readonly jumpVerdict?: HostKeyVerdict;
}

/** Explains a connection error; the host key verdict wins when the key was refused. */
export function describeConnectError(err: unknown, o: { where: string; user: string; keyFingerprint: string; keyType: string; timeoutSeconds: number; hostKeyAlgorithms?: readonly string[] }, verdict?: HostKeyVerdict): ConnectError {
  if (verdict && !verdict.accepted) return new ConnectError(verdict.reason ?? `host key of ${o.where} refused`, 'host-key', verdict);
  const e = err as { code?: string; level?: string; message?: string };
  const msg = e?.message ?? String(err);
  const code = e?.code ?? '';
  if (/no matching host ?key/i.test(msg)) {
    return new ConnectError(`${o.where} offers no host key of the pinned type${o.hostKeyAlgorithms ? ` (${o.hostKeyAlgorithms.join(', ')})` : ''}: its keys changed, or known_hosts pins another type`, 'host-key');
  }
  if (code === 'ECONNREFUSED') return new ConnectError(`cannot connect to ${o.where}: connection refused (is sshd running and listening there?)`, 'unreachable');
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new ConnectError(`cannot connect to ${o.where}: no route to host`, 'unreachable');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new ConnectError(`cannot connect to ${o.where}: the name does not resolve`, 'unreachable');
  if (code === 'ECONNRESET') return new ConnectError(`cannot connect to ${o.where}: connection reset during the handshake`, 'unreachable');
  if (/timed out|ETIMEDOUT/i.test(`${code} ${msg}`)) {
    return new ConnectError(`cannot connect to ${o.where}: no SSH handshake within ${o.timeoutSeconds} s`, 'unreachable');
  }
  if (e?.level === 'client-authentication' || /authentication methods failed/i.test(msg)) {
    return new ConnectError(
      `${o.user}@${o.where} refused public key authentication with the key ${o.keyType} ${o.keyFingerprint}: that key is not in ~${o.user}/.ssh/authorized_keys there, or ${o.user} may not log in`,
      'auth');
  }
  return new ConnectError(`cannot connect to ${o.where}: ${msg}`, 'failed');
}

class SshConnection implements HostConnection {
  private lostReason: string | undefined;

  constructor(private readonly ssh: NodeSSH, private readonly where: string, private readonly debug: (m: string) => void, private readonly jump?: NodeSSH) {
    // node-ssh drops its error listener once connected: without ours, a later reset would crash the process.
    ssh.connection?.on('error', (err: Error) => {
      this.lostReason = `connection lost: ${err.message}`;
      debug(`${where}: ${this.lostReason}`);
    });
    ssh.connection?.on('close', () => {
      this.lostReason ??= 'connection closed';
    });
  }

  async exec(script: string, opts: ExecOptions): Promise<ExecResult> {
    if (this.lostReason || !this.ssh.isConnected()) return { code: null, stdout: '', stderr: '', lost: this.lostReason ?? 'not connected' };
    this.debug(`${this.where}: bash -s (${script.split('\n', 1)[0]})`);
    if (opts.onStdout) return this.stream(script, opts, opts.onStdout);
    let channel: ClientChannel | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      channel?.close();
    }, opts.timeoutSeconds * 1000);
    try {
      const r = await this.ssh.execCommand('bash -s', {
        stdin: script + (opts.stdin ?? ''),
        noTrim: true,
        onChannel: (c) => { channel = c; },
      });
      if (timedOut) return { code: null, stdout: r.stdout, stderr: r.stderr, lost: `timed out after ${opts.timeoutSeconds} s` };
      if (r.code === null) return { code: null, stdout: r.stdout, stderr: r.stderr, lost: this.lostReason ?? `the session ended without an exit code${r.signal ? ` (signal ${r.signal})` : ''}` };
      return { code: r.code, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      return { code: null, stdout: '', stderr: '', lost: `connection lost: ${(err as Error).message}` };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A run whose stdout is handed on as it arrives and never kept (a log follow may last hours).
   * `stop` closes the channel; the run then resolves with lost 'stopped'.
   */
  private stream(script: string, opts: ExecOptions, onStdout: (chunk: string) => void): Promise<ExecResult> {
    const conn = this.ssh.connection;
    if (!conn) return Promise.resolve({ code: null, stdout: '', stderr: '', lost: 'not connected' });
    return new Promise((resolve) => {
      conn.exec('bash -s', (err, channel) => {
        if (err) {
          resolve({ code: null, stdout: '', stderr: '', lost: `connection lost: ${err.message}` });
          return;
        }
        const out = new StringDecoder('utf8');
        let stderr = '';
        let code: number | null = null;
        let lost: string | undefined;
        const end = (why: string) => {
          lost ??= why;
          channel.close();
        };
        const onStop = () => end('stopped');
        const timer = opts.timeoutSeconds > 0 ? setTimeout(() => end(`timed out after ${opts.timeoutSeconds} s`), opts.timeoutSeconds * 1000) : undefined;
        opts.stop?.addEventListener('abort', onStop, { once: true });
        channel.on('data', (c: Buffer) => onStdout(out.write(c)));
        channel.stderr.on('data', (c: Buffer) => { if (stderr.length < 65536) stderr += c.toString('utf8'); });
        channel.on('exit', (c: number | null) => { code = typeof c === 'number' ? c : null; });
        channel.on('close', () => {
          clearTimeout(timer);
          opts.stop?.removeEventListener('abort', onStop);
          const rest = out.end();
          if (rest) onStdout(rest);
          if (lost === undefined && code === null) lost = this.lostReason ?? 'the session ended without an exit code';
          resolve({ code: lost ? null : code, stdout: '', stderr, lost });
        });
        channel.end(script + (opts.stdin ?? ''));
        if (opts.stop?.aborted) onStop();
      });
    });
  }

  /** SFTP, with a time limit: a stalled transfer closes the connection rather than hang the host's run. */
  async upload(localPath: string, remotePath: string, timeoutSeconds: number): Promise<number> {
    if (this.lostReason || !this.ssh.isConnected()) throw new Error(this.lostReason ?? 'not connected');
    this.debug(`${this.where}: sftp put ${localPath} ${remotePath}`);
    const size = (await stat(localPath)).size;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`upload timed out after ${timeoutSeconds} s`));
        this.ssh.dispose();
      }, timeoutSeconds * 1000);
    });
    try {
      await Promise.race([this.ssh.putFile(localPath, remotePath, null, { mode: 0o600 }), limit]);
    } finally {
      clearTimeout(timer);
    }
    return size;
  }

  private forwards = new Map<number, { localPort: number; sent: number; streams: Set<Duplex> }>();
  private listening = false;

  /**
   * A remote forward bound to the host's 127.0.0.1 on a port sshd picks (GatewayPorts never
   * widens a loopback bind); each connection the host opens on it is piped to the runner's
   * 127.0.0.1:localPort. It lives on this host's own connection, so a jump host changes nothing.
   */
  async forwardToRunner(localPort: number): Promise<RemoteForward> {
    const conn = this.ssh.connection;
    if (this.lostReason || !conn) throw new Error(this.lostReason ?? 'not connected');
    if (!this.listening) {
      this.listening = true;
      conn.on('tcp connection', (info, accept, reject) => {
        // Some sshd versions announce a port picked for 0 as 0: with one forward, it is that one.
        const f = this.forwards.get(info.destPort) ?? (this.forwards.size === 1 ? [...this.forwards.values()][0] : undefined);
        if (!f) {
          reject();
          return;
        }
        const remote = accept();
        const local = createConnection({ host: '127.0.0.1', port: f.localPort });
        f.streams.add(remote);
        const done = () => {
          f.streams.delete(remote);
          local.destroy();
          remote.destroy();
        };
        local.on('data', (c: Buffer) => {
          f.sent += c.length;
        });
        local.on('error', done);
        local.on('close', done);
        remote.on('error', done);
        remote.on('close', done);
        local.pipe(remote);
        remote.pipe(local);
      });
    }
    const port = await new Promise<number>((resolve, reject) => {
      conn.forwardIn('127.0.0.1', 0, (err, p) => (err ? reject(err) : resolve(p)));
    });
    this.debug(`${this.where}: remote forward 127.0.0.1:${port} on the host to 127.0.0.1:${localPort} here`);
    const entry = { localPort, sent: 0, streams: new Set<Duplex>() };
    this.forwards.set(port, entry);
    let closed: Promise<void> | undefined;
    return {
      port,
      bytesSent: () => entry.sent,
      close: () => {
        closed ??= new Promise<void>((resolve) => {
          this.forwards.delete(port);
          for (const s of entry.streams) s.destroy();
          if (this.lostReason || !this.ssh.isConnected()) {
            resolve();
            return;
          }
          conn.unforwardIn('127.0.0.1', port, () => resolve());
        });
        return closed;
      },
    };
  }

  /** `command` with `input` on its stdin, over its own exec session (no bash -s: the stdin is data). */
  execWithInput(command: string, input: NodeJS.ReadableStream, timeoutSeconds: number): Promise<ExecResult> {
    const conn = this.ssh.connection;
    if (this.lostReason || !conn) return Promise.resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? 'not connected' });
    this.debug(`${this.where}: ${command} (stdin streamed)`);
    return new Promise((resolve) => {
      conn.exec(command, (err, channel) => {
        if (err) {
          resolve({ code: null, stdout: '', stderr: '', lost: `connection lost: ${err.message}` });
          return;
        }
        let stdout = '';
        let stderr = '';
        let code: number | null = null;
        let lost: string | undefined;
        const timer = setTimeout(() => {
          lost ??= `timed out after ${timeoutSeconds} s`;
          channel.close();
        }, timeoutSeconds * 1000);
        channel.on('data', (c: Buffer) => { if (stdout.length < 65536) stdout += c.toString('utf8'); });
        channel.stderr.on('data', (c: Buffer) => { if (stderr.length < 65536) stderr += c.toString('utf8'); });
        channel.on('exit', (c: number | null) => { code = typeof c === 'number' ? c : null; });
        channel.on('close', () => {
          clearTimeout(timer);
          if (lost === undefined && code === null) lost = this.lostReason ?? 'the session ended without an exit code';
          resolve({ code: lost ? null : code, stdout, stderr, lost });
        });
        input.on('error', (e: Error) => {
          lost ??= `reading the image failed: ${e.message}`;
          channel.close();
        });
        input.pipe(channel);
      });
    });
  }

  async close(): Promise<void> {
    for (const f of this.forwards.values()) for (const s of f.streams) s.destroy();
    this.forwards.clear();
    this.ssh.dispose();
    this.jump?.dispose();
  }
}

const whereOf = (t: HostTarget) => (t.port === 22 ? t.host : `${t.host}:${t.port}`);

/**
 * One SSH login with the host key checked against the pins before authentication (over `sock`,
 * a tunnel through a jump host, when given). `name` is how errors name the host.
 */
async function login(o: SshOptions, target: HostTarget, pins: HostPins, name: string, sock?: NodeJS.ReadableStream): Promise<{ ssh: NodeSSH; verdict: HostKeyVerdict }> {
  let verdict: HostKeyVerdict | undefined;
  const ssh = new NodeSSH();
  const algorithms = hostKeyAlgorithms(pins);
  const where = whereOf(target);
  o.debug(`${where}: ssh ${target.user}@${where}${sock ? ' through the jump host' : ''}${algorithms ? ` (host key algorithms ${algorithms.join(',')})` : ''}`);
  try {
    await ssh.connect({
      host: target.host,
      port: target.port,
      ...(sock ? { sock: sock as never } : {}),
      username: target.user,
      privateKey: o.key.text,
      passphrase: o.key.passphrase,
      readyTimeout: o.readyTimeoutSeconds * 1000,
      keepaliveInterval: 10_000,
      keepaliveCountMax: 3,
      ...(algorithms ? { algorithms: { serverHostKey: algorithms as never } } : {}),
      hostVerifier: (key: Buffer) => {
        verdict = checkHostKey(pins, target.host, target.port, key, o.policy);
        return verdict.accepted;
      },
    });
  } catch (err) {
    ssh.dispose();
    throw describeConnectError(err, { where: name, user: target.user, keyFingerprint: o.key.fingerprint, keyType: o.key.type, timeoutSeconds: o.readyTimeoutSeconds, hostKeyAlgorithms: algorithms }, verdict);
  }
  if (!verdict) {
    ssh.dispose();
    throw new ConnectError(`${name}: the host key was never checked`, 'failed');
  }
  return { ssh, verdict };
}

/** A TCP connection from the jump host to the target (ssh -J's direct-tcpip channel), time-limited. */
function tunnel(jump: NodeSSH, target: HostTarget, timeoutSeconds: number): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    const conn = jump.connection;
    if (!conn) {
      reject(new Error('the jump host connection closed'));
      return;
    }
    const timer = setTimeout(() => reject(new Error(`no connection within ${timeoutSeconds} s`)), timeoutSeconds * 1000);
    conn.forwardOut('127.0.0.1', 0, target.host, target.port, (err, stream) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(stream as unknown as NodeJS.ReadableStream);
    });
  });
}

/**
 * Connects with the host key checked against the pins before authentication: a refused key means
 * nothing was sent to or run on that host. With a jump host, its key is checked the same way
 * first, then the target is reached through a tunnel and checked end to end.
 */
export async function connectSsh(o: SshOptions): Promise<SshSession> {
  const { target } = o;
  const where = whereOf(target);
  if (!o.jump) {
    const { ssh, verdict } = await login(o, target, o.pins, where);
    return { connection: new SshConnection(ssh, where, o.debug), verdict };
  }
  const jumpWhere = whereOf(o.jump.target);
  let jump: { ssh: NodeSSH; verdict: HostKeyVerdict };
  try {
    jump = await login(o, o.jump.target, o.jump.pins, `the jump host ${jumpWhere}`);
  } catch (err) {
    const e = err as ConnectError;
    throw new ConnectError(e.kind === 'host-key' ? `jump host: ${e.message}` : e.message, e.kind, e.verdict);
  }
  try {
    let sock: NodeJS.ReadableStream;
    try {
      sock = await tunnel(jump.ssh, target, o.readyTimeoutSeconds);
    } catch (err) {
      throw new ConnectError(`the jump host ${jumpWhere} could not connect to ${where}: ${(err as Error).message} (it needs AllowTcpForwarding and a route to the host)`, 'unreachable');
    }
    const { ssh, verdict } = await login(o, target, o.pins, where, sock);
    return { connection: new SshConnection(ssh, where, o.debug, jump.ssh), verdict, jumpVerdict: jump.verdict };
  } catch (err) {
    jump.ssh.dispose();
    throw err;
  }
}
