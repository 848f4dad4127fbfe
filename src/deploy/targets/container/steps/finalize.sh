# shellcheck shell=bash
# The new container is healthy: keep what ran before as the previous version, record, prune, audit.
# Values: REPO (empty skips pruning) KEEP_IMAGES AUDIT_ACTION AUDIT_FROM AUDIT_TO.
busy
# What runs under the name, read before the moves below (which leave it as it is); and the
# image of what will be the previous version: $OLD's when it is kept as such, else $PREV's.
# (the service's containers read here, once, not in each $(...) below)
facts || :
cur_id=$(image_of "$NAME")
cur_digest=$(digest_of "$NAME")
prev_image=$(image_of "$PREV")
if exists "$OLD"; then
  # The same image again (a rerun): keep the older previous version for rollback.
  if exists "$PREV" && [ "$(digest_of "$OLD")" = "$cur_digest" ]; then
    docker rm -f "$OLD" >/dev/null 2>&1 || fail "$E_RENAME" "cannot remove $OLD"
  else
    prev_image=$(image_of "$OLD")
    to_prev "$OLD" || fail "$E_RENAME" "cannot keep $OLD as $PREV"
  fi
fi
rm -f "$S/switch"
now
printf '%s %s %s\n' "$EPOCH" "$cur_digest" "$cur_id" >>"$S/history"
if [ -n "$REPO" ]; then
  keep=" $cur_id $prev_image $(tac "$S/history" | awk '!seen[$3]++ { print $3 }' | head -n "$KEEP_IMAGES" | tr '\n' ' ') "
  # Removed by this repository's own references (tag, digest), never by id: an image that another
  # repository also names keeps its data for that repository (docker refuses an id it shares).
  docker image ls --no-trunc --digests --format '{{.Repository}} {{.Tag}} {{.Digest}} {{.ID}}' |
    awk -v r="$REPO" '$1 == r' | sort -u -k4 -k2 |
    while read -r repo tag digest id; do
      case $keep in *" $id "*) continue ;; esac
      gone=0
      if [ "$tag" != '<none>' ] && docker image rm "$repo:$tag" >/dev/null 2>&1; then gone=1; fi
      if [ "$digest" != '<none>' ] && docker image rm "$repo@$digest" >/dev/null 2>&1; then gone=1; fi
      if [ "$gone" = 1 ]; then echo "pruned=$id"; fi
    done
fi
audit "$AUDIT_ACTION" ok "$AUDIT_FROM" "$AUDIT_TO"
echo "current_digest=$cur_digest"
