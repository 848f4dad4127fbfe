import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { Server } from 'ssh2';
import { parsePrivateKey } from '../../../src/deploy/connection/private-key';
import { SshLinks } from '../../../src/deploy/connection/ssh-connection';
import { Gate } from '../../../src/deploy/connection/gate';
import { parseKnownHosts, pinsFor } from '../../../src/ssh/known-hosts';
import { SshReader, verifySshSignature } from '../../../src/ssh/host-certificate';
import { certificateBeside } from '../../../src/frontends/cli';

// Keys and certificates made here with ssh-keygen, as an operator would.
let dir: string;
const NOW = Math.floor(Date.now() / 1000);
const read = (file: string) => readFileSync(file, 'utf8');
const pubBlob = (file: string) => Buffer.from(read(file).trim().split(/\s+/)[1], 'base64');

function keygen(name: string, type: string, bits?: string): string {
  const file = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', type, ...(bits ? ['-b', bits] : []), '-N', '', '-C', name, '-f', file]);
  return file;
}

let n = 0;
/** Signs a copy of `key`.pub with `ca`; returns the -cert.pub text. */
function certify(ca: string, key: string, opts: string[]): string {
  const copy = join(dir, `copy${n++}`);
  execFileSync('cp', [`${key}.pub`, `${copy}.pub`]);
  execFileSync('ssh-keygen', ['-q', '-s', ca, '-I', `id-${n}`, ...opts, `${copy}.pub`], { stdio: 'pipe' });
  return read(`${copy}-cert.pub`);
}

const keys: Record<string, string> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gantry-usercert-'));
  keys.ca = keygen('ca', 'ed25519');
  keys.caRsa = keygen('ca_rsa', 'rsa', '2048');
  keys.ed25519 = keygen('id_ed25519', 'ed25519');
  keys.ecdsa256 = keygen('id_ecdsa256', 'ecdsa', '256');
  keys.ecdsa384 = keygen('id_ecdsa384', 'ecdsa', '384');
  keys.ecdsa521 = keygen('id_ecdsa521', 'ecdsa', '521');
  keys.rsa = keygen('id_rsa', 'rsa', '2048');
  keys.other = keygen('id_other', 'ed25519');
  keys.host = keygen('host', 'ed25519');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withCert = (key: string, cert: string, input: 'ssh_private_key' | 'ssh_jump_key' = 'ssh_private_key') =>
  parsePrivateKey(read(key), '', input, { text: cert, input: input === 'ssh_private_key' ? 'ssh_certificate' : 'ssh_jump_certificate', now: NOW });

