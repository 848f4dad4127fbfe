/**
 * Host-side steps of proxy mode and of converge-don't-churn, rendered from plain data (pure).
 *
 * Proxy mode on a host: the Caddy container gantry-proxy owns the published proxy ports and sits
 * on the docker network `gantry` with the application containers, which publish nothing. A
 * release starts the new container beside the old one, health-gates it on its own address, then
 * switches the service's route (one file per service under ~/.gantry/proxy/routes, joined into
 * Caddy's whole configuration under a host-wide flock and loaded through Caddy's admin API inside
 * the proxy container), lets the old container drain, and keeps it stopped for rollback.
 * Caddy saves each loaded configuration in its /config volume and resumes it on restart.
 */
import { shq } from '../shell-quote';
import { PROXY } from './proxy-config';
import { RemoteStep, step } from './remote-steps';

export interface UnchangedOptions {
  readonly digest: string;
  /** The settings that make a container what it is (env included): hashed with a per-host salt, never stored. */
  readonly configText: string;
  /** Proxy mode: the route must already dial this container, and health_path must answer. */
  readonly probe?: { readonly port: number; readonly path: string };
  readonly healthUrl: string;
}

/**
 * Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under
 * the name runs the digest with those settings, healthy (and, in proxy mode, is what the proxy serves).
 */
export function unchangedStep(service: string, o: UnchangedOptions): RemoteStep {
  return step('unchanged', service, String.raw`
DIGEST=${shq(o.digest)} URL=${shq(o.healthUrl)} PROXY_MODE=${o.probe ? 1 : 0} PROBE_PORT=${o.probe?.port ?? 0} PROBE_PATH=${shq(o.probe?.path ?? '')}
command -v sha256sum >/dev/null 2>&1 || { SECRET0=; echo "why=sha256sum is missing on this host"; exit 0; }
if [ ! -s "$G/salt" ]; then head -c 32 /dev/urandom | base64 >"$G/salt.$$" && mv "$G/salt.$$" "$G/salt"; fi
hash=$({ cat "$G/salt"; printf '%s' "$SECRET0" | base64 -d; } | sha256sum | cut -c1-64)
SECRET0=
echo "config_hash=$hash"
exists "$NAME" || { echo "why=nothing runs under $NAME"; exit 0; }
[ "$(docker inspect -f '{{.State.Running}}' "$NAME")" = true ] || { echo "why=$NAME is not running"; exit 0; }
[ -n "$DIGEST" ] && [ "$(digest_of "$NAME")" = "$DIGEST" ] || { echo "why=$NAME runs another image"; exit 0; }
[ "$(novalue "$(docker inspect -f '{{index .Config.Labels "dev.gantry.config"}}' "$NAME")")" = "$hash" ] || { echo "why=the settings changed"; exit 0; }
hs=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$NAME")
[ "$hs" != unhealthy ] || { echo "why=the image's HEALTHCHECK reports unhealthy"; exit 0; }
probe() {
  if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null --max-time 5 "$1" >/dev/null 2>&1; else wget -q -O /dev/null -T 5 "$1" >/dev/null 2>&1; fi
}
if [ "$PROXY_MODE" = 1 ]; then
  a=$(alias_of "$NAME")
  [ -n "$a" ] && grep -qF "\"dial\":\"$a:$PROBE_PORT\"" "$G"/proxy/routes/*/[19]-"$NAME".json 2>/dev/null || { echo "why=the proxy does not route to $NAME"; exit 0; }
  docker inspect -f '{{.Name}} {{.State.Running}}' ${PROXY.container} 2>/dev/null | grep -q ' true$' || { echo "why=the proxy is not running"; exit 0; }
  if [ -n "$PROBE_PATH" ]; then probe "http://$(addr_of "$NAME"):$PROBE_PORT$PROBE_PATH" || { echo "why=health_path does not answer"; exit 0; }; fi
elif [ -n "$URL" ]; then
  probe "$URL" || { echo "why=health_url does not answer"; exit 0; }
fi
echo unchanged=1
`, { secrets: [o.configText] });
}

