import { randomBytes } from 'crypto';
import { Reporter } from '../../reporter';
import { errorMessage } from '../../errors';
import { Clock } from './clock';
import { DeploySpec } from '../spec/deploy-spec';
import { HostConnection } from '../connection/host-connection';
import { HostTarget } from '../spec/host-list';
import { HostKeyVerdict } from '../connection/host-key';
import { HostLock } from './host-lock';
import { HostRecord } from './host-record';
import { StepFailure, runStep } from '../steps/run-step';
import { ConnectError } from '../connection/connect-error';
import { HostReport, Running } from './report';
import {
  AuditEntry, RemoteStep, STEP_EXIT, StepOutput, convergeStep, createStep, finalizeStep, healthStep,
  listValues, parseStepOutput, preflightStep, pullStep, restoreStep, retireStep, switchStep,
} from '../steps/render';
import { cloneLiveStep, discardStep, proxyConvergeStep, resolveVersionStep, proxyRetireStep, proxySwitchStep, startBesideStep, unchangedStep, unrouteStep } from '../targets/container/proxy/proxy-steps';
import { routeFileName, routeLine, tlsPolicyLine, upstreamAlias } from '../targets/container/proxy/proxy-config';
import { preSwitchStep } from '../spec/shell-words';

export { StepFailure } from '../steps/run-step';

/** Who deploys: recorded in locks, labels and the audit log. */
export interface Actor {
  readonly by: string;
  /** The machine gantry runs on. */
  readonly runner: string;
  readonly pid: number;
}

/** Time limits, in seconds. Tests shorten none of them: they are limits, not delays. */
export const LIMITS = {
  connect: 20,
  preflight: 60,
  lockAttempt: 60,
  lockRetry: 2,
  /** A lock whose holder has not refreshed it for this long (and runs no step) may be broken. */
  lockStale: 120,
  heartbeat: 20,
  converge: 180,
  pull: 1800,
  create: 180,
  switch: 180,
  finalize: 300,
  restore: 180,
  release: 30,
  unchanged: 60,
  /** pre_switch_cmd's own limit (migrations may be slow). */
  preSwitch: 1800,
  /** Includes waiting up to 120 s for the host-wide proxy lock and a new proxy's start. */
  proxy: 300,
};

export type Connector = (target: HostTarget) => Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }>;

export interface RolloutContext {
  readonly mode: 'deploy' | 'rollback';
  readonly spec: DeploySpec;
  readonly actor: Actor;
  readonly reporter: Reporter;
  readonly deployedAt: string;
  /**
   * What every host pulls: repository@digest, pinned on the runner before any host runs, so
   * hosts deployed at once cannot end on different images. Empty for a rollback.
   */
  readonly imageRef: string;
  /** The image's org.opencontainers.image.revision as the registry gives it ('' when unknown; the swarm target labels it). */
  readonly revision?: string;
  readonly connect: Connector;
  readonly clock: Clock;
  readonly isAlive: (pid: number) => boolean;
}

/** Connects to a host, recording its key; undefined (the host's failure recorded) when it cannot. */
export async function connectHost(target: HostTarget, ctx: RolloutContext, record: HostRecord): Promise<HostConnection | undefined> {
  try {
    const { connection, verdict } = await ctx.connect(target);
    if (verdict) {
      record.hostKey(verdict);
      if (verdict.how === 'accept-new') {
        ctx.reporter.warn(`${target.label}: accepted a host key not in known_hosts (ssh_host_key_policy accept-new): ${verdict.keyType} ${verdict.fingerprint}; pin it with: ${verdict.knownHostsLine}`);
        (record.report.notes ??= []).push(`accepted new host key ${verdict.keyType} ${verdict.fingerprint}`);
      } else record.say(`connected, host key ${verdict.keyType} ${verdict.fingerprint} matches the pin`);
    } else record.say('using the local engine');
    return connection;
  } catch (err) {
    if (err instanceof ConnectError) {
      const outcome = err.kind === 'unreachable' ? 'unreachable' : err.kind === 'host-key' ? 'refused host key' : 'failed';
      if (err.verdict) record.hostKey(err.verdict);
      record.fail(outcome, 'previous', err.message);
    } else record.fail('failed', 'previous', `connect: ${errorMessage(err)}`);
    return undefined;
  }
}

