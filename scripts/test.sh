#!/usr/bin/env bash
# The whole test suite: type check, shellcheck, dist check, unit tests, then end-to-end tests
# against the real test bed (Docker engines, registry, SSH hosts, Go toolchains), which it sets up
# itself.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "== type check"; npx tsc --noEmit -p .
echo "== shellcheck"; bash scripts/shellcheck.sh
echo "== dist check"; bash scripts/check-dist.sh
echo "== unit tests"; npx jest --selectProjects unit
echo "== test bed"; bash testbed/testbed.sh up
echo "== end-to-end tests"; npx jest --selectProjects e2e "$@"
