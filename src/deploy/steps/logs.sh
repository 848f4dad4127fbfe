# shellcheck shell=bash
# logs: the service's container logs on this host (stdout and stderr), each line as line=, after
# an optional fixed-string filter. Reads only.
# Values: SINCE (docker logs --since, empty for all) TAIL (lines, before the filter) GREP.
exists "$NAME" || fail "$E_NOTHING_TO_SWITCH" "nothing runs under $NAME on this host"
since=()
[ -n "$SINCE" ] && since=("--since=$SINCE")
docker logs ${since[@]+"${since[@]}"} "--tail=$TAIL" "$NAME" >"$T/logs" 2>&1 || fail "$E_DOCKER_DOWN" "docker logs $NAME failed: $(errline "$T/logs")"
if [ -n "$GREP" ]; then grep -F -- "$GREP" "$T/logs" >"$T/kept" || true; else cp "$T/logs" "$T/kept"; fi
cut -c1-2000 "$T/kept" | sed 's/^/line=/'
