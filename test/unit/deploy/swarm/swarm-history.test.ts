/** deploy_target swarm: the history label rollback_to chooses from (pure). */
import { UserError } from '../../../../src/errors';
import { HISTORY_MAX, findVersion, formatHistory, parseHistory, recordDeploy, withCurrent } from '../../../../src/deploy/targets/swarm/swarm-history';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const REPO = 'reg.example:5000/team/api';
const e = (c: string, revision = '', deployedAt = '', tag = '') => ({ ref: `${REPO}${tag ? `:${tag}` : ''}@${D(c)}`, digest: D(c), revision, deployedAt });

describe('the swarm history label', () => {
  test('round-trips; entries without a digest are dropped', () => {
    const h = [e('a', 'r1', '2026-01-02T00:00:00Z'), e('b', '', '')];
    expect(parseHistory(formatHistory(h))).toEqual(h);
    expect(parseHistory(`junk ${formatHistory(h)} also|x|y`)).toEqual(h);
    expect(parseHistory('')).toEqual([]);
  });

  test('revision and time are reduced to safe characters: no space or bar can split an entry', () => {
    const text = formatHistory([{ ...e('a'), revision: 'a b|c$(x)', deployedAt: '2026 01' }]);
    expect(text.split(' ')).toHaveLength(1);
    expect(parseHistory(text)[0]).toMatchObject({ digest: D('a'), revision: 'abcx', deployedAt: '202601' });
  });

  test('a deploy goes first, an older entry of its digest goes, keep_images bounds the rest (and HISTORY_MAX bounds all)', () => {
    const h = [e('b'), e('a'), e('c')];
    expect(recordDeploy(h, e('a', 'again'), 3).map((x) => [x.digest, x.revision])).toEqual([[D('a'), 'again'], [D('b'), ''], [D('c'), '']]);
    expect(recordDeploy(h, e('d'), 1).map((x) => x.digest)).toEqual([D('d'), D('b')]);
    const many = Array.from({ length: 40 }, (_, i) => ({ ...e('a'), digest: `sha256:${String(i).padStart(64, '0')}` }));
    expect(recordDeploy(many, e('f'), 1000)).toHaveLength(HISTORY_MAX);
  });

  test('the running version joins a history that lacks it (a service deployed before history was kept)', () => {
    expect(withCurrent([], `${REPO}@${D('a')}`).map((x) => x.digest)).toEqual([D('a')]);
    expect(withCurrent([e('a', 'r')], `${REPO}@${D('a')}`)).toEqual([e('a', 'r')]);
    expect(withCurrent([], 'no-digest:latest')).toEqual([]);
  });

  test('rollback_to finds a digest (whole, sha256: prefix, 12+ hex), a revision or a tag', () => {
    const h = [e('a', 'rev-a', '', 'v1'), e('b', 'rev-b', '', 'v2')];
    expect(findVersion(h, D('b'), 'api').digest).toBe(D('b'));
    expect(findVersion(h, `sha256:${'b'.repeat(12)}`, 'api').digest).toBe(D('b'));
    expect(findVersion(h, 'a'.repeat(12), 'api').digest).toBe(D('a'));
    expect(findVersion(h, 'rev-b', 'api').digest).toBe(D('b'));
    expect(findVersion(h, 'v1', 'api').digest).toBe(D('a'));
  });

  test('an unknown version: one line naming rollback_to and listing the recorded ones', () => {
    const h = [e('a', 'rev-a', '2026-01-02T00:00:00Z'), e('b')];
    let err: unknown;
    try {
      findVersion(h, 'rev-z', 'api');
    } catch (x) {
      err = x;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      "input 'rollback_to': 'rev-z' is not among the versions service api recorded: sha256:aaaaaaaaaaaa revision rev-a deployed 2026-01-02T00:00:00Z; sha256:bbbbbbbbbbbb; expected one of those, as a digest, revision or tag (status lists them)",
    );
    expect(() => findVersion([], 'a'.repeat(12), 'api')).toThrow(/recorded: none;/);
    expect(() => findVersion(h, 'a'.repeat(11), 'api')).toThrow(/is not among/);
  });
});
