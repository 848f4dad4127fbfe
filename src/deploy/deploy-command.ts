import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { UserError } from '../errors';

/**
 * Rolls inputs.deploy_image (or builtImageRef, the build's image_ref) out to inputs.hosts.
 * Writes the outputs report, deployed_hosts and failed_hosts; returns an EXIT code.
 */
export async function deploy(inputs: Inputs, reporter: Reporter, builtImageRef?: string): Promise<number> {
  void inputs; void reporter; void builtImageRef;
  throw new UserError('deploy is not implemented yet');
}

/** Puts every host back on its previous recorded version; returns an EXIT code. */
export async function rollback(inputs: Inputs, reporter: Reporter): Promise<number> {
  void inputs; void reporter;
  throw new UserError('rollback is not implemented yet');
}
