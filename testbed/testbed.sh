#!/usr/bin/env bash
# gantry test bed: real engines, a real registry and real SSH hosts on one Debian machine (root).
#
#   testbed/testbed.sh up [N]             install (testbed/install.sh) and start everything; idempotent.
#                                         N (or GANTRY_TESTBED_HOST_COUNT) hosts, 3 to 99: h4..hN are
#                                         fleet hosts (below); without N, as many as the bed has (3 at first)
#   testbed/testbed.sh down [--purge]     stop everything the bed started; --purge also deletes its data
#   testbed/testbed.sh env                print `export` lines: eval "$(testbed/testbed.sh env)"
#   testbed/testbed.sh status             one line per part; exit 1 unless everything is up
#   testbed/testbed.sh stop-host hN       stop host hN's sshd (listener and live sessions): unreachable;
#                                         it stays stopped, even across `up`, until start-host or down
#   testbed/testbed.sh start-host hN      start it again
#   testbed/testbed.sh restart-engine hN  host hN's reboot as its containers see it: its engine stops
#                                         (stopping every container) and starts again; restart
#                                         policies bring containers back, as after a reboot
#   testbed/testbed.sh swarm              join h1 h2 h3 into one swarm (manager h1, workers h2 h3); idempotent,
#                                         bounded; plain containers keep working on the nodes
#   testbed/testbed.sh engines N          hosts h1..hN have an engine: starts one for each fleet host
#                                         h4..hN that has none, stops those of fleet hosts above N
#                                         (`engines 3`: none left); idempotent, bounded; needs `up N`
#                                         first. Kept across `up`, stopped by `down`
#   testbed/testbed.sh load-images DOCKER_HOST [IMAGE...]
#                                         load the local base images (debian:bookworm-slim, golang:X)
#                                         into another engine, e.g. a fresh dockerd with an empty root
#
# What `up` gives you:
#   - main engine: dockerd on unix:///run/gantry-testbed/docker.sock (own data root, own containerd,
#     no bridge, no iptables), holding debian:bookworm-slim and golang:1.19/1.22/1.24 built locally
#     (debootstrap + Debian's Go trees; nothing is pulled).
#   - bridge gantry0 10.231.0.1/24; registry (distribution 2.8, htpasswd, plain HTTP, delete
#     enabled) on 10.231.0.1:5000, user gantry, password in $STATE/registry/password.
#   - hosts h1 h2 h3 = netns gantry-hN at 10.231.0.11/.12/.13, each with its own dockerd
#     (unix:///run/gantry-testbed/hN/docker.sock) and its own sshd on port 22 in a private mount
#     namespace where /home/deploy and /home/nodocker are per-host directories and every `docker`
#     binary is a wrapper that appends `printf '%q ' "$@"` + newline to $STATE/hN/docker-argv.log.
#     Users: deploy (docker group) and nodocker (not), both with the key $STATE/client/id_ed25519;
#     pinned host keys in $STATE/known_hosts.
#   - fleet hosts h4..hN (only with `up N`): netns gantry-hN at 10.231.0.14-.19, then .110-.199 (h10
#     is .110), an sshd as Debian ships it and a minimal config has it (default MaxStartups
#     10:30:100, no `Subsystem sftp`), the same users, key and per-host homes, and NO engine: cheap
#     hosts for the binary target, or a bastion. `env` lists them apart (GANTRY_TESTBED_FLEET_HOSTS),
#     so tests that take GANTRY_TESTBED_HOSTS keep h1-h3. Adding them leaves h1-h3 untouched.
#   - engines on fleet hosts (only with `engines N`): hK (4 <= K <= N) gets a dockerd as h1-h3 have
#     (in its netns, unix:///run/gantry-testbed/hK/docker.sock, data root $STATE/hK/engine, no
#     bridge, no iptables) and its sshd sets DOCKER_HOST to it (the config is rewritten and sshd
#     reloaded with SIGHUP: live sessions stay). Its data root starts empty and is deleted when
#     the engine stops; no docker wrapper, no argv log. `env` names them in
#     GANTRY_TESTBED_ENGINE_HOSTS (h1..hN) and GANTRY_TESTBED_hK_DOCKER_HOST. An idle engine
#     (dockerd and its containerd) takes about 35 MB (PSS; 110 MB RSS counting the pages of the
#     binaries all engines share); `engines` prints the figure.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${GANTRY_TESTBED_DIR:-/var/lib/gantry-testbed}
RUN=/run/gantry-testbed
# Daemons are started with fd 9 closed (9>&-) so they never inherit this lock.
LOCK=/run/gantry-testbed-up.lock
LOGS=$STATE/logs
BRIDGE=gantry0
NET=10.231.0
GW=$NET.1
REGISTRY=$GW:5000
REGISTRY_USER=gantry
# Hosts h1..h3 have an engine each; h4..hN (fleet hosts) have none. N persists in $RUN/host-count.
ENGINE_HOSTS=(h1 h2 h3)
MAX_HOSTS=99
HOST_COUNT_FILE=$RUN/host-count
host_count() { # [REQUESTED]: the requested count, else the bed's, else 3
  local want=${1:-${GANTRY_TESTBED_HOST_COUNT:-}} have
  have=$(cat "$HOST_COUNT_FILE" 2>/dev/null || true)
  [[ "$have" =~ ^[0-9]+$ ]] || have=3
  if [ -z "$want" ]; then echo "$have"; return; fi
  if ! [[ "$want" =~ ^[0-9]+$ ]] || [ "$want" -lt 3 ] || [ "$want" -gt "$MAX_HOSTS" ]; then
    echo "testbed: error: host count '$want' is not a number from 3 to $MAX_HOSTS" >&2
    exit 2
  fi
  # Never fewer than the bed runs: `up 3` after `up 20` keeps h4..h20 (down stops them all).
  if [ "$want" -lt "$have" ]; then echo "$have"; else echo "$want"; fi
}
HOSTS=()
set_hosts() { local i; HOSTS=(); for ((i = 1; i <= $1; i++)); do HOSTS+=("h$i"); done; }
set_hosts "$(host_count "")"
has_engine() { case "$1" in h1 | h2 | h3) return 0 ;; *) return 1 ;; esac; }
# A fleet host given an engine by `engines N` carries the marker $RUN/hK/engine.
engine_on() { has_engine "$1" || [ -e "$RUN/$1/engine" ]; }
GO_VERSIONS=(1.19 1.22 1.24)
IMAGES=(debian:bookworm-slim golang:1.19 golang:1.22 golang:1.24)
MAIN_SOCK=$RUN/docker.sock
MAIN_EXEC=$RUN/engine-exec
MAIN_PIDFILE=$RUN/dockerd.pid
KEY=$STATE/client/id_ed25519
KNOWN_HOSTS=$STATE/known_hosts
SYS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# Every docker binary a deploy user could run (its PATH is /usr/local/bin:/usr/bin:/bin).
DOCKER_BINS=(/usr/local/bin/docker /usr/bin/docker)

