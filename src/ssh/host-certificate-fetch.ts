import { generateKeyPairSync, randomBytes } from 'crypto';
import type { Duplex } from 'stream';
import { CERT_HOST_KEY_ALGORITHMS, SshReader, sshString } from './host-certificate';

/**
 * Fetches a host's certificate with the first half of an SSH key exchange: version lines, KEXINIT
 * offering only certificate host key algorithms, KEX_ECDH_INIT with an ephemeral X25519 key, and
 * the server's KEX_ECDH_REPLY, whose K_S is the certificate. Nothing is authenticated or trusted
 * here: the caller checks the certificate's CA signature and then pins the certified key for the
 * real connection, whose key exchange proves the host holds that key.
 */

const MSG_DISCONNECT = 1;
const MSG_IGNORE = 2;
const MSG_UNIMPLEMENTED = 3;
const MSG_DEBUG = 4;
const MSG_KEXINIT = 20;
const MSG_KEX_ECDH_INIT = 30;
const MSG_KEX_ECDH_REPLY = 31;

const KEX = ['curve25519-sha256', 'curve25519-sha256@libssh.org'];
// Offered only so that the server finds a match and answers; no packet is ever encrypted.
const CIPHERS = 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com';
const MACS = 'hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1';
const COMPRESSION = 'none,zlib@openssh.com';
const MAX_PACKET = 35000;
const MAX_PREAMBLE = 8192;

export type CertificateFetch =
  | { readonly certificate: Buffer }
  /** The host offers no certificate host key: why, in a phrase. */
  | { readonly none: string };

/** An unencrypted binary packet (RFC 4253 6): length, padding length, payload, >= 4 random bytes, a multiple of 8. */
export function plainPacket(payload: Buffer): Buffer {
  let pad = 8 - ((5 + payload.length) % 8);
  if (pad < 4) pad += 8;
  const head = Buffer.alloc(5);
  head.writeUInt32BE(1 + payload.length + pad);
  head[4] = pad;
  return Buffer.concat([head, payload, randomBytes(pad)]);
}

export function kexInitPayload(): Buffer {
  const lists = [KEX.join(','), CERT_HOST_KEY_ALGORITHMS.join(','), CIPHERS, CIPHERS, MACS, MACS, COMPRESSION, COMPRESSION, '', ''];
  return Buffer.concat([Buffer.from([MSG_KEXINIT]), randomBytes(16), ...lists.map((l) => sshString(l)), Buffer.from([0, 0, 0, 0, 0])]);
}

/** Reads the server's version line and packets off a byte stream. */
export class PacketReader {
  private buf: Buffer = Buffer.alloc(0);
  private preamble = true;
  serverVersion?: string;

  push(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
  }

  /** The next whole payload, or undefined until more bytes arrive; throws on a malformed stream. */
  next(): Buffer | undefined {
    while (this.preamble) {
      const nl = this.buf.indexOf(0x0a);
      if (nl < 0) {
        if (this.buf.length > MAX_PREAMBLE) throw new Error('sent no SSH version line');
        return undefined;
      }
      const line = this.buf.subarray(0, nl).toString('latin1').replace(/\r$/, '');
      this.buf = this.buf.subarray(nl + 1);
      if (line.startsWith('SSH-')) {
        if (!/^SSH-(2\.0|1\.99)-/.test(line)) throw new Error(`speaks an SSH version other than 2 (${line.slice(0, 40)})`);
        this.serverVersion = line;
        this.preamble = false;
      }
    }
    if (this.buf.length < 4) return undefined;
    const len = this.buf.readUInt32BE(0);
    if (len < 5 || len > MAX_PACKET) throw new Error(`sent a packet of length ${len}`);
    if (this.buf.length < 4 + len) return undefined;
    const pad = this.buf[4];
    if (pad < 4 || pad > len - 1) throw new Error('sent a packet with bad padding');
    const payload = this.buf.subarray(5, 4 + len - pad);
    this.buf = this.buf.subarray(4 + len);
    return payload;
  }
}

function nameList(r: SshReader): string[] {
  const s = r.text();
  return s ? s.split(',') : [];
}

/**
 * The exchange over `stream` (a TCP socket to the host, or a direct-tcpip channel to it through
 * a jump host), ended and destroyed afterwards whatever happened. Rejects on a protocol or
 * connection failure, or when `timeoutMs` passes, with a phrase that follows "the host".
 */
export function fetchHostCertificate(stream: Duplex, timeoutMs: number): Promise<CertificateFetch> {
  return new Promise<CertificateFetch>((resolve, reject) => {
    const reader = new PacketReader();
    const ephemeral = generateKeyPairSync('x25519');
    const q = Buffer.from(ephemeral.publicKey.export({ format: 'jwk' }).x as string, 'base64url');
    let finished = false;
    const finish = (err: Error | undefined, result?: CertificateFetch) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.on('error', () => undefined);
      stream.end();
      stream.destroy();
      if (err) reject(err);
      else resolve(result as CertificateFetch);
    };
    const timer = setTimeout(() => finish(new Error(`gave no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const handle = (payload: Buffer) => {
      const r = new SshReader(payload);
      const type = r.byte();
      if (type === MSG_IGNORE || type === MSG_DEBUG || type === MSG_UNIMPLEMENTED) return;
      if (type === MSG_DISCONNECT) {
        r.uint32();
        const why = r.text().slice(0, 200);
        if (/host ?key/i.test(why)) finish(undefined, { none: `refused every certificate host key algorithm (${why})` });
        else finish(new Error(`closed the exchange: ${why}`));
        return;
      }
      if (type === MSG_KEXINIT) {
        r.bytes(16);
        const kex = nameList(r);
        const hostKeys = nameList(r);
        if (!hostKeys.some((a) => CERT_HOST_KEY_ALGORITHMS.includes(a))) {
          finish(undefined, { none: `offers no certificate host key (its host key algorithms: ${hostKeys.join(',').slice(0, 200)})` });
          return;
        }
        if (!kex.some((k) => KEX.includes(k))) {
          finish(new Error(`offers no curve25519-sha256 key exchange, which fetching its certificate needs (it offers ${kex.join(',').slice(0, 200)})`));
          return;
        }
        stream.write(plainPacket(Buffer.concat([Buffer.from([MSG_KEX_ECDH_INIT]), sshString(q)])));
        return;
      }
      if (type === MSG_KEX_ECDH_REPLY) {
        finish(undefined, { certificate: Buffer.from(r.string()) });
        return;
      }
      finish(new Error(`sent the unexpected message ${type} during the key exchange`));
    };
    const onData = (chunk: Buffer) => {
      try {
        reader.push(chunk);
        for (let p = reader.next(); p && !finished; p = reader.next()) handle(p);
      } catch (err) {
        const msg = (err as Error).message;
        finish(new Error(msg === 'truncated' ? 'sent a packet that does not parse' : msg));
      }
    };
    stream.on('data', onData);
    stream.once('error', (err: Error) => {
      const code = (err as NodeJS.ErrnoException).code;
      finish(new Error(`could not be reached: ${code === 'ECONNREFUSED' ? 'connection refused (is sshd running and listening there?)' : code ?? err.message}`));
    });
    stream.once('close', () => finish(new Error('closed the connection before the key exchange finished')));
    stream.write(Buffer.concat([Buffer.from('SSH-2.0-gantry_hostcert\r\n'), plainPacket(kexInitPayload())]));
  });
}
