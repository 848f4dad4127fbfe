import { spawnSync } from 'child_process';
import { FAKE_CONTAINER_FACTS } from '../support/fake-container-facts';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { RemoteStep, STEP_EXIT, parseStepOutput } from '../../../src/deploy/steps/render';
import { caddyConfig, maintenanceRouteLine, routeFileName, routeLine, tlsPolicyLine, upstreamAlias } from '../../../src/deploy/targets/container/proxy/proxy-config';
import { ProxySwitchOptions, discardStep, maintenanceStep, proxyConvergeStep, proxyRetireStep, proxySwitchStep, startBesideStep, unrouteStep } from '../../../src/deploy/targets/container/proxy/proxy-steps';
import { unchangedStep } from '../../../src/deploy/targets/container/container-steps';

const HOSTILE = "x'; touch /tmp/gantry-pwned; echo '$(id)`id`";
// Each test runs real bash with a scripted docker: seconds on a busy machine, not milliseconds.
jest.setTimeout(30_000);

const audit = { action: 'deploy', by: HOSTILE, from: 'sha256:a', to: 'sha256:b' };
const sw = (service: string, hosts: string[], alias: string, over: Partial<ProxySwitchOptions> = {}): RemoteStep =>
  proxySwitchStep(service, {
    src: 'new', port: 8080, image: 'r:5000/mirror/caddy:2.6', hosts, alias, drainSeconds: 30, tlsPolicy: '',
    routeFile: routeFileName(service, hosts), route: routeLine(service, hosts, `${alias}:8080`), ...over,
  });

const steps: Array<[string, RemoteStep]> = [
  ['unchanged', unchangedStep('web', { digest: 'sha256:1', configText: HOSTILE, healthUrl: HOSTILE, probe: { port: 8080, path: "/h'x" } })],
  ['start new', startBesideStep('web', 'new')],
  ['start prev', startBesideStep('web', 'prev')],
  ['proxy switch', sw('web', ['a.example.com', 'b.example.com'], 'web-1234')],
  ['retire', proxyRetireStep('web', 'new', 30, 8080)],
  ['discard', discardStep('web', 'prev', audit)],
  ['proxy converge', proxyConvergeStep('web', HOSTILE)],
  ['unroute', unrouteStep('web', 30)],
  ['maintenance', maintenanceStep('web', { on: true, port: 8080, hosts: [], routeFile: '9-web.json', maintenanceRoute: maintenanceRouteLine('web', [], HOSTILE), drainSeconds: 30, by: HOSTILE })],
];

describe('proxy steps', () => {
  test.each(steps)('%s is valid bash with every template expansion resolved', (_, step) => {
    const r = spawnSync('bash', ['-n'], { input: step.script });
    expect(r.stderr.toString()).toBe('');
    expect(step.script).not.toContain('\\$');
  });

  test('the settings hashed for unchanged travel on stdin, not in the script', () => {
    const s = unchangedStep('web', { digest: 'sha256:1', configText: '{"env":[["K","s3cret-value"]]}', healthUrl: '' });
    expect(s.script).not.toContain('s3cret-value');
    expect(Buffer.from(s.secretInput.trim(), 'base64').toString()).toContain('s3cret-value');
  });
});

describe('proxy config', () => {
  test.each([
    ['web', 'abcd1234', 'web-abcd1234'],
    ['Web_App', 'ff', 'web-app-ff'],
  ])('alias of %s', (service, token, alias) => expect(upstreamAlias(service, token)).toBe(alias));

  test('routes with names rank before a catch-all', () => {
    expect([routeFileName('a', ['x.example.com']), routeFileName('b', [])].sort()).toEqual(['1-a.json', '9-b.json']);
  });

  test('a catch-all route has no matcher; a named one matches the Host header; idle upstream connections close after 2 s (the drain counts open ones)', () => {
    expect(JSON.parse(routeLine('web', [], 'web-1:8080'))).toEqual({
      '@id': 'gantry-web',
      handle: [{ handler: 'reverse_proxy', upstreams: [{ dial: 'web-1:8080' }], transport: { protocol: 'http', keep_alive: { idle_timeout: '2s' } } }],
      terminal: true,
    });
    expect(JSON.parse(routeLine('api', ['api.example.com'], 'api-1:9000')).match).toEqual([{ host: ['api.example.com'] }]);
  });
});

