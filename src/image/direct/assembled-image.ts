import * as fs from 'fs';
import { RegistryClient } from '../../registry/registry-client';
import { BuildPlan } from '../plan/build-plan';
import { Platform } from '../plan/platforms';
import { BaseImage, BaseLayer } from './base-image';
import { Descriptor, imageConfig, imageManifest } from './image-config';
import { LayerStep, RootfsInput, runtimeLayers } from './layers';
import { PublishBlob } from './registry-publish';
import { LAYER_MEDIA_TYPE, TAR_LAYER_MEDIA_TYPE, sha256 } from './reproducible-tar';

/**
 * An image assembled in memory from its parts, before it goes anywhere: the runtime stage's
 * layers, the config and the manifest, and the blobs a registry needs. Pure: the same inputs
 * give the same bytes.
 */

export interface AssembledImage {
  steps: LayerStep[];
  config: Buffer;
  configDigest: string;
  manifest: Buffer;
  /** The config and every layer blob (the base's first), as the registry needs them. */
  blobs: PublishBlob[];
  /** The layers' uncompressed size (a registry base's compressed size where that is all that is known). */
  sizeBytes: number;
}

export async function assembleImage(o: {
  plan: BuildPlan;
  platform: Platform;
  commitTime: number;
  binary: Buffer;
  rootfs: RootfsInput;
  base: BaseImage;
  /** false: the image is only loaded into the engine, its binary layer is left uncompressed (the manifest and blobs are then not a registry's). */
  compress?: boolean;
}): Promise<AssembledImage> {
  const steps = await runtimeLayers({
    rootfs: o.rootfs,
    needsPasswd: o.plan.runtime.needsPasswd,
    binaryName: o.plan.binaryName,
    binary: o.binary,
    commitTime: o.commitTime,
    compress: o.compress,
  });
  const variant = o.base.config?.variant ?? (o.platform.arch === 'arm' ? 'v7' : undefined);
  const config = imageConfig({
    base: o.base.config,
    baseDiffIds: o.base.layers.map((l) => l.diffId),
    steps,
    labels: o.plan.labels,
    binaryName: o.plan.binaryName,
    platform: { ...o.platform, variant },
    commitTime: o.commitTime,
  });
  const layers: Descriptor[] = [...o.base.layers, ...steps.map((s) => s.layer)].map((l) => ({ mediaType: l.mediaType === TAR_LAYER_MEDIA_TYPE ? l.mediaType : LAYER_MEDIA_TYPE, size: l.size, digest: l.digest }));
  const manifest = imageManifest(config, layers);
  const configDigest = sha256(config);
  const blobs: PublishBlob[] = [
    ...o.base.layers.map((l, i): PublishBlob => ({
      digest: l.digest,
      size: l.size,
      what: `base layer ${i + 1}`,
      mountFrom: l.mountFrom,
      read: l.blobPath ? () => fs.promises.readFile(l.blobPath as string) : undefined,
    })),
    ...steps.map((s, i): PublishBlob => ({
      digest: s.layer.digest,
      size: s.layer.size,
      what: i === steps.length - 1 ? `binary layer` : `layer ${s.createdBy.split(' ')[1]}`,
      read: async () => s.layer.blob as Buffer,
    })),
    { digest: configDigest, size: config.length, what: 'config', read: async () => config },
  ];
  const sizeBytes = o.base.layers.reduce((n, l) => n + (l.tarSize ?? l.size), 0) + steps.reduce((n, s) => n + (s.layer.tar?.length ?? s.layer.tarSize ?? s.layer.size), 0);
  return { steps, config, configDigest, manifest, blobs, sizeBytes };
}

/** A base layer's blob for loading: the cached file, else the registry's copy. */
export async function baseBlob(l: BaseLayer, client: RegistryClient | undefined): Promise<Buffer> {
  if (l.blobPath) return fs.promises.readFile(l.blobPath);
  if (!client || !l.mountFrom) throw new Error(`base layer ${l.diffId} is neither cached nor in a registry`);
  return client.getBlob(l.mountFrom, l.digest);
}
