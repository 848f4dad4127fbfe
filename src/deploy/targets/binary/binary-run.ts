/**
 * deploy_target binary on one host: the same protocol as the container target (pinned key, lock,
 * converge, health gate, restore, fleet undo, report), over releases under binary_root instead of
 * containers. In the report, previousDigest/newDigest hold release versions (<commit_time>-<short_sha>).
 */
import * as path from 'path';
import { errorMessage } from '../../../errors';
import { StepFailure } from '../../steps/run-step';
import { HostRunBase, STEP_TIMEOUTS, connectHost, takeLock } from '../../rollout/target-run';
import { AuditEntry, STEP_EXIT, StepOutput, listValues, parseStepOutput } from '../../steps/render';
import { Running } from '../../rollout/report';
import { BinarySpec, binaryFor } from './binary-spec';
import {
  binaryConvergeStep, binaryFinalizeStep, binaryHealthStep, binaryPreflightStep, binaryProbeStep, binaryResolveStep, binaryRestoreStep,
  binaryRetireStep, binaryStageStep, binarySwitchStep,
} from './binary-steps';
import { CANCEL_STEP_SECONDS, cancelMarkId, cancelStep, cancellableGate, cancelledBeforeSwitch, recordCancelled } from '../../rollout/cancellation';

/** Seconds an SFTP upload may take. */
export const UPLOAD_LIMIT = 600;

export class BinaryHostRun extends HostRunBase {
  private machine = '';

  private get b(): BinarySpec {
    return this.ctx.spec.binary!;
  }

  /** Connects, checks the host, takes the lock, repairs an interrupted run. False when the host is out. */
  private async open(): Promise<boolean> {
    const { record } = this;
    this.conn = await connectHost(this.target, this.ctx, record);
    if (!this.conn) return false;
    try {
      const pre = await this.step(binaryPreflightStep(this.b, this.ctx.spec.container.healthUrl !== ''), STEP_TIMEOUTS.preflight);
      this.machine = pre.values.machine ?? '';
      record.debug(`${this.machine} as ${pre.values.user}, releases in ${pre.values.root}`);
      this.lock = await takeLock(this.conn, this.ctx, record, this.b.name, this.token);
    } catch (err) {
      record.fail('failed', 'previous', errorMessage(err));
      return false;
    }
    try {
      const c = await this.step(binaryConvergeStep(this.b, this.ctx.actor.by), STEP_TIMEOUTS.converge);
      for (const fixed of listValues(c, 'fixed')) record.note(fixed);
      this.report.previousDigest = c.values.current ?? '';
    } catch (err) {
      record.fail('failed', 'unknown', errorMessage(err));
      return false;
    }
    return true;
  }

  async deploy(): Promise<void> {
    if (!(await this.open())) return;
    const b = this.b;
    const built = binaryFor(b, this.machine);
    if (typeof built === 'string') {
      this.record.fail('failed', 'previous', built);
      return;
    }
    this.report.newDigest = b.version;
    try {
      const t0 = this.ctx.clock.now();
      const probe = await this.step(binaryProbeStep(b, built.sha256), STEP_TIMEOUTS.create);
      let upload = '';
      if (probe.values.have === '1') {
        this.report.uploadedBytes = 0;
        this.record.say(`release ${b.version} already holds this ${built.platform} binary: nothing to upload`);
      } else {
        upload = probe.values.upload ?? '';
        if (!upload) throw new StepFailure('binary-probe', 0, 'binary-probe: named no upload path');
        const conn = this.conn!;
        this.report.uploadedBytes = await conn.upload(path.join(b.dir, built.file), upload, UPLOAD_LIMIT).catch((err: unknown) => {
          throw new StepFailure('upload', null, `upload: ${errorMessage(err)}`);
        });
        this.record.say(`uploaded ${built.file} (${this.report.uploadedBytes} bytes) in ${this.since(t0).toFixed(1)} s`);
      }
      const staged = await this.step(binaryStageStep(b, {
        sha256: built.sha256, upload, newRelease: probe.values.new_release === '1', env: this.ctx.spec.container.env,
      }), STEP_TIMEOUTS.create);
      this.report.pullSeconds = this.since(t0);
      if (staged.values.unit_installed) {
        this.record.say(`installed ${staged.values.unit_installed}:\n${listValues(staged, 'unit').join('\n')}`);
        this.record.note(`installed ${staged.values.unit_installed}`);
      }
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return;
    }
    if (this.report.previousDigest === b.version) this.record.note(`already runs ${b.version}: restarting it anyway (current settings)`);
    await this.switchAndGate(b.version, this.audit('deploy', this.report.previousDigest, b.version), 'previous', 'new');
  }