const source = (s: 'new' | 'prev') => (s === 'new' ? '"$NEW"' : '"$PREV"');

/** Proxy mode: starts the staged new container (or the kept previous version) beside the one serving. */
export function startBesideStep(service: string, src: 'new' | 'prev'): RemoteStep {
  return step('start', service, String.raw`
busy
SRC=${source(src)}
exists "$SRC" || fail 41 ${src === 'new' ? '"the staged container $NEW is gone"' : '"nothing to roll back to: no previous version ($PREV) is kept on this host"'}
a=$(alias_of "$SRC")
[ -n "$a" ] || fail 41 "$SRC was deployed without the proxy (it has no address on the gantry network): deploy a version in proxy mode first"
echo "source_digest=$(digest_of "$SRC")"
echo "alias=$a"
if exists "$NAME"; then echo "previous_digest=$(digest_of "$NAME")"; else echo "previous_digest="; fi
if [ "$SRC" = "$PREV" ]; then
  p=$(cat "$S/prev.restart" 2>/dev/null); [ -n "$p" ] || p=unless-stopped
  docker update --restart="$p" "$PREV" >/dev/null 2>&1
fi
docker start "$SRC" >/dev/null 2>"$T/start" || fail 44 "$SRC did not start: $(errline "$T/start")"
echo started=1
`);
}

export interface ProxySwitchOptions {
  readonly src: 'new' | 'prev';
  readonly port: number;
  readonly image: string;
  readonly hosts: readonly string[];
  /** The route file's name and its one line of JSON (see proxy-config.ts). */
  readonly routeFile: string;
  readonly route: string;
  /** The alias the route dials: must be the source container's. */
  readonly alias: string;
  readonly drainSeconds: number;
  /** The service's TLS automation policy (one JSON line), empty for plain HTTP. */
  readonly tlsPolicy: string;
}

/**
 * Under the host-wide proxy lock: checks the route against other services', writes it, makes sure
 * the proxy container exists with the image and ports wanted (creating or replacing it), and loads
 * the whole configuration. A refused load puts the route files back: Caddy keeps what it served.
 */
