import { Reporter } from '../../reporter';
import { HostKeyVerdict } from '../connection/host-key';
import { HostReport, Outcome, Running } from './report';

/**
 * One host's line in the rollout report, and what the log says about it: every change of a
 * host's outcome goes through here, so the report and the log cannot disagree.
 */
export class HostRecord {
  readonly report: HostReport;

  constructor(readonly label: string, private readonly reporter: Reporter) {
    this.report = { host: label, outcome: 'skipped', running: 'previous' };
  }

  say(message: string): void {
    this.reporter.info(`${this.label}: ${message}`);
  }

  debug(message: string): void {
    this.reporter.debug(`${this.label}: ${message}`);
  }

  /** Kept in the report's notes and said. */
  note(message: string): void {
    (this.report.notes ??= []).push(message);
    this.say(message);
  }

  /** Kept in the report's notes and shown as a warning. */
  warn(message: string): void {
    (this.report.notes ??= []).push(message);
    this.reporter.warn(`${this.label}: ${message}`);
  }

  hostKey(verdict: HostKeyVerdict): void {
    this.report.hostKey = `${verdict.keyType} ${verdict.fingerprint}`;
  }

  fail(outcome: Outcome, running: Running, message: string): void {
    this.report.outcome = outcome;
    this.report.running = running;
    this.report.message = message;
    this.say(`${outcome}: ${message}`);
  }

  succeeded(running: Running): void {
    this.report.outcome = 'ok';
    this.report.running = running;
  }

  rolledBack(message: string): void {
    this.report.outcome = 'rolled back';
    this.report.running = 'previous';
    this.report.message = message;
  }

  skip(reason: string): void {
    this.report.outcome = 'skipped';
    this.report.running = 'previous';
    this.report.message = reason;
  }
}