const TYPES = [
  ['ed25519', 'ssh-ed25519-cert-v01@openssh.com', 'ssh-ed25519'],
  ['ecdsa256', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp256'],
  ['ecdsa384', 'ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp384'],
  ['ecdsa521', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'ecdsa-sha2-nistp521'],
  // The certificate says ssh-rsa-cert-v01; the login offers it with SHA-512, which sshd takes by default.
  ['rsa', 'rsa-sha2-512-cert-v01@openssh.com', 'rsa-sha2-512'],
] as const;

describe('a user certificate with its key', () => {
  test.each(TYPES)('%s: offered as %s, signed as %s', (name, algorithm, signatureAlgorithm) => {
    const key = withCert(keys[name], certify(keys.ca, keys[name], ['-n', 'deploy,ops', '-V', '-5m:+1h']));
    expect(key.certificate).toMatchObject({ algorithm, signatureAlgorithm, principals: ['deploy', 'ops'] });
    expect(key.type).not.toMatch(/cert/);
  });

  test('is described in auth messages with its id, serial, principals and CA', () => {
    const key = withCert(keys.ed25519, certify(keys.ca, keys.ed25519, ['-n', 'deploy', '-z', '42']));
    const caFp = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${keys.ca}.pub`], { encoding: 'utf8' }).split(' ')[1];
    expect(key.certificate).toMatchObject({ serial: 42n, caFingerprint: caFp });
  });

  test('signed by an RSA CA, valid forever, with no principals', () => {
    const key = withCert(keys.ed25519, certify(keys.caRsa, keys.ed25519, []));
    expect(key.certificate?.principals).toEqual([]);
    expect(key.certificate?.validBefore).toBe(0xffffffffffffffffn);
  });
});

describe('a certificate that cannot be used is refused before any host is contacted, in one line naming the input', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('not refused');
  };

  test.each([
    ['garbage', () => 'not a certificate at all', /^input 'ssh_certificate': is not a certificate line/],
    ['the plain public key', () => read(`${keys.ed25519}.pub`), /^input 'ssh_certificate': is a plain public key \(ssh-ed25519\), not a certificate/],
    ['a private key', () => read(keys.ed25519), /^input 'ssh_certificate': is a private key/],
    ['two certificates', () => certify(keys.ca, keys.ed25519, []) + certify(keys.ca, keys.ed25519, []), /^input 'ssh_certificate': holds 2 lines/],
    ['a truncated one', () => { const [t, b] = certify(keys.ca, keys.ed25519, []).split(' '); return `${t} ${Buffer.from(b, 'base64').subarray(0, 80).toString('base64')}`; }, /^input 'ssh_certificate': is not a certificate gantry can read: one that does not parse \(truncated\)/],
    ['a host certificate', () => certify(keys.ca, keys.ed25519, ['-h', '-I', 'web1', '-n', 'web1']), /^input 'ssh_certificate': is a host certificate \('web1'\), which no sshd takes for a login/],
    ["another key's certificate", () => certify(keys.ca, keys.other, ['-n', 'deploy']), /^input 'ssh_certificate': certifies the key SHA256:\S+, not ssh_private_key's SHA256:\S+; expected the certificate of ssh_private_key's own public key/],
    ['an expired one', () => certify(keys.ca, keys.ed25519, ['-I', 'old', '-V', '20200101:20200102']), /^input 'ssh_certificate': 'old' expired on 2020-01-02T\d\d:00:00Z; expected a certificate valid now/],
    ['one not valid yet', () => certify(keys.ca, keys.ed25519, ['-I', 'soon', '-V', '+1d:+2d']), /^input 'ssh_certificate': 'soon' is not valid before 20\d\d-/],
  ])('%s', (_, cert, message) => {
    const msg = refusal(() => withCert(keys.ed25519, cert()));
    expect(msg).toMatch(message);
    expect(msg).not.toContain('\n');
  });

  test('an altered certificate (its principals changed after signing)', () => {
    const [t, b] = certify(keys.ca, keys.ed25519, ['-n', 'deploy']).split(' ');
    const blob = Buffer.from(b, 'base64');
    blob.write('deplOy', blob.indexOf('deploy'), 'latin1');
    expect(refusal(() => withCert(keys.ed25519, `${t} ${blob.toString('base64')}`))).toMatch(/^input 'ssh_certificate': has a CA signature that does not verify with its CA key SHA256:/);
  });

  test('the jump key names its own inputs', () => {
    expect(refusal(() => withCert(keys.ed25519, certify(keys.ca, keys.other, []), 'ssh_jump_key'))).toMatch(/^input 'ssh_jump_certificate': certifies the key SHA256:\S+, not ssh_jump_key's/);
  });
});

describe('the login, against an SSH server that records what it is sent', () => {
  interface Seen { algo: string; data: Buffer; signature?: Buffer; blob?: Buffer }
  /** A server taking certificates when `cert`, plain keys when `plain`; it records every publickey request. */
  async function server(accept: { cert: boolean; plain: boolean }): Promise<{ port: number; seen: Seen[]; close(): void }> {
    const seen: Seen[] = [];
    const srv = new Server({ hostKeys: [read(keys.host)] }, (client) => {
      client.on('authentication', (ctx) => {
        if (ctx.method !== 'publickey') return ctx.reject(['publickey']);
        seen.push({ algo: ctx.key.algo, data: ctx.key.data, signature: ctx.signature, blob: ctx.blob });
        const isCert = ctx.key.algo.endsWith('-cert-v01@openssh.com');
        if (!(isCert ? accept.cert : accept.plain)) return ctx.reject(['publickey']);
        ctx.accept();
      });
      client.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    return { port: (srv.address() as AddressInfo).port, seen, close: () => srv.close() };
  }

  async function login(key: ReturnType<typeof withCert>, port: number): Promise<string[]> {
    const debug: string[] = [];
    const links = new SshLinks({ key, jumps: [], policy: 'accept-new', readyTimeoutSeconds: 10, handshakes: new Gate(1), debug: (m) => debug.push(m) });
    const { connection } = await links.connect({ label: 'fake', local: false, user: 'deploy', host: '127.0.0.1', port }, pinsFor(parseKnownHosts(''), '127.0.0.1', port));
    await connection.close();
    await links.close();
    return debug;
  }

  test.each(TYPES)('%s: the request offers the certificate as %s; its signature names %s and verifies with the plain key', async (name, algorithm, signatureAlgorithm) => {
    const certText = certify(keys.ca, keys[name], ['-n', 'deploy']);
    const s = await server({ cert: true, plain: false });
    try {
      const debug = await login(withCert(keys[name], certText), s.port);
      expect(debug.join('\n')).toContain(`offering the certificate 'id-${n}' (serial 0, principals deploy, CA SHA256:`);
      const signed = s.seen.filter((x) => x.signature);
      expect(s.seen.map((x) => x.algo)).toEqual([algorithm, algorithm]);
      expect(signed).toHaveLength(1);
      expect(signed[0].data.equals(Buffer.from(certText.split(' ')[1], 'base64'))).toBe(true);
      // ssh2's server hands the signature on whole when its name is not the request's algorithm.
      const sig = new SshReader(signed[0].signature!);
      expect(sig.text()).toBe(signatureAlgorithm);
      expect(verifySshSignature(pubBlob(`${keys[name]}.pub`), signed[0].blob!, signed[0].signature!)).toBe(true);
    } finally {
      s.close();
    }
  });

  test('a host that refuses the certificate gets the plain key next, as ssh does', async () => {
    const s = await server({ cert: false, plain: true });
    try {
      const debug = await login(withCert(keys.ed25519, certify(keys.ca, keys.ed25519, ['-n', 'deploy'])), s.port);
      expect(s.seen.map((x) => x.algo)).toEqual(['ssh-ed25519-cert-v01@openssh.com', 'ssh-ed25519', 'ssh-ed25519']);
      expect(debug.join('\n')).toContain('the certificate was refused: offering the plain key');
    } finally {
      s.close();
    }
  });

  test('refused both ways: one line naming the key, its certificate and what the host must trust', async () => {
    const s = await server({ cert: false, plain: false });
    try {
      const err = await login(withCert(keys.ed25519, certify(keys.ca, keys.ed25519, ['-n', 'deploy'])), s.port).then(() => undefined, (e: Error) => e);
      expect(err?.message).toMatch(/^deploy@127\.0\.0\.1:\d+ refused public key authentication with the key ssh-ed25519 SHA256:\S+ and its certificate 'id-\d+' \(serial 0, principals deploy, CA SHA256:\S+\): sshd there does not trust that CA \(TrustedUserCAKeys\) or takes none of the certificate's principals for deploy, and the key is not in ~deploy\/\.ssh\/authorized_keys$/);
    } finally {
      s.close();
    }
  });
});

describe('the CLI takes KEY-cert.pub beside a key given as a path', () => {
  test('found beside the key, and nothing when there is none', () => {
    writeFileSync(`${keys.other}-cert.pub`, 'CERT TEXT\n');
    expect(certificateBeside(keys.other)).toEqual({ path: `${keys.other}-cert.pub`, text: 'CERT TEXT\n' });
    expect(certificateBeside(keys.rsa)).toBeUndefined();
  });
});