/** Takes the service's lock on a host (waiting up to lock_timeout); throws when it cannot. */
export async function takeLock(conn: HostConnection, ctx: RolloutContext, record: HostRecord, service: string, token: string): Promise<HostLock> {
  const lock = new HostLock(conn, {
    service,
    owner: { token, by: ctx.actor.by, runner: ctx.actor.runner, pid: ctx.actor.pid },
    waitSeconds: ctx.spec.lockTimeout,
    limits: { attempt: LIMITS.lockAttempt, retry: LIMITS.lockRetry, stale: LIMITS.lockStale, heartbeat: LIMITS.heartbeat, release: LIMITS.release },
    clock: ctx.clock,
    isAlive: ctx.isAlive,
    say: (m) => record.say(m),
    note: (m) => record.note(m),
    warn: (m) => record.warn(m),
    debug: (m) => record.debug(m),
  });
  await lock.take();
  return lock;
}

/** What rollout.ts drives on each host, whatever the deploy target. */
export interface TargetRun {
  readonly target: HostTarget;
  readonly report: HostReport;
  deploy(): Promise<void>;
  rollBack(): Promise<void>;
  undo(reason: string): Promise<void>;
  crashed(err: unknown): void;
  skip(reason: string): void;
  close(): Promise<void>;
  /** pre_switch_cmd on this host (targets that have it). */
  preSwitch?(): Promise<boolean>;
  /** Checks that rollback_to names a version this host keeps; the reason when not (targets that have it). */
  resolveRollbackTo?(): Promise<string | undefined>;
}

/** One host's part of a rollout: the per-host state machine over its connection, its lock and its steps. */
/**
 * What every per-host target run shares: its report line, connection, lock, step plumbing, the
 * fleet's undo and the close. A target fills in deploy, rollBack, how it retires a first deploy
 * and how it switches back.
 */
export abstract class HostRunBase implements TargetRun {
  protected readonly record: HostRecord;
  protected conn?: HostConnection;
  protected lock?: HostLock;
  protected readonly token = randomBytes(12).toString('hex');

  constructor(readonly target: HostTarget, protected readonly ctx: RolloutContext) {
    this.record = new HostRecord(target.label, ctx.reporter);
  }

  get report(): HostReport {
    return this.record.report;
  }

  abstract deploy(): Promise<void>;
  abstract rollBack(): Promise<void>;

  /** Takes the target off a host that ran nothing before this run; returns what it did, for the report. */
  protected abstract retire(audit: AuditEntry): Promise<string>;

  /** Switches the host back to `before` (health-gated); false when that failed (recorded). */
  protected abstract switchBack(before: string, audit: AuditEntry): Promise<boolean>;

  protected since(t: number): number {
    return (this.ctx.clock.now() - t) / 1000;
  }

  protected step(s: RemoteStep, timeoutSeconds: number): Promise<StepOutput> {
    if (!this.conn) return Promise.reject(new StepFailure(s.name, null, `${s.name}: not connected`));
    return runStep(this.conn, s, timeoutSeconds, (m) => this.record.debug(m));
  }

  protected audit(action: AuditEntry['action'], from?: string, to?: string): AuditEntry {
    return { action, by: this.ctx.actor.by, from: from ?? '', to: to ?? '' };
  }

  /** The fleet failed: put this host (ok in this run) back on what it ran before the run. */
  async undo(reason: string): Promise<void> {
    if (this.report.outcome !== 'ok') return;
    const { record } = this;
    record.say(`rolling back: ${reason}`);
    const before = this.report.previousDigest;
    if (before && before === this.report.newDigest) {
      record.rolledBack(`${reason}; it ran ${before} before this run already: nothing to undo`);
      record.say('nothing to roll back: it ran this version before the run');
      return;
    }
    if (!before) {
      try {
        const did = await this.retire(this.audit(this.ctx.mode, this.report.newDigest, ''));
        record.rolledBack(`${reason}; nothing ran here before, so ${did}`);
        record.say(`rolled back: ${did} (nothing ran here before)`);
      } catch (err) {
        record.fail('failed', 'unknown', `could not roll back: ${errorMessage(err)}`);
      }
      return;
    }
    // The switch back rewrites the report's figures; the report keeps those of this run's deploy.
    const saved = { ...this.report };
    const ok = await this.switchBack(before, this.audit(this.ctx.mode, this.report.newDigest, before));
    Object.assign(this.report, {
      previousDigest: saved.previousDigest, newDigest: saved.newDigest, pullSeconds: saved.pullSeconds, uploadedBytes: saved.uploadedBytes,
      startSeconds: saved.startSeconds, healthSeconds: saved.healthSeconds,
    });
    if (ok) {
      record.rolledBack(reason);
      record.say(`rolled back to ${before}`);
    } else {
      this.report.message = `could not roll back: ${this.report.message}`;
    }
  }

