"use strict";
exports.id = 926;
exports.ids = [926];
exports.modules = {

/***/ 91926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Engine: () => (/* binding */ Engine),
  EngineApiError: () => (/* binding */ EngineApiError),
  engineAddress: () => (/* reexport */ engineAddress),
  engineError: () => (/* binding */ engineError),
  engineQuery: () => (/* binding */ engineQuery),
  errorMessage: () => (/* reexport */ errors/* errorMessage */.gJ),
  followMessages: () => (/* binding */ followMessages),
  readAll: () => (/* binding */ readAll),
  registryAuthHeader: () => (/* binding */ registryAuthHeader),
  splitReference: () => (/* binding */ splitReference)
});

// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/registry-auth.ts
var registry_auth = __webpack_require__(54147);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/ssh/known-hosts.ts
var known_hosts = __webpack_require__(62979);
;// CONCATENATED MODULE: ./src/engine/engine-address.ts




const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';
const machineFiles = {
    read(file) {
        try {
            return external_fs_.readFileSync(file);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw new errors/* UserError */.yo(`cannot read ${file}: ${err.message}`);
        }
    },
    exists: (file) => external_fs_.existsSync(file),
};
/** The engine's address as messages name it: DOCKER_HOST's value, or the socket used without it. */
function engineAddress(env, files = machineFiles) {
    if (env.DOCKER_HOST)
        return env.DOCKER_HOST;
    const desktop = desktopSocket(env, files);
    return desktop ? `unix://${desktop}` : DEFAULT_DOCKER_HOST;
}
/** Docker Desktop's per-user socket (~/.docker/run/docker.sock), used when there is no system socket. */
function desktopSocket(env, files) {
    if (!env.HOME || files.exists('/var/run/docker.sock'))
        return undefined;
    const user = external_path_.join(env.HOME, '.docker', 'run', 'docker.sock');
    return files.exists(user) ? user : undefined;
}
/**
 * DOCKER_HOST as the docker CLI reads it: unix://PATH, tcp://HOST:PORT (a bare HOST:PORT is
 * tcp), ssh://[USER@]HOST[:PORT]. TLS when DOCKER_TLS_VERIFY is set (or the port is 2376): the
 * server is verified against DOCKER_CERT_PATH/ca.pem (default ~/.docker) and cert.pem/key.pem
 * are presented, each when it exists. Other schemes (npipe://) are refused in one line.
 */
function parseDockerHost(env, files = machineFiles) {
    const value = engineAddress(env, files);
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
    const expected = 'expected unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST[:PORT]';
    if (scheme === 'unix') {
        const socketPath = value.slice('unix://'.length);
        if (!socketPath)
            throw new errors/* UserError */.yo(`DOCKER_HOST=${value} has no socket path; ${expected}`);
        return { kind: 'unix', socketPath };
    }
    if (scheme !== undefined && !['tcp', 'http', 'https', 'ssh'].includes(scheme)) {
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value}: ${scheme}:// is not supported; ${expected} (TLS through DOCKER_TLS_VERIFY and DOCKER_CERT_PATH)`);
    }
    let url;
    try {
        url = new URL(scheme ? value.replace(/^[^:]+:/, 'http:') : `http://${value}`);
    }
    catch {
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value} is not an address; ${expected}`);
    }
    if (!url.hostname)
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value} has no host; ${expected}`);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (scheme === 'ssh')
        return sshEndpoint(value, url, host, env, expected);
    if (url.username || url.password)
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value} carries a user name; ${expected}`);
    const useTls = Boolean(env.DOCKER_TLS_VERIFY) || scheme === 'https' || url.port === '2376';
    const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
    if (!useTls)
        return { kind: 'tcp', host, port };
    const home = env.HOME;
    if (!env.DOCKER_CERT_PATH && !home)
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value} uses TLS but neither DOCKER_CERT_PATH nor HOME is set; expected DOCKER_CERT_PATH, the folder of ca.pem, cert.pem and key.pem`);
    const dir = env.DOCKER_CERT_PATH || external_path_.join(home, '.docker');
    const tls = { ca: files.read(external_path_.join(dir, 'ca.pem')), cert: files.read(external_path_.join(dir, 'cert.pem')), key: files.read(external_path_.join(dir, 'key.pem')) };
    return { kind: 'tcp', host, port, tls };
}
function sshEndpoint(value, url, host, env, expected) {
    if (url.password)
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value} carries a password; ${expected} (the key comes from the SSH agent)`);
    if (url.pathname && url.pathname !== '/')
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value} has a path; ${expected}`);
    if (!env.SSH_AUTH_SOCK)
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value}: no SSH agent (SSH_AUTH_SOCK is not set); expected an agent holding the key for ${host} (eval $(ssh-agent) && ssh-add KEY)`);
    if (!env.HOME)
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value}: HOME is not set, so there is no ~/.ssh/known_hosts to check ${host}'s key against`);
    return {
        kind: 'ssh',
        host,
        port: url.port ? Number(url.port) : 22,
        username: url.username ? decodeURIComponent(url.username) : undefined,
        agent: env.SSH_AUTH_SOCK,
        knownHostsFile: external_path_.join(env.HOME, '.ssh', 'known_hosts'),
    };
}
/**
 * Whether `key` (the blob the host presented) is pinned for host:port in the known_hosts text:
 * a line for the host with this key or its fingerprint, and no @revoked line for it.
 */
