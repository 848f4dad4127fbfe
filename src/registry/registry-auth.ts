import { UserError, inputError } from '../errors';

/**
 * Which credentials go to which registry. Two sources: registry_auth_config (the docker config
 * JSON form GitLab hands jobs as DOCKER_AUTH_CONFIG: one entry per registry) and the pair
 * registry_username/registry_password. The rule: a registry the auth config names gets its
 * entry; a registry gantry pushes to or deploys from that it does not name gets the pair; any
 * other registry (a base image's, a builder image's) is spoken to anonymously. Credentials stay
 * in memory: they reach the engine's API header, gantry's own registry calls, and the hosts'
 * stdin, never a file.
 */

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export const ANONYMOUS: Credentials = Object.freeze({ username: '', password: '' });

const INPUT = 'registry_auth_config';
const EXPECTED = 'docker config JSON such as {"auths":{"registry.example.com":{"auth":"<base64 of user:password>"}}}';

/** Docker Hub's names as tools write them; all mean the registry gantry calls docker.io. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/**
 * A registry's key as the auth config and image references name it: the host[:port] of
 * `https://host:port/v1/` or `host/path`, lower case; Docker Hub's aliases are docker.io.
 */
export function registryKey(text: string): string {
  const host = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
  return DOCKER_HUB.has(host) ? 'docker.io' : host;
}

/** The registry an image reference (repo[:tag][@digest]) is pulled from. */
export function registryOfImage(ref: string): string {
  const first = ref.trim().split('/')[0];
  const named = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
  return named ? registryKey(first) : 'docker.io';
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
  registrytoken?: unknown;
}

/**
 * Parses registry_auth_config into credentials by registry. Refused with one line naming the
 * input: text that is not JSON, an object without `auths`, an entry whose auth does not decode
 * to user:password, and credential helper references (credsStore, credHelpers), which name
 * programs on the machine that gantry does not run.
 */
