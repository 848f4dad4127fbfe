# shellcheck shell=bash
# Points current at a release (by a rename: never a moment without one) and restarts the program.
# What current pointed at is written to binary.switch first, so an unfinished switch is undone.
# Values: ROOT RESTART_CMD VERSION (empty: the previous release recorded on the host, a rollback).
busy
target=$VERSION
if [ -z "$target" ]; then
  state_field target previous
  if [ -z "$target" ] || [ ! -x "$REL/$target/$NAME" ]; then
    fail "$E_NOTHING_TO_SWITCH" "nothing to roll back to: no previous release of $NAME is kept in $REL"
  fi
fi
[ -x "$REL/$target/$NAME" ] || fail "$E_NOTHING_TO_SWITCH" "the release $REL/$target holds no $NAME"
current_release
before=$CURRENT
echo "previous_release=$before"
echo "source_release=$target"
now
printf 'previous=%s\ntarget=%s\nstarted_at=%s\n' "$before" "$target" "$EPOCH" >"$BSW"
point_to "$target" || fail "$E_RENAME" "cannot point $CUR at releases/$target"
restart_program "$target" || fail "$E_RESTART" "restart_cmd failed: $(restart_error)"
echo started=1
