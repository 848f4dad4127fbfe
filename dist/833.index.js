"use strict";
exports.id = 833;
exports.ids = [833,298];
exports.modules = {

/***/ 6390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ binarySpec),
/* harmony export */   F$: () => (/* binding */ derivedLogsCmd),
/* harmony export */   f_: () => (/* binding */ binaryFor)
/* harmony export */ });
/* unused harmony exports MACHINE_PLATFORMS, parseSha256Sums, derivedRestartCmd */
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53412);
/* harmony import */ var _image_publish_binary_paths__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44529);
/**
 * deploy_target binary: the inputs turned into what every host gets (pure: the caller reads
 * binaries_dir/SHA256SUMS and the commit). A release is <commit_time>-<short_sha>, so releases
 * sort by time; each host picks the binary built for its `uname -m`.
 */




/** `uname -m` -> the platform gantry builds for it. */
const MACHINE_PLATFORMS = {
    x86_64: { os: 'linux', arch: 'amd64', label: 'linux/amd64' },
    aarch64: { os: 'linux', arch: 'arm64', label: 'linux/arm64' },
    arm64: { os: 'linux', arch: 'arm64', label: 'linux/arm64' },
    armv7l: { os: 'linux', arch: 'arm', label: 'linux/arm/v7' },
};
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** SHA256SUMS lines (`HASH  NAME`), as sha256sum writes them. */
function parseSha256Sums(text) {
    const sums = new Map();
    for (const l of text.split('\n')) {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(l.trim());
        if (m)
            sums.set(m[2], m[1]);
    }
    return sums;
}
/** The binary name: binary_name, else the one name SHA256SUMS holds binaries of. */
function binaryName(inputs, sums) {
    const given = inputs.binary_name.trim();
    if (given) {
        if (!NAME_RE.test(given))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binary_name', `'${given}' is not a program name`, 'letters, digits and ._- (starting with a letter or digit)');
        return given;
    }
    const names = new Set();
    for (const file of sums.keys()) {
        const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*)-linux-[a-z0-9]+$/.exec(file);
        if (m)
            names.add(m[1]);
    }
    if (names.size !== 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binary_name', `is empty and binaries_dir/SHA256SUMS holds ${names.size === 0 ? 'no linux binary' : `several programs (${[...names].sort().join(', ')})`}`, 'the name of the program to deploy');
    }
    return [...names][0];
}
/** What restarts the program when restart_cmd is empty, from process_manager. */
function derivedRestartCmd(pm, name, supervisorConf) {
    if (pm === 'supervisor') {
        const conf = confPath(supervisorConf);
        // update first: it loads a program added by install_unit (and starts it); restart then restarts it.
        return `supervisorctl -c ${conf} update >/dev/null && supervisorctl -c ${conf} restart ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shq */ .hi)(name)}`;
    }
    if (pm === 'systemd-user')
        return `systemctl --user daemon-reload && systemctl --user restart ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shq */ .hi)(`${name}.service`)}`;
    return '';
}
/**
 * What prints the program's last log lines when logs_cmd is empty, from process_manager: about
 * `lines` lines (supervisor's tail counts bytes: 200 a line, at least its 3000).
 */
function derivedLogsCmd(pm, name, supervisorConf, lines = 50) {
    if (pm === 'supervisor')
        return `supervisorctl -c ${confPath(supervisorConf)} tail -${Math.max(3000, lines * 200)} ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shq */ .hi)(name)}`;
    if (pm === 'systemd-user')
        return `journalctl --user -u ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shq */ .hi)(`${name}.service`)} -n ${lines} --no-pager`;
    return '';
}
/** ~/x as "$HOME"/'x' (the shell expands HOME, the rest is quoted); other paths quoted. */
function confPath(p) {
    return p.startsWith('~/') ? `"$HOME"/${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shq */ .hi)(p.slice(2))}` : (0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shq */ .hi)(p);
}
function binarySpec(inputs, sources, mode) {
    const root = inputs.binary_root.trim();
    if (root !== '' && root.split('/').includes('..'))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binary_root', `'${root}' holds ..`, 'an absolute path without .. (empty is ~/apps)');
    const pm = inputs.process_manager;
    const restartGiven = inputs.restart_cmd.trim();
    const acts = mode !== 'read';
    if (acts && !restartGiven && pm === 'none') {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('restart_cmd', 'is empty and process_manager is none', 'the command that restarts the program on the host (e.g. sudo -n systemctl restart api), or process_manager supervisor or systemd-user');
    }
    const conf = inputs.supervisor_conf.trim();
    if (pm === 'supervisor' && !conf)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('supervisor_conf', 'is empty and process_manager is supervisor', "the SSH user's supervisord configuration, e.g. ~/supervisor/supervisord.conf");
    if (conf && pm !== 'supervisor')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('supervisor_conf', `means nothing for process_manager ${pm}`, 'empty, or process_manager supervisor');
    if (inputs.install_unit && pm === 'none')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('install_unit', 'is true and process_manager is none', 'process_manager supervisor or systemd-user, whose unit gantry writes');
    if (conf.split('/').includes('..'))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('supervisor_conf', `'${conf}' holds ..`, 'a path without ..');
    if (acts && !inputs.health_url.trim() && !inputs.health_cmd.trim()) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('health_url', 'and health_cmd are both empty', 'health_url or health_cmd: deploy_target binary has no container state to judge a bare process by');
    }
    if (inputs.keep_releases < 1)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('keep_releases', `'${inputs.keep_releases}' is fewer than 1`, 'a count of at least 1');
    const dir = inputs.binaries_dir.trim();
    let sums = new Map();
    let name = inputs.binary_name.trim();
    let version = '';
    if (mode === 'deploy') {
        if (!dir)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binaries_dir', 'is empty', "the build's binaries_dir, with its SHA256SUMS");
        if (!sources.binarySums)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binaries_dir', `'${dir}' holds no SHA256SUMS`, "the build's binaries_dir, with its SHA256SUMS");
        sums = parseSha256Sums(sources.binarySums);
        const c = sources.commit;
        if (!c || !c.sha || !c.commitTime)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('context', `'${inputs.context}' is not a git checkout with a commit`, 'the checkout the binaries were built from (a release is named <commit_time>-<short_sha>)');
        version = `${c.commitTime}-${c.sha.slice(0, 7)}`;
    }
    if (mode === 'deploy' || name)
        name = binaryName(inputs, sums);
    if (!name && (mode === 'rollback' || mode === 'read'))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binary_name', 'is empty', 'the name of the program on the hosts');
    const binaries = [];
    for (const p of Object.values(MACHINE_PLATFORMS)) {
        const file = (0,_image_publish_binary_paths__WEBPACK_IMPORTED_MODULE_3__/* .binaryFileName */ .Z)(name, p.os, p.arch);
        const sha256 = sums.get(file);
        if (sha256 && !binaries.some((b) => b.file === file))
            binaries.push({ platform: p.label, file, sha256 });
    }
    if (mode === 'deploy' && binaries.length === 0) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binaries_dir', `'${dir}' has no linux binary of ${name} in its SHA256SUMS`, `${(0,_image_publish_binary_paths__WEBPACK_IMPORTED_MODULE_3__/* .binaryFileName */ .Z)(name, 'linux', 'amd64')} (or -arm64, -arm) listed in SHA256SUMS`);
    }
    return {
        name,
        version,
        root,
        dir: dir ? path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir) : '',
        binaries,
        restartCmd: restartGiven || derivedRestartCmd(pm, name, conf),
        processManager: pm,
        installUnit: inputs.install_unit,
        supervisorConf: conf,
        logsCmd: inputs.logs_cmd.trim() || derivedLogsCmd(pm, name, conf),
        keepReleases: inputs.keep_releases,
        args: inputs.binary_args,
    };
}
/** The binary for a host's `uname -m`, or why there is none (one line naming both). */
function binaryFor(spec, machine) {
    const p = MACHINE_PLATFORMS[machine];
    if (!p)
        return `the host's platform (uname -m ${machine}) is not one gantry builds for (x86_64, aarch64, armv7l)`;
    const b = spec.binaries.find((x) => x.platform === p.label);
    if (!b)
        return `the host is ${p.label} (uname -m ${machine}) but binaries_dir holds ${spec.name} for ${spec.binaries.map((x) => x.platform).join(', ') || 'no platform'} only`;
    return b;
}


/***/ }),

/***/ 98814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ binarySwitchStep),
/* harmony export */   IX: () => (/* binding */ binaryHealthStep),
/* harmony export */   QJ: () => (/* binding */ binaryRestoreStep),
/* harmony export */   VJ: () => (/* binding */ binaryConvergeStep),
/* harmony export */   Yh: () => (/* binding */ binaryFinalizeStep),
/* harmony export */   b$: () => (/* binding */ binaryRetireStep),
/* harmony export */   lK: () => (/* binding */ binaryPreflightStep),
/* harmony export */   mc: () => (/* binding */ binaryStageStep),
/* harmony export */   oj: () => (/* binding */ binaryProbeStep),
/* harmony export */   q1: () => (/* binding */ binaryResolveStep),
/* harmony export */   q6: () => (/* binding */ binaryStatusStep),
/* harmony export */   zb: () => (/* binding */ binaryLogsStep)
/* harmony export */ });
/* unused harmony exports runWrapper, unitFile */
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53412);
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28032);
/**
 * The binary target's host steps (src/deploy/steps/binary-*.sh), rendered from plain data (pure).
 * Values reach the shell only as shq-quoted assignments; env reaches the host only on stdin and
 * lands in the release's 0600 env file, read by the run wrapper (never sourced: no value is code).
 */


const LIBS = ['lib', 'binary-lib'];
function binaryStep(name, b, values, opts = {}) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)(name, b.name, { ROOT: b.root, RESTART_CMD: b.restartCmd, ...values }, { ...opts, libs: LIBS });
}
/**
 * The release's run wrapper: exports each KEY=VALUE line of env beside it (with `export`, so a
 * value is data, never shell) and executes the binary with binary_args. Its folder is found
 * through `pwd -P`, so current/run loads the env of the release current points at.
 */
function runWrapper(name, args) {
    return [
        '#!/bin/bash',
        '# Written by gantry: loads env (KEY=VALUE lines, not shell) and runs the binary with binary_args.',
        'd=$(cd "$(dirname "$0")" && pwd -P) || exit 1',
        'while IFS= read -r line || [ -n "$line" ]; do',
        '  case $line in [A-Za-z_]*=*) export "${line%%=*}=${line#*=}" ;; esac',
        'done <"$d/env"',
        `exec "$d/"${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_1__/* .shq */ .hi)(name)}${args.map((a) => ` ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_1__/* .shq */ .hi)(a)}`).join('')}`,
    ].join('\n');
}
/** Where install_unit writes the program's unit, and its text (@CURRENT@, @APP@ filled in on the host). */
function unitFile(b) {
    if (!b.installUnit || b.processManager === 'none')
        return { kind: 'none', path: '', text: '' };
    if (b.processManager === 'supervisor') {
        const conf = b.supervisorConf;
        const dir = conf.includes('/') ? conf.slice(0, conf.lastIndexOf('/')) : '.';
        return {
            kind: 'supervisor',
            path: `${dir.replace(/^~(?=\/|$)/, '@HOME@')}/${b.name}.conf`,
            text: [
                `; Written by gantry for ${b.name}: the program runs the release current points at.`,
                `[program:${b.name}]`,
                'command=@CURRENT@/run',
                'directory=@APP@',
                'autostart=true',
                'autorestart=true',
                'startsecs=1',
                'stopasgroup=true',
                'killasgroup=true',
                'redirect_stderr=true',
                `stdout_logfile=@APP@/${b.name}.log`,
                'stdout_logfile_maxbytes=10MB',
                'stdout_logfile_backups=2',
            ].join('\n'),
        };
    }
    return {
        kind: 'systemd-user',
        path: `@HOME@/.config/systemd/user/${b.name}.service`,
        text: [
            `# Written by gantry for ${b.name}: the service runs the release current points at.`,
            '[Unit]',
            `Description=${b.name} (deployed by gantry)`,
            '',
            '[Service]',
            'ExecStart=@CURRENT@/run',
            'WorkingDirectory=@APP@',
            'Restart=always',
            'RestartSec=1',
            '',
            '[Install]',
            'WantedBy=default.target',
        ].join('\n'),
    };
}
function binaryPreflightStep(b, needsHttpClient) {
    return binaryStep('binary-preflight', b, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}
function binaryConvergeStep(b, by) {
    return binaryStep('binary-converge', b, {}, { by });
}
function binaryProbeStep(b, sha256) {
    return binaryStep('binary-probe', b, { VERSION: b.version, SHA: sha256 });
}
function binaryStageStep(b, o) {
    const unit = unitFile(b);
    const envText = o.env.map(([k, v]) => `${k}=${v}\n`).join('');
    return binaryStep('binary-stage', b, {
        VERSION: b.version, SHA: o.sha256, UPLOAD: o.upload, NEW_RELEASE: o.newRelease ? 1 : 0, RUN_TEXT: runWrapper(b.name, b.args),
        UNIT_KIND: unit.kind, UNIT_PATH: unit.path, UNIT_TEXT: unit.text,
    }, { secrets: [envText] });
}
/** version '' switches to the previous release recorded on the host (the rollback command). */
function binarySwitchStep(b, version) {
    return binaryStep('binary-switch', b, { VERSION: version });
}
function binaryHealthStep(b, h) {
    return binaryStep('binary-health', b, { CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), LOGS_CMD: b.logsCmd });
}
function binaryRestoreStep(b, audit) {
    return binaryStep('binary-restore', b, (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit), { by: audit.by });
}
function binaryFinalizeStep(b, audit) {
    return binaryStep('binary-finalize', b, { KEEP: Math.max(1, Math.floor(b.keepReleases)), ...(0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit) }, { by: audit.by });
}
function binaryRetireStep(b, audit) {
    return binaryStep('binary-retire', b, (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit), { by: audit.by });
}
/** rollback_to: finds `want` (a release's name, or a commit sha of 7+ hex digits) among the releases kept on the host. */
function binaryResolveStep(b, want) {
    return binaryStep('binary-resolve', b, { WANT: want });
}
/** status: the live release, the kept ones, the previous one and the lock holder (reads only). */
function binaryStatusStep(b) {
    return binaryStep('binary-status', b, {});
}
/** logs: logs_cmd's output on the host, its last `tail` lines, those holding `grep` (reads only). */
function binaryLogsStep(b, o) {
    return binaryStep('binary-logs', b, { LOGS_CMD: o.logsCmd, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep });
}


/***/ }),

/***/ 18310:
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

/***/ 42988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ describeActor)
/* harmony export */ });
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53412);

/**
 * Who deploys, as recorded in locks, labels and the audit log: the CI job (and who started it),
 * else the local user. Facts about the run, not inputs.
 */
function describeActor(env, hostname, username = '') {
    if (env.GITHUB_ACTIONS === 'true') {
        const run = env.GITHUB_RUN_ID ? ` run ${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/${env.GITHUB_RUN_ATTEMPT}` : ''}` : '';
        return (0,_shell_quote__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`github ${env.GITHUB_REPOSITORY ?? '?'}${run}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''} (${env.GITHUB_ACTOR ?? '?'})`);
    }
    if (env.GITLAB_CI === 'true') {
        return (0,_shell_quote__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`gitlab ${env.CI_PROJECT_PATH ?? '?'} job ${env.CI_JOB_ID ?? '?'} (${env.GITLAB_USER_LOGIN ?? '?'})`);
    }
    return (0,_shell_quote__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`${env.USER || env.LOGNAME || username || 'unknown'}@${hostname}`);
}


/***/ }),

/***/ 77833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDeployInputs: () => (/* binding */ checkDeployInputs),
  clientKey: () => (/* binding */ clientKey),
  deploy: () => (/* binding */ deploy),
  readEnvFile: () => (/* binding */ readEnvFile),
  rollback: () => (/* binding */ rollback)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: ./src/reporter.ts
var reporter = __webpack_require__(65622);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/deploy/deploy-spec.ts + 2 modules
var deploy_spec = __webpack_require__(81900);
// EXTERNAL MODULE: ./src/deploy/deploy-actor.ts
var deploy_actor = __webpack_require__(42988);
// EXTERNAL MODULE: ./src/deploy/rollout.ts + 3 modules
var rollout = __webpack_require__(31706);
// EXTERNAL MODULE: ./src/deploy/local-connection.ts
var local_connection = __webpack_require__(58405);
// EXTERNAL MODULE: ./src/registry/registry-client.ts
var registry_client = __webpack_require__(24690);
;// CONCATENATED MODULE: ./src/deploy/pin-digest.ts
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
        const e = typeof engine === 'function' ? await engine() : engine ?? new (await __webpack_require__.e(/* import() */ 620).then(__webpack_require__.bind(__webpack_require__, 43620))).Engine();
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

// EXTERNAL MODULE: ./src/shell-quote.ts
var shell_quote = __webpack_require__(53412);
// EXTERNAL MODULE: ./src/deploy/remote-steps.ts + 1 modules
var remote_steps = __webpack_require__(28032);
;// CONCATENATED MODULE: ./src/deploy/rollback-targets.ts




/** Parses `IMAGE DIGEST` as printed by the inspect below into repository@digest ('' when absent). */
function previousRef(line) {
    const [image = '', digest = ''] = line.trim().split(/\s+/);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest) || !image)
        return '';
    const repository = image.includes('@') ? image.slice(0, image.indexOf('@')) : image.replace(/:[^:/]+$/, '');
    return `${repository}@${digest}`;
}
async function rollbackTargets(spec, key, reporter) {
    const prev = (0,remote_steps/* serviceNames */._m)(spec.container.name).prev;
    const script = `docker inspect -f '{{.Config.Image}} {{index .Config.Labels "dev.gantry.image-digest"}}' ${(0,shell_quote/* shq */.hi)(prev)} 2>/dev/null || true\n`;
    const connect = (0,rollout/* connector */.M)(spec, key, reporter);
    return Promise.all(spec.hosts.map(async (target) => {
        let connection;
        try {
            connection = (await connect(target)).connection;
            const r = await connection.exec(script, { timeoutSeconds: 30 });
            if (r.code !== 0)
                throw new Error(r.lost ?? `exit ${r.code}: ${r.stderr.trim()}`);
            return { host: target.label, ref: previousRef(r.stdout) };
        }
        catch (err) {
            throw new Error(`${target.label}: cannot read the version a rollback would restore (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
        finally {
            await connection?.close().catch(() => undefined);
        }
    }));
}

;// CONCATENATED MODULE: ./src/deploy/swarm/image-revision.ts
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

// EXTERNAL MODULE: ./src/deploy/report.ts
var deploy_report = __webpack_require__(65505);
;// CONCATENATED MODULE: ./src/deploy/deploy-command.ts

















function readEnvFile(path) {
    if (!path.trim())
        return undefined;
    try {
        return (0,external_fs_.readFileSync)(path.trim(), 'utf8');
    }
    catch (err) {
        throw (0,errors/* inputError */.Xu)('env_file', `cannot read '${path.trim()}': ${err.code ?? err.message}`, 'a readable KEY=VALUE file');
    }
}
/** The checked private key, when a host is reached over SSH (the SSH library is loaded only then). */
async function clientKey(spec, inputs) {
    if (!spec.hosts.some((h) => !h.local))
        return undefined;
    if (!inputs.ssh_private_key.trim()) {
        throw (0,errors/* inputError */.Xu)('ssh_private_key', 'is empty', 'the private key whose public half is in the hosts\' authorized_keys');
    }
    const { parsePrivateKey } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(34)]).then(__webpack_require__.bind(__webpack_require__, 64034));
    return parsePrivateKey(inputs.ssh_private_key, inputs.ssh_passphrase);
}
function localUser() {
    try {
        return (0,external_os_.userInfo)().username;
    }
    catch {
        return '';
    }
}
function readSums(dir) {
    if (!dir.trim())
        return '';
    try {
        return (0,external_fs_.readFileSync)(external_path_.join(dir.trim(), 'SHA256SUMS'), 'utf8');
    }
    catch {
        return '';
    }
}
/** Everything checked before any host is contacted: a mistake here changes nothing anywhere. */
async function prepare(inputs, reporter, mode, builtImageRef, env = process.env) {
    const secrets = (0,src_inputs/* secretValues */.VX)(inputs);
    for (const s of secrets)
        reporter.mask(s);
    const envFileText = readEnvFile(inputs.env_file);
    const binary = inputs.deploy_target === 'binary' && mode === 'deploy';
    const binarySums = binary ? readSums(inputs.binaries_dir) : undefined;
    const commit = binary ? await (0,git/* readGitFacts */.SV)(inputs.context, env) : undefined;
    const spec = (0,deploy_spec/* deploySpec */.hg)(inputs, { builtImageRef, envFileText, binarySums, commit }, mode);
    for (const v of spec.secrets) {
        reporter.mask(v);
        secrets.push(v);
    }
    const key = await clientKey(spec, inputs);
    // verify_key with the binary target: the SHA256SUMS the spec was planned from must be signed.
    if (binary && spec.binary && inputs.verify_key.trim()) {
        const { verifySums } = await Promise.all(/* import() */[__webpack_require__.e(668), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 43184));
        const { parsePublicKeys } = await Promise.all(/* import() */[__webpack_require__.e(668), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 9394));
        const by = verifySums(inputs.binaries_dir.trim(), binarySums ?? '', parsePublicKeys(inputs.verify_key, 'verify_key'));
        reporter.info(`${external_path_.join(inputs.binaries_dir.trim(), 'SHA256SUMS')}: signature verified with key ${by}`);
    }
    for (const w of spec.warnings)
        reporter.warn(w);
    const actor = { by: (0,deploy_actor/* describeActor */.t)(process.env, (0,external_os_.hostname)(), localUser()), runner: (0,external_os_.hostname)(), pid: process.pid };
    return { spec, key, actor, secrets };
}
/**
 * Checks every deploy input as deploy would, before a build that precedes it in the same run
 * (command all): a bad host list or key fails before anything is built or pushed. The digest
 * the build will give is not known yet; a placeholder of the same repository stands in (the
 * binary target: everything but the binaries and their commit).
 */
async function checkDeployInputs(inputs) {
    if (inputs.deploy_target === 'binary') {
        // The binaries and their commit do not exist yet: everything else is checked.
        await clientKey((0,deploy_spec/* deploySpec */.hg)(inputs, { envFileText: readEnvFile(inputs.env_file) }, 'precheck'), inputs);
        return;
    }
    let repository = 'placeholder/image';
    try {
        repository = (0,image_ref/* parseRepository */.SU)(inputs.image).name;
    }
    catch {
        /* the build refuses a bad image itself, naming it */
    }
    const envFileText = readEnvFile(inputs.env_file);
    const spec = (0,deploy_spec/* deploySpec */.hg)(inputs, { builtImageRef: `${repository}@sha256:${'0'.repeat(64)}`, envFileText }, 'deploy');
    await clientKey(spec, inputs);
}
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
async function publish(unmasked, reporter, secrets, postDeployCmd = '') {
    const report = maskReport(unmasked, secrets);
    reporter.info((0,deploy_report/* renderReportText */.Uv)(report));
    reporter.setOutput('report', (0,deploy_report/* reportJson */.l4)(report));
    reporter.setOutput('deployed_hosts', (0,deploy_report/* deployedHosts */.sS)(report.hosts).join(','));
    reporter.setOutput('failed_hosts', (0,deploy_report/* failedHosts */.rk)(report.hosts).join(','));
    reporter.summary((0,deploy_report/* renderReportMarkdown */.Ay)(report));
    if (postDeployCmd.trim())
        await postDeploy(postDeployCmd, report, reporter);
    return report.exitCode;
}
/** post_deploy_cmd on the runner, with the outputs in its environment; a failure is a warning only. */
async function postDeploy(cmd, report, reporter) {
    const env = {
        ...process.env,
        GANTRY_EXIT_CODE: String(report.exitCode),
        GANTRY_REPORT: (0,deploy_report/* reportJson */.l4)(report),
        GANTRY_DEPLOYED_HOSTS: (0,deploy_report/* deployedHosts */.sS)(report.hosts).join(','),
        GANTRY_FAILED_HOSTS: (0,deploy_report/* failedHosts */.rk)(report.hosts).join(','),
    };
    const r = await new local_connection/* LocalConnection */.A((m) => reporter.debug(m), env).exec(cmd, { timeoutSeconds: 600 });
    for (const l of `${r.stdout}${r.stderr}`.split('\n').filter((x) => x.trim()))
        reporter.info(`post_deploy_cmd | ${l}`);
    if (r.code !== 0)
        reporter.warn(`post_deploy_cmd failed (${r.lost ?? `exit code ${r.code}`}); the rollout's exit code ${report.exitCode} stands`);
}
/** The spec with its image pinned to one digest, resolved on the runner before any host is contacted. */
function httpRule(reporter, httpAllowed) {
    return httpAllowed ? async () => true : engineAllowsHttp(async () => new (await __webpack_require__.e(/* import() */ 620).then(__webpack_require__.bind(__webpack_require__, 43620))).Engine((m) => reporter.debug(m)));
}
async function pinnedSpec(spec, input, reporter, httpAllowed = false) {
    const image = spec.container.image;
    if (image.digest)
        return spec;
    const allowHttp = httpRule(reporter, httpAllowed);
    const pinned = await pinDigest(image, { input, credentials: spec.registry, allowHttp, debug: (m) => reporter.debug(m) });
    reporter.info(`${(0,image_ref/* formatImageRef */.kL)(image)} is ${pinned.digest} in the registry: every host deploys ${(0,image_ref/* formatImageRef */.kL)(pinned)}`);
    return { ...spec, container: { ...spec.container, image: pinned } };
}
/** verify_key's checks, with the supply chain's code loaded only when an input asks for them. */
async function verifyImage(inputs, reporter, image, input) {
    if (!inputs.verify_key.trim() && !inputs.require_provenance && !inputs.verify_source.trim())
        return;
    const { verifyForDeploy } = await Promise.all(/* import() */[__webpack_require__.e(668), __webpack_require__.e(118), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 23070));
    await verifyForDeploy(inputs, reporter, image, input);
}
/**
 * Rolls inputs.deploy_image (or builtImageRef, the build's image_ref) out to inputs.hosts.
 * Writes the outputs report, deployed_hosts and failed_hosts; returns an EXIT code.
 */
async function deploy(inputs, reporter, builtImageRef, env = process.env) {
    const prepared = await prepare(inputs, reporter, 'deploy', builtImageRef, env);
    const { key, actor, secrets } = prepared;
    const input = inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref';
    const spec = prepared.spec.target === 'binary' ? prepared.spec : await pinnedSpec(prepared.spec, input, reporter, inputs.registry_insecure);
    // verify_key: the pinned digest's signature (and provenance) checked before any host is contacted.
    if (spec.target !== 'binary' && spec.container.image)
        await verifyImage(inputs, reporter, spec.container.image, input);
    const what = spec.binary ? `${spec.binary.name} ${spec.binary.version} (binary)` : spec.container.name;
    // The swarm target labels the service with the image's revision, read from the registry here.
    const revision = spec.target === 'swarm' && spec.container.image
        ? await imageRevision(spec.container.image, { credentials: spec.registry, allowHttp: httpRule(reporter, inputs.registry_insecure), debug: (m) => reporter.debug(m), warn: (m) => reporter.warn(m) })
        : undefined;
    const report = await reporter.group(`deploy ${what} to ${spec.hosts.length} host(s)`, () => (0,rollout/* runRollout */.p)({ mode: 'deploy', spec, key, actor, reporter, revision }));
    return publish(report, reporter, secrets, inputs.post_deploy_cmd);
}
/** Puts every host back on its previous recorded version; returns an EXIT code. */
async function rollback(inputs, reporter) {
    const { spec, key, actor, secrets } = await prepare(inputs, reporter, 'rollback');
    if (inputs.verify_key.trim() && spec.target === 'binary') {
        throw (0,errors/* inputError */.Xu)('verify_key', 'cannot be checked by a binary rollback (the hosts keep no signature of their older releases; each was checked when it was deployed with verify_key)', 'an empty verify_key for a binary rollback, or a deploy of the earlier binaries_dir with verify_key');
    }
    if (inputs.verify_key.trim()) {
        // What each host would go back to is read (nothing changed) and verified before the rollout.
        const targets = await rollbackTargets(spec, key, reporter);
        const { verifyForDeploy } = await Promise.all(/* import() */[__webpack_require__.e(668), __webpack_require__.e(118), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 23070));
        for (const ref of [...new Set(targets.map((t) => t.ref).filter(Boolean))]) {
            try {
                await verifyForDeploy(inputs, reporter, (0,image_ref/* parseImageRef */.Q)(ref, 'deploy_image'));
            }
            catch (err) {
                if (!(err instanceof errors/* UserError */.yo))
                    throw err;
                const hosts = targets.filter((t) => t.ref === ref).map((t) => t.host).join(', ');
                throw new errors/* UserError */.yo(`${err.message.replace(/; nothing was changed on any host$/, '')}: the version ${hosts} would roll back to is not signed by verify_key, and an unsigned version cannot be rolled back to while verify_key is set; nothing was changed on any host`);
            }
        }
    }
    const report = await reporter.group(`roll back ${spec.container.name} on ${spec.hosts.length} host(s)`, () => (0,rollout/* runRollout */.p)({ mode: 'rollback', spec, key, actor, reporter }));
    return publish(report, reporter, secrets, inputs.post_deploy_cmd);
}


/***/ }),

/***/ 81900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hg: () => (/* binding */ deploySpec)
});

// UNUSED EXPORTS: parseEnv, parseNetwork, parsePort, parseVolume, proxySpec

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/image/secrets/secret-guard.ts
var secret_guard = __webpack_require__(16579);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
;// CONCATENATED MODULE: ./src/deploy/host-list.ts

const USER_RE = /^[a-z_][a-z0-9_.-]*\$?$/i;
const HOSTNAME_RE = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_RE = /^[0-9a-f:.]+(%[a-z0-9_.-]+)?$/i;
/** The input a `[user@]host[:port]` entry comes from, and what it expects. */
const EXPECTED = {
    hosts: '[user@]host[:port] entries (IPv6 as [addr]:port), or local',
    ssh_jump_host: '[user@]host[:port] of an SSH server that reaches the hosts (IPv6 as [addr]:port)',
};
function hostError(entry, problem, input = 'hosts') {
    return (0,errors/* inputError */.Xu)(input, `'${entry}' ${problem}`, EXPECTED[input]);
}
/**
 * Parses one `[user@]host[:port]` entry (`local` is the runner's own engine, for `hosts` only;
 * `input` names the input in errors).
 */
function parseHost(entry, defaultUser, input = 'hosts') {
    const text = entry.trim();
    if (text === 'local') {
        if (input !== 'hosts')
            throw hostError(text, 'is the runner itself, not an SSH server', input);
        return { label: 'local', local: true, user: '', host: 'local', port: 0 };
    }
    const fail = (problem) => hostError(text, problem, input);
    if (/\s/.test(text))
        throw fail('holds a space');
    let rest = text;
    let user = defaultUser;
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        user = rest.slice(0, at);
        rest = rest.slice(at + 1);
        if (!USER_RE.test(user))
            throw fail(`names the user '${user}', which is not a valid user name`);
    }
    else if (!USER_RE.test(user)) {
        throw (0,errors/* inputError */.Xu)('ssh_user', `'${user}' is not a valid user name`, 'a login name such as deploy');
    }
    let host;
    let portText;
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0)
            throw fail("has '[' without ']'");
        host = rest.slice(1, close);
        const after = rest.slice(close + 1);
        if (after !== '' && !after.startsWith(':'))
            throw fail("has text after ']' that is not :port");
        portText = after === '' ? undefined : after.slice(1);
        if (!IPV6_RE.test(host) && !IPV4_RE.test(host) && !HOSTNAME_RE.test(host))
            throw fail('has no valid address in brackets');
    }
    else {
        const colons = rest.split(':').length - 1;
        if (colons > 1)
            throw fail('looks like an IPv6 address: write it as [addr] or [addr]:port');
        const colon = rest.indexOf(':');
        host = colon >= 0 ? rest.slice(0, colon) : rest;
        portText = colon >= 0 ? rest.slice(colon + 1) : undefined;
        if (host === '')
            throw fail('has no host name');
        if (/^[\d.]+$/.test(host) ? !IPV4_RE.test(host) : !HOSTNAME_RE.test(host)) {
            throw fail(/^[\d.]+$/.test(host) ? 'is not a valid IPv4 address' : 'is not a valid host name');
        }
    }
    let port = 22;
    if (portText !== undefined) {
        if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
            throw fail(`has the port '${portText}', not a number from 1 to 65535`);
        }
        port = Number(portText);
    }
    const shownHost = host.includes(':') ? `[${host}]` : host;
    const label = `${at >= 0 ? `${user}@` : ''}${shownHost}${port === 22 ? '' : `:${port}`}`;
    return { label, local: false, user, host, port };
}
/** Parses the `hosts` input; refuses an empty list and the same host named twice. */
function parseHosts(entries, defaultUser) {
    if (entries.length === 0)
        throw (0,errors/* inputError */.Xu)('hosts', 'is empty', 'at least one [user@]host[:port] entry, or local');
    const out = [];
    const seen = new Map();
    for (const entry of entries) {
        const target = parseHost(entry, defaultUser);
        // The same machine and user twice would race for its own lock.
        const key = target.local ? 'local' : `${target.user}@${target.host.toLowerCase()}:${target.port}`;
        const before = seen.get(key);
        if (before !== undefined)
            throw hostError(entry.trim(), `names the same host as '${before}'`);
        seen.set(key, entry.trim());
        out.push(target);
    }
    return out;
}

