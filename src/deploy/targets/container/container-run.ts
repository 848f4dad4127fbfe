import { randomBytes } from 'crypto';
import { errorMessage } from '../../../errors';
import { StepFailure } from '../../steps/run-step';
import { HostRunBase, HostSteps, STEP_TIMEOUTS } from '../../rollout/target-run';
import { ContainerDeploySpec } from '../../spec/deploy-spec';
import { AuditEntry, RemoteStep, STEP_EXIT, StepOutput, listValues, parseStepOutput } from '../../steps/render';
import {
  cloneLiveStep, convergeStep, createStep, finalizeStep, healthStep, ociPullStep, preflightStep, pullStep, resolveVersionStep, restoreStep, retireStep,
  switchStep, unchangedStep,
} from './container-steps';
import { discardStep, proxyConvergeStep, proxyRetireStep, proxySwitchStep, startBesideStep, unrouteStep } from './proxy/proxy-steps';
import { routeFileName, routeLine, tlsPolicyLine, upstreamAlias } from './proxy/proxy-config';
import { preSwitchStep } from './pre-switch';
import { cancelStep, cancelledBeforeSwitch, recordCancelled } from '../../rollout/cancellation';
import { Running, bytesText } from '../../rollout/report';
import type { RemoteForward } from '../../connection/host-connection';
import { OciSource, shipImage } from '../../transport/oci-transport';
import { optionsSet } from './container-options';

/** What makes a container what it is besides its image: hashed on the host with a salt to spot an unchanged host. */
export function containerConfigText(spec: ContainerDeploySpec): string {
  const { container: c, proxy, env } = spec;
  return JSON.stringify({
    ports: c.ports, env, volumes: c.volumes, network: c.network, restart: c.restart,
    proxy: proxy ? { port: proxy.port, appPort: proxy.appPort, hosts: proxy.hosts } : null,
    // Only when set: a host deployed before these options existed keeps its hash (and stays unchanged).
    ...(optionsSet(c.options) ? { options: c.options } : {}),
  });
}

/** One host's part of a rollout (the container target): its state machine over its connection, lock and steps. */
export class ContainerHostRun extends HostRunBase<ContainerDeploySpec> {
  protected override readonly startOnFailedSwitch = true;

  private get service(): string {
    return this.ctx.spec.service;
  }

  /** stop_timeout lengthens every step that may stop a container (twice: restore stops the new one, then the old may stop again). */
  protected override step(s: RemoteStep, timeoutSeconds: number): Promise<StepOutput> {
    return super.step(s, timeoutSeconds + 2 * (this.ctx.spec.container.options.stopTimeout ?? 0));
  }

  protected readonly steps: HostSteps = {
    preflight: () => preflightStep(this.service, this.ctx.spec.health.url !== '' || this.ctx.spec.proxy !== undefined),
    converge: () => [
      ...(this.ctx.spec.proxy ? [proxyConvergeStep(this.service, this.ctx.actor.by)] : []),
      convergeStep(this.service, this.ctx.actor.by),
    ],
    health: (target = 'name', cancel) => {
      const h = this.ctx.spec.health;
      const p = this.ctx.spec.proxy;
      return healthStep(this.service, {
        cmd: h.cmd, url: h.url, timeoutSeconds: h.timeout, target,
        probe: p && p.healthPath ? { port: p.appPort, path: p.healthPath } : undefined, cancel,
      });
    },
    cancel: (mark) => cancelStep(this.service, mark),
    restore: (audit) => restoreStep(this.service, audit),
    finalize: (audit) => finalizeStep(this.service, {
      repository: this.ctx.mode === 'deploy' ? this.ctx.spec.container.image?.repository ?? '' : '',
      keepImages: this.ctx.spec.container.keepImages,
      audit,
    }),
    resolve: (want) => resolveVersionStep(this.service, want, this.ctx.spec.container.keepImages),
    values: { current: 'current_digest', source: 'source_digest', previous: 'previous_digest' },
    words: {
      leftInPlace: 'rollback is off: the failed container is left in place',
      removedNone: 'removed the failed container; nothing ran here before',
      restored: (what) => `restored ${what}`,
      restoredUnit: 'the restored container',
      started: (source) => `started ${source || 'the new container'}`,
      healthyUnit: 'the new container',
    },
  };

  protected override preflighted(pre: StepOutput): void {
    this.record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
  }

  protected override pruned(images: readonly string[]): void {
    if (images.length > 0) this.record.debug(`pruned ${images.join(', ')}`);
  }

  private pulled?: Promise<{ ref: string; digest: string } | undefined>;

