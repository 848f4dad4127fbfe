# shellcheck shell=bash
# One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of
# its holder still runs and either its heartbeat is older than STALE seconds, or its token is
# BREAK (a run of our own that is known dead). Exits E_LOCK_HELD with holder_* lines when held.
# Values: TOKEN RUNNER OWNER_PID STALE BREAK.
if command -v flock >/dev/null 2>&1; then exec 9>"$S/lock.guard"; flock -w 20 9 || true; fi
take() {
  mkdir "$L" 2>/dev/null || return 1
  now
  printf 'token=%s\nby=%s\nrunner=%s\npid=%s\nsince=%s\n' "$TOKEN" "$BY" "$RUNNER" "$OWNER_PID" "$UTC" >"$L/owner"
  echo acquired=1
}
take && exit 0
field() { local v; field_of v "$L/owner" "$1" first; printf '%s' "$v"; }
now
if [ -f "$L/owner" ]; then hb=$(stat -c %Y "$L/owner"); else hb=$(stat -c %Y "$L" 2>/dev/null || echo "$EPOCH"); fi
age=$(( EPOCH - hb ))
busy_pid=
[ -f "$L/step" ] && read -r busy_pid <"$L/step" 2>/dev/null
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
exit "$E_LOCK_HELD"
