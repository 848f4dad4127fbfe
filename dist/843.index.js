"use strict";
exports.id = 843;
exports.ids = [843];
exports.modules = {

/***/ 71243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   SV: () => (/* binding */ readGitFacts),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports publicRemote, ciCommitTime */
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _process_run_process__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25820);



/** git with the given environment; it never asks for credentials on a terminal (it fails instead). */
function runGit(cwd, args, env) {
    return (0,_process_run_process__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R)('git', ['-C', cwd, ...args], { env: { ...env, GIT_TERMINAL_PROMPT: '0' } });
}
/** A fact git may not have (not a checkout, no tag...): '' then. */
async function git(cwd, args, env) {
    try {
        const r = await runGit(cwd, args, env);
        return r.code === 0 ? r.stdout.trim() : '';
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`variable CI_COMMIT_TIMESTAMP: '${text}' is not a time ({commit_time} and the image's creation time come from it outside a git checkout); expected an ISO 8601 time such as 2024-12-24T00:26:40Z, as GitLab sets it`);
    }
    return Math.floor(ms / 1000);
}
/**
 * Facts about the commit in `dir`, from git where it can, else from the CI's variables
 * (shallow or detached checkouts, or a context that is not a checkout at all).
 */
async function readGitFacts(dir, env) {
    // Four small git processes at once: each is mostly process start-up (forking Node costs 20-30 ms).
    const [commit, exactTag, symbolic, remote] = await Promise.all([
        git(dir, ['show', '-s', '--format=%H%n%ct', 'HEAD'], env),
        git(dir, ['describe', '--tags', '--exact-match', 'HEAD'], env),
        git(dir, ['symbolic-ref', '--short', '-q', 'HEAD'], env),
        git(dir, ['config', '--get', 'remote.origin.url'], env),
    ]);
    const [head = '', time = ''] = commit.split('\n');
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
async function gitStrict(cwd, args, env) {
    let r;
    try {
        r = await runGit(cwd, args, env);
    }
    catch (err) {
        r = { code: -1, stdout: '', stderr: err.message };
    }
    if (r.code === 0)
        return r.stdout;
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'only_changed': git ${args.join(' ')} failed in ${cwd}: ${r.stderr.trim().split('\n')[0] || `exit code ${r.code}`}; expected a revision this checkout has (fetch enough history, e.g. fetch-depth: 0)`);
}
/**
 * The repository root and every path changed since `revision`: committed since it, changed in
 * the work tree, or untracked (not ignored).
 */
async function changedPaths(dir, revision, env) {
    const root = (await gitStrict(dir, ['rev-parse', '--show-toplevel'], env)).trim();
    // --quiet leaves git's stderr empty: without this, the message was the whole command line.
    await gitStrict(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], env).catch(() => {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'only_changed': '${revision}' is not a commit of the repository at ${root}; expected a revision this checkout has (fetch enough history, e.g. fetch-depth: 0)`);
    });
    const diff = await gitStrict(root, ['diff', '--name-only', '-z', revision, '--'], env);
    const untracked = await gitStrict(root, ['ls-files', '--others', '--exclude-standard', '-z'], env);
    const paths = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
    return { root, paths: [...new Set(paths)] };
}
/** A folder or file as the repository sees it: relative to its root, forward slashes. */
function repoRelative(root, p) {
    const rel = path__WEBPACK_IMPORTED_MODULE_0__.relative(root, path__WEBPACK_IMPORTED_MODULE_0__.resolve(p)).split(path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return rel === '' ? '' : rel;
}


/***/ }),

/***/ 93391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r2: () => (/* binding */ chooseBuildPath),
/* harmony export */   y3: () => (/* binding */ buildPathLine)
/* harmony export */ });
/* unused harmony export needsBuildKit */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** What only BuildKit gives a build of this spec (the input asking for it), or null when the direct path can build it. */
function needsBuildKit(spec, vendored) {
    if (spec.dockerfile)
        return { input: 'dockerfile', what: 'your own Dockerfile is built by BuildKit' };
    if (spec.secrets.refs.length) {
        const inputs = [...new Set(spec.secrets.refs.map((r) => ('env' in r.from ? 'secret_envs' : 'file' in r.from ? 'secret_files' : 'netrc')))];
        return { input: inputs[0], what: `build secrets (${inputs.join(', ')}) are mounted by BuildKit` };
    }
    if (spec.secrets.ssh.length)
        return { input: 'ssh', what: 'SSH forwarding (ssh) goes through BuildKit' };
    if (spec.secrets.goprivate.length && !vendored)
        return { input: 'goprivate', what: 'private modules (goprivate) are fetched in BuildKit with their credentials mounted' };
    return null;
}
/** The path a build takes; `build_mode: direct` with a build only BuildKit can do is refused in one line. */
function chooseBuildPath(spec, vendored) {
    const blocker = needsBuildKit(spec, vendored);
    if (spec.buildMode === 'buildkit')
        return { path: 'buildkit', why: 'build_mode is buildkit' };
    if (blocker) {
        if (spec.buildMode === 'direct') {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('build_mode', `is direct but ${blocker.what} (input '${blocker.input}')`, `auto or buildkit, or a build without ${blocker.input}`);
        }
        return { path: 'buildkit', why: blocker.what };
    }
    return { path: 'direct', why: spec.buildMode === 'direct' ? 'build_mode is direct' : 'generated Dockerfile, no build secrets, SSH or private modules' };
}
function buildPathLine(c) {
    return c.path === 'direct' ? `build path: direct (${c.why})` : `build path: buildkit (because ${c.why})`;
}


/***/ }),

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ builderLine),
/* harmony export */   Z7: () => (/* binding */ chooseBuilder),
/* harmony export */   xw: () => (/* binding */ needsContainer)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _plan_platforms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41685);


/** What only the container path gives a build of this spec (the input asking for it), or null. */
function needsContainer(spec, native, vendored) {
    if (spec.buildMode !== 'auto')
        return { input: 'build_mode', what: `build_mode ${spec.buildMode} names a container path` };
    if (spec.dockerfile)
        return { input: 'dockerfile', what: 'your own Dockerfile is built by the engine' };
    if (spec.secrets.refs.length)
        return { input: 'secret_envs', what: 'build secrets are mounted by BuildKit (never landing in the image)' };
    if (spec.secrets.ssh.length)
        return { input: 'ssh', what: 'SSH forwarding goes through BuildKit' };
    if (spec.secrets.goprivate.length && !vendored)
        return { input: 'goprivate', what: 'private modules are fetched in BuildKit with their credentials mounted' };
    const other = spec.platforms.filter((p) => p.os !== native.os || p.arch !== native.arch);
    if (spec.cgo && other.length)
        return { input: 'cgo', what: `cgo for another platform (${other.map(_plan_platforms__WEBPACK_IMPORTED_MODULE_1__/* .platformText */ .VQ).join(', ')}) needs that platform's C toolchain` };
    return null;
}
/**
 * The builder of a build. `toolchain` is the found toolchain's description, or the places
 * searched in vain; `builder: host` with a blocker or without a toolchain is refused in one line.
 */
function chooseBuilder(o) {
    if (o.requested === 'container')
        return { builder: 'container', why: 'builder is container' };
    if (o.blocker) {
        if (o.requested === 'host')
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('builder', `is host but ${o.blocker.what} (input '${o.blocker.input}')`, `auto or container, or a build without ${o.blocker.input}`);
        return { builder: 'container', why: o.blocker.what };
    }
    if ('missing' in o.toolchain) {
        if (o.requested === 'host')
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('builder', `is host but there is no Go ${o.goVersion} toolchain on this machine (looked at: ${o.toolchain.missing})`, 'go_root, or a Go of that version on PATH or in /usr/lib/go-X.Y');
        return { builder: 'container', why: `no Go ${o.goVersion} toolchain on this machine` };
    }
    return { builder: 'host', why: `${o.requested === 'host' ? 'builder is host' : 'a Go toolchain is here and the build needs no engine'}: ${o.toolchain.found}` };
}
function builderLine(c) {
    return c.builder === 'host' ? `builder: host (${c.why})` : `builder: container (because ${c.why})`;
}


/***/ }),

/***/ 56854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ decideBuilder),
/* harmony export */   Nk: () => (/* binding */ switchEnvOf),
/* harmony export */   j8: () => (/* binding */ toolchainText),
/* harmony export */   jL: () => (/* binding */ Toolchains)
/* harmony export */ });
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_build_plan__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1254);
/* harmony import */ var _plan_build_facts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41715);
/* harmony import */ var _plan_context_facts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42580);
/* harmony import */ var _plan_go_mod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23962);
/* harmony import */ var _plan_platforms__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41685);
/* harmony import */ var _builder_choice__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4699);
/* harmony import */ var _toolchain__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61123);








/**
 * Which builder each service takes, and the toolchain when it is host: the one decision `build`
 * and `plan` share. Light on purpose: `plan` loads it without the engine client or tar code.
 */
/** Toolchain searches shared by the services of a run (one per Go version). */
class Toolchains {
    goRoot;
    env;
    probe;
    switchEnv;
    searches = new Map();
    /** switchEnv: what a GOTOOLCHAIN switch's probe runs with besides env (the build's GOMODCACHE, where the toolchain lands). */
    constructor(goRoot, env, probe, switchEnv = {}) {
        this.goRoot = goRoot;
        this.env = env;
        this.probe = probe;
        this.switchEnv = switchEnv;
    }
    /** atLeast: the release go.mod names (its toolchain or go line), for a GOTOOLCHAIN switch. */
    find(want, atLeast = '') {
        const key = `${want} ${atLeast}`;
        let p = this.searches.get(key);
        if (!p) {
            p = (0,_toolchain__WEBPACK_IMPORTED_MODULE_6__/* .findToolchain */ .vZ)({ want, atLeast, goRoot: this.goRoot, env: this.env, arch: (0,_plan_platforms__WEBPACK_IMPORTED_MODULE_4__/* .nodePlatform */ .OP)().arch, probe: this.probe, switchEnv: this.switchEnv });
            this.searches.set(key, p);
        }
        return p;
    }
}
/**
 * What a GOTOOLCHAIN switch's probe runs with, so that the toolchain it downloads lands where the
 * build looks (cache_dir/go-mod, as goCaches puts GOMODCACHE) and comes from the build's goproxy
 * (when all services share one).
 */
function switchEnvOf(spec) {
    const out = {};
    if (spec.cacheDir)
        out.GOMODCACHE = path__WEBPACK_IMPORTED_MODULE_0__.join(path__WEBPACK_IMPORTED_MODULE_0__.resolve(spec.cacheDir), 'go-mod');
    const proxies = new Set(spec.services.map((s) => s.goproxy));
    const [goproxy] = proxies;
    if (proxies.size === 1 && goproxy)
        out.GOPROXY = goproxy;
    return out;
}
function toolchainText(t) {
    return `Go ${t.version} from ${t.source} (${t.go})`;
}
/**
 * Which builder a service takes, with the toolchain when it is host. Plans the native platform to
 * learn the Go version; the facts read for it (git, the context) are handed on, so the build does
 * not read them again.
 */
