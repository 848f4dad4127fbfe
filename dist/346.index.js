"use strict";
exports.id = 346;
exports.ids = [346];
exports.modules = {

/***/ 81929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ConnectError)
/* harmony export */ });
/** Why a host could not be reached, as one line naming it. */
class ConnectError extends Error {
    kind;
    verdict;
    constructor(message, kind, verdict) {
        super(message);
        this.kind = kind;
        this.verdict = verdict;
        this.name = 'ConnectError';
    }
}


/***/ }),

/***/ 44282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ cancelledBeforeSwitch),
/* harmony export */   P4: () => (/* binding */ cancelMarkId),
/* harmony export */   _l: () => (/* binding */ cancellableGate),
/* harmony export */   au: () => (/* binding */ CANCEL_STEP_SECONDS),
/* harmony export */   dJ: () => (/* binding */ cancelOnSignals),
/* harmony export */   l$: () => (/* binding */ recordCancelled),
/* harmony export */   mT: () => (/* binding */ Cancellation),
/* harmony export */   tK: () => (/* binding */ cancelledBy),
/* harmony export */   vr: () => (/* binding */ cancelStep)
/* harmony export */ });
/* unused harmony export SECOND_SIGNAL_GRACE_SECONDS */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91084);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92743);
/**
 * Cancelling a deploy or rollback (SIGINT, SIGTERM: what a CI cancellation sends) as a
 * transaction per host: no new host or batch starts, a health gate in progress is stopped through
 * a marker file on its host, and every host the run touched goes back to the version it served
 * when the command began, whatever the rollback input says. Locks are released and the report
 * written as for any other end; the exit code is EXIT.cancelled, or EXIT.mixed when a host could
 * not be brought back.
 */



/** The command's cancellation: set once, read everywhere a run may start new work. */
class Cancellation {
    why;
    listeners = new Set();
    /** Why the run was cancelled ('SIGTERM'...); undefined while it runs on. */
    get reason() {
        return this.why;
    }
    get cancelled() {
        return this.why !== undefined;
    }
    /** Cancels (the first call only); each listener is called once. */
    cancel(why) {
        if (this.why !== undefined)
            return;
        this.why = why;
        for (const fn of [...this.listeners])
            fn(why);
        this.listeners.clear();
    }
    /** Calls fn when the run is cancelled (at once when it already is); returns the function that stops listening. */
    onCancel(fn) {
        if (this.why !== undefined) {
            fn(this.why);
            return () => undefined;
        }
        this.listeners.add(fn);
        return () => { this.listeners.delete(fn); };
    }
    /** Waits ms, or less when the run is cancelled meanwhile. */
    async sleep(sleep, ms) {
        if (this.cancelled)
            return;
        let off = () => undefined;
        await Promise.race([sleep(ms), new Promise((resolve) => { off = this.onCancel(() => resolve()); })]);
        off();
    }
}
/** What a host's report says about a cancelled run, in one phrase. */
function cancelledBy(why) {
    return `cancelled (${why})`;
}
/**
 * Before a host's switch: true (and the host recorded as not started, still on what it ran)
 * when the run is cancelled. A staged container or release left behind is removed by the next
 * run's converge and served by nothing.
 */
function cancelledBeforeSwitch(cancel, record) {
    if (!cancel?.reason)
        return false;
    record.skip(`${cancelledBy(cancel.reason)} before the switch: nothing changed here`);
    record.say(`not switched: ${cancelledBy(cancel.reason)}`);
    return true;
}
/**
 * A forward switch that failed while the run was cancelled (its gate stopped, or the switch
 * itself failed), after the host's restore: 'rolled back' when it serves what it did before,
 * failed otherwise. False (nothing recorded) when the run is not cancelled.
 */
