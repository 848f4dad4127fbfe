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


/***/ })

};
;