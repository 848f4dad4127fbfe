import * as path from 'path';
import { UserError } from '../../errors';

/**
 * Which RUN steps of a Dockerfile mount which secrets and SSH agents. BuildKit treats a
 * secret mount as optional unless it says required=true: a step whose secret was not given
 * runs without it and fails later with a puzzling message, or worse, succeeds. gantry reads
 * the mounts first, so a missing id is named with its step before anything is built.
 */
export interface SecretMount {
  type: 'secret' | 'ssh';
  id: string;
  /** true/false when the Dockerfile says so; undefined when it does not. */
  required?: boolean;
}

export interface RunStep {
  /** 1-based line of the RUN instruction. */
  line: number;
  /** The stage's name (FROM ... AS name), else its index. */
  stage: string;
  /** The instruction's first line, for messages. */
  text: string;
  mounts: SecretMount[];
}

/** Splits a --mount value (CSV, fields possibly quoted) into key/value pairs. */
function mountFields(value: string): Array<[string, string]> {
  const fields: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = '';
      else cur += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') {
      fields.push(cur);
      cur = '';
    } else cur += ch;
  }
  fields.push(cur);
  return fields
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => {
      const eq = f.indexOf('=');
      return eq < 0 ? [f.toLowerCase(), ''] : [f.slice(0, eq).trim().toLowerCase(), f.slice(eq + 1).trim()];
    });
}

function parseMount(value: string): SecretMount | null {
  const fields = mountFields(value);
  const get = (...keys: string[]) => fields.find(([k]) => keys.includes(k))?.[1];
  const type = get('type') ?? 'bind';
  if (type !== 'secret' && type !== 'ssh') return null;
  const target = get('target', 'dst', 'destination');
  const id = get('id') || (type === 'secret' ? (target ? path.posix.basename(target) : '') : 'default');
  const req = fields.find(([k]) => k === 'required');
  const required = req ? req[1] === '' || req[1].toLowerCase() === 'true' : undefined;
  return { type, id, required };
}

interface Instruction {
  line: number;
  /** Joined continuation lines. */
  text: string;
  first: string;
}

function instructions(dockerfile: string): Instruction[] {
  const lines = dockerfile.split(/\r?\n/);
  let escape = '\\';
  // Parser directives come first, before any instruction or comment that is not one.
  for (const l of lines) {
    const d = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(l);
    if (!d) break;
    if (d[1].toLowerCase() === 'escape') escape = d[2];
  }
  const out: Instruction[] = [];
  let cur: Instruction | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!cur) {
      if (!trimmed || trimmed.startsWith('#')) continue;
      cur = { line: i + 1, text: '', first: trimmed };
    } else if (!trimmed || trimmed.startsWith('#')) {
      continue; // comments and blank lines inside a continued instruction are dropped
    }
    const right = raw.replace(/\s+$/, '');
    if (right.endsWith(escape)) {
      cur.text += `${right.slice(0, -escape.length)} `;
    } else {
      cur.text += right;
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** The RUN steps with secret or ssh mounts, in order. */
export function secretRunSteps(dockerfile: string): RunStep[] {
  const steps: RunStep[] = [];
  let stageIndex = -1;
  let stage = '';
  for (const ins of instructions(dockerfile)) {
    const words = ins.text.trim().split(/\s+/);
    const keyword = words[0].toUpperCase();
    if (keyword === 'FROM') {
      stageIndex++;
      const as = words.findIndex((w) => w.toUpperCase() === 'AS');
      stage = as > 0 && words[as + 1] ? words[as + 1] : String(stageIndex);
      continue;
    }
    if (keyword !== 'RUN') continue;
    const mounts: SecretMount[] = [];
    for (const w of words.slice(1)) {
      if (!w.startsWith('--')) break;
      const m = /^--mount=(.*)$/.exec(w);
      if (!m) continue;
      const mount = parseMount(m[1].replace(/^["']|["']$/g, ''));
      if (mount) mounts.push(mount);
    }
    if (mounts.length) steps.push({ line: ins.line, stage, text: ins.first.length > 100 ? `${ins.first.slice(0, 97)}...` : ins.first, mounts });
  }
  return steps;
}

function where(step: RunStep): string {
  return `line ${step.line} (stage ${step.stage}: ${step.text})`;
}

/**
 * Refuses a Dockerfile that mounts a secret or agent gantry was not given, naming the id
 * and the step (a mount marked required=false is left to BuildKit). Returns warnings for
 * given ids no step mounts.
 */
export function checkSecretMounts(steps: RunStep[], secretIds: Set<string>, sshIds: Set<string>): string[] {
  for (const step of steps) {
    for (const m of step.mounts) {
      if (m.required === false) continue;
      if (m.type === 'secret' && !secretIds.has(m.id)) {
        throw new UserError(
          `the Dockerfile mounts secret '${m.id}' at ${where(step)}, but no secret '${m.id}' was given; add '${m.id}=ENV_NAME' to secret_envs or '${m.id}=path' to secret_files`,
        );
      }
      if (m.type === 'ssh' && !sshIds.has(m.id)) {
        throw new UserError(
          `the Dockerfile mounts ssh agent '${m.id}' at ${where(step)}, but ssh gives no id '${m.id}'; add '${m.id === 'default' ? 'default' : `${m.id}=path-to-key`}' to ssh`,
        );
      }
    }
  }
  const warnings: string[] = [];
  const used = (type: SecretMount['type'], id: string) => steps.some((s) => s.mounts.some((m) => m.type === type && m.id === id));
  for (const id of secretIds) if (!used('secret', id)) warnings.push(`secret '${id}' is given but no RUN step mounts it`);
  for (const id of sshIds) if (!used('ssh', id)) warnings.push(`ssh id '${id}' is given but no RUN step mounts it`);
  return warnings;
}
