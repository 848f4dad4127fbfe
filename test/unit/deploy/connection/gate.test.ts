import { Gate } from '../../../../src/deploy/connection/gate';

/** Lets every settled promise's continuations run. */
const settle = () => new Promise((r) => setImmediate(r));

describe('Gate', () => {
  test('grants at most `limit` places, the rest wait in order', async () => {
    const gate = new Gate(2);
    const granted: number[] = [];
    const releases: Array<() => void> = [];
    for (let i = 0; i < 5; i++) void gate.acquire().then((r) => { granted.push(i); releases[i] = r; });
    await settle();
    expect(granted).toEqual([0, 1]);
    expect([gate.active, gate.queued]).toEqual([2, 3]);
    releases[1]();
    await settle();
    expect(granted).toEqual([0, 1, 2]);
    releases[0]();
    releases[2]();
    await settle();
    expect(granted).toEqual([0, 1, 2, 3, 4]);
    expect([gate.active, gate.queued, gate.peak]).toEqual([2, 0, 2]);
  });

  test('a release called twice frees one place only', async () => {
    const gate = new Gate(1);
    const first = await gate.acquire();
    let second = false;
    let third = false;
    void gate.acquire().then(() => { second = true; });
    void gate.acquire().then(() => { third = true; });
    first();
    first();
    await settle();
    expect([second, third, gate.active, gate.queued]).toEqual([true, false, 1, 1]);
  });

  test('run releases its place when fn throws', async () => {
    const gate = new Gate(1);
    await expect(gate.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(gate.active).toBe(0);
    await expect(gate.run(async () => 7)).resolves.toBe(7);
  });

  test('20 callers through a gate of 4 never exceed 4 at once and all finish', async () => {
    const gate = new Gate(4);
    let now = 0;
    let most = 0;
    const done: number[] = [];
    // Each caller finishes only when the test lets it: a scripted fake of a slow handshake.
    const finish: Array<(() => void) | undefined> = [];
    const runs = Array.from({ length: 20 }, (_, i) => gate.run(() => new Promise<void>((resolve) => {
      now += 1;
      most = Math.max(most, now);
      finish[i] = () => { now -= 1; done.push(i); resolve(); };
    })));
    for (let step = 0; step < 20; step++) {
      await settle();
      const open = finish.map((f, i) => (f && !done.includes(i) ? i : -1)).filter((i) => i >= 0);
      expect(open.length).toBeLessThanOrEqual(4);
      finish[open[open.length - 1]]!();
    }
    await Promise.all(runs);
    expect(most).toBe(4);
    expect(done).toHaveLength(20);
    expect(gate.peak).toBe(4);
  });

  test.each([0, -1, 1.5, NaN])('refuses the limit %p', (limit) => {
    expect(() => new Gate(limit)).toThrow(RangeError);
  });
});
