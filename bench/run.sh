#!/usr/bin/env bash
# gantry's benchmark (npm run bench): brings up the test bed, builds dist/, runs bench/bench.ts
# once and writes bench/results.md. Takes 10-20 minutes on a 2-core machine. Fresh engines are
# started and stopped by bench/fresh-engine.sh. Set BENCH_REPS / BENCH_FRESH_REPS for more
# repetitions. BENCH_ONLY=<section> runs one section and prints its rows (results.md is left as
# it is): builds (rows 1-7), fast (12-17), proxy (8), binary (9), swarm (10), supply (6 and 11),
# registryless (18), fleet (19), host (20).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash testbed/testbed.sh up
npm run build --silent
npx tsc -p bench/tsconfig.json
exec node lib/bench/bench.js "$@"
