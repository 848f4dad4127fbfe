import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Command, INPUTS, InputSpec, OUTPUTS, OutputName, OutputSpec, inputNames, outputVariable } from '../schema';
import { parseInputs, secretValues } from '../inputs';
import { Reporter, Masker } from '../reporter';
import { run } from '../run';
import { describeFailure } from './errors-out';
import { cliHelp, parseCliArgs } from './cli-args';
import { ciJob, refuseCliOnly } from './cli-only';
import { EXIT } from '../exit-codes';
import { UserError, errorMessage, inputError } from '../errors';
import { VERSION } from '../version';

/** Terminal and GitLab adapter: plain lines (GitLab's collapsible sections under GITLAB_CI). */
export class ConsoleReporter implements Reporter {
  readonly masker = new Masker();
  readonly outputs: Partial<Record<OutputName, string>> = {};
  private sections = 0;

  constructor(private readonly env: NodeJS.ProcessEnv, private readonly out: (s: string) => void = (s) => process.stdout.write(s), private readonly err: (s: string) => void = (s) => process.stderr.write(s)) {}

  info(m: string): void { this.out(`${this.masker.apply(m)}\n`); }
  warn(m: string): void { this.err(`warning: ${this.masker.apply(m)}\n`); }
  debug(m: string): void { if (this.env.GANTRY_DEBUG) this.err(`debug: ${this.masker.apply(m)}\n`); }
  mask(s: string): void { this.masker.add(s); }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.env.GITLAB_CI !== 'true') {
      this.out(`==> ${this.masker.apply(name)}\n`);
      return fn();
    }
    const id = `gantry_${++this.sections}`;
    const ts = () => Math.floor(Date.now() / 1000);
    this.out(`\x1b[0Ksection_start:${ts()}:${id}[collapsed=false]\r\x1b[0K${this.masker.apply(name)}\n`);
    try {
      return await fn();
    } finally {
      this.out(`\x1b[0Ksection_end:${ts()}:${id}\r\x1b[0K\n`);
    }
  }
  setOutput(n: string, v: string): void { this.outputs[n as OutputName] = v; }
  summary(md: string): void { void md; }
}

/**
 * Whether a value that names no existing file was meant as a path: one short word or a path,
 * which the text of a key, a known_hosts line, a fingerprint or a netrc never is.
 */
function meantAsPath(value: string): boolean {
  if (/\s/.test(value) || /^(SHA256:|-----)/.test(value) || value.length > 1024) return false;
  return /^(~|\.{1,2})?\//.test(value) || /^[\w.@-]+(\/[\w.@-]+)*$/.test(value);
}

