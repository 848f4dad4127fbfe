/** Quotes a value for POSIX shells: single quotes, with embedded ones closed and escaped. */
export function shq(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Makes a value safe for one line of a key=value record (no newlines, no control characters). */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t\x00-\x1f]+/g, ' ').trim();
}
