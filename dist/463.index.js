"use strict";
exports.id = 463;
exports.ids = [463,184,394];
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

/***/ 39319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j2: () => (/* binding */ BUNDLE_ANNOTATION),
  oZ: () => (/* binding */ CERTIFICATE_ANNOTATION),
  keylessSigner: () => (/* binding */ keylessSigner)
});

// UNUSED EXPORTS: certificateIdentity, cosignRekorBundle, intotoEntry, ownsKeyless

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "module"
var external_module_ = __webpack_require__(73339);
;// CONCATENATED MODULE: ./src/supply-chain/load-sigstore.ts
/**
 * Loads sigstore-js (@sigstore/sign) when keyless signing asks for it. In the bundle it is a
 * chunk of its own (dist/sigstore.index.js) that only sign_keyless reads, so no other run
 * parses it; outside the bundle (tests, ts-node) it is a plain require.
 */

function loadSigstore() {
    if (true) {
        return new Promise((resolve, reject) => {
            Promise.all(/* require.ensure | sigstore */[__webpack_require__.e(830), __webpack_require__.e(81)]).then(((require) => resolve(__webpack_require__(15179))).bind(null, __webpack_require__))['catch'](reject);
        });
    }
    // Not a require the bundler follows: this branch never runs in the bundle.
    return Promise.resolve((0,external_module_.createRequire)(__filename)('@sigstore/sign'));
}

// EXTERNAL MODULE: ./src/supply-chain/cosign-layout.ts
var cosign_layout = __webpack_require__(27115);
;// CONCATENATED MODULE: ./src/supply-chain/keyless.ts




/**
 * Keyless signing (Sigstore): an ephemeral key, certified by Fulcio for the CI's OIDC identity,
 * each signature logged in Rekor. What lands in the registry is cosign's keyless layout: the
 * signature, the leaf certificate (`dev.sigstore.cosign/certificate`) and the log entry's signed
 * timestamp (`dev.sigstore.cosign/bundle`), which `cosign verify --certificate-identity ...` checks.
 * sigstore-js (@sigstore/sign) is loaded here only, when sign_keyless is used.
 */
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** cosign's bundle annotation (its "rekor bundle"): the log entry and its signed entry timestamp. */
function cosignRekorBundle(entry) {
    if (!entry.inclusionPromise?.signedEntryTimestamp?.length)
        throw new Error('the log entry has no signed entry timestamp');
    return JSON.stringify({
        SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
        Payload: {
            body: Buffer.from(entry.canonicalizedBody).toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId).toString('hex'),
        },
    });
}
/** The identity a certificate names (its subject alternative name), '' when it cannot be read. */
function certificateIdentity(pem) {
    try {
        return new external_crypto_.X509Certificate(pem).subjectAltName ?? '';
    }
    catch {
        return '';
    }
}
/** Whether a layer is a keyless signature, by this identity, that its own certificate's key verifies. */
function ownsKeyless(layer, body, identity) {
    const pem = layer.annotations?.[CERTIFICATE_ANNOTATION];
    if (!pem || !layer.annotations?.[BUNDLE_ANNOTATION] || certificateIdentity(pem) !== identity || !identity)
        return false;
    let key;
    try {
        key = new external_crypto_.X509Certificate(pem).publicKey;
    }
    catch {
        return false;
    }
    const check = (data, sig) => {
        try {
            return sig !== '' && (0,external_crypto_.verify)('sha256', data, key, Buffer.from(sig, 'base64'));
        }
        catch {
            return false;
        }
    };
    if (layer.mediaType === cosign_layout/* MEDIA_TYPES */.Z2.simpleSigning)
        return check(body, layer.annotations[cosign_layout/* SIGNATURE_ANNOTATION */.ZB] ?? '');
    try {
        const env = JSON.parse(body.toString('utf8'));
        const data = (0,cosign_layout/* pae */.Zg)(env.payloadType, Buffer.from(env.payload, 'base64'));
        return (env.signatures ?? []).some((s) => check(data, s.sig ?? '')) && !!(0,cosign_layout/* openEnvelope */.hk)(body, []).statement;
    }
    catch {
        return false;
    }
}
/**
 * The Rekor entry of an attestation as cosign makes it (intoto 0.0.1: the envelope exactly as
 * stored in the registry and its hash, which cosign matches against the layer): sigstore-js
 * proposes the 0.0.2 form, whose hash is of a re-encoded envelope that cosign does not match.
 */
function intotoEntry(envelope, certificatePem) {
    return {
        apiVersion: '0.0.1',
        kind: 'intoto',
        spec: {
            content: { envelope: envelope.toString('utf8'), hash: { algorithm: 'sha256', value: (0,external_crypto_.createHash)('sha256').update(envelope).digest('hex') } },
            publicKey: Buffer.from(certificatePem).toString('base64'),
        },
    };
}
/** Adds an entry to a Rekor log (API v1) and returns it as a log entry. */
async function postEntry(rekorUrl, entry, timeoutMs) {
    const res = await fetch(`${rekorUrl.replace(/\/+$/, '')}/api/v1/log/entries`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(entry), signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok)
        throw new Error(`(${res.status}) ${text.slice(0, 200)}`);
    const answer = Object.values(JSON.parse(text))[0];
    if (!answer)
        throw new Error('no log entry in the answer');
    return {
        logIndex: String(answer.logIndex),
        logId: { keyId: Buffer.from(answer.logID, 'hex') },
        integratedTime: String(answer.integratedTime),
        inclusionPromise: answer.verification?.signedEntryTimestamp ? { signedEntryTimestamp: Buffer.from(answer.verification.signedEntryTimestamp, 'base64') } : undefined,
        canonicalizedBody: Buffer.from(answer.body, 'base64'),
    };
}
function oneLine(service, url, err, token) {
    const clean = (e) => (0,errors/* errorMessage */.gJ)(e).replace(/\s+/g, ' ').split(token).join('***');
    const text = clean(err);
    const cause = err.cause ? clean(err.cause) : '';
    return new errors/* UserError */.yo(`sign_keyless: ${service} at ${url} refused or could not be reached: ${text}${cause && !text.includes(cause) ? `: ${cause}` : ''}`);
}
/**
 * A signer for this run: one ephemeral P-256 key and one Fulcio certificate (asked for here),
 * each signature then logged in Rekor. Errors are one line naming the service and its URL, never the token.
 */
