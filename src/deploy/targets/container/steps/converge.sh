# shellcheck shell=bash
# Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
# unfinished, removes staged and transient containers and every scratch dir (which may hold a
# registry login or an env file) left by a killed step.
busy
sweep_scratch
# Before anything is moved: containers named as this service's own must be gantry's.
guard "$NEW" "$PREV" "$DROP"
if [ -f "$S/switch" ]; then
  echo "fixed=an earlier run stopped while switching containers: putting back what ran before it"
  undo_switch
  audit converge restored "" "$(if exists "$NAME"; then digest_of "$NAME"; fi)"
fi
if exists "$NEW"; then docker rm -f "$NEW" >/dev/null 2>&1 && echo "fixed=removed the staged container $NEW of an interrupted run"; fi
if exists "$DROP"; then
  if exists "$PREV"; then docker rm -f "$DROP" >/dev/null 2>&1; else docker rename "$DROP" "$PREV" >/dev/null 2>&1; fi
  echo "fixed=tidied $DROP left by an interrupted run"
fi
if exists "$OLD" && ! exists "$NAME"; then
  docker rename "$OLD" "$NAME" >/dev/null && docker start "$NAME" >/dev/null 2>&1
  echo "fixed=restored $NAME from $OLD left by an interrupted run"
fi
if exists "$NAME"; then
  echo "current_digest=$(digest_of "$NAME")"
  facts live || :
  echo "current_running=$(running_of "$NAME")"
  echo "current_alias=$(alias_of "$NAME")"
fi
if exists "$PREV"; then echo "previous_digest=$(digest_of "$PREV")"; echo "previous_alias=$(alias_of "$PREV")"; fi
