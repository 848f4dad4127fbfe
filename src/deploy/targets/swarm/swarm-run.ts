/**
 * deploy_target swarm: one manager, reached like any host (pinned key, lock, preflight), creates
 * or updates the service; Swarm schedules and rolls the tasks, gantry waits on the service's
 * UpdateStatus and tasks and reports per node and task. Exit codes: 0 every task runs the new
 * digest; 3 the manager was not reached or refused before any change (as for any target's host), Swarm rolled back to the previous spec, or a first create failed and gantry removed
 * the service; 4 paused (rollback false), timed out, or otherwise mixed or unknown.
 */
import { EXIT } from '../../../exit-codes';
import { errorMessage, inputError } from '../../../errors';
import { formatImageRef, parseImageRef, shortDigest } from '../../../image-ref';
import { HostSession, STEP_TIMEOUTS, RolloutContext } from '../../rollout/target-run';
import { SwarmDeploySpec } from '../../spec/deploy-spec';
import { StepFailure } from '../../steps/run-step';
import { cancelledBy } from '../../rollout/cancellation';
import { STEP_EXIT, StepOutput } from '../../steps/render';
import { HostReport, RolloutReport, rolloutExitCode } from '../../rollout/report';
import { SwarmSpec, createFlags, updateFlags } from './swarm-spec';
import { SwarmState, SwarmTask, Verdict, allRunning, currentTasks, digestOf, failedTasks, nodeOf, parseSwarmState, rollbackVerdictOf, taskName, verdictOf } from './swarm-state';
import { ApplyOptions, swarmApplyStep, swarmAuditRecordStep, swarmPreflightStep, swarmRemoveStep, swarmRollbackStep, swarmStateStep } from './swarm-steps';
import { HistoryEntry, deployLabels, describeEntry, findVersion, parseHistory, withCurrent } from './swarm-history';

/** Seconds between two reads of the service while waiting. */
const POLL_SECONDS = 2;
/** Seconds a task may take to be scheduled, pull and start, on top of the monitor window. */
const START_ALLOWANCE = 120;

/** How a swarm deploy or rollback ended: its exit code, why, and the service as last read. */
interface SwarmResult {
  readonly exitCode: number;
  readonly why?: string;
  readonly state?: SwarmState;
  /** The digest the service ran before ('' for a first create). */
  readonly previous: string;
  readonly digest: string;
}

export class SwarmRun extends HostSession<SwarmDeploySpec> {
  private readonly seen = new Map<string, string>();
  private readonly swarm: SwarmSpec;

  constructor(ctx: RolloutContext<SwarmDeploySpec>) {
    super(`manager ${ctx.spec.hosts[0].label}`, ctx);
    this.swarm = ctx.spec.swarm;
  }

  private get service(): string {
    return this.ctx.spec.service;
  }

  private async state(): Promise<SwarmState> {
    return parseSwarmState(await this.step(swarmStateStep(this.service), STEP_TIMEOUTS.preflight));
  }

  /** Connects, checks the node is a manager (bad input otherwise), takes the lock. */
  private async open(): Promise<StepOutput | undefined> {
    const target = this.ctx.spec.hosts[0];
    if (!(await this.connect(target))) return undefined;
    let pre: StepOutput;
    try {
      pre = await this.step(swarmPreflightStep(this.service), STEP_TIMEOUTS.preflight);
    } catch (err) {
      const code = err instanceof StepFailure ? err.code : null;
      const msg = err instanceof StepFailure ? err.out?.values.error ?? errorMessage(err) : errorMessage(err);
      if (code === STEP_EXIT.notManager || code === STEP_EXIT.notInSwarm) {
        throw inputError('hosts', `${target.label}: ${msg}`, 'a manager of the swarm (deploy_target swarm)');
      }
      if (code === STEP_EXIT.plainContainer) {
        throw inputError('container_name', `${target.label}: ${msg}`, 'a name no plain container uses on the manager (remove it, or pick another container_name)');
      }
      this.record.fail('failed', 'previous', errorMessage(err));
      return undefined;
    }
    this.record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
    try {
      await this.takeLock();
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return undefined;
    }
    return pre;
  }

  /** Prints a task's line when its state or image changed since the last read. */
  private progress(s: SwarmState): void {
    for (const t of s.tasks) {
      const now = `${t.state} ${shortDigest(digestOf(t.image)) || t.image}${t.error ? ` (${t.error})` : ''}`;
      if (this.seen.get(t.id) === now) continue;
      this.seen.set(t.id, now);
      this.ctx.reporter.info(`${this.service} task ${this.taskName(t)} on ${this.nodeOf(s, t)}: ${now}`);
    }
  }

