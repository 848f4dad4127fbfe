"use strict";
exports.id = 563;
exports.ids = [563];
exports.modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ fileCause),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, refused credentials, unreachable engine...).
 * The top-level catch prints its message as one line, without a stack trace.
 */
class UserError extends Error {
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'UserError';
    }
}
/**
 * An error about one named input: "input 'image': <problem>; expected <what>", on one line
 * (a line break the value holds is shown as ⏎).
 */
function inputError(name, problem, expected) {
    return new UserError(`input '${name}': ${problem.replace(/\r?\n|\r/g, '⏎')}${expected ? `; expected ${expected}` : ''}`);
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** What a file system error code means, in words (the code follows in parentheses). */
const FILE_CAUSES = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    ELOOP: 'a symbolic link loop',
    EMFILE: 'too many open files',
    EIO: 'an input/output error of the device',
};
/** "permission denied (EACCES)", or the error's own first line when it has no known code. */
function fileCause(err) {
    const code = err?.code;
    if (code && FILE_CAUSES[code])
        return `${FILE_CAUSES[code]} (${code})`;
    return code ?? errorMessage(err).split('\n')[0];
}
/** One line naming the input, the file and the cause of a failed read or write of it. */
function fileError(input, verb, file, err) {
    return err instanceof UserError ? err : inputError(input, `cannot ${verb} '${file}': ${fileCause(err)}`);
}


/***/ }),

/***/ 13530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ciJob),
/* harmony export */   R: () => (/* binding */ refuseCliOnly)
/* harmony export */ });
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75060);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * Inputs only a CLI in a terminal takes (logs_follow streams until Ctrl-C): anywhere a job runs
 * (the action, a CI job), and a CLI whose output is a pipe or a file (nobody there to press
 * Ctrl-C: it would never end), any value but the default is refused in one line, before any work.
 */
function refuseCliOnly(inputs, where, why = 'the job would never end') {
    for (const name of (0,_schema__WEBPACK_IMPORTED_MODULE_0__/* .inputNames */ .vj)()) {
        const spec = _schema__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name];
        if (!spec.cliOnly || String(inputs[name]) === spec.default)
            continue;
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `${where} cannot take it: ${why}`, `${spec.default} (gantry logs --${name.replace(/_/g, '-')} in a terminal follows the logs until Ctrl-C)`);
    }
}
/** Where the CLI runs inside a CI job, named for the refusal; undefined in a terminal. */
function ciJob(env) {
    if (env.GITLAB_CI === 'true')
        return 'a GitLab CI job';
    if (env.GITHUB_ACTIONS === 'true')
        return 'a GitHub Actions job';
    return undefined;
}


/***/ }),

/***/ 35663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91084);


/** One line for the user: their mistake as such; anything else with a hint to debug. */
function describeFailure(err, debug) {
    if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return { message: err.message, code: err.exitCode };
    const message = err instanceof Error ? err.message : String(err);
    const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
    return { message: `${message.split('\n')[0]}${stack}${debug ? '' : ' (set GANTRY_DEBUG=1 for details)'}`, code: _exit_codes__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.failed };
}


/***/ }),

/***/ 37206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MC: () => (/* binding */ imageRepositories),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   i7: () => (/* binding */ defaultContainerName),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   u7: () => (/* binding */ VALID_TAG)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A valid image tag (the registry's grammar). */
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$|^\[[0-9a-fA-F:]+\](?::[0-9]+)?$/;
const REPOSITORY_EXPECTED = 'a repository such as registry.example.com:5000/team/api, lower case, without :tag or @digest';
/**
 * Parses a repository without tag or digest; `input` names the input in errors, `expected` says
 * what that input takes (a reference input takes a tag or digest after the repository).
 */
function parseRepository(text, input = 'image', expected = REPOSITORY_EXPECTED) {
    const value = text.trim();
    if (!value)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is empty', expected);
    if (/[\s,]/.test(value))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `holds several values or spaces ('${value.split(/[\s,]+/).filter(Boolean).slice(0, 3).join("', '")}'); it takes one repository`, expected);
    const parts = value.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost' || parts[0].startsWith('['))) {
        registry = parts.shift();
        if (!HOST.test(registry))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${registry}' is not a registry host`, expected);
        const port = /:([0-9]+)$/.exec(registry);
        if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${registry}' has the port ${port[1]}, outside 1-65535`, expected);
    }
    for (const p of parts) {
        if (p.includes('@') || p.includes(':'))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${value}' has a tag or digest`, expected);
        if (/[A-Z]/.test(p))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${value}' has upper case letters in '${p}'; repository names are lower case`, expected);
        if (!COMPONENT.test(p))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${value}' is not a valid repository name (component '${p}')`, expected);
    }
    let path = parts.join('/');
    if (registry === 'docker.io' && parts.length === 1)
        path = `library/${path}`;
    return { registry, path, name: value };
}
/**
 * The repositories of `image`: one, or several one a line or comma separated, each checked
 * (the first is the one deployed); the same repository twice is refused.
 */
function imageRepositories(text, input = 'image') {
    const names = text.split(/[\s,]+/).filter(Boolean);
    if (!names.length)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is empty', REPOSITORY_EXPECTED);
    const out = [];
    for (const n of names) {
        const name = parseRepository(n, input).name;
        if (out.includes(name))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `names ${name} twice`, 'each repository once');
        out.push(name);
    }
    return out;
}
/** Splits repo[:tag][@digest] references such as deploy_image. */
function splitReference(ref) {
    let rest = ref.trim();
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = '';
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, tag, digest };
}
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function parseImageRef(text, input = 'deploy_image') {
    const ref = text.trim();
    const expected = 'an image reference such as registry:5000/team/api@sha256:... or registry:5000/team/api:tag';
    if (ref === '')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is empty', 'an image reference (the build sets image_ref)');
    const { repository, tag, digest } = splitReference(ref);
    if (ref.includes('@') && !DIGEST_RE.test(digest))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${ref}' has a digest that is not sha256:<64 hex digits>`, expected);
    if (tag && !VALID_TAG.test(tag))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${ref}' has the tag '${tag}', which is not a valid tag`, expected);
    const repo = parseRepository(repository, input, expected);
    return { registry: repo.registry, repository: repo.name, tag: tag || undefined, digest: digest || undefined };
}
/** repository@digest when known, else repository:tag (latest when nothing is named). */
function formatImageRef(ref) {
    if (ref.digest)
        return `${ref.repository}@${ref.digest}`;
    return `${ref.repository}:${ref.tag ?? 'latest'}`;
}
/** The container name an image gets by default: the last element of its repository. */
function defaultContainerName(ref) {
    const last = ref.repository.split('/').pop();
    return last.replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'app';
}
/** A digest shortened for tables: sha256:0123456789ab. */
function shortDigest(digest) {
    if (!digest)
        return '-';
    const m = /^sha256:([a-f0-9]{12})/.exec(digest);
    return m ? `sha256:${m[1]}` : digest;
}


/***/ }),

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ checkKeyValueLines),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   KL: () => (/* binding */ MAX_ITEM_LENGTH),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75060);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _secret_values__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33754);



/** Splits a list input: one item a line (and a comma, unless the list holds KEY=VALUE lines). */
function splitList(text, linesOnly = false) {
    const parts = linesOnly ? text.split(/\r?\n/) : text.split(/[\r\n,]+/);
    return parts.map((p) => p.trim()).filter((p) => p.length > 0 && !p.startsWith('#'));
}
/** A list item's longest length: an env value over 32 KiB reaches a host's argv and its limits. */
const MAX_ITEM_LENGTH = 32_768;
function maxLengthOf(spec) {
    return spec.maxLength ?? (spec.kind === 'list' || spec.secret || spec.fileOrText ? 1_048_576 : 4_096);
}
/** NUL bytes and lengths, for every input: checked before the value means anything. */
function checkText(name, spec, text) {
    const nul = text.indexOf('\0');
    if (nul >= 0)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `holds a NUL byte (at character ${nul + 1})`, spec.expected ?? 'text without NUL bytes');
    const max = maxLengthOf(spec);
    if (text.length > max)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `is ${text.length} characters long, more than the ${max} it takes`, spec.expected ?? `at most ${max} characters`);
    if (spec.kind !== 'list')
        return;
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.length > MAX_ITEM_LENGTH) {
            const key = spec.keyValue && line.includes('=') ? ` (${line.slice(0, Math.min(line.indexOf('='), 64))})` : '';
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `line ${i + 1}${key} is ${line.length} characters long, more than the ${MAX_ITEM_LENGTH} a line takes`, spec.expected ?? `lines of at most ${MAX_ITEM_LENGTH} characters`);
        }
    });
}
function parseOne(name, spec, text) {
    checkText(name, spec, text);
    const value = text.trim();
    if (spec.options && spec.kind !== 'list' && !spec.options.includes(value)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `'${value}' is not allowed`, `one of ${spec.options.join(', ')}`);
    }
    if (spec.regex && !new RegExp(spec.regex).test(value)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `'${spec.secret ? '***' : value}' is not valid`, spec.expected ?? `a value matching ${spec.regex}`);
    }
    if (spec.keyValue)
        checkKeyValueLines(name, text, spec.secret === true);
    switch (spec.kind) {
        case 'boolean':
            return value === 'true';
        case 'number': {
            const n = Number(value);
            if (!Number.isFinite(n))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `'${value}' is not a number`, spec.expected);
            if (spec.min !== undefined && n < spec.min)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `'${value}' is less than ${spec.min}`, spec.expected);
            if (spec.max !== undefined && n > spec.max)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `'${value}' is more than ${spec.max}`, spec.expected);
            return n;
        }
        case 'list':
            return splitList(text, spec.lines === true);
        default:
            return spec.kind === 'string' && spec.secret ? text : value;
    }
}
/**
 * Parses raw textual inputs (as every front end receives them) into typed inputs.
 * Unset or empty inputs take the schema's default. Unknown names are refused.
 */
