import { Reporter } from '../../reporter';
import { parseRepository } from '../../image-ref';
import { RegistryClient } from '../../registry/registry-client';
import { RegistryLogins } from '../../registry/registry-auth';
import { copyImage } from '../../registry/copy-image';
import { ImageSpec } from '../build-spec';

/**
 * The repositories of `image` after the first: once the first holds the pushed image, it is
 * copied to each through the registry API (the same bytes, so the same digest, under every
 * tag), sending only the blobs each lacks. One build, however many repositories.
 */

export interface PushedRepository {
  repository: string;
  digest: string;
  /** repository:tag of every tag. */
  references: string[];
}

export interface MirrorContext {
  logins: RegistryLogins;
  reporter: Reporter;
  /** Whether gantry may speak plain HTTP to the registry (as the first push did). */
  plainHttp: (registry: string) => Promise<boolean>;
}

const apiHost = (registry: string) => (registry === 'docker.io' ? 'registry-1.docker.io' : registry);

/** Copies the image the first repository got to every other one; returns every repository's references, the first first. */
export async function pushMirrors(spec: ImageSpec, first: { repository: string; digest: string; tags: readonly string[] }, c: MirrorContext): Promise<PushedRepository[]> {
  const all: PushedRepository[] = [{ repository: first.repository, digest: first.digest, references: first.tags.map((t) => `${first.repository}:${t}`) }];
  if (!spec.push || !first.digest || !spec.mirrors.length) return all;
  const clients = new Map<string, RegistryClient>();
  const clientOf = async (registry: string): Promise<RegistryClient> => {
    let client = clients.get(registry);
    if (!client) {
      client = new RegistryClient(apiHost(registry), c.logins.for(registry), await c.plainHttp(registry), (m) => c.reporter.debug(m));
      clients.set(registry, client);
    }
    return client;
  };
  const source = parseRepository(first.repository);
  for (const name of spec.mirrors) {
    const target = parseRepository(name);
    await c.reporter.group(`Push ${name} (the image of ${first.repository})`, async () => {
      const started = Date.now();
      const counts = await copyImage(
        { client: await clientOf(source.registry), repo: source.path },
        { client: await clientOf(target.registry), repo: target.path },
        first.digest,
        first.tags,
      );
      c.reporter.info(
        `pushed ${first.tags.length} tag(s), digest ${first.digest}: ${counts.blobsUploaded} blob(s) uploaded (${counts.bytesUploaded} bytes), ` +
          `${counts.blobsMounted} mounted, ${counts.blobsExisting} already there, in ${((Date.now() - started) / 1000).toFixed(2)}s`,
      );
    });
    all.push({ repository: name, digest: first.digest, references: first.tags.map((t) => `${name}:${t}`) });
  }
  return all;
}
