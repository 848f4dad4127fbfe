import { Reporter } from '../reporter';
import { DeploySpec } from './deploy-spec';
import { HostConnection } from './host-connection';
import { HostTarget } from './host-list';
import { HostKeyVerdict } from './host-key';
import { pinsFor } from './known-hosts';
import { LocalConnection } from './local-connection';
import { ClientKey } from './private-key';
import { connectSsh } from './ssh-connection';
import { formatImageRef } from '../image-ref';
import { Actor, HostRun, LIMITS, RolloutContext } from './host-deploy';
import { RolloutReport, rolloutExitCode } from './report';
import { mustStop, planBatches } from './rollout-plan';

export interface RolloutOptions {
  readonly mode: 'deploy' | 'rollback';
  readonly spec: DeploySpec;
  readonly key?: ClientKey;
  readonly actor: Actor;
  readonly reporter: Reporter;
  /** ISO time written into labels; the caller's clock. */
  readonly now?: Date;
}

function connector(spec: DeploySpec, key: ClientKey | undefined, reporter: Reporter) {
  return async (target: HostTarget): Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }> => {
    const debug = (m: string) => reporter.debug(m);
    if (target.local) return { connection: new LocalConnection(debug) };
    if (!key) throw new Error('no SSH private key');
    return connectSsh({
      target, key, pins: pinsFor(spec.knownHosts, target.host, target.port), policy: spec.hostKeyPolicy,
      readyTimeoutSeconds: LIMITS.connect, debug,
    });
  };
}

/**
 * Runs a rollout: batches in order, the hosts of a batch at once. Once failures exceed
 * max_failures, the hosts not reached are skipped and (with rollback on) every host switched in
 * this run goes back, batch by batch in reverse, so the fleet ends on one version.
 * Locks are held on every host until the run ends.
 */
export async function runRollout(o: RolloutOptions): Promise<RolloutReport> {
  const { spec, reporter } = o;
  const started = Date.now();
  const ctx: RolloutContext = {
    mode: o.mode,
    spec,
    actor: o.actor,
    reporter,
    deployedAt: (o.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    image: { ref: spec.container.image ? formatImageRef(spec.container.image) : '' },
    connect: connector(spec, o.key, reporter),
  };
  const runs = spec.hosts.map((t) => new HostRun(t, ctx));
  const batches = planBatches(runs, spec.batchSize);
  let failures = 0;
  let stopped: string | undefined;
  try {
    for (const [i, batch] of batches.entries()) {
      if (stopped) {
        for (const r of batch) r.skip(`not started: ${stopped}`);
        continue;
      }
      reporter.info(`batch ${i + 1}/${batches.length}: ${batch.map((r) => r.target.label).join(', ')}`);
      await Promise.all(batch.map((r) => (o.mode === 'deploy' ? r.deploy() : r.rollBack()).catch((err: unknown) => r.crashed(err))));
      failures += batch.filter((r) => r.report.outcome !== 'ok').length;
      if (mustStop(failures, spec.maxFailures)) {
        stopped = `${failures} host(s) failed, more than max_failures ${spec.maxFailures}`;
        reporter.warn(`rollout stopped: ${stopped}`);
      }
    }
    if (stopped && spec.rollback) {
      const done = batches.map((b) => b.filter((r) => r.report.outcome === 'ok')).filter((b) => b.length > 0).reverse();
      for (const batch of done) await Promise.all(batch.map((r) => r.undo(`rollout stopped: ${stopped}`).catch((err: unknown) => r.crashed(err))));
    }
  } finally {
    await Promise.all(runs.map((r) => r.close()));
  }
  const hosts = runs.map((r) => r.report);
  return {
    command: o.mode,
    service: spec.container.name,
    image: spec.container.image ? ctx.image.ref : undefined,
    batches: batches.length,
    stopped,
    seconds: (Date.now() - started) / 1000,
    exitCode: rolloutExitCode(hosts),
    hosts,
  };
}
