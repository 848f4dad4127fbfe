"use strict";
exports.id = 319;
exports.ids = [319];
exports.modules = {

/***/ 39319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keylessSigner: () => (/* binding */ keylessSigner)
});

// UNUSED EXPORTS: BUNDLE_ANNOTATION, CERTIFICATE_ANNOTATION, certificateIdentity, cosignRekorBundle, intotoEntry, ownsKeyless

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


/***/ })

};
;