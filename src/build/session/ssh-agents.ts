import * as crypto from 'crypto';
import * as net from 'net';
import { Duplex } from 'stream';
import { AgentProtocol, ParsedKey, utils } from 'ssh2';
import { UserError } from '../../errors';

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

/** An agent inside gantry that holds the given keys. */
export function keyAgent(id: string, describe: string, keys: ParsedKey[]): AgentSource {
  return {
    id,
    describe,
    open(): Duplex {
      const agent = new AgentProtocol(false);
      agent.on('identities', (req) => agent.getIdentitiesReply(req, keys));
      agent.on('sign', (req, pubKey: ParsedKey, data: Buffer, options: { hash?: string }) => {
        const key = keys.find((k) => k.getPublicSSH().equals(pubKey.getPublicSSH()));
        if (!key) return agent.failureReply(req);
        try {
          agent.signReply(req, signForAgent(key, data, options?.hash));
        } catch {
          agent.failureReply(req);
        }
      });
      return agent;
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
  return new Promise((resolve, reject) => {
    const conn = source.open();
    const client = new AgentProtocol(true);
    let settled = false;
    const finish = (err: Error | null, keys?: Buffer[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      client.destroy();
      if (err) reject(err);
      else resolve(keys ?? []);
    };
    const timer = setTimeout(() => finish(new UserError(`input 'ssh': the ${source.describe} for id '${source.id}' does not answer within ${timeoutMs / 1000}s`)), timeoutMs);
    conn.on('error', (e: NodeJS.ErrnoException) =>
      finish(new UserError(`input 'ssh': the ${source.describe} for id '${source.id}' does not answer (${e.code ?? e.message})`)),
    );
    client.pipe(conn).pipe(client);
    client.getIdentities((err, keys) => {
      if (err) return finish(new UserError(`input 'ssh': the ${source.describe} for id '${source.id}' refused to list its keys (${err.message})`));
      if (!keys || keys.length === 0) return finish(new UserError(`input 'ssh': the ${source.describe} for id '${source.id}' holds no key (ssh-add one)`));
      finish(null, keys.map((k) => k.getPublicSSH()));
    });
  });
}
