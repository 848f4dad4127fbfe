/**
 * deploy_target swarm: the image's org.opencontainers.image.revision, read from the registry on
 * the runner (the manager may never pull the image: its tasks run on other nodes). Best effort:
 * '' when the registry, the manifest or the label cannot be read; the deploy goes on without it.
 */
import { errorMessage } from '../../errors';
import { ImageRef, parseRepository } from '../../image-ref';
import { Credentials, RegistryClient } from '../../registry/registry-client';
import { apiHost } from '../pin-digest';

export interface RevisionOptions {
  readonly credentials?: Credentials;
  readonly allowHttp: (registry: string) => Promise<boolean>;
  readonly debug: (message: string) => void;
  /** Why the revision stays unknown (the deploy goes on). */
  readonly warn: (message: string) => void;
}

interface Doc {
  manifests?: Array<{ digest: string; platform?: { os?: string } }>;
  config?: { digest: string };
}

export async function imageRevision(image: ImageRef, o: RevisionOptions): Promise<string> {
  if (!image.digest) return '';
  try {
    const client = new RegistryClient(apiHost(image.registry), o.credentials ?? { username: '', password: '' }, await o.allowHttp(image.registry), o.debug);
    const repo = parseRepository(image.repository, 'deploy_image').path;
    const read = async (ref: string): Promise<Doc | undefined> => {
      const m = await client.getManifest(repo, ref);
      return m ? (JSON.parse(m.body.toString('utf8')) as Doc) : undefined;
    };
    let doc = await read(image.digest);
    if (doc?.manifests) {
      // An index: the first image manifest (attestations are listed with platform unknown).
      const pick = doc.manifests.find((x) => x.platform?.os !== 'unknown') ?? doc.manifests[0];
      doc = pick ? await read(pick.digest) : undefined;
    }
    if (!doc?.config) return '';
    const config = JSON.parse((await client.getBlob(repo, doc.config.digest)).toString('utf8')) as { config?: { Labels?: Record<string, string> | null } };
    return config.config?.Labels?.['org.opencontainers.image.revision'] ?? '';
  } catch (err) {
    o.warn(`the image's revision could not be read from the registry (${errorMessage(err)}); the service's revision label stays empty (a plain-HTTP registry needs registry_insecure)`);
    return '';
  }
}
