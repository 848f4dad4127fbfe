"use strict";
exports.id = 184;
exports.ids = [184,394];
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


/***/ }),

/***/ 27115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   BJ: () => (/* binding */ attestationTag),
/* harmony export */   B_: () => (/* binding */ signedEnvelope),
/* harmony export */   Dq: () => (/* binding */ referrerManifest),
/* harmony export */   Er: () => (/* binding */ signData),
/* harmony export */   HK: () => (/* binding */ verifyingKey),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   g: () => (/* binding */ statementCovers),
/* harmony export */   gC: () => (/* binding */ layoutManifest),
/* harmony export */   gQ: () => (/* binding */ manifestLayers),
/* harmony export */   hk: () => (/* binding */ openEnvelope),
/* harmony export */   k0: () => (/* binding */ readSimpleSigning),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   om: () => (/* binding */ attestationLayer),
/* harmony export */   qZ: () => (/* binding */ statement)
/* harmony export */ });
/* unused harmony exports IN_TOTO_STATEMENT, layoutConfig */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * cosign's storage layout and payload formats, so that the real `cosign verify` and
 * `cosign verify-attestation` read what gantry writes (and gantry reads what cosign writes):
 *  - signatures: an OCI manifest tagged `sha256-<hex>.sig` in the image's repository, one layer
 *    per signature holding the "simple signing" payload, the signature in the layer annotation
 *    `dev.cosignproject.cosign/signature`;
 *  - attestations: the same under `sha256-<hex>.att`, each layer a DSSE envelope of an in-toto
 *    statement, its predicate type in the annotation `predicateType`;
 *  - the OCI 1.1 referrer form of an attestation (a manifest whose `subject` is the image), for
 *    registries with the referrers API.
 * Pure: the registry side is in attach.ts.
 */