async function decideBuilder(service, spec, env, toolchains) {
    const native = (0,_plan_platforms__WEBPACK_IMPORTED_MODULE_4__/* .nodePlatform */ .OP)();
    // The toolchain search starts beside the git facts (each a process or a file read): the Go
    // version comes from the context alone. The plan below checks that version before it is used.
    const context = (0,_plan_context_facts__WEBPACK_IMPORTED_MODULE_3__/* .readContextFacts */ .lP)(service);
    const early = spec.builder === 'container' || (0,_builder_choice__WEBPACK_IMPORTED_MODULE_5__/* .needsContainer */ .xw)(service, native, context.vendored) ? '' : service.goVersion || (context.goMod ? (0,_plan_go_mod__WEBPACK_IMPORTED_MODULE_7__/* .goVersionFromMod */ .D)(context.goMod) : '');
    // The release go.mod names, when go_version does not name one.
    const atLeast = !service.goVersion && context.goMod ? context.goMod.toolchain || context.goMod.go : '';
    const earlySearch = early ? toolchains.find(early, atLeast) : undefined;
    earlySearch?.catch(() => undefined);
    const facts = await (0,_plan_build_facts__WEBPACK_IMPORTED_MODULE_2__/* .readBuildFacts */ .C)(service, env, service.platforms[0] ?? native, native, context);
    const plan = (0,_plan_build_plan__WEBPACK_IMPORTED_MODULE_1__/* .planBuild */ .C7)(service, facts);
    const blocker = (0,_builder_choice__WEBPACK_IMPORTED_MODULE_5__/* .needsContainer */ .xw)(service, native, facts.context.vendored);
    if (spec.builder === 'container' || (blocker && spec.builder === 'auto') || !plan.goVersion) {
        return { choice: (0,_builder_choice__WEBPACK_IMPORTED_MODULE_5__/* .chooseBuilder */ .Z7)({ requested: spec.builder, blocker, toolchain: { missing: '' }, goVersion: plan.goVersion }), goVersion: plan.goVersion, looked: [], facts };
    }
    const search = await (plan.goVersion === early && earlySearch ? earlySearch : toolchains.find(plan.goVersion, atLeast));
    const choice = (0,_builder_choice__WEBPACK_IMPORTED_MODULE_5__/* .chooseBuilder */ .Z7)({ requested: spec.builder, blocker, toolchain: search.found ? { found: toolchainText(search.found) } : { missing: search.looked.join('; ') }, goVersion: plan.goVersion });
    return { choice, toolchain: search.found, goVersion: plan.goVersion, looked: search.looked, facts };
}


/***/ }),

/***/ 17198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ machineProbe)
/* harmony export */ });
/* unused harmony export versionFile */
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _toolchain__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61123);




/**
 * The version a Go installation's VERSION file states (`go1.22.12` on its first line), for a
 * `go` that is its GOROOT's bin/go (symlinks followed); undefined when there is no such file.
 * Go's own archives and Debian's packages carry it, and it is what that go reports with
 * GOTOOLCHAIN=local: reading it spares a process (20-50 ms before the compile can start).
 */
function versionFile(go) {
    try {
        const real = fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(go);
        if (path__WEBPACK_IMPORTED_MODULE_2__.basename(real) !== 'go' || path__WEBPACK_IMPORTED_MODULE_2__.basename(path__WEBPACK_IMPORTED_MODULE_2__.dirname(real)) !== 'bin')
            return undefined;
        const first = fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(path__WEBPACK_IMPORTED_MODULE_2__.join(path__WEBPACK_IMPORTED_MODULE_2__.dirname(path__WEBPACK_IMPORTED_MODULE_2__.dirname(real)), 'VERSION'), 'utf8').split('\n')[0].trim();
        return (0,_toolchain__WEBPACK_IMPORTED_MODULE_3__/* .parseGoVersion */ .SX)(`go version ${first} `);
    }
    catch {
        return undefined;
    }
}
/** The machine's side of toolchain discovery: files, the VERSION file and `go version`. */
function machineProbe(env) {
    return {
        executable(file) {
            try {
                fs__WEBPACK_IMPORTED_MODULE_1__.accessSync(file, fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                return fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).isFile();
            }
            catch {
                return false;
            }
        },
        version(go, extra) {
            // A toolchain switch (GOTOOLCHAIN=goX.Y.Z) runs another go than this one: only go itself can tell.
            const stated = extra.GOTOOLCHAIN === 'local' ? versionFile(go) : undefined;
            if (stated)
                return Promise.resolve(stated);
            return new Promise((resolve) => {
                // A GOTOOLCHAIN switch may download the toolchain first: minutes, not seconds.
                (0,child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(go, ['version'], { env: { ...env, ...extra }, timeout: 600_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
                    const v = (0,_toolchain__WEBPACK_IMPORTED_MODULE_3__/* .parseGoVersion */ .SX)(String(stdout));
                    if (v)
                        return resolve(v);
                    resolve(new Error((String(stderr).trim().split('\n').pop() || (err ? err.message : `unexpected output '${String(stdout).trim()}'`)).slice(0, 300)));
                });
            });
        },
    };
}


/***/ }),

/***/ 61123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ noToolchainMessage),
/* harmony export */   SX: () => (/* binding */ parseGoVersion),
/* harmony export */   vZ: () => (/* binding */ findToolchain)
/* harmony export */ });
/* unused harmony exports DISTRO_GO_DIR, versionMatches, switchTarget, runnerGorootVariable, goOnPath */
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * Finding a Go toolchain of the wanted version on the machine gantry runs on, in a fixed order:
 * the go_root input; a `go` on PATH of that version; what CI runners preinstall
 * (GOROOT_<major>_<minor>_X64 on GitHub's); Debian's and Ubuntu's /usr/lib/go-X.Y; Go's own
 * toolchain switch (GOTOOLCHAIN=goX.Y.Z through a go of 1.21 or newer, which fetches the
 * toolchain as a module into GOMODCACHE). The probing is injected, so the order and the
 * verdicts are tested without any Go installed.
 */
/** The setting naming the folder searched for Debian's and Ubuntu's go-X.Y (default /usr/lib). */
const DISTRO_GO_DIR = 'GANTRY_DISTRO_GO_DIR';
/** `go version go1.22.12 linux/amd64` -> 1.22.12 */
function parseGoVersion(output) {
    return /\bgo version go(\d+\.\d+(?:\.\d+)?(?:[a-z]+\d*)?)\b/.exec(output)?.[1];
}
/** Whether a reported version (1.22.12) is the wanted one: 1.22 takes any 1.22.x, 1.22.5 only itself. */
function versionMatches(want, have) {
    const wantParts = want.split('.');
    const haveParts = have.split('.');
    if (wantParts.length >= 3)
        return want === have;
    return wantParts[0] === haveParts[0] && wantParts[1] === (haveParts[1] ?? '').replace(/[a-z].*$/, '');
}
function minorOf(version) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}
/**
 * The toolchain GOTOOLCHAIN names for a wanted version: 1.22 -> go1.22.0 (the first release), or
 * the release go.mod asks for (`atLeast`, its go or toolchain line, e.g. 1.22.4) when it is of the
 * same minor: Go refuses to build a module with a release older than its go line.
 * Undefined before 1.21 (no toolchain modules).
 */
function switchTarget(want, atLeast = '') {
    const [major, minor] = minorOf(want);
    if (major < 1 || (major === 1 && minor < 21))
        return undefined;
    if (want.split('.').length >= 3)
        return `go${want}`;
    const [am, an] = minorOf(atLeast);
    if (/^\d+\.\d+\.\d+$/.test(atLeast) && am === major && an === minor)
        return `go${atLeast}`;
    return `go${major}.${minor}.0`;
}
/** The GOROOT_X_Y_<ARCH> variable a CI runner sets (GitHub's: GOROOT_1_22_X64). */
function runnerGorootVariable(want, arch) {
    const [major, minor] = minorOf(want);
    return `GOROOT_${major}_${minor}_${arch === 'arm64' ? 'ARM64' : 'X64'}`;
}
/** The first `go` on PATH, or undefined. */
function goOnPath(env, probe) {
    for (const dir of (env.PATH ?? '').split(path__WEBPACK_IMPORTED_MODULE_0__.delimiter)) {
        if (!dir)
            continue;
        const go = path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'go');
        if (probe.executable(go))
            return go;
    }
    return undefined;
}
/**
 * The toolchain of `want`, searched in order; `looked` says where, for a miss's message.
 * A go_root that is no Go installation, or of another version, and a folder whose name says one
 * version while its go reports another, are refused at once (one line naming the place).
 */
async function findToolchain(o) {
    const { want, probe, env } = o;
    const looked = [];
    const local = { GOTOOLCHAIN: 'local' };
    if (o.goRoot) {
        const go = path__WEBPACK_IMPORTED_MODULE_0__.join(o.goRoot, 'bin', 'go');
        if (!probe.executable(go))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('go_root', `'${o.goRoot}' is not a Go installation (no executable bin/go)`, 'the folder of a Go toolchain (its GOROOT)');
        const v = await probe.version(go, local);
        if (v instanceof Error)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('go_root', `'${o.goRoot}': bin/go does not run (${v.message})`, 'the folder of a Go toolchain (its GOROOT)');
        if (!versionMatches(want, v))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('go_root', `'${o.goRoot}' holds Go ${v}, not go_version ${want}`, `a Go ${want} installation, or go_version ${v}`);
        return { found: { go, version: v, source: 'go_root', env: local }, looked: [`go_root ${o.goRoot}`] };
    }
    const onPath = goOnPath(env, probe);
    let pathVersion;
    if (onPath) {
        const v = await probe.version(onPath, local);
        if (!(v instanceof Error)) {
            pathVersion = v;
            if (versionMatches(want, v))
                return { found: { go: onPath, version: v, source: 'PATH', env: local }, looked: [...looked, `${onPath} (go${v})`] };
        }
        looked.push(`go on PATH (${v instanceof Error ? `does not run: ${v.message}` : `go${v}`})`);
    }
    else
        looked.push('go on PATH (none)');
    // Folders named for a version: a go inside that reports another is a broken installation.
    const distro = path__WEBPACK_IMPORTED_MODULE_0__.join(env[DISTRO_GO_DIR] || '/usr/lib', `go-${minorOf(want).join('.')}`);
    const folders = [
        { source: runnerGorootVariable(want, o.arch), root: env[runnerGorootVariable(want, o.arch)] },
        { source: distro, root: distro },
    ];
    for (const f of folders) {
        if (!f.root) {
            looked.push(`${f.source} (unset)`);
            continue;
        }
        const go = path__WEBPACK_IMPORTED_MODULE_0__.join(f.root, 'bin', 'go');
        if (!probe.executable(go)) {
            looked.push(`${f.source === f.root ? f.root : `${f.source}=${f.root}`} (absent)`);
            continue;
        }
        const v = await probe.version(go, local);
        if (v instanceof Error) {
            looked.push(`${go} (does not run: ${v.message})`);
            continue;
        }
        if (!versionMatches(`${minorOf(want).join('.')}`, v))
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${go} reports Go ${v}, but ${f.source === f.root ? 'its folder' : f.source} says ${minorOf(want).join('.')}: a broken or mislabelled Go installation; fix or remove it, or set go_root`);
        if (versionMatches(want, v))
            return { found: { go, version: v, source: f.source, env: local }, looked: [...looked, go] };
        looked.push(`${go} (go${v}, not ${want})`);
    }
    const target = switchTarget(want, o.atLeast);
    const [pm, pn] = minorOf(pathVersion ?? '0.0');
    if (!target)
        looked.push(`GOTOOLCHAIN (Go ${want} has no toolchain module)`);
    else if (!onPath || !pathVersion || pm < 1 || (pm === 1 && pn < 21))
        looked.push(`GOTOOLCHAIN=${target} (needs a go of 1.21 or newer on PATH)`);
    else {
        // The switch downloads the toolchain into GOMODCACHE: the probe uses the build's (switchEnv).
        const sw = { GOTOOLCHAIN: target };
        const v = await probe.version(onPath, { ...o.switchEnv, ...sw });
        if (!(v instanceof Error) && versionMatches(want, v))
            return { found: { go: onPath, version: v, source: `GOTOOLCHAIN=${target}`, env: sw }, looked };
        looked.push(`GOTOOLCHAIN=${target} via ${onPath} (${v instanceof Error ? v.message.split('\n')[0] : `gave go${v}`})`);
    }
    return { looked };
}
/** The one line a miss gives when no engine can take the build either. */
function noToolchainMessage(want, looked) {
    return `no Go ${want} toolchain for go_version ${want} on this machine and no Docker engine to build in (looked at: ${looked.join('; ')}); install Go ${want} (e.g. setup-go, or Debian's golang-${minorOf(want).join('.')}-go), set go_root to its folder, allow GOTOOLCHAIN downloads (GOPROXY), or give gantry a Docker engine`;
}


/***/ }),

