import { execFileSync, spawn } from 'child_process';
import { finished } from './finished';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { ROOT } from './testbed';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file. */
  summary: string;
  /** The GITHUB_ENV file. */
  envFile: string;
  /** Every INPUT_* variable the step got. */
  inputEnv: Record<string, string>;
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      out[heredoc[1]] = body.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** A Node 24 binary (scripts/node24.sh installs it from the npm registry when missing). */
export function node24(): string {
  return execFileSync('bash', [path.join(ROOT, 'scripts/node24.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** The runtimes the action is run under: the one GitHub runs it on (node24) and this machine's. */
export function actionRuntimes(): Array<[string, string]> {
  const machine = `machine node ${process.version}`;
  return [['node24', node24()], [machine, process.execPath]];
}

/**
 * Runs the action as GitHub's runner runs a `node24` action: `node <action>/<runs.main>` in the
 * workspace, every input of action.yml as INPUT_<NAME> (the step's `with:` value, else
 * action.yml's default), and the runner's command files. Nothing of the calling process's
 * INPUT_*, GANTRY_* or GITHUB_* leaks in.
 */
export async function runAction(workspace: string, withInputs: Record<string, string>, extraEnv: Record<string, string> = {}, node: string = process.execPath): Promise<ActionRun> {
  const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; main: string };
  };
  if (action.runs.using !== 'node24') throw new Error(`action.yml runs.using is ${action.runs.using}`);
  for (const name of Object.keys(withInputs)) {
    if (!(name in action.inputs)) throw new Error(`'${name}' is not an input in action.yml`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-gh-runner-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STATE: 'state' };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(INPUT_|GANTRY_|GITHUB_|RUNNER_)/.test(k) && k !== 'DOCKER_HOST') env[k] = v;
  }
  for (const [k, f] of Object.entries(files)) {
    env[k] = path.join(dir, f);
    fs.writeFileSync(env[k], '');
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_REPOSITORY: 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: fs.mkdtempSync(path.join(dir, 'temp-')),
    RUNNER_OS: 'Linux',
  });
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = withInputs[name] ?? spec.default;
    if (value !== undefined) inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(env, inputEnv, extraEnv);
  const run = await finished(spawn(node, [path.join(ROOT, action.runs.main)], { cwd: workspace, env }));
  const read = (k: keyof typeof files) => fs.readFileSync(env[k], 'utf8');
  const result = { ...run, outputs: parseCommandFile(read('GITHUB_OUTPUT')), summary: read('GITHUB_STEP_SUMMARY'), envFile: read('GITHUB_ENV'), inputEnv };
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}
