import { INPUTS, InputName, Inputs } from '../schema';
import { VERSION } from '../version';

/**
 * The SLSA provenance v1 predicate of a gantry build: who built it (gantry and its version),
 * from what (the source repository and commit, the builder image by digest), with which inputs
 * (non-secret, non-default build and push inputs only: a secret's value never enters it), and
 * when. Pure.
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const BUILD_TYPE = 'https://gantry.dev/buildtypes/go-image/v1';
export const BUILDER_ID = 'https://gantry.dev/builder';

export interface ProvenanceFacts {
  /** Source repository URL (without credentials), '' when unknown. */
  source: string;
  /** The commit built. */
  revision: string;
  goVersion: string;
  /** Where go build ran: host (a toolchain on the runner, no engine) or container (a builder container or BuildKit). */
  builder: 'host' | 'container';
  /** The host path's toolchain: version, where it was found, its go command; '' on the container path. */
  toolchain: string;
  /** The container path's builder image; '' on the host path. */
  builderImage: string;
  /** The builder image's id or repo digest in the engine (sha256:...), '' when unknown. */
  builderImageDigest: string;
  platform: string;
  startedOn: Date;
  finishedOn: Date;
  /** The CI job's URL or id, when known. */
  invocationId: string;
}

/** The inputs that describe the build, without secrets, credentials or defaults. */
export function provenanceInputs(inputs: Inputs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const spec = INPUTS[name] as { group: string; secret?: boolean; default: string; kind: string };
    if (spec.secret || !['build', 'push'].includes(spec.group) || /registry_|^push$|^sbom|^sign_/.test(name)) continue;
    const value = inputs[name] as unknown;
    const text = Array.isArray(value) ? value.join('\n') : String(value);
    if (text === spec.default) continue;
    out[name] = value;
  }
  return out;
}

/** The CI job that ran the build, from the CI's variables ('' outside CI). */
export function invocationId(env: NodeJS.ProcessEnv): string {
  if (env.CI_JOB_URL) return env.CI_JOB_URL;
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  }
  return '';
}

export function provenancePredicate(facts: ProvenanceFacts, inputs: Inputs): unknown {
  const sourceUri = facts.source ? `git+${facts.source.replace(/^git\+/, '')}` : '';
  const resolved: Array<{ uri: string; digest: Record<string, string> }> = [];
  if (facts.revision) resolved.push({ uri: sourceUri, digest: { gitCommit: facts.revision } });
  const builderHex = /^sha256:([0-9a-f]{64})$/.exec(facts.builderImageDigest)?.[1];
  if (builderHex) resolved.push({ uri: `docker-image:${facts.builderImage}`, digest: { sha256: builderHex } });
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters: {
        source: { uri: sourceUri, revision: facts.revision },
        inputs: provenanceInputs(inputs),
      },
      internalParameters: {
        goVersion: facts.goVersion,
        builder: facts.builder,
        ...(facts.builder === 'host' ? { toolchain: facts.toolchain } : { builderImage: facts.builderImage }),
        platform: facts.platform,
      },
      resolvedDependencies: resolved,
    },
    runDetails: {
      builder: { id: BUILDER_ID, version: { gantry: VERSION } },
      metadata: {
        ...(facts.invocationId ? { invocationId: facts.invocationId } : {}),
        startedOn: facts.startedOn.toISOString(),
        finishedOn: facts.finishedOn.toISOString(),
      },
    },
  };
}
