import { inputError } from '../errors';

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
const REPO_PART_RE = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function parseImageRef(text: string, input = 'deploy_image'): ImageRef {
  const ref = text.trim();
  const bad = (problem: string) => inputError(input, `'${ref}' ${problem}`, 'an image reference such as registry:5000/team/api@sha256:... or registry:5000/team/api:tag');
  if (ref === '') throw inputError(input, 'is empty', 'an image reference (the build sets image_ref)');
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw bad('has a digest that is not sha256:<64 hex digits>');
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw bad(`has the tag '${tag}', which is not a valid tag`);
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  let path = parts;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    registry = parts[0];
    path = parts.slice(1);
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(registry)) throw bad(`names the registry '${registry}', which is not host[:port]`);
  }
  if (path.length === 0 || path.some((p) => !REPO_PART_RE.test(p))) throw bad('has a repository name that is not lower-case letters, digits and . _ - /');
  return { registry, repository: rest, tag, digest };
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
