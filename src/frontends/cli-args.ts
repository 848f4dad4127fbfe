import { COMMANDS, Command, INPUTS, InputName, InputSpec, inputNames } from '../schema';
import { UserError } from '../errors';
import { EXIT } from '../exit-codes';

export interface CliArgs {
  command: Command | 'help' | 'version';
  raw: Partial<Record<InputName, string>>;
  /** A file to write outputs to as GANTRY_<NAME>=value lines (a GitLab dotenv report). */
  dotenv: string;
  /** Inputs given as flags (the rest came from GANTRY_* variables). */
  fromFlags: InputName[];
}

export const flagOf = (name: string): string => `--${name.replace(/_/g, '-')}`;

function usage(message: string): UserError {
  return new UserError(`${message}; see 'gantry --help'`, EXIT.usage);
}

/**
 * Parses `gantry COMMAND [--input-name VALUE | --input-name=VALUE | --flag | --no-flag]...`.
 * A list input may be given several times. GANTRY_<NAME> variables fill inputs not given
 * as flags (the GitLab templates map their inputs to those).
 */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  const byFlag = new Map<string, InputName>(inputNames().map((n) => [flagOf(n), n]));
  const out: CliArgs = { command: 'help', raw: {}, dotenv: env.GANTRY_DOTENV ?? '', fromFlags: [] };
  const args = [...argv];
  const first = args[0];
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return out;
  if (first === '--version' || first === 'version') return { ...out, command: 'version' };
  if (!COMMANDS.includes(first as Command)) throw usage(`unknown command '${first}'; expected one of ${COMMANDS.join(', ')}`);
  out.command = first as Command;
  args.shift();
  const given: Partial<Record<InputName, string[]>> = {};
  while (args.length) {
    const arg = args.shift() as string;
    if (arg === '--help' || arg === '-h') return { ...out, command: 'help' };
    if (!arg.startsWith('--')) throw usage(`unexpected argument '${arg}'`);
    let [flag, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined as string | undefined];
    if (flag === '--dotenv') {
      out.dotenv = value ?? (args.shift() || '');
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
    (given[name] ??= []).push(value);
  }
  for (const name of inputNames()) {
    if (name === 'command') continue;
    const values = given[name];
    if (values) {
      out.raw[name] = values.join('\n');
      out.fromFlags.push(name);
    }
    else if (env[`GANTRY_${name.toUpperCase()}`] !== undefined) out.raw[name] = env[`GANTRY_${name.toUpperCase()}`];
  }
  out.raw.command = out.command as Command;
  return out;
}

export function cliHelp(): string {
  const lines = [
    'gantry: build a Go service into a small cached image, tag it by commit time, push it, and roll it out over SSH.',
    '',
    'usage: gantry <command> [options]',
    '',
    'commands:',
    '  build      build the image and push it (push: false keeps it local)',
    '  deploy     roll deploy_image out to hosts',
    '  all        build, push, then deploy when hosts are given',
    '  rollback   put every host back on its previous recorded version',
    '  plan       print the Dockerfile, tags and labels without building',
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