// EXTERNAL MODULE: ./src/deploy/known-hosts.ts
var known_hosts = __webpack_require__(70014);
// EXTERNAL MODULE: ./src/deploy/binary/binary-spec.ts
var binary_spec = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/schema.ts
var schema = __webpack_require__(75060);
;// CONCATENATED MODULE: ./src/deploy/target-inputs.ts
/**
 * Which deploy inputs belong to which deploy_target. An input listed here means something only for
 * the targets that list it: set (to anything but its default) for another target, it is refused
 * with one line before any host is contacted. Inputs not listed here serve every target.
 * A new target adds its name to DEPLOY_TARGETS (and the schema's options) and its own inputs here.
 */


const DEPLOY_TARGETS = schema/* INPUTS */.mc.deploy_target.options;
const TARGET_INPUTS = {
    container: ['deploy_image', 'container_name', 'ports', 'volumes', 'network', 'restart', 'keep_images', 'health_cmd', 'health_url',
        'proxy_port', 'app_port', 'proxy_image', 'proxy_host', 'proxy_tls', 'health_path', 'drain_timeout', 'pre_switch_cmd', 'rollback_to', 'maintenance_message'],
    binary: ['binary_root', 'restart_cmd', 'process_manager', 'install_unit', 'supervisor_conf', 'logs_cmd', 'keep_releases', 'binary_args', 'health_cmd', 'health_url', 'rollback_to'],
    swarm: ['deploy_image', 'container_name', 'ports', 'volumes', 'network', 'restart', 'replicas', 'swarm_mode', 'publish_mode', 'keep_images', 'rollback_to'],
};
/** The targets an input is meant for; every target when it is not target-specific. */
function targetsOf(name) {
    const of = DEPLOY_TARGETS.filter((t) => TARGET_INPUTS[t].includes(name));
    return of.length > 0 ? of : [...DEPLOY_TARGETS];
}
function isSet(inputs, name) {
    const v = inputs[name];
    const d = schema/* INPUTS */.mc[name].default;
    if (Array.isArray(v))
        return v.length > 0;
    if (typeof v === 'string')
        return v.trim() !== d;
    return String(v) !== d;
}
/** What to use instead, when a target refuses an input that users reach for. */
const INSTEAD = {
    swarm: {
        health_cmd: "a HEALTHCHECK in the image (Swarm runs it in every task; a scratch image needs a binary that checks itself, see the README's Swarm section), or deploy_target container",
        health_url: "a HEALTHCHECK in the image (Swarm runs it in every task; a scratch image needs a binary that checks itself, see the README's Swarm section), or deploy_target container",
    },
};
/** Refuses, in one line, the first input set that means nothing for the target. */
function refuseForeignInputs(inputs, target) {
    for (const name of Object.keys(schema/* INPUTS */.mc)) {
        if (!targetsOf(name).includes(target) && isSet(inputs, name)) {
            const hint = INSTEAD[target]?.[name];
            if (hint)
                throw (0,errors/* inputError */.Xu)(name, `is a host-side check and means nothing for deploy_target ${target}`, hint);
            throw (0,errors/* inputError */.Xu)(name, `means nothing for deploy_target ${target}`, `empty, or deploy_target ${targetsOf(name).join(' or ')}`);
        }
    }
}

// EXTERNAL MODULE: ./src/deploy/swarm/swarm-spec.ts
var swarm_spec = __webpack_require__(3018);
// EXTERNAL MODULE: ./src/deploy/rollout-plan.ts
var rollout_plan = __webpack_require__(28231);
// EXTERNAL MODULE: ./src/deploy/hooks.ts
var hooks = __webpack_require__(48155);
;// CONCATENATED MODULE: ./src/deploy/deploy-spec.ts











const PORT = '([1-9][0-9]{0,4})';
const PORT_RE = new RegExp(`^(?:((?:\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-fA-F:]+\\]):)?${PORT}:${PORT}(?:/(tcp|udp|sctp))?$`);
function parsePort(entry) {
    const m = PORT_RE.exec(entry);
    if (!m || Number(m[2]) > 65535 || Number(m[3]) > 65535) {
        throw (0,errors/* inputError */.Xu)('ports', `'${entry}' is not a port mapping`, '[ip:]host_port:container_port[/tcp|udp], ports 1-65535');
    }
    return entry;
}
// Docker's own rule for names of volumes and networks.
const DOCKER_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function parseVolume(entry) {
    const parts = entry.split(':');
    const ok = parts.length >= 2 && parts.length <= 3 && (parts[0].startsWith('/') || DOCKER_NAME_RE.test(parts[0])) && parts[1].startsWith('/') &&
        (parts.length === 2 || /^[a-z,]+$/.test(parts[2])) && !/\s/.test(entry);
    if (!ok)
        throw (0,errors/* inputError */.Xu)('volumes', `'${entry}' is not a volume`, 'source:/container/path[:options], the source a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*) or an absolute host path');
    return entry;
}
/** The container's network: empty (the engine's default), host, none, a network's name or container:NAME. */
function parseNetwork(text) {
    const value = text.trim();
    const name = value.startsWith('container:') ? value.slice('container:'.length) : value;
    if (value !== '' && !DOCKER_NAME_RE.test(name)) {
        throw (0,errors/* inputError */.Xu)('network', `'${value}' is not a network`, 'host, none, a network name ([a-zA-Z0-9][a-zA-Z0-9_.-]*) or container:NAME');
    }
    return value;
}
/**
 * Reads env_file then env lines (env wins on the same key), then secret_env, whose keys may not
 * repeat env's (which value would win is not obvious); values must fit on one line.
 */
function parseEnv(envLines, envFileText, secretLines = []) {
    if (envFileText !== undefined)
        (0,inputs/* checkKeyValueLines */.CB)('env_file', envFileText);
    const fromFile = envFileText === undefined ? [] : (0,inputs/* parseKeyValues */.Hl)('env_file', (0,inputs/* splitList */.ry)(envFileText, true));
    const plain = new Map();
    for (const [k, v] of [...fromFile, ...(0,inputs/* parseKeyValues */.Hl)('env', [...envLines])])
        plain.set(k, v);
    const secret = new Map((0,inputs/* parseKeyValues */.Hl)('secret_env', [...secretLines], true));
    const secrets = [...secret.values()];
    const warnings = [];
    for (const [k, v] of plain) {
        if (secret.has(k))
            throw (0,errors/* inputError */.Xu)('secret_env', `the key '${k}' is also in env`, 'each variable in env or in secret_env, not both');
        const word = (0,secret_guard/* secretWord */.z)(k);
        if (!word)
            continue;
        secrets.push(v);
        warnings.push(`env: ${k} looks like a secret (${word}): its value is masked, but it belongs in secret_env`);
    }
    return { env: [...plain.entries(), ...secret.entries()], secrets: secrets.filter((s) => s.length > 0), warnings };
}
function rolloutImage(inputs, sources, mode) {
    const imageText = inputs.deploy_image.trim() || sources.builtImageRef || '';
    if (imageText) {
        const image = (0,image_ref/* parseImageRef */.Q)(imageText, inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref');
        return image;
    }
    if (mode === 'deploy') {
        throw (0,errors/* inputError */.Xu)('deploy_image', 'is empty and no image was built in this run', 'an image reference such as registry:5000/team/api@sha256:...');
    }
    if (inputs.image.trim())
        return (0,image_ref/* parseImageRef */.Q)(inputs.image.trim(), 'image');
    if (!inputs.container_name)
        throw (0,errors/* inputError */.Xu)('container_name', 'is empty and no image is named to derive it from', 'the container name on the hosts, or deploy_image');
    return undefined;
}
const DNS_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
function portNumber(name, text) {
    const n = Number(text);
    if (!/^[0-9]+$/.test(text) || n < 1 || n > 65535)
        throw (0,errors/* inputError */.Xu)(name, `'${text}' is not a port`, 'a port 1-65535');
    return n;
}
/** proxy_port and its companions; undefined without proxy_port (and then its companions must be unset). */
function proxySpec(inputs) {
    const appPort = portNumber('app_port', String(inputs.app_port));
    const text = inputs.proxy_port.trim();
    if (!text) {
        if (inputs.proxy_host.length > 0)
            throw (0,errors/* inputError */.Xu)('proxy_host', 'is set without proxy_port', 'proxy_port (the port the proxy publishes), or no proxy_host');
        if (inputs.proxy_tls !== 'false')
            throw (0,errors/* inputError */.Xu)('proxy_tls', 'is set without proxy_port', 'proxy_port (443 for HTTPS) and proxy_host');
        if (inputs.health_path.trim())
            throw (0,errors/* inputError */.Xu)('health_path', 'is set without proxy_port', 'proxy_port (health_path is probed on the container before the proxy switches), or health_url');
        return undefined;
    }
    const port = portNumber('proxy_port', text);
    if (inputs.ports.length > 0) {
        throw (0,errors/* inputError */.Xu)('ports', `'${inputs.ports.join(',')}' cannot be published in proxy mode (proxy_port ${port} owns the host's port)`, 'no ports: the proxy reaches the container on app_port');
    }
    if (inputs.network.trim())
        throw (0,errors/* inputError */.Xu)('network', `'${inputs.network.trim()}' cannot be used in proxy mode`, "no network: containers join gantry's own network, where the proxy reaches them");
    if (inputs.health_url.trim()) {
        throw (0,errors/* inputError */.Xu)('health_url', 'cannot reach the application in proxy mode (it publishes no port)', "health_path, probed on the new container's own address and app_port");
    }
    const hosts = inputs.proxy_host.map((h) => h.toLowerCase());
    for (const h of hosts) {
        if (h.length > 253 || !DNS_NAME.test(h))
            throw (0,errors/* inputError */.Xu)('proxy_host', `'${h}' is not a DNS name`, 'DNS names such as api.example.com');
    }
    if (inputs.proxy_tls !== 'false' && hosts.length === 0) {
        throw (0,errors/* inputError */.Xu)('proxy_tls', 'needs proxy_host: certificates are issued for host names', 'the DNS names of the service in proxy_host');
    }
    return {
        port, appPort, image: inputs.proxy_image.trim(), hosts: [...new Set(hosts)],
        healthPath: inputs.health_path.trim(), drainTimeout: inputs.drain_timeout,
        tls: inputs.proxy_tls === 'true' ? 'acme' : inputs.proxy_tls === 'internal' ? 'internal' : 'off',
    };
}
/**
 * Turns inputs into a deploy (or rollback) spec, refusing bad input with one message naming it.
 * 'read' is a day-two command that changes nothing; 'precheck' is a binary deploy checked before
 * the build that makes its binaries (see BinarySpecMode). Pure.
 */
function deploySpec(inputs, sources = {}, mode = 'deploy') {
    const warnings = [];
    const target = inputs.deploy_target;
    refuseForeignInputs(inputs, target);
    const hosts = parseHosts(inputs.hosts, inputs.ssh_user);
    const binary = target === 'binary' ? (0,binary_spec/* binarySpec */.$e)(inputs, sources, mode) : undefined;
    const image = binary ? undefined : rolloutImage(inputs, sources, mode === 'deploy' || mode === 'precheck' ? 'deploy' : 'rollback');
    const name = binary ? binary.name : inputs.container_name || (image ? (0,image_ref/* defaultContainerName */.i7)(image) : '');
    const ports = inputs.ports.map(parsePort);
    const proxy = proxySpec(inputs);
    if (ports.length > 0 && inputs.network === 'host')
        warnings.push('ports are ignored by docker with network host: the service listens on the host directly');
    const sshHosts = hosts.filter((h) => !h.local);
    const policy = inputs.ssh_host_key_policy;
    const knownHosts = (0,known_hosts/* parseKnownHosts */.uJ)(inputs.known_hosts);
    const jump = inputs.ssh_jump_host.trim() ? parseHost(inputs.ssh_jump_host, inputs.ssh_user, 'ssh_jump_host') : undefined;
    if (jump && sshHosts.length === 0)
        throw (0,errors/* inputError */.Xu)('ssh_jump_host', 'is set but every host is local', 'empty, or hosts reached over SSH');
    if (sshHosts.length > 0 && knownHosts.entries.length === 0 && policy !== 'accept-new') {
        throw (0,errors/* inputError */.Xu)('known_hosts', inputs.known_hosts.trim() ? 'holds no host key' : 'is empty', "the hosts' pinned keys (ssh-keyscan output checked out of band, or the hosts' /etc/ssh/ssh_host_*_key.pub as known_hosts lines); ssh_host_key_policy accept-new trusts unknown hosts instead");
    }
    if (inputs.registry_password && !inputs.registry_username) {
        throw (0,errors/* inputError */.Xu)('registry_username', 'is empty but registry_password is set', 'the registry user the password belongs to');
    }
    const env = parseEnv(inputs.env, sources.envFileText, inputs.secret_env);
    if (/%$/.test(inputs.batch_size) && Number(inputs.batch_size.slice(0, -1)) > 100) {
        throw (0,errors/* inputError */.Xu)('batch_size', `'${inputs.batch_size}' is more than 100%`, 'a count such as 2 or a percentage up to 100%');
    }
    const container = {
        name,
        image,
        ports,
        env: env.env,
        volumes: inputs.volumes.map(parseVolume),
        network: parseNetwork(inputs.network),
        restart: inputs.restart,
        healthCmd: inputs.health_cmd.trim(),
        healthUrl: inputs.health_url.trim(),
        healthTimeout: inputs.health_timeout,
        keepImages: inputs.keep_images,
    };
    const swarm = target === 'swarm' ? (0,swarm_spec/* swarmSpec */.yO)(inputs, container, hosts.length) : undefined;
    return {
        target,
        hosts,
        binary,
        swarm,
        container,
        proxy,
        force: inputs.force,
        rollbackTo: inputs.rollback_to.trim(),
        preSwitch: (0,hooks/* splitArgs */.s)('pre_switch_cmd', inputs.pre_switch_cmd),
        knownHosts,
        jump,
        hostKeyPolicy: policy,
        batchSize: inputs.batch_size,
        maxFailures: (0,rollout_plan/* toleratedFailures */.iq)(inputs.max_failures, hosts.length),
        maxFailuresText: inputs.max_failures.trim(),
        batchWait: inputs.batch_wait,
        rollback: inputs.rollback,
        lockTimeout: inputs.lock_timeout,
        registry: inputs.registry_username ? { username: inputs.registry_username, password: inputs.registry_password } : undefined,
        secrets: env.secrets,
        warnings: [...warnings, ...env.warnings, ...knownHosts.warnings],
    };
}


/***/ }),

/***/ 48155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ preSwitchStep),
/* harmony export */   s: () => (/* binding */ splitArgs)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28032);


/**
 * Splits pre_switch_cmd into arguments the way a shell would split words: whitespace separates,
 * '...' is literal, "..." keeps spaces and honours \" and \\. Nothing is expanded. Pure.
 */
function splitArgs(name, text) {
    const out = [];
    let cur = '';
    let has = false;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === "'") {
            if (ch === "'")
                quote = '';
            else
                cur += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = '';
            else if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\'))
                cur += text[++i];
            else
                cur += ch;
        }
        else if (/\s/.test(ch)) {
            if (has)
                out.push(cur);
            cur = '';
            has = false;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            has = true;
        }
        else if (ch === '\\' && i + 1 < text.length) {
            cur += text[++i];
            has = true;
        }
        else {
            cur += ch;
            has = true;
        }
    }
    if (quote)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `has an unclosed ${quote} quote`, "arguments such as migrate --up or sh -c 'cmd'");
    if (has)
        out.push(cur);
    return out;
}
/**
 * pre_switch_cmd: `docker run --rm IMAGE ARGS` of the new image on this host, with the deploy's env
 * (a 0600 file removed at once) and network, before anything is switched (steps/pre-switch.sh).
 */
function preSwitchStep(service, o) {
    const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('pre-switch', service, {
        REF: o.ref, NET: o.proxy ? _remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .PROXY_NETWORK */ ["if"] : o.network, ENSURE_NETWORK: o.proxy ? 1 : 0, ARGS: o.args, HOOK_TIMEOUT: Math.floor(o.timeoutSeconds),
    }, { secrets: [envText] });
}


/***/ }),

/***/ 5697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HJ: () => (/* binding */ takeLock),
/* harmony export */   Zj: () => (/* binding */ connectHost),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   wB: () => (/* binding */ HostRun),
/* harmony export */   xi: () => (/* binding */ HostRunBase)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _host_lock__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47941);
/* harmony import */ var _host_record__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(69507);
/* harmony import */ var _host_steps__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69495);
/* harmony import */ var _connect_error__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18310);
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28032);
/* harmony import */ var _proxy_steps__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95193);
/* harmony import */ var _proxy_config__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59434);
/* harmony import */ var _hooks__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48155);











/** Time limits, in seconds. Tests shorten none of them: they are limits, not delays. */
const LIMITS = {
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
        if (err instanceof _connect_error__WEBPACK_IMPORTED_MODULE_4__/* .ConnectError */ .T) {
            const outcome = err.kind === 'unreachable' ? 'unreachable' : err.kind === 'host-key' ? 'refused host key' : 'failed';
            if (err.verdict)
                record.hostKey(err.verdict);
            record.fail(outcome, 'previous', err.message);
        }
        else
            record.fail('failed', 'previous', `connect: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        return undefined;
    }
}
/** Takes the service's lock on a host (waiting up to lock_timeout); throws when it cannot. */
async function takeLock(conn, ctx, record, service, token) {
    const lock = new _host_lock__WEBPACK_IMPORTED_MODULE_2__/* .HostLock */ .k(conn, {
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
/** One host's part of a rollout: the per-host state machine over its connection, its lock and its steps. */
/**
 * What every per-host target run shares: its report line, connection, lock, step plumbing, the
 * fleet's undo and the close. A target fills in deploy, rollBack, how it retires a first deploy
 * and how it switches back.
 */
class HostRunBase {
    target;
    ctx;
    record;
    conn;
    lock;
    token = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex');
    constructor(target, ctx) {
        this.target = target;
        this.ctx = ctx;
        this.record = new _host_record__WEBPACK_IMPORTED_MODULE_9__/* .HostRecord */ .K(target.label, ctx.reporter);
    }
    get report() {
        return this.record.report;
    }
    since(t) {
        return (this.ctx.clock.now() - t) / 1000;
    }
    step(s, timeoutSeconds) {
        if (!this.conn)
            return Promise.reject(new _host_steps__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH(s.name, null, `${s.name}: not connected`));
        return (0,_host_steps__WEBPACK_IMPORTED_MODULE_3__/* .runStep */ .eg)(this.conn, s, timeoutSeconds, (m) => this.record.debug(m));
    }
    audit(action, from, to) {
        return { action, by: this.ctx.actor.by, from: from ?? '', to: to ?? '' };
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
                record.fail('failed', 'unknown', `could not roll back: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
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
        this.record.fail('failed', 'unknown', `internal error: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    /** Marks a host the rollout never reached. */
    skip(reason) {
        this.record.skip(reason);
    }
    /** Releases the lock and the connection. */
    async close() {
        try {
            await this.lock?.release();
        }
        catch (err) {
            this.record.warn(`could not release the lock: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        }
        this.lock = undefined;
        await this.conn?.close();
        this.conn = undefined;
    }
}
/** One host's part of a rollout (the container target): its state machine over its connection, lock and steps. */
class HostRun extends HostRunBase {
    get service() {
        return this.ctx.spec.container.name;
    }
    /** Connects, checks docker, takes the lock and repairs what an interrupted run left. False when the host is out. */
    async open() {
        const { record } = this;
        this.conn = await connectHost(this.target, this.ctx, record);
        if (!this.conn)
            return false;
        try {
            const pre = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .preflightStep */ .gk)(this.service, this.ctx.spec.container.healthUrl !== '' || this.ctx.spec.proxy !== undefined), LIMITS.preflight);
            record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
            this.lock = await takeLock(this.conn, this.ctx, record, this.service, this.token);
        }
        catch (err) {
            record.fail('failed', 'previous', (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
            return false;
        }
        try {
            if (this.ctx.spec.proxy) {
                const pc = await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .proxyConvergeStep */ .Y1)(this.service, this.ctx.actor.by), LIMITS.converge);
                for (const fixed of (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(pc, 'fixed'))
                    this.record.note(fixed);
            }
            const c = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .convergeStep */ .uH)(this.service, this.ctx.actor.by), LIMITS.converge);
            for (const fixed of (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(c, 'fixed'))
                record.note(fixed);
            this.report.previousDigest = c.values.current_digest ?? '';
        }
        catch (err) {
            record.fail('failed', 'unknown', (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
            return false;
        }
        return true;
    }
    healthOptions(target = 'name') {
        const c = this.ctx.spec.container;
        const p = this.ctx.spec.proxy;
        return {
            cmd: c.healthCmd, url: c.healthUrl, timeoutSeconds: c.healthTimeout, target,
            probe: p && p.healthPath ? { port: p.appPort, path: p.healthPath } : undefined,
        };
    }
    /** Health gate of what runs under the name now (or of the container started beside it); returns the seconds it took. */
    async healthGate(target = 'name') {
        const t = this.ctx.clock.now();
        const out = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .healthStep */ .J_)(this.service, this.healthOptions(target)), this.ctx.spec.container.healthTimeout + 60);
        return { seconds: this.since(t), out };
    }
    /**
     * After a failed switch or health gate: put back what ran before, and check it is healthy.
     * Returns what the host serves afterwards, relative to the switch that failed.
     */
    async restore(audit, switchedFrom) {
        const { record } = this;
        if (!this.ctx.spec.rollback) {
            record.note('rollback is off: the failed container is left in place');
            return 'unknown';
        }
        try {
            const r = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .restoreStep */ .T2)(this.service, audit), LIMITS.restore);
            if (r.values.restored === 'none') {
                record.say('removed the failed container; nothing ran here before');
                return switchedFrom;
            }
            record.say(`restored ${r.values.restored}`);
            try {
                await this.healthGate();
                record.say('the restored container is healthy');
            }
            catch (err) {
                record.note(`the restored container is not healthy either: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
            }
            return switchedFrom;
        }
        catch (err) {
            record.note(`could not restore what ran before: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
            return 'unknown';
        }
    }
    pulled;
    /** Connects, locks and pulls the image, once; undefined (and the report says why) when that failed. */
    pullOnce() {
        this.pulled ??= (async () => {
            if (!(await (this.opened ??= this.open())))
                return undefined;
            const { spec } = this.ctx;
            try {
                const t0 = this.ctx.clock.now();
                const { imageRef } = this.ctx;
                this.record.say(`pulling ${imageRef}`);
                const image = spec.container.image;
                const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
                const pulled = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .pullStep */ .eO)(this.service, imageRef, image.repository, registry, spec.proxy ? [spec.proxy.image] : []), LIMITS.pull);
                this.report.pullSeconds = this.since(t0);
                const digest = pulled.values.digest || (image.digest ?? '');
                this.report.newDigest = digest;
                const ref = imageRef;
                this.record.say(`pulled ${digest || ref} in ${this.report.pullSeconds.toFixed(1)} s`);
                return { ref, digest };
            }
            catch (err) {
                this.record.fail('failed', 'previous', (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
                return undefined;
            }
        })();
        return this.pulled;
    }
    /** pre_switch_cmd on this host (the first), before any host switches; false when it failed. */
    async preSwitch() {
        const pulled = await this.pullOnce();
        if (!pulled)
            return false;
        const { spec } = this.ctx;
        this.record.say(`running pre_switch_cmd in a one-off container of ${pulled.ref}`);
        try {
            const out = await this.step((0,_hooks__WEBPACK_IMPORTED_MODULE_8__/* .preSwitchStep */ .A)(this.service, {
                ref: pulled.ref, args: spec.preSwitch, env: spec.container.env, network: spec.container.network, proxy: spec.proxy !== undefined,
                timeoutSeconds: LIMITS.preSwitch,
            }), LIMITS.preSwitch + 60);
            for (const l of (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(out, 'log'))
                this.ctx.reporter.info(`${this.target.label} pre_switch_cmd | ${l}`);
            this.record.say('pre_switch_cmd succeeded');
            return true;
        }
        catch (err) {
            if (err instanceof _host_steps__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH)
                this.report.logs = (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(err.out ?? (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .parseStepOutput */ .VX)(''), 'log');
            this.record.fail('failed', 'previous', `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}; nothing was switched on any host`);
            return false;
        }
    }
    /** The host's whole deploy, recorded in this.report; never throws. */
    async deploy() {
        const pulled = await this.pullOnce();
        if (!pulled)
            return;
        const { spec } = this.ctx;
        const c = spec.container;
        const { ref, digest: newDigest } = pulled;
        let configHash = '';
        let alias;
        try {
            const same = await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .unchangedStep */ .iI)(this.service, {
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
            }
            else if (newDigest && newDigest === this.report.previousDigest) {
                this.record.note(`already runs ${newDigest}, but ${same.values.why ?? 'not as asked'}: replacing it`);
            }
            alias = spec.proxy ? (0,_proxy_config__WEBPACK_IMPORTED_MODULE_7__/* .upstreamAlias */ .mm)(this.service, (0,crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')) : undefined;
            const t1 = this.ctx.clock.now();
            await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .createStep */ .Bx)(this.service, {
                ref, digest: newDigest, ports: c.ports, env: c.env, volumes: c.volumes, network: c.network, restart: c.restart,
                deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by, alias, configHash: configHash || undefined,
            }), LIMITS.create);
            this.report.startSeconds = this.since(t1);
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
            return;
        }
        await this.release('new', this.audit('deploy', this.report.previousDigest, newDigest), 'previous', 'new');
    }
    /** What makes a container what it is besides its image: hashed on the host with a salt to spot an unchanged host. */
    configText() {
        const { container: c, proxy } = this.ctx.spec;
        return JSON.stringify({
            ports: c.ports, env: c.env, volumes: c.volumes, network: c.network, restart: c.restart,
            proxy: proxy ? { port: proxy.port, appPort: proxy.appPort, hosts: proxy.hosts } : null,
        });
    }
    /** Switches to `source` the way the mode says: stop-then-start, or beside-then-proxy. */
    release(source, audit, from, to) {
        return this.ctx.spec.proxy ? this.proxyRelease(source, audit, from, to) : this.switchAndGate(source, audit, from, to);
    }
    /**
     * Proxy mode: start `source` beside what serves, health-gate it on its own address, switch the
     * proxy, drain and stop the old container, finalize. A failure before the switch leaves the
     * proxy and the serving container untouched.
     */
    async proxyRelease(source, audit, from, to) {
        const proxy = this.ctx.spec.proxy;
        const t = this.ctx.clock.now();
        let tHealth = 0;
        let alias = '';
        const discard = async () => {
            try {
                await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .discardStep */ .jK)(this.service, source, audit), LIMITS.restore);
            }
            catch (err) {
                this.record.note(`could not remove the container that failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
            }
        };
        try {
            const st = await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .startBesideStep */ .z_)(this.service, source), LIMITS.switch);
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
        }
        catch (err) {
            if (err instanceof _host_steps__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH && err.step === 'health') {
                this.report.healthSeconds = this.since(tHealth || t);
                this.report.logs = (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(err.out ?? (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .parseStepOutput */ .VX)(''), 'log');
            }
            else if (!tHealth)
                this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
            if (!(err instanceof _host_steps__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH && err.code === _remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .STEP_EXIT */ .a4.nothingToSwitch))
                await discard();
            this.record.fail('failed', from, `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}; the proxy was not switched`);
            return false;
        }
        const tSwitch = this.ctx.clock.now();
        try {
            const sw = await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .proxySwitchStep */ .Hh)(this.service, {
                src: source, port: proxy.port, image: proxy.image, hosts: proxy.hosts, alias,
                routeFile: (0,_proxy_config__WEBPACK_IMPORTED_MODULE_7__/* .routeFileName */ .VJ)(this.service, proxy.hosts), route: (0,_proxy_config__WEBPACK_IMPORTED_MODULE_7__/* .routeLine */ .Gs)(this.service, proxy.hosts, `${alias}:${proxy.appPort}`),
                drainSeconds: proxy.drainTimeout, tlsPolicy: (0,_proxy_config__WEBPACK_IMPORTED_MODULE_7__/* .tlsPolicyLine */ .eX)(proxy.hosts, proxy.tls),
            }), LIMITS.proxy);
            this.report.switchSeconds = this.since(tSwitch);
            if (sw.values.proxy_replaced)
                this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_replaced}`);
            if (sw.values.proxy_warning)
                this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_warning}`);
            if (sw.values.migrated)
                this.record.note(sw.values.migrated);
            if (sw.values.maintenance === 'on')
                this.record.note('the service is in maintenance: the proxy keeps answering 503 until `gantry live`');
            this.record.say(`proxy port ${proxy.port} now serves ${alias} (switch ${this.report.switchSeconds.toFixed(2)} s, of which the load ${sw.values.load_ms} ms${sw.values.fresh === '1' ? ', proxy started' : ''})`);
        }
        catch (err) {
            await discard();
            this.record.fail('failed', from, `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}; the proxy still serves what it served`);
            return false;
        }
        try {
            const ret = await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .proxyRetireStep */ .I8)(this.service, source, proxy.drainTimeout, proxy.appPort), LIMITS.switch + 2 * proxy.drainTimeout);
            if (ret.values.drain_ms) {
                this.record.say(`the old container drained in ${(Number(ret.values.drain_ms) / 1000).toFixed(1)} s${ret.values.drain_open !== '0' && ret.values.drain_open !== '?' ? ` (${ret.values.drain_open} connection(s) still open at drain_timeout ${proxy.drainTimeout} s)` : ''}, then stopped`);
            }
        }
        catch (err) {
            this.record.fail('failed', to, `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)} (the proxy serves the new container; the old one was not retired)`);
            return false;
        }
        return this.finish(audit, to);
    }
    /** The rollback command on this host: back to the previous version kept there. */
    async rollBack() {
        if (this.ctx.spec.rollbackTo) {
            await this.rollBackTo();
            return;
        }
        if (!(await this.open()))
            return;
        await this.release('prev', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
    }
    opened;
    wanted;
    /**
     * rollback_to, before any host changes: connects, locks, and finds the version among those this
     * host keeps. Returns the error line when it is not there (or the host is out).
     */
    async resolveRollbackTo() {
        this.opened ??= this.open();
        if (!(await this.opened))
            return this.report.message;
        try {
            const r = await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .resolveVersionStep */ .tJ)(this.service, this.ctx.spec.rollbackTo, this.ctx.spec.container.keepImages), LIMITS.preflight);
            this.wanted = { ref: r.values.ref ?? '', digest: r.values.digest ?? '' };
            return undefined;
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
            return this.report.message;
        }
    }
    /** rollback_to on this host: the older image with the live container's own settings, released like a deploy. */
    async rollBackTo() {
        if (!this.wanted && (await this.resolveRollbackTo()) !== undefined)
            return;
        const { ref, digest } = this.wanted;
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
            await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .cloneLiveStep */ .SJ)(this.service, {
                ref, digest, alias: this.ctx.spec.proxy ? (0,_proxy_config__WEBPACK_IMPORTED_MODULE_7__/* .upstreamAlias */ .mm)(this.service, (0,crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')) : undefined,
                deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by,
            }), LIMITS.create);
            this.report.startSeconds = this.since(t);
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
            return;
        }
        await this.release('new', this.audit('rollback', this.report.previousDigest, digest), 'previous', 'new');
    }
    /**
     * Switch to `source`, health-gate it, finalize. On failure restore and mark the host failed.
     * `from`/`to` say what the host runs before and after, in the report's terms.
     */
    async switchAndGate(source, audit, from, to) {
        const { clock } = this.ctx;
        const t = clock.now();
        let tHealth = 0;
        let switched = false;
        try {
            const sw = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .switchStep */ .PS)(this.service, source), LIMITS.switch);
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
        }
        catch (err) {
            if (err instanceof _host_steps__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH && err.step === 'health') {
                this.report.healthSeconds = this.since(tHealth || t);
                this.report.logs = (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(err.out ?? (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .parseStepOutput */ .VX)(''), 'log');
            }
            if (err instanceof _host_steps__WEBPACK_IMPORTED_MODULE_3__/* .StepFailure */ .pH && err.step === 'switch' && err.code === _remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .STEP_EXIT */ .a4.nothingToSwitch) {
                this.record.fail('failed', from, (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
                return false;
            }
            const running = await this.restore({ ...audit }, from);
            this.record.fail('failed', running, (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
            if (!switched)
                this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
            return false;
        }
        return this.finish(audit, to);
    }
    /** Keeps what ran before as the previous version, records, prunes, audits. */
    async finish(audit, to) {
        try {
            const fin = await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .finalizeStep */ .b5)(this.service, {
                repository: this.ctx.mode === 'deploy' ? this.ctx.spec.container.image?.repository ?? '' : '',
                keepImages: this.ctx.spec.container.keepImages,
                audit,
            }), LIMITS.finalize);
            const pruned = (0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .listValues */ .Du)(fin, 'pruned');
            if (pruned.length > 0)
                this.record.debug(`pruned ${pruned.join(', ')}`);
        }
        catch (err) {
            this.record.fail('failed', 'unknown', `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)} (the new container is healthy, but the host's records are incomplete)`);
            return false;
        }
        this.record.succeeded(to);
        this.record.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
        return true;
    }
    async retire(audit) {
        // Proxy mode: the route goes first, so the proxy never dials a stopped container.
        const proxy = this.ctx.spec.proxy;
        const unrouted = proxy ? (await this.step((0,_proxy_steps__WEBPACK_IMPORTED_MODULE_6__/* .unrouteStep */ .jt)(this.service, proxy.drainTimeout), LIMITS.proxy)).values.unrouted === '1' : false;
        await this.step((0,_remote_steps__WEBPACK_IMPORTED_MODULE_5__/* .retireStep */ .m4)(this.service, audit), LIMITS.restore);
        return unrouted ? `its route was taken off the proxy (port ${proxy.port}) and the new container was stopped` : 'the new container was stopped';
    }
    switchBack(_before, audit) {
        return this.release('prev', audit, 'new', 'previous');
    }
}


