# shellcheck shell=bash
# Shared by every step (src/deploy/steps/render.ts renders: a preamble of values, this, the container
# targets' docker-lib.sh where the step needs it, the step).
# The preamble sets NAME NEW OLD PREV DROP (the service's containers), BY (who deploys), READ_ONLY, the
# step's own values and the E_* exit codes of STEP_EXIT: values only as quoted assignments.
# Arrays that may be empty expand as ${a[@]+"${a[@]}"}: bash before 4.4 calls them unbound
# under set -u.
#
# State on the host lives in ~/.gantry: services/<name>/{lock/,switch,prev.restart,record,history},
# tmp/ (scratch dirs removed by the step that made them, and swept by the next run) and audit.log.

# fail CODE MESSAGE...: one error= line (a value's newlines flattened), then exit CODE.
fail() {
  local code=$1 message
  shift
  message=$*
  printf 'error=%s\n' "${message//[$'\r\n\t']/ }"
  exit "$code"
}

# now: EPOCH (seconds since 1970) and UTC (ISO 8601) of this moment. Bash 5 knows both itself;
# an older bash asks date (every process counts: a host pays each fork of each step).
now() {
  if [ -n "${EPOCHSECONDS:-}" ]; then
    EPOCH=$EPOCHSECONDS
    TZ=UTC0 printf -v UTC '%(%Y-%m-%dT%H:%M:%SZ)T' "$EPOCH"
  else
    EPOCH=$(date +%s)
    UTC=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  fi
}
# field_of VAR FILE KEY [first]: VAR becomes the value of FILE's last KEY= line (its first with
# "first"), empty when FILE or the line is missing; read by bash alone, no process.
field_of() {
  local _l _v=
  if [ -f "$2" ] && [ -r "$2" ]; then
    while IFS= read -r _l || [ -n "$_l" ]; do
      case $_l in "$3="*) _v=${_l#"$3="}; [ -z "${4:-}" ] || break ;; esac
    done <"$2"
  fi
  printf -v "$1" '%s' "$_v"
}

G="$HOME/.gantry"
S="$G/services/$NAME"
L="$S/lock"
# A step that only reads (READ_ONLY: status, logs, audit) creates nothing: an unknown service
# leaves no folder behind, and its scratch dir lives in the system's temporary folder.
if [ -z "$READ_ONLY" ]; then
  # (test -d is a builtin: only a first step on a host forks mkdir; a host pays every fork of every step)
  { [ -d "$S" ] && [ -d "$G/tmp" ]; } || mkdir -p "$S" "$G/tmp" 2>/dev/null || fail "$E_STATE_DIR" "cannot create $S (home not writable?)"
fi