  private taskName(t: SwarmTask): string {
    return taskName(this.service, t);
  }

  private nodeOf(s: SwarmState, t: SwarmTask): string {
    return nodeOf(s, t);
  }

  /**
   * Polls until judge says something other than waiting, or the deadline; a cancellable wait
   * (a deploy's update) ends with the verdict 'cancelled' when the run is cancelled.
   */
  private async waitFor(judge: (s: SwarmState) => string, seconds: number, settle: (v: string, s: SwarmState) => boolean, cancellable = false): Promise<{ verdict: string; state?: SwarmState }> {
    const { clock } = this.ctx;
    const cancel = cancellable ? this.ctx.cancel : undefined;
    const deadline = clock.now() + seconds * 1000;
    let last: SwarmState | undefined;
    let settling: number | undefined;
    const settleMs = Math.min(5, this.ctx.spec.health.timeout) * 1000;
    while (clock.now() < deadline) {
      if (cancel?.cancelled) return { verdict: 'cancelled', state: last ?? await this.state() };
      last = await this.state();
      this.progress(last);
      const v = judge(last);
      if (v !== 'waiting') {
        if (!settle(v, last)) return { verdict: v, state: last };
        // A converged service must stay so for the settle time (a task that starts then crashes).
        if (settling === undefined) settling = clock.now();
        else if (clock.now() - settling >= settleMs) return { verdict: v, state: last };
      } else settling = undefined;
      await (cancel ? cancel.sleep((ms) => clock.sleep(ms), POLL_SECONDS * 1000) : clock.sleep(POLL_SECONDS * 1000));
    }
    return { verdict: 'timeout', state: last };
  }

  private wanted(nodes: number): number {
    return this.swarm.mode === 'global' ? Math.max(1, nodes) : this.swarm.replicas;
  }

  private deadlineSeconds(wanted: number): number {
    const batches = Math.ceil(wanted / this.swarm.parallelism);
    return batches * (this.swarm.monitorSeconds + START_ALLOWANCE) * 2 + 60;
  }

  /** The labels of a deploy of `entry` (ref, digest, revision): on the service, and on every task's container. */
  private labels(entry: HistoryEntry, history: readonly HistoryEntry[]): { service: string[]; container: string[] } {
    const { ctx } = this;
    return deployLabels({ service: this.service, entry, history, deployedAt: ctx.deployedAt, deployedBy: ctx.actor.by, keep: ctx.spec.container.keepImages });
  }

  /** One line of the manager's audit log; a failure to write it is a warning only. */
  private async audit(result: string, from: string, to: string): Promise<void> {
    try {
      await this.step(swarmAuditRecordStep(this.service, { action: this.ctx.mode, result, from, to, by: this.ctx.actor.by }), STEP_TIMEOUTS.preflight);
    } catch (err) {
      this.record.warn(`writing the audit log failed: ${errorMessage(err)}`);
    }
  }

  /** The service left alone: it already runs the digest asked for. */
  private async unchanged(state: SwarmState | undefined, previous: string, digest: string, why: string): Promise<SwarmResult> {
    const { record } = this;
    record.report.outcome = 'unchanged';
    record.report.running = 'new';
    record.report.message = why;
    record.say(`unchanged: ${why}`);
    await this.audit('unchanged', previous, digest);
    return { exitCode: EXIT.ok, state, previous, digest };
  }

