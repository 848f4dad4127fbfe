/**
 * deploy_target binary on one host: the same protocol as the container target (pinned key, lock,
 * converge, health gate, restore, fleet undo, report), over releases under binary_root instead of
 * containers. In the report, previousDigest/newDigest hold release versions (<commit_time>-<short_sha>).
 */
import * as path from 'path';
import { errorMessage } from '../../../errors';
import { StepFailure } from '../../steps/run-step';
import { HostRunBase, HostSteps, STEP_TIMEOUTS } from '../../rollout/target-run';
import { BinaryDeploySpec } from '../../spec/deploy-spec';
import { AuditEntry, StepOutput, listValues } from '../../steps/render';
import { Running } from '../../rollout/report';
import { BinarySpec, binaryFor } from './binary-spec';
import {
  binaryConvergeStep, binaryFinalizeStep, binaryHealthStep, binaryPreflightStep, binaryResolveStep, binaryRestoreStep,
  binaryRetireStep, binaryStageStep, binarySwitchStep,
} from './binary-steps';
import { cancelStep } from '../../rollout/cancellation';

/** Seconds an upload (SFTP, or an exec channel where the host has no SFTP) may take. */
export const UPLOAD_LIMIT = 600;

export class BinaryHostRun extends HostRunBase<BinaryDeploySpec> {
  private machine = '';
  /** A deploy's probe, run with converge: have=1, or upload= and new_release=. */
  private probe?: StepOutput;

  private get binary(): BinarySpec {
    return this.ctx.spec.binary;
  }

  protected readonly steps: HostSteps = {
    preflight: () => binaryPreflightStep(this.binary, this.ctx.spec.health.url !== ''),
    converge: () => [binaryConvergeStep(this.binary, this.ctx.actor.by, this.shipped())],
    health: (_target, cancel) => {
      const h = this.ctx.spec.health;
      return binaryHealthStep(this.binary, { cmd: h.cmd, url: h.url, timeoutSeconds: h.timeout, cancel });
    },
    cancel: (mark) => cancelStep(this.binary.name, mark),
    restore: (audit) => binaryRestoreStep(this.binary, audit),
    finalize: (audit) => binaryFinalizeStep(this.binary, audit),
    resolve: (want) => binaryResolveStep(this.binary, want),
    values: { current: 'current', source: 'source_release', previous: 'previous_release' },
    words: {
      leftInPlace: 'rollback is off: current is left on the failed release',
      removedNone: 'removed current: nothing ran here before',
      restored: (what) => `current back on ${what}, restarted`,
      restoredUnit: 'the restored release',
      started: (source) => `current -> ${source}, restarted`,
      healthyUnit: 'the release',
    },
  };

  protected override preflighted(pre: StepOutput): void {
    this.machine = pre.values.machine ?? '';
    this.record.debug(`${this.machine} as ${pre.values.user}, releases in ${pre.values.root}`);
  }

  /** A deploy's binary for this host's machine (its SHA-256), '' for a rollback or a machine with none (deploy says why). */
  private shipped(): string {
    if (this.ctx.mode !== 'deploy') return '';
    const built = binaryFor(this.binary, this.machine);
    return typeof built === 'string' ? '' : built.sha256;
  }

  protected override converged(out: StepOutput): void {
    this.probe = out;
  }

  protected override pruned(releases: readonly string[]): void {
    if (releases.length > 0) this.record.say(`removed old releases ${releases.join(', ')}`);
  }

  async deploy(): Promise<void> {
    if (!(await this.open())) return;
    const b = this.binary;
    const built = binaryFor(b, this.machine);
    if (typeof built === 'string') {
      this.record.fail('failed', 'previous', built);
      return;
    }
    this.report.newDigest = b.version;
    try {
      const t0 = this.ctx.clock.now();
      const probe = this.probe;
      if (!probe || (probe.values.have === undefined)) throw new StepFailure('binary-converge', 0, 'binary-converge: did not probe for the binary');
      let upload = '';
      if (probe.values.have === '1') {
        this.report.uploadedBytes = 0;
        this.record.say(`release ${b.version} already holds this ${built.platform} binary: nothing to upload`);
      } else {
        upload = probe.values.upload ?? '';
        if (!upload) throw new StepFailure('binary-converge', 0, 'binary-converge: named no upload path');
        const conn = this.conn!;
        this.report.uploadedBytes = await conn.upload(path.join(b.dir, built.file), upload, UPLOAD_LIMIT, (m) => this.record.note(m)).catch((err: unknown) => {
          throw new StepFailure('upload', null, `upload: ${errorMessage(err)}`);
        });
        this.record.say(`uploaded ${built.file} (${this.report.uploadedBytes} bytes) in ${this.since(t0).toFixed(1)} s`);
      }
      const staged = await this.step(binaryStageStep(b, {
        sha256: built.sha256, upload, newRelease: probe.values.new_release === '1', env: this.ctx.spec.env,
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
    await this.switchTo(b.version, this.audit('deploy', this.report.previousDigest, b.version), 'previous', 'new');
  }

  async rollBack(): Promise<void> {
    if (!(await this.open())) return;
    if (!this.ctx.spec.rollbackTo) {
      await this.switchTo('', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
      return;
    }
    if (!this.resolved && (await this.resolveRollbackTo()) !== undefined) return;
    const wanted = this.resolved!.values.release ?? '';
    this.report.newDigest = wanted;
    if (this.alreadyRuns(wanted)) return;
    await this.switchTo(wanted, this.audit('rollback', this.report.previousDigest, wanted), 'previous', 'new');
  }

  /** Switch current to `version` ('' = the host's previous release), gate, finalize; restore on failure. */
  private switchTo(version: string, audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    return this.switchAndGate(binarySwitchStep(this.binary, version), !version, audit, from, to);
  }

  protected async retire(audit: AuditEntry): Promise<string> {
    await this.step(binaryRetireStep(this.binary, audit), STEP_TIMEOUTS.restore);
    return 'current was removed and the program restarted';
  }

  protected switchBack(before: string, audit: AuditEntry): Promise<boolean> {
    return this.switchTo(before, audit, 'new', 'previous');
  }
}
