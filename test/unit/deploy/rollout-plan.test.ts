import { batchCount, mustStop, planBatches } from '../../../src/deploy/rollout/rollout-plan';

describe('batchCount', () => {
  test.each([
    ['1', 3, 1],
    ['2', 3, 2],
    ['10', 3, 3],
    ['50%', 3, 2],
    ['33%', 3, 1],
    ['34%', 3, 2],
    ['100%', 3, 3],
    ['1%', 1, 1],
    ['25%', 10, 3],
  ])('%s of %d hosts -> %d', (size, fleet, want) => {
    expect(batchCount(size, fleet)).toBe(want);
  });
  test.each([['0'], ['101%'], ['x'], ['-1'], ['1.5']])('refuses %s', (size) => {
    expect(() => batchCount(size, 3)).toThrow("input 'batch_size'");
  });
});

describe('planBatches', () => {
  test.each([
    [['a', 'b', 'c'], '1', [['a'], ['b'], ['c']]],
    [['a', 'b', 'c'], '2', [['a', 'b'], ['c']]],
    [['a', 'b', 'c'], '100%', [['a', 'b', 'c']]],
    [['a', 'b', 'c', 'd', 'e'], '40%', [['a', 'b'], ['c', 'd'], ['e']]],
    [['a'], '5', [['a']]],
  ])('%j by %s', (hosts, size, want) => {
    expect(planBatches(hosts, size)).toEqual(want);
  });
});

describe('mustStop', () => {
  test.each([
    [0, 0, false],
    [1, 0, true],
    [1, 1, false],
    [2, 1, true],
  ])('%d failures, max_failures %d -> %s', (failures, max, want) => {
    expect(mustStop(failures, max)).toBe(want);
  });
});
