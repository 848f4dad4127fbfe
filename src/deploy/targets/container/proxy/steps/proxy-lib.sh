# shellcheck shell=bash
# Proxy mode, shared by proxy.sh (a switch) and unroute.sh (a route taken off): the host-wide
# proxy lock, the route files' backup, and Caddy's whole configuration assembled from every
# service's route files (~/.gantry/proxy/routes/<port>/<rank>-<service>.json, one JSON line; .hosts
# and .tls beside it) and loaded through the admin API inside the proxy container.
# Values: DRAIN PX ADMIN (besides lib.sh's).
P="$G/proxy"
R="$G/proxy/routes"
# proxy_lock: takes the host-wide proxy lock (fd 8) for the rest of the step.
proxy_lock() {
  command -v flock >/dev/null 2>&1 || fail "$E_TOOL_MISSING" "flock is missing on this host (proxy mode serialises proxy changes with it)"
  mkdir -p "$R" || fail "$E_STATE_DIR" "cannot create $R"
  exec 8>"$P/lock"
  flock -w 120 8 || fail "$E_PROXY_LOCKED" "another deploy has been changing the proxy on this host for more than 120 s"
}
# routes_backup / put_back: what the route files were before this step, and putting that back.
routes_backup() { tar -C "$P" -cf "$T/routes.tar" routes || fail "$E_STATE_DIR" "cannot back up $R"; }
put_back() { rm -rf "$R" && tar -C "$P" -xf "$T/routes.tar"; }
# proxy_config: writes $T/caddy.json from every port's routes; prints the ports the proxy
# publishes, comma separated (each served port, and 80 when one serves HTTPS).
proxy_config() {
  local served=() publish=() servers='' policies='' internal='' d p f routes auto apps
  for d in "$R"/*/; do
    [ -d "$d" ] || continue
    d=${d%/}
    if find "$d" -maxdepth 1 -name '[19]-*.json' | grep -q .; then served+=("${d##*/}"); fi
  done
  publish=(${served[@]+"${served[@]}"})
  for p in $(printf '%s\n' ${served[@]+"${served[@]}"} | sort -n); do
    routes=
    for f in "$R/$p"/1-*.json "$R/$p"/9-*.json; do [ -f "$f" ] && routes="$routes${routes:+,}$(cat "$f")"; done
    auto='"automatic_https":{"disable":true},'
    for f in "$R/$p"/*.tls; do
      [ -s "$f" ] || continue
      auto=
      policies="$policies${policies:+,}$(cat "$f")"
      grep -q '"internal"' "$f" && internal=1
    done
    # HTTPS: Caddy redirects HTTP to it (and answers ACME's HTTP challenge) on port 80.
    [ -z "$auto" ] && publish+=(80)
    servers="$servers${servers:+,}\"gantry-$p\":{\"listen\":[\":$p\"],$auto\"routes\":[$routes]}"
  done
  apps="\"http\":{\"grace_period\":\"${DRAIN}s\",\"servers\":{$servers}}"
  [ -n "$policies" ] && apps="$apps,\"tls\":{\"automation\":{\"policies\":[$policies]}}"
  [ -n "$internal" ] && apps="$apps,\"pki\":{\"certificate_authorities\":{\"local\":{\"install_trust\":false}}}"
  printf '{"admin":{"listen":"%s"},"apps":{%s}}\n' "$ADMIN" "$apps" >"$T/caddy.json"
  printf '%s\n' ${publish[@]+"${publish[@]}"} | sed '/^$/d' | sort -n -u | tr '\n' ',' | sed 's/,$//'
}
# proxy_load FRESH: loads $T/caddy.json (retried for 30 s while a FRESH=1 proxy starts); prints
# load_ms=. A refused load puts the route files back and fails: Caddy keeps what it served.
proxy_load() {
  local t0 ok=0
  t0=$(date +%s%N)
  for _ in $(seq 1 150); do
    if docker exec -i "$PX" caddy reload --config /dev/stdin --force <"$T/caddy.json" >"$T/reload" 2>&1; then ok=1; break; fi
    [ "$1" = 1 ] || break
    sleep 0.2
  done
  if [ "$ok" != 1 ]; then
    put_back
    fail "$E_PROXY_LOAD" "the proxy refused the configuration: $(grep -o '"error":.*\|Error:.*' "$T/reload" | tail -n 1 | cut -c1-300)"
  fi
  echo "load_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
}
