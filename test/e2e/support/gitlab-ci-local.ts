import { execFileSync, spawn } from 'child_process';
import { finished } from './finished';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './testbed';
import { commitAll } from './fixture-repo';

export interface PipelineRun {
  code: number;
  stdout: string;
  stderr: string;
  /** A job's log as gitlab-ci-local kept it (.gitlab-ci-local/output/<job>.log). */
  log(job: string): string;
}

/** gitlab-ci-local as the devDependency pins it (4.73.0: the newest that runs on Node 20). */
export const GITLAB_CI_LOCAL = path.join(ROOT, 'node_modules/.bin/gitlab-ci-local');

/**
 * Runs gitlab-ci-local in a project with the shell executor: jobs run on this machine, with this
 * repository's bin/gantry (the built dist/index.js) first on PATH, as the runner image would have it.
 * `variables` are CI/CD variables (project settings); nothing of this process's GANTRY_* leaks in.
 */
export async function gitlabCiLocal(project: string, args: string[], variables: Record<string, string> = {}, env: Record<string, string> = {}): Promise<PipelineRun> {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(INPUT_|GANTRY_|GITHUB_|GITLAB_|CI_)/.test(k) && k !== 'CI' && k !== 'DOCKER_HOST') childEnv[k] = v;
  }
  childEnv.PATH = `${path.join(ROOT, 'bin')}:${process.env.PATH}`;
  Object.assign(childEnv, env);
  const argv = ['--force-shell-executor', '--no-color', ...args];
  // Variables go in the environment (GCL_VARIABLE_<name>), not argv: they hold the registry
  // password and SSH key, and every process's argv is readable by anyone on the machine (push.itg
  // reads them all while it pushes).
  for (const [k, v] of Object.entries(variables)) childEnv[`GCL_VARIABLE_${k}`] = v;
  // GitLab takes a job's `tags: []` (the templates' runner_tags default); the pipeline editor's
  // schema, which gitlab-ci-local checks, wants one tag at least. Last: the option takes a list.
  argv.push('--ignore-schema-paths', '#/definitions/tags/minItems');
  const run = await finished(spawn(GITLAB_CI_LOCAL, argv, { cwd: project, env: childEnv }));
  return {
    ...run,
    log: (job) => {
      const file = path.join(project, '.gitlab-ci-local/output', `${job}.log`);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    },
  };
}

/**
 * A project in a fresh git repository: the files of `fixture` (relative to this repository), plus
 * extra files, committed at a known time, with `origin` set so gitlab-ci-local derives
 * CI_SERVER_FQDN, CI_PROJECT_PATH and where other projects' components are cloned from.
 */
export function project(fixture: string, origin: string, files: Record<string, string>, commitTime: number): string {
  const dir = tempDir('gantry-glc-');
  fs.cpSync(path.join(ROOT, fixture), dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  // gitlab-ci-local's own state and the job's dotenv stay out of the commit.
  fs.writeFileSync(path.join(dir, '.gitignore'), '.gitlab-ci-local/\ngantry.env\n');
  commitAll(dir, commitTime, 'consumer');
  execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', origin]);
  return dir;
}

const temps: string[] = [];

/** A temporary folder removed by removeTempDirs(): gitlab-ci-local's state there holds the job variables. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies this repository's templates/ into `dir` (a component project's layout). */
export function copyTemplates(dir: string): void {
  fs.cpSync(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
}

/** gantry/gantry in the git server's root `gitRoot`: 1.0.0 is this commit's templates; 1.1.0 a later release. */
export function publishComponent(gitRoot: string, commitTime: number): void {
  const work = tempDir('gantry-component-');
  copyTemplates(work);
  commitAll(work, commitTime, 'component 1.0.0');
  execFileSync('git', ['-C', work, 'tag', '1.0.0']);
  const build = path.join(work, 'templates/build.yml');
  fs.writeFileSync(build, fs.readFileSync(build, 'utf8').replace(/runner:[0-9.]+$/m, 'runner:1.1.0-marker'));
  commitAll(work, commitTime + 60, 'component 1.1.0');
  execFileSync('git', ['-C', work, 'tag', '1.1.0']);
  const bare = path.join(gitRoot, 'gantry/gantry.git');
  execFileSync('git', ['clone', '-q', '--bare', work, bare]);
  execFileSync('git', ['-C', bare, 'config', 'uploadpack.allowFilter', 'true']);
  execFileSync('git', ['-C', bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
}
