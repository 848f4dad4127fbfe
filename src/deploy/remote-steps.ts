/**
 * The shell scripts gantry runs on a host, rendered from plain data (pure: no I/O).
 *
 * Every script is fed to `bash -s` on stdin, never in argv. Secrets (registry password, env file)
 * follow the script on the same stdin as base64 lines: the script's first statement reads them,
 * then closes stdin. bash reads a script from a pipe byte by byte, so it never swallows them.
 *
 * State on the host lives in ~/.gantry: services/<name>/{lock/,switch,prev.restart,record,history},
 * tmp/ (scratch dirs removed by the step that made them, and swept by the next run) and audit.log.
 * Containers: <name> runs; <name>-gantry-new is staged; <name>-gantry-old is the one replaced
 * while the new one proves healthy; <name>-gantry-prev is the previous version, stopped, kept for
 * rollback; <name>-gantry-drop is transient.
 */
import { shq, oneLine } from '../shell-quote';

export interface RemoteStep {
  /** The phase, for messages: "preflight", "lock", "pull"... */
  readonly name: string;
  readonly script: string;
  /** Base64 lines read by the script; never logged. */
  readonly secretInput: string;
}

/** Exit codes the scripts use, so callers can tell conditions apart. */
export const STEP_EXIT = {
  dockerMissing: 20,
  dockerNotOnPath: 21,
  dockerDenied: 22,
  dockerDown: 23,
  toolMissing: 24,
  stateDir: 25,
  lockHeld: 75,
  lockLost: 76,
  registryLogin: 31,
  pull: 32,
  create: 40,
  nothingToSwitch: 41,
  stop: 42,
  rename: 43,
  start: 44,
  unhealthy: 50,
} as const;

export interface LockOwner {
  /** Random per run and host: who may refresh and release the lock. */
  readonly token: string;
  /** Who deploys (CI job or user). */
  readonly by: string;
  /** The machine gantry runs on, and its process: to recognise a dead run of our own. */
  readonly runner: string;
  readonly pid: number;
}

export interface CreateOptions {
  readonly ref: string;
  readonly digest: string;
  readonly ports: readonly string[];
  readonly env: ReadonlyArray<readonly [string, string]>;
  readonly volumes: readonly string[];
  readonly network: string;
  readonly restart: string;
  readonly deployedAt: string;
  readonly deployedBy: string;
  /** Proxy mode: the container joins the gantry network under this alias, which the proxy's route dials. */
  readonly alias?: string;
  /** Salted hash of the settings (see unchangedStep), kept as a label to recognise an unchanged host. */
  readonly configHash?: string;
}

export interface HealthOptions {
  readonly cmd: string;
  readonly url: string;
  readonly timeoutSeconds: number;
  /** Which container: the one under the name (default), the staged new one, or the previous version. */
  readonly target?: 'name' | 'new' | 'prev';
  /** Proxy mode: an HTTP path probed on the container's own address on the gantry network. */
  readonly probe?: { readonly port: number; readonly path: string };
}

/** The docker network of proxy mode: the proxy and the application containers, no published ports but the proxy's. */
export const PROXY_NETWORK = 'gantry';

export interface FinalizeOptions {
  /** Repository whose images are pruned beyond keepImages; empty skips pruning. */
  readonly repository: string;
  readonly keepImages: number;
  readonly audit: AuditEntry;
}

export interface AuditEntry {
  readonly action: 'deploy' | 'rollback';
  readonly by: string;
  readonly from: string;
  readonly to: string;
}

/** Lines a step printed as key=value on stdout; repeated keys (log=) are kept in order. */
export interface StepOutput {
  readonly values: Readonly<Record<string, string>>;
  readonly all: ReadonlyArray<readonly [string, string]>;
}

export function parseStepOutput(stdout: string): StepOutput {
  const values: Record<string, string> = {};
  const all: Array<[string, string]> = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^([a-z_]+)=(.*)$/.exec(line);
    if (!m) continue;
    values[m[1]] = m[2];
    all.push([m[1], m[2]]);
  }
  return { values, all };
}