  /** A defect, not a host's failure: say so, and do not claim to know what the host runs. */
  crashed(err: unknown): void {
    this.record.fail('failed', 'unknown', `internal error: ${errorMessage(err)}`);
  }

  /** Marks a host the rollout never reached. */
  skip(reason: string): void {
    this.record.skip(reason);
  }

  /** Releases the lock and the connection. */
  async close(): Promise<void> {
    try {
      await this.lock?.release();
    } catch (err) {
      this.record.warn(`could not release the lock: ${errorMessage(err)}`);
    }
    this.lock = undefined;
    await this.conn?.close();
    this.conn = undefined;
  }
}

/** One host's part of a rollout (the container target): its state machine over its connection, lock and steps. */
export class HostRun extends HostRunBase {
  private get service(): string {
    return this.ctx.spec.container.name;
  }

  /** Connects, checks docker, takes the lock and repairs what an interrupted run left. False when the host is out. */
  private async open(): Promise<boolean> {
    const { record } = this;
    this.conn = await connectHost(this.target, this.ctx, record);
    if (!this.conn) return false;
    try {
      const pre = await this.step(preflightStep(this.service, this.ctx.spec.container.healthUrl !== '' || this.ctx.spec.proxy !== undefined), LIMITS.preflight);
      record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
      this.lock = await takeLock(this.conn, this.ctx, record, this.service, this.token);
    } catch (err) {
      record.fail('failed', 'previous', errorMessage(err));
      return false;
    }
    try {
      if (this.ctx.spec.proxy) {
        const pc = await this.step(proxyConvergeStep(this.service, this.ctx.actor.by), LIMITS.converge);
        for (const fixed of listValues(pc, 'fixed')) this.record.note(fixed);
      }
      const c = await this.step(convergeStep(this.service, this.ctx.actor.by), LIMITS.converge);
      for (const fixed of listValues(c, 'fixed')) record.note(fixed);
      this.report.previousDigest = c.values.current_digest ?? '';
    } catch (err) {
      record.fail('failed', 'unknown', errorMessage(err));
      return false;
    }
    return true;
  }

  private healthOptions(target: 'name' | 'new' | 'prev' = 'name') {
    const c = this.ctx.spec.container;
    const p = this.ctx.spec.proxy;
    return {
      cmd: c.healthCmd, url: c.healthUrl, timeoutSeconds: c.healthTimeout, target,
      probe: p && p.healthPath ? { port: p.appPort, path: p.healthPath } : undefined,
    };
  }

  /** Health gate of what runs under the name now (or of the container started beside it); returns the seconds it took. */
  private async healthGate(target: 'name' | 'new' | 'prev' = 'name'): Promise<{ seconds: number; out: StepOutput }> {
    const t = this.ctx.clock.now();
    const out = await this.step(healthStep(this.service, this.healthOptions(target)), this.ctx.spec.container.healthTimeout + 60);
    return { seconds: this.since(t), out };
  }

  /**
   * After a failed switch or health gate: put back what ran before, and check it is healthy.
   * Returns what the host serves afterwards, relative to the switch that failed.
   */
  private async restore(audit: AuditEntry, switchedFrom: Running): Promise<Running> {
    const { record } = this;
    if (!this.ctx.spec.rollback) {
      record.note('rollback is off: the failed container is left in place');
      return 'unknown';
    }
    try {
      const r = await this.step(restoreStep(this.service, audit), LIMITS.restore);
      if (r.values.restored === 'none') {
        record.say('removed the failed container; nothing ran here before');
        return switchedFrom;
      }
      record.say(`restored ${r.values.restored}`);
      try {
        await this.healthGate();
        record.say('the restored container is healthy');
      } catch (err) {
        record.note(`the restored container is not healthy either: ${errorMessage(err)}`);
      }
      return switchedFrom;
    } catch (err) {
      record.note(`could not restore what ran before: ${errorMessage(err)}`);
      return 'unknown';
    }
  }

  private pulled?: Promise<{ ref: string; digest: string } | undefined>;

