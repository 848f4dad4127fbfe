import { Engine } from '../../engine/docker';
import { Reporter } from '../../reporter';
import { BuildPlan } from '../plan/build-plan';
import { Platform } from '../plan/platforms';

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
  rootfs: RootfsFiles;
  reporter: Reporter;
  engine: Engine;
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
  throw new Error(`direct image assembly of ${input.plan.repository} is not available yet`);
}
