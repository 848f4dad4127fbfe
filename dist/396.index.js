"use strict";
exports.id = 396;
exports.ids = [396];
exports.modules = {

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