# shellcheck shell=bash
# Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
# healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
# running for SETTLE seconds counts. Fails fast when the container exits; prints its last log
# lines on failure.
# Values: CMD (health_cmd, meant to run) URL TIMEOUT SETTLE, TARGET (name, new or prev: which
# container), PROBE_PORT and PROBE_PATH (proxy mode: health_path on the container's own address;
# health_cmd sees that address as GANTRY_CONTAINER_ADDR), CANCEL (the gate's cancel marker id,
# empty when the gate cannot be cancelled: see cancelled in lib.sh).
busy
case $TARGET in new) C=$NEW ;; prev) C=$PREV; guard "$PREV" ;; *) C=$NAME ;; esac
now
start=$EPOCH
deadline=$(( start + TIMEOUT ))
# (the restart count the gate began with: its first check's)
rc0=
reason="no check has passed yet"
checks=
while :; do
  now
  per=$(( deadline - EPOCH )); [ "$per" -gt 10 ] && per=10; [ "$per" -lt 1 ] && per=1
  if ! st=$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$C" 2>&1); then
    reason="the container $C is gone"; break
  fi
  read -r status code rc hs <<<"$st"
  [ -n "$rc0" ] || rc0=$rc
  # A restart policy brings a crashing app back: running again (exit code reset to 0) or restarting.
  if [ "$rc" != "$rc0" ] || [ "$status" = restarting ]; then
    if [ "$status" = running ]; then now="running again"; else now="$status, last exit code $code"; fi
    reason="the container is crash-looping: it exits and docker restarts it ($(( rc - rc0 )) restarts during the gate; now $now)"; break
  fi
  if [ "$status" = exited ] || [ "$status" = dead ]; then
    reason="the container stopped (status $status, exit code $code)"; break
  fi
  ok=0
  if [ "$status" != running ]; then
    reason="the container is $status"
  else
    ok=1; checks=running
    if [ "$hs" != none ]; then
      checks="$checks, image HEALTHCHECK"
      if [ "$hs" != healthy ]; then ok=0; reason="the image's HEALTHCHECK reports $hs"; fi
    fi
    # (its address costs another docker command: only health_cmd and health_path use it)
    if [ -n "$CMD" ] || [ -n "$PROBE_PATH" ]; then
      GANTRY_CONTAINER_ADDR=$(addr_of "$C")
      export GANTRY_CONTAINER_ADDR
    fi
    if [ "$ok" = 1 ] && [ -n "$PROBE_PATH" ]; then
      checks="$checks, health_path"
      if [ -z "$GANTRY_CONTAINER_ADDR" ]; then
        ok=0; reason="the container has no address on the gantry network yet"
      else
        purl="http://$GANTRY_CONTAINER_ADDR:$PROBE_PORT$PROBE_PATH"
        http_ok "$purl" "$per" || { ok=0; reason="health_path $PROBE_PATH on $GANTRY_CONTAINER_ADDR:$PROBE_PORT: $(check_why)"; }
      fi
    fi
    if [ "$ok" = 1 ] && [ -n "$CMD" ]; then
      checks="$checks, health_cmd"
      cmd_ok "$CMD" "$per" || { crc=$?; ok=0; reason="health_cmd failed: $(cmd_why "$crc" "$per")"; }
    fi
    if [ "$ok" = 1 ] && [ -n "$URL" ]; then
      checks="$checks, health_url"
      http_ok "$URL" "$per" || { ok=0; reason="health_url $URL: $(check_why)"; }
    fi
    if [ "$ok" = 1 ] && [ "$hs" = none ] && [ -z "$CMD" ] && [ -z "$URL" ] && [ -z "$PROBE_PATH" ] && { now; [ $(( EPOCH - start )) -lt "$SETTLE" ]; }; then
      ok=0; reason="no health check is configured and the container has run for less than $SETTLE s"
      checks="running for $SETTLE s (no health check configured)"
    fi
  fi
  if [ "$ok" = 1 ]; then echo "checks=$checks"; echo healthy=1; exit 0; fi
  now
  [ "$EPOCH" -ge "$deadline" ] && { reason="$reason (health_timeout $TIMEOUT s)"; break; }
  cancelled && fail "$E_CANCELLED" "cancelled during the health gate (last check: $reason)"
  # each check costs the host one or two docker commands (tens of ms of CPU each): 0.5 s at first
  gate_nap 0.5
  cancelled && fail "$E_CANCELLED" "cancelled during the health gate (last check: $reason)"
done
echo "checks=$checks"
docker logs --tail 20 "$C" 2>&1 | cut -c1-300 | sed 's/^/log=/'
fail "$E_UNHEALTHY" "not healthy: $reason"
