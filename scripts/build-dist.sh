#!/usr/bin/env bash
# Bundles src/ into OUT (default dist/) with ncc: index.js, and a chunk file (NNN.index.js) for the
# code behind each `await import()` (each command's modules), which index.js loads from its own
# folder when a command needs it; dist/ is always used whole. The native addons ssh2 may have compiled on
# this machine (sshcrypto.node, cpufeatures.node) are dropped: ssh2 loads them inside try/catch
# and falls back to pure JavaScript, so dist/ is the same on every machine and every runner.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
# A fresh folder: files a build no longer writes must not linger in dist/.
rm -rf "${out:?}"
npx ncc build src/index.ts -o "$out" --license licenses.txt --quiet
rm -rf "${out:?}/build" "${out:?}/lib"
