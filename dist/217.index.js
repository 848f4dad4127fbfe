"use strict";
exports.id = 217;
exports.ids = [217];
exports.modules = {

/***/ 55235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ readSpec),
/* harmony export */   e9: () => (/* binding */ failures),
/* harmony export */   jg: () => (/* binding */ fleet),
/* harmony export */   se: () => (/* binding */ askFleet)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91084);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38422);
/* harmony import */ var _spec_deploy_spec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82011);
/* harmony import */ var _rollout_deploy_actor__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77394);
/* harmony import */ var _connection_connector__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29623);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92743);
/* harmony import */ var _prepare__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20205);
/* harmony import */ var _connection_gate__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9109);
/** What the fleet commands (status, logs, audit, unlock, maintenance) share: the fleet, one step asked of every host. */










/** The spec of a fleet command: hosts, service and target settings, without a deploy's env. */
function readSpec(inputs) {
    return (0,_spec_deploy_spec__WEBPACK_IMPORTED_MODULE_4__/* .deploySpec */ .hg)({ ...inputs, deploy_image: inputs.deploy_image, env: [] }, {}, 'read');
}
/** The fleet a day-two command talks to: its hosts, how to reach them, the service, who asks. */
async function fleet(inputs, reporter, env) {
    for (const s of (0,_inputs__WEBPACK_IMPORTED_MODULE_3__/* .secretValues */ .VX)(inputs))
        reporter.mask(s);
    const spec = readSpec(inputs);
    const keys = { key: await (0,_prepare__WEBPACK_IMPORTED_MODULE_7__.clientKey)(spec, env), jumpKey: await (0,_prepare__WEBPACK_IMPORTED_MODULE_7__.jumpKey)(spec) };
    return { service: spec.service, spec, hosts: spec.hosts, connect: (0,_connection_connector__WEBPACK_IMPORTED_MODULE_5__/* .connector */ .M3)(spec, keys, reporter, env), by: (0,_rollout_deploy_actor__WEBPACK_IMPORTED_MODULE_8__/* .describeActor */ .t)(env, (0,os__WEBPACK_IMPORTED_MODULE_0__.hostname)(), (0,_prepare__WEBPACK_IMPORTED_MODULE_7__.localUser)()) };
}
/**
 * Runs one step on every host, ssh_max_connections hosts at once (one login to the jump hosts for
 * all); a host that cannot be reached is named, not fatal.
 */
