# shellcheck shell=bash
# deploy_target swarm: Swarm's own one-step rollback to the service's previous spec, detached.
busy
if [ -z "$(docker service inspect -f '{{if .PreviousSpec}}1{{end}}' "$NAME" 2>/dev/null)" ]; then
  fail "$E_NOTHING_TO_SWITCH" "service $NAME has no previous spec to roll back to"
fi
docker service rollback --detach --quiet "$NAME" >"$T/out" 2>&1 || fail "$E_CREATE" "docker service rollback $NAME failed: $(errline "$T/out")"
echo rolled=1