say() { echo "testbed: $*" >&2; }
die() { echo "testbed: error: $*" >&2; exit 1; }

host_index() {
  local n=${1#h}
  if [[ "$1" =~ ^h[1-9][0-9]?$ ]] && [ "$n" -le "${#HOSTS[@]}" ]; then echo "$n"; else die "unknown host '$1' (h1 to h${#HOSTS[@]})"; fi
}
host_addr() { echo "$NET.1$(host_index "$1")"; }
host_ns() { echo "gantry-$1"; }
host_sock() { echo "$RUN/$1/docker.sock"; }
dcli() { env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH DOCKER_CONFIG="$STATE/client/docker-config" docker -H "$1" "${@:2}"; }

# ---------------------------------------------------------------- processes

readpid() { if [ -s "$1" ]; then tr -dc '0-9' <"$1" || true; fi; }
alive() {
  [ -n "${1:-}" ] && [ -d "/proc/$1" ] || return 1
  local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ "$st" != Z ]
}
cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }
# ourpid PIDFILE MARKER: the pid in PIDFILE if that process is alive and its command line has MARKER
ourpid() {
  local pid; pid=$(readpid "$1")
  if alive "$pid" && [[ "$(cmdline "$pid")" == *"$2"* ]]; then echo "$pid"; fi
}
stop_pid() { # PID [TIMEOUT_S]: TERM, wait, then KILL
  local pid=$1 t=${2:-30} i
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < t * 10; i++)); do alive "$pid" || return 0; sleep 0.1; done
  say "pid $pid ignored SIGTERM for ${t}s, killing"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do alive "$pid" || return 0; sleep 0.1; done
}
# Leftovers of a crashed bed: daemons whose command line names one of our paths.
sweep() { # MARKER
  local p comm
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    [ "$p" = $$ ] && continue
    comm=$(cat "/proc/$p/comm" 2>/dev/null) || continue
    case "$comm" in dockerd | containerd | containerd-shim* | docker-registry | sshd | docker-proxy | runc) ;; *) continue ;; esac
    if [[ "$(cmdline "$p")" == *"$1"* ]]; then
      say "stopping leftover $comm (pid $p) of an earlier run"
      stop_pid "$p" 10
    fi
  done
}
kill_tree() { # PID: the process and all its descendants
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$c"; done
  kill -TERM "$1" 2>/dev/null || true
}
netns_pid_ok() { [ "$(ip netns identify "$1" 2>/dev/null)" = "$2" ]; }

# ---------------------------------------------------------------- users, keys, network

ensure_users() {
  # deploy: in group docker; nodocker: not. Both need a usable password field ('*', not '!')
  # or sshd refuses them as locked. Only touch /etc/passwd when something is off.
  local u
  getent passwd deploy >/dev/null || useradd -M -d /home/deploy -s /bin/bash -U -G docker deploy
  getent passwd nodocker >/dev/null || useradd -M -d /home/nodocker -s /bin/bash -U nodocker
  for u in deploy nodocker; do
    [ "$(getent shadow "$u" | cut -d: -f2)" = '*' ] || usermod -p '*' "$u"
    [ "$(getent passwd "$u" | cut -d: -f6,7)" = "/home/$u:/bin/bash" ] || usermod -d "/home/$u" -s /bin/bash "$u"
  done
  id -nG deploy | tr ' ' '\n' | grep -qx docker || usermod -a -G docker deploy
  if id -nG nodocker | tr ' ' '\n' | grep -qx docker; then gpasswd -d nodocker docker >/dev/null; fi
  mkdir -p /home/deploy /home/nodocker /run/sshd
  chown deploy:deploy /home/deploy
  chown nodocker:nodocker /home/nodocker
}

ensure_keys() {
  mkdir -p "$STATE/client/docker-config"
  chmod 700 "$STATE/client"
  [ -s "$KEY" ] || ssh-keygen -q -t ed25519 -N '' -C gantry-testbed-client -f "$KEY"
  local h dir
  for h in "${HOSTS[@]}"; do
    dir=$STATE/$h
    mkdir -p "$dir/home/.ssh" "$dir/home-nodocker/.ssh" "$dir/bin" "$RUN/$h"
    [ -s "$dir/ssh_host_ed25519_key" ] || ssh-keygen -q -t ed25519 -N '' -C "gantry-testbed-$h" -f "$dir/ssh_host_ed25519_key"
    install -m 600 -o deploy -g deploy "$KEY.pub" "$dir/home/.ssh/authorized_keys"
    install -m 600 -o nodocker -g nodocker "$KEY.pub" "$dir/home-nodocker/.ssh/authorized_keys"
    chown deploy:deploy "$dir/home" "$dir/home/.ssh"
    chown nodocker:nodocker "$dir/home-nodocker" "$dir/home-nodocker/.ssh"
    chmod 700 "$dir/home/.ssh" "$dir/home-nodocker/.ssh"
    chmod 755 "$dir" "$dir/bin"
    touch "$dir/docker-argv.log"
    chmod 666 "$dir/docker-argv.log"
  done
  local tmp=$KNOWN_HOSTS.tmp
  : >"$tmp"
  for h in "${HOSTS[@]}"; do
    echo "$(host_addr "$h") $(cut -d' ' -f1,2 "$STATE/$h/ssh_host_ed25519_key.pub")" >>"$tmp"
  done
  chmod 644 "$tmp"
  mv "$tmp" "$KNOWN_HOSTS"
}

ensure_network() {
  ip link show "$BRIDGE" >/dev/null 2>&1 || ip link add "$BRIDGE" type bridge
  ip addr replace "$GW/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  local h ns
  for h in "${HOSTS[@]}"; do
    ns=$(host_ns "$h")
    if ! ip -n "$ns" link show lo >/dev/null 2>&1; then
      # missing, or a stale file left by a reboot (not a namespace any more)
      ip netns del "$ns" 2>/dev/null || rm -f "/var/run/netns/$ns"
      sweep "$RUN/$h/"
      ip netns add "$ns"
    fi
    if ! ip link show "gtb-$h" >/dev/null 2>&1; then
      ip -n "$ns" link del eth0 2>/dev/null || true
      ip link add "gtb-$h" type veth peer name eth0 netns "$ns"
    fi
    ip link set "gtb-$h" master "$BRIDGE" up
    ip -n "$ns" addr replace "$(host_addr "$h")/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up
  done
  # br_netfilter may be loaded and another engine may set FORWARD to DROP: let the bridge forward.
  if command -v iptables >/dev/null 2>&1; then
    iptables -C FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null ||
      iptables -I FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null || true
  fi
}

# ---------------------------------------------------------------- engines