async function askFleet(inputs, reporter, env, render, seconds = 60, o = {}) {
    const { service, spec, connect, by } = await fleet(inputs, reporter, env);
    const hosts = o.only ? spec.hosts.filter((t) => o.only.has(t.label)) : spec.hosts;
    const ask = async (t) => {
        // A cancelled command asks no host whose turn had not come (those asked finish their step).
        if (o.cancel?.cancelled)
            return { host: t.label, skipped: true };
        let conn;
        try {
            conn = (await connect(t)).connection;
            const s = render(service, by, spec);
            const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: seconds });
            const out = (0,_steps_render__WEBPACK_IMPORTED_MODULE_6__/* .parseStepOutput */ .VX)(r.stdout);
            if (r.code !== 0)
                return { host: t.label, out, error: r.lost ?? out.values.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`) };
            return { host: t.label, out };
        }
        catch (err) {
            return { host: t.label, error: (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err) };
        }
        finally {
            await conn?.close().catch(() => undefined);
        }
    };
    const gate = new _connection_gate__WEBPACK_IMPORTED_MODULE_9__/* .Gate */ .i(spec.maxConnections);
    try {
        return { service, answers: await Promise.all(hosts.map((t) => gate.run(() => ask(t)))) };
    }
    finally {
        await connect.close?.();
    }
}
/** Names each host that did not answer; the fleet command's exit code. */
function failures(answers, reporter) {
    const bad = answers.filter((a) => a.error !== undefined && !a.skipped);
    for (const a of bad)
        reporter.warn(`${a.host}: ${a.error}`);
    return bad.length === 0 ? _exit_codes__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok : _exit_codes__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.failed;
}


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   maintenance: () => (/* binding */ maintenance),
/* harmony export */   undoCancelled: () => (/* binding */ undoCancelled)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _targets_container_proxy_proxy_steps__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17375);
/* harmony import */ var _targets_container_proxy_proxy_config__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82872);
/* harmony import */ var _fleet_query__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55235);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91084);
/* harmony import */ var _rollout_cancellation__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44282);






/** The proxy of a container spec in proxy mode (maintenance checks the inputs for it first). */
function proxyOf(spec) {
    if (spec.target !== 'container' || !spec.proxy)
        throw new Error('maintenance: not a container spec in proxy mode');
    return spec.proxy;
}
/**
 * maintenance (on) and live (off), proxy mode: every host's proxy answers the service's names with
 * 503 and maintenance_message, or serves the service again. Deploys and rollbacks meanwhile switch
 * the route kept aside, so the service stays in maintenance until live.
 */
async function maintenance(inputs, reporter, on, env) {
    const command = on ? 'maintenance' : 'live';
    if (inputs.deploy_target !== 'container') {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('deploy_target', `'${inputs.deploy_target}' has no proxy to answer for the service`, `container with proxy_port: ${command} changes the service's route on the proxy`);
    }
    if (!inputs.proxy_port.trim())
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('proxy_port', 'is empty', `the proxy_port the service is deployed with: ${command} changes its route on the proxy`);
    const message = inputs.maintenance_message.trim();
    if (!message || /[\r\n]/.test(message) || message.length > 1000) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('maintenance_message', !message ? 'is empty' : /[\r\n]/.test(message) ? 'holds a line break' : 'is longer than 1000 characters', 'one line of text, up to 1000 characters');
    }
    const step = (mode) => (s, by, spec) => {
        const proxy = proxyOf(spec);
        return (0,_targets_container_proxy_proxy_steps__WEBPACK_IMPORTED_MODULE_1__/* .maintenanceStep */ .Io)(s, {
            on: mode, port: proxy.port, hosts: proxy.hosts, routeFile: (0,_targets_container_proxy_proxy_config__WEBPACK_IMPORTED_MODULE_2__/* .routeFileName */ .VJ)(s, proxy.hosts), maintenanceRoute: (0,_targets_container_proxy_proxy_config__WEBPACK_IMPORTED_MODULE_2__/* .maintenanceRouteLine */ .TO)(s, proxy.hosts, message),
            drainSeconds: proxy.drainTimeout, by,
        });
    };
    // SIGINT/SIGTERM: no host whose turn has not come is asked, and every host this command turned
    // is turned back, so the fleet stays as it was when the command began (exit 5).
    const cancel = new _rollout_cancellation__WEBPACK_IMPORTED_MODULE_5__/* .Cancellation */ .mT();
    const watch = (0,_rollout_cancellation__WEBPACK_IMPORTED_MODULE_5__/* .cancelOnSignals */ .dJ)(cancel, { say: (line) => reporter.warn(line) });
    try {
        const { service, answers } = await (0,_fleet_query__WEBPACK_IMPORTED_MODULE_3__/* .askFleet */ .se)(inputs, reporter, env, step(on), 60, { cancel });
        for (const a of answers) {
            if (a.error !== undefined || a.skipped)
                continue;
            if (on)
                reporter.info(`${a.host}: ${service} is in maintenance: the proxy answers 503 "${message}"`);
            else
                reporter.info(`${a.host}: ${a.out?.values.changed === '0' ? `${service} was not in maintenance` : `${service} is live again`}`);
        }
        if (!cancel.cancelled)
            return (0,_fleet_query__WEBPACK_IMPORTED_MODULE_3__/* .failures */ .e9)(answers, reporter);
        const back = async (only) => (await (0,_fleet_query__WEBPACK_IMPORTED_MODULE_3__/* .askFleet */ .se)(inputs, reporter, env, step(!on), 60, { only })).answers;
        return await undoCancelled({ reporter, command, service, answers, why: cancel.reason ?? 'a signal', back, on });
    }
    finally {
        watch.dispose();
    }
}
/** After a cancel: the hosts this command turned are turned back; one line says what the fleet is. */
async function undoCancelled(o) {
    const was = o.on ? 'off' : 'on';
    const turned = o.answers.filter((a) => a.error === undefined && !a.skipped && a.out?.values.was === was).map((a) => a.host);
    const unknown = o.answers.filter((a) => a.error !== undefined && !a.skipped).map((a) => a.host);
    const skipped = o.answers.filter((a) => a.skipped).length;
    const undone = turned.length ? await o.back(new Set(turned)) : [];
    const stuck = [...undone.filter((a) => a.error !== undefined).map((a) => `${a.host} (${a.error})`), ...unknown];
    if (stuck.length) {
        o.reporter.warn(`${o.service}: ${o.command} cancelled (${o.why}): not every host is as it was; these may be left changed: ${stuck.join(', ')}`);
        return _exit_codes__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.mixed;
    }
    o.reporter.warn(`${o.service}: ${o.command} cancelled (${o.why}): every host is as it was when the command began (${turned.length} turned back ${o.on ? 'to live' : 'to maintenance'}, ${skipped} never asked)`);
    return _exit_codes__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.cancelled;
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

/***/ 77571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ createStep),
/* harmony export */   DN: () => (/* binding */ statusStep),
/* harmony export */   J_: () => (/* binding */ healthStep),
/* harmony export */   PS: () => (/* binding */ switchStep),
/* harmony export */   SJ: () => (/* binding */ cloneLiveStep),
/* harmony export */   T2: () => (/* binding */ restoreStep),
/* harmony export */   U9: () => (/* binding */ logsStep),
/* harmony export */   ZL: () => (/* binding */ containerExecStep),
/* harmony export */   b5: () => (/* binding */ finalizeStep),
/* harmony export */   eO: () => (/* binding */ pullStep),
/* harmony export */   gk: () => (/* binding */ preflightStep),
/* harmony export */   iI: () => (/* binding */ unchangedStep),
/* harmony export */   "if": () => (/* binding */ PROXY_NETWORK),
/* harmony export */   m4: () => (/* binding */ retireStep),
/* harmony export */   tJ: () => (/* binding */ resolveVersionStep),
/* harmony export */   tf: () => (/* binding */ ociPullStep),
/* harmony export */   uH: () => (/* binding */ convergeStep)
/* harmony export */ });
/* unused harmony export createFlags */
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53412);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92743);
/* harmony import */ var _proxy_proxy_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82872);
/* harmony import */ var _target__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28073);
/* harmony import */ var _reserved_names__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47162);
/* harmony import */ var _container_options__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61378);
/**
 * The container target's host steps, rendered from plain data (pure): its shell is in steps/*.sh
 * beside this file; the proxy's steps are in proxy/.
 */






