import { createReadStream } from 'fs';
import { stat } from 'fs/promises';
import { createConnection } from 'net';
import type { Duplex } from 'stream';
import { StringDecoder } from 'string_decoder';
import { NodeSSH } from 'node-ssh';
import type { ClientChannel } from 'ssh2';
import { ExecOptions, ExecResult, HostConnection, RemoteForward } from './host-connection';
import { HostTarget } from '../spec/host-list';
import { HostPins, blobKeyType, sha256Fingerprint } from '../../ssh/known-hosts';
import { checkHostCertificate } from '../../ssh/host-certificate';
import { fetchHostCertificate } from '../../ssh/host-certificate-fetch';
import { HostKeyPolicy, HostKeyVerdict, checkHostKey, hostKeyAlgorithms, knownHostsLine } from './host-key';
import { ClientKey, describeClientKey } from './private-key';
import { certifiedKey, sendCertificateAuthOn } from './certificate-auth';
import { describeCertificate } from '../../ssh/user-certificate';
import type { AuthHandlerMiddleware, PublicKeyAuthMethod } from 'ssh2';
import { ConnectError } from './connect-error';
import { Gate } from './gate';
import { shellQuote } from '../../shell-quote';

export { ConnectError } from './connect-error';
export type { ConnectFailure } from './connect-error';

/** One jump host of ssh_jump_host and its pinned keys. */
export interface SshHop {
  readonly target: HostTarget;
  readonly pins: HostPins;
}

export interface SshLinkOptions {
  /** The hosts' key (and the jump hosts', without jumpKey). */
  readonly key: ClientKey;
  /** ssh_jump_key: the jump hosts' own key. */
  readonly jumpKey?: ClientKey;
  /** ssh_jump_host in order (gantry -> jumps[0] -> ... -> host); empty for direct connections. */
  readonly jumps: readonly SshHop[];
  readonly policy: HostKeyPolicy;
  readonly readyTimeoutSeconds: number;
  /** Paces handshakes: a place is held from the TCP connect (or channel open) until the login is done. */
  readonly handshakes: Gate;
  readonly debug: (message: string) => void;
  /** Each jump host's key check, once per login there. */
  readonly onHop?: (hop: HostTarget, verdict: HostKeyVerdict) => void;
}

export interface SshSession {
  readonly connection: HostConnection;
  readonly verdict: HostKeyVerdict;
}

/** Explains a connection error; the host key verdict wins when the key was refused. */
export function describeConnectError(err: unknown, o: { where: string; user: string; key: string; timeoutSeconds: number; hostKeyAlgorithms?: readonly string[] }, verdict?: HostKeyVerdict): ConnectError {
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
      o.key.includes(' and its certificate ')
        ? `${o.user}@${o.where} refused public key authentication with ${o.key}: sshd there does not trust that CA (TrustedUserCAKeys) or takes none of the certificate's principals for ${o.user}, and the key is not in ~${o.user}/.ssh/authorized_keys`
        : `${o.user}@${o.where} refused public key authentication with ${o.key}: that key is not in ~${o.user}/.ssh/authorized_keys there, or ${o.user} may not log in`,
      'auth');
  }
  return new ConnectError(`cannot connect to ${o.where}: ${msg}`, 'failed');
}

class SshConnection implements HostConnection {
  private lost: string | undefined;

  /** The sshd here has no SFTP subsystem: uploads go over an exec channel (said once). */
  private noSftp = false;

  /**
   * `jumpDropped`: why the jump connection this session runs through ended, once it has: a
   * session lost with it is said to be lost by the jump host's drop, not by the host.
   */
  constructor(private readonly ssh: NodeSSH, private readonly where: string, private readonly debug: (m: string) => void, private readonly onClose: () => void = () => undefined,
    private readonly jumpDropped: () => string | undefined = () => undefined) {
    // node-ssh drops its error listener once connected: without ours, a later reset would crash the process.
    ssh.connection?.on('error', (err: Error) => {
      this.lost = `connection lost: ${err.message}`;
      debug(`${where}: ${this.lostReason}`);
    });
    ssh.connection?.on('close', () => {
      this.lost ??= 'connection closed';
    });
  }

  /** Why the session is gone (undefined while it is up); a jump host's drop is named as the cause. */
  private get lostReason(): string | undefined {
    if (this.lost === undefined) return undefined;
    const dropped = this.jumpDropped();
    return dropped ? `connection lost: ${dropped}` : this.lost;
  }