async function keylessSigner(o) {
    const sigstore = await loadSigstore();
    o = { ...o, fulcioUrl: o.fulcioUrl || sigstore.DEFAULT_FULCIO_URL, rekorUrl: o.rekorUrl || sigstore.DEFAULT_REKOR_URL };
    const { privateKey, publicKey } = (0,external_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keyHolder = { sign: async (data) => ({ signature: (0,external_crypto_.sign)('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: publicPem } }) };
    const fetchOptions = { timeout: o.timeoutMs ?? 30_000, retry: { retries: 2 } };
    const fulcio = new sigstore.FulcioSigner({ identityProvider: { getToken: async () => o.token }, keyHolder, fulcioBaseURL: o.fulcioUrl, ...fetchOptions });
    let certificate;
    try {
        const s = await fulcio.sign(Buffer.alloc(0));
        if (s.key.$case !== 'x509Certificate')
            throw new Error('Fulcio gave no certificate');
        certificate = s.key.certificate;
    }
    catch (err) {
        throw oneLine('Fulcio', o.fulcioUrl, err, o.token);
    }
    const identity = certificateIdentity(certificate);
    if (!identity)
        throw new errors/* UserError */.yo(`sign_keyless: the certificate from Fulcio at ${o.fulcioUrl} names no identity (no subject alternative name)`);
    const rekor = new sigstore.RekorWitness({ rekorBaseURL: o.rekorUrl, fetchOnConflict: true, ...fetchOptions });
    const logged = async (content) => {
        try {
            const { tlogEntries } = await rekor.testify(content, certificate);
            if (!tlogEntries?.[0])
                throw new Error('no log entry');
            return cosignRekorBundle(tlogEntries[0]);
        }
        catch (err) {
            throw oneLine('Rekor', o.rekorUrl, err, o.token);
        }
    };
    const certAnnotations = { [CERTIFICATE_ANNOTATION]: certificate };
    return {
        identity,
        certificate,
        owns: (layer, body) => ownsKeyless(layer, body, identity),
        signPayload: async (payload) => {
            const signature = (0,external_crypto_.sign)('sha256', payload, privateKey);
            const bundle = await logged({
                $case: 'messageSignature',
                messageSignature: { messageDigest: { algorithm: 1, digest: (0,external_crypto_.createHash)('sha256').update(payload).digest() }, signature },
            });
            return { [cosign_layout/* SIGNATURE_ANNOTATION */.ZB]: signature.toString('base64'), ...certAnnotations, [BUNDLE_ANNOTATION]: bundle };
        },
        signStatement: async (s) => {
            const payload = Buffer.from(JSON.stringify(s));
            const sig = (0,external_crypto_.sign)('sha256', (0,cosign_layout/* pae */.Zg)(cosign_layout/* MEDIA_TYPES */.Z2.inToto, payload), privateKey);
            const envelope = Buffer.from(JSON.stringify({ payloadType: cosign_layout/* MEDIA_TYPES */.Z2.inToto, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: sig.toString('base64') }] }));
            let bundle;
            try {
                bundle = cosignRekorBundle(await postEntry(o.rekorUrl, intotoEntry(envelope, certificate), fetchOptions.timeout));
            }
            catch (err) {
                throw oneLine('Rekor', o.rekorUrl, err, o.token);
            }
            return { envelope, annotations: { ...certAnnotations, [BUNDLE_ANNOTATION]: bundle } };
        },
    };
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


/***/ }),

/***/ 91463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachSupplyChain: () => (/* binding */ attachSupplyChain),
  imageSbom: () => (/* binding */ imageSbom),
  loadSbomLibrary: () => (/* reexport */ loadSbomLibrary),
  prepareSupplyChain: () => (/* binding */ prepareSupplyChain),
  resolveDigest: () => (/* binding */ resolveDigest),
  sbomPath: () => (/* binding */ sbomPath),
  signBinaries: () => (/* binding */ signBinaries),
  verifyCommand: () => (/* binding */ verifyCommand),
  verifyForDeploy: () => (/* binding */ verifyForDeploy)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: ./src/supply-chain/verify-policy.ts
var verify_policy = __webpack_require__(15785);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
// EXTERNAL MODULE: ./src/registry/registry-client.ts
var registry_client = __webpack_require__(24690);
// EXTERNAL MODULE: ./src/image/publish/binary-paths.ts
var binary_paths = __webpack_require__(44529);
// EXTERNAL MODULE: ./src/supply-chain/cosign-key.ts
var cosign_key = __webpack_require__(9394);
// EXTERNAL MODULE: ./src/supply-chain/cosign-layout.ts
var cosign_layout = __webpack_require__(27115);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
;// CONCATENATED MODULE: ./src/supply-chain/sigstore-bundle.ts


/**
 * The Sigstore bundle (v0.3) as cosign 3 stores an image signature: an in-toto statement whose
 * subject is the image digest and whose predicate type is cosign's sign predicate, in a DSSE
 * envelope, inside a bundle that carries the verification material (a key hint, or a Fulcio
 * certificate and the Rekor entries). The bundle is the one layer of an OCI 1.1 artifact
 * manifest whose `subject` is the image; registries without the referrers API list it in the
 * referrers tag `sha256-<hex>` (an image index). Pure: the registry side is in attach.ts and verify.ts.
 */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** What `cosign sign` (cosign 3, or --new-bundle-format) states about an image it signs. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const BUNDLE_TYPES = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.[1-3])?\+json(;version=0\.[1-3])?$/;
/** cosign's key hint: base64 of the SHA-256 of the key's DER. */
function keyHint(key) {
    return (0,external_crypto_.createHash)('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('base64');
}
/** A bundle signing `digest` with a key (no transparency log), as `cosign sign --key --tlog-upload=false` in cosign 3 writes it. */
function keySignedBundle(key, repository, digest) {
    const s = (0,cosign_layout/* statement */.qZ)(repository, digest, COSIGN_SIGN_PREDICATE, {});
    const payload = Buffer.from(JSON.stringify(s));
    const bundle = {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: { publicKey: { hint: keyHint(key.publicKey) }, tlogEntries: [] },
        dsseEnvelope: { payload: payload.toString('base64'), payloadType: cosign_layout/* MEDIA_TYPES */.Z2.inToto, signatures: [{ sig: (0,cosign_layout/* signData */.Er)(key.privateKey, (0,cosign_layout/* pae */.Zg)(cosign_layout/* MEDIA_TYPES */.Z2.inToto, payload)), keyid: '' }] },
    };
    return Buffer.from(JSON.stringify(bundle));
}
/** The artifact manifest that attaches a bundle to `subject` (cosign's layout for it). */
function bundleReferrerManifest(subject, bundle, predicateType) {
    const m = {
        schemaVersion: 2,
        mediaType: cosign_layout/* MEDIA_TYPES */.Z2.ociManifest,
        artifactType: BUNDLE_MEDIA_TYPE,
        config: { mediaType: cosign_layout/* MEDIA_TYPES */.Z2.ociEmpty, size: cosign_layout/* EMPTY_CONFIG */.$v.length, digest: (0,cosign_layout/* digestOf */.ol)(cosign_layout/* EMPTY_CONFIG */.$v) },
        layers: [{ mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: (0,cosign_layout/* digestOf */.ol)(bundle) }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': predicateType },
    };
    return Buffer.from(JSON.stringify(m));
}
/** The referrers tag of a digest (the OCI referrers tag schema): sha256:abc... -> sha256-abc... */
function referrersTag(digest) {
    const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
    if (!m)
        throw new Error(`'${digest}' is not a sha256 digest`);
    return `sha256-${m[1]}`;
}
/** The entries of an image index body ([] when it is none). */
function indexEntries(body) {
    if (!body)
        return [];
    try {
        const doc = JSON.parse(body.toString('utf8'));
        return Array.isArray(doc.manifests) ? doc.manifests.filter((e) => e && typeof e.digest === 'string') : [];
    }
    catch {
        return [];
    }
}
/** The referrers tag's index with `entry` added to those already listed (kept as they are). */
function referrersIndex(existing, entry) {
    const manifests = [...existing.filter((e) => e.digest !== entry.digest), entry];
    return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
}
function isBundleType(mediaType) {
    return !!mediaType && BUNDLE_TYPES.test(mediaType);
}
/**
 * Whether a referrer listed with this artifact type may hold a bundle or an attestation: its
 * layers decide. The referrers tag that cosign's registry library writes lists cosign's own
 * bundle manifests under their config's type (the empty one), not their artifactType.
 */
function mayHoldSigstore(artifactType) {
    return !artifactType || artifactType === cosign_layout/* MEDIA_TYPES */.Z2.ociEmpty || artifactType === cosign_layout/* MEDIA_TYPES */.Z2.dsse || isBundleType(artifactType);
}
/**
 * Reads a bundle: what was signed (`signed`: the DSSE pre-authentication encoding, or for a
 * message signature the artifact the caller passes), the signature, the statement of a DSSE
 * envelope, and the certificates (leaf first) when it is keyless.
 */
function parseBundle(body, artifact) {
    let b;
    try {
        b = JSON.parse(body.toString('utf8'));
    }
    catch {
        return { ok: false, problem: 'the bundle is not JSON' };
    }
    if (!b || typeof b !== 'object' || !isBundleType(b.mediaType))
        return { ok: false, problem: `'${String(b?.mediaType)}' is not a Sigstore bundle media type` };
    const vm = b.verificationMaterial ?? {};
    const certificates = (vm.certificate ? [vm.certificate] : vm.x509CertificateChain?.certificates ?? []).map((c) => Buffer.from(c.rawBytes ?? '', 'base64')).filter((c) => c.length > 0);
    if (b.dsseEnvelope) {
        const env = b.dsseEnvelope;
        if (typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures) || !env.signatures[0]?.sig) {
            return { ok: false, problem: 'its DSSE envelope lacks a payload or a signature' };
        }
        const payload = Buffer.from(env.payload, 'base64');
        let s;
        try {
            s = env.payloadType === cosign_layout/* MEDIA_TYPES */.Z2.inToto ? JSON.parse(payload.toString('utf8')) : undefined;
        }
        catch {
            s = undefined;
        }
        return { ok: true, bundle: b, statement: s, payload, signature: Buffer.from(env.signatures[0].sig, 'base64'), signed: (0,cosign_layout/* pae */.Zg)(env.payloadType, payload), certificates };
    }
    if (b.messageSignature?.signature) {
        if (!artifact)
            return { ok: false, problem: 'its message signature needs the signed artifact' };
        return { ok: true, bundle: b, signature: Buffer.from(b.messageSignature.signature, 'base64'), signed: artifact, certificates };
    }
    return { ok: false, problem: 'the bundle holds neither a DSSE envelope nor a message signature' };
}
/** Whether a parsed bundle is about `digest`: its statement's subject, or a message signature over the manifest whose digest it is. */
function bundleCovers(p, digest) {
    if (p.bundle.dsseEnvelope)
        return !!p.statement?.subject?.some((x) => x.digest?.sha256 === digest.replace(/^sha256:/, ''));
    const md = p.bundle.messageSignature?.messageDigest?.digest;
    return (0,cosign_layout/* digestOf */.ol)(p.signed) === digest && (!md || Buffer.from(md, 'base64').toString('hex') === digest.replace(/^sha256:/, ''));
}
/** The index of the key (of those given) that verifies a parsed bundle's signature, -1 when none. */
function bundleKey(p, keys) {
    return (0,cosign_layout/* verifyingKey */.HK)(keys, p.signed, p.signature.toString('base64'));
}

;// CONCATENATED MODULE: ./src/supply-chain/attach.ts


/** A cosign key pair as a CosignSigner. */
function keySigner(key) {
    return {
        owns: (layer, body) => layer.mediaType === cosign_layout/* MEDIA_TYPES */.Z2.simpleSigning
            ? (0,cosign_layout/* verifyingKey */.HK)([key.publicKey], body, layer.annotations?.[cosign_layout/* SIGNATURE_ANNOTATION */.ZB] ?? '') === 0
            : (0,cosign_layout/* openEnvelope */.hk)(body, [key.publicKey]).keyIndex === 0,
        signPayload: async (payload) => ({ [cosign_layout/* SIGNATURE_ANNOTATION */.ZB]: (0,cosign_layout/* signData */.Er)(key.privateKey, payload) }),
        signStatement: async (s) => ({ envelope: (0,cosign_layout/* signedEnvelope */.B_)(key.privateKey, s), annotations: {} }),
    };
}
const asSigner = (k) => ('owns' in k ? k : keySigner(k));
async function putLayout(store, repo, tag, layers) {
    const { manifest, config } = (0,cosign_layout/* layoutManifest */.gC)(layers);
    await store.putBlob(repo, config);
    await store.putManifest(repo, tag, cosign_layout/* MEDIA_TYPES */.Z2.ociManifest, manifest);
}
/** Signs the image's digest (cosign's simple signing) under sha256-<hex>.sig, keeping the signatures already there. */
async function attachSignature(store, target, key) {
    const signer = asSigner(key);
    const tag = (0,cosign_layout/* signatureTag */.bG)(target.digest);
    const payload = (0,cosign_layout/* simpleSigningPayload */.Kq)(target.repository, target.digest);
    const layers = (0,cosign_layout/* manifestLayers */.gQ)((await store.getManifest(target.repo, tag))?.body);
    const payloadDigest = (0,cosign_layout/* digestOf */.ol)(payload);
    for (const l of layers) {
        if (l.mediaType === cosign_layout/* MEDIA_TYPES */.Z2.simpleSigning && l.digest === payloadDigest && signer.owns(l, payload))
            return 'present';
    }
    const annotations = await signer.signPayload(payload);
    await store.putBlob(target.repo, payload);
    await putLayout(store, target.repo, tag, [...layers, { ...(0,cosign_layout/* signatureLayer */.MU)(payload, ''), annotations }]);
    return 'added';
}
async function hasValidAttestation(store, repo, layers, predicateType, digest, signer) {
    for (const l of layers) {
        if (l.mediaType !== cosign_layout/* MEDIA_TYPES */.Z2.dsse || l.annotations?.predicateType !== predicateType)
            continue;
        const body = await store.getBlob(repo, l.digest);
        if (!signer.owns(l, body))
            continue;
        const opened = (0,cosign_layout/* openEnvelope */.hk)(body, []);
        if (opened.statement?.predicateType === predicateType && (0,cosign_layout/* statementCovers */.g)(opened.statement, digest))
            return true;
    }
    return false;
}
/**
 * Attaches a signed in-toto statement under sha256-<hex>.att (cosign verify-attestation reads
 * it there) and, where the registry has the referrers API, as an OCI 1.1 referrer of the image.
 */
async function attachAttestation(store, target, key, s) {
    const signer = asSigner(key);
    const tag = (0,cosign_layout/* attestationTag */.BJ)(target.digest);
    const layers = (0,cosign_layout/* manifestLayers */.gQ)((await store.getManifest(target.repo, tag))?.body);
    let signed;
    let tagOutcome = 'present';
    if (!(await hasValidAttestation(store, target.repo, layers, s.predicateType, target.digest, signer))) {
        signed = await signer.signStatement(s);
        await store.putBlob(target.repo, signed.envelope);
        const layer = (0,cosign_layout/* attestationLayer */.om)(signed.envelope, s.predicateType);
        await putLayout(store, target.repo, tag, [...layers, { ...layer, annotations: { ...layer.annotations, ...signed.annotations } }]);
        tagOutcome = 'added';
    }
    const referrers = await store.getReferrers(target.repo, target.digest);
    if (!referrers)
        return { tag: tagOutcome, referrer: 'absent' };
    for (const r of referrers) {
        if (r.artifactType !== cosign_layout/* MEDIA_TYPES */.Z2.dsse || r.annotations?.['dev.sigstore.bundle.predicateType'] !== s.predicateType)
            continue;
        const m = await store.getManifest(target.repo, r.digest);
        if (m && (await hasValidAttestation(store, target.repo, (0,cosign_layout/* manifestLayers */.gQ)(m.body), s.predicateType, target.digest, signer))) {
            return { tag: tagOutcome, referrer: 'present' };
        }
    }
    const subject = await store.getManifest(target.repo, target.digest);
    if (!subject)
        throw new Error(`${target.repository}@${target.digest} is not in the registry`);
    signed ??= await signer.signStatement(s);
    await store.putBlob(target.repo, signed.envelope);
    await store.putBlob(target.repo, Buffer.from('{}'));
    const body = (0,cosign_layout/* referrerManifest */.Dq)({ mediaType: subject.mediaType, digest: subject.digest, size: subject.size }, signed.envelope, s.predicateType, signed.annotations);
    await store.putManifest(target.repo, (0,cosign_layout/* digestOf */.ol)(body), cosign_layout/* MEDIA_TYPES */.Z2.ociManifest, body);
    return { tag: tagOutcome, referrer: 'added' };
}
/**
 * Signs the image's digest in cosign 3's format: a Sigstore bundle attached as an OCI 1.1
 * referrer, listed in the referrers tag `sha256-<hex>` too when the registry has no referrers
 * API (the tag schema cosign falls back to). Adds nothing when a bundle this key verifies is there.
 */
async function attachBundleSignature(store, target, key) {
    const api = await store.getReferrers(target.repo, target.digest);
    const tag = referrersTag(target.digest);
    const tagged = api ? [] : indexEntries((await store.getManifest(target.repo, tag))?.body);
    for (const r of api ?? tagged) {
        if (!mayHoldSigstore(r.artifactType))
            continue;
        for (const l of (0,cosign_layout/* manifestLayers */.gQ)((await store.getManifest(target.repo, r.digest))?.body)) {
            if (!isBundleType(l.mediaType))
                continue;
            const p = parseBundle(await store.getBlob(target.repo, l.digest));
            if (p.ok && p.statement?.predicateType === COSIGN_SIGN_PREDICATE && bundleCovers(p, target.digest) && bundleKey(p, [key.publicKey]) === 0)
                return 'present';
        }
    }
    const subject = await store.getManifest(target.repo, target.digest);
    if (!subject)
        throw new Error(`${target.repository}@${target.digest} is not in the registry`);
    const bundle = keySignedBundle(key, target.repository, target.digest);
    await store.putBlob(target.repo, cosign_layout/* EMPTY_CONFIG */.$v);
    await store.putBlob(target.repo, bundle);
    const body = bundleReferrerManifest({ mediaType: subject.mediaType, digest: subject.digest, size: subject.size }, bundle, COSIGN_SIGN_PREDICATE);
    const digest = await store.putManifest(target.repo, (0,cosign_layout/* digestOf */.ol)(body), cosign_layout/* MEDIA_TYPES */.Z2.ociManifest, body);
    if (!api) {
        await store.putManifest(target.repo, tag, 'application/vnd.oci.image.index.v1+json', referrersIndex(tagged, {
            mediaType: cosign_layout/* MEDIA_TYPES */.Z2.ociManifest, digest, size: body.length, artifactType: BUNDLE_MEDIA_TYPE,
            annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE },
        }));
    }
    return 'added';
}

;// CONCATENATED MODULE: ./src/supply-chain/oidc-token.ts

/**
 * The CI's OIDC identity token that keyless signing trades for a Fulcio certificate:
 *  - SIGSTORE_ID_TOKEN when set (GitLab: an `id_tokens` entry of that name with `aud: sigstore`;
 *    any other CI that can put a token in the environment);
 *  - on GitHub Actions, requested from ACTIONS_ID_TOKEN_REQUEST_URL with the audience `sigstore`
 *    (present only when the job has `permissions: id-token: write`).
 * checkTokenSource runs before the build (no network); fetchIdToken when signing.
 */
const TOKEN_VARIABLE = 'SIGSTORE_ID_TOKEN';
const AUDIENCE = 'sigstore';
/** Where the token will come from; one line naming sign_keyless and what the CI job lacks when there is none. */
function checkTokenSource(env) {
    if (env[TOKEN_VARIABLE]?.trim())
        return { kind: 'variable' };
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return { kind: 'github', url: env.ACTIONS_ID_TOKEN_REQUEST_URL, bearer: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
    }
    if (env.GITHUB_ACTIONS === 'true') {
        throw (0,errors/* inputError */.Xu)('sign_keyless', 'finds no OIDC token: GitHub Actions gives this job none (ACTIONS_ID_TOKEN_REQUEST_URL is unset)', "the job (or workflow) to have 'permissions: id-token: write'");
    }
    if (env.GITLAB_CI === 'true') {
        throw (0,errors/* inputError */.Xu)('sign_keyless', `finds no OIDC token: the GitLab job has no ${TOKEN_VARIABLE} variable`, `the job to declare 'id_tokens: ${TOKEN_VARIABLE}: aud: sigstore'`);
    }
    throw (0,errors/* inputError */.Xu)('sign_keyless', `finds no OIDC token: not GitHub Actions with id-token: write, and ${TOKEN_VARIABLE} is unset`, `a CI job that provides one (GitHub 'permissions: id-token: write', GitLab 'id_tokens: ${TOKEN_VARIABLE}'), or sign_key`);
}
/** The identity token (never logged: the caller masks it). */
async function fetchIdToken(env, fetchFn = fetch) {
    const source = checkTokenSource(env);
    if (source.kind === 'variable')
        return (env[TOKEN_VARIABLE] ?? '').trim();
    const url = new URL(source.url);
    url.searchParams.set('audience', AUDIENCE);
    let res;
    try {
        res = await fetchFn(url.href, { headers: { Accept: 'application/json', Authorization: `Bearer ${source.bearer}` }, signal: AbortSignal.timeout(30_000) });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`sign_keyless: cannot reach GitHub's OIDC token service at ${url.origin}: ${err.message}`);
    }
    if (!res.ok) {
        throw new errors/* UserError */.yo(`sign_keyless: GitHub's OIDC token service answered ${res.status}${res.status === 403 ? " (does the job have 'permissions: id-token: write'?)" : ''}`);
    }
    const body = (await res.json().catch(() => ({})));
    if (typeof body.value !== 'string' || !body.value)
        throw new errors/* UserError */.yo("sign_keyless: GitHub's OIDC token service answered without a token");
    return body.value;
}

