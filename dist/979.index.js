"use strict";
exports.id = 979;
exports.ids = [979];
exports.modules = {

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


/***/ })

};
;