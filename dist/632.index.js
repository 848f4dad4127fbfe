"use strict";
exports.id = 632;
exports.ids = [632];
exports.modules = {

/***/ 15632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy),
  rollback: () => (/* binding */ rollback)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/deploy/connection/connector.ts
var connector = __webpack_require__(29623);
// EXTERNAL MODULE: ./src/deploy/connection/gate.ts
var gate = __webpack_require__(9109);
// EXTERNAL MODULE: ./src/deploy/rollout/clock.ts
var rollout_clock = __webpack_require__(20143);
// EXTERNAL MODULE: ./src/deploy/rollout/host-lock.ts
var host_lock = __webpack_require__(74035);
// EXTERNAL MODULE: ./src/deploy/targets/index.ts + 16 modules
var deploy_targets = __webpack_require__(60337);
// EXTERNAL MODULE: ./src/deploy/rollout/report.ts
var rollout_report = __webpack_require__(58003);
// EXTERNAL MODULE: ./src/deploy/rollout/rollout-plan.ts
var rollout_plan = __webpack_require__(13882);
// EXTERNAL MODULE: ./src/deploy/rollout/cancellation.ts
var cancellation = __webpack_require__(44282);
// EXTERNAL MODULE: ./src/deploy/transport/oci-transport.ts + 1 modules
var oci_transport = __webpack_require__(54094);
;// CONCATENATED MODULE: ./src/deploy/rollout/rollout.ts












/**
 * Runs a rollout: batches in order, the hosts of a batch at once. Once failures exceed
 * max_failures, the hosts not reached are skipped and (with rollback on) every host switched in
 * this run goes back, batch by batch in reverse, so the fleet ends on one version.
 * Locks are held on every host until the run ends. A cancelled run (o.cancel) starts no further
 * batch, stops the gates in progress (their hosts restore) and then undoes every host switched
 * in this run, as a failed fleet would with rollback on, whatever rollback says.
 */