function recordCancelled(cancel, record, running, detail) {
    if (!cancel?.reason)
        return false;
    const line = `${cancelledBy(cancel.reason)}: ${detail}`;
    if (running === 'previous') {
        record.rolledBack(`${line}; back on what it ran before`);
        record.say(`rolled back: ${line}`);
    }
    else
        record.fail('failed', running, line);
    return true;
}
/** A fresh name for one health gate's cancel marker (a file under the deploy user's ~/.gantry/tmp). */
function cancelMarkId() {
    return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
}
/** Touches a running gate's cancel marker (steps/cancel.sh). */
function cancelStep(service, mark) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_2__/* .step */ .PM)('cancel', service, { CANCEL_MARK: mark });
}
/** Seconds the cancel step may take. */
const CANCEL_STEP_SECONDS = 30;
/**
 * Runs a health gate that stops early when the run is cancelled: `touch` (a tiny step over the
 * same connection) creates the gate's marker, which the gate's loop checks each second; the gate
 * then fails with STEP_EXIT.cancelled and the caller restores as for any failed gate. Without a
 * cancellation the gate runs as it is.
 */
async function cancellableGate(cancel, touch, gate) {
    if (!cancel)
        return gate();
    let touching;
    const off = cancel.onCancel(() => { touching = touch().catch(() => undefined); });
    try {
        return await gate();
    }
    finally {
        off();
        await touching;
    }
}
/** How long a second signal waits for the hosts to be consistent before gantry exits anyway. */
const SECOND_SIGNAL_GRACE_SECONDS = 240;
/**
 * Installs SIGINT/SIGTERM handlers for one deploy or rollback. The first signal cancels; a second
 * one is said, and honoured once the hosts are consistent (the command ends without its optional
 * work, post_deploy_cmd), or after graceSeconds at the latest, exiting EXIT.mixed then: the
 * hosts' state is not known, and the next run repairs what a cut cleanup left.
 */
function cancelOnSignals(cancel, o) {
    const signals = o.signals ?? ['SIGINT', 'SIGTERM'];
    const on = o.on ?? ((s, fn) => { process.on(s, fn); });
    const off = o.off ?? ((s, fn) => { process.off(s, fn); });
    const exit = o.exit ?? ((code) => process.exit(code));
    const grace = o.graceSeconds ?? SECOND_SIGNAL_GRACE_SECONDS;
    let timer;
    let hurried = false;
    const handlers = signals.map((s) => {
        const fn = () => {
            if (!cancel.cancelled) {
                o.say(`${s}: cancelling: no new host or batch starts; every host this run touched goes back to the version it served before (a second signal ends gantry once they do, at most ${grace} s later)`);
                cancel.cancel(s);
                return;
            }
            if (hurried) {
                o.say(`${s} again: still bringing hosts back; gantry ends once they are consistent, or in ${grace} s at the latest`);
                return;
            }
            hurried = true;
            o.say(`${s} again: gantry ends as soon as every host touched is consistent, at most ${grace} s from now`);
            timer = setTimeout(() => {
                o.say(`cancelled: the hosts were not consistent ${grace} s after the second signal; exiting, the fleet may be mixed (the next deploy or rollback repairs a half-done host)`);
                exit(_exit_codes__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.mixed);
            }, grace * 1000);
            timer.unref();
        };
        on(s, fn);
        return [s, fn];
    });
    return {
        get hurried() {
            return hurried;
        },
        dispose() {
            for (const [s, fn] of handlers)
                off(s, fn);
            if (timer)
                clearTimeout(timer);
        },
    };
}


/***/ }),

/***/ 74035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ HostLock),
/* harmony export */   p: () => (/* binding */ pidAlive)
/* harmony export */ });
/* harmony import */ var _steps_run_step__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86849);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92743);
/* harmony import */ var _steps_lock_steps__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81394);



