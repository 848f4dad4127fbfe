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

/**
 * The secrets of docker config JSON (registry_auth_config): each entry's auth (base64 of
 * user:password), the password it decodes to, password and token fields. Text that is not such
 * JSON gives none here (the input is masked whole anyway, and its parser refuses it).
 */
export function dockerConfigSecrets(text: string): string[] {
  if (!text.trim()) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  const auths = doc && typeof doc === 'object' ? (doc as { auths?: unknown }).auths : undefined;
  if (!auths || typeof auths !== 'object') return [];
  const out: string[] = [];
  for (const entry of Object.values(auths as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    for (const field of ['auth', 'password', 'identitytoken', 'registrytoken']) {
      if (typeof e[field] === 'string' && e[field]) out.push(e[field] as string);
    }
    if (typeof e.auth === 'string' && e.auth) {
      const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon >= 0 && decoded.length > colon + 1) out.push(decoded.slice(colon + 1));
    }
  }
  return out;
}
