"use strict";
exports.id = 193;
exports.ids = [193];
exports.modules = {

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
/* harmony import */ var _ssh_user_certificate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71833);





/** What an auth failure names: `the key ssh-ed25519 SHA256:...`, or the agent's keys. */
function describeClientKey(key) {
    if (key.agent)
        return `the SSH agent's key(s) ${key.fingerprint}`;
    return `the key ${key.type} ${key.fingerprint}${key.certificate ? ` and its ${(0,_ssh_user_certificate__WEBPACK_IMPORTED_MODULE_4__/* .describeCertificate */ .d)(key.certificate)}` : ''}`;
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
function parsePrivateKey(text, passphrase, input = 'ssh_private_key', certificate) {
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
    const publicBlob = key.getPublicSSH();
    return {
        text: keyText,
        passphrase: passphrase || undefined,
        type: key.type,
        fingerprint: (0,_ssh_known_hosts__WEBPACK_IMPORTED_MODULE_3__/* .sha256Fingerprint */ ._7)(publicBlob),
        ...(certificate?.text.trim() ? { certificate: (0,_ssh_user_certificate__WEBPACK_IMPORTED_MODULE_4__/* .checkUserCertificate */ .p)(certificate.text, publicBlob, certificate.now, certificate.input, input) } : {}),
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

/***/ 76120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ sshTime),
/* harmony export */   _C: () => (/* binding */ verifySshSignature),
/* harmony export */   _G: () => (/* binding */ sshString),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   o: () => (/* binding */ SshReader),
/* harmony export */   tY: () => (/* binding */ CERT_HOST_KEY_ALGORITHMS),
/* harmony export */   w1: () => (/* binding */ checkHostCertificate)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _known_hosts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62979);


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
        return { type, key: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(x) }, format: 'jwk' }) };
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
        return { type, key: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'EC', crv: curve.jwk, x: b64url(x), y: b64url(y) }, format: 'jwk' }) };
    }
    if (type === 'ssh-rsa') {
        const e = unsigned(r.string());
        const n = unsigned(r.string());
        return { type, key: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'RSA', n: b64url(n), e: b64url(e) }, format: 'jwk' }) };
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
        return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, key, sig);
    }
    if (type.startsWith('ecdsa-sha2-')) {
        if (alg !== type)
            throw new Error(`a signature of type '${alg.slice(0, 40)}' by an ${type} key`);
        const curve = CURVES[type.slice('ecdsa-sha2-'.length)];
        const rs = new SshReader(sig);
        const p1363 = Buffer.concat([unsigned(rs.string(), curve.size), unsigned(rs.string(), curve.size)]);
        return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(curve.hash, data, { key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    // ssh-rsa: SHA-1 signatures are refused, as OpenSSH's default CASignatureAlgorithms does.
    const hash = alg === 'rsa-sha2-512' ? 'sha512' : alg === 'rsa-sha2-256' ? 'sha256' : undefined;
    if (!hash)
        throw new Error(`a signature of type '${alg.slice(0, 40)}' (RSA signatures must be rsa-sha2-256 or rsa-sha2-512)`);
    return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, data, key, sig);
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
    const caFingerprint = (0,_known_hosts__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(cert.signatureKey);
    const revokedCa = c.revoked.find((e) => (e.key ? e.key.equals(cert.signatureKey) : e.fingerprint === caFingerprint));
    if (revokedCa)
        return refuse(`is signed by the CA key ${caFingerprint}, which is revoked (known_hosts line ${revokedCa.line})`);
    const keyFingerprint = (0,_known_hosts__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(cert.publicKey);
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


/***/ }),

/***/ 71833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ describeCertificate),
/* harmony export */   p: () => (/* binding */ checkUserCertificate)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _known_hosts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62979);
/* harmony import */ var _host_certificate__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76120);



/**
 * OpenSSH user certificates (PROTOCOL.certkeys) for the client key: reading the KEY-cert.pub
 * line, checking it belongs to the key and is valid now, and the algorithm names a login with it
 * uses. Pure: the caller says when "now" is.
 */