;// CONCATENATED MODULE: ./src/supply-chain/go-buildinfo.ts
/**
 * The build information the Go linker embeds in every binary since Go 1.18 (what
 * `go version -m` prints): Go version, main module, dependency modules with versions and sums,
 * and build settings (CGO_ENABLED, GOOS, GOARCH, -trimpath, -ldflags, vcs.*). Read straight from
 * the binary's bytes, so it works for stripped binaries and any platform. Pure.
 */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
function readUvarint(buf, at) {
    let value = 0;
    let shift = 0;
    for (let i = at; i < buf.length && i < at + 10; i++) {
        const b = buf[i];
        value += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0)
            return [value, i + 1];
        shift += 7;
    }
    throw new Error('the Go build info holds a truncated length');
}
/**
 * The version and module text of a binary's build info, or undefined when the file holds none
 * (not a Go binary). Only the inline form of Go 1.18 and later is read.
 */
function findBuildInfo(binary) {
    for (let at = binary.indexOf(MAGIC); at >= 0; at = binary.indexOf(MAGIC, at + 1)) {
        if (at % 16 !== 0 || at + 32 > binary.length)
            continue;
        const ptrSize = binary[at + 14];
        const flags = binary[at + 15];
        if (ptrSize !== 4 && ptrSize !== 8)
            continue;
        if ((flags & 0x2) === 0) {
            throw new Error('the binary was built by a Go older than 1.18, whose build info gantry does not read');
        }
        const [vlen, vat] = readUvarint(binary, at + 32);
        const goVersion = binary.subarray(vat, vat + vlen).toString('utf8');
        const [mlen, mat] = readUvarint(binary, vat + vlen);
        let bytes = binary.subarray(mat, mat + mlen);
        // The module text sits between two 16-byte sentinels (runtime/debug's modinfo markers).
        if (mlen >= 33 && bytes[mlen - 17] === 0x0a)
            bytes = bytes.subarray(16, mlen - 16);
        return { goVersion, modinfo: bytes.toString('utf8') };
    }
    return undefined;
}
function unquote(value) {
    if (!value.startsWith('"'))
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}
/** Parses the module text (path/mod/dep/=>/build lines, tab separated). */
function parseModinfo(goVersion, modinfo) {
    const info = { goVersion, path: '', deps: [], settings: [] };
    let last;
    for (const line of modinfo.split('\n')) {
        const f = line.split('\t');
        switch (f[0]) {
            case 'path':
                info.path = f[1] ?? '';
                break;
            case 'mod':
                info.main = { path: f[1] ?? '', version: f[2] ?? '', sum: f[3] ?? '' };
                last = info.main;
                break;
            case 'dep':
                last = { path: f[1] ?? '', version: f[2] ?? '', sum: f[3] ?? '' };
                info.deps.push(last);
                break;
            case '=>':
                if (last)
                    last.replace = { path: f[1] ?? '', version: f[2] ?? '', sum: f[3] ?? '' };
                break;
            case 'build': {
                const kv = f.slice(1).join('\t');
                const eq = kv.startsWith('"') ? -1 : kv.indexOf('=');
                if (eq > 0)
                    info.settings.push([kv.slice(0, eq), unquote(kv.slice(eq + 1))]);
                else if (kv)
                    info.settings.push([unquote(kv), '']);
                break;
            }
        }
    }
    return info;
}
/** The build info of a Go binary, or undefined when it holds none. */
function readGoBuildInfo(binary) {
    const found = findBuildInfo(binary);
    return found && parseModinfo(found.goVersion, found.modinfo);
}
/** A module's package URL (pkg:golang/...). Uppercase letters are kept as the Go module path has them. */
function goPurl(m) {
    const version = m.version && m.version !== '(devel)' ? `@${encodeURIComponent(m.version)}` : '';
    return `pkg:golang/${m.path.split('/').map(encodeURIComponent).join('/')}${version}`;
}

;// CONCATENATED MODULE: ./src/supply-chain/os-packages.ts
/**
 * The runtime base's OS packages, from the package database the image carries: dpkg's status
 * file (Debian, debian-slim) or apk's installed database (Alpine). Pure parsers.
 */
