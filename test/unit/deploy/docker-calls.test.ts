/**
 * Each docker command a step forks costs the host a CLI start and an engine round trip (tens of ms
 * of CPU), so a deploy's steps read what they need in as few commands as they can. This pins how
 * many a plain deploy makes on a host: its steps run by real bash over a LocalConnection with a
 * stand-in `docker` that keeps containers as files, answers as an engine does for a second version
 * deployed over a first (a previous version kept too), records every call, and refuses any read it
 * does not know (so a new read is noticed here). The deploy's result is checked as well: fewer
 * commands, same moves.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LocalConnection } from '../../../src/deploy/connection/local-connection';
import { RemoteStep, parseStepOutput } from '../../../src/deploy/steps/render';
import { lockReleaseStep, lockStep } from '../../../src/deploy/steps/lock-steps';
import {
  convergeStep, createStep, finalizeStep, healthStep, preflightStep, pullStep, statusStep, switchStep, unchangedStep,
} from '../../../src/deploy/targets/container/container-steps';
import { FAKE_CONTAINER_FACTS } from '../support/fake-container-facts';

jest.setTimeout(60_000);

/** The most docker commands the whole plain deploy below may make on one host. */
const DEPLOY_BUDGET = 26;

const NEW_ID = 'e'.repeat(64);
// Containers are files $HOME/c/<name> of key=value lines; every call is one line of $HOME/calls.
const DOCKER = String.raw`#!/bin/bash
C="$HOME/c"
x="$*"; printf '%s\n' "${'$'}{x//$'\n'/ }" >>"$HOME/calls"
get() { sed -n "s/^$2=//p" "$C/$1" 2>/dev/null; }
put() { sed -i "s/^$2=.*/$2=$3/" "$C/$1"; }
nope() { printf '%s\n' "$*" >>"$HOME/unknown"; exit 9; }
record_of() {
  [ -f "$C/$1" ] || return 1
  printf '%s|%s|%s|%s||%s|%s|%s|%s\n' "$(get "$1" id)" "$(get "$1" image)" "$(get "$1" running)" "$(get "$1" policy)" "$(get "$1" svc)" "$(get "$1" digest)" "$(get "$1" alias)" "$(get "$1" config)"
}
${FAKE_CONTAINER_FACTS}
last=${'$'}{!#}
missing() { echo "Error response from daemon: No such container: $1" >&2; exit 1; }
case $1 in
  version) echo 20.10.24 ;;
  pull) echo "r/web:v2" ;;
  container)
    [ "$2" = inspect ] || nope "$@"
    if [ "$3" = -f ]; then
      if is_facts "$4"; then facts_answer "${'$'}{@:5}"; exit; fi
      [ -f "$C/$last" ] || missing "$last"
      case $4 in *NetworkMode*PortBindings*) printf 'default\n\n' ;; *) nope "$@" ;; esac
      exit 0
    fi
    [ -f "$C/$3" ] || missing "$3" ;;
  inspect)
    [ "$2" = -f ] || nope "$@"
    [ -f "$C/$last" ] || missing "$last"
    case $3 in
      '{{.State.Status}}'*) if [ "$(get "$last" running)" = true ]; then echo "running 0 0 none"; else echo "exited 0 0 none"; fi ;;
      *NetworkSettings.Networks*) echo ;;
      live_version=*) printf 'live_version=\nlive_revision=\nlive_deployed_at=\nlive_deployed_by=\nlive_state=running\nlive_health=none\nlive_started_at=\nlive_image=r/web:v1\n' ;;
      *deployed-at*revision*) echo "2026-01-01T00:00:00Z rev0" ;;
      *) nope "$@" ;;
    esac ;;
  image)
    case $2 in
      inspect)
        case $4 in
          '{{.Id}}'$'\n''{{range .RepoDigests}}'*) printf 'sha256:img2\nr/web@sha256:d2 \nrev2\n' ;;
          *image.revision*) echo rev2 ;;
          *Healthcheck*) echo ;;
          '{{.Id}}') for i in "${'$'}{@:5}"; do grep -qxF -- "$i" "$HOME/images" && echo "$i"; done ;;
          *) nope "$@" ;;
        esac ;;
      ls) printf 'r/web v0 sha256:d0 sha256:img0\nr/web v1 sha256:d1 sha256:img1\nr/web v2 sha256:d2 sha256:img2\n' ;;
      rm) ;;
      *) nope "$@" ;;
    esac ;;
  create)
    name= svc= digest= alias= config= policy=
    for a in "$@"; do
      case $a in
        --name=*) name=${'$'}{a#--name=} ;;
        --restart=*) policy=${'$'}{a#--restart=} ;;
        --label=dev.gantry.service=*) svc=${'$'}{a#*=*=} ;;
        --label=dev.gantry.image-digest=*) digest=${'$'}{a#*=*=} ;;
        --label=dev.gantry.config=*) config=${'$'}{a#*=*=} ;;
      esac
    done
    printf 'id=${NEW_ID}\nimage=sha256:img2\nrunning=false\npolicy=%s\nsvc=%s\ndigest=%s\nalias=-\nconfig=%s\n' "$policy" "$svc" "$digest" "$config" >"$C/$name"
    echo "${NEW_ID}" ;;
  rm) [ "$2" = -f ] || nope "$@"; rm -f "$C/$3" ;;
  rename) [ -f "$C/$2" ] || missing "$2"; mv "$C/$2" "$C/$3" ;;
  stop) put "$last" running false ;;
  start) put "$last" running true ;;
  update) put "$last" policy "${'$'}{2#--restart=}" ;;
  *) nope "$@" ;;
esac
exit 0
`;

