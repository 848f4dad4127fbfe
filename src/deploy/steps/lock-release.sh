# shellcheck shell=bash
# Releases the lock when this run holds it.
# Values: TOKEN.
if [ "$(sed -n 's/^token=//p' "$L/owner" 2>/dev/null | head -n 1)" = "$TOKEN" ]; then
  gone="$S/lock.released.$$"; mv "$L" "$gone" && rm -rf "$gone"; echo released=1
else
  echo released=0
fi