ping_sock() { [ "$(curl -s --max-time 3 --unix-socket "$1" http://engine/_ping 2>/dev/null)" = OK ]; }

# engine_start NAME SOCK DATA_ROOT EXEC_ROOT PIDFILE [NETNS]: start unless healthy; prints nothing
engine_start() {
  local name=$1 sock=$2 data=$3 exec=$4 pidf=$5 ns=${6:-} pid
  pid=$(ourpid "$pidf" "$exec")
  if [ -n "$pid" ] && { [ -z "$ns" ] || netns_pid_ok "$pid" "$ns"; } && ping_sock "$sock"; then
    return 0
  fi
  if [ -n "$pid" ]; then
    say "engine $name (pid $pid) is not answering; restarting it"
    stop_pid "$pid" 30
  fi
  sweep "$exec"
  rm -f "$pidf"
  mkdir -p "$data" "$exec" "$LOGS"
  # BuildKit's cache is collected past 20 GB: the e2e suite's builds leave 5-10 GB a run.
  [ -s "$STATE/daemon.json" ] && [ "$(cat "$STATE/daemon.json")" != '{}' ] ||
    echo '{"builder": {"gc": {"enabled": true, "defaultKeepStorage": "20GB"}}}' >"$STATE/daemon.json"
  local pre=()
  [ -n "$ns" ] && pre=(nsenter "--net=/var/run/netns/$ns")
  say "starting engine $name on unix://$sock"
  echo "---- $(date -Is) start" >>"$LOGS/dockerd-$name.log"
  env -i PATH="$SYS_PATH" HOME=/root setsid "${pre[@]}" /usr/sbin/dockerd \
    --config-file "$STATE/daemon.json" \
    --host "unix://$sock" --data-root "$data" --exec-root "$exec" --pidfile "$pidf" \
    --group docker --bridge none --iptables=false --ip-forward=false --ip-masq=false \
    --insecure-registry "$REGISTRY" \
    >>"$LOGS/dockerd-$name.log" 2>&1 </dev/null 9>&- &
  echo $! >"$pidf.launch"
}

engine_wait() { # NAME SOCK PIDFILE
  local name=$1 sock=$2 pidf=$3 i lpid
  for ((i = 0; i < 600; i++)); do
    ping_sock "$sock" && { rm -f "$pidf.launch"; return 0; }
    lpid=$(readpid "$pidf.launch")
    if [ -n "$lpid" ] && ! alive "$lpid"; then break; fi
    sleep 0.1
  done
  tail -n 20 "$LOGS/dockerd-$name.log" >&2 || true
  die "engine $name did not come up (log: $LOGS/dockerd-$name.log)"
}

engine_id() { curl -s --max-time 5 --unix-socket "$(host_sock "$1")" http://engine/info | grep -o '"ID":"[^"]*"' | head -n 1 | cut -d'"' -f4; }
engine_hosts() { local h; for h in "${HOSTS[@]}"; do if engine_on "$h"; then echo "$h"; fi; done; }

host_engine_args() { echo "$1" "$(host_sock "$1")" "$STATE/$1/engine" "$RUN/$1/exec" "$RUN/$1/dockerd.pid" "$(host_ns "$1")"; }

# ---------------------------------------------------------------- registry

registry_password() { cat "$STATE/registry/password"; }

registry_prepare() {
  mkdir -p "$STATE/registry/data" "$LOGS"
  chmod 700 "$STATE/registry"
  if [ ! -s "$STATE/registry/password" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$STATE/registry/password")
  fi
  chmod 600 "$STATE/registry/password"
  if [ ! -s "$STATE/registry/htpasswd" ] ||
    ! htpasswd -vb "$STATE/registry/htpasswd" "$REGISTRY_USER" "$(registry_password)" >/dev/null 2>&1; then
    htpasswd -Bbn "$REGISTRY_USER" "$(registry_password)" | sed '/^$/d' >"$STATE/registry/htpasswd"
  fi
  [ -s "$STATE/registry/http-secret" ] ||
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$STATE/registry/http-secret")
  cat >"$STATE/registry/config.yml" <<EOF
version: 0.1
log:
  level: info
  formatter: text
storage:
  filesystem:
    rootdirectory: $STATE/registry/data
  delete:
    enabled: true
  cache:
    blobdescriptor: inmemory
http:
  addr: $REGISTRY
  secret: $(cat "$STATE/registry/http-secret")
auth:
  htpasswd:
    realm: gantry-testbed
    path: $STATE/registry/htpasswd
EOF
}

registry_code() { curl -s -o /dev/null --max-time 3 -w '%{http_code}' "$@" "http://$REGISTRY/v2/" 2>/dev/null || true; }
registry_ok() { [ "$(registry_code)" = 401 ] && [ "$(registry_code -u "$REGISTRY_USER:$(registry_password)")" = 200 ]; }

registry_start() {
  local marker="$STATE/registry/config.yml" pid
  pid=$(ourpid "$RUN/registry.pid" "$marker")
  if [ -n "$pid" ] && registry_ok; then return 0; fi
  [ -n "$pid" ] && stop_pid "$pid" 10
  sweep "$marker"
  registry_prepare
  say "starting registry on http://$REGISTRY"
  echo "---- $(date -Is) start" >>"$LOGS/registry.log"
  env -i PATH="$SYS_PATH" HOME=/root setsid /usr/bin/docker-registry serve "$marker" \
    >>"$LOGS/registry.log" 2>&1 </dev/null 9>&- &
  echo $! >"$RUN/registry.pid"
  local i
  for ((i = 0; i < 100; i++)); do
    registry_ok && return 0
    alive "$(readpid "$RUN/registry.pid")" || break
    sleep 0.1
  done
  tail -n 20 "$LOGS/registry.log" >&2 || true
  die "registry did not come up (log: $LOGS/registry.log)"
}

# ---------------------------------------------------------------- ssh hosts

bin_slug() { case "$1" in /usr/local/bin/docker) echo local ;; /usr/bin/docker) echo usr ;; *) basename "$1" ;; esac; }

