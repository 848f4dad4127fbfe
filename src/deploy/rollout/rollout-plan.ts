import { inputError } from '../../errors';

/** How many hosts one batch holds: a count, or a percentage of the fleet (rounded up, at least 1). */
export function batchCount(batchSize: string, fleet: number): number {
  const m = /^([1-9][0-9]*)(%?)$/.exec(batchSize.trim());
  if (!m) throw inputError('batch_size', `'${batchSize}' is not valid`, 'a count such as 2 or a percentage such as 50%');
  const n = Number(m[1]);
  if (m[2] === '%') {
    if (n > 100) throw inputError('batch_size', `'${batchSize}' is more than 100%`, 'a percentage up to 100%');
    return Math.max(1, Math.ceil((fleet * n) / 100));
  }
  return Math.max(1, Math.min(n, fleet));
}

/** Splits hosts into batches, in the order given: batches run one after another, hosts in a batch at once. */
export function planBatches<T>(hosts: readonly T[], batchSize: string): T[][] {
  const size = batchCount(batchSize, hosts.length);
  const out: T[][] = [];
  for (let i = 0; i < hosts.length; i += size) out.push(hosts.slice(i, i + size));
  return out;
}

/** Failed hosts tolerated: a count, or a percentage of the fleet rounded down. */
export function toleratedFailures(maxFailures: string, fleet: number): number {
  const m = /^([0-9]+)(%?)$/.exec(maxFailures.trim());
  if (!m) throw inputError('max_failures', `'${maxFailures}' is not valid`, 'a whole number such as 1 or a percentage such as 10%');
  const n = Number(m[1]);
  if (m[2] !== '%') return n;
  if (n > 100) throw inputError('max_failures', `'${maxFailures}' is more than 100%`, 'a percentage up to 100%');
  return Math.floor((fleet * n) / 100);
}

/** The rollout stops (and, with rollback on, undoes itself) once failures exceed the tolerance. */
export function mustStop(failures: number, maxFailures: number): boolean {
  return failures > maxFailures;
}