/***/ }),

/***/ 47941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ HostLock),
/* harmony export */   p: () => (/* binding */ pidAlive)
/* harmony export */ });
/* harmony import */ var _host_steps__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69495);
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28032);


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
            const r = await (0,_host_steps__WEBPACK_IMPORTED_MODULE_0__/* .execStep */ .i7)(this.conn, (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .lockStep */ .s9)(service, owner, limits.stale, breakToken), limits.attempt, this.o.debug);
            const v = r.out.values;
            if (r.code === 0 && v.acquired === '1') {
                if (v.broke)
                    this.o.note(`took over the lock of ${v.holder_by || 'an unknown holder'} (runner ${v.holder_runner || '?'}, since ${v.holder_since || '?'}): ${v.broke}`);
                this.held = true;
                this.startHeartbeat();
                this.o.say(`lock on ${service} taken`);
                return;
            }
            if (r.code !== _remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .STEP_EXIT */ .a4.lockHeld) {
                throw new _host_steps__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH('lock', r.code, `lock: ${r.lost ?? v.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
            }
            const holderPid = Number(v.holder_pid);
            // A run of ours on this machine that died holding the lock: take it over now rather than after the stale limit.
            if (v.holder_runner === owner.runner && holderPid !== owner.pid && holderPid > 0 && !this.o.isAlive(holderPid) &&
                v.holder_busy === '0' && v.holder_token && breakToken !== v.holder_token) {
                breakToken = v.holder_token;
                continue;
            }
            const holder = describeHolder(v);
            if (clock.now() >= deadline) {
                throw new _host_steps__WEBPACK_IMPORTED_MODULE_0__/* .StepFailure */ .pH('lock', r.code, `lock: ${service} is locked by ${holder}; gave up after lock_timeout ${this.o.waitSeconds} s`);
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
            const r = await (0,_host_steps__WEBPACK_IMPORTED_MODULE_0__/* .execStep */ .i7)(this.conn, (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .heartbeatStep */ .L$)(this.o.service, this.o.owner.token), this.o.limits.heartbeat, this.o.debug);
            if (r.code === 0)
                return;
            lost = r.code === _remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .STEP_EXIT */ .a4.lockLost;
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
        const r = await (0,_host_steps__WEBPACK_IMPORTED_MODULE_0__/* .execStep */ .i7)(this.conn, (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .releaseStep */ .w9)(this.o.service, this.o.owner.token), this.o.limits.release, this.o.debug);
        if (r.code !== 0) {
            this.o.warn(`could not release the lock: ${r.lost ?? r.out.values.error ?? (r.stderr.trim() || `exit code ${r.code}`)}`);
        }
    }
}


/***/ }),

/***/ 69507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ HostRecord)
/* harmony export */ });
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


/***/ }),

/***/ 69495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   i7: () => (/* binding */ execStep),
/* harmony export */   pH: () => (/* binding */ StepFailure)
/* harmony export */ });
/* unused harmony export failureOf */
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28032);

/** A failed step on a host, as one line. */
class StepFailure extends Error {
    step;
    code;
    out;
    constructor(step, code, message, out) {
        super(message);
        this.step = step;
        this.code = code;
        this.out = out;
        this.name = 'StepFailure';
    }
}
/** Runs a step's script on a connection and parses what it printed; never throws for a failed step. */
async function execStep(conn, s, timeoutSeconds, debug = () => undefined) {
    const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds });
    if (r.stderr.trim())
        debug(`${s.name} stderr: ${r.stderr.trim()}`);
    return { name: s.name, code: r.code, out: (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .parseStepOutput */ .VX)(r.stdout), stderr: r.stderr, lost: r.lost };
}
/** Why a step failed, in one line: the lost connection, the script's error= line, its last stderr line, or its exit code. */
function failureOf(r) {
    const why = r.lost ?? r.out.values.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`);
    return new StepFailure(r.name, r.code, `${r.name}: ${why}`, r.out);
}
/** Runs a step that must succeed: a non-zero exit (or none) becomes a StepFailure. */
async function runStep(conn, s, timeoutSeconds, debug) {
    const r = await execStep(conn, s, timeoutSeconds, debug);
    if (r.code === 0)
        return r.out;
    throw failureOf(r);
}


/***/ }),

