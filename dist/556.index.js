"use strict";
exports.id = 556;
exports.ids = [556];
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

/***/ 73556:
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
// EXTERNAL MODULE: ./src/ssh/host-certificate.ts
var host_certificate = __webpack_require__(76120);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
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
    const lists = [KEX.join(','), host_certificate/* CERT_HOST_KEY_ALGORITHMS */.tY.join(','), CIPHERS, CIPHERS, MACS, MACS, COMPRESSION, COMPRESSION, '', ''];
    return Buffer.concat([Buffer.from([MSG_KEXINIT]), (0,external_crypto_.randomBytes)(16), ...lists.map((l) => (0,host_certificate/* sshString */._G)(l)), Buffer.from([0, 0, 0, 0, 0])]);
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
            const r = new host_certificate/* SshReader */.o(payload);
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
                if (!hostKeys.some((a) => host_certificate/* CERT_HOST_KEY_ALGORITHMS */.tY.includes(a))) {
                    finish(undefined, { none: `offers no certificate host key (its host key algorithms: ${hostKeys.join(',').slice(0, 200)})` });
                    return;
                }
                if (!kex.some((k) => KEX.includes(k))) {
                    finish(new Error(`offers no curve25519-sha256 key exchange, which fetching its certificate needs (it offers ${kex.join(',').slice(0, 200)})`));
                    return;
                }
                stream.write(plainPacket(Buffer.concat([Buffer.from([MSG_KEX_ECDH_INIT]), (0,host_certificate/* sshString */._G)(q)])));
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
// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(85472);
;// CONCATENATED MODULE: ./src/deploy/connection/certificate-auth.ts



const certificateShim = Symbol('gantry certificate auth');
const USERAUTH_REQUEST = 50;
/** The parsed private key seen as its certificate (the private half stays the key's own). */
function certifiedKey(text, passphrase, certificate) {
    const parsed = lib.utils.parseKey(text, passphrase);
    if (parsed instanceof Error)
        throw parsed;
    const key = (Array.isArray(parsed) ? parsed[0] : parsed);
    const presented = Object.create(key, {
        type: { value: certificate.algorithm },
        getPublicSSH: { value: () => certificate.blob },
    });
    return { key: presented, privatePem: key.getPrivatePEM(), certificate };
}
/** An mpint of an unsigned big-endian magnitude: no leading zeros, a zero byte before a high bit. */
function mpint(magnitude) {
    let i = 0;
    while (i < magnitude.length - 1 && magnitude[i] === 0)
        i++;
    const v = magnitude.subarray(i);
    return v[0] & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v;
}
/** The SSH signature blob (algorithm name and signature) of `data` by the plain key. */
function certificateSignature(privatePem, certificate, data) {
    const key = (0,external_crypto_.createPrivateKey)(privatePem);
    let sig;
    if (certificate.signatureAlgorithm.startsWith('ecdsa-')) {
        const rs = (0,external_crypto_.sign)(certificate.hash ?? null, data, { key, dsaEncoding: 'ieee-p1363' });
        const half = rs.length / 2;
        sig = Buffer.concat([(0,host_certificate/* sshString */._G)(mpint(rs.subarray(0, half))), (0,host_certificate/* sshString */._G)(mpint(rs.subarray(half)))]);
    }
    else {
        sig = (0,external_crypto_.sign)(certificate.hash ?? null, data, key);
    }
    return Buffer.concat([(0,host_certificate/* sshString */._G)(certificate.signatureAlgorithm), (0,host_certificate/* sshString */._G)(sig)]);
}
/** The USERAUTH_REQUEST payload up to the signature, and what is signed: the session id before it. */
function certificateRequest(username, certificate, sessionId) {
    const request = Buffer.concat([
        Buffer.from([USERAUTH_REQUEST]), (0,host_certificate/* sshString */._G)(username), (0,host_certificate/* sshString */._G)('ssh-connection'), (0,host_certificate/* sshString */._G)('publickey'),
        Buffer.from([1]), (0,host_certificate/* sshString */._G)(certificate.algorithm), (0,host_certificate/* sshString */._G)(certificate.blob),
    ]);
    return { request, signed: Buffer.concat([(0,host_certificate/* sshString */._G)(sessionId), request]) };
}
/**
 * Makes `protocol` (an ssh2 client's, once it is connected) write the signed request of `key`
 * itself; every other request goes through ssh2 as before. Throws when ssh2's internals are not
 * the ones this was written for, so a changed ssh2 fails loudly rather than logging in wrongly.
 */