let home: string;
const run = async (s: RemoteStep) => {
  const conn = new LocalConnection(() => undefined, { PATH: `${join(home, 'bin')}:${process.env.PATH}`, HOME: home });
  const before = calls().length;
  const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 30 });
  expect([s.name, r.code, r.stderr]).toEqual([s.name, 0, '']);
  const values: Record<string, string | number> = { ...parseStepOutput(r.stdout).values, docker: calls().length - before };
  return values;
};
const calls = () => (existsSync(join(home, 'calls')) ? readFileSync(join(home, 'calls'), 'utf8').split('\n').filter(Boolean) : []);
const container = (name: string) => Object.fromEntries(readFileSync(join(home, 'c', name), 'utf8').trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
const state = (f: string) => readFileSync(join(home, '.gantry/services/web', f), 'utf8');

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'gantry-calls-'));
  mkdirSync(join(home, 'bin'));
  mkdirSync(join(home, 'c'));
  writeFileSync(join(home, 'bin/docker'), DOCKER, { mode: 0o755 });
  // The first version runs; the one before it is kept for rollback.
  writeFileSync(join(home, 'c/web'), `id=${'1'.repeat(64)}\nimage=sha256:img1\nrunning=true\npolicy=unless-stopped\nsvc=web\ndigest=sha256:d1\nalias=-\nconfig=old\n`);
  writeFileSync(join(home, 'c/web-gantry-prev'), `id=${'0'.repeat(64)}\nimage=sha256:img0\nrunning=false\npolicy=no\nsvc=web\ndigest=sha256:d0\nalias=-\nconfig=old\n`);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

