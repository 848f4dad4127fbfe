import * as fs from 'fs';
import * as path from 'path';
import { inputError } from '../../errors';
import { SecretRef, SecretSpec, SshRef } from './secret-inputs';
import type { AgentSource } from './session/ssh-agents';

/** The agents' module (and ssh2's key parser with it), loaded only by a build that forwards ssh. */
type Agents = typeof import('./session/ssh-agents');

/** A build secret's value and where it came from (for messages; never the value). */
export interface ResolvedSecret {
  id: string;
  from: string;
  value: Buffer;
}

export interface ResolvedAgent {
  source: AgentSource;
  /** Public key blobs the agent offers: what a rotated key changes. */
  publicKeys: Buffer[];
  /** Private key texts read by gantry (not those inside a running agent). */
  privateKeys: string[];
}

/** Everything the build session serves, read once before the build. */
export interface BuildSecrets {
  secrets: Map<string, ResolvedSecret>;
  agents: Map<string, ResolvedAgent>;
}

export function hasBuildSecrets(s: BuildSecrets): boolean {
  return s.secrets.size > 0 || s.agents.size > 0;
}

/** Every secret text gantry holds: to mask, to refuse as a build arg, to search images for. */
export function secretTexts(s: BuildSecrets): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  for (const r of s.secrets.values()) out.push({ id: r.id, text: r.value.toString('utf8') });
  for (const a of s.agents.values()) for (const k of a.privateKeys) out.push({ id: `ssh ${a.source.id}`, text: k });
  return out;
}

function readSecret(ref: SecretRef, netrc: string, env: NodeJS.ProcessEnv): ResolvedSecret {
  const f = ref.from;
  if ('env' in f) {
    const v = env[f.env];
    if (v === undefined) throw inputError('secret_envs', `secret '${ref.id}' comes from ${f.env}, which is not set`, `${f.env} set in the environment of the build job`);
    if (v === '') throw inputError('secret_envs', `secret '${ref.id}' comes from ${f.env}, which is empty`, `a non-empty ${f.env}`);
    return { id: ref.id, from: `environment variable ${f.env}`, value: Buffer.from(v, 'utf8') };
  }
  if ('file' in f) {
    const file = path.resolve(f.file);
    let value: Buffer;
    try {
      value = fs.readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw inputError('secret_files', `secret '${ref.id}': cannot read ${f.file} (${code})`, 'a readable file');
    }
    if (value.length === 0) throw inputError('secret_files', `secret '${ref.id}': ${f.file} is empty`, 'a file holding the secret');
    return { id: ref.id, from: `file ${f.file}`, value };
  }
  return { id: ref.id, from: 'input netrc', value: Buffer.from(netrc.trim() + '\n', 'utf8') };
}

function agentFor({ keyAgent, parsePrivateKey, socketAgent }: Agents, ref: SshRef, env: NodeJS.ProcessEnv): { source: AgentSource; privateKeys: string[] } {
  if ('agent' in ref) {
    const sock = env.SSH_AUTH_SOCK;
    if (!sock) throw inputError('ssh', `id '${ref.id}' forwards the runner's agent, but SSH_AUTH_SOCK is not set`, 'a running ssh-agent (eval "$(ssh-agent)"; ssh-add KEY), or ID=path-to-key');
    return { source: socketAgent(ref.id, sock), privateKeys: [] };
  }
  if ('keyText' in ref) {
    return { source: keyAgent(ref.id, 'key given as text', [parsePrivateKey(ref.keyText, ref.id, 'key text')]), privateKeys: [ref.keyText] };
  }
  const stats = ref.paths.map((p) => {
    try {
      return fs.statSync(p);
    } catch (err) {
      throw inputError('ssh', `id '${ref.id}': cannot read ${p} (${(err as NodeJS.ErrnoException).code ?? err})`, 'an agent socket or a private key file');
    }
  });
  if (stats[0].isSocket()) {
    if (ref.paths.length > 1) throw inputError('ssh', `id '${ref.id}': ${ref.paths[0]} is an agent socket; give one socket or key files, not both`, 'ID=socket or ID=key[,key]');
    return { source: socketAgent(ref.id, ref.paths[0]), privateKeys: [] };
  }
  const texts: string[] = [];
  const keys = ref.paths.map((p) => {
    let text: string;
    try {
      text = fs.readFileSync(p, 'utf8');
    } catch (err) {
      throw inputError('ssh', `id '${ref.id}': cannot read ${p} (${(err as NodeJS.ErrnoException).code ?? err})`, 'a readable private key file');
    }
    texts.push(text);
    return parsePrivateKey(text, ref.id, p);
  });
  return { source: keyAgent(ref.id, `key ${ref.paths.join(', ')}`, keys), privateKeys: texts };
}

/**
 * Reads every secret and checks every agent answers, before anything is built: an unset
 * variable, an unreadable file, a key with a passphrase or a dead agent socket fail here,
 * naming the input and the id.
 */
export async function resolveBuildSecrets(spec: SecretSpec, env: NodeJS.ProcessEnv): Promise<BuildSecrets> {
  const secrets = new Map<string, ResolvedSecret>();
  for (const ref of spec.refs) secrets.set(ref.id, readSecret(ref, spec.netrc, env));
  const agents = new Map<string, ResolvedAgent>();
  if (spec.ssh.length) {
    const mod = await import('./session/ssh-agents');
    for (const ref of spec.ssh) {
      const { source, privateKeys } = agentFor(mod, ref, env);
      agents.set(ref.id, { source, privateKeys, publicKeys: await mod.agentIdentities(source) });
    }
  }
  return { secrets, agents };
}
