import * as fs from 'fs';
import { Engine } from '../../engine/docker';
import { parseRepository } from '../../image-ref';
import { RegistryClient } from '../../registry/registry-client';
import { Reporter } from '../../reporter';
import { BuildPlan } from '../plan/build-plan';
import { Platform, platformText } from '../plan/platforms';
import { assembleImage, baseBlob } from './assembled-image';
import { inRegistry, layerCacheDir, resolveBase } from './base-image';
import { LoadLayer, engineHasChain, loadIntoEngine } from './engine-load';
import { RootfsInput } from './layers';
import { publishImage } from './registry-publish';

/**
 * The fast build path's image side: the runtime image the generated Dockerfile's last stage
 * would give, assembled without a BuildKit solve (base layers, a certificates/zoneinfo layer,
 * a users layer when the base has none, the binary on top), pushed straight to the registry
 * or loaded into the engine.
 */

/** Files the runtime image takes from the builder: CA certificates and the zoneinfo tree. */
export interface RootfsFiles {
  /** /etc/ssl/certs/ca-certificates.crt of the builder image. */
  caCertificates: Buffer;
  /** /usr/share/zoneinfo of the builder image; paths relative to /usr/share/zoneinfo ('' is the folder itself). */
  zoneinfo: Array<{ path: string; mode: number; body?: Buffer; type: 'file' | 'dir' | 'symlink'; linkname?: string }>;
}

export interface AssembleInput {
  plan: BuildPlan;
  platform: Platform;
  /** Seconds since the epoch: the binary's mtime and the config's created time. */
  commitTime: number;
  /** Local path of the compiled binary. */
  binary: string;
  /** The builder image's files, or the layers made of them. */
  rootfs: RootfsInput;
  reporter: Reporter;
  engine: Engine;
  /** Where reproducibly compressed base layers are kept (layerCacheDir). */
  layerCacheDir: string;
  registry: { username: string; password: string };
  push: boolean;
}

export interface AssembledResult {
  /** The engine's image id when loaded, else the config digest (the same value). */
  imageId: string;
  /** The manifest digest when pushed, else ''. */
  digest: string;
  /** The registry had every blob and the manifest already. */
  unchanged: boolean;
  sizeBytes: number;
  bytesUploaded: number;
  seconds: { assemble: number; push: number; load: number };
}

export async function assembleAndPublish(input: AssembleInput): Promise<AssembledResult> {
  const { plan, reporter, engine } = input;
  const seconds = { assemble: 0, push: 0, load: 0 };
  const started = Date.now();
  const repo = parseRepository(plan.repository);
  const client = input.push || inRegistry(plan.runtime.image, repo.registry)
    ? new RegistryClient(repo.registry === 'docker.io' ? 'registry-1.docker.io' : repo.registry, input.registry, await engine.allowsPlainHttp(repo.registry), (m) => reporter.debug(m))
    : undefined;
  const base = await resolveBase({ image: plan.runtime.image, platform: input.platform, registry: repo.registry, client, engine, reporter, cacheDir: input.layerCacheDir });
  const image = await assembleImage({
    plan,
    platform: input.platform,
    commitTime: input.commitTime,
    binary: await fs.promises.readFile(input.binary),
    rootfs: input.rootfs,
    base,
    // Only loaded: the engine takes the binary layer's tar as it is.
    compress: input.push,
  });
  seconds.assemble = (Date.now() - started) / 1000;
  const baseNote = base.source === 'scratch' ? 'scratch' : `${base.image} (${base.layers.length} layer(s) from the ${base.source === 'registry' ? 'registry, mounted' : 'engine'})`;
  reporter.info(`assembled ${plan.repository} for ${platformText(input.platform)} on ${baseNote}: ${image.steps.length} layer(s) of its own, config ${image.configDigest} in ${seconds.assemble.toFixed(2)}s`);

  const result: AssembledResult = { imageId: image.configDigest, digest: '', unchanged: false, sizeBytes: image.sizeBytes, bytesUploaded: 0, seconds };
  if (input.push) {
    const pushStarted = Date.now();
    const published = await publishImage({
      client: client as RegistryClient,
      repo: repo.path,
      tags: plan.tags,
      blobs: image.blobs,
      manifest: image.manifest,
      reporter,
    });
    seconds.push = (Date.now() - pushStarted) / 1000;
    result.digest = published.digest;
    result.unchanged = published.unchanged;
    result.bytesUploaded = published.bytesUploaded;
    reporter.info(
      `pushed ${plan.tags.length} tag(s), digest ${published.digest}: ${published.bytesUploaded} bytes in ${published.blobsUploaded} blob(s)` +
        `${published.blobsMounted ? `, ${published.blobsMounted} mounted` : ''}${published.unchanged ? ' (unchanged: the registry had every blob and the manifest)' : ''} in ${seconds.push.toFixed(2)}s`,
    );
  } else {
    const loadStarted = Date.now();
    // Base layers the engine holds are not sent again.
    const baseHeld = base.source === 'engine' || (await engineHasChain(engine, plan.runtime.image, base.layers.map((l) => l.diffId)));
    const layers: LoadLayer[] = [
      ...base.layers.map((l) => ({ diffId: l.diffId, data: baseHeld ? undefined : () => baseBlob(l, client) })),
      ...image.steps.map((s) => ({ diffId: s.layer.diffId, data: async () => s.layer.tar as Buffer })),
    ];
    result.imageId = await loadIntoEngine(engine, image.config, layers, plan.references);
    seconds.load = (Date.now() - loadStarted) / 1000;
    reporter.info(`loaded ${result.imageId} into the engine as ${plan.references.join(', ')} in ${seconds.load.toFixed(2)}s`);
  }
  return result;
}