function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
function describeHolder(v) {
    return `${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}${v.holder_busy === '1' ? ', a step of it is running' : ''})`;
}
class HostLock {
    conn;
    o;
    held = false;
    stopBeat;
    beating;
    /** Why the lock stopped being ours (or refreshable) while held; undefined while all is well. */
    trouble;
    constructor(conn, o) {
        this.conn = conn;
        this.o = o;
    }
    get isHeld() {
        return this.held;
    }
    /**
     * Takes the lock, waiting up to waitSeconds while another run holds it; throws a StepFailure
     * naming the holder when it gives up. Starts the heartbeat once taken.
     */
    async take() {
        const { service, owner, clock, limits } = this.o;
        const deadline = clock.now() + this.o.waitSeconds * 1000;
        let breakToken = '';
        let announced = false;
        for (;;) {
            const r = await (0,_steps_run_step__WEBPACK_IMPORTED_MODULE_0__/* .execStep */ .i7)(this.conn, (0,_steps_lock_steps__WEBPACK_IMPORTED_MODULE_2__/* .lockStep */ .s9)(service, owner, limits.stale, breakToken), limits.attempt, this.o.debug);
            const v = r.out.values;
            if (r.code === 0 && v.acquired === '1') {
                if (v.broke)
                    this.o.note(`took over the lock of ${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}): ${v.broke}`);
                this.held = true;
                this.startHeartbeat();
                this.o.say(`lock on ${service} taken`);
                return;
            }
            if (r.code !== _steps_render__WEBPACK_IMPORTED_MODULE_1__/* .STEP_EXIT */ .a4.lockHeld) {
                throw new _steps_run_step__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH('lock', r.code, `lock: ${r.lost ?? v.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
            }
            const holderPid = Number(v.holder_pid);
            // A run of ours on this machine that died holding the lock: take it over now rather than after the stale limit.
            if (v.holder_runner === owner.runner && holderPid !== owner.pid && holderPid > 0 && !this.o.isAlive(holderPid) &&
                v.holder_busy === '0' && v.holder_token && breakToken !== v.holder_token) {
                breakToken = v.holder_token;
                continue;
            }
            const holder = describeHolder(v);
            const cancelled = this.o.cancelled?.();
            if (cancelled)
                throw new _steps_run_step__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH('lock', r.code, `lock: cancelled (${cancelled}) while waiting for the lock held by ${holder}; nothing was changed here`);
            if (clock.now() >= deadline) {
                throw new _steps_run_step__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH('lock', r.code, `lock: ${service} is locked by ${holder}; gave up after lock_timeout ${this.o.waitSeconds} s`);
            }
            if (!announced) {
                this.o.say(`waiting up to ${this.o.waitSeconds} s for the lock held by ${holder}`);
                announced = true;
            }
            await clock.sleep(Math.min(limits.retry * 1000, Math.max(0, deadline - clock.now())));
        }
    }
    startHeartbeat() {
        this.stopBeat = this.o.clock.every(this.o.limits.heartbeat * 1000, () => {
            if (this.beating || !this.held)
                return;
            this.beating = this.beat().finally(() => { this.beating = undefined; });
        });
    }
    /**
     * One refresh. A lock that is no longer ours, or a refresh that fails, is said once in the
     * report: another run may then deploy alongside this one, and whoever reads the report must know.
     */
    async beat() {
        let problem;
        let lost = false;
        try {
            const r = await (0,_steps_run_step__WEBPACK_IMPORTED_MODULE_0__/* .execStep */ .i7)(this.conn, (0,_steps_lock_steps__WEBPACK_IMPORTED_MODULE_2__/* .heartbeatStep */ .L$)(this.o.service, this.o.owner.token), this.o.limits.heartbeat, this.o.debug);
            if (r.code === 0)
                return;
            lost = r.code === _steps_render__WEBPACK_IMPORTED_MODULE_1__/* .STEP_EXIT */ .a4.lockLost;
            problem = lost
                ? `lost the lock during the run: ${r.out.values.error || 'another run took it'}`
                : `could not refresh the lock (it may be taken over as stale): ${r.lost ?? r.out.values.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`;
        }
        catch (err) {
            problem = `could not refresh the lock (it may be taken over as stale): ${err.message}`;
        }
        if (lost) {
            this.held = false;
            this.stopBeat?.();
        }
        if (this.trouble !== problem) {
            this.trouble = problem;
            this.o.warn(problem);
        }
    }
    /** Stops the heartbeat and releases the lock if it is still ours; a failure is noted, not thrown. */
    async release() {
        this.stopBeat?.();
        this.stopBeat = undefined;
        await this.beating;
        if (!this.held)
            return;
        this.held = false;
        const r = await (0,_steps_run_step__WEBPACK_IMPORTED_MODULE_0__/* .execStep */ .i7)(this.conn, (0,_steps_lock_steps__WEBPACK_IMPORTED_MODULE_2__/* .lockReleaseStep */ .l0)(this.o.service, this.o.owner.token), this.o.limits.release, this.o.debug);
        if (r.code !== 0) {
            this.o.warn(`could not release the lock: ${r.lost ?? r.out.values.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
        }
    }
}


/***/ }),

/***/ 21346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xi: () => (/* binding */ HostRunBase),
  HV: () => (/* binding */ HostSession),
  O0: () => (/* binding */ STEP_TIMEOUTS)
});