export function proxySwitchStep(service: string, o: ProxySwitchOptions): RemoteStep {
  return step('proxy', service, String.raw`
busy
SRC=${source(o.src)} PORT=${o.port} IMAGE=${shq(o.image)} ALIAS=${shq(o.alias)} DRAIN=${Math.floor(o.drainSeconds)}
FILE=${shq(o.routeFile)} ROUTE=${shq(o.route)} HOSTS=${shq(o.hosts.join('\n'))} TLS=${shq(o.tlsPolicy)}
PX=${PROXY.container}
P="$G/proxy" R="$G/proxy/routes"
command -v flock >/dev/null 2>&1 || fail 24 "flock is missing on this host (proxy mode serialises proxy changes with it)"
mkdir -p "$R/$PORT" || fail 25 "cannot create $R/$PORT"
exec 8>"$P/lock"
flock -w 120 8 || fail 61 "another deploy has been changing the proxy on this host for more than 120 s"
exists "$SRC" || fail 41 "the container to switch to ($SRC) is gone"
[ "$(alias_of "$SRC")" = "$ALIAS" ] || fail 41 "$SRC is not the container this run started"
for f in "$R/$PORT"/[19]-*.json; do
  [ -f "$f" ] || continue
  b=\${f##*/}; other=\${b#?-}; other=\${other%.json}
  [ "$other" = "$NAME" ] && continue
  if [ -s "$R/$PORT/$other.tls" ] && [ -z "$TLS" ]; then fail 62 "proxy_port $PORT serves HTTPS for the service $other; set proxy_tls for this service too, or use another port"; fi
  if [ ! -s "$R/$PORT/$other.tls" ] && [ -n "$TLS" ]; then fail 62 "proxy_port $PORT serves plain HTTP for the service $other; HTTPS needs a port of its own (443)"; fi
  case $b in
    9-*) [ -n "$HOSTS" ] || fail 62 "proxy_port $PORT already routes every host name to the service $other; give each service on this port its own proxy_host" ;;
    *) if [ -n "$HOSTS" ] && printf '%s\n' "$HOSTS" | grep -qxFf - "$R/$PORT/$other.hosts" 2>/dev/null; then
         fail 62 "proxy_port $PORT already routes $(printf '%s\n' "$HOSTS" | grep -xFf "$R/$PORT/$other.hosts" | head -n 1) to the service $other; proxy_host names must differ between services"
       fi ;;
  esac
done
tar -C "$P" -cf "$T/routes.tar" routes || fail 25 "cannot back up $R"
put_back() { rm -rf "$R" && tar -C "$P" -xf "$T/routes.tar"; }
rm -f "$R"/*/[19]-"$NAME".json "$R"/*/"$NAME".hosts "$R"/*/"$NAME".tls
printf '%s\n' "$ROUTE" >"$R/$PORT/$FILE" && printf '%s\n' "$HOSTS" >"$R/$PORT/$NAME.hosts" || { put_back; fail 25 "cannot write the route of $NAME"; }
if [ -n "$TLS" ]; then printf '%s\n' "$TLS" >"$R/$PORT/$NAME.tls" || { put_back; fail 25 "cannot write the route of $NAME"; }; fi
ports=
for d in "$R"/*/; do
  d=\${d%/}
  ls "$d" 2>/dev/null | grep -q '^[19]-.*\.json$' && ports="$ports \${d##*/}"
done
servers=
policies=
internal=
publish=$ports
for p in $(printf '%s\n' $ports | sort -n); do
  routes=
  for f in "$R/$p"/1-*.json "$R/$p"/9-*.json; do [ -f "$f" ] && routes="$routes\${routes:+,}$(cat "$f")"; done
  auto='"automatic_https":{"disable":true},'
  for f in "$R/$p"/*.tls; do
    [ -s "$f" ] || continue
    auto=
    policies="$policies\${policies:+,}$(cat "$f")"
    grep -q '"internal"' "$f" && internal=1
  done
  # HTTPS: Caddy redirects HTTP to it (and answers ACME's HTTP challenge) on port 80.
  [ -z "$auto" ] && publish="$publish 80"
  servers="$servers\${servers:+,}\"gantry-$p\":{\"listen\":[\":$p\"],$auto\"routes\":[$routes]}"
done
ports=$(printf '%s\n' $publish | sort -n -u | tr '\n' ',' | sed 's/,$//')
apps="\"http\":{\"grace_period\":\"\${DRAIN}s\",\"servers\":{$servers}}"
[ -n "$policies" ] && apps="$apps,\"tls\":{\"automation\":{\"policies\":[$policies]}}"
[ -n "$internal" ] && apps="$apps,\"pki\":{\"certificate_authorities\":{\"local\":{\"install_trust\":false}}}"
printf '{"admin":{"listen":"${PROXY.admin}"},"apps":{%s}}\n' "$apps" >"$T/caddy.json"
fresh=0
cur=
if exists "$PX"; then
  cur="$(docker inspect -f '{{index .Config.Labels "dev.gantry.proxy-image"}} {{index .Config.Labels "dev.gantry.proxy-ports"}} {{.State.Running}}' "$PX" 2>/dev/null)"
fi
if [ "$cur" != "$IMAGE $ports true" ]; then
  if [ -n "$cur" ]; then
    echo "proxy_replaced=the proxy ($cur) is replaced by $IMAGE on ports $ports: requests in flight during its restart may fail"
    docker rm -f "$PX" >/dev/null 2>&1
  fi
  pubs=()
  for p in \${ports//,/ }; do pubs+=(--publish "$p:$p"); done
  if ! docker create --name "$PX" --restart always --network gantry "\${pubs[@]}" \
      --volume ${PROXY.configVolume}:/config --volume ${PROXY.dataVolume}:/data \
      --label dev.gantry.proxy-image="$IMAGE" --label dev.gantry.proxy-ports="$ports" \
      "$IMAGE" caddy run --resume >"$T/px" 2>&1; then
    put_back; fail 63 "cannot create the proxy container from $IMAGE: $(errline "$T/px")"
  fi
  if ! docker start "$PX" >/dev/null 2>"$T/px"; then
    holder=$(docker ps --filter "publish=$PORT" --format '{{.Names}}' | grep -vx "$PX" | head -n 1)
    # A container on the host's network that listens on the port publishes nothing: ours is the usual one.
    if [ -z "$holder" ] && exists "$NAME" && [ "$(docker inspect -f '{{.HostConfig.NetworkMode}} {{.State.Running}}' "$NAME")" = "host true" ]; then holder=$NAME; fi
    if [ "$holder" = "$NAME" ]; then
      echo "migrated=$NAME published port $PORT itself (deployed without the proxy): stopped it so the proxy can take the port; requests fail until the proxy answers"
      docker stop "$NAME" >/dev/null 2>&1
      docker start "$PX" >/dev/null 2>"$T/px" || { docker rm -f "$PX" >/dev/null 2>&1; docker start "$NAME" >/dev/null 2>&1; put_back; fail 63 "the proxy did not start: $(errline "$T/px")"; }
    else
      docker rm -f "$PX" >/dev/null 2>&1
      put_back
      fail 63 "the proxy did not start: $(errline "$T/px")\${holder:+ (port $PORT is published by the container $holder)}"
    fi
  fi
  fresh=1
fi
t0=$(date +%s%N)
ok=0
for i in $(seq 1 150); do
  if docker exec -i "$PX" caddy reload --config /dev/stdin --force <"$T/caddy.json" >"$T/reload" 2>&1; then ok=1; break; fi
  [ "$fresh" = 1 ] || break
  sleep 0.2
done
if [ "$ok" != 1 ]; then
  put_back
  fail 64 "the proxy refused the configuration: $(grep -o '"error":.*\|Error:.*' "$T/reload" | tail -n 1 | cut -c1-300)"
fi
echo "load_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
echo "fresh=$fresh"
echo "ports=$ports"
echo "live=$ALIAS"
`);
}