/***/ 70014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pinsFor),
/* harmony export */   QH: () => (/* binding */ lookupName),
/* harmony export */   _7: () => (/* binding */ sha256Fingerprint),
/* harmony export */   b3: () => (/* binding */ blobKeyType),
/* harmony export */   uJ: () => (/* binding */ parseKnownHosts)
/* harmony export */ });
/* unused harmony export hostMatches */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const KEY_TYPES = new Set([
    'ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com',
]);
const FINGERPRINT_RE = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;
function sha256Fingerprint(key) {
    return `SHA256:${(0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The key type written at the start of an SSH public key blob, or undefined if it is not one. */
function blobKeyType(key) {
    if (key.length < 4)
        return undefined;
    const len = key.readUInt32BE(0);
    if (len === 0 || len > 64 || 4 + len > key.length)
        return undefined;
    const type = key.subarray(4, 4 + len).toString('latin1');
    return /^[a-z0-9@.-]+$/.test(type) ? type : undefined;
}
function lineError(line, problem) {
    return (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('known_hosts', `line ${line} ${problem}`, 'known_hosts lines ([@revoked] hosts key-type base64-key) or [hosts] SHA256:fingerprint lines');
}
function parseHostField(field, line) {
    if (field.startsWith('|')) {
        const m = /^\|1\|([A-Za-z0-9+/=]+)\|([A-Za-z0-9+/=]+)$/.exec(field);
        if (!m)
            throw lineError(line, `has a hashed host '${field.slice(0, 24)}...' that is not |1|salt|hash`);
        const salt = Buffer.from(m[1], 'base64');
        const hash = Buffer.from(m[2], 'base64');
        if (hash.length !== 20)
            throw lineError(line, 'has a hashed host whose hash is not HMAC-SHA1');
        return { kind: 'hashed', salt, hash };
    }
    const patterns = field.split(',');
    for (const p of patterns) {
        if (!/^!?(\[[^\]\s]+\]:\d{1,5}|[^\s,[\]]+)$/.test(p))
            throw lineError(line, `has a host pattern '${p}' that does not parse`);
    }
    return { kind: 'patterns', patterns };
}
/** Parses known_hosts text (and fingerprint pins); throws an input error naming the bad line. */
function parseKnownHosts(text) {
    const entries = [];
    const warnings = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        let fields = trimmed.split(/\s+/);
        let revoked = false;
        if (fields[0].startsWith('@')) {
            if (fields[0] === '@revoked')
                revoked = true;
            else if (fields[0] === '@cert-authority') {
                warnings.push(`known_hosts line ${line}: @cert-authority (host certificates) is not supported; the line is ignored`);
                return;
            }
            else
                throw lineError(line, `has the unknown marker '${fields[0]}'`);
            fields = fields.slice(1);
        }
        // A fingerprint pin: "SHA256:..." (every host) or "hosts SHA256:...".
        if (fields.length <= 2 && FINGERPRINT_RE.test(fields[fields.length - 1])) {
            const fingerprint = fields[fields.length - 1].replace(/=$/, '');
            const hosts = fields.length === 2 ? parseHostField(fields[0], line) : { kind: 'any' };
            entries.push({ line, revoked, hosts, fingerprint });
            return;
        }
        if (fields.some((f) => /^(MD5|SHA1|SHA256):/i.test(f))) {
            throw lineError(line, 'has a fingerprint that is not SHA256:<43 base64 characters>');
        }
        if (fields.length < 3)
            throw lineError(line, 'has fewer than three fields (hosts, key type, key)');
        const [hostField, keyType, keyText] = fields;
        if (!KEY_TYPES.has(keyType))
            throw lineError(line, `has the unknown key type '${keyType.slice(0, 40)}'`);
        if (!BASE64_RE.test(keyText))
            throw lineError(line, 'has a key that is not base64');
        const key = Buffer.from(keyText, 'base64');
        const inner = blobKeyType(key);
        if (inner !== keyType) {
            throw lineError(line, `has a key whose blob says '${inner ?? 'nothing readable'}' but the line says '${keyType}'`);
        }
        entries.push({ line, revoked, hosts: parseHostField(hostField, line), keyType, key, fingerprint: sha256Fingerprint(key) });
    });
    return { entries, warnings };
}
/** The name OpenSSH looks a host up by: `host`, or `[host]:port` off port 22. */
function lookupName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
function wildcardMatch(pattern, name) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    return re.test(name);
}
function hostMatches(matcher, host, port) {
    const name = lookupName(host, port);
    switch (matcher.kind) {
        case 'any':
            return true;
        case 'hashed':
            return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha1', matcher.salt).update(name).digest().equals(matcher.hash);
        case 'patterns': {
            let hit = false;
            for (const p of matcher.patterns) {
                const negated = p.startsWith('!');
                const pattern = negated ? p.slice(1) : p;
                if (wildcardMatch(pattern, name)) {
                    if (negated)
                        return false;
                    hit = true;
                }
            }
            return hit;
        }
    }
}
/** The pins that apply to one host. */
function pinsFor(known, host, port) {
    const hits = known.entries.filter((e) => hostMatches(e.hosts, host, port));
    return { trusted: hits.filter((e) => !e.revoked), revoked: hits.filter((e) => e.revoked) };
}


/***/ }),

/***/ 58405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LocalConnection)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91943);
/* harmony import */ var fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13193);
/* harmony import */ var string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(string_decoder__WEBPACK_IMPORTED_MODULE_2__);



/** The host `local`: the runner's own engine (DOCKER_HOST as the runner has it), state in its $HOME. */
class LocalConnection {
    debug;
    env;
    constructor(debug = () => undefined, env = process.env) {
        this.debug = debug;
        this.env = env;
    }
    exec(script, opts) {
        return new Promise((resolve) => {
            this.debug(`local: bash -s (${script.split('\n', 1)[0]})`);
            const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-s'], { stdio: ['pipe', 'pipe', 'pipe'], env: this.env });
            const out = [];
            const err = [];
            let lost;
            const timer = opts.timeoutSeconds > 0 ? setTimeout(() => {
                lost = `timed out after ${opts.timeoutSeconds} s`;
                child.kill('SIGKILL');
            }, opts.timeoutSeconds * 1000) : undefined;
            // Streaming: chunks go on as they arrive; stop closes bash's stdout, whose next write fails.
            const decoder = new string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
            const onStop = () => {
                lost ??= 'stopped';
                child.stdout.destroy();
            };
            opts.stop?.addEventListener('abort', onStop, { once: true });
            child.stdout.on('data', (c) => (opts.onStdout ? opts.onStdout(decoder.write(c)) : out.push(c)));
            child.stderr.on('data', (c) => err.push(c));
            child.stdin.on('error', () => undefined);
            child.on('error', (e) => {
                lost = `cannot run bash: ${e.message}`;
            });
            child.on('close', (code) => {
                clearTimeout(timer);
                opts.stop?.removeEventListener('abort', onStop);
                const rest = decoder.end();
                if (rest && opts.onStdout)
                    opts.onStdout(rest);
                resolve({ code: lost ? null : code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), lost });
            });
            child.stdin.end(script + (opts.stdin ?? ''));
            if (opts.stop?.aborted)
                onStop();
        });
    }
    async upload(localPath, remotePath) {
        this.debug(`local: copy ${localPath} to ${remotePath}`);
        await (0,fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(localPath, remotePath);
        return (await (0,fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(localPath)).size;
    }
    async close() {
        /* nothing held */
    }
}


/***/ }),

/***/ 59434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ routeLine),
/* harmony export */   TO: () => (/* binding */ maintenanceRouteLine),
/* harmony export */   VJ: () => (/* binding */ routeFileName),
/* harmony export */   eX: () => (/* binding */ tlsPolicyLine),
/* harmony export */   mm: () => (/* binding */ upstreamAlias),
/* harmony export */   rG: () => (/* binding */ PROXY)
/* harmony export */ });
/* unused harmony exports serviceRoute, caddyConfig */
/**
 * Caddy's JSON configuration for proxy mode, rendered from plain data (pure: no I/O).
 *
 * Each service owns one route file on the host (~/.gantry/proxy/routes/<port>/<rank>-<service>.json,
 * one JSON route a line); the host-side step joins every service's file into Caddy's whole
 * configuration under a host-wide lock, so no deploy overwrites another service's route.
 */
/** Caddy's container, network and volumes on every host. */
const PROXY = {
    container: 'gantry-proxy',
    configVolume: 'gantry-proxy-config',
    dataVolume: 'gantry-proxy-data',
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
        handle: [{ handler: 'reverse_proxy', upstreams: [{ dial }] }],
        terminal: true,
    };
}
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

/***/ 95193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ proxySwitchStep),
/* harmony export */   I8: () => (/* binding */ proxyRetireStep),
/* harmony export */   Io: () => (/* binding */ maintenanceStep),
/* harmony export */   SJ: () => (/* binding */ cloneLiveStep),
/* harmony export */   Y1: () => (/* binding */ proxyConvergeStep),
/* harmony export */   iI: () => (/* binding */ unchangedStep),
/* harmony export */   jK: () => (/* binding */ discardStep),
/* harmony export */   jt: () => (/* binding */ unrouteStep),
/* harmony export */   tJ: () => (/* binding */ resolveVersionStep),
/* harmony export */   z_: () => (/* binding */ startBesideStep)
/* harmony export */ });
/* harmony import */ var _proxy_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59434);
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28032);
/**
 * Host-side steps of proxy mode and of converge-don't-churn, rendered from plain data (pure).
 *
 * Proxy mode on a host: the Caddy container gantry-proxy owns the published proxy ports and sits
 * on the docker network `gantry` with the application containers, which publish nothing. A
 * release starts the new container beside the old one, health-gates it on its own address, then
 * switches the service's route (one file per service under ~/.gantry/proxy/routes, joined into
 * Caddy's whole configuration under a host-wide flock and loaded through Caddy's admin API inside
 * the proxy container), lets the old container drain, and keeps it stopped for rollback.
 * Caddy saves each loaded configuration in its /config volume and resumes it on restart.
 */


/**
 * Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under
 * the name runs the digest with those settings, healthy (and, in proxy mode, is what the proxy serves).
 */
function unchangedStep(service, o) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('unchanged', service, {
        DIGEST: o.digest, URL: o.healthUrl, PROXY_MODE: o.probe ? 1 : 0, PROBE_PORT: o.probe?.port ?? 0, PROBE_PATH: o.probe?.path ?? '',
        PROXY_CONTAINER: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container,
    }, { secrets: [o.configText] });
}
/** Proxy mode: starts the staged new container (or the kept previous version) beside the one serving. */
function startBesideStep(service, src) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('start', service, { SOURCE: src });
}
/**
 * Under the host-wide proxy lock: checks the route against other services', writes it, makes sure
 * the proxy container exists with the image and ports wanted (creating or replacing it), and loads
 * the whole configuration. A refused load puts the route files back: Caddy keeps what it served.
 */
function proxySwitchStep(service, o) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('proxy', service, {
        SOURCE: o.src, PORT: o.port, IMAGE: o.image, ALIAS: o.alias, DRAIN: Math.floor(o.drainSeconds), FILE: o.routeFile, ROUTE: o.route,
        HOSTS: o.hosts.join('\n'), TLS: o.tlsPolicy, PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, NET: _remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .PROXY_NETWORK */ ["if"], ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin,
        CONFIG_VOLUME: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.configVolume, DATA_VOLUME: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.dataVolume,
    }, { libs: PROXY_LIBS });
}
/** The steps that change the proxy read steps/proxy-lib.sh after lib.sh. */
const PROXY_LIBS = ['lib', 'proxy-lib'];
/**
 * maintenance (on) and live (off): under the host-wide proxy lock, the service's route is put
 * aside and its names answered with the maintenance route, or the route is put back; audited.
 */
function maintenanceStep(service, o) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('maintenance', service, {
        MODE: o.on ? 'on' : 'off', PORT: o.port, FILE: o.routeFile, HOSTS: o.hosts.join('\n'), MAINT: o.maintenanceRoute, DRAIN: Math.floor(o.drainSeconds), PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin,
    }, { libs: PROXY_LIBS, by: o.by });
}
/**
 * The fleet's rollback of a first deploy: under the host-wide proxy lock, the service's route is
 * taken off and the other services' routes loaded again (unrouted=1, or unrouted=none without a route).
 */
function unrouteStep(service, drainSeconds) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('unroute', service, { DRAIN: Math.floor(drainSeconds), PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin }, { libs: PROXY_LIBS });
}
/**
 * After the switch: the old container drains (no connection to app_port left, at most
 * drain_timeout), stops, and the source takes the name.
 */
function proxyRetireStep(service, src, drainSeconds, appPort) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('drain', service, { SOURCE: src, DRAIN: Math.floor(drainSeconds), HEXPORT: appPort.toString(16).toUpperCase().padStart(4, '0') });
}
/** Before any switch, the source failed: the new container is removed, a previous version stopped again. */
function discardStep(service, src, audit) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('discard', service, { SOURCE: src, AUDIT_ACTION: audit.action, AUDIT_FROM: audit.from, AUDIT_TO: audit.to }, { by: audit.by });
}
/** Proxy mode, before the generic converge: finishes a switch the proxy already made (see proxy-converge.sh). */
function proxyConvergeStep(service, by) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('proxy-converge', service, {}, { by });
}
/** rollback_to: finds the version among those this host keeps; prints ref= and digest=, or fails listing them. */
function resolveVersionStep(service, want, keep) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('resolve', service, { WANT: want, KEEP: Math.max(1, Math.floor(keep)) });
}
/** rollback_to: stages <name>-gantry-new from an older image with the live container's own settings. */
function cloneLiveStep(service, o) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('clone', service, { REF: o.ref, DIGEST: o.digest, ALIAS: o.alias ?? '', NET: _remote_steps__WEBPACK_IMPORTED_MODULE_1__/* .PROXY_NETWORK */ ["if"], AT: o.deployedAt }, { by: o.deployedBy });
}


/***/ }),

/***/ 28032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "if": () => (/* binding */ PROXY_NETWORK),
  a4: () => (/* binding */ STEP_EXIT),
  qh: () => (/* binding */ auditValues),
  uH: () => (/* binding */ convergeStep),
  Bx: () => (/* binding */ createStep),
  b5: () => (/* binding */ finalizeStep),
  J_: () => (/* binding */ healthStep),
  L$: () => (/* binding */ heartbeatStep),
  Du: () => (/* binding */ listValues),
  s9: () => (/* binding */ lockStep),
  VX: () => (/* binding */ parseStepOutput),
  gk: () => (/* binding */ preflightStep),
  eO: () => (/* binding */ pullStep),
  w9: () => (/* binding */ releaseStep),
  T2: () => (/* binding */ restoreStep),
  m4: () => (/* binding */ retireStep),
  _m: () => (/* binding */ serviceNames),
  PM: () => (/* binding */ step),
  PS: () => (/* binding */ switchStep)
});

// UNUSED EXPORTS: createFlags, stepExitVariable

// EXTERNAL MODULE: ./src/shell-quote.ts
var shell_quote = __webpack_require__(53412);
;// CONCATENATED MODULE: ./src/deploy/steps/step-scripts.ts
// Generated by `npm run generate` from src/deploy/steps/*.sh: edit those files, not this one.
const STEP_SCRIPTS = {
    "audit": "# shellcheck shell=bash\n# audit: the last LINES entries of this host's audit log for the service. Reads only.\n# Values: LINES.\n[ -f \"$G/audit.log\" ] || exit 0\ngrep -F \" service=$NAME \" \"$G/audit.log\" | tail -n \"$LINES\" | sed 's/^/entry=/'\n",
    "binary-converge": "# shellcheck shell=bash\n# The binary target, under the lock: undoes a switch a killed run left unfinished (current back to\n# the release it replaced, restarted), removes partial uploads and scratch dirs of killed steps.\n# Values: ROOT RESTART_CMD.\nbusy\nsweep_scratch\nfor f in \"$REL\"/*/.upload.*; do\n  [ -e \"$f\" ] || continue\n  rm -f \"$f\" && echo \"fixed=removed the partial upload $f of an interrupted run\"\ndone\nfor d in \"$REL\"/*/; do\n  [ -d \"$d\" ] || continue\n  if [ ! -e \"$d$NAME\" ]; then rmdir \"$d\" 2>/dev/null && echo \"fixed=removed the empty release ${d%/} of an interrupted run\"; fi\ndone\nif [ -f \"$BSW\" ]; then\n  back=$(sed -n 's/^previous=//p' \"$BSW\" | tail -n 1)\n  echo \"fixed=an earlier run stopped while switching releases: current back to ${back:-nothing}\"\n  point_to \"$back\" || fail \"$E_RENAME\" \"cannot point $CUR back at $back\"\n  if [ -n \"$back\" ]; then restart_program \"$back\" || echo \"fixed=restarting $back failed: $(restart_error)\"; fi\n  rm -f \"$BSW\"\n  audit converge restored \"\" \"$back\"\nfi\necho \"current=$(current_release)\"\necho \"previous=$(state_field previous)\"\n",
    "binary-finalize": "# shellcheck shell=bash\n# The release is healthy: record it (binary.release, releases.log), keep KEEP releases (current and\n# the previous one always among them), audit.\n# Values: ROOT KEEP AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\ncur=$(current_release)\nprev=$(sed -n 's/^previous=//p' \"$BSW\" 2>/dev/null | tail -n 1)\n# A rerun of the same release keeps the previous one recorded before.\nif [ -z \"$prev\" ] || [ \"$prev\" = \"$cur\" ]; then prev=$(state_field previous); fi\n[ \"$prev\" = \"$cur\" ] && prev=\nprintf 'current=%s\\nprevious=%s\\nroot=%s\\nsha256=%s\\nswitched_at=%s\\nby=%s\\n' \"$cur\" \"$prev\" \"$R\" \"$(sha_of \"$REL/$cur/$NAME\")\" \\\n  \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" \"$BY\" >\"$S/binary.release.$$\" && mv -f \"$S/binary.release.$$\" \"$S/binary.release\"\nprintf '%s %s %s %s\\n' \"$(date +%s)\" \"$cur\" \"$(sha_of \"$REL/$cur/$NAME\")\" \"$BY\" >>\"$S/releases.log\"\nrm -f \"$BSW\"\nall=()\nfor d in \"$REL\"/*/; do [ -d \"$d\" ] && all+=(\"$(basename \"$d\")\"); done\nn=0\nfor (( i = ${#all[@]} - 1; i >= 0; i-- )); do\n  d=${all[$i]}\n  n=$(( n + 1 ))\n  if [ \"$d\" = \"$cur\" ] || [ \"$d\" = \"$prev\" ] || [ \"$n\" -le \"$KEEP\" ]; then continue; fi\n  rm -rf \"${REL:?}/$d\" && echo \"pruned=$d\"\ndone\naudit \"$AUDIT_ACTION\" ok \"$AUDIT_FROM\" \"$AUDIT_TO\"\necho \"current_release=$cur\"\necho \"previous_release=$prev\"\n",
    "binary-health": "# shellcheck shell=bash\n# Waits until health_cmd succeeds and health_url answers 2xx, in one pass, up to TIMEOUT seconds.\n# On failure prints the program's last log lines (LOGS_CMD) as log= lines.\n# Values: CMD URL TIMEOUT LOGS_CMD.\ndeadline=$(( $(date +%s) + TIMEOUT ))\nper=5\n[ \"$TIMEOUT\" -lt 5 ] && per=$TIMEOUT\nlimit=()\nif command -v timeout >/dev/null 2>&1; then limit=(timeout \"$per\"); fi\nreason=\"no check ran\"\nchecks=\nwhile :; do\n  ok=1; checks=\n  if [ -n \"$CMD\" ]; then\n    checks=health_cmd\n    cmd_ok \"$CMD\" \"$per\" || { ok=0; reason=\"health_cmd failed: $(grep -v '^[[:space:]]*$' \"$T/check\" | tail -n 1 | cut -c1-200)\"; }\n  fi\n  if [ \"$ok\" = 1 ] && [ -n \"$URL\" ]; then\n    checks=\"${checks:+$checks, }health_url\"\n    http_ok \"$URL\" \"$per\" || { ok=0; reason=\"health_url $URL: $(check_why)\"; }\n  fi\n  if [ \"$ok\" = 1 ]; then echo \"checks=$checks\"; echo healthy=1; exit 0; fi\n  [ \"$(date +%s)\" -ge \"$deadline\" ] && { reason=\"$reason (health_timeout $TIMEOUT s)\"; break; }\n  sleep 1\ndone\necho \"checks=$checks\"\nif [ -n \"$LOGS_CMD\" ]; then\n  printf '%s\\n' \"$LOGS_CMD\" | ${limit[@]+\"${limit[@]}\"} bash -s 2>&1 | tail -n 50 | cut -c1-300 | sed 's/^/log=/'\nfi\nfail \"$E_UNHEALTHY\" \"not healthy: $reason\"\n",
    "binary-lib": "# shellcheck shell=bash\n# Shared by the binary target's steps (after lib.sh). Values: ROOT (binary_root; empty is ~/apps),\n# RESTART_CMD (run by bash in the release folder, GANTRY_RELEASE_DIR set).\n#\n# Layout: <root>/<name>/releases/<commit_time>-<short_sha>/{<name>,env,run} and <root>/<name>/current,\n# a relative symlink to releases/<version>, replaced by a rename. State beside the container\n# target's, in ~/.gantry/services/<name>: binary.switch (an unfinished switch: the release to go\n# back to), binary.release (current= previous= root= sha256=, for status and rollback) and\n# releases.log (one line a switch: unix time, version, sha256, by).\nR=${ROOT:-$HOME/apps}\nA=\"$R/$NAME\"\nREL=\"$A/releases\"\nCUR=\"$A/current\"\n# shellcheck disable=SC2034 # read by the binary steps\nBSW=\"$S/binary.switch\"\n# current_release: the version current points at, or nothing.\ncurrent_release() {\n  local t\n  t=$(readlink \"$CUR\" 2>/dev/null) || return 0\n  printf '%s' \"${t##*/}\"\n}\n# point_to VERSION: current -> releases/VERSION by renaming a fresh link over it: there is never\n# a moment without one. An empty VERSION removes current (nothing ran here before).\npoint_to() {\n  if [ -z \"$1\" ]; then rm -f \"$CUR\"; return 0; fi\n  [ -x \"$REL/$1/$NAME\" ] || return 1\n  ln -sfn \"releases/$1\" \"$A/.current.$$\" && mv -T \"$A/.current.$$\" \"$CUR\"\n}\n# restart_program VERSION: runs RESTART_CMD for that release; its output in $T/restart.\nrestart_program() {\n  local dir=\"$REL/$1\"\n  [ -n \"$1\" ] || dir=$A\n  (cd \"$dir\" 2>/dev/null || cd \"$HOME\" || exit; printf '%s\\n' \"$RESTART_CMD\" | GANTRY_RELEASE_DIR=\"$dir\" bash -s) >\"$T/restart\" 2>&1\n}\nrestart_error() { grep -v '^[[:space:]]*$' \"$T/restart\" | tail -n 1 | cut -c1-300; }\nstate_field() { sed -n \"s/^$1=//p\" \"$S/binary.release\" 2>/dev/null | tail -n 1; }\nsha_of() { sha256sum \"$1\" 2>/dev/null | awk '{ print $1 }'; }\n",
    "binary-logs": "# shellcheck shell=bash\n# The binary target's logs: what LOGS_CMD prints on this host (run by bash in the live release's\n# folder, GANTRY_RELEASE_DIR set, like restart_cmd), its last TAIL lines, then those holding GREP\n# (a fixed string), each as line=. Reads only.\n# Values: ROOT LOGS_CMD TAIL GREP.\ncur=$(current_release)\n[ -n \"$cur\" ] || fail \"$E_NOTHING_TO_SWITCH\" \"nothing runs as $NAME on this host: $CUR is missing\"\nlimit=()\nif command -v timeout >/dev/null 2>&1; then limit=(timeout 50); fi\n(cd \"$REL/$cur\" 2>/dev/null || cd \"$HOME\" || exit; printf '%s\\n' \"$LOGS_CMD\" | GANTRY_RELEASE_DIR=\"$REL/$cur\" ${limit[@]+\"${limit[@]}\"} bash -s) >\"$T/logs\" 2>&1 ||\n  fail \"$E_LOGS_CMD\" \"logs_cmd failed: $(grep -v '^[[:space:]]*$' \"$T/logs\" | tail -n 1 | cut -c1-300)\"\ntail -n \"$TAIL\" \"$T/logs\" >\"$T/tail\"\nif [ -n \"$GREP\" ]; then grep -F -- \"$GREP\" \"$T/tail\" >\"$T/kept\" || true; else cp \"$T/tail\" \"$T/kept\"; fi\ncut -c1-2000 \"$T/kept\" | sed 's/^/line=/'\n",
    "binary-preflight": "# shellcheck shell=bash\n# The binary target: the host's platform, the tools the steps need, binary_root writable by the\n# SSH user, what runs now. Nothing is changed but the (empty) folders of binary_root.\n# Values: NEEDS_HTTP_CLIENT (1 when health_url is set).\nfor t in sha256sum mktemp stat sed awk ln mv readlink uname; do\n  command -v \"$t\" >/dev/null 2>&1 || fail \"$E_TOOL_MISSING\" \"$t is missing on this host\"\ndone\nif [ \"$NEEDS_HTTP_CLIENT\" = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then\n  fail \"$E_TOOL_MISSING\" \"health_url needs curl or wget on the host; neither is installed\"\nfi\nif ! mkdir -p \"$REL\" 2>/dev/null || ! [ -w \"$REL\" ] || ! [ -w \"$A\" ]; then\n  fail \"$E_ROOT_NOT_WRITABLE\" \"$(id -un) cannot write binary_root $R (create $A owned by $(id -un), or pick a binary_root it owns)\"\nfi\necho \"machine=$(uname -m)\"\necho \"user=$(id -un)\"\necho \"root=$R\"\necho \"current=$(current_release)\"\n",
    "binary-probe": "# shellcheck shell=bash\n# Is this exact binary already in its release? have=1 when it is (no upload); else the release\n# folder is made and upload= names the temporary file the runner writes over SFTP.\n# Values: ROOT VERSION SHA.\nbusy\ndir=\"$REL/$VERSION\"\nif [ -f \"$dir/$NAME\" ] && [ \"$(sha_of \"$dir/$NAME\")\" = \"$SHA\" ]; then echo have=1; exit 0; fi\nif [ -d \"$dir\" ]; then echo \"new_release=0\"; else echo \"new_release=1\"; fi\nmkdir -p \"$dir\" || fail \"$E_ROOT_NOT_WRITABLE\" \"cannot create $dir\"\nchmod 755 \"$dir\"\necho have=0\necho \"upload=$dir/.upload.$(date +%s).$$\"\n",
    "binary-resolve": "# shellcheck shell=bash\n# rollback_to for the binary target: finds WANT among the releases kept under binary_root, as a\n# release's name (<commit_time>-<short_sha>) or a commit sha of 7 or more hex digits. Prints\n# release=, or fails listing the kept releases (newest first). Reads only.\n# Values: ROOT WANT.\nkept=()\nfor d in \"$REL\"/*/; do\n  if [ -x \"$d$NAME\" ]; then d=${d%/}; kept=(\"${d##*/}\" ${kept[@]+\"${kept[@]}\"}); fi\ndone\nfound=\nfor k in ${kept[@]+\"${kept[@]}\"}; do\n  if [ \"$k\" = \"$WANT\" ]; then found=$k; break; fi\ndone\nif [ -z \"$found\" ] && [[ $WANT =~ ^[0-9a-f]{7,40}$ ]]; then\n  for k in ${kept[@]+\"${kept[@]}\"}; do\n    if [ \"${k##*-}\" = \"${WANT:0:7}\" ]; then found=$k; break; fi\n  done\nfi\nif [ -z \"$found\" ]; then\n  list=$(printf '%s, ' ${kept[@]+\"${kept[@]}\"})\n  list=${list%, }\n  fail \"$E_UNKNOWN_VERSION\" \"rollback_to '$WANT' is not among the releases of $NAME kept in $REL on this host: ${list:-none}\"\nfi\necho \"release=$found\"\n",
    "binary-restore": "# shellcheck shell=bash\n# The switched-to release failed: current back to the release it replaced (recorded in\n# binary.switch), restarted; nothing ran before: current removed. The caller health-gates it again.\n# Values: ROOT RESTART_CMD AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\n[ -f \"$BSW\" ] || { echo \"restored=$(current_release)\"; exit 0; }\nback=$(sed -n 's/^previous=//p' \"$BSW\" | tail -n 1)\npoint_to \"$back\" || fail \"$E_RENAME\" \"cannot point $CUR back at releases/$back\"\nif [ -n \"$back\" ]; then\n  restart_program \"$back\" || fail \"$E_RESTART\" \"restart_cmd failed for the restored $back: $(restart_error)\"\n  echo \"restored=$back\"\nelse\n  restart_program \"\" || true\n  echo \"restored=none\"\nfi\nrm -f \"$BSW\"\naudit \"$AUDIT_ACTION\" rolled-back \"$AUDIT_FROM\" \"$AUDIT_TO\"\n",
    "binary-retire": "# shellcheck shell=bash\n# The fleet's rollback of a first deploy: current removed, the program restarted (and so stopped).\n# Values: ROOT RESTART_CMD AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\npoint_to \"\"\nrestart_program \"\" || true\naudit \"$AUDIT_ACTION\" retired \"$AUDIT_FROM\" \"$AUDIT_TO\"\necho retired=1\n",
    "binary-stage": "# shellcheck shell=bash\n# Checks the uploaded file's SHA-256 against the build's and renames it into the release; writes\n# the release's env (0600, from SECRET0) and run wrapper. A wrong sum removes the upload (and the\n# release when this run made it): nothing is switched.\n# Values: ROOT VERSION SHA UPLOAD (empty when the binary was there already) NEW_RELEASE RUN_TEXT\n# UNIT_KIND (none, supervisor, systemd-user: installed when missing) UNIT_PATH UNIT_TEXT.\nbusy\ndir=\"$REL/$VERSION\"\nif [ -n \"$UPLOAD\" ]; then\n  case $UPLOAD in \"$dir\"/.upload.*) ;; *) fail \"$E_CHECKSUM\" \"the upload $UPLOAD is not in $dir\" ;; esac\n  got=$(sha_of \"$UPLOAD\")\n  if [ \"$got\" != \"$SHA\" ]; then\n    rm -f \"$UPLOAD\"\n    if [ \"$NEW_RELEASE\" = 1 ]; then rm -rf \"$dir\"; fi\n    fail \"$E_CHECKSUM\" \"the uploaded binary's SHA-256 is ${got:-unreadable}, not $SHA as binaries_dir/SHA256SUMS says: removed, nothing switched\"\n  fi\n  { chmod 755 \"$UPLOAD\" && mv -f \"$UPLOAD\" \"$dir/$NAME\"; } || fail \"$E_RENAME\" \"cannot move the upload to $dir/$NAME\"\n  echo uploaded=1\nfi\n[ \"$(sha_of \"$dir/$NAME\")\" = \"$SHA\" ] || fail \"$E_CHECKSUM\" \"$dir/$NAME does not have the SHA-256 $SHA\"\numask 077\n{ printf '%s' \"$SECRET0\" | base64 -d >\"$dir/.env.$$\" && chmod 600 \"$dir/.env.$$\" && mv -f \"$dir/.env.$$\" \"$dir/env\"; } || fail \"$E_STATE_DIR\" \"cannot write $dir/env\"\nSECRET0=\n{ printf '%s\\n' \"$RUN_TEXT\" >\"$dir/.run.$$\" && chmod 700 \"$dir/.run.$$\" && mv -f \"$dir/.run.$$\" \"$dir/run\"; } || fail \"$E_STATE_DIR\" \"cannot write $dir/run\"\nUNIT_PATH=${UNIT_PATH//@HOME@/$HOME}\nif [ \"$UNIT_KIND\" != none ] && [ ! -e \"$UNIT_PATH\" ]; then\n  mkdir -p \"$(dirname \"$UNIT_PATH\")\" || fail \"$E_STATE_DIR\" \"cannot create the folder of $UNIT_PATH\"\n  text=${UNIT_TEXT//@CURRENT@/$CUR}\n  text=${text//@APP@/$A}\n  { printf '%s\\n' \"$text\" >\"$UNIT_PATH\" && chmod 644 \"$UNIT_PATH\"; } || fail \"$E_STATE_DIR\" \"cannot write $UNIT_PATH\"\n  echo \"unit_installed=$UNIT_PATH\"\n  printf '%s\\n' \"$text\" | sed 's/^/unit=/'\nfi\necho \"staged=$VERSION\"\n",
    "binary-status": "# shellcheck shell=bash\n# The binary target's status: the release current points at (its binary's SHA-256, and when and by\n# whom it was switched to, as finalize recorded), the releases kept under binary_root (newest\n# first; rollback_to takes any of them), the previous one, and the lock holder. Reads only.\n# Values: ROOT.\ncur=$(current_release)\nif [ -n \"$cur\" ]; then\n  echo \"live_release=$cur\"\n  echo \"live_checksum=$(sha_of \"$REL/$cur/$NAME\")\"\n  if [ \"$(state_field current)\" = \"$cur\" ]; then\n    echo \"live_switched_at=$(state_field switched_at)\"\n    echo \"live_by=$(state_field by)\"\n  fi\nfi\necho \"root=$R\"\necho \"previous=$(state_field previous)\"\nfor d in \"$REL\"/*/; do\n  if [ -x \"$d$NAME\" ]; then d=${d%/}; echo \"${d##*/}\"; fi\ndone | sort -r | sed 's/^/kept=/'\nlock_holder\nexit 0\n",
    "binary-switch": "# shellcheck shell=bash\n# Points current at a release (by a rename: never a moment without one) and restarts the program.\n# What current pointed at is written to binary.switch first, so an unfinished switch is undone.\n# Values: ROOT RESTART_CMD VERSION (empty: the previous release recorded on the host, a rollback).\nbusy\ntarget=$VERSION\nif [ -z \"$target\" ]; then\n  target=$(state_field previous)\n  if [ -z \"$target\" ] || [ ! -x \"$REL/$target/$NAME\" ]; then\n    fail \"$E_NOTHING_TO_SWITCH\" \"nothing to roll back to: no previous release of $NAME is kept in $REL\"\n  fi\nfi\n[ -x \"$REL/$target/$NAME\" ] || fail \"$E_NOTHING_TO_SWITCH\" \"the release $REL/$target holds no $NAME\"\nbefore=$(current_release)\necho \"previous_release=$before\"\necho \"source_release=$target\"\nprintf 'previous=%s\\ntarget=%s\\nstarted_at=%s\\n' \"$before\" \"$target\" \"$(date +%s)\" >\"$BSW\"\npoint_to \"$target\" || fail \"$E_RENAME\" \"cannot point $CUR at releases/$target\"\nrestart_program \"$target\" || fail \"$E_RESTART\" \"restart_cmd failed: $(restart_error)\"\necho started=1\n",
    "clone": "# shellcheck shell=bash\n# rollback_to: stages <name>-gantry-new from an older image with the live container's own settings\n# (its environment minus what its image set, volumes, ports, network, restart policy), so a\n# rollback needs none of the deploy's inputs. The environment goes through a 0600 file removed at once.\n# Values: REF DIGEST ALIAS (proxy mode: the new container's network alias) NET AT (deployed-at).\nbusy\nexists \"$NAME\" || fail \"$E_NOTHING_TO_SWITCH\" \"nothing runs under $NAME to take the settings from\"\ndocker rm -f \"$NEW\" >/dev/null 2>&1\nimg=$(docker inspect -f '{{.Image}}' \"$NAME\")\ndocker image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' \"$img\" | sed '/^$/d' | sort -u >\"$T/image-env\"\ndocker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' \"$NAME\" | sed '/^$/d' | sort -u | comm -23 - \"$T/image-env\" >\"$T/env\"\nargs=(\"--restart=$(policy_of \"$NAME\")\")\nwhile IFS= read -r v; do [ -n \"$v\" ] && args+=(\"--volume=$v\"); done < <(docker inspect -f '{{range .HostConfig.Binds}}{{println .}}{{end}}' \"$NAME\")\nwhile IFS= read -r p; do [ -n \"$p\" ] && args+=(\"--publish=$p\"); done < <(docker inspect -f '{{range $p, $b := .HostConfig.PortBindings}}{{range $b}}{{if .HostIp}}{{.HostIp}}:{{end}}{{.HostPort}}:{{$p}}{{println}}{{end}}{{end}}' \"$NAME\")\nmode=$(docker inspect -f '{{.HostConfig.NetworkMode}}' \"$NAME\")\nif [ -n \"$ALIAS\" ]; then args+=(\"--network=$NET\" \"--network-alias=$ALIAS\" \"--label=dev.gantry.alias=$ALIAS\")\nelif [ -n \"$mode\" ] && [ \"$mode\" != default ]; then args+=(\"--network=$mode\"); fi\nfor k in dev.gantry.service dev.gantry.config; do\n  v=$(novalue \"$(docker inspect -f \"{{index .Config.Labels \\\"$k\\\"}}\" \"$NAME\")\")\n  if [ -n \"$v\" ]; then args+=(\"--label=$k=$v\"); fi\ndone\nrev=$(novalue \"$(docker image inspect -f '{{index .Config.Labels \"org.opencontainers.image.revision\"}}' \"$REF\" 2>/dev/null)\")\nif [ -n \"$rev\" ]; then args+=(\"--label=dev.gantry.revision=$rev\" \"--label=org.opencontainers.image.revision=$rev\"); fi\nif ! docker create --name=\"$NEW\" \"${args[@]}\" --env-file=\"$T/env\" \"--label=dev.gantry.image=$REF\" \"--label=dev.gantry.image-digest=$DIGEST\" \\\n    \"--label=dev.gantry.deployed-at=$AT\" \"--label=dev.gantry.deployed-by=$BY\" \"$REF\" >\"$T/create\" 2>&1; then\n  rm -f \"$T/env\"\n  fail \"$E_CREATE\" \"docker create failed: $(errline \"$T/create\")\"\nfi\nrm -f \"$T/env\"\necho \"created=$(docker inspect -f '{{.Id}}' \"$NEW\")\"\n",
    "converge": "# shellcheck shell=bash\n# Makes a host consistent before anything else, under the lock: undoes a switch a killed run left\n# unfinished, removes staged and transient containers and every scratch dir (which may hold a\n# registry login or an env file) left by a killed step.\nbusy\nsweep_scratch\nif [ -f \"$S/switch\" ]; then\n  echo \"fixed=an earlier run stopped while switching containers: putting back what ran before it\"\n  undo_switch\n  audit converge restored \"\" \"$(if exists \"$NAME\"; then digest_of \"$NAME\"; fi)\"\nfi\nif exists \"$NEW\"; then docker rm -f \"$NEW\" >/dev/null 2>&1 && echo \"fixed=removed the staged container $NEW of an interrupted run\"; fi\nif exists \"$DROP\"; then\n  if exists \"$PREV\"; then docker rm -f \"$DROP\" >/dev/null 2>&1; else docker rename \"$DROP\" \"$PREV\" >/dev/null 2>&1; fi\n  echo \"fixed=tidied $DROP left by an interrupted run\"\nfi\nif exists \"$OLD\" && ! exists \"$NAME\"; then\n  docker rename \"$OLD\" \"$NAME\" >/dev/null && docker start \"$NAME\" >/dev/null 2>&1\n  echo \"fixed=restored $NAME from $OLD left by an interrupted run\"\nfi\nif exists \"$NAME\"; then\n  echo \"current_digest=$(digest_of \"$NAME\")\"\n  echo \"current_running=$(docker inspect -f '{{.State.Running}}' \"$NAME\")\"\n  echo \"current_alias=$(alias_of \"$NAME\")\"\nfi\nif exists \"$PREV\"; then echo \"previous_digest=$(digest_of \"$PREV\")\"; echo \"previous_alias=$(alias_of \"$PREV\")\"; fi\n",
    "create": "# shellcheck shell=bash\n# Checks what can be checked on the host before the live container is touched (the network\n# exists, bind-mount sources exist, published ports are free), then stages the new container as\n# <name>-gantry-new. env reaches it only through a 0600 file removed at once.\n# Values: REF, CREATE_FLAGS (docker create flags), NETWORK, PORTS, VOLUMES and LABELS (arrays);\n# ENSURE_NETWORK (1: create NETWORK when missing, proxy mode's own network);\n# the env file is SECRET0, read from stdin as base64.\nbusy\nif [ \"$ENSURE_NETWORK\" = 1 ] && ! docker network inspect \"$NETWORK\" >/dev/null 2>&1; then\n  docker network create \"$NETWORK\" >/dev/null 2>\"$T/net\" || docker network inspect \"$NETWORK\" >/dev/null 2>&1 ||\n    fail \"$E_CREATE\" \"cannot create the docker network $NETWORK: $(errline \"$T/net\")\"\nfi\n\n# A failed check changes nothing on the host: one line naming the input.\ncase $NETWORK in\n  ''|host|none) ;;\n  container:*)\n    exists \"${NETWORK#container:}\" || fail \"$E_HOST_SETTING\" \"network: the container ${NETWORK#container:} does not exist on this host\" ;;\n  *)\n    docker network inspect \"$NETWORK\" >/dev/null 2>&1 ||\n      fail \"$E_HOST_SETTING\" \"network: there is no network $NETWORK on this host (docker network ls lists them)\" ;;\nesac\nfor v in ${VOLUMES[@]+\"${VOLUMES[@]}\"}; do\n  src=${v%%:*}\n  case $src in\n    /*) [ -e \"$src\" ] || fail \"$E_HOST_SETTING\" \"volumes: the source $src of $v does not exist on this host\" ;;\n  esac\ndone\n# port_taken PORT PROTO: something listens on PORT (any address) in this host's network namespace.\nport_taken() {\n  local hex state files\n  hex=$(printf '%04X' \"$1\")\n  case $2 in\n    udp) state=07 files=(/proc/net/udp /proc/net/udp6) ;;\n    tcp) state=0A files=(/proc/net/tcp /proc/net/tcp6) ;;\n    *) return 1 ;;\n  esac\n  awk -v p=\":$hex\" -v st=\"$state\" '$4 == st && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' \"${files[@]}\" 2>/dev/null\n}\n# Ports the live container publishes are released at the switch; with host networking its\n# listeners cannot be told from others, so the check is left to docker start.\nown_ports=\" \"\nlive_mode=\nif exists \"$NAME\"; then\n  live_mode=$(docker inspect -f '{{.HostConfig.NetworkMode}}' \"$NAME\" 2>/dev/null)\n  own_ports=\" $(docker inspect -f '{{range $k, $v := .HostConfig.PortBindings}}{{range $v}}{{.HostPort}}/{{index (split $k \"/\") 1}} {{end}}{{end}}' \"$NAME\" 2>/dev/null) \"\nfi\nif [ \"$NETWORK\" != host ] && [ \"$live_mode\" != host ]; then\n  for p in ${PORTS[@]+\"${PORTS[@]}\"}; do\n    proto=tcp\n    spec=$p\n    case $p in */*) proto=${p##*/} spec=${p%/*} ;; esac\n    rest=${spec%:*}\n    hp=${rest##*:}\n    case $own_ports in *\" $hp/$proto \"*) continue ;; esac\n    if port_taken \"$hp\" \"$proto\"; then\n      fail \"$E_HOST_SETTING\" \"ports: $p: host port $hp/$proto is already in use on this host\"\n    fi\n  done\nfi\n\ndocker rm -f \"$NEW\" >/dev/null 2>&1\nrev=$(novalue \"$(docker image inspect -f '{{index .Config.Labels \"org.opencontainers.image.revision\"}}' \"$REF\" 2>/dev/null)\")\nextra=()\nfor l in ${LABELS[@]+\"${LABELS[@]}\"}; do extra+=(\"--label=$l\"); done\nif [ -n \"$rev\" ]; then extra+=(\"--label=dev.gantry.revision=$rev\" \"--label=org.opencontainers.image.revision=$rev\"); fi\nif [ -n \"$SECRET0\" ]; then\n  printf '%s' \"$SECRET0\" | base64 -d >\"$T/env\" || fail \"$E_CREATE\" \"cannot write the env file\"\n  SECRET0=\n  extra+=(\"--env-file=$T/env\")\nfi\nif ! docker create --name=\"$NEW\" \"${CREATE_FLAGS[@]}\" \"${extra[@]}\" \"$REF\" >\"$T/create\" 2>&1; then\n  rm -f \"$T/env\"\n  fail \"$E_CREATE\" \"docker create failed: $(errline \"$T/create\")\"\nfi\nrm -f \"$T/env\"\necho \"created=$(docker inspect -f '{{.Id}}' \"$NEW\")\"\necho \"revision=$rev\"\n",
    "discard": "# shellcheck shell=bash\n# Proxy mode, before any switch: the source failed. The new container is removed, a previous\n# version stopped again; the proxy and the serving container were never touched.\n# Values: SOURCE (new or prev) AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\nif [ \"$SOURCE\" = new ]; then\n  docker rm -f \"$NEW\" >/dev/null 2>&1\nelse\n  docker stop \"$PREV\" >/dev/null 2>&1\n  docker update --restart=no \"$PREV\" >/dev/null 2>&1\nfi\naudit \"$AUDIT_ACTION\" refused \"$AUDIT_FROM\" \"$AUDIT_TO\"\necho discarded=1\n",
    "drain": "# shellcheck shell=bash\n# After the proxy switched: Caddy's load returns at once while requests already on their way to\n# the old container finish there. The old container is stopped once no connection to app_port is\n# open in its network namespace, or after DRAIN seconds; then (SIGTERM) it has DRAIN seconds again\n# to exit. The source container takes the name.\n# Values: SOURCE (new or prev) DRAIN HEXPORT (app_port, 4 hex digits as in /proc/net/tcp).\nbusy\ncase $SOURCE in new) SRC=$NEW ;; *) SRC=$PREV ;; esac\nexists \"$SRC\" || fail \"$E_NOTHING_TO_SWITCH\" \"$SRC is gone\"\nif exists \"$NAME\"; then\n  pid=$(docker inspect -f '{{.State.Pid}}' \"$NAME\" 2>/dev/null)\n  t0=$(date +%s%N)\n  deadline=$(( $(date +%s) + DRAIN ))\n  open='?'\n  while [ -n \"$pid\" ] && [ \"$pid\" != 0 ] && [ -r \"/proc/$pid/net/tcp\" ]; do\n    open=$(cat \"/proc/$pid/net/tcp\" \"/proc/$pid/net/tcp6\" 2>/dev/null | awk -v p=\":$HEXPORT\" '$4 == \"01\" && substr($2, length($2) - 4) == p' | wc -l)\n    [ \"$open\" = 0 ] && break\n    [ \"$(date +%s)\" -ge \"$deadline\" ] && break\n    sleep 0.2\n  done\n  echo \"drain_ms=$(( ($(date +%s%N) - t0) / 1000000 ))\"\n  echo \"drain_open=$open\"\n  docker stop -t \"$DRAIN\" \"$NAME\" >/dev/null 2>\"$T/stop\" || fail \"$E_STOP\" \"cannot stop $NAME: $(errline \"$T/stop\")\"\n  if exists \"$OLD\"; then docker rm -f \"$OLD\" >/dev/null 2>&1; fi\n  docker rename \"$NAME\" \"$OLD\" >/dev/null 2>\"$T/rename\" || fail \"$E_RENAME\" \"cannot rename $NAME: $(errline \"$T/rename\")\"\nfi\ndocker rename \"$SRC\" \"$NAME\" >/dev/null 2>\"$T/rename\" || fail \"$E_RENAME\" \"cannot rename $SRC to $NAME: $(errline \"$T/rename\")\"\necho retired=1\n",
    "finalize": "# shellcheck shell=bash\n# The new container is healthy: keep what ran before as the previous version, record, prune, audit.\n# Values: REPO (empty skips pruning) KEEP_IMAGES AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\nif exists \"$OLD\"; then\n  # The same image again (a rerun): keep the older previous version for rollback.\n  if exists \"$PREV\" && [ \"$(digest_of \"$OLD\")\" = \"$(digest_of \"$NAME\")\" ]; then\n    docker rm -f \"$OLD\" >/dev/null 2>&1 || fail \"$E_RENAME\" \"cannot remove $OLD\"\n  else\n    to_prev \"$OLD\" || fail \"$E_RENAME\" \"cannot keep $OLD as $PREV\"\n  fi\nfi\nrm -f \"$S/switch\"\ncur_id=$(docker inspect -f '{{.Image}}' \"$NAME\")\ncur_digest=$(digest_of \"$NAME\")\nprintf '%s %s %s\\n' \"$(date +%s)\" \"$cur_digest\" \"$cur_id\" >>\"$S/history\"\nif [ -n \"$REPO\" ]; then\n  keep=\" $(docker inspect -f '{{.Image}}' \"$NAME\" \"$PREV\" 2>/dev/null | tr '\\n' ' ') $(tac \"$S/history\" | awk '!seen[$3]++ { print $3 }' | head -n \"$KEEP_IMAGES\" | tr '\\n' ' ') \"\n  # Removed by this repository's own references (tag, digest), never by id: an image that another\n  # repository also names keeps its data for that repository (docker refuses an id it shares).\n  docker image ls --no-trunc --digests --format '{{.Repository}} {{.Tag}} {{.Digest}} {{.ID}}' |\n    awk -v r=\"$REPO\" '$1 == r' | sort -u -k4 -k2 |\n    while read -r repo tag digest id; do\n      case $keep in *\" $id \"*) continue ;; esac\n      gone=0\n      if [ \"$tag\" != '<none>' ] && docker image rm \"$repo:$tag\" >/dev/null 2>&1; then gone=1; fi\n      if [ \"$digest\" != '<none>' ] && docker image rm \"$repo@$digest\" >/dev/null 2>&1; then gone=1; fi\n      if [ \"$gone\" = 1 ]; then echo \"pruned=$id\"; fi\n    done\nfi\naudit \"$AUDIT_ACTION\" ok \"$AUDIT_FROM\" \"$AUDIT_TO\"\necho \"current_digest=$cur_digest\"\n",
    "force-unlock": "# shellcheck shell=bash\n# unlock (the command): releases the service's deploy lock whoever holds it. A holder that still\n# looks alive (a step of it running, or a heartbeat younger than STALE seconds) is only removed\n# with FORCE=1. Written to the audit log.\n# Values: FORCE STALE.\n[ -d \"$L\" ] || { echo \"unlocked=none\"; exit 0; }\nfield() { sed -n \"s/^$1=//p\" \"$L/owner\" 2>/dev/null | head -n 1; }\nholder=\"$(field by) (runner $(field runner), since $(field since))\"\nage=$(( $(date +%s) - $(stat -c %Y \"$L/owner\" 2>/dev/null || stat -c %Y \"$L\") ))\nbusy_pid=$(cat \"$L/step\" 2>/dev/null)\nalive=\nif [ -n \"$busy_pid\" ] && kill -0 \"$busy_pid\" 2>/dev/null; then alive=\"a step of it is running\"; fi\nif [ -z \"$alive\" ] && [ \"$age\" -le \"$STALE\" ]; then alive=\"its heartbeat is $age s old\"; fi\nif [ -n \"$alive\" ] && [ \"$FORCE\" != 1 ]; then\n  echo \"holder=$holder\"\n  fail \"$E_LOCK_HELD\" \"the lock on $NAME is held by $holder and looks alive ($alive); force: true releases it anyway\"\nfi\ngone=\"$S/lock.unlocked.$$\"\n{ mv \"$L\" \"$gone\" && rm -rf \"$gone\"; } || fail \"$E_STATE_DIR\" \"cannot remove $L\"\naudit unlock ok \"\" \"\"\necho \"unlocked=$holder\"\n",
    "health": "# shellcheck shell=bash\n# Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)\n# healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,\n# running for SETTLE seconds counts. Fails fast when the container exits; prints its last log\n# lines on failure.\n# Values: CMD (health_cmd, meant to run) URL TIMEOUT SETTLE, TARGET (name, new or prev: which\n# container), PROBE_PORT and PROBE_PATH (proxy mode: health_path on the container's own address;\n# health_cmd sees that address as GANTRY_CONTAINER_ADDR).\nbusy\ncase $TARGET in new) C=$NEW ;; prev) C=$PREV ;; *) C=$NAME ;; esac\nstart=$(date +%s)\ndeadline=$(( start + TIMEOUT ))\nrc0=$(docker inspect -f '{{.RestartCount}}' \"$C\" 2>/dev/null || echo 0)\nreason=\"no check has passed yet\"\nchecks=\nwhile :; do\n  now=$(date +%s)\n  per=$(( deadline - now )); [ \"$per\" -gt 10 ] && per=10; [ \"$per\" -lt 1 ] && per=1\n  if ! st=$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' \"$C\" 2>&1); then\n    reason=\"the container $C is gone\"; break\n  fi\n  read -r status code rc hs <<<\"$st\"\n  if [ \"$rc\" != \"$rc0\" ] || [ \"$status\" = exited ] || [ \"$status\" = dead ]; then\n    reason=\"the container stopped (status $status, exit code $code, restarted $(( rc - rc0 )) times)\"; break\n  fi\n  ok=0\n  if [ \"$status\" != running ]; then\n    reason=\"the container is $status\"\n  else\n    ok=1; checks=running\n    if [ \"$hs\" != none ]; then\n      checks=\"$checks, image HEALTHCHECK\"\n      if [ \"$hs\" != healthy ]; then ok=0; reason=\"the image's HEALTHCHECK reports $hs\"; fi\n    fi\n    GANTRY_CONTAINER_ADDR=$(addr_of \"$C\")\n    export GANTRY_CONTAINER_ADDR\n    if [ \"$ok\" = 1 ] && [ -n \"$PROBE_PATH\" ]; then\n      checks=\"$checks, health_path\"\n      if [ -z \"$GANTRY_CONTAINER_ADDR\" ]; then\n        ok=0; reason=\"the container has no address on the gantry network yet\"\n      else\n        purl=\"http://$GANTRY_CONTAINER_ADDR:$PROBE_PORT$PROBE_PATH\"\n        http_ok \"$purl\" \"$per\" || { ok=0; reason=\"health_path $PROBE_PATH on $GANTRY_CONTAINER_ADDR:$PROBE_PORT: $(check_why)\"; }\n      fi\n    fi\n    if [ \"$ok\" = 1 ] && [ -n \"$CMD\" ]; then\n      checks=\"$checks, health_cmd\"\n      cmd_ok \"$CMD\" \"$per\" || { ok=0; reason=\"health_cmd failed: $(grep -v '^[[:space:]]*$' \"$T/check\" | tail -n 1 | cut -c1-200)\"; }\n    fi\n    if [ \"$ok\" = 1 ] && [ -n \"$URL\" ]; then\n      checks=\"$checks, health_url\"\n      http_ok \"$URL\" \"$per\" || { ok=0; reason=\"health_url $URL: $(check_why)\"; }\n    fi\n    if [ \"$ok\" = 1 ] && [ \"$hs\" = none ] && [ -z \"$CMD\" ] && [ -z \"$URL\" ] && [ -z \"$PROBE_PATH\" ] && [ $(( $(date +%s) - start )) -lt \"$SETTLE\" ]; then\n      ok=0; reason=\"no health check is configured and the container has run for less than $SETTLE s\"\n      checks=\"running for $SETTLE s (no health check configured)\"\n    fi\n  fi\n  if [ \"$ok\" = 1 ]; then echo \"checks=$checks\"; echo healthy=1; exit 0; fi\n  [ \"$(date +%s)\" -ge \"$deadline\" ] && { reason=\"$reason (health_timeout $TIMEOUT s)\"; break; }\n  sleep 1\ndone\necho \"checks=$checks\"\ndocker logs --tail 20 \"$C\" 2>&1 | cut -c1-300 | sed 's/^/log=/'\nfail \"$E_UNHEALTHY\" \"not healthy: $reason\"\n",
    "heartbeat": "# shellcheck shell=bash\n# Refreshes the lock's heartbeat; exits E_LOCK_LOST when the lock is no longer ours.\n# Values: TOKEN.\nif [ \"$(sed -n 's/^token=//p' \"$L/owner\" 2>/dev/null | head -n 1)\" = \"$TOKEN\" ]; then touch \"$L/owner\"; echo ok=1; exit 0; fi\nfail \"$E_LOCK_LOST\" \"the lock on $NAME is no longer held by this run\"\n",
    "lib": "# shellcheck shell=bash\n# Shared by every step (src/deploy/remote-steps.ts renders: a preamble of values, this, the step).\n# The preamble sets NAME NEW OLD PREV DROP (the service's containers), BY (who deploys), the\n# step's own values and the E_* exit codes of STEP_EXIT: values only as quoted assignments.\n# Arrays that may be empty expand as ${a[@]+\"${a[@]}\"}: bash before 4.4 calls them unbound\n# under set -u.\n#\n# State on the host lives in ~/.gantry: services/<name>/{lock/,switch,prev.restart,record,history},\n# tmp/ (scratch dirs removed by the step that made them, and swept by the next run) and audit.log.\n\n# fail CODE MESSAGE...: one error= line (a value's newlines flattened), then exit CODE.\nfail() {\n  local code=$1 message\n  shift\n  message=$*\n  printf 'error=%s\\n' \"${message//[$'\\r\\n\\t']/ }\"\n  exit \"$code\"\n}\n\nG=\"$HOME/.gantry\"\nS=\"$G/services/$NAME\"\nL=\"$S/lock\"\nmkdir -p \"$S\" \"$G/tmp\" 2>/dev/null || fail \"$E_STATE_DIR\" \"cannot create $S (home not writable?)\"\n\nexists() { docker container inspect \"$1\" >/dev/null 2>&1; }\nnovalue() { case $1 in '<no value>') printf '' ;; *) printf '%s' \"$1\" ;; esac; }\n# errline FILE: the daemon's own error if there is one, else the last non-empty line.\nerrline() {\n  local l\n  l=$(grep -m 1 '^Error response from daemon' \"$1\" 2>/dev/null)\n  [ -n \"$l\" ] || l=$(grep -v -e '^[[:space:]]*$' -e '^WARNING' \"$1\" 2>/dev/null | tail -n 1)\n  printf '%s' \"$l\" | cut -c1-400\n}\nT=$(mktemp -d \"$G/tmp/$NAME.step.XXXXXX\") || fail \"$E_STATE_DIR\" \"cannot create a scratch directory in $G/tmp\"\n# busy marks the step as running inside the lock: a lock whose holder still has a step running\n# is never broken.\nBUSY=\ntrap 'rm -rf \"$T\"; if [ -n \"$BUSY\" ]; then rm -f \"$L/step\"; fi' EXIT\nbusy() { if [ -d \"$L\" ]; then echo $$ >\"$L/step\"; BUSY=1; fi; }\n# lock_holder: the lock's owner as lock_by= lock_runner= lock_pid= lock_since= lock_age= lines\n# (status); nothing when the service is not locked.\nlock_holder() {\n  local f\n  [ -d \"$L\" ] || return 0\n  for f in by runner pid since; do printf 'lock_%s=%s\\n' \"$f\" \"$(sed -n \"s/^$f=//p\" \"$L/owner\" 2>/dev/null | head -n 1)\"; done\n  if [ -f \"$L/owner\" ]; then echo \"lock_age=$(( $(date +%s) - $(stat -c %Y \"$L/owner\") ))\"; fi\n}\npolicy_of() {\n  docker inspect -f '{{.HostConfig.RestartPolicy.Name}}{{if gt .HostConfig.RestartPolicy.MaximumRetryCount 0}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}{{end}}' \"$1\" 2>/dev/null\n}\ndigest_of() {\n  local d img\n  d=$(novalue \"$(docker inspect -f '{{index .Config.Labels \"dev.gantry.image-digest\"}}' \"$1\" 2>/dev/null)\")\n  if [ -z \"$d\" ]; then\n    img=$(docker inspect -f '{{.Image}}' \"$1\" 2>/dev/null)\n    d=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' \"$img\" 2>/dev/null | head -n 1)\n    d=${d#*@}\n    [ -n \"$d\" ] || d=$img\n  fi\n  printf '%s' \"$d\"\n}\n# to_prev CONTAINER: keep it as the previous version: stopped, restart=no, its policy remembered.\nto_prev() {\n  local c=$1 p\n  p=$(policy_of \"$c\"); [ -n \"$p\" ] || p=no\n  docker stop \"$c\" >/dev/null 2>&1\n  if exists \"$PREV\"; then docker rename \"$PREV\" \"$DROP\" >/dev/null 2>&1; fi\n  docker rename \"$c\" \"$PREV\" >/dev/null || return 1\n  docker update --restart=no \"$PREV\" >/dev/null 2>&1\n  printf '%s\\n' \"$p\" >\"$S/prev.restart\"\n  if exists \"$DROP\"; then docker rm -f \"$DROP\" >/dev/null 2>&1; fi\n  return 0\n}\n# from_prev TARGET: the previous version takes the name TARGET, with its restart policy back.\nfrom_prev() {\n  local p\n  p=$(cat \"$S/prev.restart\" 2>/dev/null); [ -n \"$p\" ] || p=unless-stopped\n  docker rename \"$PREV\" \"$1\" >/dev/null || return 1\n  docker update --restart=\"$p\" \"$1\" >/dev/null 2>&1\n  return 0\n}\n# alias_of CONTAINER: the network alias the proxy dials it by (proxy mode), else empty.\nalias_of() { novalue \"$(docker inspect -f '{{index .Config.Labels \"dev.gantry.alias\"}}' \"$1\" 2>/dev/null)\"; }\n# route_dial: the alias:port the proxy route of $NAME dials (in maintenance, the route kept aside\n# as <rank>-<service>.live); empty without a route.\nroute_dial() {\n  cat \"$G\"/proxy/routes/*/[19]-\"$NAME\".live \"$G\"/proxy/routes/*/[19]-\"$NAME\".json 2>/dev/null | sed -n 's/.*\"dial\":\"\\([^\"]*\\)\".*/\\1/p' | head -n 1\n}\n# addr_of CONTAINER: its address on the proxy network (empty when it is not on it or not running).\naddr_of() { novalue \"$(docker inspect -f '{{with index .NetworkSettings.Networks \"gantry\"}}{{.IPAddress}}{{end}}' \"$1\" 2>/dev/null)\"; }\nswitch_field() { sed -n \"s/^$1=//p\" \"$S/switch\" 2>/dev/null | tail -n 1; }\n# Undo an unfinished switch (failed health, or a run killed halfway): what ran before runs again.\nundo_switch() {\n  [ -f \"$S/switch\" ] || return 0\n  local kind swapped\n  kind=$(switch_field source); swapped=$(switch_field swapped)\n  if [ \"$swapped\" = 1 ] && exists \"$NAME\"; then\n    if [ \"$kind\" = prev ]; then\n      to_prev \"$NAME\" || fail \"$E_RENAME\" \"cannot move $NAME back to $PREV\"\n    else\n      docker rm -f \"$NAME\" >/dev/null 2>&1 || fail \"$E_RENAME\" \"cannot remove the new $NAME\"\n    fi\n    echo \"undone=removed the switched-in container\"\n  fi\n  if exists \"$OLD\"; then\n    if exists \"$NAME\"; then fail \"$E_RENAME\" \"both $NAME and $OLD exist; resolve by hand\"; fi\n    docker rename \"$OLD\" \"$NAME\" >/dev/null || fail \"$E_RENAME\" \"cannot rename $OLD back to $NAME\"\n    echo \"undone=renamed $OLD back to $NAME\"\n  fi\n  if exists \"$NAME\" && [ \"$(docker inspect -f '{{.State.Running}}' \"$NAME\" 2>/dev/null)\" != true ]; then\n    docker start \"$NAME\" >/dev/null 2>\"$T/start\" || fail \"$E_START\" \"the restored $NAME did not start: $(errline \"$T/start\")\"\n    echo \"undone=started $NAME\"\n  fi\n  if exists \"$NEW\"; then docker rm -f \"$NEW\" >/dev/null 2>&1; fi\n  rm -f \"$S/switch\"\n  if exists \"$NAME\"; then echo \"restored=$(digest_of \"$NAME\")\"; else echo \"restored=none\"; fi\n}\n# audit ACTION RESULT FROM TO: one line of ~/.gantry/audit.log.\naudit() {\n  printf '%s service=%s action=%s result=%s from=%s to=%s by=%s\\n' \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" \"$NAME\" \"$1\" \"$2\" \"${3:--}\" \"${4:--}\" \"$BY\" >>\"$G/audit.log\"\n}\n# registry_login: docker login with --password-stdin (the password is SECRET0, base64) into a\n# scratch DOCKER_CONFIG under $T, which the step's exit removes. Values: REGISTRY_SERVER\n# REGISTRY_USER LOGIN_SERVER (empty for Docker Hub).\nregistry_login() {\n  local server=()\n  export DOCKER_CONFIG=\"$T/docker-config\"\n  mkdir -p \"$DOCKER_CONFIG\"\n  if [ -n \"$LOGIN_SERVER\" ]; then server=(-- \"$LOGIN_SERVER\"); fi\n  if ! printf '%s' \"$SECRET0\" | base64 -d | docker login --username=\"$REGISTRY_USER\" --password-stdin ${server[@]+\"${server[@]}\"} >\"$T/login\" 2>&1; then\n    fail \"$E_REGISTRY_LOGIN\" \"registry login to $REGISTRY_SERVER as $REGISTRY_USER failed: $(errline \"$T/login\")\"\n  fi\n  SECRET0=\n}\n# sweep_scratch: removes the scratch dirs (a registry login, an env file) that killed steps left.\nsweep_scratch() {\n  local d\n  for d in \"$G/tmp/$NAME\".*; do\n    [ -e \"$d\" ] || continue\n    [ \"$d\" = \"$T\" ] && continue\n    rm -rf \"$d\" && echo \"fixed=removed the scratch directory $(basename \"$d\") of an interrupted run\"\n  done\n}\n# http_ok URL SECONDS: true when URL answers 2xx within SECONDS (curl, else wget); the client's\n# last line (why it failed) is the last line of $T/check.\nhttp_ok() {\n  if command -v curl >/dev/null 2>&1; then\n    curl -fsS -o /dev/null --max-time \"$2\" --url \"$1\" >\"$T/check\" 2>&1\n  elif ! wget -q -O /dev/null -T \"$2\" -- \"$1\" >\"$T/check\" 2>&1; then\n    printf 'wget failed %s\\n' \"$(tail -n 1 \"$T/check\")\" >>\"$T/check\"\n    return 1\n  fi\n}\n# cmd_ok CMD SECONDS: true when health_cmd CMD succeeds, run by bash, stopped after SECONDS.\ncmd_ok() {\n  local limit=()\n  if command -v timeout >/dev/null 2>&1; then limit=(timeout -k 2 \"$2\"); fi\n  printf '%s\\n' \"$1\" | ${limit[@]+\"${limit[@]}\"} bash -s >\"$T/check\" 2>&1\n}\n# check_why: the last line a check printed, for its reason.\ncheck_why() { tail -n 1 \"$T/check\" | cut -c1-200; }\n",
    "lock": "# shellcheck shell=bash\n# One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of\n# its holder still runs and either its heartbeat is older than STALE seconds, or its token is\n# BREAK (a run of our own that is known dead). Exits E_LOCK_HELD with holder_* lines when held.\n# Values: TOKEN RUNNER OWNER_PID STALE BREAK.\nif command -v flock >/dev/null 2>&1; then exec 9>\"$S/lock.guard\"; flock -w 20 9 || true; fi\ntake() {\n  mkdir \"$L\" 2>/dev/null || return 1\n  printf 'token=%s\\nby=%s\\nrunner=%s\\npid=%s\\nsince=%s\\n' \"$TOKEN\" \"$BY\" \"$RUNNER\" \"$OWNER_PID\" \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" >\"$L/owner\"\n  echo acquired=1\n}\ntake && exit 0\nfield() { sed -n \"s/^$1=//p\" \"$L/owner\" 2>/dev/null | head -n 1; }\nif [ -f \"$L/owner\" ]; then hb=$(stat -c %Y \"$L/owner\"); else hb=$(stat -c %Y \"$L\" 2>/dev/null || date +%s); fi\nage=$(( $(date +%s) - hb ))\nbusy_pid=$(cat \"$L/step\" 2>/dev/null)\nheld_busy=0\nif [ -n \"$busy_pid\" ] && kill -0 \"$busy_pid\" 2>/dev/null; then held_busy=1; fi\nfor f in token by runner pid since; do printf 'holder_%s=%s\\n' \"$f\" \"$(field \"$f\")\"; done\necho \"holder_age=$age\"\necho \"holder_busy=$held_busy\"\nwhy=\nif [ \"$held_busy\" = 0 ]; then\n  if [ \"$age\" -gt \"$STALE\" ]; then why=\"its heartbeat is $age s old\"; fi\n  if [ -n \"$BREAK\" ] && [ \"$(field token)\" = \"$BREAK\" ]; then why=\"its run ended without releasing it\"; fi\nfi\nif [ -n \"$why\" ]; then\n  gone=\"$S/lock.broken.$$\"\n  if mv \"$L\" \"$gone\" 2>/dev/null; then rm -rf \"$gone\"; echo \"broke=$why\"; fi\n  take && exit 0\nfi\nexit \"$E_LOCK_HELD\"\n",
    "logs": "# shellcheck shell=bash\n# logs: the service's container logs on this host (stdout and stderr), each line as line=, after\n# an optional fixed-string filter. Reads only.\n# FOLLOW=1 streams new lines as they come, until the client goes away: an alive= line every\n# second fails to write once the session is closed (SIGPIPE is ignored here), and then docker\n# logs is stopped, so nothing is left running on the host. It also ends when the container stops.\n# Values: SINCE (docker logs --since, empty for all) TAIL (lines, before the filter) GREP FOLLOW.\nexists \"$NAME\" || fail \"$E_NOTHING_TO_SWITCH\" \"nothing runs under $NAME on this host\"\nsince=()\n[ -n \"$SINCE\" ] && since=(\"--since=$SINCE\")\nif [ \"$FOLLOW\" = 1 ]; then\n  keep() { if [ -n \"$GREP\" ]; then grep --line-buffered -F -- \"$GREP\"; else cat; fi; }\n  { docker logs --follow ${since[@]+\"${since[@]}\"} \"--tail=$TAIL\" \"$NAME\" 2>&1 & echo $! >\"$T/follower\"; wait; } |\n    keep | sed -u -e 's/^\\(.\\{2000\\}\\).*/\\1/' -e 's/^/line=/' &\n  pipeline=$!\n  while kill -0 \"$pipeline\" 2>/dev/null; do\n    printf 'alive=1\\n' 2>/dev/null || break\n    sleep 1\n  done\n  follower=$(cat \"$T/follower\" 2>/dev/null)\n  [ -n \"$follower\" ] && kill \"$follower\" 2>/dev/null\n  wait\nelse\n  docker logs ${since[@]+\"${since[@]}\"} \"--tail=$TAIL\" \"$NAME\" >\"$T/logs\" 2>&1 || fail \"$E_DOCKER_DOWN\" \"docker logs $NAME failed: $(errline \"$T/logs\")\"\n  if [ -n \"$GREP\" ]; then grep -F -- \"$GREP\" \"$T/logs\" >\"$T/kept\" || true; else cp \"$T/logs\" \"$T/kept\"; fi\n  cut -c1-2000 \"$T/kept\" | sed 's/^/line=/'\nfi\n",
    "maintenance": "# shellcheck shell=bash\n# Proxy mode, maintenance and live, under the host-wide proxy lock (proxy-lib.sh). MODE=on puts\n# the service's route aside (<rank>-<service>.live beside it) and answers the service's names with\n# MAINT (a 503 route, one JSON line); MODE=off puts the route back. A deploy or rollback meanwhile\n# switches the route put aside (proxy.sh), so the service stays in maintenance until live. Only\n# the service's own route changes; a refused load puts the route files back.\n# Values: MODE (on or off) PORT FILE HOSTS (newline-separated) MAINT DRAIN PX ADMIN.\nbusy\nproxy_lock\nf=\"$R/$PORT/$FILE\"\naside=\"${f%.json}.live\"\nif [ -f \"$f\" ] && [ \"$(sort \"$R/$PORT/$NAME.hosts\" 2>/dev/null | sed '/^$/d')\" != \"$(printf '%s\\n' \"$HOSTS\" | sort | sed '/^$/d')\" ]; then\n  fail \"$E_NOT_ROUTED\" \"the proxy routes $NAME on port $PORT with other proxy_host names ($(sed '/^$/d' \"$R/$PORT/$NAME.hosts\" | paste -sd, -)), not as asked: use the inputs it was deployed with\"\nfi\nif [ ! -f \"$f\" ]; then\n  other=$(find \"$R\" -mindepth 2 -maxdepth 2 -name \"[19]-$NAME.json\" 2>/dev/null | head -n 1)\n  if [ -n \"$other\" ]; then\n    d=${other%/*}\n    fail \"$E_NOT_ROUTED\" \"the proxy routes $NAME on port ${d##*/}$( [ \"${other##*/}\" = \"$FILE\" ] || echo ' with other proxy_host names'), not as asked (proxy_port $PORT): use the inputs it was deployed with\"\n  fi\n  fail \"$E_NOT_ROUTED\" \"the proxy on this host has no route for $NAME: deploy it with proxy_port first\"\nfi\nif [ \"$MODE\" = off ] && [ ! -f \"$aside\" ]; then\n  echo \"maintenance=live\"\n  echo \"changed=0\"\n  exit 0\nfi\nroutes_backup\nif [ \"$MODE\" = on ]; then\n  if [ ! -f \"$aside\" ]; then mv \"$f\" \"$aside\" || { put_back; fail \"$E_STATE_DIR\" \"cannot put the route of $NAME aside\"; }; fi\n  printf '%s\\n' \"$MAINT\" >\"$f\" || { put_back; fail \"$E_STATE_DIR\" \"cannot write the maintenance route of $NAME\"; }\nelse\n  mv \"$aside\" \"$f\" || { put_back; fail \"$E_STATE_DIR\" \"cannot put the route of $NAME back\"; }\nfi\nproxy_config >/dev/null || { put_back; fail \"$E_STATE_DIR\" \"cannot write the proxy configuration\"; }\nif ! exists \"$PX\" || [ \"$(docker inspect -f '{{.State.Running}}' \"$PX\" 2>/dev/null)\" != true ]; then\n  put_back\n  fail \"$E_PROXY_START\" \"the proxy container $PX is not running on this host\"\nfi\nproxy_load 0\naudit \"maintenance-$MODE\" ok\necho \"maintenance=$MODE\"\necho \"changed=1\"\n",
    "pre-switch": "# shellcheck shell=bash\n# pre_switch_cmd: docker run --rm REF ARGS of the new image on this host, with the deploy's env (a\n# 0600 file removed at once) and network, before anything is switched. Its last output lines come\n# back as log=; fails with E_PRE_SWITCH when it does.\n# Values: REF NET ENSURE_NETWORK ARGS (array) HOOK_TIMEOUT; the env file is SECRET0.\nbusy\nif [ \"$ENSURE_NETWORK\" = 1 ] && ! docker network inspect \"$NET\" >/dev/null 2>&1; then docker network create \"$NET\" >/dev/null 2>&1; fi\nprintf '%s' \"$SECRET0\" | base64 -d >\"$T/env\" || fail \"$E_PRE_SWITCH\" \"cannot write the env file\"\nSECRET0=\nnetargs=()\n[ -n \"$NET\" ] && netargs=(\"--network=$NET\")\nlimit=()\nif command -v timeout >/dev/null 2>&1; then limit=(timeout -k 5 \"$HOOK_TIMEOUT\"); fi\n${limit[@]+\"${limit[@]}\"} docker run --rm --name=\"$NAME-gantry-hook\" ${netargs[@]+\"${netargs[@]}\"} --env-file=\"$T/env\" \"$REF\" ${ARGS[@]+\"${ARGS[@]}\"} >\"$T/hook\" 2>&1 </dev/null\nrc=$?\nrm -f \"$T/env\"\ndocker rm -f \"$NAME-gantry-hook\" >/dev/null 2>&1\ntail -n 30 \"$T/hook\" | cut -c1-300 | sed 's/^/log=/'\n[ \"$rc\" = 0 ] || fail \"$E_PRE_SWITCH\" \"pre_switch_cmd exited with code $rc\"\necho ok=1\n",
    "preflight": "# shellcheck shell=bash\n# Docker works for this user, the tools the steps need exist, the state directory is writable.\n# Values: NEEDS_HTTP_CLIENT (1 when health_url is set).\nif ! command -v docker >/dev/null 2>&1; then\n  for d in /usr/bin/docker /usr/local/bin/docker /snap/bin/docker /opt/docker/bin/docker; do\n    if [ -x \"$d\" ]; then fail \"$E_DOCKER_NOT_ON_PATH\" \"docker is installed at $d but is not on the PATH of non-interactive SSH sessions of $(id -un) (PATH=$PATH)\"; fi\n  done\n  fail \"$E_DOCKER_MISSING\" \"docker is not installed (no docker on PATH=$PATH for $(id -un))\"\nfi\nif ! v=$(docker version --format '{{.Server.Version}}' 2>\"$T/err\"); then\n  e=$(errline \"$T/err\")\n  case $e in\n    *\"permission denied\"*) fail \"$E_DOCKER_DENIED\" \"user $(id -un) may not use docker: permission denied on the docker socket ${DOCKER_HOST:-unix:///var/run/docker.sock} (add $(id -un) to the docker group)\" ;;\n    *) fail \"$E_DOCKER_DOWN\" \"docker does not answer for $(id -un): $e\" ;;\n  esac\nfi\nfor t in base64 mktemp stat sed tac awk; do\n  command -v \"$t\" >/dev/null 2>&1 || fail \"$E_TOOL_MISSING\" \"$t is missing on this host\"\ndone\nif [ \"$NEEDS_HTTP_CLIENT\" = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then\n  fail \"$E_TOOL_MISSING\" \"health_url needs curl or wget on the host; neither is installed\"\nfi\necho \"docker_version=$v\"\necho \"user=$(id -un)\"\n",
    "proxy": "# shellcheck shell=bash\n# Proxy mode, under the host-wide proxy lock (proxy-lib.sh): checks the service's route against the\n# other services' on the port, writes it (~/.gantry/proxy/routes/<port>/<rank>-<service>.json, one\n# JSON line; .hosts and .tls beside it), makes sure the proxy container exists with the image and\n# ports wanted (creating or replacing it, the one gap of proxy mode, said as proxy_replaced=), and\n# loads the whole configuration through Caddy's admin API inside the proxy container. A refused\n# load puts the route files back: Caddy keeps what it served.\n# Caddy binds a new socket beside the old one (SO_REUSEPORT) on every configuration load and closes\n# the old one: the kernel resets the connections still queued on it unless the proxy's network\n# namespace has net.ipv4.tcp_migrate_req=1 (Linux 5.14 and later), which moves them to the new\n# socket. The proxy is created with it, and a proxy without it is replaced once. (GANTRY_PROC_SYS\n# stands in for /proc/sys in the unit tests, which run this on one kernel.)\nknob=\"${GANTRY_PROC_SYS:-/proc/sys}/net/ipv4/tcp_migrate_req\"\n# Values: SOURCE (new or prev) PORT IMAGE ALIAS DRAIN FILE ROUTE HOSTS (newline-separated)\n# TLS (the TLS policy line, empty for HTTP) PX NET ADMIN CONFIG_VOLUME DATA_VOLUME.\nbusy\ncase $SOURCE in new) SRC=$NEW ;; *) SRC=$PREV ;; esac\nmkdir -p \"$R/$PORT\" || fail \"$E_STATE_DIR\" \"cannot create $R/$PORT\"\nproxy_lock\nexists \"$SRC\" || fail \"$E_NOTHING_TO_SWITCH\" \"the container to switch to ($SRC) is gone\"\n[ \"$(alias_of \"$SRC\")\" = \"$ALIAS\" ] || fail \"$E_NOTHING_TO_SWITCH\" \"$SRC is not the container this run started\"\nfor f in \"$R/$PORT\"/[19]-*.json; do\n  [ -f \"$f\" ] || continue\n  b=${f##*/}; other=${b#?-}; other=${other%.json}\n  [ \"$other\" = \"$NAME\" ] && continue\n  if [ -s \"$R/$PORT/$other.tls\" ] && [ -z \"$TLS\" ]; then fail \"$E_ROUTE_CLASH\" \"proxy_port $PORT serves HTTPS for the service $other; set proxy_tls for this service too, or use another port\"; fi\n  if [ ! -s \"$R/$PORT/$other.tls\" ] && [ -n \"$TLS\" ]; then fail \"$E_ROUTE_CLASH\" \"proxy_port $PORT serves plain HTTP for the service $other; HTTPS needs a port of its own (443)\"; fi\n  case $b in\n    9-*) [ -n \"$HOSTS\" ] || fail \"$E_ROUTE_CLASH\" \"proxy_port $PORT already routes every host name to the service $other; give each service on this port its own proxy_host\" ;;\n    *) if [ -n \"$HOSTS\" ] && printf '%s\\n' \"$HOSTS\" | grep -qxFf - \"$R/$PORT/$other.hosts\" 2>/dev/null; then\n         fail \"$E_ROUTE_CLASH\" \"proxy_port $PORT already routes $(printf '%s\\n' \"$HOSTS\" | grep -xFf \"$R/$PORT/$other.hosts\" | head -n 1) to the service $other; proxy_host names must differ between services\"\n       fi ;;\n  esac\ndone\nroutes_backup\naside=\"$R/$PORT/${FILE%.json}.live\"\nif [ -f \"$aside\" ] && [ -f \"$R/$PORT/$FILE\" ]; then\n  # In maintenance (maintenance.sh): the switch goes to the route put aside; the service's names\n  # keep their maintenance answer until live.\n  printf '%s\\n' \"$ROUTE\" >\"$aside\" || { put_back; fail \"$E_STATE_DIR\" \"cannot write the route of $NAME\"; }\n  echo \"maintenance=on\"\nelse\n  rm -f \"$R\"/*/[19]-\"$NAME\".json \"$R\"/*/[19]-\"$NAME\".live \"$R\"/*/\"$NAME\".hosts \"$R\"/*/\"$NAME\".tls\n  { printf '%s\\n' \"$ROUTE\" >\"$R/$PORT/$FILE\" && printf '%s\\n' \"$HOSTS\" >\"$R/$PORT/$NAME.hosts\"; } || { put_back; fail \"$E_STATE_DIR\" \"cannot write the route of $NAME\"; }\n  if [ -n \"$TLS\" ]; then printf '%s\\n' \"$TLS\" >\"$R/$PORT/$NAME.tls\" || { put_back; fail \"$E_STATE_DIR\" \"cannot write the route of $NAME\"; }; fi\nfi\nports=$(proxy_config) || { put_back; fail \"$E_STATE_DIR\" \"cannot write the proxy configuration\"; }\nfresh=0\ncur=\nif exists \"$PX\"; then\n  cur=\"$(docker inspect -f '{{index .Config.Labels \"dev.gantry.proxy-image\"}} {{index .Config.Labels \"dev.gantry.proxy-ports\"}} {{.State.Running}}' \"$PX\" 2>/dev/null)\"\n  # A proxy made before it had the setting, on a kernel that has it: replaced once (said below).\n  if [ -e \"$knob\" ] && [ \"$(docker inspect -f '{{index .HostConfig.Sysctls \"net.ipv4.tcp_migrate_req\"}}' \"$PX\" 2>/dev/null)\" != 1 ]; then\n    cur=\"$cur (without net.ipv4.tcp_migrate_req, so a configuration load could reset a queued connection)\"\n  fi\nfi\n# A proxy that already publishes every port wanted (and perhaps one whose last route was taken\n# off: Caddy no longer listens there) is kept; only a port it lacks needs a new container.\nread -r _ published _ <<<\"$cur\"\nif [ \"$cur\" = \"$IMAGE $published true\" ] && [ -z \"$(comm -23 <(tr ',' '\\n' <<<\"$ports\" | sort -u) <(tr ',' '\\n' <<<\"$published\" | sort -u))\" ]; then\n  ports=$published\nfi\nif [ \"$cur\" != \"$IMAGE $ports true\" ]; then\n  if [ -n \"$cur\" ]; then\n    echo \"proxy_replaced=the proxy ($cur) is replaced by $IMAGE on ports $ports: requests in flight during its restart may fail\"\n    docker rm -f \"$PX\" >/dev/null 2>&1\n  fi\n  pubs=()\n  for p in ${ports//,/ }; do pubs+=(\"--publish=$p:$p\"); done\n  migrate=()\n  [ -e \"$knob\" ] && migrate=(--sysctl=net.ipv4.tcp_migrate_req=1)\n  if ! docker create --name=\"$PX\" --restart=always --network=\"$NET\" \"${pubs[@]}\" ${migrate[@]+\"${migrate[@]}\"} \\\n      --volume=\"$CONFIG_VOLUME:/config\" --volume=\"$DATA_VOLUME:/data\" \\\n      --label=\"dev.gantry.proxy-image=$IMAGE\" --label=\"dev.gantry.proxy-ports=$ports\" \\\n      \"$IMAGE\" caddy run --resume >\"$T/px\" 2>&1; then\n    put_back; fail \"$E_PROXY_START\" \"cannot create the proxy container from $IMAGE: $(errline \"$T/px\")\"\n  fi\n  [ ${#migrate[@]} -gt 0 ] || echo \"proxy_warning=this host's kernel has no net.ipv4.tcp_migrate_req (Linux 5.14 and later): a proxy configuration load may reset a connection still queued on the proxy's port\"\n  if ! docker start \"$PX\" >/dev/null 2>\"$T/px\"; then\n    holder=$(docker ps --filter \"publish=$PORT\" --format '{{.Names}}' | grep -vx \"$PX\" | head -n 1)\n    # A container on the host's network that listens on the port publishes nothing: ours is the usual one.\n    if [ -z \"$holder\" ] && exists \"$NAME\" && [ \"$(docker inspect -f '{{.HostConfig.NetworkMode}} {{.State.Running}}' \"$NAME\")\" = \"host true\" ]; then holder=$NAME; fi\n    if [ \"$holder\" = \"$NAME\" ]; then\n      echo \"migrated=$NAME held port $PORT itself (deployed without the proxy): stopped it so the proxy can take the port; requests fail until the proxy answers\"\n      docker stop \"$NAME\" >/dev/null 2>&1\n      docker start \"$PX\" >/dev/null 2>\"$T/px\" || { docker rm -f \"$PX\" >/dev/null 2>&1; docker start \"$NAME\" >/dev/null 2>&1; put_back; fail \"$E_PROXY_START\" \"the proxy did not start: $(errline \"$T/px\")\"; }\n    else\n      docker rm -f \"$PX\" >/dev/null 2>&1\n      put_back\n      fail \"$E_PROXY_START\" \"the proxy did not start: $(errline \"$T/px\")${holder:+ (port $PORT is published by the container $holder)}\"\n    fi\n  fi\n  fresh=1\nfi\nproxy_load \"$fresh\"\necho \"fresh=$fresh\"\necho \"ports=$ports\"\necho \"live=$ALIAS\"\n",
    "proxy-converge": "# shellcheck shell=bash\n# Proxy mode, before the generic converge: a run killed after the proxy switched but before the\n# containers were renamed leaves the proxy serving <name>-gantry-new (or -prev); finish that\n# switch instead of removing the container being served. A previous version left running is stopped.\nbusy\nlive=$(route_dial)\nlive=${live%:*}\nfor c in \"$NEW\" \"$PREV\"; do\n  if [ -n \"$live\" ] && exists \"$c\" && [ \"$(alias_of \"$c\")\" = \"$live\" ]; then\n    if exists \"$NAME\"; then\n      docker stop \"$NAME\" >/dev/null 2>&1\n      if exists \"$OLD\"; then docker rm -f \"$OLD\" >/dev/null 2>&1; fi\n      docker rename \"$NAME\" \"$OLD\" >/dev/null || fail \"$E_RENAME\" \"cannot rename $NAME\"\n    fi\n    docker rename \"$c\" \"$NAME\" >/dev/null || fail \"$E_RENAME\" \"cannot rename $c\"\n    if exists \"$OLD\"; then to_prev \"$OLD\" || fail \"$E_RENAME\" \"cannot keep $OLD as $PREV\"; fi\n    echo \"fixed=the proxy already served $c: finished the switch an interrupted run left\"\n    audit converge switched \"\" \"$(digest_of \"$NAME\")\"\n    break\n  fi\ndone\nif exists \"$PREV\" && [ \"$(docker inspect -f '{{.State.Running}}' \"$PREV\")\" = true ]; then\n  docker stop \"$PREV\" >/dev/null 2>&1; docker update --restart=no \"$PREV\" >/dev/null 2>&1\n  echo \"fixed=stopped $PREV, started by an interrupted rollback\"\nfi\n",
    "proxy-lib": "# shellcheck shell=bash\n# Proxy mode, shared by proxy.sh (a switch) and unroute.sh (a route taken off): the host-wide\n# proxy lock, the route files' backup, and Caddy's whole configuration assembled from every\n# service's route files (~/.gantry/proxy/routes/<port>/<rank>-<service>.json, one JSON line; .hosts\n# and .tls beside it) and loaded through the admin API inside the proxy container.\n# Values: DRAIN PX ADMIN (besides lib.sh's).\nP=\"$G/proxy\"\nR=\"$G/proxy/routes\"\n# proxy_lock: takes the host-wide proxy lock (fd 8) for the rest of the step.\nproxy_lock() {\n  command -v flock >/dev/null 2>&1 || fail \"$E_TOOL_MISSING\" \"flock is missing on this host (proxy mode serialises proxy changes with it)\"\n  mkdir -p \"$R\" || fail \"$E_STATE_DIR\" \"cannot create $R\"\n  exec 8>\"$P/lock\"\n  flock -w 120 8 || fail \"$E_PROXY_LOCKED\" \"another deploy has been changing the proxy on this host for more than 120 s\"\n}\n# routes_backup / put_back: what the route files were before this step, and putting that back.\nroutes_backup() { tar -C \"$P\" -cf \"$T/routes.tar\" routes || fail \"$E_STATE_DIR\" \"cannot back up $R\"; }\nput_back() { rm -rf \"$R\" && tar -C \"$P\" -xf \"$T/routes.tar\"; }\n# proxy_config: writes $T/caddy.json from every port's routes; prints the ports the proxy\n# publishes, comma separated (each served port, and 80 when one serves HTTPS).\nproxy_config() {\n  local served=() publish=() servers='' policies='' internal='' d p f routes auto apps\n  for d in \"$R\"/*/; do\n    [ -d \"$d\" ] || continue\n    d=${d%/}\n    if find \"$d\" -maxdepth 1 -name '[19]-*.json' | grep -q .; then served+=(\"${d##*/}\"); fi\n  done\n  publish=(${served[@]+\"${served[@]}\"})\n  for p in $(printf '%s\\n' ${served[@]+\"${served[@]}\"} | sort -n); do\n    routes=\n    for f in \"$R/$p\"/1-*.json \"$R/$p\"/9-*.json; do [ -f \"$f\" ] && routes=\"$routes${routes:+,}$(cat \"$f\")\"; done\n    auto='\"automatic_https\":{\"disable\":true},'\n    for f in \"$R/$p\"/*.tls; do\n      [ -s \"$f\" ] || continue\n      auto=\n      policies=\"$policies${policies:+,}$(cat \"$f\")\"\n      grep -q '\"internal\"' \"$f\" && internal=1\n    done\n    # HTTPS: Caddy redirects HTTP to it (and answers ACME's HTTP challenge) on port 80.\n    [ -z \"$auto\" ] && publish+=(80)\n    servers=\"$servers${servers:+,}\\\"gantry-$p\\\":{\\\"listen\\\":[\\\":$p\\\"],$auto\\\"routes\\\":[$routes]}\"\n  done\n  apps=\"\\\"http\\\":{\\\"grace_period\\\":\\\"${DRAIN}s\\\",\\\"servers\\\":{$servers}}\"\n  [ -n \"$policies\" ] && apps=\"$apps,\\\"tls\\\":{\\\"automation\\\":{\\\"policies\\\":[$policies]}}\"\n  [ -n \"$internal\" ] && apps=\"$apps,\\\"pki\\\":{\\\"certificate_authorities\\\":{\\\"local\\\":{\\\"install_trust\\\":false}}}\"\n  printf '{\"admin\":{\"listen\":\"%s\"},\"apps\":{%s}}\\n' \"$ADMIN\" \"$apps\" >\"$T/caddy.json\"\n  printf '%s\\n' ${publish[@]+\"${publish[@]}\"} | sed '/^$/d' | sort -n -u | tr '\\n' ',' | sed 's/,$//'\n}\n# proxy_load FRESH: loads $T/caddy.json (retried for 30 s while a FRESH=1 proxy starts); prints\n# load_ms=. A refused load puts the route files back and fails: Caddy keeps what it served.\nproxy_load() {\n  local t0 ok=0\n  t0=$(date +%s%N)\n  for _ in $(seq 1 150); do\n    if docker exec -i \"$PX\" caddy reload --config /dev/stdin --force <\"$T/caddy.json\" >\"$T/reload\" 2>&1; then ok=1; break; fi\n    [ \"$1\" = 1 ] || break\n    sleep 0.2\n  done\n  if [ \"$ok\" != 1 ]; then\n    put_back\n    fail \"$E_PROXY_LOAD\" \"the proxy refused the configuration: $(grep -o '\"error\":.*\\|Error:.*' \"$T/reload\" | tail -n 1 | cut -c1-300)\"\n  fi\n  echo \"load_ms=$(( ($(date +%s%N) - t0) / 1000000 ))\"\n}\n",
    "pull": "# shellcheck shell=bash\n# Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls.\n# Values: REF REPO LOGIN (1 to log in) REGISTRY_SERVER REGISTRY_USER LOGIN_SERVER (empty for\n# Docker Hub) ALSO_IMAGES (array: pulled too when missing, e.g. the proxy's image); the password\n# is SECRET0, read from stdin as base64.\nbusy\nif [ \"$LOGIN\" = 1 ]; then\n  registry_login\nfi\nif ! docker pull -q \"$REF\" >\"$T/pull\" 2>&1; then\n  fail \"$E_PULL\" \"docker pull $REF failed: $(errline \"$T/pull\")\"\nfi\ndigest=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' \"$REF\" | awk -v r=\"$REPO@\" 'index($0, r) == 1 { print substr($0, length(r) + 1); exit }')\necho \"digest=$digest\"\necho \"image_id=$(docker image inspect -f '{{.Id}}' \"$REF\")\"\necho \"revision=$(novalue \"$(docker image inspect -f '{{index .Config.Labels \"org.opencontainers.image.revision\"}}' \"$REF\" 2>/dev/null)\")\"\nfor img in ${ALSO_IMAGES[@]+\"${ALSO_IMAGES[@]}\"}; do\n  docker image inspect \"$img\" >/dev/null 2>&1 && continue\n  docker pull -q \"$img\" >\"$T/pull\" 2>&1 || fail \"$E_PULL\" \"docker pull $img failed: $(errline \"$T/pull\")\"\n  echo \"also_pulled=$img\"\ndone\nhc=$(docker image inspect -f '{{if .Config.Healthcheck}}{{join .Config.Healthcheck.Test \" \"}}{{end}}' \"$REF\" 2>/dev/null)\ncase $hc in ''|NONE*) echo image_healthcheck=0 ;; *) echo image_healthcheck=1 ;; esac\n",
    "resolve": "# shellcheck shell=bash\n# rollback_to: finds WANT (a digest, its first 12+ hex digits, a tag or a revision) among the\n# versions this host recorded within KEEP whose image is still here. Prints ref= and digest=, or\n# fails listing the candidates.\n# Values: WANT KEEP.\n[ -f \"$S/history\" ] || fail \"$E_UNKNOWN_VERSION\" \"rollback_to '$WANT': no version is recorded on this host\"\nlist=\nfound=\nwant_hex=${WANT#sha256:}\nwhile read -r _ digest id; do\n  docker image inspect \"$id\" >/dev/null 2>&1 || continue\n  rev=$(novalue \"$(docker image inspect -f '{{index .Config.Labels \"org.opencontainers.image.revision\"}}' \"$id\" 2>/dev/null)\")\n  tags=$(docker image inspect -f '{{range .RepoTags}}{{println .}}{{end}}' \"$id\" 2>/dev/null | sed 's/.*://' | sort -u | tr '\\n' ' ' | sed 's/ $//')\n  list=\"$list${list:+; }$digest${rev:+ revision $rev}${tags:+ tags $tags}\"\n  [ -n \"$found\" ] && continue\n  hex=${digest#sha256:}\n  match=\n  if [ \"$WANT\" = \"$digest\" ] || [ \"$WANT\" = \"$hex\" ]; then match=1; fi\n  if [ -z \"$match\" ] && [ ${#want_hex} -ge 12 ] && [ \"${hex#\"$want_hex\"}\" != \"$hex\" ]; then match=1; fi\n  if [ -z \"$match\" ] && [ -n \"$rev\" ] && [ \"$rev\" = \"$WANT\" ]; then match=1; fi\n  if [ -z \"$match\" ] && printf '%s\\n' \"$tags\" | tr ' ' '\\n' | grep -qxF -- \"$WANT\"; then match=1; fi\n  if [ -n \"$match\" ]; then\n    found=$(docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' \"$id\" | grep -F \"@$digest\" | head -n 1)\n    echo \"ref=$found\"\n    echo \"digest=$digest\"\n  fi\ndone < <(tac \"$S/history\" | awk '!seen[$2]++' | head -n \"$KEEP\")\n[ -n \"$found\" ] || fail \"$E_UNKNOWN_VERSION\" \"rollback_to '$WANT' is not among the versions kept on this host: ${list:-none}\"\n",
    "restore": "# shellcheck shell=bash\n# The new container failed: put back what ran before (the caller health-gates it again).\n# Values: AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\nundo_switch\naudit \"$AUDIT_ACTION\" rolled-back \"$AUDIT_FROM\" \"$AUDIT_TO\"\n",
    "retire": "# shellcheck shell=bash\n# Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy).\n# Values: AUDIT_ACTION AUDIT_FROM AUDIT_TO.\nbusy\nif exists \"$NAME\"; then to_prev \"$NAME\" || fail \"$E_RENAME\" \"cannot stop $NAME\"; fi\naudit \"$AUDIT_ACTION\" retired \"$AUDIT_FROM\" \"$AUDIT_TO\"\necho retired=1\n",
    "start": "# shellcheck shell=bash\n# Proxy mode: starts the staged new container (or the kept previous version) beside the one\n# serving; it has no published port, the proxy reaches it by its alias on the gantry network.\n# Values: SOURCE (new or prev).\nbusy\ncase $SOURCE in new) SRC=$NEW ;; *) SRC=$PREV ;; esac\nif ! exists \"$SRC\"; then\n  if [ \"$SOURCE\" = new ]; then fail \"$E_NOTHING_TO_SWITCH\" \"the staged container $NEW is gone\"; fi\n  fail \"$E_NOTHING_TO_SWITCH\" \"nothing to roll back to: no previous version ($PREV) is kept on this host\"\nfi\na=$(alias_of \"$SRC\")\n[ -n \"$a\" ] || fail \"$E_NOTHING_TO_SWITCH\" \"$SRC was deployed without the proxy (it has no address on the gantry network): deploy a version in proxy mode first\"\necho \"source_digest=$(digest_of \"$SRC\")\"\necho \"alias=$a\"\nif exists \"$NAME\"; then echo \"previous_digest=$(digest_of \"$NAME\")\"; else echo \"previous_digest=\"; fi\nif [ \"$SOURCE\" = prev ]; then\n  p=$(cat \"$S/prev.restart\" 2>/dev/null); [ -n \"$p\" ] || p=unless-stopped\n  docker update --restart=\"$p\" \"$PREV\" >/dev/null 2>&1\nfi\ndocker start \"$SRC\" >/dev/null 2>\"$T/start\" || fail \"$E_START\" \"$SRC did not start: $(errline \"$T/start\")\"\necho started=1\n",
    "status": "# shellcheck shell=bash\n# status: what runs under the service's name (digest, labels, state, health, start time), the\n# versions kept for rollback (newest first, those whose image is still on the host), the lock\n# holder, and the proxy route when there is one. Reads only.\n# Values: KEEP.\nlabel() { novalue \"$(docker inspect -f \"{{index .Config.Labels \\\"$2\\\"}}\" \"$1\" 2>/dev/null)\"; }\nif exists \"$NAME\"; then\n  echo \"live_digest=$(digest_of \"$NAME\")\"\n  echo \"live_version=$(label \"$NAME\" org.opencontainers.image.version)\"\n  echo \"live_revision=$(label \"$NAME\" org.opencontainers.image.revision)\"\n  echo \"live_deployed_at=$(label \"$NAME\" dev.gantry.deployed-at)\"\n  echo \"live_deployed_by=$(label \"$NAME\" dev.gantry.deployed-by)\"\n  docker inspect -f 'live_state={{.State.Status}}\nlive_health={{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}\nlive_started_at={{.State.StartedAt}}\nlive_image={{.Config.Image}}' \"$NAME\"\nfi\nif exists \"$PREV\"; then echo \"kept=$(digest_of \"$PREV\") $(label \"$PREV\" dev.gantry.deployed-at) $(label \"$PREV\" dev.gantry.revision)\"; fi\nif [ -f \"$S/history\" ]; then\n  tac \"$S/history\" | awk '!seen[$2]++' | head -n \"$KEEP\" | while read -r ts digest id; do\n    docker image inspect \"$id\" >/dev/null 2>&1 || continue\n    echo \"recorded=$digest $(date -u -d \"@$ts\" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo \"$ts\")\"\n  done\nfi\nlock_holder\ndial=$(route_dial)\nif [ -n \"$dial\" ]; then\n  echo \"proxy_dial=$dial\"\n  if find \"$G\"/proxy/routes -mindepth 2 -maxdepth 2 -name \"[19]-$NAME.live\" 2>/dev/null | grep -q .; then echo \"proxy_maintenance=1\"; fi\n  for f in \"$G\"/proxy/routes/*/[19]-\"$NAME\".json; do [ -f \"$f\" ] && { d=${f%/*}; echo \"proxy_port=${d##*/}\"; break; }; done\nfi\nexit 0\n",
    "swarm-apply": "# shellcheck shell=bash\n# deploy_target swarm: creates the service or updates it to REF, detached (gantry then reads the\n# service's update status and tasks). The registry login goes into a scratch DOCKER_CONFIG by\n# --password-stdin and reaches Swarm through --with-registry-auth; the scratch dir goes on exit.\n# env values never reach an argv: the docker CLI gets --env KEY and reads KEY's value from its own\n# environment, set by export (a builtin) in the subshell that runs it.\n# ACTION update makes the spec what the inputs say (env, ports, mounts and the network the inputs\n# do not name are removed); ACTION image (rollback_to) changes only the image and the labels.\n# The settings (SECRET2, env values included) are hashed with the host's salt into the label\n# dev.gantry.config; with SKIP_SAME an update whose image and hash are the service's already\n# changes nothing (unchanged=1). FORCE makes Swarm replace the tasks even when nothing changed.\n# Values: ACTION (create, update or image) REF FLAGS (array) ENV_KEYS (array) NETWORK FORCE\n# SKIP_SAME LOGIN REGISTRY_SERVER REGISTRY_USER LOGIN_SERVER; secrets: SECRET0 the registry\n# password, SECRET1 the env lines, SECRET2 the settings.\nbusy\nhash=\nif [ -n \"$SECRET2\" ] && command -v sha256sum >/dev/null 2>&1; then\n  if [ ! -s \"$G/salt\" ]; then head -c 32 /dev/urandom | base64 >\"$G/salt.$$\" && mv \"$G/salt.$$\" \"$G/salt\"; fi\n  hash=$({ cat \"$G/salt\"; printf '%s' \"$SECRET2\" | base64 -d; } | sha256sum | cut -c1-64)\nfi\nSECRET2=\nif [ \"$SKIP_SAME\" = 1 ] && [ \"$ACTION\" = update ] && [ -n \"$hash\" ] &&\n  [ \"$(docker service inspect -f '{{.Spec.TaskTemplate.ContainerSpec.Image}} {{index .Spec.Labels \"dev.gantry.config\"}}' \"$NAME\" 2>/dev/null)\" = \"$REF $hash\" ]; then\n  echo unchanged=1\n  exit 0\nfi\nauth=()\nif [ \"$LOGIN\" = 1 ]; then\n  registry_login\n  auth=(--with-registry-auth)\nfi\ndrop=()\nenvflag=--env\nlabelflag=--label\nif [ \"$ACTION\" != create ]; then envflag=--env-add; labelflag=--label-add; fi\nif [ \"$ACTION\" = update ]; then\n  while IFS= read -r k; do\n    if [ -n \"$k\" ]; then drop+=(\"--env-rm=$k\"); fi\n  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.ContainerSpec.Env}}{{println .}}{{end}}' \"$NAME\" | cut -d= -f1)\n  while IFS= read -r p; do\n    if [ -n \"$p\" ]; then drop+=(\"--publish-rm=$p\"); fi\n  done < <(docker service inspect -f '{{if .Spec.EndpointSpec}}{{range .Spec.EndpointSpec.Ports}}{{println .TargetPort}}{{end}}{{end}}' \"$NAME\")\n  while IFS= read -r m; do\n    if [ -n \"$m\" ]; then drop+=(\"--mount-rm=$m\"); fi\n  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.ContainerSpec.Mounts}}{{println .Target}}{{end}}' \"$NAME\")\n  # The network as given: the one named stays (or is added), every other one is removed.\n  want=\n  if [ -n \"$NETWORK\" ]; then\n    want=$(docker network inspect -f '{{.ID}}' -- \"$NETWORK\" 2>\"$T/net\") || fail \"$E_HOST_SETTING\" \"network $NETWORK: $(errline \"$T/net\")\"\n  fi\n  have=\n  while IFS= read -r n; do\n    if [ -z \"$n\" ]; then continue; fi\n    if [ -n \"$want\" ] && [ \"$n\" = \"$want\" ]; then have=1; else drop+=(\"--network-rm=$n\"); fi\n  done < <(docker service inspect -f '{{range .Spec.TaskTemplate.Networks}}{{println .Target}}{{end}}' \"$NAME\")\n  if [ -n \"$NETWORK\" ] && [ -z \"$have\" ]; then drop+=(\"--network-add=$NETWORK\"); fi\nfi\nif [ -n \"$hash\" ]; then drop+=(\"$labelflag=dev.gantry.config=$hash\"); fi\nif [ \"$FORCE\" = 1 ] && [ \"$ACTION\" != create ]; then drop+=(--force); fi\nenvs=()\nfor k in ${ENV_KEYS[@]+\"${ENV_KEYS[@]}\"}; do envs+=(\"$envflag=$k\"); done\n(\n  while IFS= read -r line || [ -n \"$line\" ]; do\n    if [ -n \"$line\" ]; then export \"${line%%=*}=${line#*=}\"; fi\n  done < <(printf '%s' \"$SECRET1\" | base64 -d)\n  if [ \"$ACTION\" = create ]; then\n    exec docker service create --detach --quiet --no-resolve-image --name=\"$NAME\" ${auth[@]+\"${auth[@]}\"} \\\n      ${drop[@]+\"${drop[@]}\"} ${FLAGS[@]+\"${FLAGS[@]}\"} ${envs[@]+\"${envs[@]}\"} -- \"$REF\"\n  else\n    exec docker service update --detach --quiet --no-resolve-image --image=\"$REF\" ${auth[@]+\"${auth[@]}\"} \\\n      ${drop[@]+\"${drop[@]}\"} ${FLAGS[@]+\"${FLAGS[@]}\"} ${envs[@]+\"${envs[@]}\"} -- \"$NAME\"\n  fi\n) >\"$T/out\" 2>&1 || fail \"$E_CREATE\" \"docker service ${ACTION/image/update} failed: $(errline \"$T/out\")\"\nSECRET1=\necho \"applied=$ACTION\"\n",
    "swarm-audit": "# shellcheck shell=bash\n# deploy_target swarm: one line of the manager's audit log for a deploy or rollback of the\n# service (what `audit` reads), written once Swarm's verdict is known.\n# Values: AUDIT_ACTION AUDIT_RESULT AUDIT_FROM AUDIT_TO.\naudit \"$AUDIT_ACTION\" \"$AUDIT_RESULT\" \"$AUDIT_FROM\" \"$AUDIT_TO\"\necho audited=1\n",
    "swarm-logs": "# shellcheck shell=bash\n# logs, deploy_target swarm: the service's logs from every task (docker service logs, each line\n# prefixed by Swarm with its task and node), as line=, after an optional fixed-string filter.\n# Reads only. Values: SINCE (--since, empty for all) TAIL (lines of each task, before the\n# filter) GREP.\ndocker service inspect \"$NAME\" >/dev/null 2>&1 || fail \"$E_NOTHING_TO_SWITCH\" \"no service $NAME on this manager\"\nsince=()\n[ -n \"$SINCE\" ] && since=(\"--since=$SINCE\")\ndocker service logs ${since[@]+\"${since[@]}\"} \"--tail=$TAIL\" -- \"$NAME\" >\"$T/logs\" 2>&1 || fail \"$E_DOCKER_DOWN\" \"docker service logs $NAME failed: $(errline \"$T/logs\")\"\nif [ -n \"$GREP\" ]; then grep -F -- \"$GREP\" \"$T/logs\" >\"$T/kept\" || true; else cp \"$T/logs\" \"$T/kept\"; fi\ncut -c1-2000 \"$T/kept\" | sed 's/^/line=/'\n",
    "swarm-preflight": "# shellcheck shell=bash\n# deploy_target swarm, after preflight.sh: this node is a manager of a swarm, no plain container\n# of the service's name (deploy_target container) runs here; prints what the service runs now.\n# Values: none beyond the preamble.\nst=$(docker info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>\"$T/err\") ||\n  fail \"$E_DOCKER_DOWN\" \"docker info failed: $(errline \"$T/err\")\"\ncase $st in\n  \"active true\") ;;\n  \"active false\") fail \"$E_NOT_MANAGER\" \"this node is in a swarm but is not a manager (docker node ls on a manager lists the managers)\" ;;\n  inactive*) fail \"$E_NOT_IN_SWARM\" \"this node is not in a swarm (docker swarm init makes it the first manager)\" ;;\n  *) fail \"$E_NOT_IN_SWARM\" \"this node's swarm state is '$st', not an active manager\" ;;\nesac\nif [ \"$(docker container inspect -f '{{.State.Running}}' \"$NAME\" 2>/dev/null)\" = true ] &&\n  [ -z \"$(novalue \"$(docker container inspect -f '{{index .Config.Labels \"com.docker.swarm.service.id\"}}' \"$NAME\" 2>/dev/null)\")\" ]; then\n  fail \"$E_PLAIN_CONTAINER\" \"a plain container named $NAME runs on this node (deploy_target container)\"\nfi\nif docker service inspect \"$NAME\" >/dev/null 2>&1; then\n  echo service=1\n  docker service inspect -f 'image={{.Spec.TaskTemplate.ContainerSpec.Image}}\nmode={{if .Spec.Mode.Global}}global{{else}}replicated{{end}}\nupdate_started={{if .UpdateStatus}}{{.UpdateStatus.StartedAt}}{{end}}\nprevious_image={{if .PreviousSpec}}{{.PreviousSpec.TaskTemplate.ContainerSpec.Image}}{{end}}' \"$NAME\"\n  h=$(novalue \"$(docker service inspect -f '{{index .Spec.Labels \"dev.gantry.history\"}}' \"$NAME\" 2>/dev/null)\")\n  printf 'history=%s\\n' \"${h//[$'\\r\\n']/ }\"\nelse\n  echo service=0\nfi\necho \"nodes=$(docker node ls --format '{{.Status}} {{.Availability}}' 2>/dev/null | grep -c '^Ready Active$')\"\n",
    "swarm-remove": "# shellcheck shell=bash\n# deploy_target swarm: removes the service gantry created in this run (a first create that failed).\nbusy\ndocker service rm \"$NAME\" >\"$T/out\" 2>&1 || fail \"$E_CREATE\" \"docker service rm $NAME failed: $(errline \"$T/out\")\"\necho removed=1\n",
    "swarm-rollback": "# shellcheck shell=bash\n# deploy_target swarm: Swarm's own one-step rollback to the service's previous spec, detached.\nbusy\nif [ -z \"$(docker service inspect -f '{{if .PreviousSpec}}1{{end}}' \"$NAME\" 2>/dev/null)\" ]; then\n  fail \"$E_NOTHING_TO_SWITCH\" \"service $NAME has no previous spec to roll back to\"\nfi\ndocker service rollback --detach --quiet \"$NAME\" >\"$T/out\" 2>&1 || fail \"$E_CREATE\" \"docker service rollback $NAME failed: $(errline \"$T/out\")\"\necho rolled=1\n",
    "swarm-state": "# shellcheck shell=bash\n# deploy_target swarm: the service's spec image, update status and every task it keeps (current\n# and recent history), read from docker's structured inspect output, one key=value line each.\n# task=ID|SLOT|NODE_ID|DESIRED|STATE|IMAGE|ERROR (ERROR last: it may hold anything but a newline).\nif ! docker service inspect \"$NAME\" >/dev/null 2>\"$T/err\"; then\n  echo service=0\n  exit 0\nfi\necho service=1\ndocker service inspect -f 'image={{.Spec.TaskTemplate.ContainerSpec.Image}}\nprevious_image={{if .PreviousSpec}}{{.PreviousSpec.TaskTemplate.ContainerSpec.Image}}{{end}}\nupdate_state={{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}\nupdate_started={{if .UpdateStatus}}{{.UpdateStatus.StartedAt}}{{end}}' \"$NAME\"\nprintf 'update_message=%s\\n' \"$(docker service inspect -f '{{if .UpdateStatus}}{{.UpdateStatus.Message}}{{end}}' \"$NAME\" | tr '\\r\\n\\t' '   ' | sed 's/ *$//')\"\nmapfile -t nodes < <(docker node ls -q 2>/dev/null)\nif [ \"${#nodes[@]}\" -gt 0 ]; then\n  docker node inspect -f 'node={{.ID}}|{{.Status.Addr}}|{{.Status.State}}' \"${nodes[@]}\" 2>/dev/null\nfi\nmapfile -t tasks < <(docker service ps -q --no-trunc \"$NAME\" 2>/dev/null)\nif [ \"${#tasks[@]}\" -gt 0 ]; then\n  docker inspect --type task -f 'task={{.ID}}|{{.Slot}}|{{.NodeID}}|{{.DesiredState}}|{{.Status.State}}|{{.Spec.ContainerSpec.Image}}|{{.Status.Err}}' \"${tasks[@]}\" 2>/dev/null\nfi\n",
    "swarm-status": "# shellcheck shell=bash\n# status, deploy_target swarm, after swarm-state.sh (which has printed the service's image,\n# update status, nodes and tasks, or service=0 and exited): the service's mode and gantry's labels\n# on it (digest, revision, deployed-at, deployed-by, the recorded history). Reads only.\n# Values: none beyond the preamble.\ndocker service inspect -f 'mode={{if .Spec.Mode.Global}}global{{else}}replicated{{end}}\nreplicas={{if .Spec.Mode.Replicated}}{{.Spec.Mode.Replicated.Replicas}}{{end}}' \"$NAME\"\nfor l in image-digest revision deployed-at deployed-by history; do\n  v=$(novalue \"$(docker service inspect -f \"{{index .Spec.Labels \\\"dev.gantry.$l\\\"}}\" \"$NAME\" 2>/dev/null)\")\n  printf 'label_%s=%s\\n' \"${l//-/_}\" \"${v//[$'\\r\\n']/ }\"\ndone\n",
    "switch": "# shellcheck shell=bash\n# Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.\n# SOURCE new switches to the staged container, prev to the previous version (rollback).\n# Every move is written to services/<name>/switch first, so undo_switch can put things back.\n# Values: SOURCE.\nbusy\nif [ \"$SOURCE\" = new ]; then SRC=$NEW; else SRC=$PREV; fi\nif ! exists \"$SRC\"; then\n  if [ \"$SOURCE\" = new ]; then fail \"$E_NOTHING_TO_SWITCH\" \"the staged container $NEW is gone\"; fi\n  fail \"$E_NOTHING_TO_SWITCH\" \"nothing to roll back to: no previous version ($PREV) is kept on this host\"\nfi\necho \"source_digest=$(digest_of \"$SRC\")\"\nprintf 'source=%s\\nstarted_at=%s\\n' \"$SOURCE\" \"$(date +%s)\" >\"$S/switch\"\nif exists \"$NAME\"; then\n  echo \"previous_digest=$(digest_of \"$NAME\")\"\n  printf 'recorded_at=%s\\ncontainer=%s\\nimage=%s\\ndigest=%s\\nrestart=%s\\n' \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" \\\n    \"$(docker inspect -f '{{.Id}}' \"$NAME\")\" \"$(docker inspect -f '{{.Image}}' \"$NAME\")\" \"$(digest_of \"$NAME\")\" \"$(policy_of \"$NAME\")\" >\"$S/record\"\n  docker stop \"$NAME\" >/dev/null 2>\"$T/stop\" || fail \"$E_STOP\" \"cannot stop $NAME: $(errline \"$T/stop\")\"\n  docker rename \"$NAME\" \"$OLD\" >/dev/null 2>\"$T/rename\" || fail \"$E_RENAME\" \"cannot rename $NAME: $(errline \"$T/rename\")\"\n  echo \"had_current=1\" >>\"$S/switch\"\nelse\n  echo \"previous_digest=\"\nfi\necho \"swapped=1\" >>\"$S/switch\"\nif [ \"$SOURCE\" = new ]; then\n  docker rename \"$NEW\" \"$NAME\" >/dev/null 2>\"$T/rename\" || fail \"$E_RENAME\" \"cannot rename $SRC to $NAME: $(errline \"$T/rename\")\"\nelse\n  from_prev \"$NAME\" 2>\"$T/rename\" || fail \"$E_RENAME\" \"cannot rename $SRC to $NAME: $(errline \"$T/rename\")\"\nfi\ndocker start \"$NAME\" >/dev/null 2>\"$T/start\" || fail \"$E_START\" \"the new container did not start: $(errline \"$T/start\")\"\necho started=1\n",
    "unchanged": "# shellcheck shell=bash\n# Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under\n# the name runs DIGEST with those settings, healthy (and, in proxy mode, is what the proxy serves);\n# else why= says what differs.\n# Values: DIGEST URL (health_url) PROXY_MODE PROBE_PORT PROBE_PATH PROXY_CONTAINER; the settings\n# are SECRET0 (they hold env values), hashed with a per-host salt and never stored.\ncommand -v sha256sum >/dev/null 2>&1 || { SECRET0=; echo \"why=sha256sum is missing on this host\"; exit 0; }\nif [ ! -s \"$G/salt\" ]; then head -c 32 /dev/urandom | base64 >\"$G/salt.$$\" && mv \"$G/salt.$$\" \"$G/salt\"; fi\nhash=$({ cat \"$G/salt\"; printf '%s' \"$SECRET0\" | base64 -d; } | sha256sum | cut -c1-64)\nSECRET0=\necho \"config_hash=$hash\"\nexists \"$NAME\" || { echo \"why=nothing runs under $NAME\"; exit 0; }\n[ \"$(docker inspect -f '{{.State.Running}}' \"$NAME\")\" = true ] || { echo \"why=$NAME is not running\"; exit 0; }\n{ [ -n \"$DIGEST\" ] && [ \"$(digest_of \"$NAME\")\" = \"$DIGEST\" ]; } || { echo \"why=$NAME runs another image\"; exit 0; }\n[ \"$(novalue \"$(docker inspect -f '{{index .Config.Labels \"dev.gantry.config\"}}' \"$NAME\")\")\" = \"$hash\" ] || { echo \"why=the settings changed\"; exit 0; }\nhs=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' \"$NAME\")\n[ \"$hs\" != unhealthy ] || { echo \"why=the image's HEALTHCHECK reports unhealthy\"; exit 0; }\nprobe() { http_ok \"$1\" 5; }\nif [ \"$PROXY_MODE\" = 1 ]; then\n  a=$(alias_of \"$NAME\")\n  { [ -n \"$a\" ] && [ \"$(route_dial)\" = \"$a:$PROBE_PORT\" ]; } || { echo \"why=the proxy does not route to $NAME\"; exit 0; }\n  [ \"$(docker inspect -f '{{.State.Running}}' \"$PROXY_CONTAINER\" 2>/dev/null)\" = true ] || { echo \"why=the proxy is not running\"; exit 0; }\n  if [ -n \"$PROBE_PATH\" ]; then probe \"http://$(addr_of \"$NAME\"):$PROBE_PORT$PROBE_PATH\" || { echo \"why=health_path does not answer\"; exit 0; }; fi\nelif [ -n \"$URL\" ]; then\n  probe \"$URL\" || { echo \"why=health_url does not answer\"; exit 0; }\nfi\necho unchanged=1\n",
    "unlock": "# shellcheck shell=bash\n# Releases the lock when this run holds it.\n# Values: TOKEN.\nif [ \"$(sed -n 's/^token=//p' \"$L/owner\" 2>/dev/null | head -n 1)\" = \"$TOKEN\" ]; then\n  gone=\"$S/lock.released.$$\"; mv \"$L\" \"$gone\" && rm -rf \"$gone\"; echo released=1\nelse\n  echo released=0\nfi\n",
    "unroute": "# shellcheck shell=bash\n# Proxy mode, the fleet's rollback of a first deploy (nothing ran here before this run): takes\n# the service's route off the proxy, under the host-wide proxy lock, and loads the other services'\n# routes again without it, before its container is retired. A port left with no route is no\n# longer listened on. Nothing to do without a route of the service.\n# Values: DRAIN PX ADMIN.\nbusy\nproxy_lock\nif ! find \"$R\" -mindepth 2 -maxdepth 2 -name \"[19]-$NAME.json\" | grep -q .; then\n  echo \"unrouted=none\"\n  exit 0\nfi\nroutes_backup\nrm -f \"$R\"/*/[19]-\"$NAME\".json \"$R\"/*/[19]-\"$NAME\".live \"$R\"/*/\"$NAME\".hosts \"$R\"/*/\"$NAME\".tls || { put_back; fail \"$E_STATE_DIR\" \"cannot remove the route of $NAME\"; }\nproxy_config >/dev/null || { put_back; fail \"$E_STATE_DIR\" \"cannot write the proxy configuration\"; }\nif exists \"$PX\" && [ \"$(docker inspect -f '{{.State.Running}}' \"$PX\" 2>/dev/null)\" = true ]; then\n  proxy_load 0\nelse\n  echo \"note=the proxy container is not running: the route files no longer have $NAME, but its saved configuration does until the next proxy change\"\nfi\necho \"unrouted=1\"\n",
};

;// CONCATENATED MODULE: ./src/deploy/remote-steps.ts
/**
 * The shell scripts gantry runs on a host, rendered from plain data (pure: no I/O).
 *
 * The shell itself lives in src/deploy/steps/*.sh (lib.sh and one file a step, read by
 * shellcheck; carried into every build by the generated steps/step-scripts.ts). A step's script
 * is a preamble rendered here, then lib.sh, then the step's file, inside one function that bash
 * reads whole before running it. Values reach the shell only as assignments quoted by shq in the
 * preamble (arrays for lists), the exit codes as E_* variables from STEP_EXIT: nothing a user
 * types is ever part of the shell's code.
 *
 * Every script is fed to `bash -s` on stdin, never in argv. Secrets (registry password, env file)
 * follow the script on the same stdin as base64 lines: the script's first statement reads them,
 * then closes stdin. bash reads a script from a pipe byte by byte, so it never swallows them.
 *
 * Containers: <name> runs; <name>-gantry-new is staged; <name>-gantry-old is the one replaced
 * while the new one proves healthy; <name>-gantry-prev is the previous version, stopped, kept for
 * rollback; <name>-gantry-drop is transient. State on the host: see steps/lib.sh.
 */


/** Exit codes the scripts use, so callers can tell conditions apart. */
const STEP_EXIT = {
    dockerMissing: 20,
    dockerNotOnPath: 21,
    dockerDenied: 22,
    dockerDown: 23,
    toolMissing: 24,
    stateDir: 25,
    /** The binary target: the SSH user cannot write binary_root. */
    rootNotWritable: 26,
    /** deploy_target swarm: the node named in hosts is in a swarm but not a manager. */
    notManager: 27,
    /** deploy_target swarm: the node named in hosts is not in a swarm. */
    notInSwarm: 28,
    /** deploy_target swarm: a plain container of the service's name runs on the manager. */
    plainContainer: 29,
    lockHeld: 75,
    lockLost: 76,
    registryLogin: 31,
    pull: 32,
    /** The binary target: the uploaded file's SHA-256 is not the build's. */
    checksum: 33,
    create: 40,
    nothingToSwitch: 41,
    stop: 42,
    rename: 43,
    start: 44,
    /** A host-side value checked before the switch (network, a volume's source, a port) is wrong. */
    hostSetting: 45,
    /** The binary target: restart_cmd failed. */
    restart: 47,
    /** The binary target: logs_cmd failed (the logs command). */
    logsCmd: 48,
    /** rollback_to names no version this host keeps. */
    unknownVersion: 46,
    preSwitch: 51,
    /** Another deploy holds the host-wide proxy lock for too long. */
    proxyLocked: 61,
    /** A service's route clashes with another's on the same proxy port. */
    routeClash: 62,
    proxyStart: 63,
    proxyLoad: 64,
    /** maintenance/live: the proxy has no route of the service on proxy_port (with its proxy_host names). */
    notRouted: 65,
    unhealthy: 50,
};
/** The shell variable a STEP_EXIT code is known by in the scripts: lockHeld is E_LOCK_HELD. */
function stepExitVariable(key) {
    return `E_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}
