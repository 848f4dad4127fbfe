# shellcheck shell=bash
# Proxy mode, under the host-wide proxy lock (proxy-lib.sh): checks the service's route against the
# other services' on the port, writes it (~/.gantry/proxy/routes/<port>/<rank>-<service>.json, one
# JSON line; .hosts and .tls beside it), makes sure the proxy container exists with the image and
# ports wanted (creating or replacing it, the one gap of proxy mode, said as proxy_replaced=), and
# loads the whole configuration through Caddy's admin API inside the proxy container. A refused
# load puts the route files back: Caddy keeps what it served.
# Caddy binds a new socket beside the old one (SO_REUSEPORT) on every configuration load and closes
# the old one: the kernel resets the connections still queued on it unless the proxy's network
# namespace has net.ipv4.tcp_migrate_req=1 (Linux 5.14 and later), which moves them to the new
# socket. The proxy is created with it, and a proxy without it is replaced once. (GANTRY_PROC_SYS
# stands in for /proc/sys in the unit tests, which run this on one kernel.)
knob="${GANTRY_PROC_SYS:-/proc/sys}/net/ipv4/tcp_migrate_req"
# Values: SOURCE (new or prev) PORT IMAGE ALIAS DRAIN FILE ROUTE HOSTS (newline-separated)
# TLS (the TLS policy line, empty for HTTP) PX NET ADMIN CONFIG_VOLUME DATA_VOLUME.
busy
case $SOURCE in new) SRC=$NEW ;; *) SRC=$PREV ;; esac
mkdir -p "$R/$PORT" || fail "$E_STATE_DIR" "cannot create $R/$PORT"
proxy_lock
exists "$SRC" || fail "$E_NOTHING_TO_SWITCH" "the container to switch to ($SRC) is gone"
[ "$(alias_of "$SRC")" = "$ALIAS" ] || fail "$E_NOTHING_TO_SWITCH" "$SRC is not the container this run started"
for f in "$R/$PORT"/[19]-*.json; do
  [ -f "$f" ] || continue
  b=${f##*/}; other=${b#?-}; other=${other%.json}
  [ "$other" = "$NAME" ] && continue
  if [ -s "$R/$PORT/$other.tls" ] && [ -z "$TLS" ]; then fail "$E_ROUTE_CLASH" "proxy_port $PORT serves HTTPS for the service $other; set proxy_tls for this service too, or use another port"; fi
  if [ ! -s "$R/$PORT/$other.tls" ] && [ -n "$TLS" ]; then fail "$E_ROUTE_CLASH" "proxy_port $PORT serves plain HTTP for the service $other; HTTPS needs a port of its own (443)"; fi
  case $b in
    9-*) [ -n "$HOSTS" ] || fail "$E_ROUTE_CLASH" "proxy_port $PORT already routes every host name to the service $other; give each service on this port its own proxy_host" ;;
    *) if [ -n "$HOSTS" ] && printf '%s\n' "$HOSTS" | grep -qxFf - "$R/$PORT/$other.hosts" 2>/dev/null; then
         fail "$E_ROUTE_CLASH" "proxy_port $PORT already routes $(printf '%s\n' "$HOSTS" | grep -xFf "$R/$PORT/$other.hosts" | head -n 1) to the service $other; proxy_host names must differ between services"
       fi ;;
  esac
done
routes_backup
aside="$R/$PORT/${FILE%.json}.live"
if [ -f "$aside" ] && [ -f "$R/$PORT/$FILE" ]; then
  # In maintenance (maintenance.sh): the switch goes to the route put aside; the service's names
  # keep their maintenance answer until live.
  printf '%s\n' "$ROUTE" >"$aside" || { put_back; fail "$E_STATE_DIR" "cannot write the route of $NAME"; }
  echo "maintenance=on"
else
  rm -f "$R"/*/[19]-"$NAME".json "$R"/*/[19]-"$NAME".live "$R"/*/"$NAME".hosts "$R"/*/"$NAME".tls
  { printf '%s\n' "$ROUTE" >"$R/$PORT/$FILE" && printf '%s\n' "$HOSTS" >"$R/$PORT/$NAME.hosts"; } || { put_back; fail "$E_STATE_DIR" "cannot write the route of $NAME"; }
  if [ -n "$TLS" ]; then printf '%s\n' "$TLS" >"$R/$PORT/$NAME.tls" || { put_back; fail "$E_STATE_DIR" "cannot write the route of $NAME"; }; fi
