# shellcheck shell=bash
# rollback_to: finds WANT (a digest, its first 12+ hex digits, a tag or a revision) among the
# versions this host recorded within KEEP whose image is still here. Prints ref= and digest=, or
# fails listing the candidates.
# Values: WANT KEEP.
[ -f "$S/history" ] || fail "$E_UNKNOWN_VERSION" "rollback_to '$WANT': no version is recorded on this host"
list=
found=
want_hex=${WANT#sha256:}
while read -r _ digest id; do
  docker image inspect "$id" >/dev/null 2>&1 || continue
  rev=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$id" 2>/dev/null)")
  tags=$(docker image inspect -f '{{range .RepoTags}}{{println .}}{{end}}' "$id" 2>/dev/null | sed 's/.*://' | sort -u | tr '\n' ' ' | sed 's/ $//')
  list="$list${list:+; }$digest${rev:+ revision $rev}${tags:+ tags $tags}"
  [ -n "$found" ] && continue
  hex=${digest#sha256:}
  match=
  if [ "$WANT" = "$digest" ] || [ "$WANT" = "$hex" ]; then match=1; fi
  if [ -z "$match" ] && [ ${#want_hex} -ge 12 ] && [ "${hex#"$want_hex"}" != "$hex" ]; then match=1; fi
  if [ -z "$match" ] && [ -n "$rev" ] && [ "$rev" = "$WANT" ]; then match=1; fi
  if [ -z "$match" ] && printf '%s\n' "$tags" | tr ' ' '\n' | grep -qxF -- "$WANT"; then match=1; fi
  if [ -n "$match" ]; then
    found=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' "$id" | grep -F "@$digest" | head -n 1)
    # An image that came without a registry (oci:, docker load) has no such name: a tag, else its id.
    [ -n "$found" ] || found=$(docker image inspect -f '{{range .RepoTags}}{{println .}}{{end}}' "$id" | head -n 1)
    [ -n "$found" ] || found=$id
    echo "ref=$found"
    echo "digest=$digest"
  fi
done < <(tac "$S/history" | awk '!seen[$2]++' | head -n "$KEEP")
[ -n "$found" ] || fail "$E_UNKNOWN_VERSION" "rollback_to '$WANT' is not among the versions kept on this host: ${list:-none}"
