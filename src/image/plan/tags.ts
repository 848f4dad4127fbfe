import { UserError } from '../../errors';
import { GitFacts } from '../../git';
import { VALID_TAG } from '../../image-ref';

export const TAG_PLACEHOLDERS = ['commit_time', 'sha', 'short_sha', 'git_tag', 'branch', 'go_version'] as const;

/** Turns a branch name into a valid tag: feature/Login#2 -> feature-login-2. */
export function slugTag(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
    .slice(0, 128);
}

export function placeholderValues(git: GitFacts, goVersion: string): Record<string, string> {
  return {
    commit_time: git.commitTime ? String(git.commitTime) : '',
    sha: git.sha,
    short_sha: git.sha.slice(0, 7),
    git_tag: slugTag(git.tag.replace(/^refs\/tags\//, '')),
    branch: slugTag(git.branch),
    go_version: goVersion,
  };
}

/**
 * Renders tag templates. A template with an unknown placeholder, or rendering to an invalid
 * tag, is an error; one whose placeholder is empty is skipped. Duplicates are dropped.
 */
export function renderTags(templates: string[], values: Record<string, string>, inputName = 'tags'): string[] {
  const out: string[] = [];
  for (const template of templates) {
    let empty = false;
    const tag = template.replace(/\{([^{}]*)\}/g, (_, name: string) => {
      if (!(name in values)) {
        throw new UserError(`input '${inputName}': unknown placeholder {${name}} in '${template}'; expected one of ${TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
      }
      if (!values[name]) empty = true;
      return values[name];
    });
    if (empty) continue;
    if (!VALID_TAG.test(tag)) {
      throw new UserError(`input '${inputName}': '${template}' renders '${tag}', not a valid tag; expected [A-Za-z0-9_][A-Za-z0-9_.-]*, at most 128 characters`);
    }
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}
