import { inputError } from '../errors';
import { parseRepository, splitReference } from '../build/image-ref';
import { VALID_TAG } from '../build/tags';

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
  const repo = parseRepository(repository, input);
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