function hostKeyKnown(knownHosts, host, port, key) {
    const pins = (0,known_hosts/* pinsFor */.G)((0,known_hosts/* parseKnownHosts */.uJ)(knownHosts), host, port);
    const fingerprint = (0,known_hosts/* sha256Fingerprint */._7)(key);
    const same = (e) => (e.key ? e.key.equals(key) : e.fingerprint === fingerprint);
    if (pins.revoked.some(same))
        return false;
    return pins.trusted.some(same);
}
/** The known_hosts file's text ('' when it does not exist), its errors naming the file. */
function readKnownHosts(file, value, files = machineFiles) {
    const text = files.read(file)?.toString('utf8') ?? '';
    try {
        (0,known_hosts/* parseKnownHosts */.uJ)(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`DOCKER_HOST=${value}: ${file}: ${err.message.replace(/^input 'known_hosts': /, '')}`);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/engine/docker.ts





/** A non-2xx answer: the engine's own message, and its status code for callers to test. */
class EngineApiError extends Error {
    statusCode;
    constructor(statusCode, message) {
        super(message);
        this.statusCode = statusCode;
        this.name = 'EngineApiError';
    }
}
const UNREACHABLE = ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'];
/** An error of the transport as one line naming DOCKER_HOST; the engine's own answers pass through. */
function engineError(err, env) {
    if (err instanceof errors/* UserError */.yo || err instanceof EngineApiError)
        return err;
    const e = err;
    const where = `DOCKER_HOST=${engineAddress(env)}`;
    if (typeof e.statusCode === 'number') {
        const m = /^\(HTTP code \d+\) [^-]*- ([\s\S]*)$/.exec(e.message ?? '');
        const text = (e.json && typeof e.json === 'object' && e.json.message) || m?.[1]?.trim() || '';
        return new EngineApiError(e.statusCode, text ? `${text} (HTTP ${e.statusCode})` : `the engine answered HTTP ${e.statusCode}`);
    }
    if (e.level === 'client-authentication')
        return new errors/* UserError */.yo(`${where}: the SSH agent (SSH_AUTH_SOCK) holds no key the host accepts; expected the key for this host added to the agent (ssh-add KEY)`);
    if (e.level === 'client-timeout')
        return new errors/* UserError */.yo(`cannot reach the Docker engine at ${where} (no SSH handshake within the time allowed); check the host and port`);
    if (e.code && UNREACHABLE.includes(e.code))
        return new errors/* UserError */.yo(`cannot reach the Docker engine at ${where} (${e.code}); start the engine or set DOCKER_HOST`);
    return err instanceof Error ? err : new Error(String(err));
}
/** Reads a stream whole. */
function readAll(stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
    });
}
/**
 * Reads a JSON-lines progress stream, handing each message to onMessage. Rejects on an `error`
 * message, on a stream that closes before its end, and (given `isFinal`) on one whose final
 * frame never came: a progress stream cut short is never a success.
 */
