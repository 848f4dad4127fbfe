/**
 * Read-mostly host steps for the fleet's day two (status, audit, unlock), rendered from plain data.
 * Same conventions as remote-steps.ts: the script on stdin, key=value lines on stdout.
 */
import { shq } from '../shell-quote';
import { RemoteStep, step } from './remote-steps';

/**
 * What runs under the service's name (digest, labels, state, health, start time), the versions
 * kept for rollback (newest first, those whose image is still on the host), the lock holder, and
 * the proxy route when there is one.
 */
export function statusStep(service: string, keep: number): RemoteStep {
  return step('status', service, String.raw`
KEEP=${Math.max(1, Math.floor(keep))}
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
if exists "$PREV"; then echo "kept=$(digest_of "$PREV") $(label "$PREV" dev.gantry.deployed-at) $(label "$PREV" dev.gantry.revision)"; fi
if [ -f "$S/history" ]; then
  tac "$S/history" | awk '!seen[$2]++' | head -n "$KEEP" | while read -r ts digest id; do
    docker image inspect "$id" >/dev/null 2>&1 || continue
    echo "recorded=$digest $(date -u -d "@$ts" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo "$ts")"
  done
fi
if [ -d "$L" ]; then
  for f in by runner pid since; do printf 'lock_%s=%s\n' "$f" "$(sed -n "s/^$f=//p" "$L/owner" 2>/dev/null | head -n 1)"; done
  if [ -f "$L/owner" ]; then echo "lock_age=$(( $(date +%s) - $(stat -c %Y "$L/owner") ))"; fi
fi
route=$(cat "$G"/proxy/routes/*/[19]-"$NAME".json 2>/dev/null | head -n 1)
if [ -n "$route" ]; then
  echo "proxy_dial=$(printf '%s' "$route" | sed -n 's/.*"dial":"\([^"]*\)".*/\1/p')"
  echo "proxy_port=$(ls "$G"/proxy/routes/*/[19]-"$NAME".json | head -n 1 | awk -F/ '{ print $(NF-1) }')"
fi
exit 0
`);
}

/** The last `lines` entries of the host's audit log for the service (every service with all). */
export function auditStep(service: string, lines: number): RemoteStep {
  return step('audit', service, String.raw`
[ -f "$G/audit.log" ] || exit 0
grep -F " service=$NAME " "$G/audit.log" | tail -n ${Math.max(1, Math.floor(lines))} | sed 's/^/entry=/'
`);
}

/**
 * Releases the service's deploy lock. A holder that still looks alive (a step of it is running, or
 * its heartbeat is younger than staleSeconds) is only removed with force. Written to the audit log.
 */
export function unlockStep(service: string, by: string, force: boolean, staleSeconds: number): RemoteStep {
  return step('unlock', service, String.raw`
FORCE=${force ? 1 : 0} STALE=${Math.floor(staleSeconds)}
[ -d "$L" ] || { echo "unlocked=none"; exit 0; }
field() { sed -n "s/^$1=//p" "$L/owner" 2>/dev/null | head -n 1; }
holder="$(field by) (runner $(field runner), since $(field since))"
age=$(( $(date +%s) - $(stat -c %Y "$L/owner" 2>/dev/null || stat -c %Y "$L") ))
busy_pid=$(cat "$L/step" 2>/dev/null)
alive=
if [ -n "$busy_pid" ] && kill -0 "$busy_pid" 2>/dev/null; then alive="a step of it is running"; fi
if [ -z "$alive" ] && [ "$age" -le "$STALE" ]; then alive="its heartbeat is $age s old"; fi
if [ -n "$alive" ] && [ "$FORCE" != 1 ]; then
  echo "holder=$holder"
  fail 75 "the lock on $NAME is held by $holder and looks alive ($alive); force: true releases it anyway"
fi
gone="$S/lock.unlocked.$$"
mv "$L" "$gone" && rm -rf "$gone" || fail 25 "cannot remove $L"
audit unlock ok ${shq('')} ${shq('')}
echo "unlocked=$holder"
`, { by });
}