function parseInputs(raw) {
    const known = new Set((0,_schema__WEBPACK_IMPORTED_MODULE_0__/* .inputNames */ .vj)());
    for (const key of Object.keys(raw)) {
        if (!known.has(key) && raw[key] !== undefined) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(key, 'is not an input of gantry', `one of ${[...known].join(', ')}`);
        }
    }
    const out = {};
    for (const name of (0,_schema__WEBPACK_IMPORTED_MODULE_0__/* .inputNames */ .vj)()) {
        const spec = _schema__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name];
        const given = raw[name];
        const text = given === undefined || given.trim() === '' ? spec.default : given;
        out[name] = parseOne(name, spec, text);
    }
    return out;
}
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const KEY_VALUE_EXPECTED = 'KEY=VALUE lines, each key of letters, digits, _ . and - (not starting with a digit)';
/**
 * What is wrong with one KEY=VALUE line, or ''. A secret input's line is never shown, only its
 * key (keys are names, not secrets); the caller adds the line number.
 */
function keyValueProblem(line, secret) {
    const eq = line.indexOf('=');
    const shown = secret ? '' : ` '${line}'`;
    if (eq < 0)
        return `${shown} has no '='${secret ? ' (the line is not shown: the input is secret)' : ''}`;
    const key = line.slice(0, eq).trim();
    if (key === '')
        return `${shown} has no key before '='`;
    if (!KEY.test(key))
        return ` has the key '${key}', which is not a valid name`;
    return '';
}
/** Checks KEY=VALUE text line by line; the error names the input, the line number and the key. */
function checkKeyValueLines(name, text, secret = false) {
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const problem = keyValueProblem(line, secret);
        if (problem)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `line ${i + 1}${problem}`, KEY_VALUE_EXPECTED);
    });
}
/** Parses KEY=VALUE lines (checked by parseInputs for inputs), naming the input on a malformed line. */
function parseKeyValues(name, lines, secret = false) {
    return lines.map((line, i) => {
        const problem = keyValueProblem(line, secret);
        if (problem)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `entry ${i + 1}${problem}`, KEY_VALUE_EXPECTED);
        const eq = line.indexOf('=');
        return [line.slice(0, eq).trim(), line.slice(eq + 1)];
    });
}
/**
 * Values of inputs marked secret (secret_env's values among them), and of env lines whose key
 * looks like a secret's: what a front end must mask.
 * With the environment, also the build secrets secret_envs names; private key text in ssh
 * is always included, and the passwords of a netrc. (Files of secret_files are masked by
 * the build as soon as it reads them.)
 */
function secretValues(inputs, env) {
    const out = [...(0,_secret_values__WEBPACK_IMPORTED_MODULE_2__/* .sshKeyTexts */ .e0)(inputs.ssh), ...(0,_secret_values__WEBPACK_IMPORTED_MODULE_2__/* .netrcPasswords */ .N1)(inputs.netrc), ...(0,_secret_values__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigSecrets */ .QV)(inputs.registry_auth_config)];
    if (env) {
        for (const line of inputs.secret_envs) {
            const name = line.slice(line.indexOf('=') + 1).trim();
            const v = line.includes('=') ? env[name] : undefined;
            if (v)
                out.push(v, ...(0,_secret_values__WEBPACK_IMPORTED_MODULE_2__/* .netrcPasswords */ .N1)(v));
        }
    }
    for (const line of inputs.env) {
        const eq = line.indexOf('=');
        if (eq > 0 && (0,_secret_values__WEBPACK_IMPORTED_MODULE_2__/* .secretWord */ .zN)(line.slice(0, eq).trim()))
            out.push(line.slice(eq + 1));
    }
    for (const name of (0,_schema__WEBPACK_IMPORTED_MODULE_0__/* .inputNames */ .vj)()) {
        const spec = _schema__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[name];
        if (!spec.secret)
            continue;
        const v = inputs[name];
        if (Array.isArray(v)) {
            for (const line of v) {
                const eq = line.indexOf('=');
                out.push(eq > 0 ? line.slice(eq + 1) : line);
            }
        }
        else if (typeof v === 'string' && v)
            out.push(v);
    }
    return out.filter((s) => s.length > 0);
}


/***/ }),

/***/ 91746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ loadWhileWaiting),
/* harmony export */   x: () => (/* binding */ waitingOnEngine)
/* harmony export */ });
/**
 * Code a run will need after its build (the SBOM library, say), loaded while the build waits on
 * the engine rather than after it: loading is CPU work of this process, and during the compile
 * this process only waits. What is queued and never reached is loaded when first used, as before.
 */
const queued = [];
/** Queues a load (a dynamic import) for the next wait on the engine. */
function loadWhileWaiting(load) {
    queued.push(load);
}
/** The run waits on the engine now (a compile is running): the queued loads run. */
function waitingOnEngine() {
    for (const load of queued.splice(0))
        load().catch(() => undefined);
}


/***/ }),

/***/ 65622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Masker)
/* harmony export */ });
/* unused harmony export MemoryReporter */
/** Replaces every registered secret (and each line of a multi-line one) by ***. */
class Masker {
    secrets = [];
    add(secret) {
        if (!secret)
            return;
        const parts = [secret, ...secret.split(/\r?\n/).map((l) => l.trim())].filter((s) => s.length >= 3);
        for (const p of parts)
            if (!this.secrets.includes(p))
                this.secrets.push(p);
        this.secrets.sort((a, b) => b.length - a.length);
    }
    get values() {
        return this.secrets;
    }
    apply(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
}
/** A reporter that keeps everything in memory, for tests of code that reports. */
class MemoryReporter {
    lines = [];
    outputs = {};
    summaries = [];
    masker = new Masker();
    info(m) { this.lines.push(this.masker.apply(m)); }
    warn(m) { this.lines.push(`warning: ${this.masker.apply(m)}`); }
    debug() { }
    mask(s) { this.masker.add(s); }
    async group(name, fn) {
        this.lines.push(`== ${name}`);
        return fn();
    }
    setOutput(n, v) { this.outputs[n] = v; }
    summary(md) { this.summaries.push(md); }
}


/***/ }),

/***/ 79786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91084);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37206);
/* harmony import */ var _preload__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91746);







/**
 * Each command's code is imported when the command runs, so that a process loads only what its
 * command uses: `plan` no engine client, a build no SSH client, a deploy no build, and none of
 * them the supply chain (SBOM, signing, verifying) unless an input asks for it.
 */
/** Whether any input of the supply chain is set (sbom, or a key to sign or verify with). */
function usesSupplyChain(inputs) {
    return inputs.sbom || inputs.sign_keyless || Boolean(inputs.sign_key.trim() || inputs.sign_key_password || inputs.verify_key.trim() || inputs.verify_identity.trim() || inputs.verify_issuer.trim() || inputs.verify_trusted_root.trim() || inputs.signature_format !== 'legacy' || inputs.require_provenance || inputs.verify_source.trim());
}
/** The supply chain's plan (sign_key checked before the build), or null when no input asks for one. */
async function prepareSupply(inputs, reporter, env) {
    if (!usesSupplyChain(inputs))
        return null;
    const chain = await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(668), __webpack_require__.e(118), __webpack_require__.e(463), __webpack_require__.e(396)]).then(__webpack_require__.bind(__webpack_require__, 91463));
    if (inputs.sbom)
        (0,_preload__WEBPACK_IMPORTED_MODULE_6__/* .loadWhileWaiting */ .T)(chain.loadSbomLibrary);
    return { plan: chain.prepareSupplyChain(inputs, reporter, env), chain };
}
/** With sign_key and binaries_dir: binaries_dir/SHA256SUMS signed as a cosign blob (SHA256SUMS.sig). */
function signSums(supply, inputs, reporter) {
    if (supply)
        supply.chain.signBinaries(supply.plan, inputs, reporter);
}
/** Builds one service, then its SBOM, signatures and attestations (sign_key is checked before the build). */
async function buildWithSupplyChain(inputs, reporter, env) {
    const supply = await prepareSupply(inputs, reporter, env);
    const { build } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(131), __webpack_require__.e(830), __webpack_require__.e(118), __webpack_require__.e(133), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(926), __webpack_require__.e(843), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 73567));
    const built = await build(inputs, reporter, env);
    const sboms = supply ? (await supply.chain.attachSupplyChain(supply.plan, inputs, reporter, env, built)).sbomPaths : [];
    signSums(supply, inputs, reporter);
    reporter.setOutput('sbom', sboms.join(','));
    return built;
}
/** Builds the services of a config file, then each one's SBOM, signatures and attestations. */
async function buildServicesWithSupplyChain(inputs, reporter, env) {
    const supply = await prepareSupply(inputs, reporter, env);
    const { buildServices } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(131), __webpack_require__.e(830), __webpack_require__.e(118), __webpack_require__.e(133), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(926), __webpack_require__.e(843), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 73567));
    const outcomes = await buildServices(inputs, reporter, env);
    const paths = [];
    for (const o of outcomes) {
        if (o.result && supply)
            paths.push(...(await supply.chain.attachSupplyChain(supply.plan, inputs, reporter, env, o.result, o.name)).sbomPaths);
    }
    signSums(supply, inputs, reporter);
    reporter.setOutput('sbom', paths.join(','));
}
/**
 * all with push false and remote hosts ships the build's OCI layout over SSH: refused before the
 * build when that cannot work (the container builder keeps the image in the engine; a layout
 * holds one platform's image per reference; Swarm nodes pull from a registry).
 */