export function listValues(out: StepOutput, key: string): string[] {
  return out.all.filter(([k]) => k === key).map(([, v]) => v);
}

/** Names of the containers and files gantry uses for one service. */
export function serviceNames(name: string) {
  return { name, new: `${name}-gantry-new`, old: `${name}-gantry-old`, prev: `${name}-gantry-prev`, drop: `${name}-gantry-drop` };
}

function base64Line(value: string): string {
  return `${Buffer.from(value, 'utf8').toString('base64')}\n`;
}

// Shared functions. `busy` marks the step as running inside the lock (a lock whose holder still has
// a step running is never broken); `undo_switch` puts back what ran before an unfinished switch.
const LIB = String.raw`
fail() { local code=$1; shift; printf 'error=%s\n' "$*"; exit "$code"; }
exists() { docker container inspect "$1" >/dev/null 2>&1; }
novalue() { case $1 in '<no value>') printf '' ;; *) printf '%s' "$1" ;; esac; }
# errline FILE: the daemon's own error if there is one, else the last non-empty line.
errline() {
  local l
  l=$(grep -m 1 '^Error response from daemon' "$1" 2>/dev/null)
  [ -n "$l" ] || l=$(grep -v -e '^[[:space:]]*$' -e '^WARNING' "$1" 2>/dev/null | tail -n 1)
  printf '%s' "$l" | cut -c1-400
}
T=$(mktemp -d "$G/tmp/$NAME.step.XXXXXX") || fail 25 "cannot create a scratch directory in $G/tmp"
BUSY=
trap 'rm -rf "$T"; if [ -n "$BUSY" ]; then rm -f "$L/step"; fi' EXIT
busy() { if [ -d "$L" ]; then echo $$ >"$L/step"; BUSY=1; fi; }
policy_of() {
  docker inspect -f '{{.HostConfig.RestartPolicy.Name}}{{if gt .HostConfig.RestartPolicy.MaximumRetryCount 0}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}{{end}}' "$1" 2>/dev/null
}
digest_of() {
  local d img
  d=$(novalue "$(docker inspect -f '{{index .Config.Labels "dev.gantry.image-digest"}}' "$1" 2>/dev/null)")
  if [ -z "$d" ]; then
    img=$(docker inspect -f '{{.Image}}' "$1" 2>/dev/null)
    d=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' "$img" 2>/dev/null | head -n 1)
    d=\${d#*@}
    [ -n "$d" ] || d=$img
  fi
  printf '%s' "$d"
}
# to_prev CONTAINER: keep it as the previous version: stopped, restart=no, its policy remembered.
to_prev() {
  local c=$1 p
  p=$(policy_of "$c"); [ -n "$p" ] || p=no
  docker stop "$c" >/dev/null 2>&1
  if exists "$PREV"; then docker rename "$PREV" "$DROP" >/dev/null 2>&1; fi
  docker rename "$c" "$PREV" >/dev/null || return 1
  docker update --restart=no "$PREV" >/dev/null 2>&1
  printf '%s\n' "$p" >"$S/prev.restart"
  if exists "$DROP"; then docker rm -f "$DROP" >/dev/null 2>&1; fi
  return 0
}
# from_prev TARGET: the previous version takes the name TARGET, with its restart policy back.
from_prev() {
  local p
  p=$(cat "$S/prev.restart" 2>/dev/null); [ -n "$p" ] || p=unless-stopped
  docker rename "$PREV" "$1" >/dev/null || return 1
  docker update --restart="$p" "$1" >/dev/null 2>&1
  return 0
}
alias_of() { novalue "$(docker inspect -f '{{index .Config.Labels "dev.gantry.alias"}}' "$1" 2>/dev/null)"; }
# addr_of CONTAINER: its address on the proxy network (empty when it is not on it or not running).
addr_of() { novalue "$(docker inspect -f '{{with index .NetworkSettings.Networks "gantry"}}{{.IPAddress}}{{end}}' "$1" 2>/dev/null)"; }
switch_field() { sed -n "s/^$1=//p" "$S/switch" 2>/dev/null | tail -n 1; }
# Undo an unfinished switch (failed health, or a run killed halfway): what ran before runs again.
undo_switch() {
  [ -f "$S/switch" ] || return 0
  local kind swapped
  kind=$(switch_field source); swapped=$(switch_field swapped)
  if [ "$swapped" = 1 ] && exists "$NAME"; then
    if [ "$kind" = prev ]; then
      to_prev "$NAME" || fail 43 "cannot move $NAME back to $PREV"
    else
      docker rm -f "$NAME" >/dev/null 2>&1 || fail 43 "cannot remove the new $NAME"
    fi
    echo "undone=removed the switched-in container"
  fi
  if exists "$OLD"; then
    if exists "$NAME"; then fail 43 "both $NAME and $OLD exist; resolve by hand"; fi
    docker rename "$OLD" "$NAME" >/dev/null || fail 43 "cannot rename $OLD back to $NAME"
    echo "undone=renamed $OLD back to $NAME"
  fi
  if exists "$NAME" && [ "$(docker inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null)" != true ]; then
    docker start "$NAME" >/dev/null 2>"$T/start" || fail 44 "the restored $NAME did not start: $(errline "$T/start")"
    echo "undone=started $NAME"
  fi
  if exists "$NEW"; then docker rm -f "$NEW" >/dev/null 2>&1; fi
  rm -f "$S/switch"
  if exists "$NAME"; then echo "restored=$(digest_of "$NAME")"; else echo "restored=none"; fi
}
audit() { # ACTION RESULT FROM TO
  printf '%s service=%s action=%s result=%s from=%s to=%s by=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$NAME" "$1" "$2" "\${3:--}" "\${4:--}" "$BY" >>"$G/audit.log"
}
`.replace(/\\\$/g, '$');

