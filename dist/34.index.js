"use strict";
exports.id = 34;
exports.ids = [34];
exports.modules = {

/***/ 64034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePrivateKey: () => (/* binding */ parsePrivateKey)
/* harmony export */ });
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85472);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ssh2__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _known_hosts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70014);



/**
 * Checks the private key before any host is contacted, so a wrong key is one clear message
 * instead of an authentication failure on every host.
 */
function parsePrivateKey(text, passphrase) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ssh_private_key', 'is empty', 'the text of a private key (or, on the CLI, its path)');
    if (/^(ssh-|ecdsa-|sk-)\S+ [A-Za-z0-9+/=]+/.test(trimmed)) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ssh_private_key', 'is a public key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
    }
    const keyText = `${trimmed.replace(/\r\n/g, '\n')}\n`;
    const parsed = ssh2__WEBPACK_IMPORTED_MODULE_0__.utils.parseKey(keyText, passphrase || undefined);
    if (parsed instanceof Error) {
        const msg = parsed.message;
        if (/no passphrase given/i.test(msg)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ssh_passphrase', 'is empty but the private key is encrypted', 'the passphrase of ssh_private_key');
        }
        if (/bad passphrase|decrypt/i.test(msg))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ssh_passphrase', 'does not decrypt the private key', 'the passphrase of ssh_private_key');
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ssh_private_key', `is not a private key ssh can use (${msg})`, 'an OpenSSH, PEM (RSA/ECDSA) or PPK private key');
    }
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || !key.isPrivateKey()) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('ssh_private_key', 'holds no private key', 'the private key (-----BEGIN OPENSSH PRIVATE KEY-----...), not its .pub');
    }
    return {
        text: keyText,
        passphrase: passphrase || undefined,
        type: key.type,
        fingerprint: (0,_known_hosts__WEBPACK_IMPORTED_MODULE_2__/* .sha256Fingerprint */ ._7)(key.getPublicSSH()),
    };
}


/***/ })

};
;