test(`a plain deploy of a second version makes at most ${DEPLOY_BUDGET} docker commands on a host, with the same moves`, async () => {
  const owner = { token: 'tok', by: 'me', runner: 'r', pid: 1 };
  const audit = { action: 'deploy' as const, by: 'me', from: 'sha256:d1', to: 'sha256:d2' };
  const steps = [
    preflightStep('web', false),
    lockStep('web', owner, 120),
    convergeStep('web', 'me'),
    unchangedStep('web', { digest: 'sha256:d2', configText: 'settings', healthUrl: '' }),
    pullStep('web', 'r/web:v2', 'r/web'),
    createStep('web', {
      ref: 'r/web:v2', digest: 'sha256:d2', ports: [], env: [['A', '1']], volumes: [], network: '', restart: 'unless-stopped',
      deployedAt: '2026-01-01T00:00:00Z', deployedBy: 'me', configHash: 'new',
    }),
    switchStep('web', 'new'),
    healthStep('web', { cmd: 'true', url: '', timeoutSeconds: 30 }),
    finalizeStep('web', { repository: 'r/web', keepImages: 2, audit }),
    lockReleaseStep('web', 'tok'),
  ];
  const per: Record<string, number> = {};
  const out: Record<string, Record<string, string | number>> = {};
  for (const s of steps) {
    out[s.name] = await run(s);
    per[s.name] = out[s.name].docker as number;
  }
  expect(existsSync(join(home, 'unknown')) ? readFileSync(join(home, 'unknown'), 'utf8') : '').toBe('');
  const total = calls().length;
  expect(total).toBeLessThanOrEqual(DEPLOY_BUDGET);
  // Per step: converge, unchanged and switch read the service's containers once; pull reads the
  // image twice (what it is, and its HEALTHCHECK); create reads the live container and the
  // image's revision; health makes one state read and one address read (health_cmd sees it);
  // finalize reads once before its moves.
  expect(per).toEqual({ preflight: 1, lock: 0, converge: 1, unchanged: 1, pull: 3, create: 4, switch: 5, health: 2, finalize: 9, 'lock-release': 0 });

  // Same outcome as ever: the new version runs under the name, the first is kept (stopped,
  // restart=no, its policy and id remembered), the one kept before it is gone, the moves in order.
  expect(out.converge).toMatchObject({ current_digest: 'sha256:d1', current_running: 'true', previous_digest: 'sha256:d0' });
  expect(out.unchanged.why).toBe('web runs another image');
  expect(out.create.created).toBe(NEW_ID);
  expect(out.switch).toMatchObject({ source_digest: 'sha256:d2', previous_digest: 'sha256:d1', started: '1' });
  expect(out.finalize.current_digest).toBe('sha256:d2');
  expect(readdirSync(join(home, 'c')).sort()).toEqual(['web', 'web-gantry-prev']);
  expect(container('web')).toMatchObject({ id: NEW_ID, running: 'true', policy: 'unless-stopped', config: 'new' });
  expect(container('web-gantry-prev')).toMatchObject({ id: '1'.repeat(64), running: 'false', policy: 'no' });
  expect(state('prev.restart')).toBe('unless-stopped\n');
  expect(state('parked')).toBe(`${'1'.repeat(64)}\n`);
  expect(state('record')).toMatch(new RegExp(`^recorded_at=.*\ncontainer=${'1'.repeat(64)}\nimage=sha256:img1\ndigest=sha256:d1\nrestart=unless-stopped\n$`));
  expect(state('history')).toMatch(/^\d+ sha256:d2 sha256:img2\n$/);
  expect(calls().filter((c) => /^(rm|rename|start|stop|update|create) /.test(c)).map((c) => c.replace(/^create .*/, 'create'))).toEqual([
    'rm -f web-gantry-new', 'create',
    'stop web', 'rename web web-gantry-old', 'rename web-gantry-new web', 'start web',
    'stop web-gantry-old', 'rename web-gantry-prev web-gantry-drop', 'rename web-gantry-old web-gantry-prev', 'update --restart=no web-gantry-prev', 'rm -f web-gantry-drop',
  ]);
});

test('status reads the live container, the kept version and the recorded images in a few docker commands', async () => {
  mkdirSync(join(home, '.gantry/services/web'), { recursive: true });
  const [gone, here] = [`sha256:${'a'.repeat(64)}`, `sha256:${'b'.repeat(64)}`];
  writeFileSync(join(home, 'images'), `${here}\n`);
  writeFileSync(join(home, '.gantry/services/web/history'), `1 sha256:d0 ${gone}\n2 sha256:d1 ${here}\n`);
  const r = await run(statusStep('web', 3));
  expect(existsSync(join(home, 'unknown')) ? readFileSync(join(home, 'unknown'), 'utf8') : '').toBe('');
  expect(r).toMatchObject({ live_digest: 'sha256:d1', live_state: 'running', kept: 'sha256:d0 2026-01-01T00:00:00Z rev0' });
  expect(r.recorded).toMatch(/^sha256:d1 /);
  expect(r.docker).toBeLessThanOrEqual(4);
});
