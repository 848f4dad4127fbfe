"use strict";
exports.id = 205;
exports.ids = [205,979];
exports.modules = {

/***/ 20205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDeployInputs: () => (/* binding */ checkDeployInputs),
/* harmony export */   clientKey: () => (/* binding */ clientKey),
/* harmony export */   jumpKey: () => (/* binding */ jumpKey),
/* harmony export */   localUser: () => (/* binding */ localUser),
/* harmony export */   prepare: () => (/* binding */ prepare),
/* harmony export */   readEnvFile: () => (/* binding */ readEnvFile)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71243);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37206);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38422);
/* harmony import */ var _spec_deploy_spec__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82011);
/* harmony import */ var _rollout_deploy_actor__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77394);
/** Everything a deploy or rollback checks and reads before any host is contacted. */









function readEnvFile(path) {
    if (!path.trim())
        return undefined;
    try {
        return (0,fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path.trim(), 'utf8');
    }
    catch (err) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('env_file', `cannot read '${path.trim()}': ${err.code ?? err.message}`, 'a readable KEY=VALUE file');
    }
}
/**
 * The checked private key, when a host is reached over SSH (the SSH library is loaded only then);
 * without one, the keys of the SSH agent the front end's environment names (SSH_AUTH_SOCK), as ssh does.
 */
async function clientKey(spec, env) {
    if (!spec.hosts.some((h) => !h.local))
        return undefined;
    if (!spec.sshKey.text.trim()) {
        if (spec.sshKey.certificate.trim()) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('ssh_certificate', 'is set but ssh_private_key is empty', 'empty, or given with the private key it certifies (the SSH agent\'s keys are used without a certificate)');
        }
        if (env.SSH_AUTH_SOCK)
            return (await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(193)]).then(__webpack_require__.bind(__webpack_require__, 38193))).agentKey(env.SSH_AUTH_SOCK);
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('ssh_private_key', 'is empty', 'the private key whose public half is in the hosts\' authorized_keys (or SSH_AUTH_SOCK naming an agent that holds it)');
    }
    const { parsePrivateKey } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(193)]).then(__webpack_require__.bind(__webpack_require__, 38193));
    return parsePrivateKey(spec.sshKey.text, spec.sshKey.passphrase, 'ssh_private_key', { text: spec.sshKey.certificate, input: 'ssh_certificate', now: Date.now() / 1000 });
}
/** ssh_jump_key checked like the hosts' key, when given. */
async function jumpKey(spec) {
    if (!spec.jumpKey || spec.jumps.length === 0)
        return undefined;
    const { parsePrivateKey } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(193)]).then(__webpack_require__.bind(__webpack_require__, 38193));
    return parsePrivateKey(spec.jumpKey.text, spec.jumpKey.passphrase, 'ssh_jump_key', { text: spec.jumpKey.certificate, input: 'ssh_jump_certificate', now: Date.now() / 1000 });
}
/** Who runs gantry on this machine ('' without a passwd entry: the actor falls back to the environment). */
function localUser() {
    try {
        return (0,os__WEBPACK_IMPORTED_MODULE_2__.userInfo)().username;
    }
    catch {
        return '';
    }
}
function readSums(dir) {
    if (!dir.trim())
        return '';
    try {
        return (0,fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path__WEBPACK_IMPORTED_MODULE_1__.join(dir.trim(), 'SHA256SUMS'), 'utf8');
    }
    catch {
        return '';
    }
}
/** Everything checked before any host is contacted: a mistake here changes nothing anywhere. */
async function prepare(inputs, reporter, mode, builtImageRef, env) {
    const secrets = (0,_inputs__WEBPACK_IMPORTED_MODULE_6__/* .secretValues */ .VX)(inputs);
    for (const s of secrets)
        reporter.mask(s);
    const envFileText = readEnvFile(inputs.env_file);
    const binary = inputs.deploy_target === 'binary' && mode === 'deploy';
    const binarySums = binary ? readSums(inputs.binaries_dir) : undefined;
    const commit = binary ? await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .readGitFacts */ .SV)(inputs.context, env) : undefined;
    const spec = (0,_spec_deploy_spec__WEBPACK_IMPORTED_MODULE_7__/* .deploySpec */ .hg)(inputs, { builtImageRef, envFileText, binarySums, commit }, mode);
    for (const v of spec.secrets) {
        reporter.mask(v);
        secrets.push(v);
    }
    const key = await clientKey(spec, env);
    const jumpsKey = await jumpKey(spec);
    // verify_key with the binary target: the SHA256SUMS the spec was planned from must be signed.
    if (binary && spec.target === 'binary' && inputs.verify_key.trim()) {
        const { verifySums } = await Promise.all(/* import() */[__webpack_require__.e(668), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 43184));
        const { parsePublicKeys } = await Promise.all(/* import() */[__webpack_require__.e(668), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 9394));
        const by = verifySums(inputs.binaries_dir.trim(), binarySums ?? '', parsePublicKeys(inputs.verify_key, 'verify_key'));
        reporter.info(`${path__WEBPACK_IMPORTED_MODULE_1__.join(inputs.binaries_dir.trim(), 'SHA256SUMS')}: signature verified with key ${by}`);
    }
    for (const w of spec.warnings)
        reporter.warn(w);
    const actor = { by: (0,_rollout_deploy_actor__WEBPACK_IMPORTED_MODULE_8__/* .describeActor */ .t)(env, (0,os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), localUser()), runner: (0,os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), pid: process.pid };
    return { spec, key, jumpKey: jumpsKey, actor, secrets };
}
/**
 * Checks every deploy input as deploy would, before a build that precedes it in the same run
 * (command all): a bad host list or key fails before anything is built or pushed. The digest
 * the build will give is not known yet; a placeholder of the same repository stands in (the
 * binary target: everything but the binaries and their commit).
 */
async function checkDeployInputs(inputs, env) {
    if (inputs.deploy_target === 'binary') {
        // The binaries and their commit do not exist yet: everything else is checked.
        const binarySpec = (0,_spec_deploy_spec__WEBPACK_IMPORTED_MODULE_7__/* .deploySpec */ .hg)(inputs, { envFileText: readEnvFile(inputs.env_file) }, 'precheck');
        await clientKey(binarySpec, env);
        await jumpKey(binarySpec);
        return;
    }
    let repository = 'placeholder/image';
    try {
        repository = (0,_image_ref__WEBPACK_IMPORTED_MODULE_5__/* .imageRepositories */ .MC)(inputs.image)[0];
    }
    catch {
        /* the build refuses a bad image itself, naming it */
    }
    const envFileText = readEnvFile(inputs.env_file);
    const spec = (0,_spec_deploy_spec__WEBPACK_IMPORTED_MODULE_7__/* .deploySpec */ .hg)(inputs, { builtImageRef: `${repository}@sha256:${'0'.repeat(64)}`, envFileText }, 'deploy');
    await clientKey(spec, env);
    await jumpKey(spec);
}


/***/ }),

/***/ 77394:
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

/***/ 13882:
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

/***/ 82011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hg: () => (/* binding */ deploySpec)
});

// UNUSED EXPORTS: checkEnvFileText, parseEnv, parseHealthUrl, parseNetwork, parsePort, parsePorts, parseVolume, proxySpec