/** The docker network of proxy mode: the proxy and the application containers, no published ports but the proxy's. */
const PROXY_NETWORK = _reserved_names__WEBPACK_IMPORTED_MODULE_2__/* .PROXY_NAMES */ .G2.network;
/** Docker works for this user, the tools the steps need exist, the state directory is writable. */
function preflightStep(service, needsHttpClient) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('preflight', service, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}
/**
 * Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
 * unfinished, removes staged and transient containers and every scratch dir (which may hold a
 * registry login or an env file) left by a killed step.
 */
function convergeStep(service, by) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('converge', service, {}, { by });
}
/** Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls. */
function pullStep(service, ref, repository, registry, alsoImages = []) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('pull', service, {
        ALSO_IMAGES: alsoImages,
        REF: ref,
        REPO: repository,
        LOGIN: registry ? 1 : 0,
        REGISTRY_SERVER: registry?.server ?? '',
        REGISTRY_USER: registry?.username ?? '',
        LOGIN_SERVER: registry && registry.server !== 'docker.io' ? registry.server : '',
    }, { secrets: registry ? [registry.password] : [] });
}
/** Makes the oci: image present on the host under its names, fetching it through the forward when missing. */
function ociPullStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('oci-pull', service, {
        DIGEST: o.digest, IMAGE_ID: o.imageId, PULL_REF: o.pullRef, REF: o.ref, ALSO_TAG: o.alsoTag, DIFF_IDS: o.diffIds, ALSO_IMAGES: o.alsoImages,
    });
}
/** The docker create flags for a container spec (labels and env file added by the step), one argument each. */
function createFlags(o) {
    const flags = [`--restart=${o.restart}`];
    if (o.alias)
        flags.push(`--network=${PROXY_NETWORK}`, `--network-alias=${o.alias}`);
    else if (o.network)
        flags.push(`--network=${o.network}`);
    for (const p of o.ports)
        flags.push(`--publish=${p}`);
    for (const v of o.volumes)
        flags.push(`--volume=${v}`);
    if (o.options)
        flags.push(...(0,_container_options__WEBPACK_IMPORTED_MODULE_3__/* .dockerOptionFlags */ .jg)(o.options));
    return flags;
}
/**
 * Checks the network, the volumes' sources and the published ports on the host, then stages the
 * new container as <name>-gantry-new; env reaches it only through a 0600 file removed at once.
 */