  async deploy(): Promise<SwarmResult> {
    const { ctx, swarm, record } = this;
    const spec = ctx.spec;
    const image = spec.container.image!;
    const digest = image.digest!;
    const pre = await this.open();
    if (!pre) return { exitCode: rolloutExitCode([record.report]), why: record.report.message, previous: '', digest };
    const exists = pre.values.service === '1';
    const previous = exists ? digestOf(pre.values.image ?? '') : '';
    record.report.previousDigest = previous;
    if (exists && (pre.values.mode ?? 'replicated') !== swarm.mode) {
      throw inputError('swarm_mode', `'${swarm.mode}' but service ${this.service} is ${pre.values.mode}`, `${pre.values.mode} (Swarm cannot change a service's mode; remove the service to change it)`);
    }
    for (const n of swarm.notes) record.note(n);
    const labels = this.labels({ ref: ctx.imageRef, digest, revision: ctx.revision ?? '', deployedAt: '' }, withCurrent(parseHistory(pre.values.history ?? ''), pre.values.image ?? ''));
    const o = { swarm, container: spec.container, serviceLabels: labels.service, containerLabels: labels.container };
    const action = exists ? 'update' : 'create';
    const wanted = this.wanted(Number(pre.values.nodes ?? '1'));
    // Left alone when it already runs this digest, every task running, with these settings (the manager compares their hash).
    let skipSame = false;
    if (exists && previous === digest && !spec.force) {
      const now = await this.state();
      skipSame = allRunning(now, digest, wanted) && !['updating', 'paused', 'rollback_started', 'rollback_paused'].includes(now.updateState);
    }
    const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
    const args = spec.container.options.args;
    const configText = JSON.stringify({ flags: createFlags({ ...o, serviceLabels: [], containerLabels: [] }), env: spec.env, ...(args ? { args } : {}) });
    return this.applyAndWait({
      action, ref: ctx.imageRef, flags: exists ? updateFlags(o) : createFlags(o), args, env: spec.env, registry,
      network: spec.container.network, configText, skipSame, force: spec.force,
    }, { previous, digest, wanted, startedBefore: pre.values.update_started ?? '', what: `${action} service ${this.service}: ${ctx.imageRef}, ${swarm.mode === 'global' ? 'global' : `${swarm.replicas} replicas`}, ` +
      `${swarm.parallelism} at a time, ${swarm.order}, on failure ${swarm.failureAction}, monitor ${swarm.monitorSeconds} s` });
  }

  /** Applies the change, waits for Swarm's verdict, records it (report and audit log). */
  private async applyAndWait(apply: ApplyOptions, w: { previous: string; digest: string; wanted: number; startedBefore: string; what: string }): Promise<SwarmResult> {
    const { ctx, record } = this;
    const { previous, digest, wanted } = w;
    const exists = apply.action !== 'create';
    const started = ctx.clock.now();
    if (ctx.cancel?.reason) {
      record.skip(`${cancelledBy(ctx.cancel.reason)} before the update: nothing changed`);
      return { exitCode: EXIT.cancelled, why: record.report.message, previous, digest };
    }
    try {
      const out = await this.step(swarmApplyStep(this.service, apply), STEP_TIMEOUTS.create);
      if (out.values.unchanged === '1') {
        return this.unchanged(await this.state(), previous, digest, 'already runs this digest with these settings, every task running: left alone (force updates it)');
      }
    } catch (err) {
      record.fail('failed', 'previous', errorMessage(err));
      await this.audit('failed', previous, digest);
      return { exitCode: EXIT.rolledBack, why: errorMessage(err), previous, digest };
    }
    record.say(w.what);
    const wait = { digest, wanted, create: !exists, startedBefore: w.startedBefore };
    const r = await this.waitFor((s) => verdictOf(s, wait), this.deadlineSeconds(wanted), (v, s) => v === 'converged' && s.updateState !== 'completed', true);
    record.report.startSeconds = (ctx.clock.now() - started) / 1000;
    // Cancelled while Swarm updated (or before gantry returned its verdict): the service goes back.
    if (ctx.cancel?.reason && (r.verdict === 'cancelled' || r.verdict === 'converged')) return this.cancelUpdate(exists, r.state, previous, digest, wanted);
    const verdict = r.verdict as Verdict | 'timeout';
    const tasks = r.state ? currentTasks(r.state) : [];
    switch (verdict) {
      case 'converged':
        record.succeeded('new');
        await this.audit('ok', previous, digest);
        return { exitCode: EXIT.ok, state: r.state, previous, digest };
      case 'rolled-back':
        record.rolledBack(`Swarm rolled the update back to ${shortDigest(digestOf(r.state?.image ?? ''))}: ${r.state?.updateMessage || 'update failed'}`);
        await this.audit('rolled-back', previous, digest);
        return { exitCode: EXIT.rolledBack, why: record.report.message, state: r.state, previous, digest };
      case 'paused':
        record.fail('failed', 'unknown', `the update paused (rollback ${ctx.spec.rollback ? 'paused too' : 'is off'}): ${r.state?.updateMessage || ''}`);
        await this.audit('paused', previous, digest);
        return { exitCode: EXIT.mixed, why: record.report.message, state: r.state, previous, digest };
      default: {
        const errors = r.state ? [...new Set(failedTasks(r.state, digest).map((t) => t.error).filter(Boolean))].join('; ') : '';
        if (!exists) {
          const why = verdict === 'failing' ? 'the new service\'s tasks keep failing' : `the new service did not converge in ${this.deadlineSeconds(wanted)} s`;
          try {
            await this.step(swarmRemoveStep(this.service), STEP_TIMEOUTS.restore);
            record.fail('rolled back', 'previous', `${why}${errors ? `: ${errors}` : ''}; gantry removed the service it created`);
            await this.audit('removed', previous, digest);
            return { exitCode: EXIT.rolledBack, why: record.report.message, state: r.state, previous, digest };
          } catch (err) {
            record.fail('failed', 'unknown', `${why}; removing the service failed: ${errorMessage(err)}`);
            await this.audit('failed', previous, digest);
            return { exitCode: EXIT.mixed, why: record.report.message, state: r.state, previous, digest };
          }
        }
        record.fail('failed', 'unknown', `the update did not finish in ${this.deadlineSeconds(wanted)} s (update state ${r.state?.updateState || 'none'}; ${tasks.length} task(s))${errors ? `: ${errors}` : ''}`);
        await this.audit('failed', previous, digest);
        return { exitCode: EXIT.mixed, why: record.report.message, state: r.state, previous, digest };
      }
    }
  }

