import { ImageRef } from '../../../image-ref';
import type { OciImage } from '../../spec/oci-image';
import type { ContainerOptions } from './container-options';

/**
 * The container a host runs, as the inputs describe it (the container and swarm targets share it).
 * Its name, env and health gate are the deploy spec's common part (service, env, health).
 */
export interface ContainerSpec {
  /** Absent only for rollback without an image named: the hosts' records say what to go back to. */
  readonly image?: ImageRef;
  /** deploy_image oci:DIR: the image is shipped from this layout over each host's SSH connection; no registry. */
  readonly oci?: OciImage;
  readonly ports: readonly string[];
  readonly volumes: readonly string[];
  readonly network: string;
  readonly restart: string;
  readonly keepImages: number;
  /** memory, cpus, log rotation, args, stop_timeout, user, read_only, tmpfs. */
  readonly options: ContainerOptions;
}
