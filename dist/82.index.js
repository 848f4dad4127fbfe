"use strict";
exports.id = 82;
exports.ids = [82];
exports.modules = {

/***/ 6082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openBuildSession: () => (/* binding */ openBuildSession)
});

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var src = __webpack_require__(83033);
;// CONCATENATED MODULE: ./src/image/secrets/session/protobuf.ts
/**
 * Just enough protobuf for the session's messages, which have one or two fields each:
 * varints and length-delimited fields, no .proto files to load at run time.
 */
function varint(n) {
    const out = [];
    let v = n;
    while (v > 0x7f) {
        out.push((v & 0x7f) | 0x80);
        v = Math.floor(v / 128);
    }
    out.push(v);
    return Buffer.from(out);
}
/** Encodes a message from its fields: numbers as varints, strings and buffers as bytes. */
function encodeMessage(fields) {
    const parts = [];
    for (const [no, value] of fields) {
        if (typeof value === 'number') {
            parts.push(varint(no << 3), varint(value));
        }
        else {
            const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
            parts.push(varint((no << 3) | 2), varint(bytes.length), bytes);
        }
    }
    return Buffer.concat(parts);
}
/** Decodes every field of a message; unknown wire types (fixed32/64) are skipped by size. */
function decodeMessage(buf) {
    const fields = [];
    let p = 0;
    const readVarint = () => {
        let result = 0;
        let mul = 1;
        for (;;) {
            if (p >= buf.length)
                throw new Error('truncated protobuf varint');
            const b = buf[p++];
            result += (b & 0x7f) * mul;
            if ((b & 0x80) === 0)
                return result;
            mul *= 128;
        }
    };
    while (p < buf.length) {
        const key = readVarint();
        const no = Math.floor(key / 8);
        const wire = key & 7;
        if (wire === 0)
            fields.push({ no, value: readVarint() });
        else if (wire === 2) {
            const len = readVarint();
            if (p + len > buf.length)
                throw new Error('truncated protobuf field');
            fields.push({ no, value: buf.subarray(p, p + len) });
            p += len;
        }
        else if (wire === 1)
            p += 8;
        else if (wire === 5)
            p += 4;
        else
            throw new Error(`unsupported protobuf wire type ${wire}`);
    }
    return fields;
}
/** The first length-delimited field numbered `no`, as text ('' when absent). */
function stringField(fields, no) {
    const f = fields.find((x) => x.no === no && Buffer.isBuffer(x.value));
    return f ? f.value.toString('utf8') : '';
}
function bytesField(fields, no) {
    const f = fields.find((x) => x.no === no && Buffer.isBuffer(x.value));
    return f ? f.value : Buffer.alloc(0);
}

;// CONCATENATED MODULE: ./src/image/secrets/session/session-services.ts


/**
 * The gRPC services a BuildKit session serves to the engine: health (mandatory, polled
 * every second), secrets, and SSH agent forwarding. Messages are encoded by hand
 * (protobuf.ts); the method paths are BuildKit's.
 */
const METHODS = {
    healthCheck: '/grpc.health.v1.Health/Check',
    getSecret: '/moby.buildkit.secrets.v1.Secrets/GetSecret',
    checkAgent: '/moby.sshforward.v1.SSH/CheckAgent',
    forwardAgent: '/moby.sshforward.v1.SSH/ForwardAgent',
};
const SERVING = 1;
const SSH_ID_KEY = 'buildkit.ssh.id';
function unary(path) {
    return {
        path,
        requestStream: false,
        responseStream: false,
        requestSerialize: (b) => b,
        requestDeserialize: (b) => b,
        responseSerialize: (b) => b,
        responseDeserialize: (b) => b,
    };
}
function notFound(details) {
    return Object.assign(new Error(details), { code: src/* status */.h5.NOT_FOUND, details });
}
/** Registers the services on a grpc-js server. */
function addSessionServices(server, p) {
    server.addService({ Check: unary(METHODS.healthCheck) }, {
        Check: (_call, cb) => cb(null, encodeMessage([[1, SERVING]])),
    });
    server.addService({ GetSecret: unary(METHODS.getSecret) }, {
        GetSecret: (call, cb) => {
            const id = stringField(decodeMessage(call.request), 1);
            const value = p.secret(id);
            p.debug(`session: secret '${id}' ${value ? 'sent' : 'not found'}`);
            p.used?.('secret', id);
            if (!value)
                return cb(notFound(`secret ${id} not found`));
            cb(null, encodeMessage([[1, value]]));
        },
    });
    const forward = {
        ...unary(METHODS.forwardAgent),
        requestStream: true,
        responseStream: true,
        requestDeserialize: (b) => bytesField(decodeMessage(b), 1),
        responseSerialize: (b) => encodeMessage([[1, b]]),
    };
    server.addService({ CheckAgent: unary(METHODS.checkAgent), ForwardAgent: forward }, {
        CheckAgent: (call, cb) => {
            const id = stringField(decodeMessage(call.request), 1) || 'default';
            p.debug(`session: ssh agent '${id}' ${p.agent(id) ? 'checked' : 'not found'}`);
            if (!p.agent(id))
                return cb(notFound(`ssh agent ${id} not found`));
            cb(null, Buffer.alloc(0));
        },
        ForwardAgent: (call) => {
            const id = String(call.metadata.get(SSH_ID_KEY)[0] ?? '') || 'default';
            const source = p.agent(id);
            p.used?.('ssh', id);
            if (!source) {
                call.emit('error', notFound(`ssh agent ${id} not found`));
                return;
            }
            p.debug(`session: forwarding ssh agent '${id}' (${source.describe})`);
            const conn = source.open();
            let closed = false;
            const close = () => {
                if (closed)
                    return;
                closed = true;
                conn.destroy();
                call.end();
            };
            call.on('data', (chunk) => conn.write(chunk));
            call.on('end', () => conn.end());
            call.on('error', () => conn.destroy());
            call.on('cancelled', () => conn.destroy());
            conn.on('data', (chunk) => call.write(chunk));
            conn.on('end', close);
            conn.on('close', close);
            conn.on('error', (err) => {
                p.debug(`session: ssh agent '${id}' failed: ${err.message}`);
                close();
            });
        },
    });
}

;// CONCATENATED MODULE: ./src/image/secrets/session/build-session.ts



async function openBuildSession(engine, providers, name = 'gantry') {
    const id = external_crypto_.randomUUID();
    const headers = {
        Upgrade: 'h2c',
        'X-Docker-Expose-Session-Uuid': id,
        'X-Docker-Expose-Session-Name': name,
        // The CLI derives the shared key from the context folder to reuse file transfers; the
        // context travels as a tar body here, so any stable value will do.
        'X-Docker-Expose-Session-Sharedkey': name,
        'X-Docker-Expose-Session-Grpc-Method': Object.values(METHODS),
    };
    engine.debug(`engine: session ${id} (${Object.values(METHODS).join(' ')})`);
    const socket = await engine.upgradeSession(headers);
    const server = new src/* Server */.gq();
    addSessionServices(server, providers);
    const injector = server.createConnectionInjector(src/* ServerCredentials */.O2.createInsecure());
    injector.injectConnection(socket);
    let closed;
    return {
        id,
        close() {
            closed ??= new Promise((resolve) => {
                engine.debug(`engine: session ${id} closed`);
                injector.destroy();
                server.forceShutdown();
                socket.on('close', () => resolve());
                socket.end();
                // An engine that keeps its end open must not hold the process.
                setTimeout(() => {
                    socket.destroy();
                    resolve();
                }, 1000).unref();
            });
            return closed;
        },
    };
}


/***/ })

};
;