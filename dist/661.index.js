"use strict";
exports.id = 661;
exports.ids = [661];
exports.modules = {

/***/ 59661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeExecResult: () => (/* binding */ describeExecResult),
/* harmony export */   exec: () => (/* binding */ exec),
/* harmony export */   execExitCode: () => (/* binding */ execExitCode),
/* harmony export */   execHostResult: () => (/* binding */ execHostResult),
/* harmony export */   execJson: () => (/* binding */ execJson),
/* harmony export */   execRequest: () => (/* binding */ execRequest),
/* harmony export */   reportExec: () => (/* binding */ reportExec),
/* harmony export */   runExec: () => (/* binding */ runExec)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91084);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _spec_shell_words__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19041);
/* harmony import */ var _connection_gate__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9109);
/* harmony import */ var _rollout_host_lock__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74035);
/* harmony import */ var _rollout_clock__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20143);
/* harmony import */ var _rollout_target_run__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21346);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92743);
/* harmony import */ var _targets_index__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60337);
/* harmony import */ var _fleet_query__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55235);
/**
 * exec: runs exec_cmd once on every host of the service with its live release (a new container of
 * the live image, or inside the live container; the binary target's live release folder), its
 * output prefixed with the host, each host's exit code in the report and the output exec.
 * Audited on each host; the deploy lock only with exec_lock.
 */












