"use strict";
exports.id = 31;
exports.ids = [31];
exports.modules = {

/***/ 66031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConsoleReporter: () => (/* binding */ ConsoleReporter),
  certificateBeside: () => (/* binding */ certificateBeside),
  checkDotenvPath: () => (/* binding */ checkDotenvPath),
  readFileOrText: () => (/* binding */ readFileOrText),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./src/schema.ts
var schema = __webpack_require__(75060);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/reporter.ts
var reporter = __webpack_require__(65622);
// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(79786);
// EXTERNAL MODULE: ./src/frontends/errors-out.ts
var errors_out = __webpack_require__(35663);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(91084);
;// CONCATENATED MODULE: ./src/frontends/cli-args.ts



const flagOf = (name) => `--${name.replace(/_/g, '-')}`;
function usage(message) {
    return new errors/* UserError */.yo(`${message}; see 'gantry --help'`, exit_codes/* EXIT */.d.usage);
}
/** The test bed's own variables (testbed.sh env) share the prefix; they are not gantry's. */
const FOREIGN_PREFIXES = ['GANTRY_TESTBED_'];
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        prev = row;
    }
    return prev[b.length];
}
/**
 * A misspelled GANTRY_* variable would be ignored without a word (a misspelled flag is refused):
 * one warning for each variable that is neither an input, an output arriving from a dotenv
 * report, nor one of gantry's settings.
 */
function unknownVariableWarnings(env) {
    const inputs = (0,schema/* inputNames */.vj)().filter((n) => n !== 'command').map(schema/* inputVariable */.LO);
    const known = new Set([...inputs, ...(0,schema/* outputNames */.gr)().map(schema/* outputVariable */.Qh), ...Object.keys(schema/* SETTINGS */.yy)]);
    const out = [];
    for (const name of Object.keys(env).sort()) {
        if (!name.startsWith('GANTRY_') || known.has(name) || FOREIGN_PREFIXES.some((p) => name.startsWith(p)))
            continue;
        if (name === 'GANTRY_COMMAND') {
            out.push('GANTRY_COMMAND is ignored: the command is the first argument (gantry build, gantry deploy...)');
            continue;
        }
        const nearest = inputs.map((v) => [v, editDistance(name, v)]).sort((a, b) => a[1] - b[1])[0];
        // A near miss is a few edits for a long name, one for a short one (GANTRY_ZZZ is no GANTRY_CGO).
        const near = nearest && nearest[1] <= Math.max(1, Math.floor((name.length - 'GANTRY_'.length) / 4));
        const hint = near ? `did you mean ${nearest[0]}? ` : '';
        out.push(`${name} is not a gantry variable and is ignored; ${hint}inputs are GANTRY_<INPUT NAME> (see gantry --help)`);
    }
    return out;
}
/**
 * Parses `gantry COMMAND [--input-name VALUE | --input-name=VALUE | --flag | --no-flag]...`.
 * A list input may be given several times (the values add up); any other option only once.
 * GANTRY_<NAME> variables fill inputs not given as flags (the GitLab templates map their inputs
 * to those).
 */
