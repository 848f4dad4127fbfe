# shellcheck shell=bash
# Refreshes the lock's heartbeat; exits E_LOCK_LOST when the lock is no longer ours.
# Values: TOKEN.
if [ "$(sed -n 's/^token=//p' "$L/owner" 2>/dev/null | head -n 1)" = "$TOKEN" ]; then touch "$L/owner"; echo ok=1; exit 0; fi
fail "$E_LOCK_LOST" "the lock on $NAME is no longer held by this run"
