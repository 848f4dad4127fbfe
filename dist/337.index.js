"use strict";
exports.id = 337;
exports.ids = [337];
exports.modules = {

/***/ 58003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ renderReportMarkdown),
/* harmony export */   Uv: () => (/* binding */ renderReportText),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   hn: () => (/* binding */ rolloutExitCode),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   pV: () => (/* binding */ bytesText),
/* harmony export */   rk: () => (/* binding */ failedHosts),
/* harmony export */   sS: () => (/* binding */ deployedHosts)
/* harmony export */ });
/* unused harmony exports neverDeployed, verdictLine */
/* harmony import */ var _exit_codes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91084);
/* harmony import */ var _image_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37206);


/** A rollback that found the service on no host it tried (the others were skipped): nothing changed. */
function neverDeployed(hosts) {
    return hosts.some((h) => h.neverDeployed) && hosts.every((h) => h.neverDeployed || h.outcome === 'skipped');
}
/** The host ended as asked: switched, or already there. */
function succeeded(h) {
    return h.outcome === 'ok' || h.outcome === 'unchanged';
}
/**
 * 0 when every host is ok; 3 when every host serves what it did before; 4 otherwise (mixed or
 * unknown). A cancelled run: 5 when every host serves what it did before (or was left alone as
 * unchanged), else 4.
 */