/***/ 41715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBuildFacts),
/* harmony export */   x: () => (/* binding */ factsFor)
/* harmony export */ });
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);
/* harmony import */ var _context_facts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42580);



/**
 * The facts a plan is made of, read from the context folder and git: the only I/O before
 * planning. `native` is the engine's platform (where the builder runs); `target` the one built.
 */
async function readBuildFacts(spec, env, target, native, context = (0,_context_facts__WEBPACK_IMPORTED_MODULE_2__/* .readContextFacts */ .lP)(spec)) {
    const facts = {
        context,
        git: await (0,_git__WEBPACK_IMPORTED_MODULE_1__/* .readGitFacts */ .SV)(spec.context, env),
        platform: { os: target.os, arch: target.arch },
        buildPlatform: { os: native.os, arch: native.arch },
    };
    if (spec.contextRoot) {
        const rel = (d) => path__WEBPACK_IMPORTED_MODULE_0__.relative(spec.contextRoot, d).split(path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        facts.layout = { moduleDir: rel(spec.context), localModules: spec.localModules.map(rel) };
    }
    return facts;
}
/** The same facts for another target platform: git and the context do not change with it. */
function factsFor(facts, target) {
    return { ...facts, platform: { os: target.os, arch: target.arch } };
}


/***/ }),

/***/ 1254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ld: () => (/* binding */ CONTEXT_DOCKERFILE),
  v0: () => (/* binding */ mainPackagePath),
  C7: () => (/* binding */ planBuild),
  Xh: () => (/* binding */ platformPlan)
});

// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image/plan/go-mod.ts
var go_mod = __webpack_require__(23962);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
;// CONCATENATED MODULE: ./src/image/plan/tags.ts


const TAG_PLACEHOLDERS = ['commit_time', 'sha', 'short_sha', 'git_tag', 'branch', 'go_version'];
/** Turns a branch name into a valid tag: feature/Login#2 -> feature-login-2. */
function slugTag(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '')
        .slice(0, 128);
}
function placeholderValues(git, goVersion) {
    return {
        commit_time: git.commitTime ? String(git.commitTime) : '',
        sha: git.sha,
        short_sha: git.sha.slice(0, 7),
        git_tag: slugTag(git.tag.replace(/^refs\/tags\//, '')),
        branch: slugTag(git.branch),
        go_version: goVersion,
    };
}
/**
 * Renders tag templates. A template with an unknown placeholder, or rendering to an invalid
 * tag, is an error; one whose placeholder is empty is skipped. Duplicates are dropped.
 */
function renderTags(templates, values, inputName = 'tags') {
    const out = [];
    for (const template of templates) {
        let empty = false;
        const tag = template.replace(/\{([^{}]*)\}/g, (_, name) => {
            if (!(name in values)) {
                throw new errors/* UserError */.yo(`input '${inputName}': unknown placeholder {${name}} in '${template}'; expected one of ${TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
            }
            if (!values[name])
                empty = true;
            return values[name];
        });
        if (empty)
            continue;
        if (!image_ref/* VALID_TAG */.u7.test(tag)) {
            throw new errors/* UserError */.yo(`input '${inputName}': '${template}' renders '${tag}', not a valid tag; expected [A-Za-z0-9_][A-Za-z0-9_.-]*, at most 128 characters`);
        }
        if (!out.includes(tag))
            out.push(tag);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/image/plan/labels.ts
/** OCI labels; `created` is the commit time so one commit gives one image config. */
function ociLabels(git, goVersion, title, version) {
    const labels = {
        'org.opencontainers.image.created': git.commitTime ? new Date(git.commitTime * 1000).toISOString().replace('.000Z', 'Z') : '',
        'org.opencontainers.image.revision': git.sha,
        'org.opencontainers.image.source': git.source,
        'org.opencontainers.image.version': version,
        'org.opencontainers.image.title': title,
        'dev.gantry.go-version': goVersion,
    };
    for (const k of Object.keys(labels))
        if (!labels[k])
            delete labels[k];
    return labels;
}

;// CONCATENATED MODULE: ./src/image/plan/runtime-image.ts
function runtimeBase(name, cgo) {
    switch (name) {
        case 'scratch':
            return { image: 'scratch', needsPasswd: true, noGlibc: true };
        case 'distroless':
            return cgo
                ? { image: 'gcr.io/distroless/base-debian12:nonroot', needsPasswd: false, noGlibc: false }
                : { image: 'gcr.io/distroless/static-debian12:nonroot', needsPasswd: false, noGlibc: true };
        case 'alpine':
            return { image: 'alpine:3', needsPasswd: false, noGlibc: true };
        case 'debian-slim':
            return { image: 'debian:bookworm-slim', needsPasswd: false, noGlibc: false };
        default:
            return { image: name, needsPasswd: false, noGlibc: /alpine|busybox|static/.test(name) };
    }
}

// EXTERNAL MODULE: ./src/image/plan/platforms.ts
var platforms = __webpack_require__(41685);
// EXTERNAL MODULE: ./src/image/plan/dockerfile.ts
var plan_dockerfile = __webpack_require__(52103);
// EXTERNAL MODULE: ./src/image/secrets/private-modules.ts
var private_modules = __webpack_require__(4552);
;// CONCATENATED MODULE: ./src/image/plan/build-plan.ts









/** Where the Dockerfile (generated, or the user's, unchanged) travels inside the context tar. */
const CONTEXT_DOCKERFILE = '.gantry.Dockerfile';
function mainPackagePath(p) {
    const norm = external_path_.posix.normalize(p.replace(/\\/g, '/'));
    if (norm.startsWith('..') || external_path_.posix.isAbsolute(norm))
        throw (0,errors/* inputError */.Xu)('main_package', `'${p}' is outside the context`, 'a package path relative to the context, e.g. ./cmd/api');
    return norm === '.' ? '.' : `./${norm.replace(/^\.\//, '')}`;
}
function defaultBinaryName(mainPackage, module) {
    const fromPackage = mainPackage === '.' ? '' : external_path_.posix.basename(mainPackage);
    const parts = module.split('/').filter((p) => !/^v[0-9]+$/.test(p));
    return fromPackage || parts[parts.length - 1] || 'app';
}
/** Turns a spec and facts into everything a build needs; pure, so planning errors come first. */
function planBuild(spec, facts) {
    const warnings = [];
    const ctx = facts.context;
    const userDockerfile = spec.dockerfile?.given ?? '';
    if (userDockerfile && ctx.dockerfileProblem) {
        throw (0,errors/* inputError */.Xu)('dockerfile', `'${userDockerfile}' ${ctx.dockerfileProblem}`, 'a Dockerfile path (relative to the working folder)');
    }
    const goVersion = spec.goVersion || (ctx.goMod ? (0,go_mod/* goVersionFromMod */.D)(ctx.goMod) : '');
    if (!goVersion && !userDockerfile) {
        throw (0,errors/* inputError */.Xu)('go_version', `is empty and ${ctx.goMod ? 'go.mod names no Go version' : `there is no go.mod in '${spec.context}'`}`, 'a Go version such as 1.22, or a context with a go.mod');
    }
    const mainPackage = mainPackagePath(spec.mainPackage);
    if (!userDockerfile && !ctx.mainPackageOk) {
        throw (0,errors/* inputError */.Xu)('main_package', `'${spec.mainPackage}' is not a folder with Go files in '${spec.context}'`, 'a package path relative to the context, e.g. ./cmd/api');
    }
    const binaryName = spec.binaryName || defaultBinaryName(mainPackage, ctx.goMod?.module ?? '');
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(binaryName)) {
        throw (0,errors/* inputError */.Xu)('binary_name', `'${binaryName}' is not a file name`, 'letters, digits, _ . -');
    }
    if (!/^[0-9]+\.[0-9]+(\.[0-9]+)?([a-z]+[0-9]*)?$/.test(goVersion) && !userDockerfile) {
        throw (0,errors/* inputError */.Xu)('go_version', `'${goVersion}' (from go.mod) is not a Go version`, 'a Go version such as 1.22');
    }
    const builderImage = spec.builderImage.replace(/\{go_version\}/g, goVersion);
    const runtime = runtimeBase(spec.runtimeImage, spec.cgo);
    if (spec.cgo && runtime.noGlibc) {
        warnings.push(`cgo is on but runtime_image '${spec.runtimeImage}' has no glibc: the binary may not start; use debian-slim or distroless`);
    }
    const placeholderRepository = !spec.image;
    const repository = spec.image || `gantry-local/${binaryName.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`;
    const values = placeholderValues(facts.git, goVersion);
    const tags = renderTags([...spec.tags], values);
    if (tags.length === 0) {
        if (!facts.git.sha) {
            throw (0,errors/* inputError */.Xu)('tags', `renders no tag: '${spec.context}' is not a git repository and no CI_COMMIT_SHA or GITHUB_SHA is set, so {commit_time}, {sha}, {short_sha}, {git_tag} and {branch} have no value`, 'a context inside a git checkout (git init && git commit, or a CI checkout), or a template without git placeholders such as dev or {go_version}');
        }
        throw (0,errors/* inputError */.Xu)('tags', 'renders no tag for this commit', 'at least one template with a value, e.g. {short_sha}');
    }
    const version = values.git_tag || values.short_sha || 'dev';
    const labels = ociLabels(facts.git, goVersion, binaryName, version);
    for (const [k, v] of spec.labels)
        labels[k] = v;
    const buildArgs = {};
    for (const [k, v] of spec.buildArgs)
        buildArgs[k] = v;
    if (facts.git.commitTime)
        buildArgs.SOURCE_DATE_EPOCH = String(facts.git.commitTime);
    let dockerfile = null;
    if (userDockerfile && spec.secrets.goprivate.length) {
        warnings.push('goprivate applies to the generated Dockerfile only; in your own, mount the secret where go fetches: RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download');
    }
    if (!userDockerfile) {
        buildArgs.GANTRY_VERSION = version;
        const privateModules = ctx.vendored ? null : (0,private_modules/* privateModulesFor */.Qj)(spec.secrets);
        if (privateModules)
            warnings.push(...privateModules.warnings);
        dockerfile = (0,plan_dockerfile/* renderDockerfile */.TI)({
            builderImage,
            goVersion,
            os: facts.platform.os,
            arch: facts.platform.arch,
            mainPackage,
            binaryName,
            module: ctx.goMod?.module ?? '',
            cgo: spec.cgo,
            ldflags: spec.ldflags,
            versionVariable: spec.versionVariable,
            runtime,
            hasGoSum: ctx.hasGoSum,
            vendored: ctx.vendored,
            goproxy: spec.goproxy,
            privateModules,
            crossCompile: Boolean(facts.buildPlatform && (facts.buildPlatform.os !== facts.platform.os || facts.buildPlatform.arch !== facts.platform.arch)),
            moduleDir: facts.layout?.moduleDir,
            localModules: facts.layout?.localModules,
        });
    }
    return {
        dockerfile,
        goVersion,
        builderImage,
        binaryName,
        repository,
        references: tags.map((t) => `${repository}:${t}`),
        tags,
        labels,
        buildArgs,
        platform: `${facts.platform.os}/${facts.platform.arch}`,
        version,
        warnings,
        placeholderRepository,
        runtime,
    };
}
/** The plan of one platform of several: its image goes under per-platform tags beside the index's. */
function platformPlan(plan, p) {
    const tags = plan.tags.map((t) => (0,platforms/* platformTag */.oq)(t, p));
    return { ...plan, tags, references: tags.map((t) => `${plan.repository}:${t}`) };
}


/***/ }),

/***/ 42580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lP: () => (/* binding */ readContextFacts),
/* harmony export */   n_: () => (/* binding */ readDockerfile)
/* harmony export */ });
/* unused harmony export fileProblem */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _go_mod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23962);




function isFile(p) {
    try {
        return fs__WEBPACK_IMPORTED_MODULE_1__.statSync(p).isFile();
    }
    catch {
        return false;
    }
}
/** What keeps a file from being read, in words ('' when it can be): the cause, not just "missing". */
function fileProblem(p) {
    let st;
    try {
        st = fs__WEBPACK_IMPORTED_MODULE_1__.statSync(p);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return 'does not exist';
        if (code === 'ENOTDIR')
            return 'does not exist (a part of its path is a file, not a folder)';
        if (code === 'ELOOP')
            return 'is a symbolic link loop';
        return `cannot be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .fileCause */ .QY)(err)}`;
    }
    if (st.isDirectory())
        return 'is a folder, not a file';
    if (!st.isFile())
        return 'is not a regular file';
    try {
        fs__WEBPACK_IMPORTED_MODULE_1__.accessSync(p, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK);
    }
    catch (err) {
        return `cannot be read: ${err.code ? (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .fileCause */ .QY)(err) : 'no read permission'}`;
    }
    return '';
}
/** Reads what planning needs from the context folder (its existence is checked with the spec). */
function readContextFacts(spec) {
    const ctx = spec.context;
    // A folder gantry may not read would otherwise look empty ("there is no go.mod").
    try {
        fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(ctx);
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('context', `'${ctx}' cannot be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .fileCause */ .QY)(err)}`, 'a folder this user can read');
    }
    const goModPath = path__WEBPACK_IMPORTED_MODULE_2__.join(ctx, 'go.mod');
    const goModProblem = fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(goModPath) ? fileProblem(goModPath) : '';
    if (goModProblem)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('context', `its go.mod (${goModPath}) ${goModProblem}`, 'a go.mod this user can read');
    const goMod = isFile(goModPath) ? (0,_go_mod__WEBPACK_IMPORTED_MODULE_3__/* .parseGoMod */ .k)(fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(goModPath, 'utf8')) : null;
    const mainDir = path__WEBPACK_IMPORTED_MODULE_2__.join(ctx, spec.mainPackage);
    let mainPackageOk = false;
    try {
        mainPackageOk = fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(mainDir).some((f) => f.endsWith('.go'));
    }
    catch {
        mainPackageOk = false;
    }
    return {
        goMod,
        hasGoSum: isFile(path__WEBPACK_IMPORTED_MODULE_2__.join(ctx, 'go.sum')),
        vendored: isFile(path__WEBPACK_IMPORTED_MODULE_2__.join(ctx, 'vendor', 'modules.txt')),
        mainPackageOk,
        dockerfileProblem: spec.dockerfile ? fileProblem(spec.dockerfile.path) : '',
    };
}
/** The user's Dockerfile, or one line naming it and why it cannot be read (EACCES, a full disk...). */
function readDockerfile(file) {
    try {
        return fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .fileError */ .zS)('dockerfile', 'read', file, err);
    }
}


/***/ }),