  /**
   * The run was cancelled during a deploy's update: a service gantry created is removed; an
   * updated one is rolled back by Swarm to the spec it ran before (`docker service rollback`),
   * and gantry waits for that rollback (it cannot be cancelled).
   */
  private async cancelUpdate(exists: boolean, state: SwarmState | undefined, previous: string, digest: string, wanted: number): Promise<SwarmResult> {
    const { record } = this;
    const why = cancelledBy(this.ctx.cancel?.reason ?? 'cancelled');
    try {
      if (!exists) {
        await this.step(swarmRemoveStep(this.service), STEP_TIMEOUTS.restore);
        record.rolledBack(`${why}: gantry removed the service it created`);
        record.say(`${why}: removed the service ${this.service} this run created`);
        await this.audit('removed', previous, digest);
        return { exitCode: EXIT.cancelled, why, state, previous, digest };
      }
      const before = state?.updateStarted ?? (await this.state()).updateStarted;
      await this.step(swarmRollbackStep(this.service), STEP_TIMEOUTS.create);
      record.say(`${why}: Swarm rolls ${this.service} back to the spec it ran before this run`);
      const r = await this.waitFor((s) => rollbackVerdictOf(s, before), this.deadlineSeconds(wanted), () => false);
      if (r.verdict === 'done') {
        record.rolledBack(`${why}: Swarm rolled the update back to ${shortDigest(digestOf(r.state?.image ?? '')) || 'the spec before'}`);
        await this.audit('rolled-back', previous, digest);
        return { exitCode: EXIT.cancelled, why: record.report.message, state: r.state, previous, digest };
      }
      record.fail('failed', 'unknown', `${why}: Swarm's rollback of the update ${r.verdict === 'paused' ? `paused: ${r.state?.updateMessage ?? ''}` : 'did not finish in time'}`);
      await this.audit(r.verdict === 'paused' ? 'paused' : 'failed', previous, digest);
      return { exitCode: EXIT.mixed, why: record.report.message, state: r.state, previous, digest };
    } catch (err) {
      record.fail('failed', 'unknown', `${why}: ${errorMessage(err)}`);
      await this.audit('failed', previous, digest);
      return { exitCode: EXIT.mixed, why: record.report.message, state, previous, digest };
    }
  }

  async rollBack(): Promise<SwarmResult> {
    const { record } = this;
    const pre = await this.open();
    // Not reached (or refused before any change): the same exit code as any target's host left as it was.
    if (!pre) return { exitCode: rolloutExitCode([record.report]), why: record.report.message, previous: '', digest: '' };
    if (pre.values.service !== '1') throw inputError('container_name', `no service ${this.service} on ${this.ctx.spec.hosts[0].label}`, 'the name of a swarm service gantry deployed');
    if (this.ctx.spec.rollbackTo) return this.rollBackTo(pre);
    if (!pre.values.previous_image) throw inputError('container_name', `service ${this.service} has no previous spec to roll back to`, 'a service updated at least once');
    const from = digestOf(pre.values.image ?? '');
    record.report.previousDigest = from;
    await this.step(swarmRollbackStep(this.service), STEP_TIMEOUTS.create);
    record.say(`Swarm rolls ${this.service} back to ${pre.values.previous_image}`);
    const before = pre.values.update_started ?? '';
    const r = await this.waitFor((s) => rollbackVerdictOf(s, before), this.deadlineSeconds(this.wanted(Number(pre.values.nodes ?? '1'))), () => false);
    const to = digestOf(r.state?.image ?? '');
    if (r.verdict === 'done') {
      record.succeeded('new');
      await this.audit('ok', from, to);
      return { exitCode: EXIT.ok, state: r.state, previous: from, digest: to };
    }
    record.fail('failed', 'unknown', r.verdict === 'paused' ? `the rollback paused: ${r.state?.updateMessage ?? ''}` : 'the rollback did not finish in time');
    await this.audit(r.verdict === 'paused' ? 'paused' : 'failed', from, to);
    return { exitCode: EXIT.mixed, why: record.report.message, state: r.state, previous: from, digest: to };
  }