// UNUSED EXPORTS: StepFailure, connectHost, takeLock

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/deploy/rollout/host-lock.ts
var host_lock = __webpack_require__(74035);
// EXTERNAL MODULE: ./src/deploy/rollout/cancellation.ts
var cancellation = __webpack_require__(44282);
;// CONCATENATED MODULE: ./src/deploy/rollout/host-record.ts
/**
 * One host's line in the rollout report, and what the log says about it: every change of a
 * host's outcome goes through here, so the report and the log cannot disagree.
 */
class HostRecord {
    label;
    reporter;
    report;
    constructor(label, reporter) {
        this.label = label;
        this.reporter = reporter;
        this.report = { host: label, outcome: 'skipped', running: 'previous' };
    }
    say(message) {
        this.reporter.info(`${this.label}: ${message}`);
    }
    debug(message) {
        this.reporter.debug(`${this.label}: ${message}`);
    }
    /** Kept in the report's notes and said. */
    note(message) {
        (this.report.notes ??= []).push(message);
        this.say(message);
    }
    /** Kept in the report's notes and shown as a warning. */
    warn(message) {
        (this.report.notes ??= []).push(message);
        this.reporter.warn(`${this.label}: ${message}`);
    }
    hostKey(verdict) {
        this.report.hostKey = `${verdict.keyType} ${verdict.fingerprint}`;
    }
    fail(outcome, running, message) {
        this.report.outcome = outcome;
        this.report.running = running;
        this.report.message = message;
        this.say(`${outcome}: ${message}`);
    }
    succeeded(running) {
        this.report.outcome = 'ok';
        this.report.running = running;
    }
    rolledBack(message) {
        this.report.outcome = 'rolled back';
        this.report.running = 'previous';
        this.report.message = message;
    }
    skip(reason) {
        this.report.outcome = 'skipped';
        this.report.running = 'previous';
        this.report.message = reason;
    }
}

// EXTERNAL MODULE: ./src/deploy/steps/run-step.ts
var run_step = __webpack_require__(86849);
// EXTERNAL MODULE: ./src/deploy/connection/connect-error.ts
var connect_error = __webpack_require__(81929);
// EXTERNAL MODULE: ./src/deploy/steps/render.ts + 1 modules
var render = __webpack_require__(92743);
;// CONCATENATED MODULE: ./src/deploy/rollout/target-run.ts









