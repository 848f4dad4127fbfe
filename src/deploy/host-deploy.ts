import { randomBytes } from 'crypto';
import { Reporter } from '../reporter';
import { errorMessage } from '../errors';
import { DeploySpec } from './deploy-spec';
import { HostConnection } from './host-connection';
import { HostTarget } from './host-list';
import { HostKeyVerdict } from './host-key';
import { ConnectError } from './ssh-connection';
import { HostReport, Running } from './report';
import {
  AuditEntry, RemoteStep, STEP_EXIT, StepOutput, convergeStep, createStep, finalizeStep, healthStep, heartbeatStep,
  listValues, lockStep, parseStepOutput, preflightStep, pullStep, releaseStep, restoreStep, retireStep, switchStep,
} from './remote-steps';
import { cloneLiveStep, discardStep, proxyConvergeStep, resolveVersionStep, proxyRetireStep, proxySwitchStep, startBesideStep, unchangedStep } from './proxy-steps';
import { routeFileName, routeLine, tlsPolicyLine, upstreamAlias } from './proxy-config';
import { preSwitchStep } from './hooks';

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

export interface RolloutContext {
  readonly mode: 'deploy' | 'rollback';
  readonly spec: DeploySpec;
  readonly actor: Actor;
  readonly reporter: Reporter;
  readonly deployedAt: string;
  /** The image reference every host deploys; a tag is replaced by the first pulled digest. */
  readonly image: { ref: string };
  readonly connect: (target: HostTarget) => Promise<{ connection: HostConnection; verdict?: HostKeyVerdict }>;
}

/** A failed step on a host, as one line. */
export class StepFailure extends Error {
  constructor(readonly step: string, readonly code: number | null, message: string, readonly out?: StepOutput) {
    super(message);
    this.name = 'StepFailure';
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const since = (t: number) => (Date.now() - t) / 1000;

/** One host's part of a rollout: its connection, its lock, its steps and its line in the report. */
export class HostRun {
  readonly report: HostReport;
  private conn?: HostConnection;
  private readonly token = randomBytes(12).toString('hex');
  private locked = false;
  private heartbeat?: NodeJS.Timeout;
  private heartbeatBusy = false;

  constructor(readonly target: HostTarget, private readonly ctx: RolloutContext) {
    this.report = { host: target.label, outcome: 'skipped', running: 'previous' };
  }

  private get service(): string {
    return this.ctx.spec.container.name;
  }

  private say(message: string): void {
    this.ctx.reporter.info(`${this.target.label}: ${message}`);
  }

  private note(message: string): void {
    (this.report.notes ??= []).push(message);
    this.say(message);
  }

  private async step(s: RemoteStep, timeoutSeconds: number): Promise<StepOutput> {
    if (!this.conn) throw new StepFailure(s.name, null, `${s.name}: not connected`);
    const r = await this.conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds });
    const out = parseStepOutput(r.stdout);
    if (r.stderr.trim()) this.ctx.reporter.debug(`${this.target.label} ${s.name} stderr: ${r.stderr.trim()}`);
    if (r.code === 0) return out;
    const why = r.lost ?? out.values.error ?? r.stderr.trim().split('\n').pop() ?? `exit code ${r.code}`;
    throw new StepFailure(s.name, r.code, `${s.name}: ${why || `exit code ${r.code}`}`, out);
  }

  private fail(outcome: HostReport['outcome'], running: Running, message: string): void {
    this.report.outcome = outcome;
    this.report.running = running;
    this.report.message = message;
    this.say(`${outcome}: ${message}`);
  }

