# shellcheck shell=bash
# Proxy mode, the fleet's rollback of a first deploy (nothing ran here before this run): takes
# the service's route off the proxy, under the host-wide proxy lock, and loads the other services'
# routes again without it, before its container is retired. A port left with no route is no
# longer listened on. Nothing to do without a route of the service.
# Values: DRAIN PX ADMIN.
busy
proxy_lock
if ! find "$R" -mindepth 2 -maxdepth 2 -name "[19]-$NAME.json" | grep -q .; then
  echo "unrouted=none"
  exit 0
fi
routes_backup
rm -f "$R"/*/[19]-"$NAME".json "$R"/*/[19]-"$NAME".live "$R"/*/"$NAME".hosts "$R"/*/"$NAME".tls || { put_back; fail "$E_STATE_DIR" "cannot remove the route of $NAME"; }
proxy_config >/dev/null || { put_back; fail "$E_STATE_DIR" "cannot write the proxy configuration"; }
if [ "$(docker container inspect -f '{{.State.Running}}' "$PX" 2>/dev/null)" = true ]; then
  proxy_load 0
else
  echo "note=the proxy container is not running: the route files no longer have $NAME, but its saved configuration does until the next proxy change"
fi
echo "unrouted=1"
