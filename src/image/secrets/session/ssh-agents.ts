import * as crypto from 'crypto';
import * as net from 'net';
import { Duplex } from 'stream';
import { ParsedKey, utils } from 'ssh2';
import { UserError } from '../../../errors';

/**
 * What an `ssh` id forwards into the build: a running agent's socket (the runner's
 * SSH_AUTH_SOCK, or another path), or private keys served by an agent inside gantry.
 * The in-process agent only signs: a key never leaves this process, and it lives exactly
 * as long as the build session.
 */
export interface AgentSource {
  readonly id: string;
  /** For messages: "agent at /tmp/ssh-x/agent.1" or "key /home/me/.ssh/deploy". */
  readonly describe: string;
  /** A fresh connection speaking the ssh-agent protocol. */
  open(): Duplex;
}

const AGENT_TIMEOUT_MS = 5000;

function sshString(b: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

function mpint(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const v = b.subarray(i);
  return sshString(v[0] & 0x80 ? Buffer.concat([Buffer.alloc(1), v]) : v);
}

const ECDSA_HASH: Record<string, string> = {
  'ecdsa-sha2-nistp256': 'sha256',
  'ecdsa-sha2-nistp384': 'sha384',
  'ecdsa-sha2-nistp521': 'sha512',
};

/** A signature blob in the agent protocol's per-type encoding (RFC 4253, 5656, 8709). */
export function signForAgent(key: ParsedKey, data: Buffer, hash?: string): Buffer {
  const pem = key.getPrivatePEM();
  if (key.type === 'ssh-ed25519') return crypto.sign(null, data, pem);
  if (key.type === 'ssh-rsa') return crypto.sign(hash ?? 'sha1', data, pem);
  const ecHash = ECDSA_HASH[key.type];
  if (ecHash) {
    const raw = crypto.sign(ecHash, data, { key: pem, dsaEncoding: 'ieee-p1363' });
    const half = raw.length / 2;
    return Buffer.concat([mpint(raw.subarray(0, half)), mpint(raw.subarray(half))]);
  }
  throw new Error(`cannot sign with a ${key.type} key`);
}

/**
 * Parses private key text. A key that needs a passphrase is refused: the build cannot ask
 * for one, and a passphrase input would be one more secret to leak.
 */
export function parsePrivateKey(text: string, id: string, where: string): ParsedKey {
  const parsed = utils.parseKey(text);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error || !key) {
    const message = key instanceof Error ? key.message : 'no key found';
    if (/passphrase|encrypted/i.test(message)) {
      throw new UserError(
        `input 'ssh': the key for id '${id}' (${where}) needs a passphrase; use a deploy key without one, or load it into an agent (ssh-add) and pass '${id}=<agent socket>' or 'default' with SSH_AUTH_SOCK set`,
      );
    }
    throw new UserError(`input 'ssh': the key for id '${id}' (${where}) is not a private key ssh understands: ${message}`);
  }
  if (!key.isPrivateKey()) throw new UserError(`input 'ssh': id '${id}' (${where}) is a public key; give the private key`);
  return key;
}

const FAILURE = 5;
const REQUEST_IDENTITIES = 11;
const IDENTITIES_ANSWER = 12;
const SIGN_REQUEST = 13;
const SIGN_RESPONSE = 14;
const RSA_SHA2_256 = 2;
const RSA_SHA2_512 = 4;

function frame(type: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from([type]), ...parts]);
  return Buffer.concat([uint32(body.length), body]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** Splits a byte stream into agent protocol messages (uint32 length, then the message). */
class Framer {
  private buf = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    this.buf = Buffer.concat([this.buf, chunk]);
    const out: Buffer[] = [];
    while (this.buf.length >= 4) {
      const len = this.buf.readUInt32BE(0);
      if (this.buf.length < 4 + len) break;
      out.push(this.buf.subarray(4, 4 + len));
      this.buf = this.buf.subarray(4 + len);
    }
    return out;
  }
}

function readString(buf: Buffer, at: number): [Buffer, number] {
  if (at + 4 > buf.length) throw new Error('truncated agent message');
  const len = buf.readUInt32BE(at);
  if (at + 4 + len > buf.length) throw new Error('truncated agent message');
  return [buf.subarray(at + 4, at + 4 + len), at + 4 + len];
}