function rolloutExitCode(hosts, cancelled = false) {
    if (cancelled)
        return hosts.every((h) => h.running === 'previous' || h.outcome === 'unchanged') ? _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.cancelled : _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.mixed;
    if (hosts.every(succeeded))
        return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
    // A rollback of a service no host ever ran: a mistake in the inputs (a name), and nothing changed.
    if (neverDeployed(hosts))
        return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.failed;
    if (hosts.every((h) => h.running === 'previous'))
        return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.rolledBack;
    return _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.mixed;
}
function deployedHosts(hosts) {
    return hosts.filter((h) => h.running === 'new').map((h) => h.host);
}
function failedHosts(hosts) {
    return hosts.filter((h) => h.outcome === 'failed' || h.outcome === 'unreachable' || h.outcome === 'refused host key').map((h) => h.host);
}
function secs(n) {
    return n === undefined ? '-' : n.toFixed(1);
}
function digestCell(d) {
    if (d === undefined)
        return '?';
    return d === '' ? 'none' : (0,_image_ref__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(d);
}
/** Optional columns appear only when a host has a value for them: bytes sent (binary target, oci:), the proxy's switch. */
function header(report) {
    const sent = report.hosts.some((h) => h.uploadedBytes !== undefined);
    const sw = report.hosts.some((h) => h.switchSeconds !== undefined);
    return ['host', 'previous -> new', 'pull s', ...(sent ? ['sent'] : []), 'start s', 'health s', ...(sw ? ['switch s'] : []), 'outcome'];
}
/** Bytes as the report shows them: exact below 10 kB, else kB or MB with one decimal. */
function bytesText(n) {
    if (n === undefined)
        return '-';
    if (n < 10_000)
        return `${n} B`;
    if (n < 10_000_000)
        return `${(n / 1000).toFixed(1)} kB`;
    return `${(n / 1e6).toFixed(1)} MB`;
}
function rows(report) {
    const cols = header(report);
    return report.hosts.map((h) => [
        h.host,
        `${digestCell(h.previousDigest)} -> ${digestCell(h.newDigest)}`,
        secs(h.pullSeconds),
        ...(cols.includes('sent') ? [bytesText(h.uploadedBytes)] : []),
        secs(h.startSeconds),
        secs(h.healthSeconds),
        ...(cols.includes('switch s') ? [secs(h.switchSeconds)] : []),
        h.outcome,
    ]);
}
/** One line saying how the rollout ended, matching the exit code. */
function verdictLine(report) {
    const n = report.hosts.length;
    const ok = report.hosts.filter(succeeded).length;
    const what = report.command === 'deploy' ? 'deployed' : 'rolled back';
    switch (report.exitCode) {
        case _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok:
            return `${report.service}: ${what} on all ${n} host(s) in ${report.seconds.toFixed(1)} s`;
        case _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.rolledBack:
            return `${report.service}: failed; every host serves the version it ran before${report.stopped ? ` (${report.stopped})` : ''}`;
        case _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.failed:
            if (neverDeployed(report.hosts)) {
                const tried = report.hosts.filter((h) => h.neverDeployed).map((h) => h.host);
                const skipped = n - tried.length;
                return `${report.service}: nothing to roll back: it was never deployed on ${tried.join(', ')}${skipped ? ` (${skipped} other host(s) not tried)` : ''} (check container_name); no host was changed`;
            }
            return `${report.service}: failed; no host was changed`;
        case _exit_codes__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.cancelled: {
            const back = report.hosts.filter((h) => h.outcome === 'rolled back').length;
            const untouched = n - back;
            return `${report.service}: ${report.command} cancelled (${report.cancelled}): every host touched is back on the version it ran before (${back} switched back, ${untouched} left as they were)`;
        }
        default:
            if (report.cancelled) {
                return `${report.service}: cancelled (${report.cancelled}); the fleet is left mixed or unknown: new version on ${deployedHosts(report.hosts).join(', ') || 'none'}, unknown on ${report.hosts.filter((h) => h.running === 'unknown').map((h) => h.host).join(', ') || 'none'}`;
            }
            return `${report.service}: failed; the fleet is left mixed or unknown: ${ok}/${n} ok, new version on ${deployedHosts(report.hosts).join(', ') || 'none'}${report.stopped ? ` (${report.stopped})` : ''}`;
    }
}
/** The per-host table as plain text, then one line per host that has something to say. */
function renderReportText(report) {
    const head = header(report);
    const all = [head, ...rows(report)];
    const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
    const fmt = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    const lines = [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows(report).map(fmt)];
    for (const h of report.hosts) {
        if (h.message && !succeeded(h))
            lines.push(`${h.host}: ${h.message}`);
        for (const note of h.notes ?? [])
            lines.push(`${h.host}: ${note}`);
        for (const l of h.logs ?? [])
            lines.push(`${h.host} | ${l}`);
    }
    lines.push(verdictLine(report));
    return lines.join('\n');
}
function mdCell(s) {
    return s.replace(/\|/g, '\\|');
}
function renderReportMarkdown(report) {
    const out = [
        `### gantry ${report.command}: ${mdCell(report.service)}${report.image ? ` (\`${report.image}\`)` : ''}`,
        '',
        `| ${header(report).join(' | ')} |`,
        `|${header(report).map(() => ' --- ').join('|')}|`,
        ...rows(report).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
        '',
    ];
    for (const h of report.hosts) {
        if (h.message && !succeeded(h))
            out.push(`- **${mdCell(h.host)}**: ${mdCell(h.message)}`);
        for (const note of h.notes ?? [])
            out.push(`- ${mdCell(h.host)}: ${mdCell(note)}`);
        if (h.logs && h.logs.length > 0)
            out.push('', '```', ...h.logs, '```');
    }
    out.push('', verdictLine(report));
    return out.join('\n');
}
function reportJson(report) {
    return JSON.stringify(report);
}


/***/ }),

/***/ 77571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ createStep),
/* harmony export */   DN: () => (/* binding */ statusStep),
/* harmony export */   J_: () => (/* binding */ healthStep),
/* harmony export */   PS: () => (/* binding */ switchStep),
/* harmony export */   SJ: () => (/* binding */ cloneLiveStep),
/* harmony export */   T2: () => (/* binding */ restoreStep),
/* harmony export */   U9: () => (/* binding */ logsStep),
/* harmony export */   ZL: () => (/* binding */ containerExecStep),
/* harmony export */   b5: () => (/* binding */ finalizeStep),
/* harmony export */   eO: () => (/* binding */ pullStep),
/* harmony export */   gk: () => (/* binding */ preflightStep),
/* harmony export */   iI: () => (/* binding */ unchangedStep),
/* harmony export */   "if": () => (/* binding */ PROXY_NETWORK),
/* harmony export */   m4: () => (/* binding */ retireStep),
/* harmony export */   tJ: () => (/* binding */ resolveVersionStep),
/* harmony export */   tf: () => (/* binding */ ociPullStep),
/* harmony export */   uH: () => (/* binding */ convergeStep)
/* harmony export */ });
/* unused harmony export createFlags */
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53412);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92743);
/* harmony import */ var _proxy_proxy_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82872);
/* harmony import */ var _target__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28073);
/* harmony import */ var _reserved_names__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47162);
/* harmony import */ var _container_options__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61378);
/**
 * The container target's host steps, rendered from plain data (pure): its shell is in steps/*.sh
 * beside this file; the proxy's steps are in proxy/.
 */






/** The docker network of proxy mode: the proxy and the application containers, no published ports but the proxy's. */
const PROXY_NETWORK = _reserved_names__WEBPACK_IMPORTED_MODULE_2__/* .PROXY_NAMES */ .G2.network;
/** Docker works for this user, the tools the steps need exist, the state directory is writable. */
function preflightStep(service, needsHttpClient) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('preflight', service, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}
/**
 * Makes a host consistent before anything else, under the lock: undoes a switch a killed run left
 * unfinished, removes staged and transient containers and every scratch dir (which may hold a
 * registry login or an env file) left by a killed step.
 */
function convergeStep(service, by) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('converge', service, {}, { by });
}
/** Logs in with --password-stdin into a scratch DOCKER_CONFIG (removed on exit) and pulls. */
function pullStep(service, ref, repository, registry, alsoImages = []) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('pull', service, {
        ALSO_IMAGES: alsoImages,
        REF: ref,
        REPO: repository,
        LOGIN: registry ? 1 : 0,
        REGISTRY_SERVER: registry?.server ?? '',
        REGISTRY_USER: registry?.username ?? '',
        LOGIN_SERVER: registry && registry.server !== 'docker.io' ? registry.server : '',
    }, { secrets: registry ? [registry.password] : [] });
}
/** Makes the oci: image present on the host under its names, fetching it through the forward when missing. */
function ociPullStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('oci-pull', service, {
        DIGEST: o.digest, IMAGE_ID: o.imageId, PULL_REF: o.pullRef, REF: o.ref, ALSO_TAG: o.alsoTag, DIFF_IDS: o.diffIds, ALSO_IMAGES: o.alsoImages,
    });
}
/** The docker create flags for a container spec (labels and env file added by the step), one argument each. */
function createFlags(o) {
    const flags = [`--restart=${o.restart}`];
    if (o.alias)
        flags.push(`--network=${PROXY_NETWORK}`, `--network-alias=${o.alias}`);
    else if (o.network)
        flags.push(`--network=${o.network}`);
    for (const p of o.ports)
        flags.push(`--publish=${p}`);
    for (const v of o.volumes)
        flags.push(`--volume=${v}`);
    if (o.options)
        flags.push(...(0,_container_options__WEBPACK_IMPORTED_MODULE_3__/* .dockerOptionFlags */ .jg)(o.options));
    return flags;
}
/**
 * Checks the network, the volumes' sources and the published ports on the host, then stages the
 * new container as <name>-gantry-new; env reaches it only through a 0600 file removed at once.
 */
function createStep(service, o) {
    const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
    const labels = [
        `dev.gantry.service=${service}`,
        `dev.gantry.image=${o.ref}`,
        `dev.gantry.image-digest=${o.digest}`,
        `dev.gantry.deployed-at=${o.deployedAt}`,
        `dev.gantry.deployed-by=${(0,_shell_quote__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(o.deployedBy)}`,
        ...(o.alias ? [`dev.gantry.alias=${o.alias}`] : []),
        ...(o.configHash ? [`dev.gantry.config=${o.configHash}`] : []),
    ];
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('create', service, {
        REF: o.ref, CREATE_FLAGS: createFlags(o), NETWORK: o.alias ? PROXY_NETWORK : o.network, ENSURE_NETWORK: o.alias ? 1 : 0,
        PORTS: o.ports, VOLUMES: o.volumes, LABELS: labels, ARGS: o.options?.args ?? [],
    }, { secrets: [envText] });
}
/**
 * Stops what runs (keeping it as <name>-gantry-old) and starts the new one under the name.
 * source 'new' switches to the staged container, 'prev' to the previous version (rollback).
 * Every move is written to services/<name>/switch first, so undo_switch can put things back.
 */
function switchStep(service, source) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('switch', service, { SOURCE: source });
}
/**
 * Waits until the container is healthy: running without restarts, the image's HEALTHCHECK (if any)
 * healthy, health_cmd succeeding, health_url answering 2xx, all in one pass. With none of those,
 * running for 5 s counts. Fails fast when the container exits; prints its last log lines on failure.
 */
function healthStep(service, h) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('health', service, {
        CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), SETTLE: Math.floor(Math.min(5, h.timeoutSeconds)),
        TARGET: h.target ?? 'name', PROBE_PORT: h.probe?.port ?? 0, PROBE_PATH: h.probe?.path ?? '', CANCEL: h.cancel ?? '',
    });
}
/** The new container is healthy: keep what ran before as the previous version, record, prune, audit. */
function finalizeStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('finalize', service, {
        REPO: o.repository, KEEP_IMAGES: Math.max(1, Math.floor(o.keepImages)), ...(0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(o.audit),
    }, { by: o.audit.by });
}
/** The new container failed: put back what ran before (the caller health-gates it again). */
function restoreStep(service, audit) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('restore', service, (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit), { by: audit.by });
}
/** Takes the service off a host that ran nothing before this run (the fleet's rollback of a first deploy). */
function retireStep(service, audit) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('retire', service, (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .auditValues */ .qh)(audit), { by: audit.by });
}
/**
 * Prints the salted hash of the settings (config_hash=) and unchanged=1 when the container under
 * the name runs the digest with those settings, healthy (and, in proxy mode, is what the proxy serves).
 */
function unchangedStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('unchanged', service, {
        DIGEST: o.digest, URL: o.healthUrl, PROXY_MODE: o.probe ? 1 : 0, PROBE_PORT: o.probe?.port ?? 0, PROBE_PATH: o.probe?.path ?? '',
        PROXY_CONTAINER: _proxy_proxy_config__WEBPACK_IMPORTED_MODULE_1__/* .PROXY */ .rG.container,
    }, { secrets: [o.configText] });
}
/** rollback_to: finds the version among those this host keeps; prints ref= and digest=, or fails listing them. */
function resolveVersionStep(service, want, keep) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('resolve', service, { WANT: want, KEEP: Math.max(1, Math.floor(keep)) });
}
/** rollback_to: stages <name>-gantry-new from an older image with the live container's own settings. */
function cloneLiveStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('clone', service, { REF: o.ref, DIGEST: o.digest, ALIAS: o.alias ?? '', NET: PROXY_NETWORK, AT: o.deployedAt }, { by: o.deployedBy });
}
/** The live container, the versions kept for rollback, the lock holder and the proxy route. */
function statusStep(service, keep) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('status', service, { KEEP: Math.max(1, Math.floor(keep)) });
}
/**
 * The service's logs on a host: since, the last `tail` lines, those holding `grep`. With follow,
 * new lines stream (line=, with alive= every second) until the session closes or the container stops.
 */
/**
 * exec: ARGS once with the live release (steps/exec.sh): a new container of the live image with
 * the live container's env, network, volumes and user (in new), or docker exec (in live).
 */
function containerExecStep(service, o, run) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('exec', service, {
        MODE: o.in, ARGS: o.args, EXEC_TIMEOUT: Math.floor(o.timeoutSeconds), LOCKED: run.locked ? 1 : '', RUN_ID: run.runId, MAX_LINES: _target__WEBPACK_IMPORTED_MODULE_5__/* .EXEC_MAX_LINES */ .h,
    });
}
function logsStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .step */ .PM)('logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep, FOLLOW: o.follow ? 1 : 0 });
}


/***/ }),

/***/ 82872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ routeLine),
/* harmony export */   TO: () => (/* binding */ maintenanceRouteLine),
/* harmony export */   VJ: () => (/* binding */ routeFileName),
/* harmony export */   eX: () => (/* binding */ tlsPolicyLine),
/* harmony export */   mm: () => (/* binding */ upstreamAlias),
/* harmony export */   rG: () => (/* binding */ PROXY)
/* harmony export */ });
/* unused harmony exports serviceRoute, UPSTREAM_IDLE, caddyConfig */
/* harmony import */ var _reserved_names__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47162);
/**
 * Caddy's JSON configuration for proxy mode, rendered from plain data (pure: no I/O).
 *
 * Each service owns one route file on the host (~/.gantry/proxy/routes/<port>/<rank>-<service>.json,
 * one JSON route a line); the host-side step joins every service's file into Caddy's whole
 * configuration under a host-wide lock, so no deploy overwrites another service's route.
 */

/** Caddy's container, network and volumes on every host. */
const PROXY = {
    container: _reserved_names__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_NAMES */ .G2.container,
    configVolume: _reserved_names__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_NAMES */ .G2.configVolume,
    dataVolume: _reserved_names__WEBPACK_IMPORTED_MODULE_0__/* .PROXY_NAMES */ .G2.dataVolume,
    /** Inside the proxy's own network namespace only: never published, not reachable from app containers. */
    admin: 'localhost:2019',
};
/** The network alias a container is dialled by: stable across renames, unique per deploy. */
function upstreamAlias(service, token) {
    return `${service}-${token}`.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
}
/** Routes with host names go first (files ranked 1), a catch-all route last (9). */
function routeFileName(service, hosts) {
    return `${hosts.length > 0 ? 1 : 9}-${service}.json`;
}
/** The service's route: its host names (or every name) to the container's alias and port. */
function serviceRoute(service, hosts, dial) {
    return {
        '@id': `gantry-${service}`,
        ...(hosts.length > 0 ? { match: [{ host: [...hosts] }] } : {}),
        // Idle connections to the upstream close after 2 s (Caddy's default keeps them 2 minutes): the
        // old container's drain counts open connections, and an idle kept-alive one would hold every
        // switch for the whole drain_timeout although no request is in flight.
        handle: [{ handler: 'reverse_proxy', upstreams: [{ dial }], transport: { protocol: 'http', keep_alive: { idle_timeout: UPSTREAM_IDLE } } }],
        terminal: true,
    };
}
/** How long Caddy keeps an idle connection to a container open. */
const UPSTREAM_IDLE = '2s';
/**
 * The route that answers the service's names while it is in maintenance: 503 with the message,
 * Retry-After, never cached.
 */
function maintenanceRouteLine(service, hosts, message) {
    return JSON.stringify({
        '@id': `gantry-${service}`,
        ...(hosts.length > 0 ? { match: [{ host: [...hosts] }] } : {}),
        handle: [{
                handler: 'static_response', status_code: 503,
                headers: { 'Content-Type': ['text/plain; charset=utf-8'], 'Retry-After': ['60'], 'Cache-Control': ['no-store'] },
                body: `${message}\n`,
            }],
        terminal: true,
    });
}
/** The TLS automation policy of a service's names: Caddy's default issuers (ACME), or its internal CA. */
function tlsPolicyLine(hosts, tls) {
    if (tls === 'off')
        return '';
    return JSON.stringify({ subjects: [...hosts], ...(tls === 'internal' ? { issuers: [{ module: 'internal' }] } : {}) });
}
/** The route as its file holds it: one line of JSON. */
function routeLine(service, hosts, dial) {
    return JSON.stringify(serviceRoute(service, hosts, dial));
}
/**
 * The whole configuration from every port's routes (as the host-side step assembles it; this is
 * the same shape, for tests and docs). Automatic HTTPS is off: plain HTTP on each proxy port.
 */
function caddyConfig(ports, drainSeconds) {
    const servers = {};
    for (const [port, routes] of [...ports.entries()].sort((a, b) => a[0] - b[0])) {
        if (routes.length === 0)
            continue;
        servers[`gantry-${port}`] = {
            listen: [`:${port}`],
            automatic_https: { disable: true },
            routes: routes.map((r) => JSON.parse(r)),
        };
    }
    return { admin: { listen: PROXY.admin }, apps: { http: { grace_period: `${drainSeconds}s`, servers } } };
}


/***/ }),

/***/ 17375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ proxySwitchStep),
/* harmony export */   I8: () => (/* binding */ proxyRetireStep),
/* harmony export */   Io: () => (/* binding */ maintenanceStep),
/* harmony export */   Y1: () => (/* binding */ proxyConvergeStep),
/* harmony export */   jK: () => (/* binding */ discardStep),
/* harmony export */   jt: () => (/* binding */ unrouteStep),
/* harmony export */   z_: () => (/* binding */ startBesideStep)
/* harmony export */ });
/* harmony import */ var _proxy_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82872);
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92743);
/* harmony import */ var _container_steps__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77571);
/**
 * Host-side steps of proxy mode, rendered from plain data (pure).
 *
 * Proxy mode on a host: the Caddy container gantry-proxy owns the published proxy ports and sits
 * on the docker network `gantry` with the application containers, which publish nothing. A
 * release starts the new container beside the old one, health-gates it on its own address, then
 * switches the service's route (one file per service under ~/.gantry/proxy/routes, joined into
 * Caddy's whole configuration under a host-wide flock and loaded through Caddy's admin API inside
 * the proxy container), lets the old container drain, and keeps it stopped for rollback.
 * Caddy saves each loaded configuration in its /config volume and resumes it on restart.
 */



/** Proxy mode: starts the staged new container (or the kept previous version) beside the one serving. */
function startBesideStep(service, src) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('start', service, { SOURCE: src });
}
/**
 * Under the host-wide proxy lock: checks the route against other services', writes it, makes sure
 * the proxy container exists with the image and ports wanted (creating or replacing it), and loads
 * the whole configuration. A refused load puts the route files back: Caddy keeps what it served.
 */
function proxySwitchStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('proxy', service, {
        SOURCE: o.src, PORT: o.port, IMAGE: o.image, ALIAS: o.alias, DRAIN: Math.floor(o.drainSeconds), FILE: o.routeFile, ROUTE: o.route,
        HOSTS: o.hosts.join('\n'), TLS: o.tlsPolicy, PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, NET: _container_steps__WEBPACK_IMPORTED_MODULE_2__/* .PROXY_NETWORK */ ["if"], ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin,
        CONFIG_VOLUME: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.configVolume, DATA_VOLUME: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.dataVolume,
    }, { libs: PROXY_LIBS });
}
/** The steps that change the proxy read steps/proxy-lib.sh after lib.sh. */
const PROXY_LIBS = ['lib', 'docker-lib', 'proxy-lib'];
/**
 * maintenance (on) and live (off): under the host-wide proxy lock, the service's route is put
 * aside and its names answered with the maintenance route, or the route is put back; audited.
 */
function maintenanceStep(service, o) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('maintenance', service, {
        MODE: o.on ? 'on' : 'off', PORT: o.port, FILE: o.routeFile, HOSTS: o.hosts.join('\n'), MAINT: o.maintenanceRoute, DRAIN: Math.floor(o.drainSeconds), PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin,
    }, { libs: PROXY_LIBS, by: o.by });
}
/**
 * The fleet's rollback of a first deploy: under the host-wide proxy lock, the service's route is
 * taken off and the other services' routes loaded again (unrouted=1, or unrouted=none without a route).
 */
function unrouteStep(service, drainSeconds) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('unroute', service, { DRAIN: Math.floor(drainSeconds), PX: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.container, ADMIN: _proxy_config__WEBPACK_IMPORTED_MODULE_0__/* .PROXY */ .rG.admin }, { libs: PROXY_LIBS });
}
/**
 * After the switch: the old container drains (no connection to app_port left, at most
 * drain_timeout), stops, and the source takes the name.
 */
function proxyRetireStep(service, src, drainSeconds, appPort) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('drain', service, { SOURCE: src, DRAIN: Math.floor(drainSeconds), HEXPORT: appPort.toString(16).toUpperCase().padStart(4, '0') });
}
/** Before any switch, the source failed: the new container is removed, a previous version stopped again. */
function discardStep(service, src, audit) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('discard', service, { SOURCE: src, AUDIT_ACTION: audit.action, AUDIT_FROM: audit.from, AUDIT_TO: audit.to }, { by: audit.by });
}
/** Proxy mode, before the generic converge: finishes a switch the proxy already made (see proxy-converge.sh). */
function proxyConvergeStep(service, by) {
    return (0,_steps_render__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('proxy-converge', service, {}, { by });
}


/***/ }),

/***/ 33636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ prefixLogs)
/* harmony export */ });
/* harmony import */ var _steps_render__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92743);

/** Every host's log lines, each prefixed with its host, hosts in the order given. Pure. */
function prefixLogs(answers) {
    return answers.flatMap((a) => (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .listValues */ .Du)(a.out ?? (0,_steps_render__WEBPACK_IMPORTED_MODULE_0__/* .parseStepOutput */ .VX)(''), 'line').map((l) => `${a.host} | ${l}`));
}


/***/ }),

/***/ 60337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ targetOf)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/deploy/targets/fleet-logs.ts
var fleet_logs = __webpack_require__(33636);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/deploy/steps/run-step.ts
var run_step = __webpack_require__(86849);
// EXTERNAL MODULE: ./src/deploy/rollout/target-run.ts + 1 modules
var target_run = __webpack_require__(21346);
// EXTERNAL MODULE: ./src/deploy/steps/render.ts + 1 modules
var render = __webpack_require__(92743);
// EXTERNAL MODULE: ./src/deploy/targets/binary/binary-spec.ts
var binary_spec = __webpack_require__(80265);
// EXTERNAL MODULE: ./src/shell-quote.ts
var shell_quote = __webpack_require__(53412);
// EXTERNAL MODULE: ./src/deploy/targets/target.ts
var target = __webpack_require__(28073);
;// CONCATENATED MODULE: ./src/deploy/targets/binary/binary-steps.ts
/**
 * The binary target's host steps (src/deploy/steps/binary-*.sh), rendered from plain data (pure).
 * Values reach the shell only as shq-quoted assignments; env reaches the host only on stdin and
 * lands in the release's 0600 env file, read by the run wrapper (never sourced: no value is code).
 */



const LIBS = ['lib', 'binary-lib'];
function binaryStep(name, b, values, opts = {}) {
    return (0,render/* step */.PM)(name, b.name, { ROOT: b.root, RESTART_CMD: b.restartCmd, ...values }, { ...opts, libs: LIBS });
}
/**
 * The release's run wrapper: exports each KEY=VALUE line of env beside it (with `export`, so a
 * value is data, never shell) and executes the binary with binary_args. Its folder is found
 * through `pwd -P`, so current/run loads the env of the release current points at.
 */
function runWrapper(name, args) {
    return [
        '#!/bin/bash',
        '# Written by gantry: loads env (KEY=VALUE lines, not shell) and runs the binary with binary_args.',
        'd=$(cd "$(dirname "$0")" && pwd -P) || exit 1',
        'while IFS= read -r line || [ -n "$line" ]; do',
        '  case $line in [A-Za-z_]*=*) export "${line%%=*}=${line#*=}" ;; esac',
        'done <"$d/env"',
        `exec "$d/"${(0,shell_quote/* shq */.hi)(name)}${args.map((a) => ` ${(0,shell_quote/* shq */.hi)(a)}`).join('')}`,
    ].join('\n');
}
/** Where install_unit writes the program's unit, and its text (@CURRENT@, @APP@ filled in on the host). */
function unitFile(b) {
    if (!b.installUnit || b.processManager === 'none')
        return { kind: 'none', path: '', text: '' };
    if (b.processManager === 'supervisor') {
        const conf = b.supervisorConf;
        const dir = conf.includes('/') ? conf.slice(0, conf.lastIndexOf('/')) : '.';
        return {
            kind: 'supervisor',
            path: `${dir.replace(/^~(?=\/|$)/, '@HOME@')}/${b.name}.conf`,
            text: [
                `; Written by gantry for ${b.name}: the program runs the release current points at.`,
                `[program:${b.name}]`,
                'command=@CURRENT@/run',
                'directory=@APP@',
                'autostart=true',
                'autorestart=true',
                'startsecs=1',
                'stopasgroup=true',
                'killasgroup=true',
                'redirect_stderr=true',
                `stdout_logfile=@APP@/${b.name}.log`,
                'stdout_logfile_maxbytes=10MB',
                'stdout_logfile_backups=2',
            ].join('\n'),
        };
    }
    return {
        kind: 'systemd-user',
        path: `@HOME@/.config/systemd/user/${b.name}.service`,
        text: [
            `# Written by gantry for ${b.name}: the service runs the release current points at.`,
            '[Unit]',
            `Description=${b.name} (deployed by gantry)`,
            '',
            '[Service]',
            'ExecStart=@CURRENT@/run',
            'WorkingDirectory=@APP@',
            'Restart=always',
            'RestartSec=1',
            '',
            '[Install]',
            'WantedBy=default.target',
        ].join('\n'),
    };
}
function binaryPreflightStep(b, needsHttpClient) {
    return binaryStep('binary-preflight', b, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}
/**
 * Under the lock: undoes what an interrupted run left. With `sha256` (a deploy: the binary it ships
 * to this host), then probes in the same session whether b.version's release holds it already
 * (have=1) or names the upload's temporary path (upload=, new_release=).
 */
function binaryConvergeStep(b, by, sha256 = '') {
    return binaryStep('binary-converge', b, { VERSION: sha256 ? b.version : '', SHA: sha256 }, { by });
}
function binaryStageStep(b, o) {
    const unit = unitFile(b);
    const envText = o.env.map(([k, v]) => `${k}=${v}\n`).join('');
    return binaryStep('binary-stage', b, {
        VERSION: b.version, SHA: o.sha256, UPLOAD: o.upload, NEW_RELEASE: o.newRelease ? 1 : 0, RUN_TEXT: runWrapper(b.name, b.args),
        UNIT_KIND: unit.kind, UNIT_PATH: unit.path, UNIT_TEXT: unit.text,
    }, { secrets: [envText] });
}
/** version '' switches to the previous release recorded on the host (the rollback command). */
function binarySwitchStep(b, version) {
    return binaryStep('binary-switch', b, { VERSION: version });
}
function binaryHealthStep(b, h) {
    return binaryStep('binary-health', b, { CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), LOGS_CMD: b.logsCmd, CANCEL: h.cancel ?? '' });
}
function binaryRestoreStep(b, audit) {
    return binaryStep('binary-restore', b, (0,render/* auditValues */.qh)(audit), { by: audit.by });
}
function binaryFinalizeStep(b, audit) {
    return binaryStep('binary-finalize', b, { KEEP: Math.max(1, Math.floor(b.keepReleases)), ...(0,render/* auditValues */.qh)(audit) }, { by: audit.by });
}
function binaryRetireStep(b, audit) {
    return binaryStep('binary-retire', b, (0,render/* auditValues */.qh)(audit), { by: audit.by });
}
/** rollback_to: finds `want` (a release's name, or a commit sha of 7+ hex digits) among the releases kept on the host. */
function binaryResolveStep(b, want) {
    return binaryStep('binary-resolve', b, { WANT: want });
}
/** status: the live release, the kept ones, the previous one and the lock holder (reads only). */
function binaryStatusStep(b) {
    return binaryStep('binary-status', b, {});
}
/** logs: logs_cmd's output on the host, its last `tail` lines, those holding `grep` (reads only). */
/** exec: ARGS once on the host in the live release's folder, with its env (steps/binary-exec.sh). */
function binaryExecStep(b, o, run) {
    return binaryStep('binary-exec', b, { ARGS: o.args, EXEC_TIMEOUT: Math.floor(o.timeoutSeconds), LOCKED: run.locked ? 1 : '', RUN_ID: run.runId, MAX_LINES: target/* EXEC_MAX_LINES */.h });
}
function binaryLogsStep(b, o) {
    return binaryStep('binary-logs', b, { LOGS_CMD: o.logsCmd, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep });
}

// EXTERNAL MODULE: ./src/deploy/rollout/cancellation.ts
var cancellation = __webpack_require__(44282);
;// CONCATENATED MODULE: ./src/deploy/targets/binary/binary-run.ts
/**
 * deploy_target binary on one host: the same protocol as the container target (pinned key, lock,
 * converge, health gate, restore, fleet undo, report), over releases under binary_root instead of
 * containers. In the report, previousDigest/newDigest hold release versions (<commit_time>-<short_sha>).
 */








/** Seconds an upload (SFTP, or an exec channel where the host has no SFTP) may take. */
const UPLOAD_LIMIT = 600;
class BinaryHostRun extends target_run/* HostRunBase */.xi {
    machine = '';
    /** A deploy's probe, run with converge: have=1, or upload= and new_release=. */
    probe;
    get binary() {
        return this.ctx.spec.binary;
    }
    steps = {
        preflight: () => binaryPreflightStep(this.binary, this.ctx.spec.health.url !== ''),
        converge: () => [binaryConvergeStep(this.binary, this.ctx.actor.by, this.shipped())],
        health: (_target, cancel) => {
            const h = this.ctx.spec.health;
            return binaryHealthStep(this.binary, { cmd: h.cmd, url: h.url, timeoutSeconds: h.timeout, cancel });
        },
        cancel: (mark) => (0,cancellation/* cancelStep */.vr)(this.binary.name, mark),
        restore: (audit) => binaryRestoreStep(this.binary, audit),
        finalize: (audit) => binaryFinalizeStep(this.binary, audit),
        resolve: (want) => binaryResolveStep(this.binary, want),
        values: { current: 'current', source: 'source_release', previous: 'previous_release' },
        words: {
            leftInPlace: 'rollback is off: current is left on the failed release',
            removedNone: 'removed current: nothing ran here before',
            restored: (what) => `current back on ${what}, restarted`,
            restoredUnit: 'the restored release',
            started: (source) => `current -> ${source}, restarted`,
            healthyUnit: 'the release',
        },
    };
    preflighted(pre) {
        this.machine = pre.values.machine ?? '';
        this.record.debug(`${this.machine} as ${pre.values.user}, releases in ${pre.values.root}`);
    }
    /** A deploy's binary for this host's machine (its SHA-256), '' for a rollback or a machine with none (deploy says why). */
    shipped() {
        if (this.ctx.mode !== 'deploy')
            return '';
        const built = (0,binary_spec/* binaryFor */.f_)(this.binary, this.machine);
        return typeof built === 'string' ? '' : built.sha256;
    }
    converged(out) {
        this.probe = out;
    }
    pruned(releases) {
        if (releases.length > 0)
            this.record.say(`removed old releases ${releases.join(', ')}`);
    }
    async deploy() {
        if (!(await this.open()))
            return;
        const b = this.binary;
        const built = (0,binary_spec/* binaryFor */.f_)(b, this.machine);
        if (typeof built === 'string') {
            this.record.fail('failed', 'previous', built);
            return;
        }
        this.report.newDigest = b.version;
        try {
            const t0 = this.ctx.clock.now();
            const probe = this.probe;
            if (!probe || (probe.values.have === undefined))
                throw new run_step/* StepFailure */.pH('binary-converge', 0, 'binary-converge: did not probe for the binary');
            let upload = '';
            if (probe.values.have === '1') {
                this.report.uploadedBytes = 0;
                this.record.say(`release ${b.version} already holds this ${built.platform} binary: nothing to upload`);
            }
            else {
                upload = probe.values.upload ?? '';
                if (!upload)
                    throw new run_step/* StepFailure */.pH('binary-converge', 0, 'binary-converge: named no upload path');
                const conn = this.conn;
                this.report.uploadedBytes = await conn.upload(external_path_.join(b.dir, built.file), upload, UPLOAD_LIMIT, (m) => this.record.note(m)).catch((err) => {
                    throw new run_step/* StepFailure */.pH('upload', null, `upload: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
                });
                this.record.say(`uploaded ${built.file} (${this.report.uploadedBytes} bytes) in ${this.since(t0).toFixed(1)} s`);
            }
            const staged = await this.step(binaryStageStep(b, {
                sha256: built.sha256, upload, newRelease: probe.values.new_release === '1', env: this.ctx.spec.env,
            }), target_run/* STEP_TIMEOUTS */.O0.create);
            this.report.pullSeconds = this.since(t0);
            if (staged.values.unit_installed) {
                this.record.say(`installed ${staged.values.unit_installed}:\n${(0,render/* listValues */.Du)(staged, 'unit').join('\n')}`);
                this.record.note(`installed ${staged.values.unit_installed}`);
            }
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return;
        }
        if (this.report.previousDigest === b.version)
            this.record.note(`already runs ${b.version}: restarting it anyway (current settings)`);
        await this.switchTo(b.version, this.audit('deploy', this.report.previousDigest, b.version), 'previous', 'new');
    }
    async rollBack() {
        if (!(await this.open()))
            return;
        if (!this.ctx.spec.rollbackTo) {
            await this.switchTo('', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
            return;
        }
        if (!this.resolved && (await this.resolveRollbackTo()) !== undefined)
            return;
        const wanted = this.resolved.values.release ?? '';
        this.report.newDigest = wanted;
        if (this.alreadyRuns(wanted))
            return;
        await this.switchTo(wanted, this.audit('rollback', this.report.previousDigest, wanted), 'previous', 'new');
    }
    /** Switch current to `version` ('' = the host's previous release), gate, finalize; restore on failure. */
    switchTo(version, audit, from, to) {
        return this.switchAndGate(binarySwitchStep(this.binary, version), !version, audit, from, to);
    }
    async retire(audit) {
        await this.step(binaryRetireStep(this.binary, audit), target_run/* STEP_TIMEOUTS */.O0.restore);
        return 'current was removed and the program restarted';
    }
    switchBack(before, audit) {
        return this.switchTo(before, audit, 'new', 'previous');
    }
}

;// CONCATENATED MODULE: ./src/deploy/targets/text-table.ts
/** Columns padded to their widest cell, two spaces apart (every target's status table). Pure. */
function renderTable(head, rows) {
    const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
    const fmt = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [fmt(head), ...rows.map(fmt)];
}

// EXTERNAL MODULE: ./src/deploy/steps/lock-steps.ts
var lock_steps = __webpack_require__(81394);
;// CONCATENATED MODULE: ./src/deploy/targets/binary/binary-status.ts
/**
 * The day-two commands for deploy_target binary, read from its status step (pure): what each host
 * runs is a release under binary_root (<commit_time>-<short_sha>), the rollback candidates are the
 * other releases kept there.
 */



/** <commit_time>-<short_sha> -> the commit's short sha and its time (ISO, UTC). */
function releaseCommit(release) {
    const m = /^([0-9]+)-([0-9a-f]+)$/.exec(release);
    if (!m)
        return { commit: '', committedAt: '' };
    return { commit: m[2], committedAt: new Date(Number(m[1]) * 1000).toISOString().replace(/\.000Z$/, 'Z') };
}
function binaryHostStatus(a) {
    const out = a.out ?? (0,render/* parseStepOutput */.VX)('');
    const v = out.values;
    const live = v.live_release;
    const st = { host: a.host, previous: v.previous ?? '', kept: (0,render/* listValues */.Du)(out, 'kept').filter((r) => r !== live) };
    if (a.error !== undefined)
        st.error = a.error;
    if (live) {
        st.live = { release: live, ...releaseCommit(live), sha256: v.live_checksum ?? '', switchedAt: v.live_switched_at ?? '', switchedBy: v.live_by ?? '' };
    }
    const lock = (0,lock_steps/* lockHolder */.ms)(v);
    if (lock)
        st.lock = lock;
    if (v.root)
        st.root = v.root;
    const sw = (0,lock_steps/* unfinishedSwitch */.SI)(v, `of current (from ${v.switch_back_to || 'nothing'})`);
    if (sw)
        st.unfinishedSwitch = sw;
    return st;
}
function renderBinaryStatus(name, hosts) {
    const head = ['host', 'live release', 'committed', 'switched', 'by', 'kept (rollback_to candidates)', 'lock'];
    const rows = hosts.map((h) => (h.error !== undefined && !h.live
        ? [h.host, 'no answer', '', '', '', '', '']
        : [
            h.host,
            h.live?.release ?? 'nothing',
            h.live?.committedAt || '-',
            h.live?.switchedAt || '-',
            h.live?.switchedBy || '-',
            h.kept.map((r) => (r === h.previous ? `${r} (previous)` : r)).join(', ') || '-',
            (0,lock_steps/* describeLock */.FD)(h.lock),
        ]));
    const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
    const switches = hosts.filter((h) => h.unfinishedSwitch).map((h) => `${h.host}: ${h.unfinishedSwitch}`);
    return [`${name} (binary):`, ...renderTable(head, rows), ...switches, ...errors].join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/targets/binary/binary-target.ts
/** deploy_target binary: a run per host (BinaryHostRun) over releases under binary_root. */






const binaryTarget = {
    rollout: { kind: 'per-host', hostRun: (host, ctx) => new BinaryHostRun(host, ctx) },
    status: {
        step: (spec) => binaryStatusStep(spec.binary),
        render(service, answers) {
            const hosts = answers.map(binaryHostStatus);
            return { text: renderBinaryStatus(service, hosts), json: { service, target: 'binary', hosts } };
        },
    },
    logs: {
        /** logs_follow and logs_since mean nothing here, and the log must be readable somehow. */
        check(o, spec) {
            if (o.follow)
                throw (0,src_errors/* inputError */.Xu)('logs_follow', 'is not supported with deploy_target binary', 'false (follow the log on the host with logs_cmd\'s own follow option)');
            if (o.since) {
                throw (0,src_errors/* inputError */.Xu)('logs_since', 'means nothing for deploy_target binary (the output of logs_cmd has no times gantry can read)', 'empty; put the window into logs_cmd, e.g. journalctl --user -u api --since -10m');
            }
            if (!o.cmd && spec.binary.processManager === 'none') {
                throw (0,src_errors/* inputError */.Xu)('logs_cmd', 'is empty and process_manager is none', "the command that prints the program's log on the host, e.g. journalctl --user -u api -n 500, or process_manager supervisor or systemd-user");
            }
        },
        /** logs_cmd, else what process_manager reads, about logs_tail lines. */
        step(spec, o) {
            const b = spec.binary;
            const logsCmd = o.cmd || (0,binary_spec/* derivedLogsCmd */.F$)(b.processManager, b.name, b.supervisorConf, o.tail);
            return binaryLogsStep(b, { logsCmd, tail: o.tail, grep: o.grep });
        },
        lines: fleet_logs/* prefixLogs */.W,
    },
    exec: {
        /** exec_in is the container target's (target-inputs refuses it here before this runs). */
        check: () => undefined,
        step: (spec, o, run) => binaryExecStep(spec.binary, o, run),
    },
    rollbackRefs() {
        throw (0,src_errors/* inputError */.Xu)('verify_key', 'cannot be checked by a binary rollback (the hosts keep no signature of their older releases; each was checked when it was deployed with verify_key)', 'an empty verify_key for a binary rollback, or a deploy of the earlier binaries_dir with verify_key');
    },
};

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: ./src/deploy/targets/container/container-steps.ts
var container_steps = __webpack_require__(77571);
// EXTERNAL MODULE: ./src/deploy/targets/container/proxy/proxy-steps.ts
var proxy_steps = __webpack_require__(17375);
// EXTERNAL MODULE: ./src/deploy/targets/container/proxy/proxy-config.ts
var proxy_config = __webpack_require__(82872);
;// CONCATENATED MODULE: ./src/deploy/targets/container/pre-switch.ts


/**
 * pre_switch_cmd: `docker run --rm IMAGE ARGS` of the new image on this host, with the deploy's env
 * (a 0600 file removed at once) and network, before anything is switched (steps/pre-switch.sh).
 */
function preSwitchStep(service, o) {
    const envText = o.env.map(([k, v]) => `${k}=${v}`).join('\n');
    return (0,render/* step */.PM)('pre-switch', service, {
        REF: o.ref, NET: o.proxy ? container_steps/* PROXY_NETWORK */["if"] : o.network, ENSURE_NETWORK: o.proxy ? 1 : 0, ARGS: o.args, HOOK_TIMEOUT: Math.floor(o.timeoutSeconds),
    }, { secrets: [envText] });
}

// EXTERNAL MODULE: ./src/deploy/rollout/report.ts
var report = __webpack_require__(58003);
// EXTERNAL MODULE: ./src/deploy/transport/oci-transport.ts + 1 modules
var oci_transport = __webpack_require__(54094);
// EXTERNAL MODULE: ./src/deploy/targets/container/container-options.ts
var container_options = __webpack_require__(61378);
;// CONCATENATED MODULE: ./src/deploy/targets/container/container-run.ts













/** What makes a container what it is besides its image: hashed on the host with a salt to spot an unchanged host. */
function containerConfigText(spec) {
    const { container: c, proxy, env } = spec;
    return JSON.stringify({
        ports: c.ports, env, volumes: c.volumes, network: c.network, restart: c.restart,
        proxy: proxy ? { port: proxy.port, appPort: proxy.appPort, hosts: proxy.hosts } : null,
        // Only when set: a host deployed before these options existed keeps its hash (and stays unchanged).
        ...((0,container_options/* optionsSet */.nA)(c.options) ? { options: c.options } : {}),
    });
}
/** One host's part of a rollout (the container target): its state machine over its connection, lock and steps. */
class ContainerHostRun extends target_run/* HostRunBase */.xi {
    startOnFailedSwitch = true;
    get service() {
        return this.ctx.spec.service;
    }
    /** stop_timeout lengthens every step that may stop a container (twice: restore stops the new one, then the old may stop again). */
    step(s, timeoutSeconds) {
        return super.step(s, timeoutSeconds + 2 * (this.ctx.spec.container.options.stopTimeout ?? 0));
    }
    steps = {
        preflight: () => (0,container_steps/* preflightStep */.gk)(this.service, this.ctx.spec.health.url !== '' || this.ctx.spec.proxy !== undefined),
        converge: () => [
            ...(this.ctx.spec.proxy ? [(0,proxy_steps/* proxyConvergeStep */.Y1)(this.service, this.ctx.actor.by)] : []),
            (0,container_steps/* convergeStep */.uH)(this.service, this.ctx.actor.by),
        ],
        health: (target = 'name', cancel) => {
            const h = this.ctx.spec.health;
            const p = this.ctx.spec.proxy;
            return (0,container_steps/* healthStep */.J_)(this.service, {
                cmd: h.cmd, url: h.url, timeoutSeconds: h.timeout, target,
                probe: p && p.healthPath ? { port: p.appPort, path: p.healthPath } : undefined, cancel,
            });
        },
        cancel: (mark) => (0,cancellation/* cancelStep */.vr)(this.service, mark),
        restore: (audit) => (0,container_steps/* restoreStep */.T2)(this.service, audit),
        finalize: (audit) => (0,container_steps/* finalizeStep */.b5)(this.service, {
            repository: this.ctx.mode === 'deploy' ? this.ctx.spec.container.image?.repository ?? '' : '',
            keepImages: this.ctx.spec.container.keepImages,
            audit,
        }),
        resolve: (want) => (0,container_steps/* resolveVersionStep */.tJ)(this.service, want, this.ctx.spec.container.keepImages),
        values: { current: 'current_digest', source: 'source_digest', previous: 'previous_digest' },
        words: {
            leftInPlace: 'rollback is off: the failed container is left in place',
            removedNone: 'removed the failed container; nothing ran here before',
            restored: (what) => `restored ${what}`,
            restoredUnit: 'the restored container',
            started: (source) => `started ${source || 'the new container'}`,
            healthyUnit: 'the new container',
        },
    };
    preflighted(pre) {
        this.record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
    }
    pruned(images) {
        if (images.length > 0)
            this.record.debug(`pruned ${images.join(', ')}`);
    }
    pulled;
    /** Connects, locks and pulls the image, once; undefined (and the report says why) when that failed. */
    pullOnce() {
        this.pulled ??= (async () => {
            if (!(await this.open()))
                return undefined;
            const { spec } = this.ctx;
            try {
                const t0 = this.ctx.clock.now();
                if (this.ctx.oci)
                    return await this.shipOci(this.ctx.oci, t0);
                const { imageRef } = this.ctx;
                this.record.say(`pulling ${imageRef}`);
                const image = spec.container.image;
                const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
                const pulled = await this.step((0,container_steps/* pullStep */.eO)(this.service, imageRef, image.repository, registry, spec.proxy ? [spec.proxy.image] : []), target_run/* STEP_TIMEOUTS */.O0.pull);
                this.report.pullSeconds = this.since(t0);
                const digest = pulled.values.digest || (image.digest ?? '');
                this.report.newDigest = digest;
                const ref = imageRef;
                this.record.say(`pulled ${digest || ref} in ${this.report.pullSeconds.toFixed(1)} s`);
                return { ref, digest };
            }
            catch (err) {
                this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
                return undefined;
            }
        })();
        return this.pulled;
    }
    forward;
    /**
     * deploy_image oci:DIR: the image from the runner's layout, through this host's SSH forward (or
     * docker load when the host refuses forwarding), tagged on the host under a stable name; the
     * containers then record its digest as with a registry.
     */
    async shipOci(source, t0) {
        const { spec } = this.ctx;
        const image = source.image;
        this.record.say(`shipping ${image.digest} from ${image.dir} over SSH`);
        const diffIds = source.diffIds();
        const shipped = await (0,oci_transport/* shipImage */.At)({
            conn: this.conn,
            source,
            pull: async (pullRef, ids) => (await this.step((0,container_steps/* ociPullStep */.tf)(this.service, {
                digest: image.digest, imageId: image.configDigest, pullRef, ref: source.hostRef, alsoTag: source.alsoTag, diffIds: ids ?? diffIds,
                alsoImages: spec.proxy ? [spec.proxy.image] : [],
            }), target_run/* STEP_TIMEOUTS */.O0.pull)).values,
            warn: (line) => this.record.warn(line),
            keep: (f) => {
                this.forward = f;
            },
            loadTimeoutSeconds: target_run/* STEP_TIMEOUTS */.O0.pull,
        });
        this.report.pullSeconds = this.since(t0);
        this.report.uploadedBytes = shipped.bytes;
        this.report.newDigest = image.digest;
        const how = shipped.via === 'present' ? 'already on the host: nothing sent' : `${shipped.bytes} bytes (${(0,report/* bytesText */.pV)(shipped.bytes)}) sent ${shipped.via === 'forward' ? 'through the SSH forward' : 'into docker load'}`;
        this.record.say(`${source.hostRef} (${image.digest}) ready in ${this.report.pullSeconds.toFixed(1)} s, ${how}`);
        return { ref: source.hostRef, digest: image.digest };
    }
    async close() {
        await this.forward?.close().catch(() => undefined);
        this.forward = undefined;
        await super.close();
    }
    /** pre_switch_cmd on this host (the first), before any host switches; false when it failed. */
    async preSwitch() {
        const pulled = await this.pullOnce();
        if (!pulled)
            return false;
        const { spec } = this.ctx;
        this.record.say(`running pre_switch_cmd in a one-off container of ${pulled.ref}`);
        try {
            const out = await this.step(preSwitchStep(this.service, {
                ref: pulled.ref, args: spec.preSwitch, env: spec.env, network: spec.container.network, proxy: spec.proxy !== undefined,
                timeoutSeconds: target_run/* STEP_TIMEOUTS */.O0.preSwitch,
            }), target_run/* STEP_TIMEOUTS */.O0.preSwitch + 60);
            for (const l of (0,render/* listValues */.Du)(out, 'log'))
                this.ctx.reporter.info(`${this.target.label} pre_switch_cmd | ${l}`);
            this.record.say('pre_switch_cmd succeeded');
            return true;
        }
        catch (err) {
            if (err instanceof run_step/* StepFailure */.pH)
                this.report.logs = (0,render/* listValues */.Du)(err.out ?? (0,render/* parseStepOutput */.VX)(''), 'log');
            this.record.fail('failed', 'previous', `${(0,src_errors/* errorMessage */.gJ)(err)}; nothing was switched on any host`);
            return false;
        }
    }
    /** The host's whole deploy, recorded in this.report; never throws. */
    async deploy() {
        const pulled = await this.pullOnce();
        if (!pulled)
            return;
        const { spec } = this.ctx;
        const c = spec.container;
        const { ref, digest: newDigest } = pulled;
        let configHash = '';
        let alias;
        try {
            const same = await this.step((0,container_steps/* unchangedStep */.iI)(this.service, {
                digest: newDigest, configText: this.configText(), healthUrl: spec.health.url,
                probe: spec.proxy ? { port: spec.proxy.appPort, path: spec.proxy.healthPath } : undefined,
            }), target_run/* STEP_TIMEOUTS */.O0.unchanged);
            configHash = same.values.config_hash ?? '';
            if (same.values.unchanged === '1') {
                if (!spec.force) {
                    this.report.outcome = 'unchanged';
                    this.report.running = 'new';
                    this.report.message = 'already runs this digest with these settings, healthy: left alone (force redeploys)';
                    this.record.say(`unchanged: already runs ${newDigest} with these settings, healthy`);
                    return;
                }
                this.record.note(`already runs ${newDigest} with these settings: redeploying (force)`);
            }
            else if (newDigest && newDigest === this.report.previousDigest) {
                this.record.note(`already runs ${newDigest}, but ${same.values.why ?? 'not as asked'}: replacing it`);
            }
            if ((0,cancellation/* cancelledBeforeSwitch */.BN)(this.ctx.cancel, this.record))
                return;
            alias = spec.proxy ? (0,proxy_config/* upstreamAlias */.mm)(this.service, (0,external_crypto_.randomBytes)(4).toString('hex')) : undefined;
            const t1 = this.ctx.clock.now();
            await this.step((0,container_steps/* createStep */.Bx)(this.service, {
                ref, digest: newDigest, ports: c.ports, env: spec.env, volumes: c.volumes, network: c.network, restart: c.restart,
                deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by, alias, configHash: configHash || undefined, options: c.options,
            }), target_run/* STEP_TIMEOUTS */.O0.create);
            this.report.startSeconds = this.since(t1);
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return;
        }
        await this.release('new', this.audit('deploy', this.report.previousDigest, newDigest), 'previous', 'new');
    }
    configText() {
        return containerConfigText(this.ctx.spec);
    }
    /** Switches to `source` the way the mode says: stop-then-start, or beside-then-proxy. */
    release(source, audit, from, to) {
        return this.ctx.spec.proxy ? this.proxyRelease(source, audit, from, to) : this.switchAndGate((0,container_steps/* switchStep */.PS)(this.service, source), source === 'prev', audit, from, to);
    }
    /**
     * Proxy mode: start `source` beside what serves, health-gate it on its own address, switch the
     * proxy, drain and stop the old container, finalize. A failure before the switch leaves the
     * proxy and the serving container untouched.
     */
    async proxyRelease(source, audit, from, to) {
        const proxy = this.ctx.spec.proxy;
        const t = this.ctx.clock.now();
        let tHealth = 0;
        let alias = '';
        const discard = async () => {
            try {
                await this.step((0,proxy_steps/* discardStep */.jK)(this.service, source, audit), target_run/* STEP_TIMEOUTS */.O0.restore);
            }
            catch (err) {
                this.record.note(`could not remove the container that failed: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
            }
        };
        if (to === 'new' && (0,cancellation/* cancelledBeforeSwitch */.BN)(this.ctx.cancel, this.record)) {
            await discard();
            return false;
        }
        try {
            const st = await this.step((0,proxy_steps/* startBesideStep */.z_)(this.service, source), target_run/* STEP_TIMEOUTS */.O0.switch);
            alias = st.values.alias ?? '';
            if (source === 'prev') {
                this.report.newDigest = st.values.source_digest;
                audit = { ...audit, to: st.values.source_digest ?? '' };
            }
            this.report.previousDigest ??= st.values.previous_digest;
            this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
            this.record.say(`started ${st.values.source_digest || 'the new container'} beside the serving one; health gate up to ${this.ctx.spec.health.timeout} s`);
            tHealth = this.ctx.clock.now();
            const gate = await this.healthGate(source, to === 'new');
            this.report.healthSeconds = gate.seconds;
            this.record.say(`healthy in ${gate.seconds.toFixed(1)} s (${gate.out.values.checks})`);
        }
        catch (err) {
            if (err instanceof run_step/* StepFailure */.pH && err.step === 'health') {
                this.report.healthSeconds = this.since(tHealth || t);
                this.report.logs = (0,render/* listValues */.Du)(err.out ?? (0,render/* parseStepOutput */.VX)(''), 'log');
            }
            else if (!tHealth)
                this.report.startSeconds = (this.report.startSeconds ?? 0) + this.since(t);
            if (!(err instanceof run_step/* StepFailure */.pH && err.code === render/* STEP_EXIT */.a4.nothingToSwitch))
                await discard();
            else if (err.out?.values.never_deployed === '1')
                this.report.neverDeployed = true;
            if (to !== 'new' || !(0,cancellation/* recordCancelled */.l$)(this.ctx.cancel, this.record, from, `${(0,src_errors/* errorMessage */.gJ)(err)}; the proxy was not switched`)) {
                this.record.fail('failed', from, `${(0,src_errors/* errorMessage */.gJ)(err)}; the proxy was not switched`);
            }
            return false;
        }
        if (to === 'new' && (0,cancellation/* cancelledBeforeSwitch */.BN)(this.ctx.cancel, this.record)) {
            await discard();
            return false;
        }
        const tSwitch = this.ctx.clock.now();
        try {
            const sw = await this.step((0,proxy_steps/* proxySwitchStep */.Hh)(this.service, {
                src: source, port: proxy.port, image: proxy.image, hosts: proxy.hosts, alias,
                routeFile: (0,proxy_config/* routeFileName */.VJ)(this.service, proxy.hosts), route: (0,proxy_config/* routeLine */.Gs)(this.service, proxy.hosts, `${alias}:${proxy.appPort}`),
                drainSeconds: proxy.drainTimeout, tlsPolicy: (0,proxy_config/* tlsPolicyLine */.eX)(proxy.hosts, proxy.tls),
            }), target_run/* STEP_TIMEOUTS */.O0.proxy);
            this.report.switchSeconds = this.since(tSwitch);
            if (sw.values.proxy_replaced)
                this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_replaced}`);
            if (sw.values.proxy_warning)
                this.ctx.reporter.warn(`${this.target.label}: ${sw.values.proxy_warning}`);
            if (sw.values.migrated)
                this.record.note(sw.values.migrated);
            if (sw.values.maintenance === 'on')
                this.record.note('the service is in maintenance: the proxy keeps answering 503 until `gantry live`');
            this.record.say(`proxy port ${proxy.port} now serves ${alias} (switch ${this.report.switchSeconds.toFixed(2)} s, of which the load ${sw.values.load_ms} ms${sw.values.fresh === '1' ? ', proxy started' : ''})`);
        }
        catch (err) {
            await discard();
            this.record.fail('failed', from, `${(0,src_errors/* errorMessage */.gJ)(err)}; the proxy still serves what it served`);
            return false;
        }
        try {
            const ret = await this.step((0,proxy_steps/* proxyRetireStep */.I8)(this.service, source, proxy.drainTimeout, proxy.appPort), target_run/* STEP_TIMEOUTS */.O0.switch + 2 * proxy.drainTimeout);
            if (ret.values.drain_ms) {
                this.record.say(`the old container drained in ${(Number(ret.values.drain_ms) / 1000).toFixed(1)} s${ret.values.drain_open !== '0' && ret.values.drain_open !== '?' ? ` (${ret.values.drain_open} connection(s) still open at drain_timeout ${proxy.drainTimeout} s)` : ''}, then stopped`);
            }
        }
        catch (err) {
            this.record.fail('failed', to, `${(0,src_errors/* errorMessage */.gJ)(err)} (the proxy serves the new container; the old one was not retired)`);
            return false;
        }
        return this.finish(audit, to);
    }
    /** The rollback command on this host: back to the previous version kept there. */
    async rollBack() {
        if (this.ctx.spec.rollbackTo) {
            await this.rollBackTo();
            return;
        }
        if (!(await this.open()))
            return;
        await this.release('prev', this.audit('rollback', this.report.previousDigest), 'previous', 'new');
    }
    /** rollback_to on this host: the older image with the live container's own settings, released like a deploy. */
    async rollBackTo() {
        if (!this.resolved && (await this.resolveRollbackTo()) !== undefined)
            return;
        const ref = this.resolved.values.ref ?? '';
        const digest = this.resolved.values.digest ?? '';
        this.report.newDigest = digest;
        if (this.alreadyRuns(digest))
            return;
        if ((0,cancellation/* cancelledBeforeSwitch */.BN)(this.ctx.cancel, this.record))
            return;
        const t = this.ctx.clock.now();
        try {
            this.record.say(`staging ${ref} with the live container's settings`);
            await this.step((0,container_steps/* cloneLiveStep */.SJ)(this.service, {
                ref, digest, alias: this.ctx.spec.proxy ? (0,proxy_config/* upstreamAlias */.mm)(this.service, (0,external_crypto_.randomBytes)(4).toString('hex')) : undefined,
                deployedAt: this.ctx.deployedAt, deployedBy: this.ctx.actor.by,
            }), target_run/* STEP_TIMEOUTS */.O0.create);
            this.report.startSeconds = this.since(t);
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return;
        }
        await this.release('new', this.audit('rollback', this.report.previousDigest, digest), 'previous', 'new');
    }
    async retire(audit) {
        // Proxy mode: the route goes first, so the proxy never dials a stopped container.
        const proxy = this.ctx.spec.proxy;
        const unrouted = proxy ? (await this.step((0,proxy_steps/* unrouteStep */.jt)(this.service, proxy.drainTimeout), target_run/* STEP_TIMEOUTS */.O0.proxy)).values.unrouted === '1' : false;
        await this.step((0,container_steps/* retireStep */.m4)(this.service, audit), target_run/* STEP_TIMEOUTS */.O0.restore);
        return unrouted ? `its route was taken off the proxy (port ${proxy.port}) and the new container was stopped` : 'the new container was stopped';
    }
    switchBack(_before, audit) {
        return this.release('prev', audit, 'new', 'previous');
    }
}

// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
;// CONCATENATED MODULE: ./src/deploy/targets/container/container-status.ts
/** The container target's status: one row per host, from status.sh's lines. */




/** Turns a status step's lines into one host's status. Pure. */
function hostStatus(a) {
    const v = a.out?.values ?? {};
    const st = { host: a.host, kept: [] };
    if (a.error !== undefined)
        st.error = a.error;
    if (v.live_digest !== undefined) {
        st.live = {
            digest: v.live_digest, version: v.live_version ?? '', revision: v.live_revision ?? '', state: v.live_state ?? '',
            health: v.live_health ?? '', startedAt: v.live_started_at ?? '', deployedAt: v.live_deployed_at ?? '', deployedBy: v.live_deployed_by ?? '',
        };
    }
    const candidates = [...(0,render/* listValues */.Du)(a.out ?? (0,render/* parseStepOutput */.VX)(''), 'kept'), ...(0,render/* listValues */.Du)(a.out ?? (0,render/* parseStepOutput */.VX)(''), 'recorded')]
        .map((l) => l.split(' ')[0]).filter((d) => d && d !== st.live?.digest);
    st.kept = [...new Set(candidates)];
    const lock = (0,lock_steps/* lockHolder */.ms)(v);
    if (lock)
        st.lock = lock;
    const sw = (0,lock_steps/* unfinishedSwitch */.SI)(v, v.switch_source === 'prev' ? 'to the previous version' : 'to a new version');
    if (sw)
        st.unfinishedSwitch = sw;
    if (v.proxy_dial)
        st.proxy = { port: v.proxy_port ?? '', dial: v.proxy_dial, ...(v.proxy_maintenance === '1' ? { maintenance: true } : {}) };
    return st;
}
/** The status table as text. Pure. */
function renderStatus(service, hosts) {
    const head = ['host', 'live', 'revision', 'state', 'health', 'started', 'kept (rollback candidates)', 'lock'];
    const rows = hosts.map((h) => h.error !== undefined && !h.live
        ? [h.host, 'no answer', '', '', '', '', '', '']
        : [
            h.host,
            h.live ? (0,image_ref/* shortDigest */.VK)(h.live.digest) : 'nothing',
            h.live?.revision || '-',
            `${h.live?.state || '-'}${h.proxy?.maintenance ? ' (maintenance)' : ''}${h.unfinishedSwitch ? ' (switch unfinished)' : ''}`,
            h.live?.health || '-',
            h.live?.startedAt.replace(/\.\d+Z$/, 'Z') || '-',
            h.kept.map(image_ref/* shortDigest */.VK).join(', ') || '-',
            (0,lock_steps/* describeLock */.FD)(h.lock),
        ]);
    const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
    const switches = hosts.filter((h) => h.unfinishedSwitch).map((h) => `${h.host}: ${h.unfinishedSwitch}`);
    return [`${service}:`, ...renderTable(head, rows), ...switches, ...errors].join('\n');
}

// EXTERNAL MODULE: ./src/deploy/connection/gate.ts
var connection_gate = __webpack_require__(9109);
;// CONCATENATED MODULE: ./src/deploy/targets/container/rollback-refs.ts




/** Parses `IMAGE DIGEST` as printed by the inspect below into repository@digest ('' when absent). */
function previousRef(line) {
    const [image = '', digest = ''] = line.trim().split(/\s+/);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest) || !image)
        return '';
    const repository = image.includes('@') ? image.slice(0, image.indexOf('@')) : image.replace(/:[^:/]+$/, '');
    return `${repository}@${digest}`;
}
/**
 * What a rollback would go back to on each host, read without changing anything there (one
 * `docker inspect` of the kept previous container), so that verify_key can refuse an unsigned
 * older version before the rollout starts.
 */
async function rollbackRefs(spec, connect) {
    const prev = (0,render/* serviceNames */._m)(spec.service).prev;
    const script = `docker inspect -f '{{.Config.Image}} {{index .Config.Labels "dev.gantry.image-digest"}}' ${(0,shell_quote/* shq */.hi)(prev)} 2>/dev/null || true\n`;
    const gate = new connection_gate/* Gate */.i(spec.maxConnections);
    return Promise.all(spec.hosts.map((target) => gate.run(async () => {
        let connection;
        try {
            connection = (await connect(target)).connection;
            const r = await connection.exec(script, { timeoutSeconds: 30 });
            if (r.code !== 0)
                throw new Error(r.lost ?? `exit ${r.code}: ${r.stderr.trim()}`);
            return { host: target.label, ref: previousRef(r.stdout) };
        }
        catch (err) {
            throw new Error(`${target.label}: cannot read the version a rollback would restore (${(0,src_errors/* errorMessage */.gJ)(err)})`);
        }
        finally {
            await connection?.close().catch(() => undefined);
        }
    })));
}

;// CONCATENATED MODULE: ./src/deploy/targets/container/container-target.ts





const containerTarget = {
    rollout: { kind: 'per-host', hostRun: (host, ctx) => new ContainerHostRun(host, ctx) },
    status: {
        step: (spec, keepImages) => (0,container_steps/* statusStep */.DN)(spec.service, keepImages),
        render(service, answers) {
            const hosts = answers.map(hostStatus);
            return { text: renderStatus(service, hosts), json: { service, hosts } };
        },
    },
    logs: {
        check: () => undefined,
        step: (spec, o) => (0,container_steps/* logsStep */.U9)(spec.service, o),
        lines: fleet_logs/* prefixLogs */.W,
    },
    exec: {
        check: () => undefined,
        step: (spec, o, run) => (0,container_steps/* containerExecStep */.ZL)(spec.service, o, run),
    },
    rollbackRefs: rollbackRefs,
};

// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/deploy/targets/swarm/swarm-spec.ts
var swarm_spec = __webpack_require__(36005);
;// CONCATENATED MODULE: ./src/deploy/targets/swarm/swarm-state.ts
/**
 * deploy_target swarm: what the manager said about the service (swarm-state.sh's lines), and what
 * that means for the deploy gantry waits on (pure: no I/O). Decisions read Swarm's UpdateStatus
 * and the tasks' states, never the CLI's progress text.
 */

function parseSwarmState(out) {
    const v = out.values;
    const nodes = new Map();
    for (const line of (0,render/* listValues */.Du)(out, 'node')) {
        const [id, addr] = line.split('|');
        nodes.set(id, addr ?? '');
    }
    const tasks = (0,render/* listValues */.Du)(out, 'task').map((line) => {
        const parts = line.split('|');
        return {
            id: parts[0] ?? '', slot: parts[1] ?? '', nodeId: parts[2] ?? '', desired: parts[3] ?? '', state: parts[4] ?? '',
            image: parts[5] ?? '', error: parts.slice(6).join('|'),
        };
    });
    return {
        exists: v.service === '1',
        image: v.image ?? '',
        previousImage: v.previous_image ?? '',
        updateState: v.update_state ?? '',
        updateStarted: v.update_started ?? '',
        updateMessage: v.update_message ?? '',
        nodes,
        tasks,
    };
}
/** The digest of an image reference (repo@sha256:...), '' when it has none. */
function digestOf(image) {
    const at = image.lastIndexOf('@');
    return at >= 0 ? image.slice(at + 1) : '';
}
/** The tasks Swarm wants running now (one per slot, or per node in global mode). */
function currentTasks(s) {
    return s.tasks.filter((t) => t.desired === 'running');
}
/** Tasks of this digest that failed or were rejected: what a crashing image leaves behind. */
function failedTasks(s, digest) {
    return s.tasks.filter((t) => (t.state === 'failed' || t.state === 'rejected') && digestOf(t.image) === digest);
}
/** Every current task runs this digest, and there are as many as wanted (at least one). */
function allRunning(s, digest, wanted) {
    const cur = currentTasks(s);
    return cur.length >= Math.max(1, wanted) && cur.every((t) => t.state === 'running' && digestOf(t.image) === digest);
}
/** What the service's state says about the deploy gantry started. */
function verdictOf(s, w) {
    if (!s.exists)
        return 'failing';
    if (w.create) {
        if (allRunning(s, w.digest, w.wanted))
            return 'converged';
        return failedTasks(s, w.digest).length >= Math.max(2, w.wanted) ? 'failing' : 'waiting';
    }
    const ours = s.updateStarted !== '' && s.updateStarted !== w.startedBefore;
    if (ours) {
        switch (s.updateState) {
            case 'rollback_completed':
                return 'rolled-back';
            case 'paused':
            case 'rollback_paused':
                return 'paused';
            case 'completed':
                return allRunning(s, w.digest, w.wanted) ? 'converged' : 'waiting';
            default:
                return 'waiting';
        }
    }
    // No update started (yet, or at all: the task spec did not change).
    return allRunning(s, w.digest, w.wanted) && digestOf(s.image) === w.digest ? 'converged' : 'waiting';
}
/** What Swarm's own rollback (gantry rollback) has come to. */
function rollbackVerdictOf(s, startedBefore) {
    if (s.updateStarted === startedBefore)
        return 'waiting';
    if (s.updateState === 'rollback_completed')
        return 'done';
    if (s.updateState === 'rollback_paused' || s.updateState === 'paused')
        return 'paused';
    return 'waiting';
}
/** A task as Swarm names it: service.slot (or the node in global mode), then its id. */
function taskName(service, t) {
    return `${service}.${t.slot !== '0' && t.slot ? t.slot : t.nodeId.slice(0, 12)}.${t.id.slice(0, 12)}`;
}
/** The task's node by address (its id when the node is gone; unassigned before scheduling). */
function nodeOf(s, t) {
    return s.nodes.get(t.nodeId) || t.nodeId.slice(0, 12) || 'unassigned';
}

;// CONCATENATED MODULE: ./src/deploy/targets/swarm/swarm-steps.ts
/**
 * deploy_target swarm: the steps run on the manager (src/deploy/steps/swarm-*.sh), rendered from
 * plain data like every other step (values as quoted assignments, secrets on stdin).
 */

/** preflight.sh's docker checks, then the node is an active manager and no plain container of the name runs there. */
function swarmPreflightStep(service) {
    return (0,render/* step */.PM)('swarm-preflight', service, { NEEDS_HTTP_CLIENT: 0 }, { libs: ['lib', 'docker-lib', 'preflight'] });
}
/** Creates or updates the service, detached; env values and the password only on stdin. */
function swarmApplyStep(service, o) {
    const r = o.registry;
    return (0,render/* step */.PM)('swarm-apply', service, {
        ACTION: o.action,
        REF: o.ref,
        FLAGS: o.flags,
        ARGS: o.action === 'create' ? o.args ?? [] : [],
        ENV_KEYS: o.env.map(([k]) => k),
        NETWORK: o.network ?? '',
        FORCE: o.force ? 1 : 0,
        SKIP_SAME: o.skipSame ? 1 : 0,
        LOGIN: r ? 1 : 0,
        REGISTRY_SERVER: r?.server ?? '',
        REGISTRY_USER: r?.username ?? '',
        LOGIN_SERVER: r && r.server !== 'docker.io' ? r.server : '',
    }, { secrets: [r?.password ?? '', o.env.map(([k, v]) => `${k}=${v}`).join('\n'), o.configText ?? ''] });
}
/** The service's spec image, update status, nodes and tasks. */
function swarmStateStep(service) {
    return (0,render/* step */.PM)('swarm-state', service, {});
}
function swarmRemoveStep(service) {
    return (0,render/* step */.PM)('swarm-remove', service, {});
}
function swarmRollbackStep(service) {
    return (0,render/* step */.PM)('swarm-rollback', service, {});
}
/** One line of the manager's audit log (~/.gantry/audit.log), read by `audit`. */
function swarmAuditRecordStep(service, a) {
    return (0,render/* step */.PM)('swarm-audit', service, { AUDIT_ACTION: a.action, AUDIT_RESULT: a.result, AUDIT_FROM: a.from, AUDIT_TO: a.to }, { by: a.by });
}
/** status: swarm-state.sh's lines, then the service's mode and gantry's labels on it. */
function swarmStatusStep(service) {
    return (0,render/* step */.PM)('swarm-status', service, {}, { libs: ['lib', 'docker-lib', 'swarm-state'] });
}
/** logs: docker service logs (every task, prefixed with its task and node), since, tail, grep. */
function swarmLogsStep(service, o) {
    return (0,render/* step */.PM)('swarm-logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep });
}

;// CONCATENATED MODULE: ./src/deploy/targets/swarm/swarm-history.ts
/**
 * deploy_target swarm: the versions a service ran, newest first, kept in its own label
 * dev.gantry.history (Swarm keeps one previous spec; this is what rollback_to chooses from), and
 * the lookup of rollback_to among them (pure: no I/O). An entry is `REF|REVISION|DEPLOYED_AT`,
 * entries separated by spaces: refs hold no spaces or bars, and revision and time are reduced
 * to safe characters before they are recorded.
 */



const HISTORY_LABEL = 'dev.gantry.history';
/** The most entries a label keeps, whatever keep_images says. */
const HISTORY_MAX = 20;
const safe = (s) => s.replace(/[^A-Za-z0-9._+:-]/g, '').slice(0, 80);
function parseHistory(label) {
    return label.split(' ').filter(Boolean).map((e) => {
        const [ref = '', revision = '', deployedAt = ''] = e.split('|');
        return { ref, digest: digestOf(ref), revision, deployedAt };
    }).filter((e) => /^sha256:[0-9a-f]{64}$/.test(e.digest));
}
function formatHistory(entries) {
    return entries.map((e) => `${e.ref}|${safe(e.revision)}|${safe(e.deployedAt)}`).join(' ');
}
/** The history after deploying `entry`: it first, an older entry of its digest dropped, at most `keep` entries. */
function recordDeploy(history, entry, keep) {
    const bound = Math.min(HISTORY_MAX, Math.max(2, Math.floor(keep) + 1));
    return [entry, ...history.filter((e) => e.digest !== entry.digest)].slice(0, bound);
}
/** One line per version, for messages and status: short digest, revision, when. */
function describeEntry(e) {
    return `${(0,image_ref/* shortDigest */.VK)(e.digest)}${e.revision ? ` revision ${e.revision}` : ''}${e.deployedAt ? ` deployed ${e.deployedAt}` : ''}`;
}
function tagOf(ref) {
    const name = ref.slice(0, ref.indexOf('@') < 0 ? ref.length : ref.indexOf('@'));
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(colon + 1) : '';
}
/**
 * The entry rollback_to names: a digest (sha256:..., or 12+ of its first hex digits), a
 * revision, or a tag; refused in one line listing the versions the service recorded.
 */
function findVersion(history, want, service) {
    const hex = want.replace(/^sha256:/, '');
    const byDigest = /^[0-9a-f]{12,64}$/.test(hex) ? history.filter((e) => e.digest.slice(7).startsWith(hex)) : [];
    const found = byDigest.length > 0 ? byDigest : history.filter((e) => (e.revision !== '' && e.revision === want) || tagOf(e.ref) === want);
    if (found.length > 0 && new Set(found.map((e) => e.digest)).size === 1)
        return found[0];
    const known = history.map(describeEntry).join('; ') || 'none';
    if (found.length > 1)
        throw (0,src_errors/* inputError */.Xu)('rollback_to', `'${want}' matches several versions of service ${service}: ${found.map(describeEntry).join('; ')}`, 'a longer digest');
    throw (0,src_errors/* inputError */.Xu)('rollback_to', `'${want}' is not among the versions service ${service} recorded: ${known}`, 'one of those, as a digest, revision or tag (status lists them)');
}
/** The history with the version the service runs now in it (a service deployed before history was kept has none). */
function withCurrent(history, image) {
    const digest = digestOf(image);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest) || history.some((e) => e.digest === digest) || /[\s|]/.test(image))
        return [...history];
    return [{ ref: image, digest, revision: '', deployedAt: '' }, ...history];
}
/** The labels of a deploy: on the service (who, when, which version, the history), and on every task's container. */
function deployLabels(o) {
    const next = recordDeploy(o.history, { ...o.entry, deployedAt: o.deployedAt }, o.keep);
    return {
        service: [
            `dev.gantry.service=${o.service}`,
            `dev.gantry.image=${o.entry.ref}`,
            `dev.gantry.image-digest=${o.entry.digest}`,
            `dev.gantry.revision=${o.entry.revision}`,
            `dev.gantry.deployed-at=${o.deployedAt}`,
            `dev.gantry.deployed-by=${o.deployedBy.replace(/[\r\n]/g, ' ')}`,
            `${HISTORY_LABEL}=${formatHistory(next)}`,
        ],
        container: [`dev.gantry.service=${o.service}`, `dev.gantry.image-digest=${o.entry.digest}`],
    };
}

