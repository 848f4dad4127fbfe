"use strict";
exports.id = 490;
exports.ids = [490,298];
exports.modules = {

/***/ 78490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build),
  buildServices: () => (/* binding */ buildServices)
});

// UNUSED EXPORTS: buildSummary

// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/engine/docker.ts
var docker = __webpack_require__(43620);
// EXTERNAL MODULE: ./src/image/read-build-spec.ts + 3 modules
var read_build_spec = __webpack_require__(579);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
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
        external_fs_.cpSync(from, to, { recursive: true, force: true, preserveTimestamps: true });
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(318), __webpack_require__.e(970), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(318), __webpack_require__.e(970), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
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
    const size = await withImageArchive(engine, imageId, program, (archive) => extractSingleFile(archive, dest));
    const sha256 = (0,external_crypto_.createHash)('sha256').update(external_fs_.readFileSync(dest)).digest('hex');
    return { name, sha256, size };
}
/** Copies a binary compiled by the direct path into `dir` as `name`, keeping its mtime. */
function copyBinary(file, dir, name) {
    const dest = external_path_.join(dir, name);
    external_fs_.mkdirSync(external_path_.dirname(dest), { recursive: true });
    external_fs_.copyFileSync(file, dest);
    external_fs_.chmodSync(dest, 0o755);
    const st = external_fs_.statSync(file);
    external_fs_.utimesSync(dest, st.atime, st.mtime);
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
    external_fs_.mkdirSync(dir, { recursive: true });
    external_fs_.writeFileSync(file, mergeSha256Sums(existing, entries));
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
        const mod = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 54417));
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
    const cache = env.XDG_CACHE_HOME || external_path_.join(env.HOME || external_os_.homedir(), '.cache');
    return external_path_.join(cache, 'gantry', 'secrets-salt');
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
    const guard = (0,secret_guard/* guardBuildArgs */.X)(buildArgs, texts, spec.allowSecretBuildArgs);
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











