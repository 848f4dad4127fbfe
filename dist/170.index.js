"use strict";
exports.id = 170;
exports.ids = [170];
exports.modules = {

/***/ 10170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planOnly: () => (/* binding */ planOnly)
/* harmony export */ });
/* harmony import */ var _read_build_spec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(579);
/* harmony import */ var _plan_build_plan__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1254);
/* harmony import */ var _plan_build_facts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41715);
/* harmony import */ var _plan_context_facts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42580);
/* harmony import */ var _plan_platforms__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41685);
/* harmony import */ var _direct_build_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93391);
/* harmony import */ var _host_builder_decision__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56854);
/* harmony import */ var _host_builder_choice__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4699);
/* harmony import */ var _host_machine_probe__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17198);









/**
 * `gantry plan`: the Dockerfile, tags and labels, without an engine, after the checks a build
 * makes (bad input, secret-looking build args, platforms). The builder is taken to run on
 * this machine's platform; without `image`, tags are shown on a placeholder repository.
 */
async function planOnly(inputs, reporter, env) {
    const spec = (0,_read_build_spec__WEBPACK_IMPORTED_MODULE_0__/* .buildSpecOf */ .d)(inputs, env, 'plan');
    for (const w of spec.warnings)
        reporter.warn(w);
    const several = spec.services.length > 1 || Boolean(inputs.config);
    const out = [];
    const tags = [];
    const toolchains = new _host_builder_decision__WEBPACK_IMPORTED_MODULE_6__/* .Toolchains */ .jL(spec.goRoot, env, (0,_host_machine_probe__WEBPACK_IMPORTED_MODULE_8__/* .machineProbe */ .k)(env), (0,_host_builder_decision__WEBPACK_IMPORTED_MODULE_6__/* .switchEnvOf */ .Nk)(spec));
    for (const service of spec.services) {
        if (several)
            reporter.info(`# service ${service.name}`);
        // The same choice the build makes, with the same toolchain search (a go version is run, no engine is asked).
        const decided = await (0,_host_builder_decision__WEBPACK_IMPORTED_MODULE_6__/* .decideBuilder */ .Mj)(service, spec, env, toolchains);
        const { plan, commitTime } = await planService(service, reporter, decided.facts, decided.choice);
        out.push(plan);
        tags.push(...plan.references);
        if (!several) {
            reporter.setOutput('go_version', plan.goVersion);
            reporter.setOutput('commit_time', String(commitTime || ''));
        }
    }
    reporter.setOutput('tags', tags.join(','));
    return out;
}
/** `known`: the facts the builder decision read (git and the context are read once a service). */
async function planService(service, reporter, known, choice) {
    const native = (0,_plan_platforms__WEBPACK_IMPORTED_MODULE_4__/* .nodePlatform */ .OP)();
    const targets = service.platforms.length ? service.platforms : [native];
    const plans = [];
    let commitTime = 0;
    let vendored = false;
    for (const [i, p] of targets.entries()) {
        const facts = (0,_plan_build_facts__WEBPACK_IMPORTED_MODULE_2__/* .factsFor */ .x)(known, p);
        commitTime = facts.git.commitTime;
        if (i === 0)
            vendored = facts.context.vendored;
        plans.push((0,_plan_build_plan__WEBPACK_IMPORTED_MODULE_1__/* .planBuild */ .C7)(service, facts));
    }
    const plan = plans[0];
    for (const w of plan.warnings)
        reporter.warn(w);
    if (plan.placeholderRepository) {
        reporter.info(`# image is not set: tags below are shown on the placeholder repository ${plan.repository}; set image to name yours`);
    }
    reporter.info(`# ${(0,_host_builder_choice__WEBPACK_IMPORTED_MODULE_7__/* .builderLine */ .UO)(choice)}`);
    if (choice.builder === 'container')
        reporter.info(`# ${(0,_direct_build_path__WEBPACK_IMPORTED_MODULE_5__/* .buildPathLine */ .y3)((0,_direct_build_path__WEBPACK_IMPORTED_MODULE_5__/* .chooseBuildPath */ .r2)(service, vendored))}`);
    for (const [i, p] of plans.entries()) {
        if (plans.length > 1)
            reporter.info(`# platform ${(0,_plan_platforms__WEBPACK_IMPORTED_MODULE_4__/* .platformText */ .VQ)(targets[i])}`);
        reporter.info(p.dockerfile ?? `# ${service.dockerfile?.given} (your own Dockerfile, built unchanged)\n${(0,_plan_context_facts__WEBPACK_IMPORTED_MODULE_3__/* .readDockerfile */ .n_)(service.dockerfile?.path)}`);
        if (!p.dockerfile)
            break;
    }
    reporter.info('tags:');
    for (const r of plan.references)
        reporter.info(`  ${r}`);
    if (plans.length > 1) {
        reporter.info('platform tags (each platform\'s image, listed by the index under the tags above):');
        for (const [i, p] of plans.entries())
            for (const r of (0,_plan_build_plan__WEBPACK_IMPORTED_MODULE_1__/* .platformPlan */ .Xh)(p, targets[i]).references)
                reporter.info(`  ${r}`);
    }
    reporter.info('labels:');
    for (const [k, v] of Object.entries(plan.labels))
        reporter.info(`  ${k}=${v}`);
    reporter.info('build args:');
    for (const [k, v] of Object.entries(plan.buildArgs))
        reporter.info(`  ${k}=${v}`);
    return { plan, commitTime };
}


/***/ })

};
;