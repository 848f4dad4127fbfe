# shellcheck shell=bash
# deploy_target swarm, after preflight.sh: this node is a manager of a swarm, no plain container
# of the service's name (deploy_target container) runs here; prints what the service runs now.
# Values: none beyond the preamble.
st=$(docker info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>"$T/err") ||
  fail "$E_DOCKER_DOWN" "docker info failed: $(errline "$T/err")"
case $st in
  "active true") ;;
  "active false") fail "$E_NOT_MANAGER" "this node is in a swarm but is not a manager (docker node ls on a manager lists the managers)" ;;
  inactive*) fail "$E_NOT_IN_SWARM" "this node is not in a swarm (docker swarm init makes it the first manager)" ;;
  *) fail "$E_NOT_IN_SWARM" "this node's swarm state is '$st', not an active manager" ;;
esac
if [ "$(docker container inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null)" = true ] &&
  [ -z "$(novalue "$(docker container inspect -f '{{index .Config.Labels "com.docker.swarm.service.id"}}' "$NAME" 2>/dev/null)")" ]; then
  fail "$E_PLAIN_CONTAINER" "a plain container named $NAME runs on this node (deploy_target container)"
fi
if docker service inspect "$NAME" >/dev/null 2>&1; then
  echo service=1
  docker service inspect -f 'image={{.Spec.TaskTemplate.ContainerSpec.Image}}
mode={{if .Spec.Mode.Global}}global{{else}}replicated{{end}}
update_started={{if .UpdateStatus}}{{.UpdateStatus.StartedAt}}{{end}}
previous_image={{if .PreviousSpec}}{{.PreviousSpec.TaskTemplate.ContainerSpec.Image}}{{end}}' "$NAME"
  h=$(novalue "$(docker service inspect -f '{{index .Spec.Labels "dev.gantry.history"}}' "$NAME" 2>/dev/null)")
  printf 'history=%s\n' "${h//[$'\r\n']/ }"
else
  echo service=0
fi
echo "nodes=$(docker node ls --format '{{.Status}} {{.Availability}}' 2>/dev/null | grep -c '^Ready Active$')"
