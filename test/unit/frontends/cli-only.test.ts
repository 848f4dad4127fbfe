/**
 * logs_follow streams until Ctrl-C: only the CLI in a terminal takes it. The action, a CLI run
 * inside a CI job and the GitLab templates refuse it, in one line naming the input.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseInputs } from '../../../src/inputs';
import { ciJob, refuseCliOnly } from '../../../src/frontends/cli-only';
import { runCli } from '../../../src/frontends/cli';
import { runGitHub } from '../../../src/frontends/github';
import { TEMPLATE_NAMES, templateSpec } from '../../../src/frontends/generate-gitlab';

const ROOT = join(__dirname, '../../..');

function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  let text = '';
  const spy = jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return { text: () => text, restore: () => spy.mockRestore() };
}

afterEach(() => {
  process.exitCode = undefined;
});

test('the default passes anywhere; any other value is refused where a job runs', () => {
  expect(() => refuseCliOnly(parseInputs({ command: 'logs' }), 'the action')).not.toThrow();
  expect(() => refuseCliOnly(parseInputs({ command: 'logs', logs_follow: 'true' }), 'the action'))
    .toThrow("input 'logs_follow': the action cannot take it: the job would never end; expected false (gantry logs --logs-follow in a terminal follows the logs until Ctrl-C)");
  expect([ciJob({ GITLAB_CI: 'true' }), ciJob({ GITHUB_ACTIONS: 'true' }), ciJob({ CI: 'true' })]).toEqual(['a GitLab CI job', 'a GitHub Actions job', undefined]);
});

test('the CLI inside a GitLab job refuses --logs-follow before any host is asked: exit 1, one line', async () => {
  const err = capture(process.stderr);
  const out = capture(process.stdout);
  try {
    const code = await runCli(['logs', '--logs-follow', '--hosts', '10.231.0.99'], { GITLAB_CI: 'true' });
    expect(code).toBe(1);
  } finally {
    err.restore();
    out.restore();
  }
  expect(err.text()).toBe("gantry: error: input 'logs_follow': a GitLab CI job cannot take it: the job would never end; expected false (gantry logs --logs-follow in a terminal follows the logs until Ctrl-C)\n");
});

test('the CLI with its output in a pipe or a file refuses --logs-follow (it would never end); a terminal takes it', async () => {
  const err = capture(process.stderr);
  const out = capture(process.stdout);
  let piped: number;
  try {
    piped = await runCli(['logs', '--logs-follow', '--hosts', '10.231.0.99'], {}, false);
  } finally {
    err.restore();
    out.restore();
  }
  expect(piped).toBe(1);
  expect(err.text()).toBe("gantry: error: input 'logs_follow': output that is not a terminal (a pipe or a file) cannot take it: nobody could press Ctrl-C there, so it would never end; expected false (gantry logs --logs-follow in a terminal follows the logs until Ctrl-C)\n");
  // In a terminal the same command gets past the check: it fails later, on the missing container_name.
  const err2 = capture(process.stderr);
  const out2 = capture(process.stdout);
  try {
    await runCli(['logs', '--logs-follow', '--hosts', '10.231.0.99'], {}, true);
  } finally {
    err2.restore();
    out2.restore();
  }
  expect(err2.text()).not.toContain("input 'logs_follow'");
  expect(err2.text()).toContain("input 'container_name'");
});

test('the action refuses logs_follow: true in one line', async () => {
  const out = capture(process.stdout);
  let code: number;
  try {
    code = await runGitHub({ INPUT_COMMAND: 'logs', INPUT_LOGS_FOLLOW: 'true', INPUT_HOSTS: '10.231.0.99' });
  } finally {
    out.restore();
  }
  expect(code).toBe(1);
  expect(out.text().split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
    "::error::input 'logs_follow': the action cannot take it: the job would never end; expected false (gantry logs --logs-follow in a terminal follows the logs until Ctrl-C)",
  ]);
});

test('the GitLab templates leave it out (GitLab refuses an include that sets it)', () => {
  for (const t of TEMPLATE_NAMES) {
    expect(Object.keys(templateSpec(t))).not.toContain('logs_follow');
    expect(readFileSync(join(ROOT, 'templates', `${t}.yml`), 'utf8')).not.toContain('logs_follow');
  }
});
