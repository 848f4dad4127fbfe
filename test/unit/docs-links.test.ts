/**
 * The manual holds together: every page under docs/ is reachable from the index (docs/README.md),
 * the front page links the index, and every relative link and anchor in README.md and docs/**.md
 * names a file that exists and, for a Markdown page, a heading (or an explicit id) it has.
 * External links (http:, https:, mailto:) are not followed.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const INDEX = 'docs/README.md';

/** The lines outside fenced code blocks (a fence closes with the characters that opened it). */
function outsideFences(text: string): string {
  let fence = '';
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === '' && m) fence = m[1];
    else if (fence !== '' && m && m[1].startsWith(fence)) fence = '';
    else if (fence === '') out.push(line);
  }
  return out.join('\n');
}

/** The text outside fenced code blocks and inline code, where links live. */
function prose(text: string): string {
  return outsideFences(text).replace(/`+[^`\n]*`+/g, (code) => code.replace(/[[\]()]/g, ' '));
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a page offers: its headings' slugs (repeats numbered as GitHub does) and explicit ids. */
export function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  const body = outsideFences(text);
  for (const m of body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of body.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]);
  return out;
}

/** The relative link targets of a page: inline links, images and reference definitions. */
export function links(text: string): string[] {
  const body = prose(text);
  const out: string[] = [];
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
  for (const m of body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) out.push(m[1]);
  return out.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** A repository as the check sees it: Markdown pages by path, and whether any other path exists. */
export interface Tree {
  pages: Map<string, string>;
  exists(rel: string): boolean;
}

/** What is wrong with the manual, one line each; empty when nothing is. */
export function docsProblems(tree: Tree, index = INDEX): string[] {
  const problems: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (page: string): Set<string> => {
    let a = anchorCache.get(page);
    if (!a) anchorCache.set(page, (a = anchors(tree.pages.get(page) ?? '')));
    return a;
  };
  const targetsOf = new Map<string, string[]>();

  for (const [page, text] of tree.pages) {
    const targets: string[] = [];
    for (const link of links(text)) {
      const hash = link.indexOf('#');
      const file = decodeURI(hash < 0 ? link : link.slice(0, hash));
      const anchor = hash < 0 ? '' : decodeURIComponent(link.slice(hash + 1));
      const target = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file)).replace(/\/$/, '');
      if (target.startsWith('../') || path.posix.isAbsolute(file)) {
        problems.push(`${page}: link '${link}' leaves the repository or is absolute; expected a relative path inside it`);
        continue;
      }
      if (!tree.pages.has(target) && !tree.exists(target)) {
        problems.push(`${page}: link '${link}' names ${target}, which does not exist`);
        continue;
      }
      targets.push(target);
      if (anchor && target.endsWith('.md') && tree.pages.has(target) && !anchorsOf(target).has(anchor)) {
        problems.push(`${page}: link '${link}' names the anchor #${anchor}, which ${target} does not have`);
      }
    }
    targetsOf.set(page, targets);
  }

  if (!tree.pages.has(index)) return [...problems, `${index} is missing: the manual needs an index`];
  if (tree.pages.has('README.md') && !(targetsOf.get('README.md') ?? []).includes(index)) {
    problems.push(`README.md does not link the manual's index ${index}`);
  }
  const reached = new Set<string>([index]);
  const queue = [index];
  while (queue.length > 0) {
    for (const t of targetsOf.get(queue.shift() as string) ?? []) {
      if (t.startsWith('docs/') && tree.pages.has(t) && !reached.has(t)) {
        reached.add(t);
        queue.push(t);
      }
    }
  }
  for (const page of tree.pages.keys()) {
    if (page.startsWith('docs/') && !reached.has(page)) problems.push(`${page} is not reachable from ${index}; expected a link to it from the index or a page it reaches`);
  }
  return problems;
}

/** README.md and every Markdown page under docs/, read from disk. */
function repositoryTree(): Tree {
  const pages = new Map<string, string>();
  const read = (rel: string): void => {
    pages.set(rel, fs.readFileSync(path.join(ROOT, rel), 'utf8'));
  };
  read('README.md');
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else if (e.name.endsWith('.md')) read(`${rel}/${e.name}`);
    }
  };
  if (fs.existsSync(path.join(ROOT, 'docs'))) walk('docs');
  return { pages, exists: (rel) => fs.existsSync(path.join(ROOT, rel)) };
}

