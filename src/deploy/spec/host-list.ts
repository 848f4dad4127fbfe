import { inputError } from '../../errors';

/** One entry of the `hosts` input, resolved. */
export interface HostTarget {
  /** What the user wrote, normalised: how the host is named in progress lines and the report. */
  readonly label: string;
  /** True for `local`: the runner's own engine, no SSH. */
  readonly local: boolean;
  readonly user: string;
  /** Host name or address, without brackets. */
  readonly host: string;
  readonly port: number;
}

const USER_RE = /^[a-z_][a-z0-9_.-]*\$?$/i;
const HOSTNAME_RE = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_RE = /^[0-9a-f:.]+(%[a-z0-9_.-]+)?$/i;

/** The input a `[user@]host[:port]` entry comes from, and what it expects. */
const EXPECTED = {
  hosts: '[user@]host[:port] entries (IPv6 as [addr]:port), or local',
  ssh_jump_host: '[user@]host[:port] of an SSH server that reaches the hosts (IPv6 as [addr]:port), or a comma-separated chain of them crossed in order',
} as const;
type HostInput = keyof typeof EXPECTED;

function hostError(entry: string, problem: string, input: HostInput = 'hosts'): Error {
  return inputError(input, `'${entry}' ${problem}`, EXPECTED[input]);
}

/**
 * Parses one `[user@]host[:port]` entry (`local` is the runner's own engine, for `hosts` only;
 * `input` names the input in errors).
 */
export function parseHost(entry: string, defaultUser: string, input: HostInput = 'hosts'): HostTarget {
  const text = entry.trim();
  if (text === 'local') {
    if (input !== 'hosts') throw hostError(text, 'is the runner itself, not an SSH server', input);
    return { label: 'local', local: true, user: '', host: 'local', port: 0 };
  }
  const fail = (problem: string) => hostError(text, problem, input);
  if (/\s/.test(text)) throw fail('holds a space');
  let rest = text;
  let user = defaultUser;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    user = rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (!USER_RE.test(user)) throw fail(`names the user '${user}', which is not a valid user name`);
  } else if (!USER_RE.test(user)) {
    throw inputError('ssh_user', `'${user}' is not a valid user name`, 'a login name such as deploy');
  }
  let host: string;
  let portText: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) throw fail("has '[' without ']'");
    host = rest.slice(1, close);
    const after = rest.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) throw fail("has text after ']' that is not :port");
    portText = after === '' ? undefined : after.slice(1);
    if (!IPV6_RE.test(host) && !IPV4_RE.test(host) && !HOSTNAME_RE.test(host)) throw fail('has no valid address in brackets');
  } else {
    const colons = rest.split(':').length - 1;
    if (colons > 1) throw fail('looks like an IPv6 address: write it as [addr] or [addr]:port');
    const colon = rest.indexOf(':');
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    portText = colon >= 0 ? rest.slice(colon + 1) : undefined;
    if (host === '') throw fail('has no host name');
    if (/^[\d.]+$/.test(host) ? !IPV4_RE.test(host) : !HOSTNAME_RE.test(host)) {
      throw fail(/^[\d.]+$/.test(host) ? 'is not a valid IPv4 address' : 'is not a valid host name');
    }
  }
  let port = 22;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      throw fail(`has the port '${portText}', not a number from 1 to 65535`);
    }
    port = Number(portText);
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const label = `${at >= 0 ? `${user}@` : ''}${shownHost}${port === 22 ? '' : `:${port}`}`;
  return { label, local: false, user, host, port };
}

/** Parses the `hosts` input; refuses an empty list and the same host named twice. */
export function parseHosts(entries: readonly string[], defaultUser: string): HostTarget[] {
  if (entries.length === 0) throw inputError('hosts', 'is empty', 'at least one [user@]host[:port] entry, or local');
  const out: HostTarget[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const target = parseHost(entry, defaultUser);
    // The same machine and user twice would race for its own lock.
    const key = target.local ? 'local' : `${target.user}@${target.host.toLowerCase()}:${target.port}`;
    const before = seen.get(key);
    if (before !== undefined) throw hostError(entry.trim(), `names the same host as '${before}'`);
    seen.set(key, entry.trim());
    out.push(target);
  }
  return out;
}

/** The most hops a jump chain may have (OpenSSH sets no limit; a longer chain is a mistake). */
export const MAX_JUMP_HOPS = 8;

/**
 * ssh_jump_host: one bastion, or a chain `a,b` crossed in order as ProxyJump does (gantry -> a ->
 * b -> each host). Empty gives no hop. Pure.
 */
export function parseJumpChain(text: string, defaultUser: string): HostTarget[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const entries = trimmed.split(',').map((e) => e.trim());
  if (entries.some((e) => e === '')) throw hostError(trimmed, 'has an empty hop (two commas, or one at an end)', 'ssh_jump_host');
  if (entries.length > MAX_JUMP_HOPS) throw hostError(trimmed, `has ${entries.length} hops, more than ${MAX_JUMP_HOPS}`, 'ssh_jump_host');
  const hops = entries.map((e) => parseHost(e, defaultUser, 'ssh_jump_host'));
  const seen = new Set<string>();
  for (const [i, h] of hops.entries()) {
    const key = `${h.host.toLowerCase()}:${h.port}`;
    if (seen.has(key)) throw hostError(entries[i], 'appears twice in the chain (a loop)', 'ssh_jump_host');
    seen.add(key);
  }
  return hops;
}