/** The CLI takes a path or the text itself for some inputs (known_hosts, ssh_private_key, netrc). */
export function readFileOrText(name: string, value: string): string {
  const text = value.trim();
  if (text.includes('\n') || !meantAsPath(text)) return value;
  const file = text.startsWith('~/') ? path.join(os.homedir(), text.slice(2)) : text;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? errorMessage(err)})`;
    throw inputError(name, `the file '${text}' ${problem}`, `the path of a readable file, or the ${name.replace(/_/g, ' ')} text itself`);
  }
  if (!stat.isFile()) throw inputError(name, `'${text}' is not a file`, `the path of a readable file, or the ${name.replace(/_/g, ' ')} text itself`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw inputError(name, `the file '${text}' cannot be read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`, 'a file gantry can read');
  }
}

/** KEY-cert.pub beside a key given as a path, as ssh takes it with that key; undefined when there is none. */
export function certificateBeside(keyPath: string): { path: string; text: string } | undefined {
  const file = `${keyPath.startsWith('~/') ? path.join(os.homedir(), keyPath.slice(2)) : keyPath}-cert.pub`;
  try {
    return { path: file, text: fs.readFileSync(file, 'utf8') };
  } catch {
    return undefined;
  }
}

/** --dotenv is checked before any work: a path that cannot be written fails now, not after a deploy. */
export function checkDotenvPath(file: string): void {
  if (!file) return;
  const fail = (problem: string) => new UserError(`option '--dotenv': ${problem}; expected a file gantry can write, in an existing folder`);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') throw fail(`'${file}' is below something that is not a folder`);
  }
  const target = stat ? file : path.dirname(path.resolve(file));
  if (stat && !stat.isFile()) throw fail(`'${file}' is not a file`);
  if (!stat) {
    let dir: fs.Stats;
    try {
      dir = fs.statSync(target);
    } catch {
      throw fail(`the folder '${target}' does not exist`);
    }
    if (!dir.isDirectory()) throw fail(`'${target}' is not a folder`);
  }
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    throw fail(`'${target}' is not writable`);
  }
}

/** stdoutIsTerminal: whether the output goes to a terminal (a pipe or a file cannot take logs_follow). */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, stdoutIsTerminal = process.stdout.isTTY === true): Promise<number> {
  const reporter = new ConsoleReporter(env);
  let dotenv = '';
  try {
    const args = parseCliArgs(argv, env);
    dotenv = args.dotenv;
    if (args.command === 'help') {
      process.stdout.write(`${cliHelp()}\n`);
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (args.command === 'version') {
      process.stdout.write(`gantry ${VERSION}\n`);
      return EXIT.ok;
    }
    for (const w of args.warnings) reporter.warn(w);
    checkDotenvPath(dotenv);
    const keyPaths: Partial<Record<string, string>> = {};
    for (const name of inputNames()) {
      const spec: InputSpec = INPUTS[name];
      const value = args.raw[name];
      if (value === undefined) continue;
      if (spec.fileOrText) args.raw[name] = readFileOrText(name, value);
      if (spec.fileOrText && args.raw[name] !== value) keyPaths[name] = value.trim();
      if (spec.secret) reporter.mask(args.raw[name] as string);
      // A path (read above) is fine on a command line; a secret value is in every process list.
      if (spec.secret && args.fromFlags.includes(name) && args.raw[name] === value) {
        reporter.warn(`--${name.replace(/_/g, '-')} puts a secret on the command line, where other users see it; set GANTRY_${name.toUpperCase()} instead`);
      }
    }
    for (const [keyName, certName] of [['ssh_private_key', 'ssh_certificate'], ['ssh_jump_key', 'ssh_jump_certificate']] as const) {
      const keyPath = keyPaths[keyName];
      if (!keyPath || (args.raw[certName] ?? '').trim()) continue;
      const found = certificateBeside(keyPath);
      if (found === undefined) continue;
      args.raw[certName] = found.text;
      reporter.info(`${certName}: ${found.path} (beside ${keyName}, as ssh finds it)`);
    }
    const inputs = parseInputs(args.raw);
    const job = ciJob(env);
    if (job) refuseCliOnly(inputs, job);
    else if (!stdoutIsTerminal) refuseCliOnly(inputs, 'output that is not a terminal (a pipe or a file)', 'nobody could press Ctrl-C there, so it would never end');
    for (const s of secretValues(inputs, env)) reporter.mask(s);
    const code = await run(args.command as Command, inputs, reporter, env);
    try {
      writeOutputs(reporter, dotenv);
    } catch (err) {
      // Checked before any work, so rare (a full disk). After a rollout the hosts did change:
      // exit 1 would claim they did not, so the rollout's own code stands.
      const message = `option '--dotenv': cannot write '${dotenv}': ${errorMessage(err)}`;
      if (reporter.outputs.report !== undefined) {
        reporter.warn(`${message}; the outputs are printed above`);
        return code;
      }
      process.stderr.write(`gantry: error: ${reporter.masker.apply(message)}\n`);
      return code === EXIT.ok ? EXIT.failed : code;
    }
    return code;
  } catch (err) {
    // Outputs known so far (a digest, a per-service report) are written before failing.
    try {
      writeOutputs(reporter, dotenv);
    } catch (writeErr) {
      reporter.warn(`option '--dotenv': cannot write '${dotenv}': ${errorMessage(writeErr)}`);
    }
    const { message, code } = describeFailure(err, Boolean(env.GANTRY_DEBUG));
    process.stderr.write(`gantry: error: ${reporter.masker.apply(message)}\n`);
    return code;
  }
}

function writeOutputs(reporter: ConsoleReporter, dotenv: string): void {
  const names = (Object.keys(OUTPUTS) as OutputName[]).filter((n) => reporter.outputs[n] !== undefined);
  if (!names.length) return;
  reporter.info('outputs:');
  const isJson = (n: OutputName): boolean => (OUTPUTS[n] as OutputSpec).json === true;
  for (const n of names) if (!isJson(n)) reporter.info(`  ${n}=${reporter.outputs[n]}`);
  if (dotenv) {
    const lines = names.filter((n) => !isJson(n)).map((n) => `${outputVariable(n)}=${(reporter.outputs[n] ?? '').replace(/\n/g, ' ')}`);
    fs.writeFileSync(dotenv, `${lines.join('\n')}\n`);
  }
}
