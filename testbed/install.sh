#!/usr/bin/env bash
# Installs what the test bed needs on a Debian bookworm machine (root): the Docker engine,
# a registry, OpenSSH, debootstrap, supervisor (run by the deploy user on each host for the
# binary target), three real Go toolchains and cosign from Debian's packages.
# Idempotent: a second run only checks.
set -euo pipefail

STATE=${GANTRY_TESTBED_DIR:-/var/lib/gantry-testbed}
GO_VERSIONS=${GANTRY_GO_VERSIONS:-"1.19 1.22 1.24"}
mkdir -p "$STATE/go"

need_pkgs=()
for p in docker.io docker-registry apache2-utils openssh-server openssh-client debootstrap openssl \
         iproute2 iptables git rsync curl util-linux procps file supervisor; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need_pkgs+=("$p")
done

if [ ! -f /etc/apt/sources.list.d/gantry-go.sources ]; then
  cat >/etc/apt/sources.list.d/gantry-go.sources <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # Only cosign is installed from trixie (pinned low, nothing else moves); Go trees are unpacked by hand below.
  cat >/etc/apt/preferences.d/gantry-go <<'EOF'
Package: *
Pin: release n=trixie
Pin-Priority: 50

Package: *
Pin: release n=bookworm-backports
Pin-Priority: 50
EOF
  updated=0
else
  updated=1
fi

# Caddy for the proxy image: Debian's package unpacked, not installed (no caddy service on the machine).
CADDY_BIN=$STATE/caddy/usr/bin/caddy
need_caddy=0
[ -x "$CADDY_BIN" ] || need_caddy=1

missing_go=()
for v in $GO_VERSIONS; do
  [ -x "$STATE/go/$v/bin/go" ] || missing_go+=("$v")
done
# cosign (2.5, trixie; it needs only libc6 >= 2.34) verifies gantry's signatures in the tests.
need_cosign=0
command -v cosign >/dev/null 2>&1 || need_cosign=1

if [ ${#need_pkgs[@]} -gt 0 ] || [ ${#missing_go[@]} -gt 0 ] || [ "$need_caddy" = 1 ] || [ "$updated" = 0 ] || [ "$need_cosign" = 1 ]; then
  echo "testbed: apt-get update"
  apt-get update -qq -o Dpkg::Use-Pty=0 >/dev/null
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "testbed: installing ${need_pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 \
    --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

if [ "$need_cosign" = 1 ]; then
  echo "testbed: installing cosign from trixie"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 \
    --no-install-recommends cosign/trixie >/dev/null
fi

for v in "${missing_go[@]}"; do
  echo "testbed: unpacking Go $v from Debian's golang-$v packages"
  tmp=$(mktemp -d)
  ( cd "$tmp" && apt-get download -qq "golang-$v-go" "golang-$v-src" >/dev/null )
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/root"; done
  rm -rf "$STATE/go/$v"
  cp -aL "$tmp/root/usr/lib/go-$v" "$STATE/go/$v"
  rm -rf "$tmp"
  "$STATE/go/$v/bin/go" version
done
if [ "$need_caddy" = 1 ]; then
  echo "testbed: unpacking Debian's caddy package"
  tmp=$(mktemp -d)
  ( cd "$tmp" && apt-get download -qq caddy >/dev/null )
  rm -rf "$STATE/caddy"
  dpkg-deb -x "$tmp"/caddy_*.deb "$STATE/caddy"
  rm -rf "$tmp"
  "$CADDY_BIN" version
fi
# The host builder's e2e finds a Debian-packaged toolchain on its own, at /usr/lib/go-1.22: the
# same bits as the bed's golang:1.22 image, so the host and container paths' digests compare.
if [ ! -x /usr/lib/go-1.22/bin/go ]; then
  echo "testbed: installing Debian's golang-1.22-go (bookworm-backports) for the host builder"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 \
    --no-install-recommends -t bookworm-backports golang-1.22-go >/dev/null
fi
echo "testbed: packages ready"
