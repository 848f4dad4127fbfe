import * as fs from 'fs';
import { Command, INPUTS, InputSpec, OUTPUTS, OutputName, OutputSpec, inputNames, outputVariable } from '../schema';
import { parseInputs, secretValues } from '../inputs';
import { Reporter, Masker } from '../reporter';
import { run } from '../run';
import { describeFailure } from './errors-out';
import { cliHelp, parseCliArgs } from './cli-args';
import { EXIT } from '../exit-codes';
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

function readFileOrText(value: string): string {
  if (value.includes('\n') || value.length > 4096) return value;
  try {
    if (fs.statSync(value).isFile()) return fs.readFileSync(value, 'utf8');
  } catch {
    /* not a path: the text itself */
  }
  return value;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
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
    for (const name of inputNames()) {
      const spec: InputSpec = INPUTS[name];
      const value = args.raw[name];
      if (value === undefined) continue;
      if (spec.fileOrText) args.raw[name] = readFileOrText(value);
      if (spec.secret) reporter.mask(args.raw[name] as string);
      // A path (read above) is fine on a command line; a secret value is in every process list.
      if (spec.secret && args.fromFlags.includes(name) && args.raw[name] === value) {
        reporter.warn(`--${name.replace(/_/g, '-')} puts a secret on the command line, where other users see it; set GANTRY_${name.toUpperCase()} instead`);
      }
    }
    const inputs = parseInputs(args.raw);
    for (const s of secretValues(inputs, env)) reporter.mask(s);
    const code = await run(args.command as Command, inputs, reporter, env);
    writeOutputs(reporter, dotenv);
    return code;
  } catch (err) {
    // Outputs known so far (a digest, a per-service report) are written before failing.
    writeOutputs(reporter, dotenv);
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