  /** Connects, locks and pulls the image, once; undefined (and the report says why) when that failed. */
  private pullOnce(): Promise<{ ref: string; digest: string } | undefined> {
    this.pulled ??= (async () => {
      if (!(await (this.opened ??= this.open()))) return undefined;
      const { spec } = this.ctx;
      try {
        const t0 = this.ctx.clock.now();
        const { imageRef } = this.ctx;
        this.record.say(`pulling ${imageRef}`);
        const image = spec.container.image!;
        const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
        const pulled = await this.step(pullStep(this.service, imageRef, image.repository, registry, spec.proxy ? [spec.proxy.image] : []), LIMITS.pull);
        this.report.pullSeconds = this.since(t0);
        const digest = pulled.values.digest || (image.digest ?? '');
        this.report.newDigest = digest;
        const ref = imageRef;
        this.record.say(`pulled ${digest || ref} in ${this.report.pullSeconds.toFixed(1)} s`);
        return { ref, digest };
      } catch (err) {
        this.record.fail('failed', 'previous', errorMessage(err));
        return undefined;
      }
    })();
    return this.pulled;
  }

  /** pre_switch_cmd on this host (the first), before any host switches; false when it failed. */
  async preSwitch(): Promise<boolean> {
    const pulled = await this.pullOnce();
    if (!pulled) return false;
    const { spec } = this.ctx;
    this.record.say(`running pre_switch_cmd in a one-off container of ${pulled.ref}`);
    try {
      const out = await this.step(preSwitchStep(this.service, {
        ref: pulled.ref, args: spec.preSwitch, env: spec.container.env, network: spec.container.network, proxy: spec.proxy !== undefined,
        timeoutSeconds: LIMITS.preSwitch,
      }), LIMITS.preSwitch + 60);
      for (const l of listValues(out, 'log')) this.ctx.reporter.info(`${this.target.label} pre_switch_cmd | ${l}`);
      this.record.say('pre_switch_cmd succeeded');
      return true;
    } catch (err) {
      if (err instanceof StepFailure) this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      this.record.fail('failed', 'previous', `${errorMessage(err)}; nothing was switched on any host`);
      return false;
    }
  }

  /** The host's whole deploy, recorded in this.report; never throws. */
  async deploy(): Promise<void> {
    const pulled = await this.pullOnce();
    if (!pulled) return;
    const { spec } = this.ctx;
    const c = spec.container;
    const { ref, digest: newDigest } = pulled;
    let configHash = '';
    let alias: string | undefined;
    try {
      const same = await this.step(unchangedStep(this.service, {
        digest: newDigest, configText: this.configText(), healthUrl: c.healthUrl,
        probe: spec.proxy ? { port: spec.proxy.appPort, path: spec.proxy.healthPath } : undefined,
      }), LIMITS.unchanged);
      configHash = same.values.config_hash ?? '';
      if (same.values.unchanged === '1') {
        if (!spec.force) {
          this.report.outcome = 'unchanged';
          this.report.running = 'new';
          this.report.message = 'already runs this digest with these settings, healthy: left alone (force redeploys)';
          this.record.say(`unchanged: already runs ${newDigest} with these settings, healthy`);
          return;
        }
        this.record.note(`already runs ${newDigest} with these settings: redeploying (force)`);
      } else if (newDigest && newDigest === this.report.previousDigest) {
        this.record.note(`already runs ${newDigest}, but ${same.values.why ?? 'not as asked'}: replacing it`);
      }
      alias = spec.proxy ? upstreamAlias(this.service, randomBytes(4).toString('hex')) : undefined;
      const t1 = this.ctx.clock.now();
      await this.step(createStep(this.service, {
        ref, digest: newDigest, ports: c.ports, env: c.env, volumes: c.volumes, network: c.network, restart: c.restart,
        deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by, alias, configHash: configHash || undefined,
      }), LIMITS.create);
      this.report.startSeconds = this.since(t1);
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return;
    }
    await this.release('new', this.audit('deploy', this.report.previousDigest, newDigest), 'previous', 'new');
  }

  /** What makes a container what it is besides its image: hashed on the host with a salt to spot an unchanged host. */
  private configText(): string {
    const { container: c, proxy } = this.ctx.spec;
    return JSON.stringify({
      ports: c.ports, env: c.env, volumes: c.volumes, network: c.network, restart: c.restart,
      proxy: proxy ? { port: proxy.port, appPort: proxy.appPort, hosts: proxy.hosts } : null,
    });
  }

