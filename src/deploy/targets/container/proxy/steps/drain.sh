# shellcheck shell=bash
# After the proxy switched: Caddy's load returns at once while requests already on their way to
# the old container finish there. The old container is stopped once no connection to app_port is
# open in its network namespace, or after DRAIN seconds; then (SIGTERM) it has DRAIN seconds again
# to exit (or its own stop timeout, when it was made with stop_timeout). The source container takes the name.
# Values: SOURCE (new or prev) DRAIN HEXPORT (app_port, 4 hex digits as in /proc/net/tcp).
busy
case $SOURCE in new) SRC=$NEW ;; *) SRC=$PREV ;; esac
exists "$SRC" || fail "$E_NOTHING_TO_SWITCH" "$SRC is gone"
if exists "$NAME"; then
  # (one docker command: its pid, and "set" when it was made with stop_timeout)
  read -r pid own_stop <<<"$(docker inspect -f '{{.State.Pid}} {{if .Config.StopTimeout}}set{{end}}' "$NAME" 2>/dev/null)"
  t0=$(date +%s%N)
  deadline=$(( $(date +%s) + DRAIN ))
  open='?'
  while [ -n "$pid" ] && [ "$pid" != 0 ] && [ -r "/proc/$pid/net/tcp" ]; do
    open=$(cat "/proc/$pid/net/tcp" "/proc/$pid/net/tcp6" 2>/dev/null | awk -v p=":$HEXPORT" '$4 == "01" && substr($2, length($2) - 4) == p' | wc -l)
    [ "$open" = 0 ] && break
    [ "$(date +%s)" -ge "$deadline" ] && break
    sleep 0.2
  done
  echo "drain_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
  echo "drain_open=$open"
  # A container made with stop_timeout keeps its own; others get DRAIN seconds.
  wait=(-t "$DRAIN")
  [ -z "$own_stop" ] || wait=()
  docker stop ${wait[@]+"${wait[@]}"} "$NAME" >/dev/null 2>"$T/stop" || fail "$E_STOP" "cannot stop $NAME: $(errline "$T/stop")"
  if exists "$OLD"; then docker rm -f "$OLD" >/dev/null 2>&1; fi
  docker rename "$NAME" "$OLD" >/dev/null 2>"$T/rename" || fail "$E_RENAME" "cannot rename $NAME: $(errline "$T/rename")"
fi
docker rename "$SRC" "$NAME" >/dev/null 2>"$T/rename" || fail "$E_RENAME" "cannot rename $SRC to $NAME: $(errline "$T/rename")"
echo retired=1