/** The docker network of proxy mode: the proxy and the application containers, no published ports but the proxy's. */
const PROXY_NETWORK = 'gantry';
function parseStepOutput(stdout) {
    const values = {};
    const all = [];
    for (const line of stdout.split(/\r?\n/)) {
        const m = /^([a-z_]+)=(.*)$/.exec(line);
        if (!m)
            continue;
        values[m[1]] = m[2];
        all.push([m[1], m[2]]);
    }
    return { values, all };
}
function listValues(out, key) {
    return out.all.filter(([k]) => k === key).map(([, v]) => v);
}
/** Names of the containers and files gantry uses for one service. */
function serviceNames(name) {
    return { name, new: `${name}-gantry-new`, old: `${name}-gantry-old`, prev: `${name}-gantry-prev`, drop: `${name}-gantry-drop` };
}
function base64Line(value) {
    return `${Buffer.from(value, 'utf8').toString('base64')}\n`;
}
/** NAME=value, quoted by shq: the value is data to bash, whatever it holds. */
function assignment(name, value) {
    if (typeof value === 'object')
        return `${name}=(${value.map((v) => (0,shell_quote/* shq */.hi)(v)).join(' ')})`;
    return `${name}=${(0,shell_quote/* shq */.hi)(String(value))}`;
}
function scriptText(file) {
    const text = STEP_SCRIPTS[file];
    if (text === undefined)
        throw new Error(`no step script ${file}.sh in src/deploy/steps`);
    return text.trim();
}
function render(name, service, values, opts) {
    const n = serviceNames(service);
    const reads = Array.from({ length: opts.secrets ?? 0 }, (_, i) => `IFS= read -r SECRET${i} || SECRET${i}=`);
    const codes = Object.keys(STEP_EXIT).map((k) => assignment(stepExitVariable(k), STEP_EXIT[k]));
    return [
        `# gantry step: ${name}`,
        'gantry_step() {',
        ...reads,
        'exec </dev/null',
        'set -u',
        'export LC_ALL=C',
        // A dropped connection must not stop a step halfway: it runs to its end (and its cleanup).
        "trap '' HUP PIPE",
        'umask 077',
        codes.join(' '),
        ['NAME', 'NEW', 'OLD', 'PREV', 'DROP'].map((k) => assignment(k, n[k.toLowerCase()])).join(' '),
        assignment('BY', (0,shell_quote/* oneLine */.TN)(opts.by ?? '')),
        ...Object.entries(values).map(([k, v]) => assignment(k, v)),
        ...(opts.libs ?? ['lib']).map(scriptText),
        scriptText(name),
        '}',
        'gantry_step; exit $?',
        '',
    ].join('\n');
}
/** The step `name`, from steps/<name>.sh after lib.sh (and opts.libs, which replace lib.sh's place: list it first). */
function step(name, service, values, opts = {}) {
    const secrets = opts.secrets ?? [];
    return {
        name,
        script: render(name, service, values, { secrets: secrets.length, by: opts.by, libs: opts.libs }),
        secretInput: secrets.map(base64Line).join(''),
    };
}
/** Docker works for this user, the tools the steps need exist, the state directory is writable. */
function preflightStep(service, needsHttpClient) {
    return step('preflight', service, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}
/**
 * One attempt to take the service's lock: mkdir is atomic. A lock is broken only when no step of
 * its holder still runs and either its heartbeat is older than staleSeconds, or its token is
 * breakToken (a run of our own that is known dead). Exit lockHeld with holder_* lines when held.
 */
function lockStep(service, owner, staleSeconds, breakToken = '') {
    return step('lock', service, {
        TOKEN: owner.token, RUNNER: (0,shell_quote/* oneLine */.TN)(owner.runner), OWNER_PID: Math.floor(owner.pid), STALE: Math.floor(staleSeconds), BREAK: breakToken,
    }, { by: owner.by });
}
/** Refreshes the lock's heartbeat; exit lockLost when the lock is no longer ours. */
function heartbeatStep(service, token) {
    return step('heartbeat', service, { TOKEN: token });
}
function releaseStep(service, token) {
    return step('unlock', service, { TOKEN: token });
}
/**
 * Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
 * unfinished, removes staged and transient containers and every scratch dir (which may hold a
 * registry login or an env file) left by a killed step.
 */
function convergeStep(service, by) {
    return step('converge', service, {}, { by });
}
/** Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls. */
function pullStep(service, ref, repository, registry, alsoImages = []) {
    return step('pull', service, {
        ALSO_IMAGES: alsoImages,
        REF: ref,
        REPO: repository,
        LOGIN: registry ? 1 : 0,
        REGISTRY_SERVER: registry?.server ?? '',
        REGISTRY_USER: registry?.username ?? '',
        LOGIN_SERVER: registry && registry.server !== 'docker.io' ? registry.server : '',
    }, { secrets: registry ? [registry.password] : [] });
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
        `dev.gantry.deployed-by=${(0,shell_quote/* oneLine */.TN)(o.deployedBy)}`,
        ...(o.alias ? [`dev.gantry.alias=${o.alias}`] : []),
        ...(o.configHash ? [`dev.gantry.config=${o.configHash}`] : []),
    ];
    return step('create', service, {
        REF: o.ref, CREATE_FLAGS: createFlags(o), NETWORK: o.alias ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.alias ? 1 : 0,
        PORTS: o.ports, VOLUMES: o.volumes, LABELS: labels,
    }, { secrets: [envText] });
}
/**
 * Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
 * source 'new' switches to the staged container, 'prev' to the previous version (rollback).
 * Every move is written to services/<name>/switch first, so undo_switch can put things back.
 */
