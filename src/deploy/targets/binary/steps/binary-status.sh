# shellcheck shell=bash
# The binary target's status: the release current points at (its binary's SHA-256, and when and by
# whom it was switched to, as finalize recorded), the releases kept under binary_root (newest
# first; rollback_to takes any of them), the previous one, and the lock holder. Reads only.
# Values: ROOT.
sum=; v=
current_release
cur=$CURRENT
if [ -n "$cur" ]; then
  echo "live_release=$cur"
  sha_of sum "$REL/$cur/$NAME"
  echo "live_checksum=$sum"
  state_field v current
  if [ "$v" = "$cur" ]; then
    state_field v switched_at
    echo "live_switched_at=$v"
    state_field v by
    echo "live_by=$v"
  fi
fi
echo "root=$R"
state_field v previous
echo "previous=$v"
for d in "$REL"/*/; do
  if [ -x "$d$NAME" ]; then d=${d%/}; echo "${d##*/}"; fi
done | sort -r | sed 's/^/kept=/'
# An unfinished switch (a run in its health gate now, or one killed halfway: the next deploy or
# rollback points current back at the release it names).
if [ -f "$BSW" ]; then
  field_of v "$BSW" previous
  echo "switch_back_to=$v"
  field_of v "$BSW" started_at
  echo "switch_started=$v"
fi
lock_holder
exit 0