# errline FILE: the daemon's own error if there is one, else the last non-empty line.
errline() {
  local l
  l=$(grep -m 1 '^Error response from daemon' "$1" 2>/dev/null)
  [ -n "$l" ] || l=$(grep -v -e '^[[:space:]]*$' -e '^WARNING' "$1" 2>/dev/null | tail -n 1)
  printf '%s' "$l" | cut -c1-400
}
# diskfull FILE: "the host's disk is full (no space left on device): " when FILE (a command's
# output) says so, else nothing; put before a failure's line, so a full disk reads as one.
diskfull() {
  if grep -qi 'no space left on device' "$1" 2>/dev/null; then printf '%s' "the host's disk is full (no space left on device): "; fi
}
# scratch: makes the step's scratch dir T, once (removed at the step's exit). Only the steps that use
# one call it (docker-lib.sh does for every container step): a mktemp and an rm are two processes
# on every step of every host. Call it in the step's own shell, never inside $(...) or a pipe.
T=
scratch() {
  [ -z "$T" ] || return 0
  if [ -n "$READ_ONLY" ]; then
    T=$(mktemp -d "${TMPDIR:-/tmp}/gantry-$NAME.XXXXXX") || fail "$E_STATE_DIR" "cannot create a scratch directory in ${TMPDIR:-/tmp}"
  else
    T=$(mktemp -d "$G/tmp/$NAME.step.XXXXXX") || fail "$E_STATE_DIR" "cannot create a scratch directory in $G/tmp"
  fi
}
# busy marks the step as running inside the lock: a lock whose holder still has a step running
# is never broken.
BUSY=
# A health gate's cancel marker (CANCEL: its id, set by gates only) goes with the gate.
# (The marker is emptied, not removed: an empty one means no step runs, and a redirection is no
# process. The cancel marker exists only when gantry made it.)
trap 'if [ -n "$T" ]; then rm -rf "$T"; fi; if [ -n "${CANCEL:-}" ] && [ -e "$G/tmp/$NAME.cancel.$CANCEL" ]; then rm -f "$G/tmp/$NAME.cancel.$CANCEL"; fi; if [ -n "$BUSY" ] && [ -d "$L" ]; then : 2>/dev/null >"$L/step"; fi' EXIT
busy() { if [ -d "$L" ]; then echo $$ >"$L/step"; BUSY=1; fi; }
# cancelled: true once gantry touched this gate's cancel marker (the run was cancelled: SIGINT or
# SIGTERM on the runner); the gate then fails with E_CANCELLED and gantry restores as for a failed gate.
cancelled() { [ -n "${CANCEL:-}" ] && [ -e "$G/tmp/$NAME.cancel.$CANCEL" ]; }
# lock_holder: the lock's owner as lock_by= lock_runner= lock_pid= lock_since= lock_age= lines
# (status); nothing when the service is not locked.
lock_holder() {
  local f v
  [ -d "$L" ] || return 0
  for f in by runner pid since; do field_of v "$L/owner" "$f" first; printf 'lock_%s=%s\n' "$f" "$v"; done
  if [ -f "$L/owner" ]; then now; echo "lock_age=$(( EPOCH - $(stat -c %Y "$L/owner") ))"; fi
}
# audit ACTION RESULT FROM TO: one line of ~/.gantry/audit.log.
audit() {
  now
  printf '%s service=%s action=%s result=%s from=%s to=%s by=%s\n' "$UTC" "$NAME" "$1" "$2" "${3:--}" "${4:--}" "$BY" >>"$G/audit.log"
}
# sweep_scratch: removes the scratch dirs (a registry login, an env file) that killed steps left.
sweep_scratch() {
  local d
  for d in "$G/tmp/$NAME".*; do
    [ -e "$d" ] || continue
    [ "$d" = "$T" ] && continue
    rm -rf "$d" && echo "fixed=removed the scratch directory $(basename "$d") of an interrupted run"
  done
}
# http_ok URL SECONDS: true when URL answers 2xx within SECONDS (curl, else wget); what the client
# said (its last line: why it failed) is in CHECK.
http_ok() {
  if command -v curl >/dev/null 2>&1; then
    CHECK=$(curl -fsS -o /dev/null --max-time "$2" --url "$1" 2>&1)
  elif ! CHECK=$(wget -q -O /dev/null -T "$2" -- "$1" 2>&1); then
    CHECK="$CHECK
wget failed ${CHECK##*$'\n'}"
    return 1
  fi
}
# gate_nap [FIRST]: the health gates' wait between two checks: short at first, so that a service up
# within a few hundred ms is seen then and not a whole second later, then longer, so that a slow
# start costs the host few checks: FIRST (default 0.2 s) in the step's first 2 s, 0.5 s up to 5 s,
# then 1 s. A sleep that takes no fractions sleeps 1 s.
gate_nap() {
  local s=1
  if [ "$SECONDS" -lt 2 ]; then s=${1:-0.2}; elif [ "$SECONDS" -lt 5 ]; then s=0.5; fi
  sleep "$s" 2>/dev/null || sleep 1
}
# cmd_ok CMD SECONDS: true when health_cmd CMD succeeds, run by bash, stopped after SECONDS. Its
# output goes to a file ($T/check), not through a pipe: a check that leaves a process behind
# must not hold the step.
cmd_ok() {
  local limit=()
  scratch
  if command -v timeout >/dev/null 2>&1; then limit=(timeout -k 2 "$2"); fi
  printf '%s\n' "$1" | ${limit[@]+"${limit[@]}"} bash -s >"$T/check" 2>&1
}
# check_why: the last line http_ok's client printed, for its reason.
check_why() {
  local l
  l=$(printf '%s\n' "${CHECK:-}" | grep -v '^[[:space:]]*$' | tail -n 1 | cut -c1-200)
  printf '%s' "${l:-it printed no reason}"
}
# cmd_why CODE SECONDS: why health_cmd failed: its last line, else its exit code (124 and 137:
# stopped by timeout after SECONDS). Never empty.
cmd_why() {
  local l
  l=$(grep -v '^[[:space:]]*$' "$T/check" 2>/dev/null | tail -n 1 | cut -c1-200)
  case $1 in
    124|137) printf 'it did not finish within %s s%s' "$2" "${l:+ (last line: $l)}" ;;
    *) if [ -n "$l" ]; then printf '%s' "$l"; else printf 'it exited with code %s and printed nothing' "$1"; fi ;;
  esac
}
