import { INPUTS, InputName, InputSpec, Inputs, inputNames } from './schema';
import { inputError } from './errors';
import { dockerConfigSecrets, netrcPasswords, secretWord, sshKeyTexts } from './secret-values';

export type RawInputs = Partial<Record<string, string | undefined>>;

/** Splits a list input: one item a line (and a comma, unless the list holds KEY=VALUE lines). */
export function splitList(text: string, linesOnly = false): string[] {
  const parts = linesOnly ? text.split(/\r?\n/) : text.split(/[\r\n,]+/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0 && !p.startsWith('#'));
}

/** A list item's longest length: an env value over 32 KiB reaches a host's argv and its limits. */
export const MAX_ITEM_LENGTH = 32_768;

function maxLengthOf(spec: InputSpec): number {
  return spec.maxLength ?? (spec.kind === 'list' || spec.secret || spec.fileOrText ? 1_048_576 : 4_096);
}

/** NUL bytes and lengths, for every input: checked before the value means anything. */
function checkText(name: InputName, spec: InputSpec, text: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) throw inputError(name, `holds a NUL byte (at character ${nul + 1})`, spec.expected ?? 'text without NUL bytes');
  const max = maxLengthOf(spec);
  if (text.length > max) throw inputError(name, `is ${text.length} characters long, more than the ${max} it takes`, spec.expected ?? `at most ${max} characters`);
  if (spec.kind !== 'list') return;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.length > MAX_ITEM_LENGTH) {
      const key = spec.keyValue && line.includes('=') ? ` (${line.slice(0, Math.min(line.indexOf('='), 64))})` : '';
      throw inputError(name, `line ${i + 1}${key} is ${line.length} characters long, more than the ${MAX_ITEM_LENGTH} a line takes`, spec.expected ?? `lines of at most ${MAX_ITEM_LENGTH} characters`);
    }
  });
}

function parseOne(name: InputName, spec: InputSpec, text: string): string | number | boolean | string[] {
  checkText(name, spec, text);
  const value = text.trim();
  if (spec.options && spec.kind !== 'list' && !spec.options.includes(value)) {
    throw inputError(name, `'${value}' is not allowed`, `one of ${spec.options.join(', ')}`);
  }
  if (spec.regex && !new RegExp(spec.regex).test(value)) {
    throw inputError(name, `'${spec.secret ? '***' : value}' is not valid`, spec.expected ?? `a value matching ${spec.regex}`);
  }
  if (spec.keyValue) checkKeyValueLines(name, text, spec.secret === true);
  switch (spec.kind) {
    case 'boolean':
      return value === 'true';
    case 'number': {
      const n = Number(value);
      if (!Number.isFinite(n)) throw inputError(name, `'${value}' is not a number`, spec.expected);
      if (spec.min !== undefined && n < spec.min) throw inputError(name, `'${value}' is less than ${spec.min}`, spec.expected);
      if (spec.max !== undefined && n > spec.max) throw inputError(name, `'${value}' is more than ${spec.max}`, spec.expected);
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

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const KEY_VALUE_EXPECTED = 'KEY=VALUE lines, each key of letters, digits, _ . and - (not starting with a digit)';

/**
 * What is wrong with one KEY=VALUE line, or ''. A secret input's line is never shown, only its
 * key (keys are names, not secrets); the caller adds the line number.
 */
function keyValueProblem(line: string, secret: boolean): string {
  const eq = line.indexOf('=');
  const shown = secret ? '' : ` '${line}'`;
  if (eq < 0) return `${shown} has no '='${secret ? ' (the line is not shown: the input is secret)' : ''}`;
  const key = line.slice(0, eq).trim();
  if (key === '') return `${shown} has no key before '='`;
  if (!KEY.test(key)) return ` has the key '${key}', which is not a valid name`;
  return '';
}

/** Checks KEY=VALUE text line by line; the error names the input, the line number and the key. */
export function checkKeyValueLines(name: string, text: string, secret = false): void {
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const problem = keyValueProblem(line, secret);
    if (problem) throw inputError(name, `line ${i + 1}${problem}`, KEY_VALUE_EXPECTED);
  });
}

/** Parses KEY=VALUE lines (checked by parseInputs for inputs), naming the input on a malformed line. */
export function parseKeyValues(name: string, lines: string[], secret = false): Array<[string, string]> {
  return lines.map((line, i) => {
    const problem = keyValueProblem(line, secret);
    if (problem) throw inputError(name, `entry ${i + 1}${problem}`, KEY_VALUE_EXPECTED);
    const eq = line.indexOf('=');
    return [line.slice(0, eq).trim(), line.slice(eq + 1)];
  });
}

/**
 * Values of inputs marked secret (secret_env's values among them), and of env lines whose key
 * looks like a secret's: what a front end must mask.
 * With the environment, also the build secrets secret_envs names; private key text in ssh
 * is always included, and the passwords of a netrc. (Files of secret_files are masked by
 * the build as soon as it reads them.)
 */
export function secretValues(inputs: Inputs, env?: NodeJS.ProcessEnv): string[] {
  const out: string[] = [...sshKeyTexts(inputs.ssh), ...netrcPasswords(inputs.netrc), ...dockerConfigSecrets(inputs.registry_auth_config)];
  if (env) {
    for (const line of inputs.secret_envs) {
      const name = line.slice(line.indexOf('=') + 1).trim();
      const v = line.includes('=') ? env[name] : undefined;
      if (v) out.push(v, ...netrcPasswords(v));
    }
  }
  for (const line of inputs.env) {
    const eq = line.indexOf('=');
    if (eq > 0 && secretWord(line.slice(0, eq).trim())) out.push(line.slice(eq + 1));
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
