"use strict";
exports.id = 620;
exports.ids = [620];
exports.modules = {

/***/ 43620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Engine: () => (/* binding */ Engine),
/* harmony export */   engineAddress: () => (/* binding */ engineAddress),
/* harmony export */   engineError: () => (/* binding */ engineError),
/* harmony export */   errorMessage: () => (/* reexport safe */ _errors__WEBPACK_IMPORTED_MODULE_0__.gJ),
/* harmony export */   followMessages: () => (/* binding */ followMessages),
/* harmony export */   splitReference: () => (/* binding */ splitReference)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _engine_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97363);


function engineAddress(env = process.env) {
    return env.DOCKER_HOST || _engine_http__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DOCKER_HOST */ .Qu;
}
function engineError(err, env = process.env) {
    const code = err.code;
    if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) {
        return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot reach the Docker engine at DOCKER_HOST=${engineAddress(env)} (${code}); start the engine or set DOCKER_HOST`);
    }
    return err instanceof Error ? err : new Error(String(err));
}
/** Reads a JSON-lines response stream, handing each message to onMessage; rejects on an `error` message. */
function followMessages(stream, onMessage) {
    return new Promise((resolve, reject) => {
        let failed;
        let rest = '';
        let done = false;
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
            onMessage(m);
        };
        const finish = (err) => {
            if (done)
                return;
            done = true;
            if (err)
                reject(err);
            else {
                line(rest);
                if (failed)
                    reject(failed);
                else
                    resolve();
            }
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
        stream.on('close', () => finish());
    });
}
const enc = encodeURIComponent;
class Engine {
    debug;
    env;
    http;
    /** `env` gives DOCKER_HOST and the TLS settings (the process's own by default). */
    constructor(debug = () => undefined, env = process.env) {
        this.debug = debug;
        this.env = env;
        this.http = new _engine_http__WEBPACK_IMPORTED_MODULE_1__/* .EngineHttp */ .pd(env);
    }
    async call(what, fn) {
        this.debug(`engine: ${what}`);
        try {
            return await fn();
        }
        catch (err) {
            throw engineError(err, this.env);
        }
    }
    /** os/arch of the engine, e.g. { os: 'linux', arch: 'amd64' }, and its version. */
    async platform() {
        const v = await this.call('version', () => this.http.json('GET', '/version'));
        return { os: v.Os, arch: v.Arch, version: v.Version };
    }
    /** Reads a JSON-lines response stream, handing each message to onMessage; rejects on `error`. */
    async follow(stream, onMessage) {
        try {
            await followMessages(stream, onMessage);
        }
        catch (err) {
            throw engineError(err, this.env);
        }
    }
    /**
     * POST /build (BuildKit: version=2) with the context tar as the body. `options` are the
     * endpoint's query parameters (objects such as buildargs and labels go as JSON).
     */
    async build(context, options, onMessage) {
        const stream = await this.call('build', () => this.http.request('POST', '/build', { query: { ...options, version: 2 }, body: context }));
        await this.follow(stream, onMessage);
    }
    /**
     * POST /session with Upgrade: h2c: returns the upgraded connection, on which the engine is
     * the HTTP/2 client (the bytes that came with the 101 are put back).
     */
    upgradeSession(headers) {
        const { Upgrade, ...rest } = headers;
        // An empty body with a length: a chunked terminator would follow the request onto the
        // socket the engine starts speaking HTTP/2 on.
        return this.call('POST /session (upgrade to h2c)', () => this.http.upgrade('POST', '/session', String(Upgrade ?? 'h2c'), { headers: rest, body: Buffer.alloc(0), contentType: 'application/octet-stream' }));
    }
    /** Removes an image; a missing one is not an error. */
    async removeImage(ref, opts = {}) {
        this.debug(`engine: remove image ${ref}`);
        await this.http.json('DELETE', `/images/${ref}`, { query: opts }).catch(() => undefined);
    }
    async createContainer(spec) {
        const { name, ...body } = spec;
        const res = await this.call(`create container${name ? ` ${name}` : ''} from ${spec.Image}`, () => this.http.json('POST', '/containers/create', { query: { name }, json: body }));
        return res.Id;
    }
    async startContainer(id) {
        await this.call(`start container ${id}`, () => this.http.json('POST', `/containers/${enc(id)}/start`));
    }
    /** Removes a container (forced: a running one too); a missing one is not an error. */
    async removeContainer(id) {
        this.debug(`engine: remove container ${id}`);
        await this.http.json('DELETE', `/containers/${enc(id)}`, { query: { force: true } }).catch(() => undefined);
    }
    /** A GET's JSON answer, or undefined when the engine has no such thing (404). */
    async found(p) {
        try {
            return await this.http.json('GET', p);
        }
        catch (err) {
            if (err.statusCode === 404)
                return undefined;
            throw engineError(err, this.env);
        }
    }
    /** A container's inspection, or undefined when there is no such container. */
    inspectContainer(id) {
        return this.found(`/containers/${enc(id)}/json`);
    }
    async volumeExists(name) {
        return (await this.found(`/volumes/${enc(name)}`)) !== undefined;
    }
    async createVolume(name, labels = {}) {
        await this.call(`create volume ${name}`, () => this.http.json('POST', '/volumes/create', { json: { Name: name, Labels: labels } }));
    }
    /** A tar stream of `containerPath` in a container. */
    async getArchive(container, containerPath) {
        return this.call(`copy ${containerPath} out of ${container}`, () => this.http.request('GET', `/containers/${enc(container)}/archive`, { query: { path: containerPath } }));
    }
    /** Unpacks a tar stream into `containerPath` (a folder that exists) in a container. */
    async putArchive(container, containerPath, tar) {
        const res = await this.call(`copy into ${container}:${containerPath}`, () => this.http.request('PUT', `/containers/${enc(container)}/archive`, { query: { path: containerPath }, body: tar }));
        await (0,_engine_http__WEBPACK_IMPORTED_MODULE_1__/* .readAll */ .yw)(res);
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
        const stream = await this.call(`import ${repo}:${tag}`, () => this.http.request('POST', '/images/create', { query: { fromSrc: '-', repo, tag, changes }, body: tar }));
        await this.follow(stream, () => undefined);
    }
    /** The engine's registry settings: which registries it talks to over plain HTTP. */
    async registryConfig() {
        const info = await this.call('info', () => this.http.json('GET', '/info'));
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
        return this.found(`/images/${ref}/json`);
    }
    /** The images whose reference matches `reference` (e.g. a repository). */
    async listImages(reference) {
        return this.call(`list images ${reference}`, () => this.http.json('GET', '/images/json', { query: { filters: { reference: [reference] } } }));
    }
    async tag(image, repo, tag) {
        await this.call(`tag ${image} ${repo}:${tag}`, () => this.http.json('POST', `/images/${image}/tag`, { query: { repo, tag } }));
    }
    async push(repo, tag, auth, onMessage) {
        const stream = await this.call(`push ${repo}:${tag}`, () => this.http.request('POST', `/images/${repo}/push`, { query: { tag }, headers: { 'X-Registry-Auth': (0,_engine_http__WEBPACK_IMPORTED_MODULE_1__/* .registryAuthHeader */ .bJ)(auth) } }));
        await this.follow(stream, onMessage);
    }
    /** Pulls an image (for one platform when given), with credentials when given. */
    async pull(ref, platform, auth) {
        const { repository, tag } = splitReference(ref);
        const headers = auth ? { 'X-Registry-Auth': (0,_engine_http__WEBPACK_IMPORTED_MODULE_1__/* .registryAuthHeader */ .bJ)(auth) } : {};
        const stream = await this.call(`pull ${ref}${platform ? ` (${platform})` : ''}`, () => this.http.request('POST', '/images/create', { query: { fromImage: repository, tag, platform }, headers }));
        await this.follow(stream, () => undefined);
    }
    async save(ref) {
        return this.call(`save ${ref}`, () => this.http.request('GET', `/images/${ref}/get`));
    }
    /**
     * Runs a command in a running container (docker exec), handing its output to `onOutput` as it
     * comes (stdout and stderr apart); resolves with its exit code and the whole output. `stdin`
     * is written to the command, then closed (the command reads end of file).
     */
    async exec(container, cmd, opts = {}) {
        const created = await this.call(`exec in ${container}: ${cmd[0]}`, () => this.http.json('POST', `/containers/${enc(container)}/exec`, {
            json: { Cmd: cmd, Env: opts.env, WorkingDir: opts.workdir, AttachStdin: Boolean(opts.stdin), AttachStdout: true, AttachStderr: true },
        }));
        const socket = await this.call('exec start', () => this.http.upgrade('POST', `/exec/${created.Id}/start`, 'tcp', { json: { Detach: false, Tty: false } }));
        const out = [];
        const err = [];
        const demux = new _engine_http__WEBPACK_IMPORTED_MODULE_1__/* .FrameDemuxer */ .Y2();
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
            socket.on('data', (chunk) => {
                for (const f of demux.push(chunk)) {
                    const which = f.stream === 2 ? 'stderr' : 'stdout';
                    if (which === 'stderr')
                        err.push(f.data);
                    else if (!opts.streamStdout)
                        out.push(f.data);
                    opts.onOutput?.(f.data, which);
                }
            });
            socket.on('end', () => done());
            socket.on('close', () => done());
            socket.on('error', (e) => done(e));
            // Half-closed once stdin is written: the command reads end of file, its output still comes back.
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
        return this.call('exec inspect', () => this.http.json('GET', `/exec/${id}/json`));
    }
    async load(tar) {
        const stream = await this.call('load', () => this.http.request('POST', '/images/load', { query: { quiet: 1 }, body: tar }));
        await this.follow(stream, () => undefined);
    }
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



/***/ }),

/***/ 97363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ DEFAULT_DOCKER_HOST),
/* harmony export */   Y2: () => (/* binding */ FrameDemuxer),
/* harmony export */   bJ: () => (/* binding */ registryAuthHeader),
/* harmony export */   pd: () => (/* binding */ EngineHttp),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* unused harmony exports parseDockerHost, engineQuery, EngineApiError */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58611);
/* harmony import */ var http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65692);
/* harmony import */ var https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);






const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';
/**
 * DOCKER_HOST as the docker CLI reads it: unix://PATH or tcp://HOST:PORT (a bare HOST:PORT is
 * tcp). TLS when DOCKER_TLS_VERIFY is set (or the port is 2376): the server is verified
 * against DOCKER_CERT_PATH/ca.pem (default ~/.docker) and cert.pem/key.pem are presented,
 * each when it exists. Other schemes (ssh://, npipe://) are refused in one line.
 */
function parseDockerHost(env = process.env, readFile = readIfExists) {
    const value = env.DOCKER_HOST || DEFAULT_DOCKER_HOST;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
    const expected = 'expected unix:///path/to/docker.sock or tcp://HOST:PORT';
    if (scheme === 'unix') {
        const socketPath = value.slice('unix://'.length);
        if (!socketPath)
            throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`DOCKER_HOST=${value} has no socket path; ${expected}`);
        return { kind: 'unix', socketPath };
    }
    if (scheme !== undefined && scheme !== 'tcp' && scheme !== 'http' && scheme !== 'https') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`DOCKER_HOST=${value}: ${scheme}:// is not supported; ${expected} (TLS through DOCKER_TLS_VERIFY and DOCKER_CERT_PATH)`);
    }
    let url;
    try {
        url = new URL(scheme ? value.replace(/^[^:]+:/, 'http:') : `http://${value}`);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`DOCKER_HOST=${value} is not an address; ${expected}`);
    }
    if (!url.hostname)
        throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`DOCKER_HOST=${value} has no host; ${expected}`);
    const useTls = Boolean(env.DOCKER_TLS_VERIFY) || scheme === 'https' || url.port === '2376';
    const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!useTls)
        return { kind: 'tcp', host, port };
    const dir = env.DOCKER_CERT_PATH || path__WEBPACK_IMPORTED_MODULE_4__.join(env.HOME || os__WEBPACK_IMPORTED_MODULE_3__.homedir(), '.docker');
    const tls = { ca: readFile(path__WEBPACK_IMPORTED_MODULE_4__.join(dir, 'ca.pem')), cert: readFile(path__WEBPACK_IMPORTED_MODULE_4__.join(dir, 'cert.pem')), key: readFile(path__WEBPACK_IMPORTED_MODULE_4__.join(dir, 'key.pem')) };
    return { kind: 'tcp', host, port, tls };
}
function readIfExists(file) {
    try {
        return fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`cannot read ${file} (DOCKER_CERT_PATH): ${err.message}`);
    }
}
/**
 * A query string as the engine reads it: arrays as repeated parameters, objects as JSON,
 * booleans as true/false; undefined values left out. '' when nothing is left.
 */
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
    // Spaces as %20 (as the docker CLI sends them), not the form encoding's '+'.
    const s = q.toString().replace(/\+/g, '%20');
    return s ? `?${s}` : '';
}
/** The X-Registry-Auth header's value: the auth's JSON in URL-safe base64, padded (the engine decodes it so). */
function registryAuthHeader(auth) {
    return Buffer.from(JSON.stringify(auth ?? {})).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
/**
 * Splits the engine's multiplexed stream (an 8-byte header: stream type, three zero bytes,
 * a big-endian length; then the payload) into frames, whatever the chunks' boundaries.
 */
class FrameDemuxer {
    pending = [];
    size = 0;
    push(chunk) {
        this.pending.push(chunk);
        this.size += chunk.length;
        const frames = [];
        while (this.size >= 8) {
            const buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
            const length = buf.readUInt32BE(4);
            if (buf.length < 8 + length) {
                this.pending = [buf];
                break;
            }
            frames.push({ stream: buf[0], data: buf.subarray(8, 8 + length) });
            const rest = buf.subarray(8 + length);
            this.pending = rest.length ? [rest] : [];
            this.size = rest.length;
        }
        return frames;
    }
    /** Bytes of an unfinished frame left over (a stream that ended mid-frame). */
    get leftover() {
        return this.size;
    }
}
/** A non-2xx answer: the engine's own message, and its status code for callers to test. */
class EngineApiError extends Error {
    statusCode;
    constructor(statusCode, message) {
        super(message);
        this.statusCode = statusCode;
        this.name = 'EngineApiError';
    }
}
class EngineHttp {
    env;
    endpointValue;
    agentValue;
    constructor(env = process.env) {
        this.env = env;
    }
    /** Where the engine is; read from the environment on first use (so a bad DOCKER_HOST fails the first call). */
    get endpoint() {
        this.endpointValue ??= parseDockerHost(this.env);
        return this.endpointValue;
    }
    get agent() {
        // Kept-alive sockets are unref'ed by the agent while idle: they do not hold the process.
        this.agentValue ??= this.endpoint.kind === 'tcp' && this.endpoint.tls ? new https__WEBPACK_IMPORTED_MODULE_2__.Agent({ keepAlive: true }) : new http__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
        return this.agentValue;
    }
    start(method, p, opts, extra = {}) {
        const ep = this.endpoint;
        const headers = { ...opts.headers, ...extra.headers };
        let payload;
        if (opts.json !== undefined) {
            payload = Buffer.from(JSON.stringify(opts.json));
            headers['Content-Type'] = 'application/json';
        }
        else if (Buffer.isBuffer(opts.body)) {
            payload = opts.body;
            headers['Content-Type'] = opts.contentType ?? 'application/x-tar';
        }
        else if (opts.body) {
            headers['Content-Type'] = opts.contentType ?? 'application/x-tar';
            headers['Transfer-Encoding'] = 'chunked';
        }
        if (payload)
            headers['Content-Length'] = payload.length;
        const base = { method, path: p + engineQuery(opts.query), headers, agent: extra.agent ?? this.agent };
        let req;
        if (ep.kind === 'unix')
            req = http__WEBPACK_IMPORTED_MODULE_1__.request({ ...base, socketPath: ep.socketPath });
        else if (ep.tls)
            req = https__WEBPACK_IMPORTED_MODULE_2__.request({ ...base, host: ep.host, port: ep.port, ca: ep.tls.ca, cert: ep.tls.cert, key: ep.tls.key });
        else
            req = http__WEBPACK_IMPORTED_MODULE_1__.request({ ...base, host: ep.host, port: ep.port });
        if (payload)
            req.end(payload);
        else if (opts.body && !Buffer.isBuffer(opts.body)) {
            const body = opts.body;
            body.on('error', (err) => req.destroy(err));
            body.pipe(req);
        }
        else
            req.end();
        return req;
    }
    /** Sends a request; resolves with the answer's stream on 2xx, rejects with an EngineApiError otherwise. */
    request(method, p, opts = {}) {
        return new Promise((resolve, reject) => {
            let req;
            try {
                req = this.start(method, p, opts);
            }
            catch (err) {
                reject(err);
                return;
            }
            req.on('error', reject);
            req.on('response', (res) => {
                const status = res.statusCode ?? 0;
                if (status >= 200 && status < 300) {
                    resolve(res);
                    return;
                }
                readAll(res).then((body) => reject(apiError(status, body)), reject);
            });
        });
    }
    /** A request whose answer is JSON (or empty: undefined). */
    async json(method, p, opts = {}) {
        const text = (await readAll(await this.request(method, p, opts))).toString('utf8');
        return (text.trim() ? JSON.parse(text) : undefined);
    }
    /**
     * A request the engine answers by switching protocols (101): resolves with the connection,
     * the bytes that came with the 101 put back. Any other answer rejects.
     */
    upgrade(method, p, protocol, opts = {}) {
        return new Promise((resolve, reject) => {
            let req;
            try {
                // A connection of its own: an upgraded socket never goes back to the pool.
                req = this.start(method, p, opts, { headers: { Connection: 'Upgrade', Upgrade: protocol }, agent: false });
            }
            catch (err) {
                reject(err);
                return;
            }
            req.on('error', reject);
            req.on('upgrade', (_res, socket, head) => {
                if (head.length)
                    socket.unshift(head);
                resolve(socket);
            });
            req.on('response', (res) => {
                const status = res.statusCode ?? 0;
                readAll(res).then((body) => reject(apiError(status, body)), reject);
            });
        });
    }
}
function apiError(status, body) {
    const text = body.toString('utf8').trim();
    let message = text;
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed.message === 'string')
            message = parsed.message;
    }
    catch {
        // not JSON: the text itself
    }
    return new EngineApiError(status, message ? `${message} (HTTP ${status})` : `the engine answered HTTP ${status}`);
}
function readAll(stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
    });
}


/***/ })

};
;