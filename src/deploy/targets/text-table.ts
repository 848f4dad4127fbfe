/** Columns padded to their widest cell, two spaces apart (every target's status table). Pure. */
export function renderTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  const fmt = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}
