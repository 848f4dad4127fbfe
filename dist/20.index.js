"use strict";
exports.id = 20;
exports.ids = [20,193];
exports.modules = {

/***/ 81929:
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

/***/ 38193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   agentKey: () => (/* binding */ agentKey),
/* harmony export */   describeClientKey: () => (/* binding */ describeClientKey),
/* harmony export */   parsePrivateKey: () => (/* binding */ parsePrivateKey)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85472);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ssh2__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _ssh_known_hosts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62979);




/** What an auth failure names: `the key ssh-ed25519 SHA256:...`, or the agent's keys. */
function describeClientKey(key) {
    return key.agent ? `the SSH agent's key(s) ${key.fingerprint}` : `the key ${key.type} ${key.fingerprint}`;
}
/**
 * The keys of the SSH agent at `socket`, asked once before any host is contacted: an agent that
 * does not answer, or holds no key, is one clear message naming the input that was left empty.
 */
async function agentKey(socket, input = 'ssh_private_key') {
    const { OpenSSHAgent } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23));
    const keys = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer within 10 s')), 10_000);
        new OpenSSHAgent(socket).getIdentities((err, ids) => {
            clearTimeout(timer);
            if (err)
                reject(err);
            else
                resolve((ids ?? []));
        });
    }).catch((err) => {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `is empty, and the SSH agent at SSH_AUTH_SOCK (${socket}) does not answer (${err.message})`, 'a private key, or a running agent holding one (eval $(ssh-agent) && ssh-add KEY)');
    });
    if (keys.length === 0) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `is empty, and the SSH agent at SSH_AUTH_SOCK (${socket}) holds no key`, 'a private key, or a key added to the agent (ssh-add KEY)');
    }
    return {
        text: '',
        agent: socket,
        type: 'agent',
        fingerprint: keys.map((k) => `${k.type} ${(0,_ssh_known_hosts__WEBPACK_IMPORTED_MODULE_3__/* .sha256Fingerprint */ ._7)(k.getPublicSSH())}`).join(', '),
    };
}
/**
 * Checks the private key before any host is contacted, so a wrong key is one clear message
 * instead of an authentication failure on every host.
 */
function parsePrivateKey(text, passphrase, input = 'ssh_private_key') {
    const trimmed = text.trim();
    if (trimmed === '')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, 'is empty', 'the text of a private key (or, on the CLI, its path)');
    if (/^(ssh-|ecdsa-|sk-)\S+ [A-Za-z0-9+/=]+/.test(trimmed)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, 'is a public key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
    }
    let keyText = `${trimmed.replace(/\r\n/g, '\n')}\n`;
    if (/^-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/.test(trimmed)) {
        // PKCS#8, which OpenSSH reads and ssh2 does not: re-encoded in memory as the PEM form ssh2
        // takes (PKCS#1 for RSA, SEC1 for ECDSA), decrypted with the passphrase; never written anywhere.
        keyText = fromPkcs8(keyText, passphrase, input);
        passphrase = '';
    }
    const parsed = ssh2__WEBPACK_IMPORTED_MODULE_1__.utils.parseKey(keyText, passphrase || undefined);
    if (parsed instanceof Error) {
        const msg = parsed.message;
        if (/no passphrase given/i.test(msg)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('ssh_passphrase', 'is empty but the private key is encrypted', `the passphrase of ${input}`);
        }
        if (/bad passphrase|decrypt/i.test(msg))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('ssh_passphrase', 'does not decrypt the private key', `the passphrase of ${input}`);
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `is not a private key ssh can use (${msg})`, 'an OpenSSH, PEM (RSA/ECDSA) or PPK private key');
    }
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || !key.isPrivateKey()) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, 'holds no private key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
    }
    return {
        text: keyText,
        passphrase: passphrase || undefined,
        type: key.type,
        fingerprint: (0,_ssh_known_hosts__WEBPACK_IMPORTED_MODULE_3__/* .sha256Fingerprint */ ._7)(key.getPublicSSH()),
    };
}
function fromPkcs8(text, passphrase, input) {
    let key;
    try {
        key = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: text, format: 'pem', passphrase: passphrase || undefined });
    }
    catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        if (text.includes('BEGIN ENCRYPTED PRIVATE KEY')) {
            throw passphrase
                ? (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('ssh_passphrase', 'does not decrypt the private key', `the passphrase of ${input}`)
                : (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('ssh_passphrase', 'is empty but the private key is encrypted', `the passphrase of ${input}`);
        }
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `is not a PKCS#8 private key that can be read (${msg.split('\n')[0]})`, 'an OpenSSH, PEM (RSA/ECDSA) or PKCS#8 private key');
    }
    switch (key.asymmetricKeyType) {
        case 'rsa':
            return key.export({ type: 'pkcs1', format: 'pem' });
        case 'ec':
            return key.export({ type: 'sec1', format: 'pem' });
        default:
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `is a PKCS#8 ${key.asymmetricKeyType} key, which gantry reads only in OpenSSH form`, `the key rewritten in OpenSSH form (ssh-keygen -p -f FILE rewrites it in place), or an RSA or ECDSA key`);
    }
}


/***/ }),

/***/ 83020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SshLinks: () => (/* binding */ SshLinks)
});

// UNUSED EXPORTS: ConnectError, UPLOAD_IN_FLIGHT, describeConnectError

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "fs/promises"
var promises_ = __webpack_require__(91943);
// EXTERNAL MODULE: external "net"
var external_net_ = __webpack_require__(69278);
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __webpack_require__(13193);
// EXTERNAL MODULE: ./node_modules/node-ssh/lib/esm/index.mjs + 2 modules
var esm = __webpack_require__(19487);
// EXTERNAL MODULE: ./src/ssh/known-hosts.ts
var known_hosts = __webpack_require__(62979);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
;// CONCATENATED MODULE: ./src/ssh/host-certificate.ts


/**
 * OpenSSH host certificates (PROTOCOL.certkeys): reading one, and checking it the way ssh does
 * for a host matched by `@cert-authority` lines. Pure: the caller fetches the blob and says when
 * "now" is.
 */
