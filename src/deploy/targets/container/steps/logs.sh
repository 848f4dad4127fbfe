# shellcheck shell=bash
# logs: the service's container logs on this host (stdout and stderr), each line as line=, after
# an optional fixed-string filter. Reads only.
# FOLLOW=1 streams new lines as they come, until the client goes away: an alive= line every
# second fails to write once the session is closed (SIGPIPE is ignored here), and then docker
# logs is stopped, so nothing is left running on the host. It also ends when the container stops.
# Values: SINCE (docker logs --since, empty for all) TAIL (lines, before the filter) GREP FOLLOW.
exists "$NAME" || fail "$E_NOTHING_TO_SWITCH" "nothing runs under $NAME on this host"
since=()
[ -n "$SINCE" ] && since=("--since=$SINCE")
if [ "$FOLLOW" = 1 ]; then
  keep() { if [ -n "$GREP" ]; then grep --line-buffered -F -- "$GREP"; else cat; fi; }
  # (the docker binary itself, not lib.sh's function: $! is its pid)
  { command docker logs --follow ${since[@]+"${since[@]}"} "--tail=$TAIL" "$NAME" 2>&1 & echo $! >"$T/follower"; wait; } |
    keep | sed -u -e 's/^\(.\{2000\}\).*/\1/' -e 's/^/line=/' &
  pipeline=$!
  while kill -0 "$pipeline" 2>/dev/null; do
    printf 'alive=1\n' 2>/dev/null || break
    sleep 1
  done
  follower=$(cat "$T/follower" 2>/dev/null)
  [ -n "$follower" ] && kill "$follower" 2>/dev/null
  wait
else
  docker logs ${since[@]+"${since[@]}"} "--tail=$TAIL" "$NAME" >"$T/logs" 2>&1 || fail "$E_DOCKER_DOWN" "docker logs $NAME failed: $(errline "$T/logs")"
  if [ -n "$GREP" ]; then grep -F -- "$GREP" "$T/logs" >"$T/kept" || true; else cp "$T/logs" "$T/kept"; fi
  cut -c1-2000 "$T/kept" | sed 's/^/line=/'
fi