sshd_prepare() { # HOST
  local h=$1 dir=$STATE/$1 b slug
  mkdir -p "$RUN/$h" "$LOGS" /run/sshd
  if ! has_engine "$h"; then
    fleet_sshd_prepare "$h"
    return
  fi
  cat >"$dir/sshd_config" <<EOF
# generated by testbed.sh for host $h
ListenAddress $(host_addr "$h")
Port 22
AddressFamily inet
HostKey $dir/ssh_host_ed25519_key
PidFile $RUN/$h/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
UsePAM no
PermitRootLogin no
AllowUsers deploy nodocker
AuthorizedKeysFile .ssh/authorized_keys
StrictModes no
SetEnv DOCKER_HOST=unix://$(host_sock "$h")
PrintMotd no
UseDNS no
LogLevel VERBOSE
MaxStartups 200:30:400
MaxSessions 100
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
X11Forwarding no
Subsystem sftp /usr/lib/openssh/sftp-server
EOF
  {
    echo "#!/bin/sh"
    echo "# runs inside netns $(host_ns "$h") and a private mount namespace, then becomes sshd"
    echo "set -e"
    echo "mount --bind $dir/home /home/deploy"
    echo "mount --bind $dir/home-nodocker /home/nodocker"
    for b in "${DOCKER_BINS[@]}"; do
      [ -x "$b" ] || continue
      slug=$(bin_slug "$b")
      touch "$RUN/$h/real-docker-$slug"
      cat >"$dir/bin/docker-wrapper-$slug" <<EOF
#!/bin/bash
# gantry test bed, host $h: log this docker invocation, then run the real $b
if [ \$# -gt 0 ]; then __argv=\$(printf '%q ' "\$@"); else __argv=; fi
printf '%s\n' "\$__argv" >>$dir/docker-argv.log 2>/dev/null || true
exec $RUN/$h/real-docker-$slug "\$@"
EOF
      chmod 755 "$dir/bin/docker-wrapper-$slug"
      echo "mount --bind $b $RUN/$h/real-docker-$slug"
      echo "mount --bind $dir/bin/docker-wrapper-$slug $b"
    done
    echo "exec /usr/sbin/sshd -D -f $dir/sshd_config -E $LOGS/sshd-$h.log"
  } >"$dir/sshd-start.sh"
}

# A fleet host: Debian's defaults where a minimal config leaves them (MaxStartups 10:30:100,
# MaxSessions 10), no Subsystem sftp, no engine and no docker wrappers; per-host homes as h1-h3.
fleet_sshd_prepare() { # HOST
  local h=$1 dir=$STATE/$1
  cat >"$dir/sshd_config" <<EOF
# generated by testbed.sh for fleet host $h (no engine; sshd defaults; no SFTP subsystem)
ListenAddress $(host_addr "$h")
Port 22
AddressFamily inet
HostKey $dir/ssh_host_ed25519_key
PidFile $RUN/$h/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
UsePAM no
PermitRootLogin no
AllowUsers deploy nodocker
AuthorizedKeysFile .ssh/authorized_keys
StrictModes no
PrintMotd no
UseDNS no
LogLevel VERBOSE
AllowTcpForwarding yes
X11Forwarding no
EOF
  if engine_on "$h"; then echo "SetEnv DOCKER_HOST=unix://$(host_sock "$h")" >>"$dir/sshd_config"; fi
  {
    echo "#!/bin/sh"
    echo "# runs inside netns $(host_ns "$h") and a private mount namespace, then becomes sshd"
    echo "set -e"
    echo "mount --bind $dir/home /home/deploy"
    echo "mount --bind $dir/home-nodocker /home/nodocker"
    echo "exec /usr/sbin/sshd -D -f $dir/sshd_config -E $LOGS/sshd-$h.log"
  } >"$dir/sshd-start.sh"
}

ssh_as() { # USER HOST CMD...
  local user=$1 h=$2; shift 2
  ssh -F /dev/null -o BatchMode=yes -o UserKnownHostsFile="$KNOWN_HOSTS" -o StrictHostKeyChecking=yes \
    -o ConnectTimeout=5 -o LogLevel=ERROR -i "$KEY" "$user@$(host_addr "$h")" "$@"
}

sshd_pid() { ourpid "$RUN/$1/sshd.pid" "$STATE/$1/sshd_config"; }

# sshd_start HOST: start the host's sshd unless running; verifies a fresh one end to end
sshd_start() {
  local h=$1 ns pid i
  ns=$(host_ns "$h")
  pid=$(sshd_pid "$h")
  if [ -n "$pid" ] && netns_pid_ok "$pid" "$ns" && ssh_as deploy "$h" true; then return 0; fi
  [ -n "$pid" ] && sshd_stop "$h"
  sweep "$STATE/$h/sshd_config"
  sshd_prepare "$h"
  say "starting sshd of $h on $(host_addr "$h"):22"
  echo "---- $(date -Is) start" >>"$LOGS/sshd-$h.log"
  env -i PATH="$SYS_PATH" HOME=/root setsid nsenter "--net=/var/run/netns/$ns" \
    unshare --mount --propagation private /bin/sh "$STATE/$h/sshd-start.sh" \
    >>"$LOGS/sshd-$h.log" 2>&1 </dev/null 9>&- &
  echo $! >"$RUN/$h/sshd.pid"
  pid=$!
  for ((i = 0; i < 100; i++)); do
    timeout 1 bash -c "</dev/tcp/$(host_addr "$h")/22" 2>/dev/null && break
    alive "$pid" || break
    sleep 0.1
  done
  alive "$pid" || { tail -n 20 "$LOGS/sshd-$h.log" >&2; die "sshd of $h did not start (log: $LOGS/sshd-$h.log)"; }
  sshd_verify "$h"
}

# End to end: pinned host key, deploy reaches THIS host's engine through the wrapper, the wrapper
# logs, nodocker is refused by the engine. The probe's own argv-log line is removed again.
sshd_verify() {
  local h=$1 log=$STATE/$1/docker-argv.log size want got out
  if ! has_engine "$h"; then
    # A fleet host: deploy logs in, lands in its own home (the bind mount of this host's folder).
    # shellcheck disable=SC2016 # expanded by the host's shell
    got=$(ssh_as deploy "$h" 'test -w ~ && echo "$SSH_CONNECTION"') || die "ssh deploy@$(host_addr "$h") failed"
    [[ "$got" == *" $(host_addr "$h") 22" ]] || die "$h: deploy's session reports '$got'"
    engine_on "$h" || return 0
    want=$(engine_id "$h")
    got=$(ssh_as deploy "$h" 'docker info --format "{{.ID}}"') || die "ssh deploy@$(host_addr "$h") docker info failed"
    if [ -z "$want" ] || [ "$got" != "$want" ]; then die "$h: deploy reached engine '$got', expected '$want'"; fi
    return 0
  fi
  size=$(stat -c %s "$log")
  want=$(engine_id "$h")
  got=$(ssh_as deploy "$h" 'docker info --format "{{.ID}}"') || die "ssh deploy@$(host_addr "$h") docker info failed"
  if [ -z "$want" ] || [ "$got" != "$want" ]; then die "$h: deploy reached engine '$got', expected '$want'"; fi
  grep -q "^info --format" <(tail -c +$((size + 1)) "$log") || die "$h: docker wrapper did not log to $log"
  truncate -s "$size" "$log"
  if out=$(ssh_as nodocker "$h" 'docker version --format "{{.Server.Version}}"' 2>&1); then
    die "$h: nodocker reached the engine: $out"
  fi
  truncate -s "$size" "$log"
  [[ "$out" == *"permission denied"* ]] || die "$h: nodocker: unexpected error: $out"
}

sshd_stop() { # HOST: the listener and every live session of that host
  local h=$1 ns p pids=()
  ns=$(host_ns "$h")
  p=$(sshd_pid "$h")
  [ -n "$p" ] && pids+=("$p")
  if [ -e "/var/run/netns/$ns" ]; then
    for p in $(ip netns pids "$ns" 2>/dev/null); do
      [ "$(cat "/proc/$p/comm" 2>/dev/null)" = sshd ] && pids+=("$p")
    done
  fi
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do stop_pid "$p" 10; done
  rm -f "$RUN/$h/sshd.pid"
}

# ---------------------------------------------------------------- images

img_slug() { echo "$1" | tr ':/' '__'; }
img_tar() { echo "$STATE/images/$(img_slug "$1").tar"; }
img_id() { dcli "$1" image inspect --format '{{.Id}}' "$2" 2>/dev/null || true; }
img_label() { dcli "$1" image inspect --format "{{index .Config.Labels \"$3\"}}" "$2" 2>/dev/null || true; }
ROOTFS_TAR=$STATE/images/bookworm-rootfs.tar

debian_mirror() {
  local m
  m=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$m" ] || m=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$m" ] || die "cannot find the Debian mirror in apt's sources"
  echo "$m"
}