/**
 * After the switch: Caddy's load returns at once while requests already on their way to the old
 * container finish there; the old container is stopped once no connection to app_port is open in
 * its network namespace, or after drain_timeout, then (SIGTERM) it gets drain_timeout again to exit.
 * The source container takes the name.
 */
export function proxyRetireStep(service: string, src: 'new' | 'prev', drainSeconds: number, appPort: number): RemoteStep {
  return step('retire', service, String.raw`
busy
SRC=${source(src)} DRAIN=${Math.floor(drainSeconds)} HEXPORT=${appPort.toString(16).toUpperCase().padStart(4, '0')}
exists "$SRC" || fail 41 "$SRC is gone"
if exists "$NAME"; then
  pid=$(docker inspect -f '{{.State.Pid}}' "$NAME" 2>/dev/null)
  t0=$(date +%s%N)
  deadline=$(( $(date +%s) + DRAIN ))
  open=?
  while [ -n "$pid" ] && [ "$pid" != 0 ] && [ -r "/proc/$pid/net/tcp" ]; do
    open=$(cat "/proc/$pid/net/tcp" "/proc/$pid/net/tcp6" 2>/dev/null | awk -v p=":$HEXPORT" '$4 == "01" && substr($2, length($2) - 4) == p' | wc -l)
    [ "$open" = 0 ] && break
    [ "$(date +%s)" -ge "$deadline" ] && break
    sleep 0.2
  done
  echo "drain_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
  echo "drain_open=$open"
  docker stop -t "$DRAIN" "$NAME" >/dev/null 2>"$T/stop" || fail 42 "cannot stop $NAME: $(errline "$T/stop")"
  if exists "$OLD"; then docker rm -f "$OLD" >/dev/null 2>&1; fi
  docker rename "$NAME" "$OLD" >/dev/null 2>"$T/rename" || fail 43 "cannot rename $NAME: $(errline "$T/rename")"
fi
docker rename "$SRC" "$NAME" >/dev/null 2>"$T/rename" || fail 43 "cannot rename $SRC to $NAME: $(errline "$T/rename")"
echo retired=1
`);
}