// EXTERNAL MODULE: ./src/schema.ts
var schema = __webpack_require__(75060);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/secret-values.ts
var secret_values = __webpack_require__(33754);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
;// CONCATENATED MODULE: ./src/deploy/spec/host-list.ts

const USER_RE = /^[a-z_][a-z0-9_.-]*\$?$/i;
const HOSTNAME_RE = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_RE = /^[0-9a-f:.]+(%[a-z0-9_.-]+)?$/i;
/** The input a `[user@]host[:port]` entry comes from, and what it expects. */
const EXPECTED = {
    hosts: '[user@]host[:port] entries (IPv6 as [addr]:port), or local',
    ssh_jump_host: '[user@]host[:port] of an SSH server that reaches the hosts (IPv6 as [addr]:port), or a comma-separated chain of them crossed in order',
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
/** The most hops a jump chain may have (OpenSSH sets no limit; a longer chain is a mistake). */
const MAX_JUMP_HOPS = 8;
/**
 * ssh_jump_host: one bastion, or a chain `a,b` crossed in order as ProxyJump does (gantry -> a ->
 * b -> each host). Empty gives no hop. Pure.
 */
function parseJumpChain(text, defaultUser) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    const entries = trimmed.split(',').map((e) => e.trim());
    if (entries.some((e) => e === ''))
        throw hostError(trimmed, 'has an empty hop (two commas, or one at an end)', 'ssh_jump_host');
    if (entries.length > MAX_JUMP_HOPS)
        throw hostError(trimmed, `has ${entries.length} hops, more than ${MAX_JUMP_HOPS}`, 'ssh_jump_host');
    const hops = entries.map((e) => parseHost(e, defaultUser, 'ssh_jump_host'));
    const seen = new Set();
    for (const [i, h] of hops.entries()) {
        const key = `${h.host.toLowerCase()}:${h.port}`;
        if (seen.has(key))
            throw hostError(entries[i], 'appears twice in the chain (a loop)', 'ssh_jump_host');
        seen.add(key);
    }
    return hops;
}

// EXTERNAL MODULE: ./src/ssh/known-hosts.ts
var known_hosts = __webpack_require__(62979);
// EXTERNAL MODULE: ./src/deploy/targets/binary/binary-spec.ts
var binary_spec = __webpack_require__(80265);
;// CONCATENATED MODULE: ./src/deploy/spec/target-inputs.ts
/**
 * Which deploy inputs belong to which deploy_target. An input listed here means something only for
 * the targets that list it: set (to anything but its default) for another target, it is refused
 * with one line before any host is contacted. Inputs not listed here serve every target.
 * A new target adds its name to DEPLOY_TARGETS (and the schema's options) and its own inputs here.
 */


const DEPLOY_TARGETS = schema/* INPUTS */.mc.deploy_target.options;
const TARGET_INPUTS = {
    container: ['deploy_image', 'container_name', 'ports', 'volumes', 'network', 'restart', 'memory', 'cpus', 'log_max_size', 'log_max_files', 'args', 'stop_timeout', 'user', 'read_only', 'tmpfs', 'keep_images', 'health_cmd', 'health_url',
        'proxy_port', 'app_port', 'proxy_image', 'proxy_host', 'proxy_tls', 'health_path', 'drain_timeout', 'pre_switch_cmd', 'rollback_to', 'maintenance_message', 'exec_in'],
    binary: ['binary_root', 'restart_cmd', 'process_manager', 'install_unit', 'supervisor_conf', 'logs_cmd', 'keep_releases', 'binary_args', 'health_cmd', 'health_url', 'rollback_to'],
    swarm: ['deploy_image', 'container_name', 'ports', 'volumes', 'network', 'restart', 'memory', 'cpus', 'log_max_size', 'log_max_files', 'args', 'stop_timeout', 'user', 'read_only', 'tmpfs', 'replicas', 'swarm_mode', 'publish_mode', 'keep_images', 'rollback_to'],
};
/**
 * Values of an input that only some of the targets that read the input take (each target refuses
 * the others in one line, in its spec); listed in the reference's targets table.
 */
const TARGET_VALUES = [
    { input: 'deploy_image', value: 'oci:DIR', targets: ['container'] },
];
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
        health_cmd: "a HEALTHCHECK in the image (Swarm runs it in every task; a scratch image needs a binary that checks itself, see docs/swarm.md#health), or deploy_target container",
        health_url: "a HEALTHCHECK in the image (Swarm runs it in every task; a scratch image needs a binary that checks itself, see docs/swarm.md#health), or deploy_target container",
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

// EXTERNAL MODULE: ./src/deploy/targets/swarm/swarm-spec.ts
var swarm_spec = __webpack_require__(36005);
// EXTERNAL MODULE: ./src/deploy/rollout/rollout-plan.ts
var rollout_plan = __webpack_require__(13882);
// EXTERNAL MODULE: ./src/deploy/spec/shell-words.ts
var shell_words = __webpack_require__(19041);
// EXTERNAL MODULE: ./src/supply-chain/verify-policy.ts
var verify_policy = __webpack_require__(15785);
// EXTERNAL MODULE: ./src/reserved-names.ts
var reserved_names = __webpack_require__(47162);
// EXTERNAL MODULE: ./src/deploy/spec/oci-image.ts
var oci_image = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/deploy/targets/container/container-options.ts
var container_options = __webpack_require__(61378);
// EXTERNAL MODULE: ./src/registry/registry-auth.ts
var registry_auth = __webpack_require__(54147);
;// CONCATENATED MODULE: ./src/deploy/spec/deploy-spec.ts


















const PORT = '([1-9][0-9]{0,4})';
const PORT_RE = new RegExp(`^(?:((?:\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-fA-F:]+\\]):)?${PORT}:${PORT}(?:/(tcp|udp|sctp))?$`);
function parsePort(entry) {
    const m = PORT_RE.exec(entry);
    if (!m || Number(m[2]) > 65535 || Number(m[3]) > 65535) {
        throw (0,errors/* inputError */.Xu)('ports', `'${entry}' is not a port mapping`, '[ip:]host_port:container_port[/tcp|udp], ports 1-65535');
    }
    return entry;
}
/**
 * Parses ports and refuses a host port published twice (same protocol, and the same address or
 * every address): docker would fail only on the host, after the live container was stopped.
 */
