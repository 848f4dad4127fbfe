# shellcheck shell=bash
# deploy_image oci:DIR: the image comes from the runner, never from a registry. When it is here
# already (by IMAGE_ID, its config digest, or REF for an index) nothing is fetched. Else with
# PULL_REF (the runner's registry through this host's SSH forward, on its loopback) it is pulled;
# without, have=0 and held_layers= (how many of DIFF_IDS, from the bottom, this engine holds) let
# the runner stream only what is missing into docker load, and platform= (the engine's os/arch)
# which of an index's images to send. Once here, the image is named REF (and
# ALSO_TAG) and the forward's name is dropped: the port changes each run, the names do not.
# Values: DIGEST IMAGE_ID PULL_REF REF ALSO_TAG, DIFF_IDS and ALSO_IMAGES (arrays).
busy
src=${IMAGE_ID:-$REF}
if ! docker image inspect "$src" >/dev/null 2>&1; then
  if [ -z "$PULL_REF" ]; then
    echo have=0
    best=0
    while read -r layers; do
      n=0
      for l in $layers; do
        if [ "$n" -ge "${#DIFF_IDS[@]}" ] || [ "$l" != "${DIFF_IDS[$n]}" ]; then break; fi
        n=$((n + 1))
      done
      if [ "$n" -gt "$best" ]; then best=$n; fi
    done < <(docker image ls -q --no-trunc | sort -u | xargs -r docker image inspect -f '{{join .RootFS.Layers " "}}' 2>/dev/null)
    echo "held_layers=$best"
    echo "platform=$(docker version -f '{{.Server.Os}}/{{.Server.Arch}}' 2>/dev/null)"
    exit 0
  fi
  if ! docker pull -q "$PULL_REF" >"$T/pull" 2>&1; then
    fail "$E_PULL" "$(diskfull "$T/pull")docker pull $PULL_REF through the SSH forward failed: $(errline "$T/pull")"
  fi
  src=$PULL_REF
  echo fetched=1
fi
docker tag "$src" "$REF" >"$T/tag" 2>&1 || fail "$E_PULL" "docker tag $REF failed: $(errline "$T/tag")"
if [ -n "$ALSO_TAG" ]; then docker tag "$src" "$ALSO_TAG" >/dev/null 2>&1 || true; fi
if [ -n "$PULL_REF" ] && [ "$src" = "$PULL_REF" ]; then docker image rm "$PULL_REF" >/dev/null 2>&1 || true; fi
echo have=1
echo "digest=$DIGEST"
echo "image_id=$(docker image inspect -f '{{.Id}}' "$REF")"
echo "revision=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REF" 2>/dev/null)")"
for img in ${ALSO_IMAGES[@]+"${ALSO_IMAGES[@]}"}; do
  docker image inspect "$img" >/dev/null 2>&1 && continue
  docker pull -q "$img" >"$T/pull" 2>&1 || fail "$E_PULL" "$(diskfull "$T/pull")docker pull $img failed: $(errline "$T/pull")"
  echo "also_pulled=$img"
done
hc=$(docker image inspect -f '{{if .Config.Healthcheck}}{{join .Config.Healthcheck.Test " "}}{{end}}' "$REF" 2>/dev/null)
case $hc in ''|NONE*) echo image_healthcheck=0 ;; *) echo image_healthcheck=1 ;; esac
