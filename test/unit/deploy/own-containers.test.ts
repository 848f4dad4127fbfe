/**
 * gantry knows its own containers by label, not by name: the container steps run by real bash
 * over a LocalConnection whose HOME is a scratch folder, with a stand-in `docker` that knows the
 * containers in $CONTAINERS (name:id:dev.gantry.service label, '-' for none) and records its calls.
 * Also the health gate's reasons (never empty, a crash loop said as one) and what a day-two read
 * or a rollback of a service never deployed leaves on the host (nothing).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { RemoteStep, STEP_EXIT, parseStepOutput } from '../../../src/deploy/steps/render';
import { convergeStep, healthStep, logsStep, statusStep, switchStep } from '../../../src/deploy/targets/container/container-steps';
import { auditReadStep } from '../../../src/deploy/steps/fleet-steps';
import { lockReleaseStep, lockStep } from '../../../src/deploy/steps/lock-steps';
import { binaryHealthStep } from '../../../src/deploy/targets/binary/binary-steps';
import { BinarySpec } from '../../../src/deploy/targets/binary/binary-spec';
import { FAKE_CONTAINER_FACTS } from '../support/fake-container-facts';

jest.setTimeout(30_000);

const DOCKER = `#!/bin/bash
printf '%s\\n' "$*" >>"$HOME/docker.log"
lookup() { local c n id svc; for c in $CONTAINERS; do IFS=: read -r n id svc <<<"$c"; if [ "$n" = "$1" ]; then echo "$id $svc"; return 0; fi; done; return 1; }
record_of() { local r; r=$(lookup "$1") || return 1; echo "\${r%% *}|sha256:img|false|unless-stopped||\${r#* }|-|-|-"; }
${FAKE_CONTAINER_FACTS}
case "$1 $2" in
  "container inspect") if [ "$3" = -f ] && is_facts "$4"; then facts_answer "\${@:5}"; exit; fi; lookup "$3" >/dev/null; exit ;;
  "inspect -f")
    r=$(lookup "\${@: -1}") || exit 1
    case "$3" in
      *dev.gantry.service*) id=\${r%% *}; svc=\${r#* }; [ "$svc" = - ] && svc='<no value>'; echo "$id $svc" ;;
      *State.Status*)
        n=$(cat "$HOME/restarts" 2>/dev/null || echo 0); echo $(( n + 1 )) >"$HOME/restarts"
        echo "$STATE $n none" ;;
      *RestartCount*) echo 0 ;;
      *'{{.Id}}'*) echo "\${r%% *}" ;;
      *State.Running*) echo false ;;
      *) echo '<no value>' ;;
    esac
    exit 0 ;;
esac
exit 0
`;

let home: string;
const run = (s: RemoteStep, env: Record<string, string>) => {
  const conn = new LocalConnection(() => undefined, { PATH: `${join(home, 'bin')}:${process.env.PATH}`, HOME: home, ...env });
  return conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
};
const log = () => (existsSync(join(home, 'docker.log')) ? readFileSync(join(home, 'docker.log'), 'utf8') : '');
const moves = () => log().split('\n').filter((l) => /^(rm|rename|start|stop|update|create) /.test(l));

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'gantry-own-'));
  mkdirSync(join(home, 'bin'));
  writeFileSync(join(home, 'bin', 'docker'), DOCKER);
  chmodSync(join(home, 'bin', 'docker'), 0o755);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('a container named as gantry names its own, without its label, is left alone', () => {
  const foreign = 'web-gantry-prev:f00:-';
  const othersLive = 'web-gantry-prev:f00:web-gantry-prev';
  test.each([
    ['no label at all', foreign],
    ["another service's own live container (a service once named web-gantry-prev)", othersLive],
  ])('converge refuses before it moves anything: %s', async (_, prev) => {
    const r = await run(convergeStep('web', 'me'), { CONTAINERS: `web:1:web ${prev}` });
    expect(r.code).toBe(STEP_EXIT.foreignContainer);
    expect(parseStepOutput(r.stdout).values.error).toBe(
      'the container web-gantry-prev on this host was not made by gantry for web (it lacks the label dev.gantry.service=web), so gantry neither starts nor removes it: rename or remove it by hand');
    expect(moves()).toEqual([]);
  });

  test('a rollback does not start it', async () => {
    const r = await run(switchStep('web', 'prev'), { CONTAINERS: `web:1:web ${othersLive}` });
    expect(r.code).toBe(STEP_EXIT.foreignContainer);
    expect(moves()).toEqual([]);
  });

  test('a gate on the previous version does not watch it', async () => {
    const r = await run(healthStep('web', { cmd: '', url: '', timeoutSeconds: 1, target: 'prev' }), { CONTAINERS: foreign, STATE: 'running' });
    expect(r.code).toBe(STEP_EXIT.foreignContainer);
  });

  test('status does not list it as the kept version', async () => {
    const r = await run(statusStep('web', 3), { CONTAINERS: `web:1:web ${foreign}` });
    expect(r.code).toBe(0);
    expect(parseStepOutput(r.stdout).values.kept).toBeUndefined();
  });
});

describe("gantry's own parked container is used as before", () => {
  test('labelled for the service: a rollback switches to it', async () => {
    const r = await run(switchStep('web', 'prev'), { CONTAINERS: 'web:1:web web-gantry-prev:2:web' });
    expect(r.code).toBe(0);
    expect(moves()).toEqual(expect.arrayContaining(['rename web-gantry-prev web', 'start web']));
  });

  test('deployed before gantry (no label) but parked by gantry (its id recorded): still gantry\'s', async () => {
    mkdirSync(join(home, '.gantry/services/web'), { recursive: true });
    writeFileSync(join(home, '.gantry/services/web/parked'), '7\n');
    const r = await run(switchStep('web', 'prev'), { CONTAINERS: 'web:1:web web-gantry-prev:7:-' });
    expect(r.code).toBe(0);
    expect(moves()).toContain('rename web-gantry-prev web');
    const status = await run(statusStep('web', 3), { CONTAINERS: 'web-gantry-prev:7:-' });
    expect(parseStepOutput(status.stdout).values.kept).toBeDefined();
  });
});

describe('health gate reasons', () => {
  test('a crash-looping app (restarted by its policy, running again) is said to crash-loop, not to have stopped', async () => {
    const r = await run(healthStep('web', { cmd: '', url: '', timeoutSeconds: 30 }), { CONTAINERS: 'web:1:web', STATE: 'running 0' });
    expect(r.code).toBe(STEP_EXIT.unhealthy);
    expect(parseStepOutput(r.stdout).values.error).toBe('not healthy: the container is crash-looping: it exits and docker restarts it (1 restarts during the gate; now running again)');
  });

  test('one caught between restarts gives its last exit code', async () => {
    const r = await run(healthStep('web', { cmd: '', url: '', timeoutSeconds: 30 }), { CONTAINERS: 'web:1:web', STATE: 'restarting 2' });
    expect(parseStepOutput(r.stdout).values.error).toMatch(/^not healthy: the container is crash-looping: .*now restarting, last exit code 2\)$/);
  });

  test('an exited container says so', async () => {
    // The fake's first state read has the restart count the gate began with.
    const r = await run(healthStep('web', { cmd: '', url: '', timeoutSeconds: 30 }), { CONTAINERS: 'web:1:web', STATE: 'exited 1' });
    expect(parseStepOutput(r.stdout).values.error).toBe('not healthy: the container stopped (status exited, exit code 1)');
  });

  const b = { name: 'hello', root: '', restartCmd: '', logsCmd: '' } as unknown as BinarySpec;
  test.each([
    ['a health_cmd that prints nothing gives its exit code', 'exit 3', 'health_cmd failed: it exited with code 3 and printed nothing (health_timeout 1 s)'],
    ['a health_cmd that prints gives its last line', 'echo; echo not ready; echo; exit 1', 'health_cmd failed: not ready (health_timeout 1 s)'],
  ])('%s', async (_, cmd, reason) => {
    const r = await run(binaryHealthStep(b, { cmd, url: '', timeoutSeconds: 1 }), {});
    expect(r.code).toBe(STEP_EXIT.unhealthy);
    expect(parseStepOutput(r.stdout).values.error).toContain(reason);
  });
});


describe('nothing left on the host', () => {
  test('status, logs and audit of an unknown service create no folder (not even ~/.gantry)', async () => {
    expect((await run(statusStep('nosuch', 3), { CONTAINERS: '' })).code).toBe(0);
    expect((await run(auditReadStep('nosuch', 10), { CONTAINERS: '' })).code).toBe(0);
    const logs = await run(logsStep('nosuch', { since: '', tail: 10, grep: '' }), { CONTAINERS: '' });
    expect(parseStepOutput(logs.stdout).values.error).toBe('nothing runs under nosuch on this host');
    expect(existsSync(join(home, '.gantry'))).toBe(false);
  });

  test('a rollback of a service never deployed here: one line saying so, and no folder of it left once the lock is released', async () => {
    const owner = { token: 'tok', by: 'me', runner: 'r', pid: 1 };
    expect((await run(lockStep('nosuch', owner, 120), { CONTAINERS: '' })).code).toBe(0);
    const sw = await run(switchStep('nosuch', 'prev'), { CONTAINERS: '' });
    expect(sw.code).toBe(STEP_EXIT.nothingToSwitch);
    expect(parseStepOutput(sw.stdout).values).toMatchObject({
      never_deployed: '1', error: 'nothing to roll back: nosuch was never deployed on this host (no container nosuch, no previous version kept)',
    });
    expect((await run(lockReleaseStep('nosuch', 'tok'), { CONTAINERS: '' })).stdout).toContain('released=1');
    expect(existsSync(join(home, '.gantry/services/nosuch'))).toBe(false);
  });

  test('a service with state keeps its folder when its lock is released', async () => {
    const owner = { token: 'tok', by: 'me', runner: 'r', pid: 1 };
    await run(lockStep('web', owner, 120), { CONTAINERS: '' });
    writeFileSync(join(home, '.gantry/services/web/history'), '1 sha256:a id\n');
    await run(lockReleaseStep('web', 'tok'), { CONTAINERS: '' });
    expect(readFileSync(join(home, '.gantry/services/web/history'), 'utf8')).toBe('1 sha256:a id\n');
  });
});