function refuseUnshippable(inputs, host) {
    if (inputs.builder === 'container') {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('push', `is false with builder container, so the image stays in this machine's engine, but hosts names the remote host '${host}'`, 'builder: host (the image is then shipped to the hosts over SSH), push: true, or hosts: local');
    }
    if (inputs.platforms.length > 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('platforms', `names ${inputs.platforms.length} platforms with push false and remote hosts: the image shipped over SSH is one platform's`, "one platform (the hosts'), or push: true");
    }
    if (inputs.deploy_target === 'swarm') {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('push', `is false, but the swarm target's nodes each pull the image from a registry (host '${host}')`, 'push: true');
    }
}
/** A fresh folder for the layout `all` ships, removed when the process ends. */
function scratchLayout() {
    const dir = fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(path__WEBPACK_IMPORTED_MODULE_2__.join(os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'gantry-oci-'));
    process.once('exit', () => fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true }));
    return dir;
}
/** The one entry every front end calls, after parsing inputs and registering masks. */
async function run(command, inputs, reporter, env) {
    switch (command) {
        case 'plan': {
            // The checks a build makes before it starts, the supply chain's among them (sign_key with
            // sign_keyless, an unreadable key): plan refuses what build would refuse.
            if (usesSupplyChain({ ...inputs, sbom: false }))
                await prepareSupply(inputs, reporter, env);
            const { planOnly } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(843), __webpack_require__.e(170)]).then(__webpack_require__.bind(__webpack_require__, 10170));
            await planOnly(inputs, reporter, env);
            return _exit_codes__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        }
        case 'build':
            if (inputs.config)
                await buildServicesWithSupplyChain(inputs, reporter, env);
            else
                await buildWithSupplyChain(inputs, reporter, env);
            return _exit_codes__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
        case 'deploy':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 15632))).deploy(inputs, reporter, undefined, env);
        case 'rollback':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 15632))).rollback(inputs, reporter, env);
        case 'verify': {
            const { verifyCommand } = await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(668), __webpack_require__.e(118), __webpack_require__.e(463), __webpack_require__.e(396)]).then(__webpack_require__.bind(__webpack_require__, 91463));
            return verifyCommand(inputs, reporter, (0,_image_ref__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRef */ .Q)(inputs.deploy_image, 'deploy_image'), env);
        }
        case 'status':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(590)]).then(__webpack_require__.bind(__webpack_require__, 33590))).status(inputs, reporter, env);
        case 'logs':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(103)]).then(__webpack_require__.bind(__webpack_require__, 3103))).logs(inputs, reporter, env);
        case 'audit':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(449)]).then(__webpack_require__.bind(__webpack_require__, 63449))).audit(inputs, reporter, env);
        case 'unlock':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(148)]).then(__webpack_require__.bind(__webpack_require__, 3148))).unlock(inputs, reporter, env);
        case 'maintenance':
        case 'live':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 5217))).maintenance(inputs, reporter, inputs.command === 'maintenance', env);
        case 'exec':
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 59661))).exec(inputs, reporter, env);
        case 'all': {
            if (inputs.config) {
                if (inputs.hosts.length)
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('hosts', 'cannot take the several images of a config file', 'a deploy of each service (command deploy with its deploy_image), or no config');
                await buildServicesWithSupplyChain(inputs, reporter, env);
                return _exit_codes__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
            }
            if (inputs.deploy_target === 'binary') {
                // Nothing is pushed for this target: the build exports binaries_dir and the hosts get those files.
                if (!inputs.binaries_dir.trim())
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('binaries_dir', 'is empty and deploy_target is binary', 'the folder the build exports the binaries (and SHA256SUMS) to');
                await (await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 20205))).checkDeployInputs(inputs, env);
                const supply = await prepareSupply({ ...inputs, push: false }, reporter, env);
                const { build } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(131), __webpack_require__.e(830), __webpack_require__.e(118), __webpack_require__.e(133), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(926), __webpack_require__.e(843), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 73567));
                await build({ ...inputs, push: false }, reporter, env);
                signSums(supply, inputs, reporter);
                if (inputs.hosts.length === 0)
                    return _exit_codes__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
                return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 15632))).deploy(inputs, reporter, undefined, env);
            }
            // Every input of every phase is checked before any work: nothing is built or pushed for a
            // deploy that would refuse its inputs.
            // push false with remote hosts: the build writes an OCI layout and the hosts get the image
            // from it over their SSH connections (deploy_image oci:), with no registry.
            const remote = inputs.hosts.filter((h) => h.trim() !== 'local');
            const ship = !inputs.push && remote.length > 0;
            if (inputs.hosts.length) {
                if (ship)
                    refuseUnshippable(inputs, remote[0]);
                await (await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 20205))).checkDeployInputs(inputs, env);
            }
            const buildInputs = ship && !inputs.oci_layout.trim() ? { ...inputs, oci_layout: scratchLayout() } : inputs;
            const built = await buildWithSupplyChain(buildInputs, reporter, env);
            if (inputs.hosts.length === 0)
                return _exit_codes__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
            if (ship) {
                if (!built.ociLayout) {
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('push', `is false and the image was built in this machine's engine (builder ${inputs.builder} chose the container path), which hosts such as '${remote[0]}' cannot reach`, 'builder: host (it writes an OCI layout gantry ships over SSH), or push: true');
                }
                return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 15632))).deploy(inputs, reporter, `oci:${built.ociLayout.dir}@${built.ociLayout.digest}`, env);
            }
            return (await Promise.all(/* import() */[__webpack_require__.e(205), __webpack_require__.e(481), __webpack_require__.e(346), __webpack_require__.e(337), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 15632))).deploy(inputs, reporter, built.imageRef, env);
        }
    }
}


/***/ }),

/***/ 75060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   Qh: () => (/* binding */ outputVariable),
/* harmony export */   gr: () => (/* binding */ outputNames),
/* harmony export */   j$: () => (/* binding */ COMMAND_SUMMARY),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   py: () => (/* binding */ OUTPUTS),
/* harmony export */   vj: () => (/* binding */ inputNames),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/**
 * The one input schema. action.yml, the GitLab templates' spec:inputs, the CLI's flags and
 * help, and the input reference (docs/reference/inputs.md) are generated from (or checked against) this file:
 * a default is written here and nowhere else.
 */
