#!/usr/bin/env bash
# The whole test suite: type check, shellcheck, dist check, unit tests, then end-to-end tests
# against the real test bed (Docker engines, registry, SSH hosts, Go toolchains), which it sets up
# itself.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "== merge leftovers"; if git grep -nE '^(<<<<<<<|>>>>>>>) ' -- . ':!dist' ':!node_modules'; then echo "conflict markers are committed" >&2; exit 1; fi
echo "== type check"; npx tsc --noEmit -p .
echo "== shellcheck"; bash scripts/shellcheck.sh
echo "== dist check"; bash scripts/check-dist.sh
echo "== import cycles"; npx jest test/unit/import-cycles --selectProjects unit --silent
echo "== unit tests"; npx jest --selectProjects unit --testPathIgnorePatterns test/unit/import-cycles
echo "== Node 24 for the action's runtime"; bash scripts/node24.sh
echo "== test bed"; bash testbed/testbed.sh up
echo "== end-to-end tests"; npx jest --selectProjects e2e "$@"
