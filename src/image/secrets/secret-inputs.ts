import { Inputs } from '../../schema';
import { inputError } from '../../errors';

export { sshKeyTexts } from '../../secret-values';

/**
 * The secret inputs as written, parsed without reading anything: which ids come from
 * which variable, file, agent or key. secret-sources.ts turns them into values.
 */
export interface SecretRef {
  id: string;
  from: { env: string } | { file: string } | { input: 'netrc' };
}

export type SshRef =
  | { id: string; agent: 'SSH_AUTH_SOCK' }
  /** Paths: one agent socket, or one or more private key files (told apart when read). */
  | { id: string; paths: string[] }
  | { id: string; keyText: string };

/** The id under which the generated Dockerfile mounts a .netrc. */
export const NETRC_ID = 'netrc';

const ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function pairs(name: string, lines: string[], what: string): Array<[string, string]> {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    const id = eq > 0 ? line.slice(0, eq).trim() : '';
    const value = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!ID.test(id) || !value) throw inputError(name, `'${line}' is not an id=${what} line`, `id=${what} lines with ids of letters, digits, _ . -`);
    return [id, value];
  });
}

export function parseSecretRefs(secretEnvs: string[], secretFiles: string[], netrc: string): SecretRef[] {
  const refs: SecretRef[] = [];
  const seen = new Map<string, string>();
  const add = (ref: SecretRef, input: string) => {
    const before = seen.get(ref.id);
    if (before) throw inputError(input, `secret id '${ref.id}' is given twice (also in ${before})`, 'each id once across secret_envs, secret_files and netrc');
    seen.set(ref.id, input);
    refs.push(ref);
  };
  for (const [id, env] of pairs('secret_envs', secretEnvs, 'ENV_NAME')) {
    if (!ENV_NAME.test(env)) throw inputError('secret_envs', `'${env}' (for id '${id}') is not an environment variable name`, 'id=ENV_NAME lines');
    add({ id, from: { env } }, 'secret_envs');
  }
  for (const [id, file] of pairs('secret_files', secretFiles, 'path')) add({ id, from: { file } }, 'secret_files');
  if (netrc.trim()) add({ id: NETRC_ID, from: { input: 'netrc' } }, 'netrc');
  return refs;
}

/**
 * Parses the ssh input, the way buildx reads --ssh: `default`, `ID` (both the runner's
 * SSH_AUTH_SOCK agent), `ID=PATH[,PATH]` (a socket or key files), and private key text,
 * alone (for id default) or after `ID=`, spanning lines up to its -----END line.
 */
export function parseSshRefs(text: string): SshRef[] {
  const refs: SshRef[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(line);
    const id = m ? m[1] : line.startsWith('-----BEGIN') ? 'default' : line;
    const rest = m ? m[2].trim() : line.startsWith('-----BEGIN') ? line : '';
    let ref: SshRef;
    if (rest.startsWith('-----BEGIN')) {
      const block = [rest];
      while (!/-----END [A-Z0-9 ]+-----/.test(block[block.length - 1]) && i + 1 < lines.length) block.push(lines[++i].trim());
      if (!/-----END [A-Z0-9 ]+-----/.test(block[block.length - 1])) throw inputError('ssh', `the key text for id '${id}' has no -----END line`, 'a whole private key');
      ref = { id, keyText: `${block.join('\n')}\n` };
    } else if (!ID.test(id)) {
      throw inputError('ssh', `'${line.length > 40 ? `${line.slice(0, 40)}...` : line}' is not an ssh entry`, 'default, ID, ID=PATH[,PATH] or private key text');
    } else if (rest) {
      ref = { id, paths: rest.split(',').map((p) => p.trim()).filter(Boolean) };
    } else {
      ref = { id, agent: 'SSH_AUTH_SOCK' };
    }
    if (refs.some((r) => r.id === id)) throw inputError('ssh', `id '${id}' is given twice`, 'each ssh id once');
    refs.push(ref);
  }
  return refs;
}

/** The secret inputs of one build, parsed once: what the planner, the session and the guards read. */
export interface SecretSpec {
  readonly refs: readonly SecretRef[];
  readonly ssh: readonly SshRef[];
  /** The netrc input's text (the secret netrc when refs name it from the input). */
  readonly netrc: string;
  readonly goprivate: readonly string[];
  /** The known_hosts input: its key lines pin the git hosts goprivate fetches from over ssh. */
  readonly knownHosts: string;
  readonly allowSecretBuildArgs: boolean;
}

export type SecretInputs = Pick<Inputs, 'secret_envs' | 'secret_files' | 'netrc' | 'ssh' | 'goprivate' | 'known_hosts' | 'allow_secret_build_args'>;

/** Parses the secret inputs without reading any value (variables, files and agents are read at build time). */
export function parseSecretSpec(inputs: SecretInputs): SecretSpec {
  return {
    refs: parseSecretRefs(inputs.secret_envs, inputs.secret_files, inputs.netrc),
    ssh: parseSshRefs(inputs.ssh),
    netrc: inputs.netrc,
    goprivate: [...inputs.goprivate],
    knownHosts: inputs.known_hosts,
    allowSecretBuildArgs: inputs.allow_secret_build_args,
  };
}