describe('the manual in this repository', () => {
  const tree = repositoryTree();

  test('has an index and topic pages', () => {
    expect(tree.pages.has(INDEX)).toBe(true);
    expect([...tree.pages.keys()].filter((p) => p.startsWith('docs/')).length).toBeGreaterThan(10);
  });

  test('every page is reachable from the index and every relative link and anchor resolves', () => {
    expect(docsProblems(tree)).toEqual([]);
  });

  test('every page a message in src/ points users to exists, with its anchor', () => {
    const pointers: string[] = [];
    const walk = (rel: string): void => {
      for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
        if (e.isDirectory()) walk(`${rel}/${e.name}`);
        else if (e.name.endsWith('.ts')) for (const m of fs.readFileSync(path.join(ROOT, rel, e.name), 'utf8').matchAll(/\bdocs\/[\w./-]+\.md(?:#[\w-]+)?/g)) pointers.push(`${rel}/${e.name}: ${m[0]}`);
      }
    };
    walk('src');
    const broken = pointers.filter((p) => {
      const [page, anchor] = p.split(': ')[1].split('#');
      return !tree.pages.has(page) || (anchor !== undefined && !anchors(tree.pages.get(page) as string).has(anchor));
    });
    expect(broken).toEqual([]);
    // A message that sends users to "the README's ... section" points to its page instead.
    expect(pointers.some((p) => p.includes('docs/swarm.md#health'))).toBe(true);
  });

  test('the front page stays a front page: the two commands first, at most about 150 lines', () => {
    const readme = tree.pages.get('README.md') as string;
    expect(readme.split('\n').length).toBeLessThanOrEqual(160);
    const commands = /## Two commands\n\n```sh\n(.*)\n(.*)\n```/.exec(readme);
    expect(commands?.[1]).toMatch(/^bash scripts\/demo\.sh\b/);
    expect(commands?.[2]).toMatch(/^npm test\b/);
  });
});

describe('the check itself', () => {
  const tree = (pages: Record<string, string>, others: string[] = []): Tree => ({
    pages: new Map(Object.entries(pages)),
    exists: (rel) => others.includes(rel),
  });
  const good = {
    'README.md': '# x\n\nSee the [manual](docs/README.md).\n',
    'docs/README.md': '# Manual\n\n- [Rollout](rollout.md)\n- [Reference](reference/inputs.md#deploy-targets)\n',
    'docs/rollout.md': '# Rolling out\n\n## Hosts behind a bastion (`ssh_jump_host`)\n\nBack to the [index](README.md), [above](#hosts-behind-a-bastion-ssh_jump_host), [bench](../bench/results.md).\n',
    'docs/reference/inputs.md': '# Inputs\n\n## Deploy targets\n',
  };

  test('a manual that holds together has no problem', () => {
    expect(docsProblems(tree(good, ['bench/results.md']))).toEqual([]);
  });

  test.each([
    ['a missing file', { 'docs/rollout.md': good['docs/rollout.md'] + '[gone](swarm.md)\n' }, ["docs/rollout.md: link 'swarm.md' names docs/swarm.md, which does not exist"]],
    ['a missing anchor', { 'docs/README.md': good['docs/README.md'] + '- [x](rollout.md#nowhere)\n' }, ["docs/README.md: link 'rollout.md#nowhere' names the anchor #nowhere, which docs/rollout.md does not have"]],
    ['a missing in-page anchor', { 'docs/rollout.md': good['docs/rollout.md'] + '[x](#hosts-behind-a-bastion)\n' }, ["docs/rollout.md: link '#hosts-behind-a-bastion' names the anchor #hosts-behind-a-bastion, which docs/rollout.md does not have"]],
    ['a page the index does not reach', { 'docs/orphan.md': '# Orphan\n\n[index](README.md)\n' }, ['docs/orphan.md is not reachable from docs/README.md; expected a link to it from the index or a page it reaches']],
    ['a front page without the index', { 'README.md': '# x\n\nSee [rollout](docs/rollout.md).\n' }, ['README.md does not link the manual\'s index docs/README.md']],
    ['a link out of the repository', { 'docs/rollout.md': good['docs/rollout.md'] + '[x](../../etc/passwd)\n' }, ["docs/rollout.md: link '../../etc/passwd' leaves the repository or is absolute; expected a relative path inside it"]],
  ])('finds %s', (_what, change, expected) => {
    expect(docsProblems(tree({ ...good, ...change }, ['bench/results.md']))).toEqual(expected);
  });

  test('links inside code are not links, and external links are not followed', () => {
    const page = '# P\n\n```md\n[x](missing.md)\n```\n\n`[y](missing.md)` and [z](https://example.com/missing.md)\n';
    expect(docsProblems(tree({ ...good, 'docs/README.md': good['docs/README.md'] + page.replace('# P', '## P') }, ['bench/results.md']))).toEqual([]);
  });

  test.each([
    ['Maintenance mode (`maintenance`, `live`)', 'maintenance-mode-maintenance-live'],
    ['Start-up: what a process loads', 'start-up-what-a-process-loads'],
    ["The fleet's day two", 'the-fleets-day-two'],
    ['History and `rollback_to`', 'history-and-rollback_to'],
  ])('slug(%s) is %s', (heading, expected) => {
    expect(slug(heading)).toBe(expected);
  });

  test('a repeated heading gets -1, as GitHub numbers it', () => {
    expect([...anchors('# A\n## Figures\n## Figures\n')]).toEqual(['a', 'figures', 'figures-1']);
  });
});
