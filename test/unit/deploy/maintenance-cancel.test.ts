/**
 * maintenance and live cancelled by SIGINT/SIGTERM: the hosts the command turned are turned back
 * (only those: was= says what each host was before its step), the hosts never asked are counted,
 * and one line says what the fleet is. The step's was= is proven by real bash in proxy-steps.test.ts.
 */
import { undoCancelled } from '../../../src/deploy/commands/maintenance';
import { HostAnswer } from '../../../src/deploy/targets/target';
import { EXIT } from '../../../src/exit-codes';
import { MemoryReporter } from '../../../src/reporter';

const answer = (host: string, was: string): HostAnswer => ({ host, out: { values: { maintenance: 'on', was, changed: '1' }, lines: [] } as unknown as HostAnswer['out'] });

function undo(answers: HostAnswer[], backAnswers: (only: ReadonlySet<string>) => HostAnswer[] = (only) => [...only].map((host) => ({ host }))) {
  const reporter = new MemoryReporter();
  const asked: string[][] = [];
  const run = undoCancelled({
    reporter, command: 'maintenance', service: 'web', answers, why: 'SIGTERM', on: true,
    back: async (only) => { asked.push([...only].sort()); return backAnswers(only); },
  });
  return { run, reporter, asked };
}

test('only the hosts the command turned are turned back; one already in maintenance stays; the never-asked are counted: exit 5', async () => {
  const { run, reporter, asked } = undo([answer('h1', 'off'), answer('h2', 'on'), { host: 'h3', skipped: true }]);
  expect(await run).toBe(EXIT.cancelled);
  expect(asked).toEqual([['h1']]);
  expect(reporter.lines.join('\n')).toContain('web: maintenance cancelled (SIGTERM): every host is as it was when the command began (1 turned back to live, 1 never asked)');
});

test('nothing turned yet: no host is asked again', async () => {
  const { run, asked } = undo([{ host: 'h1', skipped: true }, { host: 'h2', skipped: true }]);
  expect(await run).toBe(EXIT.cancelled);
  expect(asked).toEqual([]);
});

test('a host that cannot be turned back, or whose step failed, leaves the fleet mixed: exit 4 naming it', async () => {
  const { run, reporter } = undo([answer('h1', 'off'), { host: 'h2', error: 'the connection was lost' }], (only) => [...only].map((host) => ({ host, error: 'unreachable' })));
  expect(await run).toBe(EXIT.mixed);
  expect(reporter.lines.join('\n')).toContain('web: maintenance cancelled (SIGTERM): not every host is as it was; these may be left changed: h1 (unreachable), h2');
});