/** Seconds beyond exec_timeout the runner waits for a host's answer (its cleanup, the output). */
const EXEC_GRACE_SECONDS = 60;
/** The exec command's request from its inputs; a bad value is refused in one line naming the input. Pure. */
function execRequest(inputs) {
    const text = inputs.exec_cmd;
    const expected = "one line: a command such as api migrate --up or sh -c 'echo $DATABASE_URL'";
    if (/[\r\n]/.test(text))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('exec_cmd', 'holds a line break', expected);
    const args = (0,_spec_shell_words__WEBPACK_IMPORTED_MODULE_4__/* .splitArgs */ .s)('exec_cmd', text);
    if (args.length === 0)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('exec_cmd', 'is empty', expected);
    if (args.some((a) => a.includes('\0')))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('exec_cmd', 'holds a NUL character', expected);
    if (inputs.exec_in !== 'new' && inputs.exec_in !== 'live')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('exec_in', `is '${inputs.exec_in}'`, 'new or live');
    return { args, in: inputs.exec_in, lock: inputs.exec_lock, timeoutSeconds: inputs.exec_timeout };
}
/** A host's exec step result as its outcome. Pure. */
function execHostResult(host, r) {
    const out = (0,_steps_render__WEBPACK_IMPORTED_MODULE_8__/* .parseStepOutput */ .VX)(r.stdout);
    const v = out.values;
    const lines = (0,_steps_render__WEBPACK_IMPORTED_MODULE_8__/* .listValues */ .Du)(out, 'line');
    const dropped = v.dropped ? Number(v.dropped) : undefined;
    const left = v.left || undefined;
    if (r.code === 0 && v.exit !== undefined && /^[0-9]+$/.test(v.exit))
        return { host, state: 'ran', exitCode: Number(v.exit), lines, dropped, left };
    const error = r.lost ?? v.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`);
    if (r.code === _steps_render__WEBPACK_IMPORTED_MODULE_8__/* .STEP_EXIT */ .a4.nothingToSwitch)
        return { host, state: 'not-running', error, lines };
    return { host, state: 'failed', error, lines, left };
}
/** How the report says one host's outcome. Pure. */
function describeExecResult(r) {
    if (r.state === 'ran')
        return `${r.host}: exit code ${r.exitCode}${r.exitCode === 124 ? ' (stopped by exec_timeout)' : ''}`;
    if (r.state === 'not-running')
        return `${r.host}: the service does not run here (${r.error})`;
    return `${r.host}: did not run (${r.error})`;
}
/** The command's exit code: 0 when the command ran and exited 0 on every host, else EXIT.execFailed. Pure. */
function execExitCode(results) {
    return results.length > 0 && results.every((r) => r.state === 'ran' && r.exitCode === 0) ? _exit_codes__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok : _exit_codes__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.execFailed;
}
/** The output exec (JSON). Pure. */
function execJson(service, results) {
    return {
        service,
        hosts: results.map((r) => ({ host: r.host, state: r.state, exit_code: r.exitCode ?? null, ...(r.error ? { error: r.error } : {}), ...(r.dropped ? { dropped_lines: r.dropped } : {}) })),
    };
}
/**
 * Runs the step on every host (ssh_max_connections at once), with the lock around it when asked;
 * each host's output is printed when it finishes, every line prefixed with the host. A host that
 * fails (unreachable, locked, the service not there) does not stop the others.
 */
async function runExec(plan, reporter) {
    const runId = plan.runId ?? (0,crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex');
    const one = async (t) => {
        let conn;
        let lock;
        try {
            conn = (await plan.connect(t)).connection;
            if (plan.request.lock) {
                lock = new _rollout_host_lock__WEBPACK_IMPORTED_MODULE_5__/* .HostLock */ .k(conn, {
                    service: plan.service,
                    owner: { token: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex'), ...plan.actor },
                    waitSeconds: plan.lockTimeoutSeconds,
                    limits: { attempt: _rollout_target_run__WEBPACK_IMPORTED_MODULE_7__/* .STEP_TIMEOUTS */ .O0.lockAttempt, retry: _rollout_target_run__WEBPACK_IMPORTED_MODULE_7__/* .STEP_TIMEOUTS */ .O0.lockRetry, stale: _rollout_target_run__WEBPACK_IMPORTED_MODULE_7__/* .STEP_TIMEOUTS */ .O0.lockStale, heartbeat: _rollout_target_run__WEBPACK_IMPORTED_MODULE_7__/* .STEP_TIMEOUTS */ .O0.heartbeat, release: _rollout_target_run__WEBPACK_IMPORTED_MODULE_7__/* .STEP_TIMEOUTS */ .O0.release },
                    clock: plan.clock ?? _rollout_clock__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .m,
                    isAlive: plan.isAlive ?? _rollout_host_lock__WEBPACK_IMPORTED_MODULE_5__/* .pidAlive */ .p,
                    say: (m) => reporter.info(`${t.label}: ${m}`),
                    note: (m) => reporter.info(`${t.label}: ${m}`),
                    warn: (m) => reporter.warn(`${t.label}: ${m}`),
                });
                await lock.take();
            }
            const s = plan.step({ locked: lock !== undefined, runId });
            const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: plan.request.timeoutSeconds + EXEC_GRACE_SECONDS });
            return execHostResult(t.label, r);
        }
        catch (err) {
            return { host: t.label, state: 'failed', error: (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err), lines: [] };
        }
        finally {
            await lock?.release().catch(() => undefined);
            await conn?.close().catch(() => undefined);
        }
    };
    const gate = new _connection_gate__WEBPACK_IMPORTED_MODULE_11__/* .Gate */ .i(plan.maxConnections);
    const results = await Promise.all(plan.hosts.map((t) => gate.run(async () => {
        const r = await one(t);
        if (r.dropped)
            reporter.info(`${r.host} | ... (${r.dropped} earlier lines left out)`);
        for (const l of r.lines)
            reporter.info(`${r.host} | ${l}`);
        return r;
    })));
    return results;
}
/** Prints one line per host, warns for each host that failed, and gives the exit code. */
function reportExec(service, results, reporter) {
    for (const r of results) {
        if (r.state === 'ran' && r.exitCode === 0)
            reporter.info(describeExecResult(r));
        else
            reporter.warn(describeExecResult(r));
        if (r.left)
            reporter.warn(`${r.host}: the container ${r.left} could not be removed (docker rm -f ${r.left} removes it)`);
    }
    const ran = results.filter((r) => r.state === 'ran').length;
    const ok = results.filter((r) => r.state === 'ran' && r.exitCode === 0).length;
    reporter.info(`${service}: exec ran on ${ran} of ${results.length} host(s), exit code 0 on ${ok}`);
    reporter.setOutput('exec', JSON.stringify(execJson(service, results)));
    return execExitCode(results);
}
async function exec(inputs, reporter, env) {
    const request = execRequest(inputs);
    const target = (0,_targets_index__WEBPACK_IMPORTED_MODULE_9__/* .targetOf */ .$)((0,_fleet_query__WEBPACK_IMPORTED_MODULE_10__/* .readSpec */ .Ot)(inputs).target);
    target.exec.check(request, (0,_fleet_query__WEBPACK_IMPORTED_MODULE_10__/* .readSpec */ .Ot)(inputs));
    const { service, spec, hosts, connect, by } = await (0,_fleet_query__WEBPACK_IMPORTED_MODULE_10__/* .fleet */ .jg)(inputs, reporter, env);
    try {
        const results = await runExec({
            service, hosts, connect, request, step: (run) => target.exec.step(spec, request, run),
            actor: { by, runner: (0,os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), pid: process.pid }, lockTimeoutSeconds: spec.lockTimeout, maxConnections: spec.maxConnections,
        }, reporter);
        return reportExec(service, results, reporter);
    }
    finally {
        await connect.close?.();
    }
}


/***/ }),

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

/***/ 20143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    every: (ms, fn) => {
        const timer = setInterval(fn, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};


/***/ })

};
;