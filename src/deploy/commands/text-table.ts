/** Columns padded to their widest cell, two spaces apart (the day-two tables). Pure. */
export function renderTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  const fmt = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}

/** A host's lock holder from a status step's lock_* lines; undefined when the service is not locked. Pure. */
export function lockHolder(v: Readonly<Record<string, string>>): { by: string; runner: string; since: string; ageSeconds: number } | undefined {
  if (v.lock_by === undefined) return undefined;
  return { by: v.lock_by, runner: v.lock_runner ?? '', since: v.lock_since ?? '', ageSeconds: Number(v.lock_age ?? 0) };
}

export function describeLock(lock: { by: string; since: string; ageSeconds: number } | undefined): string {
  return lock ? `${lock.by} since ${lock.since} (heartbeat ${lock.ageSeconds} s ago)` : '-';
}
