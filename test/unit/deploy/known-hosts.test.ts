import { hostMatches, lookupName, parseKnownHosts, pinsFor, sha256Fingerprint } from '../../../src/ssh/known-hosts';
import { checkHostKey, hostKeyAlgorithms } from '../../../src/deploy/connection/host-key';

// Public host keys made with ssh-keygen for these tests; fingerprints as `ssh-keygen -lf` printed them.
const K1 = 'AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn';
const K1_FP = 'SHA256:hlgABqcBqUfLfD7lRJ6PBjGpvHWUJoBbGeKMfe+81nA';
const K2 = 'AAAAC3NzaC1lZDI1NTE5AAAAIGscq5oh2SEFtONDSmwysnkaewGADu9wSTpmBPTQrK9T';
const K2_FP = 'SHA256:3Uz4sEeUh46ltPs1yVB0uGcB5d5wN8m8cZ3kxCBjXZU';
const K3 = 'AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBDiNq5QnMbhpWNFcQ7447l48Auv36yAfXrAh8TG7LLbONIKS9lFyEGATISpQ3jDn9NgOO4Zjf3XWIG17TOPZEFA=';
const K3_FP = 'SHA256:rJOysfro0lJ1BqO423CdTf5SO9klOtc83S0rLtVSMDY';
// `ssh-keygen -H` of "10.231.0.11 <K1>" and "[web.example]:2222 <K2>".
const HASHED_K1 = `|1|CSPjYsxpcg2xODqmV8y1+K1e9NY=|hSX/AY4ArLlT7/w2hX35BpJNVck= ssh-ed25519 ${K1}`;
const HASHED_K2 = `|1|IGlORPYr+NQbf3yIyVg9DT241ig=|E0MTSDOMQzhbvE7JIQ4NYBHNd7k= ssh-ed25519 ${K2}`;
const key = (b64: string) => Buffer.from(b64, 'base64');

describe('sha256Fingerprint', () => {
  test.each([[K1, K1_FP], [K2, K2_FP], [K3, K3_FP]])('matches ssh-keygen -l for %#', (k, fp) => {
    expect(sha256Fingerprint(key(k))).toBe(fp);
  });
});

describe('parseKnownHosts', () => {
  test('reads plain, hashed, bracketed, revoked, fingerprint and comment lines', () => {
    const kh = parseKnownHosts([
      '# pinned by ops',
      '',
      `10.231.0.11,web1 ssh-ed25519 ${K1} comment here`,
      HASHED_K2,
      `@revoked * ecdsa-sha2-nistp256 ${K3}`,
      `[10.0.0.5]:2222 ${K2_FP}`,
      K1_FP,
      `@cert-authority *.example ssh-ed25519 ${K1}`,
    ].join('\r\n'));
    expect(kh.entries.map((e) => [e.line, e.revoked, e.hosts.kind, e.keyType, e.fingerprint])).toEqual([
      [3, false, 'patterns', 'ssh-ed25519', K1_FP],
      [4, false, 'hashed', 'ssh-ed25519', K2_FP],
      [5, true, 'patterns', 'ecdsa-sha2-nistp256', K3_FP],
      [6, false, 'patterns', undefined, K2_FP],
      [7, false, 'any', undefined, K1_FP],
    ]);
    expect(kh.warnings).toEqual([]);
    expect(kh.authorities.map((e) => [e.line, e.authority, e.keyType, e.fingerprint])).toEqual([[8, true, 'ssh-ed25519', K1_FP]]);
  });

  test.each([
    ['10.0.0.1 ssh-ed25519', 'line 1 has fewer than three fields'],
    [`10.0.0.1 ssh-foo ${K1}`, "line 1 has the unknown key type 'ssh-foo'"],
    ['10.0.0.1 ssh-ed25519 not*base64', 'line 1 has a key that is not base64'],
    [`10.0.0.1 ssh-rsa ${K1}`, "line 1 has a key whose blob says 'ssh-ed25519' but the line says 'ssh-rsa'"],
    ['10.0.0.1 ssh-ed25519 AAAA', "line 1 has a key whose blob says 'nothing readable'"],
    [`@bogus 10.0.0.1 ssh-ed25519 ${K1}`, "line 1 has the unknown marker '@bogus'"],
    [`|1|abc ssh-ed25519 ${K1}`, "line 1 has a hashed host '|1|abc...' that is not |1|salt|hash"],
    [`|1|YWJj|YWJj ssh-ed25519 ${K1}`, 'line 1 has a hashed host whose hash is not HMAC-SHA1'],
    ['host SHA256:tooshort', 'line 1 has a fingerprint that is not SHA256:'],
    ['MD5:aa:bb:cc', 'line 1 has a fingerprint that is not SHA256:'],
    [`# ok\nho st ssh-ed25519 ${K1}`, "line 2 has the unknown key type 'st'"],
  ])('refuses %j', (text, message) => {
    expect(() => parseKnownHosts(text)).toThrow(`input 'known_hosts': ${message}`);
  });
});