/** Where each kind of base keeps its database, in the image's file system. */
const PACKAGE_DATABASES = [
    { kind: 'dpkg', path: '/var/lib/dpkg/status' },
    { kind: 'apk', path: '/lib/apk/db/installed' },
];
/** ID and VERSION_ID of /etc/os-release (e.g. debian, 12). */
function parseOsRelease(text) {
    const get = (k) => (new RegExp(`^${k}=("?)([^"\\n]*)\\1$`, 'm').exec(text)?.[2] ?? '');
    return { id: get('ID'), versionId: get('VERSION_ID') };
}
function paragraphs(text) {
    const out = [];
    for (const block of text.split(/\n\s*\n/)) {
        const fields = new Map();
        let key = '';
        for (const line of block.split('\n')) {
            if (/^\s/.test(line) && key)
                continue; // continuation lines (descriptions, conffiles)
            const m = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
            if (m) {
                key = m[1];
                fields.set(key, m[2].trim());
            }
        }
        if (fields.size)
            out.push(fields);
    }
    return out;
}
function qualifiers(q) {
    const parts = Object.entries(q).filter(([, v]) => v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    return parts.length ? `?${parts.join('&')}` : '';
}
/** Installed packages of a dpkg status file. */
function parseDpkgStatus(text, os = { id: 'debian', versionId: '' }) {
    const vendor = os.id || 'debian';
    const distro = os.versionId ? `${vendor}-${os.versionId}` : '';
    return paragraphs(text)
        .filter((p) => p.get('Package') && /\binstalled$/.test(p.get('Status') ?? '') && !/not-installed|config-files/.test(p.get('Status') ?? ''))
        .map((p) => {
        const name = p.get('Package');
        const version = p.get('Version') ?? '';
        const arch = p.get('Architecture') ?? '';
        const source = (p.get('Source') ?? '').split(' ')[0] || undefined;
        return {
            name, version, arch, source: source !== name ? source : undefined,
            purl: `pkg:deb/${vendor}/${encodeURIComponent(name)}@${encodeURIComponent(version)}${qualifiers({ arch, distro })}`,
        };
    })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Installed packages of apk's database (P: name, V: version, A: arch, o: origin, L: license). */
function parseApkInstalled(text, os = { id: 'alpine', versionId: '' }) {
    const distro = os.versionId ? `alpine-${os.versionId}` : '';
    const out = [];
    for (const block of text.split(/\n\s*\n/)) {
        const f = new Map();
        for (const line of block.split('\n')) {
            const m = /^([A-Za-z]):(.*)$/.exec(line);
            if (m && !f.has(m[1]))
                f.set(m[1], m[2]);
        }
        const name = f.get('P');
        if (!name)
            continue;
        const version = f.get('V') ?? '';
        const arch = f.get('A') ?? '';
        const origin = f.get('o');
        out.push({
            name, version, arch, source: origin && origin !== name ? origin : undefined, license: f.get('L') || undefined,
            purl: `pkg:apk/alpine/${encodeURIComponent(name)}@${encodeURIComponent(version)}${qualifiers({ arch, distro })}`,
        });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function parsePackageDatabase(kind, text, osRelease) {
    const os = parseOsRelease(osRelease);
    return kind === 'dpkg' ? parseDpkgStatus(text, os) : parseApkInstalled(text, os);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/supply-chain/sbom.ts



const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
/** go.sum's h1: value as the SHA-256 hex it encodes (as other Go SBOM tools write it). */
function h1ToSha256(sum) {
    if (!sum.startsWith('h1:'))
        return undefined;
    const hex = Buffer.from(sum.slice(3), 'base64').toString('hex');
    return hex.length === 64 ? hex : undefined;
}
/** An RFC 4122 shaped urn:uuid derived from a text (version 5 style, SHA-256 based). */
function derivedSerial(text) {
    const h = (0,external_crypto_.createHash)('sha256').update(text).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
function ociPurl(subject) {
    const slash = subject.repository.lastIndexOf('/');
    const name = subject.repository.slice(slash + 1).toLowerCase();
    const q = [`repository_url=${encodeURIComponent(subject.repository)}`];
    if (subject.platform.includes('/'))
        q.push(`arch=${encodeURIComponent(subject.platform.split('/')[1])}`);
    return `pkg:oci/${name}${subject.digest ? `@${encodeURIComponent(subject.digest)}` : ''}?${q.join('&')}`;
}
/** The CycloneDX library (loaded when first needed: it is a large part of the bundle). */
const loadSbomLibrary = () => __webpack_require__.e(/* import() */ 567).then(__webpack_require__.t.bind(__webpack_require__, 54567, 23));
/** Builds the SBOM as JSON text (2-space indented, lists sorted). */
async function makeSbom(subject, go, packages) {
    const CDX = await loadSbomLibrary();
    const { Component, Property, Bom, Metadata } = CDX.Models;
    const { ComponentType } = CDX.Enums;
    const image = new Component(ComponentType.Container, subject.repository, {
        bomRef: 'image', version: subject.digest || undefined, purl: ociPurl(subject),
    });
    image.properties.add(new Property('gantry:platform', subject.platform));
    const bom = new Bom({
        serialNumber: derivedSerial(`${subject.repository}@${subject.digest}|${subject.platform}`),
        metadata: new Metadata({ timestamp: subject.commitTime ? new Date(subject.commitTime * 1000) : undefined, component: image }),
    });
    bom.metadata.tools.components.add(new Component(ComponentType.Application, 'gantry', { version: version/* VERSION */.x }));
    const moduleComponent = (m, type, ref) => {
        const used = m.replace ?? m;
        const c = new Component(type, used.path, { bomRef: ref, version: used.version || undefined, purl: goPurl(used) });
        const sha = h1ToSha256(used.sum);
        if (sha)
            c.hashes.set(CDX.Enums.HashAlgorithm['SHA-256'], sha);
        if (used.sum)
            c.properties.add(new Property('gantry:go:sum', used.sum));
        if (m.replace)
            c.properties.add(new Property('gantry:go:replaces', `${m.path}${m.version ? `@${m.version}` : ''}`));
        return c;
    };
    if (go) {
        const app = moduleComponent(go.main ?? { path: go.path, version: '', sum: '' }, ComponentType.Application, 'go:main');
        app.properties.add(new Property('gantry:go:package', go.path));
        app.properties.add(new Property('gantry:go:version', go.goVersion));
        for (const [k, v] of go.settings)
            app.properties.add(new Property(`gantry:go:build:${k}`, v));
        bom.components.add(app);
        image.dependencies.add(app.bomRef);
        const stdVersion = go.goVersion.replace(/^go/, '').split(' ')[0];
        const std = new Component(ComponentType.Library, 'stdlib', { bomRef: 'go:stdlib', version: `go${stdVersion}`, purl: `pkg:golang/stdlib@${encodeURIComponent(`go${stdVersion}`)}` });
        bom.components.add(std);
        app.dependencies.add(std.bomRef);
        for (const dep of go.deps) {
            const c = moduleComponent(dep, ComponentType.Library, `go:${dep.path}`);
            bom.components.add(c);
            app.dependencies.add(c.bomRef);
        }
    }
    for (const p of packages) {
        const c = new Component(ComponentType.Library, p.name, { bomRef: `os:${p.name}`, version: p.version, purl: p.purl });
        if (p.arch)
            c.properties.add(new Property('gantry:os:arch', p.arch));
        if (p.source)
            c.properties.add(new Property('gantry:os:source', p.source));
        bom.components.add(c);
        image.dependencies.add(c.bomRef);
    }
    const serializer = new CDX.Serialize.JsonSerializer(new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot5));
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}
/** A short summary of an SBOM's JSON: components by kind. */
function sbomSummary(json) {
    const doc = JSON.parse(json);
    const comps = doc.components ?? [];
    return {
        components: comps.length,
        goModules: comps.filter((c) => c.purl?.startsWith('pkg:golang/') && !c.purl.startsWith('pkg:golang/stdlib@')).length,
        osPackages: comps.filter((c) => /^pkg:(deb|apk)\//.test(c.purl ?? '')).length,
    };
}

// EXTERNAL MODULE: ./src/schema.ts
var schema = __webpack_require__(75060);
;// CONCATENATED MODULE: ./src/supply-chain/provenance.ts


/**
 * The SLSA provenance v1 predicate of a gantry build: who built it (gantry and its version),
 * from what (the source repository and commit, the builder image by digest), with which inputs
 * (non-secret, non-default build and push inputs only: a secret's value never enters it), and
 * when. Pure.
 */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://gantry.dev/buildtypes/go-image/v1';
const BUILDER_ID = 'https://gantry.dev/builder';
/** The inputs that describe the build, without secrets, credentials or defaults. */
function provenanceInputs(inputs) {
    const out = {};
    for (const name of Object.keys(schema/* INPUTS */.mc)) {
        const spec = schema/* INPUTS */.mc[name];
        if (spec.secret || !['build', 'push'].includes(spec.group) || /registry_|^push$|^sbom|^sign_/.test(name))
            continue;
        const value = inputs[name];
        const text = Array.isArray(value) ? value.join('\n') : String(value);
        if (text === spec.default)
            continue;
        out[name] = value;
    }
    return out;
}
/** The CI job that ran the build, from the CI's variables ('' outside CI). */
function invocationId(env) {
    if (env.CI_JOB_URL)
        return env.CI_JOB_URL;
    if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
        return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    }
    return '';
}
function provenancePredicate(facts, inputs) {
    const sourceUri = facts.source ? `git+${facts.source.replace(/^git\+/, '')}` : '';
    const resolved = [];
    if (facts.revision)
        resolved.push({ uri: sourceUri, digest: { gitCommit: facts.revision } });
    const builderHex = /^sha256:([0-9a-f]{64})$/.exec(facts.builderImageDigest)?.[1];
    if (builderHex)
        resolved.push({ uri: `docker-image:${facts.builderImage}`, digest: { sha256: builderHex } });
    return {
        buildDefinition: {
            buildType: BUILD_TYPE,
            externalParameters: {
                source: { uri: sourceUri, revision: facts.revision },
                inputs: provenanceInputs(inputs),
            },
            internalParameters: {
                goVersion: facts.goVersion,
                builder: facts.builder,
                ...(facts.builder === 'host' ? { toolchain: facts.toolchain } : { builderImage: facts.builderImage }),
                platform: facts.platform,
            },
            resolvedDependencies: resolved,
        },
        runDetails: {
            builder: { id: BUILDER_ID, version: { gantry: version/* VERSION */.x } },
            metadata: {
                ...(facts.invocationId ? { invocationId: facts.invocationId } : {}),
                startedOn: facts.startedOn.toISOString(),
                finishedOn: facts.finishedOn.toISOString(),
            },
        },
    };
}

// EXTERNAL MODULE: ./src/supply-chain/keyless.ts + 1 modules
var supply_chain_keyless = __webpack_require__(39319);
;// CONCATENATED MODULE: ./src/supply-chain/keyless-verify.ts

const seconds = (s) => (s ? Math.floor(Date.parse(s) / 1000) : undefined);
/** Reads a Sigstore TrustedRoot JSON (cosign's --trusted-root); errors are one line without the input's name (the caller adds it). */
function parseTrustedRoot(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new Error('is not JSON');
    }
    if (!doc || typeof doc !== 'object' || (!Array.isArray(doc.tlogs) && !Array.isArray(doc.certificateAuthorities)))
        throw new Error('has no tlogs or certificateAuthorities');
    const root = { fulcio: [], rekor: new Map() };
    for (const [i, ca] of (doc.certificateAuthorities ?? []).entries()) {
        try {
            const chain = (ca.certChain?.certificates ?? []).map((c) => new external_crypto_.X509Certificate(Buffer.from(c.rawBytes ?? '', 'base64')));
            if (chain.length)
                root.fulcio.push({ chain, start: seconds(ca.validFor?.start), end: seconds(ca.validFor?.end) });
        }
        catch {
            throw new Error(`certificate authority ${i + 1} holds a certificate that cannot be read`);
        }
    }
    for (const [i, t] of (doc.tlogs ?? []).entries()) {
        let key;
        try {
            key = (0,external_crypto_.createPublicKey)({ key: Buffer.from(t.publicKey?.rawBytes ?? '', 'base64'), format: 'der', type: 'spki' });
        }
        catch {
            throw new Error(`transparency log ${i + 1} holds a public key that cannot be read`);
        }
        const id = t.logId?.keyId ? Buffer.from(t.logId.keyId, 'base64').toString('hex') : logIdOf(key);
        root.rekor.set(id, { key, start: seconds(t.publicKey?.validFor?.start), end: seconds(t.publicKey?.validFor?.end) });
    }
    if (!root.fulcio.length)
        throw new Error('lists no certificate authority (Fulcio) certificates');
    if (!root.rekor.size)
        throw new Error('lists no transparency log (Rekor) keys');
    return root;
}
/** A trusted root from a Fulcio root chain (PEM) and a Rekor public key (PEM), as a private instance serves them. */
function trustedRootFromPem(fulcioChainPem, rekorKeyPem) {
    const certs = fulcioChainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    if (!certs.length)
        throw new Error('Fulcio sent no PEM certificate');
    const key = (0,external_crypto_.createPublicKey)(rekorKeyPem);
    return { fulcio: [{ chain: certs.map((c) => new external_crypto_.X509Certificate(c)) }], rekor: new Map([[logIdOf(key), { key }]]) };
}
/** A Rekor log id: the hex SHA-256 of its key's DER. */
function logIdOf(key) {
    return (0,external_crypto_.createHash)('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}
/** The identity a certificate names (its first URI or email subject alternative name), '' when none. */
function sanIdentity(cert) {
    const san = cert.subjectAltName ?? '';
    const m = /(?:^|, )(?:URI|email):("(?:[^"\\]|\\.)*"|[^,]*)/.exec(san);
    if (!m)
        return '';
    return m[1].startsWith('"') ? JSON.parse(m[1]) : m[1];
}
// 1.3.6.1.4.1.57264.1.8 (issuer, a DER UTF8String) and 1.3.6.1.4.1.57264.1.1 (issuer, raw; older certificates).
const ISSUER_V2 = Buffer.from('060a2b0601040183bf300108', 'hex');
const ISSUER_V1 = Buffer.from('060a2b0601040183bf300101', 'hex');
function derLength(buf, at) {
    const first = buf[at];
    if (first === undefined)
        return undefined;
    if (first < 0x80)
        return { len: first, start: at + 1 };
    const n = first & 0x7f;
    if (n < 1 || n > 3)
        return undefined;
    let len = 0;
    for (let i = 1; i <= n; i++)
        len = len * 256 + (buf[at + i] ?? 0);
    return { len, start: at + 1 + n };
}
/** The value of an extension (its OCTET STRING content) found by its encoded OID, undefined when absent. */
function extensionValue(der, oid) {
    let at = der.indexOf(oid);
    if (at < 0)
        return undefined;
    at += oid.length;
    if (der[at] === 0x01)
        at += 3; // critical: BOOLEAN
    if (der[at] !== 0x04)
        return undefined;
    const l = derLength(der, at + 1);
    return l ? der.subarray(l.start, l.start + l.len) : undefined;
}
/** The OIDC issuer a Fulcio certificate names, '' when it names none. */
function certificateIssuer(cert) {
    const v2 = extensionValue(cert.raw, ISSUER_V2);
    if (v2 && v2[0] === 0x0c) {
        const l = derLength(v2, 1);
        if (l)
            return v2.subarray(l.start, l.start + l.len).toString('utf8');
    }
    return extensionValue(cert.raw, ISSUER_V1)?.toString('utf8') ?? '';
}
const within = (t, start, end) => (start === undefined || t >= start) && (end === undefined || t <= end);
/** Why the leaf does not chain to a Fulcio root of the trusted root at time t, or undefined when it does. */
function chainProblem(leaf, root, t) {
    for (const ca of root.fulcio) {
        if (!within(t, ca.start, ca.end))
            continue;
        let current = leaf;
        let ok = true;
        for (const next of ca.chain) {
            if (!current.checkIssued(next) || !current.verify(next.publicKey)) {
                ok = false;
                break;
            }
            current = next;
        }
        const last = ca.chain[ca.chain.length - 1];
        if (ok && last.checkIssued(last) && last.verify(last.publicKey))
            return undefined;
    }
    return 'its certificate does not chain to a Fulcio root of the trusted root';
}
/** Whether the log entry's body records this signature by this certificate over this content. */
function entryProblem(entry, e, cert) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8'));
    }
    catch {
        return 'its Rekor entry body is not JSON';
    }
    const sha = (b) => (b ? (0,external_crypto_.createHash)('sha256').update(b).digest('hex') : '');
    const sameCert = (b64) => {
        if (typeof b64 !== 'string')
            return false;
        try {
            const text = Buffer.from(b64, 'base64').toString('utf8');
            return new external_crypto_.X509Certificate(text.includes('BEGIN') ? text : Buffer.from(b64, 'base64')).raw.equals(cert.raw);
        }
        catch {
            return false;
        }
    };
    const sig = e.signature.toString('base64');
    const s = doc.spec ?? {};
    let ok = false;
    if (doc.kind === 'hashedrekord') {
        ok = s.signature?.content === sig && sameCert(s.signature?.publicKey?.content) && s.data?.hash?.value === sha(e.artifacts.payload);
    }
    else if (doc.kind === 'intoto' && doc.apiVersion === '0.0.1') {
        ok = sameCert(s.publicKey) && !!e.artifacts.envelope && s.content?.hash?.value === sha(e.artifacts.envelope);
    }
    else if (doc.kind === 'intoto' && doc.apiVersion === '0.0.2') {
        const sigs = (s.content?.envelope?.signatures ?? []);
        ok = sigs.some((x) => Buffer.from(x.sig ?? '', 'base64').toString('utf8') === sig && sameCert(x.publicKey)) && s.content?.payloadHash?.value === sha(e.artifacts.payload);
    }
    else if (doc.kind === 'dsse') {
        const sigs = (s.signatures ?? []);
        ok = sigs.some((x) => x.signature === sig && sameCert(x.verifier)) && s.payloadHash?.value === sha(e.artifacts.payload);
    }
    else {
        return `its Rekor entry is of kind '${String(doc.kind)}' ${String(doc.apiVersion)}, which gantry does not read`;
    }
    return ok ? undefined : 'its Rekor entry records another signature or content';
}
/** Checks one keyless signature against the policy; the identity and issuer found are returned either way. */
function checkKeyless(e, policy) {
    let cert;
    try {
        cert = new external_crypto_.X509Certificate(e.certificate);
    }
    catch {
        return { ok: false, problem: 'its certificate cannot be read' };
    }
    const identity = sanIdentity(cert);
    const issuer = certificateIssuer(cert);
    const fail = (problem) => ({ ok: false, problem, identity, issuer });
    let sigOk = false;
    try {
        sigOk = (0,external_crypto_.verify)(cert.publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256', e.signed, cert.publicKey, e.signature);
    }
    catch {
        sigOk = false;
    }
    if (!sigOk)
        return fail('its certificate\'s key does not verify the signature');
    if (identity !== policy.identity)
        return fail(`it is signed by identity '${identity || '(none)'}', not verify_identity '${policy.identity}'`);
    if (issuer !== policy.issuer)
        return fail(`its certificate names OIDC issuer '${issuer || '(none)'}', not verify_issuer '${policy.issuer}'`);
    if (!(cert.keyUsage ?? []).includes('1.3.6.1.5.5.7.3.3'))
        return fail('its certificate is not for code signing');
    if (!e.entry)
        return fail('it has no Rekor entry');
    const log = policy.root.rekor.get(e.entry.logID);
    if (!log)
        return fail(`its Rekor entry is from a log the trusted root does not list (${e.entry.logID.slice(0, 16)})`);
    const promise = Buffer.from(JSON.stringify({ body: e.entry.body, integratedTime: e.entry.integratedTime, logID: e.entry.logID, logIndex: e.entry.logIndex }));
    let setOk = false;
    try {
        setOk = (0,external_crypto_.verify)('sha256', promise, log.key, Buffer.from(e.entry.signedEntryTimestamp, 'base64'));
    }
    catch {
        setOk = false;
    }
    if (!setOk)
        return fail('its Rekor entry\'s signed entry timestamp does not verify with the log\'s key');
    const t = e.entry.integratedTime;
    if (!within(t, log.start, log.end))
        return fail('its Rekor entry was integrated outside the log key\'s validity');
    const notBefore = Math.floor(Date.parse(cert.validFrom) / 1000);
    const notAfter = Math.floor(Date.parse(cert.validTo) / 1000);
    if (t < notBefore || t > notAfter)
        return fail(`its Rekor entry was integrated at ${new Date(t * 1000).toISOString()}, outside the certificate's validity`);
    const chain = chainProblem(cert, policy.root, t);
    if (chain)
        return fail(chain);
    const entry = entryProblem(e.entry, e, cert);
    if (entry)
        return fail(entry);
    return { ok: true, identity, issuer };
}
/** cosign's legacy bundle annotation (dev.sigstore.cosign/bundle) as a log entry, undefined when it is not one. */
function entryFromCosignAnnotation(text) {
    if (!text)
        return undefined;
    try {
        const b = JSON.parse(text);
        const p = b.Payload;
        if (!b.SignedEntryTimestamp || !p || typeof p.body !== 'string' || typeof p.integratedTime !== 'number' || typeof p.logIndex !== 'number' || typeof p.logID !== 'string')
            return undefined;
        return { body: p.body, integratedTime: p.integratedTime, logIndex: p.logIndex, logID: p.logID, signedEntryTimestamp: b.SignedEntryTimestamp };
    }
    catch {
        return undefined;
    }
}
/** A bundle's first Rekor entry that has a signed entry timestamp, as a log entry. */
function entryFromBundle(entries) {
    const e = (entries ?? []).find((x) => x.inclusionPromise?.signedEntryTimestamp && x.canonicalizedBody);
    if (!e)
        return undefined;
    return {
        body: e.canonicalizedBody,
        integratedTime: Number(e.integratedTime),
        logIndex: Number(e.logIndex),
        logID: Buffer.from(e.logId?.keyId ?? '', 'base64').toString('hex'),
        signedEntryTimestamp: e.inclusionPromise?.signedEntryTimestamp,
    };
}

;// CONCATENATED MODULE: ./src/supply-chain/verify.ts






function pemToDer(pem) {
    try {
        return new external_crypto_.X509Certificate(pem).raw;
    }
    catch {
        return undefined;
    }
}
/** The verdict on a piece that is about this digest: the key that verifies it, else the keyless policy when it has a certificate. */
function judge(trust, signed, signature, keyless) {
    const keyIndex = (0,cosign_layout/* verifyingKey */.HK)(trust.keys, signed, signature.toString('base64'));
    if (keyIndex >= 0)
        return { keyIndex, verifiedBy: `key ${(0,cosign_key/* keyId */.xs)(trust.keys[keyIndex])}` };
    if (keyless && trust.keyless) {
        const c = checkKeyless({ ...keyless, signature, signed }, trust.keyless);
        if (c.ok)
            return { keyIndex: -1, verifiedBy: `identity ${c.identity} (issuer ${c.issuer})`, identity: c.identity };
        return { keyIndex: -1, problem: c.problem, identity: c.identity };
    }
    return { keyIndex: -1, problem: trust.keys.length ? 'no given key verifies it' : 'it is signed with a key, and no verify_key is given' };
}
/** The referrers of a digest: the referrers API, else (it answers 404) the referrers tag. */
async function referrersOf(store, target) {
    const api = await store.getReferrers(target.repo, target.digest).catch(() => undefined);
    if (api)
        return api;
    return indexEntries((await store.getManifest(target.repo, referrersTag(target.digest)))?.body);
}
async function inspectAttachments(store, target, trustOrKeys) {
    const trust = Array.isArray(trustOrKeys) ? { keys: trustOrKeys } : trustOrKeys;
    const out = [];
    const sigTag = (0,cosign_layout/* signatureTag */.bG)(target.digest);
    for (const l of (0,cosign_layout/* manifestLayers */.gQ)((await store.getManifest(target.repo, sigTag))?.body)) {
        if (l.mediaType !== cosign_layout/* MEDIA_TYPES */.Z2.simpleSigning)
            continue;
        const payload = await store.getBlob(target.repo, l.digest);
        const claim = (0,cosign_layout/* readSimpleSigning */.k0)(payload);
        const cert = pemToDer(l.annotations?.[supply_chain_keyless/* CERTIFICATE_ANNOTATION */.oZ] ?? '');
        let verdict;
        if (!claim)
            verdict = { keyIndex: -1, problem: 'its payload is not a cosign simple-signing payload' };
        else if (claim.digest !== target.digest)
            verdict = { keyIndex: -1, problem: `it signs ${claim.digest}, not this digest` };
        else {
            verdict = judge(trust, payload, Buffer.from(l.annotations?.[cosign_layout/* SIGNATURE_ANNOTATION */.ZB] ?? '', 'base64'), cert ? { certificate: cert, artifacts: { payload }, entry: entryFromCosignAnnotation(l.annotations?.[supply_chain_keyless/* BUNDLE_ANNOTATION */.j2]) } : undefined);
        }
        out.push({ kind: 'signature', predicateType: '', ...verdict, where: sigTag, format: 'legacy' });
    }
    const attTag = (0,cosign_layout/* attestationTag */.BJ)(target.digest);
    const attLayers = (0,cosign_layout/* manifestLayers */.gQ)((await store.getManifest(target.repo, attTag))?.body).map((l) => ({ l, where: attTag }));
    const bundleLayers = [];
    for (const r of await referrersOf(store, target)) {
        if (!mayHoldSigstore(r.artifactType))
            continue;
        for (const l of (0,cosign_layout/* manifestLayers */.gQ)((await store.getManifest(target.repo, r.digest))?.body)) {
            if (l.mediaType === cosign_layout/* MEDIA_TYPES */.Z2.dsse)
                attLayers.push({ l, where: `referrer ${r.digest}` });
            else if (isBundleType(l.mediaType))
                bundleLayers.push({ l, where: `referrer ${r.digest}` });
        }
    }
    for (const { l, where } of attLayers) {
        if (l.mediaType !== cosign_layout/* MEDIA_TYPES */.Z2.dsse)
            continue;
        const body = await store.getBlob(target.repo, l.digest);
        const opened = (0,cosign_layout/* openEnvelope */.hk)(body, []);
        const predicateType = opened.statement?.predicateType ?? l.annotations?.predicateType ?? '';
        let verdict;
        if (!opened.statement)
            verdict = { keyIndex: -1, problem: 'its envelope holds no in-toto statement' };
        else if (!(0,cosign_layout/* statementCovers */.g)(opened.statement, target.digest))
            verdict = { keyIndex: -1, problem: 'its subject is another digest' };
        else {
            const env = JSON.parse(body.toString('utf8'));
            const payload = Buffer.from(env.payload, 'base64');
            const cert = pemToDer(l.annotations?.[supply_chain_keyless/* CERTIFICATE_ANNOTATION */.oZ] ?? '');
            const keyless = cert ? { certificate: cert, artifacts: { payload, envelope: body }, entry: entryFromCosignAnnotation(l.annotations?.[supply_chain_keyless/* BUNDLE_ANNOTATION */.j2]) } : undefined;
            verdict = { keyIndex: -1, problem: 'it has no signature' };
            for (const s of env.signatures ?? []) {
                verdict = judge(trust, (0,cosign_layout/* pae */.Zg)(env.payloadType, payload), Buffer.from(s.sig ?? '', 'base64'), keyless);
                if (verdict.verifiedBy)
                    break;
            }
        }
        out.push({ kind: 'attestation', predicateType, ...verdict, statement: opened.statement, where, format: 'legacy' });
    }
    let subject;
    for (const { l, where } of bundleLayers) {
        const body = await store.getBlob(target.repo, l.digest);
        let parsed = parseBundle(body);
        if (!parsed.ok && /needs the signed artifact/.test(parsed.problem)) {
            subject ??= (await store.getManifest(target.repo, target.digest))?.body;
            parsed = parseBundle(body, subject);
        }
        if (!parsed.ok) {
            out.push({ kind: 'signature', predicateType: '', keyIndex: -1, problem: parsed.problem, where, format: 'bundle' });
            continue;
        }
        const p = parsed;
        const sign = !p.bundle.dsseEnvelope || p.statement?.predicateType === COSIGN_SIGN_PREDICATE;
        const kind = sign ? 'signature' : 'attestation';
        const predicateType = sign ? '' : p.statement?.predicateType ?? '';
        let verdict;
        if (!bundleCovers(p, target.digest))
            verdict = { keyIndex: -1, problem: 'its subject is another digest' };
        else {
            const keyIndex = bundleKey(p, trust.keys);
            verdict = keyIndex >= 0
                ? { keyIndex, verifiedBy: `key ${(0,cosign_key/* keyId */.xs)(trust.keys[keyIndex])}` }
                : judge(trust, p.signed, p.signature, p.certificates[0]
                    ? { certificate: p.certificates[0], artifacts: { payload: p.payload ?? p.signed }, entry: entryFromBundle(p.bundle.verificationMaterial.tlogEntries) }
                    : undefined);
        }
        out.push({ kind, predicateType, ...verdict, statement: p.statement, where, format: 'bundle' });
    }
    return out;
}
/**
 * A source repository in one comparable form: scheme, git+, credentials, .git, @ref and a
 * trailing slash dropped, host lower-cased (https://github.com/Org/Repo.git -> github.com/Org/Repo).
 */
function normalizeSource(uri) {
    let s = uri.trim().replace(/^git\+/, '');
    s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@/]+@/, '');
    s = s.replace(/^([^/:]+):(?!\d)/, '$1/'); // scp-like git@host:org/repo
    s = s.replace(/@.*$/, '').replace(/\/+$/, '').replace(/\.git$/, '');
    const slash = s.indexOf('/');
    return slash < 0 ? s.toLowerCase() : s.slice(0, slash).toLowerCase() + s.slice(slash);
}
/** The source repository a SLSA v1 provenance names (its first resolved dependency, else the external parameter). */
function provenanceSource(s) {
    const p = (s?.predicate ?? {});
    return p.buildDefinition?.externalParameters?.source?.uri ?? p.buildDefinition?.resolvedDependencies?.find((d) => d.digest?.gitCommit)?.uri ?? '';
}

// EXTERNAL MODULE: ./src/supply-chain/sums-signature.ts
var sums_signature = __webpack_require__(43184);
// EXTERNAL MODULE: ./src/registry/registry-auth.ts
var registry_auth = __webpack_require__(54147);
;// CONCATENATED MODULE: ./src/supply-chain/supply-chain.ts





















/** The engine client, loaded when first asked for. */
async function engineClient(reporter, env) {
    const { Engine } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(830), __webpack_require__.e(133), __webpack_require__.e(926), __webpack_require__.e(979)]).then(__webpack_require__.bind(__webpack_require__, 91926));
    return new Engine((m) => reporter.debug(m), env);
}
/** Checks sign_key and its password before any build work; bad input fails here. */
function prepareSupplyChain(inputs, reporter, env, now = new Date()) {
    // Exclusive inputs first: which one is wrong does not depend on whether the key parses.
    if (inputs.sign_keyless && inputs.sign_key.trim())
        throw (0,errors/* inputError */.Xu)('sign_keyless', 'is true and sign_key is set', 'one way of signing: sign_key, or sign_keyless with the CI\'s OIDC token');
    let key;
    if (inputs.sign_key.trim()) {
        if (!inputs.push && !inputs.binaries_dir.trim())
            reporter.warn('sign_key is set but push is false: nothing is pushed, so nothing is signed');
        key = (0,cosign_key/* parseCosignPrivateKey */.$p)(inputs.sign_key, inputs.sign_key_password, 'sign_key');
        reporter.info(`signing with cosign key ${(0,cosign_key/* keyId */.xs)(key.publicKey)}`);
    }
    else if (inputs.sign_key_password) {
        throw (0,errors/* inputError */.Xu)('sign_key', 'is empty but sign_key_password is set', 'the cosign private key the password opens');
    }
    let keyless;
    if (inputs.sign_keyless) {
        if (key)
            throw (0,errors/* inputError */.Xu)('sign_keyless', 'is true and sign_key is set', 'one way of signing: sign_key, or sign_keyless with the CI\'s OIDC token');
        if (!inputs.push)
            reporter.warn('sign_keyless is true but push is false: nothing is pushed, so nothing is signed');
        else
            checkTokenSource(env);
        keyless = { fulcioUrl: inputs.fulcio_url.trim(), rekorUrl: inputs.rekor_url.trim() };
        reporter.info(`signing keyless with the CI's OIDC token (Fulcio ${keyless.fulcioUrl || 'of the public Sigstore instance'}, Rekor ${keyless.rekorUrl || 'of the public Sigstore instance'})`);
    }
    else if ((inputs.fulcio_url.trim() || inputs.rekor_url.trim()) && !inputs.verify_identity.trim()) {
        throw (0,errors/* inputError */.Xu)(inputs.fulcio_url.trim() ? 'fulcio_url' : 'rekor_url', 'is set but sign_keyless is false and verify_identity is empty', 'empty, or sign_keyless: true, or verify_identity (to check keyless signatures against that instance)');
    }
    if (inputs.signature_format !== 'legacy' && inputs.sign_keyless) {
        throw (0,errors/* inputError */.Xu)('signature_format', `is ${inputs.signature_format} and sign_keyless is true`, 'legacy with sign_keyless (keyless signatures are written in cosign\'s legacy layout, which cosign 2 and 3 verify); bundle or both with sign_key');
    }
    // verify_key and verify_identity are read by a deploy that may follow (command all): bad ones fail before the build.
    const policy = (0,verify_policy/* verifyPolicy */.Es)(inputs);
    (0,verify_policy/* checkVerifyInputs */.dd)(policy);
    if (policy.keys)
        (0,cosign_key.parsePublicKeys)(policy.keys, 'verify_key');
    if (policy.trustedRoot)
        trustedRootInput(policy.trustedRoot);
    return { key, keyless, sbom: inputs.sbom, startedOn: now };
}
/** Reads one file out of an image (undefined when the image has no such file). */
async function fileFromImage(engine, image, file) {
    try {
        return await engine.withImageArchive(image, file, (archive) => new Promise((resolve, reject) => {
            const extract = tar_stream.extract();
            let found;
            extract.on('entry', (header, body, next) => {
                const chunks = [];
                body.on('data', (c) => { if (header.type === 'file' && !found)
                    chunks.push(c); });
                body.on('end', () => {
                    if (header.type === 'file' && !found)
                        found = Buffer.concat(chunks);
                    next();
                });
            });
            extract.on('finish', () => resolve(found));
            extract.on('error', reject);
            archive.on('error', reject);
            archive.pipe(extract);
        }));
    }
    catch (err) {
        if (/404|no such file|Could not find the file/i.test((0,errors/* errorMessage */.gJ)(err)) || err.statusCode === 404)
            return undefined;
        throw err;
    }
}
/** The SBOM JSON of one built image (its Go binary and its OS packages). */
async function imageSbom(engine, imageId, subject, reporter, direct) {
    // The direct path's binary is at hand (the image's own bytes): no container to read it from.
    // Its layers add no package database: on scratch there are no OS packages to look for, else
    // they are the loaded image's (the base's when the image was pushed without loading).
    if (direct)
        return directSbom(engine, imageId, subject, reporter, direct);
    const info = await engine.inspectImage(imageId);
    const program = (0,binary_paths/* imageProgram */.m)(info?.Config ?? {});
    let go;
    if (program) {
        const binary = await fileFromImage(engine, imageId, program);
        go = binary ? readGoBuildInfo(binary) : undefined;
        if (!go)
            reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): ${program} holds no Go build info; only OS packages are listed`);
    }
    else {
        reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the image names no absolute entrypoint; only OS packages are listed`);
    }
    return makeSbom(subject, go, await osPackages(engine, imageId));
}
/** The OS packages of an image in the engine, from the first package database it holds (none: []). */
async function osPackages(engine, image) {
    for (const db of PACKAGE_DATABASES) {
        const text = await fileFromImage(engine, image, db.path);
        if (!text)
            continue;
        const osRelease = (await fileFromImage(engine, image, '/etc/os-release')) ?? (await fileFromImage(engine, image, '/usr/lib/os-release'));
        return parsePackageDatabase(db.kind, text.toString('utf8'), osRelease?.toString('utf8') ?? '');
    }
    return [];
}
/** The host path's SBOM, without an engine: the binary on disk, the base's package database read through the registry. */
async function hostSbom(subject, reporter, host) {
    const go = readGoBuildInfo(external_fs_.readFileSync(host.binaryFile));
    if (!go)
        reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the binary holds no Go build info; only OS packages are listed`);
    let packages = [];
    if (host.baseFiles) {
        const files = await host.baseFiles([...PACKAGE_DATABASES.map((d) => d.path), '/etc/os-release', '/usr/lib/os-release']);
        const db = PACKAGE_DATABASES.find((d) => files.has(d.path));
        if (db)
            packages = parsePackageDatabase(db.kind, files.get(db.path).toString('utf8'), (files.get('/etc/os-release') ?? files.get('/usr/lib/os-release'))?.toString('utf8') ?? '');
    }
    return makeSbom(subject, go, packages);
}
async function directSbom(engine, imageId, subject, reporter, direct) {
    const go = readGoBuildInfo(external_fs_.readFileSync(direct.binaryFile));
    if (!go)
        reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the binary holds no Go build info; only OS packages are listed`);
    let packages = [];
    const base = direct.runtimeImage;
    if (base === 'scratch')
        return makeSbom(subject, go, packages);
    if (await engine.inspectImage(imageId)) {
        packages = await osPackages(engine, imageId);
    }
    else if (await engine.inspectImage(base)) {
        packages = await osPackages(engine, base);
    }
    else {
        reporter.warn(`SBOM of ${subject.repository} (${subject.platform}): the runtime base ${base} is not in the engine; its OS packages are not listed`);
    }
    return makeSbom(subject, go, packages);
}
/** Where an SBOM goes: .gantry/sbom[-SERVICE][-OS-ARCH].cdx.json (the platform only when there are several). */
function sbomPath(platform, several, service = '') {
    const parts = ['sbom', ...(service ? [service] : []), ...(several ? [platform.replace(/\//g, '-')] : [])];
    return external_path_.join('.gantry', `${parts.join('-')}.cdx.json`);
}
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
function registryStore(repository, credentials, insecure, reporter) {
    const r = (0,image_ref/* parseRepository */.SU)(repository);
    const store = new registry_client/* RegistryClient */.bP(r.registry === 'docker.io' ? 'registry-1.docker.io' : r.registry, credentials, insecure, (m) => reporter.debug(m));
    return { store, repo: r.path };
}
/**
 * After the push: the SBOM of every platform's image (kept as files, output sbom), and with a
 * key the signature of every pushed digest, an SBOM attestation per platform image and a
 * provenance attestation of the digest a deploy uses (the index's, with several platforms).
 */
async function attachSupplyChain(plan, inputs, reporter, env, built, service = '') {
    const result = { sbomPaths: [], seconds: { sbom: 0, sign: 0, provenance: 0 } };
    if (!plan.sbom && !plan.key && !plan.keyless)
        return result;
    return reporter.group(`Supply chain ${built.plan.repository}`, async () => {
        // The host path contacts no engine: the binary and the base's files are at hand, the registry is the inputs'.
        const hostToolchain = built.builds.every((b) => b.result.hostToolchain) ? built.builds[0]?.result.hostToolchain : undefined;
        let engineLoaded;
        const engine = async () => (engineLoaded ??= await engineClient(reporter, env));
        const repository = built.plan.repository;
        const several = built.builds.length > 1;
        const sboms = [];
        let t = Date.now();
        for (const b of plan.sbom ? built.builds : []) {
            const platform = `${b.platform.os}/${b.platform.arch}`;
            const direct = b.result.binaryFile && b.result.runtimeImage ? { binaryFile: b.result.binaryFile, runtimeImage: b.result.runtimeImage } : undefined;
            const subject = { repository, digest: b.result.digest, platform, commitTime: b.result.commitTime };
            const json = b.result.hostToolchain && b.result.binaryFile
                ? await hostSbom(subject, reporter, { binaryFile: b.result.binaryFile, baseFiles: b.result.baseFiles })
                : await imageSbom(await engine(), b.result.imageId, subject, reporter, direct);
            sboms.push({ digest: b.result.digest, json });
            const file = sbomPath(platform, several, service);
            writeWhole('sbom', file, json);
            result.sbomPaths.push(file);
            const s = sbomSummary(json);
            reporter.info(`SBOM ${file}: ${s.components} components (${s.goModules} Go modules, ${s.osPackages} OS packages)`);
        }
        result.seconds.sbom = (Date.now() - t) / 1000;
        if ((!plan.key && !plan.keyless) || !inputs.push || !built.digest)
            return result;
        const registry = (0,image_ref/* parseRepository */.SU)(repository).registry;
        const insecure = hostToolchain ? Boolean(built.builds[0].result.plainHttp) || inputs.registry_insecure || LOOPBACK.test(registry) : await (await engine()).allowsPlainHttp(registry);
        const { store, repo } = registryStore(repository, registry_auth/* RegistryLogins */.kv.of(inputs, [registry]).for(registry), insecure, reporter);
        const key = await makeSigner(plan, reporter, env);
        const who = plan.key ? 'key' : 'identity';
        t = Date.now();
        const targets = new Map();
        targets.set(built.digest, { repo, repository, digest: built.digest });
        for (const b of built.builds)
            if (b.result.digest)
                targets.set(b.result.digest, { repo, repository, digest: b.result.digest });
        const format = plan.key ? inputs.signature_format : 'legacy';
        for (const target of targets.values()) {
            if (format !== 'bundle') {
                const outcome = await attachSignature(store, target, key);
                reporter.info(`signature of ${target.digest}: ${outcome === 'added' ? 'added' : `already signed by this ${who} (nothing added)`} (${repository}:sha256-${target.digest.slice(7)}.sig)`);
            }
            if (format !== 'legacy' && plan.key) {
                const outcome = await attachBundleSignature(store, target, plan.key);
                reporter.info(`Sigstore bundle signature of ${target.digest}: ${outcome === 'added' ? 'added' : `already signed by this ${who} (nothing added)`} (a referrer of the image)`);
            }
        }
        if (plan.sbom) {
            for (const s of sboms) {
                if (!s.digest)
                    continue;
                const doc = JSON.parse(s.json);
                const o = await attachAttestation(store, { repo, repository, digest: s.digest }, key, (0,cosign_layout/* statement */.qZ)(repository, s.digest, CYCLONEDX_PREDICATE, doc));
                reporter.info(`SBOM attestation of ${s.digest}: ${describe(o.tag, who)}; referrer: ${o.referrer === 'absent' ? 'the registry has no referrers API' : describe(o.referrer, who)}`);
            }
        }
        result.seconds.sign = (Date.now() - t) / 1000;
        t = Date.now();
        const builder = hostToolchain ? undefined : await (await engine()).inspectImage(built.plan.builderImage).catch(() => undefined);
        const predicate = provenancePredicate({
            builder: hostToolchain ? 'host' : 'container',
            toolchain: hostToolchain ?? '',
            source: built.plan.labels['org.opencontainers.image.source'] ?? '',
            revision: built.plan.labels['org.opencontainers.image.revision'] ?? '',
            goVersion: built.plan.goVersion,
            builderImage: hostToolchain ? '' : built.plan.builderImage,
            builderImageDigest: builder?.Id ?? '',
            platform: built.plan.platform,
            startedOn: plan.startedOn,
            finishedOn: new Date(),
            invocationId: invocationId(env),
        }, inputs);
        const o = await attachAttestation(store, { repo, repository, digest: built.digest }, key, (0,cosign_layout/* statement */.qZ)(repository, built.digest, SLSA_PROVENANCE_V1, predicate));
        reporter.info(`provenance attestation of ${built.digest}: ${describe(o.tag, who)}; referrer: ${o.referrer === 'absent' ? 'the registry has no referrers API' : describe(o.referrer, who)}`);
        result.seconds.provenance = (Date.now() - t) / 1000;
        const sec = result.seconds;
        reporter.info(`supply chain took ${(sec.sbom + sec.sign + sec.provenance).toFixed(2)}s: SBOM ${sec.sbom.toFixed(2)}s, signatures and SBOM attestations ${sec.sign.toFixed(2)}s, provenance ${sec.provenance.toFixed(2)}s`);
        return result;
    });
}
/**
 * With a key and binaries_dir: SHA256SUMS signed as a cosign blob signature (SHA256SUMS.sig), after
 * every service's binaries are in it. Pushed or not, the binaries are what the binary target deploys.
 */
function signBinaries(plan, inputs, reporter) {
    const dir = inputs.binaries_dir.trim();
    if (plan.keyless && dir)
        reporter.warn('sign_keyless does not sign binaries_dir/SHA256SUMS (its deploy checks verify_key, a public key): use sign_key for the binary target');
    if (!plan.key || !dir)
        return;
    const signed = (0,sums_signature/* signSums */.wD)(dir, plan.key);
    if (!signed)
        return;
    reporter.info(signed.outcome === 'added'
        ? `signed ${external_path_.join(dir, 'SHA256SUMS')} (no transparency log): ${signed.file}; verify with cosign verify-blob --key cosign.pub --signature ${signed.file} --insecure-ignore-tlog=true ${external_path_.join(dir, 'SHA256SUMS')}`
        : `${signed.file}: already a valid signature of SHA256SUMS by this key (nothing written)`);
}
/** The signer of a plan: its cosign key, or (sign_keyless) an ephemeral key certified for the CI's identity. */
async function makeSigner(plan, reporter, env) {
    if (plan.key) {
        reporter.info('signing without a transparency log (as cosign sign --tlog-upload=false): verify with cosign verify --key KEY --insecure-ignore-tlog=true');
        return keySigner(plan.key);
    }
    const o = plan.keyless;
    const token = await fetchIdToken(env);
    reporter.mask(token);
    const { keylessSigner } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 39319));
    const signer = await keylessSigner({ token, ...o });
    reporter.info(`signing keyless as ${signer.identity}: each signature is logged in Rekor; verify with cosign verify --certificate-identity IDENTITY --certificate-oidc-issuer ISSUER`);
    return signer;
}
function describe(o, who) {
    return o === 'added' ? 'added' : `already attested by this ${who} (nothing added)`;
}
// ---- deploy side ----
/** Plain HTTP as the deploy's pinning allows it (loopback, the runner engine's insecure registries), or with registry_insecure. */
async function verifyClient(image, policy, reporter, env) {
    const http = policy.registryInsecure || (await (await engineClient(reporter, env)).allowsPlainHttp(image.registry));
    return registryStore(image.repository, policy.logins.withOwn([image.registry]).for(image.registry), http, reporter);
}
async function firstCall(policy, call) {
    try {
        return await call();
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo && /^cannot reach registry/.test(err.message) && !policy.registryInsecure) {
            throw new errors/* UserError */.yo(`${err.message}; a registry that speaks plain HTTP needs to be in the runner engine's insecure registries, or registry_insecure: true`);
        }
        throw err;
    }
}
/** Resolves a tag to the registry's digest (on the runner), so what is verified is what is deployed. */
async function resolveDigest(store, repo, image, input) {
    if (image.digest)
        return image;
    const m = await store.getManifest(repo, image.tag || 'latest');
    if (!m)
        throw (0,errors/* inputError */.Xu)(input, `${(0,image_ref/* formatImageRef */.kL)(image)} is not in the registry`, 'an image that was pushed (image@sha256:... or a pushed tag)');
    return { registry: image.registry, repository: image.repository, digest: m.digest };
}
/** verify_trusted_root's text as a trusted root; a bad one is one line naming the input. */
function trustedRootInput(text) {
    try {
        return parseTrustedRoot(text);
    }
    catch (err) {
        throw (0,errors/* inputError */.Xu)('verify_trusted_root', (0,errors/* errorMessage */.gJ)(err), "a Sigstore TrustedRoot JSON with the Fulcio certificates (certificateAuthorities) and Rekor keys (tlogs), as cosign's --trusted-root reads");
    }
}
/** The Fulcio roots and Rekor key of a private instance, fetched from fulcio_url and rekor_url. */
async function fetchTrustedRoot(fulcioUrl, rekorUrl) {
    const get = async (input, url) => {
        let last;
        // A second try: a kept-alive connection the server has just closed fails the first at random.
        for (let attempt = 0; attempt < 2; attempt++) {
            let res;
            try {
                res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
            }
            catch (err) {
                last = err;
                continue;
            }
            if (!res.ok)
                throw (0,errors/* inputError */.Xu)(input, `cannot read ${url}: HTTP ${res.status}`, 'a reachable private Sigstore instance, or verify_trusted_root');
            return res.text();
        }
        const cause = last?.cause;
        throw (0,errors/* inputError */.Xu)(input, `cannot read ${url}: ${(0,errors/* errorMessage */.gJ)(last)}${cause ? ` (${(0,errors/* errorMessage */.gJ)(cause)})` : ''}`, 'a reachable private Sigstore instance, or verify_trusted_root');
    };
    const chain = await get('fulcio_url', `${fulcioUrl.replace(/\/+$/, '')}/api/v1/rootCert`);
    const key = await get('rekor_url', `${rekorUrl.replace(/\/+$/, '')}/api/v1/log/publicKey`);
    try {
        return trustedRootFromPem(chain, key);
    }
    catch (err) {
        throw (0,errors/* inputError */.Xu)('fulcio_url', `its root certificates or the Rekor key cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}`, 'a Fulcio that serves its PEM chain and a Rekor that serves its PEM key, or verify_trusted_root');
    }
}
/** What the policy trusts: verify_key's keys and, with verify_identity, the keyless policy. */
async function trustOf(policy) {
    (0,verify_policy/* checkVerifyInputs */.dd)(policy);
    const keys = policy.keys ? (0,cosign_key.parsePublicKeys)(policy.keys, 'verify_key') : [];
    let keyless;
    if (policy.identity) {
        const root = policy.trustedRoot ? trustedRootInput(policy.trustedRoot) : await fetchTrustedRoot(policy.fulcioUrl, policy.rekorUrl);
        keyless = { identity: policy.identity, issuer: policy.issuer, root };
    }
    return { keys, keyless };
}
/** How the policy is named in a refusal: the keys and the identity. */
function trustNames(policy, trust) {
    const parts = [];
    if (trust.keys.length)
        parts.push(`verify_key (${trust.keys.length} key(s): ${trust.keys.map(cosign_key/* keyId */.xs).join(', ')})`);
    if (policy.identity)
        parts.push(`verify_identity '${policy.identity}' (issuer ${policy.issuer})`);
    return parts.join(' or ');
}
/**
 * With verify_key or verify_identity: resolves the image to its digest and refuses it (one line
 * naming the digest and what was asked) unless a given key or the identity policy verifies its
 * signature (cosign's legacy layout or a Sigstore bundle), and, when asked, its provenance.
 * Without them: the image unchanged. Called before any host is contacted.
 */
async function verifyForDeploy(policy, reporter, image, input, env) {
    const wantProvenance = policy.requireProvenance || !!policy.source;
    if (!policy.keys && !policy.identity) {
        (0,verify_policy/* checkVerifyInputs */.dd)(policy);
        return { image, checks: [] };
    }
    const trust = await trustOf(policy);
    const started = Date.now();
    const { store, repo } = await verifyClient(image, policy, reporter, env);
    const resolved = await firstCall(policy, () => resolveDigest(store, repo, image, input));
    if (!image.digest)
        reporter.info(`${(0,image_ref/* formatImageRef */.kL)(image)} is ${resolved.digest} in the registry: verifying and deploying that digest`);
    const digest = resolved.digest;
    const checks = await firstCall(policy, () => inspectAttachments(store, { repo, repository: image.repository, digest }, trust));
    const names = trustNames(policy, trust);
    const sigs = checks.filter((c) => c.kind === 'signature');
    const good = sigs.find((c) => c.verifiedBy);
    if (!good) {
        const found = sigs.length ? `${sigs.length} signature(s) found, none verifies (${[...new Set(sigs.map((c) => c.problem))].join('; ')})` : 'it has no signature';
        throw new errors/* UserError */.yo(`refusing ${image.repository}@${digest}: ${found} with ${names}; nothing was changed on any host`);
    }
    reporter.info(`${image.repository}@${digest}: ${good.format === 'bundle' ? 'Sigstore bundle ' : ''}signature verified with ${good.verifiedBy}`);
    if (wantProvenance) {
        const provs = checks.filter((c) => c.kind === 'attestation' && c.predicateType === SLSA_PROVENANCE_V1);
        const valid = provs.filter((c) => c.verifiedBy);
        if (!valid.length) {
            const why = provs.length ? `${provs.length} provenance attestation(s) found, none verifies (${[...new Set(provs.map((c) => c.problem))].join('; ')})` : 'it has no SLSA provenance attestation';
            throw new errors/* UserError */.yo(`refusing ${image.repository}@${digest}: require_provenance is set and ${why} with ${names}; nothing was changed on any host`);
        }
        const want = policy.source;
        if (want) {
            const match = valid.find((c) => normalizeSource(provenanceSource(c.statement)) === normalizeSource(want));
            if (!match) {
                throw new errors/* UserError */.yo(`refusing ${image.repository}@${digest}: its provenance names source '${provenanceSource(valid[0].statement) || '(none)'}', not verify_source '${want}'; nothing was changed on any host`);
            }
        }
        reporter.info(`${image.repository}@${digest}: SLSA provenance verified${want ? ` (source ${want})` : ''}`);
    }
    reporter.info(`verification took ${((Date.now() - started) / 1000).toFixed(2)}s`);
    return { image: resolved, checks };
}
/** `gantry verify`: what is attached to deploy_image and whether each piece verifies. Returns an EXIT code. */
async function verifyCommand(inputs, reporter, image, env) {
    const policy = (0,verify_policy/* verifyPolicy */.Es)(inputs);
    const trust = await trustOf(policy);
    const asked = trust.keys.length > 0 || !!trust.keyless;
    const { store, repo } = await verifyClient(image, policy, reporter, env);
    const resolved = await firstCall(policy, () => resolveDigest(store, repo, image, 'deploy_image'));
    const digest = resolved.digest;
    const checks = await firstCall(policy, () => inspectAttachments(store, { repo, repository: image.repository, digest }, trust));
    reporter.info(`${image.repository}@${digest}`);
    if (!checks.length)
        reporter.info('  nothing attached (no .sig or .att tag, no referrers)');
    for (const c of checks) {
        const what = `${c.format === 'bundle' ? 'bundle ' : ''}${c.kind === 'signature' ? 'signature' : `attestation ${c.predicateType}`}`;
        const verdict = !asked ? 'not checked (no verify_key or verify_identity)' : c.verifiedBy ? `verified with ${c.verifiedBy}` : `NOT verified: ${c.problem}`;
        reporter.info(`  ${what} [${c.where}]: ${verdict}`);
    }
    reporter.setOutput('digest', digest);
    reporter.setOutput('image_ref', `${image.repository}@${digest}`);
    if (!asked)
        return 0;
    try {
        await verifyForDeploy(policy, reporter, resolved, 'deploy_image', env);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo) {
            reporter.warn(err.message.replace(/^refusing/, 'does not verify:').replace(/; nothing was changed on any host$/, ''));
            return 1;
        }
        throw err;
    }
    return 0;
}
/** Writes `text` to `file` through a temporary name and a rename: a full disk leaves no half file, and says so in one line naming `input`. */
function writeWhole(input, file, text) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
        external_fs_.mkdirSync(external_path_.dirname(file), { recursive: true });
        external_fs_.writeFileSync(tmp, text);
        external_fs_.renameSync(tmp, file);
    }
    catch (err) {
        external_fs_.rmSync(tmp, { force: true });
        throw (0,errors/* fileError */.zS)(input, 'write', file, err);
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** gantry's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ })

};
;