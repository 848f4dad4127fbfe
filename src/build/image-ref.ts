import { inputError } from '../errors';

/** An image repository split the way registries and engines see it. */
export interface Repository {
  /** Registry host[:port] as written, or 'docker.io' when none is named. */
  registry: string;
  /** Path inside the registry (library/ added for official Docker Hub names). */
  path: string;
  /** The repository as written by the user, e.g. 10.0.0.1:5000/team/api. */
  name: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$|^\[[0-9a-fA-F:]+\](?::[0-9]+)?$/;

/** Parses a repository without tag or digest; `input` names the input in errors. */
export function parseRepository(text: string, input = 'image'): Repository {
  const expected = 'a repository such as registry.example.com:5000/team/api, lower case, without :tag or @digest';
  const value = text.trim();
  if (!value) throw inputError(input, 'is empty', expected);
  const parts = value.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost' || parts[0].startsWith('['))) {
    registry = parts.shift() as string;
    if (!HOST.test(registry)) throw inputError(input, `'${registry}' is not a registry host`, expected);
  }
  for (const p of parts) {
    if (p.includes('@') || p.includes(':')) throw inputError(input, `'${value}' has a tag or digest`, expected);
    if (!COMPONENT.test(p)) throw inputError(input, `'${value}' is not a valid repository name (component '${p}')`, expected);
  }
  let path = parts.join('/');
  if (registry === 'docker.io' && parts.length === 1) path = `library/${path}`;
  return { registry, path, name: value };
}

/** Splits repo[:tag][@digest] references such as deploy_image. */
export function splitReference(ref: string): { repository: string; tag: string; digest: string } {
  let rest = ref.trim();
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repository: rest, tag, digest };
}
