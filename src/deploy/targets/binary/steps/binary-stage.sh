# shellcheck shell=bash
# Checks the uploaded file's SHA-256 against the build's and renames it into the release; writes
# the release's env (0600, from SECRET0) and run wrapper. A wrong sum removes the upload (and the
# release when this run made it): nothing is switched.
# Values: ROOT VERSION SHA UPLOAD (empty when the binary was there already) NEW_RELEASE RUN_TEXT
# UNIT_KIND (none, supervisor, systemd-user: installed when missing) UNIT_PATH UNIT_TEXT.
busy
dir="$REL/$VERSION"
got=
if [ -n "$UPLOAD" ]; then
  case $UPLOAD in "$dir"/.upload.*) ;; *) fail "$E_CHECKSUM" "the upload $UPLOAD is not in $dir" ;; esac
  sha_of got "$UPLOAD"
  if [ "$got" != "$SHA" ]; then
    rm -f "$UPLOAD"
    if [ "$NEW_RELEASE" = 1 ]; then rm -rf "$dir"; fi
    fail "$E_CHECKSUM" "the uploaded binary's SHA-256 is ${got:-unreadable}, not $SHA as binaries_dir/SHA256SUMS says: removed, nothing switched"
  fi
  { chmod 755 "$UPLOAD" && mv -f "$UPLOAD" "$dir/$NAME"; } || fail "$E_RENAME" "cannot move the upload to $dir/$NAME"
  echo uploaded=1
else
  # (an upload was checked above and renamed into place: hashing it again would only cost the host)
  sha_of got "$dir/$NAME"
  [ "$got" = "$SHA" ] || fail "$E_CHECKSUM" "$dir/$NAME does not have the SHA-256 $SHA"
fi
umask 077
# (made under umask 077: 0600 without a chmod)
{ printf '%s' "$SECRET0" | base64 -d >"$dir/.env.$$" && mv -f "$dir/.env.$$" "$dir/env"; } || fail "$E_STATE_DIR" "cannot write $dir/env"
SECRET0=
{ printf '%s\n' "$RUN_TEXT" >"$dir/.run.$$" && chmod 700 "$dir/.run.$$" && mv -f "$dir/.run.$$" "$dir/run"; } || fail "$E_STATE_DIR" "cannot write $dir/run"
UNIT_PATH=${UNIT_PATH//@HOME@/$HOME}
if [ "$UNIT_KIND" != none ] && [ ! -e "$UNIT_PATH" ]; then
  mkdir -p "$(dirname "$UNIT_PATH")" || fail "$E_STATE_DIR" "cannot create the folder of $UNIT_PATH"
  text=${UNIT_TEXT//@CURRENT@/$CUR}
  text=${text//@APP@/$A}
  { printf '%s\n' "$text" >"$UNIT_PATH" && chmod 644 "$UNIT_PATH"; } || fail "$E_STATE_DIR" "cannot write $UNIT_PATH"
  echo "unit_installed=$UNIT_PATH"
  printf '%s\n' "$text" | sed 's/^/unit=/'
fi
echo "staged=$VERSION"