/***/ 52103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ cacheIds),
/* harmony export */   TI: () => (/* binding */ renderDockerfile),
/* harmony export */   Ze: () => (/* binding */ NONROOT_UID)
/* harmony export */ });
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53412);
/* harmony import */ var _runtime_files_context_name__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50707);


const NONROOT_UID = 65532;
/** The runtime stage's files, laid out in the build stage one layer a folder. */
const ROOTFS = '/gantry/rootfs';
const MODCACHE = '/go/pkg/mod';
const GOCACHE = '/root/.cache/go-build';
/** Cache mount ids keep Go versions (and, for the compiler cache, platforms) apart. */
function cacheIds(goVersion, os, arch, cgo) {
    return {
        mod: `gantry-gomod-${goVersion}`,
        build: `gantry-gobuild-${goVersion}-${os}-${arch}${cgo ? '-cgo' : ''}`,
    };
}
function atLeast(version, major, minor) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        return true;
    return Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor);
}
/**
 * The generated multi-stage Dockerfile. Modules are downloaded in their own step keyed on
 * go.mod/go.sum; both Go caches live in BuildKit cache mounts, so a one-line edit recompiles
 * one package instead of the world. No `# syntax=` line: that would pull an image.
 */
function renderDockerfile(s) {
    const ids = cacheIds(s.goVersion, s.os, s.arch, s.cgo);
    const modMount = `--mount=type=cache,id=${ids.mod},target=${MODCACHE}`;
    const buildMount = `--mount=type=cache,id=${ids.build},target=${GOCACHE}`;
    const env = [
        `CGO_ENABLED=${s.cgo ? 1 : 0}`,
        `GOOS=${s.os}`,
        `GOARCH=${s.arch}`,
        `GOCACHE=${GOCACHE}`,
        `GOMODCACHE=${MODCACHE}`,
    ];
    if (s.vendored)
        env.push('GOFLAGS=-mod=vendor');
    if (s.goproxy)
        env.push(`GOPROXY=${JSON.stringify(s.goproxy)}`);
    const pm = s.vendored ? null : s.privateModules;
    if (pm)
        env.push(...pm.env);
    const fetchMounts = pm?.mounts.length ? ` ${pm.mounts.join(' ')}` : '';
    const out = [];
    out.push(`# Generated by gantry for ${s.module || 'a Go service'}: Go ${s.goVersion}, ${s.os}/${s.arch}.`);
    out.push(`FROM ${s.crossCompile ? '--platform=$BUILDPLATFORM ' : ''}${s.builderImage} AS build`);
    const moduleDir = s.moduleDir && s.moduleDir !== '.' ? s.moduleDir.replace(/\/+$/, '') : '';
    out.push(moduleDir ? `WORKDIR /src/${moduleDir}` : 'WORKDIR /src');
    out.push(`ENV ${env.join(' ')}`);
    // What the runtime stage receives is laid out here, one folder per layer, so its files and
    // folders get fixed times (a folder COPY creates would get the build's wall clock): the
    // binary's the commit time, the others' a constant, so a new commit moves the binary layer only.
    // The CA bundle and zoneinfo come from gantry's pinned archive (sent in the context), not the
    // builder image: every build path then puts the same bytes in the image.
    out.push(`COPY ${_runtime_files_context_name__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_FILES_CONTEXT */ .J} /gantry/runtime-files.tar.gz`);
    out.push(`RUN mkdir -p ${ROOTFS}/certs ${ROOTFS}/zoneinfo ${ROOTFS}/users/etc ${ROOTFS}/bin/usr/local/bin \\\n` +
        ` && tar -xzf /gantry/runtime-files.tar.gz -C ${ROOTFS}/certs etc && tar -xzf /gantry/runtime-files.tar.gz -C ${ROOTFS}/zoneinfo usr \\\n` +
        ` && echo 'nonroot:x:${NONROOT_UID}:${NONROOT_UID}:nonroot:/nonexistent:/sbin/nologin' > ${ROOTFS}/users/etc/passwd && echo 'nonroot:x:${NONROOT_UID}:' > ${ROOTFS}/users/etc/group \\\n` +
        ` && find ${ROOTFS} -exec touch -h -d @0 {} +`);
    if (!s.vendored) {
        if (pm?.gitSetup)
            out.push(`RUN ${pm.gitSetup}`);
        const inModule = (f) => (moduleDir ? `${moduleDir}/${f}` : f);
        for (const m of s.localModules ?? [])
            out.push(`COPY ${m}/go.mod /src/${m}/go.mod`);
        out.push(`COPY ${inModule('go.mod')} ${s.hasGoSum ? `${inModule('go.sum')} ` : ''}./`);
        out.push(`RUN ${modMount}${fetchMounts} go mod download`);
    }
    out.push(moduleDir ? 'COPY . /src/' : 'COPY . .');
    out.push('ARG GANTRY_VERSION=dev');
    out.push('ARG SOURCE_DATE_EPOCH=0');
    let ldflags = (0,_shell_quote__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(s.ldflags);
    if (s.versionVariable)
        ldflags += `" -X ${s.versionVariable}=\${GANTRY_VERSION}"`;
    const flags = ['-trimpath'];
    if (atLeast(s.goVersion, 1, 18))
        flags.push('-buildvcs=false');
    const bin = `${ROOTFS}/bin/usr/local/bin/${s.binaryName}`;
    const mounts = s.vendored ? buildMount : `${modMount} \\\n    ${buildMount}${fetchMounts}`;
    out.push(`RUN ${mounts} \\\n    go build -v ${flags.join(' ')} -ldflags ${ldflags} -o ${bin} ${s.mainPackage} \\\n` +
        ` && find ${ROOTFS}/bin -exec touch -h -d "@\${SOURCE_DATE_EPOCH}" {} +`);
    out.push('');
    out.push(`FROM ${s.runtime.image}`);
    out.push(`COPY --from=build ${ROOTFS}/certs/ /`);
    out.push(`COPY --from=build ${ROOTFS}/zoneinfo/ /`);
    if (s.runtime.needsPasswd)
        out.push(`COPY --from=build ${ROOTFS}/users/ /`);
    out.push(`COPY --from=build ${ROOTFS}/bin/ /`);
    out.push(`USER ${NONROOT_UID}:${NONROOT_UID}`);
    out.push(`ENTRYPOINT ["/usr/local/bin/${s.binaryName}"]`);
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 23962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ goVersionFromMod),
/* harmony export */   k: () => (/* binding */ parseGoMod)
/* harmony export */ });
function parseGoMod(text) {
    const mod = { module: '', go: '', toolchain: '' };
    // Comments and block forms (require ( ... )) do not matter for these three directives.
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const m = /^(module|go|toolchain)\s+("?)([^"\s]+)\2\s*$/.exec(line);
        if (!m)
            continue;
        if (m[1] === 'module')
            mod.module = m[3];
        if (m[1] === 'go')
            mod.go = m[3];
        if (m[1] === 'toolchain')
            mod.toolchain = m[3].replace(/^go/, '');
    }
    return mod;
}
/**
 * The builder image tag users expect for a go.mod: the toolchain line wins over the go
 * directive, and a patch or pre-release suffix is dropped (go 1.22.0 -> 1.22, 1.21rc2 -> 1.21).
 * Returns '' when the go.mod names no version.
 */
function goVersionFromMod(mod) {
    const v = mod.toolchain || mod.go;
    const m = /^(\d+)\.(\d+)/.exec(v);
    return m ? `${m[1]}.${m[2]}` : '';
}


/***/ }),

