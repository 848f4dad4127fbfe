import { inputError } from '../../errors';

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
