"use strict";
exports.id = 417;
exports.ids = [417];
exports.modules = {

/***/ 54417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   agentIdentities: () => (/* binding */ agentIdentities),
/* harmony export */   agentReply: () => (/* binding */ agentReply),
/* harmony export */   keyAgent: () => (/* binding */ keyAgent),
/* harmony export */   parsePrivateKey: () => (/* binding */ parsePrivateKey),
/* harmony export */   signForAgent: () => (/* binding */ signForAgent),
/* harmony export */   socketAgent: () => (/* binding */ socketAgent)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69278);
/* harmony import */ var net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2203);
/* harmony import */ var stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85472);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ssh2__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





const AGENT_TIMEOUT_MS = 5000;
function sshString(b) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
}
function mpint(b) {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0)
        i++;
    const v = b.subarray(i);
    return sshString(v[0] & 0x80 ? Buffer.concat([Buffer.alloc(1), v]) : v);
}
const ECDSA_HASH = {
    'ecdsa-sha2-nistp256': 'sha256',
    'ecdsa-sha2-nistp384': 'sha384',
    'ecdsa-sha2-nistp521': 'sha512',
};
/** A signature blob in the agent protocol's per-type encoding (RFC 4253, 5656, 8709). */
function signForAgent(key, data, hash) {
    const pem = key.getPrivatePEM();
    if (key.type === 'ssh-ed25519')
        return crypto__WEBPACK_IMPORTED_MODULE_0__.sign(null, data, pem);
    if (key.type === 'ssh-rsa')
        return crypto__WEBPACK_IMPORTED_MODULE_0__.sign(hash ?? 'sha1', data, pem);
    const ecHash = ECDSA_HASH[key.type];
    if (ecHash) {
        const raw = crypto__WEBPACK_IMPORTED_MODULE_0__.sign(ecHash, data, { key: pem, dsaEncoding: 'ieee-p1363' });
        const half = raw.length / 2;
        return Buffer.concat([mpint(raw.subarray(0, half)), mpint(raw.subarray(half))]);
    }
    throw new Error(`cannot sign with a ${key.type} key`);
}
/**
 * Parses private key text. A key that needs a passphrase is refused: the build cannot ask
 * for one, and a passphrase input would be one more secret to leak.
 */