  async rollBack(): Promise<void> {
    if (!(await (this.opened ??= this.open()))) return;
    const want = this.ctx.spec.rollbackTo;
    if (!want) {
      await this.switchAndGate('', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
      return;
    }
    if (!this.wanted && (await this.resolveRollbackTo()) !== undefined) return;
    this.report.newDigest = this.wanted;
    if (this.wanted === this.report.previousDigest && !this.ctx.spec.force) {
      Object.assign(this.report, { outcome: 'unchanged', running: 'new', message: `already runs ${this.wanted}` });
      this.record.say(`unchanged: already runs ${this.wanted}`);
      return;
    }
    await this.switchAndGate(this.wanted, this.audit('rollback', this.report.previousDigest, this.wanted), 'previous', 'new');
  }

  private opened?: Promise<boolean>;
  /** rollback_to's release on this host, once resolved. */
  private wanted = '';

  /** rollback_to, before any host changes: connects, locks, finds the release among those kept here; the error line when not. */
  async resolveRollbackTo(): Promise<string | undefined> {
    if (!(await (this.opened ??= this.open()))) return this.report.message;
    try {
      this.wanted = (await this.step(binaryResolveStep(this.b, this.ctx.spec.rollbackTo), STEP_TIMEOUTS.preflight)).values.release ?? '';
      return undefined;
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return this.report.message;
    }
  }

  /** The release's health gate; a forward switch's gate (cancellable) stops early when the run is cancelled. */
  private async healthGate(cancellable = false): Promise<{ seconds: number; out: StepOutput }> {
    const t = this.ctx.clock.now();
    const c = this.ctx.spec.container;
    const mark = cancellable && this.ctx.cancel ? cancelMarkId() : undefined;
    const out = await cancellableGate(mark ? this.ctx.cancel : undefined, () => this.step(cancelStep(this.b.name, mark!), CANCEL_STEP_SECONDS),
      () => this.step(binaryHealthStep(this.b, { cmd: c.healthCmd, url: c.healthUrl, timeoutSeconds: c.healthTimeout, cancel: mark }), c.healthTimeout + 60));
    return { seconds: this.since(t), out };
  }

  /** After a failed switch or health gate: current back to the release before, restarted, gated. */
  private async restore(audit: AuditEntry, switchedFrom: Running): Promise<Running> {
    const { record } = this;
    if (!this.ctx.spec.rollback && !this.ctx.cancel?.cancelled) {
      record.note('rollback is off: current is left on the failed release');
      return 'unknown';
    }
    try {
      const r = await this.step(binaryRestoreStep(this.b, audit), STEP_TIMEOUTS.restore);
      if (r.values.restored === 'none') {
        record.say('removed current: nothing ran here before');
        return switchedFrom;
      }
      record.say(`current back on ${r.values.restored}, restarted`);
      try {
        await this.healthGate();
        record.say('the restored release is healthy');
      } catch (err) {
        record.note(`the restored release is not healthy either: ${errorMessage(err)}`);
      }
      return switchedFrom;
    } catch (err) {
      record.note(`could not restore what ran before: ${errorMessage(err)}`);
      return 'unknown';
    }
  }

  /** Switch current to `version` ('' = the host's previous release), gate, finalize; restore on failure. */
  private async switchAndGate(version: string, audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    const { clock } = this.ctx;
    const t = clock.now();
    let tHealth = 0;
    if (to === 'new' && cancelledBeforeSwitch(this.ctx.cancel, this.record)) return false;
    try {
      const sw = await this.step(binarySwitchStep(this.b, version), STEP_TIMEOUTS.switch);
      if (!version) {
        this.report.newDigest = sw.values.source_release;
        audit = { ...audit, to: sw.values.source_release ?? '' };
      }
      this.report.previousDigest ??= sw.values.previous_release;
      this.report.startSeconds = this.since(t);
      this.record.say(`current -> ${sw.values.source_release}, restarted; health gate up to ${this.ctx.spec.container.healthTimeout} s`);
      tHealth = clock.now();
      const gate = await this.healthGate(to === 'new');
      this.report.healthSeconds = gate.seconds;
      this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === 'binary-health') {
        this.report.healthSeconds = this.since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      }
      if (err instanceof StepFailure && err.step === 'binary-switch' && err.code === STEP_EXIT.nothingToSwitch) {
        this.record.fail('failed', from, errorMessage(err));
        return false;
      }
      const running = await this.restore({ ...audit }, from);
      if (to !== 'new' || !recordCancelled(this.ctx.cancel, this.record, running, errorMessage(err))) this.record.fail('failed', running, errorMessage(err));
      return false;
    }
    try {
      const fin = await this.step(binaryFinalizeStep(this.b, audit), STEP_TIMEOUTS.finalize);
      const pruned = listValues(fin, 'pruned');
      if (pruned.length > 0) this.record.say(`removed old releases ${pruned.join(', ')}`);
    } catch (err) {
      this.record.fail('failed', 'unknown', `${errorMessage(err)} (the release is healthy, but the host's records are incomplete)`);
      return false;
    }
    this.record.succeeded(to);
    this.record.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
    return true;
  }

  protected async retire(audit: AuditEntry): Promise<string> {
    await this.step(binaryRetireStep(this.b, audit), STEP_TIMEOUTS.restore);
    return 'current was removed and the program restarted';
  }

  protected switchBack(before: string, audit: AuditEntry): Promise<boolean> {
    return this.switchAndGate(before, audit, 'new', 'previous');
  }
}