/***/ 41685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ nodePlatform),
/* harmony export */   VQ: () => (/* binding */ platformText),
/* harmony export */   oq: () => (/* binding */ platformTag),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const KNOWN_OS = ['linux', 'windows', 'darwin', 'freebsd'];
const KNOWN_ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];
/** Parses `platforms` (os/arch entries); duplicates dropped, order kept. */
function parsePlatforms(entries) {
    const out = [];
    for (const e of entries) {
        const m = /^([a-z0-9]+)\/([a-z0-9]+)$/.exec(e.trim());
        if (!m || !KNOWN_OS.includes(m[1]) || !KNOWN_ARCH.includes(m[2])) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('platforms', `'${e}' is not a platform gantry can cross-compile for`, `os/arch with os in ${KNOWN_OS.join(', ')} and arch in ${KNOWN_ARCH.join(', ')} (no variants)`);
        }
        if (!out.some((p) => p.os === m[1] && p.arch === m[2]))
            out.push({ os: m[1], arch: m[2] });
    }
    return out;
}
const platformText = (p) => `${p.os}/${p.arch}`;
/** The per-platform tag pushed beside an index tag: v1.2.0 -> v1.2.0-linux-arm64. */
function platformTag(tag, p) {
    return `${tag}-${p.os}-${p.arch}`.slice(0, 128);
}
/** The platform Node runs on, named as Go and the engine name it (for `plan`, which has no engine). */
function nodePlatform() {
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', s390x: 's390x', ppc64: 'ppc64le' };
    return { os: 'linux', arch: arch[process.arch] ?? process.arch };
}


/***/ }),

/***/ 579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ buildSpecOf)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/schema.ts
var schema = __webpack_require__(75060);
// EXTERNAL MODULE: ./src/reserved-names.ts
var reserved_names = __webpack_require__(47162);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
// EXTERNAL MODULE: ./src/registry/registry-auth.ts
var registry_auth = __webpack_require__(54147);
// EXTERNAL MODULE: ./src/image/plan/platforms.ts
var plan_platforms = __webpack_require__(41685);
// EXTERNAL MODULE: ./src/image/secrets/secret-inputs.ts
var secret_inputs = __webpack_require__(80909);
// EXTERNAL MODULE: ./src/image/secrets/secret-guard.ts
var secret_guard = __webpack_require__(16579);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/image/services/local-modules.ts

/**
 * The local modules a go.mod replaces to (`replace example.com/lib => ../lib`): folders in the
 * repository that are part of the service's source, so their changes rebuild it and the build
 * context must hold them.
 */
function localReplaceDirs(goModText) {
    const out = [];
    let inBlock = false;
    for (const raw of goModText.split(/\r?\n/)) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (!line)
            continue;
        if (inBlock && line === ')') {
            inBlock = false;
            continue;
        }
        let spec = '';
        if (inBlock)
            spec = line;
        else if (/^replace\s*\($/.test(line))
            inBlock = true;
        else if (line.startsWith('replace '))
            spec = line.slice('replace '.length);
        if (!spec)
            continue;
        const arrow = spec.indexOf('=>');
        if (arrow < 0)
            continue;
        const target = spec.slice(arrow + 2).trim().split(/\s+/);
        const dir = target[0].replace(/^"|"$/g, '');
        // A local path has no version and starts with ./ or ../ (or is absolute).
        if (target.length === 1 && (dir.startsWith('./') || dir.startsWith('../') || external_path_.isAbsolute(dir)))
            out.push(dir);
    }
    return out;
}
/** The deepest folder holding every one of `dirs` (absolute paths). */
function commonAncestor(dirs) {
    const split = dirs.map((d) => external_path_.resolve(d).split(external_path_.sep));
    const first = split[0];
    let n = first.length;
    for (const parts of split.slice(1)) {
        let i = 0;
        while (i < n && i < parts.length && parts[i] === first[i])
            i++;
        n = i;
    }
    return first.slice(0, n).join(external_path_.sep) || external_path_.sep;
}

;// CONCATENATED MODULE: ./src/image/services/services-config.ts