function parsePorts(entries) {
    const seen = [];
    for (const entry of entries.map(parsePort)) {
        const m = PORT_RE.exec(entry);
        const p = { entry, ip: m[1] ?? '', port: m[2], proto: m[4] ?? 'tcp' };
        const clash = seen.find((o) => o.port === p.port && o.proto === p.proto && (o.ip === p.ip || o.ip === '' || p.ip === ''));
        if (clash) {
            throw (0,errors/* inputError */.Xu)('ports', `'${clash.entry}' and '${entry}' both publish the host port ${p.port}/${p.proto}`, 'each host port (and protocol) published once');
        }
        seen.push(p);
    }
    return seen.map((p) => p.entry);
}
// Docker's own rule for names of volumes and networks.
const DOCKER_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function parseVolume(entry) {
    const parts = entry.split(':');
    const ok = parts.length >= 2 && parts.length <= 3 && (parts[0].startsWith('/') || DOCKER_NAME_RE.test(parts[0])) && parts[1].startsWith('/') &&
        (parts.length === 2 || /^[a-z,]+$/.test(parts[2])) && !/\s/.test(entry);
    if (!ok)
        throw (0,errors/* inputError */.Xu)('volumes', `'${entry}' is not a volume`, 'source:/container/path[:options], the source a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*) or an absolute host path');
    if (parts[0] === reserved_names/* PROXY_NAMES */.G2.configVolume || parts[0] === reserved_names/* PROXY_NAMES */.G2.dataVolume) {
        throw (0,errors/* inputError */.Xu)('volumes', `'${entry}' mounts ${parts[0]}, the volume of gantry's proxy`, 'a volume or host path of your own');
    }
    if (parts[0].startsWith('/') && (0,reserved_names/* inStateFolder */.HU)(parts[0])) {
        throw (0,errors/* inputError */.Xu)('volumes', `'${entry}' mounts a path in ~/.gantry, gantry's own state folder on the host (locks, records, routes)`, 'a volume or host path outside ~/.gantry');
    }
    return entry;
}
/** The container's network: empty (the engine's default), host, none, a network's name or container:NAME. */
function parseNetwork(text) {
    const value = text.trim();
    const name = value.startsWith('container:') ? value.slice('container:'.length) : value;
    if (value !== '' && !DOCKER_NAME_RE.test(name)) {
        throw (0,errors/* inputError */.Xu)('network', `'${value}' is not a network`, 'host, none, a network name ([a-zA-Z0-9][a-zA-Z0-9_.-]*) or container:NAME');
    }
    if (value === reserved_names/* PROXY_NAMES */.G2.network)
        throw (0,errors/* inputError */.Xu)('network', `'${value}' is the network of gantry's proxy (proxy mode puts containers on it itself)`, 'a network of your own, or proxy_port');
    if (value.startsWith('container:')) {
        const problem = (0,reserved_names/* reservedNameProblem */.Vq)(name);
        if (problem)
            throw (0,errors/* inputError */.Xu)('network', `'${value}' names a container of gantry's: '${name}' ${problem}`, 'container:NAME of a container of your own');
    }
    return value;
}
/** An env_file's text as the host's docker reads it: no NUL byte, no line over MAX_ITEM_LENGTH. */
function checkEnvFileText(text) {
    text.split(/\r?\n/).forEach((line, i) => {
        const nul = line.indexOf('\0');
        if (nul >= 0)
            throw (0,errors/* inputError */.Xu)('env_file', `line ${i + 1} holds a NUL byte (at character ${nul + 1})`, 'a text file of KEY=VALUE lines');
        if (line.length > inputs/* MAX_ITEM_LENGTH */.KL) {
            const eq = line.indexOf('=');
            throw (0,errors/* inputError */.Xu)('env_file', `line ${i + 1}${eq > 0 ? ` (${line.slice(0, Math.min(eq, 64))})` : ''} is ${line.length} characters long, more than the ${inputs/* MAX_ITEM_LENGTH */.KL} a line takes`, `values of at most ${inputs/* MAX_ITEM_LENGTH */.KL} characters (a larger value belongs in a file mounted with volumes)`);
        }
    });
}
/** The pairs of one source, refusing a key given twice in it (the last would silently win). */
function uniqueKeys(name, pairs) {
    const seen = new Set();
    for (const [k] of pairs) {
        if (seen.has(k))
            throw (0,errors/* inputError */.Xu)(name, `the key '${k}' is given twice`, 'each key once (env overrides env_file on purpose; within one of them a repeated key is a mistake)');
        seen.add(k);
    }
    return pairs;
}
/**
 * Reads env_file then env lines (env wins on the same key), then secret_env, whose keys may not
 * repeat env's (which value would win is not obvious); values must fit on one line, and no key
 * may repeat within one of them.
 */