function render(name: string, service: string, body: string, opts: { secrets?: number; by?: string } = {}): string {
  const n = serviceNames(service);
  const reads = Array.from({ length: opts.secrets ?? 0 }, (_, i) => `IFS= read -r SECRET${i} || SECRET${i}=`).join('\n');
  return [
    `# gantry step: ${name}`,
    'gantry_step() {',
    reads,
    'exec </dev/null',
    'set -u',
    'export LC_ALL=C',
    // A dropped connection must not stop a step halfway: it runs to its end (and its cleanup).
    "trap '' HUP PIPE",
    'umask 077',
    'G="$HOME/.gantry"',
    `NAME=${shq(n.name)} NEW=${shq(n.new)} OLD=${shq(n.old)} PREV=${shq(n.prev)} DROP=${shq(n.drop)}`,
    `BY=${shq(oneLine(opts.by ?? ''))}`,
    'S="$G/services/$NAME"',
    'L="$S/lock"',
    'mkdir -p "$S" "$G/tmp" 2>/dev/null || { printf \'error=cannot create %s (home not writable?)\\n\' "$S"; exit 25; }',
    LIB.trim(),
    // Bodies are String.raw templates: a shell expansion is written \${...} there.
    body.trim().replace(/\\\$\{/g, '${'),
    '}',
    'gantry_step; exit $?',
    '',
  ].filter((l) => l !== '').join('\n') + '\n';
}

export function step(name: string, service: string, body: string, opts: { secrets?: string[]; by?: string } = {}): RemoteStep {
  const secrets = opts.secrets ?? [];
  return {
    name,
    script: render(name, service, body, { secrets: secrets.length, by: opts.by }),
    secretInput: secrets.map(base64Line).join(''),
  };
}

/** Docker works for this user, the tools the steps need exist, the state directory is writable. */
export function preflightStep(service: string, needsHttpClient: boolean): RemoteStep {
  return step('preflight', service, String.raw`
if ! command -v docker >/dev/null 2>&1; then
  for d in /usr/bin/docker /usr/local/bin/docker /snap/bin/docker /opt/docker/bin/docker; do
    if [ -x "$d" ]; then fail 21 "docker is installed at $d but is not on the PATH of non-interactive SSH sessions of $(id -un) (PATH=$PATH)"; fi
  done
  fail 20 "docker is not installed (no docker on PATH=$PATH for $(id -un))"
fi
if ! v=$(docker version --format '{{.Server.Version}}' 2>"$T/err"); then
  e=$(errline "$T/err")
  case $e in
    *"permission denied"*) fail 22 "user $(id -un) may not use docker: permission denied on the docker socket \${DOCKER_HOST:-unix:///var/run/docker.sock} (add $(id -un) to the docker group)" ;;
    *) fail 23 "docker does not answer for $(id -un): $e" ;;
  esac
fi
for t in base64 mktemp stat sed tac awk; do
  command -v "$t" >/dev/null 2>&1 || fail 24 "$t is missing on this host"
done
if [ ${needsHttpClient ? 1 : 0} = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
  fail 24 "health_url needs curl or wget on the host; neither is installed"
fi
echo "docker_version=$v"
echo "user=$(id -un)"
`);
}

/**
 * One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of
 * its holder still runs and either its heartbeat is older than staleSeconds, or its token is
 * breakToken (a run of our own that is known dead). Exit 75 with holder_* lines when held.
 */
export function lockStep(service: string, owner: LockOwner, staleSeconds: number, breakToken = ''): RemoteStep {
  return step('lock', service, String.raw`
TOKEN=${shq(owner.token)} RUNNER=${shq(oneLine(owner.runner))} OWNER_PID=${owner.pid} STALE=${Math.floor(staleSeconds)} BREAK=${shq(breakToken)}
if command -v flock >/dev/null 2>&1; then exec 9>"$S/lock.guard"; flock -w 20 9 || true; fi
take() {
  mkdir "$L" 2>/dev/null || return 1
  printf 'token=%s\nby=%s\nrunner=%s\npid=%s\nsince=%s\n' "$TOKEN" "$BY" "$RUNNER" "$OWNER_PID" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$L/owner"
  echo acquired=1
}
take && exit 0
field() { sed -n "s/^$1=//p" "$L/owner" 2>/dev/null | head -n 1; }
if [ -f "$L/owner" ]; then hb=$(stat -c %Y "$L/owner"); else hb=$(stat -c %Y "$L" 2>/dev/null || date +%s); fi
age=$(( $(date +%s) - hb ))
busy_pid=$(cat "$L/step" 2>/dev/null)
held_busy=0
if [ -n "$busy_pid" ] && kill -0 "$busy_pid" 2>/dev/null; then held_busy=1; fi
for f in token by runner pid since; do printf 'holder_%s=%s\n' "$f" "$(field "$f")"; done
echo "holder_age=$age"
echo "holder_busy=$held_busy"
why=
if [ "$held_busy" = 0 ]; then
  if [ "$age" -gt "$STALE" ]; then why="its heartbeat is $age s old"; fi
  if [ -n "$BREAK" ] && [ "$(field token)" = "$BREAK" ]; then why="its run ended without releasing it"; fi
fi
if [ -n "$why" ]; then
  gone="$S/lock.broken.$$"
  if mv "$L" "$gone" 2>/dev/null; then rm -rf "$gone"; echo "broke=$why"; fi
  take && exit 0
fi
exit 75
`, { by: owner.by });
}

/** Refreshes the lock's heartbeat; exit 76 when the lock is no longer ours. */
export function heartbeatStep(service: string, token: string): RemoteStep {
  return step('heartbeat', service, String.raw`
if [ "$(sed -n 's/^token=//p' "$L/owner" 2>/dev/null | head -n 1)" = ${shq(token)} ]; then touch "$L/owner"; echo ok=1; exit 0; fi
fail 76 "the lock on $NAME is no longer held by this run"
`);
}

export function releaseStep(service: string, token: string): RemoteStep {
  return step('unlock', service, String.raw`
if [ "$(sed -n 's/^token=//p' "$L/owner" 2>/dev/null | head -n 1)" = ${shq(token)} ]; then
  gone="$S/lock.released.$$"; mv "$L" "$gone" && rm -rf "$gone"; echo released=1
else
  echo released=0
fi
`);
}

/**
 * Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
 * unfinished, removes staged and transient containers and every scratch dir (which may hold a
 * registry login or an env file) left by a killed step.
 */
export function convergeStep(service: string, by: string): RemoteStep {
  return step('converge', service, String.raw`
busy
for d in "$G/tmp/$NAME".*; do
  [ -e "$d" ] || continue
  [ "$d" = "$T" ] && continue
  rm -rf "$d" && echo "fixed=removed the scratch directory $(basename "$d") of an interrupted run"
done
if [ -f "$S/switch" ]; then
  echo "fixed=an earlier run stopped while switching containers: putting back what ran before it"
  undo_switch
  audit converge restored "" "$(if exists "$NAME"; then digest_of "$NAME"; fi)"
fi
if exists "$NEW"; then docker rm -f "$NEW" >/dev/null 2>&1 && echo "fixed=removed the staged container $NEW of an interrupted run"; fi
if exists "$DROP"; then
  if exists "$PREV"; then docker rm -f "$DROP" >/dev/null 2>&1; else docker rename "$DROP" "$PREV" >/dev/null 2>&1; fi
  echo "fixed=tidied $DROP left by an interrupted run"
fi
if exists "$OLD" && ! exists "$NAME"; then
  docker rename "$OLD" "$NAME" >/dev/null && docker start "$NAME" >/dev/null 2>&1
  echo "fixed=restored $NAME from $OLD left by an interrupted run"
fi
if exists "$NAME"; then
  echo "current_digest=$(digest_of "$NAME")"; echo "current_running=$(docker inspect -f '{{.State.Running}}' "$NAME")"
  echo "current_alias=$(alias_of "$NAME")"
fi
if exists "$PREV"; then echo "previous_digest=$(digest_of "$PREV")"; echo "previous_alias=$(alias_of "$PREV")"; fi
`, { by });
}

/** Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls. */
export function pullStep(service: string, ref: string, repository: string,
  registry?: { server: string; username: string; password: string }, alsoImages: readonly string[] = []): RemoteStep {
  const login = registry ? String.raw`
export DOCKER_CONFIG="$T/docker-config"
mkdir -p "$DOCKER_CONFIG"
if ! printf '%s' "$SECRET0" | base64 -d | docker login --username ${shq(registry.username)} --password-stdin ${registry.server === 'docker.io' ? '' : shq(registry.server)} >"$T/login" 2>&1; then
  fail 31 "registry login to ${oneLine(registry.server)} as ${oneLine(registry.username)} failed: $(errline "$T/login")"
fi
SECRET0=
` : '';
  return step('pull', service, String.raw`
busy
${login}
REF=${shq(ref)} REPO=${shq(repository)}
if ! docker pull -q "$REF" >"$T/pull" 2>&1; then
  fail 32 "docker pull $REF failed: $(errline "$T/pull")"
fi
digest=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' "$REF" | awk -v r="$REPO@" 'index($0, r) == 1 { print substr($0, length(r) + 1); exit }')
echo "digest=$digest"
echo "image_id=$(docker image inspect -f '{{.Id}}' "$REF")"
echo "revision=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REF" 2>/dev/null)")"
for img in ${alsoImages.map(shq).join(' ')}; do
  docker image inspect "$img" >/dev/null 2>&1 && continue
  docker pull -q "$img" >"$T/pull" 2>&1 || fail 32 "docker pull $img failed: $(errline "$T/pull")"
  echo "also_pulled=$img"
done
hc=$(docker image inspect -f '{{if .Config.Healthcheck}}{{join .Config.Healthcheck.Test " "}}{{end}}' "$REF" 2>/dev/null)
case $hc in ''|NONE*) echo image_healthcheck=0 ;; *) echo image_healthcheck=1 ;; esac
`, { secrets: registry ? [registry.password] : [] });
}

/** The docker create flags for a container spec (labels and env file added by the step). */
export function createFlags(o: CreateOptions): string[] {
  const flags: string[] = ['--restart', o.restart];
  if (o.alias) flags.push('--network', PROXY_NETWORK, '--network-alias', o.alias);
  else if (o.network) flags.push('--network', o.network);
  for (const p of o.ports) flags.push('--publish', p);
  for (const v of o.volumes) flags.push('--volume', v);
  return flags;
}

/** Stages the new container as <name>-gantry-new; env reaches it only through a 0600 file removed at once. */
export function createStep(service: string, o: CreateOptions): RemoteStep {
  const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
  const labels: Array<[string, string]> = [
    ['dev.gantry.service', service],
    ['dev.gantry.image', o.ref],
    ['dev.gantry.image-digest', o.digest],
    ['dev.gantry.deployed-at', o.deployedAt],
    ['dev.gantry.deployed-by', oneLine(o.deployedBy)],
    ...(o.alias ? [['dev.gantry.alias', o.alias] as [string, string]] : []),
    ...(o.configHash ? [['dev.gantry.config', o.configHash] as [string, string]] : []),
  ];
  return step('create', service, String.raw`
busy
REF=${shq(o.ref)}
docker rm -f "$NEW" >/dev/null 2>&1
${o.alias ? String.raw`if ! docker network inspect ${PROXY_NETWORK} >/dev/null 2>&1; then
  docker network create ${PROXY_NETWORK} >/dev/null 2>"$T/net" || docker network inspect ${PROXY_NETWORK} >/dev/null 2>&1 || fail 40 "cannot create the docker network ${PROXY_NETWORK}: $(errline "$T/net")"
fi` : ''}
rev=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REF" 2>/dev/null)")
extra=()
if [ -n "$rev" ]; then extra+=(--label "dev.gantry.revision=$rev" --label "org.opencontainers.image.revision=$rev"); fi
if [ -n "$SECRET0" ]; then
  printf '%s' "$SECRET0" | base64 -d >"$T/env" || fail 40 "cannot write the env file"
  SECRET0=
  extra+=(--env-file "$T/env")
fi
if ! docker create --name "$NEW" ${createFlags(o).map(shq).join(' ')} \
  ${labels.map(([k, v]) => `--label ${shq(`${k}=${v}`)}`).join(' ')} "\${extra[@]}" "$REF" >"$T/create" 2>&1; then
  rm -f "$T/env"
  fail 40 "docker create failed: $(errline "$T/create")"
fi
rm -f "$T/env"
echo "created=$(docker inspect -f '{{.Id}}' "$NEW")"
echo "revision=$rev"
`, { secrets: [envText] });
}

/**
 * Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
 * source 'new' switches to the staged container, 'prev' to the previous version (rollback).
 * Every move is written to services/<name>/switch first, so undo_switch can put things back.
 */
export function switchStep(service: string, source: 'new' | 'prev'): RemoteStep {
  return step('switch', service, String.raw`
busy
SRC=${source === 'new' ? '"$NEW"' : '"$PREV"'}
exists "$SRC" || fail 41 ${source === 'new' ? '"the staged container $NEW is gone"' : '"nothing to roll back to: no previous version ($PREV) is kept on this host"'}
echo "source_digest=$(digest_of "$SRC")"
printf 'source=%s\nstarted_at=%s\n' ${source} "$(date +%s)" >"$S/switch"
if exists "$NAME"; then
  echo "previous_digest=$(digest_of "$NAME")"
  printf 'recorded_at=%s\ncontainer=%s\nimage=%s\ndigest=%s\nrestart=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(docker inspect -f '{{.Id}}' "$NAME")" "$(docker inspect -f '{{.Image}}' "$NAME")" "$(digest_of "$NAME")" "$(policy_of "$NAME")" >"$S/record"
  docker stop "$NAME" >/dev/null 2>"$T/stop" || fail 42 "cannot stop $NAME: $(errline "$T/stop")"
  docker rename "$NAME" "$OLD" >/dev/null 2>"$T/rename" || fail 43 "cannot rename $NAME: $(errline "$T/rename")"
  echo "had_current=1" >>"$S/switch"
else
  echo "previous_digest="
fi
echo "swapped=1" >>"$S/switch"
${source === 'new' ? 'docker rename "$NEW" "$NAME" >/dev/null 2>"$T/rename"' : 'from_prev "$NAME" 2>"$T/rename"'} || fail 43 "cannot rename $SRC to $NAME: $(errline "$T/rename")"
docker start "$NAME" >/dev/null 2>"$T/start" || fail 44 "the new container did not start: $(errline "$T/start")"
echo started=1
`);
}

/**
 * Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
 * healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
 * running for 5 s counts. Fails fast when the container exits; prints its last log lines on failure.
 */
export function healthStep(service: string, h: HealthOptions): RemoteStep {
  const settle = Math.min(5, h.timeoutSeconds);
  const target = h.target === 'new' ? '"$NEW"' : h.target === 'prev' ? '"$PREV"' : '"$NAME"';
  return step('health', service, String.raw`
busy
CMD=${shq(h.cmd)} URL=${shq(h.url)} TIMEOUT=${Math.floor(h.timeoutSeconds)} C=${target}
PROBE_PORT=${h.probe ? h.probe.port : 0} PROBE_PATH=${shq(h.probe?.path ?? '')}
start=$(date +%s)
deadline=$(( start + TIMEOUT ))
rc0=$(docker inspect -f '{{.RestartCount}}' "$C" 2>/dev/null || echo 0)
reason="no check has passed yet"
checks=
while :; do
  now=$(date +%s)
  per=$(( deadline - now )); [ "$per" -gt 10 ] && per=10; [ "$per" -lt 1 ] && per=1
  TO=; command -v timeout >/dev/null 2>&1 && TO="timeout -k 2 $per"
  if ! st=$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$C" 2>&1); then
    reason="the container $C is gone"; break
  fi
  set -- $st
  status=$1 code=$2 rc=$3 hs=$4
  if [ "$rc" != "$rc0" ] || [ "$status" = exited ] || [ "$status" = dead ]; then
    reason="the container stopped (status $status, exit code $code, restarted $(( rc - rc0 )) times)"; break
  fi
  ok=0
  if [ "$status" != running ]; then
    reason="the container is $status"
  else
    ok=1; checks=running
    if [ "$hs" != none ]; then
      checks="$checks, image HEALTHCHECK"
      if [ "$hs" != healthy ]; then ok=0; reason="the image's HEALTHCHECK reports $hs"; fi
    fi
    GANTRY_CONTAINER_ADDR=$(addr_of "$C"); export GANTRY_CONTAINER_ADDR
    if [ "$ok" = 1 ] && [ "$PROBE_PORT" != 0 ] && [ -n "$PROBE_PATH" ]; then
      checks="$checks, health_path"
      if [ -z "$GANTRY_CONTAINER_ADDR" ]; then
        ok=0; reason="the container has no address on the gantry network yet"
      else
        purl="http://$GANTRY_CONTAINER_ADDR:$PROBE_PORT$PROBE_PATH"
        if command -v curl >/dev/null 2>&1; then
          curl -fsS -o /dev/null --max-time "$per" "$purl" >"$T/check" 2>&1 || { ok=0; reason="health_path $PROBE_PATH on $GANTRY_CONTAINER_ADDR:$PROBE_PORT: $(tail -n 1 "$T/check" | cut -c1-200)"; }
        else
          wget -q -O /dev/null -T "$per" "$purl" >"$T/check" 2>&1 || { ok=0; reason="health_path $PROBE_PATH on $GANTRY_CONTAINER_ADDR:$PROBE_PORT: wget failed $(tail -n 1 "$T/check" | cut -c1-200)"; }
        fi
      fi
    fi
    if [ "$ok" = 1 ] && [ -n "$CMD" ]; then
      checks="$checks, health_cmd"
      if ! printf '%s\n' "$CMD" | $TO bash -s >"$T/check" 2>&1; then
        ok=0; reason="health_cmd failed: $(grep -v '^\s*$' "$T/check" | tail -n 1 | cut -c1-200)"
      fi
    fi
    if [ "$ok" = 1 ] && [ -n "$URL" ]; then
      checks="$checks, health_url"
      if command -v curl >/dev/null 2>&1; then
        curl -fsS -o /dev/null --max-time "$per" "$URL" >"$T/check" 2>&1 || { ok=0; reason="health_url $URL: $(tail -n 1 "$T/check" | cut -c1-200)"; }
      else
        wget -q -O /dev/null -T "$per" "$URL" >"$T/check" 2>&1 || { ok=0; reason="health_url $URL: wget failed $(tail -n 1 "$T/check" | cut -c1-200)"; }
      fi
    fi
    if [ "$ok" = 1 ] && [ "$hs" = none ] && [ -z "$CMD" ] && [ -z "$URL" ] && [ -z "$PROBE_PATH" ] && [ $(( $(date +%s) - start )) -lt ${settle} ]; then
      ok=0; reason="no health check is configured and the container has run for less than ${settle} s"
      checks="running for ${settle} s (no health check configured)"
    fi
  fi
  if [ "$ok" = 1 ]; then echo "checks=$checks"; echo healthy=1; exit 0; fi
  [ "$(date +%s)" -ge "$deadline" ] && { reason="$reason (health_timeout $TIMEOUT s)"; break; }
  sleep 1
done
echo "checks=$checks"
docker logs --tail 20 "$C" 2>&1 | cut -c1-300 | sed 's/^/log=/'
fail 50 "not healthy: $reason"
`);
}

/** The new container is healthy: keep what ran before as the previous version, record, prune, audit. */
export function finalizeStep(service: string, o: FinalizeOptions): RemoteStep {
  return step('finalize', service, String.raw`
busy
REPO=${shq(o.repository)} KEEP=${Math.max(1, Math.floor(o.keepImages))}
if exists "$OLD"; then
  # The same image again (a rerun): keep the older previous version for rollback.
  if exists "$PREV" && [ "$(digest_of "$OLD")" = "$(digest_of "$NAME")" ]; then
    docker rm -f "$OLD" >/dev/null 2>&1 || fail 43 "cannot remove $OLD"
  else
    to_prev "$OLD" || fail 43 "cannot keep $OLD as $PREV"
  fi
fi
rm -f "$S/switch"
cur_id=$(docker inspect -f '{{.Image}}' "$NAME")
cur_digest=$(digest_of "$NAME")
printf '%s %s %s\n' "$(date +%s)" "$cur_digest" "$cur_id" >>"$S/history"
if [ -n "$REPO" ]; then
  keep=" $(docker inspect -f '{{.Image}}' "$NAME" "$PREV" 2>/dev/null | tr '\n' ' ') $(tac "$S/history" | awk '!seen[$3]++ { print $3 }' | head -n "$KEEP" | tr '\n' ' ') "
  docker image ls --no-trunc --digests --format '{{.Repository}} {{.ID}}' | awk -v r="$REPO" '$1 == r { print $2 }' | sort -u |
    while read -r id; do
      case $keep in *" $id "*) continue ;; esac
      if docker image rm "$id" >/dev/null 2>&1; then echo "pruned=$id"; fi
    done
fi
audit ${o.audit.action} ok ${shq(o.audit.from)} ${shq(o.audit.to)}
echo "current_digest=$cur_digest"
`, { by: o.audit.by });
}

/** The new container failed: put back what ran before (the caller health-gates it again). */
export function restoreStep(service: string, audit: AuditEntry): RemoteStep {
  return step('restore', service, String.raw`
busy
undo_switch
audit ${audit.action} rolled-back ${shq(audit.from)} ${shq(audit.to)}
`, { by: audit.by });
}

/** Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy). */
export function retireStep(service: string, audit: AuditEntry): RemoteStep {
  return step('retire', service, String.raw`
busy
if exists "$NAME"; then to_prev "$NAME" || fail 43 "cannot stop $NAME"; fi
audit ${audit.action} retired ${shq(audit.from)} ${shq(audit.to)}
echo retired=1
`, { by: audit.by });
}