  /** Connects, checks docker, takes the lock and repairs what an interrupted run left. False when the host is out. */
  private async open(): Promise<boolean> {
    try {
      const { connection, verdict } = await this.ctx.connect(this.target);
      this.conn = connection;
      if (verdict) {
        this.report.hostKey = `${verdict.keyType} ${verdict.fingerprint}`;
        if (verdict.how === 'accept-new') {
          this.ctx.reporter.warn(`${this.target.label}: accepted a host key not in known_hosts (ssh_host_key_policy accept-new): ${verdict.keyType} ${verdict.fingerprint}; pin it with: ${verdict.knownHostsLine}`);
          (this.report.notes ??= []).push(`accepted new host key ${verdict.keyType} ${verdict.fingerprint}`);
        } else this.say(`connected, host key ${verdict.keyType} ${verdict.fingerprint} matches the pin`);
      } else this.say('using the local engine');
    } catch (err) {
      if (err instanceof ConnectError) {
        const outcome = err.kind === 'unreachable' ? 'unreachable' : err.kind === 'host-key' ? 'refused host key' : 'failed';
        if (err.verdict) this.report.hostKey = `${err.verdict.keyType} ${err.verdict.fingerprint}`;
        this.fail(outcome, 'previous', err.message);
      } else this.fail('failed', 'previous', `connect: ${errorMessage(err)}`);
      return false;
    }
    try {
      const pre = await this.step(preflightStep(this.service, this.ctx.spec.container.healthUrl !== '' || this.ctx.spec.proxy !== undefined), LIMITS.preflight);
      this.ctx.reporter.debug(`${this.target.label}: docker ${pre.values.docker_version} as ${pre.values.user}`);
      await this.takeLock();
    } catch (err) {
      this.fail('failed', 'previous', errorMessage(err));
      return false;
    }
    try {
      if (this.ctx.spec.proxy) {
        const pc = await this.step(proxyConvergeStep(this.service, this.ctx.actor.by), LIMITS.converge);
        for (const fixed of listValues(pc, 'fixed')) this.note(fixed);
      }
      const c = await this.step(convergeStep(this.service, this.ctx.actor.by), LIMITS.converge);
      for (const fixed of listValues(c, 'fixed')) this.note(fixed);
      this.report.previousDigest = c.values.current_digest ?? '';
    } catch (err) {
      this.fail('failed', 'unknown', errorMessage(err));
      return false;
    }
    return true;
  }