function switchStep(service, source) {
    return step('switch', service, { SOURCE: source });
}
/**
 * Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
 * healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
 * running for 5 s counts. Fails fast when the container exits; prints its last log lines on failure.
 */
function healthStep(service, h) {
    return step('health', service, {
        CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), SETTLE: Math.floor(Math.min(5, h.timeoutSeconds)),
        TARGET: h.target ?? 'name', PROBE_PORT: h.probe?.port ?? 0, PROBE_PATH: h.probe?.path ?? '',
    });
}
/** The new container is healthy: keep what ran before as the previous version, record, prune, audit. */
function finalizeStep(service, o) {
    return step('finalize', service, {
        REPO: o.repository, KEEP_IMAGES: Math.max(1, Math.floor(o.keepImages)), ...auditValues(o.audit),
    }, { by: o.audit.by });
}
/** The new container failed: put back what ran before (the caller health-gates it again). */
function restoreStep(service, audit) {
    return step('restore', service, auditValues(audit), { by: audit.by });
}
/** Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy). */
function retireStep(service, audit) {
    return step('retire', service, auditValues(audit), { by: audit.by });
}
function auditValues(a) {
    return { AUDIT_ACTION: a.action, AUDIT_FROM: a.from, AUDIT_TO: a.to };
}


/***/ }),

