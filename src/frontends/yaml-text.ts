/**
 * Just enough YAML writing for the generated files (action.yml, the GitLab templates):
 * written by hand so their layout, order and comments stay as a person would write them.
 */

const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i;

/** A scalar on one line: plain when that reads back as the same string, else double-quoted. */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z0-9_./$+-][A-Za-z0-9_./$@+=:-]*$/.test(value) && !RESERVED.test(value) && !value.endsWith(':');
  return plain ? value : JSON.stringify(value);
}

/**
 * `key: value` at an indent; a multi-line string becomes a literal block (`|-`), which keeps it
 * readable and reads back exactly when no line has trailing blanks.
 */
export function entry(indent: number, key: string, value: string | number | boolean): string {
  const pad = ' '.repeat(indent);
  if (typeof value === 'string' && value.includes('\n') && !/[ \t]\n|[ \t]$|^\s/.test(value)) {
    const body = value.split('\n').map((l) => (l ? `${pad}  ${l}` : '')).join('\n');
    return `${pad}${scalar(key)}: |-\n${body}`;
  }
  return `${pad}${scalar(key)}: ${scalar(value)}`;
}

/** A flow sequence of scalars: [a, b]. */
export function flowList(values: readonly (string | number)[]): string {
  return `[${values.map((v) => scalar(v)).join(', ')}]`;
}
