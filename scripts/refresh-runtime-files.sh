#!/usr/bin/env bash
# Remakes src/image/runtime-files/runtime-files.tar.gz, the CA bundle and zoneinfo tree every
# image gantry assembles carries, from this machine's Debian packages (ca-certificates, tzdata).
# The archive is pinned in the repository so that the files do not depend on the machine or the
# builder image a build runs on: run this on a Debian machine when the packages move on, and
# commit the archive with the package versions the script prints.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/image/runtime-files/runtime-files.tar.gz"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/etc/ssl/certs" "$stage/usr/share"
cp /etc/ssl/certs/ca-certificates.crt "$stage/etc/ssl/certs/"
cp -a /usr/share/zoneinfo "$stage/usr/share/"
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --hard-dereference --format=gnu \
  -C "$stage" -cf - etc usr | gzip -n -9 > "$out"
dpkg-query -W -f '${Package} ${Version}\n' ca-certificates tzdata
sha256sum "$out"
