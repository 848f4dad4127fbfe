# shellcheck shell=bash
# deploy_target swarm: creates the service or updates it to REF, detached (gantry then reads the
# service's update status and tasks). The registry login goes into a scratch DOCKER_CONFIG by
# --password-stdin and reaches Swarm through --with-registry-auth; the scratch dir goes on exit.
# env values never reach an argv: the docker CLI gets --env KEY and reads KEY's value from its own
# environment, set by export (a builtin) in the subshell that runs it.
# ACTION update makes the spec what the inputs say (env, ports, mounts and the network the inputs
# do not name are removed); ACTION image (rollback_to) changes only the image and the labels.
# The settings (SECRET2, env values included) are hashed with the host's salt into the label
# dev.gantry.config; with SKIP_SAME an update whose image and hash are the service's already
# changes nothing (unchanged=1). FORCE makes Swarm replace the tasks even when nothing changed.
# Values: ACTION (create, update or image) REF FLAGS (array) ARGS (array: create's arguments after
# the image) ENV_KEYS (array) NETWORK FORCE
# SKIP_SAME LOGIN REGISTRY_SERVER REGISTRY_USER LOGIN_SERVER; secrets: SECRET0 the registry
# password, SECRET1 the env lines, SECRET2 the settings.
busy
hash=
if [ -n "$SECRET2" ] && command -v sha256sum >/dev/null 2>&1; then
  if [ ! -s "$G/salt" ]; then head -c 32 /dev/urandom | base64 >"$G/salt.$$" && mv "$G/salt.$$" "$G/salt"; fi
  hash=$({ cat "$G/salt"; printf '%s' "$SECRET2" | base64 -d; } | sha256sum | cut -c1-64)
fi
SECRET2=
if [ "$SKIP_SAME" = 1 ] && [ "$ACTION" = update ] && [ -n "$hash" ] &&
  [ "$(docker service inspect -f '{{.Spec.TaskTemplate.ContainerSpec.Image}} {{index .Spec.Labels "dev.gantry.config"}}' "$NAME" 2>/dev/null)" = "$REF $hash" ]; then
  echo unchanged=1
  exit 0
fi
auth=()
if [ "$LOGIN" = 1 ]; then
  registry_login
  auth=(--with-registry-auth)
fi
drop=()
envflag=--env
labelflag=--label
if [ "$ACTION" != create ]; then envflag=--env-add; labelflag=--label-add; fi
if [ "$ACTION" = update ]; then
  while IFS= read -r k; do
    if [ -n "$k" ]; then drop+=("--env-rm=$k"); fi
  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.ContainerSpec.Env}}{{println .}}{{end}}' "$NAME" | cut -d= -f1)
  while IFS= read -r p; do
    if [ -n "$p" ]; then drop+=("--publish-rm=$p"); fi
  done < <(docker service inspect -f '{{if .Spec.EndpointSpec}}{{range .Spec.EndpointSpec.Ports}}{{println .TargetPort}}{{end}}{{end}}' "$NAME")
  while IFS= read -r m; do
    if [ -n "$m" ]; then drop+=("--mount-rm=$m"); fi
  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.ContainerSpec.Mounts}}{{println .Target}}{{end}}' "$NAME")
  # The network as given: the one named stays (or is added), every other one is removed.
  want=
  if [ -n "$NETWORK" ]; then
    want=$(docker network inspect -f '{{.ID}}' -- "$NETWORK" 2>"$T/net") || fail "$E_HOST_SETTING" "network $NETWORK: $(errline "$T/net")"
  fi
  have=
  while IFS= read -r n; do
    if [ -z "$n" ]; then continue; fi
    if [ -n "$want" ] && [ "$n" = "$want" ]; then have=1; else drop+=("--network-rm=$n"); fi
  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.Networks}}{{println .Target}}{{end}}' "$NAME")
  if [ -n "$NETWORK" ] && [ -z "$have" ]; then drop+=("--network-add=$NETWORK"); fi
  # No log options asked: a log driver set by an earlier deploy goes back to the engine's default.
  logs=
  for f in ${FLAGS[@]+"${FLAGS[@]}"}; do case $f in --log-driver=*) logs=1 ;; esac; done
  if [ -z "$logs" ] && [ -n "$(docker service inspect -f '{{if .Spec.TaskTemplate.LogDriver}}{{.Spec.TaskTemplate.LogDriver.Name}}{{end}}' "$NAME")" ]; then
    drop+=("--log-driver=$(docker info -f '{{.LoggingDriver}}' 2>/dev/null || echo json-file)")
  fi
fi
if [ -n "$hash" ]; then drop+=("$labelflag=dev.gantry.config=$hash"); fi
if [ "$FORCE" = 1 ] && [ "$ACTION" != create ]; then drop+=(--force); fi
envs=()
for k in ${ENV_KEYS[@]+"${ENV_KEYS[@]}"}; do envs+=("$envflag=$k"); done
(
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -n "$line" ]; then export "${line%%=*}=${line#*=}"; fi
  done < <(printf '%s' "$SECRET1" | base64 -d)
  if [ "$ACTION" = create ]; then
    exec docker service create --detach --quiet --no-resolve-image --name="$NAME" ${auth[@]+"${auth[@]}"} \
      ${drop[@]+"${drop[@]}"} ${FLAGS[@]+"${FLAGS[@]}"} ${envs[@]+"${envs[@]}"} -- "$REF" ${ARGS[@]+"${ARGS[@]}"}
  else
    exec docker service update --detach --quiet --no-resolve-image --image="$REF" ${auth[@]+"${auth[@]}"} \
      ${drop[@]+"${drop[@]}"} ${FLAGS[@]+"${FLAGS[@]}"} ${envs[@]+"${envs[@]}"} -- "$NAME"
  fi
) >"$T/out" 2>&1 || fail "$E_CREATE" "docker service ${ACTION/image/update} failed: $(errline "$T/out")"
SECRET1=
echo "applied=$ACTION"