async function runRollout(o) {
    const { spec, reporter } = o;
    const image = spec.target === 'binary' ? undefined : spec.container.image;
    if (spec.target !== 'binary' && o.mode === 'deploy' && !image?.digest) {
        throw new Error(`deploy of ${image ? (0,image_ref/* formatImageRef */.kL)(image) : 'no image'}: the image must be pinned to a digest before any host runs`);
    }
    const clock = o.clock ?? rollout_clock/* systemClock */.m;
    const started = clock.now();
    const ctx = {
        mode: o.mode,
        spec,
        actor: o.actor,
        reporter,
        deployedAt: (o.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        imageRef: o.mode === 'deploy' && image ? (0,image_ref/* formatImageRef */.kL)(image) : '',
        revision: o.revision ?? '',
        connect: o.connect ?? (0,connector/* connector */.M3)(spec, { key: o.key, jumpKey: o.jumpKey }, reporter, o.env ?? {}),
        clock,
        isAlive: o.isAlive ?? host_lock/* pidAlive */.p,
        cancel: o.cancel,
        oci: o.mode === 'deploy' && spec.target === 'container' && spec.container.oci ? new oci_transport/* OciSource */.Tu(spec.container.oci) : undefined,
    };
    try {
        return await rolloutOf(o, ctx, started);
    }
    finally {
        // The runner's registry goes with the rollout, whatever ended it (a failure, a cancel, a throw).
        await ctx.oci?.close();
        // The connector made here is closed here (the shared jump connection); one handed in, by its maker.
        if (!o.connect)
            await ctx.connect.close?.();
    }
}
async function rolloutOf(o, ctx, started) {
    const { spec, reporter } = o;
    const image = spec.target === 'binary' ? undefined : spec.container.image;
    const { clock } = ctx;
    const target = (0,deploy_targets/* targetOf */.$)(spec.target);
    if (target.rollout.kind === 'whole')
        return target.rollout.run(ctx);
    const { hostRun } = target.rollout;
    const runs = spec.hosts.map((t) => hostRun(t, ctx));
    const batches = (0,rollout_plan/* planBatches */.un)(runs, spec.batchSize);
    // ssh_max_connections: the hosts worked on at once, whatever the batch size; a larger batch
    // goes in waves. A host still waiting when the failures pass max_failures (or a cancel) is not started.
    const hostGate = new gate/* Gate */.i(spec.maxConnections);
    let failures = 0;
    let batchFailures = 0;
    const bounded = (r, work, counted) => hostGate.run(async () => {
        if (counted && o.cancel?.reason) {
            r.skip(`not started: ${(0,cancellation/* cancelledBy */.tK)(o.cancel.reason)}`);
            return;
        }
        if (counted && (0,rollout_plan/* mustStop */.Oe)(failures + batchFailures, spec.maxFailures)) {
            r.skip(`not started: ${failures + batchFailures} host(s) failed, more than max_failures ${spec.maxFailuresText}`);
            return;
        }
        await work().catch((err) => r.crashed(err));
        if (counted && r.report.outcome !== 'skipped' && !(0,rollout_report/* succeeded */.gq)(r.report))
            batchFailures += 1;
    });
    let stopped;
    let cancelled;
    try {
        if (o.mode === 'deploy' && spec.preSwitch.length > 0 && runs.length > 0 && !(await (runs[0].preSwitch?.() ?? Promise.resolve(true)).catch((err) => { runs[0].crashed(err); return false; }))) {
            stopped = `pre_switch_cmd did not succeed on ${runs[0].target.label}`;
            for (const r of runs.slice(1))
                r.skip(`not started: ${stopped}`);
            reporter.warn(`rollout stopped: ${stopped}; nothing was switched`);
            return finish(true);
        }
        if (o.mode === 'rollback' && spec.rollbackTo) {
            // Every host must keep the version asked for before any host changes.
            const missing = (await Promise.all(runs.map((r) => hostGate.run(async () => ({ r, why: await (r.resolveRollbackTo?.() ?? Promise.resolve(undefined)).catch((err) => String(err)) })))))
                .filter((x) => x.why !== undefined);
            if (missing.length > 0) {
                throw (0,errors/* inputError */.Xu)('rollback_to', missing.map((x) => `${x.r.target.label}: ${x.why}`).join(' / '), 'a digest, tag or revision that every host keeps (status lists them)');
            }
        }
        for (const [i, batch] of batches.entries()) {
            if (!stopped && o.cancel?.reason) {
                stopped = (0,cancellation/* cancelledBy */.tK)(o.cancel.reason);
                reporter.warn(`rollout stopped: ${stopped}`);
            }
            if (stopped) {
                for (const r of batch)
                    r.skip(`not started: ${stopped}`);
                continue;
            }
            if (i > 0 && spec.batchWait > 0) {
                reporter.info(`waiting batch_wait ${spec.batchWait} s before the next batch`);
                await (o.cancel ? o.cancel.sleep((ms) => clock.sleep(ms), spec.batchWait * 1000) : clock.sleep(spec.batchWait * 1000));
                if (o.cancel?.reason) {
                    stopped = (0,cancellation/* cancelledBy */.tK)(o.cancel.reason);
                    reporter.warn(`rollout stopped: ${stopped}`);
                    for (const r of batch)
                        r.skip(`not started: ${stopped}`);
                    continue;
                }
            }
            reporter.info(`batch ${i + 1}/${batches.length}: ${batch.map((r) => r.target.label).join(', ')}`);
            batchFailures = 0;
            await Promise.all(batch.map((r) => bounded(r, () => (o.mode === 'deploy' ? r.deploy() : r.rollBack()), true)));
            batchFailures = 0;
            failures += batch.filter((r) => r.report.outcome !== 'skipped' && !(0,rollout_report/* succeeded */.gq)(r.report)).length;
            if (o.cancel?.reason) {
                // A host the cancel stopped is not a failure of its own: the cancel is why the rollout stops.
                stopped = (0,cancellation/* cancelledBy */.tK)(o.cancel.reason);
                reporter.warn(`rollout stopped: ${stopped}`);
            }
            else if ((0,rollout_plan/* mustStop */.Oe)(failures, spec.maxFailures)) {
                stopped = `${failures} host(s) failed, more than max_failures ${spec.maxFailuresText}${spec.maxFailuresText.endsWith('%') ? ` (${spec.maxFailures} of ${runs.length})` : ''}`;
                reporter.warn(`rollout stopped: ${stopped}`);
            }
        }
        cancelled = o.cancel?.reason;
        if (cancelled && !stopped) {
            stopped = (0,cancellation/* cancelledBy */.tK)(cancelled);
            reporter.warn(`rollout stopped: ${stopped}`);
        }
        if (stopped && (spec.rollback || cancelled)) {
            const done = batches.map((b) => b.filter((r) => r.report.outcome === 'ok')).filter((b) => b.length > 0).reverse();
            for (const batch of done)
                await Promise.all(batch.map((r) => bounded(r, () => r.undo(`rollout stopped: ${stopped}`), false)));
        }
    }
    finally {
        await Promise.all(runs.map((r) => r.close()));
    }
    return finish(false);
    function finish(hookFailed) {
        const hosts = runs.map((r) => r.report);
        return {
            command: o.mode,
            service: spec.service,
            image: image ? (0,image_ref/* formatImageRef */.kL)(image) : (spec.target === 'binary' && spec.binary.version) || undefined,
            batches: batches.length,
            stopped,
            ...(cancelled ? { cancelled } : {}),
            seconds: (clock.now() - started) / 1000,
            exitCode: hookFailed ? exit_codes/* EXIT */.d.failed : (0,rollout_report/* rolloutExitCode */.hn)(hosts, cancelled !== undefined),
            hosts,
        };
    }
}

// EXTERNAL MODULE: ./src/registry/registry-client.ts
var registry_client = __webpack_require__(24690);
;// CONCATENATED MODULE: ./src/deploy/rollout/pin-digest.ts
/**
 * A deploy by tag is pinned to one digest on the runner, before any host is touched: hosts that
 * pulled the tag themselves could get different images if the tag moves during the rollout.
 */



/** The registry's API host for a reference's registry (Docker Hub's API lives elsewhere). */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/**
 * Plain HTTP the way an engine allows it: loopback registries always (as dockerd does); others
 * when the runner's own engine lists them as insecure. Without an engine, HTTPS only. `engine`
 * may be a function that makes one: the engine client is then loaded only when a registry is asked about.
 */
function engineAllowsHttp(engine) {
    return async (registry) => {
        const e = typeof engine === 'function' ? await engine() : engine;
        return e.allowsPlainHttp(registry);
    };
}
/** The image with its digest: as given when it names one, else the registry's digest of its tag. */
async function pinDigest(image, o) {
    if (image.digest)
        return image;
    const ref = (0,image_ref/* formatImageRef */.kL)(image);
    const tag = image.tag ?? 'latest';
    const host = apiHost(image.registry);
    const client = new registry_client/* RegistryClient */.bP(host, o.credentials ?? { username: '', password: '' }, await o.allowHttp(image.registry), o.debug);
    let digest;
    try {
        digest = (await client.getManifest((0,image_ref/* parseRepository */.SU)(image.repository, o.input).path, tag))?.digest;
    }
    catch (err) {
        throw new errors/* UserError */.yo(`input '${o.input}': cannot resolve ${ref} to a digest on the runner before the rollout (${(0,errors/* errorMessage */.gJ)(err)}); deploy ${image.repository}@sha256:... (the build's image_ref) instead, or make the registry reachable from the runner`);
    }
    if (!digest)
        throw new errors/* UserError */.yo(`input '${o.input}': ${ref} is not in the registry ${image.registry}; expected a tag that was pushed, or ${image.repository}@sha256:...`);
    return { ...image, digest };
}

;// CONCATENATED MODULE: ./src/deploy/targets/swarm/image-revision.ts
/**
 * deploy_target swarm: the image's org.opencontainers.image.revision, read from the registry on
 * the runner (the manager may never pull the image: its tasks run on other nodes). Best effort:
 * '' when the registry, the manifest or the label cannot be read; the deploy goes on without it.
 */




async function imageRevision(image, o) {
    if (!image.digest)
        return '';
    try {
        const client = new registry_client/* RegistryClient */.bP(apiHost(image.registry), o.credentials ?? { username: '', password: '' }, await o.allowHttp(image.registry), o.debug);
        const repo = (0,image_ref/* parseRepository */.SU)(image.repository, 'deploy_image').path;
        // An index: its first image (attestations are listed with platform unknown).
        const found = await client.getImage(repo, image.digest, (entries) => entries.find((x) => x.platform?.os !== 'unknown') ?? entries[0]);
        if (!found)
            return '';
        const config = JSON.parse(found.config.toString('utf8'));
        return config.config?.Labels?.['org.opencontainers.image.revision'] ?? '';
    }
    catch (err) {
        o.warn(`the image's revision could not be read from the registry (${(0,errors/* errorMessage */.gJ)(err)}); the service's revision label stays empty (a plain-HTTP registry needs registry_insecure)`);
        return '';
    }
}

// EXTERNAL MODULE: ./src/supply-chain/verify-policy.ts
var verify_policy = __webpack_require__(15785);
// EXTERNAL MODULE: ./src/deploy/commands/prepare.ts
var prepare = __webpack_require__(20205);
// EXTERNAL MODULE: ./src/reporter.ts
var reporter = __webpack_require__(65622);
// EXTERNAL MODULE: ./src/deploy/connection/local-connection.ts
var local_connection = __webpack_require__(34760);
;// CONCATENATED MODULE: ./src/deploy/commands/report-out.ts
/** What a rollout leaves behind: its report, masked, as text, outputs and summary, and post_deploy_cmd. */



/**
 * Masks secrets in the report's free text (messages, notes, container logs): outputs and the
 * summary leave gantry without passing through the reporter's masking.
 */
function maskReport(report, secrets) {
    const masker = new reporter/* Masker */.G();
    for (const s of secrets)
        masker.add(s);
    const m = (t) => masker.apply(t);
    return {
        ...report,
        stopped: report.stopped && m(report.stopped),
        hosts: report.hosts.map((h) => ({
            ...h,
            message: h.message && m(h.message),
            notes: h.notes?.map(m),
            logs: h.logs?.map(m),
        })),
    };
}
/** Writes the masked report (text, outputs, summary), runs post_deploy_cmd; returns the rollout's exit code. */
async function publish(unmasked, reporter, secrets, env, postDeployCmd = '') {
    const report = maskReport(unmasked, secrets);
    reporter.info((0,rollout_report/* renderReportText */.Uv)(report));
    reporter.setOutput('report', (0,rollout_report/* reportJson */.l4)(report));
    reporter.setOutput('deployed_hosts', (0,rollout_report/* deployedHosts */.sS)(report.hosts).join(','));
    reporter.setOutput('failed_hosts', (0,rollout_report/* failedHosts */.rk)(report.hosts).join(','));
    reporter.summary((0,rollout_report/* renderReportMarkdown */.Ay)(report));
    if (postDeployCmd.trim())
        await postDeploy(postDeployCmd, report, reporter, env);
    return report.exitCode;
}
/** post_deploy_cmd on the runner, with the outputs in its environment; a failure is a warning only. */
async function postDeploy(cmd, report, reporter, runnerEnv) {
    const env = {
        ...runnerEnv,
        GANTRY_EXIT_CODE: String(report.exitCode),
        GANTRY_REPORT: (0,rollout_report/* reportJson */.l4)(report),
        GANTRY_DEPLOYED_HOSTS: (0,rollout_report/* deployedHosts */.sS)(report.hosts).join(','),
        GANTRY_FAILED_HOSTS: (0,rollout_report/* failedHosts */.rk)(report.hosts).join(','),
    };
    const r = await new local_connection/* LocalConnection */.A((m) => reporter.debug(m), env).exec(cmd, { timeoutSeconds: 600 });
    for (const l of `${r.stdout}${r.stderr}`.split('\n').filter((x) => x.trim()))
        reporter.info(`post_deploy_cmd | ${l}`);
    if (r.code !== 0)
        reporter.warn(`post_deploy_cmd failed (${r.lost ?? `exit code ${r.code}`}); the rollout's exit code ${report.exitCode} stands`);
}

;// CONCATENATED MODULE: ./src/deploy/commands/deploy-command.ts











function httpRule(reporter, httpAllowed, env) {
    return httpAllowed ? async () => true : engineAllowsHttp(async () => new (await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(131), __webpack_require__.e(830), __webpack_require__.e(133), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 91926))).Engine((m) => reporter.debug(m), env));
}
/**
 * Runs a rollout with SIGINT/SIGTERM turned into its cancellation (the handlers live only as long
 * as the rollout and its report), then publishes the report. A cancelled run skips the optional
 * post_deploy_cmd.
 */