function createStep(service, o) {
    const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
    const labels = [
        `dev.gantry.service=${service}`,
        `dev.gantry.image=${o.ref}`,
        `dev.gantry.image-digest=${o.digest}`,
        `dev.gantry.deployed-at=${o.deployedAt}`,
        `dev.gantry.deployed-by=${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(o.deployedBy)}`,
        ...(o.alias ? [`dev.gantry.alias=${o.alias}`] : []),
        ...(o.configHash ? [`dev.gantry.config=${o.configHash}`] : []),
    ];
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('create', service, {
        REF: o.ref, CREATE_FLAGS: createFlags(o), NETWORK: o.alias ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.alias ? 1 : 0,
        PORTS: o.ports, VOLUMES: o.volumes, LABELS: labels, ARGS: o.options?.args ?? [],
    }, { secrets: [envText] });
}
/**
 * Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
 * source 'new' switches to the staged container, 'prev' to the previous version (rollback).
 * Every move is written to services/<name>/switch first, so undo_switch can put things back.
 */
function switchStep(service, source) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('switch', service, { SOURCE: source });
}
/**
 * Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
 * healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
 * running for 5 s counts. Fails fast when the container exits; prints its last log lines on failure.
 */
function healthStep(service, h) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('health', service, {
        CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), SETTLE: Math.floor(Math.min(5, h.timeoutSeconds)),
        TARGET: h.target ?? 'name', PROBE_PORT: h.probe?.port ?? 0, PROBE_PATH: h.probe?.path ?? '', CANCEL: h.cancel ?? '',
    });
}
/** The new container is healthy: keep what ran before as the previous version, record, prune, audit. */
function finalizeStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('finalize', service, {
        REPO: o.repository, KEEP_IMAGES: Math.max(1, Math.floor(o.keepImages)), ...(0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(o.audit),
    }, { by: o.audit.by });
}
/** The new container failed: put back what ran before (the caller health-gates it again). */
function restoreStep(service, audit) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('restore', service, (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit), { by: audit.by });
}
/** Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy). */
function retireStep(service, audit) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('retire', service, (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit), { by: audit.by });
}
/**
 * Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under
 * the name runs the digest with those settings, healthy (and, in proxy mode, is what the proxy serves).
 */
function unchangedStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('unchanged', service, {
        DIGEST: o.digest, URL: o.healthUrl, PROXY_MODE: o.probe ? 1 : 0, PROBE_PORT: o.probe?.port ?? 0, PROBE_PATH: o.probe?.path ?? '',
        PROXY_CONTAINER: _proxy_proxy_config__WEBPACK_IMPORTED_MODULE_1__/* .PROXY */ .rG.container,
    }, { secrets: [o.configText] });
}
/** rollback_to: finds the version among those this host keeps; prints ref= and digest=, or fails listing them. */
function resolveVersionStep(service, want, keep) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('resolve', service, { WANT: want, KEEP: Math.max(1, Math.floor(keep)) });
}
/** rollback_to: stages <name>-gantry-new from an older image with the live container's own settings. */
function cloneLiveStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('clone', service, { REF: o.ref, DIGEST: o.digest, ALIAS: o.alias ?? '', NET: PROXY_NETWORK, AT: o.deployedAt }, { by: o.deployedBy });
}
/** The live container, the versions kept for rollback, the lock holder and the proxy route. */
function statusStep(service, keep) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('status', service, { KEEP: Math.max(1, Math.floor(keep)) });
}
/**
 * The service's logs on a host: since, the last `tail` lines, those holding `grep`. With follow,
 * new lines stream (line=, with alive= every second) until the session closes or the container stops.
 */
/**
 * exec: ARGS once with the live release (steps/exec.sh): a new container of the live image with
 * the live container's env, network, volumes and user (in new), or docker exec (in live).
 */
function containerExecStep(service, o, run) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('exec', service, {
        MODE: o.in, ARGS: o.args, EXEC_TIMEOUT: Math.floor(o.timeoutSeconds), LOCKED: run.locked ? 1 : '', RUN_ID: run.runId, MAX_LINES: _target__WEBPACK_IMPORTED_MODULE_5__/* .EXEC_MAX_LINES */ .h,
    });
}
function logsStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep, FOLLOW: o.follow ? 1 : 0 });
}


/***/ }),