/** Explains a failed build step in one line: the compiler's or engine's own words. */
function buildFailure(step, error, tail, plan) {
    if (/failed to resolve source metadata|pull access denied|not found: manifest unknown|failed to do request|repository does not exist|no such image/i.test(error)) {
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
    const dockerfileText = plan.dockerfile ?? external_fs_.readFileSync(spec.dockerfile.path, 'utf8');
    // Secrets are read, masked and checked (build args, the Dockerfile's mounts) before building.
    const secrets = await prepareSecrets(spec.secrets, spec.buildArgs, reporter, env, dockerfileText);
    const root = spec.contextRoot ?? spec.context;
    // A context widened to local modules sends only the module's folder and theirs.
    const rel = (d) => external_path_.relative(root, d).split(external_path_.sep).join('/');
    const only = spec.contextRoot && rel(spec.context) ? ['*', ...[spec.context, ...spec.localModules].map((d) => `!${rel(d)}`)] : [];
    const tar = contextTar(root, {
        exclude: [...only, ...(opts.exclude ?? []), ...(plan.dockerfile ? ['.git', '.gantry', build_plan/* CONTEXT_DOCKERFILE */.ld] : ['.gantry', build_plan/* CONTEXT_DOCKERFILE */.ld])],
        extra: { [build_plan/* CONTEXT_DOCKERFILE */.ld]: secrets.dockerfile },
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

// EXTERNAL MODULE: ./src/image/direct/build-path.ts
var build_path = __webpack_require__(93391);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
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

// EXTERNAL MODULE: ./src/engine/engine-http.ts
var engine_http = __webpack_require__(97363);
// EXTERNAL MODULE: external "zlib"
var external_zlib_ = __webpack_require__(43106);
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
    const blob = await reproducibleGzip(tar, level);
    return { diffId: sha256(tar), digest: sha256(blob), size: blob.length, blob, tar, mediaType: LAYER_MEDIA_TYPE };
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
    caches;
    builders = new Map();
    rootfs = new Map();
    /** Builders used in this run, for cache_dir's save. */
    used = new Map();
    constructor(engine, reporter, idleMinutes, 
    /** The engine's own platform (os/arch), which builders run on. */
    native, 
    /** cache_dir's side of a builder: its restore, what a build may take as already restored, dropping a damaged cache. */
    caches = NO_CACHES) {
        this.engine = engine;
        this.reporter = reporter;
        this.idleMinutes = idleMinutes;
        this.native = native;
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
        this.rootfs.delete(name);
        return this.get(key);
    }
    async ensure(key) {
        const name = builderName(key);
        const existing = await this.engine.inspectContainer(name).catch(() => undefined);
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
                throw (0,errors/* inputError */.Xu)('go_version', `the engine cannot get builder image '${key.image}' (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]})`, 'a Go version whose builder image exists, or builder_image');
            }
        }
        const vols = builderVolumes(key);
        const newVolumes = [];
        for (const v of [vols.mod, vols.build]) {
            const had = await this.engine.volumeExists(v).catch(() => false);
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
    /** The layers of a builder image's CA bundle and zoneinfo tree: made once per builder image, kept between runs. */
    rootfsOf(b) {
        let p = this.rootfs.get(b.name);
        if (!p) {
            p = readRootfsLayers(this.engine, b);
            this.rootfs.set(b.name, p);
            p.catch(() => this.rootfs.delete(b.name));
        }
        return p;
    }
}
/** Reads every entry of a tar stream. */
function readTar(archive, onEntry) {
    return new Promise((resolve, reject) => {
        const extract = tar_stream.extract();
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
function builderFilesDir(env = process.env) {
    const cache = env.XDG_CACHE_HOME || external_path_.join(env.HOME || external_os_.homedir(), '.cache');
    return external_path_.join(cache, 'gantry', 'builder-files');
}
/** Parses the zoneinfo archive (entries under zoneinfo/) into RootfsFiles entries. */
async function parseZoneinfo(archive) {
    const zoneinfo = [];
    await readTar(archive, (h, body) => {
        const rel = h.name.replace(/^zoneinfo\/?/, '').replace(/\/$/, '');
        const mode = (h.mode ?? 0o644) & 0o7777;
        if (h.type === 'directory')
            zoneinfo.push({ path: rel, mode, type: 'dir' });
        else if (h.type === 'symlink')
            zoneinfo.push({ path: rel, mode, type: 'symlink', linkname: h.linkname ?? '' });
        else if (h.type === 'file')
            zoneinfo.push({ path: rel, mode, type: 'file', body });
        else if (h.type === 'link') {
            // A hard link inside the tree: the same bytes as its target.
            const target = zoneinfo.find((e) => e.path === (h.linkname ?? '').replace(/^zoneinfo\/?/, ''));
            if (target?.body)
                zoneinfo.push({ path: rel, mode, type: 'file', body: target.body });
        }
    });
    return zoneinfo;
}
async function readRootfs(engine, b) {
    const id = /^sha256:([0-9a-f]{64})$/.exec(b.imageId)?.[1];
    const dir = builderFilesDir();
    const certsFile = id ? external_path_.join(dir, `${id}.ca-certificates.crt`) : '';
    const zoneFile = id ? external_path_.join(dir, `${id}.zoneinfo.tar`) : '';
    if (id && external_fs_.existsSync(certsFile) && external_fs_.existsSync(zoneFile)) {
        try {
            return { caCertificates: external_fs_.readFileSync(certsFile), zoneinfo: await parseZoneinfo(external_fs_.createReadStream(zoneFile)) };
        }
        catch {
            // a damaged copy: read the image again
        }
    }
    const certs = await engine.exec(b.id, ['cat', '/etc/ssl/certs/ca-certificates.crt']);
    if (certs.exitCode !== 0)
        throw new errors/* UserError */.yo(`builder image ${b.key.image} has no /etc/ssl/certs/ca-certificates.crt (${certs.stderr.toString('utf8').trim()}); the image needs the CA bundle`);
    const tar = await (0,engine_http/* readAll */.yw)(await engine.getArchive(b.id, '/usr/share/zoneinfo'));
    const zoneinfo = await parseZoneinfo(external_stream_.Readable.from([tar]));
    if (id) {
        try {
            external_fs_.mkdirSync(dir, { recursive: true });
            // Written whole and renamed: a concurrent run reads either nothing or a complete copy.
            for (const [file, body] of [[certsFile, certs.stdout], [zoneFile, tar]]) {
                const tmp = `${file}.${process.pid}.tmp`;
                external_fs_.writeFileSync(tmp, body);
                external_fs_.renameSync(tmp, file);
            }
        }
        catch {
            // no cache folder: read again next time
        }
    }
    return { caCertificates: certs.stdout, zoneinfo };
}
/**
 * The certificates and zoneinfo layers of a builder's image. Their bytes depend only on the image
 * (its id) and the gzip settings, so they are kept as files (tar and gzip blob) and checked
 * against their digests when read again; a missing or damaged copy is made again.
 */
async function readRootfsLayers(engine, b) {
    const id = /^sha256:([0-9a-f]{64})$/.exec(b.imageId)?.[1];
    const base = id ? external_path_.join(builderFilesDir(), `${id}.layers-${GZIP_LEVEL}-${GZIP_CHUNK}`) : '';
    let record;
    const kept = (name) => {
        try {
            record ??= JSON.parse(external_fs_.readFileSync(`${base}.json`, 'utf8'));
            const want = record[name];
            const tar = external_fs_.readFileSync(`${base}.${name}.tar`);
            const blob = external_fs_.readFileSync(`${base}.${name}.tar.gz`);
            const layer = { diffId: sha256(tar), digest: sha256(blob), size: blob.length, tar, blob, mediaType: LAYER_MEDIA_TYPE };
            return want && want.diffId === layer.diffId && want.digest === layer.digest ? layer : undefined;
        }
        catch {
            return undefined;
        }
    };
    if (base) {
        const certificates = kept('certificates');
        const zoneinfo = certificates && kept('zoneinfo');
        if (certificates && zoneinfo)
            return { certificates, zoneinfo };
    }
    const layers = await rootfsLayers(await readRootfs(engine, b));
    if (base) {
        try {
            external_fs_.mkdirSync(external_path_.dirname(base), { recursive: true });
            // Each file written whole and renamed: a concurrent run reads either nothing or a complete copy.
            const put = (file, body) => {
                const tmp = `${file}.${process.pid}.tmp`;
                external_fs_.writeFileSync(tmp, body);
                external_fs_.renameSync(tmp, file);
            };
            for (const name of ['certificates', 'zoneinfo']) {
                put(`${base}.${name}.tar`, layers[name].tar);
                put(`${base}.${name}.tar.gz`, layers[name].blob);
            }
            put(`${base}.json`, JSON.stringify({ certificates: { diffId: layers.certificates.diffId, digest: layers.certificates.digest }, zoneinfo: { diffId: layers.zoneinfo.diffId, digest: layers.zoneinfo.digest } }));
        }
        catch {
            // no cache folder: made again next time
        }
    }
    return layers;
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
    const whole = (0,engine_http/* readAll */.yw)(pack);
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
        const recordFile = treeRecordFile(builderFilesDir(), b.id, tree);
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
    const sizeBytes = o.base.layers.reduce((n, l) => n + (l.tarSize ?? l.size), 0) + steps.reduce((n, s) => n + (s.layer.tar?.length ?? s.layer.size), 0);
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

;// CONCATENATED MODULE: ./src/image/direct/base-image.ts









/**
 * Where reproducibly compressed base layers are kept: the runner's cache folder, one subfolder
 * per compression (a blob made another way would give another digest than a fresh runner's).
 */
function layerCacheDir(env = process.env) {
    const cache = env.XDG_CACHE_HOME || external_path_.join(env.HOME || external_os_.homedir(), '.cache');
    return external_path_.join(cache, 'gantry', 'base-layers', `gzip${GZIP_LEVEL}-${GZIP_CHUNK}`);
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
        await engine.pull(image, (0,plan_platforms/* platformText */.VQ)(platform));
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
async function pushTag(engine, reporter, repository, tag, credentials, attempts = 4) {
    const registry = (0,image_ref/* parseRepository */.SU)(repository).registry;
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
                throw new errors/* UserError */.yo(`registry ${registry} refused the push of ${repository}:${tag} (${message.trim()}); check registry_username and registry_password${credentials.username ? ` (user '${credentials.username}')` : ' (none given)'}`);
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
async function pushImage(engine, reporter, repository, tags, credentials) {
    const started = Date.now();
    let digest = '';
    let unchanged = true;
    await reporter.group(`Push ${repository}`, async () => {
        for (const tag of tags) {
            const r = await pushTag(engine, reporter, repository, tag, credentials);
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
async function publishImage(o) {
    const { client, repo, reporter } = o;
    const out = { digest: sha256(o.manifest), bytesUploaded: 0, blobsUploaded: 0, blobsMounted: 0, unchanged: true };
    const unique = o.blobs.filter((b, i) => o.blobs.findIndex((c) => c.digest === b.digest) === i);
    await eachLimited(unique, 4, async (b) => {
        if (await retried(`HEAD of ${b.what}`, reporter, () => client.hasBlob(repo, b.digest)))
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
        await retried(`upload of ${b.what}`, reporter, () => client.putBlob(repo, body, true));
        out.blobsUploaded++;
        out.bytesUploaded += body.length;
        reporter.info(`${b.what}: uploaded ${body.length} bytes (${b.digest.slice(7, 19)})`);
    });
    // Only now, with every blob in: the manifest, under each tag that does not name it yet.
    for (const tag of o.tags) {
        const before = await retried(`GET of ${repo}:${tag}`, reporter, () => client.getManifest(repo, tag));
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
    const base = await resolveBase({ image: plan.runtime.image, platform: input.platform, registry: repo.registry, client, engine, reporter, cacheDir: layerCacheDir() });
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

;// CONCATENATED MODULE: ./src/image/publish/publish-images.ts










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
    const pushed = spec.push ? await pushImage(c.engine, c.reporter, plan.repository, plan.tags, c.registry) : { digest: '', unchanged: true, seconds: 0 };
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
        registry: c.registry,
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
    const client = new registry_client/* RegistryClient */.bP(repo.registry === 'docker.io' ? 'registry-1.docker.io' : repo.registry, c.registry, await c.engine.allowsPlainHttp(repo.registry), (m) => reporter.debug(m));
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

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(35317);
;// CONCATENATED MODULE: ./src/image/cache/folder-tar.ts



/**
 * A folder of many small files (a compiler cache) as a tar stream, owned by root: GNU tar when
 * the machine has it (about ten times faster than packing in Node for thousands of files),
 * else tar-fs. A tar that fails ends the stream with its error.
 */
let gnuTar;
function hasGnuTar() {
    if (gnuTar === undefined) {
        try {
            gnuTar = /GNU tar/.test((0,external_child_process_.spawnSync)('tar', ['--version'], { encoding: 'utf8', timeout: 5000 }).stdout ?? '');
        }
        catch {
            gnuTar = false;
        }
    }
    return gnuTar;
}
/** The arguments: the folder's contents as ./..., numeric root owners. */
function folderTarArgs(dir) {
    return ['-C', dir, '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '.'];
}
/** The stream and how many bytes have gone through it. */
function folderTar(dir) {
    let n = 0;
    const counted = new external_stream_.Transform({
        transform(chunk, _enc, done) {
            n += chunk.length;
            done(null, chunk);
        },
    });
    const source = hasGnuTar() ? gnuTarStream(dir) : contextTar(dir, { exclude: [], extra: {} });
    source.on('error', (err) => counted.destroy(err));
    source.pipe(counted);
    return { stream: counted, bytes: () => n };
}
function gnuTarStream(dir) {
    const out = new external_stream_.PassThrough();
    const child = (0,external_child_process_.spawn)('tar', folderTarArgs(dir), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
    child.stdout.pipe(out, { end: false });
    child.on('error', (err) => out.destroy(err));
    child.on('close', (code) => {
        if (code === 0)
            out.end();
        else
            out.destroy(new Error(`tar of ${dir} failed: ${stderr.trim().split('\n').slice(-1)[0] || `exit code ${code}`}`));
    });
    return out;
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
    mounts = new Map();
    lineage = new Map();
    /** Volumes this run filled from the folder. */
    restored = new Set();
    constructor(engine, reporter, dir, maxMb) {
        this.engine = engine;
        this.reporter = reporter;
        this.dir = dir;
        this.maxMb = maxMb;
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
                const tar = folderTar(folder);
                await this.engine.putArchive(b.id, m.target, tar.stream);
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
        const ctx = (0,context_facts/* readContextFacts */.l)(s);
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
        outcome.result = await buildForPlatforms(service, { reporter, env: c.env, engine: c.engine, native: c.native, registry: c.spec.registry, builders: c.builders }, { exclude, afterBuild });
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
    const builderCaches = spec.cacheDir ? new BuilderCaches(engine, reporter, spec.cacheDir, spec.cacheMaxMb) : undefined;
    const builders = new BuilderPool(engine, reporter, spec.builderIdleMinutes, (0,plan_platforms/* platformText */.VQ)(native), {
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
                    reporter.warn(`cache: could not save the builder volumes to ${spec.cacheDir} (${(0,errors/* errorMessage */.gJ)(err)})`);
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
                reporter.warn(`cache: could not save the engine's cache mounts to ${spec.cacheDir} (${(0,errors/* errorMessage */.gJ)(err)})`);
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
async function selectChanged(spec, reporter) {
    if (!spec.onlyChanged)
        return { build: [...spec.services], skipped: [] };
    const { root, paths } = await (0,git/* changedPaths */.vl)(external_path_.dirname(external_path_.resolve(spec.config)), spec.onlyChanged);
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

;// CONCATENATED MODULE: ./src/image/build-command.ts





function buildSummary(r) {
    const rows = [
        `| image | \`${r.plan.repository}\` |`,
        `| tags | ${r.plan.tags.map((t) => `\`${t}\``).join(' ')} |`,
        `| digest | ${r.digest ? `\`${r.digest}\`` : '(not pushed)'} |`,
        `| size | ${(r.sizeBytes / 1e6).toFixed(1)} MB |`,
        `| Go | ${r.plan.goVersion} (${r.plan.platform}) |`,
    ];
    return `### gantry build\n\n| | |\n|---|---|\n${rows.join('\n')}\n`;
}
/** `gantry build` of the one service the inputs describe. */
async function build(inputs, reporter, env) {
    const spec = (0,read_build_spec/* buildSpecOf */.d)(inputs, env);
    for (const w of spec.warnings)
        reporter.warn(w);
    const engine = new docker.Engine((m) => reporter.debug(m));
    const [outcome] = await runBuilds(spec, spec.services, reporter, env, engine, 1);
    const result = outcome.result;
    const plan = result.plan;
    reporter.summary(buildSummary(result));
    reporter.setOutput('digest', result.digest);
    reporter.setOutput('image_ref', result.imageRef);
    reporter.setOutput('image_id', result.imageId);
    reporter.setOutput('tags', plan.references.join(','));
    reporter.setOutput('commit_time', String(result.commitTime || ''));
    reporter.setOutput('go_version', plan.goVersion);
    return result;
}
/** `gantry build` with `config`: every service of gantry.yml (or those only_changed picks). */
async function buildServices(inputs, reporter, env) {
    const spec = (0,read_build_spec/* buildSpecOf */.d)(inputs, env);
    const file = spec.config;
    const { build: specs, skipped } = await selectChanged(spec, reporter);
    const parallel = spec.parallel || external_os_.cpus().length;
    reporter.info(`${spec.services.length} service(s) in ${file}; building ${specs.length}, ${Math.min(parallel, Math.max(specs.length, 1))} at a time`);
    const engine = new docker.Engine((m) => reporter.debug(m));
    const built = specs.length ? await runBuilds(spec, specs, reporter, env, engine, parallel) : [];
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
        digest: o.result?.digest ?? '',
        tags: o.result?.plan.references ?? [],
        go_version: o.result?.plan.goVersion ?? '',
        platforms: o.result?.plan.platform ?? '',
        ...(o.error ? { error: o.error } : {}),
    }))));
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length)
        throw new errors/* UserError */.yo(`${failed.length} of ${outcomes.length} services failed: ${failed.map((o) => `${o.name} (${o.error})`).join('; ')}`);
    return outcomes;
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
/* harmony export */   sZ: () => (/* binding */ manifestList)
/* harmony export */ });
/* unused harmony exports sha256Digest, parseChallenge */
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
    async origin() {
        if (this.base)
            return this.base;
        const schemes = this.insecure ? ['https', 'http'] : ['https'];
        let last;
        for (const scheme of schemes) {
            try {
                this.debug(`registry: GET ${scheme}://${this.registry}/v2/`);
                await fetch(`${scheme}://${this.registry}/v2/`, { signal: AbortSignal.timeout(15000) });
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused a token for ${scope} (HTTP ${res.status}); check registry_username and registry_password`);
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
    async putBlob(repo, body, checked = false) {
        const digest = sha256Digest(body);
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
            return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`registry ${this.registry} refused ${method} of ${repo}:${ref} (HTTP ${res.status}); check registry_username and registry_password`);
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


/***/ })

};
;