/**
 * A release rehearsal: the release job's script (scripts/release.sh, as .gitlab-ci.yml's
 * release-tags job runs it) against a bare clone standing in for the project's remote. It must
 * create the catalog's X.Y.Z tag, move the GitHub Action's vX tag, name the runner image under
 * the releasing project's own registry path, and refuse what would rewrite a release.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './support/testbed';
import { commitAll } from './support/fixture-repo';
import { VERSION } from '../../src/version';

const REGISTRY_IMAGE = 'registry.example.com/fork/gantry';
const MAJOR = `v${VERSION.split('.')[0]}`;
const NEXT = VERSION.replace(/\d+$/, (p) => String(Number(p) + 1));
let root: string;
let work: string;
let remote: string;

function git(dir: string, args: string[]): string {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function release(args: string[]): { code: number; out: string; err: string } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', CI_REGISTRY_IMAGE: REGISTRY_IMAGE };
  const r = spawnSync('bash', [path.join(work, 'scripts/release.sh'), ...args], { cwd: work, encoding: 'utf8', env });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** The remote's tags, each as the commit it names. */
function remoteTags(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of git(remote, ['for-each-ref', '--format=%(refname:short) %(*objectname) %(objectname)', 'refs/tags']).split('\n').filter(Boolean)) {
    const [name, peeled, own] = line.split(' ');
    out[name] = peeled || own;
  }
  return out;
}

/** Edits the working copy as a version bump would: package.json, the CHANGELOG, the templates. */
function bump(to: string, opts: { changelog: boolean }): void {
  const pkg = path.join(work, 'package.json');
  fs.writeFileSync(pkg, fs.readFileSync(pkg, 'utf8').replace(`"version": "${VERSION}"`, `"version": "${to}"`));
  if (opts.changelog) {
    const log = path.join(work, 'CHANGELOG.md');
    fs.writeFileSync(log, fs.readFileSync(log, 'utf8').replace(`## ${VERSION}\n`, `## ${to}\n\n- A fix.\n\n## ${VERSION}\n`));
  }
  for (const t of fs.readdirSync(path.join(work, 'templates'))) {
    const file = path.join(work, 'templates', t);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`/runner:${VERSION}\n`, `/runner:${to}\n`));
  }
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-release-'));
  const seed = path.join(root, 'seed');
  for (const f of ['package.json', 'CHANGELOG.md', 'templates', 'scripts/release.sh']) fs.cpSync(path.join(ROOT, f), path.join(seed, f), { recursive: true });
  commitAll(seed, 1_738_000_000, 'the project at this commit');
  remote = path.join(root, 'remote.git');
  git(root, ['clone', '-q', '--bare', seed, remote]);
  work = path.join(root, 'work');
  git(root, ['clone', '-q', remote, work]);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test(`tag: ${VERSION} and ${MAJOR} created at HEAD on the remote; the runner image is the project's own`, () => {
  const head = git(work, ['rev-parse', 'HEAD']);
  const run = release(['tag', 'origin']);
  expect(run).toMatchObject({ code: 0, err: '' });
  expect(remoteTags()).toEqual({ [VERSION]: head, [MAJOR]: head });
  expect(run.out).toContain(`runner image ${REGISTRY_IMAGE}/runner:${VERSION}`);
  // Annotated tags: the catalog and GitHub show their message.
  expect(git(remote, ['cat-file', '-t', `refs/tags/${VERSION}`])).toBe('tag');
});

test('notes: the CHANGELOG entry and the runner image input a fork or a self-managed instance sets', () => {
  const run = release(['notes', VERSION]);
  expect(run.code).toBe(0);
  expect(run.out).toContain(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8').split(`## ${VERSION}\n`)[1].split('\n## ')[0].trim());
  expect(run.out).toContain(`\`runner_image: ${REGISTRY_IMAGE}/runner:${VERSION}\``);
  expect(release(['notes', '9.9.9'])).toMatchObject({ code: 1, err: expect.stringContaining("tag '9.9.9' is not package.json's version") });
});

test('a rerun at the same commit changes nothing; the same version on another commit is refused', () => {
  const before = remoteTags();
  expect(release(['tag', 'origin']).code).toBe(0);
  expect(remoteTags()).toEqual(before);
  fs.appendFileSync(path.join(work, 'CHANGELOG.md'), '\n');
  commitAll(work, 1_738_000_060, 'a change without a new version');
  const run = release(['tag', 'origin']);
  expect(run.code).toBe(1);
  expect(run.err).toContain(`tag ${VERSION} already exists on origin`);
  expect(remoteTags()).toEqual(before);
});

test(`a version without a CHANGELOG entry is refused before anything is pushed`, () => {
  const before = remoteTags();
  bump(NEXT, { changelog: false });
  commitAll(work, 1_738_000_120, `${NEXT} without notes`);
  const run = release(['tag', 'origin']);
  expect(run).toMatchObject({ code: 1, err: `release: CHANGELOG.md has no '## ${NEXT}' entry; expected one for the release\n` });
  expect(remoteTags()).toEqual(before);
  git(work, ['reset', '-q', '--hard', 'HEAD~1']);
});

test(`the next patch release: ${NEXT} created, ${MAJOR} moved to it, ${VERSION} left where it was`, () => {
  const first = remoteTags()[VERSION];
  bump(NEXT, { changelog: true });
  commitAll(work, 1_738_000_180, NEXT);
  const head = git(work, ['rev-parse', 'HEAD']);
  const run = release(['tag', 'origin']);
  expect(run).toMatchObject({ code: 0, err: '' });
  expect(remoteTags()).toEqual({ [VERSION]: first, [NEXT]: head, [MAJOR]: head });
  expect(run.out).toContain(`${REGISTRY_IMAGE}/runner:${NEXT}`);
});

test(`the older release's job run again (a retried pipeline) does not move ${MAJOR} back`, () => {
  const before = remoteTags();
  git(work, ['checkout', '-q', before[VERSION]]);
  const run = release(['tag', 'origin']);
  expect(run.code).toBe(0);
  expect(run.out).toContain(`${MAJOR} stays on ${NEXT}`);
  expect(remoteTags()).toEqual(before);
});