  /** Switches to `source` the way the mode says: stop-then-start, or beside-then-proxy. */
  private release(source: 'new' | 'prev', audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    return this.ctx.spec.proxy ? this.proxyRelease(source, audit, from, to) : this.switchAndGate(source, audit, from, to);
  }

  /**
   * Proxy mode: start `source` beside what serves, health-gate it on its own address, switch the
   * proxy, drain and stop the old container, finalize. A failure before the switch leaves the
   * proxy and the serving container untouched.
   */
  private async proxyRelease(source: 'new' | 'prev', audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    const proxy = this.ctx.spec.proxy!;
    const t = this.ctx.clock.now();
    let tHealth = 0;
    let alias = '';
    const discard = async () => {
      try {
        await this.step(discardStep(this.service, source, audit), LIMITS.restore);
      } catch (err) {
        this.record.note(`could not remove the container that failed: ${errorMessage(err)}`);
      }
    };
    try {
      const st = await this.step(startBesideStep(this.service, source), LIMITS.switch);
      alias = st.values.alias ?? '';
      if (source === 'prev') {
        this.report.newDigest = st.values.source_digest;
        audit = { ...audit, to: st.values.source_digest ?? '' };
      }
      this.report.previousDigest ??= st.values.previous_digest;
      this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      this.record.say(`started ${st.values.source_digest || 'the new container'} beside the serving one; health gate up to ${this.ctx.spec.container.healthTimeout} s`);
      tHealth = this.ctx.clock.now();
      const gate = await this.healthGate(source);
      this.report.healthSeconds = gate.seconds;
      this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === 'health') {
        this.report.healthSeconds = this.since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      } else if (!tHealth) this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      if (!(err instanceof StepFailure && err.code === STEP_EXIT.nothingToSwitch)) await discard();
      this.record.fail('failed', from, `${errorMessage(err)}; the proxy was not switched`);
      return false;
    }
    const tSwitch = this.ctx.clock.now();
    try {
      const sw = await this.step(proxySwitchStep(this.service, {
        src: source, port: proxy.port, image: proxy.image, hosts: proxy.hosts, alias,
        routeFile: routeFileName(this.service, proxy.hosts), route: routeLine(this.service, proxy.hosts, `${alias}:${proxy.appPort}`),
        drainSeconds: proxy.drainTimeout, tlsPolicy: tlsPolicyLine(proxy.hosts, proxy.tls),
      }), LIMITS.proxy);
      this.report.switchSeconds = this.since(tSwitch);
      if (sw.values.proxy_replaced) this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_replaced}`);
      if (sw.values.proxy_warning) this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_warning}`);
      if (sw.values.migrated) this.record.note(sw.values.migrated);
      if (sw.values.maintenance === 'on') this.record.note('the service is in maintenance: the proxy keeps answering 503 until `gantry live`');
      this.record.say(`proxy port ${proxy.port} now serves ${alias} (switch ${this.report.switchSeconds.toFixed(2)} s, of which the load ${sw.values.load_ms} ms${sw.values.fresh === '1' ? ', proxy started' : ''})`);
    } catch (err) {
      await discard();
      this.record.fail('failed', from, `${errorMessage(err)}; the proxy still serves what it served`);
      return false;
    }
    try {
      const ret = await this.step(proxyRetireStep(this.service, source, proxy.drainTimeout, proxy.appPort), LIMITS.switch + 2 * proxy.drainTimeout);
      if (ret.values.drain_ms) {
        this.record.say(`the old container drained in ${(Number(ret.values.drain_ms) / 1000).toFixed(1)} s${ret.values.drain_open !== '0' && ret.values.drain_open !== '?' ? ` (${ret.values.drain_open} connection(s) still open at drain_timeout ${proxy.drainTimeout} s)` : ''}, then stopped`);
      }
    } catch (err) {
      this.record.fail('failed', to, `${errorMessage(err)} (the proxy serves the new container; the old one was not retired)`);
      return false;
    }
    return this.finish(audit, to);
  }

  /** The rollback command on this host: back to the previous version kept there. */
  async rollBack(): Promise<void> {
    if (this.ctx.spec.rollbackTo) {
      await this.rollBackTo();
      return;
    }
    if (!(await this.open())) return;
    await this.release('prev', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
  }

  private opened?: Promise<boolean>;
  private wanted?: { ref: string; digest: string };

  /**
   * rollback_to, before any host changes: connects, locks, and finds the version among those this
   * host keeps. Returns the error line when it is not there (or the host is out).
   */
  async resolveRollbackTo(): Promise<string | undefined> {
    this.opened ??= this.open();
    if (!(await this.opened)) return this.report.message;
    try {
      const r = await this.step(resolveVersionStep(this.service, this.ctx.spec.rollbackTo, this.ctx.spec.container.keepImages), LIMITS.preflight);
      this.wanted = { ref: r.values.ref ?? '', digest: r.values.digest ?? '' };
      return undefined;
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return this.report.message;
    }
  }

  /** rollback_to on this host: the older image with the live container's own settings, released like a deploy. */
  private async rollBackTo(): Promise<void> {
    if (!this.wanted && (await this.resolveRollbackTo()) !== undefined) return;
    const { ref, digest } = this.wanted!;
    this.report.newDigest = digest;
    if (digest === this.report.previousDigest && !this.ctx.spec.force) {
      this.report.outcome = 'unchanged';
      this.report.running = 'new';
      this.report.message = `already runs ${digest}`;
      this.record.say(`unchanged: already runs ${digest}`);
      return;
    }
    const t = this.ctx.clock.now();
    try {
      this.record.say(`staging ${ref} with the live container's settings`);
      await this.step(cloneLiveStep(this.service, {
        ref, digest, alias: this.ctx.spec.proxy ? upstreamAlias(this.service, randomBytes(4).toString('hex')) : undefined,
        deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by,
      }), LIMITS.create);
      this.report.startSeconds = this.since(t);
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return;
    }
    await this.release('new', this.audit('rollback', this.report.previousDigest, digest), 'previous', 'new');
  }

  /**
   * Switch to `source`, health-gate it, finalize. On failure restore and mark the host failed.
   * `from`/`to` say what the host runs before and after, in the report's terms.
   */
  private async switchAndGate(source: 'new' | 'prev', audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    const { clock } = this.ctx;
    const t = clock.now();
    let tHealth = 0;
    let switched = false;
    try {
      const sw = await this.step(switchStep(this.service, source), LIMITS.switch);
      switched = true;
      if (source === 'prev') {
        this.report.newDigest = sw.values.source_digest;
        audit = { ...audit, to: sw.values.source_digest ?? '' };
      }
      this.report.previousDigest ??= sw.values.previous_digest;
      this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      this.record.say(`started ${sw.values.source_digest || 'the new container'}; health gate up to ${this.ctx.spec.container.healthTimeout} s`);
      tHealth = clock.now();
      const gate = await this.healthGate();
      this.report.healthSeconds = gate.seconds;
      this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === 'health') {
        this.report.healthSeconds = this.since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      }
      if (err instanceof StepFailure && err.step === 'switch' && err.code === STEP_EXIT.nothingToSwitch) {
        this.record.fail('failed', from, errorMessage(err));
        return false;
      }
      const running = await this.restore({ ...audit }, from);
      this.record.fail('failed', running, errorMessage(err));
      if (!switched) this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      return false;
    }
    return this.finish(audit, to);
  }

  /** Keeps what ran before as the previous version, records, prunes, audits. */
  private async finish(audit: AuditEntry, to: Running): Promise<boolean> {
    try {
      const fin = await this.step(finalizeStep(this.service, {
        repository: this.ctx.mode === 'deploy' ? this.ctx.spec.container.image?.repository ?? '' : '',
        keepImages: this.ctx.spec.container.keepImages,
        audit,
      }), LIMITS.finalize);
      const pruned = listValues(fin, 'pruned');
      if (pruned.length > 0) this.record.debug(`pruned ${pruned.join(', ')}`);
    } catch (err) {
      this.record.fail('failed', 'unknown', `${errorMessage(err)} (the new container is healthy, but the host's records are incomplete)`);
      return false;
    }
    this.record.succeeded(to);
    this.record.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
    return true;
  }

  protected async retire(audit: AuditEntry): Promise<string> {
    // Proxy mode: the route goes first, so the proxy never dials a stopped container.
    const proxy = this.ctx.spec.proxy;
    const unrouted = proxy ? (await this.step(unrouteStep(this.service, proxy.drainTimeout), LIMITS.proxy)).values.unrouted === '1' : false;
    await this.step(retireStep(this.service, audit), LIMITS.restore);
    return unrouted ? `its route was taken off the proxy (port ${proxy!.port}) and the new container was stopped` : 'the new container was stopped';
  }

  protected switchBack(_before: string, audit: AuditEntry): Promise<boolean> {
    return this.release('prev', audit, 'new', 'previous');
  }
}
