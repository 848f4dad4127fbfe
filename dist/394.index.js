"use strict";
exports.id = 394;
exports.ids = [394];
exports.modules = {

/***/ 9394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ parseCosignPrivateKey),
/* harmony export */   parsePublicKeys: () => (/* binding */ parsePublicKeys),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/* unused harmony exports publicPem, encryptCosignPrivateKey */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80668);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(tweetnacl__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const ENCRYPTED = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
const PUBLIC = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;
/** The SPKI PEM of a key, one canonical text (trailing newline included). */
function publicPem(key) {
    return (key.type === 'private' ? (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({ type: 'spki', format: 'pem' }).toString();
}
/** A short id of a public key (sha256 of its DER), for messages. */
function keyId(key) {
    return `sha256:${(0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)}`;
}
const EXPECTED_KEY = "a cosign private key (the PEM 'ENCRYPTED SIGSTORE PRIVATE KEY' that cosign generate-key-pair writes)";
/** Decrypts a cosign-format private key; errors name `input` and never echo the key. */
function parseCosignPrivateKey(text, password, input = 'sign_key') {
    const m = ENCRYPTED.exec(text);
    if (!m) {
        const what = /BEGIN [A-Z ]*PRIVATE KEY/.test(text) ? 'is an unencrypted or non-cosign private key' : 'holds no cosign private key';
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, what, EXPECTED_KEY);
    }
    let doc;
    try {
        doc = JSON.parse(Buffer.from(m[2].replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, 'is a PEM block whose content is not cosign\'s key document', EXPECTED_KEY);
    }
    const params = doc.kdf?.params ?? {};
    if (doc.kdf?.name !== 'scrypt' || doc.cipher?.name !== 'nacl/secretbox' || !doc.kdf.salt || !doc.cipher.nonce || !doc.ciphertext ||
        !params.N || !params.r || !params.p) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `uses kdf '${doc.kdf?.name ?? ''}' and cipher '${doc.cipher?.name ?? ''}'`, `${EXPECTED_KEY} (scrypt and nacl/secretbox)`);
    }
    if (params.N > 1 << 20 || params.r > 32 || params.p > 16)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `asks for scrypt N=${params.N} r=${params.r} p=${params.p}`, 'cosign\'s parameters (N up to 2^20)');
    const secret = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.scryptSync)(Buffer.from(password, 'utf8'), Buffer.from(doc.kdf.salt, 'base64'), 32, {
        N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024,
    });
    const opened = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox.open(new Uint8Array(Buffer.from(doc.ciphertext, 'base64')), new Uint8Array(Buffer.from(doc.cipher.nonce, 'base64')), new Uint8Array(secret));
    if (!opened) {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${input}_password`, password ? `does not open ${input}` : `is empty and ${input} is encrypted`, `the password the key was generated with (COSIGN_PASSWORD of cosign generate-key-pair)`);
    }
    let privateKey;
    try {
        privateKey = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
    }
    catch {
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, 'decrypts to something that is not a PKCS#8 private key', EXPECTED_KEY);
    }
    if (privateKey.asymmetricKeyType !== 'ec')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `is a ${privateKey.asymmetricKeyType} key`, 'an ECDSA P-256 cosign key');
    const publicKey = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    return { privateKey, publicKey, publicPem: publicPem(publicKey) };
}
/** Encrypts a private key in cosign's format (the inverse of parseCosignPrivateKey; tests and key tools). */
function encryptCosignPrivateKey(privateKey, password, salt, nonce, N = 65536) {
    const secret = scryptSync(Buffer.from(password, 'utf8'), salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 16 * 1024 * 1024 });
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    const ciphertext = nacl.secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(secret));
    const doc = {
        kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    const body = Buffer.from(JSON.stringify(doc)).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
    return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
}
/** Every public key in `text` (one or several SPKI PEM blocks); errors name `input`. */
function parsePublicKeys(text, input = 'verify_key') {
    const blocks = text.match(PUBLIC) ?? [];
    if (blocks.length === 0) {
        const what = /PRIVATE KEY/.test(text) ? 'holds a private key, not a public key' : text.trim() ? 'holds no PEM public key' : 'is empty';
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, what, "one or more public keys as PEM 'PUBLIC KEY' blocks (cosign.pub)");
    }
    return blocks.map((b, i) => {
        try {
            const key = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(b);
            if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ed25519')
                throw new Error(String(key.asymmetricKeyType));
            return key;
        }
        catch {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `public key ${i + 1} of ${blocks.length} cannot be read`, 'an ECDSA, RSA or Ed25519 public key in PEM (cosign.pub)');
        }
    });
}


/***/ })

};
;