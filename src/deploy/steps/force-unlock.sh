# shellcheck shell=bash
# unlock (the command): releases the service's deploy lock whoever holds it. A holder that still
# looks alive (a step of it running, or a heartbeat younger than STALE seconds) is only removed
# with FORCE=1. Written to the audit log.
# Values: FORCE STALE.
[ -d "$L" ] || { echo "unlocked=none"; exit 0; }
field() { sed -n "s/^$1=//p" "$L/owner" 2>/dev/null | head -n 1; }
holder="$(field by) (runner $(field runner), since $(field since))"
now
age=$(( EPOCH - $(stat -c %Y "$L/owner" 2>/dev/null || stat -c %Y "$L") ))
busy_pid=
[ -f "$L/step" ] && read -r busy_pid <"$L/step" 2>/dev/null
alive=
if [ -n "$busy_pid" ] && kill -0 "$busy_pid" 2>/dev/null; then alive="a step of it is running"; fi
if [ -z "$alive" ] && [ "$age" -le "$STALE" ]; then alive="its heartbeat is $age s old"; fi
if [ -n "$alive" ] && [ "$FORCE" != 1 ]; then
  echo "holder=$holder"
  fail "$E_LOCK_HELD" "the lock on $NAME is held by $holder and looks alive ($alive); force: true releases it anyway"
fi
gone="$S/lock.unlocked.$$"
{ mv "$L" "$gone" && rm -rf "$gone"; } || fail "$E_STATE_DIR" "cannot remove $L"
audit unlock ok "" ""
echo "unlocked=$holder"
