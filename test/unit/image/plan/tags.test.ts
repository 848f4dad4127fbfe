import { placeholderValues, renderTags, slugTag } from '../../../../src/image/plan/tags';

const git = { sha: '0123456789abcdef0123456789abcdef01234567', commitTime: 1700000000, tag: '', branch: 'feature/Login#2', source: '' };

describe('tag templates', () => {
  const values = placeholderValues(git, '1.22');
  test.each([
    [['{commit_time}', '{short_sha}', '{git_tag}'], ['1700000000', '0123456']],
    [['{branch}-{short_sha}'], ['feature-login-2-0123456']],
    [['v{go_version}', '{sha}'], ['v1.22', git.sha]],
    [['latest', 'latest'], ['latest']],
    [['{git_tag}'], []],
  ])('%j -> %j', (templates, expected) => {
    expect(renderTags(templates, values)).toEqual(expected);
  });

  test('a tagged commit gets the tag', () => {
    expect(renderTags(['{git_tag}'], placeholderValues({ ...git, tag: 'v1.2.3' }, '1.22'))).toEqual(['v1.2.3']);
  });

  test.each([
    [['{nope}'], /input 'tags': unknown placeholder \{nope\}/],
    [['-bad'], /input 'tags': '-bad' renders '-bad', not a valid tag/],
    [['a/b'], /not a valid tag/],
    [['x'.repeat(129)], /not a valid tag/],
  ])('%j is refused', (templates, message) => {
    expect(() => renderTags(templates, values)).toThrow(message);
  });

  test.each([
    ['main', 'main'],
    ['feature/ABC_1.2', 'feature-abc_1.2'],
    ['--weird--', 'weird'],
    ['.hidden', 'hidden'],
  ])('slug %s -> %s', (branch, slug) => expect(slugTag(branch)).toBe(slug));
});