  /**
   * rollback_to: an update of the image (and labels) to a version the service's history label
   * recorded; the rest of the spec stays as it is. Swarm rolls it like any update.
   */
  private async rollBackTo(pre: StepOutput): Promise<SwarmResult> {
    const { ctx, record } = this;
    const history = withCurrent(parseHistory(pre.values.history ?? ''), pre.values.image ?? '');
    const entry = findVersion(history, ctx.spec.rollbackTo, this.service);
    const from = digestOf(pre.values.image ?? '');
    record.report.previousDigest = from;
    const wanted = this.wanted(Number(pre.values.nodes ?? '1'));
    if (entry.digest === from) {
      const now = await this.state();
      if (allRunning(now, from, wanted)) return this.unchanged(now, from, from, `already runs ${describeEntry(entry)}: left alone`);
    }
    const labels = this.labels(entry, history);
    const flags = [...labels.service.map((l) => `--label-add=${l}`), ...labels.container.map((l) => `--container-label-add=${l}`)];
    const registry = ctx.spec.registry ? { server: registryOf(entry.ref), ...ctx.spec.registry } : undefined;
    return this.applyAndWait({ action: 'image', ref: entry.ref, flags, env: [], registry, force: ctx.spec.force }, {
      previous: from, digest: entry.digest, wanted, startedBefore: pre.values.update_started ?? '',
      what: `update service ${this.service} to ${entry.ref} (rollback_to ${ctx.spec.rollbackTo}: ${describeEntry(entry)})`,
    });
  }

  /** The manager's line, then one line per task: node and task, state, digest, error. */
  rows(o: SwarmResult): HostReport[] {
    const rows: HostReport[] = [{ ...this.record.report, newDigest: o.digest }];
    const s = o.state;
    if (!s) return rows;
    // Failed tasks only when the deploy failed: Swarm keeps a few old ones per slot, maybe of this digest.
    const latest = [...currentTasks(s), ...(o.exitCode === EXIT.ok ? [] : failedTasks(s, o.digest).slice(0, 10))];
    for (const t of latest) {
      const d = digestOf(t.image);
      const onNew = t.state === 'running' && d === o.digest;
      rows.push({
        host: `${this.nodeOf(s, t)} ${this.taskName(t)}`,
        outcome: onNew ? 'ok' : t.state === 'running' ? 'rolled back' : 'failed',
        running: onNew ? 'new' : t.state === 'running' && d === o.previous ? 'previous' : 'unknown',
        previousDigest: o.previous,
        newDigest: d,
        message: `${t.desired === 'running' ? '' : `desired ${t.desired}, `}${t.state}${t.error ? `: ${t.error}` : ''}`,
      });
    }
    return rows;
  }
}

/** The registry of an image reference recorded in the history ('' when it does not parse). */
function registryOf(ref: string): string {
  try {
    return parseImageRef(ref, 'rollback_to').registry;
  } catch {
    return '';
  }
}

/** The whole swarm deploy or rollback, as a rollout report whose exit code is Swarm's verdict. */
export async function runSwarm(ctx: RolloutContext<SwarmDeploySpec>): Promise<RolloutReport> {
  const started = ctx.clock.now();
  const run = new SwarmRun(ctx);
  let outcome: SwarmResult;
  try {
    outcome = ctx.mode === 'deploy' ? await run.deploy() : await run.rollBack();
  } finally {
    await run.close();
  }
  return {
    command: ctx.mode,
    service: ctx.spec.service,
    image: ctx.spec.container.image ? formatImageRef(ctx.spec.container.image) : undefined,
    batches: 1,
    stopped: outcome.exitCode === EXIT.ok ? undefined : outcome.why,
    ...(outcome.exitCode === EXIT.cancelled || (ctx.cancel?.reason && outcome.exitCode === EXIT.mixed) ? { cancelled: ctx.cancel?.reason } : {}),
    seconds: (ctx.clock.now() - started) / 1000,
    exitCode: outcome.exitCode,
    hosts: run.rows(outcome),
  };
}