# Runs in the background while engines and hosts start.
make_rootfs() {
  local dir=$STATE/images/rootfs.tmp
  rm -rf "$dir"
  mkdir -p "$dir"
  debootstrap --variant=minbase --include=ca-certificates,tzdata,git,curl bookworm "$dir" "$(debian_mirror)" \
    >"$LOGS/debootstrap.log" 2>&1 || { tail -n 20 "$LOGS/debootstrap.log" >&2; return 1; }
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/var/log/* "$dir"/tmp/*
  : >"$dir/etc/resolv.conf"
  echo localhost >"$dir/etc/hostname"
  tar -C "$dir" --numeric-owner -cf "$ROOTFS_TAR.tmp" .
  mv "$ROOTFS_TAR.tmp" "$ROOTFS_TAR"
  rm -rf "$dir"
}

images_need_rootfs() {
  [ ! -s "$ROOTFS_TAR" ] && [ ! -s "$(img_tar debian:bookworm-slim)" ] &&
    [ -z "$(img_id "unix://$MAIN_SOCK" debian:bookworm-slim 2>/dev/null)" ]
}

build_go_image() { # VERSION
  local v=$1 ctx
  ctx=$(mktemp -d)
  mkdir -p "$ctx/gopath/src" "$ctx/gopath/bin"
  chmod -R 1777 "$ctx/gopath"
  cat >"$ctx/Dockerfile" <<EOF
FROM debian:bookworm-slim
COPY go /usr/local/go
COPY gopath /go
ENV GOLANG_VERSION=$("$STATE/go/$v/bin/go" env GOVERSION | sed 's/^go//') \\
    GOPATH=/go \\
    GOTOOLCHAIN=local \\
    PATH=/usr/local/go/bin:/go/bin:$SYS_PATH
WORKDIR /go
LABEL org.gantry.testbed=1
EOF
  say "building golang:$v (base + Go tree from $STATE/go/$v)"
  tar -C "$ctx" -cf - Dockerfile gopath -C "$STATE/go" --transform "s,^${v//./\\.},go," "$v" |
    DOCKER_BUILDKIT=0 dcli "unix://$MAIN_SOCK" build -q -t "golang:$v" - >/dev/null 2>"$ctx/err" ||
    { cat "$ctx/err" >&2; rm -rf "$ctx"; die "building golang:$v failed"; }
  rm -rf "$ctx"
}

ensure_images() { # ROOTFS_JOB_PID (or empty)
  local job=${1:-} main="unix://$MAIN_SOCK" img id tar
  mkdir -p "$STATE/images"
  # 1. a persisted engine keeps its images; otherwise load what was saved before
  for img in "${IMAGES[@]}"; do
    tar=$(img_tar "$img")
    if [ -z "$(img_id "$main" "$img")" ] && [ -s "$tar" ]; then
      say "loading $img into the main engine"
      dcli "$main" load -q -i "$tar" >/dev/null
    fi
  done
  # 2. build what is still missing
  if [ -z "$(img_id "$main" debian:bookworm-slim)" ]; then
    if [ -n "$job" ]; then
      say "waiting for debootstrap (log: $LOGS/debootstrap.log)"
      wait "$job" || die "debootstrap failed (log: $LOGS/debootstrap.log)"
    fi
    [ -s "$ROOTFS_TAR" ] || { say "debootstrap bookworm (minbase + ca-certificates tzdata git curl)"; make_rootfs || die "debootstrap failed"; }
    say "importing debian:bookworm-slim"
    dcli "$main" import \
      --change "ENV PATH=$SYS_PATH" --change 'CMD ["bash"]' \
      "$ROOTFS_TAR" debian:bookworm-slim >/dev/null
    for img in "${IMAGES[@]}"; do [ "$img" = debian:bookworm-slim ] || dcli "$main" rmi -f "$img" >/dev/null 2>&1 || true; done
  fi
  local v
  for v in "${GO_VERSIONS[@]}"; do
    [ -n "$(img_id "$main" "golang:$v")" ] || build_go_image "$v"
  done
  # 3. keep a saved copy of each for load-images (fresh engines)
  for img in "${IMAGES[@]}"; do
    id=$(img_id "$main" "$img")
    tar=$(img_tar "$img")
    if [ ! -s "$tar" ] || [ "$(cat "$tar.id" 2>/dev/null)" != "$id" ]; then
      say "saving $img to $tar"
      dcli "$main" save -o "$tar.tmp" "$img"
      mv "$tar.tmp" "$tar"
      echo "$id" >"$tar.id"
    fi
  done
}

# The proxy image a user would mirror from the official one: Debian's caddy binary on the bed's
# bookworm base, with the official image's layout. Nothing is pulled; pushed to the bed's registry.
CADDY_IMAGE=$REGISTRY/mirror/caddy:2.6
ensure_caddy_image() {
  local main="unix://$MAIN_SOCK" work ctx ver
  local bin=$STATE/caddy/usr/bin/caddy
  [ -x "$bin" ] || die "$bin is missing (testbed/install.sh unpacks Debian's caddy package)"
  ver=$("$bin" version | awk '{print $1; exit}')
  if [ "$(img_label "$main" "$CADDY_IMAGE" org.gantry.caddy-version)" = "$ver" ] &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$REGISTRY_USER:$(registry_password)" \
      -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "http://$REGISTRY/v2/mirror/caddy/manifests/2.6")" = 200 ]; then
    return 0
  fi
  say "building $CADDY_IMAGE from Debian's caddy $ver"
  work=$(mktemp -d)
  ctx=$work/ctx
  mkdir -p "$ctx" "$work/docker-config"
  cp "$bin" "$ctx/caddy"
  printf ':80 {\n\troot * /usr/share/caddy\n\tfile_server\n}\n' >"$ctx/Caddyfile"
  cat >"$ctx/Dockerfile" <<EOF
FROM debian:bookworm-slim
COPY caddy /usr/bin/caddy
COPY Caddyfile /etc/caddy/Caddyfile
RUN mkdir -p /config/caddy /data/caddy /usr/share/caddy /srv
ENV XDG_CONFIG_HOME=/config XDG_DATA_HOME=/data
VOLUME /config /data
EXPOSE 80 443 2019
WORKDIR /srv
LABEL org.gantry.testbed=1 org.gantry.caddy-version=$ver
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]
EOF
  local cli=(env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH DOCKER_CONFIG="$work/docker-config" docker -H "$main")
  if ! { DOCKER_BUILDKIT=0 "${cli[@]}" build -q -t "$CADDY_IMAGE" "$ctx" >/dev/null &&
    "${cli[@]}" login -u "$REGISTRY_USER" --password-stdin "$REGISTRY" <"$STATE/registry/password" >/dev/null &&
    "${cli[@]}" push -q "$CADDY_IMAGE" >/dev/null; } 2>"$work/err"; then
    cat "$work/err" >&2
    rm -rf "$work"
    die "building or pushing $CADDY_IMAGE failed"
  fi
  rm -rf "$work"
}

load_images() { # DOCKER_HOST [IMAGE...]
  local url=${1:-} img tar want
  [ -n "$url" ] || die "usage: testbed.sh load-images DOCKER_HOST [IMAGE...]"
  case "$url" in /*) url=unix://$url ;; esac
  shift
  local imgs=("$@")
  [ ${#imgs[@]} -gt 0 ] || imgs=("${IMAGES[@]}")
  for img in "${imgs[@]}"; do
    tar=$(img_tar "$img")
    [ -s "$tar" ] || die "no saved image $img ($tar); run testbed.sh up first"
    want=$(cat "$tar.id" 2>/dev/null || true)
    if [ -n "$want" ] && [ "$(img_id "$url" "$img")" = "$want" ]; then continue; fi
    say "loading $img into $url"
    dcli "$url" load -q -i "$tar" >/dev/null
  done
}

# ---------------------------------------------------------------- commands

with_lock() {
  exec 9>"$LOCK"
  flock -w 900 9 || die "another testbed.sh holds $LOCK"
}

cmd_up() {
  local t0=$SECONDS job='' count
  [ "$(id -u)" = 0 ] || die "must run as root"
  with_lock
  mkdir -p "$STATE" "$RUN" "$LOGS"
  count=$(host_count "${1:-}")
  set_hosts "$count"
  echo "$count" >"$HOST_COUNT_FILE"
  GANTRY_TESTBED_DIR=$STATE bash "$HERE/install.sh" >&2
  if [ -e /run/containerd/containerd.sock ]; then
    die "/run/containerd/containerd.sock exists: every dockerd would share that containerd (and host-network
containers of h1..h3 would land in its network namespace). Stop that containerd or remove the stale socket."
  fi
  if images_need_rootfs; then
    say "debootstrap bookworm in the background (log: $LOGS/debootstrap.log)"
    make_rootfs 9>&- &
    job=$!
    # shellcheck disable=SC2064
    trap "kill_tree $job" EXIT
  fi
  ensure_users
  ensure_keys
  ensure_network
  engine_start main "$MAIN_SOCK" "$STATE/engine" "$MAIN_EXEC" "$MAIN_PIDFILE"
  local h
  # shellcheck disable=SC2046
  for h in $(engine_hosts); do engine_start $(host_engine_args "$h"); done
  registry_start
  engine_wait main "$MAIN_SOCK" "$MAIN_PIDFILE"
  for h in $(engine_hosts); do engine_wait "$h" "$(host_sock "$h")" "$RUN/$h/dockerd.pid"; done
  for h in "${HOSTS[@]}"; do
    # A host taken down with stop-host stays down (a test may be relying on it) until start-host.
    if [ -e "$RUN/$h/stopped" ]; then
      say "host $h stays stopped (testbed.sh stop-host $h); testbed.sh start-host $h starts it"
    else
      sshd_start "$h"
    fi
  done
  ensure_images "$job"
  ensure_caddy_image
  trap - EXIT
  say "up in $((SECONDS - t0))s: engine unix://$MAIN_SOCK, registry $REGISTRY, hosts $(hosts_csv)"
}

cmd_down() {
  local purge=${1:-} h ns p
  with_lock
  for h in "${HOSTS[@]}"; do sshd_stop "$h"; done
  local pids=()
  p=$(ourpid "$MAIN_PIDFILE" "$MAIN_EXEC"); [ -n "$p" ] && pids+=("$p")
  for h in "${HOSTS[@]}"; do p=$(ourpid "$RUN/$h/dockerd.pid" "$RUN/$h/exec"); [ -n "$p" ] && pids+=("$p"); done
  p=$(ourpid "$RUN/registry.pid" "$STATE/registry/config.yml"); [ -n "$p" ] && pids+=("$p")
  [ ${#pids[@]} -gt 0 ] && say "stopping engines and registry"
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do stop_pid "$p" 40; done
  sweep "$RUN/"
  sweep "$STATE/"
  for h in "${HOSTS[@]}"; do
    ns=$(host_ns "$h")
    if [ -e "/var/run/netns/$ns" ]; then
      for p in $(ip netns pids "$ns" 2>/dev/null); do
        say "stopping leftover process $p ($(cat "/proc/$p/comm" 2>/dev/null)) in $ns"
        stop_pid "$p" 5
      done
      ip netns del "$ns" 2>/dev/null || rm -f "/var/run/netns/$ns"
    fi
    ip link del "gtb-$h" 2>/dev/null || true
  done
  ip link del "$BRIDGE" 2>/dev/null || true
  if command -v iptables >/dev/null 2>&1; then
    while iptables -D FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null; do :; done
  fi
  local m
  for m in $(findmnt -rn -o TARGET | grep -E "^($RUN|$STATE)/" | sort -r); do umount -l "$m" 2>/dev/null || true; done
  rm -f "$RUN"/*.pid "$RUN"/*/*.pid "$RUN"/*.launch "$RUN"/*/*.launch "$RUN"/*/stopped "$RUN"/*/engine "$HOST_COUNT_FILE"
  for h in "${HOSTS[@]}"; do has_engine "$h" || rm -rf "${STATE:?}/$h/engine" "${RUN:?}/$h/exec"; done
  if [ "$purge" = --purge ]; then
    say "purging $STATE (keeping the Go trees in $STATE/go) and $RUN"
    rm -rf "$RUN"
    find "$STATE" -mindepth 1 -maxdepth 1 ! -name go -exec rm -rf {} +
  fi
  say "down"
}