const COMMANDS = ['build', 'deploy', 'all', 'rollback', 'plan', 'status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec', 'verify'];
/** One line per command for the CLI's help; a Record, so a new command cannot be left out. */
const COMMAND_SUMMARY = {
    build: 'build the image and push it (push: false keeps it local)',
    deploy: 'roll deploy_image out to hosts',
    all: 'build, push, then deploy when hosts are given',
    rollback: 'put every host back on its previous recorded version (or rollback_to a kept one)',
    plan: 'print the Dockerfile, tags and labels without building',
    status: 'what runs where, the rollback candidates, the lock holder',
    logs: "the service's logs from every host, each line prefixed with its host",
    audit: "the hosts' audit entries, merged by time",
    unlock: "release the service's deploy lock (force: even when its holder looks alive)",
    maintenance: "proxy mode: every host's proxy answers the service with 503 and maintenance_message",
    live: 'back to the service after maintenance (deploys made meanwhile go live now)',
    exec: 'run exec_cmd once on every host with the live release (a new container, or exec_in live), output prefixed by host',
    verify: "the signatures and attestations of deploy_image, and whether each verifies",
};
const BOOL = { kind: 'boolean', options: ['true', 'false'] };
const INPUTS = {
    command: {
        kind: 'string', default: 'all', group: 'general', options: ['build', 'deploy', 'all', 'rollback', 'plan', 'status', 'logs', 'audit', 'unlock', 'maintenance', 'live', 'exec', 'verify'],
        description: "What to do: build (build and push), deploy, all (build, push, then deploy when hosts is set), rollback, plan (print the Dockerfile, tags and labels only); on the fleet: status (what runs where, the rollback candidates, the lock holder), logs (the service's logs from every host, each line prefixed with its host), audit (the hosts' audit entries, merged by time), unlock (release the service's deploy lock; force when its holder looks alive), maintenance (proxy mode: the proxy answers the service's names with 503 and maintenance_message; deploys meanwhile switch behind it) and live (back to the service); exec (run exec_cmd once on every host with the live release, each line prefixed with its host); verify (print the signatures and attestations of deploy_image and whether each verifies with verify_key).",
    },
    context: { kind: 'string', default: '.', group: 'build', description: 'Build context: the folder holding the service (its go.mod, unless a Dockerfile is given).' },
    dockerfile: { kind: 'string', default: '', group: 'build', description: 'Path of your own Dockerfile, built unchanged; empty generates a cached multi-stage one.' },
    go_version: {
        kind: 'string', default: '', group: 'build', regex: '^$|^[0-9]+\\.[0-9]+(\\.[0-9]+)?([a-z]+[0-9]*)?$', expected: 'a Go version such as 1.22 or 1.22.5',
        description: "Go version of the builder; empty reads go.mod's toolchain line, else its go directive (go 1.22.0 -> 1.22).",
    },
    builder_image: { kind: 'string', default: 'golang:{go_version}', group: 'build', description: 'Image of the build stage; {go_version} is replaced.' },
    main_package: { kind: 'string', default: '.', group: 'build', description: 'Package to build, relative to the context (e.g. ./cmd/api).' },
    binary_name: { kind: 'string', default: '', group: 'build', description: 'Name of the binary; empty takes the last element of main_package, else of the module path.' },
    cgo: { ...BOOL, default: 'false', group: 'build', description: 'Build with cgo (CGO_ENABLED=1); pick a glibc runtime such as debian-slim then.' },
    ldflags: { kind: 'string', default: '-s -w', group: 'build', description: 'Linker flags for go build (with -trimpath always).' },
    version_variable: {
        kind: 'string', default: '', group: 'build', regex: '^$|^[A-Za-z0-9_./-]+\\.[A-Za-z_][A-Za-z0-9_]*$', expected: 'a package-qualified variable such as main.version',
        description: 'A string variable stamped with -X to the image version (git tag, else short sha), e.g. main.version.',
    },
    runtime_image: {
        kind: 'string', default: 'scratch', group: 'build',
        description: 'Base of the final stage: scratch, distroless, alpine, debian-slim, or any image reference. CA certificates, zoneinfo and a non-root user are added.',
    },
    build_args: { kind: 'list', lines: true, keyValue: true, default: '', group: 'build', expected: 'KEY=VALUE lines', description: 'Build arguments, one KEY=VALUE a line (no secrets: see secret_envs).' },
    build_network: { kind: 'string', default: 'default', group: 'build', options: ['default', 'host', 'none'], description: 'Network of the build steps.' },
    goproxy: { kind: 'string', default: '', group: 'build', description: "GOPROXY for the build stage; empty keeps the builder image's own." },
    build_mode: {
        kind: 'string', default: 'auto', group: 'build', options: ['auto', 'direct', 'buildkit'],
        description: "How the image is built. direct: go build runs in a long-lived builder container (builder_image, one per Go version, platform, build_network and goproxy, its caches in volumes), only changed files are copied in, and the image is assembled and pushed without a BuildKit solve. buildkit: the generated Dockerfile is built by the engine's BuildKit. auto: direct unless the build needs BuildKit (your own dockerfile, build secrets, ssh, goprivate).",
    },
    builder: {
        kind: 'string', default: 'auto', group: 'build', options: ['auto', 'host', 'container'],
        description: "Where go build runs. host: with a Go toolchain on the machine gantry runs on (go_root, a go on PATH of the wanted version, GOROOT_X_Y_X64, /usr/lib/go-X.Y, else GOTOOLCHAIN through a newer go), the image assembled and pushed by gantry itself: no Docker engine is contacted. container: in a builder container or BuildKit on the engine (build_mode). auto: host when such a toolchain exists and the build needs nothing only the engine gives (your own dockerfile, build secrets, ssh, goprivate, cgo for another platform); otherwise container.",
    },
    go_root: { kind: 'string', default: '', group: 'build', description: 'builder host: the Go installation (GOROOT) to build with; empty searches for one of the wanted version.' },
    oci_layout: { kind: 'string', default: '', group: 'build', description: 'builder host with push false: the folder the image is written to as an OCI image layout (always when set; without an engine, .gantry/oci when empty); deploy_image oci:DIR ships it to the hosts over SSH.' },
    builder_idle_minutes: {
        kind: 'number', default: '30', group: 'build', regex: '^[0-9]+$', min: 1, max: 10080, expected: 'whole minutes from 1 to 10080 (a week)',
        description: 'build_mode direct: a builder container ends itself after this many minutes without a build (its caches stay in their volumes).',
    },
    secret_envs: {
        kind: 'list', lines: true, default: '', group: 'secrets', expected: 'id=ENV_NAME lines',
        description: 'Build secrets from environment variables, one id=ENV_NAME a line. A step reads one with RUN --mount=type=secret,id=ID (at /run/secrets/ID); it never lands in a layer, the history, the log or a cache key, and a changed value re-runs the steps that mount it.',
    },
    secret_files: {
        kind: 'list', lines: true, default: '', group: 'secrets', expected: 'id=path lines',
        description: "Build secrets from files, one id=path a line, mounted like secret_envs; the id netrc is the generated Dockerfile's .netrc (see goprivate).",
    },
    ssh: {
        kind: 'string', default: '', group: 'secrets', expected: 'default, id, id=path[,path] or private key text',
        description: "SSH agent forwarding for RUN --mount=type=ssh[,id=ID], one entry a line: default (the runner's SSH_AUTH_SOCK agent), id=path to an agent socket or private key files, or a private key's text (id=-----BEGIN... or alone for default). Keys are served by an agent inside gantry for the build only; a key with a passphrase is refused.",
    },
    goprivate: {
        kind: 'list', default: '', group: 'secrets', expected: 'module path patterns (GOPRIVATE syntax), each optionally =git URL prefix',
        description: 'Private module patterns (GOPRIVATE syntax, e.g. git.example.com/team/*) for the generated Dockerfile: sets GOPRIVATE and GONOSUMDB, and mounts the netrc secret and/or the first ssh agent on the go mod download and go build steps only. PATTERN=URL makes git fetch https://PATTERN/... from URL/... (e.g. git.example.com=ssh://git@git.example.com); with ssh, known_hosts must pin the git host. A host without go-get meta tags needs the .git suffix in module paths.',
    },
    netrc: {
        kind: 'string', default: '', group: 'secrets', secret: true, fileOrText: true,
        description: "A .netrc for private modules (machine HOST login USER password TOKEN): the build secret netrc, mounted at /root/.netrc where goprivate fetches; the CLI also takes a path.",
    },
    allow_secret_build_args: {
        ...BOOL, default: 'false', group: 'secrets',
        description: 'Allow build args that look like secrets (a name with KEY, TOKEN, PASSWORD... or a value equal to a secret): they stay in the image history and build cache. Prefer secret_envs.',
    },
    config: { kind: 'string', default: '', group: 'build', description: 'Path of a gantry.yml listing several services (context, main package, Go version, image, tags each); they are built concurrently into one report. Empty builds the one service the inputs describe.' },
    parallel: { kind: 'number', default: '0', group: 'build', regex: '^[0-9]+$', min: 0, max: 256, expected: 'a whole number from 0 to 256', description: 'Services built at once with config; 0 means one per CPU core.' },
    only_changed: {
        kind: 'string', default: '', group: 'build', regex: '^$|^[^\\s]+$', expected: 'a git revision such as HEAD~1 or origin/main',
        description: 'With config: build only the services whose context (or a local module they replace to) changed since this git revision, e.g. HEAD~1; empty builds every service.',
    },
    platforms: {
        kind: 'list', default: '', group: 'build', regex: '^$|^[a-z0-9]+/[a-z0-9]+(/v[0-9])?([\\s,]+[a-z0-9]+/[a-z0-9]+(/v[0-9])?)*[\\s,]*$', expected: 'os/arch entries such as linux/amd64,linux/arm64',
        description: "Target platforms, e.g. linux/amd64,linux/arm64: cross-compiled by a builder on the engine's own platform (no emulation); several are pushed as one index. Empty builds for the engine's platform.",
    },
    binaries_dir: { kind: 'string', default: '', group: 'build', description: "Folder receiving each service's binary per platform (NAME-OS-ARCH) and a SHA256SUMS list; empty exports none." },
    cache_dir: { kind: 'string', default: '.gantry/cache', group: 'cache', description: 'Folder the Go module and build caches are kept in between runs: restored into the direct path\'s builder volumes (or injected into the BuildKit cache mounts) before the build and saved after it (only what changed), so an empty engine (a CI runner) builds warm. Keep it with your CI cache; none turns this off.' },
    cache_max_mb: { kind: 'number', default: '2048', group: 'cache', regex: '^[0-9]+$', min: 0, max: 1048576, expected: 'whole megabytes from 0 to 1048576 (1 TiB)', description: 'Size limit of cache_dir: the oldest Go build cache entries are pruned first; module caches are never pruned (a removed module would be downloaded again). 0 means no limit.' },
    image: {
        kind: 'string', maxLength: 2048, default: '', group: 'push', expected: 'a repository such as registry.example.com:5000/team/api (no tag), or several, one a line or comma separated',
        description: 'Image repository to tag and push, without a tag; several (one a line or comma separated) get the same image, under the same digest and every tag, each pushed only the blobs its registry lacks. The first is the one deployed and the one the single-valued outputs (digest, image_ref) name; image_refs and tags list them all.',
    },
    tags: {
        kind: 'list', default: '{commit_time}\n{short_sha}\n{git_tag}', group: 'push',
        description: 'Tag templates, one a line or comma separated: {commit_time} {sha} {short_sha} {git_tag} {branch} {go_version}. A template whose value is empty (e.g. {git_tag} on an untagged commit) is skipped.',
    },
    labels: { kind: 'list', lines: true, keyValue: true, default: '', group: 'push', expected: 'KEY=VALUE lines', description: 'Extra image labels, one KEY=VALUE a line, added to the OCI labels.' },
    push: { ...BOOL, default: 'true', group: 'push', description: 'Push every tag to the registry; false keeps the image in the local engine.' },
    registry_username: { kind: 'string', default: '', group: 'push', description: 'Registry user for push (and for pulls on the hosts).' },
    registry_password: { kind: 'string', default: '', group: 'push', secret: true, description: 'Registry password or token; sent only in the engine API header and on stdin to the hosts.' },
    registry_auth_config: {
        kind: 'string', default: '', group: 'push', secret: true, fileOrText: true, expected: 'docker config JSON with an "auths" object',
        description: 'Credentials for several registries as docker config JSON ({"auths":{"REGISTRY":{"auth":"base64 of user:password"}}} or "username" and "password" fields; GitLab\'s DOCKER_AUTH_CONFIG; the CLI also takes a path): used for pushes to each registry of image, for pulls of builder and base images on every build path, for signatures, and for the hosts\' pulls (on stdin, never written there). A registry it names gets its entry; registry_username and registry_password cover the registries pushed to or deployed from that it does not name. Credential helpers (credsStore, credHelpers) are refused.',
    },
    sbom: {
        ...BOOL, default: 'true', group: 'push',
        description: "Make a CycloneDX SBOM of every built image (the Go binary's modules, Go version and build settings, and the OS packages of a debian-slim or alpine base): written to .gantry/sbom*.cdx.json (output sbom) and, with sign_key, attached to the image as a signed attestation (cosign verify-attestation --type cyclonedx).",
    },
    sign_key: {
        kind: 'string', default: '', group: 'push', secret: true, fileOrText: true,
        description: "A cosign private key (cosign generate-key-pair; the CLI also takes a path): every pushed digest is signed in cosign's format (tag sha256-DIGEST.sig) and gets signed SBOM and SLSA provenance attestations (.att). No transparency log is written: verify with cosign verify --key cosign.pub --insecure-ignore-tlog=true. A rerun adds nothing when the same key has signed already. With binaries_dir, binaries_dir/SHA256SUMS is signed too (SHA256SUMS.sig, as cosign sign-blob).",
    },
    sign_key_password: { kind: 'string', default: '', group: 'push', secret: true, description: 'Password of sign_key (COSIGN_PASSWORD when it was generated).' },
    sign_keyless: {
        ...BOOL, default: 'false', group: 'push',
        description: "Sign like sign_key but without a key (Sigstore keyless): the CI job's OIDC token (GitHub: permissions id-token: write; GitLab: id_tokens SIGSTORE_ID_TOKEN with aud sigstore) gets a short-lived certificate from Fulcio and every signature is logged in Rekor. Verify with cosign verify --certificate-identity ... --certificate-oidc-issuer ...; binaries_dir/SHA256SUMS is signed with sign_key only.",
    },
    fulcio_url: {
        kind: 'string', default: '', group: 'push', regex: '^$|^https?://\\S+$', expected: 'an http(s) URL',
        description: 'With sign_keyless: the Fulcio certificate authority of a private Sigstore instance; empty is the public Sigstore instance. With verify_identity and no verify_trusted_root: the Fulcio whose root certificates (GET /api/v1/rootCert) a keyless signature must chain to.',
    },
    rekor_url: {
        kind: 'string', default: '', group: 'push', regex: '^$|^https?://\\S+$', expected: 'an http(s) URL',
        description: 'With sign_keyless: the Rekor transparency log of a private Sigstore instance, where every keyless signature is logged; empty is the public Sigstore instance. With verify_identity and no verify_trusted_root: the Rekor whose key (GET /api/v1/log/publicKey) must have signed the log entry.',
    },
    signature_format: {
        kind: 'string', default: 'legacy', group: 'push', options: ['legacy', 'bundle', 'both'],
        description: "How sign_key signs each pushed digest: legacy is cosign's tag sha256-DIGEST.sig, which cosign 2 and cosign 3 both verify (cosign 3 falls back to it when it finds no bundle); bundle is cosign 3's Sigstore bundle as an OCI referrer of the image (the referrers tag sha256-DIGEST on a registry without the referrers API), which cosign 2 reads only with verify-attestation --new-bundle-format; both writes the two. sign_keyless writes legacy only.",
    },
    hosts: { kind: 'list', default: '', group: 'deploy', expected: '[user@]host[:port] entries', description: 'Hosts to deploy to, newline or comma separated, as [user@]host[:port]; local means the runner\'s own engine.' },
    ssh_user: { kind: 'string', default: 'deploy', group: 'deploy', description: 'SSH user for hosts that do not name one.' },
    ssh_jump_host: {
        kind: 'string', default: '', group: 'deploy', expected: '[user@]host[:port] of an SSH server that reaches the hosts, or a comma-separated chain of them',
        description: "A bastion every host is reached through, as `ssh -J` does; a comma-separated chain (`a,b`) is crossed in order, as ProxyJump does. gantry logs in to each hop once per command (with ssh_jump_key, else the hosts' key) and reaches every host over a channel of that one connection (the last hop needs AllowTcpForwarding). Every hop's host key is checked against known_hosts like the hosts' own (pin them there too); the hosts' keys are checked end to end through the channel. Nothing runs on a jump host.",
    },
    ssh_jump_key: {
        kind: 'string', default: '', group: 'deploy', secret: true, fileOrText: true,
        description: "Private key text for the jump hosts of ssh_jump_host (the CLI also takes a path); empty uses the hosts' key. An encrypted one is opened with ssh_passphrase.",
    },
    ssh_jump_certificate: {
        kind: 'string', default: '', group: 'deploy', fileOrText: true, expected: 'an OpenSSH user certificate (the KEY-cert.pub line ssh-keygen -s writes)',
        description: "An OpenSSH user certificate for ssh_jump_key (the CLI also takes a path, and uses KEY-cert.pub beside a key given as a path): the jump hosts' sshd accepts it through TrustedUserCAKeys. Not secret. Checked before any host is contacted: it must be a user certificate of ssh_jump_key's public key, valid now.",
    },
    ssh_max_connections: {
        kind: 'number', default: '20', group: 'deploy', regex: '^[0-9]+$', min: 1, max: 1000, expected: 'a whole number from 1 to 1000',
        description: 'The most hosts gantry works on at once (connecting, or running a step or an upload there), whatever batch_size says: a batch larger than this switches in waves of this many. New SSH handshakes are paced apart from this (4 pending at most). See docs/fleet.md for the default.',
    },
    ssh_private_key: { kind: 'string', default: '', group: 'deploy', secret: true, fileOrText: true, description: 'Private key text (the CLI also takes a path).' },
    ssh_certificate: {
        kind: 'string', default: '', group: 'deploy', fileOrText: true, expected: 'an OpenSSH user certificate (the KEY-cert.pub line ssh-keygen -s writes)',
        description: "An OpenSSH user certificate for ssh_private_key (the CLI also takes a path, and uses KEY-cert.pub beside a key given as a path, as ssh does): gantry logs in with it, and with the plain key if a host refuses it; a host accepts it through TrustedUserCAKeys when it names the login user as a principal (or AuthorizedPrincipalsFile allows one). Also used for the jump hosts when ssh_jump_key is empty. Not secret. Checked before any host is contacted: it must be a user certificate (not a host one) of ssh_private_key's public key, valid now; an expired one is refused. RSA keys sign with rsa-sha2-512.",
    },
    ssh_passphrase: { kind: 'string', default: '', group: 'deploy', secret: true, description: 'Passphrase of the private key.' },
    known_hosts: { kind: 'string', default: '', group: 'deploy', fileOrText: true, description: 'Pinned known_hosts lines (or SHA256 fingerprints) for every host, or @cert-authority lines for hosts with host certificates; the CLI also takes a path.' },
    ssh_host_key_policy: { kind: 'string', default: 'strict', group: 'deploy', options: ['strict', 'accept-new'], description: 'strict refuses hosts whose key is not pinned; accept-new trusts an unknown host once and prints its fingerprint.' },
    deploy_image: { kind: 'string', default: '', maxLength: 512, group: 'deploy', description: "Image to deploy, best by digest (image@sha256:...); empty takes the build's image_ref. oci:DIR (or oci:DIR@sha256:... to pick one of several) ships an OCI image layout to the hosts over SSH, with no registry (container target)." },
    verify_key: {
        kind: 'string', default: '', group: 'deploy', fileOrText: true, expected: 'one or more PEM public keys (cosign.pub)',
        description: "Public key(s) (PEM, one or several; the CLI also takes a path) the deployed image must be signed with (cosign's format): a tag is resolved to its digest on the runner first, and an image no key verifies is refused before any host is touched. Rollbacks are checked too. For deploy_target binary: binaries_dir/SHA256SUMS.sig must verify SHA256SUMS.",
    },
    verify_identity: {
        kind: 'string', default: '', group: 'deploy', expected: "the signer's certificate identity, such as https://github.com/ORG/REPO/.github/workflows/build.yml@refs/heads/main",
        description: "Accept keyless (Sigstore) signatures of this certificate identity, as cosign verify --certificate-identity: the certificate must chain to a Fulcio root and its Rekor entry must be signed by the log (verify_trusted_root, or fulcio_url and rekor_url). Needs verify_issuer. With verify_key too, either verifies.",
    },
    verify_issuer: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^https?://\\S+$', expected: 'the OIDC issuer URL of the CI (the iss of its tokens)',
        description: 'With verify_identity: the OIDC issuer the certificate must name, as cosign verify --certificate-oidc-issuer (GitHub: https://token.actions.githubusercontent.com; GitLab: the instance URL).',
    },
    verify_trusted_root: {
        kind: 'string', default: '', group: 'deploy', fileOrText: true, expected: 'a Sigstore TrustedRoot JSON (trusted_root.json)',
        description: "With verify_identity: the Sigstore TrustedRoot JSON (the CLI also takes a path) holding the Fulcio certificates and Rekor keys to trust, as cosign's --trusted-root: the public instance's trusted_root.json, or a private instance's. Empty: fulcio_url and rekor_url are asked.",
    },
    require_provenance: { ...BOOL, default: 'false', group: 'deploy', description: 'With verify_key: also require a SLSA provenance attestation signed by one of the keys (and from verify_source when given).' },
    verify_source: {
        kind: 'string', default: '', group: 'deploy', expected: 'a repository URL such as https://git.example.com/team/api',
        description: "With verify_key: the source repository the image's provenance must name (compared without scheme, credentials and .git); implies require_provenance.",
    },
    registry_insecure: {
        ...BOOL, default: 'false', group: 'push',
        description: "Let gantry's own registry calls on the runner (the host builder's push and base-image reads, pinning a tag to its digest, reading signatures) fall back to plain HTTP for any registry; without it only loopback registries and those the runner's engine lists as insecure. For a plain-HTTP registry and a runner without an engine.",
    },
    container_name: { kind: 'string', default: '', maxLength: 128, group: 'deploy', regex: '^$|^[a-zA-Z0-9][a-zA-Z0-9_.-]*$', expected: 'a container name ([a-zA-Z0-9][a-zA-Z0-9_.-]*)', description: 'Container name on the hosts; empty takes the last element of the image name.' },
    ports: { kind: 'list', default: '', group: 'deploy', expected: '[ip:]host_port:container_port[/tcp|udp] entries', description: 'Published ports, as docker run -p.' },
    env: {
        kind: 'list', lines: true, keyValue: true, default: '', group: 'deploy', expected: 'KEY=VALUE lines',
        description: 'Container environment, one KEY=VALUE a line, shown in the log (a key that looks like a secret\'s is masked, with a warning: use secret_env). Reaches the host only in a 0600 file removed after start.',
    },
    secret_env: {
        kind: 'list', lines: true, keyValue: true, default: '', group: 'deploy', secret: true, expected: 'KEY=VALUE lines',
        description: 'Secret container environment, one KEY=VALUE a line: values are masked in every log and, like env, reach the host only in a 0600 file removed after start. (Build secrets are secret_envs.)',
    },
    env_file: { kind: 'string', default: '', group: 'deploy', description: 'A local KEY=VALUE file merged into env.' },
    volumes: { kind: 'list', default: '', group: 'deploy', description: 'Volumes, as docker run -v.' },
    network: { kind: 'string', default: '', group: 'deploy', description: 'Network of the container (e.g. host); empty is the engine default.' },
    restart: { kind: 'string', default: 'unless-stopped', group: 'deploy', regex: '^(no|always|unless-stopped|on-failure(:[0-9]+)?)$', expected: 'no, always, unless-stopped or on-failure[:N]', description: 'Restart policy of the container.' },
    memory: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^[0-9]+(\\.[0-9]+)? ?[bkmgtBKMGT]?([iI]?[bB])?$', expected: 'a size such as 512m or 1g (at least 6m)',
        description: "Memory limit of the container (docker --memory; with deploy_target swarm, --limit-memory), such as 512m or 1g; at least 6m, docker's minimum. Empty: no limit.",
    },
    cpus: { kind: 'string', default: '', group: 'deploy', regex: '^$|^[0-9]+(\\.[0-9]+)?$', expected: 'a positive decimal such as 0.5 or 2', description: 'CPUs the container may use (docker --cpus; with deploy_target swarm, --limit-cpu), a positive decimal such as 0.5. Empty: no limit.' },
    log_max_size: { kind: 'string', default: '', group: 'deploy', regex: '^$|^[1-9][0-9]*[kmgKMG]?$', expected: 'a size such as 10m', description: "The container's log rotates at this size (the json-file log driver's max-size), such as 10m. Empty: the engine's log settings." },
    log_max_files: { kind: 'string', default: '', group: 'deploy', regex: '^$|^[1-9][0-9]*$', expected: 'a count of files such as 3', description: 'With log_max_size: rotated log files kept (the json-file max-file).' },
    args: {
        kind: 'string', default: '', group: 'deploy', expected: "arguments on one line, such as serve --port 8080 or sh -c 'cmd'",
        description: "Arguments that replace the image's CMD (the entrypoint stays), split into words as pre_switch_cmd is: quotes group, nothing is expanded. Empty: the image's CMD.",
    },
    stop_timeout: { kind: 'string', default: '', group: 'deploy', regex: '^$|^[0-9]+$', expected: 'whole seconds from 0 to 600', description: "Seconds docker waits after SIGTERM before it kills the container, at every stop and replacement (docker --stop-timeout, kept by the container; with deploy_target swarm, --stop-grace-period). Empty: docker's 10 s." },
    user: { kind: 'string', default: '', group: 'deploy', expected: 'a user name or uid, optionally :group', description: "The user the container runs as (docker --user), a name or uid, optionally :group or :gid. Empty: the image's USER." },
    read_only: { ...BOOL, default: 'false', group: 'deploy', description: "The container's root filesystem is read-only (docker --read-only); give writable paths with tmpfs or volumes." },
    tmpfs: { kind: 'list', lines: true, default: '', group: 'deploy', expected: 'absolute paths, optionally :options such as /tmp:size=64m', description: 'tmpfs mounts in the container (docker --tmpfs), one a line: /path or /path:options such as /tmp:size=64m,mode=1777; with deploy_target swarm only size and mode.' },
    health_cmd: { kind: 'string', default: '', group: 'deploy', description: 'A command run on the host that succeeds when the new container is healthy, e.g. curl -fsS http://127.0.0.1:8080/healthz.' },
    health_url: { kind: 'string', default: '', group: 'deploy', regex: '^$|^https?://\\S+$', expected: 'an http(s) URL', description: 'A URL fetched on the host (curl or wget) that answers 2xx when healthy.' },
    health_timeout: { kind: 'number', default: '60', group: 'deploy', regex: '^[0-9]+$', min: 1, max: 86400, expected: 'whole seconds from 1 to 86400 (a day)', description: "Seconds the new container has to become healthy (the image's own HEALTHCHECK counts too)." },
    batch_size: { kind: 'string', default: '1', group: 'deploy', regex: '^[1-9][0-9]{0,3}$|^([1-9][0-9]?|100)%$', expected: 'a count from 1 to 9999 such as 2, or a percentage up to 100% such as 50%', description: 'Hosts replaced at once: a count or a percentage of the fleet.' },
    max_failures: {
        kind: 'string', default: '0', group: 'deploy', regex: '^[0-9]{1,4}$|^([0-9]{1,2}|100)%$', expected: 'a whole number up to 9999 such as 1, or a percentage up to 100% such as 10%',
        description: 'Failed hosts tolerated before the rollout stops and every switched host is rolled back: a count, or a percentage of the fleet (rounded down).',
    },
    batch_wait: { kind: 'number', default: '0', group: 'deploy', regex: '^[0-9]+$', min: 0, max: 86400, expected: 'whole seconds from 0 to 86400 (a day)', description: 'Seconds to wait between batches, to watch the new version on the first hosts before the next.' },
    rollback: { ...BOOL, default: 'true', group: 'deploy', description: 'Roll back automatically: a failed host to what it ran, the whole fleet when max_failures is exceeded.' },
    keep_images: { kind: 'number', default: '3', group: 'deploy', regex: '^[1-9][0-9]*$', min: 1, max: 1000, expected: 'a count from 1 to 1000', description: 'Images of this repository kept on each host (for rollback); older ones are pruned. With deploy_target swarm: the versions recorded in the service\'s history label for rollback_to (besides the live one, at most 19).' },
    rollback_to: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^[A-Za-z0-9_.:@+-]+$', expected: 'a digest (sha256:... or its first 12 hex digits), a tag or a revision',
        description: "With rollback: the version to go back to, among those each host keeps (keep_images; status lists them), as a digest, tag or revision; the container is recreated with the live one's settings. deploy_target binary: a release kept under binary_root, by its name (<commit_time>-<short_sha>) or its commit's sha. deploy_target swarm: a version the service's history label recorded (status lists them), reached by a Swarm update of the image alone. Empty goes back to the previous version (with swarm: Swarm's own one-step rollback).",
    },
    pre_switch_cmd: {
        kind: 'string', default: '', group: 'deploy', expected: "arguments such as migrate --up or sh -c 'cmd'",
        description: "Arguments run once per rollout, before any host switches (database migrations): docker run --rm NEW_IMAGE ARGS on the first host, with env and the container's network. A failure stops the rollout with nothing switched (exit 1) and its output in the report.",
    },
    post_deploy_cmd: {
        kind: 'string', default: '', group: 'deploy',
        description: 'A command run by bash on the runner after the rollout (notifications), with GANTRY_EXIT_CODE, GANTRY_REPORT, GANTRY_DEPLOYED_HOSTS and GANTRY_FAILED_HOSTS in its environment; its failure is a warning.',
    },
    logs_since: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^[0-9]+$|^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$|^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$', expected: 'a duration such as 10m, 2h or 1h30m (units ms, s, m, h; a day is 24h), or a time such as 2026-01-02T15:04:05Z',
        description: 'With logs: only lines newer than this (docker logs --since); not for deploy_target binary, whose logs_cmd holds its own window.',
    },
    logs_tail: { kind: 'number', default: '100', group: 'deploy', regex: '^[1-9][0-9]*$', min: 1, max: 100000, expected: 'a count from 1 to 100000', description: 'With logs: the last lines of each host (before logs_grep).' },
    logs_grep: { kind: 'string', default: '', group: 'deploy', description: 'With logs: only lines holding this text (a fixed string, not a pattern).' },
    logs_follow: {
        ...BOOL, default: 'false', group: 'deploy', cliOnly: true,
        description: 'With logs, the CLI in a terminal only: keep streaming every host\'s new lines until Ctrl-C (SIGINT or SIGTERM), then close every session and exit 0. The action and CI jobs refuse it (a job would never end), and so does the CLI when its output is a pipe or a file.',
    },
    maintenance_message: {
        kind: 'string', default: 'This service is down for maintenance. Please try again shortly.', group: 'deploy', expected: 'one line of text, up to 1000 characters',
        description: 'With maintenance (proxy mode): what the proxy answers for the service, as text/plain with HTTP 503 and Retry-After: 60, until live.',
    },
    exec_cmd: {
        kind: 'string', default: '', group: 'deploy', maxLength: 4096, expected: "a command such as api migrate --up or sh -c 'echo $DATABASE_URL'",
        description: "With exec: the command run once on every host, split into words as pre_switch_cmd is (nothing expanded on the runner) and run as given, without the image's ENTRYPOINT (as docker exec runs it): in a new container of the live image with the live container's env, network, volumes and user, removed afterwards (exec_in new), or inside the live container (exec_in live). deploy_target binary: run on the host in the live release's folder with its env. One line.",
    },
    exec_in: { kind: 'string', default: 'new', group: 'deploy', options: ['new', 'live'], description: "With exec: new runs exec_cmd in a new container of the live image (docker run --rm with the live container's settings), live inside the running container (docker exec)." },
    exec_lock: { ...BOOL, default: 'false', group: 'deploy', description: "With exec: take the service's deploy lock on each host while the command runs (waiting up to lock_timeout), so no deploy or rollback switches under it; without it exec takes no lock." },
    exec_timeout: { kind: 'number', default: '600', group: 'deploy', regex: '^[1-9][0-9]*$', min: 1, max: 86400, expected: 'whole seconds from 1 to 86400 (a day)', description: 'With exec: seconds the command may run on each host before it is stopped (its container removed; the host then reports exit code 124).' },
    audit_lines: { kind: 'number', default: '20', group: 'deploy', regex: '^[1-9][0-9]*$', min: 1, max: 100000, expected: 'a count from 1 to 100000', description: 'With audit: the last entries shown from each host.' },
    force: { ...BOOL, default: 'false', group: 'deploy', description: 'Redeploy hosts that already run the target digest, healthy and with the same settings (without it they are left alone and reported unchanged); with unlock, release a lock whose holder still looks alive.' },
    proxy_port: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^[0-9]+$', expected: 'a port such as 80 or 8080',
        description: 'Zero-downtime mode: a Caddy proxy container on each host owns this published port and switches to a new container only once it is healthy, then drains the old one. Containers join the gantry network and publish no port (ports and network are refused). Empty keeps stop-then-start releases.',
    },
    app_port: { kind: 'number', default: '8080', group: 'deploy', regex: '^[0-9]+$', min: 1, max: 65535, expected: 'a port 1-65535', description: 'With proxy_port: the port the application listens on inside its container.' },
    proxy_image: {
        kind: 'string', default: 'caddy:2.10', group: 'deploy', regex: '^\\S+$', expected: 'an image reference such as caddy:2.10 or your mirror of it',
        description: "With proxy_port: the Caddy 2 image of the proxy (the official image pinned to a minor version, or your mirror). Changing it replaces every host's proxy, the one brief gap of proxy mode.",
    },
    proxy_host: {
        kind: 'list', default: '', group: 'deploy', expected: 'DNS names such as api.example.com',
        description: "With proxy_port: the host names routed to this service (the Host header); several services share one proxy port only with distinct names. Empty routes every name on proxy_port to this service.",
    },
    proxy_tls: {
        kind: 'string', default: 'false', group: 'deploy', options: ['false', 'true', 'internal'],
        description: "With proxy_port and proxy_host: HTTPS on proxy_port. true has Caddy obtain and renew certificates itself (ACME: the names must resolve to the hosts, port 80 reachable; HTTP on port 80 is redirected to HTTPS); internal uses Caddy's own local CA (tests, private networks: clients must trust its root).",
    },
    health_path: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^/\\S*$', expected: 'an HTTP path starting with /, such as /healthz',
        description: "With proxy_port: a path probed on the new container's own address and app_port, from the host, before the proxy switches; 2xx is healthy.",
    },
    drain_timeout: { kind: 'number', default: '30', group: 'deploy', regex: '^[0-9]+$', min: 0, max: 86400, expected: 'whole seconds from 0 to 86400 (a day)', description: "With proxy_port: seconds the old container keeps its in-flight requests after the switch before it is stopped." },
    lock_timeout: { kind: 'number', default: '300', group: 'deploy', regex: '^[0-9]+$', min: 0, max: 86400, expected: 'whole seconds from 0 to 86400 (a day)', description: "Seconds to wait for another deploy's lock on a host before failing." },
    deploy_target: {
        kind: 'string', default: 'container', group: 'deploy', options: ['container', 'binary', 'swarm'],
        description: "What the hosts run: container (the image under docker), binary (the build's binary from binaries_dir, under the host's process manager) or swarm (a Docker Swarm service, created or updated through the one manager named in hosts). Inputs that mean nothing for the target are refused.",
    },
    replicas: { kind: 'number', default: '2', group: 'deploy', regex: '^[1-9][0-9]*$', min: 1, max: 10000, expected: 'a count from 1 to 10000', description: 'deploy_target swarm: tasks of the service with swarm_mode replicated.' },
    swarm_mode: {
        kind: 'string', default: 'replicated', group: 'deploy', options: ['replicated', 'global'],
        description: 'deploy_target swarm: replicated (replicas tasks placed by Swarm) or global (one task on every node).',
    },
    publish_mode: {
        kind: 'string', default: 'ingress', group: 'deploy', options: ['ingress', 'host'],
        description: "deploy_target swarm: how ports are published: ingress (Swarm's routing mesh, every node answers) or host (on the node running the task; updates then stop a task before starting its replacement).",
    },
    binary_root: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^/[A-Za-z0-9._/+@-]*$', expected: 'an absolute path of letters, digits and ._/+@- (no ..)',
        description: 'deploy_target binary: the folder holding <binary_name>/releases/<commit_time>-<short_sha>/ and the current symlink; empty is ~/apps of the SSH user.',
    },
    restart_cmd: {
        kind: 'string', default: '', group: 'deploy',
        description: 'deploy_target binary: the command run by the SSH user\'s shell on the host that restarts the program once current points at a release (GANTRY_RELEASE_DIR is that release), e.g. sudo -n systemctl restart api; empty derives it from process_manager.',
    },
    process_manager: {
        kind: 'string', default: 'none', group: 'deploy', options: ['none', 'supervisor', 'systemd-user'],
        description: 'deploy_target binary: supervisor (supervisorctl -c supervisor_conf) or systemd-user (systemctl --user) restarts the program when restart_cmd is empty; none needs restart_cmd.',
    },
    install_unit: {
        ...BOOL, default: 'false', group: 'deploy',
        description: "deploy_target binary: write the program's supervisor include file (beside supervisor_conf) or systemd user unit (~/.config/systemd/user) when it is missing, and print it.",
    },
    supervisor_conf: {
        kind: 'string', default: '', group: 'deploy', regex: '^$|^(~/|/)[A-Za-z0-9._/+@-]*$', expected: 'an absolute or ~/ path of letters, digits and ._/+@-',
        description: "process_manager supervisor: the SSH user's supervisord configuration, e.g. ~/supervisor/supervisord.conf (its [include] must read *.conf beside it for install_unit).",
    },
    logs_cmd: {
        kind: 'string', default: '', group: 'deploy',
        description: "deploy_target binary: a command run on the host that prints the program's log, e.g. journalctl --user -u api -n 500: its last 50 lines go into the report when the health gate fails, and the logs command shows its last logs_tail lines. Empty reads the supervisor log or journalctl by process_manager.",
    },
    keep_releases: { kind: 'number', default: '3', group: 'deploy', regex: '^[1-9][0-9]*$', min: 1, max: 1000, expected: 'a count from 1 to 1000', description: 'deploy_target binary: releases kept under binary_root on each host (for rollback); older ones are removed.' },
    binary_args: { kind: 'list', lines: true, default: '', group: 'deploy', expected: 'one argument a line', description: "deploy_target binary: the program's arguments, one a line, written into the release's run wrapper." },
};
const OUTPUTS = {
    digest: { description: "The registry's manifest digest of the pushed image (sha256:...)." },
    image_ref: { description: 'image@digest: what to deploy (the first repository of image); with push false and the image written as an OCI layout, oci:DIR@sha256:... (DIR relative to the working folder when inside it).' },
    image_refs: { description: 'repository@digest of every repository of image, comma separated, the first first (one digest in all).' },
    image_id: { description: "The image's config digest in the engine." },
    tags: { description: 'Every pushed reference (repository:tag of every repository of image), comma separated.', variable: 'GANTRY_PUSHED_TAGS' },
    commit_time: { description: 'Commit time in unix seconds (git show -s --format=%ct).' },
    go_version: { description: 'Go version the service was built with.', variable: 'GANTRY_BUILT_GO_VERSION' },
    report: { description: 'The per-host rollout report as JSON.', json: true },
    services: { description: 'With config: every service\'s result as JSON (name, status, image_ref, digest, tags, go_version, platforms).', json: true },
    binaries: { description: 'Binaries exported to binaries_dir, comma separated paths (their SHA-256 sums are in binaries_dir/SHA256SUMS).' },
    exec: { description: "With exec: every host's result as JSON (host, state ran, not-running or failed, exit_code, error).", json: true },
    status: { description: 'With status: every host\'s live container (deploy_target binary: live release), rollback candidates and lock holder as JSON.', json: true },
    deployed_hosts: { description: 'Hosts now running the new image, comma separated.' },
    failed_hosts: { description: 'Hosts that failed, comma separated.' },
    sbom: { description: 'The CycloneDX SBOM file(s) of the built image, comma separated paths (one per platform).', variable: 'GANTRY_SBOM_FILES' },
};
function inputNames() {
    return Object.keys(INPUTS);
}
function outputNames() {
    return Object.keys(OUTPUTS);
}
/** The variable the CLI reads an input from: GANTRY_GO_VERSION for go_version. */
function inputVariable(name) {
    return `GANTRY_${name.toUpperCase()}`;
}
/** The variable an output is written as (--dotenv, GitLab's dotenv report); never an input's. */
function outputVariable(name) {
    return OUTPUTS[name].variable ?? `GANTRY_${name.toUpperCase()}`;
}
/** gantry's own settings, read by the CLI from the environment (they are not inputs). */
const SETTINGS = {
    GANTRY_DEBUG: 'Print debug lines and stack traces.',
    GANTRY_DOTENV: 'The file --dotenv writes outputs to.',
    GANTRY_DISTRO_GO_DIR: "The folder the host builder searches for Debian's and Ubuntu's toolchains as go-X.Y (default /usr/lib).",
};