/** Each host step's time limit, in seconds. Tests shorten none of them: they are limits, not delays. */
const STEP_TIMEOUTS = {
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
/** Connects to a host, recording its key; undefined (the host's failure recorded) when it cannot. */
async function connectHost(target, ctx, record) {
    try {
        const { connection, verdict } = await ctx.connect(target);
        if (verdict) {
            record.hostKey(verdict);
            if (verdict.how === 'accept-new') {
                ctx.reporter.warn(`${target.label}: accepted a host key not in known_hosts (ssh_host_key_policy accept-new): ${verdict.keyType} ${verdict.fingerprint}; pin it with: ${verdict.knownHostsLine}`);
                (record.report.notes ??= []).push(`accepted new host key ${verdict.keyType} ${verdict.fingerprint}`);
            }
            else
                record.say(`connected, host key ${verdict.keyType} ${verdict.fingerprint} matches the pin`);
        }
        else
            record.say('using the local engine');
        return connection;
    }
    catch (err) {
        if (err instanceof connect_error/* ConnectError */.T) {
            const outcome = err.kind === 'unreachable' ? 'unreachable' : err.kind === 'host-key' ? 'refused host key' : 'failed';
            if (err.verdict)
                record.hostKey(err.verdict);
            record.fail(outcome, 'previous', err.message);
        }
        else
            record.fail('failed', 'previous', `connect: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
/** Takes the service's lock on a host (waiting up to lock_timeout); throws when it cannot. */
async function takeLock(conn, ctx, record, service, token) {
    const lock = new host_lock/* HostLock */.k(conn, {
        service,
        owner: { token, by: ctx.actor.by, runner: ctx.actor.runner, pid: ctx.actor.pid },
        waitSeconds: ctx.spec.lockTimeout,
        limits: { attempt: STEP_TIMEOUTS.lockAttempt, retry: STEP_TIMEOUTS.lockRetry, stale: STEP_TIMEOUTS.lockStale, heartbeat: STEP_TIMEOUTS.heartbeat, release: STEP_TIMEOUTS.release },
        clock: ctx.clock,
        isAlive: ctx.isAlive,
        cancelled: () => ctx.cancel?.reason,
        say: (m) => record.say(m),
        note: (m) => record.note(m),
        warn: (m) => record.warn(m),
        debug: (m) => record.debug(m),
    });
    await lock.take();
    return lock;
}
/**
 * A session with one host: its report line, connection, lock and step plumbing, and the close.
 * Every target's run is one (the swarm target's with its manager).
 */
class HostSession {
    ctx;
    record;
    conn;
    lock;
    token = (0,external_crypto_.randomBytes)(12).toString('hex');
    constructor(label, ctx) {
        this.ctx = ctx;
        this.record = new HostRecord(label, ctx.reporter);
    }
    get report() {
        return this.record.report;
    }
    since(t) {
        return (this.ctx.clock.now() - t) / 1000;
    }
    step(s, timeoutSeconds) {
        if (!this.conn)
            return Promise.reject(new run_step/* StepFailure */.pH(s.name, null, `${s.name}: not connected`, undefined, true));
        return (0,run_step/* runStep */.eg)(this.conn, s, timeoutSeconds, (m) => this.record.debug(m));
    }
    /** Connects to `target`; false (the failure recorded) when it cannot. */
    async connect(target) {
        this.conn = await connectHost(target, this.ctx, this.record);
        return this.conn !== undefined;
    }
    /** Takes the service's lock (waiting up to lock_timeout); throws when it cannot. */
    async takeLock() {
        this.lock = await takeLock(this.conn, this.ctx, this.record, this.ctx.spec.service, this.token);
    }
    /** Releases the lock and the connection. */
    async close() {
        try {
            await this.lock?.release();
        }
        catch (err) {
            this.record.warn(`could not release the lock: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        this.lock = undefined;
        await this.conn?.close().catch(() => undefined);
        this.conn = undefined;
    }
}
/**
 * What every per-host target run shares: the session, open (connect, preflight, lock, converge),
 * the health gate, restore after a failed switch, switch-and-gate, rollback_to's lookup and its
 * unchanged check, the fleet's undo. A target gives its HostSteps and fills in deploy, rollBack,
 * how it retires a first deploy and how it switches back.
 */
class HostRunBase extends HostSession {
    target;
    /** Counts the time of a switch step that failed as start time (the container target's report does). */
    startOnFailedSwitch = false;
    opened;
    /** rollback_to's lookup on this host, once done. */
    resolved;
    constructor(target, ctx) {
        super(target.label, ctx);
        this.target = target;
    }
    /** What preflight printed, for the target's own use (e.g. the host's machine). */
    preflighted(_out) { }
    /** What the last converge step printed, for the target's own use. */
    converged(_out) { }
    /** Finalize's pruned versions, for the report. */
    pruned(_versions) { }
    audit(action, from, to) {
        return { action, by: this.ctx.actor.by, from: from ?? '', to: to ?? '' };
    }
    /** Connects, checks the host, takes the lock and repairs what an interrupted run left, once. False when the host is out. */
    open() {
        return (this.opened ??= this.openHost());
    }
    async openHost() {
        const { record } = this;
        if (!(await this.connect(this.target)))
            return false;
        try {
            this.preflighted(await this.step(this.steps.preflight(), STEP_TIMEOUTS.preflight));
            await this.takeLock();
        }
        catch (err) {
            record.fail('failed', 'previous', (0,errors/* errorMessage */.gJ)(err));
            return false;
        }
        try {
            let out;
            for (const s of this.steps.converge()) {
                out = await this.step(s, STEP_TIMEOUTS.converge);
                for (const fixed of (0,render/* listValues */.Du)(out, 'fixed'))
                    record.note(fixed);
            }
            this.report.previousDigest = out?.values[this.steps.values.current] ?? '';
            if (out)
                this.converged(out);
        }
        catch (err) {
            record.fail('failed', 'unknown', (0,errors/* errorMessage */.gJ)(err));
            return false;
        }
        return true;
    }
    /**
     * Health gate of what runs under the name now (or of what was started beside it); returns the
     * seconds it took. A forward switch's gate (cancellable) stops early when the run is cancelled.
     */
    async healthGate(target = 'name', cancellable = false) {
        const t = this.ctx.clock.now();
        const mark = cancellable && this.ctx.cancel ? (0,cancellation/* cancelMarkId */.P4)() : undefined;
        const out = await (0,cancellation/* cancellableGate */._l)(mark ? this.ctx.cancel : undefined, () => this.step(this.steps.cancel(mark), cancellation/* CANCEL_STEP_SECONDS */.au), () => this.step(this.steps.health(target, mark), this.ctx.spec.health.timeout + 60));
        return { seconds: this.since(t), out };
    }
    /**
     * After a failed switch or health gate: put back what ran before, and check it is healthy.
     * Returns what the host serves afterwards, relative to the switch that failed.
     */
    async restore(audit, switchedFrom) {
        const { record } = this;
        const words = this.steps.words;
        if (!this.ctx.spec.rollback && !this.ctx.cancel?.cancelled) {
            record.note(words.leftInPlace);
            return 'unknown';
        }
        try {
            const r = await this.step(this.steps.restore(audit), STEP_TIMEOUTS.restore);
            if (r.values.switch_gone === '1' || r.values.restored === undefined) {
                record.note(`nothing of this run was left to put back: its switch record is gone from the host (the lock was forced open and another run changed the host meanwhile); it serves ${r.values.serving || 'nothing under the service\'s name'}`);
                return 'unknown';
            }
            if (r.values.restored === 'none') {
                record.say(words.removedNone);
                return switchedFrom;
            }
            record.say(words.restored(r.values.restored ?? ''));
            try {
                await this.healthGate();
                record.say(`${words.restoredUnit} is healthy`);
            }
            catch (err) {
                record.note(`${words.restoredUnit} is not healthy either: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
            return switchedFrom;
        }
        catch (err) {
            record.note(`could not restore what ran before: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return 'unknown';
        }
    }
    /**
     * Runs the switch step `sw`, health-gates, finalizes. On failure restores and marks the host
     * failed. `toPrevious`: the switch goes to the host's previous version, which its output names.
     * `from`/`to` say what the host runs before and after, in the report's terms.
     */
    async switchAndGate(sw, toPrevious, audit, from, to) {
        const { clock } = this.ctx;
        const { values, words } = this.steps;
        const t = clock.now();
        let tHealth = 0;
        let switched = false;
        if (to === 'new' && (0,cancellation/* cancelledBeforeSwitch */.BN)(this.ctx.cancel, this.record))
            return false;
        try {
            const out = await this.step(sw, STEP_TIMEOUTS.switch);
            switched = true;
            if (toPrevious) {
                this.report.newDigest = out.values[values.source];
                audit = { ...audit, to: out.values[values.source] ?? '' };
            }
            this.report.previousDigest ??= out.values[values.previous];
            this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
            this.record.say(`${words.started(out.values[values.source] ?? '')}; health gate up to ${this.ctx.spec.health.timeout} s`);
            tHealth = clock.now();
            const gate = await this.healthGate('name', to === 'new');
            this.report.healthSeconds = gate.seconds;
            this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
        }
        catch (err) {
            if (err instanceof run_step/* StepFailure */.pH && err.step === this.steps.health().name) {
                this.report.healthSeconds = this.since(tHealth || t);
                this.report.logs = (0,render/* listValues */.Du)(err.out ?? (0,render/* parseStepOutput */.VX)(''), 'log');
            }
            if (err instanceof run_step/* StepFailure */.pH && err.step === sw.name && err.unsent) {
                // The session was gone before the switch was sent (a jump host that dropped it): nothing
                // ran, the host serves what it did, and there is nothing to restore.
                this.record.fail('failed', from, `${(0,errors/* errorMessage */.gJ)(err)}; the switch never reached the host, which was left as it was`);
                return false;
            }
            if (err instanceof run_step/* StepFailure */.pH && err.step === sw.name && err.code === render/* STEP_EXIT */.a4.nothingToSwitch) {
                if (err.out?.values.never_deployed === '1')
                    this.report.neverDeployed = true;
                this.record.fail('failed', from, (0,errors/* errorMessage */.gJ)(err));
                return false;
            }
            const running = await this.restore({ ...audit }, from);
            if (to !== 'new' || !(0,cancellation/* recordCancelled */.l$)(this.ctx.cancel, this.record, running, (0,errors/* errorMessage */.gJ)(err)))
                this.record.fail('failed', running, (0,errors/* errorMessage */.gJ)(err));
            if (!switched && this.startOnFailedSwitch)
                this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
            return false;
        }
        return this.finish(audit, to);
    }
    /** Finalize: keeps what ran before as the previous version, records, prunes, audits. */
    async finish(audit, to) {
        try {
            this.pruned((0,render/* listValues */.Du)(await this.step(this.steps.finalize(audit), STEP_TIMEOUTS.finalize), 'pruned'));
        }
        catch (err) {
            this.record.fail('failed', 'unknown', `${(0,errors/* errorMessage */.gJ)(err)} (${this.steps.words.healthyUnit} is healthy, but the host's records are incomplete)`);
            return false;
        }
        this.record.succeeded(to);
        this.record.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
        return true;
    }
    /**
     * rollback_to, before any host changes: connects, locks, and finds the version among those this
     * host keeps (this.resolved). Returns the error line when it is not there (or the host is out).
     */
    async resolveRollbackTo() {
        if (!(await this.open()))
            return this.report.message;
        try {
            this.resolved = await this.step(this.steps.resolve(this.ctx.spec.rollbackTo), STEP_TIMEOUTS.preflight);
            return undefined;
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,errors/* errorMessage */.gJ)(err));
            return this.report.message;
        }
    }
    /** rollback_to names what the host runs already (and force is off): recorded as unchanged; true then. */
    alreadyRuns(version) {
        if (version !== this.report.previousDigest || this.ctx.spec.force)
            return false;
        Object.assign(this.report, { outcome: 'unchanged', running: 'new', message: `already runs ${version}` });
        this.record.say(`unchanged: already runs ${version}`);
        return true;
    }
    /** The fleet failed: put this host (ok in this run) back on what it ran before the run. */
    async undo(reason) {
        if (this.report.outcome !== 'ok')
            return;
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
            }
            catch (err) {
                // A retire that never reached the host leaves it on this run's version.
                record.fail('failed', err instanceof run_step/* StepFailure */.pH && err.unsent ? 'new' : 'unknown', `could not roll back: ${(0,errors/* errorMessage */.gJ)(err)}`);
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
        }
        else {
            this.report.message = `could not roll back: ${this.report.message}`;
        }
    }
    /** A defect, not a host's failure: say so, and do not claim to know what the host runs. */
    crashed(err) {
        this.record.fail('failed', 'unknown', `internal error: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    /** Marks a host the rollout never reached. */
    skip(reason) {
        this.record.skip(reason);
    }
}


/***/ }),

/***/ 81394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ describeLock),
/* harmony export */   L$: () => (/* binding */ heartbeatStep),
/* harmony export */   SI: () => (/* binding */ unfinishedSwitch),
/* harmony export */   l0: () => (/* binding */ lockReleaseStep),
/* harmony export */   ms: () => (/* binding */ lockHolder),
/* harmony export */   s9: () => (/* binding */ lockStep)
/* harmony export */ });
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53412);
/* harmony import */ var _render__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92743);
/**
 * The service's deploy lock on a host, the protocol every target shares (steps/lock.sh,
 * heartbeat.sh, lock-release.sh; force-unlock.sh is the unlock command's, in fleet-steps.ts).
 */


/** The lock's steps use lib.sh alone (no container's shell: each byte of a script costs the host a read). */
const LOCK_LIBS = ['lib'];
/**
 * One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of
 * its holder still runs and either its heartbeat is older than staleSeconds, or its token is
 * breakToken (a run of our own that is known dead). Exit lockHeld with holder_* lines when held.
 */
function lockStep(service, owner, staleSeconds, breakToken = '') {
    return (0,_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('lock', service, {
        TOKEN: owner.token, RUNNER: (0,_shell_quote__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(owner.runner), OWNER_PID: Math.floor(owner.pid), STALE: Math.floor(staleSeconds), BREAK: breakToken,
    }, { by: owner.by, libs: LOCK_LIBS });
}
/** Refreshes the lock's heartbeat; exit lockLost when the lock is no longer ours. */
function heartbeatStep(service, token) {
    return (0,_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('heartbeat', service, { TOKEN: token }, { libs: LOCK_LIBS });
}
/** Releases the lock this run holds (its token); another run's lock is left alone. */
function lockReleaseStep(service, token) {
    return (0,_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('lock-release', service, { TOKEN: token }, { libs: LOCK_LIBS });
}
/** A host's lock holder from a status step's lock_* lines; undefined when the service is not locked. Pure. */
function lockHolder(v) {
    if (v.lock_by === undefined)
        return undefined;
    return { by: v.lock_by, runner: v.lock_runner ?? '', since: v.lock_since ?? '', ageSeconds: Number(v.lock_age ?? 0) };
}
/**
 * An unfinished switch from a status step's switch_started line (unix seconds), as a line under
 * the status table; undefined when there is none. Pure.
 */
function unfinishedSwitch(v, what) {
    if (v.switch_started === undefined)
        return undefined;
    const t = Number(v.switch_started);
    const since = Number.isFinite(t) && t > 0 ? new Date(t * 1000).toISOString().replace(/\.000Z$/, 'Z') : 'an unknown time';
    return `a switch ${what} is unfinished since ${since}: a run is in its health gate now, or was stopped halfway (the next deploy or rollback puts back what ran before it)`;
}
/** A lock holder as one table cell ('-' when there is none). Pure. */
function describeLock(lock) {
    return lock ? `${lock.by} since ${lock.since} (heartbeat ${lock.ageSeconds} s ago)` : '-';
}


/***/ }),

/***/ 86849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   i7: () => (/* binding */ execStep),
/* harmony export */   pH: () => (/* binding */ StepFailure)
/* harmony export */ });
/* unused harmony export failureOf */
/* harmony import */ var _render__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92743);

/** A failed step on a host, as one line. */
class StepFailure extends Error {
    step;
    code;
    out;
    unsent;
    /** unsent: the step never reached the host (its connection was already gone): nothing of it ran there. */
    constructor(step, code, message, out, unsent = false) {
        super(message);
        this.step = step;
        this.code = code;
        this.out = out;
        this.unsent = unsent;
        this.name = 'StepFailure';
    }
}
/** Runs a step's script on a connection and parses what it printed; never throws for a failed step. */
async function execStep(conn, s, timeoutSeconds, debug = () => undefined) {
    const t0 = Date.now();
    const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds });
    debug(`${s.name}: exit ${r.code ?? 'none'} after ${Date.now() - t0} ms`);
    if (r.stderr.trim())
        debug(`${s.name} stderr: ${r.stderr.trim()}`);
    return { name: s.name, code: r.code, out: (0,_render__WEBPACK_IMPORTED_MODULE_0__/* .parseStepOutput */ .VX)(r.stdout), stderr: r.stderr, lost: r.lost, ...(r.unsent ? { unsent: true } : {}) };
}
/** Why a step failed, in one line: the lost connection, the script's error= line, its last stderr line, or its exit code. */
function failureOf(r) {
    const why = r.lost ?? r.out.values.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`);
    return new StepFailure(r.name, r.code, `${r.name}: ${why}`, r.out, r.unsent === true);
}
/** Runs a step that must succeed: a non-zero exit (or none) becomes a StepFailure. */
async function runStep(conn, s, timeoutSeconds, debug) {
    const r = await execStep(conn, s, timeoutSeconds, debug);
    if (r.code === 0)
        return r.out;
    throw failureOf(r);
}


/***/ })

};
;