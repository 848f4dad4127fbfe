import { pool, servicesSummary, ServiceOutcome } from '../../../../src/image/services/multi-build';

describe('bounded parallelism', () => {
  test.each([1, 2, 3])('at most %i jobs at once, results in order', async (limit) => {
    let running = 0;
    let peak = 0;
    const jobs = Array.from({ length: 6 }, (_, i) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5 * (6 - i)));
      running--;
      return i;
    });
    expect(await pool(limit, jobs)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(limit);
  });

  test('no jobs', async () => {
    expect(await pool(4, [])).toEqual([]);
  });
});

test('one report: a row per service with its status', () => {
  const outcomes: ServiceOutcome[] = [
    { name: 'api', status: 'failed', error: 'build failed at \'go build\': a | b', seconds: 3.21, binaries: [] },
    { name: 'edge', status: 'skipped', seconds: 0, binaries: [] },
  ];
  const md = servicesSummary(outcomes, 'gantry.yml');
  expect(md).toContain('### gantry build: gantry.yml');
  expect(md).toContain("| api | failed: build failed at 'go build': a \\| b |");
  expect(md).toContain('| edge | skipped |');
  expect(md).toContain('3.2s');
});
