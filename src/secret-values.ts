/**
 * A leaf: how secret values are recognised, shared by the input parser (inputs.ts masks them
 * before anything prints), the build's secret guards (image/secrets/) and the deploy spec (env
 * keys that look like a secret's). Pure; imports nothing of gantry's.
 */

/** Words that make a name a secret's wherever they appear in it. */
const ANYWHERE = ['TOKEN', 'PASSWORD', 'PASSWD', 'SECRET', 'CREDENTIAL'];
/** Words that do as a whole part of the name (DB_PASS, AWS_ACCESS_KEY_ID, GITHUB_PAT)... */
const PART = ['KEY', 'KEYS', 'PASS', 'PWD', 'AUTH', 'PAT'];
/** ...or at the end of one (DATAKEY, OAUTH); BYPASS or COMPASS must not count. */
const PART_SUFFIX = ['KEY', 'KEYS', 'AUTH'];
/** Names that only look like secrets. */
const HARMLESS = new Set(['PWD', 'OLDPWD', 'SOURCE_DATE_EPOCH', 'GOPRIVATE', 'GONOSUMDB', 'GONOPROXY', 'GOAUTH']);

/** The word that makes a build arg name look like a secret's, or '' when it does not. */
export function secretWord(name: string): string {
  const upper = name.toUpperCase();
  if (HARMLESS.has(upper)) return '';
  const squashed = upper.replace(/[^A-Z0-9]/g, '');
  const anywhere = ANYWHERE.find((w) => squashed.includes(w));
  if (anywhere) return anywhere;
  // Parts split on separators and camelCase: apiKey -> API, KEY.
  const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  for (const p of parts) {
    const w = PART.find((s) => p === s) ?? PART_SUFFIX.find((s) => p.endsWith(s));
    if (w) return w;
  }
  return '';
}

/** The password (and account) tokens of netrc text, when the value is one. */
export function netrcPasswords(text: string): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (!tokens.includes('machine') && !tokens.includes('default')) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i] === 'password' || tokens[i] === 'account') out.push(tokens[i + 1]);
  }
  return out;
}

/** Every private key text written into the ssh input: secrets to mask before anything prints. */
export function sshKeyTexts(text: string): string[] {
  const out: string[] = [];
  const re = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;
  for (const m of text.matchAll(re)) out.push(m[0]);
  return out;
}
