import { execFileSync } from 'child_process';
import { generateKeyPairSync, randomBytes, sign } from 'crypto';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkHostCertificate, parseCertificate, sshString } from '../../../src/ssh/host-certificate';
import { parseKnownHosts, pinsFor, sha256Fingerprint } from '../../../src/ssh/known-hosts';

// Certificates made here with ssh-keygen, as an operator would: CAs of every key type gantry checks.
let dir: string;
const blob = (file: string) => Buffer.from(readFileSync(file, 'utf8').trim().split(/\s+/)[1], 'base64');
const pubLine = (file: string) => readFileSync(`${file}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
const NOW = Math.floor(Date.now() / 1000);

function keygen(name: string, type: string, bits?: string): string {
  const file = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', type, ...(bits ? ['-b', bits] : []), '-N', '', '-C', name, '-f', file]);
  return file;
}

let n = 0;
/** Signs `hostKey`.pub with `ca`; returns the certificate blob. */
function certify(ca: string, hostKey: string, opts: string[]): Buffer {
  const copy = join(dir, `copy${n++}`);
  execFileSync('cp', [`${hostKey}.pub`, `${copy}.pub`]);
  execFileSync('ssh-keygen', ['-q', '-s', ca, '-I', `host-${n}`, ...opts, `${copy}.pub`], { stdio: 'pipe' });
  return blob(`${copy}-cert.pub`);
}

const keys: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gantry-hostcert-'));
  keys.caEd = keygen('ca_ed', 'ed25519');
  keys.caEc256 = keygen('ca_ec256', 'ecdsa', '256');
  keys.caEc384 = keygen('ca_ec384', 'ecdsa', '384');
  keys.caEc521 = keygen('ca_ec521', 'ecdsa', '521');
  keys.caRsa = keygen('ca_rsa', 'rsa', '2048');
  keys.other = keygen('ca_other', 'ed25519');
  keys.hostEd = keygen('host_ed', 'ed25519');
  keys.hostEc = keygen('host_ec', 'ecdsa', '256');
  keys.hostRsa = keygen('host_rsa', 'rsa', '2048');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(cert: Buffer, knownHosts: string, host = 'web1.example', port = 22) {
  const pins = pinsFor(parseKnownHosts(knownHosts), host, port);
  return checkHostCertificate(cert, { host, authorities: pins.authorities, revoked: pins.revoked, now: NOW });
}

describe('checkHostCertificate', () => {
  test.each([
    ['caEd', 'hostEd', []],
    ['caEc256', 'hostEc', []],
    ['caEc384', 'hostEd', []],
    ['caEc521', 'hostRsa', []],
    ['caRsa', 'hostEd', []],
    ['caRsa', 'hostEc', ['-t', 'rsa-sha2-256']],
  ])('accepts a host certificate signed by %s for %s %j', (ca, host, extra) => {
    const cert = certify(keys[ca], keys[host], ['-h', '-n', 'web1.example,web2.example', '-V', '-5m:+1h', ...extra]);
    const v = check(cert, `@cert-authority *.example ${pubLine(keys[ca])}`);
    expect(v).toMatchObject({ ok: true, authority: { line: 1 } });
    // The pin for the connection that follows: exactly the host's plain key.
    expect(v.cert?.publicKey.equals(Buffer.from(pubLine(keys[host]).split(' ')[1], 'base64'))).toBe(true);
  });

  test('matches CA lines with [host]:port, hashed hosts and negations as for plain lines', () => {
    const cert = certify(keys.caEd, keys.hostEd, ['-h', '-n', '10.0.0.5', '-V', '-5m:+1h']);
    const ca = pubLine(keys.caEd);
    expect(check(cert, `@cert-authority [10.0.0.5]:2222 ${ca}`, '10.0.0.5', 2222).ok).toBe(true);
    expect(check(cert, `@cert-authority 10.0.0.5 ${ca}`, '10.0.0.5', 2222).ok).toBe(false);
    expect(check(cert, `@cert-authority 10.0.0.*,!10.0.0.5 ${ca}`, '10.0.0.5').ok).toBe(false);
    const hashed = execFileSync('sh', ['-c', `printf '%s\\n' "10.0.0.5 ${ca}" > ${dir}/kh && ssh-keygen -q -H -f ${dir}/kh >/dev/null 2>&1; cat ${dir}/kh`]).toString().trim();
    expect(hashed).toMatch(/^\|1\|/);
    expect(check(cert, `@cert-authority ${hashed}`, '10.0.0.5').ok).toBe(true);
  });

  test.each([
    ['a wrong CA', 'caEd', ['-h', '-n', 'web1.example'], `@cert-authority *.example CA_OTHER`,
      /^'host-\d+' \(serial 0\) is not signed by a @cert-authority key in known_hosts: its CA key is SHA256:\S+; the @cert-authority lines for this host \(line 1\) name other keys$/],
    ['no CA line for the host', 'caEd', ['-h', '-n', 'web1.example'], `@cert-authority *.other CA_ED`,
      /is not signed by a @cert-authority key in known_hosts: its CA key is SHA256:\S+$/],
    ['an expired certificate', 'caEd', ['-h', '-n', 'web1.example', '-V', '20200101:20200102'], `@cert-authority * CA_ED`,
      /expired on 2020-01-0[12]T\d\d:\d\d:\d\dZ$/],
    ['a certificate not valid yet', 'caEd', ['-h', '-n', 'web1.example', '-V', '+1d:+2d'], `@cert-authority * CA_ED`, /is not valid before \d{4}-/],
    ['another principal', 'caEd', ['-h', '-n', 'web2.example,db.example'], `@cert-authority * CA_ED`,
      /is not valid for principal 'web1\.example' \(it names web2\.example, db\.example\)$/],
    ['no principals', 'caEd', ['-h'], `@cert-authority * CA_ED`, /names no principals/],
    ['a user certificate', 'caEd', ['-n', 'web1.example'], `@cert-authority * CA_ED`, /is a user certificate, not a host certificate$/],
    ['a revoked CA', 'caEd', ['-h', '-n', 'web1.example'], `@cert-authority * CA_ED\n@revoked * CA_ED`,
      /is signed by the CA key SHA256:\S+, which is revoked \(known_hosts line 2\)$/],
    ['a revoked host key', 'caEd', ['-h', '-n', 'web1.example'], `@cert-authority * CA_ED\n@revoked web1.example HOST_ED`,
      /certifies the key SHA256:\S+, which is revoked \(known_hosts line 2\)$/],
  ])('refuses %s', (_what, ca, opts, knownHosts, reason) => {
    const cert = certify(keys[ca], keys.hostEd, opts);
    const kh = knownHosts.replace(/CA_OTHER/g, pubLine(keys.other)).replace(/CA_ED/g, pubLine(keys.caEd)).replace(/HOST_ED/g, pubLine(keys.hostEd));
    const v = check(cert, kh);
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.reason).toMatch(reason);
  });

  test('refuses a tampered signature and a tampered body', () => {
    const cert = certify(keys.caEd, keys.hostEd, ['-h', '-n', 'web1.example']);
    const kh = `@cert-authority * ${pubLine(keys.caEd)}`;
    expect(check(cert, kh).ok).toBe(true);
    const sig = Buffer.from(cert);
    sig[sig.length - 1] ^= 1;
    expect(check(sig, kh)).toMatchObject({ ok: false, reason: expect.stringMatching(/has a signature that does not verify with its CA key SHA256:\S+ \(known_hosts line 1\)$/) });
    // The same certificate, made valid for another name by editing a principal: the signature no longer covers it.
    const body = Buffer.from(cert);
    const at = body.indexOf('web1.example');
    body.write('web9', at);
    expect(check(body, kh, 'web9.example')).toMatchObject({ ok: false, reason: expect.stringMatching(/does not verify/) });
    for (const cut of [10, cert.length - 20]) expect(check(cert.subarray(0, cut), kh)).toMatchObject({ ok: false, reason: 'that does not parse (truncated)' });
  });

  test('refuses a certificate with a critical option (signed here by a CA key of the test)', () => {
    const ca = generateKeyPairSync('ed25519');
    const caRaw = Buffer.from(ca.publicKey.export({ format: 'jwk' }).x as string, 'base64url');
    const caBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(caRaw)]);
    const hostRaw = randomBytes(32);
    const u64 = (v: bigint) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(v); return b; };
    const u32 = (v: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); return b; };
    const body = (options: Buffer) => Buffer.concat([
      sshString('ssh-ed25519-cert-v01@openssh.com'), sshString(randomBytes(32)), sshString(hostRaw), u64(7n), u32(2), sshString('made-here'),
      sshString(sshString('web1.example')), u64(0n), u64(0xffffffffffffffffn), sshString(options), sshString(''), sshString(''), sshString(caBlob),
    ]);
    const signed = (b: Buffer) => Buffer.concat([b, sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(sign(null, b, ca.privateKey))]))]);
    const kh = `@cert-authority * ssh-ed25519 ${caBlob.toString('base64')}`;
    expect(check(signed(body(Buffer.alloc(0))), kh)).toMatchObject({ ok: true, cert: { serial: 7n, keyId: 'made-here', validBefore: 0xffffffffffffffffn } });
    const withOption = body(Buffer.concat([sshString('verify-required'), sshString('')]));
    expect(check(signed(withOption), kh)).toMatchObject({ ok: false, reason: "'made-here' (serial 7) has the unknown critical option 'verify-required'" });
  });

  test('parseCertificate reads what ssh-keygen -L shows', () => {
    const cert = parseCertificate(certify(keys.caEd, keys.hostRsa, ['-h', '-n', 'a,b', '-z', '42', '-V', '20300101:20300201']));
    expect(cert).toMatchObject({ certType: 'ssh-rsa-cert-v01@openssh.com', serial: 42n, type: 2, principals: ['a', 'b'], criticalOptions: [] });
    expect(sha256Fingerprint(cert.signatureKey)).toBe(sha256Fingerprint(Buffer.from(pubLine(keys.caEd).split(' ')[1], 'base64')));
    expect(() => parseCertificate(Buffer.from(pubLine(keys.hostEd).split(' ')[1], 'base64'))).toThrow("of the unsupported type 'ssh-ed25519'");
  });
});

describe('known_hosts @cert-authority lines', () => {
  test('are CA keys of the hosts they match, never host pins', () => {
    const line = `@cert-authority *.example,!db.example ${pubLine(keys.caEd)}`;
    const kh = parseKnownHosts(line);
    expect(kh.entries).toEqual([]);
    expect(kh.warnings).toEqual([]);
    expect(kh.authorities.map((e) => [e.line, e.authority, e.keyType])).toEqual([[1, true, 'ssh-ed25519']]);
    expect(pinsFor(kh, 'web.example', 22)).toMatchObject({ trusted: [], revoked: [], authorities: [{ line: 1 }] });
    expect(pinsFor(kh, 'db.example', 22).authorities).toEqual([]);
  });

  test.each([
    '@cert-authority *.example SHA256:hlgABqcBqUfLfD7lRJ6PBjGpvHWUJoBbGeKMfe+81nA',
    '@cert-authority ssh-ed25519',
  ])('refuses a CA line without a key: %s', (text) => {
    expect(() => parseKnownHosts(text)).toThrow("input 'known_hosts': line 1 is a @cert-authority line without hosts, key type and key");
  });
});
