import { ImageRef } from '../../../image-ref';

/** The container a host runs, as the inputs describe it (the container and swarm targets share it). */
export interface ContainerSpec {
  readonly name: string;
  /** Absent only for rollback without an image named: the hosts' records say what to go back to. */
  readonly image?: ImageRef;
  readonly ports: readonly string[];
  readonly env: ReadonlyArray<readonly [string, string]>;
  readonly volumes: readonly string[];
  readonly network: string;
  readonly restart: string;
  readonly healthCmd: string;
  readonly healthUrl: string;
  readonly healthTimeout: number;
  readonly keepImages: number;
}
