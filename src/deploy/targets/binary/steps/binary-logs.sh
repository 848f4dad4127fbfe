# shellcheck shell=bash
# The binary target's logs: what LOGS_CMD prints on this host (run by bash in the live release's
# folder, GANTRY_RELEASE_DIR set, like restart_cmd), its last TAIL lines, then those holding GREP
# (a fixed string), each as line=. Reads only.
# Values: ROOT LOGS_CMD TAIL GREP.
scratch
current_release
cur=$CURRENT
[ -n "$cur" ] || fail "$E_NOTHING_TO_SWITCH" "nothing runs as $NAME on this host: $CUR is missing"
limit=()
if command -v timeout >/dev/null 2>&1; then limit=(timeout 50); fi
(cd "$REL/$cur" 2>/dev/null || cd "$HOME" || exit; printf '%s\n' "$LOGS_CMD" | GANTRY_RELEASE_DIR="$REL/$cur" ${limit[@]+"${limit[@]}"} bash -s) >"$T/logs" 2>&1 ||
  fail "$E_LOGS_CMD" "logs_cmd failed: $(grep -v '^[[:space:]]*$' "$T/logs" | tail -n 1 | cut -c1-300)"
tail -n "$TAIL" "$T/logs" >"$T/tail"
if [ -n "$GREP" ]; then grep -F -- "$GREP" "$T/tail" >"$T/kept" || true; else cp "$T/tail" "$T/kept"; fi
cut -c1-2000 "$T/kept" | sed 's/^/line=/'