function followMessages(stream, onMessage, isFinal, what = 'the engine\'s answer') {
    return new Promise((resolve, reject) => {
        let failed;
        let rest = '';
        let done = false;
        let sawFinal = false;
        const line = (text) => {
            const t = text.trim();
            if (!t)
                return;
            let m;
            try {
                m = JSON.parse(t);
            }
            catch {
                failed ??= new Error(`the engine sent a line that is not JSON: ${t.slice(0, 200)}`);
                return;
            }
            if (m.error || m.errorDetail)
                failed ??= new Error(m.errorDetail?.message || m.error || 'unknown engine error');
            if (isFinal?.(m))
                sawFinal = true;
            onMessage(m);
        };
        const finish = (err) => {
            if (done)
                return;
            done = true;
            if (err)
                return reject(err);
            line(rest);
            if (failed)
                reject(failed);
            else if (isFinal && !sawFinal)
                reject(new Error(`the engine ended ${what} without its final message (the engine stopped or the connection broke)`));
            else
                resolve();
        };
        stream.on('data', (chunk) => {
            rest += chunk.toString();
            let at;
            while ((at = rest.indexOf('\n')) >= 0) {
                line(rest.slice(0, at));
                rest = rest.slice(at + 1);
            }
        });
        stream.on('error', (err) => finish(err));
        stream.on('end', () => finish());
        stream.on('close', () => finish(new Error(`the engine closed ${what} before its end (the engine stopped or the connection broke)`)));
    });
}
/** A query string as the engine reads it: arrays repeated, objects as JSON, undefined left out, spaces as %20; '' when empty. */
function engineQuery(params = {}) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
        if (v === undefined || v === null)
            continue;
        if (Array.isArray(v))
            for (const item of v)
                q.append(k, String(item));
        else if (typeof v === 'object')
            q.append(k, JSON.stringify(v));
        else
            q.append(k, String(v));
    }
    const s = q.toString().replace(/\+/g, '%20');
    return s ? `?${s}` : '';
}
/** The X-Registry-Auth header's value: the auth's JSON in URL-safe base64 (as the engine decodes it). */
function registryAuthHeader(auth) {
    return Buffer.from(JSON.stringify(auth ?? {})).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
const enc = encodeURIComponent;
const OK = { 200: true, 201: true, 204: true, 304: true };
class Engine {
    debug;
    env;
    modemValue;
    /** Why the SSH host key was refused, when it was (ssh2 reports only that it was). */
    hostKeyRefusal;
    answerMs;
    idleMs;
    pullCredentials;
    /** `env` is the front end's environment: DOCKER_HOST, the TLS settings, HOME, SSH_AUTH_SOCK. */
    constructor(debug, env, opts = {}) {
        this.debug = debug;
        this.env = env;
        this.answerMs = opts.answerTimeoutMs ?? 120_000;
        this.idleMs = opts.streamIdleMs ?? 20 * 60_000;
        this.pullCredentials = opts.pullCredentials;
    }
    /** The credentials pulls from the registry of `ref` get unless given their own. */
    credentialsFor(ref) {
        const registry = (0,registry_auth/* registryOfImage */.gP)(ref);
        const c = this.pullCredentials?.(registry);
        return c ? { username: c.username, password: c.password, serveraddress: registry } : undefined;
    }
    /** Where the engine is, as messages name it. */
    get address() {
        return engineAddress(this.env);
    }
    /** The transport, made on first use (so a bad DOCKER_HOST fails the first call, not the import). */
    get modem() {
        this.modemValue ??= makeModem(parseDockerHost(this.env), this.env, (why) => (this.hostKeyRefusal = why));
        return this.modemValue;
    }
    /** Sends one call through docker-modem with a deadline; resolves with JSON, the answer's stream or the upgraded connection. */
    dial(what, c) {
        this.debug(`engine: ${what}`);
        return new Promise((resolve, reject) => {
            const abort = new AbortController();
            let timedOut = false;
            let timer;
            const arm = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    timedOut = true;
                    abort.abort();
                }, this.answerMs);
            };
            arm();
            let file = c.body;
            if (c.body && !Buffer.isBuffer(c.body)) {
                // An upload keeps the deadline off while the engine takes its chunks.
                const source = c.body;
                const watched = new external_stream_.Transform({ transform: (chunk, _e, done) => (arm(), done(null, chunk)) });
                source.on('error', (err) => watched.destroy(err));
                source.pipe(watched);
                file = watched;
            }
            const headers = { ...c.headers };
            if (file && !headers['Content-Type'])
                headers['Content-Type'] = 'application/x-tar';
            if (c.upgrade)
                headers.Upgrade = c.upgrade;
            let modem;
            try {
                modem = this.modem;
            }
            catch (err) {
                clearTimeout(timer);
                reject(err);
                return;
            }
            modem.dial({
                // docker-modem appends its own (empty) query only to a path that has a '?'.
                path: `${c.path}${engineQuery(c.query) || '?'}`,
                method: c.method,
                headers,
                options: { _query: {}, _body: c.json ?? {} },
                file,
                isStream: Boolean(c.stream),
                hijack: Boolean(c.upgrade),
                statusCodes: c.upgrade ? { 101: true } : OK,
                abortSignal: abort.signal,
            }, (err, result) => {
                clearTimeout(timer);
                if (timedOut)
                    return reject(new errors/* UserError */.yo(`the Docker engine at DOCKER_HOST=${this.address} did not answer ${what} within ${this.answerMs / 1000} s; check that it runs and is not overloaded`));
                if (err)
                    return reject(this.hostKeyRefusal ? new errors/* UserError */.yo(this.hostKeyRefusal) : engineError(err, this.env));
                if (c.stream)
                    return resolve(this.watchIdle(result, what));
                resolve((Buffer.isBuffer(result) && result.length === 0 ? undefined : result));
            });
        });
    }
    /** The answer's stream, ended with a timeout error when the engine sends nothing for too long. */
    watchIdle(res, what) {
        let timer;
        const out = new external_stream_.Transform({
            transform: (chunk, _e, done) => (arm(), done(null, chunk)),
            flush: (done) => (clearTimeout(timer), done()),
        });
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => out.destroy(new errors/* UserError */.yo(`the Docker engine at DOCKER_HOST=${this.address} sent nothing for ${this.idleMs / 1000} s during ${what}`)), this.idleMs);
            timer.unref();
        };
        arm();
        (0,external_stream_.pipeline)(res, out, (err) => {
            clearTimeout(timer);
            if (err && !out.destroyed)
                out.destroy(engineError(err, this.env));
        });
        return out;
    }
    /** A call whose JSON answer is wanted (undefined when empty). */
    call(what, c) {
        return this.dial(what, c);
    }
    /** A GET's JSON answer, or undefined when the engine has no such thing: only 404 means none. */
    async found(what, path) {
        try {
            return await this.call(what, { method: 'GET', path });
        }
        catch (err) {
            if (err instanceof EngineApiError && err.statusCode === 404)
                return undefined;
            throw err;
        }
    }
    /** A DELETE where a missing thing is no error (404), and any other failure is. */
    async remove(what, path, query) {
        try {
            await this.call(what, { method: 'DELETE', path, query });
        }
        catch (err) {
            if (err instanceof EngineApiError && err.statusCode === 404)
                return;
            throw err;
        }
    }
    /** os/arch of the engine, e.g. { os: 'linux', arch: 'amd64' }, and its version. */
    async platform() {
        const v = await this.call('version', { method: 'GET', path: '/version' });
        return { os: v.Os, arch: v.Arch, version: v.Version };
    }
    /** Reads a JSON-lines response stream, handing each message to onMessage; rejects on `error` or a stream cut short. */
    async follow(stream, onMessage, isFinal, what) {
        try {
            await followMessages(stream, onMessage, isFinal, what);
        }
        catch (err) {
            throw engineError(err, this.env);
        }
    }
    /**
     * POST /build (BuildKit: version=2, the number: dockerode's string '2' would open a session of
     * its own) with the context tar as the body; ends when the built image's id has come.
     */
    async build(context, options, onMessage) {
        const stream = await this.dial('build', { method: 'POST', path: '/build', query: { ...options, version: 2 }, body: context, stream: true });
        await this.follow(stream, onMessage, (m) => m.id === 'moby.image.id', 'the build\'s progress');
    }
    /**
     * POST /session with Upgrade: h2c: returns the upgraded connection, on which the engine is
     * the HTTP/2 client (the bytes that came with the 101 are put back by docker-modem).
     */
    upgradeSession(headers) {
        const { Upgrade, ...rest } = headers;
        const flat = {};
        for (const [k, v] of Object.entries(rest))
            flat[k] = Array.isArray(v) ? v.join(', ') : v;
        // An empty body with a length: a chunked body's terminator would follow the request onto
        // the connection the engine starts speaking HTTP/2 on.
        return this.dial('POST /session (upgrade to h2c)', { method: 'POST', path: '/session', headers: { ...flat, 'Content-Type': 'application/octet-stream' }, body: Buffer.alloc(0), upgrade: String(Upgrade ?? 'h2c') });
    }
    /** Removes an image; a missing one (404) is not an error, any other failure is. */
    async removeImage(ref, opts = {}) {
        await this.remove(`remove image ${ref}`, `/images/${ref}`, opts);
    }
    async createContainer(spec) {
        const { name, ...body } = spec;
        const res = await this.call(`create container${name ? ` ${name}` : ''} from ${spec.Image}`, { method: 'POST', path: '/containers/create', query: { name }, json: body });
        return res.Id;
    }
    async startContainer(id) {
        await this.call(`start container ${id}`, { method: 'POST', path: `/containers/${enc(id)}/start` });
    }
    /** Removes a container (forced: a running one too); a missing one (404) is not an error. */
    async removeContainer(id) {
        try {
            await this.remove(`remove container ${id}`, `/containers/${enc(id)}`, { force: true });
        }
        catch (err) {
            // Someone else (AutoRemove, another run, a person) is removing it already: wait until it is gone.
            if (!(err instanceof EngineApiError && err.statusCode === 409 && /already in progress/i.test(err.message)))
                throw err;
            const deadline = Date.now() + 60_000;
            while (await this.inspectContainer(id)) {
                if (Date.now() > deadline)
                    throw err;
                await new Promise((r) => setTimeout(r, 200));
            }
        }
    }
    /** A container's inspection, or undefined when there is no such container. */
    inspectContainer(id) {
        return this.found(`inspect container ${id}`, `/containers/${enc(id)}/json`);
    }
    async volumeExists(name) {
        return (await this.found(`inspect volume ${name}`, `/volumes/${enc(name)}`)) !== undefined;
    }
    async createVolume(name, labels = {}) {
        await this.call(`create volume ${name}`, { method: 'POST', path: '/volumes/create', json: { Name: name, Labels: labels } });
    }
    /** A tar stream of `containerPath` in a container. */
    getArchive(container, containerPath) {
        return this.dial(`copy ${containerPath} out of ${container}`, { method: 'GET', path: `/containers/${enc(container)}/archive`, query: { path: containerPath }, stream: true });
    }
    /** Unpacks a tar stream into `containerPath` (a folder that exists) in a container. */
    async putArchive(container, containerPath, tar) {
        await this.call(`copy into ${container}:${containerPath}`, { method: 'PUT', path: `/containers/${enc(container)}/archive`, query: { path: containerPath }, body: tar });
    }
    /** Streams `containerPath` out of an image through a created (never started) container. */
    async withImageArchive(image, containerPath, consume) {
        this.debug(`engine: create container from ${image} (not started) to copy ${containerPath} out`);
        const id = await this.createContainer({ Image: image, Cmd: ['/gantry-never-started'], NetworkDisabled: true, Labels: { 'gantry.helper': 'export' } });
        let archive;
        try {
            archive = await this.getArchive(id, containerPath);
            return await consume(archive);
        }
        catch (err) {
            // An archive the consumer gave up on would keep its connection, and the process, alive.
            archive?.destroy?.();
            throw err;
        }
        finally {
            await this.removeContainer(id);
        }
    }
    /** Imports a filesystem tar as repo:tag with Dockerfile-style changes (e.g. LABEL lines). */
    async importImage(tar, repo, tag, changes) {
        const stream = await this.dial(`import ${repo}:${tag}`, { method: 'POST', path: '/images/create', query: { fromSrc: '-', repo, tag, changes }, body: tar, stream: true });
        await this.follow(stream, () => undefined, (m) => /^sha256:/.test(m.status ?? ''), `the import of ${repo}:${tag}`);
    }
    /** The engine's registry settings: which registries it talks to over plain HTTP. */
    async registryConfig() {
        const info = await this.call('info', { method: 'GET', path: '/info' });
        return info.RegistryConfig ?? {};
    }
    /** Whether this engine pushes to and pulls from `registry` over plain HTTP: loopback always, else its --insecure-registry list. */
    async allowsPlainHttp(registry) {
        if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry))
            return true;
        try {
            return (await this.registryConfig()).IndexConfigs?.[registry]?.Secure === false;
        }
        catch {
            return false;
        }
    }
    inspectImage(ref) {
        return this.found(`inspect image ${ref}`, `/images/${ref}/json`);
    }
    /** The images whose reference matches `reference` (e.g. a repository). */
    listImages(reference) {
        return this.call(`list images ${reference}`, { method: 'GET', path: '/images/json', query: { filters: { reference: [reference] } } });
    }
    async tag(image, repo, tag) {
        await this.call(`tag ${image} ${repo}:${tag}`, { method: 'POST', path: `/images/${image}/tag`, query: { repo, tag } });
    }
    /** Pushes repo:tag; ends when the engine has reported the pushed digest. */
    async push(repo, tag, auth, onMessage) {
        const stream = await this.dial(`push ${repo}:${tag}`, { method: 'POST', path: `/images/${repo}/push`, query: { tag }, headers: { 'X-Registry-Auth': registryAuthHeader(auth) }, stream: true });
        await this.follow(stream, onMessage, (m) => Boolean(m.aux?.Digest), `the push of ${repo}:${tag}`);
    }
    /** Pulls an image (for one platform when given), with credentials when given; ends on the engine's closing status. */
    async pull(ref, platform, given) {
        const { repository, tag } = splitReference(ref);
        const auth = given ?? this.credentialsFor(ref);
        const headers = auth ? { 'X-Registry-Auth': registryAuthHeader(auth) } : {};
        const stream = await this.dial(`pull ${ref}${platform ? ` (${platform})` : ''}`, { method: 'POST', path: '/images/create', query: { fromImage: repository, tag, platform }, headers, stream: true });
        await this.follow(stream, () => undefined, (m) => /^Status: /.test(m.status ?? ''), `the pull of ${ref}`);
    }
    save(ref) {
        return this.dial(`save ${ref}`, { method: 'GET', path: `/images/${ref}/get`, stream: true });
    }
    /**
     * Runs a command in a running container (docker exec), handing its output to `onOutput` as it
     * comes (stdout and stderr apart); resolves with its exit code and the whole output. `stdin`
     * is written to the command, then closed (the command reads end of file).
     */
    async exec(container, cmd, opts = {}) {
        const created = await this.call(`exec in ${container}: ${cmd[0]}`, {
            method: 'POST',
            path: `/containers/${enc(container)}/exec`,
            json: { Cmd: cmd, Env: opts.env, WorkingDir: opts.workdir, AttachStdin: Boolean(opts.stdin), AttachStdout: true, AttachStderr: true },
        });
        // The upgraded connection itself, not dockerode's exec.start stream: only on the raw
        // connection can stdin be half-closed while the output still comes back.
        const socket = await this.dial('exec start', { method: 'POST', path: `/exec/${created.Id}/start`, json: { Detach: false, Tty: false }, upgrade: 'tcp' });
        const out = [];
        const err = [];
        const sink = (which) => new external_stream_.Writable({
            write(chunk, _e, done) {
                if (which === 'stderr')
                    err.push(chunk);
                else if (!opts.streamStdout)
                    out.push(chunk);
                opts.onOutput?.(chunk, which);
                done();
            },
        });
        await new Promise((resolve, reject) => {
            let settled = false;
            const done = (e) => {
                if (settled)
                    return;
                settled = true;
                socket.destroy();
                if (e)
                    reject(engineError(e, this.env));
                else
                    resolve();
            };
            // A command may compute for long without output: no idle deadline on its stream.
            socket.setTimeout?.(0);
            this.modem.demuxStream(socket, sink('stdout'), sink('stderr'));
            socket.on('end', () => done());
            socket.on('close', () => done());
            socket.on('error', (e) => done(e));
            socket.allowHalfOpen = true;
            const input = opts.stdin;
            if (!input)
                return;
            if (Buffer.isBuffer(input))
                socket.end(input);
            else {
                input.on('error', (e) => done(e));
                input.pipe(socket);
            }
        });
        let info = await this.inspectExec(created.Id);
        // The stream can end a moment before the engine records the exit code.
        for (let i = 0; info.Running && i < 100; i++) {
            await new Promise((r) => setTimeout(r, 20));
            info = await this.inspectExec(created.Id);
        }
        return { exitCode: info.ExitCode ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) };
    }
    inspectExec(id) {
        return this.call('exec inspect', { method: 'GET', path: `/exec/${id}/json` });
    }
    /** Loads an image tar; ends when the engine has said what it loaded. */
    async load(tar) {
        const stream = await this.dial('load', { method: 'POST', path: '/images/load', query: { quiet: 1 }, body: tar, stream: true });
        await this.follow(stream, () => undefined, (m) => /^Loaded image/.test(m.stream ?? ''), 'the image load');
    }
}
/**
 * docker-modem for the endpoint. Every option is given: docker-modem fills the ones left out
 * from the process's own DOCKER_HOST, which is not the environment gantry was given.
 */