function parsePrivateKey(text, id, where) {
    const parsed = ssh2__WEBPACK_IMPORTED_MODULE_3__.utils.parseKey(text);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key instanceof Error || !key) {
        const message = key instanceof Error ? key.message : 'no key found';
        if (/passphrase|encrypted/i.test(message)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'ssh': the key for id '${id}' (${where}) needs a passphrase; use a deploy key without one, or load it into an agent (ssh-add) and pass '${id}=<agent socket>' or 'default' with SSH_AUTH_SOCK set`);
        }
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'ssh': the key for id '${id}' (${where}) is not a private key ssh understands: ${message}`);
    }
    if (!key.isPrivateKey())
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'ssh': id '${id}' (${where}) is a public key; give the private key`);
    return key;
}
const FAILURE = 5;
const REQUEST_IDENTITIES = 11;
const IDENTITIES_ANSWER = 12;
const SIGN_REQUEST = 13;
const SIGN_RESPONSE = 14;
const RSA_SHA2_256 = 2;
const RSA_SHA2_512 = 4;
function frame(type, ...parts) {
    const body = Buffer.concat([Buffer.from([type]), ...parts]);
    return Buffer.concat([uint32(body.length), body]);
}
function uint32(n) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
}
/** Splits a byte stream into agent protocol messages (uint32 length, then the message). */
class Framer {
    buf = Buffer.alloc(0);
    push(chunk) {
        this.buf = Buffer.concat([this.buf, chunk]);
        const out = [];
        while (this.buf.length >= 4) {
            const len = this.buf.readUInt32BE(0);
            if (this.buf.length < 4 + len)
                break;
            out.push(this.buf.subarray(4, 4 + len));
            this.buf = this.buf.subarray(4 + len);
        }
        return out;
    }
}
function readString(buf, at) {
    if (at + 4 > buf.length)
        throw new Error('truncated agent message');
    const len = buf.readUInt32BE(at);
    if (at + 4 + len > buf.length)
        throw new Error('truncated agent message');
    return [buf.subarray(at + 4, at + 4 + len), at + 4 + len];
}
/** The answer of an agent holding `keys` to one request; failure for anything else. */
function agentReply(keys, msg) {
    try {
        if (msg[0] === REQUEST_IDENTITIES) {
            const entries = keys.map((k) => Buffer.concat([sshString(k.getPublicSSH()), sshString(Buffer.from(k.comment || ''))]));
            return frame(IDENTITIES_ANSWER, uint32(keys.length), ...entries);
        }
        if (msg[0] === SIGN_REQUEST) {
            const [blob, next] = readString(msg, 1);
            const [data, after] = readString(msg, next);
            const flags = after + 4 <= msg.length ? msg.readUInt32BE(after) : 0;
            const key = keys.find((k) => k.getPublicSSH().equals(blob));
            if (!key)
                return frame(FAILURE);
            let format = key.type;
            let hash;
            if (key.type === 'ssh-rsa' && flags & RSA_SHA2_512)
                [format, hash] = ['rsa-sha2-512', 'sha512'];
            else if (key.type === 'ssh-rsa' && flags & RSA_SHA2_256)
                [format, hash] = ['rsa-sha2-256', 'sha256'];
            const signature = Buffer.concat([sshString(Buffer.from(format)), sshString(signForAgent(key, data, hash))]);
            return frame(SIGN_RESPONSE, sshString(signature));
        }
    }
    catch {
        // A malformed request gets a failure, as from ssh-agent.
    }
    // Extensions (OpenSSH's session-bind@openssh.com), adding or removing keys, locking.
    return frame(FAILURE);
}
/**
 * An agent inside gantry that holds the given keys: it lists them and signs with them,
 * and refuses everything else (adding, removing, extensions). Its own few lines rather than
 * ssh2's AgentProtocol, whose server side loses its place on a message it does not know,
 * such as the session-bind@openssh.com extension every OpenSSH >= 8.9 client sends first.
 */
function keyAgent(id, describe, keys) {
    return {
        id,
        describe,
        open() {
            const framer = new Framer();
            return new stream__WEBPACK_IMPORTED_MODULE_2__.Duplex({
                read() { },
                write(chunk, _enc, done) {
                    for (const msg of framer.push(chunk))
                        this.push(agentReply(keys, msg));
                    done();
                },
                final(done) {
                    this.push(null);
                    done();
                },
            });
        },
    };
}
/** A running agent, reached through its socket. */
function socketAgent(id, socketPath) {
    return { id, describe: `agent at ${socketPath}`, open: () => net__WEBPACK_IMPORTED_MODULE_1__.connect(socketPath) };
}
/**
 * Asks an agent for its public keys; fails with a message naming the id when the agent
 * does not answer (a stale SSH_AUTH_SOCK) or holds no key.
 */
function agentIdentities(source, timeoutMs = AGENT_TIMEOUT_MS) {
    const fail = (why) => new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input 'ssh': the ${source.describe} for id '${source.id}' ${why}`);
    return new Promise((resolve, reject) => {
        const conn = source.open();
        const framer = new Framer();
        let settled = false;
        const finish = (err, keys) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            conn.destroy();
            if (err)
                reject(err);
            else
                resolve(keys ?? []);
        };
        const timer = setTimeout(() => finish(fail(`does not answer within ${timeoutMs / 1000}s`)), timeoutMs);
        conn.on('error', (e) => finish(fail(`does not answer (${e.code ?? e.message})`)));
        conn.on('close', () => finish(fail('closed the connection without answering')));
        conn.on('data', (chunk) => {
            const [msg] = framer.push(chunk);
            if (!msg)
                return;
            if (msg[0] !== IDENTITIES_ANSWER)
                return finish(fail('refused to list its keys'));
            try {
                const keys = [];
                let at = 5;
                for (let i = 0; i < msg.readUInt32BE(1); i++) {
                    const [blob, next] = readString(msg, at);
                    at = readString(msg, next)[1];
                    keys.push(Buffer.from(blob));
                }
                if (keys.length === 0)
                    return finish(fail('holds no key (ssh-add one)'));
                finish(null, keys);
            }
            catch {
                finish(fail('gave a malformed answer'));
            }
        });
        conn.write(frame(REQUEST_IDENTITIES));
    });
}


/***/ })

};
;