# shellcheck shell=bash
# rollback_to for the binary target: finds WANT among the releases kept under binary_root, as a
# release's name (<commit_time>-<short_sha>) or a commit sha of 7 or more hex digits. Prints
# release=, or fails listing the kept releases (newest first). Reads only.
# Values: ROOT WANT.
kept=()
for d in "$REL"/*/; do
  if [ -x "$d$NAME" ]; then d=${d%/}; kept=("${d##*/}" ${kept[@]+"${kept[@]}"}); fi
done
found=
for k in ${kept[@]+"${kept[@]}"}; do
  if [ "$k" = "$WANT" ]; then found=$k; break; fi
done
if [ -z "$found" ] && [[ $WANT =~ ^[0-9a-f]{7,40}$ ]]; then
  for k in ${kept[@]+"${kept[@]}"}; do
    if [ "${k##*-}" = "${WANT:0:7}" ]; then found=$k; break; fi
  done
fi
if [ -z "$found" ]; then
  list=$(printf '%s, ' ${kept[@]+"${kept[@]}"})
  list=${list%, }
  fail "$E_UNKNOWN_VERSION" "rollback_to '$WANT' is not among the releases of $NAME kept in $REL on this host: ${list:-none}"
fi
echo "release=$found"
