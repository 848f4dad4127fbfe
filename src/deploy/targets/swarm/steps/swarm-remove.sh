# shellcheck shell=bash
# deploy_target swarm: removes the service gantry created in this run (a first create that failed).
busy
docker service rm "$NAME" >"$T/out" 2>&1 || fail "$E_CREATE" "docker service rm $NAME failed: $(errline "$T/out")"
echo removed=1
