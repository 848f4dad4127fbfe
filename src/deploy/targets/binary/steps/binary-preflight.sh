# shellcheck shell=bash
# The binary target: the host's platform, the tools the steps need, binary_root writable by the
# SSH user, what runs now. Nothing is changed but the (empty) folders of binary_root.
# Values: NEEDS_HTTP_CLIENT (1 when health_url is set).
for t in sha256sum mktemp stat sed awk ln mv readlink uname; do
  command -v "$t" >/dev/null 2>&1 || fail "$E_TOOL_MISSING" "$t is missing on this host"
done
if [ "$NEEDS_HTTP_CLIENT" = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
  fail "$E_TOOL_MISSING" "health_url needs curl or wget on the host; neither is installed"
fi
# (bash knows the user and, on the usual machines, the platform: each process costs the host)
u=${USER:-}
[ -n "$u" ] || u=$(id -un)
if ! { [ -d "$REL" ] || mkdir -p "$REL" 2>/dev/null; } || ! [ -w "$REL" ] || ! [ -w "$A" ]; then
  fail "$E_ROOT_NOT_WRITABLE" "$u cannot write binary_root $R (create $A owned by $u, or pick a binary_root it owns)"
fi
case ${HOSTTYPE:-} in x86_64|aarch64) m=$HOSTTYPE ;; *) m=$(uname -m) ;; esac
echo "machine=$m"
echo "user=$u"
echo "root=$R"
current_release
echo "current=$CURRENT"
