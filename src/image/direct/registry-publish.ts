import { errorMessage } from '../../errors';
import { ManifestRef, RegistryClient } from '../../registry/registry-client';
import { Reporter } from '../../reporter';
import { isTransient } from '../publish/push';
import { MANIFEST_MEDIA_TYPE } from './image-config';
import { sha256 } from './reproducible-tar';

/**
 * Pushes an assembled image straight to the registry: each blob the registry lacks (mounted
 * from the base's repository when it lives there, else uploaded), then the manifest under
 * every tag, only once every blob is in. Transient registry errors are retried.
 */

export interface PublishBlob {
  digest: string;
  size: number;
  /** What the blob is, for the log: config, base layer 1, binary... */
  what: string;
  /** The bytes, read only when the registry lacks the blob. */
  read?: () => Promise<Buffer>;
  /** The repository of the same registry holding the blob (a base's). */
  mountFrom?: string;
}

export interface Published {
  digest: string;
  bytesUploaded: number;
  blobsUploaded: number;
  blobsMounted: number;
  /** The registry had every blob, and every tag already named this manifest. */
  unchanged: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function retried<T>(what: string, reporter: Reporter, fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const message = errorMessage(err);
      if (attempt >= attempts || !isTransient(message)) throw err;
      const wait = 500 * 2 ** (attempt - 1);
      reporter.warn(`${what} failed (${message}); retrying in ${wait / 1000}s (attempt ${attempt + 1} of ${attempts})`);
      await sleep(wait);
    }
  }
}

/** Runs `fn` over `items`, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(workers);
}

/**
 * Questions asked of the registry ahead of the push (while the compile ran): whether it holds a
 * blob, what a tag names. A question that failed is asked again, with retries, by the push.
 */
export interface AskedAhead {
  blobs: Map<string, Promise<boolean>>;
  tags: Map<string, Promise<ManifestRef | undefined>>;
}

/** The answer asked ahead, or undefined when it was not asked or failed. */
async function answered<T>(asked: Promise<T> | undefined): Promise<{ value: T } | undefined> {
  if (!asked) return undefined;
  try {
    return { value: await asked };
  } catch {
    return undefined;
  }
}

export async function publishImage(o: { client: RegistryClient; repo: string; tags: string[]; blobs: PublishBlob[]; manifest: Buffer; reporter: Reporter; ahead?: AskedAhead }): Promise<Published> {
  const { client, repo, reporter } = o;
  const out: Published = { digest: sha256(o.manifest), bytesUploaded: 0, blobsUploaded: 0, blobsMounted: 0, unchanged: true };
  const unique = o.blobs.filter((b, i) => o.blobs.findIndex((c) => c.digest === b.digest) === i);
  await eachLimited(unique, 4, async (b) => {
    const held = (await answered(o.ahead?.blobs.get(b.digest)))?.value ?? (await retried(`HEAD of ${b.what}`, reporter, () => client.hasBlob(repo, b.digest)));
    if (held) return;
    out.unchanged = false;
    if (b.mountFrom && b.mountFrom !== repo) {
      if (await retried(`mount of ${b.what}`, reporter, () => client.mountBlob(repo, b.digest, b.mountFrom as string))) {
        out.blobsMounted++;
        reporter.info(`${b.what}: mounted from ${b.mountFrom} (${b.digest.slice(7, 19)})`);
        return;
      }
      reporter.info(`${b.what}: the registry declined to mount it from ${b.mountFrom}; copying it`);
    }
    const body = b.read ? await b.read() : await client.getBlob(b.mountFrom ?? repo, b.digest);
    if (sha256(body) !== b.digest) throw new Error(`${b.what} does not match its digest ${b.digest}`);
    await retried(`upload of ${b.what}`, reporter, () => client.putBlob(repo, body, true, b.digest));
    out.blobsUploaded++;
    out.bytesUploaded += body.length;
    reporter.info(`${b.what}: uploaded ${body.length} bytes (${b.digest.slice(7, 19)})`);
  });
  // Only now, with every blob in: the manifest, under each tag that does not name it yet.
  for (const tag of o.tags) {
    // A tag that named this manifest ahead is asked again: it may have moved during the compile.
    const ahead = await answered(o.ahead?.tags.get(tag));
    const before = ahead && ahead.value?.digest !== out.digest ? ahead.value : await retried(`GET of ${repo}:${tag}`, reporter, () => client.getManifest(repo, tag));
    if (before?.digest === out.digest) continue;
    out.unchanged = false;
    await retried(`PUT of ${repo}:${tag}`, reporter, () => client.putManifest(repo, tag, MANIFEST_MEDIA_TYPE, o.manifest));
    out.bytesUploaded += o.manifest.length;
  }
  return out;
}
