import { Reporter } from '../../reporter';
import { UserError } from '../../errors';
import { SecretSpec } from './secret-inputs';
import { Engine } from '../../engine/docker';
import type { BuildSession } from './session/build-session';
import { BuildSecrets, hasBuildSecrets, resolveBuildSecrets, secretTexts } from './secret-sources';
import { checkSecretMounts, secretRunSteps } from './secret-mounts';
import { guardBuildArgs } from './secret-guard';
import { addRotationMounts, loadSalt, saltFile, stepRevision } from './secret-rotation';
import { maskParts, secretNeedles } from './secret-values';
import { Needle, scanSavedImage } from './layer-scan';

/**
 * Secrets around one build, in the order they matter: read and masked before anything
 * prints, build args checked before anything builds, the Dockerfile's mounts checked and
 * given rotation mounts, a session serving them during the build, and the built image
 * searched for every value before it can be pushed.
 */
export interface PreparedSecrets {
  /** The Dockerfile to build: the given one plus a rotation mount on each secret step. */
  dockerfile: string;
  secrets: BuildSecrets;
  /** Opens the BuildKit session, or returns null when there is nothing to serve. */
  openSession(engine: Engine, debug: (m: string) => void): Promise<BuildSession | null>;
  /** Fails, untagging the references, when a secret value is in the image. */
  scanImage(engine: Engine, imageId: string, references: string[]): Promise<void>;
}

export async function prepareSecrets(spec: SecretSpec, buildArgs: ReadonlyArray<readonly [string, string]>, reporter: Reporter, env: NodeJS.ProcessEnv, dockerfile: string): Promise<PreparedSecrets> {
  const secrets = await resolveBuildSecrets(spec, env);
  const texts = secretTexts(secrets);
  for (const t of texts) for (const part of maskParts(t.text)) reporter.mask(part);

  const guard = guardBuildArgs(buildArgs, texts, spec.allowSecretBuildArgs);
  for (const w of guard.warnings) reporter.warn(w);

  const steps = secretRunSteps(dockerfile);
  for (const w of checkSecretMounts(steps, new Set(secrets.secrets.keys()), new Set(secrets.agents.keys()))) reporter.warn(w);

  let built = dockerfile;
  if (steps.length) {
    const salt = loadSalt(saltFile(env));
    built = addRotationMounts(dockerfile, steps.map((step) => ({ step, revision: stepRevision(salt, step, secrets) })));
  }

  const needles: Needle[] = [];
  for (const t of texts) {
    const { needles: found, tooShort } = secretNeedles(t.text);
    if (tooShort) reporter.warn(`secret '${t.id}' is shorter than 6 characters: too short to search the image for`);
    for (const n of found) needles.push({ id: t.id, bytes: Buffer.from(n, 'utf8') });
  }

  return {
    dockerfile: built,
    secrets,
    async openSession(engine, debug) {
      if (!hasBuildSecrets(secrets)) return null;
      // gRPC and the session's services are loaded only by a build that has something to serve.
      const { openBuildSession } = await import('./session/build-session');
      return openBuildSession(engine, {
        secret: (id) => secrets.secrets.get(id)?.value,
        agent: (id) => secrets.agents.get(id)?.source,
        debug,
      });
    },
    async scanImage(engine, imageId, references) {
      if (needles.length === 0) return;
      const hits = await scanSavedImage(await engine.save(imageId), needles);
      if (hits.length === 0) {
        reporter.info(`searched the image for ${texts.length} secret(s): none found`);
        return;
      }
      for (const ref of references) await engine.removeImage(ref, { noprune: true });
      const where = hits.slice(0, 5).map((h) => `secret '${h.id}' in ${h.where}`).join('; ');
      throw new UserError(
        `the built image holds a secret, so nothing was pushed and its tags were removed: ${where}${hits.length > 5 ? ` (and ${hits.length - 5} more)` : ''}. ` +
          'Read secrets only in RUN --mount=type=secret steps, and write nothing derived from them into the image (files, ENV, LABEL, ARG).',
      );
    },
  };
}
