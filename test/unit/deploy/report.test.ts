import { HostReport, RolloutReport, deployedHosts, failedHosts, renderReportMarkdown, renderReportText, rolloutExitCode, verdictLine } from '../../../src/deploy/rollout/report';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const h = (host: string, outcome: HostReport['outcome'], running: HostReport['running'], extra: Partial<HostReport> = {}): HostReport =>
  ({ host, outcome, running, ...extra });

describe('rolloutExitCode', () => {
  test.each([
    ['all ok', [h('a', 'ok', 'new'), h('b', 'ok', 'new')], 0],
    ['one failed and restored, the rest rolled back or skipped', [h('a', 'rolled back', 'previous'), h('b', 'failed', 'previous'), h('c', 'skipped', 'previous')], 3],
    ['unreachable and refused hosts are untouched', [h('a', 'unreachable', 'previous'), h('b', 'refused host key', 'previous')], 3],
    ['tolerated failure leaves the fleet mixed', [h('a', 'ok', 'new'), h('b', 'unreachable', 'previous')], 4],
    ['a host in an unknown state', [h('a', 'rolled back', 'previous'), h('b', 'failed', 'unknown')], 4],
    ['a rollback that failed leaves the new version', [h('a', 'failed', 'new'), h('b', 'failed', 'previous')], 4],
  ])('%s -> %d', (_, hosts, want) => {
    expect(rolloutExitCode(hosts)).toBe(want);
  });
});

describe('host lists', () => {
  const hosts = [h('a', 'ok', 'new'), h('b', 'rolled back', 'previous'), h('c', 'unreachable', 'previous'), h('d', 'failed', 'previous'), h('e', 'refused host key', 'previous'), h('f', 'skipped', 'previous')];
  test('deployed_hosts are those serving the new version', () => expect(deployedHosts(hosts)).toEqual(['a']));
  test('failed_hosts are those that failed themselves', () => expect(failedHosts(hosts)).toEqual(['c', 'd', 'e']));
});

describe('rendering', () => {
  const report: RolloutReport = {
    command: 'deploy', service: 'hello', image: `r/hello@${D2}`, batches: 2, seconds: 12.34, exitCode: 3,
    stopped: '1 host(s) failed, more than max_failures 0',
    hosts: [
      h('10.0.0.1', 'rolled back', 'previous', { previousDigest: D1, newDigest: D2, pullSeconds: 1.25, startSeconds: 0.5, healthSeconds: 2, message: 'rollout stopped' }),
      h('10.0.0.2', 'failed', 'previous', { previousDigest: '', newDigest: D2, pullSeconds: 1, startSeconds: 0.4, healthSeconds: 20, message: 'health: not healthy', logs: ['boom | bang'] }),
      h('10.0.0.3', 'refused host key', 'previous', { message: 'host key of 10.0.0.3 does not match' }),
    ],
  };

  test('text table', () => {
    expect(renderReportText(report)).toBe([
      'host      previous -> new                             pull s  start s  health s  outcome',
      '--------  ------------------------------------------  ------  -------  --------  ----------------',
      '10.0.0.1  sha256:111111111111 -> sha256:222222222222  1.3     0.5      2.0       rolled back',
      '10.0.0.2  none -> sha256:222222222222                 1.0     0.4      20.0      failed',
      '10.0.0.3  ? -> ?                                      -       -        -         refused host key',
      '10.0.0.1: rollout stopped',
      '10.0.0.2: health: not healthy',
      '10.0.0.2 | boom | bang',
      '10.0.0.3: host key of 10.0.0.3 does not match',
      'hello: failed; every host serves the version it ran before (1 host(s) failed, more than max_failures 0)',
    ].join('\n'));
  });

  test('markdown escapes cell pipes and fences logs', () => {
    const md = renderReportMarkdown(report);
    expect(md).toContain('| 10.0.0.2 | none -> sha256:222222222222 | 1.0 | 0.4 | 20.0 | failed |');
    expect(md).toContain('```\nboom | bang\n```');
  });

  test('notes (a lock lost or taken over, what a converge fixed) reach the markdown summary too', () => {
    const noted = { ...report, hosts: [h('10.0.0.1', 'ok', 'new', { notes: ['lost the lock during the run: the lock on hello is no longer held by this run'] })] };
    expect(renderReportMarkdown(noted)).toContain('- 10.0.0.1: lost the lock during the run: the lock on hello is no longer held by this run');
    expect(renderReportText(noted)).toContain('10.0.0.1: lost the lock during the run: the lock on hello is no longer held by this run');
  });

  test.each([
    [0, 'hello: deployed on all 3 host(s) in 12.3 s'],
    [4, 'hello: failed; the fleet is left mixed or unknown: 0/3 ok, new version on none (1 host(s) failed, more than max_failures 0)'],
  ])('verdict for exit %d', (exitCode, want) => {
    expect(verdictLine({ ...report, exitCode })).toBe(want);
  });
});