export function parseAuthConfig(text: string): Map<string, Credentials> {
  const out = new Map<string, Credentials>();
  if (!text.trim()) return out;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    // The parser's message may quote the text: only its position is kept.
    const at = /position \d+/.exec(err instanceof Error ? err.message : '')?.[0];
    throw inputError(INPUT, `is not JSON${at ? ` (${at})` : ''}`, EXPECTED);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw inputError(INPUT, 'is not a JSON object', EXPECTED);
  const o = doc as Record<string, unknown>;
  const helpers = [o.credsStore ? 'credsStore' : '', o.credHelpers && Object.keys(o.credHelpers as object).length ? 'credHelpers' : ''].filter(Boolean);
  if (helpers.length) {
    throw inputError(
      INPUT,
      `refers to a credential helper (${helpers.join(' and ')}); gantry runs no credential helpers`,
      'the credentials themselves under "auths" (each registry\'s "auth" as base64 of user:password, or "username" and "password"), e.g. the output of your helper\'s get command',
    );
  }
  if (o.auths === undefined) throw inputError(INPUT, 'has no "auths" object', EXPECTED);
  if (!o.auths || typeof o.auths !== 'object' || Array.isArray(o.auths)) throw inputError(INPUT, '"auths" is not an object', EXPECTED);
  for (const [name, value] of Object.entries(o.auths as Record<string, unknown>)) {
    const key = registryKey(name);
    if (!key || /[\s"'`$\\]/.test(key)) throw inputError(INPUT, `"auths" names '${name}', which is not a registry host`, EXPECTED);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw inputError(INPUT, `the entry of ${name} is not an object`, EXPECTED);
    out.set(key, entryCredentials(name, value as AuthEntry));
  }
  return out;
}

function entryCredentials(name: string, e: AuthEntry): Credentials {
  if (e.identitytoken || e.registrytoken) {
    throw inputError(INPUT, `the entry of ${name} holds an identity or registry token, which gantry cannot use`, 'the entry\'s "auth" (base64 of user:password) or "username" and "password"');
  }
  if (typeof e.auth === 'string' && e.auth) {
    const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (!/^[A-Za-z0-9+/=_-]+$/.test(e.auth) || colon <= 0) throw inputError(INPUT, `the "auth" of ${name} is not base64 of user:password`, EXPECTED);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (e.username !== undefined || e.password !== undefined) {
    if (typeof e.username !== 'string' || typeof e.password !== 'string' || !e.username) {
      throw inputError(INPUT, `the entry of ${name} needs both "username" and "password" as strings`, EXPECTED);
    }
    return { username: e.username, password: e.password };
  }
  // An empty entry ({}) says: this registry is spoken to without credentials, on purpose.
  return ANONYMOUS;
}

/** The credentials of one run: the auth config's entries, and the pair for gantry's own registries. */
export class RegistryLogins {
  private readonly own: Set<string>;

  constructor(
    private readonly entries: ReadonlyMap<string, Credentials>,
    private readonly pair: Credentials | undefined,
    own: Iterable<string> = [],
  ) {
    this.own = new Set([...own].map(registryKey));
  }

  /** From the inputs; `own` are the registries pushed to or deployed from (the pair applies there). */
  static of(inputs: { registry_auth_config: string; registry_username: string; registry_password: string }, own: Iterable<string> = []): RegistryLogins {
    const pair = inputs.registry_username || inputs.registry_password ? { username: inputs.registry_username, password: inputs.registry_password } : undefined;
    return new RegistryLogins(parseAuthConfig(inputs.registry_auth_config), pair, own);
  }

  /** The same logins with more registries of gantry's own. */
  withOwn(registries: Iterable<string>): RegistryLogins {
    return new RegistryLogins(this.entries, this.pair, [...this.own, ...registries]);
  }

  /** Whether registry_auth_config was given at all. */
  get configured(): boolean {
    return this.entries.size > 0;
  }

  /** Whether the auth config has an entry for the registry. */
  names(registry: string): boolean {
    return this.entries.has(registryKey(registry));
  }

  /** The registry's credentials (ANONYMOUS when none apply). */
  for(registry: string): Credentials {
    const key = registryKey(registry);
    const entry = this.entries.get(key);
    if (entry) return entry;
    if (this.pair && this.own.has(key)) return this.pair;
    return ANONYMOUS;
  }

  /** Credentials for the registry, or undefined when it is spoken to anonymously. */
  maybe(registry: string): Credentials | undefined {
    const c = this.for(registry);
    return c.username || c.password ? c : undefined;
  }

  /** What to check when the registry refuses: the input that gave (or should give) its credentials. */
  hint(registry: string): string {
    const key = registryKey(registry);
    if (this.entries.has(key)) return `check the entry of ${key} in registry_auth_config`;
    if (this.pair && this.own.has(key)) return `check registry_username and registry_password (user '${this.pair.username}')`;
    if (this.configured) return `registry_auth_config has no entry for ${key}`;
    return `no credentials were given for ${key} (registry_auth_config${this.own.has(key) ? ', or registry_username and registry_password' : ''})`;
  }

  /**
   * Refuses, before anything is built, a registry to push to that the auth config was given
   * without and that the pair does not cover: the build needs it.
   */
  requireForPush(registries: Iterable<string>): void {
    if (!this.configured) return;
    for (const r of registries) {
      const key = registryKey(r);
      if (!this.entries.has(key) && !this.pair) {
        throw inputError(INPUT, `has no entry for registry ${key}, which image pushes to`, `an entry under "auths" for ${key} (an empty {} pushes without credentials), or registry_username and registry_password`);
      }
    }
  }
}

/** Words of a registry refusing a pull for want of (good) credentials. */
export const PULL_REFUSED = /\b401\b|\b403\b|unauthorized|authentication required|no basic auth credentials|access denied|denied: /i;

/** A UserError for a registry that refused, naming the image and what to give. */
export function refusedError(what: string, registry: string, logins: RegistryLogins, detail: string): UserError {
  return new UserError(`${what}: registry ${registryKey(registry)} ${logins.maybe(registry) ? 'refuses the credentials given' : 'needs credentials to pull it'} (${detail.split('\n')[0].trim()}); ${logins.hint(registry)}`);
}
