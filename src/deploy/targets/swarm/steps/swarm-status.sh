# shellcheck shell=bash
# status, deploy_target swarm, after swarm-state.sh (which has printed the service's image,
# update status, nodes and tasks, or service=0 and exited): the service's mode and gantry's labels
# on it (digest, revision, deployed-at, deployed-by, the recorded history). Reads only.
# Values: none beyond the preamble.
docker service inspect -f 'mode={{if .Spec.Mode.Global}}global{{else}}replicated{{end}}
replicas={{if .Spec.Mode.Replicated}}{{.Spec.Mode.Replicated.Replicas}}{{end}}' "$NAME"
for l in image-digest revision deployed-at deployed-by history; do
  v=$(novalue "$(docker service inspect -f "{{index .Spec.Labels \"dev.gantry.$l\"}}" "$NAME" 2>/dev/null)")
  printf 'label_%s=%s\n' "${l//-/_}" "${v//[$'\r\n']/ }"
done
