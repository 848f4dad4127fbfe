"use strict";
exports.id = 588;
exports.ids = [588];
exports.modules = {

/***/ 25588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FollowedLines: () => (/* binding */ FollowedLines),
  audit: () => (/* binding */ audit),
  followLogs: () => (/* binding */ followLogs),
  hostStatus: () => (/* binding */ hostStatus),
  logs: () => (/* binding */ logs),
  maintenance: () => (/* binding */ maintenance),
  mergeAudit: () => (/* binding */ mergeAudit),
  prefixLogs: () => (/* binding */ prefixLogs),
  renderStatus: () => (/* binding */ renderStatus),
  status: () => (/* binding */ day_two_status),
  stopOnSignals: () => (/* binding */ stopOnSignals),
  unlock: () => (/* binding */ unlock)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(37206);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/deploy/deploy-spec.ts + 2 modules
var deploy_spec = __webpack_require__(81900);
// EXTERNAL MODULE: ./src/deploy/deploy-actor.ts
var deploy_actor = __webpack_require__(42988);
// EXTERNAL MODULE: ./src/deploy/deploy-command.ts + 3 modules
var deploy_command = __webpack_require__(77833);
// EXTERNAL MODULE: ./src/deploy/rollout.ts + 3 modules
var rollout = __webpack_require__(31706);
// EXTERNAL MODULE: ./src/deploy/host-deploy.ts
var host_deploy = __webpack_require__(5697);
// EXTERNAL MODULE: ./src/deploy/remote-steps.ts + 1 modules
var remote_steps = __webpack_require__(28032);
;// CONCATENATED MODULE: ./src/deploy/day-two-steps.ts
/**
 * Read-mostly host steps for the fleet's day two (status, audit, unlock); their shell is in
 * steps/status.sh, steps/audit.sh and steps/force-unlock.sh.
 */

/** The live container, the versions kept for rollback, the lock holder and the proxy route. */
function statusStep(service, keep) {
    return (0,remote_steps/* step */.PM)('status', service, { KEEP: Math.max(1, Math.floor(keep)) });
}
/**
 * The service's logs on a host: since, the last `tail` lines, those holding `grep`. With follow,
 * new lines stream (line=, with alive= every second) until the session closes or the container stops.
 */
function logsStep(service, o) {
    return (0,remote_steps/* step */.PM)('logs', service, { SINCE: o.since, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep, FOLLOW: o.follow ? 1 : 0 });
}
/** The last `lines` entries of the host's audit log for the service. */
function auditStep(service, lines) {
    return (0,remote_steps/* step */.PM)('audit', service, { LINES: Math.max(1, Math.floor(lines)) });
}
/**
 * Releases the service's deploy lock. A holder that still looks alive (a step of it is running, or
 * its heartbeat is younger than staleSeconds) is only removed with force. Written to the audit log.
 */
function unlockStep(service, by, force, staleSeconds) {
    return (0,remote_steps/* step */.PM)('force-unlock', service, { FORCE: force ? 1 : 0, STALE: Math.floor(staleSeconds) }, { by });
}

// EXTERNAL MODULE: ./src/deploy/proxy-steps.ts
var proxy_steps = __webpack_require__(95193);
// EXTERNAL MODULE: ./src/deploy/proxy-config.ts
var proxy_config = __webpack_require__(59434);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-steps.ts
var swarm_steps = __webpack_require__(21458);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-history.ts
var swarm_history = __webpack_require__(57201);
// EXTERNAL MODULE: ./src/deploy/swarm/swarm-state.ts
var swarm_state = __webpack_require__(86644);
;// CONCATENATED MODULE: ./src/deploy/swarm/swarm-status.ts
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
    const s = (0,swarm_state/* parseSwarmState */.lg)(out);
    const v = out.values;
    const current = (0,swarm_state/* currentTasks */.ao)(s);
    const failed = s.tasks.filter((t) => t.desired !== 'running' && (t.state === 'failed' || t.state === 'rejected')).slice(0, FAILED_SHOWN);
    const digest = v.label_image_digest || (0,swarm_state/* digestOf */.ol)(s.image);
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
            node: (0,swarm_state/* nodeOf */.E7)(s, t), task: (0,swarm_state/* taskName */.p5)(service, t), desired: t.desired, state: t.state, digest: (0,swarm_state/* digestOf */.ol)(t.image), error: t.error,
        })),
        history: (0,swarm_history/* parseHistory */.i6)(v.label_history ?? '').filter((e) => e.digest !== digest)
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
        return `${service} (swarm, manager ${st.manager}): ${st.error !== undefined ? 'no answer' : 'no such service'}`;
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
        `history (rollback_to candidates): ${st.history.map((e) => (0,swarm_history/* describeEntry */.OY)({ ...e })).join('; ') || '-'}`,
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/text-table.ts
/** Columns padded to their widest cell, two spaces apart (the day-two tables). Pure. */
function renderTable(head, rows) {
    const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
    const fmt = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [fmt(head), ...rows.map(fmt)];
}
/** A host's lock holder from a status step's lock_* lines; undefined when the service is not locked. Pure. */
function lockHolder(v) {
    if (v.lock_by === undefined)
        return undefined;
    return { by: v.lock_by, runner: v.lock_runner ?? '', since: v.lock_since ?? '', ageSeconds: Number(v.lock_age ?? 0) };
}
function describeLock(lock) {
    return lock ? `${lock.by} since ${lock.since} (heartbeat ${lock.ageSeconds} s ago)` : '-';
}

