#!/usr/bin/env bash
# Runs shellcheck (Debian's package) on every shell script of the repository: each .sh file (the
# remote steps in src/deploy/steps among them) and each script without the suffix whose first
# line names bash or sh. Installs shellcheck when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "shellcheck: installing Debian's shellcheck package"
  sudo=()
  if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq -o Dpkg::Use-Pty=0 >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends shellcheck >/dev/null
fi
files=()
while IFS= read -r -d '' f; do
  [ -f "$f" ] || continue
  case $f in
    node_modules/*|dist/*|lib/*) continue ;;
    *.sh) files+=("$f") ;;
    *) if head -n 1 "$f" | grep -Eq '^#!.*[/ ](ba)?sh( |$)'; then files+=("$f"); fi ;;
  esac
done < <(git ls-files -z --cached --others --exclude-standard)
shellcheck --version | sed -n 2p
shellcheck "${files[@]}"
echo "shellcheck: ${#files[@]} scripts clean"
