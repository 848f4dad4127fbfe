import * as core from '@actions/core';
import { COMMANDS, Command, INPUTS, InputSpec, inputNames } from '../schema';
import { parseInputs, secretValues, RawInputs } from '../inputs';
import { Reporter, Masker } from '../reporter';
import { run } from '../run';
import { describeFailure } from './errors-out';
import { refuseCliOnly } from './cli-only';
import { inputError } from '../errors';
import { EXIT } from '../exit-codes';

/**
 * The GitHub Actions adapter: inputs from INPUT_*, outputs to GITHUB_OUTPUT, secrets as
 * add-mask commands, phases as log groups, and a step summary in GITHUB_STEP_SUMMARY.
 */
export class GitHubReporter implements Reporter {
  readonly masker = new Masker();
  private readonly summaries: string[] = [];
  private readonly masked = new Set<string>();
  private depth = 0;

  info(m: string): void { core.info(this.masker.apply(m)); }
  warn(m: string): void { core.warning(this.masker.apply(m)); }
  debug(m: string): void { core.debug(this.masker.apply(m)); }

  /** The runner masks each registered string; every line of a multi-line secret on its own too. */
  mask(s: string): void {
    this.masker.add(s);
    for (const part of this.masker.values) {
      if (!s.includes(part) || this.masked.has(part)) continue;
      this.masked.add(part);
      core.setSecret(part);
    }
  }

  /** GitHub's log groups do not nest: an inner phase is a plain line inside the outer group. */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0) {
      this.info(`-- ${name}`);
      return fn();
    }
    this.depth++;
    core.startGroup(this.masker.apply(name));
    try {
      return await fn();
    } finally {
      core.endGroup();
      this.depth--;
    }
  }

  setOutput(n: string, v: string): void { core.setOutput(n, v); }
  summary(md: string): void { this.summaries.push(this.masker.apply(md)); }

  /** Appends what the run reported (and how it ended) to the step summary, if the runner gave one. */
  async writeSummary(failure?: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const parts = [...this.summaries];
    if (failure) parts.push(`### gantry failed\n\n${failure.split('\n').map((l) => `> ${l}`).join('\n')}\n`);
    if (!parts.length) return;
    try {
      await core.summary.addRaw(parts.join('\n'), true).write();
    } catch (err) {
      core.warning(`could not write the step summary: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Reads INPUT_<NAME> for every schema input, registering secrets as masks before anything prints. */
export function readGitHubInputs(env: NodeJS.ProcessEnv, reporter: Pick<Reporter, 'mask'>): RawInputs {
  const raw: RawInputs = {};
  for (const name of inputNames()) {
    const value = env[`INPUT_${name.toUpperCase()}`];
    if (value === undefined) continue;
    const spec: InputSpec = INPUTS[name];
    if (spec.secret) reporter.mask(value);
    raw[name] = value;
  }
  return raw;
}

export async function runGitHub(env: NodeJS.ProcessEnv): Promise<number> {
  const reporter = new GitHubReporter();
  let code: number = EXIT.ok;
  let failure: string | undefined;
  try {
    const inputs = parseInputs(readGitHubInputs(env, reporter));
    refuseCliOnly(inputs, 'the action');
    for (const s of secretValues(inputs, env)) reporter.mask(s);
    const command = inputs.command as Command;
    if (!COMMANDS.includes(command)) throw inputError('command', `'${command}' is not a command`, COMMANDS.join(', '));
    code = await run(command, inputs, reporter, env);
    if (code !== EXIT.ok) failure = `gantry ${command} failed (exit code ${code})`;
  } catch (err) {
    const described = describeFailure(err, core.isDebug());
    failure = reporter.masker.apply(described.message);
    code = described.code;
  }
  await reporter.writeSummary(failure);
  if (failure) core.setFailed(failure);
  process.exitCode = code;
  return code;
}