/** Certificate host key algorithms, best first, as offered in a KEXINIT. */
const CERT_HOST_KEY_ALGORITHMS = [
    'ssh-ed25519-cert-v01@openssh.com',
    'ecdsa-sha2-nistp256-cert-v01@openssh.com',
    'ecdsa-sha2-nistp384-cert-v01@openssh.com',
    'ecdsa-sha2-nistp521-cert-v01@openssh.com',
    'rsa-sha2-512-cert-v01@openssh.com',
    'rsa-sha2-256-cert-v01@openssh.com',
];
const SSH_CERT_TYPE_USER = 1;
const SSH_CERT_TYPE_HOST = 2;
const FOREVER = 0xffffffffffffffffn;
/** A bounds-checked reader of SSH wire types; any overrun throws. */
class SshReader {
    buf;
    pos = 0;
    constructor(buf) {
        this.buf = buf;
    }
    get done() {
        return this.pos === this.buf.length;
    }
    get offset() {
        return this.pos;
    }
    need(n) {
        if (n < 0 || this.pos + n > this.buf.length)
            throw new Error('truncated');
    }
    byte() {
        this.need(1);
        return this.buf[this.pos++];
    }
    uint32() {
        this.need(4);
        const v = this.buf.readUInt32BE(this.pos);
        this.pos += 4;
        return v;
    }
    uint64() {
        this.need(8);
        const v = this.buf.readBigUInt64BE(this.pos);
        this.pos += 8;
        return v;
    }
    bytes(n) {
        this.need(n);
        const v = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return v;
    }
    string() {
        return this.bytes(this.uint32());
    }
    text() {
        return this.string().toString('utf8');
    }
}
function sshString(data) {
    const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
}
/** A list of strings inside one string (principals) or name/data pairs (options, extensions). */
function stringList(buf, pairs) {
    const r = new SshReader(buf);
    const out = [];
    while (!r.done) {
        out.push(r.text());
        if (pairs)
            r.string();
    }
    return out;
}
/** Reads a certificate blob; throws a short reason when it is not one gantry can check. */
function parseCertificate(blob) {
    const r = new SshReader(blob);
    try {
        const certType = r.text();
        r.string(); // nonce
        let publicKey;
        if (certType === 'ssh-ed25519-cert-v01@openssh.com') {
            publicKey = Buffer.concat([sshString('ssh-ed25519'), sshString(r.string())]);
        }
        else if (/^ecdsa-sha2-nistp(256|384|521)-cert-v01@openssh\.com$/.test(certType)) {
            const plain = certType.replace('-cert-v01@openssh.com', '');
            publicKey = Buffer.concat([sshString(plain), sshString(r.string()), sshString(r.string())]);
        }
        else if (certType === 'ssh-rsa-cert-v01@openssh.com') {
            const e = r.string();
            const n = r.string();
            publicKey = Buffer.concat([sshString('ssh-rsa'), sshString(e), sshString(n)]);
        }
        else {
            throw new Error(`of the unsupported type '${certType.slice(0, 60)}'`);
        }
        const serial = r.uint64();
        const type = r.uint32();
        const keyId = r.text();
        const principals = stringList(r.string(), false);
        const validAfter = r.uint64();
        const validBefore = r.uint64();
        const criticalOptions = stringList(r.string(), true);
        stringList(r.string(), true); // extensions: none matter for a host
        r.string(); // reserved
        const signatureKey = r.string();
        const signedEnd = r.offset;
        const signature = r.string();
        if (!r.done)
            throw new Error('with bytes after its signature');
        return {
            certType, publicKey, serial, type, keyId, principals, validAfter, validBefore, criticalOptions,
            signatureKey, signature, signed: blob.subarray(0, signedEnd),
        };
    }
    catch (err) {
        const msg = err.message;
        throw new Error(msg === 'truncated' ? 'that does not parse (truncated)' : msg);
    }
}
const CURVES = {
    nistp256: { jwk: 'P-256', size: 32, hash: 'sha256' },
    nistp384: { jwk: 'P-384', size: 48, hash: 'sha384' },
    nistp521: { jwk: 'P-521', size: 66, hash: 'sha512' },
};
const b64url = (b) => b.toString('base64url');
/** An mpint's magnitude without the sign byte, left-padded to `size` when given. */
function unsigned(b, size) {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0)
        i++;
    const v = b.subarray(i);
    if (size === undefined)
        return v;
    if (v.length > size)
        throw new Error('an integer longer than its curve');
    return Buffer.concat([Buffer.alloc(size - v.length), v]);
}
/** A plain SSH public key blob as a node:crypto key, with its type. */
function publicKeyObject(blob) {
    const r = new SshReader(blob);
    const type = r.text();
    if (type === 'ssh-ed25519') {
        const x = r.string();
        return { type, key: (0,external_crypto_.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(x) }, format: 'jwk' }) };
    }
    const ec = /^ecdsa-sha2-(nistp256|nistp384|nistp521)$/.exec(type);
    if (ec) {
        const curve = CURVES[ec[1]];
        if (r.text() !== ec[1])
            throw new Error('an ECDSA key whose curve does not match its type');
        const q = r.string();
        if (q[0] !== 4 || q.length !== 1 + 2 * curve.size)
            throw new Error('an ECDSA key that is not an uncompressed point');
        const x = q.subarray(1, 1 + curve.size);
        const y = q.subarray(1 + curve.size);
        return { type, key: (0,external_crypto_.createPublicKey)({ key: { kty: 'EC', crv: curve.jwk, x: b64url(x), y: b64url(y) }, format: 'jwk' }) };
    }
    if (type === 'ssh-rsa') {
        const e = unsigned(r.string());
        const n = unsigned(r.string());
        return { type, key: (0,external_crypto_.createPublicKey)({ key: { kty: 'RSA', n: b64url(n), e: b64url(e) }, format: 'jwk' }) };
    }
    throw new Error(`a CA key of the unsupported type '${type.slice(0, 60)}'`);
}
/** Whether `signature` (an SSH signature blob) by the key `keyBlob` is valid over `data`. */
function verifySshSignature(keyBlob, data, signature) {
    const { type, key } = publicKeyObject(keyBlob);
    const r = new SshReader(signature);
    const alg = r.text();
    const sig = r.string();
    if (type === 'ssh-ed25519') {
        if (alg !== 'ssh-ed25519')
            throw new Error(`a signature of type '${alg.slice(0, 40)}' by an ssh-ed25519 key`);
        return (0,external_crypto_.verify)(null, data, key, sig);
    }
    if (type.startsWith('ecdsa-sha2-')) {
        if (alg !== type)
            throw new Error(`a signature of type '${alg.slice(0, 40)}' by an ${type} key`);
        const curve = CURVES[type.slice('ecdsa-sha2-'.length)];
        const rs = new SshReader(sig);
        const p1363 = Buffer.concat([unsigned(rs.string(), curve.size), unsigned(rs.string(), curve.size)]);
        return (0,external_crypto_.verify)(curve.hash, data, { key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    // ssh-rsa: SHA-1 signatures are refused, as OpenSSH's default CASignatureAlgorithms does.
    const hash = alg === 'rsa-sha2-512' ? 'sha512' : alg === 'rsa-sha2-256' ? 'sha256' : undefined;
    if (!hash)
        throw new Error(`a signature of type '${alg.slice(0, 40)}' (RSA signatures must be rsa-sha2-256 or rsa-sha2-512)`);
    return (0,external_crypto_.verify)(hash, data, key, sig);
}
/** An SSH time (seconds since the epoch) as ssh-keygen -L prints it, in UTC. */
function sshTime(t) {
    if (t === FOREVER)
        return 'forever';
    return `${new Date(Number(t) * 1000).toISOString().replace(/\.000Z$/, 'Z')}`;
}
/**
 * Checks a host certificate as ssh does for a host under `@cert-authority` lines. The reason of a
 * refusal is a phrase to follow "host NAME: host certificate ".
 */
function checkHostCertificate(blob, c) {
    let cert;
    try {
        cert = parseCertificate(blob);
    }
    catch (err) {
        return { ok: false, reason: err.message };
    }
    const id = `'${cert.keyId.slice(0, 80)}' (serial ${cert.serial})`;
    const refuse = (reason) => ({ ok: false, reason: `${id} ${reason}`, cert });
    if (cert.type !== SSH_CERT_TYPE_HOST) {
        return refuse(cert.type === SSH_CERT_TYPE_USER ? 'is a user certificate, not a host certificate' : `has the unknown certificate type ${cert.type}`);
    }
    const caFingerprint = (0,known_hosts/* sha256Fingerprint */._7)(cert.signatureKey);
    const revokedCa = c.revoked.find((e) => (e.key ? e.key.equals(cert.signatureKey) : e.fingerprint === caFingerprint));
    if (revokedCa)
        return refuse(`is signed by the CA key ${caFingerprint}, which is revoked (known_hosts line ${revokedCa.line})`);
    const keyFingerprint = (0,known_hosts/* sha256Fingerprint */._7)(cert.publicKey);
    const revokedKey = c.revoked.find((e) => (e.key ? e.key.equals(cert.publicKey) : e.fingerprint === keyFingerprint));
    if (revokedKey)
        return refuse(`certifies the key ${keyFingerprint}, which is revoked (known_hosts line ${revokedKey.line})`);
    const authority = c.authorities.find((e) => e.key?.equals(cert.signatureKey));
    if (!authority) {
        const lines = c.authorities.map((e) => e.line).join(', ');
        return refuse(`is not signed by a @cert-authority key in known_hosts: its CA key is ${caFingerprint}${lines ? `; the @cert-authority lines for this host (line ${lines}) name other keys` : ''}`);
    }
    let valid;
    try {
        valid = verifySshSignature(cert.signatureKey, cert.signed, cert.signature);
    }
    catch (err) {
        return refuse(`has a signature that cannot be checked: ${err.message}`);
    }
    if (!valid)
        return refuse(`has a signature that does not verify with its CA key ${caFingerprint} (known_hosts line ${authority.line})`);
    const now = BigInt(Math.floor(c.now));
    if (now < cert.validAfter)
        return refuse(`is not valid before ${sshTime(cert.validAfter)}`);
    if (now >= cert.validBefore)
        return refuse(`expired on ${sshTime(cert.validBefore)}`);
    if (cert.principals.length === 0)
        return refuse('names no principals (a host certificate must name its hosts)');
    if (!cert.principals.includes(c.host)) {
        const shown = cert.principals.slice(0, 5).join(', ') + (cert.principals.length > 5 ? ', ...' : '');
        return refuse(`is not valid for principal '${c.host}' (it names ${shown})`);
    }
    if (cert.criticalOptions.length > 0)
        return refuse(`has the unknown critical option '${cert.criticalOptions[0].slice(0, 60)}'`);
    return { ok: true, cert, authority };
}

;// CONCATENATED MODULE: ./src/ssh/host-certificate-fetch.ts


/**
 * Fetches a host's certificate with the first half of an SSH key exchange: version lines, KEXINIT
 * offering only certificate host key algorithms, KEX_ECDH_INIT with an ephemeral X25519 key, and
 * the server's KEX_ECDH_REPLY, whose K_S is the certificate. Nothing is authenticated or trusted
 * here: the caller checks the certificate's CA signature and then pins the certified key for the
 * real connection, whose key exchange proves the host holds that key.
 */
const MSG_DISCONNECT = 1;
const MSG_IGNORE = 2;
const MSG_UNIMPLEMENTED = 3;
const MSG_DEBUG = 4;
const MSG_KEXINIT = 20;
const MSG_KEX_ECDH_INIT = 30;
const MSG_KEX_ECDH_REPLY = 31;
const KEX = ['curve25519-sha256', 'curve25519-sha256@libssh.org'];
// Offered only so that the server finds a match and answers; no packet is ever encrypted.
const CIPHERS = 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com';
const MACS = 'hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1';
const COMPRESSION = 'none,zlib@openssh.com';
const MAX_PACKET = 35000;
const MAX_PREAMBLE = 8192;
/** An unencrypted binary packet (RFC 4253 6): length, padding length, payload, >= 4 random bytes, a multiple of 8. */
function plainPacket(payload) {
    let pad = 8 - ((5 + payload.length) % 8);
    if (pad < 4)
        pad += 8;
    const head = Buffer.alloc(5);
    head.writeUInt32BE(1 + payload.length + pad);
    head[4] = pad;
    return Buffer.concat([head, payload, (0,external_crypto_.randomBytes)(pad)]);
}
function kexInitPayload() {
    const lists = [KEX.join(','), CERT_HOST_KEY_ALGORITHMS.join(','), CIPHERS, CIPHERS, MACS, MACS, COMPRESSION, COMPRESSION, '', ''];
    return Buffer.concat([Buffer.from([MSG_KEXINIT]), (0,external_crypto_.randomBytes)(16), ...lists.map((l) => sshString(l)), Buffer.from([0, 0, 0, 0, 0])]);
}
/** Reads the server's version line and packets off a byte stream. */
class PacketReader {
    buf = Buffer.alloc(0);
    preamble = true;
    serverVersion;
    push(chunk) {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    }
    /** The next whole payload, or undefined until more bytes arrive; throws on a malformed stream. */
    next() {
        while (this.preamble) {
            const nl = this.buf.indexOf(0x0a);
            if (nl < 0) {
                if (this.buf.length > MAX_PREAMBLE)
                    throw new Error('sent no SSH version line');
                return undefined;
            }
            const line = this.buf.subarray(0, nl).toString('latin1').replace(/\r$/, '');
            this.buf = this.buf.subarray(nl + 1);
            if (line.startsWith('SSH-')) {
                if (!/^SSH-(2\.0|1\.99)-/.test(line))
                    throw new Error(`speaks an SSH version other than 2 (${line.slice(0, 40)})`);
                this.serverVersion = line;
                this.preamble = false;
            }
        }
        if (this.buf.length < 4)
            return undefined;
        const len = this.buf.readUInt32BE(0);
        if (len < 5 || len > MAX_PACKET)
            throw new Error(`sent a packet of length ${len}`);
        if (this.buf.length < 4 + len)
            return undefined;
        const pad = this.buf[4];
        if (pad < 4 || pad > len - 1)
            throw new Error('sent a packet with bad padding');
        const payload = this.buf.subarray(5, 4 + len - pad);
        this.buf = this.buf.subarray(4 + len);
        return payload;
    }
}
function nameList(r) {
    const s = r.text();
    return s ? s.split(',') : [];
}
/**
 * The exchange over `stream` (a TCP socket to the host, or a direct-tcpip channel to it through
 * a jump host), ended and destroyed afterwards whatever happened. Rejects on a protocol or
 * connection failure, or when `timeoutMs` passes, with a phrase that follows "the host".
 */
function fetchHostCertificate(stream, timeoutMs) {
    return new Promise((resolve, reject) => {
        const reader = new PacketReader();
        const ephemeral = (0,external_crypto_.generateKeyPairSync)('x25519');
        const q = Buffer.from(ephemeral.publicKey.export({ format: 'jwk' }).x, 'base64url');
        let finished = false;
        const finish = (err, result) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            stream.removeListener('data', onData);
            stream.on('error', () => undefined);
            stream.end();
            stream.destroy();
            if (err)
                reject(err);
            else
                resolve(result);
        };
        const timer = setTimeout(() => finish(new Error(`gave no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
        const handle = (payload) => {
            const r = new SshReader(payload);
            const type = r.byte();
            if (type === MSG_IGNORE || type === MSG_DEBUG || type === MSG_UNIMPLEMENTED)
                return;
            if (type === MSG_DISCONNECT) {
                r.uint32();
                const why = r.text().slice(0, 200);
                if (/host ?key/i.test(why))
                    finish(undefined, { none: `refused every certificate host key algorithm (${why})` });
                else
                    finish(new Error(`closed the exchange: ${why}`));
                return;
            }
            if (type === MSG_KEXINIT) {
                r.bytes(16);
                const kex = nameList(r);
                const hostKeys = nameList(r);
                if (!hostKeys.some((a) => CERT_HOST_KEY_ALGORITHMS.includes(a))) {
                    finish(undefined, { none: `offers no certificate host key (its host key algorithms: ${hostKeys.join(',').slice(0, 200)})` });
                    return;
                }
                if (!kex.some((k) => KEX.includes(k))) {
                    finish(new Error(`offers no curve25519-sha256 key exchange, which fetching its certificate needs (it offers ${kex.join(',').slice(0, 200)})`));
                    return;
                }
                stream.write(plainPacket(Buffer.concat([Buffer.from([MSG_KEX_ECDH_INIT]), sshString(q)])));
                return;
            }
            if (type === MSG_KEX_ECDH_REPLY) {
                finish(undefined, { certificate: Buffer.from(r.string()) });
                return;
            }
            finish(new Error(`sent the unexpected message ${type} during the key exchange`));
        };
        const onData = (chunk) => {
            try {
                reader.push(chunk);
                for (let p = reader.next(); p && !finished; p = reader.next())
                    handle(p);
            }
            catch (err) {
                const msg = err.message;
                finish(new Error(msg === 'truncated' ? 'sent a packet that does not parse' : msg));
            }
        };
        stream.on('data', onData);
        stream.once('error', (err) => {
            const code = err.code;
            finish(new Error(`could not be reached: ${code === 'ECONNREFUSED' ? 'connection refused (is sshd running and listening there?)' : code ?? err.message}`));
        });
        stream.once('close', () => finish(new Error('closed the connection before the key exchange finished')));
        stream.write(Buffer.concat([Buffer.from('SSH-2.0-gantry_hostcert\r\n'), plainPacket(kexInitPayload())]));
    });
}

;// CONCATENATED MODULE: ./src/deploy/connection/host-key.ts

function knownHostsLine(host, port, key) {
    return `${(0,known_hosts/* lookupName */.QH)(host, port)} ${(0,known_hosts/* blobKeyType */.b3)(key) ?? 'unknown'} ${key.toString('base64')}`;
}
/** Decides whether the key a host presented may be trusted. Pure: no prompt, no file. */
function checkHostKey(pins, host, port, key, policy) {
    const keyType = (0,known_hosts/* blobKeyType */.b3)(key) ?? 'unknown';
    const fingerprint = (0,known_hosts/* sha256Fingerprint */._7)(key);
    const line = knownHostsLine(host, port, key);
    const base = { keyType, fingerprint, knownHostsLine: line };
    const name = (0,known_hosts/* lookupName */.QH)(host, port);
    const seen = `${keyType} ${fingerprint}`;
    const same = (e) => (e.key ? e.key.equals(key) : e.fingerprint === fingerprint);
    const revoked = pins.revoked.find(same);
    if (revoked) {
        return { ...base, accepted: false, reason: `host key of ${name} is revoked (known_hosts line ${revoked.line}): it presented ${seen}` };
    }
    if (pins.trusted.some(same))
        return { ...base, accepted: true, how: 'pinned' };
    if (pins.trusted.length > 0) {
        const pinned = pins.trusted.map((e) => `${e.keyType ? `${e.keyType} ` : ''}${e.fingerprint} (line ${e.line})`).join(', ');
        return {
            ...base, accepted: false,
            reason: `host key of ${name} does not match the pinned key: it presented ${seen} (known_hosts: ${line}); pinned: ${pinned}`,
        };
    }
    if (policy === 'accept-new')
        return { ...base, accepted: true, how: 'accept-new' };
    return {
        ...base, accepted: false,
        reason: `${name} is not in known_hosts: it presented ${seen}; if that is the host's key, pin it with the line: ${line}`,
    };
}
/** Host key algorithms to offer, so a host holding several keys presents one that is pinned. */
function hostKeyAlgorithms(pins) {
    if (pins.trusted.length === 0 || pins.trusted.some((e) => !e.keyType))
        return undefined;
    const out = [];
    for (const e of pins.trusted) {
        const algs = e.keyType === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [e.keyType];
        for (const a of algs)
            if (!out.includes(a))
                out.push(a);
    }
    return out;
}

// EXTERNAL MODULE: ./src/deploy/connection/private-key.ts
var private_key = __webpack_require__(38193);
// EXTERNAL MODULE: ./src/deploy/connection/connect-error.ts
var connect_error = __webpack_require__(81929);
// EXTERNAL MODULE: ./src/shell-quote.ts
var shell_quote = __webpack_require__(53412);
;// CONCATENATED MODULE: ./src/deploy/connection/ssh-connection.ts













/** Explains a connection error; the host key verdict wins when the key was refused. */
function describeConnectError(err, o, verdict) {
    if (verdict && !verdict.accepted)
        return new connect_error/* ConnectError */.T(verdict.reason ?? `host key of ${o.where} refused`, 'host-key', verdict);
    const e = err;
    const msg = e?.message ?? String(err);
    const code = e?.code ?? '';
    if (/no matching host ?key/i.test(msg)) {
        return new connect_error/* ConnectError */.T(`${o.where} offers no host key of the pinned type${o.hostKeyAlgorithms ? ` (${o.hostKeyAlgorithms.join(', ')})` : ''}: its keys changed, or known_hosts pins another type`, 'host-key');
    }
    if (code === 'ECONNREFUSED')
        return new connect_error/* ConnectError */.T(`cannot connect to ${o.where}: connection refused (is sshd running and listening there?)`, 'unreachable');
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return new connect_error/* ConnectError */.T(`cannot connect to ${o.where}: no route to host`, 'unreachable');
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new connect_error/* ConnectError */.T(`cannot connect to ${o.where}: the name does not resolve`, 'unreachable');
    if (code === 'ECONNRESET')
        return new connect_error/* ConnectError */.T(`cannot connect to ${o.where}: connection reset during the handshake`, 'unreachable');
    if (/timed out|ETIMEDOUT/i.test(`${code} ${msg}`)) {
        return new connect_error/* ConnectError */.T(`cannot connect to ${o.where}: no SSH handshake within ${o.timeoutSeconds} s`, 'unreachable');
    }
    if (e?.level === 'client-authentication' || /authentication methods failed/i.test(msg)) {
        return new connect_error/* ConnectError */.T(`${o.user}@${o.where} refused public key authentication with ${o.key}: that key is not in ~${o.user}/.ssh/authorized_keys there, or ${o.user} may not log in`, 'auth');
    }
    return new connect_error/* ConnectError */.T(`cannot connect to ${o.where}: ${msg}`, 'failed');
}
class SshConnection {
    ssh;
    where;
    debug;
    onClose;
    jumpDropped;
    lost;
    /** The sshd here has no SFTP subsystem: uploads go over an exec channel (said once). */
    noSftp = false;
    /**
     * `jumpDropped`: why the jump connection this session runs through ended, once it has: a
     * session lost with it is said to be lost by the jump host's drop, not by the host.
     */
    constructor(ssh, where, debug, onClose = () => undefined, jumpDropped = () => undefined) {
        this.ssh = ssh;
        this.where = where;
        this.debug = debug;
        this.onClose = onClose;
        this.jumpDropped = jumpDropped;
        // node-ssh drops its error listener once connected: without ours, a later reset would crash the process.
        ssh.connection?.on('error', (err) => {
            this.lost = `connection lost: ${err.message}`;
            debug(`${where}: ${this.lostReason}`);
        });
        ssh.connection?.on('close', () => {
            this.lost ??= 'connection closed';
        });
    }
    /** Why the session is gone (undefined while it is up); a jump host's drop is named as the cause. */
    get lostReason() {
        if (this.lost === undefined)
            return undefined;
        const dropped = this.jumpDropped();
        return dropped ? `connection lost: ${dropped}` : this.lost;
    }
    async exec(script, opts) {
        if (this.lostReason || !this.ssh.isConnected())
            return { code: null, stdout: '', stderr: '', lost: this.lostReason ?? 'not connected', unsent: true };
        this.debug(`${this.where}: bash -s (${script.split('\n', 1)[0]})`);
        if (opts.onStdout)
            return this.stream(script, opts, opts.onStdout);
        let channel;
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            channel?.close();
        }, opts.timeoutSeconds * 1000);
        try {
            const r = await this.ssh.execCommand('bash -s', {
                stdin: script + (opts.stdin ?? ''),
                noTrim: true,
                onChannel: (c) => { channel = c; },
            });
            if (timedOut)
                return { code: null, stdout: r.stdout, stderr: r.stderr, lost: `timed out after ${opts.timeoutSeconds} s` };
            if (r.code === null)
                return { code: null, stdout: r.stdout, stderr: r.stderr, lost: this.lostReason ?? `the session ended without an exit code${r.signal ? ` (signal ${r.signal})` : ''}` };
            return { code: r.code, stdout: r.stdout, stderr: r.stderr };
        }
        catch (err) {
            // execCommand rejects only when the session could not open: the script was not sent.
            return { code: null, stdout: '', stderr: '', lost: this.lostReason ?? `connection lost: ${err.message}`, unsent: true };
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * A run whose stdout is handed on as it arrives and never kept (a log follow may last hours).
     * `stop` closes the channel; the run then resolves with lost 'stopped'.
     */
    stream(script, opts, onStdout) {
        const conn = this.ssh.connection;
        if (!conn)
            return Promise.resolve({ code: null, stdout: '', stderr: '', lost: 'not connected', unsent: true });
        return new Promise((resolve) => {
            conn.exec('bash -s', (err, channel) => {
                if (err) {
                    resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? `connection lost: ${err.message}`, unsent: true });
                    return;
                }
                const out = new external_string_decoder_.StringDecoder('utf8');
                let stderr = '';
                let code = null;
                let lost;
                const end = (why) => {
                    lost ??= why;
                    channel.close();
                };
                const onStop = () => end('stopped');
                const timer = opts.timeoutSeconds > 0 ? setTimeout(() => end(`timed out after ${opts.timeoutSeconds} s`), opts.timeoutSeconds * 1000) : undefined;
                opts.stop?.addEventListener('abort', onStop, { once: true });
                channel.on('data', (c) => onStdout(out.write(c)));
                channel.stderr.on('data', (c) => { if (stderr.length < 65536)
                    stderr += c.toString('utf8'); });
                channel.on('exit', (c) => { code = typeof c === 'number' ? c : null; });
                channel.on('close', () => {
                    clearTimeout(timer);
                    opts.stop?.removeEventListener('abort', onStop);
                    const rest = out.end();
                    if (rest)
                        onStdout(rest);
                    if (lost === undefined && code === null)
                        lost = this.lostReason ?? 'the session ended without an exit code';
                    resolve({ code: lost ? null : code, stdout: '', stderr, lost });
                });
                channel.end(script + (opts.stdin ?? ''));
                if (opts.stop?.aborted)
                    onStop();
            });
        });
    }
    /**
     * SFTP, with a time limit: a stalled transfer closes the connection rather than hang the host's
     * run. A host whose sshd has no SFTP subsystem gets the file over an exec channel instead
     * (`cat` into the quoted path, umask 077), said once through `say`; the caller's SHA-256 check
     * on the host is the same either way.
     */
    async upload(localPath, remotePath, timeoutSeconds, say) {
        if (this.lostReason || !this.ssh.isConnected())
            throw new Error(this.lostReason ?? 'not connected');
        const size = (await (0,promises_.stat)(localPath)).size;
        if (!this.noSftp) {
            this.debug(`${this.where}: sftp put ${localPath} ${remotePath}`);
            try {
                await this.limited(this.ssh.putFile(localPath, remotePath, null, { mode: 0o600, concurrency: SFTP_REQUESTS_IN_FLIGHT }), timeoutSeconds);
                return size;
            }
            catch (err) {
                const msg = err.message ?? String(err);
                if (!/subsystem/i.test(msg) || this.lostReason)
                    throw err;
                this.noSftp = true;
                say?.(`no SFTP on this host (${msg}): uploading over an exec channel (cat) instead, checked by SHA-256 as usual`);
            }
        }
        this.debug(`${this.where}: exec upload ${localPath} ${remotePath}`);
        await this.limited(this.execUpload(localPath, remotePath), timeoutSeconds);
        return size;
    }
    async limited(work, timeoutSeconds) {
        let timer;
        const limit = new Promise((_, reject) => {
            timer = setTimeout(() => {
                reject(new Error(`upload timed out after ${timeoutSeconds} s`));
                this.ssh.dispose();
            }, timeoutSeconds * 1000);
        });
        try {
            return await Promise.race([work, limit]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** The file on the stdin of `cat` over an exec channel; the path is quoted, nothing else is sent. */
    execUpload(localPath, remotePath) {
        const conn = this.ssh.connection;
        if (!conn)
            return Promise.reject(new Error('not connected'));
        return new Promise((resolve, reject) => {
            conn.exec(`umask 077 && cat > ${(0,shell_quote/* shellQuote */.ZL)(remotePath)}`, (err, channel) => {
                if (err) {
                    reject(err);
                    return;
                }
                let code = null;
                let stderr = '';
                channel.on('exit', (c) => { code = typeof c === 'number' ? c : null; });
                channel.stderr.on('data', (c) => { if (stderr.length < 4096)
                    stderr += c.toString('utf8'); });
                // cat writes nothing, but the channel closes only once its stdout has been read to the end.
                channel.resume();
                channel.on('close', () => {
                    if (code === 0)
                        resolve();
                    else
                        reject(new Error(code === null ? (this.lostReason ?? 'the upload channel closed without an exit code') : `cat > ${remotePath} exited ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
                });
                const file = (0,external_fs_.createReadStream)(localPath, { highWaterMark: UPLOAD_CHUNK });
                file.on('error', (e) => {
                    reject(e);
                    channel.close();
                });
                paced(file, channel);
            });
        });
    }
    forwards = new Map();
    listening = false;
    /**
     * A remote forward bound to the host's 127.0.0.1 on a port sshd picks (GatewayPorts never
     * widens a loopback bind); each connection the host opens on it is piped to the runner's
     * 127.0.0.1:localPort. It lives on this host's own connection, so a jump host changes nothing.
     */
    async forwardToRunner(localPort) {
        const conn = this.ssh.connection;
        if (this.lostReason || !conn)
            throw new Error(this.lostReason ?? 'not connected');
        if (!this.listening) {
            this.listening = true;
            conn.on('tcp connection', (info, accept, reject) => {
                // Some sshd versions announce a port picked for 0 as 0: with one forward, it is that one.
                const f = this.forwards.get(info.destPort) ?? (this.forwards.size === 1 ? [...this.forwards.values()][0] : undefined);
                if (!f) {
                    reject();
                    return;
                }
                const remote = accept();
                const local = (0,external_net_.createConnection)({ host: '127.0.0.1', port: f.localPort });
                f.streams.add(remote);
                local.on('data', (c) => {
                    f.sent += c.length;
                });
                // An end travels on through pipe() after the bytes still queued for the channel (its window
                // may be full); destroying the channel when the local side closes would drop them and cut the
                // engine's download short. Only an error, or the host's side closing, ends the other side.
                local.on('error', () => remote.destroy());
                remote.on('error', () => local.destroy());
                remote.on('close', () => {
                    f.streams.delete(remote);
                    local.destroy();
                });
                local.pipe(remote);
                remote.pipe(local);
            });
        }
        const port = await new Promise((resolve, reject) => {
            conn.forwardIn('127.0.0.1', 0, (err, p) => (err ? reject(err) : resolve(p)));
        });
        this.debug(`${this.where}: remote forward 127.0.0.1:${port} on the host to 127.0.0.1:${localPort} here`);
        const entry = { localPort, sent: 0, streams: new Set() };
        this.forwards.set(port, entry);
        let closed;
        return {
            port,
            bytesSent: () => entry.sent,
            close: () => {
                closed ??= new Promise((resolve) => {
                    this.forwards.delete(port);
                    for (const s of entry.streams)
                        s.destroy();
                    if (this.lostReason || !this.ssh.isConnected()) {
                        resolve();
                        return;
                    }
                    conn.unforwardIn('127.0.0.1', port, () => resolve());
                });
                return closed;
            },
        };
    }
    /** `command` with `input` on its stdin, over its own exec session (no bash -s: the stdin is data). */
    execWithInput(command, input, timeoutSeconds) {
        const conn = this.ssh.connection;
        if (this.lostReason || !conn)
            return Promise.resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? 'not connected', unsent: true });
        this.debug(`${this.where}: ${command} (stdin streamed)`);
        return new Promise((resolve) => {
            conn.exec(command, (err, channel) => {
                if (err) {
                    resolve({ code: null, stdout: '', stderr: '', lost: this.lostReason ?? `connection lost: ${err.message}`, unsent: true });
                    return;
                }
                let stdout = '';
                let stderr = '';
                let code = null;
                let lost;
                const timer = setTimeout(() => {
                    lost ??= `timed out after ${timeoutSeconds} s`;
                    channel.close();
                }, timeoutSeconds * 1000);
                channel.on('data', (c) => { if (stdout.length < 65536)
                    stdout += c.toString('utf8'); });
                channel.stderr.on('data', (c) => { if (stderr.length < 65536)
                    stderr += c.toString('utf8'); });
                channel.on('exit', (c) => { code = typeof c === 'number' ? c : null; });
                channel.on('close', () => {
                    clearTimeout(timer);
                    if (lost === undefined && code === null)
                        lost = this.lostReason ?? 'the session ended without an exit code';
                    resolve({ code: lost ? null : code, stdout, stderr, lost });
                });
                input.on('error', (e) => {
                    lost ??= `reading the image failed: ${e.message}`;
                    channel.close();
                });
                input.pipe(channel);
            });
        });
    }
    async close() {
        for (const f of this.forwards.values())
            for (const s of f.streams)
                s.destroy();
        this.forwards.clear();
        this.ssh.dispose();
        this.onClose();
    }
}
/**
 * An upload keeps at most this many bytes sent to the host and not yet taken from sshd by the
 * receiving process (the host's window adjusts say what was taken). Unpaced, the data fills
 * sshd's whole 2 MB channel window faster than `cat` or sftp-server drains it, and sshd then
 * regrows and copies its buffer for every packet: measured on the bed, a 5 MB binary cost the
 * host's sshd about 0.85 s of CPU that way and 0.02 s when kept to 256 KB in flight. The bound
 * caps throughput at 256 KB per round trip (25 MB/s at 10 ms, 5 MB/s at 50 ms).
 */
const UPLOAD_IN_FLIGHT = 256 * 1024;
/** The chunk an upload reads and sends at a time. */
const UPLOAD_CHUNK = 64 * 1024;
/** SFTP write requests in flight (32 KB each): the same bound as UPLOAD_IN_FLIGHT. */
const SFTP_REQUESTS_IN_FLIGHT = UPLOAD_IN_FLIGHT / (32 * 1024);
/**
 * Pipes `file` into `channel`, pausing while more than UPLOAD_IN_FLIGHT bytes wait in the host's
 * sshd (the channel's send window, as ssh2 keeps it, minus what it was at the start). A channel
 * whose window ssh2 does not expose is piped as is.
 */
function paced(file, channel) {
    const out = channel.outgoing;
    if (!out || typeof out.window !== 'number') {
        file.pipe(channel);
        return;
    }
    const start = out.window;
    const waiting = () => start - out.window > UPLOAD_IN_FLIGHT;
    let closed = false;
    channel.on('close', () => { closed = true; });
    const resumeWhenTaken = () => {
        if (closed)
            return;
        if (waiting())
            setTimeout(resumeWhenTaken, 2);
        else
            file.resume();
    };
    file.on('data', (chunk) => {
        channel.write(chunk);
        if (waiting()) {
            file.pause();
            setTimeout(resumeWhenTaken, 2);
        }
    });
    file.on('end', () => channel.end());
}
const whereOf = (t) => (t.port === 22 ? t.host : `${t.host}:${t.port}`);
/**
 * One SSH login with the host key checked against the pins before authentication (over `sock`,
 * a tunnel through a jump host, when given). `name` is how errors name the host.
 */
async function login(o, key, target, given, name, sock) {
    let verdict;
    const certified = 'certificate' in given ? given : undefined;
    const pins = certified ? certified.pins : given;
    const ssh = new esm/* NodeSSH */.H();
    const algorithms = hostKeyAlgorithms(pins);
    const where = whereOf(target);
    o.debug(`${where}: ssh ${target.user}@${where}${sock ? ' through the jump host' : ''}${algorithms ? ` (host key algorithms ${algorithms.join(',')})` : ''}`);
    const t0 = Date.now();
    try {
        await ssh.connect({
            host: target.host,
            port: target.port,
            ...(sock ? { sock: sock } : {}),
            username: target.user,
            ...(key.agent ? { agent: key.agent } : { privateKey: key.text, passphrase: key.passphrase }),
            readyTimeout: o.readyTimeoutSeconds * 1000,
            keepaliveInterval: 10_000,
            keepaliveCountMax: 3,
            ...(algorithms ? { algorithms: { serverHostKey: algorithms } } : {}),
            hostVerifier: (key) => {
                verdict = checkHostKey(pins, target.host, target.port, key, o.policy);
                return verdict.accepted;
            },
        });
    }
    catch (err) {
        ssh.dispose();
        throw describeConnectError(err, { where: name, user: target.user, key: (0,private_key.describeClientKey)(key), timeoutSeconds: o.readyTimeoutSeconds, hostKeyAlgorithms: algorithms }, verdict);
    }
    if (!verdict) {
        ssh.dispose();
        throw new connect_error/* ConnectError */.T(`${name}: the host key was never checked`, 'failed');
    }
    o.debug(`${where}: logged in after ${Date.now() - t0} ms`);
    if (certified) {
        o.debug(`${where}: host key ${verdict.keyType} ${verdict.fingerprint} vouched for by ${certified.certificate}`);
        return { ssh, verdict: { ...verdict, how: 'certificate' } };
    }
    return { ssh, verdict };
}
/**
 * For a host with no pinned key but `@cert-authority` lines matching it: its host certificate,
 * fetched over a stream of its own (`open`: a TCP connection, or a channel through the jump
 * host) and checked against those lines. The certified key becomes the one pin of the login that
 * follows, whose key exchange proves the host holds it. Other hosts keep their pins, unfetched. A
 * host that offers no certificate goes on unpinned under ssh_host_key_policy accept-new and is
 * refused otherwise; a certificate that fails a check is refused under either.
 */
async function certifiedPins(o, target, pins, name, open) {
    if (pins.trusted.length > 0 || pins.authorities.length === 0)
        return pins;
    const lines = `known_hosts line ${pins.authorities.map((e) => e.line).join(', ')}`;
    const stream = await open();
    o.debug(`${name}: fetching its host certificate (@cert-authority, ${lines})`);
    let fetched;
    try {
        fetched = await fetchHostCertificate(stream, o.readyTimeoutSeconds * 1000);
    }
    catch (err) {
        const msg = err.message;
        const unreachable = /^(could not be reached|gave no answer|closed the connection)/.test(msg);
        throw new connect_error/* ConnectError */.T(`${name}: cannot fetch its host certificate: the host ${msg}`, unreachable ? 'unreachable' : 'failed');
    }
    if ('none' in fetched) {
        if (o.policy === 'accept-new') {
            o.debug(`${name}: no host certificate (it ${fetched.none}): its plain key goes by ssh_host_key_policy accept-new`);
            return pins;
        }
        throw new connect_error/* ConnectError */.T(`${name}: no host certificate to check against the @cert-authority lines (${lines}), and no key pinned for it: the host ${fetched.none}`, 'host-key');
    }
    const check = checkHostCertificate(fetched.certificate, { host: target.host, authorities: pins.authorities, revoked: pins.revoked, now: Date.now() / 1000 });
    if (!check.ok) {
        const certKey = check.cert?.publicKey;
        const verdict = certKey ? {
            accepted: false, keyType: check.cert?.certType ?? 'unknown', fingerprint: (0,known_hosts/* sha256Fingerprint */._7)(certKey),
            knownHostsLine: knownHostsLine(target.host, target.port, certKey), reason: `${name}: host certificate ${check.reason}`,
        } : undefined;
        throw new connect_error/* ConnectError */.T(`${name}: host certificate ${check.reason}`, 'host-key', verdict);
    }
    const { cert, authority } = check;
    const key = cert.publicKey;
    return {
        pins: {
            trusted: [{ line: authority.line, revoked: false, hosts: { kind: 'any' }, keyType: (0,known_hosts/* blobKeyType */.b3)(key), key, fingerprint: (0,known_hosts/* sha256Fingerprint */._7)(key) }],
            revoked: pins.revoked,
            authorities: [],
        },
        certificate: `the certificate '${cert.keyId}' (serial ${cert.serial}) of the CA ${authority.fingerprint} (known_hosts line ${authority.line})`,
    };
}
/** A TCP connection from the jump host to the target (ssh -J's direct-tcpip channel), time-limited. */
function tunnel(jump, target, timeoutSeconds) {
    return new Promise((resolve, reject) => {
        const conn = jump.connection;
        if (!conn) {
            reject(new Error('the jump host connection closed'));
            return;
        }
        const timer = setTimeout(() => reject(new Error(`no connection within ${timeoutSeconds} s`)), timeoutSeconds * 1000);
        conn.forwardOut('127.0.0.1', 0, target.host, target.port, (err, stream) => {
            clearTimeout(timer);
            if (err)
                reject(err);
            else
                resolve(stream);
        });
    });
}
/** How long an unused jump connection is kept for a host that may still come (a rollout's next step). */
const JUMP_LINGER_MS = 2000;
/**
 * The SSH side of one command: every host's session, and at most one login to each jump host
 * (ssh -J's model, with the connection shared as ControlMaster would): each host is reached over a
 * direct-tcpip channel of that one connection and logged in to end to end. Handshakes hold a
 * place of `handshakes`, so a bastion's MaxStartups is never reached by gantry alone. A jump
 * connection that drops is logged in to again by the next host that needs it; hosts whose
 * sessions ran over it lose them (their steps end as connection lost).
 */
class SshLinks {
    o;
    /** Logins to the first jump host so far (the bastion's audit log sees as many). */
    jumpLogins = 0;
    chain;
    /** The jump login in use (with chain). */
    link;
    /** Why the last jump connection ended, when one has: said again if logging in anew fails. */
    lastDrop;
    users = 0;
    idle;
    closed = false;
    constructor(o) {
        this.o = o;
    }
    /**
     * Connects with the host key checked against the pins before authentication: a refused key means
     * nothing was sent to or run on that host. Through jump hosts, each hop's key is checked the same
     * way when it is logged in to, and the target is checked end to end through the channel.
     */
    async connect(target, pins) {
        const { o } = this;
        const where = whereOf(target);
        if (this.closed)
            throw new connect_error/* ConnectError */.T(`${where}: the command is over`, 'failed');
        if (o.jumps.length === 0) {
            const { ssh, verdict } = await o.handshakes.run(async () => {
                const checked = await certifiedPins(o, target, pins, `host ${where}`, async () => (0,external_net_.createConnection)({ host: target.host, port: target.port }));
                return login(o, o.key, target, checked, where);
            });
            return { connection: new SshConnection(ssh, where, o.debug), verdict };
        }
        this.hold();
        try {
            const lastWhere = whereOf(o.jumps[o.jumps.length - 1].target);
            // A jump connection found dropped while this host's channel opened: once more, over a new login.
            for (let attempt = 1;; attempt++) {
                const chain = this.jumpChain();
                const link = this.link;
                const hops = await chain;
                const last = hops[hops.length - 1];
                const session = await o.handshakes.run(async () => {
                    /** A channel from the last jump host to the target; undefined: the jump connection dropped, try once more. */
                    const open = async () => {
                        try {
                            return await tunnel(last, target, o.readyTimeoutSeconds);
                        }
                        catch (err) {
                            if (link.dropped !== undefined) {
                                if (attempt === 1)
                                    return undefined;
                                throw new connect_error/* ConnectError */.T(`cannot reach ${where}: ${link.dropped}`, 'unreachable');
                            }
                            throw new connect_error/* ConnectError */.T(`the jump host ${lastWhere} could not connect to ${where}: ${err.message} (it needs AllowTcpForwarding and a route to the host)`, 'unreachable');
                        }
                    };
                    let redo = false;
                    const checked = await certifiedPins(o, target, pins, `host ${where}`, async () => {
                        const channel = await open();
                        if (channel)
                            return channel;
                        redo = true;
                        throw new connect_error/* ConnectError */.T(`cannot reach ${where}: the jump connection dropped`, 'unreachable');
                    }).catch((err) => {
                        if (redo)
                            return undefined;
                        throw err;
                    });
                    if (!checked)
                        return undefined;
                    const sock = await open();
                    if (!sock)
                        return undefined;
                    return login(o, o.key, target, checked, where, sock);
                });
                if (!session)
                    continue;
                let released = false;
                return {
                    connection: new SshConnection(session.ssh, where, o.debug, () => {
                        if (released)
                            return;
                        released = true;
                        this.release();
                    }, () => link.dropped),
                    verdict: session.verdict,
                };
            }
        }
        catch (err) {
            this.release();
            throw err;
        }
    }
    /** Ends the jump connection now (hosts still connected through it lose their sessions). */
    async close() {
        this.closed = true;
        clearTimeout(this.idle);
        await this.drop();
    }
    hold() {
        this.users += 1;
        clearTimeout(this.idle);
        this.idle = undefined;
    }
    release() {
        this.users -= 1;
        if (this.users > 0)
            return;
        // Not at once: askFleet's and rollbackRefs' hosts come and go; the next may be a moment away.
        this.idle = setTimeout(() => {
            if (this.users === 0)
                void this.drop();
        }, JUMP_LINGER_MS);
        this.idle.unref();
    }
    async drop() {
        const chain = this.chain;
        if (this.link)
            this.link.ours = true;
        this.chain = undefined;
        this.link = undefined;
        const hops = await chain?.catch(() => undefined);
        for (const h of [...(hops ?? [])].reverse())
            h.dispose();
    }
    /**
     * The jump hosts, logged in to in order, once (again after a drop); a failure is every host's.
     * this.link is the login in use: `dropped` says, once it has ended, why.
     */
    jumpChain() {
        if (!this.chain) {
            const bastion = whereOf(this.o.jumps[0].target);
            const before = this.lastDrop;
            const chain = this.openChain().catch((err) => {
                // A new login after a drop that fails too: the host's line says both.
                const e = err;
                throw before && e instanceof connect_error/* ConnectError */.T ? new connect_error/* ConnectError */.T(`${before}, and a new login failed: ${e.message}`, e.kind, e.verdict) : err;
            });
            const link = {};
            this.chain = chain;
            this.link = link;
            chain.then((hops) => {
                // Logged in again: an earlier drop is history.
                if (this.lastDrop === before)
                    this.lastDrop = undefined;
                // A drop of any hop (bastion restarted, network cut) ends this chain: the next host logs in again.
                const dropped = (cause) => {
                    if (!link.ours)
                        link.dropped ??= `the jump host ${bastion} dropped the connection${cause ? ` (${cause})` : ''}`;
                };
                const ended = () => {
                    dropped();
                    if (link.dropped)
                        this.lastDrop = link.dropped;
                    if (this.chain === chain) {
                        this.o.debug(`the jump connection to ${bastion} ended`);
                        this.chain = undefined;
                        for (const h of [...hops].reverse())
                            h.dispose();
                    }
                };
                for (const h of hops) {
                    h.connection?.on('error', (e) => {
                        this.o.debug(`jump connection: ${e.message}`);
                        // Said as soon as it is known: the sessions through it may end before its close event.
                        dropped(e.message);
                    });
                    h.connection?.on('close', ended);
                }
            }, () => undefined);
        }
        return this.chain;
    }
    async openChain() {
        const { o } = this;
        const key = o.jumpKey ?? o.key;
        const hops = [];
        try {
            for (const [i, hop] of o.jumps.entries()) {
                const where = whereOf(hop.target);
                const name = i === 0 ? `the jump host ${where}` : `the jump host ${where} (hop ${i + 1}, through ${whereOf(o.jumps[i - 1].target)})`;
                const { ssh, verdict } = await o.handshakes.run(async () => {
                    const open = async () => {
                        if (i === 0)
                            return undefined;
                        const prev = whereOf(o.jumps[i - 1].target);
                        try {
                            return await tunnel(hops[i - 1], hop.target, o.readyTimeoutSeconds);
                        }
                        catch (err) {
                            throw new connect_error/* ConnectError */.T(`the jump host ${prev} could not connect to the next jump host ${where}: ${err.message} (it needs AllowTcpForwarding and a route there)`, 'unreachable');
                        }
                    };
                    const checked = await certifiedPins(o, hop.target, hop.pins, name, async () => (await open()) ?? (0,external_net_.createConnection)({ host: hop.target.host, port: hop.target.port }));
                    const sock = await open();
                    try {
                        return await login(o, key, hop.target, checked, name, sock);
                    }
                    catch (err) {
                        const e = err;
                        if (e.kind === 'auth') {
                            const u = hop.target.user;
                            throw new connect_error/* ConnectError */.T(`${name} refused public key authentication for ${u} with ${(0,private_key.describeClientKey)(key)}: that key is not in ~${u}/.ssh/authorized_keys there, or ${u} may not log in${o.jumpKey ? ' (the key of ssh_jump_key)' : ' (ssh_jump_key gives the jump hosts a key of their own)'}`, 'auth');
                        }
                        throw new connect_error/* ConnectError */.T(e.kind === 'host-key' ? `jump host: ${e.message}` : e.message, e.kind ?? 'failed', e.verdict);
                    }
                });
                if (i === 0)
                    this.jumpLogins += 1;
                o.onHop?.(hop.target, verdict);
                hops.push(ssh);
            }
            return hops;
        }
        catch (err) {
            for (const h of hops.reverse())
                h.dispose();
            throw err;
        }
    }
}


/***/ })

};
;