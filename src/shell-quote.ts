/** Single-quotes a value for POSIX shells, embedded quotes closed and escaped. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Like shellQuote, but leaves a value of plain characters bare (easier to read in logs). */
export function shq(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return shellQuote(value);
}

/** Makes a value safe for one line of a key=value record (no newlines, no control characters). */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t\x00-\x1f]+/g, ' ').trim();
}
