# shellcheck shell=bash
# Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls.
# Values: REF REPO LOGIN (1 to log in) REGISTRY_SERVER REGISTRY_USER LOGIN_SERVER (empty for
# Docker Hub) ALSO_IMAGES (array: pulled too when missing, e.g. the proxy's image); the password
# is SECRET0, read from stdin as base64.
busy
if [ "$LOGIN" = 1 ]; then
  registry_login
fi
if ! docker pull -q "$REF" >"$T/pull" 2>&1; then
  fail "$E_PULL" "$(diskfull "$T/pull")docker pull $REF failed: $(errline "$T/pull")"
fi
# One docker command for what the image says of itself, one a line: its id, its registry digests,
# then its revision label (last: it may hold newlines). (.Id exists only in docker's raw JSON,
# where an image without labels has none to index.)
info=$(docker image inspect -f '{{.Id}}
{{range .RepoDigests}}{{.}} {{end}}
{{with .Config.Labels}}{{index . "org.opencontainers.image.revision"}}{{end}}' "$REF")
mapfile -t -n 2 head2 <<<"$info"
digest=$(tr ' ' '\n' <<<"${head2[1]-}" | awk -v r="$REPO@" 'index($0, r) == 1 { print substr($0, length(r) + 1); exit }')
echo "digest=$digest"
echo "image_id=${head2[0]-}"
rev=
case $info in *$'\n'*$'\n'*) rev=${info#*$'\n'*$'\n'} ;; esac
echo "revision=$(novalue "$rev")"
for img in ${ALSO_IMAGES[@]+"${ALSO_IMAGES[@]}"}; do
  docker image inspect "$img" >/dev/null 2>&1 && continue
  docker pull -q "$img" >"$T/pull" 2>&1 || fail "$E_PULL" "$(diskfull "$T/pull")docker pull $img failed: $(errline "$T/pull")"
  echo "also_pulled=$img"
done
hc=$(docker image inspect -f '{{if .Config.Healthcheck}}{{join .Config.Healthcheck.Test " "}}{{end}}' "$REF" 2>/dev/null)
case $hc in ''|NONE*) echo image_healthcheck=0 ;; *) echo image_healthcheck=1 ;; esac
