# shellcheck shell=bash
# The binary target's status: the release current points at (its binary's SHA-256, and when and by
# whom it was switched to, as finalize recorded), the releases kept under binary_root (newest
# first; rollback_to takes any of them), the previous one, and the lock holder. Reads only.
# Values: ROOT.
cur=$(current_release)
if [ -n "$cur" ]; then
  echo "live_release=$cur"
  echo "live_checksum=$(sha_of "$REL/$cur/$NAME")"
  if [ "$(state_field current)" = "$cur" ]; then
    echo "live_switched_at=$(state_field switched_at)"
    echo "live_by=$(state_field by)"
  fi
fi
echo "root=$R"
echo "previous=$(state_field previous)"
for d in "$REL"/*/; do
  if [ -x "$d$NAME" ]; then d=${d%/}; echo "${d##*/}"; fi
done | sort -r | sed 's/^/kept=/'
# An unfinished switch (a run in its health gate now, or one killed halfway: the next deploy or
# rollback points current back at the release it names).
if [ -f "$BSW" ]; then
  echo "switch_back_to=$(sed -n 's/^previous=//p' "$BSW" | tail -n 1)"
  echo "switch_started=$(sed -n 's/^started_at=//p' "$BSW" | tail -n 1)"
fi
lock_holder
exit 0
