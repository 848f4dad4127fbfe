# shellcheck shell=bash
# The container targets' share of the steps' shell (after lib.sh; src/deploy/steps/render.ts adds it
# to every step but the binary target's and the lock's): the service's containers as docker reads
# them, gantry's own names and labels, the switch of containers and its undo, the registry login.
# Values: those of lib.sh. Uses lib.sh's fail, T, S, G, busy. Every container step has its scratch dir T.
scratch
# The service's own containers (NAME NEW OLD PREV DROP) as one docker command reads them (each
# docker command costs the host a CLI start and an engine round trip): which exist, and each one's
# id, image, running state, restart policy, health and gantry's labels. Read when first asked and
# kept until a docker command that may change a container runs (docker below forgets them: stop,
# start and update only the running state and policy). A record holding a label value that JSON
# escapes (a backslash, a quote, a control character, <>&) or no labels at all is kept only as
# "exists": each of its facts is then asked of docker itself, as is anything of another container.
K_NAMES=" $NAME $NEW $OLD $PREV $DROP "
declare -A K=() K_ODD=()
K_READ=
K_LIVE=
K_US=$'\x1f'
# (.Id exists only in docker's raw JSON, where a missing key's field is an error: State's Health
# is reached by index.)
K_FORMAT="{{.Name}}$K_US{{.Id}}$K_US{{.Image}}$K_US{{.State.Running}}$K_US{{.HostConfig.RestartPolicy.Name}}:{{json .HostConfig.RestartPolicy.MaximumRetryCount}}$K_US{{with index .State \"Health\"}}{{index . \"Status\"}}{{end}}$K_US{{if .Config.Labels}}{{json (index .Config.Labels \"dev.gantry.service\")}}$K_US{{json (index .Config.Labels \"dev.gantry.image-digest\")}}$K_US{{json (index .Config.Labels \"dev.gantry.alias\")}}$K_US{{json (index .Config.Labels \"dev.gantry.config\")}}{{else}}-{{json .Config.Labels}}{{end}}"
docker() {
  case $1 in
    inspect|image|logs|version|ps|pull|tag|login|exec|network|info) ;;
    container) case $2 in inspect|ls|list|logs|port|top) ;; *) K_READ= ;; esac ;;
    stop|start|update|kill|restart|pause|unpause) K_LIVE= ;;
    *) K_READ= ;;
  esac
  command docker "$@"
}
# facts [live]: reads the service's containers unless known (live: with their running state,
# policy and health); false when that read failed otherwise than by a missing container (then
# every check asks docker itself).
facts() {
  case $K_READ in off) return 1 ;; 1) { [ -z "${1:-}" ] || [ -n "$K_LIVE" ]; } && return 0 ;; esac
  local line n rc=0 found=0
  K=() K_ODD=() K_READ=1 K_LIVE=1
  command docker container inspect -f "$K_FORMAT" "$NAME" "$NEW" "$OLD" "$PREV" "$DROP" >"$T/facts" 2>"$T/facts.err" || rc=$?
  if [ "$rc" != 0 ] && grep -qv 'No such container' "$T/facts.err"; then K=() K_READ=off; return 1; fi
  while IFS= read -r line; do
    n=${line%%"$K_US"*}; n=${n#/}
    case $K_NAMES in *" $n "*) ;; *) continue ;; esac
    [ -z "${K[$n]+x}" ] || continue
    found=$(( found + 1 ))
    K[$n]=${line#*"$K_US"}
    # No labels: {} (each unset) or null (asked of docker).
    case ${K[$n]} in
      *"$K_US-{}") K[$n]="${K[$n]%-\{\}}null${K_US}null${K_US}null${K_US}null" ;;
      *\\*|*"$K_US-null") K_ODD[$n]=1 ;;
    esac
  done <"$T/facts"
  # Each of the five names is either found under its own name or said missing; anything else (a
  # name docker took for another container's id) leaves every check to docker itself.
  if [ $(( found + $(grep -c 'No such container' "$T/facts.err") )) != 5 ]; then K=() K_ODD=() K_READ=off; return 1; fi
  return 0
}
# mine C [live]: C is one of the service's containers and their facts are read.
mine() { case $K_NAMES in *" $1 "*) facts "${2:-}" ;; *) return 1 ;; esac; }
# kf C I: prints field I of C's facts (1 id, 2 image, 3 running, 4 restart policy, 5 health; 6 to 9
# the labels dev.gantry.service, image-digest, alias, config as docker prints them, <no value> when
# unset), nothing when C does not exist (as docker inspect would print); fails when they are not
# known here (then ask docker).
kf() {
  local f v
  case $2 in 3|4|5) mine "$1" live ;; *) mine "$1" ;; esac || return 1
  [ -n "${K[$1]+x}" ] || return 0
  [ "$2" -lt 6 ] || [ -z "${K_ODD[$1]+x}" ] || return 1
  IFS="$K_US" read -r -a f <<<"${K[$1]}"
  v=${f[$(( $2 - 1 ))]-}
  case $2 in
    4) v=${v%:0} ;;
    [6-9]) case $v in null|'') v='<no value>' ;; *) v=${v#\"}; v=${v%\"} ;; esac ;;
  esac
  printf '%s' "$v"
}
exists() {
  if mine "$1"; then [ -n "${K[$1]+x}" ]; else command docker container inspect "$1" >/dev/null 2>&1; fi
}
# id_of, image_of, running_of, config_of, health_of C: its id, its image's id, true or false, its
# label dev.gantry.config, its HEALTHCHECK's status (empty without one), as docker inspect prints
# them (nothing when C does not exist).
id_of() { kf "$1" 1 || docker inspect -f '{{.Id}}' "$1" 2>/dev/null; }
image_of() { kf "$1" 2 || docker inspect -f '{{.Image}}' "$1" 2>/dev/null; }
running_of() { kf "$1" 3 || docker inspect -f '{{.State.Running}}' "$1" 2>/dev/null; }
config_of() {
  local v
  v=$(kf "$1" 9) || v=$(docker inspect -f '{{index .Config.Labels "dev.gantry.config"}}' "$1" 2>/dev/null)
  novalue "$v"
}
health_of() { kf "$1" 5 || docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$1" 2>/dev/null; }
novalue() { case $1 in '<no value>') printf '' ;; *) printf '%s' "$1" ;; esac; }
policy_of() {
  kf "$1" 4 ||
  docker inspect -f '{{.HostConfig.RestartPolicy.Name}}{{if gt .HostConfig.RestartPolicy.MaximumRetryCount 0}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}{{end}}' "$1" 2>/dev/null
}
digest_of() {
  local d img
  d=$(kf "$1" 7) || d=$(docker inspect -f '{{index .Config.Labels "dev.gantry.image-digest"}}' "$1" 2>/dev/null)
  d=$(novalue "$d")
  if [ -z "$d" ]; then
    img=$(image_of "$1")
    d=
    [ -z "$img" ] || d=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' "$img" 2>/dev/null | head -n 1)
    d=${d#*@}
    [ -n "$d" ] || d=$img
  fi
  printf '%s' "$d"
}
# ours CONTAINER: gantry made it for $NAME: it carries the label dev.gantry.service=$NAME, or it is
# the container to_prev parked (its id in $S/parked: one deployed before gantry has no label).
# Names alone prove nothing: anyone can `docker run --name web-gantry-prev`.
ours() {
  local v
  if mine "$1" && [ -z "${K_ODD[$1]+x}" ]; then
    [ -n "${K[$1]+x}" ] || return 1
    v="$(kf "$1" 1) $(kf "$1" 6)"
  else
    v=$(docker inspect -f '{{.Id}} {{index .Config.Labels "dev.gantry.service"}}' "$1" 2>/dev/null) || return 1
  fi
  [ "${v#* }" = "$NAME" ] && return 0
  [ -n "${v%% *}" ] && [ "$(cat "$S/parked" 2>/dev/null)" = "${v%% *}" ]
}
# guard CONTAINER...: fails the step, changing nothing, when a container has a name gantry gives
# $NAME's own (-gantry-prev...) but is not gantry's: gantry neither starts nor removes it.
guard() {
  local c
  for c in "$@"; do
    if exists "$c" && ! ours "$c"; then
      fail "$E_FOREIGN_CONTAINER" "the container $c on this host was not made by gantry for $NAME (it lacks the label dev.gantry.service=$NAME), so gantry neither starts nor removes it: rename or remove it by hand"
    fi
  done
}
# to_prev CONTAINER: keep it as the previous version: stopped, restart=no, its policy remembered.
to_prev() {
  local c=$1 p id dropped=
  guard "$PREV" "$DROP"
  p=$(policy_of "$c"); [ -n "$p" ] || p=no
  # (known before the moves: its id, which the renames keep; and whether $DROP is there, as it
  # is after them when it was before or $PREV became it)
  id=$(kf "$c" 1) || id=
  if exists "$DROP"; then dropped=1; fi
  docker stop "$c" >/dev/null 2>&1
  if exists "$PREV"; then docker rename "$PREV" "$DROP" >/dev/null 2>&1 && dropped=1; fi
  docker rename "$c" "$PREV" >/dev/null || return 1
  docker update --restart=no "$PREV" >/dev/null 2>&1
  printf '%s\n' "$p" >"$S/prev.restart"
  if [ -n "$id" ]; then printf '%s\n' "$id" >"$S/parked"; else docker inspect -f '{{.Id}}' "$PREV" >"$S/parked" 2>/dev/null; fi
  if [ -n "$dropped" ]; then docker rm -f "$DROP" >/dev/null 2>&1; fi
  return 0
}
# from_prev TARGET: the previous version takes the name TARGET, with its restart policy back.
from_prev() {
  local p
  guard "$PREV"
  p=$(cat "$S/prev.restart" 2>/dev/null); [ -n "$p" ] || p=unless-stopped
  docker rename "$PREV" "$1" >/dev/null || return 1
  docker update --restart="$p" "$1" >/dev/null 2>&1
  return 0
}
# alias_of CONTAINER: the network alias the proxy dials it by (proxy mode), else empty.
alias_of() {
  local v
  v=$(kf "$1" 8) || v=$(docker inspect -f '{{index .Config.Labels "dev.gantry.alias"}}' "$1" 2>/dev/null)
  novalue "$v"
}
# route_dial: the alias:port the proxy route of $NAME dials (in maintenance, the route kept aside
# as <rank>-<service>.live); empty without a route.
route_dial() {
  cat "$G"/proxy/routes/*/[19]-"$NAME".live "$G"/proxy/routes/*/[19]-"$NAME".json 2>/dev/null | sed -n 's/.*"dial":"\([^"]*\)".*/\1/p' | head -n 1
}
# addr_of CONTAINER: its address on the proxy network (empty when it is not on it or not running).
addr_of() { novalue "$(docker inspect -f '{{with index .NetworkSettings.Networks "gantry"}}{{.IPAddress}}{{end}}' "$1" 2>/dev/null)"; }
switch_field() { sed -n "s/^$1=//p" "$S/switch" 2>/dev/null | tail -n 1; }
# Undo an unfinished switch (failed health, or a run killed halfway): what ran before runs again.
undo_switch() {
  [ -f "$S/switch" ] || return 0
  local kind swapped
  kind=$(switch_field source); swapped=$(switch_field swapped)
  if [ "$swapped" = 1 ] && exists "$NAME"; then
    if [ "$kind" = prev ]; then
      to_prev "$NAME" || fail "$E_RENAME" "cannot move $NAME back to $PREV"
    else
      docker rm -f "$NAME" >/dev/null 2>&1 || fail "$E_RENAME" "cannot remove the new $NAME"
    fi
    echo "undone=removed the switched-in container"
  fi
  if exists "$OLD"; then
    if exists "$NAME"; then fail "$E_RENAME" "both $NAME and $OLD exist; resolve by hand"; fi
    docker rename "$OLD" "$NAME" >/dev/null || fail "$E_RENAME" "cannot rename $OLD back to $NAME"
    echo "undone=renamed $OLD back to $NAME"
  fi
  if exists "$NAME" && { facts live || :; [ "$(running_of "$NAME")" != true ]; }; then
    docker start "$NAME" >/dev/null 2>"$T/start" || fail "$E_START" "the restored $NAME did not start: $(errline "$T/start")"
    echo "undone=started $NAME"
  fi
  if exists "$NEW"; then docker rm -f "$NEW" >/dev/null 2>&1; fi
  rm -f "$S/switch"
  if exists "$NAME"; then echo "restored=$(digest_of "$NAME")"; else echo "restored=none"; fi
}
# registry_login: docker login with --password-stdin (the password is SECRET0, base64) into a
# scratch DOCKER_CONFIG under $T, which the step's exit removes. Values: REGISTRY_SERVER
# REGISTRY_USER LOGIN_SERVER (empty for Docker Hub).
registry_login() {
  local server=()
  export DOCKER_CONFIG="$T/docker-config"
  mkdir -p "$DOCKER_CONFIG"
  if [ -n "$LOGIN_SERVER" ]; then server=(-- "$LOGIN_SERVER"); fi
  if ! printf '%s' "$SECRET0" | base64 -d | docker login --username="$REGISTRY_USER" --password-stdin ${server[@]+"${server[@]}"} >"$T/login" 2>&1; then
    fail "$E_REGISTRY_LOGIN" "registry login to $REGISTRY_SERVER as $REGISTRY_USER failed: $(errline "$T/login")"
  fi
  SECRET0=
}
