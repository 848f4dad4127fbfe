# shellcheck shell=bash
# Shared by the binary target's steps (after lib.sh). Values: ROOT (binary_root; empty is ~/apps),
# RESTART_CMD (run by bash in the release folder, GANTRY_RELEASE_DIR set).
#
# Layout: <root>/<name>/releases/<commit_time>-<short_sha>/{<name>,env,run} and <root>/<name>/current,
# a relative symlink to releases/<version>, replaced by a rename. State beside the container
# target's, in ~/.gantry/services/<name>: binary.switch (an unfinished switch: the release to go
# back to), binary.release (current= previous= root= sha256=, for status and rollback) and
# releases.log (one line a switch: unix time, version, sha256, by).
R=${ROOT:-$HOME/apps}
A="$R/$NAME"
REL="$A/releases"
CUR="$A/current"
# shellcheck disable=SC2034 # read by the binary steps
BSW="$S/binary.switch"
# current_release: CURRENT becomes the version current points at, or nothing.
# shellcheck disable=SC2034 # read by the steps
current_release() {
  local t
  CURRENT=
  if t=$(readlink "$CUR" 2>/dev/null); then CURRENT=${t##*/}; fi
}
# point_to VERSION: current -> releases/VERSION by renaming a fresh link over it: there is never
# a moment without one. An empty VERSION removes current (nothing ran here before).
point_to() {
  if [ -z "$1" ]; then rm -f "$CUR"; return 0; fi
  [ -x "$REL/$1/$NAME" ] || return 1
  ln -sfn "releases/$1" "$A/.current.$$" && mv -T "$A/.current.$$" "$CUR"
}
# restart_program VERSION: runs RESTART_CMD for that release; its output in $T/restart.
restart_program() {
  local dir="$REL/$1"
  scratch
  [ -n "$1" ] || dir=$A
  (cd "$dir" 2>/dev/null || cd "$HOME" || exit; printf '%s\n' "$RESTART_CMD" | GANTRY_RELEASE_DIR="$dir" bash -s) >"$T/restart" 2>&1
}
restart_error() { grep -v '^[[:space:]]*$' "$T/restart" | tail -n 1 | cut -c1-300; }
# state_field VAR KEY: VAR becomes KEY's value in binary.release (the last line of it).
state_field() { field_of "$1" "$S/binary.release" "$2"; }
# sha_of VAR FILE: VAR becomes FILE's SHA-256, empty when it cannot be read.
sha_of() {
  local h
  h=$(sha256sum "$2" 2>/dev/null) || h=
  printf -v "$1" '%s' "${h%% *}"
}
# probe_release VERSION SHA: is this exact binary already in its release? have=1 when it is (no
# upload); else the release folder is made and upload= names the temporary file the runner writes
# (over SFTP, or an exec channel), new_release= whether this run made the folder.
probe_release() {
  local dir="$REL/$1" have
  if [ -f "$dir/$NAME" ]; then
    sha_of have "$dir/$NAME"
    if [ "$have" = "$2" ]; then echo have=1; return 0; fi
  fi
  if [ -d "$dir" ]; then
    echo "new_release=0"
  else
    echo "new_release=1"
    # shellcheck disable=SC2174 # (its parent, releases/, exists: preflight made it)
    mkdir -p -m 755 "$dir" || fail "$E_ROOT_NOT_WRITABLE" "cannot create $dir"
  fi
  echo have=0
  now
  echo "upload=$dir/.upload.$EPOCH.$$"
}