hosts_csv() { local h out=; for h in "${ENGINE_HOSTS[@]}"; do out+=${out:+,}$(host_addr "$h"); done; echo "$out"; }
engine_csv() { local h out=; for h in $(engine_hosts); do out+=${out:+,}$(host_addr "$h"); done; echo "$out"; }
fleet_csv() { local h out=; for h in "${HOSTS[@]}"; do has_engine "$h" || out+=${out:+,}$(host_addr "$h"); done; echo "$out"; }

# export NAME="VALUE" (values here are paths, addresses and names: no quoting needed beyond "")
exp() {
  local safe='^[A-Za-z0-9_./:,@+= -]*$'
  if [[ "$2" =~ $safe ]]; then printf 'export %s="%s"\n' "$1" "$2"; else printf 'export %s=%q\n' "$1" "$2"; fi
}

cmd_env() {
  local h H
  exp DOCKER_HOST "unix://$MAIN_SOCK"
  exp GANTRY_TESTBED_DIR "$STATE"
  exp GANTRY_TESTBED_REGISTRY "$REGISTRY"
  exp GANTRY_TESTBED_REGISTRY_USER "$REGISTRY_USER"
  exp GANTRY_TESTBED_REGISTRY_PASSWORD_FILE "$STATE/registry/password"
  exp GANTRY_TESTBED_HOSTS "$(hosts_csv)"
  exp GANTRY_TESTBED_FLEET_HOSTS "$(fleet_csv)"
  exp GANTRY_TESTBED_ENGINE_HOSTS "$(engine_csv)"
  exp GANTRY_TESTBED_SSH_USER deploy
  exp GANTRY_TESTBED_KNOWN_HOSTS "$KNOWN_HOSTS"
  exp GANTRY_TESTBED_SSH_KEY "$KEY"
  exp GANTRY_TESTBED_GO "$STATE/go"
  exp GANTRY_TESTBED_IMAGES "${IMAGES[*]}"
  exp GANTRY_TESTBED_CADDY_IMAGE "$CADDY_IMAGE"
  for h in "${HOSTS[@]}"; do
    H=$(echo "$h" | tr '[:lower:]' '[:upper:]')
    exp "GANTRY_TESTBED_${H}_ADDR" "$(host_addr "$h")"
    if engine_on "$h"; then exp "GANTRY_TESTBED_${H}_DOCKER_HOST" "unix://$(host_sock "$h")"; fi
    if has_engine "$h"; then exp "GANTRY_TESTBED_${H}_ARGV_LOG" "$STATE/$h/docker-argv.log"; fi
    exp "GANTRY_TESTBED_${H}_HOME" "$STATE/$h/home"
  done
}