// EXTERNAL MODULE: ./src/deploy/binary/binary-steps.ts
var binary_steps = __webpack_require__(98814);
;// CONCATENATED MODULE: ./src/deploy/binary/binary-day-two.ts
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
    const out = a.out ?? (0,remote_steps/* parseStepOutput */.VX)('');
    const v = out.values;
    const live = v.live_release;
    const st = { host: a.host, previous: v.previous ?? '', kept: (0,remote_steps/* listValues */.Du)(out, 'kept').filter((r) => r !== live) };
    if (a.error !== undefined)
        st.error = a.error;
    if (live) {
        st.live = { release: live, ...releaseCommit(live), sha256: v.live_checksum ?? '', switchedAt: v.live_switched_at ?? '', switchedBy: v.live_by ?? '' };
    }
    const lock = lockHolder(v);
    if (lock)
        st.lock = lock;
    if (v.root)
        st.root = v.root;
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
            describeLock(h.lock),
        ]));
    const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
    return [`${name} (binary):`, ...renderTable(head, rows), ...errors].join('\n');
}

// EXTERNAL MODULE: ./src/deploy/binary/binary-spec.ts
var binary_spec = __webpack_require__(6390);
;// CONCATENATED MODULE: ./src/deploy/day-two.ts




















/** The fleet a day-two command talks to: its hosts, how to reach them, the service, who asks. */
async function fleet(inputs, reporter) {
    for (const s of (0,src_inputs/* secretValues */.VX)(inputs))
        reporter.mask(s);
    const spec = (0,deploy_spec/* deploySpec */.hg)({ ...inputs, deploy_image: inputs.deploy_image, env: [] }, {}, 'read');
    const key = await (0,deploy_command.clientKey)(spec, inputs);
    let user = '';
    try {
        user = (0,external_os_.userInfo)().username;
    }
    catch {
        // no passwd entry: the actor falls back to the environment
    }
    return { service: spec.container.name, spec, hosts: spec.hosts, connect: (0,rollout/* connector */.M)(spec, key, reporter), by: (0,deploy_actor/* describeActor */.t)(process.env, (0,external_os_.hostname)(), user) };
}
/** Runs one step on every host at once; a host that cannot be reached is named, not fatal. */
async function askFleet(inputs, reporter, render, seconds = 60) {
    const { service, spec, hosts, connect, by } = await fleet(inputs, reporter);
    const ask = async (t) => {
        let conn;
        try {
            conn = (await connect(t)).connection;
            const s = render(service, by, spec);
            const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: seconds });
            const out = (0,remote_steps/* parseStepOutput */.VX)(r.stdout);
            if (r.code !== 0)
                return { host: t.label, out, error: r.lost ?? out.values.error ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`) };
            return { host: t.label, out };
        }
        catch (err) {
            return { host: t.label, error: (0,errors/* errorMessage */.gJ)(err) };
        }
        finally {
            await conn?.close().catch(() => undefined);
        }
    };
    return { service, answers: await Promise.all(hosts.map(ask)) };
}
function failures(answers, reporter) {
    const bad = answers.filter((a) => a.error !== undefined);
    for (const a of bad)
        reporter.warn(`${a.host}: ${a.error}`);
    return bad.length === 0 ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.failed;
}
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
    const candidates = [...(0,remote_steps/* listValues */.Du)(a.out ?? (0,remote_steps/* parseStepOutput */.VX)(''), 'kept'), ...(0,remote_steps/* listValues */.Du)(a.out ?? (0,remote_steps/* parseStepOutput */.VX)(''), 'recorded')]
        .map((l) => l.split(' ')[0]).filter((d) => d && d !== st.live?.digest);
    st.kept = [...new Set(candidates)];
    const lock = lockHolder(v);
    if (lock)
        st.lock = lock;
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
            `${h.live?.state || '-'}${h.proxy?.maintenance ? ' (maintenance)' : ''}`,
            h.live?.health || '-',
            h.live?.startedAt.replace(/\.\d+Z$/, 'Z') || '-',
            h.kept.map(image_ref/* shortDigest */.VK).join(', ') || '-',
            describeLock(h.lock),
        ]);
    const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
    return [`${service}:`, ...renderTable(head, rows), ...errors].join('\n');
}
async function day_two_status(inputs, reporter) {
    if (inputs.deploy_target === 'swarm') {
        // One manager: the service, its update state, its tasks per node, its recorded history.
        const { service, answers } = await askFleet(inputs, reporter, (s) => (0,swarm_steps/* swarmStatusStep */.nY)(s));
        const st = swarmStatus(service, answers[0].host, answers[0].out, answers[0].error);
        reporter.info(renderSwarmStatus(service, st));
        reporter.setOutput('status', JSON.stringify({ service, ...st }));
        return failures(answers, reporter);
    }
    if (inputs.deploy_target === 'binary') {
        const { service, answers } = await askFleet(inputs, reporter, (_s, _by, spec) => (0,binary_steps/* binaryStatusStep */.q6)(spec.binary));
        const hosts = answers.map(binaryHostStatus);
        reporter.info(renderBinaryStatus(service, hosts));
        reporter.setOutput('status', JSON.stringify({ service, target: 'binary', hosts }));
        return failures(answers, reporter);
    }
    const { service, answers } = await askFleet(inputs, reporter, (s) => statusStep(s, inputs.keep_images));
    const hosts = answers.map(hostStatus);
    reporter.info(renderStatus(service, hosts));
    reporter.setOutput('status', JSON.stringify({ service, hosts }));
    return failures(answers, reporter);
}
/** The last audit entries of every host, merged by time, each prefixed with its host. Pure. */
function mergeAudit(answers) {
    const all = [];
    for (const a of answers)
        for (const e of (0,remote_steps/* listValues */.Du)(a.out ?? (0,remote_steps/* parseStepOutput */.VX)(''), 'entry'))
            all.push([e, a.host]);
    return all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([e, h]) => `${h} ${e}`);
}
async function audit(inputs, reporter) {
    const { answers } = await askFleet(inputs, reporter, (s) => auditStep(s, inputs.audit_lines));
    const lines = mergeAudit(answers);
    reporter.info(lines.length > 0 ? lines.join('\n') : 'no audit entries');
    return failures(answers, reporter);
}
/** Every host's log lines, each prefixed with its host, hosts in the order given. Pure. */
function prefixLogs(answers) {
    return answers.flatMap((a) => (0,remote_steps/* listValues */.Du)(a.out ?? (0,remote_steps/* parseStepOutput */.VX)(''), 'line').map((l) => `${a.host} | ${l}`));
}
/** The binary target refuses, before any host is asked: logs_since, and no way to read the log. */
function checkBinaryLogs(inputs) {
    if (inputs.logs_since.trim()) {
        throw (0,errors/* inputError */.Xu)('logs_since', 'means nothing for deploy_target binary (the output of logs_cmd has no times gantry can read)', 'empty; put the window into logs_cmd, e.g. journalctl --user -u api --since -10m');
    }
    if (!inputs.logs_cmd.trim() && inputs.process_manager === 'none') {
        throw (0,errors/* inputError */.Xu)('logs_cmd', 'is empty and process_manager is none', "the command that prints the program's log on the host, e.g. journalctl --user -u api -n 500, or process_manager supervisor or systemd-user");
    }
}
/** The binary target's logs step: logs_cmd, else what process_manager reads, about logs_tail lines. */
function binaryLogs(inputs, spec) {
    const b = spec.binary;
    const logsCmd = inputs.logs_cmd.trim() || (0,binary_spec/* derivedLogsCmd */.F$)(b.processManager, b.name, b.supervisorConf, inputs.logs_tail);
    return (0,binary_steps/* binaryLogsStep */.zb)(b, { logsCmd, tail: inputs.logs_tail, grep: inputs.logs_grep });
}
async function logs(inputs, reporter) {
    const o = { since: inputs.logs_since.trim(), tail: inputs.logs_tail, grep: inputs.logs_grep };
    if (inputs.deploy_target === 'swarm') {
        if (inputs.logs_follow)
            throw (0,errors/* inputError */.Xu)('logs_follow', 'is not supported with deploy_target swarm', 'false (run docker service logs --follow on the manager)');
        // Swarm prefixes each line with its task and node (service.slot.task@node | ...).
        const { answers } = await askFleet(inputs, reporter, (s) => (0,swarm_steps/* swarmLogsStep */.K9)(s, o));
        for (const a of answers)
            for (const l of (0,remote_steps/* listValues */.Du)(a.out ?? (0,remote_steps/* parseStepOutput */.VX)(''), 'line'))
                reporter.info(l);
        return failures(answers, reporter);
    }
    if (inputs.deploy_target === 'binary') {
        if (inputs.logs_follow)
            throw (0,errors/* inputError */.Xu)('logs_follow', 'is not supported with deploy_target binary', 'false (follow the log on the host with logs_cmd\'s own follow option)');
        checkBinaryLogs(inputs);
    }
    if (inputs.logs_follow) {
        const stop = stopOnSignals();
        try {
            return await followLogs(inputs, reporter, stop.signal);
        }
        finally {
            stop.dispose();
        }
    }
    const { answers } = await askFleet(inputs, reporter, (s, _by, spec) => (spec.target === 'binary' ? binaryLogs(inputs, spec) : logsStep(s, o)));
    for (const l of prefixLogs(answers))
        reporter.info(l);
    return failures(answers, reporter);
}
/**
 * Aborted by the first SIGINT or SIGTERM. The listeners go then (and with dispose): a second
 * Ctrl-C ends the process the usual way.
 */
function stopOnSignals() {
    const ac = new AbortController();
    const dispose = () => {
        process.off('SIGINT', on);
        process.off('SIGTERM', on);
    };
    function on() {
        dispose();
        ac.abort();
    }
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
    return { signal: ac.signal, dispose };
}
/**
 * Splits a host's streamed step output into lines: `line=` lines are handed on, the last
 * `error=` is kept, `alive=` heartbeats are dropped. Pure but for the callback.
 */
class FollowedLines {
    onLine;
    rest = '';
    error;
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        const parts = (this.rest + chunk).split('\n');
        this.rest = parts.pop() ?? '';
        for (const p of parts)
            this.take(p.replace(/\r$/, ''));
    }
    end() {
        if (this.rest)
            this.take(this.rest);
        this.rest = '';
    }
    take(l) {
        if (l.startsWith('line='))
            this.onLine(l.slice(5));
        else if (l.startsWith('error='))
            this.error = l.slice(6);
    }
}
/**
 * logs_follow: every host's new lines as they come, prefixed with the host, until `stop` (Ctrl-C)
 * or every host's stream has ended. Stopping closes each session; the host-side step then stops
 * its docker logs. 0 when every host streamed (stopped or ended), 1 when a host could not.
 */
async function followLogs(inputs, reporter, stop) {
    const { service, hosts, connect } = await fleet(inputs, reporter);
    const follow = async (t) => {
        let conn;
        try {
            conn = (await connect(t)).connection;
            if (stop.aborted)
                return { host: t.label };
            const lines = new FollowedLines((l) => reporter.info(`${t.label} | ${l}`));
            const s = logsStep(service, { since: inputs.logs_since.trim(), tail: inputs.logs_tail, grep: inputs.logs_grep, follow: true });
            const r = await conn.exec(s.script, { stdin: s.secretInput, timeoutSeconds: 0, onStdout: (c) => lines.push(c), stop });
            lines.end();
            if (stop.aborted)
                return { host: t.label };
            if (r.code !== 0)
                return { host: t.label, error: lines.error ?? r.lost ?? (r.stderr.trim().split('\n').pop() || `exit code ${r.code}`) };
            reporter.info(`${t.label}: the log stream ended (${service} stopped)`);
            return { host: t.label };
        }
        catch (err) {
            return { host: t.label, error: (0,errors/* errorMessage */.gJ)(err) };
        }
        finally {
            await conn?.close().catch(() => undefined);
        }
    };
    const answers = await Promise.all(hosts.map(follow));
    if (stop.aborted)
        reporter.info(`stopped following ${service} on ${hosts.length} host(s)`);
    return failures(answers, reporter);
}
async function unlock(inputs, reporter) {
    const { service, answers } = await askFleet(inputs, reporter, (s, by) => unlockStep(s, by, inputs.force, host_deploy/* LIMITS */.b1.lockStale));
    for (const a of answers) {
        if (a.error !== undefined)
            continue;
        const u = a.out?.values.unlocked;
        reporter.info(`${a.host}: ${u === 'none' ? `${service} was not locked` : `released the lock on ${service} held by ${u}`}`);
    }
    return failures(answers, reporter);
}
/**
 * maintenance (on) and live (off), proxy mode: every host's proxy answers the service's names with
 * 503 and maintenance_message, or serves the service again. Deploys and rollbacks meanwhile switch
 * the route kept aside, so the service stays in maintenance until live.
 */
async function maintenance(inputs, reporter, on) {
    const command = on ? 'maintenance' : 'live';
    if (inputs.deploy_target !== 'container') {
        throw (0,errors/* inputError */.Xu)('deploy_target', `'${inputs.deploy_target}' has no proxy to answer for the service`, `container with proxy_port: ${command} changes the service's route on the proxy`);
    }
    if (!inputs.proxy_port.trim())
        throw (0,errors/* inputError */.Xu)('proxy_port', 'is empty', `the proxy_port the service is deployed with: ${command} changes its route on the proxy`);
    const message = inputs.maintenance_message.trim();
    if (!message || /[\r\n]/.test(message) || message.length > 1000) {
        throw (0,errors/* inputError */.Xu)('maintenance_message', !message ? 'is empty' : /[\r\n]/.test(message) ? 'holds a line break' : 'is longer than 1000 characters', 'one line of text, up to 1000 characters');
    }
    const { service, answers } = await askFleet(inputs, reporter, (s, by, spec) => (0,proxy_steps/* maintenanceStep */.Io)(s, {
        on, port: spec.proxy.port, hosts: spec.proxy.hosts, routeFile: (0,proxy_config/* routeFileName */.VJ)(s, spec.proxy.hosts), maintenanceRoute: (0,proxy_config/* maintenanceRouteLine */.TO)(s, spec.proxy.hosts, message),
        drainSeconds: spec.proxy.drainTimeout, by,
    }));
    for (const a of answers) {
        if (a.error !== undefined)
            continue;
        if (on)
            reporter.info(`${a.host}: ${service} is in maintenance: the proxy answers 503 "${message}"`);
        else
            reporter.info(`${a.host}: ${a.out?.values.changed === '0' ? `${service} was not in maintenance` : `${service} is live again`}`);
    }
    return failures(answers, reporter);
}


/***/ })

};
;