/***/ 65505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ renderReportMarkdown),
/* harmony export */   Uv: () => (/* binding */ renderReportText),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   hn: () => (/* binding */ rolloutExitCode),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   rk: () => (/* binding */ failedHosts),
/* harmony export */   sS: () => (/* binding */ deployedHosts)
/* harmony export */ });
/* unused harmony export verdictLine */
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91084);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37206);


/** The host ended as asked: switched, or already there. */
function succeeded(h) {
    return h.outcome === 'ok' || h.outcome === 'unchanged';
}
/** 0 when every host is ok; 3 when every host serves what it did before; 4 otherwise (mixed or unknown). */
function rolloutExitCode(hosts) {
    if (hosts.every(succeeded))
        return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
    if (hosts.every((h) => h.running === 'previous'))
        return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.rolledBack;
    return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.mixed;
}
function deployedHosts(hosts) {
    return hosts.filter((h) => h.running === 'new').map((h) => h.host);
}
function failedHosts(hosts) {
    return hosts.filter((h) => h.outcome === 'failed' || h.outcome === 'unreachable' || h.outcome === 'refused host key').map((h) => h.host);
}
function secs(n) {
    return n === undefined ? '-' : n.toFixed(1);
}
function digestCell(d) {
    if (d === undefined)
        return '?';
    return d === '' ? 'none' : (0,_image_ref__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(d);
}
const HEADER = ['host', 'previous -> new', 'pull s', 'start s', 'health s', 'outcome'];
/** The switch column appears only in proxy mode, where a switch is a step of its own. */
function header(report) {
    return report.hosts.some((h) => h.switchSeconds !== undefined) ? [...HEADER.slice(0, 5), 'switch s', 'outcome'] : HEADER;
}
function rows(report) {
    const withSwitch = header(report).length > HEADER.length;
    return report.hosts.map((h) => [
        h.host,
        `${digestCell(h.previousDigest)} -> ${digestCell(h.newDigest)}`,
        secs(h.pullSeconds),
        secs(h.startSeconds),
        secs(h.healthSeconds),
        ...(withSwitch ? [secs(h.switchSeconds)] : []),
        h.outcome,
    ]);
}
/** One line saying how the rollout ended, matching the exit code. */
function verdictLine(report) {
    const n = report.hosts.length;
    const ok = report.hosts.filter(succeeded).length;
    const what = report.command === 'deploy' ? 'deployed' : 'rolled back';
    switch (report.exitCode) {
        case _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok:
            return `${report.service}: ${what} on all ${n} host(s) in ${report.seconds.toFixed(1)} s`;
        case _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.rolledBack:
            return `${report.service}: failed; every host serves the version it ran before${report.stopped ? ` (${report.stopped})` : ''}`;
        default:
            return `${report.service}: failed; the fleet is left mixed or unknown: ${ok}/${n} ok, new version on ${deployedHosts(report.hosts).join(', ') || 'none'}${report.stopped ? ` (${report.stopped})` : ''}`;
    }
}
/** The per-host table as plain text, then one line per host that has something to say. */
function renderReportText(report) {
    const head = header(report);
    const all = [head, ...rows(report)];
    const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
    const fmt = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    const lines = [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows(report).map(fmt)];
    for (const h of report.hosts) {
        if (h.message && !succeeded(h))
            lines.push(`${h.host}: ${h.message}`);
        for (const note of h.notes ?? [])
            lines.push(`${h.host}: ${note}`);
        for (const l of h.logs ?? [])
            lines.push(`${h.host} | ${l}`);
    }
    lines.push(verdictLine(report));
    return lines.join('\n');
}
function mdCell(s) {
    return s.replace(/\|/g, '\\|');
}
function renderReportMarkdown(report) {
    const out = [
        `### gantry ${report.command}: ${mdCell(report.service)}${report.image ? ` (\`${report.image}\`)` : ''}`,
        '',
        `| ${header(report).join(' | ')} |`,
        `|${header(report).map(() => ' --- ').join('|')}|`,
        ...rows(report).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
        '',
    ];
    for (const h of report.hosts) {
        if (h.message && !succeeded(h))
            out.push(`- **${mdCell(h.host)}**: ${mdCell(h.message)}`);
        for (const note of h.notes ?? [])
            out.push(`- ${mdCell(h.host)}: ${mdCell(note)}`);
        if (h.logs && h.logs.length > 0)
            out.push('', '```', ...h.logs, '```');
    }
    out.push('', verdictLine(report));
    return out.join('\n');
}
function reportJson(report) {
    return JSON.stringify(report);
}


/***/ }),

/***/ 28231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ mustStop),
/* harmony export */   iq: () => (/* binding */ toleratedFailures),
/* harmony export */   un: () => (/* binding */ planBatches)
/* harmony export */ });
/* unused harmony export batchCount */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** How many hosts one batch holds: a count, or a percentage of the fleet (rounded up, at least 1). */
function batchCount(batchSize, fleet) {
    const m = /^([1-9][0-9]*)(%?)$/.exec(batchSize.trim());
    if (!m)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('batch_size', `'${batchSize}' is not valid`, 'a count such as 2 or a percentage such as 50%');
    const n = Number(m[1]);
    if (m[2] === '%') {
        if (n > 100)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('batch_size', `'${batchSize}' is more than 100%`, 'a percentage up to 100%');
        return Math.max(1, Math.ceil((fleet * n) / 100));
    }
    return Math.max(1, Math.min(n, fleet));
}
/** Splits hosts into batches, in the order given: batches run one after another, hosts in a batch at once. */
function planBatches(hosts, batchSize) {
    const size = batchCount(batchSize, hosts.length);
    const out = [];
    for (let i = 0; i < hosts.length; i += size)
        out.push(hosts.slice(i, i + size));
    return out;
}
/** Failed hosts tolerated: a count, or a percentage of the fleet rounded down. */
function toleratedFailures(maxFailures, fleet) {
    const m = /^([0-9]+)(%?)$/.exec(maxFailures.trim());
    if (!m)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('max_failures', `'${maxFailures}' is not valid`, 'a whole number such as 1 or a percentage such as 10%');
    const n = Number(m[1]);
    if (m[2] !== '%')
        return n;
    if (n > 100)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('max_failures', `'${maxFailures}' is more than 100%`, 'a percentage up to 100%');
    return Math.floor((fleet * n) / 100);
}
/** The rollout stops (and, with rollback on, undoes itself) once failures exceed the tolerance. */
function mustStop(failures, maxFailures) {
    return failures > maxFailures;
}


/***/ }),

/***/ 31706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ connector),
  p: () => (/* binding */ runRollout)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/deploy/known-hosts.ts
var known_hosts = __webpack_require__(70014);
// EXTERNAL MODULE: ./src/deploy/local-connection.ts
var local_connection = __webpack_require__(58405);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
;// CONCATENATED MODULE: ./src/deploy/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    every: (ms, fn) => {
        const timer = setInterval(fn, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};

// EXTERNAL MODULE: ./src/deploy/host-lock.ts
var host_lock = __webpack_require__(47941);
// EXTERNAL MODULE: ./src/deploy/host-deploy.ts
var host_deploy = __webpack_require__(5697);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/deploy/host-steps.ts
var host_steps = __webpack_require__(69495);
// EXTERNAL MODULE: ./src/deploy/remote-steps.ts + 1 modules
var remote_steps = __webpack_require__(28032);
// EXTERNAL MODULE: ./src/deploy/binary/binary-spec.ts
var binary_spec = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/deploy/binary/binary-steps.ts
var binary_steps = __webpack_require__(98814);
;// CONCATENATED MODULE: ./src/deploy/binary/binary-host.ts
/**
 * deploy_target binary on one host: the same protocol as the container target (pinned key, lock,
 * converge, health gate, restore, fleet undo, report), over releases under binary_root instead of
 * containers. In the report, previousDigest/newDigest hold release versions (<commit_time>-<short_sha>).
 */







/** Seconds an SFTP upload may take. */
const UPLOAD_LIMIT = 600;
class BinaryHostRun extends host_deploy/* HostRunBase */.xi {
    machine = '';
    get b() {
        return this.ctx.spec.binary;
    }
    /** Connects, checks the host, takes the lock, repairs an interrupted run. False when the host is out. */
    async open() {
        const { record } = this;
        this.conn = await (0,host_deploy/* connectHost */.Zj)(this.target, this.ctx, record);
        if (!this.conn)
            return false;
        try {
            const pre = await this.step((0,binary_steps/* binaryPreflightStep */.lK)(this.b, this.ctx.spec.container.healthUrl !== ''), host_deploy/* LIMITS */.b1.preflight);
            this.machine = pre.values.machine ?? '';
            record.debug(`${this.machine} as ${pre.values.user}, releases in ${pre.values.root}`);
            this.lock = await (0,host_deploy/* takeLock */.HJ)(this.conn, this.ctx, record, this.b.name, this.token);
        }
        catch (err) {
            record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return false;
        }
        try {
            const c = await this.step((0,binary_steps/* binaryConvergeStep */.VJ)(this.b, this.ctx.actor.by), host_deploy/* LIMITS */.b1.converge);
            for (const fixed of (0,remote_steps/* listValues */.Du)(c, 'fixed'))
                record.note(fixed);
            this.report.previousDigest = c.values.current ?? '';
        }
        catch (err) {
            record.fail('failed', 'unknown', (0,src_errors/* errorMessage */.gJ)(err));
            return false;
        }
        return true;
    }
    async deploy() {
        if (!(await this.open()))
            return;
        const b = this.b;
        const built = (0,binary_spec/* binaryFor */.f_)(b, this.machine);
        if (typeof built === 'string') {
            this.record.fail('failed', 'previous', built);
            return;
        }
        this.report.newDigest = b.version;
        try {
            const t0 = this.ctx.clock.now();
            const probe = await this.step((0,binary_steps/* binaryProbeStep */.oj)(b, built.sha256), host_deploy/* LIMITS */.b1.create);
            let upload = '';
            if (probe.values.have === '1') {
                this.report.uploadedBytes = 0;
                this.record.say(`release ${b.version} already holds this ${built.platform} binary: nothing to upload`);
            }
            else {
                upload = probe.values.upload ?? '';
                if (!upload)
                    throw new host_steps/* StepFailure */.pH('binary-probe', 0, 'binary-probe: named no upload path');
                const conn = this.conn;
                this.report.uploadedBytes = await conn.upload(external_path_.join(b.dir, built.file), upload, UPLOAD_LIMIT).catch((err) => {
                    throw new host_steps/* StepFailure */.pH('upload', null, `upload: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
                });
                this.record.say(`uploaded ${built.file} (${this.report.uploadedBytes} bytes) in ${this.since(t0).toFixed(1)} s`);
            }
            const staged = await this.step((0,binary_steps/* binaryStageStep */.mc)(b, {
                sha256: built.sha256, upload, newRelease: probe.values.new_release === '1', env: this.ctx.spec.container.env,
            }), host_deploy/* LIMITS */.b1.create);
            this.report.pullSeconds = this.since(t0);
            if (staged.values.unit_installed) {
                this.record.say(`installed ${staged.values.unit_installed}:\n${(0,remote_steps/* listValues */.Du)(staged, 'unit').join('\n')}`);
                this.record.note(`installed ${staged.values.unit_installed}`);
            }
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return;
        }
        if (this.report.previousDigest === b.version)
            this.record.note(`already runs ${b.version}: restarting it anyway (current settings)`);
        await this.switchAndGate(b.version, this.audit('deploy', this.report.previousDigest, b.version), 'previous', 'new');
    }
    async rollBack() {
        if (!(await (this.opened ??= this.open())))
            return;
        const want = this.ctx.spec.rollbackTo;
        if (!want) {
            await this.switchAndGate('', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
            return;
        }
        if (!this.wanted && (await this.resolveRollbackTo()) !== undefined)
            return;
        this.report.newDigest = this.wanted;
        if (this.wanted === this.report.previousDigest && !this.ctx.spec.force) {
            Object.assign(this.report, { outcome: 'unchanged', running: 'new', message: `already runs ${this.wanted}` });
            this.record.say(`unchanged: already runs ${this.wanted}`);
            return;
        }
        await this.switchAndGate(this.wanted, this.audit('rollback', this.report.previousDigest, this.wanted), 'previous', 'new');
    }
    opened;
    /** rollback_to's release on this host, once resolved. */
    wanted = '';
    /** rollback_to, before any host changes: connects, locks, finds the release among those kept here; the error line when not. */
    async resolveRollbackTo() {
        if (!(await (this.opened ??= this.open())))
            return this.report.message;
        try {
            this.wanted = (await this.step((0,binary_steps/* binaryResolveStep */.q1)(this.b, this.ctx.spec.rollbackTo), host_deploy/* LIMITS */.b1.preflight)).values.release ?? '';
            return undefined;
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return this.report.message;
        }
    }
    async healthGate() {
        const t = this.ctx.clock.now();
        const c = this.ctx.spec.container;
        const out = await this.step((0,binary_steps/* binaryHealthStep */.IX)(this.b, { cmd: c.healthCmd, url: c.healthUrl, timeoutSeconds: c.healthTimeout }), c.healthTimeout + 60);
        return { seconds: this.since(t), out };
    }
    /** After a failed switch or health gate: current back to the release before, restarted, gated. */
    async restore(audit, switchedFrom) {
        const { record } = this;
        if (!this.ctx.spec.rollback) {
            record.note('rollback is off: current is left on the failed release');
            return 'unknown';
        }
        try {
            const r = await this.step((0,binary_steps/* binaryRestoreStep */.QJ)(this.b, audit), host_deploy/* LIMITS */.b1.restore);
            if (r.values.restored === 'none') {
                record.say('removed current: nothing ran here before');
                return switchedFrom;
            }
            record.say(`current back on ${r.values.restored}, restarted`);
            try {
                await this.healthGate();
                record.say('the restored release is healthy');
            }
            catch (err) {
                record.note(`the restored release is not healthy either: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
            }
            return switchedFrom;
        }
        catch (err) {
            record.note(`could not restore what ran before: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
            return 'unknown';
        }
    }
    /** Switch current to `version` ('' = the host's previous release), gate, finalize; restore on failure. */
    async switchAndGate(version, audit, from, to) {
        const { clock } = this.ctx;
        const t = clock.now();
        let tHealth = 0;
        try {
            const sw = await this.step((0,binary_steps/* binarySwitchStep */.Cl)(this.b, version), host_deploy/* LIMITS */.b1.switch);
            if (!version) {
                this.report.newDigest = sw.values.source_release;
                audit = { ...audit, to: sw.values.source_release ?? '' };
            }
            this.report.previousDigest ??= sw.values.previous_release;
            this.report.startSeconds = this.since(t);
            this.record.say(`current -> ${sw.values.source_release}, restarted; health gate up to ${this.ctx.spec.container.healthTimeout} s`);
            tHealth = clock.now();
            const gate = await this.healthGate();
            this.report.healthSeconds = gate.seconds;
            this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
        }
        catch (err) {
            if (err instanceof host_steps/* StepFailure */.pH && err.step === 'binary-health') {
                this.report.healthSeconds = this.since(tHealth || t);
                this.report.logs = (0,remote_steps/* listValues */.Du)(err.out ?? (0,remote_steps/* parseStepOutput */.VX)(''), 'log');
            }
            if (err instanceof host_steps/* StepFailure */.pH && err.step === 'binary-switch' && err.code === remote_steps/* STEP_EXIT */.a4.nothingToSwitch) {
                this.record.fail('failed', from, (0,src_errors/* errorMessage */.gJ)(err));
                return false;
            }
            const running = await this.restore({ ...audit }, from);
            this.record.fail('failed', running, (0,src_errors/* errorMessage */.gJ)(err));
            return false;
        }
        try {
            const fin = await this.step((0,binary_steps/* binaryFinalizeStep */.Yh)(this.b, audit), host_deploy/* LIMITS */.b1.finalize);
            const pruned = (0,remote_steps/* listValues */.Du)(fin, 'pruned');
            if (pruned.length > 0)
                this.record.say(`removed old releases ${pruned.join(', ')}`);
        }
        catch (err) {
            this.record.fail('failed', 'unknown', `${(0,src_errors/* errorMessage */.gJ)(err)} (the release is healthy, but the host's records are incomplete)`);
            return false;
        }
        this.record.succeeded(to);
        this.record.say(`ok: ${this.report.previousDigest || 'nothing'} -> ${this.report.newDigest || '?'}`);
        return true;
    }
    async retire(audit) {
        await this.step((0,binary_steps/* binaryRetireStep */.b$)(this.b, audit), host_deploy/* LIMITS */.b1.restore);
        return 'current was removed and the program restarted';
    }
    switchBack(before, audit) {
        return this.switchAndGate(before, audit, 'new', 'previous');
    }
}

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: ./src/deploy/host-record.ts
var host_record = __webpack_require__(69507);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-spec.ts
var swarm_spec = __webpack_require__(3018);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-state.ts
var swarm_state = __webpack_require__(86644);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-steps.ts
var swarm_steps = __webpack_require__(21458);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-history.ts
var swarm_history = __webpack_require__(57201);
;// CONCATENATED MODULE: ./src/deploy/swarm/swarm-run.ts
/**
 * deploy_target swarm: one manager, reached like any host (pinned key, lock, preflight), creates
 * or updates the service; Swarm schedules and rolls the tasks, gantry waits on the service's
 * UpdateStatus and tasks and reports per node and task. Exit codes: 0 every task runs the new
 * digest; 3 Swarm rolled back to the previous spec, or a first create failed and gantry removed
 * the service; 4 paused (rollback false), timed out, or otherwise mixed or unknown.
 */












/** Seconds between two reads of the service while waiting. */
const POLL_SECONDS = 2;
/** Seconds a task may take to be scheduled, pull and start, on top of the monitor window. */
const START_ALLOWANCE = 120;
class SwarmRun {
    ctx;
    swarm;
    record;
    conn;
    lock;
    token = (0,external_crypto_.randomBytes)(12).toString('hex');
    seen = new Map();
    constructor(ctx, swarm) {
        this.ctx = ctx;
        this.swarm = swarm;
        this.record = new host_record/* HostRecord */.K(`manager ${ctx.spec.hosts[0].label}`, ctx.reporter);
    }
    get service() {
        return this.ctx.spec.container.name;
    }
    step(s, timeoutSeconds) {
        if (!this.conn)
            return Promise.reject(new host_steps/* StepFailure */.pH(s.name, null, `${s.name}: not connected`));
        return (0,host_steps/* runStep */.eg)(this.conn, s, timeoutSeconds, (m) => this.record.debug(m));
    }
    async state() {
        return (0,swarm_state/* parseSwarmState */.lg)(await this.step((0,swarm_steps/* swarmStateStep */.iT)(this.service), host_deploy/* LIMITS */.b1.preflight));
    }
    /** Connects, checks the node is a manager (bad input otherwise), takes the lock. */
    async open() {
        const target = this.ctx.spec.hosts[0];
        this.conn = await (0,host_deploy/* connectHost */.Zj)(target, this.ctx, this.record);
        if (!this.conn)
            return undefined;
        let pre;
        try {
            pre = await this.step((0,swarm_steps/* swarmPreflightStep */.S0)(this.service), host_deploy/* LIMITS */.b1.preflight);
        }
        catch (err) {
            const code = err instanceof host_steps/* StepFailure */.pH ? err.code : null;
            const msg = err instanceof host_steps/* StepFailure */.pH ? err.out?.values.error ?? (0,src_errors/* errorMessage */.gJ)(err) : (0,src_errors/* errorMessage */.gJ)(err);
            if (code === remote_steps/* STEP_EXIT */.a4.notManager || code === remote_steps/* STEP_EXIT */.a4.notInSwarm) {
                throw (0,src_errors/* inputError */.Xu)('hosts', `${target.label}: ${msg}`, 'a manager of the swarm (deploy_target swarm)');
            }
            if (code === remote_steps/* STEP_EXIT */.a4.plainContainer) {
                throw (0,src_errors/* inputError */.Xu)('container_name', `${target.label}: ${msg}`, 'a name no plain container uses on the manager (remove it, or pick another container_name)');
            }
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return undefined;
        }
        this.record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
        try {
            this.lock = await (0,host_deploy/* takeLock */.HJ)(this.conn, this.ctx, this.record, this.service, this.token);
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return undefined;
        }
        return pre;
    }
    /** Prints a task's line when its state or image changed since the last read. */
    progress(s) {
        for (const t of s.tasks) {
            const now = `${t.state} ${(0,image_ref/* shortDigest */.VK)((0,swarm_state/* digestOf */.ol)(t.image)) || t.image}${t.error ? ` (${t.error})` : ''}`;
            if (this.seen.get(t.id) === now)
                continue;
            this.seen.set(t.id, now);
            this.ctx.reporter.info(`${this.service} task ${this.taskName(t)} on ${this.nodeOf(s, t)}: ${now}`);
        }
    }
    taskName(t) {
        return (0,swarm_state/* taskName */.p5)(this.service, t);
    }
    nodeOf(s, t) {
        return (0,swarm_state/* nodeOf */.E7)(s, t);
    }
    /** Polls until judge says something other than waiting, or the deadline. */
    async waitFor(judge, seconds, settle) {
        const { clock } = this.ctx;
        const deadline = clock.now() + seconds * 1000;
        let last;
        let settling;
        const settleMs = Math.min(5, this.ctx.spec.container.healthTimeout) * 1000;
        while (clock.now() < deadline) {
            last = await this.state();
            this.progress(last);
            const v = judge(last);
            if (v !== 'waiting') {
                if (!settle(v, last))
                    return { verdict: v, state: last };
                // A converged service must stay so for the settle time (a task that starts then crashes).
                if (settling === undefined)
                    settling = clock.now();
                else if (clock.now() - settling >= settleMs)
                    return { verdict: v, state: last };
            }
            else
                settling = undefined;
            await clock.sleep(POLL_SECONDS * 1000);
        }
        return { verdict: 'timeout', state: last };
    }
    wanted(nodes) {
        return this.swarm.mode === 'global' ? Math.max(1, nodes) : this.swarm.replicas;
    }
    deadlineSeconds(wanted) {
        const batches = Math.ceil(wanted / this.swarm.parallelism);
        return batches * (this.swarm.monitorSeconds + START_ALLOWANCE) * 2 + 60;
    }
    /** The labels of a deploy of `entry` (ref, digest, revision): on the service, and on every task's container. */
    labels(entry, history) {
        const { ctx } = this;
        return (0,swarm_history/* deployLabels */.Vq)({ service: this.service, entry, history, deployedAt: ctx.deployedAt, deployedBy: ctx.actor.by, keep: ctx.spec.container.keepImages });
    }
    /** One line of the manager's audit log; a failure to write it is a warning only. */
    async audit(result, from, to) {
        try {
            await this.step((0,swarm_steps/* swarmAuditStep */._e)(this.service, { action: this.ctx.mode, result, from, to, by: this.ctx.actor.by }), host_deploy/* LIMITS */.b1.preflight);
        }
        catch (err) {
            this.record.warn(`writing the audit log failed: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /** The service left alone: it already runs the digest asked for. */
    async unchanged(state, previous, digest, why) {
        const { record } = this;
        record.report.outcome = 'unchanged';
        record.report.running = 'new';
        record.report.message = why;
        record.say(`unchanged: ${why}`);
        await this.audit('unchanged', previous, digest);
        return { exitCode: exit_codes/* EXIT */.d.ok, state, previous, digest };
    }
    async deploy() {
        const { ctx, swarm, record } = this;
        const spec = ctx.spec;
        const image = spec.container.image;
        const digest = image.digest;
        const pre = await this.open();
        if (!pre)
            return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: record.report.message, previous: '', digest };
        const exists = pre.values.service === '1';
        const previous = exists ? (0,swarm_state/* digestOf */.ol)(pre.values.image ?? '') : '';
        record.report.previousDigest = previous;
        if (exists && (pre.values.mode ?? 'replicated') !== swarm.mode) {
            throw (0,src_errors/* inputError */.Xu)('swarm_mode', `'${swarm.mode}' but service ${this.service} is ${pre.values.mode}`, `${pre.values.mode} (Swarm cannot change a service's mode; remove the service to change it)`);
        }
        for (const n of swarm.notes)
            record.note(n);
        const labels = this.labels({ ref: ctx.imageRef, digest, revision: ctx.revision ?? '', deployedAt: '' }, (0,swarm_history/* withCurrent */.ad)((0,swarm_history/* parseHistory */.i6)(pre.values.history ?? ''), pre.values.image ?? ''));
        const o = { swarm, container: spec.container, serviceLabels: labels.service, containerLabels: labels.container };
        const action = exists ? 'update' : 'create';
        const wanted = this.wanted(Number(pre.values.nodes ?? '1'));
        // Left alone when it already runs this digest, every task running, with these settings (the manager compares their hash).
        let skipSame = false;
        if (exists && previous === digest && !spec.force) {
            const now = await this.state();
            skipSame = (0,swarm_state/* allRunning */.p3)(now, digest, wanted) && !['updating', 'paused', 'rollback_started', 'rollback_paused'].includes(now.updateState);
        }
        const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
        const configText = JSON.stringify({ flags: (0,swarm_spec/* createFlags */.aA)({ ...o, serviceLabels: [], containerLabels: [] }), env: spec.container.env });
        return this.applyAndWait({
            action, ref: ctx.imageRef, flags: exists ? (0,swarm_spec/* updateFlags */.Vj)(o) : (0,swarm_spec/* createFlags */.aA)(o), env: spec.container.env, registry,
            network: spec.container.network, configText, skipSame, force: spec.force,
        }, { previous, digest, wanted, startedBefore: pre.values.update_started ?? '', what: `${action} service ${this.service}: ${ctx.imageRef}, ${swarm.mode === 'global' ? 'global' : `${swarm.replicas} replicas`}, ` +
                `${swarm.parallelism} at a time, ${swarm.order}, on failure ${swarm.failureAction}, monitor ${swarm.monitorSeconds} s` });
    }
    /** Applies the change, waits for Swarm's verdict, records it (report and audit log). */
    async applyAndWait(apply, w) {
        const { ctx, record } = this;
        const { previous, digest, wanted } = w;
        const exists = apply.action !== 'create';
        const started = ctx.clock.now();
        try {
            const out = await this.step((0,swarm_steps/* swarmApplyStep */.Vt)(this.service, apply), host_deploy/* LIMITS */.b1.create);
            if (out.values.unchanged === '1') {
                return this.unchanged(await this.state(), previous, digest, 'already runs this digest with these settings, every task running: left alone (force updates it)');
            }
        }
        catch (err) {
            record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            await this.audit('failed', previous, digest);
            return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: (0,src_errors/* errorMessage */.gJ)(err), previous, digest };
        }
        record.say(w.what);
        const wait = { digest, wanted, create: !exists, startedBefore: w.startedBefore };
        const r = await this.waitFor((s) => (0,swarm_state/* verdictOf */.Vj)(s, wait), this.deadlineSeconds(wanted), (v, s) => v === 'converged' && s.updateState !== 'completed');
        record.report.startSeconds = (ctx.clock.now() - started) / 1000;
        const verdict = r.verdict;
        const tasks = r.state ? (0,swarm_state/* currentTasks */.ao)(r.state) : [];
        switch (verdict) {
            case 'converged':
                record.succeeded('new');
                await this.audit('ok', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.ok, state: r.state, previous, digest };
            case 'rolled-back':
                record.rolledBack(`Swarm rolled the update back to ${(0,image_ref/* shortDigest */.VK)((0,swarm_state/* digestOf */.ol)(r.state?.image ?? ''))}: ${r.state?.updateMessage || 'update failed'}`);
                await this.audit('rolled-back', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: record.report.message, state: r.state, previous, digest };
            case 'paused':
                record.fail('failed', 'unknown', `the update paused (rollback ${ctx.spec.rollback ? 'paused too' : 'is off'}): ${r.state?.updateMessage || ''}`);
                await this.audit('paused', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
            default: {
                const errors = r.state ? [...new Set((0,swarm_state/* failedTasks */.Ox)(r.state, digest).map((t) => t.error).filter(Boolean))].join('; ') : '';
                if (!exists) {
                    const why = verdict === 'failing' ? 'the new service\'s tasks keep failing' : `the new service did not converge in ${this.deadlineSeconds(wanted)} s`;
                    try {
                        await this.step((0,swarm_steps/* swarmRemoveStep */.fT)(this.service), host_deploy/* LIMITS */.b1.restore);
                        record.fail('rolled back', 'previous', `${why}${errors ? `: ${errors}` : ''}; gantry removed the service it created`);
                        await this.audit('removed', previous, digest);
                        return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: record.report.message, state: r.state, previous, digest };
                    }
                    catch (err) {
                        record.fail('failed', 'unknown', `${why}; removing the service failed: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
                        await this.audit('failed', previous, digest);
                        return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
                    }
                }
                record.fail('failed', 'unknown', `the update did not finish in ${this.deadlineSeconds(wanted)} s (update state ${r.state?.updateState || 'none'}; ${tasks.length} task(s))${errors ? `: ${errors}` : ''}`);
                await this.audit('failed', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
            }
        }
    }
    async rollBack() {
        const { record } = this;
        const pre = await this.open();
        if (!pre)
            return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, previous: '', digest: '' };
        if (pre.values.service !== '1')
            throw (0,src_errors/* inputError */.Xu)('container_name', `no service ${this.service} on ${this.ctx.spec.hosts[0].label}`, 'the name of a swarm service gantry deployed');
        if (this.ctx.spec.rollbackTo)
            return this.rollBackTo(pre);
        if (!pre.values.previous_image)
            throw (0,src_errors/* inputError */.Xu)('container_name', `service ${this.service} has no previous spec to roll back to`, 'a service updated at least once');
        const from = (0,swarm_state/* digestOf */.ol)(pre.values.image ?? '');
        record.report.previousDigest = from;
        await this.step((0,swarm_steps/* swarmRollbackStep */.$b)(this.service), host_deploy/* LIMITS */.b1.create);
        record.say(`Swarm rolls ${this.service} back to ${pre.values.previous_image}`);
        const before = pre.values.update_started ?? '';
        const r = await this.waitFor((s) => (0,swarm_state/* rollbackVerdictOf */.j2)(s, before), this.deadlineSeconds(this.wanted(Number(pre.values.nodes ?? '1'))), () => false);
        const to = (0,swarm_state/* digestOf */.ol)(r.state?.image ?? '');
        if (r.verdict === 'done') {
            record.succeeded('new');
            await this.audit('ok', from, to);
            return { exitCode: exit_codes/* EXIT */.d.ok, state: r.state, previous: from, digest: to };
        }
        record.fail('failed', 'unknown', r.verdict === 'paused' ? `the rollback paused: ${r.state?.updateMessage ?? ''}` : 'the rollback did not finish in time');
        await this.audit(r.verdict === 'paused' ? 'paused' : 'failed', from, to);
        return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous: from, digest: to };
    }
    /**
     * rollback_to: an update of the image (and labels) to a version the service's history label
     * recorded; the rest of the spec stays as it is. Swarm rolls it like any update.
     */
    async rollBackTo(pre) {
        const { ctx, record } = this;
        const history = (0,swarm_history/* withCurrent */.ad)((0,swarm_history/* parseHistory */.i6)(pre.values.history ?? ''), pre.values.image ?? '');
        const entry = (0,swarm_history/* findVersion */.Am)(history, ctx.spec.rollbackTo, this.service);
        const from = (0,swarm_state/* digestOf */.ol)(pre.values.image ?? '');
        record.report.previousDigest = from;
        const wanted = this.wanted(Number(pre.values.nodes ?? '1'));
        if (entry.digest === from) {
            const now = await this.state();
            if ((0,swarm_state/* allRunning */.p3)(now, from, wanted))
                return this.unchanged(now, from, from, `already runs ${(0,swarm_history/* describeEntry */.OY)(entry)}: left alone`);
        }
        const labels = this.labels(entry, history);
        const flags = [...labels.service.map((l) => `--label-add=${l}`), ...labels.container.map((l) => `--container-label-add=${l}`)];
        const registry = ctx.spec.registry ? { server: registryOf(entry.ref), ...ctx.spec.registry } : undefined;
        return this.applyAndWait({ action: 'image', ref: entry.ref, flags, env: [], registry, force: ctx.spec.force }, {
            previous: from, digest: entry.digest, wanted, startedBefore: pre.values.update_started ?? '',
            what: `update service ${this.service} to ${entry.ref} (rollback_to ${ctx.spec.rollbackTo}: ${(0,swarm_history/* describeEntry */.OY)(entry)})`,
        });
    }
    /** The manager's line, then one line per task: node and task, state, digest, error. */
    rows(o) {
        const rows = [{ ...this.record.report, newDigest: o.digest }];
        const s = o.state;
        if (!s)
            return rows;
        // Failed tasks only when the deploy failed: Swarm keeps a few old ones per slot, maybe of this digest.
        const latest = [...(0,swarm_state/* currentTasks */.ao)(s), ...(o.exitCode === exit_codes/* EXIT */.d.ok ? [] : (0,swarm_state/* failedTasks */.Ox)(s, o.digest).slice(0, 10))];
        for (const t of latest) {
            const d = (0,swarm_state/* digestOf */.ol)(t.image);
            const onNew = t.state === 'running' && d === o.digest;
            rows.push({
                host: `${this.nodeOf(s, t)} ${this.taskName(t)}`,
                outcome: onNew ? 'ok' : t.state === 'running' ? 'rolled back' : 'failed',
                running: onNew ? 'new' : t.state === 'running' && d === o.previous ? 'previous' : 'unknown',
                previousDigest: o.previous,
                newDigest: d,
                message: `${t.desired === 'running' ? '' : `desired ${t.desired}, `}${t.state}${t.error ? `: ${t.error}` : ''}`,
            });
        }
        return rows;
    }
    async close() {
        try {
            if (this.lock)
                await this.lock.release();
        }
        catch (err) {
            this.record.warn(`releasing the lock failed: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
        }
        await this.conn?.close().catch(() => undefined);
    }
}
/** The registry of an image reference recorded in the history ('' when it does not parse). */
function registryOf(ref) {
    try {
        return (0,image_ref/* parseImageRef */.Q)(ref, 'rollback_to').registry;
    }
    catch {
        return '';
    }
}
/** The whole swarm deploy or rollback, as a rollout report whose exit code is Swarm's verdict. */
async function runSwarm(ctx, swarm) {
    const started = ctx.clock.now();
    const run = new SwarmRun(ctx, swarm);
    let outcome;
    try {
        outcome = ctx.mode === 'deploy' ? await run.deploy() : await run.rollBack();
    }
    finally {
        await run.close();
    }
    return {
        command: ctx.mode,
        service: ctx.spec.container.name,
        image: ctx.spec.container.image ? (0,image_ref/* formatImageRef */.kL)(ctx.spec.container.image) : undefined,
        batches: 1,
        stopped: outcome.exitCode === exit_codes/* EXIT */.d.ok ? undefined : outcome.why,
        seconds: (ctx.clock.now() - started) / 1000,
        exitCode: outcome.exitCode,
        hosts: run.rows(outcome),
    };
}

// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(65505);
// EXTERNAL MODULE: ./src/deploy/rollout-plan.ts
var rollout_plan = __webpack_require__(28231);
;// CONCATENATED MODULE: ./src/deploy/rollout.ts












function connector(spec, key, reporter) {
    return async (target) => {
        const debug = (m) => reporter.debug(m);
        if (target.local)
            return { connection: new local_connection/* LocalConnection */.A(debug) };
        if (!key)
            throw new Error('no SSH private key');
        // The SSH client is loaded by the first host that needs it: none for the host `local`.
        const { connectSsh } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(318), __webpack_require__.e(423)]).then(__webpack_require__.bind(__webpack_require__, 93423));
        const session = await connectSsh({
            target, key, pins: (0,known_hosts/* pinsFor */.G)(spec.knownHosts, target.host, target.port), jump: spec.jump && { target: spec.jump, pins: (0,known_hosts/* pinsFor */.G)(spec.knownHosts, spec.jump.host, spec.jump.port) }, policy: spec.hostKeyPolicy,
            readyTimeoutSeconds: host_deploy/* LIMITS */.b1.connect, debug,
        });
        const jv = session.jumpVerdict;
        if (jv?.how === 'accept-new') {
            reporter.warn(`${target.label}: reached through the jump host ${spec.jump.label}, whose key is not in known_hosts (ssh_host_key_policy accept-new): ${jv.keyType} ${jv.fingerprint}; pin it with: ${jv.knownHostsLine}`);
        }
        else if (jv)
            debug(`${target.label}: through the jump host ${spec.jump.label}, host key ${jv.keyType} ${jv.fingerprint} matches the pin`);
        return session;
    };
}
/** Each deploy_target's per-host run. */
function hostRun(t, ctx) {
    switch (ctx.spec.target) {
        case 'binary':
            return new BinaryHostRun(t, ctx);
        case 'container':
            return new host_deploy/* HostRun */.wB(t, ctx);
        case 'swarm':
            throw new Error('deploy_target swarm runs through its one manager (runSwarm), not per host');
    }
}
/**
 * Runs a rollout: batches in order, the hosts of a batch at once. Once failures exceed
 * max_failures, the hosts not reached are skipped and (with rollback on) every host switched in
 * this run goes back, batch by batch in reverse, so the fleet ends on one version.
 * Locks are held on every host until the run ends.
 */
async function runRollout(o) {
    const { spec, reporter } = o;
    const image = spec.container.image;
    if (spec.target !== 'binary' && o.mode === 'deploy' && !image?.digest) {
        throw new Error(`deploy of ${image ? (0,image_ref/* formatImageRef */.kL)(image) : 'no image'}: the image must be pinned to a digest before any host runs`);
    }
    const clock = o.clock ?? systemClock;
    const started = clock.now();
    const ctx = {
        mode: o.mode,
        spec,
        actor: o.actor,
        reporter,
        deployedAt: (o.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        imageRef: o.mode === 'deploy' && image ? (0,image_ref/* formatImageRef */.kL)(image) : '',
        revision: o.revision ?? '',
        connect: o.connect ?? connector(spec, o.key, reporter),
        clock,
        isAlive: o.isAlive ?? host_lock/* pidAlive */.p,
    };
    if (spec.target === 'swarm')
        return runSwarm(ctx, spec.swarm);
    const runs = spec.hosts.map((t) => hostRun(t, ctx));
    const batches = (0,rollout_plan/* planBatches */.un)(runs, spec.batchSize);
    let failures = 0;
    let stopped;
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
            const missing = (await Promise.all(runs.map(async (r) => ({ r, why: await (r.resolveRollbackTo?.() ?? Promise.resolve(undefined)).catch((err) => String(err)) }))))
                .filter((x) => x.why !== undefined);
            if (missing.length > 0) {
                throw (0,src_errors/* inputError */.Xu)('rollback_to', missing.map((x) => `${x.r.target.label}: ${x.why}`).join(' / '), 'a digest, tag or revision that every host keeps (status lists them)');
            }
        }
        for (const [i, batch] of batches.entries()) {
            if (stopped) {
                for (const r of batch)
                    r.skip(`not started: ${stopped}`);
                continue;
            }
            if (i > 0 && spec.batchWait > 0) {
                reporter.info(`waiting batch_wait ${spec.batchWait} s before the next batch`);
                await clock.sleep(spec.batchWait * 1000);
            }
            reporter.info(`batch ${i + 1}/${batches.length}: ${batch.map((r) => r.target.label).join(', ')}`);
            await Promise.all(batch.map((r) => (o.mode === 'deploy' ? r.deploy() : r.rollBack()).catch((err) => r.crashed(err))));
            failures += batch.filter((r) => !(0,report/* succeeded */.gq)(r.report)).length;
            if ((0,rollout_plan/* mustStop */.Oe)(failures, spec.maxFailures)) {
                stopped = `${failures} host(s) failed, more than max_failures ${spec.maxFailuresText}${spec.maxFailuresText.endsWith('%') ? ` (${spec.maxFailures} of ${runs.length})` : ''}`;
                reporter.warn(`rollout stopped: ${stopped}`);
            }
        }
        if (stopped && spec.rollback) {
            const done = batches.map((b) => b.filter((r) => r.report.outcome === 'ok')).filter((b) => b.length > 0).reverse();
            for (const batch of done)
                await Promise.all(batch.map((r) => r.undo(`rollout stopped: ${stopped}`).catch((err) => r.crashed(err))));
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
            service: spec.container.name,
            image: image ? (0,image_ref/* formatImageRef */.kL)(image) : spec.binary?.version || undefined,
            batches: batches.length,
            stopped,
            seconds: (clock.now() - started) / 1000,
            exitCode: hookFailed ? exit_codes/* EXIT */.d.failed : (0,report/* rolloutExitCode */.hn)(hosts),
            hosts,
        };
    }
}


/***/ }),

/***/ 57201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ findVersion),
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   Vq: () => (/* binding */ deployLabels),
/* harmony export */   ad: () => (/* binding */ withCurrent),
/* harmony export */   i6: () => (/* binding */ parseHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_LABEL, HISTORY_MAX, formatHistory, recordDeploy */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37206);
/* harmony import */ var _swarm_state__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86644);
/**
 * deploy_target swarm: the versions a service ran, newest first, kept in its own label
 * dev.gantry.history (Swarm keeps one previous spec; this is what rollback_to chooses from), and
 * the lookup of rollback_to among them (pure: no I/O). An entry is `REF|REVISION|DEPLOYED_AT`,
 * entries separated by spaces: refs hold no spaces or bars, and revision and time are reduced
 * to safe characters before they are recorded.
 */



