# shellcheck shell=bash
# Proxy mode, before the generic converge: a run killed after the proxy switched but before the
# containers were renamed leaves the proxy serving <name>-gantry-new (or -prev); finish that
# switch instead of removing the container being served. A previous version left running is stopped.
busy
guard "$NEW" "$PREV"
live=$(route_dial)
live=${live%:*}
for c in "$NEW" "$PREV"; do
  if [ -n "$live" ] && exists "$c" && [ "$(alias_of "$c")" = "$live" ]; then
    if exists "$NAME"; then
      docker stop "$NAME" >/dev/null 2>&1
      if exists "$OLD"; then docker rm -f "$OLD" >/dev/null 2>&1; fi
      docker rename "$NAME" "$OLD" >/dev/null || fail "$E_RENAME" "cannot rename $NAME"
    fi
    docker rename "$c" "$NAME" >/dev/null || fail "$E_RENAME" "cannot rename $c"
    if exists "$OLD"; then to_prev "$OLD" || fail "$E_RENAME" "cannot keep $OLD as $PREV"; fi
    echo "fixed=the proxy already served $c: finished the switch an interrupted run left"
    audit converge switched "" "$(digest_of "$NAME")"
    break
  fi
done
if exists "$PREV" && { facts live || :; [ "$(running_of "$PREV")" = true ]; }; then
  docker stop "$PREV" >/dev/null 2>&1; docker update --restart=no "$PREV" >/dev/null 2>&1
  echo "fixed=stopped $PREV, started by an interrupted rollback"
fi