// The switch step runs for real in bash with a scratch HOME; a stand-in `docker` keeps containers
// as files and records the configuration the proxy was asked to load.
describe('proxy switch run by bash', () => {
  let home: string;
  let conn: LocalConnection;
  const run = (s: RemoteStep) => conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  const loaded = () => JSON.parse(readFileSync(join(home, 'loaded.json'), 'utf8')) as Record<string, any>;
  const container = (name: string, alias: string) => writeFileSync(join(home, 'c', name), `${alias}\n`);

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'gantry-proxy-steps-'));
    mkdirSync(join(home, 'bin'));
    mkdirSync(join(home, 'c'));
    writeFileSync(join(home, 'bin/docker'), `#!/bin/bash
C="${home}/c"
printf '%s\\n' "$*" >>"${home}/docker.log"
record_of() { local a; [ -f "$C/$1" ] || return 1; a=$(head -n 1 "$C/$1"); echo "id-$1|sha256:i|true|unless-stopped||-|-|\${a:--}|-"; }
${FAKE_CONTAINER_FACTS}
case $1 in
  container)
    if [ "$3" = -f ]; then
      is_facts "$4" && { facts_answer "\${@:5}"; exit; }
      name=\${!#}; [ -f "$C/$name" ] || exit 1
      case $4 in
        *proxy-image*) read -r img ports run <<<"$(sed -n 2p "$C/$name")"; printf '%s\\n%s\\n%s\\n%s\\n' "$img" "$ports" "$run" "$(sed -n 3p "$C/$name")" ;;
        *State.Running*) echo true ;;
      esac
      exit 0
    fi
    [ -f "$C/$3" ]; exit ;;
  inspect)
    name=\${!#}; [ -f "$C/$name" ] || exit 1
    case $3 in
      *dev.gantry.alias*) head -n 1 "$C/$name" ;;
      *proxy-image*) sed -n 2p "$C/$name" ;;
      *Sysctls*) sed -n 3p "$C/$name" ;;
      *State.Running*) echo true ;;
      *) echo x ;;
    esac ;;
  create)
    shift; img= ports= name= migrate=
    while [ $# -gt 0 ]; do
      case $1 in --name=*) name=\${1#--name=} ;; --label=dev.gantry.proxy-image=*) img=\${1#*proxy-image=} ;; --label=dev.gantry.proxy-ports=*) ports=\${1#*proxy-ports=} ;; --sysctl=net.ipv4.tcp_migrate_req=*) migrate=\${1##*=} ;; esac
      shift
    done
    printf '\\n%s %s true\\n%s\\n' "$img" "$ports" "$migrate" >"$C/$name" ;;
  exec) cat >"${home}/loaded.json" ;;
  rm) rm -f "$C/\${!#}" ;;
esac
exit 0
`);
    chmodSync(join(home, 'bin/docker'), 0o755);
    conn = new LocalConnection(() => undefined, { PATH: `${home}/bin:${process.env.PATH}`, HOME: home });
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  test('two services by host name share one proxy; each switch keeps the other route', async () => {
    container('web-gantry-new', 'web-1');
    let r = await run(sw('web', ['web.example.com'], 'web-1'));
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining('live=web-1')]);
    expect(parseStepOutput(r.stdout).values).toMatchObject({ fresh: '1', ports: '8080' });
    container('api-gantry-new', 'api-1');
    r = await run(sw('api', ['api.example.com'], 'api-1'));
    expect(r.code).toBe(0);
    expect(parseStepOutput(r.stdout).values.fresh).toBe('0');
    const routes = loaded().apps.http.servers['gantry-8080'].routes as Array<Record<string, any>>;
    expect(routes.map((x) => x['@id']).sort()).toEqual(['gantry-api', 'gantry-web']);
    expect(loaded()).toEqual(caddyConfig(new Map([[8080, [
      routeLine('api', ['api.example.com'], 'api-1:8080'), routeLine('web', ['web.example.com'], 'web-1:8080'),
    ]]]), 30));
    // the second deploy of web replaces only its own route
    container('web-gantry-new', 'web-2');
    expect((await run(sw('web', ['web.example.com'], 'web-2'))).code).toBe(0);
    const dials = (loaded().apps.http.servers['gantry-8080'].routes as Array<Record<string, any>>).map((x) => x.handle[0].upstreams[0].dial).sort();
    expect(dials).toEqual(['api-1:8080', 'web-2:8080']);
  });

  test.each([
    ['a second catch-all on the port', [], [], 'already routes every host name to the service web'],
    ['a host name already taken', ['a.example.com', 'web.example.com'], ['web.example.com'], 'already routes web.example.com to the service web'],
  ])('refuses %s and leaves the proxy as it was', async (_, webHosts, apiHosts, message) => {
    container('web-gantry-new', 'web-1');
    expect((await run(sw('web', webHosts as string[], 'web-1'))).code).toBe(0);
    const before = readFileSync(join(home, 'loaded.json'), 'utf8');
    container('api-gantry-new', 'api-1');
    const r = await run(sw('api', apiHosts as string[], 'api-1'));
    expect(r.code).toBe(62);
    expect(r.stdout).toContain(message);
    expect(readFileSync(join(home, 'loaded.json'), 'utf8')).toBe(before);
    expect(existsSync(join(home, '.gantry/proxy/routes/8080/9-api.json')) || existsSync(join(home, '.gantry/proxy/routes/8080/1-api.json'))).toBe(false);
  });

  test('HTTPS with the internal CA: the port keeps automatic HTTPS, the names get a policy, port 80 is published for redirects', async () => {
    container('web-gantry-new', 'web-1');
    const tls = { port: 443, tlsPolicy: tlsPolicyLine(['web.example.com'], 'internal') };
    const r = await run(sw('web', ['web.example.com'], 'web-1', tls));
    expect([r.code, parseStepOutput(r.stdout).values.ports]).toEqual([0, '80,443']);
    const cfg = loaded();
    expect(cfg.apps.http.servers['gantry-443'].automatic_https).toBeUndefined();
    expect(cfg.apps.tls.automation.policies).toEqual([{ subjects: ['web.example.com'], issuers: [{ module: 'internal' }] }]);
    expect(cfg.apps.pki.certificate_authorities.local.install_trust).toBe(false);
    container('api-gantry-new', 'api-1');
    const plain = await run(sw('api', ['api.example.com'], 'api-1', { port: 443 }));
    expect(plain.code).toBe(62);
    expect(plain.stdout).toContain('proxy_port 443 serves HTTPS for the service web');
    expect(tlsPolicyLine(['a.example.com'], 'acme')).toBe('{"subjects":["a.example.com"]}');
  });

  test('a proxy_image change replaces the proxy and says so', async () => {
    container('web-gantry-new', 'web-1');
    expect((await run(sw('web', [], 'web-1'))).code).toBe(0);
    const r = await run(sw('web', [], 'web-1', { image: 'r:5000/mirror/caddy:2.7' }));
    expect(r.code).toBe(0);
    expect(parseStepOutput(r.stdout).values.proxy_replaced).toContain('replaced by r:5000/mirror/caddy:2.7');
  });

  test('a kernel without net.ipv4.tcp_migrate_req: the proxy is made without it, and the log says a load may reset a queued connection', async () => {
    const procSys = join(home, 'proc-sys');
    mkdirSync(join(procSys, 'net/ipv4'), { recursive: true });
    conn = new LocalConnection(() => undefined, { PATH: `${home}/bin:${process.env.PATH}`, HOME: home, GANTRY_PROC_SYS: procSys });
    container('web-gantry-new', 'web-1');
    const r = await run(sw('web', [], 'web-1'));
    expect(r.code).toBe(0);
    expect(readFileSync(join(home, 'docker.log'), 'utf8')).not.toContain('--sysctl');
    expect(parseStepOutput(r.stdout).values.proxy_warning).toContain('a proxy configuration load may reset a connection');
    expect((await run(sw('web', [], 'web-1'))).stdout).not.toContain('proxy_replaced');
  });

  test('the proxy gets net.ipv4.tcp_migrate_req (a load moves queued connections instead of resetting them); one without it is replaced once', async () => {
    const procSys = join(home, 'proc-sys');
    mkdirSync(join(procSys, 'net/ipv4'), { recursive: true });
    writeFileSync(join(procSys, 'net/ipv4/tcp_migrate_req'), '0\n');
    conn = new LocalConnection(() => undefined, { PATH: `${home}/bin:${process.env.PATH}`, HOME: home, GANTRY_PROC_SYS: procSys });
    container('web-gantry-new', 'web-1');
    expect((await run(sw('web', [], 'web-1'))).code).toBe(0);
    expect(readFileSync(join(home, 'docker.log'), 'utf8')).toContain('--sysctl=net.ipv4.tcp_migrate_req=1');
    expect((await run(sw('web', [], 'web-1'))).stdout).not.toContain('proxy_replaced');
    writeFileSync(join(home, 'c', 'gantry-proxy'), '\nr:5000/mirror/caddy:2.6 8080 true\n\n');
    const r = await run(sw('web', [], 'web-1'));
    expect(r.code).toBe(0);
    expect(parseStepOutput(r.stdout).values.proxy_replaced).toContain('without net.ipv4.tcp_migrate_req');
    expect(readFileSync(join(home, 'c', 'gantry-proxy'), 'utf8')).toContain('\n1\n');
  });

  test('unroute takes one service\'s route off and loads the others\' again; a port left without routes is dropped', async () => {
    container('web-gantry-new', 'web-1');
    expect((await run(sw('web', ['web.example.com'], 'web-1'))).code).toBe(0);
    container('api-gantry-new', 'api-1');
    expect((await run(sw('api', ['api.example.com'], 'api-1', { port: 9090 }))).code).toBe(0);
    const r = await run(unrouteStep('api', 30));
    expect([r.code, parseStepOutput(r.stdout).values.unrouted]).toEqual([0, '1']);
    expect(loaded()).toEqual(caddyConfig(new Map([[8080, [routeLine('web', ['web.example.com'], 'web-1:8080')]]]), 30));
    expect(existsSync(join(home, '.gantry/proxy/routes/9090/1-api.json'))).toBe(false);
    // nothing to take off: the proxy is not asked again
    rmSync(join(home, 'loaded.json'));
    const none = await run(unrouteStep('api', 30));
    expect([none.code, parseStepOutput(none.stdout).values.unrouted]).toEqual([0, 'none']);
    expect(existsSync(join(home, 'loaded.json'))).toBe(false);
    // the last route: the proxy keeps running with no server
    expect((await run(unrouteStep('web', 30))).code).toBe(0);
    expect(loaded()).toEqual({ admin: { listen: 'localhost:2019' }, apps: { http: { grace_period: '30s', servers: {} } } });
  });

  test('a port whose last route was taken off stays published: the next switch keeps the proxy; a port it lacks replaces it', async () => {
    container('web-gantry-new', 'web-1');
    container('api-gantry-new', 'api-1');
    expect((await run(sw('web', ['web.example.com'], 'web-1'))).code).toBe(0);
    expect((await run(sw('api', ['api.example.com'], 'api-1', { port: 9090 }))).code).toBe(0);
    expect((await run(unrouteStep('api', 30))).code).toBe(0);
    const kept = await run(sw('web', ['web.example.com'], 'web-1'));
    expect(parseStepOutput(kept.stdout).values).toMatchObject({ fresh: '0', ports: '8080,9090' });
    expect(kept.stdout).not.toContain('proxy_replaced');
    const moved = await run(sw('api', ['api.example.com'], 'api-1', { port: 7070 }));
    expect(parseStepOutput(moved.stdout).values).toMatchObject({ fresh: '1', ports: '7070,8080' });
    expect(parseStepOutput(moved.stdout).values.proxy_replaced).toContain('on ports 7070,8080');
  });

  test('maintenance answers the names with 503; a deploy meanwhile switches the route kept aside; live serves it', async () => {
    const maint = (on: boolean, hosts: string[] = ['web.example.com'], message = 'back soon') => maintenanceStep('web', {
      on, port: 8080, hosts, routeFile: routeFileName('web', hosts), maintenanceRoute: maintenanceRouteLine('web', hosts, message), drainSeconds: 30, by: 'ci',
    });
    const dials = () => JSON.stringify(loaded()).match(/"dial":"[^"]*"/g) ?? [];
    container('web-gantry-new', 'web-1');
    expect((await run(sw('web', ['web.example.com'], 'web-1'))).code).toBe(0);
    expect((await run(maint(false))).stdout).toContain('changed=0');
    const on = await run(maint(true));
    // was= tells a cancelled command what to turn back: this host was live before.
    expect([on.code, parseStepOutput(on.stdout).values.maintenance, parseStepOutput(on.stdout).values.was]).toEqual([0, 'on', 'off']);
    const route = (loaded().apps.http.servers['gantry-8080'].routes as Array<Record<string, any>>)[0];
    expect(route).toMatchObject({ '@id': 'gantry-web', match: [{ host: ['web.example.com'] }], handle: [{ handler: 'static_response', status_code: 503, body: 'back soon\n' }] });
    expect(dials()).toEqual([]);
    // a deploy in maintenance: the new container goes into the route kept aside, the names keep their 503
    container('web-gantry-new', 'web-2');
    const deployed = await run(sw('web', ['web.example.com'], 'web-2'));
    expect([deployed.code, parseStepOutput(deployed.stdout).values.maintenance]).toEqual([0, 'on']);
    expect(dials()).toEqual([]);
    expect(readFileSync(join(home, '.gantry/proxy/routes/8080/1-web.live'), 'utf8')).toContain('"dial":"web-2:8080"');
    // maintenance again with another message replaces the message only (it was on already)
    const again = await run(maint(true, ['web.example.com'], 'later'));
    expect([again.code, parseStepOutput(again.stdout).values.was]).toEqual([0, 'on']);
    expect(JSON.stringify(loaded())).toContain('"body":"later\\n"');
    const live = await run(maint(false));
    expect([live.code, parseStepOutput(live.stdout).values.maintenance]).toEqual([0, 'off']);
    expect(dials()).toEqual(['"dial":"web-2:8080"']);
    expect(existsSync(join(home, '.gantry/proxy/routes/8080/1-web.live'))).toBe(false);
    expect(readFileSync(join(home, '.gantry/audit.log'), 'utf8')).toMatch(/action=maintenance-on result=ok[\s\S]*action=maintenance-off result=ok/);
    // other names than the route's: refused, nothing changed
    const other = await run(maint(true, ['api.example.com']));
    expect(other.code).toBe(65);
    expect(other.stdout).toContain('the proxy routes web on port 8080 with other proxy_host names (web.example.com), not as asked');
  });

  test('a hostile maintenance message arrives as the body, to the letter, and nothing in it runs', async () => {
    container('web-gantry-new', 'web-1');
    expect((await run(sw('web', [], 'web-1'))).code).toBe(0);
    const r = await run(maintenanceStep('web', { on: true, port: 8080, hosts: [], routeFile: '9-web.json', maintenanceRoute: maintenanceRouteLine('web', [], HOSTILE), drainSeconds: 30, by: HOSTILE }));
    expect(r.code).toBe(0);
    expect((loaded().apps.http.servers['gantry-8080'].routes as Array<Record<string, any>>)[0].handle[0].body).toBe(`${HOSTILE}\n`);
    expect(existsSync('/tmp/gantry-pwned')).toBe(false);
  });

  test('a gantry-proxy container gantry did not make (no dev.gantry.proxy-image label) is neither replaced nor removed', async () => {
    container('web-gantry-new', 'web-1');
    writeFileSync(join(home, 'c', 'gantry-proxy'), 'x\n\n');
    const r = await run(sw('web', [], 'web-1'));
    expect(r.code).toBe(STEP_EXIT.foreignContainer);
    expect(parseStepOutput(r.stdout).values.error).toMatch(/^the container gantry-proxy on this host was not made by gantry/);
    expect(readFileSync(join(home, 'docker.log'), 'utf8')).not.toMatch(/^(rm|create|start|exec) /m);
    expect(existsSync(join(home, 'c', 'gantry-proxy'))).toBe(true);
  });

  test('refuses a container this run did not start', async () => {
    container('web-gantry-new', 'someone-else');
    const r = await run(sw('web', [], 'web-1'));
    expect(r.code).toBe(41);
    expect(existsSync(join(home, 'loaded.json'))).toBe(false);
  });
});
