import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { HostAnswer } from '../../../src/deploy/commands/fleet-query';
import { mergeAudit } from '../../../src/deploy/commands/audit';
import { FollowedLines, prefixLogs } from '../../../src/deploy/commands/logs';
import { hostStatus, renderStatus } from '../../../src/deploy/targets/container/container-status';
import { auditReadStep, forceUnlockStep } from '../../../src/deploy/steps/fleet-steps';
import { logsStep, statusStep } from '../../../src/deploy/targets/container/container-steps';
import { RemoteStep, parseStepOutput } from '../../../src/deploy/steps/render';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const answer = (host: string, text: string): HostAnswer => ({ host, out: parseStepOutput(text) });

describe('status', () => {
  const h1 = answer('10.231.0.11', [
    `live_digest=${D('b')}`, 'live_revision=e2e-v2', 'live_state=running', 'live_health=none', 'live_started_at=2026-11-30T10:00:00.123456789Z',
    `kept=${D('a')} 2026-11-29T10:00:00Z e2e-v1`, `recorded=${D('b')} 2026-11-30T10:00:00Z`, `recorded=${D('a')} 2026-11-29T10:00:00Z`, `recorded=${D('c')} 2026-11-28T10:00:00Z`,
    'lock_by=ci job 7', 'lock_runner=r1', 'lock_since=2026-11-30T10:05:00Z', 'lock_age=4', 'proxy_dial=web-1a2b:8080', 'proxy_port=80',
  ].join('\n'));
  const h2: HostAnswer = { host: '10.231.0.12', error: 'connect ECONNREFUSED 10.231.0.12:22' };

  test('one host: live version, rollback candidates newest first without the live one, lock holder, proxy route', () => {
    expect(hostStatus(h1)).toEqual({
      host: '10.231.0.11',
      live: { digest: D('b'), version: '', revision: 'e2e-v2', state: 'running', health: 'none', startedAt: '2026-11-30T10:00:00.123456789Z', deployedAt: '', deployedBy: '' },
      kept: [D('a'), D('c')],
      lock: { by: 'ci job 7', runner: 'r1', since: '2026-11-30T10:05:00Z', ageSeconds: 4 },
      proxy: { port: '80', dial: 'web-1a2b:8080' },
    });
  });

  test('the table names an unreachable host beside what the others answered', () => {
    const text = renderStatus('web', [hostStatus(h1), hostStatus(h2)]);
    expect(text).toContain('10.231.0.11  sha256:bbbbbbbbbbbb  e2e-v2');
    expect(text).toContain('2026-11-30T10:00:00Z');
    expect(text).toContain('sha256:aaaaaaaaaaaa, sha256:cccccccccccc');
    expect(text).toContain('ci job 7 since 2026-11-30T10:05:00Z (heartbeat 4 s ago)');
    expect(text).toContain('10.231.0.12  no answer');
    expect(text.split('\n').pop()).toBe('10.231.0.12: connect ECONNREFUSED 10.231.0.12:22');
  });

  test('log lines keep their host', () => {
    expect(prefixLogs([answer('h1', 'line=a\nline=b'), { host: 'h2', error: 'down' }, answer('h3', 'line=c')])).toEqual(['h1 | a', 'h1 | b', 'h3 | c']);
  });

  test('followed output: line= lines in order across chunk boundaries, heartbeats dropped, the error kept', () => {
    const got: string[] = [];
    const f = new FollowedLines((l) => got.push(l));
    for (const c of ['line=GET / 2', '00\nalive=1\nline=a=b\r\n', 'alive=1\nline=', 'x y\nerror=gone\n', 'line=tail without newline']) f.push(c);
    f.end();
    expect(got).toEqual(['GET / 200', 'a=b', 'x y', 'tail without newline']);
    expect(f.error).toBe('gone');
  });

  test('audit entries of every host are merged by time', () => {
    const a = answer('h1', 'entry=2026-11-30T10:00:02Z service=web action=deploy\nentry=2026-11-30T10:00:05Z service=web action=rollback');
    const b = answer('h2', 'entry=2026-11-30T10:00:03Z service=web action=deploy');
    expect(mergeAudit([a, b, { host: 'h3', error: 'down' }])).toEqual([
      'h1 2026-11-30T10:00:02Z service=web action=deploy', 'h2 2026-11-30T10:00:03Z service=web action=deploy', 'h1 2026-11-30T10:00:05Z service=web action=rollback',
    ]);
  });
});

