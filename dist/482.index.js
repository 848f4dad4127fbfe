"use strict";
exports.id = 482;
exports.ids = [482];
exports.modules = {

/***/ 67482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubReporter: () => (/* binding */ GitHubReporter),
/* harmony export */   readGitHubInputs: () => (/* binding */ readGitHubInputs),
/* harmony export */   runGitHub: () => (/* binding */ runGitHub)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37484);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_actions_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75060);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38422);
/* harmony import */ var _reporter__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65622);
/* harmony import */ var _run__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79786);
/* harmony import */ var _errors_out__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35663);
/* harmony import */ var _cli_only__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13530);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91084);









/**
 * The GitHub Actions adapter: inputs from INPUT_*, outputs to GITHUB_OUTPUT, secrets as
 * add-mask commands, phases as log groups, and a step summary in GITHUB_STEP_SUMMARY.
 */
class GitHubReporter {
    masker = new _reporter__WEBPACK_IMPORTED_MODULE_8__/* .Masker */ .G();
    summaries = [];
    masked = new Set();
    depth = 0;
    info(m) { _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(this.masker.apply(m)); }
    warn(m) { _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(this.masker.apply(m)); }
    debug(m) { _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(this.masker.apply(m)); }
    /** The runner masks each registered string; every line of a multi-line secret on its own too. */
    mask(s) {
        this.masker.add(s);
        for (const part of this.masker.values) {
            if (!s.includes(part) || this.masked.has(part))
                continue;
            this.masked.add(part);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(part);
        }
    }
    /** GitHub's log groups do not nest: an inner phase is a plain line inside the outer group. */
    async group(name, fn) {
        if (this.depth > 0) {
            this.info(`-- ${name}`);
            return fn();
        }
        this.depth++;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(this.masker.apply(name));
        try {
            return await fn();
        }
        finally {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
            this.depth--;
        }
    }
    setOutput(n, v) { _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(n, v); }
    summary(md) { this.summaries.push(this.masker.apply(md)); }
    /** Appends what the run reported (and how it ended) to the step summary, if the runner gave one. */
    async writeSummary(failure) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        const parts = [...this.summaries];
        if (failure)
            parts.push(`### gantry failed\n\n${failure.split('\n').map((l) => `> ${l}`).join('\n')}\n`);
        if (!parts.length)
            return;
        try {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(parts.join('\n'), true).write();
        }
        catch (err) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`could not write the step summary: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
}
/** Reads INPUT_<NAME> for every schema input, registering secrets as masks before anything prints. */
function readGitHubInputs(env, reporter) {
    const raw = {};
    for (const name of (0,_schema__WEBPACK_IMPORTED_MODULE_1__/* .inputNames */ .vj)()) {
        const value = env[`INPUT_${name.toUpperCase()}`];
        if (value === undefined)
            continue;
        const spec = _schema__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name];
        if (spec.secret)
            reporter.mask(value);
        raw[name] = value;
    }
    return raw;
}
async function runGitHub(env) {
    const reporter = new GitHubReporter();
    let code = _exit_codes__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    let failure;
    try {
        const inputs = (0,_inputs__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)(readGitHubInputs(env, reporter));
        (0,_cli_only__WEBPACK_IMPORTED_MODULE_5__/* .refuseCliOnly */ .R)(inputs, 'the action');
        for (const s of (0,_inputs__WEBPACK_IMPORTED_MODULE_2__/* .secretValues */ .VX)(inputs, env))
            reporter.mask(s);
        const command = inputs.command;
        if (!_schema__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.includes(command))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)('command', `'${command}' is not a command`, _schema__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', '));
        code = await (0,_run__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(command, inputs, reporter, env);
        if (code !== _exit_codes__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok)
            failure = `gantry ${command} failed (exit code ${code})`;
    }
    catch (err) {
        const described = (0,_errors_out__WEBPACK_IMPORTED_MODULE_4__/* .describeFailure */ .I)(err, _actions_core__WEBPACK_IMPORTED_MODULE_0__.isDebug());
        failure = reporter.masker.apply(described.message);
        code = described.code;
    }
    await reporter.writeSummary(failure);
    if (failure)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(failure);
    process.exitCode = code;
    return code;
}


/***/ })

};
;