# shellcheck shell=bash
# logs, deploy_target swarm: the service's logs from every task (docker service logs, each line
# prefixed by Swarm with its task and node), as line=, after an optional fixed-string filter.
# Reads only. Values: SINCE (--since, empty for all) TAIL (lines of each task, before the
# filter) GREP.
docker service inspect "$NAME" >/dev/null 2>&1 || fail "$E_NOTHING_TO_SWITCH" "no service $NAME on this manager"
since=()
[ -n "$SINCE" ] && since=("--since=$SINCE")
docker service logs ${since[@]+"${since[@]}"} "--tail=$TAIL" -- "$NAME" >"$T/logs" 2>&1 || fail "$E_DOCKER_DOWN" "docker service logs $NAME failed: $(errline "$T/logs")"
if [ -n "$GREP" ]; then grep -F -- "$GREP" "$T/logs" >"$T/kept" || true; else cp "$T/logs" "$T/kept"; fi
cut -c1-2000 "$T/kept" | sed 's/^/line=/'