const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    dsse: 'application/vnd.dsse.envelope.v1+json',
    inToto: 'application/vnd.in-toto+json',
};
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const IN_TOTO_STATEMENT = 'https://in-toto.io/Statement/v0.1';
function digestOf(body) {
    return `sha256:${(0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
}
function checkDigest(digest) {
    const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
    if (!m)
        throw new Error(`'${digest}' is not a sha256 digest`);
    return m[1];
}
/** cosign's tag for the signatures of a digest: sha256:abc... -> sha256-abc....sig */
function signatureTag(digest) {
    return `sha256-${checkDigest(digest)}.sig`;
}
/** cosign's tag for the attestations of a digest. */
function attestationTag(digest) {
    return `sha256-${checkDigest(digest)}.att`;
}
/** The simple-signing payload cosign signs for an image (the same JSON, key order included). */
function simpleSigningPayload(repository, digest) {
    return Buffer.from(JSON.stringify({
        critical: { identity: { 'docker-reference': repository }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
        optional: null,
    }));
}
/** What a simple-signing payload claims, or undefined when it is not one. */
function readSimpleSigning(payload) {
    try {
        const doc = JSON.parse(payload.toString('utf8'));
        if (doc.critical?.type !== 'cosign container image signature')
            return undefined;
        return { reference: doc.critical.identity?.['docker-reference'] ?? '', digest: doc.critical.image?.['docker-manifest-digest'] ?? '' };
    }
    catch {
        return undefined;
    }
}
/** DSSE's pre-authentication encoding: what a DSSE signature signs. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
/** A signature over data, base64 (ECDSA with SHA-256 in ASN.1 DER, as cosign makes; Ed25519 pure). */
function signData(key, data) {
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(algorithm, data, key).toString('base64');
}
/** The index of the first key that verifies the signature, or -1. */
function verifyingKey(keys, data, signatureB64) {
    const sig = Buffer.from(signatureB64, 'base64');
    if (sig.length === 0)
        return -1;
    return keys.findIndex((k) => {
        try {
            return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(k.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, k, sig);
        }
        catch {
            return false;
        }
    });
}
/** An in-toto statement about one image. */
function statement(repository, digest, predicateType, predicate) {
    return { _type: IN_TOTO_STATEMENT, predicateType, subject: [{ name: repository, digest: { sha256: checkDigest(digest) } }], predicate };
}
/** A DSSE envelope of a statement, signed with key. */
function signedEnvelope(key, s) {
    const payload = Buffer.from(JSON.stringify(s));
    const envelope = { payloadType: MEDIA_TYPES.inToto, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: signData(key, pae(MEDIA_TYPES.inToto, payload)) }] };
    return Buffer.from(JSON.stringify(envelope));
}
/** Parses a DSSE envelope, checks its signatures against keys, decodes the statement. */
function openEnvelope(body, keys) {
    let env;
    try {
        env = JSON.parse(body.toString('utf8'));
    }
    catch {
        return { keyIndex: -1 };
    }
    if (typeof env.payload !== 'string' || typeof env.payloadType !== 'string')
        return { keyIndex: -1 };
    const payload = Buffer.from(env.payload, 'base64');
    let keyIndex = -1;
    for (const s of env.signatures ?? []) {
        keyIndex = verifyingKey(keys, pae(env.payloadType, payload), s.sig ?? '');
        if (keyIndex >= 0)
            break;
    }
    let parsed;
    try {
        parsed = env.payloadType === MEDIA_TYPES.inToto ? JSON.parse(payload.toString('utf8')) : undefined;
    }
    catch {
        parsed = undefined;
    }
    return { statement: parsed, keyIndex };
}
/** Whether a statement is about this digest. */
function statementCovers(s, digest) {
    const hex = digest.replace(/^sha256:/, '');
    return !!s?.subject?.some((x) => x.digest?.sha256 === hex);
}
/**
 * The config blob of a signature or attestation image, as cosign writes it (empty platform,
 * zero times, one diff id per layer): ggcr and cosign read the manifest, this keeps it a valid image.
 */
function layoutConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
}
/** The manifest of a .sig or .att image with these layers, and its config blob. */
function layoutManifest(layers) {
    const config = layoutConfig(layers);
    const m = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: { mediaType: MEDIA_TYPES.ociConfig, size: config.length, digest: digestOf(config) },
        layers: [...layers],
    };
    return { manifest: Buffer.from(JSON.stringify(m)), config };
}
function signatureLayer(payload, signatureB64) {
    return { mediaType: MEDIA_TYPES.simpleSigning, size: payload.length, digest: digestOf(payload), annotations: { [SIGNATURE_ANNOTATION]: signatureB64 } };
}
function attestationLayer(envelope, predicateType) {
    return { mediaType: MEDIA_TYPES.dsse, size: envelope.length, digest: digestOf(envelope), annotations: { [SIGNATURE_ANNOTATION]: '', predicateType } };
}
/** The empty config of an OCI 1.1 artifact manifest. */
const EMPTY_CONFIG = Buffer.from('{}');
/** An OCI 1.1 referrer manifest carrying one attestation about `subject`. */
function referrerManifest(subject, envelope, predicateType, extra = {}) {
    const layer = attestationLayer(envelope, predicateType);
    const m = {
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        artifactType: MEDIA_TYPES.dsse,
        config: { mediaType: MEDIA_TYPES.ociEmpty, size: EMPTY_CONFIG.length, digest: digestOf(EMPTY_CONFIG) },
        layers: [{ ...layer, annotations: { ...layer.annotations, ...extra } }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'dev.sigstore.bundle.predicateType': predicateType },
    };
    return Buffer.from(JSON.stringify(m));
}
/** Parses a manifest body into its layers; [] when it is not an OCI/Docker image manifest. */
function manifestLayers(body) {
    if (!body)
        return [];
    try {
        const m = JSON.parse(body.toString('utf8'));
        return Array.isArray(m.layers) ? m.layers : [];
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 43184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifySums: () => (/* binding */ verifySums),
/* harmony export */   wD: () => (/* binding */ signSums)
/* harmony export */ });
/* unused harmony exports SUMS_FILE, SUMS_SIGNATURE_FILE */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _cosign_key__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9394);
/* harmony import */ var _cosign_layout__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27115);





/**
 * The binary target's signature: binaries_dir/SHA256SUMS signed as a cosign blob signature, the
 * base64 signature in SHA256SUMS.sig beside it (what `cosign sign-blob --key --output-signature`
 * writes and `cosign verify-blob --key --signature` reads). SHA256SUMS names every binary's
 * SHA-256 and each host checks the uploaded file against it, so the one signature covers them all.
 */
const SUMS_FILE = 'SHA256SUMS';
const SUMS_SIGNATURE_FILE = 'SHA256SUMS.sig';
/** Signs dir/SHA256SUMS unless SHA256SUMS.sig already holds a valid signature of it by this key (a rerun converges). */
function signSums(dir, key) {
    const sumsFile = path__WEBPACK_IMPORTED_MODULE_1__.join(dir, SUMS_FILE);
    const sigFile = path__WEBPACK_IMPORTED_MODULE_1__.join(dir, SUMS_SIGNATURE_FILE);
    let sums;
    try {
        sums = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(sumsFile);
    }
    catch {
        return undefined;
    }
    let existing = '';
    try {
        existing = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(sigFile, 'utf8');
    }
    catch {
        existing = '';
    }
    if (existing && (0,_cosign_layout__WEBPACK_IMPORTED_MODULE_4__/* .verifyingKey */ .HK)([key.publicKey], sums, existing.trim()) === 0)
        return { file: sigFile, outcome: 'present' };
    fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(sigFile, (0,_cosign_layout__WEBPACK_IMPORTED_MODULE_4__/* .signData */ .Er)(key.privateKey, sums));
    return { file: sigFile, outcome: 'added' };
}
/**
 * Refuses (one line naming the file and the keys) a SHA256SUMS text that no key verifies with the
 * SHA256SUMS.sig beside it. `sums` is the text the deploy read and plans from, so what is checked
 * is what each host's SHA-256 check then holds the binaries to. Returns the verifying key's id.
 */
function verifySums(dir, sums, keys) {
    const sumsFile = path__WEBPACK_IMPORTED_MODULE_1__.join(dir, SUMS_FILE);
    const sigFile = path__WEBPACK_IMPORTED_MODULE_1__.join(dir, SUMS_SIGNATURE_FILE);
    const keyList = `verify_key (${keys.length} key(s): ${keys.map(_cosign_key__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs).join(', ')})`;
    let sig;
    try {
        sig = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(sigFile, 'utf8').trim();
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`refusing ${sumsFile}: it has no signature (no ${SUMS_SIGNATURE_FILE} beside it) to check with ${keyList}; nothing was changed on any host`);
    }
    const index = (0,_cosign_layout__WEBPACK_IMPORTED_MODULE_4__/* .verifyingKey */ .HK)(keys, Buffer.from(sums, 'utf8'), sig);
    if (index < 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`refusing ${sumsFile}: ${sigFile} does not verify it with ${keyList}; nothing was changed on any host`);
    return (0,_cosign_key__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(keys[index]);
}


/***/ })

};
;