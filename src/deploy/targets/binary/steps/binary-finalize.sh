# shellcheck shell=bash
# The release is healthy: record it (binary.release, releases.log), keep KEEP releases (current and
# the previous one always among them), audit.
# Values: ROOT KEEP AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
current_release
cur=$CURRENT
field_of prev "$BSW" previous
# A rerun of the same release keeps the previous one recorded before.
if [ -z "$prev" ] || [ "$prev" = "$cur" ]; then state_field prev previous; fi
[ "$prev" = "$cur" ] && prev=
sum=
sha_of sum "$REL/$cur/$NAME"
now
printf 'current=%s\nprevious=%s\nroot=%s\nsha256=%s\nswitched_at=%s\nby=%s\n' "$cur" "$prev" "$R" "$sum" \
  "$UTC" "$BY" >"$S/binary.release.$$" && mv -f "$S/binary.release.$$" "$S/binary.release"
printf '%s %s %s %s\n' "$EPOCH" "$cur" "$sum" "$BY" >>"$S/releases.log"
rm -f "$BSW"
all=()
for d in "$REL"/*/; do [ -d "$d" ] && { d=${d%/}; all+=("${d##*/}"); }; done
n=0
for (( i = ${#all[@]} - 1; i >= 0; i-- )); do
  d=${all[$i]}
  n=$(( n + 1 ))
  if [ "$d" = "$cur" ] || [ "$d" = "$prev" ] || [ "$n" -le "$KEEP" ]; then continue; fi
  rm -rf "${REL:?}/$d" && echo "pruned=$d"
done
audit "$AUDIT_ACTION" ok "$AUDIT_FROM" "$AUDIT_TO"
echo "current_release=$cur"
echo "previous_release=$prev"