describe('day-two steps run by bash', () => {
  let home: string;
  let conn: LocalConnection;
  const run = (s: RemoteStep) => conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  const lock = () => join(home, '.gantry/services/web/lock');
  const BY = "o'neil $(id)";

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'gantry-day-two-'));
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin/docker'), '#!/bin/bash\nexit 1\n', { mode: 0o755 });
    conn = new LocalConnection(() => undefined, { PATH: `${home}/bin:${process.env.PATH}`, HOME: home });
    mkdirSync(lock(), { recursive: true });
    writeFileSync(join(lock(), 'owner'), 'token=t\nby=ci job 7\nrunner=r1\npid=1\nsince=2026-11-30T10:05:00Z\n');
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  test.each([['logs', logsStep('web', { since: '', tail: 5, grep: '' })], ['status', statusStep('web', 3)], ['audit', auditReadStep('web', 5)], ['unlock', forceUnlockStep('web', BY, false, 120)]])('%s is valid bash', (_, s) => {
    expect(spawnSync('bash', ['-n'], { input: s.script }).stderr.toString()).toBe('');
    expect(s.script).not.toContain('\\$');
  });

  test('unlock refuses a live holder without force, releases it with force, and audits', async () => {
    const refused = await run(forceUnlockStep('web', BY, false, 120));
    expect(refused.code).toBe(75);
    expect(parseStepOutput(refused.stdout).values.error).toContain('held by ci job 7 (runner r1, since 2026-11-30T10:05:00Z) and looks alive');
    const forced = await run(forceUnlockStep('web', BY, true, 120));
    expect([forced.code, parseStepOutput(forced.stdout).values.unlocked]).toEqual([0, 'ci job 7 (runner r1, since 2026-11-30T10:05:00Z)']);
    expect(() => readFileSync(join(lock(), 'owner'))).toThrow();
    expect(readFileSync(join(home, '.gantry/audit.log'), 'utf8')).toMatch(/ service=web action=unlock result=ok from=- to=- by=o'neil \$\(id\)\n$/);
    const audit = await run(auditReadStep('web', 5));
    expect(audit.stdout).toContain('action=unlock');
  });

  test('logs: since and tail reach docker as one argument each; grep is a fixed string, never a pattern or an option', async () => {
    writeFileSync(join(home, 'bin/docker'), `#!/bin/bash
case $1 in
  container) exit 0 ;;
  logs) printf '%s\\n' "$@" >"${home}/logs-argv"; printf 'GET / 200\\nGET /healthz 500 -x $(id)\\nstarted\\n' ;;
esac
`, { mode: 0o755 });
    const r = await run(logsStep('web', { since: '10m', tail: 50, grep: '-x $(id)' }));
    expect(r.code).toBe(0);
    expect(parseStepOutput(r.stdout).all).toEqual([['line', 'GET /healthz 500 -x $(id)']]);
    expect(readFileSync(join(home, 'logs-argv'), 'utf8')).toBe('logs\n--since=10m\n--tail=50\nweb\n');
  });

  test('logs follow: lines stream as docker prints them; stopping closes the session and the follower is gone', async () => {
    writeFileSync(join(home, 'bin/docker'), `#!/bin/bash
case $1 in
  container) exit 0 ;;
  logs) printf '%s\\n' "$@" >"${home}/logs-argv"; echo $$ >"${home}/follower"; printf 'GET / 200\\nskip me\\nGET /x 404\\n'; exec sleep 300 ;;
esac
`, { mode: 0o755 });
    const got: string[] = [];
    const lines = new FollowedLines((l) => got.push(l));
    const stop = new AbortController();
    const s = logsStep('web', { since: '', tail: 10, grep: 'GET', follow: true });
    const done = conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 0, onStdout: (c) => lines.push(c), stop: stop.signal });
    for (let i = 0; i < 100 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual(['GET / 200', 'GET /x 404']);
    expect(readFileSync(join(home, 'logs-argv'), 'utf8')).toBe('logs\n--follow\n--tail=10\nweb\n');
    const follower = Number(readFileSync(join(home, 'follower'), 'utf8'));
    const alive = () => spawnSync('kill', ['-0', String(follower)]).status === 0;
    expect(alive()).toBe(true);
    stop.abort();
    const r = await done;
    expect(r.lost).toBe('stopped');
    // the step notices at its next heartbeat (every second) and stops the follower
    for (let i = 0; i < 60 && alive(); i++) await new Promise((res) => setTimeout(res, 100));
    expect(alive()).toBe(false);
  });

  test('a stale holder is released without force; status shows the lock until then', async () => {
    const old = new Date(Date.now() - 600_000);
    utimesSync(join(lock(), 'owner'), old, old);
    const st = await run(statusStep('web', 3));
    expect(parseStepOutput(st.stdout).values).toMatchObject({ lock_by: 'ci job 7', lock_runner: 'r1' });
    const r = await run(forceUnlockStep('web', BY, false, 120));
    expect(r.code).toBe(0);
    expect((await run(forceUnlockStep('web', BY, false, 120))).stdout).toContain('unlocked=none');
  });
});

describe('maintenance and live: bad input is refused before any host is asked', () => {
  const base = { hosts: '10.231.0.99', known_hosts: '10.231.0.99 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn', container_name: 'web', proxy_port: '8080' };
  test.each([
    [{ proxy_port: '' }, true, "input 'proxy_port': is empty; expected the proxy_port the service is deployed with: maintenance changes its route on the proxy"],
    [{ proxy_port: '' }, false, "input 'proxy_port': is empty; expected the proxy_port the service is deployed with: live changes its route on the proxy"],
    [{ deploy_target: 'swarm', proxy_port: '' }, true, "input 'deploy_target': 'swarm' has no proxy to answer for the service"],
    [{ maintenance_message: 'one\ntwo' }, true, "input 'maintenance_message': holds a line break; expected one line of text, up to 1000 characters"],
    [{ maintenance_message: 'x'.repeat(1001) }, true, "input 'maintenance_message': is longer than 1000 characters"],
  ])('%j (maintenance %s)', async (over, on, message) => {
    const { parseInputs } = await import('../../../src/inputs');
    const { maintenance } = await import('../../../src/deploy/commands/maintenance');
    const { MemoryReporter } = await import('../../../src/reporter');
    const reporter = new MemoryReporter();
    await expect(maintenance(parseInputs({ ...base, ...over, command: on ? 'maintenance' : 'live' }), reporter, on, process.env)).rejects.toThrow(message);
    expect(reporter.lines.join('\n')).not.toContain('10.231.0.99');
  });

  test('status shows a host in maintenance beside its state', () => {
    const st = hostStatus(answer('h1', [`live_digest=${D('b')}`, 'live_state=running', 'proxy_dial=web-1:8080', 'proxy_port=80', 'proxy_maintenance=1'].join('\n')));
    expect(st.proxy).toEqual({ port: '80', dial: 'web-1:8080', maintenance: true });
    expect(renderStatus('web', [st])).toContain('running (maintenance)');
  });
});
