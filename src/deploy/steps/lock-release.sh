# shellcheck shell=bash
# Releases the lock when this run holds it.
# Values: TOKEN.
held=
field_of held "$L/owner" token first
if [ "$held" = "$TOKEN" ]; then
  gone="$S/lock.released.$$"; mv "$L" "$gone" && rm -rf "$gone"; echo released=1
  # A run that left no state (a rollback of a service never deployed here) leaves no folder either.
  # (globbed by bash: a find would be one more process on every host)
  left=
  for f in "$S"/* "$S"/.[!.]* "$S"/..?*; do
    if [ -e "$f" ] || [ -L "$f" ]; then [ "$f" = "$S/lock.guard" ] || { left=1; break; }; fi
  done
  if [ -z "$left" ]; then rm -f "$S/lock.guard"; rmdir "$S" 2>/dev/null || true; fi
else
  echo released=0
fi