  private async takeLock(): Promise<void> {
    const { spec, actor } = this.ctx;
    const deadline = Date.now() + spec.lockTimeout * 1000;
    let breakToken = '';
    let announced = false;
    for (;;) {
      const s = lockStep(this.service, { token: this.token, by: actor.by, runner: actor.runner, pid: actor.pid }, LIMITS.lockStale, breakToken);
      const r = await this.conn!.exec(s.script, { stdin: s.secretInput, timeoutSeconds: LIMITS.lockAttempt });
      const out = parseStepOutput(r.stdout);
      const v = out.values;
      if (r.code === 0 && v.acquired === '1') {
        if (v.broke) this.note(`took over the lock of ${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}): ${v.broke}`);
        this.locked = true;
        this.startHeartbeat();
        this.say(`lock on ${this.service} taken`);
        return;
      }
      if (r.code !== STEP_EXIT.lockHeld) {
        throw new StepFailure('lock', r.code, `lock: ${r.lost ?? v.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
      }
      const holderPid = Number(v.holder_pid);
      // A run of ours on this machine that died holding the lock: take it over now rather than after the TTL.
      if (v.holder_runner === actor.runner && holderPid !== actor.pid && holderPid > 0 && !pidAlive(holderPid) &&
          v.holder_busy === '0' && v.holder_token && breakToken !== v.holder_token) {
        breakToken = v.holder_token;
        continue;
      }
      const holder = `${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}${v.holder_busy === '1' ? ', a step of it is running' : ''})`;
      if (Date.now() >= deadline) {
        throw new StepFailure('lock', r.code, `lock: ${this.service} is locked by ${holder}; gave up after lock_timeout ${spec.lockTimeout} s`);
      }
      if (!announced) {
        this.say(`waiting up to ${spec.lockTimeout} s for the lock held by ${holder}`);
        announced = true;
      }
      await sleep(Math.min(LIMITS.lockRetry * 1000, Math.max(0, deadline - Date.now())));
    }
  }

  private startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      if (this.heartbeatBusy || !this.conn) return;
      this.heartbeatBusy = true;
      const s = heartbeatStep(this.service, this.token);
      this.conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: LIMITS.heartbeat })
        .then((r) => {
          if (r.code === STEP_EXIT.lockLost) this.ctx.reporter.warn(`${this.target.label}: ${parseStepOutput(r.stdout).values.error}`);
        })
        .catch(() => undefined)
        .finally(() => { this.heartbeatBusy = false; });
    }, LIMITS.heartbeat * 1000);
    this.heartbeat.unref();
  }

  private audit(action: AuditEntry['action'], from?: string, to?: string): AuditEntry {
    return { action, by: this.ctx.actor.by, from: from ?? '', to: to ?? '' };
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
    const t = Date.now();
    const out = await this.step(healthStep(this.service, this.healthOptions(target)), this.ctx.spec.container.healthTimeout + 60);
    return { seconds: since(t), out };
  }

  /**
   * After a failed switch or health gate: put back what ran before, and check it is healthy.
   * Returns what the host serves afterwards, relative to the switch that failed.
   */
  private async restore(audit: AuditEntry, switchedFrom: Running): Promise<Running> {
    if (!this.ctx.spec.rollback) {
      this.note('rollback is off: the failed container is left in place');
      return 'unknown';
    }
    try {
      const r = await this.step(restoreStep(this.service, audit), LIMITS.restore);
      if (r.values.restored === 'none') {
        this.say('removed the failed container; nothing ran here before');
        return switchedFrom;
      }
      this.say(`restored ${r.values.restored}`);
      try {
        await this.healthGate();
        this.say('the restored container is healthy');
      } catch (err) {
        this.note(`the restored container is not healthy either: ${errorMessage(err)}`);
      }
      return switchedFrom;
    } catch (err) {
      this.note(`could not restore what ran before: ${errorMessage(err)}`);
      return 'unknown';
    }
  }

  /** The host's whole deploy, recorded in this.report; never throws. */
  private pulled?: Promise<{ ref: string; digest: string } | undefined>;

  /** Connects, locks and pulls the image, once; undefined (and the report says why) when that failed. */
  private pullOnce(): Promise<{ ref: string; digest: string } | undefined> {
    this.pulled ??= (async () => {
      if (!(await (this.opened ??= this.open()))) return undefined;
      const { spec } = this.ctx;
      try {
        const t0 = Date.now();
        this.say(`pulling ${this.ctx.image.ref}`);
        const image = spec.container.image!;
        const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
        const pulled = await this.step(pullStep(this.service, this.ctx.image.ref, image.repository, registry, spec.proxy ? [spec.proxy.image] : []), LIMITS.pull);
        this.report.pullSeconds = since(t0);
        const digest = pulled.values.digest ?? '';
        this.report.newDigest = digest;
        const ref = digest ? `${image.repository}@${digest}` : this.ctx.image.ref;
        if (digest && !this.ctx.image.ref.includes('@')) this.ctx.image.ref = ref;
        this.say(`pulled ${digest || ref} in ${this.report.pullSeconds.toFixed(1)} s`);
        return { ref, digest };
      } catch (err) {
        this.fail('failed', 'previous', errorMessage(err));
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
    this.say(`running pre_switch_cmd in a one-off container of ${pulled.ref}`);
    try {
      const out = await this.step(preSwitchStep(this.service, {
        ref: pulled.ref, args: spec.preSwitch, env: spec.container.env, network: spec.container.network, proxy: spec.proxy !== undefined,
        timeoutSeconds: LIMITS.preSwitch,
      }), LIMITS.preSwitch + 60);
      for (const l of listValues(out, 'log')) this.ctx.reporter.info(`${this.target.label} pre_switch_cmd | ${l}`);
      this.say('pre_switch_cmd succeeded');
      return true;
    } catch (err) {
      if (err instanceof StepFailure) this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      this.fail('failed', 'previous', `${errorMessage(err)}; nothing was switched on any host`);
      return false;
    }
  }

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
          this.say(`unchanged: already runs ${newDigest} with these settings, healthy`);
          return;
        }
        this.note(`already runs ${newDigest} with these settings: redeploying (force)`);
      } else if (newDigest && newDigest === this.report.previousDigest) {
        this.note(`already runs ${newDigest}, but ${same.values.why ?? 'not as asked'}: replacing it`);
      }
      alias = spec.proxy ? upstreamAlias(this.service, randomBytes(4).toString('hex')) : undefined;
      const t1 = Date.now();
      await this.step(createStep(this.service, {
        ref, digest: newDigest, ports: c.ports, env: c.env, volumes: c.volumes, network: c.network, restart: c.restart,
        deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by, alias, configHash: configHash || undefined,
      }), LIMITS.create);
      this.report.startSeconds = since(t1);
    } catch (err) {
      this.fail('failed', 'previous', errorMessage(err));
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
    const t = Date.now();
    let tHealth = 0;
    let alias = '';
    const discard = async () => {
      try {
        await this.step(discardStep(this.service, source, audit), LIMITS.restore);
      } catch (err) {
        this.note(`could not remove the container that failed: ${errorMessage(err)}`);
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
      this.report.startSeconds = (this.report.startSeconds ?? 0) + since(t);
      this.say(`started ${st.values.source_digest || 'the new container'} beside the serving one; health gate up to ${this.ctx.spec.container.healthTimeout} s`);
      tHealth = Date.now();
      const gate = await this.healthGate(source);
      this.report.healthSeconds = gate.seconds;
      this.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === 'health') {
        this.report.healthSeconds = since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      } else if (!tHealth) this.report.startSeconds = (this.report.startSeconds ?? 0) + since(t);
      if (!(err instanceof StepFailure && err.code === STEP_EXIT.nothingToSwitch)) await discard();
      this.fail('failed', from, `${errorMessage(err)}; the proxy was not switched`);
      return false;
    }
    const tSwitch = Date.now();
    try {
      const sw = await this.step(proxySwitchStep(this.service, {
        src: source, port: proxy.port, image: proxy.image, hosts: proxy.hosts, alias,
        routeFile: routeFileName(this.service, proxy.hosts), route: routeLine(this.service, proxy.hosts, `${alias}:${proxy.appPort}`),
        drainSeconds: proxy.drainTimeout, tlsPolicy: tlsPolicyLine(proxy.hosts, proxy.tls),
      }), LIMITS.proxy);
      this.report.switchSeconds = since(tSwitch);
      if (sw.values.proxy_replaced) this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_replaced}`);
      if (sw.values.migrated) this.note(sw.values.migrated);
      this.say(`proxy port ${proxy.port} now serves ${alias} (switch ${this.report.switchSeconds.toFixed(2)} s, of which the load ${sw.values.load_ms} ms${sw.values.fresh === '1' ? ', proxy started' : ''})`);
    } catch (err) {
      await discard();
      this.fail('failed', from, `${errorMessage(err)}; the proxy still serves what it served`);
      return false;
    }
    try {
      const ret = await this.step(proxyRetireStep(this.service, source, proxy.drainTimeout, proxy.appPort), LIMITS.switch + 2 * proxy.drainTimeout);
      if (ret.values.drain_ms) {
        this.say(`the old container drained in ${(Number(ret.values.drain_ms) / 1000).toFixed(1)} s${ret.values.drain_open !== '0' && ret.values.drain_open !== '?' ? ` (${ret.values.drain_open} connection(s) still open at drain_timeout ${proxy.drainTimeout} s)` : ''}, then stopped`);
      }
    } catch (err) {
      this.fail('failed', to, `${errorMessage(err)} (the proxy serves the new container; the old one was not retired)`);
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
      this.fail('failed', 'previous', errorMessage(err));
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
      this.say(`unchanged: already runs ${digest}`);
      return;
    }
    const t = Date.now();
    try {
      this.say(`staging ${ref} with the live container's settings`);
      await this.step(cloneLiveStep(this.service, {
        ref, digest, alias: this.ctx.spec.proxy ? upstreamAlias(this.service, randomBytes(4).toString('hex')) : undefined,
        deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by,
      }), LIMITS.create);
      this.report.startSeconds = since(t);
    } catch (err) {
      this.fail('failed', 'previous', errorMessage(err));
      return;
    }
    await this.release('new', this.audit('rollback', this.report.previousDigest, digest), 'previous', 'new');
  }

