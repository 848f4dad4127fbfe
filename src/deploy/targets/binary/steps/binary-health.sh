# shellcheck shell=bash
# Waits until health_cmd succeeds and health_url answers 2xx, in one pass, up to TIMEOUT seconds.
# On failure prints the program's last log lines (LOGS_CMD) as log= lines.
# Values: CMD URL TIMEOUT LOGS_CMD, CANCEL (the gate's cancel marker id: see cancelled in lib.sh).
now
deadline=$(( EPOCH + TIMEOUT ))
per=5
[ "$TIMEOUT" -lt 5 ] && per=$TIMEOUT
limit=()
if command -v timeout >/dev/null 2>&1; then limit=(timeout "$per"); fi
reason="no check ran"
checks=
while :; do
  ok=1; checks=
  if [ -n "$CMD" ]; then
    checks=health_cmd
    cmd_ok "$CMD" "$per" || { crc=$?; ok=0; reason="health_cmd failed: $(cmd_why "$crc" "$per")"; }
  fi
  if [ "$ok" = 1 ] && [ -n "$URL" ]; then
    checks="${checks:+$checks, }health_url"
    http_ok "$URL" "$per" || { ok=0; reason="health_url $URL: $(check_why)"; }
  fi
  if [ "$ok" = 1 ]; then echo "checks=$checks"; echo healthy=1; exit 0; fi
  now
  [ "$EPOCH" -ge "$deadline" ] && { reason="$reason (health_timeout $TIMEOUT s)"; break; }
  cancelled && fail "$E_CANCELLED" "cancelled during the health gate (last check: $reason)"
  gate_nap
  cancelled && fail "$E_CANCELLED" "cancelled during the health gate (last check: $reason)"
done
echo "checks=$checks"
if [ -n "$LOGS_CMD" ]; then
  printf '%s\n' "$LOGS_CMD" | ${limit[@]+"${limit[@]}"} bash -s 2>&1 | tail -n 50 | cut -c1-300 | sed 's/^/log=/'
fi
fail "$E_UNHEALTHY" "not healthy: $reason"
