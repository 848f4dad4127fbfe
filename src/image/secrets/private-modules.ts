import { Inputs } from '../../schema';
import { inputError } from '../../errors';
import { NETRC_ID, parseSecretRefs, parseSshRefs } from './secret-inputs';
import { shellQuote } from '../../shell-quote';

/**
 * How the generated Dockerfile fetches private modules (goprivate): GOPRIVATE/GONOSUMDB
 * in the builder's environment, git told where and how to fetch, and the netrc secret
 * and/or an SSH agent mounted on the steps that run Go's module fetching, nowhere else.
 *
 * git does the fetching for a GOPRIVATE module (no proxy, no checksum database), so the
 * credentials are git's: a .netrc at $HOME (git's libcurl reads it; Go's own go-get
 * lookups do too) or an agent at SSH_AUTH_SOCK. A PATTERN=URL entry becomes git's
 * url.<URL>.insteadOf https://PATTERN/, which also reaches a git server on another port
 * or scheme (plain http on a loopback address) without GOINSECURE, because Go only ever
 * sees the https:// URL it asked for.
 */
export interface PrivateModules {
  /** ENV entries for the builder stage. */
  env: string[];
  /** A shell command run once before go.mod is copied (git config, known_hosts), or ''. */
  gitSetup: string;
  /** --mount flags for the download and build steps. */
  mounts: string[];
  warnings: string[];
}

export interface PrivateModuleFacts {
  /** A netrc secret is given (the netrc input, or secret_files netrc=...). */
  netrc: boolean;
  /** The ssh id the generated Dockerfile forwards, or '' for none. */
  sshId: string;
  /** The known_hosts input: its key lines pin the git hosts for ssh. */
  knownHosts: string;
}


const PATTERN = /^[A-Za-z0-9._~\-/*?[\]]+$/;
const KNOWN_HOSTS_LINE = /^(@revoked\s+)?\S+\s+(ssh-[a-z0-9-]+|ecdsa-sha2-[a-z0-9-]+|sk-[a-z0-9@.-]+)\s+[A-Za-z0-9+/]+=*(\s.*)?$/;

function withSeparator(url: string): string {
  return /[/:]$/.test(url) ? url : `${url}/`;
}

/** Plans goprivate; null when it is empty. */
export function planPrivateModules(goprivate: string[], facts: PrivateModuleFacts): PrivateModules | null {
  if (goprivate.length === 0) return null;
  const patterns: string[] = [];
  const rewrites: Array<[string, string]> = [];
  for (const entry of goprivate) {
    const eq = entry.indexOf('=');
    const pattern = (eq < 0 ? entry : entry.slice(0, eq)).trim().replace(/\/+$/, '');
    const url = eq < 0 ? '' : entry.slice(eq + 1).trim();
    if (!pattern || !PATTERN.test(pattern)) throw inputError('goprivate', `'${entry}' is not a module path pattern`, 'patterns such as git.example.com/team/* (GOPRIVATE syntax), each optionally =git URL');
    if (url) {
      if (/[*?[]/.test(pattern)) throw inputError('goprivate', `'${entry}': a pattern with a glob cannot name a git URL`, 'PATTERN=URL with a plain module path prefix');
      if (/[\s'"\\]/.test(url)) throw inputError('goprivate', `'${entry}': the git URL has spaces or quotes`, 'a git URL prefix such as ssh://git@git.example.com');
      if (/^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(url)) {
        throw inputError('goprivate', `'${pattern}=...': the git URL holds a password, which would be written into the builder's git config and the build cache`, 'the credentials in netrc (machine HOST login USER password TOKEN)');
      }
      rewrites.push([withSeparator(url), `https://${pattern}/`]);
    } else if (facts.sshId && !facts.netrc) {
      // The hosting services' convention: https for go-get lookups, ssh as git@host.
      const host = pattern.split('/')[0];
      if (!/[*?[]/.test(host) && !rewrites.some(([, from]) => from === `https://${host}/`)) rewrites.push([`ssh://git@${host}/`, `https://${host}/`]);
    }
    patterns.push(pattern);
  }

  const warnings: string[] = [];
  const steps: string[] = [];
  for (const [to, from] of rewrites) steps.push(`git config --global url.${shellQuote(to)}.insteadOf ${shellQuote(from)}`);
  if (facts.sshId) {
    const pins = facts.knownHosts.split(/\r?\n/).map((l) => l.trim()).filter((l) => KNOWN_HOSTS_LINE.test(l));
    if (pins.length) {
      steps.push('mkdir -p -m 700 /root/.ssh');
      steps.push(`printf '%s\\n' ${pins.map(shellQuote).join(' ')} > /root/.ssh/known_hosts`);
    } else {
      warnings.push('goprivate fetches over ssh but known_hosts pins no host key: git in the build will refuse the git host; add its known_hosts line to known_hosts');
    }
  }
  if (!facts.netrc && !facts.sshId) {
    warnings.push('goprivate is set without a netrc secret or ssh: private modules are fetched without credentials');
  }

  const list = JSON.stringify(patterns.join(','));
  const mounts: string[] = [];
  if (facts.netrc) mounts.push(`--mount=type=secret,id=${NETRC_ID},target=/root/.netrc`);
  if (facts.sshId) mounts.push(`--mount=type=ssh,id=${facts.sshId}`);
  return { env: [`GOPRIVATE=${list}`, `GONOSUMDB=${list}`], gitSetup: steps.join(' \\\n && '), mounts, warnings };
}

/** planPrivateModules with its facts read from the inputs (still without I/O). */
export function privateModulesFor(inputs: Inputs): PrivateModules | null {
  if (inputs.goprivate.length === 0) return null;
  const netrc = parseSecretRefs(inputs.secret_envs, inputs.secret_files, inputs.netrc).some((r) => r.id === NETRC_ID);
  const ssh = parseSshRefs(inputs.ssh);
  const sshId = (ssh.find((r) => r.id === 'default') ?? ssh[0])?.id ?? '';
  return planPrivateModules(inputs.goprivate, { netrc, sshId, knownHosts: inputs.known_hosts });
}

const FETCH_FAILURE = /no secure protocol found|could not read Username|terminal prompts disabled|Authentication failed|Permission denied \(publickey|Host key verification failed|Could not resolve hostname|cannot run ssh/;

/**
 * A hint for a failed fetch of a private module. For a module path with a .git suffix, Go
 * tries https, git+ssh and ssh in turn and reports only "no secure protocol found", hiding
 * git's own error; say what to check.
 */
export function privateFetchHint(message: string, goprivate: string[]): string {
  if (goprivate.length === 0 || !FETCH_FAILURE.test(message)) return '';
  return (
    ' (git could not fetch a goprivate module: check that the netrc secret has a machine line for the host git connects to' +
    " (after goprivate's PATTERN=URL rewrite), or that ssh forwards an agent holding an authorized key and known_hosts pins the git host;" +
    " for paths ending in .git, Go reports only 'no secure protocol found' whatever git said)"
  );
}