  /**
   * Switch to `source`, health-gate it, finalize. On failure restore and mark the host failed.
   * `from`/`to` say what the host runs before and after, in the report's terms.
   */
  private async switchAndGate(source: 'new' | 'prev', audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    const t = Date.now();
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
      this.report.startSeconds = (this.report.startSeconds ?? 0) + since(t);
      this.say(`started ${sw.values.source_digest || 'the new container'}; health gate up to ${this.ctx.spec.container.healthTimeout} s`);
      tHealth = Date.now();
      const gate = await this.healthGate();
      this.report.healthSeconds = gate.seconds;
      this.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === 'health') {
        this.report.healthSeconds = since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      }
      if (err instanceof StepFailure && err.step === 'switch' && err.code === STEP_EXIT.nothingToSwitch) {
        this.fail('failed', from, errorMessage(err));
        return false;
      }
      const running = await this.restore({ ...audit }, from);
      this.fail('failed', running, errorMessage(err));
      if (!switched) this.report.startSeconds = (this.report.startSeconds ?? 0) + since(t);
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
      if (pruned.length > 0) this.ctx.reporter.debug(`${this.target.label}: pruned ${pruned.join(', ')}`);
    } catch (err) {
      this.fail('failed', 'unknown', `${errorMessage(err)} (the new container is healthy, but the host's records are incomplete)`);
      return false;
    }
    this.report.outcome = 'ok';
    this.report.running = to;
    this.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
    return true;
  }

  /** The fleet failed: put this host (ok in this run) back on what it ran before the run. */
  async undo(reason: string): Promise<void> {
    if (this.report.outcome !== 'ok') return;
    this.say(`rolling back: ${reason}`);
    const before = this.report.previousDigest;
    if (before !== undefined && before !== '' && before === this.report.newDigest) {
      this.report.outcome = 'rolled back';
      this.report.running = 'previous';
      this.report.message = `${reason}; it ran ${before} before this run already: nothing to undo`;
      this.say('nothing to roll back: it ran this version before the run');
      return;
    }
    if (before === '') {
      try {
        await this.step(retireStep(this.service, this.audit(this.ctx.mode, this.report.newDigest, '')), LIMITS.restore);
        this.report.outcome = 'rolled back';
        this.report.running = 'previous';
        this.report.message = `${reason}; nothing ran here before, so the new container was stopped`;
        this.say('rolled back: stopped the new container (nothing ran here before)');
      } catch (err) {
        this.fail('failed', 'unknown', `could not roll back: ${errorMessage(err)}`);
      }
      return;
    }
    const saved = { ...this.report };
    const ok = await this.release('prev', this.audit(this.ctx.mode, this.report.newDigest, before), 'new', 'previous');
    Object.assign(this.report, {
      previousDigest: saved.previousDigest, newDigest: saved.newDigest, pullSeconds: saved.pullSeconds,
      startSeconds: saved.startSeconds, healthSeconds: saved.healthSeconds,
    });
    if (ok) {
      this.report.outcome = 'rolled back';
      this.report.running = 'previous';
      this.report.message = reason;
      this.say(`rolled back to ${before}`);
    } else {
      this.report.message = `could not roll back: ${this.report.message}`;
    }
  }

  /** A defect, not a host's failure: say so, and do not claim to know what the host runs. */
  crashed(err: unknown): void {
    this.fail('failed', 'unknown', `internal error: ${errorMessage(err)}`);
  }

  /** Marks a host the rollout never reached. */
  skip(reason: string): void {
    this.report.outcome = 'skipped';
    this.report.running = 'previous';
    this.report.message = reason;
  }

  /** Releases the lock and the connection. */
  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.conn && this.locked) {
      try {
        await this.step(releaseStep(this.service, this.token), LIMITS.release);
      } catch (err) {
        this.ctx.reporter.warn(`${this.target.label}: could not release the lock: ${errorMessage(err)}`);
      }
    }
    this.locked = false;
    await this.conn?.close();
    this.conn = undefined;
  }
}
