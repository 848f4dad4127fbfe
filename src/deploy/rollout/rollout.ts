import { Reporter } from '../../reporter';
import { inputError } from '../../errors';
import { EXIT } from '../../exit-codes';
import { DeploySpec } from '../spec/deploy-spec';
import { ClientKey } from '../connection/private-key';
import { Connector, connector } from '../connection/connector';
import { Gate } from '../connection/gate';
import { formatImageRef } from '../../image-ref';
import { Clock, systemClock } from './clock';
import { pidAlive } from './host-lock';
import { Actor, RolloutContext, TargetRun } from './target-run';
import { targetOf } from '../targets/index';
import { RolloutReport, rolloutExitCode, succeeded } from './report';
import { mustStop, planBatches } from './rollout-plan';
import { Cancellation, cancelledBy } from './cancellation';
import { OciSource } from '../transport/oci-transport';

export interface RolloutOptions {
  readonly mode: 'deploy' | 'rollback';
  readonly spec: DeploySpec;
  readonly key?: ClientKey;
  /** ssh_jump_key, checked; absent, the jump hosts take key. */
  readonly jumpKey?: ClientKey;
  readonly actor: Actor;
  readonly reporter: Reporter;
  /** ISO time written into labels; the caller's clock. */
  readonly now?: Date;
  /** The image's revision label, read on the runner (the swarm target records it). */
  readonly revision?: string;
  /** How hosts are reached: SSH with pinned keys, or the local engine (tests hand in their own). */
  readonly connect?: Connector;
  /** The runner's environment (the host `local` runs with it); required unless connect is given. */
  readonly env?: NodeJS.ProcessEnv;
  /** Time for waits, heartbeats and the report's seconds. */
  readonly clock?: Clock;
  /** Whether a process of this machine runs (to recognise a dead run of our own holding a lock). */
  readonly isAlive?: (pid: number) => boolean;
  /** Set on SIGINT/SIGTERM: no batch starts after it, and every host touched goes back (whatever rollback says). */
  readonly cancel?: Cancellation;
}

/**
 * Runs a rollout: batches in order, the hosts of a batch at once. Once failures exceed
 * max_failures, the hosts not reached are skipped and (with rollback on) every host switched in
 * this run goes back, batch by batch in reverse, so the fleet ends on one version.
 * Locks are held on every host until the run ends. A cancelled run (o.cancel) starts no further
 * batch, stops the gates in progress (their hosts restore) and then undoes every host switched
 * in this run, as a failed fleet would with rollback on, whatever rollback says.
 */