function parseEnv(envLines, envFileText, secretLines = []) {
    if (envFileText !== undefined) {
        checkEnvFileText(envFileText);
        (0,inputs/* checkKeyValueLines */.CB)('env_file', envFileText);
    }
    const fromFile = envFileText === undefined ? [] : uniqueKeys('env_file', (0,inputs/* parseKeyValues */.Hl)('env_file', (0,inputs/* splitList */.ry)(envFileText, true)));
    const plain = new Map();
    for (const [k, v] of [...fromFile, ...uniqueKeys('env', (0,inputs/* parseKeyValues */.Hl)('env', [...envLines]))])
        plain.set(k, v);
    const secret = new Map(uniqueKeys('secret_env', (0,inputs/* parseKeyValues */.Hl)('secret_env', [...secretLines], true)));
    const secrets = [...secret.values()];
    const warnings = [];
    for (const [k, v] of plain) {
        if (secret.has(k))
            throw (0,errors/* inputError */.Xu)('secret_env', `the key '${k}' is also in env`, 'each variable in env or in secret_env, not both');
        const word = (0,secret_values/* secretWord */.zN)(k);
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
        const input = inputs.deploy_image.trim() ? 'deploy_image' : 'image_ref';
        if ((0,oci_image/* isOciReference */.rA)(imageText)) {
            const oci = (0,oci_image/* readOciImage */.zM)(imageText, input, sources.cwd);
            return { registry: '', repository: oci.repository, tag: oci.tag || undefined, digest: oci.digest, oci };
        }
        const image = (0,image_ref/* parseImageRef */.Q)(imageText, input);
        return image;
    }
    if (mode === 'deploy') {
        throw (0,errors/* inputError */.Xu)('deploy_image', 'is empty and no image was built in this run', 'an image reference such as registry:5000/team/api@sha256:...');
    }
    if (inputs.image.trim())
        return (0,image_ref/* parseImageRef */.Q)(inputs.image.trim().split(/[\s,]+/)[0], 'image');
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
/** health_url, refusing a port no server can listen on (docker's curl would fail only on the host). */
function parseHealthUrl(text) {
    const url = text.trim();
    if (!url)
        return '';
    const m = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::([^/?#]*))?/.exec(url);
    if (!m || !m[1])
        throw (0,errors/* inputError */.Xu)('health_url', `'${url}' has no host`, 'an http(s) URL such as http://127.0.0.1:8080/healthz');
    const port = m[2];
    if (port !== undefined && (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
        throw (0,errors/* inputError */.Xu)('health_url', `'${url}' has the port '${port}', not a number from 1 to 65535`, 'an http(s) URL such as http://127.0.0.1:8080/healthz');
    }
    return url;
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
        for (const name of ['app_port', 'drain_timeout', 'proxy_image']) {
            if (String(inputs[name]).trim() !== schema/* INPUTS */.mc[name].default) {
                throw (0,errors/* inputError */.Xu)(name, `is set (${String(inputs[name]).trim()}) without proxy_port, and means something only in proxy mode`, `proxy_port, or no ${name}`);
            }
        }
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
 * The credentials the hosts pull the deployed image with: registry_auth_config's entry for its
 * registry, else registry_username/registry_password; undefined for an anonymous pull.
 */
function deployCredentials(inputs, registry) {
    const logins = registry_auth/* RegistryLogins */.kv.of(inputs, registry ? [registry] : []);
    if (registry)
        return logins.maybe(registry);
    return inputs.registry_username ? { username: inputs.registry_username, password: inputs.registry_password } : undefined;
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
    const ports = parsePorts(inputs.ports);
    if (binary) {
        // binarySpec checked its name
    }
    else if (inputs.container_name)
        (0,reserved_names/* checkServiceName */.PV)('container_name', name);
    else if (name && (0,reserved_names/* reservedNameProblem */.Vq)(name)) {
        throw (0,errors/* inputError */.Xu)('container_name', `is empty, and the name taken from the image, '${name}', ${(0,reserved_names/* reservedNameProblem */.Vq)(name)}`, 'a container_name of your own');
    }
    const proxy = proxySpec(inputs);
    if (ports.length > 0 && inputs.network === 'host')
        warnings.push('ports are ignored by docker with network host: the service listens on the host directly');
    const sshHosts = hosts.filter((h) => !h.local);
    const policy = inputs.ssh_host_key_policy;
    const knownHosts = (0,known_hosts/* parseKnownHosts */.uJ)(inputs.known_hosts);
    const jumps = parseJumpChain(inputs.ssh_jump_host, inputs.ssh_user);
    if (jumps.length > 0 && sshHosts.length === 0)
        throw (0,errors/* inputError */.Xu)('ssh_jump_host', 'is set but every host is local', 'empty, or hosts reached over SSH');
    if (inputs.ssh_jump_key.trim() && jumps.length === 0)
        throw (0,errors/* inputError */.Xu)('ssh_jump_key', 'is set but ssh_jump_host is empty', 'empty, or a key for the jump hosts of ssh_jump_host');
    if (inputs.ssh_jump_certificate.trim() && !inputs.ssh_jump_key.trim()) {
        throw (0,errors/* inputError */.Xu)('ssh_jump_certificate', 'is set but ssh_jump_key is empty', "empty, or the certificate of ssh_jump_key (without ssh_jump_key the jump hosts take ssh_private_key with ssh_certificate)");
    }
    if (sshHosts.length > 0 && knownHosts.entries.length === 0 && knownHosts.authorities.length === 0 && policy !== 'accept-new') {
        throw (0,errors/* inputError */.Xu)('known_hosts', inputs.known_hosts.trim() ? 'holds no host key' : 'is empty', "the hosts' pinned keys (ssh-keyscan output checked out of band, or the hosts' /etc/ssh/ssh_host_*_key.pub as known_hosts lines) or @cert-authority lines for their host certificates; ssh_host_key_policy accept-new trusts unknown hosts instead");
    }
    if (inputs.registry_password && !inputs.registry_username) {
        throw (0,errors/* inputError */.Xu)('registry_username', 'is empty but registry_password is set', 'the registry user the password belongs to');
    }
    const env = parseEnv(inputs.env, sources.envFileText, inputs.secret_env);
    if (/%$/.test(inputs.batch_size) && Number(inputs.batch_size.slice(0, -1)) > 100) {
        throw (0,errors/* inputError */.Xu)('batch_size', `'${inputs.batch_size}' is more than 100%`, 'a count such as 2 or a percentage up to 100%');
    }
    const common = {
        hosts,
        service: name,
        health: { cmd: inputs.health_cmd.trim(), url: parseHealthUrl(inputs.health_url), timeout: inputs.health_timeout },
        env: env.env,
        force: inputs.force,
        rollbackTo: inputs.rollback_to.trim(),
        preSwitch: (0,shell_words/* splitArgs */.s)('pre_switch_cmd', inputs.pre_switch_cmd),
        knownHosts,
        jumps,
        maxConnections: inputs.ssh_max_connections,
        hostKeyPolicy: policy,
        sshKey: { text: inputs.ssh_private_key, passphrase: inputs.ssh_passphrase, certificate: inputs.ssh_certificate },
        jumpKey: inputs.ssh_jump_key.trim() ? { text: inputs.ssh_jump_key, passphrase: inputs.ssh_passphrase, certificate: inputs.ssh_jump_certificate } : undefined,
        batchSize: inputs.batch_size,
        maxFailures: (0,rollout_plan/* toleratedFailures */.iq)(inputs.max_failures, hosts.length),
        maxFailuresText: inputs.max_failures.trim(),
        batchWait: inputs.batch_wait,
        rollback: inputs.rollback,
        lockTimeout: inputs.lock_timeout,
        registry: deployCredentials(inputs, image?.oci ? '' : image?.registry ?? ''),
        registryInsecure: inputs.registry_insecure,
        verify: (0,verify_policy/* verifyPolicy */.Es)(inputs),
        postDeployCmd: inputs.post_deploy_cmd,
        secrets: env.secrets,
        warnings: [...warnings, ...env.warnings, ...knownHosts.warnings],
    };
    if (binary)
        return { ...common, target: 'binary', binary };
    const oci = image?.oci;
    if (oci && target === 'swarm') {
        throw (0,errors/* inputError */.Xu)('deploy_image', `names an OCI layout (oci:${oci.dir}), which the swarm target cannot deploy: every node pulls the image for itself from a registry`, 'an image reference in a registry every node reaches, or deploy_target container');
    }
    if (oci && (0,verify_policy/* verifyWanted */.RL)(common.verify)) {
        throw (0,errors/* inputError */.Xu)(common.verify.identity ? 'verify_identity' : 'verify_key', `cannot check an image read from an OCI layout (oci:${oci.dir}): signatures are read from a registry`, 'no verify_key, verify_identity, verify_source or require_provenance with oci:, or an image reference in a registry');
    }
    const container = {
        image: oci ? { registry: image.registry, repository: image.repository, tag: image.tag, digest: image.digest } : image,
        oci,
        ports,
        volumes: inputs.volumes.map(parseVolume),
        network: parseNetwork(inputs.network),
        restart: inputs.restart,
        keepImages: inputs.keep_images,
        options: (0,container_options/* containerOptions */.Sb)(inputs),
    };
    if (target === 'swarm')
        return { ...common, target, container, swarm: (0,swarm_spec/* swarmSpec */.yO)(inputs, container, env.env, hosts.length) };
    return { ...common, target: 'container', container, proxy };
}


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ indexPlatforms),
/* harmony export */   VQ: () => (/* binding */ platformText),
/* harmony export */   bg: () => (/* binding */ platformImage),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   rA: () => (/* binding */ isOciReference),
/* harmony export */   vw: () => (/* binding */ pickPlatform),
/* harmony export */   zM: () => (/* binding */ readOciImage)
/* harmony export */ });
/* unused harmony export OCI_PREFIX */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37206);
/**
 * deploy_image: oci:DIR[@sha256:...]: an image kept as an OCI image layout on the runner, shipped
 * to the hosts over their SSH connections (deploy/transport). Everything is read and checked here,
 * before any host is contacted: the folder, the layout, the image chosen and its blobs.
 */




const OCI_PREFIX = 'oci:';
const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const EXPECTED = 'oci:DIR (an OCI image layout, as oci_layout writes it) or oci:DIR@sha256:... to pick one of its images';
function isOciReference(text) {
    return text.trim().startsWith(OCI_PREFIX);
}
/** The path of a blob inside a layout. */
function blobPath(dir, digest) {
    return path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'blobs', ...digest.split(':'));
}
function readJson(file, input, what) {
    try {
        return JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `${what} ${file} cannot be read as JSON (${err.code ?? err.message})`, EXPECTED);
    }
}
/** The repository and tag a host keeps the image under, from the layout's ref name (org.opencontainers.image.ref.name). */
function hostName(refName, dir) {
    const folder = path__WEBPACK_IMPORTED_MODULE_1__.basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'image';
    if (refName.includes('/') || refName.includes(':')) {
        const { repository, tag } = (0,_image_ref__WEBPACK_IMPORTED_MODULE_3__/* .splitReference */ .mQ)(refName);
        try {
            return { repository: (0,_image_ref__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(repository).name, tag: tag && _image_ref__WEBPACK_IMPORTED_MODULE_3__/* .VALID_TAG */ .u7.test(tag) ? tag : '' };
        }
        catch {
            return { repository: `oci/${folder}`, tag: '' };
        }
    }
    return { repository: `oci/${folder}`, tag: refName && _image_ref__WEBPACK_IMPORTED_MODULE_3__/* .VALID_TAG */ .u7.test(refName) ? refName : '' };
}
/**
 * Reads and checks oci:DIR[@sha256:...] (relative to `cwd`). Each fault is one line naming
 * `input`: a missing folder, a folder that is not a layout, several images and none chosen, a
 * digest the layout does not hold, a blob missing from it.
 */
function readOciImage(text, input = 'deploy_image', cwd = process.cwd()) {
    let rest = text.trim().slice(OCI_PREFIX.length);
    let wanted = '';
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        wanted = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(wanted))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `'${text.trim()}' has a digest that is not sha256:<64 hex digits>`, EXPECTED);
    }
    if (!rest)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `'${text.trim()}' names no folder`, EXPECTED);
    const dir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, rest);
    let st;
    try {
        st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir);
    }
    catch {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the folder ${dir} does not exist`, EXPECTED);
    }
    if (!st.isDirectory())
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `${dir} is not a folder`, EXPECTED);
    const missing = ['oci-layout', 'index.json'].filter((f) => !fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, f)));
    if (missing.length)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `${dir} is not an OCI image layout (no ${missing.join(', no ')})`, EXPECTED);
    const index = readJson(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'index.json'), input, 'the index');
    const entries = (Array.isArray(index.manifests) ? index.manifests : []).filter((m) => typeof m.digest === 'string' && DIGEST_RE.test(m.digest));
    const digests = [...new Set(entries.map((m) => m.digest))];
    const describe = () => digests.map((d) => {
        const names = entries.filter((m) => m.digest === d).map((m) => m.annotations?.['org.opencontainers.image.ref.name']).filter(Boolean);
        return `${d}${names.length ? ` (${names.join(', ')})` : ''}`;
    }).join('; ');
    if (digests.length === 0)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the OCI layout ${dir} holds no image`, EXPECTED);
    let digest = wanted;
    if (wanted) {
        if (!digests.includes(wanted))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the OCI layout ${dir} holds no image ${wanted}; it holds ${describe()}`, EXPECTED);
    }
    else if (digests.length > 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the OCI layout ${dir} holds ${digests.length} images and none is chosen: ${describe()}`, `oci:${rest}@sha256:... naming one of them`);
    }
    else
        digest = digests[0];
    const entry = entries.find((m) => m.digest === digest);
    const manifestFile = blobPath(dir, digest);
    if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(manifestFile))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the OCI layout ${dir} lists ${digest} but holds no blob for it`, EXPECTED);
    const body = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(manifestFile);
    const manifest = (() => {
        try {
            return JSON.parse(body.toString('utf8'));
        }
        catch {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the manifest ${digest} in ${dir} is not JSON`, EXPECTED);
        }
    })();
    const mediaType = manifest.mediaType ?? entry.mediaType ?? 'application/vnd.oci.image.manifest.v1+json';
    const name = hostName(entry.annotations?.['org.opencontainers.image.ref.name'] ?? '', dir);
    const base = { dir, digest, mediaType, size: body.length, ...name };
    const needed = [];
    if (INDEX_TYPES.has(mediaType) || Array.isArray(manifest.manifests)) {
        for (const m of manifest.manifests ?? [])
            if (m.digest)
                needed.push(m.digest);
        const absent = needed.filter((d) => !fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(blobPath(dir, d)));
        if (absent.length)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the OCI layout ${dir} lacks the blob(s) ${absent.join(', ')} of ${digest}`, EXPECTED);
        return { ...base, configDigest: '', layers: [] };
    }
    if (!manifest.config?.digest || !Array.isArray(manifest.layers))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `${digest} in ${dir} is not an image manifest (no config or layers)`, EXPECTED);
    const absent = [manifest.config, ...manifest.layers].map((b) => b.digest).filter((d) => !fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(blobPath(dir, d)));
    if (absent.length)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `the OCI layout ${dir} lacks the blob(s) ${absent.join(', ')} of ${digest}`, EXPECTED);
    return { ...base, configDigest: manifest.config.digest, config: manifest.config, layers: manifest.layers };
}
/** os/architecture[/variant], as engines and indexes write a platform. */
function platformText(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/** The images an index lists by platform; entries of no real platform (attestations: unknown/unknown) are left out. */
function indexPlatforms(image) {
    if (image.config)
        return [];
    const index = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(blobPath(image.dir, image.digest), 'utf8'));
    const out = [];
    for (const m of index.manifests ?? []) {
        const p = m.platform;
        if (!m.digest || !DIGEST_RE.test(m.digest) || !p?.os || !p.architecture || p.os === 'unknown' || p.architecture === 'unknown')
            continue;
        if (m.mediaType && INDEX_TYPES.has(m.mediaType))
            continue;
        out.push({ digest: m.digest, os: p.os, architecture: p.architecture, variant: p.variant ?? '' });
    }
    return out;
}
/**
 * The entry an engine of `platform` (os/architecture[/variant], as `docker version` gives os and
 * architecture) runs: the same os and architecture; among several of those, the variant named, else
 * the one without a variant, else the first listed. undefined when none fits.
 */
function pickPlatform(entries, platform) {
    const [os, architecture, variant = ''] = platform.trim().split('/');
    if (!os || !architecture)
        return undefined;
    const fit = entries.filter((e) => e.os === os && e.architecture === architecture);
    return fit.find((e) => variant !== '' && e.variant === variant) ?? fit.find((e) => e.variant === '') ?? fit[0];
}
/** One platform's image of an index, read and checked like any image of the layout (its config and layers present). */
function platformImage(image, entry) {
    const manifest = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(blobPath(image.dir, entry.digest), 'utf8'));
    if (!manifest.config?.digest || !Array.isArray(manifest.layers))
        throw new Error(`${entry.digest} (${platformText(entry)}) in ${image.dir} is not an image manifest (no config or layers)`);
    const absent = [manifest.config, ...manifest.layers].map((b) => b.digest).filter((d) => !fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(blobPath(image.dir, d)));
    if (absent.length)
        throw new Error(`the OCI layout ${image.dir} lacks the blob(s) ${absent.join(', ')} of ${entry.digest} (${platformText(entry)})`);
    return {
        ...image, digest: entry.digest, mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json', size: fs__WEBPACK_IMPORTED_MODULE_0__.statSync(blobPath(image.dir, entry.digest)).size,
        configDigest: manifest.config.digest, config: manifest.config, layers: manifest.layers,
    };
}


/***/ }),

/***/ 19041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ splitArgs)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

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


/***/ }),

/***/ 80265:
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
/* harmony import */ var _reserved_names__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47162);
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53412);
/* harmony import */ var _image_publish_binary_paths__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44529);
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
        (0,_reserved_names__WEBPACK_IMPORTED_MODULE_2__/* .checkServiceName */ .PV)('binary_name', given);
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
    (0,_reserved_names__WEBPACK_IMPORTED_MODULE_2__/* .checkServiceName */ .PV)('binary_name', [...names][0]);
    return [...names][0];
}
/** What restarts the program when restart_cmd is empty, from process_manager. */
function derivedRestartCmd(pm, name, supervisorConf) {
    if (pm === 'supervisor') {
        const conf = confPath(supervisorConf);
        // update first: it loads a program added by install_unit (and starts it); restart then restarts it.
        return `supervisorctl -c ${conf} update >/dev/null && supervisorctl -c ${conf} restart ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shq */ .hi)(name)}`;
    }
    if (pm === 'systemd-user')
        return `systemctl --user daemon-reload && systemctl --user restart ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shq */ .hi)(`${name}.service`)}`;
    return '';
}
/**
 * What prints the program's last log lines when logs_cmd is empty, from process_manager: about
 * `lines` lines (supervisor's tail counts bytes: 200 a line, at least its 3000).
 */
function derivedLogsCmd(pm, name, supervisorConf, lines = 50) {
    if (pm === 'supervisor')
        return `supervisorctl -c ${confPath(supervisorConf)} tail -${Math.max(3000, lines * 200)} ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shq */ .hi)(name)}`;
    if (pm === 'systemd-user')
        return `journalctl --user -u ${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shq */ .hi)(`${name}.service`)} -n ${lines} --no-pager`;
    return '';
}
/** ~/x as "$HOME"/'x' (the shell expands HOME, the rest is quoted); other paths quoted. */
function confPath(p) {
    return p.startsWith('~/') ? `"$HOME"/${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shq */ .hi)(p.slice(2))}` : (0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shq */ .hi)(p);
}
function binarySpec(inputs, sources, mode) {
    const root = inputs.binary_root.trim();
    if (root !== '' && root.split('/').includes('..'))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binary_root', `'${root}' holds ..`, 'an absolute path without .. (empty is ~/apps)');
    if ((0,_reserved_names__WEBPACK_IMPORTED_MODULE_2__/* .inStateFolder */ .HU)(root))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binary_root', `'${root}' is in ~/.gantry, gantry's own state folder on the host (locks, records, routes)`, 'a folder outside ~/.gantry (empty is ~/apps)');
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
        const file = (0,_image_publish_binary_paths__WEBPACK_IMPORTED_MODULE_4__/* .binaryFileName */ .Z)(name, p.os, p.arch);
        const sha256 = sums.get(file);
        if (sha256 && !binaries.some((b) => b.file === file))
            binaries.push({ platform: p.label, file, sha256 });
    }
    if (mode === 'deploy' && binaries.length === 0) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('binaries_dir', `'${dir}' has no linux binary of ${name} in its SHA256SUMS`, `${(0,_image_publish_binary_paths__WEBPACK_IMPORTED_MODULE_4__/* .binaryFileName */ .Z)(name, 'linux', 'amd64')} (or -arm64, -arm) listed in SHA256SUMS`);
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