describe('host matching', () => {
  const m = (line: string) => parseKnownHosts(line).entries[0].hosts;
  test.each([
    [`10.231.0.11 ssh-ed25519 ${K1}`, '10.231.0.11', 22, true],
    [`10.231.0.11 ssh-ed25519 ${K1}`, '10.231.0.11', 2222, false],
    [`[10.231.0.11]:2222 ssh-ed25519 ${K1}`, '10.231.0.11', 2222, true],
    [`[10.231.0.11]:2222 ssh-ed25519 ${K1}`, '10.231.0.11', 22, false],
    [`a,B.example ssh-ed25519 ${K1}`, 'b.EXAMPLE', 22, true],
    [`*.example,!bad.example ssh-ed25519 ${K1}`, 'good.example', 22, true],
    [`*.example,!bad.example ssh-ed25519 ${K1}`, 'bad.example', 22, false],
    [`10.231.0.1? ssh-ed25519 ${K1}`, '10.231.0.12', 22, true],
    [`10.231.0.1? ssh-ed25519 ${K1}`, '10.231.0.123', 22, false],
    [`web.example ssh-ed25519 ${K1}`, 'webXexample', 22, false],
    [HASHED_K1, '10.231.0.11', 22, true],
    [HASHED_K1, '10.231.0.12', 22, false],
    [HASHED_K2, 'web.example', 2222, true],
    [HASHED_K2, 'web.example', 22, false],
    [K1_FP, 'anything', 2200, true],
  ])('%s ~ %s:%d -> %s', (line, host, port, want) => {
    expect(hostMatches(m(line), host, port)).toBe(want);
  });

  test('lookupName uses the bracket form off port 22', () => {
    expect([lookupName('h', 22), lookupName('h', 2222)]).toEqual(['h', '[h]:2222']);
  });
});

describe('checkHostKey', () => {
  const kh = parseKnownHosts([
    `10.231.0.11 ssh-ed25519 ${K1}`,
    `10.231.0.12 ${K2_FP}`,
    `@revoked 10.231.0.13 ssh-ed25519 ${K1}`,
    `10.231.0.13 ssh-ed25519 ${K2}`,
    `10.231.0.14 ssh-ed25519 ${K1}`,
    `10.231.0.14 ecdsa-sha2-nistp256 ${K3}`,
  ].join('\n'));
  const check = (host: string, k: string, policy: 'strict' | 'accept-new' = 'strict') =>
    checkHostKey(pinsFor(kh, host, 22), host, 22, key(k), policy);

  test.each([
    ['10.231.0.11', K1, 'strict', true, 'pinned'],
    ['10.231.0.12', K2, 'strict', true, 'pinned'],
    ['10.231.0.13', K2, 'strict', true, 'pinned'],
    ['10.231.0.14', K3, 'strict', true, 'pinned'],
    ['10.231.0.99', K1, 'accept-new', true, 'accept-new'],
  ] as const)('%s presenting key %#: accepted', (host, k, policy, accepted, how) => {
    const v = check(host, k, policy);
    expect([v.accepted, v.how]).toEqual([accepted, how]);
  });

  test('a mismatch names the host and shows the fingerprint and the known_hosts line seen, and the pins', () => {
    const v = check('10.231.0.11', K2);
    expect(v.accepted).toBe(false);
    expect(v.reason).toBe(`host key of 10.231.0.11 does not match the pinned key: it presented ssh-ed25519 ${K2_FP} `
      + `(known_hosts: 10.231.0.11 ssh-ed25519 ${K2}); pinned: ssh-ed25519 ${K1_FP} (line 1)`);
  });

  test('accept-new never overrides a pin that does not match', () => {
    expect(check('10.231.0.11', K2, 'accept-new').accepted).toBe(false);
  });

  test('a revoked key is refused even when another line pins it', () => {
    const v = check('10.231.0.13', K1, 'accept-new');
    expect(v.accepted).toBe(false);
    expect(v.reason).toContain('host key of 10.231.0.13 is revoked (known_hosts line 3)');
  });

  test('an unknown host under strict says which line would pin it', () => {
    const v = check('10.231.0.99', K1);
    expect(v.accepted).toBe(false);
    expect(v.reason).toBe(`10.231.0.99 is not in known_hosts: it presented ssh-ed25519 ${K1_FP}; if that is the host's key, pin it with the line: 10.231.0.99 ssh-ed25519 ${K1}`);
  });

  test('a non-22 port is named in the bracket form', () => {
    const v = checkHostKey(pinsFor(kh, '10.231.0.11', 2222), '10.231.0.11', 2222, key(K1), 'strict');
    expect(v.reason).toContain('[10.231.0.11]:2222 is not in known_hosts');
    expect(v.knownHostsLine).toBe(`[10.231.0.11]:2222 ssh-ed25519 ${K1}`);
  });
});

describe('hostKeyAlgorithms', () => {
  test.each([
    [`h ssh-ed25519 ${K1}`, ['ssh-ed25519']],
    [`h ssh-ed25519 ${K1}\nh ecdsa-sha2-nistp256 ${K3}`, ['ssh-ed25519', 'ecdsa-sha2-nistp256']],
    [`h ${K1_FP}`, undefined],
    ['', undefined],
  ])('%j', (text, want) => {
    expect(hostKeyAlgorithms(pinsFor(parseKnownHosts(text), 'h', 22))).toEqual(want);
  });
});
