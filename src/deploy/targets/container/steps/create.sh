# shellcheck shell=bash
# Checks what can be checked on the host before the live container is touched (the network
# exists, bind-mount sources exist, published ports are free), then stages the new container as
# <name>-gantry-new. env reaches it only through a 0600 file removed at once.
# Values: REF, CREATE_FLAGS (docker create flags), NETWORK, PORTS, VOLUMES, LABELS and ARGS (arrays;
# ARGS, when any, replace the image's CMD);
# ENSURE_NETWORK (1: create NETWORK when missing, proxy mode's own network);
# the env file is SECRET0, read from stdin as base64.
busy
if [ "$ENSURE_NETWORK" = 1 ] && ! docker network inspect "$NETWORK" >/dev/null 2>&1; then
  docker network create "$NETWORK" >/dev/null 2>"$T/net" || docker network inspect "$NETWORK" >/dev/null 2>&1 ||
    fail "$E_CREATE" "cannot create the docker network $NETWORK: $(errline "$T/net")"
fi

# A failed check changes nothing on the host: one line naming the input.
case $NETWORK in
  ''|host|none) ;;
  container:*)
    exists "${NETWORK#container:}" || fail "$E_HOST_SETTING" "network: the container ${NETWORK#container:} does not exist on this host" ;;
  *)
    docker network inspect "$NETWORK" >/dev/null 2>&1 ||
      fail "$E_HOST_SETTING" "network: there is no network $NETWORK on this host (docker network ls lists them)" ;;
esac
for v in ${VOLUMES[@]+"${VOLUMES[@]}"}; do
  src=${v%%:*}
  case $src in
    /*) [ -e "$src" ] || fail "$E_HOST_SETTING" "volumes: the source $src of $v does not exist on this host" ;;
  esac
done
# port_taken PORT PROTO: something listens on PORT (any address) in this host's network namespace.
port_taken() {
  local hex state files
  hex=$(printf '%04X' "$1")
  case $2 in
    udp) state=07 files=(/proc/net/udp /proc/net/udp6) ;;
    tcp) state=0A files=(/proc/net/tcp /proc/net/tcp6) ;;
    *) return 1 ;;
  esac
  awk -v p=":$hex" -v st="$state" '$4 == st && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' "${files[@]}" 2>/dev/null
}
# Ports the live container publishes are released at the switch; with host networking its
# listeners cannot be told from others, so the check is left to docker start.
own_ports=" "
live_mode=
# (one docker command: its network mode, then its ports; none when it does not exist)
if live=$(docker container inspect -f '{{.HostConfig.NetworkMode}}
{{range $k, $v := .HostConfig.PortBindings}}{{range $v}}{{.HostPort}}/{{index (split $k "/") 1}} {{end}}{{end}}' "$NAME" 2>/dev/null); then
  live_mode=${live%%$'\n'*}
  own_ports=" ${live#*$'\n'} "
fi
if [ "$NETWORK" != host ] && [ "$live_mode" != host ]; then
  for p in ${PORTS[@]+"${PORTS[@]}"}; do
    proto=tcp
    spec=$p
    case $p in */*) proto=${p##*/} spec=${p%/*} ;; esac
    rest=${spec%:*}
    hp=${rest##*:}
    case $own_ports in *" $hp/$proto "*) continue ;; esac
    if port_taken "$hp" "$proto"; then
      fail "$E_HOST_SETTING" "ports: $p: host port $hp/$proto is already in use on this host"
    fi
  done
fi

docker rm -f "$NEW" >/dev/null 2>&1
rev=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REF" 2>/dev/null)")
extra=()
for l in ${LABELS[@]+"${LABELS[@]}"}; do extra+=("--label=$l"); done
if [ -n "$rev" ]; then extra+=("--label=dev.gantry.revision=$rev" "--label=org.opencontainers.image.revision=$rev"); fi
if [ -n "$SECRET0" ]; then
  printf '%s' "$SECRET0" | base64 -d >"$T/env" || fail "$E_CREATE" "cannot write the env file"
  SECRET0=
  extra+=("--env-file=$T/env")
fi
if ! docker create --name="$NEW" "${CREATE_FLAGS[@]}" "${extra[@]}" "$REF" ${ARGS[@]+"${ARGS[@]}"} >"$T/create" 2>&1; then
  rm -f "$T/env"
  fail "$E_CREATE" "docker create failed: $(errline "$T/create")"
fi
rm -f "$T/env"
# docker create prints the new container's id (after any warning)
id=$(grep -E '^[0-9a-f]{64}$' "$T/create" | tail -n 1)
[ -n "$id" ] || id=$(docker inspect -f '{{.Id}}' "$NEW")
echo "created=$id"
echo "revision=$rev"
