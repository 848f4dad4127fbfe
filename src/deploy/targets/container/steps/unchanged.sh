# shellcheck shell=bash
# Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under
# the name runs DIGEST with those settings, healthy (and, in proxy mode, is what the proxy serves);
# else why= says what differs.
# Values: DIGEST URL (health_url) PROXY_MODE PROBE_PORT PROBE_PATH PROXY_CONTAINER; the settings
# are SECRET0 (they hold env values), hashed with a per-host salt and never stored.
command -v sha256sum >/dev/null 2>&1 || { SECRET0=; echo "why=sha256sum is missing on this host"; exit 0; }
if [ ! -s "$G/salt" ]; then head -c 32 /dev/urandom | base64 >"$G/salt.$$" && mv "$G/salt.$$" "$G/salt"; fi
hash=$({ cat "$G/salt"; printf '%s' "$SECRET0" | base64 -d; } | sha256sum | cut -c1-64)
SECRET0=
echo "config_hash=$hash"
exists "$NAME" || { echo "why=nothing runs under $NAME"; exit 0; }
facts live || :
[ "$(running_of "$NAME")" = true ] || { echo "why=$NAME is not running"; exit 0; }
{ [ -n "$DIGEST" ] && [ "$(digest_of "$NAME")" = "$DIGEST" ]; } || { echo "why=$NAME runs another image"; exit 0; }
[ "$(config_of "$NAME")" = "$hash" ] || { echo "why=the settings changed"; exit 0; }
hs=$(health_of "$NAME")
[ "$hs" != unhealthy ] || { echo "why=the image's HEALTHCHECK reports unhealthy"; exit 0; }
probe() { http_ok "$1" 5; }
if [ "$PROXY_MODE" = 1 ]; then
  a=$(alias_of "$NAME")
  { [ -n "$a" ] && [ "$(route_dial)" = "$a:$PROBE_PORT" ]; } || { echo "why=the proxy does not route to $NAME"; exit 0; }
  [ "$(docker inspect -f '{{.State.Running}}' "$PROXY_CONTAINER" 2>/dev/null)" = true ] || { echo "why=the proxy is not running"; exit 0; }
  if [ -n "$PROBE_PATH" ]; then probe "http://$(addr_of "$NAME"):$PROBE_PORT$PROBE_PATH" || { echo "why=health_path does not answer"; exit 0; }; fi
elif [ -n "$URL" ]; then
  probe "$URL" || { echo "why=health_url does not answer"; exit 0; }
fi
echo unchanged=1
