import { parseInputs } from '../../../src/inputs';
import { ContainerDeploySpec, deploySpec, parseEnv } from '../../../src/deploy/spec/deploy-spec';

const K1 = 'AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn';
const D = `sha256:${'cd'.repeat(32)}`;
const base = {
  command: 'deploy',
  hosts: '10.231.0.11, ops@10.231.0.12:2222\n10.231.0.13',
  known_hosts: `10.231.0.11 ssh-ed25519 ${K1}`,
  deploy_image: `10.231.0.1:5000/team/hello@${D}`,
};
const spec = (over: Record<string, string> = {}, sources = {}, mode: 'deploy' | 'rollback' = 'deploy') =>
  deploySpec(parseInputs({ ...base, ...over }), sources, mode) as ContainerDeploySpec;

describe('deploySpec', () => {
  test('defaults', () => {
    const s = spec();
    expect(s.hosts.map((h) => h.label)).toEqual(['10.231.0.11', 'ops@10.231.0.12:2222', '10.231.0.13']);
    expect(s.container).toMatchObject({ restart: 'unless-stopped', keepImages: 3, network: '', ports: [], volumes: [] });
    expect([s.service, s.health.timeout, s.env]).toEqual(['hello', 60, []]);
    expect(s.container.image?.digest).toBe(D);
    expect([s.hostKeyPolicy, s.batchSize, s.maxFailures, s.rollback, s.lockTimeout, s.registry]).toEqual(['strict', '1', 0, true, 300, undefined]);
    expect(s.warnings).toEqual([]);
  });

  test('takes the built image when deploy_image is empty', () => {
    expect(spec({ deploy_image: '' }, { builtImageRef: `r:5000/x/api@${D}` }).service).toBe('api');
  });

  test('a tag is accepted as it is: the rollout pins it to a digest on the runner', () => {
    const s = spec({ deploy_image: 'r:5000/api:v1' });
    expect([s.container.image?.tag, s.container.image?.digest, s.warnings]).toEqual(['v1', undefined, []]);
  });

  test('settings', () => {
    const s = spec({
      container_name: 'web', ports: '8080:80, 127.0.0.1:9090:9090/udp', volumes: 'data:/data\n/srv/x:/x:ro',
      network: 'host', env: 'A=1\nB=x=y', registry_username: 'u', registry_password: 'p', batch_size: '50%',
    }, { envFileText: '# comment\nA=from-file\nC=3\n' });
    expect(s.container).toMatchObject({ ports: ['8080:80', '127.0.0.1:9090:9090/udp'], volumes: ['data:/data', '/srv/x:/x:ro'], network: 'host' });
    expect([s.service, s.env]).toEqual(['web', [['A', '1'], ['C', '3'], ['B', 'x=y']]]);
    expect(s.registry).toEqual({ username: 'u', password: 'p' });
    expect(s.warnings).toEqual(['ports are ignored by docker with network host: the service listens on the host directly']);
  });

  test.each(['', 'host', 'none', 'backend', 'my_net.2', 'container:db'])('network %j is accepted as written', (network) => {
    expect(spec({ network }).container.network).toBe(network);
  });

  test('rollback needs no image when the container is named', () => {
    const s = spec({ deploy_image: '', container_name: 'web' }, {}, 'rollback');
    expect([s.service, s.container.image]).toEqual(['web', undefined]);
  });

  test('only local hosts need no known_hosts', () => {
    expect(spec({ hosts: 'local', known_hosts: '' }).hosts[0].local).toBe(true);
  });

  test('accept-new works without known_hosts', () => {
    expect(spec({ known_hosts: '', ssh_host_key_policy: 'accept-new' }).hostKeyPolicy).toBe('accept-new');
  });

  test.each([
    [{ hosts: '' }, {}, "input 'hosts': is empty"],
    [{ hosts: 'a:99999' }, {}, "input 'hosts': 'a:99999' has the port '99999'"],
    [{ deploy_image: '' }, {}, "input 'deploy_image': is empty and no image was built in this run"],
    [{ deploy_image: 'r/API' }, {}, "input 'deploy_image': 'r/API' has upper case letters in 'API'; repository names are lower case; expected an image reference"],
    [{ deploy_image: '' }, { builtImageRef: 'r/x@sha256:1' }, "input 'image_ref': 'r/x@sha256:1' has a digest"],
    [{ ports: '80' }, {}, "input 'ports': '80' is not a port mapping"],
    [{ ports: '8080:70000' }, {}, "input 'ports': '8080:70000' is not a port mapping"],
    [{ ports: '1.2.3.4:80:80/icmp' }, {}, "input 'ports': '1.2.3.4:80:80/icmp'"],
    [{}, { envFileText: 'A=1\n\nexport A=1' }, "input 'env_file': line 3 has the key 'export A', which is not a valid name"],
    [{}, { envFileText: '# settings\nNOPE' }, "input 'env_file': line 2 'NOPE' has no '='"],
    [{ env: 'A=1', secret_env: 'A=2' }, {}, "input 'secret_env': the key 'A' is also in env"],
    [{ volumes: 'data' }, {}, "input 'volumes': 'data' is not a volume"],
    [{ volumes: 'data:relative' }, {}, "input 'volumes': 'data:relative' is not a volume"],
    [{ volumes: './data:/data' }, {}, "input 'volumes': './data:/data' is not a volume"],
    [{ volumes: '-v:/data' }, {}, "input 'volumes': '-v:/data' is not a volume"],
    [{ network: 'my net' }, {}, "input 'network': 'my net' is not a network; expected host, none, a network name"],
    [{ network: '--privileged' }, {}, "input 'network': '--privileged' is not a network"],
    [{ network: 'container:' }, {}, "input 'network': 'container:' is not a network"],
    [{ container_name: 'web\nx' }, {}, "input 'container_name': 'web⏎x' is not valid"],
    [{ known_hosts: '' }, {}, "input 'known_hosts': is empty; expected the hosts' pinned keys"],
    [{ known_hosts: '# nothing' }, {}, "input 'known_hosts': holds no host key"],
    [{ known_hosts: '# CA by fingerprint\n@cert-authority *.example.com SHA256:hlgABqcBqUfLfD7lRJ6PBjGpvHWUJoBbGeKMfe+81nA' }, {}, "input 'known_hosts': line 2 is a @cert-authority line without hosts, key type and key (a CA line needs the CA's public key, not a fingerprint)"],
    [{ known_hosts: 'garbage' }, {}, "input 'known_hosts': line 1 has fewer than three fields"],
    [{ registry_password: 'p' }, {}, "input 'registry_username': is empty but registry_password is set"],
    [{ deploy_image: '' }, {}, 'is empty and no image'],
    [{ proxy_port: '0' }, {}, "input 'proxy_port': '0' is not a port; expected a port 1-65535"],
    [{ max_failures: '150%' }, {}, "input 'max_failures': '150%' is not valid; expected a whole number up to 9999 such as 1, or a percentage up to 100%"],
    [{ proxy_port: '70000' }, {}, "input 'proxy_port': '70000' is not a port"],
    [{ proxy_port: '80', app_port: '0' }, {}, "input 'app_port': '0' is less than 1; expected a port 1-65535"],
    [{ proxy_port: '80', ports: '80:8080' }, {}, "input 'ports': '80:8080' cannot be published in proxy mode"],
    [{ proxy_port: '80', network: 'host' }, {}, "input 'network': 'host' cannot be used in proxy mode"],
    [{ proxy_port: '80', health_url: 'http://127.0.0.1:8080/healthz' }, {}, "input 'health_url': cannot reach the application in proxy mode (it publishes no port); expected health_path"],
    [{ proxy_port: '80', proxy_host: 'api.example.com,bad_name!' }, {}, "input 'proxy_host': 'bad_name!' is not a DNS name"],
    [{ proxy_port: '80', proxy_host: '-lead.example.com' }, {}, "input 'proxy_host': '-lead.example.com' is not a DNS name"],
    [{ proxy_host: 'api.example.com' }, {}, "input 'proxy_host': is set without proxy_port"],
    [{ health_path: '/healthz' }, {}, "input 'health_path': is set without proxy_port"],
    [{ proxy_tls: 'true' }, {}, "input 'proxy_tls': is set without proxy_port"],
    [{ proxy_port: '443', proxy_tls: 'internal' }, {}, "input 'proxy_tls': needs proxy_host"],
    [{ ssh_jump_host: 'local' }, {}, "input 'ssh_jump_host': 'local' is the runner itself, not an SSH server; expected [user@]host[:port] of an SSH server"],
    [{ ssh_jump_host: 'bastion:99999' }, {}, "input 'ssh_jump_host': 'bastion:99999' has the port '99999', not a number from 1 to 65535"],
    [{ ssh_jump_host: 'x;y' }, {}, "input 'ssh_jump_host': 'x;y' is not a valid host name"],
    [{ ssh_jump_host: 'bastion', hosts: 'local' }, {}, "input 'ssh_jump_host': is set but every host is local"],
    // Names gantry uses for itself.
    [{ container_name: 'web-gantry-prev' }, {}, "input 'container_name': 'web-gantry-prev' ends in '-gantry-prev', which gantry gives its own containers (another service's parked rollback version)"],
    [{ container_name: 'web-gantry-new' }, {}, "input 'container_name': 'web-gantry-new' ends in '-gantry-new'"],
    [{ container_name: 'Web-Gantry-Old' }, {}, "input 'container_name': 'Web-Gantry-Old' ends in '-gantry-old'"],
    [{ container_name: 'gantry-proxy' }, {}, "input 'container_name': 'gantry-proxy' is the name of gantry's proxy container (gantry-proxy)"],
    [{ deploy_image: `10.231.0.1:5000/team/api-gantry-drop@${D}` }, {}, "input 'container_name': is empty, and the name taken from the image, 'api-gantry-drop', ends in '-gantry-drop'"],
    [{ volumes: 'gantry-proxy-data:/data' }, {}, "input 'volumes': 'gantry-proxy-data:/data' mounts gantry-proxy-data, the volume of gantry's proxy"],
    [{ volumes: '/home/deploy/.gantry/services:/s:ro' }, {}, "input 'volumes': '/home/deploy/.gantry/services:/s:ro' mounts a path in ~/.gantry, gantry's own state folder"],
    [{ network: 'gantry' }, {}, "input 'network': 'gantry' is the network of gantry's proxy"],
    [{ network: 'container:gantry-proxy' }, {}, "input 'network': 'container:gantry-proxy' names a container of gantry's"],
    [{ network: 'container:db-gantry-prev' }, {}, "input 'network': 'container:db-gantry-prev' names a container of gantry's"],
    // Checked here, before any host: on the host they failed only after the live container stopped.
    [{ ports: '8080:80\n8080:81' }, {}, "input 'ports': '8080:80' and '8080:81' both publish the host port 8080/tcp; expected each host port (and protocol) published once"],
    [{ ports: '127.0.0.1:9000:80, 9000:81' }, {}, "input 'ports': '127.0.0.1:9000:80' and '9000:81' both publish the host port 9000/tcp"],
    [{ ports: '53:53/udp,53:54/udp' }, {}, "input 'ports': '53:53/udp' and '53:54/udp' both publish the host port 53/udp"],
    [{}, { envFileText: 'A=1\nB=x\0y\n' }, "input 'env_file': line 2 holds a NUL byte (at character 4)"],
    [{}, { envFileText: `A=1\nBIG=${'v'.repeat(40_000)}\n` }, "input 'env_file': line 2 (BIG) is 40004 characters long, more than the 32768 a line takes; expected values of at most 32768 characters"],
    [{}, { envFileText: 'A=1\nB=2\nA=3\n' }, "input 'env_file': the key 'A' is given twice"],
    [{ env: 'PORT=1\nPORT=2' }, {}, "input 'env': the key 'PORT' is given twice"],
    [{ secret_env: 'DB=a\nDB=b' }, {}, "input 'secret_env': the key 'DB' is given twice"],
    [{ health_url: 'http://127.0.0.1:99999/healthz' }, {}, "input 'health_url': 'http://127.0.0.1:99999/healthz' has the port '99999', not a number from 1 to 65535"],
    [{ health_url: 'http://127.0.0.1:0/' }, {}, "input 'health_url': 'http://127.0.0.1:0/' has the port '0'"],
    [{ health_url: 'http://[::1]:8o80/' }, {}, "input 'health_url': 'http://[::1]:8o80/' has the port '8o80'"],
    [{ health_url: 'http:///healthz' }, {}, "input 'health_url': 'http:///healthz' has no host"],
    // Proxy-only inputs without proxy_port, like proxy_host and health_path.
    [{ drain_timeout: '5' }, {}, "input 'drain_timeout': is set (5) without proxy_port, and means something only in proxy mode; expected proxy_port, or no drain_timeout"],
    [{ app_port: '9000' }, {}, "input 'app_port': is set (9000) without proxy_port"],
    [{ proxy_image: 'caddy:2.9' }, {}, "input 'proxy_image': is set (caddy:2.9) without proxy_port"],
    [{ ssh_jump_host: 'a,,b' }, {}, "input 'ssh_jump_host': 'a,,b' has an empty hop (two commas, or one at an end)"],
    [{ ssh_jump_host: 'a,' }, {}, "input 'ssh_jump_host': 'a,' has an empty hop"],
    [{ ssh_jump_host: 'a, b:22 ,A' }, {}, "input 'ssh_jump_host': 'A' appears twice in the chain (a loop)"],
    [{ ssh_jump_host: 'a,b x' }, {}, "input 'ssh_jump_host': 'b x' holds a space"],
    [{ ssh_jump_host: 'h1,h2,h3,h4,h5,h6,h7,h8,h9' }, {}, "input 'ssh_jump_host': 'h1,h2,h3,h4,h5,h6,h7,h8,h9' has 9 hops, more than 8"],
    [{ ssh_jump_key: 'x' }, {}, "input 'ssh_jump_key': is set but ssh_jump_host is empty"],
    [{ ssh_max_connections: '0' }, {}, "input 'ssh_max_connections'"],
  ])('refuses %j %j', (over, sources, message) => {
    expect(() => spec(over, sources)).toThrow(message);
  });

  test.each([['0', 0], ['2', 2], ['50%', 1], ['34%', 1], ['100%', 3], ['10%', 0]])('max_failures %s of 3 hosts tolerates %d', (text, n) => {
    expect(spec({ max_failures: text as string }).maxFailures).toBe(n);
  });

  test('ssh_jump_host: one bastion, or a chain crossed in order', () => {
    expect(spec().jumps).toEqual([]);
    expect(spec({ ssh_jump_host: 'ops@bastion.example.com:2200' }).jumps).toMatchObject([{ user: 'ops', host: 'bastion.example.com', port: 2200, local: false }]);
    expect(spec({ ssh_jump_host: '10.0.0.1' }).jumps).toMatchObject([{ user: 'deploy', host: '10.0.0.1', port: 22 }]);
    expect(spec({ ssh_jump_host: ' outer.example.com , ops@[fd00::1]:2222,inner ' }).jumps).toMatchObject([
      { user: 'deploy', host: 'outer.example.com', port: 22 },
      { user: 'ops', host: 'fd00::1', port: 2222 },
      { user: 'deploy', host: 'inner', port: 22 },
    ]);
    // The same name on another port is another hop.
    expect(spec({ ssh_jump_host: 'a,a:2222' }).jumps.map((j) => j.port)).toEqual([22, 2222]);
  });

  test('ssh_jump_key and ssh_max_connections', () => {
    expect(spec().jumpKey).toBeUndefined();
    expect(spec({ ssh_jump_host: 'b', ssh_jump_key: 'KEY', ssh_passphrase: 'pw' }).jumpKey).toEqual({ text: 'KEY', passphrase: 'pw', certificate: '' });
    expect(spec({ ssh_jump_host: 'b', ssh_jump_key: 'KEY', ssh_jump_certificate: 'CERT' }).jumpKey?.certificate).toBe('CERT');
    expect(() => spec({ ssh_jump_host: 'b', ssh_jump_certificate: 'CERT' })).toThrow(/^input 'ssh_jump_certificate': is set but ssh_jump_key is empty/);
    expect(spec().maxConnections).toBe(20);
    expect(spec({ ssh_max_connections: '3' }).maxConnections).toBe(3);
  });

  test('proxy mode', () => {
    const s = spec({ proxy_port: '80', proxy_host: 'API.example.com, *.beta.example.com', health_path: '/healthz', drain_timeout: '5' });
    expect(s.proxy).toEqual({ port: 80, appPort: 8080, image: 'caddy:2.10', hosts: ['api.example.com', '*.beta.example.com'], healthPath: '/healthz', drainTimeout: 5, tls: 'off' });
    expect(spec().proxy).toBeUndefined();
    expect([spec().force, spec({ force: 'true' }).force]).toEqual([false, true]);
  });

  test('values near the reserved names are the user\'s own', () => {
    expect(spec({ container_name: 'web-gantry-previous' }).service).toBe('web-gantry-previous');
    expect(spec({ container_name: 'gantry-proxyish' }).service).toBe('gantry-proxyish');
    expect(spec({ network: 'gantry2' }).container.network).toBe('gantry2');
    expect(spec({ volumes: '/srv/gantry:/x' }).container.volumes).toEqual(['/srv/gantry:/x']);
    expect(spec({ ports: '8080:80/tcp,8080:80/udp,127.0.0.1:9000:80,127.0.0.2:9000:80' }).container.ports).toHaveLength(4);
    expect(spec({ health_url: 'http://[::1]:65535/x', app_port: '8080', drain_timeout: '30' }).health.url).toBe('http://[::1]:65535/x');
    expect(spec({}, { envFileText: 'A=1\nB=2' }).env).toEqual([['A', '1'], ['B', '2']]);
  });

  test('rollback without a name or image names container_name', () => {
    expect(() => spec({ deploy_image: '' }, {}, 'rollback')).toThrow("input 'container_name': is empty");
  });
});

describe('parseEnv', () => {
  test.each([
    [[], undefined, [], []],
    [['A=1'], 'A=0\nB=2', [], [['A', '1'], ['B', '2']]],
    [['EMPTY='], undefined, [], [['EMPTY', '']]],
    [['PORT=8080'], undefined, ['DB_PASSWORD=pw'], [['PORT', '8080'], ['DB_PASSWORD', 'pw']]],
  ])('%j + %j + secret %j', (lines, file, secret, want) => {
    expect(parseEnv(lines, file, secret).env).toEqual(want);
  });

  test('only secret_env values and secret-looking env keys are masked; those keys are warned about', () => {
    const e = parseEnv(['PORT=8080', 'API_TOKEN=tok-123'], 'GITHUB_PAT=pat-456\nLOG_LEVEL=debug', ['DB_URL=postgres://u:pw@db/x']);
    expect(e.secrets.sort()).toEqual(['pat-456', 'postgres://u:pw@db/x', 'tok-123']);
    expect(e.warnings).toEqual([
      'env: GITHUB_PAT looks like a secret (PAT): its value is masked, but it belongs in secret_env',
      'env: API_TOKEN looks like a secret (TOKEN): its value is masked, but it belongs in secret_env',
    ]);
  });
});
