# shellcheck shell=bash
# deploy_target binary: exec runs ARGS once on this host in the live release's folder, with that
# release's env (exported line by line as the run wrapper does: a value is data, never shell) and
# GANTRY_RELEASE_DIR; prints its output as line= (the last MAX_LINES lines, each cut at 2000
# characters), then exit=. Written to the audit log (not the command).
# Values: ROOT ARGS (array) EXEC_TIMEOUT LOCKED RUN_ID MAX_LINES.
[ "$LOCKED" = 1 ] && busy
scratch
current_release
cur=$CURRENT
if [ -z "$cur" ]; then
  audit exec not-running
  fail "$E_NOTHING_TO_SWITCH" "nothing runs as $NAME on this host: $CUR is missing"
fi
dir="$REL/$cur"
[ -d "$dir" ] || fail "$E_STATE_DIR" "cannot enter the live release $dir"
limit=()
if command -v timeout >/dev/null 2>&1; then limit=(timeout -k 5 "$EXEC_TIMEOUT"); fi
(
  cd "$dir" || exit
  if [ -f "$dir/env" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in [A-Za-z_]*=*) export "${line%%=*}=${line#*=}" ;; esac
    done <"$dir/env"
  fi
  export GANTRY_RELEASE_DIR="$dir"
  exec ${limit[@]+"${limit[@]}"} "${ARGS[@]}"
) >"$T/out" 2>&1 </dev/null
rc=$?
total=$(wc -l <"$T/out")
[ "$total" -gt "$MAX_LINES" ] && echo "dropped=$((total - MAX_LINES))"
tail -n "$MAX_LINES" "$T/out" | cut -c1-2000 | sed 's/^/line=/'
audit exec "exit-$rc" "$cur"
echo "exit=$rc"
