# shellcheck shell=bash
# Docker works for this user, the tools the steps need exist, the state directory is writable.
# Values: NEEDS_HTTP_CLIENT (1 when health_url is set).
# (type -P: the program on PATH, not lib.sh's docker function)
if ! type -P docker >/dev/null 2>&1; then
  for d in /usr/bin/docker /usr/local/bin/docker /snap/bin/docker /opt/docker/bin/docker; do
    if [ -x "$d" ]; then fail "$E_DOCKER_NOT_ON_PATH" "docker is installed at $d but is not on the PATH of non-interactive SSH sessions of $(id -un) (PATH=$PATH)"; fi
  done
  fail "$E_DOCKER_MISSING" "docker is not installed (no docker on PATH=$PATH for $(id -un))"
fi
if ! v=$(docker version --format '{{.Server.Version}}' 2>"$T/err"); then
  e=$(errline "$T/err")
  case $e in
    *"permission denied"*) fail "$E_DOCKER_DENIED" "user $(id -un) may not use docker: permission denied on the docker socket ${DOCKER_HOST:-unix:///var/run/docker.sock} (add $(id -un) to the docker group)" ;;
    *) fail "$E_DOCKER_DOWN" "docker does not answer for $(id -un): $e" ;;
  esac
fi
for t in base64 mktemp stat sed tac awk; do
  command -v "$t" >/dev/null 2>&1 || fail "$E_TOOL_MISSING" "$t is missing on this host"
done
if [ "$NEEDS_HTTP_CLIENT" = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
  fail "$E_TOOL_MISSING" "health_url needs curl or wget on the host; neither is installed"
fi
echo "docker_version=$v"
echo "user=$(id -un)"