function parseCliArgs(argv, env) {
    const byFlag = new Map((0,schema/* inputNames */.vj)().map((n) => [flagOf(n), n]));
    const out = { command: 'help', raw: {}, dotenv: env.GANTRY_DOTENV ?? '', fromFlags: [], warnings: [] };
    const args = [...argv];
    const first = args[0];
    if (first === undefined || first === 'help' || first === '--help' || first === '-h')
        return out;
    if (first === '--version' || first === 'version')
        return { ...out, command: 'version' };
    if (!schema/* COMMANDS */.Lo.includes(first))
        throw usage(`unknown command '${first}'; expected one of ${schema/* COMMANDS */.Lo.join(', ')}`);
    out.command = first;
    args.shift();
    const given = {};
    let dotenvGiven = false;
    while (args.length) {
        const arg = args.shift();
        if (arg === '--help' || arg === '-h')
            return { ...out, command: 'help' };
        if (!arg.startsWith('--'))
            throw usage(`unexpected argument '${arg}'`);
        let [flag, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        if (flag === '--dotenv') {
            if (dotenvGiven)
                throw usage("option '--dotenv' is given twice; it takes one file");
            dotenvGiven = true;
            if (value === undefined && !args.length)
                throw usage("option '--dotenv' needs a value");
            out.dotenv = value ?? args.shift();
            continue;
        }
        let negated = false;
        if (!byFlag.has(flag) && flag.startsWith('--no-') && byFlag.has(`--${flag.slice(5)}`)) {
            flag = `--${flag.slice(5)}`;
            negated = true;
        }
        const name = byFlag.get(flag);
        if (!name || name === 'command')
            throw usage(`unknown option '${flag}'`);
        const spec = schema/* INPUTS */.mc[name];
        if (spec.kind === 'boolean' && value === undefined)
            value = negated ? 'false' : 'true';
        else if (negated)
            throw usage(`'${arg}': only true/false options take --no-`);
        if (value === undefined) {
            if (!args.length)
                throw usage(`option '${flag}' needs a value`);
            value = args.shift();
        }
        if (given[name] && spec.kind !== 'list') {
            const both = spec.secret ? '' : ` ('${given[name]?.[0]}' and '${value}')`;
            throw usage(`option '${flag}' is given twice${both}; it takes one value (only list options add up)`);
        }
        (given[name] ??= []).push(value);
    }
    for (const name of (0,schema/* inputNames */.vj)()) {
        if (name === 'command')
            continue;
        const values = given[name];
        if (values) {
            out.raw[name] = values.join('\n');
            out.fromFlags.push(name);
        }
        else if (env[(0,schema/* inputVariable */.LO)(name)] !== undefined)
            out.raw[name] = env[(0,schema/* inputVariable */.LO)(name)];
    }
    out.raw.command = out.command;
    out.warnings = unknownVariableWarnings(env);
    return out;
}
function cliHelp() {
    const lines = [
        'gantry: build a Go service into a small cached image, tag it by commit time, push it, and roll it out over SSH.',
        '',
        'usage: gantry <command> [options]',
        '',
        'commands:',
        ...schema/* COMMANDS */.Lo.map((c) => `  ${c.padEnd(13)}${schema/* COMMAND_SUMMARY */.j$[c]}`),
        '',
        'options (each also read from GANTRY_<NAME>, e.g. GANTRY_GO_VERSION):',
    ];
    for (const name of (0,schema/* inputNames */.vj)()) {
        if (name === 'command')
            continue;
        const spec = schema/* INPUTS */.mc[name];
        const def = spec.default ? ` (default: ${spec.default.replace(/\n/g, ',')})` : '';
        lines.push(`  ${flagOf(name)}${spec.kind === 'boolean' ? '' : ' VALUE'}`);
        lines.push(`      ${spec.description}${def}`);
    }
    lines.push('  --dotenv FILE');
    lines.push('      Also write outputs as GANTRY_<NAME>=value lines to FILE (a GitLab dotenv report).');
    lines.push('', 'exit codes: 0 ok; 1 failed (nothing changed on hosts); 2 usage; 3 rollout failed, every host back on its previous version; 4 rollout failed, fleet mixed or unknown');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/frontends/cli-only.ts
var cli_only = __webpack_require__(13530);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/frontends/cli.ts













/** Terminal and GitLab adapter: plain lines (GitLab's collapsible sections under GITLAB_CI). */
class ConsoleReporter {
    env;
    out;
    err;
    masker = new reporter/* Masker */.G();
    outputs = {};
    sections = 0;
    constructor(env, out = (s) => process.stdout.write(s), err = (s) => process.stderr.write(s)) {
        this.env = env;
        this.out = out;
        this.err = err;
    }
    info(m) { this.out(`${this.masker.apply(m)}\n`); }
    warn(m) { this.err(`warning: ${this.masker.apply(m)}\n`); }
    debug(m) { if (this.env.GANTRY_DEBUG)
        this.err(`debug: ${this.masker.apply(m)}\n`); }
    mask(s) { this.masker.add(s); }
    async group(name, fn) {
        if (this.env.GITLAB_CI !== 'true') {
            this.out(`==> ${this.masker.apply(name)}\n`);
            return fn();
        }
        const id = `gantry_${++this.sections}`;
        const ts = () => Math.floor(Date.now() / 1000);
        this.out(`\x1b[0Ksection_start:${ts()}:${id}[collapsed=false]\r\x1b[0K${this.masker.apply(name)}\n`);
        try {
            return await fn();
        }
        finally {
            this.out(`\x1b[0Ksection_end:${ts()}:${id}\r\x1b[0K\n`);
        }
    }
    setOutput(n, v) { this.outputs[n] = v; }
    summary(md) { void md; }
}
/**
 * Whether a value that names no existing file was meant as a path: one short word or a path,
 * which the text of a key, a known_hosts line, a fingerprint or a netrc never is.
 */
function meantAsPath(value) {
    if (/\s/.test(value) || /^(SHA256:|-----)/.test(value) || value.length > 1024)
        return false;
    return /^(~|\.{1,2})?\//.test(value) || /^[\w.@-]+(\/[\w.@-]+)*$/.test(value);
}
/** The CLI takes a path or the text itself for some inputs (known_hosts, ssh_private_key, netrc). */
function readFileOrText(name, value) {
    const text = value.trim();
    if (text.includes('\n') || !meantAsPath(text))
        return value;
    const file = text.startsWith('~/') ? external_path_.join(external_os_.homedir(), text.slice(2)) : text;
    let stat;
    try {
        stat = external_fs_.statSync(file);
    }
    catch (err) {
        const code = err.code;
        const problem = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? (0,errors/* errorMessage */.gJ)(err)})`;
        throw (0,errors/* inputError */.Xu)(name, `the file '${text}' ${problem}`, `the path of a readable file, or the ${name.replace(/_/g, ' ')} text itself`);
    }
    if (!stat.isFile())
        throw (0,errors/* inputError */.Xu)(name, `'${text}' is not a file`, `the path of a readable file, or the ${name.replace(/_/g, ' ')} text itself`);
    try {
        return external_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw (0,errors/* inputError */.Xu)(name, `the file '${text}' cannot be read (${err.code ?? (0,errors/* errorMessage */.gJ)(err)})`, 'a file gantry can read');
    }
}
/** KEY-cert.pub beside a key given as a path, as ssh takes it with that key; undefined when there is none. */
function certificateBeside(keyPath) {
    const file = `${keyPath.startsWith('~/') ? external_path_.join(external_os_.homedir(), keyPath.slice(2)) : keyPath}-cert.pub`;
    try {
        return { path: file, text: external_fs_.readFileSync(file, 'utf8') };
    }
    catch {
        return undefined;
    }
}
/** --dotenv is checked before any work: a path that cannot be written fails now, not after a deploy. */
function checkDotenvPath(file) {
    if (!file)
        return;
    const fail = (problem) => new errors/* UserError */.yo(`option '--dotenv': ${problem}; expected a file gantry can write, in an existing folder`);
    let stat;
    try {
        stat = external_fs_.statSync(file);
    }
    catch (err) {
        if (err.code === 'ENOTDIR')
            throw fail(`'${file}' is below something that is not a folder`);
    }
    const target = stat ? file : external_path_.dirname(external_path_.resolve(file));
    if (stat && !stat.isFile())
        throw fail(`'${file}' is not a file`);
    if (!stat) {
        let dir;
        try {
            dir = external_fs_.statSync(target);
        }
        catch {
            throw fail(`the folder '${target}' does not exist`);
        }
        if (!dir.isDirectory())
            throw fail(`'${target}' is not a folder`);
    }
    try {
        external_fs_.accessSync(target, external_fs_.constants.W_OK);
    }
    catch {
        throw fail(`'${target}' is not writable`);
    }
}
/** stdoutIsTerminal: whether the output goes to a terminal (a pipe or a file cannot take logs_follow). */
async function runCli(argv, env, stdoutIsTerminal = process.stdout.isTTY === true) {
    const reporter = new ConsoleReporter(env);
    let dotenv = '';
    try {
        const args = parseCliArgs(argv, env);
        dotenv = args.dotenv;
        if (args.command === 'help') {
            process.stdout.write(`${cliHelp()}\n`);
            return argv.length === 0 ? exit_codes/* EXIT */.d.usage : exit_codes/* EXIT */.d.ok;
        }
        if (args.command === 'version') {
            process.stdout.write(`gantry ${version/* VERSION */.x}\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        for (const w of args.warnings)
            reporter.warn(w);
        checkDotenvPath(dotenv);
        const keyPaths = {};
        for (const name of (0,schema/* inputNames */.vj)()) {
            const spec = schema/* INPUTS */.mc[name];
            const value = args.raw[name];
            if (value === undefined)
                continue;
            if (spec.fileOrText)
                args.raw[name] = readFileOrText(name, value);
            if (spec.fileOrText && args.raw[name] !== value)
                keyPaths[name] = value.trim();
            if (spec.secret)
                reporter.mask(args.raw[name]);
            // A path (read above) is fine on a command line; a secret value is in every process list.
            if (spec.secret && args.fromFlags.includes(name) && args.raw[name] === value) {
                reporter.warn(`--${name.replace(/_/g, '-')} puts a secret on the command line, where other users see it; set GANTRY_${name.toUpperCase()} instead`);
            }
        }
        for (const [keyName, certName] of [['ssh_private_key', 'ssh_certificate'], ['ssh_jump_key', 'ssh_jump_certificate']]) {
            const keyPath = keyPaths[keyName];
            if (!keyPath || (args.raw[certName] ?? '').trim())
                continue;
            const found = certificateBeside(keyPath);
            if (found === undefined)
                continue;
            args.raw[certName] = found.text;
            reporter.info(`${certName}: ${found.path} (beside ${keyName}, as ssh finds it)`);
        }
        const inputs = (0,src_inputs/* parseInputs */.TL)(args.raw);
        const job = (0,cli_only/* ciJob */.C)(env);
        if (job)
            (0,cli_only/* refuseCliOnly */.R)(inputs, job);
        else if (!stdoutIsTerminal)
            (0,cli_only/* refuseCliOnly */.R)(inputs, 'output that is not a terminal (a pipe or a file)', 'nobody could press Ctrl-C there, so it would never end');
        for (const s of (0,src_inputs/* secretValues */.VX)(inputs, env))
            reporter.mask(s);
        const code = await (0,run/* run */.e)(args.command, inputs, reporter, env);
        try {
            writeOutputs(reporter, dotenv);
        }
        catch (err) {
            // Checked before any work, so rare (a full disk). After a rollout the hosts did change:
            // exit 1 would claim they did not, so the rollout's own code stands.
            const message = `option '--dotenv': cannot write '${dotenv}': ${(0,errors/* errorMessage */.gJ)(err)}`;
            if (reporter.outputs.report !== undefined) {
                reporter.warn(`${message}; the outputs are printed above`);
                return code;
            }
            process.stderr.write(`gantry: error: ${reporter.masker.apply(message)}\n`);
            return code === exit_codes/* EXIT */.d.ok ? exit_codes/* EXIT */.d.failed : code;
        }
        return code;
    }
    catch (err) {
        // Outputs known so far (a digest, a per-service report) are written before failing.
        try {
            writeOutputs(reporter, dotenv);
        }
        catch (writeErr) {
            reporter.warn(`option '--dotenv': cannot write '${dotenv}': ${(0,errors/* errorMessage */.gJ)(writeErr)}`);
        }
        const { message, code } = (0,errors_out/* describeFailure */.I)(err, Boolean(env.GANTRY_DEBUG));
        process.stderr.write(`gantry: error: ${reporter.masker.apply(message)}\n`);
        return code;
    }
}
function writeOutputs(reporter, dotenv) {
    const names = Object.keys(schema/* OUTPUTS */.py).filter((n) => reporter.outputs[n] !== undefined);
    if (!names.length)
        return;
    reporter.info('outputs:');
    const isJson = (n) => schema/* OUTPUTS */.py[n].json === true;
    for (const n of names)
        if (!isJson(n))
            reporter.info(`  ${n}=${reporter.outputs[n]}`);
    if (dotenv) {
        const lines = names.filter((n) => !isJson(n)).map((n) => `${(0,schema/* outputVariable */.Qh)(n)}=${(reporter.outputs[n] ?? '').replace(/\n/g, ' ')}`);
        external_fs_.writeFileSync(dotenv, `${lines.join('\n')}\n`);
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