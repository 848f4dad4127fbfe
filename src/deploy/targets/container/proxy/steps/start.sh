# shellcheck shell=bash
# Proxy mode: starts the staged new container (or the kept previous version) beside the one
# serving; it has no published port, the proxy reaches it by its alias on the gantry network.
# Values: SOURCE (new or prev).
busy
case $SOURCE in new) SRC=$NEW ;; *) SRC=$PREV ;; esac
guard "$SRC"
if ! exists "$SRC"; then
  if [ "$SOURCE" = new ]; then fail "$E_NOTHING_TO_SWITCH" "the staged container $NEW is gone"; fi
  if ! exists "$NAME"; then echo never_deployed=1; fail "$E_NOTHING_TO_SWITCH" "nothing to roll back: $NAME was never deployed on this host (no container $NAME, no previous version kept)"; fi
  fail "$E_NOTHING_TO_SWITCH" "nothing to roll back to: no previous version ($PREV) is kept on this host"
fi
a=$(alias_of "$SRC")
[ -n "$a" ] || fail "$E_NOTHING_TO_SWITCH" "$SRC was deployed without the proxy (it has no address on the gantry network): deploy a version in proxy mode first"
echo "source_digest=$(digest_of "$SRC")"
echo "alias=$a"
if exists "$NAME"; then echo "previous_digest=$(digest_of "$NAME")"; else echo "previous_digest="; fi
if [ "$SOURCE" = prev ]; then
  p=$(cat "$S/prev.restart" 2>/dev/null); [ -n "$p" ] || p=unless-stopped
  docker update --restart="$p" "$PREV" >/dev/null 2>&1
fi
docker start "$SRC" >/dev/null 2>"$T/start" || fail "$E_START" "$SRC did not start: $(errline "$T/start")"
echo started=1