/** Before any switch, the source failed: the new container is removed, a previous version stopped again. */
export function discardStep(service: string, src: 'new' | 'prev', audit: { action: string; by: string; from: string; to: string }): RemoteStep {
  return step('discard', service, String.raw`
busy
if [ ${source(src)} = "$NEW" ]; then
  docker rm -f "$NEW" >/dev/null 2>&1
else
  docker stop "$PREV" >/dev/null 2>&1
  docker update --restart=no "$PREV" >/dev/null 2>&1
fi
audit ${shq(audit.action)} refused ${shq(audit.from)} ${shq(audit.to)}
echo discarded=1
`, { by: audit.by });
}

/**
 * Proxy mode, before the generic converge: a run killed after the proxy switched but before the
 * containers were renamed leaves the proxy serving <name>-gantry-new (or -prev); finish that switch
 * instead of removing the container being served. A previous version left running is stopped.
 */
export function proxyConvergeStep(service: string, by: string): RemoteStep {
  return step('proxy-converge', service, String.raw`
busy
live=$(cat "$G"/proxy/routes/*/[19]-"$NAME".json 2>/dev/null | sed -n 's/.*"dial":"\([^":]*\):.*/\1/p' | head -n 1)
for c in "$NEW" "$PREV"; do
  if [ -n "$live" ] && exists "$c" && [ "$(alias_of "$c")" = "$live" ]; then
    if exists "$NAME"; then
      docker stop "$NAME" >/dev/null 2>&1
      if exists "$OLD"; then docker rm -f "$OLD" >/dev/null 2>&1; fi
      docker rename "$NAME" "$OLD" >/dev/null || fail 43 "cannot rename $NAME"
    fi
    docker rename "$c" "$NAME" >/dev/null || fail 43 "cannot rename $c"
    if exists "$OLD"; then to_prev "$OLD" || fail 43 "cannot keep $OLD as $PREV"; fi
    echo "fixed=the proxy already served $c: finished the switch an interrupted run left"
    audit converge switched "" "$(digest_of "$NAME")"
    break
  fi
done
if exists "$PREV" && [ "$(docker inspect -f '{{.State.Running}}' "$PREV")" = true ]; then
  docker stop "$PREV" >/dev/null 2>&1; docker update --restart=no "$PREV" >/dev/null 2>&1
  echo "fixed=stopped $PREV, started by an interrupted rollback"
fi
`, { by });
}

/**
 * rollback_to: finds WANT (a digest, a short digest, a tag or a revision) among the versions this
 * host recorded within keep_images whose image is still here. Prints ref= and digest=, or fails
 * (exit 46) listing the candidates.
 */
