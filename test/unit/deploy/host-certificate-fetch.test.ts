import { Duplex } from 'stream';
import { randomBytes } from 'crypto';
import { PacketReader, fetchHostCertificate, kexInitPayload, plainPacket } from '../../../src/ssh/host-certificate-fetch';
import { CERT_HOST_KEY_ALGORITHMS, SshReader, sshString } from '../../../src/ssh/host-certificate';

/** A scripted server: `script` sees every payload gantry sends (after its version line) and answers with bytes. */
class FakeServer extends Duplex {
  sent: Buffer[] = [];
  clientVersion = '';
  destroyedByClient = false;
  private reader = new PacketReader();
  constructor(greeting: Buffer, private readonly script: (payload: Buffer, server: FakeServer) => void) {
    super();
    // The client's version line is read like a server's: PacketReader wants "SSH-2.0-".
    setImmediate(() => this.push(greeting));
  }
  override _read(): void {}
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.reader.push(chunk);
    for (let p = this.reader.next(); p; p = this.reader.next()) {
      this.clientVersion = this.reader.serverVersion ?? '';
      this.sent.push(Buffer.from(p));
      this.script(p, this);
    }
    done();
  }
  override _destroy(err: Error | null, cb: (e: Error | null) => void): void {
    this.destroyedByClient = true;
    cb(err);
  }
  answer(payload: Buffer): void {
    this.push(plainPacket(payload));
  }
}

function serverKexInit(hostKeys: string[], kex = ['curve25519-sha256', 'ecdh-sha2-nistp256']): Buffer {
  const lists = [kex.join(','), hostKeys.join(','), 'aes128-ctr', 'aes128-ctr', 'hmac-sha2-256', 'hmac-sha2-256', 'none', 'none', '', ''];
  return Buffer.concat([Buffer.from([20]), randomBytes(16), ...lists.map((l) => sshString(l)), Buffer.alloc(5)]);
}

const greeting = (kexinit: Buffer) => Buffer.concat([Buffer.from('a banner line\r\nSSH-2.0-OpenSSH_9.2p1 Debian\r\n'), plainPacket(kexinit)]);

describe('plainPacket', () => {
  test.each([0, 1, 2, 3, 4, 7, 8, 100, 1000])('frames a %i-byte payload: padding >= 4, a multiple of 8, readable back', (n) => {
    const payload = randomBytes(n);
    const p = plainPacket(payload);
    expect(p.length % 8).toBe(0);
    expect(p[4]).toBeGreaterThanOrEqual(4);
    expect(p.readUInt32BE(0)).toBe(p.length - 4);
    const r = new PacketReader();
    r.push(Buffer.from('SSH-2.0-x\n'));
    // Byte by byte: a packet split anywhere is read whole.
    for (const b of p) r.push(Buffer.from([b]));
    expect(r.next()?.equals(payload)).toBe(true);
  });
});

test('KEXINIT offers curve25519 and only certificate host key algorithms', () => {
  const r = new SshReader(kexInitPayload());
  expect(r.byte()).toBe(20);
  r.bytes(16);
  expect(r.text()).toBe('curve25519-sha256,curve25519-sha256@libssh.org');
  expect(r.text().split(',')).toEqual(CERT_HOST_KEY_ALGORITHMS);
  expect(CERT_HOST_KEY_ALGORITHMS.every((a) => a.endsWith('-cert-v01@openssh.com'))).toBe(true);
});

describe('fetchHostCertificate', () => {
  test('sends its version and KEXINIT, then KEX_ECDH_INIT with a 32-byte X25519 key, and takes K_S from the reply', async () => {
    const cert = randomBytes(300);
    const server = new FakeServer(greeting(serverKexInit(['ssh-ed25519', 'ssh-ed25519-cert-v01@openssh.com'])), (p, s) => {
      if (p[0] === 30) {
        s.answer(Buffer.from([2, 0, 0, 0, 0])); // SSH_MSG_IGNORE, skipped
        s.answer(Buffer.concat([Buffer.from([31]), sshString(cert), sshString(randomBytes(32)), sshString(randomBytes(83))]));
      }
    });
    const got = await fetchHostCertificate(server, 5000);
    expect('certificate' in got && got.certificate.equals(cert)).toBe(true);
    expect(server.clientVersion).toBe('SSH-2.0-gantry_hostcert');
    expect(server.sent.map((p) => p[0])).toEqual([20, 30]);
    const init = new SshReader(server.sent[1]);
    init.byte();
    expect(init.string().length).toBe(32);
    expect(init.done).toBe(true);
    expect(server.destroyedByClient).toBe(true);
  });

  test('a host offering no certificate host key: none, with its algorithms, and no KEX_ECDH_INIT sent', async () => {
    const server = new FakeServer(greeting(serverKexInit(['ssh-ed25519', 'rsa-sha2-512'])), () => undefined);
    await expect(fetchHostCertificate(server, 5000)).resolves.toEqual({ none: 'offers no certificate host key (its host key algorithms: ssh-ed25519,rsa-sha2-512)' });
    expect(server.sent.map((p) => p[0])).toEqual([20]);
  });

  test('a DISCONNECT about host keys is none; another is an error; so is a kex without curve25519', async () => {
    const disconnect = (why: string) => Buffer.concat([Buffer.from([1]), Buffer.from([0, 0, 0, 3]), sshString(why), sshString('')]);
    const a = new FakeServer(Buffer.concat([Buffer.from('SSH-2.0-x\r\n'), plainPacket(disconnect('no matching host key type found'))]), () => undefined);
    await expect(fetchHostCertificate(a, 5000)).resolves.toEqual({ none: 'refused every certificate host key algorithm (no matching host key type found)' });
    const b = new FakeServer(Buffer.concat([Buffer.from('SSH-2.0-x\r\n'), plainPacket(disconnect('too many users'))]), () => undefined);
    await expect(fetchHostCertificate(b, 5000)).rejects.toThrow('closed the exchange: too many users');
    const c = new FakeServer(greeting(serverKexInit(CERT_HOST_KEY_ALGORITHMS, ['diffie-hellman-group14-sha256'])), () => undefined);
    await expect(fetchHostCertificate(c, 5000)).rejects.toThrow('offers no curve25519-sha256 key exchange');
  });

  test.each([
    [Buffer.from('SSH-1.5-old\r\n'), 'speaks an SSH version other than 2'],
    [Buffer.alloc(9000, 0x41), 'sent no SSH version line'],
    [Buffer.concat([Buffer.from('SSH-2.0-x\r\n'), Buffer.from([0, 1, 0, 0, 9])]), 'sent a packet of length 65536'],
    [Buffer.concat([Buffer.from('SSH-2.0-x\r\n'), plainPacket(Buffer.from([99]))]), 'sent the unexpected message 99'],
  ])('refuses a malformed stream %#', async (bytes, message) => {
    await expect(fetchHostCertificate(new FakeServer(bytes, () => undefined), 5000)).rejects.toThrow(message);
  });
});

test('a host that cannot be reached, or never answers, is said so', async () => {
  const { createConnection, createServer } = await import('net');
  const server = createServer((s) => s.on('data', () => undefined));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await expect(fetchHostCertificate(createConnection({ host: '127.0.0.1', port }), 1000)).rejects.toThrow('gave no answer within 1 s');
  await new Promise((r) => server.close(r));
  await expect(fetchHostCertificate(createConnection({ host: '127.0.0.1', port }), 5000)).rejects.toThrow('could not be reached: connection refused');
});