async function cancellableRollout(reporter, secrets, env, postDeployCmd, run) {
    const cancel = new cancellation/* Cancellation */.mT();
    const watch = (0,cancellation/* cancelOnSignals */.dJ)(cancel, { say: (line) => reporter.warn(line) });
    try {
        const report = await run(cancel);
        return await publish(report, reporter, secrets, env, watch.hurried || cancel.cancelled ? '' : postDeployCmd);
    }
    finally {
        watch.dispose();
    }
}
/** The spec with its image pinned to one digest, resolved on the runner before any host is contacted. */
async function pinnedSpec(spec, input, reporter, httpAllowed, env) {
    const image = spec.container.image;
    if (image.digest)
        return spec;
    const allowHttp = httpRule(reporter, httpAllowed, env);
    const pinned = await pinDigest(image, { input, credentials: spec.registry, allowHttp, debug: (m) => reporter.debug(m) });
    reporter.info(`${(0,image_ref/* formatImageRef */.kL)(image)} is ${pinned.digest} in the registry: every host deploys ${(0,image_ref/* formatImageRef */.kL)(pinned)}`);
    return { ...spec, container: { ...spec.container, image: pinned } };
}
/** verify_key's checks, with the supply chain's code loaded only when an input asks for them. */
async function verifyImage(policy, reporter, image, input, env) {
    if (!(0,verify_policy/* verifyWanted */.RL)(policy))
        return;
    const { verifyForDeploy } = await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(668), __webpack_require__.e(118), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 91463));
    await verifyForDeploy(policy, reporter, image, input, env);
}
/**
 * Rolls inputs.deploy_image (or builtImageRef, the build's image_ref) out to inputs.hosts.
 * Writes the outputs report, deployed_hosts and failed_hosts; returns an EXIT code.
 */
