import { INPUTS, InputName, InputSpec, Inputs, inputNames } from './schema';
import { inputError } from './errors';
import { sshKeyTexts } from './image/secrets/secret-inputs';
import { netrcPasswords } from './image/secrets/secret-values';

export type RawInputs = Partial<Record<string, string | undefined>>;

/** Splits a list input: one item a line (and a comma, unless the list holds KEY=VALUE lines). */
export function splitList(text: string, linesOnly = false): string[] {
  const parts = linesOnly ? text.split(/\r?\n/) : text.split(/[\r\n,]+/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0 && !p.startsWith('#'));
}

function parseOne(name: InputName, spec: InputSpec, text: string): string | number | boolean | string[] {
  const value = text.trim();
  if (spec.options && spec.kind !== 'list' && !spec.options.includes(value)) {
    throw inputError(name, `'${value}' is not allowed`, `one of ${spec.options.join(', ')}`);
  }
  if (spec.regex && !new RegExp(spec.regex).test(value)) {
    throw inputError(name, `'${spec.secret ? '***' : value}' is not valid`, spec.expected ?? `a value matching ${spec.regex}`);
  }
  switch (spec.kind) {
    case 'boolean':
      return value === 'true';
    case 'number': {
      const n = Number(value);
      if (!Number.isFinite(n)) throw inputError(name, `'${value}' is not a number`, spec.expected);
      return n;
    }
    case 'list':
      return splitList(text, spec.lines === true);
    default:
      return spec.kind === 'string' && spec.secret ? text : value;
  }
}

/**
 * Parses raw textual inputs (as every front end receives them) into typed inputs.
 * Unset or empty inputs take the schema's default. Unknown names are refused.
 */
export function parseInputs(raw: RawInputs): Inputs {
  const known = new Set<string>(inputNames());
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && raw[key] !== undefined) {
      throw inputError(key, 'is not an input of gantry', `one of ${[...known].join(', ')}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const name of inputNames()) {
    const spec: InputSpec = INPUTS[name];
    const given = raw[name];
    const text = given === undefined || given.trim() === '' ? spec.default : given;
    out[name] = parseOne(name, spec, text);
  }
  return out as Inputs;
}

/** Parses KEY=VALUE lines, naming the input on a malformed line. */
export function parseKeyValues(name: string, lines: string[]): Array<[string, string]> {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
      throw inputError(name, `'${line.split('=')[0]}' is not a KEY=VALUE line`, 'KEY=VALUE with a key of letters, digits and _');
    }
    return [key, line.slice(eq + 1)];
  });
}

/**
 * Values of inputs marked secret, and of every env value: what a front end must mask.
 * With the environment, also the build secrets secret_envs names; private key text in ssh
 * is always included, and the passwords of a netrc. (Files of secret_files are masked by
 * the build as soon as it reads them.)
 */
export function secretValues(inputs: Inputs, env?: NodeJS.ProcessEnv): string[] {
  const out: string[] = [...sshKeyTexts(inputs.ssh), ...netrcPasswords(inputs.netrc)];
  if (env) {
    for (const line of inputs.secret_envs) {
      const name = line.slice(line.indexOf('=') + 1).trim();
      const v = line.includes('=') ? env[name] : undefined;
      if (v) out.push(v, ...netrcPasswords(v));
    }
  }
  for (const name of inputNames()) {
    const spec: InputSpec = INPUTS[name];
    if (!spec.secret) continue;
    const v = inputs[name];
    if (Array.isArray(v)) {
      for (const line of v) {
        const eq = line.indexOf('=');
        out.push(eq > 0 ? line.slice(eq + 1) : line);
      }
    } else if (typeof v === 'string' && v) out.push(v);
  }
  return out.filter((s) => s.length > 0);
}