/***/ }),

/***/ 33754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ netrcPasswords),
/* harmony export */   QV: () => (/* binding */ dockerConfigSecrets),
/* harmony export */   e0: () => (/* binding */ sshKeyTexts),
/* harmony export */   zN: () => (/* binding */ secretWord)
/* harmony export */ });
/**
 * A leaf: how secret values are recognised, shared by the input parser (inputs.ts masks them
 * before anything prints), the build's secret guards (image/secrets/) and the deploy spec (env
 * keys that look like a secret's). Pure; imports nothing of gantry's.
 */
/** Words that make a name a secret's wherever they appear in it. */
const ANYWHERE = ['TOKEN', 'PASSWORD', 'PASSWD', 'SECRET', 'CREDENTIAL'];
/** Words that do as a whole part of the name (DB_PASS, AWS_ACCESS_KEY_ID, GITHUB_PAT)... */
const PART = ['KEY', 'KEYS', 'PASS', 'PWD', 'AUTH', 'PAT'];
/** ...or at the end of one (DATAKEY, OAUTH); BYPASS or COMPASS must not count. */
const PART_SUFFIX = ['KEY', 'KEYS', 'AUTH'];
/** Names that only look like secrets. */
const HARMLESS = new Set(['PWD', 'OLDPWD', 'SOURCE_DATE_EPOCH', 'GOPRIVATE', 'GONOSUMDB', 'GONOPROXY', 'GOAUTH']);
/** The word that makes a build arg name look like a secret's, or '' when it does not. */
function secretWord(name) {
    const upper = name.toUpperCase();
    if (HARMLESS.has(upper))
        return '';
    const squashed = upper.replace(/[^A-Z0-9]/g, '');
    const anywhere = ANYWHERE.find((w) => squashed.includes(w));
    if (anywhere)
        return anywhere;
    // Parts split on separators and camelCase: apiKey -> API, KEY.
    const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
    for (const p of parts) {
        const w = PART.find((s) => p === s) ?? PART_SUFFIX.find((s) => p.endsWith(s));
        if (w)
            return w;
    }
    return '';
}
/** The password (and account) tokens of netrc text, when the value is one. */
function netrcPasswords(text) {
    const tokens = text.split(/\s+/).filter(Boolean);
    if (!tokens.includes('machine') && !tokens.includes('default'))
        return [];
    const out = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
        if (tokens[i] === 'password' || tokens[i] === 'account')
            out.push(tokens[i + 1]);
    }
    return out;
}
/** Every private key text written into the ssh input: secrets to mask before anything prints. */
function sshKeyTexts(text) {
    const out = [];
    const re = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;
    for (const m of text.matchAll(re))
        out.push(m[0]);
    return out;
}
/**
 * The secrets of docker config JSON (registry_auth_config): each entry's auth (base64 of
 * user:password), the password it decodes to, password and token fields. Text that is not such
 * JSON gives none here (the input is masked whole anyway, and its parser refuses it).
 */
function dockerConfigSecrets(text) {
    if (!text.trim())
        return [];
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return [];
    }
    const auths = doc && typeof doc === 'object' ? doc.auths : undefined;
    if (!auths || typeof auths !== 'object')
        return [];
    const out = [];
    for (const entry of Object.values(auths)) {
        if (!entry || typeof entry !== 'object')
            continue;
        const e = entry;
        for (const field of ['auth', 'password', 'identitytoken', 'registrytoken']) {
            if (typeof e[field] === 'string' && e[field])
                out.push(e[field]);
        }
        if (typeof e.auth === 'string' && e.auth) {
            const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon >= 0 && decoded.length > colon + 1)
                out.push(decoded.slice(colon + 1));
        }
    }
    return out;
}


/***/ })

};
;