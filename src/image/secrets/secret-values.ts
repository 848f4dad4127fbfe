/**
 * What of a secret value to look for in logs and images. The whole value is the obvious
 * needle; a multi-line value can also leak one line at a time, and a .netrc's passwords
 * are what matters in it, not its `machine` lines.
 */

/** Shorter lines would match by chance in a binary layer. */
export const MIN_LINE = 8;
/** Below this, even a whole value is too short to search for without false hits. */
export const MIN_VALUE = 6;

import { netrcPasswords } from '../../secret-values';

export { netrcPasswords } from '../../secret-values';

const ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;

/** The strings to search an image for; secrets too short to search are reported apart. */
export function secretNeedles(value: string): { needles: string[]; tooShort: boolean } {
  const whole = value.trim();
  const out = new Set<string>();
  if (whole.length >= MIN_VALUE) out.add(whole);
  const netrc = netrcPasswords(whole);
  if (netrc.length) {
    for (const p of netrc) if (p.length >= MIN_VALUE) out.add(p);
  } else {
    for (const line of whole.split(/\r?\n/).map((l) => l.trim())) {
      if (line.length >= MIN_LINE && !ARMOR.test(line)) out.add(line);
    }
  }
  const tooShort = out.size === 0 || netrc.some((p) => p.length < MIN_VALUE);
  return { needles: [...out], tooShort };
}

/**
 * What a front end must mask for a secret: the value itself (the maskers split it into lines)
 * and the netrc passwords inside it, which git or curl could print on their own.
 */
export function maskParts(value: string): string[] {
  return [value, ...netrcPasswords(value)].filter((s) => s.trim().length > 0);
}