fi
ports=$(proxy_config) || { put_back; fail "$E_STATE_DIR" "cannot write the proxy configuration"; }
fresh=0
cur=
# (one docker command: the proxy container's image and ports labels, running state and
# tcp_migrate_req, one a line; it fails when there is no such container)
px_here=
if px=$(docker container inspect -f '{{index .Config.Labels "dev.gantry.proxy-image"}}
{{index .Config.Labels "dev.gantry.proxy-ports"}}
{{.State.Running}}
{{index .HostConfig.Sysctls "net.ipv4.tcp_migrate_req"}}' "$PX" 2>/dev/null); then
  px_here=1
  mapfile -t pxf <<<"$px"
fi
if [ -n "$px_here" ] && [ -z "$(novalue "${pxf[0]-}")" ]; then
  put_back
  fail "$E_FOREIGN_CONTAINER" "the container $PX on this host was not made by gantry (it lacks the label dev.gantry.proxy-image), so gantry neither replaces nor removes it: rename or remove it by hand"
fi
if [ -n "$px_here" ]; then
  cur="${pxf[0]-} ${pxf[1]-} ${pxf[2]-}"
  # A proxy made before it had the setting, on a kernel that has it: replaced once (said below).
  if [ -e "$knob" ] && [ "${pxf[3]-}" != 1 ]; then
    cur="$cur (without net.ipv4.tcp_migrate_req, so a configuration load could reset a queued connection)"
  fi
fi
# A proxy that already publishes every port wanted (and perhaps one whose last route was taken
# off: Caddy no longer listens there) is kept; only a port it lacks needs a new container.
read -r _ published _ <<<"$cur"
if [ "$cur" = "$IMAGE $published true" ] && [ -z "$(comm -23 <(tr ',' '\n' <<<"$ports" | sort -u) <(tr ',' '\n' <<<"$published" | sort -u))" ]; then
  ports=$published
fi
if [ "$cur" != "$IMAGE $ports true" ]; then
  if [ -n "$cur" ]; then
    echo "proxy_replaced=the proxy ($cur) is replaced by $IMAGE on ports $ports: requests in flight during its restart may fail"
    docker rm -f "$PX" >/dev/null 2>&1
  fi
  pubs=()
  for p in ${ports//,/ }; do pubs+=("--publish=$p:$p"); done
  migrate=()
  [ -e "$knob" ] && migrate=(--sysctl=net.ipv4.tcp_migrate_req=1)
  if ! docker create --name="$PX" --restart=always --network="$NET" "${pubs[@]}" ${migrate[@]+"${migrate[@]}"} \
      --volume="$CONFIG_VOLUME:/config" --volume="$DATA_VOLUME:/data" \
      --label="dev.gantry.proxy-image=$IMAGE" --label="dev.gantry.proxy-ports=$ports" \
      "$IMAGE" caddy run --resume >"$T/px" 2>&1; then
    put_back; fail "$E_PROXY_START" "cannot create the proxy container from $IMAGE: $(errline "$T/px")"
  fi
  [ ${#migrate[@]} -gt 0 ] || echo "proxy_warning=this host's kernel has no net.ipv4.tcp_migrate_req (Linux 5.14 and later): a proxy configuration load may reset a connection still queued on the proxy's port"
  if ! docker start "$PX" >/dev/null 2>"$T/px"; then
    holder=$(docker ps --filter "publish=$PORT" --format '{{.Names}}' | grep -vx "$PX" | head -n 1)
    # A container on the host's network that listens on the port publishes nothing: ours is the usual one.
    if [ -z "$holder" ] && exists "$NAME" && [ "$(docker inspect -f '{{.HostConfig.NetworkMode}} {{.State.Running}}' "$NAME")" = "host true" ]; then holder=$NAME; fi
    if [ "$holder" = "$NAME" ]; then
      echo "migrated=$NAME held port $PORT itself (deployed without the proxy): stopped it so the proxy can take the port; requests fail until the proxy answers"
      docker stop "$NAME" >/dev/null 2>&1
      docker start "$PX" >/dev/null 2>"$T/px" || { docker rm -f "$PX" >/dev/null 2>&1; docker start "$NAME" >/dev/null 2>&1; put_back; fail "$E_PROXY_START" "the proxy did not start: $(errline "$T/px")"; }
    else
      docker rm -f "$PX" >/dev/null 2>&1
      put_back
      fail "$E_PROXY_START" "the proxy did not start: $(errline "$T/px")${holder:+ (port $PORT is published by the container $holder)}"
    fi
  fi
  fresh=1
fi
proxy_load "$fresh"
echo "fresh=$fresh"
echo "ports=$ports"
echo "live=$ALIAS"
