import { COMMANDS, COMMAND_SUMMARY, Command, INPUTS, InputName, InputSpec, SETTINGS, inputNames, inputVariable, outputNames, outputVariable } from '../schema';
import { UserError } from '../errors';
import { EXIT } from '../exit-codes';

export interface CliArgs {
  command: Command | 'help' | 'version';
  raw: Partial<Record<InputName, string>>;
  /** A file to write outputs to as GANTRY_<NAME>=value lines (a GitLab dotenv report). */
  dotenv: string;
  /** Inputs given as flags (the rest came from GANTRY_* variables). */
  fromFlags: InputName[];
  /** Things worth saying before any work, such as a GANTRY_* variable gantry does not read. */
  warnings: string[];
}

export const flagOf = (name: string): string => `--${name.replace(/_/g, '-')}`;

function usage(message: string): UserError {
  return new UserError(`${message}; see 'gantry --help'`, EXIT.usage);
}

/** The test bed's own variables (testbed.sh env) share the prefix; they are not gantry's. */
const FOREIGN_PREFIXES = ['GANTRY_TESTBED_'];

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/**
 * A misspelled GANTRY_* variable would be ignored without a word (a misspelled flag is refused):
 * one warning for each variable that is neither an input, an output arriving from a dotenv
 * report, nor one of gantry's settings.
 */
export function unknownVariableWarnings(env: NodeJS.ProcessEnv): string[] {
  const inputs = inputNames().filter((n) => n !== 'command').map(inputVariable);
  const known = new Set<string>([...inputs, ...outputNames().map(outputVariable), ...Object.keys(SETTINGS)]);
  const out: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith('GANTRY_') || known.has(name) || FOREIGN_PREFIXES.some((p) => name.startsWith(p))) continue;
    if (name === 'GANTRY_COMMAND') {
      out.push('GANTRY_COMMAND is ignored: the command is the first argument (gantry build, gantry deploy...)');
      continue;
    }
    const nearest = inputs.map((v) => [v, editDistance(name, v)] as const).sort((a, b) => a[1] - b[1])[0];
    // A near miss is a few edits for a long name, one for a short one (GANTRY_ZZZ is no GANTRY_CGO).
    const near = nearest && nearest[1] <= Math.max(1, Math.floor((name.length - 'GANTRY_'.length) / 4));
    const hint = near ? `did you mean ${nearest[0]}? ` : '';
    out.push(`${name} is not a gantry variable and is ignored; ${hint}inputs are GANTRY_<INPUT NAME> (see gantry --help)`);
  }
  return out;
}

/**
 * Parses `gantry COMMAND [--input-name VALUE | --input-name=VALUE | --flag | --no-flag]...`.
 * A list input may be given several times (the values add up); any other option only once.
 * GANTRY_<NAME> variables fill inputs not given as flags (the GitLab templates map their inputs
 * to those).
 */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  const byFlag = new Map<string, InputName>(inputNames().map((n) => [flagOf(n), n]));
  const out: CliArgs = { command: 'help', raw: {}, dotenv: env.GANTRY_DOTENV ?? '', fromFlags: [], warnings: [] };
  const args = [...argv];
  const first = args[0];
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return out;
  if (first === '--version' || first === 'version') return { ...out, command: 'version' };
  if (!COMMANDS.includes(first as Command)) throw usage(`unknown command '${first}'; expected one of ${COMMANDS.join(', ')}`);
  out.command = first as Command;
  args.shift();
  const given: Partial<Record<InputName, string[]>> = {};
  let dotenvGiven = false;
  while (args.length) {
    const arg = args.shift() as string;
    if (arg === '--help' || arg === '-h') return { ...out, command: 'help' };
    if (!arg.startsWith('--')) throw usage(`unexpected argument '${arg}'`);
    let [flag, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined as string | undefined];
    if (flag === '--dotenv') {
      if (dotenvGiven) throw usage("option '--dotenv' is given twice; it takes one file");
      dotenvGiven = true;
      if (value === undefined && !args.length) throw usage("option '--dotenv' needs a value");
      out.dotenv = value ?? (args.shift() as string);
      continue;
    }
    let negated = false;
    if (!byFlag.has(flag) && flag.startsWith('--no-') && byFlag.has(`--${flag.slice(5)}`)) {
      flag = `--${flag.slice(5)}`;
      negated = true;
    }
    const name = byFlag.get(flag);
    if (!name || name === 'command') throw usage(`unknown option '${flag}'`);
    const spec: InputSpec = INPUTS[name];
    if (spec.kind === 'boolean' && value === undefined) value = negated ? 'false' : 'true';
    else if (negated) throw usage(`'${arg}': only true/false options take --no-`);
    if (value === undefined) {
      if (!args.length) throw usage(`option '${flag}' needs a value`);
      value = args.shift() as string;
    }
    if (given[name] && spec.kind !== 'list') {
      const both = spec.secret ? '' : ` ('${given[name]?.[0]}' and '${value}')`;
      throw usage(`option '${flag}' is given twice${both}; it takes one value (only list options add up)`);
    }
    (given[name] ??= []).push(value);
  }
  for (const name of inputNames()) {
    if (name === 'command') continue;
    const values = given[name];
    if (values) {
      out.raw[name] = values.join('\n');
      out.fromFlags.push(name);
    }
    else if (env[inputVariable(name)] !== undefined) out.raw[name] = env[inputVariable(name)];
  }
  out.raw.command = out.command as Command;
  out.warnings = unknownVariableWarnings(env);
  return out;
}

export function cliHelp(): string {
  const lines = [
    'gantry: build a Go service into a small cached image, tag it by commit time, push it, and roll it out over SSH.',
    '',
    'usage: gantry <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(13)}${COMMAND_SUMMARY[c]}`),
    '',
    'options (each also read from GANTRY_<NAME>, e.g. GANTRY_GO_VERSION):',
  ];
  for (const name of inputNames()) {
    if (name === 'command') continue;
    const spec: InputSpec = INPUTS[name];
    const def = spec.default ? ` (default: ${spec.default.replace(/\n/g, ',')})` : '';
    lines.push(`  ${flagOf(name)}${spec.kind === 'boolean' ? '' : ' VALUE'}`);
    lines.push(`      ${spec.description}${def}`);
  }
  lines.push('  --dotenv FILE');
  lines.push('      Also write outputs as GANTRY_<NAME>=value lines to FILE (a GitLab dotenv report).');
  lines.push('', 'exit codes: 0 ok; 1 failed (nothing changed on hosts); 2 usage; 3 rollout failed, every host back on its previous version; 4 rollout failed, fleet mixed or unknown');
  return lines.join('\n');
}
