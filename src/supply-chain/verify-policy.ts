/**
 * verify_key, verify_identity and their companions as a deploy checks them against an image
 * before any host is contacted (verifyForDeploy). Pure, and free of the signature code, which
 * loads only when a check is asked for.
 */
import { inputError } from '../errors';
import { Inputs } from '../schema';
import { RegistryLogins } from '../registry/registry-auth';

export interface VerifyPolicy {
  /** verify_key's text (PEM public keys); '' when not set. */
  readonly keys: string;
  /** verify_identity and verify_issuer: keyless signatures of this certificate identity count; '' when not set. */
  readonly identity: string;
  readonly issuer: string;
  /** verify_trusted_root's text (Sigstore TrustedRoot JSON); '' when not set. */
  readonly trustedRoot: string;
  /** Where the Fulcio roots and the Rekor key are fetched when there is no trusted root. */
  readonly fulcioUrl: string;
  readonly rekorUrl: string;
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
    identity: inputs.verify_identity.trim(),
    issuer: inputs.verify_issuer.trim(),
    trustedRoot: inputs.verify_trusted_root.trim(),
    fulcioUrl: inputs.fulcio_url.trim(),
    rekorUrl: inputs.rekor_url.trim(),
    requireProvenance: inputs.require_provenance,
    source: inputs.verify_source.trim(),
    registryInsecure: inputs.registry_insecure,
    logins: RegistryLogins.of(inputs),
  };
}

/** Whether a policy asks for any check at all. */
export function verifyWanted(v: VerifyPolicy): boolean {
  return v.keys !== '' || v.identity !== '' || v.issuer !== '' || v.trustedRoot !== '' || v.requireProvenance || v.source !== '';
}

/** The combinations of verify inputs that cannot work, refused in one line naming the input (the texts themselves are parsed later). */
export function checkVerifyInputs(v: VerifyPolicy): void {
  if (v.issuer && !v.identity) throw inputError('verify_issuer', 'is set but verify_identity is empty', 'verify_identity too: the certificate identity to accept');
  if (v.trustedRoot && !v.identity) throw inputError('verify_trusted_root', 'is set but verify_identity is empty', 'verify_identity and verify_issuer: whose keyless signatures to accept');
  if (v.identity && !v.issuer) throw inputError('verify_identity', 'is set but verify_issuer is empty', 'verify_issuer too: the OIDC issuer the certificate must name (as cosign --certificate-oidc-issuer)');
  if (v.identity && !v.trustedRoot && !(v.fulcioUrl && v.rekorUrl)) {
    throw inputError('verify_trusted_root', 'is empty (and fulcio_url and rekor_url are not both set) but verify_identity is set', "the Sigstore TrustedRoot JSON of the instance that certified the signer (the public instance's trusted_root.json, or a private one's), or fulcio_url and rekor_url of a private instance");
  }
  if (!v.keys && !v.identity && (v.requireProvenance || v.source)) {
    throw inputError('verify_key', `is empty but ${v.source ? 'verify_source' : 'require_provenance'} is set`, 'the public key(s) the image and its provenance are signed with, or verify_identity for keyless signatures');
  }
}
