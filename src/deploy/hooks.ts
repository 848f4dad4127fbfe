import { inputError } from '../errors';
import { shq } from '../shell-quote';
import { PROXY_NETWORK, RemoteStep, step } from './remote-steps';

/**
 * Splits pre_switch_cmd into arguments the way a shell would split words: whitespace separates,
 * '...' is literal, "..." keeps spaces and honours \" and \\. Nothing is expanded. Pure.
 */
export function splitArgs(name: string, text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: '' | "'" | '"' = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
      else cur += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = '';
      else if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) cur += text[++i];
      else cur += ch;
    } else if (/\s/.test(ch)) {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      has = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (quote) throw inputError(name, `has an unclosed ${quote} quote`, "arguments such as migrate --up or sh -c 'cmd'");
  if (has) out.push(cur);
  return out;
}

/**
 * pre_switch_cmd: `docker run --rm IMAGE ARGS` of the new image on this host, with the deploy's env
 * (a 0600 file removed at once) and network, before anything is switched. Its last output lines
 * come back as log=; exit 51 when it fails.
 */
export function preSwitchStep(service: string, o: { ref: string; args: readonly string[]; env: ReadonlyArray<readonly [string, string]>; network: string; proxy: boolean; timeoutSeconds: number }): RemoteStep {
  const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
  const net = o.proxy ? PROXY_NETWORK : o.network;
  return step('pre-switch', service, String.raw`
busy
REF=${shq(o.ref)} NET=${shq(net)}
if [ ${o.proxy ? 1 : 0} = 1 ] && ! docker network inspect "$NET" >/dev/null 2>&1; then docker network create "$NET" >/dev/null 2>&1; fi
printf '%s' "$SECRET0" | base64 -d >"$T/env" || fail 51 "cannot write the env file"
SECRET0=
netargs=()
[ -n "$NET" ] && netargs=(--network "$NET")
TO=; command -v timeout >/dev/null 2>&1 && TO="timeout -k 5 ${Math.floor(o.timeoutSeconds)}"
$TO docker run --rm --name "$NAME-gantry-hook" "\${netargs[@]}" --env-file "$T/env" "$REF" ${o.args.map(shq).join(' ')} >"$T/hook" 2>&1 </dev/null
rc=$?
rm -f "$T/env"
docker rm -f "$NAME-gantry-hook" >/dev/null 2>&1
tail -n 30 "$T/hook" | cut -c1-300 | sed 's/^/log=/'
[ "$rc" = 0 ] || fail 51 "pre_switch_cmd exited with code $rc"
echo ok=1
`, { secrets: [envText] });
}