/***/ 61378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ tmpfsMountOf),
/* harmony export */   HL: () => (/* binding */ swarmOptionFlags),
/* harmony export */   Sb: () => (/* binding */ containerOptions),
/* harmony export */   jg: () => (/* binding */ dockerOptionFlags),
/* harmony export */   nA: () => (/* binding */ optionsSet),
/* harmony export */   xN: () => (/* binding */ argsText)
/* harmony export */ });
/* unused harmony exports NO_OPTIONS, MIN_MEMORY_BYTES, MAX_STOP_TIMEOUT, parseMemory, parseCpus, parseArgs, parseTmpfs, logOpts */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _spec_shell_words__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19041);


const NO_OPTIONS = { memoryBytes: 0, cpus: '', logMaxSize: '', logMaxFiles: 0, user: '', readOnly: false, tmpfs: [] };
/** Docker refuses a memory limit below 6 MiB (linuxMinMemory). */
const MIN_MEMORY_BYTES = 6 * 1024 * 1024;
/** The longest stop_timeout: a stop this long already holds the host's lock for ten minutes. */
const MAX_STOP_TIMEOUT = 600;
const UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** memory: a size as docker reads it (512m, 1g, 1.5g, 268435456 bytes), at least 6m. */
function parseMemory(text) {
    const value = text.trim();
    if (!value)
        return 0;
    const m = /^([0-9]+(?:\.[0-9]+)?)\s?([bkmgt]?)(?:i?b)?$/i.exec(value);
    if (!m)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('memory', `'${value}' is not a size`, 'a size such as 512m or 1g (units b, k, m, g; at least 6m)');
    const bytes = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
    if (bytes < MIN_MEMORY_BYTES) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('memory', `'${value}' is ${bytes} bytes, below docker's minimum of 6m (6 MiB) for a container${m[2] ? '' : ' (a number without a unit counts bytes)'}`, 'a size of at least 6m, such as 512m or 1g');
    }
    if (!Number.isSafeInteger(bytes))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('memory', `'${value}' is too large`, 'a size such as 512m or 1g');
    return bytes;
}
/** cpus: a positive decimal, at least 0.01 (the smallest CPU quota docker sets). */
function parseCpus(text) {
    const value = text.trim();
    if (!value)
        return '';
    if (!/^[0-9]+(\.[0-9]+)?$/.test(value))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('cpus', `'${value}' is not a number of CPUs`, 'a positive decimal such as 0.5 or 2');
    const n = Number(value);
    if (n <= 0)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('cpus', `'${value}' would leave the container no CPU time`, 'a positive decimal such as 0.5 or 2 (empty for no limit)');
    if (n < 0.01)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('cpus', `'${value}' is below 0.01, the smallest CPU quota docker sets`, 'a decimal of at least 0.01, such as 0.5 or 2');
    if (n > 1024)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('cpus', `'${value}' is more CPUs than any host has`, 'a positive decimal such as 0.5 or 2, at most the host\'s CPUs');
    return String(n);
}
function parseLogMaxSize(text) {
    const value = text.trim();
    if (!value)
        return '';
    if (!/^[1-9][0-9]{0,12}[kmg]?$/i.test(value))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('log_max_size', `'${value}' is not a size`, 'a size such as 10m (a whole number with k, m or g, above 0)');
    return value.toLowerCase();
}
function parseLogMaxFiles(text, size) {
    const value = text.trim();
    if (!value)
        return 0;
    if (!/^[1-9][0-9]{0,3}$/.test(value))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('log_max_files', `'${value}' is not a count of files`, 'a count from 1 to 9999');
    if (!size)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('log_max_files', `is ${value} without log_max_size: docker rotates the log by size`, 'log_max_size too (such as 10m), or no log_max_files');
    return Number(value);
}
/** args: words split as pre_switch_cmd's are; one line only. */
function parseArgs(text) {
    const value = text.trim();
    if (!value)
        return undefined;
    const bad = /[\r\n\0]/.exec(value);
    if (bad)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('args', `holds a ${bad[0] === '\0' ? 'NUL byte' : 'line break'}`, "arguments on one line, such as serve --port 8080 or sh -c 'cmd'");
    return (0,_spec_shell_words__WEBPACK_IMPORTED_MODULE_1__/* .splitArgs */ .s)('args', value);
}
function parseStopTimeout(text) {
    const value = text.trim();
    if (!value)
        return undefined;
    if (!/^[0-9]{1,6}$/.test(value) || Number(value) > MAX_STOP_TIMEOUT) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('stop_timeout', `'${value}' is not a number of seconds from 0 to ${MAX_STOP_TIMEOUT}`, `whole seconds from 0 to ${MAX_STOP_TIMEOUT} (docker's default is 10)`);
    }
    return Number(value);
}
// A user or group as docker takes them: a name or a numeric id.
const USER_PART = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}';
const USER_RE = new RegExp(`^${USER_PART}(:${USER_PART})?$`);
function parseUser(text) {
    const value = text.trim();
    if (value && !USER_RE.test(value))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('user', `'${value}' is not a user`, 'a user name or uid, optionally :group or :gid, such as 1000:1000 or nobody');
    return value;
}
const TMPFS_OPTION = '[a-z]+(=[A-Za-z0-9.]+)?';
const TMPFS_RE = new RegExp(`^(/[A-Za-z0-9_./@+-]*)(:${TMPFS_OPTION}(,${TMPFS_OPTION})*)?$`);
/** tmpfs: absolute paths in the container, each once, optionally with mount options (size=64m,mode=1777). */
function parseTmpfs(entries) {
    const seen = new Set();
    return entries.map((raw) => {
        const entry = raw.trim();
        const m = TMPFS_RE.exec(entry);
        if (!m || m[1].split('/').includes('..')) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('tmpfs', `'${entry}' is not a tmpfs mount`, 'an absolute path in the container, optionally with options, such as /tmp or /tmp:size=64m,mode=1777');
        }
        const path = m[1].length > 1 ? m[1].replace(/\/+$/, '') : m[1];
        if (seen.has(path))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('tmpfs', `the path ${path} is given twice`, 'each path once');
        seen.add(path);
        return entry;
    });
}
/** The container options of the inputs, each checked with one line naming it. */
function containerOptions(inputs) {
    const logMaxSize = parseLogMaxSize(inputs.log_max_size);
    return {
        memoryBytes: parseMemory(inputs.memory),
        cpus: parseCpus(inputs.cpus),
        logMaxSize,
        logMaxFiles: parseLogMaxFiles(inputs.log_max_files, logMaxSize),
        args: parseArgs(inputs.args),
        stopTimeout: parseStopTimeout(inputs.stop_timeout),
        user: parseUser(inputs.user),
        readOnly: inputs.read_only,
        tmpfs: parseTmpfs(inputs.tmpfs),
    };
}
/** Any option set: what the unchanged check hashes (none set leaves the hash as it was before they existed). */
function optionsSet(o) {
    return o.memoryBytes > 0 || o.cpus !== '' || o.logMaxSize !== '' || o.args !== undefined || o.stopTimeout !== undefined || o.user !== '' || o.readOnly || o.tmpfs.length > 0;
}
/** The json-file rotation options as --log-opt values. */
function logOpts(o) {
    return [...(o.logMaxSize ? [`max-size=${o.logMaxSize}`] : []), ...(o.logMaxFiles ? [`max-file=${o.logMaxFiles}`] : [])];
}
/** docker create flags for the options (args are not flags: they follow the image). */
function dockerOptionFlags(o) {
    const f = [];
    if (o.memoryBytes)
        f.push(`--memory=${o.memoryBytes}`);
    if (o.cpus)
        f.push(`--cpus=${o.cpus}`);
    if (o.logMaxSize)
        f.push('--log-driver=json-file', ...logOpts(o).map((l) => `--log-opt=${l}`));
    if (o.stopTimeout !== undefined)
        f.push(`--stop-timeout=${o.stopTimeout}`);
    if (o.user)
        f.push(`--user=${o.user}`);
    if (o.readOnly)
        f.push('--read-only');
    for (const t of o.tmpfs)
        f.push(`--tmpfs=${t}`);
    return f;
}
/** A tmpfs entry as a swarm --mount value: only size and mode have a swarm form. */
function tmpfsMountOf(entry) {
    const [path, options = ''] = entry.split(/:(.*)/s);
    const parts = [`type=tmpfs`, `target=${path}`];
    for (const opt of options ? options.split(',') : []) {
        const [k, v = ''] = opt.split('=');
        if (k === 'size' && /^[0-9]+[kmg]?$/i.test(v))
            parts.push(`tmpfs-size=${v}`);
        else if (k === 'mode' && /^[0-7]{3,4}$/.test(v))
            parts.push(`tmpfs-mode=${v}`);
        else
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('tmpfs', `'${entry}' has the option '${opt}', which a swarm service's tmpfs mount cannot take`, 'size=N[k|m|g] and mode=OCTAL only with deploy_target swarm');
    }
    return parts.join(',');
}
/**
 * docker service flags for the options. create sets what is given; update sets every option, the
 * empty ones back to docker's defaults, so the service ends as the inputs say (tmpfs mounts go
 * with the other mounts: the step removes them all first).
 */