/***/ 82872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ routeLine),
/* harmony export */   TO: () => (/* binding */ maintenanceRouteLine),
/* harmony export */   VJ: () => (/* binding */ routeFileName),
/* harmony export */   eX: () => (/* binding */ tlsPolicyLine),
/* harmony export */   mm: () => (/* binding */ upstreamAlias),
/* harmony export */   rG: () => (/* binding */ PROXY)
/* harmony export */ });
/* unused harmony exports serviceRoute, UPSTREAM_IDLE, caddyConfig */
/* harmony import */ var _reserved_names__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47162);
/**
 * Caddy's JSON configuration for proxy mode, rendered from plain data (pure: no I/O).
 *
 * Each service owns one route file on the host (~/.gantry/proxy/routes/<port>/<rank>-<service>.json,
 * one JSON route a line); the host-side step joins every service's file into Caddy's whole
 * configuration under a host-wide lock, so no deploy overwrites another service's route.
 */

/** Caddy's container, network and volumes on every host. */
const PROXY = {
    container: _reserved_names__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_NAMES */ .G2.container,
    configVolume: _reserved_names__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_NAMES */ .G2.configVolume,
    dataVolume: _reserved_names__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_NAMES */ .G2.dataVolume,
    /** Inside the proxy's own network namespace only: never published, not reachable from app containers. */
    admin: 'localhost:2019',
};
/** The network alias a container is dialled by: stable across renames, unique per deploy. */
function upstreamAlias(service, token) {
    return `${service}-${token}`.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
}
/** Routes with host names go first (files ranked 1), a catch-all route last (9). */
function routeFileName(service, hosts) {
    return `${hosts.length > 0 ? 1 : 9}-${service}.json`;
}
/** The service's route: its host names (or every name) to the container's alias and port. */
function serviceRoute(service, hosts, dial) {
    return {
        '@id': `gantry-${service}`,
        ...(hosts.length > 0 ? { match: [{ host: [...hosts] }] } : {}),
        // Idle connections to the upstream close after 2 s (Caddy's default keeps them 2 minutes): the
        // old container's drain counts open connections, and an idle kept-alive one would hold every
        // switch for the whole drain_timeout although no request is in flight.
        handle: [{ handler: 'reverse_proxy', upstreams: [{ dial }], transport: { protocol: 'http', keep_alive: { idle_timeout: UPSTREAM_IDLE } } }],
        terminal: true,
    };
}
/** How long Caddy keeps an idle connection to a container open. */
const UPSTREAM_IDLE = '2s';
/**
 * The route that answers the service's names while it is in maintenance: 503 with the message,
 * Retry-After, never cached.
 */
function maintenanceRouteLine(service, hosts, message) {
    return JSON.stringify({
        '@id': `gantry-${service}`,
        ...(hosts.length > 0 ? { match: [{ host: [...hosts] }] } : {}),
        handle: [{
                handler: 'static_response', status_code: 503,
                headers: { 'Content-Type': ['text/plain; charset=utf-8'], 'Retry-After': ['60'], 'Cache-Control': ['no-store'] },
                body: `${message}\n`,
            }],
        terminal: true,
    });
}
/** The TLS automation policy of a service's names: Caddy's default issuers (ACME), or its internal CA. */
function tlsPolicyLine(hosts, tls) {
    if (tls === 'off')
        return '';
    return JSON.stringify({ subjects: [...hosts], ...(tls === 'internal' ? { issuers: [{ module: 'internal' }] } : {}) });
}
/** The route as its file holds it: one line of JSON. */
function routeLine(service, hosts, dial) {
    return JSON.stringify(serviceRoute(service, hosts, dial));
}
/**
 * The whole configuration from every port's routes (as the host-side step assembles it; this is
 * the same shape, for tests and docs). Automatic HTTPS is off: plain HTTP on each proxy port.
 */
function caddyConfig(ports, drainSeconds) {
    const servers = {};
    for (const [port, routes] of [...ports.entries()].sort((a, b) => a[0] - b[0])) {
        if (routes.length === 0)
            continue;
        servers[`gantry-${port}`] = {
            listen: [`:${port}`],
            automatic_https: { disable: true },
            routes: routes.map((r) => JSON.parse(r)),
        };
    }
    return { admin: { listen: PROXY.admin }, apps: { http: { grace_period: `${drainSeconds}s`, servers } } };
}


/***/ }),