/** Inputs a service may set; the rest belong to the whole run. */
const RUN_WIDE = ['command', 'config', 'parallel', 'only_changed', 'binaries_dir', 'cache_dir', 'cache_max_mb', 'builder_idle_minutes', 'registry_username', 'registry_password', 'registry_auth_config', 'netrc', 'ssh'];
function serviceInputNames() {
    return Object.keys(schema/* INPUTS */.mc).filter((n) => {
        const spec = schema/* INPUTS */.mc[n];
        return (spec.group === 'build' || spec.group === 'push' || spec.group === 'secrets') && !RUN_WIDE.includes(n);
    });
}
function configError(file, where, problem) {
    return new errors/* UserError */.yo(`${file}: ${where}${where ? ': ' : ''}${problem}`);
}
function asText(value) {
    if (value === null || value === undefined)
        return undefined;
    if (Array.isArray(value))
        return value.map((v) => String(v)).join('\n');
    if (typeof value === 'object')
        return undefined;
    return String(value);
}
function parseServicesConfig(text, file, base, readGoMod) {
    let doc;
    try {
        // Every scalar as written: YAML's core schema reads an unquoted go_version: 1.20 as the
        // number 1.2, and true/1.10 lose their spelling the same way.
        doc = dist.parse(text, { schema: 'failsafe' });
    }
    catch (err) {
        throw configError(file, '', `is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw configError(file, '', 'must be a mapping with a services: entry');
    const top = doc;
    for (const key of Object.keys(top)) {
        if (key !== 'services' && key !== 'parallel')
            throw configError(file, key, 'is not a gantry.yml entry; expected services or parallel');
    }
    const dir = external_path_.dirname(external_path_.resolve(file));
    let parallel = base.parallel;
    if (!parallel && top.parallel !== undefined) {
        const n = Number(top.parallel);
        if (!Number.isInteger(n) || n < 1)
            throw configError(file, 'parallel', `'${String(top.parallel)}' is not a whole number of at least 1`);
        parallel = n;
    }
    const services = top.services;
    if (!services || typeof services !== 'object' || Array.isArray(services) || !Object.keys(services).length) {
        throw configError(file, 'services', 'must map service names to their settings (at least one)');
    }
    const allowed = new Set(serviceInputNames());
    const out = [];
    for (const [name, raw] of Object.entries(services)) {
        const where = `service '${name}'`;
        if (!/^[a-z0-9][a-z0-9_.-]*$/.test(name))
            throw configError(file, where, 'is not a valid service name; expected lower case letters, digits, _ . -');
        const settings = (raw === '' || raw === null || raw === undefined ? {} : raw);
        if (typeof settings !== 'object' || Array.isArray(settings))
            throw configError(file, where, 'must be a mapping of inputs');
        const given = {};
        for (const [key, value] of Object.entries(settings)) {
            if (!allowed.has(key)) {
                throw configError(file, where, `'${key}' is not a service setting; expected one of ${[...allowed].join(', ')}`);
            }
            const t = asText(value);
            if (t === undefined)
                throw configError(file, `${where}: ${key}`, 'must be a value or a list of values');
            given[key] = t;
        }
        let parsed;
        try {
            parsed = (0,src_inputs/* parseInputs */.TL)(given);
        }
        catch (err) {
            throw configError(file, where, err instanceof Error ? err.message : String(err));
        }
        const inputs = { ...base };
        const target = inputs;
        for (const key of Object.keys(given))
            target[key] = parsed[key];
        inputs.context = external_path_.resolve(dir, given.context ?? '.');
        if (given.dockerfile)
            inputs.dockerfile = external_path_.resolve(dir, given.dockerfile);
        if (!given.image && base.image)
            inputs.image = base.image.split(/[\s,]+/).filter(Boolean).map((b) => `${b.replace(/\/+$/, '')}/${name}`).join(',');
        inputs.config = '';
        const goMod = readGoMod(inputs.context);
        const localModules = goMod ? localReplaceDirs(goMod).map((d) => external_path_.resolve(inputs.context, d)) : [];
        out.push(serviceSpec(name, inputs, localModules));
    }
    return { file, parallel, services: out };
}
/** A service's spec from its inputs (context already absolute) and its local modules. */
function serviceSpec(name, inputs, localModules) {
    // The download step needs the replaced modules' go.mod files, so they travel in the context:
    // the context grows to the folder holding the service and them.
    const contextRoot = localModules.length ? commonAncestor([inputs.context, ...localModules]) : undefined;
    const sourceFiles = inputs.dockerfile ? [external_path_.resolve(inputs.dockerfile)] : [];
    return { name, inputs, localModules, contextRoot, sourceDirs: [inputs.context, ...localModules], sourceFiles };
}

;// CONCATENATED MODULE: ./src/image/build-spec.ts













const RUNTIME_WORDS = ['scratch', 'distroless', 'alpine', 'debian-slim'];
const CONTROL = /[\x00-\x1f\x7f]/;
/** gantry's own secret inputs that hold a value (secret_env line by line), by name: never in an image. */
function ownSecrets(inputs) {
    const out = [];
    for (const name of (0,schema/* inputNames */.vj)()) {
        const spec = schema/* INPUTS */.mc[name];
        if (!spec.secret)
            continue;
        const v = inputs[name];
        if (Array.isArray(v)) {
            for (const line of v) {
                const eq = line.indexOf('=');
                if (eq > 0)
                    out.push({ id: `${name} ${line.slice(0, eq).trim()}`, text: line.slice(eq + 1) });
            }
        }
        else if (typeof v === 'string' && v.trim())
            out.push({ id: name, text: v });
    }
    return out;
}
function lineBreakOrControl(name, value, expected) {
    if (CONTROL.test(value)) {
        throw (0,errors/* inputError */.Xu)(name, /[\r\n]/.test(value) ? 'holds a line break' : 'holds a control character', expected);
    }
}
/** A Dockerfile FROM operand: [registry/]repository[:tag][@digest], nothing else. */
function checkImageReference(name, value, expected) {
    const shown = value.length > 60 ? `${value.slice(0, 60)}...` : value;
    lineBreakOrControl(name, value, expected);
    const bad = () => (0,errors/* inputError */.Xu)(name, `'${shown}' is not an image reference`, expected);
    if (!value || /\s/.test(value))
        throw bad();
    const { repository, tag, digest } = (0,image_ref/* splitReference */.mQ)(value);
    if (tag && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag))
        throw bad();
    if (value.includes('@') && !/^sha256:[a-f0-9]{64}$/.test(digest))
        throw bad();
    try {
        (0,image_ref/* parseRepository */.SU)(repository, name);
    }
    catch {
        throw bad();
    }
}
function checkBuilderImage(template) {
    const expected = 'an image reference with {go_version} as its only placeholder, e.g. golang:{go_version}';
    for (const m of template.matchAll(/\{([^{}]*)\}/g)) {
        if (m[1] !== 'go_version')
            throw (0,errors/* inputError */.Xu)('builder_image', `unknown placeholder {${m[1]}} in '${template}'`, expected);
    }
    checkImageReference('builder_image', template.replace(/\{go_version\}/g, '1.22'), expected);
}
function checkRuntimeImage(value) {
    if (RUNTIME_WORDS.includes(value))
        return;
    checkImageReference('runtime_image', value, `${RUNTIME_WORDS.join(', ')} or an image reference such as registry.example.com/team/base:tag`);
}
/** The main package as the go build line names it: a relative folder of plain characters. */
function checkMainPackage(value) {
    const expected = 'a package path relative to the context, e.g. ./cmd/api (letters, digits and _ . / - @ + ~)';
    lineBreakOrControl('main_package', value, expected);
    if (!/^[A-Za-z0-9_./@+~-]+$/.test(value))
        throw (0,errors/* inputError */.Xu)('main_package', `'${value}' has characters a package folder should not have`, expected);
    const norm = external_path_.posix.normalize(value);
    if (norm.startsWith('..') || external_path_.posix.isAbsolute(norm))
        throw (0,errors/* inputError */.Xu)('main_package', `'${value}' is outside the context`, expected);
}
function checkGoproxy(value) {
    const expected = 'a GOPROXY list such as https://proxy.example.com,direct (no spaces, quotes, $ or backslashes)';
    lineBreakOrControl('goproxy', value, expected);
    if (/[\s"'`$\\]/.test(value))
        throw (0,errors/* inputError */.Xu)('goproxy', `'${value}' has spaces, quotes, $ or backslashes`, expected);
}
/** A folder gantry writes into: it may not exist yet, but it must not be a file (nor lie under one). */
function checkFolderToWrite(name, value) {
    const target = external_path_.resolve(value);
    const expected = 'a folder (created when missing)';
    // Walks up from the folder to the first part that exists; a link loop on the way is named.
    let loop = '';
    for (let p = target;; p = external_path_.dirname(p)) {
        let stat;
        try {
            stat = external_fs_.statSync(p);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ELOOP')
                loop = p;
            else if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw (0,errors/* inputError */.Xu)(name, `cannot use '${p}' (${code ?? String(err)})`, expected);
        }
        if (stat || external_path_.dirname(p) === p) {
            if (loop)
                throw (0,errors/* inputError */.Xu)(name, loop === target ? `'${value}' is a symbolic link loop` : `'${value}' lies under '${loop}', which is a symbolic link loop`, expected);
            if (stat && !stat.isDirectory())
                throw (0,errors/* inputError */.Xu)(name, p === target ? `'${value}' is a file` : `'${value}' lies under the file '${p}'`, expected);
            return;
        }
    }
}
/** Local module folders travel into COPY lines of the generated Dockerfile. */
function checkLocalModules(context, dirs) {
    for (const d of dirs) {
        if (/[\s"'`$\\]|[\x00-\x1f]/.test(d)) {
            throw new errors/* UserError */.yo(`${external_path_.join(context, 'go.mod')}: the local module folder '${d}' has spaces, quotes, $ or backslashes; expected a folder name the generated Dockerfile can COPY (rename it, or build with your own dockerfile)`);
        }
    }
}
/** One image's spec from its inputs (context already absolute for a service of gantry.yml). */
function imageSpec(service, mode, env) {
    const inputs = service.inputs;
    const ctx = inputs.context;
    let isFolder = false;
    try {
        isFolder = external_fs_.statSync(ctx).isDirectory();
    }
    catch {
        isFolder = false;
    }
    if (!isFolder)
        throw (0,errors/* inputError */.Xu)('context', `'${ctx}' is not a folder`, 'the folder holding the service');
    const dockerfile = inputs.dockerfile.trim();
    const generated = !dockerfile;
    if (generated) {
        checkBuilderImage(inputs.builder_image);
        checkRuntimeImage(inputs.runtime_image);
        checkMainPackage(inputs.main_package);
        lineBreakOrControl('ldflags', inputs.ldflags, 'linker flags on one line, such as -s -w');
        if (inputs.goproxy)
            checkGoproxy(inputs.goproxy);
        checkLocalModules(ctx, service.localModules.map((d) => external_path_.relative(ctx, d)));
    }
    const buildArgs = (0,src_inputs/* parseKeyValues */.Hl)('build_args', inputs.build_args);
    const labels = (0,src_inputs/* parseKeyValues */.Hl)('labels', inputs.labels);
    (0,reserved_names/* checkLabelKeys */.lZ)('labels', labels.map(([k]) => k));
    const secrets = (0,secret_inputs/* parseSecretSpec */.t1)(inputs);
    // Refused before anything is printed or built: by name, or by the value of a secret from the
    // environment; values of secret files are checked once they are read (build-secrets.ts).
    if (!secrets.allowSecretBuildArgs) {
        const fromEnv = secrets.refs.flatMap((r) => ('env' in r.from && env[r.from.env] ? [{ id: r.id, text: env[r.from.env] }] : []));
        (0,secret_guard/* guardBuildArgs */.X6)(buildArgs, fromEnv, false);
    }
    const own = ownSecrets(inputs);
    (0,secret_guard/* refuseSecretValues */.Fr)('build_args', buildArgs, own);
    (0,secret_guard/* refuseSecretValues */.Fr)('labels', labels, own);
    const platforms = (0,plan_platforms/* parsePlatforms */.qA)(inputs.platforms);
    let image = '';
    let mirrors = [];
    if (inputs.image.trim())
        [image, ...mirrors] = (0,image_ref/* imageRepositories */.MC)(inputs.image);
    else if (inputs.push && mode === 'build')
        throw (0,errors/* inputError */.Xu)('image', 'is empty but push is true', 'a repository such as registry.example.com/team/api, or push: false');
    return {
        name: service.name,
        context: ctx,
        contextRoot: service.contextRoot,
        localModules: service.localModules,
        sourceDirs: service.sourceDirs,
        sourceFiles: service.sourceFiles,
        dockerfile: dockerfile ? { path: external_path_.resolve(dockerfile), given: dockerfile } : null,
        goVersion: inputs.go_version,
        builderImage: inputs.builder_image,
        mainPackage: inputs.main_package,
        binaryName: inputs.binary_name,
        cgo: inputs.cgo,
        ldflags: inputs.ldflags,
        versionVariable: inputs.version_variable,
        runtimeImage: inputs.runtime_image,
        buildArgs,
        buildNetwork: inputs.build_network,
        goproxy: inputs.goproxy,
        buildMode: inputs.build_mode,
        secrets,
        platforms,
        image,
        mirrors,
        tags: [...inputs.tags],
        labels,
        push: inputs.push,
    };
}
/**
 * Parses the build inputs (and gantry.yml when `config` is set) into a BuildSpec, refusing bad
 * input with one line that names it. Reads only what `sources` gives and file facts (a folder
 * exists, a path is not a file).
 */
function parseBuildSpec(inputs, sources, mode = 'build') {
    const warnings = [];
    if (inputs.binaries_dir)
        checkFolderToWrite('binaries_dir', inputs.binaries_dir);
    const cacheDir = inputs.cache_dir === 'none' ? '' : inputs.cache_dir;
    if (cacheDir)
        checkFolderToWrite('cache_dir', cacheDir);
    let services;
    let parallel = inputs.parallel;
    if (inputs.config) {
        const config = parseServicesConfig(sources.configText ?? '', inputs.config, inputs, sources.readGoMod);
        services = config.services;
        parallel = config.parallel;
    }
    else {
        const context = external_path_.resolve(inputs.context);
        const goMod = inputs.dockerfile ? null : sources.readGoMod(context);
        const locals = goMod ? localReplaceDirs(goMod).map((d) => external_path_.resolve(context, d)) : [];
        services = [serviceSpec('', { ...inputs, context }, locals)];
        if (inputs.only_changed)
            warnings.push('only_changed applies to the services of a config file; building the one service');
    }
    const specs = services.map((s) => {
        if (!inputs.config)
            return imageSpec(s, mode, sources.env ?? {});
        try {
            return imageSpec(s, mode, sources.env ?? {});
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${inputs.config}: service '${s.name}': ${err instanceof Error ? err.message : String(err)}`);
        }
    });
    const pushed = specs.filter((s) => s.push && s.image).flatMap((s) => [s.image, ...s.mirrors].map((r) => (0,image_ref/* parseRepository */.SU)(r).registry));
    const logins = registry_auth/* RegistryLogins */.kv.of(inputs, pushed);
    if (mode === 'build')
        logins.requireForPush(pushed);
    return {
        services: specs,
        config: inputs.config,
        parallel,
        onlyChanged: inputs.only_changed,
        binariesDir: inputs.binaries_dir,
        cacheDir,
        cacheMaxMb: inputs.cache_max_mb,
        builderIdleMinutes: inputs.builder_idle_minutes,
        builder: inputs.builder,
        goRoot: inputs.go_root,
        ociLayout: inputs.oci_layout,
        registryInsecure: inputs.registry_insecure,
        logins,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/image/read-build-spec.ts
/** The build spec of a run, read the same way by build and plan (which loads nothing of the build itself). */




function readGoMod(dir) {
    try {
        return external_fs_.readFileSync(external_path_.join(dir, 'go.mod'), 'utf8');
    }
    catch {
        return null;
    }
}
/** The spec of a run, with gantry.yml read when `config` names one. */
function buildSpecOf(inputs, env, mode = 'build') {
    let configText;
    if (inputs.config) {
        try {
            configText = external_fs_.readFileSync(external_path_.resolve(inputs.config), 'utf8');
        }
        catch {
            throw new errors/* UserError */.yo(`input 'config': cannot read '${inputs.config}'; expected the path of a gantry.yml`);
        }
    }
    return parseBuildSpec(inputs, { configText, readGoMod, env }, mode);
}


/***/ }),

/***/ 50707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ RUNTIME_FILES_CONTEXT)
/* harmony export */ });
/** Where the generated Dockerfile finds gantry's runtime files archive in the build context. */
const RUNTIME_FILES_CONTEXT = '.gantry.runtime-files.tar.gz';


/***/ }),

/***/ 4552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ privateModulesFor),
/* harmony export */   Tp: () => (/* binding */ privateFetchHint)
/* harmony export */ });
/* unused harmony export planPrivateModules */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _secret_inputs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80909);
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53412);



const PATTERN = /^[A-Za-z0-9._~\-/*?[\]]+$/;
const KNOWN_HOSTS_LINE = /^(@revoked\s+)?\S+\s+(ssh-[a-z0-9-]+|ecdsa-sha2-[a-z0-9-]+|sk-[a-z0-9@.-]+)\s+[A-Za-z0-9+/]+=*(\s.*)?$/;
function withSeparator(url) {
    return /[/:]$/.test(url) ? url : `${url}/`;
}
/** Plans goprivate; null when it is empty. */
function planPrivateModules(goprivate, facts) {
    if (goprivate.length === 0)
        return null;
    const patterns = [];
    const rewrites = [];
    for (const entry of goprivate) {
        const eq = entry.indexOf('=');
        const pattern = (eq < 0 ? entry : entry.slice(0, eq)).trim().replace(/\/+$/, '');
        const url = eq < 0 ? '' : entry.slice(eq + 1).trim();
        if (!pattern || !PATTERN.test(pattern))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('goprivate', `'${entry}' is not a module path pattern`, 'patterns such as git.example.com/team/* (GOPRIVATE syntax), each optionally =git URL');
        if (url) {
            if (/[*?[]/.test(pattern))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('goprivate', `'${entry}': a pattern with a glob cannot name a git URL`, 'PATTERN=URL with a plain module path prefix');
            if (/[\s'"\\]/.test(url))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('goprivate', `'${entry}': the git URL has spaces or quotes`, 'a git URL prefix such as ssh://git@git.example.com');
            if (/^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(url)) {
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('goprivate', `'${pattern}=...': the git URL holds a password, which would be written into the builder's git config and the build cache`, 'the credentials in netrc (machine HOST login USER password TOKEN)');
            }
            rewrites.push([withSeparator(url), `https://${pattern}/`]);
        }
        else if (facts.sshId && !facts.netrc) {
            // The hosting services' convention: https for go-get lookups, ssh as git@host.
            const host = pattern.split('/')[0];
            if (!/[*?[]/.test(host) && !rewrites.some(([, from]) => from === `https://${host}/`))
                rewrites.push([`ssh://git@${host}/`, `https://${host}/`]);
        }
        patterns.push(pattern);
    }
    const warnings = [];
    const steps = [];
    for (const [to, from] of rewrites)
        steps.push(`git config --global url.${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(to)}.insteadOf ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(from)}`);
    if (facts.sshId) {
        const pins = facts.knownHosts.split(/\r?\n/).map((l) => l.trim()).filter((l) => KNOWN_HOSTS_LINE.test(l));
        if (pins.length) {
            steps.push('mkdir -p -m 700 /root/.ssh');
            steps.push(`printf '%s\\n' ${pins.map(_shell_quote__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL).join(' ')} > /root/.ssh/known_hosts`);
        }
        else {
            warnings.push('goprivate fetches over ssh but known_hosts pins no host key: git in the build will refuse the git host; add its known_hosts line to known_hosts');
        }
    }
    if (!facts.netrc && !facts.sshId) {
        warnings.push('goprivate is set without a netrc secret or ssh: private modules are fetched without credentials');
    }
    const list = JSON.stringify(patterns.join(','));
    const mounts = [];
    if (facts.netrc)
        mounts.push(`--mount=type=secret,id=${_secret_inputs__WEBPACK_IMPORTED_MODULE_1__/* .NETRC_ID */ .n7},target=/root/.netrc`);
    if (facts.sshId)
        mounts.push(`--mount=type=ssh,id=${facts.sshId}`);
    return { env: [`GOPRIVATE=${list}`, `GONOSUMDB=${list}`], gitSetup: steps.join(' \\\n && '), mounts, warnings };
}
/** planPrivateModules with its facts read from the secret spec (still without I/O). */
function privateModulesFor(secrets) {
    if (secrets.goprivate.length === 0)
        return null;
    const netrc = secrets.refs.some((r) => r.id === _secret_inputs__WEBPACK_IMPORTED_MODULE_1__/* .NETRC_ID */ .n7);
    const sshId = (secrets.ssh.find((r) => r.id === 'default') ?? secrets.ssh[0])?.id ?? '';
    return planPrivateModules(secrets.goprivate, { netrc, sshId, knownHosts: secrets.knownHosts });
}
const FETCH_FAILURE = /no secure protocol found|could not read Username|terminal prompts disabled|Authentication failed|Permission denied \(publickey|Host key verification failed|Could not resolve hostname|cannot run ssh/;
/**
 * A hint for a failed fetch of a private module. For a module path with a .git suffix, Go
 * tries https, git+ssh and ssh in turn and reports only "no secure protocol found", hiding
 * git's own error; say what to check.
 */
function privateFetchHint(message, goprivate) {
    if (goprivate.length === 0 || !FETCH_FAILURE.test(message))
        return '';
    return (' (git could not fetch a goprivate module: check that the netrc secret has a machine line for the host git connects to' +
        " (after goprivate's PATTERN=URL rewrite), or that ssh forwards an agent holding an authorized key and known_hosts pins the git host;" +
        " for paths ending in .git, Go reports only 'no secure protocol found' whatever git said)");
}


/***/ }),

/***/ 16579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ refuseSecretValues),
/* harmony export */   X6: () => (/* binding */ guardBuildArgs)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _secret_values__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23022);
/* harmony import */ var _secret_values__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33754);




