#!/usr/bin/env bash
# Fails when dist/ differs from a fresh ncc build of src/ (GitHub runs dist/index.js, not src/):
# every file, chunk files included, and any file one side has and the other lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash scripts/build-dist.sh "$tmp"
if ! diff -rq dist "$tmp" >/dev/null; then
  echo "check-dist: dist/ is stale; run 'npm run build' and commit dist/:" >&2
  diff -rq dist "$tmp" >&2 || true
  exit 1
fi
echo "check-dist: dist/ matches a fresh build"
