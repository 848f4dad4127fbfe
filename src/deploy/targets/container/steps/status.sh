# shellcheck shell=bash
# status: what runs under the service's name (digest, labels, state, health, start time), the
# versions kept for rollback (newest first, those whose image is still on the host), the lock
# holder, and the proxy route when there is one. Reads only.
# Values: KEEP.
# (a label as docker prints it, but nothing for one unset)
label() { printf '{{with index .Config.Labels "%s"}}{{if ne . "<no value>"}}{{.}}{{end}}{{end}}' "$1"; }
if exists "$NAME"; then
  echo "live_digest=$(digest_of "$NAME")"
  # (one docker command for the labels and the state)
  docker inspect -f "live_version=$(label org.opencontainers.image.version)
live_revision=$(label org.opencontainers.image.revision)
live_deployed_at=$(label dev.gantry.deployed-at)
live_deployed_by=$(label dev.gantry.deployed-by)
"'live_state={{.State.Status}}
live_health={{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}
live_started_at={{.State.StartedAt}}
live_image={{.Config.Image}}' "$NAME"
fi
if ours "$PREV"; then echo "kept=$(digest_of "$PREV") $(docker inspect -f "$(label dev.gantry.deployed-at) $(label dev.gantry.revision)" "$PREV" 2>/dev/null)"; fi
if [ -f "$S/history" ]; then
  # Which of the recorded images are still here: one docker command for all (it prints the ids of
  # those it finds); an id not written in full is asked on its own.
  tac "$S/history" | awk '!seen[$2]++' | head -n "$KEEP" >"$T/recorded"
  ids=()
  while read -r _ _ id; do case $id in sha256:*) ids+=("$id") ;; esac; done <"$T/recorded"
  here=" $(if [ ${#ids[@]} -gt 0 ]; then docker image inspect -f '{{.Id}}' "${ids[@]}" 2>/dev/null | tr '\n' ' '; fi) "
  while read -r ts digest id; do
    case $id in
      sha256:????????????????????????????????????????????????????????????????) case $here in *" $id "*) ;; *) continue ;; esac ;;
      *) docker image inspect "$id" >/dev/null 2>&1 || continue ;;
    esac
    echo "recorded=$digest $(date -u -d "@$ts" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo "$ts")"
  done <"$T/recorded"
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