function swarmOptionFlags(o, create) {
    const f = [];
    if (o.memoryBytes || !create)
        f.push(`--limit-memory=${o.memoryBytes}`);
    if (o.cpus || !create)
        f.push(`--limit-cpu=${o.cpus || 0}`);
    if (o.logMaxSize)
        f.push('--log-driver=json-file', ...logOpts(o).map((l) => `--log-opt=${l}`));
    if (o.stopTimeout !== undefined || !create)
        f.push(`--stop-grace-period=${o.stopTimeout ?? 10}s`);
    if (o.user || !create)
        f.push(`--user=${o.user}`);
    if (o.readOnly || !create)
        f.push(`--read-only=${o.readOnly}`);
    for (const t of o.tmpfs)
        f.push(`${create ? '--mount' : '--mount-add'}=${tmpfsMountOf(t)}`);
    return f;
}
/**
 * Words as docker service update --args reads them (it splits its one value as a shell would,
 * without expanding anything): each word single-quoted, a ' written '\''.
 */
function argsText(args) {
    return args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
}


/***/ }),

/***/ 36005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ updateFlags),
/* harmony export */   aA: () => (/* binding */ createFlags),
/* harmony export */   yO: () => (/* binding */ swarmSpec)
/* harmony export */ });
/* unused harmony exports mountOf, publishOf, failureRatio */
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75060);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _container_container_options__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61378);
/**
 * deploy_target swarm: the service gantry creates or updates through one manager, parsed from the
 * inputs before anything is contacted, and the docker service flags it becomes (pure: no I/O).
 * Values never become shell code: the flags are an array the step passes as "${FLAGS[@]}", and
 * env values are not among them (the step hands them to the docker CLI through its environment).
 */