const HISTORY_LABEL = 'dev.gantry.history';
/** The most entries a label keeps, whatever keep_images says. */
const HISTORY_MAX = 20;
const safe = (s) => s.replace(/[^A-Za-z0-9._+:-]/g, '').slice(0, 80);
function parseHistory(label) {
    return label.split(' ').filter(Boolean).map((e) => {
        const [ref = '', revision = '', deployedAt = ''] = e.split('|');
        return { ref, digest: (0,_swarm_state__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(ref), revision, deployedAt };
    }).filter((e) => /^sha256:[0-9a-f]{64}$/.test(e.digest));
}
function formatHistory(entries) {
    return entries.map((e) => `${e.ref}|${safe(e.revision)}|${safe(e.deployedAt)}`).join(' ');
}
/** The history after deploying `entry`: it first, an older entry of its digest dropped, at most `keep` entries. */
function recordDeploy(history, entry, keep) {
    const bound = Math.min(HISTORY_MAX, Math.max(2, Math.floor(keep) + 1));
    return [entry, ...history.filter((e) => e.digest !== entry.digest)].slice(0, bound);
}
/** One line per version, for messages and status: short digest, revision, when. */
function describeEntry(e) {
    return `${(0,_image_ref__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(e.digest)}${e.revision ? ` revision ${e.revision}` : ''}${e.deployedAt ? ` deployed ${e.deployedAt}` : ''}`;
}
function tagOf(ref) {
    const name = ref.slice(0, ref.indexOf('@') < 0 ? ref.length : ref.indexOf('@'));
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(colon + 1) : '';
}
/**
 * The entry rollback_to names: a digest (sha256:..., or 12+ of its first hex digits), a
 * revision, or a tag; refused in one line listing the versions the service recorded.
 */
function findVersion(history, want, service) {
    const hex = want.replace(/^sha256:/, '');
    const byDigest = /^[0-9a-f]{12,64}$/.test(hex) ? history.filter((e) => e.digest.slice(7).startsWith(hex)) : [];
    const found = byDigest.length > 0 ? byDigest : history.filter((e) => (e.revision !== '' && e.revision === want) || tagOf(e.ref) === want);
    if (found.length > 0 && new Set(found.map((e) => e.digest)).size === 1)
        return found[0];
    const known = history.map(describeEntry).join('; ') || 'none';
    if (found.length > 1)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('rollback_to', `'${want}' matches several versions of service ${service}: ${found.map(describeEntry).join('; ')}`, 'a longer digest');
    throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('rollback_to', `'${want}' is not among the versions service ${service} recorded: ${known}`, 'one of those, as a digest, revision or tag (status lists them)');
}
/** The history with the version the service runs now in it (a service deployed before history was kept has none). */
function withCurrent(history, image) {
    const digest = (0,_swarm_state__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(image);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest) || history.some((e) => e.digest === digest) || /[\s|]/.test(image))
        return [...history];
    return [{ ref: image, digest, revision: '', deployedAt: '' }, ...history];
}
/** The labels of a deploy: on the service (who, when, which version, the history), and on every task's container. */
function deployLabels(o) {
    const next = recordDeploy(o.history, { ...o.entry, deployedAt: o.deployedAt }, o.keep);
    return {
        service: [
            `dev.gantry.service=${o.service}`,
            `dev.gantry.image=${o.entry.ref}`,
            `dev.gantry.image-digest=${o.entry.digest}`,
            `dev.gantry.revision=${o.entry.revision}`,
            `dev.gantry.deployed-at=${o.deployedAt}`,
            `dev.gantry.deployed-by=${o.deployedBy.replace(/[\r\n]/g, ' ')}`,
            `${HISTORY_LABEL}=${formatHistory(next)}`,
        ],
        container: [`dev.gantry.service=${o.service}`, `dev.gantry.image-digest=${o.entry.digest}`],
    };
}


/***/ }),

/***/ 3018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ updateFlags),
/* harmony export */   aA: () => (/* binding */ createFlags),
/* harmony export */   yO: () => (/* binding */ swarmSpec)
/* harmony export */ });
/* unused harmony exports mountOf, publishOf, failureRatio */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

// Names the docker CLI reads from its own environment: an env key of the service must not be one.
const CLI_ENV_RE = /^(DOCKER_.*|PATH|HOME|(HTTP|HTTPS|NO|ALL)_PROXY)$/i;
/** The swarm part of a deploy spec; refuses bad input in one line naming the input. */
function swarmSpec(inputs, container, hostCount) {
    if (hostCount !== 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('hosts', `names ${hostCount} hosts and deploy_target is swarm`, 'exactly one swarm manager ([user@]host[:port], or local)');
    }
    if (!Number.isInteger(inputs.replicas) || inputs.replicas < 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('replicas', `'${inputs.replicas}' is not a count of tasks`, 'a count of at least 1');
    }
    const mode = inputs.swarm_mode;
    if (mode !== 'replicated' && mode !== 'global')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('swarm_mode', `'${inputs.swarm_mode}' is not a swarm mode`, 'replicated or global');
    const publishMode = inputs.publish_mode;
    if (publishMode !== 'ingress' && publishMode !== 'host')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('publish_mode', `'${inputs.publish_mode}' is not a publish mode`, 'ingress or host');
    for (const p of container.ports) {
        if (!/^\d+:\d+(\/(tcp|udp|sctp))?$/.test(p)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('ports', `'${p}' binds an address, which a swarm service cannot`, 'host_port:container_port[/tcp|udp] entries');
        }
    }
    if (container.network === 'none' || container.network.startsWith('container:')) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('network', `'${container.network}' is not a network a swarm service can join`, 'empty, host, or the name of a swarm-scoped (overlay) network');
    }
    for (const [k] of container.env) {
        if (CLI_ENV_RE.test(k))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('env', `${k} is read by the docker CLI that creates the service`, 'keys other than DOCKER_*, PATH, HOME and *_PROXY with deploy_target swarm');
    }
    const notes = [];
    const hostPorts = publishMode === 'host' && container.ports.length > 0;
    if (hostPorts)
        notes.push('ports published in host mode: a node cannot run two tasks on one port, so each task is stopped before its replacement starts (update order stop-first)');
    const replicas = mode === 'global' ? 0 : inputs.replicas;
    const batch = inputs.batch_size.trim();
    const parallelism = batch.endsWith('%')
        ? Math.max(1, Math.ceil((Number(batch.slice(0, -1)) / 100) * Math.max(1, replicas || 1)))
        : Number(batch);
    if (!Number.isInteger(parallelism) || parallelism < 1)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('batch_size', `'${batch}' is not a batch size`, 'a count such as 2 or a percentage such as 50%');
    const restart = /^on-failure(?::(\d+))?$/.exec(container.restart);
    return {
        mode,
        replicas: inputs.replicas,
        publishMode,
        order: hostPorts ? 'stop-first' : 'start-first',
        failureAction: inputs.rollback ? 'rollback' : 'pause',
        parallelism,
        maxFailureRatio: failureRatio(inputs.max_failures, replicas),
        monitorSeconds: container.healthTimeout,
        restartCondition: restart ? 'on-failure' : container.restart === 'no' ? 'none' : 'any',
        restartMaxAttempts: restart?.[1] ? Number(restart[1]) : 0,
        notes,
    };
}
/** A docker run -v entry as a --mount value: a named volume, or a bind of an absolute host path. */
function mountOf(volume) {
    const [source, target, options = ''] = volume.split(':');
    const type = source.startsWith('/') ? 'bind' : 'volume';
    const readonly = options.split(',').includes('ro') ? ',readonly' : '';
    return `type=${type},source=${source},target=${target}${readonly}`;
}
/** A host_port:container_port[/proto] entry as a --publish value in the given mode. */
function publishOf(port, mode) {
    const m = /^(\d+):(\d+)(?:\/(tcp|udp|sctp))?$/.exec(port);
    if (!m)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('ports', `'${port}' is not host_port:container_port`, 'host_port:container_port[/tcp|udp] entries');
    return `mode=${mode},published=${m[1]},target=${m[2]},protocol=${m[3] ?? 'tcp'}`;
}
/** Update and rollback settings, restart policy and replicas: the same for create and update. */
function policyFlags(o, create) {
    const s = o.swarm;
    const f = [
        `--update-parallelism=${s.parallelism}`,
        `--update-order=${s.order}`,
        `--update-failure-action=${s.failureAction}`,
        `--update-monitor=${s.monitorSeconds}s`,
        `--update-max-failure-ratio=${s.maxFailureRatio}`,
        `--update-delay=0s`,
        `--rollback-parallelism=${s.parallelism}`,
        `--rollback-order=${s.order}`,
        `--rollback-monitor=${s.monitorSeconds}s`,
        `--rollback-failure-action=pause`,
        `--restart-condition=${s.restartCondition}`,
        `--restart-max-attempts=${s.restartMaxAttempts}`,
    ];
    if (s.mode === 'replicated')
        f.push(`--replicas=${s.replicas}`);
    else if (create)
        f.push('--mode=global');
    return f;
}
/** Flags of docker service create (the image and the env keys are added by the step). */
function createFlags(o) {
    const f = policyFlags(o, true);
    for (const l of o.serviceLabels)
        f.push(`--label=${l}`);
    for (const l of o.containerLabels)
        f.push(`--container-label=${l}`);
    for (const p of o.container.ports)
        f.push(`--publish=${publishOf(p, o.swarm.publishMode)}`);
    for (const v of o.container.volumes)
        f.push(`--mount=${mountOf(v)}`);
    if (o.container.network)
        f.push(`--network=${o.container.network}`);
    return f;
}
/**
 * Flags of docker service update. The step removes what the current spec publishes and mounts
 * (and its env keys) before these add the wanted ones, so the spec ends as the inputs say.
 */
function updateFlags(o) {
    const f = policyFlags(o, false);
    for (const l of o.serviceLabels)
        f.push(`--label-add=${l}`);
    for (const l of o.containerLabels)
        f.push(`--container-label-add=${l}`);
    for (const p of o.container.ports)
        f.push(`--publish-add=${publishOf(p, o.swarm.publishMode)}`);
    for (const v of o.container.volumes)
        f.push(`--mount-add=${mountOf(v)}`);
    return f;
}
/**
 * max_failures as Swarm's max failure ratio: a percentage as it is; a count of the replicas
 * (global mode has no fixed count: a count there is taken of ten tasks).
 */
function failureRatio(maxFailures, replicas) {
    const text = maxFailures.trim();
    const m = /^([0-9]+)(%?)$/.exec(text);
    if (!m)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('max_failures', `'${text}' is not valid`, 'a whole number such as 1 or a percentage such as 10%');
    const n = Number(m[1]);
    if (m[2])
        return Math.min(1, n / 100);
    if (n === 0)
        return 0;
    return Math.min(1, n / (replicas > 0 ? replicas : 10));
}


/***/ }),

/***/ 86644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ nodeOf),
/* harmony export */   Ox: () => (/* binding */ failedTasks),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   ao: () => (/* binding */ currentTasks),
/* harmony export */   j2: () => (/* binding */ rollbackVerdictOf),
/* harmony export */   lg: () => (/* binding */ parseSwarmState),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   p3: () => (/* binding */ allRunning),
/* harmony export */   p5: () => (/* binding */ taskName)
/* harmony export */ });
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28032);
/**
 * deploy_target swarm: what the manager said about the service (swarm-state.sh's lines), and what
 * that means for the deploy gantry waits on (pure: no I/O). Decisions read Swarm's UpdateStatus
 * and the tasks' states, never the CLI's progress text.
 */

function parseSwarmState(out) {
    const v = out.values;
    const nodes = new Map();
    for (const line of (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .listValues */ .Du)(out, 'node')) {
        const [id, addr] = line.split('|');
        nodes.set(id, addr ?? '');
    }
    const tasks = (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .listValues */ .Du)(out, 'task').map((line) => {
        const parts = line.split('|');
        return {
            id: parts[0] ?? '', slot: parts[1] ?? '', nodeId: parts[2] ?? '', desired: parts[3] ?? '', state: parts[4] ?? '',
            image: parts[5] ?? '', error: parts.slice(6).join('|'),
        };
    });
    return {
        exists: v.service === '1',
        image: v.image ?? '',
        previousImage: v.previous_image ?? '',
        updateState: v.update_state ?? '',
        updateStarted: v.update_started ?? '',
        updateMessage: v.update_message ?? '',
        nodes,
        tasks,
    };
}
/** The digest of an image reference (repo@sha256:...), '' when it has none. */
function digestOf(image) {
    const at = image.lastIndexOf('@');
    return at >= 0 ? image.slice(at + 1) : '';
}
/** The tasks Swarm wants running now (one per slot, or per node in global mode). */
function currentTasks(s) {
    return s.tasks.filter((t) => t.desired === 'running');
}
/** Tasks of this digest that failed or were rejected: what a crashing image leaves behind. */
function failedTasks(s, digest) {
    return s.tasks.filter((t) => (t.state === 'failed' || t.state === 'rejected') && digestOf(t.image) === digest);
}
/** Every current task runs this digest, and there are as many as wanted (at least one). */
function allRunning(s, digest, wanted) {
    const cur = currentTasks(s);
    return cur.length >= Math.max(1, wanted) && cur.every((t) => t.state === 'running' && digestOf(t.image) === digest);
}
/** What the service's state says about the deploy gantry started. */
function verdictOf(s, w) {
    if (!s.exists)
        return 'failing';
    if (w.create) {
        if (allRunning(s, w.digest, w.wanted))
            return 'converged';
        return failedTasks(s, w.digest).length >= Math.max(2, w.wanted) ? 'failing' : 'waiting';
    }
    const ours = s.updateStarted !== '' && s.updateStarted !== w.startedBefore;
    if (ours) {
        switch (s.updateState) {
            case 'rollback_completed':
                return 'rolled-back';
            case 'paused':
            case 'rollback_paused':
                return 'paused';
            case 'completed':
                return allRunning(s, w.digest, w.wanted) ? 'converged' : 'waiting';
            default:
                return 'waiting';
        }
    }
    // No update started (yet, or at all: the task spec did not change).
    return allRunning(s, w.digest, w.wanted) && digestOf(s.image) === w.digest ? 'converged' : 'waiting';
}
/** What Swarm's own rollback (gantry rollback) has come to. */
function rollbackVerdictOf(s, startedBefore) {
    if (s.updateStarted === startedBefore)
        return 'waiting';
    if (s.updateState === 'rollback_completed')
        return 'done';
    if (s.updateState === 'rollback_paused' || s.updateState === 'paused')
        return 'paused';
    return 'waiting';
}
/** A task as Swarm names it: service.slot (or the node in global mode), then its id. */
function taskName(service, t) {
    return `${service}.${t.slot !== '0' && t.slot ? t.slot : t.nodeId.slice(0, 12)}.${t.id.slice(0, 12)}`;
}
/** The task's node by address (its id when the node is gone; unassigned before scheduling). */
function nodeOf(s, t) {
    return s.nodes.get(t.nodeId) || t.nodeId.slice(0, 12) || 'unassigned';
}


/***/ }),

/***/ 21458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ swarmRollbackStep),
/* harmony export */   K9: () => (/* binding */ swarmLogsStep),
/* harmony export */   S0: () => (/* binding */ swarmPreflightStep),
/* harmony export */   Vt: () => (/* binding */ swarmApplyStep),
/* harmony export */   _e: () => (/* binding */ swarmAuditStep),
/* harmony export */   fT: () => (/* binding */ swarmRemoveStep),
/* harmony export */   iT: () => (/* binding */ swarmStateStep),
/* harmony export */   nY: () => (/* binding */ swarmStatusStep)
/* harmony export */ });
/* harmony import */ var _remote_steps__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28032);
/**
 * deploy_target swarm: the steps run on the manager (src/deploy/steps/swarm-*.sh), rendered from
 * plain data like every other step (values as quoted assignments, secrets on stdin).
 */

/** preflight.sh's docker checks, then the node is an active manager and no plain container of the name runs there. */
function swarmPreflightStep(service) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-preflight', service, { NEEDS_HTTP_CLIENT: 0 }, { libs: ['lib', 'preflight'] });
}
/** Creates or updates the service, detached; env values and the password only on stdin. */
function swarmApplyStep(service, o) {
    const r = o.registry;
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-apply', service, {
        ACTION: o.action,
        REF: o.ref,
        FLAGS: o.flags,
        ENV_KEYS: o.env.map(([k]) => k),
        NETWORK: o.network ?? '',
        FORCE: o.force ? 1 : 0,
        SKIP_SAME: o.skipSame ? 1 : 0,
        LOGIN: r ? 1 : 0,
        REGISTRY_SERVER: r?.server ?? '',
        REGISTRY_USER: r?.username ?? '',
        LOGIN_SERVER: r && r.server !== 'docker.io' ? r.server : '',
    }, { secrets: [r?.password ?? '', o.env.map(([k, v]) => `${k}=${v}`).join('\n'), o.configText ?? ''] });
}
/** The service's spec image, update status, nodes and tasks. */
function swarmStateStep(service) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-state', service, {});
}
function swarmRemoveStep(service) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-remove', service, {});
}
function swarmRollbackStep(service) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-rollback', service, {});
}
/** One line of the manager's audit log (~/.gantry/audit.log), read by `audit`. */
function swarmAuditStep(service, a) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-audit', service, { AUDIT_ACTION: a.action, AUDIT_RESULT: a.result, AUDIT_FROM: a.from, AUDIT_TO: a.to }, { by: a.by });
}
/** status: swarm-state.sh's lines, then the service's mode and gantry's labels on it. */
function swarmStatusStep(service) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-status', service, {}, { libs: ['lib', 'swarm-state'] });
}
/** logs: docker service logs (every task, prefixed with its task and node), since, tail, grep. */
function swarmLogsStep(service, o) {
    return (0,_remote_steps__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('swarm-logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep });
}


/***/ }),

/***/ 71243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   SV: () => (/* binding */ readGitFacts),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports publicRemote, ciCommitTime */
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39023);
/* harmony import */ var util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




const run = (0,util__WEBPACK_IMPORTED_MODULE_1__.promisify)(child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', ['-C', cwd, ...args], { timeout: 15000 });
        return stdout.trim();
    }
    catch {
        return '';
    }
}
/** Strips user:password@ from a remote URL so the source label never carries credentials. */
function publicRemote(url) {
    return url.replace(/^(https?:\/\/)[^@/]+@/, '$1');
}
/** GitLab's CI_COMMIT_TIMESTAMP (ISO 8601) in unix seconds; anything else is refused, not dropped. */
function ciCommitTime(text) {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
    const ms = iso.test(text.trim()) ? Date.parse(text.trim()) : NaN;
    if (!Number.isFinite(ms)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`variable CI_COMMIT_TIMESTAMP: '${text}' is not a time ({commit_time} and the image's creation time come from it outside a git checkout); expected an ISO 8601 time such as 2024-12-24T00:26:40Z, as GitLab sets it`);
    }
    return Math.floor(ms / 1000);
}
/**
 * Facts about the commit in `dir`, from git where it can, else from the CI's variables
 * (shallow or detached checkouts, or a context that is not a checkout at all).
 */
async function readGitFacts(dir, env) {
    // Five small git processes at once: each is mostly process start-up.
    const [head, time, exactTag, symbolic, remote] = await Promise.all([
        git(dir, ['rev-parse', 'HEAD']),
        git(dir, ['show', '-s', '--format=%ct', 'HEAD']),
        git(dir, ['describe', '--tags', '--exact-match', 'HEAD']),
        git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']),
        git(dir, ['config', '--get', 'remote.origin.url']),
    ]);
    const sha = head || env.CI_COMMIT_SHA || env.GITHUB_SHA || '';
    let commitTime = Number(time) || 0;
    if (!commitTime && env.CI_COMMIT_TIMESTAMP)
        commitTime = ciCommitTime(env.CI_COMMIT_TIMESTAMP);
    const githubRef = env.GITHUB_REF ?? '';
    const tag = exactTag || env.CI_COMMIT_TAG || (githubRef.startsWith('refs/tags/') ? githubRef.slice('refs/tags/'.length) : '');
    let branch = symbolic;
    if (!branch)
        branch = env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || env.GITHUB_HEAD_REF || (githubRef.startsWith('refs/heads/') ? githubRef.slice(11) : '');
    if (branch === tag)
        branch = '';
    let source = publicRemote(remote);
    if (!source && env.CI_PROJECT_URL)
        source = env.CI_PROJECT_URL;
    if (!source && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
        source = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
    return { sha, commitTime, tag, branch, source };
}
async function gitStrict(cwd, args) {
    try {
        const { stdout } = await run('git', ['-C', cwd, ...args], { timeout: 30000, maxBuffer: 64 * 1024 * 1024 });
        return stdout;
    }
    catch (err) {
        const stderr = err.stderr ?? '';
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input 'only_changed': git ${args.join(' ')} failed in ${cwd}: ${stderr.trim().split('\n')[0] || err.message}; expected a revision this checkout has (fetch enough history, e.g. fetch-depth: 0)`);
    }
}
/**
 * The repository root and every path changed since `revision`: committed since it, changed in
 * the work tree, or untracked (not ignored).
 */
async function changedPaths(dir, revision) {
    const root = (await gitStrict(dir, ['rev-parse', '--show-toplevel'])).trim();
    await gitStrict(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    const diff = await gitStrict(root, ['diff', '--name-only', '-z', revision, '--']);
    const untracked = await gitStrict(root, ['ls-files', '--others', '--exclude-standard', '-z']);
    const paths = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
    return { root, paths: [...new Set(paths)] };
}
/** A folder or file as the repository sees it: relative to its root, forward slashes. */
function repoRelative(root, p) {
    const rel = path__WEBPACK_IMPORTED_MODULE_2__.relative(root, path__WEBPACK_IMPORTED_MODULE_2__.resolve(p)).split(path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    return rel === '' ? '' : rel;
}


/***/ }),

/***/ 44529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ binaryFileName),
/* harmony export */   m: () => (/* binding */ imageProgram)
/* harmony export */ });
/** Names of binaries, in an image and in binaries_dir: pure, for the build, the deploy and the SBOM alike. */
/** Where a binary goes: NAME-OS-ARCH, under the service's folder when several services are built. */
function binaryFileName(binaryName, os, arch, service = '') {
    const file = `${binaryName}-${os}-${arch}${os === 'windows' ? '.exe' : ''}`;
    return service ? `${service}/${file}` : file;
}
/** The path of the program an image runs: its entrypoint's first word, else its command's. */
function imageProgram(config) {
    const first = (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v.split(/\s+/)[0] : undefined);
    const program = first(config.Entrypoint) || first(config.Cmd) || '';
    return program.startsWith('/') ? program : '';
}


/***/ }),

/***/ 24690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   sZ: () => (/* binding */ manifestList)
/* harmony export */ });
/* unused harmony exports sha256Digest, parseChallenge */
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
    async origin() {
        if (this.base)
            return this.base;
        const schemes = this.insecure ? ['https', 'http'] : ['https'];
        let last;
        for (const scheme of schemes) {
            try {
                this.debug(`registry: GET ${scheme}://${this.registry}/v2/`);
                await fetch(`${scheme}://${this.registry}/v2/`, { signal: AbortSignal.timeout(15000) });
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused a token for ${scope} (HTTP ${res.status}); check registry_username and registry_password`);
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
    async putBlob(repo, body, checked = false) {
        const digest = sha256Digest(body);
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
            return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused ${method} of ${repo}:${ref} (HTTP ${res.status}); check registry_username and registry_password`);
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


/***/ }),

/***/ 53412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   hi: () => (/* binding */ shq)
/* harmony export */ });
/** Single-quotes a value for POSIX shells, embedded quotes closed and escaped. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** Like shellQuote, but leaves a value of plain characters bare (easier to read in logs). */
function shq(value) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value))
        return value;
    return shellQuote(value);
}
/** Makes a value safe for one line of a key=value record (no newlines, no control characters). */
function oneLine(value) {
    return value.replace(/[\r\n\t\x00-\x1f]+/g, ' ').trim();
}


/***/ })

};
;