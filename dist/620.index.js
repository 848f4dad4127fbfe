"use strict";
exports.id = 620;
exports.ids = [620,239];
exports.modules = {

/***/ 43620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Engine: () => (/* binding */ Engine),
/* harmony export */   engineAddress: () => (/* binding */ engineAddress),
/* harmony export */   engineError: () => (/* binding */ engineError),
/* harmony export */   errorMessage: () => (/* reexport safe */ _errors__WEBPACK_IMPORTED_MODULE_1__.gJ)
/* harmony export */ });
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39040);
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(dockerode__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


function engineAddress(env = process.env) {
    return env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}
function engineError(err, env = process.env) {
    const code = err.code;
    if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) {
        return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot reach the Docker engine at DOCKER_HOST=${engineAddress(env)} (${code}); start the engine or set DOCKER_HOST`);
    }
    return err instanceof Error ? err : new Error(String(err));
}
class Engine {
    debug;
    api;
    constructor(debug = () => undefined, opts) {
        this.debug = debug;
        this.api = new (dockerode__WEBPACK_IMPORTED_MODULE_0___default())(opts);
    }
    async call(what, fn) {
        this.debug(`engine: ${what}`);
        try {
            return await fn();
        }
        catch (err) {
            throw engineError(err);
        }
    }
    /** os/arch of the engine, e.g. { os: 'linux', arch: 'amd64' }, and its version. */
    async platform() {
        const v = await this.call('version', () => this.api.version());
        return { os: v.Os, arch: v.Arch, version: v.Version };
    }
    /** Reads a JSON-lines response stream, handing each message to onMessage; rejects on `error`. */
    follow(stream, onMessage) {
        return new Promise((resolve, reject) => {
            let failed;
            this.api.modem.followProgress(stream, (err) => {
                if (err)
                    reject(engineError(err));
                else if (failed)
                    reject(failed);
                else
                    resolve();
            }, (m) => {
                if (m.error || m.errorDetail)
                    failed ??= new Error(m.errorDetail?.message || m.error || 'unknown engine error');
                onMessage(m);
            });
        });
    }
    async build(context, options, onMessage) {
        // version must be the number 2: dockerode >= 4.0.3 opens a session of its own for '2'.
        const stream = await this.call('build', () => this.api.buildImage(context, { ...options, version: 2 }));
        await this.follow(stream, onMessage);
    }
    /**
     * POST /session with Upgrade: h2c: returns the upgraded connection, on which the engine is
     * the HTTP/2 client (the bytes that came with the 101 are put back by docker-modem).
     */
    upgradeSession(headers) {
        const modem = this.api.modem;
        this.debug('engine: POST /session (upgrade to h2c)');
        return new Promise((resolve, reject) => {
            modem.dial({
                method: 'POST',
                path: '/session',
                hijack: true,
                // An empty body with a length: a chunked terminator would follow the request onto
                // the socket the engine starts speaking HTTP/2 on.
                file: Buffer.alloc(0),
                headers,
                statusCodes: { 101: true, 200: true, 400: 'bad request', 404: 'the engine has no /session endpoint', 500: 'server error' },
            }, (err, socket) => (err ? reject(engineError(err)) : resolve(socket)));
        });
    }
    /** Removes an image; a missing one is not an error. */
    async removeImage(ref, opts = {}) {
        this.debug(`engine: remove image ${ref}`);
        await this.api.getImage(ref).remove(opts).catch(() => undefined);
    }
    /** Streams `containerPath` out of an image through a created (never started) container. */
    async withImageArchive(image, containerPath, consume) {
        this.debug(`engine: create container from ${image} (not started) to copy ${containerPath} out`);
        const container = await this.call('create container', () => this.api.createContainer({ Image: image, Cmd: ['/gantry-never-started'], NetworkDisabled: true, Labels: { 'gantry.helper': 'export' } }));
        let archive;
        try {
            archive = (await container.getArchive({ path: containerPath }));
            return await consume(archive);
        }
        catch (err) {
            // An archive the consumer gave up on would keep its connection, and the process, alive.
            archive?.destroy?.();
            throw err;
        }
        finally {
            await container.remove({ force: true }).catch(() => undefined);
        }
    }
    /** Imports a filesystem tar as repo:tag with Dockerfile-style changes (e.g. LABEL lines). */
    async importImage(tar, repo, tag, changes) {
        const stream = await this.call(`import ${repo}:${tag}`, () => this.api.importImage(tar, { repo, tag, changes }));
        await this.follow(stream, () => undefined);
    }
    /** The engine's registry settings: which registries it talks to over plain HTTP. */
    async registryConfig() {
        const info = (await this.call('info', () => this.api.info()));
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
    async inspectImage(ref) {
        try {
            return await this.api.getImage(ref).inspect();
        }
        catch (err) {
            if (err.statusCode === 404)
                return undefined;
            throw engineError(err);
        }
    }
    async tag(image, repo, tag) {
        await this.call(`tag ${image} ${repo}:${tag}`, () => this.api.getImage(image).tag({ repo, tag }));
    }
    async push(repo, tag, auth, onMessage) {
        const stream = (await this.call(`push ${repo}:${tag}`, () => this.api.getImage(`${repo}:${tag}`).push({ tag, authconfig: auth })));
        await this.follow(stream, onMessage);
    }
    /** Pulls an image for one platform, without credentials (public runtime bases). */
    async pull(ref, platform) {
        const stream = await this.call(`pull ${ref} (${platform})`, () => this.api.pull(ref, { platform }));
        await this.follow(stream, () => undefined);
    }
    async save(ref) {
        return this.call(`save ${ref}`, () => this.api.getImage(ref).get());
    }
    /**
     * Runs a command in a running container (docker exec), handing its output to `onOutput` as it
     * comes (stdout and stderr apart); resolves with its exit code and the whole output.
     */
    async exec(container, cmd, opts = {}) {
        const c = this.api.getContainer(container);
        const exec = await this.call(`exec in ${container}: ${cmd[0]}`, () => c.exec({ Cmd: cmd, Env: opts.env, WorkingDir: opts.workdir, AttachStdin: Boolean(opts.stdin), AttachStdout: true, AttachStderr: true }));
        const stream = (await this.call('exec start', () => exec.start({ hijack: true, stdin: Boolean(opts.stdin) })));
        if (opts.stdin)
            stream.end(opts.stdin);
        const out = [];
        const err = [];
        const sink = (which, into) => ({
            write: (chunk) => {
                if (!(which === 'stdout' && opts.streamStdout))
                    into.push(chunk);
                opts.onOutput?.(chunk, which);
                return true;
            },
        });
        await new Promise((resolve, reject) => {
            this.api.modem.demuxStream(stream, sink('stdout', out), sink('stderr', err));
            stream.on('end', () => resolve());
            stream.on('close', () => resolve());
            stream.on('error', reject);
        });
        let info = await this.call('exec inspect', () => exec.inspect());
        // The stream can end a moment before the engine records the exit code.
        for (let i = 0; info.Running && i < 100; i++) {
            await new Promise((r) => setTimeout(r, 20));
            info = await this.call('exec inspect', () => exec.inspect());
        }
        return { exitCode: info.ExitCode ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) };
    }
    async load(tar) {
        const stream = await this.call('load', () => this.api.loadImage(tar, { quiet: true }));
        await this.follow(stream, () => undefined);
    }
}



/***/ })

};
;