  async exec(script: string, opts: ExecOptions): Promise<ExecResult> {
    if (this.lostReason || !this.ssh.isConnected()) return { code: null, stdout: '', stderr: '', lost: this.lostReason ?? 'not connected', unsent: true };
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
      // execCommand rejects only when the session could not open: the script was not sent.
      return { code: null, stdout: '', stderr: '', lost: this.lostReason ?? `connection lost: ${(err as Error).message}`, unsent: true };
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
    if (!conn) return Promise.resolve({ code: null, stdout: '', stderr: '', lost: 'not connected', unsent: true });
    return new Promise((resolve) => {
      conn.exec('bash -s', (err, channel) => {
        if (err) {
          resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? `connection lost: ${err.message}`, unsent: true });
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

  /**
   * SFTP, with a time limit: a stalled transfer closes the connection rather than hang the host's
   * run. A host whose sshd has no SFTP subsystem gets the file over an exec channel instead
   * (`cat` into the quoted path, umask 077), said once through `say`; the caller's SHA-256 check
   * on the host is the same either way.
   */
  async upload(localPath: string, remotePath: string, timeoutSeconds: number, say?: (message: string) => void): Promise<number> {
    if (this.lostReason || !this.ssh.isConnected()) throw new Error(this.lostReason ?? 'not connected');
    const size = (await stat(localPath)).size;
    if (!this.noSftp) {
      this.debug(`${this.where}: sftp put ${localPath} ${remotePath}`);
      try {
        await this.limited(this.ssh.putFile(localPath, remotePath, null, { mode: 0o600, concurrency: SFTP_REQUESTS_IN_FLIGHT }), timeoutSeconds);
        return size;
      } catch (err) {
        const msg = (err as Error).message ?? String(err);
        if (!/subsystem/i.test(msg) || this.lostReason) throw err;
        this.noSftp = true;
        say?.(`no SFTP on this host (${msg}): uploading over an exec channel (cat) instead, checked by SHA-256 as usual`);
      }
    }
    this.debug(`${this.where}: exec upload ${localPath} ${remotePath}`);
    await this.limited(this.execUpload(localPath, remotePath), timeoutSeconds);
    return size;
  }

  private async limited<T>(work: Promise<T>, timeoutSeconds: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`upload timed out after ${timeoutSeconds} s`));
        this.ssh.dispose();
      }, timeoutSeconds * 1000);
    });
    try {
      return await Promise.race([work, limit]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The file on the stdin of `cat` over an exec channel; the path is quoted, nothing else is sent. */
  private execUpload(localPath: string, remotePath: string): Promise<void> {
    const conn = this.ssh.connection;
    if (!conn) return Promise.reject(new Error('not connected'));
    return new Promise((resolve, reject) => {
      conn.exec(`umask 077 && cat > ${shellQuote(remotePath)}`, (err, channel) => {
        if (err) {
          reject(err);
          return;
        }
        let code: number | null = null;
        let stderr = '';
        channel.on('exit', (c: number | null) => { code = typeof c === 'number' ? c : null; });
        channel.stderr.on('data', (c: Buffer) => { if (stderr.length < 4096) stderr += c.toString('utf8'); });
        // cat writes nothing, but the channel closes only once its stdout has been read to the end.
        channel.resume();
        channel.on('close', () => {
          if (code === 0) resolve();
          else reject(new Error(code === null ? (this.lostReason ?? 'the upload channel closed without an exit code') : `cat > ${remotePath} exited ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
        });
        const file = createReadStream(localPath, { highWaterMark: UPLOAD_CHUNK });
        file.on('error', (e) => {
          reject(e);
          channel.close();
        });
        paced(file, channel);
      });
    });
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
        local.on('data', (c: Buffer) => {
          f.sent += c.length;
        });
        // An end travels on through pipe() after the bytes still queued for the channel (its window
        // may be full); destroying the channel when the local side closes would drop them and cut the
        // engine's download short. Only an error, or the host's side closing, ends the other side.
        local.on('error', () => remote.destroy());
        remote.on('error', () => local.destroy());
        remote.on('close', () => {
          f.streams.delete(remote);
          local.destroy();
        });
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
    if (this.lostReason || !conn) return Promise.resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? 'not connected', unsent: true });
    this.debug(`${this.where}: ${command} (stdin streamed)`);
    return new Promise((resolve) => {
      conn.exec(command, (err, channel) => {
        if (err) {
          resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? `connection lost: ${err.message}`, unsent: true });
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
    this.onClose();
  }
}

/**
 * An upload keeps at most this many bytes sent to the host and not yet taken from sshd by the
 * receiving process (the host's window adjusts say what was taken). Unpaced, the data fills
 * sshd's whole 2 MB channel window faster than `cat` or sftp-server drains it, and sshd then
 * regrows and copies its buffer for every packet: measured on the bed, a 5 MB binary cost the
 * host's sshd about 0.85 s of CPU that way and 0.02 s when kept to 256 KB in flight. The bound
 * caps throughput at 256 KB per round trip (25 MB/s at 10 ms, 5 MB/s at 50 ms).
 */
export const UPLOAD_IN_FLIGHT = 256 * 1024;
/** The chunk an upload reads and sends at a time. */
const UPLOAD_CHUNK = 64 * 1024;
/** SFTP write requests in flight (32 KB each): the same bound as UPLOAD_IN_FLIGHT. */
const SFTP_REQUESTS_IN_FLIGHT = UPLOAD_IN_FLIGHT / (32 * 1024);

/**
 * Pipes `file` into `channel`, pausing while more than UPLOAD_IN_FLIGHT bytes wait in the host's
 * sshd (the channel's send window, as ssh2 keeps it, minus what it was at the start). A channel
 * whose window ssh2 does not expose is piped as is.
 */
function paced(file: NodeJS.ReadableStream, channel: ClientChannel): void {
  const out = (channel as unknown as { outgoing?: { window?: unknown } }).outgoing;
  if (!out || typeof out.window !== 'number') {
    file.pipe(channel);
    return;
  }
  const start = out.window;
  const waiting = () => start - (out.window as number) > UPLOAD_IN_FLIGHT;
  let closed = false;
  channel.on('close', () => { closed = true; });
  const resumeWhenTaken = () => {
    if (closed) return;
    if (waiting()) setTimeout(resumeWhenTaken, 2);
    else file.resume();
  };
  file.on('data', (chunk: Buffer) => {
    channel.write(chunk);
    if (waiting()) {
      file.pause();
      setTimeout(resumeWhenTaken, 2);
    }
  });
  file.on('end', () => channel.end());
}

const whereOf = (t: HostTarget) => (t.port === 22 ? t.host : `${t.host}:${t.port}`);

/**
 * One SSH login with the host key checked against the pins before authentication (over `sock`,
 * a tunnel through a jump host, when given). `name` is how errors name the host.
 */
async function login(o: SshLinkOptions, key: ClientKey, target: HostTarget, given: HostPins | CertifiedPins, name: string, sock?: NodeJS.ReadableStream): Promise<{ ssh: NodeSSH; verdict: HostKeyVerdict }> {
  let verdict: HostKeyVerdict | undefined;
  const certified = 'certificate' in given ? given : undefined;
  const pins = certified ? certified.pins : given as HostPins;
  const ssh = new NodeSSH();
  const algorithms = hostKeyAlgorithms(pins);
  const where = whereOf(target);
  o.debug(`${where}: ssh ${target.user}@${where}${sock ? ' through the jump host' : ''}${algorithms ? ` (host key algorithms ${algorithms.join(',')})` : ''}`);
  const t0 = Date.now();
  try {
    await ssh.connect({
      host: target.host,
      port: target.port,
      ...(sock ? { sock: sock as never } : {}),
      username: target.user,
      ...(key.agent ? { agent: key.agent } : key.certificate ? { authHandler: certificateFirst(ssh, key, target.user, o.debug) } : { privateKey: key.text, passphrase: key.passphrase }),
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
    throw describeConnectError(err, { where: name, user: target.user, key: describeClientKey(key), timeoutSeconds: o.readyTimeoutSeconds, hostKeyAlgorithms: algorithms }, verdict);
  }
  if (!verdict) {
    ssh.dispose();
    throw new ConnectError(`${name}: the host key was never checked`, 'failed');
  }
  o.debug(`${where}: logged in after ${Date.now() - t0} ms`);
  if (certified) {
    o.debug(`${where}: host key ${verdict.keyType} ${verdict.fingerprint} vouched for by ${certified.certificate}`);
    return { ssh, verdict: { ...verdict, how: 'certificate' } };
  }
  return { ssh, verdict };
}

/**
 * Authentication with a certificate, as ssh does with KEY-cert.pub: the certificate first, then
 * the plain key (a host that trusts no CA may still list the key in authorized_keys).
 */
function certificateFirst(ssh: NodeSSH, key: ClientKey, user: string, debug: (m: string) => void): AuthHandlerMiddleware {
  const certified = certifiedKey(key.text, key.passphrase, key.certificate!);
  const attempts: PublicKeyAuthMethod[] = [
    { type: 'publickey' as const, username: user, key: certified.key as never },
    { type: 'publickey' as const, username: user, key: key.text, ...(key.passphrase ? { passphrase: key.passphrase } : {}) },
  ];
  let next = 0;
  return (_methodsLeft, _partial, callback) => {
    if (next === 0) {
      sendCertificateAuthOn((ssh.connection as unknown as { _protocol?: unknown })?._protocol, certified);
      debug(`offering the ${describeCertificate(key.certificate!)} (${key.certificate!.algorithm})`);
    } else if (next === 1) debug('the certificate was refused: offering the plain key');
    callback(attempts[next++] ?? false as never);
  };
}

/** A host's pins when its host certificate vouched for its key: that key alone. */
interface CertifiedPins {
  readonly pins: HostPins;
  /** What vouched for it, for the debug log. */
  readonly certificate: string;
}

/**
 * For a host with no pinned key but `@cert-authority` lines matching it: its host certificate,
 * fetched over a stream of its own (`open`: a TCP connection, or a channel through the jump
 * host) and checked against those lines. The certified key becomes the one pin of the login that
 * follows, whose key exchange proves the host holds it. Other hosts keep their pins, unfetched. A
 * host that offers no certificate goes on unpinned under ssh_host_key_policy accept-new and is
 * refused otherwise; a certificate that fails a check is refused under either.
 */
async function certifiedPins(o: SshLinkOptions, target: HostTarget, pins: HostPins, name: string, open: () => Promise<Duplex>): Promise<HostPins | CertifiedPins> {
  if (pins.trusted.length > 0 || pins.authorities.length === 0) return pins;
  const lines = `known_hosts line ${pins.authorities.map((e) => e.line).join(', ')}`;
  const stream = await open();
  o.debug(`${name}: fetching its host certificate (@cert-authority, ${lines})`);
  let fetched;
  try {
    fetched = await fetchHostCertificate(stream, o.readyTimeoutSeconds * 1000);
  } catch (err) {
    const msg = (err as Error).message;
    const unreachable = /^(could not be reached|gave no answer|closed the connection)/.test(msg);
    throw new ConnectError(`${name}: cannot fetch its host certificate: the host ${msg}`, unreachable ? 'unreachable' : 'failed');
  }
  if ('none' in fetched) {
    if (o.policy === 'accept-new') {
      o.debug(`${name}: no host certificate (it ${fetched.none}): its plain key goes by ssh_host_key_policy accept-new`);
      return pins;
    }
    throw new ConnectError(`${name}: no host certificate to check against the @cert-authority lines (${lines}), and no key pinned for it: the host ${fetched.none}`, 'host-key');
  }
  const check = checkHostCertificate(fetched.certificate, { host: target.host, authorities: pins.authorities, revoked: pins.revoked, now: Date.now() / 1000 });
  if (!check.ok) {
    const certKey = check.cert?.publicKey;
    const verdict: HostKeyVerdict | undefined = certKey ? {
      accepted: false, keyType: check.cert?.certType ?? 'unknown', fingerprint: sha256Fingerprint(certKey),
      knownHostsLine: knownHostsLine(target.host, target.port, certKey), reason: `${name}: host certificate ${check.reason}`,
    } : undefined;
    throw new ConnectError(`${name}: host certificate ${check.reason}`, 'host-key', verdict);
  }
  const { cert, authority } = check;
  const key = cert.publicKey;
  return {
    pins: {
      trusted: [{ line: authority.line, revoked: false, hosts: { kind: 'any' }, keyType: blobKeyType(key), key, fingerprint: sha256Fingerprint(key) }],
      revoked: pins.revoked,
      authorities: [],
    },
    certificate: `the certificate '${cert.keyId}' (serial ${cert.serial}) of the CA ${authority.fingerprint} (known_hosts line ${authority.line})`,
  };
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

/** One login to the jump hosts; `dropped` is set once it has ended, saying why. */
interface JumpLink {
  dropped?: string;
  /** Ended by gantry itself (the command over, or unused for a while): not a drop. */
  ours?: boolean;
}

/** How long an unused jump connection is kept for a host that may still come (a rollout's next step). */
const JUMP_LINGER_MS = 2000;

/**
 * The SSH side of one command: every host's session, and at most one login to each jump host
 * (ssh -J's model, with the connection shared as ControlMaster would): each host is reached over a
 * direct-tcpip channel of that one connection and logged in to end to end. Handshakes hold a
 * place of `handshakes`, so a bastion's MaxStartups is never reached by gantry alone. A jump
 * connection that drops is logged in to again by the next host that needs it; hosts whose
 * sessions ran over it lose them (their steps end as connection lost).
 */
export class SshLinks {
  /** Logins to the first jump host so far (the bastion's audit log sees as many). */
  jumpLogins = 0;
  private chain?: Promise<NodeSSH[]>;
  /** The jump login in use (with chain). */
  private link?: JumpLink;
  /** Why the last jump connection ended, when one has: said again if logging in anew fails. */
  private lastDrop?: string;
  private users = 0;
  private idle?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly o: SshLinkOptions) {}

  /**
   * Connects with the host key checked against the pins before authentication: a refused key means
   * nothing was sent to or run on that host. Through jump hosts, each hop's key is checked the same
   * way when it is logged in to, and the target is checked end to end through the channel.
   */
  async connect(target: HostTarget, pins: HostPins): Promise<SshSession> {
    const { o } = this;
    const where = whereOf(target);
    if (this.closed) throw new ConnectError(`${where}: the command is over`, 'failed');
    if (o.jumps.length === 0) {
      const { ssh, verdict } = await o.handshakes.run(async () => {
        const checked = await certifiedPins(o, target, pins, `host ${where}`, async () => createConnection({ host: target.host, port: target.port }));
        return login(o, o.key, target, checked, where);
      });
      return { connection: new SshConnection(ssh, where, o.debug), verdict };
    }
    this.hold();
    try {
      const lastWhere = whereOf(o.jumps[o.jumps.length - 1].target);
      // A jump connection found dropped while this host's channel opened: once more, over a new login.
      for (let attempt = 1; ; attempt++) {
        const chain = this.jumpChain();
        const link = this.link!;
        const hops = await chain;
        const last = hops[hops.length - 1];
        const session = await o.handshakes.run(async () => {
          /** A channel from the last jump host to the target; undefined: the jump connection dropped, try once more. */
          const open = async (): Promise<NodeJS.ReadableStream | undefined> => {
            try {
              return await tunnel(last, target, o.readyTimeoutSeconds);
            } catch (err) {
              if (link.dropped !== undefined) {
                if (attempt === 1) return undefined;
                throw new ConnectError(`cannot reach ${where}: ${link.dropped}`, 'unreachable');
              }
              throw new ConnectError(`the jump host ${lastWhere} could not connect to ${where}: ${(err as Error).message} (it needs AllowTcpForwarding and a route to the host)`, 'unreachable');
            }
          };
          let redo = false;
          const checked = await certifiedPins(o, target, pins, `host ${where}`, async () => {
            const channel = await open();
            if (channel) return channel as unknown as Duplex;
            redo = true;
            throw new ConnectError(`cannot reach ${where}: the jump connection dropped`, 'unreachable');
          }).catch((err: unknown) => {
            if (redo) return undefined;
            throw err;
          });
          if (!checked) return undefined;
          const sock = await open();
          if (!sock) return undefined;
          return login(o, o.key, target, checked, where, sock);
        });
        if (!session) continue;
        let released = false;
        return {
          connection: new SshConnection(session.ssh, where, o.debug, () => {
            if (released) return;
            released = true;
            this.release();
          }, () => link.dropped),
          verdict: session.verdict,
        };
      }
    } catch (err) {
      this.release();
      throw err;
    }
  }

  /** Ends the jump connection now (hosts still connected through it lose their sessions). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idle);
    await this.drop();
  }

  private hold(): void {
    this.users += 1;
    clearTimeout(this.idle);
    this.idle = undefined;
  }

  private release(): void {
    this.users -= 1;
    if (this.users > 0) return;
    // Not at once: askFleet's and rollbackRefs' hosts come and go; the next may be a moment away.
    this.idle = setTimeout(() => {
      if (this.users === 0) void this.drop();
    }, JUMP_LINGER_MS);
    this.idle.unref();
  }

  private async drop(): Promise<void> {
    const chain = this.chain;
    if (this.link) this.link.ours = true;
    this.chain = undefined;
    this.link = undefined;
    const hops = await chain?.catch(() => undefined);
    for (const h of [...(hops ?? [])].reverse()) h.dispose();
  }

  /**
   * The jump hosts, logged in to in order, once (again after a drop); a failure is every host's.
   * this.link is the login in use: `dropped` says, once it has ended, why.
   */
  private jumpChain(): Promise<NodeSSH[]> {
    if (!this.chain) {
      const bastion = whereOf(this.o.jumps[0].target);
      const before = this.lastDrop;
      const chain = this.openChain().catch((err: unknown) => {
        // A new login after a drop that fails too: the host's line says both.
        const e = err as ConnectError;
        throw before && e instanceof ConnectError ? new ConnectError(`${before}, and a new login failed: ${e.message}`, e.kind, e.verdict) : err;
      });
      const link: JumpLink = {};
      this.chain = chain;
      this.link = link;
      chain.then((hops) => {
        // Logged in again: an earlier drop is history.
        if (this.lastDrop === before) this.lastDrop = undefined;
        // A drop of any hop (bastion restarted, network cut) ends this chain: the next host logs in again.
        const dropped = (cause?: string) => {
          if (!link.ours) link.dropped ??= `the jump host ${bastion} dropped the connection${cause ? ` (${cause})` : ''}`;
        };
        const ended = () => {
          dropped();
          if (link.dropped) this.lastDrop = link.dropped;
          if (this.chain === chain) {
            this.o.debug(`the jump connection to ${bastion} ended`);
            this.chain = undefined;
            for (const h of [...hops].reverse()) h.dispose();
          }
        };
        for (const h of hops) {
          h.connection?.on('error', (e: Error) => {
            this.o.debug(`jump connection: ${e.message}`);
            // Said as soon as it is known: the sessions through it may end before its close event.
            dropped(e.message);
          });
          h.connection?.on('close', ended);
        }
      }, () => undefined);
    }
    return this.chain;
  }

  private async openChain(): Promise<NodeSSH[]> {
    const { o } = this;
    const key = o.jumpKey ?? o.key;
    const hops: NodeSSH[] = [];
    try {
      for (const [i, hop] of o.jumps.entries()) {
        const where = whereOf(hop.target);
        const name = i === 0 ? `the jump host ${where}` : `the jump host ${where} (hop ${i + 1}, through ${whereOf(o.jumps[i - 1].target)})`;
        const { ssh, verdict } = await o.handshakes.run(async () => {
          const open = async (): Promise<NodeJS.ReadableStream | undefined> => {
            if (i === 0) return undefined;
            const prev = whereOf(o.jumps[i - 1].target);
            try {
              return await tunnel(hops[i - 1], hop.target, o.readyTimeoutSeconds);
            } catch (err) {
              throw new ConnectError(`the jump host ${prev} could not connect to the next jump host ${where}: ${(err as Error).message} (it needs AllowTcpForwarding and a route there)`, 'unreachable');
            }
          };
          const checked = await certifiedPins(o, hop.target, hop.pins, name, async () => ((await open()) as unknown as Duplex | undefined) ?? createConnection({ host: hop.target.host, port: hop.target.port }));
          const sock = await open();
          try {
            return await login(o, key, hop.target, checked, name, sock);
          } catch (err) {
            const e = err as ConnectError;
            if (e.kind === 'auth') {
              const u = hop.target.user;
              throw new ConnectError(`${name} refused public key authentication for ${u} with ${describeClientKey(key)}: that key is not in ~${u}/.ssh/authorized_keys there, or ${u} may not log in${o.jumpKey ? ' (the key of ssh_jump_key)' : ' (ssh_jump_key gives the jump hosts a key of their own)'}`, 'auth');
            }
            throw new ConnectError(e.kind === 'host-key' ? `jump host: ${e.message}` : e.message, e.kind ?? 'failed', e.verdict);
          }
        });
        if (i === 0) this.jumpLogins += 1;
        o.onHop?.(hop.target, verdict);
        hops.push(ssh);
      }
      return hops;
    } catch (err) {
      for (const h of hops.reverse()) h.dispose();
      throw err;
    }
  }
}
