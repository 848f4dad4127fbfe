# shellcheck shell=bash
# Releases the lock when this run holds it.
# Values: TOKEN.
if [ "$(sed -n 's/^token=//p' "$L/owner" 2>/dev/null | head -n 1)" = "$TOKEN" ]; then
  gone="$S/lock.released.$$"; mv "$L" "$gone" && rm -rf "$gone"; echo released=1
  # A run that left no state (a rollback of a service never deployed here) leaves no folder either.
  if [ -z "$(find "$S" -mindepth 1 -maxdepth 1 ! -name lock.guard -print -quit 2>/dev/null)" ]; then rm -f "$S/lock.guard"; rmdir "$S" 2>/dev/null || true; fi
else
  echo released=0
fi
