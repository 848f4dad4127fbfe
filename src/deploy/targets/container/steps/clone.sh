# shellcheck shell=bash
# rollback_to: stages <name>-gantry-new from an older image with the live container's own settings
# (its environment minus what its image set, volumes, ports, network, restart policy, and the
# container options: memory, cpus, log options, stop timeout, read-only, tmpfs, and the user and
# CMD where they differ from its image's), so a rollback needs none of the deploy's inputs. The environment goes through a 0600 file removed at once.
# Values: REF DIGEST ALIAS (proxy mode: the new container's network alias) NET AT (deployed-at).
busy
exists "$NAME" || fail "$E_NOTHING_TO_SWITCH" "nothing runs under $NAME to take the settings from"
docker rm -f "$NEW" >/dev/null 2>&1
img=$(docker inspect -f '{{.Image}}' "$NAME")
docker image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$img" | sed '/^$/d' | sort -u >"$T/image-env"
docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$NAME" | sed '/^$/d' | sort -u | comm -23 - "$T/image-env" >"$T/env"
args=("--restart=$(policy_of "$NAME")")
while IFS= read -r v; do [ -n "$v" ] && args+=("--volume=$v"); done < <(docker inspect -f '{{range .HostConfig.Binds}}{{println .}}{{end}}' "$NAME")
while IFS= read -r p; do [ -n "$p" ] && args+=("--publish=$p"); done < <(docker inspect -f '{{range $p, $b := .HostConfig.PortBindings}}{{range $b}}{{if .HostIp}}{{.HostIp}}:{{end}}{{.HostPort}}:{{$p}}{{println}}{{end}}{{end}}' "$NAME")
mode=$(docker inspect -f '{{.HostConfig.NetworkMode}}' "$NAME")
if [ -n "$ALIAS" ]; then args+=("--network=$NET" "--network-alias=$ALIAS" "--label=dev.gantry.alias=$ALIAS")
elif [ -n "$mode" ] && [ "$mode" != default ]; then args+=("--network=$mode"); fi
args+=("--label=dev.gantry.service=$NAME")
n=$(docker inspect -f '{{.HostConfig.Memory}}' "$NAME")
if [ -n "$n" ] && [ "$n" != 0 ]; then args+=("--memory=$n"); fi
n=$(docker inspect -f '{{.HostConfig.NanoCpus}}' "$NAME")
if [ -n "$n" ] && [ "$n" != 0 ]; then args+=("--cpus=$(awk -v n="$n" 'BEGIN { printf "%.9g", n / 1e9 }')"); fi
while IFS= read -r o; do [ -n "$o" ] && args+=("--log-opt=$o"); done < <(docker inspect -f '{{range $k, $v := .HostConfig.LogConfig.Config}}{{$k}}={{$v}}{{println}}{{end}}' "$NAME")
if [ -n "$(docker inspect -f '{{range $k, $v := .HostConfig.LogConfig.Config}}{{$k}}{{end}}' "$NAME")" ]; then
  args+=("--log-driver=$(docker inspect -f '{{.HostConfig.LogConfig.Type}}' "$NAME")")
fi
n=$(docker inspect -f '{{if .Config.StopTimeout}}{{.Config.StopTimeout}}{{end}}' "$NAME")
if [ -n "$n" ]; then args+=("--stop-timeout=$n"); fi
if [ "$(docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$NAME")" = true ]; then args+=(--read-only); fi
while IFS= read -r m; do [ -n "$m" ] && args+=("--tmpfs=$m"); done < <(docker inspect -f '{{range $k, $v := .HostConfig.Tmpfs}}{{$k}}{{if $v}}:{{$v}}{{end}}{{println}}{{end}}' "$NAME")
# The user and the CMD as given at deploy, not as its image set them (the older image has its own).
u=$(docker inspect -f '{{.Config.User}}' "$NAME")
if [ "$u" != "$(docker image inspect -f '{{.Config.User}}' "$img")" ]; then args+=("--user=$u"); fi
cmd=()
if [ "$(docker inspect -f '{{json .Config.Cmd}}' "$NAME")" != "$(docker image inspect -f '{{json .Config.Cmd}}' "$img")" ]; then
  while IFS= read -r w; do cmd+=("$w"); done < <(docker inspect -f '{{range .Config.Cmd}}{{println .}}{{end}}' "$NAME")
fi
v=$(novalue "$(docker inspect -f '{{index .Config.Labels "dev.gantry.config"}}' "$NAME")")
if [ -n "$v" ]; then args+=("--label=dev.gantry.config=$v"); fi
rev=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REF" 2>/dev/null)")
if [ -n "$rev" ]; then args+=("--label=dev.gantry.revision=$rev" "--label=org.opencontainers.image.revision=$rev"); fi
if ! docker create --name="$NEW" "${args[@]}" --env-file="$T/env" "--label=dev.gantry.image=$REF" "--label=dev.gantry.image-digest=$DIGEST" \
    "--label=dev.gantry.deployed-at=$AT" "--label=dev.gantry.deployed-by=$BY" "$REF" ${cmd[@]+"${cmd[@]}"} >"$T/create" 2>&1; then
  rm -f "$T/env"
  fail "$E_CREATE" "docker create failed: $(errline "$T/create")"
fi
rm -f "$T/env"
echo "created=$(docker inspect -f '{{.Id}}' "$NEW")"
