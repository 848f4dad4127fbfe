"use strict";
exports.id = 206;
exports.ids = [206];
exports.modules = {

/***/ 37206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   i7: () => (/* binding */ defaultContainerName),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   parseImageRef: () => (/* binding */ parseImageRef),
/* harmony export */   u7: () => (/* binding */ VALID_TAG)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A valid image tag (the registry's grammar). */
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$|^\[[0-9a-fA-F:]+\](?::[0-9]+)?$/;
const REPOSITORY_EXPECTED = 'a repository such as registry.example.com:5000/team/api, lower case, without :tag or @digest';
/**
 * Parses a repository without tag or digest; `input` names the input in errors, `expected` says
 * what that input takes (a reference input takes a tag or digest after the repository).
 */
function parseRepository(text, input = 'image', expected = REPOSITORY_EXPECTED) {
    const value = text.trim();
    if (!value)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is empty', expected);
    const parts = value.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost' || parts[0].startsWith('['))) {
        registry = parts.shift();
        if (!HOST.test(registry))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${registry}' is not a registry host`, expected);
    }
    for (const p of parts) {
        if (p.includes('@') || p.includes(':'))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${value}' has a tag or digest`, expected);
        if (/[A-Z]/.test(p))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${value}' has upper case letters in '${p}'; repository names are lower case`, expected);
        if (!COMPONENT.test(p))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${value}' is not a valid repository name (component '${p}')`, expected);
    }
    let path = parts.join('/');
    if (registry === 'docker.io' && parts.length === 1)
        path = `library/${path}`;
    return { registry, path, name: value };
}
/** Splits repo[:tag][@digest] references such as deploy_image. */
function splitReference(ref) {
    let rest = ref.trim();
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag = '';
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, tag, digest };
}
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function parseImageRef(text, input = 'deploy_image') {
    const ref = text.trim();
    const expected = 'an image reference such as registry:5000/team/api@sha256:... or registry:5000/team/api:tag';
    if (ref === '')
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is empty', 'an image reference (the build sets image_ref)');
    const { repository, tag, digest } = splitReference(ref);
    if (ref.includes('@') && !DIGEST_RE.test(digest))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${ref}' has a digest that is not sha256:<64 hex digits>`, expected);
    if (tag && !VALID_TAG.test(tag))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${ref}' has the tag '${tag}', which is not a valid tag`, expected);
    const repo = parseRepository(repository, input, expected);
    return { registry: repo.registry, repository: repo.name, tag: tag || undefined, digest: digest || undefined };
}
/** repository@digest when known, else repository:tag (latest when nothing is named). */
function formatImageRef(ref) {
    if (ref.digest)
        return `${ref.repository}@${ref.digest}`;
    return `${ref.repository}:${ref.tag ?? 'latest'}`;
}
/** The container name an image gets by default: the last element of its repository. */
function defaultContainerName(ref) {
    const last = ref.repository.split('/').pop();
    return last.replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'app';
}
/** A digest shortened for tables: sha256:0123456789ab. */
function shortDigest(digest) {
    if (!digest)
        return '-';
    const m = /^sha256:([a-f0-9]{12})/.exec(digest);
    return m ? `sha256:${m[1]}` : digest;
}


/***/ })

};
;