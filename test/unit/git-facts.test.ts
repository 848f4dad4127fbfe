import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readGitFacts } from '../../src/git';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_COMMITTER_DATE: '@1700000000 +0000', GIT_AUTHOR_DATE: '@1700000000 +0000' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV }).toString().trim();

describe('the git facts of a build', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-git-facts-'));
    git(dir, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(dir, 'f'), 'x');
    git(dir, 'add', 'f');
    git(dir, 'commit', '-q', '-m', 'one');
    git(dir, 'remote', 'add', 'origin', 'https://user:secret@example.test/team/app.git');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the commit, its time, the branch and the remote without credentials', async () => {
    expect(await readGitFacts(dir, {})).toEqual({ sha: git(dir, 'rev-parse', 'HEAD'), commitTime: 1700000000, tag: '', branch: 'main', source: 'https://example.test/team/app.git' });
  });

  it('names the tag at the commit, and no branch when detached', async () => {
    git(dir, 'tag', 'v1.2.0');
    git(dir, 'checkout', '-q', '--detach');
    const facts = await readGitFacts(dir, {});
    expect(facts).toMatchObject({ tag: 'v1.2.0', branch: '', commitTime: 1700000000 });
  });

  it('falls back to the CI variables outside a checkout', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-no-git-'));
    try {
      const facts = await readGitFacts(bare, { GIT_CEILING_DIRECTORIES: path.dirname(bare), CI_COMMIT_SHA: 'abc123', CI_COMMIT_TIMESTAMP: '2024-12-24T00:26:40Z', CI_COMMIT_BRANCH: 'dev' });
      expect(facts).toMatchObject({ sha: 'abc123', commitTime: 1735000000, branch: 'dev', tag: '' });
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
