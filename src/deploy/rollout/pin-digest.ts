/**
 * A deploy by tag is pinned to one digest on the runner, before any host is touched: hosts that
 * pulled the tag themselves could get different images if the tag moves during the rollout.
 */
import { UserError, errorMessage } from '../../errors';
import type { Engine } from '../../engine/docker';
import { Credentials, RegistryClient } from '../../registry/registry-client';
import { ImageRef, formatImageRef, parseRepository } from '../../image-ref';

export interface PinOptions {
  /** The input the image came from (deploy_image, or the build's image_ref), for messages. */
  readonly input: string;
  readonly credentials?: Credentials;
  /** Whether the registry may be asked over plain HTTP (after HTTPS fails). */
  readonly allowHttp: (registry: string) => Promise<boolean>;
  readonly debug?: (message: string) => void;
}

/** The registry's API host for a reference's registry (Docker Hub's API lives elsewhere). */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

/**
 * Plain HTTP the way an engine allows it: loopback registries always (as dockerd does); others
 * when the runner's own engine lists them as insecure. Without an engine, HTTPS only. `engine`
 * may be a function that makes one: the engine client is then loaded only when a registry is asked about.
 */
export function engineAllowsHttp(engine: Engine | (() => Promise<Engine>)): (registry: string) => Promise<boolean> {
  return async (registry) => {
    const e = typeof engine === 'function' ? await engine() : engine;
    return e.allowsPlainHttp(registry);
  };
}

/** The image with its digest: as given when it names one, else the registry's digest of its tag. */
export async function pinDigest(image: ImageRef, o: PinOptions): Promise<ImageRef> {
  if (image.digest) return image;
  const ref = formatImageRef(image);
  const tag = image.tag ?? 'latest';
  const host = apiHost(image.registry);
  const client = new RegistryClient(host, o.credentials ?? { username: '', password: '' }, await o.allowHttp(image.registry), o.debug);
  let digest: string | undefined;
  try {
    digest = (await client.getManifest(parseRepository(image.repository, o.input).path, tag))?.digest;
  } catch (err) {
    throw new UserError(`input '${o.input}': cannot resolve ${ref} to a digest on the runner before the rollout (${errorMessage(err)}); deploy ${image.repository}@sha256:... (the build's image_ref) instead, or make the registry reachable from the runner`);
  }
  if (!digest) throw new UserError(`input '${o.input}': ${ref} is not in the registry ${image.registry}; expected a tag that was pushed, or ${image.repository}@sha256:...`);
  return { ...image, digest };
}
