/** deploy and rollback: a rollout of the pinned, verified image (or the binaries) to every host. */
import { Inputs } from '../../schema';
import { Reporter } from '../../reporter';
import { UserError } from '../../errors';
import { ImageRef, formatImageRef, parseImageRef } from '../../image-ref';
import { ImageDeploySpec } from '../spec/deploy-spec';
import { runRollout } from '../rollout/rollout';
import { engineAllowsHttp, pinDigest } from '../rollout/pin-digest';
import { targetOf } from '../targets/index';
import { Connector, connector } from '../connection/connector';
import { imageRevision } from '../targets/swarm/image-revision';
import { VerifyPolicy, verifyWanted } from '../../supply-chain/verify-policy';
import { prepare } from './prepare';
import { publish } from './report-out';
import { Cancellation, cancelOnSignals } from '../rollout/cancellation';
import { RolloutReport } from '../rollout/report';

function httpRule(reporter: Reporter, httpAllowed: boolean, env: NodeJS.ProcessEnv): (registry: string) => Promise<boolean> {
  return httpAllowed ? async () => true : engineAllowsHttp(async () => new (await import('../../engine/docker')).Engine((m) => reporter.debug(m), env));
}

/**
 * Runs a rollout with SIGINT/SIGTERM turned into its cancellation (the handlers live only as long
 * as the rollout and its report), then publishes the report. A cancelled run skips the optional
 * post_deploy_cmd.
 */
async function cancellableRollout(reporter: Reporter, secrets: readonly string[], env: NodeJS.ProcessEnv, postDeployCmd: string,
  run: (cancel: Cancellation) => Promise<RolloutReport>): Promise<number> {
  const cancel = new Cancellation();
  const watch = cancelOnSignals(cancel, { say: (line) => reporter.warn(line) });
  try {
    const report = await run(cancel);
    return await publish(report, reporter, secrets, env, watch.hurried || cancel.cancelled ? '' : postDeployCmd);
  } finally {
    watch.dispose();
  }
}

/** The spec with its image pinned to one digest, resolved on the runner before any host is contacted. */
async function pinnedSpec(spec: ImageDeploySpec, input: string, reporter: Reporter, httpAllowed: boolean, env: NodeJS.ProcessEnv): Promise<ImageDeploySpec> {
  const image = spec.container.image!;
  if (image.digest) return spec;
  const allowHttp = httpRule(reporter, httpAllowed, env);
  const pinned = await pinDigest(image, { input, credentials: spec.registry, allowHttp, debug: (m) => reporter.debug(m) });
  reporter.info(`${formatImageRef(image)} is ${pinned.digest} in the registry: every host deploys ${formatImageRef(pinned)}`);
  return { ...spec, container: { ...spec.container, image: pinned } };
}

/** verify_key's checks, with the supply chain's code loaded only when an input asks for them. */
async function verifyImage(policy: VerifyPolicy, reporter: Reporter, image: ImageRef, input: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!verifyWanted(policy)) return;
  const { verifyForDeploy } = await import('../../supply-chain/supply-chain');
  await verifyForDeploy(policy, reporter, image, input, env);
}

/**
 * Rolls inputs.deploy_image (or builtImageRef, the build's image_ref) out to inputs.hosts.
 * Writes the outputs report, deployed_hosts and failed_hosts; returns an EXIT code.
 */
export async function deploy(inputs: Inputs, reporter: Reporter, builtImageRef: string | undefined, env: NodeJS.ProcessEnv): Promise<number> {
  const prepared = await prepare(inputs, reporter, 'deploy', builtImageRef, env);
  const { key, jumpKey, actor, secrets } = prepared;
  const input = inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref';
  const spec = prepared.spec.target === 'binary' ? prepared.spec : await pinnedSpec(prepared.spec, input, reporter, prepared.spec.registryInsecure, env);
  // verify_key: the pinned digest's signature (and provenance) checked before any host is contacted.
  if (spec.target !== 'binary' && spec.container.image) await verifyImage(spec.verify, reporter, spec.container.image, input, env);
  const what = spec.target === 'binary' ? `${spec.binary.name} ${spec.binary.version} (binary)` : spec.service;
  // The swarm target labels the service with the image's revision, read from the registry here.
  const revision = spec.target === 'swarm' && spec.container.image
    ? await imageRevision(spec.container.image, { credentials: spec.registry, allowHttp: httpRule(reporter, spec.registryInsecure, env), debug: (m) => reporter.debug(m), warn: (m) => reporter.warn(m) })
    : undefined;
  return cancellableRollout(reporter, secrets, env, spec.postDeployCmd, (cancel) => reporter.group(`deploy ${what} to ${spec.hosts.length} host(s)`,
    () => runRollout({ mode: 'deploy', spec, key, jumpKey, actor, reporter, revision, env, cancel })));
}

/** Puts every host back on its previous recorded version; returns an EXIT code. */
export async function rollback(inputs: Inputs, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  const { spec, key, jumpKey, actor, secrets } = await prepare(inputs, reporter, 'rollback', undefined, env);
  // One connector for the reads below and the rollout: one login to the jump hosts for both.
  const connect = connector(spec, { key, jumpKey }, reporter, env);
  try {
    return await rollbackWith(spec, connect, actor, secrets, reporter, env);
  } finally {
    await connect.close?.();
  }
}

async function rollbackWith(spec: Awaited<ReturnType<typeof prepare>>['spec'], connect: Connector, actor: Awaited<ReturnType<typeof prepare>>['actor'], secrets: readonly string[], reporter: Reporter, env: NodeJS.ProcessEnv): Promise<number> {
  if (spec.verify.keys) {
    // What each host would go back to is read (nothing changed) and verified before the rollout.
    const targets = await targetOf(spec.target).rollbackRefs(spec, connect);
    const { verifyForDeploy } = await import('../../supply-chain/supply-chain');
    for (const ref of [...new Set(targets.map((t) => t.ref).filter(Boolean))]) {
      try {
        await verifyForDeploy(spec.verify, reporter, parseImageRef(ref, 'deploy_image'), 'deploy_image', env);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        const hosts = targets.filter((t) => t.ref === ref).map((t) => t.host).join(', ');
        throw new UserError(`${err.message.replace(/; nothing was changed on any host$/, '')}: the version ${hosts} would roll back to is not signed by verify_key, and an unsigned version cannot be rolled back to while verify_key is set; nothing was changed on any host`);
      }
    }
  }
  return cancellableRollout(reporter, secrets, env, spec.postDeployCmd, (cancel) => reporter.group(`roll back ${spec.service} on ${spec.hosts.length} host(s)`,
    () => runRollout({ mode: 'rollback', spec, connect, actor, reporter, env, cancel })));
}
