import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './testbed';

/** The repositories this test file made: each holds its build's cache_dir (often 100 MB and more). */
const made: string[] = [];

// This module is loaded by each test file that uses it: its repositories go when the file ends.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Copies a fixture service into a fresh git repository with one commit at a known time (removed after the test file). */
export function fixtureRepo(fixture: string, commitTime: number, opts: { tag?: string } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-fixture-'));
  made.push(dir);
  fs.cpSync(path.join(ROOT, fixture), dir, { recursive: true });
  commitAll(dir, commitTime, 'fixture');
  if (opts.tag) execFileSync('git', ['-C', dir, 'tag', opts.tag]);
  return dir;
}

export function commitAll(dir: string, commitTime: number, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: `@${commitTime} +0000`, GIT_COMMITTER_DATE: `@${commitTime} +0000`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  if (!fs.existsSync(path.join(dir, '.git'))) execFileSync('git', ['-C', dir, 'init', '-q', '-b', 'main'], { env });
  execFileSync('git', ['-C', dir, 'add', '-A'], { env });
  execFileSync('git', ['-C', dir, 'commit', '-q', '-m', message], { env });
}