cmd_status() {
  local ok=0 h p img
  line() { printf '%-28s %s\n' "$1" "$2"; }
  p=$(ourpid "$MAIN_PIDFILE" "$MAIN_EXEC")
  if [ -n "$p" ] && ping_sock "$MAIN_SOCK"; then line "engine main" "up (pid $p) unix://$MAIN_SOCK"; else line "engine main" down; ok=1; fi
  p=$(ourpid "$RUN/registry.pid" "$STATE/registry/config.yml")
  if [ -n "$p" ] && [ -s "$STATE/registry/password" ] && registry_ok; then line registry "up (pid $p) http://$REGISTRY"; else line registry down; ok=1; fi
  for h in "${HOSTS[@]}"; do
    if engine_on "$h"; then
      p=$(ourpid "$RUN/$h/dockerd.pid" "$RUN/$h/exec")
      if [ -n "$p" ] && ping_sock "$(host_sock "$h")"; then line "engine $h" "up (pid $p) unix://$(host_sock "$h")"; else line "engine $h" down; ok=1; fi
    fi
    p=$(sshd_pid "$h")
    if [ -n "$p" ] && timeout 1 bash -c "</dev/tcp/$(host_addr "$h")/22" 2>/dev/null; then line "sshd $h" "up (pid $p) $(host_addr "$h"):22"
    elif [ -e "$RUN/$h/stopped" ]; then line "sshd $h" "stopped (stop-host)"; ok=1
    else line "sshd $h" down; ok=1; fi
  done
  if ping_sock "$MAIN_SOCK"; then
    for img in "${IMAGES[@]}"; do
      if [ -n "$(img_id "unix://$MAIN_SOCK" "$img")" ]; then line "image $img" present; else line "image $img" missing; ok=1; fi
    done
  fi
  return $ok
}

cmd_stop_host() {
  local h=${1:-}
  host_index "$h" >/dev/null
  with_lock
  mkdir -p "$RUN/$h"
  touch "$RUN/$h/stopped"
  sshd_stop "$h"
  say "host $h stopped (sshd down, $(host_addr "$h"):22 refuses connections)"
}

cmd_start_host() {
  local h=${1:-}
  host_index "$h" >/dev/null
  with_lock
  ip -n "$(host_ns "$h")" link show lo >/dev/null 2>&1 || die "the bed is down; run testbed.sh up"
  rm -f "$RUN/$h/stopped"
  sshd_start "$h"
  say "host $h started"
}

# The nearest thing to a reboot of a host here (the hosts share this machine's kernel): its
# engine stops, which stops every container as a shutdown does, and starts again, which starts
# the containers whose restart policy says so (always; unless-stopped unless stopped by hand).
cmd_restart_engine() {
  local h=${1:-} pid
  host_index "$h" >/dev/null
  with_lock
  pid=$(ourpid "$RUN/$h/dockerd.pid" "$RUN/$h/exec")
  [ -n "$pid" ] || die "the engine of $h is not running; run testbed.sh up"
  say "engine $h: stopping (pid $pid; its containers stop with it), then starting again"
  stop_pid "$pid" 60
  # shellcheck disable=SC2046
  engine_start $(host_engine_args "$h")
  engine_wait "$h" "$(host_sock "$h")" "$RUN/$h/dockerd.pid"
  say "engine $h restarted"
}

# ---------------------------------------------------------------- engines on fleet hosts

# sshd_reload HOST: rewrite the host's sshd_config; a running sshd whose config changed re-reads it
# (SIGHUP: sshd re-executes itself with the same pid; live sessions stay), then is verified again.
sshd_reload() {
  local h=$1 pid before i
  before=$(cat "$STATE/$h/sshd_config" 2>/dev/null || true)
  sshd_prepare "$h"
  pid=$(sshd_pid "$h")
  [ -n "$pid" ] || return 0
  [ "$before" = "$(cat "$STATE/$h/sshd_config")" ] && return 0
  kill -HUP "$pid"
  for ((i = 0; i < 50; i++)); do
    sleep 0.2
    if timeout 1 bash -c "</dev/tcp/$(host_addr "$h")/22" 2>/dev/null && ssh_as deploy "$h" true 2>/dev/null; then break; fi
  done
  alive "$pid" || die "sshd of $h did not survive its reload (log: $LOGS/sshd-$h.log)"
  sshd_verify "$h"
}

# Memory of one engine: dockerd and its containerd, resident (RSS) and proportional (PSS: shared
# pages split among the processes that map them, so N engines' PSS add up to what they take).
engine_mem_kb() { # PID -> "RSS_KB PSS_KB"
  local p rss=0 pss=0 v
  for p in "$1" $(ps -o pid= --ppid "$1" 2>/dev/null); do
    v=$(awk '/^Rss:/ {r=$2} /^Pss:/ {s=$2} END {print r+0, s+0}' "/proc/$p/smaps_rollup" 2>/dev/null || echo '0 0')
    rss=$((rss + ${v% *})); pss=$((pss + ${v#* }))
  done
  echo "$rss $pss"
}

fleet_engine_running() { ourpid "$RUN/$1/dockerd.pid" "$RUN/$1/exec"; }

cmd_engines() {
  local want=${1:-} h n started=() stopping=() pids=() p m rss=0 pss=0 t0=$SECONDS
  [ "$(id -u)" = 0 ] || die "must run as root"
  if ! [[ "$want" =~ ^[0-9]+$ ]] || [ "$want" -lt 3 ] || [ "$want" -gt "${#HOSTS[@]}" ]; then
    die "engines: '$want' is not a number from 3 to ${#HOSTS[@]} (the bed's hosts; testbed.sh up N adds hosts)"
  fi
  with_lock
  ip -n "$(host_ns h1)" link show lo >/dev/null 2>&1 || die "the bed is down; run testbed.sh up"
  for h in "${HOSTS[@]}"; do
    has_engine "$h" && continue
    n=${h#h}
    if [ "$n" -le "$want" ]; then
      touch "$RUN/$h/engine"
      started+=("$h")
    elif [ -e "$RUN/$h/engine" ] || [ -n "$(fleet_engine_running "$h")" ]; then
      rm -f "$RUN/$h/engine"
      stopping+=("$h")
    fi
  done
  # Stop first (memory back before new engines take it), all at once, then wait for each.
  for h in "${stopping[@]}"; do p=$(fleet_engine_running "$h"); if [ -n "$p" ]; then pids+=("$p"); kill -TERM "$p" 2>/dev/null || true; fi; done
  [ ${#stopping[@]} -gt 0 ] && say "stopping the engines of ${stopping[*]}"
  for p in "${pids[@]}"; do stop_pid "$p" 40; done
  for h in "${stopping[@]}"; do
    sweep "$RUN/$h/exec"
    for m in $(findmnt -rn -o TARGET | grep -E "^($RUN/$h/exec|$STATE/$h/engine)/" | sort -r); do umount -l "$m" 2>/dev/null || true; done
    rm -rf "${STATE:?}/$h/engine" "${RUN:?}/$h/exec" "$RUN/$h/dockerd.pid"
    sshd_reload "$h"
  done
  # shellcheck disable=SC2046
  for h in "${started[@]}"; do engine_start $(host_engine_args "$h"); done
  for h in "${started[@]}"; do engine_wait "$h" "$(host_sock "$h")" "$RUN/$h/dockerd.pid"; done
  for h in "${started[@]}"; do sshd_reload "$h"; done
  if [ ${#started[@]} -gt 0 ]; then
    for h in "${started[@]}"; do
      read -r m p <<<"$(engine_mem_kb "$(fleet_engine_running "$h")")"
      rss=$((rss + m)); pss=$((pss + p))
    done
    say "engines: h1..h$want have one, up in $((SECONDS - t0))s; an idle engine (dockerd + containerd) takes $((pss / ${#started[@]} / 1024)) MB (PSS; RSS $((rss / ${#started[@]} / 1024)) MB), $((pss / 1024)) MB for the ${#started[@]} of ${started[0]}..${started[-1]}"
  else
    say "engines: only h1..h$want have one ($((SECONDS - t0))s)"
  fi
}

# ---------------------------------------------------------------- swarm

swarm_state() { timeout 20 env -u DOCKER_CONTEXT docker -H "unix://$(host_sock "$1")" info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>/dev/null || echo unknown; }

# One swarm over the hosts' own addresses: h1 the manager, h2 h3 workers joined with the worker
# token. Idempotent; every docker call bounded by timeout. The FORWARD rule of ensure_network lets
# the nodes reach each other on the bridge.
cmd_swarm() {
  with_lock
  local m=h1 h st token
  st=$(swarm_state "$m")
  case $st in
    "active true") ;;
    inactive*)
      say "swarm: init on $m ($(host_addr "$m"))"
      timeout 60 docker -H "unix://$(host_sock "$m")" swarm init --advertise-addr "$(host_addr "$m")" --listen-addr "$(host_addr "$m"):2377" >/dev/null ;;
    *) die "swarm: $m is '$st', neither a manager nor outside a swarm (testbed.sh down, then up)" ;;
  esac
  token=$(timeout 20 docker -H "unix://$(host_sock "$m")" swarm join-token -q worker)
  for h in h2 h3; do
    st=$(swarm_state "$h")
    case $st in
      "active "*) continue ;;
      pending*|error*) timeout 30 docker -H "unix://$(host_sock "$h")" swarm leave --force >/dev/null 2>&1 || true ;;
    esac
    say "swarm: $h joins as a worker"
    timeout 60 docker -H "unix://$(host_sock "$h")" swarm join --token "$token" --advertise-addr "$(host_addr "$h")" "$(host_addr "$m"):2377" >/dev/null ||
      die "swarm: $h could not join $(host_addr "$m"):2377"
  done
  local n
  for _ in $(seq 1 30); do
    n=$(timeout 20 docker -H "unix://$(host_sock "$m")" node ls --format '{{.Status}}' 2>/dev/null | grep -c '^Ready$' || true)
    [ "$n" -ge 3 ] && { say "swarm: 3 nodes ready"; return 0; }
    sleep 1
  done
  die "swarm: only $n of 3 nodes ready after 30 s"
}

case "${1:-}" in
  up) cmd_up "${2:-}" ;;
  down) cmd_down "${2:-}" ;;
  env) cmd_env ;;
  status) cmd_status ;;
  stop-host) cmd_stop_host "${2:-}" ;;
  start-host) cmd_start_host "${2:-}" ;;
  restart-engine) cmd_restart_engine "${2:-}" ;;
  swarm) cmd_swarm ;;
  engines) cmd_engines "${2:-}" ;;
  load-images) shift; load_images "$@" ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
