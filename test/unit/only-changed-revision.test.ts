import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { changedPaths } from '../../src/git';

describe('only_changed with a revision the checkout does not have', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-only-changed-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { env: { PATH: process.env.PATH, HOME: dir } });
  beforeAll(() => {
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'first');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('one line naming the input and the revision, not git\'s command line', async () => {
    const err = await changedPaths(dir, 'no-such-branch', { PATH: process.env.PATH, HOME: dir }).then(() => null, (e: Error) => e);
    expect(err?.message).toMatch(/^input 'only_changed': 'no-such-branch' is not a commit of the repository at .*; expected a revision this checkout has/);
    expect(err?.message).not.toContain('\n');
  });

  test('a revision it has', async () => {
    await expect(changedPaths(dir, 'HEAD', { PATH: process.env.PATH, HOME: dir })).resolves.toEqual({ root: fs.realpathSync(dir), paths: [] });
  });
});
