# shellcheck shell=bash
# status: what runs under the service's name (digest, labels, state, health, start time), the
# versions kept for rollback (newest first, those whose image is still on the host), the lock
# holder, and the proxy route when there is one. Reads only.
# Values: KEEP.
label() { novalue "$(docker inspect -f "{{index .Config.Labels \"$2\"}}" "$1" 2>/dev/null)"; }
if exists "$NAME"; then
  echo "live_digest=$(digest_of "$NAME")"
  echo "live_version=$(label "$NAME" org.opencontainers.image.version)"
  echo "live_revision=$(label "$NAME" org.opencontainers.image.revision)"
  echo "live_deployed_at=$(label "$NAME" dev.gantry.deployed-at)"
  echo "live_deployed_by=$(label "$NAME" dev.gantry.deployed-by)"
  docker inspect -f 'live_state={{.State.Status}}
live_health={{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}
live_started_at={{.State.StartedAt}}
live_image={{.Config.Image}}' "$NAME"
fi
if ours "$PREV"; then echo "kept=$(digest_of "$PREV") $(label "$PREV" dev.gantry.deployed-at) $(label "$PREV" dev.gantry.revision)"; fi
if [ -f "$S/history" ]; then
  tac "$S/history" | awk '!seen[$2]++' | head -n "$KEEP" | while read -r ts digest id; do
    docker image inspect "$id" >/dev/null 2>&1 || continue
    echo "recorded=$digest $(date -u -d "@$ts" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo "$ts")"
  done
fi
# An unfinished switch (a run in its health gate now, or one killed halfway: the next deploy or
# rollback puts back what ran before it).
if [ -f "$S/switch" ]; then echo "switch_source=$(switch_field source)"; echo "switch_started=$(switch_field started_at)"; fi
lock_holder
dial=$(route_dial)
if [ -n "$dial" ]; then
  echo "proxy_dial=$dial"
  if find "$G"/proxy/routes -mindepth 2 -maxdepth 2 -name "[19]-$NAME.live" 2>/dev/null | grep -q .; then echo "proxy_maintenance=1"; fi
  for f in "$G"/proxy/routes/*/[19]-"$NAME".json; do [ -f "$f" ] && { d=${f%/*}; echo "proxy_port=${d##*/}"; break; }; done
fi
exit 0