;// CONCATENATED MODULE: ./src/deploy/targets/swarm/swarm-run.ts
/**
 * deploy_target swarm: one manager, reached like any host (pinned key, lock, preflight), creates
 * or updates the service; Swarm schedules and rolls the tasks, gantry waits on the service's
 * UpdateStatus and tasks and reports per node and task. Exit codes: 0 every task runs the new
 * digest; 3 the manager was not reached or refused before any change (as for any target's host), Swarm rolled back to the previous spec, or a first create failed and gantry removed
 * the service; 4 paused (rollback false), timed out, or otherwise mixed or unknown.
 */












/** Seconds between two reads of the service while waiting. */
const POLL_SECONDS = 2;
/** Seconds a task may take to be scheduled, pull and start, on top of the monitor window. */
const START_ALLOWANCE = 120;
class SwarmRun extends target_run/* HostSession */.HV {
    seen = new Map();
    swarm;
    constructor(ctx) {
        super(`manager ${ctx.spec.hosts[0].label}`, ctx);
        this.swarm = ctx.spec.swarm;
    }
    get service() {
        return this.ctx.spec.service;
    }
    async state() {
        return parseSwarmState(await this.step(swarmStateStep(this.service), target_run/* STEP_TIMEOUTS */.O0.preflight));
    }
    /** Connects, checks the node is a manager (bad input otherwise), takes the lock. */
    async open() {
        const target = this.ctx.spec.hosts[0];
        if (!(await this.connect(target)))
            return undefined;
        let pre;
        try {
            pre = await this.step(swarmPreflightStep(this.service), target_run/* STEP_TIMEOUTS */.O0.preflight);
        }
        catch (err) {
            const code = err instanceof run_step/* StepFailure */.pH ? err.code : null;
            const msg = err instanceof run_step/* StepFailure */.pH ? err.out?.values.error ?? (0,src_errors/* errorMessage */.gJ)(err) : (0,src_errors/* errorMessage */.gJ)(err);
            if (code === render/* STEP_EXIT */.a4.notManager || code === render/* STEP_EXIT */.a4.notInSwarm) {
                throw (0,src_errors/* inputError */.Xu)('hosts', `${target.label}: ${msg}`, 'a manager of the swarm (deploy_target swarm)');
            }
            if (code === render/* STEP_EXIT */.a4.plainContainer) {
                throw (0,src_errors/* inputError */.Xu)('container_name', `${target.label}: ${msg}`, 'a name no plain container uses on the manager (remove it, or pick another container_name)');
            }
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return undefined;
        }
        this.record.debug(`docker ${pre.values.docker_version} as ${pre.values.user}`);
        try {
            await this.takeLock();
        }
        catch (err) {
            this.record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            return undefined;
        }
        return pre;
    }
    /** Prints a task's line when its state or image changed since the last read. */
    progress(s) {
        for (const t of s.tasks) {
            const now = `${t.state} ${(0,image_ref/* shortDigest */.VK)(digestOf(t.image)) || t.image}${t.error ? ` (${t.error})` : ''}`;
            if (this.seen.get(t.id) === now)
                continue;
            this.seen.set(t.id, now);
            this.ctx.reporter.info(`${this.service} task ${this.taskName(t)} on ${this.nodeOf(s, t)}: ${now}`);
        }
    }
    taskName(t) {
        return taskName(this.service, t);
    }
    nodeOf(s, t) {
        return nodeOf(s, t);
    }
    /**
     * Polls until judge says something other than waiting, or the deadline; a cancellable wait
     * (a deploy's update) ends with the verdict 'cancelled' when the run is cancelled.
     */
    async waitFor(judge, seconds, settle, cancellable = false) {
        const { clock } = this.ctx;
        const cancel = cancellable ? this.ctx.cancel : undefined;
        const deadline = clock.now() + seconds * 1000;
        let last;
        let settling;
        const settleMs = Math.min(5, this.ctx.spec.health.timeout) * 1000;
        while (clock.now() < deadline) {
            if (cancel?.cancelled)
                return { verdict: 'cancelled', state: last ?? await this.state() };
            last = await this.state();
            this.progress(last);
            const v = judge(last);
            if (v !== 'waiting') {
                if (!settle(v, last))
                    return { verdict: v, state: last };
                // A converged service must stay so for the settle time (a task that starts then crashes).
                if (settling === undefined)
                    settling = clock.now();
                else if (clock.now() - settling >= settleMs)
                    return { verdict: v, state: last };
            }
            else
                settling = undefined;
            await (cancel ? cancel.sleep((ms) => clock.sleep(ms), POLL_SECONDS * 1000) : clock.sleep(POLL_SECONDS * 1000));
        }
        return { verdict: 'timeout', state: last };
    }
    wanted(nodes) {
        return this.swarm.mode === 'global' ? Math.max(1, nodes) : this.swarm.replicas;
    }
    deadlineSeconds(wanted) {
        const batches = Math.ceil(wanted / this.swarm.parallelism);
        return batches * (this.swarm.monitorSeconds + START_ALLOWANCE) * 2 + 60;
    }
    /** The labels of a deploy of `entry` (ref, digest, revision): on the service, and on every task's container. */
    labels(entry, history) {
        const { ctx } = this;
        return deployLabels({ service: this.service, entry, history, deployedAt: ctx.deployedAt, deployedBy: ctx.actor.by, keep: ctx.spec.container.keepImages });
    }
    /** One line of the manager's audit log; a failure to write it is a warning only. */
    async audit(result, from, to) {
        try {
            await this.step(swarmAuditRecordStep(this.service, { action: this.ctx.mode, result, from, to, by: this.ctx.actor.by }), target_run/* STEP_TIMEOUTS */.O0.preflight);
        }
        catch (err) {
            this.record.warn(`writing the audit log failed: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /** The service left alone: it already runs the digest asked for. */
    async unchanged(state, previous, digest, why) {
        const { record } = this;
        record.report.outcome = 'unchanged';
        record.report.running = 'new';
        record.report.message = why;
        record.say(`unchanged: ${why}`);
        await this.audit('unchanged', previous, digest);
        return { exitCode: exit_codes/* EXIT */.d.ok, state, previous, digest };
    }
    async deploy() {
        const { ctx, swarm, record } = this;
        const spec = ctx.spec;
        const image = spec.container.image;
        const digest = image.digest;
        const pre = await this.open();
        if (!pre)
            return { exitCode: (0,report/* rolloutExitCode */.hn)([record.report]), why: record.report.message, previous: '', digest };
        const exists = pre.values.service === '1';
        const previous = exists ? digestOf(pre.values.image ?? '') : '';
        record.report.previousDigest = previous;
        if (exists && (pre.values.mode ?? 'replicated') !== swarm.mode) {
            throw (0,src_errors/* inputError */.Xu)('swarm_mode', `'${swarm.mode}' but service ${this.service} is ${pre.values.mode}`, `${pre.values.mode} (Swarm cannot change a service's mode; remove the service to change it)`);
        }
        for (const n of swarm.notes)
            record.note(n);
        const labels = this.labels({ ref: ctx.imageRef, digest, revision: ctx.revision ?? '', deployedAt: '' }, withCurrent(parseHistory(pre.values.history ?? ''), pre.values.image ?? ''));
        const o = { swarm, container: spec.container, serviceLabels: labels.service, containerLabels: labels.container };
        const action = exists ? 'update' : 'create';
        const wanted = this.wanted(Number(pre.values.nodes ?? '1'));
        // Left alone when it already runs this digest, every task running, with these settings (the manager compares their hash).
        let skipSame = false;
        if (exists && previous === digest && !spec.force) {
            const now = await this.state();
            skipSame = allRunning(now, digest, wanted) && !['updating', 'paused', 'rollback_started', 'rollback_paused'].includes(now.updateState);
        }
        const registry = spec.registry ? { server: image.registry, ...spec.registry } : undefined;
        const args = spec.container.options.args;
        const configText = JSON.stringify({ flags: (0,swarm_spec/* createFlags */.aA)({ ...o, serviceLabels: [], containerLabels: [] }), env: spec.env, ...(args ? { args } : {}) });
        return this.applyAndWait({
            action, ref: ctx.imageRef, flags: exists ? (0,swarm_spec/* updateFlags */.Vj)(o) : (0,swarm_spec/* createFlags */.aA)(o), args, env: spec.env, registry,
            network: spec.container.network, configText, skipSame, force: spec.force,
        }, { previous, digest, wanted, startedBefore: pre.values.update_started ?? '', what: `${action} service ${this.service}: ${ctx.imageRef}, ${swarm.mode === 'global' ? 'global' : `${swarm.replicas} replicas`}, ` +
                `${swarm.parallelism} at a time, ${swarm.order}, on failure ${swarm.failureAction}, monitor ${swarm.monitorSeconds} s` });
    }
    /** Applies the change, waits for Swarm's verdict, records it (report and audit log). */
    async applyAndWait(apply, w) {
        const { ctx, record } = this;
        const { previous, digest, wanted } = w;
        const exists = apply.action !== 'create';
        const started = ctx.clock.now();
        if (ctx.cancel?.reason) {
            record.skip(`${(0,cancellation/* cancelledBy */.tK)(ctx.cancel.reason)} before the update: nothing changed`);
            return { exitCode: exit_codes/* EXIT */.d.cancelled, why: record.report.message, previous, digest };
        }
        try {
            const out = await this.step(swarmApplyStep(this.service, apply), target_run/* STEP_TIMEOUTS */.O0.create);
            if (out.values.unchanged === '1') {
                return this.unchanged(await this.state(), previous, digest, 'already runs this digest with these settings, every task running: left alone (force updates it)');
            }
        }
        catch (err) {
            record.fail('failed', 'previous', (0,src_errors/* errorMessage */.gJ)(err));
            await this.audit('failed', previous, digest);
            return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: (0,src_errors/* errorMessage */.gJ)(err), previous, digest };
        }
        record.say(w.what);
        const wait = { digest, wanted, create: !exists, startedBefore: w.startedBefore };
        const r = await this.waitFor((s) => verdictOf(s, wait), this.deadlineSeconds(wanted), (v, s) => v === 'converged' && s.updateState !== 'completed', true);
        record.report.startSeconds = (ctx.clock.now() - started) / 1000;
        // Cancelled while Swarm updated (or before gantry returned its verdict): the service goes back.
        if (ctx.cancel?.reason && (r.verdict === 'cancelled' || r.verdict === 'converged'))
            return this.cancelUpdate(exists, r.state, previous, digest, wanted);
        const verdict = r.verdict;
        const tasks = r.state ? currentTasks(r.state) : [];
        switch (verdict) {
            case 'converged':
                record.succeeded('new');
                await this.audit('ok', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.ok, state: r.state, previous, digest };
            case 'rolled-back':
                record.rolledBack(`Swarm rolled the update back to ${(0,image_ref/* shortDigest */.VK)(digestOf(r.state?.image ?? ''))}: ${r.state?.updateMessage || 'update failed'}`);
                await this.audit('rolled-back', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: record.report.message, state: r.state, previous, digest };
            case 'paused':
                record.fail('failed', 'unknown', `the update paused (rollback ${ctx.spec.rollback ? 'paused too' : 'is off'}): ${r.state?.updateMessage || ''}`);
                await this.audit('paused', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
            default: {
                const errors = r.state ? [...new Set(failedTasks(r.state, digest).map((t) => t.error).filter(Boolean))].join('; ') : '';
                if (!exists) {
                    const why = verdict === 'failing' ? 'the new service\'s tasks keep failing' : `the new service did not converge in ${this.deadlineSeconds(wanted)} s`;
                    try {
                        await this.step(swarmRemoveStep(this.service), target_run/* STEP_TIMEOUTS */.O0.restore);
                        record.fail('rolled back', 'previous', `${why}${errors ? `: ${errors}` : ''}; gantry removed the service it created`);
                        await this.audit('removed', previous, digest);
                        return { exitCode: exit_codes/* EXIT */.d.rolledBack, why: record.report.message, state: r.state, previous, digest };
                    }
                    catch (err) {
                        record.fail('failed', 'unknown', `${why}; removing the service failed: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
                        await this.audit('failed', previous, digest);
                        return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
                    }
                }
                record.fail('failed', 'unknown', `the update did not finish in ${this.deadlineSeconds(wanted)} s (update state ${r.state?.updateState || 'none'}; ${tasks.length} task(s))${errors ? `: ${errors}` : ''}`);
                await this.audit('failed', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
            }
        }
    }
    /**
     * The run was cancelled during a deploy's update: a service gantry created is removed; an
     * updated one is rolled back by Swarm to the spec it ran before (`docker service rollback`),
     * and gantry waits for that rollback (it cannot be cancelled).
     */
    async cancelUpdate(exists, state, previous, digest, wanted) {
        const { record } = this;
        const why = (0,cancellation/* cancelledBy */.tK)(this.ctx.cancel?.reason ?? 'cancelled');
        try {
            if (!exists) {
                await this.step(swarmRemoveStep(this.service), target_run/* STEP_TIMEOUTS */.O0.restore);
                record.rolledBack(`${why}: gantry removed the service it created`);
                record.say(`${why}: removed the service ${this.service} this run created`);
                await this.audit('removed', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.cancelled, why, state, previous, digest };
            }
            const before = state?.updateStarted ?? (await this.state()).updateStarted;
            await this.step(swarmRollbackStep(this.service), target_run/* STEP_TIMEOUTS */.O0.create);
            record.say(`${why}: Swarm rolls ${this.service} back to the spec it ran before this run`);
            const r = await this.waitFor((s) => rollbackVerdictOf(s, before), this.deadlineSeconds(wanted), () => false);
            if (r.verdict === 'done') {
                record.rolledBack(`${why}: Swarm rolled the update back to ${(0,image_ref/* shortDigest */.VK)(digestOf(r.state?.image ?? '')) || 'the spec before'}`);
                await this.audit('rolled-back', previous, digest);
                return { exitCode: exit_codes/* EXIT */.d.cancelled, why: record.report.message, state: r.state, previous, digest };
            }
            record.fail('failed', 'unknown', `${why}: Swarm's rollback of the update ${r.verdict === 'paused' ? `paused: ${r.state?.updateMessage ?? ''}` : 'did not finish in time'}`);
            await this.audit(r.verdict === 'paused' ? 'paused' : 'failed', previous, digest);
            return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous, digest };
        }
        catch (err) {
            record.fail('failed', 'unknown', `${why}: ${(0,src_errors/* errorMessage */.gJ)(err)}`);
            await this.audit('failed', previous, digest);
            return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state, previous, digest };
        }
    }
    async rollBack() {
        const { record } = this;
        const pre = await this.open();
        // Not reached (or refused before any change): the same exit code as any target's host left as it was.
        if (!pre)
            return { exitCode: (0,report/* rolloutExitCode */.hn)([record.report]), why: record.report.message, previous: '', digest: '' };
        if (pre.values.service !== '1')
            throw (0,src_errors/* inputError */.Xu)('container_name', `no service ${this.service} on ${this.ctx.spec.hosts[0].label}`, 'the name of a swarm service gantry deployed');
        if (this.ctx.spec.rollbackTo)
            return this.rollBackTo(pre);
        if (!pre.values.previous_image)
            throw (0,src_errors/* inputError */.Xu)('container_name', `service ${this.service} has no previous spec to roll back to`, 'a service updated at least once');
        const from = digestOf(pre.values.image ?? '');
        record.report.previousDigest = from;
        await this.step(swarmRollbackStep(this.service), target_run/* STEP_TIMEOUTS */.O0.create);
        record.say(`Swarm rolls ${this.service} back to ${pre.values.previous_image}`);
        const before = pre.values.update_started ?? '';
        const r = await this.waitFor((s) => rollbackVerdictOf(s, before), this.deadlineSeconds(this.wanted(Number(pre.values.nodes ?? '1'))), () => false);
        const to = digestOf(r.state?.image ?? '');
        if (r.verdict === 'done') {
            record.succeeded('new');
            await this.audit('ok', from, to);
            return { exitCode: exit_codes/* EXIT */.d.ok, state: r.state, previous: from, digest: to };
        }
        record.fail('failed', 'unknown', r.verdict === 'paused' ? `the rollback paused: ${r.state?.updateMessage ?? ''}` : 'the rollback did not finish in time');
        await this.audit(r.verdict === 'paused' ? 'paused' : 'failed', from, to);
        return { exitCode: exit_codes/* EXIT */.d.mixed, why: record.report.message, state: r.state, previous: from, digest: to };
    }
    /**
     * rollback_to: an update of the image (and labels) to a version the service's history label
     * recorded; the rest of the spec stays as it is. Swarm rolls it like any update.
     */
    async rollBackTo(pre) {
        const { ctx, record } = this;
        const history = withCurrent(parseHistory(pre.values.history ?? ''), pre.values.image ?? '');
        const entry = findVersion(history, ctx.spec.rollbackTo, this.service);
        const from = digestOf(pre.values.image ?? '');
        record.report.previousDigest = from;
        const wanted = this.wanted(Number(pre.values.nodes ?? '1'));
        if (entry.digest === from) {
            const now = await this.state();
            if (allRunning(now, from, wanted))
                return this.unchanged(now, from, from, `already runs ${describeEntry(entry)}: left alone`);
        }
        const labels = this.labels(entry, history);
        const flags = [...labels.service.map((l) => `--label-add=${l}`), ...labels.container.map((l) => `--container-label-add=${l}`)];
        const registry = ctx.spec.registry ? { server: registryOf(entry.ref), ...ctx.spec.registry } : undefined;
        return this.applyAndWait({ action: 'image', ref: entry.ref, flags, env: [], registry, force: ctx.spec.force }, {
            previous: from, digest: entry.digest, wanted, startedBefore: pre.values.update_started ?? '',
            what: `update service ${this.service} to ${entry.ref} (rollback_to ${ctx.spec.rollbackTo}: ${describeEntry(entry)})`,
        });
    }
    /** The manager's line, then one line per task: node and task, state, digest, error. */
    rows(o) {
        const rows = [{ ...this.record.report, newDigest: o.digest }];
        const s = o.state;
        if (!s)
            return rows;
        // Failed tasks only when the deploy failed: Swarm keeps a few old ones per slot, maybe of this digest.
        const latest = [...currentTasks(s), ...(o.exitCode === exit_codes/* EXIT */.d.ok ? [] : failedTasks(s, o.digest).slice(0, 10))];
        for (const t of latest) {
            const d = digestOf(t.image);
            const onNew = t.state === 'running' && d === o.digest;
            rows.push({
                host: `${this.nodeOf(s, t)} ${this.taskName(t)}`,
                outcome: onNew ? 'ok' : t.state === 'running' ? 'rolled back' : 'failed',
                running: onNew ? 'new' : t.state === 'running' && d === o.previous ? 'previous' : 'unknown',
                previousDigest: o.previous,
                newDigest: d,
                message: `${t.desired === 'running' ? '' : `desired ${t.desired}, `}${t.state}${t.error ? `: ${t.error}` : ''}`,
            });
        }
        return rows;
    }
}
/** The registry of an image reference recorded in the history ('' when it does not parse). */
function registryOf(ref) {
    try {
        return (0,image_ref/* parseImageRef */.Q)(ref, 'rollback_to').registry;
    }
    catch {
        return '';
    }
}
/** The whole swarm deploy or rollback, as a rollout report whose exit code is Swarm's verdict. */
async function runSwarm(ctx) {
    const started = ctx.clock.now();
    const run = new SwarmRun(ctx);
    let outcome;
    try {
        outcome = ctx.mode === 'deploy' ? await run.deploy() : await run.rollBack();
    }
    finally {
        await run.close();
    }
    return {
        command: ctx.mode,
        service: ctx.spec.service,
        image: ctx.spec.container.image ? (0,image_ref/* formatImageRef */.kL)(ctx.spec.container.image) : undefined,
        batches: 1,
        stopped: outcome.exitCode === exit_codes/* EXIT */.d.ok ? undefined : outcome.why,
        ...(outcome.exitCode === exit_codes/* EXIT */.d.cancelled || (ctx.cancel?.reason && outcome.exitCode === exit_codes/* EXIT */.d.mixed) ? { cancelled: ctx.cancel?.reason } : {}),
        seconds: (ctx.clock.now() - started) / 1000,
        exitCode: outcome.exitCode,
        hosts: run.rows(outcome),
    };
}

;// CONCATENATED MODULE: ./src/deploy/targets/swarm/swarm-status.ts
/**
 * status and logs for deploy_target swarm: what the manager said about the service (swarm-status.sh
 * after swarm-state.sh), as the JSON of the status output and as a table (pure: no I/O).
 */



/** The most failed tasks listed besides the current ones. */
const FAILED_SHOWN = 5;
function swarmStatus(service, manager, out, error) {
    const base = { target: 'swarm', manager, ...(error !== undefined ? { error } : {}) };
    if (!out || out.values.service !== '1')
        return { ...base, exists: false, tasks: [], history: [] };
    const s = parseSwarmState(out);
    const v = out.values;
    const current = currentTasks(s);
    const failed = s.tasks.filter((t) => t.desired !== 'running' && (t.state === 'failed' || t.state === 'rejected')).slice(0, FAILED_SHOWN);
    const digest = v.label_image_digest || digestOf(s.image);
    return {
        ...base,
        exists: true,
        mode: v.mode ?? '',
        ...(v.replicas ? { replicas: Number(v.replicas) } : {}),
        image: s.image,
        digest,
        revision: v.label_revision ?? '',
        deployedAt: v.label_deployed_at ?? '',
        deployedBy: v.label_deployed_by ?? '',
        update: { state: s.updateState, message: s.updateMessage, startedAt: s.updateStarted },
        previousImage: s.previousImage,
        tasks: [...current, ...failed].map((t) => ({
            node: nodeOf(s, t), task: taskName(service, t), desired: t.desired, state: t.state, digest: digestOf(t.image), error: t.error,
        })),
        history: parseHistory(v.label_history ?? '').filter((e) => e.digest !== digest)
            .map((e) => ({ digest: e.digest, revision: e.revision, deployedAt: e.deployedAt, ref: e.ref })),
    };
}
function table(head, rows) {
    const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
    const fmt = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [fmt(head), ...rows.map(fmt)];
}
/** The status as text: the service and its labels, its update state, a row per task, the history. */
function renderSwarmStatus(service, st) {
    if (!st.exists) {
        return `${service} (swarm, manager ${st.manager}): ${st.error !== undefined ? `no answer (${st.error})` : 'no such service'}`;
    }
    const mode = st.mode === 'global' ? 'global' : `${st.replicas ?? '?'} replicas`;
    const u = st.update;
    const lines = [
        `${service} (swarm service on manager ${st.manager}, ${mode}):`,
        `live      ${(0,image_ref/* shortDigest */.VK)(st.digest)}  revision ${st.revision || '-'}  deployed ${st.deployedAt || '-'} by ${st.deployedBy || '-'}`,
        `image     ${st.image}`,
        `update    ${u?.state || 'none'}${u?.message ? `: ${u.message}` : ''}${u?.startedAt ? ` (started ${u.startedAt.replace(/\.\d+Z$/, 'Z')})` : ''}`,
        ...table(['node', 'task', 'state', 'digest', 'error'], st.tasks.map((t) => [
            t.node, t.task, t.desired === 'running' ? t.state : `${t.state} (desired ${t.desired})`, (0,image_ref/* shortDigest */.VK)(t.digest), t.error || '-',
        ])),
        `history (rollback_to candidates): ${st.history.map((e) => describeEntry({ ...e })).join('; ') || '-'}`,
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/targets/swarm/swarm-target.ts
/** deploy_target swarm: one run for the whole service through its manager (Swarm rolls the tasks). */






const swarmTarget = {
    rollout: { kind: 'whole', run: runSwarm },
    status: {
        step: (spec) => swarmStatusStep(spec.service),
        /** One manager: the service, its update state, its tasks per node, its recorded history. */
        render(service, answers) {
            const st = swarmStatus(service, answers[0].host, answers[0].out, answers[0].error);
            return { text: renderSwarmStatus(service, st), json: { service, ...st } };
        },
    },
    logs: {
        check(o) {
            if (o.follow)
                throw (0,src_errors/* inputError */.Xu)('logs_follow', 'is not supported with deploy_target swarm', 'false (run docker service logs --follow on the manager)');
        },
        step: (spec, o) => swarmLogsStep(spec.service, o),
        /** Swarm prefixes each line with its task and node (service.slot.task@node | ...). */
        lines: (answers) => answers.flatMap((a) => (0,render/* listValues */.Du)(a.out ?? (0,render/* parseStepOutput */.VX)(''), 'line')),
    },
    exec: {
        /** Swarm places the tasks: gantry reaches the manager only, not the nodes the tasks run on. */
        check() {
            throw (0,src_errors/* inputError */.Xu)('deploy_target', "'swarm' has no exec (gantry reaches only the manager, and the service's tasks run on any node)", 'deploy_target container or binary; on Swarm, docker exec into a task\'s container on its node');
        },
        step() {
            throw new Error('exec: not a swarm command');
        },
    },
    rollbackRefs: rollbackRefs,
};

;// CONCATENATED MODULE: ./src/deploy/targets/index.ts



const TARGETS = {
    container: containerTarget,
    binary: binaryTarget,
    swarm: swarmTarget,
};
/** The target of `spec.target`, over that spec (each Target reads only the shape of its own target). */
function targetOf(name) {
    return TARGETS[name];
}


/***/ }),

/***/ 28073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ EXEC_MAX_LINES)
/* harmony export */ });
/** The last lines of a command's output an exec step sends back from each host. */
const EXEC_MAX_LINES = 5000;


/***/ }),

