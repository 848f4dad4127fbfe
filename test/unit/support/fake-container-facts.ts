/**
 * For stand-in `docker` scripts: answers lib.sh's one read of a service's own containers
 * (`docker container inspect -f '{{.Name}}...' NAME NEW OLD PREV DROP`) as the engine does: one
 * line a container that exists (its name with docker's leading '/', fields separated by \x1f,
 * labels as JSON), "No such container" on stderr and status 1 when one is missing.
 * The stand-in defines `record_of NAME`: prints the container's fields separated by '|' (id image
 * running policy health service digest alias config; '-' for a label that is unset), or fails when
 * there is no such container. Call `facts_answer "${@:5}"` for that read (`is_facts "$4"` tells it).
 */
export const FAKE_CONTAINER_FACTS = String.raw`
is_facts() { case $1 in '{{.Name}}'*'dev.gantry.image-digest'*) return 0 ;; esac; return 1; }
facts_answer() {
  local n r rc=0 us=$'\x1f' id img run pol hl svc dig al cf
  q() { if [ "$1" = - ]; then printf null; else printf '"%s"' "$1"; fi; }
  for n in "$@"; do
    if r=$(record_of "$n"); then
      IFS='|' read -r id img run pol hl svc dig al cf <<<"$r"
      printf '/%s' "$n"
      printf '%s%s' "$us" "$id" "$us" "$img" "$us" "$run" "$us" "$pol:0" "$us" "$hl" "$us" "$(q "$svc")" "$us" "$(q "$dig")" "$us" "$(q "$al")" "$us" "$(q "$cf")"
      printf '\n'
    else
      echo "Error response from daemon: No such container: $n" >&2; rc=1
    fi
  done
  return $rc
}
`;
