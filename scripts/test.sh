#!/usr/bin/env bash
# The whole test suite: type check, shellcheck, dist check, unit tests, then end-to-end tests
# against the real test bed (Docker engines, registry, SSH hosts, Go toolchains), which it sets up
# itself. Ends with each stage's wall time; the budget is 10 minutes on a 2-core machine.
#
# Stages that only wait, or use the other core, overlap: the type check and shellcheck run beside
# the unit tests; the dist check (a full ncc build) beside the end-to-end tests. The end-to-end
# tests run in two lanes at once (test/e2e/lanes.js says which file runs where): `builds` on an
# engine of its own, started here while the unit tests run, and `hosts` on the bed's main engine
# and hosts. Arguments go to both lanes' jest (e.g. -t NAME).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/gantry-test.XXXXXX")
TIMES=$LOGS/times
LANE_ENGINE=e2e-builds
T0=$(date +%s.%N)
failed=0
declare -A pids
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }'; }

# stage NAME CMD...: runs CMD in the foreground and records its time and status.
stage() {
  local name=$1 t rc; shift
  echo "== $name"
  t=$(date +%s.%N)
  "$@"; rc=$?
  printf '%s\t%s\t%s\n' "$name" "$rc" "$(since "$t")" >>"$TIMES"
  [ "$rc" -eq 0 ] || failed=1
  return "$rc"
}
# background NAME CMD...: the same in the background, its output kept in $LOGS/NAME.log.
# `collect NAME` waits for it and shows its output.
background() {
  local name=$1; shift
  ( stage "$name" "$@" ) >"$LOGS/$name.log" 2>&1 &
  pids[$name]=$!
}
collect() {
  wait "${pids[$1]}"
  echo "== $1 (ran in the background)"
  cat "$LOGS/$1.log"
  grep -q "^$1	0	" "$TIMES" || failed=1
}
report() {
  echo
  node scripts/e2e-times.js "$LOGS/builds.json" "$LOGS/hosts.json" 2>/dev/null
  echo "== stage times (wall; overlapping stages ran at the same time)"
  awk -F'\t' '{ printf "%-34s %6ss  %s\n", $1, $3, ($2 == 0 ? "ok" : "FAILED") }' "$TIMES"
  printf '%-34s %6ss\n' "whole suite" "$(since "$T0")"
  bash bench/fresh-engine.sh stop "$LANE_ENGINE" >/dev/null 2>&1 || true
  rm -rf "$LOGS"
}
trap report EXIT

conflicts() { ! git grep -nE '^(<<<<<<<|>>>>>>>) ' -- . ':!dist' ':!node_modules'; }
stage "merge leftovers" conflicts || { echo "conflict markers are committed" >&2; exit 1; }

# The builds lane's engine: a fresh dockerd loaded with the bed's base images. The bed must be up
# for its saved images, so the bed comes first (idempotent; quick when it is up already).
stage "test bed" bash testbed/testbed.sh up || exit 1
lane_engine() { bash bench/fresh-engine.sh start "$LANE_ENGINE" >"$LOGS/lane-engine.url"; }
background "builds lane engine" lane_engine

background "type check" npx tsc --noEmit -p .
background "shellcheck" bash scripts/shellcheck.sh
# The import-cycle check is one of the unit files (a jest start of its own cost about 5 s here).
stage "unit tests" npx jest --selectProjects unit --maxWorkers=2
collect "type check"
collect "shellcheck"
stage "Node 24 for the action's runtime" bash scripts/node24.sh
collect "builds lane engine"
[ "$failed" -eq 0 ] || exit 1

background "dist check" bash scripts/check-dist.sh
lane() { # NAME DOCKER_HOST-or-empty ARGS...
  local name=$1 engine=$2 files; shift 2
  files=$(node -e "for (const f of require('./test/e2e/lanes.js')[process.argv[1]]) console.log('test/e2e/' + f + '.itg.test.ts')" "$name")
  # shellcheck disable=SC2086 # one path a line, no spaces
  GANTRY_E2E_BED_UP=1 GANTRY_E2E_DOCKER_HOST=$engine npx jest --selectProjects e2e --json --outputFile="$LOGS/$name.json" "$@" -- $files
}
background "e2e lane builds" lane builds "$(cat "$LOGS/lane-engine.url")" "$@"
background "e2e lane hosts" lane hosts "" "$@"
collect "e2e lane hosts"
collect "e2e lane builds"
collect "dist check"
[ "$failed" -eq 0 ]