function secretWay(name) {
    const id = name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
    return `pass it as a build secret instead: secret_envs '${id}=${name}' (the value from the environment variable ${name}) and in the Dockerfile RUN --mount=type=secret,id=${id} reading /run/secrets/${id}`;
}
/**
 * Refuses build args named like secrets or carrying a secret's value; with
 * allow_secret_build_args they pass with a warning.
 */
function guardBuildArgs(args, secrets, allow) {
    const warnings = [];
    for (const [name, value] of args) {
        const word = (0,_secret_values__WEBPACK_IMPORTED_MODULE_2__/* .secretWord */ .zN)(name);
        const match = secrets.find((s) => {
            const v = value.trim();
            if (!v)
                return false;
            return s.text.trim() === v || (0,_secret_values__WEBPACK_IMPORTED_MODULE_1__/* .secretNeedles */ .h9)(s.text).needles.some((n) => n.length >= 8 && v.includes(n));
        });
        if (!word && !match)
            continue;
        const why = match
            ? `build arg ${name} carries the value of secret '${match.id}'`
            : `build arg ${name} looks like a secret (its name has ${word})`;
        if (allow) {
            warnings.push(`${why}; allowed by allow_secret_build_args, so it stays in the image history and the build cache`);
            continue;
        }
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('build_args', `${why}: build args stay in the image history and the build cache`, `no secrets in build_args; ${secretWay(name)}; or allow_secret_build_args: true if it is not a secret`);
    }
    return { warnings };
}
/**
 * Refuses any value of `input` (build args, labels: what lands in an image) that equals, or holds,
 * the value of one of gantry's own secret inputs (registry_password, sign_key_password,
 * secret_env...). Unlike a name that only looks like a secret, no flag allows it: nobody means to
 * publish the registry's password in an image. The message names the secret, never the value.
 */
