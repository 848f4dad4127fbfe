# shellcheck shell=bash
# pre_switch_cmd: docker run --rm REF ARGS of the new image on this host, with the deploy's env (a
# 0600 file removed at once) and network, before anything is switched. Its last output lines come
# back as log=; fails with E_PRE_SWITCH when it does.
# Values: REF NET ENSURE_NETWORK ARGS (array) HOOK_TIMEOUT; the env file is SECRET0.
busy
if [ "$ENSURE_NETWORK" = 1 ] && ! docker network inspect "$NET" >/dev/null 2>&1; then docker network create "$NET" >/dev/null 2>&1; fi
printf '%s' "$SECRET0" | base64 -d >"$T/env" || fail "$E_PRE_SWITCH" "cannot write the env file"
SECRET0=
netargs=()
[ -n "$NET" ] && netargs=("--network=$NET")
limit=()
if command -v timeout >/dev/null 2>&1; then limit=(timeout -k 5 "$HOOK_TIMEOUT"); fi
${limit[@]+"${limit[@]}"} docker run --rm --name="$NAME-gantry-hook" ${netargs[@]+"${netargs[@]}"} --env-file="$T/env" "$REF" ${ARGS[@]+"${ARGS[@]}"} >"$T/hook" 2>&1 </dev/null
rc=$?
rm -f "$T/env"
docker rm -f "$NAME-gantry-hook" >/dev/null 2>&1
tail -n 30 "$T/hook" | cut -c1-300 | sed 's/^/log=/'
[ "$rc" = 0 ] || fail "$E_PRE_SWITCH" "pre_switch_cmd exited with code $rc"
echo ok=1