/***/ 17375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ proxySwitchStep),
/* harmony export */   I8: () => (/* binding */ proxyRetireStep),
/* harmony export */   Io: () => (/* binding */ maintenanceStep),
/* harmony export */   Y1: () => (/* binding */ proxyConvergeStep),
/* harmony export */   jK: () => (/* binding */ discardStep),
/* harmony export */   jt: () => (/* binding */ unrouteStep),
/* harmony export */   z_: () => (/* binding */ startBesideStep)
/* harmony export */ });
/* harmony import */ var _proxy_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82872);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92743);
/* harmony import */ var _container_steps__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77571);
/**
 * Host-side steps of proxy mode, rendered from plain data (pure).
 *
 * Proxy mode on a host: the Caddy container gantry-proxy owns the published proxy ports and sits
 * on the docker network `gantry` with the application containers, which publish nothing. A
 * release starts the new container beside the old one, health-gates it on its own address, then
 * switches the service's route (one file per service under ~/.gantry/proxy/routes, joined into
 * Caddy's whole configuration under a host-wide flock and loaded through Caddy's admin API inside
 * the proxy container), lets the old container drain, and keeps it stopped for rollback.
 * Caddy saves each loaded configuration in its /config volume and resumes it on restart.
 */



/** Proxy mode: starts the staged new container (or the kept previous version) beside the one serving. */
function startBesideStep(service, src) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('start', service, { SOURCE: src });
}
/**
 * Under the host-wide proxy lock: checks the route against other services', writes it, makes sure
 * the proxy container exists with the image and ports wanted (creating or replacing it), and loads
 * the whole configuration. A refused load puts the route files back: Caddy keeps what it served.
 */
function proxySwitchStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('proxy', service, {
        SOURCE: o.src, PORT: o.port, IMAGE: o.image, ALIAS: o.alias, DRAIN: Math.floor(o.drainSeconds), FILE: o.routeFile, ROUTE: o.route,
        HOSTS: o.hosts.join('\n'), TLS: o.tlsPolicy, PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, NET: _container_steps__WEBPACK_IMPORTED_MODULE_2__/* .PROXY_NETWORK */ ["if"], ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin,
        CONFIG_VOLUME: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.configVolume, DATA_VOLUME: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.dataVolume,
    }, { libs: PROXY_LIBS });
}
/** The steps that change the proxy read steps/proxy-lib.sh after lib.sh. */
const PROXY_LIBS = ['lib', 'docker-lib', 'proxy-lib'];
/**
 * maintenance (on) and live (off): under the host-wide proxy lock, the service's route is put
 * aside and its names answered with the maintenance route, or the route is put back; audited.
 */
function maintenanceStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('maintenance', service, {
        MODE: o.on ? 'on' : 'off', PORT: o.port, FILE: o.routeFile, HOSTS: o.hosts.join('\n'), MAINT: o.maintenanceRoute, DRAIN: Math.floor(o.drainSeconds), PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin,
    }, { libs: PROXY_LIBS, by: o.by });
}
/**
 * The fleet's rollback of a first deploy: under the host-wide proxy lock, the service's route is
 * taken off and the other services' routes loaded again (unrouted=1, or unrouted=none without a route).
 */
function unrouteStep(service, drainSeconds) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('unroute', service, { DRAIN: Math.floor(drainSeconds), PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin }, { libs: PROXY_LIBS });
}
/**
 * After the switch: the old container drains (no connection to app_port left, at most
 * drain_timeout), stops, and the source takes the name.
 */
function proxyRetireStep(service, src, drainSeconds, appPort) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('drain', service, { SOURCE: src, DRAIN: Math.floor(drainSeconds), HEXPORT: appPort.toString(16).toUpperCase().padStart(4, '0') });
}
/** Before any switch, the source failed: the new container is removed, a previous version stopped again. */
function discardStep(service, src, audit) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('discard', service, { SOURCE: src, AUDIT_ACTION: audit.action, AUDIT_FROM: audit.from, AUDIT_TO: audit.to }, { by: audit.by });
}
/** Proxy mode, before the generic converge: finishes a switch the proxy already made (see proxy-converge.sh). */
function proxyConvergeStep(service, by) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('proxy-converge', service, {}, { by });
}


/***/ }),

/***/ 28073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ EXEC_MAX_LINES)
/* harmony export */ });
/** The last lines of a command's output an exec step sends back from each host. */
const EXEC_MAX_LINES = 5000;


/***/ })

};
;