export function resolveVersionStep(service: string, want: string, keep: number): RemoteStep {
  return step('resolve', service, String.raw`
WANT=${shq(want)} KEEP=${Math.max(1, Math.floor(keep))}
[ -f "$S/history" ] || fail 46 "rollback_to '$WANT': no version is recorded on this host"
list=
found=
while read -r ts digest id; do
  docker image inspect "$id" >/dev/null 2>&1 || continue
  rev=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$id" 2>/dev/null)")
  tags=$(docker image inspect -f '{{range .RepoTags}}{{println .}}{{end}}' "$id" 2>/dev/null | sed 's/.*://' | sort -u | tr '\n' ' ' | sed 's/ $//')
  list="$list\${list:+; }$digest\${rev:+ revision $rev}\${tags:+ tags $tags}"
  [ -n "$found" ] && continue
  short=\${digest#sha256:}
  match=
  case $WANT in
    "$digest"|"$short") match=1 ;;
  esac
  if [ -z "$match" ] && [ \${#WANT} -ge 12 ] && { [ "\${short#"\${WANT#sha256:}"}" != "$short" ]; }; then match=1; fi
  if [ -z "$match" ] && [ -n "$rev" ] && [ "$rev" = "$WANT" ]; then match=1; fi
  if [ -z "$match" ] && printf '%s\n' $tags | grep -qxF -- "$WANT"; then match=1; fi
  if [ -n "$match" ]; then
    ref=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' "$id" | grep -F "@$digest" | head -n 1)
    found="$ref"
    echo "ref=$ref"
    echo "digest=$digest"
  fi
done < <(tac "$S/history" | awk '!seen[$2]++' | head -n "$KEEP")
[ -n "$found" ] || fail 46 "rollback_to '$WANT' is not among the versions kept on this host: \${list:-none}"
`);
}

/**
 * rollback_to: stages <name>-gantry-new from an older image with the live container's own
 * settings (its environment minus what its image set, volumes, ports, network, restart policy), so
 * a rollback needs none of the deploy's inputs. The environment goes through a 0600 file removed at once.
 */
export function cloneLiveStep(service: string, o: { ref: string; digest: string; alias?: string; deployedAt: string; deployedBy: string }): RemoteStep {
  return step('clone', service, String.raw`
busy
REF=${shq(o.ref)} DIGEST=${shq(o.digest)} ALIAS=${shq(o.alias ?? '')} AT=${shq(o.deployedAt)}
exists "$NAME" || fail 41 "nothing runs under $NAME to take the settings from"
docker rm -f "$NEW" >/dev/null 2>&1
img=$(docker inspect -f '{{.Image}}' "$NAME")
docker image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$img" | sed '/^$/d' | sort -u >"$T/image-env"
docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$NAME" | sed '/^$/d' | sort -u | comm -23 - "$T/image-env" >"$T/env"
args=(--restart "$(policy_of "$NAME")")
while IFS= read -r v; do [ -n "$v" ] && args+=(--volume "$v"); done < <(docker inspect -f '{{range .HostConfig.Binds}}{{println .}}{{end}}' "$NAME")
while IFS= read -r p; do [ -n "$p" ] && args+=(--publish "$p"); done < <(docker inspect -f '{{range $p, $b := .HostConfig.PortBindings}}{{range $b}}{{if .HostIp}}{{.HostIp}}:{{end}}{{.HostPort}}:{{$p}}{{println}}{{end}}{{end}}' "$NAME")
net=$(docker inspect -f '{{.HostConfig.NetworkMode}}' "$NAME")
if [ -n "$ALIAS" ]; then args+=(--network gantry --network-alias "$ALIAS" --label "dev.gantry.alias=$ALIAS")
elif [ -n "$net" ] && [ "$net" != default ]; then args+=(--network "$net"); fi
for k in dev.gantry.service dev.gantry.config; do
  v=$(novalue "$(docker inspect -f "{{index .Config.Labels \"$k\"}}" "$NAME")"); [ -n "$v" ] && args+=(--label "$k=$v")
done
rev=$(novalue "$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REF" 2>/dev/null)")
if [ -n "$rev" ]; then args+=(--label "dev.gantry.revision=$rev" --label "org.opencontainers.image.revision=$rev"); fi
if ! docker create --name "$NEW" "\${args[@]}" --env-file "$T/env" --label "dev.gantry.image=$REF" --label "dev.gantry.image-digest=$DIGEST" \
    --label "dev.gantry.deployed-at=$AT" --label "dev.gantry.deployed-by=$BY" "$REF" >"$T/create" 2>&1; then
  rm -f "$T/env"
  fail 40 "docker create failed: $(errline "$T/create")"
fi
rm -f "$T/env"
echo "created=$(docker inspect -f '{{.Id}}' "$NEW")"
`, { by: o.deployedBy });
}