function sendCertificateAuthOn(protocol, key) {
    const proto = protocol;
    const writer = proto?._packetRW?.write;
    if (typeof proto?.authPK !== 'function' || !writer || typeof writer.alloc !== 'function' || typeof writer.finalize !== 'function'
        || typeof writer.allocStart !== 'number' || !Array.isArray(proto._authsQueue)) {
        throw new Error('this version of the SSH library cannot log in with a certificate (its protocol object changed)');
    }
    if (proto[certificateShim])
        return;
    proto[certificateShim] = true;
    const original = proto.authPK;
    const { sendPacket } = __webpack_require__(42184);
    proto.authPK = function authPK(username, pubKey, keyAlgo, cbSign) {
        const signing = typeof keyAlgo === 'function' || typeof cbSign === 'function';
        if (pubKey !== key.key || !signing)
            return original.call(this, username, pubKey, keyAlgo, cbSign);
        const sessionId = this._kex?.sessionID;
        if (!sessionId)
            throw new Error('no session id to sign');
        const { request, signed } = certificateRequest(username, key.certificate, sessionId);
        const payload = Buffer.concat([request, (0,host_certificate/* sshString */._G)(certificateSignature(key.privatePem, key.certificate, signed))]);
        const w = this._packetRW.write;
        const packet = w.alloc(payload.length);
        packet.set(payload, w.allocStart);
        this._authsQueue.push('publickey');
        sendPacket(this, w.finalize(packet));
    };
}

// EXTERNAL MODULE: ./src/ssh/user-certificate.ts
var user_certificate = __webpack_require__(71833);
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
        return new connect_error/* ConnectError */.T(o.key.includes(' and its certificate ')
            ? `${o.user}@${o.where} refused public key authentication with ${o.key}: sshd there does not trust that CA (TrustedUserCAKeys) or takes none of the certificate's principals for ${o.user}, and the key is not in ~${o.user}/.ssh/authorized_keys`
            : `${o.user}@${o.where} refused public key authentication with ${o.key}: that key is not in ~${o.user}/.ssh/authorized_keys there, or ${o.user} may not log in`, 'auth');
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
            ...(key.agent ? { agent: key.agent } : key.certificate ? { authHandler: certificateFirst(ssh, key, target.user, o.debug) } : { privateKey: key.text, passphrase: key.passphrase }),
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
 * Authentication with a certificate, as ssh does with KEY-cert.pub: the certificate first, then
 * the plain key (a host that trusts no CA may still list the key in authorized_keys).
 */
function certificateFirst(ssh, key, user, debug) {
    const certified = certifiedKey(key.text, key.passphrase, key.certificate);
    const attempts = [
        { type: 'publickey', username: user, key: certified.key },
        { type: 'publickey', username: user, key: key.text, ...(key.passphrase ? { passphrase: key.passphrase } : {}) },
    ];
    let next = 0;
    return (_methodsLeft, _partial, callback) => {
        if (next === 0) {
            sendCertificateAuthOn(ssh.connection?._protocol, certified);
            debug(`offering the ${(0,user_certificate/* describeCertificate */.d)(key.certificate)} (${key.certificate.algorithm})`);
        }
        else if (next === 1)
            debug('the certificate was refused: offering the plain key');
        callback(attempts[next++] ?? false);
    };
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
    const check = (0,host_certificate/* checkHostCertificate */.w1)(fetched.certificate, { host: target.host, authorities: pins.authorities, revoked: pins.revoked, now: Date.now() / 1000 });
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