import { inputError } from './errors';

/** A valid image tag (the registry's grammar). */
export const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

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

const REPOSITORY_EXPECTED = 'a repository such as registry.example.com:5000/team/api, lower case, without :tag or @digest';

/**
 * Parses a repository without tag or digest; `input` names the input in errors, `expected` says
 * what that input takes (a reference input takes a tag or digest after the repository).
 */
export function parseRepository(text: string, input = 'image', expected = REPOSITORY_EXPECTED): Repository {
  const value = text.trim();
  if (!value) throw inputError(input, 'is empty', expected);
  if (/[\s,]/.test(value)) throw inputError(input, `holds several values or spaces ('${value.split(/[\s,]+/).filter(Boolean).slice(0, 3).join("', '")}'); it takes one repository`, expected);
  const parts = value.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost' || parts[0].startsWith('['))) {
    registry = parts.shift() as string;
    if (!HOST.test(registry)) throw inputError(input, `'${registry}' is not a registry host`, expected);
    const port = /:([0-9]+)$/.exec(registry);
    if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535)) throw inputError(input, `'${registry}' has the port ${port[1]}, outside 1-65535`, expected);
  }
  for (const p of parts) {
    if (p.includes('@') || p.includes(':')) throw inputError(input, `'${value}' has a tag or digest`, expected);
    if (/[A-Z]/.test(p)) throw inputError(input, `'${value}' has upper case letters in '${p}'; repository names are lower case`, expected);
    if (!COMPONENT.test(p)) throw inputError(input, `'${value}' is not a valid repository name (component '${p}')`, expected);
  }
  let path = parts.join('/');
  if (registry === 'docker.io' && parts.length === 1) path = `library/${path}`;
  return { registry, path, name: value };
}

/**
 * The repositories of `image`: one, or several one a line or comma separated, each checked
 * (the first is the one deployed); the same repository twice is refused.
 */
export function imageRepositories(text: string, input = 'image'): string[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  if (!names.length) throw inputError(input, 'is empty', REPOSITORY_EXPECTED);
  const out: string[] = [];
  for (const n of names) {
    const name = parseRepository(n, input).name;
    if (out.includes(name)) throw inputError(input, `names ${name} twice`, 'each repository once');
    out.push(name);
  }
  return out;
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

/** A parsed image reference: [registry/]repository[:tag][@sha256:...]. */
export interface ImageRef {
  /** Registry host (and port) to log in to; docker.io when the reference names none. */
  readonly registry: string;
  /** The repository as written, registry included: what `docker image ls` shows. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export function parseImageRef(text: string, input = 'deploy_image'): ImageRef {
  const ref = text.trim();
  const expected = 'an image reference such as registry:5000/team/api@sha256:... or registry:5000/team/api:tag';
  if (ref === '') throw inputError(input, 'is empty', 'an image reference (the build sets image_ref)');
  const { repository, tag, digest } = splitReference(ref);
  if (ref.includes('@') && !DIGEST_RE.test(digest)) throw inputError(input, `'${ref}' has a digest that is not sha256:<64 hex digits>`, expected);
  if (tag && !VALID_TAG.test(tag)) throw inputError(input, `'${ref}' has the tag '${tag}', which is not a valid tag`, expected);
  const repo = parseRepository(repository, input, expected);
  return { registry: repo.registry, repository: repo.name, tag: tag || undefined, digest: digest || undefined };
}

/** repository@digest when known, else repository:tag (latest when nothing is named). */
export function formatImageRef(ref: ImageRef): string {
  if (ref.digest) return `${ref.repository}@${ref.digest}`;
  return `${ref.repository}:${ref.tag ?? 'latest'}`;
}

/** The container name an image gets by default: the last element of its repository. */
export function defaultContainerName(ref: ImageRef): string {
  const last = ref.repository.split('/').pop() as string;
  return last.replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'app';
}

/** A digest shortened for tables: sha256:0123456789ab. */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return '-';
  const m = /^sha256:([a-f0-9]{12})/.exec(digest);
  return m ? `sha256:${m[1]}` : digest;
}
