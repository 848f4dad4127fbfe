/**
 * deploy_target swarm: the image's org.opencontainers.image.revision, read from the registry on
 * the runner (the manager may never pull the image: its tasks run on other nodes). Best effort:
 * '' when the registry, the manifest or the label cannot be read; the deploy goes on without it.
 */
import { errorMessage } from '../../../errors';
import { ImageRef, parseRepository } from '../../../image-ref';
import { Credentials, RegistryClient } from '../../../registry/registry-client';
import { apiHost } from '../../rollout/pin-digest';

export interface RevisionOptions {
  readonly credentials?: Credentials;
  readonly allowHttp: (registry: string) => Promise<boolean>;
  readonly debug: (message: string) => void;
  /** Why the revision stays unknown (the deploy goes on). */
  readonly warn: (message: string) => void;
}

export async function imageRevision(image: ImageRef, o: RevisionOptions): Promise<string> {
  if (!image.digest) return '';
  try {
    const client = new RegistryClient(apiHost(image.registry), o.credentials ?? { username: '', password: '' }, await o.allowHttp(image.registry), o.debug);
    const repo = parseRepository(image.repository, 'deploy_image').path;
    // An index: its first image (attestations are listed with platform unknown).
    const found = await client.getImage(repo, image.digest, (entries) => entries.find((x) => x.platform?.os !== 'unknown') ?? entries[0]);
    if (!found) return '';
    const config = JSON.parse(found.config.toString('utf8')) as { config?: { Labels?: Record<string, string> | null } };
    return config.config?.Labels?.['org.opencontainers.image.revision'] ?? '';
  } catch (err) {
    o.warn(`the image's revision could not be read from the registry (${errorMessage(err)}); the service's revision label stays empty (a plain-HTTP registry needs registry_insecure)`);
    return '';
  }
}