// Names the docker CLI reads from its own environment: an env key of the service must not be one.
const CLI_ENV_RE = /^(DOCKER_.*|PATH|HOME|(HTTP|HTTPS|NO|ALL)_PROXY)$/i;
/** The swarm part of a deploy spec; refuses bad input in one line naming the input. */
function swarmSpec(inputs, container, env, hostCount) {
    if (hostCount !== 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('hosts', `names ${hostCount} hosts and deploy_target is swarm`, 'exactly one swarm manager ([user@]host[:port], or local)');
    }
    if (!Number.isInteger(inputs.replicas) || inputs.replicas < 1) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('replicas', `'${inputs.replicas}' is not a count of tasks`, 'a count of at least 1');
    }
    const mode = inputs.swarm_mode;
    if (mode !== 'replicated' && mode !== 'global')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('swarm_mode', `'${inputs.swarm_mode}' is not a swarm mode`, 'replicated or global');
    if (mode === 'global' && String(inputs.replicas) !== _schema__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.replicas.default) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('replicas', `is ${inputs.replicas} and swarm_mode is global, which runs one task on every node and takes no count`, 'no replicas with swarm_mode global, or swarm_mode replicated');
    }
    const publishMode = inputs.publish_mode;
    if (publishMode !== 'ingress' && publishMode !== 'host')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('publish_mode', `'${inputs.publish_mode}' is not a publish mode`, 'ingress or host');
    for (const p of container.ports) {
        if (!/^\d+:\d+(\/(tcp|udp|sctp))?$/.test(p)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ports', `'${p}' binds an address, which a swarm service cannot`, 'host_port:container_port[/tcp|udp] entries');
        }
    }
    if (container.network === 'none' || container.network.startsWith('container:')) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('network', `'${container.network}' is not a network a swarm service can join`, 'empty, host, or the name of a swarm-scoped (overlay) network');
    }
    container.options.tmpfs.forEach(_container_container_options__WEBPACK_IMPORTED_MODULE_2__/* .tmpfsMountOf */ .Fj);
    for (const [k] of env) {
        if (CLI_ENV_RE.test(k))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('env', `${k} is read by the docker CLI that creates the service`, 'keys other than DOCKER_*, PATH, HOME and *_PROXY with deploy_target swarm');
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
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('batch_size', `'${batch}' is not a batch size`, 'a count such as 2 or a percentage such as 50%');
    const restart = /^on-failure(?::(\d+))?$/.exec(container.restart);
    return {
        mode,
        replicas: inputs.replicas,
        publishMode,
        order: hostPorts ? 'stop-first' : 'start-first',
        failureAction: inputs.rollback ? 'rollback' : 'pause',
        parallelism,
        maxFailureRatio: failureRatio(inputs.max_failures, replicas),
        monitorSeconds: inputs.health_timeout,
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
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ports', `'${port}' is not host_port:container_port`, 'host_port:container_port[/tcp|udp] entries');
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
/** Flags of docker service create (the image, args and the env keys are added by the step). */
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
    f.push(...(0,_container_container_options__WEBPACK_IMPORTED_MODULE_2__/* .swarmOptionFlags */ .HL)(o.container.options, true));
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
    f.push(...(0,_container_container_options__WEBPACK_IMPORTED_MODULE_2__/* .swarmOptionFlags */ .HL)(o.container.options, false));
    // --args takes one value split as a shell would (nothing expanded); '' gives the image's CMD back.
    f.push(`--args=${(0,_container_container_options__WEBPACK_IMPORTED_MODULE_2__/* .argsText */ .xN)(o.container.options.args ?? [])}`);
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
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('max_failures', `'${text}' is not valid`, 'a whole number such as 1 or a percentage such as 10%');
    const n = Number(m[1]);
    if (m[2])
        return Math.min(1, n / 100);
    if (n === 0)
        return 0;
    return Math.min(1, n / (replicas > 0 ? replicas : 10));
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


/***/ }),