export async function runRollout(o: RolloutOptions): Promise<RolloutReport> {
  const { spec, reporter } = o;
  const image = spec.target === 'binary' ? undefined : spec.container.image;
  if (spec.target !== 'binary' && o.mode === 'deploy' && !image?.digest) {
    throw new Error(`deploy of ${image ? formatImageRef(image) : 'no image'}: the image must be pinned to a digest before any host runs`);
  }
  const clock = o.clock ?? systemClock;
  const started = clock.now();
  const ctx: RolloutContext = {
    mode: o.mode,
    spec,
    actor: o.actor,
    reporter,
    deployedAt: (o.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    imageRef: o.mode === 'deploy' && image ? formatImageRef(image) : '',
    revision: o.revision ?? '',
    connect: o.connect ?? connector(spec, { key: o.key, jumpKey: o.jumpKey }, reporter, o.env ?? {}),
    clock,
    isAlive: o.isAlive ?? pidAlive,
    cancel: o.cancel,
    oci: o.mode === 'deploy' && spec.target === 'container' && spec.container.oci ? new OciSource(spec.container.oci) : undefined,
  };
  try {
    return await rolloutOf(o, ctx, started);
  } finally {
    // The runner's registry goes with the rollout, whatever ended it (a failure, a cancel, a throw).
    await ctx.oci?.close();
    // The connector made here is closed here (the shared jump connection); one handed in, by its maker.
    if (!o.connect) await ctx.connect.close?.();
  }
}

async function rolloutOf(o: RolloutOptions, ctx: RolloutContext, started: number): Promise<RolloutReport> {
  const { spec, reporter } = o;
  const image = spec.target === 'binary' ? undefined : spec.container.image;
  const { clock } = ctx;
  const target = targetOf(spec.target);
  if (target.rollout.kind === 'whole') return target.rollout.run(ctx);
  const { hostRun } = target.rollout;
  const runs = spec.hosts.map((t) => hostRun(t, ctx));
  const batches = planBatches(runs, spec.batchSize);
  // ssh_max_connections: the hosts worked on at once, whatever the batch size; a larger batch
  // goes in waves. A host still waiting when the failures pass max_failures (or a cancel) is not started.
  const hostGate = new Gate(spec.maxConnections);
  let failures = 0;
  let batchFailures = 0;
  const bounded = (r: TargetRun, work: () => Promise<void>, counted: boolean) => hostGate.run(async () => {
    if (counted && o.cancel?.reason) {
      r.skip(`not started: ${cancelledBy(o.cancel.reason)}`);
      return;
    }
    if (counted && mustStop(failures + batchFailures, spec.maxFailures)) {
      r.skip(`not started: ${failures + batchFailures} host(s) failed, more than max_failures ${spec.maxFailuresText}`);
      return;
    }
    await work().catch((err: unknown) => r.crashed(err));
    if (counted && r.report.outcome !== 'skipped' && !succeeded(r.report)) batchFailures += 1;
  });
  let stopped: string | undefined;
  let cancelled: string | undefined;
  try {
    if (o.mode === 'deploy' && spec.preSwitch.length > 0 && runs.length > 0 && !(await (runs[0].preSwitch?.() ?? Promise.resolve(true)).catch((err: unknown) => { runs[0].crashed(err); return false; }))) {
      stopped = `pre_switch_cmd did not succeed on ${runs[0].target.label}`;
      for (const r of runs.slice(1)) r.skip(`not started: ${stopped}`);
      reporter.warn(`rollout stopped: ${stopped}; nothing was switched`);
      return finish(true);
    }
    if (o.mode === 'rollback' && spec.rollbackTo) {
      // Every host must keep the version asked for before any host changes.
      const missing = (await Promise.all(runs.map((r) => hostGate.run(async () => ({ r, why: await (r.resolveRollbackTo?.() ?? Promise.resolve(undefined)).catch((err: unknown) => String(err)) })))))
        .filter((x) => x.why !== undefined);
      if (missing.length > 0) {
        throw inputError('rollback_to', missing.map((x) => `${x.r.target.label}: ${x.why}`).join(' / '), 'a digest, tag or revision that every host keeps (status lists them)');
      }
    }
    for (const [i, batch] of batches.entries()) {
      if (!stopped && o.cancel?.reason) {
        stopped = cancelledBy(o.cancel.reason);
        reporter.warn(`rollout stopped: ${stopped}`);
      }
      if (stopped) {
        for (const r of batch) r.skip(`not started: ${stopped}`);
        continue;
      }
      if (i > 0 && spec.batchWait > 0) {
        reporter.info(`waiting batch_wait ${spec.batchWait} s before the next batch`);
        await (o.cancel ? o.cancel.sleep((ms) => clock.sleep(ms), spec.batchWait * 1000) : clock.sleep(spec.batchWait * 1000));
        if (o.cancel?.reason) {
          stopped = cancelledBy(o.cancel.reason);
          reporter.warn(`rollout stopped: ${stopped}`);
          for (const r of batch) r.skip(`not started: ${stopped}`);
          continue;
        }
      }
      reporter.info(`batch ${i + 1}/${batches.length}: ${batch.map((r) => r.target.label).join(', ')}`);
      batchFailures = 0;
      await Promise.all(batch.map((r) => bounded(r, () => (o.mode === 'deploy' ? r.deploy() : r.rollBack()), true)));
      batchFailures = 0;
      failures += batch.filter((r) => r.report.outcome !== 'skipped' && !succeeded(r.report)).length;
      if (o.cancel?.reason) {
        // A host the cancel stopped is not a failure of its own: the cancel is why the rollout stops.
        stopped = cancelledBy(o.cancel.reason);
        reporter.warn(`rollout stopped: ${stopped}`);
      } else if (mustStop(failures, spec.maxFailures)) {
        stopped = `${failures} host(s) failed, more than max_failures ${spec.maxFailuresText}${spec.maxFailuresText.endsWith('%') ? ` (${spec.maxFailures} of ${runs.length})` : ''}`;
        reporter.warn(`rollout stopped: ${stopped}`);
      }
    }
    cancelled = o.cancel?.reason;
    if (cancelled && !stopped) {
      stopped = cancelledBy(cancelled);
      reporter.warn(`rollout stopped: ${stopped}`);
    }
    if (stopped && (spec.rollback || cancelled)) {
      const done = batches.map((b) => b.filter((r) => r.report.outcome === 'ok')).filter((b) => b.length > 0).reverse();
      for (const batch of done) await Promise.all(batch.map((r) => bounded(r, () => r.undo(`rollout stopped: ${stopped}`), false)));
    }
  } finally {
    await Promise.all(runs.map((r) => r.close()));
  }
  return finish(false);

  function finish(hookFailed: boolean): RolloutReport {
    const hosts = runs.map((r) => r.report);
    return {
      command: o.mode,
      service: spec.service,
      image: image ? formatImageRef(image) : (spec.target === 'binary' && spec.binary.version) || undefined,
      batches: batches.length,
      stopped,
      ...(cancelled ? { cancelled } : {}),
      seconds: (clock.now() - started) / 1000,
      exitCode: hookFailed ? EXIT.failed : rolloutExitCode(hosts, cancelled !== undefined),
      hosts,
    };
  }
}