/** The answer of an agent holding `keys` to one request; failure for anything else. */
export function agentReply(keys: ParsedKey[], msg: Buffer): Buffer {
  try {
    if (msg[0] === REQUEST_IDENTITIES) {
      const entries = keys.map((k) => Buffer.concat([sshString(k.getPublicSSH()), sshString(Buffer.from(k.comment || ''))]));
      return frame(IDENTITIES_ANSWER, uint32(keys.length), ...entries);
    }
    if (msg[0] === SIGN_REQUEST) {
      const [blob, next] = readString(msg, 1);
      const [data, after] = readString(msg, next);
      const flags = after + 4 <= msg.length ? msg.readUInt32BE(after) : 0;
      const key = keys.find((k) => k.getPublicSSH().equals(blob));
      if (!key) return frame(FAILURE);
      let format: string = key.type;
      let hash: string | undefined;
      if (key.type === 'ssh-rsa' && flags & RSA_SHA2_512) [format, hash] = ['rsa-sha2-512', 'sha512'];
      else if (key.type === 'ssh-rsa' && flags & RSA_SHA2_256) [format, hash] = ['rsa-sha2-256', 'sha256'];
      const signature = Buffer.concat([sshString(Buffer.from(format)), sshString(signForAgent(key, data, hash))]);
      return frame(SIGN_RESPONSE, sshString(signature));
    }
  } catch {
    // A malformed request gets a failure, as from ssh-agent.
  }
  // Extensions (OpenSSH's session-bind@openssh.com), adding or removing keys, locking.
  return frame(FAILURE);
}

/**
 * An agent inside gantry that holds the given keys: it lists them and signs with them,
 * and refuses everything else (adding, removing, extensions). Its own few lines rather than
 * ssh2's AgentProtocol, whose server side loses its place on a message it does not know,
 * such as the session-bind@openssh.com extension every OpenSSH >= 8.9 client sends first.
 */
export function keyAgent(id: string, describe: string, keys: ParsedKey[]): AgentSource {
  return {
    id,
    describe,
    open(): Duplex {
      const framer = new Framer();
      return new Duplex({
        read() {},
        write(chunk: Buffer, _enc, done) {
          for (const msg of framer.push(chunk)) this.push(agentReply(keys, msg));
          done();
        },
        final(done) {
          this.push(null);
          done();
        },
      });
    },
  };
}

/** A running agent, reached through its socket. */
export function socketAgent(id: string, socketPath: string): AgentSource {
  return { id, describe: `agent at ${socketPath}`, open: () => net.connect(socketPath) };
}

/**
 * Asks an agent for its public keys; fails with a message naming the id when the agent
 * does not answer (a stale SSH_AUTH_SOCK) or holds no key.
 */
export function agentIdentities(source: AgentSource, timeoutMs = AGENT_TIMEOUT_MS): Promise<Buffer[]> {
  const fail = (why: string) => new UserError(`input 'ssh': the ${source.describe} for id '${source.id}' ${why}`);
  return new Promise((resolve, reject) => {
    const conn = source.open();
    const framer = new Framer();
    let settled = false;
    const finish = (err: Error | null, keys?: Buffer[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      if (err) reject(err);
      else resolve(keys ?? []);
    };
    const timer = setTimeout(() => finish(fail(`does not answer within ${timeoutMs / 1000}s`)), timeoutMs);
    conn.on('error', (e: NodeJS.ErrnoException) => finish(fail(`does not answer (${e.code ?? e.message})`)));
    conn.on('close', () => finish(fail('closed the connection without answering')));
    conn.on('data', (chunk: Buffer) => {
      const [msg] = framer.push(chunk);
      if (!msg) return;
      if (msg[0] !== IDENTITIES_ANSWER) return finish(fail('refused to list its keys'));
      try {
        const keys: Buffer[] = [];
        let at = 5;
        for (let i = 0; i < msg.readUInt32BE(1); i++) {
          const [blob, next] = readString(msg, at);
          at = readString(msg, next)[1];
          keys.push(Buffer.from(blob));
        }
        if (keys.length === 0) return finish(fail('holds no key (ssh-add one)'));
        finish(null, keys);
      } catch {
        finish(fail('gave a malformed answer'));
      }
    });
    conn.write(frame(REQUEST_IDENTITIES));
  });
}