function makeModem(ep, env, refused) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Modem = __webpack_require__(47133);
    const none = { socketPath: undefined, host: undefined, port: undefined, username: undefined, ca: undefined, cert: undefined, key: undefined, timeout: undefined, version: undefined, headers: {} };
    if (ep.kind === 'unix')
        return new Modem({ ...none, socketPath: ep.socketPath, protocol: 'http' });
    if (ep.kind === 'tcp')
        return new Modem({ ...none, host: ep.host, port: ep.port, protocol: ep.tls ? 'https' : 'http', ...(ep.tls ?? {}) });
    const value = engineAddress(env);
    const knownHosts = readKnownHosts(ep.knownHostsFile, value);
    const modem = new Modem({ ...none, host: ep.host, port: ep.port, username: ep.username, protocol: 'ssh' });
    // Set after construction: docker-modem lets the process's own DOCKER_HOST override sshOptions.
    modem.sshOptions = {
        agent: ep.agent,
        // docker-modem accepts any host key unless given a verifier.
        hostVerifier: (key) => {
            if (hostKeyKnown(knownHosts, ep.host, ep.port, key))
                return true;
            refused(`DOCKER_HOST=${value}: the host key of ${ep.host}${ep.port === 22 ? '' : ` port ${ep.port}`} is not in ${ep.knownHostsFile}; expected a known_hosts line for it (ssh-keyscan${ep.port === 22 ? '' : ` -p ${ep.port}`} ${ep.host}, checked, then added)`);
            return false;
        },
        readyTimeout: 20_000,
    };
    return modem;
}
/** repository and tag (or digest) of a reference, as the engine's fromImage and tag take them. */
function splitReference(ref) {
    const at = ref.indexOf('@');
    if (at >= 0)
        return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
    const colon = ref.lastIndexOf(':');
    if (colon >= 0 && !ref.slice(colon + 1).includes('/'))
        return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
    return { repository: ref, tag: 'latest' };
}



/***/ })

};
;