const SSH_CERT_TYPE_USER = 1;
/** How messages name a certificate: `certificate 'ID' (serial N, principals a, b)`. */
function describeCertificate(c) {
    const shown = c.principals.length === 0 ? 'any principal' : `principals ${c.principals.slice(0, 5).join(', ')}${c.principals.length > 5 ? ', ...' : ''}`;
    return `certificate '${c.keyId.slice(0, 80)}' (serial ${c.serial}, ${shown}, CA ${c.caFingerprint})`;
}
/** Login algorithm, signature algorithm and hash for a certificate of each key type. */
function algorithms(certType) {
    if (certType === 'ssh-ed25519-cert-v01@openssh.com')
        return { algorithm: certType, signatureAlgorithm: 'ssh-ed25519' };
    const ec = /^ecdsa-sha2-nistp(256|384|521)-cert-v01@openssh\.com$/.exec(certType);
    if (ec) {
        const hash = { 256: 'sha256', 384: 'sha384', 521: 'sha512' }[ec[1]];
        return { algorithm: certType, signatureAlgorithm: `ecdsa-sha2-nistp${ec[1]}`, hash };
    }
    // ssh-rsa-cert-v01@openssh.com, the only RSA certificate type parseCertificate reads.
    return { algorithm: 'rsa-sha2-512-cert-v01@openssh.com', signatureAlgorithm: 'rsa-sha2-512', hash: 'sha512' };
}
/**
 * Reads and checks a user certificate for the private key whose public blob is `keyBlob`, before
 * any host is contacted: not a certificate, a host certificate, one of another key, a signature
 * that does not verify, not valid yet or expired are each one line naming `input`.
 */
function checkUserCertificate(text, keyBlob, now, input, keyInput) {
    const expected = 'an OpenSSH user certificate (the KEY-cert.pub line that ssh-keygen -s CA -I ID -n USER KEY.pub writes)';
    if (/^-----BEGIN/.test(text.trim()))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is a private key', `${expected}, not a key`);
    const line = text.trim().split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#'));
    if (line.length !== 1)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line.length === 0 ? 'holds no certificate' : `holds ${line.length} lines`, `one line: ${expected}`);
    const [type, b64] = line[0].trim().split(/\s+/);
    if (!b64 || !/^(ssh|ecdsa|sk|rsa)-[\w.@-]+$/.test(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is not a certificate line (TYPE BASE64 [COMMENT])', expected);
    }
    if (!type.endsWith('-cert-v01@openssh.com')) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `is a plain public key (${type.slice(0, 40)}), not a certificate`, `${expected}; sign the public key with the CA first`);
    }
    const blob = Buffer.from(b64, 'base64');
    let cert;
    try {
        cert = (0,_host_certificate__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(blob);
    }
    catch (err) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `is not a certificate gantry can read: one ${err.message}`, `${expected} of an Ed25519, ECDSA or RSA key`);
    }
    if (cert.certType !== type)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `says ${type.slice(0, 60)} but holds a ${cert.certType}`, expected);
    if (cert.type !== SSH_CERT_TYPE_USER) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, cert.type === 2 ? `is a host certificate ('${cert.keyId.slice(0, 80)}'), which no sshd takes for a login` : `has the unknown certificate type ${cert.type}`, `${expected} (made without -h)`);
    }
    const keyFp = (0,_known_hosts__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(keyBlob);
    const certFp = (0,_known_hosts__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(cert.publicKey);
    if (!cert.publicKey.equals(keyBlob)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `certifies the key ${certFp}, not ${keyInput}'s ${keyFp}`, `the certificate of ${keyInput}'s own public key`);
    }
    const caFingerprint = (0,_known_hosts__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(cert.signatureKey);
    let signed;
    try {
        signed = (0,_host_certificate__WEBPACK_IMPORTED_MODULE_2__/* .verifySshSignature */ ._C)(cert.signatureKey, cert.signed, cert.signature);
    }
    catch (err) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `has a CA signature gantry cannot check: ${err.message}`, expected);
    }
    if (!signed)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `has a CA signature that does not verify with its CA key ${caFingerprint} (the certificate was altered)`, expected);
    const t = BigInt(Math.floor(now));
    if (t < cert.validAfter)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${cert.keyId.slice(0, 80)}' is not valid before ${(0,_host_certificate__WEBPACK_IMPORTED_MODULE_2__/* .sshTime */ .Gm)(cert.validAfter)}`, 'a certificate valid now');
    if (t >= cert.validBefore)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${cert.keyId.slice(0, 80)}' expired on ${(0,_host_certificate__WEBPACK_IMPORTED_MODULE_2__/* .sshTime */ .Gm)(cert.validBefore)}`, 'a certificate valid now (sign the key again: ssh-keygen -s CA -V ...)');
    return {
        blob, ...algorithms(cert.certType),
        principals: cert.principals, keyId: cert.keyId, serial: cert.serial, validBefore: cert.validBefore, caFingerprint,
    };
}


/***/ })

};
;