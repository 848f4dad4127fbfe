import { inputError } from '../../errors';
import { PROXY_NETWORK, RemoteStep, step } from '../steps/render';

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
 * (a 0600 file removed at once) and network, before anything is switched (steps/pre-switch.sh).
 */
export function preSwitchStep(service: string, o: { ref: string; args: readonly string[]; env: ReadonlyArray<readonly [string, string]>; network: string; proxy: boolean; timeoutSeconds: number }): RemoteStep {
  const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
  return step('pre-switch', service, {
    REF: o.ref, NET: o.proxy ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.proxy ? 1 : 0, ARGS: o.args, HOOK_TIMEOUT: Math.floor(o.timeoutSeconds),
  }, { secrets: [envText] });
}
