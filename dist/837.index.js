"use strict";
exports.id = 837;
exports.ids = [837,979];
exports.modules = {

/***/ 73567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build),
  buildServices: () => (/* binding */ buildServices)
});

// UNUSED EXPORTS: allReferences, buildSummary, deployableRef, imageRefs

// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/engine/docker.ts + 1 modules
var docker = __webpack_require__(91926);
// EXTERNAL MODULE: ./src/image/read-build-spec.ts + 3 modules
var read_build_spec = __webpack_require__(579);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: ./src/image/plan/context-facts.ts
var context_facts = __webpack_require__(42580);
// EXTERNAL MODULE: ./src/image/plan/build-facts.ts
var build_facts = __webpack_require__(41715);
// EXTERNAL MODULE: ./src/image/plan/build-plan.ts + 3 modules
var build_plan = __webpack_require__(1254);
// EXTERNAL MODULE: ./src/image/plan/go-mod.ts
var go_mod = __webpack_require__(23962);
// EXTERNAL MODULE: ./src/image/plan/platforms.ts
var plan_platforms = __webpack_require__(41685);
// EXTERNAL MODULE: ./node_modules/tar-fs/index.js
var tar_fs = __webpack_require__(35645);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(44158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/image/buildkit/context-tar.ts




/** Patterns of a .dockerignore file, comments and blanks dropped. */
function readDockerignore(contextDir) {
    const file = external_path_.join(contextDir, '.dockerignore');
    if (!external_fs_.existsSync(file))
        return [];
    return external_fs_.readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/**
 * Which paths of the context are left out: .dockerignore's patterns as the docker CLI reads
 * them, plus `exclude`. Takes absolute paths; the tar and the direct path's source sync share it.
 */
function contextIgnore(contextDir, exclude, keep = () => false) {
    const patterns = [...readDockerignore(contextDir), ...exclude];
    const matcher = ignore_default()({ ignorecase: false }).add(patterns);
    const hasExceptions = patterns.some((p) => p.startsWith('!'));
    const root = external_path_.resolve(contextDir);
    return (name) => {
        const rel = external_path_.relative(root, name).split(external_path_.sep).join('/');
        if (!rel || keep(rel))
            return keep(rel);
        if (!matcher.ignores(rel))
            return false;
        // With exceptions (!pattern) a folder may hold files to keep: only skip files then.
        if (hasExceptions) {
            try {
                return !external_fs_.statSync(name).isDirectory();
            }
            catch {
                return true;
            }
        }
        return true;
    };
}
/**
 * The build context as a tar stream, honouring .dockerignore as the docker CLI does.
 * Owners are zeroed so a context checked out by another user gives the same layers.
 */
function contextTar(contextDir, opts) {
    const root = external_path_.resolve(contextDir);
    return tar_fs/* pack */.q(root, {
        ignore: contextIgnore(root, opts.exclude, (rel) => rel in opts.extra),
        map: (header) => {
            header.uid = 0;
            header.gid = 0;
            return header;
        },
        finalize: false,
        finish: (pack) => {
            for (const [name, content] of Object.entries(opts.extra)) {
                pack.entry({ name, mode: 0o644, uid: 0, gid: 0, mtime: new Date(0) }, content);
            }
            pack.finalize();
        },
    });
}

// EXTERNAL MODULE: ./src/image/plan/dockerfile.ts
var dockerfile = __webpack_require__(52103);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/image/buildkit/buildkit-trace.ts
/**
 * Decodes BuildKit's progress (`moby.buildkit.trace` aux messages: a base64 StatusResponse
 * from buildkit's control.proto) with a small protobuf reader: only the fields shown to users.
 */
function* fields(buf) {
    let pos = 0;
    const varint = () => {
        let result = 0n;
        let shift = 0n;
        for (;;) {
            if (pos >= buf.length)
                throw new Error('truncated varint');
            const b = buf[pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return result;
            shift += 7n;
        }
    };
    while (pos < buf.length) {
        const key = Number(varint());
        const no = key >>> 3;
        const wire = key & 7;
        if (wire === 0)
            yield { no, wire, value: varint() };
        else if (wire === 2) {
            const len = Number(varint());
            const value = buf.subarray(pos, pos + len);
            pos += len;
            yield { no, wire, value };
        }
        else if (wire === 1) {
            pos += 8;
        }
        else if (wire === 5) {
            pos += 4;
        }
        else
            throw new Error(`unsupported wire type ${wire}`);
    }
}
const str = (v) => (Buffer.isBuffer(v) ? v.toString('utf8') : '');
const num = (v) => (typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : 0);
function timestamp(buf) {
    let seconds = 0;
    let nanos = 0;
    for (const f of fields(buf)) {
        if (f.no === 1)
            seconds = num(f.value);
        if (f.no === 2)
            nanos = num(f.value);
    }
    return seconds + nanos / 1e9;
}
function vertex(buf) {
    const v = { digest: '', name: '', cached: false, error: '' };
    for (const f of fields(buf)) {
        if (f.no === 1)
            v.digest = str(f.value);
        else if (f.no === 3)
            v.name = str(f.value);
        else if (f.no === 4)
            v.cached = num(f.value) !== 0;
        else if (f.no === 5 && Buffer.isBuffer(f.value))
            v.started = timestamp(f.value);
        else if (f.no === 6 && Buffer.isBuffer(f.value))
            v.completed = timestamp(f.value);
        else if (f.no === 7)
            v.error = str(f.value);
    }
    return v;
}
function buildkit_trace_status(buf) {
    const s = { id: '', vertex: '', current: 0, total: 0 };
    for (const f of fields(buf)) {
        if (f.no === 1)
            s.id = str(f.value);
        else if (f.no === 2)
            s.vertex = str(f.value);
        else if (f.no === 4)
            s.current = num(f.value);
        else if (f.no === 5)
            s.total = num(f.value);
        else if (f.no === 8 && Buffer.isBuffer(f.value))
            s.completed = timestamp(f.value);
    }
    return s;
}
function log(buf) {
    const l = { vertex: '', data: Buffer.alloc(0) };
    for (const f of fields(buf)) {
        if (f.no === 1)
            l.vertex = str(f.value);
        else if (f.no === 4 && Buffer.isBuffer(f.value))
            l.data = f.value;
    }
    return l;
}
function decodeStatus(base64) {
    const out = { vertexes: [], statuses: [], logs: [] };
    for (const f of fields(Buffer.from(base64, 'base64'))) {
        if (!Buffer.isBuffer(f.value))
            continue;
        if (f.no === 1)
            out.vertexes.push(vertex(f.value));
        else if (f.no === 2)
            out.statuses.push(buildkit_trace_status(f.value));
        else if (f.no === 3)
            out.logs.push(log(f.value));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/image/buildkit/export-files.ts






/** A tar holding only `files` (name -> content): a context without anything from disk. */
function filesTar(files) {
    const pack = tar_stream.pack();
    for (const [name, content] of Object.entries(files))
        pack.entry({ name, mode: 0o644, mtime: new Date(0) }, content);
    pack.finalize();
    return pack;
}
/** A fresh value for the GANTRY_NONCE build argument, so a helper step always runs. */
function nonce() {
    return (0,external_crypto_.randomBytes)(8).toString('hex');
}
/**
 * Runs a helper build: the Dockerfile must be in the context as `Dockerfile`. The nonce goes in
 * as the build argument GANTRY_NONCE (declare `ARG GANTRY_NONCE` before the steps that must
 * run): BuildKit's own no-cache would also empty the cache mounts, which is the opposite of
 * what these builds are for.
 */
async function helperBuild(engine, context, opts = {}) {
    let imageId = '';
    const logs = [];
    const options = { dockerfile: 'Dockerfile', networkmode: 'none', buildargs: { GANTRY_NONCE: nonce() }, rm: true };
    if (opts.tag)
        options.t = opts.tag;
    try {
        await engine.build(context, options, (m) => {
            if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string') {
                for (const l of decodeStatus(m.aux).logs)
                    logs.push(l.data.toString('utf8'));
            }
            else if (m.id === 'moby.image.id')
                imageId = m.aux.ID;
        });
    }
    catch (err) {
        const tail = logs.join('').trim().split('\n').slice(-5).join(' | ');
        throw new Error(`${err instanceof Error ? err.message : String(err)}${tail ? ` (${tail})` : ''}`);
    }
    return { imageId, logs: logs.join('') };
}
/** Streams `containerPath` out of an image (see Engine.withImageArchive). */
function withImageArchive(engine, image, containerPath, consume) {
    return engine.withImageArchive(image, containerPath, consume);
}
function removeImage(engine, image) {
    return engine.removeImage(image, { force: true });
}
/**
 * Unpacks an archive whose entries start with `prefix/` into `dest`, dropping the prefix.
 * Owners are not restored (the files belong to whoever runs gantry); modes and times are.
 */
function extractUnder(archive, prefix, dest) {
    external_fs_.mkdirSync(dest, { recursive: true });
    const strip = `${prefix.replace(/^\/+|\/+$/g, '')}/`;
    return new Promise((resolve, reject) => {
        const extract = tar_fs/* extract */.o(dest, {
            // map runs first: entries outside the prefix (and the prefix itself) become '.', then ignored.
            map: (header) => {
                header.name = header.name.startsWith(strip) ? header.name.slice(strip.length) || '.' : '.';
                const h = header;
                if (h.linkname && header.type === 'link' && h.linkname.startsWith(strip))
                    h.linkname = h.linkname.slice(strip.length);
                return header;
            },
            ignore: (_name, header) => !header || header.name === '.' || header.name === './',
            chown: false,
        });
        extract.on('finish', () => resolve());
        extract.on('error', reject);
        archive.on('error', reject);
        archive.pipe(extract);
    });
}
/** Reads the one regular file of an archive (getArchive of a file) into `dest`, executable. */
function extractSingleFile(archive, dest) {
    external_fs_.mkdirSync(external_path_.dirname(dest), { recursive: true });
    return new Promise((resolve, reject) => {
        const extract = tar_stream.extract();
        let size = -1;
        extract.on('entry', (header, body, next) => {
            if (header.type !== 'file' || size >= 0) {
                body.resume();
                body.on('end', next);
                return;
            }
            const out = external_fs_.createWriteStream(dest, { mode: 0o755 });
            size = 0;
            body.on('data', (c) => (size += c.length));
            body.pipe(out);
            out.on('finish', () => next());
            out.on('error', reject);
        });
        extract.on('finish', () => (size >= 0 ? resolve(size) : reject(new Error('the archive held no file'))));
        extract.on('error', reject);
        archive.on('error', reject);
        archive.pipe(extract);
    });
}
/** A tar's entries read into memory, headers and bodies, in order (image archives, layers: small enough). */
function readTarEntries(tar) {
    const extract = tar_stream.extract();
    const entries = [];
    return new Promise((resolve, reject) => {
        extract.on('entry', (header, body, next) => {
            const chunks = [];
            body.on('data', (c) => chunks.push(c));
            body.on('end', () => {
                entries.push({ header, body: Buffer.concat(chunks) });
                next();
            });
            body.on('error', reject);
        });
        extract.on('finish', () => resolve(entries));
        extract.on('error', reject);
        if (Buffer.isBuffer(tar)) {
            extract.end(tar);
        }
        else {
            tar.on('error', reject);
            tar.pipe(extract);
        }
    });
}

;// CONCATENATED MODULE: ./src/image/cache/cache-dir.ts






/**
 * The cache folder (cache_dir): BuildKit's cache mounts survive an ephemeral engine by being
 * copied into the folder after a build and back into a fresh engine's mounts before the next.
 *
 * Layout: one sub-folder per cache mount id (the ids of dockerfile.ts cacheIds(), so a module
 * cache per Go version, a compiler cache per Go version and platform), each holding the mount's
 * files and `.gantry-stamp`: a random id written into both the mount and the folder whenever
 * they were made equal. Equal stamps mean the engine's mount already holds everything the
 * folder does, so a warm engine skips the upload, and extraction then copies only what changed
 * since (files newer than the stamp). Deletions inside a mount are not carried over; pruning
 * keeps the folder small instead.
 */
const STAMP = '.gantry-stamp';
const MOUNT_ROOT = '/gantry-cache';
/**
 * An empty image whose labels remember each mount's stamp as gantry last wrote it, so a warm
 * engine is recognised by one inspect instead of a probe build. If the engine pruned its build
 * cache since, the build is slower once and the extraction copies the mount whole again.
 */
const MARKER_REPO = 'gantry-cache-state';
const MARKER_LABEL = 'org.gantry.cache.';
const OUT_ROOT = '/gantry-out';
/** The cache mounts a generated build uses (vendored builds have no module cache). */
function cacheMountsFor(goVersion, os, arch, cgo, vendored) {
    const ids = (0,dockerfile/* cacheIds */.LH)(goVersion, os, arch, cgo);
    const out = [{ id: ids.build, kind: 'build' }];
    if (!vendored)
        out.unshift({ id: ids.mod, kind: 'mod' });
    return out;
}
/** Distinct mounts, in first-seen order. */
function uniqueMounts(mounts) {
    const seen = new Map();
    for (const m of mounts)
        if (!seen.has(m.id))
            seen.set(m.id, m);
    return [...seen.values()];
}
function shellWord(s) {
    if (!/^[A-Za-z0-9_.-]+$/.test(s))
        throw new Error(`not a cache id: ${s}`);
    return s;
}
function mountFlags(mounts) {
    return mounts.map((m) => `--mount=type=cache,id=${shellWord(m.id)},target=${MOUNT_ROOT}/${m.id}`).join(' ');
}
/** Prints `gantry-stamp ID STAMP` per mount: what each of the engine's mounts was last made equal to. */
function probeDockerfile(image, mounts) {
    const ids = mounts.map((m) => shellWord(m.id)).join(' ');
    return [
        `FROM ${image}`,
        'ARG GANTRY_NONCE',
        `RUN ${mountFlags(mounts)} \\`,
        `    for id in ${ids}; do echo "gantry-stamp $id $(cat ${MOUNT_ROOT}/$id/${STAMP} 2>/dev/null)"; done`,
        '',
    ].join('\n');
}
/**
 * Copies the context's sub-folders (one per mount) into the mounts, then touches each stamp
 * with the engine's clock, so files the next build writes are newer than it even when the
 * folder came from a machine whose clock runs ahead.
 */
function injectDockerfile(image, mounts) {
    const ids = mounts.map((m) => shellWord(m.id)).join(' ');
    return [
        `FROM ${image}`,
        'ARG GANTRY_NONCE',
        `RUN --mount=type=bind,target=/in ${mountFlags(mounts)} \\`,
        `    set -e; for id in ${ids}; do cp -a /in/$id/. ${MOUNT_ROOT}/$id/; touch ${MOUNT_ROOT}/$id/${STAMP}; done`,
        '',
    ].join('\n');
}
/**
 * Copies each mount into a stage and that stage into an image of its own: all of a mount
 * (`full`) or only what changed since its stamp (`since`); then writes a new stamp to both.
 * Files are made owner-writable (the module cache is read-only), so a CI cache can restore
 * and delete them as any user.
 */
function extractDockerfile(image, mounts, newStamp) {
    const pairs = mounts.map((m) => `${shellWord(m.id)}:${m.mode}`).join(' ');
    return [
        `FROM ${image} AS extract`,
        'ARG GANTRY_NONCE',
        `RUN ${mountFlags(mounts)} \\`,
        `    set -e; for pair in ${pairs}; do id=\${pair%%:*}; mode=\${pair#*:}; c=${MOUNT_ROOT}/$id; o=${OUT_ROOT}/$id; mkdir -p $o; cd $c; \\`,
        `      if [ "$mode" = since ] && [ -f ${STAMP} ]; then find . -newer ${STAMP} ! -name ${STAMP} \\( -type f -o -type l \\) -print0 | tar -c --null -T - -f - | tar -x -C $o; \\`,
        `      else tar -c --exclude=./${STAMP} -f - . | tar -x -C $o; fi; \\`,
        `      echo ${shellWord(newStamp)} > ${STAMP}; cp -p ${STAMP} $o/; chmod -R u+w $o; \\`,
        `      echo "gantry-extract $id $mode $(find $o -type f ! -name ${STAMP} | wc -l) $(du -sk $o | cut -f1)"; done`,
        '',
        'FROM scratch',
        `COPY --from=extract ${OUT_ROOT} ${OUT_ROOT}`,
        '',
    ].join('\n');
}
/** Parses the probe's `gantry-stamp ID STAMP` lines. */
function parseStamps(logs) {
    const out = new Map();
    for (const m of logs.matchAll(/^gantry-stamp (\S+) ?(\S*)\s*$/gm))
        out.set(m[1], m[2]);
    return out;
}
/** Puts an extracted cache entry in place: a full extract replaces the entry, a `since` one adds the changed files to it. */
function placeEntry(from, to, mode) {
    if (mode === 'full') {
        external_fs_.rmSync(to, { recursive: true, force: true });
        external_fs_.renameSync(from, to);
    }
    else {
        try {
            external_fs_.cpSync(from, to, { recursive: true, force: true, preserveTimestamps: true });
        }
        catch (err) {
            // Half-copied changes would pass for a whole entry: the entry goes, the next save writes it whole.
            external_fs_.rmSync(to, { recursive: true, force: true });
            throw (0,errors/* fileError */.zS)('cache_dir', 'write', to, err);
        }
    }
}
function readStamp(dir) {
    try {
        return external_fs_.readFileSync(external_path_.join(dir, STAMP), 'utf8').trim();
    }
    catch {
        return '';
    }
}
function walk(dir, out) {
    let names;
    try {
        names = external_fs_.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const d of names) {
        const p = external_path_.join(dir, d.name);
        if (d.isDirectory())
            walk(p, out);
        else if (d.isFile()) {
            const st = external_fs_.statSync(p);
            out.push({ file: p, size: st.size, mtimeMs: st.mtimeMs });
        }
    }
}
function folderBytes(dir) {
    const entries = [];
    walk(dir, entries);
    return entries.reduce((n, e) => n + e.size, 0);
}
/**
 * Which compiler cache entries to delete so the folder fits `maxBytes`: the oldest first.
 * Go's build cache tolerates losing any entry (it recompiles what is missing); module caches
 * are never pruned, since a module removed would be downloaded again (or, offline, break the
 * build): their size only counts against the limit. Pure, for tests.
 */
function pruneChoice(build, otherBytes, maxBytes) {
    let total = otherBytes + build.reduce((n, e) => n + e.size, 0);
    if (maxBytes <= 0 || total <= maxBytes)
        return [];
    const victims = [];
    const oldestFirst = build.filter((e) => external_path_.basename(e.file) !== STAMP && external_path_.basename(e.file) !== 'README' && external_path_.basename(e.file) !== 'trim.txt').sort((a, b) => a.mtimeMs - b.mtimeMs || (a.file < b.file ? -1 : 1));
    for (const e of oldestFirst) {
        if (total <= maxBytes)
            break;
        victims.push(e);
        total -= e.size;
    }
    return victims;
}
/**
 * The folder's sizes as its last full walk found them (plus what was added since), with the
 * stamps its entries had then: the folder's sizes stay known without walking thousands of files
 * after every build. Any entry whose stamp is not the recorded one (another writer, a restored
 * folder) makes the record void and the next save walks the folder again.
 */
const SIZES = '.gantry-sizes.json';
/** Each entry's stamp ('' when it has none). */
function folderStamps(dir) {
    const out = {};
    let names = [];
    try {
        names = external_fs_.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const d of names)
        if (d.isDirectory())
            out[d.name] = readStamp(external_path_.join(dir, d.name));
    return out;
}
function readSizes(dir) {
    try {
        const r = JSON.parse(external_fs_.readFileSync(external_path_.join(dir, SIZES), 'utf8'));
        return typeof r.totalBytes === 'number' && typeof r.moduleBytes === 'number' && r.stamps && typeof r.stamps === 'object' ? r : undefined;
    }
    catch {
        return undefined;
    }
}
function writeSizes(dir, r) {
    try {
        const tmp = external_path_.join(dir, `${SIZES}.${process.pid}.tmp`);
        external_fs_.writeFileSync(tmp, JSON.stringify(r));
        external_fs_.renameSync(tmp, external_path_.join(dir, SIZES));
    }
    catch {
        // no record: the next save walks the folder
    }
}
function sameStamps(a, b) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
/**
 * After files were added to the folder (`added` bytes per entry id; their stamps changed from
 * `before`): its sizes from the record when the record describes the folder as it was before
 * and the estimate (an upper bound: replaced files count twice) stays under `maxBytes`; else
 * undefined, and the caller walks and prunes (pruneCacheDir).
 */
function sizesAfterAdding(dir, before, added, maxBytes) {
    const r = readSizes(dir);
    if (!r || !sameStamps(r.stamps, before))
        return undefined;
    let totalBytes = r.totalBytes;
    let moduleBytes = r.moduleBytes;
    for (const [id, bytes] of Object.entries(added)) {
        totalBytes += bytes;
        if (!id.startsWith('gantry-gobuild-'))
            moduleBytes += bytes;
    }
    if (maxBytes > 0 && totalBytes > maxBytes)
        return undefined;
    return { totalBytes, moduleBytes, prunedBytes: 0, prunedFiles: 0 };
}
/** Records sizes found or estimated for the folder as it is now. */
function recordSizes(dir, sizes) {
    writeSizes(dir, { totalBytes: sizes.totalBytes, moduleBytes: sizes.moduleBytes, stamps: folderStamps(dir) });
}
/** Prunes the folder to `maxBytes` (0: no limit) as pruneChoice says, and records its sizes. */
function pruneCacheDir(dir, maxBytes) {
    const result = walkAndPrune(dir, maxBytes);
    if (external_fs_.existsSync(dir))
        recordSizes(dir, result);
    return result;
}
function walkAndPrune(dir, maxBytes) {
    const build = [];
    const other = [];
    let subdirs = [];
    try {
        subdirs = external_fs_.readdirSync(dir);
    }
    catch {
        return { totalBytes: 0, moduleBytes: 0, prunedBytes: 0, prunedFiles: 0 };
    }
    for (const d of subdirs)
        walk(external_path_.join(dir, d), d.startsWith('gantry-gobuild-') ? build : other);
    const moduleBytes = other.reduce((n, e) => n + e.size, 0);
    const victims = pruneChoice(build, moduleBytes, maxBytes);
    for (const v of victims)
        external_fs_.rmSync(v.file, { force: true });
    const prunedBytes = victims.reduce((n, e) => n + e.size, 0);
    const totalBytes = moduleBytes + build.reduce((n, e) => n + e.size, 0) - prunedBytes;
    return { totalBytes, moduleBytes, prunedBytes, prunedFiles: victims.length };
}
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
/**
 * One cache folder in use around a set of builds: `restore` before them (probe, then inject
 * what the engine lacks), `save` after (extract what changed, prune).
 */
class CacheDir {
    engine;
    reporter;
    dir;
    maxMb;
    image;
    /** Per mount: whether the engine's mount and the folder were equal (stamps) before the builds. */
    lineage = new Map();
    mounts = [];
    constructor(engine, reporter, dir, maxMb, 
    /** An image with a shell, cp, find and tar: the builder image of the builds. */
    image) {
        this.engine = engine;
        this.reporter = reporter;
        this.dir = dir;
        this.maxMb = maxMb;
        this.image = image;
    }
    async restore(mounts) {
        this.mounts = uniqueMounts(mounts);
        if (!this.mounts.length)
            return;
        const started = Date.now();
        const stamps = new Map(this.mounts.map((m) => [m.id, readStamp(external_path_.join(this.dir, m.id))]));
        const withFiles = this.mounts.filter((m) => stamps.get(m.id));
        if (!withFiles.length) {
            for (const m of this.mounts)
                this.lineage.set(m.id, 'other');
            this.reporter.info(`cache: ${this.dir} holds nothing for ${this.mounts.map((m) => m.id).join(', ')} yet; the build fills the engine's cache mounts and they are saved after it`);
            return;
        }
        let engineStamps = await this.markedStamps();
        if (withFiles.some((m) => engineStamps.get(m.id) !== stamps.get(m.id))) {
            const probe = await helperBuild(this.engine, filesTar({ Dockerfile: probeDockerfile(this.image, this.mounts) }), { debug: this.reporter.debug.bind(this.reporter) });
            if (probe.imageId)
                await removeImage(this.engine, probe.imageId);
            engineStamps = parseStamps(probe.logs);
        }
        const missing = withFiles.filter((m) => engineStamps.get(m.id) !== stamps.get(m.id));
        for (const m of this.mounts)
            this.lineage.set(m.id, stamps.get(m.id) ? 'same' : 'other');
        if (!missing.length) {
            this.reporter.info(`cache: the engine's cache mounts already hold ${this.dir} (${withFiles.map((m) => m.id).join(', ')}); nothing to inject`);
            return;
        }
        const bytes = missing.reduce((n, m) => n + folderBytes(external_path_.join(this.dir, m.id)), 0);
        const dockerfile = injectDockerfile(this.image, missing);
        const tar = contextTar(this.dir, { exclude: ['*', ...missing.map((m) => `!${m.id}`), 'Dockerfile'], extra: { Dockerfile: dockerfile } });
        const inject = await helperBuild(this.engine, tar, { debug: this.reporter.debug.bind(this.reporter) });
        if (inject.imageId)
            await removeImage(this.engine, inject.imageId);
        await this.markStamps(new Map(missing.map((m) => [m.id, stamps.get(m.id)])));
        this.reporter.info(`cache: injected ${mb(bytes)} from ${this.dir} into ${missing.map((m) => m.id).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }
    /** The stamps the marker image remembers for this engine's mounts. */
    async markedStamps() {
        const labels = (await this.engine.inspectImage(`${MARKER_REPO}:latest`))?.Config?.Labels ?? {};
        const out = new Map();
        for (const [k, v] of Object.entries(labels))
            if (k.startsWith(MARKER_LABEL))
                out.set(k.slice(MARKER_LABEL.length), v);
        return out;
    }
    /** Re-imports the (empty) marker image with these stamps merged into its labels. */
    async markStamps(updates) {
        try {
            const before = (await this.engine.inspectImage(`${MARKER_REPO}:latest`))?.Id;
            const stamps = await this.markedStamps();
            for (const [id, stamp] of updates)
                stamps.set(id, stamp);
            const changes = [...stamps].map(([id, stamp]) => `LABEL ${MARKER_LABEL}${shellWord(id)}=${shellWord(stamp)}`);
            await this.engine.importImage(filesTar({}), MARKER_REPO, 'latest', changes);
            if (before && before !== (await this.engine.inspectImage(`${MARKER_REPO}:latest`))?.Id)
                await removeImage(this.engine, before);
        }
        catch (err) {
            this.reporter.debug(`cache: could not record the mounts' stamps in ${MARKER_REPO} (${err instanceof Error ? err.message : String(err)})`);
        }
    }
    async save() {
        if (!this.mounts.length)
            return undefined;
        const started = Date.now();
        const stamp = nonce();
        const plan = this.mounts.map((m) => ({ ...m, mode: this.lineage.get(m.id) === 'same' ? 'since' : 'full' }));
        const tag = `gantry-cache-export:${stamp}`;
        const built = await helperBuild(this.engine, filesTar({ Dockerfile: extractDockerfile(this.image, plan, stamp) }), { tag, debug: this.reporter.debug.bind(this.reporter) });
        try {
            external_fs_.mkdirSync(this.dir, { recursive: true });
            const staging = external_fs_.mkdtempSync(external_path_.join(external_path_.dirname(external_path_.resolve(this.dir)), '.gantry-cache-'));
            try {
                await withImageArchive(this.engine, built.imageId || tag, OUT_ROOT, (archive) => extractUnder(archive, OUT_ROOT.slice(1), staging));
                external_fs_.mkdirSync(this.dir, { recursive: true });
                for (const m of plan) {
                    const from = external_path_.join(staging, m.id);
                    const to = external_path_.join(this.dir, m.id);
                    if (!external_fs_.existsSync(from))
                        continue;
                    placeEntry(from, to, m.mode);
                }
            }
            finally {
                external_fs_.rmSync(staging, { recursive: true, force: true });
            }
        }
        finally {
            await removeImage(this.engine, tag);
        }
        await this.markStamps(new Map(this.mounts.map((m) => [m.id, stamp])));
        const lines = [...built.logs.matchAll(/^gantry-extract (\S+) (\S+) (\d+) (\d+)\s*$/gm)].map((m) => `${m[1]} ${m[2] === 'full' ? 'all' : 'changed'}: ${m[3]} files, ${mb(Number(m[4]) * 1024)}`);
        const pruned = pruneCacheDir(this.dir, this.maxMb * 1048576);
        this.reporter.info(`cache: extracted into ${this.dir} in ${((Date.now() - started) / 1000).toFixed(1)}s (${lines.join('; ')})`);
        this.reporter.info(`cache: ${this.dir} holds ${mb(pruned.totalBytes)} (modules ${mb(pruned.moduleBytes)})` +
            (pruned.prunedFiles ? `; pruned ${pruned.prunedFiles} oldest build cache entries (${mb(pruned.prunedBytes)}) to stay under cache_max_mb ${this.maxMb}` : ''));
        if (this.maxMb > 0 && pruned.moduleBytes > this.maxMb * 1048576) {
            this.reporter.warn(`cache: module caches alone take ${mb(pruned.moduleBytes)}, over cache_max_mb ${this.maxMb}; modules are never pruned (they would be downloaded again): raise cache_max_mb`);
        }
        return pruned;
    }
}

;// CONCATENATED MODULE: ./src/image/cache/cache-key.ts

function cacheKeys(f) {
    const go = [...new Set(f.goVersions)].sort().join('+') || 'none';
    const platforms = [...new Set(f.platforms)].sort().map((p) => p.replace(/\//g, '-')).join('+') || 'native';
    const hash = (0,external_crypto_.createHash)('sha256');
    for (const name of Object.keys(f.sums).sort())
        hash.update(`${name}\0${f.sums[name]}\0`);
    const prefix = `gantry-cache-v1-go${go}-${platforms}-`;
    return { key: `${prefix}${hash.digest('hex').slice(0, 24)}`, restoreKeys: [prefix] };
}

;// CONCATENATED MODULE: ./src/image/cache/github-cache.ts

/**
 * The one wrapper around GitHub's cache service (@actions/cache): cache_dir is restored before
 * the build and saved after it when gantry runs on GitHub; elsewhere the CI's own cache keeps
 * the folder (GitLab: `cache: paths`), and this says so once. The client (and the storage SDK
 * behind it) is imported only on GitHub, when a cache is restored or saved.
 */
function onGitHubCache(env) {
    return env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RUNTIME_TOKEN) && Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/** Restores `dir`; returns the key that hit, or ''. Failures are warnings: the build runs cold. */
async function restoreFromGitHub(dir, keys, reporter, env) {
    if (!onGitHubCache(env)) {
        reporter.info(`cache: not on GitHub Actions (no ACTIONS_CACHE_URL/ACTIONS_RUNTIME_TOKEN): ${dir} is used as it is; keep it with your CI's cache (GitLab: cache: paths)`);
        return '';
    }
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(236), __webpack_require__.e(367), __webpack_require__.e(318), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
        const hit = (await cache.restoreCache([dir], keys.key, keys.restoreKeys)) ?? '';
        reporter.info(hit ? `cache: restored ${dir} from the GitHub cache, key ${hit}${hit === keys.key ? '' : ' (a partial hit)'}` : `cache: no GitHub cache entry for ${keys.key} or ${keys.restoreKeys.join(', ')}*`);
        return hit;
    }
    catch (err) {
        reporter.warn(`cache: restoring ${dir} from the GitHub cache failed (${(0,errors/* errorMessage */.gJ)(err)}); building without it`);
        return '';
    }
}
/** Saves `dir` under the key unless that exact key was restored (GitHub cache entries are immutable). */
async function saveToGitHub(dir, keys, restored, reporter, env) {
    if (!onGitHubCache(env))
        return;
    if (restored === keys.key) {
        reporter.info(`cache: the GitHub cache already holds ${keys.key}; not saved again (a new go.sum makes a new key)`);
        return;
    }
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(236), __webpack_require__.e(367), __webpack_require__.e(318), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
        const id = await cache.saveCache([dir], keys.key);
        reporter.info(`cache: saved ${dir} to the GitHub cache as ${keys.key}${id > 0 ? ` (id ${id})` : ''}`);
    }
    catch (err) {
        reporter.warn(`cache: saving ${dir} to the GitHub cache failed (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
}

// EXTERNAL MODULE: ./src/image/publish/binary-paths.ts
var binary_paths = __webpack_require__(44529);
;// CONCATENATED MODULE: ./src/image/publish/binaries.ts






async function exportBinary(engine, imageId, dir, name) {
    const info = await engine.inspectImage(imageId);
    const program = (0,binary_paths/* imageProgram */.m)(info?.Config ?? {});
    if (!program)
        throw new Error(`image ${imageId} names no absolute entrypoint to export as a binary`);
    const dest = external_path_.join(dir, name);
    try {
        const size = await withImageArchive(engine, imageId, program, (archive) => extractSingleFile(archive, dest));
        const sha256 = (0,external_crypto_.createHash)('sha256').update(external_fs_.readFileSync(dest)).digest('hex');
        return { name, sha256, size };
    }
    catch (err) {
        if (!err.code)
            throw err;
        external_fs_.rmSync(dest, { force: true });
        throw (0,errors/* fileError */.zS)('binaries_dir', 'write', dest, err);
    }
}
/** Copies a binary compiled by the direct path into `dir` as `name`, keeping its mtime. */
function copyBinary(file, dir, name) {
    const dest = external_path_.join(dir, name);
    try {
        external_fs_.mkdirSync(external_path_.dirname(dest), { recursive: true });
        external_fs_.copyFileSync(file, dest);
        external_fs_.chmodSync(dest, 0o755);
        const st = external_fs_.statSync(file);
        external_fs_.utimesSync(dest, st.atime, st.mtime);
    }
    catch (err) {
        // A half-copied binary is never left to be taken for a whole one.
        external_fs_.rmSync(dest, { force: true });
        throw (0,errors/* fileError */.zS)('binaries_dir', 'write', dest, err);
    }
    const body = external_fs_.readFileSync(dest);
    return { name, sha256: (0,external_crypto_.createHash)('sha256').update(body).digest('hex'), size: body.length };
}
/** Merges entries into SHA256SUMS (`HASH  NAME` lines, sorted by name), keeping other files' lines. */
function mergeSha256Sums(existing, entries) {
    const lines = new Map();
    for (const l of existing.split('\n')) {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(l.trim());
        if (m)
            lines.set(m[2], m[1]);
    }
    for (const e of entries)
        lines.set(e.name, e.sha256);
    return [...lines.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, h]) => `${h}  ${n}`).join('\n') + '\n';
}
function writeSha256Sums(dir, entries) {
    const file = external_path_.join(dir, 'SHA256SUMS');
    let existing = '';
    try {
        existing = external_fs_.readFileSync(file, 'utf8');
    }
    catch {
        existing = '';
    }
    // Written beside and renamed: a full disk leaves the previous SHA256SUMS whole.
    const tmp = `${file}.${process.pid}.tmp`;
    try {
        external_fs_.mkdirSync(dir, { recursive: true });
        external_fs_.writeFileSync(tmp, mergeSha256Sums(existing, entries));
        external_fs_.renameSync(tmp, file);
    }
    catch (err) {
        external_fs_.rmSync(tmp, { force: true });
        throw (0,errors/* fileError */.zS)('binaries_dir', 'write', file, err);
    }
    return file;
}

// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
// EXTERNAL MODULE: ./src/registry/registry-client.ts
var registry_client = __webpack_require__(24690);
// EXTERNAL MODULE: ./src/preload.ts
var preload = __webpack_require__(91746);
;// CONCATENATED MODULE: ./src/image/secrets/secret-sources.ts



function hasBuildSecrets(s) {
    return s.secrets.size > 0 || s.agents.size > 0;
}
/** Every secret text gantry holds: to mask, to refuse as a build arg, to search images for. */
function secretTexts(s) {
    const out = [];
    for (const r of s.secrets.values())
        out.push({ id: r.id, text: r.value.toString('utf8') });
    for (const a of s.agents.values())
        for (const k of a.privateKeys)
            out.push({ id: `ssh ${a.source.id}`, text: k });
    return out;
}
function readSecret(ref, netrc, env) {
    const f = ref.from;
    if ('env' in f) {
        const v = env[f.env];
        if (v === undefined)
            throw (0,errors/* inputError */.Xu)('secret_envs', `secret '${ref.id}' comes from ${f.env}, which is not set`, `${f.env} set in the environment of the build job`);
        if (v === '')
            throw (0,errors/* inputError */.Xu)('secret_envs', `secret '${ref.id}' comes from ${f.env}, which is empty`, `a non-empty ${f.env}`);
        return { id: ref.id, from: `environment variable ${f.env}`, value: Buffer.from(v, 'utf8') };
    }
    if ('file' in f) {
        const file = external_path_.resolve(f.file);
        let value;
        try {
            value = external_fs_.readFileSync(file);
        }
        catch (err) {
            const code = err.code ?? String(err);
            throw (0,errors/* inputError */.Xu)('secret_files', `secret '${ref.id}': cannot read ${f.file} (${code})`, 'a readable file');
        }
        if (value.length === 0)
            throw (0,errors/* inputError */.Xu)('secret_files', `secret '${ref.id}': ${f.file} is empty`, 'a file holding the secret');
        return { id: ref.id, from: `file ${f.file}`, value };
    }
    return { id: ref.id, from: 'input netrc', value: Buffer.from(netrc.trim() + '\n', 'utf8') };
}
function agentFor({ keyAgent, parsePrivateKey, socketAgent }, ref, env) {
    if ('agent' in ref) {
        const sock = env.SSH_AUTH_SOCK;
        if (!sock)
            throw (0,errors/* inputError */.Xu)('ssh', `id '${ref.id}' forwards the runner's agent, but SSH_AUTH_SOCK is not set`, 'a running ssh-agent (eval "$(ssh-agent)"; ssh-add KEY), or ID=path-to-key');
        return { source: socketAgent(ref.id, sock), privateKeys: [] };
    }
    if ('keyText' in ref) {
        return { source: keyAgent(ref.id, 'key given as text', [parsePrivateKey(ref.keyText, ref.id, 'key text')]), privateKeys: [ref.keyText] };
    }
    const stats = ref.paths.map((p) => {
        try {
            return external_fs_.statSync(p);
        }
        catch (err) {
            throw (0,errors/* inputError */.Xu)('ssh', `id '${ref.id}': cannot read ${p} (${err.code ?? err})`, 'an agent socket or a private key file');
        }
    });
    if (stats[0].isSocket()) {
        if (ref.paths.length > 1)
            throw (0,errors/* inputError */.Xu)('ssh', `id '${ref.id}': ${ref.paths[0]} is an agent socket; give one socket or key files, not both`, 'ID=socket or ID=key[,key]');
        return { source: socketAgent(ref.id, ref.paths[0]), privateKeys: [] };
    }
    const texts = [];
    const keys = ref.paths.map((p) => {
        let text;
        try {
            text = external_fs_.readFileSync(p, 'utf8');
        }
        catch (err) {
            throw (0,errors/* inputError */.Xu)('ssh', `id '${ref.id}': cannot read ${p} (${err.code ?? err})`, 'a readable private key file');
        }
        texts.push(text);
        return parsePrivateKey(text, ref.id, p);
    });
    return { source: keyAgent(ref.id, `key ${ref.paths.join(', ')}`, keys), privateKeys: texts };
}
/**
 * Reads every secret and checks every agent answers, before anything is built: an unset
 * variable, an unreadable file, a key with a passphrase or a dead agent socket fail here,
 * naming the input and the id.
 */
async function resolveBuildSecrets(spec, env) {
    const secrets = new Map();
    for (const ref of spec.refs)
        secrets.set(ref.id, readSecret(ref, spec.netrc, env));
    const agents = new Map();
    if (spec.ssh.length) {
        const mod = await __webpack_require__.e(/* import() */ 417).then(__webpack_require__.bind(__webpack_require__, 54417));
        for (const ref of spec.ssh) {
            const { source, privateKeys } = agentFor(mod, ref, env);
            agents.set(ref.id, { source, privateKeys, publicKeys: await mod.agentIdentities(source) });
        }
    }
    return { secrets, agents };
}

;// CONCATENATED MODULE: ./src/image/secrets/secret-mounts.ts


/** Splits a --mount value (CSV, fields possibly quoted) into key/value pairs. */
function mountFields(value) {
    const fields = [];
    let cur = '';
    let quote = '';
    for (const ch of value) {
        if (quote) {
            if (ch === quote)
                quote = '';
            else
                cur += ch;
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === ',') {
            fields.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    fields.push(cur);
    return fields
        .map((f) => f.trim())
        .filter(Boolean)
        .map((f) => {
        const eq = f.indexOf('=');
        return eq < 0 ? [f.toLowerCase(), ''] : [f.slice(0, eq).trim().toLowerCase(), f.slice(eq + 1).trim()];
    });
}
function parseMount(value) {
    const fields = mountFields(value);
    const get = (...keys) => fields.find(([k]) => keys.includes(k))?.[1];
    const type = get('type') ?? 'bind';
    if (type !== 'secret' && type !== 'ssh')
        return null;
    const target = get('target', 'dst', 'destination');
    const id = get('id') || (type === 'secret' ? (target ? external_path_.posix.basename(target) : '') : 'default');
    const req = fields.find(([k]) => k === 'required');
    const required = req ? req[1] === '' || req[1].toLowerCase() === 'true' : undefined;
    return { type, id, required };
}
function instructions(dockerfile) {
    const lines = dockerfile.split(/\r?\n/);
    let escape = '\\';
    // Parser directives come first, before any instruction or comment that is not one.
    for (const l of lines) {
        const d = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(l);
        if (!d)
            break;
        if (d[1].toLowerCase() === 'escape')
            escape = d[2];
    }
    const out = [];
    let cur = null;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (!cur) {
            if (!trimmed || trimmed.startsWith('#'))
                continue;
            cur = { line: i + 1, text: '', first: trimmed };
        }
        else if (!trimmed || trimmed.startsWith('#')) {
            continue; // comments and blank lines inside a continued instruction are dropped
        }
        const right = raw.replace(/\s+$/, '');
        if (right.endsWith(escape)) {
            cur.text += `${right.slice(0, -escape.length)} `;
        }
        else {
            cur.text += right;
            out.push(cur);
            cur = null;
        }
    }
    if (cur)
        out.push(cur);
    return out;
}
/** The RUN steps with secret or ssh mounts, in order. */
function secretRunSteps(dockerfile) {
    const steps = [];
    let stageIndex = -1;
    let stage = '';
    for (const ins of instructions(dockerfile)) {
        const words = ins.text.trim().split(/\s+/);
        const keyword = words[0].toUpperCase();
        if (keyword === 'FROM') {
            stageIndex++;
            const as = words.findIndex((w) => w.toUpperCase() === 'AS');
            stage = as > 0 && words[as + 1] ? words[as + 1] : String(stageIndex);
            continue;
        }
        if (keyword !== 'RUN')
            continue;
        const mounts = [];
        for (const w of words.slice(1)) {
            if (!w.startsWith('--'))
                break;
            const m = /^--mount=(.*)$/.exec(w);
            if (!m)
                continue;
            const mount = parseMount(m[1].replace(/^["']|["']$/g, ''));
            if (mount)
                mounts.push(mount);
        }
        if (mounts.length)
            steps.push({ line: ins.line, stage, text: ins.first.length > 100 ? `${ins.first.slice(0, 97)}...` : ins.first, mounts });
    }
    return steps;
}
function where(step) {
    return `line ${step.line} (stage ${step.stage}: ${step.text})`;
}
/**
 * Refuses a Dockerfile that mounts a secret or agent gantry was not given, naming the id
 * and the step (a mount marked required=false is left to BuildKit). Returns warnings for
 * given ids no step mounts.
 */
function checkSecretMounts(steps, secretIds, sshIds) {
    for (const step of steps) {
        for (const m of step.mounts) {
            if (m.required === false)
                continue;
            if (m.type === 'secret' && !secretIds.has(m.id)) {
                throw new errors/* UserError */.yo(`the Dockerfile mounts secret '${m.id}' at ${where(step)}, but no secret '${m.id}' was given; add '${m.id}=ENV_NAME' to secret_envs or '${m.id}=path' to secret_files`);
            }
            if (m.type === 'ssh' && !sshIds.has(m.id)) {
                throw new errors/* UserError */.yo(`the Dockerfile mounts ssh agent '${m.id}' at ${where(step)}, but ssh gives no id '${m.id}'; add '${m.id === 'default' ? 'default' : `${m.id}=path-to-key`}' to ssh`);
            }
        }
    }
    const warnings = [];
    const used = (type, id) => steps.some((s) => s.mounts.some((m) => m.type === type && m.id === id));
    for (const id of secretIds)
        if (!used('secret', id))
            warnings.push(`secret '${id}' is given but no RUN step mounts it`);
    for (const id of sshIds)
        if (!used('ssh', id))
            warnings.push(`ssh id '${id}' is given but no RUN step mounts it`);
    return warnings;
}

// EXTERNAL MODULE: ./src/image/secrets/secret-guard.ts
var secret_guard = __webpack_require__(16579);
;// CONCATENATED MODULE: ./src/user-dirs.ts


/**
 * The user's cache folder from the environment the front end passed down (never the process's
 * own): XDG_CACHE_HOME, else HOME/.cache.
 */
function userCacheDir(env) {
    if (env.XDG_CACHE_HOME)
        return env.XDG_CACHE_HOME;
    if (!env.HOME)
        throw new errors/* UserError */.yo('neither XDG_CACHE_HOME nor HOME is set; expected HOME (gantry keeps builder files and layer copies under HOME/.cache/gantry)');
    return external_path_.join(env.HOME, '.cache');
}

;// CONCATENATED MODULE: ./src/image/secrets/secret-rotation.ts




/**
 * BuildKit keeps a secret's value out of its cache key, so a rotated token would silently
 * reuse the step that fetched with the old one. gantry gives each step that mounts secrets
 * one more mount: an empty, read-only cache mount whose id carries an HMAC of the mounted
 * values under a random salt that never leaves this machine. A changed value changes the
 * id, so the step's cache key, and the step runs again. Checked on the engine: mount flags
 * are not written to the image's history, and a mount under /dev (a tmpfs in every build
 * container) leaves no mount point in the layer, so nothing of it reaches the image.
 */
const ROTATION_TARGET = '/dev/.gantry-secrets';
const SALT_BYTES = 32;
/** Where the salt lives: the runner's cache folder, beside the engine it builds on. */
function saltFile(env) {
    return external_path_.join(userCacheDir(env), 'gantry', 'secrets-salt');
}
/** Reads the salt, creating it (0600) on first use. */
function loadSalt(file) {
    try {
        const salt = external_fs_.readFileSync(file);
        if (salt.length === SALT_BYTES)
            return salt;
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
    }
    external_fs_.mkdirSync(external_path_.dirname(file), { recursive: true, mode: 0o700 });
    // Written aside, then linked into place: concurrent builds (config, parallel) all end up
    // with the one salt that won, never a half-written one.
    const salt = external_crypto_.randomBytes(SALT_BYTES);
    const tmp = `${file}.${process.pid}.${external_crypto_.randomBytes(4).toString('hex')}.tmp`;
    external_fs_.writeFileSync(tmp, salt, { mode: 0o600 });
    try {
        external_fs_.linkSync(tmp, file);
        return salt;
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
        const winner = external_fs_.readFileSync(file);
        if (winner.length === SALT_BYTES)
            return winner;
        // A damaged salt (wrong size) is replaced: steps that mount secrets run once more.
        external_fs_.renameSync(tmp, file);
        return salt;
    }
    finally {
        external_fs_.rmSync(tmp, { force: true });
    }
}
/** The step's revision: HMAC-SHA256(salt, what it mounts), 128 bits in hex. */
function stepRevision(salt, step, secrets) {
    const h = external_crypto_.createHmac('sha256', salt);
    const mounts = [...step.mounts].sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`));
    for (const m of mounts) {
        h.update(`${m.type}\0${m.id}\0`);
        if (m.type === 'secret') {
            const v = secrets.secrets.get(m.id)?.value ?? Buffer.alloc(0);
            h.update(`${v.length}\0`).update(v);
        }
        else {
            for (const k of secrets.agents.get(m.id)?.publicKeys ?? [])
                h.update(`${k.length}\0`).update(k);
        }
        h.update('\0');
    }
    return h.digest('hex').slice(0, 32);
}
function rotationMount(revision) {
    return `--mount=type=cache,id=gantry-secrets-${revision},target=${ROTATION_TARGET},ro`;
}
/** Adds the rotation mount to each given step's RUN line; the rest of the file is untouched. */
function addRotationMounts(dockerfile, steps) {
    const lines = dockerfile.split('\n');
    for (const { step, revision } of steps) {
        const i = step.line - 1;
        const replaced = lines[i].replace(/^(\s*RUN)(\s+)/i, `$1 ${rotationMount(revision)}$2`);
        if (replaced === lines[i])
            throw new Error(`line ${step.line} is not a RUN instruction: ${lines[i]}`);
        lines[i] = replaced;
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/image/secrets/secret-values.ts
var secret_values = __webpack_require__(23022);
;// CONCATENATED MODULE: ./src/image/secrets/layer-scan.ts

/** Finds needles in a stream of chunks, across chunk boundaries. */
class NeedleMatcher {
    needles;
    tail = Buffer.alloc(0);
    keep;
    found = new Set();
    constructor(needles) {
        this.needles = needles;
        this.keep = Math.max(0, ...needles.map((n) => n.bytes.length - 1));
    }
    push(chunk) {
        const buf = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
        for (const n of this.needles)
            if (!this.found.has(n.id) && n.bytes.length && buf.includes(n.bytes))
                this.found.add(n.id);
        this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - this.keep)));
    }
}
function readEntry(stream, onChunk) {
    return new Promise((resolve, reject) => {
        stream.on('data', onChunk);
        stream.on('end', resolve);
        stream.on('error', reject);
    });
}
/** Scans one layer tar: file names and contents. */
function scanLayer(layer, needles, entry, hits) {
    return new Promise((resolve, reject) => {
        const inner = tar_stream.extract();
        inner.on('entry', (header, stream, next) => {
            const matcher = new NeedleMatcher(needles);
            matcher.push(Buffer.from(`${header.name}\n${header.linkname ?? ''}\n`));
            readEntry(stream, (b) => matcher.push(b)).then(() => {
                for (const id of matcher.found)
                    hits.push({ id, entry, file: header.name });
                next();
            }, reject);
        });
        inner.on('finish', resolve);
        inner.on('error', reject);
        layer.on('error', reject);
        layer.pipe(inner);
    });
}
function describe(hit, manifest, config) {
    if (manifest && hit.entry === manifest.Config)
        return 'the image config (env, labels, history)';
    const index = manifest ? manifest.Layers.indexOf(hit.entry) : -1;
    if (index >= 0) {
        const steps = (config?.history ?? []).filter((h) => !h.empty_layer);
        const step = steps[index]?.created_by?.replace(/\s+# buildkit$/, '');
        return `layer ${index + 1} of ${manifest?.Layers.length}${step ? ` (${step.length > 80 ? `${step.slice(0, 77)}...` : step})` : ''}, file /${hit.file ?? ''}`;
    }
    return hit.file ? `${hit.entry}, file /${hit.file}` : `the saved image's ${hit.entry}`;
}
/** Scans a `docker save` stream of one image; returns where each needle was found. */
async function scanSavedImage(saved, needles) {
    const usable = needles.filter((n) => n.bytes.length > 0);
    if (usable.length === 0)
        return [];
    const hits = [];
    let manifest;
    const jsons = new Map();
    await new Promise((resolve, reject) => {
        const outer = tar_stream.extract();
        outer.on('entry', (header, stream, next) => {
            if (header.name.endsWith('layer.tar') && header.type === 'file') {
                scanLayer(stream, usable, header.name, hits).then(() => next(), reject);
                return;
            }
            const matcher = new NeedleMatcher(usable);
            const chunks = [];
            readEntry(stream, (b) => {
                matcher.push(b);
                if (header.name.endsWith('.json'))
                    chunks.push(b);
            }).then(() => {
                for (const id of matcher.found)
                    hits.push({ id, entry: header.name });
                if (chunks.length)
                    jsons.set(header.name, Buffer.concat(chunks));
                next();
            }, reject);
        });
        outer.on('finish', resolve);
        outer.on('error', reject);
        saved.on('error', reject);
        saved.pipe(outer);
    });
    const manifestText = jsons.get('manifest.json');
    if (manifestText)
        manifest = JSON.parse(manifestText.toString('utf8'))[0];
    let config;
    const configText = manifest ? jsons.get(manifest.Config) : undefined;
    if (configText)
        config = JSON.parse(configText.toString('utf8'));
    return hits.map((h) => ({ id: h.id, where: describe(h, manifest, config) }));
}

;// CONCATENATED MODULE: ./src/image/secrets/build-secrets.ts







async function prepareSecrets(spec, buildArgs, reporter, env, dockerfile) {
    const secrets = await resolveBuildSecrets(spec, env);
    const texts = secretTexts(secrets);
    for (const t of texts)
        for (const part of (0,secret_values/* maskParts */.B)(t.text))
            reporter.mask(part);
    const guard = (0,secret_guard/* guardBuildArgs */.X6)(buildArgs, texts, spec.allowSecretBuildArgs);
    for (const w of guard.warnings)
        reporter.warn(w);
    const steps = secretRunSteps(dockerfile);
    for (const w of checkSecretMounts(steps, new Set(secrets.secrets.keys()), new Set(secrets.agents.keys())))
        reporter.warn(w);
    let built = dockerfile;
    if (steps.length) {
        const salt = loadSalt(saltFile(env));
        built = addRotationMounts(dockerfile, steps.map((step) => ({ step, revision: stepRevision(salt, step, secrets) })));
    }
    const needles = [];
    for (const t of texts) {
        const { needles: found, tooShort } = (0,secret_values/* secretNeedles */.h9)(t.text);
        if (tooShort)
            reporter.warn(`secret '${t.id}' is shorter than 6 characters: too short to search the image for`);
        for (const n of found)
            needles.push({ id: t.id, bytes: Buffer.from(n, 'utf8') });
    }
    return {
        dockerfile: built,
        secrets,
        async openSession(engine, debug) {
            if (!hasBuildSecrets(secrets))
                return null;
            // gRPC and the session's services are loaded only by a build that has something to serve.
            const { openBuildSession } = await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 6082));
            return openBuildSession(engine, {
                secret: (id) => secrets.secrets.get(id)?.value,
                agent: (id) => secrets.agents.get(id)?.source,
                debug,
            });
        },
        async scanImage(engine, imageId, references) {
            if (needles.length === 0)
                return;
            const hits = await scanSavedImage(await engine.save(imageId), needles);
            if (hits.length === 0) {
                reporter.info(`searched the image for ${texts.length} secret(s): none found`);
                return;
            }
            for (const ref of references)
                await engine.removeImage(ref, { noprune: true });
            const where = hits.slice(0, 5).map((h) => `secret '${h.id}' in ${h.where}`).join('; ');
            throw new errors/* UserError */.yo(`the built image holds a secret, so nothing was pushed and its tags were removed: ${where}${hits.length > 5 ? ` (and ${hits.length - 5} more)` : ''}. ` +
                'Read secrets only in RUN --mount=type=secret steps, and write nothing derived from them into the image (files, ENV, LABEL, ARG).');
        },
    };
}

// EXTERNAL MODULE: ./src/image/secrets/private-modules.ts
var private_modules = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/registry/registry-auth.ts
var registry_auth = __webpack_require__(54147);
// EXTERNAL MODULE: ./src/image/runtime-files/context-name.ts
var context_name = __webpack_require__(50707);
// EXTERNAL MODULE: external "zlib"
var external_zlib_ = __webpack_require__(43106);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ./src/image/direct/reproducible-tar.ts


const BLOCK = 512;
/** Walk order: a folder, then its children by name, each child's subtree before the next child. */
function compareWalkOrder(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        if (pa[i] !== pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    }
    return pa.length - pb.length;
}
/** The folders above each entry that are not entries themselves, made with `dir`'s attributes. */
function withParents(entries, dir) {
    const have = new Set(entries.map((e) => e.path));
    const out = [...entries];
    for (const e of entries) {
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const p = parts.slice(0, i).join('/');
            if (!have.has(p)) {
                have.add(p);
                out.push({ ...dir, path: p, type: 'dir' });
            }
        }
    }
    return out;
}
function writeString(block, offset, length, value) {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length > length)
        throw new Error(`tar: '${value}' does not fit a ${length}-byte field`);
    bytes.copy(block, offset);
}
function writeOctal(block, offset, length, value) {
    const text = value.toString(8);
    if (text.length > length - 1)
        throw new Error(`tar: ${value} does not fit a ${length}-byte field`);
    writeString(block, offset, length, text.padStart(length - 1, '0'));
}
/**
 * The ustar name/prefix split Go's archive/tar makes (the engine's layers are written by it):
 * the last '/' within the first 156 bytes, or undefined when the path needs a PAX record.
 */
function splitName(name) {
    if (Buffer.byteLength(name) <= 100)
        return { name, prefix: '' };
    if (!/^[\x00-\x7f]*$/.test(name))
        return undefined;
    let length = name.length;
    if (length > 156)
        length = 156;
    else if (name[length - 1] === '/')
        length--;
    const i = name.lastIndexOf('/', length - 1);
    const suffix = name.length - i - 1;
    if (i <= 0 || suffix > 100 || suffix === 0 || i > 155)
        return undefined;
    return { prefix: name.slice(0, i), name: name.slice(i + 1) };
}
function header(f) {
    const b = Buffer.alloc(BLOCK);
    writeString(b, 0, 100, f.name);
    writeOctal(b, 100, 8, f.mode);
    writeOctal(b, 108, 8, f.uid);
    writeOctal(b, 116, 8, f.gid);
    writeOctal(b, 124, 12, f.size);
    writeOctal(b, 136, 12, f.mtime);
    b.fill(0x20, 148, 156);
    writeString(b, 156, 1, f.typeflag);
    writeString(b, 157, 100, f.linkname);
    writeString(b, 257, 6, 'ustar');
    writeString(b, 263, 2, '00');
    writeString(b, 265, 32, f.uname);
    writeString(b, 297, 32, f.gname);
    if (f.devices) {
        writeOctal(b, 329, 8, 0);
        writeOctal(b, 337, 8, 0);
    }
    writeString(b, 345, 155, f.prefix);
    let sum = 0;
    for (const byte of b)
        sum += byte;
    writeString(b, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    return b;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length)
        length = String(length).length + Buffer.byteLength(body);
    return `${length}${body}`;
}
function padding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
const TYPEFLAG = { file: '0', dir: '5', symlink: '2' };
/** The file type bits the engine keeps in a header's mode field (S_IFREG, S_IFDIR, S_IFLNK). */
const TYPE_BITS = { file: 0o100000, dir: 0o40000, symlink: 0o120000 };
/**
 * The tar bytes of `entries`, sorted in walk order, each header as the engine's layer diffs
 * write it (Go's archive/tar in PAX mode): folder names end in '/', the mode field holds the
 * file type bits, device fields are zeros, a name too long for ustar goes in a PAX record.
 */
function tarBytes(entries) {
    const sorted = [...entries].sort((a, b) => compareWalkOrder(a.path, b.path));
    const parts = [];
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].path === sorted[i - 1].path)
            throw new Error(`tar: '${sorted[i].path}' is listed twice`);
    }
    for (const e of sorted) {
        if (!e.path || e.path.startsWith('/') || e.path.endsWith('/'))
            throw new Error(`tar: '${e.path}' is not a relative path`);
        const name = e.type === 'dir' ? `${e.path}/` : e.path;
        const body = e.type === 'file' ? e.body ?? Buffer.alloc(0) : Buffer.alloc(0);
        const linkname = e.type === 'symlink' ? e.linkname ?? '' : '';
        const split = splitName(name);
        const pax = [];
        if (Buffer.byteLength(linkname) > 100)
            pax.push(paxRecord('linkpath', linkname));
        if (!split)
            pax.push(paxRecord('path', name));
        if (pax.length) {
            const data = Buffer.from(pax.join(''), 'utf8');
            // Go's path.Join(path.Split(name) around "PaxHeaders.0").
            const slash = name.lastIndexOf('/');
            const paxName = [name.slice(0, slash + 1).replace(/\/+$/, ''), 'PaxHeaders.0', name.slice(slash + 1)].filter(Boolean).join('/').slice(0, 100).replace(/\/+$/, '');
            parts.push(header({ name: paxName, prefix: '', mode: 0, uid: 0, gid: 0, size: data.length, mtime: 0, typeflag: 'x', linkname: '', uname: '', gname: '', devices: false }), data, padding(data.length));
        }
        parts.push(header({
            name: split ? split.name : name.slice(0, 100),
            prefix: split ? split.prefix : '',
            mode: TYPE_BITS[e.type] | (e.mode & 0o7777),
            uid: e.uid,
            gid: e.gid,
            size: body.length,
            mtime: e.mtime,
            typeflag: TYPEFLAG[e.type],
            linkname: Buffer.byteLength(linkname) > 100 ? linkname.slice(0, 100) : linkname,
            uname: e.uname,
            gname: e.gname,
            devices: true,
        }));
        if (body.length)
            parts.push(body, padding(body.length));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}
/** The gzip level every layer is compressed with (changing it changes every digest): the fastest, about twice level 6's speed for 7% more bytes. */
const GZIP_LEVEL = 1;
/** Layers are deflated in pieces of this size, in parallel; changing it changes every digest. */
const GZIP_CHUNK = 1 << 20;
const WINDOW = 32 * 1024;
const deflateRaw = (data, options) => new Promise((resolve, reject) => external_zlib_.deflateRaw(data, options, (err, out) => (err ? reject(err) : resolve(out))));
let crcTable;
function crc32(data) {
    const native = external_zlib_.crc32;
    if (native)
        return native(data);
    if (!crcTable) {
        crcTable = new Int32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c;
        }
    }
    let crc = -1;
    for (let i = 0; i < data.length; i++)
        crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ -1) >>> 0;
}
/**
 * gzip with no name, no mtime and the Unix OS byte; the data is deflated in fixed pieces at once
 * (each primed with the 32 KiB before it, as pigz does), so the bytes depend only on the data,
 * the level and the piece size, never on the number of threads.
 */
async function reproducibleGzip(data, level = GZIP_LEVEL) {
    const pieces = [];
    for (let offset = 0; offset < data.length || offset === 0; offset += GZIP_CHUNK) {
        const end = Math.min(offset + GZIP_CHUNK, data.length);
        const last = end >= data.length;
        const options = { level, memLevel: 8, windowBits: 15, strategy: external_zlib_.constants.Z_DEFAULT_STRATEGY, finishFlush: last ? external_zlib_.constants.Z_FINISH : external_zlib_.constants.Z_SYNC_FLUSH };
        if (offset > 0)
            options.dictionary = data.subarray(Math.max(0, offset - WINDOW), offset);
        pieces.push(deflateRaw(data.subarray(offset, end), options));
        if (last)
            break;
    }
    const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(data), 0);
    trailer.writeUInt32LE(data.length % 2 ** 32, 4);
    return Buffer.concat([header, ...(await Promise.all(pieces)), trailer]);
}
function sha256(data) {
    return `sha256:${(0,external_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
const LAYER_MEDIA_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** An uncompressed layer's media type: what a layer only loaded into the engine is (docker load takes the tar as it is). */
const TAR_LAYER_MEDIA_TYPE = 'application/vnd.docker.image.rootfs.diff.tar';
async function layerOf(entries, level = GZIP_LEVEL) {
    return compressed(tarBytes(entries), level);
}
/** A layer from its tar, gzipped reproducibly. */
async function compressed(tar, level = GZIP_LEVEL) {
    const gzip = reproducibleGzip(tar, level);
    // The diff id is hashed here while the pieces deflate on the thread pool.
    const diffId = sha256(tar);
    const blob = await gzip;
    return { diffId, digest: sha256(blob), size: blob.length, blob, tar, mediaType: LAYER_MEDIA_TYPE };
}
/**
 * A layer left uncompressed, for an image that is only loaded into the engine: the engine keys
 * layers by their diff id (the image id, the config's digest, does not change), so the gzip
 * blob would be made for nothing. Its digest is the diff id and its blob undefined.
 */
function uncompressedLayerOf(entries) {
    const tar = tarBytes(entries);
    const diffId = sha256(tar);
    return { diffId, digest: diffId, size: tar.length, tar, mediaType: TAR_LAYER_MEDIA_TYPE };
}

;// CONCATENATED MODULE: ./src/image/direct/layers.ts


/**
 * The layers the generated Dockerfile's runtime stage adds on top of its base, one per COPY:
 * the CA certificates, the zoneinfo tree, /etc/passwd and /etc/group (bases without users), and
 * the binary. Owners, modes and times are those of the Dockerfile's build stage: everything
 * root's, folders 0755, time 0 except the binary layer's (the commit time).
 */
/** How the engine's layer diffs name root: owner 0:0 with user and group names. */
const ROOT_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' };
const PASSWD = `nonroot:x:${dockerfile/* NONROOT_UID */.Ze}:${dockerfile/* NONROOT_UID */.Ze}:nonroot:/nonexistent:/sbin/nologin\n`;
const GROUP = `nonroot:x:${dockerfile/* NONROOT_UID */.Ze}:\n`;
function dirAt(mtime) {
    return { ...ROOT_OWNER, mode: 0o755, mtime };
}
function entries(files, mtime) {
    return withParents(files, dirAt(mtime));
}
function certificatesLayer(caCertificates) {
    return layerOf(entries([{ ...ROOT_OWNER, path: 'etc/ssl/certs/ca-certificates.crt', type: 'file', mode: 0o644, mtime: 0, body: caCertificates }], 0));
}
function zoneinfoLayer(zoneinfo) {
    const files = [];
    for (const z of zoneinfo) {
        const rel = z.path.replace(/^\/+|\/+$/g, '');
        if (rel.split('/').includes('..'))
            throw new Error(`zoneinfo entry '${z.path}' leaves the folder`);
        files.push({
            ...ROOT_OWNER,
            path: rel ? `usr/share/zoneinfo/${rel}` : 'usr/share/zoneinfo',
            type: z.type,
            mode: z.mode & 0o7777,
            mtime: 0,
            body: z.type === 'file' ? z.body ?? Buffer.alloc(0) : undefined,
            linkname: z.type === 'symlink' ? z.linkname ?? '' : undefined,
        });
    }
    return layerOf(entries(files, 0));
}
function usersLayer() {
    return layerOf(entries([
        { ...ROOT_OWNER, path: 'etc/passwd', type: 'file', mode: 0o644, mtime: 0, body: Buffer.from(PASSWD) },
        { ...ROOT_OWNER, path: 'etc/group', type: 'file', mode: 0o644, mtime: 0, body: Buffer.from(GROUP) },
    ], 0));
}
/** The binary at /usr/local/bin/NAME; it and its folders carry the commit time. Uncompressed for an image only loaded. */
async function binaryLayer(binaryName, binary, commitTime, compress = true) {
    const files = entries([{ ...ROOT_OWNER, path: `usr/local/bin/${binaryName}`, type: 'file', mode: 0o755, mtime: commitTime, body: binary }], commitTime);
    return compress ? layerOf(files) : uncompressedLayerOf(files);
}
/** The two layers of a builder image's files. */
async function rootfsLayers(rootfs) {
    if ('certificates' in rootfs)
        return rootfs;
    const [certificates, zoneinfo] = await Promise.all([certificatesLayer(rootfs.caCertificates), zoneinfoLayer(rootfs.zoneinfo)]);
    return { certificates, zoneinfo };
}
const ROOTFS = '/gantry/rootfs';
/** The runtime stage's layers in the Dockerfile's order, each with its instruction (compressed at once). */
async function runtimeLayers(o) {
    const files = rootfsLayers(o.rootfs);
    const steps = [
        files.then((f) => ({ layer: f.certificates, createdBy: `COPY ${ROOTFS}/certs/ / # buildkit` })),
        files.then((f) => ({ layer: f.zoneinfo, createdBy: `COPY ${ROOTFS}/zoneinfo/ / # buildkit` })),
    ];
    if (o.needsPasswd)
        steps.push(usersLayer().then((layer) => ({ layer, createdBy: `COPY ${ROOTFS}/users/ / # buildkit` })));
    steps.push(binaryLayer(o.binaryName, o.binary, o.commitTime, o.compress ?? true).then((layer) => ({ layer, createdBy: `COPY ${ROOTFS}/bin/ / # buildkit` })));
    return Promise.all(steps);
}

;// CONCATENATED MODULE: ./src/image/runtime-files/tar-entries.ts

/** Every entry of an uncompressed tar stream, in order. */
function tar_entries_readTarEntries(archive) {
    return new Promise((resolve, reject) => {
        const out = [];
        const extract = tar_stream.extract();
        extract.on('entry', (h, stream, next) => {
            const chunks = [];
            stream.on('data', (c) => chunks.push(c));
            stream.on('end', () => {
                const type = h.type === 'file' || h.type === 'directory' || h.type === 'symlink' ? h.type : 'other';
                out.push({ name: h.name, type, mode: (h.mode ?? 0o644) & 0o7777, linkname: h.linkname ?? '', body: Buffer.concat(chunks) });
                next();
            });
            stream.on('error', reject);
        });
        extract.on('finish', () => resolve(out));
        extract.on('error', reject);
        archive.on('error', reject);
        archive.pipe(extract);
    });
}

;// CONCATENATED MODULE: ./src/image/runtime-files/runtime-files-archive.ts
// Generated by scripts/refresh-runtime-files.sh: gantry's pinned runtime files (Debian's ca-certificates
// and tzdata), gzip'd tar as base64, embedded so the bundle carries it. Do not edit.
const RUNTIME_FILES_GZ_BASE64 = 'H4sIAAAAAAACA+z9WbOrSLMlitYzv6LeZeeKXvBwHuh7EIhG8EYn+kb08OsvmqvJzJWZ+9vfzl2nzrVb02yZ5goxIQAPH2N4eHikU3z9H/+Lf8Dz54ZhX5/nz6+ff/E7juLg//if2P/4f+BnHqdw+J//83/8/+lPer7/cayv/+96/zcYh/7P+/9/8v3H6TCN1/+XvH8IRMH/8/7/N7z/OPy/Pr8UryIOp3T8/8TD9N/0/nEU/ev3j2PoDcJ+ef8ohCP/43+C/+f9/y//+b8+PzQnSPr/ZDjLlniJoWzuqxXQJEkED4ahozmjVommMkl6jgbSV/q1N6iVNX1Z6QIpX2KdMjmeNqnVLLmHRlMCBTkcQK2rbDo669Yy/XC7TbPOP8p81jVNlaUS8wHWtAnqnmaCK7N+tSssZX1vG1eAMb8aBW6VeeegUn4FN82mII11VsPWEO1IwrPt0Fhu1w7uZ5vGSRtXUiZAZ7pLU5rGODxrQsHDdOpQszlTo9CvLjLrKjrc9K2XJadr1PitPVu5TxtwNqoaVX010rnGWK62ZplUaBQoMI+38JAihDU5mjIdikIlhl2pz/cK1Z0P0mQi4B3OV995P4f98gz6HnySbFAvyB2drea2ES/ruDOWcn81E/qaXDvhn1uvW/wyE5lWNp0PiFNxh62Q4LgMft7pcsTo8MmYCITfvX2tt/nF0XH3WF/JpGcaQoDwVb7ob5jt1Iflex0gwEV3T0vQEnayi1WVuuHaPdeoXCeVh8aWUjZ0uJ22ArdvjAmWbktwdlI9c7qod72ngFq8D0eGPe+UQRs9qHRuwobh9oyejZkaHjSxi79wu64oQtvhKU5VaA0+3vMtRFlpyAdAoohV4R/u68LOR9Y3bcJTqocWAwaGq+kEYHOliP6KpjeNMZfJfFvgVK1E+SYimsXUKwAqkku6mhxbx9WyDA4rgvRiMJJIDQQ/hF28highGBz1ZgVvPtpEJ9fhbbByOngblopAhb+EouuOGqYQjsWf9wbt+STMWVKQVFp5Rfi72ip1MEO1rJ27TfnuVA7jjdg1eLuiNwBVuJoGi2H3a/C6FvdMvVJ18zxu86aGKpwUmraNILvh2hU21DnGdP4KGa7fIAcO3TUDaBDPwtT+oeb1BXw9dS9viTmL4AukdA+s4pBXiU3SZHYgVhQvRpTvb9YcBfEyOZPy6EMgfvZVOMWtL2g6TGAy6YOvSqp2/pof5q18eL0h+EmUJ+bwTr0ALjhyw1ezhrI+TPt7DczO+DSpyzYNLYRU1xhVjdHY+NWXLMWE8UDSqD42ByowJZYyKbo7zXk/hz81xuvL9CVAWX2aNh3xHOtcbNOLxq0Cw5wDxnR4+qCYvKK7RLRWoyCWBEkQteFLH/Hn4KktQVOPQODxVeTVswryuw/nfdKQhwrrddxa/XlA6XvWEu/k7ns17nt6mZTc7CMyqNHE14WA71ei81z/eaUI1o+YwXIf1mG1cQ+NBj+jNWEz06Np+5Hf7BI54raCnjDgzm8asyOtpNHrYlP3j38QrdNhvQiOtqnzvsXr52qfE0ir6Wt0SPG6Ik7G/aXvqQ24r8DDO7HWx10Tywt5+kg6/rguC8zo8/ewPB+Y558+gC/ozHLFB0V9jvHYs/0hCcDPB7ZKzOcLnsYZyqIo06QhSjSpaKV3Sqio4LxLSjApiaIrSnA+n+znE4gzGvw6IKN7StAo36TLz/+JlZ4phqKc7PxDA6TSjMo+JwjMz+d6Hnd+chwFmOt5Jt4/z0h1n4ZgpWtKQCl//ZyQ+/0Vnc+n/zmxQFARRS+UEFPAzTyvcF4p/Tqjdl7h7PLZ9dCkm09Pzj/IPz0LTfb4nPg8Ef/pQfDp6XnceQvfvgi/us5RKvXtRA+TFr5uwaRAivUpjaI2iuUo3aRginMoxaS+bvFzCybFa58z19+v0H3OnFD0SrEdpa7UQokxlaw0QjHo92ekUUl2nuDrIR7USmfZQGcf2IrPN+BXoWiBMdst6mm6yf6bQanwVgdwfUQCX4YeOT9hbQbOgyeNd74MRVwt4xwL6+NNSx0XCpaQg4lI4epOnqeK5y9TLrD6NO0m9Lb6NPMJCD10MZ9yGQo1HCHa4sPungj1eYCeB8I5LhA5D5/9Vy80l6yCp/QZC+N35EoAduXo62pyH2Q+7+75zZQ5jmMpIzO3rz80hZ8j8E9oDZyPkD2hiqbkeKP6a3t19PZxoh7GNOLNWbtgYu560ut+lCg1CEMwxmb0AzW2tjWJPukB9gZyFtlc4JvTw/0SDO8mgBKN0OQ7dN5Xd6VC3brbCt+7hEZuRYFnyIV5+cwDjG5E5gDyzvQBZ1/VKYDezab7pzE+HN3xyaE41L7BHJJL6yUIO24wdfd6MbnWYw7p5hTWi700AKVdOeWpWfqEC4KNJ7e8UQTSW28+SrbMQLFJRgazRrAR4tb8UaDvGBJWkyJLMizTngUW9yKLYUuP2h6gFUgx0yDL0NJyGB1jd+foandCDEq2H5dNrsc2MSl5E2REMfNXWzcjMLX41ELmKmV3Wmz56rpUKNP7PmJKzsDcVTpf016EdTZBWzMtJjj3kJG5Jwpe2nDhicAtzV2Lg6WTFlxyuUeHe2y4VWVApVZDnWWazZpxOfiGIpwgWobuRTpbMg9qMJSzVCwHJPzo+8dD43zG8d5KMTvtY00Oq7+AG/fYUyGMZtR95qsx3FnfrvhbWryUZ+o+HOE2HhSQQxsFj7t7h56ZHqdoruLgM4bwbOX3W/dqnhs8T/5TkKdrswZDL2ay2O7vLgrr6LhsPJAgF1/Guv35GMrcuPGN4C91QZ2jqGRlMl0vr1vwihGzRQmV53Or3S/qemQTMhd3qINFoL+7nrmFgXp/VO5ggrPAIXss+xk9ZzUuEp6P9NwrslhwcnXOfxeofwO+OCqns3/mrf+C0/LZB9Tgn5z2/gwMXRNieKf8RBgTJxcq8Vd+x6wOpbHjBjAHJX9jlb5NVa6tWdzK/uSuuWBXkKO6MmvbXKDR8Q+WaZqOljkVLwNeQf/uoC9Ouxost2pltem2g+l28J3TUpv2aWep8x8dfq7+uTjwT67+uTjw20HncyikXz0D/d0x3KkPZmUd8+Uk1H7LxF7LG+wK7LQ+rVpAihTzLPdVk26j2VRMLwypWNyLyG2GG9bORoEpRr+7iWeJkV7giGPFr7eZvQCajitP6ZBHXr4wu3XcK/JcH7tFBWJxciB25UsiAV9jeWCgeXuPugTphhi05cBK0UEdgCfy8XR3h2gyaUfN7FezKR3YWhLdzsvJYwTBa5HltiDm25TSOAwwmeHk/GUfDHHPT5udaPYZcpSznmwQQ+JnOvtqCbvRXW9CZ5qhJcCE40CGynSYVQ735Hw5nOzfquUdv9ZLACA3tNQdJ6Xq4zKFRdQ8nuFz0Yr1aCGM6WaQ8F+bsL83a3tTpquopMqvYQbKNdT0icQA0qvypzWC7L5e3sqkOWl5d+iST4gMYx6bXJVK8FbHJ480qzc+m46wgsCJoQzCe5x1VKCJlup4sEIDdoIRud2VUfBb7WkKeHsTN7G8qmHQTC5zaXmd0S6i2PTb69Xak9HUsc/fgLXCxPr9hJPOKxXp2mcCTju4Oz1vuXSJVUx/+/PjdUHrUdHomxEV51vBtzFGCmhF+/QBaIogo7fNfTMv73GBzcFfcH93AzXMICR+P7XbUR9xmoDpsTwzTDmpQePjMAbbzkTfehgIHvvooiRJUqkDoRxT13BJg62bTvTzYi2tA57AMNCYOU5dbJa9r4JYGN/AgdA9U0snwHlLMiZcBAvtXvietU9fy4bVliM+DAswgqjs5HaUUGb+Kdt86ttYsUD7w/Po8+2fEvVE0eMUNh/0NIlvRJDSTu3mr6L5dbBB0z7H3xNyeyEcLndRAj9a0oKzQ72IgC/3k8Z+w2SJMpGPNNVWn/sQwpNPDhpTCb/jfDSfQ38gyYDafAiwOQcNNiXMF0uoYkE/1IPS6ax651UhkCt4KsyRpyjjHJEcRWO0gly10l5YFmh5vm6w9ZQ3nZa/9EPxJv2aicXb3EoqIrgA95KGv5KUdcdvcl/gfnSZGvURVbtzIWgIsJ5bzd6LXScuI0tc9OhaBSR6HcVFXtuFVWbjglwRH0nqBY668hhgaZd6TTeat8ELvgaorg66sJNCkZpIKHfrPb+U4VguLzzyru564HLSzeX96+xjl3gSc8V0iWd46w28MgjrBdxu0lHnnD8Rdb3kZX7q0fiSlxh4W+3mqHFdHWzzteBa172nfRYYuGEN9aYXBarGCqwDcq/O4uLQyjoEUJ9G0cx0grXikj9qYsVM1OWVBO0Nmh+UTl0K7wQsHmLbrKPoBMLKBngFWBsTRqgs6VDgHM4bBLjwklEERUhzDCc+MT4M9OcxL8aFpwl722aaM6JL4t+krewBvLtZthPqhL1U4fjGL7uBNNd3QD3q0OO7Cb22TmSizRDzs66u+4Va+UvjlfAxItmu9gA0bbt2hRKiYMikXEu4KJFzDAyeZ7sIT+6vgiUOv4EqIdH9trvabzA5nc0lXcyOn0gaIKvivJv47jybkVMW50bpDda817kUHmZFv5dysOOZf+uQRww07E5wnROVYSXG6ZbWrgKsNycNZBRaVuNBvJZ4qIURGotYl4taEo4w9JDm98jVymwUJBqYY1wqeaHee6wVX/IXYJ6JNblYDjoUXOMW1Ds3VMfu7497qE6D9n//1zGbiT666mX8wGzTX/w9Mp4cCuexAKtJy+BJbVPKSerPEVMad9NkqYNG/yKMxFkaRfyI8khWhekuAz1MENzYktK+oeuo0c45LD9y0spWgP8KWlk5S5Ge6Vq8s0OWVma7XlKrznWbylLvH6EmCeRZif8KeGU/Tg6cZ88c0H24Vc3Z0NmLnbYtJ3GdirQ1Gn2yNodqtrSfYI9pR3xoUHe2mcePNuB745qyf4pHbdx3IUtTncZwgWG75uRUuq6Z6MpS38JtAEu5bPCU6/jgTlXrf53AN9e7W/HOeZLJsSVUK/2TaliK9lhX5VucjmUZnTZ3+rwFpw6l351d4nXeqQPZ4sjHeYLP7YmuK5+kmYY/EUB6P9mThpKnvxLox0wDpyMuKPiUavcQd6G7tL+Xl171Dyl9PMFOb9uFrp2ETnMiEUe33V0wjShKsS066WFQFYExknCBOsmpvx9BDef6vYJVro0IMCJG0OotWm+uyYu/hgRsx+j5/JLtwMk3nSiFCXUK4DSngwdxo8BPQOT+jAb/CgyAn2hACZh6uVw5P8iI6mqaHj7E27UFG0zWqO50+N/u/fxjloIrShN8RjOZGXjM2mBqOsi9FHew/BKpUE2Yg6R/WGkIWrcrWxY2MceWFVs2bbZy7WCJ07EHbZgtdrIGzWTxR7NlhXg/bkPh++/WUAg1KN7BqlnwMsqWhoNXASXFw3/HxBXTZhraZMpLei6Td2C5xP9gHPK3D3cm05/xYDa5l4twYOGN+5VHqp94cOabX5HYzyM9LcCxGSeGtUNC9cP50Ns/GbN8UPV3Y7bFijesgqaTp7XETV0BvmdmgeBk5u/Esg/XS1RyjkZL3wb1pqmniBUkTqfPcXiK6G6TSir73gPNFpyvs9qBp0Nx42TO52SNu58HLxFiZibIrWIe65pdrYZNgZr9IeAa6p1t5zg8G1lt/dlYMnTO/hbzpi1Ntg7/OL0Dotsnez/9z+/dD3D6n1ZjnG9dzbX0W1d5KBHIPfSsPGDoKnjQn7EKhl7Q+/C3qINmmSuXfWzwHM3cOtF25X+6mjkN36clV5xm+nXSUzUEXyfl9dpH3P08mX2eDA6e0nksuQAJQ7Pmv0P99WUI96UJ+Ieb9UwJxG8zoAI4ZlD+FYPNSUePg+awW50tI5fSUZ8fhkBKeratwyyjyatydp8iRPyZ+K+efAO7wBtTEdG2hFztE2jHnKxhtUbJEO7jqF1sKEv6BAMlOc1vXq4hvfR83PbhCnthu0wiALvJTqxNPrQBx8F4rDomttxb0cAt/+4I5KTJckdkOtjHy4l0D0pJ5l0hu9v99GJD8AREKGKNgBii1D7uiw8FeqeJinDqZVJ9XKRRlqGpAtlhehiGNvbLCZJd8RzTY7vhHmiowBHDHQsPCsvjWFuld0JvYCab/MCKj/lxr5KtJnewm6t2uqsbjYw+uITyVhwGbV6M3QL6E0HctXWT5s7jgpPeGuh9rE1yabf74FHS1Q0DdnPGFG+oN7rlJdiJSaWm95edjIV5SqBbAXWgLQ8iidxpsLxJSt/PqkRXK3N9b3ETVKq6McrZ+SvkJ+BnFsZ6RWvsrpiShFfgURgq6RK0TypivBfQYx2gizIzqogdsi0lDKwpPMpR11sAP+cUHB1WkaLFzXixfvByC6i6nBdmrLMExiQEzcXYxjkKG3FUN9XWTg8XM8YsMyXs4GSv0vJ6Gi1SqZptNDLrRgjQYqJDEcG4+9cIpo/MlPMk6Bs/E9Dpuor8MU6CiK/MVt2b4a1wd801xBKadsvS0B2jgZnosOXwCSVv3qafGH2MqVrbJhVXX39Qf/84XcuvIV15e4HCVgIddLH33vAZBdZy3BmfGof8MYD8iJ8kPfq4/qqIt91QxVRKaa3yB62fSAH8CSp8/+9g5S/ZPPCh83aOY8UYZg1LzivcUmG9yc77UBUIQg3tRFXp8aqujCjY4Bh07XCqP+K401BuX1SAlOgkTZ1ncAOhbFb3u4SR3hGpXneC50s1lP3YSryf6EAf4zHxcJI0pb2sLYsicSEtgWHFXBajZH8mVS9UYecqUnpqLuvjQaYP0pAY6Xa1umxUTEMV2SlhLyiHOYITl12+RwrQ89ObL4QH8tSzNqd8pNxpfM78FdllopvM+wBaaO6wbzYgtZUfH/TzWchMQGtPDcteILDcH+bNuhd4t7Alrh0swfU2rRtw7nrxU9+zmoWbUie6QeiE0gID9zDAdB6cCxVmevkGjKqt5JKJMGtX3krlal0YVFlnSpD/QO+RYRvKbZlmvWo1OijI4j7Iuww68M2BPBRLA+B6dND97TqPWg4eMBvdFgzlnqSC0Bbmq8EQUPeI9+95N9xgCUtMgqoO/X0O8uJUBI5MAvCRXVW+GHFOzdmptA1wnbO5YdVm3OAEEvOKnGqMm+2L1MW244Ev+bgWzkCDceXvLwm43KMgvK4PzfWl9RTsA3aYGnIj6IXaLEpzCLd8E02nvy1hz243XhhOh1q3cYdm0A3bYEArN50uVINPn0n7mTOcbo+NbWseFe8G9xpeaD551vJqQckZ2tv9rdJNkHTIgF3e97TrgGm6uZqbeVm9vOethqhWC/cqC6XAMJlTkeVKQhq75lddk5Xh+k9YxPxhEfhPNi+5a2fVoMqhxPqXLCI8fiMKwIcpPFzzd2w9Ptk61EcCP2sPbZXM7/Ewuqd9xMojoT4kXptjBqPVglhPDNcgg3VOYl3B+u/gmFrX1PR00Pe2Pt6/aEcXeBj4YRkn21iign5EMAkCH2rxnbWfHKbatfL8LKVVqz+s/SQHf2z7Q/c/vQf+Sfc/vQf+Sfc/vf/SVCcr+sUncd8jDMRnzophMuUr2tATEdc/mko1rrWgeauj6Avg2POLqQd5rTKUGaW4o/NrFXni7FBXxII6cS1Y6AGmhcKiJRSe1l0xVU95kEtIkdQ+ATTcCUlTNlTSraKpdUoOwmi/UpaIl+z8sA63nJH7IoqVKyKPFDvpzasvuIR0uEkFDxJQFCQr3mAx8UFddoFTYjqrJChmtUWpMQZ+vGiSg17UM1HYEMy1TZlfGd9HxoDI/S5dgYyJD2/FkSLbEvqIpR0+HmkVFxb75A/t1M0T+L5FCRlk0Mt3ucK1ltKa7+U9oSC/HyJg2GzJw0WtsJbzrUZEJ4+vLExEcbWH7mgedH8JwNvVxivSbOn2UndxeheecLdl51PzTQCDzMub7WGZu9BS/CzZVUUrzBIldblA1M0O1TbZxDeXzbrtim0CY8eDyNJIHULiPsM8EKVEfWqJp1DJOQm+n7g0bxz1wgNf2LuyvZPHcRXui0C4b9VLJWYQ5wfIoY4N1TyZbSmg8JcVZ0n+IC5LA19vua4jXu8ug/zg2hknVu59f/R31GLEQnPc3OFQEzY06MWtwaSjPLDgmtASBXSk5gvaYoF9vt2Ed/SQHk5EnIrgZFKo7GUrZoruCjrYAPKXW/HCpouKjlELvPoIdgiP0nmq8+7UwxG5p6YOTSoYBKkqU7PP+3XmsJLHcWZnHKSd2fl+Ld0ORri0ugHlXdlWF056atIUstmFuwe14MicsEtRoV5qJ/H+QyiPV/2CHaQWyZub3x5AeuRrrVUMVUbm99BAwn2bXeM16mtyeBW/YXpJ09nKd5TjTIVkjMUrFaIJKF76zRAZZzclRp++57hY4P0bATDZjwT+qwmFT8IIZVIqkCKKuApM83B2yTP8pLjHTsAVDcxnClsRtp4QkJjYE12KUmZjbygBb0KpzhULWmBxA4Fy1Eu10JtRSC/RLaK4o87ebwmUAx1yJrxtQ9DI0foRe+czpqskuxah4nkXkr2E8Is92WQX57FP6/uFQpvjcrvM1GrHFwGEHVOwSqtelU1BZCZU9mxxsBDOi2uIFTR4h8OlRl3goYEWH7WU4u4gLpXIvQznCVZJsVHTWMxMkcsjeNgrQ+3bm+tcnvXrBVE6ZUtCBVZkCfRrzTCWTVBKy2SifldHmoIt/vYwepwaWRvfM1quc3CN6UNqYLt+gdgrGt/oNWTQfX8CTxB9VYGNX4u9hEU/nDl4N7hLdMkhyRerBl3u5DthQlxk7o/n4GERqLDTOBEofMUvRgW84kWsn2IHv3Vii1U0kSVOQMOxZ2TbVMPxWm3wcZ0dbaSgFjk56+yZ0Ztp5LeCqurNAhT0SfZwKc0ZN4zeBopRftTpa56IuCYoWqNU+TKdHE283ylHRus5pSSkDJrrkdZgNDlAwByyfHPVqsXqK6lNaFQbi3ipzIdgms+0Mazru52Nk7sGC53u76TFr+EWZvjtKV5l2QHUfbTk3UFSbrPCgT0OPk/4O/8+Kdd1zVL4lCH3st5Ma9DIZRV8+yYHLhdfdPG8lhvagNre30GRo4cFOgvO3NUdR9XutvPSoOGRS1zgPWGVZ15n//c/IACs/dGX5eMnAUiQWJD3sB+ff00ALPYXAuC62saz1ONn3Avkm6Cp98i19uSpg5pFfBv0nxAWHdBBE/RxAzlx6x5fCjiCoSn4zL97/Pgdy9dPGplhc6DG+qv+A8tt6dB+a/vqCfB7MP+v9AT40ZU/9USS6L+FZfMLlukPLANnI0Xm0z1Y46GzntDJ/NTThewoovN0ZcmqOsmyZXvHaCDvfbtvFbfX/Avn3knEzsodEDdcEML0PT1g7LnCyvq+8Pqz2tVojP3ytY/upNzjQY/da28OuINrZXp5yFKgRfWb8AcgCkGeuA8uQ1xC7EWbvTTeLNwpPaTHL6x2nY1LUF+0bE38rogvzuVW87dUp/hNdJL76fS0VBrk5h3Z/EnlGeoyVy5OvwyygSt3aCFDEu6c/vRxelVl/YqI1uXWEU8/ibfnXuMPCNjFHoOdk/AjZHwd0cbG9SazvcVSe0fM11VrvAQrd/tZ00Y6azgk3DRhWTCwTGeZeQ+Au2qFQkFy8rwgit5DC3orEQrDtB8ZUOApGFkq+SbyUI7PTKcN7oKDTufgI65Au6F3LGjchbHhWiL+rYDix8yBX+yczbLz+1NGkJRpHDGlX9eBhNTOe+4NmcJF4HHtY6JBxH4S7cvxBeDp3IW8QC/xTWpezsV+RxGn9O9BCmJnTHANxGeZT/JB1u2Nf9/8nj+cFyQYNyujx0AvgSU6UN9nwnYQDbNli/cTFOQn2HYvbLmpWirrQ/mAnJBix0+iXwBB4Hr1Obt4qQxdLBMQEA9jd4z9KYxuYSqEv2wGMTjHe5AXcH0XjnGHjUs2W5oaBWXRa1AgER4YaSiolyyZATqG2HsDnT4I1VtEhottPj0x9NAdnqd6fxFVJYzBKh+dWrScFLzBHcjF9Ql2WzCRPgO0dW8EkecM+fJSIsojIoJqsxjn4QdEq04pBZVS2/PzZRD/nT7rxRGcYR1O8wD/MhX2v91nGcHTQiJEHkIPa//ss7Jd53/1WV9t//0+6489+Xd81iTZmrbFc4hZYwjzj86YywNpHNvwnExuVdezuMAn2+Ac/ii0Io+XvzTogxMLZAd8GVztcefyVBqPDU+vZThoSAxZegbVeUfqc46f4tu1cP4d+ktwVUd8aOsQetleHM0hUDH60AyplEixJtYXrC0Q/A1pA6JO8L3Xz4FZaOJbKkXdeg8PBW9Mbo68p7oUVuM+LBUwuccmkK987Z4UklPXewqj17u4SdA9XmDvGZHtyXMF/RXBLqThl45HW4m8kf1ENWxG9QB+bALBQtlykCY4rY3pCinPno9U0VcXz6L8Ak6XdplLaijfXigL8URfEojTG/GOtolwOj0EJmWF1hck0u/8/lo0jR9gkP8PfBa9XR8YdoRrgxeAqT7WtKZMR7S5XQX/kc/if/osqX6OeYC/NZWEpiZqDptpVXPnObjt9eu4vNPLhbtHlf0ygImVZod3Qt3BYBPhshumI3burmr3YlcLmhBthmTSPBGIfzhHz4HtXdrokQ/cvqj6YwZMH9zgSwzidZVDJo9D8AMN2FbfU3i5OSP7UNKsMQUKEbxSf2O15+T3rFqk4MU/xdQNADXrrpFeWmTqyJOwnUx8yHgHFhMPRrxThyIe8qAUFmzA4rIeaTWXUfaSUr7eOreb0Bno6pkcthKreFaP+RaV4UTciTSjj54EH1sS0RUeDC55DfglG4QLI98jnnttXfkSrQAlgA1Jl0ApbOQa9BkqZ0RVM7oBhRT/4EXah6tsiy/vcFrI8Z8EWqzPtOmO//RZkb861iA0zIz+6rO0r/R9+9/2Wesq/JgqpPU/+SwzbtwpfLrTn/yVTR3fOJb5m7/61vazF8B/3l/9dS+A7/7qt178G2GPjVZfwPuTdZggCRlclFNpjKi9oc1w+IRI4h2rvREJzDwcnaJLasN2sIZNeRJsoczdqaUVygRkgUwUSaVr6OU/mMqeZuFSOcgrNzdbkLtUVuR7eWWK3FxUkqmv4Nvyb0Wg7+G7S7EhAC5lmVp87GKvQtv1WkIz0JM3MN0lg5ejFH/XLn1QWvHYYas8nWURks12aa/KpSIGfXgAI3HPQ3mXL2JHudMNdAN3vNz6CvEUFVk/o20qDiYMm9v89jtdm6gA17SsXy6gYAcpBoiauSmk+1p47cFje+DudZPAXK6Z8Sw7TSLc1ZnYp61UPdwwEzm5HovaKybtg5OKJDfgBhpX/fS/8L0++v3YQf41KxzaPNGLGVLVMt/LmJ6ruSkxqye5YqPercHl43htr69wFgD3YuBQ56LJrWfxKr+SU3GRYDBdSA6O+DwmUrwSXDMkzfsjmaO8VEFiJHXpcVGli3h5AG8xEFpOru9vM13NmPUqf5rl1zGR3u4+xGWeNo2SXzdedlrtdu1MMBHArAj4hro17e0BYDOI4vNKi+UmuVV1voAVoWRcYkf6QD2ywZ+yqLGoiZkjuwc9QwkHX4tYvknD64VKIcBALefZMjLetix0fewamUK6H17ARsHilFNOk5f+odyVIWdISUEg3jBTDp2EBaYj0H4CxsqDdaVmlCHN4WXgb60yzrfrBX+/u4t+wGPbKFMT/wh7fE1w/z7sAfAycr5ZX5OmqiEdb+hPSONOfLXCrfy7sMfvIxnA34UyWOpHKIM5XBA0/QrFMeV4z/S+aMVdGsE6dIINBhQJwt51IvDkE3KWELGMTLJUws91Sc00hOcWkHJNN89BMZ4ej/Su2f5+n9a2ING6006qOGEEC1d2obiQ3mdSP0avQbuVnh4i9wnHicsImnpRZC8Xve9Xt38dQTdZKU2hz+GF0QBheHu89FxW6gzOQD4JhZpfXnBzYGKW3y5q4zRPXj/liYy+3ifqPmB9pmGjGx/r1WNNQFNOtktZxTu2Jz3B8PoCGgaPP1RMX/uwiSM8IbkNumxZLo0u1uIQJ8lp28je9FACIQbAsj4Y/pU2Zgh6GGjSs8hQSoGKXMcw+ekMHVG5oCskPWHGuCu9K3OBHhhO5HX4FqkmMKONUF2KaDcJvEfeaPeiUWsZCH2/1kVnH8gV5eCQ7zqGqNCscenJc/eZq+p5Ishe44H5Ah34A7ESu31iux3BHPYy0UsK0ia2QO76kOunFj3iW/X2KcxfRZgSbvlYXjs+k7ZeBPzOqw+6AjPhcgz0ULZX+vZQEJdK6nZ613t16aZg8PbZMMm7qi6nd3/ja3p9H95p+SEBCEoIvXkczOBtCB3WbsljW+F6mFN+Yl729q5pmGl7Ms3T3A0CprE5GfEoqzSd9TWHBmBNQsLrg8hfTL7uDk5WnejYTHGsWLTDMDofVg4UZm9n3pR+h6+3NSwRt+RzG7yUVzwFlJSBZ6r+5Ij55vpPQhn09QOxvvdbKEOO62KMr2ltrkzmSx+IPUrwHI3aatm/TAT8S2B7nIP4J7Alf4DXD64BP4BN4lzW/LFC7pM5/MkmZqVVK61PNjH4fYXczzaNc37JJq4/2cTfcgy+ZRNPf7way2Unhv+YaXiaXtCET3kCXFGGYsTMHFGuI6+GogfNm6C2Jl9ZH/H3bCyJpjNnyEyTkjK9oChT13g04gOQBUCFx/Qoxu+yjO+5Ex+eerRMENMHUrv3dwmN6wNfTOd5KQwhHBe1KpuBztlUOUydMEhgHMERq16FMAflzIKzipScTS4gi1udzbt7iDmJnedM/Sw1/dgttJ9qZW9Kszx5LQ1+0Ywfs73hsNf4SnOQ/ggsjWLZcMEoKLx5d/ZvVgtR6PcT/HE9xh8z0Va9pVi6okrqybwMseDpcCDOBzSQ4vPqjkDYRdnGJCDG5ja0ulfhsMutuBx7VhGnPn5it1wgXnCOttzp2OUgB++Ok1xwcK12b8Ql4FXHZMuTTHh1RDV6rll/xzzvMgf33sf8MUVPDT75oh6tipaa/yh29y13pPlh8Dbd7K8Da64l1WHoQqNFdW/qMoj28s9T3gD1SXD7Y06M6xzc/YMp31NiBNOD8rT5pLxUK/8tuZ3lNpqOPB4HIhj9SmP5ymJ5nIb+jVd+loR+peN9pct/08HoafSbfvxsW0/e+WcdzH7NzH9LOKIrfvKf/Sef6Gf6/HkJ80ePPilCwPccoUyzv5Z0/U0ODfcth8b85NCc+ujEk0wUlVR/lkAckmLG0+DLu/kQmp9yru5IKMv9ew3mFLcMlDTlk5GZSG+Mb9vUh45eOiR6aJnIH4EGkAYuSUR8wY8XNFkt+vCKFZlSLCmzxA/w6tpJcJ+6ijtbPPpqyYk+YUl/x83hYOr1vQISTwmROJiZqjSX8DpaW3N32ExEFEU03BKdJ6+/OHmrydFci3kaoU3pxNSaN2FueSEOuKdsXzERe+jHFUyzVX2CUyJSEIRmFYndOM/DbzEaP4lSFhQ1Zy9DnLzHN0j0RMUWkAqQCB8/m/aK9w6zH4Uy1BQakctN9aRoi+PUNXgEFV4Si+2iRPpXk6Gvp+1xGbdejN1sgDJ7zJE8SO8M/APl+c/KWeCTqfGHaSHJ9A/JAW/qqtWyOTN8E283ybSzTvqryRvgpDynTTM+USahGTC5MLqw88hO96YZw+x3Mz6gtYJJPUtfhetalc4M7orwJIdoS1tWAhzsrjFMWTbM8y7hNoYUov2SHHlw8DCxB4aB33IqBpy15XUkQXRZTtdmXMApTExodUZAv2TsA0d6P6SYaHnuhObtN3dGkPvbOYVuyuHu1XnDLrEUtkHi6pNfFK+WI18hHBJcFqC7zi9TPmWRaxPmdBetnCiHpLo/RCaEny4aJ/xuHhYU1UmwZnIsN1R/7FrAd7hk4k8HwLRRuuwnblxyVnnKRRfWyTMrnUrBUVhDnXWiXaKL4E3W2QQO8lVtOzNJn6lAsVHV78DwflqvqDPbLhgF9I159h3FiYe5LAL2D3Tvl4/a/+ijwN6H8p5Q2IsnpPf8NJ5Z0f+UlrP+9/uo/e991Kl9/9j23+2jyn8jz0+BvXaH40e1KUD2rK0m3ZUdnjLHMgjbA4WrSkllAgacMIhytkKwRi+SZPe1KkS5eWc9clJwrUQrMQoAD7yWtpEJeoVozXslWZkaqskUBI8ZddDCcl9gBrdDUArR2jDQnDZ6mxiM0DpvkvUzA6BEaR7njeqXVnm9sbh2IKkpL+f99VMhPwNdzR9CZZijSo501MCp+nqDhonfadn2F1IBiHa+6KbXc6VdErAF+sVKUlwdKnd0t9RZRDynpVruBlcDIpKDTu68W3HE/abgDBqQAwA7T3u+0q/8AhIq2whweU1vouziSHOOkiV5qQwuajcCqQgoOVX2RcxeYRlYVpHk3qVJgePU9e4TImS/X9SbzR+oOStXUHcserxARLTQ02UL0VtDcVu1EKp7fYTjUD/xcFnYZ2SdcuUGHl3YosKtn4QmR+AW1oigV/vYbt+eOPKxmdkv2bkZt9c1fIDBYQr3xyOa3qyNByXQOHt9gW6L5Fm4xJNjIDnufrx6/3TZSh7F1APd4RJTyQDFyTyhauOSVmYhXAasfPPdAdy0CTSxJxYJ9UMf4z66bi4Fra8LdiGty9I+nNRlQFyWslpG724uLqeZdP0edXRwhWIcuDydvQOx180AO3+q9fiqapmVZLcYGRB9bvfRvVADsrtU7pyaeGIe69Pl3j7o2rnjxRIAztD8aogrWMC096ibHaOw2uLShHldkHRefuT5fbG5v5CxwK869puMFYRf8vxW9k5r2t3kPUqWrva9dt6kmht6Azjln53Ej5U473dBnUiIdhemgDSkIYMcNy4dRd2YJ9sbhPcuYUCVtj3Hm+0qksfV07dU8UQvJlbUBM0x18PIV6FwDqkWp3gGLisLXsRwusDXZ7zHs+MDl6wFO1kbn4miJb4LB8F5q0iDaA+9HJ4Fy/hBl2vD9RITTdPLGEZA6pYmeb+9VAKvHkCF6UN/+czcq5zPF+vJ/C2Bn/nSkwP/Fk6TjoeXPUIo5kU9XQdJ5FZ2xGvpPTAO3dcauM2bprUp2G5D/4DAbEtO6irF3lbdO0gdm6Zy1+e7UnXoXljt2F5TWiC6Bjk4Bd73rAGi6ZQ19iCZlp6REKPxIb5HVucKdYJivfSGPc/MSnKk3peZK7u2Ln0O2uAiE4y+uYo1MA8Wwau0sUfcK+EJlKzFd3Ptxi4XnfcDbIXK24abbMQmQnlc5IVmpDrEfFybiT4c/gK8nPX+EmUsrVv9WXXGIM99I+rYS7XBQ21Qet33E+/QDb5IXcC0pDJgCxzjJN25fo4jQHtDyfHRLAHOPYg6MwVXYzV6RoWuhVsVflIoXjIvLSl2cZv0ayXqwiswJQGvD4+7GRxww5X6KW2IEibdKsyzqSvdZAw6IUGqIa9Bk4+dqxZyZVyVxOcu4iJXshb7A3i7WhgqAmTp1r2uKe5yhXjYGm94VshOY08TQfFk779qZN6seQUT/iVZrHh5Gfjp3luaeG7Q+LIB9D7KvvBPcvfo6QMp7vwHaIWej6fe+FdjnUM4LdIku++PXzVQ+VnG8g9g9YOqwO9g9fh3YfVPIeV/F1Y/qAp8wepBnwdpf1jj8mPNx0k4RQqUKJppnj0R0C+C0ptLRgtQJBC1chpyAe/cXD7U6YXv8dN/N+ArRk8DwfLBeK5HH7tG3p2uAM4Ly01Ii8+S8XjVwVoOwYSXwN95uv+koxuAaVqedI8iA8sINMavG3ZwQsR/Vgv98ZVlunzKVoEquJPseo9uS5HyVQ0A/fbsgX77ocDvl1k41egYpwLTmFjLz5rJSCYTU/N1q+X9qJd22IoBnYrjYvSUw0+pBvi7JYk6sb4StzP+WfyF+Njjs/ijPRLCjePW3ry4Z5fHcacHmv3VHo//ZnsE//fZo87+9Zqrn0uudGUoyuR01Zp+HQUlBecuBQPVv9EFQBZgBK/5JiUShQsG2RSvG8HW8zPtyD5u6PdbjyQ5559WFF3TzIxSI0YNg3yiVkEgdAVoOKvKDLnOXZErbxq6SMLsZxF3mi0WFc0qLt38VP5engF/Od34qzzT7+N29HU0HjnchqG7zDGBBpN78Wjgz2uuMkoTHEZj36r0+kzYChNokH5dXD0cgy6VBA4HHLjrfpSKUq8AU8UGwSYBtxBTE5idXfR33QEPL5M2yughikNvG/t2uF6UPS5MJEvfe7SIi9nSHtPsAZCyqyE8yVytHUPyqk7FRUxmD0OKR3DUP4q3JJ9k6fryWwku9q76xfYaD+kvc6XuLJdq9PqzBJdrfpZP7fS3MJ7gVt9s9pQlpyn/WnorEcjj94MCOEfF2amfpbcQjY03nXXQ0wX+vvTW+e9TuqAONXbdxJKKfyyHBHiHByNEy77FCa06+G64Wnmas/1Lya1PT39NlrY4Z80y7u9KbtHfSm5xn5JbHz3u5vb8jPbuppbLvV+0HtCj211Q1st7alE7pC5ClWKLPLyI5abdq1eX9hEjSyhEKpV2lVQyivndL1ISb5YBQwcNcFncdLQLBcnPG656DETb/PSuXdl9RaPLwqNAV96z74/VQKIVvuwltiSi+n6X1DuGlQvwCPh8p8ULm2lvEu4yhJJc1kXdcDnKbBSgLYAqxttLL8hEmYijupjyRORH8yoiul+ZACrfRjfkEOmtiOewGS0EBkW1LhTP7/bhlVdXr6opI5ifzOlfAwnvIPOqt+khECI7gSoQ9/CJEL5Y20THLgifOKQNtY9wYsy5zBTrQCK+2TA3kTdUisRVfXFqeyqSOs9eBG8WQNqt4g+q/bLp2y+g0vZmuKmKL/vGzaov9ToM603wjkj6vjgV+JdllpS0pgdu7LM6u03CE38y88KOQaSPuUZn34KsEmV+Vu9+7F79KkdFCatqno7F5P4a+n5nM8Dv0m7P76kmOeyo5gpBqYREZVGhEliuVFbVVbPX/Fxs+mirS4ndxhIybgFRAkvwOkLoWG4LRPXTJa9wTsnfxyLpNEZFEEpurS+z3KkQhGbOvXDdXzF8KsqDzssrVt0BtueHxIpy6XX48piIEx7dPVHeXsOQ24ErGkSzRKEArukuk4N5N9RnEehrfeBRhGN9DDShyDP6jcSmwYXqnme1B7IOjnO7mdZ1Rd3p9YRgIiRx6N0SvF+87a12Nd99q7DQjjAL1E2Ox74go+aS4zkXhVSphcFtbCshtVipSWdFZFqOxC9W2OtqtMWIgDT0dX7pd0tWF0AZYv/+jgPYnMjRTmhzYHCfRvZrVlnjnRFTPE3+685O4D8Biev+09k5l/V2W+b9wRN/mWTl/Jqw8FlD+iFIP/yP4fzrtZUS9zXPkQOxKC9B4x6fRt9bMxOsBYnjYK30D/1EFYP9Xq/lU4PwRHOD1VDNdn86QuCrCOH3Ro3ntj9Vi3FOc6e+z+ew9c+VrT8WtgJ/Wtla0MJnmsV/0nsEB3X8aWv4UeJ0+bM0Vi8lWDvMVS+zr7qEwH+uMCGr1M1s4Et5I0IJQkVSg2eWdaaEBKaclagaP8x94Gz4ve/5lihyj3JW33tuukwPmsGk8Y5NZNRnxkO9OhYmqE+t5VDYNDUgDkfSeaJ3miRL2j36BbOW9dEwq2qHTsTSd3WePisz94VX9Qyt3rcrm4sv8s2z4Ji+BEAlpcnzIZypcC90JeZdhv7tfuC8pGn6dpWrMrlCKDdh8QNDWRS8Ni/w3kQWeLWoA8IKQKfIlS7RTOAHg0SkSPb201IfdocYJ4i/RY7Rg+dO8YLzmkIJf5xOJ7nq/jD2EiFp1xx44kS2vGn4hUT1jX4Lvq1dMGQG7zh1L98KFjYXLN+DxfR2qa9ZMmw0lQw0T9ia+zjDEdAQjUmanIZsFckeKCoR1VKuh0UtaOQmgQFKIDGAl4q44osyaXz7rKQunr7mXXeZ2YHgavp8r+FX7uWDz8LTrAuurNvrGTSTj9ahzNAwrF/JN4g30vudPGe/LVqoU8J7WwxlCHDR+FSDJuF2SyCJZwHLF+NFpPdEgMJxzncyPGaZZiZ1s8PrDodWy4tLpb7mVYxI8WoDikRsnrvYu6k0E68qUf+6mYQjyc1FIdWFbPfizSYuT2waLiYllUokHRxrWguPOV0XHsD1ii7YKqzRoDIT55av23zJrsLiZM5y1DokY/TUXTzRM7yKbFy6zbZQRhG6nKnCcXPAeNxFAXyUfOrEF1la5/VHYUJx0SRx/L7i+4cGkjTK/yAM8wMMgD+twfgDZln1kc6DbqHUvb25iUbFk6iLbN5X6sHQ/fcTZOdFUk0SovOf/1tFP+GuMcQfC7sU+i/VD7/lTOa/OJXZh8lJhfU1Puj4DzXoStoUK5RyPpX/xK+yegvwKXcXfKrcnZ8R9a3unpl9CvF9VbX7KsyXZN/adYpCvn9/nkD61OGrgU/hveirgt+nsh+1Umz2va5e/FcO9VtFODohu3sDIvHzfI04pMqql1PvJen9XBkz0n3s07Nkl1pLkMvGqhsGTVVd+rtg7LXWvp4o+IBXmntnakUCYYMRDWlMV+3udZegUp6HhdpZmhXLVYa95bL57sZgW2540PX6rqwbVGnDAsv+o5BBFQIklWW4jbLO4ePOlWIqJ81GA7/BD17iFvANj5VwIGb6dhY3P7lXaj8e9wLj8Ht4t1ECAu67dxjJVio9PUj8lXNy2aj39T3I8BOpyr2Do2idFLYOg6bH0Jq9VKqG8TVTDyzsmg8ACa+snaEvuUZ1RDX0m+7RsX57nIODJ+DNIJ1NDjrEupKSKju8dK0FbquUJaPsOyhiFfBI7R3B1XF0DkrJkXZS+bobHwQRlOC7pUT/9kDhctIuFVVo/Gj1C8Wzo89QYDHk/cwDSLIk+FuGM1EnyWDlNs7TsVsVF9jtDSFPKx7ENHHs1myRwoUnEpEb4u5rHd4xdhm7GhDE/JpFGXrltG1cfFbn0n24jwU9jiliJaLIk82caGE3ddYYPgiJaKule13n4AFfeDADHpP1wm5Ql8LPnbduD+NdTfgns1zZnx5niYNb+cSDr8/nYugC05l38bgrNqswhnYt4uMUqkzGH8eAl/Mav8Nydnr1mQcSqSrELu2PLYBfgyjBC/ugdGHuC0ylZvo13cTAJh8mDZSqVuDcRLhxmFzemjPDHh812J1rUeUuw+5/I+0QELYHl8sciX9d1uJ/C+04dReFaaW26V9VYb6VPtZLCgI01vnZ+H9ox/+hHf+HdvwvpR3/MYsAfqMR3xK7fihfhqWEDx05qQh9Mojm67sHxWUBumbBeP7LBJp3EuCD05lPrOrqSz+LLmecJ8F/LCz7lSnm8WvckE3w1PsIxvKIwUoggsHFR+hD41fhDwWHeSq1s9OBnWQg/ir7S/y+3O/4vfwvA3zV+/3QiJNmnOwB/s4ewJM1fB3wdYLsU1TX+V4XGP1WYJilKOPsPfBVtvc/WEXw54VPp+MVH6JCSUOykQ1QePZUIuZs5fvtfS9RZoPZqXy3OOcp9O2V3QtWRc0y4tYSVRQOGjvmYCCRAqEwLG2dBx4hKRMGRdJIz3PQcN3l06S3bHwFEYqEcm0ijF3RHl7p106I2EiV+oy9JUtNxakYRjKQv0JSv+dUKkhmzL4vL2fEsrAyITmg52v+EqkxYe7KNko1Tixphmon60AKyICKWkKxO+C+PllXlDYR3VvjuGySWH1YNjhojW5obvlL71hcNjOsUEqQvpjPB23zTPCE68cT2QIO4CguLYTwHpeFjTwYRFdvTyLFyrJKMIWKCAKqedk7GcM2l0+8wJWpOw+GKLw7ZtryXAAKnVFiLm3DlLP1OrZZyihVIhm4Ft3WcOxQ5HkTnVNm54gHtPII/X410i1cHkoaj/AEMOOidXAaKaLNNWQc3inL7zslGeLkFl0vVD23aOm9SUGmkitYhRUvIdVOEFQNM0k2WQC2RaJ7zdBL+NKbXXZusLHyHmQHpq48q3c2vlPjxPbA0J8iKdEV6eGuo2bWK3dXg3uvwItkOa09R87rKhsM6KhCBJqV3bhP/zRQ93klmLbHO+w9lfZpTvP544RL/9KlqPWHJwkUC7XmgS0Pu8mo8NVDvNcFvdGuvT58G7dod1ZsUBg6aLnfgpQ1ktjcPPOYszHTTpqkAEL05oI9vi+cnCwPy2HTNYmp4NWrBy6Jm/vfF9rlzgFEzfavs80OT33qv/5xqkIGLPu3slNMrsnmic8nhk8RIteapa3ct4NVbu3Z1JPruP6RUyqtpzj4qiTFclvN+N528hJo+RTDMpG6OHnKjwTTr4IR3+Y1PnMXzqaVHKqz/te8BsDaEvStUTp0u/qa2PB+2TDh4Tg/C4B95jUYR84j0eojjzzhxuZs7Xw+3+t2KX+4OvtLTavf3d5JQzC/cfffkk8/IW3238jHUzRu3pUBaFjoiTPB3gwuBjFtgaaFm6nCikKzoexNGOiX/JnC55N3J3jP5qNRCn/BwVPsPfCjHAApQCjzMdJOO0sJqcUlkeKzX0Bh1rbxJbNM5WUdWl+UD6Qu17lxdKVztJOYL94g+6kCNL0fv70Uva+HS17rB7dfGYF01/jO3FdaVehxDtGkVTSkR6ClHOcX31mcLHGkSq3vxww8G/YyvX3+qp5sA6oYiK/8RrhDvXfPKmojn9GpYBeDx+fFoXAszVnsdd2eUxgdmGEHO5DEJOJUyLEH1DjbSL0/dPu+EVXD8DGNVf0S+/jNSOa87IcasUrtVAECK66pBMHLdU+Bsgbf+TvRK31thbL6kY/Ha5z2xzkcw0s8m2EsqNSGeye5bCikxxsCaA5Z/17Na/+yoMJXaJc2f4R2GZ7lYQMTSCvkJL7T4Zu9x3VOGSQJ26SaxCuKmyZ/WULl0cCpTcIAmVe2dMtMZqn9XrfyWAU53+seRf5ymQHhF5YmoLnSZB8WTO46Hop+MTQf4ZzrhHjZBpTV8RhXHrwNGPTMEkloyfW6BXGu0ScoZ/z1ebkEllCyBMVM9/yhHxUHhdWW5sW1YwYQ4PoW6UCPQY8tJQM4neIifTE3qZcxg6EtNXpBa+SNJyeFKiy/IMfC7u2O34Tba3ek/ACqUS3QLdSb8uSuKOojaWVyKXbRw9kcDnStxcHUDrgNzCt0lfDUH0nRYlb6GY3JZKsPwCIlVJ3YS5ase5jj0K083KuR0qLVsjKnvv2j6f9BTt7nzZ/v7Iezo6m/yA8+HZ3xi6Mz7INLAI3+OUvkmK2LxQJ/fIrcODuIGewpiUrt0Mp4O6la+kOD8aAMpU86jxHto3C2r1+031XB+bkmzaY+k7OodmTr98qbv7atgP2LY7MrYhNtKvqRus9zv13NdLXJsLNDs/1DOyTkk8YP/C6Pn0me9eo/9ePsxfj1yUq/ZQz+TW0+4K+L873E5/KiadJCLqCWk3cbClN71jIx6lD/hfGVPs8JlEHqAOD5lvNOcRPNl1Iq+IrIYYKPelZ1IaOIRuxm0fUB2yvLdMgjetbHuhG3hVdmRFuD190FVNSAX/O9JQN88O+tTQTwI5GGSpTD0UPZfnqZW47r1lVLLp13MRzk5dQE72qYdBEYEgIgBRYe8ewOkClEeiZwKHTSCK4R3JaS1TcdPxvT4ulOlq3XrGoW8ahpP9TpfddgKBY3QKsp026vYN7fx1w3jIWbr0+KN+gDiXnp7TBv+x1fR9VJM5veSpxduAF0TfdlHzl5MwPAbJLi2b6yrn6O01T3POngA2hPj9FLMbFrX4YLQfigyunrFa5DxIKwbb+L7HiOM1FXNBAOsT6fRvbqRlQ4yoap0+Ceojmu3CGWjpLisoJlv75FinJ5FOoyUl7bLZMOi++guB4AZ0Q4q7vG0+vuu4iW4oGJ0erVRsoynfj7GFp78Rof91OmrMNLKS6vBeEb68QiUnZCtQB4K2/pqr9C3g7ZkXaggjg8o1vfUMQObZB6Z7CQchWLeakvvEN8uqLLdy5W11FD2tx6APerXRx3Oa9I8fQ0y9N549dQmSgTp5+6q6MEf0d9RxIDLXpG2KQZFFQOgrLo3VzEa6cD5OOzqrHX8VZiH8kiPjeo8IkXiQSnPLrcoCiyZk0o0133m1F00/RmipJc5EmpoLa33YF/lbT3VXLn98ihNVRyoYuqUyGrPw5gXhJtJXG0w0Hsx5YYv6zA+Nvq2Q5E5AAZvVejljBVVtaIYuUbgWa3Ndrr/tb3onVN84iYrh582Zzojs/NKsoJp/LbbdjuKA6PAAWDc/zAl80wpu4GalyYglfwvafbiVJ48jQjlRoWc/SSQOSk8pBcrte0PstPtvzekAkw6nmtdYxDQU7qRnEUk4i0b5FnkZTDEEOzD+4tQTBahHB2u4WaEYTrHQtp0yOzylA74PIaizipyfGAhOX24AaMilmUeITv63LLMXzIZKXI4yFZ8NGVqkrliOs0KK3d7V0VvG6AEge3JwNjpw6HJzyPuFrgJ7O++G2+Xt/121f9hG0r7RoPb1mi9xWLr0SbDuYuKdtlhgFWejCqRA+m30mrMdcheQm4cVYgFz8fqZjJWQY/tCdu0Bx03T1Wfcn4Qg5kueD1DjojIBIPycExhJ2aMBk9Q6Xhcp6eo/a+Ue/3gYDP08hIU0SrEpE6fO1l8n10+D42LNjtqglIl9nx2r5HzMvV5NMxhGoTDo0A9W6X0uQxeddcpFeS9HzU3pyoj5NJC4avRGl4R3XlBmATSUSFwKxehtnRw/eEoDi4t/kc77i8PrbUcsEm3i/Dg03lhopxKLD69/2NKdq1v5I5gNz50PbWXQLv86CU863qHoy9JXGsXNLXwORwljBXKA7jVQDlnnTl6r3bVSiEpKpU9wPwISj0DGlBN6R6J5HJTEy6kCnNvER52319kDPPfVP/9//vQ+/+H0BvmUEG/wv0fmv7Xw692n8RepVnyPSO5xiGS9R4kpQnKW3fEWHR8Ewx4eRK8PGwxFEmfCBQ95BcBjdNCtOv1kIlUfSeRNnbqGJVn1AubYyQ59x4fB0a+qo6HlSfBv2k924lY4QDdCTubKuwsOHqOgu0qU/qghERV8z3VaEWMOmLvEATdyw7+6rGF/lIDWk2OnsfFl8dSWA6WpbNeLFxwYdNnjSvTvPbq0mWnBflerQbZUr47r3q2/Zsnee1OKnuclsUGpmWHL4/AZCV31ANjexdOKKyLcKDmw2TankdRVdjDYLOf+AytPO5Xjlj2uvbQWYlO+V0lpAKFgNXhLIpY95IW8cfZOBeKE9/wM1KRlqn16uz8fxhe6NK2KYIbzEGkWuXwgvUXrV5dYgnoOTscWhDh1+h4b3jYbvDTJTZjpMJtmrDwlW8EciFZMQwGG63KtuWlOyU1L2Gr6Z42D5wSCsYGVKpktVDKATMDfiFwXhMMPfJlDI1NmQczG5+yBW3LNcwji97mOnELVcjT18egAE5prU6bgDLF0EwGqskZLY29+dAfIrytzeU7WCyVum6Q7ziaTK0jEACITtyTO40wgIIuvEaHwkg/BiC5U49+9MvEPayIttQHD32uunycSBFEVyyU6Lyc7A7stjcX97cW152BxSS3eD8UMOoVB6ePO06XfoTlLFQ8S5xgaBDt+lGIkoGhQtUXjNcldLUYS25kRnVEPn3oZdL0eN1raPLDR3ndQHs7IbJEWPchYX9d6GXYqgSMG2HO5UU5TfsgpauBh2XES0f5qzwS7J0Hv+2JH0/+kpT9/s9U1qyoLFoiuDCGU9X7gLxw9zJMVOJYXtfZGMcsxfzxK7RoRXKe8De0YWXT+m5QShzm4nS7zKsci/vgoyVXrOeD0AShvHKSLSiXYRZotJ3vFq9fez8oIvt63hkjMjtJC3GnJDvnRYwzDYRNYS0UudwpAkDoqyumOkjiBI1lXz2HtoGAQwFE5Rf94wTHchKgieCFK2RN7UVinvN8syLyc0LVIhjCBjYAxE9pp2Co1W8+un1s51W2iqs96c/5lT/HojAsBQI420qzLJCwOMn+DihmqF1Y1sAEEHCB38dJpkh1LCKGXyNoVDuJInioGXfyv1ye5Sc/uj8GL9IsPKIIHgqOaJ18wPBZyBpdCWt6LpCX6jYMVo+ewLUEcaV10bfyDzfehf3Sr8ddp25wgARXdVQXsE+FOnAtYoDqkiydJq74BPNChbBVhilXSGOdK8WHc2i2qm3YffuehQf1YUN36F8ehIXfsacqU8ZCgGIwWnPaM6cwFZfeTRwj0tZVU/JFsVg0ZrAqRNBhdj7Yrs9yYLukYW1ShEXshPwWl1YYL6RdaorQvoiZWN7s+ydTVPjkIgK0oQJZ5RXSXvTMN1mv33O+QlKYOyEefcG7RKUpjeAXrPbTG46BNu7E92a93sKcVuc6WE7lk0vmP4qzsE/KpgffiAF+gm9MiUraKHPazHy5V9uMsVLP6fvgG8Ls3X1d+E8kVt7Jm54MHx+8CvIf/edcn7Hne19sNO52moz8EveMms+6B8HfINiXvqxOm3/ZHYaNoVptnN8T1vegV8aV+cXKHbAceMOyvpeydZmKnn3n1Yfn5ifNNwG/PZld375+aJuJYGb4x3dBPvbtnWfqvzcp1w/9/377ymiTimtwL+x22rRESbFJCH/fECnkoqYFTFSQI/lzX3i9GmogmOw9IurUew9YR57hFdkjU/38qTa7BKCHIc7Arlk2mi9/CXQH8Mz1EXg7j0i3CvCbVyj++19GbsRpArcd62WKIXL+0n22lGBrBTefbB8nNYaqTa1Uny5vYQRkYAN3psh0bb+dnRYyjfQpN6om0UHcWUOGcr7REiFTbVeE3WuDEKXycurft5B9PEMIzpKT4+ZgXi3EGCacbzATeYTHzckMXaIdy4Q/hDokfOaUthjG582I2vU2FJuL88lNqLNXxaw789LXqGVWvtaysEpZSmNgsd04GGEn8Ncrl/fqzBD/ePtZoRuc+Z2iOa8Wz1rmeVgAKaAu8PrKtQKNNfow3h5l7ToKP3hQQfazg9xvB/r6z6ombvA1nLXEZ/bVSvE6LTdSej0mCQVJHM20tHda1nbr6ctz0+AxThT0ggxnM28hhR81zNkmMsCZw0vaudZDyY4OMhQBsyXz1Vd1yseNBj50SZPkInN27EaKblvbdJ6zL42QTYNHHcb2yYfTsVcMR22iVPmOCxQXIPWS0uazgUSiS8UVZG1KeaxBbFSc/Ff2XOpLCWP8mAokHpwt2uFW0KgYqzsvAxrBFpVM+5WWoyl+YBafH9zzQ18dp2p4gWfX18YG7+45/1WUX1t4pJ+IoFAuc7xiih9vtsQMLxdxkVWmPO323M02dbfsPaPdbv+tsbAX+35+IciX1PQosONcchUy6DsPR0V5vUMNpvzb+XpgD9NuTG+8GzZNrDvUtbcgpaOcQHpmzET4ZSd+mdxfV/B2yl2Ts3U8BowMeajaKHpdHVIqz4VbNhTGcU0IS765TlQ0OEbke/u0bsUugaBL61evm7bnJpZ3PrvFyB0vd1PxQ22XXe0RP5tGp9Kz1gua8WzvdFkLj+KSzcGt+OiVwc0a1drBJuHQWo921cRUC9JPrMLp9wCNFLNMrqyJHiT08S6BHVYjOQ05JvN3y4kL4ykQgQ3q3DVTiZhY61wJQQuaf1Quynj3gtBerR32+i4IMzQnHbWg01jv3kEVF3pF7vNpaVPF2QZNJ2N7fDKQ1FYAzY/bXt6sss5Q+mqyIVZfYPTOSjcLLyilJG1z2YiKjGibsv1KLdGFLkJIQw+oeowAgugfSwT/QoECz+m9c46xkUdb30QVSe0i7WP4zd2qYfZkzYBJypDSISHuzM5hGwgNE8SAmRHbhusfzvgo794owHeRw7nSASCHTqVziFeorm/8Fcf4bQ9IDkYz05y6l2ijrtABDsAApbdY34Fx27QVsn5bMqGj9ck7Mz0+naUBwFTRX0xnfP/kd1GVNkiZM88ReuCXEXEGIFDM2rcI5Syn+q1ZvgpNDJnUzXXT3ICFWaOC/LFMfNZk8hEIy8y+8RFKjaaAyz2mdgAFd1HbkAWkykJxUtfY67fg8LmnK3txaJyb5dgGkViCq7IEdETZL3v9SN/9b0eq/8AjssPHCM/q7VwAjdo0F+rYe8XNcx+dOiqMegPNdyacN5HDZdZTT37HvZVwfWUlb/tZ3wC4WeVkPl0T25I7kD4tDDNclbuOySz1MZa1Qf4XO8EvdNHmN+3npFWgz0VMKut+kFtn61nPhVdgE/2z8/G8s9d/Fc9BP5VF/9VD4FPF//zkMw+n96icyzxot3WpR0QAUbzNjbMbPAWglfg+MwKfuN49el41sqPshs6sMF78GtZ12idmTIgfW3QiGJ4k4jL9CpgS73ttAN7K27piHD1mtbJPcVzFb8jSnnI0ga936dGOrnbcVNOHaMR7oFIi+gZT1xuMeAaGJUr0ZozWY/3jskIxuozf7ncSTzfKzCDmGeXM7U93QRJvF5xuD+Z+7uaTPuyEVbWA7c8CFTWkoV3JkB4IYGZvqelWuBNrkfF7gXPRfFew45OyKwxx+3gwnET7kOEELByWAfA9dYVIdamXfj96dK155P9iCap1lxZQTpVtn9Z0/KVepVz244ov8Evy0iMp4foheBkE5Bvq3BBHr7E1QdBPR/CTci6WxzFuiGFUR1CZQn601oXSHG9GPll5g+5dshXv8OYJCx3IDydBft6MNP1sQcFair38Om1s8d3BC08oDFqCcyjgipbBfYkBHo1gfvWpZV+qbzj3U1AqBBK5jl4rAnR4ECTq3Vv1Zl54WZQWEvzrDel+ou+GrcixihrLSyprk413jzkLGz0DLBbX2g4nMxwMPGkrs4TVQwsdCrH6DWNUf5CO06ynD65U5dWZhKWuW1FiYXvbJXF8eUCd+U+1YSW6vcOvZiZgRJ0oqB3y20GeXrnjrNjqNbEZNaSIHhf8ilzs/nJRmW2YByUL0DsnUabM9jqcPINkV7BwaNXzOfLH5AMa+vJv1/f8nQ0TmApL6Pt8logpKJTKjBFb7gbH1f63fGlfL+px3+M37/CN/B7/Eav6PkySpO5efj0VrllDd+0v9uXnfjbjBmAYp7C3CxD/klAKRvv/qK5Hp65eL2n7WO6zwV9XcRiP7B0FbDjgJBqJp0CBpfxWRiRDaTldXK2u4kW5DuNR0ray0Ysk6fuN9zaBnedDaeAuBumGUrb6zXD9BuFsunq3C/2+3xlQGkck9Mwe09Fb3tewHBrSfzqhCjjvJvpJJF2hOyiyeds4xqJrxq42V6y0+/QN5QW6AfAPbKOul4XB/ap3uk+BbCIq9lUQ4+1QkPSDDwKHDbf85bjJ+aiF55/KM/AaXIRla/vHbhjYnZkYEQcVDhERPG0FnvZHd5OhYfQXoL22LiKGByTq8dMej1pdmC1WoLYOkL7BCKBTRp1ziLtfcN3/hZ0CTRkkLZINH6DjAI39NvLpJyJVZ6pZgTpPasH1Ek9uaPLNhTJBGCK260DY+Me+mU6+vSGXqXnQE4ZH16K4oFrl/cLtSWrXcSHjbKwADKLIaOWI9YHl6s6gDV7okr5fmcZmu65Aq+bCc6rWRoVffZ3ERVCIt71l+RZZcaVUMeu/j2wpQfHJabap8B1wTwjFKUDwlPBswRO755VFPOZsqtNIJMYrvr0OsLyJZFSj1FWMraf93w3dVLZiUsAfPaCZzbBheuAp9BMaeGXCT2b7S1BVGQiTFqxOAGRlYWpqnNrbl6M3a/JyW5X0UcuSwBgbbSAjHEz8BobSYdRYljuMP/+KJ+tXalUEoPicfFHHBnn/zp+c+IHv9ef+G3aHTcVnVyj1MjcShSiqqi+/2UGDUMD2S/l1yzwZFgHFXzToOe3VbIHHg9+tkqzPX724bz+LFmMS878UeeLozdNdGB+DBpyD1gu/KxN+56CY5kgqdugdf/ae47b+sirwcAzf25q97X/nFjpd9shOXv/Q0ow+C0l+JM2nH+Sc8H0++bQevnR5t82ggY+O0GfjZ8Sqn9cdikJ9C9kQDRLLtLob7fL0NrDQuQaOAG/jgta/+IrwteC0F2zvu9Z8RVeSGzf25oIkSvN6laB+h5a2HjWBqE7YHHEV2kZW6inky3U5zP4bQuaTUt/9wz+kmUAP2nGf7Ju9KdsNMgxaoGoZWUtCODEXORSDx/Em+uahsrTnsXLbZaODCnVgxDqhSkUlwmGabx1bromPL8dKcRUDkRf360EwMJbSMDHzfPCp8PjIMRsq6VdQx1zmdBe100UDmehcjsU/bmsCVHGS1lG9mwL/XceEICJja53S2ddFi+QIDUCF4b3y0JfXoLpXuYxzWAVRqQ1bCIX5cIy1rcOPgHhIdUIMjx74AInk5k2hBGBO+xJDBEJ3d1DkfYzDzQZhdwtwsy7bGFw5f39fMhs/bbwkYIU4Xg/nheAtS+tGA32+SzUXn+PhkG6DmPygRPaOkdMZYgIEMMFYHdTaI/faEQXMb8LuAHk7BgzgFZxpUEdG/JndqtgnEak/jG71VQ9w1O3anV13KLeNtNLESbqde8Bf1sj+i8LcNHyN2AkuK+4M4tnJ35T+Gev3x+LZnxEHtVGXyKPrCJYz79+f5BfVmdx5J/GCvB7znoevEfsX4z7L2PiqHtfpM3Vj/AkxiakmMWn5AOPxBAxzmDw4yq/F6+bUtJ9MfwjeLUum/IjyeJahRiWmqmcnSVbRDB3Q+CkN43TzEgtgMSQdIGJ8YPzCCKO0rkNTqqaUarNC7aBfDLApPpOHCsfdbLkN7OeoYZOvEMSfBxafAWsLdG6URLqrPXgK3q9cwGNQGXhZgRhEFxcHc/A4JXxNpajWtJGzXqgTJNqKrQhkUkocMju49Sqq+w2sSS8uNvSqC4sglUbkHf0obvRq8PCwyVeTuC+g/CCUfGA3QfMOpwAS04KQuEXBjUaHjUwjVayzdZcOjp5HhHzyXz3Hx1C6HRabgXXLSXNa9ZNTFXM9+1iNC4nBQn+UTVBpvg49OxnCqQpgunybiQq5mnHpoS0gY1A+VPpBobOf62T9e86829LN/4Lzlw5qP5H1BKQfnPmn6qXf9iZ9PumW18bcZ3utE/E6pu6Y7NVOyj4u0M/4ezT+Mkz+uwCXGqQYTvY18ai/wm8Av7VPf6rWwT+1T3+q1sEfr3Hf1H5k7WQcUnihuH95y1JHxbAT4/B71voXksqPWI0JV6eqNlVdxqkaQMlwQ6U6/XIktTGL0iqKIvD+twIF5tf8m9QBuKXpZBMbk53XBIF9BoxxMK4ddS7o6phbbEeJ/PxuvF2U216/q3y5w9HB9C09ZmhDx50Q7QB8jad16vWLCnBWvvE4X/p6IDflRr8tfJnR7F0TZUcdVv1KH3vSEr1+4SWr+vNFXiqUi5vtgFeZikIXUoKSn4sj0jxqT05+uZ1QOtdM4QLz4pvqqQcUtaIRxgfaU8L1k0vT2EY2UOyAAKbUs71lkgGBTVlZJ0KEcOmIyGuRKKyneeSzeMk4P9kLgP+zH4TzG/kSxmwfZrK6EK9SPDme6shtPZfFMv6kK/8fxf5+mHLwC/G/HBOFvOfGq+f3Gebw77G6j8Zr8B/xif9R7cI/Gd80n90i8Bf3eO/McNiATj/eIBZ743hqss6wh+g1SZyNei4TkoIRcXRZiOEjSu5cn8ghOkO8CsWFcR/XuXHSjyB/kDKkbLy20JYNfEC8xJVLiUWX4J7o4tDwAtL26oG30kynrzJrdJf49VE8FY4cOTGMABJW5dLdOP6gry/sPo6vbbWRBSSpVivSKdB1e9TiWUxr0wXLNXnq150mCxVcKUP/pC7wDUd6EXY4eKqGWUwVA28nQMtRx8szUMhkrP2xvv3da9rrl2EF7sXOBxeemEj4qxTuRcQJJjEqO/Kfrd7BvpIbizdcY4WE06MuHhHTxXShL1Qnox8m5TzLae3zPFPcecE52DFA+DSO0+4XQ8X5IjSFSfmFsTDvpXCRD539kLgLsI1OMk3qVJ6xQOc37V3j8nlvZCyp95W4H2/grOC9Pp1xue7qRpL25mglBZJwX12e4KjJS88Bi2Z3BtoM2mpoY3T5c5OIHmygBx4qCBB4heIfcjaeurwG+/fyJN4ovWMjJlZOL1HVXDbldVWEwHHqk8apOa3GmxO/1kcB8zk6+UIvWsNl6zb8/x1ms2KK2+VEd4WgXYtFfDJcGEEJgWhEAd3iG3Cq6WdMn7Fw+gF8F2UwXeSQl6LaXb5tTs0XK3X1LQE2idQP/bG4aaEynTwsdH0IqrpmJf4mfC+7mFfvIF42J6PSVbbaDSv6ql+0uck2lCqyHB8qJfDSd6tdfE4Z/3rnVGAT9RlxskLVSJ4v3BELuHTrSz8m17t2mT+Tdb5bxkTwB8Kb/15N41vMyzUsEFOyE04Zs3wvtsO51CyrrXaUgMrb987xjOopSVHRdLJB+PfaW0a+LAY9eDCBWqvDu9U7ft9jMDAErZcD5Vwov1H6L41AE3iS08PnbrewaHhEo4e37004dsL5ftZpKCxvLRv/K7cOrJ5lX681r7V4E17t58yabgAXKZsnB92fGEKC6tYg0fcx7OiFOsQb/KYiVRchW6CjmVLGN0jm4KNKCNirmCpnY42BPitmBd7lU/9wzXH4ULZyKJQmvL3l4WDV2nx43K6BbKJNPxTHYYqm/Ntzrs3t3qj9Q4AZs5tVT47aFZ+Ym71W1xU6RaHa1Hw67ZcQWYqbrh1YwLBD9DVoWKoo5u+lJ4OezouBYg6UchfSt8zSEsqTsVxKbuPCFg+a380wwjbujccgDSEWeTN1JV9YSNcqej74npNXKVAWVXkfHHkOaXvj0Ai+U6mDm0LttnHb5Y0h/Y21pFIvnPo9kLDi5ihu7UsNw4loRe4q8ADDMprRoGmyNLrrcmRMFjR7HGY0dFnsvgO5A1HHxL7Pk8ZrVhtw7t4nuuI3iyWhF4EmEZuj0WaPIaWSnZBv6KvHRl27ba9XhNYqeBLnjVqDNkKg2+WSJBp7Y0tfN1gUKnQvQZAjYHFCMXt/lFAMDYyhKK87t2pIuwKi0H9rc1WNfBEnu4Qf2IB26ntEd8kNQys1y7SgO4aPF31SYvDNwEiwX9QkI38LGp6wj9ZAl04x+jErLafxurD4RxdtQv7p2Js5Cd8AfxSjO2PC5y+gIzvo2bDfheaYD+hiY849L16BiKx+pHOx2vfIij7+Qn+iKB8D6CAevnHNo0F/6ogvrRyPwIga/3zKudFNqGk/J/JC85XrCMPPWwE0sePNEfnhHL/cwLx+yYAH97IKyjHUYzE+hnFIc35qrfjdXvVYo6GW68xCnCRlGdmvO8716dKC0uhEtN+/rBksY/bt/Z8+W9Bsk3foUcTmSjksUei4DEUbj9In65gwNT9Pl8ronoO8EJrJeLWBs3f7jslxQJ/OpikDCWj5srUgr97xT8wXOA/1vJ/nHcm9szfYQu6FdUbv8CzBGUokKeLJGXxrxsgsCFFrYEpbZQqGF7BsmNeF3aCrzZJzmDLKERAXsLuaIB5wtkw7vsRr/gpCB88+mLAeTBT4uab7kQMmbRa0+29Q3B4Y1UmsMLVZulYu99DuzUEgJ5KozAtST9eKGLrVvtklhR6+tQDI2nvHHBDYf2TjZU+Rr7/lK0WJaH3izObsZfXGmSDEGdi04X6y+IBwP0Xnvip/ffHNXK/mVNq/0YBqe1kuecgAH6Mgt8SZbhvTPX81D+7P/yOqH5W6/2hraTIv6p7+G8NNeD7KPgx1B6a/W8UmtYpGPiE4pBwqcAoai67SiGWpoftWHDb/rwLeRmUSkzdPL2XBBZus5WLr/FYzJdquBiYZtrA8rY6W++YkA7AZVAT2rAGZQIREaZG+PpEuufuTuu25sVtM2byQRKH3VwbdcluLy1KEyDk90e/PGti7cDpRd66+SF2cbjwK7tQmDi9rc2IbeRRwLtMioWANb3caTgEDszQXCMQgJhbGS8VvM2jO+2eZiyni4i0It55cOfenh+okLqOfv96TOiM0YvJY5c+1EorZjTVxoABycJSNeGTbov0kzVJVjCLWuTzIsDGXJCe43Nlalt/hOGV6o+HpbwmFCkXq8amOOExIKY34QmJ/W6/4ieC9SkovnTudB6oDXZ+p+g9ihyC/ED9SlfuNS7duFMbwOE1gOnbvpvAKk6cPUwySmGK2yvEfnsmqZXKVYLlxfPxeBvankeYkYeW6sXjybgKI3ZtkyrToDRcGcBn2onfpkUXhFpqfLQMXj7y+tyqeVZZZBBeq4mUTaW+PcfteRoRPdXO0GtVHVh6SFMAzLTRUMuwsYOrKc8KyMnepKYSFT5EAzK8I9S88qo37zzdNpjNVkfjWQOPPJhe6HoXAW9/YSYtpC17p6eLA7mre5UJ9ClJa3y9ize45PpHikAM+mhtQoTtUera+zCjCiFejlNTpQV/Z3bOnCoKf+8STsu72qAPIe6HR48/uUn0rPdjLP+YOPvbjB7wuym9v57++0NI1c7eJVGXAck9NQ7HmU8q5mku9ybWSPbvM2dnN11mWg1d1LiH1HiIpm67r4cbG+YA3CMKw69v2V8QBMozTt05EHnxHaF7njfdmEy502UcvEmoRk4FVB3QhNHPpMG7ww5XJAEItxpX26g1iXItM+GFkiumXqLeWK0bHYkMeFXsBVnu+dPbiGi9ewchUrDPCULKhVIBQOuwV89+MEx00TQNfgTXDDcJxuIppOZdEu+vsHF7O71z9AuLWZNRKlUZOJG71oo+JMBg2SR4uRVS9hzAu4KEtPr0up4WxvDRu93NB937cuHwZJeWp0oKF7djc0tnnsSQOmRSAFPoQ7Qmi1esJXOdjI+5TjMmp4kWacWe9W3Ev2Tlql8Vh720Ywg7TurrA1cuLaEQ9Q2oY+d9xd8ygkobi6hXlnk9mRzzKJ5KWZml6+Hp85J361fQW1+ZKNMznodcSJsNNfduCez2MMoBeW2jd2VtXmSJ7BZWi2fwGEts+cURbr1XlE2QBohwDORJ2Fj5fY8gQ7i9er8FlA2Z+/sSyq5pUySKbaP2sgN2LLdJAfNjygMHdcRagEbBdFihf8onx385h9vNbZOoO7Az61Fh0rqBuBbYmhnQL1KmU+/UqIzRdAO+Gap1l3IC7MIJSV7QBZZ6Ua0N6+K2EdYC65Oy7tECnlweQffwafTXxxM5bqtcE8ajzdINvrJhegeL03EXpruTuPkciHATovc6hzhguBelCesTYdNVVf7RfqvvD2T0zG+Zs/dbjK7cfXfK66/his/aX401f8mcrYLH7xkcS9VcKNRT6pFg+Dwh93tpys+CFebHbBWM5Z+EWID9qnXqfybaIM3WVt39ZMRKv7ad0PpLzKeWvrAc+Lmlk2N1oQdhEWL18cFZ3xXkZxMl6Xtopo0a7k8lToG/r3H6yTQVZWgKD110miy/jZN6ez8NrrlZvOinQvGiAxQwGbHyZSzchXu+qYJXLYQfeVWJPqaCJJFCLy4WfaulY72NaeSP2GGpMZXV3bGLwtbuQGbGd0OmAnATL/lg76CLpmL/Wbd5GMYh2NOiZKDSuFwL1824DbtknfZt9Nguuc4WrcBBv0YXuvZd9vaZ5FY+sW1BuLLMzdH13iHe4puErs1OXs0dqVFwyTf06cjRkaFFCcImACHgLqiaqp6qvywJh/OrjG1jZ7Jhh5FeiGzd3LGhqJtAvBXGnZUS9f0tru8Hxkl0BAOnhK2HzFUmIynVu6HxtX553kdLyEraapSXNJTb2kE9cu9wj4peP5x8Fq1rFlUr8J+hwMKMXEy7MSfGCpZM3J3J5cm6wxCaW4GA+jpBSfPg6qHUf3CwkBuKCf/ejD9WDPxXzTjLKuo6HSVAmVf5cSf+Op5xDkDGY4QHJQgX7mNcX1hG0b/bGAX4dTItN7W0akXYfF/zDhZS/Hryu6tSQ/rbxabwErI++WrQly0NC2gSORC5eO00d4NbykWZ+gU/XhduVcX9GC9Ss4T+A7tCokQiNpuf0ooS/PUOneaYHfSt4dsYeMUhxjK11tlGgcMxHvi2Xc/qlFTuWt6cAVmqEqrq+U4/oK0nILFmzdUn3zFnMv44z4Do5XSP90+cN940KQnk5Dh0NlsU4oyRqEB+4J29njE2fUEIZOvIHPlQVkk1fK/XB74CE2g2KxNRA+Ssbbm4etEF9N2KxeV6V9XXFbzDokmLLvcwbg+Nyt+h2akv0L2otKFczfXkKSLBBRy4VOKSYvAzeV2edcx4HnN9z2D0nC92oGb/ZC5N8E5RQnPGb6JEG3oBbTfX1PTuEtBRbJf9/NcVzYBfC3f8cGR/48dije6+yYV1tb/NZBUUaLDcqay11fimrA/999XL19X8ncP73aK7b9XNvoqnfiS5wWq7Vn4rb/Zrm8Z3v1Q3+21wAH81OkSWCr8dPGrc115gUqaz2XbKokM7P79k0eF/rUUAfgwj7nfD6IfGMkHuX0bKgd9lPuoCW9dC3Wx4Y3pstzuy7BIZeeeNRxSzBuG5KPKElb002wuzz4jukaMBTDsyWWb2HKfm2En/6bRSB6OY0XZvmLk2aS73ejKhheIej/G043tJYe/no6xqP+48UgOYgp7aXccnLQpVw0xUfT8UnbKJajOoqsldjkmx2eE7Bub2+8WPdHYo8jfH0DgSMvcZkEh3PRrICi127p4DAz6k00MqPLjIblLThPwc5Jxf1UGHGLtY2uwtVUU8m+PEztKtbwBbnYr+XtteY91ecol3YJGymDf3WwmG8zpToLcQoo0qI4Q/E+FiMf6uvMSN9A7tlUk5wGDk0rOXS+veiwOBe1XcfKF/5Xc7RgTB78CK5R3/ra07YjhoVnmCufKj90Z1X+kr9gWkJ6eixa3n0AcBJkJLjwRNwiX15tOb0QgTLe02iiMEoU9c5Lbxw23mQX4HeknTKeIfgNSl5dorQrTU6+2NiznmRJv4JrXX3QFnL7jeMOkmPqGU9pO+ZenXsUZdoN4OIiOg0bMBprtCrt3DdYwFjdTJ9TPem87AVcrE6xviqLfbM5LnYm+hSR5rF4qvbOpKEhNUosxAFSB7cyN5TRROEGh78zOtBPK9vbCKTqTyiDA1efLwBX/njktfRhC3Ir7DykBrTl5/YwwMyNeS2ah2q1H/rXBIkWhsuElHhFyUnIdaQ+ZrUEv669WmJzg58nAWiefPXBCJBoTPvgqW/2/tD/7H/WbpQnRnek4uaKXbp5bGuhc0i0X6RIc/Ff/+i2OBnwdzpvC9+DepseNqmD73qcxKfaIaf1OFNT66BVCR5KtOmv+b15mDVlr8pwt+TX4J7qEe9PQjNSUo6UpjLpkaUkNe1B3wS2rKT5+gNsGuwr/9P/64MuErZeWThbJ1n5P4/gCEogXGbLecB+8Rg1W/80w/6sD+3Um+4Bf4KylYq0VqX9myNrMCI6DOfMWxm7gEZUiT0dVJyGaL85DUR4eoAB5NyX2Y4nvEddfZsl3rfu8CKqJy6BWc9FDby5x9PJ6xrpnipa9cLLw9k6HdpO1uC5YAiO4uolCbmtPJ8UW8KRL4LmrVms3grdUQCrfaLJwyJrHTgTzMTpHFnab6u57qmZyJOADSgnax+PftTZArxNolRBypvQtvUecrac2mVj743bjQ8LNOZUmfM5HC0TUOhsuYtzEN1BQcY3OFldalcfw9YNkaQaNHdMm31oXJd9jhvQJuz/TZP6Xxqj9hXSjdLTC6CNWqUxp2cKwLshhf8GAgnTyPdz0oM6VdOPtNck1CuJZ/8ZgFzotK3XMeEd9ZIQUJcSztda8gILtvlYnZDbpty/IGDaUxglMzXvJXsOEn8tSvW1qCWexNjwfOLDN2iNGcWe8cK0/0vS7AK4wLchV9+9XIIIWHtNtUbf/ZJHNRYhWr1torSaNZVkzqESnzZLkiykfoT/WMHBqOAPp6Krmp8fOHffUeGtvMcNKGZfUsSwOCJD0ipWsUcXwItkbR80J8tWH1ynQxEhtBuOdA6QWP8Imdpn2IYhm3Ge5p26pWvAbJVEQf4xURKrZfwOaYjMttrCK8MCFYpbi+kR1rBZCKul/E9ZTyqnHXk5RDd5rfsuc5krZko3BIcLD1kY7uvtbu/VLA1UXx7TodSkgpVfCf5AgFn+Bi+nPLITOViPYpcQ+nYGpapyYk6g/yTzMKNPjrjIJps1z+3fV8wpy++dSPwNMXibPyRDgpCVJ/EiKneKdtteJm7RGvgPyjjtqGfcU+Ew/8V2kDf1jZCHxnE992xt3Bw2C/sYlvuQWfXCDpZP2nUbIO+C1iq/2h7aRm3+7lv3orwI97+a/eCvC7VZp/eSv/ccqPzQGKhA8CP72XBqt0+F4d6T4Yy0vroszIqvaZF82rC+wdhWm0kXiUrpD9JneGCzNse7MbgN+JcIRAxkOr8q5JFv14twWt+QTEcNANBFUmld3X1bCN16vPiW670856q4kJMiacUP7jXZP+uA8oKAStWSXlcBSvlIAGSHw9LgTA8aT6N5n8f5PyQ7HuA26wvORexlUGHOFGy+slznFyhqxRElT4oZwCopZ5FCy72PXrArNGWRz6Krzy8KSbjGYyoNk9giu+tEC7zFa9Jwmi0pEmisazzMJwqmrsMiB+IHsXYwj1URGDwJ/jwlle5JXliOqfBGHmzzzH+6ekYOlTbf5l8EVE/8jLa1oDflQa/JY/XLtRU+PB01ok3qp9OJ8jeFsCuK5/P9x+b6LAf9ZGpZLKfpio4Pw0UQf4seWNxGF1IiZL3Iy/Db0v9i/tn8VW+qEhPxZZfa2x+t72GXqXvxh6PysTnkMvcD2sT5uTUuy0cw7BLmrIMYKTPnhqGeDsGK2Wv6VIM58U6c/tiJ9Nu//FQqzz+QHSz6mX+ueY/bmXDkMb5wNFzucwfFVV+YuUauDvcqrR60R2iIKvCyvz0gsKV95APYyib/0kQ9CVhMZphAYRcNzL0LNK4/spHGUXASwppr6Wz9BN81PkJGFjYVvGBwO7bo8yJ8DMfjz2spN44kbjqgbYz3tE4Nh9gyLXe6de8RqON1w6EhoEMkHI8m0fo1ZhRZbekQtT4ImaJ6ITLI93mm6uA9D08jSPZnIfJY/m79tJA6uhzGWN2OA8IDArUap2kc5vRfRlmNPr6o3Py+i1N24Co0EDKkdGbOYpV2y+wFdWu6BoWkPVBfJoA8uc7ubUGAfO+EMfl8tTtY14uIhkBsaLB5rnVQAqvo9Izk08BL5mnrWeedOGCSqe9Elx5CfWQ7bqSoFphS32+IslvcB/PClgSsl4juorUZHjU79Fs7kYCqeDAUR+p9rAv6ii+714/6e0ZdgND9WgbLjprmQBckVSQNgOjGLOoeQaD2tLSmCJL4+Bm12HmyymLB+vlEHlEjRuKcsmmOmOxTgwoenuTWycGCS+1FMZftzf5qkXvmdNJHgPRJ65bEC/ve6KOQioDBd0uEPNA+JzaTjpaftMKGkh0dZv0oYAZNISy6jTrXxDju1RiWpTafEjVsRTLt+JQ3iENW5C4HTgz62NOhkLy2BC8mGRaY94+4Db6UdsPARhkjYz6palOMVRGyz2nBuZiV69VSs6WrkEdWY9xpHdVPOtFLDHXyjMVTcJABG/bYNuot+RfGPbx5ucX83/l7k323YT2bZF3/kVHqiFeKSu60rwJgohEJWo4esvstNOO5czV+bOs+85bs2t2UxNKQQRffQeMUYfxdjSld+PPhsQUNu1QiiLfhJOh4c8Rpxophd+DSTM2/9N30QB/ugp8v2dxMhZYruva81dX7sB7e/bUzUu/5E8Cf9WufKHXWafX38Avc4Tg2C+3/o6E69FIAbVXSSWRKTaexgcsqDPgO3i36tQGHr8FKF8Q8n/UoTCn5JI/pp9ecqt5Dt2CV/dZOPQLrwT/DL0xKz9t37HrBxxh/zJj/zsr5xEpjgA0/PR8FlYekXDxqdMlYs+uzqE4cWf6hX6v6Es8Fcw+3dQFvhzmLVXufiGstOfoizwDWZlTv4nSZMUeKtwYgppgBPd7Pmcw/jk53LV5ZktUCQ0pTF+nBpoG96x1My+Vsv8GRv7iZzjOkPjmXapnLfZsQVgsLzo2giyzrt1P2WmMP1a+4fUg5dEycGOLdjbM3i/22zt91xGGHBaPX8I18QIZ1VgAFNZHPAQoApkHnjCQxyOh27I3U6wisB71/Dq+IYpzolxOHEGQtINf04nSYiooY2wmgcer6lS5EbUKhtS/c0t93e7mqqjyg2xCgshZW2rXDCoKdTbqeHsVz+ymob2s+fE7ADygLtAD2gwHxeqyXGlqEg1HrIteqPXfTK3/fWkNjFFPv09nkIAunbxUkl7StYo55juQBqgQzBYNC/yHsE3x21ivfVZPcd7ZXwO9HxHolcAGVtwl9FSQTgy98p8vfK0vvDwbYfREhg30mbqIaN6ywqwMKYeb1FsMnwkwRCqvHTJMzeYw4O4BSQCiw6Tbdk9NwPONwlINkPAjAMykZm7txn7NmWUeuv5uVZf6hQwTvEqoFItpnpcq2RXOON2S61S8hfsTl42RyvyA/AW0mazfiWJ6hLM8YSSwc2ljlpj/WBX8DnnSRw9H+CzPNQA0u9EWrrl9mbrduAWgXaBe1aY4euumfPYgKWlTAPLLC/5lN3V+RXoeaMUkZpDM3tg+6G19hNZdObJFDOuIxNCtKeae4yNX229ygfQG9WjDicC/0oIQ7NFBAZN61/bUgD/GcNctAtsgh7NwsIv6mINPsjsDex1JvSLDHrgFzHM+N0JXqy5kXxdkitkGqESjjYbPSZ9c+ybFk2Wj442IEBb/dRT2425HL2mzQsvmnMdhnSNE52VW2/ijvSOkRaOM3GdeILyrHpjbPUZUkov7wGwQQuHWKoZYKPJeoKzL3wOmWPQKc56NpyCLjOtEYQeyQ5uucILWSZG2gqLuNZImqAUcDNw+HkQzEiT6JxFEOuYocBCefNE7nOQmIb3Xm8YY9xmvb+6epfWDfq+qnpcRmm2rw2QVaGmqlnfWS+Scq3s6TDwHp+yoZfagewlhFFvvKtV3avxEzM/19980e7eXccnvX950ElPD1EKvWg6Ab2vtstbSDUURJ7iuGxHa2DRxZUSeHNMI3ndrvlj6vg3IQdyHjxzE6oSgO6UdvXaZMUczfKiHHQbrxSfyZu3Y/nBtpcT7zSz9IzBxsbxvYp7fGlK/9H0b7p9jW/AguaqWYhDbyW2HeMdj/pOgaQXR3q8pwbPF1TeeDp962zYz+lzm02qO1gEpHIG5HC1AxLyfklkg8uuqPp65s+2nnChQgS8MnYsF5q9b7099RvIRjqGv8/T1CSVhsfLIInXZ1sBN1pTNeO5uMUj3r3b3ZZu+6amcUIQLK88EaIPtUg7pnPt3cqRDBphC+vCEsg2FY0HZAGEiUM8Ks0o1U3PB2cMPbqLdC2shPpMn4+rQ94Ldj+2zSC4O/18345lzRqLPOho7MekBLghJJbStf4FO1g/h92X8vcyqIGKfa1SCi7TmeUxBD6IkL9kB8wF+Dd7Ax/dBfxP9wak3w5Cv5RWCL9Tiu+tRn88PPl9u4NHT311MgP++LbdAfx0sWIu//QrAb/auvknXwn443f6O1/pRxIA/BcnDEeLLuR0JO/Ey50Wvnj9enuptl4fz52lsD0GWpgXjxyt5pFLWPdgHsa1P8NtrRFmi9DCQO9F1FFlxqT8G+Vv2ysjHybF0nR3WCYNvYEe2XD+7jG7HKRKZnnjnNbHJvj1ZURWhkAl80r7xJXAGPcMNXI9YsoOyehBeLgsPe03YKyzbOnvldIrtrtfrmuC9zFyKyEViW/WhQr2fX3JGEt6OfpQGnnKfK6p4IDz4MtbfQrAVQlMJXhlR/zsZ8rS9bExSFwChxuqzGRf8Ne+rsO8uG4tSiOJf5/0Fn+LUwExKl8qGCDRwYE/680euTHz7/eXUBX3Dh96P1qZUy+Oz0e1vJvLA0k2hbZuY8l3WYGj+vmMEV+8A827xI2k081F4cWdlamrXyMHJuIHwWHRA9zMAfEPQo8fV9IdJzxsxtttxaQVpsymfJcAGWSGPCtiU12tl2e/HsGtqpRT3WzDyp6iAj6/0kTD9BtNe9UoGMp58dMTBbOF2G+6KwD7pNJ2dhXeqhU8FcZiIeuMGWMMV7liQQrpP3edmiXMovNbda75MOL1sacpGDRiZ4Yt4H1/5IU43d9FjorpfA0g8ybfOn10J9ial3uPppOnu1FbRUrWxA3EdNDl9fQlDV+XiLGBBduRo+BQTpRiYrc53NSZwr5QqOzDpYbuxvtJ3uiqdmRWT6BiQVxJlZzDBq8u8qT4C+CNGTp5gTz9HXOqn0mADm4bAiy05rUwPrtGS0SC+940wwKrv9UO5gsJAL6wAL4sEZvWtImGFuYIpsBRpLofKNPbcZ7GcH31c7JVwCpEMif37kXQP+PD8LYaB8KtYa6oDq5XIqkgf7kVAsof15HWWqOuZcINYd4bbz2HRwb+eB83XHav3mDGRfQy2KUDDn04Ff4utakMI1jrwFiOv+s6gnq4AatStHpUfaLOjXDSC740xpzrR66LNqpV2YQbDkDoni5TvvgwYwe+wrCecqgzjNrwWCme9t8m/HaU/KIjsisV7PvKRvvbfBqPC+cQvs7bgPhoPZUhfTjgVzUx55f4CKW1r8Y07LeXvEVb7pNoq2nQWxckjLe3UkEf9G6bdxp/xQ+AyC2GFpoOzItikV8j90phFuxva62jkPrwh0MyoEKrs8ebUNaWuEI+ubfo4+1qWqk3bwD2U8po8y4MnUG5QotylSpFC0XqQoD6C13zsHLMvLRD3eQW+joi/WM4iuMp64/7dJAcYJHXBePcF7iPzyPMLRfyqstkQwQMXuZ76DnO1ki7dIkFYsGlu6+PE0KFZE11kHSyNR14KzEVW+MrfHVcIo74NhecTQxYQDaHGjaeadncdVjIohkl2RBciehfdDtH8TSlXtBZACy7Qcetvr0m6j7NuO0lJ6o47fMCLjjsO0L4kscBD804fZ2QIsBhlrH3ShGy4QK/z5vIo/xjwcNxUtGJiW25OIFGoIzNJAxbRpqC9HYnUBCU1m/czJ2U6n9ubqF/tgi29+82zb9uBUP+yugB+O70QK9fnB7+m9EDR/9s9AB8c3rgGIFLUGSJxf8wevgegul1jT4nrj/uYH6xlpCFz4XPXkJw/NY35muZhfc1+/yrsaSMn7H++Pw1vBdiBt2aH39dzq3/vXLudf117WSxOjZKTQnqLH8snZR/c/j50qxc/Oyj/WFLJHYZ7/w/ejKGOj3+uscM8FOTGY2g24cz43mPPk/26PiuubwSuVjv2eoOoMiAJkFrl+vljKNyF+r2fAeYiRNSVjNcF/Gj644mzVNkEeu9w+tr1bbdm4dNuJNwoHQuOxqXsTIKfHorwUMvQ8vKAUyHlgK/l5XiWC1a7Y3CiE/2IWUDVB2cP5YILsViyK58ub4ViYjiMy4IbPdKs2bKJxyICiO8yt2dB7ut2y5F84BxaolavX4uDBQMszX66gXE3uMRRgh1VEYnNPcCf+vjLediBxjMJqek4lKlVwv1tbKh90EjriadkUtL1MrVxR6D5BgiUSLO9VarmUS8mEqK+h0sTiEH5MdFVdIHjcVYY4SFLSuohRqku+JuygVkp12/9ZgxmZM4M4v3cz4ecAqFj0tteLUfI/6+9iSu1g+KXnvtv1f1fc6FgG8HQ/nX5IcHI9lrWtF4x90LQ472P5zrV1/XC1VF7uff8AJ8FsfPVDP4fRLtRJU262q8abjjVFEXv7d1+1z/khgAfKaq1hB1xlLM+WY/z8jg90X2Z8YXwLdkPVZIrvTCJhcLfIFTTG4vlz5eEL89IjrU92YaVt8NCz47dRxZYyNdUAXSIWf44a+NV0gVMbA1OYDXTHCYBcKu/FBJHjLAZUgLD5TFmDOOUIvELleXyOQ7qt2Q4TC0A3AmeNlm5r1edZjeN6qekPtaXFq2bxkmmgeOhY4bN1gJlwWnvM99mBlDE7pO76lOCg8Fzi9zxYUu2Hoyvga1rLNCTaPHeHGFg1RGrstpbLjTgShDl7nQzH7fe57RR8T0ZeU9lkCNcvhLIGBEVe8+ie3vsCq6hmQRdN+6FcwXcOoIJNmHRavUo7iwkYjc8dttKbHJ2t4YMDZWSYXyWEzOm+YF++o1XEvceqO/R8m/StZj0Q+UNL8X0z/0xlJx74aBnbWH4R2GJ6P+D+MLRv7jofb53nygM/o3aaQ7LPKtfZeUhIr8wync5xCJ1wLHBYLA8GVecX9QM4X+2brl5PUrbsufVLntxG3C4PzfcFtHvl0DDM7+AtzuH/OfeX8TPNr7tjPN8fb0rUuXgyKl+9u27rcN5fgzXL8OvIBlWP+H5jwyd46o+oyIQT+lScz+Fl0dpz7rlXFn5tScdEmjMs3oyYmLlQPiHtLMFCuw3NNGpzm7Y1d1NXlEuntK9ul+KdT3jWwM9k1mVuQCx/yciMvysngccuhSO5x420nQbR7uCzk2OxBU+3myw1rM2m5bFdFDEEO+5WTIUNu6w4AdqEQy32b7/Vlq8CdDW/lbR8yS6fDqAgFBYtwf9KtGEvXCqszw3qjp10fMLLMVv0GRLIK6LJJ/4aFjT9nXOz4nTQB/xSjqpd2+7tifUmy/YZ/H7jyAE04eenD98ty/QglDdFJeZFF8JKLz/ApyTp82QfXpZ5u7xPc3+sATcOLTJ6Xny6z6TCrlnDh2Ldd69fVRfvk/zJ//p7fPv788UnazLP/rvADOYX5e/GWqarxOnRMIin5Gzj2+xcu304lEPIX+D8kewG9n7v3JjJqPzUat0BMPDc8Iej4jsJyet6f/inf8dRSg+JLuNhN7dlGpGk5uVieEwKoOEelU/KiSsLV0X97kulflNo1D85gxPyle3cX182cHnfBe0kh6lBWnFeMjFBgpALLQSAQlTKVVOuNUsPfrlfw/iAy3VWEQ7C09+JXrLntYPRYI5v53keGL2+d/QQb+B0b3IzL8Run+TyKDEPyPkMHiNSyKOZlpHzV+6+TXOzkINFpIW1DGVsMviVtdwzyXxq28N8rgptfzU1kAMiCu9clV3y0erjRE0riHvmXZ9mC3cmmXOUn9vazVtQD7BxbUrtutMeS8KCq6Z9TAAWufPe12Uob7P0WGq007EQaYb7sjBA7vrcd4P1QUmhvt/wdkCND/XWRwguj/IjLs1SGq7Y29tUFpehEdCW9tjc34MNrE9kbySbxuJnXTvWtXUheWBnaogUdnCqmb5kJM63ze5PVI19dxtZ1y2nqDJh1loVVbFsaXgPkPgwj7iymojGlPSgIUDx2+F1YrV087BOHYg/Xw3wjEDzJs3xPhODayjl82EeDhP2TJOyen/d3WV+Xo7fNcvjwsmc+m6FX8cDys69LrfAaCEviI/T1PH0i+NP6hj9+OQD9rcDV/Myk0vxz1+p8TXcTwnt88Cn+6BvxqWP9kVMCvhvXrUf1apgG/7AVqmLs7UhcHpJBmty5mCYU+HyqGN4h3agHRleneJs3xDowBPl0+PL/vai48fEr0o0taBG8o92/VqFbY4fJP2yqGh1OHmoJiHM/DxitQOFR+FDcfR4HJldTbUdOMQCWPca+2cu5thoyNzgtdy3SlyhFl1mN6QTTd57D4HNWfuhpyUkuiI8oBdtfq0vcFXoRIeWyaJmniosa0ugc3naNMWJwRyQh6lYy3g2El+z3AOk/69F7G4yaOOlAL76A2ertZJKh3p0Y/6ZGpcg/pZFCsSx49+Gz99xxIICNaU/lar/1980T6wpf3lnB6AHq2GSoZ1yJ9h1hHTuMhC3Fkw8ScUMHGIjfsDmnkKa1S/5tMY2mn+4Bg+AFB4L+ioIXdBd196Ab+XByCNR/7EO2Gglsi/80K6j9QEP4m1WRJ02VJ/uQUdNKleMjx5Y94BfwKsH6FV18nmb/rvzWL+oJTu7+fU9lgvvyn9L9GRu41egfyffp+AbtPUGM3zvIdwUJ/SvWqgXMY6Mfl8MsZRLP1J9it9oVhOg4UrfAPfb5ZBP4at4k5vtlfsBzQ0G9g7jy+pI4LVPVlLSDX43a+8e1QHl/WgvtVbf6x6Af4njAkgTf04GTs4qYPV7gUEmcKjNKfETeIeJsZNK3XeTDxdaVBpYuha8Gq520J3NPHkRpjIUSJzT1YcKAF5KkTYAuj0ITSZGtZqpQr+d0oqzZ+1LbIuUYpgbDm4gLVw0CHQT5GshH93pY7Oo6K6+xdeJuVYKiJSmuvEzi4j+F4ia8KXb2YQLYIEm9+TZI6xOIqcLD+27A9PFL4IPMQBtr1h5g+xwuueIyavDxWMapovxz1dJCi4/si5rTCjbynOrri+xWw5LC5r13D5azXiOz8GKNXjffPGyGacS8rzyMxSmKcrCV2EIHzQ7ekCkjTVWnyng0WAUr3XBHw7RzehdhH1k7qQby1To0gB9iB8r8QiLz9xWLiJ7CHf90xhv7nYK9WdPcNVmX/b4D9Gbn/BPD91eDiPwC+vwKfi78a2t8dGfBnQ/vzkf0M+sBfNoBW2u3JOetcgpiusuZyW/mDJMpFaamif7h50bdAXRUK9WTM2lWOJjoxycVa5rHG6a5iVV/QC7dSgyqMIBUTij9PV317oV0BqklhsZkOA5hnIdEkPQ+n7cnn0/KEcsafZMgJYxBOxWXW7ShmyEonVaS8ZSanQXEtjl6NXt0OusTA2/Z0Id+KO5dMrDRjVAJ6ZBhtBX6IqedK3vPxHvDZqZwttO94aSA4dn1iMezChobWDtCTRNN33UUdMEkcpKdgsaD5RIkDmbf7coFHPyq6ZcxNjFtexJOqJDO8jrfleWMn1U2ugFTYoKRyEXed3AJVrmQ3eXXM9sFFe0f2LQJ9jFegfh5yjEAQCbtffgB91/6UxJ1s/e9QX8P0y9dW8nsXa+O+pF1PGVN+ByRja/+M+mL2d9APTtB3T9CXOlnkz7/Ms6XGWBRW4EN/Y7He49D4lP0Q/0GDYcO0fp9oPxNUdHueRFT/sNTjB8a6/85mP0KEJjT+Sv2urz4R48t0Hu0zKACOR1U/beDdlDprqN+y0Yjx/mnLzt8LR2XY54v5Tto/5Uuf0QJ/ydp/Y+zRlzaLxkNHzjc+ifsXNn98CU0z8AkZvwKPrw2zaZi8TXdLdf3SvN75my9ppAVaVpf7bjI8oagHsJnbED16sXnLHIifTBwXH88BZGqxEe72RJKKtux0p/hnlKtizDCfLwxRNz7NjnyECaAd1amS+Oe17oeBul69OlzGzqkFuSGy6/jWE9LqUMxK4NLXX/FCYKLeqXde9FLpWhgCwLqzmN2Oxw2tb7Qxzaga7/JrshEpjIIJxESL4myEnfOXQ16l2kFgneopk4EhTvHI9g5sfS7CssYRvDJBA1fGPG4qc0Yb7B1h5VMXiEZlshkiVdY7eVdZS9RWxqNMGTEaFr9vgBqsy9IJzBwd0KVFCqYnDeTAPO2tB4taNcocLCu14/Quvdst2TTBRf5F7v30CQD979a4nPkoiPM5O8vFIkLuKkJf4PhXR0T1rxx+ft4LEOv2/iVV3i7ckKh+6BSm8RuDAV+Ix+dF4ZcXfdmV/kOmJH8Ps/7LLjfLMOfUQ05S85L5mv/sHQA/5X1w0e8bBt8dNPmfr1VM/eOogf/JsH8cNfA/GfbvqR18CfxJgucf7BjYiXveTII36ZsmSlcyK8Ab7/Z3MgWU3pXfi2dSLk2owrPgrJJG36+g9pSnpYWbKrtqOe0Pttg5AXtbL3VXCaz2bpzIq0tkAQ0no9l45Ji3d91MvcFd2v1GerQ7d5NAdUMfeBQbshsiEBEyBbLwj1NJJMT9pFYjV4DA6ixcxVkxyl4jqCys8ZJzyGjMjs48jTgKobpJSyyeEEgs3RUeoHXa0Z4oYPliG2mMA0GUFl0K1Yk9yO5t3RrOGOW5kWBOuXdD5xVPaTKdPGu8fu/y5NIbbSAcAjJ0ASW/cQig/btIlU9i16Q7IaS3TcJTbmDh1zsORxLdaxB99xCLbfcCqp3Ehi5ieFmfD1HKrI8dA/DxY4gO5vmrIPD8G547H3df4XJRF0rRtKLiJz+a234XsyuKydzxxwYf//la4IcX/6nDeFdcrhioTVfT2FOsf9UahKVNEumzwwJZqM5PcNmRrM2Dwfz0ePVV7WXUKJPyry0iDJ0q4FoIlRS5O+/OAftwa5uBn55tEXkP4LG+rrV5x5VyLRYPPVS5xW7QtcT7nJfAuibxR4FdhdZNjOxCyoo6jw15K8GHdx2uZNoARog8SltE3WB+0HaYvA+4XtMdfVy1LcETEWyc7oLzU21O7AS9dWlCymtC2DGZjcvD2gAJHXWjSMPHkV3fwTTlC+86Dcshe8ovr8U8STkX733HZyBNrOsRD1ePc5z5il0f0UbnANjBiRIiY3UJscgWN/itN53DbO0dK1eo5ZpAxNQ1lY+SbHxNbcGiF7SLtl7/1TkLV38O1dvLdxRlCT01p4iIwb6VSYgbiAF2j192gPp/BUWdM4p/zZ77OCvQX6qT/uBDjHy/9v8Min5G/Q9QlIuJvVj86oqmr0Z+Hd4Bil2uBy4NtBfEt5NAwoh7h6ggrSUv9cBuVHkPKMUaKrlYh0Xxb+xhQqKPMExP04u9GbyFS1OepkBSKoEehrcl02/wkyiv1PJOBFa3cFuvRxDbV6vYG/Qp8GtSZthEa4z7UEEn0Xicp6Qe4IuKpjU6VTfpnmE02lxIM48eaXFOW/bmrEHYLB1aPhYKRfPE2tsb3QcPd4CI4Hm91jSQbJiz9CYJ48V7JlAorfsw9UYIsSyHXfCOvFgzGjcLTZlWpD3211vclqhRpIMz1kt0ErjKnIVCwRxhaAu7u/awPedJATHalnby4yleKKcasVGzBhxqsNVs93cJOm3ticZ3FP2rGsj/PBcXxT+gqGeu8Jtogts+G1OxXGpwCe5Ifdxb5M96/p7AuL+DoDItGbBDolcuGcLn1+uzihe4x8ScK7J7fC9fzWs2xT152J5f3sNziufq7kr6Gz2MctvvyEDJAFwpzRoN9HW/XsgrVyGKKMIBV9HUdGQopZqBNWFlIk03dFFhzclCrXLLkd0QRsPFtgTqZjUdMbIdGZyYfMHz+96IYIEZCuLtofjuanVxWzp8jvJl13gv5ZLoAEmYrbwghA8KYIi9nKcXk9bHcfLSjBv4lEudanljsGDNCqkqDPc69F3IzkmPc+8R1quuiZvwWC2OXQDToJZFNUHVpds35kH8ruBYn7mBc+GmwC5o8DKvPBVi1UNfMfDNsDn5yTyLpvH2UNYOkJ/GkejXhoq6nlj/1Qm080HG9HejVvYi3MEn9ui0QHFUyFBUZiT/85yp/pVR6z+GF+DfoOIHXgDn0P/HqPgZNfBvUPEzauB/hor692pp4E86JMQEuY+OeJuOc4GH1myMQd47LCwID21hoaudKSAS1coDiFv8QWRr4txe2qHHHtujxs3W4nfQ5nQ9oLXbmZX3VMtXKy56xJl09giyHmRDsnwgpA04Lm2Ft8hG3vTrymK5sSij6jV/GymAX0HFiRTaKVN7PC4E/y4YxkXl8vRiSO7wev5hQgH0arRnrH3RFV33siDQzei6WAB716LCMe6UuFr+kNv1IIQ9iomcV5Q4GBpu27jWNOsIUKqYQnIbflYvVpdW1D9lEREqldm35fTWyebwLtLU2a9WOKWh2WJ3Z36N644s/jMe0wW49HF1bwLh1fvMRP8rsjF8kWz570uKW4qgZ1hnEJ9ZOChhLElu9UvJ9vzfIhv0Kn2fn9mP81NKTl4ehevvm3727y2ntu8Ze18Nk48vxXw/XNNF/g8V34H307Yjv24/fpqSNPoPvgijx0sZlu3E6/OaL8d6LFEBCQpvMkfn3zPw4Y85ytfKZ5nPxgRVngn7+1nwHyuegb/qIoVXy5M/p9Nb9bwOyd++qlrnnLf3u1qTT82s65EBWJfT6dhsvYrFfCjjNvFFBwRWVq6WPdeYpmVeOUY8KUjocXjT5sxaeE4jYcSiVugoEmifl+CRXzBX1WV0ui95sRJME0BuDT8W5oG/SXJWjQx+YD3eBI1wF4mT9CraApP0RegnAMdYKNtYCKIl9Jl9ODIT6e8aEY2b0w2EhJfZm1K6A+RfciQv/o20L08NfL5fvf7wyE+PTmrM6kvhHrnTTmtJNJgpMG/zPi7gGTz8mHlI4d7k+gDt5DJ4LKz5bzJj9KnTERPCgSILySoooMlZOtcty9ToNsbAsPGZ7B7dm8ylmtwKyacbWL0+qfbrTx0TTeA/8ryjv2cmTVOEbQSJ8zGRaq6qVZ4siKtJmYI/nebW35z0mGIVOvr7i3/1WuBPy6P1OTUuvcxvsgpOCN/ylDta3mMoPCS/veRutyOIHwfglJvTnN0kaPEYCam0WUTTvPXahj1lWXKrUpV9Hv4uN7Gpv25c+V6v6cnwegi1AoLOCgC+mFAbjMo1C00cseCqsS7W5ZFMYvKImiSEQ4KpHvKppHrM7cHzVfIQpgwtg/CkyooAWG3tv8p7dFJl+c09lqsRExGT5INZmEd4GR0mxTW4veO+D6rDC/Wv14tPJ5g2V3wA1yMQuXyE2O6Uc+todszQg/MiOF6Pyi0ze88R74WxXKjXfEvr4OBocXcrPDt6DM6uU2K/APZ8TCSLUixJCQvCEu+HNTQ07w5pKW99Ad9wWLX0pEfiMEgy/N8gZ/VFpt2/Iyd9DBvxTp33nSVV0d0ku70Q3i9l2v995JQAvfpqYqcfn669J1JWvyPnV3Lif7/2/wJypvs/Qs75eBiGsZH3a7PfFXZy2xvkDN2TLUqDcmp/f8wygELmfK3eysvbLsR7FMVmsQYW627F6+Vofdm0ZNhdniAuOIhMh6Ov5Wm09aNuHHdpazYA2cgcyh7FTriccSFHCTZM7DaO8ADPvQu93kk5mZMb91pUX+JpoE9ZGVmUJfuviEJzG3ijvNjK0D7PDXyJ5f1O3o4AfGbiFdWl+xwwSqBcD3+qZ0NJMgTDoUlxSXcM7LyviPAAJtYkPRERrta9H3t/nSxED6K1devUf8hqdtxMF97ik8Hsum+IllQ0oHCRGjkdqAL0bWCRzZodnVa14uPEHMppE+65uYrsOcawUgKnxkqXvMlWPzUOrvfPP1TYAH+3f+zzD+3fvVLxZaYMAGI2ZqKALuDwckk7ulXH60/6x/Kf3KlWVZyFez2ryyFllyaNgJNZUpYeam4L9cs0DgIFrjfMwNRK9sxIaO3Orq6voDXyXV6g0hpFXjdUd5b5/STACw4YuYCiGdjYwyI5dCk+jhhWhOGe0LAfeiF1fbXZ9ISUcUUktUJjjZzSmbz5sinGN8QQASGbugbiDt3wQT1XjadCVuU03OsKR/gzuF6tevUlRrId4Sb6JF1dcHFTfE/Yr4lykkHgOohmcxcWnhSY9HGR1fFp8SwTIJDuO/mtcCzv/ST8/bWSoA8nF03BoHJXCZd6Kc7dy4FeO0WoASePQH1Udc2VsvhqyyRILljGpRH2yOHzni11hlAoWe3GJiBheNHiuLkchveoAX34N522WOvDI9Pf25wyQRAulpL3nI+sF9tC7pOQ/mdy8PN/S5r9fSQ8ATAH/g0SfoAQ+DdI+AFC4B8g4fGrJh3AT1067o94xt84C43aY5fcq3YBU0g/bs77aphDvvXzFVZu6FU/bJbsnyEiiMCjx6cWvJjRut5IOlupFOS1F3uKlgKyQ5gcMvMlCC80V2DOBnGbR7cde1/k/iIMk2+ZQEytFbTqaQfK4F8W4P0JOvzUXXqkJrm3mueWlbPxknQ+NPqobK7uNfrTJh0AraLXa7NC/GtwNK/l2KK5pZArG90uK+TSlDJiP+9ZBcb4jjV3j4MkfbQbCwv3AWwmCOhoeTXDOFkb15gVwj4xJHDv2rRRh+Perjc6qeRnR5mVXAxv5d2X482hNQwPTPVOBNMVGPf09i9IxfZJCXj/vsNBv7dUaTrNVuaT+Lf78Irq7PilHBv/t0jFuKr2b0tpV36c3PL5707mhSPFgv1TtQXE7s+Jr78VVKG/+ar8mH67/eHamnB/KKj6NBn5Of32x1VRz9Hxu1Uvu+n25+wZ0JovL/pyeP2lH6vHDzr7+taNpPzpHnz+/X3X41Oh5RfAJznjd6Pfvy6e+ik/Q0904mY1AEi5JOHCk/5OHkTEQ3sK124Sb+poBTXntF3RpaNA9f2L3TYt3yuKjXq1ZkJv8DDFCwHLmOCPP8nBw3WxZGof6K5pkocbItvrRlTTe25uV/P1tJ5WVIsgqN9G9ChdfE1qVuF1YGOfTPBYtLB7BY9W6oyEMtLiRS1Vh/vChOnObIzX9OXE73YQYVoQOn4iO++C8GpzCg9AfhF1FOWMHbBNHuwK9qzVgPJnooZTf9/ARofvzPP+ukuWfd4Q76YKG4z01yCb8tjkMeB5MCFj+s7EnuR7EQgzKkv6KVwV9I6VWoZfx059c+XANh67oHFWRx7TffLVEfju02MB8OPGzCiunSwBd6/jbwkaRnXi76/3ff+sHuqnhA2NB1f0xYEaJdGZGynPTqZnqorZhfujvyvwly/+hZ/cb3kJqVjcT+6Rp0B77HJ8AlWwS4nsP3C1yd/LVuzZi7aDq6hesSHmw9A0Hu8c4kOknWpd92f8lT85Tb4cQK6TCY4YRJoltRzbDFqHUlM6L6rrm8O4pMYV7QxN6Jvdktu2KFWM4XAkkPSQj0mkEoCnS5m6dS90J6p281HGTnTs5PUuXmgK1Pu8PEQtoktFs1fxJqjYZr3UxuCDG3F1l3ZFgegoKUd1IIKNBnZ0b3cb6ytTo3khx3cpcl/BbXfFNlrYjg1XikdYekMh95KycfYS2RxY+PHGuiC8bwR311+ScpXcm/V4y0nd8f16bTUwh2QmbVDLIPn8rbhZ23GPg5YVKjDyHgDN18xfDOzCUOq/YCfiZyHHvycmsDnrxfcDQ9OSsJ6rxrDdfD3+g52Yv2InN53xv0Gq+QOcjF8wacc3paJf3yK55H9snL6BluDo/m89aX1Ox43fQzryW6HCx05iM34qPbVR4MtF7vfaU6/6z3ZMwkEH35Hy9TtSaicJAU4WMututCrfayeQH4H8JKJ64fjnRwj0F4fMb9zI8L4WLAB/rFj4vZRJ4Lv06tQIe65skzXshwHrY9Rm2vbAUsQ7lqyWFBcgU5kEzeOSo1Mkm3s8jO31rhnInI0KqRce5ZMi+0Qand9JCU5VS+Rtu6yvvV2YOKv1AHwE3dFPVYu7SOMjUSeTSGCe6HQ3WP1kAT8tdF1wnICJ3wfZasJwkVnZBRiclR+M8P5Hh/J0J7Ls16/+Se/j6DM066L/cblU7h0iEeBxTWqfQ8Pze7wu3LZgCriP3qJll0pzarip+2gzqvMb24BWiM/cvjutX0LrgJ/DfnDCbd46RYzd2Ows6eic4q5plrzR51KIxlJZnBORzaYGVxEHuFvMVSzh7djx4Jg89P/V3q8Qf3Yw4B8Omq0GztXq8pj6t37kCtYeVln9qjsuY/yKbPz3leHR1XeTWenHcP51ZXy6v8I690J/P3vwv7cJ+3I68kM2DvDpE3ZehH9vaMsY/2RUwK+G9XdH9TFSAf6mndoBW56SO2IGPbamyB86krtXUuZB4F6FpjY8WuwNEQyMWbqCvVl7jpdwu6HPpzpL5WhWTde/ylFrtXrJl00csbanzd7aRBhAWVARltmnPZTUoMI7VQsuyXiH87eigJxYJMJjaHHOyUNwfWkgucjXqfO9hlMz4V30wFqMqWnsD/2WpcueVxCbj9M+U5ky3rSHegYddMVd/WZ1T5UvLfsyghlWnIzDPxkRE+tAL6LexbteyKq/tkGZUfzFgrix2kUUx4vb/TCXcT0kGLmkfSBzliNMenKw+fV6ZBLhcEDrI1Aq0QbCDY4BMWMbL7SgGBF5RRhTCq/8agYPCapuZhtw2a18MEz5bpbVuiWHdbE6YNQlirz0N+++i/1WwmrKj9xAvZay0VFano5gXa4ttAgPWxfu68nDJI/zqbd3y2/0nduAeMixY4ZM0tzrLH2POChUFFk+Gb285geVaU5UBjMiu49Lq2GvVYnny32HodZbeAFMM0Bblv24JFd8s8e6L56V5joXpz6fgLyqa3z4RhiZa9JveKdH8tqBgpoks4R6ySgqynID1D2CILdb0sctVDQC0mPcSvLS8mC0sqArcpko5fYSrefSbhlWayLpVrcSIp1Cs+OnkQO3LrCO6bmW0mLSSRjW1MN4PM7ZocuvNe1OLgYa3cj7NgOm8eTrrJ+E14lzXCkOzZelAVPROWby1nl0FaeYtC5/0oP2I818T09JL6aH7eEpKdLfLXUBvFIHR/jvsbNftaAFfupBK7LNgEyPgHorKDzZ79SuDFeC4HNRPxURszbOUiJSWeAIRlP+qTy3FRBvct5dGwl6n8tXiS67oPPsEDPz1TmnV/MQmYIcC/IwzO5FUegii+z8Kp8PY84ywiClD/G2zTtKWu7TqNsN3eoFXrPR7+9jHBVpZAvg7ZXt6XaZEd8+9WNgBAdXU+joO8FNEwATnxWQs6eeedQCeI8fHivL3sM4VQo1W+r1LYWFTa1g6c/20MAczuxVp0TKjKHVtHc24PCTyBxORXoiwZiXqiHeM1EJOHUOOfLmIRQ9aMbTNipDBqP2pwYlUw9RlwrhZ90qXwCdqYIZXJkmPjGknlbRT8BnQ4NDdOJQBhOKS0UPcnEzi8OcJyWa/hD5FHdo1bT1mbMAkGW0BJ1bmBvFeIQk4Nv0+Hjpd27ggrC8v2bBzapTSCRvCoShgCSt1pX17SrLT5y8g0B/mRaSgB6efmVmUXnLB9ayPkqL2Lj2upUx2BVe3nYzLjFzoV8ZvrPRu8os6ARHvKxXQPdTKDNoX1i6Z1loQVk0fraTe+iW2kNgXbaJcVM2kE0L7m9GEolUzOL6ZvknaUWwUADevuwF8/rMcNELi+NdT7Wyv3n52qdkEo+8yDp81a7MdVprVLiIzcATKBQ6ejM4fcuqQLc88p4PBeVd5JUA9+H1qaFK/6YRYr2eCy3hp0679j7VHXd9Ibk7rkOmHoP/IhS/PkoS+91NjYnHJCAupuxppWnnVI9lyI37ZSgu/7d0P//1/OoLXXz+RBf/6CwGOIf9TzIbyv+tzIa/P+TPiP+BGRoLET1z3I0LSQiIanF0qYuvg9TVVnFJRfawHSinZ7zOfN8fSPTG7vfjTpAibhsbd0LdNr9MJhmC8X5LHPQkv+2+PyWXEKCQ8TaXQ+QHsPV40N8uYHupb0JdB+mb6l4Yx45DjzRhf+i95/AnK9YmkL2uOU+0NpncpPKUbwlZcgGwu3QW7a/pmLfcG0sPZIVnc3gDk8Y5KYz3xVyU44qOBs88xlvfkO1DdtVnEyD5IxBKE+DYGfMu6YoGyby3U4ZfMMVDyPqUs9v+CZjTblY4d596MbIVhlixSpoGiZ/CLjJp3QaqrPKNiz0zN1SmIhnkFWF9IyFre9oNXZ1DbS4OfVufnuFeh+fIZQGCx9ProvvuXYdZCGCN7O7ePZZ4N0VMoS+F3J/e0SB8UNyo3UmdjnpRV6EvpXuUVUh88xX0iTe3+62XryZbAvxzaprWU7HXmBMrUQ1z4pOE6po9TmH0KYzcUJn6nhfdCVwVF4YbYbocVrxllMbQnA48nD1YcQiTE3Xnk5x8QFpQSfRoh+x7DPXIUfx71igg1bErCD5ffWU5pf14LsmjsS92BMxqjNE5b9X0+pQSxVfPT0xM3/RrQco0vBm0mDkDzmUQQMO6NlcY5h2+Xmpe4AY9valA+oxKNqOup3iEInB93q6nIAunZbzPYglDLPLZ1XG5a+eQwiqD5XjDVaVvEUJ8LQ0DTwCVNf34xGpx/RtmaL9QQ8Afj2pI41EVk7LdTpDEdqK1wPzSqHjKwb9uI//VDE2bnugN7RMNv20Kn6wXsaRlrIrFwgpGChtajoDiXm2SVsmFExoE6EU87T4oRhRwA4SPQHZqlSiKn2PFeQhxCZEBqT0crg7GhtlZCjjEX3bbJOeoCethu4rtWyxfCrVnAOjmsy6HBNVkhlldrNB7lT7sDbsAc/uM2HmLlLL9pnfJaOA7LUQC1PWJ2w6XCku8MAUewltF3jLePAy8hBwDLmkNK7y5UiapuMnGytg7eTCx9iaL9KGEhPi+JYRiJ/HduEvvOzBWkZ8Xya5oL4UPuBuriXh5O+MQKrBqHlbHXS7s7OG0ohdfyvuz3LybxzS7zwub5VEGkLKmyPFDWmSarvcuf+pypd42azWJQZbsFZ5pwmBYQXZ8hjWfgT4Rm5u9OgFhDGIgDAC+hSOsD6SdPLn+PnjrGvDevqINqF3wV4jLiDEyDdUGN0qc/BVKyuc9dxO3V59lTck5gM+IWpJrAvmZymVUG7eXPYQl2wQ92ITs8wm1y1rbtH9nVXVszVw/gkuX8qJmmQPcyMAAmW6T3A+i4S2482kCoe8EMwet0zzneN8akqelGbI5mGIT/aUuJsGBVb/16dNQ3j4CQFGdLXJQSp7mduzkk3F/W7PlwuvXeMInVcSvzFTmgQ+WaBkiySJW/rkkNP+uhOCDbYBC5UJpMK/cSnmZ27wvTwMjjIteuOLEbIzE31HJsh9OdoqJK/pvYrjofprZcd87T8j3pgBbQUx2RP9lA7sikf/Q/rN2XN3+sqR+MzyLmaSZnmnDb+f6Bb81tjNgfwqkG99iylPmA9bZGRa4h1u/xVT/cf6Mw+lLq4p7U4+nkO1lKa5l/tnnDVJn4lanzauwXVJoy993q4BPvznJ/7xz0KafbnffjQvOEWBffEeN882G+Nb3ulusym/naxxDCVrgIED8ZTj/pUHEl20u/tA5fTU8fj9lNWx+dVg7AP1LG5nvF3+6QX/n/gB/dYP+zv0B/uoG/Z37A/zVDfo79+fLbqX8H3suv+U4FF9yHNgvOQ4FT+OLD73WwJG6oAwE4sJCfgQwuDk/3tSVolz1fgkq+2gIF3pwW+MqVmzPgcy4pveSXHjJnnaGPq87pBGBfkhoayWbBHDEcwXlXZBa13w1cGIbYswlE5KMZX8nBvrJict+SsbLPsIXGbzdVzFBbEJl1T55ta4A2JRJD29RDi+X41KTmtD3mKOXT6p2umO6WPU+X0KYZjnRvq1a6B25tPFoYnJSu8Ax3wFvBCz4Wl7TrTErUNSZi8bN8LBentfgbeL1oToiyIwlSeqmTXajolWCJhy+ZD2zWMM44IXgXX9c22uE5/De28zdCNB0ac3AohvlogeiqikDhz0i5Ero9zx+KUHxerRjXRrxkkrAg8VRoqZTi5o4RQ+h5ysjRuyVUsgA8+A2ghxUhg4YkC8ZnO9op3eBUsMJ6B6iFY7zBGR8+rjEIobtBS+/OZ9DsDL3oXcih+JyL5tj9i4rKB7DhF/9nNR4bGUeuG3eAtFvT/4LTOWl9qwXkXLxUo/dzPFOsKXD5WarFUbFr0p4H7T97ie7lwQIWl4+/a7egmhWYkQ40hU4tEkJuuE6Z8yzaag6MRNuPwjEfVysHlSVLXzcWj/yvEpAzd092qdQP98TRG6YD2pHCwxCn05IL92EmxkkdpkGU8JCnIWpzDM23z2CFmp0eRScBxYDZb7hllz8O9f47hS8nv4N8K8zFhdE41kVkfm7TWzKusH+T2c5P+3asmSFkooCK5ufB8cFUPYBPHjSvfCE/6cFuX9IsdNmKxlfrd0K52K6WV2rLqTuTVrn1X/mpPfLGtOT89MCYBwD7CWZgL8CRJFBNEO0TjIK+4Xejmv9EnsOz9V8y+CMHR4mrb74UwT7l4gmWlA9dSYgeXQ2i8b1bUbI9Bi86JY0yBnQ96a5j51zyQhDEM5HoRhsxG8aNF/oGfIJ/QlV5k19R4C43gqaj9WiY2sdHzvMhHGYgmprbkEQabMociy4dkMe5T2rA+l7cvEc0kdsSrnPB5ICJGmwzhUmA0cXR7pNoNBCza5Qm5AC8RRPfLTn49JwWGm+hme4h+wIM3nmWcHvcFZoDADFRMoVmhbcizYEPOKveXdHyxn0z9i7JwZLB+vBvaBsQGsYTRs6ujc+pRQmtnEPJFSB5WTMq1sQHkNxcC/Bad2oc5BcLdLN0JZNs/qt2wg3VxWzexkEuY+H+A4fcXJfWT6XL4BQhm1IV1qCGEzLF7iDFgecPaSKcmA58zgmZi7Q9RKWGh+oAVy9KaboHMXCFvt2eFoN7Akk2xeM0jpyG0ANbqzOlXYuWtVUf6ahTXHjVJf3TdMI/Q3OG9wNCnqSPW7DlTZELYBWriw6ShcJ6y9s6qhEV7xrAlRKCMZuyPVyVM/4+ZqX1J5h1FJWj7juPGiuPfKo0anngB234WtZ8ZcGg9UZYu5YcgexC3mKG9e/KsbSSk8nkygZTQ0eu5EHGrRyj87nE3PYxzUDDA0CZSLF4Kq9WPY5ZUkvMS/mkCBrNrUnCOIyTNpxqvyrIwG2/xyUld8NXX3lFcXZIT099NoZE0740Tl/lVyWR/6PWRgrUET0X8Zrfv09Xv+eE9N5PP81qgKfsOr4iiTz/Ozv+HaunuRb4ozA/x56v5lwneJ+/uIS+9vRFvDb2dYP4fY/E7BPQsDZO4N+8n4+HhCfrr8fl3fzc9L2mxMQbHifi/KXi59rv+j34vsVb33Q48sp3KaLdkgMQHRTnj9sVqj8xvwwmi9UhNFqfdYdeBW/b2g4318DfGtT82EKSfvFLrbRWftbAkPmuCcKhtkeuf+ZDm+7zBl+Yb3IKv2/dLhzzYZtoG2jc4WaB/q6dprxzF3mZQNqemhhJOmVVroC3nBqr6Hrxc48UQta6l4405ouUsLg8MMON+t+CrPjDEitfIo5D49U4BEeb89TaXZQLmw89S5RMnhJnnOZDSUIQ5yRVDFZ/a1E9j9xHfgVsEO4vKUVSWxiPA5emcMJ45RqaB+W/wcrHpAF9JsMgqnTJCqMt5O4+lFZv/QD+Zvd8HrgmwEXUQTRPZRqLe2MHeJjVsNCKBBdsSWqgHbtV9whL6+JwSLv49687Kf+KCvoApAhHtJljn3eBAu6m4pFWeyrYf/esrKtQ1TuEowY8ts1sytSSFJ7bTC0P2neerxcYQOWpnrJFy8e7jz2LzYWr5+8POq7J4vP+ZhwOOftiCP5MRTaY/NFw5qIU13+0nBn/TeLGvi2YP+nixr44cD6rxe1oHjn7P+PRQ2YHo3pXvaHRf312t9Z1J8awOHfLOqvsuhfLGrg/F6fI8gvi/ofNHEq44VVJkwhAbJolYjSPJtC8vVy501+2KpIJAUNkS48fbseGJfzwd6XFxvruwvCMts+7A/Jn2/smG7AXJG3k/D2aoejlMEvG5n3N89KdYnDbXHTxne0RRkPWxy85WO+bGrePk3x1ptPjXpmV4CsVonMVTWgdhSEnpwScG8FF7vnsFv+6x2aDX2vh4VKIVeAIot64M5kiBt0HzKNtk0IGMIGQw4tpoLsfYnurPUOGj3RQyvVDqWhdxiR81HcX8ZBwtQdGvAMpJnx+rbzrGFzQQNqMMMWV5jUJG7XHQHJLCbiTLLOCOqMARFGAXMJR8L0OZGmiadEgHb04J379nYP85qIwHoMa6Kb2q66DvOwEDS5v5m3iL1Bd7uUvH+TzRdkgahvmDpf3uOs5fqVBpvM2kmYmXDgaFUXL8t0MZOezYrLiUzNUhIYtvJqQiQoEcFXL1BQsU5OPYnfBg6dEtVw+edzJTrGBHRIAZVKHZkIxnszPnnG1b7bxNRmGnMi9xBer0eViX5W3dpbcJOmy9q94UQnjvE52Z0KEHwfYzKPuLAb8EXf9ncJCldagkdOBz3o2h7WTlulnsh5xpTYRoJWwyyDED+NBBJoCWhbURynfsk4znohVoexWoiV9COK0Ep7G7jeMyOmrvtk316Ud7LCLCmeWHrzFHRF6aYDuOCBOfJt3WkXvAnIHd9yMxCN/gHXcEyHevdzWc6fNXH6QytuTYWHOZqoPQnerT9lr4UWEf0J89Xyh14POzCpZKM90ga594h2i7WVmTw5Y2Ty+Fu9Hr6ZkJ1gKjdd2oL65YrPom7bBQvbnAWRgg7zOGNfvX4g272B5J64zZFynAu+mdLdBi6Z/FbzS6ql69gkhKCcEyjNsZep+Jv9UKi8MXDs2qFCCbKlAl55P7OyFyZrETlgO3IFvGq5D0tSnXTb799k9/TdjGkuJghSF7fpJnUvImgAbU3yw3aF3nULC2Q/er3vjCBt2QDmWk/I1l2+qGCRcw+cS7Vs4xn3XKyTdsPFrNW8/F1VJkRd6TuSxBrsNoL9NLHRzazXJzY12qxvLGJrYq+FxVSiXeNf48IjgqwfQWpGBDE2alknD+fSqKQGZjArvsHHgx1bCqAmVAqeVTSyWxApyYWVCPdlBdqJQNJDHwt0jcBOgLkMQ0uL0RP1LnvBnaYEVl0SsrKB5jntmO0zVRQXy8VpySGsuUyAiGc3RE3CMeTQdnyRmrrVO4+5fUDHRDfFfW9TNzv1GRC4hU8aicS/5ST2tf6VV5rV5UogYPFAoLdWbFt2uVphW2rR3usPP/ctitAugWXrliQAVE8o2DEXr7tZQSMSHebwGE6WbF6YvsGhcVDx4VzNCaMJkqyCIV8RVc3APLGfrH9MdaDpSih7PRaKpLUaTVxHpwq/eDwRd1PNMjthc7hVYC5xFQdx2sjjjcR1Y3mLogusi90VSFJZusH9oR0QIXQdE8/g5ZX2boDNM2JGFmZPlwc+50rJWefkYNLIiP+Fu5v6pdeD+o1J8KZo5SD3q1Rklpk43tcZ+dtxngY4IfGjIeAP25mjb2BfUuI/gfEna0NfMD5+gLDJMj2QNMaStvQsiwohS0odl3ihil+bIqQ7M95DodTK1w+5PKMnsc9KdenN9F4EcMbp+UdTqh87KpysYfuWAKS+/vi6/9KMUWaLk27YuPq1FJUwP9ualb0Zh78anvCbz9wppL9c5D4HocqHesC6Y6988a1sYBJ++v6cQOsc/ltus439ltv889A02LB95Prl02Wx/hzb7imLF1H7KtImaLSS7pKvvTAO+bxXQBTKs+rxtc7q37KmU1XUe5njz2G/ij88pR8baRw6x383On7/8YX/pe1WoXLyanBFD/yq3++flXANPqK9HVUc53cl02kgNPYbUOHFWdZJ9SJyKqR7HZMZbuvMYY/PbjUmTz05zizdz6luntCEXPmjMyVkxqQRqhXGzoExEvvqhuKHOGk0xLOcsQ+9T79oiYJrVcxYtjlKekGeWJ4FKfZaMfJ2b9zh6bhiHcw3QK+ZxUrLS1wcFaShuJsKaOm/YihluyVqqniHxJbcNjFkcS1/jXvMoHE7+/ibwpEm8ICbd4StplmqbZ144tjj5MhH4e9BNFBj4+jc7EYMdkseFEiwQlA8PboHb5Pci42IHz4ESF2c5W0XLPmVrp5+GTAp/WLv3kITyl0RIZB/eG0csKtNGBh6bY6rHsmh0tgYFyLpGcfxn2u4fh34/qL4Ffh2MBicvAN2RHqZSmW2y0p/NE+FfoXzjf7zdr/cnAAVcj/JVOY1t+2S3zOjptL4nGYk84RUHdvECAfDuPQuNjM+levQpK21exC+NQ/snKxbB/jXO108zQgc7tMZCKlrSszU03dq+Yw5FRgMmzhwVLpgz4/tRjpKY0M2z56v8zHyLtEDOG7IjWfBhKHr+1MLZpSBL3h2z+FwI27tKxX0WwXzu2ei/pXMvviv1LUzcJPTcktAJMAMXSsSLeJ9Uz0FWTktvJ6T+YKK7yMPl4fzfhdtvxBEkTpE4xm3+amu75xhE8VSg4kEgSSyNVaewCofbg0riVcwveYulbeGoAsR9iRZGTuUnmOJR1oorDGieZLAhSwEibVA/AA8hMs9m+v4pQfX4vCdOOD/jX3n67P3gzXfAd4JJzv4E4Af/2CVDnxJQa5o/3sKsv8dq76nf35Q8Bs269LPoA/8jvp6cb+df0OiOuFjPf8+vyRufAP+Jtjj82exxz9+Y3cfHAuBr0D2yTGJfgCy9Uv6iFbxk86O3/TW6/eff5eQH9ug/3Zu9aWQZTc+FoWVDuv1l3Or79cAw/tycS0S+hdFYtEqfOssvyK/g/3XGrFZ917nG3zTjsdvGS4/w+xiI4x3Av3xHezP0X28eWOWKc+VuANxGNcn8n8qWX5oC3jq7PJLJPzIYvSHQPj9yWgePXxvi6j8/oLvIvSvOy7/XiUD/NcyGe0eTC+DBcd4UhtKxghHN4NUIEeD4H2hA4wZG6G+Y6oLj6vWgfF83GgvOBcH/u6NibMqoTzqLaRH40FTM1ZgIyjLTk4mSqiqDxzAtZpOvYeww6lZ7323smoQPW+JQ7UIzC5Q8VqUwSNzz5jtQqAhNnrztLmubAVHx0nHAPWMYzLh3zQ+zCWU4PIQ1m9KBbrqQ5DhLL0tyExsF5hqngIc3bnwoqpVIlVqxIHKTZSBIblcq8vm1q/57UfYiz/4+MITRkvN44gOwcLVfpr2l7wFbewGZ4XRMDPyatanBBK9VQIUzr3ixwgbK94XEmMMRylqPQEFFzAXLuQg6WMnByAqGVXbFXYJZtYd1cfvLYaA8Vyig/ePgH34qrVoXuHoEijo65fJ8vN8fzNfmmRXH2tEGTu5GaIf9h5W/2FI1wEv02l7NfYKPRfjt7dR8MSBuEslf+h8dFfOr3rKFh/npGdzf10fmWZDMw8sIfzZ1/sthMTUSZ1phjnDynOUgyo9F0wHaxXN0YVr/6oeB/hakMN6CMeuyKoX6sQREVg6HO0X7+Aa7+20e5O7oRQbgohzF91VZ618X+Swa2/UBJiIeqjT0iKyq0dQZO17xLwCZqSEq4/3BrwyZq5zvY2TTrE5xyq/XCP183FnBuUSz3eAFmkPwhjwtgmG68yHECjkHnj3hUCDAZ3vqEL219zhqlx2HO4NDSTK2a3hlpc32e+tBVChnbIvzFnU99jugw1hFIS22HvM4VVJRR6tPPcU4Fww76kx6g3+lNAYfmWv96yD4AIB+XwR3HdmFxbb3vi3r9VXofE21845YxIti/bNSytbaYXS5BV5w5M0z2gx26Z0WwoHaQB4yW4pdz8WaO0GjK+fwehBTwIKB/v6L44ZwA9kdN8bhhi0etdy90V//vgG64DeH2txWGY5voYc4Keql/8SclSObr7LAcSoY/dbuuMfoDURgzYK1+mz85jc9J9jFfsNPfn9g57AHz6l0FymSTC5iL5HjP6DyUiK+sXHLTf3vvLnb/QZ+FX8+avwI7Nw4fj69lv6xA58Os+aHy1R+YfxJQ7p2Ldrhvfl2hmGrn8ahoA/jUO/Jy5o/EZ5cegXX019f9YegIZudYwKo/bp2tcgxyeA/R6/6C7aXx+T600vmf/4kM/XAT4t72Txexi5nEKsOF9UyyI1J9Lrz0TZ7/uifxmTXHr6HPTo3q87rnzql4AvBUyy7e0Ze0l8gcSbw74gwSMu5LtiOUkZ1hJOVuzjIe30GD46K06QaBTFKLb8jZkAZrfb7s7hiJ/Gkb9Re6+3l9bWSRQM2QdRkRKTGW+kzS6k0t624FzkZYTwDyo3SkStJYA5SF1WvxYw/Z02b3+sagS+ljVmFbENWZW/5L4Oud5k3j4v1LyvKD8WMH2tX0ppXbRP/ScQqBmwgHMy56E2Y4GMF0nCnssm+rBtylnuGuXdVTM4yZNQWujlRk4ZpEMvEoLebdOv8hoS7Q14eqk43UYZyse2hN8+mEuXHscb1nxeX81zSqnnorzXJz2U8XRqoXAPimFiZHHGxX9BVq3PbsT+3X2Fd2tTV7lfua2cyFH9D8jqr5DjG3AA/xw5aOJH3gX8A+T4/PI35Oi/AQfwj5Djmxsndy7R43P2ke4nWfXhr+nZ9Mfd4HMR+XKt+s8b9qv7BfyTG/ar+wX8kxv2q/sF/JMb9qv7BfzVDfsYgf43H1DgNzvly1OLd5TA9TuoxhePZnoseetDGdjOoKCNYIaSZkHLnc0T6ojsSO3dRzQikAc4Pp6mU2zqi7KXBYQVW2vfO5am+ZNI6I+2Ga5usKdphxYL2+XUvRnNW3M7JOkRIHL4SRIV4fHQ2vKiBR8/uTGpXOdKvna/5c3LIz+ZDRWQ5HoRyfPT5QuL3EpfKUL9aaQa9gyBNVX9EVLuBJvf2927bfNhN3vI4teD3fibUCnZhWnGNx+DPdsQsolCCcLwsb3kFkNCCOAjYGot9k0z437g8d0TFewyPDoiGeGFabSh3xyCzMApMDd91+okpVaLGS54P7VTZ8FAdQ+X6LUZuFCOMWe7NFSiVexUiupsHyPQ331Af3l4+ycOND9t/DvvtIwvMEMujzwl74HkJzL6eDFK8z5oA/gzI9A8vmb1eEdz71pW0cN7rjofif3QlERc3nRn4C2HciwIqLzXsFoq5WGs/naht3C1tZPs+SJxj/Rj74ZQLWnpPoRhPTNPBNy0mq/icuEn54muXQw4r8dxgbJq9WnBVm/uBLlIU92hd/RES9oJGHZOn9j1bhwbqN39O2q4ym18UwOHjKiILgDyMFDuCpMlV5RtuHvNaFMLLiexBzYcgr4hM9yF9I0M6f1qZSx/MTsxHRjD9BR8OXAHaOn51cbd8wqxCXswOHqV0idsgYto3vfxxkp6K1WPK8nXhUwMEUVK3egtM1ePuG6JjQQEkvlKr6oHIbw9MIFPZ9WVSUSlu1FwQfQKQm1mjvdygk8C9a8ckv+YaevQRoPYGLi8vZf1hUMKQT0ExS+zboEiwf+5Ov+BFQF/RYv+Div6WG9thvtrWvRfWVF1foXvtMj/h0r9CytKYeA3HononH/Kuy+u9tsPNPLLNYP7cm391f0C/skN+9X9Av7JDfvV/QL+yQ371f0C/skN+1VWLvBnabljvo72TJawx0F9rEh4iXFz496SdMC4JIjXxNLeYhEDqAryicestxv5ydb0mlwCJYSMXZXKeBxLIFQ/vEyn6eHgQYMXWcUhQrkLsLI5oAfGAx5YvvE3TeYpCt1hfceyGua1FqPEyp8pVkLuvVaW/aIWLjK+E6mThsZVFxcOWh1p8Qog+my88lqNCYIm+NLk+oOCPdkb0iYMeQkR4+nejOyJy1XgkrBJofsjiYI7axiHVoq0DrDIUGu0JAYqdHuPvJ1TshAOT/qkxe1KsCJ90gD29k7hMmd9uK/9ZkAsM++u/b6UJOYB3OT5t+YitU1HOQ7m3JwFvtjvMVJaskw8qGEP68FgPf3u+OZ5wTH5OSuJMcZLen1Zxg1YE32hQmwHr+8nyDaZ083HfUmaeM1BTUxV9Undx4q4bYb+PANm7fd8MsaNmd/I5oLDNIAG7/eltbr+YzBMJGD4yXK7W4MGj+soj1V2U66yd8jUIsAIs5HdGgTkMBnmoYJNmzVA+976FytLEspf6oGsm9cZfby1CzOL4QS3C8OTWkiKfjH2xxMDqZYv0FsfVtzwwhXhdgWyMBnoWZcNtla3WR+0wyzQtyn2jnqDInpAnw6LEyplLUp2azJYe+6ys7/gGyjvb2WtAQPfLw3N3kq4Oak6XJfvI0WnZ5aJRDNaFI9d+GgbCFk7cj+3ysCtKIhHiCx8IPDzZVRACn/rT/2bFvn1HtEv95M+WgT4nn2lXPFNiKr1aLtOEsaL4OiEWVzGhGr/ItPWBQhfbXJ8tDjTEfskLmw515XbZZrFYg6v8RlMVg7U65iyzCEacbtKnHssb92qnSLs8FxAXBdUEyx37xnt2STXd6eXlDzekz2WBynGWA0SGuGAla7J86tJfJpsPiiLw4LnRGriADyFAM5wm1cQZXi+DhNL6hqiEvHWg3deqbUsHMD73Nxk03tlH9+c87u8dLh4ab0UWxMEMKTh5ZqvRoty2FeCUXHhrXV+WAuWf0dOlHpPjuZrAa3s8UJdyJqbblA8IM9xCk1klgE6D64qP3Kg33APTYEepjVVbwGKBNMMYsQ2GNmaiIxM5Ex1zAeS5DttQEwkhoR6l5IVkAjtdRlCF0YFh6fnqafqx/aprr8YaaUKYEPmOYzES1zjUl1yE4t5ZPy6aLxz6wu/BoGE5HxfupYIQtV0gTaU7Oeoiosu/G7hSmjWpTIJu2x6Wg0d8XkuKv84ttci6K4vSfMLQB/sgxtEGp/EnA/dvmT4S9ZpdTSqNKq6HBlby4MF7ZFT9PoZdK6g+Y1d0YpZpDhp1oBsX9xVoR/Hzjz2asQ3MpvMxWocrTD1cJarlhtaJnPfvOhrXY4Sl8jdbrdHeKXVpD1HQAgXEfTuPoY9uIuN0eZDIGb4br5hI1bItJh3qw9e9JPkeCq+99y1wh4p7z3nF9zw3BwBLWTJ1XPEg1J4+7HlvdJeRLsGswKT0+jiUeInzXuAo/SvvMyF8kvF7/ctMPlhNzdoYaRL2/2St0Q/aDLgI8psGP8huHW66meB7ROSzDufQRc2HLgBX4uubzAB7xd2EPguT7lu4MSn/jQsrdz0gLdn3fltQ+FLrUosOV/y6b6G2i+/dEqnM/y6Hkz5vxGHk0F8NoY/G8CevhnBF5+a9WQOH9Nl5JtNTfQHGfnjiIF/OuQ/jhj420P+k4oa4FexG73r4VX/NDPME/LQDXONweCxI5FMoc+nwj6CuLG6kiVvSgVw/UXDPHuka8FZt5YKA5ffH8Iwwvt6yZ/izavE7p3OfJBfimdYtjI1jUqtsos2lDemAry25Sdkproa3a4vnlUvaG++rTG3h/F2DBWUg7SlwnCzvYeSjcngrbLPJzQY0QkQCDgDqo9TU0OOwzkbFWKeccgbyQsBUXhEpe0w9I8p9t6PoY7W0ry1T80urUPbnZmXMEHnK+CdmlPzCviR1G6ajolqrti8SqQ7rprCVqCP+NGUynv1PFuh2J0Im+g9MnnSPgm09fsG0H3pcUpbgZmvydTid6dKsFjUSfx4RTKYtZnjBVmQuwaJgvfn2PiWjCrF3d5uNBOLCArEs+igKC6tokhrgzxr+Lb2FE9amukQ4gXduGm9Nrtbr63hYHC0WibZFlBYXnBpqjsLOIpRdy6P2hpK6pHmiXFnnvXRM5nz0FUixtRefkpTE2Ql0971q7FkUCit9buZNT3FxBegYbBbaJmn83HuIm7MoQ+lT6td1kWWVGAHu8osuHUknMNFM1N1rMg25w4l1nKbKOYsUIlSPmuHoxEHyVH0QDoTOuc2ETwqvHNQ/N3RtCdr7dhelVlb1469GlSg5tWSu+Pa0edUZvx6TYrRfsTbSqXxDb4mQX0jTLSu8pr2iWvgXpiNenZPnOpXphQiQc6FDGveRftigR9j90/J0KamnA/OOOby3t0Oi6uoenMb+f6snR/3FoH/2lfjT2M357jBowD669aFWsdw+xgfEbpGfjjyOVL5YotLGAgKHUS1+ai9K0XKJqVVTJR6cPpe74PERHEDcE5GCYyfIOZCScRwMqSsn7auPpnf8fKoh/HeNVLIO2vOmfL5vJlRAIsvTboEo3fDIQJgzcbNZAxxKHUwqYTMxdg0Woy4xFrPGCTlhtY1eYx+GhutBmfqRLaQVPZHykfrggz7OQ+aGo9gHX00e3TkuoGGQir2abjW+3xHKkuTMtBa9+XIRUKbzYbNwPl5DfEb7VwL6wEoobwrexTpnfuAVvrCk++793CsmXHWk4OoKsGZaiqsFAtmD0i1pSm+Y2QmQuZdBMelAGQpvszvRKNuRx69w60Eybxo7qpXdat0gPR+gdu52HKEYrdg7LE0UZHsLthv/ySaV7kD0JRyS2SRI8phrTd95K9optaucGoHvL+u2zUSQLu18fimt+QYX2eZvPXecGtUMa0YJgBgatJInrWvIzIHlFJy7XZ7kWKbpGhWkOObAEPUxIRoeGCOk2z3V054Qgh5jl0jyfC2gZuD88fxeEjvZzNGRyOLwwLxTzNTnuyw14vWDBKIYU5c8eUhR/SjuXMcr8GL57rrNrwB79qD6QvWUnlvXG1uOsdDQeTJN447v4vZu9/pXvHf9b4vWdlEktAWQYDxCWkF0vOUFmdkyi7I7foacvd6qiQ96ayOU0vMDlcJS+Drs08X+F/tPwjFZ/MZ/V4lo4WvmQqXySrr5RLn/i/jt+f94fjKDuxNPujnt01VsfGnj4tFEgb7x4kyObXo/ZRDpw6d4/1rU/FPEjogfLe4YCSPp1jb337rOv+Lnvc/mW7an+SIDfjRdfPbsP7JqIBfDeu/juqHMAz8t8rWoSTCwRlTEroH1YXBxH3xIhzkPT8sOYJKAOc+xTnCw2C+a2VbCVg4L0vqPV6wny8Ej7MX3BTmjEmhKpkpEfdzTiuO6TBFAisLKgaiPTH6fTADa8bxkbk6V6J4cOCeQhotJnf11aUIF9NdN9sBI+rg/Ibmh0DqfTfZY1VhgB1a6rFQfYUWZu0l9aE1Opv2JyEQ7XqsdAlCwrrykup5vDXtImiNlb3fTQBDpwx2rBXYldJDXTh0CNopLvJFfp/S/qIN0Mjqqso2jzx929XMFqJZR9s1PqR9j98VC6MwloAKCDC1FDuR/eBH/OU3rsDCJe11+SaX8vqe53mZaRbnuW7kVZpGxPckXd6OkXHRwyzv210B3Ltb9eys0qODU2KprrlzMQZhEYkoyeDGQPSXmHaQ5YNWKuB+4U57pFCmo5STJDUvCRioS0mYnn9f5+PWHr4iM5IavshkLkfI5wbURLbUXfaLUGQXWLzJo/9AuNZWcFDCtwoGcLUWuUcAm508wyI+vu76duMm8dKOPC/EecFgSB/eumI5SgbfSufhF9grXp9v8fqi9BzI1Hgc2QOj113m9MVPa1NcREa8Es/3uoiQDdWrLD1UAxaIIFCqKhjd9hp0503KBktegTeZV3p86rnoeuPQQ0pB+FWLi1wQg91UmcKo8yaMz9H1X9P7ItmVou223xOye0siKkeBVs1Au2lJ83z8P7mU/k0JDXzT0L+3lV1niRKeBta+3tQtGDdlu3PI+66s5X+kvp+vBf70xX8as1nnysvs/ZQ7K1rRQMBCD1LUuJW4qB3Hd+/ONHvhHvJPVgyG9y2dFF+X9knM/OwuQqTAa1Flk8eUiTW+Kixwm47OqQvJsOUV1zbYHQVOXaBEnNh1QA8OSueDulETvRNx0MOT5oX6OMWcsO8uO04ZcJFXy8UYDpY16K3vUK949NLlVDmbXn69W812zxQ0vOZjwBbNljIU26/Rs3DMJno68QMAZUilHc5UUouImDNGxg8O3k8Kd1cp3TxsWKfda8oTOHhDQCNWMc8zQBRiPFCnSyQpgdeSduNLwdLSaLfj6giJdnKpEDyfPskOYJfMDyjkLatB86Kgc1RK31OS9wx/w6dMsUhgHXbQ9z2BRItawblqVzmfn4+499LMwHb4lQ53RBPDIqe6mxTZ7p0Cey8/197mLp7JAJ4MEVh4iwUdVZWggvEx5Hq7sZFP+RoZ0Bi40JDuRI8C9oUu8xWUCAmJ5Wdx3fn2wp5U3AQRCrl2d3RG3mPBz1d13VjdjSMEoyfkNggW4l9h7smf6yrgnLyp+Ow9dkTLTu2rBfChXXZTQw23vmTWIDxwWYjekXppyj33UzFZlNub8Y9tyXC3QtgcnUBoycTLJA3VDMrAXVi6Nau3x4K8yJPvOfgzUtwr+Dy/NHip6uJdjn1m9PYV3kq+4X1Co0fvlZjnZNZ1bwdOqWLTJLIbKBNKR3xdvMahQthYsOX2+ncxO/gUwh3g7yknhVW/0Os2MoZSinMpHL9015J+ZQFbnkv9W2577KDUEqNb/b3GS/icMH72k4ND5jfdPngf+JYMT2+65iCf4X21ofKr39rNetFqVPL+c7vZ368BvzlnSb/w+vpbowF+HM5fjebPKsyAX5SYobytatJsPjNiJDEN9K0hP9c3fe0+1oM3eGc6ZaOWu/6AlpOckttb6/Nbh28a6C7o+GjNJ4NuYBresBkkrm+rXxj1nGP5238vuLw/tF4T04habs2NPJ9CTQ53NYG3upc4H7Z10DBHx6x25sRn8LiyMfdoQ7tXXF3qEs+1XKLAdchlo5w8/GoFvFRj865UZ3KwQqcNBxxcGZLN9YfIrin30N7xlDAvc8qeoPLsBfpA1/zu+qoKW489qYE3XYH1XFzviuORnX4p2TGoi2bHpbeutbewNec2aNxzZlHdUKG3tXOtVdvolZ7S5XGXgPEIxoF52g/cKzz9DP871+vkKcnu131ym0Nx3/D56zue9i8KvLO8jHVtqqql1eFxN1yBCHox4K2icmTDwPYugfPxGG2CqIMcXtxkQQrJuWyRerIabUpvQlmHA3w53i9/7A+meQF6GZjqItSOQbPHezDdxHu32M6NPEMSsDn06H7Sm1OjP3q9f0BBNVqmC7IIqpmmk1IosJoIrUKIx5Fsi3ijMUbvkqbwbUg37NJQpDUlj5cru8RAXlBOu/Ki7vs3Lb9l0UkN4B64c9ZiNsnI4F2DbdYtQANcoYjcdWy6Kxjo1LTP6d1sdcLWsw2HfDZICV9cbZMBuWAwgKA6nHoNiR1eJtOf042D3MAxZkXjwvQxwGsy6KSzIFAnMCjNRpY3yEP7joytEGpb/lSR/UXu+99o/AR8MhcJ9TooLX9X4aJ9upQbl8dylV9e6uG/NMX6UjSmgG+7TBKAJWYQ2i7hq8TBrgnUe19e5HGiVm+IiqITt+VeYyNjPtGY6B5NEyr7G0xuTWQ+iovG54D94g/2SKmjq9fPua6iVtadvLk2K0bHLsPHsQhy5xWbfVEfAioTnP86+hEUaztPpnkHnpfH9Qq9mcBxSrZuernwN6vTQnKaboa2HnWm30SwaLtuIr0yuud1/5omcTQgieosHQdISVv5W5jth+NWeYzet4eI4fdBwQlFxYKmcOhnP3cgpeI1hK0BNl50xYPUqKVVar8qQFw8ZOuMtVdjEnSDKktdRDgC41p4yMOglrboDMbzne1BWJ1zWepkhMxf3TXNtPIU1w9ALx6ZCDrsUay0E4r0ycyL0K3x5VEHO2oJFn/A00lD7vV1uxNNrunC4KvejXgW/hL5EBBfJrG9cJD9Ti8P5NBuCbNK7ghTmYOy9jHk/BYzD/2wR+MpOPRJijFT7g7/+VCER5J5wGWm6LC31RvLPLwXk0WlgmIQZEYJqstY5RqrVlQT6fBerlADNLl2Vg69NtrMexHoNgZg/rJ3Sw6SMxlB1HrXsgtutFIJSQ1WszfHlYyk827tSNRtlvKxeVJvbzLYaoG3nYkbAJ1k3TLmoxqbJxfRVr7FmKBBELo254o3r6dYDS7ZtNmQlfO6TmNq8a6ThEUq0L5j50xMrIu+WMpq2EfaOC8EMx6y01iB0YpzAM1Y0WDp/+GwO4yhwbD+/b3x9bv6vxN25f+nwq78T8IuZ2IL2oDgcbLsE7jW+J4ILSZ6t4y6illwH7zDm18vTFvYpZ+A9pGsz4hJOv/ptkcrTCDeDSakZU3hzxk40eEeS1e7lGIITNtHoQnzQtAu5J1TRazcCLhwdUcqfp1j9yfRNMTTaagyOsAhh9FLa14h3Cp3DGPgkVBHHBbablJeFMSEFDPfFnoGdPbCQtb7OjGp6pqh3FzD5E5d1n2wuasxwC/tWcdWlnoqdmJdnDdZjq8VKcOMmQ05+QKc26wEj1yVUMV9MuqxvtgbjncPhxCbTBhcUBMqlWHxcW3woM3orrxHeZqA2H6brTksgAflPDlE0CwO1NFZWDOjYu+qRKz20Xe5As0nL86KZL6/SP3VFasXvylvneSmc5FGtQIAxCwmQKVMFWKEv1ykak51337ZWfTUFxkj8uPw5VfxUKdjuJMTP6bjkXqKOFwQ9RodHZBx75HYujLFOVe30toe09I8RneIo3kbT7576YrpCJQAbFw3f6JCK2/xPoeP7l1thBMC8kC9XQxn5ESu9Al6NS9nCoMpo2y2kJRFzJXceFlgsqtveNgExwzIGETzCQlGp/XUOyCSWDDXc72nY/1xLlaQo9irRCtFiZSGh72DeAhSZuMZF7fPvBKDfDEw8Ln1Z/h1sG+gSMlMnDYnXRErNdt6ekZP8dbsRPfSstBTkft8ZVM+6h6QH6iiYFmwr9Dm/qTM17T+nwq7MwSpVWk+PKJVUVDp+rcfKFuao/ZfhF0GUo8Jk4DlLT5QN9NZar01jPAuDZwiWiFMBzUXX5cUcedIEdDkjs2rjsvKkl1rZ35H7RAlUKdfAbhRnqvtTcd8ite08Hjk1r5Fc6qkkYHadMVTomvWG87PBKHfGcbx/I5txZfCgzrG7SzAIFSDSbANFdtzXMOAnMW5sMEO1HPLuxcVXcaDFBlukF4QbeXUgucK/OaOkRVKhYLOgNG4zhmnOtF8q1FaY2/lwe9pXkNCoF0hBppDn1LQyj7E5eIT2PPlDMrNeYeJp0qkrRfATmtmOJDxZUF3L7UXkaIe+XLDy2vyKaqo/SBoq9Dec7DJV1y9qCXWS4NXuPS9hMR8AaRdZlNoLNg3mAX8/DweVOGQNHTLr0kwoDc5jiZ2EvLWK1gH3QnKiiolKYt73w3ZWl2ATeO7FxtHLHeUj/dws0LwokeFyuRjO90FhXwzQiAtzan4Y5kVu448SFG5k35z1cnIcADPrGO8ZIotVepXp+rXjX5w3fu2tDmbeKAlBej1XEXUwV+t84mgz8KutpTV+XqhUNwtAMUSZAh1rrBGpMJ0ftQdoyVo0YZhxeUiamJjuNcrDqlMwL/5K70v7P3QKfg+2KBlzgFAajcvnEqmyWtO5B7DSC4nA1GYK5q41aXH68AuVqSbM3YJ4ASP7ik7InfPMpPeedJGDVxCjY4WMvKCMMQn2gFfBczne07afkboVShFifYvCizYT4FFdPkp7M6yNshWUSsoTMX/2Yrte4wD/k3I/cQ44NdBTv9bIfdL2P03IfczGuC/h9y/NkgCaNp+eIcp6XujdpGX79f0GfKicqnvmQrPwvZEdIXcIKUW9gRUH8jbUs/P851unkjsIgKVuW+PEoLeNzETZUdgeCFIyuWttCD5oqXK3ZoLIbihYzcbEu6Oo6I8j1/uFY3SHKehAM7mf5r2+qf9Sn7IegUYxmOu7v3Ssej8jCQLhs65PKA42zyohftP06NvnkfUzBe145BAoJq28BShp169E3S8tc8z3rJs0lK6gd4PT7siV1AY5yCZISzWsJ4+Uj0Xy8+bQErWAPEccMLT5LD08dBI3DdNmDkG/iY+BeSSwFy1x+DTvCmReg8QxIknMHU0+Qw4OX77Pzz5V7Faou2dpj1j+/8XJr/9/9Tkt//b5PeOTDLbuzwVw8vEjTRkdGnS3Bgj11AyiYkQl3AJIqdAhheXpVCuvDzmfjmO+XnbS8CWIvKd3nGHKt4EoTr31urHm0y0e/Po+sq7IUT0bHyri5yamaS0vLZSei31M8LUm7o4gBS9/+3kd2nPSIbMohTjbQWotSPWGLyvip1VfzH5LzwHFRTOAZQCztLt3WpDs3jQnTsJyPS0+QzO6vcZ7NjhmuVBTaSIs0VyWWjUwaIaKVw/b3IV+SvQQ25RzPoTiewsxe+pdodUQ1m2lnxVxnyyQtrMCs28B2P1xIfRz9PBkDPXn/ya+59Pfgb75BVF5k+T//ExioXQmnXFvf/j5K8YW3ft9Qx7Xya/xm/Tbx5Um3cPs/k3v7zfrbZY+DODNv6gnW+nhOzrqyUXkAhGH6P4Dz/Uv//wt5/9thDkT9Lx8fNCKNZPXhGhc/pmcDQW/jC0vzsy4M+G9ndGFnq0B/y8Kr7dKJ1hVoOlaRff2tar0LXm+utsOq+UvrhzM/sEs77CvTE3YI4SvKwfTHAlWLA1nxQasNBGMrSmzOlKQtsu1aLqvtEbD70Nlzi6NfuRFgP/kz7kgcaQgx/i+IuBAHDtZ5DEj93bq6fh/8GpUeac8y2cc6nLLwpOh7oYIKlpVTpkAuaxIjgJJI0AkyTObBoeuUL9LCqZldl7FogGjVVZ4euQjJpoVrxxrNH2qoI3/e3ZQ2JCZB2Pzb8Ab+lztn53v+f2R0Kt4Gw0z8iNYNtcTR+1iorrf7hP+hz/OpWm/M0QIHHQbYkaYfTRuk3K37qufTdKpKfzkxHd0Vfe/pbG3kvAj9Prhx9ynx/+9LPfCjG/NLE8fj9jBzhP/9JE1vziNWevBtJ9GdrfHRnwZ0P7uyMDftUc9sfesA7sm/UyUbcE6s2Mf4LKVZumgJR6+eIKrxS4ivKmpcxFtfB7j+zHNO43Ar75oTU4GYpw3chKsWerEjZkl2M9ujTMvLuz2LGPP66vHHiai9O+GvdJuBLHvQW3uT/aoPG8OHsyXaz+N9sR4L9NdiuPeldZ3sy1ezp812ANmcOdZbfI68u8AH7VHJY2g54f6xm9Rttc1AweP3AQQu94C7t7jlxjw9IYN9SCqSkAAiEyr5i5VphQ9U4rSim8o0Je00xFKuR4m6BwTsqwy2KZ3IWDcs2rkbFqx5rKvPmtCWzrfu1Rob8+UhJ3h8+BxxH39L+wcuSyD62pv/eG1ZgvpS40I/jTfSXsXxmurMEfi6btl/8Hm8afILBI2mhKUX7jf3s+n6I8BlEW4EMcbJjfxIOOv+En/zN+/tA39TcrJI4mvnVUBn5rqbx/6Q9TFb+3VBbSn+tLXorwB7PFLxMc+A77IoFqN+OpO78VzX5Cw5r93nTWGVfx2+rYlO+rA/jyy79xoPOr/K0Sv68Vftydm+8xUKWXCodPtr8sW4nr9R3sZelk1aPWBLztUlfRcvAma47tyI5tklXwYpTR5T7sDR3flx7Y9nOuXcbUk2ip82BV1+Gg8iEcy1zdZ/yURLh5Y0kMMmv32gsULmKB4bHm7WUc15fUA0g4VGP3ugTVC0/W6FqKdaK+MKFHXDyRW72BXtd9vlHlw3ctRcHrKUkz8eI5ouRU57+AsfXN51zE5RRMiRHgQh+Wl7RQTXPZFcawUsT1eNy/iOSaG1qoMdFOZPi8odu1eN1HBfDRi320I5Zp9eoQfOmHepjfL9vw4htWL2KVEsT3qwpjdrgVhwdp7MAkTM25RS4QlHEFqFLoSHDY/Z6CXgRn/Z0Svx/pHvAnJX5FjkZ3x0Zve1fbGgbzh+d2EHSuzeM/Cnf87yV+SGu1D55CYRmFSO1dLpUnqJyKPKxtbNl1WOwm90lquL07x9WSmlXNA9gr5OllhsgmOrheuCpC/OQ6DMvgtU+bfOEdGC1lGZHkhbGDpRXZBcaP1NZSQfRrouAB7Go8asMPTtnHtLqTZaEdcA8q0M1drKCrQe47EcEJ+l6OxyK2lPZU5FgZivrBNuTeWACd8MF0svj+QfSa+HrlzOXot22LZlLdlXwUEFRdl6f0bPD3JkRbnTFtGfkDeFKUm3/PAE59s4RSO9iNxVAkoqLceePBEVILTmEvSWcuROUPlOdD9nBJH9S05OwNv7m2UyVFovOApPuPXmYWweUUrNhl9omFcX0rIb5SVDfu8X9lRM3dPucGr/w/wE4Onh6ryr9OseP4cy7hX8HuDLS3PwTaP1BY/U95IvC3KCz3+nSrwHXvBwpbfb0GfL9YMfoPzehPCpv9TGF/h6NPbbN7/rKnM785rZ1CT/3pK1Rff/ibpvvDz35uVQ38da/qtc56hmDaohSWG12Qd34vyxyyA5RPw6mUtCvgFAq3kara2s5D0cfZBYWieCVP/z2edCVbEwN5wfmCaKpuFRWsq5fLDSEj//lkiPkYPaCQcp01BQVu+lLbqBzs4w7DX23tlQ9mSsE9HZvQRg5s4E7mcUqW7SaSyKzBhVPsr6YBVCvuTSjRdrZ0iBhVoyDFBsn2MckrzJnYtf2SghRLLpBP0SYv6mDJqhfC66suTPEjA2wbL8yRhfuL1I8v0NYqpbgED222XfcuVrXJxkWWqI8MAh3BBE9B0V4Hnw5cg2c/XZSB21DeyAuCTah7zwfqsTrW0pwyjwuPIhBf4du27snccCcCo1vTCMUz/amOCvifmDp8SQKTodXFwA7QXv5reCE22Jj3kiJLzJmvf5LYdb4/o9nGQvvqAO70sVBE7AOO35B1QSv2fT8n5l1U6fTYm6XJtOZCs+jc04NHPaSNw99QimZqcc34HKuKASXGZNV7oKp0wklNk9DqW6IOV75PRv8aTQTrjHPsVCB1TmUxC63OxI/Df67XuoNG8r7W5vtQWBW4PJjM6fYAu/WRynSLlJEGzWVMBSJ8kmWeqmTgFU156Xm7lf0dhilCVy6OLmLGkS32DWhS+ZEXZKXZ5cQ+1xE69iGwcet1w9HL1bi5CfnUSuQayQtnB7wnE5hJHcpQ02LX5OkI6Nv1Yu439/niTHPfxVyvn9rmXsiT9yYUyJOFr3gJ3KGSZsKoYscOObz6nNPPUD6lpywIOerxb/KFP2CGfjfhNp38TtK4fqx4ULtmAjkB/6uziy+A9qnVFf8eoEX/VpPb25dGuz9pcnsDfrr4DwHNODEL+AZa/xjQyj91FZO/AlrxAbRPXoUvXSRLjZd2FPSetKzUYC0RduxxLAZHBrZ5Siz1ws286Oqb+0owqFfHQxzl57AldwVO7zu0eabv2E+SHzIRGUSke8ye1wUfby4gLma30Hsea03fW8y2vFFWLuryzih24iuNBqNE7p5i+/lWxY7FxIg3H6OrLqKjy87GAXcjpSx5EMYmCV7KG9PtRFhmZdKLeyMtDXG5vKtZA8GiMewTL6Iyg14c1iKXt/xQJ2UFtHZpF8Ukk8AqXWk/4SXFT/myZ6gA4uZbt9Q33FvJUfudy6AYVWmqclCnHLo95FByVwBh9QuFwJf9rSWt3eY3355elsgcQe6C7eXq005lGNTw2krwftx3M3dHhbtjVxNEJca4AS8yycelKp9JdnRDgbxftx1XYLQLKb9chD1o8LnUA8d+2UFtXqrNK8PmVAFhMUnXNUIB95aui8RjxD0ZZfuJQGb8FCoKQ7LGqXFbTQyb9W4eLZgYZT5m7lrjfme7Kwu2INlB51Qu5p3VjGdc1O/Rji7x+We1aARK27sqw3c+ytbCfndN62dt9RYZm81RnAuVR5syMd4Cob+hZrC8wXv4RGXdgh/QQ2ck4pleD9e6qUlo+5rURx5laCzfCnVo36OVIKxHeFR6HwFDvLHOrZ65Lo1vgrvFyR2qlCXlwZeRkMWMidm8R6MzRbZfFnScygbxinMHYbp2OdL8k7QSCaJ+Vfl9+UZ9vzZC+O/U9wcL7J9sreeEDqvXZpXd/CiR7Qg3iIF2MfM67o/WbO4M/MWL/zMV40tyPk8X+226GBJVB5oBtCPNd4rQE/VhPw0yHe6KdeEzHGnC6B3MnSVnV7obnGRIwxSMH6vgRsjNBdcUK/lYnAB5KygsF3ZHucN1QNI5folzJuZ4JL6NF/UwyQDDeGYfVGtoDh8c7eLZ5Q/ePjJCHy4IQBDr6Gkbp8aNqRvmKOdcJT2GiDkMNKDpUh1qQ2aJ9W4MtQ/t3M0ws+tC8RzvNNdJq4DFj2ixgdm5DLLqzm9+hvjOczNQognJrUsZYW+EnMJxqQVv2Qi+X1sAxV3wDqFnvywPIOW4fgXPGDhj7GsNFbBFqvyA7DQSrrRZRkNB4Iau1+DlqrY7M2De6FWbquMv/u5K/QF0UtZvZJw+cE2WFiIS92J4i/t0azCayRRyAmcaKn0MKtTkrm7sLbVmKj3Sq8AgcBX3QGvGJGNQM9M0KFZ0iis00gUb/UjqX++m5khCkjxzjbDwWPwd1ZtcyK+tDB6IJy/hYwR6mtKdB+TNH8tkeLd4DRTrqYnDwY2DbX8d2hiUgXnRaN8idDcXEz4yjEBvk2GiNnABFMXnc7XgZvDCEKcUecjTCdQMrNzzw3otsibcqe1aLaappK+F+f+I+49tR7WkCxTu8yo0BAgjNf4G3iO86+GtAOHh6X92nsxj8mTVV1Xn3nEbOcbOtbWlBSIi5owVMQN7Yge7dMZlGmyRd4QJPJqH4LmgojiahUOB2r4EOGxSLH26jreDs8TkiukOr541xUOrtnfiuCXZIXDTShvvoQBWDnv8oftHoPSmjU1wofj0O2Mod5QGivwnk3Dor5gd8j9itsWmMrHU2gIr51via44JjPT9KpmfFbZUNtiB/ySf8fd0xrbx30fGAeyu/TKsmraBfM89fqXJj5/6e5Afa8CP/h7z5x7c/zD/AwgMGf2e54F+mefhNCb4lwdJwPc5MwkzCvoMVpnTpbCmf1rzk81q2RwzmQ3S4+Ms22nRJSMg/Xtrt31jt4aq5/oDmOAHnHpyPPOtZ9JlWmWL10B4o0kKxgdVyQ7M6mitF7eQISRxdVA7BqHEocAyb/k0BQ7/Q+k0/T8fJAG/uVdjpwdan6cohRpTKRSvwkpwZ5tH3Np/O0jqSYZqvw19gS0DIMJ1rTCDbvaMfsf42VUnQmO82kG9M+Vhsypz75iqSt4St0LNYgkuLtMTXa1sCVmTDwA0BadmiQt3CTTnHJ/PDimq+yCEl0i2kLFjK3a21S1qZx2kyezUxPeDCm93oY+X6v5PDIDzvgAYJP/VANKk5iWM9LdPqqRMLnm5+TMbYUiHBL6s4J8YwfdJTr82Aqf+v43gL01u/4sRAF9W8B8YgfVlBL+q3gP+xVyW6aKwB65oLXb5UeMI0qFvNDPuL5IsN4Knp9CDnWg3k4BXxLm4l0Dpti8Y56RO5VssMmeoiQzzHZHU9qF1w2PK3lphUOB7UkK0xlqnLcpgXAweWHmRI8voNuJFTRKRwxD7EquKAkcRwbw6ZDMUQkyx993MxpRV1odgrFJufyLYjRttSYE7jAt0wxCj2Y7gLZcDsc6QidfhD+HmT+NRgITPNQdj2tooPWkeorY5ur3GPOe5T+70APS5rw/UVATxsi9cxZOPFLHW6kl3tiMCdo69iGr6DOLhEj+Zhww2oW77ZQLSs4huFgsc8B2Z+c8Z5jvdtexbPBhFv1x9kcEtV1A6/7b8sKj1Wlhr+UGnoGkf/I3zouuyFdHjgNMv0Pcy01EhQryo+vZgeqAS0XP+8u72/Vy7R5GeGMFb2qho5pFAmp9nDAojrc6dAQuAyddBfMrdl0BFhOtVw1HFvpkaI8o/07aJC9EYxfdF1ibBvpyPpHryW5Sw+mN1RUVrgHjruyTp8r3hoJ69I40ZJ2a/57Kn7p7Pqgh/o+daeoJgmDp4CHL5QaT+nhJ6jXD7OQE7MoXHTSMe9CQMaTtlronEF2UZ3ugL9xv1Q2uf/vmIVYbPJ9ckbl8zpj9jEqZ01TWfCKAObiyCW7xzHX6vFJKSzvrTTkgDFs/V/5RXTEYmYxW6/K6/5YLf1uLT4zzTK0mbfBwaQLf/QzA++A8F40n4GBOUFz7qsQ2z56B15Fn5g3tb27+u3hN2FCD0gFaUOc4HcfTtLlnnIu0b8bTzbh3onjD5Jhu1lush9DE8i8aJL0ooaa/99SQa1C0Aabkg0ouBl0c+RJpMRPV1b4X3wkb19s7vrUBs60fdffwes2IUCg7sapHy4IYX4UufuQKQRr1boMLPmXcUe4PvTz22Q1TMVn05T6wC8bMP1NPccS4pIJ81k/PkkMk5DOOKHmIDDF03CBNeYQ8u5MJHijZLpA9PhKbhEVEGn9M+DL7iqpt1hv3p1PTkd5PicF9hQWg3OYAzy0qidOuA7i9f1CltFY3ZwMU4rkt3AKX7cMFhJ20UHtPGt0SsyBXI4tIbJXniamUGRq90b0OFQ6edPdW23DacfzYLG7xQLSOcwxPepmsdlEFokHD/fKQQTWGcV5YEppXCulhwr2mV7SGxXCBW15QZrRjGeJoGwxt9jLLnY+iI3N8KTSuOQP2IhW9Q52yt25F9qhUDFjDI68PDywDyhUIBfZdk3ccNVOJz9VUy+hBRLqlxniCl2NCb82SeFr/Y1rHbTOB1OoCuTbDH/dntVk1xCJbklyPQakR9cNFmW0ourWlzjh2LS1sQgmsNrsHu+6iKxE7KJzig3bMEeyIXtw6ZsB+Yx3AjGFZCg6dQMciTgGX2mUoZN0MFZqRBcdNIfLqNffyw5KVj78DaL/7kF7tN6N1cqPbZWulYueEpPGB/q+8G61zRfsD/gbjpt9TGUv0IvRT5SxV+qv5FlVAJfO8R/Uq2BC5ftiKbriJrliFvYtfPR3x3tz9U59lN+aG2dpRCfFAsEHhmk1kUE/PcmRzk8Z/NdCYhlQmOl33doa8ffovF6u+L39e24Py7tKho/8ZSv/Wbc2YPhF9j0K6tfN+JkLyfcPKHlP+u0o8fKbHeRB6FyXNNKDSFgexlclcLQK3+E8n6v82o+JEs14DfsuXFb9lyDU9hcPB59l164Or7UMXjI5HeQHsN9xMKvep073zhdxlBhLOE+zQJ6G5w+cRyRVZFhZjnjWyNyqWYYOoFZxOcp3W/CelDBTN5ikjCKaLj+ZEJgasEgl12fAO2tOQkBPxocH0vj9hH6DvyMbO7cBcR+xP4OuIFzTx94hapbn1d0E/shgWQi2ar8pr9CmA/oq2k1WuEH5YekSJlVIgvu+2LNLm3idcBT0G7w7fJW4yDyclj+BFdMY12PK8fKzUAonVHSbzVcpRhwM8V12WOHNQ+5Fb8OF7PLNnuS0og0bN7B6vCCiEuukyKFJ4astnWg0BQlfnSsJcrrXXWR9FU9dEb4Q6NCLLp6+Pz+OO6ya+6SL6GoUM/dUErLDBpsgmzm5nEWnmcSHmbkT6a7VoVee1HWqMInK0IZPLrD35+PfDjD3ova0L71wbz7+wF+E8M5t/Zyy8lZq+H6uIj2/dDgD8Jr/xiYgrw28gUSXkQiqwPwoUNo5JCj1eKkydVmklDXa5rq9660YdgkJGshw2YFPiq/oAaTzuA14tQBZKvhdC43J2AZJPpwLe4Vd2C6afzFcyLY/oveIV8SVJ8tyjkWby3Qx1XiJ0QOmCr/SmCRVLJn7SCuIWbmgIL3tlpr1Gip+DbCgqOM9oPgp1lFsViCMmxKL4+ek0zem8AwvvwCDTRdvJZVvh9KY7FBUXcKgURww/mU4AIc4bpQivnaFcRkhxrA91C9VaFO/pmTSBlx5u7fwTm7orK9DQjMyvIUirb1DcNRTTsF8GOFMUMHy+jZ88Nhl470YrebVHF6CUHzCzQuqNKprj5eG02axu4Cv4tXsPHPzmk3L/cyAf5N376NwHq4hdOD/ijwqKwKYj7UjJe4zf7pzR9YtNXaIvvJpQgZhnzF2mpyeCHpwRYJ12/e76vaSDzL55R5qdn9C8SyD8mWrW/ULw8vjt17Nspp/1nfvVNIfRrjuYJ/BD6KgL1F5Kqv1dniOyWUl/anDGClX+qXRIAdhvsa+tQKmjNxfJa1ewvs/hBETkhhn6zQ+WtrbH19wAAkD9FgF+Jel7R5C/DqJQroqjfj0uBfxEBfppZ8tyDot7BtoGe+yrxsn4v2DbALZkBWDzmxAusvlB7x3pX6o788+yN2P7QEHKng/0UqclwQAoilqc+6ArcbOKSjbwbjmhPCsBNV700IDHHX1vwwlYpiw91INqYEtw+xutyvTJYle4nf6LKRgQhR/oyPr16SjIIs9sOgMlVMqwUsfbaWbvILq/k9lTuxczUONmfL+gJ89QTlfVlTnO1fIAEOTq4ZQXv1pQMtwT4xqJq+hgMLKjv+IYXYf+SEyf5ZG0qjFHW1aT8Soi9EhnCgu+quhxc0KitRkqetPEmMDPzJtfPZcqqpCK5Z/e0MQTW5kBCbsorDT5EmZvr+dqpidHJbrRsLomc6ETZ345Lgf9Vd/JHtAA45hOVRmKER4UQt+hJOdwiqryDFLfsXx+X0iECwxicv33A8xImyDnwtQV7al3oU8T0MMigJx4lq1YPypOJvYXQU3E/Z6akkcIlQFKCFx1ppzRbgOecZ+xjtlkBl82Z98ExWeSdHxuF7Aq96zt4HDQMHDHtOU2o43f2PZTYJ9bYvudv9ggU4mt8F+I8mwyESIxACRpJ+GLby++ckPAxouTQfUQ6W/fSoMDszQhc7cHHGCPXxBXiAIS3T0VAnRupfLrH/UYhhY8csvGiYbxOOefhdbV/6nJWwwS96HIOPzAsuy5hchGe0V+AopOrLd/vU5a/bLxm39DgUJN7y1NHZEAxuXWof11T9pwNb2pUibnI7IAs0Dsw26P7iAC6SOzanne8POF/kHp1v2wv/f241AjvVlr7efBCxlhc7ZuXybfz7zX80889o1+pswt4Or+F92JbLN6dYt5dIk8tDE+7XIs7f/0ceFgjclKbIJc1JG+t/5KbT+7m5S7cb9gxOb6K2v6o4iS3LbZYzvoSKhQ5U3WOP6o4ge8Fpsc3/aXftJj2r59fX7WiX9Vwv6Wp4G+/P7+tbV9eNGZ+qtUzYXHXThL+ofCoNGUb83sbX3778tn15dTb2Lt+5rklpCkr9LU2+BImjL4iQadBF9iAv43j69RvtXtfo32+p7NUHiopp2m/ZoY7NqcWpqMxPxJswNfprVpfl/Bvxmd8m57BFOJt5Iv2Qr2j/JReM0OiqkoAsjzuyRtuSTYTS/2IpPfysYhhosiP6Jf54Qb5Q1VICK3N4IrsrAM2GxJ1R9vZjGM+A8CyBfXNYgUbpDB0l52GBWOWdj4foZjXgaI8iXQvB1XO+K89B/CrutHDnO3CVEBKczwo+jzeb/DeS04YT/3fVO+A32Tv/sX4DErIxrVO7L7aPjlZjYlkGq9nkVj3pd4U1je07UteycInx6kE+g1tyPaZ+smQTgIPpOUy9E2Gsoh6xObWc4+jWDyeZeP+Zmx0iMPiUWjAxXERnXtVNhkOeT5MTRJ8LMd/E0pio/Yw/YPk7vBlYujxu4m9ko8tvJ7M4xG9mkcOhWKD5vWv0Aw1AT+h6P/azIAvO/sfzezbJGzgT3XcvzKz7WsEzuuvZvZt7asa+8vMgD+jsf/FzIAvO/tfzMxpvw0r/72e9ruZ/VHr8H+WOogrjeHPFnhvbtdOjSYpncG87ce5iA1PH2x+T81jM0xtLDPCa/cBIxrJePvhgxO2CTS5Oqx0u2AB1OXpG35aM9+lyrKZPeQvETIRtgKqdWRkncljuF1jWYGq75dYCyn3Cp52t7AcCyLLCkTPPocenllxS1OFillkkfpyqwJ+t1c4RgKnLRdkG4no8ezB5dX49cAlWCHg7YNOZlQFhviVj58mnXfkvIlDiCHYEUZ3WJWMmrq9aK6Z4Le028txkzFuvNgAlN6kKgSPoyne6wbIJXhFt+fuc8didNNQBYJC4q/w6KuMhkjJsPUYa0v8FuFholIR8wzssmPX9N09Gu0eA4pHmI9hhfn3ksW7p2YrpcgyWb1EsomZqHndxK3JNZR93Cj99MaHCZki4TLigFLNmAQAeZEnKFBizmDUwM4puTsiNKXxCaZ4openzhZQ8NArcqPERFYlqWtc56I7L+6YX68PBZC86iy2lt2NNe5ZR+BrVQJZBBo2+R3lNu0ZnhgGrjc2q4Jq6CO3oOh4dYSAa6U1B58LgMJ3m+qDN8bqnlbwrur5oNzfRPHzLqPw/vzED+GlLPFgnHKvGSU5tjYaow7roqQojICH1LXU39UM3s0nZUyGgkYBBePJm00FRJ0reXz1jWfQ+j6uo2bI7fj8XLzbnCPDkGQDoHszixgBxUFIg/Y7n4dN4LpBF1q4ZiZOQ6hE/dcq378WwAG/rIAjB1HEw2KQRFkFP7b3cH28crXVVJafD/OA76d52i8HeVxsWx+o625gFWe572w73VpcpC7Nr2iQr51GOoAPY8bqVV4jGw4bDX1sXMzGISVkNSSFsdoMfrOW9fZTtRCE64F9TGji0HHd1TDpnLc7kGMhwqouP6RkYcEMpNlT8OTcj2HOAvUuHsvWiMHc5q4jf0buxY2S62ltNGKkp+5RHQHX9zmsrqrv+i05Fg18NIdYNinPryr5DGizn3fGGKxY1BnzjJVR4XTauZeyvVmOEX50QDoVCnOacL0Jx9YvPV03u6xcsbQOJjvbcpUIwRSBQUenc2ZOzPrxCPZM7W5VvFLhXQfOM+cgYY1eBOmV5IY3zwjknpOuF2iYkZ3wMaRDbNa7do/wNLE4Eh5qOOZgKpGxNbRmoKYuxnXh2+fkn5/O1inRc94kA6FrJ0u8d0N5eT1UH5+md+Y2dZTliJeWHtijmLcrKgTcFEx4Xi7zo5+uKpY9MS3L4elsOl6Eh6pLvz31se4rJ1vNitBP+VQFV8zxWRHtjBhsgOJFqssF0gaJ8jVbikgxONnmb+LBKjNG8R3VDLW2rz07DFFo3a9dFTd8u52FQIgW8QQivYofH19X7TLhovHdbgx1hz/tcL4/eGDedI7vX/Pb8dDjZm/ljqVL72u2Nawo2T8CD9i3W1+oaCLzJsQbtW0s+ovk4NuUbvb0YrnjyRafPoS6uuua/H7znvF9jIKV3OYZhVMHwO+hzYuQ+Vb6f1K+sH2rn/78OTXxU9sfTX1+Ohb9CoTMb/Nwfks/UA0HRVcgT06OVdnfx3kT/yjAf1Fz5a/zoXeToegf56wvqGyB/wTm/ir8/kCxV3g1v6MDFv5j2kmyaRcSUM9k/2146zdB1K/RfD/WtiLqv6UygD9OrlNLNb4l577lLNgtpFL+Qgid+qdt99+2/eddA//Ntr/Nz6b/miUEVMfYjO8FIew5i6G3T6GHDcFx+UeEa0IP/vq5jN9f01/cM/S4I0CKryTJeb0xBKTfco/Y+ec+ye+QY9f+L2QvyRcNyEql6M0EXYudDd98yKKSZIGpYT3ksXb1VPIOxzPH2lvf+p12H6TLmnh4vDgKaQ0pAuoP2ndrM9tDtypsudq0M+Aat3vPR7r5zn3Wcjy7D3TH97LbDo/IWK5HtmligaDMj0YD/yQpwClGBdCoHEok++qUtWFW5AZiSdFgzecnZE//MRgvf3FvEe0/e2VG2QC0lk3yVZao9WWjmod/shylWM0uM8wSUzx9Wh6jD1hgHTc/3NWXaIgblXEwmWI9YfU5YDubRJP3ycLhhjvqLk0wLvTFkntMlWHg6kVy0Hdrzu/HWOWvnvZo2fwHs5G+1S3dXv9nTnL4hfEDzLdWmf/d+IEfLPq/Mf7LGYE/jB/QoP+M4/7Kin5j31/l0F96w9d9/62q2fk+9I78mlq7f1U1a1+VOrW6/b5W/3E/gJ+94X97P4BfZRX+m/sB/PmG/C/3A/jzDfnz/fhXIlM/V6kAF/+lQbm58Wj30C+U5duIoY20+eqaR9iOa2w3lGV+oPnxvNmWZs/Y9R67+pHlL6VilgTQo57GiqPO8hbdfMjyNp5hiPfmY135KGWmYCFen8FpBLOy4qd9vNEKRBXnos1cVNsQQPZkc+2F5kI3S6tee9u94331gsCvBwtBVMVkjmTO9EorQf15eX49huo8gfhF4MMMhgDUArtcfnSaMg15uCDn1olYqso3sWxD35Dvgpr4KkxO5unMvaXaHKNHIt57EUFLEE4Dfe2nnG7kN0K6w0GyXvjxKdF5t1/wBVt8MNzSGmEd7W4PYWi3QTbIYVIjScnhohjXLvCkzwfiU5Z9r9DV3r40rYNnrJuR+ig4AVN97tZVoA9rARtqz8SklfS9zpp89ppPMiMDFHnhH5iI+ClfI4ITo8HU4d0gGjnM8UY0S1j72nxKuMdeXriqhcW8anHQbux5XashDgRYqMg29SpZrOJd9HEOmTH4DwrH7gV4QeC75QV6KCP5cgsfLmde3OJ98G0YZPQUjcUH0EqWzVr6qfYWqDz3A06TlGvyxkSCQr9Z3h6BL9L/tMx9aJ4GFJTP91JpPl6qLL7xTQ8ouahFHP9Bcfe+fyyD+bD36mRr88FK9GtenvcqhlHlUdJ0aJlvhG2iHYRcl/u86zA6EoDabp/oueVKER6EGInsYswI/OAU0N7Ip/pWwYzcJviiIAlE/7VKRf+t8uTn4r5f11n/JU+UmG53qLW0+m4KJPP1F/wnfdzZxiWnX3WefS9T8YjYNZVPSQVmbR/BnFwIHxIBf3anQ8yeM43xj1pA89dAz6HquelRMpRcIG8OZOAySBDz2MGSq+djeFTBbe/e6nThYEBF+c0tXyDWcgkiTbINLYnbqjTu3BDGYz62I7m4sMWiJdj8OarpTUYbnev3Wxvd1n4GnspNejpOfNaFIdeZnEUvCN3aqQwi+4a+PeleUTWS12ZnOvXcaFEmyU8WhsgbeKQg4gIhljdT4o0r0te4ZjloY/TBZCroygRo1Y4XsAYlnrcz6MGolaOZljG2o8lH41Omb9kFBB78xE9u90AeELQOZ4CeKzfS/cAGH/A1WYQgQ8StGPN+tzZxYV29WfVFcz/a/p7SrgT8Z3XWXAN5kTXayEEIex2n0RocmKK1TFkyRcIL0MyzOuuuPcL5zCzLKIcxhDl0UGsALXS/M22YbpL72eqY4ZFaelpjYmIfcJoITspqnCS6CDTDpQlsWKBr8UbHKrwfhvtJcyA+e3ZVYbQylhdzgPWnASt+F59cUZLMjeMvDv/JtpqiV3eWnihdP0ZmtlYZz1ZRdFUUGJKNQITkrsqSjng389HQs+H3/p6Gsha870bqPsru6dqBJg++WmzMZ210PpJEIqw7QQYyouKRUdbfNnpxZ8hiM8L53JiB8wMaezH5pyIzD+G5kKWHRkq00dUtr0SEqKD90JMhYH0/P8PNmYwFOsY4KLsR/wdTvC9HfUEN+PcKUUNJkel8y34rcwyuMFr6HrLgl/CD0n9OIjru5RVUmv2RRIwMpITjd9qnCFu4V4gNva8jQIqJD3QS2R0CQhr9czO6yjbl4LCz9FMHkqD+1oz+pchw2bS4vb5ViJoRcC2eFx04vnLwmu1gmt1GKvvzzGzTVy11E78rMTDUwESCu4RIeQcCi3IuUN5+Hb6KrLYq1VbYgtkoNRurVPMjhWlZfGtYUPNX9Qk22YF/NZroVyMRnhR2czr1YITLNEwN6p/GBlwQebGeFXK/u0K4mg/sbFjhazazJkXmXerc3Gpx6fplxZcPPsNPmuvXxrRX9I6h87YCblLc9R1sNuk4MSFNejYG01sf9Uz9IcLhuFfL8/I6+LLsGAY/n8bbwLLquuDD3mALxIE2LMzwg/haGsJkwBTjzWKDYNOE9vkosTAzottYgiPq5+xSkQ5o0zKBlI/P3ZX4kOlOwJiIsCuOcxIyP5RO8imri4A5wkTluapNJC+Fah9wyt0wZwdXnzcym2DVuRfL2rRGEQKyqFhG/akRTp+yoC0snhGTQfoa/aUXJ3gYbRohyDiwYZ6WVvVQ2WNEH/JuOqYggLQMcEXmQRWrOw9m/viEYy9HTGfHany2DR5vJsv6xVBGx5D4tn1/OeqdpXvvU8P1y7ePi+kJ7aIjCZeZPndnUC71j8vxBboKtoRXW1rOnzA1HhQctoP8HG7EZ6/vSUIjgi1Mr4MZgQOU0WeEW9OalyW7Hv0q2+9KzqDdXLXWegowFnJxe35U7hHf5wo3w8mEh/axoeYbikPg5t0TeDjJWUDaSYNu7hsswTxu2KZ+Ut3DcoloEKFnTD70IrH6er5l22Qvj7dy995yoQLRLXqx7+ziIFKAkaLEnsew7DQE1RT3yM47SQl5mNeJDGnuukf+Tt5chefZTyfztyXAgXwSb3lGPJTdALHeTx0evFsZ9J9MFfxrheijS3ywxfvbGjyT1O2Xqb2gYx2MBPlvJxMBfx9zQBlOTsF3gWTRG/hJU3Pvp+Vy89UA4U94h239VW7s25KnnRIqgDgvv1upKVPAAsLkQow/oBwCqeh0ddyXWzWTUOyWvtqLchvCXY8OzimXyM3WlT+WTwJYLObTLrSOutXOUnJ6mjdlUaf6tyvCtwpX55XJvSacMXPDmSQCfUhn3YQoVRcTzp0REE42NOiUx9vq4L29y72kvPVZ2G1Hu958mM3QdGmo6lfUJVo406V2Uhds02Ee3ainnQD+GfZh/WbaKnlXU82+cjwSvZub9PGQI0rbQoQhaRQ5aRRMi/gzeqEijGAPVqB4/n4WQKXIWdJHIZm9bh3UhDPtge7bWzhEb4X51t+grF1B9k0FdjOp9IptVfgh90zqKQ7WywvwYZE+LpIsSJvHUNr6EnNkeRSQj4mM47fbMN+UZ9hqWQK/Vi7LDQgblWoKQH44a2XkAC17YFHDXs8c3/ejzFPwhB+ZsOqIwxZscpgC7do110WdGbOsC+MjnUOvAL41eF49thFoGjeOK7confiiQ58tfUd2ikVgQaDoXJkvqVhVwh88fmEGbwqb0dlxki1ZhWjJZVdBYC1dtAs8yqoG/z47ofEc46OdhbJXFZ0ItAuOnJklZVNA5idBmDocGG96cUuc/ZKfd4CAaaZpo1xlseFpw/xd4ihS2m647Of4Gt8OnZ5jV+45fImDfLMc22+kHLkYxod/Gf9INkH9Oikqf68cpUmw+KUujPlTRZLFTjvw1xHv5XqF3zFGsE7kqDW5G/uFrrMfvJSD/vb7vxzLfT+SI0+Vca7o+n1Q4LcjOfHHGqTZ4vF18m3+rFLztZ3/ZTfAn7fzl92IIvUvI63xLdJSX5H2a6gvOeoPdF7aN9l0dT/aZaO3ZH3vMHSEsVshP4nKsgRLQZDePaKc8PWtc+4hD5PDaQC1O5Zuohnl2AzSpNRIxOyRofbXB3BiBXvDOTutG1Se+ejv+6PQPaTSRrTuFW6ZY7YD9LO16ewzRksJTZPU+iJ+uyIhWqpIxq0nrDSPQi6qPL3pnDBZkfMOMosjapaMdHGoSyAM0Ni3tPeLqFq1FcTy8yk/4eW5Bpse3sfdyBn3IAMUmw0VvWzB5mGjVi1GerB2yTVPoOtcaJ4v0Fh/jGyiaK1Tpqi5J8TDIO+7Grjw452ptUd37X29Zet8j7DBWFgOhgz8fSuBD+aYPgI9enjXCng9pv0KMuKklD8I2hFsEkNaf26+ohmS//LrF9ZhgF+RtL3+RRH0dxUXpoldXSaq8tlmRTDRwJtlxZo9Hsi8LtK+0BgycAQVKTbqFQ9C2lb34y3TsMQZxlcI0ckV7k17c+KElX8U8Q4QQ9W3RLDM76SD5VC6mYcd+lFmVLdEfB8Xb5Iizn7vSZqMTlbOglSTiDVCfSARcNJSQF+pVMqUbrWBmPLOKpE07siwKdCelKgI+pltriVb0JfNxlhtsh3GbU+RykpWp+VUmgC2tJsgQKaLKGclRxMP6UJ4ISg/HsNk33rzVTquOemagGqx4rAW4VKdYapPMVqc6jO8gFzldxDPvdlK1hafF5S6V5C5TQJkVzcFN/vwJOCqtRM0yp1nyTDt3QtQaRcCCjrWuALI9xp6/2zqyvmVjSR+l3FxaCrMq+ZoCZKRGojJdzVaRKJIvM/f9KsU4MtRxb9wVOy3lsPfKifpb54hKSzkuYQna33ltL+9dlclwOKfXzPKlC+v8NPEcvFrLUK+/d6I7xr0J1EDht3Tb78H/vyCP/MK9fyNU2gn+dVttl28AtOY8EvfClLrP9aAr0WV/4lTNKWimuKXSNv36sj226eJ7Px1KX+6vMQGfro+T6WMH5lH7dvlId/+qHD455l+17/5Lqfgf/0e+MsL6D9JRlxb/E/ygcD3trWz0vLPWTwKeyTecKHNRNs9tjbPZa8qiw0FIzXtPWlLAnaRjO3AYMo7iIl7AWn2hgfw1uK2F2LqlmDQnNf2xakYzUaiiIBt1K6XJi+h9+zQsHGUFUi6VcXeaW9B3yLg9lQCKtCkvzjVRSsCIt4u8ViF59zvKV29sdaSng67H4vz5ieERgUmeh1vAjZ0+B0PLvD0bDMg8bNy3mhVPTioNzlZOPSII61M35TZ1ZVtKJJSfmWTgtaDNiYHPWXIG+OE/h0AyNqQShEPDDNvsEu2ldQpp68Vz6d/07yc6+M9+zxgeWH98eCLjDEgxyyVGnqbVdXIAbAqNk+TNXqLSjWUdoSMofXjbSfzLG6yUjwig6PLDhu2pLmwpIubb3/Y5tAwLPQ2g/YMxFp2kwrW7MtgsN4TdPHQiX3KCIgMCFSf80ML5nvGuoT8ipXjlPRqbSJ7vSWVt2t9GAP7/TlWsBNbk1MENrIcMFPSzAecxGdtuOpGc83jfaHl5f0ys6k3HJ6+PS4w1gaZ3j58EGiRnmpl7eGhTirXDQ5xVgnZ7d7lUAnG1xfyUgqyfy5tZbSKTGaKXLNVlK9E2PAKEciAzd7iftru/OcplBYi+w8D0tiNvJmVHe66qYGhOIsTv7spwQfBBUQn8nDl1Vgf9xrkL57V9U9HnmtqSdzZBhHTzhyN4MBHUzP5w4VvQ6aZwSMa9uGQqYFkfoQbRN0us9OBXzb7/jof+JNsguF3CZQB1TPA5Dtj+5pVLBS4kfrJXe/8l+Qhh901oV+9lzVvEHw6vVLkE8k8do/9W7nxH8lDLnYzhHiLhWAZwxTABuGHlZagN7zYMcXCQ2u2cIUHCEp6pJorQm3jvBNmXFJhfLLF5uFI595f4SfV2/nJLp5lBne+WJS3EkSLudEHVDg03QDq4JukdBnR7X5XV0kapxBH2QyMJ0Lp7yKueG16POretDsHbBSKdfa7HypEtD4D8+WPQBHiay+95/XTUOE0oYJ95sZ+g2wPh5Yy5W/C/VmiHBYV0Mnc+hWkLKxQtNSOPj6adw3Aqz4K25Uq1efzUdUV0Q5SRZ95ZiOvbiAfq8PJrxmOn8MHOutHqwqPI49EptWYJPtwFnB/43ZtFu+b601rAMbQBK4YGkzH/pBiXFs/ge0kxFPrfSO2K614TNvr04FNd3najyK9gddZ35DQ2J6dzK7v0mXJG58cmxeFqnAbOe5rgKHrfTZkdGWycroyze4zGrJc304FPV22gL8T2MdcW40z0yQTfGmIbtNsYsFw0hC9TLP7bcT4tC9s/ZAJixJTp6AhskNLvsQTQMrtU3fRDCpPbDoQ5PLNyT5NpT0y97eTBGXCjkvrLdQyGhShJJ8nTbed/4JaBnxnuX7xrFuXzlwpr1O5nILxGZ7CoIjVUQa4w+WsB2nd7rkVCTUUDukholfZmIB7sGHcU6YiQJGmeY9icoxK4Umn6ouEFh5qCGe1+0pUR5eunUftWjMjM8G7bRiJTzos/6RU/BR2lgfewwr9k+ThFzKAfz+nNElRNE6CsYyXFpq8XizIi6428pdCb4D9i4YK2Sa7H3zh66gt5d0jfrvfpLGDu/vtTP2nIt/fentU09nYH/0S2y45sCT8CPYew/5xiliT0FdvhcaoKPCbONJfF72a0n/RYTSodPIjZn8dzkOhL11x2b8YCuLWqf9bV8KfT/DNu7SmPrlzNmn/oDgM29pOk/xgNQHwXxUNyvdeEnSIY/LzffEY9ygSoCSIZH4+0EbcF/0V+r1Q39NErm4XOI7XgLSPOr6/Kz5mLXseufpmGlZEPHJo6ff3wYEAZKuPpanhu9/lE1Hf2JUt381KVX24R87wDt+Hntf7tuLQIBbxianMu7hQuoWC97ePOwCJ3WwTSx9vp6gdsEDH5iHHqLpATuvXInWRkH6FmErLNm0TzRl+1OQD7MHlng71Fbk8wH7IL9aZwXNb+xvh3pXVOjJoLGxKbBmB1sjjXaCu2hCUHhLl+8YqmlwzoNQjnHn/HAJAYTYU3IVJWaTVwyoKDdpEE9opXR5Ew0sYNi/Nu3q895Q0UIPIEJN+cetyf+L1fQcd+nqDSteKysVA8d4WEJKGBMF08i6Ey4O8tRKVVtTd8CB5Dik82qh0cGTmWedwDFnC6ayATKUTNNTUh2ybFMEEjRhfI9dmkQTfkjmSdiOkZBsL9Rl6Py1bYqM06qGdFKCofMdeB7xabinrJct9uWMLF/UyCHT8wqW3l16n5ErFIphBfWLdVY5dTx5fKIO970xzt86jszugLh8XxyM3mJt3bTSEZWI3ldvFGRWJtxw+A/FT9cebPpXPs9iMuO9VxogEj8rZeBvjDfgIB/+Cot6iP+JdiKJ0fOTRx3nywW186Vpzn4qRMfr+dstjtHRpmFYMCb6XWY4G2J0WgdEh3kgw4fsMdY5H3FbehlVI+4+lQYF/JwVPUSY2c907I+IWI7mzuIzmoIbgubzj+O8Dif8oGnTNZ/CJj+PDMQajCAH/bgrpaMSR52BfHBZQVNrIurnPNlSAJS5PlutsMUxBDNp3kFCsQIawD7l+uIPzypwzmLYbz4UK8XiUuAzkuwBkCz1u8JA3gDuVxUE5cw8+cqFuX7elJ4j9ph/PaJFu/DCp1XLzYfC99hX1Wm+If/s01lRNZvKqb7IMaNwcIPpGHa6FLXSsVn1xAd5tLpmDvoO4514YQVHW+67kwoW36bUWRLHTzmYW6EI2MOBlkqeISqougfzUeoEQo0PZbxe+JqronP1XL212ukk72il0kWrxq0zrqVvPzyoshDMCduN71ky+z5d7HEX5GUK/5iLhPrzuksKBLXgDJ5kUl3VOiQXU9gwjPWhLM7PVHtqW0kCt6Ww7nO47dj6o5EQFWy020wjntAsDJ7sy8UFB/G6psPbETFiLU6+ckpSOwZCUTjcB+qO6U+i9q+2XgR2vHITpJPN2Ho4Nd8LCJb9uY1t/UKeCbnC7luBW06WONh/5JSGf/QOgZvGZopIJ3NUWnhtR+/GhZJWWpg9fRbanc5uJA+Ly2/OoIJ5F0TBCRw5RtGcKw7ZOAm+TXzpHoJLOY9dCooz22Uls5UDhdaeK5HY9J3rhmybqf+5ECNXoSBSwVbDsue0kRqRAdjnNvUiCvbtlJoreZAllqQlsXca8r9khvcHGN57PGIFvYF1ifj/BZOdjlTiPGU8n/6RmkP8KydHvkkeGkcop5Csf4pORm7VPuAUKv5idof9qVtsvg96/i3nAfxL0Lm79xbu/FF+uYGJ8VyX8pisNAd8W7WTXfghL/+0s78JrVrNJPzRojq+SGbNNLgJ5vbkNhJ4G/9YD+Ze6mt/azxnWVSn1B7dWLVezzB+zB7ji+FJdB/6d7PoZrm6H0gy9bJK1qp5VY8l5z6b7O+EYExLmefMAEP4onLZWyYU7lsZz2eD9wos4fx69J8gWtifOgZJ6IfRi8BJX30wLOXoTb1LICbLlnoA4F3I8DHH6vG1gI0yvdIevGCgw1O3zf8mufx3NAP9Odj1nZW+cLzbCrHizVlmtPucKbw8N+2PEAPCT7PqW3duX2dLs1liCefm3RH8G7/SiH5FtuVFQfA1S0pSd6mEqJ63UA2YF7VIjWtkKg9/i/dtAjerm3mPtcq7RWNDHuXAS1Gm4jTm4a2L0m4FvlaG6M91tIwzcPigZvTLVMkAkhueYy5XuHwDV4AtHQb+n1A264OjiS4vYceqDteBvusS/bpWRgV/Awd9TVJdlSNZXOVf72wwX1Uo26XfdckwKeXcBXEGCv5LZBvKcY8+9TKUt47+kcX4A1MsabBZR7S9ldfH8Lt75baDGH4s1Jf+3OwJ+3tJ/sqM/J5aAf1dpRhp051BdpmPNE2Y0/uE9zYv6Hx8H1EO0TUuttYG7sfVImm83HHeNuxyCsZvm4kgZC7s7gm0WBvw4w6n8QHo1ynBWvomTDvrcq+VnvywOAGZlQi/n7a3JaxK/IAd7vkoQtFblPtmnuFXs5PttzjoPBSGHTEM8cVwPIw/6e74RxQBYUIvq0oXzaOXxTnvkUOUKpneH5BM47l43sq23Qbu3kyy+s2kstI8Tcqv/nEFw0SEGBmK3Z28JCh2VfcUrNfbt63tp7yxp+YiqQbQf3grYyZ7za4r7eJastMq9TTmrxWial1kBNnSjRvSyZyrrIV8Wo66nrOSAzK7jOUKI3hQqePkAi4Hb3kPKO9dlHDw63aU75oy0AqxBjtXHVNOVhrxuyYkmDflAOszClcIed7A535fFp2wiECAFj+0UnSavnoeWuZJl1DLgTs0T3B5BHkzEZuq0Hdwke0PvuAmWzHvMg4pQNCM0M+sUJbuGwGbpKvdIoEXVXkEoA6lwul6Q0zqEqj6nQHqeWsUqfHr8vICtEcm6RlVMf5HoOrthTeoTo4JTxLG4VLExgg0koL+uH2ZWtxlaK7LY+XR6kAWTtR6ZQ+Gr/eSQUBPlcy4k1NYaGdF9tcVzMKEI5l6uQEsc9nt9J+xAoVlPC1yaHqm0u6lQ7cvCLQlp4TZO45GqEbdT2JITerb0Z6ch9tXrmAZUvDtm9guC/y89JOPXekjAzy6VcIxw0y7U1q/LICygsSRvV61eWhf8stAM+MbmSGRpGAUZmvlhCkEYmGgnq3Dmvh7t+lLFRm8GGMd6+sU7JFevSoWBDiyrc7sJAN5X+DuYjVbL6EJ7lrRB26NxmcREUI86czKFyjvlVSVEpVOhip4BBE5KTWwquD+WbQYUc1UJ+RNN+FAU5TS/Hi9WdzO5LfEkjWtbVeGCFl8GhGLOw4HfGwdDJETXRO+CW/m8Ax0Z91uUBL4ru0TSpVKIzeCnm/uzhyCuJZAFNh6ndyOyybFtQQh0O3oEWYI2dbVPzh0At8AAOzcMa06Q0wF5l+dQfIj1PbbmEy3q9/vtBvXZugGJwLBB32485ieEIyK3wAxMGfAQf62MM+XkpDj2qpViQwMNYetnBSLVEqo/7McSsRbZdRatHD/PFrCEJ1/kTLOBhitKbuvkJ/1JeMrTTJLVe+5BL5IYto7+rVSdYbkeHHagU81mUrg9z+DJr62DErexb2zlA7RwwV4EC90exyNOmvP17uXIBovjNRw1utdl9XrG9uF1g19YzvHpx+bDYxtS+PW8gSUPoFUYmoKTIb4nOQlklBJcBuqcgmFS2QEeYIt2e7YLMU532eq50S/W08k4SL5guITnIfB22hcoeyRyOLrAa1U1NWeITA9W1PkxxfvTjF51Tgranc8fn/Vh5D5VgRupwZB0xV0SIG6f3WcKfjBnGU03VLHP5LODBj+7cvcizIQ/VWI1fZCq8JLHhX8QgsNvUoT4L0PwCYWPfxOCtf8yBPebTP6QzuD+GoIdwa1ivq1/SyiZa1L9uzCcwOqpHl9hGPiKw39ZrCntv9kV8Ktt/ae7+grFwH9S9H2FYkQc7MfAVivOpiO9Tl262IeO9gSQNf2kWh+1julhO7nxI6RISUfIKHI0Y9Sj61ZEtlaP0L8fPY8oHzYfgi7I2Ay9NsYfgEnFED4zuFA9M+Qxn0aEP0iFkmWIPsYXS1gPce4yq3yDW/QqiY1WdAOjDZjCwGRWWwuI00k4ehD2bjTzgG6CEvnimCyuKBu7zKWBt1gaj33GroDUR9Gfr8uA6SFZHrB2XxyTA26BrWgVTXkWEl3sSbR4Qba1pw1FT2tlrfxzPMfirqxpwERUfYXopI6CR6id0f5Wk7sJ3GtcYJm4XCITJxDKmKZVHtq40HBw1CgVk7LiophWkH166y3tYdgH4Jjz22XQPHNfL3rgTPeeNefssfS1IEBw7JnadG5cEoz3lvWnMFUdBtlbt31QPjSLqUOuG9f1LUYM7XkAz0PZGxKxEXxgHS9Wcz9gcOTTy3URtvdAiy7CDsYnQnTxM6HXVLZPlC6x2CgPxa2eLsDvR6mMvsAtMfqpD+tylQiZ8HA5IBKzTWjL2T0+H5lueQ/niGc4mrDP5JI2Z43TaIcAktd+Mk/JyiPP0L2tFeN8wuq2PEetfTAvLZdKKnIC3dj3ARwWGOK5z5kMCuIchnm9E+BFnODSzVIcZS5cKOpzF33ygutmdijoRSjyZx+aF+BJJj0Xp/hwZzv1MfcgPDh/QgUDeLc7J38YJDle7EWMKey/DMXAv2I36F0ournqjLmLk5AbW0kfN1w3OVn9SygG/nJuw+b43fhsbMiiowOnT9B5tbARFk0luOLxCaUu8FZcJBM3GML3LsJGDcxIn4pc3pKeRHFPVULuvhK3lpHmaNShrLzNd/+5dYZ3F12MQqWohs7HwUdY6YKjK7gAYzJz7ihkDRLku6hdIw0TpuKGuKdKpvTJRb1xlilZp4Lip2YsL9LPtBzKY6IiI6l4AnbEyAbvW8n9hKtnI7f2LdAPbeZn9iNRXVjGqk/cy+Xj1qb41AUWhA/Jf6aTr22Q8OCBdnuzckCVQj5kt/tr6l8vaaH2nUviTPUf1v3FzW/81uHSE87YYzTrJTrHB8dzsMbZF9N9l61BSZ/j/X62FSzlOlewMu2T4Zvd88uI07iJPqLgJWV27oa6ayaHZrJS4Dat5iiTA572eCxV5qE9CcXZK4AQoxvZEpSFNNkrt5TyimN4H98ZcR3CgsP0Qgn3wNt7GVXLDgPAuMXu1E3DL/NlZihGIL/JloRGBze98d3mXLym9V2MhjEXq4ukldtQxQgx8U0sh3kJmC/GsTCMGNU1Ew9Eqe3xh/Ik1dslgYgyaIJLb4e6M9+lnra5/cHfUbvJCbj3l90tSYCPjHS4tYpx5knEDfoJrnQo2NlM+eGTMx2+eiQwlu6uRL8Qi06dY7647a3Ca/rhMPkKPJwMzv1tol5738WmZFIMlDRTEr7yB/ZejLvXPqMcIt2Pdx+VaJ4fPUhmYPIPQvHj69Th+f49FJMKfffKUPSJW3ncPAXeu3du/yoUk+jPoZhz/jSklC42xXIHzm4pTuTUxbD+MrFCpZsWB0IP20ILq68v6/sMnuRrZMWp2ur2YkT0N9b7fY0pDu0UYa8m0Z+nu/7Xn/zjg4GvT/5P26hIg5Gg+ygzOz4NaNxzb/cDTIkYm7a0t2kHstyqjmDWZgavV4kuP1p3f94zMMW+sJQxmVqVNcPkvD5CJ0mkTLfRC9jT4t2+hNB6sbM+93IyI/Xb9KMikoWnMC9Sl0mefPfw7TgMfzjj9z3OupLCjUpkuwuHKe8LBSO7A55Hmkz0Q1lv9PyEtHRRcfiWQZGCX0H6RcUTx8cwoqHsnXc5T+JrdadHzgeW6CW/VX16nTbXOtyQdz6t0wwXxINp4mTRSK+yYdfT7g7OdK0IMpy3EdOwbULnOhkMcNDuY/OZ+HUzJMU1OkveVjSxJn2qlabZ7Zed1ISmUmBGSiYLa6HKlIz7EcTxmHlcBwFpdNwHnj9KqhsImRdn1hxKUT+rlIOoT6fSz5i+Vxnn0LHMEbWU9amnUD0lvA+QxSEDGBWnedqV2aehgqw8Ac2YMOf8o8jDMHo8Qgd8a1wyywferubLiY3kVpafXIb4T76yhwZQtRb1vd82jFcE7ebZK1P3a8/wozElsRYoGkbQzyliwDUTzQefXiFoUrv1nZ/k4jwUoKxqEBq7D/r8tBuUDuzCxA89CCsQJhItoeEFEXi6mCjaVFPQFKty5F/Y6DCPEU9TkQIM7qNlMaic0Kp/yphqM2u2xR7kMMGZPKUtFo+kZIPJe+SGdGDFYKnOaKoGPnMT8yUQENTyfoOXiCGyhXLi9hEVHsFmDfcjoqICoorCqYr89lvlBMsWUbEVkUcxSLsA4ftJRv4FgTqq/abQFllUY9NUffEylf1dDwb8ybi+ujIYywkKwPjqvzzVu1oHm+JKWuhLtdKGQ/rVAu2xs4lwZ8q7Q1ZRjmqTsGZRvFaLhXMWu3FS1Pcm7UZ9NRwS8mxxAeNJZOE25NuvhPMReFgbHxT39YZfh9ihxxYXRL92QH5r/gTUCw9GvvklfVcqTlpeOK+N/P4/7jkG/tZ0TEFJaOD9o3KJWRJ0TOF3bITdlN+4XwmRAd9L1dGh2DxreKoVM5LHhrdch+SLU+a8+NCCy+GdZjuO8uo+B+45dsKpE+orE70YaCOjE52UtrpdfK0ulyuqWrccOkqOfZ/iZx4XUXOF4KbQhYsDU2dxC6b8UzULV8QRhgPR9v7sVbdEbNupItlkNeu93Bl8mNty9zZpzMV9C6TXEq8Xv318SvtGGrKKe/keWufWA5K2QJzvLUxQ4Uqnk6tbCZijHDhMLEJNVu9kukOJUcaiMK1v6I2VZ2NUdGYS9FTA7QYojO+NZwDNKkSAjNwToIZW+aKZ1hl1Sgka1F5iJ1411a48pjv+VoLhdtOPDG9y5UPbgHusWWnoWGTnSteVHyq2OdWvJEL4dGXGY9l5ZmuJYaWK5wmJhVvtLA3d70hmclnDN4BSvmKNxN4Z9B5DKTfMScM6XzICPAq87WII/D14BdqGM/5GpfxnfenxQSqfXEdoZJJiwKm95c185qX2bBFPckuDYHOoDpavm8EWaPqyRz5gjcOl4NtriLgJNWGQWB2xmIP8cQOMTuVaVnfren+Rdh8O5pO3u9zwM48SK164XQulVtljGvYGVB0IOJ/SKzNz2GrmngSBLlIftqBcrtUqYHVDpQfhUgNeWVo3dA+cTpjIftdr3lZC7cWJigzs/aHDoTe+woNvJ8A4AkrztMINGubV+cHSjKGr35Z7zwRKyqKwi840Vj719xnf6Oh6KP5JaShLf5H69ffuMYlUJdDYLux/PsJfWcrlhuif47jo2qz5XU6GpbZNNDq3CXyq/SoQ/1MBuco48BDcpTVB3Pr37jHpJNsfQV5o/vQC3pmd+zCECLb+peqzJreXzeZfp8vAn7YnkWZgRB72jqHLEfoa/jWsID6wPv2t9ez6I/Ii/8H+BVNUu/w2BhV4fY0PPsnfF/98ff/J5QH/7vr+k8sD/t31/SeXB3ybSGv9qxKUn0Q0Xx1a37R6TD88IueFsa460KT4W1qrcPC0bQyX5ag1MvcQL/6wL/NFlCyGOEYrR6vvcSl99EyJ2HNZ3evr5/M2J0ASdxGhE33e3xplR46P4AmIkpWYvepvZ+AhUQ3zhC7Z8nBjZ4QQNWttW11KuyVTH3WAXCStN8cIhpehvUiVrhxOdnkrOgMV8OSNq2AObpzTK6RMDnsHd/PuOtvLz7ZUvGEdAWho3+xcpzrUFfc+n4EfaZbvY8wnlt3h8QYyRhX2OfB6tzjXXTuupPw41jcs7Ok4xzSwN2dLGUJIuPljszTspo+iJL7cy3w/jiEY6TMe2I+A8b1OFOWCTVIOpUVwGtC7uG0LDICj873N6gpPDAX+q/mCv5xF+PUo/1EpYSvMI86NRlf1ZIEt+lXy3ectjxMU/W2S1B+vBX7x4vgHYuAY0ipMaojf4WpcT17y3bCUdwn/q94t6htyNrBMmX11um/gcduetw3qLwbGHsotOv03amDMNijE+lgeJfBWTgfmIP65YDTBUFMvf4Zj5ddq7W/0XfvoS78YApqPrVlm2bTQTO6Lt5faEWg6ZVcASNOlQFvDmeI+kSMjeJYy3peGg54sfLDMbQZJLm1zSuC6A1RuDWG5lS/aW96h+UQQGDAfrHled9rt6I6VxIw/LUr4IAk/qaz+guggDTJq1fJXnx/yjeNK0HmOmiC4qPWMcCIBEP2N8Ii00SeEHFf0VOcUD7LYQs67fsid9H6escfafnxWa36v7R6HovTa7WaHj3rH5gvPabD5QWEqihGfgUqijbcjECvFH5zPnWFyS2qLjvb+QYWA92XwKfiHMucqPkc0zyqCk/Fi91VDuG7/3yoE2l9VCGQqtf1Id7q219bJ1xUi4Vfmck066sJkvwm3X55z08gfM2EOWIs87Yjv2hp2xl9kK7+p6PDt+/p9mfLOX9R0viQwANVOvmdpmy+KiKq1umm1Af+mCSJ+iQN9rX1VEEBe/du2/7xr4H/Z9p93Dfwv2/7a9Y8pS8DPY5Z+m7JkOysD0Vd0oNhD1wrS4smWXaNPRQXF3J56LHcmtlrv0AT6Qg+7UMDnMtprnshy9aKHUbCe4/pKrFs7RFNP8CobDh0KrrLNkn5ZWCWNPsL++QpioOQpuYpuc2Y8iHMVEFN3qEyla5ehrP9kytK/mN9siwfWHgknquArAqfC9GVr1I2SmTX769qbkSpYlgzEO8AZ7Ld3/pum1e/jl6jg0dw/jN7m/oIVcjLhj3n11N4I9fvpAspD3i/wtDjKJKlTzBM+IWmDYWF8xVEfMYboxxWK6RA3I4hZB8/SrEalIjPTZqfmHQqoltQIJ3Gfzze+UH1FQcQjgg1P1B/jnKUqwyJv+67+k86Zz1fsxOjfTU2YXz7t3oJZ0YSEwj9r9+Sm8xcT+64b8Kszj//quQV+fnB/PLc/5Cv/r+cW+PHg/tXcRFi9vuefzG1TmW+lCX8xN+B/9RI/dg38L9v+sev/4tCEkT0Cd1R0G9qQ9ejBe5qIQlX5KwS0+ck36rsl/PITQ5kZ6UUXwuQpRPwbBJnWwF8s2SaUH+6iIUo2qxy3/Zz7RoloJfMvkJoyamx2apu3xMh+nNEgMgtS03LLLBajyQIx4JdhP7CsnSYiyB3JQEOXSq47gs29BwOC4vi4FnJdWh3SyMi7QMnjm27usR4S+kZcvPRYmZt4xEpmISsqIhfzJb1nm+Racs5voODtmv9sC+gk3KOIkPddhzNGi3dcIKTjU87Sx6wlwX71Ipg2NHS6Uun4ZK8/fM5bFQmo2TfBcbN26M/Odjar/dzhW1f1LZr7NxctCu0orUMhYPE9LxMmtFDqZuiTO/ikLyUnASKGWQmoKzR/bjCs2lpt0Ep7At3E6Ec4P7tSj80qy4WPlJniqxmS0WUJTdEfdr0tEQ8EkWmpSouL7HNlztI+TvUCEYsOD5+nPBXzZO5PCxZk88mJ0l1KS3B1zSwUwxBZnYHGAQ8Xg9BNrA6pMJhyx1Y1B3GoIRVkZtDlX4bLSBr7RBr5fLxUIUAvn4OCLwd1wuHYUBlw+MlePpuuwZ87O3qX98e8sU2qcu4kaBZ8J3uNr0fo3kz0Bd0NGUo/H/z9Rtuj0q0rpAIgJzGv1ZZd25kmOfxs0ok9eqFk3yNppm03PYibiMsS3doOpzSfj5ZPYLRqklscWQAagIcV2E4W/BbtN6aGyMH4nuKBjc2p/+95Tv/y0IRO5jBHoyMRH9F2dvV2kc2VmLWpUr/62yR5CyiK5GlA2y+A/O04hvzXg57kY9XbO82GkVR/9K6ZI5+LC7v/hDSgFIrGFW4oPfoCVz4oTo2THVW++8Fag+B1Upqt0/U152znoDkUxp0fSmPdip3WH/CLBgpV019TurD27Y3ukVnq81wKDyiVEWl44Bj8zPKSt6zL35ej0drq877QyyA7Aba60YIDc2jyY7/fEFkyJM+9SE0cq5u1xIoXpJzR3iW9AV+ay9kIevFreaAUKgrc5Y7Yu4N1JWB1zuUAHB3T4oS8cSH/KoUqlnxvsJBPWvjynkqYHyubG4WvOrs+qZmakLfR9Kn2Z4oAdsTnIA9lQqrjhL5C5vX1xMnt7mVOJd3FsVw1fzmZWWLvSe5GRE/oqCa8pS1jDvIt3IFh3fRl33waxyjEP54Srj+VejQbzNqTHWoq/BmLlyXOSPrOcgffP5Gn3jC7mUp+MnkT2If2Vj86L6zZwjBpQTFOb4se0FsdmuI22e5ToB7MjteyT91Cp+wFgWqQdGeXj16RF+fkPSsU4ZgY6X5JFOy9kwdLgJ7ywFQK5D/G9WJlelf17Mk6boNqVs8ZA2bqooYX3MifQPpSRPvUDjQ0sDiGrJFAVbujHjwCatMp2wlkeHFWQ0+QdgsR9Hy7ap7ymtE1LTTPUgNIgatMK1Vejcx692c7IwnkVEjCvZfLcEqihyQ1SRL1qHEGk+N13tjNb/k6y90tikIKMEmQn+jD3Ov7ZyxA9h8E+f4rB4L+rtLpkKGxCR9Ruec+px6f3YDMHdRCwzagv1nNt/bYyP6pPRYWd6kmmx95AcHBKLdxLZG9oinUvkxXu3ZBqYZr8oANS9pvYZS8wucV+b6HT4ZuL6cWck71Y0jj9svBGsDfxyr93hZ7fSnF9mIcVGOk6DelnW9rh3p+V9rhm5/npM6WagWbRP6Q2oF/7IJ2XU2ym8v9HZRhs5xjNk/LtijmwtPSptTsV0HwD7mdwW44z3TF4sc08V8H/naNK4oC/iS891+c69AIrPO2r7gkUBmfkQmp2OFfSyOZEAe5B9zNrVe1ygBHhUUUq9H5A+JPjVdz7WdPfMhWccQUEoOJBOD+SD+4FWZeMNxRsBQ7hvXAGjenZJR6UM7PirP7TURUdbbIxY/U9s7sWYwRpSBUj5YFhN6yefYDdaBjhXxnSL1bkXEskSUCFvAFbrURHU33884zy9UTyAPfN7x6U+xs2k0YnUDjjultoE5ZnzZz9GWazIXEV6RwVqH2FqlPqpTRlHx6jYdEUTKAh/6qtMLqSEr8yIEOTOdi1T77SlVPOdgTe0rLa2H2gfAehEM/AyKxLnS6xVFxcVfW+iAq5PihiQbx4xXP/QdY6YdK3/n3tAe37hVjp/S0tUxkepkMVmLd19X2ajHRjDXhl5ybCcNyPjqOQFvMG7yQA1144XohfjlnTw2DRBGkVdcbUsFGJ8PTEj2yJ+Mn9Dg4gu5z2paob3Go7k6EcKdDf6EEA8v5hzii/eku2J0iIRm/oEb+iRn5ZCGZgNKBPB4VeGP7c3ymDu/1DY+cqUKKO370AJRNYKfvKd+ri/xY4Adkpa9P4gdhVCWptrWlq83QfhJlm+zuBBo5PqUeSfCI/iK1ewTQElXNL2cmmqqL9ix0FVywltfgF6aK79TsavH6yOojKGOl4NdZz+6wcNLt2KwSCyLyV+m2tHBcsPEBPnmhsmvOTr6VIRUNFYFgXjH+UinxlzgODaAI3HFBU5T79LQnigzVUyKUMWCnXyeOfpFkAn4xxOqP4M4ocqG8Ut01+HuqWMpKN6TFKiFUy3FAFIfca8Cnh0oXvfF6N8oILDjOqDttb7UeT90wY3kJt+tLLD0KsxdkPsSVDjebG7mJYRwxjuYaSJZ7si6n4ILBJgqCB+8MxcIOVdMDg7HCfp4D7mDKqy9UjrHrnBwnQ5kbAhpmfJP5NwAqzo6tJnzErf32XUFse4dLUpQnohQ3TpS/x3sZ2Fmf9haB2xUrpXimoaoTZr3o0ApQjpD24LCXdUbE6yDzqpE81Jii9b4aYqNOpngSmPWBYmpLlsEu2DtaYsNIHw+XDhUjA1phEqWk3E8x5VzUt7ujrcReM9uNDNp7+nlLipTz1HRHLty6mJutytlC3e8QYwvM4ySA4fZg1g+8NVqv3JNybmEwyrfmMPK71k97FDvn8Wk6MFzrAWH8kamKjGiK9TVTGG2XD2CoZLrBfIMkcJD8kNzdIisUeaQVYxb7EsiL0cL0jRRw/u1pSU6IKP96MW/UtGYmkxUTUCj7xljlkQxe7BddXDlW8Plw0nLnrMd4Q25HVmofEJ27TLzbnyYOJ6jRNse36dsMTj6Aidk9SekSvicuzCr+Y1X3t4vEdzOcdbDnxVvJ99X1xd3i9L0En5LgA1dnqycycygov4C0RKI6Mfjaju6c/kpd/n2v69MdeMQu4mx+jnCTPRQpYt5FM5yaJkZmow+NE97B27K0wNP3sypPj39wwMF9JcvW36eD8ZbDThhJGv/icKP7mf7++8ON37tkepVhsTZlr2CHTIV1UeMrIH4NYfx+ALtti8tzy0YM54bDUDq9yrhrx8jjmo3QRpEu/z4qkdNaIOm+FtwLUn0pZ6s/wutkv13I5p91dFDURb6XzCL7H4MXTeQ5hXRTmJNnAunfPrX5XrTx1Y3A7l89tS/mN0Vetf5a+zol+b5W0xQw/Kz9wTk7a/+WTaLIRKVZCQ55bgu/Kjf/aOKVGXJ/hb6pAjFyXR87v1Ma/dOEj+lig2YZTy88ebzmVIiZ3sOwCGnLUH2d0fF1Ob8hBeBPUMG+bhJy/b9NjuZLvOj8cbSi/OnuG770dZmFzGpT4Gvn1/zA9QpRg8jGXOP//VP/L10i4Icw0ZfKzU6bWUJgSmzaTJ/bdYtRy5dAm1CfS/hsG5T6yPmj345er0VVqJ/MaAMt94iuiDmvJ6WXdI50+1Na1Si8HOLB3NybgRr34AoO2cfdbsIQnAEeE4nGx6K5+el4AmRI1jcW3T4+UUqI3hGe8eiVWlIRHeQG5jYp9RPGa3KTTIYmYteLosydyUa4U9j4nDDAJeE2TRvXCA1qhInp2d/3Gw43t4qOYPgcb58gp3mrru6hO5ooIfPkUh5+//k88v194VRRSbf8PDNLWzyHSLAUNCJ0SrxSiHzvAAne9DiQf3PP8N19chEa8DcyFPojRoOnK+wIQEnzCDpUSl4uUhlauMs8kcQHDSR1y+hikv+qeJArpYeczTj/rksEfBcmYv8T8dhTH7rmRiOLRrcbRZzODVEB5wkyMBb8C/HYC2bK840oN+8Tbg/HoIuNYkUqykLs/aAqziyBeOUxXoblMccpg345ym2Gc/rRW4jYFIGoPD1hF3gcDex6LPKh6u05Ci44ESZ2ib0RGgDpR5soYilN3OGYoKqoL7ZRtagmRv0pp+2QLQGUT9zFOGHO0j4x6taqyGxwiOayedJAfG3WcxHDO5eesRl9vcO3c+XTgrhL5hsthrUtnbgvlfsCDqZb96nlljc+W/KX9DgRDliUOl5HD5PzLrqcPWmFBlOydrdC6n7ePUVKBWh423CzRiOVTU88chTtrUQnGeZavyCAX/OovM7ZsxNyk46y/RVoTWwsaeiRjjcoqhxtwYe3H+EanJNZp/YzNAn2n+ipzV8+fPjdhxvpyBZOZ29lkPLTraj5Naa3X0uczj9nYRmLYY3vT9BXOlNwodYOnbnNbLZSafLHSNvQvtZd1ikA8/2E47f5wwVx188XWdPakGF7lQ5+NCPmP/7g9ze0fiNuwJ+Ym2BUX8OVvhM05osyfcmektuF874RtG/n0d/WvqYhcBdBg34maJr4p6mOMrulvuVqrYW4mGqJm0h+n4u6t/q17pgWxV8EzV0uH/19Au/Xz88jQdxGtYpN+l1u6fnjD35/w8txTjEiXQ/+761lKf1V0/6fKrl9OUyEyu6AwPaNPEf+xacqYZ2frxcYPGMRe7Not1Bcmj3FthUrmrPCD3/yxIebStFaAwbCc2/ld8BbTAyuxVoGOfuUWs4XZn2Mj1sJ9YqFpdFHD0VCgAkmgUpqBjMuh6mqqe6ibpVZOfsAzMHGjRg6hH6FwqO4oU/iFsPzffLmZVHb5gkKsuEEL9kXjMXSH0fA5faarncCZEdfa4CFSOn63V2IOEjzAekWLpMdLz3gp9UvF7E3BJV5LiOE39De6JJbZ6nxNAbPgjIEm8Z04Pl0ZK5AnmGj3vNKY7LL+5Srq8rp5/X+QF9nH0JF4Rd2am04XMVq0+rstRa8MyzL8RwBFTGDBoeHFX3EBCqJ+48aMZjd7JNUvicQ/+Uw+F+OY9OMm6i9tQz96BNoz28uwUxneZnvGvpL8vArdwj8i+ThHx6UpVQQzY53wBv5cOcmhXyfQUnIp6zFY1ECiVv5eYTeOfkBYrcsQrs7koRVSMkDkwpVjUJtqXcv1Q7tAvQFdi6Dl3MvcvgjC8omYkBhNY9x9wLRZkBZIslaE8rjNmSHfkdZNiD6rqQbM4VcY8wcPtXCme9ut3u4KV7fo+MLCFdHNx7IxUhTIoDCz6fCLES3Z9RDZjmkUEsZSxH/1FV2wB8sJmd2qYQwy7JVWgzhYrmRzrV2gj2o9GmH0bt9KLxPCaRrFq8A1uSbq1iFJ8BW/Bw86a04iLZIqvdIHrRCQ4iYAFoCq5HpOvxAB/dlyvzHcN8fy0t3tKGThgCiDeK+z2TbofAYCILd8XhF/ZNzLDr68qDZH0fGojV4jExEjDyTZvwY+wrC8b83lc8/Hxn/197zy3kC/8R7fjlP4HfvefzJe15Q8msu7ss2UPU0f6i+fV9zrjXtm/f8aY7Mf+89v5wn8E+855fzBL57T+ab9xSC7d91qduv1tjUQE/K6oHoPD6hXQVkzqfmPuno0nbs5LfPk2yaiwhU3WP+SKhMMalCjqfQpKK0HJUf1oKXPtLVeH8kRfRRDxiQlwHVnTMFKervlcfAZKzZiR5NcYKYmjaIuKGB0dM7efNXRxLAv+up/NmrWGLijC+d6QaqeM25XGWEDYzBATl88De38sOr/Ghf/7l7XZrSwXueLoARSnd8CYirepoFWxw8fckZzJd9vV+y40dxPddSQqneG5Zkj0JZUAKt19x8da8jp1EAalHf3k1Dz32dcfIzjaV2r83+Vj3zoq8jXiAz+tWF9i2RKyJ7EpNI6R75VJzz/fx/rnvdybgyVz7QxDtrrW0JfD0S/RzGThiqvxZgtJi/kjCjgXbeJv0fUkssx8ExHJYh354iuw+x10KhZ+xCTSbA7/qs7p9e9OeKsy999u9ail9Tib6GsWineNcY87umw0+LKlv8pKUoaarZbNwPTYedMlPv6QWeOSQHpV4MDh5S/rIYE92EH8fDu/vnF/25Xa4wT/W/6l4v1pY06qU7YpaGKOngFluQ7/S9YaOG1anZBbYsDVQKamZVX8sUV5WXQOkpSGMNOJtoOhHcLG3O6C7obSrx/VYMH55gIObtihRUexkwauPmPNq3rlkTWQjRdcXEh5T4ETcS9FaenhDdnwVuMLG/nY8TB5NQxZIXr5IfjbujMIA//HzZ8GQTEQFFC7T0clyfshGlXgllVsGJ6fAUytCN1u3z6bMS1BVdfcS0/FJ8qy8BVN+wT6tHuU/ofNHaKwdxV7QtrR5U0l7U+ry29t28e9gFuVA+1osYd1qs3qOAvH38AXDK2ZpDEUsKVQpG5DLAcBlmqN0K7X3PVRZymMruF/7J39oCJ7uSQ9kt94zVJp/7C+yBKN7QN2417cxVyLsjyTBajodpaq9e/ayPsr5uj9WeTRB+OmhpPpkIm7rdu8RHCutPmwD3yccaWmkr1t3vIR/GwifXbSTIOQJZy7D/EmOmD/3hFeBH7IL5iFhDyGzbpF9GJd14QF5i/xl+zsu2V1VsRB62qjksaoIs74LkpkEqKFW4533zMd/Lo/w0jUfL1TOwiv3wrRko8zjcY16BMsdQGzivDhLX2SZXUTdk0lWhfZeJfJ2I7tzzod1YW7jz/UGIrd8pCS6/ALuBGhAmGkrBDh4POsVpo7c/+j7ZFPMddBbntjPmnlWsGLNx3jXpksW6+bmjG/8mXzNw0vU6OPnp/GJOyn8iiwj8THV7LPceMF6xL340w8eDQ4wHUXBbp27/pnudqnHv7j/0bhT8ey4c8033H6q1s1QKM/Jn4UcfNh3XHIp6yCLD26vQfr1m4/OiAdWOxDPriJ20PEucqB2FqBOeTmq4vtPOSG3wTs3jG2I8QQ3uhK90mdqW20dEyrF0UwRIGNW+LZw+VNqd1/uoflXPMOl0/WZL3PMcd+IkKRqdzeo5hJMa1zdi0mddbpUnQleOBnz8iRbkznjBjwsVsrju2eWKJ7M9wtquFcNeiQGkelNycRAd7/G+7qv2FFKa15nUtDAgoIvZQ+qC+7TvotLMZzbbCMPHGfi+d846VlSsgy6EVleQrcH7ju8dlO79zrNw5/LbesVzH0PO+yRme3aFfuV4U62rcXuo29jweVHqGZxJTjcZ93yNgVrea1OqszIcpfuRtj0CPEodGkFS2hH2E+t50UU4UTZ9Hx/EMgud1jA6M91j/JlTU2fwBjjgxnPYjxPKo22/NYBmUfajtc07wjNDoVSSfb2/Lc5+9zKcFr5QGPq0QAHjAyOFI8k4WYEwTJtZr6jnfbQaCAuZXA0Hf0FZQpDk29Y90YnBXrw/AoogFSKY3r1n24Ezjr50yyb82ZGEmt89OI28cgA+MIoTwj6sakKUDp5d4A7inBvT+kMAP9oJ9w7scbS1PxrTg4aehDu0qNzGhiqJ74Cbga588HK9WbM46W9cbB5ypMHdWFhE2LTvl1uqknya2yKJyRm8fOYfhOD5S1YJ+x0B05TR/FqT3f57pAX+k1D7pykoNtv+NdL+ec7wt1p07SvzWhv7ixHv36WTTtX+fe38Bl5Z5/coC/wnYfaPKDtt/O96MdK31wB/D7Pif3PUGgG8OigtCZFK9GDkYNwYVBDHZgtLExI7fBpM0T8VlJ/VEjfMEazLKoiEFQMFqsB9aS8A7ujxVFRPVYBLlxK+xEwLbJarfHXHeK/udDHNt6wBiW3kp50Z7qrEc7cyvUV2dMMwCfCG862CQdOuyW1pp1EQenibw+72md+OOM8yT47EMy22R2avIoQ0uXYDtclkH1aS3mMKGMeEjq4Y83E8Bi389+LGVMtkuiVwtbhsfmhkbtWsef0II3rxNhR+ZtHOj4z+5nDIHgCQNM/H0oG+VKlP/7VGhAmeqZmQ1ay+Mv5oL+Zi9LkPxy/DINKJvQnZPY9ZUGxukO/DQDO9TDj4iJB02TZ/z6pEapMwUhhDf3bKM+Y+h4WAI5j5x4zjt4tAr/FpOSNm3oj3cKsAJ9lwZ9tFrMCfR2wiXz1frPnikvf1GL1IVqumgjeUPpWTfJ5aL1wpWEr3bjOwMhCrE9Bnvr/JeiTEjDlZmnOHTCTOYApR+UMcQ1vQHrCQHmV69DtG32Es8+PjxdywgPFp5FUAt/NVMkQ/cab/aQnd6kcPfPSHJ5QfXfCOJrAzrOzU8/pLr6u0Z/Ex1SKTSygeOh9zBKA/EpMoAyMjds5qjoPS5Otr858MJ7wcvhfV/G0ixaGH3MU0zo8iMs+l9pLna47B3F1E4HAJ4uSFpDq1OwQZh2a0FSWJ3nXxmQTlxOsQavA1pd7vLXT8porXk/n9tBT4uSaf/o3Q6H+ux/+jJtaISl5+WOx2SobtEDODAOTDCM2Zd6KTWn7U44cn1Ra/ePHvr8U5aWCTbw4G+F+w/J8dDPCzh/ndwfT/0rV9PwBGZa5BcoBql37suFTZnDUEA9sMdFa7HraNDlQmdoXwAq2zoEjmx2F4OnUrv3ymy8fTRNIXtbMDilul3cgMRdqnpryzo9Tvoanvd0cU3rliS4wxH86tRKgtpUwsUEGQpqVBc2sdrYTruQVy7tZJo35XBzpwNOOeuD7SVBz6xFwMXItZ6tO3W1P3oU5RFRYNT0ZvQUAc0SisvIDJgOfpch1JHhwl68oF+Xl2Fyyc5A/lTLkD48EjnFrIeEDvr3PQRAYlxnJxMXQiZ24hIQIoCBwc7WPUocmjNrG1OnTdphp+gSWJxubiln1x8s+gzqDFDG4eHqo3jGCn+zl6Yn8mQKlMVfxkUEwNMNywRF194Tjs4nFAh5LuTmS+oi1BOx64Pq9d7ClSaJpn1KNSur2hm4DtiOFdL2HPjWowKqUsr1ZmbMxeOO7RAkGQEryDuojK7URxHVogjLpRGPsR0hD0RY8B3jGJ0sxt8NcGpkBbCt6Yn+Op0eYZfkjru/6I1J6G7/Xelo9zS9D4TfscUmxgF1gKFAJ9yTq8hx9lOfd6U1xot7r7YZh1ar5KiCiiAxv6mrKLKYJzkEy3d55yTn7obuEzGJ8HgEYvW0gOWWp76aUxL3hDSG400cH+CLaIyEPq8u1NnFjl/XBphSRdajAwApqW5wy+zgh4ZK+deIJmDRsf+vApqexYpyS5MPVo9jXSagIt/w9yb5NLIIlbqCqc4MeEo/I5x8MRb6lV/H/Bvau/c+8X42DfzwP+4N4/Fv9f5t7if829y7HyDtKsExctbuayYiOojOJdqN4zV4YVlwOfz6NzMnfh99hRfNiYOO2++gUevKSGHOZHOawe3+PzbX+4+dNzhVJRsNJiKVXItVH1gA4d6yNdgotyB+qe9OZ6dEfOWLPmarQvSWAuCyjeRXnEPSNCxKWonZ3GmkAFW8Dn8QYS7MJDUcBwNHNgaFZXMjL34nkbiql1Kr/jCsE9iAIujKN+3ZgSzffIT3Ay8e6oFU0g8CI+KIySFIj7o0fonP8mP2pErxpYFK8B7NVqu77FJoUw/OXHu/p+ERz/LgmCe71x04CB/nnTCukiWPqUPHX+Zo01Dgf7bk1JPuYY9R5fjJ/LrLuArQvpLzlC1A/s3XZ9jskUqgEx4gJSJBiI723C1Gu2Wsg7n7/bWNGESlrktaRgXZE5MtOq1rH2dwcvYtgrsJZNmvwBxIQPsJqpQ9gX3gg+8VHpDo3DQ7SKI+Dc+lZvsjlJ2I9hfjI2m2T27TJkxJfROhDd87JTw5gsb4FDmWAfrIoyXTRfWH+OJvjTieXr8tLYKeRZxS0LI4q5CR2N6coXR9bRe1YCq+aY/D2gwq0uDGNl8P26WtkIkUgeR1DsnDYYyf5CFrSNrZBIr0cs7v2tiOvy6Rz3FiDC6mw9rc9vDfzUQHH3SLiZqEdk7mVrxgb+RJXxRFmWdVuPI9ERqg8vDrxHvWkNqfBAQqPUaG8u/P8U9yaydE3bzy147ZL3iNqUmA+u4+Odgf4N95aEvGCeDO1j+7bm44RWOuryx8rAMGhdyEs5wvd9Tj/Lde+N8Y4rit094U71cRwgr/AXNSzRaIboK1IRDcx2XN9FsL4VIp8Xed54294GBm28qi1Vi7z1JS9c2Ex+p6BJA2Nf1QZcYvmHkAdX1T42vK0WGQaROb30nVEXgTJvN5TQWVOsZa9TFcRD3l52kKoB8RHg3cKQv2KiGxR3x5hRn+yzHlKeO4aIzIM5MlJsXOm1VkEmHs6HFLLRiGusVOqI0Ay0A9oVfmvMXF6Ef+faXaBaUyKFIWBHUiZQ/znFxZl6H1uglIslYqvg3yTh0JWS53Ohl1gAdME5aJ3m3coB4Qpd7+P+awlWYRciByWnMsRHzWRisX1+dhf3nZt4kEWz9XB9fSuCCyRTtOd8S2w3BzGTvYxbTG1VNxuX4uX3y+35uBdExL74U19cqgYZgljz3hwNUNve2pwCaSxecTzjOEvF4FXIP1agw00tTHhQPW317g3Xtu4LzlPuensGTihqElQMnZhO+ld3NyDTSj2FHnMG3vtuPXQMSa14nNbSP2Gr07vdJsjVYi+Kf3vMmyaR7SpKWVy5FzzJgkwFBPd1fKXWqLoWFL1GJ0HWpMy9O6vBCGz1djhQFBlqefQS8zkRv3ylNngIlL09qncfoYBnjYh5QmFF3/sy4zNCdMRo5CZNbVKCLcbXvZ7DyXpl3pu5d6D6D6ahdzZNU6L3B/dOgv8vuPf5E/f+xre1v3Jvm0R+y3D/v8u91f9GvkYFXEj0XOl8vzXdtjMCJJIsN85WDmO95/oCQjY4bHxbb8aCNWSItk5+XEXEjLSiYMqeAtByIOwyTdH+c9exJjqzufw8pHYowftMIPf6dj4T8aH0fAaSkRSed+HNHC1yIzgvc5wREDAMd19VLdtuP5CczuDGooGPeAVfOiuXxwcufQy2+EPtTu/ZT0iLvOL6qPV5JIrFT4FHezE9W1urOn5BlPa6EU+ZYUx1mNRydUnWzZZ9we6EaWINl2IuGWx0OvpKbz/pKN5WYPVKhmsjSa7TssmR99gQ5LGbbcukSlPEK6UxYifWMX1fqJFgn/Jktq+uQi6PTE6pYgPvcMOJ9xxFxEubL/beqfIF/6eVG/ksYiY+xrFnd6szQt2GAatqyVFX4sbl0sKLdl5mQDznIcejoYq8uxdqSc3DtN2vCWB+SYJKLfULRiytRBcY6hCGa3lt6w1Y/ujshyyndQLYGPtiiTNrIzuvsDc4StNZvUC4iB7xXkn2occCMSTOpLqPjFPEh4otKUKzw9J80oqZAY9kfVXSB75fiwTRw2iQHcvBodH5cLusVqq+SYRXVAkeiQznlJ562f3w+NyTsWxeTAgk+DwVSt3TiGX30qHyOXhCxTk1ViRU46tCfVpXyLE9Pbh3sjXSN/dWncqbhffx1j5JAK0UcVbMxn5GeO4U4IdvVJhY+CRpz4V5EJ3lKsj6JPHfubdItV+HzyH77dwQ+PvBIU2hv0m3FJQohKooeNc/+/de0xgLSPKyl8TZilDlAZqe+K+pc9Qm0her5/meZwwPw0TBPUOLWsOKgqJv/kFrk84cwndbB77ZivxFbzsNAiLfhC9TPUWeqwPE3b4qJAPEKWIkKFK+bEXuX0D147fGC+BHkeb1aUaM7ENwbwrloH5RwEkdgadBX/WKIqdBX7uIPXcBUhrdFCMQv52BGo5AFqwneiWUCiSuHM97ek+WxHfX9M01ka9138/Bl68RxwqibUDyc7HHz/o315fIXnzbOAmCqJ6dOgSwry3ocX2syqO/iQ2Im9mpvEf+uxf3zrsxT4r7qYiKBmybDVXqd3F5w7m2637brlrYfDtfN/nriP+PCcy7av35NX+eUnlevo77l4MFC5a0caRQ2BPfdGl9IqH7OVQIIJZkQCYtnkeaQVLGQCuBeCB094Lhwjmy6n0LRLEauxWnDizcmqjm90boOwQ1zMrK3kAK9yhMgFO5nosfvB7UFJspMumxZazWfZiGLfOO5cV2OCJWOzJyPRyH5eUCVkspNCUFQEVCttuGsniv3htpkBHi1F8LKT1XeGgMrYMH1zNWl3Elcb/M5VGB5J71h8M4VnsQl1fOb7uIluZLuh1hGyLY9jRb3L0IJyw5oYPoMVhZ22YIQRTa8ngmJW9jrxF5Pz+9H6UaMGMoPXYqeWh9TYI1hpctFBS0cxxisQ5W58UeHY14mPmf4dH0jbOm0C0eXtinSMk3vgNMQLFbRNjimeYL6j5kTFxwAW+r6zaj8aOLDzj9dItwK8bUuh2vpxU3cUfRca1PaogRQPMQmsNrIj25gHUlzcRnDuwkNoyEHfHmYZUwMZppOT3DgoZwJnCDnn+b76oXclOV8Ak4BX8pbt4W1J0ec3lla7JJbxgsU0u03qDIuAlyepuIGuHRyCq++jazhO4TMb1Ac3wRI++AIUNSwmBvtOQJDysvCeuLgmRCGfMYo3jCJ83JK8Vpzu2J7ZsZDZbZ+cjKZFZ7dsUFqS1abqtPuO9aGL1wemRrO0pEdjx+QqwUgseB9Be56Qww25oGKbi7+TCI07bUd+7LAGq5pUpIIQ9KC3ym/lwgAzv3/7//B5MWyurFZFV1yH28wdFrIEaI6dWHFZXQ/xdJi+NvSYtDZUTk56TF74v/Lyct1P86aXEeG2qEKPHhpKxTq1526/AWsacwIQ9c3C0TuO3tbUg+EzFqSOePQ7UvY3QKMVjMti3fuMEcMF0c1Bt+5lKKvZBAPGjIzo55UUdZWwCuV4nhbSpq3xFcGaD5MjPorEHWJFX0hT3uzvt0n/JG916a2GfWP1ZSXVXqZVEMf/om4BCvnZg8OwpEkBud3vwIGd43EuG8UMqJ5As2hSaBxvH2NTe5e35SsT9KEqOT3tYmMAHGCCZToRnJ+gHdbn0R+XebeAvwMuqdqpF3EQ2PwHEGi2v7+J69L/QHUhC8jg+CNc2XCXACydc7mINiOkwGsW5oE+JgnwT5jsfimMCFqnRVhLPz3XGZ9yh91BPvPAqp7hoD3RqAfAorFyZxhDEcOdB2WIjl5ORZhQ1yobRuTXiV8mA8FcmjfLK6mTRZHMoJrK2w53ZuQHYs+/UADFdAqBR7FqN0q3W2HrOtxT7ePfowdHCi1EGi1duDoiXp2gdNqmUY4XfUPFpgsj6VmmJvSs/J9FXu9/Xx9JLDk0pZKUPX5z/zmBozq5tsrwtzOYOyHkK3lmB2NRCpAXDPIiPdRXOzWrg/GDW9Yo/lu4/nUJj4cc8Ih1040qFzkAHF1wRjOz+JE+brKSGpPGQAJOprjxxUudGnphoXY566NSzoPm/BPBosRm02ngbUc4Vag8hu0i5sCY5SIELExt3UQeBIXwlMyP7H+H8oabGXubHK9Yds9IPfotC3FkNUuq9z43+TtGDMEnEjmO1T106RWrM5fsENIRn3PPCUfsgnRSPYxzzquBzCN3L1miOq7Pk+7IDMv/UE5KxGG921Htv5Hn7cnizv8NcUwU+G2QTSvztBLj4bz+aJKFBP56OCnn9Sy9SJAOdQ5dEpXiKf1nwjE0wMhodKrBGvG7NFy5zHR3kfBbPa0em6qktNeqeslXtn2Ji3rkC/+x/yhtoVYjfQQ7Bw0SaslDVsv33j+Ph8itAudKQzpmcW7trlUdxyVfKLVaU7H3AFsNyo4PKSCX3LdLF1uo2dqNheQiY10jeidcqTWZhkeK+SqQ+f+3x7YfXIJbfQ8vWpj3QAIuvbIgROPBOtBB5jprj2Egc3nGYw6FOB12/kEj3Yx63be76KxRKnpMvsKInbNzLIgbvM2IsbdShWzDn6Su/oNnaM/FIHeyPtrZKHJ7NVBPNmGuElrA+/oOjriTik7s2UetwCD5Uz2YlUhMKoGc66YPlT2p3RnN9YwXjrI0IXTuKte2Xgo+Sksa4+QSu+C7gx8siaggBTJiIEVT4k8NaDfGB6ffkk4R48KnlZkA5SCettcb7JfJUJvQ6EPpCutH3t5nZi9xQ0QG/7QVOaZ6nie5iaYRNyXmoJVIoRWLZwRZe+Zoqqofw1Zw36tK1KHEC2GPUG4UduvgHH9bh6HhN4vOfWjm0+709Quj+fY8/AFHQg+rDvrtSw1g0OwLD+B6MR6fbbEPffu8JFhX4n3h7PVOj8VKgobvlPPVLA1yhEpibV7wOSVco124znzj/VngoMmV5Byj1T/rmoZrFxxY/GqacNOND2NdvlSL40M31ziBF01xjy+NHvJMOabdPfNHivRzX4W2c48DsJ+XNnuEVxBqR+l4MJNvWrZ9suds3+bVSNxrC/rwHfFmvq9gsVm5dKfpeDITfO5V008NWd/S77/dUTRkHlCnyJ5n9t+0uo7PcmuW/bppivjvHr329VwTULXUDhR2vb6MCa+iVkCsTXdt0/hPT/zOa+7sdfNWNYlzFOCvlS76eOD2+p6BP4OsulrIWiSLIiEZGk5N4yMTrgb+u6QaRQHNTrS0q5L2LzMch8kCuI6NXyBX0EvFFJwBXj5GbeclIpqaA9k4QKjnsJhrB6ctSjEAWE9SiYfebuJjigCr/EMz/DW6gUsDyXzQJ4HRVRCwI+ZH47ZlKSI61Wr9v4F7LGrbK/+BnU858zKuaQ4xHEl+MWDHXgX8nICb8dWdcUdT04Pel4jyHDUsIqolH70HDjxHGYDIsPYM2vNOd4XiV7nqZ/u1HfKCRSkCrvfCkuyVhDSxq4DrCph8Axm6OkvzY9SHmPGqcpfa4gHOEJvwov9eynYNeZW76H9+BVPMnMCR60ytwR8SjethoWQImp7zchwsI4es/zNAWVwCX7ePM963o31WKQcwmDUSrxGqNAqnr3e2L9s4Hn+Fexz/P3saaiOwbDBdcfmf7L5q/tMuef0n1fU8oMdGO+TwdnSNcJ/bJMzj/K36ltEyz+CSd38+sZDlTqt2p2gC42/esh/rs4UrJpxg91B8y+bPwbpb+eXe/P8gjAz/oIf5JH+C6idEFrCvUZm72rjPOVvURV2zg1uL/WjAP4tsj8vviX6/tPLg/4d9f3n1we8O+u7z+5vG8u+F92GBXfOozobx1GBUvWZ9gaL8GzE8afXy2PvNcPoEK5ZuvtM4/xp2LfN+Rel+XHD5ei9aMX7OsfxqBZnsGOkpKoW52UvkGaI+F3ZD1NSw68Ml3fHYJv3tB775avlsmuMz48HrB3Kie2xBembT+HABd9TrqvPJLbpevQ5BxKR7JHABoL9/iU8yM1iIrl+065K5/nPF8kMu+b/Wi0fqT1U9c5+xVuYH/CiMcbK4velXFMuScgWPnaLJOxXpj8hd/0QrtT0BCw3n0AB7l5vISoCXq8eLnEJ308U5J762G1gRQu15QVmEAU5p/y/8/dfyw9jiRdoOAer8IFNEguobXW2BFaE1o9/fDLrCyRndXir7EZu3eR1tYokl8EGeF+jovjcWK0xaKcLFO6ynut5g1l8HeFo7eXdhjao4Gc1ylYu7pXj5Hjn4019OpQamZCAvEzKmlKGNepRohYK3AXwe/Sw43mNvC1TSuRHqveoU1CGRiVGjIJ6VOjba54oME4nCbAD49SEZ7YgtgYolfdU6guL1lZqFbYTCbqGhHSqyidKTtFkAqarkC7/hjQqzmNlTI9wPDlpKwLnuRDG+daxG8NkhyqiqWXtyWsepZgl92/Rh9jff7uy4hGkhmMVwvZ+2Wn6sBQ+J4dv98VVjlzbSaIbHnxlCSQRkTe58mTVoqb3XbSuheukMd2sRrb6tKhQFHBYq+AyzQVR8fKXC9XynkChXaU/ip2FnJaShzXtlRbs7jh7sOOQRVtBA173MbNp5p3HhGvEFCpK1U+d4WXvCCaYzAQF/8ZJL/JhX53CH/TU5F/H6z6h9wnHiqbiz1d6DnVMPUm2wE1Yqvr3v1PIP/m03dYNzzNeGHA03yR0iu9ECgaRgn7G4fwrw3xv8li+8CM3RV6gKV6ujWHxN+jMuHcqIRvN89UhDF7WA4xPnXZ2G6WHD7r6llBo2d+HD3hlBWIA3aHCsHmBbdk+HyD8s3aH8iRPsflucB7k7T5vT9CsHwrnstCuazNsmNszJEJaN0PL7IAEoVkjzhHkzHPxAJ5qqfH17xtS6t6UzrdR4ZVNfIipNOEuQSEL1ZGpsjUcrUcbBZXBe7Pke/xPiDu2fbSRVwabOKlZGDxNMasS55hl61S5p2ErjR3GbOfzTwZEjjMLHPpnH0BYJy+T23ia5h9zNtqodTVdzhaLjt81je5OeQWu2WzO6kRQyVSq9tFSM46PQ8Qt3XBArTts02Z60477prhuwNasxEk6VI4g8889jv2etDKKc/WPPCGTCaOFrELh60B5XV0xnaAnN95t+OJOTDAfT8T3D/Glnm4Z0P6behc/qubA+goGwS19MdZteZeDV3aWzSBI6ksA2asdTQ83XNbbx/luINPIi5wc4UcMG+mzJp29x4lWRErghaWCtNQWy0lGLTxTzSdWBPYwYTjZ8afUKuyqRRtus4MrStrQwryxEcoqMZFPmlwYDW4bNUwK94rbe1IjwvP4nMHAfvJ6i4dpOeuqtyjY0iy1DUXkasbupOD1SmsBZ6427dlttAOPS89G8TvOXiWuwTT0B3oZO+AYNNBfOZ6ukvngNNxr0i7ju3Zu3NcSPBzOvb07R/pYtP1V86itH9HEGkW5+eDe/tE8a/on/n/BfpXHXL7Hf1zf6D//04T6u+QP0P+C/L/egZ8kP/j/4r8v03L+i+R/6HSjx/I//0D+X+A/4+Guf8d9f8A/cDvqJ/11tFj2KFSkb59vGsrV9pKaoznQdQlqtJfc/Zsm6ibDqeoRWjbalKiQATuESZqSdETWKe6cD2F7+n24GbjdXF2CLH3KkHnu/LS+FSFqOd5P4oI3Bvfu6sLONJGAdBZR902TYCIX6B+UbHKQN3x62PwMIxutq0dNIEVs1r720LVn1F/sfBccjG9ZjpOXcj27eY3Xxr/hAp9O2jAf0b9yQf1m7TKgz0Bfzw/zxhhTPvZDeJu9sMBmvRa8PwwXwfHW5OaiCZVrfc7g99qjcJ7nDGXNKnv7FiIu3A/Cfom7pKxPOKQ8uihuQEFCV24/6pnQr8Pqa/UezMPLXzDNlKg+XKBPt4+bsEc94f2HyB+9Ou+Pn4vMRCz84yh40WqQ/NLxP/nOwt8Xdp/cmeBr0v7T+7s37F124XYn+5scumOiv/1ziYX8O3hP7iz/wtb/+Wd/WLr/x1T5yTH/Pq1KvFfJnr9plkvftesL7406z8/p9EY6Eud8mQz5e0+R5jf4ScWr31eYqC/DfpF2C1iAQeXCq+jRF9ofILR510mSHMDpkSz5rcSFhRYoHsreHIbRIabW9Ge846sVDfjvnCgVwCM5SauPF4FXXcEz3kk+/sjVqfLTOsF0uuHgXDiPSYZjoJMpvksRFn0uxi14BVfQZfQAI0jvOcLz6yuF3AVI1JJt7dHVWlgPt5fivKRDMX9uzrAIntn+olG7DGec0oZt9YuTBQgQr9Rz+2DlyNPE/ZoYIf3cZff0D3/fE+6SDz4YBMvXEibqqQt6NjN52tshuZxTSu3lQDYPtqxtsJTZWtPguKOEhhdOm5GGM2D+STLfqef3E47Z61MPZ8z1ySqIGZJTjCCysQBIYNGOVV789g7aVAwSaXI+qzm9/NqlbEn+upEXDd+TrvhEx31Jt6ur3UrR1h3cn6iLCBpJym/OSqOzNupM1LxOSd9S4D5wxU7WQwVViJnsN10OlWcNwMZISdgYvkgyktfAi8BXBtLZPTxSqq6J5XAStU4wKXbQuE64l4uDDJ5s4NRyk1YmTwJm96qIkTGRztIo7FVDyDy/BjdXK2yQxak3ddQecP5kJazvyrfuwWTvm3KXD3gY4kMelMfZS82yNyHR2+AetMBN3U4OvTmgLXVlywREeB5ZWRzJcrQDX288Kgx8aOrHbToiJLl0w02xyxxgMktoeOxAtQbInzZEJLk6/D6mJe/imynFNkI780jck9y2EH27nVFSibS+b/pKgH/EtenvnsEcTc/PPxFchrE0mZWPYPh6baq3QzBqotky7yi6AeB/1n/+1/lUX5Lr4tUYbV0f5cGKBFKfA9z3gOSQTskGX43cKWr4yOeUZL5fJlTKvqmEZTjU+mUIUrui1VZ60H0N5eKm7z1utcjY1MqAYRX2mEfvEp9kKr+ikf+TuEIhSQJ69TVgrK3yM2rumSMnecGN+sN93Vuulu9jPTea8UMGMW7PGnomhSQK6LmSFUOThL/Nufkx4Xb6QvcoxBH6o10eJ6c2xXWJeauk66Gc/fGAoERt7BIqp1nVaflB0BGgXNnpsYhiMQIX83Zzle23uDaoar76DLom7NWUSyP1KrHbDIhIFnJWkLTZBmYsaw8crw9Luax5sVEVKKxIYsNvfBZ5ubANG6PsiVHyybdPLVthdqe9QS8iOOGrketHj4q7pVxFDfN9Ka0nn28vnmcgdbxuojxh0PdEhcCMZGv1paA7lRQNB9TCgjovfSiRhFTwumL6Y6PmrR9fAG4pug8UnB7d5ciLILIZlBkIMn+0doXo8hacMEf8xcC8jOHpe6SqNr2uXXYfet9ZkGjLO8SZGBJNOLnjMgSqyycvqBSCGGN0+Y4O4J1UB3LCvTKPr+5zXsV9BZceQnnb5PGq6Rck65+3Pc7T8jevpIYRJy7TNVhRBOeX6ApPyLNsubAOwyrpXN7Zj2RHpIKnM/pJR0o+uE4FcLGm/HOG3sLLDLN1qqbkSQY7rAm+utKPuwyBMQE2ak2uEvX02kEeqAoPJDuzT8RFEq+FF/bPxRfjfeQUrfDg2rFW246EuzCpKRXA6/mr9Pr7k+Vii67Hx/o3v2u+AotZ+gPW4qwhR0MVfjlHNFhfvnat/l5Q4ym5Y8xd3+4XPXL5b5MN5LcirId6Ol+k4uof1O8+NIEcpod0C7zUq/vXYM/Hv54pnLsT6E+Sv2TUIXMUE8FSDpu/LYCtiXCjv3CI8TX+Nqs89YPDEE/y3WUhv0zyGG+MI7fcLztiQXgNk/D+6recb66CNm/q2Skvqfd2a+0++cZjW4Mbo7spgGmEuhhlvnnZJdIsVezMcIZGpIptisXirzLee/czCyM0FXhtq5x0Bx5CX1BL6y7r4sDoIZtwqUmMxL52EHnBb0xramnZI4FUNfuzFrBeaE09OaOKb/foP2hUNFupCi1Jkas7wBakNnIWMKKTxNYzO7mvFikgIoNHOKTaHxRhvBQx7Y0jvsWv3Bjg2+O/9SU2038EGACQHP2GVd0+6ZkyAlo/FrSU8c6Z8BoVqBTKWk6GLxWr58F9SSFmSAJmR7ifiZeAp7GOEDZs9ZC1G4o45x6YwK7SEoWk23jS2dDocAh/tIjp0hqe1VlTBlpVr8xHB465/1sBA0I+Dd5MjtWt9X2w92Y9ecY/ZezZ4BfNLut3NjKvBIol+FtrqHWAVimOHHt5y8EtoDvek8suQQGRj6PyD9ghHipY4aT77lBSRW6jd0kuKtu9iDR+V2C8xgPPxxZxAYy2oGHYVFstoMWBoHJO8d1EGnic3FInQH1uB2p/T4J1oW8e9k8MfHJhrICTWsuj48S73Qe6IMmuoPZnWF8c8emxdlB+KKUaGCI+9vYi9Z7GlL1sERM01MzMTZ8sxYKHVjSuZ0dbQDv5sSmBCwbEtSmYhKCYEVdTXHDfPK4dAt6LLU8fW2x2yaVL7IVmfxez5iqiU5piPwJpBDODGGZl11WGtkLCngeMZbttpw19y6ydUkmubbf9h3Pl72mm9MeiBuoaeKxRuplF4Cy+QN9gW6QCUYpgRWfSHm1hIWwatfyz8IY+pehS/jfdX/MTVGRchk0yMq5/KvKisae/zoqJv9Z90cw/5wAKFXDRbz6Qwf6+M+1z38d/uB8DN1X8WO6iRwFh90xhOd3AccPuf6NEnjr50N+pwm/0SJOY8JvrAf40Jtdvb7qiL7kYMj9O+0Jv54daq3CuuN+sZ78J9bz+2qB/2W5v1ot8N8u98domJ8nwwDfR8NYyO0DHeOKWW7pV+I+uY/a/Ayu+j3Cfuc1oG/r05yfyLjfFS7LzigMHmaWfDiFvzWsBrqQZi/o1T+KGpZrUuxn+JVVsbfVNi47b5GBychJHnwhCDO6gpVnLzbFCNR2A4ij101C/24Z/gpELXEZVD/nlOAMsXFA/fs6ax9wMXz8xu/aP8DfzSP4U5z65wkwPclQDVl/CNRovYCR5u+EmwWt2LWfL2zJXFDcIi3zqfquWG/yNXeYkdKNA1lCS3L+eysuyTxolHjTKoWOAGYTorIK+HBAtNrczx45vFTX12lbW369L9B20eQhTJZ3FCwDJzneMD4CuzbJy8k/ukFc9XWDUPkP7cEQfVYE/qB2hhhtv8eSbOGYX06AyYG/O5f/7bEE/u5c/hfH0v46lsC34ME/uEXA/3rpf14t8L8s91dNEcDflPA52+Iibh+EpK0XApvSdobXy5SUYGJ7sFtMUr+77sG8gCyHpuVEGpi+CKJWUjuR8c18ikawvDrO3voWOlL2IYAcWaIvx3ixj5jttEWKWlUe+guwGaq8vbmHMCaivew3+dhznj2OsfbVKS9XgllkJPNdcnlJJaWPcVIa6uMwP4DKVp9HDlR6lntaKz6kkoG7+NkfCWY+XMo1twA7VeOrGJPTU2VbUOjU3oz2FHz9xZauQzMzjwaAyhK+jwt7QtvTBvlUxKraZrOEcl1DX6CKqHi09LheMb6tEUObeoI4UciWauzWLqOigLiq2D0vDlU9OLBTcMiDzsyVBRSZVO/DXJyEGFewg9Omcx92jjUv/wPVXle4EySqkzbghXSnIy9ID5PlNBgTspwBJ2GN2aLUQxVOPw7BG9AP6lqpMLw+x4I2NW5F4cOCUa1gAVsCyd2uxEVvknPMjof3QjOoVf3MLbhXxZJVT+iSNXRNw9cPKM8sM2CLk8kWLJ+jfAVuUYrJsiNakjLkdsgNbXl2aOMgFJdPs4uFtfWe3+Feb5UZRtgZG66gzUjl8Pe5quMFeKyviHOtfUfPR8/05KJz0xNTWxHOI/bNtHZOwcztphHHGXt0BYnO9cjJCbyjy5TmN+VDacmIem3EjV4/QKnAPvbnPm7QEzMMGYWIoD375XGUPvHy/UlBmUaqTszoKliOBBM9FuDa/1783eu1MJICvCnHna3ebNh3pUn5oug2vwM34K+x3L9BeX+n/U4/E6D77IlqCbWl8Z1YPjYhRKAHJ3gbOV2R9BCCJaASpGyyUcaZtcaD0F1GJuXGqobawjOBUG6lfACrzgkH9mOvXwPsicwVdiDLqNP0MmXuIt56uUB2xwwN1d3sR37HnFa4y0OJI0DBhM+SfCnqGbVxMtz6DctrrsCyY2Rm8/bgDv6OF7EagiP1eHMqUszmixAI2K7aa49IgNue99wqM92SGxfHb2ojmkPFW6N16Bx6spt0U6GszvGWx7UmARulFzZSSfzjMJimpgAp1BO6vmWzqV5s+e4nI6li2rFIV8B80rhJflF9fM3LEI657z3xgQlH1KWrIyrkfRoCgCnrTRkmlF2q4nVruOElfF5dPRzmYQtN8HZnut4Osc/iXlWdi3nW74or9OIMn93ArRXgpC9KMuMhHU2S/vjAy/FjTGexE6Gcsipp0zpY71a9p9fCYefHSmjzLXKFD9d+BcxtxYFU6HFh2lNvh4XpoW4fkMoPt7nzi6cf3r0q5DHydlN71lZ6cOgMzfBxQtWtZELD/SDwD+aULYsTTO8BqZrmiWIMxizIdZKr2VBPVp+Lkx/UAYsyXCedyn9YRn8t0sjEJ6xb0wBAQURA3tXgUCspnou+DPKlD8XNozLB07tOgmkpO8nNAG/gO1xkC69BGV0kY1YHqyNDwBznS44nUo4bp0p1sapbSn/0z2GF8idP1ehTXDyTV/4BzY+/wszt70kBinR+0WPCUOFPjk92GXYCVLr54fgqu+P20Md+Vb3yJ0XyvbB9vFZqNlGp93fs+VUG/81rBlLrIh/P+Vs5mwl9Ka//PpcWUpli1xgX0Zj021zar2fAnx+q3M8V9IOp2vMum79V0J+SHAZU+fkDv8gqcF8h+e9C8gpNSXGnfqj9vvO/i1dqX34bTjrP+Ror+71Yx2IA86st8n+Q+gWDbBys06ScTXGk+QIq+O1aL6dvqNhC4dwWLbrhQDSftDAfbk6cG/mM3gsGGawQ9OAzF3cw2Lk+pXwf28UHUD7X9dx5fd+07nh73JNUeH3yqnkEiV65Nfhik6pUX0z8cmqid5HPAZ2NUz6rs+Qc3QPUdCJ5UFnDoePD6waikToWRImslpovD1w3374hrsnKb7JHxyK3uJaeEmyxvfrTKYYn4MooTJkw50DRAdrFzQVnFqHRILJgmQcnQ7+TR1d76ynOPLTT1mMwxcg9jw8oIrN3XwEPNWH85LO7terVyeg6luaPBOrZ96ZmDwJlnaMKyaQ2qoWMB5ukfQSZkScaX67oGjMNlA/3Vv2bsSE+WGrOXW7LxSSgjau7kb7ReRQsT+xXWUD2v/Uc3A9VX4CU6VKnok4ZU184+YTa3uk9bqrDKTqExY27rIFZivPiixdS7CHQ0nh+iMXGXHJIo0cHyPErzm3Ptl19cmhsivthn45Qx3ZpvkFKx0swh3CBSDBbit8ESCnmROOO2Weney2WJhDgbrLdkEmcvHbGfKIvbtiUeQSPDaZeIk8mPu4eRyqrK2/eiwyLF9x22e2GSyd4iP4EmLHkxs+9vTIYw96YWputhPra3e86n6z49+ZJERFA8Pko7bO/UeDSThCYWHc7yG96jgODMZwtZjnMKzDVsrTStnFjEpzu3I2sBY8pHjrXGU+1ryANFzKmgQi4LTJFpvS4pjoNMO1UMvV7hlcaq6dnKS4vggTFfxLHXL/SZOMf4ykZg9YDsvCHF0znIDNJRxlBzC+Nnvir8ZSFSv0u7Rv8sFueIMHJt9K9vyY3Ae4ivR+tQkyrtSHqnZFnnV+pxG9xy28lil/jJNivKZP4x9t+PPRXiaKIq454AZ//gGvMB0R6739pWPrKx36OfPajYYmD/+UPbMBfyg+tZOd+dF7v+A+D5ia9d31rNPzFmGzgb+dky2tTZL535cFXzo92HpOL9ZXnSweFmUhk0magR+wFRGt3w0J9C9tTgvK98RH+wijWMq09jTcaW8E6GzCeGJqa7w/kub2JwXQIrNWhgV9sHYAKNSVvz+VjIhLvmfBTMonPHNMnJGxt0vZpGKnXMmZoFrSsrXADQxGDgo/iHBEv8fUGdv/DNLrDNrpaeRwNhN5XgedepDQ7JqpSG/okin1g/TdvWjZkP4Qt7m+dkUXjgQwCXwN35uV+AAw6KELPVDcqW2U4ecfbu1uVBwnGENyAay8/LNpOMFS/nsQzUCCx618ttBaUDTyaTXPRQ6CvF8d0r4GWEl/jciraMhK7wbunZg5GY2/O64R1mn8fk907NNXVpAP8ea4sR4qf3x9jSVYlTec/a5p/BSCAn9WHzVpGuO3Ngjme2ujEgHmqmhT8MonHd7JqQTlFQ7t8kcObzooPJAzrl2BBCfPeFEQ7Yxq/fjtA0PcD9C1xv7mwxZg2/oFE+389WfF3M0oyzOJAU+kzg520KzyMWsvLr7vrLChAROgI4c8EY70221HZv0m7q8guZdmrnWSaaSZ2gls3hlZLMN7NHCFNv1fgjiTmu9KCABoMW5CqydO4iZTf0qPpHaeSzdJarIt4jCAqJKsi5F18PETPnHCuqlY4GaaBGN5H0wEM3qy0wmyg3xud9ZbqTO/7c5O02rpLioY5khsMZNgJU9S4dZSHfB71qsul5NZHp2EDtHGKxItQ8hu7P5n0BibhiVRIZjHkHuuYgC4iBGoKaBqR8uQjnmrt7lGLcniG+wvfLAAVF2FdeRz2FfM9MlC0e5jsq694d/ybGqlvfDy0u63hdqkIETbvU/nedIi+1/9ovMT2zYr+Xuv1OShhNei1W71b7UkZ4sOox+HX0FH+51b0j67MjznkfjNyfxI/N3+UgDDhF2REVaeB1FrEvg/saQ7ga1b25yH8NbnHryn5f10R8POS/psV/TnpA/yHrM+m2fdw4g/vZUYHbmnvz2kyEHUvLbA+QqaSgMo0hi0bMqtVJZS7YH+tUct+08TFlfDZXI56F3LyjebFjVCHuhSibKsfeXI6lf94zi8A5ITlpcZmPFoPSeNXc658l1dXzMBhcKj6AGrWNlNxFbF1YbTyRpN6Q1EisOFx75VIQN2LnPDeUkv0aXOhpJ2Ci4fGBooUTM8xoJrR4PYxEUMSLiiK9rMI8zX9NSzbu7WcXgSE7kPdQX98eErSRcVzCMMXw7jX7fOHP4DdExievBPv8PWQ7vBz0m+OWsC5/3zV6lKYzh2YucvtZaMKKLQeXQkO+s1Nbw/cUyaJLouYHT5ECysV0KMqKDD6Gh2YH0mfIoJ2oIjeX8OX/qSsbtKfv5xRJMWQLPuTyuG/xg+A36vM/lymJj9ZSpWovKkYBMJwcr3mUpi6a+4alTG/fYCwm4tKzzsgv8j+Tfu8iPyuZfBlKdfktxOXfj9x33UMYE34HKQ1RKX5q3yPtuevCT8mVdSJR5rfgCr5cyyQ+u2AkSZV80VJ5i8rc3cYRYRxFXZIAVwrZO5H+Th1fXu1lcPxtDW/naRiiZsevonH7UVXHkRpd32SZNNjBhH2m4ENGjy49YEOCFCtR5v5MOmX3fF7fK8snqGyyx2DeIh467pyJ74lPc0MOm89iAEuE+7xxA1sa4an2gEiDnUMXA4gm97mhdYqXAdl9/lBjRYSQZtBYVdHbh8QGlvM4s4LJ4E4SofaRkRCSsYh8EGHhOzQ7LWIeMGL8aimgR0fo+dxPeeON83MGzjwQw1tdk6bh96/uFdyCN5L3J+PIwHyh8J01DE55Ysk0AGLXL8iqXH7AC0vYixxlWT8EVumnEuGeICvWN5zSxdSES0t/5H4/yTd9GVJY+KHJZVILUq7u4YV9n36qfSQUfm/JqqB75TW3cXfm8IPx3I1w7GpHyDOyT7IL/LhL3EPQ6kO1WPN9QcNBr6HoKXfkN+3AjomRuAl9fE/NDm+KkbPP5Hw7200yJd1BbSv8RGOe34HqSr2NYhHZ35/toc/z3ltyUNyyPoHRgUETuNM6KmJ3G8gldPwBLXaOFA/VvOxKuzhWjR2fOGOHxZW/A05fx/Y/qXB6cNw/Kfiuc93wPxg5B9C/reppq9ME0CSdjP4z88vYDCbI0DQkSUyZsGTHjwNL11hRAfxwpaaN0H1ujFYyF1uKEVkb3Tf52kLpNRzZhXljev9Fofu2bn2EWyompZM6N+R6th631ytIF1Oc6/9wcaKB9ukS2A8JecYZMBV+F+kmmxe0POb8vLkaq9vMiUQ26h1N56KlOt/GzPxc6rp/XHDLVmTXuCKT1CJV+B5rYe2VtlztniZbS6IKxm5U4eLRY5FGKvVhLDBg0V5Q5W519I3VojHvtPq5/PGE9KBOIPC97I4hB3EnlkXrnrlFs/6xbhI84fQ3QVdyBRLnTsxZre379ieEt6hTHv+o6qU9Ktrrb39Ea769Uir9BfhqhZQafWHh09cyGMcCCp+eHgXba+U95bkpBjnxGaHs1ilZnuVdn8MbMmA32DBty6sDyJY4uCrFuT3ONePG/Nb4xmJq4z7FaaCVYa8dO8dAN9o3V8f7sF/uDF/vjDAv7sx0kW2vw0OdIQ/3Zg/XxjgLymlb4Uz/0r5/pbxaaQH6J58uJNOHF5HHxxsT/XARCGlHKDsb9qMtM9XF4nnO9iYmi4vFMWTp03ckSDby8XlJ+CK21s63G43B0M0mbzveXiwrgc1FxwUaoBXUS/jr2WEleADhkjzQxJ9893TG/hhLoOnAh4ZoNpqcQU6u1EaJwyLWmiPqeO1sVyMEd4YvWI0GtyxJdaknl7DkLoLudDdDHNFYwKlRo1n/eZJJhVwAQ+c66YQSIZV8sRtrebNg8DmcfcBXw2f0fc4tCaizD25eQk9t/g68K77vFXKXTgLsAIPMuh0xhDVkR/a6Xri0aveHvERBwIIy6y+6EUZEhOdqC7IL7Bt78Br18zdhh7cArManbzS/Afl02iVJf8KL8iRG4O0paLyYYoCxuDJDHwpit2Zy/ibOX9/I3zwB1IA/tS+9AUVVH3U2ElpuTnJnHwuFLpR8kh/J/e2nWlllAJkku3Bz7L3QzjSgQOSt3Qw9WRf/K1fZLZewbDpH3MAvs8P8lFs5HFqoCA8yLOnYg66AsRGImeV4qNEMiNIgHdT5Lxz05vbdtzKfL3ce01RkgevQYPm840Krkrw7vxwPwMHKYhn9uFejY5McJqEXfkAFhCpq7ddTLx8k/dO0AxqJOM1lr3wARYkep3a/HCJcek/hqk7rXvteHdptHDIvjUMdwKw29DPQmmfFDjlWud7rx68ixPeuTmoeW96LBylalchsTtre9lQViDPbvMCcScF0UpAwK57i3IbZbiHaPHy0lp+X8Gbfedy+pRuMzm9IfQf5NXzL2OHZH9ABZ17aBDz5EG8/xn2MaRLqhz0syLf/xUuJDsg/S7Rh/97uPC73/2jd0arWQT4wgvax6F8Y2FXsX9rwf3xrP61jf6ziQb+VxtNfmz0n0008G9s9PXfNM8CP7pnsUd72nmyo0X7GF2a+vAaSF8QIjRvjsvjg8EE9L1droZaeocW5uDy77qDTQDdMduKQFO5Lcd7rmace7m3pNvmQHFF+YCgqfAmT7iVgV2uFnOjQgZ3B/0yGRhmPxAIaKesz/vXAzsWm08wS9jnzw8VhE+/eaSg1jxJZCzTe0F7JMvhL3Z5VPLGwidInfcLVHnAybs8MtLb0L14LRBENqTUPeBInyJub8FAQAY3sYzcpBq+BbQOZwGT3VbGGtJQNQPuDjxvoyqItXAXNxiyn17bRA+/XkIdXAmERmApHQhnfrJTxXf9UMsijz9WrOJ8cCNZXr4Dj63prRtoVU7LHBqYYS4PeoJatCc8I5vhUoTRrWm5Tdup8vbdiZBkatMlDBRvJDcdAwqYgF53nMrbREpdy/QS+MX6bEl3Aj2G9ZO970tlg1qY0d42j3B24+4anyjClxQyumcA7xnycOdkzqZ8TiCfMibODA55gpuRFvjEOhM7JuRxq28I/7LwOy8W7jwrj6JW156dF+CGkvfk9Z6yM+wfx0SjxhyssjCeBA1Ni+7m/WSOD2PWachS3hUIM7eFrRd6Eh903KMqAHnPchv5h94NIlFFnlhGabCjoHTpOU9qUNUutsimk+VCVYodngTSm/C+pOKU3AWfTMB59vrn514FKXzPpuKQd6h1yx2Kmkc9ghZaDGEKeclOUywHermFJMlfPArwF5fCm25uHGFSvjq6aiDOf4yf4/KYiGr6O48C/CeX8sMKfW+IZRKyUkVsfZT6nGjLGdtAOOj9YGsnddIfMvcIYdheXrZv90vjXniHu5/jOHWnrMNv/OR3ynyIVWwqezjDeggZJMBpExSCzPgUhNV553Xy6qHT+3ji9pFk8VyP75T1bt1Tc2Fqheb3G69O/tko3J63n1OcAs8gDraHjRReDZ7Gs3n5Ej75mC6g4Cr4fbug0jGDREs6vuvRG+l2iOEljgRNtXLWpgi4oV884xPi4Hqk24PYfIPXKxBsmyYq9aFHSPsIc5P0oRHtBRblQw/fMH4/DlVPe/YG6G+Sn4rQHzAE3mdHASG6DUSkPZ1pSd6CHEjFA6pNJt3r54Nuo8BmxQOhwUHg7qvWZEAxYdKEeJssr6B9D1ajKAWJII14vykGcXq8oePMcvSej1d9E+qQaWFnL6/p0rU3RcmBimzL6vZonIWLDHhyjaRzDHppniGrcUOMNrNxU33wLdcSxGyW2rHvkKkpF06CaVNdD+jXKhKzuZf3RkZAoUuo0l/3q9m2/s3KptNMRYJpSy94KjPQco9yiM0y1wiCe8xSEwMgH8TT+4EC0XOvmmqmrewz7V0VhNyPHYCtjTaE4FmH5UGRbAE9dSbvrQ/T2TlVikQQBOBo7HKBXBPYLQkNBIt7kxq1mMFj9FQMriO8/WOTDD2o3FO+6d5Ev4VrMt+ZGD6U1ysFnFSCVA1uXCuIC0yzYAJ8qjisRf9IUoPxv7B0I/8bcvItIGr+wvH9VET2V8e3xp0Hffnk31yy8iuXDPzaJ/8IjKq7/vHP6ofYf/7h3wOjf3321c/6y6X9tysD/m5pf7eyn6vigX8TIL1mEAchBDnuR/TwCFeNg5esQCsYGYt6f0/742wfwDMHV3llBiIe4oiWX133mPXqQwVMP5KWyxP44TiG4SkMaJrzF1/zaW/XdyyJyUgiGglg5Je3QavKGIP3cd0hQculjbJY9jqDpuuuKriPol/wHWX75VMqtelYJPiVebc7uXPxE1DnW4OEd1p8ZtpoGKH0eSMukNhTCYlFgu7tGTFvgn/Y3ufO0+pe7lz4bIibwJd+NIIaYHqoOEPQ6LmvSXi+M6whn8gDfq6RTPZMnjJS1PTpXj0RW0ERIeMiy+Ze1NOdW2WkBQk4JmE5H7oXaqzxkJf9poGKE9xneBsnJIbBjy9siaAnkDRCpA9D+xEg/epK/wpIAH+KSBQJ1EUv7eR8JKi7s9g8/PZU77tgM/+qrvojGAH8FI34tWbpx7O8WHoYla1xYBifdx/+eO2CvW080LRoAaXaCG7rrUMQ8Ni9xbcZVjBoFHlbIdkZhE3Fm0O4yhMaw0d9y3gCFl6IodNsPgFu/cR6+alNW+05j9vHy71N02ntQ0Ojbr9vzc6vc3WXX6zYmN25z9f7dmX9y1ZN77z1OEDtN9tlOxl1+CB49INGvO++7wcto0gz/rjpnRQebreEBX4Mjjwqj5eUNhrJHlpvvCQXkCxGeTjTieRTbHuv+7ARvekEDCaW5RnWAnqFpjh8qbBT8g0O/QQhZidPqrd7W4TgvQCWnbeqymWP5e2cp0e7kfc5RscsJgdkrrADXrpS78+AtMLtIuL1DMiKU9Dn1u0K+Y/qeT/G+mPHtuw/2bH3L7IoPwVZUKtMumiI/KMROasNkXKNkWOLkPbPtUBfVbc/giwD8Jc3sdocBtr1NXTjP8ji/GbnzB3Q6q/c+VcT8A/uYe5/eVb/euk/Vg78X5f+4z3A/7r0j50r/t4Qmt8MofijP0id6xsRfCyQ6C8MxTXoA9fuj4LhxQR8v7a7Ib9y4KHqJbI4YVwtTmPMzcAQ7EO6v4Pb1UqQA8tyCGbPeyFvjDjB6tbPb46M1KxGwkT/ks29tSOS7GYbrQua39LoaMZIsiyXOGPhgT4i2KH2mrjtVjWBUzYP9zTLx8IW3k8Hr14uBATPhWlCEUH88DHHFV5sSKLXmHky20Z1XpcNc8QzKJh47EOl8XyrYTS5SynVXYwIv16AjLldU549ORmNsSMbLXT0yoRPYrgcLdYfr2SCLwl9g76tcRh5xS0uB1EvCe8M6q2JBGAfczRby1B8yY0M9J9oTBM1cc9IKDG7dKK0GoOXYatAif2CZR+ix7wxgVNFgf7ZEILBPbeuBcrLzYq915XAB0MzYyfiF001xW+SAyIvqyIvFL+9HvjlGwhuHvj3/vpFMcdPYT8ICAPpc2i8OaIp9+NV33H3nGMkHaJAnUW2XcMT+1KX3X+E/WTvS0L79/cwQMxzV3KS53/qOC++ZZL235Jdf5Q7AX+bqCf91MCqFEqal/fi51duXH46xmSYvBw4G95BI8nLhgLKXcwuNc1eS8WUBB/coQY2+oQ3vbLaMDxcyaE3bueF2lwnPFr31isfmHGQiMhvKU4wQDat1QG6EIfdI9ZlIJDeR8fywAGRUqUKHJKcC76E3zcr+3hZRLnbZYS6kF8dGXMqUgscJ0wMr/HhYtGCellzbkVhmsv7YTj3VMH9IBjwZ96kZaYubXyHk4hiLhHKu4KUP+dvADxbCknaGLFDYmRvEWgNUU1/aKmxbsXXQC2SW7Zx+4Qce2Kfr2XTrspwem1zcDiRP9jONw1JnGyj17xMXrJ2WUw5zivUpL4m4DxxppM/NDyfMfqRc7j5TzDoN5GH2f8PAXKaqq9/PX7AH4oHhUNB3OdkDFvcsQd7kdZvSggO3Wr1B8BBCWKVMe/+S3IH+t/OrPqXMwt83vQrhYT2r6IP5CKyyZ+i7M2uOt/7NgD1e14K/Sqe+vqnOQ38FWUvwse/yrv9oVshsntKfT6cAGIEL1VL3dnv3kFg98EJPytKBa0J/aP9OZ6W8tz5WWUb82bh8V4NvHh8i/ln/9nPH5Wkjrirv3eAtH950y+FLiL7r5pvytf86f8yVA98u58Kuuym8Xi+wQc5cZuPP0UkgnFslFES4Xxe1YRlyWXDcdfKNdC338Xo+/0CLbUAesWS0kscvA3B7+KVittwonRatrc74r+dOS47vLKvpOQ2LzWWKXj40mBRdvUBKU+lhAFBj0Ccs1cbLL2kTWg+L4LE6yehKoRU9VNbwefFsD9cU2s0tLN3/eCDHixjT1PDLxQs7Eu9XmN6Aw+clMoyVR9d0VD14y6dr7LRumRymT5QNXBVqoSLPgv4mFwtjxwG+/giDUjbd5a2GLTrle8NnTyDFDioyBNlxCOXBAPjHtaNX0fbu6wucqz3qtX+3iKLF1WYu0CAEMWutJgixfVmR2I6vtwf+23PG4P9S2Dlb1JwOvDnhN0vBxAIu6qWtx5xKPAQ4Pcbkd/v5IMH4flbdBf4hdLY5/qSlp+/W2fXtlZq7l15o0und9PCd4OVfTcIXAVmT3/ouwvMgos9HGvsMzuv3mHnZuEMJeESD25hDyJ1Vyo5QucD65K1llxGqnCmd9/HsyBgRllRAKtTUJze5HvH7+62TOu1sRDaWs6MmE8+EfikeFj9WyMDlPP1dMHf7s7h7+agmIIy8gJ49KA7FhNolhB6j5w24hpbFBIMusSbLnJw2xvES7wd5wPLj+wieuFu5JNwUOcH9SugDAwKaLa7J2/6O5RJ2dw8C6Nt7oCe3FNIG3+W29JISZmklceBbgrtWxx9LWSRp8+cUWCgU4ew7qHxPlBRgji41luZ9BLgqHDX/Gq80Z7urrjqpd//AyVc5v4FmZfsP5rdjvn/p9nVLxL/YXbV9q9m909F+v+7CQb+bIP/1gRHxd+aYODPNvj/YoKBP9vgX5vgedd/pDQu6a8m+Jui6Gefny/rl2Jh/405Bv596tRV9dkcb+69esZY1MI3veL0Q7hA5cIfBYtAA6DPhZE7F/pCQyx8NkgoV3HQ7mShiJsfgEgJNq2Jxf3LWuxuYMokM0LFhPUYjEU77RDgcQz+VK1ISjnTBc4ddoyEEIXrq17CVmwFb3u0b0nbXcx4lYLp7kiWUXxBoBhO+iUsA878ZBpn670lJBN1se/98pzqqd8YAbfymA7Vh+Ob4lSoO2Q9bzg6UG1sKoYi8d2w5hlQWqWU85H+voZljINVowmCMXVMfT4F4s5NtR1E3YOgINfj1SHayydGM03LlHE0J/elAYiOoya1dz3tJiiPpJqrWO3h1n1J4GOr3tvBuUnqUgWHubTndEq+u3+Nc/+dPf6P5lg6clK7jQCZJrt8VeJ7Khd7uE72Q1P+RvjxK3OqaOOLTZE+1Y8uj05VBOIdL88cYVEODLW3oCHUQinRs0CT5PX62J/4HZcVbRjsB/hdNxGadzsVzt7bwDI7tYACtoyw40uCHgNPK3eENvtxkaekyF3kkbWuvZfBuOXp2Nr4nEqgISjOeZh8XabUaYzwBYz7GqfmsVhxprfy+VXCX0Diw7P2e02IRlqD6GaaHHrR2RC+3etRJ+IdFYx0j7OTalKgYhkjd8MUPO4CltxB8bnxtzfsOWND41BiWfUdAmP4Ltuv++hzlXZWiGJPCCtGzRnQPQCNCCoHFE7U1ys8/Rz0K1TVj/2G+vKCwEX0YQWn0g+IXG7ke+kZF+o8VHiJxkXZLa0Bs10R/yB1un5dTkL+I3WqLKTAGnDQ3PZfVcz9YpiZJqqW+1Ut+N3O7B87g7QfHqcN0Rd5cpPP5f1eUv1tDkiroa8P3f/qYAI+/F6IkW8xAEqkocK6xD/qUz/sVmWKS2VU+Ht04qdnNcX9XDHL2AzrqdTvgRXVRdMhQbXvnUgfJKFav5UkfsvXRg7w56VayPMbGTR/GO3/JfM53Zw1f88NU0rr6JEL15j3ZpCScyrTUpJo9hwfkZfRJoMHkgqb1emOCwI+gDuhmDv1oD/c2mnfj5q9hW+fpGvrkfADZtbyfX221QJ6yansXpIzndQyT+jpvYcLGfEbEMcjJQg4XdMkjLiaVhoji8Di/NixPt2XaTvYLemrXFmKG14WqF8N5y0dqg/v9M7ylgBErD7kx/Zxojrof/DfYg7FliJw51vOKtP+jICV1GdWrVMVS8q5Rt4aOBIvNyVudTyyQNaRj9ey5vLtytCCBeMGbV0xVhYZXCyW4c52VJFFnHK5XrcxbunxrQ/pg3On1DtOKQXUbgxaRHWQRx9nTnQvnUE+PFm62U7fB9lnOU9PkL3jZW8WWTnnfMbu6/lmvSyg6DldPm41M+XVzjhGy7jy86neCp+XLTUbn0rvW0k9HX7uSxPZd5VGd6VmhWDN+rQWa/QNISegzlfIPSdteeBdnzrPYLs92wsb0iy9fQh0OJ0uNLiCYMT7x0O9P977IfrlzUvQDzsnnifA8Y0+ZC7D9JUuVSX9IBMlrEgzulr+NjbMRZpY1sWbKOpwzQ5+PbAkKOJJsRDiWzWqLzr0rLPHA/UDKHgd1v20yWkc/BYB8SlAX6FzC9PrbJs4TGo6fkUvUYoTofJ0HT+bQwUK8YlmCP0SlhvyaIqMmQbd45EQ0/mKHyXUVUE2xJXZOrrPDxdN18z+3j4xfSAXMDq/tv5/4yn+2jd2enegHa3WDQhMzw0y46OMYKb+oWP/KjD/efGvXgt8vdgqfhvgxjx2wyHvVNEWZWBSvsl+BcM/vx05U0Xx1eTBUWZCk1ZY/Gi3ABRUahP+eb0C63PmmzX5fv+vr/v/XQ308ffjzOmMADDcejxedxIt8w5Pa+/p2XsB2vfLw7gMuuWp/9qMDwjOt+PMmIJB7KXidxq/6W1xJZcOuOEkuAy3Yu5w4+nn4MfhMxLZCcN0Fq9koe7R4l7IURgX2VMppor6nCNVPJqr8tXXCwd0WAX303a8dhma9eL2eMZI3Zg5osNQNX2QoZ6rTUa4lQgJjkTQ3qvPaRcZHVhBZpr+uNXxzs6VYJ+JdbOw5cBVsP9QWKlbbMQm5Ifl8JYIeWOcgVtKdPxKrEq+iOmR39bbuQG84Y5uTuKllHkxj8X7ubEpT+FSTMrSE8yDRcQvyHuazZbP554dSZSerUu8pWPo3uALuN/l3ZBuQkyJUxSQnluzL0l9bqqtmQJ2GPVpMCnL1QLnvz+I/IZxnHmBbKxyod5Mny2UacWc5+f20ggmpZ77ngqeGBF7oO1iD1+wXWrj53daafj1IQab3i3Lx/O/TgRixbJKUeCJjIXZ7Yqu3oPUI89mVnL5Iitb+5h+50u13RmCCORbITCtHNpbSDcaeZYPLLpCdhgAJSXaTEt4pBsz+8JRvSIdsRDMDamyEKEmzYWUj+EtjYR2MOFRz7C/JJ+7aG29za23HYhUlurXXn7zY8jMYBga4mbHdWOuLKZZMXTyuPHEOJ9Qxnqr9G3a4I28kbR+UcitXBbATB7UnHXY6ccfAxVf+mhBj6Zp/Ee3Q1xOfY1ow6Jc+gfOf/uKgRF/CJ06x+YqsH1XPlDrlzNVr5+ETk2oODiHdH4QLIb7w7l/xe4/byh/kxv8KjoK/+yOAZHThliI2qT6k8v9vc2PPDWHxNRLhLT2G036+dkOWD+F5v7X1QB/QQe/Ws1/AADAnwcHHAYv5E8NU/MEO/Oa6Vz9cYDZQ7ulehIPSk14l+AdaydjjEdgmAapG8BdUH6q+JtVOWwqG0Y+GEIROua5VvhLab1HYbHD1eMgaSvCxleOneNhsBLLza/YezwBoXM3Y03obuCQ3S0E6kcS9gnePkHqc30Iji7cG740Ctbc7qjkoqAkDGrtVpD1IJwq44A+Jr2WUV6hCQuOT9HTIAmEqL1crh6q94oHLyFBo1YWrqhfobop7iFKQAUx7c++PhIBIEhHviPvo3w65LJ1bhIsfaRUSOMOdIa4q8q/1WfErG0Wn1eozMiLk+/G67RvHldm0QJkksoqw0nHzms4GK4RsBdDnxOkmQN2eoFhxpRAOHTexXg5ki92tUsiuOqIJxpsFjUQSB4Co0PFWBSPsrvX6sgETEmtzHwRt0HyBtIZJVL4UMekhzqrm7wejyssxLmIb1h6lwD1TRUzbpDyFIY0Dt9qtz9ZdgBvqccrR2e/P5hAGs97zVwdMx0C9TwuN+f2iH6It9gSAMGhZkt/Dxrm2y/+9Siu+pZdzQrBzC6ASxYqr2HY3r2Z8zEvKOcztCB7bvvjK/THOzlQa9w6U2hJYQ9RGLokyVoVkQPUOsQ81Tirf8fXPoq1SS4XAq0djqp8rX4YacJFExsTAF6B2IXyidUh+PFVdic0jOXWHxqIBrROCLot83MBGT5roMmrFZUNHeHy8TsAAL4QwD8BAABHMNqeWdRSD7H+WLg+hpJ9qImyLf4FAPzqtcCPF/8bAMD8OwAAfGu4/AcAACAFgy8ysocqyMAkd8eGgcphcg7gZxW+Ov7VNSEjWBLcIizRcDbPP8PJo3yRn/jNLgfAl4SksVh4dN7pRo1tKN1DAX1yjd9H+bRgyczyzDnpNeZ93NhZXOaK6Xbrl4ykl9P8BA56iuDjed433HrbEjUHLB0eIz3z8hS0iS08QQUN/M+3COONuMcYx3RoLdw6YdkDwjcBREYxcoo2CGFS84MCDgdZ9H7M+XIQmqC51reSqF3DtB2W2yB1gKvWJyN9bPCp4MYYAeKcsau1ah9oCt7toLgQ//70Wfb+hLK5HSixHcsehmaC26T41aiMUI2hGvn1zr0YvnoAL6v9nMDnrd198MiaxvXuLuwuzj1tar8OmehlUCQBU6qh8TzmmxPyVXIvNFy7YKmFBB82AUejPRrZ886UWGN2bntlavHcPBZO6cl7BPjAn+Ndv0PtKg0vI5DKhn8J9+LyndS0gJRcRrCYGVDWPA/rb/a8rv6RcKcha+LFObomLq/6Rq8hJL62NDMDa90P7kYR+xBKLAjo6hCwJPJUaVAYsoh6a+NKhdnrLVtt/EUzxY5YNR3fJV1WjVHDo2HiTE6PiOkVtuENKMmyg2YTyV/JjTVOEdNsEjfp57hpOjVqxGtrq2RVJee2xkzB1o/ods+1K4kpPpBi5QQWXnWhIhwj7GSeyX2kntXrVd5nnBzvcnNNtE/i1zxUCI2v/yAau39FY8f134iafI/GFvVfPa3FugfwR+PRWxVbc/lT1TEX91ab9NT5cb/tnxVDRDZdwqb4FhH4bTTorHJ/ffPvXfaRj0NRIP4phKuqAmcuHu/Nkae1X3JgvzWSHj8isT9KCX4LIxSHynzppnyporDQ9zCC+v1ZrcLAd7WyX+/vv9ke8O/2999sD/h3+/t32/tREgb8F0qpY/B8x8GtvJoseAWGXeFN3j6Q0gtJNwXI0b46uL+E9+d0yuiDSZTI/kDXVwhKorGXY5FE95hKJj4QghtE58LyUKzNX6eO3MuKBri3Q0QTKR6tWReZo61uAz6b56pBxVsnQW5b03diQHgLofaBV5YrT6ylqHXutALhSRUAl7ITTMnRNiJ3Q1+9MBrwvl1DNnvzGHAGMS/YxtPb8bxDSLLe8lpv48FmHoxDfC7wCNS9XBiEk6nctpUNPLbewlhyYXLW1ZJeznWG0FFVZY0Vwy2w2rmuftIH7/m6QDJoHAG7CD+KXDsTCd/ActQR7wEfk7RpwnmzWbDy6z5AJBjrP5zOKLSMDxf2vQS/63ID/4tS6r8Kpdog4NskQgpd8aalqdaCM0xlTFFX2v47rW2TJVVTr0JzzlO9PAFtjpabi2S3Sn5jIedfD+Te38apsRpsIoYH56LXMurakNv6s7GH4VaU7Qu6kbzoVwZJA+t2lOItvLqLIl5XVGXEh0xhVhhlSixjUy95Khq2Wr5pbyqsumqo0gOv31U+c5sQeTsgsm9B08ARPD7GKZ6CbCnjNNi5rGqFvKHfqqWhl0veF44TsgqzMCix0AHuIHHzPP6DYQo4GHNVHCprG+K7oWOFz57245aJXhXPbb4HZZ1yNWlThdo5/TSo+2sJ2ldt+QlCmRrw7N+C90iqYncXQ5pbqYbCmWiZXK3FD3s0mFEHe2pNVW17QVSzjvV13C6dTFdHm6zWACg701mCW/d/Vt/6/1qzqv5sVs+PBUX+X2NW1f/JrD7TyNjDStok+V5k/WvOYzSSNB9bwEsDHqxSEGglei0Rd62ZOuYpPxfDSAzLXtLKoXSNL3uOsqttl6vDI5+RuN9IXNfRM2B2ELCU0zF8fnJmSNs2spDgQreEB8u/sxbGQ1cbPjw1WMs0n18vVD9uKjHQ9nW6z4DhWBsDyjFAqnPGkVG9PK0nknJCxdJNKombciRud2QkZ9q5UCziKgOKctQXhON28PtwSdyKA1FGzp5aFhASBsZNUD1GuxpTJIb+eU/rrhLwF6LLBHxKGiREBL7oXtHbTx/KmA9YXVSA7Uk1Zs1iPITwSfUINBy2dsuJZRYPHZpcTuqW45jgwAMJ6l4+GAv0i4O4/r9lVmGABFNER3j6VcojzxkTefLuBt7189+YVa9Gt1bzn0ivn4CvEGsjI6GE5zcy5ne3oDEnM2MxMON8Ztaga0bp9UzgEn1BfS898GTAxJeAFlbEgFwEwLzN2Xi3SaaZne5raJ8EPZfL3uMXMqHsgQYzN9iXsyaD8Jyn87lmy+oW4Ea90N1HIYAouu1jDGF897OhJGQXFvwGE9RUMpA1HTvJ9KDMG24mQ9D2GVoqfy8NSBCsnYThPHCAJ2zeCgd92f74mm8P08jiKX4KotjkyqU+KDVSIl5Xq61oMr7GX/NqTQxnEbmr6avYtUD2zCojevGXIXYaDY/NgLz4hdyxFtYphcqrk7qlD/bZhoplDe+7IVRYTAgm49tVRmED4AwGM3Cm6/+zctvwy6xC/9msQj+ZHY8TD+APYfzEYaC0Dfuh/Uo52cizDn1vfjncV170R+YI9wTvfCEt/sFC9Ms/BiD+2KSYppDPAzfyl29Frq+unUSWOz/mA3oF0hLalJIGEhwH7lfq2/VcSfJYTlFtaAfk/bemhNNSwg/n+W7gvtUNTJ8PwL9KDR3/6696xOtbBOrjQD8f5ELQodUkBPxIoSme5ZlN65ru/Fk+t6Q25Tiff19Tgz7bmX764OFrmy76lbn3oeI3pcDjS0BLrd1dZ0RYc7wvpUDo82z/8zNVFOw/Z9iAD/dx3T/pDlOHaliIV2Xdt/0qMaKV0efLUl1xN8nfEoJX636+k+kVtO0HI0hDzLdLgnizKETtV8XwC/lWhDC+/LkwP1wuQa0h6eDys3/4Y9Q/2/t8F9z3LQOfPR+KQ04/CjmlH1/S75XDy+cDvlUOa9Hnr0bBMHz/mb9/T4DzTaDB/BEEXDzOo23PouyT+vGraOK38Upf25n/+sFIUwCffTrffmOb/J/0DCfU3VVivAOvpx4plIiWWqdleEZCH6AG4ovZOoTZehENH+1Dettas70pwXkbX113C3Y+CLHGq9OeAOWDj7WbRdZl0WahBgvXBsZyzR1tjC06IluyPsXs9RBSJrkj1fO62eO1Ud6TECFY1CZAQ/dk3wiYvB3BNZ3QkgQLST4d7Ry0J/tQC3Dlr8d2q1niWYJdX51c0AtTTiKZpEgfih6+EnPlfDPfsUW6Sgi95U+kwWwMgjyxUERM/4BzApHhR+u66n5nHm+/EB3T9WKmbiMQqGzxUm4vjp6QdqRmBF2MROGh+3HoT99WZ3z1m+ezUO7ZaJqs/W7j1fmQf1L7mKqMxHKAlDQey+7DLTsM7t8o4UYOKFTvmDc06OFxO3xjpsX9AAnAexS/diH/nZ7ht9Ed3wt86TeI5exZj/ey4w4lmJ+T0L0lqJIHdk4zD4Uvr7PJUhgdnOxwVkVyucpLgBSym60W8CjyOa4U8xk89FmTFA1GxzV1laC2n09BHfYb1HHRcaM5XfZF1LTPOt9jIwdEw8Cxj9tHH2fSaqXuPLSJu+doslZLVOuw5OkTZpTqGKHPR4EQ09RH4xxNt0i/T+OKAe21M/w0MMfwwq1AxGYiK9sasTL0ToqeppY39KRh23MjwxNHV6s23mFq3GUmJjzdewI8avb01qG5ZSPcW1Fn9sqVP/VDdY3HIGLBw4fqEbe6m4zemb1cpQoGuT2R5vd1d1U6B9o3aiwbRPbe2+2mB20ZAbUPjyoYReOdqf9EbP2bRt/Z/fAWNKNgv5ze9vP4FY9LDoD9povyPY1Af1kHL6WcCv7qxvp9ZjN9qMKPGqjP829CrT90WgGPSz/w7A+dqz9e+Jv5rUlErZOvfgtMvbRv41dUhj2/zLL2gc+A5rS/mL9iBaolfqnF/VZr8eUE2sB0seVLgOaP+rjZASj4tynJn/8gMOTrdxUu2Ao+zwrr47/Cjpt/n6b8TYlL/Fslrp8103cq3UQCu9j4/S7vGK71AisLsLTffYTupZwDYOjQLbdXTFaG2dqa+USCBobLS1MO7qx60a1h9+KpL/cSR87Ne22yHs3OKu+s0Cz2BUCkkrtG5E1IqJ83Sgjpx6TWDezW73cBlnduDsOVV3zr9K1rIyO2QZYQDBwD9XI5p0tApfbxLVUdF6MraDXIQ5ctEwOJcwlNCWrV+xOlHqG3d49pHLmBAXmEj1Fj0CB/eDCxAFxiCQvTMlPbLX5dWHDn+TEJLl54KaidNd7iXP7bF2A2T7j4QJ9sfP+cj5yWY1JyqjgBMEJ+N/473weOq7ir7ZTyGCw3OoMDZpNjT9nH0h2IZRmwL8vMbcWi8TSGhIbr5GgWBDjluUIC1Rhy60W+G9DBsapYiSrl1NHw1P5lwXNdi3NEkl2IsIgzavxyPZ/zicxxRFdA+1L06znS+J5AfBQPK82PckB0ukLosvsuo77J54cO036ewYspWJs6ImtYaQijFHFoAG8SHE7JAzfYt6hgMgwrIOMnJrUkz8CXGV8s3T6UKo6eftg4a18KlSeN1os2iilVTBKgmCtfKVsntNtQ+0ff1Gq6K7l9lxRxKzpQoRsu3qWpX2+P7Rwf/oMya+hjJ8LsdOKEBcbQrtXxtt67Oaju8gF2V9mIpzhKqXjNpXaCKn/Bnz028iGUOKpgRIEPok5tOycuYgdgDmfljpIwPzzFqe7i/5DsAP61O++PkWfBZVPpevOF9EN60oYOMdPfX0SRcHz/hA5BSwoFgM/iWQVCNNYaRZRmHNMsufMHzQdE/vI+wGe5VdAysbmUKnXMvD/nfB38hu3M0R7GuQeUctCK+MbCAplNbn4D3TFVb8y5JhZH06yMdO2QoKK21c6tFddlPzAYJmTmfnOxg/A5QCA2Q9N3UDYw9eFlvDO33lceC5G9DzcbNjh9mCjG6aLvH8vKBlnkcdSM55d28JWvvQFLRJwnb+1vBkllMmD0gMbCfi7AzIkJs/pYd+xJJ+lXjwrWoBGFtkqBebndm/ojxe83oK/a7PngrJACM6RYTyXwUROqHByM8ONtpQXXFq1xYJ34eDSwsJgSKaCIVUvqoiemXwIwbr4qRjnE3qym0e8QShocnq7JFZvumlU3xZJt1RN5EToiTadBPgv50RyNNUF4uPo+QFxWzX7OUpvzy/0GJgVXioS7YkTnz0R+kksciFbezXsERms2VJV4Zx/uyrAj2lWY4wP9rEzFUeWvaY4lnrwS9Zqfl3J9uAGeZ7dsMO6S+FCbe+nbs4NYzvniNz+6JMoYBxmvgf0FP0tSfbBCxfNoXx+GcVKSW0yVTh+KSpC8DOJ12GBeRhwHYaaplxu4V8oP9n5l/gW8eMG0qtcgetKgZPN63Bb0GkNiMdXLQWMLhw+X9FAlMxyJUUCDfWOBYmvvVs8mcOzODw2JTUqF/kl8K/siYp3+n7TQfx4C4noXawNfAn3f3Gexf3EjyYM4XXE16k9NJsoHxP0IzVCq/d7l31pCGJpzAQ/SqN+d1n/V61h8MRpMZZJTY9QL+B6v+har+pJU/7uZJd+W+6vVAv/Lcn+1WuDf9Df+V+PPgC//m/cyNpC6i495RjuVZZccWRLpw/dNN7u7Fquht+0ZkCscV6UdQFogGjfOMM2MYwEykSFBVQ+zjITSUat0EuV4B1vJo4wyfN02vFhZPsm2kuXKwjcPrjdzoTBnkUqWmyAAMhoouXRbl5T/GOG0Hp4H/a4Qm6IWcw/WD+7cJK+wFQWW4+nV+kQigJ//DcuLRoo8CwAr3yPvmqf4ZglPqeXAEj1uUlZXFIQK3GlgQth2LYO9OQe0JAoRn+J5zPpETeDjdgcvYAoQOyykWE5V+I3rLxOxiiBWCHV73Cn5qZn8hB83YxNBeDpvrlFdhXYvpgdY3ML+8/MDqH/YUd59vBxWYdYRkvfR4rFG+Ov4s7/XjfrFZM0/h5+sUefmrk4Jxd8kI2tthrfqmmb8bv2NMgK/avY2NA810imv4vED20r3VVFmMxG76SC41NkMXYFvU6UDmc5oQGUnqQGfI06EZI61dLeEFu4ZuvK4TqQIWHCVzIMZ+Ty5XnlJSjouwnKrn+A6T1TazkCQxeb9qY3RgHmy6BGEKH7INdHTfuubi/Z2rer28eagxfKEHWPF2rXJfSrRK8FngUAYoC3LJzO5rh46h6w3yxvH70I/nP5b/9grcFuMy6RHL3SgOL8hMO7nMiu28so8rnvObD3wmgchTDTipumfw3PDRNEptdb0D4jJdGy4UA3kaffK79oEwpxGv5P+DEuoKq4PhsqbCAirbI5sJYCui8dD4nQfh3RN+w72s67izP2eim5jPYTpnw1v+qZHef6uj26Rkn/jRgZVmvjIro5OtlG5ovCXhVOAdrGuSok/TInyFYt++ZwTI3ibdOyfK6RVrrXamG9LF3muUSCVX9YD+A2hF2n9Q6giOT58AfvWMMe4+3ebJv71WU2iqmXu7G99IzJDLu5XeCb0tC3uvDN02Py3M/s1f9n/aVV/kBabQgD1F3OW/3bMsirfiDPfxZdxvezIyweUAzzrZQUGuonx0ymE9wINvBpewn6nnX0nAjvpdzPOTXS5BV0u9GOt+HRF4OIy7iTKezBwpwctePDC06ZaGePf1kVIIu7u3ECBBJcItp5E0/TkojuL8ns4gssdnwSEucHE52NuARDdcaV+ww0FJ5jnN5BWQ46tPw1s0boPOzf4Kc202nAX8vXkSeGZYpZJsgFcc+hbvB83AKyD8u5R99Ghvya1S3VX9kH8eLRH6axnWx3JkCWzILSLEysvGhKQhrnrU+UarGoY9Aw8YHV5UBd893dcD3SSm0t7pg0NY+4J6hzCW5nhapXDl7je8Ph53heFGDLIvudnyMtNB6TL/rYPsvjKtHF9stz9G/mEuvvn174Hfi3Aaglz9U3y3xvKQbnrGIJdBc3NcZBw5IUM0Mu7feMwBlMFSRAvp3ZRp3VelwY/6xCfL84gF6lbnFzsVHWW1jsDlSTTS2+/rlxRXYH5A04f16uYaLCJEYF2zQY33ouzxkuPLIezBlGkDTCD20zxwSBFaUvW8kiu9Ql5CmFhwFCk98INEUqM08wJhNbe77OsBlrmXcLdSvwMfBEl1WboZOb47VroN6qjtNLBKy7f8xmYW9ZuYXXwF2dnSyZxdvnODuIWLib4crUHk8YPX3CpSoJDrtmy9UPsrJ2XqG5CgrtsAq9JpYdCFre7JuTVFMH58M4YT/uLwsffxIG+lI+BP6SPf845OHsNNxipGHCNjz6jBdOtX0fuVjjsn+KEwF+M/odDbKuVfEBf8/xYFxBkHIavmwZqKgMy+/i+LOhb666xVpn8grsiboH0sC0Ch6kM/3yiHoAgLVBBzjQCnKHpqyuDXezAZy48oXvmgDUqsDGZfT5eoUX4QXUHAPFLryj0G/tsS7sCpOSOBCOedGYQ/WnCJlEgbLpF1h3TnKOfQKaNJOX9JODi6iTYqQHHHIqkU7TGzP0hBsXO35aD6rsR2i1d9TY1k1Y7KcD0TXbkGQ4Y84FIFeVgR7prVJYCIVJkr9vFOOELYy9yC9xQ+3yvHk8METO1SW1G4hTYQvDIH6pnUexNEUSTyDAK07CEugMm9sEl4RAenStnXH4elWqQaVPYT8y44TKX2kOSYPCSnb51rjg3FZFCflDy7LUmUo8ioJ8tY7VEIMOO7iI3zV4z/zY9D6aRldyA3u8PdDs/pKxwz/u71x1pridGC7tK+dB79XYHNm+b0gAdaJHg1fPA070dhrB/zChtlujLgE75bs7EM9nnQqoms7vgXais+QpTZLQyH1geD63ZVp2Xu9BO+QzsKDapeJzPUPrpCIfuVmJDW7BHvZZrc7CXZTV6vtarMuymmvSAoICs1xpEiATm49h1bvOmsi01XnMaJiTa3lstVAgblwF5eduiBT9heI1NJCui6vAOwJYRlFjKqNJsczteF5J1s+9z7kmdxDkLMhY3hSM+iAbr2rd6ghAYwYPg+7EX/hNvmn55iw8p/s2bGqSf5tIzvmWr0UwKJvm7n/2qmUxlzQP46/CiSFKt986TP2YSc999nE3xLx+fQx9vRPaJv2o2Uqnke+3yx9mZ353dX53cj+nIOvOVHGm+sQPNsX4kR35/Bnw9/FrK/3UlwI+l/P1K/r23Bf7ibhXFNPbsgfWb+cJ7DOvTAX8Q6YcdPIoOKcE31wrQ3k8iRq5ldCcuagRIlb5SvrzNIyjAvnxl9dM83zti0VYN1fHAiAFiorHnyNznnueVzOjtefGYXom1ppTPz+EPK1NCx6cwM5NfP+Y3Z3QaBRFvtM0TuN4JA0EHhfapvminjTvk5jkEtg+OIF69xifQWqmLCCX7MA+Ui5SiY+V+0F6jKCna/qKvdhKJkpW1PPU9XItjwldYX9HwI7wczdEZoEf90q3SUje4yAhxE1Ng3NDTud3wDDGldhHxBKJYCIUR0B2zDyzRwM71Iy51g5McHODOG1cXoOrLkvm9zHcyIsBSuSx3nuOmi/WBM9p3DLLI3vv4u/XlR13n2r0Gsb7VfOwNEPyuiDA/SGYw2UadzslExGRp3e9JGLOOLK3cdbwbvsh8eVKYSk5e+Gd3k0UJ0OAaNOCwRpswL3WptSAb3LUYGSig6CsMDYQsfF7p9yXWdsbqMLh5ekRrg5molXE+2CbFjwTgOxBLBX6qEaKu1Oi0vyy7AO/m62l19XLxhCXpgj0EY/mlmUHQ+evVnbm4rLkbSARqAcy7dWU8IHYZSjvKwlRI5umxvZZ8gZg4iVWqZ/0CS6R7/uI1Bqzmgls3fhRk8QPVIhEY2HBu9fGddpJQHZRDQWUQ67LtxK+VSrZkd4esJvYn797pu0/B8nOjzkbxfs/yhxf1oy4/FXczVKkXyQnyjDMaPja+8NyQWYju/nHeeIQ28Z9o1glMunllr4Erwfg5UUgGz8lWLkWj/5chPuDXAlx/hPjezBINe+ca9YuFemzTX77fgm9ryo/+gbIS8JhkqeRTdrr32z2K5553YrWmtggf57y9nePOIvlb+MBQK4PGHcH4pToCWGHe0gL1UQVAORHcpMeeUzW+cBJalDCCPNV0zBmqK+hnHARhnuXEcVV1LzBvq2+Y6cQhBA2wuFVVgHxUEf9uYN65nNOzHqNBzniHCZn/HLEsHptQGugSZfK2q/pu4bmojCHiyQu+Il5vygZsiwVP07T3Q3sY1yq3y/x4U5i8iIs7V1bPZDf6vGOPPBWqnMB8uI3CNX0Xc6h67+wmA44jbab9cNy37MLHRGWyZKH2ssdx8rrl2Y7xWeAtyyP0VIk8C9pUswsxkCThJ15WdQ4gMmXhB71AmzV8v80bFSRUW6P3hSaNXhDprBQ3+KUTblBtcrWwkUvAoDm99wTGS4SdAPRNBVb87B/RagWj39y5VmRJCDvuDLFD1kIZHuZSp9222+sZF+vabgaeU2PvzpsvqAvgnCgrMHdovm4TZ2J33uXlQeUCtosOxxgcDM6ncHClvnVSKBEf3nU+dRkJIyXDSPxjULyOSudnSfPwobBfKhW35Xn0w3CcKTgYlfJYbTd6pwoRmQJtSXg1KVNKOsm1WayfkT5wzu7sa8kjezyrshvM3HGRaPyQ31vyPp61Ob28oRXB954+mhs1C2qYUQiHIgRdh3Yrk8BEGatLmVmnJv+k1kL8ci979UdfsGjTCvdIwoUif+mXRT75ET8DfgugmebHun29+BvrJffPt8mtoQ+XP0jpl2bBh5OaH89Yxh8HaCItlDlsA6j071Q5/q6gaDExKv5Z2NhRKqqJbMpWmn39s+YjQ+Eu8K0YjNW2pPq3+gTHn8aOqUz7fdDC1wgb4NtsBxv600wHcde+5efES4X/mDumOiyq1sWuwV+6DftPvdEtRanmt9zxN+0chox+7PXgmK86xm/1KCoNU2XccV/lI1+zPXDVNndALH7AiMX903b+0KHm1FXkrfbz063OX1XtVaH9TQL/ay//Vp/CYQOVcn9AEf3PXzZguRql/EJ+8u9r4hijvpHWEt3eaR/HALo/3Tuq1XIoL9bjVb9u6C24DMyEhYGvdUu1siL94KlhF7p5EG+vAV2YrYU6lnGMXScB6i2RhCJUA8z3Qqh2L2LLbmVmyc+anyji6MsPl4+y7kNW0INzcwm9bFrzEOFsvBIicQB1So4NArMbEwhTQO3kxHR10xsTV/ejuJAETny/x5nGenr6HC0WaY+93CUDdEocpq/Ae7cy900rQim2rNUHjAA/VdeiiGXdZuraipScj+hddhe6mPViSpsyXz1XUp1YeiwOAnsE3fKTVgt1HhEprU5RvZoA2d/t2/Buxf0yxHb+fDvK7dCOkSW4YOqXFoKfeSTadcQB0WITHVdTP9zld2/5Fw/I9k0NXzwswjKl5CAeSfSNafHuVdZk/l1fx1bZrwqo4t+/+Jdy+MCvYqDlvymg+3A8OKC+sqq9kCDcBiTV5u7vj3eBIfqabXeNTKtA0hTr0jkNXuC6n6M2vxYL12qUwm/wgq3g2kSfi8Xkh4MApKDOfsyW1CrcJ6ryGNkAuyhG5TOLYdtRhRSl9JUOLYVhcQZH50AfIvpCBJJ7GDDMAWVCc/jpG226B4/rzPmO2M9VTeW1VUPw3YS+4iM9gQj8BZMl6soL7DX6PLJu8lBaHALmt1gNAewIUDBLOPfET9EnVOqtLTX/cD+HnlFwLBUs4TVlo7wmlHxbRBJvOhZpXw9KBHwpGpx0F2qOd97LLWcuRAkVm65fb9HpPofNaBRoZQqD27JAYHspUbrP966wnFEfsF8BiwQG+D+qS2bVL6N+/Mmoa2N8F4SLvJPR3xj15v+BRv2nYOqfjPpvmrpfb/7K1Sg/VH+dcP9QP+ibQa9/E8P8onrfEkTJV1EG8lXPDAw/qRK5LHsw33DjN1EilWp/M+TOH+Feat+VH9/R10yeb0uUGLL6UQXNw38s8c8jS9wTKyLeLdwKV3+o938bBEzve/bnL/CvSTD3L3qFfxa8YKjoL1/id4n/rzd/I53Qf1XOBvyoZ9swAm0zhZZKaVKPXjC5Qh7hbqxNugZFRnCFVYdpsltr0UZozbVt1xSHKgWsRaHOCNf5E5uZur74ynsLcvSisjCroArspAgyul4mYg8bzNcDNqmMNqdTQgcbpFEPmLMRqny2eRxvByF6w10hVVJGvF+PGyk4REPAsxzJqxvbdwjOwBnU33V0QRI7j/DQZcBTut92Aaf1NVFaz3gtSKE37HVPmJthV6f7OOM0RLqh1QrTmT2BluiIP1Jt9Y/1jtAewIZYWSj+8y0YIaRI6MF+4GYV36M+Qm5kmIc+ZHiJzywH5SdFKAy5fvCFykUkkfrvyQfKnowl7X6TxfcE8eMOCmOFKhLOvJf29yIFRN0/GOIv5Wz3bpEM4Q0CTKYfdJzJpzxHPaperp78S5fljxf/6rX/vfxPGP6qbIr5Lp5HuyEs8QZ7IwyhhCz3+V4suoneFD6pEa4xA7EY3kHFuDtJMod3zBvTtvUeDbgIgDht3i/UXaUV+phcUJQ2PZlvpZdwWiSLETWygvq5PHIWHMS41nfFlVOJEfJAOWH4zIEmu1nVPU/u/qu6MLzT72euF0ohPSG/U2kPJscGF/lXGplwL1F5xXyohtd59MRY0VONgPPd92r7RgSGoEdudLY5NiOJR65nh/AqGOeL1L6JmK3L5Njz5ZYum1NmWjj3KZHWywwoMJngH3oaoU3+DGWvK7Kek28GShdltPc23MAvgWqSuk+THTcbw5EmG727mWQzW51qwNWCgtBgD0xsrtacPxRD8Q1uwBXqn0x/4pWLpinqd5U1UXoJ+Vkbim+Kv6yBK17m/wOR619zV39Grr8Nbfq8+VvWbPkR19Nq8kvC/cuwn2r9vepO+1F1d4mIerWvL6f3s67Q/+z0gB9e7//q9IAfXu//6vT++BL/xemJf6nz+7syP+C3Or9e5O+0PEqVJPlmOhdY/mbs8cHHkem7T5WVWc2lJx3Jm0cmnArZy5CoGub7BpjemKUpop0rHd/54hz4zn6Ju1KYuP9msBdq7y0nilv71Bprs9wx3QmPhg4Z7+jH0owAfHsepFIcg4ITEpkzZsWc1WJ/1Ri0XnPMsLEioTcI4t0JX7GN6gsFGeQBv8NDT0dhAJBzbHVw0mfjeXtV9VM6LnHOmuHhpWukOOZueQszYSvTxGKwWRa4PvTwet+TeDJiuJcBRtfjwO0wR5eCOapks82SdAW3LeXeo6ZAdLygWoy1RVGzXHWwIvcaLIpD7zACCa8hA14XoahbKChwwjbzBIMDShNZdX3QhULWQoQzh1hUOcqLEmIzwzFbeqmn7no4Di34MvfhUMbNye3NSJ+Jj6FEovNtXuVCWeFjfSh8yeGM69EJHy0Yvl3I/cNusgvu7h/kUnGPB/D2jfvtdQpaBF7FQDTGPiaq3yndyxbtN75GDbpxs2lkdlGGJMJxPRp4TH00bfxcHE0FiucVsNJTAZMYMyeEyAWVxozn8/K2EpaPMoNzz+6XGBa9UIIR8EYvxSST3VSapfSIUKCrddLgcN4Ac2Z+6bz6iN9BgeCafY7WzHNk75NvfW5uhz/ifArGfQI+SVtW0OOOHWkJPDRIGm3mq1iwgQSc3e/ibtfVOGZ7+DG5tPxcsZ6qFmSleI64jMD8qwcF/uxCkRwrTZ5w++mMjeh4djQZ4eG+h5P4Lx70x2uBX734f/GgwK9c6LfQ/YdM9MV+X1aw1OfyAZnk87opIzX5pz7NvI2UBETrAZDKyfwg6zDzpsB/2zJCyR+M1z4DFt6PV4CPN7+uwj4l82lG835ohjye2Yh+PLVqHIIboPqJ+/Iqkx7fyr1OPqSCsj7O+dav2v15c1SzFhfbvBQQatTuwCDQx9f2PeDkPdqQvVcA0Hu2HJOXuhFcoRWFuPK5PObM8tfTVILbdaDvF/emipv4zglrHo+tI0hrGLanFB6wFQC0+NmjT6E2cUQlNYqPFFUctA7wG3sp+bWa+buYlbvyvCp31wWzNG/3u31c4w29NX34AiLhGTOOKlGXdqfqhzVwx26IAXnddHMUNfS2bN0RHu/ooPrBE5eHakc1egMhf6sWN/cBJKW5zkXcbn8qdYaRfpOkrKnPplVt5T3dGGY0zhlMyAdf0UndgiGVnTxFk9b8cuHxDmjEC92UD0238JlfrAZZLAYcdMUGP3bFCk1YUpVKvJWIGLqf5QndWTR3OLWd9qB7eUIBO9t7giWzmXhJYi8nTxO6Fq6qVWZLYX5wmzv2cnLdaY38UZIzWNLU58Bo7JGOy0ZOFEDOjwyPnOiB4THCXnufHSV3n121NVWy6hxhkPlnD244LnJM26edWazKNiYkpziHHw4A/sFTlmzqssg6WhIgMeJ0ZuJ4ymOHLDswTJP2Dfe97sMrdCBc7qUMRY6brc41yMDcCsDr/k9Eh5CvzNbjd8VBlcoTvVwG6QGFsDKN598QUfHLJQM/jSKwfsvSf/lk0faP+eXj2ytQ/1QJn3xAgvb+okYR8jgA0SHz34nXb5NVU4T76uoSv5QIPx/Q/2lswaHSjx8Q4/3lv4GPA0fDIPpgkXSOEamMf1JA/T4Y9s845TfocZHYF58EdEf9EE3pe06x/v7wx7Mf+/x32wT+m33+u20C/80+/902gV/v878vDwJIpU1du1QMJrOhUNE3C3leKYKNj4dsrFyKp+dIx21A1vcuRIT8UdzokCDqJ3FcUHD1wLyvG02Skh+AmmyPYoMlAS8yS6XI0FKSuZJGufcSnSAVeGKP/CqsbxMjp6B3MdTHgwP390ta3wXTB2JZDvRa73qLSjdRVte6aRrjrpEG1sGsg1HjvDj9mxwcMh71FueQeLoeAOzPCN7QItzPW7AHb4WHrMctO7dB+twrORiMu528uQ+EuwbWucPVMUS59Xz7GsSS9OkDD0i/8qGIUq1LkmcTbo0gaEIfPXnlw4u6S7qT1Qk2T3dOdutuSMZUjtj6MZEBlZnvxQCkMbjps1jE04Zx77vGyB3EIwfC6lyYueHNUwly5BJJO5u4s3SDUWtfoa77hxeIrQO3HyJ+rZffV054E2QWg+jrbnBad0c/0K4bYRSmeh8pR/FksVhCg3Au6mN6q/tqsfoV5jtQipCX9Gd5f1xnxfPEk+/uzAfgpV7Criw2cjT2ZI49U8eo0la8wyoZo1yqZmnlUg8YApL3e346zfDWjJ7HaFZJ3CcGIQdoDdvauYIO17PZuN3tWb+kQGGfBX2IfffE0CMKmzEBKP/xvNbYtxA9OiprS0pFnISbuZCrlegVipehmVi5jhaRYbPcU3PHusoVyUYXivXhHlj2KnR01+JfOF1o170hA/fGMfK22svx+EpkvVK8zIzpiu9/rQv9nq8Efq4P+qtUbl/wfqKFy4LMz/dz5bY36Cq2ahLCj6Aq8FNl6d/mIDtB27GJce5OPzs8E42WzHMH4QOQXroyszSKzXc3CfZZZBANFxSMqo9jr2I85nODbJWDdTNB9QKLwphLX+kLuVxuC/IMWM8GNUlX2HHL7h9Dg+ZsLD8Pni5JWs1h+UVCQiQxnbC54/tVfQ4Jir/3QmHN6zBOyARaHrxhtS0Uz9jArRmOU5HBYlIbZXq0qozWxsRbiqozWytYhvaFFQveaGnAtizMhyUFvOjA1Y6M5fKZSpbTQ1uxE6Wiw/oYlhCQIJlFDtNGO2HekTfIp4ZXL+Lv2v78uS2OWWBWOPda8Nl8QX6E3mPQqbXV+SCqmStOHApQuMqyTj6l9xNqo63xD9RmnkgoSEu02oYDqC+6A686vU7KILzS17ucgfJX1EUIoU0vUsFKwcFeoMWMJM4kyTBNY4sXFiRalYWYGTCuOLld9tGLTx3LZds5bvoDJwJ007vMH6XPyVakIxXB9YJc8mnYAapamf7MGoYz06MEvCrhX5l3mqHgLAUvvekHkfT9Ta9p0MwuIawJy37kkRpE9C1PHuFt72pBVXPrnRJj+QBKoqYl9CpViDWuB/ggZbIqJFwekAc5sxy3nIr8YmvOHOX1Y91PjMd1yquOXSJ9eTSfAMvStxqR6oLokqKHPneoY1ThUqRH/xS6kJzpuyPaN109ornTIXMkc/+SDAN5coOgOzJwZjTS672eBEIWMw9/EP5JFIMOv7mM36MYKuMPOc083gGDW236TH+aAk9/vKf1c7j6r+6TUv8OJTg/e0/gR/vff4ESCJUpfrT+HT+8J/CT++RMSC3cr87q6r9DDMAPyPBBB7DqUD8jhm/P/rznn7cM/K97/nnLwP+655+3DPz3e6aiL91m6vz+c34VVn79tMC3/7OzAgmJJCXc77Ee1hiqnrQ6FHirJ2tva7xCYQ0nk6hTk3aJWqN6OoOU8Lr61gDOV/i6YMcoQkb0si3lLVA4o9tq4jxpZ+wMAqnNi6L+rt7zR6D0tyZhlyH3hCd/6jJ+Qyw/SdQCudOUvjyZlbprfvGKvSUfzFqE4hciumroy8gz1ocpWqRYULfIRQqi8Cd5ZaObcMQx+EqxdtuqYtnry1KxEd2LEmCYhBZpqCMJktv8zfoSJo6Sk49jPdHYsi7JnquD5IXNZ4IF1v0fXLn+G4qzf79ytIJwLXJGEmGTLza5/3TlmP9HXDkV0+j//cohGqP9fOW+Pft/xJX7b/ZMIV/dTX++cpS9UsAH41Qk8rlu/PZiAhemGU6gXjjXecHx2eVqb4Wp2nqdvw0nPwtRr8KXPt+CoryRy5lIQP38XD3VlLudmH3Snp5X9Gxpven2Ua6IbQKd5uODuQx8n2vtcnhvtsVVVQOEDcvjGXEAbMhhyZTtW9YYlWX/LtJi/CXSYqoMtYfkTwPJLG8MbQma2XOzaiWWP851rvs+JuiGIWWqKD5Yq9Y/pPdzr7WeZKiGrEkUICM5sCzp9jbU22Q1RLKgkCupDDvhLNQ8qUE8k9661c9ZtnGocMGGiIeIC6Y5RJNppgGVT1p6YtVgJYYQlzY8IhWwC6uzyZ9VLaAFiBPbQd94es5qMByEwYruGFZqj8XqZG8F7H/WrTJ/tejhv2uluOyueFhDqU3z4rkuTRdlvc/dfAMp9ZfSBnv4c1s8i31xWPgHq1Qaro8+5/JzVvXvg9Lwr3kr3zKWwC/a8riY9+pUkLa4a4/Udw/eIYMfAWuWs+D4t0ztn9tdfsvONrvGiMjn9MNfYr5f2VmNMf/6rP6s8WelEqdmUZVxf8TfV9NP27jTPtcF/76qjps/y/+Kvf/LTfkqAJqjD1lLuuf6Cjg4cv6oH/5WtCt46+/z1n9v7v+DAwP/uUfG0CDwfFKckTI0ScBhsVLuQj1Dnc63NAJ6nMjCW3khW8iP7iNfjEYRrk7tKsbMi9i9M05UTgfsY5n40JQIllV57vaYgJrZGI8UQCSTees7hDsMqwXoXWqgOK4pFzF80op2fIouSTItrRvIm9NQa9Vtmuzn/EWjRaoXHODtg+gaA2E+h9udW19M9wHj65gKoXfeKf6uZUUu3UHqnWR3m4pTb8lVZ2TK9XXFcKhGAP8OrFbKg3PUWhpUsZv5gZ551F+PBnyG79k6xijeXQ1MybSohYec7KQvZZ/zTJICo3NAW4GKmcgKKzoMbduScHcNJG1R66jslqeSA28Yw7ij7St9ujJP7mPHTF7le7YQl23vAtPj9UBDbqWeSxFu95nl768XKUDFsQ7GKMXiM22OBUzePRra95GGWgGLpgdvrRYuVyECZOEjd4Ymnd8PlSkv8ENOSDAizWFi0ccDIiSegMqIBgulUWvNj+G5Prz68fpwbGLMxBhQW3Y2NiXPwCjNqiaq10DcnA9bhWF1LyHws9zquuDdeX1YNx0kIthhPsuKSfw0VtEugHqnXC4/rQ+X69t6m2w87C9/rd7ha2aCw8W7SI3am7lV/ItswgUXDbpQesO+7u/82ingLj6zKwBtmRWpNpyq9oJMMUCR3ro4TRZmhcRkt9ptLyAbI9lo7kMZAzvVt5l+jv3pAzh4ZuELZqGdDv6+DMnku2HOXRQ9ni9HhLDw9g60aDFS9ivq9svSon+p+iVfr+54OnkuwINaO2VNlAncQcATMsu/acX8W8I8Ft66LJB3xrcLOCoGoZpsLwe1hTAEP0kSbEHPlrDyOAPnSXx4LwJvm9AixPYUpnt7DGsZi497Z0BXuAIm2wiM12fVQe+2GVQgzoL2PU/J9x0r7DK5tGOZ4IfbC3CYkShSkB1OmEQgWx223DYM4ObFY1eHz+ONvRsVLLDYLbqDXHAsS+wm77GwwjCNkO2UQIhMxwGxnIeUaX1IguuDFQAE8Td8mM9u1tzmYSa0qrE3dKlZ17Be5VC++nZp2MdQNwm3W9LwSmNeq4USNEZybQ8DOPQVVccLS302gA8yWnPBprMnYQ5w7BebewyeLs+f+/xMjbws+MpgoyXtwpXAj4O6eiDl2vC+n9KFzXkaqS+Ksm2bowcCTgaSimutvMSbAu7q06OYh/MxcOigQirVWOQkLDwOBAl08uFq1DSFwqfCmsvJcsPcxlkFeQEHzsJ5QSgnrcnTHkgTRBmkWInH1RfvPRTvMdB7iDsqcIEjMpm+eYYRr4/3iCSsuOxRBqcwEDb8lKoxT5OIP3PuffRalXJPs71vYGgC9MbvtWcxH6ZAvC9ww+pAuAVOEV8WBSkfpOIlxS1a+qyL3hJLkFEMmZ0ZRY/O31Y1EoAV/LB9caGSk9g8C0x0XDrjt+NAPPfVk4l4N3EpbdHTCnQiI3RC9I0tpf6+k5+VrnUNpM+RscQ18+yarODaaRhc53fm4F4II+Pvf+L0v81Vh34PrZvOU5xq0GtORs+cywqjSvsgqV+JplHCv4zS+XjPP1B8sYuejw+/ObyfpBW/KmU/wDMTrI97tdqIpvzQP4aI//Mkc/M3X+7u6sVe38afff59b1stvlVaAb8/rCnh/7Ia4M/L+U+r+VUKHPgbqZuBNpM3u8t7l1Gfbw5nuH645ogvUod431YVI4Vprvx3ATDYxs3S/MFJI3+0FQ8nPLdCIN+zlHZO9/UVvbApZPeuP20qmzkZH0RIKRFjiEVR2WxgNngDkQ/O2m5jhNBQiuKjcO0vt3+zhpk8ShNhIeqJ0Fs6ctrzxC7r4UG4Tzo4/ni9B0BHLuImPhcnKWCUuE8o7ayZ6/dlHHKVRoiB7T1axOrptAP90uXKTZWE9Qg/v4D1QNMGmIUwxykS5o7tZCZuHuixTsBdEg7s5D3Vwp/dpdA4oox8jfb4WJH9+1Fk8k1RNFbPKyCBPn9yry3jJjxo3L6k7PkYltyacBBshwlugjWk0dzN10KAOhlunb5+gNzC7HhbikMNeKpPLiud2SgsSGNC0RxqVdI92C+Jvb0lme5KN79Kh3ycDclojes1yhuTray9z9ysXIC8RhVSTbHvi6bkfiyruQgU9IHkYm7fBtWSg0F0stU9UEqbkNxzY54USZZahLc4DBQIOCuzfXybMCFjG7y3+wXTZ9fa2451hE+jsCpVh9aL/x/23gXedayuF98DAwxhgA0CooAeBQQJ0CRNX8grrzZ9JG1ebRpRTtq0TdIkTZO0TSLIARVf/L2bl6ggbgUUEZGryFsRlbcXjnARFcSDL7helSOK+ML5r5Wec+bMzJnhHGYG5t57uvfut8nuJ1nJ+n2/6/dbWeu3KvPlErQCfqDywZIezidebznSSLyFxEAIxkNrNK+Wdk0vsUetOqHRXI/o7iJPHpusXW/n6hgzZNoxkhGlp9JCzzBhxS+6pjiOERz1tt1Gp0sbg3rgNyKjhLbrWtUztVARd/o6tU0RixUDG7ejfm2FW3NL1oZunlFzq9KTWGR+G0nRCF2qVliqwc6nSpmvmLRRn4mdqEzK0q0uTn/ZA8MK35Y1RcSrp0xzJIViJfZ74qQW2cOw14rN1taaJ9slrzaDdb0etDdmTdg4lSrw1fGYKVP9KjqfUpqMmGHdU3dcOO0PPLbPr0dBPlUmW5p31nRDNnrTkG+v3FZlnUT1QC7lukYxXCnt89SkG6eKhAzpqcEBF5lvTAVzGBFT3QX+HSEzZC1eNpX+toXaandbt1pqY2pEpCTN7Nzgl4NOtPDzdgWZVuM1Pgrasw7nC3rZSXM2LdEyaaXtPldSrWaolBTCqk2b/WYWMbV6bou9DlXZUWVGH21DhNzoQ6ddHvV6aNSqVfFue6oAa96U+HLdbTB8J6ImaM2L12h3NpB1up9VAspz5AAtkZJdj5GEcHHLLA+S+aTE6WWmziheZA2qKzYLUa88DU12K3cVFN+4XoXuj5rluDVwe0las5gtb7oI0dLIbr7ANYXrs359I9IiRSpJwLbwrqRS4za+yoZG0GmiVL28ncQzE4tGtO9Eys5phaM+sg1NSdc6ejpYalSuRTyDy8OdE/QTslQRHIwqD4BHZFKbXcLwVUyMMiMj4gyNq312RBEMksqNljbrT1tCJvpkOVZmCa6JI6HbDLoWq5ouFdvrtLZuoTpfkjV0R8/WaCZuOstJD936KTL1kzDPuhxDtAeRuDSojuJYbq71jCihO2RC+21JxNtTW29POqgupC4fi2jqjoy4x+sTAZm7XdPpaG3R69bKgTG3ll4n0tGGoTBZNuUiy7aJADfT29H0yrDpzaoXml7dQlPCW7u1IYGOfBAWS32pdqkZZoCGV9T0tnLKuBA2e0VbxyPns8zJeXsfjLIXxrvBGSr71UbZcz3I+/FuF/YJLHbzGbViX5DP9boUWSPsIQja9yPRWG4C/LnzUbAy1EQa9j4h57qfeOHcsOLLWTvvwso5s3EEIv5821mAZo7kloRf6lFz3/DXy2zndPmx1pL79S1r0nEr1bKwW28GzaxtddFypTv21VXgNJClvwFeIuHM47UaVyeyy+pDa77UG3Gjmc6G1Ro/U1ftuhstSJMqoyguskkv2ESyI05KWe4jQ36t7ZjVsC74Ysyvap0+r5v9djqgxrkcGRpnml4v62hdbwHErpei9lA2iJxCkxnRKpdkZLhabFvuWuzXNgw3o3lw9Ypd3dbsgBx0WgkVqHKwbZf53tjYztRqf63udKWMAq+iv5uO2CnCAF9tV6+w2xaebqzerINvulXRbUWbpjGf1lc9dUR6w7FZn3RAsDpVxDqQCBTvLfotEXXbLpL4aFkBhh5rct8e76qUJy16DbQ0xOq1fkjZeJ3zxaG0qAnTkozm21HU6M3iVtJPLUlv9cYIiyXdMrOtTqI0X8blOMXZlWRM9LVeSYj+0nLJNb4ZOspmuVa6u3RUGrMRM6Bn3RE54alsi7iVfieyNo1VhbSz1dKoiSi+S6Ooua2Q4jIfTRIKbaaZ1CRif7NNqr1aXebpRb+nC6xbZT1ENGmTXKY4r/N2X7XVGccKi8pAB1GGNSLRbqWvL5S+3I6Xc1F1QrwbbLP2dtLZLoCz51lVxGk7cS1gYtTaheRuN+2nnb4smoEaUX42GBitcCab/WjrauMW5hnNUWdVZymU3VCat8uDAdKvSpgzsSqc0+DT2Sz0iKAeBlaQWI1aXQ+95ky2h/5NV1O9OJMo8pVSid7kEXGb51whxyssWwqlXVsnd0PEyJogAizNb2U1VeCSUqqh9HDX2SRyX+2Vat6qEvcphcW4WWnlIr1ylIjJGlh1maiENU/HnUGWT7PV1PaSNUkOVG0yiHa1ZKFK24HXaRjbsj3ViCTe1FFwuxF8Js/pGjYcdiwsi6NEra2rBm/OFxOHkzVPcEeoAxglYNO+RixVprIB7mDfcfhs2twkcw/B14FYnjUIv41RbIxN0EW/7K7oMetMS9p2o63icGZMg5EtriuizuedmB5YqEl3Gp1yv7LSgB4EWCNhbayiVLGmJW+VaZOd8o2Mbu9qPipyStwOLFXbknSz2Vm3ZXG1q0ZKQKK17YjsDZFBYiazTm+is3lOdMvVTSsppex4lSzaQ8eT4qBH6VOyJolVQRt0nCFF7UJ6uJkpmp/q9bmLZMA5McYk3qxZesayhjTcVJq9yWq3QDXBnGm+kK6rNd3ulDRpTfEr1+441bYrJHqj5dWZCcK1xmTLNVp61lkNrFIntYVgjQutqNuu2wvDm9SaaKx4nL/uV5XRcmWOS3pliCZ021hO0jWIJgStPY6r1KrB5rWWO9u6A76JJ6WFIAtqr+Xb7Yjt1xadXFboje26w+aUKCXxds7N7L47aCPocFGTOTTNFt0O3RmvTGHY2zBmZ9MY5z2cHZbCdWdjL7Klp7ZGKGOhw5rHKt1JI4mcjGllyNhpAflmsp6vqjqc/G43A1muN0ubvlOr9VdxSWy4oDx81p73dAbbUBxmuRRVUUQyxCc6otFoF91N8J0d7DDq9nRpMy7s0rZHNzax7Y2RDtdaanXSYVITnTErdNybdernDO2wXA+5+VriNy4ZvlCZZcWzMrpr6J3c0JcXD3BXGSz0poHoIbPzI9xlcsefz7+aDjWzpS2GQ7GpebICUGtz4GC8tZ36cbpfqWqfdhXpDIeqPOycX6egeDZ1Wenr4GrhLnVReLyPmXegYYfPpfDzqy04l1gy/eLLRC7nOm/rMpHLuc7busxbzXtnFel2p+eqrU3TCy1aSBLVXogORUlm1JTN9dxbIW3UquKKvNXqhklwmyhNRgQ2M/KpWbMCcSyM5+XJqr2EYq7VmvN+zcNKpNPK8+1cc4JggaxIEe0Zc2k8VVPf2nnLUT+a54yb8KyTVjmg//1Sz0vVeIjmc7VTclzVnen+fszPTR8tSVVS8lu4UDd2oUFYnEeU+xSe+qLru7eedwC5xIOsmz+HWlEs7VEuRRhVbsSI+dLb0TSvVVFyJNBInm/Wkt1crjqE1pfa8myY1vh5uNzM4Gpa/ZITtztpHzTfGsYIEht2/SbvNjtdBSPH08FkhMiiAQSgX50MnUZH9EYKaA3Tbqe1GNvr/nIir41EzEa8iQ1x3bQXt6dHqlwM9jQvcJaa44kwyNzMa61atXTJuhrbu0X2yF2Rxh/5Sgb9lewZ+UoG/ZXsGbmEQSsaxl02bxFI3NvDW+Ry9enWLhO5XH26tctEbus6r2QeCcX5mi4uaiyxc3Ksm+qsPklyZa6qXVxaECCod2iRUfAlY+V9xygJAzOIG3GJRsoDXo0t4EpmC7mLzc3+1Kz3bR/Tq2ZjbhDuGOsS1rYb9rONjPY7W6y/G7U7VGew6a0sYTlGkg6vgTBhMq8Krfp4MTZDyhn0cpQrMXyT3xIVGu3jfVlOYeu2sOWMHGtDFq0LpQo66eQlpBli4+2w1RdNMzBiOzMasW1EvOaXFyww1mpVyHflXjZTB9UtbYxxHsTsSanUR1Wi3OtNCGQoltuVtF1VTRAyR9bUj5Rymy1351kbiwKyZrbGtNyf0urSUP1cXDQqCqrlM2mKDXIhFlWk1tisS4HcN6dW5LYYtRyrPCuWbGFdE5Z5Is86w8BBycZwSwpYazlo7Up5RzEigSiXJ8t5FQFH8uaLqmdEXDhnu9wYH3VSqkwvcWkHoqsYK2PlEE2svr/DdTGh8bRnrrVlr9xwKGfhq8h4VcWNuO45AhDeHlcK2eWAkLqzatoRPD3Pzd0o1G2TzXsg3tks1GCaThaJKIAAZVJq1AAbqzu3n2HUNh8OLcrrEJw3bgWoIm4Mebmo5Z0Am6ryrJ7NUraTMCVp2KDWmsw1OkEwJGcz4Es09GF3gZZ02e3VmpIhBf6Ia2+kNBSSAeXJeFCl6aqKM0ZL8Rg6TqrorDevG6luZ8MZh/CLhotvPOA1G/OhUlvrwngFTNPrTxb9bjXI1M50Sud1UdvqSS1DGfZmfWg3mUeilf3SaL2KlLihLfr82K8zVj1qs0Yc3+rCAshlrCwgXOhEa+banCoPGrtmQzI8j+UHTUQLSz1UQA06qE+IpTAMKiQQjNmoOWgqA2bGe7Apy1e0WO0QpaYIIgplkvpJf7Pa2Wq120eGo65cJ5ZDope1ybqyZkrl7brv9YbKqtVu4cMZA4I2r77TuXjJDfVSpxNudGcV1UBdBuVSGaFUR2t2hiy9C2rjbrDhu7HidhlTX8/GpuclTl5vo3VXls36uDlSJG7RyLtMrUk6cr/UdGOkPpCbJaebVzO0jyVecyzptEfAlBHdgUPuiKhWF+lpJXVnpj9JG3EYNJ3UcqVFuS3UR1MZcaRsymFpJopoHdf5+TrgLXLixS67U/SRbm6HUyVZilEJ1WfqaCxrU9SINjs92djpcpzPEGVes0S95TSVmcYLDZvMzNqkKgYdpWlVEsxissqqlW+YCM1Yg9Q1v9nE4olvLNpBaV5eGIjOe90xU1WkbkUQs1WcTS0noypWIzcm2QbYttTCyvKKD/gpNWiwU3y2a+CDdW1Qz5q43ygha6U830iAXMbMTFTd3BGznY2tw26HdN1tY9ohtnbMlXIaJaleIht2PVEkQ183uLle82UaGeqZOJK6w/Koa+2iYDNybMzugvC6wvIsNZ83xkvCYnujrtDaxdR2EXA5y4uTOkn4uIyZNNKrdpl1Q3RlnuXceT0RauvELW/wadvZDOxgIDHuuCQ40gYnjPZ2qFQ8t8mTi1RCq23emrcQ101Z0yaCllhpDORJOt4G3WXXbdxx+QkkrSPHNdpd40Yq4sZ8a43RRXTJXNPAW7j5YmOwGeVdanp+QYSmbpWtrEJO/WYy5UVvXB4WM+SLVWFvkp/AFiajZsee6BRc/cW19KKx268E43uuoQvFiCy4qM+5NX1YLpPHiAaPzNy45sPlJaeW4DpqMM1AiogsdW6NSm1X7GS1XMy5S66ldqnLQ27r+i7n8pDbur7LuTzkq8lmDZyDcYeuNpoTpYqU6zMhVGZEn0rCes3or5ndpi3jU1ms27pOutagMptHcjepmglfrS1oe+L4+NYwynKkj5kB0jWIVqvhT1nDTiybWo36shfzja7P+3NSENL5ioqScQ5UOZbthO2tVmNi3FWHQruTEKOahLApsMSKNVeJJvAz1MrS3Aa8uqlXhRJmZhg273faYznr14kml7fQhbL2tZgrm5XqEpsFbRKB89YHHUmez7btcJWV7XjbFfKtMVBnPbS8Qm0nD6aNaXdYTZd+GkQNqs4x7XVMpVPDGMgm0lG6oshkWcNfWJxfVh2b1IhYGYSbtmtbwyo7wddkPwDcmNUkOwnWjp7IY8EuCXxnLg4dZLCNslQpqyVL9s4P2FgYdZihaMftQHOzG9M01WLEVGJoajyjKZqlOK5IbgrbrXNdWK3L68ISjMHKxVpjUuoEQsWpUEqMuMMMr07GE4EtVoqy+J20FRhgUFUqXDGzVmdkYxZPVXtZw536u82MhxZJ58ZIxOHoRBBvV9wJgW1HHFxIpQK/BNc9uajoGr2Pq7hLLui8z0/Q4YZ9SaBbxLym2HmF8enJygpFj+hVOk0hwMnOUg2pzQ5bTrqVaFrq2qSR6yk/p2RkO7HaZMoSrFUvYbFPrL3RUumtGKJRMXr2cNKvYKO5NtdFNJyr+lgRo3iOV1s0zY0XqyxNkLVB0nO3HuYL4K+Vyp1l0O84I2VWybZLvsPFwPPrz6eVrWAEaiWqKXzI7hhZruhMP1Ktnom05Ybo675FTutBkDITHsTDcTtcSmqLZP1MAjHdROdbg02UoDy9nZgratCe5CFRNcvSQMkQp+qnlT4KV2trmEawWTOOS6pZXu+15UBo1KX+xKpgYmOVLKqJ6Yt1VwFSK0mkNGkwY0lC+miNUwdq3CmnzC6Q64vVqpNNJLYz2d2eBQSKXNrOhVzarTY1bjYDirm5WtBALQQ2vkmaTQQ0r4OLn09wO9uFw/c0zOPVi7J8MqkgjaFGNcWOjJELbdkYDBmaRc6twbMTYX5soL9iDvNly/s1eNSb7rv52eHJkdtzdjhGEKGUW5sox+3HCEpwjCCw39403+i1dkdb9xNrg3XpzXpYYVcIpvRUoxepS9TVorZhS61wMSRszeaIuukBUs9Lc7+yWkcexrtYxHb50hbNttXZnIfreEmIlimSQ0w667YTRfjapfo+ullONqOyWOvRM2YxrDi9LscYk34jVWJqHqt1Khd1dlZ20LhiIbI1JnN1RMQxLwXtZne9UTJquLNcHDXSXishyIVdrVDtxYrNha7IVkKGiTxtpczwCV5dAtOiaqiLpRMfm6yl+WjH8CqLtRd5EuS6JZamtthk2UCrrJQh1e2HZLYj457rW2472TTt3RbprNoSuRE9j1pxu2atrIPYh+v3pE0Q9tAGWaYoyhxlrouFaT5wu7zf5TuaUtLL610eY3UGuUkH/uVO5p6OL4gfUqhfnxH8Ruwpk0E6b09G8bLLMw06WonB8lLmDBs/EFOgmJ11kJ6r11FetypBw3MGcqYKyxjPO/16AzNm2qzhuslkuWtIiiKpZiq1ppt6B6u2bBJjuGw2HSNCINWVFjkIsK3WSGvqkjSWw47lTj12OJyWqu2OwKzCLduuiP2mNyTg5IfJFLP5en3bm+wMhAQuHdpcmgtQiV7VwFKC5Ub1VHejDl6SY4axEphnSzXn01SyzHa/h/JxhI1mc39d6VXbSMfC7U4mTBOV42nWxFoh01jxcqq1vWRLqy5Lmpu6GaNplerkXbGNzdiJ0Z8pyRTdTpfiDnFKAWuzO3UdVBUft9RlKdztQq4vzP2JgZdDz7Vnek3M1dViaDSqM8umnXavMjSNIUuxnog0NtXdaFnpyE15rGNd9vY8xYVdzBl6IUEWJ1FYsqy1RAcjLp2NmLt53hSoTRdyggB1SFjYq1Kog0OrF68TBhRCvVghkAsSodD8hYwlOcxYMt711XZZyIfnJyTcZN/5UiAXi9RXUwrkJkJVlOJKcv6zTcSSfXmuyZjVnqOsC9VkQTfjfDOu8AFDlPr9XRi2gpwhqyjjria6vmro1YZgj+ZYRQRRNrL12HWyQENHXGx6o6VdaXDlFldpLC1tpBPJhBLaFWmHEfawW9EIbcBrPc+t15sYWpuydGQgm3ZCtv350pzQq1TNl5Nm2KrUyzy6KXE1btMw10pcmu5W2gxVEsaP1vnIVPsqxwhjPx/YIRKgyrTOBKo+CFpNZzRr14XFTsUGg9ym4kGVkVlnPbLXXZMQx0BthlhtLJt6PBv2q0LL6cbINJyW2rg/yRRw4yVrkPMlZ1hfKdPexjfmYmiN+g1vHk+8enm57pYITKuuiHGYdgSMGEyyEZIOmvHarHn5Dt90KWLHRnpX0xOyKQiLXrlUazZ1mzOCBi6t7WDRc8deKRK1ON7wvdXAxQdIxGS13mrirMrmoGII67w6irJmJiq7SYlbmvFMiDU61xdrC+1VzfpQTc3OqFYmXOB/RiunibBxq1NNG0GqjfqggGXRSUhj1Zc1JW6U8GbZ8rt2rTVFB6sWSzbNUKPr81noR+MayjXL8xRh1e28UUntOB+NHXed1didKeYN1K30BoTc1gxxJVH2kC5hJa6aZm42XxsNbBKSsmvEk0WG9KaxxjbZ8YIYsbXIm+b1uDla5tWWYUW4h6lYvTMd9nbZtEqTjXkz4ePNPDTNeTvJZc2oMshsJC+6soCuSvhg6q8jMlG9DSMPe5zcc1Y2FwhrDstWl5zUyxVLfl3ZWsNMW8H9NJktSFqP8uWug1h1eRF48oa6jcTCYxHIY3+ejdu9IZX36WxndutKp1OduWtkqZdaAl5ZtaR+q48JdL6zdhVqMTPGI7lic05S0pg2Wd1s5EqDL1fiSoR5uKGZ9cXIj0iNQSbVGom7fKkz9bqZMOuuLX+uYP6EG86M5VKQy9E4D4Vcd0dyAxewepfJMD+crNW5zsmC5CFrh6EIxhs2UJouUWO/VFsSDU3QKMIgSbmVEg49lxc0STEtj19Qq7Fub9cUR7sVDPO3JQzpd9jaRmzl08WkM52ZdKoHCVM1KnVb6AUDy2KDeLmsyW2CNOZlj2nN+hZVcVurJW/sxiY6RcRsJyfjbnm9JpdiM8nY1lLMh/68EbS2AbWVGdet0E6X1TJNKDV5DvjRTt/Qep0uscUMfYl4iYUZrSRVF+36eqXnbeCL9HVjMmmyqB/uNN7XNMceNVZkBxiYNzKT7jQeCVllxC+0rN1Hwl3YqcbAwa66znjFEhw3VHxqPC6vdbFXRtd4f4kyfC8G/iIz6JpropcGFotpzVKiKencRbDysjEZJZ1MWfR7gSxtd7khuyvJjv1ggPqLGl+KQt0amzrvL3arcn1ldMyoUmE6LEHZxhIZbHRT5UlBFIKKXjPzbrMVhNlmrczXoqF4fZKI1bCiuL1hM5lRKZc1SjOmVeqvCCXCKiMOwXueMuQ7Nc/RhW0rcIHHIGLCzOpU1muU7itluTYfV+r4Wh4TtXZGLkoSCPFLYkJbM7wm6Igk01YHaLk9tDrtxe1JLMxIsMmYXXiKK1BDuV3L+IaHL8UGaKtuMamXv3kTu7SHFzngcI0kxhrJ9rRVDE8aCbR0fuCUqI48EDg2QFQpLFReXgKH68Z8t2Np1x8um5rS1JLieQwrYX11elGviiA0R1qilcPQICrbm6zDAx/sgLb5otQebbimJ4gdjIsmDd647/xl3NhGf5WXgcDruD2XgVy04Oe5y7j03NubTL3tTKaDcTSO+WSLpM4MlTtMGuPj4YyssB0eM+1msBkTTpZ6VR6jh21+7UjRBFdXSTTrh4w/bjZWQjRqSRbKI6MsraXzSn2WrPfzSK5wifeLHsIqPCdrbcyM6BmVpVG91soMdrvNKXBn97Mrb0x9e+N3kUt8+aYPYRdih2LpFuVwVDKcWzgZDpl8YttLtYqL3gpxJ+60Ta67rCVtQdOX13oNcdJdMG2J7YUTSUE3M7wqNNBlKc/FcWOremE96aX9eJtmay8xEHQ2nwrS7ZvjB6lUubG7tDl1GoZmTYEE6lSztqSTbj249NJ8M+QSi925AsOdtzlTImx84lsri+AWcIEKYyRuJwrNTjIybnMphhgMmXZdanU+c197NJQUbHlhMtxXmm+LFCE4HIzowgEOAqCKdWNCvov2CU3ylqvgKsIOaUvn8wyGrMkPNwZhl8fF6uypNyYaSZsTtz1ntzjHmLXA7KfPMrudbQzpHqIo9Pl1+y7OMxjCldhvkkT1VgYzIpcazUgq2qC2Kk8cVsSNOpHwZayq+oSFZXWtTohYtuNs052v7SbFI0pmTBhNjNtGZZ2JGtsY0aFbz3ftjTSvlKx1222Ve7SekQOSMpeDkk3orUSO6BBLk3ZA2Yjj8plXVjqM3PaBwncJuet4am5WR7MS06WXZMNgEkzfeiWVaAA1V2yNGfHEeMQli61Q1hHWWKkCPpDHc6+KWxYZV1Z5Y8e0chvYOets1/2U1HSmq9MMqyl8mVMxzPZqniIQ+mLcxhGVDmJjbkSpNLJry6mKR4LdqUgSkyyX/doalWmxJbCoPhBdHSeiTT933W5D0dloOansrA4yz6drVLfIHFeTEWZaK5LqL7UBjXvJvNlbz8MVtpQx2tiW22QM3EOxhBrYEOuPpHVkzucUEi/k5syTqCiqqI1ID8j5or7KeWU9J23NV5uhP99Z0rTl0Qo9nI6DCtUaNOvN9dQCMUBpoyEjHkc5tZ9KW8uZ0O4o33mrQdCIG3Z1MF4T3rgRd8K07khLbjap+N1BMq8MMLo6mzAeZfQUJFCxdtPUJEohciEwV55E5LMwqtEpTXKjku3WZ1U200yLiTy+Y9O+Vbdt1BnS/qobEyGPWL5O9GN0MLanxmy3WuVypCxSODctK223DdvsWUGrlpDquNw3UH25G1fLbWLiBAaNix0nRERn0/VDpRLMcsGJeLIz9qajaLx16UYyU5RA810QZeuOscJd1hmKuOxnlWBZDrOuNWS5C50ha6G1uGnvLk0KjZoR1DctpbPwmrumVukF05K0XDsCtTun21ITOS/afWnMGdmKpygJZpXa9SQ4HwDSV4vYhcC0FiBupqYtejRdUzuKomm5GQs9HmE8o17zEpLt6JVWc0CHdj7m2EvI1znfmZn0WQ1f0oNw2NnMWzSy2XpEm+njHYLG8NbaEJuVmGoOjKDU9WNF4uXWap2uR/0Z3VvJDW/cSoW1HviTYLdaG9Wxhwx2RjgMBqzjG2008+lhWWplYb7uwqw52TiqWyN8QIxUlDUsd0WIEsPwrVm07dSpRsIuB0hHT1YaLw8DKjXmw1VDMiRPW7gLOduBxj4YbnfWMI1iJTHmmE72m5uAp4lRRnP6uMtETAlZhPNy1S1X0c0uWSuO1scnFuZxmyhmGgw9Eiy8jXmJOYlEwXJ9biDqm0nkeiFDdBYS8NURt1qqiRsyYbiVtemhE33grkN5s5hWJ2O0VVsIO3ludleBjZaNncFMa5Oya7qj7biBRi3RryKVjdetekyXJVoqD4Lp1qy989iRoktVgq7WjUW7wS+bzV5vWbbsWU9hvHa3WYnqrYiWqI1GIytCKLe1lEs7iezLXH9a2bVcXNqEmT2TWZ8fOlh5Ox5yXp8TlCyb7irdptjie2zNmShLUUFKrlSdT9ywa6XEerrYobScLoTxTFzaWHvZnNpkb9XiWz1p7HGVcmU8qjqkKw/CkMhZGSVypBXiTrQimGqozMrDpbSrli1yWXYFS+drfTcDUbzC2+Nua5sb9dIiSGIf5SdybHToUqOvcsioMS1Hy3a/bErmpJy1h4I2mmyaVZOpkf2oLoZs1umXnUD1+yzNcG2DLGeLZSCNSkSaSyiL2KKEttt6WXGxKBhga2bhidUVT3LG7ek2Z7qwe2rSOt/gd2flFrHwTJILsun65h5MTps3nxEP01SoAs2d7/jpGiNcNUfWpt2ke8pFOcsZEJ4ZGo4bLTsDLWpn4gsp0map2fnRQk1imGiEF8CJ/UXCiQtLV1Gg2RXyc8tmkALbhotpkUIOB0M14boZUn7xTrBvN3Jva5xXrDL+/mQIOBt0MS4aALVSGWIoAr95Bder3D+1pHb84txTy9TyJkMRuL3kQtZE9iaubw84M0J+6RwYF1JgDID4m5Vax6as6mTqIEKXbDXarTzWOqmn+nUM77lRtVSph1N86RotdjUbupNlZbTxa+UGi2aURQ96yXBC9l1zmzhI3G51qIBuKMKwS6JLZ8h0xGUtYdhuoxwwfX9uWTY3rXhpyS6Vtnq2Ptc/fdM+50FiKiJDtTk2W/eXFE0sDas693cldXBbC9bC6dfITeZf3yydC0UsKKGlMYLEYARTZ5w5QaitblXCSNXmu3iUYFOknJh4uWkORhwNmiVyoQKxyML+ar4hFUmYj2ysRJZJcBB6pxl9ue6tgPT1WHnkN3vhotFBsB1bX83zZThvlCJrusMEqzyvVWka13YaQ2mN4ZRk1otUu13uMaPCzkvrwirV3cFgzK9H9o5N1j37lmyJbs6WjureJls8EJyeZ8v0IrYA/1NcIRO/EU8IK4RP09UW0Gxd9gwWRFw0eT6Hi37hgHCxmeyCL0q3GWyByLlwbhzhArjCcFXXRX5+GKHICjfd5960+LD0yO0pPiw9cnuKD0uPfIVhvW4oZWRP7uHdQT+Nk7JD2V0qcL25ohHzTNEwZKSr8WY3nlbqdBahDmjQmiC2nGprbp1V+YypeMk6sbLcmlZ7dMK02rVGCx+Tg8FOxfA0U5D51vTG9R6uk+RGrXLjltSOhMWaMXhstGy0LgzrvShhTF2XuhzXUAUn3NBIbk+nPWc5CzgbfPnylhO7eFQvctGw3hAEXj7lctR2K9rAx5f4kTKka4vxZOU0aQVlGXomZTbaVfsLsVVep5E1ohFGm2/7VWDDfDr1J3wi7+YKPEgwCYelLmis++WkEoxpKdi20RZruMNWb6huay6/jQwpYBG0MxHlqsPUQdBjZTLK2cyQZjL3djy/ncKGyLuQXaZHdWsDqhdxed4jpdqlc8wPz6k88pVk/iupPFLIvLzbtS7IvHhB5m/WEKVX1BAN79CG6DZKiNykiJex6sb5RTdydBMCX9dA6GkOXMZmt14WMG0sj7jBaKFmO4UsrVTfmUt5yau0AnnO68tKqbklp+3aYun1yhVGrwzbAwPhrUF7tNJKejwjaJREd0LVjKrpSHJWlY7Ojra1YU1cE3EjGEwBvyxn1ffQbCM1VSviAX+QMhuHw1BcxyCS6odYozFt6f3moumkO5lEFWzTJJr8eIDOmvWePFqMle6wNc2lWmlRalvRlkdaA6GJjSe5PSsHG2uZRcNRO1+bxHJCD0AEM2xXJsSgRC1EejJj4glHc8PKvDpvbJNuGMK+4VQR1o18Z096xNbFas1+1MtFulcvg1hZMVVtbejlYOXNVis/9oQNzPi6dXwtyMfBpjzOcMTMvJ1UpUMGVSrsbcyXLq35xZQm11TuKaNlF9U7rebMdtaIOtFudaznZQz1LDItscWDfqHTHW5Xw7Yer1abwOPnW7I3lSresin0s2mctnbj5phtRd0GEI26z6ACEffrNaS07OuK2jU4ezgpp1xYqiYq2tvSMwqNg2Z/O6zhK5fFQ6HEuCtGdPuEHLSXSoLrfG/ohCSyXIsDzuUIcdOblRYstyKoQadKLOL2GheDUFlNsKDBUMF4Y4seI6kVasVV1SzqxTbLaFELGUuqp6gyitXVdkMqUeuNXx02a/k4SwYqzmqlyKv5411jx1TrlLNVU45dOotpyofbfidcqgia8mvfaQucHPC6vaE1lm17dmdTqSf0vMLVVkvgxbepSZliBT9k17u6KNF+WxAEaqh0ZyvQSuR25HQdchFW2VLorPGOQM75eRZVWVZr356BKh7sYgsuLFPbFeb6crxI41G/PCIunUkjuHk+vK/aj0DOt8SXaIgvPL+FQwdvPOBN3FseEdTz69lSGfAVAAo3zgPOb7pPaE1vtpyt10cEWdhx59Zg4nbhjSLGJR1B0Xbt86NgUuAO68OlycP16mVvTNibCZFuEYPwvGlGC+YID63WcHl5uj29IIrI5ajiEtvUqiOzWwvxCa4qKkbHsx06m21aUo7MCZE0e6rYC5o4XokX6RILtz1jNW5H5bYRjsRhlFtReZwbUWmJG71wuGytDAHrWthI5Id9pL5qYWnF6EfycqgtI3TA0/hUILbdajz0XaG+jvq9dYyzpbm+ng5KSZ5yNU+o9AV7orYxao1Ytf52QHHxpE8YvfbWUH1/HG9nA2lCZbMWP2KHJRZdd6iljU+bqLEbuHqwiubMeNONQtYWkERd4hN0xZrzVXXYcpoTa5L1MKBPITDqxB2aa2WEyUK9x9tSlV0rmG2NKqpmSvQOdZU8QfpWgyHbIm2JqJtPu60xZ69IAq7ByvQqvBG2JbyiulJbt1Um77XKkWXVp+0IHG4visilVBFF66IdVndkgwBtEmc3y3W0NKDL3XR1C1FErkQVL4hiMyjVVzlul/EUGZj9eQvfykDq1aAVE1tjE45n2xlob7CBUfMtK9I361ldsufBwOCjil62BmGe5pUuaDtcAdk57ZKpbpuJrW1Xud4ymdV0WK1XamRZEqfCmOVjamjnopN6WDkiB9yGldZrrkS5SjoVqhbSEsdtaue1aj67mEcTTpFkea7Ti213nZXKXjZbj63BsL5GhcgpqX5ZrgXRPKlz7WqpGlBjHqnOE3dJ0lQyNWLG5Vb5IpvnNcEVxzTsdOTE8obukYwtcd1m1VqS7syxtTpGb4lgNVpMMkSWNhK6rtnbSjmLvGk9NKvZcKuAUJ0NS2qL7g2kCmO5G7M6w0IbG4aGWwYnHtt6OdeGaYo4YrWa0yg1X96ePEMMC90/48IzPG3ir+sjM1S34aJiVHuKWZVqFR+b4slqd9PspyAokPObOlkgtkx5ljLP+1EcsU81IBF2OPHhJKT6pselGHze0HKpMXK+D4LTjeKLNw8/bnT5pvvhfO4YEy94fNMcuWjn7qspDXJxcb5iafgxHLfKn7sHMGBoIl2S4yimzY4XFGcM6W60SkFTv17zlMuuqj2x5HkjSZ83OqHMbNKyyIhJHnsJXq+jU3XVw5BtybY7q2GMr4aTacAqJStxErGhOjUilZu2Iy0CHg0aE64/R6VBmSIEIRI21i6MZn67qVnIjKQthWwE6oCTLkVunw3EbeJk7mCWrdFW0uk2avMuP+Hr9VudxnjJ4Ohm9c+aFLUzpPYOGVbK1nDL8yTqkyAMinwiYCdozs4VfTmsaKrUSRQs3+agra934mlCh1V8lpvzhqJrYyKmEBgEVa1BK/BMsxtnNuGW2gZwMEad3cKer6PlONxNaY4EQV9vvPDlEcVW1HmMmeKqEylcC2l11P7tePw2hP0L+YWUH5qEiinXcPKRLFsJHC2u6o1Jbdd0Ne3SKTal28EEpOlS2nnbY8/b3o3t/4WuAzEHEQY7zUSWws93HcB9yIWdLs1eIgHJjQPEbEE1h0VuTtZseZvxuYeA5x9EX3hSDTwR0SqSeAqXzIh58wFkyC1GkPXw4bzFqxsa48aL0SLys/K0J9PVZczqNlVaNldTJ9/sjFUSK93xFGlH0VDq9DZCre2Opn5/23RNp1KTWvP2djQ1hTG+rgZVoRf3+qbeW8lAXkO2tx1M/Iyys6WGUFkmdjpR22j3cXO9U3vsIA0au3is7sxBmR76VYzSAtCo9QJU3K6nO9rcjLfVkcqJ6FBWUKQVDZTJtLu1fHNoZuudx8+a+kIajG3cteZWBHzYiR+w8cCfNusDkgecH3TFuJnaUtAjjQZSZ+azEmqgAuYGTFoZY8o00nYVXfF1Ha12qfEgFbbsUKVGa3266m7rMr6rdnK8hteYiWDxyNxba7ZiiP1aFKl9Z8dMO94uJCzGSPqJMW1GA621GkwJWq9hy14nSnsq9GXC1iJqs6abIJ16oFVq/cqabDtLZtrobuz6so/W1VLZYRwlKPvaMmyW1zsgZFjZklAK4/yKRFD6oEt7jo8Akk7Rhdzi8FE302R+0+QqLae2EvudSoZ7XSZA6+GmPqcIaz1SYm8cDgwt9fwBYzndsSEiYWu7KTXk/iYZYeSq0gYNi8HMuSYxrcrxfB5VVW/Q8OucVAmHDZVsNntEKcZ9jGiTud3tS4i2XudUOFygUiqYg2CDy1MR5Zt6AqSkO6t4ulmSa+5OZ/CQTc1Rq+ooM+By8mVWZriQHyEghtqoXIshSl1fEVu5XxLy9bbv74RhvzFXLMsf+FQ8dpR6azjA6WWvqXrJlqp3p40iISZyYQTZTfuStHFAu3V9xEm408fk8SKemnErygnnZgkxkRt7ZK8syWV3slYUc5Yg9UFzt0MVvd5Bw441jAJXRSt2uGy4YaRFbWlGr+equO4Sm91UxHsLabmtTfhJt0PFFc4eWUiQckmJ95blPrtoWOXFsO57cWDstK6KJrtwh5sUVtd1XdX8Kme1cqKfMSU07qe9xrKn4y4ysS2y1sTrjuBGrmcRxHDJoVGq8NgorvNrqtZPt9a6KhMp06fFTClXWaKyrnSwejPm7K2AdM2ownR1R0xV4LPZfi1dM5UBS9bN6ciczCfrEVcPSlqaoRIlx+2t1WulOMlv1ow53LadLaKyGt9d9LozWk7kLKGGm6DX9Rnb2PUX+Sqrx3wnSFm+T+Sq15HERUdPUr+vUq0smVtcT0GU+tBgqBm/jXV2js5GxIyfdjvzEbAdtwEIldm4JO+GaiysKhVytHCmXLO/48pY3uiQwTxC2nWnbbhxo6+PbXnLx3rWJ6vVjm/pKi0N5mOzs1ZJhwh7ETZdpbW2JZjg5q0W63xDxtykgUwa+Fzzhvh4y+grPtf7A8wr14mFn7IDp7Ygda/WTLpjRlxzMz3NB2RoWuC+NfxuRSHnIo1o203YC7qjIJu760BsoPTKNYK4tiZGO2HRBJZLNlbLutDNR06aeAHnartcH2+aUd8IlvgAUR2sJnID21+QYtgy9U3SnirLXdxdbXoLrZG21oGl80mNETSKVS2KLKe1YbO+tYcNorGdBUhMp/owbmbVLuFEJJYrk9XcSXLf4tOF7aO8V45vz6iXNmxSdv6FZtdgWoHeoiSGVMYNvWYSzCRdGRpG6Zfub9m1WW4m0LvzOayGUnmYWy04XKRZzGcbj0RsUu5UbvQl2xhMoiUCnxIRgXPXH0JnUih2CjlHntt3WQdGLhz5ChJkJdMmjmFiFtYIBeh1GLJjA5syjblQn2BZENrbfp+KUZbAOqVkRoa9xngpJROs3Rxs1Y4xnw+6/ZCdz4wpj5aRgIkqZa4zT9pzEZi2l5hYvTLWZsZO6bhx1VkaFOegaK86lLubjjnWBmh3WSd7rj+b7BpTARnkIteeGlvQHifJlsd6ATVZ7oLJeoGT3azsu5IpbxbVWIhKG38yNtPheCc3JjLPLnoocGyQtJF1du3yphUC2qwx0DKQy0mk01kUKn7JXePdpcrSq5k2i9c6N5JiQZvkTrzVzLbnoXQNmbXQAJ81GhwI61u7puP6rj9eetkqqmnmWnS9ea802W5xzq5jq667pHNT9ime8HmdmmSChIzT3rRe8ydTRt/aUYPt9jJjK6lyu7Xo1OcbQxvVZ4NZrDWoNhs1FGPnOTVy42OqZ5cMV3ARsRk640W69TY8i5NrDi+10eoun7c41SrTGVbPmuKGnOF8u77EyzPera2bckvmoxrZcUZdDpkEdg9UwVqb9hr92agrjcxxhIOGomXM48Yy4hqrMNEcoquhnTrpqRN7vAHyl1W1Fdonkg3i13B8PJ6odtPbsCwF+D6soaGw3QV42tjl2Lw0xEQRVD9R7jaTWbk7QMdSurAUb+0wWbmBbIwKTkheZ0N5MXDRJi5oLxNvOLLXVtXpTFeaJ2KU5EUrrWps+rt8ia4UOZq6wqwWDdutIXC/WqDETA8HwQW+63b1LWgbnZWUSsGupcbnE2SpQpO76ZCSAakSjayGgBh+4aFtesdYgqv4HWPQIG+REvrcly/1XeTKehTglHot9PoaPVrpWAfryMhmwy2ast/brrpJPKab8Zau6xtfHubBIGlNNhtLkJTBbB0otdG2VtGppCvPVitSWmATXiUNBGMJvJLltUWm5qw+cRvVnt1xFmmDEzTONnPdjjoJGwVS1wp5y1A3O5zsDHrr2qox9r3MQdTmotpYbWqrTGisgZ7Xs5xjh7twhiqdDYbOMnSo99wkQIMyS6pjjN7mns0lqh5NvbFJYIiLsbtqHacM3qYqq2bfH3Z6FjnAbW8wKEeghZlzBBu2BGOxtnoTYkeX+zW2YeD8nDeHrOojy2AZxCG+DCf4xtNmDtWJm3qAEYOBzswqLXWw3gmBw6UNozzctNBFhm6CWZqQqyqjpGSKI4vNpuTKWyvq9bez9nwbYK1oh5bnanu40aKyJQ9WiwCXd3EQ1XdWRlRXyzmvm51Or7LqKcoUSSKhvJ6gjW413sQ12paGoYO13XTa9PrjjhwBJ1Q2/enIrtYHk0mt2popeDYd2FijIzrTCEUEO+Oq/LbDuA3C7nMTUh45ijyeLVUn11htNTSTVdzo8c6i1+Mxg8/0XNBjmkNX+GoWcQ6y7gi15czd1v3VeqytFbk1JbLhZFPtUe2O39JDrV6WeuxI0jaRbo96fL/extMgDPm17ilqGy4UK63WedkYaoGP1fxxNWN9CR/MTHkxdeONag5WduZ0iY5IaS2WGHf4skyOaAc4s2Guz5B8vFrWMBz85qbVU+eB3yHCutf35iPvdnRgFzN47PWF1lKVugmtkhPd0C2lzhPrFmrj0zlpZ+SlW0s+5yyBjs83atqUaG6MVmc7A6GgAdx7o9zxpmUhGRP7mFOEz9LUfdYb5Mbn1ct0P5zzfNobai7I2K61O78yvZyPR5Xl2G+QcNGT3mgYTP1hjkwz3B3DBv9yJ0x2ymhZW1LCoIPuolhF0hm9mAh6uvWH3fZKW8xjR68LvjAwy3Kbn3Jilduljj7f4oRqxJOO61ecCj32q0ufI3e1EZIkPTUVetvpYCC1RnOnMQ1juUNt8zJdcuzxZDLkxfpowTW760V/UMGqTWmcBGHVWDekSUUuIdZwquY1lq+0sqqz82VPXQrBFm0BC+vQeGeCYfa6TWAjfyjWUazcG9iEAajfAtYWi100RNwstZakpjv1VluPqiOnslguy+VGM2GD3ppRRoJvpdtw0bbLaUvfkqMxntdwlbfaDdWaLjRk5kb6dldbAEMrK8aga1YHykCquDa2GEozl+koNcuul6iqx2ElBVN3WYcxgHu73dljcB0zJJEMSt7Wzwu6L7Skm80A741m6+mqYTZIqtwd9c1eyUQb84VRaUI9R24i6Lf55fbFet4WqDHUcwahJOoSD9ra3K1kSAT/pl1r287rxGQxGrdqiJ2QpbXRS7n5SjIMcuROO5as9AwlztTpHDPrvM3RyyRI5X5nalX1rldzVGc1rgcYDdzxLlJPKS6bpsGGK0mzTtRz1hrqNNnFajBb0ttG4nmrXVoCfFfwadJnR+4mlVKbmYcOpbVLYhWpl+2WHNZKfNzwGGzd69HOxNuac9pvKXPKLffWpm8OSr6+bLHDqYCvFeCkL+lV3rMswqpRCO53LLwBWvtl2NJns6w9nlhCalNDY8Vks7rPcHSVnfS72XgzrDuyWKHsNtpuODa2diuUmiJtdAjMhJuOaZ9RZniy9GtrqjIwXFrprgbjNd1kDW/QG/FVa2FyyxG6LMW1hlyZEBE76093SJvrqJ1qbNyGHh1c+WsTR6WDO/mFgVetUikQvG6Ol/hcreDVgxOVg6/BaxMnZnTixMH/oy9Y/7FtRrPSXan+a1UCu1r/X9v6z1fBzAnmq9LXv/5xnCRrV+v/61T/1Dxypmbp61n/RLVMXq3/r2/9UxPHcs3gDqr/Kkneav0TBHmz+idxrHJwArta/3f6SzWcOXHbX7kG/N0N/F33or95EX/NDTf8Z/3cP67tCepBC/xdyUFuAK9bPRAC3jDk4OrrrsD/6TQy7zD9vw3+Exh5c/6XKzXsKv/vIvx/Cvi7J/h70M884iXkz//Om079/Bf+6uyryJcdv+rjztnXPPhDJ17z5p8Nf/Ff/uv4l152+uxr/5g48cvZteHr3v6WE7/y3T8avv7lf3v8q09+59k3PPtbTvzaI86Gb/xe6fiNNzzy7K8//Y+Of/0zrz37pm9HTrzpdz8VvvnuTzl+86vvf/Ytf7U+8dYfYsK3vfdfTrx98f7wHa/9zuN38v9x9rd+9HtO/PbjSuG73KPj37nP5Oy7hQcfv/vvP3v2957YPvF7H3lY+J77P+v4PW8Uz7737BtPvO+Fzwvfj19//IHkXuEHH/j0Ex/SnnT2Qz/85FMf/czH0k/+/CdPfIr+lYf+2Q/c7/jTj/z0T/357MXHZ+45/anPNN934jOffdlD//Ix/378l+//4E/99b2feOKvf/m/Hnq3a67o5+53u/aiHyB1f1Do2xuvuba4lUDa7nXdwf3g+zX32++B0odCEhQCCD6VsSuqFKinsGIgwsopEFQQRFhJBYKKgggrq0BQYRBhpUGEFQcRVh5EWIEQYSVChBUJEVYmRFihEGGlQoQVCxFWboGggiHCSi4QVDREWNkFggqHCCu9QFDxEGHlQ4QGABEaAURoCBChMUCEBgERGgVEaBgQoXFAhAYCERpJgcBQIEJjKRAYDERoNAUCw4EIjQciNCCI0IggQkOCCI0JIjSoAoFRQYSGBREaF0RoYBChkUGEhgYRGhtEaHAQodEVCAwPIjS+AoEBQoRGWODXyxCvtsf/D7f/luXEz6Qm5sS8c9t/jKjhN/f/qxX8avt/F2n/odt+d/B331Pg7Xd+7Qs/dQ3Y8yge/utR9gHQk8dhB/eG6kGx4I2j1Cs6KNQ35nPf9NZCty/n4Ah4e0L5qijd6fz3Fs4siu98/x8vl2u3iP+v8v/rzv/rzuG3n/v8zZD/Lzw56L+8lZ59+SceH77inS8Mf/Z3+LOv/NH/Cn/u+HFnj0++5uzPn7r+7C888YFnX5X3zr668tyzr37rPcP33nDP8H3620+970/vffyRF5GHp3/s4OAPo4ccflR8VPg/u/cK//rDHzv4p2e88ezd0nefvTvz/rP3/cgnDu73q+zZ+6fGwaE9Pnzglgm/YU6fetAzn3X44P4zD665Frg3N/5ce897gJ9r7wn23gt+uNe1wDG+26cKlcGhhNzv8Jr9tdz3/PvDT1zzALj/4CH7/0KBGYC/EafAN/WAgR8Y8OHg4JprrvQ+QSlbfuDlj4II7xdEeM8KBPcNIrx3EOH9gwjvIUR4HyHCe1m48uB+QoT3tHDlwX2FCO9tgeD+Fq7rDXuE97lAcK8hwvsNEd5ziPC+Fy4ruPcQ4f0vXExQBxBhPRR3DtQFRFgfxU0DdQJfsF4gwrqBL1g/EGEdQYT1BBHWFcSvV30hYOMJ+NVW4nbof+ybd0wH0Ffy/8r4Lfp/atWr+n/X9v+S2+f/wQPCUPQB5/y/F0B0nv+W62/0A+9+4SwJ/Co413XFue5bnOuqS3jn8392x/G/VqtdwfO/ClEjDk4QoulEq4lzlf9fj/qnTd9crr4m+k9gt9B/8PWr+n/X0P/zUn39i/7mJw/e+aK3nvqHB/zw4TV3u+aGG/711LmvXHvDDf949pwjfOFh3hMw/IoOv38y+JOFGwpPA/EKTnW1r/KO5n+w2DhfC/4TROWW/l/5Kv/vIvy/6Pn/sx8ENh7gFYHg4Z5+I+qref5/KwdCwNvVqO0uw393431N2v/yLdv/avUq/+9i7f/hi/7mlQ9/+6cXr/jQ9x+CRvnuN9xw1oKdSuD94kb5ekhm+lyjfJmjgy6cYq8Or3x48dQXnKp4ynplp7vqB9xB/Hfi2Nx8TfiPETfv/4dwlf9fP/7f/dzfxf0/wP9/xdG9FyYgI+BfwUXAwv14gqJH9jwDYWN/zRUdeU/7VxzBnZd/hqtMv1P575lBkkWzr0X8f4vn/+XyVf//rhf/P/Dx2MteFv/t69tnk6J79sRp+P9vewj897ddD98ffmJPVAP8MVfWE7wXAXAKiPA0xYizyz8VAt6eQFyVgzuM/5GZ5+bW8bzZncz/W8b/FYy8yv+7YPx/6vFg437q7Y//b+VAV+P/uxD/N+7Gn2zugEdAV85/soITV/l/V+P/qf3Gw34E7gXNb0Fb5qvgv/P8d/3rJQ90tQ2/6/CfgQ9f75BzfAX+k5VbjP8rV4mr8/++3vy/9hz+7LnPxfiP97/4TWfe/+/fd/oD//n5Mx983+dOf+hDbzj5B3/+naf/x+s/c+bD7/3n0x/5b/Mzp385O/2HP3jyzEd/7FcHn6tOT37un58w+Nv7vO3k33785On//Xf/fvbvftM/+PuPPOfsP7zsCweff+NvhGezR5/6xxf+zdkvGOODf4q/Ofzn73rBqS9qPxf+y7c84NSXqh89+6UbuIN/e+g9w3/7zAcP/v3fGmf/43e/fOo/P/nbZ7/8mued+q93fiG84flvPjh45aPPXrP4X6fu9pxxePf2Iw6uNT8d3gP9hYN7Mg84e6/rP37qukdx4XX/cO8D5B7pWeQjTz51n89++ez1//3dp+77ATy834u+eHD/11lnD5PHnnrAj/9U+EDtGQffEDwifFDtMwcP7g/OPuSbHnTqG49ffPYb/50/+KbwVWe/6ZPfd+qb//nJZx/22wenHv7xMHzEz5EH3/LmV5391lOLUyde9onw28yXH3x7/ozwkeyJg0dNHhM++tHKqe948u+Fj7nnDx889hH/cvaxn337qccdfN/Zx33waafQz/xa+PhfiQ+e8Lt/cfaJL/jFU6XjbziDLa8/jT/ni2eIzj+cLj/zE2fIx50+XXna285UkV8/XXvsH52s/dNHBo3r3nqy8bH/PnjS537m5Hf9xosHT37/s04+5cWbwVNf+70nnxaPBk9/YX6GekZ8ml4/4wzzZO00Kz31DPfALw+a+IkzzTPugH/A3c7wb3nA6fbZvzrT+f/eNuj+6TUne+Zvne79qH6m9+p/Hyib+hnl9T96WvnTd55UH/W8gdU5e3L2pI8N5o/76MnFIz9/2kbedNK5+x+edv72J0+6f/kbp5cf+/Uz3u+99LT/Gy85E7xqd3r14u2Z8AfGp9exfibytoNYedKZpKcPNk8endw+/kmD3cMbJ9PrHz5I//NhJ7P//V+D/JNfPvl9HzozeNY7/vzks9/0n6e//+XvPvmcl3z69BVOe7mSCTK3/XM5xzg4eIQGGfI47Jp9QHrv/WfYnHFwRCJXjEg8uOZKWAYbyGf/lvArxQQkwLYCAeOKiUiAdcVEJMC8omscsA8iZCBEyEKIkInF6E/AxmL0J2BkMfoTsLIY/QmYCRGys0DAUIiQpQUCpkKEbIUIGQsRsrZ4LA+YCxGyFyJkMETIYoiQycVoUsBmiJDRECGrIUJmQ4TsLhAwHCJkeYGA6RAh2yFCxkOErIcImQ+xYD98QQWAL6ACxQ0HSlB0MAI1KPoYgCIUNxuoAkSoDPAF1QEiVIiikxGoRIFAKeALqkWBQDEgQtUoHjoA5YAI1aOIYYCCwBdUEYhQSSBCNYEIFQW+oKpAhMoCX1BdIEKFgQhVpsB/L2ZAFGpTIFAciFB1IELlKXwnoD4QoQLBF1QhiFCJIEI1KvpNgCLBF1QliFCZ4AuqE0SoUBChSkGESgVfUK0KBIpVGDpQrQKBckGE6gURKhh8QRWDCJUMIlSzwgMAigYRqhpEqGwQobpBhAoHEaocRKh0EKHaFQgUDyJUvQKB8kGE6gcRKiBEqIIQoRJChGoIESoiRKiKEKEyQoTqCBEqJESokhChUkKEalkgUEyIUDULBMoJEaonRKigEKGKQoRKWiBQ0wKBokKEqlogUNYCgboWrTBQWIhQZSFCpYUI1RYiVFyIUHUhQuUtEKgvRKjAEKEKQ4RKDBGqMUSoyBChKkOEygwRqjNEqNAQoUpDhEpdOEdArSFCxYYIVRsiVO4CgXpDhAoOEao4RKjkEKGaQ4SKDhGqOsT/e5QdAR+eQMBdjxfIJ1aeWClhjxdwDHwiSwSJ/B/t/8fmxDODqXmn+/+1W8T/Vexq/H9Xif+fCRtM2Oj9pPRvr3jvDQ869T799eH7/uTvT33054mzn6y8+uCT//CYs//x6Ojp//G7nw+vW/7gqeve65+9z+euP7jebJ297weedup+P/GF8P4fk04dPuZV4Te/5RcPvuWhq7M89Ten+Hd8e9h55DcD9fx42P3U75zqfc9fh8LL3npKJF9wtv+K4+PBde84HuA/c2Kw+KVj6VnPO5b++EPH8j1eeSx78bFSy4+VN3zbsfKp5gm1px1r3/iMY+1ZZ05ov3Lt8fDxtePhl556PFJ++Hj03Nef0B+sntA/ceJ4fOKfj8e6cjz+YvWE8Za7HRtfesWJ73707xx/98cfeuIZH2aOn/Gf9onvffkbj7/3Y/c/PhnpJ04eP+t48rT3nJjsHnXCeoh3bLEvPDH7+wedmD+sfrx4+3NPLP7xzAnnhY89dt4lnFguTp9YvvSfj/3KU0743itOrO7zV8erJ937RPgn0vH68I3H0a/924no0484Tp5/fJy86T0ntup9j7c/7h2nj/vNE6n+J8fZv377ibz03BPf9+EPHD/rno89fvZr1iee/bGXHj8n+vSJ57zuKScuoXKXoWN3v/Yyf2644V//at8Ze26C+HX7jtlC467bTw3H4aTwyzGY95w3GOiZQaPZT1B60H5iEjCeAoEBFa4oMKJi7jwwpAKBMRUuHzCovev3+b1LBgyrQGBchSsGDKxwxYCR7V2xvUsCja1wxYDBFa4YMLrCdQKGV7hIwPiKJhwYYIHACIsmHBjivin/eLENDbJouoFRQoSGCREaJ0RooBChkRYIDLVAYKwQocEWCIwWIjTcAoHxFk0/MOACgREXCAy5ICQwZojQoAsERl0gMGyI0LgLBAYOERp5gcDQIUJjLxAYPERo9AUCwy8QGD9ESIACAQkgQiIUCMgAERKiQEAKiJAYBQJyQIQEKRCQBCIkSoGALIUrAwhTICBN4dIA4hQuDSBP4dIAAhX4j/vrg0QqEJCpcGUAoQp86b78kFgFevvyQoIVCEhWuDSAaIVLc7gvJyRcgYB0hUvz/H19QfIVLg0gYIE/vi8nJGKBgIyFSwMIWbg0pX05ITELl+ae+3JCghYISFq4NICoBb5uX87ntn+o2P/c3euK7R848YQ9ivty/uDf7+3lhx61L+fzf58q9j//C/Ni+0de+IZi+0c+sC/nj9nDYv+P/dy+nC946peL/S/w9+X8ievdYvsnmH05/9tfPrDYf/SAarH9wre9bY+f3ZfzxT/8HcX2i397X86Xfs+Hi/0v/fEvFNsvQ7+r2H7ZZF/On77mL4r9P93Yl/Nn/vjHiv0vv+e+nK94zZeK7Vf82b6cr3zW3t5f+brfK7aPlb19Hz93X85fOPEbxfYv6PtyvupLRrH/1Y9+TrH9mt9/X7H9mv/cl/OXXr4q9v/SR/fl/OXoIcX+Xz7el/NXnvYDxfavbPfl/NWHoMX+X2X7xfYb/u6jBf7aN+/L+ca3P63YfuM/7sv560efLfb/+rvuU2y/6Xv3PHrTS/flfDP5H8X+N3v7cr71Pq8q9r+1sS/n2/7ksNh+++G+nO/4tbcU+9/xZ58qtn/r+c/c45v25XyX8gfF9rt+fF/Odz9urwvv1n+q2P7dL50ptn+vtC/n73/4R4r977nHvpzvfU2p2P/ej+3L+f7oFcX2+395X84Ptvcx3gd3drH9B9/6v/co7sv5P/5eL7Y//Kh9OT/y+wfF/o984VHF9h++0C+2//D9+3J+zH5Qsf9jP9kotj/+1Hfu0duX8xPXf2ex/QlmX84//ovTxf4/Ofxisf2nb0v3+Nl9OT/1/L8utj/12+yd3bh9bX4uvwlFngw+PfWu8ZzzNvz/2Sb5muT/IsHvLfr/8avjf7+e/v91BzfOa//+c58fAv2fV/7RJvy5nw9Ovu4enw9f99ng4Fc/8Etn3/BLxMGvHffDN/7wgw7++4/mB78eYqeuKB54wdHhtz7ruYcnvOjw254xPfz2nnr4yCdzh496fPXw0Q9/zOF3XP/Qw8fcgzl6zBfJo8f+9aOPvvPjDzl63HvudYS+6V+PHv/q/3X0hJf86dETf/BDR6XknUeY9atH+Pf8ySERvemw/JR3HJLyTx5WHvGzh1UiPax++TmH9Ye95Kj+Z+Zh4z+2R0/6Lebwuz6pHz35F5959JR3POnoqc+njp728ocfPX3+yCPqBxuHdPMeR4z1sEP20Z894pgvHzbv8YGj1iP//LD1D39z2L77uw/bH37/YecvX3XYfcPrDnt/8K4j4SdecCi+/ueP+kFwOHjBDxxJox87kr3ZkVLzjtRe60j7RvFo+PjvPBp+CTvSH9w81D/xwKPxFx97aLz5n4++++PI4TOOH3D4PW/6u8Pvfc4/HT7zJR8+PPnMjx+az/7bo8nT3nI4/Z4/OLK+9acPZ095w9H8ut88Wjzi6GjxuZcd2V+Ojpz3Z0fun6lHy9d+95H33vWh/yNPOQp+UTlc2d96FD6/criWnnwYzb/xMMa/5TDh/u1w84CDw23pwUfbs39xmN7vS0fp6d8/zP7hT47yN/7i4fd9+B1Hz/rp3z169ht+9uj7s1cfPecnnnN0cTapC90o97jnvb42PyAEuPbGvvILuQGuvXHPTTIEFLODYUqA0fmUAEVugP2I0WuuKR5EA7wSu4dhyPdXf7MIT6D9F3kaAAeKFGmABwUCLhSp0QAfitRogBNFajTAiyIlGuAGRMiPIiUa4MidGuYAThU9wYBXRU8w4FbREwz4VfQEA44VPcGAZ0VPMOBa0RMM+Fb0BAPOFT3BgHcFAu4VPcGAfxAhB4sOMsDDoicYcLHoCQZ8LHqCASeLnmDAy6InGHCzaAsAP4ueYMDRoicY8LToCQZcLXqCAV+LnmDA2aInGPC2QMBdiJC/BQIOFz3BgMdFTzDgctETDPhc9AQDThc9wYDXRU8w4HbREwz4XfQEA44XPcGA50VPMOB60RMM+F70BAPOFz3BgPdFDzDgPkTI/wKBBhQ9wEAHCgRaUISPQA+K8BFoQhE+Al0owkegDUX4CPShCB+BRhThItCJIkwEWrEPD2dH+/DQO9qHg62jfTgoHu3Dv+/cI9CQfbjXPNyHew882od3jy22oabswzmk2IbaAhHqSxHGAY0pOneAzhRhHNAaiFBv9uHcW4ptqDtFGAe0pwjjgP4UYRzQoCJ8AzpUINCiooca6FERxgFNKnqmgS4VYRzQpqJnGuhTEcYBjSp6poFOFWEc0KoijAN6VYRxQLOK8A3oVtEzDbSrCN+AfhXNNtCwInwDOlYg0LIifAN6ViDQtCKMA7pWhHFA2/Zh3DuKbahxRfgGdK4gO9C6Inz7v1Tv9vlQmKKfuvzEyhPP91Jjpat5E66O/7mk/78KzGWU3fn+/yXm/5N49er8n7tK//9F8/9f/gw4Mf/vsYccFZPy/+lR54Xqjpv///JnXDz//wpOdXU20B3Lf9ZcmtHXIv7HiGr1FvH/1fz/dxn+XzT/75V//MHvOjyCs/M+/9pbn513Jcc8N+H3j4tRTZdx7Kss/9rxP3rmLH6mYnqm6d/J7f8t5v8Q5avP/+9q7f/93vyqj73+j372Oac//8D5/wSN8sHBo/5n0QWAwX9/x+vPpWfbj5GhYHc3QVau6ARFLnhwEojwRMUQwys52dVEcHcg/11nstokd0AGoK9i/k+ZqF3l/12E/xem7rzwnz56Pdh4bHKeiL3Lz/d4k/k/t3qgq/y9C/F/tQFN/9fE/7+a/+v/CP6/6G9+yAYb934o3Hv75v/eyoGuzv+96/Cf855Jmc4muNP5T5art8j/T5BXn//fVfgPB7rDpaYO38mfPXOfP3zj0a09y786pvfKxvRec/e7Xe7PPa69zJ8bbvin4xt7Ty48PSoeIl9zfaG2F/pTrmBI79vP28B++a2zZ+BOaAsFXuEz6qtDb68OvS3w6tDbAq8Ovb069LbAr8PQ2zujDfra/Hw1Ld1daeTtXd3/b0azWbLa3fn+P1a75fP/Mnm1/++u4v9/w8F+Olcx/velb3mX9/annjl6+6fNk+947cOO3vmul5z5rR/tH/728ftPvst93tHv/IBw8t3CvY5+1zp15vee+F2Hv8+96eR77h8cvXennHzv2V84fO8X//Lkh8gnH95Sd64FhH4JJDR4B5//5fia6wpy75cnfSCkcrOgM0ZiV/Ko8ULxoetq5K/9O4jwMoocw+BS9rmGzZP7FWYfVmzDy9qvMNsvXF54efsVZp9X/B9e5n6F2XsV2/By9yvMflfxfXjZ+xVmg+L/8PL3K8z+QvF/eBuKBA533K346p6M3jr/W+ZkFYF9dz7/y5XyLfiPX13/467C/2vP/T0Q8v95zY/YH/6J4NRHvl8K4TjJg4OH9uCXHvzQg4snyhejEhVK2af1YuCHKzkTpMbJbw2LRa3hGYucJuCsRU6TKz7z1axiXw3/eTMy74jsv19l///V8X93uf7/5zXfZ4GNRzwc7r09+f9u9UBXmXrX4X9nZZtBMIsnm2hxJ7f/txj/VyHwq+s/3lX4f89zrfK9z7f/f/CGF5z6H69chRf8gMJpPTj45qff2B5fSJxz7YX2+EpOBVXC/z7q6Rc7APC0RZIzcOpbOASXVwQEvl8VmMvj/2Zyx0z//YrrfxPkLfJ/klfX/7vL8P+R5wLoB7z5VX/6qYNXfuOZa3JycLdn/9uZu3/34vS1J7//zD2e8nen7/n0k2fu9a0nBtedoM/c+0A5jRw86gzymR8e3OfMPc9c//vXD+77rs+dud9rnnb6/r98j5OHz48HD/iRz5584OIXT3+D/YGT/z971wIXVbWvBx+8BJsSHyDqFh+o+FgwwwBGuUUQ0dBBCdFMGYSD44MZeV20stHU9GSKeK/Hymybx3N6acvsV5jl2WZJ+Qrt3vIVoif1WGnU6eE1k7O+tQC1SQXlMffcPch8A8Nv7/H/39+3/t/a6+E3MqSs/YhX0zqETDF37PN0Wief4jJ/T1ua//nd5oDvnqroXDbKHHhwVkWXLfPKIh1xUlrHAHMdVgFjBcaf8fmvX8NLTJ4SG9YOq7EJdRzEVBsJMVDxKN+zGhHhFQ6LChCRASI63NSwCAERJa5xLFJARAuIiAERNSAix5FFD4gI8o5NFkUgIglENIGIKBBRBSKyvJuARZf3f7AIAxFlLo4s0kBEG4iIAxF1ICLPkUUfiAwAkQVer7FMAJENIDLC70Y1Sla0irC59H+UZZa9YQaA3bL+i3Dq/wk1aP7Plfp/oHp+Wy6cCHzz/WfLPnt+8eGzy+KTGZ2Zi+uaIeiMv+vRB+Oye7+GnsrfjM5mCa3zgPDaM/IZ8+ysQJxZDAxfzGeL3P4n0EaZ1on/7Ld5tvxZjc7/36n/jIZwbf6XK9Z/Oleo/yZc/LJulUZXR+PWfzqt/rta/zVOVrT6r9n035plmdls+3+Ha+N/XUX/a7vud3zX1sx+CCS/7bavb///DQ+ksd2V+J/N3si1NAf/jYZQbfyPy/HfIX5om8rLjzuY/1OY2P+l3z2QNv/Hdfj/gCXLltsg56j/+B9t/y8X6//ho3IWv2o/uMycplv9yrCD65O+LXTT4ZZby0FX/87Ds3rV27Y1K/OEYHv3uorEdeN/cDYgzsgXkmdnBdb/zJqq3Bb/rek5mQ2x/e/ttP8mbfyv67X/xWcW/Zn94Hn8Ttv/Gx5IY6oL8d82K7NhznFr/jut/20M18b/uGr971a7FF9NU1tf/ttCdk/63QNpq3u5EP/zLdkZTbP+h9P9X0OESav/m5P/Lau/dbqra/Vx/hefcdixPZ7PNLzlY/xtCy4Uoj5H5UP9EkydRGFQl6NrVULT8D89f1a6JXeatdH577z+hylcq/9dpf2vXasT/H/xjw9VgqH+ag03eQ++Zw1D63g74Lr1PwsTu/OBvnU5tnaHoOn4n2uZ0Wzrf0Vo9/9crv5fMPzjy+yHgIX47Z3N/7nBgTR2uw7/Ey0zLem2JuG/U/tviNDaf9dr/4vPLI794YUdDrTRntE13v3qShvxde8O/M3634tjgXU5tlb7Nx3/7fl5TcN/5/5/Eqat/+ly7f/TMf9TgOHWf7zT9v+GB9Laf1fif25mTn5T8N9AnNb/wZagGv9dg/81vXZeC4bvKbm69gcjsP9HNQQW43nrM9W39qjCEOwpcV7j42Zn0GbyNjr/0y3ploZY/ufW7b/Bmf8RWv3vau0/439pKpbt6HNts11XvtcepXoBkBscSeO1y/DflmXJsOZOy290/jvv/2M0avx3qfafb8/jYE9vbThgPrts5GHeOvdbgvevnXjpPOWyvvv/2N/NuCimVx0wi2me9TiZNrOzIfmfnWMrsDbB+H/D763/qdX/rsZ/fv9PmTJzbcs9E7PdWrSsqvrxSyxSyZ5bsefia7frS6z7yKDr9v+cOPcva4E4DX+z7qfSxg41LP9HW6w5tvSGmAB4K/4bQ0Od13/Q7v+5Cv9bV3/7PVV18PKWC0dT3yytKNt5flPqvplzsTUf5vQG8Vt5rFnmPl3nfc0SDN4PJNY0z/XaFbD2tNADnFosBnE0lS8GwT4CX3+XfQy+Ntjtf5T/3zXDTfifMd0yKzO7Kdp/4rz/T4TW/rta/59v8RlHxj1/mG1v17s8jZfkbfkCnjUDddxqB+qMr2cfoG/12D++jgvOAKzbWbT7gY3Gfyuj/5yGOMct+W8I1cb/uH79ry8+s2zhu8W7i84TT4cbJuC5Xb5+o27OUp9rt+uu43CA2lMIIVi2kK/Bz04FrOfpNEVoIP7b8i0zpk6z5eU1g/83RWjzf1zO/xefeT7v3eISx4XTHxWxlplR0af6T1pxWooNeGon84CU9fX/OIXgfgm/EViPU2n+v2H5PybfkmXJsOVn2fIbmf/O8//CiUGr/12F/9fM/13xDaPilf+soeLtzv+74YE0DrsO/822nDzbgNG2gjseA3g783+IVv+7Cv+vGf+7zAcNM8botqipChtk/O8yn5pG/1bH1qr7puL/OIttSnKDrAFw6/WfTc79f9r43+bkf03nezUL+Wt+/6/4zHLHxIQl+kn9trPCvCV7z90MV/7z1Os5e327Xjt3lz/V55zQhcnRvxKhE8vxEXQ4P/BOPoNWadyK/8nWWen5M/LyG4b/ERERN+S/0+vQcJOB8T9saLo1Y7olW+N/s+Q/x2q3zWyC+7+hoSan+79hRFv/31XqP6laj+9e//3Onl9s36Iv77Ep7WThIf3Js5kVpwcNsZ9+eV/F16N3V3Yojknr6PmzveOlkIpOX/Wr9D82JS1g3+uVnd/7Mi3wzbmVXV7oWNF1VRt7twUX0iT7SHt3y7yKoLGf2HvEtqzoaWxR2atXRFpv+e3KsNHfpRliTXZj+PQK8/PP6JKSjzjGWt901K4h7byqtBv+seZiEj5woOQmWgAvPriU7wg5LA6LSscl6+Likuv1n+ZLzrH/OBD/eSACAEQQOLJAABEMjiwgQAQFB0NggAgORxYgIIIERKCACBYQAeP/ERY0IAIHRPCACCD/kCyIQAQSiGACEVAgggpEYIEILhABBiLIQAQaiGDjgYADGzTo3uxJG9j7f0j/87OtTbL+Z2iYk/4bTCat/7+59d+9GoOqX98NTViZZh6ze/CSitLUdWmlx4Iq9pxKrti7yVq57+wo/f6XOxbtf7+Dbv8+qj/wYrjuk2Kjvmzp3ysO5nTQHxrdIc239ERl26Wv2e96JaNSnxdgD9owuLJHdJ/Knv39K3sFelf2jt5lD24dbI/J860cFu3QxfY6WxQ37Ff98NYfF8X3OKGPv3BGn9Byp96tFROfVq1rv1o4baCt03kt490MoTWDBrg0+dY81wwjMF8rUswXuNUvIND4CcPb/QBEYPjO3iw4QASIIwsSEIHiO36zYPERSyxgfDdDFjSOLHAcWfD4VCgWQD4VigURiEACEUwgAooPg6ACEVggggtEgPmHZUHmbQILNG8TWLB5m8ACztsEFnQgAg9E8IFIAB5IAhCJACIZQCSEI0sKsNET481eaj0/Taf/463ZGdNsmTMaX/9Nzvt/GbTxny5T/4dXy11HCMK1+7/2dv9rxYBlpWkDrYH6QY+d05ERV/ShWa0dYX0q9IbhZx3Guy8Xhff+2BH+XXlRhPurjoiDalHkmacdUVteLBq82+a4d+XCoujXl+num/2HovtXZOuGTHxCL9vMuqGDM/UxY8J0wwLi9bGD/HSxl/rqh7f9STf8aBt9/MV7HCN2BRclfP6DY+QGr6JRb3/meGDB10WJfypxjE7fXzTmP551mGNeL0pKe1s3Nmhl0Tj5GV1ym836B6VHdA9+XaQfr3tYN35vjj61YohuwqvJetSxrVvV84upK+9cqt163pvPTvWGirndxX/TTgw1xT52fF5bPdbGqo232AR3VOGNNsHl8s1yAEQegMgFEPng3GM5ASIvvPRnueGlP8sPL/1ZjvhJWZ44slwBkS+OLGdA5A2I3AGRPyByCEQe8UAugcgnHsgpEHnFA7nlzcwYEQXkmDczLM8cWa55M8PyzZHlnDczLO9A5J43Nyz/QFwDQFwHQFwLQFwPQFwTQFwX3OKwa4NbHHZ9cIvDrhEgrhPOB3atAHG9cGTXDBDXDUd27QBx/eDRHNdQQ66S8Hv6PyuTNwANpjG8/y88vB79fwYSSnRSuKb/zdL+V+d/aIZlRoPl/ybtv9Foclr/2US0+z/N2f57VX/jUVT9ujsEdO/S2LJDPX6wH7KY5UuHHqRXSmabq15KlnVrxpndlpjkFoXh5pazx6qtLEllrZOMqvtQQ5lHaAfV4+lZZV76i6rXpnNm78qjapuKI2U+R36WfdXtZW23HZHvevmwWf/Mdvnupe+Y75nzvNzOutbsN+FxuX3CPHOHKIvcsW+auVPQY6q/V4w5oMUUNSAkSAr43qx2PmWggYfC1C7vt6dd3/BTu63/mUoF8XL3+UdoUEpfucf0n0hPUxu518jDpHf783Jwv3dIcJWX2td7Lelb/rXa76t5JGTHfrX/p8/SAeteVwdufZQOmrdSJasm09CszXJYrkwN8UWycVwQDQ/OkU2GVjTCI1mODOxOIs+a5KjLLcng0k7yvcdOk2hqVO/bXkruL+qgDnnuZSLbLqpDF35IY8YcVYdl/JXGDnpXjYtdSuP++a0cP+AvJP7Tg3KC7xKSsHWrPPL8dDJq7SfqA58tpomPblFHvzWNjpm0SjWvHkmTovPVsQX96bjA8WpySluafDlKTQmvpCmnU+TUbr4k9cNIecKVb8nEjQHyQ+UHyaSFl+WHd2wlkzPK5Snr/oukJV5SLU9uoekDjqtTs1bRDN8damZ8Ps08r6hZweNp1v4FqtUjilo3ZajTz3amM1bPl2eWRZJZBVPlbBpAbClxsn3FZTLbFCzn2MpJbgcvOW+MSvKqeqkFkcdpwQkPtbDTDlq445w656JC567bqz5yeAF9dN4m9bGSDDpv8gr18TXDKXZrvXmj6O7p0YRfOt2rp3DfMNOMUYW5aW6e/NmH/0bPX/vhWdepqmq+3a0Lf+2PRnk0a41Hj2ff5mRdDHsdE5usGzqCvRgRm6yruct49cUNSOZd/Y3HyurX3VHcDXn/V77VyWNPTpzM+wwY6bjnZ8TjyMgHBAGBnIR4gIh4MDLyszNCcrfNSAkEMfk9UUZOfseVEZR3bDCSAkFUjoysXAUYYTky0vIPzIgLBHmBIDDvg2Ak5n0QjMi8D4KRmfdBMEIDQWogiA0EuYEgOK+BGMl5PzkjOu8fZ2Tn/eOM8Lx/nJGe948z4nNk5OfIBID3lzMR4H3QTAh4fzkTA95fzgSB95czUeD95UwYeH85EwfeN8IEgveNMJHgfSNMKHjfCBMLXlwzweB9I0w0ODLhAEI8ODIBAUJEgBASIMSEF+VMUHhRzkSFF+VMWHiDyMRFFOWb+fEhMrwoZ0LDi3ImNrwYZ4IDhOjwYtxD5Bfiw/GsyC9EiBflTIh4Uc7EiBflVOQXosSL8iKRX4iTKMpFfiFSoigX+YVYiaL8Xf4zRIsjEy5ejDPx4sgEjBfjTMQ4MiHjRTkTM16UM0HjRTkTNV6UM2HjRTkTN16UM4HjRTkTOV6UM6HjRTkTO16UM8Hj/GGix5EJHxDix5EJIC/GmQhyZELIi3ImhkAIIhCiCIQwAiGOQAgkECIJhFACIZZACCYQogmEcAIhnhyZgAIhohyZkAIhphyZoAIhqkAIKxDiCoTAAiGyQAgtEGILhOACIbpACC8Q4suRCTAQIsyRCTEQYsyRCTIQogyEMAMhzkAINBAiDYRQA6vFulWL1u43+/Lw8mzCrxq1npjeOJp9VbSrX3mzN0MJe7d/omFg2EDSPzE0dGDowH+vUSM3q/+zp06z5ViyGnv/J2M4cer/M4Vp479drf7vI+p/kyrq/xhy6VC8cqVkqlz10nCiWxMnuy3pQ1oUBsstZ8fSVpZhauuk3tR9aC/VI9STejw9RfXSf0W9Nh2TvSv30TYVe1WfI+eIr7pJbbttL7nr5T2y/plN5O6lr8n3zFlB2lmXy34TZpP2CXa5Q9Q40rHvWLlTkI36exnlgBZJNCDETx/wfQztfKqXEnioJ+3yvofS9Q132m39OUUqiCLd5+9VglI6kx7T/yH1DP+V9Bq5R+rd/gQJ7veaFHzlF9rXe7nUt/wL2u8ruxSy42+0/6fLlAHr1tOBW7OVQfOeoGSVWQnNUkhYbphiiF9AjOP8lPDgDGIK+0mJ8BhOIgPbSZFn+5CoX36UBpd6k3uPfS5F0970vu3bpPuLPOmQ556TZNtXdOjCt5WYMfvosIxnlNhBm2lc7CNK3D9PkvgBa6T4T3eRBN+5UsLWjWTk+UnSqLU76QOfFSqJj26go9+aqIyZtIiaV0crSdFZdGxBV2VcYAJNTtEpyZdDaEr4KSXl9AiS2rVKSv2wH5lw5aQ0caMPeah8lzRp4QXy8I6N0uSMMjJl3ZNSWuI31PLkBiV9wAE6NWuRkuFLaWZ8lpJ5vphmBScoWfvzqNUjRLFuSqHTz/oqM1bnkpll/aRZBQ+SbOoj2VIiiH3FBWm2yZ/k2Mqk3Pa/kLwxb0h5VR1pQeQBpaD8f2lhJ6oU7jhG51wsVuaue48+cjhPeXTeC/SxkhRl3uT59PE1kYrr1f8fXERbwlqIVry18OTPPvw3ev66PZ51AVVVKxxuXfnrHmhL0Bs3lLUlQ83VbchQNCIT8GIUmpVR4+7QBvS53gYMHSFsgEm93gbEEGED4hVhA6bKwgYMF9K5RpQT4KWwAaKcAD+FDRimChvQmwobIMoJ8FXYAFFug7fCBhyThQ3YR4UNEOUEeCxsgCgnwGdhA/bIwgZsIsIGvCYLG7CCCBuwXBY2YDYRNsAuCxswjggbMFYWNsBGhQ0wysIGJFFhA/z0wgbEUGEDeinCBvSkwgZ4KMIGuFNhA84pwgZEEWED9irCBnQmwgb8g7cD0AthA/ZIwgacEOU/0w6OTD+EDVguCRvwBRU2wC4JG/A3KmzAMkXYgPVU2IBsRdiAJ6iwAWZF2ACFCBsQpggbsIAIG+CnCBuQwX+G9ggbIPILDRI2QOQXWiRsgDcRNuBzSdgAkV9ok7ABIr/QKGEDRH6hVcIGiPxCs4QN2CzKf6ZdwgacFOU/0zBhA3aJ8p9pmbABG4mwAZMkYQN2UmEDChVhAzZQYQMmKsIGLKLCBkQrwgZkUWEDuirCBiSI8p9pn7ABIaL8ZxoobMAIUf4zLRQ2oB8RNuCkJGyADxE2YJckbMAFImzARknYgDIibMCTkrAB31BhAzYowgYcoMIGLFKEDaCi/GcaKmxAsSj/mZYKG5Anyn+mqcIGpFBhA3wVYQNyibAB/SRhAx4kwgb4SMIGRBBhAy5Iwgb4E2EDyvjP0F9hA96QhA3oKMp/psUcmR4LG0AVYQOOUWEDihVhA96jwgbkKcIGvECFDUhRhA2YT4UN4JrtajagWrQLG1W6nd0A3onC3/xb2YGb1v9Z+daZM+98AZj6z/80GrX931zm/n/t1M1VEeGSW1XVBxVgXqkqplbUc/lXPv/zhgfyZk9GbYiPq/A/z5qV3wTrP4WZnOZ/GcK09V9dhf+1czVXRRgqj8ccN7u1qKrarQd3t1E0v4zBfNAexuvVUQ6um/+J4wLrcmxNIZqO/zkWRn/rna8Ad6vxf+FO9/+NJoM2/ttV+G+s4erqV/JIyV0JFSW/ysq274zknfI86WjkZnL060vkuP9JenzbBOmLX9qT8ufKpRNfPEsqkg3SD3+qoj+2niz9pGaQn9t2VS4m9ScXSz+ULnkfopdeuqj88o07ufzUY0qXj5eTroWfK92UcCoZPlG6z7eSoDYfKT1S9bTHKbvUK+J72uu/SyXimENCuyQqYeMlanCfLhkjk4nx4k7JJHUjpk+mKRE/7aaRJYukqBN/J4NX9Ffu/aiKRtvaKvd9sJLcP7pSMT+RSZKkKOVxpjdOU1pu/cXU6V/sXQlcFWX3HgRFUXFyy13UisRtgAu4lA6ioeaCK1cruVchQglQlqwspzLNL/9/J/VL2xRtUT8zR03DJR01U3OJ1Oy6X7U+y9SwzMiN7zxn0ERMZScc+N37sJTcO+d53nPe57zvvLvSMTodd7rQ6PRtujE6tZL86OGfp6uJEQ9XFIirykhXFoirC8QVBuIqM9KV5pGSrjYjXXHemERXnTcm0ZUH4uoDEQE+WYuiAEQkgIgGEBEBIiqMFBl2lCg6jBQhIKIERKTYWaFosbNCEWNnhaLGzgpFznBWYvj3iCA7KxRFxmOGQ4JoMlJEeYSgqLITQpFlJ4Siy04IRZgvGkWZkSLNTghFm5Eizo4IRZ2dEIo8OyEUfXZCiAHshBAL2AkhJrATQmxgJ4QYwc4DsYKdB2IGz3yLhB0eD9Fzx9J1q9Fbjv/RUVQCxhV4JWDe1/9ZgvzM9X+lJ/6dk6Pi4hMjgmNGRyXmM/63yP9+Uq78H+Rnnv9WavJ/R8FYj14T/b+5U6dIK57vJ39Wb6uW1miKnLYnQVp17wv6quXva6szl8hr3vxO+nzf9/raMR7autV1ZH3IFG39e+/JGzpslDa+mK5/0eC8tsnmJm+64iNtDg7SNzsXS1temi5/1WuO9tWZCfrOXlnSTu20vrt5gLYnJFI/93BF6dzs8/rv5WOl836ifP6/s7XMGiF65ubd0p/nnpEv7A7ULm4M0C+t6S9d/riffOXdAClrskV2f7+HVvG++NRm05dr94nTU7l+yEhJ9W5STfJOt6Y2F85KzbX2qT7O3VKLt8K9uG5Y56OFPlNJCz04zqvbhbla9zV2L2QCl9z7mP7mM0czy5Wfy2dlbbUgJ2xMvzqfQWaAVUlZQuQswfewDOFMYeFMgYyRl8ggN49+d35PPkWbIsQHaFCUgIgU1xYULUaKGNcWFDVGihwQ0eO78FAEgYgiEJEEIppARJRvvU1RBSKyQEQXiAgDEWVGijRvhKNoM1LEgYg6b4yjyDNS9HnjGzGAkVgABBOAYAPXMsQI47TQ87pR08Ty92AHIzGEaxliiVHT7Obfgy1c0xBjuKYh1nBNQ8wBgj3cRQOD8DHZ6DaBSUCwiWsYYhR3iYhVOWoZYhd3h4hhjMQy7g4R0xiJbdwlIsZxl4hYl6N2IfZxN4UYyEgsBIKJ3FUhNl6tTUqGkaWxfjE/iiH/h9iT7E/bRw/PpxOQ9/wfGOBnzv/N/F+k+T9Lvln+l1efleRvK+tX64D8jbbljNG2nDHabhhQPPl/cUsz/5fG/J8l5yX/g4GMxMKb1QMlx0gz/9+t+T/+6fjIfjEp9kh7fg6Ey/P93/x8uf/nV8C6w8z/hRb/0ZHxw/IdhXzUf36+5v0fzPqvBOq/wvF/yuWYbW9ML576b5Fm1n///PqvaPyfwmCkWf/dpfm/R/KI5AKcBHbb/O+f6/6/Qeb5v6Um/z9UpvK/T7jufeyA9uCZf90y/+dnlM2++Z1r9hx7SxFl/YdyZv1P0sysXwqyvo+xVR3cAoJfBcn6JcU/M8eb+T9X/u9pj+gXEz/CXkT535d4d8P839+c/5ea/N+pzM3/dyxPffCBB+S/WwNSSD2g8jks9/VF1QTqlLMc0MwmUGkyAYhqXA4Q3QwzIG+LQYqoGVQY1DQrhbsm//eKiouMf65Y/X+Ln5n/Tf+/CPJ/XYvsvWOj9uCFaL251k3zcR6Vc+R+rYYWPKijXkAfADOxa+PrurHF4/8vdTNTfylI/XWN/w8s49RPTDNSfjfjLiHEuFumfGIgECwsRGegEBhpZvy7NP/T5D8i1B4bGxUdX1z7P3zN/R9m/i+B/R+FM/fPOb9a16CY8n+kmf//+fs/imbKXxiMNPP/XZr/+9tjkwqwBjM//X/JnP+b/f8SXP9XwFVW6L9+XEz9/z1m1i97q/5Kin9mjjfz/03yf1xEj2R7XDH2//3N9X9m/7+k+v+rZmvBrpJcqP3/dV8UT/9/yRqzHChD/f9Vxq2ZQcci6//nj5pmpXBX5f+eyTGJRZX/fQNz5f9Aycz/pSj/u5eJ/H/5w7/6/6H19Zvm+2mXUkN399O6nU2Ruy+zaD2+scr57LgaAyz/CIustt9ukDV+UoAqwP2vKmDxp2YVUIJVABHtpksBiHR5yvJERkYiJBCkBIKYQJCzAEsCCo+gZi1QpvP/gOThyU/ne/p/+/zvJ+Va/xdg+v+lJf/Lwt12/6dt38iFeh+Aclf3XW84WEQmgHxDT+ADM/2XoTtBbfvmppP/Qr0zQAE5alYAZTj/D0x8KtkeU7zr/03/v7Tk/7tr/d/K3oW//i+zeNb/LXnNzPplYP0fMZCxKNf/ZZo53vy4bf5PHlYod1687flvQTf2//2DAs39/6Ul/189q81zWqM2bc/PPNUNZ7St7YYRRE/LHkE8jHNuLP5SXk+A8+QT4Ohf5rH7jv518wy44tF/YnLc8Jj4uKLWv79vLv1bAnzN819Li/5j6FGeHiLq/7R7f1fLt9gvu1/K0Dy+TtIrz/hKq7LkT73qmCuS57RWcrUhvpqYZNPviQzRqg+cLtd4ZItWs21duZb3Jal23Z76vZXaaPdeUOQ6J4dLdQ8s0+tt/1Gqv7at3uCT+lrD2bFyoyl9pMbKbN0r4WWtiX233LS/u9asi1W+z9JBuj+4g/xArTjNu8I62fv8XMm4h1c3zefrz/UWKytJLRculFslVNFaTz6st+lzRpPiqsu+gU9JfuGtdf9qSzVLkKhbMr+WAmv/qgce/VkLOr9Hb7t+h9Zu7wq9/ZzFWod1u+WHFq+QHh6l6h2nzJQ6DVkky/HPScGjzsid/T/WQvqmy11q/L/W1Xep3PW3BC203k6de4UXNJ17hfun6o+u7yD1nJel95rTUOo98ajeR8mSwhKuyH17x0r9wpxy/9a9pQHSBnmgpyQNEj+QB/3RUwvPmCBbv2utDU5/Sh7ymag9tnK8/vibv2pPvPWkPjRljxbxbDfdFnFWsg/20Yd12i0Nb1dFj2y8XIqqc0aPypohRZerLEdX3a9drQzdiv7T1TUra2sGBml6vq6IvL5JFHxd+ZgXmiERxEy8R+XJCtENvwTluBgn2gFBPSDoBwQFgaChwLmqFf/3oCMQlASClkBQEwh6AkFRIGgKBFWBoCsjURYI2gJBXSDoCwSFgaAxEFQGgs5AUBoIWgNBbSDozZOKLkYnDzTnyQRRHQi682SCKM9ItOdO4rXbi2VvKiYJ8KSCZACEFICQAxCSAEIWPCSTNICQBxASAUImQEiFkeQChGQYSTbGpGUPfw/5ACEhIGQEhJSAkBMQkuIZK8mK29UkLZ7kkLy480kSA0JmQEgNCLkBITlGkh1Phkh6OTqjJMEcnVGSIhByBEKSQMgSCGkCIU8gJAqETIGQKhBy5WGSJAuEbIGQLiPJFwgJAyFjIKQMhJyBkDQQsgZC2kDIGwiJAyFzIKQOhNyBkDwQsgdC+owkfyCGAEYaBq6fJJbCocCcRf5T6r+kmJHxI+1FXv9JAbn6vxZLkHn+T0nWfxWyH5xzs7+ug/pvVtocZfaqPxO2ZIbbtr12RdnV7FzCLnulDJx/6upWPivrPw2Mw7txAOrCVAwF9HUVfhb5UO+abC11oQdN5ULC6RFmHO+ND5fs57y8LDY/z4znzc94eUC8RDYZ6WUC8VKBeLmMhf+SPegHAR5lSv8jC+fgjTyf/+Fr8Q/yF7z8giPtI039l1T8O9ufiikO/88vd/z9g3D+izn+l5r+X/b57yMblPT579y/+/y40b+b/rqXz8mqWouRfqkt9eVSqye/8GqdOkNq88hHBT4nvvfb3bQ+3ad65fMk8Bxngh/4vkAnxl+7/saJ8SMbmCfGX9dlIy7k6LIRJ3hCTLzgCTFxgyfEujFxAkd4QpxqTJzAFR6jSvgEevCNJ6TEuasTuKLk3dVZ2O3G/4jO9rjIqNH2xCIc/319b1z/ERBg7v8s0fHfPfvBVM3+uuaHK35MWHy2RcKKJwfZPgt+OCGtSqAt7fKEjG0nR9l8o8eLfom1Ff/QJ0VLv0wlwLubGOi3Xwly9xHb1v9DaHuiitju4j6h/e/V1Q4rvhEe0jzUh1e/J3Scckrt9M44QY7fqQaPf0fp3EdTQyJfULq0map27RKhPFItSQ29L1gJzXxD7O7WTOnuSBR7fF9eeTRtoNhzR42MXjObC70//j2jz5jKQtjk7zL62r2VfrErM/oHV1IG9HwnY6DXz8qgli9khAs7FGuttxOszsXK4N/HJgzR31Ae+3ZowuMLPhGeWC4nDJ2kChH/bppgixkt2F/smDGs+wBh+FCvDJdybq4wOW7xWb7c331mZb3Ht9Z9TxWuTS0WpmJqYfzEmGDg55Bmr/7GBKNXF2OykT2zyIa8BAoDL4IFRMB4OQgFjZeDUOA4cVDwjAQyIYNnSBREHgApkDwAUjB5AKSA8sBHQQUisDzwUXB54KMA88BHQWakQPMASMHmAZACzgMgBZ0HQAo8v1gKvuEInuLvQQLDEdzJ34MM7AgSIdgRJFKwI0jEYCeQyAEEQdgJJJIwElHYCSSyMBJh2BEk0rAjSMRhR5DIw44gEYgHYCIRD8BEJHYEiUzsCBKh2BEkUrEjSMTieBC52BEkgrETSCRjJ5CIxk4gkY2RCMeOIJGOHUEiHjuCRD52BImA7AgSCdkRnMRvh8nIjiARkh1BIiU7gt2NaWepIqcH/SrQdPTK2vxv9DB7ZHxigf/G7fy/wFzrPy2WAHP9R2nx/6plf119qrwgatvxbenbp7/s3LG3afrOsb2cX7/zUXp61Aibp/Cr03P65PRqMwSnmBSXfk/KMWf1AWHpNSKybDWljmGuqEndsOWMP7OyttTH4PNtusu1loHxvHOLi9E4cOPGAQ01WPJBxao/0cHFBQMOP+flhSO/4cVznqM3AMSbAOKN8HJDejNAvCEg3hR3EumNMdKb43+U3qDRUYzj7/FGuaNIb5Y7ivSGuaNYFG+68Fe+3Er/UbFRTxeD/+PrexP/x2L6P6XF/2n0l/+TlFTc/s9t58FUx+yaXCB/pVFOfyUp6W7wVwp6Xc0ubtmv/6JiY56LKvrx3z/3/T8svhaz/ist9d+w7K/rTRu6T5s9u4MztWtfx5xxDZ1zW8dZ3x+a5fzAM8z6Ycejzg/P+FnneV+xzdtZ07rA3WlbsOi89T8nNtgWzqju+HjzB7ZFKeccn8ybYFs8aK9Dm/iUbUlgmmNpwnjnstpvOz4Ne9L56fmxjhVSN+eKI29Z00QfZ9q6560rM6o4V81+wrp6X3PbmnGdrJ+vrGxbG9HEum7maZveydW6fszXtg0PNnZstC6xfVHRxbGp7TTbphPHHZubLHZu3rzJsdXlDefWefMcXx1NdG5Tv7Bul5s6uWf95aiwvc0v2Pbu6+FwVDpoc6xs6dj301rb/rc8HQd27XceHJPhOLR0jfOwdZfjyNRZTmfwL9ajoxXnsSbfWI/3G+b83mWZ9Qe/Ls4fjv7beqK+3XZi/TPWHy+G2H6aM9h68sD9tp//lew4tdrddnpEuOPM2z/ZfunRzpExvrzzrE99x6/DTzh/q3TZcS5kq/PcT0cc55stdJ7fdcma6fp/zsylh61/Ho93XpiqWy9un2y7NHqu1X3YAZv7yvSwOvZRtjoLg8Ly7AW7uuXhPza8gUVhGPuXzs/uiXuwH+DJz9X5ubaRDQKoQr2+K87egJCnRv41fvFKcOIYN/CJZ0BwDQi+8e4m4hwQvAOCe2x3Ef8YiYNA8JCRuAgEHxmJk0DwEghuAsFPIDgKBE/ZPiOuAsFXIDgLBG+B4C4Q/GUkDrPdRjxmJC5zHUF8ZiROcz1BvOZ6grjNu6+I37z7ijjOu6+I57z7irjOu6+I77z7ijjPu6+I97z7irjPu6+I/7z7ijTAu65IB4ykBd51RXpgJE0AoQtG0gbvviJ98PSINMLTI9JJjgUTpBcgNMNIugFCO4ykHyA0xHUR6QgILXFdRHriuog0xXUR6YrrItIW10WkLyA0BoTOgNAaEHoDQnOMpDsgtMdI+gNCg0DoEAgtAqFHIDQJhC6B0CYQ+gRCo0DoFAitAqFXrttIs4ykW67bSLuMpF+u10jDjKRj3nVGWua6jfTMdRtpmus20jX7t6RtRtI3EBpn/Ifp3HQAy179F2uPG96qv31YbAH3gNzO/7ME3Lj/I8A30Jz/l2T9Vz77cTVX42ve/z0r7VXb7FWHwra9dszGdZTtdLox8lAOSbrR3TJ2ldKzeL2vFUxjSHDYdeOHS15eBUbPoQ+3q2Is93vVZiz3OxRmLPM7ZsuRtQrl1ZXl/Wa30n+8PWJQTGJSgdeA3db/C8q1/i9QMtf/lhb/r+lf/t84Z1q18Iy0y721lWc7y6sOvyztb7tG3n+qonyw7i/6wZXR0qGLzeTD75ySjhyaLzsHBEvnZlY17t2gj5b/8GypZfZtL2NH/gUPp35hQQXt4qma8qXXX9cabn1XbjTmB61xaoju5X9Ia/LSM3LTynuNPVpp06R2R87K7X5qqN3RuhhSO1YJXa92o4rx510IeXnPhic4zqjd6b0bnmBvzfAEO8uGJ/iy4QXStWCk62F4gr/ohicYLRmeYDPZ8ARPSYYnOF82PMFg444GdK1y3NGArpnhCbY07mhA1+76OxrgGjLSdTQ8wZqy4Qm+bmxComtqeII/aIYnGKIbnuAhYxMSXWPDE9ybc1MPXW8grjkjXfc78gzv4NrDN7R0NHfv/iPG/+j4pMJYAHy7+s8/MLf/F2Ce/1daxn9UXW5C9v7fmdaBCT6uiWEtkiYZ98V1LYcNYKtUSH6VamwAc+EtFMZNRDpf2/oVkKc/xmXeuxYecPFH8Uv8YSD++NUBKU8vAKNPQMcAc/S5M/3HJBaG/X87/VsCcs3/LJJ5/leJ6r9i9gMfM7K/bsDzv4+6pc5eXUtNneCTOuftP9T5j/T02japimrsA6sjXMhMFi/+aBUuOcLFy1vaC1fS2olZ8xvQwFFfdJl4RSj3zGXRdVQ9xc1eVy0fdkmpIF9U3aXDivvSxmolUVcqLVoiemTMVSo756hV9q0TquqvqJ4r5wjVFqSK4luvCPdMelms/myUUCMmUqw5OFSo1f0RsXa75sK9zR8U6zTtqtSt5CHWK+et1Pv1AbX+sUpKg10V1Ybrf1YaLTmpNp6zQ/FKaSg2eWmx0nRglthsxHbhvoCj4v09PhEeqLVR9PZRBe8rR9TmHqOF5ofXqz4nBwgt1r6vttydoLSa9araelk/pc2L0ao0zaLc8XrXL8+IHQ6svuP1rl1/2ySGthorhO6eJ3avOlTovmyS2OO0LDz67odqz72PK73GTlR7r+io9Hk8Rg1700vp+9Cjar+Uckr/Bq3UAQO/VwZcqqYOCvhSGfRDS9Ha6Lhg3eQpDr6ySRjyQYb42OF5wuPjd4lPrJ0kDI38VIyYNVKw9UpX7RMnKsNaLVWHR8cokVWnq1GhjypRp1PUaO9WSvQOqxrjXk2JWdReHfHfs8rIN8PF2HRP4emUdmLc4gwhflB9MWHKLmFUwGVxdPynQmKtI2JSnzeFpCsX1ZS2S5WUw4fUMXWmK2PWrlOfzUxRnps1R33eYVXGvviK+kJae+XFoVHquJkNFF4qU8GtfAX3UvWZlTWtmrFIEsXsFAW2gfFsLJWkZ5EXTNbkr+sg4YR1oQeWSobTI8xYOtnLsEtdrvmlLnmTHmdDt3pc7kOCbHqQDLlFQlLkFgnJEQhJshlCssy557GOwNMFkihPF0imPF0gqfIN0EiufAM0SJb/oQbGqyDp8osm+eIDEgZCxkBImVM3yZmdGpI0W9ok6/+xdy1gVVVbdyEIiqDHzPeLJEMFcfM2w9w+iFBRSnyjcgBFSmGHgFn+trt5NfvsejK71q3ro6xf+zO3aYrX186svKmlmaaZRlpW9nCrlfaCf465OIhpAgmIehbJACnOae01xxxrrrXGYqTQBiK8GSnEgQhzIEIdiHBHQ8gDEfZoCH0gwh8NFAAEDaCBCoCgAzRQAhC0gAZq4JI60QMQFAEETTASVQBBF0BQBk+f3pA7e0EdPH1aLHf2gkLk9Enu7AWVAEEnaKAUIGgFDdQCBL0wEsUAQTOMRDWsbo7LohMoBwjaAYJ6gKAfICiI0yrRELDSd2wTZQFBW2iVvWMbFAcEzTES1QFBd4xEeUDQHhqoDwj6A4ICgaBBIKgQCDoEghKBoEUgqJFTHdEjI1EkEDTJSFQJBF0yEmUCQZtooE4g6BMNFAoEjaKBSoGgUzRQKhC0yuubRK1A0CsQFAsEzTIS1QJBt4xEuUDQLiNRLxD0CwQFA0HDaKBiIOgYDZQMBC2jgZqBoGc0UDQQNM1YKOMVdM1IlA0EbTMSdQNB30BQOBA0DgSVA0HnQFA6q/Prk9a96QdR9IOg+LDg0GAlKD4kJDgkWPG++vR/7tjMrEljemZkj5102fq/Que/Q0MiQqJw/rvEgbjS3otL/5f7+fe2T0zJzkhLHzuml31KVc7/wi7Y/xURrrjW/67k/M+7+A/arOKv/Raf2qmXnuv9cQ5Xx+8Qz+G8xWbHNTGHO1ZIouhdq5vH1wmueVy553HuHn/tw7O2l6eHe2V9yLHL6Zu3tqAkSAm9JLmvM9w4ucM/Zp2BGVZJ0vfpTCT0xzTvtH+Rti9uJZHi9hcCiWdrFEx/Nksrz6wKwVZ6VoWgc82qatCs6picLYNAeFZFJOKaXblmV5U8u7o+yfbqmmNdvfpfyxoTmw0DkKpc/wkt9TOn/g913f9aY9Z/k87t/3kgvLr3//gPa2P6H5mmtO8qzPYf7lUCbmqtBmw8afD9bfOeUTodb2kG3qsaQeabaudxHyjBi15Uu9yxWlH0mWpI65EGez973q+Ed01R2fvZr7Ma+X7eefuKus3pZtz2X18zOquV0X3rQvX2AYVGj7k+qhpcYPSc6an2avq7AkPa3mc+VWLi7WZMwa9GbMN5auzaFxT2fp7/d4W9n/XFRv//5JjxyY8YA/41xBwYt0hJeGSSepdfrHF36mB1kOhoJPaOUhO/vkMZ4t9cHfLfDsqwWr+qw5Z5K8OPHFJHPPqtMvJwppk0/j3lsv1/ytyls2PHZe2QSjp/h9QD4dfDDimMRkYakSxGaVQy0shkEUqjk5FGKItQ541vNFKlGJUXwGLEshilUctilEYui1EavSxGaQQzc9IoZjFKI5nFqNOmmUY0i1Ea1YxOm2Y/aXuNEc6i9E92dGHEswilUc8ilEY+i1Aa/SxCKQJYhFIUsAilSGARStHAIpQigkVosU0zIoPFJ0UHI0UIi8+G0mYbkQIssWmmiGER6rRppshhEfofaeuNCGIRSlHEIpQiiUUoRROLUIooFqEUVSxCKbKYzSi6GCnCWHz6S1tvRBqLT4o2Roo4FqEUdSxCKfKkCM3k10MEOjeYXLkorI69cpfM/5mpuZmV8Bpl7f+NCFcuPP/p2v9RU/Z/BBZ/feOLaz5ObvLYMdFs8o5dIel5NDWuo4XFDqMp8XEtIiDQitgqkiNDd2hRXq1oGvyVVVI/+9FDv23NFit6xW969/X/sG6fc1jv8axmqVmm3nP641qvgc/rvdOytD5dpusxfe7S7mgwTo+9OUyLPfuIiPNorMXtHyv6Hj2j9cuPFeXx/ErceUiwNRKuuC5z8kJB+OpSOXmRtkfnDIDl37xjFk9hfORP2Qy4eHKCiUpMKTskJ1akW6Vb18fJXF2h7uWqCnWxrELkCVmFqKPJKgSfGuMul1WIQJ6WoutlNWKHJqsRcu0ej+Gi1Qh6JJwA6LFwAlghq0x4PLIKIatMeEyyCiGrTHhcsgohq0x4bLIKMV1WH+jxAfEImfjpMTKelVUmPE7G/XJKgcfKCSBfVpkqy5WrBgyBq8MP+pL8n21PtU+qcv5XwkMu4P/QSNf+35oy/8PJK2zJvQER9mSboGjc0hU7cq42tP0yreQ2QveiojdUxNAbfRAxZn6xu1H9UjcJhinlnV2UvKa8DKaFKm8JC4p23hLGpELvAYj34VRrFX0v1/t5hEvGf459oj07tVLOf1Vs/V8JCwk7b/2/0t6LK/4r8PynjM3MrIQd4GWe/1AuOP8RFuLy/60p/O/urPQ88UOgA7fmSp4l0fQeX/tDxHqeQVS5b/xyL11Cwi93Xst7jszLeBGXC1XVxv9EezXM/5XQi5z/cvn/1Zj4d97U6sP6r8HqQtzQumo1ojK/lnO+hKjsFy9nRBX5nVLfBexgfVeO33113rJzdcb/ePqcnlXl8R+lXGz+5/J/qyn1v2+Lv5b3f70UxPd/LZpRX1/8r4Pa89tzxAuPnLGWxHygv5h6wHpp0AHxv43na0vD1oulhauslxv9W7x8+Cnr/04/JF7ZNNlavscuXl0w3Fqxqrcwpt1mrXxujP5a+jBt1dSe+urYbtrrSf76moBW2tro2nq+Z6G2ruWX+rpjBdr62h5i/dtbtA2fHxMbVxy2Nm3dJjbPMS1zxD7xhhGtbZk+W7w5cLq1NS1TvNVlnPV2/GP6Ow3utLZ1nqBvOztWe9d3gP7u/lit9J1le3JPiw/Vb6y9g/eKfX47rY8i1or9YoV1oPEz4kDBE9bHha/rB81J1ieH5+uHljm0w5um6J/OytYKFozUP8tI1I5M664fjYvUPh/dVv9iaLR1LDZafBnVxvoqoI34uqmwjnsJcfynI9Y3x46Ib/dttb57e6v4fvNn2okVBbq18E3t5Jwt+qmHXtROZy3RfxgzU/tx4Az9px4Z2pku4/WzHf5u/dygr/5LnXTrl7Pp4tev4qzf9seJ37cFWoX5gaJoqa8lnvYVbjNPWLUmnxDu9/loHvZ6eu2E7zVP9TvdS9mleT0eoNe1vabVXf6C8LbmafUKntR9DhiWr5mr118312qwbK6wPZNjNZyVI26YMsRqlDFE3Di8q9U4rqtocmsLq2nHFqJZuyiteZ3fRItazbUWp5rpLT/7VWu1+xe99RuHtDYrP9HbLt6s+eU1EDc9vFhrN/ik8L9no3VzxB7Rvu9C65bGr4uATg9bAYW79Y7eqVbHw6v0TsdjrMBNT+lBe1K0zgsm68Gr+mhdpg3XlSdv0S6sKXcTF60nv10gbjv4SrnryTGn14rYzhOt2D3PiDjfgVbcqgdF3+9CrH7Pzdf77xugxU+dog9Yo2gDk0bqCf+8Qbsrurt+d+4P2qBWbfXEwfu0xN/c9CER+dqQL9qIYW0+tIa9he1La6wRS46IkYeftpKmbxWjNj1gjU57SYxZkGQlx2/R7TOnaCmdl+ip6SO1NN8Z+tjY7trY78br6QFttfSdffUMLzctY3mQfs+xo9q9/4wTE94vsibmBYrMFZ9ZWUN8hTbnTeu+iBMiO+tFa1Lj3SJn4Ewrp/A7Pa/rEi3v8Pv6/c1maPdvWqlPOTtee2DBk/qD+/tqU6fl6v+TH6RNGz1Uf+jp+pp7edagSluG1faswsWuqv0oKlr+4R9v8XPe5SdK3eVXvA+pTukb/WJK+ZrJ+q1bCVaEH/mQnnvhInlIL+i8iwjBl/KQ3kH+HrzJPobEnexjSPzJCwHEoUDwKPsXEpfyWTziU0biVPYvJF5lJG5lH0PiV/YxJI5lH0PiWfYxJK5lH0PiW/YxJM5lH0PiXfYxJO5lH0PiX/YvJA4GgofZv5C4mK8NIT7mlX3iZF7ZJ15mJG5m/0LiZ0biaPYxJJ5mH0PiavYxJL5mH0PibPYxJN5mH0PibvYxJP5mH0PicPYxJB5n/0LiciD4nP0LidP5YkfidXnB41j+78HvjMTxf3bhIxCcDwTvA8H97GdI/A9EDmA/Q8oD7GdIuYCR8gHvXKCcwL6GlBd45wLlBt65QPmBdy5QjuCdC5QneOcC5Qr2NaR8wb6GlDPY15DyBvsaUu5gP0PKH0DkEPYzpDzCfoaUS9jPkPIJ+xl6Cf4eeYV9DSm3sK8h5Rf2NaQcw76GlGfY15ByDfsaUr5hX0PKOexrSHmHfQ0p9/DOCso/vLOCchDXWCkP8c4KykW8o4LyEfsZUk7iHRWUl+Rh0nQhD5PGWfIwaZyQh0kDLXmYNFDIw6S+cv8k5SwOLspbPBGg3MW1AMpfQOQwIPIYF4IplwGRzxgflws/yGuMlNt4tYXyGxA5Dog8B0SuAyLfAZHz0JD3gMh9aMh/QORANORBIHIhL8xRPgQiJ/ICHeVFIHIjGvIj4ymWSQJ5EohcCUS+BCJnApE3gcidaMifQORQNORRIHIpGvIpEDkVDXmVkXIrEPmVkXIsEHmWVxkp1wKRb4HIuUDkXSByL2t0yr/lW3DsJiq00Ei5mhcaKV9XxUIjcjuvBVB+Z6QczwuMlOcZKdfzQiPle15opJzPC42U93mhkXI/LzRS/ueFRtIAvNBIOoAXGkkL8EIj6QFeaCRNwLqZdAEjaQMg9AHjF2349aATGOUuZ9YLQGgGNOgGILQDGvQDEBoCDToCCC0BhJ4AQlMAoSuA0BZA6AtG0hhA6AxG0hpA6A1G0hxA6A4gtAca9AcQGgQNOgQILYIGPQKEJkGDLgFCm6BBnzAWyniFTmEkrQKEXmEkzQKEbgFCuwChX4DQMEDoGCC0DJcDXXqmUvQM+7T2du2cdrXy1H/G59rpnyqu/4RexP8/Msy1/6um1H+iRcn+r4vf/3jhvL067n5sJ+KfjrINWO4hBt7f3JYw+5i4yx7huHvCNjGoZ1NHYv+XxWC/nx1DgmaLoeKgY1jjpfqwgo2O4T8+po8wFzpG7p2gJy3bYBv1+gB99KwFtjFPKXpyhm6zT4sXKXEpttTRXeQGIvbJrvCBGOLv52aX53a94j1Gl7xjrwKbykqeVUWvgCyf9rtWrn5sx6+H8cPab7kHf49xxNpvttyEh/HE2o/GFGs/Glf8HGhsoWF8seajMYaGccaaj8YaI4031n405lj70bhj7Udjj7UfjT/WfjQGWfvROGTtR2ORtR+NR9Z+NCZZ+9G4ZO1XA8emy//92sv/Gblp9rQxfXPppw9UYf4Pg9nfH/0fwlzrv1cy/5e+VnikKOP+52rP/9XhoUAcmzrjZPKV8lG4HH4v418g+g8qH/1Xyq3UJcPHJUkuIkmuldP3FC6MFDKyLHX9nMK/SkLVdWbe1Sqm/7Ky7RPG3GnPTsnKzb5c/Veh/d8hkRFRocIvNMGeaZ9or+oOcO3//tPnn5aVUgndX/HnHxWhRJy//7+y3ovr+Vfg+VPXjLk747IPXZR5/ivqj/4f4a77v6/s/K90g0JAgawhlM8LXzWJbxgZl9xwbWZCoyaByY3mJyQEzC9I7pC5ZlfHyVuSO245sAtXMsiPoqKVYdAv9FmqlbqsYnyhVgb1LbVkVZG3IbcMd4rn7TP0dvBDvCVGeltAvDVGentAvEUg3iYQb5Xxr73da6fadcn4nzLennFf7mWfACrL/zMk7IL4j4x0nf+pKes/M5xrCoj/OUpszLNJXyQsnHrkrcXiPtMYPfmtlZO7q6/1FLtWDdPM1e3CE16/dYm6xj1919oWH5lrP382If/3JHPdO34JO1plqjsmfLnrw6ZH1b1hg829eXPV33dHq4VzfzGKduw0RfYnhltugllLjTPcB4eaHn6BRu3bB6qewtfwqrdB9fr0hFGnsJFad/Nuw/vQj2q9pd8rPhs/Un0f3aXU//c6tcH41xTbjL1mwzvnKTeMW2s26pCn3HjHM2bjhnONJrc8aDY5mWM08xxlNts9xGh+rIfZYmVXo+X7SWqrJ1oYrVfcrrbRfjPazvFT/R5yV27KqqW2u/VXxX/A5+rNzQ9J/6GfNyu3nDprBhxYrHQ4s9XsuGWj0emjl8zA5xcaQWsfNTv/7WEjeP49ZpeUVIP9h3rFGKHJGWpY94+UcLWfGlGvjxLpm69Gee41uooGatftdZRbvw40u718XGH/ocd2KN2XnjBvv+dVpceju0110LtGz/GrzF5hrxi973zK7NPoH0ZMyGtqzGlN+g+dqKXceTJPjduQpfTdPUztly+M/iu7qfFveykDEv5mDnzuVSOh1wHzrqkO4+7An9RBSdlGYr396tCoY8rQFd+aw5tuU4bPec8cceZlZWSWYSYtSzdG5Uw1R8+KM8YkjjaTMwINe7hqpsT5GqmtR6lpHU4YaT94mONu8FHGHbpJTT843ZDHtNzc3TxqOT/ccd+ie23Pav3w8ioq2qCBvDeuP3eG/x0TeyXeMZ33PDr/Zu8uwXc+DpJ325acJ5PTZbcSrEh0yLTUlq9OQJQAESm8C5SihXd/UsTwLkyKGt6FSZHDuzApengXJkUQ78KkKOJdmBRJXCajaOIyGUUUI0WVLJMl8feILr61mSKMkaKMdzlSpPEuR4o2Roo43p1HUce78xB5/B9Q9HH95BP20UEUAhGJQEQjEBEJRFQCEZlc76PoZKQI5Q6iKAUiUjl3U7QCEbFARC0QkQtE9AIRwUBEMadzimQgopnTOUU0EFENRGQDEd2MFOFARDkjRToQ0Q5ExAMR9UBEPhDRDwQDAMECQDABEGwABCMAwQpAMAOwxAeKGAIIlmDZQUzBsoPYQsqNjfz7wRpAMAcQ7AEEgwDBIkAwCWdQpw8UMQqXQ4lVuBxKzMLlUGIXLocSw3A5lFiGy6HENFwGJbZhJMbhciixDpdDiXm4HOr0gSIG4nIosRCXQ4mJuBxKbMTlUGIkLocSK3E5lJiJy6HETlwOJYbiciixFCMxFZdBnT5QxFhAsBaXQ4m5uBxK7CVXaIX0gSIW43IoMRmXQ4nNuBxKjMblUGI1LocSs3E5lNiNy6HEcJzViOV4RZaYjpHYjsuexHiMxHpc/iTm4/JnlvSlAgNy+ZNYUK7IyvEPNpQrsnL8gxXliqwc/2BHLnt2kOMfLAkEUzISW3LZkxiTy4bXNGu6TuVeG/o/e+yknKxKOABc5vn/0AvO/4WFu/xfasr837144s3nf5/d109b8PNtgtirqGju1nOLE/L6FHztXIpIKN+8vuTXy4u9tQ0snOhl+BhN+V+K1zdcnFOJ8Z+bYU+phvtfQyMvPP+LLaGu+K8Z8T9ClPj/PjjvevH/vSZ9f2sVFW2fcFmuvyVjQbr+PjjP5fp77bn+ulx+qy/mrrT/3CXzP/wfq97/QwmNCr3Q/yvElf9rSP53evXUf7JNsD+8F3E6bfMojGkzX7qjCu/+Ja6KPSvmAFRfOjsG+zudHcv+7d70Kdyl9Ks6/vvYMyfas++ln+ZlVmX8h1wY/xFhEa7zX1cy/j2L/7AMKv7a9qweJxrFT024MewXR2P/bxxNGn3iaOq+09H09CZHs6MrHM33LHK0ePMJR8sNG22tXnnV1vq5hbY2sx22tlMftvlNyLbdlJRqa9c/0eYfHWO7OSjS1r5VgO0Wn2a2gNq9HQE/hjs6fNHe0XFvE0ent7wcgavPOoKWfO3oPO9jR/D07Y4uORscStpyh/LlAMXNo5b7JT9qFxV9r8ucW+waSJ+PFuBWInzm/yufc1k4VMTGJ5aUMN3cKtYrXK7Q5Slq9A6vT1AP8foE9RKvS1BPAdFbjNRjvD5BvcbrE9RzvD5BvcfrE9SDvD5BvciKlXqSFSv1JitW6lFWrNSrrFipZ/lNUe+yUqUe5vUJ6mVWqtTTvC5Bvc1KlXqckXqd1yeo51mxUu+zYqUnwIqVngIrVnoSrFjpabBipSfCipWeCkc4PRnGank63vQXrn2r1cD/kydlVYP/Y9hFzv+GRLr2f11J/q9b/IcXw4q/bo/674L87cbC9f6LFu3yMRY//4G+fVYHQ/qphfud6ZLnONvheZuX8q2jUUa2343DB9saxyX6Nbk1yta0Y6Rfs3aDHM3rNvNrUSvC0eJU+KKWR5o6Wn3QZFHr/2fvWsBruNb2jrrGbfSIE0SMKJG4bUk2kaS1tdKICoOERJWVNpE/pDKCuByX7ZeUaNX43emfTlCN/q3ECR7qNCehLj2lhvTiGguHOi7toBdNiLPWesNPtSUHlUd3+iRrz6NP5snMet/1zvvNer/CnzTPdVf05lmHNTm1rdxi+kea18C6cssRh6SnbN/KrXr9TWrttk/29s2UvMsu6D6uDsmneK/ue/ZlqW3+Or1d0VStfeZ8vUMe0TpOHadb5z+rdUr4H9lvzFOaf9hYOWBAdc3mPVDu7HdG61IjUA70qCYFft1E7lr6tRS046ocfPgTKSTXXX96y/9Jz8wt0bstnyPZk4/o3dPWaM/2zdefi3td69FR10N7vKqFXi6Sw9rPlsKKNsjhdZOk8LzFcq8LfaQX3srTe385QouYvFDvs7G31nfIeF1Z1EHrFxKj90+VtAEewXpk1CUt8mozfaDtc23gqSA52vOiFL3dQ44pK5IGryqTXyzeIA1Jo/JL+YuloXFbZZ4BIp4hxfaCB98GnRHulN6ciOc6+KPpdBVt0HnZj/0U7fl4vMRch6Wx+NxMmO4tODXH9GDfTIrHDGLfCj8u747Ou6RHDEDLzZt9+1wqOtP4mjrltTfXixIAm3HiHQo260SSFpt54l2KFfvLG6i2yb096SlARnJRqobkohVizeOzUqzRbGaKNToGu4H5DBVrdFfsBuYzVazNbLaKtZnNWLE2V8FuYD5zxRp9AruB+QwWa3QhdgPzmSzW6CzsBuYzGq4SdgPzmS3WaDa7xRrNZrhYo3thNzCf6WJt9sVuYD7jxdrsit3AfObDVcJuYI4AsUYzFIg1miFBrNEMDWKNZogQLMxQIVwlhgzhKjF0CFeJIUS4SQwlfORIEW4SQ4twkxhihJvEUCNGhhzhKjH0CFeJIUi4SgxFwlViSBKuEkOTcJUYovjIUcVHjizhMjF0CZeJIUy4SwxlfORIE+4SQ5sYGeKEu8RQJ0aGPOEuMfSJkSFQuEwMhcJlYkgULhNDo3CZGCKFy8RQKVwmhkzhMjF0CpeJIVS4TAylwmViSBXzlaFVjAyxwl1iqBUjQ65wlxh6xcgQLFwmhmLhMjEkw2XaII45osXkZqjmI0c2Hx8vdDurb4+p/hv2XEp8/MiHWv+z+t/x/O/Xxfn+b2V5/g8q/4z8300f6W9vcdM+zWiiQ/e1lr6Iuih/KZ+VvrIVyQcsu6WDbhvkg3StdKhsn364QJOOFOfpR9e8rxXnL9SPZbyp0czx+vFEVTsxNUY/Gd5f++fQYP2UT4B2Oixa/vrJftIZ7yD5zCV/6WwND/nsfjfp3Oky+fy6H6ULO6j8zbyD0rc5V3Vz9Bbp4txi/dK0Qu1ycoH+3bCV2vd9V+g/dEvXfuyYpvNV/6f6w/WSmmlSyZUZcumZ4dLVA/HytV09pbJNYfL1bF/JssRHdplVR6oyobb8xOg2WtVYb72ai6mBk/8Ds5892c7tifcUXG55TwH7Ncv7HTfkBKvc4FNGsIryc051qdBdwWsTYwOhlT7SoZXcNGijJvrt2qi1hNTLizJSL89KSL0skpF6uVtC6uUGGamXayWkXu7TkXqpSUi9zNORevm+htTLhTpSL9/UkHo5Xkfqpaoh9TJGR+plfw2pl8HimN91pF5Gi/Pxu4/UyyBxzGcBUi89xDGfDUi9LBPHfFYg9ZKKYz47kHp5Vfx+PkuQelmsI/WyUEPqZYGO1MuVGlIvV+hIvUzXoB3T9BvaEamXw3WkXqZJSL2cISP1criE1Mt4GamXPSWkXobJSL3EdnQ+08SdnYXt6HzG8ZHPOj7ymcfHyjH7nGu5c/3n63/8qNT4lAdwjrvt/+l85/6fTp1tzvW/kqz/meWfxf6fzNVB2ttbajj01zy0rGX/cqyIL9NWplW3rAql2qq5qx2fZtTRoAvcLfCDFlh+qh+tldRMtZRcGSeVnom2XD0wSLq2K8hStqmrdD3bg7FjU8llZpmlyvhr0hOjmziqxjbWqilXHdXtpVoNa7GjxhybVksqcNT6YJ3kaq5w1KZZWp2Df7fULZih1ducZam/RpekpTMsDTL+W3pyYjx7wo+TGsaEsSf756VGXX3YE30byd0r1NG4lqvUpIq3o8ml1lrTE7UcHvtras0Kzzk8153VmmftccipzaQW03McXlHXpZYjdrMn8+NSq15r2RP5NsnbV2NP4sc0H9cU9gReqPmejWRP3iu1dkWqo31mutYhr7+j49QEzTo/wNEpIU3yG9PI4R82XArof8Xxq3k4O76Rgg9vuec8nNDL26Ww9pPZE/C7UnjdoezJN0PqdcFu+V3ycBISHY8qC+dm7mvVapUyqfV/F6B3KF912Rpb88bPGwlqLuKt+YjyZ+cItupG3EhmdcHPiqBQ6L2q8MA4GqH3ajiQMu+hIWX+X+KYo1Nsk2UIRco8FcccqdCHdbTb9aG75XbvbIEF+idag/5JtUD/jJOgf6It0D+DJOifIAv0T1cJ+gfp0Bzh4g+eiXRojnTonyYO6J/GQgdx1Is/3I64Fo5+Mc6B98ZZQIyMCYTrYCIdmjOCKBsxVuBfnBn4yNmBf3GG4CNnCf7FmYKPnC3gCcZJ8ATRhpYzBzxBtKHlDAJPMNQBT9BVgieINHLOKPAE0YaWMws8wXMOeIJnNXiCexzwBJuhbsfYRniCjHHgCe62wBM8jrodYx94gtvgBfqKXyOYCJ4g1mfOSPAEoeQ4M8ETVB3wBNNRt2MsBU8wAfU6xlbwBNMkeIKNHPAEh4tjzl7wBCsYs8SYDZ7gFgs8wQcbs8SZEJ7gZAs8wXfhBTJWhCeYgZglxo7wBB+TmCXGwnz8I8UrPf7s/yiTmX5T/49NSU4c+/D1/y/0//O3OfV/ZdH/c244Tekfeb24NGSB5dNZpio0PimlX9myzQOWLFrqr71ReiaYXj0QZF7b1YxWtx9Ta1i3khpzGqu1pFXE1bJSdTVfI7Vpulrn4ApatyBBrbc5jdZfM8OUlg6nDTLizScn9qR/SgwzG8b4UrdwH7NR1zr0zz61TXcvH9K45gWzSZXapMklV7Xp8QvEY995tVnhXuK57jO1edY6IqdazBbT5xOvqBNmyxE59Cnbx2arXvNoa7fVprfvGOpdtk31cY2iPsXvqL5nu9C2+TPVdkWRpH1motohrzPpOPUF1TrfnXRKSDD9UkqIf1i4GdD/CLF5tzU7++WTLjXqmoFND9HA09+aXUv/RoN27DODD2fSkJxv1Ke3OOgzcw212/KXqT35r2r3tGnk2b4L1OfiYkmPjqlqaI/nSOjlbDOs/TAaVjTbDK/bnYbnJZm9LrSkL7yVofb+0k4iJo9U+2z0In2HRKjKoqqkX0hHtf+402SARwM1MmoXiSy9rA60vUcGnqpvRnvuoNEfXzRjyrLp4FVF5ovFs+mQtA3mS/lJdGjcYnNYZh9KItarsTNHkpfbL1JfSYggcXUnqPFhHUn8hcFqgncDkrAnRE2sfpkkfuCpjjj9BRm5KMhM2nuRvprqYY7KKaLJUWWmOncDHW2jZkryYjrGbas5tu9EOrbsmJoauIikFheqE9wnkAn5K9WJVwaTSZnp6l8OhJDJUxPUKZs8ydSh4eq0JRZSXt6qHP9dv/7XViDrWze7umCzq9jm6iIMshtNFEIZWYcysg7tUWF7ds6t9iwHDh85eNCcyFRvk90MSLBhs03YsFnimIMKMjuYQmYHmZDZzShk8jE0xbEizYaDDTJ5lTjmoINMfo1AJqerkMkrKGRyggqZnEYhk2eYkMnDKWRyvAmZ3JNCJoeZkMm+FDLZx4RMrkMhk2ubkMk+4nwctJDJtQlksqs4HwewkMkMxJDJewlk8mcqZPI6AplsMSGT5xPI5BMmZHIOhUz+2IRMnkchk1ejKQ4DPGTyNhUyOYpCJr+jQiZ3oZDJM1XI5EgCmZyoQiZ3JpDJL6iQye4EMjlB/H5OEJDJ4SZk8hECmdzWhEzOJ5DJaHrEiUOMp9H0iBMIZPI+EzI5UxxzMoFMdlDIZDQ94sQCmYymR5xgIJPR9IgTDWRyKpriMMKBTM5GUxxGPJDJs9EUhxEQZHKSCZnckkImZ6iQyXYCmTxShUz2IpDJESpkclUCmdxRHHOigkxugKY4jLDEyEgLMvk9AplcH01xPNEViJMYZHI2hUwuMiGTZ1PI5A0mZHIShUxebEIm96GQyetVyOSRBDJ5kQqZHEEgkyegKQ4jPsjkwWiKwwgQMjkETXEYEUIme6qQyV8QyOQgcT5OjJDJHiZkcpE45iQJmbyBQiZTEzJ5MYVM3oqmOIw4IZOBV06gkMmFaIrDiBQyGXjlhAqZDLxyYoVMBl45wUImh6uQyY8p0Ypuv6HOzNJHo/+TX00cdf/pf/ew/8fvDv8/wOas/z9K/X/rFwcj361Tc953Ab1drl/fIQJDdhZg+/09bve5+Uu4fvnVX+Tc2VOJ8B8a92ryqAcRAHK35/+AO+t/Nj9n/sejxH+18m/+taj8c8NZxZ/RzE05qP8tmafp+9MdK2afQf1vxD+0d2zbHKsHfC296/aOI9v/Eym7bKvl1nrgF1EnpS/lI5af1/dqykdFfc/V8nfNWd/749X3bjNU/7N3Xx6Ks8vfG77d2b2rp1veabEiqOILIkcW3t/Kub2ex1AmRoY0Uc9jaLutnsdQJ9pqMOSha/TXErpGv+NA1+hPJHSN3mr5rXofRybeBztiuZd6HEfsrfU4jlxnPc5Zj3PW4x7/etzjx9Z/5M4ov6X/E1PGjYpX7zv+++77/+/M/7NZnfv/K8vzv1e5Uqmz6L1Zjk31h1tEnvdFRfmwWLMfCvyHcuh8I+VI42vGkc3j7EdLOynFy0vsx45uVGhkX/t3S5oa31ebZP+hwKH8WC+o4Eq/nsqVncftJa7fGCVrGhaUnvdSrr6+tKDZJ+8pnhMuFzTX+xmy/7mCFtPTFa/a/yxoV7BPaT+c2nuSaUr/aVUL7iGr5wmeuZPvgLfgcmuqafnn8jQRkWFakb8fmVezHMi8Gm65LYGZXQ9kXmnIumLXBZlXjRRkXl0zkHk1zo7Mq04KMq9K7Mi82qgg86qvHZlXTQ1kXk2yI/PKoSDzKqgAmVc9FWReHbcj8+obA5lXDQuQeeWlIPMKScn8+grlw66xUD7sOgvlw641lE+6+Hd+zYVSYdddKBV27fnIr79Ygach2fZB3weeg2R7xub0fioR/ycNGxCblBobl5zyUPnf6h/wc/63dXL6P5WG/zn3icy/lV+sluVlR2iLIcsVr0n5tGXIFKVcfL1POMw357pU/f+WwRXo7XLzFOLhlp1GUBM7laAmdjpBTeyU4qHs3k7r7Eh8v/gfNSZ+VGzcg6n/VKz/l60L7//iF5k4YlzsqFgn/h/J/X8+OWXssD7xSfcdAnM3/9//zvvfqbPVyf+PkP9vfZVpruWPtP+3n6tWvXstnaeF1JTP6bWkzzRXyx7d1czVatMcvc7BPVLdgnl6vc05Uv01a2Vp6TypQYYmPzlxjOTMvPn1zJvK5BW58AiyN376nTZq34QPNmqnznRu1H4MNmr3g4HOqQKFERjonDJQGIGBzqkDhREY6JxCUBjZI6EwMk9HYSRHQmFkrYzCCPqGc2pBYQR9w53hRc7wIhRG7j286DGlXmdKwe+h/wfFThx1vxWACj//+Vm7iP7P4aPiEtnzX8fyUU1OShzj1P+/5/2PTYqfdN/P33er//h3+oX+r87898ri/7Wx3Oz/MtJ9U/1wuumaXd98McD6YfFY+VDgWuuhcyXWI42P5x7ZHCMfLXWzFi8vlo8dXWalkf7yd4uv535fbaj8Q0Gc9cd6nvqVfu2sV3Zul0tc9+eWZF/RS89Xt159fYre7JM3rZ4TvtKb67Zc2X+v3mJ6otWr9i69ZbSU2/KEKrfqcim31ec75S4/7MgN3JQudz120tr1Ui85eNf13JDkenoFejhUYfL4DF+BTlIX5A+XVyL8ROJwRa4IKkIj3VERCqeoCNl1VIQCrKgIjZVREVqLbijsaqEidDwXFaEYGRUhNysqQsUyKkLLrKgI+YtjfiVRERoqoyIUZ0VFyBMSmF1ZVIS2y6gI7Rf/P7/KqAhVt6IiNAWSj11xVIS+guRjVx4VIUg0fgdQEdoljvmdECO7G0LysTsiRnZXhNRid0ZILHZ3hMRid0iM7C4JicXulJBY7G7dYwXpHu+Ys9/gQ+H/sKTYV+KHPRs78SHzf8Av1f/9nfnPj5L/b31T8Y3yzw0dF7MDMjelk7c/PKp8OusEwR7gCwbN7EaOJwYqVcm3pJqyX6lu30dqWNcrNeU8UktapLhaFhJXc4JSm44ndQ4uMOoWxJB6m1ON+mvGUWlptNEgYxB9cmKQ8afErrRhjIfhFt6UNgosM/7c5hp192qqNK55jDZxuaY0uXiVND1+TPHYV0yaFRYqnusKSPOslYo87hIV7wtEfU5bjsgynrJtpK16zTBauy2h3r7xhnfZBuLjGmb4FC8mvmd9jLb5E0m7oueV9pkvkg55bZSOU58m1vmuSqeEGOqXcl7xDwumAf0/U2zezWhnv1ylS/XrNLDpbiPw9HHatXStEbRjGw0+rBkhOZQ8vSXFeGbuVtJteaRhT15FuqeNVp7t+xp5Lm6A0qPjf5HQHjYl9PIyGta+nxFWNJmG1/U3wvOG0l4X3IwX3voL6f2lnxIx+SXSZ2NDpe+QbkRZ+IPSL6QF6T/ugDLA4wkSGfWhEll6igy0vaUMPOVCoz03GdEfn6QxZcuMwau20xeLJxtD0t6lL+UPNYbGZdBhmXaDRKwmsTNfUl5uP4u8ktBNias7gsSHtVDiL/QmCd5PKAl7OpDE6qeUxA8kMuL0TmXkonY0ae9J49XUenRUznYjOcqk6tx3jdG2/TQlOcMY47aeju070hhbto+kBs5SUovzyAT3EcqE/IVk4pXeyqTM8eQvBzook6fGkCmbJGXq0GAybfElpXK9H7Zz9+1dmMTn8g63Yv9JD+xB6c6eN7tX9G3emxjhKyzHCUy+dCJMPoYXbPs9QW7f9nvBgAnXjcCECxSFTo4jcQKGJWEyMTzBZFqvwGTKIzCZFikwmRYSmEwTFJhM4wlMpgUGTKYYApMp1YDJNI7CZIo2YDINojCZggyYTF0pTCYPAyZTU3HMMSlMJoZLmExNxfk4PoW5xDAqRoZTYTIxrAqTieEVJlMh3kFhuIXJtFIcc/xCcZS/g8JwDJMpy4DJtJHCZJphwGRaQmEyxRswmTYQmExhBkymxQQmk48Bk2kigcn0PN5pYbiHydRGgcn0NIHJ5KrAZIoRv59zAUymYHHMOQEmE7Zfc24Qyofxg1A+jCPEyHgCJtNaAybTNgqTSRPHnDdgMqUYMJmwfZtzCEwmbN/mXAKT6d/sXQtYVOXW3oCCmndT8ZJgmahoDsIgleSYGoMobktxSs3RVEDH2Clk6ITbng7oeepU5p+XTO3ktZuoKXQRJwXjmJ22IYhJNoKRh0bdauZthP9b38ttxBuKijnNg2s2FrPNvd5vve96v/Vh+zZhCkSmKCNEJq0IkWmJFSITPD2EMxCZ/BWITM9bITK1VCAyzTJCZOolQmQaY4TIdL8IkakvvyYsgsjUkV8TJkFkcjNCZPqKXxM+USSM4pHhFEXCKh4ZXlEkzKJIuEWRsIsi4RdFwjCKhGMUCcsoEp5RJEyjSLhGkbCNIuEbRcI4HhnOUSSs45HhHUXCPB4Z7lEk7KNI+EeRMJAi4SBFwkKKhIcUCRMpEi5SJGykSPhIkTCSx2LkK2EljweRr4SZPKYhXwk7KRJ+UiQMpUg4SpGwlCLhKa+Y/0aYynf69XPu7K3N9X/MhNioceNv/jNuwP/BGIDg3Ss8Lm7Krf8f4NT/rvT3HzP9dvC/wF5+Vc5/DNQ4/X93kv/dV/pF/+wufd8R/o+EN5Z/lWNOWzbEZEn1C/o2/vja7YtaBO14ds/a9BmngzIe3bR257hmqd+1+b+1mbpTqf9x3dhll3d26q78BV12Cymp4IyFmVlzB+TuHeSmz47qnJvT9Tf9Pn293Nz63+n3+xTl7v/fOv2BZh6GAz9lZOYdjDX8sm6q/mBahOHXeUP11mVBhkPRfvr8hLaGgtAW+sNj7IbfupzWF4Z45v7evFnmkc7nc4+cOJVZ5J6XW7QnO/OPwrRc24aUzKM7V+Qe25amP75+q0FdvkJ/4q3lhpOzX9Ofiplj+HPsBP3poS8Y/ur7lP5Mz4GGs13GZ579eYrhXJNHjOfrhSnnzw6yXjjSQ7HndrdezGyiFKc2tpasOaEIC1WrS1KW4jrjJ6ubpN5B/ptj7zgn2vTgiFT7Q5Nn5HXSLrE/PCjS1rml2e7TLdTmU7zY3LWBr63rwVnmbkWNbL5pY8zds7qZeizra35kU0NTz4SOZs38Yya/yGB7r2mKyT/Eyx7w9EaT1sfFHthrgam3e4E9qF2yLagww/7ohfm2x3ausT9+INbWZ326OfjrCNsTb602930/yKaLmWvu9/oI05NDJ5v7T+htGtBzsHnggDamgacS7CE9tLaQLKM9tFFrW+imJ+2DbOdsYUvHmgfntDINMfcz/x35L6uR3OpUernXdbi82queRzVe9av1b9/Yi9V3o6nW++8Ccu/nraTT+v6byd/n0nv2a0P+a1Ne/d3P60FPrti2x3eoHgxntWA4qwnDWS0YPrJSfTigdPBLxakyZW+rA1Bw2PTpBPKd8AbId46ZIgEWRQItigRcFAm8KBKAUSQQo0hARpHAjCIBGkUCNYoEbBQJ3HhkAEeRQM6R5BdmUiTAo0igx509DPi4s4eBH3f2MADkzh4GgtzRw4CQRwaG3NHDAJFHBopw9sQa4OyZqoezJ8IAZ89QPUSFIANEBT89nD1tDXD2tODXBJzc2cPAE84ez1w4e5rxn09AyiMDU+7oYYDKIwNVOHvScuHsScmEs2cFvyaQhbNnK//5BLZw9iw3wNnzmh7OnjkGOHsm6OHsecEAZ89Tejh7Bhrg7BnPfz4BMhw+jxjh8AnDhhcGznD49FDg8OluhcOniQKHT2N+zQGb/lkIMkfAzR0+M0DmCMDvTfElx17a7jFBfEm1Q3yZkQfxZYkd4kukDeKL2Q7xJdQG8WWxGeKLrw3iyywzxJdGNogvY8wQX7qZIL70NUN8aWiC+NKRX9MCBPEl2A7xRTFBfPGyQ3zZaIL44mKH+LLABPGlwA7xJdkG8SXDDvFlvg3iyxo7xJdYG8SXdDPElwgbxJfVZogvQTaIL3PNEF9GmCC+TDZDfOltgvgy2AzxpY0J4kuCHeKL1gbxxWiH+NLaBvHlSX5NCx7El7FmiC+tTBBf+pmd4svdIb44F/QaWNCdys/dwv+njXtxwtjhcdNuVoO51vm/Adoq/J/kIif/rx3+H7LclZ//8m6TL4qds5qvPav5LpjLXEOvOtf7L5aUbBVpxUl1rToUVGhasSU8bEjpUNAB1z1dsPwRpUI/OqkDNzrRo4oK2znFGO1N5xRjVNg3NsXYOZ34pqYT3y1wc2/NHL5q/Vcz279vZP5vr97O+T+1pf6rPP93Ao3tbV8D838v/4Oc839rU/7HjZsw0RQTJ0287fmv1Tjnv9TC/M8+lExpK950/l/pBznzv3blf+zEqeNMt3r/Fw0AqeL/8HfO/6gt+V9fKN3ttPyDojyPEZ8aPX54T2nT/RVjmx8Piz5Fx6xdMkcrA4Y/bRzoFSZWMgd+0ummZkKVfyzv4rKP5l24EZ+iG8dugXPz7uAmdCucK7PboUi3xLkkuy3OIa//1u6tuVFXz//4cS/FoS14K/Pfv+r5f701zv2ftSX/aV9DHfbVlPTfLSuf9PRtZVd8XyrU0Q4+F0a13UpKNnehhNoSJXAjMPWPGL1uSGk1rHrDNss/DEpeZ97zpw/lShf7YB7Zh3Nlobo34JwyWa38j6+Z4WvXXP81VfLfT+vs/9Sm/Kev5vMfaJK0aP8sXYPZdb/pmq3js3hdXN1cWCn/n/iyUr6k5PsB2AggNK4o7pGA/gHa691iXf6hlP/0wRTpw+k36Qa4Es5uohwHbuRGCA8CnriXGcdV8l8/zhQ9adwrtzz/A7VV5r8G0EgIZ/7fufyvvLfxsFC+//eTFUsOH7S8n9NCU7YP+N8ftNZ9pNmgWTkzQreqnZdm9TMrLKvtTyev7bNVtzYvIPnj9st1H//wmOYT+xzdp9ve0Xx2LFf3+RvFmvXfDNQlzx6h2fD5Ut3GMCl5078SdF90+lqz+UWjbktLS3JK+JO61Hqtk7/s9D/Ll7+fS/66zveWr/e00mwVxui2fuCXnHbyC922t3/WWLJ+t3z7fIhm+5v/0u0Ql2nSp0q6DI2s2Tmtj+67puM1mYEvWjLPJSTvaiVadu03Jlfet5wVl2Pdq/tRyR6Ras3x3qDs0y6x5grvKvtbmq37rXFK3sFZxl/WxYoH08YYf50XIZbtc85P6GgsCG0rFoZ4WX9v7qkc8XGxHjlxXilyL7AW7clT/ijMsNo2pCkn3lptPDl7nngqZq7xz7FTxNNDJxv/6jtEPNNzsPFsl2jl7vGXO/dX19L91dV71aIxYNe/xzDdeAv3bZdjG/Ztf8InpRDGUSScu9w+bsI8Pqia4R4/hYlhHz+FieEfTmFawf97wkE+W5BhIY8MDykSJvLIcJEiYSNFwkeKhJEUCScpElZSJLykSJhJkXCTImEnRcJPioShnDYxHKVIWMon0zA85ZNpGKbyyHCVImErjwxfKRLG8shwllvnGdZSJLzlFnqGudxCz3CXW+gZ9nILPcNfbqFnGMwt9AyHuYWeYTG30DM85hZ6hsk8Mlzm1nmGzTwyfL7aPnnCa26hZ5iN4ZipVgzH3KBgOOYSK4ZjvqtgOKbZiuGYcTh7geE5LPOxOHuB4Tos8xHipfvwYZnvaIRlvq0Ii7yXFRZ5TwXDL12ssMifV2CRL7DCIp+nwCKfYYVFPk2BBX61ERb4eSIs8HONsMBPEWGBn2yEBX4Iznpg6wQs8NGK0/runDvgnDvgxq+d1vc7MnfAWWv8DecZXJX/v3xb9L8AbWAV/u/nH+jk/3dY/ysbYL609D3X/z8dv13ekLVA3Bg7Rpc5apKSmTVMt+txvbLrm6mW3Z0miruXDrXsSb9P/Onx05asj46Ke9vts5wx1lXOlLyqOxc8QDlX8Izl/IHHlQtrEnX2jHXKxaQoXXGqoJSsKbAIC/MVl6QMi+uMdMVNytfVMR4S62rvt7gzZu/RSq+r571KrHdmlqWBkCQ2UCfr7rNGiw33J1oaWcLExl9GWZps/LfY9NX3dc2GFSnNJ6VYWvjtVu5/arGl5ajXlFadZ1laPz5B8XQfY2nT7imlTWFfS9sLXZR2P47WtT/QQHlg/RO6DjOfEb3e8tZ5P6cVO8a46h7sP0x5KPywrtND/srDj+zUdW75T8Wndb7Fp3iN2OXMT4zvzhO77fuC8d0pYveU95Qey4aIjyx8RemZ0FPUzHhO8YsMU3qN7KP4h/RQAnTPitoHskVauwMvpojgu1kK+O5mBXz3JxF89wuR891JoxTw2zeUkE6txZC8dWKo2zkxdJOoDCo4IIYtnSoO3n1GGfKPeUr4tnBl6AyrAn7bQuT8tt1pEfx2n8j57eFTCvhttgJ+m6KA3y5WwG9nKeC3i0Tw25ki+O1oEfz2CRH81lsEv3UVwW87KOC3ggJ+m6+A36Yr4LerFfDbHSL47SoR/DZJBL+NFsFvw0Tw2x4i325VA27Ryq+6Nfhi7CuT1oqNFseOU9mv9B1aMfSVOst8oXCpTsahCdaFbyimzOPsj2UfZ3+xYGmUhTyyTOQsimUjjywj+YZklpU8ssykSNnJWRXLUM6qWJZyVsUylbMOlq08sozlrINlLY8scznrYNnLWQfLYM46WBZz1sEyGaxDUMA6CixgHfkKWEeGBawjXQHryNeBdRzi1QZlOljHDn5NGQ/WsQrsg2U+WEcS2AdDALCOaBGsI9EC1hEmgnVE8WtCBc46GDJw1sHQgbMOhhCcdfiheiak4KyDoQVnHZ3xeYQanHUw5OCsg6EHjwxBOOtgKMJZB0MSzjoYmnDWwRCFs46ZqJ4JWTjreA7VMyEMZx39UT0T0nDW8RCqZ0IcsI5/gm0w5AHrWMP/e0IgsI55/JqQCKxjCr8mRALrGMKvCZnAOnrya0IosI4wHgmpwDp68EiIxVkHQ63KrIPQy5F1gE1WsI7NiiPrAJusYB1gk+Wsg6GcI6t4A2yCIR6PDPU4m2DIB1Yh8t8nBASrmMojISFnFf9AdUyIyFkFQ0VHVtFCdGAVDCUdWcU+0YFVMNR0ZBXZiiOrSFEcWcVixZFVzFIcWcUi0ZFVzBQdWcVo0ZFVPCE6sgpv0ZFVuIqOrKKD4sgqBMWRVSAfK1gF8rGCVaxWHFkF8rGCVSAfK1gF8rGCVSAfK1gF8rGCVfQQy1jF3xPhyUGk7V/OBXqWs4Gefg3upvp/4rSpMdOjTaaYW9z/D9RU9f9qnf6/2tL/a1T6vumqLUek9Sd8pS2TIowp/YKl1IaBxtSLier3RS8Z6cR6Oq2eTqqnU+rphHo6nd7FtY5bHdfSXfAlJQvP4ugPodR4V3ZIN32HH9L9DBKJDusuZdbVvEkuxLMb5cI5u1kuhLMb5kI4u2kuhLMbx6j2RJULzuwPgKXwdX4KC/1BsBROagoB7qwMAU7fFEthDf3B7vwZJlfJ/7LTN2qE//fWaqsx/y/AX+sveGud+V8b/v5v+vSVa+3/79Xr0v3/gb01Tv/XncT/eqVfvDAtfd+eMHDZ6u7y8q/OSSsSG8sfLjkg7Rr5oLwrN0T6fm6xjPMg66tZcaeEvbo/1OwR2UKO9w/qPm2KkCusV/e3XCzst76j/ly8WT5gma7mHVwo/7LubelgWrz867xpknXZKPlQ9HApPyFYLggNlA4/7yUfOdlKLfIQhOLU9mrJmhKrsLBYdUk6ZK3JvfoR2o+NEb81UQ0ddloN6SfUZ4vXWmv7/n03SNZ16l5Gx3Z3dfeogRdbPx9ztMmX/cq+w8tgF2yj5bNhXDwrm+j7j2RfYsXGWr7elZ3c5VK9x45PdXMr5q15evzQij/HV3J6DCnSo8hFD/Y48sgeSbSSi2XHcxXrq2glnxLQSv5DRSs5W0Ar+QcVreQUAa3k9SpayYsFtJLfUXHO4mYZ5yxOV9FaXiijtfy2hNZyvIzW8jQJreVRMlrLwyW0loNltJYDJZyz6CXjHMVWKs5RFASIKe1ViClo9dHjDzEFrb7auleeUgotuSYqyPNOtOZYeoE8r7WCPDv31IM8V39P/V0OAffWPvu7uP4LezHm5kzA1+r/BVY5/01LJaGz/qsd9d+S0veel6v/Ktd9NVHv/Tayj1oY0kf4vXcH9YhPB6Gs/ivac1b9ozBfsOWkq0d3pgvHth2Sjq+3yuryHdKJt7bLf45Nks6fjRQuHAlV7bmhwsVMX7U41VcoWdtIFRY1YgvmcdV1xnHB7aWGUp1x98l1xWOSu+6o7KFRJI83feT6TTdK9T/7SGigLpDus74rN9yfrDayxMmNv5yvNlk3X2i6OFZtNi9WaB4fobaIjhDufzZIbRkaJLR6tK3aumtbwfPB3lKbenahrWsbqe1JT7ndoQtS+z3n5Qe+/UXqsCFP9vpwm+T9chOh45wPpQdHnBAemrxV7aTNEh4etFzt3HKz4NNtjupTvEfu2uAFFbXtMGngqRS2kE9VQ7IWswV8qBq6aRZbuP3UsKUL5cE54dIQc7wcvkUjDR09Shbfay4N6xMsPx33p/RMey95+IgcabjdRY7QpkoRv3VgC/Be1ZBBC+8W9bmV+WzBXaSOfj2dLbQz1ecnrGYL7GjVOGS7PC4pXhrfY6X8QuQoaUKjRHliSLA08WiUHOnjJUX+MEiO9nCRoj/rLk8uLJCmvBfKFsoSderLvmyBPKTGRDRiC+MO9SXtcbYgrlKnt9zDFsIkNbb4qPxy0Erp5YM/yq94JkqvpG2Q489GSTOXvSvPyh0kmRPi5FdTu0sJz4+UZy9qLNW9Lv+Ie/UdHu437xD5fNel62HllbDsO7QeXrqvtPJ6CJ1YKI/VycLqlMNXKn9rS7lL2Q5nZR/+eZT1cFZ2EC5XDhMKwFmZz68JDTB8OF3A8OFDEoYPW2UMH94hwXmJ3imhBJyTkQKck6EqnJOhApyTvirKbl8Bx4Jj9BUhCMpujL4iJOE9TIYmvIfJEAXOSYy+ImSBcxKjrwhh4JzE6CtCGvQwMfqKEAc9zGQVPcw4GT3M+Sqck/MFOCdjVTgnYwU4JyNUOCcjBDgng1Q4J4P4NaET72EyhIJzsrcE5ySfScvRiseTHNwFQi04J8/LcE7+IsE5mSfDObmNXxOSwTn5oQTn5AkBzsmtKpyTWQKck8tV9DA3C3BOzsFoM4Z0cE6+oDrSmGGIDPlAY6aCzjAEBI0ZCjrDkBA0xk8FjVkog8aES6Ax8TJojEYCjRklg8Y0l0BjgmXQmD8l0BgvGTQmB3SGISdoTCroDENQ0Ji9oDMZSEpCU9CYfAE0ZpEKGpMugMbMVEFjVgugMaNV0JjtMmhMvAQas1IGjRklgcYkyqAxwaAzDIFBY7xAZxgSc/rC0Bg0prsMGlMggcaECqAxJSpojK8AGnOIXxNSg8bsUEFj8DwTaoPG7BFAY5JAZ4rxPBOKg8b8KIPGJILOMEQHjYmSQGPwPBO6g8bgeSaUB40ZKYPG3ItozycM9K8dzOc66v8h7HdfjIy5ZfW/v3+V81+0gYFaZ/1fS+r/yKvpv5Xr/7L63qGe7+op8Xq+ecDl6/kNP6Oef+cblVbtS3Ve1xlW1U0qNtYxXpTqilaju+5XyUOz3ejxZhsJNfsCtYGaaLzX9eAroWglMcelZgShRtcLidchCFW3CI68EU34SkXwpUXsFYtU9gg7FKnsUa5WkcoecYcilT3qlYvUa2m8lAIwzBUbYZi7KKHYxHYOSgkUm9jOQanhWGwuUFFsYjuHUzO+dzXjvwFMOHXj21z/iRNjJ06bPj5uWuQtqv8Cq/g/AgP8nP3/2lL/xV5v/Xc4Mtha3XqvTL89OXuVdCpmJddxTw9NlP/qGy2d6Rkln68Xqd4qXbeqzuqsGa/Bt4lT3+TK8HmPO1hAxtZkAUnP++0oEC9VMSlXsH98pYOqSXmD/ePREvaPR8nYLx6p3o2q57VVQWeheq8VqncrNtXWqvU66r/hE02msf2jY2/4HOhr+j8DLu3/B/r1ds7/vJP1X4PSLw5Dpe9va/1Xpd77f/auBSyqcmtvLUVR86vUSJG+TCFAdAsM4CXvhogXvBGW6aCMPKMIW8HJW7g96s/xnMrPS1bHos/U0+9T5la72G+RZto5lUrS303F0S6aqY32n7yg8O+1XywVU1EQrNnzwJpPfdozzaz1rfd917dWmdpPrz5+6choYfjrVz5WlicS/l4v5ctFxXPPyvMN/CNnbVfMyq5YAurVTr3a6c0cCaqTLurl/37N/xIdruQp13OPK+R/4VHhF/d/tkVEe/u/VBf+b+DV8n8koF1Jv/XqtIjYFVKeD9BqdK1CQm1gRRJq5xTY61VEvQqnlzi6KRys6lmhq9n/nemjHenpjsxK2v8jwm0X7/9R4RHe/u/VZf93XO3+f+7cb5lzHeXhhc6d65iQ67kUL3Tpc8BeDe9362ZLQeB1hsBVx6owx3BUZI5x8cnfKx5VqCy66OKjCuYXvjx00dWfDPaKZ17x7CYLCt4ar2qU/z3kTE8enzy60vifiEi1bP2/zZv/VZf8b1x5878bcg74CucGLswLvecBLrsRXC9Afm1HFWaH4yozO/zDHJS9zjMIv59Nehm1P3s2eZOEEm9OeW3537X3/Ts//4uOjr76/o/h7cIjwxUeXmEdCL353zV9/pNcznEVcI8r9f9RI8LLzP+I9p7/qMr8//xrjlI6I89du79+a3KQrDXQV9TuVlf6qIdFHf6jrMu2C19lm/T1GKKee7Ws/9U21mDjfHnb26tZw5WvcfbcfHb7XMHvmOJQ7nSmsEbDYpXGcQ+yJu2DlbuC72d+LXrpd9f1ZU1rBulNjweKZvvr6v4764jmm37UA9YcEvcs3aZzV3N278zVeouhJey+sZ8oLW37WKs+rymBjTezoBChBBXvFcG+E5Xgwk0i5NAQJTRvmWhdoOlhuXNEm3WD9LbZqUJdGKn/Xp/iaJ8QFtPshBJzoD5rX/SV0mHrUdZx1walk+ErHtjwgtJ53mHRZckMpWvGdtFt9hK9+wBD9Eh5XO/ZdoHo1XOk3uvnLSw2bLqZCL3M4hqMMBOguazPka5m4rNC9P18uN5veo7o/2ZnfcBwp0hYzPWBneLFIFdNfbB/mBgy9Ft9yJmGItG2VU/8rjVLCvhGSdpyGxtWvMVMXDzskcKXzYRlJ3s0b66ZqLzORuaOMxOUfJGck6OPClsrRqc69ZQGi4QjNl53HHGJ1KAwPXVbknD6NNSdqzqIsd8f08ctfoil5d9mJhrtWfpqj5KR2Ixp83aaicVZNjHjdTOh2MuyBiw2E4ki4YpZq7sK94jJfov0yXnviSknXfrU3KVi2pdJ+vTsWeLx9R307BEOMeNZf/2iLKC0H/INfuB7Ss2WKW2Yp1OS8IKgJu2vyBoszAwpCWZCkDAYbZipBXN5vvZWnm5+9S2l2fz6W0qz6QJkyQ3IkitYwMR0B7LkEqhi3GatyTXIknuQJRchS25CllyFLLkLWXIZsuQ2ZMl16CL3IUsuRBe5EVlyJbrInciSS5EltyJLrmVZ073IkouRJTcjS65GltyNLLkcWXI7suR6ZMn9yJIL0kVuSJZckS5yR7LkkpY13ZIsuaZlTfckSy5KF7kpWXJVsuSuZMllyZLbWluI6bpky9Ohmyy5NVlybcua7k2WXJwucnOy5Op0kbuTJZeni9yeLLk+XeT+ZCkEkKUwQJZCAXDSAgGcNFIHTtrCgJOmAy+Z4QE4aYQCnDSXASd1VYCTVgjgpOE6cFKOAE7qrAMnOQVwEteBk+KtNYUS4KQwAZz0rbWmsAKctFUHTmrNgJO+se5HYQY4CVWZFG6Ak15WgJN2MuCkuQpw0usMOAmJAYUh4KQcHThprQBOcurASYsEcFK8DpzkEsBJYTpwUpK1plAFnNRBACcd04GTHrLuR6ELOKk9A07CCSUKY8BJOxXgpLMMOOl1BThpLwNOWqwAJxUJ4KS1OnDSHgGctEgHTnpPACe5dOCkpQI4KUkHTpolgJM66MBJDgGcdNOGQqsHfT8vLvLm/xfn/xOS0yY5syo//w8vm/9HRHr5/6rM/+uW/tCVU/rc/5O0peD67UXui/vx1OGbtLpsud1XWaZRo5F67jla/a9ecjfYmKrd9vZsd8OVszzsuTHu2+c6PHdM6e2+0xnraTQsxN04LtjTpH19913B9Tx+LYLtd9c54mlas5696XFfrdm+I3b/Tw9rzTftsAes2a7ds3SNnbsUz70zF9pbDN3vuW/sandL2weeVn3muwMb/9MTFJLpDirerAX7DnUHF67QQg5Fu0PzcrTWBUPsYblOrc26KHvb7HhNXehnb5ea6gmfeNoeERvniRy0224LCvVEhefZo30aeGKafe2O+b7YTBI+8nTY+qmn465cd6fVR7UHNujuzvPytS5LRrm7ZqzVus2eYe8+YJHWIyX5T1/XemuNa53gVKt2zVsq7HFu+/twI21/bxu0/ZnPMa4JBGIji0z0O/fn9G9oW+x1HnXY66FSSvHXYS0WiXgNLmMN3jPd5sJx5kUWZ3ulPj7kUsASGMtMrgUsgT4+5GLAEi+5gSXA4ZK7AUvM8gBLjHEDSzg8wBK93cASsR5giRA3sESwB1iivhtYop4HWCLYuh+5JrBEPTuwhK91P3JTC0uYrgosscMOLLFdA5ZYYweWUDzAEgvtwBL7PcASq93AEh94gCXmu4El/olmkaZbA0ts1oAlhrqBJVZowBLRbmCJHA1YYogdWMKpAUtE2YEl4jVgCT87sESq9d+nMAAsEecBlthtB5YI9QBL5NmBJXAsnsKDZc0QASzxkQdY4lMPsESu9fcUMoAldDewBI7FU/gAlsCxeAojwBI4Fk/h5ELNpYcdWMJbxfxn0Vz+ROHUq8tU0/y/T/L4ZNNWev6vRkeWyf/DoyK8+X814f+bUK6ilM7/Xtjw9WL03lxuP9d783pz/UvHupKS9TUp9pi/L4g9pPnG9/stupTnHWCe8n3ZZOmdWOnWr+0SkWZd3C6xKtOs6/s/Y0VW32v3/0ljJ02piO9YufXfdlH0z3l4t4mpjvQsZ3oFvhav/5fj8093JE+6AfpvZFS7MvpvlFf/rS78z7zS54EU/z+e21Si3jOQFa+P5SX/HcKUZ4N5jb/WZzUn1+O3TLhfXKwR+zzZw9KI6656j19ZI85kdzon8kbDRvPGcUN4k/bR7K7gKO7XYrC4u64fb1rTJpqGNmJNj3c3mu1vJf13tjSav+8jA9bWNu5Z+oPkrvbqvTM/li0Sm6n3jT3IW9rOqq36fMQDG+9Vg0Je5UHFRUaw71M8uHCPEXJI46F57xmtC56QYblLjTbr0mXb7FmGujBBtkuVanhmuIyI/YsaObiRtAWlqFHhv8honwfVGP87ecyB+9X2Rf/hHT70VTvu+oJ3MgKNBza8zTuLOkaXJUt414xDRrfZb8nuAz4xeqQ8J3u2fc3o1XOa7PXzPjU27FkeW7BZjWswlcetW6H2OTKcxz+/yej7+WTZb/oyo/+bD8sBw+cYCYs7yYGdUo1BrgA52D/OGJKoyCFnQo1E236Z+F1vNSmghCdtCVGHFe/jD6+orz5SuJkPn31UfTRvBR+Rkq+OzM3h9n6HjeScZXJU2HZjdOocmdLAMByxqdJxZIGRGhQnU7dlGU6fUOlclWiMPdBAjlucqablh/DxrqFqulGfZyRGq9q8o3xC1N3qxIx8ntm4SM0asJZnldxluGK2S1fhKWOynyEn5+0yppxcIKfmvmtM+zJLTs9+0Xh8faLMHjHTmPFsjDR3shq3XvJRC7Z2HZ8b+FCUgmm0hc7TaQt9QdSwZBIM7CVgM0+vYQKbmRqNWzGf+1vP76UNlqSTBBPQJJgAh6SUYfRj/lm3+J70a/CQ87FN6ZOraHEjSp8HUmrS5f2zn5J9PCd8i1WtajrdhdWqgQxVm6YDWg37oHKSI1p3/StUTnJIsuSUV6Nek6Oer16Tw1aMep3JkApN5EiFRnOkQkM4UqFohlQoiiMVGiygXvtxpEI2a02OD+apuwEVu5WEit3SWlMgsJgnMxiAefpBgnlqr4J5+thaU3AA83SQg3k6q4J5+oiDedqrgnl6lYN5KjLAPD3FwTztMcA8aRzM03sGmKcnJJinpQaYp3QJ5mmWAeYpQYJ5kipU7HAJ5ukv1poCDZinFBXM0y8SzNOD1poCD1Ts+1UwT/+x1hSEwDx9waFiBxpgnt621hSUwDwt4WCeDhlgnt6SYJ4+McA8PSfBPL1mgHmaJsE87VPBPD3LwTxtVsE8TeVgnlaoYJ6GczBPmwwwT5MlmKdlBpinhyWYpzkGmKdOEsxTqgEVO0CCeYqz1hTwoGKHGmCe9kswT71VME8lHCp2iArmaZ+1pmAI5mkzB/N0VAXztIKDecpXwTzlcDBPhw0wT8skmKftBpinORLMk2GAeUqVYJ4WGGCe4iSYpywDKnaoBPOUaK0poIJ5ylShYodwME9DrTUFWKjY0SqYp6PWmoItmKd8DuapSAXztNZaU/AF87Rdgnk6ZYB5MiSYp10GmKcFEszTuwaYpywJ5ulFA8xTogTzNNMA82QF6ltr1rrkozasT906N/BxLlLPLKrEeP1bwC595kt/057+zR+clrpM/h9vYq9Jo8dNue4B8Ncw/z1KtXnnv1eXz79vxiRnpsuZluaoFPxniyjb/9M7/6dq8d/5B6zWKpc5/7c884Syosnt2kcN+l9iDvwX/gXL62rlOvd3rk9E6bm/H+5ScO7vl/2Xnv8ZILQzX3bwnP1Xc/e1zg66+WsVfvK0L3rH7a1VuLpahVt+LdGrdZnpcT4VPBPlOuep/KOy5nCXJwKU54glRQayFB3IUoSwrBklLn8E8wvrPhQ5KvVI5cUNPS46UkmR54IjlWYEKtfs0QC8PopO6Ofa3F0V4568ZSJVXSaC6QkUob1lIt4ykYosE/HuZOfvZN5KksrBf/0y0rOcox1padc4A/ZK+p+trP4b5e3/V23w3yLlKvu/VPR8Lpp6ThPPado5TTqnKec04Zymm9Nkc5pqThPNaZo5TTKnKeY0wZyml9PkcppaThPLaVo5TSqnKeU0oZymk9NkcppKThPJaRo5TSIPLlynhxzq5QnNe1pvXTBKC8t9TG+zrqfWNnuYri4M1NqlupTwzDpaRGySufsf0mxBHcxd/xMt2sff3O0Perw145XRo+YqHhW4QZWUGFlX7kBh7kxW3aNy6f2p56XnfpfH1yqimU11n+9F/g3kkeUB8sBhI/J1II9EBcgjxgPkEYNyLtP3gTyaKkAe0RqQxxkFyAOIiOIBkEeRBuRxWgfy2KMBeezWgTze04A8GipAHks1II9jCpDHux4gjwIFyONFD5DHGwqQx0wgEDOOAHmM9gB5rNOBPHp5gDye1oE8RmlAHo/pQB49NSCPYTqQR6AG5OFSIBPW0YA8khQgj0MakEcHBcjjEw3Iw18B8jgIBOItUPciD6UqmwL9cWL3HxVbXC7/T8+YPDKuf5XUf0Ze0P+HXok3/7/hn//E5DSH+QmMHXfDP//odlT/H54wyTExK2PkIOfoDMX7+d/oz79v8siE5KlKxfj/5c5/RNjK6P+qt/9TleL/869blfPOf6wPWPzt+qP/+9kME0aYCcAtJSUb/WnPNX+be+721jWsHVaxziL0MH+6m3tpmBpZrvvglEazFLJ0P8ua97Ryj3Le17eT+btzpJcDvAb/d45PrpB7XMn/y87/iogK985/rS7+f3upX9Yn/38iq+tnm3f0Sfig1zddt7Ttk7/1nrCNHzZsnf9hScONAX4fJATMe7TrPadO5HNNbGyV+01+YOPpG8Na3ZIQtuT5rpbvXnSYyXTktz4gR37r1QsPmpIjkwOHqbZyvcjSI17vkKUXS5ZeMFl60WTphZOlF0+W3oBlzTdhEQPmG7Gs+WYsgsB8QxZBYL4piwAw3xgIgOnWmt6gZc03+WuQupY3StHK1tlWPeb/9M3IHNktPdWR5sisVP+3RZap/7K1i/DWf1Wl/9cu/aHrf0qfNwL/31u+uKGxkP8VIpf+44Q4/zzQ58VZw7/UV4mvizeLXRsF2124QuxZ+aoozMsRe+c+Jdy5TrHPqYn92fHim7hB4tsRYeK74EjxfWwfduCOgexgUGt28HgEO+RzGzu0szH78XsPO7zmBDuydSc7Ov8r9tPqo8IzYQM7Ni9fHJ+xSfycsVb838hl4j8DFolfuswRJ9q6xMn7X2KnGiaJ03Vms9MnZ/Gig2PYmS8d/Oy/elfyeaWh7HfPKx2PlM323yX8dzaRzTedEgFrTsp7lu4S3BXK7535rmiR2IDfN/Zr1tL2E2/V5x0W2PhTHhSSy4KKj8hgX50FF+6QIYdGsdC8NbJ1QbYIy10o26yzi7bZk6S6sLtol7qAh2e2FBGxWTxycG1hC0rkUeEHRbRPDI/xr8ViDjTl7YsOsA5bz/COu/7NOhl+8oENr7DO807LLkueZF0zdstus1eK7gPyZI+Uv4uebaXs1XO86PVzAY8N+xuLLXiDxzVIY3HrnuF9jvRn8c+vk30/Hyv6TX9a9n+zrxgw/DGZsLiNGNhpmBzkYmKwf0c5ZOhxMeRMc5lo+0wkfteBJwUcY0lb/Pmw4gL28PJi/kjhG2z4bDd/NO8ZNiLlfT4ydwqz9yuUyTlPi1FhG+Xo1MdESoOXpCN2mHAcmS1TgzqK1G1jpNOnuXCu6i3Hfl8ixi128LR8fzbeFcvTVxezjMRgrs1zswlR9fjEjPdZZuMjPGvAcpZVUle6YjYKV+GPcrLfS2Jy3jY55eRsMTV3tZz25RgxPXu+fHx9b5E9IlPOeDZEVBi3dcMfJSXzA8t2fzu/TB77zbkecOcK439ju2rUKE9EsFSKW5tuhErR21IrKDpApQiRUClOiMsdYqKoYbXUNyMH6r02C9R7CYZ6rxUC9V6vCtR75QjUez0lUO/lFKj30gTqveIF6r0GCdR7hQnUe0UK1Hv1YRjgNJCh3qs1rBl5UO91G6wZgVDv5WFooX+Cod5rJ0ML/a8Y6r2OCgxw2sAwwClfYIDTJoEBTmsFBjgtExjgtMiyFLHIUtQiS5GLLEUvshTBLGtGMcwHH8Og6jg4VJ3eN/khsKEMqk45D4GZ0dRSdcyIaqk6ZlSFqnNKQNU5KaHq7BJQdUI5VJ13rTVFW6g6XzOoOj9xqDrvMCR1n3KoOrloZWpGYag6OoOqs0NC1RnFoOqskVB1sgVUnYUSqo5dQNWZJKHqdBdQdRZwqDotBVSdLGtNkRuqTiKHqnNQQNWJsdYUyS1rRnOoOgcYVJ0zHKrOv601RXeoOq8wqDqnJVSdJxlUnd0Sqs5KAVUnT0LV+buAqiMlVJ3xaGVq7gJQdf6GVqbmbgBVJw2tTM1dAapOfwZVZ52EqjNWQNV5WkLV6Sug6jwmoeq0EVB1hllr2jmg6nSUUHWOo5WpuYtA1fkMrUzN3QSqzjG0MjV3Fag6BQyqTjGHqvMGg6rj5lB1nmFQdd7nUHWmsP9n71rAoqq69uCtMi8UYt7C8RZpoAM4gPeDgASCbJSbCngQiEYRJgREJT2VpZZfYuUt/Y3KvHSDfg0xi++U93p83ImiaeLJW/4mOWoanyL8e601Fn6aimGSzZkH1pynHofZe13ftc5+qatTlkddnfm51NVR86irMymXujrv5FFXZyQdZSqiEXV1+tFRpiIqYTdHRCbq6jyZR12d6lzq6iTh50Gkoq5OgJ66OlV4D1GLujoa3kP0oq7OV/bU1SnXU1dnOR1lWk32ChGNujp05DBENurq0JHDEOGoq0P2CpGOujpkrxDxqKszMY+6Ov/0yNdU/Adv9s+aH7th/ffnHvu5ffzf3eDl7qnTu9fZE0i2+u+29n9SUvoYlg70vxP/0v138/L0NNj6P3d5/0PiE5JMdbHwN8F/3K7T/3Fzt/V/6gv+2wOKB0j4F7z/dE5Ry0Ct6LKUt/5Mb8NnZRn6/d4fG/b/dNHwfdsfCr5fP1J/8JKjoWxJmf7QwTcNWriH/peF1QXnG8fpL6iJhl9bOOVVhLkYKrZu1l9suqvg4qqKvEunmhgqX3k279HtrxqcsvfmdcwzFug9duZ1es5k6Pzgtrwu0fYFXQ6b9d28zhZ0271Vb1AmG9weDcnzurClwLvoRX2fQ0cMfc4G6fttqy7on9YiD6DXW04aRNZQNgOyhiMaZA17+BU01l38eNRqbaAAg/XBXpVYI5RinUDCWoGE9cIKV6wZSrFuWOGKtUMp1g8rXbGGWOmKdcRKV6wlVrpiPbGSFGuKlaRYV6wkxdpiJSnWFytJscYoxTpjBSnWGqVYb6wkxZpjJSnWHSsnsfZYOYn1x8pJ7AFWTh5U6cBeYOUk9gMrJ7EnKA/T8RewNyjF/qC9iz3CSkfsE1YwYq+wchH7hZWL2DOUYt+wchF7h5WL2L8r8Hld7SEg6h4DPWz9v9vx/6nxyZl/wfmPnkbPa85/d7Od/1hf/L99Tfz/C9cnTzTxzZAfWD6QPRRWoT20O405uO3XHNaGse7x8/Q9vhzKnvA9qLlvP80GR6ua7yCTqKhSFf+OI/E0w0bi1dAqq6vzsYef30ZXY15Pd9W8HthySAjN6Plbz5Ctzd9M7UAXnCWAvx0RL/H3I7IlvgMiVOJ7oBTfBREqN3pyD74TIj7ie6GzF98NER/x/RDBEd8RERTxPRFBEd8VERTxfRE5qcPv3FTceDb9y+0/sy749m6W/7l59L4m/xMuwWb/9cP+9b/nf9P9ilpGWYouDytYf2aw9FnZ84b93p9L+0/dL33f9rT6/fpkw8FLXaSyJacMhw6ukrRwH8Mvi5qr5xunGC6o6dKvLVwKKsL6ShVbSwwXm2rqxdVNCi6daiVVvvJKwaPbl0pO2ccKOub5qnqPgwWdnpskdX6wtMBF3Si5PrXLcAs5gbCtrZ+Dbe3hkAlsVa9kAh63OoGkvzqbm+5H2VyUhbK5YQWUzQ2WKJt7nrI4sQIoxSpQNndapWwu2UDZXBeJsrlTBsrmVkmUzfngPawQZXMpBsrm0iXK5lwKKJvrK1E2V2KgbE7D/x9Wj7K5VhJlc6/QIWjbaQgBVpOyOV+Vsjk6tAxWlrK5Ujq0TKww4tZilW8x+7rJSttmru6R/C/dlJxWR/w/tZz/Nhq8bPjP3d//DFOq6ZnMusB/azf/azT0tuE/9SX+X5nLfQiS2nnvbvNzCEmVWvVuXWCHZ5FvwUggflMkeACjQnOIB0OGiF8+cNberSXtv30QJe2tNoGED8RkXHwoyFp/cFPxxhaLbsv+M+InpKWn/ekS4Cb27+7pdg3/g6eXLf+/m/Z/xRThirK+b/Ze4X75yjP0t/ws/PlGSr/Cryz98yuVARtetQycW6YMWmK2SGmq4jPjX+bBoe8ovolpZr9eMxR/vzDzkJZPKQFdPcwBFS/oAhs5mgP3JemCjvxqHrp0oRJcOswckjNZGVZoMIfGjFbYgofNYf0HKMMzfzGP6NBRCY8oNYdX2imRxiJz5DEnXbTTbkv0ZpgMKLSMWn5YN7pskSVmxiZdbPEUS1ziCt2YZTEWOeQrJX7mZPNY1+VKQvJoc2Lzl5SkgAHmpPKnlWTnjubkHUGK6T47s+kjF2Xc8SPm8QsCdSk7qy0Tsp7Qpeb/YEmLbK4zz91oecZ4Wpee9p5louO3uozQmZaMqnIly3u5Oatsp5Ld5iVzdvEnyuSKp81Tlr2uTN0XZM6Zlqk8W+RinhYXpUxf1MJsV4esPTVe1dXLF4GX/CCPqCLs6LiVRsEh/0XJY1c7VcCDvYQ6YCHxX49J1/ljy0KFECYupMdbQZVAgjqBBJUCCWoFElQLJKgXwjNCxRCeEWqG8IxQNYRnhLqBBJUDCWqHUqgeXKB+KPdRAgRqCBJUESSoI0hQSZCgliBBNUGCeoIEFQUJagoSVBVNT6grSqGyIEFtUQrVhQvUFyVR86IagwRVhgvUGSSoNFyg1iBBteEC9QYJKg4S1BwkqDpIUHeQoPIgQe1RCtUHCeqPUpgASDADlMIUQII5gASTgAvMAiSYBlxgHiDBROACMwEJpgIXmAtIMBm4wGxQVtExA2A+KIUJgQQzQilMCSSYE0gwKZBgViDBtECCeYEEE8PCtn6YGSJ5vvVlyuSG8X9KfEZKfOqdxv/cDdfM//c2Gtxt8f8uxv/G1h/0s9b39u8VnjDnn3nCXPhUpLzOZ4C5qJmnXHT5Jcs3J5+RgZgdSNmBkB3I2IGIHUjYgYAdyNeBeB1I1/uefzi3X+G3SLQOJOtAsA7k6kCsDqTqQKgOZOpApA4k6kNaZuQGdPVRAirm2Qc26qIE7ptoH3S0sTK0KMI+eEdnXcgiL/thHzXShWa3tWdzjuvC4o25w1O26Ub4PJIbHvy+LkL/n9xIlzkich3IjXZcpURrX+SOPP+yMkp9K3f0nhQlZvXn9rGfDlPiZi+zHzPfoMgmxT5+WohubOBY+4S4Xjrk8b5dLu/q6qX9aShNV+OwMxpKI+cAJNy+ViJuOsrMrpabQpH4BI5Uw+aAhA0CCZuE0KXYKIIwX0IoEzaMIvUMe4rUrRWK1E/ZU6SuUChSP2lPkXq/QpGaRoxhQ1H+SCPGsLEUqR/OpUhNHh02mSL1/+goUtOIMWw4RWoaMYaNp0hNI8agABSpX6MRVKEIFKkzcilS+1DErqARY1AMitQ0YgwKgpG6iEaMQVEwUi+iEWNQGIzUQmkwUgvFwUgdTyPGoEAYqX1oxBgUCS5QJozQQqEoHaIRY1AslBqNGIOCYaQWSoaRWigaRurVNGIMCoeRejaNGIPiYaQ20YgxKCBG6kAaMb5riojc8Lba+R9a/yelJqZNqaP+fy3n/4xG41X8b3X2t9jif232P22CKTUpqS72/0bnP3pcy//pabTlf3cz/7vP+gPXXOt7PEztRuc/lmSe0+2WfrL8p2WQcvH+ZDwHks7cv5fPetR0/Q58eMv4lv+5dboA1wmWgJLFusDmoZbANVN1QeVulnsd32pQ48mSxvXhcZGPDt7oqDA6gPjKMM71DiC+kiLdEDu7rhlBBh4/KTDhzxztCKYGEsyNHhoMUuihweTfjnqE6/fD4m1HNoL8+x3ZqOE9uJg7gX2CO8JKSrgklMItYSUlXBNK4Z6wohIuyoZ9/r2xz3vcBdcvXPWeyP/TTYl1UXLdbP7Ty3jt/Gdv2/x3fcF/+/yO/+6XW798XNem637zX97/LQrQBe9wsIQs6q4b9uF5S2j2gzo2Z68lLN5ZGZ6y3jLC5wElPHiJJUL/kxLp8qwlSrdDiXZ80xyt5Ssjz+eYR6nzlNF74swxqz/WxX4qmeNm5+rGzO9slk3puvhpAy1jA8N1CXF6i93tQ2wfVNZsAf3uzmo2gvxrNoNuFevtczXWS11X2AjMpMRm/CO6rkIBCMt1sBCW2x3vQRkIy31QR1juXgthuZTpgnIQlvsAZR5CSQjL/YkyD6EshOXuIAxXKA1hufkKYbk5ZsJy5ymE5caZCcv9mDIPoUyE5eZS5iGUirDcdB1huQMthOVSwLorSvbHTw/c0P9npMSPhxbgHZ//8bpm/s/dYPP/9QT/Ydb3TqD/Nc/7ulvnaQENNFBAA/0zUD8D7TNQPgPdc4zfkDygewaqZ6B5BopnoHcGamegdQZKZ6BzBipnoHEGCmegbwbqZqBtBspmoGsGqmagaQaKZqBnBmpmoGUGSmagYwYqZqBhBgpmoF8G6mWgXQbKZaBbBqploFkGimWgV7ZSK9fgvb/eq3ETeFnFTV86XeljNyJFfs4MGfRcxa7t9YiQkfsYWZCvSqNvhaUizPre6WqyekO7e5Os/vbOKbptsnKhwVTa2kjLqbT9U6Tlv5GXI0VAg1vkErhiWjNW1JGB/cYwjuG4/rCL3zD+Z5sS0sb4mjIm39n472HwvOb8T6Mt/t/N+F/T2/tZ37f5o/mfzWUF8paFvdn2iDPa9pMH2c4GW7Sd6yLZ/sWO2oGsF/g9XSuSc7mJ8/njV3X1u83+eDLjdyzMrgYWVnNWA3GxqPCr/Ust9/V2Rohgz/EIZbHvIGHvUYr9Bwk6gFLoAT4dKXQBT3UU+mArV/+G5Wo91fM79Vy8Df/tFQKP/qWk3fH5Xw93wzXzH0bb+f93Nf7XvEw6Ky/HvEOPPO6QmqDqM49yfD4/YgvvMu51tatxFe8WlKk+5vgyd+4RpTpXrWTdm/ZRu5fNZj1OtlefKB7PXEq8JddlIaznmnZSr2m9mOG1SskteSh3Ty+TPAJcee/hqmR0bsk93d+RvJqc4d7ti1Xv4yW8z6U8te+WT3m/A8+r/fN3sQEbEtWBc9eyQUuGqFLaAuYzI0EaHJrNfBP9Jb9eo5i/n7Pkf24OD3D1VQNKUnlg825q4BrGg8rvU4cuncCCS7tKITmhbFhhEyk0xo2x+SeksP4ObHjm19KI9udZeMSHUvilvSzS+KoUefQcj3Z6X43etIePrJqjjlq+jo8uS1VjZizmscVMjUucyscsc1flkEUsfmaoNNZ1CktIdpMSm8ewpAAHKal8IEt+7LyUvEPPTE32SqaPGrBxx9dL4xc48ZSde9QJWTqemr9OTYs4zM1zF6vPGDfx9LSp6kTHFTwjNFbNqNrIsrynSFll77HsNjFSdvFMNrlioDRlmYlN3aeXcqYNZc8WNZCmxbmy6QuPSlZulL/kJRz6N9FEZKCzHruERzAhAYvPiCuHAbjXSsHweU+hZFh+C0XDDr9QNurwW48tEEpHHf7XVerwr+LU4c9UqcP/MqcOf5RKHf6VdIiLUEjq8M9m1OFvr1KHfzyjDr+3RB3+EEYd/nYSdfh74T0oLCUuQ/HfB8WlxMWVU+KiSpS4tOSUuLyD96DMlLgUq5S4lHBKXPJU6vB/yqnD/7xKicsuRolLokqJy1pGicsQlRKXBYwSlwSJEpdsRomLv0SJyyhGiYuzRB3+OZw6/HQMBBgFdfi7qdThZ5w6/Pep1OGfwKjD31WiDn8oow5/E4k6/G54D4ZDHX4HRh3+r/EejIg6/B/iPRgTwSGv4j0YFcEh7+PngXERHDJHpQ7/Ok5wSKpKMMhiTjAIUwkGmcoJBnFXCQZZxAgGCZUIBpnCCAZxkwgGiWEEgzhIBIPQoT9gmASD6PEeDJRgkAaMOvzrJYJBnDh1+PeoBIPoOHX41+E9GC/BIItV6vBv4gSDTFUJBlnBCQaJVanDv5ERDDJFIhjkPUYwSIxEMMhMRjDIQIlgEDpUCAyeYBA6hAgMn2AQV7wHB4CyPjoB6yls4rf7QFt//u+S/6WlJmTUQfp3s/zP0839mvzPw2jL/+5m/leT7WGn9T1O5ilnCtmyohfltz47yDb09+Yb1naRvujQjn/xRmOp+FIl//fEHyX1QBn/csR26asNKt/o8YG0ack7fLPDv6Qt5gq+tfkOaduTZ/i28nzp69Zx/OvSb9RvZh2Wsackl/OSzFJtt7ST74ko0kr1n/C9xje1fbrX+XeOOdp3WibfX7VYPqBG8e/LpsoHV2ewsuJY+dDsSKYtGyT/YPJmh6d1ko8EtmNH4xrKxx6vZMcDOmo/PtyGn3C20/6v9VF+sskR7eSFLfyn45u1U6WrePmWldrP/97MTudvki1vrWRn5q6Qz06fzc6lzZJ/GTOenQ8dJ18YFMJ+7RUsVzxu4v9p2VO+eP9QfrEiSLt0wpVX7nPRLm9ryauKWmjVK0WoX2jR7GaW8AaTdmkNzRbWSD4tN2a72P36NfID9gtYU918uaklmz2oTZKbffcGb66OlFusz+ItV2dq9ouj+UOzo7SHJ/flDqY+WquRHbhjYHuttXcVf+Txy1qbzu1Z2/sPae3sLrN2Zyrl9j8cYh2+LZMf/fJL5vSJKnd8+12mzzyrdXruRdY5YrfWZdzbvKuxUOsW9AJ/zHGR5twjiTtXfSp3bxrAu5ctlHuc7M6fKI7NcSnpkeK6bFBOzzXNUnpN65RjeO3nFLfkAZXu6TzFI6BjZe/h/5tidLar9HR/I8WryZFK7/YFp7yPb67sc+m1U323rKzsdyDjVP/8TTkDNkSeGjh3Rc6gJd6npLRZOT4zIlIGh47L8U30SvHrFZzj79c2xf/cm1qAaxgPKMnRApt78MA1cVpQuSMfunSqHFzqzkJyYuVhha1YaMwgmc2/wML6d5KHZ+5jIzo0lMMjPmPhl47JkcalLPKYnRbtVMSjNx3RRla9yUct36yNLsvhMTNWarHFcTwucbY2ZpnE5ZAVcvzMWDbWdZackDyIJTYfJycFdGJJ5cFysnNDlryjp2xqcoyZPrKXxx3fysYvcNFSdh7hE7JaaKn5m3lahEUzz13JnzHu0tLTZvOJjmu1jNDxPKPqWznLexbLKlsjZ7cZx7KL58uTK4LZlGWT5Kn7erKcaSPlZ4vs2bS4fvL0hWeZ3XUjaKPGDRv8LV/V1Rv9aHiPAv8V+kV8b4+/W0ES4G89hAUPY4kSP9Yj963wjV1t3A+SzTiVI7MbuCGcnxauiOanCXYEl4RyLR26Bq4JpXBPIMFFgQQ3BRJcFUhwVyDBZSFjnHBbyBgnXBfCncJ9IdwpXBgyxQk3BhJcGUrhzkCCS0Mp3BrNbx+Wr2qGChdH89ulGs1v78R7cHdIhiNcHkhwe0iKI1wfSHB/KIULJJKcxTKR5ERxIsmZKhNJTgYjkpxYmUhyCH4F90gkOd6MSHI6yUSS044RSU5DvAeXSSQ5HTUiyWnDiSTHDu/BhSI5jnCjKIUrJZKczXgPLpVIclbiPbhWIsnZhP8+uFgiyVkhE0nObEYkObNkIskZz4gkZ5xMJDkhjEhygmUiyTFxmnfvKdO8+1BOJDlBGpHkuHIiyXHRiCSnJafmcwu8RxcNl3DTqIAzqRoDd43NZ+Gysfks3DY2nxlVY+C+qdlM1Re4cWo2U/UF7pyazW9wajaPlKnZnMWp2ZypUbM5mlOzOUqjZnNfTs3mPho1mztwaja3x3tw/dhsFu6fms3t8fMgDGCzWYQClCIcgISQABLCAkgIDSAhPICEEEFV9VmNquoXGVXVuzWqqt/mVFUXalRVv2BlOlykUVWdRNW1CCNUVQdwqqoXylRVd+dUVcfmUFXdI4Wq6kE5VFU3S6GqulMOVdU/p1BVPaCSqmr+/+xdCVxU5dof3BAUOa6pII6aIhoxLMMm5oggoaKj4m5y6EKEUhxREQp1Ss3w1m0qL5p69ZAbdTNPuYTa1XEjl+xOYiYuePSaK9pxSf0E4XsWTKubRmlaF+Ynz7z4i8n3vM//ef/PmsKsunUZs+qPU5hVO5Qxq56Vwqz6P2XMqpUSZtXbyphVv1XCrHpZGbPq8SXMqrdmMaseXMKsemkWs+rgEmbVr2Yxqx6Uwqx6dBaz6qAUZtV9sphVt0hhVj1XZVbdn9k1mDNm1f7MrsGsMatuamdW/aLIrNrPzKz6KZFZdRMzs+puIrPqK2Zm1W1EZtX7aY3mj1n1OmbXYAaZVc9ndg3mkFl1PrNrMIvMqufamVVvU5lVZ9mZVS9TmVWPsjOrzlaZVZvszKqXisyqnzIzq35VZFbdzcyserTIrLoNs2swp5xcwJMw0awyq/6G2TWYV2bVn5mZVT+mMqvmSZpobplVb7Mzq2b9RNPLrJr1E00ws+pVKrPqMcyuwRwzq36V2XUx6yuaZmbVrK9ooplVs76iqWZWzfqKJptZdReRWXW16f4Z00191bpX59v/mfn/+MS0tMTM3/oZd8v/8PX/Cf8P8q2e//qw5H8+Ufm+Caae/7f8jwfWE+53z/P4dZHv3Mt3j3z/XMz79szMqj2tm8UCvzSrg6+B/2Ot3P6UWRoP+pRW52T8eex/enJC4m9tvn03+x8U8JP8T4Ox2v4/LPkfQ8jfodN1eC3gG/9335qxMq/ioOm9C67K+8eGBf9zTw/DB1tey1++Ml1Zf3l1/qcbVyv/2js7f8PC2crGVZn5timZyqZZI/I3x41QtkzKCN7arauy7anhwQWtWyufNR8QvL1umGFHK4/gHac8DDv/ujB4t0eBYfffn+lYUm+6UnLR2PFcZC/l3PR9+quN05Sr1930ZeVPGG5cadhRlzPBoNs/QF9ryEylVkGo7JjjpjgeOTCnbsHCjk7D+xqcDo7Tu7RsZHCZMkNucHKKwTUuWRaK9hkadustN8z2Vhr7viu32RJraOuZoW+Xe1x5VJglt++VpLQ/Gab3bONq8LQPlb2cOyteSqjcSS00dLa6y937XDGE9/Sx9XhykT2i8XxbZOve5shLk21RdZPsUYWi7clT0fboleG2Xts723vPjzP1yXOxx2R1N/Wd8a2938h2JvPY+ub+YbVNA8znzQPdTppiDXZzbOmOyryNnyn5wkIPR3jx97osfumrdkXFrhiEdfheOaihouKL7ZVkrxGFbOH7of0OzShw615RceaUg57f3xxDgyMdvA3+/oab4Vx6h+O1fOFdVQ4QXjXwEKHEg0TVIHCYUOKBQomHCiUeLJR4uFDiASPPLhwylHjQyLMLh408u3DgyLMLh448u3DwyLMLh488u3AAybMLh5A8u3AQybMLh5E8u3AgybMLh5I8unAwKaEVDidJOKDk2YVDihIPKkk4rOT5hANLEg4teUDh4JKEw0seTDjAJOEQk4cSDjJ5KPEw4xceaPyCQ00eSDjYJOFw0x0PDjhJOOTkkYSDTh5JOOwk4cCT5xEOPUk4+OSBhMNPHkhQAPJAghKQBxIUgT2R3vR7USHIIwhKQVdBUAy6CoJykEcQFIQ9gkk87A0UhTyBoCwkQWHYI9iZ/h4VhzyCoDzkEQQFoqscKBFd5UCR6CoHykRXOVAousq15vwGVCy6woFysYdNpDUqGXvYwmmNysYetjjKf0ClYw9bd1qj8rGHrR2tUQnZw1ab1qiMnLdykvNVQCnZw7bjtnyKP6hy3n363V3sf1pifMo9if9Xcf6HrwHnv8ampsH/Q2q1/X9g979xiWlp8ePv7/3P4OcX8JP7X2D1/I+H5f6HpK4GWpw3LxsFB7CYH9xM+bqZ5lWVX0I5nj/3i6pndTxE+t83fty4+An34DPu1v/R6PfT/i9B1f0fH6T+395+ZG7l+yZvB4XP3HX5W7P9epTty3YBZsrZyphr+65fhnSl2wjxqs9w6VrHier/uYZJ1+sOU69fG6qVnuqilu0P1W5sb6WW57trFcsqVN3scs1hxlG1xkRVqymVi7XEG1Jtsypyr8jNYl39JslJWCw66xZJztorYj11ulS/6F3VxZYkNVg7TXV9b6omvPOM2jA7UWuU+aTaODlKazKsk9o02ktrFlJffcSrnta8rZfYou45rWWNemLLi86S29FzovuXJVKrTf8WPT76Qmqd+5GoT9dpbV56W2w76JjWbvQK9VHjVq19rzfVDk2Xap6dxqme5VskL+dBqlfxEqnTmSC184YZ0mOFsaL3gmTp8ZWBos/k3pLh7eaib1KS5pd2XfSPitYCBhwSjZ6dtUC/DWKQo4sW7HZADT7xrRZS+qkaWvCl1uXgAjVsxXmp63qL+sQbdqnbvKdVU+rHUvdpU8TwfrOkHgnxYoRPuhQZ0UOMvJSnRXnHqVGFM7Vol+5q9MoUrde5dmrv+dlSn30mMSZrjNR3TVux38gYyZxTS+wf5iMNmHBCHOjeUIodtF2MLb0kDTa+Lw7+xlUb6lGgDt16QRtWnqcOX1yojSieqY6ctlp7akOKOiphtha3oK8qxqyS4meMEZ/2zpH+khQjJrhkSIlRPmLiueFSkmdDMWl3mJRc55KYvNxDGn3iK3FMTqiW8u8L6nPp7trzKwrV1EHlmvTGanWsUdXSUmer45pu1sb3y1THlx+R0oNzxPTiTVJG8wwxY8MiKfPacPGFBdOlF/eHiVmTk6RJ+R7i5FHR0pQ5OhHbg/G01IftVVHxSTrbLIfv+6/A+/r0XaCo6RCOnEZij7Lbeis4VEnT0EiitlEKEWgcStQ6lKh5P0gpAg3klJkMiVNmRoicMjNc4pSZiSqnzIRJnDIzTOWUmaEap8x0UTllJlTjlJlWKqfMuGucMlNBoXbUWvqXgOaiRO1FiRpMRBW0mP5BoMkob7We3Exr1GoiqqDZ5CUG7SYJGo4StRwlajoRWNB2IrCg8URgQeuJwILmM3FNpDUiABFYQAGUiAQoEQ1QIiKgRFRAiciAEtEBJSIESUAJlIgUKBEtUCJioETUQInIgRLRgwgzIAjHTo5pHDtZQZ+HaMKE+U1aI6oQUQZkIQnowoR5EK0RZYgwA9IQYQa0QYmIgxJRByUiD0pEH7KugEAcq0mi349IxLGaaI1jNYdEjtV01jhWs0HkWI0Lx2jceNoxohTHaj6lNaIVxWoAsThWc17iWI1F5VgNtxRFBONYDbcURSTjWA23FEVE41hNOrecBGRjgp/HLScB4Zjgz+SWk4B0TPBTaI2IxwQ/m/57RD4m+GNojQjIBD+G1oiETPB9aI2ISAQfUJEsHiAjE/xL3HISEJIkoCTFaDy45yaiJcVqADEpVgOoSbEaQE6K1QB6UqwGEJRiNYCiFKsBJKVYDaApxWoAUSlWA6hKsRpAVpSIrigRYUkCyqJEpCUJaIsSEZckoC5KRF6UiL4oEYFRIgqjRCRGiWiMEhEZJaIySkRmlIjOKBGhSZazviJSkyxmfUXEJrmB9RWRGyWiN0pEcJSI4igRyVEimpMD5U+L6M7wY2PkHzsD5k73/8SJccNS08bc7/t/YFDAj/0/AQFB1fz/Qd7/b0/ALql83wRD1QuWekgL150V5Vd0Uu7c3eK7icekRVNPq4tHfygtMS4Tlw7cqS1rmi3m+X+g5ZUvUd9v/Dft/eIZ6j8vSdoHG5LV5YUDtA8X9FZXrAzQlMne6kfz+0sfJ/USV2b5S6uiHhNXj2wqrfFsIH7S5aqUX0cT17oVSWtP7BHX1/pOW1+wSvz0+Nfav1bY1Q1b12ob3/hYtS2ep21KnaVunjZJ29IvXd2aEKdt8xmqFsRkSZ+5hqrbvUdJ268NEXe6mKSd+0PEXa9qEtealKqFE45re02H1a8GFWj79BvVr4152n5drlrUdKZWpE5VD5Qvkw7aEtVDxdnS4fdeFos3jJGOZCeI6oIY6WhyT/HYZB/pP9EdxeOjGkrfDHlcPRHlrZ0MEtRTnq7a6WYX1TN1LmhnruxVz54o1Er2rVHPFazWzm8sFL9dsUfSFq4WL7yxSro4ZbZ4KTVHuhyXKd5rHuX4egviUU7LZ2nVPOp/j0fVrGpL5lq1azj8QV8VFesW/NiO/1drHlFpzYewRSdDzpP5HKqChVSMUlOzchN/D4mLUM6K3MRfJ3ET/920RoxEiTiJErGSsrMAL1EiZhLRAtykkChgJ0nATwqJAoaSBByl0ChgKYVGAU8pNAqYihJxlbK9AFtRIr6iRIxFiTiLErEWJeItSsRcyg4D3KXsMMBeygoD/EWJGEwScJhCsIDFJAGPKRQLmEyhWMBlCsUCNlMoFvCZQrGA0RSKBZymUCxgNYViAa8pFAuYTaFYwG0KxQJ2UygW8JtCsYDhJAHHKQQLWE4S8JyLbDTph0U2pSoX2RzXuMjmsMpFNgUaF9lsVLnIJk/jIptcLq4B3Ocim6kqF9ksk7jIJlHlIptsiYtsXha5yGaMxEU2CSIX2cRIXGTTU+QiGx+Ji2w6ilxk05DWaCu4yMabPg9tBhfZuGpcZHORi2vAfnCRzV6Vi2wKNS6yWaNykc1qjYtsCkUustkjcZHNapGLbFZJXGQzW+QimxyJi2wyxT+CxwDt1+0eA7Rj1R6Dao9Btcfgz+8xqL67VO3u8mt9EXfi/8lSctK96v9QtfwPY5CfX3X+x4P2/6Q+l3hPPuNu8d+AoB/3f/cPDKjO/32Q/h+nyj/4Za183wH9P7uyI+zc/91sur5nkFKeP9ZckRdr0s0ZaHZ4NdBUI8Norjl2gK1WfH977f4Btjrd/e2Ovs1sjq8/Z3cSrtmclp82O2sHbPXUInv9oqsmF9t6e4O1RSbX9/abhXfWmxpmrzM3yvyHqXHyfHOTYVNMTaMnm5uFxJse8RLNzdtOsrVwCje3rBFna9m5idDyYrjidqy97L7nUaXVZkfZ4+M6Suvc07I+PcTQ5qVdctvBboZ2o0/pHzXeMLTvtVPfoekRg2enD/Se5aWKl/Pf9F7Fh5VOZyR95w0blccKX5O9F+Qqj698XvaZPFUxvG2WfZNkg984P9k/6mVDwMAmstEzwRDod0UOcuxpCHZvrA8+2dEQUvqdPvQzZ0OXg1/rw5QOStf1a/VPWOsq3ebN05tSzyjdp30ih/f7XOmR8I4c4fOhEhnxohx56aghynuOPqpwiyHa5QV99Molhl7nRup7z9+k9NmXIcdkLVL6rhku9xs5XTHnhMn9w5KUAeke8kD3aCV2sE6OLeus3LEH/sPc/772nV516jr+ji+dbs3zaHcTzZh/OU7ESlj4Xp9+ItD7JtTkuzk1+Xan923QEvcFK9wXrHBfsMLh8D4cLPOwm92+qe+37lan0jvXbjlX/sGvN29PlL7VV7/fHu6rH2H/YV99MyVOoxYy+xpr5v76sZS4ihpJnw5aSewLNJPYF2gnsa94Ll1HLSX21Z1L11FbmX09Z2f2dc3G7Os0tz4A7WX2VWRn9nXVxOxrvZ3ZV5GJ2ReXrqNWM/vi0nXUbmZfXLqOWs7sa7KZ2Ve8idmXaGb2NYk+DzWf2VccrREBmIWFU8IxIgGxMEADYmGACMTCABWYhZ2WmYWFGJiF7aI1ogSzsFN6ZmE3DMzCduqZhR3hBGdADmZhpZzgDAjCLOywwixM0jML26gwC3tNZhaWqzALe15mFjZVYRZmlpmFyfT7EWmYhb1Ma0QcZmEJBmZhV2RmYT1pjQhEElCIWdh3tEY0Yhb2Na0RlZiFraU1ohOzsHl6ZmFnFGZhn8jMwj5XmIW9IzML+1BhFvaizCzsqIFZ2Bw9s7AtBmZhL+iZhS0xMAsbqWcWtklhFpYhMwtbpDALGy4zC5uuMAsLk5mFcYI5Ih6zsGhaI/KRLOME8189X6F6rkIV5yrccQqJo1Pd3/F1E7ITzt9H4L6F3DcLGh+eeQ2/6/0f2Nez8ff9/u/r7/uT/E9//8Dq+/9Dkv+NZUY10dDnvJ+YkO/axZ5/w8+69kIH/briZ4QDwbL+wNkS/aEWhfKhtb2Fw6WO+uJ5duHI4df0amx74fLsC/J3tc3CFdtg/dUGgvVafw/9tc8+Ea47b5Wv552xlp69pi/7a6q11Q6L3iNjh7W17Cnr/TdZ27w0Qt+23jpru6E15HbHnhbaBx2X2+9dKwRdyZeD8ycKIUe+0oecdrB22X5BDkvVWbFM5xe6W2pUVBydj/BxQUN/y39Urmn2Nvj+0obF3+8IXrdwVyhaAjvDtfR+FBXCHUKJu0TRBNgpkrBbFE2AHSMJu0ZRBdg5iirA7lFUAXaQogqwi+S1h50krz3sJnntYUfJaw+7Sl572FmSsLt0L4QdJgm7TF572Gny2sNu0/0IdpzuR7DrdD+Sed4S7j7fj0bQ3+NToPsRPAmS8DTofgRPhCQ8FbqXwJOh+wg8HbqPwBMiCU+J7iPwpOg+kkqMUnfvnpgz9ZX1q64buOf4P/7ZuIj4Manj431+s//PaKyK/88/0KjTG6vx/6F5/uGJE1Lin70//j+j/4/tf6DRt9r+P0j7f/ucoJzK9+6c/xVqXbje0SK/4m7NnXvasiu7vpX9gc11169NEEpPDdWV7R8i3NgeqivPDxEq8tx1ujlugsOMcl2NiTeEmmNbWmrFt7DWNpdZ6phKrY6GYovj60ark2CzOC3/SHDW3rXUU3Ot9Ys26lxsU60N1ubqXN+TBeGdqbqG2S8LjTITdY2TE4Qmw6J0TaN7Cs1CvHSPeHUUmreNtLRwchZa1vC0tLzYwep2zMnivqeutdWmsxaPj85YW+futujTWwltXlphaTuoQmg3+nNg+keF9r0+BIa/RfDsZAVmf8Tq5ZwGjH6TtdOZWGDyi6yPFUoW7wXTrY+vHGDxmZxkNbwdYPFNmib4jWtm8Y96RggYcM1i9HxSCPQ7YAly7CQEu10FRl5fCCkt0oUWnBe6HFwPDNzZ2nX9P3RPvFFi7TZvCjDuL6zdp82zhPdTrD0SJlkifN6yRkbEWSIvbROivLOAUS8Tol1GAZPOFnqdMwGDXmLts2+kJSYr09J3jUHqN3KExZzTSOof1tUyYMJlaaB7a0vsoH1SbJmDZbAxXxr8jQew4b3a0G3IgtdowxcfA/Y7Rxs5bSuw3he0UQlLge2O1MSYzZb4GZnS096LLX9JGiEluLxiSYzqKiWee9aS5NlaStrdy4KD73HoPQ68x2H3OOgeh9zjgHscbo+D7XGoPQ60x2H2OMgeh9jjAHscXo+D63FoPQ6sx2H1OKgeh9TjgHocTo+D6WvfNpj+Prwc6/yqV0WF/HeetetAw/9udcSB78LNn3w/sag5VWRHcG+cGKCYMeZbU+uJSt7skeNQNa2jTKNa9RXONAqluxxqIGcauVs50+i0hX2E9a0/9BE213HmxgSBMzeG6jhzY4jAmRuhOvYdhgjsO+T+TaixnLnB/ZtQc9l32NLCvsMWVs7c4P5NqMmcucH9m1Cj2XfI/ZtQs9l3yP2bUMPZd7hRx77Dqdb/Z+9awKoot/YgoAYq410RZaupqZADGwRNbRRRUdPtXdMURMRdtNkRmHZz9JTW0acmtcyjGZ6/U9bjb+Md8tJkXotyo5HpEdzmJSvTbd44qHHWBZATJqIgWKOPrL0tBOZb7zvvvN/61mLvcLnA3mGqyN4h929C5LN3yDtSyADsHXL/JmQC9g65fxMyAnuHkQp7h17sFVbj/k3IEOwZcv8mZAqu3OD+TcgY7Bly/yZkDtbE3L8JGYQ9wwyBPcOjrIn7c/8mZBT2DLl/EzILe4bcvwkZhj1Dzg1kGvYM7Qp7hi+r7BkOVdgzjFfZMwxR2DN8SWTPsJHCnuFkkSs3chX2DPuJ7BkeUtgz5JmryE7sGfLMVWQprtw4I7JnuElgz5BnriJrceUGz1xF9mLPkGeuIouxZ8gzV5HN2DOcr7JnOEFhz3CHyJ4hdVElhmPPcLzAnuGrInuGbF0j47FnOE5hz3C6wp6hZGfPcKzCnmE9O3uG3RWu3LhgZ8/QX+HKjW+5ggOYkT3DNK7gAIZkz/AbruDYwWmPbMmVG98L7Bm+7WLPcLvAnuGzLvYM3xfYMxznYs9wm8Ke4XQ7e4bvKewZjrWzZzhbYc+wO1dwAMOyZ+jPFRzAtOwZunEFBzAuV24cs7NnGCVw5Ua+iz3DjgJXbhx1sWdYW2DP8HMXV26cFdgz/JeLPcNMgT3DOVzBAQzNnuF7XMEBTM2e4Wyu4ADGZs9wip09wwUKe4b97ewZpijsGQbY2TMcpbBn+Fdkc+p3FnFvmoO3qv8j4rAZ6N3T/4b/Z+j/ytf/byoB+yfaA5c9ozy4tre904tjFGlBW/st9znd6YQ76spb7nMaeX4j3CGfdPXdvxjujINdUWufgztikGvA0kXKwG8H2Q39X153g1u7Yyyvaeh/Q//fHf3/psL6f6Kd9f8zCuv/3nbW/2MU1v9t7az/y7kvLxcwE1uR/i/nvrzIbKz/n+QKbmA41v+DuYIbmI71f5CL9f8ihfX/ILuh//8y+v8eZfO/gv7Hw+DDYhLinrwr+j8sKEwy9L+h//+s/r+h/yvU/y+nO0bqL4b+N/S/4f/fyP839L+h/++S/1/l2fzPqv9TUp4ol69Riv43h4aWPP9n9H++e/rfXPKvi0+USil4LS5Rpgj1H3ne0sCcpzZs/bPaqP5htbH7V2rj81vVJsc+VpvuT1V9P39DbbZ5i+i3cpXYfOm7Yot5quj//EzRlJAkthwXK7YaOFxs3S1SvD+gs9jGr53YtlYTsZ1nhNruYoj6wIk2avusRmqHHTXUjuty1YD3flQDFx5SH3zpS7VT8mZVmvT/atBjB8XgpHWiufsm0N5viaHN3wHtPU3sfG0GaO+Fanh2DGjvqWrXLRGgvUer3d6fANq7q9pjdk/Q3n6qPLm12vOlLmKvPp5qxKRmYu82P6iREdfEPp571L6tj4h9z5wUo9w/E6O+3i32P/Z/4oBVH4kDMz5VH3ltnjho5XJ1sM0mWub9TR0y6u/q0IQ4dVhYgjp8YF91RONB6siA9urIy5I6umEfcfSBeuqYiw+Ij264oI7N8hLHpdYVH1t3Whw/47w4YeHXYvSELDHmhZ/UiQ9vFGMfy1An+S8WJ9dcr8Y3V9X4U4vUKdeSVOvu6erj2cPVJ1aMVRN2PiU++Up31fb+MDFxir9qnx0qPjWkm5g0ubH4dFALMTnyP2JKXUGc2qmhOtX1vTitzmV1mmO7OP3MQfVZ7X3xua83qc8v3qa+sOod9cXp76kzXptBNdNuHhUyZfKmZ0Y88/PxdkMDDjwKPx5z4imOwo9IxudcbrW4zNdcONKACRc5l0JZkhfVLSYwyUdIYpKPkMgkHyGZST5CQpN8hKSmCIlNMhKSm2QkJDjJR0hyko+Q6CQfIdlJPkLCk3yEpCf5CIlP8hGSn+QjAIDkI4CA5CMAgeQjgIHkIwCC5COAgmQjAIMigAMjAoTkI4CE5CMAheQjgIXkIwCG5COAhuQjAIfkI4CHiBgARPIRQETyEYBE8hHAxPLxLYoIKpaP0zgCuFg+LqTPR5CxfJxK7xFsLB9H03sEHcvHrhQRfCwf/SgiCFk+dqHPQzCyfOTHDgQlycYIfuxAcJJsBIBSBJCSbASgUgSwknwEwJJ8BNCSfATgknwE8JJ8XMmPHQhiko/z+LEDwUzyEQBN8hFATeQIwMaI4CbZCACnCCAn2diQHzsQ7CQfL/JjB4Ke5GMWP3Yg+Ek+AgGQfAQSIPkIREDyEciA5OML/NiBpEDyEYiB5COQA0YkCJKLQBIUgSgwIlmQbATCINkIpEGyEYiDZCOQB8lGIBCSjUAiJBuBSEg2ApmQbARCIdkIpEKyEYiF5CKQC4EJCIbkIpAMRSAakotANhSBcEg2AumQbATiIdkI5EOyEQiIZCOQEMlGICKSjUBGFO91Qio4iQAfg3qgGgx9UOoUGASCUKKXVVAS3kT/DX7caouJr/jzX8FhnUue/woKMfRfJfq/xW+hjwpF819P2W80/7VkPcQf+KEX66kPbci85XroPj7Jat/7eyp9c98QozxaK1HfPS32P+6pXK+HnqMO2tBDGTzOqlreMilDug1Qh06tpgzzC1SHjziuDL/qo44M3amMPBEgjm5xDJ7y64hjftsBT/cucWzOB/BUv098bOur8DS/Tpyw7Al4ineoMXPmKBMD16ix4zsJleWHXp/k6e5Rxt+lTvlc5ncXZ9EWZQ7Poj1lL8ss2tL3uMvocV3kmzRmYEXUuGK2kjiBjKUIWUviBDKXImQviRTI4BvXuM5R2ePqobDHZVXZ4zIp7HENYJECGc4eVyCLFMh09rh8WJxAxrPHFcDiBDKfPa46IntcbHYhCtjj+kBgj2sfixRABHtcLA4RGexxOVT2uOYo7HGtofeIlL+ax3VvIPRWfKmb3P8tMbaYJ8vh9l/6/K/OnUvM/zEb9//KvP8X/4Vju+i0M6b/3Asxp7Bj3Xo7Zun6JkJBxzrMxohHuD9dWf5NZHzrnLb0eH4r/zb1uTNO+t4N/Q/4j7dZk5JTbPF3jv8yzn9ES9gUHPVUTEKKNdnAfyWtfxLwf5J1YgXP/5ZCpJLzv4OM+p+qwv+FE6rqveH5WtrWDgO275sYsK7Z1qA0Ho3r7gE0ndEPKTujG1J2xkD8+PVulC5ZDqEO0reFbZOCMbVl+aI0LxK+MDUWhy9OZQ3wDZD/Ct9EkW90O99I6fNx/8r4n5IYZ7NOq3j9FxpaYv6L2ej/Wan4Lz6VzrvgtYj670b1f3sbH/Hb+/qJlY6Zvn6FNYAeVAUAv1HQvXXmxlvv+Pr3G+1Fjy9uZfnWbqdICr9tivCt04A9+PZ/XyxVDj+GF/xVmNe9iP/EpOTAmJRAS5LVFhtXcfgP7mwO/v39PxTI2cB/5d7/C2eejCx4XRfxv9T21NWmzfo4fN3Oyr7nzliaHc2U/TIdluafrZVbrF5j8V/+pmx6Y6Gl5cxn5FYjvnHyPKANTp4H9LaT5wGtj+Z5QIuieR7Q9GieBzQ2mucBdY/meUBjnDwP6CEnziToNXiaJWJSpNy706OWyN7t5NLm9dwrc3rcim1U3agr7u1teeXnb5aQrzb3RhW0S3e7j56maxd/TYrIUqy1PDGWW1mSgh/g/an1LCYH7ZNDgtA+OSQJRUgU0muQLLRfDglD++WQNLRfDolD++WQPLRfDglE++WQRLRfDolE++VFgzI2ULw+KONtitcHZayPpn3yokEZi+j99UEZ0+n99UEZYyleH5TRneL1QRljnLxfXjgo4yEnW9E8KAMTk63hSJmt4UctbA23k9nKvbNBE8ZgifIbLFHlwFa5UyRLuf9PSJw8YZg9xnpHUyBK9X9LzH8PDQkz7v9V5fnfrcCvrbkgzLzSLT9/53AeViJ4YEb3vDXDt+gf4dHWf/APecGHEMPdrTr6P3FCz9ikO50Cchv+b1gwPP8HD7UmTuiVFGOLTTTwX1nrPzIuYUrina//zfo/B5Xs/xnU2eD/qsL/eFSmoP/zrFNpPqNcadcGaennesmf5MySDoVvlg+drikfbnpWP5weL2VfaS3nLDktHcleITuH95QuvF1bv+iZIF3Sk+TLdQK03CFd5dxd+6U8L6ee92F17crpBvLVuXO15nuWyi2mndD8UyN0kzlbo+dH72+1UrsEV8vP396Ea/fcSHoV9gbGGr2QMv183M151inu5jzKxdUogzTu5txL5m7OsyTu5ryZ3uPPzt2cz+rczTle4m7OrWXu5nxa4m7OK2Tu5tyT3uN14W7OCRJ3c06SuZtzgMbdnLvK3M15v8TdnJ30/+M1I3MKrht3c57L0y7g+tEPA9eQHqXgOtKjlJmnUxQ9SsE1LbTM7+S6onMe0sO4V/+Z+T8lDm8AQ62xFcv/krlE/UdoUFiwwf+VyP8eBX+Kvyb//8tLwTrPT//FAY/SoOK31ShU8cQVtNfGddKo6Hta4A/54TyosCxfD/nt2ZNvppNpD1/3f2f83t7XN54wyoB/W3LMhJ5JcbaYpysS/+bQsBLP/+Zgo/6rMvFfvBPB1ILXDRD/r0t9I5eMO2F59/nvdywXntK18c/sWP1Md3lNT8GxdrRdX9cqxLK+y3vyBvd4x0bfA/rG40ssadfG6em7TJYMP5uckfCD45vGx+Qs8wg9a+p8+VpmN/m3+XlafsZXupB0WHNLsejV5CjNfUSw7mHqqHn2GCxXF2prNbw3yzWOnNVq/lZfvu/TTM0r+6LsveKMVGvLAbn2Kw6pzjvpss+UNZI4O0uv22+hVG/yRr3+A1OlBn0W6w3rztcatX1Ob3QuWWtS/TG9SeZIrenJh3Xf1eFas73jZL83fLXmH/eQW9ivav6vm2TTDHepZWI1uVWXK1LrQcfl+5tmS23CBb3Nfz6V2v6aq7c7uFx64PJ2vf22LVqHA+/rHf/5rhaw8RU9cNZM7cFFj+udJsZqkjJHDuoVqQVHW2Vz9wNSiDxADvXuLXWunSaHVc/SwgUfOfzLmlKXHzvqXT/6SXpoT229298zpO4rzuo9Hl8lPfxKpi4P+0LrOWWt3su8Uovo96beu/5rWmTQGjnyvF3rW3eh3PdsNanfualy1OZEqX/maHlAmqANXN1VfmRnDWmQZZY+eOkqzdLroD7keVUb2vGSPGxckjbc+zt5VNhJadTHp/XREbM1Lp1wc3fzqFb4G43Rau43n/p0x79r1MjP3/ISMveWTYLH9Xm3Qq3CqbfA4mLh32Q5BJqAO4wUaCgpUFSiBRZqUSxLNvPGRfOrGDGr6YAgZDZtHUN205YxZDhGzHKMmOkYMdsxYsZjxKzHiJlPte2Q/VTbDgigCCjgp4lx9B7RgBERQRFQQZPqARk0qR7QQREQQn06ACXUpwORQp/wFal7RAz96IAajIgcjIgeupWaeFYaooh3b2rTe0QTRUAUXSBAFUZEFkZEF0ZEGEZEGUZEGkZEG0ZEHEZEHUZEHkZEH0ZEIEZEIUZEIkZEI8VzPCsNUUkxk2elITpp4wgQShtHgFLaOAKk0tMOoJWedgCx9LQDqKWnHUAuPe0AeulppwvPSkMU08YRIJk2jgDNFAHRtIH0K884RGRjRHTTxtE2npWGKKeNo3/yrDREO20czeJZaYh62jgC5NMdD9BPG0fAALRxBCxAG0fABLRxBGyAERkBI7ICRmQGjMgOFIEhMCJLYESmwIhsgREZAyOyBkZkDozIHhiRQTAii9BGFTAJbVQBm9BGFTAKbVQBq1AEZsGI7EIRGAYjsgxGZBqMyDYYkXEwIutgRObBiOxDG19LeXYgshBtfAET0cYXsBFtfAEj0V0IWAkjMhNFYCfa+AKGKnxa/fOwVFWqOruJ/hsaY7VNh8e/qbfb9/kO/N/OnUH/BY+y2mxWe1y8of8qZ/1tT1htE6JsCXHJd7z+N+v/JwWXqP8xS0b/76ri/74sFBTZ/TDPJnjEeCueljP26vIvSg3JYa9p2qvcJ66xewmrFS/XQru3c4FS66Dmqq2nKHXS57t8PpwviIuTXXVfTRbqTR/pqm8dKTQYE+5qGBUuNOri62rc3ldo0irM3rTmVcG3WlO7769NlGZHr9j9MvOU5p9l21usPqz4L//UbprqI7ScudzeasQ5ofXjW1z3h+4X2vR/19W24XqhXYeZrna/ZSrtvWJd7XPWKh1+inQZvbvvzlnV22/r5F5+QyE4T+lwXNGhObhV1+LXgUApha2bbvF4UlHKo9bGtCcxDalPYhrSn8S0zAcMEQYkok18wBDhQCJa4AOGCAsS004+YIjwIDGt8wFDhAmJaYAKiWmAC4npV5l2ETYkpq0j6T3Ch8Q0QIhENMAII0KJRDTAiUR0TSrGIlhRBGiRmAZ4kZgGiJGYBpiRmAaokZgGuJGYBsjx1sFyeo/QIzEN8CMxDRAkEQ0wJBENUCQRDXCkCJAkEQ2wpAjQJDEN8CQxbTS9pvdG07t7/0DwPUiD93LXOuPX3dD/cbHWyXHl8DVuY/53ULDR/6+q6P9i87/j09J8opxp1+TU9HMh0ic5yaZD4aukQz/nSYebHtUOp48xZV9pKOUsyTEdyf6H5BxuNl1YlK9d9BxvuqRPki7XaZGaOyRAyt21w5TntU/LW5GbeuV0denq3BdSm+95TWox7UCqf2qoZjLvTW050yq18t6d2nq0qLX+3m5qE/ar1uabXaawSzu18LSXTV2OHJO6/OiT+tDufK1bYp3Usk2TPkKnBI853bjbU0FlQ/CtHk783fzv+DSuGIlysscrp3LFSIjEFSPJPPcbrhTP/86TuGLkqMYVI2NMXDHSUOKKkRwTV4z8Q+KKEbOJ53/na1wxMt7EFSOTJK4YaZHKFSMBEleM7DBxxcg+jed/56ZyxUh1iStGXkgl2QdXnGQfXHWSfXDlSfbB1WfZZ6X/jqtAsg9WgiKsBsk+WBGKsCokt2BlSGbB6pDMghVi79KHPh9XimQWrFahp1c+K2ac4qwg/o+32u5C/4+gsOCS/B9i7P9WJv9XF64f9QkteN1k9rUFfsvSPqbzn+vjBrs2SP2cGyODXGliB2d6m/qudFct56Y6kn3T3jPOzWfq2beke0dvS6rp+jzmZ+f2IT+5doQviN4ZlOHa1fJj527fH+17vDKi9+R9af/ip1XRxedI7I+dJ34zLFHIGnFM/NZ0WDgQukP8TtgqHGz4gXjQmSoc+u1z9d/6LOFwzr/U7A+XKTlb56hHXlUU5zKretQ6Ufn+xQHqsajeyvHxgeqJ9m2Vk337iz/UixBOtQsQT/3aRvj5pEs8/e1+4Zed+8Q/YJyb9q/2zM9/5/jNmkmD3G5wwwbSw4odDP3jYpgbXnykblwAOuEKi1D8hCsuBm07woLQdiMsCt2KYGHoVgSLQxEWCCMuEkVYKIy4WBhxwTDiomHEhcOIi4cRFxAjLiJGXEiMuJgYcUEpwqJixIW92VgCXGja9oTFpu1OWHCMuOgYceEx4uJjxASgCElAt1JIBIyYDHQrhYSgWykkBd1KITHoVgrJQbdSSBCMmCQYMVEwYrJgxITBiEmDEROHHCBIHoyYQBQhiTBiImHEZMJY6QlFz3Re5cb/TycmpCTHVTT/38D/Dwk1G/XfVc7/z7oyUzH8f8P/L3//370q+/+Y9ob/b/j/hv9v+P8V6/+7G/6/8avq+D/ldfq21POfJfu/h4Ua53+qiv43FYihWm99NFtN85ksUD3/OYvlkxxVPhT+heXQ6UaWw02vOQ6np8jZV4IsOUvy5CPZGyzO4YPlC283c1z0fFa+pCuWy3W66rlD+llydx2V87zOOPI+bKBfOd3KcnXuYr35no8sLaad1/1ThzhM5p/1ljNftrTyPq73i55hGTrDQy/VLXZHl1i381kgt+K1msW6yHJFZmiZfmr2+Ger7PFPFv6njhuuAnv8Kp8GhavBp0IbWdjjv+Zgjz9FZo8/yMIef57MHv8GC3v8g2U+FdrMwR7/szJ7/IqFPf6uOnv8/Szs8R+V2eM/4+BToQ109vhbWdjj53prvKrs8Z/X2eMf4vgve1cCV0X5tUEFxPTvoBKI2+TC4sawg7mggAzKpiKNispyEXEBhAuJu2aaXxqj2eKn6VSu5TKmJWYiZdYtccusayKloSm5Jqa58Z33ecksyyWX/P7h/cm5o/2kubzPc87zvOc9wz3+Hwt5afdsNPf4S3HNPm2UFPSJ35FHf1efOvPpfTpXTe/9/8L/6VkJman3YfTC3ff/+vkw/vfsmpmSnGZMTUtwD0rPNKQnJlTx/0P8+fdJYOf/wrISEpNHPOSfv68Pm//jGZM6LDshLeEBfwBVP/9b/Pwz/9YT3++y/vO62f+Vquq/R6X+a2bBz2NT/TdGftjzP+T4UYG3r0KqV1QU5f9+WAV/jNddjgK5fqu86Bsj/xtGgbCP+M6KvTv6mKu6Mf6L+D81ISX9QfO/t5+3x838X3X+56Hx/588QvXGE9OaxX0+/7+3OK/wS4d9UtUMgH9+BkA/B5PUL29nYf8Lb0kD0vXCuBUp+kDjuMJBM8L0wTGDCuNT2+gJ3oGFiWF19KQmAwMNrqd1Q3mNwiH1aktDDj4RmHL2lDR0c/XA1D27pWELjgQOX/uONGLcp4EjZ8+V0uJWBKaP0fWMjs8Hjuo/R89stawwq4NRN1rNKMx2itWzjwwvzLnkrz+9LaJw9DdOeu4S98IxW/2ksc/aFY57s6E0Pq194IQpl6WJkULgn58AtqKv1jaPyMsap4Rve1b4txPDf3lW+IbDwneDz8qJBtsepYkGDOt8ssE+qWqyQdVkg6rJBnyyAeNdROJebL4S/2LzlTgYm6/Ew9h8JS7G5usMvv4ZJ2PzNZWvf8bN2HwN4+ufcTQ2X135+mdczSLja0TibGy+nuXrn3E3Nl/38PXPOBybr2v5+mdcjs3X2Xz9M07H5ivxOjZfidux+dqfr3/G8dh87cDXP+N6lFlOfP0zzsfm6yW+/hn3Y/P1G77+WQ7A5ivlAWy+Ui7A5ivlA2y+Uk7A5usUvv5ZbvhVvPwb80PlHEZorrYRAe092vu6e3q3jfCufFfr3ur/9MHB6SNT0+5NBNxu/p+fh2fV/O9H1/+xs+AtyI1Y/f/+t93iL9XsufvSsq2BFcvO7rYIGmuynL53t+WliXL1jDPR1Q/WkK2iv4i22jJDtpHWR9toH5hshZejAy5/8F0Ht0MYv//bw1CtqltVVBSMZqAoiP/j5PzCfEs7AMEBQAi+YXI+rXkv6U5Hj1///6+sjzCCnN0HTBS6F0R2P+wXuyckkrEmIIzuDZHuD/UH3SMi3SfqD7pXRLpf1B10z4h036g76N6R5+j+kecewGdwLzMNb4n/9MHRCdkj7tkAuO3zf7xv2v/39azC/6OC/ziL6+f/Mtff9fm//rbS/Tz/5/JEXcll8/eam8VZyW3u82Lrsjp6m+GeWtvCd6V2Qz4W22uvSO7dl4rSpFzJo0mE5vmUqHtZDxO9/WMk74sfir5iM8l311DtxnOEHfLaXj9H2Onj2VLnyDNal9nXpMD2X2hdp12UujmcFoN6fSQFXdgjhkT00UO+O6mF2k2TQje8JMqX3tDDXnla7PHNVL3npBe18PeH6BHx2Vrk/8p6VNgcMfqZZKmXGKD1TgqV+lg00mKC3KSY4/5ibIvHpNjPnESl2klJWX5F7Hd4l9T/uRJxQEm8Hje0ULyL03F/51WNFFn4PZ2BvL4quFWeuf6hnIGk1fQon4FkqxORVihUFq1SRFqpUFtlvEpnKxZqi1Yt1BatXKgtWr1QW7SCudrKxTVbyVBbtJqhtmhFQ23RqkaklQ21RasbkVY4VNdfnMlkKx5q6w9nMtnqh9oiBEBtEQqgtggJUFuEBqgtQgSSJKECkZABlUXoQCSEcLU1DX/PkAK1RWiB2iLEQG0RaqC2CDlQW4QeqC1CENQWoQhqi5AEtUVogtoiREFtEaqgtghZYDNCFyIhjEWGMkRCGosMbYiEOKgvQh3UFyEP6ovQh8VNCLyjLZEHisKHsZNyq/yflJ6ZnJWYm5WdZniQ+d/L18vnpvrfs+r5n/+k/29b+RtSvfK9MH9SuGP9iLTABt4tC+1b/KI9Xr9Ydai+Q3U4V6A6fr9GbbhXU522zlYbfbBZaLxytdBkwSKh6UxVaDZusiCOyBSeiEsSmofHCC06hggt2/oKrRq7CM61HQUXqyDV5by36nqkleq273G19TYbtc36i2rbxcfVdnO/UdtP3a66Gz9QJcMq1WPgfsEzc73g1WmT4N37ZcGnyWuCr+dowffqRMG/0VzV/2CCEHA5R+2wOUh48oCidlw6WO20qYPaeVpXtcv8xmrgkBZq16kBQrfuVmqQoZEQ3OoHNSToqtDd6jM1tMW3Quipo0JY9Q+FsJ0mocf3bwo9V78lhBdtUSNemClErnxdjUpLE6JnPqP2eup/1N4jktU+fiPUmPBQta9DpBrb1k2NvSCpin13Qfm6ntrvvKvQ/71ydcC+WkKcZicMXH9CGDTxnDB47k4hfvA+IWF8mZrYZYOQNLBINTSbJyR3Wq0OqfmumtJEVVOOvaIOvZqppppy1WEHY9ThyweoIz4ZJYx8rpOatrSPkD60mZoxzUcY1aujkDnEQcjyaCoYQ34Rsu0shBx3ezXnzGFh9H8uqKN3fyzkntqvjtGXCmN3blLHzftIHb/6NXVC7mJ14gsT1cpHJ1v/2aPQ7vllU/OvX6TCfhzKuY+JnrNn2OT2X99zb9uyNv9649/+xo8eFm0kCR6IpWWlIYI3d7Oi4ZDTqoajSysbji6tbji6tMLh5NIqZ5GtdERa7XB0acXD0aVVD0eXVj4cXVr9cHQJAagxCAWoMQgJqDEIDagxCBGoMQgVqDEIGagtCB1wdAkhqC0IJXByCSmoLQgtiIQYOLqEGtQYhBzUGIQe1BiEINQYhCLUGIQk1BiEJtQYhCiwM6EKNQYhCzUGoYs7upsQGcrg6BLSUFsQ2hAJcagtCHWIhDyudHNwzRCIGoNQiBqDkIgag9CIGoMQiRqDUIkag5CJGoPQiRqDEIraglAKR5eQitqC0MoiQyxqC0ItIiEXtQWhF5EQjBqDUIwag5CMGoPQjBqDEI0ag1CNGoOQjRqD0I0agxCOGoNQjhqDkA7GJLSzyBCP2oJQj0jIR21B6EckBkCNQSyAGoOYADUGsQFqDGIEOLzECnB4iRng8BI7wOElhoDDSywBh5eYAg4vsQWcXWIMFhlrwNkl5oCzS+yBSAwCh5dYBA4vMQkcXmITOLzEKHB4iVXg8BKzwOEldoHDSwwDh5dYBg4vMQ0cXmIbOLzEOHB4iXWQSIl5AC5iH0RiIDi7xEKIxERweImN4PASI8HhJVaCw0vMBIeX2AkOLzEUajBiqd8c3v8mpmL1nWdnT/rq0ZmdwvFpL7m382gb4SHh7UM5inOr+m9oakZmetLw+9L/cXf9nz6+vpKF6BmcnHbPw4er6r+//fNPNQ6/L723t+v/8fa6qf9H8pCq6v9/0P+7sb8gr/J9c+b/b5/hpPE5Lc7CtfxQsWJ5a8HiVTfR8rnaQrXRj4nVR7mqNRJcNKtetVTrrraajXRCtZkVpNkKO1XbVVvEWmd09bHv1mi19+8Q6hTO1v6zcY1Qd8VqUZg3W7CboYr1crOE+qmZYoN+fQX7sBjx8QA/wcHNV3Rs3kdtaOsoOlXzUZ3aNBCcfuqmNzrcSmv8RUu9yUc2WtN3rPVmrx/XxJwA6YnJ27XmsY2kFsOOiS19rkqtenwuOtt/K7m0Xim6XLusu9V6QXQrOai3LssQ2xRs0dvunam1W/i63n5dmuY+4RldejFa80jRJM8sT80rdIrk3aeB5uNikHw9f9b8bLpL/o3ri/4/uEoBl8+LHT6tJT154Guxo+6sd9q0Ueys1tS7zJ8vBqaX6V2nbtC6RRXpQYZ5WrD7aj0keKwWcu6QFNruVTF071YprM4YMWzdEqnHyTix54IP9fCvRmsR497UI9/rr0XFPatHv9xR69UxRe+d01Tr0zhMj4m10GKutNFjfQ5rsUdkSWlaISrbWkv9rh0S+y+pLQ0o2SrGTT0lDSxYIg4y7JYGL5wuxkec0BOmv6klttupJ6U8qxnq6HpyaIqWfHKOnuISpqXsMOqpNm201FWx+rAf6mjDX86SRuxuLY7M6Sul6bXF9Fg/KSPvlDjKt6GUmb5bzLK/LBmj3hGNFQ56jv9OLafkF320o66NLjig516co41ZuFkfazZq4yYs0sfnx2oTBk3WJ77qr1Hmtqxxq5fVQ92MtbD4YhlL6XmTLDBwhSVt+lobX0kWTM5g7TR5kywd8b4Jnt3ch34/xZ7hTL+DYyz6scdL9QxmX/gYFstfd2dvAawbZYha+b45kyFdPrq6h8Xx073m8Zk5TtrvZ+Y4Q64AdOwXAx77ReDDNyUAolGGQIgNKgIiGmUIjNigIkCiUYZAyTeqTuCagZNvVO3ENQMpGmUIqGiUIbCiUYYAi0YZAi0aZQi4aJQh8KJRhgCM3TYCMRplCMiQVQRmyCoCNGQVgRqyioANOUXghpwigENOEcghpwjoiAR2RAI85BWBHvKKgA95ReCHvCICgLwiEoC8IiLgFu52XDNCgLwiUoC8ImKAvCJygLwigoCsIpJAJKKArCKyQCzh3dOMNCCviDggr4g8IK+IQCCviEQgr4hIkPyITCCviFAgr7K49cuIBfKKyAXyigiGy6ufuXVLRANZRWSDSITD5dV5XDPi4fLqa1wzAuLyaiOuGRFxeTUf14yQuLzagH+fEROXV/NwzQgK8opIijfMHOLWLZEVIhEWZBWRFiIRF+QVkRfkFREY5BWRGOQVERnkFZEZ5BURGuQVkRrkVUfe4MLIDfKqMW9wYSSHeIU3uDCyQyTCg6wi0kMk4oO8IvKDvFrCG1wYCUJeTeUNLowMIa8MvMGFkSLkFREj5BWRI+QVESTkFZEk5FUd3uDCyBLxJG9wYaSJuIM3uDDyRFzFG1wYiUJeEZFCXhGZQl4RoUJeEalCXsXyBhdGrpBXvrzBhZEs5JU9b3BhZItIhAtZRaSLSMQLWUXki0gEDHlFJAx5tZA3eDEyhryawBu8GClDXg3iDV6V5FyjmtWtXtY1bR7i61d2nuxy3zn6OknzN7XYnwew/+JfOgbhVvW/cXC3hEzj0OQRySNzH67+8/P19iP9d9+eQFpV//+9n3+P9KFpWff8PW6j//w8JL8/6j9v36r5z/+k/ruxTD1d+b4h038LdiXWfm3x0SsL8yfMXPT+V+O0954rft2/IvyNlxrGvTn1Svhi4+W4JYaS8KWDHIqXBReGL+/0S/GKlm+Ev9XkQPHbNaaGv311c/HK0iHhqw4uKl69Y0rRms2Ti/VVhqK1SxfGvTOre9G6aZPi1o90LXp3SGLcexG1ijZ0D47Lb3uiaKOzc9z7j9uGb6rbrXjT+R/DPzjdsnjzvh3hBQsjRhTssl6+5d01joX5Hv4f5p5e/tGr9f239tuz/OOnz/tvC1i3/JMEu/xPG7603BR4Lv+zau+4fi7uy//88FzXIosN+fxZtkdNe58LNn/Zo7q8b6iz+Su3I/LXck2z2fZTeb9LmXn/8RXyATsb5cAX20zFJUbl4IqRcklBrPLtjCj5u4X+yqFUD/nwBCfl+7D6cunAK8oR1/Py0VBH8w/17EzHnC+Zj509ZyqzLjaX7dln+vFogfnE2g2mk59o5lNbCuTTazYrZxZp8tm8RcpPE6fI59InK+WDDfL5qCTl5y7d5QvuIcpF10TTL3VdlEs1g02XLgaZLx9zNl0xtzJfNdU0Xcu3MVcsKzNZvHLcbDm9yFTt6e3m6hnH5RrxxxSr6O2ydeDnio20Sq4prlRshTy5lsULSq0zo+THvstQau+fZapT2Fv5z8Z0U90VaWZhXi+T3Yxoc71cL1P9VE9zg372JvuwBubH/S+YHFx/Njs2byA3pI/FyfJn2enseaXRIbPceM/XSpMP35ebrt2oNHt9gSxm7yp/YnKioXnfteUthmV82dLnxfJWPeJLne2zy11adyt1uTbH6FarZalbidHYusy6tE1BrLHt3haGdgv9je3XWRncJzgZpTk/GDxSfMs9Mz8zeIU6lnv3ftvg43yp3NdzlsHPurjcv9GKUv+jBeUBl58v7fCJVv7kgZGlHddsNnbaFFXaOW+Rsct8j9LA9MnGrlMjDd2ikoxBBskQ7B5iDAmuZwg593R5aLv2paF7+5WH1RFKw9Y9Wd7jxE+lPRcoxvCv6hoixnUwRr5XR46K81eiXzot9+ropPTO3iP3aXRFiem7To65XKLE+rwkx5ZeMitN15qUj4vN/a69aOq/uMA8oCTbFDdVMw8seMo0yDDFPHhhgCk+YpGSMD1WTmw3WUlK8ZcNdZKU5FAnOflkiJLifEVO2eGipFqXyKmrbJVhRwvl4S+3Mo/YVWwamWNjTltTYErve9yckaeZRvlsN2emTzFl2a8yG6MMJuO1z5Uc/8lyTslKZbRjkjy64AUl92KIPGZhhjLW7CKPm9BbGZ9vK08Y5K1MfOVH+Y76EWpU/93L2uoPf3B/XjYP5F/9/auiYudcVjsWL7bk76l2LDbjvanyfW18pTqy7JhlA/63rIKMpGIxkmrFSKogI59i18ExFjdXjnfDm0ytD+rkfYJFxp8sMg7lo3wnzMT5HOJSFhmf4pwOcSqLjFdZZNzKIuNXFhnHssh4Fm2rxLVwBYhvWWScyyLjXRYZ9yIS/7LIOJhFxsMsMi5mkfExzgcRJ+N8EPEyzgcRN+N8EPEzzgcRR+N8EPE0zgcRV+NcEPE1OsCIs9EBRryNDjDibowcJv5GJA7H6GHicYweJi5nkfE5InE6i4zXWWTcziLjd4woJo7HiGLieYwoJq7HiGLie4woJs7HiGLifYwoJu7HaGLif4wmphyASHkAx44oF/z++eJHTTi/RHkB55coN+DcEuUHjCimHIERxZQnMKKYcgVGE1O+QKScgdHElDcQKXfwEcVGhY8oHinzEcWxCh9RHCXzEcX+Ch9R7CHzEcVOCh9RXB/XLL9gRDHlGD6i2NHMRxTb4d9n+QaRcg6LLO8gUu7hI4sLcM1yEB9ZrOGa5SIWWT5ikeUkFlleYpHlJhZZfkInHuUodOJRnkInHuUqdOJRvkIHHuUsFlne4n3Wwbhm+QudeJTD0IlHeQznwCiXcXvLxsz7sMvQP83yGu/DLsI1y2+8D/s4+q1ZnuN92NtxzfIdt7dW4ZrlPW5v5eGa5T9ub42Sub2VoXB7a5aJ21u9FW5vpZu4vZVm5vZWLxO3t6LN3N7yMnF7y9PM7S17E7e3GuCa5UzYW5Q3ub3VAN+P5U/YWZRDESmPwtaiXApbi/IpbC3KqbC1KK9yW2sBrll+5bZWIpqyWJ7ltlbGl9zWerGc21rxpdzWyi7ntla3Um5rzTFyW6tlKbe1jEZua1mXclsr1shtrRYGbmv5G7mtZWXgtpYTrlmO5raWbznvGvjMwG0tx3LeNfA2rlne5rbWLFyz/M27Blbg+7E8zm2t53HN8vn/sXctYFVVWRjK1FDiWFGW6By1QjQEgQsEOGpCgIpcFRhQhI3yEEXYAvIoQyzKcKbxmApNOng0K60UDTHLIt8xn5lXUcNHtDUl07CN9jA1mL32wgZG85EoVBc//Tnox0VY61/7//fea6GtNVk+Q11HWytYPkN9R1ur31G0tWako601PBZtrfHpaGs5x6Kt5ZeOttbdsWhrZX6Htlbfo2hrRXyHtpZyFG0tb/kMawK0tcLT0dayiUVbyysdbS3rALS1POXPB9YKaGs9KJ9hzSBtLbFukOtssXaQKNYPaGvNl8+wjkBba7WMF1hPoK01Vz7DugJtranlaGvplWhr/a0cba1nKtHWeqwcba1F4WhrhQWgrTUjHG0tzwC0tcaHo631YADaWn7yGdYiaGvZy2dYk6Ctdad8hrUJ2loPy9eDNQraWu3kM6xVpK0VivkKaxZpaxkwX2HtgrbWikq0tWLlM6xj0NaaEYC2FuYrrGnQ1sJ8hbUN2lqYr7DGQVsL8xXWOmhrucln85qn+dc8VuLfuHq5Og83Nw39k/g/QxPT02+6/+Pscun8FzcP8/nflvR/Gr9B6kNv4fZzPdw+sRRLbDds94hHnK7xEt4vnwTWdr/6iW7kJpv5rfnzf9jU8YkxNz//3d0vyX83c/+31pL/kLbyphf4vy9Vf7zK8jahr02Qu+LPhj5gkMGDr50OfvmceCf3XnlL61o+t5khbmX+h0xImRyTdtPz/9L67+5qzv9WV//nfOdBRNmG8xU3Vv9/9ROZs7t15X9YYvL4uOT0W17/Dc79zPf/W2v9Py5r9MuyRr/cuEYP/e31/3hD/b/q5zYzxK3L/8zE+PTowVNTU2+QAq7W/9nZ/ZL7HwYXc//Plsz/xiNI77f4Zf5rQeeL81+bzGvNsLzivFYYm/n1/TZN5q6emrPd4tviUxqfssKiTcwD2uVHZN5RX//K8Vs0afWX/yZOWi3ofLlJq786yTTD8oYmmV6cLArfpl+bLCq36cS3DbfpTsmvA7598HYLvoXXP1vU/Pa75v+QuISp4xMTYpLoDVpAV1v/uXr8v/4zwEgoM/+3jvVfu4trtaXDhvqqrxxi3SMXGHs8WcZ6+jxt9B37D+a7r9zUwDb19St9mo6gk+ZNw9i563kxedhFvCB8EF4UEF4YEF4cEL4AQPgiJF7rF2LmsmvJ/wlTk+Ka4zWu1v/Nw/US/9fZxZz/rSX/oy+m5ILczAv23z/Jeh0ba3LYG8l6bx1g6lOWTR6teMLoWDSG9C3pZXTK6U+c51oZ+yVEMJfUb4yu/t7MbeSnRoN9V+bussro0baeeXb5xORZfZg9dn6lyWvbZuZ9UDP5FDPSf32q6a+zN5EBC0JMA1OWkkF5U4yPBz9PBseOMvo6TSB+vgaj35lXmL/jCJN/xTQWaO1qCiyJYkNqbE1DFz5Fhu1zMQZNG0uGr73XGBw5gBjn/2Ac4dOdjJxaaRxldzsJCX3fGHL+GAkzLDSGHbNk4d3WmcK3fMki6l4xjV66lY2pmmaKzHuDjS2LMkXF5rPoooEmEvQ6iZk51jjO8QUyPmGAMdZ6Ionz726MqxlGEuxvNybs6EsS2x4zJq5QyMTqj42TCh5lSTu/NE3OuIslF281pYRyRme/YZpi2M1SU/JNabZrWHrwJFN63S6S4fmCMaOqhGR1nmjMKptPss8OMz5ZlEmequxrnJYTQZ5epxhzorzJ9MLTxpvYhQrp8qO8poM9pCXne82CProxb0OgwAchWAAhYAAhaAAhcAAheAAhgAAhiAAhkAAhmCSBiIAChKAChMAChOAChAADhCADhEADhGADhICTKIIOEAIPEIIPEAIQEIIQEAIREIIREAISEIISEAITEIITEAJU1h8RpIAQqBJFsAJCwEoUQQsIgStRBC8gBDAgBDEgBDIgBDMgBDQgBDUgBDYgBDcgBDggBLlMahHoEkWwA0LASxRBDwiBL1EEPyAkACAkASAkAiAkAyAkBCAkhfxhi8QAhOQAhAQBhCQBhEQBhGQBhISRKJIGEBJHokgeQEggiSKJACGRACGZACGhACGpACGxACG5ACHBACHJACHRACHZACHhJIqkA4TEkyiSDxASUKJIQkBIREBIRkBISEBISkBITEBITsAWT1Dpig36Lcdyrlz/k2PjUqMfj8m+8fp/vfPfXOT8t5TUlOT0FHP9b5n1X3NN37ta/w/3S+e/ubqa/f+WXP817v+xoOH9zq+tPU6XZwfT4trHctfGx9J3uygW66xO8+0nXsyVXuC/V/LPukRYVM5Zww8KJXdwQxo/VFWif778ba2qbL7+Rf4/tSM5Q7UvA0dqR6MctWMOblq1/xDlq7tHKGCAHT/tqpxod5dyYretIr3C1T8q6BXuV264Z8hpN73Lkfs1u9336V03/qR1W31W/8vig5qa0UftPuNDrUeYtdpz4gHlIcO36sNDPlAesd2l2vcuUuzranQHq1zFoWqn3vvEOKVP2Wr90YoczbFort63hGhOOVN157mPa/0SXlJd0h7SXP3TVbdRbTWDfZjq7nJc82jnqXra3aF4fvWg+tj5rxSvbRdU74P/UXxWddb7r39L+evsc/qABS8qA1MO6YPylmuPB5fpg2P/rvk66bqf72TtCZtndP+HgjX/s4vUwDb9tMDKGeqQo/doQxeW6MP2TdSCps3Xh68dpgVHZurGgr7aCJ8IfWSGoo2y89ZDQk9rIRe66mGGPVrYMS81vFutEr7VTo2oq1BGL61Tx1SVKpF5TB1bVqhExW5So4uyFRJUpcfMnK+Nc9ygj0/I1GKtl+hx/hFaXE2enmDvrSXsiNcT23XVElcE6BOr67VJBXFqkslOmZzhryYX1ykpYQ4qnc2UKe4d1NSUTUqabY2aHrxUSa+/U8/w3KBlVJ3Uszov0bLKdujZZ/O0J4uK9acq47VpOXP0p9cFaDlRafr0l3trMFq4zW13tL2tTav7VV//kmza+m8NNqhm51q0v/h+49vp4s978W+luTqq4W667//up6OzavkLXk8qyitAIh3lVR+RkvLqjkhLeRVHpKa8iiPSU17FESkqvWuRpk28a5Gu0psWKSu9aZG28qqKSF2JIn3xykqJjldW3tbwysp8Ha+s/FPDKypDNbyiMlIipLa8oiLSG6+oDFHwisoIpbHXDekur6aIlJco0r6J9y3Sv6n3jQ0KW7wjiaASQKATQKAUQKAVQKAWQKAX6V4JipHulaAZ6V4JqpHulaAbQKAcQKAdQKAeqZ4E/Uisw2bKQEMSq7A5NdARqqjVOqqoHGz0WITNlIGeUEVhM2WgKVRR2EwZ6ApVVLp8BtpCFRWmooo6Lp+BwqR6EjQm8Stspgx0hioKmykDrUkVJagNVdRbCqqoczqqqBcVVFGHdFRRyzVUUWU6qqi/a6iidB1V1GT5DBQo1ZOgQYmCCqV6EnQoUVCiVFGCFlFFleiooiZio0dBkaiihmGjR0GVUkUJukQVFSGfgTZRRXnrqKJOY8NHQaGoovZgo0dBpaiiarHRo6BUVFEV2OhRUCuqqFJs9CgoFlVUITZ6FFSLKiobGz0KykUVNR8bPQrqRRWViY0eBQWjiorQUEXl6aiivLHRo6BkqZ4ELaOKCtBRRdVjo0dB0VJFCZpGFeWvooqqw0aPYdhBCGhbqih37CAE9I0qqkZFFbUUGz7WYwchoHNUUSd1VFFLsNGjoHZUUXnY6LEI8xVoHlUU5ivQPaqoNPn8J6V9K/EPPI0tdaXiSuv/5lJfV1n/u7u7XXr+13z+p0XX/3c0/Ia3rxvel/M/i9bNpYveP0n0mX3LF7+yeuCSeW35q6HLBy59fix/rVcWeT1+AH+j43C27InufNk3zuxNu//QN/cGkbcuvEXfLnUiKw69SFfO70SKP0ihq3Ic2eqFI+g7CUNIyTRXusb/UVIaaUvX2t9F3vX+ka5ry8l7D9/D36veTda3+Z6v33mKfXD0M/5hsYmVbXmPfzT7HbZh6QK+MWUe25T3NN8cnMG2xEbzrU7hbFvQNPqxjRcrd4yi21/gFPs8nGcVU4/yPQM/Z3tDt/F96kfsM8MyXmmxmO23ncUPuL5EDtS9QQ/dk04OVeXTz5c/Q6rKJtEv8mMJKwqihxOfIEdynOiXgb3I0ahO9JiDFan2d+Rf3f0IO25vw7++7zQ70baWn/hhDztZXcG/2beW1Wwr5ac+qiDfFu+mfFEpqZ29hp6eXkjOpBTQ76KzyffBWfSHAWPIj06j6dlemewnGx96rn0EO3c2nJ8/7s0uVHrxn8u7srp1drz+jXpmUVjHLWceZrdlMn47rSNtyM/0DiMjbQd+Qds5byLt1Y30TmUpsbJ4lVrx50kH9hztuH8Js96QQO96L4/ZLH+WK/+KZ53y4/jd2QHsnkR/fm9Eb2Yb6MDve6wju9+hA+/cw4E80L6GP3hbB/LgaSva5XANsdv1De26cSfptvpT+pfFq4maYcG7z5hLeoQe4T0nFrOHDFv4w0PmsEdsX+f2vdOYfd1m6mAVyhyqXqO9T3iwPmUz6aMVIcSxKJH2LXEnTjlDqfPczqRfQgJ3ST1HXP0DudvIQ8Rg34e7u5QRj3bW3LPLAeZZ/S2Xs6O27eLeB4uYT/Ep2n99LvvrbBMdsGAcG5jyDh2UN508HjyPDo6NIb5OGdTPdzDxO7OM+ztGM/+KWTzQehALLEniQ2p6sqEL8+mwfQNJ0LRJdPjaHiQ4MogaC9qQET5OdOTUajLKrhMNCS0nIefP0DDDmyTsmA0P77aNhW+p5RF1y9jopRV8TNUsFplXyseWJbGo2EIeXTSckaA1NGbmJDLOsYCOTwgisdZZNM7ficTVjKYJ9p1Iwg4fmtj2DElc0Y1OrN5LJhV48aSdtWxyhh1PLq5gKaF1nM4uZVMMjKemFLI02008PTibpdd9QTM8C0hG1Uaa1TmLZJW9SrPPjiZPFj1Hn6r0IdNyEujT67qRnKhAOv1lC3J9tuJlzov8Xn7V15fOw+PDlo2G6VniMD1lWKNBWX6i8PoZGx1msbwe0gPlkXoq6xs8DTSXYrOGk3J4GJCgbNYgiFA2axBkKJs1CEKU+9eCFKVSE8QomzUIcpR32wVBymYNgiQlCqKUzRoEWUoUhCmbNQjSlM0aBHHKZg2CPGWzBkGgUvEJEpXNGgSRymYNgkxlswZBqLJZgyBV2axBEKts1iDIVSpEQbBSIQqSlQpREK1s1iDIVqIgXNmkQZCuREG8slmDIF/ZrEEQsGzSIEhYNmkQRCybNAgylk0aBCHLJg2ClGWTBkHMskmDIGfZpEEQtGzSIEhaNmkQRC2bNAiylkpVEHbTZgzn5d8DectTVoLA8ZTVNo6nrD5ieMpqGcdTVosZnrKaJZ+B2CUKcpeKVhA8Ktt8isr2GYLKdhJFZRtLsBlDEMVmDE8QVLpOFJVuL4JKtxNFpWtFUOk6clS6jzBUujbyGQoDNmOolc9QIFDpVnA85bWWodIt5diMoYLgKa/dFJsxlBJsxrCGYjOGQoLNGAooNmPIJtiMIYtiM4YxBJsxjKbYjCGTYTMGH4rNGCIYNmMI59iMwZthMwYvjs0YujJsxmDHsRkD7qNB8ZEJNBP30aAIAUIhkqfQRDGSiWTEfTQoSvJQhzPuo0FxAoQCBQhFSiLHfTQoVqjslzBU9gkUlX0eQ2X/LEdlH89Q2cdxVPYBDJW9P0dl35uhsnfgqOw7MlT2HTgqewf5elDkUNl3IKjsreTrQcGTyl4UPVT2Owkq+08pKvvVBJW9BUdlP1c+QzFEZV/MUNlv4ajs5zBU9q9zVPZpDJX9ZorKPpShsn+NorL3YKjsZ1JU9iEElX0iRWXvTlDZD6Wo7DsTVPYJHPdHzxFU9oEc90cPEVT2fTgq+zKCyt6a4/7oAdwnFcUWlX3DsEJRdFHZFzHcHz1FUdnnMlT2JorKfhxDZf8ORWU/naCyn0dR2ccQVPYZFJX9YNwnFUUa90ejcZ9UFGvcHx2E+6SiaOP+aE+Gyj6forIfSFDZT6Ko7HsQVPZBFJV9G4LK3oni/mg1QWXfiaKyL8d9UlHkUdm/ifukotijst+G+6Si6KOyX8ZQ2VdwVPazGCr7Uo7KPomhsi/kqOyHM1T2aygq+0kElX0BRWUfRFDZZ1FU9k64TyoWC6jsO+E+qVg04P7oGdwnFYsHVPZ7CSp7L477o7UMlb0dR2VfwXB/FPMVFha4P4r5CgsMVPabOCr7bNwnrcN8hQUHKnvMV1h4oLLHfIUFCCp7zFdYiKCyx3yFBQkq+0CKyt68MLmmhYmV+LDB71Z6AVfW/+kpSTd//+9y9/9cDeb7/63l/Ffj+3/3wrW9pGa4/3f5T2S+3dOK9v/DYpLHp0xthgEsV8l/g6HfJfnvYZ7/0Wr8v7Km/t+H+qL1tlrjOSAVGTbqnkHtlb2hteo+9YTymaFCrbT4RNlvW6ruZyuVA3W79IMbNOX/zwKwokz9cCLVjuRE6HgmwFvHMwHhKp4J8FLxTICdimcC6lQ8E8BU2Az8tviCzqesV2pnV+mnp2/UzqRs0L+LflX7PniJ/sOA57QfnfL0s72WKD/ZxOvn2ucp584+q54/Hq9cqIxTfy4PuOb5Je3Vk3J+iZXFDr1Z5pf8Ts8i+J2pUP0dZyn+FaVqoHWSElhSqA6pGa780c8iXP5i1e9nPfqPebhvZdlo3+rijpVsmu/btHH+dRllZY2Nsqj+GQ1G2Yc6Xpuz1a40zASYQxo6gj3Q0KlV0dA5oaChU6GiofMJXpcTjILX5lYqaOjs0vGogqZcy1EFYBw0dGjD0YUIvenRBW+96dGFcLXp0QUvtenRBTu16dGFOrXp0QWmXjy6gIbOBR2v7a1X0NCp0tHQ2aihobNBR0PnVQ0NnSU6GjrPaWjo5OGca8FqaOjE62jo5Clo6DyroqETr6ChE6eioRNwU4bHADOioYPDY4Ah0dBpJcNjzEc1bulRDagQaOjMwpmcolKgoZOEMzlFxUBDZ7hiPqrx+z6q8eetii17YuPW6b/E1ITE5GZ4jd9w/t/VzdU8/6WFf/5/m5CYHjchJTUtrhl+/lfQ/679+l3a/8fs/7Wo/m88x2Bsw/sPo/7fvmrR+p66buq4avGS3bnb83utQh/ATf3RKUODlenZrXmaWQM3hwaO5LJYyelszT8EU5S8GbE4YQ2K4AwKRVC831H+2fgw4wPy/a7ywGN3KI4RDbPVIkRxjDDCs+//TjoGXXbU2vVEmhyE+fyshaglt69CLdlTah2IPHnoQkQfasteq5pqSzcVtVKG1lgrQVSaNYVZU7QeTfFHym4r8WEP887NH2r9l5icnEjjEm72/q/Bzf2S/R+Duf9Hi67/2jX8hrf3G96X+z8LLM+zBZvfNxatW5y76P2f6CbdO3dzcB7f/kId3gGNuZNXvDDBYs8owveG7rXYp+7gnxnetai0KOb7bf9lsZ/Nwbuh5ZH8UFVh7ufLNVpVlp37RX4qZUVjcg8nhtAjOf1zvwx0/y971wJd07V216FEIhE01YhIdlVFEmEHeSAi5CVREo+k8Wi68+CIVzaJSDxiKZp23Lpc+hO/XrbXxW3VRluMIvG6vbetV7VUVWzpLaXF6eOqZ9y1vimt1v9XVVsdHckZss46hn3Otvec35xrrrOW/u90X/6Jv6d+Kj6CnW7c0fGpnw/79MsmjrPi05w9eMnx2alK9vnh3Y5z/9jNzv9lq+Or3BX86+BMx2X3RH6lXgG7csnOrn6axq59kMCu/7Mzq9ocyG6s9mas1I3ZSqpYrQkXWO2xXvyBjPq8TvI1XjfqHHdSK3g9ZT93bljOXdh67uJYxutb87jr0TLmVj6eN9iylLmvmcsaLpzOGj2XzxoXDRWKIlWoiXihJMKFivAXCsJLqIdY3rTeNaEa/LjXl568WaUz9z54hTff8Rn3Wf8R9126lysF7kIVrOMtUr4QauAdoQQOCRXwilAAr4nqP0dU/oPc32WcqPgbecDZAaLS/w9vc0jnQYsn8LYb+/F2xQO5Oq8jD7YXiGrehHeIT2Md+13iIX6dRfX+kIc5ebPwZt+w8FNVolofFZXaElX6DRax7hrv+sZfRWWu4N0WTRUVuZx3n7GI90haxqOzp/CYdjN4bExfPfarTaLqjnbEH1ooqm2SI2HjJFFlgx29XlzAHz/cR+89uYj3eV3Vk4YM5snzG+t9I7ryfuO/1vt7+/IBKYf1AddsPDVks576iY+olu850vbIKvm6Y9CKSlEdSx1DZuwWVXGiIz37b1QNtd47eUZJkZ4ZtIJn2Qfr2W7P8KHxXfWh54Zzu5+vbt+byHOcbHrO2jZ8xKmP9ZHzE9io/TccowsC2Zh1Jx25qW5Mn73LMTbkAhuXu9KR99BBlp9U4sivOscLwlfoBRX7eaHnM3rh9vW86NJwfeLieXzSB4n65OLxfMrmNnpx+hN8amkD/eYQ0U8Y3apT95d93Puo1orPv7/qFT13pd8N/7/VsKJFmY+uHuGyVX896W6YQerr7H+bL9DiLzZM1pUsAf2+lGPS9GXS55IxMCl4Br6WKpjj+/rd2YGd14YzLKmoOZANvc+QDe3F11YFqyAbWudANrQQSysKhvne11gF0yAbWsCRDc3RkQ0VcWRD43RkQ4M5sqEBOrKhrhzZUKiObMiXIxvy1JENRTBkQx0dyIZ8sJSjYChkQ4xh57VLDmRDlQyTfXc7kA3tZsiGtjqQ/ayg40sGQ7aTyJHtFDBkO3aGbCeNIdtJYMh2OjNkO4EM2Y43ro5gObqUguko25lwgSHb8eLIdupTK5mPsh3Bfsh2Kjiynf0c2U45R7azHq1gRGQ78ziynTKGbGc8R7azlCHbmcuQ7UxnyHawiKxkTPiwVAYfFs/gw8IZfJg/gw/zYvBhsXRcyabwYX4cPsyTw4c5UyvZFT7sMw4f9hGHD9vL4cPcGXzYOupL1oUPe4fBhx1i8GGvMPiw1xh82By0go3hwzAhRrIyfBiQI9kZPkzn8GETOHxYPw4fNpDDh3Xk8GEFDD6sCYcPo42riMHhwzoz+LAPOXwYrqtkdGpP4bpKZocPsxh82BvUSpaHD/srgw/DdZWMDx+G6yqZHz4M11VWAPiwGRw+rC8m7YpqAB82GpN2RVWAD0vCpF1RHeDDgh3wYQs4fFgfHT6siMOHqTp82GAOH9ZYhw/rSn1ZQeDDfDl82GFM2hXVBD5sMybtiqoCH/YeJu3uwW0vKwx8WCWDDyt1wIftxiCDqDjwYX9j1T4M2c5OjmynSEe2s4Ij2xmsI9t5hiPb6YpJu6IqIdvxxaRdUZ2Q7dgwaVdUKWQ7H+vIdhLo/WTFQrYTyJDtnHQg2wFeZQWjbCcEeJWVDNnOQYZspwSTdquAV1nZkO0Ar7LCIdsBXmWlQ7YDvMqKh2wHeJWVD9nOExzZTk0FRAWkVSKj/9ibnf2I/xuYMXJ8fkb+vb/Hndb/6agG3z7/t8b//V783+ybz30kPdw63l+1OUW9sTpcYaVhqu1ZL6VWYVO19thQ44GMELNOX0+jbveHTSf1iuE0q6/p3PAjw3ntXtXFsd2ob20zXY8eU9zKl5gNtmxT3NdsVRsuXKI0em6x2rhomvJgDlc9BmYpDyVkqk06xSoP+8eoni0yjKbOrVSvWtGGV6BHQ68ve5jNKh8zvN9taTbf6WT4bKhr+i49YygFndRHpr1ttEhtpj464lOlZch19bHEt5RWD51Q/QJeVvyqrpr+Ln9W/CuOmwFndSVwe5nZ5tDzRtDipWbbjWOMdsXTTXVeshFsN9T2ee2NDvFPqx37exghftlqaPuLRphTnBru/aASfrq12unqf5TOb7qoXY4dUSLMVmbXN7YokXPqmd0WLVKics+a3WdsMnokvWNGZy80Ytq9YsbGTDJivzqpxgeVKvGHdqkJbhOVhI0r1cRzQ5ReL+4wHz9caPSevNzs8/ogI2nITDN5foTRN8Ju9ivwMfp7J5gDUpkx4FqgmRpSaaR+0lNN87mhpO0JUAdWnVQGrXRVB1fsUobMOK8+uX2lkp59QH1qcYmi9f7czChZbmQG7TOz7DONbDfTHBpvN4aem2va/RIM+958M8cp0MhZm2qOOO1mjJyfp446EKCMLkhRx5iuSm5qmKrPPq+MDW2qjss9oOQ9dFXNT9qg5N942CwI32cUVFw2Cz1No3D7MbPo0lxj4uJt5qQP8o3JxUvMKZtTjeL0aebU0nBDFBPbAz/6qFvnN3wwtm+aLBPTdCzmYPvB2Kj47UF/25TGQ783FjqAde9FvzAQavtuFPQnrOAz5+ZzH6nUu+28fpCijpKwsh+LMghoJO0xFC8Bh2lbGIqXwIO0DzUg7UNMTNvCULwEIqQ9huIlICHtMRQvgQlpj6F4CVBI+2MKpP0SE9J+mwJpv1WFtMdKLBK4kPbTFEh7rkLaZymQ9pkqpH2sAmkfo0LaZxiIWFqpkPbR1JcAh8TvYULiP2YgamlJfQl4kvgC9JD4ZwxI/E4qJP7bBqKWZiok/qcKJP51FRL/LQUS/4QKif8yIhdBDpD4f1Yg8Y+bkPi6AolfZkLiP29A4i81IfHHGJD4001I/GQDEt9QIfHbG5D4T6uIWjwMSPxsFRL/ogGJH6ciankQkYsgGUj8/1Bfkg0k/hEFUUsrExJ/C/Ul+UDiL1Ig8c+akPibDEj8d0xI/IUGJP4rJiT+JEQugpwg8UsRuQiSgsSfiMhFkBUk/hAFEn+HCYlfaEDiLzch8QcZkPgzTUj8CAMS324iavExIPETqC+JDRI/0ITEr0TkIkgOEv8GIhdBdpD4J6kvSQ8Sf5cCiX9ehcRfqUDiH1Ah8UsUSPzPTUj85QYk/j4TEn+mAYlvmpD4dkzjEiQJiZ+AaVyCLCHxAzGNS5AmSXxBnJD4eSqmbwUokPgp1JdECokP3EpCxfQt4FYSKyT+VRUSfwOmcd0AbiXRQuJfNiHxTUzjEqQLiT/XgMQHbiUBQ+IDt5KIIfGnmZD4RMgyd/qxh1Pd3/BRzchTbL8QL38bUNHWxfLVTvLva3Yu/sn6f+ioUbkTRo7JGXaPE4B+xvyvMLn/T/vY7NFyBaIxv+5/QM38rx9c/zHifyQrX94Cv8x70PUPCbmL698hpL3KlJAa/3efr390Rt7Qol/k+v/Y939DQ0Nuy3+Da/b/up/+/4Gbf0jV33zuWuXzDk/8sK7Sa/Zbjj5rXlSSovfOSXPpwgetcG84eItH1JBZzfmT82PV9Kw97KlCI0J7fFNyRtrTEZltFiZnhWdHZNdbz6YKF0NDi7eO2n07lUTn8p3+15QWST4PEndDoBrOAoODqyu57W4+MZkn8alJtIpPTqJVfHoSqeIMSKSKsyBxKc4E48buZD7kGZGoFGdFolKcGYnKLAw0yzMkUSnOkkSlOFMSleJsSVSKMyZRKc6aRNc9n7lLhHglMijc5TfDf0xGQU7er45/gfbb8R9cg//fCf7rVaPp9ItR7GL8iYZV8S8JNHmovRZcieqz5u9qUvQ35XR3M3l3165dfZBMXf67uGR5BPkc93SY+BNyN2iudyua5Wegb8SJz0HoFp8F6Pag20V+JqD77yrQ/U35t+j7GZ9PYi4sMugPO7XtDvgfLwV4TMq4gpxRP38vqDvu/6a2v+37HyE163/eT/z/EIu0dMd7Wwt4RUdNOx1Ri9/E07f163njJn6C1bs6Js3wEMelGRni2IRxcfxbMPt/vofAZbAaGRSs1sw5/RXx3zsja+z4jHE59zYAcKf8r8Nt6/+E1Kz/c//x73RLZCGfN5CgXPR+IX9xaztmlLyqHXEdzq7unMWubShm198cyKoKTH5jVRfGUudyW0lzVqvbOlZb78QfcPNmdZKb8ToXw7lTu+vc6bAXd3Y/wZ1fu8ZdLuzg9Zc0Za4fVDC34qusweZy5p5+nDUsXcYaRZaxxoUz2IM+S5lH2jDmUTWdNQnvyR6uncQ8H8nmnh8HMy9bHPdalcWbnWzNvUtiefMdLtzH7sd9F2xgysBi/gjfx1v0WMQezfmMtWwxhT2WsJe1qvUU8/Nfx/y+fp21PneS+79XygL27uKBr05kbdau5EEvDGFtZ5XwdvmRTB2dw4OfHMTbpz7DOnSN4B1Dh7OQ5j48tEkiC73OeNjFNiz8o0readUZ3nnrbt6lLIBHrDzJui5x5ZEzd7Fuxed51NCVrHv6Ad4jtoRFR27gMW2X81ifF3hcnV4s3mk9i/9mGet5eh5LODKDJb45nvVe0JP1KenEkiYEsGQ9hffV4ni/5DDeP6o1H6A25SmKC091v8pTb3zOn7hwnKed2McH7i/jg8pMPnjzR2zI6r3sydLtLP3ZddKlMG34X6Q7YZk986QrYdmtU9hQzzg2rNFYbrdlcvsX/fnwkzE852AIH7GjFR+5/mE+amk9PnrOZT6Gn+W5+jGuj3BiYwdeYuMSzrC8Th+yfP+32fimW1mB81pWcHkxm3BmNis8ylnRv8ayiVsy2aQNs/jkZcV8ytxcXvy0xqeO68vlkLOtTu3fzePWuiK9l825+jl+vntFVp3ucsm27nLtNkaTRGx3Ax1Z1ibXaULSVUJIthJGWEX2VSp7Ek40wU9Aiib4CVjRBL83sT8HwYtW4+yCowuY0WcRUKMUUMCNUkABOaqxbpgwJqFHrYAffTgBQWoPYyKghCK1r2HCmIQkpYAClpQCCmhSCijgSSngZlLUBFNKAQVUKQWMxERACVlKAX0wEVBCl9oqTASUEKYUUMCYUkABZWo/JqtLkKZWwJrSPwFtSv9KMBFQQpzSPzsmAkqoU/on4E7pn4A8pX89FtHrEvqU/gn4U/onKIDSv1pPUSupgFpBB/JHUgKlf4IWKP0T1EDpn6AHSv8ERVD6J2iC0j9BFZT+Cbqgcicog9I/QRuU/gnqoPRP0Aelf4JCKP1rTjMqmKQSagWdUAooKIXSP0ErlP4JaqH0T9ALpX+CYij9EzRD6Z+gGkr/BN1Q+icoh9I/QTuU/gnqofRP0A+lf4KCKP0TNESpn6Ai2Uo6otTPCQMWkpbkj6QmSv+O4LpKiqK0bwGuo6QqslqCrijtE5RFaZ+G6yipi9K+KFxHSWGylTRGt7GgMmoFnclWUhoNyJzAdZTURgMzgt5oYEZQHA3MrMZ1lFRHAzPPrqsemKFW0t7NgRnYvZ4YypAUSAMzggYp5RNUKH8kHVLKJyiRWkGLspXUSGmfoEdK+wRFUtonaJLSPkGVlPYJuqS0T1AmpX2CNmloZwToQNInpX0JZ6iVNEopn6BSUiKCTinlc8ae7pJW5Y+kVkr7jtLhiGIp7RM0S2mfoFpK+5bh/peUS2mfoF2S0X886nWRrwjx353WygxWZZLXpndH2bTrUOMIfkH9PyHv3uO3O/v/sNvW/xMv1ej/34f/r33zj2ul0p4nftgiCiPZtb49hFY9jIYBtFAaQLubA9PXLcTBMZDXIuq74fI7vIkcnQuJDAqpgfyvhP+s3uPHZef+uvjvEBYcfNv6HzX7/9x3/FcXY37zeYNP1pxhzp7XLeeXV1ouF1Zq9Rdfs1w/2GG5FVdYDTYvt9zTy62GpTOtRpHLrMaFdutBnxmWR1qC5VE1zGoSHmg1OT1d83ykp+b55lDNyxagea2K15qddNW8S/y15uXnNR97fc3XOKApcee0R/gGrYXqbD2as89q6f6Z9Vhbm9aqVg/Lz+1jza+ypdX63B7Nf2ddK2DvKi3wpUe1Nmuf04L+VEdrO2uk1m7EaU0d3VsLTvyX1j41x+oQ8JLWMbSXFeIySwttEmSFfrXGCrvoboUf+pPV6f0vrM4bR1tdyhpoEfOSrK6LHVpkXrDVrfhdLWpIH617+qtajwhVi46cr8V4N9ZifQq12Ktfa3FVg7T4b2ZaPSsitIQjditxu4/Wa1OC9fhipvVeEGj1mVKpJU1ws5KHVVl9tQCtX5xl9Y9y1Qa02mml+J7XUuuusFJvHNCeOPWMlXZigzbwH8OtQWUvaIPXzdSGrDatJ2fbtfRn51pP5SZo2vB8KyMpUMvsmWpltXPTsluHW0MbXNCGNUrRhl2qb9m/CNOGHzln5Rxsqo3YtN8aaV7VRi1Yb42ec1wbM2GelauXabpmamMHHrPGRc3V8jpts/KVfG180yVWAUvVCi5PsyZY4Vrh0SyrqNxLm7gl1pq0JtSavCxTm/Kcp1X8dIw2dfgVq/Z9XrSr+sZ8/YBN3I+ry+VaIfK3rAh9Bgl12GeQnPpls93VXU3f6VsDSS7vbmrFHQ4rvFIjKyzudFjhHRascIUFK7zcghUut2CFZ1qwwtjAQqIAVhgbWEg0wApjAwuJCmoFMmCFe6IVCIEVDkArkAIr7KrBCmMDC4kaWGFsYCHRQ1Y4DhtYSBSRFRZIghXeR61EFFlhgSpY4R7Ul+iiViAMVngP9SXSYIVXUV8iDlb4OWol8mCFsdGBRCCsMDY6kEiEFc6h40hEwgr3or5EJqxwEPUlQmGF3amVSCUr/D42OpCIhRVuQP9OIpessEAvWWGBYFjhd6kvkQwr/Cq1EtGwwtjoQCIbVhgbHUiEkyWuwkYHEulkhSuw0YFEPImV7djoQCJfthL9sMa4rpIFYI3dqC/ZANYY11WyAqwxrqtkB7LGvriukiVgjXFdJVvAGuO6StaANX6B+pI9YI1Nel2yCKzxXOpLNoE1zqe+ZBVY41TqS3aBNQ6nvmQZWOMUtIJtYI3DqC9ZB9a4KfUl+5A1FgxE1liwEKzxcepLNoI1LqO+ZCVY42P0umQnWONt1JcsBWu8hPqSrWCNp1FfshascRb1JXvBGsf+l71zgauqzvb4QUEJ0HaW8RLFBwLy2ucJKI/NS3ygbh8hlehGQVERDLE0NU++xhqzk9ot08rU8TZmzrG05ibedl4/Tg/Htres1Kz9KavJSrtqlg/Gux7nIAy+KASazznnA+t0ZDifYX3X+q21/vu///TfmMW4NR5P72M249Y4m/7795XV/PBVnNGE78YOSY63NkHTe+36Ty4qm3bT7/9ushkbnP9us3n2f7Vk/Vd3y8pI12vh7NMvG85+/bzzl9uz1F/+9oF47swD0vkPbM4L/2NVL1aPFGu2jJD+udYqXlpmkdpvGOT07VWxLlCsdga1K1SDDuQ7g79OV0O2JTlD3x8jdXkixBn2lzSp6/SLzm6Ph0vh89uK3SvaSD2SL4g9hx6TegUfFSOSDGrEuTfF3qd+USMPvSBG/bxHjd69y9nn401qzPrnnbGvL1XjFjzsjH9qipowfoJTtP9BMmbmOE3KZMmc+rFokQZLVv9s0dbhr1Jiu4POJMOtUtJ7vmLytzFq383HxX7vdFBTHt0npr54Uk2bslVMX3pAlUa+68wofVXNNG9xZg14Us2+fbkzx/iKlHN6ujP3tlVS7sk24oD/u18aWF0hDjpQIA3+q8GZt62vNGRve3GovEAdtnarU848pA6f63COiDkrjRxT6Rzl/4k0OvFrcfRfvlcLspY4sbW9HP/eOJn77VuavF2FDR+ocenSQQ2vnf9Sx2vnD2q40M7vuP+VG+k40QJfZvhyQeBebffyahQadEkO4EEWEKEbrgEmZAEVuqEB4EI3MgBkaJ0DsKF1DkCH1jkAH1rnQITwARjROgWgRB8MONG6ASBFRRJgRfYA78JAvKhYAsSoWALMqFgC1KhYAtyoWALkqFgC7KhYAvSoWAL8qFhK5l0YiCEVS4AiFUuAI1lAkoomwJKKJUCTiiXAk4sl3oWBmFKxtJ53YSCuVCwt4F0YiC0VS4AupUnAl4olQJiKJcCY1w0+5l1DgDMVS/68ewqxpiIJ0KYiCfAmC4hTsQSYU7EEqFOxBLhTsQTIU7EE2FOxBOhTsQT4U7EEIUDFEoQBFUsQClQsQThQsQQhQUUShAVZCA0qkiA8yEKIULEEYULFEoQKFUsQLlQsQchQsQRhQ8UShA4VSxA+VCyt5V1JGEZULEEoUbEE4UTQQUhR6oKwoqIIQosshBcVRxBi7gnS7yDM/FLgX9Jaamp9bf0fUVFVWlJZdHP1XzRZGlz/IVo889/WMv9t4/ry7dAmjseyXu4YAL69mW9zo34T9dDw22oHvVf8jS0bGZ75b1HCyIqZVaXj5Iqykt8a/43a/2USE80Q/6b4eOhAJkyeOHlCQsbMCVPLisqLPfHfrP6fXfHAbz8A8Pr5v+H+H4tn/0+ry//fbCuol62hxBXdV803Lv/TVb7bChrk//q/EVf3zGlxHgFosfgfVVlRVnaz499kajj/sZo985+WjP+6+2+yXa8DMjvkGjL7+ziyikOF7IhvHDlZNUJ/n3ccuT0/F3JPfC0MbPuWMHD/28KgLzcIg7duFvL2vekYsnyZMHTLC45h5eWCvGyhY/joRx0jykocIxPLHKPych13BQ515MdGO/J/Fh0FnfsLBR93ctz9U5Rwz2tnHPce9BPGrLtNKNz+vTB2/mlh3Kr9gjLuoFA077hjfPrrwoTCfY7ibquFktStjom+OxyTwhyOSf94ylFaU+mY/PZsx5SjoxxTX7zXUbb3PmHa0lRH+aaRQkVpN8f0JVbhvuEpQuXEQGGGsatQlXNOmHmbQbg/obPj/h+/EGZ1/NkxS9sjzD5xyPGgc5MwZ/9Ox9zVux3ztj7reGj2Rsf85fMdmLWaYHJce31Dl3Av79rxisF9lYMJvkTuFq8+kLmir6hx78B3VkSfUQMPfqMfAt9R4w7+o1UO8CE17uBHsuBLatzBn2TBp9TAg1+pgQffUgMP/qUGHnxMDTz4mRp48DU18OBvauDB59TAg9+pgQffE3vgf1rtAAZolQM4IAssUCMPPJAFJmi1A7ig1Q5gg1Y7gA9a7QBGaLUDOKHVDmCFVjuAF1rtAGZotQO4odUOYIdWO4AfWu0Ahmi1AziiVQ5giVY5gCeywBStdgBXtNoBbNFqB/BFqx3AGK12AGe02gGs0WoH8EarHcAcrXYAd7TaAezRagfwR6sdwCCtdgCHlJKARVrlAB7JApO0ygFckgU2abUD+KTVDmCUVjuAU1rtAFZptQN4pdUOYJaUFrh1K25zs4taLqaJ8N2UFmfCm3BY48UEI128Z/VctddK9T+/YkZVxdSbXf/jYU//ev2f2XP+b2up//FiXbpM79uCR+xxQ5KF+B2LDSXzc0T3ntraRHB5Q23drbSN+QhsDPBjaE4OH0Vzcvg4Ss/zeQP+DX6s59rAXxv/FPwJTfcZjb//i8mG9//03P+lJf2fV1E+aXZJUeX42SXlTeD/xs3/RIuJ5385MysrppckZJZUlk0u9/i/Wfw/Y3JRQlN+xq+If9wS7In/FvR/RnFJeVP6v3HzX7PR6Fn/a3Xz38NFSfnuaW2fPu5pLd6I8dfMf/G31Z3/NvyNnvlvC8Z/2bSiqtnNEv/GxIbxbxU9939o6fh3n8ppdb0WNgfP+XTHhpNi58h56+4MekUI9N0WHnjuK0fQt8fWBR8JFkL2TV4XWn2/2mXLJDVsbYHaddlAtdvcvmp4WYzafUwXtUdeB7Vnv3+qvWJOqhGhutrb/4Aa6V0jRZ45IUUd+0GOnvWkHP2hJvXZ85YUs/0VKXbjBilu1SopftFiKaHqfkksniQZC1eopsppqjm1SrWMGKZaw/JVm8mo2mqS1KTQoVLS0RA1+YIo9a2+qPY70klK2RQspb5xRkpbfEFKf+YjSSo5KmUsPKWW6HvDKfO0bcNPb586z3bt6/1n/ScmqwG9aHAqY+M5frqXL21QC3B/d7/jFVD3ZzitWV0Nqo3+tl7XuZFAAx9g5kQ/oEVf4D+iP9CiT9CiX8iCb9Cif9Cij9Cin9Cir2h+B/5Ciz5Di35Di75Di/5Diz5Ei35Ei75Ei/5Eiz5Fi35Fi74lC/5Fiz5Gi34mC76mnA/+Ros+R4t+pwHAKr6gDP2PFhmgfAIcoEUW0CIPaJEJtMgF/dGADbTIB1lgBC1yQhZYQYu8oEVm0CI3aJEdtMgPWmQILXKEFllCizzRgAKYqlW0VsDVjUxArpr/p00raqoC8LrXf1v+df+v2ey5/1+L5/92Llvgen3baxs+0tpVztbbB7wk+/ZKVHx/+Ezz85mi+73fSfb/5qQecHim1uGdnkrHFe9qt/7ZRxEqt2hdXj6ohD1/i9Z1RY3SbYEuh1d+rnQfv1vuMeItpefgz7RexdVKRIyq9U6sUCL912tR/jP0qC8GydHH/lvp895ELWZniR770gAtbk2uHj9rh5awqFgRC/6kG4v7K6aM3Yo5O0qxdN+oWHv5KTavJUrigyuVxOPr9aQv5urJH7yp9N09Vu/36gtKyoYVSurKhUrawiol/elhijQhX8koP6tn5lXqWSkT9OzYUXpORoLeP8Cm53a/Tc/9Pkgf6BevDHzvvD7ouKAMfulTPe+dU8qQVeeUoX/+UBlWdUQZ8epYeaTleWXUiO36XXc8rOSb/kPPr3lWL+g0Sy84Ol+/+9Q9+j27ivR7/zdFH/Nsll74Sld97LwIfdyafopS2F4vmhOmjA+8pE+455JS/2LVqz3b8tObnl5XerZp8I6PD2RuviBZxHWaLuGoJPyd34GauwMmkRy8zUJODhffnEQagwdKEiJC/wiYoEVU0CIuZAEZtIgNWUAHLeKDFhFCixihRZTQIk5oESmSLMCKJAvQIskCvEiyADGSLMCMJAtQI8kC3EiyBvPnI3YkWYAeSRbgR1IFCJJUAYZkAUWSKsCR/oSAJEkVYElSBWiSVAGeJFWAKEkVYEqpr4A3EiKuJFWALEkVYEtSBeiSVAG+JFGAMFrEmOxx3kiIOJNUfcAbpxBrkipAm6RqA2+cQsRJqhbyxilEnaRqAm+cQuTRIvZoEX20iD9aDAFSoADeOIWhQPZ73jiFIUEWwgIthgZaDA+0GCJoMUzQYqigxXBBiyGDFsOG0g+EDloMH7QYQmQhjAguCCWyEE5oMaTQYlihxdBCi+GFFkMMLYYZWgw1tBhuaDHkaMkAwg4thp5bslth+N38Dviq+l9eVDy7snn0v+H132aLzTP/aWn9d0OX4Xp9x+bgsLU7NixTO0eGincGDVsX6DvUGXjuCTHoW4cUfHiPM2RfZym0uofSZcvtSthab6XrH39Sus35Wgmf+rHS/d63lR6D/0vp2W+z0itmjRIRukzp7T9PifR+UY88s1qPOvb0j9GzpB+jP5yj99lTpsdsL9RjNw7V41al6/GLRD2hqrsuFnfSjYVpiqkyWDGnhiuW4RcUa1gbxWY8qtguHlOSQs7pSZ/uVZLPH9H7Vr+o9Du8S0/50x499Y3n9bTFm/T0Zx7WpZKlesbC55TMnCl61gS7kh2Rp+dkjVf6+8TruT2zldwTg5WBbXsrA/fHKYO+9FUGb71Vydtn+nHIY5emu+t6Oq+q3q6Q9r43tHkEfgyywSa6iPlFFev3PTpW9K9pWN2/pmFdz++7X3vxTcEFfp8qfaMJvizwZXbfHPz6bWQDV3IbGbaW28hlKreRfFoSupbbyKFObiOf4NOawM3URoKruY3sLHEb2UPhNvJ21mRwPWkyuJ80GRAgTQYMSJMBBdJkwIHbyM0Kt5FrWJMBDW4j57EmAyLcRq5mTT7GB3oiLtxGztG5jSzTuY0sZG0GfLiNTGdtBoy4jeyucxvZibUZkOI2kjcxI1qkzcN5EzMiRtps5E3MiBppMuBGFpAjbT7Pm5gRPdLmw7yJGRHkNpI3MSOK3EbyJmZEktvI5+h/h2iSNgOepM2AKGlzFm9iRlRJk3vyJmZEljQZsCUL6JI2A76kzYAwaTNgTNoMKNdtU1spzniHX1NanNHkGf+2xPz3vqqimc3T/xsTTQ37f7On/28t+m92vRY2B6/Sd2yoke4M2i/y7Pf0uqBvTzmDj0SGh+x7wBlavUjrsmWmFrZ2otZ12Wit29wBWnhZstZ9TB+tR16o1jMlQOsVU6NFhJ7Qevt/rkX6+MuRZy7KUccuKNGzNijRH34m99nzvhyzXZVjN26T41atl+MXrZQTqlYoYvFCxVi4VTdVPqKbUx26ZcRU3RpWqdtMQ3RbzSg9KXSKknTUpidfyFP67grS+x2JV1I2WZXUnYKStiRQSX/mlCKVnFMyFnXU+dZibb3bwPOKec+3fcMnproEwiRJunxsgHs655rI1ZnOYSK8/JM8o7O45nS2xql2rQNYtVfprNo8XEVn1B/6nl7Han2Kd0WDc1itH+Bd0eAkVmvutNFZPPQdrfHQlztadBwPfftoPPQNJYtOZLWu0VitT3AHDQ4llQanslpflFmtWUXRwazWn8ms1u/LrNaqzGq9TWa1Xi+zWq+UWa25s0UAWK236qzWj+is1g6dh75TdVZr7mwRDB76cmeLgPDQlztbBIXUehd3tggMD32t3Env5M4W4WG15s4WISK1BpBqVbS1wNT4a96ukf8rxpc0U/63mRv0f4me/N/S+d/fZS2u15D/l5di2ukc+UfnnUFqePNqwCJZLJ4pGwvXaabKOZo5dYFmGVGoWcOKNZspXbPV9NeSQsfISUejtOQLaXLfXX5avyPhcsqmSDl1Zxs5bcktcvozx2Sp5Ds5Y5FBc4ctLdLcePELcWt9umHcetUu0Vwtbi9H9dWj16sxzmAtWF5aVwvQMawJavi/tyYsklkTZsqsCes01oQ5GmvCAo01oVBjTSjWWBPS2QIsrAljZNaEKI01IU1mTfDTWBPCZdaESJk1oY3MmnCLzJpwTGZN+E5mTTBodTWhVcF1ZW24av6fUTqpaHxRVXPkf6O1Qf5PtHnyf2u5/iPk8vUfj2XXz/9vik2d/6+1do4nd9mqLwcIYO9L2Ae4v7vfwXCoDaKAy0Fhc5/tRTHRqP/znG8fy752vuU7A7X2fNusf2TPPozf5fxnRunUUhCA4ibK/407/9lqxfv/mJpShDz5v3H+r5pd2VQDwOv2f+bEhuc/e/b/t7b53x2bg1fKOzb6y80//7uR3q8J53913qg3shFd6/iNGNkIdetyc21djkr5q2aArpW7lTLVIRtZ5//9Z4BN1e+10AywuYG68Zrravk/s2hSaXFRcfPk/4brP9ZEz/7vls7/7gv8El2vBTt8e05M0QPFUjnw/K1q0D92ycFHsqSQfSu10F1vS11e/psctrZK77qsRO82N18PL8vVu49J0nvkRes9U0L0XrH+ekToRb23/w96pE+wEnl2liHqmzfs0Z/UGPq8m26PeUO0x740wxC3ptgQv2yTPWHuU3Zx2mGDcVwXu0keZzBLssFiXGG3dl9ot3Xaa0hs87oh8fQ5e9JXKYbkjx6y991bYe/3+iuGlP/cYEh9+it72tKP7OkPBhukqffaM8Y8Z8jMe9yQlXrAnh23257TzcfQv+NZQ64hye4KX35e4wLthk8I2+iNlNHo7CoIZApSDNjLrzFUM2vD1eKK0sb84THXT16yjS76RwdQjgcnkAVHUK4HZ3Cuz5I416+knIeOoVwPzuFcz7d+Rydxrudbv6OzONfzrd/RaZzrQ8ii8zjX81EI6ETO9XzVBDqTcj04lP4i4FRKbuBYyvHgXMrxL/EpbOhkyvHgaMrx4GxKFtP4VDR0OuV4mU/pQ+dTjjfyqYcIAeV2AIH+WAAD2dN8ChtCQTn+Iz4VDeGgHP86nxaIkFCOB1AoxwMslOMf5FMPERrK8WP4FDaEBx8IEFqECC2ChA+ECR8IVB1NaF6oGn+94NXzf2llURPtuL7u/T+sDfZ/2Yye+/+1dP53P9z3l+r07pyyVe8H3j3A+9EVqgvvthC4dIM4YxL+DNQnfkRpR1d9YhZdQyFzoz4JEx1+Glr8RPrHR3m3T+M/2bOP9NfE/9Smuvznutf/mo0N5v9Gz/1/WjT+/eq0nlmG2ut/nsz+5nCA3DlytcozgL9Lgee9nEHHDWrwEasYsm+xGlq9Qu+yZaHeqDrwJz8l6qtbpkd/eH56nz3fTTcWHhJMldsFc+rL0NIthXbucWjlpkAbdx+0cEvsSUdHQutWau+7ywot2yB7yqbh9tSdsfa0JWZ7+pqOdmliZ3vGohhDZs7P9qziDobsiEP2nKyThv4+O+25PQ8Yck98YhjY9lXDwP1vGAZ9+aRh8Na1hrx92+xDlj9kGLplpX1YuWKQl820Dx891z6ibLR9ZOJY+6i8ZPtdgZI9PzbUfq3xeTtv31vcqn/tJySw+Oq67Z+rwQtwf3e/4xL+ej9Tv/2z1Fnmc3vwqhXmFV3LU4UnaXUDXcyrG6vV+tOFv0tccXrx+QvH+TwEdD1XnItVni7wYUOIwU2tOH/iPTOIDk8Vzk/nqcJ303lKcEjgKcF2gacEfK4uIsVTAq7oEC2eEvC5uogYTwlGcgUJqPGUgFc1EDmeEgy385QglitIwI8qSECQKkjAkKcEMVxBAo70RwckqYKM4AN9EU2qIAFPqiABUbKAKT4QVbKAKz4QWXwgtvhAdNEivvhAhNEixvhAlNEizmgRabSINaWAPD4vHPFGi4hfb5WoFWGO6m5Ji7N41L1p9b980tTffuu/G6v/G5z/a7aZPOd/tpb6v/aYXswK66dM2lN7NO9YarHhO+1E56EkN6WJjT7/N/+1xXvQ4gf8P3vXAldVme03Kko+cGOZIiIoECgPD4e3PBUQENCdD0LxsY+IgCAeH6j44jQamsPYV6O3aCz1imhes1M+ulczGVNDx8GdYjk5TtssMzM9+bz4GOdba3HAQiX6oeLMgZ/8Ofhgy17//16vb606N7+BbwLcD4rwDrJwv+n5Py1Pl5/7KPiv9dPUj//9LPxvLvW/GLOTuObY/Fvb1p5y7uw+hT3btZQ7hGvFLtVfGLp+/zmzP9GOO4BpzOGjLGP3TSONjisHGXsUhxqd5nkZnXMdjT1H2xp7Jd4xuoSajK6ep4xuDkeMz7X7xOje6qLG/Yqq8fjmq6jesxdH9a7ao+mzd4vGc2upxqt0hcZ7eZHGZ9EsTd8ZWZq+nyYZmnIGzIDY3VHR6VXlMW5romKjt5cPtF4YFefyRnnchVXlCS3nlCdUvlg+6PTo8sTN6eVJhwqikpfFlg9PvKxJuXYu6tfM+LBp0/qB763aQK5v8CK8D7jfXG8Az4erXHvzR/NXapoAW5k/h98l7whqP8GohmbvSLBqzF0F0YU7S41Np5zJ9Z/CyPXHRCTeaSosfmGgwuLnjFx/6kuFO0+uf5aRXP+RtHJtJa1uA0sg19/LSK6/o5Fcf1tEsAx0/bl1UGHxlJFc/yNGcv0/QQRrocKiSivXuNVQYZFWp4H1UAiwRUOFxVINFRZXaKiwWKShwuIsDRUWswi5ZVGBsXlOlgFLxdCBWyuFDmuiKHTYXk6hw8IoCh3eKKfQYVU5hQ5zCLklU+gwupxCh/RyCh0Koih0iMXXYN0YAnALbygEePxWbnn6P8Tnf0b2tPwmarxq4Pnv7xugrT//zfL8by7+/x9q3PQO6P9npKtr5/5OKh1skNdFblXK3NzV9e6Fyobel9UNP3wgne3zknr2ird0rt3/yeeOycoP58+r57cvl348PFW9UGIvXTSuk01zkpRWZWNla89ZSuvolvefJ/T+69Iv5wl1u+KjOny2Uul+bLzs+IEi9di+QnVa3lJxfv2A3DM/SOq11kt1eeEjyTVznOwWfFF5Lmyb7N7NRfJwPKt63ExR+giT1T6VTymeWytl6jEyynVnDKHHaLOqTX5VwTOG3tMVPGPYYYRCZwzhfAn0GMH5EugxgvMl0GME50ugxwjOl0CPkaAMiD0hR6d/rcS47ZJjo/cqA61XyXEuZUrchZ1qQsslSkLlW+qg05OUxM2FatKhxVLyMp06eFO2NCQvWpWKE6XnX5Dlobne0rCgAfLwpI7SiC6ucornT1LK9dZyaucOSurnZ+WRVy4qo7YflNOqPlNGrzqjjtm6RRlbWKGOW75CkcdtVHXzP5DGRxar6WOWSxOc8tSM8JnSRJvfy5mOqVLm2cly1u1+UnbFEHnSye5SzgZfOXd/sDJ5ydNyXlk3ZUrmVVn/0i1l6vN26rSMfyjTNZfVGbHlSr54TJ3pc1KaafpQnW27W5qtlKgFF9ZIc4xz1bmVC6V5JW/I8zdnSAsK5siFy+KkFlbN6J07HPGUijJPYvnZ3JXGcIFC1j3/iyEr5wQg8AIQuAEI/AAEjgACTwCBK4icL4DAGUTOG0DgDiLnDyBwCBB4BAhcAgQ+AQKnAIFXWCnj3AIEfgECxwAbPYyJ8w+woWFMwEn0/jgv0fs7RoMKgJ/o/XGOovfHeYreH+cqen+cr+j9cc6i98d5i94f5y56f5y/6P1xDqPXx3mMXh/nMiLnM95OzmnEShoGBdwmr8/cTkZb5usfKTW3k9UcKeW8J2+v5kgp5z95ezVHSrkOkLdnPlJqPj5kbiczHx8yt5OZjw+Z28nMx4fM7WTm40PmdjI6PgTaQd7e1wp5e7tk8vb2KuTt0fAk0BPy9naq5O0tUcjbo+FJoC/k7dHwJNAZ8vZoeBLoDSWKaXgS6A4limWZEsXeNKyJaxAlijtKlCh2xdegR4hckwBBlxC5NgGCPgGCRgGCTgGCVgGCXmFuh2sWIOgWIGgXIOgXIGgYIOgYIGgZIOgZIGgaIOgaItc2QNA3QNA4QNA5QNA6QNA7QNA8QNA9QNA+QNA/QNBAQNBBQNBCQNBDdCG4JgKCLiJybQQEfURUaHAJ6CQgaCUg6CUgaCYg6CYgaCd630+YfrblH7y18NK830dTu99HY3HSnyz/P3t6Vk7GI8n/36v/M9DP0v/zuP1/mxoMqPlc3Gi/QHxo858/Xlve+7sgTZ+965w9P7XXeJUudvYuu6nxWZTt3LfopEYzIdHZd+JujTY5c7Vf+MvH/YemVAQ45hwP1AZXBN5OPh7sMCI++GTf4yE3g+L77bI7HnrCPj6szCc1fMfN+IgiMTXyzZPxURmXUvsvrK4YEFuVOuDmaw+a/2xV997ml+9Q0ozFSUq/Zk4vfLzPhN5G/fCpQr9AfCIHP/Obi+k5foMpPbcOrxNuNDlqi/E13HBy1LLxNdx4ctQS8TUYADlqmavJUXv5OKXlUirIUcs5Tmm54Apy1JKPk6M2Ip4ctb7HyVELiidHze44OWr28eSo+aRSWu5mPDlqYio5aifjyVG7lEppueoKctSq8DUYUwPpskdjUJARC4zwDmyC/s9p+fzlI8n/aO7R/+Vv6f9vdvVf23eXtojZkRm3pLY0m4ONHdmzKakrtCWzDMLWy+BG/dOgavDPA8K3+FkF+MHfBmw+OMI72OJgNqX/F63LTc+fMUPXVPxv5PlfP98AwVmbOCU3R9c012DhfyPvf1Z2k/3gf0P9Xxtkmf/7uPXfPHIouuZzcc2J6tXb1u7jbucw/bNdF6tdbIpMXap3yl2/36G3//KC2u1QpN7hoyTWfVM4c1zpw3oUOzGneSJzzrViPdMusV6Jp5lLaBVz9dzH3By2s+farWfurY6K7lf2ih7ffOLce3aOc++qMrHP3tdFz61LRK/SAtF7+STRZ1Ga2HdGkqiZEC76jsli2mnRzC98EPMf6sYCHL1YoLYNC7xty4IdXMXgv5tYyM3WYr+PjrDQL8+KYesuiuE7DooRL30mRr65SYzK2CL2X1jBBsSuEKPTN7IYt1libHQxG2g9UoxzyWNxF/JZQkuJJVS+wAad1rLEzSEs6dAQMXmZAxueeEBIuVb5W/fG3P1ug04fnUbljzT+YCteDS7eAgbuHn00f8Wqfd2fgVig7k/SgzBY8PSFR2FIbWn0waFFvfuKHQD83lJosU+g0GKYnkKLxSqFFkUmCi12yhRa7MDfh/tOoUWknkKLJEahBe3ABjug0IJ2YIM9UGhhhQh2QR0ApxmFFlWMQot9jEKL7YxCi/WMQoujIoUWtAMb7IY6AHIIq2gXNtgQ5YKXiBRiFIiUC55ES2W5TVEuOEmkECNcpFxwFqPKfzSjEGMQoxDDjVGI4cUoxGhDyO2OQgxX/PtgfxRitBap8n8EX4MtYojB7ZFCjIMiVf4/EynE2CRSiLFFpBCjglGIsUKkXPBGRrngWSLlgosZ5YJH0s52bruUC85nlAuWCLkdUy5YyygXHMIoFzxEpFywA+1i57ZNlf/KhkKZZmPj4PmFRHiHWDy/h/H8n5I9Xpc7vSmWADXe/+PeAvh/I3J1urzxOu4CTrM8/x/5/c/LnJqdl/l4/P9AbSC//8OydHmZWbrsh/sDsNz/e97//LzMHMv9/4+9/1Nyp0weP+WR5P8CAuvtfwn0t9R/mkv+76maEkRXA/+w+K1d3f8yqrvHoRWeq4/kG4J9ywQP7VTBOSbynEftGBzr1pC2G/R3dDy/Aa8uObVmlI2tIKRlWXWCj0InTG/b0u+Cn5dMaW1M7EHDZyD/rDEXSE05Ja6AcKGAcLGAcMGAcNHo6PMLR0efXzw61vw/UJd1bOL/BM7j8dNEeAf082telfD78T9Gl57elPmfxum/v2+Qlut/TJYuR2fh/+O5/5N109Pzpz8C/fcLqDf/z19j2f/ebPR/jkBTOezWXPqf2f/9Yl/D2rFv6Ut1doZ1EYX6sqjLhvU9dPoNzscM77SZb/rplaHCpbSV+svTPQxXQhfor45413DNabjpeuAp4fqdQFO17ZdC9amdphvV8cLNPRf1t078Vbi9bob+n7sEw52i9SbhbX/BKvOEvkVhpqFlgq2ple68wdrzj6bW0c5Cm/af6m1chxlsfrxhamu9WGh72Eff7mx7of37W/QdDkQabHNGmjpunC6ISX/Qd72yT7A/MVnf7YtBgsOuS/oeI1wEp6Xf6p3j5gg9X7Y39QqbIbjkvG1y1e42uLnF6p/rHGNwt3bXu19LUz2+Y1Lvrx3kPgc7S54feMpea8fR/tHieVLfeXNlzeT3FN9xgqyV/BW/iK9lf98sKaDHXjmw05+UoBZvqkGXD0vB3zqpIZ8Pl/rtHyaHfrhYCVtfpIa/sVOKWLJDjiy4oETlRMr9R09XcP9o+HopxrtMju10W8L9o30ipLirw+SEdlMV2j/aQkrc1kVOOvCNRPtH90uwUFF6eYP0/PBd8tDspTV7SMsU2kO6REm5ki6ndpqk0B7SJIX2kPootIdUVGgPqbdEe0g7SuPDvlfTR/0k/bpFiA/nHdJFvbDx4e5Vifdcj9gYs8X0JjddbNXl5oututyEsVWXmzG26nJTxlZdbs7YqstNGlt0uVkDgmkDgnkDgokDgpkDgqkDgrkDgskDgtkjctMHBPNH5BQABBoAAhUAgQ6AQAlApAW8ATXg7e2aQ/CcIoBAE0CgCiDQBRAoAwi0gTegDiDQB5FTCBBohMiphLlhTid4A0oBAq0AgVqAQC94A4phGvgKpYuBapgG5nTDNDCnHKZ9Oe0w7cuph2nfuDn4GiiIad8wOmMCVMS0L6cjpn05JTHty2mJ6V5OTUROT0z7copiupfTFA2GUxXTvZyumO7llMV0r3kvK6cupns5ffGRxCmMXiCnMXqBnMqY7uV0xnSvL01XA1pjmpdTGxDojXiZJlcCzTHdy6mO6V5Od0z3cspjupfTHtO9nPqY7uX0x3RvAU3MBBnAdO9oajWu3cvKJQG9Ui4LmO7l0oDpXvNe1j7UagwygWleLhWItXtZqdUYZAPTvQeo1bhuL+t+av2t2csKUgIIcgIIkgJYt6eVWo3r9rRSqzHIDCBIDWLtnlZqRa/b0+pDrb+1e1pFav2t3dNKrcZ1e1qp1RhkCRCkyeydPwHy9ORMnLqv/9eErneD8b/Wt179NyDA4v81E/8PTB7GUOI8xoMnioyHrKd2PbRCu+HkhiNvDArdKyaGHWfmcYc0v3A4jnAYqsADmMfINhgd22Kk/Ax2s3UFysTTyU6MlOvi5aBGXRONxiz6CCfG8WvDUJ9fH4X82g2AcJ0oiqFUM4TrvSvUb5JrbnznXTPnf3Zuk6VdG+I/j/brz3/TWvj/GPlvXfPr7s/bv3amh/CXEq2p3TmNPuSTklr+tOA/RWzRowruAgbkqfu8toIL1Vsc3GTVyG8MJIZvjvm8EtpiCxeBnhe/kLvJ/Jsu5j+3knxf/uePb7K6S0P81/rfo//Lsv+huTz/W9T8sllzqWQD0oxTxo8a66Nqtjhr/Bv1L1FIXrKhlrj3/Bctk90eJ//5V/OaZgNog/vffOvnfzWW/v/HzX/zESR7ofb810LDQzv/dfAV6UE9Z20EgaZT/pojMvBn7nNExqox/2E6c7XQ8ESeueI/0Fp5fdg/VMuOt383/R+om6zLBG18BPW/oAD/+vVfi/4/Tv1vU/ML3hbUfG63blYPr6d+fE9te/I1pd2NCWr7j/dLHUpDZNulp5SOixxkMX+IYpd+W+40TJWeTrZXn/HbI3V2+bP87NOlUpeWa+Uul4ukrqdfku2PZkndPsmUaV8YzAqHfWEwKxz2hcGscNgXBrPC2ys0Kxz2hcGs8HYSzgr/5kepd9V5mXaFNWKOj3a2GHi7UAx2WM6CT+rEkJszWb9d0WLoiVQWVjaOhe/sxyKK+rPIP3VnURNdWP9FIeKAgdYseoKDGOP2HYuNvi0OtD7A4ly+EuMunBETWv5ZTKisEAedXismbt4oJh3azZKXFYuDN61hQ/LyRKl4IXv+haVsaG4GGxaUy4YnxbERXQazFK/eLOW6hr2gFCojr3qIo7ZfYWnH2oqjV9uJY7aeF8cWXhbHLa8U5XHHRN38c2x85Idi+phDbIJTiZgRvplNtNnGMh0Zyzz7Osu6PY1lVxSwSSeHs5wNaSx3/1Rx8pJwllc2TJyS5cT0RQHi1OfDxGkTu4jTfXuIM2KrxXw7QZzZtzObafpanG17nc1W9ooFF/7G5hjLxLmVO9m8kj1s/ua32IKCUla4rJA1OlHequF361/zh/CdPxqrfpl0N6ferWg/Sod7DKOANDw+nTDAf8BQxHuaOtYEubnDF8HksUbGzR4zD9z0sUb2MdVQgAJYI+M0wBrZIqpJAR0AgRKAQAtAoAYg0AM9Ck4R9Cg4TdCT4FRB5HRBj4JTBj2Ko1STAuqQR2He4maes27e4maes27e4kY1sLotbuY56zVb3GrnrJu3uJnnrNdscTPPWee0w5obpx7ekNrtbQ9p3A6nKyKnLIaGnLaInLqY+eH0xZobpzDW3DiNsebGqYw1N05nrLlxSmPNjdMaa26c2lhz4/TGmhunONbcOM2x5sapjjU3Tnd0jjjlsdbGaY/IqY+1Nk5/RC4BmF4+TUMyQQqw5sblAGtuXBKw5sZlAWtuXBqw5sblAWtuXCIw9cxlAmtuXCpQmrlcYM2NSwbW2rhsIHLpAAT5wFoblxCstXEZwVoblxKstXE5wVoblxSstXFZwVoblxastXF5wVoblxistXGZwVoblxpAkBtAkBxAkB1AkB5ELj+AIEGAIEOAIEWAIEeAIEmAIEuAIE2AIE+YqOMSBQgyBQhSBQhyBQiShU9qOwERpAuRyxcgSBiiQul9kDJAkDNAkDRAkDVAkDYkO5c39JD/fSSu/gQev9oJPPdOo9zP/4vTzWmyzrsG/L8gf41//fy/pf/3kfl/fvW/fPeSkP+q+Ry3WVSMPCxU3CgTDgSvNBz69gfDXzf9U6j81Ek4/MpCQXmnVPhs0XzhyNIvDEczjIaq3HbC2cB0+efzIG+Yzm+bLPx4uNB04fVLwkXjFr2pwM3w06tnTJdGjRQuT++mvxJabLg6YpX+Wg87w/XAI6brd2KF6q6t9dWnDgo3qkNMN90HSDbzfq/a3DYqT107J7ct81Oe/v6W/EzPNLnbjf2yw7I8ufvH/686zpqn9Dh0R3aSSyTn370v90zYpvQa+7bq4jxGch2lkd2ESAkeds99fkZx/+Gw6lHekvzKd5wUz50ZqtfLVtT3Ne4dqe/c3qomfp+i+a6N6jthoKztv0f2i/GQ/XuWygGubeVAqyI56FmdHNw6Rgq+M18NuSgr/b4ap4YeHqCE7e6vhr/nqkSsclEjX2mtRBVaq/1Hv6gOGPudGt3/Q1Nt75ft39SBZ6fo4853VeM/tKPer9VhcuK7PiuTdLuU5OXVKwcH7KHer7RXVez9illNvV8JudKIzkfUlN6j5ZSre0ypTx+UU4+VmkZe3iSP2lZkSju6TMbery3jpbELZsnj/jhUlseOlHVzHWWcETl6rGlC0lghIyzKNNHF2pDZvZcps/pdIetWK1P2p92ESSfOmHLKbgm5+1rqJxf9Q8gr/VY/5V/sXQlc1NX2/yGumDr5xF0bd3yGwLCNyr6IiCiZmlnGDxGX3EZEH2bYrwRzIcPcEE1/peaUZVTof0KzNLcMUdHEEHMs3F4uo6mFab5zvncQDZd4f1J6zcwHzpy5w8yPud/zveeee+49w76QDMk7DOP7FCrxQ981THDZpCSEzDZMrKcqk5xXWyadf0VJrDPTkrhnqDL57CjLCx92V6bsjrS8mB4rJa24bJiaGCq99MJSi/2t1HpHhkTxVK6a+rtyqta7fdVauNtX5J0cp6h7k7KdIOVHb39chqbDQ+iHHkuiagmOLrb7w+Zn51FifuyTJn3WE0vcbIaQZIos2Ryx5E0myZLNkiWbJoqokXmyZBNlyWaKbHgyVZZsrizZZHEUJZntvY+kvIr8NTZlcSTlS9DZpMWRlJ8gf41NG3lzZN7ImyMTF3lzTQ0iby5VEXlzy6GzyYu8uTyRP0emj3w5Mn+RN7dLEnlzXdDOVIDQHdEBJFECfHaiBXyRRA3wuYke4HMTRcCHJpqADz1HFMlhuoAPTZQBH5poAz40UQd8aKIP+NBEIfChiUbgQxOVwIcmOoEPTZRyqw/N1AIfmugFPjRRzG0+NFENfOgNwmdnyoEPXZK3RtQDH3qK8NmZgiCJhuBLExXBlyY6gi9NlARfmmgJvnRb4bszPbFkioIPTTQFSVQFX5roCr40URZ8aaIt+NJEXfClib7gSxOFwZcmGoMvTVQGX5roDL40URp8aaI1+NK/z18jioMkmoMvfUYclcl0B1+6JH+NaA++NFEffGmiP/jSRIHwpT233J6/RnQIX7okf41oEb50Sf4a0SN8aaJI+NBEk5BElSyZLiGJMuFTE23Cp14ntr0zfcKnLslfIxqFT01UCp+a6BQ+NVEqfGqiVeFTW4+uJHqFT00UC5+aaBY+NVEtfGmiW8hiUaOKaRc+NVEvfGqiX/jURMHwqYmG4VMTFcOnXinyK5mS4VMni3xPpmb41ETP8KmJouFTE03D+yGqhi/tLPJLmbLhSxNtQxJ1w6cm+oZPTRQOn5poHD41UTl8aqJz+NRE6fCpidZZKgM7QH+5Ry3or+hrQZ/W8iO8PrnRj9CTz7SEnvK4qOaa4inyR6fb1cDnTd+yDX8//apgy1cdD6D9VfNptM9YLPJPZ+wtEPrl9dBnfvE19FnDCqDPWv0K/n7WN+nQZ6sfoD3V92W8f2qCqMWVuikL+mvK62if06AjXj8nYqHQly1E++vyeOivH1uI9rTWfvj7tKmJaJ8bPgf6XJOv0M+vgf7Gc4OgzxNvK81LeU/o2/vi/eb7+UBfUKsv2hc82xcvXDBP5Mcu7PA09IWnRT7wIl0xXr/oebFhM71GN7Snf9UQ+mJpGNoXB4raZItPtkB7xsc66Bn5daEvqTsF+pLtN6AvfaMB9KUrpwj9uMjnffOdY9CXjb+C9mVTBH6XbdgFffn0L9GuzvSG/ta4o2h/O/oo/n5Fn83QVzr3gr7KZQX0d+x/wutX10uBvrpgCdqN54dDfzc7Cfp7h5Lx/msyRHXg903DoH/wQiD0tek9oH84SFxvZuI/oX8ULPKZPx74CPRP2rSCnuV9Dvo6e3vo61s54PPWfy+qA5ukM9BNW3ZA/zR/Pl6fvaYI779hbTe0b5wt8PtZ8g9o3zQKa9zS532joH8RMQv6Zqef8frNslhh3TxyLtq3dBIld7bcWA79S29UXZK+DJ8AfWvt3mjfultc/7Y6WdC3dewv9EvP4/XbV3yC999+uBXad9TyRvuOA6LQxc7xWrTv/Gin0E83QftXWZ2h7wrbCX3XDIHPXXmeeP3X81EFXMppOQ56Tv8jaM/5uBH03RMuon33j4XQcx9Php47V+Bzz+B6eP2eLaL/9hRfQPve8YfRvs/nAtr3Le4k9L0iuyfvic+g72++H/r+YelCXy0WsA64LYd+4No6tH/jG4D3/yZB2PfBphuhHyxchPZ8hw+g50f0F/rVZdAPbZwM/dCxfni/b1tdw99/W6CgvWDVAugF/3dN6OdHQj+cPcRQOd3Yyn1/IE727VERj84eLp7iYGLx8G+9aHm3+E+PmPghFVT++7/Z/+/m5mHb//9Q+z9uSPy4Cuz/e8b/PFzLnv/pZov/VZL4X7ot/vcQ4n8bqkfdjP+tKTTfGv/r/Wxtc+/kQlsc8AE5UOSknKwMkUCv30UCm9gigbZI4P9cJJCI746RQCLBe0UCmRQhiRhtkUFbZNAWGbRFBm2RQVtk0BYZ/AvHBv98t/vvHhu8a/xnXHTwiJHRkSPHjviz4z+udzj/y93Llv//MPP/fz8F5bMWHGekBs+au6KTw27PE8q+p3MNed38LN/oNmiK1l9MO+uSLjn47ig9PtFe7MWOvQIn94rYX8TGa1A4mXFqGpsqP8OmGmUt6XJza3Z5Lotnf3xpLPnyMOulS8Tsli4Ts1u6VJZ8uSz5kjFbdUkXb0aXDu+0Yi7/r1OZ/O72P3Z4dMS4Cjv/9571P8qc/+Lh5mbL/3yY9l9TKt0OGWp93DBlZGzaLhobdx2e5/p1xPjEPPW7tP2j8pUD8waavgnK1B+c0NWU7xdoOtRZZzpU3MVUULeBqeDbZqbDZ6+YCk3XTUd2HzJ993ZT/dH1l/Xml6/pjy38yun7PiP1P0xa41TkEqE/Hr3DeKKes/6k/7vGk7+Em04/Ntt4+lAn079vjDH+aKpjOnO0j/HsovOmcztHO53/1z6Txdjb6cJTn5guznB1+ilgr/7SiPpOl7Uf66+EXXL6ud1U/S+OMU7F1WR98eVgp6vHg/S/fhdtvJb7nOn6pkDjb2sDTDeWtTFKc1qb7KZWM1YZW9VkP/iksWrkCVO1sKpO1b3t9TXan3CqMc1XX6v6TqdaV3boHU6851T74Lv6R7anOj26pIu+/rjRRiaLGlXgpVUpudco751m72CKkmMqeNPlv2bYCZ6pf/vz/BgH0UTwz5P866l+Uk+4N5JwcezK37XMhdy9OEaHulgcpzMPkrsaHErdjQjhKBEp5G4Hp1LXs+TuZ8kQYMkwgCQosGQ4QBIkWDIsWDI0cEwPwYMlQ4Qlw4QlQ4Ulw4UlQ4YlwwZcTtBhyfBhyRBiyTCCJCixZDhBEqQQwSRYIYJJ0EIEk+CFMYEghggmwQwRTIIaIpgEN0QwCXKIYBLsEMEk6CGCSfBDBJMgiAgmwRCRS4IiS4YjIpcESUiCJSKYBE1EMAmeOAOQIIozAAmmOAOQoco3hitCDK1N8GMJtiwZuiwZviwZwiwZxiwZyiwZzpAEaURGCdYiQroDOsObJUOcJcOcJUOdZSWHuwO9xFYFruLG/0lDK+oz7nf+g6d3mfqPbrbz3yqN/89xVT5IVTN9/7X59Wr/W218+mBak8O1paY5z6Q12+iniHpfWkXU+6qiiHpfRYqo97VdEfW+jIqo97VNEvW+Vkui1tdMSdT6GiWJWl+Rkqj15YJaTLrICAW1vpydFdT6qlNP6Xp6c2a3rGzVZ+Wnmb7zl6p+yUsy/ROmqgFDkzID+8lqUEh0ZrBHkBrSNjAztEW0tr+jMXNAtXHKgMuzMp86/oRy25EIf/huL0n9z+Ark0UhSqYnmgFYKxR5WZ1/73J9pTjalb5WfpK/Wpb89bLkrxgrVDliHx1/1VihullaSwu9tLRWFeilpbWKoJeW1toOvbS0llERK1QlpbXEWa6lpbVWS2KFqqSk1kzopSW1RHnw0pJakdBLS2q5QL9ZUou6Ev98SUkt6lKsTJWU1KKuxcoTdS9WnqiLsfJE3YyVJ+pqrDxRd2PlibocK0/U7Vh5oq7HyhN1P1aeCAJYeSIYwNkhKIiVHiN0hoRY6ZkFnaFxcw7458Gjcs0N78b/4fGjJiZMeCD133Xu7mX439vVdv7Xw+b/R6wy2PoY6z1v16/3+boV+zWOHWKUho0XWBrVXCA1Kv7K0Pj0TqVJwTVL05xIpdnGQWrz9yPUFkt91JapzupjL7ZUtaPrqa2eldTWERfUNt2+V9t22q+2a7ZVbV97ndqh6jFth0t5Wqeifa4dEye7djyQpUUd+KyFWtSBn5+oRR34hEFa1IEfPEnVxT+huvsOVD36uqueLbqqXjpH1et6c1XfTKfVF/6mdvm1gbbrRrPareCK1mfVda1v9iGtX8pRrX9GtjYgbrM2cNpBNSh0hTY41qSGtEvRhgZnqN2rDdeGtXlRDTs3TQ23f04Nz41Te/4QoEasDVN75QzWRs7pqPaLyNeIIFFJmPq2SP3dAvhl7rWqVZOkmM1YEd5sjS7dWglPU/K75Bk7TelrRP28klcywYTfDEB1AdFI1kD3fU48KtPFooLKK/44K526Wpx8JEoucpez5G5nyV0PSd0vxi2xYsQwEONWpCLGrUGqGLciVDFu+ahi3HJWxbjVUhXjVj1IhokYty6oYtz6XhXj1n5VjFtbVTFurVPFuHVMK8atPK0Yt/aBORhKYvzK0orxy1p1nmAlxi9r1XmClxi/rFXnCWZi/LJWnSe4YfwiyInxayAkQ0+MX10hGYKQBENkVBAUIQmOyKwgSGJ8I1hifCNoYnwjeGJ8I4hifCOYYnwjqGJ8I7hifCPIYnwj2KLTCLoY3wi+GN8IwsioIBgjo4KgDElwRkYFQRqSYI3MCoI2MisI3sisIIgjs4JgDmogqJfGRP8ycLfVA6+Q8Z+GxbFDJo6uqPG/fPnf3jpXd0mr69zZJXRi/DhDXIVejm38/wP93zNmVEx8BVUAv+/6n3eZ85+93G3z/4fp/916KFJN62PMNt9NTDFnN/xO/vrzaTPyBpwz5Ptsr1lwo710ad2mGRwctK9mX12ShuL7pN/E9DQY0TuMTOSz1InLG4DFG4PdmzOXBwku1/FZ6t7urjc5/anwIOlmcM+uvNfKjov/sHCkqvI1s+TrRkCbrh0Bbbp+BKzpf0Bgmv4PBHIfwP/iQE9Vhjng3e1/coxhYnzMg7B/d3fPMue/6mzzv8oS/7O3BqvqZzfcnL534KeWS+veHkH2IUnTTnE7GQI1p6RbnbW6IuDBwO9CJvBUeL9yfYgw1M3pyFGnDxMGWc4PJOvqZ6sL/v+y/7j4iRNiRseN+fPt38NTV+b8T/h/Nvt/MPZ/h20ntaw/fFtgfYz9X8tcQ2eUdw9Y/iBXJf/oQOmQy5fKty1jpQLNz1LBj3ulw1keUuGnvtIR82vSd1m5ytGVnyvm2ZOkYwOSpO83DVN+8IqWipb1UI43DJROJFikk4/mKafaf6CcOvWC9LD2f7n1WGjW+YyNcnf7RPZo+ttez0cXyJ4X3onyrlpT8d5jZ9BfiVa6FBabu+49a+i29hnZZ4Vq8FU/lv2mvWLwf3G5OWCClyEwaqUc1Ot1KbhHH0PI4+Ol0JZXLN0feVLqfibWEnbGU+px8rIhPKeR1HPTUkvEmmKpV2otS+QCR6X3q0sMfRJ+VqKeC7I80e9bpe/ocMOTHhuUfr06Gfo3eFMZ8Hgdw4BLLykDHTtaBh6IUZ6+XNsyKCtYeebAWcuzb8rS4Kw9lueSgqTo+R9Z5MFtpZikXMMQ3+pS7OBMw9Dmp6Q43zcMw6pXVYa3SDAMP35CGXF9gGHktp3K80f0hlGr3lNGb+9nGZOSqox9x8syLm6sYpje2DK+92wpPu6qZULnMVJCaKFlYt0+0qTOxYZJ59ykxLqHDYm5/5Amn/vM8MIHl6UpucsNLy56VEla+7Jh6qSflJfmxBrsqt8aRK96p8j6vVNj/4y7JLWqjojUL5LIM62JrNJHuDwBByZufab0MQ9DPSNL003DQ+iBSDcV69R2duW1OBGO23IVq/9keQ9iwxdbKyRZLNI3yGpZsuXCSybrhSQLRhoHWTHSOMiSkcZB1ow0DrJopHGQVSONgywbaRwDxOezhSONg6wcaRxk6UjjIGtHGgdZPNI3yOqxAa29KK3I1g9X/2+20YuZB2FIYh+EIYmBEIYkFkIYkpgIktiIJTMSJLESwpDETAhDEjshDEkMhTDkWvH9MFMhDElshTAkMRbCkMRaCEMScyEMGSU2lDGDIQxJLIYwJDEZwpDEZghDEqNBEqshDEnMxjdmN4QhieEQhtwkNgQx0yEMmSo2BDHjsWTWY8nMx5LZjyUzIEtmQZbMhLAvYkMs8xEjYnmPWBGSmJElsyPkARHOZpZkyUzJktmSJTMm35g1WTJz8o3ZkyUzKOKZxKIsmUn5xmyKGWNzOKtgVZbMrCyZXSGJYVkyy7JkpmXJbMuSGZclsy5LZl6WzL4smYFZMguzZCbmG7MxS2ZkvjErw9EhZuYbszMkMTTfmKUhian5xmzNkhmbb8zaLJm5WTJ7wwufJDbk/D1Z3IHanHX0opJtAzqvkpNWHf4X/P+ImIqLtt53/q8rc/6Du63+S6Wa//MP9gfuLc4PEAtCVWhIwMDAJZtomOhRUlzNg39oIl6etxZlHDNUOCr0EaXrTvf9GFSJcnf1c/bo6u5qm/JXmP2PiR0RkzDqAdT/0OncvMrk/7vb4n8P2/5LZiOB1sea1X0Xbl23ImOvY4eOAQ0bD85sVPPZLxoVz3VtfDotoEnB1symOY4BzTa2lpu//w+5xdKqcsvZl+XHppyQtaPy5VbP7JRbR3wqt+n2nty20xK5XbNUuX3tJLlDVaO5w6XFZqeidEvHxABLxwNTzP/cOtrcKWuw+fGVvc3O8/3NnZNdzS4JrcyuQ+ub3Qb7ybr4JrK7r1b2eOJX2bNFFdnL7Yjsda1I1jctNusLt8tdrh42d91olLsVfGb2WbXV7Ju93OyX8o7ZP+Nlc0DcDHPgtGVyUOjz5uBYRQ5p18scGjxE7l6tszmsTYgcdi5CDrdvL4fnOss9f6gpR6ytJ/fK0VkiX7thuFcppdvUu93pZURh81GeMiOT6Wz9XvY7jF+wDyJ+lzzDy93iNfw8KM/NjX7c6Ud02P2SO8r0HwrbUx+KpI4MzBq4L1lyf7LkPoWkfmXJfcuS+xezKOpjzKKonzGLor7GLIr6G7Mo6nPMoqjf4XxR32MWRf2PWRRhALMowgFmUYQFzKIID2IWlQTJuIAkbGAWVSS29TJGxGxqCp5nrGA2RXjBbIowg9kU4QazKcIOZlOEH3ARYQizKcIRZlOEJcymCE+YTRGmMIsiXLFkbEESvjAKNRWzJ8YZZlOENcymCG+YTRHmMJsi3GE2lS1mT4w/zKYyxPEYjEN0DmERsynCI2ZThEnMpgiXmE0RNjGLInxiFkUYhSScYhZFWIUkvGI2RZjFbIpwi9lUjiiXyvi9OahWMgzTCO6m83N209lG70o0/sfHxI6omJP37r/+Xyb/08u2/6/S+P+chc4T6RYzp15byTXV8xLqpx8xmo1V+qxx9fkwNNN3uZPaI1B1Da8dpoYXHXHteWaKlmukWCmDyK8QFDRQlFa3c0AxQQ0KCzbA4ybWwoKioLoori5F8XafqIh+5bpGHtv4Om+t/87XK+rAm8WGKbpucDRdOziarh+RKfofwKW1RUIc/y/g1Ar+fxzoV2WplXh3+58wYnhMfIXZfznP/3R1d5O0uv7xE8eMH2mz/4fS/wkjxsSMHTrxgcR/ytZ/9NLZ+L+SxX80b11MSm7Z2NV4MzDT51opD0YVSg63sp6nh2e53lyUBE9KxiSCPuS2CND9Pgj1Zz24Am1XD1sR2gqy/4oy//+G/708vIn/K5KEbPZfvv4fQd/75OEPIv9P5+51h/rvtvzfh83/dawyxPq4wVuHi35ct2Kb5NjhSUPDxq+aG9WcbmlUvEFufDrb0KTgnLlpjr+h2cZeaWI/cOc0sR9Ykyb2A19ME/uBD6SJ/cDr08R+4P0asR/4S23HxFFasSd4kUbsCZ6sEXuCn9GIPcG+GuwJjg9Ow57gvu3SsCdYVyPN63rdNH2zthp9oSWty6/VNV035qV1Kzil8Vl1XuObvUvjl7JP45/xvsb/YpEhIG6VFDgtWwkKfVUKjl2qhLQbKYUGT1W6V4uQwtrISti54Uq4fZASnhuu9PwPe9cCF1Wd7weFQlDvyVJBRFFUUlQOrwFE4CgiIaAnNR8J15l8IIJwQlDQ2tgVzS2u9/josWYbLuTtes17LLU+ZnlM10pdOplm10eO+WjbVjwX3buZkvf/+/3m8Gh8gMurbZiP8xvGYeb/n//vdb6/17kBxclbA4tTDo8ypa7qUjw+p4M4OfmTe8NRPNw71b95dgIo5Znu8CVTz4PSMpd6FS9wbzxjr35xBUAFgpelZZD9SPfrFaqcMWpNI02Bwfbc4+DgOpgFup415bjRIrMjJ7iQaoPh6AkufNZGcCF1QQU2ILhwl0RwYZWN4MI4ieDCFJngQqN2eTjSutplDmld7XK1THChUbt8VCa40Khd3ikTXGjULlONWl3t8j4/gguziNbWML/EEVxo1DAXcQQXGjXMMziCC40a5hiO4EJ7DTNjPYIL7TXMjAUJLrTXMDNWRMrYEWFCxpIEF+r4O7AmwYVHZIIL/8wRXHiZI7jwIEdw4WccwYVbiDK2JdjwdcJ0GfsSbPisiWDDDcUEG9LlErAzwYbJJoINLcUEG2YUE2w4mihjcYINBxQTbBhYTLAhdcsElgcKbI/qgrH+PcOIbc/+4CdGxTozgxth/3Ozs6ytVP8T5pD/H2oOjXDa/3Zy/Qe4GqbmgyZ49tXduw6eLH34sNuTXgYW6IJawGSa+CWqkLHwanat5o7gGAplaiol0xAY1ojPhBoeN5O9MdWgXV7YKCn+m++wIRWsgRpUleLzsJaf4n1YvwM9RGlREzVYFFuaOy6tMy4NS0kfcVgepvaE/0KSCW4r/3nWhTm5Rda8ZugBcdf4v6P/H252+v9tLf+edjra/pjbeK1L9Y7ys37dA3LlHl4VzPkr53peO17csB/QPKX3lumK74ZxSp/SaKXvU0MVv2xfpV9aV6V/8k3FP1pXBgSeVQb6HFEGee5TAlwv8wFXbfzD588IgwufFQYf/ZAfsv9tPnB7BT+04gV+2LoV/PCSxXxQ/jyenz2dD04vUULyZiqhMXOVsImjlHDfRxRziL9irhmiRPoIfOTpzkrU9f78iN1VSvRJV37kJk8+ZtdFPnb5JT5u/ce8MOdTftSy88rohG18/KwDypiBa/mE+DeUsW4FfKL/c0pi1WolqWO2klS5UBl3brySvPUxJeVwFp+6KkKZnHzB7x+On7q5uoPbM7Urfvs/6RVj3BvPgNtjvMbkfqeuMnVujktTjhR9fHas5OOf9SMfP1cmH7/CRD5+OUc+/vFi8vFv159onkI+/nSFfPxxCvn40Qr5+EMV8vF9kQJLkI9/UyEfX1fIxz+rkI9/RCEff59CPv5lnnx8G08+/hmBfPxniTLWIR//bZ58/AqefPwXePLxV/Dk4y/mycefx5OPP50nH79EIR+f+gcBi5GPT/2DgNXIx/cnyliOfHwB/x5Yj3z8/jz5+FXUx4ixIfr4jBXJx7/Ik49/iScf/2OefPtPefLtzyvk22/jybc/oJBvv5Yn3576FwHLkm9P/YuAdcm3zybKWJh8+/EK+faPKeTbZ/Hk20co5NNf8Ltnn751Wfvn01f3Z2//C6zZ1pkpBQukgrwWtv+82bH/tzncGf9vS/tfv0lsJ/tjrP9fsWx5+a6M8bLqcd5y8O0LlkOrZ7ofeWSB3mN1VW3zbGgMwxz4mVPgr63pde1eMvxA6jMw4z6zEFp9sqt2L9QAWD4/qbati2MJvf3H6Nvv0pSFg3X7lfmxzdhtj20Aa4zZJoDCRvBigm0GmwOwDeFFBNsUWkG2sbpYVCttrvV62Nxe/mfNy2yW7t93l/+IMMf8nzBn/W97uf5/0I4BeL353H3yrozElXuWBhTvueIj7k3fUrz3WJm4L9Zm2rfzc+2Pfg8W//Hl+8WPXBJNHxWN0D4+d9j0yYw92sH9N4sPjbwiHlo9zQRidasGi67QQDGDCqEKQagKeMirMZpC2VttcPZG+yg6kShGjZ4XULsNkG7YCmmBRCyqhC0hZdsCCltDyrYHFLaIlG0TKGwVKdsuUNgyUrZtLM5kW8fiTLZ91C7sK0Dtwr4G0jJUXGlomRb4ShqnQ24v/4utmfmmVpH/kDAH/C882Jn/317kv4P9n/sJa3gJMiqzU0MxI2MIT925A/nQJr0T1g+zd6tl/Vu+I3BwaOywUKe33/r2P9U6y5praj75b1r+R1gI9P8KgUUUOOW/rc6/oBnP/475H8EO/l9IhFP/t7X+N3qqJdofP7Q8c8aqQ4kF+qHqg7bD13eJf/r8R0vlq69rR6xLpM8Lv5eOjn5TP5b8X9IX+Sn68bhJ+pdBY/Qvv/9BOtHlmHTiy1PSyUvvSKfe/UA6XfkX/auNJ/QzO3fotl/v1s+++JL+9YTB+rlFRfr5IE/9wswXpYtdL+nNNwdmkhfNgQn3arE5MOiyudwSFXO5r9E3k2k+wi23ioe7cPVGY6DbFw8xK3usOx7L1LFGvSlnSoNfZqxCp5SdLVJ2vhhPY2eMHUXYOWNHEXbW6LSy88bOIezMsXMIO3ccBMPOHgfBsPPHDiKMB6iDyBiijBfQ8jN+QMp4ggbBvCPRIJgPkAJ/YAcRxiM0CGaHToNgdus0COYlnQbBDNZpEEyRToNgPHUaBPMivg/wUPscBDPJq+EgmHCvn90gmHbE7x7seWe/3+a2/xnW2dac1rH/vNkB/3H2f2g38d94I1i42dtctqP8DVv3gAixh1eW2tN9vtbz2muC17e/F71PHFF7HfYXfXbzUu8t/STfDd2kPqUdpb5Lr0p+WRekfjO+kPonfyT5R78rDQj8T2mgz3ppkOfzUoDrTj3g6n/oOA+mcIJp8NHf6kP2L9EDt2fpQyvS9GHrUvXhJbF6UH6Qzs/204PTU6SQvAApNGa4FDaxkxTuy0nm4O8k841qKdLnfj3y1FEp6odv9RG7d0rRJw7pI18/osfselOPXb5dj1v/77ow50V91LIt0uiEQj1+1ippzMDH9YR4SRrrNlJP9J8oJVZNl5I6hklJldHSuHM9pOStvpJR/z05eYttqs+GZgmUYRXtv1ng+y0towpZF8pl62zcG8+4dK57jcm9/iupopbHatqGuW4uTTlXMClwthQEprprOGMKAmepFASer1EQ+DWBgsC/x/+Hc6cgsL9IQWBeoiBwP4mCwN0kCgLTWHrgBwwCZ9FYeuALCgLTWHrgDwoC01h64BMKAtNYeuAXCgLTWPraITWF1N0I+IeCwEt0CgLTeHrgJQoC03h64CkKAgfpFASmsdfAXxQEDpAoCDxcoiBwJ4mCwBxS4DmkN2gcPfAe0lM0fh54kILANG4eeBGDwIwfKQj8pk5BYBonD7xJQWAaHw88SkFgGhcPvEpBYBoPDzxLQWAaBw+8S0FgGv8OPExBYBr3DrxMQWAa7/7TunDgbaDA380VDG5pHoe68eDYYcHBTtPfAvY/y7pwYfMUgN61/i/Cof8LH+zM/2wv+C/kfkIuZveN1enyrh7H5EMrfYuhdzqEQ02mXOpGp9elcpADb8QmUo2kbOa0T02aPKpJH0lVgekUq2EfjZen7OON9u33uAToDz3KeclwR/nPycxunvTvu+d/hDn4/2HO/I82lf/77P/gp4v9MVfM7vZuuFr8oYuXdCjuFdOh0o76Z8mp+pFtF/Svs6NMX789Q+/yyg1T1xUv64Om7DEN2vaG1NGlg4sr+4e3mzf72hu4u9TL+2ogr9jcTWTX9uIk+5hXIy3CpVEDILraH6NT+9DZUwisLH1viYDRXLZ4oLAB1CRsE0jZRrA1LtsMaha2IQSY2KaQso3hN/HKDfqQFdSMCDaJlG3UBbpeuhmxW2OnT867h/3WGxThIbYwtHFb+S9YOMvahvFf5/y/dmP/a6O2G6tflI1oLfWghZ6MRjfGpsZ/4d1qrzRu+Y7Y2TF2WJjTTLe+/I/PnJXLaGvIf2hESIhj/pcT/2tL+Xez/0MBtT/u8vriPu92uvTfNo/TazTPH2bbOn9wQOxSEWXp+txZ7V9KfCxcwQTtgVk1lm6TbOKDqd62h0I/FLv777X0eLBC7Nmx3NLzygrR69xyi/fn88Re+zIsPrtLtN5bltl8N8zV+pTOsfV96hHNLzvR1i9tiNY/ZbDNf2RnbcBQT9tAnyoNuqsHuHmKAX/zsDx8/hLNadj/qRi4vdIytGKbOGydYhleslYMyl9j4WcXiMHpW20hqau10BjZFjZsoRbum2czhxRy5ppnuEifdXLkaSsXdX2RPOL9eC765DR55KaZcsx7I+TYFaPkuFd6y8Jcf3lUSRQ3eqybHD/bhxsz8Bs5Ib6GG+v2iZzof4ZLrLrIJXXcyyVVfsyNO1fOJW/dzKUc3iOnrirlxm/ZKE/IyeHE0mXyo1Ofkydmz5EnRWTLk1MS5cd6jpenDB0sT/k7L0/rPpabdrybPP1vD3OP77wqzzjmwaWVPcClb/8r96/PXOFmrqvkLDOPcdan/yI/EfcONyv9sDy77++4OTFb5bnuO+QMX1nO+PNL8ryaPDnz4yJ5/unJctYbM+TsA09yC1bGyDmbJnG58/rK0opw7slHR3J5c3tyC4P7cPkJ17iCB0zcoqDu8iL9a66w69/lQm0/V1T1P/ISZRO3tPI9+anffSg/vfVV+VdFFfIzq56RO7g07dbRtVlvJlPfRxDW48GT6u0Hub10D8+AwUhImAR3k+0xIdPti91vydtgkYC/MQ7GeBzjYIzPETBlvI5xMMbv6AYynkc3kPE9UOB9oMD/GCdjMoBxMiYHQEEWgII8ILbKZAKxVSYXiKky2UDK5AOxVSYjiK0yOUFslckKYaslGmGry2yErc6lyQWlNEkA5AexVSZDiK0yOUJsNYUmCYA8IbbKZIqw1SqNsFWaXADyhZTJGGGrlxpOLmDyRphqpYUw1W0iYaqKhTDVtTS5gMkgYaoFImGqW/H9QR4JU5Xxd5BLwlTz8HeQT6RMRglTXUdF9ExWEVNl8oqYKpNZxFSZ3CKmymQXMVUmv4ipMhlGTJXJMWKqTJYRU2XyjJgqk2nEVJlcE6b6jUyYag1HmOonMmGqZzjCVC9yhKnuJcpknjBVKowC2SdMdQ/+HegAoKAHgIIuAAr6ACjoBKCgF4CCbkBdzPQDUNARQEFPIGW6AijoC6RMZwAFvQEUdAdQ0B9AQYcABT0CFHQJUNAnQEGnAAW9AhR0C1DQL0BBxwAFPQMUdA1Q0DdImc4BCnoHKOgeoKB/gIIOAgp6CCjoIqCgjxComUdNH0Av4UUS001AQT8BBR0FFPQUmugHTEhBXyFlOgso6C2kGjV9AP0FFHQYUNBjQEGXAQV9hpdjTKeh8P9M9ZoH+3VYCPwHDB8IH84HhRqzB4Ka6izf1v/LXZSbVbAkZ04zDIG/e/9vh/l/EWYn/tvW138O/aM3e/mpv8z63yIhdVWC2ky9kx/FgGnj6yPvWBPZ1P7fcIbOYt9fUrFvkUA+SYLaLHHdFuBhZ1VvO8R/mP1fmPlEZmv0/wjlHex/eLjT/re1/TfEcYz9MbfxpPeA1rT/gT+OZ/q8XBi2bp0wvGS5EJS/SOBnZwjB6WvUkLwFamhMvho2cYIa7jtFNYcEq+aaSDXSZ7wQebqXGnWdF0bsvqFGn+wmjNzkLcTsuirELr8uxK3/QhDmnBZGLatWRyfsEeJnHVXHDNwoJMTvVMe6LRMS/V9WE6teU5M6LlGTKn+tjjuXpiZvnaUaPsDk5Cv81LWH7+oLuN9/311vrqhKU3c3VZW6dL6zQjW5NOVUqc2f94B/Zq8AOIm8g3KBvIN1AnkHywXyDhYJ5B1kCOQdrFHJO1igkneQr5J3MEEl72CKSt5BMFHGeeQdjBfIO+ilknfAC+Qd3FDJO+gmkHfgLZB3cFUg7+C6QN7BFwJ5B6cF8g6qVfIO9gjkHRxVyTvYKJB3sFMl72CZQN7Byyp5B6+p5B0sIco4mbwDmu4CHH0r7wC4GyhweGO8hbblcqff0HL2f8KCZjD8jb3+d+j/FRrsvP5vc/vv2P/rbWHnjvLLfPeAp8t6eL3F9XTf5tfz2gXZ69vzZd4nvblehzPLfHYvUntvyVB9N0xT+5QmqX2fGqH6ZQeq/dJ6q/1Tuqj+0T+qAwIvqwN9bOogz8/UANcaIeBqlYAxncIXxMFHNWHI/r1C4Pa3hPZo+5urSdKYg6i3Rbuuc0e919m4N54BHWi8xuRe/5X2Dvj2jiLmuoupe+j/xY6VjD8ZVzheMv5vkdFnx0zG/4JMxv98GRl/b46Mf2YZGf9FKhn/DJWM/zSVjH+SSsZ/hErGP1Al499bpfBEF5WM/48qGf/LKhl/m0rG/zOVjH+NQMa/SmgQnmBsQ8ZfE8j47xXI+L8lOI1+443+z4C1weKbY4eZnRa/xe1/njW7lex/cES4Q/5XcLgz/6u9XP+H2R8/tNl77akdFZ5i94DnlR5eqh/Z/ytlXt9WK94nA/x6HV6sUE5HgUY5HVM1yumI0iinw0fDnI7AGm2gzw0b5XR4Wyin47plcGG5ZfDRr8Qh+09bKK9jj4XyOjZaKK9jmQXzOvJ+a8O8jolZNsrrSLWZaybbIn3mWyJPm21R11MsI973skWfHG4ZuSncEvMeZ4ld0dMSt77aIsy5ZhlV0tVmtPOqnU2ONxhQfr+7ndzi5ubGuHkABexAdTEFVqvMSL3Vf2asCCotUoDoJTxv9DUh5WbGHLdGIfkOJ0EVW2tPodmuoKg9nAqZbdWvodm+UkZmu1ohsx3gR2Z7sdIwq6BAa5hVMFVrmFUQpTXMKvDRGmQVsFMls33D1jCrgCZs1mUV0IRNOG0y21+JZLZp0mZddsEeS8Psgo2WhtkFyywNsgsYVzTILmDc0TC7IJUo4xQy2/MtZLbNNjLbKRbKLvCykdkebiGzHW6h7ALOQtkFPS1ktqstZLavWSi7oKut1oy2K87C6Uixt544dzv9L87LyV0wU5yTM6/F9T8fFubQ/zGUd17/tbX+N36MWoDuK0sTBqwuD/T4U/jF4s+mV0pHomN1g9thStcTafDyWf9nd+o6YYJ7F0x2f4CewWT3lNpGiI3u3Va7BFB4sAygsBRsT8GWg9n7bEmYvR8dq9cXxH9gaf/8CNNt5T83Jz/TmmNtDhDorvNfw4Id5v9FOPs/thf5hxaqUFLT9/mbq0y7epwxHSqqcIfiu+MjD7ifuDnIdHXHByv7ncgvhjkQrh3cmKDOxSjBXGzekVloL3jpikLXDe97oND5oNDV619I3VCxRG9q0ugmLQ4kHxZIlYJnqK6HLdSoFMSGNGzB2HiGLRobtbCFo0vTEov3YHftX3PcVv6LcnMyiqzN0gH2rvW/Dtd/YSEhzvkP7UX+IT8aCnI7P3/8fzesudjj+yNBVumxyg7S438tgAJcl47sWzwPr1y8krr12GUG8xeT7XVtTfkglGX2YUDhA1GG2YfCi+CDgTbpwz3YA+fUp6bI/6PW/Gaa/twI+ecd4j+hzvr/diP/xojezhurX+Vdn1uj1o7l5fHCHUr28LLV3Sjca2Q72No3pnLAV/G84QPqvPe7fIizQ2yLyX8uk4sca1EryH8INPv4af+PMGf9f1vLf2c7Dbc/5jZ7r0zbUV4jNA/+CzV9ZzSs6bt6Q2yI/0JdnypSXd8fRKrrKxGprq9MC8lbqoXG/EYLm5iuhfvO1swhcZq5ZqwW6ZMmRp5+WIu6HiuOeN9Diz7pJ47cFCDGvNdBjF3RSYxbf14U5nwnjioxaXNsB/xujdQRWtfg1wa3TqCUoivqlFIjoTrXujiYPfZVT5WF10a6jGGVTTkYgoNXplEUl6Kk7QcONorMzmgEB9uLzNih3xkONorNVJHgYKPY7A8iwcFGsVmJSHCwUWxWphEcvNRebPYbjeDgdHux2WyN4OA4ooxxCA5OI0PDGIjg4FiR4GAPjeBgP5Hg4ACR4GCaiAqMRXDweZHg4O9EgoNN+HfAaLeHhdsJs90JIXb+/CLtf9GSouzcvNnN0QHgrvafD3bs/+60/21t/z3rmRl7/88VZS1r/438r5a3/2k+X5bdQSW7/T97VwIXxZnsG40RPJLWeKBIxCtIvIYZGEaRQxC5dVRiFo/IKCwQFFqEBBM3v971SrLGdK6NutldXDWHq3kkUcMj5snb6O4Yj4zGI15vx6hRc2A/4+7mMM9Xx/QAouIol6bh59QwIExX/fv711f1VZX3NZdkb1ySIzI8W5JvfDH2yCJM/ItLb2/iv/L41p1B/Iiweoi/GVGmM77+cT3+n2DLzy4oaLj+357Nfwk1YPzfmI5vIr+xFaDPf7ma/XPn2TJzhAazv4f930LC9P5PLSX+6+7adsDPvFHr1jZoF3H1Lcz/wt/m5ser/kY9utt89/9EW26DLb03sf6HBptg/U8omB6bkzs9NTc/R7//m9r+eTm2Wbn5DWX/69d/GevE/w36+Z/mXv+1/iGxruddFqu7y/cZ3lVbzvyP7nKo//2yOfh72fyTIFv8ugmWY5/Lw3/4ThixZZscfuSIMHLtCSGiYosQuegj2Kn9EXZpa4VRCyrkmLglQuzM1+TRA3KFuNin5DFtkoX4fhlyfFW2nNg6Rk7ckygnnewvJ789SE7ZNUpIXdZRTkuuUCf9690bLZSpvyh2kR31i4cVbmA2glhjHgKeNXLNQ8DZCO5tnSfWpGHYYFE6XAFW5diBPvWDYwfa1I/uMscO7ieJSOPYgSBz7KAb/X1EHcUOAHkUOwD0UewAEEixA0AhxQ4qqAya0Mixgz8KHDtYSxKRiRLRScYChKJElOIHIhUlohU/ELEkAbUoEbkkAb0oEcEoEcUoEcn4gWimux8QjRJR7fbFWiSy9VkfTc3/s22Febb8zMbn/+DguvF/+NT5v5n5X2up38P1XFzXY1FY48X/v7FeO1J6N5bHRO64sWjoNaKenlwpx9UXhd2ecXUui25cberx4zt8/c8qKG6oAuB61//Q4DrnP016/W9Lif/5a6vibw+pJXT+OzZQPZT1vHSo6g8ZONP38O4hziOHnlWPbrjXeeyLz9XjS//XibN5T+W9/93p+3xzvpjRuuRMp5SzZ4dJJWfPXMz58t4JJV/+/WDOV+dDSr5+ozznm0+6lVQtWZmjhs4pCVidofTJz1b6LohR+o1NVLxauZvlerWp8UmvCMLjWP9R6+j30lKvDprnuWg5e5i8immHwZNHp3l02XwaXS2pdRodVEAVJaAGkqCKmiOOUSVUaQJqoRHHoBoacQzqoRHHoKKaI4xRVTS6GNRFo4tBZTSyGNSGElVHEtRHI4tBhSRBjTS6GFRJo4tBnTS6GFRKo4tBrTSyGFRLJAPqJZIBFRPJgJqJZBpP1frZ+9ty/c+x5Wfn2HKbYv03mOus/3r/55a1/tMxfQwZlL76Z3nVvLtUe/oj8g6f76Udn34o7GzzrLpzfrSAhbef/vZJGefBH4jrKxxM2aoeGrlV+OzuX0qH/S/Ih0fNV++vmBDQO/f3SsBTC0v7JP5K6Zu9KqBf0HSlf/yCgAGd54sPBGYFPHDhEXFg2/iAgfuixet2YxeEOYc4zqDN16Ip4aN5Urgnl4Zr5FPm2CCUeIlUkQCXiRIvFSVeLkm4ZKoubMNrO166VneMElWAEtVAiS5QBUpUB1chbqWvUS3EFaAakqAe2hiAimhjAGqiNRtURWs2qIvWbFAZrdlBPPYAVUcbA1AfbQxAhSRBjbQhAFWSvDV16lPWf1brf25+tk0qKMxq/PXfYDbVqf8w6vPfmnX993b90zIH+DwA1//FCxatrsgeq1S2O5Xx8XunM3a+MN17X8JstdsLVe6IAx5tA8/ZNg3/Nzy6e3xlB6CTmB2AEYbcEqymBufRl5aaXrjUTHS3XwgzGq6oq3Z9eGnSkzfOq/vE1ZTygAugGnG4CJR4ISjxYmg1hwui1RwuisI9cGE1wylNcnEYXbFENsVqe837vzArMz8rr2DWvFtvBFpv/jesTv4/2GDU7/9m9v/qNItc18N0atPqN50tJ//rI4X6i5I5+CvJfOmCZPFrq1qO7ZeG/3BOHbFlsxR+ZKc6cu0+NaJigxq5aKMatfJ5NTrrd+qoBeulmLgSNXbmMmn0gMlqXKwkjWkzUo3vN0GKr0qXEluHSIl7wqWkk92k5Lf9pZRdRjX1uctSWvJ6Z0M1SVR6oWq1kff1JMjoZ3CNqf5JCssGG9zJMo7K3lT/TzQrB7rfdHKgW08Co6xOAvuQRKihRLiRBMhRDB1gRxKghxLhhxIhiBJhiBKhiBLhiBIhiRJhiRKhiRLhSUYCiKJEmKJEqKJEuKJEyKJE2JIE6KJE+JIECKNEGKNEKKNEOKNESNMSALB2M1zLhraeBW4q/k+z5UpZuQ3zN+qL/5jC6sR/Qsy6/99S4j9BArdmofnvHz2UKO9LS5evG+c5s0LFFktH7bulY850+fg6Qf2fwrnCPzZlSs75i4QTv3tV/XxauXzy8Z3SqcivhdOGAOmLPnOEM53XSmdbrZHPfvuZeu7kZ8KXBzpIX21vL3+9OUr95t+XhKrl29Tzh4fJ6rzvpLaXJgne3zwr+Rx/Rm6350O109FVcue04xKO6LuhT0GYQxPaJblm2xgvnspOR5BjXUHs2BvLF7jVhFxatEelyfOoLtpNgMpuKTYEKq3ZuQpVS/kEJ/9eVDFKVDNKVDVKVDdKVDnlG0DtKFH1lHcA9VPeAUxAeQcwA+UdwBSUbwBzkASToESzUN4BTEN5BzAP5R3ARJR3ADNR3gFMhRLNRfkHMBkqCc1G2zQwHW3RwHwo0YQo0YwoG9GUehzrxtb/uTl5WflFTbH+B1+l/4dJr/9o7vVfC6P0cD2H/d8Cn8ac/3A9B7Qt+Mf/Jq/3BvvKX6uLvCcXzLujBT6383SEJlGqfhrojlv/Z+TOyp3bMBuA+vs/ma70/80hevyvpcT/tG4DXdEzW9djpdeZIx2sXQNXVHbz3WPo7r07uvsPXmW+XwqVPY6GGnruWlTpt+VFJ86o93+tyImz6XvPn+TEmfR9plqcOIu+38ieTpxBX2cGwGkfifs/4fwf7P+A83+w/4M2/wfn/75YWT37F2f/4OxfnP2Ds39x9g/O/sXZPzj7F2f/4OxfnP2Ds3+PR0cf/3vZqIW91Ji4cxKH9LVDL1f05PFpBZ/4+hUTu30oxhF0mVz+y66mdD5Ugd+RzlN20h61V7w6aT/Dz/G7uJCmxdTq2l6jY7tnZkF2mrS5wovZaiVJNBGz1YpKZqs9Bmar3cQOaDJiKzAbs1WogdlqUSWz1YtOZqsFTmarIiezVZaT2WqSk9kq3slsZXEyWwWRRBMTW4GZma3qGQpwmmNs1d2ftBk+WhMIbYaP1gTiyhk+2lhf7h5Yd5yvNrtHG+erze7Rxvlqs3u0cb7a7B5tnK82u0cb56vN7tHG+fLsHoQXxfAAYhzDOydVZ49aJNSQu0Mih4To3K3zfw3+z8optDVg/e915/+GmuvW/+v9n1pK/C/BtR3qtXLWr+xbhV0JHV8ebblnw33l986bGy0O/LhSfOunyk4btiR0jksqvy/sa3uXIV3LBwY8Zh949A/lQTtfsz/4X33LB613JAz+0yTLkGWt7UPlZ8qHFYQlGGwfWoKtj9qNMWq5yXjeHjKguDy0S78E891vWcz/nGQPO3Os3HLw2YThO0TLiP+8NyH8L69YRq6MsUcstZdHPvlYQtTsS5boqW/ZR40bVh4TNdQeG7yxPP7zHQkJB8ZZErePTUh6f78l+fVf21NWtC1PXbIpYewT4ZZxOWft1in55eOTZ9snRHxbPnHwqoS03oGWhzrut08SJpdPOu+d8PCJZZZf7H0uIX3bfZbJ71bap6wdUz71pYsJ0xY/YXmkONA+PXtDecbD6+22JGP5DIszYeagX1pc2yzYV2l7rZv+bA13DB0JgEdY86MScA8WbMEW9LDOd6FV3bfm67TCc5kGnSkw0SMv9J7YFx0HtDFKtDN+E22NEu2NEm2OEu1OEmxPgTuwPwXuAAMoEQcoEQtE8IAHkoAJ4jPABRE9YIOIHvBBRA8YIaIHnBDRA1aI6AEvpBPADBE94IaSdYAdInzADxE+YIgIH3BERA9YIgl4QomYIsIHXBHhA7aI8AFfRPiAMSJ8wBkRPmCNCB/wRoQPmCOiB9wR0QP2iOgBf5SsAwxSMg5wSMoFLFIyDvBIyTjAJCXjAJeUjANsUjIO8IkSMYoScYoSsYoS8YoSMYsScUv3L2AXJeIXJWKYJOAYJWIZJeIZJWIaJeIaJWIbJeIbJWIcJeIcJWIdJeIdJWIeJeIeJWK/RpihxeGfeoiYDJFDTCNMBt3F8YD/Z00f9VjuYw3F/x72/zAbw4QAY1JWYfFc26ys2Tr/N7n9c3JnzyhuOP/P0/5fJuz/hW9CyiluZAXo9r+G/RtK9fXOf7hK/M+sx/9aiv+vjWm458AXXYv62FLfdI9mSKNO5Km/cLWbbudKDxD9mj361ZQLh19PsST4E9Uxk3r/jD4TuFHu/4K8eQUN9Dfqnf9ortP/z2TW+z805/1/l+sffvi4nlP916HIVtKhb9JVrvsNV4+2FdSjG/xVrvu9rLauLiZagHc2loTWHMtEJUVJo/k4hsBH3r08eRO4UmT9dQ1X3cKbIQlvqHb1bThX3bYVXNW3/mrt6tubfKPtku60WtZr3/+3fu7/huN/hrr3f4h+/q+5+V+D+WjXc3HV6bGHN60+EdA1sEDp5rtG6O69Wuz+/SHZ99xBpcfR9kLPXVMUvy05Zb3Wp5f5v5ZUdv/S8LLe8weXBczyL+sz9Z6yvsmXy/qFq2X9B50oG+C3r+yB9h+VBd513hB40WkYeOof0UElS6KD9v/V8OC29wyDNq4xDF7zimHIy4sNQxc+bhhWlGPg/N/CMmPh9LLqHGBCGecAHyzjHGCHMs4BVpVxDrC9YeSec2URFRejOQ94MBqTNaMWXKiMidsaHTtzf+XoAaui42I3V45psyA6vt/yyviqP1Umtn6iMnHPryuTTk6tTH57ZmXKrnnRqcviKtOSvzU8nPhdpeeHpb2v0SprHJ1iB7+Gai4xpjFD4rMXQofqV1ytWe7SnuN32Q8yu6bVhpGxKKfj5YlVqdQVLMuHXE7QnYAWRolWxg+0NEmwNkq0OEq0On6g5VGi9VEiAlAiClAiElAiGlAiIsjVA1SgRGSgRHSgRISgRJSgRKSgRLSQBMRQNBFQQ9FEQA5JQA9FFQFBFFUEFFFUEZBEUUVAE0UVAVEUVQRU0QrlTh8upL+DCKOoYp00YgKnD91pxAdJVqcRO9DX1WnEKvq6Oo3YniUgkqKLgEqKLrrTiQdJaulERClFFwGpFF0EtJLxALEoEbUoEbkUdQT0kgQEU9QRUEwSkEzRR0AzRR8B0RR9BFSTbw3IJhQCuilqCAivEdVroSi/86czNx//P/RocX72dKstP/PWZ8B6Hv8xh4SC/29MteXZ5s5tsDmUOv97YP9ZNlv+DFuDTAGt7/xvaNiV8Z8Qvf97y4n/mFxbL3Hxp1Up97Y/pvies8s9jlxSe+5Klbnec5jM9Z6dZK73/Fbmes8DMtd7vi9zvecKmes9NwNzL1eD9i8XuNbzCYFrPacKXOsZKXCt52TZmBohmSJGyiFDekvU67ejlzTi3Hul4RvXKyPX/KU04uVlSuTC50qjiiQlOrOgdFTaBCVm9PjS2JAQZXR/U2mc/3jxoa4rSye1sUmT/jm/9OHTsVItVvMkLZVJB2eAlGijiJQlyRpBhbmLuT1RKVWkg1rxRVQtO1d2crJQxexcpcrsXGn1lcNkdq60+spO9HV1feW39HV1feUBmZ0rrb7yfZmdK62+coXMzpVWX7lZYOdqucpO1XKBnSqtrvIJgZ0qra5yqsBOlVZXGcm3vbuucjL9fjQlO1Uj6Ws0KTtVrua6YFpymsC85DSBiclZAjOTswSmJmcJzE3OEpicnCUwOzlLYHpylsD85CwBBMhZAhiQswRQQIlwQImQIAmwIKcHoFHH6Wl4eDRdbf8trv/502NsRQUNQL43w/9Y/2FsSBLS13/P7F9YPHtO09R/Xm3+S6hJz/+0FP53T20p+7+KTG1ay4Re2n5O2595Ov8Ff5t7ub3qb9QzO814/88tGjI2q9DWBPe/0VT9PXf/v2Dd/2/u+18bMx3reu676ujxik2rtwtdAydKP8f+L2NnX4zGiQm1DvPf8CjnWp8+bbzBPVw8BvVbs2zZ3SNDvPK5q19GF+qXIWqv4yu8XFpcsxOCXX0zXDdP/T1h6piZAsJgag4Ibxc4IDxR4oCw3hOGA8J3dk8YhDoHhHlAyG0IeewVY4gcEqyf+rwZ/p+Um5VflGvLb4r+j6GGOvG/YL3/b4vx/7E24G7kgKeXxltfWD2o3e7QL+S96XskbHh7wPiBeGq8zd0esVVrPLGVQaab+S9Xd0QfuuM70h3fiV/BO9haHRrhW9mTN4PshG8IJb4plPjGUOKbq9mRF98kdTsZz/5sg7zZOyP7dM37f5YtM/exgrlFBXmNff9fpf9jSGhoqH7/N/P9X6dZ4Bvp8dM2rd6sdg2My+jmO8/R3bvE2f37DVbfc+szehxxOnruCs7w2xIpcz4gQKZ8wPxWMucDTsmcD/ibzPmAN2XOB2wXOB+wSQwqmSZyTuAZgXMCeQLnBFIFzgkMo2CysTBUppxAM8z/a6gmeU+uRtXy7ATwdGiagtBBe9ReqZ6vAJ6Rd82frB6WdsWgNM/7P6JZ2dff7BoCGJfBvv489vHBzOzrb7Cyr78+g319p4N9/eAM9vUj5dr5CeoYXJ2fACjUzk+ckmvnJ/4m185PvCnXzk/wXqQ6P7FJZF9/mlg7T/GMUDtPwUtYdZ4iVaidpxgm1MpTALxq5Sl+JkMAbwNo6z59U/F/ui2vuKiBToDWP/83rG78Tz//3eL4f9XRLx+pjv8tcXb3Xqx2//6DDN9zFVKPI1XOnruiJL8tKUqv9RGK/2tDlfuX9lZ6zxeVgFleSp8pF5S+ySeVfuH7lf6DtisD/DYrD7R/Qwm861Mx8OI2ceCpjwKCSvICgva/Lj647VVx0ManxcFr5olDXn5UHLpwijisKEU0ZEaIwdNyFGNhrGKKSFJCJgxQQv0HK2ZjW8X80z2Kxa+/aDmmKsN/vFscsWWfEn7krDhy7XkxouJjMXLRXjFq5XoxOus9cdQCuxIT94oYO3OdMnrA42Jc7FJlTJt0Mb5fvhJfVawktrYqiXseVpJOGpXkt4crKbvGianL/JS05B0NtkjO+3N1HAQWQz5z3kF71F7RehjSwuhd8yfdEZBg7iJ/C/yPZr16rG8J8z6Ymfn/gwzm/wqJ+b/KyfwfJTH/pyjM/xEK8/9Qhfm/t8L8L/I8E4AD8/8FnmcCsGD+38/zTAAezP+bFeb/NxTm/09F5v9tPNcEIMP8n8cSoMP8/6rI/P+0yPw/T2T+f1Rk/p8iMv+niMz/ESLzf47C/B+rMP8nKcz/AxTm/8EkEW7M//cozP/9ReZ/lb5G+DH/71OY/8+KzP/nReb/j0Xm/70i8/96kfn/PZH5387nGACizP/r+BwDQJX5f6nC/J8uMv/nK8z/xQrzv5UlQJj536gw/w9XmP/Hicz/fgrz/w6hIfm/EaGNe+7hkfo0sabg//zsgqbp/2IICa6T/ws16PzfUuJ/bVz/OuNuYdWFueN3Xrjku3dltisPRjG0ybSFgke4n6fkuEqo7uHneD9P4JS+a+SJJ3+Uu5s9s5eYCv44zWiBN0BxPngTNeJ5nr8ROmGA3SHMP9fuENe8/7PybEVZhbn5M4oLsxv3/jeaTKY69f9mk37/N/P9f2ViuMvvp/sErur8zuXaM8C3GhpuBviPGUElqzO4B+QnVu4B+Y6Ve0C+ZB1WtNBqyCy2Bk8rdRgLn3SYIn7jCJkwzRHqn+kwG6Mc5p/GOCx+U62W4wMdw3+MtI74sJ0j/GiAdeTrgdaID1pZIxf7WKNWnrJGZ31lHbVQcMTE7bbGzvzcMXrAf1jjYrc5xrR5wRrf73VHfNUGR2Lrpx2Je553JJ181JH89hxHyq4l1tRlEx1pKV7R123md8PZUFjdLIfJv/xvXKws0ULNVrui9qi9gqlP7We4Qa/2k5SdcE/pNlPrmxvcD9QxMa6qaGZabcHU1x+AvpV7Sra4Aeg/ZvC+YDVLd0/JT6y8L9B6Sr5j5X2B1lPyJSvvCxZaeV9QbOV9QamD9wVPOnhf8BsH7wumOXhfkOngfUEUS4Ah7wum0v9HOPK+IJK+RljSvgCgSfsCgCftCwCitC8AmPK+4JSV9wX/z96VgNd0re3tT6vE0NWiQWgPqihiJ5EYajhEpIbUJkFSxQ5Sc8RpkprKrqGl9bcrLtoScijaPw/JMdQ8HDU1JHFijnET89SgLeqS/xui/HWf+vUx3nucJ3n3PuXKdfZ63+/91nrXOkeIjyz7gkyNfcExF/uCNI19wUYX+4JEjX3BPBf7ggUu9gXjGeGxZl/Aazjw8WZf8KnGviCM7vFRv6Ouz8zj7t6L+uHovy064SFtAHk//fetV+/e/V/c8/9PWv9vD6CmBdcipdy0tx/t3s+/x7658VxszSUHY2vNyYytPXltrM/YtNg6cfZYtVdirH9jadbt0N8MqGgzA/1CzcCb4WZ97356/UOBZoMbbfWGa8qabx3w0RvNC9AbrxJ6k0+89KbTLuvW6Ot6s7ElzebBB/Sgnnlmi6pr9OCgHWbL55P1kCpLzJCLq8xWHlPNVlkzzNa5Q8w2qaPMthlT9NAvosx35n+o/1VjpOB1n74IbuNL2+a9qSL5Ab0VIXorfvv77XeQ5P78e9r+i71776vs93x4BbtDv/1s7w79eywrOa+2wweFlTwzlpV8bSwreVosK7k9lpU8sWD1njRZufubrNw2k5U7lBEeKFbufjord6DJyt1WZ+Uua7Jy++is3AE6K7fQWbm9dFbuyzor93Wdlbukycp9QGflzjNZudforNw7TFbuZJ2Ve4nJyr3KZOWeyggPKCs3z8jig8rKPUVn5Y6ie3xo79fRe6IPrnvP6adZ/+MGRMXE9e1Z52H9HZT/Cgh4gPyXvx8UdpYAt/4/0c+/2bBBtugPHnn9Fxh4z+df19+9//cTrf9eLPjCXzkF1xWx/zvpZIp9epsJcvqtXHvSDC/7jPRkOXNkG0tyyk5h7z7SPmtiYTm7uYf925jP5Zwq9Sxz260TKYWLyZRTI8SC9I0i9TurSLP3l45PK4uFE8aLRbFN5GLbHLlEs8hlfn3k8hePy+X5u+WKnzfL1T/tEmuWbxJrk4fLdV9/J5zTS4j1QyaIH/sMExsi+ouNTSvJTfVDxeaGi8WWiJ/klpwbMt3joky/1EhuPTZKbPthkNh23qlkGH2UjIPrROaU9iJzQ28jy7ZOydp0QG6P9xfb54Or7jBLcc1dI7M7lhHZE99XdviNUXaMS5Y7I4+KXa12iN0NLlj31Dhs3Vtuu3VfUad13/WF1pwzs637c/5hPZA+1npwRbz10CK78/DsROeRSaOd5ugPnEdtvZzHenR05nZo6TzevJ7zhF9158nK5ZynvIOtp4sFWk/fqGY9c66s9eyBotZzW3+3nl95znoh5aD14rRM68+frbXmDUuzXupnt17uuc15JWy185egBc5f/Wc6f6vypfNqKcN5zWOw89qVHs7ruWFOL49M6XVlrSybmybL7bTL8hsSpffqNaLC/FRRMSlZvDpRitdGfCwsA2yi0ns9ReW24aJKo2Dxeq1AUbVCNfFG8bKi2vNBstqvdWX1E1Vljd2vyDc3vSBrNi5pqbnkmqz12o+i1pwzsvbk/dJn7DZZJ261VHstkL5dc4SfbYnwh/qnboepIqDiDBHoN0QE3hwl6ntPlvUPRYkGNxJkwzVB4q0DEbLRvO6y8aqGssknzWTT6RWk9f0qstnYBqJ5y+dlUC9v0aLqKRkcdFO0fD5dhlQ5IkIunhStPNaLVlk/ida534o2qSmibcY6GfrFRPHO/FmyXUyM0CaOke07fyY7DIiWYfUGyPC2IbKj1zuyU60astNVVUaUaSki9r4sI3+tLt5d+ovssttTvGd/SXRdcl50G3VFdJ+cJfTuu0XUR2dlj6bLRM+uGbLXa9+I6Map8v0iP8jeFaXsffor2eemTfb9aajsdyhc9v++ixywebAYOL6xjJkXJgb1eU3GfhIgBrdvJGzve4kPfF8VccHXRfxLikioU0Ym5B0TQ0pelUNcG8XQizlymGOeGJ61So745kf5UeoMOXLoHDnqi1GSyrUX7g6V36c6K/ynr//vq0jhgldRz7tfxYv93/uH+fIE15GnKPn5J6orz+XnX8orVCQ/P9fE/fzuXFOBKO68zyey4Tt8XVLg9t8Kn9D2x/tYZr4NX7VVX/jyg1JTVToHh4XDt/C7G0N83Am/o9AGQoUehP3QOHVr7C0RkQWpVQpMSAhsiIiMiIisiIjMiIjsiIgMSa1VYElEZEpEZEtEZExEZE0ybMCchMCeiMigiMiiiMiklKUFNkVERkVEVkVEZkVEdkVEhkVEliUEpkVEtkVExkVE1kVE5qXTAIB9EZGBEZGFEZGJ6ZhTYGNEZGREZGVEZGZEZGdCYGhEZGlCYGpEZGua2APGJgTWRkTmJjzI/x7I4ITA4ojI5ITA5ojI6ITA6ojI7ITA7jRhCAxPCCxPAQFgesJx/Hkh49PxrMD6FBwA5qfjWYH9aaNJUADaaBJUgBCUgDacBDWg41lBEWjDSVAF2nASlIE2nAR1oONZQSHoeFZQCTqeFZSCjmcFtaDjWUEx6HhWUA0KLIBy0PGsoB50PCsoCBl4UBE6lhWUhBDUhI5nBUWh41lBVeh4VlAWOp4V1IWOZwWFoeNZQWXoeFZQGjqeFdQGERUHEVUHEZUHEdUHERUIEVUIEZUIEdWIEBQJEVWJGgmgTISgTtRQAIWi8QsqRQ0FUCpuKKwR3FBIFdxQSBbcUJCCGwofC24o2AQ3FHoKbiiEC24oBAtuKAQSoqpRQwGUjRsKvKQHFY4bCrykB5WO3O0mXtKDiseNhWt0j8rHDYYzkhsM+yU3GLZJbjCsltxgWCB5qiBH8FTBEsENh1WCGw5TBTccZghuOAxhBKXkhsNkXkoEiskNhwTJDYcgwQ2HCN4KBRSUGw4NeSsUUFJqOICaUsMBFJUbDg3oz6GyUsMB1JUbDqckNxxuCm44pPPSIVBbbjicFNxwWM8IyssNB97/DxWYGw7rJDccJgpuOMyie1RkRFRlRFRmRFRnRFRonloIIUSlRkS1JgTFRkTVJgTlRkT1pnl9UHBEVHFEVHJEVHNEVHREVHVEVHZEVHdEVHhEVHlEVHpEVHtEVHxEVH1CUH5EVH9ErAAQsQpAxEoAEasBRKwIELEqQMTKgBZDQXWAiBUCIlYJiFgpIGK1QGbkJYUQqwZCqBwQsXogdPHSN6wiELGSQMRqAhErCkSsKhCxsqBGEFQXfzSE3BXGY6wwPBvBH2ri2wj+SJNaof4+AT5qHbVWqK9KV76eT7P/bx5tGxjfK+pR+/+6Af5178l/+br9/9Oy/iupYClWafT/SRmpLWcsaxM4c/nAzcljlwcu2VDx5LYe88yMnatdmTOzzazNpVzb44fqrjRVy+7YRd/x5cva7sF99D0lG7n2vjvW3Hv8uJbT8H0zZ+Nm7UCVMfqBOd9rhzyi9UNjP9MO54boRwbOc50cUNQ8Ve+/XEUsi/WiYqrmqUzRPfOGaMXMD/XiOZNdJZyReskVCa4X/yfeFN9EuF6a0Nl8eWhDV6m+DczSkRVcZVp5m6/Uv+Xyqn7TLFvZWytX5IhZvtBNrfylf+reR49oFbIP6xXXr9deXejUX5v1rWaJv2xW+nicVrnjLrNKv1mu1wOWmlVbj3G9UeZrs9qb0a5qt37Qa3iGuGoc/kp/82wNV821Q/VaO1tqtWd20X0WV9fqjGysq//w1Hx7R5p+tvOaf8hbZt0OWVpAtYpmoJ9Dq1c436zvneGqf/Ko2eBGqqvh5g3mWwekq1GaqTdeZXM1+fJHven0cJd10By92djBWvN2n+hBvcK0FnX66MEtArTgK9PMkNrtXSE7R5itSvi7Wi3uZra+UMbVJmm43naPnxY6oqv+ztLSWrv3muralN+09o0q6R3i92lhFTz08I4rtfAbJ/ROAUlapxOFzIhXl7siNuaakbemud6ds8nscniE672x35ld13Zzdes1wew+0+rSQ+fpUZ921XrUHq/37N1U61Winx4dUkmLvtBW713NQ+ud6aP3LXxC67tA6P1ObtH6T61lDtie6xqYUNKMSdvkGtQxz4z98jvX4IAdpm3QBNcHZZaYce36u+JuZesJ9cdrCYcX60PK9tOGrJ2iD73WVhs280N9+D4fbcTISP2j5UIb2e0tfdRXlzXanv05j6fyBZ6nIYpNdutCfA0Cs9tVCERli5PXKDQHfcBjN5u1gC+4fpCRhjV030/LtiRPCSOOPCWMOvKUMPLIU8LoI28HI5A8E4xC8kowEskjwWgkbwQjkr3RUJ28EIxM9kJd6B5HKHkdGKXkdWCkkteB0UoII5Y8DoxaQhi55HFg9BLCCCaPA6OYEEYyeR0YzeR1YESTd4FRTd4FRjb+n8XRjYgjnGcseRILRzoijnZaowQjHhFHPSKOfDLpMPoRkQEQkQUQkQkQkQ0QkRFoshNYgSY7gRnIkwA7kCcBhiDFB5YgTwJMQQhsQd4EGIO8CbAGeRNgDvImwB7kTYBByJsAi5A3ASYhbwJsQt4EGIW8CbAKeRNgFvImwC7kSYBhCIFlyJMA0xAC25A3AcYhTwKsQ14EmIe8CLAPeRFgIPIiwEKktsBE5EWAjdiLnKd7ZCX2Ill0j+zEXsRB98hS7EUyePkSsBV7kVS6R9ZiLyLpHtmLvYiN7pHF2IuE0z2yGXuRwfS/j6zGXiSM7pHdyIsAwxECy5EHAaYjBLYjDwKMRwisR14EmI+8CLAfeRFgQPIiwILkRYAJyYsAG5IXAUYkLwKsSF4EmJG8CLAjKSAwJCGwJHkQYEpCYEvyIMCYhMCa5EWAOcmLAHuSFwEGJS8CLEpeBJiUvAiwKXkRYFTyIsCq5EWAWcmLALuSFwGGJS9SgiedkWkJL/CkMzIuYSZPOiPzEi7gSWdkYPIiwMLkRYCJyYsk8KQzMjJ5kY486YzMTF4kgCedkaHJi5ThSWdkakJga/IgwNiEh3m8InMTruXxigxOXmQmj1dkcvIiI3m8IqOTFwFWJw/yb8fsnvCtLtxgfe/ng9W9r4+vz7Oxnvyv6v+gqJgo29BHPv/nHxDge8/8X4B7/8cnWf8XLviigV9w/dK8597L29XsqqVUaKBS2v93WabKOflKqYPykc0/4dyTe97pkc87FbpvG+hRvPLzL0nk2Ut5BYc8cful+N3XbQuaLthnoYYL91oYHuTRxcITH19q7sMjTAUiPMZUIMKjTAUiPM5UIJbifbifueb17aa1u1ntblY/483qZ5SSPOFdFd+93er1vd3q9Xwm67/Y6O6dom29oh9p/afW9Q38c/7P18+9/v9J1n+347d3XxfHVQ8ZU5IsO+JGiGJeV623t9GDcXPmFxw3YJDvnnl57s7sCc6a4KhReKA84F9895IL/AGobQU/BLWJ4Af5Y2rr7/4wBbM0/4HLkf9q/LeMirYNeggbgP6N87/9cf2vX8uoh/L3u8f/3/38H84///38f12/evfs/1rPnf9+kvx/99G7HxRcl/h84JwIt+f/t/H8j/uVn3/9+zuPF9TSRfgaJfmuahpr6UKFHuS5xHIAn023iXebeLeJf6pM/FPNMc+eW3+89V/rqJjuoVFDo2MeQv33YPV/vQD47RY/H586wfG2QbHRuBRtQN8Yd/33WD//0Khe0X1tj3z9X2DdwHvm/wJU9/zfk6z/SxR84a89BdcF+b8kOb3NcGP6rd0yaUZROSM90Zg5srFITtmk2LvHylmfXzNmN/tVfhvzkTGnSg0xt91CJeX5m0bKqRhlQfpSJfU7PyXN3tVwfFpaWThhmLIoVjUW26YaS7SXjWV+7xrLX9xjLM/fYqz4ebmx+qfNyprly5S1yQONdV9/ozin5SvrhwxXfuwzQNkQ0VXZ2LSUsal+U2Vzw7nKloiVxpacC0a6h2mkX/Ixth4brGz7IUrZdn5hXoYRmZdxcKGSOSVIydwQGZtlc+Rlbco0tsdXVbbPj89zdZiU55qbZmR3fEHJntg5b4dfXN6OcYnGzsidyq5WG5XdDY6oe2q41L3l1qv7ii5S913/Vs05M1ndnzNOPZCeoB5c0Vs9tGiS4/DsMY4jk+Ic5uhox1FbJ8exHiGO3A71Hceb13Cc8CvvOFm5mOOUdz31dLHq6ukb5dQz5zzVs/tvqOe2nlfPrzykXkjJUi9OW6f+/JlDzRs2S73Ub5J6uecax5WwVMcvQcmOX/2l47cqHzuulrI5rnn0dFy7Eu64nhvs8Cr+O9S3DqNs7iyj3M5JRvkNYwzv1WlQy9qhjk2EGna04vZiT7EXeywr8j2LFOVXseKP5ZWfn1cd+7DwnRwb9mEv5RUswf/jGko0ced9POsJ3il7+/udd7CAa0n7SajUu635pymYgiX4yl0L8P/CRv5LeuOAX6kI7jYncbAPqI4DfhyUQ8rjgF+iwQG/xoIDfpsUDvjF0n9HGqSAH1AhB/w+MjjgV0NwwG8h/X6kRg74xSgc8FuqcMDPT+GAX1eDA36lFQ74DVM44KcaHPCbanDA72WDA37vGhzw28MIVMoBv+UGB/w2KxzwW6ZwwG+gwQG/b+geKZYDfsMVDvgNUDjg11XhgF8pgwN+TRUO+M1VOOC30uCA3wWDA34mI1AxB/wGKxzwi2IEWuaAXyTjQf73QIrmgF9kLAf8HHkc8Ms0eBFrVYUDfvF5HPCbxAj0zYtaX1A44Nc5jwN+cYzj+PNCSueA30aFA35HVA74uVQO+K1XOeC3iBGongN+k1UO+I1TOeCXoHLAr7fKAb9JDg74jXFwwC/OwQG/aAcH/Do5OOAX4uCAX30HB/xqODjgV97BAb9iDg741VM54FedEeSCA36ehCgbHPA7r3LA75DKAb8slQN+61QO+DlUDvjNUjngN0nlgN8aBwf8Uh0c8Et2cMBPOjjg97GDA342Bwf8ejKC5HDAL5h2CELp4faKw+D2yiyD2yuTDG6vjDG4vZKmcHvFrnB7JVHh9spoxd1ecbdX3O2Vv9FecZcNj6ps+M/pDP2V/+8QPbR/v6iEvv0frf/38/P1u3f/Z/f5b0/S/+Ov24soWxRci8/1MfakxFeVGdnj5UxbeyN5t4ewh41TZi0NlHMaVTPmrIgTm0PLK1saV7Ns2e/lSH8jyJ6+4Q3LtsJV7dvmN7dnHMy0ZE583Z61Os2yfUBhuysp0ZLd5rR9x7gF9p01t9p3RX9p390g27IneLB9b7nFln1Vw+z7rk+x7C8Za9mf86HlwAkv+8EVkZZDWXUth2fH24+kvmIxR3e2H/3va5ZjPRrYcwfutxxv7m0/EbracrLSTfupwH3208XKW868stJ+5uw/LWd/S7Kf23rYcn7PSPuFFKfl4lLd/vNnsy15U5vbL/Uba7k8qrvlSpjd/kv3Zpb/Ze9KwKoq1/WPyOOCzKHIEBRBc8ABN6OgiFuRyZHEARwZFRRxuR1YWtGfQ6yy0gyTx7yKdA1PN69kHjUvJzEtjhFO2WRmop1rNByXnW4tm7zfABZpGopBnQ0P+90/+gB7/9/3/t/3vv/61/8FLCn8elAXr2/uTCs0Ozl5mf+KKrz44zmvb9/qUfjdJ46F35dGetFVDDWfN3i1gROUcEk1zFOzQ+VnlyWz01Vzjh4TWPTI2h1n9Zk5cshg9qiFgRmkFgZmkVoYmElqYWA2qYWBGaUWBmaVWhaYWUKYXSr5YYap1IdZJoSZplIfZpsQZpxKfJh1Qph5LvEr6fsYAVTSQxRQKQ+RQCU8RAOV7hARXLJvJcTIoJIdooNL9qP0/zBKuGR/icYYLVyyr6ExRg2X7DmEGD1csifSGKOIS/YF9H2MJi7ZJ9AYo4pL9lAaY3Rxye5BY4wyKtkh0qhkh2jjkt2dvo9RRwiRRyU7RB+X7KdojFHIJXsZjTEauWQvojFGJZfsy2iM0ckleyF9H6OUS/YlNMZo5ZI9jcYYtVyyR9EYoxcRIxgRoxix8SPZBZ7a7+jW9Nb/+DkL5mdMi06fY5uRmXzr1n+Lf+Avr/8PCu5nsa//jbz+1340q/lSsJOnbZYOwJ5ltXssa3dU1ucn0fXND/9QJq75E3FXpn+4v50ZGiv/50+LSc9Kz75ZB/C6+R/8y/3fgWgX2/O/6eS/I67emP8nhzyT4NAMqogtmK3wWHOhBObsMPjCVb0+P5OZ4PR7VJn9hp9trxV+z/xPzs5Kv/kLgK9///fgK+//bs//ppL/0fDVQtSc//PU0Glh+0dPLDsQ7Gh5rW9Y2et3/cNS7pZoLb/kUPJ3c4D14KmzJW+819Fa8cprJW/uumStDH7I0r7tj9b2b5WWuF844OXxfJqlw9HnvDo+GmXx3DKppNPMYKuXPrDEe5ibtXNGp5IuPt9a74lxKOnqfNLazc/T0q36FWuPtsLS49iJMh/jjKXn9tKyXkcOWHqv3lDWp+Q5i69NlvVdpVssY1LK/Bb9Z4n/gAetAYkPlwR6JFuDQjNKgr6LsPZrP6yk3wddrSEXe5eE/k8La//3ex4Z8OQbp8NejY4bOPeF0+FFPnGDJh5Msi65LW5w//9KGpL8RVyE++NJQwcfjhv67ZykKO8X46JO3JsU41J5JGb/7NOxn247MuzZ0aeHv/HkkRFL/U7XOWafPkk7rf/uNSdoog4eQPKDx+Z07IBCxw60xMIIFc+3j9QcR0CkGE+FUgB8Bf7WEuzyZPIRM21LEXFSyeWDiSWXDyaXXD6YYGr5YZKp1YeJJoTJRsQJp5YfJp1cPph4avlh8qnlhwCglh+CgFwhCAR2h0rJPcKAIHcIgoLcIQgMcocgOMgdggAhdwiChNwhCBRyhyBYyB2CgCF3CIKG3KEYvm8FBg+5QxBAhBBE5ApBIBFCMJE7BAFF7hAEFblDEFjkDkFwkTsEAUbuEAQZuUMQaERoEGzkDkHAkTsEQUfuEAQeuUMQfOQOQQASQhAiYiASQjCSOwQBSe4QBCW5Q+/zna8wOMkdggAldwiClNwhCFRyhyBYyR1awne+wqAldwgCl9whCF7SfwbzHa8wiMkd8uY7XmEwI2JAE0JQkzsEgU3uEAQ3uUMQ4OQOQZBfLtWbQqBjZxAQHmCvA27J+g9Loi05KzO5oW4AcQP3fwjoF2i//0Ojz//giLENNv/1u/7Pz99PePnHL0rLboD60z7/Nzr/aelZyZk3e/n3dc//9A+8Yv4hYOz1fyPX/7XXWT1R87wV1v/rRx3U15cGKxVj9ygV5Vn6m7um6JXFo/RDhYuVw3kW3VG16s1v76I4xXXWnb4epLewNNdbvOOtO7f+X915p6Pucv7v+m0bvZSW7/1Duf3BZkqr3eVK66kfK20K/qK0DX9duUNbodzpuUVxTZituP74qNIuZLTS7txzupv3LN2tXNfdHUbq7sUzdY+qvnqHvBF6x31tdc9Fz+qd1r6seCUu173l23rnIUVKl8wvlXs6L1O6xh5XujWbrnT32al0P/yW4uNcoPhUpOk9qxcrvQqO6r2PPa33WdFD992u6X3nRyqW1RN1vynJur8tTA8YGKEHjvHUgzp21YP9hR78Qws9xKOjEnKyWg/99pLSv7RCH3CiSgnb/IkycM9+JXz5G8qgdZsVa/oLyuCl+/QhkU8oEanP6kN9n9cjI5brUU5jlOguM/Tob/6ixJxbp8S+u0IZVn6/MnzXbGVE8VRl5NrRyqg8qzI6x0+JUyfr9yaN1MfEhevx1r76WIuXPs6rrT6+TTN9/KV/6RPOf6wnfPS2nnj4dX3i3l36pN1nlclbjitTCl5Tpuo7lWlasZKUUaAkJzyipMQsVlJDZilpPSYr6W4jleltNX2GQ6Y+48JEPaNquJ55NEyfua+PPutFTz1rU2t99pNCz5YX9DnqGV2d2UqZm3hJscUayrzQKmW+zzFlQfv9ykLnHcrCi5uVnOqnFe39PGXRQU1Z/HKmct/2fP3+ouX6A6sX6rlLZugP2hJ0R4dmTehTiIc+x7B+agu6UssLhDM/Yp05OAKPdIvAvSEODtfKjdojClbWPG+Fbc68diuorbrvDkfavIi5Qgj5Qm0R5Awh5A23R1MIMX/IEYUcIkcU8gh/OOYSJSLkE/1SyClCyCtEzC1CyC9EzDFCyDNEzDVEzDdEzDlEzDtEzD1EzD9EzEFEzENEzEVEzEdEzElCyEtEzE1CyE9EzFFCyFNq7yBXCSFfqc2DnKU2D/KW2jzIXWrzIH+pzYMcpjYP8pjaPMhlavMgn6nNg5ymNg/ymto8yG1q7yC/ETHHCSHPqb2DXCeEfKc2D3Ke2jzIe2rzIPepzYP8pzYPOIDaPOABWreAC6jNAz6gNg84gdo84AVq84AbqL0DfkBEjiAEnqD2DriCEPiC2jzgDGrzgDeozQPuoDYP+IPaPOAQavOAR6jNAy6hNg/4hNo84BRq84BXqM1L5fcN+QUROYbaO+AZ6vWBawi/4XlFzqE2712eV+QeavN28bwiByEiDyEiFyEiHyEiJyEiLyEiNyEiP9FaAhyFiDyFiFxFCHyFiJyFiLyFiNyFiPyFiByGiDyGiFyGiHyGiJyGiLyGiNyGiPyGiByHiDyHiFyHiHyHiJxHeIHnFbkPEfkPETkQEXkQEbkQEfkQETkREXkREbkREfkRETkSEXkSEbmSSoz2PK/ImYQXeV6ROxGRPxGRQxGRRxGRSxGRTxGRUxGRV6kdB251aP77X2R5jc9acs1dhSUDUCyTKxNtc6bY+BqeJY51wXGf0P4BFvwe7bLzwyM0AxH62jv8Rq3/h9gy56UkZ9/i+h/+LeCK+j/QXv83lfq/bd36/1W5vrSvqBj7kqgoT5dv7hovK4uj5aHCeeJwno90VENl89s7wNpcKbqe/xTW5G2wHr8Ja/GTwmfbf4srakGooTT8LetKsBx7rBDLMXwkrojEcizy+uXYFX8qllG2LzYqXIa9KrkM68vXnsCfzmVYuuQybLzkMiyabyoFL4XLMB/JZVio5DKsg+Cyo5IRXh6XHXxtA75MLjv42oabfLku+KyP3y02O6+T/3NmpWdPi8nMyrql/X9w0C/z337/D3v/f7n/v7vlqpvq/7uev1C3/9/2V6VO/6+9xP1/whrd3v//+fv/Zetvuv+v3WG9qub5ndz/62mIC5tvPv3vqANgnjamDoB5fk0dAPL+mjoA8EAdHQD4wK4D2HWAP4QO0MypSd1Go5ZlobZtTnKAMzFuqysYNzK+riZgFwWaTv8fkZydkm6zNcT+3/r5v8H+eP6z3f9t7PlfYLNl3vwJsDfg//dD/9c/Zk5Ksm2+ff4ba/6HJttyGuDUtevpf0GWoCv2/wbaz/9tKv2/c736/5+ErsVbGsxmdalrs65OaKj26if7pPbvvQHnwuXPmv+RC1Kzbv74v+vmfz//4Cvv/2W//r+p5L9rzfM2nP/HXdeXWvMrxh7IryjPcX1zV4ZrZXGiq3PrC67OO1u5ujskuLoXL3D16TrG1Wfb3vzIuTvyo5wm50d3sblG/3ORa6zjWNfYQ5NccSvxVXShZngkCv7SRzogbdzXElMfH/nK4dDAIHgMgcffaAhc/tsx4ec/51LChHHclQnDms+EcYARXg8TRoYrE0aiK+spFxjh9bGekcAIr5N0BXitrC/szaf+G14z99+T87n/ttG/4+unvhveA0J4H6h/a4D3wiWMnof3CekfGOTSQPnfQPXX9fT/wOCrXP9jv/63qeT/up+v/8+8rZH/9x8nhsoNMllu3NNNFiZFyF/zA7979XHx/fZc8UN5ovhxYYm8VDxAiPGrpUNeR9Fs0DZR6xc6xXlIp69DZIu+P8gW77hL59YfSee/fi9dzu+Tt21sL1q+d0rcnvudaLW7TLSe+qFoU1Ak2obvFXdoy8SdnpuEa8J04frjUtEuJEbc7ThauHmnSbezfpCrUdK9OFV6VPWQHfIiZcd9LtJzRnfZae124ZWYK73lIdl5yDOiS+Zn4p7OD5C5163ZNPYtv9openxRJX2OF4ielftlrx2LRe+tm2Wf/MnC9/E82Xd+uLDMzpR+UyZK//EPi4CBYTIwOEMEdfSUwe2GieAfhOz3dW8RcvKMDC2ulv1LD8gBe3vKsM1VYuDGljJ8+X4xKPef0pq+WQyeekQOicwTEeHb5VDfZ2WkZ76Mchouolu8KKK/KRIx554Sse8uE8PKF4jhu6aLEcUTxMi1MWJUXqgYndNTxKnj5L1JUXJMXD8Zb+0hx1ray3FeLnJ86+/k+EufywnnP5QJHx2SiYf3yol7S+Sk3SfF5C2VYkrBK2Kqvk1M0wpFUsaTIjlhiUiJmSdSQ9JEWo9xIt0tSkxvO1fOcEiRMy7Ey4yqoTLzaJCcua+bnPXi3TJrkyJnr7oos+Wnco76gVRnthBzE01hi60W80JPiPk+FWJB+1Kx0HmrWHhxg8ipXim096VYdHCuWPxyirhv++Py/qJc+cDqOTJ3SZJ80HavbFp+QV3v4NEODWZWr/u5WT3fV3xMB01Cfv3crMY8o1NaINfolBbINzqlBXKuvmY2nfoB+UinfkBOImJeIlJu4gfmJ4m1fIAf5il+YK5ezQzHvGUvIoQQ85e9CHfJa+dHjJDL7EXsk+xFtBfsRZwixNxmL6JMsBfxoWAvooidfch19iKWCfYiNvECD3nPXsRSwV5EDCFyAHsRafT7kAt47Y6SvHanSvYiekj2IiIlexEuhMgR7EVsF+xF5Er2Ig5J9iKeEexFfCbYi3igzuYA5JA6mwOAS/AD+YRqBeAU8iKAV8iLAG4hLwL4hbwI4BjyIoBnyIsArqG1FPiGvYiJhMg77EWE0Rj5h70ITxojD7EXIWiMfMRexBkaIy+xF3GAEPmJvYgq+n/IU+xF7Kcx8hV7EZtpjLzFXkQejZG/2It4lhB5jGuh4fTvyGfsRfC8Iq+xF8HzivzGXgTPK/IcexE8r8h37EX0FOxFjJPsRfC8Iv+xF8HzijzIXgTPK/IhexGfS/YiPpTsRfC8Ij+yF8EHWiJPshfB84p8yV4EzyvyJnsRvOkD+ZO9iHmCvYg0wV7EOMFeRJRgL2KuZC8ihRG4lb2IoZK9iCDJXkQ3yV7E3ZK9CDqGQyDnshfxqWQv4gPJXkQLwV6EKdiLqBbsRZwQ7EVUcNkDnMxexFZG4Gb2IlYK9iLoxxFPsxeRItiLeFyyF8H5gLzNXkSSZC/iz8Hftbtv8Lt/ZgPimvX/iJjYhvgdN6D/BgVA/+8/Yo4tbVrMnJz0W/oG2PXfX53/zOy09NnJDXH/j2vqPwFX7v8M8rP3f02k/7tLNOD+z57V80Svgjdk72MrZR/thauvFUKseKHByuy7RJ09oUXHG3tPKJV91Vwe4FtBZR+8HVT23fxbUr99o9fO/4bh3+vd/zHIcsX5b/4Wu//T2Plf+zG/xnyhQtr1x+mn24VYzXbnHs1w856iuZVnZbg7DNLci0dleFR5ax3yLBkd9zlqnoueUDutfd70SlRVb1mudR7ymNEl86x5T+dso2vsa2bX8x8Y3X2Kze6H/2b4OD9i+mzbaPSsnmX2KihVex/TtT7aBtV3+0ytb4JULatHaH5TRqj+Nl8tYKCvGjimjRbUsY0a7PelFvz9l2qIRysz5ORxNbT4jNa/dKc64MQxM2zzMWPgnh1m+PIdxqB1T5vW9KeNwUtf0oZEakZE6hptqO8aNTIiR4tyCjOiuyRq0d88ZcScW2HGvrvAGFY+2xy+a4Ixoni0OXJtqDEqz88cneNhxKmjtHuTQtQxcRYt3uqujrXcoY3r9L06vvVX2vhLp9QJ59/REj4qUxMP79Ym7i1SJ+0+bk7e8ooxpWCnOVUvNKZpBWZSxhIjOWGxmRKTZqSGTDbTekQZ6W7h5vS2qeoMh0najAuRakbVQC3zaHd15r5O2qwXndWsTQ7a7FWfqdnyrDZHrVTVzEvm3MRqwxZbZc4LrTDm++w3F7Tfaix03mwuvLjSyKnOM7X35xqLDmaai1+ON+7b/rB2f5GqPrA6Q8tdMkZ90DZMq3uUx++2Lwi4a809GFS8L2jTbgfaFyRaE7PddXlHUC8/vwALPFro0a9eYcoeYc5JUROuLAtYqR/CsGVZYAptw8fwZVlgkMaywKgMlgW8NZYFLBksCzjSGMOaZYHnTZYFVJVlgXKNZYHHDJYFzposC2QbvD68ZvL68IHB60OxyevD3wxeHx4xeX3YaPD6MMvk9aFU5fVB13h92EBjTA2SBSA9iGIhRVgWGEFjTBWWBXxpjCnDskAbGmPqEEL6kBwAKcSywHGVZYEzGssCO2mMKcWywDH6+zC1WBbYQWNMMZYFnqYxphrLAhqNMeVYFlhDPw9Tj2WBMIMtkkSNZYGnDJYFVpgsCywwWBaYbbIsMMFgWWC0ybJAqMGygJ/JsoCHwbLAKI1lgRCVZQGLxrKAu8qywB00xvRlWeArjWWBUyrLAu9oLAuUqSwL7NZYFihSWRY4brIs8IrBssBOk2WBQoNlgQKTZYElBssCi02WBdIMlgUmmywLRBksC4SbLAukqiwLTNJYFohUWRYYqLEs0F1lWaCTxrKAs8qygIPGssBnKssCZzWWBSppjJTBskC1wbJAlcmyQIXBssB+k2WBrQbLAptNlgVWGiwL5JksC8w1WBbINFkWiDdYFnhYY1mA8wGphmWBMSrLAsO0WqvrD0Q7LmH0PBzKqf4BFhj4wVO/X+gBf2g14Jr138j0rJQ5C2zZt7b+C/T3C76i/guy3/+vqfR/T9xI/9eQfl67cxsl+XnlD8mr+nmL1v/k5+Xki1/1867Rh/pun8t+3up49vNsQZL8vDF3S/Lz/C5K1NBDPNrV9fNOnCCtfOCeUtLIB63bQNr44KV72M9LXc9+XkQu+3ldkqTdz2tcDTjvkwYTF574ubgwr91yt1shLjRVjw3zso7HBvlZL48N8vaqHlsObZupv8d2A2ILF9Nz63psq+Premw29mIue2xj2Iu57LH5sRdT67EhR1zTYzvBXsxlj20PezGXPbZ17MVc9tiAS+p4bKnr63psEbl1PbYu7MXYPTa7x9bUOPXfxVf7f/bOBDyKKl3DhYhADFiILGIIEcQMS0jvHRAiGGIMCgQIYRWqSZrQEroPnYVFhPaKoN6gNcqACoagiMuAuC+j4r5cFVC5eF2x1etyVbQcnGcc0XD/7y+8yDJzTdt0detpHvrrCs8hnfz9fnW+U+ec+k30/0eNm2DR9T+7R+7/mAT1D4VrZllz/Rfzvx1xWn8i6x9j/Uv8cav/v9z/58j9/112mf+TJf93PDT/725c+9j5WS+X7sh6+YVLG195KNy47bbyxrYn7Wts+2DXxm4tZjR2u21JY5/eUxv7bHkpq3DuE1nntqrMKuq1qLHoq8sai1tOayze7m9sebRLnFW8ZHixjk6EiKATgWfuRExAJ2LCLw9mHX8ezGo2dv5vM5jtNm+BRz+AGcx2mEo/iBnMwo1mMCtvNIPVPlPpBzODzQxT6QfkgEE/pBk0XuIPEH5YsyNemWV2xBfxv+MH5w44/fCsv/YXkIZXOXlpx5j/MbV+f7C6yhesSLD/e20eJ/l/nPYfk/zHWH++AZwV53+PzYn+X5z2n5b1j7X+8el/N3/83+X2yvV/cvz/p/U86Vf+8vH/o6zn+SXz0Hj8f+LVETn+/9sf/1/x7LEa/18y+Pc0/g8uj8n4/y9cYxOPyZaHjP8T/3L8X47/y/H/Y+epcvw/hfr/pb7qOb5gwIr9v+xOuf+T5fUvC5TXhMJW1N+L/d8dcZp/JusfY/0n+KvjQV8M138c2P/LEafrD7L+MdZ/ki9YHpoXCP7KO8DHMP5rrv+M0/7zsv7Nqv85Yd/CQFVu/L5H8+//6fB4HfL+n9bWf1h52B/H+jePfwdJlmPAgNxhc/zhQLkvd2wgNJ3eGPmRrH9i6j/cPyoUDgVn+ayovxv8/7z+8Xovsv6/tP6Fvuoay/i3ebyH1n+cLzS9xFdbFZL1T1D949T5jy3/udyH1X+kL+irrZbn/wTUv6CwNL7f4/+7/mtzH37912GT878S8/gF17iuOPC67Zr0LtqaXW8ba9+6S79pwwN6wyO6vm7pav3FtnP1Vz49X912Rxd9+80F6o5rXeqr/9ZbfS3cWX191FC93YZyvf2/d1NPWlqoqzUevUNFtn5yaVe948jh6inO7/VOvb7QO3d8V+/ScpveZe9WvetHW/RTdzbq3Z75o37aY4+rGZvuUruvXadm1utqj0WXqllVYfX0qeVqzwtK1V6DC9Uz+nvU3hnZ6pnpXdXsVgV69t9c+h8+7q332dVZ7/tca73f/d/p/Tf8j56z8m19wNKX9dyax3RbxWbdfuFbqiN8v+oc8qjqGrtKdXe/SfU45queH5eoeaet1PPe86kD99Xpgx4vUM96Z6I+eON0fcijg/T8ZcP0s9dk6ENn9tKHLR2onnNuK72g4jR1eO9P9cKCH9VzW/2HXtTrfbXoq0/U4pZPqcXbX1RHfHSLev5dd6oXvPKEPvLqenXUpvX66GBQLam/TB8z4Sp9bJVfH+et0ksvKNLHdxmll/Xvo5f93aZP7HSuOvG/TtYn/e0P6uQHv9Wn7EpTpzZ2UC+8/0t12pK96vSV21Vt+i7Vd8nn+oyzH1LLL3xFr+hxg+ofcpc+s80DemV3Xa/8bLU+68ewHnhxgX7Re6X67Nun6FXPz1XnXDFED24cp4Zm9dDFMrc6d8xgNTyzi1ptz1RrCv+h1nZQ1LrcTnqd8aE6v/3f9fmvPqsu+OotfeHdG9WLtz+qL7rhaf2Su27SFy/YoC+5eoneQkmOu5AqSnsVWwFkZLVQfnrGVwpwEcJ0txYtmvPB540Z6cNvbtD4tsEXdwkC3qCRQOANGgkG3qCRgIACCr7YS2DwxV6Cgy/2EiB8sZcggQIUKGCBAhh8c0ADBThQwAMFQFBABAVIUMAEBVBQQAUFWFDAxUqAQQEZFKBBARsUwEEBHRTgQQEfFABCASEUIEIBIxRAQgElFGBCAScUgLISpFCACgWsUAALBbRQgAsFvFAADAXEfHIhkKGAGQqgoYAaCrChgBsKwFkJcihAZyXYoQAeCuihAB8K+KEwAChMAAojgMIMoDAEKEwBCmOAwhygMAgoTAIKo2Als4DCMFjJNKAwDijMAwoDgcJEoDASKMwECkOBwlSgMBYozIUNnwwGCpOBwmhYyWygMBxWMh0ojAcK84HCgKAwISiMCAozgsKQoDAlKIwJCnOCwqCgMCkojAoKs4LCsFjJtKAwLijMCwoDg8LEoDAyKMwMCkODwtSgMDYozA0Kg4PC5KAwOu4HkNlBYXisZHpQGB8rmR8UBgiFCUJhhFCYIRSGCIUpQlPOGNPoRY4dX+o/0jnAjcuzdhtUXp/9nfT/x5V6DtyLKzH9f5ftiP6/S+7/bmn/v5Vy8OYrfzrwWm3Y2D+y7i//EI3L2kfW3/iOePmKpsjrvb4Vr/vaGt9/V6ns+6zY+OHNYuXHF/sZTQ/3U/bf3s5Qrm+ntFj+tXHcvK+VlnPTxfG+EyOtSr4SJwzdE2lte1W0XpEdaaveK9puvkVJM1aKE6PXRdLfutto92RtpP0j1xon3XGtot5QY3S4skY5eUGZ0TFQppwyKc/oVJyndB7YzejSp5vStadXnNrmB6XbcaeKbn/tGjntg30i47XvI92fek9k3vNupMf6J0RW3UnK6ZeuFz3Hf6P0uuhx4wz3TqX3iHXGmZ0eULL7XmpkN70W6ZNWbvTZfV+k7+eFRr+tf4r03zlD5DTMiwy4b7jIXTwpYrvuTGGvrFMc1W2Es2gidS0+F+7sQdSleEV4W2dQV+IzI++TJupCvGQMej5KXYdNxuAtP0SGPHq1kX/N7sjZa4QxNPRkZNjSFeKc0TdHCipCYnju0kjh8DGicO9DSlHOHKNo5w1KcbvRRvF9Fysj9tiN89eujlzwxigxctGCyKgHbWL01CmRklUnizGDh0TG1n4rxmX0iJSOf0OU/tAiUuZ+WJR9nKlMzPxPY+JzdOpuetCYvOFDZcru642pS59VLty60JhWsVGZ3jDV0EY+HfEtXyBm5GyIlFdOERXtlkX8RUOEf8+sSGV2D1G5bUQk0LqFCGzuH7nok4/E7FXFStWO/cacun5KcMsHRqisnSKuecaY6/5aCYduNao7vabUjF5u1DTtidTlbRB1u3dE5nddJuZvvSey4LtZYmHDdZGL3xwhFi2ujVzycH+xeNqEyJLr24sWCk6OSouk+rN//58bleP373/kbrym5zb8nG5+Hd6IWwEVTKC/JeY9C82n5sDEmYGAMjd1/wffyQhgQQEXTxglwDgTEGSsBBoUsPFm7gQcb+ZO0PFm7gQeb+YO+PAAgHgQhPwOCUQoYMQDQHLgISj5jRKYUMAJBaCsK8zN0AEqK8GKB4CFAloowOXsQvBydiGAObsQxJxdCGTOLleaI4sAmrMLQc3ZhcDm7EJwc3YhwDmzEOScWQh0ziwEO2cWAp6VoOfsQuBzdiH4ObuQAXB2IRPg7EJGwNmFzICzCxkCZxcyBc4uF5m7scEcOLuMMHdjg0lwZiGjYCWz4MxChsFKpsHZhYyDswuZB2cXMhDOLmQinF3ISDi7kJnwiZEMhbMLmQpnFzIWzi5kLmZ2+ZyPYTJmdnmFj2E2Znb5jL8fTMfMLi/xMczHzC6b+BgmZGaXq/kYZmRmF8HHMCUzu6zg/x/mZGaXEB/DpDi7kFGxkllxZiHDYiXT4sxCxsVK5sXZhQyMswuZGGcXMjLOLmRmnF3I0Di7kKlxdiFj4+xC5sbZhQyOswuZHJ+syOhYyew4s5DhsZLpcWYh42N9zoQNBsjZhUyQswsZIWeXpTxbkQ2RswuZImcXMkbOLmSOnF3IIDm7kElydiGj5OxCZsnZhQyTlUyTMwsZJyuZJ2cWMlBWMlHOLmSknF1Wmftqw1A5u5CpcnYhY+XsUmbyCoPl7OI2eYXRcnYhs+XsQobL2mTyCuNlJfPlzEIGzEomzNmFjJizS4PJKwyZs8tik1cYM2cXMmfOLr81g0470LdFsnFwsrGn/A5u8e//+4K+Cp/F8z/sHjn/w9r6D6up8gVrAuWWXP91ug+b/3Geryow0zdf1j9h9S/wBzEN0Jrr/y6b+9D6TwgEgwHhr5T1T1T9Mf/DHw5aU3+n7bD5P6WY/1MTkvwnrP4jQ7XBGl88tt+Jof4e+2H1L6yYg/oHZf0TVf9R/nkz6SNQ8au3/2h+/R02l/2w8/+4mukjQrOC1bL+iap/ia88MDMe3b+Y5n/y+o+f1b8MU39r6/xhWf8E1X+cr3q2r6Z8ln/er70BVAz8Y0rYofO//ZWBoO+Y/AJk/Y9a/0m1s+N0uo2l/+85jP8JswI1/lmhcLVf1v9Y139WoMofx+GfWMZ/XF6nHP+xtP4F1N0OBP0UAaoSzr/DZne6D5//T2/HVxmS9U9Q/c34X/zrd/+Lyf+9P/X/D/RCD7wdyX8i6l87I74drebX3+V14Px/cPC3zndMOn+y/kepf2GC13843R7Xkes/vHL+VyIe/2TKyvHKwWnwCw+8bivXcfxe1nFY9QeTkjE9qq8Nr81nfKUQE5ThSy0OPJrzscWBXE0hV1NA5WqK38JqiqS3pzQ6yHEUHlxDkev8v1UUrrRk7/+NS2z/D9u9HdH/c7hk/8/C/t/hD3zSeb4dWS59PGJrlUZPbrmGSEl+/t2Flq//cUr+LeT/n6z/yRTr/vKF1rhMEetv3Ka9fIUheP2Pti/6/XcTjX2fnRX94c1Bxo8vdo82PZxh7L9tf1RZ3WS0WP5B9Lh5UaOlaNKO134UrUqi2glD3xetbU9rrVecKtqqG7S2m1caacYy7cTo5SL9rZuj7Z6sFO0fWRo96Y7LDPWGmdEOV/qNkxecF+0YKDJOmdQ32qm4j9F5YHq0S58Tja49+2inttljdDvuRK3bX9PEaR/s0TJe+1J0f2qHlnnPdtFj/T1aVp1inH7pdVrP8R8avS7aEj3D/azRe8Qfo2d22mhk962OZjc9I/qkjY/22X2r6Pu5N9pv63LRf2epltMQEAPu82i5i88Xtuu6avbKSsMR/l5zFhUbrrHvau7sfobHsVXztm5n5J32djTvk6+Ngfseiw56/jXjrHcaooO3fCWGPBqJ5l/zqjh7zYzo0NC9YtjSJdo5o1eKggqfNjy3ThQOL9AK995uFOVMjxbtvMoobjcsWnxflTFiT6/o+WuvFBe8MVQbuWi2GPVgT2301JGiZNXx2pjBuWJs7SfauIwOonT8i1rpvr2izH2nVvbxScbEzOejE5/9xpjUdHt08oadxpTdV0WnLn3AuHBrVXRaxWpjesOoqDbyfuFbPlubkbNKlFeO1CrazRf+olzNv2eyqMzuoFVuGywCJ+zVApszxUWf7NJmrxpkVO34JjqnLsMIbtkZDY1vMsQ1D0TnuqNGOLQ6Wt3paaNm9IJoTdP7oi5vlVa3+ykxv+t8bf7WW8SC7yZrCxsuFxe/OVhbtLhSXPJwprZ4WrFYcr2iJen0cjpl0YnrhSfxmp7b8HO6+XV4I3f4JtDfX7n+J1OY63++0Mz1P4ow1/9s08z1P4Y4ZP0PgWau/5lomOt/zoqa638GGeb6n+5Rc/1PBh8zgHgQhPwOCUQoYIQCSI7NBCW/UQITCjihAJR1hbnOBqCyEqxQAAsFtFCAy2mb4OW0TQBz2iaIOW0TyJy2CWZO2wQ0p22CmtM2gc1pm+DmtE2Ac8omyDllE+icsgl2TtkEPCtBz2mbwOe0TfBz2iYD4LRNJsBpm4yA0zaZAadtMgRO22QKnLbJGDhtkzlw2iaD4LRNJsEpm4yClcyCUzYZBiuZBqdtMg5O22QenLbJQDhtk4lw2iYj4bRNZsInRjIUTttkKmba/p6PYS5m2n6Xj2EyZtreyscwGzNtv83fD6Zjpu3H+BjmY6btBj6GCZlpO8LHMCMzbc/gY5iSmbaX8P8PczLTto+PYVKctsmoWMmsOGWTYbGSaXHKJuNiJfPitE0GxmmbTIzTNhkZp20yM07bZGictsnUOG2TsXHaJnPjtE0Gx2mbTI5PVmR0rGR2nLLJ8FjJ9DhlZ5oLn2B+nLbJADltkwly2iYj5LRNZshpmwyR0zaZIqdtMkZO22SOnLbJIDltk0ly2iaj5LRNZslpmwyTlUyTUzYZJyuZJ6dsMlBWMlFO22SknLbJTDltk6Fy2iZT5bRNxsppe7zJKwyW07bb5BVGy2mbzJbTNhkua5PJK4yXlcyXUzYZMCuZMKdtMmJO2w0mrzBkTtuLTV5hzJy2yZw5bf/WDDrtQN9Wrv/5V/3/ygUirpuux3D9z4P87xg2ky//FfgC4dCx+wXI63+H1T8Qju8kq1jq78b878LacEj4c4fXzqg6ZreBlfU/ov415bnxr3/z5n9hSFDO/7Ku/kUjEzf+c7TxX7dTjv8k3fiv+RIfjdhapdGTTY7/pgj//Wzx5L9553+nw4n5/3F1Icl/M+tvT5z/u468/4Nd+n+y+f/+/RhWybHZY2yVNpie8+3yDJAi/NsSxr/7cP69brn/dxLyX60RyfS5iK0V8W+35dtlFzBF+Ldbyb/Mf0nIv78EJNtjbAX+6fwvOwApwr/DSv7l/L8k5H/CUJDsiLEV+Hfk2x2S/5TgP174x5b/Zf8/Cfn/KIok74ixFfK/I1/inyL8Oy3lX/b/k5D/Xa+CZGeMrcC/M1/eRSRF+HdZyr/s/ych/y88CZJdMbYC/658l+Q/Nfh3W8q/W/KffPxjJV+OzR1jK/DvzpcrAFOEf4+l/Hsk/8nH/58bQbInxlbg35PvkfynBv9eS/mX+z8lIf/YjCPH5o2xFfj35nsl/6nBf56F/Htt8v6fScj/NRGQnBdjK/Cfl58n+U8N/gdayr+c/5uE/F8qQPLAGFuB/4H5AyX/KcF/jqXrP1w2uf7D4voncP2HW17/SQH/V5T2qqL0a+b6j4Ot0gbTc36OnP+ZIvwnbv2H58j5n/L6TxLyX99IJDdz/cfBVsS/3Ub8ywUgqcG/3Ur+5fWfJOT/xrtBsj3GVuAf53/ZAUgN/h1W8i+v/yQh/7c/CZIdMbYC/w7iX84ATw3+nRby75HXf5KQ/wdfBcnOGFuBfyfxL2eApwb/Liv5l9d/kpD/Z6Mg2RVjK/DvIv7lDPCU4D+B6z/dcv53SvCfkYWRfEeMrTD+T/1/2f1PDf6dlvIvx/+SkP++NpDsjLEV+Kf+v+z+pwb/Lkv5l+N/Sch/3lCQ7IqxFfin/r/s/qcG/24L+Zfzv5OS/3NLQLI7xlbg352fIxeApgb/Hkv5l+N/Scg/bmfWr5nrPw+2Av+e/By5ADQ1+Pdayr/c/y0J+Z8hQLI3xlbg35ufIxeApgb/eZbyL/d/S0L+RQQk58XYCvzn5efIBaCpwf9AS/mX63+SkP/FOkgeGGMr8D8wP0cuAE0J/uNHXwzrP+0ep1z/aWX9w35/cF6gfJY19Xc5PV5ZfwvrP74gzvf/bC7/dvA/vrRA1t+a+sfzNx/T/V/l9d8k7P/hgY9GbK3S6Emu/UwN/oOBOn+42ldl0fnf5bRJ/7ew/pNrq2qtPP+77F5Zf6vqXxsOCX9unPt/bncz6u/w2jxKljsxvwBZ/6PWf9ic6hp/uMI351j3/9xu5+Hrf1xuuf7X0v5fuwN/8bj/wOvTI/S0Jn3Al2t2vTF17VsPp9+04Yn0htt6p69b3Tm9UR9Wv77uu/SbRa/6W8reTt9Q0qr+Vs9j6Rt7T6m/Lfup+tunfVR/R+tb6u/4anL6nZ9eXr8p+8P0TS9U1m/eMzP9rtuK67dsv6H+7uX96u+5J7P+XnFe+n3Xjk2/v6Rv+gP/y96VgNdwruEJiUQSOkFksxzSiCXILnqjQoSrEqLWW6UnFVulMbK4Ucp/VV1tUx1L0Uo5SG2VoEVprKFEEbGkKGqe6qbtU9NqH12u3vu//3cOiQjShog7mWbeycnh6WPme7/3/b/v/07qi5mbA11d3++/1XXLQ9+7bo3KyNx6qcg1z3N8Zt6p7zK3/fq26/YthZk7PjmVuXPh+sxd24dm7s6Yk5m/8mBm/tmhT+4ZnKbsnbpX+TBioLLPfEXf3yxFL+j2bvyhr3rJh1d7qIXLouUjc0Lloml+8tGUhvKx3lFqnezhat1XvOWHpseoclq46pbor9br76nWj+smNwj5TXX3/VZtWP+s6lHzsOpxeYfqeWGd6nXconrvma36bNsuN1qbKzfOWiI3yVTlppP/JZuSUuRmTw6Xm8f2l30jY+SHA8Jlv0b+cgtXT9nfIVr1/zlUbfmFn9qquKHa+kNHtc3GX9SA7Itq23mfqO2mH1Tbp21TAxNz1KChp+XglI1ySKc8OfTx+XJY47fk8OAMOfzqVDnCZ54acS5B7vj7BPWR7dHy384MViNXPKV2yntEfXRGF7XzokZq1Ehftcv0jnLX7g5qdKKP3M3vKzUm+qrc3eGA2sP3vNzj+y/lnjV3yz0LC+THLiyXe+WukWMP7VTjZmXKvdcuVfskJ8vxmS+ofQe9rD6eNELt1yFJ7R/bQx3g0VsdGNBKHXglUB3s3l0efLKe+o+fW8pPbP5JHVLsLD9pcZOHbvxOHjb1svzUvELZ/FSxnPD8N+rTnd+Xhw89pCY2fUMe0SlXHem0SR3VWFVHfb1AHX01RR1TMFF95lx/deyqIWrSvvHyszM7qckr+snjRjdVlRlh8vi+kXLKSA85NaiJnBbzq5zuJskT2rurE/TP5Iy6V9SMor3yxO9Pq8+tXyFPKsxTJ7+Rrz6f+5Y6ZWK2OnXWVLWGXY2a9nd4ODrU4oezU21xuLhW1cEN1TwEZb1sO3tx7VT62n69xN9Tb5ddPdu5rix5Yg+OXaPSZ7weG9df6t2vv9SFY5vAwOBAzOni5+iY/vy7n1gDsuNfEv1XwtnZVYQ4/su/atTrmwQEgQjkJAIEkQBBJkAQChCkAgSxAEEuQBAMECQDBNEAQTZAEA4QpAME8QBBPgI5AQFBQkAQkUBORkAQEhCkBAQxAUFOQBAUECQFBFEBQVZAEBYQpAUEcQFBXkAQmEBOYkAQmUBOZkAQGhCkBgSxAUFuQBAcECQHBNEJ5GQHBOEBQXpAEB8Q5AcEAQJBgkAQIRBkCAQhAkGKQBAjEOQIBEGKG81JEgiiBIIsgSBMIEhTPKicOIEgTyAIFAgSBYJIgSBTgZxQgSBVIIgVCHIFgmCBIFkgiBYIsgWCcIEgXSCIFwjyBYKAgSBhIIgYCDIGgpAFclIGgpiBIGcgCBoIkgaCqIEgayAIGwjSFuKHEzcQ5A0EgQNB4kAQORBkDgShC+SkDgSxC+TkDgTBA0HyQBA9EGQPBOEDQfpAED8Q5A9EAgAiCQCRCIBIBkAkBCCSAhCJQSBPDkAkCIE8SQCRKIBIFkAkDCCSBhCJA4jkAUQCASKJAJFIgEgmQpDwhCIWjHhSASKxCOTJBYgEI5AnGSASDRDJBoiEA0TSASLxAJF8gEhAQCQhIBIREMkIiIQERFICIjEBkZyASFACeZICIlEBkayASFhAJC0gEhcQyQuIBAZEEgMikQGRzIBIaEAkNSASm9CpPLkBkeAE8iQHRKITyJMdEAkPiKQHROIDIvkBkQCBSIJAIxH+xUTozN/TNghvCogLaRfWLjAgLigQ2L46bHS7hf9LThyXkpJw99f/Q0KCyvi/4GCj/7Mq/Z+D9VswmPXaDf7vRJczkuFvqoe/qQCr/+WDM6GtVkATf50EvbrSNeh1kKDSknR6Kx9x0wcQ+nNK+HvzgHgQDR1o6EBDB1aeDqwWhFG99VY10n+paSkJY0cnJN9t/RccHBRWZv0/1Jj/U9X9H7Wt2MV6La/xjEnblO0S7+7/xq6GnoWBHk6Hozx+s1vv+Y20y+tMWKD3oRd3+WybozVa+4LWOCtNa5I5Qms6eaBmSuqhNXsyQmse20rzjfTWHg5w0fwaOestXH7X/R38Ff+fPZVWJ74zt977rdJm41klIPuw0nbeDqXd9HVK+zSLEpg4Wwkauk0PTlmgh3RarIc+PlEPa8z08OAhevjVp/UInwwl4lw3vePvTyiPbG+h/+1MpBK5IlrplNdEeXSGn9J5kaREjXRUukxvpHeNuahED/9D7+Z3UImJ1vTuDjlKD998vcf3B/SeNbP1noXv6I9dmKH3yn1Vjz20XImbNU7vH9vYPPBKA2Uqlx12NWvQYe9gPWo51nIUp9sf9o72nOvaugr9EEhbo+2cxIAEV9vZ9gqYkN6D12OFLw0R26gxSsHmR+0qcv/Esie/h2KZkt9HsQzH76VYhuP3Uyy/8XsqkN9XsQzH761YhuP3VyzD8XtMy3BzNJJfL2gkv9I0kl8jNJJfAzWSXz00kl8RGsmvVhrJL2+N5JeLRvLLWRfyiz8TJL/8FZJfngLxfIh/Nv6MkOw6q5DsOqyQ7NqhkOxap5Dssigku2YrJLu26SS7FugkuxbrJLsm6iS7mE6yawghf65IdmUoJLu66SS7nlBIdrXQSXZFKiS7ohWSXU0Ukl1+CskuSSHZ5aiQ7Gok/hyeQyG7+LNIsuugQrJL00l25Sgku/J1kl0HdJJd2YT8OSXZNUMn2fWqTrJruUKya5xOMqqxmWRTA/H6/fgMG3NB7sv8nzZ6RHJqZfV/3CL/h4YEl1n/CTTm/1Zp/ne2fuPrZeu1t6j/s2Zs6+SL2tZ964oO/Dhc+0heRbX0NbF64TJP7cjcMcr5+ovN5993jq/93TCzi+dPZpfDuZLr9iVSnewBrG7mUPbQ9A5MfuY/slviJL3e42v0+t2nmRuE5McbdfUHZN0JuQVphaM1bYh8Y60Z3MOD65pIoW4iaQ6dnTCZKEpzk+kmDKd76devXyNdoRwQA/sZc4MXtZUDblcOv2kcQX+ldV7YTZTBeTyJcjCPKYE8roCILSDiq1SZlscZlWk9xe8Rb0DEnEAed0L88dgDIv4E8hjEF+KQyrcDmCjf8nik8m0HgYhLKt9OEvoB8SnKtzxGqXybH2+Ub41lO2PZ7j5atvs/5Ftn/o62wTHXVwHbh1xbBzSMRGXo/64jkkYmpKZVkv6vWP9/WEh4sGQKjh2XnDgu+W7/Axj93+Xd/1EpCYkj7n79P/wm+39DjPXfqvR/jtZvfP3Tel0HAvGjGmHaTXunl2aK3mnDs1VTz2ZvXRMU7V337ODGQoyZ4vLA3nbmIsGp9BmvQx6UUATX+7DK9V43fYbhkYZF6n8X3oo/yxVqgeXPeMkWWMPjGB7H8Dj3yONUY366nzsWbqX/UpLGVIr4vu36f4fgMuv/YUb/Z1Xqv9ol6sevWa/rifV/Vw/zouJP9KzTuepb2ZvUxVtVdcn0BWpB7fFqeXvqjm6eLx0bvIMdW9pHPj7cRz3Ry1ct7njUVDzqK7V4Var0cauN8skAb/lU7fny6Rq71dMXM2Rjr92DvNfOwQ7nWuJs7+h07w9Jcp0pJJrJjni9dunr1oF2dWzn668Tx/ezEX2crS3t+spUuWL0pgEFMTluWcIvtC/Ow0z74j7RaV9crkr74jYJRKCJfXE82MT+LR5wf2b/FoJRiFgekAJ5UAIRmKKvlgcnEAEqkAepQB6oQAQrEAELRNACEbgCL5I4NPZ7GWLaENPVYb/XA0zGRq/wX9D/KQlpY1KTEiYkVIb+r9j6fzj3C5IpOD4lYVT6CEP/V9H9T09NHZFUCR1gt53/Umb+c2hoqPH5j1Xp/1ys3/jaYr1uCP+3sFtPtsjVT7mZB1xS+Eugxfy2vnRKnrKsXT19+XOxenbYv/S3h/kqK/zC9JX+i/RVre301Y7P66u/D1XWfPWU/s7JeH3t/i56zoGVeu5KX32dpY+y/t8O+oaXxurvKrGW91LetWyMb2fZ1PMJ0+ZA2fJ+8ATLlod+tGz57wXL1ksnLB98/Iop79QPpm0Fn5m2bzlu2rHkJcvOhZtMuxb5mHZnLDDlj55p2jN4omlv5/aWDyOGmPY9stu0f/DHlv2f1LYUPOZlKuNZk4eptjkwx2dHyZDDxjyY/5f9kg5CFzndWSc0NVpc01G1navqkCR7b2us3mQr1fVrOzfbeyTr5zKXu91q0PU9V3alGy/KM7iu1m98bbVei063gZvPfwl89usCYSDBIGR4/ZSKGF6wixgIwxlGDIThLCMGwnCmEQNhnqPOODCOGAjDWYcGwoTpNBBmkUAwEA2EeZ6QMxENhHlK/AxGooEwXQSCmWggjK9AMBQNhHEQP4OpaCBMrEUMhOGMRQNh2gkEc9FAGFn8DAajgTA/EnImo4EwJwSC0WggzA8CwWw0EOa4QDAcDYTZJH4G09FAmAUCwXg0CGaiQDAfDYIZIn4GA4pBMJwFBXImFAsKnA3vaEGBM+SNA2HEAgJnS9sCAnUYGgNijAUDY8HgAdkYzDOdg71D7Qr4+mu7ixycXarqsKVGfqa0R9U6V5H85Buv0ZxI76Hz9fcgQXYtL0mWyZL4qZosPdzC/6UPx+uV0AF4u/pfcFBg2f2/hv+rSv/ndC0MJGmm9VrMf3l//TGnrY9eNm+9lGX+4Pyr5rwjU8zbClZr27e8qe1Y9Yq2c+FkbdfMZ7XdGcO0/NF9tD2Do7S9fw/SPoxoru1rWV/b72mvueUcNdfrp8XXj3MpahBSZHb3Pcca1i9kHjV3Mo/L65nnhaXM6/gc5r3nBeazbR3P5BaexWfzDD6NZ+9UnrkTedYewDN2d56tO/BM3ZJnaS+eoZ15dg5j/j87m1t+/ruZ9hSfM7fZWGgOyN5pbjtvvbnd9Lnx7dPmmAMT0+ODhuZqwSmTigz/VEn+yaFGzdIHyP/G10r/1t6hAmbrDg+uDTOEQsy4sQu9/M7zriU7z2nWhI3Py7U8Nw0SSOCkI5qTkPo8WIS05wFDEj9LIAJHSHwePCTxV2sk8d8UiEAiiT9ZIAKKJP4wjSR+H40kfpRABBhJ/OYCEWhC2vNgE1KbB5yQ2jzoSGq7FJHULjKT1D7HSGoXMpLaOwl5MJLUXspIas9hJLVfYCS110kktS0SSe3ZEkntaRJJbVo9RMCS1B4gkdTuLpHUps+YRQCT1PaSSGpTikQwk9R2Fv+fCGohta9tBj9nJqldaCapvdNMUnu9maT23HiS2nPMJLXT40lq52oktScVGVLbkNr3ldR+UEnU2LFTzeo/6YkJSmXI/9vq/7Cb7P/oYMz/r0r9X7J3foFUYv9Hef1/ljf3yksTJ6rLFG95edx8+cDlTeab9gO+kaEde/mAcjx+hXqilzsr7rhHFv1/Xm+X6v/7bNkq/ULfH82fT1spfxH0h/pl2h/yV26a+nV/Tf76h3y1fpy/3iDkU8Xd94jSsP4uxaPmBsXj8jLF88Jcxev4dMWovVTD/kC7GuIQ5RQ7kdzoqvRxb/u/3T6/VWtKOe0oUontqne0P+VajEG2j/WYnfVnWgIRg6IywuOQRuVTix7iUcwU4DFZoZZBHqtihZ/Hq1jh5zFLK/zujFoE98ilWgJ5DJfXEghETAMR10DENhDxDUSMAxHnQMS6wB/yrRUCf51sy6cK2ZYjCtmWXQrZlg2EnAfItsxVyLZMV4wKgWFbDNtyl1sKH1D+fpC7CG+l/1PHJI8akVw5+r+C+//DxOc/P5GeUkkfQW3o/wrf/+jRY/gDkJBeOff/lv6v7Py30MAQw/9Vof8TjRpWfNV63QL+b/HYJa6VUQMq2DbX/NE/ny/7OWy9VbO7/8qihp5nozyczsR7/PbQLs9v6hZ5nYmO8j40t8hnm0VvtHa23jhrmt4kM1VvOjlRNyUN0Js92V1vHttB941sqT8c4KXb5su2iI7VqCbUgrX8woNRTehIPNWENsSXXxPK4bpqJtdUr3E99QzXUuO5jprBIs714/ppNHtkexjXTY+xyBV9Wae8APbojBDWeVFdFjXSnXWZ3kbqGnOFRSfW4ZroNIuJvsS1UB7r4XuUa6BTXP+8x7XPB1z3vM41TxbXOxtY3KwpXOfMZX2SzVzfpLO+gyazx5MGsX4dhrH+sR3ZAI8oNjDAhw280pwNdo/g2sWe/eNnb65ZvmRDTvyHa5WaXKd8yjXKF1yf7OLaZD/XJWfZ051Xcz2ygyU2fYXrEAsb6bSSjWo8jY36+iU2+moiG1Mwlj1zrjsbuyqOJe0bzjVGe5a8IoZrCzemzPDnmqId1xO1uZaQuY74VkqXf+T6wZFN0E9w3XCRZRRt5nrhIHtu/UKuE3LY5Dc2sudzX2NTJs5nU2eNZzzd3zj5u5ZoIrCV6F3rXD9q4bd3UQ5w6S/qNd4/YU3TMwMVm9aBdqIDgMYT4UyvcE3gLvSBl+0cEWXXRMwzbW47216x/Q1CQ9y4DnqtXSCuXzf+3UsquTKKU0VCkBrqCsSOMYTi/VJlEg1kPKTFWAUe1ndkM3moCxvHw13YOB7ywr7xsBfIQ1/YOB7+wsZxChB3j9MA2TiLTjZutk42bppONi5VJxuXqJONG6CTjeuuk43roJONa6mTjfPSycaVHkEM6ihdhRIMKIFGSlehjsSXrkJtiP9zVagcieyc2A0jqIfs3DOEnILIzs1gZOf6SWTnRjOyc/SBuaAlsnN9Gdm5AEZ2LoSRnavLyM65M7JzbcSfA2WRnaMP8AN1kZ27JJGdy2Nk545KZOdOSWTn3iPklEZ27nWJ7FyWRHZuAyM7N0UiOzeXkZ0T/xyC7sjOTWZk5wYxsnPDGNm5jozsXBQjO+dDyKmQ7JzYoi8okewcdcOCGoWd4/RIdq6mRHbuU4ns3BcS2TnxmAnKJDt3lpGdWy2RndvByM69IpGdszCycysZ2blphJxSyc4lMrJzYxnZue6M7FwcIzs3XCI7156RnYuRyM6JDgsJtEt2rp1Edo42joKCyc59S8qFUzHZOUdGdu6ERHbuIiM7t1kiO3eQkZ1bKJGdy2Fk5zYysnOvMbJz8xnZOYO274C2y9SzqqUrvIX+56fk0QmV4ABvp/+DQoJu1P/hRv3nvqn/vFiq/tMk07yoeEdRQfQgpdzPUH5YVo9PfFE+4ZOjFg/LkYvPa/LJHgfUkzvzjbkOD17dxq5Unri383lsq3wuh25c5Su5vvdXqjQlm7xmlGzyGjPjyEbgeNdLoaJKwyODqjU7xARnRMif+oBdHj2i2sIjSFRbeBSJaguPJIHnqSqCiBLIo4qqI8b+CaM6YlRH7tsJzdf3Q1g/ceVeHzaa5Gf7EqPL6tjON4w0q2PTxSUJs8QYZmO8wgO9/t8t/el7M/8tvMTvjM9/uT/0f8lxVZ9brxsI/d/ivdmLPnZxyzoSaHkre49lcdZbliULvC2WFz8wLZ3wH8uyEVmm5ZMKLNm9t1je7vy7aYWf2bTSf59pVesA06pvf7GskY5b1hS7m965qJvW7k8y5Rw4Zspd2du0zjLRsv7fgaYNc4ost9r3v7XeYNr3f1Giff9nBtG+/w1/lN73/9xV2vffN7vMvv8TPTVTcZNmlo97rzWdDGhpOtVulunUr6+b/sfelcBFWW79QUB2JfWqgNpb3jQ0bdixa2kuqbnELe/VMnNALUmCJ9TK6qtRqS+1+kZLzTR5RXLBNZfKsq7XXXFBXK5rvdW1UitfK8ud7ywzMK8MCAoM4sP7mzkvM5D9mOf5n/M/5/+cc6iOUA6d/Ek5fKyReiR3p3J0wzn1q5Un1K+XNFS0d7er36R3V78dPlL57uFW6n/72tRjkYHq9/cuVn4IC1d+bNBX/fFCgHL80rPKiUM/KyePPqL89Nku5ecV59Vf3v9IOTXmKVXP/B/ldGIP9ddXBym/Pfik8vug+5UztwWpf3RorvxpOqWevdVbOavtVs9d/kE5v3aFeuFHT/XiSwvVS5s/F55ik+IV3l/xTpiv1Pa7R/ExT1B8jjdR/IJTFL8tlxV/vY8SsDxUDcwzK0GTLqp1ltVT6j77lRo8va16y9/XqvVGB6v1I7LUBv1/VYl7xW8i7tW48XzmXmcnMPf6Zh5zr3+PZ+41ezhzrzG9mXsl3s3c68GeNuJerdoQ9wr3r8vc6/hp5l5b9zD3WrCKudf4aZJ7VXi/Aifi5V3Rl687QpRiV0HB+bomEz1DzOJ7K8cmHoGO8gjcEzuzH9T0Lepn0AUePSBw6QSPbr372kMXp+ZQ5cI+ZFr9dvufJoYHGEgWcJB0eYCFrMtbTxYxkXR5gIukywNsJF0e4CPp8gAjSZcHOEkdCwArqWMB4CV3LLAo3LFgk8IdC+5iC/hJnQoAQ8kCjlLHAsBS7liQonDHgnyFOxb0UbhjwWiVOxaY6XvE2OvpWIAYbOhYAFhs6FgAmGzoWADYXGrHAsBqQ8cCwOyydCxAHCdGDFhOOkTAc25NeCdZxHWygO1oEd/JAsajRZxHi1iPFvEeLWI+zVIC3EeL2I8W8Z90jOADSMcIfoB0jOALSMcI/oB0jOATSMcIfoH0i+AbyIJ/QIs+Ai36CbToK9Civ0CLPgMt+g206DvQov9Aiz4ELfoRtOhL0KI/QYs+BS36FbToW9CifyELPgYt+hm06GvQor9Biz4HLfod3AToe9Ci/0GLPggt+iFKFoIvIgv+iDYQ+CSy4JfQom8i3gH+CS36KLTop9Cir0KL/oq2NfgstOi30KLvogwH+C/KcIAPM2Q4wJc5ZzjQpxkyHGcnGDMc4OMMGQ7wdYYMB/g8Q4YDfJ8hwwE+0JDhAF9oyHCAT3TOcKBvNGQ4wEcaMhzgKw0ZjgWrjBmO8dNkhkNmOKp5hwgZi1xPLOIPb7eJgPcKcyiOU3IR/u7h/92Sk9ITU4AcVzb/j4mLK8b/Y2Lk/B938n/nqscm+z3Pf22xWJ2x31u5kfn/toYtbNumPWrL3d3Mtv35v9l2fGSy7bT0D95l+9bm6P+3+0JkcH7yZWXP4PDCfMG+TpdsWH3BOHP/ZU+1ovIGsgZ6Y/PwYiccrnp5Fl78nYuf8a5q9wZ+jXRS4MUKWyVxh0CTo21S4QRHvKcD33Z/1qnLI87TTzzK3T6jEGPsPNuLefZilXk28xbJs93DsxEvyQJmokXcpMo2YCdVtgE/qbINGEqVbcBRV50CEVOpwg24yiMHwl3yeMRZ50q3g9cj5lY3Xi8r65J3St7pPt4pfW/pvvdqJfpS+N+ooempI4aOrvT6b1xkZDH+Fx0l9Z/u5H/O3ZxP2+9Dp8yd9E1N4H9bxmaWqF3dPTtRq0ruJ2vGsmZclVzVs9z+srY9BUvf+JTjF/0Cir9Y9R2ACwouZV7pWk3F+gAXPv/Fyc16Of+Ws8st9Lbke+2zPp3cbqm01yW0Ip1AeJW0t/rQXnQT1zRhD1xITaW7sowty9iyjC3TCTU1nSDDoyoLj/yx2N2pqBtshCMzIY8OVAv9f/ehKSOSU4cnV3r+Jyompnj+xyznP7gz/1Pb/iB8td9Td4LsEWlhuTv/btm+9piLuQ2yfn1D6sgNrcSr6oJAl0a7wrNXaU3FuxubijvcSIn82uXSRR7wyGctZhAfhiVMZUxYxsTvYClzHH61KQiyrCfjcBmHV9mB2RsPkm68GQclx389RqQMHZT25KDeiamVG//FRRTv/2k2R8r4z43xn3P/l1/t97dI/aesAcoaYM3o2VPhmpkSLq/aruQ1VX0VFFzY4VpfU1oey5G+8jCVZ5RDIVwit3h814EoWdOTUlZZ25O1PVnbkzkFmVNw64gSGfZcW9gja3U3X/2vx4iRialJo1Iqv/4XGxVVrP4XIfXf7sz/BNgfhM32+xDM/9gmnnmPZ0B+mZc1dLA256WxCdl9rJYPO6zMm3tHS21ey1fzcu6805LzzaW8hefGa4vWRyRsGdNB2+pRP2Hrg2cs23ZaE3Jzl1jyh/sl7MlqZ9nbuVbCvl5B2v7wl/L+0/qUdsBvYN7BWtMsB493yDt0coV2OP/xhCN78yxHl9+XcPr31Zbfk04lnBlW2/LHrfF5tVPfET7t3hc+F0aZ/EJeFn55uSb/c0+IgI8uWwMPdhRB2f+w1pm7WNTNiLPWPXtLQsj4ZSLkyDIt7Ps8vcmmU3rTGRGiLDNEWnq3FC3PNBZ3HvMT4XvPi1YbTorWK4+Iu7J3iDYTx+ltM5aKu0eqwjxkkogYuEaPTJ+mR907S49+eLQe09Sqx0YO0GMvJenxYS+I+KNd9HYXHhP3fNFC/9vh9qL93M7i3s+biftev0N0mGESHZ/0EfdnNNE7dT0uOg++rHe5I1d07azpV81V/N9Rm8tcRfyXwYW5ivtmUa6i3662Ca9C8OzhWas8l5e3l2d5DrX4+hW7vMDdhNGs77BhxVPseMYlviOqS0oeN8xnX3o4J+Bbm6PgEV0oLHGSmZTc5MnlArdP1ziAFhe6cQgjt/XFRc9MfGwCM3GrhZn4yjxm4i01ZuKv0ve4GcjChiDmDZuCmDdsDFKZwuag4YywQcjCJiGGChuFGCpsFmKasGGIacKmIaYJG4eYJWweHsL4Ev33cRPxEMaBeTyEcZqFhzB2yGNmuYLex41FzBI2FzFL2GDE3GCTEVODjUZMDTYbMTXYcMSoUnmoIm48shd4QhRuQLKwCYlRwUakPzRsRmJUsCGJUcGmpJgENiYxKticZGGDEhOCTUoWNiotFNisxIRgwxITgk3LTKhipnzg5mYm1FhwddWPLG50YkKw2ZkJHRFcXd1BFjc+V1eXCmZCquDq6iTBTGiNzkxoms5MaJbOTGi0zkzIqjMTGsAWAIKZ0AuCmVAXnZnQY4KZUAudmVB7wUyos2Am1EwwE7pDMBMyCWZCPoKZUBP6PQQUYkIAKsyEcgUzIU2vECYEAFQuJgTA5JIJAUg5MyEEK4rgbxbA8m8P79/Xpoo66JYc/z04NL1CTv9d0/k/s5z/UP3O/9WU+p88/ydrf/L8X+UL3F38W/6eVX0VFFyuXekCdw8ngfvV2t6UeP5v9LB7TbJWKM//yRqhrBHKGqGsEcoaYc0+/3eTh0eypli96389E1OSU5NTn0pPHFK5+Z/IuMiYYvrvWKn/dmf+h+IYu02w39O0Za79HdJnHlxi+yB7lW3WapstM2OabYvfs7YScyovP6/tnpJhyZ+wOGHPox9rOPAbh33joG8c8o0DvnG4Nw72xqHeONAbh3mXXpsLgUDFn4Zz42BuHModvs/X2mrDOWvrlSesd2UftrZ5d7u1bcYX1rtHLrGah2RaIwbmQtAxlwZt45BtHLCNw7VxsDYO1caB2jhMGwdp4xBtHKCNw7NxcDYOzcaB2TgsGwdl45BsHJCNw7FxMDYOxcaB2DgMGwdh4xBsHICNw69x8HXfXq0FALzToMza3rV9ffjy87dfAYFlv4IAnevT5GvnsZfO963MHjTVzVSP0tQNKR0d6nh2vFL0M/B6M743jMkszFs7JiFj/trp0At+lWcZYUyeljWgu7G6dkgnrgvLirnuKrK4vIjrwhIjTgbL7Jo4GSxBsrAMiZPBUiROBsuRYvBqM4M+xMQxOHvBEmfPw1Ln6tQ5K8fgJ6xcnTps5Rh8u5WrU19YOQZfYuXqVKaVY3Cu0uF24Bj85pg9X8O3IZ8/868Y/5889LmK8TFU5ImLK8n/F7+PiI6KizApkT1HJz8n/b+74r/k9LTnKuzzLy3+i4y+cv57VFykjP/cGf/52x+E2fb7xrNN7ayrsgMS/tJy+tqGjXeaG/nu6NjovMeyxidMa0MOx5hDt7+2NmzNZK3JonFa05kjtWZvDtVuffmfmpLSTbvt8Xjt9l7hWvP2odpf7wrQrtRWhe/9yWLQVb37pagaXdVi0a35Or3bL1v1Hp7Zeo+dC/UHv3td77nkLb3X9jmi99tpet9eTS0eTqKCogm+ZRzj6+sDnvg98tdmpM0PJKBCIL4jEmx+dryCNBt+pgG93oDv0QuwZCCGZAMO/GdK7SDX5f84qWYAHynl5OFj5Tho+lqOg3aaOQ7awfEQfMwcB5nWchwUY+Y46LW1HAdN1jgOGqdxHDRS4zhoqMZx0D81joO6aRwHxWscB4VrHAeFahwHBWhlUengcilVnQPLp2apc1gthUuV45+tOsc/2Wxh2XL887rO8c9bOsc/cwTHP2k6xz83zFL2hzfayDnS7vP/FRZ8XcX/R0dEXBn/RcVES/2PO/1/XSfiPto5/5MTMm/IquwQy7YdbfOc8z07d8wXFZPX4bigxVuKVvacjtSHVNxMYU+saHj68OUshvR3Ir11KvyC2IEoOzx7Efv1JZfBZ5W4+NDA8QzOJcTxruPeo2nRbxnv0en07O3gzj2LyhPofYhVO2g0HXly7lJYmo7D5RZhBfnmIaSfgK3CsVUIK7phy5SWu8ItVL1yUcYYDLdk5eSgZB1Y1oGr2zhTCYNXwOCN19tKfl1P/N8reURSWmpF/BtXif9j48xxxfX/ETL+d2P8H2R/4Nc39vsw9NqTv3/bOqPnM2LG5c3WmTMvWD/YOk7MeuVuU2bOx7o6KMk6e+IJkXX/D9Y5qWkiu3mY6cOHsvQc71Mi54dB+uKt8/Ql85rrS9WHxLL/9dY/Gj9cXy5uFyvS3xArE7zEJ5G9xKd1t4hPC1aL1adyxJotn+hffDpf/zJzkPjXexP0te/r+r9fSNHXDRuor+/fR9/QwVtsjDfrm+6Zqm/uv0hsPvi12OqZL7aeVsS2b5P03FUP67k/zdG2W3tq249k6TumROs71ve07EzP0nZu/JfYNaqhvmvRU1rewxla3oezxe6+Z/Xdb/bQ8iOf1PJfGyf2PLpB39tjlb6v3W5lf/g65T8hK5QDftmk+z94/HXl0MHnlcNbhylHVj+qHF2eoX6VNUr9evKTqja2H+v+k9qppPvvFMa6/9suqaT7DwhVSPd/4iLr/rd9xbr/nLUK6f4nZCn6i+8op5/OUH4dvFT97RFV/b3zJPVM1Fj1j+Yj1D/rD1HPev5DPfvbA+q57+LUwIWtTEEzwkx1Jgaa6mZ0tQWPjLXdMqSlrV7fxrb6vbsEN4g6byveq3e2NWTPZGvo+nHWsDVLIWhUIWCcZJK9eqs3PzMZGks41TFdXd5XPMp6+bj4D/vWdrrsdVLDaxV0FRT8OdggSPMz3kPoE1T0OtZL+V2+h3cbOv88Bj39MLbp1xUfzuK0wqJpUazDcY9HeTARidsT9wY2RYvYSGIGwEeygJEkagCcJFEDYCWJGgAvSdQAmEkCfsBNSsYDdpKAH/CTBPyAoSTgBxwlAT9gKRFLwFOygKksyJ+nsyC/uc6C/IcEC/K96XvEWRbk3y5YkP+GYEG+l2ABfi/BAvwtbAF/WYCfQxZxmAX388kiHrPgfgJ9j7jMgvsUsojPLLjvQxZxmgX3Zp0F91N1FtwvotcRt+noM2A3WcBvIsyA4XQEGnCcLGA5EWjAc7JH+O+BuE4WsJ2INOA7WcB4EoUAzpMFrCdxCOA9WcB8EoUA7pMF7CdxCOA/2df480I/wML9VWTRH/CR63Vk0S/wketsg1AffQQJ9cFPkFAffAUJ9cFf8JHrDBbqg98goT74DhLqg/8wCPXBjxiE+uBPDEJ98CsGoT74F4NQH/yMQagP/sYg1Ae/YxDqg/8hoT74IBLqgx8ioT74IhLqgz8ioT74JBLqg18ioT74JhLqg38igT74KLLgp0ioD74KNw/6K9pQ4LNoq0/k8zDou9Ci/0KLPgwt+jG06MvQoj+jRMlVG3bPJot+jhIl4Os4UbLUxIkS+t8hv8eJEtmwWyZMZMLkWhImMi6p/LjEH37Y3K9rhUrmS+H/T49KSnk6MTWxsvl/VGxx/VdMlNT/uJP/Oze0fd5+H4TOc1utGK0knXd+n442OQPmBq37edlFIVXboRBW1UxGVT5OxElv7p9S9Iyv9zJiZDmbMheuYeJr7c/8l/gFrOVrEZPjOuf4Ug6EkfGljC+rpCB3A+OTP7zeJqJzUeBWWDdzv7ytlPgvLXVIldR/4iIii8V/8vyfe+M/X5PjJDAPNMB7Of9F9oCSPaBqQKzvVYWN0L1dtEQoT0/GirlQhWdI3hQ2Qjc5eh2UoR164QDjEimHS9hEyhA60C9X9naSc2BkjyfZ44lLVbLHk0wlyFSCO1IJMvy57vBH9m66CfS/o14Y+kxS2qj0pyo5/xMTa468Mv8TFxsj8z9uzP/UsT/w6xP7fcOMrMVrZjR7k/s/nZinfZA9XTj6P2VqG4Rq+VCf/coxNattPX3Oi8nB2TFj9A+f6GCbe0eMPq9ljml+Kw99gc/7wQt+iRY5P6SaFh7IEos2J5hYFxxpYl1wAxPrgs1W1gUXzwF9WvAd54D2T+Qc0JZvOQeUOd6YAxr2BueAOtxdvAd4J7NSrI6ZtqywjrlnUsfgvT2b24KyB9vqTAwNLllXe9LWsP4Ryok0+u1LWf+8kWfienq5LgP4+Lq6AlBrQoqUwCB3XcBwNhA/KKH3EPh0VqXUczzzK4WqlCCnZ/tvGboOFYpUCs8GFVU2rnZC0iWIIFtDIKEsCICJofsXgApnQ6YLV92/EGQoKwJAQ1kRABvKigDgUFYEQIeyIgA8lBUB8OGsSIzOWZEcE2dFPOh7BCOyAEgsqE2l9xGYOCuSYDIKbCNNRoFtA5NRYGu2GgW2ZcuKIKAZsiIAbIasCACcISsCQFdqVgSAz5AVAQAsU8frTpzluWpBHIDyyoI4ZT8ANCn70ZPZF4InCzxDg69N4GlnzQCwzqwZgVYW4CVrlqy5iqenSgd5bQ6y+ioASuZ/vROHpCcPqYh/42r8zxwbW6z+H22W/M+N/M95PGKW/Z7Of876bKOeqbYzqbYwffaYFCuf7Ux1weFeNBVxuHrWdVt/0tf3H2ja0L2DvuGZMG1ju5GWzbcNsG4+87aee+Yry/Ypz/LZTHWf2DWnjSXP+onYPa6uJd8yXexJOm3Z2/ElcbDZA9rB4wN036Admu/vk4Xfz0s1/70jRcDnTbTAhWF6UHY7S50Jl3TJ1W62+rWnRy2XjsnHt7Cna5VeBQUX37zysIDzAQG4J09jalTSvasDAnaPQ+cBiuYGepTKwVxuZIzRX4ldRdwFNzRxK9jUxK1gYxO3gs1tPGyYWkYu9KLJNReqR98jEDA3GUg/h4BAFkCBOAoAA3ESAAeyABBUoQWQIG4CQGE47AeAQdwEQIO4CQAHcRMAD+ImFuaSCCLETQBI6HAegAkf0uMOfwgqZAFY6FMCcKGKIAAM/SEBZPjwWpjO3KadhT5iABzJbSS3kdymJlUEpUOp1qpl+VUV/C9lZGKF/BtX5X9xV87/jYqNk/W/6nL+b4Hz+b8Z8WfFjH3btZkbc/UPPjFZZo2/LDLVJhrX/hZbsh6PE3N6hVq2pMTohvqak7Y6v1e+vue+CNveHvnB+5r+KfaHT9P3n7TaDvhNDT4XtUo/d3CDdqFJvriweqV+8eJKcWn6VP3ysTy9YOwKYdq4XPdImiJqzXxMeHZ6Xni99pzu3fodvXZolPDx/6vwbdRQ+B6KFn5/NrD5rwuyBuz/wxY4+5Q16OMDtjpjdlvrTv3MFpy4wnrLczNt9e6fYq3fdUBwg1bLTZIb1qA6nsOJ4wFxj1r2g+K1rjw67uzwq/ZUkfPJImMysig9WUK60eQ0ML5MJx8XOJ98FF/soZakuIu58LadSBDuZiq8wY4mUgi7mklhE81YcFtM7+Mup4Ib7HQqHKVwga3EwlEJ8llEAiJngAYsm82n1xEVuMPKNHof0YE7rEyl9xElyAJSkBy0CXeOQcQgWSigBslCp3OnGUIP/EIEwS9AEfoLApKgRTQh+SggCslHAVVIPgrIQvJRQBf6wwLCEEkElCELSEMRGKANkcV1BJImRB0ii4A8RBYBfSh8AwQisggoRGQRkIjIIqARkUVAJCKLgEpEFgGZJFmUZFGSxWpWCLtpPIxkgTcv/0tPHjos8ZnrPwJc/vlfsZGRZpMS2X1oyojk1OHJkv+54/NPTh0xvCr4f2R0TPH5XxHRkv+7kf9T0Gq3Xe33NIEyJyQnnuZ/PCHyiuln/WtZKmoGCA56qu4zXV8FQmFvFO/tolO8f0DZrsBACNxpnGXIlutv+g6xO3jz3qU2erdPjizUq3iUZxXwiIttd/KIi5x4w4gLWBVlEhDCSiFeU81GXTjGi8kxq9c3ZrXm7Az/9vDSfTV3Dlkp/j8tNXFwWlXk/130/zNHx/4/e9cC3lSVrU/6pi2YAqVQHtYB5VnIuwUBW6FFpNVeKaJ4R05oaxsoyTEtUHyMuYIP7qhTkPGF8tDqdVQe4y1zR8GxV72KPCuiDlfxnhG/GVHEA+qgjjp3r73OSU+apE1KmpOWnfMleydpk8Le/9r/Xmvtf7H1P0byv16S+xcCxNc2pF29YVaDtOGDCcLju9cKT7RcIWEMYJxEYwCedAnP/5RIeP5npIDnfzZIz153ifC75NslPP+zUHr+gzLphbcKO60LsHP2JOkPk/7qVx/g5fd5adef35TCrhMAGjBZN0h7PykX9211SH48Zs1pSTkHlLZrMoe5Zewc0Hmhg5gUFx/e5a2imZiiVXYAXByXdJK6so3yWd4Uhb5hn6yRGcorihotN1Tdh9WxrMMsAZ13bZRvIaWdee0HMD9nxqb10IIdoREIYktoS+wJjUQQm0IjEcSu+EYixkk+kQhiZ3yP/pRIvkd/Rgq+R3820BZsEB79uV3yPfqDWvpgk/DoT2FEtPXBdtGjP8R+haK1DzYNj/68KUVFe18RRCH2EDX3y2lEBexiSEye2MpA2phgN33T5dhRIBYBYRGQXqHFydbIsNbInqn/Weqqq3CtiIb/VxUbUPZ/RiPL/9Jy/5ch36lJlvvU/7th4Yi3nph+ZuXGcae+33h2smPT6vnfb/5z7Ykt3GTPlqnPFDTpl7Y0TTPteDqzZsfT0+Jb/mNEURl4ByNZG3p04mjB6x9ueNUz9sgPwrg3vhDGN38kTGg6IOSu/5MwcfV2YVL9ZsFQuVYw/nK3ZHI/LJmnbZQs16yUrMM9ks10g2T7aZGUP7RByD82U5r8jwXClFcukS79cKow9ZkZwrRdI4Tpd18sXLaBEwpuShYKVw+TLi86Icyo+FmaefE+oWiGKBUnbhVmjXxNmnXqbWl2fJM0++Dz0pXH75bmbLtfKtn/lFD6gEsqLxnO68ACxiVA9nByUh9FlMfH1ZXeN0SfWD9iMUZSakUeiREz3gOGa+QK6F/2sA5dXxnU3ZWp9IvLwBk2LIcb7vv6OIPuIuX1/AL161ym4iorBe/YTNlFBj6z8QYr9Z95K4Yq+cJt9Sp0XZxf6FlueYvuB8g8o/sAMtfoPoDMN9qSOYeSAPPpc5h7dD9A5h9tyRyk+wAyD2lL5iLdD5D5SFsyJ+l+gMxLxXMdi55opegyzPWAnukGrHUEcx891F8IyDM/EpBnHhCQZ/5JQJ65XUCeuVlAnrlWQJ65W0Ke+bCEPHOjhDxzpYQ80yMhz8RjMoAZ5JkNAvLMmRLyTMygAgwhz5wqIM+cISDPHCEgz7xYQJ7JCcgzkwXkmcMk9FCfoM8BZ8gz9wnIM0UJeeZWAXnmaxLyzLcl5JlN2BIMIs+8W0Keeb+EPPMpAXmmS0LeeH7jMpX8Dni1g6//VzkqXHUOe4TW/zDj/zajmcsxTZw4qZD8CRH8U9j6HzL/u7qu1hWZ7+iE/1lMNr/8f6vVzPifhvxPnUF8P6fO/x99nNtw5FZ+z3+V8kHrAC1K1n+xPafx5LMl+i8fmaY/de9E/VcNF+qlGr3+9HU6/ZlZZ/Rf5x3XfzP6iP7brP/R/10vNZ6dlKQ/Kx1m/vRemI8fuAZckhYZkakDzzkjMhzEAMN0nxpVSxktQQ5tCXpozjxBUJeqDxF0USlmgjAqxUxQRqWYCdKoFDNBG5ViJoijUswEdVSKmSCPSjET9FEpZoJAKsVMUEilmAkSqRQzQSOVYiaIpC1BJfPIMo8s88jGdk5677KyLO9ca/5fZnc76qLB/602k4nl/8YW/1fXuv+j3Mf8H76sV+T/7Kkd7V/H9Oq/iCz35zzO/UkMO66ZAh7DPgl9UlNS09K1umhAs4OwptIHLztZfDNVj9m+r0PfL8TpzZKlsU4lN9Y3yNnBxiigKYGNxZK3NxyiqUDEpLBUoNhJBQLTGNLGlJhLlgLENpxsw3kepgCxpfJclsrY2d12sP9zVVa73I4Ke0T2f2HG/4xQ/8V0eVVttdteWcX2f1qMv9tevSwi//Wdxf/MeVb/+s8s/0vL/b+6kOlvOHX95/QsrP9zdFvjE007G5X6P3v63NzYUTzwXc8wqvd15MHmnPfi3DnvleTr3x/brP9gQrYeVH2O6gT90RMNera37rVxQF/XdKL8PPrV8OAiy/y97X3U6j5ZpINL/s8qVdT+Oy0I3Ee+w61R7mfCJmnE7HXfQVt76HPaAq58SuEQfGEpnJ2NgUrhAN7OJXoIeFQrbgEuqfIWwSZtCT5RgauZtoBTtQIX4BXlk3HzwTZvbPPGNm89ZPPmcyIDriT5eeA6Lt19KcaYPGJ4EEuS9vXtEyuboX5F2Xy1N8tqu8wCiV3n/9c4qiOUcdlp/p/J5pf/Z8xj/F9D/n+BfKemQ+7T8x8bX7rn502rH/h5873Fv9q8786ft/7t9Md7tlfyexdVlQXi/62Na4TInP0YQtbsVLJeWz2jv73EE7I2UOluLhiHZ9w9xLgYppck0/SOhBS8vKfq2rvY+vaL7EU445OUOT4Jq8OoF/GgHoi8jDPAGknWApSAGaw85hfohivvKn05oz5d3YcV5BpyL5nbkSSMsqZwqkz6ToNeAfGD51sO3Ih8/p6fkc8/QFvAE20JpmiwieCK8nyCLXoum+ArHL4PuKO8O2bOtQzhkHfjqgs4Rt5NzUrkFZcI7rvCuxnPZjw7Yjyb2c2gdjOV/GKuqaiNlk8ye4m5hRHzWOD/rqURCrx0lv9nNPnpf1rNJsb/NeT/ka//AfuB7qz/4XxQSE5bJqUUTZFSvpgvpU6cL6Tumyyl95ss0By+T0WJ1oY88JOgr88WMrb+n9B/7o8CizP0rr1KYujq7G2XBknyiRyX1tw+AuEfh4B++GeR1NG755ToHewKpo/5rITWAdn9b4ImdUCUXUpPrQNCrAw1j8TS0P9oYm1oSywOtGB1aEssD019I9bHJwXuUzzF7i0aSawRpsBl0xasEo2iEMvEoigsisJ2dz1EBYuGT+Li5XBKfGJCsEuLaLey1JDHdvEV/ygL9JX9nXrRaVt1WEzl/Nj/zbUvtbsjEgHqTP/L5K//ZbCw/C8t939q/dZCua8HjaWdTWllmaMfbRk0+KAhK+VAQdYPuh2DP+dahnxoNWTvv6tl6O514rAXVonDH68XR9xXJV5427ViTu0s8aJ/zRd/UTJWHDk1Wxw1IU0MqOXFvcWNPXKSH/fGMX5880F+QtOrfO76HfzE1Vv4SfXreEPlKt74y22iyb1GNE9rFC3XLBGtw92izVQq2n4qF/OHLubzj9nEyf8o4ae8Mli89MOJ/NRnrDwhDfz0u7P4yx47wxdUfc8Xru4nXl70IT+jQhJnXvwKXzTjsFicuImfNbJZnHVqlzg7/iFx9sEnxCuPN4hztt0hKlpesqp9O0lDMLEpyXHBTX6i6kcTiAGe+A2lRAYwxvkFQM6Ly1AgSN3XpSg/M86gS1BegZ8B8ww69eMNFqr6w+naZH50XRpYtYAWDDAGDh5twcDBQQMGDg5gAIEMOAYOuBYMHFgNGDi4qwWp5joRqeYqEalmvYhUs0pEqnmtiFRzlohUM19EqjlWRKqZLSLVTBORaoYoiEUmD23JBMIAwjEeKedBHinnqzxSzh08Us4tPFLOdTxSzlU8Us5tIlLONSJSzkYRKecSESmnW0TKWYotmXhIORfzSDltIlLOEh4p52ARKedEHimnlUfKqeeRcmbRFiYnpZxkgiLl7Ed/DyYqpZxksiLlfIVHynlYRMq5iUfK2Swi5dwlIuV8CFsykZFyNohIOe8QkXL6CmL1qMkNVRks03OZo7hb13/nQqgB5nRFYv0PL//fajUYuRxT5FzQbP3vwvi77YurlkdAA6wT/mcOUP/DYmD+/1jx/69Q+//3xlnFoHn+VxUwv3lPzfFJkNf+aGvFZMykDlE9nsdrc1CoH+F19ILLTgl1kmdIilzeOQwU98apZ6bSnBoyl7uUQy8fcGbeVuZtZd7WKHlbe7B96pn6/8D/6l3Lo+H/M/v5/0xWpv+kJf9Tn1srlPsR8v8F1vJHv1/savhfN+MqgbpIfCI+ifLxxRBPMSZQF8l4U5uLpLhMdnykK4/KK7p0lRslvc0tYqWuEa9bxOsUCWcgY8vfF54Afpt/jwneI8kJXfCekhIykb3+vlidzMy/FwPrv2PpTVWk56rt7vXf5q//kGdj/h8t13+9fKcWRe7/Avw/zw1pyoGaKfsS7ver/35oU74YsTo/90+UAp3vyn3tzVZfXrC5Feu/x4of6EYPrS0SvPp1HC0Ygq+k9+3s6kcM6IXf0ZVUPPca2G19NNDwk2CO55Z2lsqvyuT3yeWH18OZRHgI6o0ULB/flKMuHw+TKhSHDEw05CwxVrSHTFp0xIR2iAkmc8dcZXMrchWlfDxzyPg6ZG70KNzmvAKcUr2nW9f/JS5hcTT0nwLFfww2Vv+FxX9Y/Kf3x38GDtYg/vNVDYv/sPgPi/+w+E807FMPjf+4bopQycXO9H8M5vb+H7Mtj8V/YiX+c7vcHwT8LzD3G5WTUfFVWf95l4kDStNaB1ovEjMnfNk6aECLkJV+qDXr6x2ewce3eIa8u86T/foqz9Dd28nauJmsi2vJmngnWQ/ryFpYSdbBeWQNLCbrXx5Z+8Zwvpo/qfyYT78swzjRoTLMD/99GeaHP1iG+eHLyjA//NZWxgsjpf0DRleXgJefgUzQtV3dIQyX+RElUjmy9UWLi2IUGcrr2G97pUTeWnutcZHKJKuU4YJM/VT5TlcguZ+NXquDo2hBv9ePDw6PNo6i5gUgAi3ABFqACrQAF+rNIpCh3iwCG+rFItChLYEP0s0tHqSb6zxIN1d5kG5u55BubuaQbq7lkG7eySHdxDJOADGkm/M4pJvFHNLNPA7p5hgO6WYwqZ5UGkECGPpG4g6VId1UMu1/X4Z0U8m0f7AM6aaSab+sDOmmkml/ayujm4xuxpZ0DxUGiEvEyy/6mRjXdqk8jRG6FLs3tKbNAUmsXzq1fnpq6zJVLsZM9Stg/WYHsYDtTCCT4WG3Dvh/vatiSY2rdmm3+3+tNr/4r83Azn9qyf8T5bviO0tU/L8bRtxH9f+Zbk6v0/iMT4j+xXH6k23+lU58KkopnSBzNkm+07Vf7lPVm/L3Nq2H9rZ5dYuo2g2Zw4rWPhJxprLC/L6MiMcoEY9LSIz+5TVMI9q7HvARXqFx/CJfEyV7fXuMRkpw/ldur611OJ1R8P8a297z5v+bGf/Tkv+p9atvlfs0/2/j9bn7lZpPW7jxQlOdq2TPjp3i3jcf9td/r98naqr9TvMCt5J17F6yhv2GU/NDxgc7zwfQJSYlg/c3KQWvoNLF5OrbLzFSysWEaFko3bIEk6viqL+Xy1Te9SZhZfolYWW0/bxuOBjscrWwlZKBpUq88kbtuib27gULeoz376cyigQ0gYo4AYBopWICIiqfSIBEExMImELyMBOAxVYeZJRF3r15kVs5JKy0jgwFe0eElRFSRkjPJRGBGcZ2hpG5kXuf/7fc4bY7o1L/1eDP/w1Wxv9jxf97l+L/feg5S82epfcICs8/8McTjSljJkspX03nUxMbpNTWm8W0E1cL6c1X8H0PL5H6rR/HX7DjR0Ffn85nNH4s9J97ih8gtAgDL32Jz7ziJWHQgBf5LON7UtaPB8Uh3HphyIcL+ez92yXmN+5htaECXlF0I3Nc/0fae5Hb+uF5kQPOfCDbMPspSScICETOAQ3wS4AI2hJU0HwSggzaEnRACwiBFlACLSCF/vEELXQ3seNHWRM8nT4H5NC0EYIe6q0WMD0EUETJP0ESeqtfpM8BUbQlqKKknyALyf9CHsn/dol5q5m3mm0OuqniU4+0hkzSm/F/f/5fF4HT/13R/7QZjaD/OaPGUedw2pcx/q/B+M+rXWl3upbXLenu/Z/JbDP75f+YDWz/p+H+L12+U2Ij9wd2u/57w6uesUd+EGJZB+raswMD6kDJUtl9ksMRz8mlhDx08RwUyx6WIxdoTA8spzPeYFLLZvscHw9nuHuFKjyZUrQl0wojDkw1Cjcd4alGwbSnJLfnTn2mKRXm+n9LTbXL7arUgv9ZTXD+zzRnpWM5W/81Gv9r7ZXLbonId3Sa/21pP/7mPBM7/xkr/n+f/O+9WYu5vZ/czO07W8Ltf20ux/K/e4cfP9pOKm/+dwpNs2xf8xT7/pVPQ/Xcr1B77m8+kkDzv2Hu0pbMXyo3RuYw9eSTeUzJLcv7Zp505kmPCU96T7JHPdl33hH/q3dU2COV/x0m/zcQSsjqP2k7/o4qpzMa9T8tJrO//p+V+X+15P9q7bRfcyr9vw3pWfT85+NHtzU+0bSzUTkL8KSQrX9q5g2Ne/rc3BhMH/CdO4r071YMbTwyZ2Tje5Nf178/tln/wYRsPVRzH1A6WhpobuXZfqLX7CcCra+6KOt3oYbXBf8SfE3veH0PR2PQixPYU7ieXDiJnjEleFHOmkILuIEWsBPoSADgCFrAEs02InjqikYhYA1awBu0gDloAXfQAvagBfxBCxiEfwTgEFrAItsTsT0R2xPF1J6oV9lUlnMU2/y/1ulYVhcF/m+0mfzO/9pY/r+W/L+/fKcmS+7TM3yPX31h2Za7rnzkydMG6ambGvg9LxwS9l4/zq8WSKthWgyd/fXl8oyzB9V6TIhPTIEgfWIfvGjlBLgC1Em4oJ8+IyIXYZO7KffcAZH+QTVquTOOyp1xA1UCaIOVx/wCOMuG7yp93UXKb+HP+H6O7iJYjuaT+5xS34Nu/vUX1BUY2h14o6+Ggxz5MPBMugMgCKKpNQRFlPETJFHGT9BEGT9BFI1SEFSFxPwJ0jA1hx0CRqauHALumKkz5s2Yd6jMm1nGcCwjOw3cK/i/q7baVe22n3sCWKf1f63G9vzfys7/asr/4aYgtVDuD97ybfFH52v93xuOfCkt/NuLvE7OfY3vSsnUlOSEZEJ8mijtUcqhptB01/T2fZ2+zYDDI/Tb0l0tNOUVrDKYaMXwBiWlAYeTklAypKwK8PmXzw3TmZK92J/Skat1x27hrP/z7e46+4ooxP+tRrOt/fpvNLD6v1qu/2nyHW5Py/1s2HY/+uy41mA5AJsf+wO3peoV7pnbb+P3LP9Y7+cTXP0y985v1wmH/30X/+6ifwo0D+DGrT55AEfj/rvx6IkG/Wflh7nPTjd7Tvzlac/n7zzkOTnwIe7ky//JfflcE3fqsd9yXx1ZwEm3rOBON0/lziy4nvt6/QjumymXct/ePsXz9+zhXN+meZ5+v07nLlid59HXj/FkVA7x9C9P9QwotXEDzSc9mSOPeQYNOOjJin/VE159GpZnEFM+S1y3UkCQCxavtmUsxMur3dWNF93Ae7fxauEudd9bwWZQ26PyrrI5Vwl0zcUtujemptqJB+WBAWGNzslW6pQEeHclbQGgT/kkgT+0YAKoM5OYgZCcmMQ00LQFYh5oiUViImj6AjETPukLxFwES1+AFswHbYkJgRbMCG2JKYEWzAm0YFKgBbNCW2JaoAXzAi2YGGjBzEALpgZaMDfQgsmBFswOtGB6oAXzAy2YILiBGYIWTBHcwBxBCyYJWjBL1GtMTBOmX9g4TL846cH0i2MeTL846MH0CzzP2H01gVj6BXMCMydwQCcwW2oCLTUsi6N37v8W2KvdVYuisP8LWP/dwvZ/Wu7/WP13Vv89OnmE/b6j/Di69d+/uZfVf2fkm5FvVv89GvapZ9Z/X2AXXG7XLTUrqyLB/8I8/2mzWJn+i8bjv8ztqKiJBv8PUP/TaLAx/q8h/2f6L0z/JUp6C+injoD+S9D6n6Okzz2oA5N0N9OBYbyf8f6e5XQP188emfqfaJiSfgjuRwfzdHk7E9UL6n8W2yvqXe6VkfuOTvifwWhrX//HbGD5P5ryv/Y3mNQJ2M0lI9S130qdSh6nG1hUKLbxP+vyCH9H+Pt/iymP4N8k70RLXM5Kl5PhP2rjn1vkcFdpOf5Wo9XCxl+r8S8t1xr/ZqPBDONfXxH5v4aNf+fjP96g8fibzDY2/tqNf67m40/1H9n4azT+kd15dcX+25j912z83VVVzhURiv10kf+bbXls/DUa/yvmdgP/69j/077+l8nA6n/Fnv/nn/+s4zkOpkfXfiuVPBiZ+yfm8e9yVi8hdy33/zYj+H8K6xx2+ucsnBPJv4fhv8Pxn11RVWt3VnJajr/ZBvu/wpvcjgr7pMJFjsrFdicb/yiNv7PSYXdOivD4W61hjL/JZjVyOVa2/ms4/oXOeruTXG7Hclf38j+z2exX/83I6n9pzf/kyB0XL/f7rv36wDefmFtaPnn+pQJdHHl5wn3wviL7AWFx6ENYvKgQ7nImbDjfAXk48D3QwnfRNszvSyXPmGLIueJ/Ro292hUJ+d/O8W/I8zv/ZWD7v1jZ/8XL9/Q1vzr7uOGvx3bQIrBxcRw341N4v7gM8FjOcyko5gOlWG1hfTCAHD6cThbyBdCG9CVQ09U2PdfGsN4d+Hc76uqX2uu6Hf8mi1/+t9XM8n9iBf9x8p3K9VJY6jiuYhi8tUjA5Xc8seDhfBIAvm7Q7z7lOvxEQHfe9Nw8hm5N8O+qiMzy3zn+re31v8z0/A/Df0zhP1WN/wUfwVs31ChotZkNYX0WWIDb5l3SxHXymXSFNxvIGj/FzFzH0cX/UpfbFRX8m/zWf4PZyPAfI/jXKav22q/fkciTMY3KLlzZeYfzIbjBD/JBbOceO/ifU+WuXlZVW+XsfvwH4P9Gdv4z5vj//9oXeZS1Gm+wK4fMftiPh8v/4dPUq7//J8Lab52ea2X2QAv8l9prIpQDHj7+zRZLHsN/rOF/zR3JqxW0mn+Et/ILFK5uCRv/8Glq/Pt/IuDfMj2XlQzRCP//z965wEVR7n18QIFAwPEaItqmJgKiu7AgKNmqEKCiqEhqprPiCosIyE0txS0t9XjM0crshqPZSd8y10tejqWrZdlJy8vb8dLJpjoVxyK1zns0L/D+f/8Bs6NpGoLlwIf57UIx4zz8vvN/fs/M8+SMtZfYCm+8/y+T/0ea9fz/ZvH/hZgel+uKrm8tvhDNx5fj57RtyBdujuZTquP5a83/0zcs4RUpsIMLWLjaTvQK4Ub6v7jAXlQbK4Be1f/Rl1n/R6//bxb/e9bYdM50j8UBHhWWgI8LjMkNFqnJH8zfC5vy3CHk1KhyrYJ3q14F5KeROvM17UerDjwYA9gfK+0Tiv2y0r5rMPFr9q/XEtfu/yl5RUW10QW4jvwvwqTn/zdh/rc3gN6EZv32/O8XfpGe/908/h9sK86118pj19eR/+n3/92E/f8Fu2Mv5H9m4bf2//HbLu7/X/ob9Wt2/fi/oJbvtb+e5/+MpprnP9JsWQU36uZ/3f+Xa//CAqstp17bPyoyMqqm/fvaCooLrTm2CXr7103797VOsNozrPXa/lER3P4TbPwAUK0fkd7+V2z//Nrl7fXwP+KC/9Pyxk/Ju5EnQG//n7d/v0nWbOKtPbf+2j/aHI3nP1OtGfZx9ozaPyK9/a/Q/v3tY6ZY69f/UaZo00/Pf6YV2PPzcuy6/+um/VMS6nb+B7Pxkvt/I4wRev+/vvv/Nc/mza5+7f1L6/7u8p4oX2lNKL/lGbL/3ECx8cwEWSyKlpuMDZabpgXIzVLixeaRZ2R9Dvk/yBpSQs1K8vX7ybMze/BMzULNFt9JwTzNGt1+1UOpF/7wr2dFXJjitywuBdNAYRwozAOFgaAwERRGgsJMUBgKqk9ir09iD9Unsb8JJrH/PYHRJwUT16fo67nesvV/3c//FnHp/G96/V/f9f/FH9UzuQFtKdc8/1vN/+VDG/1h3t+D/7ulxKfVmf/NZuMl/X9zN/3+n/r0/8Xrvz1V/Vos+0t3eckWL4fyWJC89Nl/Od6f4yvvb//v/P3WAOHM6WLxbPkw4dyh+8Tzu7oLlZtixaoVQYKwuLXoNqtScJ90XmwwMdDR0NpK9kg95/C0nJW9jEcdXvOiZG/R5fBetUb0ObHM0UhdKvse3ib4uWbI/puXCo1XKqL4zAyhyZxHxKZTbEIz+1ix+fBEoUXyvWLL2BDh9pBOYkC7BEcrbx8x0D3YEfh9R7n1596OoP23yW22f+Nou+aYfMfSPQ5DSRvxzodXO9oNrRLbZ+8WOkR9Jt7V9zWhY4u3xOBQWQiu/FQO8SkQQo5ul0OPpQlhW1+UOx/Id4SXPSp3WTfY0bU0UzY+YXaYMmeKEYUtHZGJ40Tz4NOOqOAkMTriiKObV6gY0/qUEPO1rxh79rDQ/Z3vxB4fbxHinD7y3VteEHrO/1a+57npgiXvA7nXzOccvQc65T5jpzniuy6UE+JHOxJ+2Ckmhk8VEg+8LCb7jRKS180R+1ZYhH7PvyT3//tIR8rUWfKADT0dA0fa5dRFBseguH7y4BJ3x5CgcDlt6D8daecay+lR7zjSv+wsDmv7hTBsp784vHKnMGL5CfH+oy8LI2fuFx/YOkcYNXa9OLpsvCCl7JWts2Y5xoSvlTMy7Y6xfk/KtsR+DltFiZwZHO7I3DNMtns1dthXdZezvzrpGL/oPjFnr78woSRWzF19QshLby3mz98vTIw6LxbkrRcKW3wqFg1cJBRVnpVLYtY6So5+Ik8OeNIxees2ecrpEseDZUvlhw4Nc0wtnSFP29TdUTrKJk9fHORwE1AcC2431SdfsujC9YqC17S9jbe+2vfBRlzOUu6jr9S0mgsdba7FTJwZkKE4MyBTQWEsKMzFC9ORwTgTIJOxktGgMBsUhoPCdFAYD8rmw8eKIG2vi7U+KIyID5gRCkNy4EGm5AMlY0JhTigMykomhcKorGRWKAwLhWmhMC5nFy6tDwoDc3ZBJubsgozM2QWZmbOL6rVlYWrOLsjYnF0ka31QGJwzixCtDwqjc2bhrfVBYXhWMj1nF2R8zi7I/JxdEAA4u1ij9UEBAs4uCAacXRAQOLsgKHB2QWDg7ILgwNkFAYKzC4IEZxah/GsYFpxZEDBYCRqcXRzTrpqAB2cXBBDOLgginF0QSDi7IJjwhZGAwtkFQYWzCwILZxcEFy27OM3vARktuzjC7wEbLbs4xfsDdLTs4jC/B3y07GILvweEtOziBX4PGGnZxXR+Dyhp2cVz/PsBJy27mMbvASnOLghUrAQrziwIWKwELc4sCFysBC/OLrR7txlinF0QyDi7IJhxdkFA4+yCoMbZBYGNswuCG2cXBDjOLghyfLEi0LES7DizIOCxEvQ4syDwsRL8OLsgAHJ2QRDk7IJAyNkFwZCzCwIiZxdjtcwIYOTsguDI2QUBkrMLgiRnFwRKzi78tMwIwGSt0DIjgJN1j5YZAaCsq7TMCCDl7IJgytkFAZWzixItMwJYObtI1/wKwHJ2EaX5FaDl7KKFlhkBuKyVml8BXlaCL2cWBGDWrVpmBBBzdlGm+RVA5uyiVPMrwMzZxSgtM/rDAdqnurZFshHByYapi6nLrTyvyOXqf9tke0ZePc//2i1Sn/+1ftu/tzXbOiCvoBaeALn28X/6a8H9H126dK25BSzNnl1szbXq7V+n7T+kuKC2/H9t7W82GX/e/inWB61FOTfgPmC9/X+h/RNtubYCa059tH+EUVv/7eL254Ma3cdeNEVv/xvb/gNG1PI+ruP+z24Rpovu/+tVnDG+dpck0Nv/Su0f3iepV1p9tn9URPTF7d8ny1qUZZ0g6O1fJ+1vLbFm59Wr/6Mi8fzfhfv/4225JbYCQW//Omn/1MF96p3/Fz3/MyTLmpuZZbULevvXUfsPSYtJrefxvyijPv5fJx/XNv6XpCzZ0kJWHgtVlj57Sn5/TqCijf91FM+cnmE4Wz5OPHfIZji/K0ms3JRoqFoRKgqLQwxus31F98mNDA0mdpIbWoMVj0E+smcvb8XL+K3sNa+P4i1+IHuv2mbwOeGUG6mrFd/De0Q/1wLFf/NqsfHK1wziMwvEJnNkQ9MphWIze4Gh+fChYovkNEPL2G7i7SHRhoB2Q+RW3gGGQPcoOfB7s9L689vloP0tlTbbf5Tbrjmt3LH0Y9lQEma48+E35Xbpfob22UfEDlHHDXf1fUPs2GKfITi0TAyurFBCfBxiyNEPldBjY8SwrWuUzgdK5fCyJ5Qu6yS5a2mxYnyit2zKXGiIKOwgRyYWGcxDPOWo4HRDdES53M0rxhAT5CHGfB1oiD37tdj9nXOGHh+/J8Y5A5S7t7wi9px/RrnnuXmiJe8fSq+ZK+XeA7cqfcbOleO7KkpC/AQ54YcDhsTwP4mJB143JPvliMnrnjb0rRgg9nt+ndL/79lyytSnlAEb+ssDR05SUhd1kQfFDVcGl4jykKAeStrQ7+W0c22U9Kj/ldO/7G4Y1vakOGxnkGF45QFxxPJKw/1HXxdHzlQND2x9Whw1dodhdNkUUUo5qlhnPSWPCXcpGZmT5LF+yxRb4nDZVjFTyQzuIWfuGafYvdrI9lVJSvZXVfL4RTZDzt4gcUJJoiF3daWYlx5iyJ+vihOjGxkK8naIhS0qDEUDl4tFVd5KSYxLLjn6jTI5YJk8eeseZcrpmfKDZauVhw6Nk6eWLlCmbUqSS0cVKtMXh8o3abw836HduKJFzYiXaeurfR9sJEYKqffR128c/0tStPG/FrI2/heqaON/p2Rt/C9Q+fn4X0dRG/+bYdDG/8aJ2vifzaCN/yWJ2vhfokEb/9PGiWBCPsLZ2jgRzAiFIaEwJR/oIG2cCOaEwqCsZFIojMpKZoXCsFCYFgrjQmFeKAwMhYmhMDIUZobC0FCYGgpjQ2FuKAwOhcmhMDoUZofC8KxkeiiMD4X5oQAAFBCAAgRQwAAKIEABBSjAAAUcoAAEFJCAAhSsBAsogMFK0IACHFDAAwqAQAERKEACBUz4wkhAgQIqUIAFCrhAARgoIAMFaKCADRTAYSXoQAEeKOADBYCggBAUIIICRlAACQooQQEmKOAEBaCggBQUoGIlWEEBLFaCFhTgYiV4QQEwKCAGBciggBkUQIMCalCADQq4QQE4KCDHFysCHSvBDgrgsRL0oAAfK8EPCgBCAUEoQAgFDKEAIhRQhAKMUMARCkBCAUkoQAkFLKEAJitBEwpwshI8oQAoK0EUCpBCAVMogAoFVKEAKxRwhQKwUEAWCtBCAVsogMtapfkV4GUl+EIBYFaCMBQghgLGUAAZCihDAWYo4Az9wwHap7q21cf/rlT/V6cutdv/u6bxv0ijMUof/6vn9u+Vb7fWWvtfof9nMv30swvrvxj19Z/qs/938UdrVICoshy0WeBxTjgypmFM/yXBzpSnw9QB0z6XBpyfqwyc5KemjqtUB0mh0uB7VXWIxVdK67hDHXrHd1K653I1vWqvdN9Xj6nDPl0rDX8nSx2x7Unp/tWPSiNXONUH5mdKo2YvVEfnJUtSVpGqTf3asEHDBp4el35S9eykI6mqGi1gOypJW2LczaeqypYq+AvChr1CU0F4W3VriYmkwk1EE9riyySEmSLpy3xN/2wU0rl3v8d31uGfz5PX0yngioZOA1c0dCq4oqHTwUqnhCsbOi1c2dCp4cqGTg9XNnSKuLKh08TNQKcKitPFFQ2dMlY6bVCcOq5s6PRxZUOnkCsbOo1c2dCp5MqGTidXNnRKubKh08qVDZ1armzo9PKV/cafYp84etUz3KQ/NfR75X9tjbpdLf+LNl4y/585Sp//v77571Wtz1e/bgb+O9evLV8zaNawtZO/zFrX50tp/bB3s15v/660IWZl1sYGK6VNAXOzNn27U918ekLWX3e/rG45NDDrjS/K1Tdf+0/51rf+pm57/FC568VX1e25fy3fMeNx9a0Bz5e/nZGv7uxSWv5O/3nSu/5S+a7OedKuU9Oy9h951uIdcF71fvUl1ef4S1KjsnOq76Htql/pUdV/04tq41EuVVz8qNqk5zK16eRMtVnbmWrzYclq88pxasuYMLXl1zOkgDuTpIB3bVKgW6gU+HKi1PozXyloVojUxvWd1DazkXSHslcy3Fsh3elYK7Uzeqvt7R+oHRp/o97VxU3q6N5bDfb7Qgr+vIPaqWKnFLLDUw3d87IU9kp7qfOqOVL4XA+py7zxUtfsryXjhBTJ1Pc9KSLdrkaGviKZo/upUT7zpOiW4Wr0DyvVbv9prMYcmKvGfnRS7b5ugtpjm78U98RA9e6yE1LPQpN6T+l+yTJygNRr1Hqpd5xR6tNzkRQf1FRKaDtZSjj7b+neyhFS4qlH1aSjcVLywUy179a2Ur+NyWr/MuqtVl+Ha/MabB0YJo1JSlczuvpJYzvFqDb/49K4JkOlcacbqZknu0lZBytU+75WUvbGD9XxzrNSztNr1AnyJ1LupCfUvPxtUr7klCYO/1gtsCyUCmPfVIsMRVJxqyVqiZAulfz4sDpJjZEmH85Qp7gCpQc3J6gPrYxWpy4bI02bE6CWPhIvTc86o7q7/fKjrJ4NPer1UxBePARzrN6F2aaXbhK8BWGFC6837HXzx2tMHYAtrpADRgzBhl9Vj6y4uV2T91B09NrYfwUUHoTCh1B4EQo/QuFJKHwJhTeh8CcUHmUln0LhVSj8CoVnofAtFN6Fwr9QeBgKH0PhZSj8DIWnofA1FN6Gwt9QeJynSCCfs5LXOd4kv3O8SJ5nJd9zzEje55iR/M8xIzGAY0biAMeMxAKOGYkHHDMSEzhmJC5wzEhs4JiR+MAxIzGClTjBMWOMVryBFxwzEjNYiRscL7ppRRv4wZXhZ1rRBo5wzOjSijbwhGNGRSvawBWOGR1a0Qa+cMxIjOGYkTjDMSOxhmNG4g3Hi8QcVuIOFOzhmJH4wzEjMYhjRuIQx4zEIo4ZiUccMxKTOGYkLvH1l9jEMSPxiWNGYhTHjMQpjhmJVRwzEq84ZiRmsRK3OG4kdnHMSPzimJEYxjEjcYxjRmIZx4zEM44ZiWkcMxLXOGYktnHMSHzjmJEYxzEjcY5jRmIdx4zEO44XiXmsxD0o2Mcx4ymtXcFAjhkPau0KFnLMuFFrVzDxckX5zVqMg7UcMxJvOWYk5nLMSNzleJHYCwV/WYnBHDMSh6FgMceMxGOOGYnJHDMSlzlmJDZzzEh85piRGM0xI3GaY0ZiNceMxGuOGYnZHDMStzleJHZzqUT85niRGM5KHIeC5RwzEs85ZiSmc8xIXOeYkdjOMSPxnWNGYjzHjMR57ozcAqz3wbfDTRH4XueUWG1eBTPCx/qdVuEK9X/vvOJMqz23xJ6TY7uR9b/RbDJfcv+Pvv7XTZP/YLgS0yCJqP9394mW9oflnEgrO6jNBe7u1qCBICxgg/xZwX9YKgu3CcKzTsGXJ/I2YTG/WFLTr10EBDtsoa0JNLgTtKBiuTaXEu2cCwU6AD54Ooif0owG7g0b1hzJnBM4Ejoebz4ePz6eJjie1JT/OijkFKae4SbTLZlTXMH/tXbX5VXn/4swXzL/v/78f737v+aWhUeqX/OzqfuPLHpD75Pfun1yRm3Dep7Iyl0QXuHVIl+NB+a3j3Qjdq/rjwm8sNUuO1hCKMwUacYWK4xcrct9yZ+71uWOn6l1TRe9oXdN9a6p3jW99bqmFyrM3y/2UOPSG6pyI7qbo+L45z2ru6Fd8a0LfVF6rY/X6fW/Vv8XF4+vg/s/qP9/yfif0aj3/2+W/r9ndf+f1/9d3ORFVYn98cR7x3yk/U38T1RnAO5ublVVcbv/OwTA64tDgF+xN6/q8otXAW3+2TYztDS643oo9s43StMRQHEUXJ7RkVwcBBAraw7n8f5XOyjA0UhovCVvA7yC/xOshUW2ghvvf+rsX7L+r0kf/687/0de3oU1Y5B/rn7dHP7f/K5l9vl9cZbKhWecVbv3uISCfzjdilNd7pZkZ4OhEa6GhjCnR8+BFk/Bz+nV6A2L16fHnbdVNrN4b9vn9Pnk/yyNVnxn9H3zoMVv9l6j/wubLY2z1hrFxz5yNUl60th03EZXs04lxub3PuNq0WShs2XHh1wtTxY5AzwfcAXsS3e2+uoeV+CaGGfrD0daghYEOtus7mlpm3/Oecd8g8UwvYHxzjx3S7vYs8b2A/5p6dDqE+NdMYLrrh+3GTt+f9oVfHipsdOpt10hO950hh78iyts2RJn542zXeGPPOzs8nS2q+uYDKfRMcti6p3gjJDslsi7DxrNln6WqEbxxmi/TZZunh85Y4TGlpj3bzPG/ivM1f1/jhl7vOfnivvTbuPdK467ema/Zrxn9j6XZcjfnL2y1rl6R77q7JP0lCu+2ePOBNNaS8IP+c7EJk9aEo+7G5NOlvw/e9cC3lSVrU9fA9SKBwSpPIuIoBTIOwUBg+VRpGCkBcqzPbShDQ1JSBNeghSuV2H0jgc/vCLC3Kpcr85FDH7ooKhTEZ2qjFZn/BwZvNbxiuIzzujIwHV6179O0oYG26akTXRO+yV/2sI5e691/nXW/s/ea1tmPOvS3PBmkWXmIcGff2C8ZdbL3TSzrVtqb9y932+9/t3amzbI/jmj/mYpWOzxF170R8t880nN/Mc/r13Qr06z4K7Xaxd+9yvNIpe/dvGj5f4l3g21S7fN8BcXLq0tsY/ySwZL7bIZF/tLBy2xlI38yl/2TWrt8t4ZmuXvDbWUf/2lpuK5FIv9zXrNit0fWSoPPKFxbPitZeX2HRrn4kctrvV+v3vCHZZVC+/2e4b/V23VeK/fm7at1td/nt/3UWXt6jM5/jUvzapde7y/f91/jq1d/6JZc/O/9qrd8NDlmo3OMZZbtpzVbJotWtpMmNN+1pXfP2tsvG8t5rLRe2qoYtQeWcgIvf93DXalfNqfxGn0VMxq05joZaZXMInGJpUM0XAGdyf77dfzjpfgDi/TIf7wMh1wiHVt4hGPbk7wZELwCQhOAcErILjFSgXxS7kxX8w/g2eMxDUg+MYiBXGORQriHYsUxD0WKYh/LFIQB1mkIB6ySEFcZJGC+MgiBXGSRQriJYsUxE0WJ4ifQHCUxQniKSNxlcUJ4isjcRYI3rJIQdxlkYL4yyIFcZhFCuIxixTEZRYpiM8sUhCnWaQgXrNIQdxmkYL4zSIFcZxFCuI5I3GdxQriO4sUxHkWKYj3ikjxHB8f/GeRgmIAixQUB1ikoFjAIgXFAxYpKCbw/YviAosUFBtYpKD4wCIFxQgWKShOsEhBsYLFCYoXLE5QzGBxguIGI8UOFikofrBIQTGERQqKIyxSUCxhkYLiCYsUFFNYpKC4wiIFxRYWKSi+sEhBMYZFCoozLFJQrGFxguINI8UcFico7jBS7GGRguIPixQUg1ikoDjEIgXFIhYpKB6xSEExiUUKikssUlBsYpGC4hOLFBSjWKSgOMUiBcUqvqdQvGIxgmIWI8UtFiModjFS/GJRgmIYixIUx1iUoFjGogTFMxYltinXP+IaixJ25fpHfGNRYoZy/SPOKaKEcv0j3rEYQTGPkeKeIkoo1z/inyJKKNc/4iCLEgeU6x/xkEWJ7cr1j7jIogTFRhYlKD6yKLFQuf4RJ1mUGK9c/4iXnFr0V65/xE0WJc4o1z/iJ4sSx5XrH3GURQmKpSxKUDxlUYJiKosSFFcVUUK5/hFf2yVK/IhjbPoE+tskE70rQoV2jGmsTqfIFPikihSdn/8vl2JQ/K3t/F+r0bes/683GzVq/h/H8X/4kuXM0Ij87m+PHOy27j5LtzPHLJe/9V19/yPHawc88W79wAefrR10/9+sg7f8snbIzX+0ZlUetgxd9Iz1ipl7LMOu3W29ctQmy/ABt1ivukiyXHW2xDris1zLyP/dUH/15pss15zKqx8l6TlfTKWhe2rkNw3c9/BQXplzs8uPQXzz56Dsyc/yOX7wWzT9QgqGvnEORf1jpD5y7kL95NyF+sq5C/WXcxfqM+cu1G/OXajvnLtQ/zl3IRtw7kJ24NyFbMG5C9mDcxeyCecsZBfOWcg2jGQfzl3IRpy7kJ04dyFbce5C9uLchWwWugfE0m7/3LMh1PgfHv+dZTbPMp9nXSzif5T7v2oMqP81U3J6XU41/sfH/9OkSsm1PAaFwNrS//VaTeT8H/X+nyj6f0rwxfr/7O/v8ysqe3JjYzGn+zarwFNhlVtKaAlgNAdmid88d6sQPEGzlN/GSdQ1hp3Jf/uK2BRda3P9t0YXuf5br/I/Qfg/OETTXZceqDVd26/B9M6ZkpwrDSU5vz5RMrNXdsPM/ZeU5B/5tGSWZ3LD7AePldzY/2iDdcv+EuuZhxvmVL7aMOf4+vrCwo9LCp9Z0TDP8ErJvF35DUWDPmooWj+mYcH3v21YuFBsWPTeow2Lx/2lYcnLL5csvfwPDcX/062kJPnrEoSB5KRWvpMFQVFfnqpPUmbhBzNbPWe30fQPYQh9ZA2P+slIfWXtjvrLSH1mrYz6zUh9Z82M+s+aGdmAwxjZgTUzsgVrZmQPRrIJa2ZkF0ayDfuhUJkQBRsBYSdGshUQ9mIkm7GGRnZjDY1sxxrae8qEKNiQNTSyI2toZEvW0MierKGRTUPh9ULsyjNKMJ9Ejbw/2fjvc0rLfV57Z8d/jc7Qsv6jwahV43+ixP/k4Kt7dSgtS6J4kKooC6GpFLqojqTM6cj4P6HVI6oxJq78ny45JLdU7qrq9PGfMYL/Jr1a/ydR+B9a/5Xx1N786sGZR62j+qU3jFr1jZWZm5KcktLYuE/AIO1pPx78PO1PSlUe9vBQTWPkxzzRnIgXrdPJODujE7LgSSdlpBM3hY32njz4NEmNI9Hxf+UyeywmgLV9/z/P+i+Tyv9Eu//vsOalKnfrxsbNG8C5zW7lbj26fXM7z7n/42jN9//zHRGsHTdpnMraOPHfJ5VJjlLJeaGbAEWf/xu1OpX/icf/G/V3hrL1e77Bn3b5Q9m6Nnr+09HC8//II6rPIuPN/9hsudMW/80R+b/epNeq/E8Q/vcJpuZ9kY+/Zr6noX7MtsDn5ueFr0ynA2fvF4R/XDfizsakwULjkqKAcG+2kDTN505e01NIuWq+u5v7XqHbsTcDGd23Cxkbbs+++Dc7qnvaHnKPz11agtoRLb4pdzcZcNJzS0kkZfBveN7Y9IJCXrYxfUqhkFtBP7SjC30FZRlLX2VRyUvHFAFidD5X2acuAdEtILoGRPe4yv79grKrNrqJL3QVX+guvqjL+EK3OcqtUXb1RfeBMAEjmQEIUzCSOYAwCRBmASqmSUlObfGdFrLN7QejtFA63s+/wKUV/ue5nC6Hz+HrdP4btRHrP4zq+D+u/P9Z8MXXbfAzr/84nJabd3joqqLXtk2sU/Z+mZHz9r9V5YHLqUl0iTqSwRZHEQbj6yswBZTeM/hdRBFZ5faeR1dlHl2eefPpZQ1WSQq+R9Mk0NDb4H6ey9ZR0xipecruGRPrzt09Y0YOMMbNTac//njXjrXC/xtcFc6qWMy/6cD8Hx3Wf+liFoFU/nfA/zGbfdW2/quLWP9nUuN/ouR/qcGX+GL2n6p7z0utHZs2LjgHCKW/BFZf51sQQW1WZCNP1QsZozWoBq6LZjpQ03m4hiidC7/E+YA4Z9NoMYrzqjOEOs5/u8futa+ULvgJcPTPf4wag8r/RON/bxCy99y/EBdH1YR4SLlTNXi4QlD2CBDSsS+A0FOZpacxKPsCtHPLhaYzKRMC85QIQGdUIsComvAI0P4zIwYYKAYY1BgQFf9dVR4pFguA2hz/6c2R939V/0kU/vcIH//t7HVPPapvvPCFsT5UA6TxtgFW0x3lllA90OSkVDzQmZ4fEnTDKm9k8BQP8VyhVynFqWnvNJJ0IWxxdZ8PDh5U1JyBBqVEyD314SVC0NCWpUJYvaFG42BoeFhYSU5NSU7DtGOl9TuPdaQPPyLhujX+r5FWSA76XWfz32COeP5rUu//CcP/kNiSCf6HeP/GtM3M++zVPYO8T0lKxcZBuxuaGUNc6c68yeBEXWTe9GliTLD+zmhehKaLqikK4zOzzsdwbloYw9HEMIZfaDN/WrPSWuH/LGmFzxOD5T9t898UMf9La1bnfyYK/4kb/PznvPf/NyZOd4NoYfd+YlRN9Q/fNjt4029qhUL9PtXtudlz68JCwYW18qc4H7VV/ntW+WxVUqfP/9QZI+r/mVT+Jwz/Q7M20ndY8/NCs7U25mDsvb6iabaWXhPVsZQZYPl5Taz8gWPyHDC9ZtK48XqNOnzvWv7by9ZI62Jwjjb1P71a/y+B+Z8ihO3/cdL3c//JL3xZlEg3Ni44FFqay9uDdufPGaEFupDfCto3P6PpFIrwt4if4+JUjNGdLp3e1CljMeD/bMnnicmj1zb5Hzn+16jzPxOG/6FlGb0f+nhU6jH5VN1buSMCvYY+8knY/j+7N+BfPnAomEqncxLdM5hE60Ob7eiiOh24j1NyhUQ6Lat3dGr8I5w+PKGPognqqrL28t/ui0n5r3bU/9BHzP/Uqfv/JNL9H6+e7z+wIv/bhw+VNJXmKDmIG3JJTfARfHrwVqxTNgKP5tDgNg4PxCmaud3maWiEoNVOUu/4see/y7Pc5ajsdP5rjaaI+j96+ucq/+PL/1At41HBz4OR/5+YfLq6xyWvVvR48uOKeZecrFiy8/HA0q01geK12wMlFVsCUlFVYFleWaA0Z26gbOS0gC3THFjeq9RdnlToLv96qrviA5Pb/uYI94oXMt2VB3q4HTVn3Cvlz9zO6hNul/t3brf9dGDVglMBz4zjgapxrwW8Vz8b8F3+WGB1j18GVv/9rsCaU9WBte+uCqx7ZVlg/dMFgZuf2OTe8KDbvfFuyX3LljnuTZ5cd1DoT21n2VJB2LMW/dxTLSjbe6bzVp9i6PMuv3AZF87rH0wmlKJ5ehYF+V3LiYWACnpKdej2WlTRMvtxVWhYFn+EdRnJwkBYGQhLA2FtICwOhNWBsDwQ1gfCA0B4AQhPAOENIDzCSF4BwjNAeAcIDwHhJSA8BYS3gPAYEF4DwnNAeA8IDwLhRSA8yYQjbwLhUUbyKhCeBcK7QHgYCC8D4WkgvA2Ex4HwOt8uyPPNt414eb/p0S9nmdmztBrsq5MQW71GH/99K21SF+R/hsj4rzWq8T/e8T9UJzX05CXj7m+PenuefMZ6ybzDteLLu629zF9ZdDUzA/rMKe6mekJcd3R3Bv5jO+qOCkKrATOiCUqp1qNe/BJNAaI5QDSJx4bULCCaBkTzQoGhg0386a5EbIX/VqncVYy3zuY/Jvu3XP+j1n9MmPFfcnCQxvV/tqed7Z5EvznAVRmLT4cUWVCmnWJv0/FAZufEOsa2jququnHgv0PqEv1XZzJE1H83q/f/ROJ/i/pfjY3ZOzj3loMTINtX/yMlnPl9PnjDoYx/TJ+fI/cED92n5QnoJqwZN2m0Wg+kq/hv95ZKdo+z0/mv10as/zKo+78nnv4L/hunXN+9iam3ZeA2vZW3e7mrOijManJoVEzvUeu/t5jHcAkQnOKcgND6aTBDJGdSjhoVYs5/V4XTbYtBCeg2x/+R+b/eoOb/icL/0I6sPP/jfOs/mmdVUmJw/R/wfyInVZ5vrUQ7p31ixreopAxPZyspQ9a+9q71CJMEsbYjOdTCHYXtb+dPuBBRq/x3Su5Yrf+Kdv2/ySRk6WJWgUzlf4f87/EWz3J5bFXL1l2w/1sd/5lb5n9GvVHN/xJ4/CcI207jT+FbaUeR7l2M4DzvqYU8DvR8sVcOS/dCh94WCC7N6YETWGcFz/JPvVl31/J/juRxeV3O8gt+BNTm/h96fcT8f7X+R8Lwf5AQtv7n/QdK6sR9A0b2uu7JzN7rNmddOuTezD4LSrP6NK7LvGzc1KzLPrlnZ+YVUk1m3Zqd/ZNza/o/smDngD8Prxm49dqdg450qxlcMWjnkAdO1WRNb9w5dPNrNVdoB2YOW/FJ1pXiPzKH3/Bq1vBAQ+aIa/Zljag/kqlEhNSUH/qmUHKYpwSvyGku4oRCAFy+KVQIQK8UAmj3EoWm7iI4bcg/UafMTSqpwx/RdSC6D4QJgDADEKZgJHMAYRJGMgsQpmEk8wBhIkYyExCmAsJc3BgyGRBmA8J0QJgPCBMCYUYgTAmEOYEwKSOZFQjTMpJ5m4NuTE2M+ViaSWqA/tHH/wLJ7pa6ov6T2RD5/F+d/5Uw8f9SIaz+Z32vrbGp/RmxWzUFFvOVOB80fy5p2TQmDxW2DBW1RIHL9pb+7COcU/rz6AlFQMhezCU/qTeJU/IzIvymhUyydW+Uhmml4mcU/F/pisX0nw6M/41G8F8XsxkIKv874P9CqcLutXdB/NcZjJHzv9T1vwk3/t9hnXso9Py3qg4RMlQfdbRW04H9H+YeakpBz3tENZOMM/890hqpS/gfWf/DqNb/Smj970GuRH5h+7/1Pia0ekR1pV58+Q/tzyu5fZ3Nf6Mpsv6XWV3/H2/+h4qtXxT83PutqbstX/VqEM1np9fn/H5j/fjU7tbxnkOWaz/81Dphzi5L0aB36ovWZ9U3rcBIxjcR/jELjvOYO7iFNxfqTOoZ/jlIeZ0muMEsx4KkpKiax098qYk8kKNm4o9oKhDN5YEWNZmRmg1E04FoPhBdYKRuNOtjMelKYlYibo3/Hl9lTM7Rkee/Oi3Gf7F6AqnyvwP+ny9Vds3678j8T2/SqflfQud/u2OQ/2Wek//tVvO/ROO/w2Gvigv/DVqTOv8jofm/r+jC+d/9EaHVI6r8jyv/Fyjrq+OS/2lQ/0XN/+Ljf5dDcpbF8BwdeP6jw/5vuqk+j8ttoxuRp0pao/q/y/zv8frKYzjltiPP/7D+L+T/fHvVsphsRKX6vz3+n3NjbmzPEb3/DUr8n1xll8YWSvaYrEJR/d9u/8+Mt//1Zq025P8Cm8vnEFT/d5n/C+zOcslNWVf8/G/SGJr4H/PmqP5v3f+FPk+lbV1c+W80aY3N9/8Z5CLnsk4KAqr/W/p/bm5h3OO/VquH/72lY+cW5nayAVT/t/B/wdhO8H/zHg/t8L/WbDYJWUZV/4uT/yc7pKpKKX78NxkJsnRjxoydvNLmsZdKYyc7SytcHqncpvq/S/xv83ntkjNu/tdozS38XyZVqvzvMv977PSjFD/+G1j/C/O/tcJlc9rXqv7vEv/n2pxeT8wUwA74X29o4f/cCnrvjIUAqv/P4/+pUpV39AxnGd0CpDj4X6c16VrE/2BjQuh2xebRtOr/H/S/zeOMH/+NWP8R7v/ZtjXFC1yeSpX/XeH/PGmNZI+Z5t6R+z/P/yP/hx5G57mcLofP4VP93xX+D0bZ0QVkmwufBBh9/NcYzNrzx/+ZTtda1f+d7f9Z9tIKe3kcx39Gg+lc/0+xeT0uu1fN/7rG/y6f0yvZ4+f/iPHfFJtztc2jjv+7xv/Bu27c7v9mbUv+57uqiic7y20OW5Xq/073f8yW/nd4/K8xnZv/dVopANX/Ef4vjPv8H/X5Xzz977TTrbYqdhMAOzD/y6DXqP6Pk//njy6YG2f+GxT9Jzj/Y5arqtSlzv/tMv9P7YT5H62s/9EbTS33f9dp9Or+z13y9QOrdlKDL3ytD37ucfHeUrnnHf3FS26dKotek9yrbITcuzBTvnTWFLGP/ozcd9hn8mWXnpD7pfxO7vfX5+XMDx+XL/99jdz/xe3ygGefEwfu2y8O2v0f4uA7ZXHIhs1ilsMjDl1cKl6RXygOmzBVvDLbJA4fOEK8KiNTHJGWK4/41iCP/Gi4fPXbl8nXvNRNHnXwtJy995Q8esdxecytr8ljvc/KmrLHZO2Sd0Wd56Con3hYNMz5d9E4aI9o0q0VTd9vEnMG7JBz3pPEcWdXy+OfyxWv/VORPOHhYnni4fHypNsmy9fdP1C2LB8mT751nHj9tDQ5t2yAOGX4x/LU3O/FaWmvyNOHvS9O//KkOCPlBXHG63XiDR8+JM7c/ysx/9hv5Fm/uFOcve8B+UanU7Te+S/yTfN/Ls9x2OQCs0MuzJ8uz+03W56XfbU87zuNXNR3mlj0Tm95wbcjxYVPfSMvejtdXFzTS1xy8HNx6aa/isU7XhdLit8WpY2fysuu+7VYuuSYXDbkPtE2cb+8vPuTcvkgWS7/5F654nuPbK9bJ694r1CufGSR7Hh5lbhy60TZ+XCB6KoYIrtvM4qrbpogepb3E6u0g0Xv1L+Lvl6CuHpsX3l14M/i2p7fyWvrj4rrvnxXXu9/WLz59cPyhvuOyBv375FvWbdX3vSLTXKSEK9v/koThJ4iPivv+M38qQWFAuJSUvArmssWP+DSBeLyBeISBuIyBuJSBuJyBuKSBuKyBuLSBuLyBuISZ6TLHIhLHYjLHYhLHojLHohLH4jLHwgKAEEDIKgABB2AoAQQtACCGkDQAwiKAEETRqIKEHQBgjJA0AYI6gBBHyAoBASNgKASh2qiExCUAoJWQFALCHoBQTEgaMZIVAOCboxEOSBoBwT1gKAfEBQEgoZAUBEIOgJBSSBoCQQ1gaAnEBQFgqZAUBUIujISZYGgLSNRFwj6AkFhIGgMBJWBoDMQlAaC1kBQGwh6A0FxDp9EcyCoDgTdGYnyQNCekagPBP2BCAFAhAEgQgEQ4QCIkPD/7H0LeBxnea6ci+OZOIkTEkiA0MFOGimRVntfyQTIarWS1tJKsnZlxz5pk9HuaHfs3Z3NzK5kmQAuBdK00ELSh+QABVMuhXJpSjkQ07QF8pQE0tMEOJQe4NDkgYSUFlBDQrj7vO8/M7sry1EsR9aGMrKlb3bmv3z/d3n/7//mn1lSwgIpoYGU8EBKiCAlTJASKkgJF6SEDFLChqCADlLCBykhhJQwQkooISWckBJSSAkrpIQWUsILKSGGlDBDSqghJdyIWRWQQ0rYERTQQ0r4ERQQREoYEs4KKCIlHJESkkgJS6SEJtJfE3iS8cHPs93pkC/i8/cGxDfB4kh+7sd/e9f6NttJrP/DYv+Xt/5rh/51ywgFolFfTZ1Zj/g/EAhGj/3+n1Aw6n3/z7r8bFNSmQmF+lbUUrWo9gSVHG/+mAugec2St8nblGxRt5RZvaQpoHpFqRU1pVqfKek5JW+UVb3SrViGkiuppj6ra3lFtRRjFvWCfn9/jz/SE4gpMwtK3KwV66YyqM7peWWiZBkVn2h9yDTKyqRaLynJQkEza0pn0B8M9bBqtGv7ku5zhrgtZSmqAuvECWNWqc0bPSWtVtPMpZz7FCVhlOplljY1NGNpVdVUa+APzKiKpVcKaAHtoOSYXtEsZUYr6JUKzivzeq2oXLHtClZFc+WyVqlZYFeJl0pKTTtQU+oWKkxnh3r6FK2CDlEL7WSLLG73St6KmsMo24FYZo1SyZi3touBB1DBlX5P4Ljy71ZyddNE5w2Z8geVerMJJRxVxgMBf58rsDBk3YU2M5q2vaXMoJGrC/6d2sVarWpt7+2dn5/3wdd9hlno5RB1yFDrDffFIn5fsVYuvXJO1+Zfnm+pHXRGWLfqKrQF+elWUamoZQ0DM8VoyXReMSFIqFexVWcZZa2mlzWXgTwVUYMwqHjw2YNmqBY2ZHU3i9OoakW1BmryulWfsbTGMCBeUUGIFtqYhQF1ar6Cr1vZKu5fKJ3OzaNK11ZFreSd0071znlN7HHCNRhFUSP7akXZ6tZRROHWilu7up26TQ5rhqLOGbBnWOZs3cKgFRSFAVWMSo92oKpxnDZXTt2tiYNarqhMabYDOR3Yz1wdw4ooqbs8ZO+529yvL2hNNnh6CSsGdKhUNC1f0iwLYoavlBQoJge/qzSEM66xDz7jb211WlrSbct1pROHkBDaWHp6FOYO13dsvGtrl88BCtfehdpNx9laLdrXRJRGSb1S0yp5GzjAgQp50p6gVBP2gIEVtVKVHZXhxCUtV1M4ZDTDOUvJqzVVUatV06iaOvzbtUXdVKqmmqtBmyUhFUJCqsYOK0at0SmaQQ81db/GYeKUYVrw1cqCUjUsvUaV4n9JK6hClrAZU68Z6KlExNPLlhiRM8QeHuU1SfgEhOOc7m5UwyHsVe1mU7DnvD6n02rk+KAUZ9emKseT0nRFp+jipjqjJMs6UcuS40NSfLYAFel8Hk6OD6NGTS/UVeW3lQHVnKnnUTeFk4W6XirheEyKl2ZQHIdpKW7Ci3k4wRIGr+9kA6opJCTHp1CkAEfXK/iQkY51ITmeleKYLE22MW0fqiV+2I2K9RkcXCvd8wbah5KyhJnI8b1S/KBmzqj6PjA8EJcGDAs8gN8RzTyoFYw5djYwIJF9NW9Y8sAgjoErKgC8KA8kpQGtVNDrZXlgSBqAj6C8MqRahjwwjM+lgkp2BkZQqWhiYpAHUixWr+R1eWAHKld4bkzK1Cgh2ERJKy/IA2lcMcuU18C4NIDiGopPgLsS1IGTO6UEGp6Z0WCM42PywBQKqQf1kjyQYU9qWQWnWWmgWKciBnahZn1Oqznjlgd240TNmlc5uD0cgmrWUWMvD/WDmpyIo4OKiv4TCSlh5Ax6lIZrlUJXQ3iJQVyCppTOQa3sI2D4uuTEkOTszVbiszZO8YKcGHYLO+VGpAzmsIO2w8qJlJS45xNwjfwVKcAVpsPEKCoY+5u9jUmJIqZYOZEGb1C6AaNMjPMkRpGYQOmSUZ6BdBJTOIYFKlM0m8S0lKDyE7tQraopuzQzj0Z246yp3vMXqiEnrkUjJmwWUnMllNgjJRaqFEpir7QUEOXBpDQM7cAB5cEd0uA+fcao13R5cFQa1Cpl1dwvD6alQUBdhf0PTjSOKy1twPBKiCXAbjIhJXN1GJcpJ5NS0qoZ9ILksJQsLFRrcnJE2m1PBAB8xMG4NCUl4apwUjkJN6jSrJJZKVkr6kYVVYdS0pBeEcMY2oHDfbo8NCoNqaX9S2x/KC2l9ZwJgLJYaQIlTENrXp6Shky1ktPk4bg0rM5A2sPwA3SM/pTO6dEueXhQGsbUTzMZpkwwT6Ol4SFURMRRVIbr3BEnDw9Lw3Xwb2kL8vCINFwUJ1PSsD4DM4F/y8NjbEizeR5OozuhyOFxVETcg6NJiV+1p5WMehUM7ZSSN9ZVB+PcIlOiDfILoUAj6N/mCN7Mid8+l0EX8zqYc8c5nGXTNa2sAnGGp/mhLA/vdnruGdAtS63Lw3twYoGMj4xKI5w/R/FHHklLI5pqukJFT+ncoFFRS00xj4yzfB7GhmNYpmmoNYxtJCuNqABveWRaGqlXgBMLcmpQSgFibYWkklLK1IREUmNSyjJVrSSn0jiyo8o0HDs1Lolth3JqQmiGwY69D1GZyBEbsi6oy6mdaE69UU5NkaJqRkrlnOazUqqmlhbkHUlpByY0qGlHWtoBEKH97piQdhhmHlV2TOJkFQejSWlUqyyo8uiwNLpgFhYOCrwfHaFjzhhkaDQljepAKIxVHoXDGmXDBHqOjhPpRhHIWZDVuIa5RR6dlEYNGLPSOY75uNglj065J4TKcGK3NFqfh7TkUbilugDXa4h3dK80qh5U9xcFC2NxaUxFP2MD0piGmQVGO5Zgl2P1HLgaS0ljOnwZ8yo8Cm4zNiplTF0ZUyv7cXUKV2eET45lUN8yakVDHsviLNYFYpoam5bG6gc0DLJuFuSxXeitRkAe28OqkEg6LqUx0lzOkNMJHFZUHg3iqJQ35nA9yZPoXyuYuDBE3tIAfrqU7TVdcnpYSsOnCqqVg2+kR/DJxAoYcb076PSoJGSFqjktL/AiPYZiJV1Ow6thp4AhpRMTTVlFe+PsEzMqi02gWA4GnZ60myCupDlJYd5qNL9TsnnSb6xrcnoKn+r0e9FPRgwAgQ/mfDmdZa81nJ52CumAzPQunkXkgJggvZvH6jw4u1ZKawd0ymOPOLdAM0/vRXsH6e/sazwujatlnc4/npDGtXkloZacEY4npXEdkCmPD5F1LFTcyUEeH7YvsVQKh5CbirBDHh+TWoJCeXyCFefVBXkco0eMX5LHp9Ah5mN5fBr1yMFe0e1eTRUtT6SlCZibPBmXJiGisipPJqVJDRUmGzA3aZQWbJ+dHEapKuIdNuHg0uSINIl5S69WuYKTJ0dRZL8dIE2OSfarrOTJNA1hUodUNYIIhVGC8U6OS+6XnMuTU9IkYBSh4BSFOJlBQwijoSZNnsxK7kuR5MndvAAVT+7BgRDEgrwzLu1UCbVTSWnqng/VKwzppiakKayOKdwpYCbiIB5NS1N1i6OZ2i1NIUQAumfiiLbqeV3Ee7iSGQDCYrY1mn6YgZtpCzkEMOBJzgxKmToxI5PENK/lNRwNS40XZciZEY53BNEOEDWTkjIlY04Ef5kdUmZORVBoEkx3qDTOBdYeFWUgOZRBuERJqcqYBrCUMxCealtxxZAzgBi6FySRmQCbZREDZqbAEK4jcJAz7vzgsJhFdUPJYp2CLidRKKdjksnskpIlTBelOTE1Z661XRV+ocFXB+s1umpmj5RZoNll9mLmnlfpM4CtecZiEEuXnE1IXDkR7RKAU4MBhpxF4FRU83K2YUIZn4Bqn5wdlrJGwZCzI1K2qIpG5OwOKavu0x2jyY6ixH6NCs6OSXwORsnqQFc5mxZdMYi2C47jM47BXXZCEu9Kl7NTkr2Qk7NZKYuh6nmVgs4aMyp73YXLED+a3o0+9Xk2sxdHlYPCSqbj0vR+hrGaPD0sTReEcUynpemMgggHCwaItbTA9ITumMV0xl0qZGpijTC9R5o268Imp/dK0wdnNGdcu+LSLrUmoqSEXluQdwnc3gVtIJyUdyWlXdDqQbiFKu8alnbpmNkb1meHI7tSy09ncHocp7UaVC/vmkYfFcz2dXn3kGS/PhSjH6rX6rDD3Y01hbvylvckpT0aJCrvIdAtGLWaJu+NO+Zjx7fy3rS0145X9u6W9urlGXVmXvNeCHkK878lTa32WFoOYZXlY2rmVOd/+bKnY/b/xILe93+uT/5Ximcn0qmEkk2lk/I2LgrNPICcmNLYCEgI1ODu2UQXsycM901tViO4aiIVoyCWQtycR4wwx4yKJFJ7zAZtzWrlqqXEa1ikYdZF/EzXV5lWUUtblc5sPNWloHKuXnJTs2wesZUGCN4mLSmPDizEAzqwB6vttGahFGBoIDWZ7lLqTOgqqjJvmCWsQfKaUtFq+LCf4bzK/nNoL1cycvstn4KxKHl9FoNw8pBgROSFKyIxhGhHqdTLCFdZ23GGlyl6zR3/jGohuN4msW2EjkwzzSE80xr5ccGGSA2hVDyTnZoYp5zjY0LSFGagIcwWEaJdSMGw22Deh/2bRk21E1F2SlljLsNH6TjZrHmFWfjSgqsBe0hYiy8oY1xNDaDVEuYVW/wYNLOGuNi5a2wg1eUTmprDBG/UOSYdYVIB+jCV2VI9V6uLvi2lahoFyNtCB6KnmpajxpzxNnh0mebJJBlVSsIkUC7QHwuKZJswoGoJ4TVTyywNcVD8VIv69BbmynMsGZ9UMsnExPggpSuUq9iqFelgTNioYecXRVKzVZoNCV5hNbm2dNETLsEOISM0W69AmgWDGWZltg4lY2FXEC0UNKNaRHzNxCJTvHVzxpGRWnPl2MK1tV0pMVRAMMp2uZLNgcEexIY1MmiY8AyrG5XLhlUtMuEmcrsGF5k41mCmuRoKaLUctT4GgHZtUgyXyU1oApLdr2lV26TmjVYOqCUV2hPy7lZ0n0YXCPRQ3hZiuJIYsRCV39fvNi4MA3oAs93KfBGRWUXLwQKwmoZMtpaafGylHarVakm3+UC75DTTkCqivGrThJkdXkAQUFZcq4BnFVXegVnSCdPr+Tz6WuaLTifdxBrdtGq0yLrmGhcir5pI0BYNPddQOkOvxge7HaUz0NsXDfv9SpkLeqEiJa8uiHstEsstwFSUQF/Q32Xn20W10oLbUwFhE7NxVsmYJ/7kjfnKEutvMTKfnX22G4ZMRWa6JPLMli5M1YAQ5jSOFxE2EAXW2JSx0qm6R6ZWNhpuTljuVmbqvE+izKomZUJMKrWaiWhXSNfOauNTs7mG5CHshv4ACwMuGM3zLsy8puwn1KhMyDnSOdaPuh2IrFdK+n7CRM2pOa+DIw3TyUojdN17JJXJTkztwRGBSeh3iSDmeZ9AsAredtSBayF/t7AjWHWlppeUhuaCCCgEU6zTNCy6A5hRC1rDxpxbIcqSnsC82gCOAMsGRbtwjaZtNzpaKnJ6JuYS08jXc2BV3FJEJA7lOD1zojHneFthVgmx7bDddqslq7kclnHmEvhPLgOvKgDAFd5UMjM5MZ5JDaTGUtk9ysSQkh1JKoPJRCqTmhhXshNKahyz0eB0IqnElRYkxXnq3ZF6XsuJOxNkpDEKCKNVOpAiAaQRElhVYKA+g+V4bWHpFDBh6gAem1smsIUvOza0dIq3y0+5Q1OFtbszQcYGDayl5+jXnankVEZMX2AhZzeLI8wDIpaA8rBCFw43MWNR1MzV+ZR4LieCnIIztpbeGxgJtF2iTKto1EsITwioRS1fLwnjg4HzZlMOcwDTtnmuwba7kIQJs8E4uCrA2CuuWjXC+6wyCIMUwMZh0pC7W0CmtT6G0lINa/Fc0ZlJMlq1JtpotUhXYa7VLBmKA7ndNv+CZ54TfsQWG0zNa/adVdu0JGlnnfkQTnMcs3NTHCPiiCUnyc/k6IB+0KirZn67AgB2TvpmnJPXGDNWteybNUUlW9vG8axDDIQKFgWFIpUWNXYrTv58m/2PnislJib3TKWGR7JKJhvPYt0srD+VUYZSY0mnzDNuZnAdaVd8LDXY4kJ2G07MpZerBpSO4AUa1Q5UGRi5k4yeb7F/9iTmUYvz9IGamJltoYttCZJtF2AEIULNap3i7Jgk0O/3+/y2ChAyjjElUa/mW4IZ0YW4Pi3OA8GLplEvFIX4EEtjemcKNKF0uvf+i1Udka/P1UUvP/XO1Ev8zfGPqJHzobku0bIAYrF5gX4jYkm4xLzlhEzH8NSQcEUZz06KQATRWLkq9j1cJoX6o/6+UASQKdoOdinJA1XdAbljR+Y4DrEAkinrPWqlwu0HIgLfbvctbBdGKT649ivaHmILGluHwNFGsM8uHPQHo6KA6Fmzez0uu9eA3f5ApD8UtdllAIb5iVbRAp600iV1lc5rFe43QaCtmY1If3kc06pk0Xh6x+B2EZCnjby9nWZHvUS3GkRYYtf3KSikvFy51oldrlICEX/Qrj6IhYxd317eCPjgyZdziSMCvuPYWsOuyeSNddg1TdiZGu14gKSg1ZoLFjSDFu1OwRrz1kVlD+fC7YpWNXJFlsgBeoQmKByxjBQ/ZEjQJRVRLhiMBf2wDoxK/AQcug2zL/OVRC4U6ovF+iLRRqFAS6F6ySkU8oeifaFgo1BwWUshFIIZBvqbhULLCoVRKBqNRSLNQuFlhSIo1N8X7A80C0WWFYrKwXAQthRqMh5dViiGQtFAONzfLBRbVqgPhfqD/a0i6FtWqF8ORoJhDK9ZqP/YQn1+FIoFYn3BsFso6D9WmH0BORj1h0KBvmahZRLvg8SjoXBfJNwsFFxWCBKPotNAsKHgYGhZIQgzFkOxFp6WSbwPIgA7gXDTVILLJN6P0fXFAtFYtFlomcT7Mbr+QF9/KNaQUzB2LE/9GF1/xB+ONXUX7FtWCKMD135/U3fB/mWFwnLIH+wPh5uWGVpm4/1RFIpFY/6wv1FomcT7Y3IoEAwHWhgPLbPx/n45FApH/NGmMEPH2Dj4QHfhEKy4KadQeFkhtBSJ+P19zdGFIkt5CkKxcigaDkf7W3iKLisUQaH+YDDQUih2bHeBmJ054eKkKHYONZcp9qKrZi9VEJKpzuIJcbU+u+BGQFrBZKZb5GgaU5JPGcI8IfIDTHaaZSfM5JrGSSGJso1euZqqAsQsLhk1J9BV82WtMcPx1BWWUTdz2hUAXRNrdcQnCqOiE5tuK7Vqr13f6p1KxgeZiJO3FaVwf34mGA7HFHioFtECM0pw1u8PqpGQ0p/ry6t9WlgJ9c+A9J90Rvxp8r/OtLAuz/9Fg9HIsvf/+73vf1+n/b9xBnWMpMVSZukK1k0HaCpmczHpix13dsB5IhuDl5dq+q5arxll1U2CiFQG64vtfEva6rHbQkvjCLx6RVBru66y7F6F6IfJKm5C4d2uGe5JrepOsgRtXH3iTrms9VegvmF2i/SBSPRxASAW9m6wVWssjLobHc7WqugOf30zXEQifuM9RF/BmOvFAHsp1+N0xd3GDayy8WlZoW6lCU3O9ks3zrLTyVzPiXRhxo3zmuPn/l+Nq3xfPa+VfFjU9r6mrJdKlmBGbAF+haM/YF6dWcTlFsI8a1XL2YEqxBKvYJEDEO/MNpOPXQg0uY87U+MdTTPfM2tqN9YRmC4I/jj+HksvcP2N+N5i1kHstV6aGMhy5ydkW+deLwHa07zNrvQoU2peN5ZeyggQRhudqex0z1SXMqXZesnb17NDvnDU3xNVOv3BXsxtwa5jJaPX6j5MIr2A896pnqlkoset08Py/mBPqlfoKHsiKYypY1IY1jE5DLRTxeSFiN/2BrG7fImk3eSuE4nT6HQnWevkzzlalVn6A3ZWwk0TqWKfu840kZoTu9DLsJm66WyEt2qmUTHKMH5yQWaF11nFpRw0/FKlPy2YeqFIJ6a7nbhT0RSvt02RS0shP7FbfUyb45Jyh09Z4QaUMJbisRlDZXoqk7JtQMnkdLHc9TGAiL6sr78z3LU9BJ35gEf69oDfhzA90N/LKlOZAR9L+WL9foRJkdZR6JqGNWMJnufjodgi726E73XKN3wDLiAyJRVjqcZmROLcybUw+2hAUbN6jonpspYTG3mJD2pO7BLW8o1N9HndyplaVaWHzGi1eZGatW9yCBC275q54nBysGipmWhWmonTzq3NldPWLluNYv2uV5YDChrJ844HN0jnNfw9JuUnboHZF+y1ImfPmrtcd59VyGuzIgNvELOFcSaEsOJOVrqnFT4yNs/MynZmutxMl73oF8aOEbt+ljNMhlf0qs6ruODvESvrsprXllZkJfFQijORuPlotKPNObecjp+D7lYc8cyLhF+Jm2RZV4SFRDHasLQnGZ+S0hPj0mB8jxQMbY/047/UI2XI6EJV3BkqiWdKTryBqF+6Cg2Iy1SWtKNekUL+p7s6qOWkUOD4V0MrXg2veDWy4tXoildjK17tW/Fq/0pX+wIrSaNvRVn1hVa8Glnx6ooj6luR537/ildX5Ll/RZ77wyteXVGD/bEV666gI0x7kRWvrlg3sMJ4uSRc8erxrY7Y7wCEnXITtyjF8q114hJhoZMCFI9wVRYY2erObL0Es8Vtqhz3qqmzNfFEjG753BA26aQRbfS03EiPdwIQnBG8K8Y8H85xn1uqmhqChaBfVQ4CuvUygrWym+i2ALQCZk1tn3iipbFClbe5HTFJKeQS7JP8/u3iP0c9OZFJXdsct9WcOBqxs9MY8Kbu5IQDsUigLyzyhXxeLNLjj+G/4rYrbvnJ29xUKVNCUX+4zykd7fEj7uk7pvSpyzivnLf1tm2d0v1fBmYvGlf7nv+O+qN8/1+vVsutPTve+n9l/XODwIG1/Aqo1X//UzDK73/0vv+pjfq3t9+2yf8jwbD7/u+1Y8PT/6r0bz/42Sb9R455/7un/3XXf+PR4DboP+YPuPpfOzY8/a9K/0Lq7cL/kN/V/9qx4el/Vfq39PZ9/1u48f0va8iGp/9V6b9W4i6gXFv0Hw1EI47+144NT/+r0r/7go+26D/SiP/Xjg1P/6vRv/3Gk7bN/yHH/9eQDU//q9F/Yu3eAn4S73+MBRz9J9b6ZeSe/k9Q/5lsNDGYbZP/+wPO9z+uIRue/lelf/GCqrbl//yu/68dG57+V6V/vg2sbeu/WMj5/t81ZMPT/6r0X59p4/e/h/z+pd//NqLOqRXV0/+66T/Z3vjPzf8kvfivTfrPtFX/EWf+X0M2PP2vUv+RZPvi/4b/rx0bnv5XpX++HrVt83/Qv+T+P5YBuml4+l9P/evmWsXdJ6P/oBP/O18BOMhHEiqe/tdR/7U1u+dyEuu/gJv/W0M2PP2vSv/C8dqV/wm59//WkA1P/6vR/5AqHmNuk/5jbv5vDdnw9L8a/Q8PrFkfJ6H/aHjp/D9m8M3tnv7XU/89axUCnsz9/1DA03979Z9uY/4nHI76G/HfWrLi6X8V+r/K3zb9R937v57+26f/nnbqP+Lpv936X6v375yE/iNhD//brH9+YxS/yqk9679w2NN/W/U/0t77f1Fn/h/x7v+1Sf9GpbAfv23RP9/Z2Hz+Q/By/ejaMOPp/8T073x9XZvW/7FwaMn9v/iMnt+nVjz9r5/+xRcdtiv/F4w5+l9DNjz9r0r/5pqJ/WTyv5FoC/5ntaJ5qozA0//T6F98JWqb9B+NBYIt+t+hmXVLLWllT//rpn/nC2rbo/9YwB9cuv93Ddnx9H9i+q+uFeSe1P3fVv/PGvsXjFMmAE//x9P/6Ly6D5C7FpuuVq3/oN/vPv8xqfLdwrm1ZMfT/4noX3zhdrv8PxoJRZes/7KmXjVKuuf/66b/dHuf/3Cf/097z3+0Sf/tzf/GnPt/aS//2zb9x9Lte/4j2tT/WrHh6X9V+tcO6DmjTf4fCbnx3xqy4el/Nfof37tmfZzM8x+x6NL4P17P7V+r+xGe/k9I/z2JkXib8D8aDR2j/0RRrRXVsuf/66Z/dU7d1y78j0aPef9r76BWmdNMD//XTf+TU4n24X9kaf4/U1QrhaKqd3j6Xz/9Z7J9k22L/wN+5/7vGrLh6X9V+rcn3jbpP+Lu/1pDNjz9r0r/xpqF2ycz//uXPv+1WzUtdd7T/3rq36zVC2qpLfqPYQZY+vyXbs14z3+tp/6nJtoZ/4WX3v9V9aqmnyoBePo/vv5H26j/YLR1/1dGM+qlDk//66n/jF4pqFVjLZ4APgn8DweXrP/WjhdP/yeo/2zd3K8ttMn/Y4FYcMn8n4KWKjOnAgQ8/R9f/9OJtj7/HWt5/m86mziVAvD0f1z9Zzrap/9QJOzc/11DNjz9r0r/2YTn/7/J+q/oc5pprUUC4GS+/9Uf8fTfVv3v7slMt83/o4GQf0n8lzasnOHl/9ZT/+3d/+nu/9rt7f9sj/731kv19s3/sVjYw/926t+slzSrffgfDdL/3c0f49r89XsMc7+n//XQv6kXirU2f/97JBr2vv+9rfp3Hrxpj/5DMd7/8/Tffv2vxYs3qNRoOPx0+g8EY8Fl93+C0Q7F7+n/lP9k9+qzwae//CL8nub8brr10VtH9l2Tf9GGDUeP/qLPKXHGWDrbwTd0nfHxa/l5w5nv+88NrHHWG3/rdaCnS4XM6Sx39sgbXw965jlXnf0G0I3nbX7lRtCztnzfvJmtX/DPH9gEKl307i/eAiq/4NCvZNCzL5kJ/BHo5ksv/95m0HNe+vVHzgE99/J3/dkfg553xWu/dB7olisnn3wL6Pndwa7zQS/wPe+6W0Gf5//uZc8DvTB018ifgl4UfdOWi0Cfn/jUi94G+oLUdWfdDnrxxA9vuxj0kunbev4n6AuvLQ69nRJYjYSO4odS4oWnl5T44EiLf1yJ8diVGo9dyfHYlR6PXQny2JUij11J8tiVJo9difLYlSqPXcny2JUuj10J89iVMo9dSfPYlTaPXYnz2JW68HtH8jx2pc9jVwM8drXAY1cTPHa1wWNXIzx2tSLLHd7PeuB/Lmc+28eAnwH/Q4FAcNn6j/s/PPx/TuD/KxysufDtl/5p+D2f+cSh9zz+ncX3hm8//N6v6ovvv+h+5f2f/LPqB378q8N/cfuDix/816DyoYUzqn/56U8pH/4ft1Q/8o7vHf7o1XcvfuzVL1H+6tLF6p2/u/PwnUe3LX78mn85/PGHP7j4ia2y8onPfbP6ydNffviT7ztv8VPfuVG56w2J6pHP/1j5dOG+6t9+sOvw3SM/X/y7W35H+fsre6v/sO8thz9z9sziZ9MXHf7s97+7eI8vpdzzwIuq/3jeTYf/8c7xxc8v3qnc+9bXVe8LbD78hdpZ1S9ecI1y//T2xftvvvrQlx/+yoFvvOcbyjcHPnzx//v9cw9/a9u37vg37bbDD23M3fHw0L3Kw9+9/eJvX/Gzw9++74t3PCL5lEc+9KuLieKnbVjVv9NPO6Pl32mYEv5JIP6dGwSSE4fP2kR0PWvThnPtM5wZrvL7g34xP+Ao5P9Nnk8bFsf5lFZHSssTFNZHSgsUFFZISksUFNZISoskpVWS0jJJaZ2ktFBSWikpLZWU1kpKiyWl1ZLScgWF9ZLSggWFFZPSkgWFNZPSogWFVZPSsklp3aS0cFJaOSktnZTWTkqLJ6XVk9LySWn9pPQAQeEFpPQEQeENpPQIQeEVpPQMUnoHKT2ElF5CSk8hpbcICo8hpdeQ0nNI6T2k9CBSehEpPYmU3kRKjxIUXkVKzxIU3kVKDxMUXubGS+3xNC8e8+IxL/57mvgvn9et6+Mz6rP4NuBnWv+HQtFlz3/x+T8v/ntOxH+nO7/nHMKfz/zV43eIle1pgMfLxEL3siIh8Up/h0RwjQ/iTzL+G50PaEiM81visUvuEvM2JNfICzyj9Lw5yZuTnhP4Xyromvns7gQ+A/4Hw/7w8v3/3vq/3fi/yUGzbc7xC4n/b71hcuIdwwcW3/G17uo7735r9c8+M7L4rlt+VX334SsXD9/w/sX3HNq8+Oe+Cxbfe3Bs8X2R31t8310bq58/urF677WfPnTv16XDD9wa3vLgH3Z0fMl8/pYvj19W/T+jZ1Uf+eevdPzoujsXTzvw2cXTE/ctnvPA1zae+9HBH593YO9ZW4p7XnDBXOLA82YHbrnw+psuuWjiekkg6BmI/pv/zth4Jv6dsRFnz+LBWWdsBOSd9k2O47QA4fHcLRsE6Nnwxb8vVjacz/MEGV4l/k7idze/c5z7ThI8SCT/+05lGNKG1RoBp7L9X3jHZaQ0BlIahKAwClIaBimNg5QGQkojIaWhiKU8jIWUBiOW8jAaUhqOoDAesXQ9alMakaAwJFIaEykNipRGJZasMCxSGpdYYsLASGlkwiJgaKQ0NmEMMDhSGp2YMGF4YrKE8YmJEgZISiMkpSGKSRPG2JjS19Mgvejg2UcHrvH/ZkcJzzj/W2X12d4AeMb1XzSw/P0P3vrv12D9V/PWf8eT2BnO7/nO+u9NpPobP7V5+Trw9NMbYqyxDoS5SQjzHCFMb0noLQnbjf/aWuD/Kvd/hsX7P8ZV3TRmdA//26f/AbWs7jeevf5Xnv+X5X/93P/tzf/Pifnfnc023/ro2zruvvWuQz84/+Yt9uzF/U0/OeSUPePo0f9atKeR5l6nHgRyXiTQsdneGfY2sQylDEkpx2YkcGKy9IIALwhYX/yvFOr6qcX/4+z/Fe//8/D/OYH/Lft/X32hvasVziueCz53i41Ou+Pe/t+Oxv7fV1/YQPXjSsrDcA/Df43wf9+zfe3OM8b/sWXxfyDgPf/xXIv/t9z66Lte/OlvFd55/2u2bHGzV0ePLuZ58wV/W2PWzcS6ASdm/Q1/OqQhP3t2eNeLxa5PyFHssoQsW7OBJypPbw7x5pB1wX/dstT6Kcb/yPL3fwe9+z/txH/3nk/r/Z/Ntz76zrdIBfVC5/4P4ElAFUDK3m4tblj/dwd8wu2GVYnNhv13vsWGY7W5OHgmEXoYvwZ3+YW6PKQ/afwvqZXawrN78+pJ5P/D3v6/52D+/4Ju/+23W9/7SGqx1rx7rTwosOD5LPPSzfz7YsXGsb34TXg7AZr5f8iPlDIUT5xBjq2x/4nI0psTvLh/XfHfVA8eVOf0Ukk7Zfi/PP8fDUS9/P9zMP9/qNvNap+b9fL/T5f/P9Tdmv9fLikPwz0M/7XB//q+enmm/qy2gJ3E/d9oyIv/n3P4f6gF1V70B7yM6FSgWsLD/wb+62/8h590rCgpD/89/P91wf8Et+A+yz6eAf8j/sjy9z+FvPi/3fh/hoNuNzvH4vmP+277xEP3/exVD37hFz986Iv3Pvbg/fd/7IZ/+reuB//3Rx5+6J8//8SDD/zJ7EMPfmjhwS+9/oaHvvyHH518LJq74bEneia/d/aRG7731Rse/I///Nnif/6vcsf3H3jt4g9uf7zjh3f+TXVx4fJD//XWRxcf37un40fWC6tPvOxNh56cfnf1xy85/9BT0S8vPnU02fHTizdWf/rwFzt+9tP+xZ9/7peHfvGNv1/85ftfd+hXdz9ePfrGT3Z0vOvyxQ2Ffz902mv3VE9PXdpxhvqt6plX/fmGjYnzHz9r81dft+mypLXpB9Lp8pkHnpAfuPr1Z3/3l09u/uvPvuGcLwTmzr31yY3n/WX+qS21zpvP/6M7Dlwwfd2m51UuXbgw9rB00cTkT59/yYV/+ILDt/38BT8bOfuS6nt/cck3XvWmFz5x9S9e9Pcdb3rxV6s3Xfru8Dkv+eR7f/lbhwpvVm7/2qtfqr7jnK0Hr3vNtkHl3MtmrnjN5Zdn/vi3r77ntVdsvPm8zkuf6uj87qffcmXHTR1XfvGVb73q4b/6ve4PWxf0fO7bp/ne9IHbeg8/70f+/Zu/HXjtk08Ed/zgO6Hrv/ZE+MoHH4m88siTUfnjj8Q6/2Uu9qMHZvs33TXX/5W/nt3+2NvnXvY3t81efd9Ncy+/rT77ig/+7twrrd2z17z14I/j11mPDtx43Y8TV08/OrjzFU8lL/hlYSigPDX00L7CyPmnPTXyqfO/m1r8zk92vPlIcfTrGw6MqX/32Ngt1/5k7H0/K2bqfT/NfOSWf898/e6F7GWv0/M7Fl+lbf/K/tkrv/yqwrYf/kdR/sSr9NO/9B/69972qpN4c89q3vGz8r8lpTGNXiq+teBK/wY7eSbZx5x6k3x6Mvnf+nHejg2r8WdGK6/+u/SHxdug4NeCwrfFW6Hg3+KtUPBxsU8Bfk5KXyelv5PS58WjuPB78SgufF88igv/F4/iAgNIiQOCAgtIiQeCAhNIiQukxAZS4oPYIw2MICVOkBIrSIkXpMQM8WgvcIOU2EFK/CAlhpASRwQFlpASTwQFppASV0iJLaTEF1JiDKnAGf4Qa/gDvBFGBMwhJe6IO4DAHiFs4I+I7YBBpMQhEd8Bi8SNPuCRoMAkUuKSoMAmEe8Bn0iJUSLmA06JPAKwSsR9wCsR8wGzSIlbIu4DdpESv0iJYSIGBI6REstEHAg8ExSYJmJB4JqgwDZS4psIb4FxIn4Fzok4EVhHSrwjJeaREvdE7AjsIyX+kRIDSYmDIp4EFpISD0VMCUwkJS4KCmwUDtwhuhMYSUqcFLEmsJKUeCniTWAmKXFTxBrATlLiJykxVMSfwFFSYikp8VTEosBUUuKqoMBWUuKroMBYUuIsKbGWlHhLSswlJe6SEntJib+kxGBS4rCId4HFpMRjUmIyKXFZUGAzKfFZUGC0iI2B06TEalLiNSkxW1DgtqDAblLit6DAcEGB42K+B5aTEs9JiemkxHVSYjsp8Z2UGC8ocN5d1fw6Yb231lqLJ+U7Nnjrrd/U9Z+lzpTUSu5ZJACf6f2/x8n/xQJ+b/33HMn/jThYuPltO3/6zs8fvfDQvdd+pHrv//3+oS+/J7j4jcj7Or7xgysWf365ec3PP/fD6qb9r//9TZ8v/+jsxzafuVkdfvKcL7zyjef+8eNz531l581brnjv/As/9YHNL7nY+OVI/NHbR/526807tr3w4h1v/uofjH7zM3eM/c4jf5C+/a47xsNv3jTxzsN3TW762yOTgbf3Txb+4sjOm153ZOe/3n9k6sx3HZkqWUcysYNHMh976ZHMN4f6s2PTR6ZfcN2R6Zse6v//7F0JQJTl1h5kV0RUZBPcWBVNmAVUXEA2RUEUZE9maBBGgSEEM0tFM8suFZJZlppLoYia3rzpL+7mCi5oEmoZLeKtXG+a/l2Ve875ZobBQQVhcJBXLjy4dK3zPuc5z3u+7z3vxGKDHVH9vXdE3Rm+IzrirR3RczcMiekWOSTmu14lsb1ulcTGRJTE3vbyidvWriTuzjKfeOe9JfFnbXwSTviXJNxL9Zn06eaSSWc6lYizYnzEK18vSRpx0CfpFScfqVVaiTRgkU/yVUufyd0HlaTsmOuTcrPKR7bIrUS2J9Sn3rqo35Cqp2/w0Id+Tc3dX7lnRoo5pibc8yMqYibcBFNPnF3alnuuKlaiKUdmcoOCLLkBQcBQQmAp7UKAqTTDFthKCIwltw+s5Vz/dXLryF5CYDA5AWAxuXBgMufCRyyglQFGkyMAVpMbAGaTawZ2kzsGhpN7A5YTAtPJvQHbORd3lrrCyHpybcB8RGQ/ImYAVWbIAkTMBELIBkLICETMCkLIDETMDkLIEHJ9kCWEkCmEkC2U9ZAxVO0hawghcwghexAxgwghixAxkwghm8gZQEYRQlYhYmYRQnYRQoYhYpYRQqYhYrYRQsYhYtYRQuYhYvYRQgYiYhYSQiYiYjYSQkaSi4WsJITMJDcL2UluFjKU3CxkKSFkKrlYyFZCyNhHulmtZy3zpKz/32r8X3JOtpbvfxAK+PX0/9n5r2fp/0x4taP/UhXfW2Gja0VFTuZnqzLE6w2vZ66/nMHbeHTtjU1r+bwvV47L3PyWJW/Lwpm8f2Z65DbKD+blO/R8fa5Dr7Qsh94JLzn0GRvZw3FoYA+n/l49nO1de7iY2fR0NfT/zPW2cKXbJeeVfc9arex30HiV+9a7q/p//tvqAYvPr35hfumagdk713hIN67xfPGcEz9rq5NgWImTcMISZ5HDcmcv/gxnr/tzXAZ1X1w46AeJy+D/Ti8cssvfxedCTOHQwsTCYSVDCocv8Csc8al9oe9kx0K/+YNdRgYZFvpLu7sEOF9eG+h/3zXI8OjaYMcfXYOvVbuO1t/nOvrEEbeQX9a4jdm03m1s2Z51oe/luYVtWLVuXEaGW3jeG0Xjo98pmpCWXBThnVYUOTa4aKJ1WFFU/77ro+54rI/pFtQv5rsuxbG33dzjvr5VHH+2vXvCys7uL2694j5pzp/uiYtPuIsTz7pLZv1enDRim/tLL5YVS3sudU8etql4ssm/ilMc8otT/v1Rcer9rGLZkVeLFe+Qqobhq5omhkbGzfxhBH7JoLanrJpjaFD7K3WmGdIkKxxfGK0cX0hzDJ/vAyJ6elxt19NrTIahF53t9S/yqJhpNDQTso3uq4CMI4Sso3sqIPPongrIPrqnAjKQ7qeALETETKT7KSAbtep1IXupEwwZTJ1gyGJyEZDJ1AmGbKZOMGQ0dYIhq8lZQGZTJxiym9wFZDghZDl1giHTETHbyXFAxlMnGLKeXAdkPnWCIfvJeYACUCcYVICqDigBdYJBDagTDIpATgRUgTrBoAzUCQZ1IFcCCkEIKoGISkEIakGdYFAM6gSDalAnGJSDOsGgHtQJBgWhTjCoCHWCQUmoEwxqQp1gUBTqBIOqkPMBZaFOMKgLdYJBYagDDCqDiEpDCGpD7ggUhxBUh/YQoDy0hwD1oT0EKBDtIUCFaA8BSkROCtSI9gygSLRXAFXi9gjJRdweIa2I2xMEF3F7grAibg/Qdz23B/BYz3n+oH6c5+9SzHl8N3fy9qBenKdvTz9HFUNEJSMvD2qGiIpGXh5UDRGVjfP02+jnqHDk5UHlyMuD0pGXB7UjDw+KRwiqRx1qUD7y8qB+qvdtWpUCsn1Ac53vqlVbti9oZv8vz5BMzXpVm/6/vvNfAtb/1Zn+r9r8t08TcHbZVQ+r/NqZZX86KZWQzX97dOy4kwGfJqjPf8M41lauhsWS1QzWO2pJ/Q+QTJVkabf/4ykQCDX6P57eTP91RP/V5j+sqDzmY5GvGl5wfV3bm//QmIApBv5U0ot0ELhasX9C8JjKM5XXFf3PSkyelhghSZNI0rWl/5rnfwUidv5L1/y/+ddrzmyoWD7n1PUuk79VelYez+lbynYP/DMuGxS3F3Av4fnhM0++UMR2APDvRHcBQwQRMYr0VjNEUn0H0LBosurAqkOL6f8UWZI8J7tJE6Cf4vyvUMj8v67ov+p066I/T5spT7W6ZSt1aiy776fO+V+MkkrT640U02+m361G/+U5YP212/9h8/9bh/4XVL+ZqlQ1U8pSNv+nvvk/b6aq679mpJj+M/1vLfofmJboJ5HlZGhR/wXwmxrPf0Xs/i9d0f9hCq2x2DnqRlWH8s0fPupdzufxTI+efruGfhgaPPRhWFPz58raJr/qNSESXD0zKgqqtj870lNLNHpIDmSjwgeEI2zk64ns6I3uH71p8eRizos5L/ajMf4vKCs5OVv+ijb9n6d3PfPfvVn/V1f8n6VC/ej8z4fb9qTtGF6Vv+OiRFyyrnv+zj2Lq3YtHGexe+UR8Z4p8/L3vhEq3hdqnL9fmlt14AUfi28Ct4oPdsrIP/RKhPjQjdUWh27/Ii4VDrWoX/4NDEDVF6Oqw1f4/q+Veiak8KSIvC6o50Gk6R5CD/aqidraoGWKm7nuCiKuEd0xBevE3TUloRMkuF5krWDNEHHdEHHtEHH96IZ6WENEXEdEXEtEXE9EXFNEXFc6dQ1rSwjrSwhrTDOjYJ0fXeqfbq1ZBW/eCv4k/Q+WJMmz4He0qf9Cvsb9T0K+iOm/jui/oSKPuqD+zws6mXrivYzck7PHZypP3EDy2YylZLHhqU9iomMvEX4R3NRbf7+INi3VqjCiNIp7ZgoRMZw0Rg9CSmP0IKwqyWxcaJkysr1N8/v/UZIsSdNuf3rK53/s/I/OPf+bF3RYqnyq5WCPv83mv2s+/8MoqT//04wUU2qm1K1F/0PkqZKMjORpSTlZKVrz/wLN97/Z/a86o//GCg0yVfr/sk15ucdXyDPr7ANoTw9yZedba1dVk1kNVHa1DVcJVRyxSqS/5uervgHAmNJcbYjrIzcEDYwxqy+svjSb/uckNXX815P0ny/w1Dj/KRKx/o+u6L+TQhc6f73m/Pe8FdZVejOF4e1m/X+VfnzKKQPx7CrDYVfKjXzFPxv37DXBpNfIX0x5EWfa85x+bf/TW5EdqowumX1jNrHjnn9Xm38xoqJTkWGKxYJp0Z3fvpzaJaWwsmvqUZlliPu5bqOKZVbuiXHWbu9OsTEruGBrIp9qe/VQgt3Nf1zpfmpMgn15+hWHLbN/GJQb6CW2tpvaoDnk1D9x+Jz0pM6QcG46C8+Uc+SKLkobf4ldtczcQSVYavwBy00BgSVHxGVHxKWnMgPLTyUGKICINKAyA1RARDpQqQFK8KhGONGQTKQGlR2gByJShEoP0AQRqULlB+hCpQcog4i0ofID1EFE+iAihagUAY0QkUpUjoBOiEgpKklAK0KgFiLSiwIAFKNtGtCMyhVQDRHphoiUU5ZhLdCOVWxWsXWz/o+RpGc29QDAE/d/Qo3nP3wh2//p0vMf/LTccu1H+637PzlVsXxB5eW84EjFQwpscvWQcmqH0uTohoLjsgHl4qHDqwIPdiBYFU4a0gghRcSwcgeDF9C0CAyv2nOgpwkxqymspjSD/sPvZctz0rWo//Xs/0RCLzb/WRf3fzxd2P/F3v21Efu/Hrls//c0+z8e2//V7v+Qco3b/zWKdqxWs1qto/VfliJJkzXt73iK9z88vFn915X6r3q7YfdN83DlWw32tDjs/Q/N9z8wSqqtW72RYmrP1L716H8G/PY0SQvrv1DAzv/onP7nqqmaOckXm/+hqf8zQvuv4z02Ukz/mf63Fv0fK0mRT2vi39H48z/s/jcde/5DB1cWFGeW54WLeUvW+5evGn99Bikcj95I0x+o+AfgDxqbKK6+NFdeXOCOQ17aepGoc/4HQ4mI4aQLbCGkiBhWVfFoXGhZVWFVRQv6L0vKSp4uS0tL1p7+13f/uxfz/zrn/wuq3/xc6WpNvmf+v37/j1FS9/+akWJKzZS61ei/PD25qX9H4/VfKPJm9z/odP9HT3VTmdKJMv3n9F/uzj1afnSkmP4z/W81+p8jyZBqef63QPP9X/b899nqv/IKM/XrzEj/C6pzFXNfQK7M6F0cM2Fb2QqQXus1JmR01HO0lw23MchVm+3ymPCx+tAM90LTUrEq0XT9T8pJT5JMS5VpUf817v8UeXuz+S+64v9V11mi/q9+J/6GSsBs9yqli15wMVEKWBt/HajO/Z8zQnvTQX8MXB31f1zwWAVgOwRd0f9pkqnP4P4fT+b/da7/My/o6D1lV8MOtYa9/1nv/K+j99T7P5qRYurO1L216H+oJE2SJNdy/0fT/3sw/697/r+gekHArc9256osrMlQZWu79rqNYPY4uI7/x6AhYuDq+P/HBY9VCFYhdEX/M3Oytaz/9fl/Ibv/U+f8/7sjz05Xutoe7zD/X7//xyip+3/NSDF1Z+reevR/WnJWjpb9v1DD/3sK2Ps/uqL/Bgo9Mp0XdGx73bs/UN9sjyj1jRt3wEb9qoWMawgd2/7oOz4eG0JWKVileMb6nyRJkjTt+qcG+H8N/eez+590zv+D/h+OUd1q4abuatu63qtCpLgAJEZ9A1BPqJiuM11vJfovT5FIZdNSc7So/wLN/o+XJzv/pUv+Hz/NsX/99ZoT4ZfzQiprzWs/uj5dfS6p5kTSNr4VoOhhacjcKb3Ljdc7Ec6NeQ2prLsVaEg0WfVg1aPl9D8jSz5dptX5P4L67v8WMv3XMf2n9z9XJqYt0z8Wl6EYTK1fU3P7V7zDGb4awNcCTm24p5mh7GSYKnbc/dyFyxAxhvgHMI616t+wWDLtZ9rfkvofJpFlyZOaNgD0ifN/RBr6z/di/R9d0X8jhXZY/qOm/N6Wa+djth6uOrXv6saYsrSZ3yqcK4087kNvOoJrpTY2aobqhoL2Y0OV7lXhY9v2JRCqmGI9wLhyl0Gcj6HLICC+iBhjuhsQ4qy2S3iqWLO6werGU+m/dIokPTlDu/5fpHn/gyfz/7rk/1ETOhZU50q7TH55RleXi7LajoU53W+tPMekpzrHFM2eAXNhU5z9pet7MHyIGMK6jZ/HhpGpN1PvZ6T/MpD/V5v2dzy5/6/h/z3Z81+d6/9YFFTnzd9ZcCj/qodJrrJnAYJ0D3sWN28ouxUkYmYoXwM8PNlxALX4cYUgbz4ixhERY6neA2poPFlFYBWhRfRfniOZ+lKqPDu7Jfv/Xh58dv+nzvX/C6qXZ+8s2J577dKRfKVxBaUyU/xZA1ItE+575Wkm1Cym/cqjYMuzOe3fTi+CYhzVNwENiSXTfab7Lan/43IkKRKpPCdFnqM1/dc8/+XlKWL+X1f0X23+8/tXuJcaa2oeLFYqFZv/+fD85/evqFS93kgxDWca3lr0P1yelS0fECaf3oQzwE8z/429/6kz+q82/yHPDL2raoRBO+WmkM1/qDdgioaPmdL015r9JwSPVQhWIXRD/yMk8sTIJt4B8MT3fzTP/wo9mP9/lvpvqPjsrvY9vf9ZUP1ebtzot90T+pUUK3rWBiA/RuHYtL7zUl1Jq2t7n/vJ0PSlMQHFujBp6H0Prk68R/UBg4uIAVZ7MNCYILPq0Uzzo+nL811HnqT/kbL0pJyp2TlN1X9vb+9H6b/m955e3iIPXi++X5JMOkWSwfT/Ga5/lixTnqbV93/5fL7G838Bn83/05X9X29Fjei86j/7nH4o2WJx0XGj+KcZpy1+upxcdWngiMxLRWVVf4QdumFVMHKKtcmdmdZ/u/9h83u//9peSEyzK/vyXvddv6bZb515z+Ez66s9Pugwq+e8a+m9MkNm9ZbMvtpnwsnZjgH615yE7R44O3tnuPhuq+GH3cwWBHjNF4qm3A5fvtR2fOS5pRNkW5diKWynRx/6Cqz90McXY/XwAboZXb9j30uPK5CmdPa6Iw1fCozAL5G8wMA2vUFVrShdOQqriogri4iri4grTAirjIgrTQirjYgrjv+HuOpU+WHlCWH1EZEB5AKABYjIBPoXADbQAgEjyBkAKxCRGYjIDkRkCLkFYAkiMgUR2YKIjCEHAaxBROYgInvIEQCDEJFFiMgkRGQTIjJKabCaj1XMe7Gd+3NV/3MyZFq+/5sv0Kz/Hh7s/Y9nXf+NFNXCUfF9Z9yfLhKHjzs05O2qwzErxIcv9Kk69nNkVelG2Y2yy2MsjhdZ5x/fb8U7XrbZ4sRqEe9kgdDi1MJfqsqzrCxOh1mJOx7+8S/zhRumd1ovvWORbfdKnzVDHjgOdXvg1N/2gbN9+wcuQw/McTV0nTMy29zIf2iuVYDz5bWB/vddgwyPrg12/NE1+Fq162j9fa60JTYAbTYwVH3Azx76AHk1zcP/jnaeyneqSbk7Kr8q37IOV9fw57hBode41cYaHxvU9RYirjoirjwirj4hMAARWYCITKATS8AGRGQEIbCCEJhBo9CAHTQKDRiCiCxBRKYgIluoGgJjEJE1VBGBOVQNgT3kCYBB5AmAReQJgElU2YBN5AmAUVTdgFWIyCyqTMAuRGQYIrIMEZmGiGwjBMZR9QLWqZoxWmIecw7N0rV57js2LVv/o2UZ0lR58lRt1n9vzfsfhUL2/FdX9v9eClWxxvo/L+hkatmmvNzjK+SZLkZrrw/IO5z1gszeceCs37p6jHrg6JliuJjvVuUkCLq8WNj53hcil6Mfim5e/MLbqHiJd/newkHV7y4ZvGV14ZBD8iU+i+YXDv0yz2rYy5MLh7+fYTUi7g0XX3m4ld+QZJeR4/hW/nbBLgEDLa0D/u7rGmT+l3XQ+Q6uwXe7fDTqgOva0d/d+jhkjem6MdsqPh477491oR9t/zgs6fi6ca988nH4yC+Lxou32U7os6gownepbWSHTX0n9nrNduIf+f2ieS/aRZdm9YupGtE9tjjSXdFeb2do0MgP0FwL0tRuNoobvNrT8M72KPJ6nehXunIncT0FHtzYN3Y3Wi2Z6GbM18bM4CbmnUwl2wDEIpsA5KLyDQRDRJJRGQGiISLZSFiAcIhIOtr6A/GorAD5aOsPBEREEhICERGRjIRASEQkJSISExHJiYgERUSSIiJREZGsiEhYRCQtIhKXbAaQl8oYEJhsBpCYEIhMNgPITAiEJpsBpEZEYlPJA3IjIsERkeSISHREJDsiEp7KIpCeWhxAfGpxAPmpxQEJgIhJQMkOiUClE5KBEBICEZOCEBKDyikkByImiNozqJZNEuaHWqKT8uj6n55MBqAZagw9/xGJGvH8R0jn/0Ss/j9D/6dYfz+pZGozrP9j/J8I/vfw+nt7suc/z9L/mSo+sQzMVHzfG/1f6cKAU6cdb2WeloT7/n164uYH218Or1kX6cv7OCJc720v33YzROH6L0/YayAZf8pwvHCfkZ/gtLGn1X7jd9PPmFrcPWC68bfI9jfOf9Oh6txZs3N3AjvuLakw/79zQZ2KKqMtlpYEd164I6bLq8tHdZUti7WMnTO62+jZsVaDJSHWfcVxNn1mldqajoy3a5dYZufep7/df8LLuv8s2Gl/ml/msL/brh7/tDzec9WdXb2mB4f2nntuV5+ovmGOU/4a7uTVIcw5pHK4S7er41z77RjhWmN6qm/7Zb59L/5xqt/vs/3cdx8v73/mk/0DVnx5+oWvXj8wcPaiMx4fTDrgmbIpkj/N9xtBcH6kMKLPQZFr1kQvgcFBb+PIqEH2vYMGXfaKGnxPP2jIYZsonwuXgoZuFlYMKzkcNDzfqmLEp0VBvvK7FX7zDx4aOe58hb907aGAgTu/CwxYeDjwz+vRwQMKg4PPlEeP7vh28OivvooJuTpl1JhlJyvHViw4Evr6lsqwr1OPjEv4oDJ8ScjR8UNzzk2Y3v9ohH30ucgo86OR9wafixLdOBZ1KSoupmfHkJiDg+JjH1wfE/eFXXz8xfIxCfPvxb+4+6sxk6QX4xNXfDhGHPr3BclbW0qTBnx/4aWUD0qlHXdfSA7OKU2+uvJCimt0acrxeRdkxoNLZRulFxSlXu/xdd3IxFgbH1Cfi3/Gd1ySw/EE1DSxngl9NaNfsaDvLfErz6amZm6mngN9b4sGIgycQ1g0fIZH8kbC9yMDInl+o+CbUQHPc1OPs0Yqj/SodG6v+MR/4jXF973RaY/Yf78ccdZbcZOogQfpTQ04SHFCSHNETHVESnf8gSmPPyDt6W+H1KeOF6Q/IkoAGTiQATJvIAX/Y+/K46Is1zbiwuJGuYviuKKo+DIbIIvDzogoW2yZOIrhpAEqeKxz6lhpdY59YmouWYl5tE4JjqIIgjoIDui4kJiWuKD1fafM/GFHiXCZ777vB0zUJGCICR/mBxfgH+rMdV3Pdd3P875DU0awAwpwYAmEYAvkN2ANhGAP9A8Gi6BABzaBiFZBoQ7sggaCYBkU7MA2KNSBdSCifVCwAwtBRBtBRCuhkAd2QpuWYCkU9MBWaLMSrIXCHtgLbVaCxRCCzRCC1VCFAbuhfUCwHAqEYDu0eQnWQ5uXYD+0eQkWRCERbIgGlWBFNKgEO6JBJVgSBUewJWo6YE0UHsGeCMGiENGmCMGqKFCCXSGiZVGoBNuihgTWRcES7IsaElgYLb1gY6whZdLzinZGQRMsjRoS2Bo1I7A2Cp1gb9SMwOKoGYHNEYLVUUMCu6OGBJZHDQlsjxoSWB81JLA/akhggdSQwAZZQ6qmn9EOWUM6Sz+jLbKGlH+GBrFgj4RgkdSMwCYJwSop/IJdEoJlUkMC26SGBNZJDQnskxoSWCg1JLBRCspgpdSQwE6pIYGlUkMCW6WGBNZK+gF7JQSLRUSbJQSrpWANdksIlksNCWwXEa0XEe0XES0YEW0YEa0YEe0YES0ZEW0ZEa0ZEe0ZES0aEW2aEKwaEe2aECwbEW2bEKz7vqbWwbxjp8c9LKwsW+JhWeffsTNawMV5ITTGgPy+JaP2Oz4u5/P/x/S/xJmzk+arEppxBUCD/U8seej6Lwmf/5ta/xvJ+p9cy/qft1BzMiD9bs5MheFTf8FsnZ+i3dsjBfNF9or283w1HVQ+2o6hI3Z08hp+0MLJcqfF/8QVWtlcybLKKPe1rjy6q3OF/lCXr7+XddVm6Lrl6uXd/30kwGZ9hvNT/9gW+PRLaS491MuVPWPmufZSJit7u4aP7zMqbGLfIUl5/aykQf3NQ/P7j+45oP9P3vm2l4dvG3ByWP7AgxYZdjs77Ru06fsM0UJXj8Gv6TOGRNp6Dn3hO8dhsjuewycecRzR6+IEe4dt4+zv3tKOsl4ujLpwXutwJdlp9P4DBWPK3tk59qNNBx2zErPGvfpGobAqJMspId1XvEC8SxLwuq80vOdumX28n1xctdvZwt/fZUAPuct/Rvq73ropH19s7e9Wfkburhmh88jLlXuusNRN2LBBrki6ovNasifbe8pRnU/8+mzfcZnFfr5/3eP330sBAWPXOQeUFQYou77srMzaEjjxx6kuQR8UlEw6vSgn+G+bSyZnx+ZMmbq0JGSNe26oe8LhsIV2ueEDlIchluVG3B59OFJ2eW/k/wZOjLYzjI8+5BAUc/eSW+yWLkHPXih0m7rkWtBz+7e4TYsvDYr76C236cFX9aq3NufNGHtcPzNhaV58V41+VkBC3qwfV+oT7JV5CcdS9GqL0XnqjEh9a/e/ompMDpAHOlA2sKSvXeg3NvR9L/xq1t9gSFvczo6+H4rJASfHXpAcvEJqE4MXRoYY/CYIQ0RQOK+Bj6yBI+vXQK9AVgPl2vo10FtgNTAgndXAmQpWA/2ZSYP6WQ0cKbAaaK9gNdBXw2qgj5bVwBE7WA0czuofOAOrgXGs/oFDsBpY7stq4NFdrAbqD7Ea+L2M1cAMHauBejmrgUcCWA3McGY1cFsgq4FpLqwGLleyGjjPldXAZCWrgeHjWQ0Mm8hqYFIeq4HSIFYDQ/NZDew5gNVA73xWA4dvYzVwWD6rgRYZrAZ22sdq4PcZrAa6erAaqM9gNdDWk9XA7xypBoIzsRp4xJHVwIus/oFLEYJTsRq4XGA18LyW1cBkJ1YDDxSwGvjOTlYDNx1kNTAxi9XANwpZDQzJYjUw3ZfVQPEuVgNf92U1sOduVgPjqWajy7Ea6M/qH7gdq4Ej6Wd0PVYDrf1ZDTwjZzVwhI7VwFw5q4GWOlYDN8hZDbyiYzVwTzargUd1rAauz2Y1MJPVP3BJVgMvsfoHbslqYCGrf+CarAZuCWQ1cKoLq4EFJawGLsphNXBzCauBsTmsBi4tYTXQPZfVwITDrAba5bIaqGT1D1yW1cDRh1kNvLyX1cBAVv/AdVkNdAhiNfCSG6uBXYJYDSx0YzXwWhCrgVvcWA0sDWI18C03VgOv6lkN3JzHauBxPauBS/NYDdSw+gduzWrgSlb/wLVZDUxh9Q/cm9XASL1J1MBaG1/UcmbO2yBvg/zjj+h/CanquXObcwPwxt//SSYX5Lz/mcj5r3t3N1rlLBPV3dWoqAKtvVjLrjzmb//56/2f8Fm6twY/8pniSxe/RuhP5P8p6oTUln3/h4fv/ySV8ut/TMX/793OaJWzpPKc97mQ2lsYGQw6G7S2XA3mezA4uqYBL2d4wpeDevd/wicNEZ+4X6tZA08eXyH4CmEq/j9fBfavbs47ADV0/Yfc6aH878z932T8X1pnZ2s+SxFyuisrcu4o0nOvS4W9F1JEZ10yhbM/1Ajn+l3SnMuNEZ2/1Uu4sOGC6OL594WKCInoxlqD5mbHaaIqbbzwcze79OrQMUJ18SFRjfVJTc2n1em3rnYSbi97JX3g4eUedovOZAxKl+0TSU5kDH5N7TGkc0nm0Gib/UMvJzsOd/5p//BTxeOExS/5OA0M3iWOEhVJOr0glbpE+EmrC2Ry0SA/+YnZ2c5VOp1LzlK568Vv/Menjcl2KzHo3JO6ZXsUvevvObkyO+SNWcpQkWvufVf9N+YBvn2yFH37m4p24NtfljLfHiuI4VPyJC960vsXPWQKIrKFEBiDiKxBROYgInsIgUG0SAKLCIFJdE8KYBPdkwIYhYisQkRmISK7EJFhiMgyRGQaIrKNEBhH+xfAOkJgHiKyDxEZSGscsJDm+MBEmuMDG2mOD4xkc3w1/Tkyk+b4wE5CYCithcBSQmAqOR+wlebuwFiauwNraa0D5tLcHdhLCAymdQ9YTAhMpvk7sJnm7sBomrsDq2nuDsymuTuwm+buwHCauwPLae4OTKc5N7Cd5tzA+LrwYXzW87Ty500rv2P9T5gFFTCxGVeCNP76D7kg4dd/mNrr7506KzFpQZyXev6sBY1+/R+T/yROD+Y/sSCRSHj+M5H851nrzT0Xw5ePV6YJ2X8NU+zpf1iTY5emyDmVLOzt84p27+7NmrzqHYr8NWeEfV9/q92/yFpzIK+vQhubpin48EPFQbdCofDVUm3RgCrNoekdFIfuOgjFXs7a4ortQslrqxVHgjdpjlx7U3s82CAc1/yoLRsl05zyidfe8LAUbmys0t7sOFeoEtsoqv5vo6a6h4+2urhM+OXGXxQ1ZXLNrUKZ9nZ+uHBnW5ji7gcywfCOVGGxeWKW5bCkzUNX794/zGZ1JuXHyoXb7Qd3n2BfGq0ZZXZdMUozXuNQUeY1en2UE+XGAw66gL9YFQec+7tzYM3Hxcp8lUvdpY+/71HvkEx7dgmkwXBYimtnYWld08cVFLdBYTW1odWU3t3Lh1ZUKa2ouLI+wVnyHuMwm83/4NNJiMg8RGQfIjKQsiWwkBCYSNkS2EgIjEREVtINuIGZiMhORGQoIrIUEZlK77oMbEVExiIiaxGRuYjIXkJgMN0DBVhMCExGRDbTPVGA0YTAarrnCTCbENiNiAxHRJZTlgWmEwLbWaadSz8j6wmB+ZRlgf0s05bRn6MKKNOCEijTghoo04IiEFEVdGYHlYEfoA5KZqAQRFQJZVhQCiKqpV6WBdVQWgLlEIJ6EFFBhKAiSlCgJERUU73sCqqisxugLEJQFyIqjFISqOy+MwutoDSeX/m0jee/BvOfjypF9aJq/sxGTwIbnf+cnOUSPv/j+a9F858h5FH5T5F33V/xZefTdTmwaauSOVuVzNmqdDCC57/m5L/tY3j+M8X8ZwhpTP5DZRGCuh6VB1tPaTz/8fzH81/D+S/pxaT4MPVCVbxqoboxIbDR7/8gFuNbAonETU6cPP+1yOs/Pz5pRhNeiybkf7wlNM//PP//4fnfOPNf83pTqcJSnv+bk/8zNDz///nzf8vMf42hNJ7/ef7n+a/B/Dcx9YXUl5p6/uNx+U+QPfj+H86Cs5jnPxPJf+5tKv85RJ2wv1yuHXntn4/Nf01ZjWrfF6J97SyqhKe+RqU+9/qpLzOHpz4TSH2gF0LQDCLqpjmpr7V0xTMez3j8o1n5b5IqLkyd9ELjB4ANzv8kD57/dZZK+Pu/m0r+m9Dm5n/HdmtGjhgR8ltnQI10BqBjva3JAn4IoHFxcEL9OKjhhwBMaQgIEqI4CDJiw8DGHQZtocMAxpAcT4o8KfL894j8FzwrMT7p5T9o/1fG5398/7cl8l8/6RT7Y4XakTUJpaM0gVqHikuh9bKfpofOK9LzdDPngDixuLcOHfgbj37N2f/d2YFHPxOIfqAcFv0K2SQQFMQiX6CWRb5LoY+NfKAsRFSXESeDRlAaT3w88fH812D+C1MnxQWo5s6dlZDU8td/i/n13zz/tcL138aZ/dWfQxwYwPNfs/JfPM9/f/7rv1tm5GcMpfH8x/Mfz38N5r9w1dyUJl2J05TzfxL+/s+mkv/a1vm/33n9RzNPo+M5pW089TXr/N8pnvra3lUfraUrnvF4xuMfzcx/iXETU1WJxt//fcT5Pxmf/5lK/nvyzv/t3ajzai9EGvX834EiHgebc/5vRz6Pg23o/B9IjDaDQWZGjInGkBxPijwp8vz3G/lvUqp6gfHzn1T6UP5zdub5z4Tyn0WbyH93tvx6/i/AtvSReW/V7T0BZWHFgdcXRimzpCUTv4iObuLJJLYQ0a/wMPrRhhYj9hueAh9NvtpbQe7iKbAVUyAIiKLGg0cBQUyNSnkgMkIQGiKKjSIGCA4RRdfUFGhU4fEsyLMgz3+1+S8idWbqi00Y//2O/PfQ/q9U4Pu/ppL/FGZP2v2/9V9EGvU+gOZ19yc7eI4PARsV/xQP7An/i8e/NnQncNDZo4Z/Rr0zYDO1xxMgT4A8/1H+e2bB7FSV+o+6/lfK85+J5L8n6/qP3MnGv/6jmqe+5lz/seNtnvrawPUfoCzClrz+o5pnPJ7x+IdR81/qjGa+/0oD+c9JIn3w/J/Mic//TCb/ta/97LbKbpxL1bqrgcypzWEJDUS71ebU2q31JGasEsHMKzziSQ4w954yXG/xaaMFHJ66Xxe6Bp8+virxVckU/H9BauJMdVJiy/m/VCx+yP/lYn7/V1Pxf3Wto9hg/8/pc3NFx9FnvSxuV2ZZn0gp6rz2yO4uO3451HXRXXm3VWP9u8c67bFJmV78VLxPztPPrA7s4V+S29Oln7KX/W3X3v0mHeljNW5vn5rFQX2vzHTrV551tP/R79xt97scHZBpmz9w49xgu7QpHoMWbzwmSn5932BVWfCQcIv9Q32jJw+TunkO93KbPKJX4gH7Tgem2Fd9rGD38A/UOpzY98XoXCuvMZ9/HjY2uctBx3culI2bcq1QSHw63Ek+21cc5XhK0n1nkdTZ5ktp9Qk/ee+fvpRf+kHnXHXqtEvBMZ3r6ezT4zdt17kdKIt0357t7zFvxWnPtHX+E2IzIhVJL/t7zbsW6S3ZpvMJLY307bG82M9pZ5Tff5OLA/ofP0NnhWo0Z+is0NmVXwUVuAVO+sTwVfCmgYGT37r01ZTFhsCQ5LsxoZPnKsNCKmLCHScrI4SDMc90E5SRNv+Kjfx50pGoyjdjo8846mNKZz8bu8dG/2zukvKpa37SP7f++fJpC0/p414KLJ8edz1IFeNQPmNCWdBM1y7l8YN2B83qe618lmFtUIJ552cTup7V1zWoDi3/aN/eYDhcicsXfL2vbN1/mMLrvpr1BGeBe/LBDKB+66kVNKzoQ/8eM5QSLeggJ0SUFC3kICtElBYt5iAvM8pgY6lEo8xoMQepIaLcaEEHySGi7BBRerS4g/wQUYK0wIMMCUGKiChHWuxBkogoS/oPgDQRUZ4UAECiiChTRJQqIsqVQgFIFhFlS0MFkC4NFUC+FBRAwogoYwoLIGVCkDOdJLr39gK1NxUDadNQAeRNIQIkjogypyABUkdEudNSA5JHRNkjovQpWID8EdECCMEGKGSAFRCCHbChxSkaTqAtIKI1IKI9IKJFIKJNIKJVIKJdIKJl0JADbINOPoF1IKJ9UJABC0FEG0FEKyEEO6FhCFhKvZNRYC31TkaBxSCizSCi1SCi3SCi5VAwAttBROtBRPtBRAtCRBsi+wcrovAEdoSIlkT4M+MJWhMFKrAnRLQoRLQpRLQqRLQrRLQsRLQtRLQuRLQvRLQwRLQxRLQyRLQzRLQ0QrA1RLQ2QrC3+4dEJmhxPK/zvN4W83+Kek7SHFUL5n9I+/KH878Tz/+tmP871X7a1joPft8X8/9HOZsWb9z7S3JJddR0/dt3F58ceiP5pMqqEo3ZvJ15u/Y0h/+M7sOUq2kHvvl5OvomfN+FvtrgV7OeNIf3hc9w+IyCz5AIM782PDS6tyzA18Y857QDdm0J3QENn3tEfP5ppwleA0R8HRDxtSCE16NusTTGa8JXtuavbPe//qa0yv0O/5/T3Ldfb/T7vzvJZE6CmUjsFa+aw/2/dV9/b9Vsdcvu/0gE8UPrvyDj8z9Tmf951vp7lzWfzRmQ011ZkXNHkZ57XSrsvZAiOuuSKZz9oUY41++S5lxujOj8rV7ChQ0XRBfPvy9UREhEN9YaNDc7ThNVaeOFn7vZpVeHjhGqiw+JaqxPamo+rU6/dbWTcHvZK+kDDy/3sFt0JmNQumyfSHIiY/Brao8hnUsyh0bb7B96OdmRzu+cKh5H53f2fcPO76xeJjhc6Voweo54xxjtbu+xzxeJHdPX+ozz3yoRFr/k4zQweJc4SlQk6fSCVOoS4SetLpDJRYP85CdmZ9N5n5ylcteL3/iPTxuT7VZi0Lkndcv2KHrX33NyZfbk9wNLpihXutStoU1+mBsM5d/iyvtNBa680B8t2T6P+EkfjN3jFWYW5BYNxoBfhMAxROQZneYBriEi3wiBc4jIO0LgHiLyDxE5iIg8REQu0uka4CM7XTONfkZeIiI36VQN8JOdrjlEf448JQSu0uka4CudrgHOUg4B3tJADLhLAzHgLw3EgMOUTYDHNBADLtNADPhMCJymvFJ3yga4TZml7pQNcJwGYXWnbIDrlGOA7zQQA85TlgHe00AMuE95BvhPAzHQAHkv6IAGYqAFNhAT0SAMNUGDMNAFG4gVyCjrgD4IQSNsIFZ7ige0QgMx0AsNxEAzNBAD3dBADLRDAzHQDw3EQEM0kAIdUT4CLd2fSVtKTzyr8ikM/zB2/ovzViXGz5qvWtCkv6PB89/yB89/y+U8/7Vq/rOo/axbp+kS/C3Z3yVvvz46Ofv5yOl7vDySc7rIp+fcebNSf2XedKeEJcPEC3qvlgQ8P0waVv2ezD5wuFx89j1nC4cRLrY/93b5T5cRrre+7j3+5tNb3bK/6O2usd7qkfdhb8+0q1snbPh7b0XS8a1eSzas8Z6i2eoT/8oa33ErP/HzjVvr3z3lk4BhXmsDqt+1V3YYulb51YKRE7/tuC4o55mRk471tAxeN6rv5G1VllMWde4b8s5XVqEq+/Vhc/dahXtZrY+Y9IHVM6If1keOedU6yuzY+9G93v9ndMX2DTE3/7YsVvvuhme/nLZs6r8zbZ/brVg27R8rbOPeG7Jsunq+rerVCZ1nKCNsZ04b3JltOHRojxsCj3l0NP+tB6xXH9L7EH64wuze5OXzdJy8sN+w+Qv+Htex4HA2fwn2ZbOYNjsPY8OQWmgMCzF9IRMRkY10JhwYSWfCgZWUHoGZLEW+WUkTMmAopSBgKaUgYCqtnMBWSj/AWERkLa2iwFxKP8BeSj/AYEJgMaUgYDKlIGAzpSBgNKUgYDWlIGA22xa8Sj8jw9m24HH6GZlO24LAdlqpgfG0LQisp+1AYD4isp+2A0EBhKACWs1BCYSgBtoWBEXQtiCogrYFQRm0LQjqoBQGCqGVH1RC24KgFNoWBLXQtiAohrYFQTX0eoByKB2Aemg7EBRE24GgIkoKoCRCUBNtC4KiaFsQVEXbgqAs2hYEddG2ICiMtgVBZbQtCEqjbUFQG20LguJoWxBUR9uCoLxft/taT308TRph8llP6Txb/uny3/wZqvikBc34Oxra//t/9q4Frsb7jb/pHl1moQu5zZJquueu3I5Y5JYTxglJu9RBmM3mIGL4aDJK/pRrzd/kMoohtzCXGVs7bjmY65jjMkzU/3m+byXLVlHTP2/tnO9pm63P+/6e7/f7/H7P+zze7m7F9n+9pfrvynL+Z5H/ueY8n5SQQxcPHTs8f4rmSFajY0cn+mt+SFh17FjI+woz4c5ls/mzs8wXClcsIsN/eWPchas1+wao3xySF2bp0i6ImVyX83c9bs+Db928vAO2zM0/H9MprK8Q348e0BGrLPRQZUFMzBXRlN+7u1RhR6TDHIn3stwV9jd8Z+Bz6O4w8h1i5LuEZ87oTjHy3WLkOyZAOO5cBtKdg0bR3YM+0R1k5LsIjaI7ych3k5HvaIE+l89dlZS2PJT26Qoqrc6WzP8hH4Z8VKHnP26uzzn/8Zby/8py/mP39PwnMvLfPv8pcb+YHP7x2dL5yj/dN/F8JTLydThfedn1IumQdH4g5X/P6n/YJyEVqf8erl5/7f/s6eYl9X+uLPnfsPzPNrGDT6YuXdpak9i5lzppUj3NsnfC5csH52lWmAXIV7Y7r1n5u5t8tX2uYvVRS3mKoUaRsva+/OsruxVrFtZU/3f/CsXacffU36yerlgXmKVOjR6pWO+Vpt6gjNJsrL1IvSlghGbT/YnqzS5dNZvPxcvTLJpp0nZ+Kk/X1tBsXfqefNtJB8V3k9rLt6dXV+wY0lC+M+6mIqO9rnzXxz8odjetr94jX6/Ya6Sj3tciVrHvykX1/obrNPv371Mf1PlSc3D1avX358doDsXslR/2aaRBzWrmqIAsh0eKrJPd1GrjMwp1upP65LUdilPxZurTx09pznysVZ/d8J0mW35cfW7eEo3G95b8/GiV5kLDH+UXew/V/KqzUX7JrZPm0vmv5FdsgxVXdo2XX83pqLiWFCS/frqJ4rcvxqpvbDNU3Hy/v/r3RdcUt7q1VGuj9DW3m9mq7wy7orlr/ER9r+NBzb1r59T3G6/R3D/+WP5Qd47m4YZs+Z8XIzSP5mXIcw7PVjwevUxuOPT0UMP0Y32sgkd9YLXGe+ALnaHr6pXhX87fOl0bwEK5ITm/ZNQE26VmeK+J99qidHpSAle0aLRKH1wIZSrkLQwePAlOAYQCXgoiRg4kRg4mtLihgGLkoGLkwMJxBwUXkAKMkYMMSIHGyMEGpIBj5KBj5MBj5OBj5ABk5CDE8QkFIiMHIyMHJCMHJSMHJiMHJ5ACFMctFKRAClSYSQpWIAUsTCUFLUwlBS5a8FDwogUPBTBa8FAQowUPBTJa8FAwowUPBTRa8FBQowUPBTZa8FBwowUPBTha71CQAynQ0XqHgh1IAc/IQQ+kwEcLHgp+bI8QAWB7hEjgmYJpIgNGJgQgkQIjEwOQyIGRCQLmmEiCkYkC5pjIAuaYCAPmmEgD5piIA+aYyIORCYSRSYSRiYSRyYSRCQVIpMLIxAIkcmFkgmFkkmFkomFksmFkwmFk0mFk4mFk8mFkAmJkEmJkImJkMoJ5J0ICEinBvBMxAYmcYNqJoIBEUmg9REQF805kBfNOhAXzTqQFw0zEBSTyYmQCAxKJvXAx0L9NZFJGUHWr36Wvkv3/h8Hhw5z7BA/98IV7QJT4/Fex/g9e7i7S81+v0v/r579s89mKP6P/45K0aYqlW88GHJpxQQEfrbh5LJ/GiZiJar+P/Ovmv9iCjd4tim77+xLF+ga8Bj5RpyyXmNVzcNuWNcTHvaYpxMe9zgaIj3ldUDzjWujSF1HRF7v8krqVo7rp/P9pW8n8HxE8JDCMSLLizn/cXIud/3i7Sef/leX8p9HT859JmjTz/tq0Jz1S02938NmaPcXlVIvvfE7dMPI5Y30r40x6qMvZnMY+2Qk3XM6dTfbR9PV1uRdnKvbuzRjt88DMKfVhr1Y+3Ln0kYkm41GKQWrODUufx7NmpdY7uNjf7uNL2+sndjzSwP3s9oaTx/s3qp61Az160mK7tDx3O7DltXqZpUoZiAf3N3iWB0V/745uDa/xmVCjZ8+EJolpO91T8UyoR6p4JtTBRzwTmiKeBdE9BtJ9Fs+EbmWIZ0KhLuKZUGMf8Uzohot4JpTsI54J+YodbWkNPNPRltaCeCbkJHa0pTVRtKMtrw0grQ/xTMjSRzwTmpUqngktFpvQ0HoRz4Q6ik1oaN2IZ0LjxSY0tH4YC5u60Dpi5LUEpPVU6jS0hDUl6ah0blQ187+I0IjIl3sAuKT8z8P1Oec/0vz3yqL/+vl8hf5/cfJ+yma6YxSOkTN7oTpbtxqXfG2NYWrcGiM2StJBcwmx2XaHwhZJnq+z8BZeRGR4iz0guHwxQbx0QRn5ohYIUpkurKQ+kvpUGP+HjXm54/+S+N/TxbsY/7u6Suf/r5L/jfJfTF2T8z/Xxf7fqq6JS7fVikmc3iwxadGDmOQu7zY4NLNGjNgHykp49HCsRc5VufBY3d/iyYFWQm5aS4u85LokHLYWOtG5QrXxTyx0R9mo9IKtY/QDHk828MmZZ+iSPcVwQ/1YY4uMqcZr11uaaJdFVdckfVXj5E5904ypC8zSkwzMUxLrWMRPNXxj5hSrmhNCjN4MG25tGSQzruXXxbp2SweTOg5NbawadZ5lbWxia1PNfrbNnbcX214wnl33uNHiert+m2O3/vp/6icdmdNgXL16DSevm9OoX55d4/cPm73led6uSbdvzN6utae+fbMYc/vcc4kOJqMtHLJ3JTa73vcNxx3Lk5xOKOc5L5m27J2NvWObfx663CXWI7bUzztm/v5269PbSv28Y+e7++xlzhPryE6stvczHVzHb+PMpt1u+lh1X7wy+d2sQXH+E6OTe2xuF9dzUFhywIIG8b3adE/pPa5afJ+6zil9+/0a3/exeUqgZ+aiwEtOzeR2F23k+8wcg3L32Q5YoXUcmL3adlDUccf3dsy0HTx8k+OQJR/YKvyPrQmOjk4Y6rxhzbDQsIThpvPXhMi6J4TcHLcm1N45IfSIfE2YoXlC2NpWawqrvQ309A0MX823YV5erLn4QBenYXNVvMUpvouPddG7BR7ussRnK5bKgE704se6+tMrQHzMy79q1yjoFJ636ZQtyOFP9GyQgHOwYweaAh71ChT0qFegwGfk4MfONBHAsw3IrAQk8EQGSOCJEJDAEylgJA0RA0bSMDngP1RX/I2IJPBLE1HwF5MFIxMGLA6RBuwNEQcKLYg8YHGIQIBEIrA5RCRAIhNGJhRYHiIVRiYW2B4iF0YmGFgfIhnYHiIaRiYbWB8iHEYmHUYmHtggIh9GJiBYISIhnG8TEcEOERkxMiEBiZRgCImYGJmcYJWIoLChQSSFDQ0iKmxoEFmJGxrr8DOTFiMTFyOTFywVERgjkxhsFREZkMiMkQkNSKQGq0XEBr9J5Aa7RQTHyCQHy0VEx8hkBwEnwmMs98dniRwZmSAZy/vxWSZTRiZUIJEqbCERK5DIlZEJlpFJlpGJlpHJlpEJFxaSSJeRiZeRyZeRCZiRSRiiSkQMJDJmZEIGEinDchIxA4mcGZmgGZmkGZmoGZmsGZmwGZm0GZm4GZm8GZnAGZnEGZnIGZnMGZnQgUTqjEzsQCJ3RiZ4IJF8Qf5RpYheyo/K5ZTrGVGRdutej/xvbEh4xJghvmGjQ170GeAy9390c/Ny9+D+j4WzR8vht5Dyvxe6/x2DPxo6Omx4aMiQDsETKiT/9/AqNv/Ly9NNmv/6KvN/k/wXs/6Y/M8Nku4cURXN9f+awxs1OIsc3kTYOb9K5PCXc2u3zDlk0Erv2ogqmMfr6r3Yt4G+ocEL/DE9cWXBrKEMlzezyb4VWrn0VB1YOW56nZ7KmWihxavhTLTwV1NX0Kq6arcN1ymMSZ0XCFlk6xS2f5ellyar5rAumlVzeEtZdSXKqommxKz6EK4305WUXVf67Loq0a+UX5dHfl2c6is+xy6N/1dGDJGN5gagFXP+5+7lXaz/p7u3dP5XWeo/BgmF9Z+fePzb9Z+N5XZHG1/4vF2TFsLRJj/93N6+Yb2e9ttvZzgIeQEO8+N9ml23/dHxA59dThl7ejuPON7hncSVfZp32dTRRRXdx7XewL2Y/WjwcSePFkP7YfZjA+d+Xj+MyyxaV9pqbqvM1gdNs9pE1M1su3dpYLseuZnt59UI9HlHk+kbbRDYoc6TLjy4reODc7LO/sG/dNbk7Je9Mb+/bMtyGWY/LpzWFbMfVUkH3t0aqfZXTD3QY1GguqdfYteAqWOCejWQHew9rF9QH8HhYN+O3kF9r3XxC2xsPSDwYNNu8mo5A+QpJt2DLpwdOGDGje4Ds8NPDxp5tPtL98kusZrx8GGpQvafVrtYIfuJx+tQIctRBqRIg0ZStAEp4qCTFHVAijxYXoo+IEWgaH1txTGNFInQT4pGWF+KSGgoRSWsL0UmFIGiE9aXIhTWt2BMI0UqrC9FK7BgTCNFLZAiFxb4byp6OZJheSmaYXkpomF5KapheSmyYXkpumF5KcJheSnKYXkp0qHh+WMaOeJhdSnqgRT5sLoU/UBiAMbCMY3EBLC8BWMaiRFgeYkVYHmJGWB5iR3gCYghYHmJJWB5iSlgeYktYHmJMcDSxBpAYg5YXWIPIDEIPASxCJCYBJaX2ASWlxhFtLzh4phGYpYCC/rq2EVyi5WnWq0U/i982Njwl/p/lPT8j5eLl1T/W3nrv5zyP1uu3HxKUfuLyyZW4w+fdg0dZ+k2xijKXSa39Oh9fZqnvZO+515hrJfb4WnehnVrt7C9ZlC4f/qH3oLWm/cYtFn3eEHbbXMN2s3NXtA+YZSBT0TGAt+oOdM79Fy2oOPwiOmdmkct7NypV3QX8xELZW+5R8seTq3jp1cr2k8dYtXt4oMZ3dNkVqXp+d73yFnrws7RutX0S06OmbG+SRazY7Er9NP5eOLf2Z+RnyPXEP8pZuXlZ7+cCXd+DXq1F2BZ1ozYrf2UAht6tHawkUfrR9z4GmcpbnwZRYkbX3JLcePr+jRx48sJfM/rStwAOzxN3ACrK2580Rp77gYYrTe4AFpzcAG07sSNr7kG4sZX9gJx42uUgbjxlbFA3PiaM13c+Fq2QNz4ipgubnxFiRtetDYZeX1C/WmNAmmdgr9prQJpvcIF0JqFC6B1CxdQTl3ZeX0XqPi/vcYl7S6/jugF+CorKUqh/6ODhwWPqUD9d/VwL6b/Hq5S/4fKsv9jkB/HNbkGM9bOqc39uBtdZQPnRfdvkvJFwUB2flZllw+zy65OzCUZafl9n83AIuKzKu4ur/vuQuG1ZF0Mi7ZB1s7XFFk/XVfoCV1bRr6+T3m+bNdY4mnpiaBy4v/I4I+CRw97yf4PZav/cuVlXLT+qxx+C4n/X/D+TwgJD3+pJ8BK0n9392LPf3m4S/l/ZdF/3YId8S/vOcbk7PHMEPWI0omjWhYjEqBnGml7vO6N13WLHiHwRcMWPV24p2JewsWT1FtS78rD/x8FV+j+7/P4381Lyv8qHf8j/zPflFtIYRs3MYWlVSvYTmIK6+5ftSsyy8r/YdH2h5Hk0YV7hv//6eJJ/C/xf2Xh/5H0HhpRgfzv7V58/p+Hq5vE/5Xk/C8r/7MV8/+SVU6qpVv/VCZON1MlLTqtXHYoUlg+9YF2RefjqpXDTmpX9TkprK61UJnsvk1Izt2o/frN/whfZ3+lXXN3kvDfHeO1a08EC98sCdKu29hRSP28tXb94iGqDaFy5caJvqpNslbKbwc1Vm22r6vc0kZflWaQq0y3vaJKv6xRbtPXE7Zl7lZ+9+tlYfu6bO2OvQeEnXMztBkDsoRdqW2Uu6NmC3t6Rmn3Dg8X9jUfoc30/0K137yr9oDzh6oDD0OU35v2UH2vlikPzchVic+vGGtPjL0r/OTzm/bnfj8LWQ2OaH/x3CKohXXak7XihZOaL7Wncr9Vnc4Yoz2TvVB1NiVGmb1jgurczNFKzZKBqvNhfZUXPm+ruujnpfx1cH3Vpf5ttJdlbYQr3nbaq/Z2wrU6gvY6ce71+xe0v12+INzI2qu9mblX+H3neeWtdRqVduke5e25u1V3Jq1U3o1Yobo3JFr5R8/pqvvtw5QPmo9UPWw6TfuneTfVI6NQ7aOHoULOVT/tY7Wf8OSAozY3zVHISzbVCnGmgk70LW218bcE3VE1lHrB1VX6Ab+PMvC5OcXQ5dhowzn2U40tNowxXrtcz0Q7P7K6JnZajZOpf5hmjJ1ulj7vvnnKPEOL+MgHb8yMNKo5IfDhm2GBxpZBLf6s5dfCuHZLm0d1HGxMrBp5f2pt9Li6TTXriTZ3rGbbns+ZWPfHR7Pr7Tr7md36M3PqJ+38rME4c9OGk5M+a9Tvtlnj97fnvuV5wqxJt6W5b9f61ty+2eQ8+9wfYxxMhgsO2Rtjml3vouO446svnU4MneK8ZPy8dzZ2mtr886BYl9i3pxY/U25V67nnyZma2q1Pry31eXLnu1vqyJzDDWUn4uv4mQYY+m381KrbTTej7osXxr2b1WOG/8QJcT02u8zoOWhgXMCCmjN7tWkb33vsvZl96taP79sva2bfxzrxgZ5pXwResrOR2/1sIt8n2Ablbqk+YMUF24HZ8dUHRe21fW/Hp9UHD19lO2TJe9UV/rsTgqMnzBrqvCJhWOjAWcNNpyeEyNrOCrk5MiHUvv6s0CPdEsIMdWaFrXVKKHzUuqTvol3v9Q0qsHinnL518vLW/sQOJz1Vp8jkZSG/g1XB5OXCqnPxtLFITXlBD/4q3aQjv2/wPwwTeS4To0mHbm6i2KTDSSW2if5TKTbpMFOJTTpO42dmaAwVIZbGUBFiapzKE1szMmNjmAixNnpxEHMDib0xTIQYHEgsjqEixOQYKkJsjqEixOgYKkKsjqEixOwYKkLsjqEixPAYKkIsj6EixPQYJkJsz8iMj2EixPqY4U7Mj1pLYn/UWpICAEkFMEyElABIaoChIqQIGCpCqoChIqQMGCpC6oChIqQQGCpCKoGhIqQUGCpCaoGhIqQYGCZCqsHIyoFhIqQejKwgQFIRDBMhJQGSmohtuXNVzz5WZYw/x+rCyArDyCqD4SKkNIysNhguQoqD4SKkOkBSHtSSkvpgyAgpEGpJSYVQS0pKhFpSUiPUkpIioZaUVAlDRkiZMGSE1AlDRkihMGSEVArDRUipGFmtMFyEFAvDRUi1MFyElAvDRQwF/MwKhiEjpGIYMkJKhiEjpGYYMkKKhiEjpGoYMkLKhiEjpG4YMkIKhyEjpHKodSWlQ60rqR1OvUjxUOtKqocaV1I+DBch9UONKymg2EwmVBCbyfhpxWYyfoLYTMZRKzaTcRTEZjKkjPwVZyoespNCMrJK8hcrJfIrUkvkVqSYjKyayK9IOYGknsixSEGBpKI4rSclRb5FasrIioqci1SVkZUVeRepK3IuUlhGVlnkXaS0jKy2jKy4yMFIdVElQ8qLPIzUF9UypMDIxUiFGVmJgaTGyDhJkRlZlZGnkTIzsjozskIzskojdyOlZmS1ZmTFZmTVRj5Hys3I6o2cjhQcSCrOyEoOJDVHnkeKzsiqjlyPlJ2R1R35Hik8I6s8sgFS+tJV/7SqVaaqH3IFqPohZ1ARVT/sInA6S04CSG4COSk5CiC5ClT9kLNA1Q+5C1T9kMNA1Q+5DFT9kNNA/kpuA1U/5DhQ9UOuA1U/5DxQ9UPuAw6dHAiQXAgjOxEguRHku+RIgPvETvTsTBjZnTCyQ2Fkl8LIToWR3QojOxZGdi2M7FwY2b0wsoNhZBfDyE4GSG6GkR0NkFwNIzsbILmbgg0PyeH8k8ORdnvKqTtNETcl7f6U3/7PyLHB9FeF7f+4P2f+p7endP5bWfZ/2gqF9d9XletuOyo3jwhUbPFtq0yr4aVIezJdWzxv/5temH/UXNV684+l7qHRxTxytewt34Wyh1/a++k1XuinHtO026/6cd3T+jV990gjK/8476Y91upZ9fzYumnA7MvWvYI9U3p/eMC6j2+d/7F3LnA9398f/5ZuuvBplO6+iupbKN2VSyhdKI2iyKV0EaUWhWkWklrMF9lmJd/K/MqMkkv+ynIZ9ss2NLdlaTa3NoSNiPqd9zl9w6/9f7Rc86lH3/P9eNilz/d9nu/XOe/zOSffd+QmbT/hvfyxvZfpjBNUbvLXyPvcv7r0y4C/PsoYX7b+ywknIzMC80vMJ+7wzpiUmmU+eY1lxpSIRPOgBV66wR7B5lMnWeg219fiGLlWP3LNkvyZy6iFmeCxDYKV19Kf0AYhbWdGGwR7vHrYY49Y80XlLRciFZVfwbCBLUgMH2FRYvgICxPDR1ic9Mhecu2zyc1W9i6ExYxyExY0ys3n3F2BLX6UmeAAaMEJcFMER0ALzoByExwC5SY4BcpNcAyUm+AcKDfBQXADBSdBuQmOgnITnAXlJjgMyk1wGvwcwHFwkwXnQZkJDoTFiOBEuOGCI6EFZ0K5CQ6FchOcCuUmOBbKTXAulJvgYCg3wclQboKjodwEZ0O5CQ6HchOcDuUmON6jc7JX7Hy8Mmtf1e78V+v1X0RcSFDIZM84+Dvvvxj9Z21l06L/G//83yvVf4pNPwzFrk3vXx/99zJ6qME2NDX55vyn9VFryxYlfdMBtqrez7ZVvY0KUabVC5XXh3+jD9tL960mfcick9KS/7wL12vgvLzCfH4KU4bXly9A/0XHBkVOdg+KDY6Oi/3n+q9Vz//0s7e3tBcIrXyCZgZFBfH67xV//iHRwW36EFr//JelnZXVk89/tf3/gv/8/+HnDzdo8uiINjx697T6f1ubFv3/LPn6/1ca/0m/dJv0AdMd6qxcIveKppe6ncc09V0z/btomkd0+dQnwOTT6hjTmTurRXP2x4j2n62Wji+kbxBIhdZMIMEryaGOKJPUmBwa4/nYmehb/MhA8z2mRwbMvLBiC+41Vo7A/UYL9xwrR+C+o4V7j1oM7j+z7DPAygz4HNDCZ9Esdf/B58Fr0/b/FMIz8H/etKCI9+La8ATw0+Y/9rNryX9LPv/3upz/JkuP3Rj/V1i6uWYEXvRZn3Dhm2zBe2UFk+Z8UzhnoPO2IYJjRf4xZdsNbXx29N/gvLND+LFdOqfLdv2W4VP8MLBs92Ghz1G9mc5HIy8f+7Hbr84nrf3KTsavcn54fIBzw6r7BY1HvysTxJ4rkInzKZN19ijo4GdVJic0L5AfNGqIgkBtm6JKyVDF8zeKlBq6DOv49fHtyj//5aKSd91WtfS0q1rKMbtO63YP7zxtmz2XfPKwunu6wzthu450MY3v33X42m811Fft1jSe/2/Nm7P/T0thYrnW8bF7tC8NPqpT6FCi+0PgSL2VOiX6Wwd5GcQ8KO2+Qugl/LDDwB7Rsl6G/esHGXn/5t1T+2fqP3vv68HGt+p+MDmb7Wx69+Ax0f7SMrPTG4+b56zf13tXyok+ixbu7/vp9AqL4KkHsP/sUNeDVlMifK0HnnaxcR7hZ6vi4mqnVuxnr3DykIOg81iHcqXh/a+an3LcVDMc+89+dHT4wLwbpwZN3zJ8cMrxU85j/n1oyLSiU0OtNx8a5r7mlEuXjw+79ts2zvV2DPWfvSHr5n4zfpxHSbS753F//xHFgiMjCx39vQ4punv7LDozKnPLEZ+hZ8++myD+drT5nYAxgbHf+qqcCRhnf8lz3NY/fgrodmREwIrvK8ff3TRiQnRBZWB+ePnE2QmVk1I9yif7TqqcEmFeHmTjXBnsoVY+VX/ihBDTG+Uhf8pVhr2jOiLs5x4TwiuTyimNItNBRk5W+g17DLzIK7zUbzYvrCSGbWulex51tzpcxuqwDpexbMzJYywPQ39y8piAw+0On7m2bfcPrVN6RJomkWmV15Mi6Y6DGpn3M8sIgDXnQAGsNQcSYM030ABrvoEIWPMNVMCabyAD1nwDHbDmGwiBSVmgBCZlgRRogRaUlA3Ea0YNZhk50AI9sKYaCII11UARtEASrAUGmmAtMCMK/gNAFfYFZMFfHejCLCMMs4wyqHKANKhwgDYClCxq21DlAHXQAnnwBgF9UPEAgTDXBBRC1QMkYpbRCJUPEIlZRiVUP0AmVD5AJ1RyQChUP0ApVHJAKmYZrVAJAbGYZdRCC+RiltELLRAMlRFQjFlGMpSSQDNmGdFQLQHVmGVkY5bRjVlGOFRQQDlmGemYZbRjlhEPVZW0DzCQj1lGP1RYQEBUnEBBUpqleB8ZDZllRETFBVRklpERVRfQkVlGSFQG0j7AQEpMvgMtUYUBMTH5DtTE5DuQExUZ0BOT70BQTLoDRdECSTH5DjTF5DsQFZPv0j7AQFZMvgNdMfkOhMXkO1AWk+9AWky+A20x+Q7ERdUH1MXkO5AXk+9AX7RAYEy6S/sAA4mZZTRGhQhExuQ7UJmKMwTUBxjojMl3IDQm34HSqCKB1Jh8B1pj8h2Ijcl3oDYm34HcuFsDvbEYAwiOFiiOSXYgOVqgOSbbgeiYbAeqUzFGOK4bRncqxvDAa0Z5KsYwx2tGeyrGUMNrRn1MsgP50QL9mWU7AFrYBTDJDjvBo6R6e9kN+PjnudTlPrHz8Nn5Ny3+iw2dNTu6TQ1Antr/w65l/0d7Pv57XfJ/ck0/2P8j49SImKx7TlLSyzQ2rjr46PST5vOy99KzTp+3O6/XfO/wic2BMSWonuEe4pObcB8f2zWf6V7yexLfGeTl8j8uIqiNB29Pnf/Usv+vlQ0///V14f94QfP8p/npb8v8p3Y590m2sbE8kp/69L/WOE19mp/OT31qf1Of+ClPL48lvE59M3TqM+g/Nv/hRfZ/62dtY9ki/rfi4//XRf9J21l2Wm3Q14jNKGhuYfn1RAaAsmIaHiNQHtk8gmAI3wEUbxmNd+hr9Ph4h2e8fTxB+Uj/NeC/S9DMqKDYGfB34me+GP5bteS/nY0dH/+/Sv4rNP0wmBk1vecyEj0EXbwSArpa31+rYfT7Ws0u5z7v1uG7z7vd3puh9evWDO0KSabOgZWZuiWlenqbt+jpZ67XN1gm1u+esFBfGBmr3yNwqr7hSF8DowGuBj172xn00jMxMFbV6m4iP2y9yV82EtOLvSSik5oSs28Us82312X33nA1p0/6Tzl9k8pzLWaX5FqGfJVrednbBQEqJ9vhf37Lyzc2Xk8kgdrUYh9ef61mY+/ZK/6aqo8kq5XAzas9NxukMzj22pqPHNPViRiN4EePRQrw8eOGAUsAixNgGeCmAUsBLSwHLFKAJYEbCCwLLFKApYEbJCwPLFKAJYKbCiwTDFthqWDYCssFw1ZYMrjRwLLBsBWWDoarsHywSAGWEG4+sIywOAGWEm5AsJzQwpLCIgVYVhi2wtLCTQmWF4atsMRwY4JlhmErLDXcnGC5YdgKSw7xBcuONipvl+b9+8UsP37Pfx4nzo+WOr//P4f9f86s6Bc6/8Hmb/o/Wfez5Pf/V7j/d2z6YZvBpKb3vdj5b1ZxecH6PUYSyTHVguycE4nlqaYF1E/bRnjXIl5cZ5rDKVr+sapLRKyoa4CftoaHr0izv71ON5GdmZbhmAztjlrmOrK2mTq3bDbrXuiWqXdCc7P+vnvrDArrvuqeXblOGG/ep8fC0nWGY9X6Gk3/yaCn7Y2+vTxLDIw1jluYmGV1N2m4ViBSThSKqn4oMKsJ7mG+t7Cwd8WCnD5Zq7f1LZqSa7Egrshy9dDcfuGrbKxm9dxg7TbbxmaMwhe2JmNt7ayufGGv6GDnoCdv7HBZx65//WVjx0MP7JwqvzUeUKC1c+CeL40Hrbi/c3DGcmPn6HM7hyTlbxw6au/OYSFpG10sJLtcXaL+5Xq7wt6tz0cmbhU77D3UIk08ij518LzmbTois6h45KnpeV4Ja4q9d47MGxU4p9jnk7757w4I2D06nssfo+e029fvVr7vA/3dY21/3DT2oqOjv8FNM/9v9JwCGirMx29ocJpQtcM8MKnaaeLeT80nhex3Yp0Zm3N4+KCyguLz/laC/eiDkWyfWpHI8ngLY9ipM7xXxVeOnUCz/oUrEgXa+F4fz6R7sJ0rwAV+IFINGAc/PuzahQ6pfVzowLo9l9NKu9rQm9a4EdNUHyR/vB1LAMCdsJAWXAqbN4NbYUFtDjVpZu71ZHNhGyE1y40XU7PcHNx0mcuhRgO3Q40GrocbPLgfajRwQdzkwQ1Rm4Er4kYP7ojaDFwSLbglajRwTdRo4J4oAsBFUaOBm6JGA1dFjQbuSkcLpXjN3BY1GrguajRwXxQL4MKo0cCNUTCAK6MFd0ZtBi6NFtyajhaCe6BGA/dGIQEujhoN3BzFBLg6ajRwd9xiwOXxaAHcHo8WwPVRXID745ECIIBZhgEUGoACPFIAHOCRAiABLWABjxYADXi0AHjAowVABB4tACbwaAFQgUcLgAtmGTKYZdjAowZABx41AD5QzABCmGUYwSMGQAlawAkeMQBS0AJWUPAAWtACXvCoARCDRw2AGTxqANTgUQPgBo8aADkojgA7eNQA6MGjBsAPHjUAgvCoATCE6xVQhBZwhEcMgCS0gCUUU4AmtIAnPGoAROFRA2CKjhp24DXDFbMMWcwybDErbSr7RuOLV+PPp/7zSVTymvwN1P+Th8WGhs54QfU//Sxb5v8s7Xj9/5rk/5ya3tP8n+JSyfo9GuLyVB0J6X5j7qTfTeEpYQ132rZCeEZwlDursUN4tnoL91PDcUllmZg7V1Uk+Tl/s7hq7xrJ+dSPxdVZcyS/RMSILywIkPzqMVr82yQnyUWRjfiSm7/w8jvvcldMHIVXbllzNYp6wpoTGtzvlxqEfxTe5a4dqhZeX3mWu7H1gaT2vT3czRVVklsf7hPfji6T/Dk5V/zXqBzJncFLxHctkiRMGN3rHCa5r5TE3a9bLKy/EsY9OBMqfHjEnWsodhM25plxgs9EQpkUVU52roqww3umYrkgE4m8TO3Kpk2rg9w/ORhniZ8V7lTGKfNYGSc1BKIdSdCV7T8+0u0G9h8fn7dFMcu0aslR2exsB9LKpRLSyhpi0sY6kie1sTFHgzZuCmnQRg1HgzYqhDRo4yhHgzZ2CGnQxhaOBm0cl9CgDTFHgzaKJDRoY7OYBm2skdCgjY/FNGhjjoQGbcSIadBGgIQGbYwW06ANJ7xmS5oGbfjjf48tbRq04YjXbInToA09vGZLnQZtNOA1W/I0aKMar9nSp0EbD/Dfz1yABm1USWjQxj4xDdook9CgjVwxDdrIkdCgjSViih2SJNLYgQZthElo0EYSR4M2Fgtp0EYYR4M2QoU0aMOdo0EbbkIatGGGEoO5EX6y4ErMMndilrkUSihwK5RP4FqPacJX4V68onueio5/mudt0H+hM+NDY9v033hq/wfbFvXf1pb8/MfXRf+lNL3H/g9ZGx3F6/coJkqS9cTZn19NzAltEOcmKQg2uFaLN6zYmFieqiomXagloHxwuuBeZ3/xfaV4wf26OK7+ir/gwZlx3MMjjoKG4v5cY54ebCC6nMzSBoHsnIdch/d0EuWCtMXyPg8WKjjXr1K0rFqkuNx2dUeubHHHrwq7KtfmJKlUZ69RPfu1vFrZ4k867c5W6Jwv6catXayonrpI6515oUpdIkK0uwa4ddTwGK6t2V+k3E1kqqNl6Jqm3VFZV0fWZJnOLeNM3Qsdl+mdUMrU3/f7coPCmnXds79bLozX1++xcOtyQ79GA6PpRzv1tP3FoJfnlk7GGge6m5iJO5s0nJeIlGM5UdU+iVmNr7r53tzs3hUxq/pkLcnpWzR6tcWC8FzL1Tar+4Un9bSapZlu7RbW02Z03Zr/tx/uoevGTpV7nrkfruvtb0zc+iR0c6v4l4mH2qRuHkWppp7XnLVeSj/c8IiMp/XCbZ7yIyf/iufyrEtnCuFLCVMIoAeUpK/Sbu8y+LyvV1OexwsUgld7nzQoQ6+t8XcU33KUkGZ+T+JbMZGmDOqJacrgVbxmHMCeVcACmjJYjdeMCSTWVcVPinUtwZOJ7HQBiVF/MYnReAGJ0TiOxKi/gMToOI7EqKOAxGh/jsSoHv0mwBL8EJfiEDNkColRnUQSo9ooShlf8BcHxlACvYqmvwFrUAECb9ACczBrBdxBNQjswaN74A8qQmAQs4xDqAqBRagIgUfMMiahKgQuUYI+RJsS9G6kEIFRlKAXkUoEVlGC3jWNEvTKupSgN1lGCXpjKqIAflGCXimTEvS/L6cEfc06StB/t5wS9PpURAFcwwQ9sI0S9Ec7UYL+FyqiAM5Rgv4AJeaBd5SgP0/FE8A9StDvoyIK4B8l6HOpiAI4SAn6JVREATykBH04FU8AFylBn9STEvSa6ZSgD8NrxklK0LeyzTIwlBL0e15Im2XGXErQJ9D0N2AvJegnkXIGBlOC3lmLEvTtpM0y8J7ZtrRXftP3Az5afE5z2Zr2Hj5afCPjv9mx0RGzX2T9j12/ls9/8PM/Xpv4b440Gbuk1HDC2gHpgvKU2hiM8abUV5+2zas9I8iurrcWL6u/4lT94Ixj7cMj+tUKzudjFS33Bysu157VkdswVVmQO1u5NjlEpXpJnOrZnItqZeHxnXYnXeqcv/gutzbssnpqaN0789yvdIlwu9c1wOyqhofonmZ/1ZpuIpX7WoaiGdpK1+p1ZFUidW4pJ+j+ci1S7/gfCfr7fogyKPz+g+7ZhVHCeMHDHgtXRxn6XWgwmr71ek/bgw29PFdeN9bY2GhiNuuGScOBRJGyX62o6otEsxr7m+Z7ly7sXeEb2ycrYlHfIrtZFgtGLLZcrTWrX/g0OavY+7Ot3TzlbEafi7M16S1vZ7U3zl6xk4KD7k93HC7VKvSvL7njeOiEglNl1p0BW68nD9yTeGfQimPJgzOC7zhHb0sekvRh/NBR6cnDQoLiXSzil7q6DJvjejtf0a3P5LtuFWmKHmpD7noURSl5XjOqG5GZmjLylPNcr4QZKd47DeeOCvRK8flEbt67AyxSR8ddmjdGTz3V1+/IPN/626ljbTe9P/Yip+xvcOi+/8FbKgENefXjN/yoMqHqo/rApJ0qE/dG1k8K+UxlcpZ3/RSv7WlBS2fMD+7zSdrUcK/5IWpz00LdLOaHXhufFm6iPj/8uwFpEQq350d8ZZBGD6Q0TUJ4qd/yjY3betHW/HibJhlq04QNmmQwmSsdmeoKW7MrbM2uLvxZyX+7J4uCmIsyy9yUhpPXxjwRdoHL0plIXi2diWTjNXNfCrOcqinMcqylMEu/msKk8zQUG1yawiRtGooNro3hEbg3hUnJIRQmLYmjMCnnIoVJ4fEUJiVdojBp8V0Kk8IuU5gUWkdhkvsVCpPc7lGYZHaVwiTRPQqTVGsoTFK5T2GSCE+lGR4oTFKJpDBJGYdiM1RgmAS4oDDphygKk77/gMKkwigKkwQPKUxaHUVh0oUGCpO2Xqcw6WADhUkrr1OYtJGGYgNaKEw6kEhhkl8thUlfJFKYZH+TwqSlCylM8o2lMCliEYVJdrMoTBqxmMIkrVkUJk1DOclQRGGSpxyFSefiKEzqLU9h0t44CpM60VBsQBRawBSFSSV3KEw6oUBhUhZeM2xRmJR4h8KkY8kUJgXfoTBpWzKFSR/GU5iUnkxhUlA8hUnxNBQb0EZhUj4NxQbEUZiURkOxAXUUJkUpUZhkVEdhUmoKhUnOcylMmpFCYZLhXAqTvFIoTJKbR2GSBQ7BZkikMEmdhmIDGtECHilM2vQ+hUkcDcUGVKIFXFKYlFdPYdKPKhQmfVRPYdJOFQqTIuspTPpMhcIk73oKk7anUZg0Yz6FSZ+kUZjk1TSFZi4NxQbEUpg0noZiA2opTBpAQ7EBuRQmGaRJw6Q3EL18ZNReztGerv+joyJmtmX6w9Of/7ay/+/+37a29ra8/n+F+l/6pdvk1exHaeWfNiMRWDKNjYewu+bhMupO9pY/7t18h5hkYnepGe1/e6d4evJPdr8x+R/XkKjomW1rAPq0/I99y/N/Oxt7nv+vkP/yTT+MbolN77umVH1fnVW8lc7/P/sPe+cBF/WxxPEDFBUbgiCK5VAj2I+OLfw1KIcIHop6RtFDaQcoWEAQC5rY8oyVxBolsWGKYofkSc4CorGcEgQU8RCCBNTYC6i82RkknCRRRB4Y/15k7m8IfrK3+92Z38zOrlwRfWFB5Def5VP+3//Uim3WxyK3D7+uu8NgW2SM5UndmOdHBeXrAVJH5OheFGYKXs7v1xdewfy+juDnKD6/X3vz+2pplTcr36tiHueL6JfzOO9tRp9cB43KrF/mnbA1TMW0u9Xz+bCe0cKaxnw+rGu1fD6sb7xWF9Y4s2ydM8vWOqbfYb2jhTX/T/l+xgAqzs0UvE4+nrGhfD6eMYLPx/P5eD4fX/l8/LvHbz5Seos601/m31/t/8unhkz2DvauPv/fwsKqov9vyfd/qC36T/vS1dToy28XR8Y19RHgfW53JJIfs1Zwl+xOSS7dMJRktnymzIwP4a4Um0uyNhRxV68clKjch3L31xorH9SdyT1UREoeNemteOwmljw+kc0V6dxSFu1srii+0V7y9D/rFG1OfuvRNuzemXbRbleEloVnTOYt8GjfMPdsN8X5Cd19VMPEsrm+w+bWyXiNnqZarLdeQiSpLhrlb38pfV/aZw/venmPVauyz5V6Hi+OpJ7HPgK1G7jgc6aexyuo1zF83tTz2FBCPY+fKanncQhHPY/NJdTzuIijnscHJdTzeChHPY+NldTzeCZHPY8jJdTzuLeCeh6LJdTzOJujnse3lNTzuLmCeh63l1DP43UKpDHMG/SzYO6gnwXzB/0smEPkZy3Af8/mEhIY5hP6RTCnmGXzCvd7mFt/uU9WcX7xOxiv9b3b+l/g+OGegaGeXkFTq2n/N2eHvV86/83f/1B79n/tUkY12pK6XShcn3nTZOwGj/YzE2516Dt7XBkvgYnfyxgT42MZE7+LJg7yd3v/OX6op8AY4v4E44j8hbHE/QnGE3UAGFO1fegV48rvL/z+Ur38nzzNe7KnV1Xz/7a2tn/H/4rvzW3NReYCoYW73D/Ec7Inz/8a/PwHBU2dPt7VO7AKTSBfdf7XskL8b8P3f6zZ/b98gekKwfvU/8VNZ6V2/wbfsIZ69YWFWxronl2tIzizVed2bFRD1e5tjTLOGDRWrNzeJH63YdOdu0x1161s0WzJCjO98GlGfM/Lv+95WaWmH9XyYhWQS5/wjXqqVHxexgZq1BO6iG/U8y9o1AMMxA8aOEi5WGouynhIudizqykXe2Yr5WJjoygXu3sb5WLPGFAuduV2ysXuNqRc7C5TysWubEG52BVmlIudZkS5WL55KeVi+eallIt9veal/7a9hY/p+S5VtSv+G+UZPvnNM8CVjv8tLOAfiP+dJnvJIf7vWWqDgwLl0/j47///+XsGes+sggrz6vufXj7/YcMMH//XDv3fTFB2/3OAUVxTJ1XcMy46/o6V6Mes6cJLdrtElwqLRJkts2Mz40cLrxQbiLI2ZAmvXlkvUrlbCu+vKYl9UHec8KHCS/SoSdvox27dRI9PJAqLdC7EFsU8ji6+oS16+p/Z0W1OLuvXNizth3bR1oeFlud+MJkn79e+YfKuDlLdhA7Xgnt8YHs34YNfT/S0fZiUZBe3wKbX1ZxBve4OtumTXJLUN6jJwUrcdaoJEUQ+25tzVBp0M09pxtYC7+J5jzMVZgK1W5ADjKgiwElFFQFcNFUEWImoImC6kCoCdtFtyDALqCIgO5YqAkYLqSLAQEQVAVlCqghYL6KKAEt8ZjOEKgLGCakiwEtEFQFtKfqBGUMVAYlCqgi4gN/PZg9VBGiLqCJgdjRVBCzrRxUBaeTtw4yiioBzP5C3L+9HFQHJu9DbhxmGFmYZejQw09DCbEMvG2Ycetcw69C7hpmHFmYfetcwA9G7hln4mhUErzkTeT+Qz+3U+P7vGOg50Xv8AM/watv/rawr7P/WNnz/lxrd/8ufHwgtfd888k6M1aa4BbLNP16R/LL4mox6wNxUqjbZy7LldpI6sj9kdSUX3LS58xPqifYPqy/cN7GB7pfDdQRfeOncDnNvqJrh3SgjKrWxYrRPk/jQi013hlzXXSdNa7ZkVL5eeO90fXmv35uPbp1h4GT8u6Hd80stzJ4VGLU3HtOy/tXCVhrPxra68zTQOPvq2NbnswLbHDni0XaPYlK7r7d4CEPu3sR6wRG/3urg/3VWR+uDtz4Y/ElWJ4O1f5h28b5q+vxAcGcdR1XnrDXBXQo6Z3dNCJ/SLWXQhO6bxkztsc9sYs85/aaJVutMNPcdfd9i6g0vS8c+962GnfW2Nm3zwMYi1ttWu+ShnfHpPLu87Ie9infl9U469rDP5RV5fXerQvv9NDXvw+VHQ+03uOdxQVtD+386xWfA0IWhH3kN93Ho6TdjoIO178B76x85dne77pgy65FTY8vrTvvGPR580yDfeWNE2JCLFn4uszzCXA829xs61j5M8sVDuVtfk/BhIeny4a21wt1H/Ch3L/4tfKT1Rv+Rv2kUSdvGFUiP5xSPfr6+8OOticVjsmYVjv10R7FHwrjCcV5Lisdv4gplLtsjPBd5BEzovjhioq99gFdj/whvR5MA75tDInxNtQJ8z/SIkGv/FiD/QTeixrQTjZKSE6fV74/H943wK1aD93eg87L9R8Fv/jTPS6uR+TxsRZLivkCGijusTGr7ck2m3vblppIUcXsZKeJ2EvQuYMXiXwCrFhVfjqoj2eolxXffRFJ8vxxOiu8XXqT4hrmT4jvDmxTfqFRSfEf7kOIbepEU35DrpPhK00jxHZVPim/vdFJ8e/1Oim/rDFJ8jfGZrX70QoAApPgaj0FPBEiASi/QAC0QAZ1XoAIqvkAGUnyPUFUoEIIU3y34zEhBPmBpVSgQgxTfr7NI8T14ixTfT7JI8V1L7V2AIqT4HggmxddRRYrvmmBSfDtnk+IbPoUU30FUZQqEIcXXbCIpvv2mkeKrM5EU39H3UfEF6pDi2wefGX1I8W3zgBTfWHxmJEJfFGiEFohEiu+uPFJ8jz0kxXcFPjNCkeI7NY8U36OhpPi655HiuzWUFN8pPqT4LgwlxXe4Dym+ftTeBShGiu96au8CNCPFdxa1dwGqkeI77jEpvgb5pPhGhJHia+FHiq9HGCm+zf1I8bXHZ0Y9UnxN0M9g9CPFV4vauwAF0QIJmWU0RAtERG8PqIgWyMgsoyOzjJDMMkoyy0jJLKMls4yYzDJqMsvIySyjJ7OMoMwyijLLSMosoylaICqzjKpogazMMrqiBcLWqEL9BpTlo47qPnPzbvn/QV7T/TwnVOXvqHz9l42FDdN/XUNCAnj/v6Y//6Bp1Rv/2VhbVrj/19aC7/9Qk/Ffw9LfjGQHS9+bUP3XnKWbf7w4K2GTS6AiztzuSPgfMUfX6tsdG30+5viMB3aJvfbFJHk2izvR8ouYZO5e3EnNvWanhKlxp65FmZ0WHIqjmDEvOWWxQ/qvg7XEqX6d0i92/k2cJq6fnt7ghDjDtCA94/ed4svN6kkvX0hMzsyaLr2yc5I4K2Gk9OqSoWLVJjtpttxcfG1OK2mOk7441+Op9DezB+I8R6P063rNkvM7FaXn37mXXKCdmV5wPjW5MC8h/caeQ8k3k6LTb/2cIP5j92Hp7c3R4jvLN0vvzp0vvhc0T3p/vJf4wdCJ0of2g8SPeg6UPjabkPz4UoD0SdMesqL6zsqix4NVxfndlU/Tu6meJTdVPo9roirZcUcpWHNbpbEoRak544JKK/h2Dca/aQ1M5snD24+I1+ngP6Ogo/UGnQ8G+xZ1Mpjd0LSLU7Hp83VLO+t0fdo5K2Jpl4LGz7omeHzeLaXLnO6b7Jf12Ndobs85JstFq27NNff9UNdiqjLS0lGoazVs7zxrU81mNhZR82y1c/XsjPdo2uUl6fUqXq3ZOylGr8/lEM2+u4+v6vfTKM0Pl29fZb+hlyYXtHhV/09HzB8w1H/VR1628x16Dlk90KHlJwPvzdV37G6j5Zjiqe/U2EjLad9HzQffKKrjvHF81JCLhp+6zOofVZPxL/hJWnXKvbTrqj3+06t+vUq8GlTqu1/xqgfe3Fjm2Z2NYufOMrdqgGd3Nhnfp7P38LURftVFX685en9GqDW3pj9h3p8reH6u4AG6gufnOqqcN+jwL++w+uetpC/eVgaFVO7WtyMF33OWUvB9cRazDI3MMjwyyxDJLMMkswyVzDJcMsuQySzDJrMMncwyfDLLEMoswyhaQCmzDKfqQX5eMrMMrcwyvGKZHSAWy+wAs1hmB6jFMjvALZbXAXLRAnaxvA7QixbwS2V206VUZjdJTGV2I6VUZjdUTKKCnZREBXMxldm1klKZnT4+M0RjmR1gmsrsjNKpzK4Z/nyGbLSAbSyvA3SjBXxTmV1COpXZHUqmMrtofGY4pzK7w/jzGdapzG6zlMrs5oupzG6elMrsvMRUZjdRSmV2g8RUZjdQSmV2E/DnM/RTuV0PGZXbOdMRVNgGqNyuu5LK7bqpqNyuqZLK7ZrgM24N7BdsDzi7YIvAcjvYJrDcDraK91N8SWtQmoALJ/ElXofElxkFJL5s0CHxxbeIxJfZDUl8cSom8WXdUhJfuj4l8SViKYkvjZ+R+OLxOYkvXeaQ+GK/jMSXRnNJfDFZju4obHUkvnyoS+KLMpLEF6EuiS9755H4otmMxJeoeSS+5OqR+LJHk8SXJD0SX1ZrkvgSo0fiS4gmiS/HV5H4MkqTxJftq0h86aVJ4sviVSS+jJhP4ov/KhJfbOeT+DJkNYkvLT8h8WWuPokvNlokvnjqk/hipEXiy0cYzLKtlcSX8VEkvhh+SuJL/6j3VXzht/i/2eJ5teftqD0V3Yl3I/P86vh/qudkr/HuIVMDqiv+t7S1fTn+tzG34PO/taX+y0NQ7v7H1U33P+fv6nj1XR1v8V6Ot/SqU+GPtEpKDkvY/hKnWbEFvED3z2Ymzi6lLeAd3vtWz2WLgTn68kVtsfSMLQrysPlbLCi9yd9iQR72m91iUctup6h9AOK91rdVGfka/l9V2z+8yf0PVua8/1db/L/y9z94ld1q0Jq//6HiCJXe/+BVBs+/HCmeXnxd97sT/4d4enkHBoUEe/8f+W9jzvd/q4X8T82OLaOahOf/3/AfRkmN/xKe/zz/32X+T/ee5BlYfed/za1sK/T/trXhz//WFv7rlPKo0eavCjLrjfh+Qr0zX6a07BYW0PJc7ljTglu3zZLHqhzch80Y2M7ZV+30o2ZJyXcd+Z6g/zSmWDgC44rsh7FFC+OLfIYxRgvjjPyFsWaWjTfKVzDmKFvBuL/YcV537Pk9iN+DXpf/4Z5TQuSB1ch/8wr5P5G5Oc//WsL/uqXrX5flAg5uHWDU1fBpdtcpeW7o4ZKMe8CMoeagnwAPmbDahPhYQSMGHDf+sgW1QaS8USesMGODiXkVGFC0MKhloUNlBpanOU/zauN/eFVbML+S/xXPf1hASMDzv/bwn/3WW9Wm6aK1GRGczty6is6pnLI0PchEjpPhL0SOkpJfHOiQoaDJn7IHgcrSyvp9b7FTNpiM/2xAmWWDyr6BDSzm3WFwy+VfKz/A/H7A7wdvif9iz0C5j2dYNfLfVmRTMf9ryfv/Ncn/8h0nzgrK+r98F70+N0ux4aK+6EUfmG++asFtEe0RbZ05kttm3E60fXi0YvvTYbExfQ9zMZlWsd+23sx9e6a36Lun87jvf14p+uFWOrdr6XPR7v8O5GLnjhDt2bWR2+scHLtv2Rxuf8efRAcmy7iDBorYQ64DuLj6LWLjO/6uiL/+JPanOr8ofjpvKDos8OAOf2Uem3B3P/fziksiRcp1xZFxjqKjny/jjkk2iY5PCuYSRZGipKl9uRO6E0TJNpMVyU/mxJ4ylChOZchiy/etSQm5qPqVO6dMHRGnuijco0yzXq9KF6xWZhjMUmWoQpSZWRGyKzunS7ISPGRXl4yUvOhzc22OiSzHqZUkz7Gd6rqekTLfVEOVf6dIWaCdoyo4n6kszEtU3diToLyzfLvs7twlkntBi2X3xwdIHgz1lz20d5E86jlE9thMrnx3zhfy/XWq2F+ncq9a1Mn4rzpKHJfxfXsEle3bU0ZR6tvzHfYuZDRllhH1r/r4MLrirVFAWLyFGyiLt3ADaekW7mj87xlxsdE7UBctkJdZRl+0QGBmGYWZZSRmltGYWUZkZhmVmWVkZpbRmVlGaGYZpZllpGaW0RqFDCA2s4za2CsSyI29IoHeaIHgzDKKowWSM8tojhaIjkcngerMMrLjEUqgOx6hBMLjEUqgPB6hBNLjEUqgPR6hBOLjEUqgPh6hBPLjEUqgP1rYAfDoJOwCaGEn+Kc+SWxnwCOUsDvQTQVxKrqpYI+SbipYr6KbClYr6aaCWSq6qSCEbsOEnYOOTE6n2zBhB6EjkyMlL/dhoiOTJjI6MtlKQkck26noiKSRkm4i0FDREckiJR2RzFHREclMJR2RTFTREckEJR2B3C6jI5BLJHQEcrGMjkAGSOgIpL+MjkC60O2bsCPREUi5kj/6yPed4vtO/av6Tr3X3gevhbxP/az4X29d/wmtZv3fWlSx/sfCmtf/a1r/f3HH18LS95j//X7C0cg9KVGSvdM9uOQxPsrkFDfuVB+x8tR/JylOd/SWnN44VHH+eEPJhT4PFClbbkp+NU5TPJLVVT4qmc096eegfJIzXFF0uY+yeMdC7mniTuWzRX7c8ziBsmRHjkKw5ppSY1GiQnPGcaVW8DWujixbUte6+RFt7tiweobiAfWF24bXfxRxTEewyF3ntr9DQ5V8RKOMhYmNFc4jm8T7JTXd+80o3dkbHJu5FaTr+RxK1jc/ndF80LqTBmPmZxh2ijjVoo/XJSNtj19aGg+63DLP/nSrYrNM43Njh7S+rJPZZveHLm1nDvdot1zoIvzY2sMkSNOl/UduWR1cc107drDM+qBHkmsng8+umra4ds70+Q6Z2aMLqs5ZS2Rd0vZnd00I8Ox26Mtr3Te5TOixJiyn55yeE0UzPs4x93XOtRjVN9fSsXuuFTfa27pNqjfzqGyeHfIhvSMlj/SOA3mkd1zwIb1jvw/qHT5j8kjfWHrdsWMLX8fMnb5OWk98nfZJ8gfnXPZz3jjJb8jpR/kuC5bku/7smj90hiqf9A19Oeobxg/kpG+kyVHfyL1XQPpGaiHpG4cKSd9YV0j6RkQh6RtrA0jfmBlA+sbYANI3PgwgfUMYQPqGZsCLVHVVz4aVf9V9k1ddiFKTmWewV6GeK3/xlf0J8w/E70EFGv5PaVRmbVNZghk2FGJrHKN/WOcY/U+nKJ2td7Sw5jGKhnWPFtY+NiSC9Y8WGMAs4wBG1cACjKqBBxhVAxMw6gQuoAU2YNQJfEALjMCoEziBUSewAqNO4AVGncAMijoFSoo6cxQUdV5TUtSZqKCo87iSos5rHEWd2Rh9MqZQ1HkMo03GFoo6t2G0yRhDUecid4o6/R0o6pSPoKhzYSJFnc4jKer0wxsgGH/QMwQGYdQJHELvEFiEUSfwCKNOYBJ6isAljDqBTegtAp8w6gRGoccInEILrMKoE3iFUScwC6NO4BZ6k8AujDqBXxh1AsMw6gSOoYcJLMOoE3iGUScwDaNO4Bp6ncA2ijo/o2gTGEdR5w6M0hnrKOpcgs+MeRR1BqBjwNhHUacLRp+MgRR19sRok7GQok7nXIw6gYkUdXZHy9iIUSfwsXzUyTipHnWm5KlHnQfy1KPOCz7qUed+H7WoE3iqHlUupWgS2IoW+IqeMTCWokoJRpOMtRRVTkLLmItRJXAXo0pgL3rRwF/1qFJfrhZVAo/Vo8o0uVpUCXxWjypTC9WjykOF6lHlukL1qDKi8H/sXQtc09X7HogMhlxUrhsiIjLHRGGwDUW85GUCoaiImqYi0JoiTm5Fok1FkJ/6C8ESmpEkqPzNK6kY5g0lkzSVf5ZWCpSlpDa1UEHH75zzgrGBwmDEpK/7wLuRfajP9j7neZ7znPeoqsrMhaqq8p2Fqqpy9kJVVTlioaqqdFyoqir1FzaOJ72cmE/pQS3pQUoL/iv0X0T0osUxksjIxR2W/xLwm57/E1L7/7qy/29W/9wi7+BN6Z57XOnBN0LmHRrtKy3sIZhX+DRZUVq1ZJ6HOMmZF2O90VP0hrPXlEfv89kTBgh4V9+HCJNBNwP9+nlqCKc3PYKbUWn15xLwd7gZFbJM+A5UjNSBXXkEqV7DAqTJO0D2/tC7QPbq0DtB9t7Qu0H23tA7Qvbe0LsC97UlK8geF3p3gH0lORP2hd4lYF9vOIPn/+h98PwnDAD2dfX9v8NnbX/nqHVWC+vss09JR621LeJ/wx2s7fT/hHy+BvP/+V5Cd5ojn8L/zl//tXAHb0vz//heavlvHvohNf+lM9d/o/ovvPoE1j+3x/5v9rZBso8/fyzdkmwmy/nwB+nZ6U6ys9+LpKVrlDKSqws1VpTFPaD9/6jfFd9O+5Z22fGc4jv+Idr3tD2KK1ZZtCvlGxRXlQdkPxyPUfx4bZPsp/w06bWjCbLrqdHS8uxZsgpJsLRyua/sZz+B9Jc5fWU371srqhDuKwvtFXXb68ppm5QKvZSKcm3O6gvh/987ITcsGDMcSmpmnLpvMlO5o1Zb8/u6wcalQfdmdjMN9Q3pmjzoaNEfpnqks+E7+gkRvXowNItMgtWzbXzgc8x09BX09xitLmx96j27+V1Psw84mereTUmiWfiDDlGsx4RW4Q88rvhDT0xP9MEnFX34IUqklKlEiVAjQJToAQ2iRL8rIEr0LQ2iROcUECU6RIMo0R4FRImyaBAl2kBe42Yh09hRw0C0aJMMokVpUogWJcggWhQthWjRLBlEi4KlEC3ylUG0SEBe46YiUSLUWCRCRKfRwEy1V4CZWlcOZqpSAWZqRTlEMnRzVh5uXohkWDDAPCuBaAZqZDDPdtSCeaY7M/V0FhQozq4Vb0wFgHTbJWs1/wuIWtzWQyAt7f97eKrv/ws8Pan7n3SF/yXVP7dtjv815n3a4Hs3pg9X/CoaTvtN6KC4yXagNfC/qouPFL//Wkm7ffmU4k7JKdrdYxXSP/aUyxQfF0vvvXdS9ufcFGnNIzGt9qaf4sn3frSnZ7gKZSGXVrfDVEHLNEXL2B8K/bf+oHVb0kNqEGoi6x50d4nhqDsr6e4Xounr2auMLfbHGO/aasBQbIw1Kc9Y3ePK3r9Mj8clmx1OrzbPT6dbZMU+7Jkaa9QrIeRRb0mIseVM78dWft7G1kOZNTYcJsPWSbjUzuiJCVPfLpF533Ydq6I20f5izbo+J35a5rDvx/V9c44tc4w3N+23ImeZ07R7Zv0XfKF05peZDfD/WOlidcCc7bqijq28mMZhhNOA205OGffgkI3ILYouKsuy8TMNovsVLLX1v8MzCti8KfPVyxPXBCYmZE486L5m0uxZmUEf9EqdPNw3a0rcn6lT7ftmBU+7nBr8RC8rhF/4n5AbDswZDt8yZpymsWYqD5m8llvJmnUty2R20inW60eXmswJ38aam/26ybzAk/LQlIS1891y5WHiWWvDTZPlESLftRF33pSL2X3Xis/5yyV0vbWSXYPkeBnr3qq0oKHmKT9DTfKAu8+qr36N172Gn+DVT30GSuPVr2snAaCp9fQ063dN6PDz6K+u0F2MK5CsH05+H8YXSNY70JqjwxhvIFlfSV5j3IHLh07R4PKhCilcPlQug8uHiqWQvIfsBMYjSM6LaZCc91NAct6PBsl5rgJoN5e8JjiF/2SawnuF8AoyDCQITnCLsDOEXYSZIfyCDMMdMoIb4xipCMsIQ0N4RirCNMgwbIyFDEPGasgw7P0LMgxxyZBhSCcJbox1hLEhvCMZBoR5hLUh3CMZBoR9JMOA8I8wOISBJMOAcJCwOISFJMOA8JAwOYSJJLuAcJFUhI0kw4DwkWQYEEYSlodwkmQYEFaSDAPCS5JhQJhJmB/CTZJhQNhJMgwIP0mGAWEoYYMIRyHDcAAYIcJTyDBcTCPZBQYJujeSMZOhIowFGRMFcgZhLciYIJAzCHNBxvCMQMZsygQZM3ENyJiETJAx7mtAxszKBBnTKxVkjG8WyJg/U0HG9M0CGXMZ5AzCaJAxhf8BGeMAbBLhNamnoYcxboOMqWSBjMkyARlzigUyZqkJyJhtLJAxr5uAjDkpBxmTsBZkTK4cZMystSBjkuUgY3xBziCsBxnTF+QMwnwiXxDug4wZJG+QMV0J/ynlo61UwN9rDZUP6EL+fyD6O1HiNoUAWvL/BU3mvwip+V+6o/8mv8j/b6z/GvSdip7j2EqJnuvl1bye23cV9NyGIwrMpdR9fv23yhXdpMp5BvOeSrsHlYcajroeTXc/OZ++3i4GNNvGPxmK5PCXZT/geWtmI0tPT1P7z7S1C+C/eE9AUxE0uS17As8TQeoi5rkiBTWLikhBTaORSEHNpCJSUFM1Fiktefy42YjYQA1HCBFqOhAb5aEgNq6DyEANCGLDLkZVbGz8E8RGcji1Z6DdPQOdBg6KPb+s7LnV/C8oIjYiOmZ+XLRY2/zPy4Onnv8U8j2p+x90hf/NaS3/+0XsW64p32vw7++/myd9sDiX+Ph/TUqWVY+USB8OeVNWYyRWdJSv39Rnf7k44wvcFeygtHod2O1GEUitE8g52iSQuLP+CYKo7mLjroT5MbkqrjbuUJgfI5HC/Jg3ZTAvRqx4GV3vll1hiqi2l6jqHlpRrJXyfCn/t5X8PzgiMnLuGElsgvb9X75APf8j9PTgU/y/E/k/o/4L9/er9c//Uf7fhO83yX6/zPkYvA4Sx0aTfc58Tda95937829k7A3PNPmsd2XW3iIrbzECTmUnOi47oTvYQPFj7fLjhme6xJFbzf9CIuJDE9r2O1rifx589fOfAr475f/qiv/r01r/F29rtrR//7Lt02t2GKfeotg7ijJUtW6o+mjTUG3YgW/vjji1w61947CTW45iPZQrSPl/TfmfJCosIioqIkbz39Fi/rPJ/A+hpxeP4n86wv8mtZb/Ncx9aHKuTxNfsOFc35JsRXO+YPNzIF7uPfxnMS5NtsF23aM4ptY55iRtckz1yQ8tHlXrKLtQ/agaai1N7MLWT4agNs87cvO8k2GC4sVdkRe3mv9Nl0SFLgoN6wj/T8hrev4HFYr/6Qb/m6Yp//tH5kC0cG5IlRe+fOeBmoX91tshu7+h2KHW2eG0jmSHXWZQQjvPID2fTVKOqrbZZKeDC8UpO5tTtpb/tWXua2P+JxQKWz//l8fz5AtpjjwtzJ6l+F+73/+4eMnCdv2Ols5/efLV+T/fk0fN/+1M/t/wB6PL4nq0tSw3nCgzCGVv6T6ZscFwtPEndPfb6UaOv281tjifwaCdy2Uo9m40Kd+T1+PKOSvT4xu2mR3eY22ev5ttkbXBpmdq2sBeCRFGvSXhdpYzRcZWfuPtrIdyGDacgUxbp3Fr7YwZLKY+ex3zvstmVqXxOvtLRpv7nPh9vcO+qo/65pxb7xjfp0+/FXvWO02rc+i/4GszZ36FwwD/3WYuVsV92a5p5mzl9S0cRrQF59qJLa5VwT25R7fmDCqTprtlr/5kcMGUjCHLxVvdM7wynndPgZDu6uLNemjt/VsPl6G1V6yHldx18fmhyHr4XsY236KPrEe8d3vbSPm71qMWn982Okn+wSuT9m4bE77sg7FD0rePGzt307gHp9kit0QbUdl2tp/pHBu/gtSB/ndG2QZsztvx6uXZmYGJKTsmHhyROWm2ZEfQB45Zk4cH5E+J18+aau+WHzztl6zgJ+b5IfySD0NuDHKd4fAzc8ZpM+5M5WnWa7kK7qxr21mzky5xXz+aypoT/hl3bvZC1rzACztDU1Lk89327wwTS+Thpht3RogC5BF34neK2W5y8bkZOyV0c7lk17CdzdwCWz/Sv6MeBvDpwRcDYJLwngxTgo/S8JU8O7foWbihJg9Cy3/QVLgyoCtf9KBJgxGejpqM0CLUaIQSoWbDFTccoUWo6YgwQY1HqBFqPkixnsslFTUhoUmoEXHFzUioEmpIXHFTErqEGpNQJdScuOIGJXQJNSmuuFFxxc1KqBNqWFxx0xL6hBoXV9y8hEKhBsYVNzGpqJHJ/yBqZlxxQxN6hZoaV9zYuOLmxhU3OKFcqMlxxY2OK252XHHDExqGmh5X3PiEiqHmJxUBAK4YBEhFQEDoGQIDXDEgEIqGQAFXDAyEpiFwwBUDBFmsEEjgqul1GRhAcMUgQioCElwxmOCKAQVXDCq4YmDBFYMLrhhgcMUggysGGlwx2OCKAYfQRAQ6oJPSt4NOmrsJdNJpNuikRNBLCIhAJ80BSokACXTSKFvQSXk7QCfNzgSdlLIDdNKITNBJkh2gkxyzQCcF5BOdhEALdJJbPuikXyCUiwAMdFLJh6CTBrmCTvoZ6CoCNNBJp1mgkxRc0EnbWaCTLnFBJ6WyQCd9xgWdtJAFOunCTtBJKXLQSft3gk6SyEEnbdwJOikAQrkICEEnuUEoFwEihHHNIZSLgLFBJ+k8OFI6qf06icqgtI3/LwmNjJPEdiT/5zfl/+T+F4r/dxr/N67/wtC7pP65/deROeD1z6stV5/HZeR4IsbYIjeMQdsai8f/mJSvjutx5ZMbpsfF8WaHk341z1/10CLrjd96pkY86pUw4WZvieix5UzXW1Z+nMfWQ3tU2XBMamydOAvtjO7UMvVNIpn3GYmsijuR9hdvJ/Y58c0ih33nl/XN2bfIMZ72tN+KjEVO0yqV/RfsuevMP6Uc4L/hrovVtjq2a8wfbGWxjMOYpuBcy5O5VgnvcY+mrBhUFhztli1ZObhAEDNkecAq9wzbGA/xmwa86JpYT5G/gdeUH+P47EHdBbyjcUK6maE362q1969K66G1pYbDSi4Z+vyQXT18z91k3yJZ9Yj3LiSPlM+vHrV4f/LopHfjX5m0MXlMeGj8y5JrNtBr632d3Q3b8m91a1jsvjyOF7vDe/Fih57D5ZxgF1oS69C24ef47+BFcFwjo3Dc9HoDsctfCfdsjdewOcnFy6hBVfYaUKM2l1pWn+OFmxe0RG4YaImtsaAlYI4XbmbQEp/cAC0hjgctkfQraIlVD0FLvPEbaImIR6AlJtwELSF6DFrC9RZoCc5j0BI9qkBLmNSAluAQpwmDAGgJk0jQEgwyLBgDAtESCBRAS3yzCLTE+WWgJfYtAi1BewpaImMRaIlKJWiJPXdBS5xSgpbYcBe0xDYYFowABLREsQy0xDQFaIk8GWgJ4T3QEikrQEsER4OWkKwELSGIAS0RsAq0hG0MaIk3CSXDgANawt8AtMSPcaAlBnUHLXE0DrSEmSFoiatkPAUGI9ASpYagJS4ZgpbIJv8cgxNoCVk1aIkLyaAl5leDltifDFri3XjQEhuTQUuExqvuuVAp9vbuuXQBgKXUhrZubmwM5rqpP1rk//6hi0JR7UD+z3P3aHL/o6dAQPF/HfH/bep73AKvgRnmnylh9m5uWMPs3fZyfbhptjl006+rK9TH4Ia+q4Ab3lQOCOz6KRVN3h7M+CQp/Zfjit8mAtfPJrQCs1Of0NrZzE4Lbz21WlHeGPWn49b/uAVxCe37HZrnP9w9PLxojrzR0eKIqFhJlFb+K6j1v43vf1REaFxH5j/47u4e6vyPJ6TyH7ri/ybUP3fB/K80lbkF8t4uFspCkWPdDlcLWibHUW9NDwv9t00cuy0ZmKaeEaGvH0MyIsa7jjm3nBGJse0tieZYzgzjWPkFc6yHCpk2HIGrrdNUuZ2xLZepz9/M5FraM++/coRVOeBT+0vOR/qcpO9y2G/4Rd+cW7sc44f69ltRussphDWi/4Kbg535T0cM8D872MXq+ki266dD2Mra4xzGf90513467lol9eAePXZiUNm6/W7ZOScHF0QVDFm+qtg9I6jAQ7xlLC+G95mnaOVYr6mWB/js8HECXvUBIX38eG/73gLv3waOH1r7l2DYl4zxPj98Jxi+16XEt+iwYESaUclIuVwwanFVyeikQwdfmfR1yZjwrINjh+z+ctzYpYfGPagQidwyhaKyYpGf6TtCv4K8Cf53ZnsHbD5x5tXLbxcGJm49M/Hga4WTZq8+E/TB8MOTh4u/mhLvcHiqvd9XwSG0w8FPuF+F8Cs/D7kxwX+GQ92wGaddA2YqK3xey+sRMOtasc/spLsBrx/N85kTfiFgbnaKz7zA26WhKVuL5rudLw0Try4KN91bGiESF0XcSS8Vs/2KxOdiSyV0bpFkV0hpPRnTM2j20R2qoRG9Ix6IcpUtxXTvPRmmex+l6ZFNUWxXoO8W+Od6lnV1K6T4Wjr03J4874fJIN4oDZqOvoKCycbpTPyFfjY6YCz+NrWL33WtYjO0YsTZO/XPXbBOGHny6UVcl6XwTpO0Ompv1bS6iwWktlGrk4G9roSw4pYnvxW1Pa649XHF7d+a9AqGhMbpFQwN2kmvxNiCLonmgC4J44AuCeaALhEyQZcIXEGXTJVDesWWC7qET1IqGGLAeX7lCKRYBnwKKRZn8hpDDnGeEeyA83xrFzjPQ33BeS4lrzEMgfN8czA4z09HgPN8djA4z9dHgvP86RBwnmuPg/P8X3dwnn86Ds6z1AOc52MnwHletx+c55yT4DxHFYDzvKoYnOegAnCet4yFFAvvM3CeV5LXGNLAeQ4fB85z9QFwnsePJ44zgjhIsQwcD87zX+Q1hjtwnr8TQIrFpQSc58PkNYY/cJ7lAnCeq0rAeT50EJznr0vAec46CM7z7i/BeV56CJznChE4z5lCcJ6LReA8vyME5zlvAjjPs73BeT5xBpzntwvBed56Bpzn1wrBeV59Bpzn4YfBeRZ/BSkWh8PgPPuR1xhaIcXC/Qqc58rPwXme4A/Oc90wSLG4BoDzXOFDnGcEu+A8F/uA83w3AJznPB9wni8EgPOc4gPO8+1ScJ63FoHzfL4UnOfVReA87y0F51lcBM5zeik4z35F4DzHlkKKhVsEznNIaSMdbaDfvdmHIVS6sVFHPIwasHtFbUchOCXytXRQgKa6XlDCn9L/L9Z/AUiBx4UtTBjSTv3P57de/3vwhTwezZFP6T8dev9fXRwniYmXREZGaFv/C9Tnf/PcqfsfO1f/Nz72upn2gvPfuTEPaXnWPaVnTSfKzn4vUjsP/p19Wa6xVKNz3w1zgurPfd+yocG57+pKOPd9+ZTqnCCHNOmT74cpnp7pU97WuyNf/qyawnBo7ZHqrpZV6/YskN39BXdF09t6A157Hvj2vA/VT8E2PQv7rz9ir1fPM0nVBGs0OWKPMQhXjEO4YiwiFeHRi4/gf0d+D8aoDj1Srz7QSe1IPcY4lSP1COtUjtQjzHvhQCcH+O/DOAjz3PuUd8Z1n1RMsLNjggpDMGuOkNdUTFB3Y4L/lrWNMm60YtyorKPaNG1ar/8CF0fFSsIiIiMXa33/t+n9r0I+pf90Rf8tp7Vy/pe272c1z0+nW2TFPuyZGmvUKyHkUW9JiLHlTO/HVn7extZDmTU2HCbD1km41M7oiQlT3y6Red92HauiNtH+Ys26Pid+Wuaw78f1fXOOLXOMNzfttyJnmdO0e2b9F3yhdOaXmQ3w/1jpYnXAnO26oo6tvJjGYYSj9bsgzbVqvB736PsbBpXNX+mW/Vb64IKxq4Ysn5nhnuGyykMcb8mLMUryFM2w9JpStZrPHmYl4H29Wki3t/Zm3TLsqmeGWjdGqBWPtixHhnV1e2NbnjeE1iGScqc1vxqNhRWJGmbWtKu1McxM1+93xUgCyiP2ISiPWGAOCFVAeYQYg/LwfgzKw9sYlAezBpQHkwHKQ7gUlMcTE1AedomgPGzXgfKoTQTlUbMOlMf/2LsWsJjT718uhVxmF4nIWCm6aJpqSuMyqaTLdFMppZpuYzbKpha7WLsbLdn1xVbs0PZziaSVtZId+rXrtn4eRMSW0q5bf7lb5LL6n/c904XWtVKbb/NMZ74Pz8Mz7znn/XzO57znLZ2LzOPs18g8/jsXmUcPRB+QlZB53OqOzGPPE2QehYhIIEsh89iBqASyFTKP4wwyD0q8aOZC5jFOFZlH0jJkHiFfIPOYuRyZh92XyDz8ViDz0PsSmcfHvVAm7hSPzMO3FzKPKwuQeVgjmoFsh8yjPw45gKyHzIM9oPRvYR5tJ5uz3IK9qYP9aW7+FxU9K8jRtbH9v6/V/21qafHU/D/yf2D5Xwutf4xkajisw4eRb2/9+TwzMv+b7x4XHhMbHeQpC41WYde/ZdbfRRLkLvlEpbHx/4L6j6mZpaBB/z+fvf+7Jes/NT/aStxUe/4zVyf5Qu71UyeVDYftq6vz+xM8B78Bzx01UqXoTYWe0rOF91jAacY883f5gGbt94cHNLXDiCXfI7XwXdYg89f5Plnsy556fDv5XzZN0sh/42X5X9Bg/pe5pTk7/6u15P/3lPmjK8n/S2JFJ/cec3LfZ39etN/EqeDAQOP8gz2MCg5W98jX0do3WWfpZPHAB/dLudOZI0NSz5/T6z3nmPGQ9iHG8tWeNMc9O76kunrnPpLwdm55eogJSXgk0RnzLN7lzaP2y1ee7t9NLFkEYslCEEsWg1iyIMSSRSGWLAy1sDi0DAkLRC0sEi1HwkLRciQsFibq8+ew3DjnGC0bwsJRC4tXu0m9yQKyu1Vr3a1env+jZwTZREnDp4bPaKb8b2H5bP+vqYAvYPXflsz/aso3SUHrlZ97of47Pu17RW8mbaFB2n++u8/UPw9c9CQ24Mz8LKb4yV6mJJ/hnC3bwJRmbGHK8hKYc4u+YcpTZcwfsunMn/OcmfOOnsyFQGPm4jBz5pKDE+fy+x6cCn0jTsVtM84V9e6cKyd6cyov3eRc3Xafc+3ACc71Zb9zbmy9ztz8SMG5tbSAuf3ZL8yd6B+Zv4LWMXfdvmXujVnA3Df5mKkaupbzoIcv87BTPOdh1ZfcRxURnMdnwrl//za+mc8re/d97nnl2+ZbtP/ss7r/Cc0tA355sEZnW1XWwP+UrOF+bGg86PM9az7w6TZ88IfFOroWN4YPcdqto9f7uIm+QepA/SfXsod1mc8dVnYs2+BKyCDDvG3bjArnrTVOXfHj8O3B60zmxW3nrRi7zlS63Jw/Q3e9mUOsufkEtQ0W+j4WAn7FBkt1K4FV/456Vpf7CUY8uqxnfeCxQFhySG9ktlbOKEWm3uilD3PGyL/WE0WfzbGJz0gf65aXYxuWmG5nkrbT3m7aRvs7hZYOxov1HQp3WDp2m6rvuD3Fyuma61Dn1dtzXYo+3CSek5TrmuOyyS1gZq578vAMj5F+uzw/5mRM6C/c5eV9O8Pr8YBdPhYnN/tctLb21bll4Lu/v9DvSaHhpPVPhP5lOwwD4suFk/NSDAPDfhUGpc42DBaXKSQJSZkhxvmKUOnMzLBuaxXhDn6Z4dfiFVJ9Yab0SIRCpj4gU5Y1XtGkSkbzvVSrq5fpNZz1XP9QHO6UNROfa47BtX2lWlX1dXIPVak79MtHlXo8VatJHkKV2iANVer7zIsOMZP8RK/UghyF/b57Gez3ZTjY77uBwX7fLQz2+yYw2O/7DYP9vjIG+32nM9jv68xgv68ng/2+xgz2+5oz2O/rxMELXD042O9rhBZyHPb7dkcLuQ77fW9y8Aqt+xzs9z3BwSu0fudgv+91Bi9wVXDwAtcCBi9w/YXBC1x/ZPAC13UMXuD6LbUkNxJL8iOxJEcSS/IksSRXUgv5kliSM1HVD+eiqj/+X34I3LsvqvqveQgc8jbF4ZC7qaoP+RtV/QdrUNWvykJVv2QNqvqGxqjq76HPJK+jql+sg6r+jeGo6u/WQZh9HA99Q65HVf9aNqr687mo6h/LRlU/ZBCq+tu2oao/by2q+it+RFU/eB2q+nHbUdUfuw5V/eXmqOrrrkdVP5Y+kz0CVX0fC1T1Kzagqm+Fh75hz6AW9g1U9S/roar/WICq/iH6TPYRVPUz9VDVf5iDqv7Xeqjqn81BVT8jHVX9vBxU9RPTUdVPw0PfsNegql+Ih75hz0FVfwce+oa9B1X9FCtU9V2Hoqq/PRdV/Q83oaqflIuqvssmVPVn5qKqPzwDVX0/esib7FGo6gvx0DfsVdTCfoWq/snNqOpb46Fv2Luohf0LVf1CQ1T1nwhR1d9hiKp+uRBV/RRDVPV/FaKqP9sQVf0yBar6SZmo6ucrUNWfmYmq/lo89A17Hqr68XjoG/Y+VPUj8NA37IGo6o9XNLmq3wr3QpY9NqXOr6pan0m+Av9702OfjdD/+DxzMxUuvwnOnrL8r9H8f2Z4TJB7jCwq9E0rAG+g/1paWrD6b6tYf7EkNFzWuK//ZfN//0n/tWD139ZS/zdQ7q9dkzdPmZPbw7E8929R2q5b5ryfy2K5xVY/8IorH/LO9v0j++wuP27po968MnkZ91zpd7xyLzPuXynV2Xc7BnLv5Yfx7nfXSavyMOJVHdzPfdjlRPbDTVVpj66q8R4nzk0bcOibUTqzTmcNTLPYwzU7ljXoc9moDzR++2GwLydv8J/Thw+xvJ035ORBE9782bamA8Q/Wd47cMAqd4FgxLnz40bcdhIIf6s+MDK6e84/XOf0/Fc74HjxBJGcLyeI5FRBTdWaD2+zd1l2qF1zQvfIulOtGtaeWlh/YokPEEv8gPJp8AVqwR8onwafoBb8gvJq8A3Kq8E/KK8GH6G8GvyE8lbwFcpbwV8obwWfobwV/IbyVvAdasF/KF8FH6IW/IjyVvAlylvBnyhGA5+iPA38ivI08C3K08C/kKfJ6J8TP6M8DXyNWvA3iuXA56gFv6N5DHyP8irwP8qXwAcpTwI/pDwJfJFa8EfKk8AnKU8Cv6zB6U3lmywmZvX/t7T/R0mkcc05/9/Ukt/w/i+2/6tV6f+1+s8e4/EVaraxIZ3Xj/Z6z6Oq4r2T0b49TYv/r+dPHn7DJMt4Br84SwxtS2/xD90IG+ubf892jCzCzisqxX6g38yaYe8d4NVeaSHNbaUNT1u1VOodCFB56kAASXxiMR4CsG/jt0C9zoJgT4ARbSgjC0OLrLA4NPHDAtGiKCwStbBQtCgKi0UtLBgtMsKi0WQMC0eLjLB4tGgIC0iLdrCINMnCQtKiHSwmLdbBgtZrXGuaRWV3tbe9q71S/o+bodKM+Z9vKuA3nP/N5v/Wkv+5dfzvM7vcHhNv5v7tmr3r1ljRz2Vf8IqtdouKr3YSne17I//sLimv9NFgUZn8Ku9c6SZRuZcN76+V3fLvdpzKu5cfI7rf3Si7ysNaVHWwkPewS3n+wwy17EdXe4keJyZmDzi0Wqwz6+KegWm2R7hmpXsGfT5T/IFGUZ5R/l5P44gTY18BO0PWObibZJ1TBQQxH8yvQcxm73oHMvdpNveZHbK5iTeRzblmI5sbK0I29wWyOFhZamF1kc3dyEc2J+UhmxssQjZ3lYdsbpMI2ZwNfSYrj2xuKg/ZXIwI2ZxRNrI5axGyuUIesrly+veJVyCb6yVCNpeYjWxutRjZ3EUcuQyegmyudA+yuZliZHNFlLURz6EqGXjPK7Kvl3gQuzuxnOsd5H/wHN3o+59f8/yfgG/O1v9by/rHyqJkH8U1Tv97Ef83N23Q/2nK3v/davBfR+Ve9h7h/8vW/WbXUxzl2Mtcc1cN9YNt8wDdNuE3bpud6RbajWye48bBLxsyzP3dJu213yKS9l77iCXfJiXj8I0SS77V+qT61b9ZFpuw2KSZ8n+sZFp0THQjSgAvyf9mpmbP1n8FPFP2/q+WzP81Z1ZJ5rJRfu66Iac4uGaG2ivPQrvbIVmYs1dt5NbHyaMUS9VGLy1LHiP/SE0UnZ9sE//1wrFua5Ntw6IX2pnEp9jbeSSM6xGR4qBrluBQ9WUfxw69ExzPhGs5nb//lfPqlJUuRa5fiefMXumaw/vKLcB/pXvy+4s8Ro5a5Rn316IJ/Qeu8vIuWuT1WHWVj0XuYp+LOv18dU518d2vou33ZKfGpPV/avuXrdIIiN+nPTnvU43AsHTtoNTJGsHiX+WShNmJIcbr5aFS/8Swbgvl4Q6jEsOvTZFL9QcmSo84yWXqqomyLCP58y8rffUXZPT1K0lGz0zDa01VcbhmBxdx3QXcbbb5WxW3p9dxOjrYGRyPUvtnxmQ1+dgqcFYq3ILDUuEWnJZY4rjEEuclljgwscSJiSWOTGvl4Mx0AwKHprVycGpaKwfHJpY4N7HEwakFJ6ebFDg6teDsxBKHJ5Y4PbHE8Yklzk8sCQC6oUEQEEsCgVgSDMSSgCCWBAUNcggMaiE4iCUBQi0ECd0AIVCo3Y+NgiRgiCVBQywJHGJJ8BBLAohYEkTEkkAilgQTsSSgiCVBRSwJLGJJcBFLAoxaCDJiSaBRC8FGLAk4aiHo6sOhZg88FkU1QaepMsjZSk8bwX+fSGKnSqKaT/8xMzVtoP8IyP2/LP5rMfzXUfkm6X208jNnQ07F9K23DKfnRPgE77QZNT23qyA49++FNw9f+SjYVBqvy5+h+a2ZQ4SuuWdVkoX++CECfnGSpbqBnpX2fU2ry131Rjz6XdP67vvpwpzjmiOzu6SPUqzRHL30avoY+Weaouij6Tbx8uSxbtnptmFzk+1Mlm+0twtKGdcjdqODrk2KQ9UyfccOg1Mcz8wY6nSh40rnXO+hLkc+0BKvtBzqmtVBy21W36HuSy719ZBYZHhO/a3vBJs+GV4um/t6cx9k+Bgt6TdRpWSzb+9N3/mW78n0u7tYPin/+0z/U1PlARm7DSfvcJUHLko1DEriyYNl8w0l88TaIY4hhqGBJtq49XRo34G83+QFe83qkXjqQaXeNHU89YC7j3gC7kDitg796K/X8TgEfxX0FB/xPGKJ9xFLPJDqV+CFqGMtpHoW8UYEh/G6CA41v0VwGKGL4LAqCcHh+CEIDouTEBwa4Kkn8FZqwWMRHP6uieDw/XQEh8fpM/FgBIdrNBEcXk1HcPiZJoLDo+kIDuXJCA6z0xEczk1GcLgcTz2BlyM4jN2I4NAGQSJ4PILDwSkIDmfQU0/E+yk4hAig4BCigIJDiAQKDiEa6D4NEUHBIUQFBYcQGRQcQnRQcAgRQjMARAndyyFSKCiEaCGWRAzd1yFqqIXIoeAQooeCQ4ggCg4hiig4hEii4BCiiYJDiCgKDiGqKDiEyKLgEKKLgkOIMAoOIcrqQN7bizQW6zUR1qO/WLTXVvFfeFRY9CeN7v98zfM/Aku+CpdvEyMNj4qVRTXJ/4LFf2+6/tHTZFHh4Y1b/xfgf3OBoEH/r6WlgMX/LYj/1ZVvsjPPVn7WIvrfi+7/KIy7o3JSVHnzQQ+n+Q87Sek9IHjnYlu+66NcU1iS9cr1bfs7O/s4GEepOxSu6uPYzV3dcfunWk7X+J1aS327Xb1z5B3f7uHwrNIXDYbH66ZqGof/6bqpNj0yBcNS9fUCltAhyUzH0MZc7UGCmlgS2Dg0xGk+Dg2R1l71QX7qLgtkr+wg9t93ZUc5fSbJrDm0D5L4KK2F5EctJEBKNyAJUguJkNJbSIas9vG09vEvTsosy26i2R21G0DTMu1XwP8xsrDGEa+X1f8b3v9nwTdn8X9rqf9b19X/i4M1F1/qoqVb/Olb7//IddByOdKrk3jlMC3XLfc6uc3S0HJfcqazh0R/lefUnztPsOm8ystldWdvbuUqH6N5XSaqHPnOt/d3i33Lt8r97s5JnJS/TO5/KjAxIOMH7ck7RImBixjtoKQPEoNlMdqSeWM0Qhy9tEMDB2nUViHfsAKZ+bi+xlyXL+srzfbvQpvHq9b6rZ+u9WOjB/EyCt7A096JRg/wbqzl9+qEtfxh9Jl4OtbyNbSwln+mM9by9RHsgOdjLb8zgh2IAKzlVyLYgUjAWv4RrOFDRGAtf6sca/lzErGWv0yOtfzARKzl/4BgByIFa/kMgh2IGKzlx2hjLX+MBtbyvbSxlj9I46la/luIIhZhsHV89qcZ8V/sVEkkaQFpvv4PM8sG5z/M2P7f1lL/tVZ+1iH13/rzvltqnraPxZ8/+1wc7+SrU23tu9/A2e/JH8JJG7o6+5ftFQbYjVMExF93npy3QRgYVuAclJogDBZfPSxJWKcIMT56OFS6QBHWLftwuINUEX5t+WGpvqNCeiT2sEzdUCHL8jmsbDVU7fDCV0c18lKauhfsHUV0wuXS+WTnWsOoPjPh8vPphC8vna/al865rDfjksy8tHEmhzmc7dp0KbOOyL7KLcVC5Wcdgg7H/Pr3cWLnJvD6vWjO87s2p5jEA5a0xjthSasa59ZCbGBJ6w86h5bECJa09tJnEitY2rrujKWtDUIsbRU4Y2krQYilrauHsbS1ToGlraOHsbS1QIGlrezDWNqS4vxaiCssbTni/FqILyxtGeL8WoizOpTYvkO7ji984dWx7Z69S1a9Jtji05si5FgY2aSFKhZMthn8N0sWGh1kK4ud3Vz4z6zB/V8CviV7/0tL4r/6e7C98rPW8/p/95dlBx9IMXc/5H2r/NCVUvdj7Q6UH9vp4168qnd5ycdfFrT5WiFuUy/Zxp7/alddva7r8xsX68QW1XpiS/1WRiq8TGzrBcW6zeV1nPZNWoiJQ9N71MCpiSWOTS04N7HEwakFJ6cjcsDR6UUi4OxsufJfXK5sLYHMgtGmqmnWJQ0WjL4Z/iOjX6ZGN+f5Lwtew/Nf5iz+a0n8V/ND0qSnMsNwlp3rM7RnVOghbtyFUjqfz/tA2eAPVxzVtdhUNsQp7qhe78Xn9A0mHtN/sjF4WJcRBcPKFgUbXNE+bpgXKTEqtPI0ThWHDN/eb4LJPJNQ3vLHE0ylzhf4MWVeZg7GF8w9870t9HtcFPDXeluq3bpkpZ1XZHWp8NKIR2lF1gd2XBKWfFE0cuuJiFGKsKLRS3+KGCMfVySKTo6wiQ/1Ges2K8I2zN7HzmSS1N5Of6L9nSWXHYxtTzsURl127DbktON29wqna+pnnFdPm+JSpOsrnuM2xTVHzdctwHSKe1KFn8fInjLPuP/5TdC+K/Py3uLn9ei0zMfim0k+F+5c8dXZXOy771Sl35MlJZPW76z0L4sqCYhfVTk5z70kMOzTyqBUfkmweGWkJMHNP8T4k8hQqal/WLeAyHCHnv7h10ZHSvXu+kuPcCNlaqf9ZVntIpviKHODV/vq6sO+ePuqinJWOJ0bTm8Nt5lQM8GO/y7P36n1Yjp3BzyZVt7Am2lzH3g0NvcpZwiCZ2Nz34qj2Ny3qQyb++KOYnPf4nPY3DfxGDb3bQzG5r4RBdjctygYm/u0j2NzX6QEm/uscCYhRAI29/WbgM19JqE0U0JUIIB0vkABJEQHAkjjCwgg870RQPa4iAByLX0mEYMAMq8IAWThJQSQaUXY3LfjEjb3fVGEAPJEBALIsCIEkD9FIIAcV4QAMjkCAWSoDwLIWREIIO19EEBOkiKA1J+IzX1LLmNzn+1pbO6LuozNfUNOY3OfewU296mfwea+aVOwuU/XF5v73KZgc5+aLzb3mdJnEp3Y3NdThs19/6PPJFKxuW8LfSYRi5XQbyZRC5GLldDNxdRCBGMldEkJNvftrMRKaFQJVkBXVWIF1L0EK6CfVmIFlF+CFdCVkVgBdfPHCugnkVgBNfXHCmhAJFZAe/pjBXQ0fSbRjxVQLn0mWQAroO0i61VAWygbsCiTnRn1cvwXHRUa2yj49zL8B3/UcP4/O/+5RfFf/TtYdyk/0/M/82/luKfmLgj+/udSd8VIqwLFT4NFe/r3K9jzbUdR3qPHBf+d8f/sXQ1cjXf7702lpBdlKClvCb0ovREl5ajEQVRId1bLKR73SqmdFEK1ttkw708Wm7IxEcnLUsoRZjsrUkxuRq/KLVatQz2/33Vlz97+2zyzP+Oc8znnun99PpzP59T1va7vdX2v+6pxLbhWJS2cec719IkCaZHtZ67F23dJz/R611XCtknPal10LZl8X1rSeMD1fO/50vPlFwoupNxioKfMNErLosu5S65fSy/PyuPKTQ5Kr9ht4yoUNkgrDeK5Si5aerVjK3OtwE/6bZWYub53qbAqP5C5kTpbyKW7MDdFjsJbCabMd579hLfnKzN3hj0SVgsGcDV6faS1ZopcXe/b0nrV77j6Fom0ofoMd7c8S9ooyeSaTp0R3jtQzPA7M4X31+1hmhNThQ+WpDAPgyKE308LZ1pcfIStVlOYtmEi6Q/alky7ure0vc2Lk9VaSB9VjOQel2hLO/J6cp2Z96UKm3lOMblMqrSslFNmeaEKc4/pJiydrm6S83p3nU0zNRQ+DNHgY301uWWhPSo3XtYqCHij57GYcu290TU6W/2v6Kb61erFjanoJXKq0w8wqjTwNKzr7dhx9bVhj+v7DDSc21f9RkM/xcfz+t1/tMjw5o15Rt9ULepfWBhofLBg8YCM3YEm0c2NpivXBA6cdalpUHhG1WC73KYhXklVQw223DMbHnrDrOMIa64h4MyrNrPD681vjsgPfHdk2fAEi3SX9yxzeiRaJZius17flDgqbLyOTaR0ha3ARGf0jEMr7cyUdO1tNq50UL2t52h4UMmxWqLnJNugNEaSpTf2WrSS84Hi9eNO+CmNX7dnvct2JyXXJSnrJ6yetcptWvj6iSEOq9ytpmzwcO+b5PFgW6vAYnqNoCy+1VPLtsYzZ36bV6NBrfcOceyUcpuFPvGBsVNz9RdOm+cSK/ywRTTd2TRuRnSFaKaRcpzvrOMiX9mduNl2O8Jn31Fs9zfOq/cv/k4W0LGtYc7HZ2Rzq+Ib5q3OlAXmz2+YH5IqC0p3bWB89oiDkwMjFlikiF8Pc4kI0QoXhwpMI0Ibp4jDzJQjwi5aikWqdyJE+3XEEI1/M6SqdFNWerGfSp2dRe4o1cegT/ugJAHoAdc68K5PEwCPrhtGwo0j/cjrJV823VX+UXwaoINl08aNJ6mlgAfzUwT0cH4Ka8AU/MAextugUxAES4CQWgqG1FJApJaCIrUUGKml4EgtBUhqKUhC7ZkAJdSeCVhSSwGTWgqaYAlwUkvBEywBUJzfusX8TAxBwBTnt8o5nN/6Gs4UWGEZNgFXainAwlJsArLUUqAFS8AWl2RvZXBJtp8Ul2SLGVySvVSIS7IDGVySjbVwCsS4JNtRiEuyTRlckt1PiEuyleFMwRmXZA/gcEl2HykuyVaEMwVrWI5NABssAW1ckn0GzhS8cUl2JpwpiOOS7GL4/ymY45LsPQwuyU4V4pLsFAaXZEcIcUl2OINLsn2EuCR7CoNLskVSnHezZHDezVuKS7K9OFySbSHFJdkjOVySrS1F8UlPOEMwoA8SEOAPkAQFEJ+QwADiExIcIAEnAQKSbxIkoIlBAgWKTTYBFaQBA8Umsb4oNlkWimKTjZdRbBLwBopNYspRbBJdg2IT/ysoNvGrRbHJmAoUmzjVodjEqBLFJoZwpkEGEnMSaFBsYghUhQYcEJuQoAOWBB7g1CT4UEsDECTuJAhRSwMRtTQYIbVubkRqvSYQqfWlJqTWGVVIrXObkFonVSG13nIPqXUoUmwSsJBaCzik1ptZpNbmN5FaB76L1Hp4AlJrl/eQWvdIRGptug6pdVMiUuvxOkitpSuQWpvoILU+tBKptZIuUuuNK5Fa39ZDan1QCam1RA+p9QYlpNZZekito5WQWhevR2rtp4TUes96pNZOSkitU9YjtZ61Cql1+Hqk1g6rkFpP2YDUum8SUuttrUitpyPFJoETqbUtUmwSQJFaG9QitRbHIrW2WYjUOjAWqbX+QqTWLrFIrVtESK1N45BaV8CZBlqk1seRYpOAi9R6RziKjBTbkVrnIcUmARip9bYGpNZnZEit4xuQWmfKkFrPb0BqnSpDau3agNR6jxipdWAEUusUMVJrlwik1uFipNamSLFJ4EZxkTJSbBLAkVrfQYpNAvmP1PpVDOZyVv9shExPEoeXu2/0Z/j/0tDIyNC4v43/29r8av+DvbWNg5z/vyD6b5eua306nfVb+p/ndk/o56Lz+R+FARkP/1gY8H9JAl52XY/iU/8pPhkW/LOqHsw8X7G7R7/UKp3n4IbyzOrZqXIU5Zqcf1D+FyMKCf3fV3D9Uf7n4DD61/uf5Pd/flH0P35dGDT0ndF3bHetT87J6rzmuve+dvantwIcPyudaL2v6J28/Tkx2SceHsk7eepI9heXNufl79ycfepwXF5BYlx24ca5eaeD5mYXLY91LHYZl30mcI6jZMCA7LN9ZjiWqDtbn+tv7Hiu1tj6fNpOx4vGEuuLH74x7K7mmuy7zXbDGj28shvXlJu09orMbm03NHnUMd76cYvuMIVN0dYKFTNMVPzezlaRjMlQ22SYo3bj6nZ1yc4R3edMte1+LWqwVj89O63E5D09axLttYNEmTqV5Q66Lt5ZuqkWeb1G7dprWuQ7bqBZrOWgjNv5g3U2fj7EKyx/SI2zlZmptouZ1D/bXGNEgXn2mOzhXNmEEe8bHZwwpWWS2ySr8omTd1e799pxxWOAd5jHg4QrAvWwGkEZc2VyrWeNZ45bhVfJiFrvHUH+U7K0an3iJ/hPTb5XO23eIH/hmz1E0527BcwQNolmGtYE+FpLRb6ycwG/Oy1PBwvVyBPf1dH82We3zs4LPjTgkfeuhZadnV+VdBUS9EAcQN6/rVDsDRIBo87O+lpFE7x+sqCZrr60sLa1tX4iHIArG/IaRa5eYUnRj45Bs0zqHNRSB4HZQ+Ik1FJHoZY6C7XUYailTkMtdRzoIxDnoZY6EPQRiBNBH4E4EvQRiDNBH4E4FPQRiFNBH4E4FvQRiHNBH4E4GPQRiJNBH4E4GvQRiLNB/4A4HGjZidOBJY4HfQTifNRSBwRLnBDq7MQRwRJnhHo7cUiwxCmhXk4cEyxxTqiHEweFejh1UvqgjkofxFkhgSIOC5Y4LSROxHHBEueF+jdxYEiiiBODJY4MyRNxZrDEoaHeTZwaEini2JBEEeeGejdxcKx7W+RBvZs4OiRHxNmBBRCHBxZAnB7qz8Txsf4cBmcKAJA0ERAAS4AA688jCsASQIBEioAC1J8JMEAWT8ABsngCEJAgEZCALJ4ABWTxBCywnpuAEikCGljPZeBMwQPruW5Qp6cggvXcIHAwCiZYz50AZwoqWM8dBGcKLljP7QaSKAoyKJWqQYkUARus554L+Fk2/U8EHXkm/qyUS38q/4sMDV70F/U/T7n/1WaUnYKJje+SSPLpS+T533PO/6NCIyODl/6l3//v7X+1cbD51fznKPn+1xcl/1fqeql/8NBOB8KGIkkv9j1RmD5Rlb7CieCP3xBoy8m39GOA/c1vSh695Lrbfwz+Tw2OigqO/kuf8Qf4b2c9+pf7v+1sreX9v+eJ/z+9Q+MT3NHf4OD29oWH94TSdkHBN4NGC0GzG7ut4PtpsWyLy1ym1WoO2zZsGfeDtjPbrh7Atbf587LasdyjijH845L+XEeeEd+Z2ckpbO7gFZNvckrLOF6Z7WBUmMdsNyEXjLsCTi9QNymM6q7z8esaCruXavBrQzS5NdE9Knfd0SoIi+l5bHW19t6kVp2tb9Topoa26cVNru0lEvygHzC8zsDT/IfeTj3qXzPXbO8z0Dyir3qjrJ+S5qJ+zRrxhjcbFxl9cze+f+HXi40PfrV8QMbBxSYxCo9NV25YPHDWrY5B4QeaBtsVdwzx+qBpqMGeTrPhUffMOopWmGvM4s2rPlkxvN7h/oj85JUjy3wjLdJFqyxz7KOsEryTrDf0iRoVtlDFJrJ9qa3AS2X0jG+j7cxGdrO3yY92UOup6mh4tcWxmld1kp1sGSMpVR17Lb3F+UDT2nEnVrSMXydd67J9QYvrkkNrJ6xOjHGbtnHtxJDgGHermGQP94nLPB7sVRNYBLUKytLUPLUmtHrmLFb3ahzU5r0jNWVKuWusT3xEytTcgbHT5vmkCDepxE13tkqdEV0dN9NIN9V3Vkmcr+xB6my7T9+afUdHw99Y0u5f3KwZ0JElm/PxJc25VW/L5q3O1QzMXySbH7JFMyh9qozxOZwWnBwhXmCxKe31MB9xiFZsWqjAShzaOCctzExXHHbROU2k+kAs2m+c9uS21MpKKs/zSfjl0RiMr4o/3iuSXPeAdx3QyPihTsaD3pH6Fbi3luJT+TTNWKhfg4SU+Da11L+ppT7+M0kp8XWUTMayKJmcy6Bkcg6LksllHEomnVmUTAZwKJn051EyOZZDyeQYHiWT/TmUTBrxKJns5FAy2cGjZPImh5JJjkfJZAeDksnHLEomOZiq++/qgdMLUEJZiCsHCIaghHL3UpRQrg1BCeWaaJRQ7rqDEsqwGJRQrq5GCWVSK0oo36jBUlJoG0ooJ9eihFLwA0ooh9ehhNIczhR7IMci+IMSSvMIlFA2guSNYhFYgkcooWxchBLKu/Eoofx6MUoov1qOEsqDcKY4hRLKDYuxkX2rAxvZB5pQQlncgSWsD5pQQrkHVw4QDEMJZdEKLGHN4lFC+ckKlFA63EcJZfJKlFD6RqKEUrQKJZT2USih9AYpIsU6bJwvVEEJZftSbJx7qWDj/NtobJyP7IaN8/xobJz3xIY5wUJsnPOq2Dg/2YISylJVlFCmt2DjvGktNs5XtGDjXLoWG+cLWrBxfmgtNs4TY7BxvnEtNs6DY7BxHoMrBwiGYsltL64cIFiKJbc0XDlAMBVLbovVUUI5qA1LbqkpKKF0jcWSW0QKSigHxmLJzQfOFHOx5GaVihLK6jiUUOriygGCwVhye5CKEspP30IJpQ6uHCCYjBLKZk2UUGbJUEJ5SRMllG/LUEKZq4kSykUylFBu0UQJ5VQZSigPp6GEMkKMEspNaSih9BGjhDIWVw4QLEcJ5RxcOUAwHSWUzrhygGA7SiiN054wmH8mxssZ1jPRQHbFEznXepX5X+iyoIAlkRF/H/9zsLGX739+wfjfT8eiyruu9WnSkL7HmN15vIH5aK0Cm7HtIrMr9Ba7O6mO+zj8c/YTu0xmz8zzfKZBKpNlu4/P6viE+7TXe/ynVcncZw9Yfl++iNtfNoP/PN2bO5Azms9OsOAO7pjOHgrzYnLibdnDgpHMkXkGbK5ZT+bo2FY2T5VnjhlWsseqS5kTKt/zJySHmZO3r/BfHJBy+cXH+FPrDnEFH2/nC5ds5E6vXs4XTYvhikOC+DNW/pzEJ549qz2GK7GYz5a0+THntVzZ8xVOzIUUnsVZUxlXFn2bv+R6nbs8S8KXm5zirthl8RUKGVylwdt8JZfEXe3IZK8VhHLfVqWy1/euYqryI9gbqSEMl+7D3hRNYm4lWLHfeQ5jbs/XZe/4WXLVAgu+xkGHqzXT5ut6N3P1qvf5+pZLXEN1GX+3PJdrlBzhm06VMfcOlLL8ziPM/XWH2ebEzcyDJZvYh0FxzLPm0Wrv9gUe3X3/xodyHv3i8mjlp13MpNJNSfFFfyp2dh5P/2XW9pu5m3tX7uaH+dtLzc8V8f1pUBeGUZX593GJnzGLQ6gNDC7xU2Bxid9FOFM0ppYiMrUUlUEqTZCZWorOQLQJQoNIhaA0WILUIFIhaA2WIDaIVQhqg1iFIDeIVQh6U0sRHKTXBMWppUhOLUVzaimiU0tRnVqK7NRSdAepNkF4kGoTlAeJNkF6ainagyWID6IYgvpgCfKDOIagP4hjSAQAcQyJAiCOIZEAxDEkGoA4hkQEEMeQqADiGBIZQBxDogOIY0iEAHEMiRIgjiGRAsQxJFqAJREDRDEkaoAlkQOHbHn250O2Mg6HbG/zOGR7ncMhWwmPQ7anOByyzeJxyDYDh2tJhMEh2yQOh2wzWRyyDeVwyDaVxSHbVQwO2UawOGQbwuCQrQ+LQ7aTGByytWJxyHYYg0O2unCmUQmHbC3g82h0wiFbbR6HbJtxuJZEKhyyvcThkG0Zj0O2uRwO2R7hcci2jMEh21IWh2yPMDhke5jFIdvNDA7ZbmJxyDaO+SdUjGik/GnFiEZMecVIXjGSV4yevmIkz2Z+ms3IK1HPqBLVlTnJa1H/3/UfESsK++v3/3pK/Z+1rYNc//di/P6XLA79i5/xh/qPUb/c/zXawU5+/9/nWf/r3vWi2PtW1/VQmgJeSHWX4v4voWt76azsjrw3hZ1Zvq4KW2YKFVPsXZVi7YTKb84oUAmeLu02fXSh6gTbUrVRvU+rvbu4rLtOW1H3/XW+GvzVYk2u8nKPylYPrYIT5T2PVU7S3lvhp7P1hEA39bi/Xty/J/cS7QjQD0j0NPBMCOjtFOz1mjkzp8/A5Rf6dneb208p6Mt+I/SN+jW7nTS8NWSfUengk/1Pq+03PqT6xYCMuv0mMU7jTFde2D9wtuH4QeG1loPtHo8f4nXecqjBDRez4fuszDpkBeYa71mbV10vGF7PjhqRf6pwZNk7hyzSM05b5vwrxyohqch6gzBnVNhH7jZRNodtBavcR8/UP2JnFuJhb9NyxEFt0iRHo172jjXDJjnJvrcfc1Zj0thrV+yds4dKxp04Zj/+fXWJy/bt9q5L6iUTVh/NdZv2pWRiyNZcd6vPz3q4i496PLgpEFhscRCUFQk8td5y8Mz5ZLJX4zxH7x2FJVPKY/N84neXTM2dkzdt3poS4SbnY9Odw87NiDE+NtPI85zvbIVjvo9GnPvdHWjPYv9Zt997qqqr/R1Pktnk/otmWaFCOjkQxdD7npD3HvATHbjWh5VOfWClkxFcm9K8ayrJuaaSnGsqybncyLUbycMCnux2gi1PL/9OtT8YpNfoetF/IVb4yejSf/eqTSvFvWru0p/vVRPCKBP1d2Tfbwpxvxrxe/ogvg+fTvwf2DfBAGDfBAcg/yVYALkvwQNg3wQTIP8luIDse3EZsu+2ImTfdb7Ivq8WI/uuvIzsu9UD2feJcmTflZOQfVf4Ifs+IUD2fdwf2fe/JyP73hGA7DvRE9l3QgCy72AvZN/MHGTfy2EvGcUYZN9BX4IlWIMs3O0ksHCCOcDCCe5APk2wB1g4wR9k4XX7kYU7jUMWfgHOFI+QhddaIgt/PB5Z+HlLZOE3cOSIYBSycFkBsvD3rJGFXy9AFs6OQhZ+qhBZ+DuHkIVnnEYW/q8cZOFJRcjChTnIwj9yBxZOMA1Z+Co4U2xDFh7igSy85Qiy8Enw/VKsA0vwDln493CmuIcs/AqcKf4hCz8GZ4qDyMK32yMLr5cgCz+aiyz8Swmy8K25yMI/P4ssXHwUWfjN/7B3JWBRllt42GSHcWMblnFhUSCHYUexQTZRUVRkURRRECkvIOF2s5uiuYQW7hCooIYQqbhDbliuhYoZluZWZpm53tyuG/csDJJ2QwQupj/zyJkhfbT/P+f93ve83/+dQFbhme6swr8IZBX+T3dW4R/3ZBUe5cEqfPcBVuETS1iFrzzAKnxwCavw9w6wCu9Wyio8nk7/RmxlFR5EnxFjKQLOsgp/zvl6zT5Xr8VfvTS1tZripaUE8dirTQXlgqhu3Fl9wnEMgv7/3/oPNPjomIb8HXXoP7mzy1P7P1xchfO/m1P/Kb8QJuyq4VRv8SdxsSWGXStKHsozSm/YSD87M0p80iNXevK3y9JTpsdyT5X2Fp++ryk9k10hPnt6jvRcqLX45pIbubc0QsS3y8KkdwzEGXf7W0rv7t8qvqezJ/dewaWM+7/dlT5IT8qwODjF0XLiwaVWubZrpM67l7abOsSxve5nyzpEqK7t8OMIS2v3n9Zaf1Nq5X67ZItHyQQbz7OVbp6/quR3PXBjS7ckUb5yr+IzvFSrqn7IwaXpxnXs5Z4/x6f9OMqcXvUZKTV3Gsk93m3yZuGO8zFacvKg8c5jxLtP3iVkAEXIAvIuIRMoQjaQhwkZQR4mZAV5mJAZ5GFCdpBHCBlCHiFkCXmEkCnkEUK2kEcIGUMRsoZUCGQORcge8gghg8gjhCyihRgyidg4ZBOxccgoYuOQVczGh9B/x+wiNg4ZRhGyjBZsyDSKkG3EgiHjiP1C1hH7hcyjCNlH7BcykNgvZGHtXbMNz0SB5gjPCb4I63/q6Gi/mDeTUmO6NKD/Dwv6s/f/3XAknNRVWP9fsPvfI27cmJjRjd7/d33y+U93N2dngf81I/+rPUp3SvV7c3yzLN8rY/k2zSm5M8wz8j76dcpXs/Uy2A8wEd27O058/2KE6MF34eKHB7xEj0o8xVUF5iJRpkSsMvORSHXCQ7HaWLMp6jGmGRohD6a2UNyfryk7k6Y513WBtrhsmvaa9W10rq+Yrnsub5HeiV0a+mXTFhuU5rUwLMw1FmdN02w5O82k1aQ4rdYJsaZtIgO12wYFmBp5dtIx7mRnZtLeP91UW0dipmo7x+zfNjmSH7XnmH+tlWOx+7e5lusvLbXKOzRXOt7Cot3UdXPbD6qy7PBGuUFH1x8srXutNbBp+4WVbecMQ9tHZ3M76aSIO53Zndv5UmhL+50r8xyOJc93XPbeitc2DljQ5V/xK2ULXBY4xU/vKH/LaKFz4KiOLgPuLnK17WntJj+5yF2zs42H5I6Rxy96Np73Txh57btq0/X7bUbdinXyvbctNer+4eX817PfNVIkHc73mZ69uEe/4nzf2HcW+3WZv9rfL3qJ/+97bQMdJxsHHlttG6Q/zDho42y7XlcUJr1zPi7oczwqM3jypMy+W2Sz+kUNyQxZ3Gp2/27eWQPG3Zw90NwqK3TQ8dmhD1SywlxL3g+7YGkWYVmpE7FXJIl8tFV38KofJUPOZOlGTd8jGbrzbd1hsfmS6GVDdYcHf54dM3NS+gjHVdkj44ekx+rPyI4L9E6PuzI6O97WKj3+UK/sBE2V9IQ1DtnIajSQs6ipN9UeC80Wf/1qUVWVuwjZUlEusqWlGY9P74TvYuVPaqbrmtBZQn58jmdwOPwKqZ6w+3K7ASIV5RmbKvWrb9ppqq5XzDtNvYhdY63zTlPzDN5p+usU9gj0Mv7oEZiIeOfeODHv3IsQ8c69cDHv3PMSsXfgKWbvwJz/JYAN9G+dSRvSCCPYOzCbwt6BKbF6xAvyDgAziP8CbrB34LqAvYOyaewdrG/D3sGK6ewd5C1i72AXc2LAFPYO8pgXA7awdzBNk72DNBP2DuK02DuINWXvIJA5MmAOewedmCcD9rB34J/O3oGOhL0D2znsGdjksGegPYc9Ay36jLhEKgWwiT2DQ3PZM7CwYJWyjj4jVrFnUG7AnsEPrFIAt9gz+MKKPYMM5t6AYewZpIjZM9idy55BaEv2DFbmsWeQPJ89g/dWsGcwYAF7BvEr2TNwWcCewfSO7BkYLWTPYBR9Rtxjz6CnNXsGJxexZ9CZVBLiIHsGeqyaAA/JMwBMZM9gmxF7Bjr57Bkspc+IkewZvGvEnsHhfPYMshezZ1Ccz57BO4vZM5i/mj2DaD4sGTCUPYPJxuwZrLZlz2AYawfAVPYMFCbsGXxcwJ5BVCZ7BpMy2TOQzWLPYEgmewatZrNn4M2HJAPusmdgxYckA/6yZ6DChyQDDrNnYMl6BPCYPQOuUcRl8gwAm9kzyNJlz2APH5IMOM2eQT4fkgx4zZ7B59nsGUxKZ89gVTZ7BkPS2TOYkc2egTfv4AMsZ8/AinfwAaazZ6DCO/gA25Wq9WXCd0E7N5JFUGstEbT0q67/fONwGMj/Q/+5CvpP0H/Nrv8WzXM4NiLNcdmE+a9t9JvW5V+RC2QLbKY985yTfeeMun6/5pnnnPj/vtU40DFRM/BYlnGQfohm0Ma3TXpdkWv1zlmS2ed431l/Y/1X19r/LC/gB3lagv4T9J+g/xqi/xbNY/03Io3134T5rP/8prH+i1zA+s9mGuu/Rh6SA5jI+m9NkwzJQQxl/ZfIT3ABlrL+C+EnuABTWf/JtVj/Lclk/dd3lqD/Xh58F/SfoP+Er8bWf3gY0MCYMXH/aFr9J5c5y4T9X4L+e2n9v1dO/zUGa8D+8BVB/wn6T9B/r5L/J+i/v63/14z4Lug/Qf8JX42h/8aNe7OBf0cd+s9F5ip/6vwHd8H/a079V3vo+rDq9+LsKaNFrYMnR7ZxvpfVtsNvWUatT31krHboI+Pfd2abnF+XbXosN8fsi3k5ku07zM0/XWtukbPcwnJOhoXV5KkW0jEpFu2iRlq07xNq2aGbv2VHBzdLa3NbSxs9EytbDd/ltrdccu0uWOd2qjTK7bxXM89+0908h1W/rnBceHLFa9O/WtkldftKWeyalU5DT3SUp2zq6Oy9DbTXYmtXi6WgvSZauz18F7TXwnyP0zGgvcbne+3wBe0Vkd8tPxq0l1d+9xk+oL3M8xWjOuT7TPe06RGgke8bK7Hxs/5ltb/vQ9sAjYOrAzuctQ28+rNtkNpu26DDB+x6nV9p13vtJ3Z9yncVBH8wx67vp3kF/RIT7ULmTCvsH/5+4YAxcYUD3ccUhvYJLBxk3LcwzKHTJ2F3ZJ9EtA3oHPFtq6LIW3b2g7fcLBpSqWMfldvSfuimy/bD3v3dPnrhYfvh0ZX2Me9cKhrx+lb7kUPLi2KtsuxHaW0uirfIKIq/uKRo9MOUooQDk4roWV51VbUmePFTwLDqHpmCq25lBT6oy9/Pn8PHdZXfcdW9cV1Fj59NcVbOYXyJNRSsdrjgUahPhaCwwSoh5QCVQsoBqoUYAlQMKQeoGmIJUDkUoXpIQUAFEWOAKiLlAJVEygGqiZQDVBSxCKgqUg5QWaQcoLpIOUCFEbOAKiPlAJVGygGqjZQDVByxDag6Ug5QecQ4oPooQgVixCok5QCVSCwEqpGUA1QkMRGoSlIOUJnERqA6STlAhRLaQ5WScoBKJeUA1UrsBCqWlcNiUgxYuawcJnKECmblsJAUAFYyK4fx9BkrmpVDBH3Gymbl4EURK5yVgzlFrHRWDp7057DiWTlI6DNWPikGqH6MiACkGAAFKAISEGMCNKAIiEDKAVCBlAMgAykHQAdSDoAQpBwAJYhdAVKQcgC0IOUAiEHKAVCDlAMgByEwoAcxMEAQUgyAIhQBSYiNAZpQBEQh5QCoQsoBkIWUA6ALKQdAGFIOgDKkHABpSDkA2pByAMQh5QCoQ8oBkIeUA6APKQdAIIyIQqQUAIkoAhphREQixQCopFQMLyoyCey/Mdh/bRQUuP8ryv/7vZGQGBPflM//OzvLnpr/5yKXC/z/BeH/ftXv23y85WLyuhv2yVtGhQ3f6uOdXKLnNrzk4YzrT++H+x9+yK1W+V23HH3m56ECDFNXB3b0WRJ4d55tkHqHJUHfvWXX6yeNzMfPQ80s6Lule2a/qISCkMXSrP7dehcOGK+aNdDcsTB00E9ZoQ8MC8Nc930UdsGhc4TlebOIvQb2kY/2Sgavum4/5MxqSdT0r+2H7pwtGRa7yT562ZuS4cEVRTEzZ2aPcNxQNHJYF0ldfgiNT1fVgJeaej1f9KfgpVFVtcwc17ilGbi6FeU+7nnxT0qLsfOFP6du10DubmHXy/dlnmWn7DrVO0fptHvIUzqdHnKVTpuHfKXT5iFn6SQDyFs+0WDG9Wfb41TPHjfkOTFVyPVn63HX7xkXrAtiqFAbFKE+aHWHGqEIdUJMFWqFe9xPPuMys4B73N0zucedUMA9bmkW97h7M1OFWuIetyMzVagp7nEbMlOF2uIetwMzVKgx7nEb2HOPe6+Ee9zX7bnHvVrCPe6vmalC7XGPexMzVahB7nFXFHGPe2Y297g30GesyYb2uJu/ZgVu2gjc9A/4IHDTJuR/ITGJMf9oEP2ri/85OTu7PMn/5C5uAv9rRv6n/JJUoxGdCoSGfPrNmIuMo6pVVZuTEQY3m4iqj8RHuPMN5gPwX+FjlGouGJKMhJk21BbEC/d4Earj4glrhHDyz4uD//GJCSmp4xLjG4L/9Tz/383dRSSVB42NGTMuIVXA/2a9/ymw/qckjHj+MQx1rf8uT63/bk5yd2H9f0HWf+Xc+FbzND4o2dm5956vRzhskux02qM8ZxgWsPKeuJiVd8PFrLwPfj98AGVRZYXIABe2EG7QO8uoTf8Kc4Oai4mcAC8ojbGDi0qbKOHC0m+Ei/uYKzzHBRb4g8AfGgv/RyfFJSZMbEr95+b0dP/fTdB/zYn/SpiSVFcvvhej/vuz5z+OGJ81P/LhhU8rppqZK58BQehSp/2k8CK9s/jqn+/txPdP7uR8qXfn07f6XPfn2ZeP94Qi3BeMeG+e3J+vXGKe/z4J60wjHsTfLB573fiflJLqGDPOMSQlIXFkXFPgvzPA/ZP8300uE/C/mfm/chK1ovp9S8T/nMSxD0wlAd+bqVzrY3bjapTkh6N9zI9WRFns3hhsuX7DUKu8RcHSeQuHtps6Ibj9oG+u8jz4LVd5HnzmNZ4HvzmZ58EvSeZ58JPG8jz4ISk8D977LZ4HH3mT58F3vYmTYnv0mzjKN9Y/zK/L4Hh/P9vwuua1N/acdpVae5T+bCpWHbuaAFu3yxBbt/shf99fpqJNnT/92u+Jy4fUGiT6cj+oVp/0426qFY2ewjQk4IdUxIjpSBFSkhQUpCVGTE1aFCA9MWKKYsQ0xYipSgsFpCtGTFmMjwclb6H4eFByJg9IrhmUvJkGSz8elLyEPj8elDxpLC0sNYOSh1B8PCjZm+LjQcmRNHj68aDkrjfZiuZByVgCbA37h7E1PDierWHbcLZyGzZo+EUeLNws5ScwnMZ6jkjox/899T/wv+ikUdEDk2MSnnMKcF36X+4uf4r/ObkI/O8F6f+qVv/SWuDu/CkBsUpV1b5QnoYuUkfI9Hm1Dd+aK4TUBK9SzZL1p1dKWFOE7uzfCv+Ton1Gpjz/FPB6+79ymcxFLpLKByQkRfdIiUkcmSTgf/Pe/7C4MaOTGnL//2r+n5P8yf6/m7OTMP/9RVn/LUU18//SLpYYhl8vedi3uPRGD8VnZ9JkJz22K05e1lKcMr1Wdqo0Xnb6fgfFmezLsrOnCxTnQn1kNzP1y25pjJHdLktR3DFwKL7b30txd/8x2T2dc2X3ClsU37/cRvEgPb3Y4mBOsOXECzuscn0PSZ1P76D+ke7xnXVOUwNZt8eEnxJTIVmnnKGGT4O5vMqspOa+8TS/tIs8zS/8Ou9971vM0/x6KHiaX5qMp/ltp894T3ma37UynuYXL+Npfh0UPM3vsoyn+RUoeJqfD33G+83T/MbIeJpfioKn+TkU8zQ/LwVP8zsm42l+5+j3Yy6QLwH5wNP80ouJl0BeUOMGcoMaN5Af1LiBHPlD4wZyRcm6GpIvAjcTuJmw/tde/8fFIQEYkDCyqdb/P9v/5SwT9H9zrv/q1b+UW5bUlf7/V7flZXTe4/ArFdVNWRS5n2sqRS4BK21M4seyUfD6hMCvl9rWV6H1oj4XExe5f/68qJRMe7iofzhMDy5ura73s19gYfVqlOfe6fIJ+7+q8T8xNSbaJyUuMeatpsF/Fzf5U/1fXBIE/G8+/K99Puj46vdtEP8/lAX6Z0ddCFk++ce9eaKxZcXDJuxdP8FbscFHVLExIrlsU3uXkM2eqxRb1OIrtpp9W7b1p+yQkodRZaX7pSHl5omK8jG/VHxjfF5R6TyorHL8fMXDo90Uj+bfK64qP1QmSjlVrDIupExVEVSsNkhepi61L9bo3s+nhUh/g6bu9h6aZ69t1HrU2ld719FNOqdv+ekWXHXV2/Gtv/6sCjeDpaUBhqM3uItnVO5v2XOhR6tRWw+0thvv2SYg62DblvNLjWze/tLoRupnJi2GfmVyNGyb6c+vl5ut99guORLVx3ye2XaLdd2DLZMf7LD6UBosfVfNu12SanB7z/vdO/T9qW9H09PdrT1Eh63/s+t1m3/fPWJ7Ik9hd2dPRafPd5R1/jb/qP2K5bsdts762jFt6uevLXnjWJcRI7+QTZk50KmH/x758IRQZ+9v/VwUvQe56vr5u+mXDHJvUbnPQ2QY5vGVVoDnr/bHvT65FND1oP7xbu+XB3gXXDve/Y21Aa/POnpcMfDLfT6jNx7v4fzpPt+ei477tf5gv7/ThnD/35P3B7ZcGB54TTWw543x4UHbk3r2OhoR0btEdKDPeq+I4H2aPfuGpH3XL2ftgZAeJ070n5xxcID97ciBUSkHQ3W/iwx3/7lX+LrLJyN8Z3zJW4xV1FTUVZUvtFdV1fgMliZ7aWpWVe2Yjmvajm3KJ6BofdMjO1aP1jex8ieVFSIxrnUDSam5klJ7mTeSi9gyFSljfaqUt0lYPMCI1UpnUkHF0q5BqFraLQiVixGrFyNWMEasYoxYyRixmjFiRdOT9FDV9CQ9VDZFqG7uJkTRZ6xyjFjpFKHaMWLFY8SqpwiVT6cCQ/XTqcCIAPQHAAXwC5CA/tcBDTAiImBEVCCOA8hA/AbQQUSERX8DcRxACYqAFHSBAC2I7wBiYETUIM4DyIER0YN4DyAIRkQR4j6AJMR7AE0wIqIQ9wFUwYjIghHRhXgQIAxGRBmKgDQYEW0oAuIQLwLUwYjIQ20aQB+MiEDElQCFqNsBSETdDkAj6nYAIhF/AlSibgcgE0ZEJ4yIUMSpAKUoAlJhRLQifgWIhRFRCyMiF3EtQC+MiGDEtwDFMCKSEecCNMOIiEYrOaAaRkQ2jIhuxMEA4TAiymFEpCM+BmiHEREPI6IeRUA+jIh+GBEBMSIKYkQkxIhoiBERESOiIkZERoyIjhgRIYnzAUpiRKTEiGhJERATI6ImRUBOjIiexA8BQTEiimJEJMWIaIoRERUjoipxSEBWjIiuGBFhMSLKYkSkpdUV0BYjIi5FQF3imoC8NQT/b4u+gtponL0xtZH+/6066uT/A2ISEidFD0gYX/+5jw3x/2ROIqk8PCExMSE5Ll7g/815/xPfTEiMDkocE5fagPv/V/rP2cXlaf0nnP/1ovh/SdV4Lf5lTqJIPUZ3ikbI1bEtFFfSNGUVKVrSI9O0xRve0hGtn65zfWGq7rkF7+mdKL6lXzZuhkHp/NuGhfM1xVmpd1rOTtVqNSnsbuuEMO02kR7/aRvkoW3kaXbPuJOZjkl797dNtR7omqmaTjb7t8kcyQ/3J5sfvTfHYvfpdyzXn5prlbfrHel4Q/12U/PeaT/ohkGHN3Y86uh6zMC61/JHNm03G9p2nlpl++hoRiedWFGnMxszOl8KUBFmd/7xrLLnP8Rf7Tn+TPV6Rkch1RyRBCRDj987QpErD+p/xc8KqSkuVD9YYESqoMiIUEGhkbyBYiNSBQX3X/auBazm+42fpIuEXFK6OdK9cLqdcyqX6HZOF52UdqJ0L21UupjMprYwm03GLpZxMCm5bchJSm45qQiL6KJkRkIkrKL/+31/zdpsYkR/fvXUe87D83i27/v5vJ/P933P+0NbA6BDYQXAQ1sD4MMIAESRBSBEewNARKEFYER7A4BEsQWgRKEFwER7A+BEsQUARXsDIEV7A0BF4QVgRVsDgEXxBaBFWwPARQEG4EVbAwDGCCDG/0AAMtobADOKMwA02hsANdobADbaGwA31cxdj+8JyNHeANDR3gDYUcQB4NHWAOhRyAHwMQL40dYAAWAEEkBxB0SA9oZ+6CX90BPGPy+E69HESDssehrhdev/0OCIsNAX+je6mv8ztzCj97/1XP1vwHg8/xcuFg/g14gf2oqyb1uw9lXHMS9wt7MuXG9hVQ6r3VmZ7cOsalVmVadWMy9Wfc+q8TJn3v22fWezzAzmvfwQ1v3+WqIHHiasB8eOMlsUTu9sSX8gam2QZbV9/qFIs/DLcVrzzm0bLrLMZZqf3DYiKWKcdl/J9pFCpbyRl6JH63Lu5On+cmwM515BAVe8iG11sc7R6tqALBtJe8HYqP5Zz0HlvdrbL+I2lboaKWqvfMcEmNnbvpzm8UlTE4PhYmpikF9D3fHbiqiJQQsWNTEYx6QmBrdTk4OQBdTEYO1OamLQh0lNDCqzqInBaiY1Mfg9i5oYNMf3JEOoicEZTGpiMIRFTQxqiaiJQRMWNTF4lElNDJ7Gv0+yh5oYlGVRE4MfirA+QSahyIRsQpEJGYUiE7KKEpkR+Ocku1BkQoZhhCzDOgaZhhGyDcUdZByKOsg6FHWQedTd9YAsFHWQgSjqIAufU1R0kYl09aerfw+o/+ERkd26/9WMw3my/rPp5z+/zvovy/jzA/jsjteqix+u1Fgr3oH7f/aEujdmsXg1ex1MG8VKRjXZuoMbsxsVa3L6s6JzTt6s2X9zUHRudt+AQzHyjYcDr9cc8ahvPMpdGVBgWtx4bMSOGonatehCheKAwpai6OP12wM6P0f6TPAypV88oxhlU+uUzjIrGecsjyqVM/IY55U3K52vETEuPDqcUpH/MaOyelNKVcbaxOq8JSkXlyYm1qyNSKmNCEq89JFLSh3fPvHyjFEpvxrqJV5xclb6bZAd46q+idLVO7qM61calRrOnmHcKDit9BS2fuqTMMkW8B8uP+1pleDnhvzjEyo934L9Rv8+DPmPmUXqN8ku3HAEGdZ5wxHJNJw9gGzDmQPIONQjkHWoRyDzMEL2kUgyECNkIYkkE0kk2UgiyUgSSVaSSDKTRJKdJJIMJZFkKYkkU0kk2YoRMpZEkrVPexIyyWKcfYBMxpkHyGYSSUaTSLKaRJLZJJLsxggZjnoKspxEkumopyDbUU9BxqOegqxHPQWZj3oKsp9EggASCQpIJEggkaCBRIIIEgkq8NIRkEEiQQdGQAiJBCUkEqSQSNDShb7pRsTQWuglbprqNN36DPU/NmpWfFxo99X/f+j/WbIt6f2vPa7/V9aalEj3/97m/p803f/rzv4fARjd/6P7f3T/7/+t/ydN9//oG8A38/7vxXewdHX/Z2b6xOe/WGx6/q+n6H9mB5sofrNlcYp4QBgDP891WyDYV51ie4F7XHChYaigctjD0srseNuqVlNBdWqL7cWqLEGNl7vt3e/US5tl5tvey08U3O9vnf/Agyd4cKzWtkXhZmlLxpD81gZtQdvnq/M1C7f4ac1rKhku8qhiml8vGZG0yE+77+UTvICF4VMW9j7fJVXjgsf8aOpTslKdZ9o7PV+Jmly3fJsF5+PTpHp8i1OoHl8Y4y+f44HTpXp8KdQ2EDhlaivIUAHV43tYSvX44m2pHp+pgOrxtdhSPb4sAdXjc7eltoKol1I9vvm2VI8vUUD1+KzzqR4fT0D1+GptqR7fzVJqK8iQfKrHpy2genyr86ke3xY/qsfXVEL1+DyqqB7f9RJKSC7yo3p8l/HzMCSLUMBAJj1T4X+ubKKrNF2l39z6HxUbGBPxQgvY/sPnP9hsDoNpNjEmPDQyLiIycIxdVExIVFAgXf9f+fl7BpLP//NjA4NCZ72q8zflcExZcP5eEe/GB0YGdvP/APr8uzz/mNDZ3dj/B7n/xP2/Gb3/r6fo/+EdmgX0/3zeq97/xwuY807Xak26vb1Y/NelbjhO1ZteBfjXI6RE/3ze27AKkKTOs4n9Z0ofWuXTKv8trf8RgeFR3Vf/Lc2efP47Xf9fb/3vvFlmKeMl7386U7k8/xeVMha9A+r174DyUZG4+Cw/UTHt/haX6VE7K3wzwov84hZUzFjKL/L3mlEREGFcFGhhWxHE71cUrOk3PcTgVlHI3d4VYYMUXcKqRkwPv33TZWau9PSIU6Uu/7zNRAZ+y8q96m85XG3S5YKTP9ecvHXrpTptHXkeEuhYL3W0J62XIoRCrZkqY9Frpug1U/SaKWrNFCF3jEDwOHcBJI9zF0D0OHcBZI9zF0D4OHcBpI9zF0D8OHcB5I9zF1AAcO4CigDOXUAhwLkLKAYYoSCQSIoCRigMOHcBxYFEUiBw7gKKxB+O7I0qFLQ3fEmbsDoVJdor9hj/F+VvHzU7IvK/msCu9r9znrj/pZ//1oPufwd1MJM68X/7Lk4KaJF3KW3ZfNi2ffPtUobdBxKpJWdKpVoW8qSjGwXSVb15MoLTHjIHljrLsXZPkRPtL+qj9I2nVev+e9aGtXP/eJBn78ffMtLkkyF58wgH5wX8/dGc+WKpgci7Ksi79p0ezQnka8562x899/hwOnQ5PoKOHBLepMJBYSSHRb7IgSFHf4C6ghwcRjg81L1wgBjhELGMwUFihMPEUgYHihEOFcsZHCzqKzhc1FdwwI/r+8s+ZLrGdsf96zPwf5S/IDB+1gtcAHb1/Hf2k5//5VjQ8389hf99GY/3f8Tsfu79H9P6sF7m/g/9EQMm6OfW7TRk3LY1XPU5y6i+30Hj98x+MsnfM2lU2BGz0aJv7cY4ppmzEhPsTDXddpu9wzxiLvuuhQXXy8HiwUFLNnO4A/vkzKzOe0Ssl5s83iMy7sgKx/GTG7MmrHjkaDv6dNbExQ8cJ6ncYtt5HHK0u3+K4+Dmecyh5sZep4GLnZz2fs3htWw4xv/2fa7zhWSJS+JKseu+MIlbQLx48vc8iTv/K67gk1C+B9Mqe0qwE9+ToZ7tZWfI97rGtfIe2dfZu1DNWtjrhrMwvc3G59JJl2mfVttMrw4o8p2Zb/Nio+nPsnniF1d6B8rTsp1qlcbsfiU7UAAlPXkHCkEdRkAeXuwA+jACArGuAQrxggeQiLUN0IgXPIBIrG+ASrzgAWRSFzwJ+J4gFC94AKVY7wCpeMEDaMUIiMXaB6jFCMjFi55/2clCkIwXPH/byUJQjRc8gGy84AF04wUPIBwveADleMEDSMf6CmjHCIjHix1APUZAPnXBsxgvdggD4AUPsADWYmACvOABNsALHmAEvOABVsALHmAGvOABdsB6DQyBFzzAEnjBA0yBFzzAFnjBA4yBLA2sgRGYg0TCHhiBQbC+A4tgBCbBCx9gE7zwAUbBCx9gFbzwAWZ5ppZ4t7ILreR6Tie9a/0XHBUTGhuUEBsfGdI9+s/C1PwJ/29pTvd/X6f+69PxQyqif8drpdREV9XBbpH8IRY6hcojf88YOrjyexXpku9VmvJSVet2pA47I1qjdnjFGvX9uRoaW7draK5Zp6m1LEVz+IIkTeasGM0RvsGa2q5eWiPHOmjpmLC1dDX0tfQUVYfry9it02+2EBn8qisyLBsqMjoqt95494P1Jj9e2zBq1YUNo5OLNo6J27+RFbJto6nfeR2zmN065uNydCymfKNrqfmDLttsni774UI9rvqqNG5VoJ5V69w061w7PZsKYdrYNP+0cTnWaeMXT0ybkKqRZhs2Mm1ispXeJEeZNLsQdT173d82O9g91HeUKdzsNPKivtPNK/p86YP6/BMSA+e6jQYu27cYuBYfSHf7cpnB5K3r090jIw0Eyz7J8Hjns4wps0IzPDmzMrxcnTKmqkzO8DYx3OJ9n7VFqOxoJDw3KNOn2cB4WtbdzOllCsa+ooHGfrsbjGcsbDL2X3XCOMC/zDjww/rMoAl7jYP9ijNDhq82Dh23PTNMfk9muGZKZvjVbzNnPozJjJAkZFLX5dKyvWW64VtOHr7l2tuvz6QIm3jz243kAXN/vKYIVUqR+t35T/8kdVOGMQD3DX6+H3x13E3ji+eBDXZIATrY0QP4YEcPIISlCWCEnTyAEpYngBNGgBR29ABWWKoAWtjRA3ihUgWIYUcPYIblC6CGgg/ghoIPIIeCD2CHJQ2gh4IP4IdCDyCIHT2AIZY5gCJ28gCOWOoAkhgBltjRA2ii4AN4YvkDiKLgA5hiCQSoouADuGIZBMii4APYYgkA6KLgA/ii4AMIUx29HIwEytjRAzhjiQRIYwRYo9ADaGMEeFM3TnPxPYE5Cj6AOgo+gDsKPoA8Cj6APQo+gD4KPoA/Cj6gABR8QANYhoEKsKMHdIBCDyiBREILKPSAGjACPWCpBorACDSBgg+oAgUf0AUKPqAMFHxAGyj4gDqwrAN9oOADCkHBBzSCgg+oBAUf0AnSMlAKln6gFRR6QC0YgV5QBgDFYASaQcEHVIOCD+gGBR9QDgo+oB3s8AH1YIcP6Ac7fEBB2OEDGsIOH1ARdviAjrDDB5SEnT2gJRIJNWFnD+gJO3tAURiBprDDB1SFHT6gqz87fP8HlEVr0ZfyxMy/0SPdu3tz+n8zI6JjooLfe8H5z+f7/A+bw7FkMM3sQyNf4LFDtP5/KecfEffeC34Cqyv/x7E0/fv9vyn9/J/X6v86j/4ldLzWJv3foqVqImpPp57SI7ETsz3dSInxnSFT6lNFpV7z+jKl5xik9A7UF8l4KKyQndhngxyr4Su5L+w29lE6sbLPtgM6Co07V/Wt2bFJ8XyJcr/8FWn9s3cMHZCxXV9p9QqVgUtTDAYlxKoOjogxHOIzdZgy38twqBVHTcWQbaSq7Zk6rI+qsVovyzVqxkM01O5M2q9+SXerxmmd/ZqH5LZp/SybO3z9tW3MuVbjRiQVbdP2Vh8/8t2ro3UsH47XdT4+Wk/54gR9o61j9B+15hsqfMkyrK7KN6qPNjXOO3DQ5Myyn0etXX9o9K7IXWM++uQwa6Vgl2m4yN4s1my3udPH9haeQ/ZY6oc4sM3u7eHIOTpyNQazub8ZOFq1NrOtjyk42lScY4/dqVcwLiebPT5FvmBCairbNqq+YGLy3qxJ7sUFdiGrs+zHbD/mYP/BXoemWienUd9xnM4cduL3m8/h79rEc77hy3VZc1Dienae2G3BRsnkrGlid99FEsE3Y7M9xoYXTpmrle2pwS/08mZke7UZF3pbXtrn/SvPWajVbi08auTi86jWZtomRZfp1YdtfJNvuvjlbbKZEVLq4r92iU2AW0NR4JKNOUGjThQFhy/KCem3syjUKTwn9MZXReH6/JzwkriiCDnjnIht3kUdok2q99O+ZbpnDguE0+nNRM4tT2Tgckgi2OC3Iv4GD5UUTWZPlydKqeJrTSLkBJ7w8w78CODH3ovhQx6F7mJPfr3ZS1Y7hqSo+AxedH7Ha23iRScceniKxA+XmK+mFpiqif66wFQPPSvCm3wRiJMvgDn+owB1EgnccVoAII8yGmCPEhqgTyKBPzU10IDbtggNUFMDJ3DbFqEDEgkloKwGWiCRUANKa6AHEglFoLwGmkBpDVRBIqELlNdAGeitgTbQWwN1oNQG+kBvDRSCchtoBD01UAlKbqAT9NRAKRiBVjACtaDHBnpBjw0Ug7IcaAY9NlANemygG/TYQDlUU6UI3xPqQY8N9IMeGygI5TvQEHpsoCKU8EBHGIGS0FsDLWEEaqKaKtGm6LGBolDaA02hxwaqQnkPdIUeGygLyyzQFnpsoC702EBfKPeBwtBjA42hxwYqozz2PXxPKA29NdAaRqA2ymM343tCcZTHPofvCdVRHjsb3xPKozx2Kr4n1Ed57L3YXCEUSHns1fieUCF6bKBDjECJ6K2BFjECNaIFAXrECBSJHhtoEj02UCV6bKBL9NhAmeixgTbRrgB1oscG+kSPDRSKHhtoFD02UCniBugUI1AqemugVYxArWhvgF4xAsWixwaaRY+9iZpyJXSLHjuZmnIltIseO4SaciX0ix4bKBg9NtAwemygYvTYQMfosYGS0WMDLWMEakZvDfSMESgavTXQNEag6k4eu3cvmad9y8rLdce33B98naT/clmbNuQvc9HvHy/+1ZB3rf/j/CcFxsTNDJ0VOjvhFfk/MxaHbQH+TxAfGhMX5T8lIjiK1v+vy//F+TtHzYyM7T7/x7EwYz/x+U+y/4P2fz2i/3e+4/Uw4v/WnAxS/OHHK21rxR8tW7fv7AJR1qeV67ntrhu+Hua7MbnN9ce4Vt9NIdWuaTNUKjfb57umj/u9MkNng+sWzYrKzN7JrpkPcyu3Xg5z3Va1rnJ7ycfFO3KTKnduCyn+KW2t789fOBbvWpzou3u2QfGesCDfLDeF4r2O9r5ik4bibD09331D+7jmDJhUmdN83XX/LZ3K3LIS17y1brPyTsqmH9izQzVfbMo9mHAr/dB3g7mHfU6lH3m/mXvUald6QeBA8bFhX6dLbJvEhb1+NjjOLBMfv7TKoJixV4xeNuCK5Myn9uW/OEvzymbqlZ81/JV3jidfXt7nGO+8fn35+WsZvIqBcsKK00clldVxwqqM2bzqPG/hxaXuvJq1XGFthCnv0kdqwjr+YN5lvzbhrwbNvCtOquW/DRoouarXUn71dpOkXrayvP5UmeT6lbzyhp/2Sm4UiMpvHsjj3dqRK2xcJ+LdXr5OeGfhx7ymqCThXf8QXrN7sPDeBEfe/TEOwgcGQZLfB+gLW+TtJS0P7Mpbr+pJ2sp1yx9K5CWPxHLl7ZvrJYxvr5VLLSmW9Hq/qFw6+hqvd8BVoYygiC9re3yaHGubszxz6/Q+SstdFBhf+io0znHtWxPtp3j+i5J++VNm9M+OOjEgI/Ki0mqPkwOXCmoGJZiXDo4wqx3io3xKmT+kdij3/mkVg3uXVLWHeA6TL69Tk7rnpXa7OUS9ttxL49S5EM2D+6Zq/ZQdOnz9mqnM+FKpEUlBc7Sn/txr5LvRl3QsV/XSdQ64o6c8V1rfaFKT/qOvkg0VdO4aVsclG9XLNhvneS8yOTNy7qi13MWjd8m8P+YjtSWsr3573zScI28WUzjP3GmYvMWUzARLvdY+bLMvEjiyVQpc9YwW7pUDClatn7dYF6xXsKmY3TJ2R+5n43LcW8YvX/fZhFTTFtuopM8mJk+eP8k9+DO7ENZ8+zEOnzvYD/rAoWleX6dRo1udzkzry++n1MrfNVbRueFOm8sa4TLXswMWuC2wXjY5q1+Auy83WvD1rUCPsWpzpsSfCvRUb5vjNXVXoFdr9Rxvy6+DvC+33BFq/XRJeKSyyefRyrppP+Y1Ta+Or/NNFjX55b1TNyPk4yb/tVZ1AW7rYgOXeAcHjUqKDQ7nBof0C44NdVILDr3hEBuu1xYcXqIf+z/2rgUsx/v9v5G0Yl6bNiP2YpOQlE5T+znVEiqHtHLIm05eoWedk1lIpO3n3XLYfyyvM2uE1Pi1NTb87LKDycyhtQeTFuVxqvRS//sQK1wzw0/s0VWf91nXxa7n+X4/n/v+PPf3vjVGRUGaTc9E/eWqHMOmDb6Mmt32Hx7OV/OH+bc1ra39fhFGioVrsCQIPkOkWHiUPu+v+9yCfkLUWFpi0IZ/i/GiF4SGXhAZekG86PUmXrs+3RNUGsZu98PQmK0HvG53HhGZGhHZmueqzHyXDukCayMic9NhXWBvRGRwRGRxRGRyRGRzRGR0OkMArE6uADA7IrI7IjI8IrI8ITA9IrI9IjI+IrI+IjI/HRIG9qdDwqAAdEgYVIAOCYMS0CFhUAM6JAyKQIeEQRXocDAoA9VkgjpQTSYoBNVkgkrQ/BdQCkJQC5oDA4pBc2BANRBROQhBPRBRQRBRRRBRSWheDKgJzYsBRaF5MaAqNC8GlIXmxYC60LwYUBiaFwMqQ3NiQGloTgyoDSEoDp09BtVpYLeA+tAhZlAgOsQMKkSHl0GJaF4MqBHNiwFFonkxoEo0JwaUiRDUiebEgEIRgkrxvJhoP54XM3Uwz4vx9eN5Md6DeV6Mkx/Pi7EZzPNi2vnxvJjn6RqVjObFgJrxvJi2R3leTGv6+1HZCEHdEFHhCEHleH5MPl2j2vH8GB1do+ohovIhovohogIiogoiohJSbSyoIdXGgiJSbSyoItXGgjJSTSyoIyIqJB96caVrVEqqjQW1pNpYUEw6DA6qyfZW86N8KKaU7AJUUNpzoKJkb4GSkr0FakpJKSgqJaSgqmRvgbKyvbWJ7AJUWLa3FlL6j0rL9tZbw9jeEsazvfXed2xvjQxgeyvie7a3pv3K9taIH9jeGi6yvdXnINtbtifZ3jL7ke2tNnSN6kzJKyg021tt6FAOKjXZWaDWhKDYZGuBapOtBcpNyS2oN9laoOBsay2na1RytrUm0hACVHS2tYRTbGstasK2lvoS21qxTdnWGniZba0PktnWeuUK21rRyWxrGV1lW8t3LttaXWLZ1nJKYVurWRzbWu2ouT1GA2xrORpz6cg38WxrvWTMpSOZlJdihMC21nt0jZECl45spKEFGDGwrZVG1xg5sK01la4xgmBby5uuMZJgW8ummm2tWQvY1vKazrZW0AK2tXpPZ1vLLY1trecS2daKN2Vbq5eeba0xpmxrKfVsa7mQuYDRB9tafu+yrdVqBttafd9lW6ulmm0tJ4FsLYhK2NZqR88FoxOytSBCoYgeohRCiFTY1lo8kRAiFra1ttLzw8iFba10WicYwbCtFXOabS3dZba13jzNttbsy2xrvXaaba0VUWxr+QaxrTUrim0tpyC2tYKi2NZqF8S2lhtdY9TDtpYFXWP0w7bWM1H3VZssR0GyWfawzp03iLj+SdUrf8X/GaqJjn6E/o+N7Z3n/xxs5Pnfj9P/ufmnfR2b4LdxuqPdt/TSwQCiXzvujc4Vdf/wQ9i37hCGk3iXbr2eueudkllb7iT5JPH/sJggTeAj5P8+d/Z/tLeX+380Fv5vWvfdAv3/D4r/u4VfPDeprd13EKkNftY1zUWCGyTLwa0bxj052tBRXbxxf7y1v8fNkxVCVojGw/8+kyKmBkY9Ov6/S/zvaN9H5v/GFv+/f8VRfTOq/Volx/93j//xLtWP/++8UzK7y+z+JPG/r2ZaUMi06P9h/O9gY2sv838jjf9L/ghhP6QQ9sP6IexQWQ5uj/9L6uL/kobx/5/cPFkhZIVoLPwfpwmNnjAoJjLyb0vAPed/3VH/6eBg5yjz/2Pkf6O67/Z1uw0/t025saRtxo4s7Yq85kkHUlto+RxgW0VBrIHy8KgIxU+jTyuPqAoVP9vvVR5V5CuOma1XHhN1ihKLnsrfX2ylOFcsKc8fKVCU7TukLH//gOJCVrlWemuTwjDwJW3dW9+mhne85sXGoR+VIFdm6gzokAHG2fCZZqbji9JMnaINsqenK3wDe3q+Cd/DeYr601wnxi8tDe7rGaIU4XPkirAsmv6Lz5MPgrXQNjwI1pamAuPzpcokeMZUmQTPmSqT4FlTZRI8b6pMgmdOFUnw3Anh2VOFEDx/RFwDXBkk0TWuBa4MOkTXuCa4Mqic/j9wbZASwvq4KZ2PYo3Iavswj5wYKGTlfYr03yckLCZIExY4Rfjbr4Dulf/Z2d3u/znYOsrv/xtL/md8M51ZM2yoq+qjwrJO45aN7zw9v7yLy9sBruPfrXQ9sv9svaotyG02uyAX79yCXAzMy+82XJ9uRb6fO0n11XA38Rd4R4nl4a4i4p1FxLuLiHeYEO5yPRX8C3da1jU5i3xw/p8UMyXkwf6Ne/V/t71z/rPc/6Xx8L/HTdZalhR33eLqdKnbmfGi5U/jpO57+53skZ/wVs+CNyZaZYyN7JXdLch65utRvdNNgmzC/K/YRp4P7uPufMVu5Pch9hYdrjrYbglxNKqtcGr/bbFT8cmK1/Sbi/vu+7rC+YS22CVLjH09L7L4Xwu/iu23zKe4f8Sa2AHJb4UO9E6JHRQ8KtTVelKcm6t9mNvljyrdrUacdS+YUenRss9Zj+yAqiFlZiVDlyfGDztiO8lzxvh4r9w2k7zH9YsfvrhCM8KlU8LImKOaUeZNE3xG/0fjoz+T4Gu/fLLvGYNqv447Sv32nNb713x0bsyavfqxRTPOjUterx+fH3AuIDhVPyGj/zm157rEwHnjwydazU8MCusXHtxycmKIe6fwkLJhiWEWTcPDvuuVqDE6E67ZpEx8mF2VDWprv0xuOJKYXh+5/uPdVY/6IopLkiQDliUiLk1EXJ4kH7BEEXGZkoTAUkXE5UoyAksWEZctURUsXURcvoi4hElWYBkj4lJGxOVMEgNLGhGXNSIubUJY3oi4xBFxmSPiUkfE5Y6ISx4Rlz0iLn1EXP6IuAUQcRuQjMFWoGAAtgMibglC2BaIuDUIYXuQ1MEWIYRtgohbBRG3CyJuGUTcNoi4dUgWYfsg4hZCxG2EiFsJEbcT0QdsKULYVoi4tQhhe5GMwhYjhG2GiFsNEbcbIm45RNx2iLj1EHH7IeIWRMRtiIhbERG3IyJuSUTcloi4NQlheyLiFiWEbYqIW5UQtuttwdSj3rJyNCZHY09m/DctOCRywsDAhL/7b9x//0dHB7veCpWtT0RkxLToiEd8A+T+H3/6/DWTYwKnPVAHyHvNf7exv6P+185e7v/xOOP/+v0f59Z9brs2t0TYmOAtZF18LSk3NFj4rL1SscPkknSg9L0kehf08Wbp5/b+iqPvb5dOgDid2BUlFRZl637Z+Km2KH+x7tfUf2tPzRyqPe0xUvtbgJX2jKWdtth9iPLscyOU+I6g5FIfZWnzZ5Wlh8yU9K5oa6WS3xUdUz5wz8hLdp+2P/XicvNDL3zaYfe1jzturdr08soTH6tie1h1mvXFx519W/bqMvl4x1fsL/R6dcjnHbua/Wht0T3jZYuasi2WJkkqy6IftnQvndipR/7WrT0LZq6yykjf1itbvdp6Zkx27/SBq23CPrCzjXplTR/3aDu7UUZr7S187R1sS9Y6NndycDJv1tXpbDuH1/Rnu/bdd93B+cQ3XV22tM19PS+z678WVuf2W/Ze1/4RhbkDkjeuG+idnzsoOG2dq7XuMzfXqevfaDX7M/dXvNe7V61w9DC0We9xdJbTkN+e3zB0efaOYUcmb/CcsXiHV+6wDd7j4nYMX9Jr4wgX/50jY5UbR5k77/QZfWmjz/UOO33tD3/ie6ZvX7+OF7v77TV39q8p6DFmTY3z2KKcHuOSRefx+Ut7BAR/5TwhI6GH2rMoL3De4syJVrvygsLiMoNbrsoLcffPDClLzguzcM4M+y40T9O8Q6Zm0+C8ugZkTQybNDNqYvj4viDY+oDGzXysxWKKhUkK45uf6/cig59t+Lf0ImhUXScy1z+6kT21LwsN6qJOgz99YXjXTU8tIGDjU6sH2PzUugEIgFoxAAlQKwYgAmrFAGRALxKBEBq8SARioBeFQA70ohAIgloVAEkQAlFwy4JsHbcs+FTLLQsW67hlwb+13KJgqJZbFIwkRBKhFgVAJNyiYIiSWxSMUNZ/8YjEQq0JgFwIgWAavIgEomn4IvIYhbuPvSMlkBalvUBciEheFLYDgSEiiSEikZGVDGRGoTwQGlnJQGpkJQOxISK5UXgPBIeIJEchPhAdIZAdZc9AeIRAehT2A/FxFr2Vx3sBAXIWnb6Ns2g1T3sAMuQseiBPewBSpCwaiJGz6Gge7wUEyVm0L4/3AqKkLBrIkrJnIExCIE3Oos925Sz6ugNn0d/QNZIoZ9GZXTmLrubxXkConEUX8ngvIFbOovNzOYtOW8dZtI47UALRIiLZUvYMhEsIpEspChAvIZAvZdFAwJxFZ/N4LyBizqIX83gvIGTOouPoGomZs2h/Hu8FBM1ZtDN3oASiJgSy5iz6ME97ANLmLPoiT3sA8uYsuoCnPQCJcxadw9MegMw5i17K0x6A1DmLTuBpD0DunEUv5mkPQPKcRcfxtAcge86i/TM5i07mDpRA/JxFh3IHShAAzqIH593Mop8qIZBz9YdQEXCb6Mi5+5OZ/z14Dn6v/o82jne8/7G3lee/Pc78r1ndN4aCBXWf2yTBj4wd6cKK/5xT6+b12r/yo639Vy0yklaP3th/Tcp4aW23ePW60H7S+hZe4oY3OkkbzvcWPzH/RvjkJ0915vVM4dMca/WmwveEzYtbq7M+jxC2zLQSty4fIWwLG6LOntFH2O7eU50zzkzItXhW/ZlzpbDDSFLvfPV5aWfxIXWe4VUp74dy8fPffpa+yDoo5u/ZKX25cJu4a80yaXfEIvGr5Lelr71jxT3BE6S91n7iPs8Zwn9b9RX3WwUIB+ZLAvd51IsFMb9Jh/v/Iv40ep90RPWl+LP9BumoYqV4zGyBdLzPB+rjNeuFwuej1YVFqcIvG2eri/LDhV9Tg9VihqdwUvOG+tRMa+G0Rzf1bwGthTOWJupidyvp7HNdxRKLVtLvL1wSS40uSqUVh8VzxQXS+SO5Ytm+HKn8ywL1haxDgrQiR31x4Xbh0jtL1ZcjlghXJiSor3rHCxX9xqorrccIVd3ixGutXIRqY3+xuspP0pc4i9eP9pVu7O8g1uwwl2rX14qKpTWSwbyTYpM4UWoq1KgN1TeEZsPFQKP+v0Y27/3VRGPV7qhnlGuCTBSro02klGBTcW5Mi2OrzrTcFRb77M7k4lYb51Qq/y/0bOvUkKrnEgaXPK9xv9bGv/vvZh6W1154rUXpi5am1W07W4a/ZFymb9fEdEq7SyYz2p8sm2L+4/kZHXb/MLXj1u/ffnnl1qmqWMWNTrPSp3Yefaqmy+Ss8lfs99S8OuT98q5m62otukddsKj5OsnSZLRkWbQ2qXup48Ue+fNm9SzwibTK0Mzule0QZT1z6Jze6W2jbMImGdpGVkf3cR9iaDeyMMbeomczB9v8GMfmzxo5tT9e4VQsGeF4+b77Dhk5n8iocMkqT3k9L6niXwsPpvRbNrGif8S2lAHJ78QO9F6UMig4MNbVOnaem+ugOLfLG5u7W02odC9Ia+7RckClR/ZU4yFlXaqGLk+dP+xI/3jPGeHzvXI7x3uP85w/fIlhwggX69SRMcUJo8xbp/qM3p/go7+c6mv/yXTfM0oTv477qv32XDL1r9mgH7PmsOnYogX6ccm5puPzp+gDgj80nZDhpVd7bk8LnBeeONFqSVpQmGdicMv4tBB368SQsjFpYRatE8O+c0nTGF1O1GzqmHb/Lx3uUvLY6L4MamtzFvFRN3z9sXMLBl/wuQX9VGKo5QYhlhuEWm4QZrkN/wcU5xrcD71i5hlZHn+eS3PTBW7WeE5NzRqBbqlZI1AuNWsE2qVmjUC9VEwE9EuZOlAwNWsEGqbedkDF1KwR6JgQKJmaNQItEwI1U7NGoGdq1ggUTc0agaapWSNQNWX8QNfUrBEom5o1Am1Ts0agbmrWCPRNzRqBwqlZI9A4OQRA5eQQAJ2TQwCUTs0agdYJgdqpSSPQOyFQPDVrBJqnZo1A9dSkEeiemjQC5VOTRqB9atII1E9NGoH+qUkjSAA1aQQZoCaNIAXUpBHkgJo0giRQk0aQBXIqQBoaNmPU0+9RJqjkGaSCS573SVzy/KXIJc8bJC55XilyyfMCukYJIQQZIUcDpISdjVSBnY3ZanY2wgV2NoLV3IzRU+BmjG+o2emwFtjp6KZmp6O1wE6HiZqdDiuJnY6uIjsdregaJYibMV6ka5QidjoKJC65zhXZ6ciRuBljgZpLrg8J3IwxR83NGLcL3IxxqZqbMS4RuBljgpqbMcYL3IxxrJqbMY4RuBljnMjNGF0EbsboL3IzRj+JmzE6i9yMsa/EzRg7iNyM0VziZoy19P4eZY42EEgdIsodIkoeJWcge7SRQPoQUf4oOQMJJCsLZJASNJBCBWVWq+nwCkoiOztzY9jZWXWGnZ2wWHZ2kovZ2ZlTyc5O6Fl2dkKq2NkZXMLOjvs1dna6/87OjuU1dnZalLKzY1rNzo4lvW9GOWVnx3QKOzsm1OQPpZWcHZBXdnZ+mMrOzvdvs7OzdSo7O4ob7Oyk0zXKLjs7WeXs7OypYWfn/XJ2dtbVsrMTdYGdna+T2NkZLbGzszaJnR3Hi+zszJvFzo5PJDs7mtns7DhEsbMzdA47O22j2NmZZMj1EdXR7OwMMeT6iMIYdnZ6NmNnJz+GnZ1njbg+4jjXSYCss7PzeQU7O4eM2NnJqOD6iPIUdnaSKtjZOZjCzs7ECnZ2tqWws/NOLDs7i1LY2QmMZWcndh47O4O4TgLCAa6PmMB1EhAWcH3EAK6TgPCA6yO6VLGzkzqfnZ3+8ezshM9nZ6dzPDs7nvPZ2TFMYGfHOpXrI4oT2NlpncrOzn6uk4Bwgp2dT6azs6M0YWdnH9dJQHjBzs4GPTs7h03Z2VmgZ2cn15SdnSl6dnY+NGVnx0vPzs72NHZ2whPZ2VmSxs6OZyI7O/Fp7OxYc50EhCXs7LTmOgkIT7g+4jLXSUCY8vfqI57SUEV2hB7iGRF5PugT5f9ER0x5lO//79b/xU4+/9Fo6n/r939pc6uryRS5/8udd6iu/0ubWy9F7nqnZC2RKwGfGP73DZwWFBHzQGOY78H/Dr373HH+v7fc/6XR+P8bGvr/X+hW5Jlp688BLohtpTo8wFj50+iLqiOqUuXP9gWqo4pvlcfMclTHxM3K4zU/6k7s0ipvrwUTM+J0JzWC9tRMfx3XhDnruCbMT8U1YX1VXBNmruKasBoV14SJKizRuJB1XSe9lae8uLBId+md3drLEbt0Vyas1l71XqWr6DdXW2mdrKvqtkp5rVWorto4WVldNUelLwlVXj8aorqxf/Bfnl9srDpH84tNFN+teSjzi5/QWjS3ywWO7lYLLNwLchw9Wk6x8Mhe6jSkzKtbY6lFu3tvgMaYfb67iKsUDOpVKdysT6ARma4Nx2TKRnl9HuIpR7F1RvkXOu5hYab9s2HGyFFk6AJPsaF7UcWGbqmSDd0CFRu633LvCuAu7mGxWcmG7o86LlXTKv9KqRpyGxu6Ql3pmr+uYemas65h6ZqfqmHpWl9Vw9I1c1XD0rUaVcPSNVF1s3SNDd3rOu6hkadkQ7dIx4bubi0burt0bOiu1rKhu0rHhu5cLRu6yTo2dFcp2dAN1bGhm6xkQ3eOig3dUCUbuiEqNnQHP5Lh0cjBbOjy8GjkYjZ0G8nwaLlU739aqodaxIbuAgs2dHO4VA90iQ3dpVyqB/okl+o1LNV7enVSzqxll1b+83Dzf01kmGbaA/0bf+P8n51Db3n+d6N4/m9O0kSHTIqIjAp5oOf/J/6PnY3Dnf1/Zf//sfo/9afLBtR9fpX9nwNbVuR10ekOttiyctWhpAOp3bawD2SnqrSO1WK+ULU3WSt7IA/DAxlveusFPERszZoYNX/YX8YQU80KxihrYRJGWbMEjLLgcwv6Wf+0xEv0uQOdqOiE0Zc/RF/+EH35Q/T1/+ydCVxU9RbH72jsq4ojMgi4gYAo6zDsKDvIogKCoIGAI67jxhJPGwVEE0pFB2h87qaWJoILBgouoYaYZqKWolKupWIZLii+8z8HTF/vZZY+zTdM8L+XPjF97p3z/Z/f75z7/0eHsXPvXx+lCP6/WHyz7eB5woip4hlz3ltK9kVNMdkXPVFes7DCPj8ILbIz+hQ/bWfYm5A8T1nwpDxnIaeQsQoZ+/rI2BEaT/UP/R3xpVCTL3Jd2LYDhar8e+X/yRMnJkuSxC+v/0cI//xm/1fF+n+vNP9Xaf1m8bum9Rjrv3Je83n5vs/ClpWtlC7/7J5k7woX6b7QrMaauS20Bki8WuPxuWO4r4fGNZ6IOMHVmdQ2nnTYwZ3iNjee7lzEnT6/kNYGORjbeKa+QHp2wwJJ/e506bl5UyTnl8VILySHSxpmukm/CxBKvh9pLL1ori+55OfKXe5o33jFzIi78hO/8Rr831w7drfxh0sN3I91+xuvV+/nbiysaPx50hrpbZtRjfd0AqX3VVO4+3fFXPOVKO7BqQDu4UFnrqXMknu03pDjCrU4Xk4L1y71Jtd+soH0rXgNqVLYg1nKntdnq1jXz1Y1+TJTTbcqU53bkqXeuCpL43x+tubpSiWtqulztHeuVNbZsEhFtyhTpcO8aaod05NUOyVHqulF+6l1DhCp8Z3M1buYG6jr9/CZ31X1gYZBO7Ncg5/0cwUNarmGx+7ndtvzQ57RljN5xitr80xSdLS6z9qc1yPilnbPsYe1ezkc1+4d+Km2aedtOmYWC3TMWo4tMFefomteX7rA4lp4B8vdSxb2PS5ZZLUsdVG/0iH5/WdG51vn2+fbiFP0bKfyF9v5RenZD7m7xMHMubPQ9psljiqGfJHgDl90qYXv1Hya71x9nu/ybTnfdfMDmVv5P/nuH9TLPOTv8j0nVckGZMllA0NXybwSZ8i8+2cV+HgPzvH5eUcXP6uJKn7Hi7oEaIWpBJRm6Adet1UNWlpQOKguZG7wP9ILQ7Zbzw2NjSkMk3WcN9jVrWjI9NvzhhoaF4VH1M0Lf8ArinQoey/yopFBlNEJ9ajPOUF0yw6N4WsaBDH1RRqxWfsFI3ZnaIxM/EjAEoa44L3y+Jz0+aOs1sgTxDHzE7XmyJP83OYnXR8jF5sZzxfXBsqTVXjzkzf1lT/RmPwHvGwl5Rf7eh4Pe82PT6/Qi8ea+FP3v63c6wUpidebXvfltT0g/jwMYmIn8fvixbj4I48e1mE8IjG1UkoPTd1DscTYRA8FZdGyJMCop8WUGv6e8Yr2N4hrpNrwCY5qw7W0bAnwi2rDmxupNlxE+xwAy55axgSYRrXhAinVhhdIqDacLqXa8BQJ1YZjpFQbDpdQbdhNSrVhoYRqw8ZSqg3rS6g27MpRbdi+kWrDRrSvArCQasMcnjMmUm24gaOHffY3Um14P0e14YpGqv2uwb/PWEm13UAp1XZTOKrtijmq7UZxVNsN4Ki268xRbdeSo9quId2pQi1K73LwGRTkKtV2DaRU29XAkTEWa7vAWart1s+m2u6XmVTbrcqk2u6WLKrtrsqi2m5+NtV2KymvBg5TbXcl5dbAY6rtZqpQbXca5dbAZhLFkWokiv0ozwZOkyg2p1wbeE2i2AcfemDcJlFslkuiWD+XRLEajozjJIp/yCNRfCaPRHFtHoliHcrPge0oioHvJIoPa5MoPk45O7CeRPE2ytuB+SSKjy0gUTxFl0Rx6QISxeEdSBQvWUiiWLKIRHHqIhLFQ/JJFEfnkyi2zydRnKJHopi/mERxFJ6zuYJEsTPl+zBnkCg2xJyfzR04wvxBovg0n0TxeT6J4nIc2XxCoviffBLF9TISxe/ySRRXyUgUy2UkilfJSBTPkJEoziogUTyYHtqBeYdE8UR6aAfmHxLFYfTQDsxDJIptVUkUFxSSKA6ZS6I4vZBEsfVcEsUxhSSKO84jUexWhKIY5ioSxcZFJIrr6KEdmLdIFJe9R6LYiDQNzGEkiolgbC4jUdwgIFFcpEGieL+ARHGGBonijwRPimI2z1FtN30+1XbXyKm2GzOfartz5FTbdaOHdmD+o9quMT20A/Mg1XZ59NAOzIdPie03ek5UqPIXpMofz78KRa7Q//9V/0fHj5s+LX7aX3mPZ9X/HG1tFM//vL76P7312IglcU/W+1rKIqwfrReZcIWO1ry5Bibt0rpat58sXPFWvEOx0mD9lcoDupSoWN9fpZI3uFRN98xqtU219uqNu9donN+1TfP0t721qpZv1965y1RnQ4WjbtFysw7zlok6ps/q0ylZ6qQXnWDeOWCUE9/Jx6KLubezfo/4T7qqmboYtPPaaGCpZ2jw08AKQUPvjYZf9arotldlk1GJ8i7jlVc3maQ4uXWfVbOpR6TAvefYK/16OTx07x34RT/Tzuc8zCw29jdraa4yV3/f2rz+bJXFNYmN5e7KPX2P55ZYLVu5t1/pxNL+MzP3WeeHldqIV3jbTrXdauc329t+qN42B7NEH6Ft0zZHFV9fkWEnoehyH1+n5l+EzgfUfV2+PSl0LTatdivfKXRfoFrtIZcLPSddqx6QtWP7wNDD1V6JRdu9+396wMc7Y4fPzxf8/KwKHf2O7/ML0HrHMaB0rX/g9VhR0NI9BwfVpZUF/2P1wZDtw8tCY7MPhslcdw52FR8akmK0c6hhwKHwSG5n+APLQ5EODZ9FXvQPjDJ65Bz1uUVQdMsFl+FrNYNi6ve5xGbdCBqxe63LyMSjQW8vy3GJC/6xJj5ndfkoqyM1CeLs8kSt4pokP3F50vVFNWKzgHJx7bSaZBXL8uRNkTWty7jx3vrdl7LSy3jB1HxkFksKZklo6Tbev/n48FMP/21X9O6f8u3DuQFB+OPNrjnyfnXR/8AKnu+0Hhsxpeax9+ExrDvmOFb+Xl0RQxqlnYiQCKGN7wnhjdIOQpyknXAFSTsHrNexcEdpByFP0u4+te9C6JO0O0Ptu4AAkna715C027WNpN23vUnaLd9O0m6XKUm7CkeSdsvNSNotE5G0m9WHpJ3UiaRdgjlJu1FOJO18LEjaeTuTtIv/hOqdpi4k7bywrslQQhJvYAVJvN4bqe7ZC88ZWlDiAV5I4l3dRBLPyY0kXs0mqnsK3EniXelHEu+hO0m8L/qRxDvnQRJvI9U/AUMk8d63Jol3tooknsSGJF7lHpJ4uSUk8VbuJYk3sZQkXuY+knhhpSTxVniTxLPdShJvtjfVPfW2kcRL9CGJ17SNJJ6vL9U9O1H9E3BGEu8XPGdYI4l3Ukh1T9Nqkng78ZxhjiSeXEgS71o1Sbwd20niHa4miVe0nSTepwdI4mVQ/RMwSBKvkOqfgEOSeO9Q/ROwSBIvVkQSb89BknhpZSTxVh8kiTe8jCRe9kGSeK47SeKJD1Hd02gnSbwAPGcIJYlneYgkXsNnJPH8A0niPaL6J2CVJN4F/LwwvJLE2+dCEu9GEEm8tS4k8Y4GkcTLcSGJ92MNSbzV5STxjtSQxMsuJ4lXXEMST0xtvIBjkngB1MYLWCaJZ0ltvIDnNonXWkz9vZeK8st4KbcxegbvRZBaIeRebHmV92eKq8/O/5PGj5+UOm5i8uikv5L/P1f/py2IAjvOxNYncQJbe3KiIv9/BfpvIlyXhGnsI/BX3wPvv4PDc/T/2gvtHDgTB4X+ey3uv1f81KT0v3j/f2/9D0eb36z/IVQ8//1K9f9brd+C1gmNHWu2GB2WBn6jLAr6oEY1ZMNSUahX7foodZcPh6/RsYzZqRcTm9dNPkLmEzQy4XPB22krhsUN2jEuPmr2sFF9i8YliBKHJapuEVACwxYLf9IRbntbiZS904fFbPJmx1bwabC0FnGWNjZvurDjPc+dQKkGdwNTZLgjmCLDXcGUGO4Mpg5wdzBVgDtEVQodbNFjdwpTWLhbmMLCHcMUFu4aprBw5zCFhbuHKSzcQUxh4S5iCgt3ElNYuJu/pqR/5o4qEsAXkgDip+fPevh/hP/e8SnJU18i/5nZ+5v+L4X/+7rwX7WNOpeXenJNfud0W/w+Aero+QcV3I8K2fCxf6jXnVNIAY5RoH37tj8ySsL+O98w9hfYMcW+I3w7KGj+xHXF3g64tvj8PVxfpLsf+lV4nZHucK2J7h/7E93vnHpM3+e47grmvnrm/t3yf+/pTIZ7R0xJSR7/Z/YCfxb/7WyFv3n+09FRwf9XyP+2L0ErA3B1u68rUqT19nFxl13bSVu58zjPy13Ryhkb6//nlQAfXyvsJ4Trhf1/cM2Q8XDdnmD2f7x2Cj4r1gZ83fgfHJ8weXr8lOQ/awA/q/+Dbfb7b89/2zvaKfj/ivmv8kQhmR1rM3jJT6RJl1b051bkbI07qTmGa96bxz0omck9PBDNtaQUSx+tc+G4yEVSXk43rp3HZq69xEn6lpYhpxQmmKXUJJqt0v/hbJU6g0w1nXOZatseZKnf3JOlsbyrkuapeiWtmc3K2mVVyjojz6roFq5S6eBeqdoxLUu1k9FKNb2o0Wp6LZlqfJG/epf2oer63RPn639no2HA8801WJeQK7jQJ9cwxye32x71PCOxWZ5xQYmWSfTMvO7SI3k9Bsq1eyb/oN2rxwzt3gG12qbt3tYxM9+sY3Z7u26f6xcWmH9dqGtRu2+h5dZ3OvTdtHaR1eLYjv3ycvL7T3PvZD0hOd9mxPDFtpFz9OzcXBfbC8d0duhmtETID+wsfMjJHJv68kVnGmRO667KnCv2y1wqLWSuay/w3ZZrytyz9/E9Zt6QeSat5Q8YeVQ20CeH7+VeIvPut7rAx2hxga9SUBc/lS1d/O6s6uJ/Ob9LwMks/cAD0/WDC/z1Q3Kc9ENTLfTDJBFFg+N8i4aEORYN9exTFG7dtSjCRL0oUqf5w8hHP3447ObZD6POHZFHf1kpH15ZLI8pOyOIXV8rGFG4WzBy7mbmwwnixiwUxEfNFozynypIECUKEvtECJL0fQWjO0yWi3mj5OJbQ+VjLnjLk485yNsKjDyl9v/7V/snZ0TmGvHU2o7p69ffsPlyAFugfQBbqf1NVpPw9TxByhKNfyjxUUyyYGUjC1jaRWYrJiIscLHBH4IXG/whgLHB/wDtz4qBjLtxuNC7QEDj9YWgxi4QCGzsAoHgxoRFix4EYEGOIwQ6/s9BsOMIAY9JCwQ9jhD42AUCwY8JDAAAu0AAApjEAAiwCwRggIkMAAGTGIACdoEAGDCRAThgFwgAArtAABI4AiiwCwRggYkNAAO7QAAaOAI4sOsD4IEjAAQzOIAIdn8ASDDxAZhg9wcABbs/ACrY/QFgwWQI4ILdHwAY7P4AyGD3B4AGEySADXZ/AHAwSQLo4AjgYSODD3Z/AIAwcQIIYfcHgAiTJ4ARdn8AkDCBAihh9weACSdWgBN2fwCgsPsDIIUJFYAKuz8AVtj9AcDC5AqghSOAC7tAAF7Y/QEAw+4PgBh2fwDIsPsDYIbdHwA07P4AqGH3B4ANuz8Abtj9AYDD7g+AHHZ/AOgwgQPYYfcHAA+7PgB6bGTgw64PgB+OAEA2MghisgcgRPMDYIjdHgBEND8AipgAAhix2wPgiN0eAEjs9gBIYrcHgBInN4AlJokATPwYAzRxBHCykcETE0cAKHZ7AETRKgeQolUOMEWrHICKVjlAFa1yAGurVY4jA2yrVY4jA22rVY4jAy52eQB02cjAi10eAF8cb9FqDAzC2O0BIH6y2+PvBWOFhHkxFhN8vXwl88fy/9Spf6UJ45n+j529Yv3v19f/ad/6rdlgYisN/KZHFGGp3eM/EddmN5PRLHyjDf7nuWD4cCdcNDLye0T9yvRnXDwFQhUu0Gvk/yQET5+SOOll8d/e9jf+v9BGsf7HK+d/W51ybOux9sUNVzk1/YffqW1c+736zbWJGsseXNQ8teei1sz6S9plqy/pjKy6rFuYfbmD+6orHdPEVzoZZV3Viwq4qtcy+ipfZHmNfzlzrH53/3H6B5LGGfAsxhus8xsvuKA53jDHfHy3qhsTjMQaE4xXHJ1g4nt9QndpyYQe1mo3eiYfudFL54cbvfvxJpq2G3jTTOu7SWYNvRr7XP9cYr5XudGidt1ky096Tu67ad4Uq/lKU/rljZvaf+zlqdYTgqfaBB6aZhuZfNvO4pNp9sKgXxzU86YL+Va/CH/e0OTYpNMkOj6/yenErSbn0glNLpXaKa75oU1uyxpT3KfaNHnM/CrFMzYkZcDIrSkDXa1TvNxlKd6GHVN9jNJSfZpvp/q2DE/1u5N9x7/eNTXgpPhu4G6jtKAdAXcHLePSggss74bMaEgLTdW6Gza65d7gOIv0Ib7n7w311EwPN917L8L4Rnqk8pr7kY+OvjPs0pz7UedKMqKrxzQPr1ycEbM5OyN2fXHziA/EGSPnLmp+e1JARtyYac3xoZYZo/wjmxP6a2Uk9hE1J2nfzBjdISJj9F2NZvEtx4wxJ683Jx/rmsGml/b/qyWaH89i24/y4BOyvorNJuwnm8tChoMWCBn+Jj+Sw+M9V/zgmg4bcL9QjCMcIZbICllLG5NCTJEVsoc2JoXYIitkNW1MCjFGVkg2bUwKsUZWiJg2JoWYIyskgEaIPbJCLHFjUhaDZIX4YzcXi0WyQixoY1KISbJCNGljUohNnP0hPskK0cCRxSlaIRCrZIWU0MakELNkhRyhjUkhdjFLgPglK2QgbUgKcYwjxDJZIZ/jhq4spskKWTcZrRCIbbJC5tHGpBDjZIWMo41JIdbJCgmmjUkh5skKSb6NWQXEPlkhQb+gFQIMICvECs8ZC8gK0aGNSYEJaIUAF9AKATaQFaKNG4syRqAVApxAKwRYQVbIV3jOmEFWyFbamBTYQVaIjDYmBYaQFZJGI7AELRHgCVkh2bghKeMKWSFi3JCU8QX7QIAxbGScIWvEEs8Zb8ga0cJzxh2yRiywdZfxh6wRTdqQFDiEmROwCC0R4BFZI0dxg1LGJbJGSnBDUMYnskYW4znjFFkjxfh7xiuyRhbhOeMWWSPT8Jzxi6yRSDxnHCNrRITnjGdkjUTQCFwja8QRzxnfyBrpmtGWRr9unFNk7S/A+ACmKjL31yv/D4sfP+El7v9m9x/qv/BbRf7/CvP/Jx8kHtp6rNtUuIlrurS8+G4nr6q7B45b37ud6nn/uLC4eZ9D1YOKodYPNw7xbFnqYP0o195TZXVgqWqvSau7WFd8pq88okb/WGR510sehw22iCoEX8YOMlxoUNFts3uwkeTBLuMPTIJN3m3v1n1Su+AeTs3uPUO+D+nV9ax7bxF3pPe9Sg/Tn+5+aXZ6pWefO/uPmu/dVWVx8qNjlquW7+m7Y+5XVrNn7e1XMPZ4/1EJ+6ylOUNtBvrst41LDrdzO+lt7xkU4aDh7SPUKotwVD5RLeJ0IkU1qr5OVy3rnD++5utySKvO9b3Dvm7rb9a5j/3U12PusTrPoV9UDxhTWjfQbmO1l/+SOu9O7x/wsSkZ5vOz5IBfh8XD/G628/O/lTIsoGKSf+CxqKigMu7goC3OUcHVKv9i71qgoiy3NigkApqZ3EFB0QGGyzAzDHe5i1xURENUUIfLiMrFEBBCTxboqZOViaKkJys8pmL+v6W2joJax9XJQrOOgqmoJdqpBMvLeBT5/fdlBuFgIglC9vkt2OPAWqz1zfPs59n73e/7jR0f8+KJCeu3fxYT/M03ExetOBQrVk+dlJB9aLLRialTPC9GTvmfSyfjQ5Z93vah2nrY33/4DfR6mr48P2r0zp3jR3Ff5vlzuC/z+FEcSOJ3tD/lhpOLRA5fMviSPtaHzbVMW/26Zb8n5GkkF2BPEaBPZ20D/CkCBej4NKABHZsGVKBVVaADraoCJWhVFWhBq6pIDfwH9CBLABShPww0IQkHqpAlB7pQBMqQnANtyJoDdciaA33ImgOFSOKBRmTNgUpkzYFOZM2BUiT7QCuy5kAtsuZAL7LmQDGyAkAzikA1suhAN7IFQDmy5kA7tuZVB8giAP3ImgMFySYADcmaAxXJKgAdyZoDJSn9Ay3JmgM1yZoDPXmVspb3qANNyZoDVclGAF3JkgNlyZIDbSkCdcmaA33JmgOFyZoDjcmaA5XJmgOdyZoDpcmaA63JmgO1yZoDvcmaA8XJqgDNyZoD1cmSA90pAuXJkgPtKQL1yZoD/cnWQAogaw5pgKw5pAKy5pAOyJpDSiBrDmmBrA+kBrLmkB7ImkOKIGsOaYKsOaQKSsmQLsiCQ8qgCGmDLBKkDq317YXpQ3C/XbOdu3Wq6h3rf7FZOWmp2cru8n/3eP67wl0h7P/pLet/LU83H9DHRZ+faq7NFZAH9DgPyITnv2tyFN6lloW+e94pIVMKq3u/p/p/UlZuTtrMmKz01N+e/zt3/odU4iHXsZW6urrFKJPnqOYkuwXlJs9LV2amCPm/Bz7/gqyFyof4G53Xfw+FQi7of2/T/+93xLdRNVABiXZ3qaD/OppdX3iX/lv/294pQf8F/f895f/J2Vnp6d2X/6UeEnm7/O8hzH/2ZP5vfU6Bi+a1cfCAcNPgMfqbQlKsRoWO/P69sJBm0Rj9Q++FjzgrCm+8KIro+7Eo4shnDpHnyx2itm91iK7ev3nca8sdxm97Z/OEzEyHmOVFWyZO+cuW2PTULZM807dMjg7f8ozZ+C1xzo5b425ItsabjHGKrx1cMfW6g3ja7msV048bihPefkqcuPOSeMbzV8UzVx0Rz5p5XKxc/GNFUsBH4uTE6oqUYWXiVP/tFSqDXRWzbVZUzP73moq05uyKOZ8VVHR2jbglWVvb6uq19IR1tKOZUviSPNbDLPfpjt8TENRFBVBQBGBQQgdwUDcVAEJdVAAJDTgAUKiLCmChCIChpA+goQjAoW4qgIe6qQAg6qYCiKibCkCibiqAiQQCAEXdVAAVdVMBWNRNBXBRNxUARgAHkJGIANBowAHARhEAR4ICoKMIwKNBBwAfDToAAGnQAUBIgw4ARBp0ADDSoAMAkgYdAJQ06ADApEEHACcNOgBAadABQEqDDgBUGnQAsNKAAwCWBhwAtBQBuDToAOClQQcA8G8ZdHggEAsOpGsmFX7/0woPov9xWQtysuZ1X/0n82y//i8X+r+9pf7T12QD4x/iX17iMs57uOuupU+nPh8WpT17qGU86u7BQ3+Eo546c+uwMMTbR+ukcAspUcFtJEV4ng/ge8DbKeRuoXp8FPmfkr9bV/yNzp//K/P0dBfO/+0Nn390VubsglRldlJBauZDff6d6v+7u3t4cv8/LDc7a36qW3BqdvqcTOHzf4Sf/4I5Sreu+Ru/gf9yucD/XvD5B6WkZnbN59+59R+5VCb0/3rd+s9JpVecdlXDyUm7qoEP+RDWf+6u/+Bdar3+0/5OCQ5ecPC/k/yfnqHMKejm/C/1bJ//FVJh/0dP5//+muzmoXk9aKtF4eld5ZclJqLFW0zNP7A0M9jhZHbzwjrzH+orLE5ZWFtWz9lmVZlXbb1tdrXN+vjDQ5dHHB62yOewbbr4sF2C9eHh0QOOjPD9vyP24stHRlqdOzLK6KsvRXrNE0TXGmMc6htmOeavnuV47GiM08GPJ4p3fjDReWN5rMuqVbGuxUsnueXkTZKkzJ7knrjymDQ745jMP+eYPHbCcQ+buOMKqftxRbNXjZfV+DivOssa7yZJnE/l7RrfU4Pj/DZZxPnvuRY3emlTXMCbNXGBqXVxQUVXalLPfepLGbpvH7709FtdT/Rr89+2Fyb1sfa0phGDyTlpvq4BHeRhrP2ufUfXuPXvcPr30DRyFI/1fgvdDo6ta4ctVE7EF0bEGOkW4AwjYo20C/BGETCHEXFHOgbYw4j4I0kGDNIKCOCQtA2wiBHxiBExiRFxSXoH2MSI+MSIGMWIOCUNBKxiRLySDgJmKQJuMSJ2MSJ+KQKGSSMBxxgRy6STgGdqAAKmSSsB1xgR25QnAd8YEeMYEeeknYB1jIh3jIh50lHAPUXAPkbEP0XgAEbkAUbkAkbkA0bkBEbkBUbkBkbkB0bkCEbkCTUogSstjqbn+CLYpi578Pfdk8U60P+MDOXDF4Ad7v/0/O/5D7lcKpz/3tP6/4QGMPGa10/tLq85+kR2wXf9jCtiDew9kw0azvzLUH9uveGXgycbfX/5gvHJ3OMDDo1QDVz5ec2TW/RnD8reVmv9/vF0mw3964aubM4Y9uK5RNvssxl2SZ8kDo/9OHNE1Jkz9imVmSPFB86M8szKEhm9e9bBaMHPDt9FznKs3zff6QvVt+K9qb84V4z9zmVd+BXX/F3n3YpTFkji/3bVPWVMjjTokxxZqEOO3G5jroe9Ya5Cd1mu53MleZ4/vqv2+m6R2vtf+/N8Ppmh9v3wnTy/8pV5/iVFeaOLcvIC1k7IC0yOywvKVKuDo7PVIX7J6lDnyTfCgtxujDFW3Ai3e+pG+CXzGxGGrgsjvrj1n8gfB+VHVZz+T/ShK/njVt3MH7/lWP6EnFP5sR/OmDNJvqFgcuzOm88MeaEgTlp6K675r7fiB+ffiq97vmnqlWlN06qUTdO/9mtK+GtIU+IHQ5tmLB7ZNHOdb+GsxH5NykKbwiSzO03J0+4Utt3U9WtXX7706NK919Wn3Tv4aGW7/+UaFCcCrG0xvfF3fgdq0wGYbMPwCMewsMe7nOcE2BnYoyVB6NMPAf6kN0ABjEgDikAFjEgHikAJ0h+gBUakBmkQ0AMjUoR0CGhCGgRUIcsCdCFdAcqQZQHakGUB6pBlAfqQ1gCFyLIAjciyAJXIsgCdSH+AUmRZgFakQUAtsipAL4pAMbIqQDOCBlCNrArQjbQJKEdWBWhH+gTUI6sC9KOUDhQkqwI0JKsCVCS9AjqSVQFKklUBWpJ2ATUxIj0pAkXJqgBNyaoAVcmqAF3JqgBlyaoAbcmqAHXJqgB9yaoAhcmqAI3JqgCVMSKdSR+B0hiR1hiR2uRAgN4YkeIUgeakoUB1ikB3jEh5jEh7jEh9jEh/jJgCSG8hDWDEVIAR0wGlVUgJpMGQFjBiaqAI6YH0GFIERUgTGDFVYMR0gRFTBkZMGxgxdWDE9IERUwhGTCMYMZXQkjGkE4yYUrSWrVelFcHEddXhsF3TAevA/2UqUwqyu9v/ST3bP/9VIuz/6Gn/Z6jBWpDm9ZCtFjbrd5UvP2AisvI2NZ+w1cxg/B6zm2/4mv+wIsri5MFKy2qTaKvK4enW255Ot1mvlzH0lesZwwovZtjOq82wm/5ZxvCov2eO8N2aaS9elznSannmKKPFWSK9zZdF18p+dqgvg/o5CGrnwp+dDqb/It6Z+IvzxvFXXFYFXHEtllx1y7G7KkkZfNU9cXSONNsiR+ZvmyOf2JTrYdMnV+Fel6u4XZ/nZXlT7XX60zzvW6fUPpWb83xPVqn9/nZQ7b9ng3r00k3qgDdfUAemvqQOKnorLzhsrjokeUle6MjoG2EhSQvH6LveCB8RujC8MWphRN9RCyOOuORHnjfIj9r+ZH50tcxg3Kt3XtLWv3q6cLXZPd/P4IE22cOvQRLbRJvYNh/A5HbwHFa+u49iItp9FOtffl/7WpcfnjmI36eK2F0KX3L4kj3uj0XtuI3UDqLcRrJZz22k5Qe4jWTlzW2kCVu5jTR+D7eR3vDlNtIKmr9CCHMbySSa20jD+Qg8gDO3kfT4CDyANXkygDZ5MoA3SQdAnDwZwJzbSFszuY20jj0ZQJ7bSIvZkwH0uY1Uxp6sng6pJxpwG6mQj8IDOnAbKZG9GdCC20gB7M2AHtxGsrvKbaTB7M2AKtxGsmBvBpQhbwa04TZSH/ZmQB+KQCHyZEAjikAl8mZAJ24jbab/I63ImwG1uI20Qc1tpE18FB7QjNtIL6m5jfQWH4UHlCPZA9qRNwPqkTcD+pE3AwqSJwMaUgQqkjQCHSkCJcmbAS3JmwE1yZsBPcmbAUVbt6l6FU0F39Nlp2M8knPxhfU/8n/P5ihzu7v/J/X0aN//kwv9v97i/2Sa14O2Wqw6t6u8OdDU/IgPr/1drTD/4cpei1MiZ8vqhZVWlcWnrbflnrZZr6obunxK3bBFY+ts073r7BKc6oZHW50Z4Wd8xl7cfGakVeOZUUZnz4r0jWaKrt2e5VDfNN8xv3y+47Ezs5wOfqkU7zygdN64I8ll1btJrsUlyW45KxdIUooWuCduvybNfvmazH/FNXnsvOseNtnXFdJx1xXNk9VeVnPzvOoUau+m6DyfKnO17ynXPL9NHnn+ewfljV5mlhfw5pW8wNSbeUHFA9Xax6r0geue+mDQr/2FkuBGMPEKvPt4Xe0qhmblotUqBgrG3d/ktQy5Zj1DIbi2NsBi17bqHLu25kB2a0d82i76Xa1gt3aFT0UD0LFbW8inogH42K3lnma3puIOGgCRF/3G1vGin3cdL/o51fGinxV1yhCc7Naaz7Bba+QOGgCVhBDAym7t9ix2a018YDEAl93amVns1r5Usls7oGS3tiOJ3dq7SezWSpLZra3kThoAm93a9mvs1l7mg4sB5LzoN48PLgaw86LfOI4Ael70m8uuDcDPi37R3EkDEvCinyt30oAM5NaAEOTWgBTs1q5wJw3IQW4NCNLionqWJIJn6n7P1KH+ZyWldrP+yyTu7fo/Hjj/L+h/j+q/kQY/cs1r0P/X0jA9m4he+bup+QGnR+sBipMlKbnJ7olv10uzC+tl/i/Wy2MTL3jYpFxQSAMuKJrHXPSySlB51Tlc9G4arfKpMrzoe8pW5bdJpPLf20c1ell/VcCb9arA1J9UQcU6F7XpjYYZHrxIhLzisbZ9ftNtGWX4tfx2N/v98ayAbmdAxl7gtbTWXgABx57ggNPj7QmKk9kT5CazJ3i7nj1BYT17ghfr2RMkXmBPkHKBPUEARyABe4IEFXsCh4vsCUar2BMYXmRPYKtiTyBSsSfoo2JP0F/FnqBexZ7gJxV7Ap2LrT1Bz5NGsAZdaQ2EforQ/7m3/1uQNluZpMzp3v6PtN3+Lw+Jp0Twfz3s/7QzupY6LfPfr4a29X/7fbra/91vxhQfSauovCskIA8GJA/G2u/ad1A2WsTG+K54PN6PptTm8059qOy3Xg29v9/a7/N78FuPAjyC8+i6KWThST+9X//npYEBSHlo/e/U/n93BZ3/Ku0a+yHo/2///HMKsh9+AbDD9T9Fu/U/hVx4/mtvW/8bstWiJGbXRqOYR7/+9yC9vy5c/2v1RpulDYlm3rUTSxuDWvcvZC39C3QUwhpga3CxDy2JIR8KIPtjrAF2Vb+vh9YAHw1RBMvdfeuA99f/YOXstBRlSnfrf/v5H0+JcP5jT+u/diOUp+b1oCXw7S2J3zkzSdo0s1tPfmH+76rpFqdCoi2rS05bVX0Wbf3+PxNs1uc0DF2e2jBsUVyDbXp4g12CV8PwaMfGEX6WjfbORo0jrW43jjJquCzSt8gSqfMHOXy/Z4XjieZBTp8HvCHeI3nDuWLBYJd1KYNdl28qcVu0pkSScfJp95nWq6QxM4fIAmOGyN1XrvawK1qtGPypiWefj0w9r94s9brgZ+pd86dSn0+zSn0/+sDU771yU/+1F0pHv1RTGvCchWngvOmlQQlvmQZHv24a4v9VaajLJ2vChumbjRmoNgvX8VqjSXN83Wcjc/sLUo3jRsr8b+vwjhdKZpjY7r7GlBbcktbkj3n7qTOAQq2fs2wHbfpHYFHCBXBRBICR1gPIWOtDolnrS0jbEXCk9QA61vqcBtb61AbW+rgG1vrwBtZ6rwbWekd+QDkAkrQeQMlaf7uRtb6Bp7IBoBQBpKT1AFT6pAGslNABsKTxAFpK6gBc0ngALyV2ADBpPICYkiAAmTQewEwaD4CmRA+gJo0HYJPGA7gp6QPAMSLIKQLQSeMB7KTxAHjSeAA9aTwAnzQewE8aDwQgjQcSkMYDEUjjgQyk8UAIjEgKEhYgBkYkB0YkCEYkCUYkSitP8KjIImh/V7Xbfsv8T7AyLVv50OcudnT+m1zS7vwfT6lw/ltP67+OBjvao/8Hf16YvupLs6lj9f6y8oAmDQDn3GhzjLsX/g74eENi80CNj5dJNM3zP/T5cC13EIUO7yJGvJOU3eButkqsnbijQm4UzpHr3v5vsHLew2//6HD+UyZvN/8pFc7/79H8b9iqRRei07L/Y3Xo9yeNY0xEZYe4B3w40uyW7l7zH3W+sDjl4WdZvbTaqnLlJettRZc6VQdeN5zvcKH/Esdjt5Y4HfzpBffEb+yl2TvtZf7vD5HHvmTiYfO6iUI610TR/Kypl9WyUq+6SabeTWmlPlUepr6nIkv9Nk0s9d/rXDp6maw0YN3A0kCVSWlQsdg0OOxGaUjKANPQkd+sCQu5bDZGf++a8BFfmYU3njCL6PuhWcSRPeaR51ebR21fbx5dvWPtuNf+ZD5+W8naCZmzzGOW55ZNnLKoLDZ9Stkkzxllk6O9y54xCyyLc7Z6837LzE/oGfTXuuP7X5CSXStbt8k0jTBj7XftOxqD3OZ32rbJ5I//WXItj7X51QrznpDlrvJqmm5A6PJ0Q9mhtt3lw5FccepSVxnhzBWnhx9XnEurubu88hJ3l4sudWvFCXSgihMowV3lW0u4q/zTC9wl/saeu8Q77blL/D5XkEAV7hK/zvIIlOEu8bOm3CVexhUk0Ie7xGlcQQKNuEscWcpd4oml3CV25goSaEUVJFCLKkigF3eJxVxBAs1IgoFqVEEC3aiCBMpRBQm0owoSqEcR6EcyDRSkCDTEiFTEiHTEiJTEiLTEiNQkSQd6YkSKYkSaYkSqYkS6UmoDypLsA20xInU7mhLpIfoKTq4Lj7ZrlSqE+ZKH9X+Zs+c9zKOfHqj+BwPYrv6XC/t/ekv931fzZYwq9O7c2Qe5UoXkNIP0Eb7TiZ28eMfNO88/crnfcsPQdcTtXnoQI964u2V+BzdP0AOhsu8d+T87U5mb3r35XyaTte//egj5v7fMf4Vqi6l3ji++vav8W1sTUVaZqflGQzODckuzm7WvmP9Qs87ilJGxZfX09VaVaZXW26ZW2qyPrBq63Ldq2CLnKtt0myq7hIFVw6Pu7Bvh+/M+e/G3+0Zafb1vlNE/9ov0LgeIrp0LdKg/G+OY/+cYx2OfBDod/DBIvHNjkPPG1cEuq5YFuxYvDHHLSQtx+2d0SVeeAR8ctj8uJPlYTejId6aEheyuHaNfNCV8xNra8MYNtRF9n6uNOPLCicjzCSeitiefiK4uiB/3WtiJyVFXI+LUP057kLOwDfo9cd9Lrx+uiY0vps9hFmbx+UuwQgA1MNZ+176j2Synp32NP+UqAmdkvB5rydU6ex3dzqAVRRcRyxsbvrXl0j+rjEv/jax1gGAeLKt9hQfLatZx6W9kzKX/9PVc+qdVcuk/tZJL/8gqLv19q7j0d67i0t+mikv/gRQR8VT6A+p5sOzbfVz6f72PS/9/7CfdBBbwYNm5QB4sOxvDg2V/5gis4BbAh0E8WLYxiAfLVgfzYNmyYB4sWxjCg2VpHIExPGDWO0+WRwaSxgMLuXXwzhRuHeyu5dZB0RRuHayt5dbBhlpuHTzHERjKrYOEE9w6SD7BrYOCeG4dhNH/kbXUAgDmdtQC6Cn2Cp6vCzeWCJV/1/i/1DnZuQ+9/aID/yeXKxTt5v9lwv7P3lL/L9RkngFU/6cmnysvfDHm/9k7F7Aoq62PDyKXRA0rU0QFBAYURRjuCiIXRW5KIgQiAwPCzDgwoICIqExpaB4+s9LPLEE7woBiZXmJT7O+Y1pq5gWxOiGmqUCAiKgoEqez1toMaHAwCg4qbzz6x8tT57zvrN/+r7X22jt3piIyz3XvGaWp2aV8s4wzBWNvXSqo/iSgctxrlypvTwio0vm/yKrzkWeqa2ou1ezfEHD99MJLtZv1Am7szousW+p3pr9SGKlhkXpW00P9P98n8PGmoN/fJzDitmWN/tktF0aej4ob9cmZ8NH7N1432KBeZrjpeLxRikP4mO3ja41f/kxoIo6QmzreuMh33pdgNsI4wnxUZZ15U/Clcbz4unGnnrlssffUQjZjsHtR2xljOGPw4W2B/5tX6YyxCUnX6IyxQUHX2BljeL4Izhjg+SI4Y4Dni+CMAZ4vgjMGeL4Izhjwyt2nlS72iP653NP0UOo0jyMV0zW2pnoZKyu8ag/e9VZfU+F9Kvuez5UFlb4fZtzzO7la4r9OdG/mLqlkltzjXkCWr/SllyPTZsdNkAY6uKfN8XtWGjTMJC3Y4uaC4LuaS0OGDqoK+a4yPfT2jeq5+0+kh5WcrZ63tbwpfO+eamHGsaaIDRurIyN2NomWfyKLcs1qig7fIJtvIG+KcVksi9X+W7p4VIhMXBmfLmmeJJMem/UH7x7oiS9Y4IxmsCK66gzxh04M78NFpNaoY0Wkw0VURILoQ8UIRMUoRMVIRMVoRMWIRMWoJIXIRMXoJIUIRcUoJYVIRcVoRcWIRcWoRcXIRcXoRcUIJr8CUUxeBSIZFaOZ/EpXr0eASCcP84jrETD66QEBAciPAwXIpwAJyI8DDciPAxHIjwMVyLsAGciPAx3IjwMhyI8DJcjPACnIjwMtyNMAMciHAzVIgRz0MQV6kAJBmA8/tZD5cNWAx+5FzIf//pA31YBHyyFvQBjmv1sOeQPSMP/dcsgbEIf5b9Uhb6oDXVQDHqoDXVQDHqoDXVQDHqoDXVQDHqoDXVQDHuxAF6QU898/lzP/fSiV+e8jFcx/b2VH8QK5mP8+yK5LAIIx/53NrksAkjH/ncGuSwCiMf8tusdad1IJa9153GOtO18pa91FprHW3QR2fQLQjrXunpWy1p0Juz4ByEcK9CO/BwQkBQqiIglRkYaoSERUpCIqkpGqrUBHVCQkKlISFUmJirRERWKiIjVRkZyoSE9UJCgpUBQVSYqKNFXlF48nUbksg6ssd8H/S5Mkspge7v91OP9jx93/0Nv+X5vXdkejNtv/tUK3x+7//Hz7mbEVDlPHHcmztvhaz2187mrBBGWTu+Uqqc3EzDIPq/m+NtaxX3gK/MV7bVxer7GdHVxmN0p23V4Aa2Kzf62jfpDQsWxirVOTg3DSoSG1k0v1hM5KS7nLgSbhlExdueu7ZcKpMfVyt5WNF92nlcjdm96y76QKpNb2pfX7L9z6MY1swB+5zxB/7mM3f3bpQ8V2aK3QfSIv/oQPLZVn4YPLyrN5dNI/foCZLVxNjwE/yMwWSmnXNn6gmS30pV/jB5vZQvFeZgtfr2Fl2eAyZgtl11lZ1rGM2UL/WmYLg4TMFk6sZbbQQchs4ZBaZgv1hMwWWspZWbZJyGyhrpzZwjIhs4X1claWbbzIbGEJ/RqD5BHl0p4NFM6tdFtNlPen5n8WpcBv9nD9z7qD/d/23PzvY7f/Z/AHa/t5HhB7rWndwiKjZph0CWt+8Aaw8HWgERVHbgcQ/G/CVQ0fGyo+uod2AHX++Dj2cZlab+d/HqK46JTkZNFf538Xz/+ytRHwDAW+CXEy0V/9r3P8/wvvXyLthsf/J/Z/2Vpz87+9vf6rjmb3aPle9/3Sxm37th+F9Cww7cXhq6uGaWfeH9Z4UDb8lwPpej/W1ow46bpM/zO/LSN3uWwZtcUye3SWQbbBMt1swzi1bKOw+uwxvldyjCeX5JhYHM0x1d+fw9fJ32rW/5yB2e0jhuZXv7Qau0RmNbZEaTjuyCYji71rjMbnpo2ZsGHBGMtVYcYTk/2Mrea7GFuHS3IFizxybVx8cm1nm+bZjRqfZy/QyrNvHqx01DfhO16oUzo1afInfVasnPxjJd857wbf5cAJ/pTXzvJd393Fnxqzh++28pjSfdpGvkf0TqWnaarZNI+s/OkaoWZexvJ8r9qUfG/1gHzvUy8X+FwRFPh+6FTgd3KWuf86/YI5vsf1ghtOTfoju0ce8aVNydECap7A0g+Ld9Y2TIVWrMeFlv2s+h21gW1/B5fttr/JDIMjz8IaLYNTX5gC68rnlXaAwWeWlRaO8lhpITCNlRZWV7HSQuZ9Vlo4KGOlhQNUwcfPMystuC5jpQW/Lay04LKFlRYss1lpwSCblRZ0s1lpQY0UP+9sB9iVHFZaKMlhpYWjOay0sD+HlRbyt7LSwjkDVlo4Ysh2gH1pxXaAyZhCXLASwyYj1nlaY8RKDGljWOdpwRhWYggzZp0nP2NWYnAxZp0nSS7b+eWRy0oMPrmsxGCax0oM4/NYiUGLKcQTKzGY8EkhrliJQZPPdn4V068xxqjEAHHGSgwn+Gzn11k+KzHs4rMSwx4+KzEcU7ISw0Y+6zztVLLOU6oZ6zxl5bPOU6gZ6zzJ81nnKSWfdZ4CmEJ8ss6ToIB1npwKWOdpljnrPOkXsJ1fx/XYzi827PfYxi5n97t1BIxz/t3j/xKkUaK4JJH8r/q/rvl/Bzt79P9BcSKRPEoEKcAizv/10vuXixdK5eL/dv7nYGsD7z9QIpKLJSJpzz4A7v138v5T5GIZ9/777PtPiEuIj0ro4fq/vVUH/X/u/t/Hpf7/TIt9HK6An1ZnHxr5zdyR5ic3WmwrTlE4Wit5zoKFPFtP1yrX1uOCNTSxvO1DW/R8rqJX9Q9pOfIX/GOYRO05/Bm94ZxIdJT4p+iH/Vn7jwrgOBiBu8D7cBeh9cGzLaCbTVDxBaDiS0DFF4GKL4MSPXghlOgtpDv1ePhi2roO3fxyuKTlSe9RdM5/T1F0dPfUf7u2/sOnDPgv8JSIZCKO/735/uNFSdEpST26/tvatbv/w87ahqv/Py7r/9IWcg95v75wyd9fmajYLsxOzBUNUeRNyUhUTr2lyB8tSiwwPK/YobW87uYbs3n1YVsSbyWZK25PXpF4J+gDRYPBnLq79pd5d3+zr2sc/COv8fLBuvuNM3hNh28k/lr6La85LznxX4d4it8y8+t4ObY8NXFpYr8MsULde3Bdf1GNQsPi7ZuaHob9tAZ+vUjbJHCl9vX7twZorO4/4LRlsk7lQI2BH+9JGXTcNXOwLLTh2Z1JWrp+/5M6/PZRHb3S+GUjvvcZqH+oftnoIONBBmuvLTf0WjrI6HW95jHOyYONZTn/MhF8sc7UdNoK/lDPN8w0zDLMGsLqzCvWR479WT9x3ImhIotPLBaO3x7x84T3vOots5ZFT1yWnmQV/9EV6whesiDA9qrNlJ+Tba0lMXajj6TYP/feNYd+7zY43Dod63jNoMHpuzmxk74KXDz509XlzvmZDS7vHIydsubAYte02vKpMtfFbvOSyt39FjV4uOTHek5Qpk57rlk8faD9Xa9xU8RedwJTvXUWVnh/c/+eT1U/ie++YUv8jl+V+G9oXDJzx1eSWcmlSwJeL5C+NOdQ2mzpWmmg7da0ObOVvwS98EpasGBNVfDt6KUhzy2oCinLaAqt96uee0jUFFZsWT0v26Mp/BPdauFy06aI9ybIIsO1mkTpz8qinH9pip57U9Z7O9f7qWFZdQyt+W2b1+nsrEEPbWHv44fJtoYjtTcgJGkwCMKSBoMgNGkwCMKTBoMgRGkwCMKUBoMgVGkgCMIVFUMWFcMWFUMXFcMXFUMYFcMYFUMZFcOZFEIaFcOaFEIbFcMbFUMcFcMcFUMdlcId/8GQx39y2CFoGPqoGP6oiAAymYABMpiAAlTEAZlMQAIqYoEU0ICKeCAFRJDpBEygIirIeAIuUBEZZD4BG2Q8AR3UBgJ8kLEEhFAbCDBCLwBQQm0fwAm1fQAp1PYBrJDhBLRQ2wfwQm0fQAy1fQAzZEIBNdT2AdyQEQXkkAJ2qO0D6KF2D+CHAgEQRO0ewBAZVEARtXsAR2RSAUnU7gEs0VILaKIsAPBEWQAgikwrYIraPYAqavcArsjAArJQEVukgC5q9wC+qN0DCKN2D2CM2j2AMmr3AM6o3QNIo3YPYI3aPYA2avcA3qjdA4ijdg9gjkwyoI6yEsAdtXsAedTuAexRmwfQRwr4IyMNCCQFDFLCAiikdg/gkNo9gERq9wAWURGNZLoBj6iISFTEJCqiEhVxScsfIJOMOWCT2kSATlLAJ5l0QCgpYBQVUYqKOEVFpKIiVlERraiIV1RELCpiFhVRi4q4RUXkqrKzJwC7XL73tO1Je4T/75YE7FH1PzvbdvP/eCUA5/8fD/+v3RKxI3EFPlGaufukxsLhJzcKCsoKit/xmXzE3Nf5hwLVtSDsno85dNTd7DNIgDAJ/hv8QzAq50RiTEUlqg1HtMxgJ6BQRamtrtSnjw5sfdbsapzMz+jGAHjmVOqD585KfoICVHz+tCjCO6BFEd7DA6W+bnkXHPGf7l3Ij+C/NK4bmm+PvP/Ftl3/R2DHnf/Sm/zXaPmh/8D3A98qH837ZrOgTqfKKsXpy80vqjgDMEihUQa202nFegzrtu9bdzo9zTsU1VSE7MoDRYjjQ6V+DjxYgic8XMq84AE/CPMuPGSO2d2wlaz1hT7dO8kewf+UqG7YffEo/gscOtj/z/n/x8X/92v5of1+/Wbm8yEsbOhcRcepvP6MPLZ92bW3PiFWkt3c5sI7fFIcn7nJvieF//Bn8qiYHuW/wNq2ff/Xmpv/7m3+q47q0OO1nv+yUtFj57+ceCOys9kMANxU6gD9kaMk8O/0sTNX1LryItmZKysVT+SZK/BBaV1ee+rDwq3Q3TeMw63UT+76P10ULxLjCtmT67+twKHd/j+BA7f/uzfXf62WHxjFkpbvh+Sljh7/zPWPrg4oe6tE5/78awM//ypoUK5T7OC1l797dpW+WDdl1vdDopslzwVeCnneX++XF2wOhw41/of0xedz5w5T375g2K3MsOFXXpPpnZPMG/GlOE7/s1UX2F2hsWXsrtAZZeyu0HFl7K7QgRfZXaG1F9ldoToRdFfo1euRY0tqEscdOS3q0jnOgiWm9s0ZfEf9DUrHMhHfqWmxctIhD/7k0hClszJC6XJwknJKppvS9b2Ryqmxxkq3VU589+kaSo/5+nxP04r8aR7NZtM1jud7Gf9k5lVbbuat/g8z71PHzH2ubDf3/XCnud/JLwr812WZz9z1fsEsudw8IGvljpdeXrtjdlzMjkCHuB1z/Lx2BA2buSN4/NidwXetdr58JqMq9I65xdz9twvDzg+wmLdtiEX43hoLYcYti4gNpywiI85biJZXFUa5fmoRHX6ycL7BZosYlw8LY7X3FYpHrS8UV24qlDQvKpQeSyv8MxsI1Ps/+kuj/W/BamdAt0Y8uF1AtWkAfwe3DnRw9OjTvG+L1jryCp1cU9JhUNEuLQgsshMQXKgYYGQpIMhQMdDIVkCwoWLAkbWAoCNbAYGHisFH1gICEBWDkEf/tw6Hks2AYCSPBwFJVgOCkhQCkzweBCfZDghQ8ngQpMzjrWLHLbfefBpbxjye6ubTGey45dabT8eVMY+nuvl0IJ0r13bzaS07brn15lMdOm659eZTCHBUDHL6oEGgo/bYccsABlKAAxVrABCkAAmqxQMoUBEWqAgMVIQGKoIDFeGBigBBRYigIkhQESZkqQAoqAgVVAQL2VWACyoChhQgQ7YLQEMKsKGGLwCHGr4AHVQEDyrCBxUBRBYNIISKIEJFGFEzGICEilCiRQDARDYO4ISKgCIFSKEiqFARVqgILFSEFiqCCxXhhYoAQ0WIoSLIUBFmqAg0VIQaKoINFeGGioBDRciRAuhQEXaoCDxVDvAEQI/LJrolm3gAsFxO8d/x/16ipd0wf/MI/29n3W7+x1Zgy/V/etP/P3iZuqLl+6H4zbHQ07xj95W8445bFCevVSu+3fUv3qmvDXin31jJO7Mjl3d21XJe8drvFediditK4nR4lfbRkQ/fB3O/rmZfPO/66Yy62k31vBu79yTWpZkqbr5ZXlc/N5R3K2lE4u3JWYo7QVsTG0YPUdy1L667+9s0XuNwzcTGyyd49xud6prM3AO0l/3tinbz7nPPNFTNH6C0KXn+l1+lLxiFSUfc/ypOf508buTn92pGpS4rG33yt3iDyM3hhq9+HG/kva9sjDCn1tgwXGgy10puynMVogXhf1f+k1n16Trz/1dnecUOg8sWB2Nujn9djc19ROyInpg+9pbVjKNXrCq0blnPn54scDucbONpnmxrlJtiZzIgxV4tM8XhRdFiR03PWMffljc43Ygsn/RTRMPk0+7lzl+4Nbh8ZFI+Zatxg+sbmuVTMzQa3Oa90uAurGjwcCvSbJ39GPzPu9MrE1Z71Qy/O+PTIWz2Y5vzEt8PLPf6iQ5V+m9o3DvT7jCb/Qh7s5FmPzy3sdkP7zhp0NDixuCx85YG3/lyQMjzJ5aGnM/TCb21K33uvtU6YefWpdPsx54omXBFanrE27PTI4Wh6aL0Uel0R8y8CJ35fkL9GGc3nVhjjffEI411xI0f6Et+1dCRfj1CH5da9QcX0g4XTk0N+NLS1tLW0OzoS73/M/Sl/qe+YF00DOh8CVZjS/CQh79vtyh7e8KPwDlP8W4UtZbqG6/1NvSuBDrmJMsP+dCmQwx4Ugh6VAx82oQIwY+KAEBFCKAiCFARBqgIBJpPBiigIhhQEQ50FQ0AovMrae7TRAlCg11Jk0G/RniwK2n20EQJQoQmWQAkNMkCMGGTLCMS2SRLloJNsmylXyNc2CRLMZtoAcjQBAuAhk2ynOCxSRYn+nOEDhXTATykAB8ybQAgepAAIcq5AESUcwGMKIcCIFEOBVCiHArARAYM4EQ5FACKciiAFOVQACoyZQAryqEAWJRDAbQohwJwkVEDeD2YQyHEyLQByCiHApg9lEMB1CiHArCRiQO4UQ6lmiQByFEOBaCjRRtgx0ydFv0aoUe5FICPDB7Aj3IpACDlUgBBMnsAQlSEIeVQAERSgCLlUgBGyqUAjpRLASAplwJIUi4FoKRcCmBJuRQAk3IpgCblUgBOyqUAnmQoAaCUS/1+ogRgSgpApVwKoIqKYCXzqZooAcBSLgWQpVwKQEu5FMCWcikALhlU1UQJgJdyKdVECQCYcinVRIk32zKJMKYcCoBMClAmQwtgJgU4U04FgKacCiBNORWAmnIq1UQJAJtyKoA25VQAbsqpAN6UUwHAWU7VcnUNgJxyKoA55VQAdMqpAOqUSwHYSQHulFMB4CmnAsircqqnDvRcBtYdO+LaLypcHvZ0538zRIuipPK/+t/4E+c/CWysufOfHoP3HxO1KKFb3n+n+b+Nbfv7H7j7nx6X/P9VLv/vhfz/oKa4Nf8vvHDvwfx/5jydezNXXeirdQBmECu4SkDPVQJe/V0lQI+rBHCVgKeuEgCI7bASALjtrBKA+CUFBHOVgSce/VxtgKsNcPn/f8j/EiI8JNIIf6lc0nP5n3UH5//ZOnDzH72Z/6n+0W8hFVJt6Josj7VvbrcY8K1dueJs6KnE4slT6s4LDupe3V+//vrEd3gDXL7u33rMrDqbWY6mpRl+pn34SMBEBXJtxXqkFf4OQjmg5eq7p35OvCuPG70mPnJUfOzkseHRk5eGx09eGl4BKr4GVHwV5I0nvsMgDK9EtXZ3w2vh1sq+df7TjAS5OMI3oRvO/+/0/jd7+3b7/2258197k//avLaxsekt37/4mjR6/Ql/a6sTpW9bfeO7cEnxtovrz8m+V5S8HVJ03n2343dJk4q+n+JW9IOloOiHRqeiHwe/UPTjP/WLSq83FF0oai4q+/aHoot/H+H40/47jpde+dXx8v/+m70rAWvyzNZBQFG0UquA4oKiCKISEgiRRfbNgFL3aimkaoELKIOAOFbLjIoL6K23LohLbUWbtko7FTBlEMeRTeVaXFod1KoVcali3FBc6pwlASxtGSoMVmOe5IQ8ofT5z3nfs33/OQesfhgTKb2Q+LlVpa1MejG0RFHVdZj0ktunikv3A5RX+qUqrpy0UV59EqP4UdlFee3sGMX1dTeU1aXRVjfmHFGqFKOtbk7apby1VGh1271ceieim9Vd86+kNX53rO4NWiC930NuVasfJq2962X14KKn9OH3oYpHh99SPi7wUPyU5a58stlCIVg5QKmzQF/RbqaeUjfkkkIvqEqp76dn3d5R16mDZdWQDgtdnTq2L7XpWFPi0qnqs6GG333q2rk4bdirG0a4d5sV/aWGWDu0o/ymnebRobkP4MEoYgbNTA+8Q23OUh0m5W5Pf47vaWqTDJ/j8GXSeMGoF7qQRfmF2u80z27RIaLt0iwtsF+eqfUBSbRjcqRgy1SUiuLiFNo0OVawa5Ro2yjRvlGijZMEO0eJtk4S7B0l2jxKtHua1QW2jxLtHyViACXiACViASXiASVighw64AIlYgMl4gMlYoQk4AQlYoUk4IWKZoAZKpoBbqhoBtihwADwQ0UzwBAVzQBHVDQDLFHRDPBERTPAFBXNAFdUNANsUdEM8EVFM8AYFcsAZygRa1QsA7yRBMxR0QxwR0UzwB4NggX80SBYwCANgkUc4j/EIv4DPJIBAyZRIi5RIjYp+gB8UuQBGEWJOKXoA7BKEvBKEQhglotyJbQOAbFL0QjgFyViGCXimKIOwHLDQOl5wbM24mqhWT4NuENbmfjP47/E6c/+N5qa/yARNT7/LdH2f5+X/F+s5hWjlGOPVnc1vLrd9Mp3G3qeMuzcq2zqRrP8kWm879d8Be/7bbeC9/1WruB9v8Ured+vYiXv+y3qyvt+PzHiXb/LXuVdv1HdeNdv0Gu869f2Ndr1GyRbTbt+hw1bQ7t+u3Rd43RlX7Fzdl6uS+bXxa6rN+aOXLSh2C1+Qa779PnFHuPDcj29Q4u97D1zvQd6lPj0CXWc0ENxYKL+rIyJd5cfnHTx9YynRgf8xw+g1wnUrxkfhpcjNhmJGzJl9SZPiTpJfqnHl9aZCo12B3MhtwMmgxLNhlwJmA71w8B86BfBhKgfVrda13wF9cPqVuu2o5/rV+tW0s/1q3WLabZ6/WpdxUruh2lW6xaxS6pbrfuJEffDNCt1l5Frql+pG0XuqX6lbhC5qPqVurb0c91KXTBRclualbpgqtQH06zUBZOlPheYLfW5wHSpzwXmS30uMGHqc4EZU58LTJn6XGDO1OcCk6Y+F5g1uUEwbepzgXlTnwtMnPtKigPUTwJT577S8oMo0eTrQpvWM3ttpPJHrA39tv8PiItKiJ8d1br+XyyWNJr/IBRp7/9qa//fWVC/Tx3fd8fzXx9367o3Z+sxox6D5cuMTdc8MDFY08mk9sA80yulqT0rHj3qVRaUZpY/ZUfvHbIdfTa67OybNmxnv3f77jSP7rqz/5uCnQNkN7MsnH/IGmhzLGuQWWGWpWHOF4P1ztsOvnNUaFV5xN06aa679fFs4ZDCbXY22WvthmYuEQ1bnSQavihSbBs/RSycLhPbhSRmi+Jezxa7Ts62HyvOcejjlCMR9ciRPO6dKzUTSaSnf8od8bC7xCn/XK5zRY3EZdtjiWveScnIxWclbhl5EvcZ+yQeC7/L9fTZKvGapsz1HrTY0ccrY7evfrijn8W7u/2qF+4O0H1rd8DhGcpRF9yVsiw/ZWBZiDRopbVyvOyENeeImpb0U/3tX2t7N3p01AfSk++jPv0+dRW+4cZwI82r5hMdo/rv8J5xzTeRiAPqCvUjiJBf5GlX6hXfOs0xXd6g+Fc32pUDJsyTr44R6aMpo0RzJmcCJk0SzJrjltJUcixg3hy3BKVx3DJlB8ctsh0ct7js5Lhl2E6OW/ru5LilK0k0f45bbmZx3PJDFsctx7I4binM4rgl5wuOW87bctxyVMhxyxEqVSBEOH7JFnL8ss2O45e1dhy/LBFx/JIk4vglUszxyxQxxy8yMccviXSuBaHE8ctkkggpjl+cSCK0SAK86PwOQIwkwIzO8QDUKL4BuFF8A5Cj+AZgR/ENQI/iG4AfxTcAQYpvAIYU3wAUKb4BOJLzBEhSfAOwpPgGoEnndwCedH4HIEoSYEoOFqBKEuBK53gAsnSOB2BL53gAunSOB+BLlAcQri/1PNcw1sZULTOHTEMZ2spPM+M/CI5mvp0Q/ezxX7Pu/xAJxSKhwFw0fLitT0LcrNgZLfQ/oo3/mqn/UfIoeVz8s46AaHL/d+P9D4722vM/bRn/NxxV1VH93hzj/0+TFp/LM/4+7NDehUuPTqyOPeFSbFDxxFJwJ6dgqaZ3oquv2x5czXS6qPAKbincHJ1NZBK6CnB83cnlmZIr7I2Oz5MdnwgXzzjS+hl2gJMCPF/gWFbdj9BpriIwenV7J4BOx6NCUKJSqKEJiqGGJiiHGpagIGpMgpKokQeKatjoamFlaSOWlohYGhpG68YsTfH/XHlsQpy8dfkfl71p9z8/t/0fPfWzW57xvvTyyV+r7uR8HKGmD8DwQrpJAngCvrM4XZ3ZvMLVYeSFEcAQkwLGv8xtkboryES9L51ui4IryYT8cUQDQm7GFdVyrXaPRCvz/4y4hNny6Bkxrcn/DkL7RvwvttP2/9uS/zuqn8he76nf0/3fm4U+S5t7D/iJKcLkE2cnC07a7k/+V99pggqje4KKH8sFp7LtBae/dhWcObdC8H324eSzmXuTz6UmCs5PnC/4oeCd5AuSUEHlZv/ki8Yegqp4leDSq0eTL1vuTL58+c+Ctrr/285/7R2Ry8zpYrtd8fa9frro8OqaBIeb22c46hmsdfxGJ0VaE7p2xOnaGqfy6ynOWVMTXbZuSXHd8lXiyIV/TXF798Ma99mSFI/gzETPwP819vIfk+I99E8mPn3vdfDtPM7E99r0Dn7XHEz8L91dElBmYjqqYJOB7PNa08C0TgZBa3qkj16yYemY+HvpwW95dXx9/L/Wj40OWDbO/u/rxwfaLJvQfdP6iUO7LJ94572MyT2GdJp8XL7hjbudDadke22Yerza8M1NYWYh2eWGb833NAtd/ZVhWMhAM/n8w6lvu7Y3mxbyZer03pfNZrj+X+o77fU2hPeJTw2/WLUh4vHE1Mii0g3kmdo3bArr/VKn+Ldv/HumB7ir/uSmzO8L+B4/A7qjrzMuVsKSasNP6t+jyxwVVH+rX4C39/gXOZ2kM2466jfNwzY3SP75gI5iAsb/Gzd8Iy+QBG6gs7TADyiRIyhlBZ4gCVxBZ2qBL+hMLXAGnakF3qAztcAddKYW+IPO1AKH0Jnaifz3kUvoTC3wCZ2pBU6hM7XAK3SmFriFztICv9AN6MAxJC/T/bgv3Y3eyHHUGAKeo5gLuI4aQ8B31BgCziMJvIcSuY8k8B81hoADqTEEPEiNIeBCagwBH1JjCDiRGkPAi9QYAm6kxhDwIzWGgCOpMQQ8SY0h4EqK8YAvqTEEnEmNIeBNagwBd5IE/qTGEHAoSuRRigeBS6kxBHxKjSHgVGoMAa9SYwi4FSXyK8WMwLEokWdRIteiRL5FiZxL+ALepbgSuJcO3AD/kgQOphgTeJgkcDFK5GOUyMkokZdRIjejRH5GiRyNEnkaJXI1dZiAr1EiZ6NE3qaqDXA3SuRvlMjhKJHHSQKXo0Q+R4mcXpdxvDC8rs2GWqTy9DMfou2Yvcz5n0zeEj23pup/YvtG57/tRdr9389L/U9X/XwF87/y2hPuXKkCYnU/R+7eHcnUzV+zhNoen2Lhy1zwq7tkGEZGpmRsobAYLl19oa/Jy6f1Z9rqXtvzf8y0CHl8VKvufxOLGtf/RA52Wv5vY/7X1Ag81O+NPhm7tjBna0Z5j8HWAcamIXkmBm8eNKld5Wx65X1Zz4rC/F5lPQLN8gdE997xWnSfjXoxfVPvxvSbVxVjHnUipv/U0pgBsq9nWjh/NnOgzYaZg8zSZloazp81WE9xY/Cd9SqryvUC6yQPyF3nqYYURt+0yQ65OTRz9K1hq91uDV8kvG0b3/+2cHq323YhI+NFcT3jxa7m8favP0xw6NMuQWJ3JkHyqDJR2qu2Rnq6OHHEg1M1TvmKROeKPTUu2wprXPM+rBm5eHuNW8ZfatxnLK3xWLg50dPnf2q8piUneg8KvOfj9fYcX/3h9/wsvOf4VcvmBOhazgk4PCxp1AWDJFlW16TAMrFB0IonS39r5ehTP/7aA74GNL06H69uxpdI2bnlmNMo/oH0yq+aT/BYIH8HPyfXYGcHTzE8RS/8Nlud5tglOle0TT7Um1FO3gxsFCXaKXk0sFWSYK8o0WbJu4HdUs0GbJe8N9gv1WzAhsnjgR1TzQZsmWo2YM+UsIJNkxcEu6aaDdg21WzAvqlmAzZOnhHsnGs282eRdwR7Jwk2TzWbSiodkO1z7WYefY4YoNoN4IC8J2CBajeAB/KggAmq3QAuiGMBG1S7AXxQ7QYwQh4VcEK1G8AK1WwAL+RdATMkATcUhfTiWg3ih2o3gCGq3QCOqHYDWKLaDeCJajd5XKtBXFHtJoOH8SG+qHYDGKPaDeCMPDhgjWo3gDeq3QDmqGYDuKOaDWCPJOCPvDxgkCTgkGo3gEWq3QAeqXYDmKTaDeCyLqh6PrCpDdxabnmw9sRuG8d/cfJpEc86f73p85+N8n9HkXb/7/OS/3dWk1GfZQseZZatESmOxndLP6M4p2g35nOhyxc+xa4fWuX6e2zxCzD02x1QecZ/1LV5Uk5ydXTV9ArENpJWiAZNRsKbGqHTiTavG9EW9u70vqd6CzudKJTQq4MgGKdhBMte6uNDdQrAAAeVQE04UAQ110AZ1AwDheAvoFLIUYNiyFGDcqgZAgoiFgYlkQRFkWMFZdVXJVpQYVo3+EeoXzTF/7MjwuVxLcD/zdz/YYfn/0UT4hJi/hSp5f821H98RIx85vSEVq7/N5r/KhZq7/9+3ur/Rh/dmr+or6kwp66APeZRvYcIPi3o1NAfONg7aDsA6uIEXjgqIsDFe6oD0NQF1PpQbQ+gjfn/2en/9/h/R5z/JWoZ96Pl/9+v/wi4+nPDW/f+H7G9XSP/b6c9/93m/r+L2pV5q993/+hU5Y85W4sEPQaPm2tsuuSqiUHKA5Pav0eZXsmb17Oi+lqvMrd3zfIDN/I8uOGbeB6c0SaeB3drE8+DO76Z58HlbuZ5cMf68Ty4/ULrpCghz4Rb159nws0dwDPhplrwTDhXC5oJF+eVSTPhxg7aRjPhRB22SR6/sl1qNtBSelq1fcTD9pZO+Ue3O1dctnTZdsPSNe+g5cjFRyzdMnZYut2qTHGfsc3YY2HeWk+fJcZe0zau9R4UaeLjtWCdr77MxM8ibJ1fdfi6AF3PdQGHA9JHXRiYLsuySQ8s8zANWtklffTMdhHjZQd6/q56cyeDjg0fhh2x5PweeTqeBpq2RafBZAh81XyinhKhh4VnPBiXtgW9N79mfMkTJjQzuaQCGzv1XZl2di9+qwh3jjTHjCkiA1PmdlGRgNtF4+Zyu2jJVW4XpfAsGDBvbhflzeN2UfU1bhe5vcvtosCN3C7SzK4bTjPq6mfXGZGsn113axO3izSz645v5naRZnZd7mZuF2lm1x3rx+0izey6/UJuF0WxrJtht64/t4s0M+zmDuB2kWaG3VQLbhdpZti5WnC7SD3DDiDF7SL1DDuAFreL1DPsAGIkAWbUJgKocbtIRT8j5LhddHQ7t4suW3K76IYlt4sOWnK76Iglt4t2sAQ4cttomzG3jfLWcttoCQd9AE9uG0XykV+AKbeNZCbcNgpbx22j8HXcNvJkCdDlttHAdG4b2aRz28iDgkaEMkqEM9EgQPp3t5HaBNba1KAFu0xIIS9nntBE/DcrOkre6vM/7Otzg7r+j0Ssjf+ek/pPBzV9dEuGlyWb8vMOnkqzKtP/k6mmF6S+c5k3y4w9SXzri78SNBl5ZGqEDjFYUBCf1udewUtcGzJQczAtJrDMM6VB+V6XfqSFBHiBeUFBGn2OF/rn/Z76GhKNLtPVXPWx5XjV4dob0LXvTNeeBov5N7r+Wv+hLS01zf9x8tkzZ82Vxz3TDNgm5782zv8ljtr8v63531BNV57q90Yf1Xa5lbP1vHmPwbPWG5tmdjIx2NrLpPZE6tPz4CPye+94I7/PxlF7+qY57+n37tA95tF99vR/85U9A2RPCiycVQUDbc4XDDI7WmBpuH/vYL0bboPvnHO3qjwbbJ20JNj6+D/dhxTu8rDJzvQYmrnGc9jqFM/hi+Z42cZHeAmnv+FlF7KoUBQXWih2fafQfqxHkUMf/yKJyKJI8nhIsdTM3Vd6pnPxiIcDfJ3yq4udT+n5umw39HXNq/Idufi6r1tGqa/7jG98PRZWFnv6/M3Xa1pxsfegD/x8vBQlvvoJfn4Wy0v8qleVBOhGlwQcnl066sLoUlnWhNLAsij/oJWOpeNlF0c88zkzfT0DTA8mEbH9fKa25lXzCaYHmu8IDF7GofP1IbpOc0yVcnwwV87xz5tzjj9rPef4meyFwHw5xz+Ryjn+r82nj8jnHP+NfM7xR+3hHN95D+f4Q/dwjt+HJJo65/hPCjjHVxVwjn++gHP8owWc4+/fyzn+DTfO8c+5c45/Nphz/CUsARKc4+/y4Bw/04Nz/DWenOOneHKOP8eLc/wIL87x3/DiHH9RIef4oYWc479TyDm+RxHn+P5FnONbsAQocY7v7ksSIMU5/gBfzvGreY49wItyfIAY5/hVvpzjX/flHL/Ul3P7b3w5t68s5tz+b76c2xcXc27/gR/n9ooSzu0T/Di3X17Cuf2qEs7to1kCNDm3H13Kuf2EUs7to/w5t3cs5Zz+4ojfndP/FyCrjcBaMoPXnhRtjfgvQR4tDw1MiIlNiGu1+M9O0nj/r6M2/mvT+K/hHr2O6vc0/zNl4eKteeGj3/9Hp8qwg7suhh1aFWpw1D9GZbyqupMmJcUB2sBEoRPxvyQPqR+LHW6O7BhOd/NHJiFTLHgfcQ5MSYMlx9WNv248XPKFnmhfN/FRoNMchWB0s0Ay4TPatgOKofFyoByUqCCqI4CSaC4oKIrqB6AsioJAYQ3rCK2iNK2La6H55Q0MpGX9XFP8Py0i8hm3/zbN/46Ojc//S7T3fz4v9d/X1Ag03bm8/ft54X5L984bnLz3tlnwvpAdyfu+3RK8f+Q5wf7cY+VF5q8lF6V3CC7R8ROUzHUqL71QJjgwdW/5wcInyYdcbgcfWjVZgPTzS4uoqIoZTmOLgGSACBKEeOJcszxBPYTYSL2QnChGSnTz0u+Lr1MPsjuqiL2AH43wQlWRBHWhRJWRBLWhRNWRBPWhRBWSBDWiRFWSBHXSKDBQKY0CA7WSdwHVkncB9bKX4VFeGi/TCqrW+pSWLFw3xf9z5JHxglbmf5Hjz+//t5eItee/nxf+b6d+GlTIHRYRoAFvQ+nk8hAh7y22EYpfZgquu0I0rRCuUh31/eKV0jKYtvX2x6j/BMmnyWcJWoL/m3f+20HsAPwvwj+foOX/ttV/Qovov3n7P+3ttee/29z/a9bO+Kvfd18cOXXlIb8E1aFbB8+VPcwL/v9jP4Ud3rSt/Kj8z7HHku7HHvfcqfpW9nnsd/GBqhNu41Qnbb1VJ+8/iK3o8m1sxcnTsaeu7449rSyIPXP4qur7jypUZ3NzVOf+kq86v3ad6ocx1qoLiXNVlbaGqouha2OrXrmuuuT2qeLS/QDllX6piisnbZRXn8QoflR2UV47O0Zxfd0NZXVptNWNOUeUKsVoq5uTdilvLRVa3XYvl96J6GZ11/wraY3fHat7gxZI7/cYZ1qrHyatvetg+uCip/Th96GKR4ffUj4u8FD8lOWufLLZQiFYOUCps0Bf0W6mnlI35JJCL6hKqe+nZ93eUdepg2XVkA4LXZ06ti+16VhT4tKp6rOhht996tq5OG3YqxtGuHeb9W/2rgUsynJbDyCItyLLARxREGXA8TIzwAAigiISgTewUROSkbsQICpBCnkOFz1KHTNTj7c0DC+Yp0zdbbWttn26CbQzBENRK7CbEpvQkyl51mV+wLANBGwQ/uZh3mEennr6vvWu9f5rrW99cW83POgYPLCCZGDS4hdogUWUbX9Q86iBmfA9fkZF4Y0tPfrGUO9uPd+aBpO2xmBRjqHR0pMpGC4hGC/1U4EB0xBrMGIaYg2GTE+uYMw0rBoMmoZVg1EjomEjonHT0GowcB5aPYURDJ3kHxg7IRg8Da0Go6eh1WD4dE4fjJ+GVgMBaGg1kICGVgMRaGg1kIGGVgMhaGg1kIKGVgMxaGg1kIOGVgNBaGg1kIQQiIKIZCEEwiAiaRCROIhIHkQkECKSCBGJhIhkQkRCISKpEJFYdF0JkAsRCYaIJENEoiEi2RCRcIRAOkQkHiKSDxEJiIgkRCQi0vRxW5pjgISkLQdSIiIxEZGcJKCBoCSegaSISFQyAiArIRCWRDSQlhCIi4jkJUENBEZEEiMikUk4A5nvz1x0NqHFx4X2qhOL04xbrf+idOG6+I7Wf45N8j8uKvH+r87Wf0JTlbf+s9l+S83OI7l7rw6Su8yTWsR+am66qMz89uv+Ft/vmG9Zdq5gcIFtsOyEcsWQAzYrrLYNTBuaY5Q2bHltmnVsZZrN/JK04f4fpdu6v5c+QrEvfaRsS7pdv7UvynsdvSev3Suxr9hj5pAyw8yheI1k1JnlBorDcQajd4cYjtkw3XBspqfRuKVKI2W4jZEqJCBTnSTPdPQYm+kU2CfL2cosS6P6MUtztybbVWZq4nqpONvt1x9Mxp84mu1eVmAy4c0vTDyOHTSZmHXExHPLOhOviE0mkzIOZE/2STXxDns5e8rI+b19vBNXTTX26O1rG7jKt2reKj8jp1V+Re6rn/pGutr/oNVqYf7jbP8Dt+fItg1uj4Yimjb3Uiiuc85OniRnwGd++gvvwjcG/Rv+RmLa+C958pySps71jKN+Bq2xV1QTaLPcBLj3KgU3sF0qf4P9UoADGyYEO0ZEW6ZgB/aMiDZNaT6wa0S0bQqAYN+IaOOIaOeIaOsUFMHeEdHmEdHuEdH2KVCC/SMiByhYAg8Ia1n9IB8QkROExXS1BHEDEflBwRQ4gog8oYAKXEFEvpDvBc4gIm8QkTsUYIE/iMghROQRBVvgEiHwCRE5RQi8QkRuISK/EJFjiMgzROQaIvINETmHiLxDRO4hIv8ooAMHEZGHiMhFROQjInKSEHhJQR+4SQj8RESOIiJPEX8/FxI5i4i8bVKQ6krcFVWe2A3YBfVfrG7JkrYOAGv2/F/T+d8qcf5jl6n/Get/Bu2qCVl3THp+3dnVVivxemmhdQx8UQJV++G9vu+Zn2+FQv404QQzPNPO8Zs9qSdXC+vXk0dDhXDDBqwrpadgbYXru+vj1Z9cYzGkiHXGtvr/+Ji4th7/br7/T+X4++d/Z43o/zvT/5vof2R6fuJns5Xwdnpb7coPDCwSz3pulZzNMar+3H9a9bl3Kqu/jnOTfP3u/OoBW++aPJK9+Zad9uSjdu/sfRH9l5GBoUEv+KGX4b17w/T3Wxs0OiRznzujm3BmToGfoNmSp4K6dU2D+3oN/nAnejcqbDyq/0xPtk98dYkS68uPv+BFLX2wM4i4OxRJYIcIYZfoNk7YKYossFtUYIAdI4RdI28PO4eIu0dPprCDhLCL9ZEILwg0Fhr5jIStXBzd2g0VQ1M7Pe1IBPP5k4GqGf+/bEmYrlP6/9Ri/19X0f/13W27ajauE7raNOQz8O4y4dYysf+P+/9wler95QNXSnR+oi5/OPT/9JiwBMCO9f9OakdNk/qfs0b0/53o/4UcBXq3GP3nAW8+P/S9Pjf+t6Jv+frifr+GV/b/24dPD9jtFvnImq9KHs2URZktm1H6WFhd9MCgq3Mfn2b5/ROOH8wbZHs6Rvr47mfMjXIXmf+cPd/im6xYyy+igwf/PSpOdiLz0pADGdettkWWD82JuDFsxZPl1nG+N2yCR5UPD3Cosp3Q//KI0f2qRsqqLuOd53LjfgvkN/sm2lfcCMU7zked+UynOFy0ePTudxaO2fB20tjMV8PGLV2/RBm+LEwVcrBWPe2VCkePdbVOY5ZUOlsl3dSoU0Zq6l60c5VtyHMt19m53UnOG/++t537xbl5E/IW5HkcH583MXtSnufWIXlekbZ5kzLd7CZPNc7zDpfZTRn57R4f7zr5VONP9vjaXpH7Vl2T+xmdlvsVfWz/1De59v4H99sHFJzcO+3lHPvpB3btnREfbz8zJ2PfrDlr9gXGRewLconbNzvAd9/T5tP3aUc77Nf+n3L/3EFTR80tHZg/76a94pmjtfnzz/dVBO98TBFy+Lri2Rd/VizYUKQIXXBeoUv7IX+h518UYSEF+eHD/kcR4XEwP9L0SH6U1br8qO825UfXJeXHfJyajxHH0KB1Lxog9SdeEJSG0bSFUUpU/UOsMdTwO36Doc7HJwjfuvfTmwG9tYZFqBGQSRThgU2IyCiK8sAqRGQWRXpgFz2TAcMo2gPLKNID0xCRbRTtgXGIyDoJ/S99QFVOZB9VO4GBFP2BhYTARKp2AhtJCQAjqdoJrORqZ+YlrnZmXOdqZ2Q5VzsjblC1E5hK1U5gKykGYCxVO4G1VO0E5lK1E9jL1c6qy1ztvMG33wGTCYHNXO28EcpVzuuJXOX8TMdVzqLFXOV8ZyFXOd9O4irnq2Fc5Vy/hKucy8K4ynmwlqqcwHyucq6j39EDcJUz6SYpEPAEhOANuMq5gceaglegKid4BqpygnegKid4CKpygpegKid4CqpygregKid4DKpygtegKid4DqpygvcglQMehKuc3+7hKmednKucn+zhKucVOVc5r8m5ynmaEbwLVzlz7bnKud+eq5wnqUyM3gYRPQ6pJvA6iOh5ENH7IKIHQkQvRF4fPBEpK/BGiOiRCMErkcoCz0QI3gkRPRQieilE9FSI6K0Q0WMhotdCRM+FiN4LET0YInoxRPRkiOjNENGjIaJXQ0TPRgjeDRE9HCJ6OUFbd0VPJyr7dklr6L2qqPE7Xf8nJCfELnshPmJpWwYAtv7+Z41KKfb/dXb+p8k9u/strE/1zPl/qXOnvexzoZ3umJ11iha+xXPEeuS4v9be/4y2KQ7760nD/lLnsgL2uVCfbe0a3BRFoHj/czfSf0tiFsZ08PznJuc/nDUuov7rbP3XV9JwcQ5+Ntt10XLEv1P/KX6b/tjo3bmBYzZsCBybmRU0bmlykDI8KkgVsr5YnfRcsaPH0mKnwBnnna205zVq1XlNnWuJq2y61rV8cInbHaV2/Im7Je4XB2on5FlqPY7Vaidm3dF6binRekWUaydl1JRM9jmp9Q4rLpkyctccH++jpVONM+b42m4u9a16vdTP6IVSv6L/uPDUN8EX/A+GXRA04Gz/n/3mvFpQ1ly8Me1t0uyrF4WcaSdaG3IM+vdMUSgxaI218jVPliO6sypEhrA6zA1kdbghkNVhVhCrw+QgVodRQawOOc+M7GF1uLSY1eGM86wOtedZHaoYgVGsDqdrWR0OLmF1qNSyOrxbwupwoJbVoaWW1WGtltXhHS2rwxItq8NyLavDmhJWhye1rA6LS1gd7prD6vBoKavDjDmsDjeXsjp8vZTV4QuMwFBWh8F87Qgw9UHqEFmLiMxtiVrsDPaKsrH9ZKNE1I3tov9mPNcm4ddS/dfk/g8ntYtY/+9s/df0/o93vY4eyf1JOUietk9qcWiwuek7o8xvV261+L4i3/Ki5ZDBBTEHZCeSC4YciCqw2ja3cGiOX+GwFeMLreMUhTbBQwqHBwwosnX/rWiE4qeikbKrRXb9Pv9M3qtuhry2aibV9FNeC3Uo/sfMUWdOz1IcPjSrK2q/9rpMYAqdPp06Ux8TTCk+9BfehW8wVgh/IzFt/Jf6m8L1k5c14tHfB9z/AebK4u8nJYu/tH0s/g6x6APzZfFXuZXFX0U+iz/LISz+Yg6w+EsuYPEXVcDib24hiz+/QhZ/4wtZ/CkKWfwNKeRi+IAiFn+/FbH4+6mIxd/VIhZ/n3/G4q9uBou/qpn3FcOBDiz+/jGTxd/pWSz+Ds0SRV/LRV9Xpawo+MQTv11d/yXp4jpe/ymVTfr/1c7i/L+ukv9z0n9+Yr/lq5eO7O43c5B87V+lFqdGsf77Od/i+5rjlhflowcXPH+CezqXXeKezjnl3NPpVs49nbLL1NOpqLs8Una3ins6LRO4p/NOokNKbqJD8eXQUWfKF3Nf58kk7uvctYT7OjOWUF9n0n/VUl9nYOxN7uucdlNTN/uWq2xRsmu55pbbnYDk8e9b3HK/ODZ5Qp5zssdxs+SJ2ebJnltqkr0ibidPynzkVv31mRgVjE30r96m+NLDA17G4HiVI7gZCB0yOPp6p89hoPE3U2ei63f1QleJ3wvzfzkIaLr1qQlJSyq5TSyMJ7a8eolkG1gay7a1f2XZdmrU/bLt53yWbTXHWbbJR7Nse/4Eyzahh3HZJZZtQg/jnHKWbUIPo1s5yzahh1FGvYr1PYxgrSzb7laxbBN6GC1pNG5DD+OdRJZtuYxgySzbyhezbBN6GU8msWwTehl3LWHZJvQyZixh2abvZQRrZ9mm72UEq2fZJvQyTmMEBrBsW5TMsk1zi2VbAP2OjGDZNjaZZZszIbKDZBswhGVbTTLLttuEyJZ6GdUFGCPKpna6U0ZUTeI/zei/mdHxCc8tmBkRH92B+k/l5NLk/jcQgKL+62T9J9F7CmEWwKDVOT4jXslV9C10vrby83lFiefcJ1YLUQGvfl9IZwjCbukffvvQ0e8BdAz8Mf6GjoEH1F8Y1uPv7qlfWhQ8uLyIuMQ0mRiWmQ7uw1LTwX1Y7saBuA1LLsZQ8QRqi/x/QvzSGF28rm1FoGbv/1Rqmtz/oHIU/X8X8f999Owetvbey5Jj0iuSs6m7TXE+VemED03L7tlJao/8bbVN2dKX9I7JsJehsQm4hMiV+G+IpNnWMSn6eSCPkIcaSO9S8lAy8lCNLvviqyNpgtUcv8k9OTzUrzy6f1x9nhR2hee6wC4Ik8JoID3sBg2ehx2hQe2wK+xLl77UKGy08+6IkeThjiTN+P/UhPioVF0bbwBtVv+rm/R/OjqK9f+upP+Rt/3Xlv5z2/pr0l/OjdMlPl1kuOaZ68vW6r2KAd7puIzO3D6/mi8z0LsUOiDp383neLVmFcmXw0oi4mqSD4cVJe8Aq4qIK9vIZ7dwdUVfLKr69vX/s3RL2zr8twX+39GxSf+Xk6OY/+kq/t9I/9N/V812Za8160+xVwK3oqQCDY62ovS+qTDgqodfB1q/YDwObDvZMS5cg0tvZvFETy568i7h/xPAO8brUjvU/zsqnZrk/1Uasf+js/1/f707c9Z/NttvuTr4SG6dV/v0f+BMrytXaKZX7d3Q+/s/cK7XKR3P9XpjIc/1ygzjuV47K9RJyyscPf6zwikwpNLZKrxSo/as1NRNveYqC450Lbe/5nZnYuT49/tec79oHTkhTx7pcdwwcmJ2n0jPLRWRXhE/Rk7KlFyLuPqh+4Mr2lzVvu/X+1590Hm7725w3i0safdq6BfU9wg2cvnO3b6JV9+m1yqD43aQ1cHcxVvnRaGqy7SDCCOtrlyh0CeMtAJjRvzjdhBhtNUpwobRVm8QNoy2yiRsGG21kx4A0fgpXAIBEJEEiEgECp1ABkIgBNkokIIQiIGI5EBEgiAiSRCRKIhIFkQkDCKSBhGJg4jkQUQCNa5GdRkSidqpPftDxDsTe7T+S30hNS4hKbxtE2Cb1X/qpvU/jVj/62z9169RONbf/5i9s2P1n3D+q+P1X7DswvF/EbqMTf8wdJli6PIIbV3oEpVfqyyNhV/2zodb+P3++Fb3EH7InGaE37+bPaLka0/JJyo+Uf/p9V+gLj4qIaE97v92cXH5I/3X9LNKo3JSS6zV8/A/H9/RC9Cj9V8z+x+TqguPlrTD/rf2/h+l2P/RVep/9bfbnJdpDgu32ijoKDye6RHO6Ij3//D9P7hK9frogSslyhWxuvdw+P8gXUw7BOA/Ef81jkqI/08mLPCOjlkwLSY+WvT/nbP/sdG6uJj4tu//v5z/1LT/X6VWivG/k+O/MGfbW//5iezqwvfOKQ9VD5K7zJNaxH5qbrqozPz26/4W3++Yb1l2rmBwgW2w7IRyxZADNiustg1MG5pjlDZseW2adWxlms38krTh/h+l27q/lz5CsS99pGxLul2/tS/Kex29J6/dK7Gv2GPmkDLDzKF4jWTUmeUGisNxBqN3hxiO2TDdcGymp9G4pUojZbiNkSokIFOdJM909Bib6RRo/pqz1dDXNKrbr2nqJBtdZVKp66WvN7r9+ot0/IkzG93LyqQT3vxK6nHshHRi1t+lnlt2SL0i3pROyji2cbLPKql32LaNU0bGmPt4p2+aauxv7msbusm3KmqTn9HkTX5Ffpuf+mbEZv+Dis0BBZMspr08YPNs/+N9tLcODW7hQJnmhwdm0ShrbOOUSPaewkzHlrcxHPO78A1mPXJ2YtjF71lEuEkUKjX8qOBHKU6Db2ylqMHQUqmvFqyVc4cu8zh3GPsp5w4XlXHu8HV/zh3uoPuQ0Io5d2gbzLlD5QrOHdqs4NzhwDTOHRoRonVT7hAsnJQTWDnlDsHSKXcI1s65w33pnDvcks65w7V0py5aP+cO6foeYgHnDmcwFlM7MDGCc4dxBpw7DDHk3OF0Q84dehpx7lBpxLlDGyPOHQZkcu5Qnsm5w7GZnDs0f41zh0MJkUGcO5Rs5NyhlNQZsolyh8Aoyh0Cqyh3CMyi3CGwi3KHwDDKHQLLOHe4Q8q5wzcJkXGIyDpSfcA8RGQfIjIQEVmIiEwkBDaSMgRGEgIrEZGZiMhORGQoIrKUvBowFRHZWq/FuxJjxUcAcUb8Q6H/ntMlxeriwztS/6lVTeu/ao2Y/+ls/SfcOm+p/2y23zLLpePqvzdC/7iiZIJjZCZ+0rKqUQ+rrbZmB7mumuXycNZVeSxmB1mJGJHbrYYoxuNuE/8jEpa1fQBkc/FfrWpy/7eTOP+xy9R/hgrRY21pdQqd//WWV5dG/HdiadX20Au//Jr4ZeGYq2Wla6ovvvXo1UvXvq4uz/nn1a9nOFRXxP7ll8rHLaKvLTRK+faxgO++G5eY8t23tdE/PBqY8sNHJdE//uSUcn3Pe9E3PpOmVK3aEl3tvDjFOjd0u0181PbhGZN32E7328Hevv4yVgPjRi/hetbnybk2PhmbsxNdPj+mZW3mxzF2+cJZWf8pPfo08tDGigD39b7TyLC/NFEC9pgQ9hkR9xoR95smTcCeI+K+I+LeI+L+I6INIKIdIKItIKI9IKJNIKJdEIJtIKJ9EIKNIKKdIKKtIKK9IKLNIKLdkNIA26FQCfZDSgNsiJQG2FGDcugYWxLlg1jT64bxP1oXHxWti+nY+P+A53+V0kWM/10o/tNx5pXwtnPTGyt3pfaq/njesys/6XM78ZMv3pecNV5TfXaFlwQH1H2xdvnK4slvVZ/3GS4pCThZXTrhpOSCSWTil1Y1K7+ctKJ66LHAMcNitm63Ts98y8YvbfvwqF1jbR0W7BjhmzF25MAVQ+3kEePsap4dZt/bV2l/zsu62ZvewcMuLuWkrAHdwcTtod7gk72DenyMrz+Gnq7xdkDE/aNj6bCHiLiPiLiXhLCfNF3KmGM77qswfBAR9xcR95i6XWCfEXGveQrVSfod95y0Auw7Iew9ZQdg/yk7ADZAMRvsgOIT2ALFbLAHitlgE5QdALugmAW2QdkBsA9CsBHKCoCdEIKtCDG+LfYixnExjovxvz7+x8RH6RITkiI6Mv6rNJom5/8d1Wox/ndi/DfV/whTCPGzNcb/7Iys3GNR09ed6lsR+um7laFnX1lgeu7J56qlr1T1FTKzeAQEnJ4uBP9N8F5/F06UNT4+RVmjW4tJQacEj1UW5ISHoBMOqh9T66JW/m7iYLfO4uuDDWJrNoQDe1AutTzAxtB4SNgcRNwgRNwkCuSwURTIYbMo3Q8b1jid3iGbJkbTdkqqNzKQ9o2uzfj/pIjw+IjYhLjUtlwE2fr7HzVqlfj819nPf00u1dtv6VhxJHfv1a7T/9cny9nKLEuj+jFLc7cm21VmauJ6qTjb7f/ZuxKwqOutjSIKooaaA4gEijAqKjCssi8CsikioaSmI5sIIiGgpt0PBdEKaXMlNP1ENEP7uindEK2uaFpA191YFAXXBOZxX6C+s8ywSEkEXkn/D49zZsZ5Iv/zvr/znuV/zsPr3W3zc1PtSgq722870d0hb3d3x+V7uztlvN/dOWxdd5fknFRX90Xd3ULSU8caTu3h7ha7wkPFoYenQcAKz5rgFV7KFiu8iu1WeleKVvrs1l3pW2iu6rfqt5WBPjkPOmqZ3Pu0YjBt859qJKLP4GnX+EkqX5qZNjQVCfsfW+x/RLhyoXtHBRe6hSZAclANTYBqCAUlpBA5K6ARWaAS1dCBTmSBUmiRVmiRWmiRXmiRYmiRZmiRamiRbmiRcmiRdmiReuQQgX5okYJokYZokYpokY5kgZLkNIGWZIGaaJGeaJGiaJGmaJGqdLQBXRsUTiekrCCOhP2PnTz+D5RGxoZFtvd3tJb/tzC3ann/p1D/7yz5/xHyA0cD4/+Dr3olHQ8MTnpinv/KBhluISg9UhRbVhGcVL5TSXYubr7S+b2hsRVLlitdWLtOdnH6v5IqF/wYW+V4Q+mSqX7s5cFvKF3pty32atespKu3zsquVZ5Vun6qV+wvh9STbuQ6yarv1SnVrC+Q1f5skiRbdD+2R12Qsmr1O/PVyt9O6Vm8/3bf0i0r+wWWL+Rwtovyn/qB4/aNq/jPjE1qOlUbj3B8h/LC8hqv24vdL9CAARRU8cUyLbSIBUopAB7aVRsAvDTdXIG4oX6CCv7vIn7QIobQIo7QIpbQIp6o3wAwhRZxRX0HgC3qOwB8Ud8BYIz6DgBn1G8AWCMLeEOLmKO+A8Ad9R0A9qjvAPBHfQeAQeo7AByiRSxS/wHgkZw2YJJyNYBLctyATbSIT7SIUXLKgNPG1MvTwaogLoQ6Rkf4//mzo8Ji4p9y/f935v9aCP3/z9r/K9LN2vLnGju1k9X2bq01HSB+61OR1j8Hcv//pY+1rlV9pl2qPWhgYWSOTn5i4aCciELdzClFr6R5FektsS3SjzYuGjxtUNEQ397FBna/Fg81ri021KkoNlI/9pO4W/0E8e0a/4b+/z8I1ODwcb5H0aE/p6abzoXCR8U78hlR8mELlvLUtNVznyBpyxfJ2ZFkNc6O1JpyduStTzk7wrfMNd4GcOljzo5U0e0A+EVzdiQyh7MjiYWcHYko5OzIlCLOjniRRQBQdgRAQAc/AIGyIwAGzo78WszZkdpizo5UFHN25NhPnB2pn8DZkRp/zo40uQ3gaYFF8J4dF5oLcfnf2P/PioyOnN/eBEDr8/8fn/9hYW0lzH/oLPUfxVTOARj/79TO6HKlpJf/APGGoyKtYltN1SJvzYdd9mldV/pRu9TSfmDh8kKd/A9vDMpJvqGbGV/9SlpYtd6SoGr9aM/qwdNsqof4Dq8xsB9YM3Skeo2hTl2NkXp1rVhFe574Ts/YYZfUknj+/3cTef7r1gCe/7p8kkl84iTT0GA3s+kfnjR3CC+wCHA5ZKkbdMpKYnDIqt7mtI2Os4dN+cDTYx4N8bDNrzttV9rNwz5bO8gh77KH4/JHQU4ZRzycw8qDnMu/P+ySotvd1f1aavN+8Mdml6t1hR98X7lbsx81ygUPp4w9PPLyFjWaVNmb7jvrq3hUvNOlr+Iz/Bz/Fh1OoGuz7fYWz/8Q2LbBDdVJUG5eF1YrGWQReqxWNhxltVJsy2qlyJssQJHUCsCR1YqlPauV5YWsVj68wWol+QarlfhqVith1axWgqpZrXhWs1qxqWa1MryG1ApAl9QKwJfVSl0Nq5XqWnLAAGWyAGdSKwBpruEopv9/N5FrOIohsFsDuIajGAK7fBLXcBIncQ0n2I1rOB+e5NpNeAHXblwOce0m6BQ5bKABWaAC126cPcgCJah2A7Tg2k0dvUZ6UO0GKMK1m8seXLt5FMS1myMeXLspp9dIG6rhAHW4hnMttTGF0XkoJAi3DpwEqyRMgn3R9V/Y7Dhph8x/e2L/j3XL+o+ZkP/pLPWfcfKDb1BG9FtHvlEqHNd79VjHPrv6H3hp0XxPjWE/fK/xaf33fXfl+/dz9/62v/WNYy+PGvDdMP3Es8NKNx4Z/mPm2REHhhw1zvlP8MhPgrxHpSuXjE56+0eTedZTTaX7fcz855RJXGWF5pLaMgvDhCLLlw2mW3X/1M/qTtA56ytlxTan33l9zFGN8bZfv/S63WdrxttnuJ5zSDtS7Lg48XWnuXXjnad9es5lgkmxq9Poc25me4o9Lx6dMe7UhAleh8bP9P7qpL9P9tIK3w09/uO3Yu/M8W/a+U+YfbXCf2rMsYk+cy8EONw6NmnkFmmgnnjiq71PXghSeu14UK3qrMkX0gOmHFsVElzQf9Jr//y2cuo2jxPTProdMj31zUmvJ4grZ0TsOjFzck6l1FtyYpZNRUiIcfgkeTpCpZuKIifxl3/AMXHrJHa9giseh7kKMxt0GuAPXybvp9X0ffKEPM6Aei/N6fH51pRtwS0KR8QuWsQvOXrAMFrEMTl7wDI5esAzWcA01WwA1+T0AdtoEd9oEeMk8ADnZAHrpGcA7+TEAfMk9AD35MgB+yT0AP/kzIEDJPSAB/RdAxdI6AEfqFkHOEHOHXhBgg+4QYIP+EGOHjhCFniCFrlCgg/4QoIPOEOCD3hDgg+4Q4IP+EOCDzhEgg94RIIPuERCD/hEQg84RUIPeEViArhFzTjAL7TIMRIWwDNqxgGuUTMO8I2acYBz1IwDvEOL3CPxAfxDixxEizxEi1xEi3ykcwk4SQIFeIkWuUkW+IkWOUqiBXiKFrmKFvmKFjmLFnmLFrmLFvmLFjmMFnmMFrmMFvmMFjndJM3Y6XgtCF2hvvff0H/RM1wSIxPbr//aOP/XGuSivsQ7LC5hvjQ6bK6g/57R9z87cu6shI7Q/23d/2CJ+x/w18fOTnjKF0D4/p/4/bf/C2h1/3uL/L8lGiH+6xzxn2KdeZ9TlwfED5b67W1YYR5Ibt9vinwtZ095GZVkipWwAR7+n6gNDi4bSSK4dI0501Yvn6DwBIX3zM//eVGL5rX7d7R2/luat9j/Y2Et3P/9LM//bvI/OvITAZ/T/Jczjl1jz1QHy3jum52stIeSrHSXroznvv0mw8NNucmsjWQ6o9I2d2nSs8oTN7zHcrfqc1z1xH9Pl7ZcYXQXYf/O4qlrcKXJwtVuPn3Njqeu9VCST1/TlTWfvvabTOFm2vZNCB6nQ4pn9K3/XTxPa+d/e+77/tP1n985/62E8/9Z6/+ecjyPlT/X2HJp/M97t17QHyCet0GkldVTU3XrQM0HZ97Vunb6Y+1S9V4DC6dm6uTPzh+UE5yvm+m9/5U0u/16S0bu14/W3T94Wp/9Q3x+O2BgJzsw1PjCAUOd4weM1A9+I+5W6yS+XeE8rOq8//CFK/yHn/y384iCL12M92S5jMxa4zpqdarr6JQFbibxs924/yelQBI3o6CxB2jcIe4BGnGYe4B6HeYeoJrD3AOk7mFffO2wQ97tIO4DOh2ETQ0uyTdPu7p/E+QWcvL0WMMtk93dcs94qCRP9jRYf8az5pMzXspvnvEqXnrWu3LaWZ/dIWd9CxdN8Ut3Pxvoc8trstf9krbfVKr6ByslJmyn72GmEk2jwtzvrFjuUVXq1fiOfIR1N8Vz/FuOF6xo0gZ2rj7vLc5KXdqCVppyBojlJucLxHBELlpEL3kdQDBZQDFaRDJ5IEAzWkQ0xXSAarSIbPJKgG60iHC0iHK0iHTyVIB2tIh4tIh6tIh88l6AfrTIAPJgwAKywASqJgEbqJoEjCALrCDvBsygqhKwgzwcMISqSsAS8nLAFKoqAVvo5G1oH0qhtiFkDnm9Fm1E47h9qKGNaAS1+zS2EfWi141tRDX0urGNSJ0tMI2qS8A2qi41tBOd5jYieTsRso+qS8BA8rbAQrTIRLTIRrTISKo6ASvJAjPJIwM7yQJDqfoELKXqEzCVqk/AVoqtgbHELmAtVY2AuU2qOp2KvYL66riecyWh67xD9N+rcxJiImb4S2NCpTER/8X8v7Ul7n+R+EmjpPPnS+ME/fesvv9oqTRmllQa367voLX7/6wkLfL/ltbC/KfOkv83l3sbjdQTNb4vqZet1bp25F3tkrq6gYV+aTzvySSN5z31XcXznm6t4nlPp9J53tNX6TzvacN7PO8pV2NY1QZQNes1eNbTm3151tO0fjzrybE/z3p6bbXEzyHF3MF+tcUoveW067F3l+W2177MtduTk22f9Vmuw+r0bMeUVblO8bHZzqHzcl0CA7Jdx07MdbOwyB471Pwrd92J4lcHZHwdpCJ9J+jOkrzJl9zeaeb929K+EUp9F+C8KYWCrj02SeHIrZ/7SYVtgQpNJAS4kBgByLC4PkIiG6HD4tovjcW1Yr6SSRqLa8V8pb6rSFw3zFe6Ra8b5yudSmdxrZiv9FU6i2vFfKUN77G4VsxXytVgcU0xAMGPRbVirtKbLFwa5ipNY/HSMFfJkQVMw1yl11aTqAaIsqi2p9cIVRbV8uWKAFkSzQBbEs0AXRLLAF8SywBhEssAYxLLAGUSywBnEssAaRLLAGsSRwBtEssAbxLLAHESRABztAh1sgB3Er0A+Rait+NhL+jXv2O9qlX/HzPDVRo/r10S7K/oPwtL0H8dIz8E///Xv/+4hLlvPO35T2YS6xb5XytLof+js+i/rvI/qv/3a14oORE41wMGKfIeijzGCyx7Gq4Qyh68Sg3u9nevlOAphc6Ov8n5Pz9+1PiwOOlTrv9Zt+z/k1gK5/8zPv97yU83N/lzrS2l5Xl7tx5SGiCetOhFnP88fu7tKbhZvtlNz4/d8/zYQto/+lFTUYXjOZWKJk0HujXMktV4/Ll8ruzLNFdWQ/E+vsNuxUa+Y95MPl/W9PkfJ/DkqUct4EsFQYAwFwSpzkVQ5oKgMBOaC4LP90xopDAXBPepNYi0zk9lQTF24FgDYSbVn9Z/QZFhMfGR0pinu/8JO94f3/9kKui/zhL/q8pPjgEr0zz9P9hq3LPI8nLSseDiWNwJeEqyT6NqorRhjVBXZew1nUlfXchd+RYhNToZe9PJ2JffwZPOvzGFzEfeC5xCaLjIqE7wQqPFi40WLzhavOhNlzHixadBxxM5QuuQL0HwNS9SdqKV8z9aGhqZOG9+/Lyop3f+/87+J0sr4f6PZ37+t1iqsz3Yc/rerbmyAWL3SJHWohJN1YXXNR/smqp1LSdKu6SibGChWbROvmMa9wPor6J+gCVdV3E/QNUq7gc4nM79ADvSuR/g0EvcD7BXf/jC6frcE/B2X+4JiOrHPQF+/bknwKQ/9QTEWa6mnoAAzTXUE2D2YI1VvdJaGx2RyKbs4toxD++LbPML1tqVlIjst10QOeTlixyXHxQ5ZWwSOYdtE7kk5611dV8hcgvJXDvWMFLT3e0f6zxUfDQ9DWau86yJWOel7LrOq9hrvXfl0PU+u43X+xa6aPml917fEPt3wDKZxVvxEvNWeYgIaM+8Ui/Fo+Kdxs3zEEGoNv0kn9qKKMFU2P/Ucv8TwpVj/VwZx/rukRzrL+IYH+DLsf6uqRzr50RxrF9RxrG+WTTH+o5pzfsT9Fc1608AiDfvT6ha1bw/4XB68/6EHenN+xMOvdS8P2GvPsf60/Wb9ym83bd5n0JUv+Z9Cn79m/cpmPRv1qcAtGnWpwD0adanADQiC1TiWF8k4lj/4lqO9e+LONYvWMuxfomIY/0LIo7180Uc6x8Ucay/ScSx/jYRx/p5aznWX8HOFejHsX6kJsf6/1jHsb6PJsf6M9dxrB+xjmN9V7ZATY71h67nWN94Pcf6LuSckaotYvxOSFlBaAn7nzq5/guWRiXEt/sOsL+g/0wlQv2/0+m/LaXXX2+s/6y4rqma+lDzwb4orWt5i7VLam4MLHRaopPvmzkoxyFTN3P0xlfS9DbqLdHYqB/dZePgqTc3DvGp3GRgd3LTUONDmwx1cjcZqW//RNzthJ74doH+sKqDpsMXRpkOP5mtP6Jg3WDjPSsHj8xaNGTU6jlDRqdMNTCJ9zUwDXUwMJs+O0sS55Zl7uCdZRFguM1Sd+Q2K0mPbVb1fbJtdIYa2ZTJssc86m5km388267kqpH9tlojh7wfjByXHzNyysgxcg770sgl+Ui2q/saI7eQndljDReI3d3StnuoBIs9DWK2e9YkbPdS9t/uVTx5h3elZIfP7jE7fAsnDPNL19kR6HNUu6OcyaL/bcwXg9Pgu3F7KR4V7yi2+5ADUW36yYZMsZnpc506aYf+Q7j+fq1nBes+gC/rv31RrP/yFrP+q7nB+s9pCes/30zWfw6ZrP9Gb2T9p7eR9Z8GWYQ567+bG1n/VW5i/XdyE+u/Q5tY/+VuYv23/RPWfyf0WP8V6LP+O2jK+i+KLVCC9d+6waz/Vg5m/bdoCOu/OUNY/001YP3na8D6z8GA9d/sLNZ/blms/7yzWP8ZbmP9N5Is0oj1X59s1n9DjVj/yeg10or13/Fs1n9XjVj/1Rqx/vvBiPXfMSPWfzlGrP++NGL9d4T7WIF6rP92ch8rUJD1X9p21n/BYtZ/MdtZ/yVsZ/3nzxaoyfpPsoP135gdrP8mDGP9p7OD9d9R7Y7Ufx1NWUH/Cfqv0+u/mIh5T3v+s5mFuUWL/k+JmaD/Okn9R0X+p18SPGy5OX/ijzfrtI5lRMjk5QasNbxmgp+GRzilps6WDxfpw8/x3Avg1kdz0xe9ztNwMXm7xdvHSKnARUWLF5bqPHBxm9Rz2n6BBdcidJh2yPkfFiWND4uLjJmVEBfxtM5/c3OrFvM/JabC+f+sz//HG+he/niGmnhLvy8goKp3HiB+92uR1rcjNFW/sdV8cOszrWs392mXikcOLFyQr5OfUjYoJ6FMNzO8/JW0yeV6S8aV60ePKR88bUT5EF+dcwb2vc4NNa4/Z6hTc85I/fx5sYr6DPHtupnDqh7FDl+4NZZ3QP0k5R1QX8ziHVAfhZjEp4SYhiaEmE3fXCWJW1xl7rCsyiJg+iVL3dBLVhKnS1b1HpdtdKaF25QPuzzmkWO47f6el+1K9cPts8XhDvu6hjumqoU7ZVSFO4f9Eu6SonTZ1b0o3C3k4uWxhp9HuLsVXPFQ+SDC0yD7imfNriteyiuveBW/d9W7cs5Vn91vXPUtXDHbL33S1UDfLsFPXHrzp7vG4KC1+ZnisO/wALZxVmq6klBD8ah4B1vEFJ/hRYaKT1IVn8eEywdKWAq9n49BF70qwpe8LUCY8wL1zpwXePdrzgt8yxsvAdKcF7j1GecFbtJOKYQ35wUW5HNeIKWM8wIJZZwXCC/nvMDkcs4LjCvnvMAYsgh/ygsABSgvADTgvED9Oc4L1JzjvMD58+QMgRacF6ibyXmBR7GcF9jKtmGn1E9Szgsodkp9MYvzAoqdUh+FcF4gJYTzAgkhnBfYXMV5gcVVnBdYVsV5gemXOC8QeonzAk5sgV6cF5gWThZoxnkBR3qNdKO8AFCO8gJAO8oLAPUoLwD047xAVTjnBX4hi1TkvEBROOcFLl7mvMDnEZwXKLjCeYEPIjgvkH2F8wK7rnBeYCVboCvnBeZc5bwAL8xG6nJeYBK9Rgo3qqtOTWNBxwl9n89W/8WFJbZ7AVRr+k8iaRH/W1sL+5+etf5TTFRzkj/X2KmdMe7p7v58mDSi4JelxnvKlo7MKlo2avWBZaNTPk82id+cbBr6QbK5w/u3LQKi7ljqxt2xkvjdsaoPvGujMyfRptzq7phHvom2+7Xu2pWOTrTPtkx02KeR6JiqmeiUcTPROexBoktKn7uu7qWJbiGyu2MN9y9wdzt+z0PlkwWeBnvuedbsu+elvPaeV/HG+96VC+/77P6f+76Faxb6pUvvj89ZsPBJCWT5Tyv5Y1x3+C86DE3xkAY3oEpuoJfiUfEOOoPHP+P7Aq0JbVXZtQClfDvouL/3dtCHSazkflnKSq5sKSu5omWs5A4sYyX3eTIruc3JrOQ+SGbl9v5tVm5Rd1i5xf0/e1cCHtPZto8GtbbTopZIDBFJxHJktaVGIkktKRVLgjSJZBAimEpqa42tLfL/HYqvCDkJgtiOpdZgbCEkkYgtlgghlliiiJCS/1nG8lW/+m1flOlc454zba9ePXOee3ne9znnDjs3L0YoFHZuAyPYuTkVsHPrFMHOrUYBO7cmEezcHCPYuSki2LlVj2Dn9nsEO7d7EezcPipg53Yygp1bfgE7t63fsnM7xI9hh0Jj57buLju3LXfZuc1ihMJj5zaikJ3b2EJ2bjNHsHMLpGMsxuet6JRAQRpd2utcyDF6tLfD/w0PDQwbHhLU9NX/G3T/F0fHF7j/i4O9nb2gdDT6v7fg9287aohG/c0b9P/OovMz+78cjet/Jer/Pza8kZd3Gj6boUeZnhsvze04WTf3YY4UNa+6NC8pWjf/+47K6PgMheT/vRQTWVYX62oiLQibqlto4axc1Hm7Ir5sRV38xTGKFUm7FSsXqxSrpEE6+cd6itWTf1KsGfq5bq1moW5dF6Vug90A3caPz+s2Fh/RbbqRqEvYd1ixdeMexbbo0brtvy5W6OdWVuwYMVmxc8AoxS6fQYrdberq9jT3UiS2XKvY67NPtzezSJdkcl2XdLO1bv+5sYoDvw1RHLiqF5K1A4TkU9sVKTO/UqTs6q9N1WwXUvec1B0Mt1ccXD5RSOsaI6Qt2qpL715NkR7ZTzhkN0E4NClal+F7VnG4/SHFkRbXVEdtslTHah5UHS+vVx2/t1qVeTlWdSLzF9XJpImqU5vCVafXSPqs2Gn6M9PH67PHf6M/qwnWn+vbXZ/T1UN/3tVZf8HOWp9br6b+oqm76lJFJ9WlIivV5bwaqisny6vy9t9XXd2cp7oWf0p1fU6K6saUbar8UatUNwdKqt+DDuhveSfob7ut0N+xn68vsPhZf7eKVl9oMkxfeKuv/l6Ot766Scqc6re2za2Rs2puzQwpqtauaVGmCVtr116+srZZVLSZeaTOrM6YcWbKUI1Z3T5BZvU6dTO3aO1uXr+Rk7llbSvzBpVq1LEq4xZtdcdBsr5gKdkc+UxquOfDGFuXj5rZriuMaVRnZ91GCy/HNp5xIrbJxAMLmg5PWCAGr1jQzC+zvp1mXX17ly31HbrOsnQ0m2fpZDfC0unB2AbNTWfENT8d2KBFUURcy61uDVqd9IlrHecf57KlZdznP7SNazO3dpyqn0Vc24ktGrh6lIlzCzZt0M7y4mJ3twdWHmWSFntanLHyvJ5r1d5kh1X71H3WHXIWWHdcGW/dKXn7Eq//jbT+cnnMks5hYdZdIics/arnlKVdQ9VLvZ1Dl3br5Lm0e/Uvl/ZoZBPf464Y71PNo6HPsU+X+d6xtu21/vay3kcq2PaRPrH1W3fV9uuxt2z9Z6TaBvgfsQ387sqyvm022Ab5JS8LrjPbVu2yclm/cr8t62+mW9b/0r+WDXigWRayb+Qysp4fPn2DvOc4zbJ/ev9/X+XKGl7lKzz9qlTx349f6lUeolK+IBQXX7AWShcX38wvVa64OCcbnz/y5DM5MsWT79mH4jf8+SNFKXKC7OkefY/e+At4NxabwdsO/LEo9HT37gZ/dHsfNinS3af5r1IC3Ym61ItQLKbYr11MdYhItbRuAXRLCJSLiLSLiNSLiPSLiBSMiDRM6xxAxYhIx4hIyYhIy4hIzZSegZ4JgaIRkaYRkaoRka7pxlZA2YhI24hI3YhI34hI4YhI44hI5YRA54hI6YhI64hI7YhI7/RoZqB4RKR5RKR6RKR7RKR8RKR9RKR+RKR/RJQAQpABRJQCQpADRJQE2mUBskAI0oCI8kB4is8HygQhSAUiygUhSAYiygYhSAciygchSAjt3gAZIQQpoWldkBPCSfx7oawgorTQFC/ICyJKDD3wB2SGHvgDUkMIckMP/gHJQUTZoQf/gPTQg39AfujBPyBBiChDiChFiChHiChJiChLiChNND0M8oSIEoWIMkXdFJAqRJQrQpAsRJQtRJQuRJQvRJQwRJQxRJQyRJQzRJQ0RJQ1RJQ2RJQ3RJQ4RJQ5RJQ6RJQ7RJQ8QpA9RJQ+isAgf4QggdTdARkkXgIppO4OyCF3d7bW5u7Oytrc3Yk24+6Ozoy7O+PMuLujMePuTpAZd3e6mXN3x92cuztOhCid1N0B+eTujhvv5wUZ5e6OJSHKKUVskFTq7oCscpenkI5RXrnbczmWuz0nYrnbc2ABd3sSFnC3Z8UCXrfLrM/rduvqc/dnS33u/syy5O7PPEvu/oxgBDnm7s8M3tcLsszdn4g47v64NeDujw/flxZkmrs/Lfm+tCDX1P0ByabuD8g2d39a0L+H8k3RHyScuz8XF3P354EVd3+SeB8vSDp3f3KtuPuzgxHknbs/C6y5+xNvzd2f7Uu4+xNpzd2fGDpG2UdE6UdE+UdEC4CINoDX+TwJ0Q4goiUgBFtArQewBoRgDxDRItAmK7AJiGgVENEuIKJlQETbgIjWARHtAyJaCES0EYhoJRDRTiCipUBEW4GI1oIQ7AUiWgxEtBmPu1xGq/FyVsPYk3utm6v/wtYY+3TvR//HVa0ZHB78KreAfE7/x1F0dHrm/g/29sb+Twmv/woGDvjBwIlVsf8TlbzSY96Gjk7zNw5OjJ640WndLrPcA33jspMzEtJS5qdnpyZWSTsYPjIgbZXYJb1774BDP3/a5ciwAQFHP2qddqzXxOxj5893yWzZLztzd2KXkxYTAk4uXNLltIk64PTEKV2ycjwDzgyOS8sNLZ990fmDtHLKtUHlFbO8Kwgzgyvkj+hWMftbdaXMGUcq6337fbQp4ujHS8MvKmb7HPtkcs9Ln45sebxKSIvLVX1rZ1Zrb3r5s+YPT1S3fnClRj3T3jXLncmrVepBn1o3/wg1PXumT+30rFCzHTv8zFfrB9eJWeCnDP/9Wt1xk/zqdT983WJgTFZ9x/XXLTtMyGpQ7dcbVg3VZ6we/jbUpoJntk3Wv4Y2vGJz1nbbyGGNMjz6Np7fW9NkrXVQ0+9dvhF/qRDUrL/vbTvN1WB7z1a3Hbqmqh2tzO442clq57LFBc1Nk3Ob554taFG0Mrdl4q6CVid1ua1XZUe4bNHkfv7zzog2c7vlqoYsjGg7cVg/184/RLgFe/dr13TAt+7tHPu735pz17PxVxc9M8bcbV/Z/mL7tV8XdrhW7VLHqNEjOh21G+A1xm/El+urDujcp82ILjMLQr5qXXdk1/DjId61TUZ26745pFvRhZE9HKMG9rhQ6r6P+cYrPrtzinwfzsnrtXBPUe+sMXl9Ji4u8tv2dd7XwZOL/Oer8gK84kYH/ug3qG/jn0YH9W8zKLjywNFqz7qD1Nc6je5vZTKof0qT0SFlLwwKWaEYjSaFnjD6aB9VSb1MICC2RKOR3qFUafoM5uJIWikwFHv1vLvKFbyBK2DbdvB+h588+yI1jUEq5McaHtRYgNqmxgLUNzUWoMapsQB1TgEfap2CM9Q7BWaoeQrKUPcUkKH2OSCPDKBADBzAgbg3HSMXUOAFPqDAC5xAgRd4gRC4gYIu8AMhcAQFXeAJQuAKCrrAF4TAGRR4gTco8AJ3UIAF/qAACxyC/8PII+T1gEt4D8FMukM3cgr5PuAV2jUK3ELeD/gFETmG/B/wDHk/4BpE5Bvyf8A5iMg7iMg95AWBf2j7AXAQ+UHgIQqmwEXkCYGPKJgCJxECL9EPA9xEARX4ifwicBQFVOApCqjAVRRQga/IQwJnUUAF3qKACtxFARX4i3wlcBgFVOAx8pbAZYTAZxRMgdMIgdfIbwK3UTAFfiPPCRxHgRR4jnwncB0FUuA70nXgPAqkwHscSK/SeUX+40CaSucVeZADqUzHyIccSJN5QynwIgfSlXSM/MiBVEfHyJMcSDV0jHzJgbQbHSNvciAdRr8b8icHUm86Rh6lQApcSgh8SkEUOJUQeJW8MXArIfArBVLgWAqkwLMUSIFrKZAC31IgBc4lHw28S4EUuJcCKfAvBVLgYAqkwMOktcDFhMDHFESBkwmBl8l3AzcTAj9TIAWOpkAKPE2BFLiaAinwNQVS4GwKpMDbFEiBuymQAn9TIAUOp0AKPE6BFLicAinwOQVS4HRC4HUKosDthMDvFESB4wmB5x8F0n8q1xvzoHEiyvjXy+Q/t8CwQM3IN7j+7yA+e/9/BycHY/4rwfxX1vBGrxhg+PxJXOk++Yfb3lVW8XIqX9X+/uxqFnmzP6tyas4bW3/GtWfjuvOTdefndoBf6VWmuPimDlX1Zj7rn6H1Wunpz50MDVfssVKz9R1e0zX0PP/jCu5fFgkGDywUWuGDYqGAAAVDAQGKhswBFA4FBCief+QK1qOVK+OKlXHF6s8rVm8jSRnd/2tZDXpMiMYk8D75/6Fq/x5qTfBLPwTiuff/cXB45v4PDsb5v5L0/49uU/P0LWsq4Ya05JlRykPDxygqVr/b7hHdly4uvnwbOTkn+9/W+Es/WafH9Xlk5HfWLZZ6pC0vckKf3uWHJ5aa5HBySX7gBD+tqS9wko1q9xrU7vEP+m5r3fP53yNQrRnySg8AevHnPzs54PyPnUfgK/6Xjfz/On7/V/0Rnjf/7+zwzP4PvCW0Uf9LTv9LG94oV36Gz5WnDl7oY+z5/dd7fm/s9UFx8b0lT35wSM7l+DOaifegwYdp9j829/6yAtCgYRUYm3jGJt473sQrYdYxZpjX0bFjhvu7BPN8/9chMMzfK3CkOuyV/N8L+X870Rn9n12TJk3dwzVDhqpxE3JoSJjR/5WA//cKDFaHaN7g/m/nZ/Ofo5Px+a8l6v8rG97ofvSGz4b5/yjd3I6jtXMfHtFFzSuvm5c0TTv/exdFdPweQfIfqouZWqiNbXtHtyDsO+1CCxvFos6rhfgyD7TxF8OEFUnrhZWL7YRVkp9W/rGqsHryKGHNUFG7VjNLu67Lp9oNdr20Gz8+qt1YvFe76cZGbcK+RGHrxg3CtujB2u2/zhb0c4qFHSNGCzsHhAq7fPyE3W2qaPc0byMktlwk7PXZrN2beU2bZJKtTbrZRLv/3DDhwG+BwoGrq/OTtb75yadWCykz3YSUXb5DUzVyfuqeFO3BcEvh4PLw/LSu0/PTFq3Spnf/UEiP7Jl/yG54/qFJ07QZvhnC4fa7hSMtzohHbdLEYzV3iMfLrxGP31sgZl6eIZ7InCSeTIoQT23qL55eM13Oip0gn5k+XM4er5bPanrI5/p6yjldm8vnXW3kC3a15Nx6FeWLps7ipYrW4qWimuLlvArilRNFYt7+q+LVzafFa/Gp4vU528UbU2Qxf1SMeHPgdPH3oK3yLe+V8m23aPmOvU4usBgn362ikQtNguTCW93keznucvVK9ytUvyVPrZETM7VmxvTIWrsmRJomrKpUe7lUySxqWmXzyPGVjVnsnzL3X6FceX5VrPR6X5WKi/OtsYMMf5Jfwg7yzXzD+N3jz2DIFE++R2cC39R49OeTb9CuedCdsETqOtu+J7tCDCNxwlMDcX8TI/+SSHnKv4oP9/+jeLofSJWn/HlaHsmVp/ynaXnK30XBU/57BJ7yH0p/HwmXpvyBdHnK/zstT/nbKHjKfzX980jCPOUfJvCU/3qBp/ztBJ7y99PylH9Vgaf8Rwk85S9qecp/lpan/D/V8pR/Ly1P+R9lBNLmKf+NWp7yTxR4yn+DwFP+g7U85T+bjpHMecp/tMBT/qECT/n7CTzlX0XLU/5tBJ7yXyTwlP9mLU/5X9PylH82I5A+T/kPE3jKP5ARBICn/H0ZT/H5QDHgKX/foTzlL+fzlH+KlocYLAWe8g/P5yn/6YwgFDzU8KHAU/4983nKfzjjJP69UDx4yn+3wFP+Z0Se8k8Tecp/h8hT/msYQVR4yn+GyFP+k0Se8o8Qecq/v8hT/tNlnvKfIPOU/3CZp/zVMk/595B5yt9T5in/5jJP+dvIPOVfS+Yp/4oyT/k7izzlb80IwsRT/hUIUaB4yv+qyFP+p0We8k8Vecp/u8hT/rLIU/4xIk/5Txd5yn+rzFP+K2We8o+WecpfJ/OU/ziZp/w1Mk/5BzGCuPGUv7tMoQxEjtsr8lRur8RM5fbK9Ehur0yI5PbKqkrcXpE4tIEAcntlfGVje8XYXnl/pvrfCSNh7AO9zjn+P5uWChWen/+7qkcOGhgYETLoTeV/e7u/ev6Lcf9PSeZ/QXiytdnd8FkxNWCCFDXNXJiX/pNuvuYrbfQRE4XkPUmIWe+kW9jaSrtw03BFolctYa+LlXLviepyUgM3KWlXA+WBspbSgeWuUvKpFGVKZH0pNWGV8mBoWSktapoyveMl6dCkFVKG7X7psPpn6UiLdOVR92HSsZprlcctvaXj92YqT3w0VHki81vlyQvVpVObfJWnUx2UWbHh0pmVnymzx/eUzv5PofJc3xZSzuATyvOuptIFrwRlbt0H0kWn49KlirWUlz/bLF2+8ofySkGUlLc/S3n16PfStXi98vr6AOnGlFhl/ixX6ebAicrfx/orb3lL0m3/tso79uOlgjYWyrtVgqXCOmWUhbc8pHsPLyrvZ1hLRZdMpD8S3JWP5+EMr5ecZsM9rXkBhrI0bOd56i4ovMvVcNNhZkhPr3d93/2LXJa0KAeXJqUmuDwpNcElSqkJLlNKTXCpUmqCy5VSE1yylJLgsiWES5dSBly+lC7gEiaEy5jSBVzKhHA5U6qAS5oQLmtOFSn0PV7elCLgEqf0AJc5pQa41CktwOXOKWEFIV72lBLg0ueUkE7/HJYAp4S1dIylwClhJh1jSXBK+JYQS4NTgi8dY4lwSgin77FUOCX0pGMsGU4JLegYS4dTgikdYwlRSoAyopQApcQpoRZ9jyVFCGVFKQFKi1NCFh1jiXFK0NMxlhqnhFg6xpLjlDCRjrH0OCVI9D2WIKeE8XSMpcgpIZiOsSQ5JXjQMZYmIpYnIpYoIpbpI9dVYqVq9DCva/e5cd/5f3/9x3tI+PAB/p7qIZr+IYFvwv81s3O2+5P/cxZFZ6P/K2H/Jxjq7gPDu5z2UXwtBQKjf7QX+dHO4/f4biqPzxDdTeWHB3rhb8+UUQ+M9yL4B/H/cP8v1KHqsJffAfA8/rd/5vnfTs2aGe///7bwv4nhXQn5/5TrXB/eIfYBuO0lSG3wp2ESEwmuA7zf5Xz6IieM5SD7OCUzOHFPttc95+QZFcKoEG8P/weGhapf5QYwz33+9zPPf3R0cjL6/7eF/z0N7EH3//ylnX/rXZ176Xc7mYh7mrbWJ1a7IO6t4avaW1xK3lfYSpWUlSPvP26mOrBtj5y8oViV4jROrPnJw441MxISat3c3cg0Prh17fS4RmZTPFzMl/TeWmegk5fyJ5etdTvU8Ko3oM42C5v7X9b/otQ2y/KnvmzQzLxNg8vbOlt/IqisD51Is8k/p2q4JiHdNm1320bT5x9qLMe5NtFoM5rqfnITu/bNaDZy4W67VmO72fv+sNvBNLC7Y4sBexyL3Lo71+yQ6HzSskfze40SW2z5sEfLzIa5rabtL2i907Ofy7DlBZ/H2vRr0yspQjW+Yr+2LZdFuAZe6/d/7F0JWJTn1R1EZFMYBIeRARxFBMTAsKMRN2RTRBREUFFHGJEGQUcUNFFRUFDAsG+DyqKgwUZrolhLQ4w2JHHLoklrjP4mtsYkjc3SJH+M+t8FrcSoIIj89dOnHMnTPtLc75z33nPu946vRe6KieNPx038OSnFf/Af4vzPTUsJNDh5JfDo4h+Dvtj7+aTaqT9Nfif/8+B0l5/afBwd/aYEruO70WgvvX0MjwX42puuNNOjK8364gCBadrZd1uvOqPjIowGCjf4j/vTPoLdeUj5QkuTJkR8WGmnBB5Y2imBh5Z2SuDBJbcXHl5yeeEBJoSHGBEfZHJ74WGmnRJ4oMnthYea3F54sMnthYebjkl4wHkXoYk+GRwfdPrB4GGnXQR44OkIhYeedhHgwaddBHj4aRcBCEDHKpCAdhGACLSLAGSgXQQgBB21QAraRQBiEAI5aAcBCEIIJKFdBCAKHcFAFtpFAMLQMQykoV0EIA4dxUAe2kUAApFQA4loFwGIRLsIQCY6moFQtIsApKJdBCAWIZALEQlGCCSjXQQgGu0iANloFwEIR7sIQDraRQDi0S4CkI92EYCAtIsAJKRdBCAi7SIAGWkXAQhJrQCQknYRgJiEQE7aRQCCEgJJEZGohEBWahuAsLSLAKSlXQQgLu0iAHnv9GQ9gcBC3yf0fT2l/4PGSK1MiFd2/gMgH+HzHz1w/hc+/7FH1H+8b3gX1L9j7/+7unmK5K5hK2MTOzV5CPXvivrHqhKU8Y9+/c9D7//08HC9x/9zcxXmvyc8/91++zm19c9GOP9VhrydVdnkqXc8/LDe8ZaErBON0Vkn60OyTlWt0judqcjSXjIuq3c/Gz2d0CGbdH4Yu1lX0Xuz7oeDs/WN/5Gtf1A7x+DaWzmG2+X9+v717/36re1lZHSoxch47mVjcdluY5Mxb4r7p2aLTa13mZhFLjYxu7nZROI9tb/kSl2BdPBzhdKWrEILrSlFFvW/K5Jdci6yzAwusjpiUmy9srZ4UOkfB8ijNhQPTjtbPGRCjcQm/lvJ0CEZEtugM5JhvRaa2zkcNLc7/YHUQb9M6nA8tmz41VUDHcveKx/xfknFM9n2FU77UzXOyX4yRcEsjUu0stJVPbrSzce30n269VYPK9utnq6irZ43dLd5y6ysvc9f3Tby51vWo5qOb3v23CXr0Ts/t/Y5fNR6zIZ3rMdW7LQep9pjPT79yLYJflusfWNqt010emm7n++G7f460wcF2MRtD/hx96DAKxWDgj7Klk9qeUE+uXGxPLh+rnxK6VR5SOY4+dQUF3nokjnV0+ZPqZ4eOqY6bJxzdbhCXj1DblIdIe5VE3Hru5qZ1y7XRF48Wxt1+s3aWc2NtbMPfWYzZ9cZm+iyv9jMzTpoMy+13mb+ojIbZeQmmwWBq2xivJ+zibWfY6OSTrFZaJJaG6cVXxv3zazaRZcm18a/N7oWW2BtrV5P4jd0t+u+wgeucBduUGwow94Uv2KHPN4XL/D2/W9+pURL60EsvH1p1MrWPxvh4LlMkk2D7vP9tenlBWQlITCTBlVgJyEwlAfWaEJkKq0nAVtpPQkYi38JspYoD8ylvxTYSwgMptkDWEwITKb5A9hMCIxGRFbTLALMRkR20zwCDEdEltNMAkyneQTYjoiMp5kEWI+IzEdE9hOCAiCiChCCEiCiGhCCItDADapACMpAgzeoAw3eoBA0w4BK0OANSkGDN6gFDd6gGDTXgGrQ4A3KQYM3qAcN3qAgNOuAitDADUpC8w6oCSEoCg3coCqEoCw0A4G60OANCkNzEKgMDd6gNDQLgdrQ4A2KQyckqA4N3qA8NHiD+tBsBApEgzeoEA3coEQ0J4EaEYIi0cANqkQIykSDN6gTDd6gUDR4g0rR4A1KRYM3qBUN3qBYNHiDatHgDcpFgzeoFw3eoGA0i4GK0cANSoaIakYDNygaIqoaISgbDd6gbjS3gcLR4A0qR4M3KB0N3qB2iKh4iKh6NNuB8iGi+iGiAiKiCiKiEtKpBWpI8x8oIiKqIiEoIyKqI82EoJCIqJKIqJSIqJaIqJiIqJqIqJyIqJ6IqKCIqKKIqKSIqKaIqKiIqKqIqKyIqK6EoLCIqLKIqLR3DIfej/GShQf81r4tt2vy8FgH0WW5ZentzaIb1qq8giHRRdcw9FRXoh39/wR1/LIFysTH1v+7eCk87+n/PYX3/3tK/9+/bf//Rlplk7PoePgrouMtqrQTjRFpJ+sD0k5VLROdznRI014yMq13P0s4MU8a2V77wtjOYa+x3ekTYgf9fLHD3pfFv9lngpy8SJ+gU7EPO8CcKhQD/Epi5IcdoN/T2wHeUwfs3NT/3K7Hnd8badz5OfPrrlAX7vxUadz5RaRx5xfAH2YNdeLOzyGNO7+Radz50WVUVDdCqB13OnsZoYbc6eQzQi1vn2SPWk/hcOmKe0o7d7a0S/+TnlMlzguMT0h4TP7Pf7zB2/rv6S7sfwn+T6v/Y943r1P+j+21b9r6P3sPSNv4P6mvsP8TWawR/J8n4f9kVAr+z0Ned1vV+mdT9n+yYhFX9N75P0+jD4SK8CR9IFSUB/pAoDAP9IFAcdr4QKA8gg/0lPpAvXSezMdo9r6tu9CZ9yY7SJ802OgeDfYLEzyhx/A6Y08whdrR//sqExeo1OrOvf/Rsfzfy83dXcj/e0r9l6vV8Z35BIBHqL/CFesfmLRAqU4W6v9k6z9RqU7p1N27D/N/Pe79/AdPT+H+l54y/xt0ZP5vM0dCS7BqlzDZPSTZN2yb7BdEduVE1zZp1L5dECH7E7K/9uq/3/KYhM5c//3w/O9e/Xf3EvK/nqL/Zq1/FrP+nzGrbBpXdDz8WNHxlhSzE42LzE7WR5npG39jrn/QSGqhFSm3qF8ud7CdPtRhb/MOv6WvNvjrzGkIsFE7Bny90jFIO9wx6NTsEffxG0FcUukVlk2WeGI83xflAL/ynToj3T3gqzd8fcqzwDs1Qa1PrjPYx2fFGTM+K8YV8VlxjBHqxGfFIjM+K6LM2L1jFwvrxu5ZpJzds+WEWEN2s5p3kNsDtWS3Z04Duz1qugIT60rCCLUlhPreNxvsQI2FA+jx54Pt0P9OT2EP0X8PhcL1nv7fQyHofw/R/4y7+3/N2VTa/9h6bmLatjRl2vbDw9Kq5vum3W8f5PobuaJf9q8R3WiJEt1csS/tVv2zIlFEQZpWppWo19i9otv7IjqhsnU6P3iv13W+sV73Q4t0feOL6foHfskwuHYkw3D7QJ2+f72g02/N9T5Gh17vYzz3E11xWY2uyZhmvf6pGXqm1tX6ZpEL9c1uputLvAMNzLWnGkgHx2ZLP3MxtNDyz7Goj8mRXbLPscz0y7E6YpBrHWeXO6h0fz951JrcwWmncodM0BjZxH9pNHTIaiPcfxjWax7vrXx/UGz/z0t5DmfKxMNPHs13fHWVyYjf7yx4pmhOf6fczELn5DGmisXxhS7Rs4pcIzaaufmMLnL3XDTAw8q62FMyaYDnDVGJ1w8jJN7nPy0ZWX+1ZFTTsZJnm4eXjN55SeKzvW/JmA1HJWPXfF0yTrVTMn7uuyUT/DIlvmP2l0x0qi31sy4q9deZbB6g+wfzgB9rzAOvFJoHfZQhndSyXDq5caE0uH6mdEppoDQkc6R0aspwaeiSGeXT5vuXTw/1Kg8bZ18erhhYPkNuUB5hfL0i4tZXFTOvfVIRefGUJup0s2ZW8z7N7EPnZXN2nZRFl70mm5u1VzYvtUo2f1G+TBm5XrYgcJksxjtWFms/Q6aS+ssWmizVxGkt0MR9E6ZZdGmiJv49D80TzAt/dZZsthQ2h9rLYOoWnESX6YMGgMl3bw4ho+nKTGA1XZkJzKYrM4HdHd0soisYgfl0BSOwHxEVAJFUAH+hElBYU0AbSKgI+AtV4bc2k1AhOIv0Xk8dACgFZ5EW6dzNXGQE1eAs8kgGZ5EDdTiLvMBdAagIZ5Gvc2cAasJZZI0uZ5HN3BmAsnAWWa3PWeRCRlAZziIDuVMAteEsMrb1YnoXQ+6m/PlielAfziLtcziL9MvhLNIgl7JIUCPOIvf34yxyTS5nkadyOYvUGHEW+aURZ5Grje7e1EK1arOpBaqFiMpF3RuoF3UioGCURYKKUTcCSkZZJKgZdSSgaJRFgqrRqQ3KxlnkLMpOUeE4ixxN36PScRZpTZkpKh5nkSJ8dkWofJxFfkrfowJyFnmMEJWQs8hL9N9DReQs8ih9j8rIWeRO+h4VkrPITO6IQCk5i6wtpe4UFJO708nUJaFychZZY85ZZCF3T6CinEUul3IWuVDKWeRMKWeRgVLOIkdyhwXqylnkjHLOIv3LOYv0Kucs0r6cs8iB5ZxFGhCi8nIW+VUFZ5GfVHAWeUrDWWSzhrPIfRrOIs/LOIs8KeMs8jUZZ5F7ZZxFVsk4i8yXcRa5XsZZ5DIZZ5GxMs4iZ8g4i/SXcRa5VMNZ5AJGUHHOIidqOIv00DygW++hii7MBk9+d1D49VTkP8GBQZ37Ox7h/W9PD1eR3DU4SR07LzApRfVY/wUI+d9D6h+fGKtarOzc538+0P/1uvf9Dy8h/+sp879E1IXvfwy/uszEseyd/BHvv1jwTOqegvt2HXCSZ+8RJrv21obfCak50xPeCcEa06QBdabeBmpNkwbU+4GdZjtrLvR+Xdf7tUf/O3sKP+z+R6977n/3dHMV7n980vovatWY6FbeDEwj92PhVYn3+F6SK5vV0sHR6dKWhGUWWmMzLOpDkmWXBmdYZiqSrY5ob7BeuWX1oNIGHXnUktWD01o2DJmQc9Mm/nKfoUMSb9oGvdnH9trHt+wcdunanX4N9GOznsPeKtCNBH3HsqZ1I97P2vxM6rb1Tvt/l+0cmZauKAjOdokOznBVO+W4+ThluE8X53pYiTd4unyb6/nLtxu9ZcZG3ufPbBxZ/+mWUU0HNz577gOj0Ts/6ONz+IDRmA0H+oytKDUapyrtMz79lS0T/Fb28Y0p3jLRqTjTzzflRX8dH90Am6gXA34s0g28kmMc9NEKvUktieLJjZF6wfWh4imlo/RCMl3FU1Ms9UKXhORPm++9aXqoIj9snMWmcEX//BmDftkUYfx9QcStC5tnXvuwIPLi69lRpw8VzmquyZ596KzpnF3NhtFljaZzs6oN56WWm85flG6ojHzedEGgyjDGO9o01j7AUCUda7rQJCY7Tmt2Ydw3ftmLLvkUxr9nl932Wrqu3wAGcSymgI8XgKsPadECMIoVCPCAO6u/ji4ubgr4qqCvLk/zNZN3uMC7OinnRa2cYEdwPJ1ByA12BKPJkUSOsCM4NoMdwZBkdgQHZ7AjqEhmR1B7AzmCwB12BBt02BFcspodwZYN7Ajm3GRH8HIfdgQTb/I5/WYfPqc/vsXn9C5dPqfp9kjiGZ/TVSI+pxP0+ZxuWsfndNZmPqe3kbOK/CNHEDhIOg48ZEcwmH5u5CM7gk70PfKSHUEx/ZzIT0LgKDmBwFN2BM9sZEfw0y3sCB6k75G37Ah+QP8/kL/sCB6g75HH7AiW0vfIZ3YEV9L3yGt2BIszyREEfrMj6KPLeXXUi+wIFumyI5hjzI7gCj12BBPF7AhG6rEjGCpmR3CUHjuCrmJ2BC312BEMyWdH0HsTO4KKfHYELTaxI9ifvkeNYEfw+wJ2BC9sZkfwwwJ2BF/PZkfwUCE7gjXZ7AieNWVHsNmQHcFGU3YEqw3ZESw3ZUcw3ZAdwedN2RFUGbIjGG3KjmCAITuCY03ZEYzJZkdwdiE7gn7Z7Aj6FLIjaJd9Z3esB+qP0P913S2Z7ej/pqgSFiQtVyc+rv7P3cPt3v7PS8j/e8r8n/oo839X5vmSK9s3U57fsi77N/P8lZX/yfNTivrdN89/gA/htH8p5/kFYZznqz2KKM+fbl5Meb7L/xZjsuUtk7TN88+dk1Cef7hJQnl+xTYJ5fnphznPj6nkPN93Def5NvNLhTz/11N/5ueC09NeFnLnuUH6OJyenpqxowK0ydhBCTqUsYNC/GbGDmrxSBn7IzpfqDJtMnZQmzYZO6hOm4wd1KdNxg4qdHfGjmr0wIwd1KlNxg4q1SZjB7Vqk7GDarXJ2EG92mTsoGJtMnZQMyFj/3+RsbdTZYXe+unK1dvR/4eEzez2/NfVS7j/u8fUP0mdvKi7838vzP87/eapUP8uqH+oqgvq/+D3v+7Z//dwFe5/7ynzv1nb+f9CVWXTZPnx8NPy4y3rqk40qqtO1sdU6Rtfr9U/KN1hobVgj0X92j0OtnP2Oex9R+G3tNnLXyfOK8DmhcaAr9Mbg7TnNgadUh26/7tBCXQnyZo87FKWpGGXgF+pS5mJXcpMYRY0u3sWTK6TXOZZ8EIVz4KT5TwLnmaEKvEsqK7iWTCmime563QHDVaNZ6kFe3iWWkuIFeTZ5h0iIlaSe/84L+79X2gkhKpShwSVJYTqPqDXbWeFhT60e/rQduj/tOUqVeKyBGVibHed/67wWwHnf6dvHhb0vwvO/7Ck5d3d/3m5uGP/3+lPnhHq3xX17+wU1vH8x8PLxU3o/4T8p/V9zr6b2p///Mb7nO3ZQ6X8J3JLoZD/PAlnMveYkP90LP9ZO/ppyn9QAR5L/tPOdyy7avP5Tv4DSiPkP0L+0/NUVpi7hfznV/1/uHLZYmVifPfe/+qmEO7/7CH1j4iPSU5Sd2f9XXFehPp3evNQqH8X1H+malnnOPgI+Z+bJ/K/08mTUP8uqH+UMjEmKSU+MVHZffzn9787/clDQv0fuf4T1MpV8QnOXfF3UP09PDrAf3f4H4jkHoL/98TrPz5GreqS+neM/24uHsB/Jyfn8YtV6vgYpfP0+KR58COBEgn17876T1SFJKmTEhcpu7f+Xsj/u+vf+Z9CqP+j1N9PuSz5CfDfVeHetv5hyqR5ocrlCUlC/bu1/p1u/h9t/vfw+lX9pygTlcuXCed/t9Xf1y+8q/6Oh+W/bl7uv6q/m4ubsP/XLb/akTypW/+sr+lrPl9z9ty/Kv/2ct7WHQfytv0xL297RmneW/pL805cmSw+uds871SNr/h0gbv43fW24vfUEvH7IePy+u2IKTHKtpAYZ/iVipM9S01i7cr6h0vLTKdMHGjm9nP5AJsvyyWm5yvMtU9WmH/3mkb62V7NwA+qKi2O5lfKmv5sabnnZUuryu1W1jl5VoNeWGclT1BbDZ4TYzUkONzaZrSf9dARnta2lnbWw/pKB9np+G63+7d7lf3fbasczkqqhv9Ft9rx1Z+qR+y4WvNM0bkap4zjtc7JTbWK2N/XukT/bair+tWhbj5/Guo+vcTWw2qrradrqq3njbXDvGVFdd6fKIeNvL6ibtSffYc9+3Fk3ei6eXU+fxpVN2bj+LqxGsu6cQtt6sZnjBw2wV+nzjdWNmyi7ZV6P98bdv46b9cH2Fy0C/j6H3ZB2kfsgk69ZT/ps1r7yS+/ZB98onnXlC059iF7qndNTUy0D81J3z1t5ubd0xNUu8O8EnaHBwfsnmEesjtihMNLET8qXooc4D888qP+DVH/tnecdfD7htlnDRznVJk4Rr/6lePctd85zis65Th/3llH5eovGhaMbXSMiT7REDuo3FHl83LDQr0DDXFWeQ1xn5c2LLqhboh/a2UDvdMt6qXdrb97iURGYswHLOUYJvBX/Ce+GDmg0vzXhrsiLa2OUIwu5gWa8QW95/5F4S7QjS7oBcrRBb1AO7qgF6iHiPSjsBcoSGEv0JDCXqAihb1AR0SkJCLSEhGpiT8E0hMRKYqINEVEqiIiXRGRsohIWxH9S/mZQjikLyJSGBFpTAhURkQ6IyKlEZHWiEhtRKQ3IlIcEWmOiFRHRLojIuURkfaISH1EpD8iSgAiygAiSgEhyAEiSgIiysL/sXfmcVGWax8fdFiEUdFckM0VR0ASGGZAxZQQCRUjRdyTEUbkiDCxqWmJgqPGVGa+KmGKSyiiaWmmxyUrK8/rciyzt9I6VJ82E6IsNxLe63c9zEeZspOIzJw590zMd4b6g577ub/XMs99PyDUAEIPIBQBQhMgVAFCFxzGSBkgtAFCHSD0AUIhIDQCQiVM0gkIpTBJKyDUAkIvIBQDQjMgVANCNyCUA0I7INQDQj8gFARCQyBUBEJHIJTEJC2BUBOT9ARCUSA0BUJVIHQFQlkgtAVCXSD0BUJhIDTGoYVUBkJnIJTGJK2BUBuT9AZCcSA0B0J1IHQHQnkgtAdCfSD0B0KBIDQIQoUgdAhCiSC0CEKNTNIjCEWC0CRopapkb4hvaO/6tkxi59s/z//HxGtMdwG7x/l/qMq8/lOpNeL+T5bM/+1lN+9Pt6D+veu60r556/9+TV9iaJO34YVz+uNLa/M+6PmL/gNtq+rrV1NkNd/FVP/2cYzsxjH/6tp9/rK6ra2rZWtay+yW/FjdYvaPspaPKfRyrUuefVzVYw5DKhc5Bp7OdHxamd/K9dWsVjs2yZ2rV2a7VDy/WPHJrl9bH8kxtNm/4nLbshWOrkXZV9oty3ZqPzfh6n2pCa06TAi71jEmrFWn/u7XO/u6O7v1CJ3Xxek3F/cWXea7/+xm9PiiZr7n+9eNXm9+9oT3K+ef7rrhjSe65bZt3X3hhid6jP2pTc+/HartpT7Txmf4+treHV9rq/RbWKesfX+5r3OyzPfz3cv9Lgyz8z/8P8/1PTNtUcC62Svu3z00v9+TE54PfL53flBKbofgLKcCVfT4DiGjLyxWKwd01ASfWBzq6NkpzON7h7Bvajv1rznuMODdik4Dz+1wCN/526pBB551eODZz1cNLqb/7YwjqyIKnjY8+PDGVZHJGYah/QpWRw19ZEnUpdc7RwekO0afKeoc0zrOMWb3PLfhlcFOI9auXjPyo1FLY+fPXTNqb+DShydPWhO3qv2yR8IHFY3O+WXZGM+uRfFjP1oW/5tdUYJ631MJX3u7j/c+6zz+HZnHhNrXXSZu/tJj0udFLpMLjnpMOTzP5dHkUo+p66a4JMa+VaxdMrdwWsDm4qSUSYXJrQ3FuuhBhbrKGcUpyq6FKSeHF6c62hWm7uhbLAVChEKZnWWednV15SUyeV3d/l12Mn514leF9Ht4CrctjBxHP3G2XE1IId/ujqYt1ww0daWbelzj20piCoOYxnzBKE1lrgloOjNpSoOY1nwzD5rafDMPmt58Mw+a4nwzD0xzPDDV8VjDOQBPeRDTHg9MfU5caPrzH0oKAKEBTlxIBUzSAScvpAQmaQGEGjiRIT2AUAQnM6QJrl1IFZzQkC44mSFlcO1C2uCEhtTBtQvpg2sXUggnN6QRrl1IJZzgkE64ZiGlcJJDWuGahdTCJL1w7UKK4dqFNMMJEKmGaxfSDdcupByuXUg7nBSRerh2If1w7UIK4tpFLW15BxVx7UI64mSJlMQkLXHN4iwtvoKeOIEiRXHtQpriJIpUxbUL6YoTKVIW1y6kLQ7BpC6uXUhfXLuQwjixIo1JtcsFPq7QmVS7nODP0JpUu3zPCSP0JtUux/kzNCfVLjv4M3Qn1S7P8mdoT6pdHuPP0J9UuzzN4wYNSrVLBn+GDrl2ISUySYtcs5AamaRHTvZIkUzSJNcupEquXUiXXLuQMrl2IW1y7bJXuh0q9Mm1CymUaxfSKNcupFKuXUinHBZJqUzSKtcspFYm6ZUTSVIs8x2eazKolmsX0i3XLqRcrl1Iu1y7kHq5diH9cu1CCubahTTMtQupmGsX0jHXLqRkrl1Iy1y7kJqZpGeuWUjRTNI01yykaibp+mbt8h+kbFHVNEVVYwoPf722uX3+r03XJmstdP2HKlSlEtd/WLb+k8Y/IjtNm56dmtTM3/+GaMyu/3hIm5Y6XTtHjH8zj3+kLh2XATb39/+8/8et4z8uNT09Va9LEePfvOOP6z90menNPf4hQWbX/8Tj+p/sDDH/m3n8YzNy0rO1d7cJU2Ou/wo2G/+o5FkY/3Qx/s07/qN0s6fTKZB8F9t/NGL8g9TBZvF/TPbU4Rkz0rPE+Dfv+Mdpk1Kn313616jr/3n9xy3jn4BLf3NydZli/Jt1/Mdos2Zqs5Nm6GY3/gZwjZj/QaEqs+u/dSmp6dp7cgDE+P/J+E/ImXnXQbcx8z/QbP6Pm5GarZuRkZmlE+PfPOM/IzVN1yTtn8b0fzRBgaL/YwXjH0lJd2q6jkqAtOac/0HB6mDz6//pD9GmZIjxb9bxl8r/mLvZ/a9R4x9oyv/r88/6P0TM/+Yb/5xpTZVuNWL9d2AI4v/N5m+u9p4kf2L8bzv+Uc23/iPo9/E/KEjc/7NZHre5kEQuu3lxenL9+1ZiHYe1reO499/i4xJkfMPuF4ivlqVX/CYKlyNH2fDKDbv6x51MEPwLsZpCrKYAxWqKP1pNYQXC4tkrrjS6qyuNTHIUayhsN/8f01z5f1Dw79d/BKk0Iv+3YP5vepiuKcSPHArnSzkpGtrwhsx3ckhMke2WwyLiS9PdnVo8LOl/dZTl1v+J+39b1P+3Wf/nrV//9x8SSwwy/YYXTiYeX1qt5/V/iTUV16+Or675bmDFbx8PqL5xzKuidp9ndd2WugrZ6tpquyVfVLSYXVHdUl+bKE+8obePq9A6DPlXpmPgW9Mcn+6S1cp1c1KrHSt/ca42JLtULM5RfLLx69ZHUnLb7C/4pm1Z/hXXounftlumu9p+7kPf3Zcafa3DBL/vO8b4XuvUX3Ghs6/LdbcevjO7OFXWuLdwSXP/2Xm+xxeVaZ7vX5zv9eY/Z3m/cuqJrhtemdUtV3aj+8LnZ/UY+2Vtz7/trOqlPlrrM/y5qt4dS+uUflk/KmvfzvN1Hlvt+/lLeX4XQn/yP7xkYd8z8ZkB61IX3b9bk9XvyRH5gc+7ZQWlzJAHZ17PVkUPl4eMPp+jVva11wQfzgl1bOMQ5vHp5bBvqh361xy8PODdDxwGnlt3OXxnlWHQgbzLDzx72jC4eNrlIRmvGiIKFuQ++PBKQ2SyNndov9wlUUMjZ0ddKnOMDph6JfpMoWNM64grMbtnOQ2v7Hl1xNplS0d+NGRO7PyZS0ft7THn4cmxS+NWyec+Et5v2eicb+aO8Wy3LH7ssbnxNZeWJai3PZ7wtavzeO93r48/+rPLhNqtNRM3f+gy6fOnaiYX7HWZcjit5tHkNS5T142qSYzdU6hdMnPetIBVhUkpsfOSW88p1EX3m6ernFiYomw3L+VkeGGqw6V5qTu8C61iMQmFV3ld3XtHsJiEXp34VSH9Hp7i8m4c/Yj1f3+4/s9bL63/+yFRWv8n00vr/04mSuv/qvUN1v/RlJbW/42vltb/DayQ1v8NqJbW/3lVSOv/PPkzT3U8aLrzX0hTHsS0BzH1OTGi6c9/KCkAhAY4MSIVMEkHnByREpikBRBq4ESJ9ABCEZwskSa420aq4ISJdMHJEimDu22kDU6YSB3cbSN9cLeNFMLJE2mEu22kEk6gSCfcZSOlcBJFWuEuG6mFSXrhJJAUw9020gwnWKQa7raRbrjbRsrhbhtph5MuUg9320g/3G0jBXG3jTTEiRipiLttpCNOxkhJTNISd9lITUzSEydopCjutpGmOEkjVXG3jXTFiRopi7ttpC0OwaQu7raRvqRu23VeTwmNSd2283xcoTOp23aYP0NrUrftU15fCb1J3baD/Bmak7pt6/gzdCd12/L4M7Qnddum8WfoT+q2LeBxgwalbpuWP0OH3G0jJTJJi9xlIzUySY+cTJIimaRJ7raRKrnbRrrkbhspk7ttpE3utpE6OfEkfXK3jRTK3TbSKHfbSKXcbSOdclgkpTJJq9xlI7UySa+cqJJimaRZ7raRarnbRrrlbhspl7ttpF3utpF6udtG+uVuGymYu22kYe62kYq520Y65m4bKZm7baRl7raRmpmkZ+6ykaKZpGnuspGqmaTrW7tt/zHKFlWTla3/i0qZq2+iWy/c+ff/6tCQIHz/P52//o/UpmZmiPy/meu/1MymutSyMeOvwfqPqJzMDL2u39CcaWn37DbgYvxvM/7ZSf2acvzv7PrP4FCx/7vlxz86tjn6P3/U/9eEiP2frLP/Lz1wZoj+/y39/5uHRWSyov9vO/73D2wa/99Z/heiUmP9VxPFH+H/uxj/IEvE/xD6rYj/Vhn/6+p+qpbJAmh8RPxv8P2/6bCI+C/ivy35P9Ai/tcI/1ur/7MSSXR0Wgj/N/C/6bAI/wv/25L/gyzjf3H/J2v1vy4OohP5v5n/TYdF+F/435b8H2wZ/6uE/63U/+OGQHTBwv8N/W86LML/wv825P+713/j+v8i/7dW/39VgUa38L+Z/02HRfhf+N+G/K+ykP9F/m+t/j97GqJTCf839L/psAj/C//bkP9DLOT/EOF/K/X/e0cguhDh/4b+Nx0W4X/hfxvyv9pC/hfrP6zV/9joKIDGR/j/d/s/4bAI/wv/25D/NRbyv9j/z1r9X14C0WmE/xv633RYhP+F/23I/6EW8r+4/4O1+v/F5RBdqPB/Q/+bDovwv/C/Dfk/zDL+DxL7v1qr/5/Ng+jChP8b+t90WIT/hf9tyP/9LeR/sf7XWv2/UA/R9Rf+b+h/02ER/hf+tx3/B1hq/ye12P/JKsbfUvs/iet/rTP+U+SgEOEv9n8y3//RdFhE/Bfx35b8b6H9n4T/rdX/xhISndj/ydz/psMi/C/8b0v+t9D+T2L9h7X6/4VdEJ3I/838bzoswv/C/7bkfwvt/yTWf1ir/7cegejE/h9m/jcdFuF/4X9b8r/KMv4X6z+s1f97T0N0Yv8PM/+bDovwv/C/Lfk/xDL+F+s/rNX/RysgOrH/h5n/TYdF+F/434b8b6n9X0X/31r979kNF7qI/o+Z/02HRfhf+N+G/G+p/V9F/99a/e8XCNGJ/o+Z/02HRfhf+N+G/G+p/V9F/99a/R82BKIT/R8z/5sOi/C/8L8N+d9S+7+K/r+1+n9YHEQn9n8187/psAj/C//bkP8ttP+r2P/Jav0fnwjRif1fzfxvOizC/8L/NuR/C+3/KvZ/slr/T9NDdGL/VzP/mw6L8L/wvw3531L7v4r7P1ur//V5EJ3Y/9XM/6bDIvwv/G9D/rfU/q9i/x9r9f+TyyE6sf+rmf9Nh0X4X/jfdvzfFA5uzP6vBLH/q8XHP1OnS5+dmjSjucdfrcb6DzH+Fh7/sZFNcvwbMf+REnYLHhsfKcbfkuPfNMf/zvN/lUYt+v/Wmv9z0kZnhsj/G+T/psMi8n+R/9uK/9NTc3WZWdq05s//QtQi/lt8/CfmpOVYJv9Tq0LE+Ft2/HMyM/S6fk2W/6vVdzL+gcEqWTd18xwAMf5/Mv4Rs7KydZnJ2ln3Lv/XBKpDzP2vCRXXf1oy/29d/4PEdl39++559FKsuP9i8dmPJq/9ZJ/ixc1vKNZt8VGsX91JUbI8wrgh96pio76ncVPCp4rNcfbGlzQHFaU+k4xblG8atz76lbHMcZOxrGqiYtu3i43blV8qtr+XYtxROV3x8pYY485TRcZdS/yNr7zibXxV/5Bi94rRij1xforXshYb9wYqFK/H71fsa1ul2D9kjnH/j6cVB9weMx74+KLx4LWXFIf2nTIe/vRj4xtrdhmPHJpifHPOCuNbW44b3zo/ZfLb47P1Rxcc1b8TlqB/N/FK9XvdM6uPDX017sS3I1xPlnVefmpjpOs/V4S4nl7k4/p+ZifXD0YNWd56c9KqNoXundoWRK12zdasbpesXNM+3m3NfbFDu3RQXS/q2POHok73nX+hc8uTL3S+dLjY7audxV3OlKx1f/u5tR4HD3l6bn/Z02vtei9v43KvrvMXenVLy/TqPjnJq8fIeO+e4VHevfpqvH08ld69FW5dlfaR65W/hpT0+dqnxPdspxK/dxw3+O+5uqHv5u83Bqz8dOP9Bcc39cs+uCkwecemoCmf9ArO3NNLNehAr5DRq3zUXi/6aILn+GhuLOgd5rGyNOwzbe/+NbmlAw5F9h54bnxpeOnU0kEHBpQ+YIgoHVzsWTpkes/SiIL+vR8cZl8amezRe6jPt1uiIm8oh9n/Y0t0z38po6u+Uca0fFMZc+pYn+Ffbeoz4uVtfUaeeGNr7DPGPqO2b9j6cHp6nzhjftkj454qG52mKxsTmlYWPzK6bGznUWUJfX23JVwJ3Da+4zC/8f/XvnzCr338J+79pXzSWWf/ySXt/Kfsuej/6IJL/lNXnvJPnHrWX/vEhfJpg1/3T5pyojy5a5G/btDL5dOdXitP8VpenvLd6vIZNzLLU4/NLUdx1cKuRUv5X3w62jvQ09mpFT9dFPf8SbWWfCXXZJvt5PzeqeF7+S7UYO2P2LU3vbZxRRXk2c3Os+Erfj8yNl42aky8LILoHxgYHIh7CtFrZFQ8/dC/sNWqG/9P9JBJ/9x82NndiaLq6NGi/SNpIFTFJF2BUBYIbYFQFwh9gVAYCI2BUBkInYFQGgitgVAbCL2BUBwIzTFJdSB0B0J5TNIeCPWB0B8IBYLQIAgVgtAhCCWC0CIINYLQIwhFgtAkCFUySZcglMkkbYJQJwh9glAoCI2CUCkInYJQKpO0CkKtIPQKQrEgNAtCtSB0C0K5ILQLQr0g9AtCwSA0DELFPNCkYxBK5qYIaZkbIqRmEHrmCUiKBqFpGZ+K14u4QUK6BqFsbpKQtpmkbhD65oYJKRyExrnRQyoHoXNuopDSQWgdhNpB6J0bK6R4EJoHoXoQuudmCykfhPa54ULqZ5L+QYQAEGGAmzAUCkCEA27EUEgAERa4GUOhAUR44DSLQgSIMAEiVHBzhsIFiJABImxwo4ZCB5PCB4gQwqQwAiKUgAgnIEIKiLACIrSACC8gQgyIMAMi1IAIN9wMopADIuyACD0gwg+IEMSkMMQNIwpFTApHIEISiLAEIjSBCE8gQhQ3lyhMgQhVIMIViJAFImxx6kOhixtQFL5AhDAmhTFuRlEoY1I4AxHSQIQ1EKENRHgDEeJAhDkQoQ5EuAMR8kCEPRChD0T4AxECQYRBEKGQSeEQREgEERZNfUcRGm8JjaLzeved19uHYdGT/a+s/9OTMzIztffy+z+VRvW7+l8VIq7/tmT9b1//Ax8k1L9vh/r/w4hzMlHfNm19ewcx/K8/KcLZmb63kXMAdeJgqpDeI5iO48D531BX/lkd+YenOuqPJzW7V4I45UUdIOoAa64DrEIhIv9uovy7GfPtf5v/ZWVnamfO0Kbfw/wvmJI98+9/xP2fLZr/yernGM7HiPr3rtvcorJf2+wS11FZ9I9ObqcGdHY6ObzzdbsDbhdkx7ucU4e7n1h8wuPgioue2/Mveq3NrvQ26iq7zk+o7JYWXdl9clhlj5G+VT3D3at69XWp8vF0ru3tUlOntFcuUP7qluf74UW939EfFvrvOb+w7+aTiwJWHl50f8HO/H7ZJfmByc/lB005JA/OXCNXDVovDxn9uL3aa6G9JniyveZGkkOYxxxD2GdRDv1rJhoGHFI6DDwXbggvjTQMOuBteMDgYxhcLDMMme5oiCjwcngw6ntDZFKdw1Cf40uiIr9wHGa/Y0l0z7cdo6v+1zGm5UuOMae2Ow3/aonTiJefcRp5YtPS2Gf0TvEjveYmXOnwFIu2ZQvpKbevfzo4Ojjyy79/yh3lJL0AFpNfIAQ4LM7OibcOVJheTb+BZaX/Br8fyT0PFW8wZct7L8rq+w92d3JecpOdzk1uitP5ybGBzlFu+tJ5yvGBzlUmna/c9KVzlmMFnbfc9KVzV2r6rrgoJXv5F6VkL7tSSvZ0lVKyl1ApJXvRlVKyF1YpJXu+VVKy514lJXsuVVKy51zLyR6d61Kyp1wgJXtueZzk0XnPpwOd+1KSd36hlOSdXCQleYcXSUneznwpySvJl5K85/KlJO+QXEry1silJG+9XEryHreXkryF9lKSN1kizRcpyZtjkJK8KAcpyZtokJI8pYOU5IUbpCQv0iAled7/z96ZwEVZbn8chGEHxwUYGJdXDXHLANksS3MrDQ0z08xlEFBJriJLiVgh2pjLv8YsFMf0dUXNNbVSc0m7ikuCC+7LmEta3UTTezUF/2cZYAYGERlC4L1zZ84LQvfzuXZ+53zPOc951Jzkeak5ybNQc5Jnq+YkryH9HvoXxT/wMU7yDkzhJO+iLSd5q6dwkrfblpO8/bac5C1lC/7HSd4UO07yPrXjJG/xJ5zkxdhx0tYwkZO0+tMKkqCnwzelNMgsaRDrgFR1rOT8L35k5Oi48s9/PSL/8w8snv/5Bkn7nysz/3PQv9ER4/XPnjT/k9wkefOE67rNe9Zm7bsVrtsvX86zNCtDcg4tUugyZ0XFXKg3X3XhO4dQ+z+GRDgqbkc4/rxG5rRtgcx5ST+1y4zB6tqTg6bI333gXici6W7dN1berdc9Jap+u11vS3M1/3DdEWMlhkmw+jBI8VPfIayIFwQtN8q34NMag6gllRQwMLnIMdw0ECxdjb9f+IyBFpt/3bDY0K2GFC/zG3KljcOY9FjMiOM7zulKYzDguTQOAt5LFjwYLXoxWvRkozEN8Gge01DQn6Nno0XvJgseTmkMeDmlMODpZMHb0aLH8/hGP8oI0fN5fCOIMkBUAB7fSLpLKQ0oAY1vgBrw+Maut6XxDalsW63LttVGgSXoMQ/0FFX7iuaf0vL/zpHRw8Pi4sud/5ft/E+gP/y44BcyZnTEmNFS/l+5f/8jYsMiIiuS/3x9A4vyn3+AdP9bZfKfrf6NmhSmf3ZG/ttfK0Bn8uzEwhl0dkJitgpmNmt9jZOGOc3/gmBcj3YYQjJgnf8JKYGd8Sd+H5OBGkBghZOQJbKXSW9BRhrSIedVYivwmjKNwIM3GY7AS4wjMU6VZZynVLEkYjEHsRiqo9SrqY75f2x0VDkRrLT8P8i32P4PX2n+p1Lzf3uDOYtE/XNd6v84uau02adz5p1ao/lqySbN/M0azYLJszUZ9mM1JZ2pPvxtqsWRAduTjyx8XX40XKk59lozTXb7w0L2iF812cvjLI633Cg/0cZTftI+VX6q1o+aU9fHyaWz1k/DWWuZJX7a0Ke1rV0FviB0OtGAB0RrjuL2xs+tfCyd8z8Lv88RvW9+WO9V3efYC2uDJcKISddFmBizKOwun4t2V/G56NM5fC56jYbPRW8iiy5N56LBren8Lrj2k5zfRbcniAHXJwvujxYlgObqQQbQohSQBTkgC5KAFmUBLUoDWpQHtCgRZEEmqGEknfeVYMqiJp73rYLyLFGXuc4IGIaCJyevUvP/2LD4qLjosPfCypf/l63/E+Tn42sh+IXGho1IiJTy/8rkv9iEuLjI6HJNAJa2/8vXp12x/Y8B0v6vyuQ/R/0btWaR/tkN+W9O1x7JWievGFMMuODQXR9RtTRn4YdbYxa1rZuzeHxIzpKAiTlLhzSLWeYVkJPurc1Z3soyZ4XtBzkr/vSPWfnr0JyvT4TmrNr7cs7qfek5a9Kb5awVX49ZN0WWs37qqJxvYkLEDbHfiBtD24qbegwUvvWRi9/5vSd+X/uW+P3DS+LmG8fELcenC1tP3hR+yPhF2Pb9UWH7gqnijjmbhJ1apfDjuNnCrpGfCLsHJAo/dXxO/HfwO8Ke538U9g44Lu49bS9m9PQQijHr6CGa/D1gR2d2kmOSKu0De9rOS8soC7J7vMl+HqspyJrsHSr8BZmHtafek0wcnCx8tqyT/zP8+YjDlf2r/yFtS+PRl5IA10n/xt9arH+mSce3vr1wFe2/rmUQQKJWMfB6xZQFeFHHaCEYaBktBAM9o4VgoGm0EGw8T0aittFCMNA3XggWkMMLwbRkUet4IdgHbEHzeCHYUPoatY8Xgr1MFjWQF4I1I4tayAvBZPQ1aiIvBAsRaSEYaCMvBGtLFjWSF4LJ6WvUSl4IdostaCYvBDtGFrWTF4LdJIsaygvBjpJFLeWFYJvoa9RUXgg2myxqKy8CSySLGsuLwN6hr1FraREY6C1Z0FwqKIDuPlZBAbS46EIwKiCALucXEHjCVFoQJhUMpIJBCYsBIPbJrGX2ZaD9gvNzMgfHCn855AdL+ORAyN1aJwqH8qLPlq75P8OfhT+DIbOzybApFR3MdSLPOEZbSAf0qj3/J4Tjn5ZrAri0/m+An4n931L/tzL5307/RreP1T/T/q/v1h2x2/zSX6rNN+aptlz4P9XWzA9VP2Ss0G37fq5u+/Lpuh1zJuh2fvIv3Y/jhuh2jXxdt3tAJ91Pr/rq/h3cVLenRT3dXoW1rs7qwyPr9tUNqNfL8VT9dllRrs3OTXWrd2iau9WOae5/rZuuuLRwusfRz2d47p40Q/nDWqcGq0SnhvNmOjeakeLceEKcsxAd4dxkUD/npiHdXZp1CHJ5pk0LF68GHi7NnRxqe8sCPvO+4xDT4vL9GN4pcW5s642HxrZZsiP22S/WxbadPCv8ufjP43wiEsJ9B6+57RebdLnG8bOslpXxC0N90e8Z/6m1rAywXfQFAVMxjjLpcUXPnJR8zqSz4TmTaj1eWrBps0TkNemOiEDRmTo7Qj1wS0I7cE1GvHlk0UUJ8cBNGfFW6Bjx5pJFl2XEm0AWXZcRb4iOEe91HSNeJ7Loyox4TcmiSxPagVsTaoFrUzYE7s2o5XiKUSsrilHr3FRGrUPTGLV2sAW3Z9RaOJ1R6/MZjFqTZjBqrXVi1BI5ewI5YNRKcWbUinNm1IrgjArkgVGruwujVpALo1YLzrJALhi1HDjTAtlg1HKgdRwoH4RaBes5zo1l1Do0llFrRyyj1rpYRq1Z4Yxan8cxaiWEM2qtuc2olXRZQq1qjlpVT1YlMDLTDKyBhFctICo9/48Iiylf+l9a/h/gU/z8V4BvkJT/V2L+b3iiZaKFwfmvkuY/xbk/yRdGJGoWxXjKF/dKle/7a5PK5Dxo2jjdkWn7Yo6GLtMce801Obv9bjnNf3osNZr//GXR8pxLfW6pLqeky6/45mmuxufJf62j01x7Uye/dnOXpl4v73v1251PdG2WmehWb+d4d6v1493/WpSkuDQryePo5AlS760C50Mta9GL2mmWFMr4yfhVUac96lx+1CBSCcNH1f3anEfig0lvxrR9lPvMeU8yEoreTp0x8Hi+KodHNNHzaacIeH+ZRkZBFajDA8pAHR5QB+7wuCbziOhuudFIKKhFSSOhaFE90KKCoEUVQYtKghbVBC0qClpUFbKgLIwt3vcYW84nMrZkJjK27BzP2LKeLSgOY8usJMaWyROkDpGELVVupLQKKrrELua77aUqkov0n3+G/+KiRo+ILNcJwCfY/xLkg/c/D0yIjQofKfFfJf79dxkZBf8ChCWU9+//kfzv71+c//0l/q9E/rfQRyiMEO/rn5sj/88ftcDJHD3AjB9mqfa//0Hxe3h7a1Su3umn3BRne7rbnRno/nftA4rfXM54nOkS4nlw1lnlD+KDBqtmPmg4LyW30Yy43MYTInKF6H65TQZ1z20aEpTXrEOLvGfaeOTl75dv3iXkBvcEm2taXHHXcE8wM4x7guuHldwTXF3f/41PXAMafuYa6Peua2DuWLdgpTo1+Fxft/b3R6Y+vy3A7YUzPVM7LOuT+uLWNqkvqduldtS6pHYa7pr68uTWbp27/S+1S4SzW1evU7O7dbnh3l22dfYrzQ67v/LnSfceVhvcexzaouh56UvFa2vmKUIOrp/T69MPFb1XzZrz+miVInRGQlqf/hPS3ojun9Y3aEjamyHt0/q5d0p7q41y7lv/azp3gGuw54AT1tq373gqB357VfvOsQfKQaKVcvDG88ohH11RDv1ip1I1dK8y7IOz2mEdVyjDB2/XRjSerox8UdQOt0vXjmiYoh1xbap2ZG6ENipjlFY/U1v0/g8bGhnKH9Nxci582eCfmiP5g6RLSYmW521M0BTjMO1q5WNJ8z68jA4/+TuQAbpSNuiR/xncybIRbeJumv+Z/538fwJljEWr3gXDQb36doX3a9X97iP9hSJlc3YeqM2gE6Po9E9Ll5EGSEE8aK0OCMhjlRlAVCiFB2EhjAdxoTQeBIYsiAxhPAgNpfQgNvRvJQgOY7z4gDF+5gPG+JRcxvi4XMb4iFzG+H65jPHdcxnjg/IY41vkMcZ75DHGG18KgCJl3IVsrmGcd9cYdyEzw4y7kOuHPVkXcnV9xvlPXBnnP2OkAKFjnB/rxjivTmWc7+vGOD8ylXE+wI1xvmcq43yfVMb5NqmM8+1SGeddUhnnXVMZ51vT76E4Ms47uzHOn5rNOH/DnXF+62zG+cPujPMnGW1AOBnntygY579UMM7PUzDOr5/DOP+hgnF+1hzGeZWCcT4hjXF+QhrjfP80xvkhaYzz7dMY5zulMc4r5zLON53LOB/M+ATiyzjvqWScv0pfoxAzzlspGefPKxnnrygZ53cqGef3Khnnz2oZ51coGed54BjFmnFe1DLOp2sZ51PYgngzzkdoGedHaQsHPmuwkEs1AbPdQFUQNKSqQI3mP/gYPTKsXBWA0uY//f2DivK/j590/8PT0v8dY9T/bTRDpc3enpXRpX9MSft+jjwj1xxN/Fh+TLlakz1ktTz7gk5+4pV9mhM7dkl7fSqvb2tplBVU0Da+gpq+48GiNX3Dar7UpX30kGeM4ZBnlDpzI9qxTjf8qUsLPsjd2u10gwP64pMs6EE/pW4r+Cp1W8FfqdsKPkv2AndF0XfJgv9yd1Q6Pyd1R2vQDQ2F5+H0d8pV2MsmXzjh09pgdalz/meRlabO+VwktUUr4Pa5qjnSadb8v2vCsIre/xnkG2ji/jdfKf+vxPzfcIngIf1zfcr/m2+YqT3uWGdepo/41ZLd4vx5X4kLZnuK4sdbhIXvPRAXRc4TFidliEt6fy8u7XhfWOalEtK99wjLW7URlv9+V1xpcVRcme0qfH09R1i1N1pYve+IsCa9t7BWTBTXTfER1n+eJT5q78vmugN478t1C977cqY/731Zn2e892V8Lu996bOk2N6XYz10QnajJuLx3quEE21aCCfbfiqcvPelcNolRjj9+x/CmSvu4tkDh4RzP90Tz2/8Tbywxk3QfXFQvBj7qvjLqHjh0hutxMtvasQrfk7i1RdXC78qWwrX6r8pXrvvKFzPHSv8dvo/wu/n+gp/bMkU/rPhb/HPueuFGxNHiDkLPhBuhvUQb300VPir53Dh9tCXhTtNnMX/dmwm/M/ihni3sUy4qzss3sv7Vfh75wbx/jUr8UHS12Lu3q0xVjF7BOuWAwRZ6PImNvbPN7X1mdbU9nqDZvby6Gb2GXnPOOT0fsbxG8+lTlk+Xs4zHyxzWVe3ee2x59PlaW3T6/TZubxuonx5Pd9FK+oPuLWC2Ct4D7GXQrGc2evuNGavi+nMXj9OZfZaOIrZa2IvZq+w55i9er42n9ir1bPEXi0dajN7Xb/J7LXvKLPXik3MXlNn1+B9NQbgJTP3y65CE5JiL9uHD/+GQE2fkDzYNeZMxNIpv40Ez5Qk6I/l2xXus+kK7x6QpnSG9yu9qvehPkvD9XxlUlkkrf6HHW4S4YHakgXFpblcUF2ey91NFtWX5nJBgWkuF1SY5nJBiWkuF9SY5nJBkWljDagybawBZeaNNSqBN9bsEXhjTRu2oNS0qQbUmiwoNm2sAdXmjTXRAm+sOSLwxpreAm+sSRR5Y40PfY1qXp6NNaj2RhtrQPWNNtaA+httrIEo8MiNNRAVjDbWQHR4nI01GDGIiCFq0BwyRA5eTduCLEYQshBF0GIkIQvRBC1GFLQYVdBiZEGL0YXuUoQIgxajDFqMNDTHDNGG5pgh4tAcM0QdmmOGyENzzBB9aI4ZIhDNL0MUIguRCC1GI7QYkdBiVEKLkQktRie0GKHQYpRCi5EKLUYrtBix0GLUQouRCy1GL7QYwdBiFEOLkYwsRDO0GNHQYlRDi5ENLUY3tBjh0CEwyhHAQKQjeIFohxYjHgEMRD2yEPnIgSD6kYUIiBajIAENREK0GA0JaiAiosWoSGADkZHkCqIjWoyQBDYQJanCAZGSKhwQLY0qHBA1DSscGD2NKhwQRY0qHBBNjSocEFWNKhwQXY0qHBBljSocEG2NKhwQdY0qHBB9DSscGIWNKhwQjY0qHBCVjSocEJ2NKhwQpaUKR03bECRlJ6ayE6mQYp6zscaZkNRNrlr1n1eihsWGRceHxVZc/SewnW+x+k9ggHT+tzLrP4a9qHX6Z0+u/6wWtcdlQlWu/+x3a67ZP/ttzYHDjTQH339B8/N6C80h1QB5puYXTf7+38P3/eRHovKEo+EtC+pF2Z1zNdgTw+z/eJ6VaK66kdQD/2fqMMXOs5X6sip48VcmfkZWcb0gyGJo3BRyloLFiLwh2CJ/SWLBfd34TOs99NlL5659a8LtnJZlXp9UoGb6Oos111lWi1xnYW6V6iyVU2dBZSYL6owWFZomG0ClabIBlJomG0CtabIBFNvUpmBUb5pwAAXnK4damqzjoKIbTjrk13VQ3Z+2uo40WSHVHapT3aHmRmOpsmCGyoJlVd66VYX4PyEydnRcZGJFzn8EmDj/GyjNf1Qm/xvesXFG/+z55bKZF6sD/2ekLChxdv3wwjDdP8n+0syINDNiqlZhVebsyEbfcKEvbMvwi/aOxb9Zkfc9PHyYu6BoImVR7NaHgk9Xg6TK2vC3DBOsgtyKMq1qXO6g/xYmPo8se5gUccRJFHKp7PH0lD0wID3RDcsQrKpruUMaY5HGWKQxFqmc9LjlJClhKkfCJFWkzFKRMpmcPd2VqdLqP69GRsdFjR4VVYH1H3+fIJ/i+98CpPpPJdZ/bPRvRAeV/pnuf1oSN0Z54FAf1cGdV1TF722S5hcq9ByJ0cUhZn+BqrtHkiJHlnydCMaQV2vGzUz5Ql4iX5t0EuSAvluaa4mHwVmojQ0OQ3wHTsN5eGm3IEltXSkPr8IH5p82kZLyW7NdACt1W2tU/7dHXHTk0DHDh/YKe/IlAKX1f/39iu3/9vWT9j9XZv5vuP/rrP65jjT/LfWApR7wP7uzzewTciW8rG1MDdNV3IK4hw/v/2x6mu5RVcvq3t21tCjLVV4FwoxsOSjzZDuppyuNsku9Xam3K/V2pZpSNbuiTkqEiidCUlXLTOcIavANeKXXf+LDRg9LiK7I/m9gYPH+bzup/1uZ9R9H/RsxI17/7IH1H830O3P4DvDtWYsiw3WLk1JCl/ROVi3tuDFrmZe3Lt37o6yVLVqoVl7Mzfr63lTdqt2+oRkTO+r2WdYL3dfzjmr/oeTQAwfWqI6Msg89uqi96liXWqHZIc664y2Tsk60vqE7aT8461St2apT1ztmnf59g+7MkUGhZ49lqc5981LozdubVbeH3Qi9M9JG9d/GwVk2o2fF2rafG2t7P8HK3mNCnH3WAWuHe0PiHdfnfex0qlOC85J+apdlq9+rPTloSu27dfp7TF03wePsuj+UV7MeNNhz40FDre8Hj3OHmLfM+yPvO4rkFlfsk1se+zu51U+/T2y98ezENkt+Tnl2+uRabSevnfRcvDjJJ2LmJN/B26z9YudYt3txgbX/G+NlAQ0nygL9BskCc8NtgpXj1MHnutm0vz9Q/fw2b5sXznRQd1jWRf3i1kbql9Re6o5aC3Wn4bbqlyc3tOnc7bq6S/hDm65eB6Z063LRttRaxWfnlpusVQRvb1lQq3hpPtUq+me2fdewVfOYL2uZtVVZjszZ2Rd7YftGSWmLcmTx9g1GgeBOOLlkuq3DP4NhsIdhc6e1Tzt4+1frTrThPmKLR60UNOm4+ru8TqJFBza+8puXyKMzM/enhDL3J6uY+zdmMfd765j7P6Kv0cnJgqMT54OzE+eDw9NMMzg9XQUOjk8WnJ94GASAeBhEgLgWhIC4FsSAuBYEgTgWRIGv/E6ifz6KA1/5PTiLr/yereIrvztmMcduoD9HwSCOBdEgjgXhIE4E8SAuBAEhLgQRIS4EISF+AzGhxAkEhSyICiVPICxkQVyI30Bg6P9oEBniNxAaSqZAbCiPA8GhhApEhywIDyVJID5kQYDIAUCEiLtAiChxAjFi7jLPnWIoWsxdimTu5duTRQGjxAtEjLnr7ETu5f+cQtwFgsa9/LWTmLvESdzLnzmJuWubNXPXHGvmrgXWzF3jZcxdE2XMXYPYgvAxd41TM3d1s2HuGqhm7vK2Ye7qoGbu6qJm7mqkZu7yUjN3WaiZu2zVzF0N6fdQKCkBBLFk7jowhbnroq1ZuAuEtUzcBYJrkrtAfA25C0W4aM+8mgixxCXm6bYXF33z80lp+X/PyNhynv59ovO/fn7S+d+n7vxvden/Sud/pd6vdP638DiLif8tB6v/Z+9KwKIs1/agDDOsjgbDohhFyXFJYdg7mltoCiSV/2kxCxQXiuATNZdzjgcFAcvfBs1BDygj4hKJtkjlVv6puYCmuCRpHcrT6dIEP+uYmdv/vM8zA/PBsAhD6PD6XTPvx4DR5cxzP/f9rG12Ody+fcuO9/+2NENs0mLS1NizBvt/50wdJOO5Yt7/y3PEPEfMc8Q8R8z7fzs4YeIRG8tkks2Rs3u7/zcyLjEhKSFpSkpcfFvFfwJDQ+vOfw/R+Gt4/Kcd4z8yg4Ux6fCU4f5BjP9g7vdrMa9is3ZVYYl29TatNj89R3vAfpq2wZjK32ZVHlueHlv+RnHM8ec/qnTz21Ch9jg72l155gX337uUelxwOeN5ZniUV9mys9136m/02JR9wztvwc3Gc7OeLr2cHLr4yYPf8rvSS/unH9y1vU8qtX32Xsvuu/VCdr/CM0sfebtsaf/0XcsGzNi8zD8+f1nA+FJXTcp618BBxa5BT2e5BXu/5RaiecUt5OY0dVj3DF3YN8+ow69P1T26K1j95zOjdQPXP6UbtKOf7rGMQN3gXBfdkMluuqHpfdXDIq7qhsc7qx9/uCInYvgl9xHyHTkjfY+5j6w+7T6q84fuo45s9xh9brlH5OY8j6iy91dEL5nnMTaq7yJDKZPJEm47uZ1SQZe9g+FydGr+5ewEEHlfGHIzk03bpvd9/G1wbSwDw7AhNmqM3XsZn42v1P4MvN6T7iWbuWuC/NHPPA6PSAz2W/W6bmP8vUF5bdZGmAxILhj3hDTF+rWI8hpshuR1CZ7MdlBeg/2gDAQbapEMBPvCE2wMZSDYGcpAsDX0tmBvSPvB5tDjgt3hCbaHtB/sD70v2CDSfrBDajfWU4oS7JHajRfcbF2K0tOFaL8DeW+wXaL9vbSUonTXEu1XailFeS2baP+FbEpRnllKtL9sKaUody0j2r95GaUo85cR7S91Jdq/njw92DvR/iw3ov1vkdcH2yfaP01NtD9DR7T/GTXR/qk6ov3BaqL9o3VE+5/SEe3vpyPaH6gj2u+iI9rvpiPa31dNKcqrOqL9zmqi/RU5RPsvuRPt35FDtP+YO9H+08Q+AEuI9m/3INq/3INof54H0f73VxDtn+dBNL7vIpOSSevBGU5PLZJQNMU0Iyttkv8lTHq9tRwDk3yhoQ3xv/r3AcHB/iEyH03knITXOf9rX/6fkJL8ugXe/8b4fyC82XXef/8gzv/bk/87GB4MNoYY7j3WyMJTSwodY9z8Vh5Uexx51F15eLT77zY7PC7ISj3PBA/0KltY1n3n0os9NqVd9M6bUdVz8aSq+//2lyqfxJFVD7wYVvVgVO9q34Fe1Q/1c6yuW1vZ+8RFQVJX+fanC/6YusrizJG+exQjqw8pRnVepxh1ZJNy9LlMZeTmJcqosrVZ0UsE5dgo7zmSMp2aaRSsusa2mUU4CnA5/dFfg+sDFzUihpXThA1h7oSeja+wOA78jCu+7kr3zElSfU0w1tgY3aP1prpqdgfatOSzimkq+LxiGgg+s8SDVx4kHnzkUeLBh4kPw2eYeLCslHhw8EDiwQvLiAcvvUg8OO0i8eAZVcSDJ1URD/5LFfHgkVXEg8OqiAf3riYe7FVNPNixujmleswWGi3RA9uwrhK94kziv3sUxH8PKYj/rqMTbJL4b6aS+O8SJfHftVnEfwUl8V/vOfVK6u4iW+U01hJR1vq4wKfRtCH/swAFb6r/J0hTt/4vKCSUz39pT/7XxSS2NdE0/lvkuSG+pNAz9tDh/kdN471HDm8ULBPXJV7Y6399LjU/ptsBZ0F26szyl50VdJkWdzuYxG1cWn6BG+iB2X94tsVIjRLdG3WmUqrR1fgMjtDT+F3jvY137d+S3jMHGRltjPNE1iYjmaeMsOqFlYYwDDadms4JbqyOy6wxUk/P/nisnwKjJKLrST02YJyNBZKZsd5dgWEpIWbG3zYBYV4HYu11IFYOjFxDWG6SpXkQ7lhqoin+H5UwfUJyUpvy/1CNpl78VwPymfP/9uP/zoYHs5VS4z3j/0v/syQ1N/I1IffW/tS8vOupqw6mCavnDZDlF30k6l+ekLrmzQtCwdAfU9cmJQuFvt1l68YUiEXyS0LRjy+LxQc3iJs3+Ipb9GOE9zLl4vuLXhU/EB4UPkzJErbG2Aofa6KET7ocED65vU3YdqlI2HngY3HXJxvFT/NfFj5b8Ya4+5+i+H+zE8XPp44X9zz3pLh3sFzYF+YvfvGoTtz/3CZhf8W/hIOdy4WDl32EQ99PEEtLnhZLL66tLEuNrCw7WyAeXh4kHt4TGXskpaDyyL7PhC9nqsUvN02pPPp0euXRdWuEY2N/E48tHlVZrplcWb4wTTj+/F7xxKgS8WT4MZ9TvT/3+crzQ5/T9oXY91NxPsPn64pZPmcOTvU5u+15n28+SNd/WzBT/6+lk/WVC56lvp8J4Xrs+xnWnfp+Hripx74fRy8f7Pu5cIP6fg59S30/Rbt9sO/njQIfce4yn8uvpPv8PHGL/pdn9Pr/Ds/WXwlcoP/Vd7r+6n3x+t86/4/+t19G6K+dC9U7vdtH7pzb3c7lTSe7LukROaoZITld4/1WdBvrseK+6Mc9XQN/X1l/Vv+aNz2PL13stSdtcfedW5x6bNI7eedlO/NZ/ZbRZzLJGCGTVLy5S17n0dxLYeY/rLQzuQypfslrd3opb9++OlFSfmovvQei41z7OnPl9F26h++qTX+eUZxnGZN5NoI9TEtRrbqcyPjHQDNkjVUWmUVfJtxeGuTkzU6GwlhZBEiMJ6AxVhgBImOFEaAyVhgBMmOFEaAzNvAAQmNmBFAaG3gAqbGBB9AaG3gAsbGBB1AbhSUgN56A3tSQs0GkhhxfkRpyxgjUkCPHrxmiU0POgwI15GQJ1JBjK1ADTpRADTgH6ASkpwacIjwZ4lPDzUY8GfJTw80b+DXzANRwk4gn8wTUcPMknswjUMONv0gNNzqRGm424evMQ+AwCvASeIKnQMEM3gKHUoDHwBO8Bgpo8Bx4nqV/D+ZB8AQvgkIaPAme4E2wQgs8Cp7gVbBSCzwLnuBdsEILPAye4GWwUgs8DZ4L6f1iHocad0rwZJ6HhmB8jifzQDQEo1DSqMO8ETbqgEfCRh3wStioA56JhmCkU6MOeChs1AEvhY064KkkjTrgsSSNOuC5JI064MEkjTrgySSNOuDRJI064NkkjTrg4SSNOuDpsFEHvB026oDHw0Yd8HrYqAOeDxt1wPthow54QGzUAS+IjTrgCbFBB7whnuARsVEHvCI2zoBnRIMC74gQBh4SlQ94SVQ94CmxcQa8JSof8JjYOANeExtnwHNS40xTCzvW4Mk8KjXOpC2mQMkWJwqU6EkpgYeVNM7whR08YNLOARPOVO6cqfAojIUKEs2yIp7PvYviP6/MnJD4SlxSXBvmfwMC6sV/QoJ5/V97xn9Mx8zHGe6dWfznUKfgyob6fMqfHKLlOwDbOO9ra6hraqt5xPA+55EPpeZRSnHQ5K/aZ/Z6VMfQ7ne4lKHGWlCvD7zyb9SXYDUt6exhFkX6gi8E5PriHk3I3qWIxTm8JTh8x56e3gH4f3JSfFvnf4OC/Ovnf3n9Z3vyf6XhYVwzxe75/j8+A5LPgPwDtZ7tH7j2Rm5mANKdzJi+w8uOVatKQrU1a29kxslGHXgLoMymqdmOZgGaSUav8falfLYj3wPIZzzyGY+UquYzHnkoyTpCSZwQ8W2Abb8N0IR8WX9Eq8n4z8zZk16bkDwzZUqbxX9CAjR14z8h/qEhPP7TjvEfF8ODyYs1hnt1ekHxztyei2n+44UNlasKVwrG+Y/5lXsFfew6cc28H/QF/buJa+cmqAqD54vrXhqsXf9wsLjBr0i2sY+N+I7in6p3qoOEoh+TZO+eLhA27Y+RUV+ARkZ9Aa4y6gvwT6W+gPoxoE9un6MY0Kk3KQZ04HuKAeUvksaApmZRDGjwgPo7QIb5+9TLYye/V5PHPp49RHUi0lfrXDhR5/Kml7rhuvqfVqrvO4sxEfdfPs3l+e+2jYkYitTMp4IUSnOXI6ssw/ozJ+c2v8Ddyfcij25gTh54cKpB62Z8pldqatCcTZ4Nf0syIa+mJM3Kp2/amGzmlTURDTELV0ytMcjCKAjAlmQUJ8AXRUNWCuZGcTI4w6gIQBpGRQDWMCoC0IZREYA3jIoAxGFUBGCOoiLBIkVFimQUFbHBrxns4QnQRwX1Sfh9BoEUFYmRSQvsNTJpgb2rTFpg758qLbBvXlSEQackKgIQKomKAJRKoiIAqY1GRQBiJVERgNpmbbwYRlGeJgsiAJLrFkRg9APgGaMfANFIXgGmqcDbS92yAm+DagYoN1XNDNJ5AQZXzfeyauYus8Zlco1ssUGyZt0zrwCxNv0fHRefkhDfut/RhP4PDvKvt/8TLq7/21H/m64RX2y8Z/Ufq7fvE/P14TK9tru4Zn5iKvX2J5nR8HNltRq+W+rnBy+Ke54bL9v7xGBx72vdK/eFz4jd/8C41P1XloilV76NLVs+jXrz9SeFL9c+Ens09WPhWFqX2PLYlcLxCZdjTwz5q1DRc0RlxflxotL58Dnlf5dOt6/a8m+HEzNmOO7o8YPTu92vOBeGT3Z54+avXKvfrfULnW06maUhCmXNWPq2uexv376xWBJer9MOBvfIK5g/NH9vrh3MwC+suPjdOG+zhjI1qMHNQgbTaPNCSlC7MuhAbQ3wgdoaIAS1NcCItNk8qZlaeK7MvBbuhl8zyCFtOh5/jkEPngA/qFEBglCTAgzhCVCEGXqAI9SmAEmSZm+AJtSmAE+oTQGiUJsCTKE2jaVYAoMr1KYAWdicDbBFTdrjREzdAHzhCRCGnz6AMcwIA5ThPyTAGWaEAdJI24ZPxo8uQBvXtlzbcm3bWEbYSl0MV64W6VYw4846tmZtWv8lzohr5e9oUv8FaOrt//Dn+d/21H+mHY3LZCb9v7lhvwm5J8sq8/aViqs+lsWuXnRLyNf3qKTcb3FswYuhwtoor9gDicGiJL9qUltfHlUuHn8sQHtiVLnqpPdV4VTvHPHUT6na0/Y61bXAEvFaxd7K6z3Khevbtoo3bmwVbq7Uibd+OCreXvChINv3gWgzYbnQKe8FofOwWYLtwtdFed9ll+28AlMUDg+lKN3V05VfB023v+r6tsPnzumOp35d7rTm0kLnj07rXOYfy+ii256jivsws+vreSu6DV2edV/EOE/XPh/Yc23YDnlco8tm40BsOhnGgnSqOyjE1L23UQ+hpI9QGnquDUY3EFy28qlljSdezeIEEzvCruM4kprhBSVey1AEMdzAxCtgB4pCwA8ShT0qpQnXYvw+wxNMuAKmYOIwkRKsDSYOGyifZpiD4gxwh8qmy/F1hj80YSsHv89wiCZs6fD7DI/wBEzCcuAeNDmMYROWBQM+YVnwSpo0hjjF/jCsYn8Ar/BfEDCLnQy3sHwYsAs5HeAX8jnAMCwfBhzDf1jAMhSJgGd4AqYhvwNcQ7EI2IYcD/ANxSJgHPI8wDkkoYB1yPUA75DnAeahWATcQ64H2IdiEfAPxSJgIBeLXCxafSLUKnwOV4MWmz/VwTOXTeu/lIRJU+Nea00L+J3v/wwNDAyW+WiemJQ4PSHp1QSu/9rv/U9Imv5q2+r/wKBQM/s/ef63PfW/TFY7gTjCcN+L6f8iz6Iw3P/0knC0Xv20Q6dYS+2AYrsQm7//ab0r2/HN9nuz3d5srzfb6c32ebNd3myPN9vhzfZ3s93dbG8329nN9nWzXd1sTzfb0c32c7Pd3GwvN9vJzfZxs13cbA8328HN9m+z3dts7zbbuW2ybkRuZt+Ig2PzLlYA5Xka3emB1i8UAUYNTCG60SUibDmh9W9Yani+ttlPNy1UOvQnWqhUFCZZqASf9maVq4IFIF+6yxYrGTeLWn6h0nriZmB9pJqy3Eg1vUU8DSyRVNM0NammDB2ppmfUpJqm6kg1BatJNY3WkWp6SkeqqZ+OVFOgjlSTi45Uk5uOVFNf/HvMekk1OatJNVXkkGq65E6qaUcOqaZj7qSaThNfBMsm1bTdg1TTcg9STXkepJreX0GqaZ6HUUXcsxbPRYMlVwdZyZzaJvlfclLcxOQ25X8hZua/BoTw/M/dUv+31nB/P3Mh2bMdx+SOnC3mftVPyNuZLaza/YRIOaA+IuaAUp1E6v+LEqn/z1eg/r9cceNzvYR3FH8Xqf/vZfHdr2LETfuHNrkXqGTUAPGjAf+ptx9o+6lYccfpL8Q73hPEZkC5jxMPfT+2srQ4QazHYxddFo19gI47wuVUW8j7AO+qObh2nTrf2VWzCFyubPNaEKwHAVeJ6+I7BRg695VG4kn34N27Gl8xzp5nBld7z/x6TIcsOzSG5WoAqVllhzVIxbh4Utf8t9nJEAszUIBaeAJyYSYK0AszUYBg0kxUH1GSiQJEk7b+RYnS1j9fQdr6l4snQztq/fu7KG39o106DP2o9W+oRXbrMJTE1j9Ayubs2mHoSa1/X4h/yO4d40AkQF7auTMWM2oMgZulrQCVzc1GZggtLZfkrYA8A8YzYGZnMXOvyWWwpeY+1/PQvPvPGvX/9InJs9pU/wf5B9Xr/9MEhHL93476v6vhwVj1GMM95n9yX+65f9VjP89Z3af62uqr4Qn56c9e059OPL9GFp66ZuD6IYWq13YXDtK8t85t6nvrBnXevaFnRAyLolsqL9TL8fptP7nfP2ryQ7M/0/Y+8Xtqn70/ze+79ez8foWHFzzy9qcL+qdvSRswQ5/mH5+dFjB+l60mZYVt4KB826Cn58qDvefLQzQvykNuTrQL6z47I+ybCLvw6y9kPLrLz+7PZwZmDFw/PGPQjp4Zj2U8nDE4V5YxZLIiY2i6t92wiPMZwyfetnv84dLMiOHfKUbIizNH+u5RjKw+pBjVeZ1i1JFNytHnMpWRm5coo8rWZkUvEZRjo7znoOdlvrSTLetDUNjZG8e+ScLCTs7NjB+7MKD1DUfSGM4cVEAm84y+s9j94BwbihN3xdiwm/F+RAyLHPfwkXlLX+/jb/OA8fWwIaavy9yMceVoFkp+3BBPZgHmvv7BGGyOsPK1rTVNArVLymxaaDyUXtq9HyUoGBFKTzAklJ5gTHiCQdEUmmfxa2ZYKEHBuPAEA0PpCUaGJxgaSlAwNjzB4FCCgtEZ01d3YzqKGTFJGr9/mE1PgVHjCYZNaaqf5pO0OTufpM3hBSRtPl1A0mZLGkkbfRpJm+w0kja7bEnarLAlaZNvS9JmrpykzXw5SZsX6QRAIGkzO4OkTYQdSZsXMkja+NmRtBmYQdJmeAZJm54ZJG0eziBpI8sgaaPIIGnjbUdpqvP4NQMRkjalmSRtvlOQtCnOJGmzR0HS5pCCpM06OgFgSNpkKknaLFGStFmbRdJGUJJU8Z5TQ/mtF3g4k7dMQqtxkOOsviPz/ycTJiZPT2hdB1gL6v9CA/1lPpr+/QcMhV9ukf8Jzv9b9P6PmZ6Y3Nrf0ZT+C/Gv2/8XFBLC9/+0p/4z7euZJTPt//M7J8s98dfYAx9Hxza4B3SCQvXTFh/txY1RqqoVg1TVWf1Vl2bfrxKnqlSXn7NR/TzyZ9UvoedU//U7obrivk/1q0rUXh1gp7oqlmt5PrX9+vHMb/y2a9v+BwekNbznrmU9dzW2yeReSvVDiSgvwUbxBDvFnjmw1RZtHwU7xlUcYMu4igPsGVdxgE3jKg6wa1zFAbaNqzjAvnEVB9g4ruIAO8dVHGDruIoD7B1XcYDN4yoOsHtcxQG2jyfYP8/I8YxcR+tJu3dwlytua+s7a4r/x8SlJExvW/4fElB//6e/Jpjz/3bk/86y2g6JAsM91X/GxlhF/eeBRL/KevplzHeVvPbzHqj9lN9xFYuSBb3tbe0dlA6OTm1+OWL5SiNFLMZ75oXA1bqZPHtJX2f39Qpaavo7sLLFustA0VNK5kw3KIzMghYTFq8ezP0SS0EBvHgp6N1TCspAuFnCFICZl4BywckFpwVKQLnzNHWeXNFaqhrUnKPmueN7Pf8Xkxw/JTklYWJrkq8tmf/ir5H5aIZNSpySEhc/iev/9nv/U+KmzGzlG9BU/jc0ILBe/y/f/9mu8R+l4cGk1BzDfVfM/zq50/7Pis3aVYUlWuP+zwP207SN5YOPp/bAea8nlm31OdkpxedkVJjqVO+tqq/6eanYrMUKG0FVcX62isdW2j0PLE1EyA1ft+Hua9x/DXwnq25GwvQe6ETDC75GRlv7OszandQNWKy94cF+fq7h3o2J5J6jlv7GzsQvL+DJLFiyChMsmVZhlmjNrcJklt2a7DGzfNOJqwwBcPIqoACegAQ0gXUrngwRTCewMmSg9RmzVVy8c/HeocW7pCOTXXaGr83vcbTYpTDCMzxTeliJMOwsvQd86mr6ilF8S4CaS26LzSGqkdstltpN8f+nE6a0uu62Kf4fHFS//jOQ53/bk/93MTzYB22q4R77/1Zvy7yVn77klj5rxDx96YJbxT9e/vbAlvjYQxMmxZjj/0e1iwTL9P55uvRycujiJw9+y+9KL22zZ0NG73RtiMNbXV6UiokUWOJjq6SrprO+bqDV2aWFF4CjGhkJPAM4P/TB/7N3LeBNVdn6pO+WtATouzyKII+WQppnQdQiFIS2ykB5+BggtKENlKQkbQrKDFVQrMA1AlawIBQ7CCKIin7joAMOo5fhURBx7iAXh1HuFZQiSqEMosxee5+TnJKENG3SnCa750vW+UKRenb/f//rsdcix/KBSNOkQI+I+UnzukTuPStb1Iv7U+6ePf0j5t/DfjEJvfIm36mZnX8fOOS6y7UYretc9ztEKjlseHQG0fPLfyV6/r+wBeRii9CLk40IwVjnIxTjviwIye7ofUA43mYFc8gwKYbo7iiybSPGILp7gIXobg/3wEQM0xbdTXW2gHV2gDApleKeOkHpjLWFngFzqf8N87Ve1v9KhVxtf/6L9n/3pf73/Pw38Ae8Of9Nv8YY3qXip4icEVcivp92JWrotPKow8ObxDHDK3AN57mz1/Bs8KO/VErKkyu77fznwu6Tby6keQbf+CqhrZ/FY7u8eSQCMhBd9tzpTITtnp5Fc5QnXMvlCcEruG/Q+Tw8B+7Dp8p8MgeO81I66xw4xGeYiBGn4QeNeA1bxG1ggd+wRRyHSx8Rz7UogUR8h0sguaHhiPdICWQytsB/WJ0hDqRZFJpFCdgumDh9EhTMplOCQ0OcXV7Nf4dzmw96vy2/Yp9lgXvOv6NH8zyeVbGl2gOgfNGV/zdZM19jbGcGyNX8L7nMrv9jppL2//Cl/8fvqj6KvZdAG7r36rtMjBu4/m/xiQ0jEiKOTki4Idqb+B1zOOm0cmTykWeOpHy4+mLPN5de7LWhvLH3Sm1jn8VTG1NLxzX2fTyr8a68wZf6jUy+1H9Il0sOezky/y0ZfPJiWdpfzyxI39OwYEj9PmPG2t3GocvqTMPKV5ukRUtNmb/d1SQzVjfJ77U0KSbNu6rsZbyqkuVfVf1ScC0rZa4564zq2vCf88wjPkq8ds/poeaRW5Xme/dKzPc9m2C+/5WfzNnaf5tHLYu59kDOafPowsvXxtz9UWXO6BPNY0M3VY7rt6d53KW9zeODa5rHN2y8PuGbhddzdy25zvVyZKf/3NYYGeg7IjzI+cYRyvvWEMS7Q7FgS5MCB2dlA7OOnUhap/HvRRHc96RJRSHcJ/A9QP0wzyddqsD90PzWARHZmpKJ2vQLy++dCL+4JE2x/m8kTdEwgqQpjpJ0BfpFJmkK5jBJUyhHkjTFM0eIsF19kQjbpReJsC1vJMJW20iE7dRGImzHNRJhm9VIhO3gS0TYJl8iwrbLJSJsW9kLEYECWwQMkq44s4AI3IYFRODuMxKBu9tIBG6diQjc1SYicJeaiMDd1UQEbnUTEbiWJiJw510lAtd4lQjcfGIRoIjAnWsmAld1jQjcPDMRuInXiMAdaiYCV2kmAldiJgI3AVsAHRa4CHhE4MbgvwcAxHs1AiERuB9VEoF7opkI3E2VRODuaSYCd28zEbg1xCKAEoG78DoRuEuuE4HbsheiQEFL5ZoH5JpDgqBnTjyr//QzYQaw3tA+/efe+Q+VKlPFpMo8kXyg+q+d62/UzNWa29UD0FX9l4P5b0qZjOp/geR/NPz8z6Eg5Vmn5zweyrbQvImXa7xCWC3jvc5Q3cbgwLGEnL61haP47/A5yYKwISi/bkLhTkc+K1rA6Zgx8qeRuKYKoaZNZyjYBgc02k6j7Z022i5QxqIemIdO/gumlx398o7+LzeYvRr/l6ns4v9yNdX/vtT//NOko9h7D8X/Hc9yInF/4c5wmj76oee5E3i2vHEoeyy6laejQ3AoMV1mCyWOncgGCMXcO/eJSMwLN4pt4UMlDiH6fczfGtBz5xdUWPF+92Yf2eL7dNYRkdTuzToCgFolpzBAShWmB2P8VkKgKrND9Z9u/hwtujOUek//qe3O/6qkajnVfz7UfxL2BdtrHnt/F+xTbyTVp8JYwcMhq47fHgc+tinrrMfmfK4aesvR+d6Mv3z6dUtduPmczLg1Vjhx4BnrrTM/g4LDcFFhOLkiIq1XEJ6nRz4RR7u6YiIQx/fB6e0+Z0l4gyGZZjEObEhwkCOWe0f7UhL3p9w9nBTj/pbtnuxm8J2wd03OD9RTt7zjWy0OcMHn7iCEnLv9awRu7ouQwg3hBAuIaU0MGFBEhKvAhnYiRJLYb+vOzQJS7yxYN58jgnVrm87P+n8MeMZ6vsD1P0ah+thjjWCcspcrtexS/80zlM31cv9HB/l/mZTqP5r/p/l/X+T/YxNp/t9j+f8fSmj+n+b/af5feIxF1SfN/9Mvl/rfMKfdg9dd6X+5MtNu/l8mzf8LJf9fzN7Hg/53rP37p3Yr/GF69yn3n++R3+VUrLLvhbghjafie+x/IkF87MuEK7tXJH5TtyLp89Urkw8sXZny4Vvinm9uFvfa8GJ075VPR/dZbIpOLS2K7vv4lOi78sbG9Bupjuk/ZFBMy56PUWWDzjXOInUCxzTkfODbs8n5wDWF5HxgRSE5H/jkuYDzC/AWKwohl90mGSKyXe1rAxyHg4w9U9m9luyvpPVYN+5zcm/7JI8NA1n33pwAcBl4vXmdgCyKfXGtG+E+mYSQG/rjgd4Hvkl0z23oj4kMwIjlBwIkWAAlWAAmliIInDi0jACK5QgCKbYIqMTdqFtB3I3VK4m7sXQlcTfeEhN3YzORKwjAxN14Opq4G6Zo4m4UEQmDAE3cjbExxN1QxxB3YxCRNU5bNUbhWggAfMvaiGMa4m5wZx/fnk3cDe7s45pC4m5wZx8rCom7wZ19fPIcdTf8vXUjbhUVFEouu/qO0CDbxQufu3tFcEyYUmILnyM+FGM+lGD2i+MFyOP4nwAfjnfIidQp8dCAbT4BU9ekHfq/3FA4r8RQOt+b8X+p3fwntVRN9b8P9X8o++IimqFc/L+290o8/4n2TfRZj/fgEC9eaFeRXLRF0wI05s8Ns3SCjjD2Bd85m73HXQ8Lvti0FuziKabZuNshQgs3a4kIcdplj8b9A0aIB4WEevEKsVJV79uDEeQdPsFVKDk07O+VohOqrP1e/xdoSkt1er1X4/8KldTu/J+S1v/4Uv/zp8po2Xtc//3qIxlHuJmvdUx6Wb3JkHdw93tnD336sv38p/LDZ306+wnXhe+MVUx6Lk7Z64U4vn/gT/VAotCwcIj+h0WQy+mgEnRFx4S6PacE7UUJ+DQTenfSnJbB8X4mjvtTa8FonF3BaDfb94t6wfZcwG9jy1WLBkDZuTVv3rZhT1ZYkozBkSO4jTqCp6MhrgBVsABX3D4dQRYXJiHYtirDgKCM1UygDnmyFqnvjCUOy3NxxGF5Ie5ODgt1SIRViOTXVEldGw9VNDmlZf9zdlzqf51Ro/dy/b9cJbPr/62m81+FEv83cPH/mjcUJQfnLy/jdP7RP16wRAwafiXih/sKo0IXNkUdX3Cuy4WHK8R7HtRGn5h3LWZt2pyuu29WSsrFxd0sXy3sPvlSSY+y/Yti7/lAF/fgB4vie7wzNyHzixsJNxu+T2LWPpl0emZp8pG3btK8gZdmwzq8vJFGQFtL93W3ZxFs9zSL4BRjILYBZ1ikI6w5EueAO/gPAPawRfjD9UQIg9giHOK9HWERLOAR7+8Ik3hREC7xHo+wifd3hE9cNoQwivd4hFOcrUBYxdkKhFe83yPMkmzFO3Pxno+wiy3CL973EYaJ+J9ZSsT/WzdptoJmKzrNxFdB8iNV9Z4qCaLpirbpf1O7ur+0pf+7WiaD/u+jS3QmnV5TQfW/z9Z/Sukijd5gNs3znv8nV2Ta5X/Uclr/5Uv/T8y+gDlHs/exXp//tHCfZfDJG1VC7gM5tTnWYR9IdqRMZLg7TeYyZuHNsdVN5shQmZ6p7PB3seO2c+lSWSDMhGrR7MKdX2O/mAqFoIItggvJb9CukcTFca9rJMDZ6gIIG9LUD/DoxKgW9BG4XoFL/fdESbHBaCjqWP2vUmRmIv2fu0hnpvrPp+s/VVNU8UQ7/w1X+R+p0q7/k1RB578KJf/T4vzHoYS5zKGvFzCHm/OYI3+ZzNDzHx2bx/FaSNJ2/iOCKNpUESmqjuTf5/ELEGjmho8OcCcWnAzB5z8AJdgipODenwgtOJODEIO1FT33QTMpfppJERJDUZ+J5k7oV/v0f7muUNP+8x9u+n+ZSiWd/yuI9ddp9fp2NgBz5f8pFSr7+j+a//Gl/8fvaFrB8Pr/1ooT8Pn/Dad2WTbWv2fhzgJtKUuWvDbmMcvByAUWZ/2BP1uSI/m8MMVyMref5YvhByR/H7xH8j9DkiX/iKyR9Mgf+O9Y+XEd9Sc73J90pLJE3urWyXbs7Pob5wouMP1Nd3oMWxEJPqVhy8xhuMcAQibXawAsIBQsoNTRkSBALFhALa42RMhtS49iQDVYQDZYQDdYQDhYQDlYQDpYQDv8DwHiGfzYjuuoT0x9Yj/3iTsNy1Kf2UM+c6foi+xa/5fqdRUmr+p/hdpO/yto/1+f6v/u7IvrcAT3A0D/b3i4z8S6Zyas2/Kj9PJrcxbOOvjmsbJDj6TZzYI7Lr1XQGf/W2p5P+j1GxIcGgFFJ6GR5MLDn+ByMOqpa4ykm3sX4suED7FG2w38Hl/Cb27J4OaWwJvWdpeJ3HtWNpxcJX/K3Yv6cn+LfE/L/46oL2w+09ArN7/lsdbAmT7Hn+B025FT/Kk7GGWbAYzBHgDCKi52Q3jFih9hFit+hFus+BF2cZYK4bdVyh9hmhTL0SYARKlzTQDurNSp8vZxO+AA40qq4D3T4swVL/tDPsyl/jeUFhuKjZoi7+l/udx+/p+Knv/3qf5nGNtoggfY+8S6q2P/t/3nP3gznnnnP8hcD+Ge+3js5KUuM79950nbrA108crEw8JDWlcmHhEeAmM0BtdjlsM14FnZwKljJ7LV37x7kcS2Q8A73NtqwxW4PhxoH/YA/57PfAcd7PB3Fete9PsqjEMeTiYqOznkYRt3QQ91EH3r3qEOwCrWlwivPB0oQMxSpeapZrT+oseEpv+maYwmTaVX6z+UCqXCbv6zjMZ/fan/urAvQNcL7H0ybE7rt6Udd1YDsvmV95k67UfM1t8tnnXQ/JXELia87E/MZy+tLjvx/N5Zn8++VYbrQGbsbFEHciroY8upCwsl5wtOMOd/3FN14V9/qPrus5qqi7E1zMU/vcs0vlHPXHrlJeaHk48yl5+oZH7cM5L56dFHmCtrezNNI+5hrv5uRNW15F5MdP2UZ2NWiMO6LlMvl5QPWt6tKOm57gVRz/XIV0XGyi9Wx/U7Ux3fo+H5hOB9z7s3n47WmbQpZk223ghovwj7r20nbuVl7dToiSsSh2usQRt+m0b+vXWCXbztnftTLhTDa8c4mQRk/F2IM7xYiFNR7pBASHD6OA5KA5G0pWwFSAaLe0Q0YIFscDAbEU6rgtiIhHDZCiIiPGIbkREuX0GE1KJ8BRGTs/IVsEBU2CKyAguEhS0iLbBAXGCBvMACgWGLSAwsEBlYIDOwQGhggdTAArGBBXIDCwQHFkgOLBAdWCA7LAUR4YEF0sNyEBEfloKI/MACAWI5iEiQlN+oIkn5zcVqUn5zppqU3zQ8T8pv9hHrtZmAtPyGJgE6KAkQOJsP9Sg951G23Oj807t05f89qik2amd7t/4/0z7+n6mi/p9Q6v81/Pr/Q0HKs87q+088lG2h9fren/eBL+9VjcZcxzpSwg7Vum0KYMDNArTtA62qzdfwa/NnjGx6DlfYINS0pbYeEEVr36n47uxjN4TIWFQpe2haRqeoc6dfbdX/ZQaj4YmSRe04iN2G899q0P+0/5cA1r/CqCss8bL/Zz//XZYppf6fD/0/2v8rgPt/4d8A2v+rDfPf+1/+ror0AQt7lvYBo35foCdd3M2zuDv/nVBV2A3neRQgrAfo8WY6/51+uaf/x2oKyw3GRZ74N1zo/0yZ/Hb/T5FJz3/7VP9zXyksTcIrBFid/TwDLZO/yj93Hgm32fEeC91g2r/B0E3F5/w/7gGP/Rvux/+UCqmaSZWxMag8g77IoKf838Hrn5GjM2p9s/4qmTqTrr9v1z+/wHf4V8hkUlj/8kJP/hx0/d1b/3Spz9ZfrpTT9ff1+mf4cv2VdP19vf6e8r/bsv5Syv8+Xn+jVquvbHfut436XylV0PX36fo/ONmj+s+9+J88U5FJ43+CjP/dumWaxTAP+nHJb5vif7bHQuN/NP7nD/xv0BfPQy/fxH/UMoj/jTLpNPgHmZnrmZ+E8n+r1398obZUoy9ifLP+Sin4/6PmGHWFmmGjZuuK5mr0dP07dP31RTqNfpjH1h859K1ff7lapWJSlVT/+Xz9R+nLNXp0GXVmg7f0v8Ie/3IZ7f/oa/0fwordEPYV/eKVo01fy/fv/3rHB9lsTzWkYIfgNhBcVzSou4J7qLvKGQUvPz8c6M4DhNJPeIhg4UFiix4m50W0+oFSH8MzZ5eon+GK/0eXaIoN7Rv/4ZL/5XK7/m/QEoDyvzDiP8HsS1z9++YN0v8/c4BQFSKb0efge8ZOBIIpmMVEkDaXSvRSBXJ0yPrAgN/hoWEQoAdn43kXD4/yO40hCYX/jTpT+XyNyYv8L1PL7Pq/K+n5P6HwfxD7iqji6AtxUSE+dzS7jAjTdKk6kAnf+oSA8E3x288xd3xSlN0pu3ca/jcUtlf+t4L/b+//pVCraPxHaPwfxef/R/FEr8dKOFZTyaV0B0A/M+wAi6cMqGdcPCu6B9A9oHPw/3yD0eBt/rfT/+ii/C80/f/ilc8uc5w2yMIFqbnANGV/ov/hKfHZ3/5JUe6n3N9Z+D9Xayyu0JZq9R3L/yq5gvK/0Pj/S83sKo7VyBdEr+HMM8StKf8T/oenxOd/+ydF+Z/yf2fh/3xNSbvPALvP/woljf8Ij/+rl4Qv41hNjie4Z2VzMQ0F5X+W/+Ep8fnf/klR/qf833n4v7RIZ9aavMn/Dup/0AZA+V8g/G8tZwFZ2zjswDprCcuY8/A96D0EC1xcwpLPlrHQ+h9S/zP1/U14GDU8OOu24Orh0R2C7hBC4f8Ko65cV+HN+h+F1G7+k0pN4z9C4f8wjs6ql4SuSwxtzE08bbxnfHBN8/iGF85be1IjblKeJ5EOETsf3VbRGNDeQRh/O4BnCH8AzxFb9Cwxs6HniS16ptw20ZrnSncKulN4l/8XGcrL2xcCakP8Xy6n8R/BxX9evHI8kYtqpOG+MDT/6yj/ezyRH/+xf1KUsylndxb+n6St0Ova2XyzTfxP+38Lj/+PDLfmf4nypPF/B/yPnhKf/+2fFOV/yv/C53+jxzqutKX/N5z/Jf1/CrQlRm81f6H873z9TUaNttRH669SKGXc+k/QGitMmlLtfLr+Hbn+EzTzNbpCjY/WX6XA6z9fixtAefBnoevf6vUv8xTrtoX/FVb8FxjmLTJ48wHQ9Xe0/rmVmrmIdXV6X6y/WqmG/n8TNYW6ObpCT/4sdP1buf55utmLNL7CvwqOhFr7/xUYdWWGUh3Ff0euf35OR/V/VsjVCvv+zzT/6+v4D9e+zMjeR9aKE2bVfvHl5Q2ndlk21r9nefUDi2XTspctByMXWI58mys5uj3B0rBltOTYaoXk+NN3Sz4zxktOPJRtia4vrIlZkRzfdVnOy5Jy1cvdigau616QuK5H/pikWPmN9XSGdMfOkBYxQcEdegXhWayheC4rw73DJ/kwlTU/J+A7BFohBgFEgBm2CGpgAW5gAXJgAXZgAXpgAX54qDSCIFiAIViAIliAI1iAJFiAJViAJg4nIniCBYjikCKCKQ4nIqiCBbjikCKCLFiALYMfyg08vJoOsaZDrMH65RBr4VElzR7Q3p8dof99PP+F1v/7Wv8zjOP5LxsRdPPp/Jfb579wj4XyM83u+gf/q/PHFHQA/yvU9vyvyqT1P77k/1D2BWS3hL2XvLp1hGXT3vCqzc/2tNS9cqHqcLXYcqJfU9kJTSJz43qF5Ofz05mb/5gm+eXgCObXPw6X3NqG/Lp1KRLR8l+ZoMpfJMELkqtCNEmW0Ik3nwrL/nl1uPSrp8NXKddESvYvjdz5dmzU5S3Lupyte0l8al9o9P6lNTEf1IV13b45QbJ+aXi36qcTuy/SRvTQFSXFPjIuMm782KT44YOjEgYPSk68K2dFUmRUSnLQwJXJPw3YkPJ15MqeJyI29Pr4+1W93/5uY5+6o6tSzb169X3qrVV3TbnVu9/cIzH9lf/qffeEXTED4g70GZhm6Trw139uHhxllAz+6uPNad8VdEv/82t1Qz4vW53x6jNbhr47ac2w3xe/Jl2jWJNZvKy/zBS/Vj5uTn/FpOsvKQc+eLdK9uVL6vC0AVkpzfFZ34oHDP/5VPyITy8NuOf03viRu6O23rt3Y/x9L1zcen/tkvhsQ8PWUctqax54ePfW0UW/qxkzbPXrOWNmvpxz5ZOB4zIWJ4z7/PWB46NnJIx/t3rQhMbsxNwNf9iW9/fH1+UvXr7toffvW/fw47ptE2tS1/9mZO72Seag9ZN7ZmwvmHJufcHNrtunKj99Zer/DUmb3vub5OmfxKQ/8usnKY/WX05/7KvXUx5fdiL9t3+uTplRtCd95qvzUmblH9+hWb68dnbGOzsKi3W1RdFrd2jH5dZqG807igdm1BYfnb5DF961VrdzBBszAleIEfnmEuHtNeTWrR2bRQx+j8DvYvI58BRsvfnT0GuiP0eTiKQQuQVbHDNC0MUxIwRfsABhsABjsABlHBNCcMYWQRoswBosQBsswBssQBwshjl8betJfgIEd/wTIsjDF8AeLEAfCyMEf/yDIgoACzSAhRGiAmwRHWBxhCgBW0QLYIEasFBC9AAWKAKLJUQTOHaFqAILJkQXWCwhysCxq/+wdyZgVVZbGD5MkgqKmYqohGUgIAgHOOCsoAKCiIKIM0dlUgRDQI2u2ahWlpZlmRppmqYlDqGGU1aKaeVQalpdGqVuTg2KYnK/9W2OkVRkoJD+8JyzzjGfJ5+99n7X+r9v//sHNtgwAR3UroAPaldACJsnYITaFVDCBgo4oWYFpLCJAlaoWQEtjMALm0AghtoVMMMGC6ihdgXcULsCcqhdATtsuoAealfAD7UrIIjaFTDERgwoonYFHLEZA5IYgSVqVkATI/DEBg2IonYFTLFJA6qoXQFXbNSALGpXwBZLMNBF7Qr4onYFhLFxA8aUdlXMcRWcKe3qKL8L1pR2dY4NneBNaVef8LtgTmlX+fwuuFPa1UJ+F+wp7eo+fhf8Ke3qBeZNMKi0q//wu+CQ2hWQyAgsUrMCGhmBRzaTQCQjMEntCqikdgVcUrsCMqldAZvUroBONp7AJ7UrIJTaFTBK7QoopXYFnLIsAqmMwCo1K6CVEXhlowrEMgKz1K6AWmpXwC21KyCX2hWwS+0K6KV2BfxSuwKCqV0Bw9SugGJqV8AxtSsgmdoVsEztCmhmBJ6pWQHRjMA0NSugmhG4/k27+hchW7tqqg5Vy1Qe/v7105/3//GTk0en1dDz33y9vL2057/V7PWfyn+gcawxIi29SncAXvX+D72XwSD7fzw925u2AEYnj800phq1/NdA/qMy06/v/h+9l588/698/vsa7zFmpFyDfeBa/v8y/8HxqfHpxpTrnH9vvd7rivzznzMyKDljipb/65H/iCHV9v/4B/v/vHwM5fZ/9sgcPa66Hkas5f/v5t8jKKRHdA3l38e/fP6DkowZScbxOi3/1zH/xizj2LSaWv++Pt7l7v/oGZ+aFZ+u0/J/HfMfOSCo5vjvV+7+r6gkY2pikjFZp+X/uuY/Kjogsub8P732/I9a6P+F5LyY32R2ziNuOS/NPzd7z0yHHOX/OdtdKH7QqaQowe7ikXinXwtC7C5tDHYqXe5mp3vO1clsho2d+eT6ThZ3t51taXTJsepfb06dHnUXW3v98JT1rKAlde0+eLrua9va1DudO7d+4eqlNp+838R2+5xlDTatbtpwxesuds/PadZo5uy2t06ZaN84Od31tsEDmzcJjXZt2sHfoZmrwc3+jqgXmte1d3cw91vg8KPvqhZfNlvQ8kDTVa3eOr/QcU3xa7e/dGyhU5a7R+v7tyy8I8bW886xRx3b+J3yvKvPZkfnJvvbu7gtut3l0olc13rTnFw//zDX7ftRrd23rlnT7uDUxR6Lnl7ruS5uSfupmeu8ng5c4p34lK9+YpuXfYIzfH2j6iz1c4nxM+iLlvpbBxgCWlo5Bxx3MHQoOe7ccedFQ6dju50759rndclf6dz1yQt53V6Y5dw97dO8Hg+tWBbYb2te0JjHlvVsn7OhV8/xr/T66aB/sMejLsEH3/APtU1xCV03L6DPiYi2YQvWbQw/NHZ533uf2RiRF76837BJGyOf9VzRv/PgTQOy7FZEtey0KXrgjyuiL7baFOP30asx33TsGOt4xi323ZadBl866D7k5Uudhn7+hvuwhwo7Dd86z33EmB2dRi6a4h7X9/N84/RnVo7y2J4/OnHSyjG2i/PjgwevjD/xUH6iS6eVie8n5Cdbt1qZ/FpIfq0Qk5+cJmLywtlm3GojYjLebdSfC6fAK13kILw0/+8P/b+QHOX/NZmt/D+3HOX/nZut/D+HnN/7f852yv970En5fwl2yv+Ld1L+X4id8v+CnZT/52an/D9XolSWPP0/LHvl/6nH4Mjy5z8UCKD/Bwwo/+8H5QMCB8r/+0D5gMCC8v9y5yr/b/VS5f+930T5f3OWKf9vtdq7Dlwo/29OM+X/zW6r/L+J9sr/S3dV/t/A5sr/i3ZV/p+/g/L/DG7K/4tSe9aBFeX/+am968CL8v+aLVD+X9NVyv87v1D5f8WvKf/v2ELl/7l7KP9vC78LfpT/d1TtXQeGlP+3We1dB46U/7dI+YDAkvL/pjkp/+/DXOX/jWqt/L81a5T/N1XtXQeulP8Xp/auA1vK/wtUe9eBL+X/tXlZ+X8Z/C4oU/5fjJ/y/4qWKv8vgE+jFrQp/8/BoPy/487K/7toUP7fbmfl/9nnKf9vpbPy/y7kKf9vlrPy/z7NU/7fimXK/9uap/y/x5Yp/y9ng/L/xisfEFhU/t+jygcEHpX/l6J8QGBS+X8Rau86cKn8v7Fq7zqwqfy/cLV3HfhU/p+n2rsOjCr/z07tXQdOlf/3o/IBgVXl/32k9q4Dr8r/O6N8QGBW+X8H1d514Fb5f2+ovevArvL/5qm968Cv8v+mqL3rwLDy/55Re9eBY+X/TVJ714Fl5f8NVj4g8Kz8v07KBwSmlf/XSvmAwHWt8f+uBtma/1fL/D+T9lIz/p+3Xq/5fzV7/WfSXickG6sh/39x/af39q+Qf39vf+36rwav/0w/LcpewlLu4JpjdVF3dJRlQPiLLgV957kXR/zny8kRvz62sd8k2+LIhEvn+8e5TRnQu/B8VHebKdHOO84PvP3klJg6L1+IKd13z6BvH7kQ+9+12YN3JpUM2TY3e+jqh7OHLc8tGf5kYvaIGU+VjEwLzY5LyihRR+RbWlha1LGq+Avc5+JfUlo6UifvI0KkyEyMM6tXWhofKYDO2yfYfafQrKkcuObh7e3jhXd5eevcvX3wuqkPq7ucTmnbU7vs5j4+SSsfXobUsn9Cetk/IcXsn5BmRqSapQjpZh+FlLOPQtrZRyH17KOQfk4vTAGWK0wD9k+YCoyYDhJlSrCEYVqwj8LUYB+F6cE+ClOEfRSmCfsoTBX2UZgu7KMwZdhHYdpc7nuu7dTROhXt/o6bqf5X3XutpP77SbN3hf7vZ9Dqf03Xf+uyYvFI2efGUv9z168tWtN/euzayd8krQv6Jm597K6kN+7cFZcXsCJpg8WKuI32jyVt/OHdwk3F45Pe3PtKYf6Rfkmbvyoq3PL62aKtb79XuO2JI0Xbl6wqfCv1zaIdDz5R+HbEgqJ3Rk8ofNdzatHO8FlxuxrEFRW0S4srOPefpANH53eva//rV3VXLf263qmlY+ovuviNzZG3vrGd+vm3DTYu+bbhiO3H7Z57+HijrouLbp2cWNTY8aHvbosN/e62SwnfNQ1w/77p8QfH2rcOGWe/K36cg5lbisMrwSktvrBJaTndNaXV9pPjHRPrj789Z994p94nxreetnb8HV51T96Z/MHJNg3/d/IuT7NUZ/PAUy62X6W5fNnmdNsT705w3VHntNv7r9ztvvLOu9u9NjPd4zGrdM9Z4ya2H3t8otf4vhO9++zO0Mck/+zjtjLD1xD2i1+9WZmGph6/GH5acdb/bMOzAQcfO9vh4zNnO64bf7bTtgZZnZ/ud7bLotNZXSd6n+029UBW92ERWT1GrM8K7OyVFdT12ayeLW+d1Mtx8qReJT9P6n1pyKTgcw+fC/m886TQw4nFfbY6Tg7bEFocvkg32dSHVWcPZuznnj0qJKZkdHvb7DFtA0riG5zKTmg0MDuhuH5J4hn/7KTDJ0qS9zfPLntOxZ/e0F7H0ur6/KK2Ljki03Z1gTwn46WNUj2Xb5fPefvMGshnqcXyLrU9YkiUvPFTzxtaMdaZmV3VKpc2sMeG8OUSZbVLlBUvUVa9RFn5EmX1SxQCSBQKSBQSSBQaMIIIEoUKEoUMEoUOEoUQEoUSEoUUEoUWEoUYEoUaEoUcEoUeEoUgEoUiEoUkEoUmPCIFRGEEVShvgyzs0UAXRhCGMjMow34NpKHMDNqwZwNxKDODOuzbQB72bKAPZWYQiH0bKESZGSSizAwaMYJIlJlBJUaQiTIz6MQIQlFeBqUYQSr266AVZWYQi30eqEWZGeSizAx6UWYGwdj7gWKUmUEyysygGWVmEI39IKhGmRlkY08IujGCcBKFcpSZQTr2iaAdZWYQj70iqEeZGeRjvwj6UWYGAVnpQUHKzCAhZWbQkP0jiEiZGVSkzAwyspcEHRlBSMrNoCRlZpCSMjNoSZkZxKTMDGpSZgY5KTODnpSZQVDKzKAoZWaQlDIzaEqZGURlvwqqUmYGWSkvg66MIKxEoSxlZpBWotCWvS2IS5kZ1KXMDPLyMgn0/aPLpNp6eSRUp8wMslNmBt0pM4PwlJdBeYlCekbQnjIziC9RqE+ZGeQ3XW7dAPTXLumqRXyWSqNd2d1g13+BaZmJxuTUrOSUlH96D0ilz//zrbj/z6Cd/1hb9F+rMuTZyfXf3iBD3AH3lNPRiw4/r8Q2MwswcQ7h+3iO/MWps4V483N1NnzghbeXzt2rA6L3zf4QQBnIJuqZsAPaSkw/8bI6uQ+DyrYUA8ukYHB/UzMtzC0tTSM887SMMMa5LsfZluPcSMY5su8Vg60VNU2nrAb+V8Pe+0rP//XSV3z+h7b/s6b5b9pINq7sc1Ph/4Gjz27WNLnar8mZWV6vIytRPFZelPmyqqcUkbeGmQGa68IF4PKuegC9t58YaL7yrvf1u6HP+72qNaXUtp4PKVXq2c2aKqWpUpoqVXVVqpbzT2vOq+cQX01vuvb9f2bmuKr9PyrXf7yv7P+xSLT+v5boP3XKAGQj/f9zjZYU5nQ4f3r39/XiDjRqcLpMAzKX/d6d914pAsnn8iLQTSwAWZeh20Y6vdu+2OYrcarBeb1EGVXeloORlSijy44QI1xeCLIwNzcN8xPhlQ22VmM0Aajq/O9lnJgRn34t+e/rZ/Ct8PxvL03/qUn+W5fbGZJZ9vk24f+mXd1n/Lq/c/dLT13ILd37/nZd+qe5ZpmR2827h+ZaDNRvt3Ryz7Xq2q9HHZ3tWuv6mwOt/3tq3S2XGgfV3bZ/fb3PfulZf/lJP5sth3vZzthnaLBwU++GSWv97R75eFejkLkBtyZsKGjcNqvDbb2f392k0VObmjpnv9f0TMab9nWG77HfH5Pf/Ntuex3WBGxu8eGw8JZzHDa3Wt21r+OEi1tuf9Kpr9N9Fl1ap5n3vaNDSdc7I76OaNP8s653Beg+uOv8tm7OPxZ/6PLJS93bnntnn+uOLdvdDi/b7774xbfabZhxwOOB+3d4zht7sP2o0W97TZse5R3Y6x19XHK0T5fDPX27hw30q9+zl8F240D/Oh/vDNA1jAnYc0vvDt+5H+r46ve9O+22PdT50b29uyw/dajr2Nd7d5ux/1D3qPd29khadyjQZ9XOoJBnDvVs/MSuXt5rB/X6acKu4EZzBwWfMg8OOZM1KHRzWkif/bGxYRt1BeFrOsb23WkdEhH5wJF+C14viAz85JP+987ePcD97OCoYem7o+sfGTzI/9s+g1b/cHRws4KwwU9+cGzIuVfDhqblHhu2InHP8Ix7j42YGbpnZPSIY3HJ7nuMvt2PjQq13TO61fChY9qe2jPmZ8tjCbfahCV81npo4pmTYUlbLIYm798XVul1klWda/JrVVr6/GTZgI13S9PRkAtn62xM7ytz5FHqm3LNePXUS7Ziexnw8sfrBteO5InxDFezMKVVSJ4eyMfPywLlHbpYpLxDVxYqTSYsVvnBguXwYdFKlIUrURYvOwYsYHYLWMQ6ln9b3lEqi5kRC1qiLGp2D1jYFKmwuNlBYIFTpMIiZxeBhU6RCoudnQQWPLsILHqKVFj47CSw+ClSAQAUpwABdhUAAcUpwIARQKA4BSgwAgzsMgAHilQABHsuQIIiFUDBzgOwoEgFYFCkAjQoUgEc7EYAD4pUAAhFKkCEIhVAwg4FMGEEUChWASrsVgAWilSAixKptnAcBTIUqQAadi+ADUUqAIcdDKBDkQrgYZEEfChSAUAUqQAhdjQAEUUqwIgiFYDE7gZQojgFMFGcApwYASiKVIAURSqAiiIVYEWRCsCiSAVoUaQCuChSAV4UqQAwilSAGEUqgIwdFGBGkQpAozgFqDECbBSnADdGAI4iFSDHbgugo0gF2FGkAvAoUgF6FKkAPopUgB87MgCQIhUgSJEKIKRIBRhSpAIQWbgARYpRACMj4EgxCoBkBCQpSgGUFKUAS4pSACZFKUCTohTASVEK8KQoBYBSlAJEKUoBpBSlAFMlSp3id4EqxSiAlRFwVaLUSX4XyCpRal/Y3xKlaidstYuIahKqLoO9dl1SVN7/JxirdPhr5f2/3svPcGX/7+Wv6T812f+XP0jE3qRcPPXLjvXWU54PtL6wN6j5gXOfOuw4urfF2k8+bbl4895WL5wd7vjAovdvzz4y3Glcft/WQ98cfkfYwog7Oy0Y0cb9voi7Wkwd4Vzf2M+5JG6ky/+CItt+fW+h6/39I92+C/nC3ejTX/BoaWZuYVnxF0xZyNKu9nPOzxVq/Pa5TGC/oTcYkR58u5p8SdcnOSOrkTdG5I48Rf7YLiGHbJeQR7ZLyCUZi3yyXUJO2S4hr2yXkFtyF/llu4Qcs11CntkuIddkMfLNNgk5Z0TeyWXknu0S8s92CXOAjMY8YLuEuWAql1WfD1r1qobqdXnuaV7Lzaj/pY6JTx+VmV6FY5ev/vxHf28/Of81zJiakZZ6rQdAO//jr/Lf2zjOmJZQpYNgK/P/fHx8K+7/0/q/2uL/WZS96P9F/Pp8gXKjzEtLR/LCMj5Sx9tsVOk1HZVwE1t9lweMFp//wBm6soH7zcqrZPC0vkWz7moL/5PHVvXo5UrPf9IbKpz/pNfOf6gt/Hc04Wx+4zXbDZ2a/WI4fCEroI1vVsCGT7PCGrUrDnu94eTwHd9P7pveozhi8d7J/RzeKY584PUpkReWnR8w7r3zA47e81109PEp0W+OPR/ju/uemPnhF2JbfXMh9h7PksG/7ioZMsSuZOhnK0qGdfixZPjOndkjmn9UMvJz6+w48zOm8wX+/BdMfIWCe94+M3WHZ9kVoA+vAm/iMuRYvgxJ7khW5I8ROaRdgDwyIpeU55FPRuSUMj3ySpkeuWUZQ35JX+SYMj3yzIhcU6ZHvhmRc84v5J0RuZco+WfEHCCtMQ8YMRco22M+ULbHnKBsj3lB2R5zg7I95gdle8wRyvaYJ5TtMVdM5bUq80WrvFrl1ep/+fqfmWpMyMyoSg9Q2fWf3r/C/V8GHy+t/teS+m9e9rplmunyBURcbqkUWNOWw5u60l4eIbWn0+ai7i9HSqsxWo351/A/2JhinGBMTJt47fjv61VB//P31Wv8ryX8N53/YJP3cvg0R/t3hrs3q3fG/e6fjSSc3AFVWioPQZBNJLLFZFOumaXaVkJJy8uPG0pu4vJweQB5RBoGUf6DDKREGUxGDOjlsvF3B1WrJFolueb8Hz8quWo3APyD/t/X20/jf23r/+dGhliqrra09P57hU33T1BdrcfNfW/X7/p/GaXf+v8/GimN2hq1/z38zzSOMaaMNqb+84eAXz3/DXpfH43/tY7//XweN6kaz/AEjfm5JlXDW+O/if8YpfL6T8WR0viv8f/fxP+qPni90v3/eu8K/r+Pdv9vbeF/kzLuNBHdYo//M4X7PGee/sF/q+6Uofh0yQs63aVuLo+XmjnqSofHntbNa6cz6505wXxSA52F86AJ1hPmmVvv3f+TzS1zrGzune5tu23uIw3il2R1DBqRZTo/9IpfS8vSUgOfs/P780TNbPgnvE0pOCqaZxwE94zWBSVFRd/M1adpWS1ook6WeHevciE8wvlgV+RLouRMouRNouSOD3Z9QcfvzKH8SB7lR3IpP8gnBxY5lSh5lR/JLesV8suIHEuUPDMi16xVyLdEyblEyfvl6ihHm17xK/erqeRPX3+VU0Arq1pZ1X6qu/6HpKWmpWSmZF5D/c+v4v1/BoNW/2uy/tcpe7UoA5985vkf+VZBIfmt747dM7NLgTws/IAxNODjWRNDTLXc0kwInmIuVSUlVpyLe5LkjmO82/DdTp64p66FQgDtENA7ZBBekTf4Q3hUFb2q8ZYynFE4YSuflINxZ8TYqwe2dyn4/QPbQwMkSi5+q69Vy4dWUKvpsRhlua+NxbVS/vdJS0qdWLW7sP7B/V8+cv+3vhpqj8b/Kua/Gu7Bq/T+L39DxfO/DFr9ryXX/5ZlL7u32x2bdmuMZUF7qw5vl12/Wai/Vlo6qLvUlvhIoXrePp2Nh5c8NVev3Q5Wbvz4xDqMIesexlGijGW56+G/PZ5abdYudq8P/5P/z961QFlVnecLQkWgCIhKhMGrPAYdHud9zvURHWd4qMMMYYaX0QyHmcvMheHe6Z17RVxqMHG5SHC1JgvjC1dACAEBY1fQ2pq0SWpbmthIk7qy2tql1lV8JDa2qauuuKzd/95nP8+9PObOC2bj8v6zzr//s/f5//1//97/3ufsfKaQ2RxWsAP81Pv/Yut/pqv3fw81/J8MwDV55X+PWTi65vsUr9CsYhvg1cYEOUsdEOLlNxMTyNushkPOT4dz03UESEwmLwQvJREAaZJEgJrvixHg9DWqY4COAf2P/7mefFjZB8BOmf/zbHX8b/l6/D9U8P8CMf/32KRHjsNXyn/8gXucfgP+swenLfd2dKykOaeRI0bBxrcl+PubsPFB+EL5ePwqzER5QwQ5ss4Y7q8RjU0I33Od8tbRo2Qhb7pDPhH/yHHxE/FgAPVT8XjhDhkDgyMyiLTQdt7I0fDZCWKVx17pjW10wDnnAs6p8X9LuDHsQpx+xH/LiL3/o8f/Qwb/z49cdirgP8X9Vxffj3F/3p0TVkQQMwIfw73rTY4sCFPGYHwZjxMaEzG+TGHIEp1TMR9/rM8a7oeDYBUTxJ+aLIXwWOUCwoPqBYSvVP0a3IfjbOKU+L8s3FjMV/T5t1Pjv2np8z+GLv6PiTy85Pj/1euXdAMgCWN/hAy7t5UfXupBf2ntEuifsu10BvtY60IoqEz7GvmHbx7pNPA//0fFdE/Yj+//W7H1X8/Q3/8cMvhP324Zu3N5w1L6VuO9AeSo7+5kbzXahn4DCLWZvAHawPdgldGVxlyduz878D/TviXcWlEdev/PObH+OxGGlSeKX3/uxAfFJF+tXPsi/Y4xrFbC3lL093j6NWNYq2we3u/nSPt/7vO/iPfxgh4xRbqUV39PT586fuj4MSD43xgW8xVuwD3l/p94/t+09fh/qOA//XzV5L3v1Ix65eH3jv2irvrDSVccoGd/w6bFXfdA6T0vRimHsTjZMCFKNthGlG6w9FfAok1AoEp8KCdSJ169RSqFgqBWMaFzBqrVEUFHhP7A/0yxwuP/Tj3+d4zY+//6+y9DBv/pcSYT3tizseGj/S+uY0eYrDsKQ9V1u6Ot6mOjQapl4KGqPgEmMQGwHdQGFFTHsf2U6tN4rvF8KOB/Lr8h17WpH/HfMtz4+V+e3v8z2PhPj5mfEv09A/I/r9d+vO2CC3+66YLn3+ladeGJr9zx2HPjvrR9z7jWu745bl3nV8eFawrj1i9Nj2sLVo1rn7tkXHpqMG7DpLYdHSNadnT816IdnW95OzL/WL0jyneMUk+rTiSewueLPLUNEA2NepEHf+/YiIn07yeeA0Q48KMRl0UjYHLSp41XMvGveU5PNOCZ0L8zMRtZWL50O1AwHw4ayISYIjMCBVMCBXMCBZMCBbMCBdMCBfMCBRMDBTMDBVMDBXMDBZMDBbNjikwPFMwPFLqAkPbqt26gg2ifvMIOXU7H0mEa/4ub02G/zv/c+Pf/LV/v/xrs+E/PE6c7lMZ/86OXCxNO/MWqC1e99HcT/3bX6kn+b5dauxtG2VPrH2DnbuHzuXdhoBvG57UDZJ6JaslR7S8XgAkqxvEGqRnHGqRqnBtE6gYKKsc4j9ROY+iZq15Hxj6KjGd3XDwl/i8PO3Kt8NOP+T8rfv6L3v875PJ/+Pyvb4z+ZEyUwEok/hQfYdz6MV2wBnwZ5ov9TFmA6Nnrj2EKShMyf+UVp0FZ5/yGHP53hf28/m+bZmz939DrP0MF/0uc//jZZ/PAZ2E9mrwoPLzPf5FAf8pbr3aRlJv3G2m5J1LZFFVxGvQ16A9h/M8U2sJMPtuf+B9b/3c9/f7HkBv/TwD8d+tvqmKI9uB4GMBuvwsWsP9kW7SAbQS2Ab86IETr//f5C/ARMKA6KSCcXH06LOiwMBTwP9eZ7U5Xcvz7aeT/Y99/chz9/sdQwf/zI0TB73+U+v4Tf/sYTQxu+ieQi798XOqbQsP8tW94lolkyvDn88iUIXn4dL/1xCMJ/rbTSKr5nS2nr38dYoZ9iDkN/M+G3ZV//+8Mv//uQP7H6oOzJzX+V2z/fKF1WS6f7lm/tQL7nzz/F3v/3/EtHf+Hbv4vkfjax8CG07lIUDH0dA+1DYLzqhduw3nA/Af7HpYWfYjKvvZh9GmuC0Bxy5dF2tOhWM/2hiT+rwjzuUIu21HBFrBT7f82PSP2/RdD7/8eKvhflRC+//XGnnXHJh6etnDSDc8nJ2+9f+5Flz96xZS1bVdN+WzrFZekFl19ybuPPD31yvDQ1GNb9l42su7wZQfW7pv277MPT99+7b6qn5x/ZEZn1Xcu3/PekeSSz75zxf0/O3KlOX3OzI3vLpg18f/mzL7lpwtmf/hmdfXVhxdWH//JXIKco84r9x8Cwpfwy/IbA368FXwwHR9sRT+YbpMPpg/7T9QwM0Jwuqfh9WPk3aR1+BgSMClQMCsOFci0QMG8QMHEmCIzAwVTY4rMDRRMjikyO1AwPabI/LgBqAsAhW6AQwvqCkChOwCFLgEUugUON6hrAIXuARS6CFDoJjgEoa6CKeouOAyhLoMp6jY86PZp19ERWkfoYRj/m8NMd9iv539ZRjz/a7l6/8dQif9TEsL538cnbe+7s7/PG6n8B0d/+7OgYtgggU98ZglMeu4zPfMZzn8e7kd/X5yQjv5++XWSRZ53Oz7yG5lq6B35HYvFcD4psfn2fWdoeR2SdUjW//o7/m/OVfb6Vy/y/x4+/9vqg3cPdPyv0P4tYWemkKnY/if//q+l3/87C/L/O5evfJHu/+05BoMIenL4fFN//TcR7f8FLbHhTklN6WGLHracRfifD7eEA47/nt7/NeTwf1uCr/8+jY8fPfAjuv5rafyP8P8+b/IriZNqSuO/xv+zB/9h7bcQdhf7D/89s8T6r6vxf5Dx/w8idBsX/T35F4t23fjbSW9O9D9ZciL45b0nrhk1ZsM1+RdXXfv2+xuuW/HEqjVVv3p/zd3JX7OPOo2E/xCsHbkR7nekG6DshePkQOsRE8S/I2i04MtN9jl9XDg804gzUjve8YtUj3O4SP1QCEwAFMyAc6zIFJgicwAFkwAFs2DYRKbBFJmH52IrNJGOY330CZHE4EWzU+N/vripwjp6sf/Xtj3I/1W+91Tjf4X2Xx1u6u/vP8fnf45v6/nfkJ7/7dLzv7Lzv6nS/G+Xnv/p+d/ZjP9dXZmeAcZ/1zb0+x9DGv8Pr9H4Xw7/xxxInFRTGv81/p81+L827K60jl7M/0zH0vO/wbV/rivMtvdJHb3Y/2M7PrL/omI+151GQ5B8T7hF23+A7Z8vFDv65MXrXtjfN01u/4ZMz/pcVtt/QO2/oqmur+o4c/u7BP9rezLhwpYwU+H3Z7T9e2X/WwfR/oblUfs3p3PFroS2/wDbvzmT7Qi70dhrMOzvmx7z/z5siLb/6du/pZjflN46SP7v+bbF4//NyETZ9f0EAtr+pe2/sq5l8PDfgTOckP0LbQtXttT1swK0/Uvav3lhn9rfdc/A/rZp2omkOzAK0PYvY//arrBnUzgY/u97pov8f8GChbWb0/lMW7iwNtvWmcuHHWlt/wG0f7pYyITZQbC/aTuK/dvDTdr/B9j++Qy6GA6G/7s4/yfYf3lnLp3N3KXtP4D2r0tnC/k+yAD25vuPrmL/uk702x8vgmr7l7X/orCnMP/mbDsKAeGA2t+yfEfB/6gZlHbnKt2UoO1/WvZP57OD4f+eb8j2b0xvaV2by2/S/j9w9l8abgkzfZB57038x/t/kf3pMvTSXDbXVewqavsPnP0jrJ3fjDRUySbgM8d/0zO80vh/azZ3l7b/wNh/WaatM9MxKPM/z7Nl+9enC/lcpqDHfwNp/1wxWwgzg2H/2PyvPp29M53X8/+BtH8Uewc+/luGpfp/Q66ntTbbke5K92j7D5D9++DTT72e/1u2PP7rt09BafuXsX/LIO7/0et/g2//bAYF3J6+2ADYi/0/ruNq+w+q/VfPb145aP7vkvxPtP9jWa6nLaf3/w6w/Rf16f6Pk7z/5Zgl1v8d/f2/AflX5u2mUdH/8HZTe/T3BX+4r+1bE3ZcdsmFDyx6dGLBe3RSe/Vjk1umPnbRsvrPTbF///jFM3/9+CUXvf7Epef9wxOX/u4vn5z69vee/Nwvd++67K+/sWvaD344ffrhZ6dX7fp21YyHHq66/J77q5Jd+aorbm+rurKhZcbM6xbNmDXPmzF7evWMOeOnXl49uu7b1R85u+f+x+zdV712ye6r/+b8PTVHP94zb997T8/f+S9PL3jgZ3sXFn6w12g/ste8459nWfmjs+zrX5rlrPjWbLfqqdmeddds79Mvzwmm7dwf/Fs4J/XJnfuv+WHdnGv/dc3+6/a37r/+pWv2f/7B2v03PDl9/40bZu6vfSA156bFo/fXtU+bUz/7ne8uqvu0evHov//ukplvVC/5zxPVN5/34+qbf35s7i1v751767PPzG145a8OLPvjh+Y2Ht5zoCmbnbv8oa8e/MLqrx9c0ZU+2Ox3HWxpWHJw5aWNB1fNu+qZVf9rPLPm4sVXr/nV5ENrP5pbc9sL/3Poi6+Nrbl996SaO47+puZLX/5dTevOn9esa32tJrz3/UPrb/izmrY7XjnUfvnjNenrnz20YczzhzqqHj7U8e6jhzo/zR/KHNt6CL9dluj3//D7afDW2YSJ8Cf5hSurFzW3JAAjztXX/kZE/87EQYABTgIUHAUoOAtQcBig4DRAwXGAgvMkcEN/D/UnwImAgiMBBWfCFDkUUHAqoOBYQMG5gIKDAQUnAwqOBhScDSg4HFBwOqDgeEDB+YCCAwIFJwQKjggUnBEoOCSmyCmBgmMCBecECg4KFJwUKDgqUHBWoOCwQMFpcVBAjgsUnBcoODBQcGKg4MhAwZmBgkNjipwaKDg2psi5gYKDAwUnBwqODhScHSg4PFBweqDg+EDB+YECAAAFEAAKQAAUwAAoAAJQAAWgAAyYInAACgCBKQIJoAAUQAEsgAJgAAXQAArAARTAAygACFAAEaAAJEABTDBQI0ABCqACFIAFUwQuQAFgMEUgAxSABiiADVAAHKAAOkABeIAC+AAFAAIKIAQUgAgogBFQACSgAEpAAZiAAjgBBYDCFIEUUAAqoABWQIcMYGHv1W/fVvT2LQVH/RbuOTv+v63vFlt7kf9x8f4/Pf8fDPsX7m4PC+GCu/vsnbuTzv9s27dc9fxX27b09z8G5N/MJGT5Mrls0jIsd/3Ymcn29nR3T3J92LYJekQSfhYUQuC0dGZ6kndn2pKZbHexkNyQ6Uon0ZVMNlnoTCe7i+u7EK89tznMZBeMXZFsT5op00vmkvOTtxSzSdNJWnZP0kw2cx76SSF2U7K5+PnrTcw3kvMp38eyy5B5rJhswHgplZViLFNhWQZmLY63JeI0octKKyyT3y4mZbKns9TW26QZzUlTbUXEaUR/oqtcwnHgx0Ws2u7kMqwPQQpxSQsDdFkQcmk1nnQznzQN3clylfojVnPS8pQ2+1TjW5MeuiyI+FQ9UIcgEIgmMkWJgFZiJW1BIjCEdolVBNQCtske8FZ4QCPScVfS5BICpynJ24QvsydXy5tcVZKARdRLZGQRiz63L4vY1FSNau0uq92TbuVy3ZqGykE/QYlHcQMuI4ukQGMm45kqz3Pxk9oGUz6wPPC4lBPVJHICi2kZ2UW8XWBz/VsyB/prEJRsRJASepLISBm0CXGhFOqpBlIOVl9X2FNYnDR6VL5BngzYLZ3Q6+hDIJZH+5ypMPyI0dKJ3UriER3XFkvfMkW5CCEkjmlQjlma0wzI5LDmC9dLVWQ63NSuIudwlPFKSoFxbLOkVOnaEMptDiU9C5KU2RQTbYDuZVKvcxg+4etRDwqFPoyv21H5lFzcKVOc4pnNnQRf90qXDyzSExXn5SxX8asGcjFyUk+W8Oh1p9T1Juwywm180tNL1c1Yat0pv3QdKQqxjlAcmdFmCEssZTIZxmyKWBQ2l63kHt1E0YYz+B0FNEcs5gvkfs1FbDDOTEktwexIVgp3Fq9OCXaGUN6hoTgKA+y6S8sHUnnX4AMJU5JwWeiWa/B8JmET6FI4omXgsi/4mSNV4VNfUgQ8EhpFhBZ4FB5kGQpFlvx8UbzEzyffiOGTIwgwW6kCjCE3lpmvRHkOcbJEhFfwbJYkwaEvkAVY5LXl8qaIUpKERXoxQyKx0xE+C0s8lAmcCJjjIlLsW8Z9BW7ll2JEQC7eyYafQHQISc6hbMklTLEA60+BKkobL0u44mhZknB5FE7JMnyE7coiHhdRHowPRSxTlvG5vmURYSRiyyJCP/RlGT4GgJbNj3FAJiWgCAo9bHSIikgiFu+MwgARc/h4z1RkTN5oT5axOAb6ipDFhAJZhuNmrHE2G9TasozDZQxFxmHNdmQZlyKjrUgIUUsS8OisRlFzxMBPackifiSiPrwvTXZEiYDG31iz+BzAlUVSLGQ7ikiKtjgoJVFPfFcQsNnEzZAEouv1ZJYhCpisubKyIkZ9rE02H7/IjYoYjcSJRQmbSsidOLreSCArLlCPp2SigBMJKPaLrtcTxxLKuzTiqS1yIwGlQXT4ovbbiNGodlubj0Xk8j4NzsoDBHxGKQsE8Ukdvs5GC+oTpIR5uCDg0LGzYmc+B5S7K50EFkHXsgSb/cpKciwhDMgSljCtECVsjuKygE2fTnkIPlq3FM06PCLIvc/hwK8Yj840owgoiAjAr4iwQYlsP4cPlVTvdoSIoLSMA7+CIowTBStBhocE1cWdFBOSTeka4sxIkhEGhYqbuxz6lca5PGejOHo0gwEUV3olndtAPbIIA35T0Ztr8xgrK9tlwK8+jSNmCCQRlwO52jRXGKRJMhz8TaV/ul6ZcOVy+Ff6p8tmLYrOAgrMqpp5VFB836Xgr/Rnl88vlGZ5DP1lCc9gEjJAegz9TQWQIs5iCPuSBEN/Rb8RYzEosYRAPTydLGBHAnIv9ij2x1rEJsJqkyj6K5r1XPZwsmI9OnVSg6HH5s6KXin8q7EwYtSrXuVR/FefwacPp7Qo4GlDWSCgFcjlKfqr3uSxWaSsI5/Cv+JK0fVGJRDyzKcCPhEDknlSeYvncOXybHItK8jnIUGxmm/H0rf4MsN9NTazOactY4HPYD/WKJYKlgHH5/FAjc8+zZgpj8FBXw3QEQueULadH4jTDVmGTWGVKO3zeYAapn02K5WbFgh5AOVhAp4pViJ1IGC+IsOnpkqwDvg8QA3WgSVO7CQhW5xxyEI2F5ItGrCAoMbEwBGTHpIMmwuozh4IAUF2Fp7dUv098HizZY8JeESINU5IaPPGNdaS/K6UYkJSq2tbBC6eaUK/i9Z9UJk6oYBLC6C20hLsHs21LGdv83u4bOpJ+DbN6UMjWAnSxuZ6yKsYJXLrlMPzhi7LVxCeKdhKlmLZRp7KoAWyPBFGliX4gkxWypEFwoJMVsmSyTIOTcPytYwsX7Ag62Ji9Q6bxbDZe5boiVmKJ2gFDrSXdyOZYbmlJJqEyJc96bJWVl7Wkp7Dja/VZHn6LNK/qBCeWHOAIYhIiyiSSMDzgKJEIKXWRAnEwUsYNK8ONpYkhTGMJ4umjNLNwCsaJ+fgGGDyevBKB070ybknSZSVaBL45A4teXJvnOUXbmDCTKbGsFgRR1wIIAUMVMBABWqFxJ7ahvkKP96C2ttIxhsntqQbOFReLsFu4UZ3uKleyWnCMnAkK/Lqo4WRyIc7+QIx9GyLrJnUKywSdEGomXIcQ0mf1iucpuhuooywdOwqQsKAQ5ZhA1FbrYe5hCriiRMkWcYr+zy+skpar3CamOK4DPR+JyWhZn2cKddW18gXUECMrBrVCxxkZ5MDOYkGXNKnfBoLTHaDpbfyRwQ44jgucuoh5l9jMz8lPF+cuGGuKEnHuRDzYqKBMOOKiwZkLYxuaoD5WuwOKbIuJsQ3KCPexoX45TnsNnZURLiL69AiLMQFsfugOQFei+BVeScp0yQVEerybSExp4j7KSk1XJpLpgD8rhvK9luBQxdomunlUn12g2gvpXxA1ivV/irz1FpcS9g/Ioq4FtF6vCJsLVdaCGRCoFyvVD2eQTkyqGwgC07oxy11Q85Sb+inhLyPJJKKqbNVGkORcMrws1UcL0D0pyOGVh7lmyMJ4XaeEJrJYKVeZjVTjiDkCwl/RUhwQkVI9EBFSEw4ykIpslZIPCGk240EUVYgCjahcgfXlFIakjBbFbcCVcoSnb1Eva7FQ4EsadP+Vq5BDlkYjxAA7u2rN3dZalmR9Sh6NIoQJBTwy8MLvTtBDrsUukhFPAlcLLkizy8HP7RECfSht/fL4xsrUgqfFGapmuvWkvvzOEGBTeQ0kQVv4h+EEYO1ZoXVRJawRRmf7IASIoIsyAa3riLIMizK9RQZPokDVZGP5r2IrwwgaZUZGAkZ8f0WGXGLWJ5seYsgIyNtEhM2xGRiu8QsR5QJeEbaFEW40cieF1Nl4bUDqZqApwNJC0yVhXejSTIpU4QSUSRlkZkof1aJa1KuvNsI87yy7Uh5PAEly+BhTqpcbYyr1obGueWemrHU2hDDhB+7ZG0it0RtTvnanHK1uVKXkWTcEju2MnwTQ8l6gnL1pMiUo0xVjBuvzbTK1sa2E6i1kd0BbpnaOLdEbV752rxytflk2bxMbYwbr80q3z+scv0D7gEL4aVr41y5tpu/wLcdyRtiKCfaqSVuvCEsW4ysspQjpFVUnhubjbNZMing0QLiLLdHvEfKJPsDo/vbZZhNhEfufRuf9dH9CE4xCir/396fLceRJImC6HmN+AqXLjlTWUKg0veFfc7IAIGVQABIBEgW+QJxAE7AiUA4MiKcTPBD5r0fR67chyt3ZJ7maUruf11VW1XNPQJk5dLV3YRUJQg3U1vV1HQ3UqbkoFbdJ6TkROiNOUwo+SQjeDEwps3q9pdoWKVd4qWEWwpFWejtOIVAf7utGoGub0QFZfYYXOJTRVdf0UTogVl7Dm/FoYys7C6ntdgh98iBjIY+d4Ei4i/iAEXWic0BIprY0IWKiac3h0qY/pZDGXG+M6uUWhs5UEqM1xzIMNKo9eVAGSWyFCizBunUakJICVdqvOcMUeGAGMMEFf/fE59v4e4ULwiMuZeRXsYLChMT5yEHKCa2fQeKsmtsdHnCEJ3CEH4tc4CIeYSBZNR3h0FkFIMoSK5BnGXL9XUWOQDmhIUuRGF8IRhE4XfYrB1epJeMAgXM6sqAglVLVoTUHs2B9H3p9mO1xkY2Jd8nXmJk0/fWgsCkX/q91f6TBiBxr5AdXjJRzrsGIGWuTmwOKTGksUlknbt0hxcpTKYwjJNhA8sNdrGB2Y03mi7yfaKMuLK6YfK0H5mubwpOPRkYYuoHFhEDWj2w+nNWP6QWAgahSWzGASKKHAwgMm7UDMDsdcarx5ZpZ/UTyZcJkL3/8T8DPu2E+JsTIKtSYp8za2dg33NjWGafzdHL2Hfj2q+8BMx3oxbgnw1TyfcyiKxOfu9//Z+i1M4siBx1vAZ9dcaveaVl0Oipi5W+ayLKcylKWnCDdX3QiU81aW4NK6LjnWVd6lWBo67a1CVx13vaQKVMoWdAuo7br4gQyYxyr2gQkvhuAcg1wernSW/7go0UgS6IcFQ4f8WYzFNdSEAL4k1KoQqf3NesICB2t56CCY1FemUpLgLw2UsJNuofWBFpBUDfnAp99PaE4ZQBJhrQlC5oMVNCLmibhaQZmlvfo4CCXAkiZHn1izvagIBV557UMDEvryiBoTbAV5aUSHsuK0hIlIw7olRLjKd9xYHx5qTIpfzCw2DNMGWNcFXDoXY5cmGP9s2uEo1XJldps1uho/qR5ZmOoqJ2O6kWcyrFjNpY7f3RuSU4XHlNSzgTJEsKHiGwQwoYecocQCJUcEDi6Jc6JQnhIPtKJl7u9mJZQXJX0yLFeTOgTCrzFW00yrudboWJUdKyFmSwUE5ayA3hdyqcqmKteJ/a2FV14epjPGVRrfYMT23cqtmGCf9O45zE55BZtSlA2LHei88R8U5h9aOuWX9qlijo3AW8jNLlqXS5MIIS70c4Y2RZH0zUf+tMV90j0xX3yNQoJ/obE2VFoL3EGJh7cgxM0RcjOjVhk2FvT0XYiRybSgrvGvgZVGTpuEMmppJac2ZDF55so8dKIm3YSpaHspdhb/GOKhZlf5OqHjdejxS5t+/fjJanR1VtKsQrZ/I3xvBqI4qB1bpOQixL47vyN33l+Cntm8MHidTafUUF04Ee3NmRZaIVLbdYTAtPTRkF7EMiXSI4Vc4/ndFwVhYbfWYu58SyA33FlpWw5OSM3a5Gh39GOXHrD3RmPFMyl/86YwG8Ie8g6zrUn7GZ2vhI1l43FO6McvExG2/g95G5Mx7ry1uyEW/w/WVAQYJu/B//TmgMKWA05syEyMUr2IkzJk3w9Q+iLsN4ZqPPJJdEvyd99wgpOZX2HgKR0hC4Sfk//qfgIghgakPoTDGBL6hsyXo0djkJRceJordlsEwFC2yvPb7B5noLC/6dRYOxlkIZVUNGQvGP3HPWee6MBXep6ERTkFDfI1qQyggANilawQbx5GwMJlYn4GOzMTkJ/27MZxn7bpTWQd/nU3cisS/9vlesDIm/ifsKpGBNmrPRNymvH1KJmwDYqE1e33AYfEdo7A0nInFM9CoEIKF5JxiADbxJOYhV3LrLYaOBcw6SURaGgRhHa2dcOZG0GUBOUzgwEGJMLThM4caIahgSdRPyFU58J0bUgFBWnEEENLCagYRUa01BLGvHF4xo7/l6kYCbKOAgsY24ZxBWxRzyNSaig9N7uuLAJ5mjhTMFOQ3aJN8Ly531nHYbOcERyUZI8NmbQAg+RRPwEPB9t4ENft/3U4mMdjjwXXGDPWc9i6w+uvv51F0REvLAKZmxOfCVIgEPTr/UeEwBUn4QCERK1XQEgsQ7cDw0jhfOHHISlcfq505YuoEo+BkgICbSwRkVDXXg86CRDpwskkgHPhEa6MBRlwY6cMpIksIEfIlpnIMztIiH5BGYmJ0dAhK7EeQGJCG+nQwkYQHkBCKlBiAKkfJ4PAVygNJKyhxepdwtSzLjBEMsAaIoNnHEiQNkMlhQM5gosYQocHsi9sXYgaIeN5kDlmWO/4SBKhj99ilQ4bOQTuPiKxUGQki3fkh2rXj5KQnd2FSladhDHUnBqefUj3SmIinUMpCoG/40kR5pvU0lK6pbgh3z9lPrdeY0lUmJv29UmSmbOFBMruWzt0VuV7mJ3E85RMpsGKZ6RjOb0fpEPxQ5XeTUB50BFTxCs1PijrYgOjhavfD7174Iulr2ifGdCh1Rf8JU2TmHiPokswk1HxIN10QqsK2W1Ok+1qJup/vM1TSMOWShtQFOo/2S68RKrl3xlBSecO38hCSlclTzpOjEcyCKNR3hxSk12X0tCgkzDFcPs+ioq3UYx2ubpk94CobaTk9LeHiIJDaiPA5XQZIwpnWQUirgkMxVph/YmiEt7Fvq9ECDWWypFY8V6TOtvqXaq17gPF4LXATE25oBElN7F9Dg3Y4zF4FbjmqErYOtkvcP+icb7LaqlJopWOM/SRpi1J+94FSj2ZnbQePYr9wmZIXI5pLrLs9EzsCE8nVGwSgtMkW8JLO+X72gZv4SB2mvke511bi4Y5q+aFkV4pgRuUUhy+vCyyIaE8+LuO8mL0v6jEKkikE16ZfAS9acc0WydLa57mLY4lNbqpb5wmYQXVG4pmdVLnKFGh1q6DaQ6xykfVt1QZOF9fWf5ux0hoULnK/BP1GhkFhq28idJlYfswuDasGa8Uu3y2jdKkkzRrquEbYJiTMJGaO1EpsvLOuyYhdsWOWKZZIsQ7FyH6SjZrJ6ktZPpu3rQRgCViIhxf3u6qzH/4v1+P/mOSL1Zi0KvHmW2rx5ntqYKnnWv8dvzBYVqwcptyheM4xnaMyb9Zv0xlhrslWDWLdPb57ZpzfP7dM6OnXy3C6erLwvTp49xCfWq7pnYCdGwEjWwac6HWUvBpysvAltCGaxembyKl/Xf5Gu3fqT9Vt/8tzWn6zd+pNntv5k/dafrNv64wMdTJPHfZkzZXnYsz86x+cB9Tuyjl3obGHLe7fP4zXs7rnQPfvnVOndQdp+/wbaGn37x/ro30G3iruHrINsVf5RWdzZwb5SorbQPe+9klKfWqMTUyMgxYWcISHCOiZy75WVvk604sMUEJtiH5wUzKw+JQwc8MDh/jm0yZ4JIpSO0GMVTG4hVRo6pco41zNnZbkWZjYNHzqt60lbjxVTFvrWOUoX7LcyStboBzPj5SKKbNam0PpuypKM2KYoREGy/KH9lcIU3LLSBVOOzRRIpP7Igk4+0p1uBZq7xMKTLE8cLtbEP3YgUhboxmBSmmqHz87mwQhjBypzMskhzMmIKa92iJvSpinOZXCduqKMv8fIekTvaEHdFhDlpE3vcIL+yqFNFqW1RfJ7TpKM4QDHpCQoooi4OaljamELXcMhhKaNKJZhNnwHeytMHDJkeomdXNOmIIsJxpNb4L6n7GWcmJUi4RFdJu6+r1BA+wzaaPjc6+9+RXlnBN1bxBlFXwV3JDmNmM35KNwydwSFrxVop31L2FPc30K2gpG5X1mDz0JUEPfBpGc1+0r5ONbxC/e9paT/0ZH1KDtR0cP6Lhodmdhdzg76XqeC73hn6TbeTtxc88RfShYG3NdbB/DRQuOtFDHIUN8JZmocOJS0n/Ss4S9OrXfwqZdZOnJxyqNYg4JkqjllnsHuPSWLA+1XDAfW4QxEhSDlJ5MCW+WlwhR9w715Tck5RiCErQKURTFNjIWFBE4w5IX1Zg1JbLGsELMtNlVIG1b7hYNbUUP7yPAu9q3aRNvvcbG3Jxe88NRTeLs/NiU0z6MDlBHHEQeKB3g7cMR50oUr6CK6cAXxuOVw3OPVgaNOry4c8Xt1oQKqFGZAzPvVBbMOsC5YxHjZLiTiSBhbTiLttBDTFopOA0jyw3RtH1glIuqvThfZ+i5yeeeu6SLy17YQoWgUhWtbiNa3EK9fxyhZD55KO+66FvL1LRTPDICywd1dNCncxAZ08C62TjNyh4IFUKjtHVpBZ2lp1QADpwn6fs2KRrSPkxqj24JZw3EvtHWF6h9AYmOXe9EsTteucEzsmumKQmnR74wsI74hQS/gidcdTs5C/xwwmkHGgStWko9YX2xdIidjp+gR6PRpq1gx0GnkGWoi80X5q7cgWU9MRJqiZC0xSdbTiiQnOZD6W0jX04o0kHb/bkI5tw6haB1yncZSYCTcU7ennOSf50UyjSPTlaar66waRB5QfYrNnkdbkVqjgrYi8uvZVqxWxujNSY3DXWqiQ2xtdXpOWdQ7E82nOFXsRHgjedCXJdBnFXpmQZvonwWrkXbzDKry3f7kOGIpJ7ac8bpmgLs8xyP/XtgELn1w/RO3nfaNWTHCmyvGrGPZdIWmN3GFLCWj5gU9w2YV+sbNOu4OXMNfW86QJASb8BLq5H/NLGwqu2di81Dy8okttuAx9SmhcCRfKQfgCUsZCMk/ykC6CUgZWGxjdBkYSUHKCnr2ljXobi0Hzjnrbb53N5aV9+wr67SzrQa6Wp9fquoZsU9B805UTtU/XlrcM1zaYWe0GvacOJSIEFKBg2NBNEnZjg7/H49NSc78f1HlN96ZOKXqmUTWYsHgIgeOhbO2AnKHl0mfdTGYyZEqCgP60CSDIu9Jhr7s74Wf8MKJ8i7qQNFdOGeWB+aRZIuiPqB4NaqdS2uEeoavD9nOtTUg8HvR7WcnWar11/q5Pw3xzyvTEP/M0xD7DCSLSUpR2kUWd1Ki/Uzdd2j43M80kZtTP3Vev5rwAhok+TN/OzPn9bP+9vOetzZ/7j9wP/OMaAmvX3QDh36m6dCeSJTnz/SlzZjXty+G8gHlPYHnP/NUT3yFzNNzfIVyu5V8hXoC/34meV4oZpdWwBcPaBi0JAUyTEzjY8nkD817T3jJqXaWMRCZFAWYppIVW69+1l5O5shK7MOnKZuNTU1nY2iv3BduTRz8FfNZOSUJJQlk/wO4VysfwL1a+QDu1ZoHcK8oWQoTF4poTRIXKpSqh1UTIGFVnQnEjFDwsoTEefCSlOYy50UZycvDS3KKNG5Rn17FjL+g46eAVlsSRE5JQPMqsZLQkTpNQdRRTJmi2FHjmQKWJocXpStHQJ6s5AU5c01nRQV5B7ev5IQpeq/cZPcUwmgvgsyBSJhLGoHo492unJzDziz7SMH2PqW8Ku+rgqFllCsW33Nf0kGW9ZUC2mNfOJABTzEjtP7vXSUN2TtayNjK0Xs+4dSFSW2CN4fGyXJDA0kwAG+hIIdHl1zcMR9v53HEnW6NiZvPRpZHxNnaau53uuWnPfDWhkP86iy4LT5xzLh7h5ZLkXilQ21pySkJHRbfJbfVM99Jt8ak4wqw5qH0vWceSt9b81D63uqH0vdW3xN7K++JvZX3xN6ae2Jv5T2xt+ae2NP3hCazZXfeYcRs5xx2xUWxt/Ki2Ft9UeytvCj2Vl8Ue/wm8J0ichWEblFAmQheRDGTl0SrFzIiGbackoRZYHhZunoYGbmTeEnOLiVe1v8Eyt7KJ1D23FuBQBDFOfLDobDw77kvo5D6/GUUUp+KJKS+I5IQgIi8jkgAYrImtLp94SSg1endRauTq4sSiCx106pNeIl4fVETpZ3dlWwvLWKXnSzIVl4KutywsRFvkr8HtFBzomXCGacwqyaLejlmWVQQ2c8UTRq7Sup1Jr1+tGgin23qwpyojuSkbu2hkk8Da5whBTR/xK3FMHGcaPUe4faWYxJJVHDLMYm2n4ROIv8JLzghouQtz8kZWlGBlJyo12gISEpDERlISvIJMBDjPtRVe92yWMTUAczthsT0u91ekYtwwr+zFzpvmQTFV6VPgrpjcpKiOArGlClHhTEz/N+5EiaBiqkOwfBzdwy3zBFkT7NwdvvOOYEUwpw/tcqxA7b6fN5ZM48K5vUJYBJ3hPI7niWLxHyTklOCzXf64YAkU6fZMmaTTnmHz7lbIQbfOZtIV9CqsXpUibyC1YhrAwXnqyLLyx0aripjD9YYqIynI6ZgjKHqKTnV2WJNY4zPYhCF1VhTiJ6c3RNexLPfHzo6t5jD9OnSD1fr0g9X6NIP2SUXOgB9Mtph554jAOS1Qrph5MgEmdNHaheYdcHsxz4DyUy6EZ+BaAtgZ+I59wPRACJeOKU52sKQd5WmlsyxnREBxWlh7O8SkJQXfc+NHfI36qL+ou4zZIc6FiEL1ww2C9aBh9130Q55ks/IaS6SiteVLcaUU+egycrZJzpV24pGU/qYMAfNtC/rygXIV8yRalN1wfEbE9GYrlCLO1W6mvXxhV1BnaVYA9Myce35HCqmT1xxoJgk1ONAiV6Cbii/rZD7/AlF0gB5ToPEh493pNdvxxjVV37q3gCn7Frm6plT/jQb0TWcutx1TwHNfHLKyY7NLHXKb2qf1qe8ss866GGVTzm/GztDWn1Hn67keE9XMryn1vlC5oQPnBLhfNFnET6VRdRRkYEy05dbZJIuGvO1bdR6ckQcTvpnxKpV1wB9KnNBqBrd8T46ipDMMlmkiDJZj9rEbPKBWd6Ql52qa9HCWf+6gEqqpOhUKQgITL+CQBUpZ7mutuJxpQLhcbUC4XG1AuFxtZbgkXnd9Q+lX4vwuFJT8Kj95lcoYx7XaBIeV2sSHldqEh7XaBIeV2sSHldqEh6ZJsFdZZPkLHNBAiIIcBCSx4yDhNrbQLv2ulMm2kUANoIyLWrFvEIHSrWrHH5d1OQPtvJmI+MB0UrgTuvUR0LUCNw2UidBOJ9TSnyRXdQQ9DBNeyVHW5700ctHqt9w2PtHnhzHsgi25Y5jA2s3X+2j87jCCedRuz7k/koKJiWSdM2wchMr2h3ZF3s+dfIeDaqKBI7bteKQkS62GUUpOH1XyyovvlDGx/HI+MKEtsRS5C9UanO25otR8EcrloHX6C7DwgpU+pQryIVjAk3VGyAGqiC2WQrk0PtuiZTDaFsOuacgXWrPIRm1p4B5TwrWRZfUk5Ioo+4UfUWn6mUV2791ag4diJx7eMkTTkpOqdFjYSmqoI6sjzhk7zASkNgqzgIKEJGHisSqRQ6cyd5i2A4KbvyMOwi36LxJxJo1j5AyAPbKphiOMw361mZ3OFQj62CHiKTioguDzFZsTpb3iNeLFW5jk0cbGillssCkZXqkmStIpqBH+urPTPJDBMSKEw5I2p81e/LI4hRdqKyrmJsQyspzF9OSrZaoREcHxg1ei7RjuRfKFMnLT/Uj4yoEiAfD2P4uuFOjT+r3Z1S/WJFR/WJFRvWL/ozqFyszql/0Z1S/oOasJ/oQpSoRFq2eWSQrZh37PfrlC8oHpayh2DfRn6x2YJPPsephV097QW3UfGoka6pTv39zumZpvoKiPAl68mZfuCIWBSMvDPD2kqAnmf2FzWqnMsSykshGA9DO07jvadALntaOAjCNS0DqS4VLSt+HpghPo9Os7H7Bs1gRfe+FQ84cmB7Nf2/xqatIuOCHXYjitsTkipy6ozQeYSFriuSDJKIsKZHq4wUFSXu4EA6arnapvuikTWKgMqNJuqZxmTch7fW3bjv5hxw/idbhdBw3h9aetT2VcvCt/mxzpqKYgJT5jBeZbH26pTRb6U/RmqyIUW9kPAlwf1V6Kf/uRjbTslQzyv1t5tlKF5B2rYdHu8bB4+QdJ/BOv7S4sxCyMCDSTC90oN9tnvQ2kJAnkZ3yEbE+CYJoX4DSRUad0QsarJqXLA5XD91W6B/66G790HcqNr6eIegazWrwgBujSJF9R7o7dKdCd2m2ukFfL/VLY7KwIJkIKZSIzHK6ZZCJecV90tttGq4c1uHMXqJOmgpdtGozZHmqy7tLMi7ZzbWmtNO2LIx1PNkq6Ng+auM08IZpCxzgN/Q5+B5A++h5P6wsL1aCuzyPgUt1cFl/u+kKvHxjE5P0dij3N+oDPatWDUiXrFpBWb5mxKKCjZfrdl2v7Lp+puuaPQ7f03XN1LydridLo9Hpz6NiK/Tjtii38Yj9HfRovXk50V+7M2z12VmB37ZC/wBF+ZoByvJs5RJ/4pTOXmqfeAQIrR+vOsqfKCPe01HnIPqG8n3izHfI4Cxd6+9Thqwmq7qVGNS7/jtLZgNxafmSPiDmkqZqHWmhpf2g6VrQNO0nASOuirL5dkbU6E9ehBz1M2aj1YzZaAVjNtJKiBVckipfxbiN1jNRo7VM1GgNE/XRTRWhYD66eSJofRrAIrQeO7xEZcCPCIzgJ6KEva3GQG0FO3nagAj/jwOrNigMJeTFpzL03SewkgT4vc+y8XITBUCgk2D1tpny/ovsoyQdCvy0rzjPeKY0e6o/sj0/pceegOddcPUq+Edpx3ZxhnagUgcHPG1pXw2f4I4dwQELNLV300FXI6Orh9YTomD1Q/uyccEh+h4GPNDsuXq+PuEgofP+mwGJtI6l+8TfAX3WLubtxdbFhX1PuF7MfCdqKmfMqY1sYhBZzxVPCiZSvUQAcmkepDjN4DTldRaz6LyhfGB9mDsTtPZH4V0X8mUh1g0+aJsJxFn/KGIhdKahuO+5RlJi3hk0EAm57hhAwoPoDEDa88glKdDP31mATJtJ+1FFlKuX83qWhphn+MbEPiVk3XZtMEeX3PDyDrk5MNQoXgmerJZFDozT3+rebXkvuGCiVygXeHmHGDbG6JUQl0T77jQvn5hSAp3qHbMOjQzalE+IEcBAM4MagyvsTiuLKgWMfRqJRAGJZ3vMC1Lt1tVdJlOepH2r3GiWNAtXrWJPwI0l6U1/xI2l6ctuOqdIvim7w0tPKUlactJuBeAldXV0AQL++AyBCMjD7RQi1M+WdG9yW566rlAGPNbxioQLoeCZzjGkHPwc8NxJQRTyUUd5X8pCpzzqPTxLYxXLVxanq8/W0ry8Ky/qHnB58NNVrSfZypP5lt3yoX3wlxRM5CPXBKCPz367gs9+aw2g6s6kEBH1RycQPZz529Wc+VvKmffMkAYUhqx/a76IOES2mlLz8t4OycNsAYNL/K788Fbv4ApR15T3i9JvrZNY7/am/uqFSaMVstZb+roPUfO91V62LtO8oICpfbzFTaT51nC+ScfVBOHnq/BrvgK/5pLFEexE373Ly09JqkYDbW57NZycA2csXyaDzNmzA6yosEJLF7AHveer0Xu+Br3nncxdOVuyOOXZPilYpoMAuvvPy3t7TYoVuDNfg5CTzyxJlat1IqUrQIs1OqvPz3WcrtYD7964wSh8LXV5B/9kAWMwWBF7rcsZsa7QO2JZGGjo/hH3IJL83o9JtGxFg6v2hpb2g8pEVelq6CxcqQR5U64697SELbwo6Jm//N4/f1rGaPCbUt/CKybwpqR6K5L7+k3JVKmT3pmlq2f+btXE362Y9zsH3xIOUTDPaQ3Qs07vVi/TuxWr9O6ZXX63fpPfrdd0vWvtG3FEFap1HrS40/QD87UlkikpoOqKBysV7KlULTv8sxA/EwZgXCwKBhCzJ9RIdZJn3FeL/mCd4bVobQESE9Adsg7IY65E8n0wlmu/bzV5cc+CmUfXu/wyKZz0AprHyHq6pcWdbre3ue9J4SWtgmRFIut72jIoEkjuQmlOJXFhYuJIkrQ2/zItFQ+scriMOPNZhlEXcUcKPreuv2riwBfdcyUKbHCdlUy23+tbSbMSyotRzcRPIt9UK7Rz1Z72aEa9xUikyRI14pCl9Ue5dfTWlnZpwejMLd0xj2zSdjOdzXHtAONcR2etGqBJ5SxP5GjHlsSGfvkcRuUx2tH5igiQclBR58lAVUwvntiUzLSEhxvKkpzmheFAOZFp9VudooQ8n2cPCS0xb4VbkMj18dlxik7pmwiyIGYO7Yx1cSq4ZgJZnHFSkDjQGUlN6w4313lRSRgXhzY1Jn19JynPrutAJ6ssPufMzXuPxp3udMut3sinDdgMJyqDd5DwFoqA+eFR0JC+2qmLfrIKWkE+7FVESk7ldwshNYehM04LZ8snzix+Yj63K6CJT24XOk161Kc/Oe+1MoCUPlXOINKODvgn6+Rqngzdsd8VRZg4QtJPNgGsivaiYIV2dKVsglseuKkLdbuCg8li4uVoSkwwYz+gzQaXsQ4z8jRadx4WB8ljBxTcRhroM+CUd5984Asis7dmbuZIUxzw5K659ODX4ytsxC7/ntlnzHmBeYfHDRrYsTWADWAaJ9KCfi0gYgO28FAU90aMmOJuakPefMZe5MkdaP4eYJA4xQXNrNgD7773k/QWnwgzEB1VQF1uGUTIDbgcKnJtvwZ255QeOcX07or7TxZlOpZKIuTuxBYVHZWgfp3Cj8WVLaplJhorcFvI7ENAfqfMnDAspqCTN+wl5K66xqkwcc/hPvG4PZEMunpX58J5wYdBkLfQyUvbtMi8CmxgyOOeRDFKiyZeRkHo21hEBKElzGTqDIzYkuyDj/1UToOa5wCdVTqwDzZmndCpnW4F7veqWhA6uo61wTZAy/tGoN++6udKnAouVyKLV/o9sOIO7MkzSOZU6CDZAXmrrhfa7nQrAxnMC0SH/QTfWoqdGnjrjkVGbtKEWFnuAb/jlLg6R1nGEkMzKP5AqzYIbVn7sA4c2NSfHanW+X6qnePN91AbSHSAr8/LosLoJSxUJ8rBFFiXyyBhjcUrBqBDK1unc8Mzu/VJDgsOQI+qrZ92E6CSzztu8zLFfdrbgy3rjColUUcMJOM59Z2x5Tp7BTmoFtj6fStC5hRYVYQuUL4nLlLI3AlR76tHtjykUQYUvCgc3NVF7G2hiDRp7vIdTVHN95y+nW0682mFpm8gk7IXmkQ/lc6729YmIAQ+eggiFOvI91A/fcbOzbZ1qDj1ItaStOyFzlpvu7EuAWlJ2oLCvk6SqAentymWFqyPNF5VP9EYE/FRpSw3aQ+IOw2ak6XTS6oVBycOVJ6QJFrkc+qKXE7JqWYJzPfMJklk9bMV9XXOmYxXN3JbyqsX5DlEBlB0qc62ZNXVePhSFCZmjS9EYZKU8wEVJlmjz+uHTFHifO5MV71ErvfZpwVMZgicYZn05Hvu2du2IkV3lilL+2c+m01KefWsv3q+AmsLs0vOaAvOxjrf+Zk0tIi9sLjN3jjr0gT9xFnavyRCKSox2ukrsm/Csu9xzwEgtz/DQ3O/n3gJ/5zZvIxsMK5Nk4DkkrPqoZy2OFg1yyCkDymFvCyS75muAk3WgKbyKdNVoDl7PE6P9xfj9hGQfP2mJCevXlm8+MVqHnCv4paApMx3JmopiHlc1oHJfJq/i8FkLBkrL/KtG5B8h4c3GrqPwbtNR1Z1wyFj/oa407B1WcWHZGmL9vn3FV2KCuSRGaflwrfefrwgoCmbehqWFVYOmbxu6m5KwSX9ordUJHHmLRY29SyHKKzeoTMSTR+yVT0yzQMfqnmceAVg4HNXYF7ovk7WV6reJeOLrwUw+ixZ5ICbCsptyoFP9fPEunt35KaCeRmNN1CwVzjdwRf6Kcve3sOQqKWdhsNIPw/qAI5Oqe72idBjWaKNBiRB4O7Igpxop09bEBE7osoFe8S8TDsvfMry3EbLm0eweAtFRxIR36k2uK/lOOJv45oCo+vog5IKh8RROPisAnHYpZCJtjPqreDFHStlShtWV2fgGs16K0ycB0KfnHd17UqZkqzLfD6xF1wZ/X+izFsYsuYMk8Z7KYIOm/Lk2AdY84YZS3j9qI+1fnKYMadrwoc5W/Zk+a2eIaSclXFazXg8MIPMNWRXBHzSxl8/7hNFbXHETBGBLY21WNZhPp6MvqlfanvSL7WHce+s9DvuIffzIsCRBtaNEybkbNe6e6ljFXQKGB7pAtcrlAMWVGki+ox5C1L3n/V2a8u6PStU7QIV/oqxFvEqiLgL8ZoFXCidiDauvzbuuGkfnPT0zle8jPzaPP/NIpRLS41fu5SRwZr0GJJ5Z0UB0xCxImNFjjtFEeXS6ERIar6wA5YYR5yEAaV2YzKzzqQA+0k5BMmEzwAS7nptvuc8fRQbVkoVO/Zz5pN0Z7STjGWsZSCh4zbsFAidHh+Z1UPJ/Ch0YCQbhrSN9hRO3FHH9ulnNoKEJ/MmEKmefsEhshWLn2n1E197YfHLil4q+NqaCnfcTbbptEM+AJLI01m0PKOoSSBybt1xvu9QIfi1vdSwB46R9rbjQyr8rvD42lgbA/oQKgNjr4p0l6Ygfg8MLuqbj5GEJ3zLjCisMztRCC0kF4ZNeG2shq41wnfKY+bZo97qPqCedeqsh773Aq4zX5eH1oSvMxSoV0JNqboJRGEHngcP9dehAb2yRiRqRLaGCQVwRjE5tkpIdfqx+U1YX98URzYuSifVxioBr1AYDy3h59NphT/WZ5vYnvB8ZCrR9ltTpI+zBpuYEq0bCIwnHf3u+i/SslMR4spaS0nGMNc/jZd3XRw/m+cypTYiUJnjNm2Z0eNppe1n5lp8QvW5n503WZzWQpJ4ImJAESUkDCYixzkkEO4bHeS7wrsT+zA1AQtcKUXltjUVTL44e955hZA/0xa6PRj3MW6nNOXk2WYGaPN+9DdscquFhS046Us1diKM0yfd0NatsSnI3LeyCFDm5FUnYLlOtsLehCKwpoJkEcduCyQNGQ22sC3IF3g6L3uTFmyCqr2eEYTxcx0k6+FTGq6qc0LbcpooM+wURnrwK4CzdcBZT460EyN6F31vv50wtpx2qoF7Hyw7WfVg2Y6DT7FNFrhDY6hkukMLQ0MLbZqxnVX973Bql/AB0AAnBya1qSoYRG9i7B33uXYOk5P4bg5jMgKSV1uO/7Z6aWgZfZdNfrc20NwFISeNw+T04TWyo7S087qxLORPbDG4wkjqEQXhT29RCJt70KY6lwXOy1sMKLBRlxzIeXiLAYVEhx/y1XAeZ2RgEQPj3TnvcTG4WOrMV/WY9GSflSW96VllUV/+VVnCs22zot4UrCenHNmQKPYUsQdYT05XnvbTFc/1ndi86zE3PXNYWSVhwaqsDSvU2YcU33tbH+b1dfnj1lV987GcAdv0Mkhf4pofi2z/QThEXQEydLbu9fW8xJr+S2ETVjUTZFShNjCF/10le93z8qGUqiTLKKkDJoPT9UirNzf14nLrqrwCwftlFL+MzSjyzB/Cp0Twfd7WjugPKLjIGTJEzc7uFh3f9Lau5guMQg5fBmaEOYgJUtiBMRUvxQV4JoeuCgIY1Y33dve/L1R6S8m5DAP4OtJfU8x4Kxbl7e6F5HyFLXaI7Y12VZ5HgUasORDrkEVjjYFshieQ1ctxME+6NTKrxUM5F0uTvIzCztJIs5Kc5zet1nb5UN43uJ1R2LPtUjeyh6PcxDEBXy01B4JD9LvYsV3ObtsaJO0gliMwLSL4W9717CNcpJvBy/SluJBNVftpWw4BV5QOAJGrp+96sShbbDDkfUvRJGhlE/9dJLZOeuCn5Wz5NK88Dh6I+z6MYVlDmBeWvJclsczB6YsS8xmQBgCGuJwjNt95+eVL+ameTitcH37MuqvTfmwfrlrY8+Blkr0M7XHADXbbHpX1vIFxJy8L06rve6dQ88jbRdyidRflFUz1WpziyGeTjTRKjuU65bE+NWbpclMsDC2neGlGUIyfSC9VuxQd4JrZ3YXtkwq/lhwiaEU9RRoNhbi1O1GfZfJ9UjXEY7UwxwUOni1L8WBOHu1ZYmOXhzPHP3blESSDbWbl/fwJh5vEjKw9exK6aLRT3kOvgIXFS5G0mqC1RWBEqlkf7PyyWlxOymlZPuBpzwiaRIE+v4IDAqwT8RUv/FD426dB93jvfKyvmnZZI2qE7JQJrO4BaFroG+X8nJDgXgzdnV5ulXUrbg1onNSOYnrSUkMOn0WavXlVLZvPssnIYHwOa6c+7Gk0xdFDJ5Njed0Acz0B+saXeEfY1LqrvF9eNfNmhscwjl7Gvu0oGUodoTfZEijoR4hC+rxJ4VMohsIh3vcjWSuOjTDdPZoHQLcFTYnJbeQ0bGu/au7K2axawMm/xZNP7i95oa4Y32RLfCINteImTQnlQASCmjvQIx4QYSLDwwjIExrMEubPve7AjsqHR8SMENHaEgxoneCR8O7E60fe+aG88zuYmmRdxDu6K+fLpkWkD/yX3zpm4PROesZc35ZTxH2fkqAoEWevp/ZscQe0URBnyjhA217Rxf/j8rYRbEb0UqSRURsrqb+lGr5cIbceHgi5TuKUAO5Merqor+aVvDF8pAXPnMjj5gErxgxtoi7+H7fl7AYPORzbJCUYNpQnmVIJqRyL2p7e2iu4ocrFHV73ccE6ZUsmpRTBeXZX/bhdAL1EVI/Irq86HmNAwasGFyPpZVMl+4W+sd3xjsvHdtlI/ApIV0VfN4tq3uKg/L4hqcPHacGknxbwUzlGBncmqUEYr2qb1G9uS2CM71ovAqSkTEAECE9OXeCeur4zNm5m8+ZTLa7lmCy3IrDq01iuaSGGhJ9j2bL8ngluKusi1QmyIFd42sKM3fjictfDE8guiMZMBjwy0oFNx5LVsrXh1lIaWk1HxGfgAXWO8Lg71ROQZx6qGSKWT+muPTaaAYeDiILbW7l9uS+2L++iz0kNDT4B6uWUpPJrXXMIBBv9npbgjr2/vmuWS+QSIudUP8d5oz9Id/VP2xIwpWlvmxZ3N30ZrxXizhogtpsnzSc8S3AewmeG0JnDpGwuLyS5CVNKRPIYcSZK5U5xDlwxfdi04AIkW242RLjfSCtCd8QX8/qxAWIuKZSdXYgLfGxkqkSe5l3J7IWsrPCl+onUKFIhofNqKKrZSsKEfyJ0U6SaMN/Ll8t1TTLWdlbjzRD7ZKS5FO3w3lopgAbezGVN39azm7umugdEzgnJcNgBcSJ6KFSI1lrfoVCRCfWldQtffYaPJ1tKOH+olHRewgBCvMJCS+XTTLqRBqGgEch9wUUAkltOZRBMwuh74pwInb8amPiz9U60XM2KoWUh8OGXbfmlUADbirePpH4e2/Hh89aB+X6CGyq/Hqil1NOYwambl7fA+MVAFshqmqnAPGBJs+Em3GcFZZj5TIRsbWciRiAHoIcuahzYsTuD1IMv4PM7Z+j4bevIHTqI1VPgvzZjodeg8rLct+FmLAfFoJb1bSuAMk4FNQweUiltJUFvC7BcbVkDId2MsGNKq+CkR962xD3AHtSR4heFjUUi8iCaOsILB99BNXXEyRJaEVsHTtVEV2DDuK1gLjOUi6tZs7jcqufVAseUUPqZF7GIVR/iKqWyYKTIhLiFxAzlreJ7O/jnlvwzxasgwZ7VhwI/RKaGYDyFkVLX6R3dqFyWD+X8Wix5SK/Y33BkgR6IAYFP6Jj/tcNXq+8L/YVpRn+gDQkXUrScr92TUTO/aa4kbqa/03b86kmv3LNX7cf2SewXZ/t/u7HLUcR07L4QgfFLwCaIR4jPMMWWdKXwW2b7lbt3XF6e181HibIZu2N+4+3jUxNh7f9eKDuuZjfNFzFnECWC9A/cdpBN3G1395xXCd0qoZnfty2dfACer95EcJjftHaALZf7JQilKP/iAqZM9vtjSPBvjRCTcrosFRUgGqF/Ngr21bOZXb5q0aITC2PKP/eRlp477iZOUV/w7dM+bmuBlWHyO5EynxJkXxlYv/mQC6y1zJJZqOC3WCiRBQGrTUr1TUi6wdrFu2iv2weJMqH/O53o35t1CdZf9a8Xd8DMSqof/U6X/TegvP8r6FYr+a2YijHI1+8JAUWpbERuDWH87eXtF+3sum5mgo32GdXDUZhvW0oRK7IIkaXI4B4iOJzFQvKJvSc5+jBW56A7+mV939wjqqVMQZ0XUDv1Rt7I2GAx9SF+E3m2tFkZnUF4xUQ5vBiBhvS2Xd7hloeMEBbPSSZitimVTKys4kxHdHC5Xc5uqnkJtAdELaueUKqPrB1uikAtIWuFmcrVhLPYxDxhErNOxHpl3oM3lhOLQrGmtlIcCkVqTFvLfAIjwg6E63aIcA9iidhg51flTSNlp/xlWFBlL0q4gind3tbybBzrvycXP276kVTpJ6QSbbyaVg9CUoyITohLinmOcmHYt47VtP5SeZuJY04K9CJsv+dqCTTYXm9OyqupROKYquaEJioGHFETyfy+M7DdlJdv6oW6+qllQ9J0d9AxodgTdYK3zUHXdN+dWHPbyB6SlPKa2kCJ5MIUbWvb8ong1RKMEnNaqxcVYlkM+FzYxiL1vLkPqJZ7rXemTKSRfiA0RDRpNWplHIdQ0ceqkB5H5cPVvL65rQDJnzxJWHype4Pq73SLkvQFEvHU2VTLgt49VtkgPp54iUVsEeEjAjcibHLUM4JHYDrneMZwpyOuhDVbxUBm12icTF7GGTn3+kCmLT1WORo60BmKakRgRVEfbY+RVg7qig+eVhnm4ujQIyddv/eEMrOHKI3KeXldLpTMRbSESHrlN99cQi5ZlzdPQm+PTKRaiGgVEQupPPRe2ruGDeKpms3EgoZF1+eBYDvqx3pOLDQgOIYEuS3iloKTSFDlhE0emTn0LsQd/Pe2EafeJwo3g89BLnaq1TsQCqI5utN/C9+WOVtn+VVEwoS8chyytlDtSIvTzBbzMQLfcIeKtOwl82v5rcl7kXJsy1lhTgJyGckPQ6NQVNXp6Ov2prxBcWBefcEZJJQ2/5PMIPAJceqbkPwoFaR9JKoBGn55XqPmLUGJNIgcbNTfJq/G6g1mYUcWCHDe2fHm6a6sf24rwWPlTEEgDmisTFETidzSKO1LDJQG3VQdIbequEkoG4VGj76asAcTbPAXxXiG+GfMzF8z0iFyBi2tkMrrXDALiRZF4syGWlDgTKcqk/qBXxQLl6gXbvvO/rxaLPHezVDnH7Nr1yISLMMpXkeb3pn26RFsrqlDW2xrdP/Di5w7j8X0ltWsGuWcT/vof4sUtlEanjj7B5nknXL2UM7vF3flpxma64KYMQmplL9ywgfngv8SV0Tk7SpuIaUWLdP05wUuYPEyyGij2tSAloB32jqAoyswJ7X6O4uUBtGube7jXyN58cPmwXHtW2bZ7SXsX3Xvbebox8nNd6YNxAv8802p/85CEYjj92/gTjX7VM2Rq08K1qgm5UXLWBDJP+xU+u+YcyhInWkxUueeo79TLedNvRTnPnwZBMQVg9KeIDHO9/SiiMVfrbdr+0zwvcFdY87RoYgvA1YTrTq2mSxihVnCChPBtGce6YtOoHmoZ7W0GSRdJy0vkH13cXP35qGZqTMI8izxW/NTJBYZpsFXi5dnvYzVbj1vZ9WjoHNR4TJVSYf/NRSjEOcwJ3UKoUy0daQmAg87Pa2BwAVDKelQpuj39gmEk7ngBqgloUDBK8VkjQ6h3mvmy8uTaioOUo6mbHvSFTJb7MXNtcfFxe08Y8cnkLQv70d17LecVl+UYPnVRjEtNURMaghDqh0IxJNutE7Yy33tT8tryZKjLFfQ5fJDlcmOiUCJoO0H5s/YIJU42qwwI9IT7bNpFqrP+CXTlOJi4+NOEg1PFLW330ba1hsU3YpRooJnZZH9nqoPH42lOJTHOFAFI2pC5lXTVCfuElP76CkXMjhWJ/2TQ/ni8qKd34trP/4Wlla4kxAawBFIL7Nwe5DGfi/qJQb782pW3kiTbS8/zknAflveVNOmlSeY+e4LHaOXr4BaVg/ozge0mjl85VKdlWISUeeoAdBT+XNbT/F0BlReUIsjQll/0l57MLndkYOw7VMpLcnojOpoHihHlEh9aUTcfZCGtvQkhTpsJOiRbA7Kaf2h/EUgKfe0ogfDIHuQs3OCGEpKic6JVEJ8e/68HJSfxJQTIWHlzoqFysXggDiOS48KXL6f3B04qOYPzaKeThuk+CGj+H+EoqlIGUxR9FHGw9lNDVPWv9FpZyGk8Jg4hjwj3R3O1gpstjiRN2vsuDJk6skUOqEkp5ewrpoW/N4OmJYi7T2ieoZHs+YXMbNUkqz1M4uFbDlZGlkz1MG0bDyRenyFwUoleeboUFIVRNQrs+pBwiGpZlK+jgHhomfHmYibdlyacQY6v+u6dYtFXI8ci9bVZjEZta2afsMSn1XLai6doXECxcvs+fEL8nVWm/EnOuiJjT8lAqaBFVE6fKq96yw1LidevIKj08O/qKbTy1G9fFJqqOdXXyL4WWVGH4vOHc2UcFfSCG5g06LLZvbg9NdgzZvqUykH7TOF5ao1j3vX2MGR6Bs2/k09u0bd1EIphrKvXLk3zyxc8W1L87Ub/baelQ/ltaIGYfK1+9x+2yn7uuEq/mLViNtP9T1R4iJTmIOceWaC0kgSAqbfzf1eEeLw53Lagvxlm1SqiARAd79aNTxyR/oKVlTpcxTb9fWcWMzWLY/7NI9wMVYlhjYDBxQUXVfABGWqCMaWYwBWHPS7AhJ5ImR6dy5s4E6SQqkjkEeVugD6RrtMK3+7u+BRNVu21/dPPx43bb2QEQSIm9HL8PkrWFwAn9bewJ8I3goFSOQgbv4PXQ99MxiDiFtfV4LpSYSMGn/l6dI3f5rzE0KxrtPvcXl5Vn4R4jANmFJqP/1tREyiiS0IlLdqFGpf2i5relw/CJzOmf1Z4HTOHE5zo1pKMC8WbwRdIGe31bQS9kaM48iftQRJjBxt6b/TzBaTtscgVdYNyrVhyGLhnvX3PKViq3Kujn8v6XcMdFf4tgrGxuWs4ZNY3rF2Y5cpTShaZJE07TM9zZ4w+qaYxF7zXoqxjmnNIlRaSKLbjliFjLTijLoVZh/fMUavszVqXUvc0bXE3WWZL+uZUV27Upr5tLdnfc+fqB5AqS+lL8rWjvqk+3clyTE6vDZztCdTLniVmS1nxzQvuL3M7+VJxuWXcjktZ9J0Efv/brZ1OqZqhkq7qlLsSUj4E+H3nIsd7JCkcdXPrFk1ohUK+pYCft0IlE+YAfRbjJqhyPHc7xwwrmCh73G18foLQP4O++5FEOWQy86R1wny3/RetFedriMUKSfSvmeuOqlIUXwZqVmo92HC/mtxXP1SXzeKI8cQc0pwfyt0MvgsSJlrxPJRmSCl3O7y47HVvgzczhAQtQU5qeLsWsuDoMeO0gXuz2uhI45RacNuiR2P6bD7lYaRUBo2VhnSowUxpVnESgsKi7xpr44Eb/hqPq/EnsQsXJwi9m9xxNcQIHdAn+qbqlE7kQT8WpZ926Jxv68YcEWnSin52hjpdlRQhPqS+vSPnPyR0ZIsZn+otIX82466SV93EGC5gPUtl4gDObvSnzEwnJQyo0LysqDEnYaPbE+4YN9hqE6qz5fvGqlSTdI+/jNrGbMYCuPAiZEdei00thi5mL5uMTgtCAWh7CFiwuNBhSwFf3TE0tdy8ScYpX4nTAyF65oUdjixsMNmhR3XpLDDZoWczQpdfgLGsLy73CnvmyV6aLXT8k4c06xPJGf2PeGJduJlK+4y1vCoQhIgGk4oX7zKcihc4MPka5pG/JuUwi9NtB4Vz47bj4wY1td6294Ll5mU+bh9lSVYpAkXZycV+UjMfoSRShsnPjrc/unHGnhdoaxPst+TA/ojnDd6VvSsRO2JMCvkHU4+KKjI5Ustbq9P1Vk5x+Cr+kqSbZ9foEP5TVC/M5UIQH0T7ctvcWJI9qbJgNInfpzdNdWs/kUo4nPCBa1E2ThWQbBIau1mxbFKWCw/0+qn3drUBC6T62o5s6uIxxjfzbLdPJujLk1IA0WPOIDH4UwFomaCfYqV/eHgwiWq2ORl8+Fy8ljWM2lwir8qEFHEG1++qaZ3wiEj4GbuNdIPbaOtsJFz4OCE21xM9WxFITvPDayJgBWu1vit5UxLZ4ztbFlebqH9TQhoPDXIfyW3nwAj7uMepD8vZ/f17PJwNq2ovi8Rwu679R6f1r9TawBpw9V1/aHCiy4oXNT4dnO6dTr/FoXCeXUr4lxT5BmoIiaRvhRzc+p8riLtutydV4tm2i4rqhPNZArbf2ilpLa3p2pGjMl9y1o3l9vzciZPTBSwGOB1/h3f6rsxKeHszKXvt5M5aJ1qg3UT9TVaC99Qe0b+wx1GwV/Hah2D3+iMOovUXAoXIrlSUdFVWwo6NtmxydQw74LY7Z1TmT9JKWOpp0KPnlR+3cFX6PooKCaFOCvbqbh/U9eZyJxjaeOMSBhVaoppa9fNvFpcPS3a2Y1I6pYx0cXyW2EPvxV61+pboPwEMI3GrolMkSvdw2tN6iWmo4mRCBBXImoVQG4dUwRFv5Pm42vFg8ny8lVzNxOhHBGL2KK+OMYd5llnHFPT9cb5ducb7WRDavGBH9XLpbhlA55Gcg0PAVDH7bWM3nL95WPiK78C9uKueZAXe8ATs630rQEgaYZcSlVq0jlW8tPRuo4/1x+Wl6N2PhfNZC9B3iSurfpuGVmfR9f8Zq6dRHDZk88mgCN87hq6qG5hwW7L6aNUkzPZPwwU839w4l4bF3fttFKOs3nfiYu9iztXi3NRf2yFqwumqeoJuHBklJieBSKx2CpGYrH1IjnmHNOu76gPkgGgh05rcUW1t4qrNynb1fcz9d3tIhYCRkI7iWVWGjbiROl6bK3EVyYBUimw2lxS0aoFSdXQqoNJVWFmyJ2qsWPGCWhpljKyUog/H7RTox+QUqKMJFUCv9cqdIG6iKWwwQUZc4xLrPVWEZTEW1rljfGdIpWkDmdpzYO9BuALFBpUyhMe77PyyL5BXqcVTshoX3PDwVa5e5IW3t7Vy+qumWOIVcFzR32VX3aaincc/wG/7Lf1bFY/VrfCJy9noTCZetwEj+tbyxH28nzvyvt2WS7xCouDl0nfDYYJZHJxiQFFSPpvMRQL35lbjFxJuHe2EG+xZ+8r5A2vlyr3aEUjyAA8N6xgId/oCIdBYDhOX70fEtp6IjQzdOqF8rFN1CXmJPxJGBdJNeN8GZNqMs1oTOsVKhkH8NU5+XiKD/SReqHKFkarhb6ohoI7qRjoOPGcfBLvgPJ6oY4IzMmnU/HyBqsntUiF6Zgv8075qV4wAU2+gTPMTEBXDEhI98Hb04V0JxJnI8STVq2tafcicbfC1nPG1qLT+s7rucprSCSkoXDpeBH4kvRJoktmkcKYdRXe6Li8/rkt5zVpD1UCqvrWrolFEXYk7AA+7iidxx5+2HoNXzQJUyqZBek8VqqWxKmcilFvXagPgn7a9nGFaLk7ahEAQmaIUZiwTemqnXDgr8ft/KahDaRDzFb2Hv7X6e2snAKJoIcvWRfInofamrFSK2DbPm+Wd9W8JI1nKcbJ99WdPDWfyw5yAoMeifSFEa99MW+mU1NbvLUjond872KuooFt5TfNYtnc87Z3kG4avC9ilTlalhd4DDJyqnbc1V7UmP6smmEG3eJlYvkaYMfIgEW16UO5fPLQN4lGLqi8K8OEpBAQMm8A+3zOEyNg5neoeG58nPEMiOtTVZXhTqqiQRMp0LijfsDYzBD9hAm7K/KpvpI5oQ11yRHXIw49K2+ekFSK1J5pdzpB2J0PiETnBnv0GYKKfbME0tEzTV3ZUBwkLrayoDj6BaaFHoMZ88/LEjNlYgqX7oDj7njNloCUeKqXUw2ebAMddtw3altV+GUkpCLbsMQdbnNVeSJunSr1v3LAYojBbzn+dWNd3N2WV8BWiIxrJFf8+tF2R9A3ALev5dNc7mPGMj3qnqI/YiMLgn3Pb+V2eXt3U94gkcgcrbH4RJLZA+cVkfEhjY28w59YY3dz1K9jskUqLMbK1w4Ij871qtIxxGL1X/ixStDazlzatA1cIeaQpe5zPSuaCB0UWRu6YhFZsYl9usfuPAgbsYl4zODfW+/ZtGa390CdU6Fjs8ytPzRftscmWTDhHSTwfFbC5BOWQ7lAeu3b/bYIkfXOIO3bc1tVRgiCgJv2UhvL9cTKPkhIcJB2apqxV/W8XSIlDumsQ29qU/OLevXi7r6694TuqW+b/oEbJNAPp8G3o32FxVIaDtXgTfcYCVh7GWoQKTkSExtmGuUygXKRZDxf+LkGH4HgVHpuIKLcokSzs3ToRe/Q874tKvqpv9+zIXnPhgwLNtFRM20erhov4ccB90SaG63jIMhYCbEFxmJMifwm0nfrzxP5TatyhS8kKiIpdCHTMQALmfKvYuzYHGH8ZNb8RH42regp7JQP5eK6XSBSUYM5Ok/g4XSud+du37nDlNspj98rsBug7YLgHGiCc8rGqvV/ibsqE1ZNaTgoGwv/3t6hQ6intZc7BE6nGw/S1iJMrOWJSG2jZC6lVc8Kj8o2xHd6p70qa7xgA2eNYqfa4q6cwVUskwGGv+rk2ZxfE6/o3hR7sHO3LSacCdEMykJcURmFiYdH79QGCqP7ZIhKar2jATrVmitEZL7XjgOmmu5rv/wiumGKc/UsyHtMWfzj7q5Weql9Ne+F2NjnRNQ+NPokyz6KELDQOzOD82UelIIkT/blBGydwKeplX19SFG+ZdVETCBNwmyL9fwOqqt5I1hcn0Q2/X4zNP02l0DtLsf17A4IHvN79aXJyXw9O6ZuthlBapVYnyB6Yh/rsqguUlsJk1BGLEJwPxq4RIUNeoGtkhTd9rNEp0jj19NBM7u9PIL/IPFOictnIdgdxC2lVTk4MmwIugmK8xfA14kmFp5UrAjKeHD09kI/wwEkDyf0amKVrrlQ6Rwcwf/Yyn668VL+IJC4ruwdn+Uw/r+R8R/O79vlAvkKYLQSzleoL4ear0BBM7HLZE9z3nuas77LKO+9jIqVd5Ee5yt8F0ZckTQXM+rlxNN3Q/NdcUGRJoZApVsoDW1G/BClVpcuz7t4Ax9YNZmK32KOVGLTKqnEs7eH23bYT+UjvkNUILWmr7zgKGx/IPkMC95SIVoym/uqmrcL4YklTmzCbl7xSVxHrzSbrA+lhj8qrwDPRb7RmHkJWXtrMozdq/KofLi+K4VRz8cUcNzjV9izg6BHlP3DpNYjTAV1V8PEwpypm7PuLdtlMvhVrG9eGzatOgY+xjs7gv+x9VzePZSzmxY4Icft1met5sgFxfweO4Ib8+bpVqAFNYX+xgyfHyOb17uKAVFCTsQD3ytYQs4THDXT+xKOoWR2LB4lKkYkd9kgfGQtMU9/uXzhoSF+fHNcTunQJORft4mHE7s783Ixa57KuSBtaDak+yOf0ftNBB9nXfOeFeQXxhE+EXV53D4AWUBpDv9HHvhCsptI36yJfRJnJhoB8UEKD5l+bDqTD1WnmsDpLzE+UOgIHYIVDFKxoS/8wtyOoVsxdxhJIqYctXDWxF0XMkssF3PkouL9drJN2FDVN7mYQ4fIH7Wfyxq1JLBhRGvWVRaOy+uyxRs3JrGN8saF85vboBRxfyr295J0LV9PyeHbiJzpMT4DUs4ErevlZAO/h9YF/bTO76V1a4kax5uApqJTgfrm5Noh36Ob+RwWQ2tKDBWyn8b2zuGiQdG983J572zZHmY12hEDkVXGHvk4FmgyzF9GLN8tepWlXoy4c3ZgvDcEAghOjPEyMse3qWn6bBfXUl3G8k8o2eMF0DVV8aS+buC3J1/X+CZxwDTRfGru2y+zCtkgYefv6J9/M1JB77d1ahI6tkV9Vc/F0KKAOeWKuyL+rQiZCJRTOc7/MQ2OfOixO4nTh4VQy0QsCqKQG/Qb6fW/cqBmSPNyihrCZL1C71eqjvNCe6s/rzE1CVm+SmN6djdrHi7PKhChRLqw+FtkKHmNOEIUEPk+KYpcFKEGNoPA2OJyVt4D7Qky5piTK9ZYfz6z9CfraITC4rdgvDXZknFKDht+9gQS2lMJN1fOZN1cyIKyISmIBSEnUCiRS5p1pMPpxIveFEqZxsXb3Ijkurru/SfgmOaeiHnIu3oUrnW2e/wTJmWcYasiC0/+z2biWG8/++npy9O0md+UnngUIAn/8OEHKo3NetLhHL21E4Vd3rGj1DM9r5/KmzsPfTbJLJU/ahA7uzop7+/KaT3zUNpjScckrnEhFL8k/xiHIbLtYmVranheFljBfHTq2tlgekeQZTyRdde+Ovo77LJr6JpUDVw4uePZ+hVHGjWAhXd07h2Z/CsqDkSA2YI0UMoFU9v0DfLb7V2JSljMC0H5d+AxbMLcQttEcm90wljNCbDR5WMzrzzL8H+NDKB5ayUCqDf+mIKDMv/ruW9aKe+oj81Q59XNrLpvpk94keP7j3Hvef5jmWOOiBdl/VjhdhAv05QIAhGmYHawAD2eoMoHti8XJZqRZkvUlGQ0H+a3arPXYO7FVT2tF7V0irBdSEWO/nSx/SutjPDvitjVJRkAsIpYTszHoIdk6Lr2eYVMty/MYJS4ODaBi+puXs4kh0W9hdOh/XRB3pNFvapgD2t1IQq9vJDRYvMtVw8Jxraq6e+ufni8Q1UMjz6RcSOOmifPDJkx8M39U+NJl76Ceg7KI5G0gDuvzrxXFFGaB8mUFzTAWTDlYfhbCQy+UoR40T9sVX1SNxvnyV9Py3J2VQrGBFWnxCdBaowzojHOmcb49bx9+Ln2ZOYG+paxs6avF8vNk0qoPqOQ+v58jZJL3gy/MfUgmq41V54e/5u6EvytoNDsoZDfn8VmdgoJJ5P1BYnLhb+Zljf1J+m6lYs0aYGjok0s4SeE2e9d2qJ3Zb+db9CjE/60CxxZlJMsO3+8ZbtwhjW7bWawsWHMUt6i1UN/OtdseteGy25SaUtNXc35u+q+XFbzeiby7+HzGFHkRgMg0YsTYWQ508sirFGJF3+tS9BzHDtbmrRnZRJn2PPqk/B8S/Jf7+oikDrmbi6ZlW+DAN1c9Cv2mKZmWV//uPWlEc9TBsKxhefIDVAjJIjVAXscNxSR349KGhROAcJtPmDOQnPlrAefH41yXkc2ifXbwYUK0HV113ur1UaRvKIyEV8emJgnPd7tav7QyqSzQUGDmWWci/y2XaFl6sftiX2rOZCROlBisqAKNZ/KeWvfXklt/C3tdwTS4fxJpFV37DIi/2tA4uiEwjMQrptvd0meIumlG8DHCUlVhPM0C8B7fKwu31RzfEYkcF4EYhtBrS6boauutxUytGbKTASWn9O97ZXzpsL3mEP6BIl8oCtgkwn6hzsub6p6jqrLlxmLCBCIpD7tseHLHe7gEelLuGaiY/WjQZBcneYVwzivnu4/lpg3cJO+Qg4zwb4+4+PUP76QPsUifEYhoEl4r9uZNO3y7nK/aua38kkmqk8QyBZ21nCyvDyopviUN65j6Jj+yDdpN0yC3o6X5WxayUTZAXsXTr50pb5NaBCaDOjaO1LHLNLJdswXIYIktpLQjk5EsAJxfG4XyzmIy8KLeFrWgHiF0IYQz5vE2xP0eEtw+jKW/UkaU9HTfGSyP8pPE/mJNb49rxfiZXkUbsKX7Ekt7rCeSYf0n6xDOmmkAcHh8qCeTtGsl7C1TqSfvPamB+GESPtfOfIT9Qn9ddZMZqecf65nyAtE37pOrJ3d9npa4sWd8EfGvB2Qk1E3obPyRIIbkt/euvt20FyV8yUsSFywd0AwdI+6/ou77xSZ+3URAqzp43p2U6GXdoHiMo0vXL9r6qaEMcPHg6av5WZ+c3nQfBYIEaWdZaRxETJEdhgIt43jA4Pdsn3zkbU/rqZXTTufITaj/BB2mu8O/k3POM+q+RKdaHCnY2eLRBNvlR5CbRHuj/jGWpk8gXj/hFONv24oJ2YoI6SJ3rV5dh1QK8X8lDRPifBAIkYXXDaSfwT+m2CwB01DtLu8/hHfube0SH15AbeEuSjMN6hm2U7zFat268L8rAeB/gofOt+ABkXuN1jj2P2WeDagX39Lvc3U/QYsZeZ+g2OVu9/giBbON5hy0Pnke50543yDbk24f8POx8gLos7H2Avc+cHCdIAjrwMaex3AxHPXBRbFXRZYE3dVYEncRYEVYWvy+mIkcAN+45d23jxWP249LIDfvikf0BuuoEGWUTLUn05kwH4kYgKHQoA9AWnKD324ggNpO/elzJ0ODWYrZazMF4yWRf01A+oEqK3RX49kdtPMMZ6HZXjxKcuieLIh7tZIMhaJVR31tYmn9f5OKFUwAtHVv/UZreJeQ1S0QojY7FGHR71SRNwjRUS96mKLFGoWy7tqBhuAvCMnNeK1e/t9iwdNKwfHW2PKjVXGZ1iqW7tHseTNaMU8YBZfNY7tano7B+4QRhKywH+7H7IH9LSLHESglaT4J/2VMDfvrlUvBlIethssckf2IgxIEGgS8B2nmiISShCOhUIQiwWSTBpbgNi6s2v+zv3efubtYlFNF7icGUu77w/tp23ZuVY9qQKCvOJ5xZxMTSqa2EhFgklBj1CWuDK8sjpdqNtb8KmhkhKX+uqZ07XdXt+V+HwWbF4cs4sP7Qf247ZOMywN04AHXwhaECzHdBfGRyBg9QoEq+yfWS82gfT3KAcUcGYBg5X5qsCfd3bOgeT3+1DM1hJo2VmG0V29qGeYglsYC9heBjIweaTztewhp/11CxP7SmOKUpt2/1WJDjN3w6RxFInEeHL043iyox91fhJ5RNCvz6xc2F3I8Y67kiP4z+yuvK3EYfCdhFv200i9O4xIbwekkrMuVhLunWfOx057hecQxSL0WSNLKqY6JAU7Y4v4wsNoYUsD5a+mQ2ZRmtuXF0+Ig0jF33Cv/aj82nx00k9kRQ0cI3Cqhc99ZlRMnaqZnjipmmvytXB6S3OZrAagd7GBHxWHJZdgv76a42Puc7EKAY/wkKtgJpNkog9JjCyZ61vZ/baazzB6HVoFRpO8XqOUK7ltNvYlYvZRPlLNzkMnjcwCZbNtbS3xdtyumP72hAwIpGI4Pvc13kUFfQk2y/VD4bbkQPsUIZULvb1DS0eiPoJwuJhWmOltXApkwhAC9qiBzA8jlS+/yWwO0VUA/XsFMUhChxioXIuHOtUTOvhfmDlkKosUxhBfmLR9MmmwrScS0LJYCsMSBCzUIDC55FpeP9bz5vV1OqFO/URmqRSfFS1S6Yy7bSM7lVlTu1qWV9Vc4VxOHEDzQmWhlcbOPxbvjtD4X8+Q++DMR+9lj8cLIz5OLX0WroCZQ3QZg2fJrsO3RT18m9oIMsB63nxCJpMnIit0rtv22zhNcjF8HbupAXp4TijqMp3wkQz+qf6E/vEvXe948eGIK7M1DtKJqBaVFR2jRdmOYIKOtHvhyaUJ6Z2p3U8izl2oN4V7qcZxvbhqBMFAH/2EqSudb0Zf6bdME2k1lpYgZ3g2MGOqo7PkOm6RK0ccZUO99Xj14aTKTT3kj3BjfsTERb5I+fWtrPRvwj0fNyBvSUL7MrDLBrfizm91ao/bX6oHVNncotsFC4OQtnFo9/hvnPkNQerEj3qJw8Je6B1+OBCpUWBt3lJ2OMi/iiMelzfz+kYsQEzN7X5AkGTBu5RcBLa+sK0X/a0DO+Dub4EnASnloYWOdF44OLcXltMKehutZ+hLggwdfSFJ3FY2UODrj6oKPnD4U2Vjc44rgWQ06Rm6SQbfzMrrBjGBqRkK6cUH3I1kEc+sVVik0EMu761FfYHjuAF7z21vs7huPotnyIGV4IRNfxpzs2Io0lUK8+iiQ73PDSt66qwNBryuWOuVlJwz+dYA+atp+eliimscR0yv652c2h2WsorfQ1esrub0GZ7/rJxjth+9aUaSlEdkxW4K89MePVHqnVt3JLFy4ftH9/5sXt62FZ4+9s59IoQh9emMCL9d6opnevSeKArQ8C763gysWLEnHyFiVfvJwXl9WyLTnJKHW+XB1Z/OtdgpY7BDUwQ0cmIziIoFcIFU8qAeGOVKF/ZAhalOrGhxV+JG4lKJqbs94tWdXmbK+k2Saz0vWPKG0Dt+Q2Ra4c0cMM7UF7Idi+kVVDns4wDOMe2+z3PG5KnYMRC7zPdzTYLl/RW1jA7HkczP2qGFM8zSRSr2nwfh0lmi6xZz73mWAdSfEjG77JuUj2GP065NUxxIX7CI+A3QOIp1Oko6rXn5sfrUoI4mcrwK/jBOBQexFNx1TJ9++WrmOmeX0u+txt3x4t6VrB8+VPCvZopRN6mTAyKU9/nkG+/vkw7ZfOweTH51U7Zbt65n7XOuW2vIr2ljhrUV2ZtgYfRn8a5atKB9MU/qlXJt+JU32+S+efwodM/UO/KPxcTmQy3IeNTlv6i2IMccX6hnJ5RVqtnWa8XF/RsRqKwwWIqft/etCiWU8knU1cM+p3idLJvr+7tm+oCnmhpFcry7MP+k8EvYlXkNOgprc2GbZVQau4AuYi+VvCinIMfPhPbIuQUL49uKmleu/pWJslklo1XiN1fqiqKowXXV5WG4Xg/Ary3piMUWOZeNWHS2j03G9MqSWUT6tuCingvHCf6mNaasJvig2CO0UfxM1NrqPu4s7uvpUzlrPoGAECGxphnt/1E1xLo7x2Faf0t715vypv2CGR2Y7KQlxtHBM1ISuqDO8JgybXRXUyTUFCXjix+l4rmXLXYpB1Z2lAbCnlQ+O7zprG7RnMcC4OU5ENfCW/UyBqK8erXiaGycPQJ6JENFzyk5F9lAC45JmJGpR/aLu3z31+nIGNPBDwe9WHLzYLqjIVHHhek0/V79zptmetsIxV/ovkQj/AGjtYxVKiJa13EDf4SqTWd81andbNrWHSIss9vubTlflJ89x5TgYEgiuXXHgqikBKr/DEN1eJgYKN+ndFW3sZCITrmI9XbTYnXeh9Xvy9t5dYWU3UkK/4ddzu/beX1954mEGyTFQqTzGAvFQ5xaU+3zBGWvvF42c5M8GL4coBuOcCE5EJou+Rjzj5gPdIaOpTXwyhHaajrJ3nGHd7cudMZV3PZIslC7WxMTUCXjDhQbBdVtF6O78rZZeOJFHRq4mtnQmiK1wQQGCuT0JSahz16GHT8l6xSvqzfX0EcqfEdJH8ab+4WfRj6tju9w4sGMVk7Y1j6q5iCVTyuWfVbmDXnhJ7beuLyrZAItGuiXkSB2U3F6U3+qcFF4Yhf1t1TvpL511jaAgCtLJMKRVJyRPsavnapPzXKJ4/HZ01sr5nhetbO6mcnhu6/ezcgUxsoHbKxQDfPPkwTd8N9svCM+tfoh0LPJRY452mmq9LPyuv6A3t+PyJiitzy9MoW/nidfnHOeDgvER5LFxRdPx72dmJt8R6BijAlWxVfaW3t9P8X4xUBa+6zUnUsFp2hZpwRWFyPLEaxb2m7a27KeybzMgXCs5VdigakFIvmAFnFTpK+hTDvBnwGPZthhqbtJ73CmlnflAy4cird5Zx6hVI0rh3D8G3q4dxsRj7MFkXgSOexkeoBZZSSC2Q9oymm8K0g8S1BoP0lZLEgmj3eBG5rko9aD2C0X4jE7GTzO3ZXtt10dUC4egPiF+fijLl085foLn97uhxLQPxAKAJKuR5lSRGbyN685yF55XzYfGk+gHX3DAie/yZLo7AhvpMjdmL36Y419JjwQTtg2BSrtvXIA2ln5oV1KIBZS7AcymOkF8Ei2/n45LR8FQVUP27JsxfYlnFwkvN8d8d72y4erWib8xzQCOV2V06H1RDT12/KmnF7DBTEVvrFdmC5uAswDrGBMeViNUgWRnwxC7dvcLYHPkmQpN3uotd96++RNHbyIhWPI3YQeyoNm1kzbaYs3HarEqRE4ldsun6r0JQE5mNhHfuQjE7Ik8A52VIny97BQrXegSIPMh5dLMHOx6rEc4VtD9MaIzKNWNhs0iMmnFrGE6kIevQ5iHdVI+B9KwBQcSMjEL4GdKiMYbdfvtBt32m0W87ISVIAKLYQGJIFzEOxwDRHQ70Lt0fRgGaV3hh5YckfqYkJ1kiS7KHrw6uhz+bGcVjVa8l+60//KbpGBSd1+yX6grNWqSFTrRatHMC4/AsfmSeIQ553+0Ql5BWW0xVG2lk6Khw8jn0LYxeGkAIjfz221wHd6CqZflGeZRKgZiPrmc/kkyBs+b5h3yZvwKcbHAxC1I/ExEHyj+Djx9DuvE4brJ8CWtLguXMyR9shkyO5r8exXNwlIzmsBAu8JU0/PNpzU+F57IHQQpLskFHlkJc9AUoXI50+6+HTSzD8003txQwQu4VU5UFWeOGds8vkvGRNJ0pNl0qU3tAX6ukjEKxc8hlLphgL0r3fG1T5UpbgPHGpr7q0Th6yfwYVwif8RnBTLmMhZKZaTMAh6N/MMbphW5H8KewhCLtJEMnrQuTXO6uV1Wc9neM3EvkuocprPV75Qql6A4Y00dzOM8UfKFGY9iaiQHIedffuNjqGlT1CdjWq+vBzLt9a8giejf4brI62cl/MGLge0rAnDCw1mERHlqbxtCIdK0NunuCj8buUNNDrivUzK+hE90uAqJnZkexXzRBacBgHKFF9/716UdzVeTAVyJJzXstcQqz8vPwsUj0LuMt897Re4TsvysRXMbkFd4aWg7SN3Sw68uT3VRRJ5F6e8ybflvWAMU4cE9tDYt6j4XYiuE/fKsbXRT9q6yxybgBZ0tTzuht6QMLcRr2Ajkci3g8P1jZxM3rIKKiKMVMAnnlkVEwFnP/3UVtVsgcIRq2kC8cgAMDCRVVJRX/bDRbl4KGd1yWrZMCj77U2Nigqnooxzsn+/rRZLZ/g29s5+fYfvWcHMZ6K17que8OtLPf1x63pekQr63XBVulOpD6SKfapRVUKhhZSPgT8GkVwV6tGqwgMY24fyFw/Dd2/wvQYZZUlqmLesVBV83xtmRGro98RUBSkzzUiF3Rt8JwjYTVVj3OD7vDWtYh5AVFVOqs8foNaN3vHOo2CqnjoJdEnl26+qfFIu7svl9V31uaTdkafBVMV37X3DBqRfLB3d1VP0BYc/ZzB1MXNHPJRV5B+HC2fIB+UndEkbtVdi0z7M5eNZNbBqu7dPj7gZ3OF7txYYoE+pDsXyu982e751Ps3h4Hyur+/Ud4xWEr9HF+6XWQ0LuxATpN/fg8hiB6n82/a3ez5tOkN3h+0O2RkuHaqTzhr/Bftzq0tUSpfDudxVnpL4EGUGiqCvyocSfnvqt2lE5Fl5BQLrjOypZeTNv+y+Xczrx2Zae8f11RM9g/rFxHH1S33d/LgNgEjWKnYMv5R4umidSTunNUTB5ahePulK+9WsmjOUMzqik/fkq9a4nLzfHB1sXZBGd6oZHpcTwMKPjZ65yRh1dj6y+6h042eNwmDuCYq8RXsrDz5JcnR+OjKtihxY56dH5oNJK2X+ZZs1XuIX7fy+eiJIJ1FTT2Brdg0HtbytvNeTH7emeJ5p6U15LwuqFvOjkCL9rDuWzusvDSO8cGSv8XRDYZegSaWj+Y07vsCaeMI31UdKo6vPl++a+b2uIolfR+qH0gPgK+q6p6ejWSMGqv7enCxLWBS2jct5Uy+xzhhOSH3Lpqo2GQu7pPW4WVxuzW6raSUmYSlmlz+H4kn50JR0My5G9C9KI5hD4NvNyWtSURENs03zW8xfAzPdbqsZDqjGrBq6mH7shRoBj/VQzuEMmw3UX/rrA6cCt76tLf9+bo+dQvGxt/1X7cf2ydIX/GvVruqP+Mfl4QmpdgSNwWl+gh1q64XU1dpN0596+x9XQHK/lIR0iL97N9Uy3GpnmTOfCcYrlzVcXZ9IDWX5MXFlCzjE1cyWm6gV45s7ryugQqSKCW3UnTY3t81c0mDqZmZckmaX2Mqs6S9/U+LbcLOvRBGKDg/NzXn9CS76T3WHfJg/lvd9NN1wMbNFhazC1yLRHgpjb8unWdXDK5mNg7/mVS87ZchL/VjfMt7k8Ody2gIxMJQOqPmsBvIsL8gub2kq4jOslw6LaRg8Awj04+nyHE/6Vx2u82YBe9asWTrxpvzl4aK8YveyIlum1l39OG+u79esxcUd8ITV/HK7fOrjL83DqdV02ny+n9UfKn0X0Rxj6pGjpr4qpwvLQZhbUZfPbn+uLc/Biw/K+VVtQFUaMpWLHx9Ym3f5EsW5TC+3PtWf1gtNI3zDZj4v18sx+BZ1XXUYMXv2PkhJwA3SJN4yC8BZW0NErGi/ly93cFSbm/7S93ibN1/unirKOkmlsuGOcauu2vlT322oPwiuf8nQ+wQNP/qP/eYGOJsrvZrm8Tr91z0Ulje6WL8IIHewnF63y2W5an/huNyT/ZVPKak3ma4piTKsinykRP1l+jRvL+g/xV+6WGaHN/80PJjK+iWztuK/m5nle+2jNCqzqaYANL+g+eOKdKYSsEus/AhThEtgdlPaaXYOAnyYwYECQRer8HxH5M8K/u7HhaO6+qRb1ynQVZH60zLQJyj4XNX6z60FbDMp3rqqbz4Cj6zZbZzb/ZJyEjAbIPP0Yi+nl3gYG8ZLn7UVkrrzmlC/I6gK92T98f6ZisfNZ6AxZ3N8MX7xTF28rm6b5TO1QLzdhrN7B0zYw9Mzdd/U89t61sfy05dXRfolYNWr7uIdXlecg1cR/VsCFqnE7VMFK/ZUzbp19Ia/ElexrNKrXjQasHl7/1ydd+UjqULNdhYMrs9q+N++//zGP+1i/uMCUxT8CBIQyLIfGvGPvy7Lq9+sDx9+0jgWv+HH+R3HqZ/qb/J7EAVh/N88/49ZAKR03n/V/f+Tt/xyc+Ut64cK9927qRbX8/pxWTezhffDTfU4r67LZXXjoVwHH/8y/NPwTx7cKgvvQw0CCfwGsgCUy3tE9dS1d9M8AH+44S0a73oKxO9DDcDlwms+ABy+D7jpJ5tB5sHx3wKK1849fML8xjudLprZX0Xre/PmwUOVpbd7ewsE0PsB31DfBNDQ/8vLbvdLoNqyk9K7Kq/vP5fzm83r5uERxAHMXrx88kro4UMz95op8BwesJEgdjwsoDsPpHPzt7e4a9rpjdcuKg9XIygyH0/CXz3e5bS+5xW8HxZVBY3Rb39eeDCGB2CKF3/Z8K7apfe5Xt6JpfrQIP+Jb9OUNzc1rjWQOswSAnRarPxLsQ4B6/e6EZI7rORsCms3GR0eephcpLxewtbgVEJRH5qv54uld4OMzjVwUw8zC1v9AtUBHLf6GnUB8yf4fVPJhd+Gvca5Nx9gyWHQVQny3Rykd2RpbhZiBeECAWpRwjyAy4Kx4XxwC+aLSowdmgHwEqZzix5Z9Q1KBQIJYMdL1qmHl5aobNDv8101h5HVINpCQ9dTYPcX3l35CerezitoZIGXLpqO/H+FrnH7cddn5XyOlzKg74d6JlYUB4iDEeOETth+itm+nnX2cQMH3nz+M06rnt+Y5YNJX8EQvGOQZ70PgJ4A/meNan+G+S+WVanm8h7Jpz0l0GoPns4MRsJ6zxcbHggxcPs/4nI+eAvgA66XZlUW0Fb5CEj6OK/RKwjBoF6NiFyK+37qzWBxFrD/h2JTZs3S9gdNL9FmBAzcnzxUBKBau5w9eY/Ae4mlgv9Nq1toBRsGuaIWVo0pHuBanJLhn9S+beK/bqrBdQNCHggLy2oxuHg/GAw0qg+3dgYv4jDyX/hIxgc8y9Rwa3fwIkyC/IWfwH8H9unO4dbe4EUUR8ELPy2CcGCfgRtu7Q9eBJkfbfppEAOMUfwt69sWmjyE4jwIN9FJMibFt209nUL5MQwoCGFA6G43YKEAw60xFPoB9BrHkT+gWWWHW6eDTT+PYawwEWhYclHHLfLLw62fBptZlvgvgjSN0gFhvcbX4xYE4AESlvcguiOS406ik6Es2vAEe+YJ9gwbStMgexEEPqwXaWhULqqngfivrJVHyQsfOs1pLaSei4H4r2orhkHFsPqsVosi8M7rudAZDeSfmzd/Vh8kZBalsPphErHplJ+BMA/kL1kvjnNY7Nhn0z4rp7DyA/lLtxdDvdxn4z1vAHXn5UD9ljUL3w/DF35UREkY09qTp+ZzORD/lUuO+d0DzIEWhbz/izkQ1YH4r6yZh/GLwE8T1t4bkXt6IH8Nt84Hm4BzKVxJeZgN1msjB/IPT6omf9je2vBGe3+RbQC7gisSBIOV6pCB+eL98ADdCyq6eOmNtqGdEfz/ZMPbPd/w9sYb3hj+PdmF/6v2wzjOoP0kTHran2DI+0D81/thAqM6PtvwTn7a8M5PNHQQIHSQD1ZoKgdSX/nDq3cKIo0LARH1QFy01y1IsAP12/vhYqyg8hDxIon7VtKo3wZWEffD6AIuGRC08XL8YXSgmilC2JAUeu9p5rgEYaj5WA6OS0/8w/vh+FxvQoQ0II+C3kWaXb6CkwvrNPPwH7BUrxQcIDzCxcVgpSJ1oBWqP4zfK6gowCVKw1W9HbdwLLE3/Af0dizhYE1xkYrepUWV3H4J5/G2EbCwo6N5+wWgRwpaHr28dytfL+7asi4HFzWqhuAqnHp7LTQFO4R4NBlsBnGQAu/lx+Ggowcebl0AKcyDCMhdGho6KaN6hluvxQJHL4Kk8AELuzb/Af7LE9Z/ZeNEmASoKsDkScZpyvXPLWqDB+ZfFCiGHQESlgXFwNVuDYxtXowoiwuoGCNF7BrqB8Y8L+oCaYGRBLjwjmJNkGpJkt+WaAYhB/QvauoJEGi4RbJBrx2/24I158sWwizMofvIDwddR4aBdV/o9o1RW9A3kMhBN50sg0Sr9aKF2+lJraYefZwkLwDvIrpx2jViIIdtCgREEOJoIz+hfUrPjIHwx6jmM+9CcQpPZImCBI8t94UYoE8BApjvfQscw5aHeUKXRyT17YMWBQD4Fm5+YDXwPCX0RKAtfetvgxcpyJ3i2s8GHRvE1nu8+UNA97jAMePNv13et8PtLShAZPGDHAiuE5I93N4e4MrgnVFEltJtl/Or8qZZDLeB/wnhUnnhFz7Sa6M6HG4D75PAksLtFdsDptMcDrf3cDYh0DDBOCl247TFZx6b9raBke0ja4XXXwjUZ0CjY4fbB9BtitNJ/CjR07mbo61v+xAYmQjLgLaGuuVtoPkPVy1cwduvBnjvF+JazXS5MAZs4qN+w+1j5MAEmQwJWeZaq21gpaIwwIsKRPqBm3F+uH0CvcQJ4HIA+KhGOG9nVT3cBk4rSMVG5r4lw0Dsz8ovw+2fcGFgOQWZDgS71VXZbZ/jJJMAZ0ruSeUPY4bj1fJkyPpwoDf9OA9tn9s4GaCOQEB/AOxcwgW19VA+lqr9GMYAB8kfUCsOjAGuCOlA4/0wE+cDQF96Y7iNzw7hitvF2xj+vf0X2U6Oc4FjadnV8wrocTWAAzMrYVeuG1kxQ74WqHJIsLsErhfo/eCiucYpzdRcitjHBYjtxQLEtaqbwdYUyHsJMsakmt/Wj5WoHoRJIaYSEBS+g9tD/FdUCSO8UOOUYLnxJTKzXSD1kLPdP93wdvaAe9kHTmYCM34FXQIvcgZczQQ4nPOJnD0I87DqMFDb7qh8eISrD1jyG7wTQGLZnzeLRePdNN4ERAAx4iRKACz17eaO2roEzooAyKUIkYNI4iQcMAvT3OzsZ6Apeiti5DYishXSCvammt41wKWiyUQuCBwfwRb5sd3+7aa8fFODeAw14aw9aDzx8ZoWPDjzsoI/S/Q0WCjkkrXTWJIwO9zdGg/GY0XqkyEDsYP6GZGFrC1vIKx32xMUs3xYrywjHMoJKv+BjsBNL+4jPy+iYkCNBsPtt8gwRkALwgRPqaQF++UVniNo+B3QMFgsKAbufkATJA233yOVwFOcU4SFE1V/qYYjJKtCIgAWPxq4jl0D6tEFPGx5NQeyNwfWZ/cvEhYGhRtFTr9yTrNne9M7mbC7BZBvV0KneJASvAmM5WgKxwMthS48Phzhbc+rJWq7JDCSe6BqFnjczIC3mDFQYAGQni0+19f3Ai4BGQXRgJCj/aZZdDq1k6XXomgBjikMO/PJRQNg15uT8mqK3WP4mvfTCLhgof4Qd7M3uWvmlRp6hKuWFaFdcWUzHShXFIA/PfH+F9GI230axUKCCy2mKdsygT553QWM8ziJUGMXRBnlVZf1fXMPXItIq479/qA/wVZhQ8Je4x2oVgq8coqMXAnaGD1QXjmqFXE4gPIAZ7hEPw6EzuI4wOEXcVzECSG0i2baLivSAnasP6uJh8hvAWwIN5bt/byc3dezy8PZtFo68NfyL7VtQCk2Az+OCKhwOxyMxMQnRz1b7cPVGfhZYonL5HP9YXmJVlxonILWN5IaSCSLok3gaskeaXv3QHv7YI5qEDO3Rz/s4jpfiF+Tox/eqtkWILX50DmwDoFPifLVvL65lfhK2sL52gEAesDB2gThAHh9C304az/V9wzsgoLBAoMsAre5JU8jVIHisMVMtwEh1Rc10wRIdYChhQZiR2glLqFadU/A5GeQnUCcXnqTpYckRjWSgwQFbFYcsiv88qSaLljXACi/qVnCbsIcYYUGXSdRBSZ8RDVlF0CxD3gQFYQA7Ch1CgWgi4ICGrC09rwbl1YtsqnxMfwZ4YUeAGdZpEC0aVTxcLQDN0aMGrdAaAAkQT8Cin1XLsrBTvXwV++8evwrKi9HzQzFRTUeAARWzUdSH+ZW/XUFXGO5uKt7QdXc95DVCwULHZlLZLtEldxwtC8GlIoBGW4T+YkvpVRGjQ7wqkB+1c+jcMDcjYajQ2g7QeEb7mHDzCrb5nB0BNcXjBq4hQKY0E7IwnB0jKIgMiAZvce1O+9ALCvOB312RW2gZEBFspDoFkfN011Z/9zC/fy0qGbeudB1i9og4SHB9RO75Wd4Ai634BCXiwG+2j4FEg4yIoEKgcbB+StCO2RJYBWd1dLxaIwL6+PKFLGZ/E7TllOYGjDYEcwdmOUgVLpV7dMw2K7qj2hwuKgfKlEzjlCzmWdaWJAuKoO/1bOPdWkqnmJ/qCDLYsJ3bTe3zRI6RJ6oSFJkoihXhm8Bo80aarxGYQiZoTwMwwH3eR6O3gDDALIAMGwRkoHuy03DkRDxhP6qIMQFaKLwlRj9DXAU7tcXAfKTAzf6fjgCdgVkAsBh2HOlVFY+B3annx5BBFNV/QyrIpeAVffKB2C2kbszQq+u/R4ptp8AEsewacxnbriDgp5QgQfYK7Ogm273QSwqZ0+icpzFISJ7bPTl2ptuYNzqdkBIAzKf4n7ghai2/mN9BRx4Pdw5EgQS+wwjI7XaFOXDHUAdpACoRQ8JBW0e6hlu1c4pqtGFBq8gzDAejOZS1Lpthjsw7SiNYZGAxY3M4Zve1tV8MdwdIe8d+MhwkGtsvy2fyp/bejrYvW4VnwM3AiL0XyQMbN4m8qIW+02g8MCGDCudxnAXlxdoKvLjsZmqSnI03AUhGe4hOCJwFgztEQ71w10UkvGoCQuzLtudXm6VdQug57hEaCmI8sTOboE55oa7E6EvgIGC4BYMWDbTweQRrzg6rQliE7IvSKvMKKoWcEn8F5gV4IvRPoFVwxw5zEAov/mLaQP1cJqZ/MVAaBZwjJYCbN3c1IvLrSuQhoZ7h3hbIc6HqBhznDGHe6/gyOR+Dqw6qjdo6Pdw7wgVlDFyyllCDqR6U2u4h+Qnw+MGtbIBC8UfiP8Kd48NDx06ROU0Qa1XHkQDJzJuoH5rzw5RG5bqRZCCZDrgAb4D+Wu4d4qsmQ/UALhxomIQzkjDvXNkPFFxAwKg0a+IlJnDfbhcfaHtASJrLp3j+mpeyTtnfxu5bUBqwF74yazpSnrNDfd3hBZCWqEIQz+XTp/7eIxRieXHcaxlKvl07nB/T2o+UPQJKX/1VM1AptpHtQ6MClUnaNcIzNh1Ivrh/gGuToTo5AcWM6+vATH3D/FMIo2F5s2oTWr84f4xMiJIQmHT7MFGLzpLjDC0QtwwWDtLUSYOcnI/7pQzfDwbeIZPs8FJqUzWsLb38s73rhtx8wtwPyyQDhCV3ORaevygdnJA//jxcLlsfv4ZJe5m/lDXSzUAaTkiAtfFXTutBuK/GKHZfvhQ3w/3kaZFSLOAjywIn/GxnQ73Ud9UoBQSRLFZM+BTyvs5rOgZgMJO4nZGIaVVN9W0aQEj938C+ChOBGE2KDMGcnTVDPcB16IMkNtHXd+AvRgz3J+g4hs4OT9Kse3eN/GG+xd4+6E1oPAJEwwjWFYPeJ/vv5azQw13bE8qZigY7uO9GKC2C9UiZua1kO/33+HJQ0sBnDxKh5/w1j2AmyIMhcEx9hWmmkia4cEJjgqpUZ4RG8VFddte18C6PEIDeM4SYRdNLIGRmYiGBzirHBVHGcV11Klslu2mdJobHrwWygBhk/WTgfM0yfAQedYUSFiA05BDfFXel3Ognq+AdwDhpX0oQd6SNeHUvEDmSdlvzxrxFG55P9hu5rNKMbQbnhHRBBBe9QFmfRwwz0gDg1iNXiywZSgstdMSWqmBhE+rq2oBwlQ5rUGWaheld1EBZzmfw7CAacLrTTLQohs4z7iecahn8VQ+AvMiDAb7bT2rSu8H1HDDWXpsS+9H73Beo4kK6gmBdtret4sfxyCbXl8DQ3O4q9UKsD5m4WRk2PDwGBnAOEUVM3A9ETAm3MV4eAgHBpgEwTyHZuvICxDDwxPEDhi0n+eaY1Jes8NDNIhneD9mqGJlGZKGh3BcgMkSlvTQKKBv727Km+EhnhbBnCSBHpQM0RoeToSYJAkGuXLMO5TDQ7RLBahyArHNaL3R7X/4aleITIG4EUIfpPYBe0xh+GosFNe50IQB30KURzrY69UpLlqCfF+SqLFtPQBrNnx1hqOOCjS/RAWcQWUlEHFhw6Nd1B8HCJfGhvYo/9XhkVDV46CzOFKtwum8u6/uh0cHgpOLAGeNIvzsbtY8XJ4BszY8QgEnwEs2Q3maRx0P9uvpFbpEaX7gCHX7YZxtBhkQkwF3tR7oGCdSG09tCOIR7OOgm55jcAwoaauPhQiIexoF6YClnxoeIaXIBEPpKPSO6uUSgHH5Cj+AWzOJ9TSf0LkUvY2PBAHFRQjTRAsrGCA2PALSFhaIZXGWKPp01H4u4W44AsKGudaAOAVEowUXKe7XEVp0YCthzVPNwW9NYVZP5p47Kr+U93fozSRrx0jF0kRLSz89fXmaNvObcmD+9eOR/Rf8Y/MU/iVgE+AgMS9XpHr6CaWeWfk00P9A3kX9o5X/kHA+4kySBYpabf28bK5AkBS/fty6x19qcOgMA9VTU7FsQX6c3d7ePUGDLeqU71H33Mr6GQovSWCQePk0BwD5C1Vv+Gu/nf/5qfokRxKgsRdOpMLrUyCOwtpGl+l4S54gQNZQI7J5bHx4vI2HPkFmO9HuMyBpztvl8HgkLpJAEHKfoscx3CTl8PhQDBmNToVltkQOyuHxkWAdQdbJjG1u1EybB7h5j1HoTBEH4PjYa7mZzRsRuzMRHgS5UFD79tZeAA0cHl8g+RMGtMQa0FRmyOExXkoFSlh+6ptS+5rC8Bjk1SRFUhGi8wvJMT48RulRnHeQLIzxToWDDsdbuEyoifWziMgki/IKtbnlcDwSAjmyrllo2AmZun843hErhQx9bh2YdLTGcIxEMAyFoTOwoqiJpBqjXTH3Y+EflQxcx/TxPsoDSYLHDfahJ7PecIzcJ24VHPfAug7IhDLmbEGDwB5Op4Z6CDC43oHPYsRGh80ObADt+EjQeLQ6BFaclqmHh+NjYebF1ct933J5D+U9jA0pvJBIi1QfKRk6MRyjliND0zfgUjRwoxvswFF1hZZvAZADxUK9teGMPt0MtuE2nm2egpgLVz5+2fBef4IJngpOKkAvMKDnoT4BIqRjOD4TAjde/wlh32Rei+H4J8H9peJ4sF1Zgjz+cwvTPhf7JuTCxCD6SdOW99d3zRJ2biKmLqyyhFXDkLEFeoBAjQshhSJWxhGRWUEuGI6lawHeyXhQ3BR9w/EbFFqwHKg0KZe5/4bjt2iRi8W1STYFb++nOQz+b0ipUVouCqK+JyHMRn8uvwkIEH3gos6FbGdo++y6RTeHWmCkd96oqj4awXJqgh/Drxv0L3p4rK7vKpBC2+sSaZioD+zHJhCioGALBetUPQ12gCMDHPhXb9SUd209LZGxw/zrx1UzA64OUK2dwrY5niGy3QTtBBkxCY/RwQluyMXg+eZeT7wruFyquWotB3kA0JVq0+7quxaagYnpf3VHEaGlI0AbvoWrgZu+QaenefWFwpouvU1PMqqi5yISJguiqj79CPTltlwFK1W9AjYKItE7xWMZzT7AMHZvhIY64KvrEhjpOawGnCdAM8dUN4Hupk2pthfV9HibcfP05TaaiOflQtqpvZvK01/UNFDjDoBW9jyo5tANCPnNYNLMmrnsAE4rcEFBRky0KirRHfJwjOJUJKSRQPPxR6hxhZvsAZj5AcqETxjV9MMjcFuzRYvOKQJKcHlwc/oa6vqunt0OJuVVeQcTFizd/XD8Ho5igsJkFNrrYQwCwbIZnmxBIQiZ0FiGHo8ftB3sBni7++HJCIuRRU3T0KpkZBqm4ckuipCRcJj0LQ2pywdgjk/28Kr0I6TPsF5OZqnhyb7wChG6vtC6vwpm/+RQumTgYQ0yZuRGl9yTY1SAov7fRx8H983b4ckpavDwzkEWeEDeUBmenKGKDvUouVCcsQi64Qmav2EvcLaJpakig9fwBB2XgOHcDNKCFtZATE9giaMUPcCymNgFdOiUuQuI066AiaMEWWtg8wZOLoWBzqmgr7vTMZ4EZB+SXCvVx+0CSNDwDLVPORKsrCDKBhmrNjzbResNapayjJiXjtGb4Az2COQAQFXgTOIBT1kE+HxdV0urHMTaPhou4fqK/EEn1drAJl2jIEJDH0Rxkg2cVIsDnXLRVEfjTYE+fTFysH1RXWYtpURrBV0JnAboRJiQydBkpAP6x/DsQFyS4hJFgu8bYX0GVHV4hpqMGBV+qVg4iSvzEg7Z8EygIAoDIbKfLIXF8GwsOKoI3UmIkmKM9+4UOIezEzyQwnbn+xaTdGaw4dm51JULt4AUDgnZUxuxNzxDJXCAWo4o1iLGPhDGAf7HmyyBO9R1Ql/I7H6iCcxBdTUHAU6w40Dh7odneJfneNvDDhvRXSbfGOjkG1QFLQDCSCjHEqJXHpc3wKGj14z4bbcW62doMce70tbf+oL7OpC/hmdvhQoYEADmVAxY2rXh2TtcN1R8JRlRHm4t2tk1mrp+2hLe/0JMidREf0JebHi+i9wIbmWC0hhP6zs8P0VxCFncMLWMt3lbd3iOuvkY1R5wjKxnnUouMDx/Ldj+iBeTxw0H48kRLBMmfLcfJRh6EQH5BFE1862/i8hpgVBA4dCvX+a4wItMhH1UXnO1aKbVAlVOno6nw7gNkEYxmgTjM+YYW7XACt23Sj5X0ylG9Jy1S6/GUA7v/LWnAmxE1My0xotz4b3e+qvnTarK+5du3Ma/eOVV86kS7TwT4KQjWP4VOqk02GvhdSM0I0TcsaMcjOY1XjJinXJhmUJ3Ivo0o10i8aeoGudxrJREbq55W918kiCp0CvlvtW06hfGJQhunfkkBxTglRmnfjjg79lYAPVBoYdQOORWg2TedbAA5pMEEQoAYH6tJ6Z4jYh2gH+DrHDz0AJbr1YqTTDGxdfC9LvqvoS9q2dXIGJKWEzN9hpY44VCQV8w4VpTefqgx4SJ4vAvXQ2VdqHWKKHj5qK+que6NmaqIx/VHPCSzqPYKOzmIFJOLcAWiAq1GjcSsjzWypqL5oG2LP5UbaLOPBc+S3og9+2XWbWk9Y8qIA7oWyrbFkJXmGg+Cdi5WQM8IoOwH+VJE5CC9RH+tDL4fn7fmn4wnbD6sOFtt/On0mxCiGyPdJqRwf71Um0c5v97D/zZ0z1swP2TqJ4ieQ7CIjYCJulFJAysUDQRGTFk/agIoYMoiUTkkJgTYObN0y3pBZbssZlBH4Ahi+XmGHhI1V8suM3IqHLeTEuQumToigDHhIhbgFS0zziKInRSRzd9BYfNnlQaJRHo9OnhCcTmme4pAa4CrmNfa9nRPeFGnypML6g+qGOIeqA41HfUBI8b2rRNbf1F+yuIgSnP91jd0JN5dTOr7pvpk0EgA+pJByXvCKRQVCQohEIlIlAYww4+AOFf3qtpFYJsq09qKWLUnmahAtialTdPc1t7G4/bLZBNqP4WtbiCxvl+bL1j4C6thxO8ruIoRzqiR39eP5U3d8PJtuCDgC8B1A0HPaHrwwlatmOh9CZXGmbZH07QlpggxUQxxPQKt9kS+PbhRBq40TpCSJ55P2g4Qc4cVc8BqvkHPJfWcHKAkjl6VUhuwhpxLw/wGYByODkUPo0RVwuY51GHk1eDF1mOVAdmByjfkxdgciRUJYWQSrJBN0vQ5BhZXrSmIh7rKe7Nq2rZfAb4sXCyT4RSPx908/tMhB0KHWODLDRizw4agYYT9EoBCRGNqtaffdwAptaLu3Y4QRWhkMuThNi/0PUXCHJ9Ba1PhEUWL/bAery/wriByYWwFKOXfhobjEDH5ws0OUzQZyVCE3leECfX3enlpJx+Qu+G4eRvQnEToS4DiGZIXCF45ojJO6EWRM4vNcGQMMTFdQuFKBSm6LcFxMAswBhN/LNqeDFCbQlaPoENz4k1Gk7dJWZMG15Ie3WG+n7rqnFy8xFkP9jjC+D74yIMhILHR8P3wH0vYnghJEA/x1BOa3U+xmW4OBDLgLo1YbyUlwcm4YOeXyGnirGKaR6bGM/FHeasGV4c4cEJQ7RXBFYGULnrhxfH6JItzAKJFqJ2ajiLF2NhcEXWMQ/VWdTJXoYXJ8ItBS2SPtG+AvO4GF6cokcYag6hS5AkqElFJ2cdXqBJM8BLKMwTYhdTmVwu0KjpC//jgJhqhdTTfLgU3h/Dizdi6ECqsoL4O+gU+cOLt8InG6cWaE2hTJI3vHgvvMBxrwvrErdTzi+rBeJVCTLza+lXijTDt4cW86wYgev1PYZ7VMPXuG9+ULxQoRCKvJQPj2hWfo1yao4aG6CQRJsrsmsPVJJtLRRgZXwTSYS5WvEQc9AORCJaRehfC+8Y4OkC4SrmE+uMTn9nXIaZ9koAhoHw9AVyERLXCpXTjrgajw+7wFEeJAFqDRN01BusSZ5GGjp6hx7TJqsaNqdaS+MCYy2Bz/GJr7hpDXWG9TWmj3JaE4m8VBuFdBjPU0D0YrAuGRhp5PCkb26xjwJcnmF8VKelN0hGZrPKbWYHeM6ddsM72vDGM7XEgaRHeQqkJui09LZGTcS1085Zi+kUaz0WNAtjC0B5uy0A2a5mt43Twmhefgap58Y0Ifwx8ixIe6ZzVmEWAcEGO+Oo7yuzIEDycbOl86e7INUnQGEOPPlcL79UcykTy6WAS8EXi8pcCmXGR6OW7m4GUB/0osnTOOlZgAtACq7YVoMHuexJ9xxksdwEqi+m6QAdYJnnUUEnfhpKZKCxseNqhs55FXVox3PytgaZdLYAXkwrmEUjmZ+iszayDwS/hXvjJdyuzVJm8K3m1L99x/vhdIqcpmokheUPsZGQurizRvDUT9DnwGlnjK4+M2/eCk8MOSQMGsTWgMvy+1vbrgAV79ymqvm1HhLa50NsJE4KokOTGeSsE3qX9ER44tEPHdWZxMG1Rq9u67t+uKNCnYA9PT3Xfs6i5yhME9Q5w7EgfpXK8q4cvbfeA8gv19XjUmVaVbCxiBQKghyOdzzoycipKa6oDicXD3EQF0lM9NYmA+pApj/tzjLJgR/JUMUHBNoCvmpnFVqIJdSmJ/+WwpUAy5DBRK93BLcm3Bp5bwMl/iRACciq2Bd6XRGDQAV86D3aBCzkFtAufOSJ3CEgj2CQFfpbRJHla4TAVS4tqPoglwXjDmAH0gQkE3LvAJ9iVkQaOkQP6GWZC50upc6Y6dE2/1nHnKq0sQsBCtwSyNfoO4GeggM3Z91ApW99/U6E3MaR0C8G9EoTJqdP9U3VDF+/F1gL7FdqfJyEwuAe9dGvv1xVwrZvwgOwvkxjkRaaWbwo0aNktmTVJWq+2ZJeM8i9AYsNlGvgJMl8MxKBrIKpISEVICbIe2U5fLMr2B5fRONTkxw6Xy+Gb/aFFlQEfBIz3AWecOAz3oi8HJi3BwhmStu/uGvQOfsNsvi+4CFTLVmT1HbDN6jPzzCbRUo9VcXLSMO3qBiPArGRRBEtM94P32Kwe4QxLRn6PNLnuobvcFYh6ihAAFCS7NYNsLvvLlAPjyZNKIgH/CWy4fstwY+jQplYoV81wNbCDYy31vA9usskwjE5t2zccbvA6N/3aDDNhGtWYPnxA1jL+b9nXrMV+b+0YvCPyP8F2Jm4+b/gmv+e/+vfO//X16X6Wp2zS/iGbYaZk7PLJKMqVXIkmfSpN9mUkxkKc0JhbijxGeo9PK7KDvVXzxuJ5E0LvJq8RfWI2l6RhQqzKWHNW+haJvdCp7eFd4Uheqj8l4m6/vynPwtQndkI6m1NoefqlyXqzzEp0+uLvc3cq2bXzQ2Aqexb16pbEMhwreQUsaFyoRJ/sfReOg9XXS1UrqpPyK0+SmA1+w2Z3AyHUm7auaAVABrCH+jtcIKPu6apF26avGAs39ZC2QpECjLciT/XiwYhRLoynUHsGO6HZauyc01BRJZ/6emoEf154T2iGqMGmRJqXZcq9xf+oP4PxpJmfgHrfDvbvKlwexabwKe2S/i9qAAH5BY/lMsNBVbVGGLj/T//n52d8Rj/C78wI5X8MJmoT5OJBpB5zqZ6vD+8kKmv5oJLQ1dsMnxZKO5GnGiEa69RC2SfCrf0Bkf+qZy2YrYX72FnP9XzZobbD9/nNW7lX1XnZ1NorBL2ErEud1Uzf/rr3fJhKtcW0fcOsBkKFrILiYnAqy2qmW7l8IP30E6X9ePULu3CoIBJl6ZSsd0JLMAzIg+iakSg2IbEWlFPpS0L9FFDnF7edTK+ebE4JRK9/9XT5qj6g0zMhmnm4N8WPcVJ6w5XbwcCwSp+ABogYGWaMpitbQL624Ov1S9wcnHIclAqc5jaVJncTMxSzMj2PzrY2NndOD4UPYlN46GBahjzqjMMAFO0YXQgoKERMZtZ44k8VHY2kpwdsqx017ghCzt1MyQ5A2S3Nx+bx3batAsgUMsnxDVEKFwakf8LD7ZefZFAcIHnVyJwPTMb9q8iL5sckekE24A5KZhy+nhXXlUi6xvM7uqJ76okKSbp3AJfmbiBFmRXTm11Sn6AXX5sFosagP4i0vTNPOnlgxtgUE1Disn8EPzFeyjvK+wCNuK2Qmvd453IRQdYtECShTlpwr/AbbFcqCaEYGJWyiK8GN2GughE+zdNJdPYIQrPy5v6WvT5nz2x3sLNrPfVefU2Tscb57sbk9HGxd6KHHuD0bz5Ui3Xpdr7h3Pl/dZZ7P7dctH9B84w9/Vp5f7Js8r9/d++p5X7D5NWbuP1eH1mOWVT+J5g7nuCuf9oCeZW5oj7FUngNo5fbwgH2TWp4NYlensuzdr6XGq/cZa0v/8bS5P293/7niftP02eNNzbb0qU9vf/8z9gprR1udC+Jzv745KdbWxP/v3SlX1PNPafN9HY97RhK9OGKX3a6mxbg+2//98q/9DocGN7b2P/YGN/vLF/snE42Rgfb4zPNyYHG5PjjcnJhvAW+2dKzPX3/+OPzMz1nzH51u+XPWsDHUjXJNDa2DnaODndmOxuoDPq1yfT+udNYvX3f/ujslj9cySq2jvckCm4f79MVL82XdSGCLtflTFqe2N/f+NwvIFJRtZnhvoVqZ/+C+du+kMyKG2IKPx/xiRK3/Mk/TPnSfqjsyBdbEzGG9pnqy/T0a9LZLSx9XpNLqPB7tMchEB88Or0alHNP5VC6XYEt/Crjd3zjd2LjaPxxnh/Y3K6cfF+4/X+BrpK/YPJjw43xgcbF282Xo833u59RaajxYbJLAL/RJ/z3znn0T+atug/ePahv/9f35Z+6P/3//qG/ENQ+R9OQLQmxdCvSBO0PhPQ75fo55lcPt+QMme8MRr9Yblv/v6/f2Pym+fT2/yq3DTCyL06Pc3ABDFtoBwv/NIOUUWtMlB4h/9EGWr+/m+/LkXN3/+/v22Omk5735PU/IokNX//f/9RWWo2xAs7X5tyZmP7cGP77cZoZ2P8duP87cb78Qa6KK/KQ2MOg/wqNRS/LjfNc+lnNrZON7Zf4QhHexuj/Y3ReGN/a2P/pw3MarMiM428PtgYn0lV83vlm9lAF5F1KWfc9yG/Nd/M2dbGaGsDUyKuTC3zFe9s/MdKPgOLugGi/7MpaNzUM84hFqmqRZZqDJRDHbZnn8L8T5SlZmNrH3Fk63Bj6+3G9vHG9k8bo7cbO3COdjb2zzaOTjaORxvjvY3xZGPyt42Li403o403+xsqcuOZ9DbrH5/5nvumk/tmQ7zR1p/+5tkENxvbWxsH5xvj3Y3x0YYI4P+nyXczRkehRqSoQVr2esvxUf2KDDXnrze+Z5v5nm3me7aZ79lm/jNnm5lsIQNz9HYDYxD7M8uot64n25rPWZNiRr+h8Ww+GcE3yYSUK7LGDEzmyrmn01lu4KNO1+iNXv67p1RZlynl1+dCOdgY/W3j6GDjeGtDBKX2JzYZCI817w1wvcBc/2dMc7I6Q8m3ZB/5ngrkeyqQ76lAvqcC+S+WCmRjtPUN2UC4PkI+c+ltj76nBfmeFuR3TQvyTEqP9Sk5BgLvDQe0PkHHmhQc77c2jicbKsPduowaf1LpdGcYdK/z35r8AdUvjxUqBeDPKYaDksh4HTaJIZ3QBua7vXoSIaEevoa4xBDc+8pbftERoRhzChsAV/qHJ9ED0FGsJiKhryvYa5XnYEX4svcvf/rftn76HzCK/5XEIf2L94CgneBraGjrJ5JQwXToWWBvXt2W8xs47SaXwHsdrY5xxYvGc3XKOr3vlYkWbtHqQBstFyK5MPzGZRGl2LJ2Er2qrktcrFqskAjzZxkEYMDXU4yn3/rJBEo/NDJoF8Nd+TRxhuWHD7DAMBQRmW5jn81eQSMiLPnhAWMvqr/e/nXD+9P/dgj4cSCXUyvj/uWvnozLdruoZyK0mI9CLyjsl9i/jZUDkCkh+ABwTWSWAh2bDVsAWzx6t3FxLoeFZ2NDMcL/ouOSMdafoaVBRAzh1hH2Ji6dr61OccExQk9Ahx+XU6CpN09ec/WpxijqD5h5g2HHX3vwdF5JeG/RigQBEmlxDJhZWoTG16ZtsRxzGOyjSNOwbGzbC0zPgUZclSXjqoH//IteBnFc/kUsjVwSOBM0Lm+oNtZqWIdqTQdsPeHr5JVOPIpVRkJCE04o7y60tXf4377/fP/5/vP95/vP95/vP99/vv98//n+8/3n+8/3n+8/33++/3z/+f7z/ef7z/ef7z/ff77/fP/5/vP95/vP95/vP/jz/wdF7FT4AKglAA==';

;// CONCATENATED MODULE: ./src/image/runtime-files/runtime-files.ts






/**
 * The runtime files every generated image carries (the CA bundle and the zoneinfo tree), from
 * one source on every build path: an archive pinned in gantry itself (made from Debian's
 * ca-certificates and tzdata by scripts/refresh-runtime-files.sh). So the files depend neither
 * on the machine that builds (the host path) nor on the builder image (the container paths), and
 * the same commit and toolchain give the same image digest whichever path built it.
 */
/** The archive as shipped: etc/ssl/certs/ca-certificates.crt and usr/share/zoneinfo/... */
function runtimeFilesArchive() {
    return Buffer.from(RUNTIME_FILES_GZ_BASE64, 'base64');
}
const ZONEINFO = 'usr/share/zoneinfo';
const CERTS = 'etc/ssl/certs/ca-certificates.crt';
/** The archive's files as the image assembly takes them. */
async function runtimeFiles(archive = runtimeFilesArchive()) {
    const zoneinfo = [];
    let caCertificates;
    for (const e of await tar_entries_readTarEntries(external_stream_.Readable.from([external_zlib_.gunzipSync(archive)]))) {
        const name = e.name.replace(/^\.?\//, '').replace(/\/$/, '');
        if (name === CERTS)
            caCertificates = e.body;
        if (name !== ZONEINFO && !name.startsWith(`${ZONEINFO}/`))
            continue;
        const rel = name.slice(ZONEINFO.length).replace(/^\//, '');
        if (e.type === 'directory')
            zoneinfo.push({ path: rel, mode: e.mode, type: 'dir' });
        else if (e.type === 'symlink')
            zoneinfo.push({ path: rel, mode: e.mode, type: 'symlink', linkname: e.linkname });
        else if (e.type === 'file')
            zoneinfo.push({ path: rel, mode: e.mode, type: 'file', body: e.body });
    }
    if (!caCertificates)
        throw new Error(`gantry's runtime files archive has no ${CERTS}`);
    return { caCertificates, zoneinfo };
}
let runtime_files_layers;
/** The certificates and zoneinfo layers, made once per process. */
function runtimeFileLayers() {
    runtime_files_layers ??= runtimeFiles().then((f) => rootfsLayers(f));
    return runtime_files_layers;
}
/**
 * What the two layers made of the archive above are (a unit test makes them and compares; update
 * these with the archive or the layer format). A push needs only these until the registry turns
 * out to lack a layer: the layers themselves (about 0.4 s of CPU) are then made for the upload.
 */
const RUNTIME_FILE_LAYERS = {
    certificates: { diffId: 'sha256:ea379a0dbb80b81d214554be2a48756e318533c3a4c82b56cbac3586c97f8cd5', digest: 'sha256:333bbe1bf11ea8b29489f2f653092adeabebfc9324adcb37a07119f021da05f0', size: 130042, tarSize: 222720 },
    zoneinfo: { diffId: 'sha256:b6543679a47b8bb702348688e596cc73e0096770be823c925ddc729c1f1f1c3f', digest: 'sha256:32f9a197235eb0c5dedfeb4d9db41748d88079e597701ac7fd626705fdaa4930', size: 383567, tarSize: 2239488 },
};
/** The runtime files' layers as descriptors only (no bytes): what a push's config and manifest need. */
function runtimeFileDescriptors() {
    const of = (d) => ({ diffId: d.diffId, digest: d.digest, size: d.size, tarSize: d.tarSize, mediaType: LAYER_MEDIA_TYPE });
    return { certificates: of(RUNTIME_FILE_LAYERS.certificates), zoneinfo: of(RUNTIME_FILE_LAYERS.zoneinfo) };
}

;// CONCATENATED MODULE: ./src/image/buildkit/build-progress.ts
/**
 * Turns BuildKit status updates into the lines a user sees with --progress=plain:
 * "#5 [build 4/7] RUN go mod download", its output, then "#5 CACHED" or "#5 DONE 1.2s".
 * Keeps every step's last log lines so a failure can show them.
 */
class BuildProgress {
    print;
    tailSize;
    numbers = new Map();
    names = new Map();
    done = new Set();
    tails = new Map();
    partial = new Map();
    steps = [];
    constructor(print, tailSize = 20) {
        this.print = print;
        this.tailSize = tailSize;
    }
    num(digest) {
        let n = this.numbers.get(digest);
        if (n === undefined) {
            n = this.numbers.size + 1;
            this.numbers.set(digest, n);
        }
        return n;
    }
    update(s) {
        for (const v of s.vertexes) {
            const n = this.num(v.digest);
            if (!this.names.has(v.digest) && v.name) {
                this.names.set(v.digest, v.name);
                if (!v.cached || !v.completed)
                    this.print(`#${n} ${v.name}`);
            }
            if (this.done.has(v.digest))
                continue;
            if (v.cached && v.completed !== undefined) {
                this.done.add(v.digest);
                this.print(`#${n} ${this.names.get(v.digest) ?? v.name} CACHED`);
                this.steps.push({ name: v.name, cached: true, seconds: 0, error: '' });
            }
            else if (v.error) {
                this.done.add(v.digest);
                this.print(`#${n} ERROR: ${v.error}`);
                this.steps.push({ name: v.name, cached: false, seconds: 0, error: v.error });
            }
            else if (v.completed !== undefined) {
                this.done.add(v.digest);
                const secs = v.started !== undefined ? Math.max(0, v.completed - v.started) : 0;
                this.print(`#${n} DONE ${secs.toFixed(1)}s`);
                this.steps.push({ name: v.name, cached: false, seconds: secs, error: '' });
            }
        }
        for (const l of s.logs) {
            const n = this.num(l.vertex);
            const text = (this.partial.get(l.vertex) ?? '') + l.data.toString('utf8');
            const lines = text.split(/\r?\n/);
            this.partial.set(l.vertex, lines.pop() ?? '');
            const tail = this.tails.get(l.vertex) ?? [];
            for (const line of lines) {
                this.print(`#${n} ${line}`);
                tail.push(line);
            }
            this.tails.set(l.vertex, tail.slice(-this.tailSize));
        }
    }
    /** The name and last log lines of the step that failed, if any. */
    failure() {
        const failed = this.steps.find((s) => s.error);
        if (!failed)
            return undefined;
        for (const [digest, name] of this.names) {
            if (name === failed.name) {
                const tail = [...(this.tails.get(digest) ?? [])];
                const rest = this.partial.get(digest);
                if (rest)
                    tail.push(rest);
                return { step: name, tail };
            }
        }
        return { step: failed.name, tail: [] };
    }
}

;// CONCATENATED MODULE: ./src/image/buildkit/image-created.ts



/**
 * Sets an image config's creation time (and its history's) to the commit time, so the same
 * commit built twice gives the same config and digest. BuildKit in Docker 20.10 predates
 * SOURCE_DATE_EPOCH, so gantry rewrites the config through save/load.
 */
function withCreated(configJson, created) {
    const config = JSON.parse(configJson);
    config.created = created;
    for (const h of config.history ?? [])
        h.created = created;
    return JSON.stringify(config);
}
function writeTar(entries) {
    const pack = tar_stream.pack();
    for (const e of entries)
        pack.entry(e.header, e.body);
    pack.finalize();
    return pack;
}
/** Returns the id of the image with `created` set and tagged `references`. */
async function setImageCreated(engine, imageId, created, references) {
    const info = await engine.inspectImage(imageId);
    if (!info)
        throw new Error(`image ${imageId} vanished after the build`);
    const entries = await readTarEntries(await engine.save(imageId));
    const manifestEntry = entries.find((e) => e.header.name === 'manifest.json');
    if (!manifestEntry)
        throw new Error('the engine saved an image without manifest.json');
    const manifest = JSON.parse(manifestEntry.body.toString('utf8'));
    const configEntry = entries.find((e) => e.header.name === manifest[0].Config);
    if (!configEntry)
        throw new Error('the engine saved an image without its config');
    const config = withCreated(configEntry.body.toString('utf8'), created);
    const id = (0,external_crypto_.createHash)('sha256').update(config).digest('hex');
    configEntry.header = { ...configEntry.header, name: `${id}.json`, size: Buffer.byteLength(config) };
    configEntry.body = Buffer.from(config);
    manifest[0].Config = `${id}.json`;
    manifest[0].RepoTags = references;
    manifestEntry.body = Buffer.from(JSON.stringify(manifest));
    manifestEntry.header = { ...manifestEntry.header, size: manifestEntry.body.length };
    const kept = entries.filter((e) => e.header.name !== 'repositories');
    await engine.load(writeTar(kept));
    return `sha256:${id}`;
}

;// CONCATENATED MODULE: ./src/image/buildkit/engine-build.ts














/** The images a Dockerfile's FROM lines pull (not its own stages, not scratch, not ones built from args), with whether FROM names a platform. */
function fromImages(dockerfile) {
    const stages = new Set();
    const out = [];
    for (const line of dockerfile.split('\n')) {
        const m = /^\s*FROM\s+((?:--\S+\s+)*)(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!m)
            continue;
        const image = m[2];
        if (!stages.has(image.toLowerCase()) && image !== 'scratch' && !image.includes('$') && !out.some((o) => o.image === image)) {
            out.push({ image, ownPlatform: /--platform=/.test(m[1]) });
        }
        if (m[3])
            stages.add(m[3].toLowerCase());
    }
    return out;
}
/**
 * Pulls, through the engine with their registry's credentials, the FROM images whose registry
 * has some (registry_auth_config, or the pair for a registry pushed to): BuildKit then finds
 * them in the engine's store. Images without credentials are left to BuildKit as before.
 */
async function pullBases(engine, dockerfile, target, reporter) {
    for (const { image, ownPlatform } of fromImages(dockerfile)) {
        if (!engine.credentialsFor(image))
            continue;
        const platform = target && !ownPlatform ? `${target.os}/${target.arch}` : undefined;
        reporter.info(`pulling ${image} with the credentials of its registry`);
        try {
            await engine.pull(image, platform);
        }
        catch (err) {
            const m = (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
            if (registry_auth/* PULL_REFUSED */.$X.test(m))
                throw new errors/* UserError */.yo(`the engine cannot pull '${image}': its registry refuses the credentials given (${m}); check registry_auth_config`);
            reporter.debug(`pull of ${image} failed (${m}); the build resolves it itself`);
        }
    }
}
/** Explains a failed build step in one line: the compiler's or engine's own words. */
function buildFailure(step, error, tail, plan) {
    if (registry_auth/* PULL_REFUSED */.$X.test(error) && /failed to resolve source metadata|failed to authorize|pull access denied|failed to fetch|unexpected status/i.test(error)) {
        const image = /(?:metadata for|source metadata for|pull access denied for) ([^\s:,]+(?::[0-9]+)?\/[^\s,]+|[^\s,]+)/i.exec(error)?.[1]?.replace(/[:,]$/, '') ?? '';
        return new errors/* UserError */.yo(`the engine cannot pull ${image ? `'${image}'` : `an image for step '${step}'`}: its registry needs credentials (${error.split('\n')[0]}); give them in registry_auth_config (or registry_username and registry_password for the registry pushed to)`);
    }
    if (/failed to resolve source metadata|pull access denied|not found: manifest unknown|failed to do request|repository does not exist|no such image/i.test(error)) {
        // The image a failed registry request was about, from its URL (…/v2/PATH/manifests/REF).
        const asked = /https?:\/\/([^/\s"]+)\/v2\/(\S+?)\/manifests\/([^\s"]+)/.exec(error);
        const named = asked ? `${asked[1]}/${asked[2]}${asked[3].startsWith('sha256:') ? '@' : ':'}${asked[3]}` : '';
        if (named && !named.startsWith(plan.builderImage))
            return new errors/* UserError */.yo(`the engine cannot pull '${named}': ${error.split('\n')[0]}`);
        const image = /FROM|load metadata/i.test(step) || error.includes(plan.builderImage) ? plan.builderImage : '';
        if (image === plan.builderImage) {
            return (0,errors/* inputError */.Xu)('go_version', `the engine cannot get builder image '${plan.builderImage}' (${error.split('\n')[0]})`, 'a Go version whose builder image exists, or builder_image');
        }
        return new errors/* UserError */.yo(`the engine cannot get an image for step '${step}': ${error.split('\n')[0]}`);
    }
    const lines = tail.map((l) => l.trim()).filter((l) => l && !/^#\s/.test(l));
    const compiler = lines.filter((l) => /\.go:\d+(:\d+)?:/.test(l));
    const detail = (compiler.length ? compiler : lines.slice(-5)).join(' | ');
    return new errors/* UserError */.yo(`build failed at '${step}'${detail ? `: ${detail}` : `: ${error}`}`);
}
function printPlan(plan, reporter) {
    for (const w of plan.warnings)
        reporter.warn(w);
    if (plan.dockerfile)
        reporter.info(`go ${plan.goVersion} on ${plan.builderImage}, ${plan.platform}, binary ${plan.binaryName}`);
    else
        reporter.info(`your own Dockerfile, ${plan.platform}`);
    reporter.info(`tags: ${plan.references.join(', ')}`);
}
/** Builds one planned image in the engine and tags it; nothing is pushed. */
async function buildImage(spec, plan, commitTime, reporter, env, engine, opts = {}) {
    printPlan(plan, reporter);
    const dockerfileText = plan.dockerfile ?? (0,context_facts/* readDockerfile */.n_)(spec.dockerfile.path);
    // Secrets are read, masked and checked (build args, the Dockerfile's mounts) before building.
    const secrets = await prepareSecrets(spec.secrets, spec.buildArgs, reporter, env, dockerfileText);
    await pullBases(engine, dockerfileText, opts.target, reporter);
    const root = spec.contextRoot ?? spec.context;
    // A context widened to local modules sends only the module's folder and theirs.
    const rel = (d) => external_path_.relative(root, d).split(external_path_.sep).join('/');
    const only = spec.contextRoot && rel(spec.context) ? ['*', ...[spec.context, ...spec.localModules].map((d) => `!${rel(d)}`)] : [];
    const tar = contextTar(root, {
        exclude: [...only, ...(opts.exclude ?? []), ...(plan.dockerfile ? ['.git', '.gantry', build_plan/* CONTEXT_DOCKERFILE */.ld] : ['.gantry', build_plan/* CONTEXT_DOCKERFILE */.ld])],
        extra: { [build_plan/* CONTEXT_DOCKERFILE */.ld]: secrets.dockerfile, ...(plan.dockerfile ? { [context_name/* RUNTIME_FILES_CONTEXT */.J]: runtimeFilesArchive() } : {}) },
    });
    const started = Date.now();
    let builtId = '';
    const progress = new BuildProgress((line) => reporter.info(line));
    await reporter.group(`Build ${plan.repository}${plan.goVersion ? ` (Go ${plan.goVersion})` : ''}`, async () => {
        const options = {
            dockerfile: build_plan/* CONTEXT_DOCKERFILE */.ld,
            buildargs: plan.buildArgs,
            labels: plan.labels,
        };
        if (spec.buildNetwork !== 'default')
            options.networkmode = spec.buildNetwork;
        if (opts.target)
            options.platform = `${opts.target.os}/${opts.target.arch}`;
        const session = await secrets.openSession(engine, (m) => reporter.debug(m));
        if (session)
            options.session = session.id;
        try {
            await engine.build(tar, options, (m) => {
                (0,preload/* waitingOnEngine */.x)();
                if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string')
                    progress.update(decodeStatus(m.aux));
                else if (m.id === 'moby.image.id')
                    builtId = m.aux.ID;
                else if (m.stream && m.stream.trim())
                    reporter.info(m.stream.trimEnd());
            });
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
            const failure = progress.failure();
            const message = err instanceof Error ? err.message : String(err);
            const failed = buildFailure(failure?.step ?? 'build', message, failure?.tail ?? [], plan);
            failed.message += (0,private_modules/* privateFetchHint */.Tp)(failed.message, spec.secrets.goprivate);
            throw failed;
        }
        finally {
            await session?.close();
        }
    });
    if (!builtId)
        throw new Error('the engine finished the build without an image id');
    opts.afterBuild?.();
    const buildSeconds = (Date.now() - started) / 1000;
    let imageId = builtId;
    const created = plan.labels['org.opencontainers.image.created'];
    if (created)
        imageId = await setImageCreated(engine, builtId, created, plan.references);
    else
        for (const t of plan.tags)
            await engine.tag(builtId, plan.repository, t);
    if (imageId !== builtId)
        await engine.removeImage(builtId);
    reporter.info(`built ${imageId} in ${buildSeconds.toFixed(1)}s`);
    await secrets.scanImage(engine, imageId, plan.references);
    return { plan, imageId, commitTime, buildSeconds, sizeBytes: (await engine.inspectImage(imageId))?.Size ?? 0 };
}

;// CONCATENATED MODULE: ./src/image/direct/base-image.ts










/**
 * Where reproducibly compressed base layers are kept: the runner's cache folder, one subfolder
 * per compression (a blob made another way would give another digest than a fresh runner's).
 */
function layerCacheDir(env) {
    return external_path_.join(userCacheDir(env), 'gantry', 'base-layers', `gzip${GZIP_LEVEL}-${GZIP_CHUNK}`);
}
const GZIP_LAYER_TYPES = [LAYER_MEDIA_TYPE, 'application/vnd.oci.image.layer.v1.tar+gzip'];
/** Whether a manifest or index entry's platform is the one asked for. */
function samePlatform(p, want) {
    return Boolean(p && p.os === want.os && p.architecture === want.arch && (want.arch !== 'arm' || !p.variant || p.variant === 'v7'));
}
/** The base from the target registry's own repository, or undefined when that registry does not hold it. */
async function baseFromRegistry(image, platform, client) {
    const { repository, tag, digest } = (0,image_ref/* splitReference */.mQ)(image);
    const repo = (0,image_ref/* parseRepository */.SU)(repository, 'runtime_image');
    const ref = digest || tag || 'latest';
    const found = await client.getImage(repo.path, ref, (entries) => {
        const entry = entries.find((e) => samePlatform(e.platform, platform));
        if (!entry)
            throw new errors/* UserError */.yo(`runtime_image '${image}' has no ${(0,plan_platforms/* platformText */.VQ)(platform)} image (it has ${entries.map((e) => `${e.platform?.os}/${e.platform?.architecture}`).join(', ')})`);
        return entry;
    });
    if (!found)
        return undefined;
    const config = JSON.parse(found.config.toString('utf8'));
    if (!samePlatform(config, platform)) {
        throw new errors/* UserError */.yo(`runtime_image '${image}' is ${config.os}/${config.architecture}, not ${(0,plan_platforms/* platformText */.VQ)(platform)}`);
    }
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== found.layers.length)
        throw new errors/* UserError */.yo(`runtime_image '${image}': its manifest and config name different layer counts`);
    const layers = found.layers.map((l, i) => {
        if (!GZIP_LAYER_TYPES.includes(l.mediaType)) {
            throw new errors/* UserError */.yo(`runtime_image '${image}' has a layer of type ${l.mediaType}; the direct build takes gzip layers only (build_mode: buildkit builds it)`);
        }
        return { diffId: diffIds[i], digest: l.digest, size: l.size, mediaType: LAYER_MEDIA_TYPE, mountFrom: repo.path };
    });
    return { image, source: 'registry', config, layers };
}
function writeAtomic(file, data) {
    external_fs_.mkdirSync(external_path_.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${external_crypto_.randomBytes(4).toString('hex')}.tmp`;
    external_fs_.writeFileSync(tmp, data);
    external_fs_.renameSync(tmp, file);
}
const hex = (digest) => digest.replace(/^sha256:/, '');
/** Reads every entry of a `docker save` stream into memory. */
async function readSaved(stream) {
    return new Map((await readTarEntries(stream)).filter((e) => e.header.type === 'file').map((e) => [e.header.name, e.body]));
}
function cachedImage(dir, imageId) {
    try {
        const cached = JSON.parse(external_fs_.readFileSync(external_path_.join(dir, 'images', `${hex(imageId)}.json`), 'utf8'));
        for (const l of cached.layers)
            if (!external_fs_.existsSync(external_path_.join(dir, 'blobs', hex(l.digest))))
                return undefined;
        return cached;
    }
    catch {
        return undefined;
    }
}
/** The base as the engine holds it (pulled for the platform when absent), its layers compressed once. */
async function baseFromEngine(image, platform, engine, reporter, cacheDir) {
    let info = await engine.inspectImage(image);
    if (!info) {
        reporter.info(`pulling runtime image ${image} for ${(0,plan_platforms/* platformText */.VQ)(platform)}`);
        try {
            await engine.pull(image, (0,plan_platforms/* platformText */.VQ)(platform));
        }
        catch (err) {
            const m = (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
            const credentials = engine.credentialsFor(image);
            if (registry_auth/* PULL_REFUSED */.$X.test(m)) {
                const why = credentials ? 'its registry refuses the credentials given' : /repository does not exist/i.test(m) ? 'no such image, or its registry needs credentials to pull it' : 'its registry needs credentials to pull it';
                throw new errors/* UserError */.yo(`runtime_image '${image}': ${why} (${m}); ${credentials ? 'check' : 'give them in'} registry_auth_config`);
            }
            throw err;
        }
        info = await engine.inspectImage(image);
        if (!info)
            throw new errors/* UserError */.yo(`runtime_image '${image}': the engine pulled it but does not list it`);
    }
    const actual = { os: info.Os, architecture: info.Architecture, variant: info.Variant };
    if (!samePlatform(actual, platform)) {
        throw new errors/* UserError */.yo(`runtime_image '${image}' in the engine is ${info.Os}/${info.Architecture}, not ${(0,plan_platforms/* platformText */.VQ)(platform)}; push it to the image's registry (it is mounted from there) or use build_mode: buildkit`);
    }
    let cached = cachedImage(cacheDir, info.Id);
    if (!cached) {
        const started = Date.now();
        const files = await readSaved(await engine.save(info.Id));
        const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '[]');
        const configBytes = manifest[0] && files.get(manifest[0].Config);
        if (!configBytes)
            throw new Error(`the engine saved ${image} without its config`);
        const config = JSON.parse(configBytes.toString('utf8'));
        const diffIds = config.rootfs?.diff_ids ?? [];
        const layers = [];
        for (const [i, name] of manifest[0].Layers.entries()) {
            const tar = files.get(name);
            if (!tar)
                throw new Error(`the engine saved ${image} without layer ${name}`);
            const diffId = sha256(tar);
            if (diffId !== diffIds[i])
                throw new Error(`the engine saved layer ${i + 1} of ${image} with diff id ${diffId}, not ${diffIds[i]}`);
            const known = readLayer(cacheDir, diffId);
            if (known) {
                layers.push(known);
                continue;
            }
            const blob = await reproducibleGzip(tar);
            const layer = { diffId, digest: sha256(blob), size: blob.length, tarSize: tar.length };
            writeAtomic(external_path_.join(cacheDir, 'blobs', hex(layer.digest)), blob);
            writeAtomic(external_path_.join(cacheDir, 'layers', `${hex(diffId)}.json`), JSON.stringify(layer));
            layers.push(layer);
        }
        cached = { config: configBytes.toString('utf8'), layers };
        writeAtomic(external_path_.join(cacheDir, 'images', `${hex(info.Id)}.json`), JSON.stringify(cached));
        reporter.info(`runtime image ${image}: ${layers.length} layer(s) compressed from the engine in ${((Date.now() - started) / 1000).toFixed(1)}s (kept for later builds)`);
    }
    return {
        image,
        source: 'engine',
        config: JSON.parse(cached.config),
        layers: cached.layers.map((l) => ({ ...l, mediaType: LAYER_MEDIA_TYPE, blobPath: external_path_.join(cacheDir, 'blobs', hex(l.digest)) })),
    };
}
function readLayer(dir, diffId) {
    try {
        const layer = JSON.parse(external_fs_.readFileSync(external_path_.join(dir, 'layers', `${hex(diffId)}.json`), 'utf8'));
        return external_fs_.existsSync(external_path_.join(dir, 'blobs', hex(layer.digest))) ? layer : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether the runtime image names the target registry (so its blobs can be mounted there). */
function inRegistry(image, registry) {
    if (image === 'scratch')
        return false;
    try {
        return (0,image_ref/* parseRepository */.SU)((0,image_ref/* splitReference */.mQ)(image).repository, 'runtime_image').registry === registry;
    }
    catch {
        return false;
    }
}
/** The runtime base for a build: scratch, the target registry's copy, or the engine's. */
async function resolveBase(o) {
    if (o.image === 'scratch')
        return { image: 'scratch', source: 'scratch', layers: [] };
    if (o.client && inRegistry(o.image, o.registry)) {
        const base = await baseFromRegistry(o.image, o.platform, o.client);
        if (base)
            return base;
        o.reporter.info(`runtime image ${o.image} is not in registry ${o.registry}; taking it from the engine`);
    }
    return baseFromEngine(o.image, o.platform, o.engine, o.reporter, o.cacheDir);
}

// EXTERNAL MODULE: ./src/image/direct/build-path.ts
var build_path = __webpack_require__(93391);
;// CONCATENATED MODULE: ./src/image/direct/builder-key.ts


/** Label marking gantry's builder containers; the key fields follow under BUILDER_LABEL.*. */
const BUILDER_LABEL = 'org.gantry.builder';
const MODCACHE = '/go/pkg/mod';
const GOCACHE = '/root/.cache/go-build';
/** Where the work trees live inside a builder. */
const WORK_ROOT = '/work';
/** The file whose age ends an idle builder. */
const ALIVE_MARKER = '/tmp/.gantry-alive';
function shortHash(parts, n = 12) {
    return (0,external_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, n);
}
function nameSafe(s) {
    return s.replace(/[^A-Za-z0-9_.-]/g, '-');
}
function builderName(k) {
    const h = shortHash([k.image, k.goVersion, k.os, k.arch, String(k.cgo), k.network, k.goproxy]);
    return `gantry-builder-${nameSafe(k.goVersion)}-${k.os}-${k.arch}${k.cgo ? '-cgo' : ''}-${h}`;
}
function builderLabels(k) {
    return {
        [BUILDER_LABEL]: 'true',
        [`${BUILDER_LABEL}.image`]: k.image,
        [`${BUILDER_LABEL}.go-version`]: k.goVersion,
        [`${BUILDER_LABEL}.platform`]: `${k.os}/${k.arch}`,
        [`${BUILDER_LABEL}.cgo`]: String(k.cgo),
        [`${BUILDER_LABEL}.network`]: k.network,
        [`${BUILDER_LABEL}.goproxy`]: k.goproxy,
    };
}
/** Whether a container's labels say it is the builder of this key. */
function isBuilderOf(labels, k) {
    const want = builderLabels(k);
    return Object.entries(want).every(([l, v]) => labels?.[l] === v);
}
/** The builder's cache volumes: the module cache (per Go version) and the compiler cache (per Go version and platform). */
function builderVolumes(k) {
    return (0,dockerfile/* cacheIds */.LH)(k.goVersion, k.os, k.arch, k.cgo);
}
/**
 * The builder's first process: it ends (and the container with it, being auto-removed) once
 * the alive marker is older than the idle time; every build touches the marker.
 */
function idleLoop(idleMinutes) {
    const seconds = Math.max(1, Math.floor(idleMinutes)) * 60;
    const m = ALIVE_MARKER;
    return ['sh', '-c', `touch ${m}; while [ $(( $(date +%s) - $(stat -c %Y ${m} 2>/dev/null || echo 0) )) -lt ${seconds} ]; do sleep 5; done`];
}
/** A service's work tree inside a builder: its name and a hash of where its sources come from. */
function workTreeName(service, sourceRoot, os, arch) {
    return `${nameSafe(service || 'service').slice(0, 40)}-${shortHash([sourceRoot, service, os, arch], 10)}`;
}

;// CONCATENATED MODULE: ./src/image/direct/builder.ts








/** An engine error meaning the builder container is gone or no longer running. */
function builderGone(err) {
    const status = err.statusCode;
    return status === 404 || status === 409 || /no such container|is not running|container .* is (paused|restarting)|is marked for removal/i.test((0,errors/* errorMessage */.gJ)(err));
}
const NO_CACHES = { restore: async () => undefined, expected: () => [], accept: () => undefined, drop: async () => undefined };
class BuilderPool {
    engine;
    reporter;
    idleMinutes;
    native;
    filesDir;
    caches;
    builders = new Map();
    /** Builders used in this run, for cache_dir's save. */
    used = new Map();
    constructor(engine, reporter, idleMinutes, 
    /** The engine's own platform (os/arch), which builders run on. */
    native, 
    /** Where builder images' files are kept between runs (builderFilesDir). */
    filesDir, 
    /** cache_dir's side of a builder: its restore, what a build may take as already restored, dropping a damaged cache. */
    caches = NO_CACHES) {
        this.engine = engine;
        this.reporter = reporter;
        this.idleMinutes = idleMinutes;
        this.native = native;
        this.filesDir = filesDir;
        this.caches = caches;
    }
    prepared = new Map();
    /** cache_dir's restore into a builder, once per builder and run (concurrent callers share it). */
    prepare(b) {
        let p = this.prepared.get(b.id);
        if (!p) {
            p = this.caches.restore(b);
            this.prepared.set(b.id, p);
        }
        return p;
    }
    /** A restore another build of this run started into `b`, if any: done when it is. */
    restoring(b) {
        return this.prepared.get(b.id) ?? Promise.resolve();
    }
    /**
     * What a build that skips prepare() requires of the builder's cache volumes: each path's
     * stamp, for the restore to have nothing to do (none for volumes restored already).
     */
    expectedStamps(b) {
        return this.caches.expected(b);
    }
    /** A build found the stamps expectedStamps() gave: the volumes count as restored. */
    stampsFound(b) {
        this.caches.accept(b);
    }
    /** After a failed compile: drops a build cache this run restored from cache_dir (returns the folder), if any. */
    dropRestoredCache(b) {
        return this.caches.drop(b);
    }
    temporaries = [];
    /** A temporary folder (compiled binaries) removed by cleanup() at the end of the run. */
    temporary(dir) {
        // Removed when the process ends: the supply chain step after the build may still read them.
        if (!this.temporaries.length)
            process.once('exit', () => this.cleanup());
        this.temporaries.push(dir);
    }
    cleanup() {
        for (const d of this.temporaries.splice(0))
            external_fs_.rmSync(d, { recursive: true, force: true });
    }
    /** The running builder of `key`, created when missing (concurrent callers share one). */
    get(key) {
        const name = builderName(key);
        let p = this.builders.get(name);
        if (!p) {
            p = this.ensure(key).then(async (b) => {
                if (!this.used.has(name)) {
                    this.used.set(name, b);
                    // The image's files are read while the build runs (a failure shows where they are used).
                    this.rootfsOf(b).catch(() => undefined);
                }
                return b;
            });
            this.builders.set(name, p);
            p.catch(() => this.builders.delete(name));
        }
        return p;
    }
    /** After the builder vanished mid-build: forget it, make a new one. */
    recreate(key) {
        const name = builderName(key);
        this.builders.delete(name);
        return this.get(key);
    }
    async ensure(key) {
        const name = builderName(key);
        // Only a missing container (404) is none: an engine that fails here fails the build.
        const existing = await this.engine.inspectContainer(name);
        if (existing) {
            if (existing.State?.Running && isBuilderOf(existing.Config?.Labels, key)) {
                this.reporter.debug(`builder ${name} is running (since ${existing.State.StartedAt})`);
                return { key, name, id: existing.Id, imageId: existing.Image, newVolumes: [] };
            }
            this.reporter.info(`builder ${name} is ${existing.State?.Status ?? 'stopped'}; replacing it`);
            await this.engine.removeContainer(name);
        }
        return this.create(key);
    }
    async create(key, tries = 10) {
        const name = builderName(key);
        const started = Date.now();
        if (!(await this.engine.inspectImage(key.image))) {
            this.reporter.info(`builder image ${key.image}: pulling`);
            try {
                await this.engine.pull(key.image, this.native);
            }
            catch (err) {
                const m = (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
                // Docker Hub answers a missing repository and a private one alike ("repository does not exist or may
                // require 'docker login'"): without credentials for it, the version is the likelier mistake.
                const credentials = this.engine.credentialsFor?.(key.image);
                if (registry_auth/* PULL_REFUSED */.$X.test(m) && (credentials || !/repository does not exist/i.test(m)))
                    throw new errors/* UserError */.yo(`builder image '${key.image}': its registry ${credentials ? 'refuses the credentials given' : 'needs credentials to pull it'} (${m}); give them in registry_auth_config`);
                throw (0,errors/* inputError */.Xu)('go_version', `the engine cannot get builder image '${key.image}' (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]})`, 'a Go version whose builder image exists, or builder_image');
            }
        }
        const vols = builderVolumes(key);
        const newVolumes = [];
        for (const v of [vols.mod, vols.build]) {
            const had = await this.engine.volumeExists(v);
            if (!had) {
                await this.engine.createVolume(v, { [`org.gantry.cache`]: v });
                newVolumes.push(v);
            }
        }
        const env = [`GOCACHE=${GOCACHE}`, `GOMODCACHE=${MODCACHE}`];
        if (key.goproxy)
            env.push(`GOPROXY=${key.goproxy}`);
        try {
            const id = await this.engine.createContainer({
                name,
                Image: key.image,
                Cmd: idleLoop(this.idleMinutes),
                Entrypoint: [],
                Env: env,
                WorkingDir: WORK_ROOT,
                Labels: builderLabels(key),
                HostConfig: {
                    AutoRemove: true,
                    NetworkMode: key.network === 'default' ? undefined : key.network,
                    Mounts: [
                        { Type: 'volume', Source: vols.mod, Target: MODCACHE },
                        { Type: 'volume', Source: vols.build, Target: GOCACHE },
                    ],
                },
            });
            await this.engine.startContainer(id);
            this.reporter.info(`builder ${name}: created from ${key.image} in ${((Date.now() - started) / 1000).toFixed(1)}s (ends itself after ${this.idleMinutes} idle minutes)`);
            return { key, name, id, imageId: (await this.engine.inspectImage(key.image))?.Id ?? '', newVolumes, created: true };
        }
        catch (err) {
            // Another run made it at the same moment: use theirs.
            if (err.statusCode === 409) {
                const other = await this.engine.inspectContainer(name).catch(() => undefined);
                if (other?.State?.Running)
                    return { key, name, id: other.Id, imageId: other.Image, newVolumes };
                // The old one is still being removed (a builder killed a moment ago): wait for its name.
                if (tries > 1) {
                    await this.engine.removeContainer(name);
                    await new Promise((r) => setTimeout(r, 300));
                    return this.create(key, tries - 1);
                }
            }
            throw new errors/* UserError */.yo(`cannot start builder ${name} from ${key.image}: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
        }
    }
    /** The CA bundle and zoneinfo layers the image gets: gantry's pinned runtime files, whichever builder compiled (so every path gives one digest). */
    rootfsOf(_b) {
        return runtimeFileLayers();
    }
}
/** Reads every entry of a tar stream. */
function readTar(archive, onEntry) {
    return new Promise((resolve, reject) => {
        const extract = tarStream.extract();
        extract.on('entry', (header, stream, next) => {
            const chunks = [];
            stream.on('data', (c) => chunks.push(c));
            stream.on('end', () => {
                onEntry(header, Buffer.concat(chunks));
                next();
            });
            stream.on('error', reject);
        });
        extract.on('finish', () => resolve());
        extract.on('error', reject);
        archive.on('error', reject);
        archive.pipe(extract);
    });
}
/** Where a builder image's CA bundle and zoneinfo are kept between runs (they never change for one image id). */
function builderFilesDir(env) {
    return external_path_.join(userCacheDir(env), 'gantry', 'builder-files');
}

;// CONCATENATED MODULE: ./src/image/direct/source-sync.ts






/** What to send and delete to turn `previous` into `next`. Pure. */
function diffManifests(previous, next) {
    const changed = Object.keys(next).filter((p) => previous[p] !== next[p]).sort();
    const deleted = Object.keys(previous).filter((p) => !(p in next)).sort();
    return { changed, deleted };
}
/** Parses a manifest read back from a work tree; anything unreadable is an empty one (everything is sent). */
function parseManifest(text) {
    try {
        const v = JSON.parse(text);
        if (!v || typeof v !== 'object' || Array.isArray(v))
            return {};
        const out = {};
        for (const [k, h] of Object.entries(v))
            if (typeof h === 'string')
                out[k] = h;
        return out;
    }
    catch {
        return {};
    }
}
/** Whether go.mod/go.sum (of the module or of a local module) are among the changes: modules are downloaded then. */
function modulesChanged(d) {
    return [...d.changed, ...d.deleted].some((p) => /(^|\/)go\.(mod|sum)$/.test(p));
}
/** The manifest of a folder: every file the build context would hold. */
function localManifest(root, exclude) {
    const ignore = contextIgnore(root, exclude);
    const out = {};
    const walk = (dir) => {
        let entries;
        try {
            entries = external_fs_.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const abs = external_path_.join(dir, e.name);
            if (ignore(abs))
                continue;
            const rel = external_path_.relative(root, abs).split(external_path_.sep).join('/');
            if (e.isDirectory())
                walk(abs);
            else if (e.isSymbolicLink())
                out[rel] = `link:${external_fs_.readlinkSync(abs)}`;
            else if (e.isFile()) {
                const mode = external_fs_.statSync(abs).mode & 0o111 ? '755' : '644';
                out[rel] = `${mode}:${(0,external_crypto_.createHash)('sha256').update(external_fs_.readFileSync(abs)).digest('hex')}`;
            }
        }
    };
    walk(external_path_.resolve(root));
    return out;
}
/** The token a work tree keeps beside its manifest: the manifest's hash. */
function manifestId(manifest) {
    return (0,external_crypto_.createHash)('sha256').update(JSON.stringify(manifest)).digest('hex');
}
/**
 * A tar of the changed files under `src/`, the deletion list (NUL-separated), the new manifest
 * and its id beside it, extracted into the work tree: the builder's script applies deletions
 * and installs the manifest (then its id) before it compiles, so an interrupted copy is
 * repaired next time.
 */
async function syncTar(root, manifest, diff) {
    const pack = tar_stream.pack();
    const whole = (0,docker.readAll)(pack);
    let bytes = 0;
    const mtime = new Date(0);
    for (const rel of diff.changed) {
        const abs = external_path_.join(root, rel);
        const h = manifest[rel];
        if (h.startsWith('link:')) {
            pack.entry({ name: `src/${rel}`, type: 'symlink', linkname: h.slice(5), mode: 0o777, mtime });
            continue;
        }
        const body = external_fs_.readFileSync(abs);
        bytes += body.length;
        pack.entry({ name: `src/${rel}`, mode: h.startsWith('755') ? 0o755 : 0o644, mtime, size: body.length }, body);
    }
    if (diff.deleted.length)
        pack.entry({ name: 'deleted.next', mode: 0o644, mtime }, diff.deleted.join('\0') + '\0');
    pack.entry({ name: 'manifest.next', mode: 0o644, mtime }, JSON.stringify(manifest));
    pack.entry({ name: 'manifest.id.next', mode: 0o644, mtime }, `${manifestId(manifest)}\n`);
    pack.finalize();
    return { tar: await whole, bytes };
}
/** Where a record of what this machine last put in a builder's work tree is kept: beside the builder files, one per builder container and work tree. */
function treeRecordFile(filesDir, builderId, tree) {
    return external_path_.join(external_path_.dirname(filesDir), 'work-trees', `${builderId.slice(0, 16)}-${tree}.json`);
}
/** The manifest a record holds; none when there is no record or it is damaged. Its id is manifestId() of it. */
function readTreeRecord(file) {
    let text;
    try {
        text = external_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const manifest = parseManifest(text);
    return Object.keys(manifest).length ? manifest : undefined;
}
const RECORD_DAYS = 7;
/** Writes a record whole (renamed into place); records untouched for a week go (their builders ended long ago). */
function writeTreeRecord(file, manifest) {
    try {
        const dir = external_path_.dirname(file);
        external_fs_.mkdirSync(dir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        external_fs_.writeFileSync(tmp, JSON.stringify(manifest));
        external_fs_.renameSync(tmp, file);
        const old = Date.now() - RECORD_DAYS * 86400_000;
        for (const f of external_fs_.readdirSync(dir)) {
            const abs = external_path_.join(dir, f);
            if (external_fs_.statSync(abs).mtimeMs < old)
                external_fs_.rmSync(abs, { force: true });
        }
    }
    catch {
        // no cache folder: the next build syncs the long way
    }
}

;// CONCATENATED MODULE: ./src/image/direct/direct-build.ts












/** Locks the work tree $1 (waiting for another build of it). */
const LOCK = `t="${WORK_ROOT}/$1"
touch ${ALIVE_MARKER}
mkdir -p ${WORK_ROOT}
waited=0
while ! mkdir "$t.lock" 2>/dev/null; do
  if [ -n "$(find "$t.lock" -maxdepth 0 -mmin +30 2>/dev/null)" ]; then rmdir "$t.lock" 2>/dev/null || true; continue; fi
  if [ $waited = 0 ]; then echo gantry-waiting >&2; waited=1; fi
  sleep 0.2
done
mkdir -p "$t/src" "$t/out"
rm -f "$t/manifest.next" "$t/deleted.next" "$t/manifest.id.next"`;
/** Locks the work tree and prints its manifest. $1: work tree. */
const LOCK_SCRIPT = `set -e
${LOCK}
cat "$t/manifest.json" 2>/dev/null || true`;
/**
 * Applies the copy (deletions, the new manifest and its id), compiles, writes the binary to
 * stdout (all other output goes to stderr) and unlocks the work tree. $1 work tree, $2 1 to
 * download modules first, $3 binary name, $4 main package, $5 module folder, $6 ldflags; then
 * go build flags.
 */
const COMPILE_SCRIPT = `exec 3>&1 1>&2
t="${WORK_ROOT}/$1"; dl=$2; out=$3; pkg=$4; dir=$5; ld=$6; shift 6
( while sleep 30; do touch ${ALIVE_MARKER} "$t.lock"; done ) >/dev/null 2>&1 3>&- &
keep=$!
trap 'kill $keep 2>/dev/null; rmdir "$t.lock" 2>/dev/null' EXIT
set -e
touch ${ALIVE_MARKER}
cd "$t/src"
if [ -f "$t/deleted.next" ]; then xargs -0 rm -f -- < "$t/deleted.next"; rm -f "$t/deleted.next"; fi
if [ -f "$t/manifest.next" ]; then mv "$t/manifest.next" "$t/manifest.json"; fi
if [ -f "$t/manifest.id.next" ]; then mv "$t/manifest.id.next" "$t/manifest.id"; fi
cd "./$dir"
if [ "$dl" = 1 ]; then echo "go mod download" >&2; go mod download; fi
go build "$@" -ldflags "$ld" -o "$t/out/$out" "$pkg"
cat "$t/out/$out" >&3`;
/** The exit code (with gantry-resync on stderr) of a one-exec build that found the work tree or the caches not as expected. */
const RESYNC = 97;
/**
 * The warm build in one exec: the copy comes on stdin (the tar syncTar makes), sent against the
 * manifest this machine last put in the work tree. $1 that manifest's id, $2 the cache volumes'
 * expected stamps (`path=stamp ...`), $3 the tar's size (read exactly: the end of stdin is not
 * awaited, so a connection that cannot be half-closed does not hang it); then COMPILE_SCRIPT's arguments. When the work tree holds
 * another manifest, or a volume another stamp (cache_dir must be restored first), nothing is
 * changed and it exits RESYNC: the build then takes the long way.
 */
const ONE_EXEC_SCRIPT = `want=$1; stamps=$2; size=$3; shift 3
set -e
${LOCK}
ok=1
[ "$(cat "$t/manifest.id" 2>/dev/null)" = "$want" ] || ok=0
for s in $stamps; do [ "$(cat "\${s%%=*}/${STAMP}" 2>/dev/null)" = "\${s#*=}" ] || ok=0; done
if [ $ok = 1 ] && head -c "$size" | tar -x -f - -C "$t"; then echo gantry-synced >&2; else
  head -c "$size" >/dev/null; rmdir "$t.lock"; echo gantry-resync >&2; exit ${RESYNC}
fi
${COMPILE_SCRIPT}`;
/** Stamps safe to pass through the shell's word splitting (cache-dir writes hex nonces). */
const PLAIN_STAMP = /^[A-Za-z0-9._-]+$/;
function atLeast(version, major, minor) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        return true;
    return Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor);
}
/** The builder a plan's build runs in. */
function builderKeyOf(spec, plan, facts) {
    return { image: plan.builderImage, goVersion: plan.goVersion, os: facts.platform.os, arch: facts.platform.arch, cgo: spec.cgo, network: spec.buildNetwork, goproxy: spec.goproxy };
}
/** The go build command line the generated Dockerfile runs, as arguments (no shell between). */
function goBuildArgs(spec, plan) {
    const flags = ['-v', '-trimpath'];
    if (atLeast(plan.goVersion, 1, 18))
        flags.push('-buildvcs=false');
    let ldflags = spec.ldflags;
    if (spec.versionVariable)
        ldflags += ` -X ${spec.versionVariable}=${plan.buildArgs.GANTRY_VERSION ?? plan.version}`;
    const [targetOs, targetArch] = plan.platform.split('/');
    const env = [`CGO_ENABLED=${spec.cgo ? 1 : 0}`, `GOOS=${targetOs}`, `GOARCH=${targetArch}`];
    return { flags, ldflags, env };
}
/** The context's files that travel (as the BuildKit path's context), relative to the sync root. */
function sourceExclude(spec, exclude) {
    const root = spec.contextRoot ?? spec.context;
    const rel = (d) => external_path_.relative(root, d).split(external_path_.sep).join('/');
    const only = spec.contextRoot && rel(spec.context) ? ['*', ...[spec.context, ...spec.localModules].map((d) => `!${rel(d)}`)] : [];
    return { root, exclude: [...only, ...exclude, '.git', '.gantry', build_plan/* CONTEXT_DOCKERFILE */.ld] };
}
class Attempt {
    pool;
    reporter;
    spec;
    plan;
    facts;
    tmp;
    exclude;
    constructor(pool, reporter, spec, plan, facts, tmp, exclude) {
        this.pool = pool;
        this.reporter = reporter;
        this.spec = spec;
        this.plan = plan;
        this.facts = facts;
        this.tmp = tmp;
        this.exclude = exclude;
    }
    async run(b) {
        const { spec, plan, facts } = this;
        const src = sourceExclude(spec, this.exclude);
        const tree = workTreeName(spec.name || plan.binaryName, external_path_.resolve(src.root), facts.platform.os, facts.platform.arch);
        const local = localManifest(src.root, src.exclude);
        const recordFile = treeRecordFile(this.pool.filesDir, b.id, tree);
        const recorded = readTreeRecord(recordFile);
        const sent = { done: false };
        try {
            let res;
            // A builder this run made has empty work trees: its first build is one exec too, against nothing.
            if (recorded || b.created)
                res = await this.oneExec(b, tree, src.root, local, recorded, sent);
            res ??= await this.longWay(b, tree, src.root, local, sent);
            return this.finish(b, res);
        }
        finally {
            // The work tree holds `local` once it was sent (also when go build failed): the next build sends against it.
            if (sent.done)
                writeTreeRecord(recordFile, local);
        }
    }
    /**
     * The warm build in one exec, against the manifest this machine last put in the work tree;
     * undefined when the work tree or the cache volumes are not as expected (nothing was changed).
     */
    async oneExec(b, tree, root, local, previous, sent) {
        const first = !previous;
        // cache_dir's restore into a new builder comes first: its empty volumes cannot hold the folder's
        // stamps. Nor does a build compile while another build of this run restores into its builder.
        await (b.created ? this.pool.prepare(b) : this.pool.restoring(b));
        const stamps = this.pool.expectedStamps(b);
        if (!stamps.every((x) => PLAIN_STAMP.test(x.stamp)))
            return undefined;
        const diff = diffManifests(previous ?? {}, local);
        const { tar, bytes } = await syncTar(root, local, diff);
        const t = Date.now();
        let synced = 0;
        const res = await this.compile(b, tree, { ...diff, first }, ['sh', '-c', ONE_EXEC_SCRIPT, 'sh', previous ? manifestId(previous) : '', stamps.map((x) => `${x.target}=${x.stamp}`).join(' '), String(tar.length)], tar, (line) => {
            if (line === 'gantry-resync')
                return true;
            if (line !== 'gantry-synced')
                return false;
            synced = (Date.now() - t) / 1000;
            sent.done = true;
            this.pool.stampsFound(b);
            this.reporter.info(`sources: sent ${diff.changed.length} file(s), ${bytes} bytes${diff.deleted.length ? `, deleted ${diff.deleted.length}` : ''} (${Object.keys(local).length} in the context${first ? ', first build in this builder' : ''}) with the compile`);
            return true;
        });
        if (res.exitCode === RESYNC && res.resync) {
            this.reporter.debug(`builder ${b.name}: work tree ${tree} or its cache volumes are not as this machine left them; syncing the long way`);
            return undefined;
        }
        return { ...res, filesSent: diff.changed.length, bytesSent: bytes, sync: synced, compile: (Date.now() - t) / 1000 - synced };
    }
    /** The build in three engine calls: lock and read the work tree's manifest, copy the changes in, compile. */
    async longWay(b, tree, root, local, sent) {
        const { engine } = this.pool;
        const { reporter } = this;
        await this.pool.prepare(b);
        let t = Date.now();
        const locked = await engine.exec(b.id, ['sh', '-c', LOCK_SCRIPT, 'sh', tree], {
            onOutput: (chunk, stream) => {
                if (stream === 'stderr' && chunk.toString('utf8').includes('gantry-waiting'))
                    reporter.info(`waiting for another build of ${tree} in builder ${b.name}`);
            },
        });
        if (locked.exitCode !== 0)
            throw new Error(`builder ${b.name}: could not lock ${tree}: ${locked.stderr.toString('utf8').trim()}`);
        let compiling = false;
        try {
            const previous = parseManifest(locked.stdout.toString('utf8'));
            const diff = diffManifests(previous, local);
            const { tar, bytes } = await syncTar(root, local, diff);
            await engine.putArchive(b.id, `${WORK_ROOT}/${tree}`, external_stream_.Readable.from([tar]));
            sent.done = true;
            const first = Object.keys(previous).length === 0;
            reporter.info(`sources: sent ${diff.changed.length} file(s), ${bytes} bytes${diff.deleted.length ? `, deleted ${diff.deleted.length}` : ''} (${Object.keys(local).length} in the context${first ? ', first build in this builder' : ''}) in ${((Date.now() - t) / 1000).toFixed(2)}s`);
            const sync = (Date.now() - t) / 1000;
            t = Date.now();
            compiling = true;
            const res = await this.compile(b, tree, { ...diff, first }, ['sh', '-c', COMPILE_SCRIPT, 'sh']);
            return { ...res, filesSent: diff.changed.length, bytesSent: bytes, sync, compile: (Date.now() - t) / 1000 };
        }
        finally {
            // The compile step unlocks the tree itself (also when it fails); before it, unlock here.
            if (!compiling)
                await engine.exec(b.id, ['rmdir', `${WORK_ROOT}/${tree}.lock`]).catch(() => undefined);
        }
    }
    /**
     * Runs a compile script (`head`, then COMPILE_SCRIPT's arguments), its stderr lines printed
     * as they come except those `marker` takes; the binary is its stdout.
     */
    async compile(b, tree, diff, head, stdin, marker = () => false) {
        const { spec, plan, facts, reporter } = this;
        const vendored = facts.context.vendored;
        const { flags, ldflags, env } = goBuildArgs(spec, plan);
        if (vendored)
            env.push('GOFLAGS=-mod=vendor');
        const download = !vendored && (diff.first || modulesChanged(diff)) ? '1' : '0';
        const moduleDir = facts.layout?.moduleDir || '.';
        const mainPackage = (0,build_plan/* mainPackagePath */.v0)(spec.mainPackage);
        const tail = [];
        let pending = '';
        let resync = false;
        const line = (l) => {
            if (l === 'gantry-waiting')
                return reporter.info(`waiting for another build of ${tree} in builder ${b.name}`);
            if (marker(l)) {
                if (l === 'gantry-resync')
                    resync = true;
                return;
            }
            reporter.info(`  ${l}`);
            tail.push(l);
            if (tail.length > 40)
                tail.shift();
        };
        const res = await this.pool.engine.exec(b.id, [...head, tree, download, plan.binaryName, mainPackage, moduleDir, ldflags, ...flags], {
            env,
            stdin,
            onOutput: (chunk, stream) => {
                (0,preload/* waitingOnEngine */.x)();
                if (stream === 'stdout')
                    return;
                pending += chunk.toString('utf8');
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                for (const l of lines)
                    line(l);
            },
        });
        if (pending)
            line(pending);
        if (resync)
            return { exitCode: res.exitCode, binary: res.stdout, resync };
        if (res.exitCode !== 0) {
            // go prints a failing package's errors under its `# package` line: those are the reason.
            const header = tail.findIndex((l) => l.startsWith('# '));
            const failure = buildFailure('go build', `exit code ${res.exitCode}`, header >= 0 ? tail.slice(header + 1) : tail, plan);
            failure.message = `${failure.message} (builder ${b.name})`;
            throw Object.assign(failure, { exitCode: 1, compileExit: res.exitCode });
        }
        if (!res.stdout.length)
            throw new Error(`builder ${b.name}: the compile step gave no binary`);
        return { exitCode: 0, binary: res.stdout };
    }
    /** The binary as a local file, with the commit time as its mtime. */
    finish(b, res) {
        const { plan, facts, reporter } = this;
        const t = Date.now();
        const file = external_path_.join(this.tmp, `${plan.binaryName}-${facts.platform.os}-${facts.platform.arch}`);
        external_fs_.writeFileSync(file, res.binary, { mode: 0o755 });
        const mtime = facts.git.commitTime || 0;
        external_fs_.utimesSync(file, mtime, mtime);
        const fetch = (Date.now() - t) / 1000;
        reporter.info(`compiled ${plan.binaryName} in ${res.compile.toFixed(2)}s in builder ${b.name}, ${res.binary.length} bytes`);
        return { file, builder: b, filesSent: res.filesSent, bytesSent: res.bytesSent, seconds: { sync: res.sync, compile: res.compile, fetch } };
    }
}
/** Whether the builder container still runs (a failed exec may be its removal or stop). */
async function stillRunning(pool, b) {
    const running = async () => Boolean((await pool.engine.inspectContainer(b.id).catch(() => undefined))?.State?.Running);
    if (!(await running()))
        return false;
    // A container being killed can end its exec's stream a moment before its own state changes.
    await new Promise((r) => setTimeout(r, 500));
    return running();
}
/**
 * Compiles one plan's binary in its builder. A builder removed or stopped during the build is
 * recreated and the build retried once.
 */
async function compileDirect(pool, reporter, spec, plan, facts, exclude) {
    const key = builderKeyOf(spec, plan, facts);
    const tmp = external_fs_.mkdtempSync(external_path_.join(external_os_.tmpdir(), 'gantry-bin-'));
    pool.temporary(tmp);
    const attempt = new Attempt(pool, reporter, spec, plan, facts, tmp, exclude);
    const b = await pool.get(key);
    try {
        try {
            return await attempt.run(b);
        }
        catch (err) {
            // A build cache restored from cache_dir in this run may be damaged: dropped, compiled once more.
            if (err.compileExit === undefined)
                throw err;
            const dropped = await pool.dropRestoredCache(b);
            if (!dropped)
                throw err;
            reporter.warn(`cache: the compile failed with the build cache restored from ${dropped} (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}); dropped that cache in builder ${b.name} and compiling once more without it`);
            return await attempt.run(b);
        }
    }
    catch (err) {
        if (!(builderGone(err) || !(await stillRunning(pool, b))))
            throw err;
        reporter.info(`builder ${builderName(key)} was removed or stopped during the build (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}); recreating it and retrying once`);
        const again = await pool.recreate(key);
        try {
            return await attempt.run(again);
        }
        catch (err2) {
            if (err2 instanceof errors/* UserError */.yo)
                throw err2;
            throw new errors/* UserError */.yo(`builder ${again.name} failed again after it was recreated: ${(0,errors/* errorMessage */.gJ)(err2).split('\n')[0]}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/image/direct/image-config.ts


/**
 * The image config and manifest of an assembled image, written as the engine's BuildKit writes
 * them for the generated Dockerfile's runtime stage: the base's config with the stage's labels,
 * user and entrypoint, the commit time as creation time (the image's and every history entry's),
 * and a Docker v2 schema 2 manifest.
 */
const CONFIG_MEDIA_TYPE = 'application/vnd.docker.container.image.v1+json';
const MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
/** What BuildKit starts a stage FROM scratch with. */
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** RFC 3339 in whole seconds, as the commit-time label writes it. */
function createdTime(commitTime) {
    return new Date(commitTime * 1000).toISOString().replace('.000Z', 'Z');
}
const COMMENT = 'buildkit.dockerfile.v0';
/** The config bytes (compact JSON, keys in a fixed order). */
function imageConfig(c) {
    const created = createdTime(c.commitTime);
    const baseConfig = { ...(c.base?.config ?? { Env: [DEFAULT_PATH], WorkingDir: '/' }) };
    const env = baseConfig.Env ?? [DEFAULT_PATH];
    const labels = { ...(baseConfig.Labels ?? {}), ...c.labels };
    // The Dockerfile's ENTRYPOINT drops the base's CMD; USER replaces its user.
    const config = {};
    config.User = `${dockerfile/* NONROOT_UID */.Ze}:${dockerfile/* NONROOT_UID */.Ze}`;
    if (baseConfig.ExposedPorts)
        config.ExposedPorts = baseConfig.ExposedPorts;
    config.Env = env;
    config.Entrypoint = [`/usr/local/bin/${c.binaryName}`];
    if (baseConfig.Volumes)
        config.Volumes = baseConfig.Volumes;
    if (baseConfig.WorkingDir)
        config.WorkingDir = baseConfig.WorkingDir;
    config.Labels = sortedObject(labels);
    if (baseConfig.StopSignal)
        config.StopSignal = baseConfig.StopSignal;
    if (baseConfig.Healthcheck)
        config.Healthcheck = baseConfig.Healthcheck;
    config.OnBuild = null;
    if (baseConfig.Shell)
        config.Shell = baseConfig.Shell;
    // Each entry's keys in the order the engine writes them.
    const history = (c.base?.history ?? []).map((h) => {
        const e = { created };
        if (h.created_by)
            e.created_by = h.created_by;
        if (h.author)
            e.author = h.author;
        if (h.comment)
            e.comment = h.comment;
        if (h.empty_layer)
            e.empty_layer = true;
        return e;
    });
    for (const s of c.steps)
        history.push({ created, created_by: s.createdBy, comment: COMMENT });
    history.push({ created, created_by: `USER ${dockerfile/* NONROOT_UID */.Ze}:${dockerfile/* NONROOT_UID */.Ze}`, comment: COMMENT, empty_layer: true });
    history.push({ created, created_by: `ENTRYPOINT ["/usr/local/bin/${c.binaryName}"]`, comment: COMMENT, empty_layer: true });
    const doc = {
        architecture: c.platform.arch,
        config,
        created,
        history,
        os: c.platform.os,
        rootfs: { type: 'layers', diff_ids: [...c.baseDiffIds, ...c.steps.map((s) => s.layer.diffId)] },
    };
    if (c.platform.variant)
        doc.variant = c.platform.variant;
    return Buffer.from(goJson(doc));
}
/** JSON as Go's encoder writes it: <, >, & and the line separators escaped. */
function goJson(value, indent) {
    return JSON.stringify(value, null, indent)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
function sortedObject(o) {
    const out = {};
    for (const k of Object.keys(o).sort())
        out[k] = o[k];
    return out;
}
/** The Docker v2 schema 2 manifest, indented as the engine's push writes it. */
function imageManifest(config, layers) {
    const doc = {
        schemaVersion: 2,
        mediaType: MANIFEST_MEDIA_TYPE,
        config: { mediaType: CONFIG_MEDIA_TYPE, size: config.length, digest: sha256(config) },
        layers: layers.map((l) => ({ mediaType: l.mediaType, size: l.size, digest: l.digest })),
    };
    return Buffer.from(goJson(doc, 3));
}

;// CONCATENATED MODULE: ./src/image/direct/assembled-image.ts




async function assembleImage(o) {
    const steps = await runtimeLayers({
        rootfs: o.rootfs,
        needsPasswd: o.plan.runtime.needsPasswd,
        binaryName: o.plan.binaryName,
        binary: o.binary,
        commitTime: o.commitTime,
        compress: o.compress,
    });
    const variant = o.base.config?.variant ?? (o.platform.arch === 'arm' ? 'v7' : undefined);
    const config = imageConfig({
        base: o.base.config,
        baseDiffIds: o.base.layers.map((l) => l.diffId),
        steps,
        labels: o.plan.labels,
        binaryName: o.plan.binaryName,
        platform: { ...o.platform, variant },
        commitTime: o.commitTime,
    });
    const layers = [...o.base.layers, ...steps.map((s) => s.layer)].map((l) => ({ mediaType: l.mediaType === TAR_LAYER_MEDIA_TYPE ? l.mediaType : LAYER_MEDIA_TYPE, size: l.size, digest: l.digest }));
    const manifest = imageManifest(config, layers);
    const configDigest = sha256(config);
    const blobs = [
        ...o.base.layers.map((l, i) => ({
            digest: l.digest,
            size: l.size,
            what: `base layer ${i + 1}`,
            mountFrom: l.mountFrom,
            read: l.blobPath ? () => external_fs_.promises.readFile(l.blobPath) : undefined,
        })),
        ...steps.map((s, i) => ({
            digest: s.layer.digest,
            size: s.layer.size,
            what: i === steps.length - 1 ? `binary layer` : `layer ${s.createdBy.split(' ')[1]}`,
            read: async () => s.layer.blob,
        })),
        { digest: configDigest, size: config.length, what: 'config', read: async () => config },
    ];
    const sizeBytes = o.base.layers.reduce((n, l) => n + (l.tarSize ?? l.size), 0) + steps.reduce((n, s) => n + (s.layer.tar?.length ?? s.layer.tarSize ?? s.layer.size), 0);
    return { steps, config, configDigest, manifest, blobs, sizeBytes };
}
/** A base layer's blob for loading: the cached file, else the registry's copy. */
async function baseBlob(l, client) {
    if (l.blobPath)
        return external_fs_.promises.readFile(l.blobPath);
    if (!client || !l.mountFrom)
        throw new Error(`base layer ${l.diffId} is neither cached nor in a registry`);
    return client.getBlob(l.mountFrom, l.digest);
}

;// CONCATENATED MODULE: ./src/image/direct/engine-load.ts



const engine_load_hex = (digest) => digest.replace(/^sha256:/, '');
/** The docker-archive tar bytes. */
async function dockerArchive(config, layers, references) {
    const id = engine_load_hex(sha256(config));
    const pack = tar_stream.pack();
    const chunks = [];
    pack.on('data', (c) => chunks.push(c));
    const ended = new Promise((resolve, reject) => {
        pack.on('end', () => resolve());
        pack.on('error', reject);
    });
    const add = (name, body) => new Promise((resolve, reject) => pack.entry({ name, size: body.length, mtime: new Date(0), mode: 0o644 }, body, (err) => (err ? reject(err) : resolve())));
    const names = [];
    for (const l of layers) {
        const name = `${engine_load_hex(l.diffId)}/layer.tar`;
        names.push(name);
        if (l.data)
            await add(name, await l.data());
    }
    await add(`${id}.json`, config);
    await add('manifest.json', Buffer.from(JSON.stringify([{ Config: `${id}.json`, RepoTags: references, Layers: names }])));
    pack.finalize();
    await ended;
    return Buffer.concat(chunks);
}
/** Which of `diffIds` the engine holds as a chain from the bottom: those need not be sent. */
async function engineHasChain(engine, image, diffIds) {
    if (!diffIds.length)
        return true;
    const info = await engine.inspectImage(image);
    const held = info?.RootFS?.Layers ?? [];
    return diffIds.every((d, i) => held[i] === d);
}
/** Loads the image and returns its id (sha256:<config digest>). */
async function loadIntoEngine(engine, config, layers, references) {
    const archive = await dockerArchive(config, layers, references);
    await engine.load(external_stream_.Readable.from([archive]));
    const id = sha256(config);
    const info = await engine.inspectImage(id);
    if (!info)
        throw new Error(`the engine loaded the image but does not list ${id}`);
    return info.Id;
}

;// CONCATENATED MODULE: ./src/image/publish/push.ts


const TRANSIENT = /timeout|timed out|connection refused|connection reset|broken pipe|EOF|50[0-9]|429|too many requests|tls handshake|no such host|i\/o/i;
const AUTH = /unauthorized|authentication required|denied|401|403|no basic auth credentials/i;
function isTransient(message) {
    return !AUTH.test(message) && TRANSIENT.test(message);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Pushes repository:tag with credentials in the engine API's auth header only (nothing
 * written to ~/.docker, nothing on a command line), retrying transient registry errors.
 */
async function pushTag(engine, reporter, repository, tag, logins, attempts = 4) {
    const registry = (0,image_ref/* parseRepository */.SU)(repository).registry;
    const credentials = logins.for(registry);
    const auth = credentials.username || credentials.password
        ? { username: credentials.username, password: credentials.password, serveraddress: registry }
        : undefined;
    for (let attempt = 1;; attempt++) {
        const result = { digest: '', layersExisting: 0, layersPushed: 0 };
        const seen = new Map();
        try {
            await engine.push(repository, tag, auth, (m) => {
                const aux = m.aux;
                if (aux?.Digest)
                    result.digest = aux.Digest;
                if (m.id && m.status && !m.progressDetail?.total) {
                    if (m.status !== seen.get(m.id))
                        reporter.info(`push ${tag}: ${m.id}: ${m.status}`);
                    seen.set(m.id, m.status);
                }
            });
            for (const status of seen.values()) {
                if (/already exists|mounted from/i.test(status))
                    result.layersExisting++;
                else if (/pushed/i.test(status))
                    result.layersPushed++;
            }
            if (!result.digest)
                throw new Error('the engine reported no digest for the push');
            return result;
        }
        catch (err) {
            const message = (0,errors/* errorMessage */.gJ)(err);
            if (err instanceof errors/* UserError */.yo)
                throw err;
            if (AUTH.test(message)) {
                throw new errors/* UserError */.yo(`registry ${registry} refused the push of ${repository}:${tag} (${message.trim()}); ${logins.hint(registry)}`);
            }
            if (attempt >= attempts || !isTransient(message)) {
                throw new errors/* UserError */.yo(`push of ${repository}:${tag} to ${registry} failed: ${message.trim()}`);
            }
            const wait = 1000 * 2 ** (attempt - 1);
            reporter.warn(`push of ${repository}:${tag} failed (${message.trim()}); retrying in ${wait / 1000}s (attempt ${attempt + 1} of ${attempts})`);
            await sleep(wait);
        }
    }
}
/** Pushes every tag of one built image (repository:tag for each of `tags`) in one log group. */
async function pushImage(engine, reporter, repository, tags, logins) {
    const started = Date.now();
    let digest = '';
    let unchanged = true;
    await reporter.group(`Push ${repository}`, async () => {
        for (const tag of tags) {
            const r = await pushTag(engine, reporter, repository, tag, logins);
            if (digest && r.digest !== digest)
                throw new Error(`tags of one image got two digests: ${digest} and ${r.digest}`);
            digest = r.digest;
            if (r.layersPushed > 0)
                unchanged = false;
        }
        reporter.info(`pushed ${tags.length} tag(s), digest ${digest}${unchanged ? ' (unchanged: the registry had every layer)' : ''}`);
    });
    return { digest, unchanged, seconds: (Date.now() - started) / 1000 };
}

;// CONCATENATED MODULE: ./src/image/direct/registry-publish.ts




const registry_publish_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function retried(what, reporter, fn, attempts = 4) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            const message = (0,errors/* errorMessage */.gJ)(err);
            if (attempt >= attempts || !isTransient(message))
                throw err;
            const wait = 500 * 2 ** (attempt - 1);
            reporter.warn(`${what} failed (${message}); retrying in ${wait / 1000}s (attempt ${attempt + 1} of ${attempts})`);
            await registry_publish_sleep(wait);
        }
    }
}
/** Runs `fn` over `items`, `limit` at a time. */
async function eachLimited(items, limit, fn) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    });
    await Promise.all(workers);
}
/** The answer asked ahead, or undefined when it was not asked or failed. */
async function answered(asked) {
    if (!asked)
        return undefined;
    try {
        return { value: await asked };
    }
    catch {
        return undefined;
    }
}
async function publishImage(o) {
    const { client, repo, reporter } = o;
    const out = { digest: sha256(o.manifest), bytesUploaded: 0, blobsUploaded: 0, blobsMounted: 0, unchanged: true };
    const unique = o.blobs.filter((b, i) => o.blobs.findIndex((c) => c.digest === b.digest) === i);
    await eachLimited(unique, 4, async (b) => {
        const held = (await answered(o.ahead?.blobs.get(b.digest)))?.value ?? (await retried(`HEAD of ${b.what}`, reporter, () => client.hasBlob(repo, b.digest)));
        if (held)
            return;
        out.unchanged = false;
        if (b.mountFrom && b.mountFrom !== repo) {
            if (await retried(`mount of ${b.what}`, reporter, () => client.mountBlob(repo, b.digest, b.mountFrom))) {
                out.blobsMounted++;
                reporter.info(`${b.what}: mounted from ${b.mountFrom} (${b.digest.slice(7, 19)})`);
                return;
            }
            reporter.info(`${b.what}: the registry declined to mount it from ${b.mountFrom}; copying it`);
        }
        const body = b.read ? await b.read() : await client.getBlob(b.mountFrom ?? repo, b.digest);
        if (sha256(body) !== b.digest)
            throw new Error(`${b.what} does not match its digest ${b.digest}`);
        await retried(`upload of ${b.what}`, reporter, () => client.putBlob(repo, body, true, b.digest));
        out.blobsUploaded++;
        out.bytesUploaded += body.length;
        reporter.info(`${b.what}: uploaded ${body.length} bytes (${b.digest.slice(7, 19)})`);
    });
    // Only now, with every blob in: the manifest, under each tag that does not name it yet.
    for (const tag of o.tags) {
        // A tag that named this manifest ahead is asked again: it may have moved during the compile.
        const ahead = await answered(o.ahead?.tags.get(tag));
        const before = ahead && ahead.value?.digest !== out.digest ? ahead.value : await retried(`GET of ${repo}:${tag}`, reporter, () => client.getManifest(repo, tag));
        if (before?.digest === out.digest)
            continue;
        out.unchanged = false;
        await retried(`PUT of ${repo}:${tag}`, reporter, () => client.putManifest(repo, tag, MANIFEST_MEDIA_TYPE, o.manifest));
        out.bytesUploaded += o.manifest.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/image/direct/assemble.ts








async function assembleAndPublish(input) {
    const { plan, reporter, engine } = input;
    const seconds = { assemble: 0, push: 0, load: 0 };
    const started = Date.now();
    const repo = (0,image_ref/* parseRepository */.SU)(plan.repository);
    const client = input.push || inRegistry(plan.runtime.image, repo.registry)
        ? new registry_client/* RegistryClient */.bP(repo.registry === 'docker.io' ? 'registry-1.docker.io' : repo.registry, input.registry, await engine.allowsPlainHttp(repo.registry), (m) => reporter.debug(m))
        : undefined;
    const base = await resolveBase({ image: plan.runtime.image, platform: input.platform, registry: repo.registry, client, engine, reporter, cacheDir: input.layerCacheDir });
    const image = await assembleImage({
        plan,
        platform: input.platform,
        commitTime: input.commitTime,
        binary: await external_fs_.promises.readFile(input.binary),
        rootfs: input.rootfs,
        base,
        // Only loaded: the engine takes the binary layer's tar as it is.
        compress: input.push,
    });
    seconds.assemble = (Date.now() - started) / 1000;
    const baseNote = base.source === 'scratch' ? 'scratch' : `${base.image} (${base.layers.length} layer(s) from the ${base.source === 'registry' ? 'registry, mounted' : 'engine'})`;
    reporter.info(`assembled ${plan.repository} for ${(0,plan_platforms/* platformText */.VQ)(input.platform)} on ${baseNote}: ${image.steps.length} layer(s) of its own, config ${image.configDigest} in ${seconds.assemble.toFixed(2)}s`);
    const result = { imageId: image.configDigest, digest: '', unchanged: false, sizeBytes: image.sizeBytes, bytesUploaded: 0, seconds };
    if (input.push) {
        const pushStarted = Date.now();
        const published = await publishImage({
            client: client,
            repo: repo.path,
            tags: plan.tags,
            blobs: image.blobs,
            manifest: image.manifest,
            reporter,
        });
        seconds.push = (Date.now() - pushStarted) / 1000;
        result.digest = published.digest;
        result.unchanged = published.unchanged;
        result.bytesUploaded = published.bytesUploaded;
        reporter.info(`pushed ${plan.tags.length} tag(s), digest ${published.digest}: ${published.bytesUploaded} bytes in ${published.blobsUploaded} blob(s)` +
            `${published.blobsMounted ? `, ${published.blobsMounted} mounted` : ''}${published.unchanged ? ' (unchanged: the registry had every blob and the manifest)' : ''} in ${seconds.push.toFixed(2)}s`);
    }
    else {
        const loadStarted = Date.now();
        // Base layers the engine holds are not sent again.
        const baseHeld = base.source === 'engine' || (await engineHasChain(engine, plan.runtime.image, base.layers.map((l) => l.diffId)));
        const layers = [
            ...base.layers.map((l) => ({ diffId: l.diffId, data: baseHeld ? undefined : () => baseBlob(l, client) })),
            ...image.steps.map((s) => ({ diffId: s.layer.diffId, data: async () => s.layer.tar })),
        ];
        result.imageId = await loadIntoEngine(engine, image.config, layers, plan.references);
        seconds.load = (Date.now() - loadStarted) / 1000;
        reporter.info(`loaded ${result.imageId} into the engine as ${plan.references.join(', ')} in ${seconds.load.toFixed(2)}s`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/registry/copy-image.ts


async function copyImage(from, to, digest, tags, log = () => undefined) {
    const counts = { blobsExisting: 0, blobsMounted: 0, blobsUploaded: 0, bytesUploaded: 0 };
    const sameRegistry = from.client === to.client || from.client.registry === to.client.registry;
    const copyBlob = async (blob) => {
        if (await to.client.hasBlob(to.repo, blob)) {
            counts.blobsExisting++;
            return;
        }
        if (sameRegistry && (await to.client.mountBlob(to.repo, blob, from.repo))) {
            counts.blobsMounted++;
            return;
        }
        const body = await from.client.getBlob(from.repo, blob);
        await to.client.putBlob(to.repo, body, true);
        counts.blobsUploaded++;
        counts.bytesUploaded += body.length;
    };
    /** Copies a manifest's blobs (and an index's manifests), then the manifest under `refs`. */
    const copyManifest = async (ref, refs) => {
        const m = await from.client.getManifest(from.repo, ref);
        if (!m)
            throw new errors/* UserError */.yo(`registry ${from.client.registry} lost ${from.repo}@${ref} right after its push`);
        const doc = JSON.parse(m.body.toString('utf8'));
        if (Array.isArray(doc.manifests)) {
            for (const child of doc.manifests)
                await copyManifest(child.digest, [child.digest]);
        }
        else {
            for (const blob of [doc.config?.digest, ...(doc.layers ?? []).map((l) => l.digest)])
                if (blob)
                    await copyBlob(blob);
        }
        const own = (0,registry_client/* sha256Digest */.sI)(m.body);
        for (const r of refs) {
            const put = await to.client.putManifest(to.repo, r, m.mediaType, m.body);
            if (put !== own)
                throw new Error(`copying ${from.repo}@${own} to ${to.repo}:${r} gave ${put}`);
        }
        return own;
    };
    const copied = await copyManifest(digest, tags.length ? tags : [digest]);
    if (copied !== digest)
        throw new Error(`the registry served ${from.repo}@${digest} as ${copied}`);
    log(`${counts.blobsUploaded} blob(s) uploaded (${counts.bytesUploaded} bytes), ${counts.blobsMounted} mounted, ${counts.blobsExisting} already there`);
    return counts;
}

;// CONCATENATED MODULE: ./src/image/publish/mirrors.ts



const apiHost = (registry) => (registry === 'docker.io' ? 'registry-1.docker.io' : registry);
/** Copies the image the first repository got to every other one; returns every repository's references, the first first. */
async function pushMirrors(spec, first, c) {
    const all = [{ repository: first.repository, digest: first.digest, references: first.tags.map((t) => `${first.repository}:${t}`) }];
    if (!spec.push || !first.digest || !spec.mirrors.length)
        return all;
    const clients = new Map();
    const clientOf = async (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = new registry_client/* RegistryClient */.bP(apiHost(registry), c.logins.for(registry), await c.plainHttp(registry), (m) => c.reporter.debug(m));
            clients.set(registry, client);
        }
        return client;
    };
    const source = (0,image_ref/* parseRepository */.SU)(first.repository);
    for (const name of spec.mirrors) {
        const target = (0,image_ref/* parseRepository */.SU)(name);
        await c.reporter.group(`Push ${name} (the image of ${first.repository})`, async () => {
            const started = Date.now();
            const counts = await copyImage({ client: await clientOf(source.registry), repo: source.path }, { client: await clientOf(target.registry), repo: target.path }, first.digest, first.tags);
            c.reporter.info(`pushed ${first.tags.length} tag(s), digest ${first.digest}: ${counts.blobsUploaded} blob(s) uploaded (${counts.bytesUploaded} bytes), ` +
                `${counts.blobsMounted} mounted, ${counts.blobsExisting} already there, in ${((Date.now() - started) / 1000).toFixed(2)}s`);
        });
        all.push({ repository: name, digest: first.digest, references: first.tags.map((t) => `${name}:${t}`) });
    }
    return all;
}

;// CONCATENATED MODULE: ./src/image/publish/publish-images.ts












/** The image the first repository got, copied to the others of image (mirrors.ts). */
async function withMirrors(spec, result, c) {
    const pushedTo = await pushMirrors(spec, { repository: result.plan.repository, digest: result.digest, tags: result.plan.tags }, c);
    return { ...result, pushedTo };
}
/** Plans, builds and (when push is true) pushes one platform's image under the plan's tags. */
async function buildAndPush(spec, target, several, c, opts) {
    const facts = await (0,build_facts/* readBuildFacts */.C)(spec, c.env, target, c.native);
    const index = (0,build_plan/* planBuild */.C7)(spec, facts);
    const plan = several ? (0,build_plan/* platformPlan */.Xh)(index, target) : index;
    const choice = (0,build_path/* chooseBuildPath */.r2)(spec, facts.context.vendored);
    c.reporter.info((0,build_path/* buildPathLine */.y3)(choice));
    if (choice.path === 'direct' && c.builders)
        return { index, result: await buildDirect(spec, plan, facts, c, c.builders, opts) };
    const built = await buildImage(spec, plan, facts.git.commitTime, c.reporter, c.env, c.engine, opts);
    const pushed = spec.push ? await pushImage(c.engine, c.reporter, plan.repository, plan.tags, c.logins) : { digest: '', unchanged: true, seconds: 0 };
    const result = {
        plan,
        imageId: built.imageId,
        digest: pushed.digest,
        imageRef: pushed.digest ? `${plan.repository}@${pushed.digest}` : plan.references[0],
        commitTime: built.commitTime,
        unchanged: spec.push && pushed.unchanged,
        seconds: { build: built.buildSeconds, push: pushed.seconds },
        sizeBytes: built.sizeBytes,
    };
    return { index, result };
}
/** The direct path: go build in the warm builder, the image assembled and pushed (or loaded) without a solve. */
async function buildDirect(spec, plan, facts, c, builders, opts) {
    const { reporter } = c;
    printPlan(plan, reporter);
    const started = Date.now();
    const compiled = await reporter.group(`Build ${plan.repository} (Go ${plan.goVersion}, direct)`, () => compileDirect(builders, reporter, spec, plan, facts, opts.exclude ?? []));
    opts.afterBuild?.();
    let t = Date.now();
    const rootfs = await builders.rootfsOf(compiled.builder);
    const rootfsSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    const commitTime = facts.git.commitTime;
    const assembled = await reporter.group(`${spec.push ? 'Push' : 'Image'} ${plan.repository} (assembled without a solve)`, () => assembleAndPublish({
        plan,
        platform: facts.platform,
        commitTime,
        binary: compiled.file,
        rootfs,
        reporter,
        engine: c.engine,
        layerCacheDir: layerCacheDir(c.env),
        registry: c.logins.for((0,image_ref/* parseRepository */.SU)(plan.repository).registry),
        push: spec.push,
    }));
    const buildSeconds = (Date.now() - started) / 1000 - assembled.seconds.push;
    reporter.info(`built ${assembled.imageId} in ${buildSeconds.toFixed(1)}s (sync ${compiled.seconds.sync.toFixed(2)}s, compile ${compiled.seconds.compile.toFixed(2)}s, binary out ${compiled.seconds.fetch.toFixed(2)}s, ` +
        `builder files ${rootfsSeconds.toFixed(2)}s, assemble ${assembled.seconds.assemble.toFixed(2)}s${assembled.seconds.load ? `, load ${assembled.seconds.load.toFixed(2)}s` : ''}; ` +
        `assemble and push ${((Date.now() - t) / 1000).toFixed(2)}s)`);
    return {
        plan,
        imageId: assembled.imageId,
        digest: assembled.digest,
        imageRef: assembled.digest ? `${plan.repository}@${assembled.digest}` : plan.references[0],
        commitTime,
        unchanged: spec.push && assembled.unchanged,
        seconds: { build: buildSeconds, push: assembled.seconds.push },
        sizeBytes: assembled.sizeBytes,
        binaryFile: compiled.file,
        runtimeImage: plan.runtime.image,
    };
}
/**
 * Builds one service for its platforms. With several, each is cross-compiled (the builder on
 * the engine's platform, GOOS/GOARCH from the target), pushed by the engine under its own
 * per-platform tags, and a manifest list referencing them is put under every tag of the plan
 * through the registry API (Docker 20.10's engine cannot push one itself); `digest` is then the list's.
 */
async function buildForPlatforms(spec, c, opts = {}) {
    const result = await buildPlatforms(spec, c, opts);
    return withMirrors(spec, result, { logins: c.logins, reporter: c.reporter, plainHttp: (r) => c.engine.allowsPlainHttp(r) });
}
async function buildPlatforms(spec, c, opts) {
    const platforms = spec.platforms;
    const { reporter } = c;
    if (platforms.length <= 1) {
        const target = platforms[0];
        const { result } = await buildAndPush(spec, target ?? c.native, false, c, { ...opts, target });
        const [os, arch] = result.plan.platform.split('/');
        return { ...result, builds: [{ platform: { os, arch }, result }], indexTags: [] };
    }
    const builds = [];
    let index;
    for (const [i, p] of platforms.entries()) {
        const last = i === platforms.length - 1;
        const built = await buildAndPush(spec, p, true, c, { ...opts, target: p, afterBuild: last ? opts.afterBuild : undefined });
        index ??= built.index;
        builds.push({ platform: p, result: built.result });
    }
    const first = builds[0].result;
    const indexTags = index.tags;
    const repository = first.plan.repository;
    const base = {
        ...first,
        plan: { ...first.plan, tags: indexTags, references: indexTags.map((t) => `${repository}:${t}`), platform: platforms.map(plan_platforms/* platformText */.VQ).join(',') },
        builds,
        indexTags,
        seconds: { build: builds.reduce((n, b) => n + b.result.seconds.build, 0), push: builds.reduce((n, b) => n + b.result.seconds.push, 0) },
        sizeBytes: builds.reduce((n, b) => n + b.result.sizeBytes, 0),
    };
    if (!spec.push) {
        reporter.info(`built ${platforms.map(plan_platforms/* platformText */.VQ).join(', ')} as local images ${builds.map((b) => b.result.plan.references[0]).join(', ')} (an index needs a registry: push is false)`);
        return base;
    }
    const repo = (0,image_ref/* parseRepository */.SU)(repository);
    const client = new registry_client/* RegistryClient */.bP(repo.registry === 'docker.io' ? 'registry-1.docker.io' : repo.registry, c.logins.for(repo.registry), await c.engine.allowsPlainHttp(repo.registry), (m) => reporter.debug(m));
    return reporter.group(`Index ${repository} (${platforms.map(plan_platforms/* platformText */.VQ).join(', ')})`, async () => {
        const entries = [];
        for (const b of builds) {
            const m = await client.getManifest(repo.path, b.result.digest);
            if (!m)
                throw new Error(`the registry lost ${repository}@${b.result.digest} right after its push`);
            entries.push({ mediaType: m.mediaType || registry_client/* MEDIA */.Rn.dockerManifest, digest: b.result.digest, size: m.size, platform: { os: b.platform.os, architecture: b.platform.arch } });
        }
        const body = (0,registry_client/* manifestList */.sZ)(entries);
        let digest = '';
        let sameIndex = true;
        for (const tag of indexTags) {
            const before = await client.getManifest(repo.path, tag);
            digest = await client.putManifest(repo.path, tag, registry_client/* MEDIA */.Rn.dockerList, body);
            if (before?.digest !== digest)
                sameIndex = false;
            reporter.info(`index ${repository}:${tag} -> ${digest}`);
        }
        const unchanged = sameIndex && builds.every((b) => b.result.unchanged);
        reporter.info(`pushed an index of ${builds.length} platforms under ${indexTags.length} tag(s), digest ${digest}${unchanged ? ' (unchanged: the registry had every layer and this index)' : ''}`);
        return { ...base, digest, imageRef: `${repository}@${digest}`, unchanged };
    });
}

// EXTERNAL MODULE: ./src/process/run-process.ts
var run_process = __webpack_require__(25820);
;// CONCATENATED MODULE: ./src/image/cache/folder-tar.ts



/**
 * A folder of many small files (a compiler cache) as a tar stream, owned by root: GNU tar when
 * the machine has it (about ten times faster than packing in Node for thousands of files),
 * else tar-fs. A tar that fails ends the stream with its error.
 */
let gnuTar;
function hasGnuTar(env) {
    gnuTar ??= (0,run_process/* runProcess */.R)('tar', ['--version'], { env }).then((r) => /GNU tar/.test(r.stdout), () => false);
    return gnuTar;
}
/** The arguments: the folder's contents as ./..., numeric root owners. */
function folderTarArgs(dir) {
    return ['-C', dir, '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '.'];
}
/** The stream and how many bytes have gone through it. */
function folderTar(dir, env, debug) {
    let n = 0;
    const counted = new external_stream_.Transform({
        transform(chunk, _enc, done) {
            n += chunk.length;
            done(null, chunk);
        },
    });
    hasGnuTar(env).then((gnu) => {
        const source = gnu ? (0,run_process/* streamProcess */.a)('tar', folderTarArgs(dir), { env, debug }) : contextTar(dir, { exclude: [], extra: {} });
        source.on('error', (err) => counted.destroy(new Error(`tar of ${dir}: ${err.message}`)));
        counted.on('close', () => source.destroy());
        source.pipe(counted);
    });
    return { stream: counted, bytes: () => n };
}

;// CONCATENATED MODULE: ./src/image/direct/builder-cache.ts









/**
 * cache_dir for the direct path: the folder's sub-folders (one per cache id, the layout
 * cache-dir.ts keeps for BuildKit's cache mounts) are copied straight into a builder's cache
 * volumes when they differ (stamps, as there), and what changed is copied back after the builds.
 */
const builder_cache_mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
/** The stamps of a builder's volumes, one line each. Pure. */
function stampScript(targets) {
    return ['sh', '-c', `for p in "$@"; do echo "gantry-stamp $(cat "$p/${STAMP}" 2>/dev/null)"; done`, 'sh', ...targets];
}
/**
 * Streams what a volume holds as a tar on stdout: all of it, or only what is newer than its
 * stamp; then the new stamp replaces the old. The new stamp is written before the files are
 * listed, so a file another build writes meanwhile is newer than it and goes with the next save.
 * Nothing newer: no tar, the stamp stays, `gantry-unchanged` on stderr.
 */
function extractScript() {
    return `set -e; c=$1; mode=$2; stamp=$3; cd "$c"
next="${STAMP}.$stamp"; list="/tmp/gantry-save.$$"
trap 'rm -f "$list" "$next"' EXIT
echo "$stamp" > "$next"
if [ "$mode" = since ] && [ -f ${STAMP} ]; then
  find . -newer ${STAMP} ! -name '${STAMP}*' \\( -type f -o -type l \\) -print0 > "$list"
  if [ ! -s "$list" ]; then echo gantry-unchanged >&2; exit 0; fi
  tar -c --null -T "$list" -f -
else tar -c --exclude='./${STAMP}*' -f - .; fi
mv "$next" ${STAMP}`;
}
class BuilderCaches {
    engine;
    reporter;
    dir;
    maxMb;
    env;
    mounts = new Map();
    lineage = new Map();
    /** Volumes this run filled from the folder. */
    restored = new Set();
    constructor(engine, reporter, dir, maxMb, 
    /** The environment tar runs with (the front end's). */
    env) {
        this.engine = engine;
        this.reporter = reporter;
        this.dir = dir;
        this.maxMb = maxMb;
        this.env = env;
    }
    /** A builder's volumes this run has not restored yet. */
    unmounted(b) {
        const vols = builderVolumes(b.key);
        return [
            { id: vols.mod, target: MODCACHE, builder: b },
            { id: vols.build, target: GOCACHE, builder: b },
        ].filter((m) => !this.mounts.has(m.id));
    }
    /**
     * The stamps a builder's volumes must hold for restore() to have nothing to do: the folder's
     * own (a folder entry without a stamp restores nothing). Read locally, no engine call.
     */
    expected(b) {
        return this.unmounted(b).map((m) => ({ target: m.target, stamp: readStamp(external_path_.join(this.dir, m.id)) })).filter((x) => x.stamp);
    }
    /** The volumes held the stamps expected() gave: recorded as restore() would have. */
    accept(b) {
        for (const m of this.unmounted(b)) {
            this.mounts.set(m.id, m);
            this.lineage.set(m.id, readStamp(external_path_.join(this.dir, m.id)) ? 'same' : 'other');
        }
    }
    /** Before a builder's first build of the run: the folder's caches into its volumes, where they differ. */
    async restore(b) {
        const fresh = this.unmounted(b);
        if (!fresh.length)
            return;
        for (const m of fresh)
            this.mounts.set(m.id, m);
        const started = Date.now();
        // Volumes this run created hold no stamp: nothing to ask the engine.
        const probe = fresh.every((m) => b.newVolumes.includes(m.id)) ? undefined : await this.engine.exec(b.id, stampScript(fresh.map((m) => m.target)));
        const engineStamps = [...(probe?.stdout.toString('utf8') ?? '').matchAll(/^gantry-stamp ?(\S*)\s*$/gm)].map((x) => x[1]);
        const injected = [];
        let bytes = 0;
        // Each volume in its own stream, at once (the module cache and the compiler cache).
        await Promise.all(fresh.map(async (m, i) => {
            const folder = external_path_.join(this.dir, m.id);
            const stamp = readStamp(folder);
            if (!stamp) {
                this.lineage.set(m.id, 'other');
                return;
            }
            if (engineStamps[i] === stamp) {
                this.lineage.set(m.id, 'same');
                return;
            }
            try {
                const tar = folderTar(folder, this.env, (m) => this.reporter.debug(m));
                // The tar's own error reaches putArchive through the upload; one left unread when the
                // engine refused early must not end the run.
                tar.stream.on('error', () => undefined);
                await this.engine.putArchive(b.id, m.target, tar.stream).finally(() => tar.stream.destroy());
                // The stamp is touched with the engine's clock: files the build writes are newer.
                const res = await this.engine.exec(b.id, ['sh', '-c', 'echo "$2" > "$1/.gantry-stamp"', 'sh', m.target, stamp]);
                if (res.exitCode !== 0)
                    throw new Error(res.stderr.toString('utf8').trim());
                this.lineage.set(m.id, 'same');
                this.restored.add(m.id);
                injected.push(m.id);
                bytes += tar.bytes();
            }
            catch (err) {
                this.lineage.set(m.id, 'other');
                this.reporter.warn(`cache: could not restore ${folder} into builder volume ${m.id} (${(0,errors/* errorMessage */.gJ)(err)}); building without it`);
            }
        }));
        if (injected.length)
            this.reporter.info(`cache: restored ${builder_cache_mb(bytes)} from ${this.dir} into builder volumes ${injected.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        else
            this.reporter.debug(`cache: builder ${b.name}'s volumes already hold ${this.dir}'s caches (or it has none)`);
    }
    /**
     * After a compile failed in `b`: when this run restored the folder's build cache into the
     * builder's volume, that cache may be what failed it (a damaged entry makes go fail in odd
     * ways), so it is emptied and its folder entry replaced by the next save. Returns the
     * folder, or undefined when nothing was restored (or it was dropped already).
     */
    async dropRestoredBuildCache(b) {
        const id = builderVolumes(b.key).build;
        if (!this.restored.has(id))
            return undefined;
        this.restored.delete(id);
        const res = await this.engine.exec(b.id, ['sh', '-c', 'find "$1" -mindepth 1 -delete', 'sh', GOCACHE]);
        if (res.exitCode !== 0)
            throw new Error(`could not empty ${GOCACHE} in builder ${b.name}: ${res.stderr.toString('utf8').trim()}`);
        this.lineage.set(id, 'other');
        return this.dir;
    }
    /** Copies one volume's files (all, or what changed since the stamp) into the folder's entry; undefined when nothing changed. */
    async saveOne(m, stamp) {
        const mode = this.lineage.get(m.id) === 'same' ? 'since' : 'full';
        const staging = external_path_.join(external_path_.dirname(external_path_.resolve(this.dir)), `.gantry-cache-${stamp}-${m.id}`);
        let files = 0;
        let bytes = 0;
        let input;
        let extracted;
        try {
            const res = await this.engine.exec(m.builder.id, ['sh', '-c', extractScript(), 'sh', m.target, mode, stamp], {
                streamStdout: true,
                onOutput: (chunk, stream) => {
                    if (stream !== 'stdout')
                        return;
                    if (!input) {
                        const pass = new external_stream_.PassThrough();
                        input = pass;
                        extracted = new Promise((resolve, reject) => {
                            // The module cache's files and folders are read-only: made writable for the owner, as a copy needs.
                            const extract = tar_fs/* extract */.o(staging, {
                                map: (h) => {
                                    if (h.type === 'file') {
                                        files++;
                                        bytes += h.size ?? 0;
                                    }
                                    return h;
                                },
                                dmode: 0o700,
                                fmode: 0o200,
                                chown: false,
                            });
                            extract.on('finish', () => resolve());
                            extract.on('error', reject);
                            pass.on('error', reject);
                            pass.pipe(extract);
                        });
                        // Awaited once docker exec ends; until then a failed write (a full disk) must not
                        // surface as an unhandled rejection, which Node prints as a stack trace and dies of.
                        extracted.catch(() => undefined);
                    }
                    input.write(chunk);
                },
            });
            input?.end();
            await extracted;
            if (res.exitCode !== 0)
                throw new Error(res.stderr.toString('utf8').trim().split('\n').slice(-2).join(' | '));
            if (!input) {
                if (mode === 'since')
                    return undefined;
                external_fs_.mkdirSync(staging, { recursive: true });
            }
            external_fs_.writeFileSync(external_path_.join(staging, STAMP), `${stamp}\n`);
            placeEntry(staging, external_path_.join(this.dir, m.id), mode);
            return { id: m.id, mode, files, bytes };
        }
        finally {
            input?.destroy();
            external_fs_.rmSync(staging, { recursive: true, force: true });
        }
    }
    /** After the builds: what changed in the volumes into the folder (nothing when nothing did), then pruning. */
    async save() {
        if (!this.mounts.size)
            return;
        const started = Date.now();
        const stamp = nonce();
        external_fs_.mkdirSync(this.dir, { recursive: true });
        const before = folderStamps(this.dir);
        const saved = (await Promise.all([...this.mounts.values()].map((m) => this.saveOne(m, stamp)))).filter((x) => Boolean(x));
        if (!saved.length) {
            this.reporter.info(`cache: nothing changed in the builder volumes since ${this.dir} was saved; left as it is (${((Date.now() - started) / 1000).toFixed(2)}s)`);
            return;
        }
        const lines = saved.map((x) => `${x.id} ${x.mode === 'full' ? 'all' : 'changed'}: ${x.files} files, ${builder_cache_mb(x.bytes)}`);
        const maxBytes = this.maxMb * 1048576;
        let sizes = sizesAfterAdding(this.dir, before, Object.fromEntries(saved.map((x) => [x.id, x.bytes])), maxBytes);
        if (sizes)
            recordSizes(this.dir, sizes);
        else
            sizes = pruneCacheDir(this.dir, maxBytes);
        this.reporter.info(`cache: saved the builder volumes into ${this.dir} in ${((Date.now() - started) / 1000).toFixed(2)}s (${lines.join('; ')})`);
        this.reporter.info(`cache: ${this.dir} holds ${builder_cache_mb(sizes.totalBytes)} (modules ${builder_cache_mb(sizes.moduleBytes)})` +
            (sizes.prunedFiles ? `; pruned ${sizes.prunedFiles} oldest build cache entries (${builder_cache_mb(sizes.prunedBytes)}) to stay under cache_max_mb ${this.maxMb}` : ''));
    }
}

;// CONCATENATED MODULE: ./src/image/services/changed-services.ts
/**
 * only_changed: which services a change touches. A service is touched by a path inside its
 * context or inside a local module it replaces to, or by its own Dockerfile; a change to the
 * config file touches every service (their settings may have changed).
 */
function inside(file, dir) {
    return dir === '' || dir === '.' || file === dir || file.startsWith(`${dir}/`);
}
/** Pure: the names of the services the changed paths (relative to the repository root) touch. */
function changedServices(changed, services, configFile) {
    const paths = changed.map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean);
    if (paths.includes(configFile))
        return services.map((s) => s.name);
    return services.filter((s) => paths.some((p) => s.files.includes(p) || s.dirs.some((d) => inside(p, d)))).map((s) => s.name);
}

// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
;// CONCATENATED MODULE: ./src/image/services/multi-build.ts



















/** Prefixes a concurrent build's lines with its service name; outputs belong to the run. */
class ServiceReporter {
    base;
    prefix;
    constructor(base, prefix) {
        this.base = base;
        this.prefix = prefix;
    }
    info(m) { this.base.info(`${this.prefix}${m}`); }
    warn(m) { this.base.warn(`${this.prefix}${m}`); }
    debug(m) { this.base.debug(`${this.prefix}${m}`); }
    mask(s) { this.base.mask(s); }
    async group(name, fn) {
        this.base.info(`${this.prefix}== ${name}`);
        return fn();
    }
    setOutput() { }
    summary() { }
}
/** Runs `jobs` with at most `limit` at once, keeping their order in the results. */
async function pool(limit, jobs) {
    const results = new Array(jobs.length);
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, async () => {
        while (next < jobs.length) {
            const i = next++;
            results[i] = await jobs[i]();
        }
    });
    await Promise.all(workers);
    return results;
}
function onDirectPath(s, vendored) {
    try {
        return (0,build_path/* chooseBuildPath */.r2)(s, vendored).path === 'direct';
    }
    catch {
        return false; // refused: the build itself says why
    }
}
/** What the generated builds of these services will mount; services with their own Dockerfile add nothing. */
function planCaches(specs, engine) {
    const plan = { mounts: [], image: '', goVersions: [], platforms: [], sums: {}, direct: false };
    for (const s of specs) {
        if (s.dockerfile)
            continue;
        const ctx = (0,context_facts/* readContextFacts */.lP)(s);
        const goVersion = s.goVersion || (ctx.goMod ? (0,go_mod/* goVersionFromMod */.D)(ctx.goMod) : '');
        if (!goVersion)
            continue;
        // Direct builds keep their caches in the builders' volumes (BuilderCaches), not in BuildKit's mounts.
        const direct = onDirectPath(s, ctx.vendored);
        plan.direct ||= direct;
        for (const p of s.platforms.length ? s.platforms : [engine]) {
            if (!direct)
                plan.mounts.push(...cacheMountsFor(goVersion, p.os, p.arch, s.cgo, ctx.vendored));
            plan.platforms.push((0,plan_platforms/* platformText */.VQ)(p));
        }
        plan.goVersions.push(goVersion);
        plan.image ||= s.builderImage.replace(/\{go_version\}/g, goVersion);
        for (const f of ['go.sum', 'go.mod']) {
            const text = external_fs_.existsSync(external_path_.join(s.context, f)) ? external_fs_.readFileSync(external_path_.join(s.context, f), 'utf8') : '';
            if (text) {
                plan.sums[`${s.name}/${f}`] = text;
                break;
            }
        }
    }
    return plan;
}
async function buildOne(service, reporter, c, afterBuild) {
    const started = Date.now();
    const outcome = { name: service.name, status: 'failed', seconds: 0, binaries: [] };
    try {
        // The cache folder and binaries_dir never travel in the context, wherever they are.
        const root = service.contextRoot ?? service.context;
        const exclude = [c.spec.cacheDir, c.binariesDir]
            .filter(Boolean)
            .map((d) => external_path_.relative(root, external_path_.resolve(d)).split(external_path_.sep).join('/'))
            .filter((rel) => rel && !rel.startsWith('..') && !external_path_.isAbsolute(rel));
        outcome.result = await buildForPlatforms(service, { reporter, env: c.env, engine: c.engine, native: c.native, logins: c.spec.logins, builders: c.builders }, { exclude, afterBuild });
        outcome.status = outcome.result.unchanged ? 'unchanged' : 'built';
        if (c.binariesDir) {
            for (const b of outcome.result.builds) {
                const name = (0,binary_paths/* binaryFileName */.Z)(b.result.plan.binaryName, b.platform.os, b.platform.arch, c.multi ? service.name : '');
                const exported = b.result.binaryFile ? copyBinary(b.result.binaryFile, c.binariesDir, name) : await exportBinary(c.engine, b.result.imageId, c.binariesDir, name);
                reporter.info(`binary ${external_path_.join(c.binariesDir, name)}: ${exported.size} bytes, sha256 ${exported.sha256}`);
                outcome.binaries.push(exported);
            }
        }
    }
    catch (err) {
        if (!c.multi)
            throw err;
        outcome.error = (0,errors/* errorMessage */.gJ)(err);
        reporter.warn(`failed: ${outcome.error}`);
    }
    outcome.seconds = (Date.now() - started) / 1000;
    return outcome;
}
/**
 * Runs the builds of `services` with the cache folder around them. A single service's bad
 * input fails before any cache work (with several services a failing one must not stop the
 * others: each reports its own).
 */
async function runBuilds(spec, services, reporter, env, engine, parallel) {
    const native = await engine.platform();
    const multi = spec.config !== '';
    if (!multi) {
        for (const s of services) {
            for (const p of s.platforms.length ? s.platforms : [native]) {
                const facts = await (0,build_facts/* readBuildFacts */.C)(s, env, p, native);
                (0,build_plan/* planBuild */.C7)(s, facts);
                (0,build_path/* chooseBuildPath */.r2)(s, facts.context.vendored);
            }
        }
    }
    const builderCaches = spec.cacheDir ? new BuilderCaches(engine, reporter, spec.cacheDir, spec.cacheMaxMb, env) : undefined;
    const builders = new BuilderPool(engine, reporter, spec.builderIdleMinutes, (0,plan_platforms/* platformText */.VQ)(native), builderFilesDir(env), {
        restore: async (b) => {
            try {
                await builderCaches?.restore(b);
            }
            catch (err) {
                reporter.warn(`cache: could not restore ${spec.cacheDir} into builder ${b.name} (${(0,errors/* errorMessage */.gJ)(err)}); building without it`);
            }
        },
        expected: (b) => builderCaches?.expected(b) ?? [],
        accept: (b) => builderCaches?.accept(b),
        drop: async (b) => builderCaches?.dropRestoredBuildCache(b),
    });
    const c = { spec, reporter, env, engine, native, binariesDir: spec.binariesDir ? external_path_.resolve(spec.binariesDir) : '', multi, builders };
    const caches = planCaches(services, native);
    let cacheDir;
    let keys;
    let restoredKey = '';
    if (spec.cacheDir && (caches.mounts.length || caches.direct)) {
        const dir = external_path_.resolve(spec.cacheDir);
        keys = cacheKeys({ goVersions: caches.goVersions, platforms: caches.platforms, sums: caches.sums });
        if (caches.mounts.length)
            cacheDir = new CacheDir(engine, reporter, spec.cacheDir, spec.cacheMaxMb, caches.image);
        await reporter.group(`Restore caches from ${spec.cacheDir}`, async () => {
            restoredKey = await restoreFromGitHub(dir, keys, reporter, env);
            try {
                await cacheDir?.restore(caches.mounts);
            }
            catch (err) {
                reporter.warn(`cache: could not inject ${spec.cacheDir} into the engine's cache mounts (${(0,errors/* errorMessage */.gJ)(err)}); building without it`);
            }
        });
    }
    // The caches are extracted as soon as the last engine build is done, while images are
    // tagged and pushed; a failed build starts it when the builds end.
    // The builder volumes likewise, as soon as the last compile is done, while images are assembled.
    let saving;
    let savingBuilders;
    const startSave = () => {
        if (builderCaches && !savingBuilders) {
            savingBuilders = (async () => {
                try {
                    await builderCaches.save();
                }
                catch (err) {
                    reporter.warn(`cache: could not save the builder volumes to ${spec.cacheDir} (${(0,errors/* fileCause */.QY)(err)}); the build is unaffected, the next run saves them whole`);
                }
            })();
        }
        if (!cacheDir || saving)
            return;
        const dir = cacheDir;
        // Not a log group: it runs while the push has its own group open. After the builder
        // volumes' save: a run with both paths may keep one cache id in both.
        saving = (async () => {
            await savingBuilders;
            try {
                await dir.save();
            }
            catch (err) {
                reporter.warn(`cache: could not save the engine's cache mounts to ${spec.cacheDir} (${(0,errors/* fileCause */.QY)(err)}); the build is unaffected, the next run saves them whole`);
            }
        })();
    };
    let building = services.length;
    const built = () => {
        if (--building === 0)
            startSave();
    };
    let outcomes;
    try {
        outcomes = await pool(parallel, services.map((s) => () => buildOne(s, multi ? new ServiceReporter(reporter, `[${s.name}] `) : reporter, c, built)));
    }
    finally {
        startSave();
        await saving;
        await savingBuilders;
        if (keys) {
            try {
                await saveToGitHub(external_path_.resolve(spec.cacheDir), keys, restoredKey, reporter, env);
            }
            catch (err) {
                reporter.warn(`cache: could not save ${spec.cacheDir} to the GitHub cache (${(0,errors/* errorMessage */.gJ)(err)})`);
            }
        }
    }
    const binaries = outcomes.flatMap((o) => o.binaries);
    if (c.binariesDir && binaries.length) {
        const sums = writeSha256Sums(c.binariesDir, binaries);
        reporter.info(`binaries: ${binaries.length} in ${spec.binariesDir}, sums in ${sums}`);
        reporter.setOutput('binaries', binaries.map((b) => external_path_.join(spec.binariesDir, b.name)).join(','));
    }
    return outcomes;
}
/** The services only_changed picks: those whose folders (or local modules) changed since the revision. */
async function selectChanged(spec, reporter, env) {
    if (!spec.onlyChanged)
        return { build: [...spec.services], skipped: [] };
    const { root, paths } = await (0,git/* changedPaths */.vl)(external_path_.dirname(external_path_.resolve(spec.config)), spec.onlyChanged, env);
    const touched = changedServices(paths, spec.services.map((s) => ({ name: s.name, dirs: s.sourceDirs.map((d) => (0,git/* repoRelative */.Ne)(root, d)), files: s.sourceFiles.map((f) => (0,git/* repoRelative */.Ne)(root, f)) })), (0,git/* repoRelative */.Ne)(root, spec.config));
    const skipped = spec.services.filter((s) => !touched.includes(s.name)).map((s) => ({ name: s.name, status: 'skipped', seconds: 0, binaries: [] }));
    const build = spec.services.filter((s) => touched.includes(s.name));
    reporter.info(`only_changed ${spec.onlyChanged}: ${paths.length} changed path(s); building ${build.map((s) => s.name).join(', ') || 'nothing'}${skipped.length ? `, skipping ${skipped.map((s) => s.name).join(', ')}` : ''}`);
    return { build, skipped };
}
function servicesSummary(outcomes, file) {
    const rows = outcomes.map((o) => {
        const r = o.result;
        const image = r ? (r.digest ? `\`${r.imageRef}\`` : `\`${r.plan.references[0]}\``) : '';
        return `| ${o.name} | ${o.status}${o.error ? `: ${o.error.replace(/\|/g, '\\|')}` : ''} | ${r ? r.plan.goVersion : ''} | ${r ? r.plan.platform : ''} | ${image} | ${o.status === 'skipped' ? '' : `${o.seconds.toFixed(1)}s`} |`;
    });
    return `### gantry build: ${file}\n\n| service | status | Go | platforms | image | time |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/image/host/builder-choice.ts
var builder_choice = __webpack_require__(4699);
// EXTERNAL MODULE: ./src/image/host/builder-decision.ts
var builder_decision = __webpack_require__(56854);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(35317);
// EXTERNAL MODULE: ./src/image/host/machine-probe.ts
var machine_probe = __webpack_require__(17198);
;// CONCATENATED MODULE: ./src/image/host/host-compile.ts







/** Fewer free bytes than this on cache_dir's disk after a failed compile: the disk filled up. */
const FULL_BELOW = 1 << 20;
/** Whether the disk holding `dir` is (about) full, or undefined when that cannot be told. */
function diskFull(dir) {
    try {
        const s = external_fs_.statfsSync(dir);
        return s.bavail * s.bsize < FULL_BELOW;
    }
    catch {
        return undefined;
    }
}
/**
 * The Go caches inside cache_dir (cache_dir/go-build, cache_dir/go-mod). A cache_dir that
 * cannot be written (read-only, full) is warned about and the build goes on with caches in a
 * temporary folder.
 */
function goCaches(cacheDir, tmp, reporter) {
    const inTmp = { gocache: external_path_.join(tmp, 'go-build'), gomodcache: external_path_.join(tmp, 'go-mod') };
    if (!cacheDir)
        return inTmp;
    const root = external_path_.resolve(cacheDir);
    const caches = { gocache: external_path_.join(root, 'go-build'), gomodcache: external_path_.join(root, 'go-mod') };
    try {
        for (const d of Object.values(caches))
            external_fs_.mkdirSync(d, { recursive: true });
        const probe = external_path_.join(caches.gocache, `.gantry-write-${process.pid}`);
        external_fs_.writeFileSync(probe, Buffer.alloc(4096));
        external_fs_.rmSync(probe, { force: true });
        return { ...caches, fallback: inTmp };
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOSPC' ? 'its disk is full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'it is read-only' : `${code ?? err.message}`;
        reporter.warn(`cache: cannot write cache_dir ${cacheDir} (${why}); building with empty Go caches in a temporary folder`);
        return inTmp;
    }
}
/** The go build environment: the caller's, with the target, the caches and the toolchain's own settings. */
function goBuildEnv(o) {
    const out = { ...o.env, ...o.toolchain.env, GOCACHE: o.caches.gocache, GOMODCACHE: o.caches.gomodcache };
    for (const kv of goBuildArgs(o.spec, o.plan).env) {
        const eq = kv.indexOf('=');
        out[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    if (o.vendored)
        out.GOFLAGS = '-mod=vendor';
    if (o.spec.goproxy)
        out.GOPROXY = o.spec.goproxy;
    return out;
}
/** Compiles the plan's binary into `out` with the toolchain; go's output goes to the log, its failure is one line. */
async function compileOnHost(o) {
    const { spec, plan, facts, reporter } = o;
    const { flags, ldflags } = goBuildArgs(spec, plan);
    const cwd = external_path_.join(spec.contextRoot ?? spec.context, facts.layout?.moduleDir || '.');
    const args = ['build', ...flags, '-ldflags', ldflags, '-o', o.out, (0,build_plan/* mainPackagePath */.v0)(spec.mainPackage)];
    const env = goBuildEnv({ env: o.env, spec, plan, toolchain: o.toolchain, caches: o.caches, vendored: facts.context.vendored });
    reporter.debug(`${o.toolchain.go} ${args.join(' ')} (in ${cwd})`);
    const started = Date.now();
    const tail = [];
    const code = await new Promise((resolve, reject) => {
        const child = (0,external_child_process_.spawn)(o.toolchain.go, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let pending = '';
        const onData = (chunk) => {
            pending += chunk.toString('utf8');
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const l of lines) {
                reporter.info(`  ${l}`);
                tail.push(l);
                if (tail.length > 40)
                    tail.shift();
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', reject);
        child.on('close', (c) => {
            if (pending) {
                reporter.info(`  ${pending}`);
                tail.push(pending);
            }
            resolve(c ?? 1);
        });
    });
    if (code !== 0 && o.caches.fallback && diskFull(o.caches.gocache)) {
        // Go's own messages then blame the sources ("package runtime is not in std"): say what
        // happened, and build with the caches out of the way (this and every later compile of the run).
        reporter.warn(`cache: cache_dir ${external_path_.dirname(o.caches.gocache)} ran out of space during the build: no space left on the device (ENOSPC); compiling again with Go caches in a temporary folder (this run adds nothing to cache_dir)`);
        Object.assign(o.caches, o.caches.fallback, { fallback: undefined });
        return compileOnHost(o);
    }
    if (code !== 0) {
        const header = tail.findIndex((l) => l.startsWith('# '));
        throw Object.assign(buildFailure('go build', `exit code ${code}`, header >= 0 ? tail.slice(header + 1) : tail, plan), { exitCode: 1 });
    }
    const mtime = facts.git.commitTime || 0;
    external_fs_.utimesSync(o.out, mtime, mtime);
    return (Date.now() - started) / 1000;
}

;// CONCATENATED MODULE: ./src/image/host/oci-layout.ts



/**
 * An image written as an OCI image layout (oci-layout, index.json, blobs/sha256/...): where an
 * image goes when it is not pushed and no engine can load it. Blobs are written whole and
 * renamed, so a layout shared by several builds never holds half a blob; index.json lists one
 * entry per reference (org.opencontainers.image.ref.name), replacing an older one of that name.
 */
async function writeOciLayout(o) {
    const blobsDir = external_path_.join(o.dir, 'blobs', 'sha256');
    external_fs_.mkdirSync(blobsDir, { recursive: true });
    const put = (file, body) => {
        const tmp = `${file}.${process.pid}.tmp`;
        external_fs_.writeFileSync(tmp, body);
        external_fs_.renameSync(tmp, file);
    };
    for (const b of o.blobs) {
        const file = external_path_.join(blobsDir, b.digest.replace(/^sha256:/, ''));
        if (external_fs_.existsSync(file))
            continue;
        if (!b.read)
            throw new Error(`the ${b.what} (${b.digest}) cannot be read to write it into ${o.dir}`);
        put(file, await b.read());
    }
    put(external_path_.join(blobsDir, o.manifestDigest.replace(/^sha256:/, '')), o.manifest);
    put(external_path_.join(o.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const indexFile = external_path_.join(o.dir, 'index.json');
    let manifests = [];
    try {
        manifests = JSON.parse(external_fs_.readFileSync(indexFile, 'utf8')).manifests ?? [];
    }
    catch {
        // a new layout
    }
    manifests = manifests.filter((m) => !o.refs.includes(m.annotations?.['org.opencontainers.image.ref.name'] ?? ''));
    for (const ref of o.refs) {
        manifests.push({ mediaType: o.mediaType ?? registry_client/* MEDIA */.Rn.dockerManifest, digest: o.manifestDigest, size: o.manifest.length, annotations: { 'org.opencontainers.image.ref.name': ref } });
    }
    put(indexFile, JSON.stringify({ schemaVersion: 2, mediaType: registry_client/* MEDIA */.Rn.ociIndex, manifests }, null, 2));
}

;// CONCATENATED MODULE: ./src/image/host/base-files.ts



function clean(name) {
    return `/${external_path_.posix.normalize(name.replace(/^\.?\/+/, ''))}`.replace(/\/$/, '');
}
/** The wanted files as the stacked layers leave them (absent ones are not in the map). */
async function filesFromLayers(layers, wanted) {
    const want = new Set(wanted.map(clean));
    const found = new Map();
    for (const read of layers) {
        const blob = await read();
        const tar = blob[0] === 0x1f && blob[1] === 0x8b ? external_zlib_.gunzipSync(blob) : blob;
        for (const e of await readTarEntries(tar)) {
            const name = clean(e.header.name);
            const base = external_path_.posix.basename(name);
            const dir = external_path_.posix.dirname(name);
            if (base === '.wh..wh..opq') {
                for (const f of [...found.keys()])
                    if (f.startsWith(`${dir === '/' ? '' : dir}/`))
                        found.delete(f);
            }
            else if (base.startsWith('.wh.')) {
                const gone = external_path_.posix.join(dir, base.slice(4));
                for (const f of [...found.keys()])
                    if (f === gone || f.startsWith(`${gone}/`))
                        found.delete(f);
            }
            else if (want.has(name)) {
                if (e.header.type === 'file')
                    found.set(name, e.body);
                else
                    found.delete(name);
            }
        }
    }
    return found;
}
/** A reader over a base's layers; the blobs are fetched only when files are asked for, once. */
function baseFiles(layers) {
    const cache = new Map();
    return (files) => {
        const key = files.join('\n');
        let p = cache.get(key);
        if (!p) {
            p = filesFromLayers(layers, files);
            cache.set(key, p);
        }
        return p;
    };
}

;// CONCATENATED MODULE: ./src/image/host/host-build.ts























/**
 * The engine a push-false host build loads its image into, when one answers within a few
 * seconds; undefined without one (the image then goes to an OCI layout). Asked once.
 */
function engineIfAny(env, reporter, spec) {
    let answer;
    return () => {
        answer ??= (async () => {
            const engine = new docker.Engine((m) => reporter.debug(m), env, { pullCredentials: (r) => spec?.logins.maybe(r) });
            let timer;
            try {
                await Promise.race([engine.platform(), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no answer in 5s')), 5000); })]);
                return engine;
            }
            catch (err) {
                reporter.debug(`engine: none to load into (${(0,errors/* errorMessage */.gJ)(err)})`);
                return undefined;
            }
            finally {
                clearTimeout(timer);
            }
        })();
        return answer;
    };
}
/**
 * Whether the target registry is spoken to in plain HTTP: loopback, registry_insecure, or (as
 * the other paths decide it) an engine here that lists it among its insecure registries.
 */
async function plainHttpFor(registry, run) {
    if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry) || run.spec.registryInsecure)
        return true;
    const engine = await run.engine?.();
    return engine ? engine.allowsPlainHttp(registry).catch(() => false) : false;
}
function registryClient(registry, spec, reporter, plainHttp) {
    return new registry_client/* RegistryClient */.bP(registry === 'docker.io' ? 'registry-1.docker.io' : registry, spec.logins.for(registry), plainHttp, (m) => reporter.debug(m));
}
/**
 * The runtime base through the registry API: scratch, or the image's own registry (with the
 * credentials when it is the target's). A base no registry gives (unreachable, or not there)
 * is taken from an engine's copy when one answers, as the direct path does; without one, one line.
 * The engine is only asked about bases outside the target registry.
 */
async function hostBase(image, platform, target, plainHttp, run) {
    const { spec, reporter } = run;
    if (image === 'scratch')
        return { base: { image, source: 'scratch', layers: [] } };
    const registry = (0,image_ref/* parseRepository */.SU)(image.replace(/@.*$/, '').replace(/:[^/:]*$/, ''), 'runtime_image').registry;
    const client = registry === target ? registryClient(registry, spec, reporter, plainHttp) : new registry_client/* RegistryClient */.bP(registry === 'docker.io' ? 'registry-1.docker.io' : registry, spec.logins.for(registry), spec.registryInsecure, (m) => reporter.debug(m));
    // A base from another registry that an engine here already holds is read from it (no download), as the direct path does.
    if (registry !== target) {
        const engine = await run.engine?.();
        if (engine && (await engine.inspectImage(image).catch(() => undefined))) {
            reporter.info(`runtime_image ${image}: the engine's copy`);
            return { base: await baseFromEngine(image, platform, engine, reporter, layerCacheDir(run.env)) };
        }
    }
    let base;
    let why = '';
    try {
        base = await baseFromRegistry(image, platform, client);
        if (!base)
            why = `it is not in registry ${registry}`;
    }
    catch (err) {
        const m = (0,errors/* errorMessage */.gJ)(err);
        if (/\b401\b|\b403\b|refused a token|unauthorized|denied/i.test(m)) {
            const given = spec.logins.maybe(registry);
            throw new errors/* UserError */.yo(`runtime_image '${image}': registry ${registry} ${given ? 'refuses the credentials given' : 'needs credentials to pull it'} (${m.split('\n')[0]}); ${spec.logins.hint(registry)}`);
        }
        if (err instanceof errors/* UserError */.yo)
            throw err;
        why = `registry ${registry} cannot be read (${m.split('\n')[0]})`;
    }
    if (base)
        return { base, client };
    const engine = await run.engine?.();
    if (!engine)
        throw new errors/* UserError */.yo(`runtime_image '${image}': ${why}, and no engine answers to take it from; push it to ${target}, or use scratch`);
    reporter.info(`runtime_image ${image}: ${why}; taking the engine's copy`);
    return { base: await baseFromEngine(image, platform, engine, reporter, layerCacheDir(run.env)) };
}
/** The runtime files' layers, by digest, made when a push finds the registry lacks one. */
function madeOnRead() {
    const blob = async (pick) => {
        const b = pick(await runtimeFileLayers()).blob;
        if (!b)
            throw new Error('the runtime files\' layer has no blob');
        return b;
    };
    return new Map([
        [RUNTIME_FILE_LAYERS.certificates.digest, () => blob((l) => l.certificates)],
        [RUNTIME_FILE_LAYERS.zoneinfo.digest, () => blob((l) => l.zoneinfo)],
    ]);
}
/** Starts the push's questions whose answers do not depend on the compile; failures are asked again by the push. */
function askAhead(client, repo, tags, layers, after) {
    const ahead = { blobs: new Map(), tags: new Map() };
    const quiet = (p) => {
        p.catch(() => undefined);
        return p;
    };
    // Not before `after`: the first request loads Node's HTTP client (about 0.1 s of the main thread).
    const ready = quiet(after.then(() => client.warm()));
    for (const tag of tags)
        ahead.tags.set(tag, quiet(ready.then(() => client.getManifest(repo, tag))));
    for (const list of layers) {
        list.then((ls) => {
            for (const l of ls)
                if (!ahead.blobs.has(l.digest))
                    ahead.blobs.set(l.digest, quiet(ready.then(() => client.hasBlob(repo, l.digest))));
        }, () => undefined);
    }
    return ahead;
}
/** One platform's image: compile, assemble, push (or write the OCI layout). */
async function buildPlatform(o) {
    const { service, target, run } = o;
    const { reporter, spec, env } = run;
    const native = (0,plan_platforms/* nodePlatform */.OP)();
    const facts = run.facts ? (0,build_facts/* factsFor */.x)(run.facts, target) : await (0,build_facts/* readBuildFacts */.C)(service, env, target, native);
    const index = (0,build_plan/* planBuild */.C7)(service, facts);
    const plan = o.several ? (0,build_plan/* platformPlan */.Xh)(index, target) : index;
    printPlan(plan, reporter);
    const started = Date.now();
    const binary = external_path_.join(o.tmp, `${plan.binaryName}-${target.os}-${target.arch}`);
    const repo = (0,image_ref/* parseRepository */.SU)(plan.repository);
    // The runtime files' layers and the base are made while go compiles in its own process (on the
    // machine's other core); awaited after it. A failure then is the same failure, only found later.
    // Started once go build has been spawned (a tick later): making the layers begins with some synchronous work.
    const afterSpawn = new Promise((resolve) => setImmediate(resolve));
    // A push needs the runtime files' layers only by their descriptors unless the registry lacks one.
    const rootfs = service.push ? Promise.resolve(runtimeFileDescriptors()) : afterSpawn.then(() => runtimeFileLayers());
    const baseLookup = afterSpawn.then(() => hostBase(plan.runtime.image, facts.platform, repo.registry, o.plainHttp, run));
    rootfs.catch(() => undefined);
    baseLookup.catch(() => undefined);
    // The push's questions are asked meanwhile too: the registry's scheme and authentication, the
    // tags, whether it holds the runtime files' and the base's layers. Only the binary layer and
    // the config are left to ask after the compile.
    const pushClient = service.push ? registryClient(repo.registry, spec, reporter, o.plainHttp) : undefined;
    const ahead = pushClient ? askAhead(pushClient, repo.path, plan.tags, [rootfs.then((r) => [r.certificates, r.zoneinfo]), plan.runtime.needsPasswd ? afterSpawn.then(() => usersLayer()).then((l) => [l]) : Promise.resolve([]), baseLookup.then((b) => b.base.layers)], afterSpawn) : undefined;
    await reporter.group(`Build ${plan.repository} (Go ${plan.goVersion}, host)`, async () => {
        const compile = await compileOnHost({ spec: service, plan, facts, toolchain: o.toolchain, caches: o.caches, env, out: binary, reporter });
        reporter.info(`compiled ${plan.binaryName} in ${compile.toFixed(2)}s with ${(0,builder_decision/* toolchainText */.j8)(o.toolchain)}`);
    });
    const t = Date.now();
    const { base, client: baseClient } = await baseLookup;
    const image = await assembleImage({ plan, platform: facts.platform, commitTime: facts.git.commitTime, binary: await external_fs_.promises.readFile(binary), rootfs: await rootfs, base });
    const assembleSeconds = (Date.now() - t) / 1000;
    reporter.info(`assembled ${plan.repository} for ${(0,plan_platforms/* platformText */.VQ)(facts.platform)} on ${base.source === 'scratch' ? 'scratch' : base.image}: config ${image.configDigest} in ${assembleSeconds.toFixed(2)}s`);
    // A base from another registry cannot be mounted: its blobs are read there and uploaded.
    const made = madeOnRead();
    const blobs = image.blobs.map((b) => (b.mountFrom && baseClient && baseClient.registry !== repo.registry && !b.read ? { ...b, mountFrom: undefined, read: () => baseClient.getBlob(b.mountFrom, b.digest) } : made.has(b.digest) ? { ...b, read: made.get(b.digest) } : b));
    const readBlob = (l) => l.blobPath ? external_fs_.promises.readFile(l.blobPath) : l.mountFrom && baseClient ? baseClient.getBlob(l.mountFrom, l.digest) : Promise.reject(new Error(`base layer ${l.digest} has no source`));
    const result = {
        plan, imageId: image.configDigest, digest: '', imageRef: plan.references[0], commitTime: facts.git.commitTime, unchanged: false, seconds: { build: 0, push: 0 }, sizeBytes: image.sizeBytes,
        binaryFile: binary, runtimeImage: plan.runtime.image, hostToolchain: (0,builder_decision/* toolchainText */.j8)(o.toolchain), plainHttp: o.plainHttp,
        baseFiles: base.layers.length ? baseFiles(base.layers.map((l) => () => readBlob(l))) : undefined,
    };
    let ociDir;
    if (service.push) {
        const pushStarted = Date.now();
        const published = await reporter.group(`Push ${plan.repository} (registry API)`, () => publishImage({ client: pushClient ?? registryClient(repo.registry, spec, reporter, o.plainHttp), repo: repo.path, tags: plan.tags, blobs, manifest: image.manifest, reporter, ahead }));
        result.seconds.push = (Date.now() - pushStarted) / 1000;
        result.digest = published.digest;
        result.imageRef = `${plan.repository}@${published.digest}`;
        result.unchanged = published.unchanged;
        reporter.info(`pushed ${plan.tags.length} tag(s), digest ${published.digest}: ${published.bytesUploaded} bytes in ${published.blobsUploaded} blob(s)${published.unchanged ? ' (unchanged)' : ''} in ${result.seconds.push.toFixed(2)}s`);
    }
    else {
        // As the other paths: into the engine when one answers; an OCI layout when none does or oci_layout asks for one.
        const engine = await run.engine?.();
        if (engine) {
            const t0 = Date.now();
            const held = await engineHasChain(engine, plan.runtime.image, base.layers.map((l) => l.diffId)).catch(() => false);
            const layers = [
                ...base.layers.map((l) => ({ diffId: l.diffId, data: held ? undefined : () => readBlob(l) })),
                ...image.steps.map((s) => ({ diffId: s.layer.diffId, data: async () => (s.layer.blob ?? s.layer.tar) })),
            ];
            result.imageId = await loadIntoEngine(engine, image.config, layers, plan.references);
            reporter.info(`loaded ${result.imageId} into the engine as ${plan.references.join(', ')} in ${((Date.now() - t0) / 1000).toFixed(2)}s (push is false)`);
        }
        if (!engine || spec.ociLayout) {
            ociDir = external_path_.resolve(spec.ociLayout || external_path_.join('.gantry', 'oci'));
            await writeOciLayout({ dir: ociDir, blobs, manifest: image.manifest, manifestDigest: (0,registry_client/* sha256Digest */.sI)(image.manifest), refs: plan.references });
            result.ociLayout = { dir: ociDir, digest: (0,registry_client/* sha256Digest */.sI)(image.manifest) };
            reporter.info(`wrote ${plan.references.join(', ')} as an OCI image layout to ${ociDir} (push is false${engine ? '' : '; no engine answers to load it into'})`);
        }
    }
    result.seconds.build = (Date.now() - started) / 1000 - result.seconds.push;
    return { index, result, ociDir };
}
/** Builds one service on the host for its platforms; several are cross-compiled and pushed as one index. */
async function buildOnHost(service, toolchain, run) {
    const result = await buildPlatformsOnHost(service, toolchain, run);
    return withMirrors(service, result, { logins: run.spec.logins, reporter: run.reporter, plainHttp: (r) => plainHttpFor(r, run) });
}
async function buildPlatformsOnHost(service, toolchain, run) {
    const { reporter, spec } = run;
    const tmp = external_fs_.mkdtempSync(external_path_.join(external_os_.tmpdir(), 'gantry-host-'));
    // The binaries stay until the process ends: binaries_dir and the SBOM read them after the build.
    process.once('exit', () => external_fs_.rmSync(tmp, { recursive: true, force: true }));
    const caches = goCaches(spec.cacheDir, tmp, reporter);
    const platforms = service.platforms.length ? service.platforms : [(0,plan_platforms/* nodePlatform */.OP)()];
    const builds = [];
    let index;
    const plainHttp = service.image ? await plainHttpFor((0,image_ref/* parseRepository */.SU)(service.image).registry, run) : false;
    for (const p of platforms) {
        const built = await buildPlatform({ service, target: p, several: platforms.length > 1, run, toolchain, caches, tmp, plainHttp });
        index ??= built.index;
        builds.push({ platform: p, result: built.result });
    }
    const first = builds[0].result;
    if (platforms.length === 1)
        return { ...first, builds, indexTags: [] };
    const indexTags = index.tags;
    const repository = first.plan.repository;
    const base = {
        ...first,
        plan: { ...first.plan, tags: indexTags, references: indexTags.map((t) => `${repository}:${t}`), platform: platforms.map(plan_platforms/* platformText */.VQ).join(',') },
        builds,
        indexTags,
        seconds: { build: builds.reduce((n, b) => n + b.result.seconds.build, 0), push: builds.reduce((n, b) => n + b.result.seconds.push, 0) },
        sizeBytes: builds.reduce((n, b) => n + b.result.sizeBytes, 0),
    };
    if (!service.push)
        return base;
    const repo = (0,image_ref/* parseRepository */.SU)(repository);
    const client = registryClient(repo.registry, spec, reporter, plainHttp);
    const entries = [];
    for (const b of builds) {
        const m = await client.getManifest(repo.path, b.result.digest);
        if (!m)
            throw new Error(`the registry lost ${repository}@${b.result.digest} right after its push`);
        entries.push({ mediaType: m.mediaType || registry_client/* MEDIA */.Rn.dockerManifest, digest: b.result.digest, size: m.size, platform: { os: b.platform.os, architecture: b.platform.arch } });
    }
    const body = (0,registry_client/* manifestList */.sZ)(entries);
    let digest = '';
    for (const tag of indexTags)
        digest = await client.putManifest(repo.path, tag, registry_client/* MEDIA */.Rn.dockerList, body);
    reporter.info(`pushed an index of ${builds.length} platforms under ${indexTags.length} tag(s), digest ${digest}`);
    return { ...base, digest, imageRef: `${repository}@${digest}`, unchanged: false };
}



// EXTERNAL MODULE: ./src/image/host/toolchain.ts
var toolchain = __webpack_require__(61123);
;// CONCATENATED MODULE: ./src/image/build-command.ts











function buildSummary(r) {
    const rows = [
        `| image | ${(r.pushedTo?.length ? r.pushedTo.map((p) => p.repository) : [r.plan.repository]).map((x) => `\`${x}\``).join(' ')} |`,
        `| tags | ${r.plan.tags.map((t) => `\`${t}\``).join(' ')} |`,
        `| digest | ${r.digest ? `\`${r.digest}\`` : '(not pushed)'} |`,
        `| size | ${(r.sizeBytes / 1e6).toFixed(1)} MB |`,
        `| Go | ${r.plan.goVersion} (${r.plan.platform}) |`,
    ];
    return `### gantry build\n\n| | |\n|---|---|\n${rows.join('\n')}\n`;
}
/** repository@digest in every repository pushed to (the first first); the first's image_ref when none was copied. */
function imageRefs(r) {
    if (!r.digest)
        return [];
    return r.pushedTo?.length ? r.pushedTo.map((p) => `${p.repository}@${p.digest}`) : [r.imageRef];
}
/** Every pushed repository:tag, the first repository's first. */
function allReferences(r) {
    return r.pushedTo?.length ? r.pushedTo.flatMap((p) => p.references) : r.plan.references;
}
/**
 * What a later deploy takes: repository@digest when pushed; an image written only as an OCI layout
 * is `oci:DIR@sha256:...` (DIR relative to the working folder when inside it, so a CI job that
 * gets the folder as an artifact finds it); else the local reference.
 */
function deployableRef(r, cwd = process.cwd()) {
    if (r.digest || !r.ociLayout)
        return r.imageRef;
    const rel = external_path_.relative(cwd, r.ociLayout.dir);
    const dir = rel && !rel.startsWith('..') && !external_path_.isAbsolute(rel) ? rel : r.ociLayout.dir;
    return `oci:${dir}@${r.ociLayout.digest}`;
}
/** `gantry build` of the one service the inputs describe. */
async function build(inputs, reporter, env) {
    const spec = (0,read_build_spec/* buildSpecOf */.d)(inputs, env);
    for (const w of spec.warnings)
        reporter.warn(w);
    const [split] = await splitByBuilder(spec, spec.services, reporter, env);
    let result;
    if (split.toolchain) {
        result = await buildOnHost(split.service, split.toolchain, { spec, reporter, env, engine: engineIfAny(env, reporter, spec), facts: split.facts });
        exportHostBinaries(spec, [{ name: '', result }], false, reporter);
    }
    else {
        const engine = await engineFor(spec, [split], reporter, env);
        const [outcome] = await runBuilds(spec, spec.services, reporter, env, engine, 1);
        result = outcome.result;
    }
    const plan = result.plan;
    reporter.summary(buildSummary(result));
    reporter.setOutput('digest', result.digest);
    reporter.setOutput('image_ref', deployableRef(result));
    reporter.setOutput('image_refs', imageRefs(result).join(','));
    reporter.setOutput('image_id', result.imageId);
    reporter.setOutput('tags', allReferences(result).join(','));
    reporter.setOutput('commit_time', String(result.commitTime || ''));
    reporter.setOutput('go_version', plan.goVersion);
    return result;
}
/** `gantry build` with `config`: every service of gantry.yml (or those only_changed picks). */
async function buildServices(inputs, reporter, env) {
    const spec = (0,read_build_spec/* buildSpecOf */.d)(inputs, env);
    const file = spec.config;
    const { build: specs, skipped } = await selectChanged(spec, reporter, env);
    const parallel = spec.parallel || external_os_.cpus().length;
    reporter.info(`${spec.services.length} service(s) in ${file}; building ${specs.length}, ${Math.min(parallel, Math.max(specs.length, 1))} at a time`);
    const splits = await splitByBuilder(spec, specs, reporter, env);
    const onHost = splits.filter((x) => x.toolchain);
    const inContainer = splits.filter((x) => !x.toolchain);
    const hostBuilt = onHost.length ? await hostServices(spec, onHost, reporter, env, parallel) : [];
    // The container path writes binaries_dir/SHA256SUMS itself; it keeps the host path's entries.
    exportHostBinaries(spec, hostBuilt, true, reporter);
    const built = [...hostBuilt, ...(inContainer.length ? await runBuilds(spec, inContainer.map((x) => x.service), reporter, env, await engineFor(spec, inContainer, reporter, env), parallel) : [])];
    const outcomes = spec.services.map((s) => built.find((o) => o.name === s.name) ?? skipped.find((o) => o.name === s.name));
    reporter.summary(servicesSummary(outcomes, file));
    for (const o of outcomes) {
        const r = o.result;
        reporter.info(`${o.name}: ${o.status}${r ? ` ${r.digest ? r.imageRef : r.plan.references[0]} (Go ${r.plan.goVersion}, ${r.plan.platform}, ${o.seconds.toFixed(1)}s)` : ''}${o.error ? `: ${o.error}` : ''}`);
    }
    reporter.setOutput('services', JSON.stringify(outcomes.map((o) => ({
        name: o.name,
        status: o.status,
        image_ref: o.result?.imageRef ?? '',
        image_refs: o.result ? imageRefs(o.result) : [],
        digest: o.result?.digest ?? '',
        tags: o.result ? allReferences(o.result) : [],
        go_version: o.result?.plan.goVersion ?? '',
        platforms: o.result?.plan.platform ?? '',
        ...(o.error ? { error: o.error } : {}),
    }))));
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length)
        throw new errors/* UserError */.yo(`${failed.length} of ${outcomes.length} services failed: ${failed.map((o) => `${o.name} (${o.error})`).join('; ')}`);
    return outcomes;
}
/** Each service's builder (the log says which and why); the toolchain searches are shared by Go version. */
async function splitByBuilder(spec, services, reporter, env) {
    const toolchains = new builder_decision/* Toolchains */.jL(spec.goRoot, env, (0,machine_probe/* machineProbe */.k)(env), (0,builder_decision/* switchEnvOf */.Nk)(spec));
    const out = [];
    for (const service of services) {
        const d = await (0,builder_decision/* decideBuilder */.Mj)(service, spec, env, toolchains);
        reporter.info(`${service.name ? `[${service.name}] ` : ''}${(0,builder_choice/* builderLine */.UO)(d.choice)}`);
        if (d.choice.builder === 'host')
            out.push({ service, toolchain: d.toolchain, facts: d.facts });
        else
            out.push({ service, missing: d.toolchain || !d.looked.length ? undefined : { goVersion: d.goVersion, looked: d.looked } });
    }
    return out;
}
/**
 * The engine for the container path. When a service went there only for want of a toolchain and
 * no engine answers either, the build stops with one line naming the Go version and where gantry looked.
 */
async function engineFor(spec, splits, reporter, env) {
    const engine = new docker.Engine((m) => reporter.debug(m), env, { pullCredentials: (r) => spec.logins.maybe(r) });
    const missing = splits.find((x) => x.missing)?.missing;
    if (missing) {
        try {
            await engine.platform();
        }
        catch (err) {
            reporter.debug(`engine: ${err instanceof Error ? err.message : String(err)}`);
            throw new errors/* UserError */.yo((0,toolchain/* noToolchainMessage */.A$)(missing.goVersion, missing.looked));
        }
    }
    return engine;
}
/** The host path's services, `parallel` at a time; a failing one is reported, the others go on. */
async function hostServices(spec, splits, reporter, env, parallel) {
    const queue = [...splits];
    const out = [];
    const engine = engineIfAny(env, reporter, spec);
    const worker = async () => {
        for (let x = queue.shift(); x; x = queue.shift()) {
            const started = Date.now();
            const outcome = { name: x.service.name, status: 'failed', seconds: 0, binaries: [] };
            try {
                outcome.result = await buildOnHost(x.service, x.toolchain, { spec, reporter: new ServiceReporter(reporter, `[${x.service.name}] `), env, engine, facts: x.facts });
                outcome.status = outcome.result.unchanged ? 'unchanged' : 'built';
            }
            catch (err) {
                outcome.error = err instanceof Error ? err.message : String(err);
                reporter.warn(`[${x.service.name}] failed: ${outcome.error}`);
            }
            outcome.seconds = (Date.now() - started) / 1000;
            out.push(outcome);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, splits.length)) }, worker));
    return out;
}
/**
 * binaries_dir for services built on the host: each platform's binary (NAME-OS-ARCH, under the
 * service's folder with a config) and SHA256SUMS, as the container path exports them.
 */
function exportHostBinaries(spec, built, multi, reporter) {
    if (!spec.binariesDir)
        return;
    const dir = external_path_.resolve(spec.binariesDir);
    const all = [];
    for (const o of built) {
        for (const b of o.result?.builds ?? []) {
            if (!b.result.binaryFile)
                continue;
            const name = (0,binary_paths/* binaryFileName */.Z)(b.result.plan.binaryName, b.platform.os, b.platform.arch, multi ? o.name : '');
            const exported = copyBinary(b.result.binaryFile, dir, name);
            reporter.info(`${multi ? `[${o.name}] ` : ''}binary ${external_path_.join(dir, name)}: ${exported.size} bytes, sha256 ${exported.sha256}`);
            o.binaries?.push(exported);
            all.push(exported);
        }
    }
    if (!all.length)
        return;
    const sums = writeSha256Sums(dir, all);
    reporter.info(`binaries: ${all.length} in ${spec.binariesDir}, sums in ${sums}`);
    reporter.setOutput('binaries', all.map((b) => external_path_.join(spec.binariesDir, b.name)).join(','));
}


/***/ }),

/***/ 44529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ binaryFileName),
/* harmony export */   m: () => (/* binding */ imageProgram)
/* harmony export */ });
/** Names of binaries, in an image and in binaries_dir: pure, for the build, the deploy and the SBOM alike. */
/** Where a binary goes: NAME-OS-ARCH, under the service's folder when several services are built. */
function binaryFileName(binaryName, os, arch, service = '') {
    const file = `${binaryName}-${os}-${arch}${os === 'windows' ? '.exe' : ''}`;
    return service ? `${service}/${file}` : file;
}
/** The path of the program an image runs: its entrypoint's first word, else its command's. */
function imageProgram(config) {
    const first = (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v.split(/\s+/)[0] : undefined);
    const program = first(config.Entrypoint) || first(config.Cmd) || '';
    return program.startsWith('/') ? program : '';
}


/***/ }),

/***/ 24690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sZ: () => (/* binding */ manifestList)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * A small client of the registry's HTTP API (distribution v2), for what the engine cannot do
 * itself: reading manifests, putting a manifest index, and the small blobs and manifests of
 * signatures and attestations (src/supply-chain). Credentials stay in this object's
 * memory (basic auth, or a bearer token fetched with them); nothing is written to disk.
 */
const MEDIA = {
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
};
const ACCEPT_ALL = [MEDIA.dockerManifest, MEDIA.dockerList, MEDIA.ociManifest, MEDIA.ociIndex].join(', ');
function sha256Digest(body) {
    return `sha256:${(0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
}
/** Parses `Bearer realm="...",service="...",scope="..."` (or Basic realm=...). */
function parseChallenge(header) {
    const m = /^(\w+)\s*(.*)$/.exec(header.trim());
    if (!m)
        return { scheme: '', params: {} };
    const params = {};
    for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g))
        params[p[1]] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
class RegistryClient {
    registry;
    credentials;
    insecure;
    debug;
    token = '';
    useBasic = false;
    base = '';
    constructor(registry, credentials, 
    /** The engine treats the registry as insecure (plain HTTP allowed after HTTPS fails). */
    insecure, debug = () => undefined) {
        this.registry = registry;
        this.credentials = credentials;
        this.insecure = insecure;
        this.debug = debug;
    }
    basicHeader() {
        return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
    }
    authHeaders() {
        if (this.token)
            return { Authorization: `Bearer ${this.token}` };
        if (this.useBasic && (this.credentials.username || this.credentials.password))
            return { Authorization: this.basicHeader() };
        return {};
    }
    /** The registry's origin, probed once however many requests start at the same moment. */
    origin() {
        this.probing ??= this.probe().catch((err) => {
            this.probing = undefined;
            throw err;
        });
        return this.probing;
    }
    probing;
    /** Finds the registry's origin (scheme, authentication kind) ahead of the first request, e.g. while a compile runs. */
    async warm() {
        await this.origin();
    }
    async probe() {
        if (this.base)
            return this.base;
        const schemes = this.insecure ? ['https', 'http'] : ['https'];
        let last;
        for (const scheme of schemes) {
            try {
                this.debug(`registry: GET ${scheme}://${this.registry}/v2/`);
                const res = await fetch(`${scheme}://${this.registry}/v2/`, { signal: AbortSignal.timeout(15000) });
                // A registry that asks for Basic authentication gets it from the first request on (no 401 round trip a request).
                if (res.status === 401 && parseChallenge(res.headers.get('www-authenticate') ?? '').scheme === 'basic')
                    this.useBasic = true;
                this.base = `${scheme}://${this.registry}`;
                return this.base;
            }
            catch (err) {
                last = err;
            }
        }
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot reach registry ${this.registry} (${last instanceof Error ? last.cause?.message ?? last.message : String(last)})`);
    }
    async authenticate(challenge, scope) {
        const { scheme, params } = parseChallenge(challenge);
        if (scheme === 'basic') {
            this.useBasic = true;
            return;
        }
        if (scheme !== 'bearer' || !params.realm)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} asks for unsupported authentication '${challenge}'`);
        const url = new URL(params.realm);
        if (params.service)
            url.searchParams.set('service', params.service);
        url.searchParams.set('scope', params.scope || scope);
        const headers = {};
        if (this.credentials.username || this.credentials.password)
            headers.Authorization = this.basicHeader();
        this.debug(`registry: token from ${url.origin}${url.pathname} for ${url.searchParams.get('scope')}`);
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(30000) });
        if (!res.ok)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused a token for ${scope} (HTTP ${res.status}); check its credentials (registry_auth_config, or registry_username and registry_password)`);
        const body = (await res.json());
        this.token = body.token || body.access_token || '';
    }
    /** One request, authenticating once on a 401. */
    async request(method, path, scope, init = {}) {
        const origin = await this.origin();
        for (let attempt = 0;; attempt++) {
            this.debug(`registry: ${method} ${origin}${path}`);
            const res = await fetch(`${origin}${path}`, {
                method,
                headers: { ...init.headers, ...this.authHeaders() },
                body: init.body,
                signal: AbortSignal.timeout(60000),
            });
            if (res.status !== 401 || attempt > 0)
                return res;
            await this.authenticate(res.headers.get('www-authenticate') ?? '', scope);
        }
    }
    async getManifest(repo, ref) {
        const res = await this.request('GET', `/v2/${repo}/manifests/${ref}`, `repository:${repo}:pull`, { headers: { Accept: ACCEPT_ALL } });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw this.failure('GET', repo, ref, res);
        const body = Buffer.from(await res.arrayBuffer());
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0];
        return { digest: res.headers.get('docker-content-digest') || sha256Digest(body), mediaType, size: body.length, body };
    }
    /**
     * An image by tag or digest, with its config. An index is resolved to the entry `pick` chooses
     * (pick may throw to say why none fits). Undefined when the reference is not in the repository.
     */
    async getImage(repo, ref, pick) {
        let m = await this.getManifest(repo, ref);
        if (!m)
            return undefined;
        let manifest = JSON.parse(m.body.toString('utf8'));
        // An index by its body, whatever media type the registry says.
        if (Array.isArray(manifest.manifests)) {
            const entry = pick(manifest.manifests);
            if (!entry)
                return undefined;
            m = await this.getManifest(repo, entry.digest);
            if (!m)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} lists ${repo}@${entry.digest} in ${ref} but does not hold it`);
            manifest = JSON.parse(m.body.toString('utf8'));
        }
        if (!manifest.config)
            return undefined;
        return { digest: m.digest, layers: manifest.layers ?? [], config: await this.getBlob(repo, manifest.config.digest) };
    }
    /** Whether the repository holds the blob. */
    async hasBlob(repo, digest) {
        const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`);
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw this.failure('HEAD', repo, digest, res, 'blob');
        return true;
    }
    /** A blob's bytes, checked against its digest. */
    async getBlob(repo, digest) {
        const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`);
        if (!res.ok)
            throw this.failure('GET', repo, digest, res, 'blob');
        const body = Buffer.from(await res.arrayBuffer());
        if (sha256Digest(body) !== digest)
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} returned blob ${digest} of ${repo} with other content`);
        return body;
    }
    /**
     * Uploads a small blob in one request (POST then PUT ?digest=), unless the registry has it
     * (`checked`: the caller has just asked); returns its digest.
     */
    async putBlob(repo, body, checked = false, known) {
        // `known`: the caller has just checked the body against this digest.
        const digest = known ?? sha256Digest(body);
        if (!checked && (await this.hasBlob(repo, digest)))
            return digest;
        const scope = `repository:${repo}:pull,push`;
        const started = await this.request('POST', `/v2/${repo}/blobs/uploads/`, scope);
        if (started.status !== 202)
            throw this.failure('POST', repo, 'upload', started, 'blob');
        const location = new URL(started.headers.get('location') ?? '', `${await this.origin()}/`);
        location.searchParams.set('digest', digest);
        const res = await this.request('PUT', `${location.pathname}${location.search}`, scope, { headers: { 'Content-Type': 'application/octet-stream' }, body });
        if (!res.ok)
            throw this.failure('PUT', repo, digest, res, 'blob');
        return digest;
    }
    /**
     * Mounts a blob of repository `from` (same registry) into `repo` without sending it: true when
     * mounted; false when the registry declined (it then opened an upload, which is cancelled).
     */
    async mountBlob(repo, digest, from) {
        const scope = `repository:${repo}:pull,push`;
        const query = new URLSearchParams({ mount: digest, from });
        const res = await this.request('POST', `/v2/${repo}/blobs/uploads/?${query.toString()}`, scope);
        if (res.status === 201)
            return true;
        if (res.status !== 202)
            throw this.failure('POST', repo, `mount ${digest} from ${from}`, res, 'blob');
        const location = res.headers.get('location');
        if (location) {
            const url = new URL(location, `${await this.origin()}/`);
            await this.request('DELETE', `${url.pathname}${url.search}`, scope).catch(() => undefined);
        }
        return false;
    }
    /**
     * The OCI referrers of a digest (an image index of descriptors), or undefined when the
     * registry has no referrers API (distribution 2.8 answers 404 there).
     */
    async getReferrers(repo, digest) {
        const res = await this.request('GET', `/v2/${repo}/referrers/${digest}`, `repository:${repo}:pull`, { headers: { Accept: MEDIA.ociIndex } });
        if (res.status === 404 || res.status === 405)
            return undefined;
        if (!res.ok)
            throw this.failure('GET', repo, `referrers/${digest}`, res);
        const type = (res.headers.get('content-type') ?? '').split(';')[0];
        if (type !== MEDIA.ociIndex)
            return undefined;
        const index = (await res.json());
        return index.manifests ?? [];
    }
    /** PUTs a manifest under `ref` (a tag or its digest); returns the digest of the bytes sent. */
    async putManifest(repo, ref, mediaType, body) {
        const res = await this.request('PUT', `/v2/${repo}/manifests/${ref}`, `repository:${repo}:pull,push`, { headers: { 'Content-Type': mediaType }, body });
        if (!res.ok)
            throw this.failure('PUT', repo, ref, res);
        const digest = sha256Digest(body);
        const said = res.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new Error(`registry ${this.registry} stored ${repo}:${ref} as ${said}, not ${digest}`);
        return digest;
    }
    failure(method, repo, ref, res, what = 'manifest') {
        if (res.status === 401 || res.status === 403) {
            return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused ${method} of ${repo}:${ref} (HTTP ${res.status}); check its credentials (registry_auth_config, or registry_username and registry_password)`);
        }
        return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry}: ${method} ${repo} ${what} ${ref} failed with HTTP ${res.status}`);
    }
}
/** The manifest list bytes for per-platform manifests (Docker's list: every engine and registry reads it). */
function manifestList(entries) {
    const doc = {
        schemaVersion: 2,
        mediaType: MEDIA.dockerList,
        manifests: entries.map((e) => ({ mediaType: e.mediaType, size: e.size, digest: e.digest, platform: { architecture: e.platform.architecture, os: e.platform.os } })),
    };
    return Buffer.from(JSON.stringify(doc, null, 3));
}


/***/ }),

/***/ 62979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pinsFor),
/* harmony export */   QH: () => (/* binding */ lookupName),
/* harmony export */   _7: () => (/* binding */ sha256Fingerprint),
/* harmony export */   b3: () => (/* binding */ blobKeyType),
/* harmony export */   uJ: () => (/* binding */ parseKnownHosts)
/* harmony export */ });
/* unused harmony export hostMatches */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const KEY_TYPES = new Set([
    'ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com',
]);
const FINGERPRINT_RE = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;
function sha256Fingerprint(key) {
    return `SHA256:${(0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The key type written at the start of an SSH public key blob, or undefined if it is not one. */
function blobKeyType(key) {
    if (key.length < 4)
        return undefined;
    const len = key.readUInt32BE(0);
    if (len === 0 || len > 64 || 4 + len > key.length)
        return undefined;
    const type = key.subarray(4, 4 + len).toString('latin1');
    return /^[a-z0-9@.-]+$/.test(type) ? type : undefined;
}
function lineError(line, problem) {
    return (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('known_hosts', `line ${line} ${problem}`, 'known_hosts lines ([@revoked] hosts key-type base64-key) or [hosts] SHA256:fingerprint lines');
}
function parseHostField(field, line) {
    if (field.startsWith('|')) {
        const m = /^\|1\|([A-Za-z0-9+/=]+)\|([A-Za-z0-9+/=]+)$/.exec(field);
        if (!m)
            throw lineError(line, `has a hashed host '${field.slice(0, 24)}...' that is not |1|salt|hash`);
        const salt = Buffer.from(m[1], 'base64');
        const hash = Buffer.from(m[2], 'base64');
        if (hash.length !== 20)
            throw lineError(line, 'has a hashed host whose hash is not HMAC-SHA1');
        return { kind: 'hashed', salt, hash };
    }
    const patterns = field.split(',');
    for (const p of patterns) {
        if (!/^!?(\[[^\]\s]+\]:\d{1,5}|[^\s,[\]]+)$/.test(p))
            throw lineError(line, `has a host pattern '${p}' that does not parse`);
    }
    return { kind: 'patterns', patterns };
}
/** Parses known_hosts text (and fingerprint pins); throws an input error naming the bad line. */
function parseKnownHosts(text) {
    const entries = [];
    const authorities = [];
    const warnings = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        let fields = trimmed.split(/\s+/);
        let revoked = false;
        let authority = false;
        if (fields[0].startsWith('@')) {
            if (fields[0] === '@revoked')
                revoked = true;
            else if (fields[0] === '@cert-authority')
                authority = true;
            else
                throw lineError(line, `has the unknown marker '${fields[0]}'`);
            fields = fields.slice(1);
        }
        if (authority && (fields.length < 3 || fields.some((f) => /^(MD5|SHA1|SHA256):/i.test(f)))) {
            throw lineError(line, 'is a @cert-authority line without hosts, key type and key (a CA line needs the CA\'s public key, not a fingerprint)');
        }
        // A fingerprint pin: "SHA256:..." (every host) or "hosts SHA256:...".
        if (fields.length <= 2 && FINGERPRINT_RE.test(fields[fields.length - 1])) {
            const fingerprint = fields[fields.length - 1].replace(/=$/, '');
            const hosts = fields.length === 2 ? parseHostField(fields[0], line) : { kind: 'any' };
            entries.push({ line, revoked, hosts, fingerprint });
            return;
        }
        if (fields.some((f) => /^(MD5|SHA1|SHA256):/i.test(f))) {
            throw lineError(line, 'has a fingerprint that is not SHA256:<43 base64 characters>');
        }
        if (fields.length < 3)
            throw lineError(line, 'has fewer than three fields (hosts, key type, key)');
        const [hostField, keyType, keyText] = fields;
        if (!KEY_TYPES.has(keyType))
            throw lineError(line, `has the unknown key type '${keyType.slice(0, 40)}'`);
        if (!BASE64_RE.test(keyText))
            throw lineError(line, 'has a key that is not base64');
        const key = Buffer.from(keyText, 'base64');
        const inner = blobKeyType(key);
        if (inner !== keyType) {
            throw lineError(line, `has a key whose blob says '${inner ?? 'nothing readable'}' but the line says '${keyType}'`);
        }
        const entry = { line, revoked, hosts: parseHostField(hostField, line), keyType, key, fingerprint: sha256Fingerprint(key) };
        if (authority)
            authorities.push({ ...entry, authority: true });
        else
            entries.push(entry);
    });
    return { entries, authorities, warnings };
}
/** The name OpenSSH looks a host up by: `host`, or `[host]:port` off port 22. */
function lookupName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
function wildcardMatch(pattern, name) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    return re.test(name);
}
function hostMatches(matcher, host, port) {
    const name = lookupName(host, port);
    switch (matcher.kind) {
        case 'any':
            return true;
        case 'hashed':
            return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha1', matcher.salt).update(name).digest().equals(matcher.hash);
        case 'patterns': {
            let hit = false;
            for (const p of matcher.patterns) {
                const negated = p.startsWith('!');
                const pattern = negated ? p.slice(1) : p;
                if (wildcardMatch(pattern, name)) {
                    if (negated)
                        return false;
                    hit = true;
                }
            }
            return hit;
        }
    }
}
/** The pins that apply to one host. */
function pinsFor(known, host, port) {
    const hits = known.entries.filter((e) => hostMatches(e.hosts, host, port));
    return {
        trusted: hits.filter((e) => !e.revoked),
        revoked: hits.filter((e) => e.revoked),
        authorities: known.authorities.filter((e) => hostMatches(e.hosts, host, port)),
    };
}


/***/ })

};
;