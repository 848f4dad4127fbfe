"use strict";
exports.id = 590;
exports.ids = [590];
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

/***/ 33590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status)
/* harmony export */ });
/* harmony import */ var _targets_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60337);
/* harmony import */ var _fleet_query__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55235);


async function status(inputs, reporter, env) {
    const target = (0,_targets_index__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$)((0,_fleet_query__WEBPACK_IMPORTED_MODULE_1__/* .readSpec */ .Ot)(inputs).target);
    const { service, answers } = await (0,_fleet_query__WEBPACK_IMPORTED_MODULE_1__/* .askFleet */ .se)(inputs, reporter, env, (_s, _by, spec) => target.status.step(spec, inputs.keep_images));
    const { text, json } = target.status.render(service, answers);
    reporter.info(text);
    reporter.setOutput('status', JSON.stringify(json));
    return (0,_fleet_query__WEBPACK_IMPORTED_MODULE_1__/* .failures */ .e9)(answers, reporter);
}


/***/ })

};
;