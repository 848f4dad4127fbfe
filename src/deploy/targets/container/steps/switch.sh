# shellcheck shell=bash
# Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
# SOURCE new switches to the staged container, prev to the previous version (rollback).
# Every move is written to services/<name>/switch first, so undo_switch can put things back.
# Values: SOURCE.
busy
if [ "$SOURCE" = new ]; then SRC=$NEW; else SRC=$PREV; fi
guard "$SRC"
if ! exists "$SRC"; then
  if [ "$SOURCE" = new ]; then fail "$E_NOTHING_TO_SWITCH" "the staged container $NEW is gone"; fi
  if ! exists "$NAME"; then echo never_deployed=1; fail "$E_NOTHING_TO_SWITCH" "nothing to roll back: $NAME was never deployed on this host (no container $NAME, no previous version kept)"; fi
  fail "$E_NOTHING_TO_SWITCH" "nothing to roll back to: no previous version ($PREV) is kept on this host"
fi
echo "source_digest=$(digest_of "$SRC")"
now
printf 'source=%s\nstarted_at=%s\n' "$SOURCE" "$EPOCH" >"$S/switch"
if exists "$NAME"; then
  echo "previous_digest=$(digest_of "$NAME")"
  printf 'recorded_at=%s\ncontainer=%s\nimage=%s\ndigest=%s\nrestart=%s\n' "$UTC" \
    "$(id_of "$NAME")" "$(image_of "$NAME")" "$(digest_of "$NAME")" "$(policy_of "$NAME")" >"$S/record"
  docker stop "$NAME" >/dev/null 2>"$T/stop" || fail "$E_STOP" "cannot stop $NAME: $(errline "$T/stop")"
  docker rename "$NAME" "$OLD" >/dev/null 2>"$T/rename" || fail "$E_RENAME" "cannot rename $NAME: $(errline "$T/rename")"
  echo "had_current=1" >>"$S/switch"
else
  echo "previous_digest="
fi
echo "swapped=1" >>"$S/switch"
if [ "$SOURCE" = new ]; then
  docker rename "$NEW" "$NAME" >/dev/null 2>"$T/rename" || fail "$E_RENAME" "cannot rename $SRC to $NAME: $(errline "$T/rename")"
else
  from_prev "$NAME" 2>"$T/rename" || fail "$E_RENAME" "cannot rename $SRC to $NAME: $(errline "$T/rename")"
fi
docker start "$NAME" >/dev/null 2>"$T/start" || fail "$E_START" "the new container did not start: $(errline "$T/start")"
echo started=1
