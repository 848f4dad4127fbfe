# shellcheck shell=bash
# exec: runs ARGS once with the live release of $NAME on this host and prints its output as line=
# (the last MAX_LINES lines, each cut at 2000 characters), then exit= (the command's exit code).
# MODE new: a new container of the live container's image, with its env (a 0600 file in the
# step's scratch dir, removed with it), network, volumes (--volumes-from) and user, ARGS[0] as the
# entrypoint; removed afterwards. MODE live: docker exec in the live container.
# Written to the audit log (not the command: it may hold what should not be kept).
# Values: MODE ARGS (array) EXEC_TIMEOUT LOCKED (1: this run holds the lock) RUN_ID MAX_LINES.
[ "$LOCKED" = 1 ] && busy
type -P docker >/dev/null 2>&1 || fail "$E_DOCKER_NOT_ON_PATH" "docker is not on the PATH of this host's SSH sessions"
if ! exists "$NAME"; then
  audit "exec-$MODE" not-running
  fail "$E_NOTHING_TO_SWITCH" "$NAME does not run on this host (no container of that name)"
fi
running=$(running_of "$NAME")
if [ "$MODE" = live ] && [ "$running" != true ]; then
  audit "exec-$MODE" not-running "$(digest_of "$NAME")"
  fail "$E_NOTHING_TO_SWITCH" "$NAME is not running on this host (exec_in live needs the running container)"
fi
live=$(digest_of "$NAME")
limit=()
if command -v timeout >/dev/null 2>&1; then limit=(timeout -k 5 "$EXEC_TIMEOUT"); fi
if [ "$MODE" = live ]; then
  ${limit[@]+"${limit[@]}"} docker exec "$NAME" "${ARGS[@]}" >"$T/out" 2>&1 </dev/null
  rc=$?
else
  image=$(docker inspect -f '{{.Image}}' "$NAME" 2>"$T/err") || fail "$E_DOCKER_DOWN" "docker inspect $NAME failed: $(errline "$T/err")"
  network=$(docker inspect -f '{{.HostConfig.NetworkMode}}' "$NAME" 2>/dev/null)
  user=$(docker inspect -f '{{.Config.User}}' "$NAME" 2>/dev/null)
  docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$NAME" >"$T/env" 2>"$T/err" || fail "$E_DOCKER_DOWN" "cannot read the env of $NAME: $(errline "$T/err")"
  opts=()
  case $network in ''|default) ;; *) opts+=("--network=$network") ;; esac
  [ -n "$user" ] && opts+=("--user=$user")
  run="$NAME-gantry-exec-$RUN_ID"
  ${limit[@]+"${limit[@]}"} docker run --rm "--name=$run" "--label=dev.gantry.exec=$NAME" "--volumes-from=$NAME" "--env-file=$T/env" \
    ${opts[@]+"${opts[@]}"} "--entrypoint=${ARGS[0]}" "$image" "${ARGS[@]:1}" >"$T/out" 2>&1 </dev/null
  rc=$?
  rm -f "$T/env"
  # Stopped by the time limit, the client goes but the container may not: it goes now.
  if exists "$run"; then docker rm -f "$run" >/dev/null 2>&1; fi
  if exists "$run"; then echo "left=$run"; else echo "removed=$run"; fi
fi
total=$(wc -l <"$T/out")
[ "$total" -gt "$MAX_LINES" ] && echo "dropped=$((total - MAX_LINES))"
tail -n "$MAX_LINES" "$T/out" | cut -c1-2000 | sed 's/^/line=/'
audit "exec-$MODE" "exit-$rc" "$live"
echo "exit=$rc"
