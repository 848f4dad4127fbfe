/**
 * verify_key and its companions as a deploy checks them against an image before any host is
 * contacted (verifyForDeploy). Pure, and free of the signature code, which loads only when a
 * check is asked for.
 */
import { Inputs } from '../schema';
import { RegistryLogins } from '../registry/registry-auth';

export interface VerifyPolicy {
  /** verify_key's text (PEM public keys); '' when not set. */
  readonly keys: string;
  readonly requireProvenance: boolean;
  /** verify_source; '' when not set. */
  readonly source: string;
  /** registry_insecure: plain HTTP to the registry is allowed. */
  readonly registryInsecure: boolean;
  /** The registry logins, to read signatures and attestations (the deployed image's registry is gantry's own). */
  readonly logins: RegistryLogins;
}

export function verifyPolicy(inputs: Inputs): VerifyPolicy {
  return {
    keys: inputs.verify_key.trim() ? inputs.verify_key : '',
    requireProvenance: inputs.require_provenance,
    source: inputs.verify_source.trim(),
    registryInsecure: inputs.registry_insecure,
    logins: RegistryLogins.of(inputs),
  };
}

/** Whether a policy asks for any check at all. */
export function verifyWanted(v: VerifyPolicy): boolean {
  return v.keys !== '' || v.requireProvenance || v.source !== '';
}
