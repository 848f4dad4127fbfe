#!/usr/bin/env bash
# A fresh Docker engine with an empty data root: the honest model of an ephemeral CI runner.
#
#   bench/fresh-engine.sh start NAME [IMAGE...]   start dockerd NAME, load the test bed's base images
#                                                 (all of them, or the ones named); prints its DOCKER_HOST
#   bench/fresh-engine.sh stop NAME               stop it (by its pid) and delete its data root
#
# Socket and exec root under /run/gantry-bench-NAME/, data root /var/lib/gantry-bench-NAME/.
# No bridge, no iptables: builds use the host or no network, like the test bed's engines.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cmd=${1:-}; name=${2:-}
[[ "$name" =~ ^[a-z0-9-]+$ ]] || { echo "usage: $0 start|stop NAME [IMAGE...]" >&2; exit 2; }
RUN=/run/gantry-bench-$name
DATA=/var/lib/gantry-bench-$name
SOCK=$RUN/docker.sock
PIDFILE=$RUN/dockerd.pid
REGISTRY=${GANTRY_TESTBED_REGISTRY:-10.231.0.1:5000}

alive() { [ -n "${1:-}" ] && [ -d "/proc/$1" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }

stop() {
  local pid=''
  [ -s "$RUN/launch.pid" ] && pid=$(cat "$RUN/launch.pid")
  if alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "--exec-root $RUN/exec"; then
    kill -TERM "$pid"
    for _ in $(seq 1 300); do alive "$pid" || break; sleep 0.1; done
    alive "$pid" && kill -KILL "$pid"
  fi
  # Mounts left by a killed engine would keep the data root busy.
  grep -o " ${DATA}[^ ]*\| ${RUN}[^ ]*" /proc/mounts 2>/dev/null | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done || true
  rm -rf "$DATA" "$RUN"
}

case "$cmd" in
  start)
    stop
    mkdir -p "$RUN/exec" "$DATA"
    echo '{}' >"$RUN/daemon.json"
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root setsid /usr/sbin/dockerd \
      --config-file "$RUN/daemon.json" --host "unix://$SOCK" --data-root "$DATA" --exec-root "$RUN/exec" \
      --pidfile "$PIDFILE" --bridge none --iptables=false --ip-forward=false --ip-masq=false \
      --insecure-registry "$REGISTRY" >"$RUN/dockerd.log" 2>&1 </dev/null 9>&- &
    echo $! >"$RUN/launch.pid"
    for _ in $(seq 1 300); do
      [ "$(curl -s --max-time 2 --unix-socket "$SOCK" http://engine/_ping 2>/dev/null)" = OK ] && break
      alive "$(cat "$RUN/launch.pid")" || { tail -20 "$RUN/dockerd.log" >&2; exit 1; }
      sleep 0.1
    done
    shift 2
    bash "$HERE/../testbed/testbed.sh" load-images "unix://$SOCK" "$@" >&2
    echo "unix://$SOCK"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop NAME [IMAGE...]" >&2; exit 2 ;;
esac
