import { parseHost, parseHosts } from '../../../src/deploy/spec/host-list';

describe('parseHost', () => {
  test.each([
    ['10.0.0.1', { label: '10.0.0.1', user: 'deploy', host: '10.0.0.1', port: 22, local: false }],
    ['web-1.example.com', { label: 'web-1.example.com', user: 'deploy', host: 'web-1.example.com', port: 22, local: false }],
    ['ops@10.0.0.1', { label: 'ops@10.0.0.1', user: 'ops', host: '10.0.0.1', port: 22, local: false }],
    ['10.0.0.1:2222', { label: '10.0.0.1:2222', user: 'deploy', host: '10.0.0.1', port: 2222, local: false }],
    ['ops@host:22', { label: 'ops@host', user: 'ops', host: 'host', port: 22, local: false }],
    ['[2001:db8::1]:2200', { label: '[2001:db8::1]:2200', user: 'deploy', host: '2001:db8::1', port: 2200, local: false }],
    ['root@[::1]', { label: 'root@[::1]', user: 'root', host: '::1', port: 22, local: false }],
    ['  local ', { label: 'local', user: '', host: 'local', port: 0, local: true }],
  ])('%s', (entry, want) => {
    expect(parseHost(entry, 'deploy')).toEqual(want);
  });

  test.each([
    ['10.0.0.1:0', "input 'hosts': '10.0.0.1:0' has the port '0', not a number from 1 to 65535"],
    ['10.0.0.1:65536', "has the port '65536'"],
    ['host:ssh', "has the port 'ssh'"],
    ['host:', "has the port ''"],
    ['999.1.1.1', 'is not a valid IPv4 address'],
    ['bad_host!', 'is not a valid host name'],
    ['-lead.example', 'is not a valid host name'],
    ['2001:db8::1', 'write it as [addr]'],
    ['[::1', "has '[' without ']'"],
    ['[::1]x', "has text after ']'"],
    ['@host', "names the user ''"],
    ['bad user@host', 'holds a space'],
    ['a;b@host', "names the user 'a;b'"],
    [':22', 'has no host name'],
  ])('refuses %s', (entry, message) => {
    expect(() => parseHost(entry, 'deploy')).toThrow(message);
  });

  test('a bad ssh_user is named as such', () => {
    expect(() => parseHost('host', 'no body')).toThrow("input 'ssh_user': 'no body' is not a valid user name");
  });
});

describe('parseHosts', () => {
  test('keeps order', () => {
    expect(parseHosts(['b', 'a', 'local'], 'deploy').map((h) => h.label)).toEqual(['b', 'a', 'local']);
  });
  test.each([
    [[], "input 'hosts': is empty"],
    [['a', 'deploy@a:22'], "'deploy@a:22' names the same host as 'a'"],
    [['local', 'local'], 'names the same host'],
  ])('refuses %j', (entries, message) => {
    expect(() => parseHosts(entries as string[], 'deploy')).toThrow(message);
  });
  test('the same address with another user or port is another host', () => {
    expect(parseHosts(['a', 'ops@a', 'a:2222'], 'deploy')).toHaveLength(3);
  });
});
