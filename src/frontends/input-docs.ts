import { InputSpec } from '../schema';

/**
 * An input's description as the front ends' own files show it (action.yml, GitLab's spec:inputs):
 * the schema's words, plus the allowed values where the words do not already name them all.
 */
export function inputDescription(spec: InputSpec): string {
  let text = spec.description;
  if (spec.options && spec.kind !== 'boolean') {
    const named = spec.options.every((o) => new RegExp(`\\b${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(spec.description));
    if (!named) text += ` One of: ${spec.options.join(', ')}.`;
  }
  if (spec.secret) text += ' Masked in every log.';
  return text;
}

/** The schema's default as shown to people: multi-line lists as comma-separated values. */
export function defaultText(spec: InputSpec): string {
  return spec.default.split('\n').join(', ');
}