async function deploy(inputs, reporter, builtImageRef, env) {
    const prepared = await (0,prepare.prepare)(inputs, reporter, 'deploy', builtImageRef, env);
    const { key, jumpKey, actor, secrets } = prepared;
    const input = inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref';
    const spec = prepared.spec.target === 'binary' ? prepared.spec : await pinnedSpec(prepared.spec, input, reporter, prepared.spec.registryInsecure, env);
    // verify_key: the pinned digest's signature (and provenance) checked before any host is contacted.
    if (spec.target !== 'binary' && spec.container.image)
        await verifyImage(spec.verify, reporter, spec.container.image, input, env);
    const what = spec.target === 'binary' ? `${spec.binary.name} ${spec.binary.version} (binary)` : spec.service;
    // The swarm target labels the service with the image's revision, read from the registry here.
    const revision = spec.target === 'swarm' && spec.container.image
        ? await imageRevision(spec.container.image, { credentials: spec.registry, allowHttp: httpRule(reporter, spec.registryInsecure, env), debug: (m) => reporter.debug(m), warn: (m) => reporter.warn(m) })
        : undefined;
    return cancellableRollout(reporter, secrets, env, spec.postDeployCmd, (cancel) => reporter.group(`deploy ${what} to ${spec.hosts.length} host(s)`, () => runRollout({ mode: 'deploy', spec, key, jumpKey, actor, reporter, revision, env, cancel })));
}
/** Puts every host back on its previous recorded version; returns an EXIT code. */
async function rollback(inputs, reporter, env) {
    const { spec, key, jumpKey, actor, secrets } = await (0,prepare.prepare)(inputs, reporter, 'rollback', undefined, env);
    // One connector for the reads below and the rollout: one login to the jump hosts for both.
    const connect = (0,connector/* connector */.M3)(spec, { key, jumpKey }, reporter, env);
    try {
        return await rollbackWith(spec, connect, actor, secrets, reporter, env);
    }
    finally {
        await connect.close?.();
    }
}
async function rollbackWith(spec, connect, actor, secrets, reporter, env) {
    if (spec.verify.keys) {
        // What each host would go back to is read (nothing changed) and verified before the rollout.
        const targets = await (0,deploy_targets/* targetOf */.$)(spec.target).rollbackRefs(spec, connect);
        const { verifyForDeploy } = await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(668), __webpack_require__.e(118), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 91463));
        for (const ref of [...new Set(targets.map((t) => t.ref).filter(Boolean))]) {
            try {
                await verifyForDeploy(spec.verify, reporter, (0,image_ref/* parseImageRef */.Q)(ref, 'deploy_image'), 'deploy_image', env);
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.yo))
                    throw err;
                const hosts = targets.filter((t) => t.ref === ref).map((t) => t.host).join(', ');
                throw new errors/* UserError */.yo(`${err.message.replace(/; nothing was changed on any host$/, '')}: the version ${hosts} would roll back to is not signed by verify_key, and an unsigned version cannot be rolled back to while verify_key is set; nothing was changed on any host`);
            }
        }
    }
    return cancellableRollout(reporter, secrets, env, spec.postDeployCmd, (cancel) => reporter.group(`roll back ${spec.service} on ${spec.hosts.length} host(s)`, () => runRollout({ mode: 'rollback', spec, connect, actor, reporter, env, cancel })));
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