function refuseSecretValues(input, pairs, secrets) {
    for (const [name, value] of pairs) {
        const v = value.trim();
        if (v.length < 4)
            continue;
        const match = secrets.find((s) => {
            const t = s.text.trim();
            return t.length >= 4 && (t === v || (t.length >= 8 && v.includes(t)));
        });
        if (match) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${name} carries the value of the secret ${match.id}, and ${input} land in the image for anyone who pulls it`, `no secret values in ${input}; a secret reaches the build through secret_envs or secret_files, and the app through secret_env`);
        }
    }
}


/***/ }),

/***/ 80909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n7: () => (/* binding */ NETRC_ID),
/* harmony export */   t1: () => (/* binding */ parseSecretSpec)
/* harmony export */ });
/* unused harmony exports parseSecretRefs, parseSshRefs */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _secret_values__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33754);


/** The id under which the generated Dockerfile mounts a .netrc. */
const NETRC_ID = 'netrc';
const ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function pairs(name, lines, what) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        const id = eq > 0 ? line.slice(0, eq).trim() : '';
        const value = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (!ID.test(id) || !value)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `'${line}' is not an id=${what} line`, `id=${what} lines with ids of letters, digits, _ . -`);
        return [id, value];
    });
}
function parseSecretRefs(secretEnvs, secretFiles, netrc) {
    const refs = [];
    const seen = new Map();
    const add = (ref, input) => {
        const before = seen.get(ref.id);
        if (before)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `secret id '${ref.id}' is given twice (also in ${before})`, 'each id once across secret_envs, secret_files and netrc');
        seen.set(ref.id, input);
        refs.push(ref);
    };
    for (const [id, env] of pairs('secret_envs', secretEnvs, 'ENV_NAME')) {
        if (!ENV_NAME.test(env))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('secret_envs', `'${env}' (for id '${id}') is not an environment variable name`, 'id=ENV_NAME lines');
        add({ id, from: { env } }, 'secret_envs');
    }
    for (const [id, file] of pairs('secret_files', secretFiles, 'path'))
        add({ id, from: { file } }, 'secret_files');
    if (netrc.trim())
        add({ id: NETRC_ID, from: { input: 'netrc' } }, 'netrc');
    return refs;
}
/**
 * Parses the ssh input, the way buildx reads --ssh: `default`, `ID` (both the runner's
 * SSH_AUTH_SOCK agent), `ID=PATH[,PATH]` (a socket or key files), and private key text,
 * alone (for id default) or after `ID=`, spanning lines up to its -----END line.
 */
function parseSshRefs(text) {
    const refs = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line || line.startsWith('#'))
            continue;
        const m = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(line);
        const id = m ? m[1] : line.startsWith('-----BEGIN') ? 'default' : line;
        const rest = m ? m[2].trim() : line.startsWith('-----BEGIN') ? line : '';
        let ref;
        if (rest.startsWith('-----BEGIN')) {
            const block = [rest];
            while (!/-----END [A-Z0-9 ]+-----/.test(block[block.length - 1]) && i + 1 < lines.length)
                block.push(lines[++i].trim());
            if (!/-----END [A-Z0-9 ]+-----/.test(block[block.length - 1]))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('ssh', `the key text for id '${id}' has no -----END line`, 'a whole private key');
            ref = { id, keyText: `${block.join('\n')}\n` };
        }
        else if (!ID.test(id)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('ssh', `'${line.length > 40 ? `${line.slice(0, 40)}...` : line}' is not an ssh entry`, 'default, ID, ID=PATH[,PATH] or private key text');
        }
        else if (rest) {
            ref = { id, paths: rest.split(',').map((p) => p.trim()).filter(Boolean) };
        }
        else {
            ref = { id, agent: 'SSH_AUTH_SOCK' };
        }
        if (refs.some((r) => r.id === id))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('ssh', `id '${id}' is given twice`, 'each ssh id once');
        refs.push(ref);
    }
    return refs;
}
/** Parses the secret inputs without reading any value (variables, files and agents are read at build time). */
function parseSecretSpec(inputs) {
    return {
        refs: parseSecretRefs(inputs.secret_envs, inputs.secret_files, inputs.netrc),
        ssh: parseSshRefs(inputs.ssh),
        netrc: inputs.netrc,
        goprivate: [...inputs.goprivate],
        knownHosts: inputs.known_hosts,
        allowSecretBuildArgs: inputs.allow_secret_build_args,
    };
}


/***/ }),

/***/ 23022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ maskParts),
/* harmony export */   h9: () => (/* binding */ secretNeedles)
/* harmony export */ });
/* unused harmony exports MIN_LINE, MIN_VALUE */
/* harmony import */ var _secret_values__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33754);
/**
 * What of a secret value to look for in logs and images. The whole value is the obvious
 * needle; a multi-line value can also leak one line at a time, and a .netrc's passwords
 * are what matters in it, not its `machine` lines.
 */
/** Shorter lines would match by chance in a binary layer. */
const MIN_LINE = 8;
/** Below this, even a whole value is too short to search for without false hits. */
const MIN_VALUE = 6;


const ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
/** The strings to search an image for; secrets too short to search are reported apart. */
function secretNeedles(value) {
    const whole = value.trim();
    const out = new Set();
    if (whole.length >= MIN_VALUE)
        out.add(whole);
    const netrc = (0,_secret_values__WEBPACK_IMPORTED_MODULE_0__/* .netrcPasswords */ .N1)(whole);
    if (netrc.length) {
        for (const p of netrc)
            if (p.length >= MIN_VALUE)
                out.add(p);
    }
    else {
        for (const line of whole.split(/\r?\n/).map((l) => l.trim())) {
            if (line.length >= MIN_LINE && !ARMOR.test(line))
                out.add(line);
        }
    }
    const tooShort = out.size === 0 || netrc.some((p) => p.length < MIN_VALUE);
    return { needles: [...out], tooShort };
}
/**
 * What a front end must mask for a secret: the value itself (the maskers split it into lines)
 * and the netrc passwords inside it, which git or curl could print on their own.
 */
function maskParts(value) {
    return [value, ...(0,_secret_values__WEBPACK_IMPORTED_MODULE_0__/* .netrcPasswords */ .N1)(value)].filter((s) => s.trim().length > 0);
}


/***/ }),

/***/ 25820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   a: () => (/* binding */ streamProcess)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2203);
/* harmony import */ var stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(stream__WEBPACK_IMPORTED_MODULE_1__);


function commandLine(command, args) {
    return [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
/**
 * Runs a command to its end and collects its output, through @actions/exec (loaded on first
 * use). Rejects only when the command cannot be started (e.g. not installed).
 */
async function runProcess(command, args, opts) {
    opts.debug?.(`run: ${commandLine(command, args)}${opts.cwd ? ` (in ${opts.cwd})` : ''}`);
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.t.bind(__webpack_require__, 95236, 23));
    const out = await getExecOutput(command, args, { cwd: opts.cwd, env: opts.env, input: opts.input, silent: true, ignoreReturnCode: true });
    return { code: out.exitCode, stdout: out.stdout, stderr: out.stderr };
}
/**
 * Starts a command whose stdout is a stream to consume as it comes (a tar of a large folder).
 * Own code, not @actions/exec: that one hands stdout over in events without backpressure, so a
 * slow consumer would hold the whole output in memory. The stream ends with an error naming the
 * command's last stderr line when it exits non-zero.
 */
function streamProcess(command, args, opts) {
    opts.debug?.(`run: ${commandLine(command, args)}${opts.cwd ? ` (in ${opts.cwd})` : ''} (output streamed)`);
    const out = new stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough();
    let child;
    try {
        child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd: opts.cwd, env: opts.env, stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    }
    catch (err) {
        process.nextTick(() => out.destroy(err));
        return out;
    }
    if (opts.input)
        child.stdin?.end(opts.input);
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d.toString('utf8')));
    child.stdout?.pipe(out, { end: false });
    child.on('error', (err) => out.destroy(err));
    child.on('close', (code) => {
        if (code === 0)
            out.end();
        else
            out.destroy(new Error(`${command} failed: ${stderr.trim().split('\n').slice(-1)[0] || `exit code ${code}`}`));
    });
    // A consumer that gives up ends the process too.
    out.on('close', () => {
        if (child.exitCode === null)
            child.kill();
    });
    return out;
}


/***/ }),

/***/ 54147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ PULL_REFUSED),
/* harmony export */   gP: () => (/* binding */ registryOfImage),
/* harmony export */   kv: () => (/* binding */ RegistryLogins)
/* harmony export */ });
/* unused harmony exports ANONYMOUS, registryKey, parseAuthConfig, refusedError */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const ANONYMOUS = Object.freeze({ username: '', password: '' });
const INPUT = 'registry_auth_config';
const EXPECTED = 'docker config JSON such as {"auths":{"registry.example.com":{"auth":"<base64 of user:password>"}}}';
/** Docker Hub's names as tools write them; all mean the registry gantry calls docker.io. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/**
 * A registry's key as the auth config and image references name it: the host[:port] of
 * `https://host:port/v1/` or `host/path`, lower case; Docker Hub's aliases are docker.io.
 */
function registryKey(text) {
    const host = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
    return DOCKER_HUB.has(host) ? 'docker.io' : host;
}
/** The registry an image reference (repo[:tag][@digest]) is pulled from. */
function registryOfImage(ref) {
    const first = ref.trim().split('/')[0];
    const named = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
    return named ? registryKey(first) : 'docker.io';
}
/**
 * Parses registry_auth_config into credentials by registry. Refused with one line naming the
 * input: text that is not JSON, an object without `auths`, an entry whose auth does not decode
 * to user:password, and credential helper references (credsStore, credHelpers), which name
 * programs on the machine that gantry does not run.
 */
function parseAuthConfig(text) {
    const out = new Map();
    if (!text.trim())
        return out;
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        // The parser's message may quote the text: only its position is kept.
        const at = /position \d+/.exec(err instanceof Error ? err.message : '')?.[0];
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `is not JSON${at ? ` (${at})` : ''}`, EXPECTED);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, 'is not a JSON object', EXPECTED);
    const o = doc;
    const helpers = [o.credsStore ? 'credsStore' : '', o.credHelpers && Object.keys(o.credHelpers).length ? 'credHelpers' : ''].filter(Boolean);
    if (helpers.length) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `refers to a credential helper (${helpers.join(' and ')}); gantry runs no credential helpers`, 'the credentials themselves under "auths" (each registry\'s "auth" as base64 of user:password, or "username" and "password"), e.g. the output of your helper\'s get command');
    }
    if (o.auths === undefined)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, 'has no "auths" object', EXPECTED);
    if (!o.auths || typeof o.auths !== 'object' || Array.isArray(o.auths))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, '"auths" is not an object', EXPECTED);
    for (const [name, value] of Object.entries(o.auths)) {
        const key = registryKey(name);
        if (!key || /[\s"'`$\\]/.test(key))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `"auths" names '${name}', which is not a registry host`, EXPECTED);
        if (!value || typeof value !== 'object' || Array.isArray(value))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `the entry of ${name} is not an object`, EXPECTED);
        out.set(key, entryCredentials(name, value));
    }
    return out;
}
function entryCredentials(name, e) {
    if (e.identitytoken || e.registrytoken) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `the entry of ${name} holds an identity or registry token, which gantry cannot use`, 'the entry\'s "auth" (base64 of user:password) or "username" and "password"');
    }
    if (typeof e.auth === 'string' && e.auth) {
        const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (!/^[A-Za-z0-9+/=_-]+$/.test(e.auth) || colon <= 0)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `the "auth" of ${name} is not base64 of user:password`, EXPECTED);
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (e.username !== undefined || e.password !== undefined) {
        if (typeof e.username !== 'string' || typeof e.password !== 'string' || !e.username) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `the entry of ${name} needs both "username" and "password" as strings`, EXPECTED);
        }
        return { username: e.username, password: e.password };
    }
    // An empty entry ({}) says: this registry is spoken to without credentials, on purpose.
    return ANONYMOUS;
}
/** The credentials of one run: the auth config's entries, and the pair for gantry's own registries. */
class RegistryLogins {
    entries;
    pair;
    own;
    constructor(entries, pair, own = []) {
        this.entries = entries;
        this.pair = pair;
        this.own = new Set([...own].map(registryKey));
    }
    /** From the inputs; `own` are the registries pushed to or deployed from (the pair applies there). */
    static of(inputs, own = []) {
        const pair = inputs.registry_username || inputs.registry_password ? { username: inputs.registry_username, password: inputs.registry_password } : undefined;
        return new RegistryLogins(parseAuthConfig(inputs.registry_auth_config), pair, own);
    }
    /** The same logins with more registries of gantry's own. */
    withOwn(registries) {
        return new RegistryLogins(this.entries, this.pair, [...this.own, ...registries]);
    }
    /** Whether registry_auth_config was given at all. */
    get configured() {
        return this.entries.size > 0;
    }
    /** Whether the auth config has an entry for the registry. */
    names(registry) {
        return this.entries.has(registryKey(registry));
    }
    /** The registry's credentials (ANONYMOUS when none apply). */
    for(registry) {
        const key = registryKey(registry);
        const entry = this.entries.get(key);
        if (entry)
            return entry;
        if (this.pair && this.own.has(key))
            return this.pair;
        return ANONYMOUS;
    }
    /** Credentials for the registry, or undefined when it is spoken to anonymously. */
    maybe(registry) {
        const c = this.for(registry);
        return c.username || c.password ? c : undefined;
    }
    /** What to check when the registry refuses: the input that gave (or should give) its credentials. */
    hint(registry) {
        const key = registryKey(registry);
        if (this.entries.has(key))
            return `check the entry of ${key} in registry_auth_config`;
        if (this.pair && this.own.has(key))
            return `check registry_username and registry_password (user '${this.pair.username}')`;
        if (this.configured)
            return `registry_auth_config has no entry for ${key}`;
        return `no credentials were given for ${key} (registry_auth_config${this.own.has(key) ? ', or registry_username and registry_password' : ''})`;
    }
    /**
     * Refuses, before anything is built, a registry to push to that the auth config was given
     * without and that the pair does not cover: the build needs it.
     */
    requireForPush(registries) {
        if (!this.configured)
            return;
        for (const r of registries) {
            const key = registryKey(r);
            if (!this.entries.has(key) && !this.pair) {
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(INPUT, `has no entry for registry ${key}, which image pushes to`, `an entry under "auths" for ${key} (an empty {} pushes without credentials), or registry_username and registry_password`);
            }
        }
    }
}
/** Words of a registry refusing a pull for want of (good) credentials. */
const PULL_REFUSED = /\b401\b|\b403\b|unauthorized|authentication required|no basic auth credentials|access denied|denied: /i;
/** A UserError for a registry that refused, naming the image and what to give. */
function refusedError(what, registry, logins, detail) {
    return new UserError(`${what}: registry ${registryKey(registry)} ${logins.maybe(registry) ? 'refuses the credentials given' : 'needs credentials to pull it'} (${detail.split('\n')[0].trim()}); ${logins.hint(registry)}`);
}


/***/ }),

/***/ 47162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ PROXY_NAMES),
/* harmony export */   HU: () => (/* binding */ inStateFolder),
/* harmony export */   PV: () => (/* binding */ checkServiceName),
/* harmony export */   Vq: () => (/* binding */ reservedNameProblem),
/* harmony export */   gZ: () => (/* binding */ CONTAINER_SUFFIXES),
/* harmony export */   lZ: () => (/* binding */ checkLabelKeys)
/* harmony export */ });
/* unused harmony exports LABEL_PREFIXES, STATE_FOLDER */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Names gantry uses for itself on hosts and in images, and the one check that keeps users' values
 * off them: a container named like another service's parked rollback version, a label that claims
 * to be gantry's, a mount of gantry's state folder would each be taken for gantry's own object.
 * (The host steps also check gantry's labels before they start or remove a parked container.)
 */

/** The suffixes of one service's transient and parked containers (<name>-gantry-prev...). */
const CONTAINER_SUFFIXES = ['-gantry-new', '-gantry-old', '-gantry-prev', '-gantry-drop', '-gantry-hook'];
/** Proxy mode's Caddy container, its volumes and the network it shares with the app containers. */
const PROXY_NAMES = { container: 'gantry-proxy', configVolume: 'gantry-proxy-config', dataVolume: 'gantry-proxy-data', network: 'gantry' };
/** Label keys gantry writes and reads (containers, services, images, builder volumes). */
const LABEL_PREFIXES = ['dev.gantry.', 'org.gantry.'];
/** The deploy user's state folder on every host (locks, records, routes, releases' bookkeeping). */
const STATE_FOLDER = '.gantry';
/** Why `name` (a container, service or program name) is gantry's own, or ''. */
function reservedNameProblem(name) {
    const lower = name.toLowerCase();
    const suffix = CONTAINER_SUFFIXES.find((s) => lower.endsWith(s));
    if (suffix)
        return `ends in '${suffix}', which gantry gives its own containers (${suffix === '-gantry-prev' ? "another service's parked rollback version" : "another service's transient ones"})`;
    if (lower === PROXY_NAMES.container || lower.startsWith(`${PROXY_NAMES.container}-`))
        return `is the name of gantry's proxy container (${PROXY_NAMES.container})`;
    return '';
}
/** Refuses a container, service or program name gantry uses for itself, naming the input. */
function checkServiceName(input, name) {
    const problem = reservedNameProblem(name);
    if (problem)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${name}' ${problem}`, "a name of your own that does not end in -gantry-new, -old, -prev, -drop or -hook and is not gantry-proxy");
}
/** Refuses label keys in gantry's own namespaces (an image's labels reach its containers too). */
function checkLabelKeys(input, keys) {
    for (const key of keys) {
        const prefix = LABEL_PREFIXES.find((p) => key.toLowerCase().startsWith(p));
        if (prefix)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `the key '${key}' is in gantry's own label namespace ${prefix}* (gantry finds its containers and images by these labels)`, `keys outside ${LABEL_PREFIXES.join('* and ')}*`);
    }
}
/** True when a host path has gantry's state folder among its parts (/home/deploy/.gantry/...). */
function inStateFolder(hostPath) {
    return hostPath.split('/').includes(STATE_FOLDER);
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