/***/ 62979:
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
    const authorities = [];
    const warnings = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        let fields = trimmed.split(/\s+/);
        let revoked = false;
        let authority = false;
        if (fields[0].startsWith('@')) {
            if (fields[0] === '@revoked')
                revoked = true;
            else if (fields[0] === '@cert-authority')
                authority = true;
            else
                throw lineError(line, `has the unknown marker '${fields[0]}'`);
            fields = fields.slice(1);
        }
        if (authority && (fields.length < 3 || fields.some((f) => /^(MD5|SHA1|SHA256):/i.test(f)))) {
            throw lineError(line, 'is a @cert-authority line without hosts, key type and key (a CA line needs the CA\'s public key, not a fingerprint)');
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
        const entry = { line, revoked, hosts: parseHostField(hostField, line), keyType, key, fingerprint: sha256Fingerprint(key) };
        if (authority)
            authorities.push({ ...entry, authority: true });
        else
            entries.push(entry);
    });
    return { entries, authorities, warnings };
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
    return {
        trusted: hits.filter((e) => !e.revoked),
        revoked: hits.filter((e) => e.revoked),
        authorities: known.authorities.filter((e) => hostMatches(e.hosts, host, port)),
    };
}


/***/ }),

/***/ 15785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ verifyPolicy),
/* harmony export */   RL: () => (/* binding */ verifyWanted),
/* harmony export */   dd: () => (/* binding */ checkVerifyInputs)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_registry_auth__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54147);
/**
 * verify_key, verify_identity and their companions as a deploy checks them against an image
 * before any host is contacted (verifyForDeploy). Pure, and free of the signature code, which
 * loads only when a check is asked for.
 */


function verifyPolicy(inputs) {
    return {
        keys: inputs.verify_key.trim() ? inputs.verify_key : '',
        identity: inputs.verify_identity.trim(),
        issuer: inputs.verify_issuer.trim(),
        trustedRoot: inputs.verify_trusted_root.trim(),
        fulcioUrl: inputs.fulcio_url.trim(),
        rekorUrl: inputs.rekor_url.trim(),
        requireProvenance: inputs.require_provenance,
        source: inputs.verify_source.trim(),
        registryInsecure: inputs.registry_insecure,
        logins: _registry_registry_auth__WEBPACK_IMPORTED_MODULE_1__/* .RegistryLogins */ .kv.of(inputs),
    };
}
/** Whether a policy asks for any check at all. */
function verifyWanted(v) {
    return v.keys !== '' || v.identity !== '' || v.issuer !== '' || v.trustedRoot !== '' || v.requireProvenance || v.source !== '';
}
/** The combinations of verify inputs that cannot work, refused in one line naming the input (the texts themselves are parsed later). */
function checkVerifyInputs(v) {
    if (v.issuer && !v.identity)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('verify_issuer', 'is set but verify_identity is empty', 'verify_identity too: the certificate identity to accept');
    if (v.trustedRoot && !v.identity)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('verify_trusted_root', 'is set but verify_identity is empty', 'verify_identity and verify_issuer: whose keyless signatures to accept');
    if (v.identity && !v.issuer)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('verify_identity', 'is set but verify_issuer is empty', 'verify_issuer too: the OIDC issuer the certificate must name (as cosign --certificate-oidc-issuer)');
    if (v.identity && !v.trustedRoot && !(v.fulcioUrl && v.rekorUrl)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('verify_trusted_root', 'is empty (and fulcio_url and rekor_url are not both set) but verify_identity is set', "the Sigstore TrustedRoot JSON of the instance that certified the signer (the public instance's trusted_root.json, or a private one's), or fulcio_url and rekor_url of a private instance");
    }
    if (!v.keys && !v.identity && (v.requireProvenance || v.source)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('verify_key', `is empty but ${v.source ? 'verify_source' : 'require_provenance'} is set`, 'the public key(s) the image and its provenance are signed with, or verify_identity for keyless signatures');
    }
}


/***/ })

};
;