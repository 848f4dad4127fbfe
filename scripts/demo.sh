#!/usr/bin/env bash
# The main job end to end on an embedded default: a local engine, a registry with auth and two
# SSH hosts (the test bed), the example Go service in examples/hello built, pushed, rolled out
# health-gated behind a Caddy proxy on port 8080 (zero-downtime releases), answering, and the
# fleet's status. Idempotent: run it again and it converges. Tear down with
# `bash testbed/testbed.sh down`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash testbed/testbed.sh up
eval "$(bash testbed/testbed.sh env)"

hosts=$(echo "$GANTRY_TESTBED_HOSTS" | cut -d, -f1-2)
export GANTRY_REGISTRY_USERNAME="$GANTRY_TESTBED_REGISTRY_USER"
GANTRY_REGISTRY_PASSWORD="$(cat "$GANTRY_TESTBED_REGISTRY_PASSWORD_FILE")"
export GANTRY_REGISTRY_PASSWORD

bin/gantry all \
  --context examples/hello \
  --image "$GANTRY_TESTBED_REGISTRY/examples/hello" \
  --version-variable main.version \
  --build-network host \
  --hosts "$hosts" \
  --ssh-private-key "$GANTRY_TESTBED_SSH_KEY" \
  --known-hosts "$GANTRY_TESTBED_KNOWN_HOSTS" \
  --proxy-port 8080 \
  --proxy-image "$GANTRY_TESTBED_CADDY_IMAGE" \
  --health-path /healthz \
  --health-timeout 30

echo
echo "The service, answering on each host:"
for h in ${hosts//,/ }; do
  printf '  %s: ' "$h"
  curl -fsS "http://$h:8080/"
  echo
done

echo
bin/gantry status \
  --container-name hello \
  --hosts "$hosts" \
  --ssh-private-key "$GANTRY_TESTBED_SSH_KEY" \
  --known-hosts "$GANTRY_TESTBED_KNOWN_HOSTS"
