# shellcheck shell=bash
# deploy_target swarm: creates the service or updates it to REF, detached (gantry then reads the
# service's update status and tasks). The registry login goes into a scratch DOCKER_CONFIG by
# --password-stdin and reaches Swarm through --with-registry-auth; the scratch dir goes on exit.
# env values never reach an argv: the docker CLI gets --env KEY and reads KEY's value from its own
# environment, set by export (a builtin) in the subshell that runs it.
# Values: ACTION (create or update) REF FLAGS (array) ENV_KEYS (array) LOGIN REGISTRY_SERVER
# REGISTRY_USER LOGIN_SERVER; secrets: SECRET0 the registry password, SECRET1 the env lines.
busy
auth=()
if [ "$LOGIN" = 1 ]; then
  registry_login
  auth=(--with-registry-auth)
fi
drop=()
envflag=--env
if [ "$ACTION" = update ]; then
  envflag=--env-add
  while IFS= read -r k; do
    if [ -n "$k" ]; then drop+=("--env-rm=$k"); fi
  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.ContainerSpec.Env}}{{println .}}{{end}}' "$NAME" | cut -d= -f1)
  while IFS= read -r p; do
    if [ -n "$p" ]; then drop+=("--publish-rm=$p"); fi
  done < <(docker service inspect -f '{{if .Spec.EndpointSpec}}{{range .Spec.EndpointSpec.Ports}}{{println .TargetPort}}{{end}}{{end}}' "$NAME")
  while IFS= read -r m; do
    if [ -n "$m" ]; then drop+=("--mount-rm=$m"); fi
  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.ContainerSpec.Mounts}}{{println .Target}}{{end}}' "$NAME")
fi
envs=()
for k in ${ENV_KEYS[@]+"${ENV_KEYS[@]}"}; do envs+=("$envflag=$k"); done
(
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -n "$line" ]; then export "${line%%=*}=${line#*=}"; fi
  done < <(printf '%s' "$SECRET1" | base64 -d)
  if [ "$ACTION" = create ]; then
    exec docker service create --detach --quiet --no-resolve-image --name="$NAME" ${auth[@]+"${auth[@]}"} \
      ${FLAGS[@]+"${FLAGS[@]}"} ${envs[@]+"${envs[@]}"} -- "$REF"
  else
    exec docker service update --detach --quiet --no-resolve-image --image="$REF" ${auth[@]+"${auth[@]}"} \
      ${drop[@]+"${drop[@]}"} ${FLAGS[@]+"${FLAGS[@]}"} ${envs[@]+"${envs[@]}"} -- "$NAME"
  fi
) >"$T/out" 2>&1 || fail "$E_CREATE" "docker service $ACTION failed: $(errline "$T/out")"
SECRET1=
echo "applied=$ACTION"