/***/ 54094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tu: () => (/* binding */ OciSource),
  At: () => (/* binding */ shipImage)
});

// UNUSED EXPORTS: diskFull

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: ./src/deploy/spec/oci-image.ts
var oci_image = __webpack_require__(1654);
// EXTERNAL MODULE: external "http"
var external_http_ = __webpack_require__(58611);
;// CONCATENATED MODULE: ./src/deploy/transport/layout-registry.ts
/**
 * A read-only registry serving one image of an OCI layout, on the runner's loopback: what a host's
 * engine pulls from through an SSH remote port forward (oci-transport.ts). It answers the pull
 * side of the distribution API only (GET and HEAD of /v2/, of this image's manifests by digest or
 * tag, of its blobs), for the one repository name it was given; anything else is 404 or 405.
 */



function manifestType(file, fallback) {
    try {
        return JSON.parse(external_fs_.readFileSync(file, 'utf8')).mediaType ?? fallback;
    }
    catch {
        return fallback;
    }
}
/** The manifests and blobs of the image (and, for an index, of each platform's image), by digest. */
function servedFiles(image) {
    const manifests = new Map();
    const blobs = new Map();
    const addManifest = (digest, fallbackType) => {
        const file = (0,oci_image/* blobPath */.nD)(image.dir, digest);
        const body = JSON.parse(external_fs_.readFileSync(file, 'utf8'));
        manifests.set(digest, { file, size: external_fs_.statSync(file).size, mediaType: body.mediaType ?? fallbackType });
        for (const b of [...(body.config ? [body.config] : []), ...(body.layers ?? [])]) {
            const f = (0,oci_image/* blobPath */.nD)(image.dir, b.digest);
            if (external_fs_.existsSync(f))
                blobs.set(b.digest, { file: f, size: external_fs_.statSync(f).size, mediaType: 'application/octet-stream' });
        }
        for (const m of body.manifests ?? []) {
            if (external_fs_.existsSync((0,oci_image/* blobPath */.nD)(image.dir, m.digest)))
                addManifest(m.digest, m.mediaType ?? manifestType((0,oci_image/* blobPath */.nD)(image.dir, m.digest), 'application/vnd.oci.image.manifest.v1+json'));
        }
    };
    addManifest(image.digest, image.mediaType);
    return { manifests, blobs };
}
function notFound(res, code, message) {
    const body = JSON.stringify({ errors: [{ code, message }] });
    res.writeHead(404, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
}
/** Starts the registry on 127.0.0.1, a port the system picks; `name` is the one repository it answers for. */
async function serveLayout(image, name) {
    const { manifests, blobs } = servedFiles(image);
    let served = 0;
    const sockets = new Set();
    const server = external_http_.createServer((req, res) => {
        res.setHeader('Docker-Distribution-API-Version', 'registry/2.0');
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
            res.end();
            return;
        }
        const url = (req.url ?? '/').split('?')[0];
        if (url === '/v2/' || url === '/v2') {
            res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 2 });
            res.end(req.method === 'HEAD' ? undefined : '{}');
            return;
        }
        const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url);
        if (!m || m[1] !== name) {
            notFound(res, 'NAME_UNKNOWN', `only ${name} is served here`);
            return;
        }
        const [, , kind, ref] = m;
        let digest = ref;
        if (kind === 'manifests' && !ref.includes(':')) {
            if (!image.tag || ref !== image.tag) {
                notFound(res, 'MANIFEST_UNKNOWN', `no tag ${ref}`);
                return;
            }
            digest = image.digest;
        }
        const entry = (kind === 'manifests' ? manifests : blobs).get(digest);
        if (!entry) {
            notFound(res, kind === 'manifests' ? 'MANIFEST_UNKNOWN' : 'BLOB_UNKNOWN', `${digest} is not part of this image`);
            return;
        }
        // An engine resumes a cut blob download with a byte range: answer it with 206, as registries do.
        const range = kind === 'blobs' ? /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? '')) : null;
        const start = range ? Number(range[1]) : 0;
        const end = range && range[2] ? Math.min(Number(range[2]), entry.size - 1) : entry.size - 1;
        if (range && (start > end || start >= entry.size)) {
            res.writeHead(416, { 'Content-Range': `bytes */${entry.size}`, 'Content-Length': 0 });
            res.end();
            return;
        }
        res.writeHead(range ? 206 : 200, {
            'Content-Type': entry.mediaType, 'Content-Length': end - start + 1, 'Docker-Content-Digest': digest, ETag: `"${digest}"`,
            ...(kind === 'blobs' ? { 'Accept-Ranges': 'bytes' } : {}), ...(range ? { 'Content-Range': `bytes ${start}-${end}/${entry.size}` } : {}),
        });
        if (req.method === 'HEAD' || entry.size === 0) {
            res.end();
            return;
        }
        const stream = external_fs_.createReadStream(entry.file, { start, end });
        stream.on('data', (c) => {
            served += c.length;
        });
        stream.on('error', () => res.destroy());
        stream.pipe(res);
    });
    // Engines keep connections for the next blob: a short idle close races with their reuse.
    server.keepAliveTimeout = 120_000;
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    let closed;
    return {
        port,
        name,
        bytesServed: () => served,
        close: () => {
            closed ??= new Promise((resolve) => {
                server.close(() => resolve());
                for (const s of sockets)
                    s.destroy();
            });
            return closed;
        },
    };
}

// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
;// CONCATENATED MODULE: ./src/deploy/transport/oci-transport.ts
/**
 * deploy_image oci:DIR: ships the layout's image to a host over the SSH connection gantry holds.
 * The runner serves the layout read-only on its loopback (layout-registry.ts); the host reaches
 * it through a remote forward on its own loopback and its engine pulls 127.0.0.1:PORT/...@digest
 * (engines trust loopback registries over plain HTTP), fetching only the layers it lacks. A host
 * that refuses forwarding gets the image streamed into `docker load` over an exec session, again
 * without the layers it holds; the host `local` loads it the same way into the runner's engine.
 */





/** One rollout's image from a layout: the registry starts when a host first needs it and stops with the rollout. */
class OciSource {
    image;
    served;
    closed = false;
    constructor(image) {
        this.image = image;
    }
    /** The name every host keeps the image under: repository:oci-<first 12 hex digits of its digest>. */
    get hostRef() {
        return `${this.image.repository}:oci-${this.image.digest.slice('sha256:'.length, 'sha256:'.length + 12)}`;
    }
    /** The layout's own tag on the same repository, when it has one. */
    get alsoTag() {
        return this.image.tag ? `${this.image.repository}:${this.image.tag}` : '';
    }
    /** The layers' uncompressed digests, bottom first (from the config), for a host to say which it holds. */
    diffIds(image = this.image) {
        if (!image.config)
            return [];
        const config = JSON.parse(external_fs_.readFileSync((0,oci_image/* blobPath */.nD)(image.dir, image.config.digest), 'utf8'));
        return config.rootfs?.diff_ids ?? [];
    }
    registry() {
        if (this.closed)
            return Promise.reject(new Error('the rollout has ended: the image is no longer served'));
        this.served ??= serveLayout(this.image, (0,image_ref/* parseRepository */.SU)(this.image.repository).path);
        return this.served;
    }
    /** Stops the registry (and cuts what it still sends); forwards are closed with their hosts. */
    async close() {
        this.closed = true;
        const served = this.served;
        this.served = undefined;
        if (served)
            await (await served.catch(() => undefined))?.close();
    }
    /**
     * The image (or `image`, one platform's of an index) as a docker-archive tar for `docker load`,
     * named with `tags`. The first `held` layers are left out: the engine finds them by their chain
     * and never opens their files.
     */
    archive(held, tags, image = this.image) {
        if (!image.config)
            throw new Error(`${image.digest} is an index of several platforms: docker load takes one platform's image of it`);
        const config = image.config;
        const files = [{ name: `${config.digest.slice(7)}.json`, file: (0,oci_image/* blobPath */.nD)(image.dir, config.digest), size: config.size }];
        const layers = image.layers.map((l) => `${l.digest.slice(7)}.layer`);
        image.layers.forEach((l, i) => {
            if (i >= held)
                files.push({ name: layers[i], file: (0,oci_image/* blobPath */.nD)(image.dir, l.digest), size: external_fs_.statSync((0,oci_image/* blobPath */.nD)(image.dir, l.digest)).size });
        });
        const manifest = Buffer.from(JSON.stringify([{ Config: files[0].name, RepoTags: tags, Layers: layers }]));
        const size = tarSize([manifest.length, ...files.map((f) => f.size)]);
        async function* entries() {
            yield tarHeader('manifest.json', manifest.length);
            yield manifest;
            yield pad(manifest.length);
            for (const f of files) {
                yield tarHeader(f.name, f.size);
                for await (const chunk of external_fs_.createReadStream(f.file))
                    yield chunk;
                yield pad(f.size);
            }
            yield Buffer.alloc(1024);
        }
        return { stream: external_stream_.Readable.from(entries()), size };
    }
}
const BLOCK = 512;
function pad(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
function tarSize(sizes) {
    return sizes.reduce((n, s) => n + BLOCK + s + pad(s).length, 0) + 1024;
}
/** A ustar header of a regular file with a short name (the archive's names are digests). */
function tarHeader(name, size) {
    const b = Buffer.alloc(BLOCK);
    const put = (off, len, text) => b.write(text, off, len, 'ascii');
    const octal = (off, len, n) => put(off, len, `${n.toString(8).padStart(len - 1, '0')}\0`);
    put(0, 100, name);
    octal(100, 8, 0o644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 0);
    b.fill(0x20, 148, 156);
    put(156, 1, '0');
    put(257, 6, 'ustar\0');
    put(263, 2, '00');
    let sum = 0;
    for (const byte of b)
        sum += byte;
    put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    return b;
}
/**
 * "the host's disk is full (no space left on device): " when a failure's text says so (the
 * engine ran out of room while it received the image), else ''; the step scripts' diskfull says
 * the same for a pull.
 */
function diskFull(text) {
    return /no space left on device/i.test(text) ? "the host's disk is full (no space left on device): " : '';
}
/** Makes the image present on the host (tagged under its names); returns how and the bytes sent. */
async function shipImage(o) {
    const first = await o.pull('');
    if (first.have === '1')
        return { values: first, via: 'present', bytes: 0 };
    if (o.conn.forwardToRunner) {
        const registry = await o.source.registry();
        let forward;
        try {
            forward = await o.conn.forwardToRunner(registry.port);
        }
        catch (err) {
            o.warn(`the host refuses port forwarding (${err.message}; sshd's AllowTcpForwarding): the image goes into docker load over the SSH session instead`);
        }
        if (forward) {
            o.keep(forward);
            const values = await o.pull(`127.0.0.1:${forward.port}/${registry.name}@${o.source.image.digest}`);
            return { values, via: 'forward', bytes: forward.bytesSent() };
        }
    }
    if (!o.conn.execWithInput)
        throw new Error('this connection can neither forward a port nor stream into docker load');
    let image = o.source.image;
    let held = first.held_layers;
    if (!image.config) {
        // An index: docker load takes one image, the one for the host engine's platform.
        const entries = (0,oci_image/* indexPlatforms */.DB)(image);
        const entry = (0,oci_image/* pickPlatform */.vw)(entries, first.platform ?? '');
        if (!entry)
            throw new Error(`${image.digest} is an index with no image for the host's platform ${first.platform || '(the engine did not say)'}; it holds ${entries.map(oci_image/* platformText */.VQ).join(', ') || 'no platform image'}`);
        image = (0,oci_image/* platformImage */.bg)(image, entry);
        const ids = o.source.diffIds(image);
        held = ids.length ? (await o.pull('', ids)).held_layers : '0';
    }
    const tags = [o.source.hostRef, ...(o.source.alsoTag ? [o.source.alsoTag] : [])];
    const { stream, size } = o.source.archive(Math.max(0, Number(held ?? '0') || 0), tags, image);
    const r = await o.conn.execWithInput('docker load -q', stream, o.loadTimeoutSeconds);
    if (r.code !== 0) {
        const why = r.lost ?? ((r.stderr || r.stdout).trim().split('\n').pop() ?? `exit ${r.code}`);
        throw new Error(`${diskFull(why)}docker load of ${o.source.image.digest} failed: ${why.slice(0, 400)}`);
    }
    const values = await o.pull('');
    if (values.have !== '1')
        throw new Error(`docker load finished but the image ${o.source.image.configDigest || o.source.image.digest} is not on the host`);
    return { values, via: 'load', bytes: size };
}


/***/ })

};
;