/***/ }),

/***/ 24690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sZ: () => (/* binding */ manifestList)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * A small client of the registry's HTTP API (distribution v2), for what the engine cannot do
 * itself: reading manifests, putting a manifest index, and the small blobs and manifests of
 * signatures and attestations (src/supply-chain). Credentials stay in this object's
 * memory (basic auth, or a bearer token fetched with them); nothing is written to disk.
 */
const MEDIA = {
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
};
const ACCEPT_ALL = [MEDIA.dockerManifest, MEDIA.dockerList, MEDIA.ociManifest, MEDIA.ociIndex].join(', ');
function sha256Digest(body) {
    return `sha256:${(0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
}
/** Parses `Bearer realm="...",service="...",scope="..."` (or Basic realm=...). */
function parseChallenge(header) {
    const m = /^(\w+)\s*(.*)$/.exec(header.trim());
    if (!m)
        return { scheme: '', params: {} };
    const params = {};
    for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g))
        params[p[1]] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
class RegistryClient {
    registry;
    credentials;
    insecure;
    debug;
    token = '';
    useBasic = false;
    base = '';
    constructor(registry, credentials, 
    /** The engine treats the registry as insecure (plain HTTP allowed after HTTPS fails). */
    insecure, debug = () => undefined) {
        this.registry = registry;
        this.credentials = credentials;
        this.insecure = insecure;
        this.debug = debug;
    }
    basicHeader() {
        return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
    }
    authHeaders() {
        if (this.token)
            return { Authorization: `Bearer ${this.token}` };
        if (this.useBasic && (this.credentials.username || this.credentials.password))
            return { Authorization: this.basicHeader() };
        return {};
    }
    /** The registry's origin, probed once however many requests start at the same moment. */
    origin() {
        this.probing ??= this.probe().catch((err) => {
            this.probing = undefined;
            throw err;
        });
        return this.probing;
    }
    probing;
    /** Finds the registry's origin (scheme, authentication kind) ahead of the first request, e.g. while a compile runs. */
    async warm() {
        await this.origin();
    }
    async probe() {
        if (this.base)
            return this.base;
        const schemes = this.insecure ? ['https', 'http'] : ['https'];
        let last;
        for (const scheme of schemes) {
            try {
                this.debug(`registry: GET ${scheme}://${this.registry}/v2/`);
                const res = await fetch(`${scheme}://${this.registry}/v2/`, { signal: AbortSignal.timeout(15000) });
                // A registry that asks for Basic authentication gets it from the first request on (no 401 round trip a request).
                if (res.status === 401 && parseChallenge(res.headers.get('www-authenticate') ?? '').scheme === 'basic')
                    this.useBasic = true;
                this.base = `${scheme}://${this.registry}`;
                return this.base;
            }
            catch (err) {
                last = err;
            }
        }
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot reach registry ${this.registry} (${last instanceof Error ? last.cause?.message ?? last.message : String(last)})`);
    }
    async authenticate(challenge, scope) {
        const { scheme, params } = parseChallenge(challenge);
        if (scheme === 'basic') {
            this.useBasic = true;
            return;
        }
        if (scheme !== 'bearer' || !params.realm)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} asks for unsupported authentication '${challenge}'`);
        const url = new URL(params.realm);
        if (params.service)
            url.searchParams.set('service', params.service);
        url.searchParams.set('scope', params.scope || scope);
        const headers = {};
        if (this.credentials.username || this.credentials.password)
            headers.Authorization = this.basicHeader();
        this.debug(`registry: token from ${url.origin}${url.pathname} for ${url.searchParams.get('scope')}`);
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(30000) });
        if (!res.ok)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused a token for ${scope} (HTTP ${res.status}); check its credentials (registry_auth_config, or registry_username and registry_password)`);
        const body = (await res.json());
        this.token = body.token || body.access_token || '';
    }
    /** One request, authenticating once on a 401. */
    async request(method, path, scope, init = {}) {
        const origin = await this.origin();
        for (let attempt = 0;; attempt++) {
            this.debug(`registry: ${method} ${origin}${path}`);
            const res = await fetch(`${origin}${path}`, {
                method,
                headers: { ...init.headers, ...this.authHeaders() },
                body: init.body,
                signal: AbortSignal.timeout(60000),
            });
            if (res.status !== 401 || attempt > 0)
                return res;
            await this.authenticate(res.headers.get('www-authenticate') ?? '', scope);
        }
    }
    async getManifest(repo, ref) {
        const res = await this.request('GET', `/v2/${repo}/manifests/${ref}`, `repository:${repo}:pull`, { headers: { Accept: ACCEPT_ALL } });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw this.failure('GET', repo, ref, res);
        const body = Buffer.from(await res.arrayBuffer());
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0];
        return { digest: res.headers.get('docker-content-digest') || sha256Digest(body), mediaType, size: body.length, body };
    }
    /**
     * An image by tag or digest, with its config. An index is resolved to the entry `pick` chooses
     * (pick may throw to say why none fits). Undefined when the reference is not in the repository.
     */
    async getImage(repo, ref, pick) {
        let m = await this.getManifest(repo, ref);
        if (!m)
            return undefined;
        let manifest = JSON.parse(m.body.toString('utf8'));
        // An index by its body, whatever media type the registry says.
        if (Array.isArray(manifest.manifests)) {
            const entry = pick(manifest.manifests);
            if (!entry)
                return undefined;
            m = await this.getManifest(repo, entry.digest);
            if (!m)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} lists ${repo}@${entry.digest} in ${ref} but does not hold it`);
            manifest = JSON.parse(m.body.toString('utf8'));
        }
        if (!manifest.config)
            return undefined;
        return { digest: m.digest, layers: manifest.layers ?? [], config: await this.getBlob(repo, manifest.config.digest) };
    }
    /** Whether the repository holds the blob. */
    async hasBlob(repo, digest) {
        const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`);
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw this.failure('HEAD', repo, digest, res, 'blob');
        return true;
    }
    /** A blob's bytes, checked against its digest. */
    async getBlob(repo, digest) {
        const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`);
        if (!res.ok)
            throw this.failure('GET', repo, digest, res, 'blob');
        const body = Buffer.from(await res.arrayBuffer());
        if (sha256Digest(body) !== digest)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} returned blob ${digest} of ${repo} with other content`);
        return body;
    }
    /**
     * Uploads a small blob in one request (POST then PUT ?digest=), unless the registry has it
     * (`checked`: the caller has just asked); returns its digest.
     */
    async putBlob(repo, body, checked = false, known) {
        // `known`: the caller has just checked the body against this digest.
        const digest = known ?? sha256Digest(body);
        if (!checked && (await this.hasBlob(repo, digest)))
            return digest;
        const scope = `repository:${repo}:pull,push`;
        const started = await this.request('POST', `/v2/${repo}/blobs/uploads/`, scope);
        if (started.status !== 202)
            throw this.failure('POST', repo, 'upload', started, 'blob');
        const location = new URL(started.headers.get('location') ?? '', `${await this.origin()}/`);
        location.searchParams.set('digest', digest);
        const res = await this.request('PUT', `${location.pathname}${location.search}`, scope, { headers: { 'Content-Type': 'application/octet-stream' }, body });
        if (!res.ok)
            throw this.failure('PUT', repo, digest, res, 'blob');
        return digest;
    }
    /**
     * Mounts a blob of repository `from` (same registry) into `repo` without sending it: true when
     * mounted; false when the registry declined (it then opened an upload, which is cancelled).
     */
    async mountBlob(repo, digest, from) {
        const scope = `repository:${repo}:pull,push`;
        const query = new URLSearchParams({ mount: digest, from });
        const res = await this.request('POST', `/v2/${repo}/blobs/uploads/?${query.toString()}`, scope);
        if (res.status === 201)
            return true;
        if (res.status !== 202)
            throw this.failure('POST', repo, `mount ${digest} from ${from}`, res, 'blob');
        const location = res.headers.get('location');
        if (location) {
            const url = new URL(location, `${await this.origin()}/`);
            await this.request('DELETE', `${url.pathname}${url.search}`, scope).catch(() => undefined);
        }
        return false;
    }
    /**
     * The OCI referrers of a digest (an image index of descriptors), or undefined when the
     * registry has no referrers API (distribution 2.8 answers 404 there).
     */
    async getReferrers(repo, digest) {
        const res = await this.request('GET', `/v2/${repo}/referrers/${digest}`, `repository:${repo}:pull`, { headers: { Accept: MEDIA.ociIndex } });
        if (res.status === 404 || res.status === 405)
            return undefined;
        if (!res.ok)
            throw this.failure('GET', repo, `referrers/${digest}`, res);
        const type = (res.headers.get('content-type') ?? '').split(';')[0];
        if (type !== MEDIA.ociIndex)
            return undefined;
        const index = (await res.json());
        return index.manifests ?? [];
    }
    /** PUTs a manifest under `ref` (a tag or its digest); returns the digest of the bytes sent. */
    async putManifest(repo, ref, mediaType, body) {
        const res = await this.request('PUT', `/v2/${repo}/manifests/${ref}`, `repository:${repo}:pull,push`, { headers: { 'Content-Type': mediaType }, body });
        if (!res.ok)
            throw this.failure('PUT', repo, ref, res);
        const digest = sha256Digest(body);
        const said = res.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new Error(`registry ${this.registry} stored ${repo}:${ref} as ${said}, not ${digest}`);
        return digest;
    }
    failure(method, repo, ref, res, what = 'manifest') {
        if (res.status === 401 || res.status === 403) {
            return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused ${method} of ${repo}:${ref} (HTTP ${res.status}); check its credentials (registry_auth_config, or registry_username and registry_password)`);
        }
        return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry}: ${method} ${repo} ${what} ${ref} failed with HTTP ${res.status}`);
    }
}
/** The manifest list bytes for per-platform manifests (Docker's list: every engine and registry reads it). */
function manifestList(entries) {
    const doc = {
        schemaVersion: 2,
        mediaType: MEDIA.dockerList,
        manifests: entries.map((e) => ({ mediaType: e.mediaType, size: e.size, digest: e.digest, platform: { architecture: e.platform.architecture, os: e.platform.os } })),
    };
    return Buffer.from(JSON.stringify(doc, null, 3));
}


/***/ })

};
;