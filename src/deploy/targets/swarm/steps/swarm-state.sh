# shellcheck shell=bash
# deploy_target swarm: the service's spec image, update status and every task it keeps (current
# and recent history), read from docker's structured inspect output, one key=value line each.
# task=ID|SLOT|NODE_ID|DESIRED|STATE|IMAGE|ERROR (ERROR last: it may hold anything but a newline).
if ! docker service inspect "$NAME" >/dev/null 2>"$T/err"; then
  # Only a missing service is "no service": on a worker or outside a swarm the question has no answer here.
  case $(tr '[:upper:]' '[:lower:]' <"$T/err") in
    *"not a swarm manager"*) fail "$E_NOT_MANAGER" "this node is in a swarm but is not a manager (docker node ls on a manager lists the managers)" ;;
    *"not part of a swarm"*) fail "$E_NOT_IN_SWARM" "this node is not in a swarm (docker swarm init makes it the first manager)" ;;
    *"no such service"* | *"not found"*) ;;
    *) fail "$E_DOCKER_DOWN" "docker service inspect failed: $(errline "$T/err")" ;;
  esac
  echo service=0
  exit 0
fi
echo service=1
docker service inspect -f 'image={{.Spec.TaskTemplate.ContainerSpec.Image}}
previous_image={{if .PreviousSpec}}{{.PreviousSpec.TaskTemplate.ContainerSpec.Image}}{{end}}
update_state={{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}
update_started={{if .UpdateStatus}}{{.UpdateStatus.StartedAt}}{{end}}' "$NAME"
printf 'update_message=%s\n' "$(docker service inspect -f '{{if .UpdateStatus}}{{.UpdateStatus.Message}}{{end}}' "$NAME" | tr '\r\n\t' '   ' | sed 's/ *$//')"
mapfile -t nodes < <(docker node ls -q 2>/dev/null)
if [ "${#nodes[@]}" -gt 0 ]; then
  docker node inspect -f 'node={{.ID}}|{{.Status.Addr}}|{{.Status.State}}' "${nodes[@]}" 2>/dev/null
fi
mapfile -t tasks < <(docker service ps -q --no-trunc "$NAME" 2>/dev/null)
if [ "${#tasks[@]}" -gt 0 ]; then
  docker inspect --type task -f 'task={{.ID}}|{{.Slot}}|{{.NodeID}}|{{.DesiredState}}|{{.Status.State}}|{{.Spec.ContainerSpec.Image}}|{{.Status.Err}}' "${tasks[@]}" 2>/dev/null
fi
