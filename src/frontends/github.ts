import * as core from '@actions/core';
import { COMMANDS, Command, INPUTS, InputSpec, inputNames } from '../schema';
import { parseInputs, secretValues, RawInputs } from '../inputs';
import { Reporter, Masker } from '../reporter';
import { run } from '../run';
import { describeFailure } from './errors-out';
import { inputError } from '../errors';

/** The GitHub Actions adapter: inputs from INPUT_*, outputs to GITHUB_OUTPUT, masks, groups, summary. */
class GitHubReporter implements Reporter {
  readonly masker = new Masker();
  info(m: string): void { core.info(this.masker.apply(m)); }
  warn(m: string): void { core.warning(this.masker.apply(m)); }
  debug(m: string): void { core.debug(this.masker.apply(m)); }
  mask(s: string): void {
    this.masker.add(s);
    for (const part of this.masker.values) if (s.includes(part)) core.setSecret(part);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> { return core.group(name, fn); }
  setOutput(n: string, v: string): void { core.setOutput(n, v); }
  summary(md: string): void { core.summary.addRaw(md, true); }
}

export async function runGitHub(env: NodeJS.ProcessEnv): Promise<void> {
  const reporter = new GitHubReporter();
  try {
    const raw: RawInputs = {};
    // Secrets are masked before anything else can print them.
    for (const name of inputNames()) {
      const value = env[`INPUT_${name.toUpperCase()}`];
      if (value === undefined) continue;
      const spec: InputSpec = INPUTS[name];
      if (spec.secret) reporter.mask(value);
      raw[name] = value;
    }
    const inputs = parseInputs(raw);
    for (const s of secretValues(inputs)) reporter.mask(s);
    const command = inputs.command as Command;
    if (!COMMANDS.includes(command)) throw inputError('command', `'${command}' is not a command`, COMMANDS.join(', '));
    const code = await run(command, inputs, reporter, env);
    await core.summary.write().catch(() => undefined);
    if (code !== 0) {
      core.setFailed(`gantry ${command} failed (exit code ${code})`);
      process.exitCode = code;
    }
  } catch (err) {
    const { message, code } = describeFailure(err, core.isDebug());
    await core.summary.write().catch(() => undefined);
    core.setFailed(reporter.masker.apply(message));
    process.exitCode = code;
  }
}
