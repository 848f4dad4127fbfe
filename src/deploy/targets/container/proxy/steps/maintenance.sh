# shellcheck shell=bash
# Proxy mode, maintenance and live, under the host-wide proxy lock (proxy-lib.sh). MODE=on puts
# the service's route aside (<rank>-<service>.live beside it) and answers the service's names with
# MAINT (a 503 route, one JSON line); MODE=off puts the route back. A deploy or rollback meanwhile
# switches the route put aside (proxy.sh), so the service stays in maintenance until live. Only
# the service's own route changes; a refused load puts the route files back.
# Values: MODE (on or off) PORT FILE HOSTS (newline-separated) MAINT DRAIN PX ADMIN.
busy
proxy_lock
f="$R/$PORT/$FILE"
aside="${f%.json}.live"
if [ -f "$f" ] && [ "$(sort "$R/$PORT/$NAME.hosts" 2>/dev/null | sed '/^$/d')" != "$(printf '%s\n' "$HOSTS" | sort | sed '/^$/d')" ]; then
  fail "$E_NOT_ROUTED" "the proxy routes $NAME on port $PORT with other proxy_host names ($(sed '/^$/d' "$R/$PORT/$NAME.hosts" | paste -sd, -)), not as asked: use the inputs it was deployed with"
fi
if [ ! -f "$f" ]; then
  other=$(find "$R" -mindepth 2 -maxdepth 2 -name "[19]-$NAME.json" 2>/dev/null | head -n 1)
  if [ -n "$other" ]; then
    d=${other%/*}
    fail "$E_NOT_ROUTED" "the proxy routes $NAME on port ${d##*/}$( [ "${other##*/}" = "$FILE" ] || echo ' with other proxy_host names'), not as asked (proxy_port $PORT): use the inputs it was deployed with"
  fi
  fail "$E_NOT_ROUTED" "the proxy on this host has no route for $NAME: deploy it with proxy_port first"
fi
# What the host was before this step: a cancelled command puts back only what it changed.
if [ -f "$aside" ]; then echo "was=on"; else echo "was=off"; fi
if [ "$MODE" = off ] && [ ! -f "$aside" ]; then
  echo "maintenance=live"
  echo "changed=0"
  exit 0
fi
routes_backup
if [ "$MODE" = on ]; then
  if [ ! -f "$aside" ]; then mv "$f" "$aside" || { put_back; fail "$E_STATE_DIR" "cannot put the route of $NAME aside"; }; fi
  printf '%s\n' "$MAINT" >"$f" || { put_back; fail "$E_STATE_DIR" "cannot write the maintenance route of $NAME"; }
else
  mv "$aside" "$f" || { put_back; fail "$E_STATE_DIR" "cannot put the route of $NAME back"; }
fi
proxy_config >/dev/null || { put_back; fail "$E_STATE_DIR" "cannot write the proxy configuration"; }
if [ "$(docker container inspect -f '{{.State.Running}}' "$PX" 2>/dev/null)" != true ]; then
  put_back
  fail "$E_PROXY_START" "the proxy container $PX is not running on this host"
fi
proxy_load 0
audit "maintenance-$MODE" ok
echo "maintenance=$MODE"
echo "changed=1"