  /** Connects, locks and pulls the image, once; undefined (and the report says why) when that failed. */
  private pullOnce(): Promise<{ ref: string; digest: string } | undefined> {
    this.pulled ??= (async () => {
      if (!(await this.open())) return undefined;
      const { spec } = this.ctx;
      try {
        const t0 = this.ctx.clock.now();
        if (this.ctx.oci) return await this.shipOci(this.ctx.oci, t0);
        const { imageRef } = this.ctx;
        this.record.say(`pulling ${imageRef}`);
        const image = spec.container.image!;
        const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
        const pulled = await this.step(pullStep(this.service, imageRef, image.repository, registry, spec.proxy ? [spec.proxy.image] : []), STEP_TIMEOUTS.pull);
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

  private forward?: RemoteForward;

  /**
   * deploy_image oci:DIR: the image from the runner's layout, through this host's SSH forward (or
   * docker load when the host refuses forwarding), tagged on the host under a stable name; the
   * containers then record its digest as with a registry.
   */
  private async shipOci(source: OciSource, t0: number): Promise<{ ref: string; digest: string }> {
    const { spec } = this.ctx;
    const image = source.image;
    this.record.say(`shipping ${image.digest} from ${image.dir} over SSH`);
    const diffIds = source.diffIds();
    const shipped = await shipImage({
      conn: this.conn!,
      source,
      pull: async (pullRef, ids) => (await this.step(ociPullStep(this.service, {
        digest: image.digest, imageId: image.configDigest, pullRef, ref: source.hostRef, alsoTag: source.alsoTag, diffIds: ids ?? diffIds,
        alsoImages: spec.proxy ? [spec.proxy.image] : [],
      }), STEP_TIMEOUTS.pull)).values,
      warn: (line) => this.record.warn(line),
      keep: (f) => {
        this.forward = f;
      },
      loadTimeoutSeconds: STEP_TIMEOUTS.pull,
    });
    this.report.pullSeconds = this.since(t0);
    this.report.uploadedBytes = shipped.bytes;
    this.report.newDigest = image.digest;
    const how = shipped.via === 'present' ? 'already on the host: nothing sent' : `${shipped.bytes} bytes (${bytesText(shipped.bytes)}) sent ${shipped.via === 'forward' ? 'through the SSH forward' : 'into docker load'}`;
    this.record.say(`${source.hostRef} (${image.digest}) ready in ${this.report.pullSeconds.toFixed(1)} s, ${how}`);
    return { ref: source.hostRef, digest: image.digest };
  }

  override async close(): Promise<void> {
    await this.forward?.close().catch(() => undefined);
    this.forward = undefined;
    await super.close();
  }

  /** pre_switch_cmd on this host (the first), before any host switches; false when it failed. */
  async preSwitch(): Promise<boolean> {
    const pulled = await this.pullOnce();
    if (!pulled) return false;
    const { spec } = this.ctx;
    this.record.say(`running pre_switch_cmd in a one-off container of ${pulled.ref}`);
    try {
      const out = await this.step(preSwitchStep(this.service, {
        ref: pulled.ref, args: spec.preSwitch, env: spec.env, network: spec.container.network, proxy: spec.proxy !== undefined,
        timeoutSeconds: STEP_TIMEOUTS.preSwitch,
      }), STEP_TIMEOUTS.preSwitch + 60);
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
        digest: newDigest, configText: this.configText(), healthUrl: spec.health.url,
        probe: spec.proxy ? { port: spec.proxy.appPort, path: spec.proxy.healthPath } : undefined,
      }), STEP_TIMEOUTS.unchanged);
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
      if (cancelledBeforeSwitch(this.ctx.cancel, this.record)) return;
      alias = spec.proxy ? upstreamAlias(this.service, randomBytes(4).toString('hex')) : undefined;
      const t1 = this.ctx.clock.now();
      await this.step(createStep(this.service, {
        ref, digest: newDigest, ports: c.ports, env: spec.env, volumes: c.volumes, network: c.network, restart: c.restart,
        deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by, alias, configHash: configHash || undefined, options: c.options,
      }), STEP_TIMEOUTS.create);
      this.report.startSeconds = this.since(t1);
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return;
    }
    await this.release('new', this.audit('deploy', this.report.previousDigest, newDigest), 'previous', 'new');
  }

  private configText(): string {
    return containerConfigText(this.ctx.spec);
  }

  /** Switches to `source` the way the mode says: stop-then-start, or beside-then-proxy. */
  private release(source: 'new' | 'prev', audit: AuditEntry, from: Running, to: Running): Promise<boolean> {
    return this.ctx.spec.proxy ? this.proxyRelease(source, audit, from, to) : this.switchAndGate(switchStep(this.service, source), source === 'prev', audit, from, to);
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
        await this.step(discardStep(this.service, source, audit), STEP_TIMEOUTS.restore);
      } catch (err) {
        this.record.note(`could not remove the container that failed: ${errorMessage(err)}`);
      }
    };
    if (to === 'new' && cancelledBeforeSwitch(this.ctx.cancel, this.record)) {
      await discard();
      return false;
    }
    try {
      const st = await this.step(startBesideStep(this.service, source), STEP_TIMEOUTS.switch);
      alias = st.values.alias ?? '';
      if (source === 'prev') {
        this.report.newDigest = st.values.source_digest;
        audit = { ...audit, to: st.values.source_digest ?? '' };
      }
      this.report.previousDigest ??= st.values.previous_digest;
      this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      this.record.say(`started ${st.values.source_digest || 'the new container'} beside the serving one; health gate up to ${this.ctx.spec.health.timeout} s`);
      tHealth = this.ctx.clock.now();
      const gate = await this.healthGate(source, to === 'new');
      this.report.healthSeconds = gate.seconds;
      this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
    } catch (err) {
      if (err instanceof StepFailure && err.step === 'health') {
        this.report.healthSeconds = this.since(tHealth || t);
        this.report.logs = listValues(err.out ?? parseStepOutput(''), 'log');
      } else if (!tHealth) this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
      if (!(err instanceof StepFailure && err.code === STEP_EXIT.nothingToSwitch)) await discard();
      else if (err.out?.values.never_deployed === '1') this.report.neverDeployed = true;
      if (to !== 'new' || !recordCancelled(this.ctx.cancel, this.record, from, `${errorMessage(err)}; the proxy was not switched`)) {
        this.record.fail('failed', from, `${errorMessage(err)}; the proxy was not switched`);
      }
      return false;
    }
    if (to === 'new' && cancelledBeforeSwitch(this.ctx.cancel, this.record)) {
      await discard();
      return false;
    }
    const tSwitch = this.ctx.clock.now();
    try {
      const sw = await this.step(proxySwitchStep(this.service, {
        src: source, port: proxy.port, image: proxy.image, hosts: proxy.hosts, alias,
        routeFile: routeFileName(this.service, proxy.hosts), route: routeLine(this.service, proxy.hosts, `${alias}:${proxy.appPort}`),
        drainSeconds: proxy.drainTimeout, tlsPolicy: tlsPolicyLine(proxy.hosts, proxy.tls),
      }), STEP_TIMEOUTS.proxy);
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
      const ret = await this.step(proxyRetireStep(this.service, source, proxy.drainTimeout, proxy.appPort), STEP_TIMEOUTS.switch + 2 * proxy.drainTimeout);
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

  /** rollback_to on this host: the older image with the live container's own settings, released like a deploy. */
  private async rollBackTo(): Promise<void> {
    if (!this.resolved && (await this.resolveRollbackTo()) !== undefined) return;
    const ref = this.resolved!.values.ref ?? '';
    const digest = this.resolved!.values.digest ?? '';
    this.report.newDigest = digest;
    if (this.alreadyRuns(digest)) return;
    if (cancelledBeforeSwitch(this.ctx.cancel, this.record)) return;
    const t = this.ctx.clock.now();
    try {
      this.record.say(`staging ${ref} with the live container's settings`);
      await this.step(cloneLiveStep(this.service, {
        ref, digest, alias: this.ctx.spec.proxy ? upstreamAlias(this.service, randomBytes(4).toString('hex')) : undefined,
        deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by,
      }), STEP_TIMEOUTS.create);
      this.report.startSeconds = this.since(t);
    } catch (err) {
      this.record.fail('failed', 'previous', errorMessage(err));
      return;
    }
    await this.release('new', this.audit('rollback', this.report.previousDigest, digest), 'previous', 'new');
  }

  protected async retire(audit: AuditEntry): Promise<string> {
    // Proxy mode: the route goes first, so the proxy never dials a stopped container.
    const proxy = this.ctx.spec.proxy;
    const unrouted = proxy ? (await this.step(unrouteStep(this.service, proxy.drainTimeout), STEP_TIMEOUTS.proxy)).values.unrouted === '1' : false;
    await this.step(retireStep(this.service, audit), STEP_TIMEOUTS.restore);
    return unrouted ? `its route was taken off the proxy (port ${proxy!.port}) and the new container was stopped` : 'the new container was stopped';
  }

  protected switchBack(_before: string, audit: AuditEntry): Promise<boolean> {
    return this.release('prev', audit, 'new', 'previous');
  }
}
