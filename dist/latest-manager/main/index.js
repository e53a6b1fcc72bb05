import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ quoteForMessage),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hi: () => (/* binding */ CibError)
/* harmony export */ });
/* unused harmony export cutForMessage */
// The error a user can act on: one line that says what went wrong and, in `hint`, what to do.
// Anything else thrown is a bug (runner/run-main.ts reports it as an internal error).
/** A failure the user can fix; `hint` says how. */
class CibError extends Error {
    hint;
    constructor(message, options = {}) {
        super(options.hint ? `${message}. ${options.hint}` : message, { cause: options.cause });
        this.name = 'CibError';
        this.hint = options.hint;
    }
}
/** Quotes a user value for an error message, cut so that a 1 MB input does not flood the log. */
function quoteForMessage(value, max = 120) {
    // JSON.stringify shows control characters as escapes (\n, \u0000), so a newline in a value
    // cannot forge a second log line.
    return JSON.stringify(cutForMessage(value, max));
}
/** `value` cut to its first `max` characters, saying how long it was (unquoted: for paths). */
function cutForMessage(value, max) {
    return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}
/** The message of anything thrown, for logs. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   execProcess: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(332);
// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.

/** A process that failed: names the program and shows the last lines it printed. */
class ExecError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    exitCode;
    stderr;
    constructor(command, exitCode, stderr, stdout) {
        const tail = lastLines(stderr.trim() || stdout.trim(), 10);
        super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.name = 'ExecError';
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function lastLines(text, count) {
    return text.split(/\r?\n/).slice(-count).join('\n');
}
function lineSplitter(onLine) {
    let pending = '';
    return (chunk, flush) => {
        if (!onLine)
            return;
        pending += chunk;
        const lines = pending.split(/\r?\n/);
        pending = flush ? '' : (lines.pop() ?? '');
        for (const line of lines)
            if (!flush || line !== '')
                onLine(line);
    };
}
const execProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    // node:child_process and node:os load on the first process, not at start-up: an action that
    // stops at an input error never pays for them (bench/cold-start).
    const { spawn } = process.getBuiltinModule('node:child_process');
    const { constants } = process.getBuiltinModule('node:os');
    const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        outLines(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk;
        errLines(chunk);
    });
    let timedOut = false;
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, options.timeoutMs)
        : undefined;
    child.on('error', (error) => {
        if (timer)
            clearTimeout(timer);
        const hint = error.code === 'ENOENT' ? `Is ${command} installed and on PATH?` : undefined;
        reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
        if (timer)
            clearTimeout(timer);
        outLines('', true);
        errLines('', true);
        if (timedOut) {
            reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
            return;
        }
        // Killed by a signal: 128 + its number, as a shell reports it (SIGKILL: 137).
        const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
        if (exitCode !== 0 && !options.allowFailure)
            reject(new ExecError(command, exitCode, stderr, stdout));
        else
            resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});


/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __nccwpck_require__(332);
;// CONCATENATED MODULE: ./packages/core/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./packages/core/src/runner/cib-version.ts
// The version of cib a bundle was built from, for internal-error reports ("internal error in cib
// <action> <version>"). Read from the core package's package.json, which ncc inlines at build time.

const CIB_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./packages/core/src/runner/failure.ts
// How a failed step is reported, under the runner and the CLI alike. A CibError is the user's to
// fix: its message, on one line. Anything else is a bug in cib and says so, with the action and
// version to report; its stack goes to the debug log only, never into the error annotation.


/** Whitespace runs holding a line break, which would split an annotation. */
const LINE_BREAKS = /\s*[\r\n]+\s*/g;
/** The one line that tells what went wrong. */
function failureMessage(error, action, version = CIB_VERSION) {
    if (error instanceof cib_error/* CibError */.hi)
        return error.message.replace(LINE_BREAKS, ' ').trim();
    const text = error instanceof Error
        ? // An AggregateError (a connection refused on every address) may have no message of its own.
            error.message || error.code || error.name
        : String(error);
    // Only the first line: some errors carry their stack or a response body in the message.
    const first = text.split(/\r?\n/, 1)[0].trim();
    return `internal error in cib ${action} ${version}: ${first || 'no message'}`;
}
/**
 * Logs the failure: the one line as an error; for a bug, the stack (or the whole value) as debug.
 * A CibError's line is the whole story: a stack would repeat its message, and every value in it.
 */
function reportFailure(log, error, action) {
    log.error(failureMessage(error, action));
    if (error instanceof cib_error/* CibError */.hi)
        return;
    if (error instanceof Error && error.stack)
        log.debug(error.stack);
    else if (!(error instanceof Error))
        log.debug(`thrown: ${String(error)}`);
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/runner/workflow-commands.ts
// The runner's workflow-command protocol (`::name key=value::message` lines on stdout), written
// by hand rather than imported from @actions/core: @actions/core 3 eagerly loads
// @actions/http-client and undici for OIDC, which triples an action's cold start (see
// bench/cold-start). The escaping rules are those of @actions/core's command.ts, and
// test/unit/runner/protocol-conformance.test.ts checks our output against @actions/core's.
/** Escapes a command's message: %, CR and LF. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value: as data, plus ':' and ','. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats one workflow command line, without the trailing newline. */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/src/runner/random-uuid.ts
// Random UUIDs without node:crypto (see randomUuid for why).

/**
 * A random version 4 UUID, as crypto.randomUUID() makes (for @actions/core's file-command
 * delimiters, for temporary file names), read from the kernel's random source. Loading
 * node:crypto costs about a fifth of an empty node's start-up, more than the rest of an action's
 * start (bench/cold-start). Where there is no /dev/urandom, node:crypto as usual.
 */
function randomUuid() {
    let bytes;
    try {
        const fd = (0,external_node_fs_namespaceObject.openSync)('/dev/urandom', 'r');
        try {
            bytes = Buffer.alloc(16);
            if ((0,external_node_fs_namespaceObject.readSync)(fd, bytes, 0, 16, null) !== 16)
                throw new Error('short read from /dev/urandom');
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch {
        return process.getBuiltinModule('node:crypto').randomUUID();
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/file-commands.ts
// The runner's file commands: GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV take `name<<delimiter`
// heredocs, GITHUB_PATH one directory a line, GITHUB_STEP_SUMMARY markdown. Same format as
// @actions/core's file-command.ts (see runner/workflow-commands.ts for why it is ours).


/**
 * os.EOL without loading node:os, which every action's start-up would pay for (bench/cold-start).
 * The runner reads either ending; @actions/core writes os.EOL, and so do we.
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** Formats `name<<delimiter` / value / `delimiter`, refusing a value that contains the delimiter. */
function formatKeyValue(name, value, delimiter = `ghadelimiter_${randomUuid()}`) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
/** Appends a heredoc entry to the file named by `fileVariable`; false when the runner gave no such file. */
function appendKeyValue(env, fileVariable, name, value) {
    return appendRaw(env, fileVariable, formatKeyValue(name, value));
}
/** Appends raw text to the file named by `fileVariable`; false when the runner gave no such file. */
function appendRaw(env, fileVariable, text) {
    const file = env[fileVariable];
    if (!file)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, text, 'utf8');
    return true;
}
/**
 * Parses a file written with file commands (both `name=value` and heredoc forms), as the runner
 * does after a step. Used by the CLI's state file and by the test harness.
 */
function parseFileCommands(text) {
    const result = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
        const eq = line.indexOf('=');
        if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
            const [, name, delimiter] = heredoc;
            const value = [];
            i++;
            while (i < lines.length && lines[i] !== delimiter)
                value.push(lines[i++]);
            if (i >= lines.length)
                throw new Error(`Unterminated heredoc for "${name}": no line "${delimiter}"`);
            result.set(name, value.join('\n'));
        }
        else if (eq > 0) {
            result.set(line.slice(0, eq), line.slice(eq + 1));
        }
        else {
            throw new Error(`Malformed file command line: ${JSON.stringify(line)}`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/summary-limit.ts
// GitHub drops a step's whole job summary when it passes 1 MiB, so we cut ours before that.
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const CUT_NOTE = '\n\n> Summary cut: it would have passed the 1 MiB limit of a step summary.\n';
/** What may still be appended after `usedBytes`, cut with a note when it would pass the limit. */
function limitSummary(markdown, usedBytes, limit = SUMMARY_LIMIT_BYTES) {
    const bytes = Buffer.byteLength(markdown, 'utf8');
    if (usedBytes + bytes <= limit)
        return { text: markdown, bytes };
    const room = limit - usedBytes - Buffer.byteLength(CUT_NOTE, 'utf8');
    if (room <= 0)
        return { text: '', bytes: 0 };
    const cut = Buffer.from(markdown, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    const text = cut + CUT_NOTE;
    return { text, bytes: Buffer.byteLength(text, 'utf8') };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/stdout.ts
// Writing the log to standard output (and the CLI's errors to standard error) without
// process.stdout and process.stderr. Creating process.stdout over the
// runner's pipe loads node:net and node:stream, which costs about a sixth of an empty node's
// start-up (bench/cold-start); a synchronous write to fd 1 costs nothing to set up, and is what
// process.stdout does for pipes and files on Linux anyway (they are written synchronously).

/**
 * A writer of whole texts to fd 1. If fd 1 refuses a synchronous write (EAGAIN from a pipe someone
 * made non-blocking, EPIPE, a platform without it), the rest of that text and every later one go
 * through `fallback` (process.stdout), which handles those the usual Node way; everything before
 * was already written, so the order holds.
 */
function stdoutWriter(fallback = (bytes) => void process.stdout.write(bytes)) {
    return fdWriter(1, fallback);
}
/** The same for fd 2 (the cib CLI's errors), falling back to process.stderr. */
function stderrWriter(fallback = (bytes) => void process.stderr.write(bytes)) {
    return fdWriter(2, fallback);
}
function fdWriter(fd, fallback) {
    let synchronous = true;
    return (text) => {
        const bytes = Buffer.from(text, 'utf8');
        let offset = 0;
        if (synchronous) {
            try {
                while (offset < bytes.length)
                    offset += (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, offset, bytes.length - offset);
                return;
            }
            catch {
                synchronous = false;
            }
        }
        fallback(bytes.subarray(offset));
    };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/github-runtime.ts
// The Runtime under the GitHub Actions runner: inputs from INPUT_*, state from STATE_*, file
// commands for outputs/state/env/path/summary, workflow commands on stdout for logs and masks.






/** The longest `NAME=value` string one environment variable can hold on Linux (MAX_ARG_STRLEN, with its NUL). */
const ENV_STRING_MAX_BYTES = 128 * 1024;
/** The environment variable the runner sets for an input (upper-cased, spaces to `_`). */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function annotationCommandProperties(a = {}) {
    return {
        title: a.title,
        file: a.file,
        line: a.startLine,
        endLine: a.endLine,
        col: a.startColumn,
        endColumn: a.endColumn,
    };
}
function createGithubRuntime(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? stdoutWriter();
    const issue = (command, message, properties = {}) => write(formatCommand(command, properties, message) + EOL);
    let summaryBytes = 0;
    // A secret registered twice (an input masked by the action, then by the client that uses it)
    // is announced once: each mask command is one more place the value appears in the raw log.
    const masked = new Set();
    const log = {
        info: (message) => write(message + EOL),
        debug: (message) => issue('debug', message),
        notice: (message, a) => issue('notice', message, annotationCommandProperties(a)),
        warning: (message, a) => issue('warning', message, annotationCommandProperties(a)),
        error: (message, a) => issue('error', message, annotationCommandProperties(a)),
        isDebug: () => env.RUNNER_DEBUG === '1',
        async group(name, fn) {
            issue('group', name);
            try {
                return await fn();
            }
            finally {
                issue('endgroup', '');
            }
        },
    };
    return {
        kind: 'github-actions',
        env,
        log,
        getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
        setOutput(name, value) {
            if (!appendKeyValue(env, 'GITHUB_OUTPUT', name, value)) {
                write(EOL);
                issue('set-output', value, { name });
            }
        },
        saveState(name, value) {
            // The runner hands each state value to the post step as one environment variable: one too
            // long for that would stop the post step from starting at all (E2BIG), so it fails here.
            const bytes = Buffer.byteLength(`STATE_${name}=${value}`) + 1;
            if (bytes > ENV_STRING_MAX_BYTES)
                throw new cib_error/* CibError */.hi(`State "${name}" is ${bytes} bytes: the runner passes state to the post step in one environment variable, which holds at most ${ENV_STRING_MAX_BYTES}`, { hint: 'Shorten the input it comes from' });
            if (!appendKeyValue(env, 'GITHUB_STATE', name, value))
                issue('save-state', value, { name });
        },
        getState: (name) => env[`STATE_${name}`] ?? '',
        // The runner carries state from main to post in STATE_* variables: no file of ours.
        stateFile: () => undefined,
        exportVariable(name, value) {
            env[name] = value;
            if (!appendKeyValue(env, 'GITHUB_ENV', name, value))
                issue('set-env', value, { name });
        },
        addPath(directory) {
            if (!appendRaw(env, 'GITHUB_PATH', directory + EOL))
                issue('add-path', directory);
            env.PATH = env.PATH ? `${directory}${external_node_path_namespaceObject.delimiter}${env.PATH}` : directory;
        },
        setSecret: (secret) => {
            if (!secret || masked.has(secret))
                return;
            masked.add(secret);
            issue('add-mask', secret);
        },
        appendSummary(markdown) {
            const { text, bytes } = limitSummary(markdown, summaryBytes);
            summaryBytes += bytes;
            if (!appendRaw(env, 'GITHUB_STEP_SUMMARY', text))
                log.debug('No GITHUB_STEP_SUMMARY file: summary not written');
        },
        now: options.now ?? (() => new Date()),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/run-main.ts


/** Runs an action phase; a thrown error becomes one `::error::` line and exit code 1. */
async function runMain(action, phase, runtime = createGithubRuntime()) {
    try {
        await phase(runtime);
    }
    catch (error) {
        reportFailure(runtime.log, error, action);
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/errors/input-error.ts
// A bad action input: the error names the input, the value it got and what was expected.

/** A bad action input: names the input, shows the value (shortened) and what was expected. */
class input_error_InputError extends cib_error/* CibError */.hi {
    input;
    constructor(input, value, expected, hint) {
        const shown = value === undefined || value === '' ? 'is empty' : `is ${(0,cib_error/* quoteForMessage */.Hx)(value)}`;
        super(`Input "${input}" ${shown}: expected ${expected}`, { hint });
        this.name = 'InputError';
        this.input = input;
    }
}

// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
var exec = __nccwpck_require__(534);
;// CONCATENATED MODULE: ./packages/core/src/time/clock.ts
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

;// CONCATENATED MODULE: ./packages/core/src/http/limiter.ts
// A counting semaphore: at most `limit` tasks run at once, the rest wait in order.
class Limiter {
    limit;
    running = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!(limit >= 1))
            throw new RangeError(`limit must be at least 1, got ${limit}`);
    }
    /** Runs `task` when a slot is free. */
    async run(task) {
        if (this.running >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.running++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.running--;
        }
    }
}
/** Maps over `items` with at most `limit` calls of `fn` at once; results keep the input order. */
async function mapLimited(items, limit, fn) {
    const limiter = new Limiter(limit);
    return Promise.all(items.map((item, index) => limiter.run(() => fn(item, index))));
}

;// CONCATENATED MODULE: ./packages/core/src/http/retry-policy.ts
// When and how long to wait before sending a request again: 408, 429 and 5xx answers and
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring
// Retry-After; and which of those allow sending a request that is not idempotent again.
const DEFAULT_RETRY_POLICY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8000,
    maxRetryAfterMs: 60000,
};
/** 408 Request Timeout, 429 Too Many Requests and server errors other than "not implemented". */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
]);
/**
 * Methods a client may send again after an answer or a connection that left it unsure whether the
 * server acted (RFC 9110, 9.2.2): repeating them changes nothing more than the first did.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/**
 * Answers that say the server did not act on the request, so even a POST may be sent again: 429
 * (RFC 6585: rate limited, refused before processing). A 5xx says nothing of the kind: a proxy's
 * 502 may come after the server created what was asked.
 */
function isUnprocessedStatus(status) {
    return status === 429;
}
/** Connection errors that mean the request never reached the server. */
function isUnsentNetworkCode(code) {
    return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH';
}
/** Network error codes worth another attempt (not TLS or DNS "no such host" failures). */
function isRetryableNetworkCode(code) {
    return RETRYABLE_CODES.has(code);
}
/**
 * The wait a Retry-After header asks for, in ms: delta-seconds or an HTTP date. Large bare
 * numbers (over 1000) are read as milliseconds, the unit GHCR sends them in; nobody means
 * "retry in 17 minutes" to a CI client.
 */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) {
        const n = Number(text);
        return n > 1000 ? Math.round(n) : Math.round(n * 1000);
    }
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * The wait before attempt `attempt + 1` (attempt counts from 0): Retry-After when the server
 * said so (cut to the policy's limit), else exponential backoff with jitter.
 */
function retryDelay(attempt, policy, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.maxRetryAfterMs);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

;// CONCATENATED MODULE: ./packages/core/src/http/transport.ts

/**
 * node:stream, loaded on the first exchange rather than with the module: node:stream costs
 * start-up to every action, and one that stops at an input error never sends a request.
 */
function stream() {
    return process.getBuiltinModule('node:stream');
}
/** True when a request body is a stream (sent once, as it comes) rather than bytes. */
function isStreamBody(body) {
    return body !== undefined && !Buffer.isBuffer(body);
}
/** No answer: the connection failed, was dropped, or the timeout passed. */
class HttpNetworkError extends cib_error/* CibError */.hi {
    /** `ECONNRESET`, `ECONNREFUSED`, `ETIMEDOUT` (our timeout), `EPROTO` (TLS to a plain port)… */
    code;
    /** The URL asked (after redirects, the hop that failed). */
    url;
    constructor(request, code, detail, cause) {
        super(`${request.method} ${redactUrl(request.url)} failed: ${detail}`, { cause });
        this.name = 'HttpNetworkError';
        this.code = code;
        this.url = request.url;
    }
}
/** The URL without query string values that may carry upload state or tokens. */
function redactUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
}
const clients = new Map();
/**
 * node:http or node:https with a keep-alive agent, loaded on first use: node:http alone costs
 * tens of milliseconds of start-up, which an action that fails on its inputs should not pay, and
 * a run against an HTTPS registry never needs the plain module.
 */
function clientFor(protocol) {
    let client = clients.get(protocol);
    if (!client) {
        client = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23)) : Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 67, 23))).then((mod) => ({
            request: mod.request,
            agent: new mod.Agent({ keepAlive: true, maxSockets: 16 }),
        }));
        clients.set(protocol, client);
    }
    return client;
}
/** Sends over node:http(s), resolving at the answer's headers. */
const nodeStreamTransport = async (request) => {
    const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise((resolve, reject) => {
        let settled = false;
        /** The answer's body once handed out: failures from then on end it instead of the promise. */
        let answer;
        const fail = (error) => {
            if (answer) {
                if (!answer.destroyed && !answer.writableEnded)
                    answer.destroy(error);
                return;
            }
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const failNetwork = (code, detail, cause) => fail(new HttpNetworkError(request, code, detail, cause));
        const headers = { 'user-agent': 'cib', ...request.headers };
        const streamed = isStreamBody(request.body) ? request.body : undefined;
        if (Buffer.isBuffer(request.body))
            headers['content-length'] = String(request.body.length);
        const options = {
            method: request.method,
            headers,
            agent,
            // Socket idle time, from before the connection is made until the answer is read.
            timeout: request.timeoutMs,
        };
        const req = send(request.url, options, (res) => {
            settled = true;
            // Flow control by hand rather than pipe(): an answer cut short must fail the body, never end it.
            const body = new (stream().PassThrough)();
            answer = body;
            res.on('data', (chunk) => {
                if (!body.write(chunk))
                    res.pause();
            });
            body.on('drain', () => res.resume());
            res.on('error', (error) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
            res.on('aborted', () => failNetwork('ECONNRESET', 'the connection closed before the whole answer came'));
            res.on('end', () => {
                if (!res.complete) {
                    failNetwork('ECONNRESET', 'the connection closed before the whole answer came');
                    return;
                }
                body.end();
                // Answered before the whole body was sent (a refusal): the connection cannot be reused.
                if (streamed && !streamed.readableEnded)
                    req.destroy();
            });
            // The reader gave up early: drop the connection rather than leave it half read.
            body.on('close', () => {
                if (!res.complete)
                    req.destroy();
            });
            const single = {};
            const lists = {};
            const raw = res.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) {
                const name = raw[i].toLowerCase();
                (lists[name] ??= []).push(raw[i + 1]);
            }
            for (const [name, values] of Object.entries(lists))
                single[name] = values.join(', ');
            resolve({ status: res.statusCode ?? 0, headers: single, rawHeaders: lists, body, url: request.url });
        });
        req.on('timeout', () => {
            failNetwork('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
            req.destroy();
        });
        req.on('error', (error) => failNetwork(error.code ?? 'ECONNRESET', error.message, error));
        if (streamed) {
            streamed.once('error', (error) => {
                fail(error);
                req.destroy();
            });
            streamed.pipe(req);
        }
        else {
            req.end(request.body);
        }
    });
};
/** The whole body of a streamed answer; `ETOOLARGE` (not retried) past `request.maxBodyBytes`. */
function readBody(body, request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        body.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
                reject(new HttpNetworkError(request, 'ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`));
                body.destroy();
            }
        });
        body.on('error', reject);
        body.on('end', () => resolve(Buffer.concat(chunks, size)));
    });
}
/** A transport that reads each answer whole, over one that streams. */
function bufferOver(transport) {
    return async (request) => {
        const answer = await transport(request);
        return { ...answer, body: await readBody(answer.body, request) };
    };
}
/**
 * A transport that takes stream bodies over one that takes only bytes (the scripted transports of
 * tests): a stream body is read first, and fails the exchange before anything is sent if it fails.
 */
function readingStreamBodies(transport) {
    return async (request) => {
        if (!isStreamBody(request.body))
            return transport(request);
        return transport({ ...request, body: await readBody(request.body, { ...request, maxBodyBytes: undefined }) });
    };
}
/** A streaming transport over one that takes and gives whole bodies (the scripted transports of tests). */
function streamOver(transport) {
    const sending = readingStreamBodies(transport);
    return async (request) => {
        const answer = await sending(request);
        // In pieces of the size a socket reads, as an answer from the network comes.
        const pieces = [];
        for (let at = 0; at < answer.body.length; at += 64 * 1024)
            pieces.push(answer.body.subarray(at, at + 64 * 1024));
        return { ...answer, body: stream().Readable.from(pieces, { objectMode: false }) };
    };
}
/** Sends over node:http(s) and reads the whole answer. */
const nodeTransport = bufferOver(nodeStreamTransport);

;// CONCATENATED MODULE: ./packages/core/src/http/http-client.ts
// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). Answers come whole (`send`) or streaming (`open`); what cannot be sent twice (a
// stream body) is sent once, and its caller starts over through `backOff`, by the same policy.
// It counts what it sends, so benchmarks can report requests made.




/** The shortest timeout an attempt gets, however close the deadline. */
const MIN_ATTEMPT_MS = 1000;
class HttpClient {
    options;
    stats = { requests: 0, byMethod: {}, retries: 0 };
    policy;
    transport;
    streamTransport;
    limiter;
    timeoutMs;
    clock;
    random;
    constructor(options = {}) {
        this.options = options;
        this.streamTransport =
            options.streamTransport ?? (options.transport ? streamOver(options.transport) : nodeStreamTransport);
        this.transport = options.transport ? readingStreamBodies(options.transport) : bufferOver(this.streamTransport);
        this.limiter = new Limiter(options.maxConcurrency ?? 8);
        this.timeoutMs = options.timeoutMs ?? 30000;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.clock = options.clock ?? systemClock;
        this.random = options.random ?? Math.random;
    }
    /**
     * Sends the request, retrying retryable answers and connection errors. Returns the last
     * answer whatever its status (the caller decides what a 404 means); throws HttpNetworkError
     * when no attempt got an answer. A request whose body is a stream is sent once.
     */
    send(request) {
        return this.exchange(request, this.transport, () => undefined);
    }
    /**
     * As `send`, but resolves at the answer's headers with its body streaming: the caller reads it
     * to the end or destroys it. Retries happen until an answer's headers are in; a body that
     * fails later fails the stream, and the caller starts over. The request's concurrency slot is
     * given back at the headers.
     */
    open(request) {
        // A retried answer's body is drained, so its connection can serve the next attempt.
        return this.exchange(request, this.streamTransport, (answer) => void answer.body.resume());
    }
    /**
     * Waits before the caller starts over something the client could not repeat by itself (a copy
     * whose body was a stream), by the policy of the client's own retries: `Retry-After` of the
     * answer that failed it honoured, counted and logged as a retry. `attempt` counts from 0;
     * false, without waiting, when the policy's attempts are used up.
     */
    async backOff(attempt, what, answer) {
        if (attempt + 1 >= this.policy.attempts)
            return false;
        const retryAfter = parseRetryAfter(answer?.headers['retry-after'], this.clock.now());
        await this.wait(attempt, retryDelay(attempt, this.policy, retryAfter, this.random), what);
        return true;
    }
    async exchange(request, transport, discard) {
        const { deadline, idempotent, ...rest } = request;
        const timeoutMs = request.timeoutMs ?? this.timeoutMs;
        const attempts = isStreamBody(request.body) ? 1 : this.policy.attempts;
        const repeatable = idempotent ?? IDEMPOTENT_METHODS.has(request.method);
        for (let attempt = 0;; attempt++) {
            const last = attempt + 1 >= attempts;
            const full = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
            let outcome;
            try {
                outcome = await this.limiter.run(() => {
                    this.count(full.method);
                    return transport(full);
                });
            }
            catch (error) {
                if (!(error instanceof HttpNetworkError))
                    throw error;
                outcome = error;
            }
            if (outcome instanceof HttpNetworkError) {
                if (last || !isRetryableNetworkCode(outcome.code))
                    throw outcome;
                if (!repeatable && !isUnsentNetworkCode(outcome.code))
                    throw outcome;
                const delay = retryDelay(attempt, this.policy, undefined, this.random);
                if (this.pastDeadline(delay, deadline))
                    throw outcome;
                await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: ${outcome.code}`);
                continue;
            }
            if (last || !isRetryableStatus(outcome.status))
                return outcome;
            if (!repeatable && !isUnprocessedStatus(outcome.status))
                return outcome;
            const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.clock.now());
            const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
            if (this.pastDeadline(delay, deadline))
                return outcome;
            discard(outcome);
            await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: HTTP ${outcome.status}`);
        }
    }
    attemptTimeout(timeoutMs, deadline) {
        if (deadline === undefined)
            return timeoutMs;
        return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.clock.now()));
    }
    pastDeadline(delay, deadline) {
        return deadline !== undefined && this.clock.now() + delay > deadline;
    }
    count(method) {
        this.stats.requests++;
        this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    }
    async wait(attempt, delay, what) {
        this.stats.retries++;
        this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
        await this.clock.sleep(delay);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-error.ts
// A GitHub REST answer that is not a success, as one error that says what went wrong and what
// to do. The token never appears in it: only the method, the route and GitHub's own message.

function hintFor(status, message) {
    if (status === 401)
        return 'GitHub refused the token: check github-token (expired, revoked, or for another host)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return ("The token lacks this permission: grant it in the workflow's `permissions:` (checks: write, " +
            'statuses: write); pull requests from forks get a read-only token');
    }
    if (status === 403 && /rate limit/i.test(message))
        return 'GitHub rate-limited this token: try again later';
    if (status === 404)
        return 'No such repository or object, or the token cannot see it (GitHub answers 404 for both)';
    return undefined;
}
class GithubApiError extends cib_error/* CibError */.hi {
    status;
    /** GitHub's `message` as sent. */
    apiMessage;
    documentationUrl;
    constructor(what, status, body) {
        let parsed = {};
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            // A proxy's HTML page, say: the status alone will have to do.
        }
        const apiMessage = (parsed.message ?? '').replace(/\s*\n+\s*/g, ' ').trim();
        const details = (parsed.errors ?? [])
            .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
            .filter(Boolean);
        // GitHub's messages end with a period; the hint adds its own.
        const text = [apiMessage || 'no message', ...details].join('; ').replace(/\.$/, '');
        super(`GitHub API ${what} answered ${status}: ${text}`, { hint: hintFor(status, apiMessage) });
        this.name = 'GithubApiError';
        this.status = status;
        this.apiMessage = apiMessage;
        this.documentationUrl = parsed.documentation_url;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/link-header.ts
// The `Link` header GitHub paginates with: `<https://api.github.com/...&page=2>; rel="next", ...`.
/** The `rel="next"` URL of a Link header, if any. */
function nextPageUrl(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
        if (!match)
            continue;
        const rels = /\brel="?([^";]+)"?/.exec(match[2])?.[1]?.split(/\s+/) ?? [];
        if (rels.includes('next') && URL.canParse(match[1]))
            return new URL(match[1]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/rate-limit.ts
const SECONDARY_MINIMUM_MS = 60_000;
/** The wait GitHub asks for in ms, or undefined when the answer is not a rate limit. */
function rateLimitWait(response, now) {
    if (response.status !== 403)
        return undefined;
    const retryAfter = response.headers['retry-after'];
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter.trim()) * 1000;
    if (response.headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(response.headers['x-ratelimit-reset']);
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - now);
    }
    if (/secondary rate limit|abuse detection/i.test(response.body.toString('utf8')))
        return SECONDARY_MINIMUM_MS;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-client.ts
// The one GitHub REST client: requests go through the shared HttpClient (timeouts, retries on
// 5xx/429 with Retry-After), to GITHUB_API_URL (GitHub Enterprise Server: https://host/api/v3),
// with the API version pinned. On top it waits out GitHub's rate limits (a 403 or 429 saying so)
// and follows `Link: rel="next"` pages. Routes, parameters and bodies are typed from GitHub's
// OpenAPI description (api-types.ts). Feature calls (check runs, statuses, refs) live beside it.






/** The REST API version every request asks for (GitHub's `X-GitHub-Api-Version`). */
const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Pages of at most 100 items (GitHub's largest `per_page`); a loop of pages stops here. */
const MAX_PAGES = 1000;
class GithubClient {
    baseUrl;
    http;
    token;
    clock;
    options;
    constructor(options) {
        options.setSecret?.(options.token);
        this.options = options;
        this.token = options.token;
        const root = (options.apiUrl || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
        this.baseUrl = new URL(`${root}/`);
        this.clock = options.clock ?? systemClock;
        this.http =
            options.http ??
                new HttpClient({
                    clock: this.clock,
                    onRetry: (message) => options.log?.info(`GitHub API: ${message}`),
                });
    }
    /** One call; a non-2xx answer (after retries) throws GithubApiError with GitHub's message. */
    async request(method, route, parts) {
        const url = this.url(route, parts.path, parts.query);
        return this.send(method, url, `${method} ${route}`, parts.body, parts.idempotent);
    }
    /**
     * Every item of a paginated list: `per_page=100`, then each `Link: rel="next"` page. `items`
     * picks the array out of answers that wrap it (`{ total_count, check_runs: [...] }`).
     */
    async paginate(route, parts, items) {
        const query = { per_page: 100, ...parts.query };
        let url = this.url(route, parts.path, query);
        const seen = new Set();
        const all = [];
        while (url) {
            if (seen.has(url.href) || seen.size >= MAX_PAGES) {
                throw new cib_error/* CibError */.hi(`GitHub API GET ${route}: the Link header leads back to a page already read (or past ${MAX_PAGES} pages)`);
            }
            seen.add(url.href);
            const page = await this.send('GET', url, `GET ${route}`);
            all.push(...items(page.data));
            url = nextPageUrl(page.headers.link);
            // The token goes only to the API's own origin, whatever a Link header says.
            if (url && url.origin !== this.baseUrl.origin)
                url = undefined;
        }
        return all;
    }
    url(route, path, query) {
        const filled = route.replace(/\{(\w+)\}/g, (_, name) => {
            const value = path[name];
            if (value === undefined)
                throw new TypeError(`GitHub route ${route}: no value for {${name}}`);
            // Refs and SHAs may hold slashes (`tags/release/2.0`): each segment is encoded on its own.
            return String(value).split('/').map(encodeURIComponent).join('/');
        });
        const url = new URL(filled.slice(1), this.baseUrl);
        for (const [name, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(name, String(value));
        }
        return url;
    }
    async send(method, url, what, body, idempotent) {
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.token}`,
            'x-github-api-version': GITHUB_API_VERSION,
        };
        const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
        if (payload)
            headers['content-type'] = 'application/json; charset=utf-8';
        const retries = this.options.rateLimitRetries ?? 3;
        const maxWait = this.options.maxRateLimitWaitMs ?? 60_000;
        for (let attempt = 0;; attempt++) {
            const response = await this.http.send({ method, url, headers, body: payload, idempotent });
            if (response.status >= 200 && response.status < 300) {
                return { status: response.status, headers: response.headers, data: parseJson(response.body, what) };
            }
            const wait = rateLimitWait(response, this.clock.now());
            if (wait === undefined || attempt >= retries || wait > maxWait) {
                throw new GithubApiError(what, response.status, response.body);
            }
            this.options.log?.info(`GitHub API: ${what} was rate-limited (${response.status}); waiting ${Math.ceil(wait / 1000)} s`);
            await this.clock.sleep(wait);
        }
    }
}
/** A success answer's JSON; a proxy's HTML page in its place is the network's fault, not a bug. */
function parseJson(body, what) {
    const text = body.toString('utf8');
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new cib_error/* CibError */.hi(`GitHub API ${what} answered with a body that is not JSON`, {
            hint: 'Check GITHUB_API_URL: it must point at the REST API (https://<host>/api/v3 on GitHub Enterprise Server)',
        });
    }
}
/** The client an action uses: GITHUB_API_URL from the runner's environment, the token masked. */
function createGithubClient(rt, token) {
    return new GithubClient({ token, apiUrl: rt.env.GITHUB_API_URL, setSecret: (s) => rt.setSecret(s), log: rt.log });
}

;// CONCATENATED MODULE: ./packages/core/src/registry/digest.ts
// Content digests: computing them from bytes and checking their form. node:crypto loads on the
// first digest computed, not with the module: references (and so every action's input checks)
// use this file's checks, and loading node:crypto costs a fifth of node's start-up.
/** node:crypto's hash of `algorithm`, loaded at the first use. */
function createHash(algorithm) {
    return process.getBuiltinModule('node:crypto').createHash(algorithm);
}
const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** The `sha256:<hex>` digest of exactly these bytes. */
function sha256Digest(bytes) {
    return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
/** The algorithm of a digest (`sha512` for `sha512:…`, else `sha256`), as node:crypto names it. */
function digestAlgorithm(like) {
    return like.startsWith('sha512:') ? 'sha512' : 'sha256';
}
/** The digest of these bytes in the algorithm `like` uses (sha256 or sha512). */
function digestLike(like, bytes) {
    const algorithm = digestAlgorithm(like);
    return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}
/** True for `sha256:` + 64 hex digits (or `sha512:` + 128). */
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/reference.ts
// Image references as users write them (`ghcr.io/org/app:1.2.3`, `app`, `localhost:5000/a@sha256:…`),
// parsed with the rules of the Docker reference grammar: the first path component is a registry
// host only when it has a dot or a colon or is `localhost`; Docker Hub short names get `library/`.


/** The name Docker Hub goes by in references (its other host names are aliases of it). */
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const HOST_PATTERN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** True for any of Docker Hub's host names (`docker.io`, `index.docker.io`, `registry-1.docker.io`). */
function isDockerHubHost(host) {
    return DOCKER_HUB_ALIASES.has(host.toLowerCase());
}
/** A registry host as references write it: `host`, `host:port` or `[ipv6]:port`, no scheme or path. */
function isRegistryHost(text) {
    return HOST_PATTERN.test(text);
}
/** Docker's tag grammar: letters, digits, `_ . -`, not starting with `.` or `-`, at most 128. */
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
/** Text that is not an image reference. `reason` says what is wrong without repeating the text. */
class MalformedReferenceError extends cib_error/* CibError */.hi {
    reason;
    constructor(text, reason) {
        super(`${(0,cib_error/* quoteForMessage */.Hx)(text)} is not an image reference: ${reason}`, {
            hint: 'Write it as host[:port]/path[:tag] or host[:port]/path@sha256:<64 hex digits>, e.g. ghcr.io/org/app:1.2.3',
        });
        this.name = 'MalformedReferenceError';
        this.reason = reason;
    }
}
function malformed(text, reason) {
    return new MalformedReferenceError(text, reason);
}
/**
 * Parses an image reference. Defaults the tag to `latest` only when neither a tag nor a digest
 * is given. Throws a MalformedReferenceError naming what is wrong.
 */
function parseReference(text) {
    const input = text.trim();
    if (input === '')
        throw malformed(text, 'it is empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw malformed(text, `the digest ${(0,cib_error/* quoteForMessage */.Hx)(digest)} is not sha256:<64 hex digits>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/') && !rest.slice(colon).includes(']')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag)) {
            throw malformed(text, `the tag ${(0,cib_error/* quoteForMessage */.Hx)(tag, 40)} is not valid (letters, digits, _ . -, at most 128)`);
        }
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    let registry;
    let repository;
    if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!HOST_PATTERN.test(registry))
            throw malformed(text, `the registry host ${(0,cib_error/* quoteForMessage */.Hx)(registry, 40)} is not valid`);
    }
    else {
        registry = DOCKER_HUB;
        repository = rest;
    }
    if (isDockerHubHost(registry))
        registry = DOCKER_HUB;
    if (repository === '')
        throw malformed(text, 'the repository path is empty');
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw malformed(text, `the path component ${(0,cib_error/* quoteForMessage */.Hx)(component, 40)} is not valid (lower-case letters, digits and . _ - between them)`);
        }
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length > 255)
        throw malformed(text, 'the repository path is longer than 255 characters');
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** `host/repo`, without tag or digest. */
function formatRepository(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** `host/repo:tag`, `host/repo@sha256:…`, or `host/repo:tag@sha256:…` when both are set. */
function formatReference(ref) {
    return `${formatRepository(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The same repository at another tag (any digest dropped). */
function withTag(ref, tag) {
    if (!isValidTag(tag))
        throw malformed(`${formatRepository(ref)}:${tag}`, `the tag ${(0,cib_error/* quoteForMessage */.Hx)(tag)} is not valid`);
    return { registry: ref.registry, repository: ref.repository, tag };
}
/**
 * The same repository pinned to a digest. The tag is kept, so it reads `host/repo:tag@sha256:…`;
 * requests use the digest. Drop the tag yourself (`{ ...ref, tag: undefined }`) when unwanted.
 */
function withDigest(ref, digest) {
    if (!isDigest(digest))
        throw malformed(`${formatRepository(ref)}@${digest}`, 'the digest is not sha256:<64 hex digits>');
    const pinned = { registry: ref.registry, repository: ref.repository, digest };
    if (ref.tag !== undefined)
        pinned.tag = ref.tag;
    return pinned;
}
/** True when both name the same repository on the same registry. */
function sameRepository(a, b) {
    return sameRegistry(a, b) && a.repository === b.repository;
}
/** True when both are on the same registry (host names compare case-insensitively). */
function sameRegistry(a, b) {
    return a.registry.toLowerCase() === b.registry.toLowerCase();
}
/** The host[:port] that serves the registry API: Docker Hub is served at registry-1.docker.io. */
function apiHost(ref) {
    return ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry.toLowerCase();
}
/** What a manifest request names: the digest when known, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}

;// CONCATENATED MODULE: ./packages/core/src/version/version.ts
// Release versions as tags write them: semver (`1.2.3`, `v1.2.3-rc.1+build.5`) and the loose
// forms the seeds' pipelines use (`1.8.7alpha`, `1.2`, `V2`). One parser and one ordering for
// everything that compares releases, so `latest` and the floating tags agree with each other.
// Numeric parts without leading zeros (a leading zero makes `01` and `1` the same tag name
// differently, which we refuse rather than guess). The suffix may follow `-` (semver), `.`
// or nothing when it starts with a letter (`1.8.7alpha`, `1.8.7.rc1`); a digit-only part after a
// dot would be a fourth number (`1.2.3.4`), which is not a version we can order.
const NUM = '(0|[1-9]\\d*)';
const VERSION_PATTERN = new RegExp(`^[vV]?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?` +
    '(?:-([0-9A-Za-z][0-9A-Za-z.-]*)|\\.?([A-Za-z][0-9A-Za-z.-]*))?' +
    '(?:\\+([0-9A-Za-z][0-9A-Za-z.-]*))?$');
/** Splits a suffix into identifiers: on `.` and `-`, then between letters and digits (`alpha2`). */
function prereleaseIdentifiers(suffix) {
    if (suffix === '')
        return [];
    const identifiers = [];
    for (const part of suffix.split(/[.-]/)) {
        if (part === '')
            continue;
        for (const run of part.match(/\d+|\D+/g) ?? []) {
            identifiers.push(/^\d+$/.test(run) ? Number(run) : run.toLowerCase());
        }
    }
    return identifiers;
}
/** Parses a version in the forms above; undefined when `text` is not one. */
function parseVersion(text) {
    const match = VERSION_PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch, dashSuffix, looseSuffix, build] = match;
    const suffix = dashSuffix ?? looseSuffix ?? '';
    // `1.2.3-` or `1.2.3-rc.` would leave empty identifiers: not a version.
    if (/[.-]$/.test(suffix) || /[.-]{2}/.test(suffix))
        return undefined;
    return {
        major: Number(major),
        minor: Number(minor ?? 0),
        patch: Number(patch ?? 0),
        prerelease: prereleaseIdentifiers(suffix),
        suffix,
        build: build ?? '',
        precision: patch !== undefined ? 3 : minor !== undefined ? 2 : 1,
        raw: text.trim(),
    };
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Math.sign(a - b);
    // Semver: numeric identifiers sort before alphanumeric ones.
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Orders two versions as semver does: numbers first, then a release above its prereleases,
 * prereleases identifier by identifier (so `1.8.7alpha < 1.8.7 < 1.8.10 < 1.9.0`). Build metadata
 * is ignored. Returns a negative number, 0 or a positive number.
 */
function compareVersions(a, b) {
    const numbers = Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch);
    if (numbers !== 0)
        return numbers;
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        // A release sorts above its prereleases; two releases are equal.
        return Number(a.prerelease.length === 0) - Number(b.prerelease.length === 0);
    }
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        if (i >= a.prerelease.length)
            return -1;
        if (i >= b.prerelease.length)
            return 1;
        const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** The floating tags a release belongs to: `1.9.1` -> ['1', '1.9']. */
function floatingTagNames(v) {
    return [`${v.major}`, `${v.major}.${v.minor}`];
}

;// CONCATENATED MODULE: ./packages/core/src/version/image-tag.ts
// The one mapping from a version (or any ref-derived name) to an image tag, and back. An image tag
// is `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`; a version may hold `+` (semver build metadata) and a
// name may hold `/` (release/2025.1), which no registry accepts. build-info, manifest-merge and
// latest-manager all go through here, so the tag one action writes is the tag the next one finds.


/** The longest tag the distribution spec (and Docker) accept. */
const MAX_TAG_LENGTH = 128;
/**
 * Sanitises like docker/metadata-action (`sanitizeTag`): every run of characters outside
 * `A-Za-z0-9_.-` becomes one `-`. Beyond what metadata-action does, a leading `.` or `-` (which
 * no registry accepts) is dropped and the result is cut to 128 characters.
 */
function sanitize(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, MAX_TAG_LENGTH);
}
/**
 * The image tag for `text` ('' when nothing usable is left, such as for `+++`). A version with
 * build metadata keeps it after `_` instead of `+` (`1.2.3+build.7` -> `1.2.3_build.7`), Helm's
 * convention for OCI tags: metadata-action's `-` would turn it into `1.2.3-build.7`, which every
 * semver reader takes for a prerelease of 1.2.3. Other text is sanitised as metadata-action does
 * (`release/2025.1` -> `release-2025.1`). A valid tag is returned unchanged.
 */
function imageTagFor(text) {
    if (isValidTag(text))
        return text;
    const version = parseVersion(text);
    if (version?.build) {
        const plus = version.raw.lastIndexOf('+');
        return sanitize(`${version.raw.slice(0, plus)}_${version.raw.slice(plus + 1)}`);
    }
    return sanitize(text.trim());
}
/**
 * The version an image tag names: a version as written, or a version whose build metadata was
 * written after `_` by `imageTagFor` (`1.2.3_build.7` is 1.2.3 with build `build.7`, a release).
 * Undefined when the tag names no version.
 */
function versionOfTag(tag) {
    const direct = parseVersion(tag);
    if (direct)
        return direct;
    const underscore = tag.indexOf('_');
    if (underscore < 0)
        return undefined;
    return parseVersion(`${tag.slice(0, underscore)}+${tag.slice(underscore + 1)}`);
}
/**
 * For an image reference whose tag is not valid (`ghcr.io/org/app:1.2.3+build.7`), the tag
 * `imageTagFor` makes of it; undefined when the tag is valid, absent or leaves nothing.
 */
function fixedTagOf(reference) {
    const name = reference.split('@')[0];
    const colon = name.lastIndexOf(':');
    if (colon < 0 || colon < name.lastIndexOf('/'))
        return undefined;
    const tag = name.slice(colon + 1);
    const fixed = imageTagFor(tag);
    return fixed && fixed !== tag ? fixed : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/inputs.ts
// The one input layer: every action input is read and parsed here, once, at the edge; the rest
// of the code sees typed values, and every bad value fails with an InputError naming the input.
// An action reads through `actionInputs(rt, '<action>')`, typed with the names its action.yml
// declares (action-names.generated.ts), so reading an undeclared input fails `tsc` instead of
// silently giving ''.
//
// Lists, one rule everywhere: items one a line and/or separated by commas; a line whose first
// non-blank character is `#` is a comment; blank lines and empty items are dropped. A `#` later
// in a line is part of the value. Values that may hold commas (key=value lines) are read as lines.
//
// Every reader may fall back to an environment variable (`{ env: 'UPDATE_LATEST_STRATEGY' }`)
// when the input is empty: the variables the original pipelines read, so their users switch
// without renaming anything. An error then names both: `strategy (from UPDATE_LATEST_STRATEGY)`.



/** An action's inputs, typed by its action.yml. */
function actionInputs(rt, _action) {
    return inputsFrom(rt);
}
/** Inputs under names the caller states (tests, the CLI): prefer `actionInputs` in actions. */
function inputsFrom(source) {
    const inputs = { raw: (name) => source.getInput(name), env: source.env ?? {} };
    return inputs;
}
/** The value and the name to blame for it: the input, or the input and the variable it came from. */
function inputs_valueOf(inputs, name, options = {}) {
    const value = inputs.raw(name);
    if (value !== '' || !options.env)
        return { value, label: name };
    return { value: (inputs.env[options.env] ?? '').trim(), label: `${name} (from ${options.env})` };
}
/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
function readString(inputs, name, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value !== '')
        return value;
    if (options.required)
        throw new input_error_InputError(label, value, 'a value (this input is required)');
    return options.fallback ?? '';
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/**
 * A secret input (a password, a token, a key), registered with `mask` (the Runtime's setSecret)
 * before it is returned, so that nothing, an input error included, can print it.
 */
function readSecret(inputs, name, mask, options = {}) {
    const { value } = inputs_valueOf(inputs, name, options);
    mask(value);
    return value;
}
/**
 * A token sent in an HTTP header (a GitHub token), masked first like any secret. A character an
 * HTTP header cannot carry (a space, a line break, a control character: a token pasted with its
 * newline) is an input error naming the input, not a crash in the HTTP layer; the value is not
 * shown.
 */
function readToken(inputs, name, mask, options = {}) {
    const token = readSecret(inputs, name, mask, options);
    if (!/^[\x21-\x7e]*$/.test(token)) {
        throw new input_error_InputError(name, '***', 'a token of visible ASCII characters (no spaces, line breaks or control characters)', 'Check the secret the input is set from');
    }
    return token;
}
/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
function readBoolean(inputs, name, fallback = false, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new input_error_InputError(label, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function readEnum(inputs, name, allowed, fallback, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new input_error_InputError(label, value, `one of ${allowed.join(', ')}`);
}
/** The input, else the environment variable the original pipeline read, else `fallback`; one of `allowed`. */
function readWithEnv(inputs, name, variable, allowed, fallback) {
    return readEnum(inputs, name, allowed, fallback, { env: variable });
}
/** A number within [min, max]; integers only unless `integer` is false. */
function readNumber(inputs, name, options) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return options.fallback;
    const integer = options.integer ?? true;
    const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    const { min = -Infinity, max = Infinity } = options;
    const unit = options.unit ? ` ${options.unit}` : '';
    const kind = integer ? 'a whole number' : 'a number';
    const range = Number.isFinite(min) && Number.isFinite(max)
        ? ` from ${min} to ${max}${unit}`
        : Number.isFinite(min)
            ? ` of at least ${min}${unit}`
            : unit;
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
        throw new InputError(label, value, `${kind}${range}`);
    }
    return parsed;
}
/** The lines of a value with their numbers as the user wrote them; comments and blanks dropped. */
function numberedLines(value) {
    return value
        .split(/\r?\n/)
        .map((text, index) => ({ line: index + 1, text: text.trim() }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
/** Splits a list by the one rule (lines and/or commas, `#` comment lines, blanks dropped). */
function splitList(value) {
    return numberedLines(value).flatMap(({ text }) => text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''));
}
/** A list input (see the rule at the top of this file). */
function readList(inputs, name, options = {}) {
    return splitList(inputs_valueOf(inputs, name, options).value);
}
/** Non-comment, non-blank lines, trimmed (for values that may themselves contain commas). */
function readLines(inputs, name, options = {}) {
    return numberedLines(inputs_valueOf(inputs, name, options).value).map(({ text }) => text);
}
/** `key=value` lines; `keyPattern` checks the keys. Later lines win; errors give the line as written. */
function readKeyValues(inputs, name, keyPattern = /^[A-Za-z0-9_.\-/]+$/) {
    const result = new Map();
    for (const { line, text } of numberedLines(inputs.raw(name))) {
        const eq = text.indexOf('=');
        const key = eq > 0 ? text.slice(0, eq).trim() : '';
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new InputError(name, text, `key=value lines (line ${line} is not one)`);
        }
        result.set(key, text.slice(eq + 1).trim());
    }
    return result;
}
/** An http(s) URL. */
function readHttpUrl(inputs, name) {
    const value = inputs.raw(name);
    if (value === '')
        return undefined;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
        throw new InputError(name, value, 'an http:// or https:// URL');
    }
    return url;
}
const IMAGE_EXAMPLES = {
    repository: 'a repository such as ghcr.io/org/app',
    source: 'an image reference like ghcr.io/org/app:1.2.3',
    tag: 'an image reference like ghcr.io/org/app:1.2.3',
};
/** A required list of image references, each parsed; the first bad one fails naming the input. */
function readImages(inputs, name, kind) {
    const items = readList(inputs, name);
    if (items.length === 0) {
        throw new input_error_InputError(name, '', kind === 'repository'
            ? 'one or more repositories, such as ghcr.io/org/app'
            : 'at least one image reference (this input is required)');
    }
    return items.map((item) => {
        let ref;
        try {
            ref = parseReference(item);
        }
        catch (error) {
            // The parser's message repeats the value and an example; keep only why it is malformed.
            if (!(error instanceof MalformedReferenceError))
                throw error;
            // A version such as 1.2.3+build.7 is written 1.2.3_build.7 as a tag (build-info's version output).
            const fixed = fixedTagOf(item);
            const asTag = fixed ? `; as an image tag it is written ${fixed} (build-info's version output)` : '';
            throw new input_error_InputError(name, item, IMAGE_EXAMPLES[kind], `Here ${error.reason}${asTag}`);
        }
        if (kind === 'tag' && ref.digest)
            throw new input_error_InputError(name, item, 'a tag to push to (not a digest)');
        return kind === 'repository' ? { registry: ref.registry, repository: ref.repository } : ref;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/runtime-memory/gc-nudge.ts
// Keeps V8's young generation small while a stream runs: the "GC nudge" shared by the registry
// blob copy and the quality report readers. Streams that hand on buffers or cut strings and
// objects from chunks make garbage V8 sees only by small wrappers (a Buffer's memory lives outside
// the heap) or that it lets pile up: it collects the young generation when it is full, and grows
// it (up to 16 MB a semi-space, 48 MB committed) while anything survives. Both cost RSS a
// small-heap process never needs. A minor collection of a heap this small takes about a
// millisecond, so one every few MB is cheap (bench/promotion.mjs for the copy,
// bench/quality-gate.mjs for the reports).
/** Bytes passed between two young-generation collections. */
const NUDGE_EVERY_BYTES = 4 * 1024 * 1024;
let collect;
let preparing;
let capped = false;
/**
 * Reaches V8's `gc` the documented way (`--expose-gc`, then a new context's global). Loaded when
 * a stream starts, not when an action starts: node:v8 and node:vm cost start-up time an action
 * that fails on its inputs should not pay. Without it (a runtime that refuses), no nudges.
 */
async function prepareGcNudge(options = {}) {
    preparing ??= Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 877, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 714, 23))]).then(([v8, vm]) => {
        v8.setFlagsFromString('--expose-gc');
        collect = vm.runInNewContext('gc');
    }, () => undefined);
    await preparing;
    if (options.capYoungGeneration && !capped) {
        capped = true;
        // V8 reads the growth factor each time it would grow the young generation; 1 keeps its size.
        const v8 = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 877, 23)).catch(() => undefined);
        v8?.setFlagsFromString('--semi-space-growth-factor=1');
    }
}
/**
 * Every how many nudges the report readers ask for a full collection (every 64 MB). Their
 * survivors (a chunk's last objects, kept failures) reach the old generation, which V8 lets grow
 * by what piled up before it marks: a 1 GB JUnit report peaked at 88-97 MB, 84 MB with this. A
 * full collection of their small heap takes a few milliseconds.
 */
const REPORT_FULL_EVERY = 16;
/** Counts the bytes (or characters) one stream has passed and nudges every `every` of them. */
class GcNudge {
    every;
    fullEvery;
    collectNow;
    passed = 0;
    nudges = 0;
    /**
     * `fullEvery`: make every n-th nudge a full collection (0: minor ones only). `collectNow`: V8's
     * gc once prepared; a test gives its own to see which collections were asked for, since V8 may
     * run a requested minor collection as a full one.
     */
    constructor(every = NUDGE_EVERY_BYTES, fullEvery = 0, collectNow = (options) => collect?.(options)) {
        this.every = every;
        this.fullEvery = fullEvery;
        this.collectNow = collectNow;
    }
    /** Records `bytes` more passed; asks for a collection when `every` have piled up. */
    passedBytes(bytes) {
        this.passed += bytes;
        if (this.passed < this.every)
            return;
        this.passed = 0;
        this.nudges++;
        this.collectNow({ type: this.fullEvery > 0 && this.nudges % this.fullEvery === 0 ? 'major' : 'minor' });
    }
}
/** The nudge a report reader runs with: prepared with the young generation capped, a full collection every 64 MB. */
async function reportGcNudge() {
    await prepareGcNudge({ capYoungGeneration: true });
    return new GcNudge(NUDGE_EVERY_BYTES, REPORT_FULL_EVERY);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/blob-stream.ts



/**
 * Bytes pass on as they come, hashed on the way, except the latest chunk, held back until the
 * next arrives. At the end the digest and size are checked and only then does the held chunk go
 * on: an upload whose server commits on the last byte never commits content that does not match.
 * Fails with `mismatch(actual)` (`actual` names the digest or the byte count found).
 */
function verifyingStream(digest, size, mismatch) {
    const algorithm = digestAlgorithm(digest);
    const hash = createHash(algorithm);
    let seen = 0;
    let held;
    // The buffers handed on are garbage once sent (see gc-nudge.ts; bench/promotion.mjs measures it).
    const nudge = new GcNudge();
    return new (stream().Transform)({
        transform(chunk, _encoding, done) {
            seen += chunk.length;
            if (seen > size) {
                done(mismatch(`more than the ${size} bytes its descriptor says`));
                return;
            }
            hash.update(chunk);
            nudge.passedBytes(chunk.length);
            if (held)
                this.push(held);
            held = chunk;
            done();
        },
        flush(done) {
            if (seen !== size) {
                done(mismatch(`${seen} bytes, not the ${size} its descriptor says`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            if (actual !== digest) {
                done(mismatch(actual));
                return;
            }
            done(null, held);
        },
    });
}
/**
 * Cuts `source` into consecutive pieces: each `next(n)` is a stream of the next `n` bytes (fewer
 * only when the source ends). Take one piece to its end before asking for the next.
 */
function pieces(source) {
    const iterator = source[Symbol.asyncIterator]();
    let rest;
    async function* piece(n) {
        for (let left = n; left > 0;) {
            let chunk = rest;
            rest = undefined;
            if (!chunk) {
                const read = await iterator.next();
                if (read.done)
                    return;
                chunk = read.value;
            }
            if (chunk.length > left) {
                rest = chunk.subarray(left);
                chunk = chunk.subarray(0, left);
            }
            left -= chunk.length;
            yield chunk;
        }
    }
    return { next: (n) => stream().Readable.from(piece(n), { objectMode: false }) };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/errors.ts
// A registry's refusal or failure, with the HTTP status, the OCI error code and the reference
// it was about, so callers can tell "does not exist" from "not allowed" from "down"; and the one
// table of hints saying what to do about each refusal, turned into errors by one pure function.

class RegistryError extends cib_error/* CibError */.hi {
    /** HTTP status, 0 when no response came (connection error, timeout). */
    status;
    code;
    /** The image reference (or repository) the request was about. */
    reference;
    constructor(message, details) {
        super(message, { hint: details.hint, cause: details.cause });
        this.name = 'RegistryError';
        this.status = details.status;
        this.code = details.code;
        this.reference = details.reference;
    }
}
/** The first error of an OCI error body (`{"errors":[{"code","message"}]}`), if it is one. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body.toString());
        const first = parsed.errors?.[0];
        if (first && typeof first.code === 'string') {
            return { code: first.code, message: typeof first.message === 'string' ? first.message : '' };
        }
    }
    catch {
        // Not JSON: proxies and load balancers answer with HTML.
    }
    return undefined;
}
const notAllowed = (f) => `The account used for ${f.registry} is not allowed to ${f.access} ${f.repository}` +
    (f.access === 'push' ? ' (it can read but not push): check its permissions, or log in as one that may' : '');
/**
 * The one table of what to do about a registry's refusal; the first row that matches gives the
 * hint. Registries word immutable tags differently: ECR answers 400 TAG_INVALID "... cannot be
 * overwritten because the repository is immutable", others answer with "immutable" and 403/409.
 */
const REGISTRY_HINTS = [
    {
        name: 'immutable tag',
        matches: (f) => /immutab|cannot be overwritten/i.test(f.message),
        hint: () => 'The repository has immutable tags (ECR: image tag mutability IMMUTABLE), so an existing tag cannot move: make its tags mutable, or release without moving tags',
    },
    {
        name: 'tag refused',
        matches: (f) => f.status === 400 && f.code === 'TAG_INVALID',
        hint: () => 'The registry refused the tag: some registries refuse overwriting an immutable tag with TAG_INVALID',
    },
    {
        name: 'token lacks the scope',
        matches: (f) => f.status === 401 && f.credentialsRefused && /insufficient_scope/.test(f.challenge),
        hint: notAllowed,
    },
    {
        name: 'credentials refused',
        matches: (f) => f.status === 401 && f.credentialsRefused,
        hint: (f) => `The registry refused the credentials for ${f.registry}: check the username and password (or token)`,
    },
    {
        name: 'not logged in',
        matches: (f) => f.status === 401,
        hint: (f) => `Log in to ${f.registry} with an account that can access ${f.repository}: give username and password, or run docker/login-action first`,
    },
    { name: 'forbidden', matches: (f) => f.status === 403 || f.code === 'DENIED', hint: notAllowed },
    { name: 'not found', matches: (f) => f.status === 404, hint: (f) => `Check that ${f.reference} exists` },
    {
        name: 'too large',
        matches: (f) => f.status === 413,
        hint: (f) => `${f.registry} (or a proxy in front of it) refused the request as too large: raise its body size limit (nginx: client_max_body_size)`,
    },
    {
        name: 'rate limited',
        matches: (f) => f.status === 429 || f.code === 'TOOMANYREQUESTS',
        hint: () => 'The registry kept rate-limiting after several retries; try again later or log in for a higher limit',
    },
];
/** The hint of the first row of REGISTRY_HINTS that matches, if any. */
function registryHint(facts) {
    return REGISTRY_HINTS.find((row) => row.matches(facts))?.hint(facts);
}
/** The OCI code a status stands for when the registry sent none. */
function codeOfStatus(status) {
    return status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : status === 429 ? 'TOOMANYREQUESTS' : undefined;
}
/**
 * The RegistryError for an answer that was not what `action` needed: `Could not <action>
 * <reference>: HTTP <status> <code>: <registry's message>`, with the table's hint.
 */
function registryFailure(answer, request) {
    const parsed = parseErrorBody(answer.body);
    const code = parsed?.code ?? codeOfStatus(answer.status);
    const { action, ...about } = request;
    const hint = registryHint({
        ...about,
        status: answer.status,
        code,
        message: parsed?.message ?? '',
        challenge: answer.headers['www-authenticate'] ?? '',
    });
    const detail = parsed?.message ? `: ${parsed.message}` : '';
    return new RegistryError(`Could not ${action} ${request.reference}: HTTP ${answer.status}${code ? ` ${code}` : ''}${detail}`, { status: answer.status, code, reference: request.reference, hint });
}
/** Content that does not match its digest: never trusted, never retried. */
function digestMismatch(reference, expected, actual) {
    return new RegistryError(`Digest mismatch for ${reference}: expected ${expected}, got ${actual}`, {
        status: 0,
        code: 'DIGEST_MISMATCH',
        reference,
        hint: 'The registry or a proxy changed the content; do not trust it',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/http/redirects.ts
// Following redirects on top of the HTTP client, and the one rule for where credentials go:
// the Authorization header is sent to the first URL's origin (scheme, host and port) only, and
// once the chain has left that origin it is not sent again, even if a later redirect comes
// back. Userinfo in a Location is never used, and only http(s) targets are followed.


/** A redirect that was not followed: too many of them, or a target that is not http(s). */
class RedirectError extends cib_error/* CibError */.hi {
    /** The redirect answer that was not followed. */
    response;
    constructor(message, response) {
        super(message);
        this.name = 'RedirectError';
        this.response = response;
    }
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The Location a redirect answer points to, or undefined when the answer is not a redirect. */
function redirectLocation(response) {
    return REDIRECT_STATUSES.has(response.status) ? response.headers.location || undefined : undefined;
}
/**
 * Sends `request` through `http` (timeouts and retries per hop) and follows redirects.
 * Only GET and HEAD are followed, with the same method and headers; any other method gets the
 * redirect answer back, since resending a body elsewhere is the caller's decision. Throws
 * RedirectError past `maxRedirects` or for a non-http(s) target; HttpNetworkError as `send` does.
 */
function sendFollowingRedirects(http, request, options = {}) {
    return follow((hop) => http.send(hop), (answer) => answer, request, options);
}
/**
 * As `sendFollowingRedirects`, with the last answer's body streaming (`HttpClient.open`). The
 * bodies of redirect answers are drained; a RedirectError's answer comes without its body.
 */
function openFollowingRedirects(http, request, options = {}) {
    return follow((hop) => http.open(hop), (answer) => {
        answer.body.resume();
        return { ...answer, body: Buffer.alloc(0) };
    }, request, options);
}
async function follow(send, 
/** Done with a redirect answer: what a RedirectError carries. */
passed, request, options) {
    if (request.url.username || request.url.password) {
        // node:http would turn them into a Basic header behind our back, on every hop.
        throw new TypeError(`give the credentials of ${redactUrl(request.url)} as options.authorization, not in the URL`);
    }
    const maxRedirects = options.maxRedirects ?? 10;
    const origin = request.url.origin;
    const follows = request.method === 'GET' || request.method === 'HEAD';
    let url = request.url;
    let credentialsDropped = false;
    for (let redirects = 0;; redirects++) {
        if (url.origin !== origin)
            credentialsDropped = true;
        const headers = { ...request.headers };
        if (options.authorization && !credentialsDropped)
            headers.authorization = options.authorization;
        const response = await send({ ...request, url, headers, body: redirects === 0 ? request.body : undefined });
        const location = follows ? redirectLocation(response) : undefined;
        if (location === undefined)
            return { ...response, redirects, credentialsDropped };
        const done = passed(response);
        if (redirects >= maxRedirects) {
            throw new RedirectError(`${redactUrl(request.url)}: more than ${maxRedirects} redirects`, done);
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw new RedirectError(`${redactUrl(url)}: redirect to a ${next.protocol} URL refused`, done);
        }
        // Credentials come only from the caller, never from a server's Location header.
        next.username = '';
        next.password = '';
        url = next;
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/core/src/http/basic-auth.ts
// HTTP Basic credentials (RFC 7617): base64 of `user:password`, the form registries, token
// services and verify URLs take them in, and the form a log could show them in (so it is masked).
/** base64 of `username:password`, as in a Basic header or a Docker config's `auth` field. */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/** The value of an `Authorization: Basic …` header. */
function basicAuthorization(username, password) {
    return `Basic ${basicCredentials(username, password)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/credentials.ts
// Where registry credentials come from: the action's inputs first, then the Docker config file
// that docker/login-action and `docker login` write (`$DOCKER_CONFIG/config.json`, default
// ~/.docker): `auths.<host>.auth` (base64 user:password), `credHelpers.<host>` or `credsStore`
// naming a `docker-credential-<name>` program that answers `get` with the host on stdin.






/** The key Docker uses for Docker Hub in config files and credential helpers. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry; Docker Hub has several names. */
function normalizeRegistryHost(key) {
    const host = key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return isDockerHubHost(host) ? DOCKER_HUB : host;
}
/** Looks credentials up once per registry host and remembers the answer. */
class CredentialSource {
    options;
    cache = new Map();
    config;
    explicit = new Map();
    constructor(options = {}) {
        this.options = options;
        for (const [host, credentials] of Object.entries(options.explicit ?? {})) {
            this.explicit.set(normalizeRegistryHost(host), credentials);
            this.mask(credentials);
        }
    }
    /** The credentials for a registry host (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), if any. */
    get(registry) {
        const host = normalizeRegistryHost(registry);
        let found = this.cache.get(host);
        if (!found) {
            found = this.lookup(host);
            this.cache.set(host, found);
        }
        return found;
    }
    async lookup(host) {
        const given = this.explicit.get(host);
        if (given)
            return given;
        const config = await this.readConfig();
        if (!config)
            return undefined;
        const helper = config.credHelpers?.[this.configKey(config.credHelpers, host) ?? ''] ?? config.credsStore;
        if (helper) {
            const fromHelper = await this.fromHelper(helper, host);
            if (fromHelper)
                return fromHelper;
        }
        const entry = config.auths?.[this.configKey(config.auths, host) ?? ''];
        if (!entry)
            return undefined;
        let credentials;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                credentials = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
        else if (entry.username && entry.password) {
            credentials = { username: entry.username, password: entry.password };
        }
        if (entry.identitytoken)
            credentials = {
                username: credentials?.username ?? '',
                password: credentials?.password ?? '',
                identityToken: entry.identitytoken,
            };
        if (credentials) {
            this.mask(credentials);
            this.options.log?.debug(`Using credentials for ${host} from ${this.configPath()}`);
        }
        return credentials;
    }
    /** The key of `entries` that names `host` (`ghcr.io`, `https://ghcr.io`, `https://index.docker.io/v1/`). */
    configKey(entries, host) {
        if (!entries)
            return undefined;
        return Object.keys(entries).find((key) => normalizeRegistryHost(key) === host);
    }
    configPath() {
        const env = this.options.env ?? process.env;
        const dir = this.options.dockerConfigDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_namespaceObject.join)(env.HOME ?? (0,external_node_os_namespaceObject.homedir)(), '.docker');
        return (0,external_node_path_namespaceObject.join)(dir, 'config.json');
    }
    readConfig() {
        this.config ??= (async () => {
            const path = this.configPath();
            let text;
            try {
                text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
            }
            catch {
                return undefined;
            }
            try {
                return JSON.parse(text);
            }
            catch (error) {
                throw new cib_error/* CibError */.hi(`The Docker config ${path} is not valid JSON: ${(0,cib_error/* errorMessage */.gJ)(error)}`, {
                    hint: 'Fix or remove it, or give username and password as inputs',
                });
            }
        })();
        return this.config;
    }
    async fromHelper(helper, host) {
        const program = `docker-credential-${helper}`;
        const exec = this.options.exec ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 534))).execProcess;
        const serverUrl = host === DOCKER_HUB ? DOCKER_HUB_KEY : host;
        const env = this.options.env ? { ...this.options.env } : undefined;
        const result = await exec(program, ['get'], { input: serverUrl, allowFailure: true, timeoutMs: 30000, env });
        if (result.exitCode !== 0) {
            // "credentials not found in native keychain" is the helpers' way of saying "none here".
            if (/not found/i.test(result.stdout + result.stderr))
                return undefined;
            throw new cib_error/* CibError */.hi(`The credential helper ${program} failed for ${host} (exit code ${result.exitCode})`, {
                hint: `Check that ${program} works: echo ${serverUrl} | ${program} get`,
            });
        }
        let answer;
        try {
            answer = JSON.parse(result.stdout);
        }
        catch {
            throw new cib_error/* CibError */.hi(`The credential helper ${program} answered something that is not JSON for ${host}`, {
                hint: `Check that ${program} works: echo ${serverUrl} | ${program} get`,
            });
        }
        if (!answer.Secret)
            return undefined;
        this.options.maskSecret?.(answer.Secret);
        this.options.log?.debug(`Using credentials for ${host} from ${program}`);
        if (answer.Username === '<token>')
            return { username: '', password: '', identityToken: answer.Secret };
        return { username: answer.Username ?? '', password: answer.Secret };
    }
    mask(credentials) {
        const mask = this.options.maskSecret;
        if (!mask)
            return;
        if (credentials.password)
            mask(credentials.password);
        if (credentials.identityToken)
            mask(credentials.identityToken);
        mask(basicCredentials(credentials.username, credentials.password));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/request.ts





const MAX_REDIRECTS = 5;
/** Error answers read whole before turning them into a RegistryError; nobody sends more. */
const MAX_ERROR_BODY = 64 * 1024;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
function pullScope(ref) {
    return `repository:${ref.repository}:pull`;
}
function pushScope(ref) {
    return `repository:${ref.repository}:pull,push`;
}
class RegistryRequests {
    http;
    auth;
    credentials;
    options;
    insecure;
    /** When this client last wrote each `repository@reference`. */
    written = new Map();
    /** Origins asked `GET /v2/` for their auth challenge, or that answered without one. */
    pinged = new Set();
    constructor(http, auth, credentials, options) {
        this.http = http;
        this.auth = auth;
        this.credentials = credentials;
        this.options = options;
        this.insecure = new Set((options.insecureHosts ?? []).map((host) => normalizeRegistryHost(host)));
    }
    /** Sends a request with auth, redirects, retries and the 404-after-write wait; the answer read whole. */
    send(spec) {
        return this.waitingForWrites(spec, (hop, auth) => this.follow(spec, hop, auth), () => undefined);
    }
    /** As `send` for a GET whose answer's body streams (blob copies): read it or destroy it. */
    open(spec) {
        return this.waitingForWrites(spec, (hop, auth) => this.followStream(spec, hop, auth), (answer) => void answer.body.resume());
    }
    /** A streamed answer read whole (bounded), to turn a refusal into an error. */
    async whole(answer) {
        const body = await readBody(answer.body, { method: 'GET', url: answer.url, maxBodyBytes: MAX_ERROR_BODY }).catch(() => Buffer.alloc(0));
        return { ...answer, body };
    }
    /** The RegistryError for an answer that is not what `action` needed (errors.ts says which hint). */
    failure(answer, ref, action, access = 'pull') {
        return registryFailure(answer, {
            action,
            access,
            reference: formatReference(ref),
            registry: ref.registry,
            repository: ref.repository,
            credentialsRefused: answer.credentialsRefused === true,
        });
    }
    /**
     * `https://host`, or `http://host` for loopback hosts and those listed as insecure. Plain HTTP
     * is taken as said, not tried after HTTPS: a listed host that also speaks TLS still gets HTTP.
     */
    origin(ref) {
        const host = apiHost(ref);
        return `${this.allowsPlainHttp(host) ? 'http' : 'https'}://${host}`;
    }
    /** Loopback hosts, and hosts the user listed as insecure. */
    allowsPlainHttp(host) {
        return LOOPBACK.test(host) || this.insecure.has(normalizeRegistryHost(host));
    }
    /** Whether this client wrote `reference` (tag or digest) in the repository a moment ago. */
    wasWritten(ref, reference) {
        const at = this.written.get(`${formatRepository(ref)}@${reference}`);
        return at !== undefined && this.options.clock.now() - at < this.options.propagationMs;
    }
    markWritten(ref, reference) {
        this.written.set(`${formatRepository(ref)}@${reference}`, this.options.clock.now());
    }
    /** Network failures (no answer) as the RegistryError callers get. */
    unreachable(error, ref) {
        return new RegistryError(`Could not reach ${ref.registry}: ${error.message}`, {
            status: 0,
            code: error.code === 'ETIMEDOUT' ? 'TIMEOUT' : 'NETWORK',
            reference: formatReference(ref),
            cause: error,
            hint: /^(EPROTO|ERR_SSL|ECONNRESET)/.test(error.code) && error.url.protocol === 'https:'
                ? `If ${error.url.host} serves plain HTTP, list it in the registry-insecure input`
                : 'Check the registry host and that the runner can reach it (we retried with backoff)',
        });
    }
    async waitingForWrites(spec, hop, discard) {
        let waited = 0;
        for (let wait = 200;; wait = Math.min(wait * 2, 2000)) {
            const response = await this.authorized(spec, hop, discard);
            if (response.status !== 404 || !spec.justWritten || waited >= this.options.propagationMs)
                return response;
            discard(response);
            this.options.log?.debug(`${spec.method} ${formatReference(spec.ref)}: 404 right after writing it; waiting for the registry`);
            await this.options.clock.sleep(wait);
            waited += wait;
        }
    }
    async authorized(spec, hop, discard) {
        const origin = this.origin(spec.ref);
        const registry = spec.ref.registry;
        const url = new URL(spec.path, origin);
        let scopes = spec.scopes;
        if (spec.body && !this.pinged.has(origin) && !this.auth.knows(origin) && (await this.credentials.get(registry))) {
            // Learn the challenge with `GET /v2/` rather than send a whole body only to get a 401.
            this.pinged.add(origin);
            const ping = await this.follow({ ...spec, method: 'GET', body: undefined, headers: {} }, new URL('/v2/', origin));
            if (ping.status === 401)
                await this.auth.onUnauthorized(origin, registry, scopes, ping, undefined);
        }
        for (let attempt = 0;; attempt++) {
            const auth = await this.auth.authorization(origin, registry, scopes);
            const response = await hop(url, auth);
            if (response.status !== 401) {
                // Answered without a challenge: no need to ask `GET /v2/` for one later.
                if (!auth)
                    this.pinged.add(origin);
                return response;
            }
            const refused = auth !== undefined && (await this.credentials.get(registry)) !== undefined;
            const answer = refused ? { ...response, credentialsRefused: true } : response;
            // A stream cannot be sent again: learn the challenge for the caller's next attempt.
            const replayable = !isStreamBody(spec.body);
            if (attempt >= 3)
                return answer;
            const next = await this.auth.onUnauthorized(origin, registry, scopes, response, auth);
            if (!next || !replayable)
                return answer;
            discard(response);
            scopes = next;
        }
    }
    /**
     * One request, following redirects (http/redirects.ts): credentials go only to the registry's
     * own origin, and not again once a redirect has left it (blob storage on another host).
     */
    async follow(spec, start, auth) {
        try {
            return await sendFollowingRedirects(this.http, this.request(spec, start), this.followOptions(spec, start, auth));
        }
        catch (error) {
            return this.failedHop(error, spec);
        }
    }
    async followStream(spec, start, auth) {
        try {
            return await openFollowingRedirects(this.http, this.request(spec, start), this.followOptions(spec, start, auth));
        }
        catch (error) {
            const answer = this.failedHop(error, spec);
            return { ...answer, body: stream().Readable.from([answer.body]) };
        }
    }
    request(spec, start) {
        return { method: spec.method, url: start, headers: spec.headers, body: spec.body, idempotent: spec.idempotent };
    }
    followOptions(spec, start, auth) {
        const registryOrigin = this.origin(spec.ref);
        return {
            authorization: auth && start.origin === registryOrigin ? auth.header : undefined,
            maxRedirects: MAX_REDIRECTS,
        };
    }
    /** Too many redirects, or one to a non-HTTP URL: the redirect answer fails as any other would. */
    failedHop(error, spec) {
        if (error instanceof RedirectError) {
            this.options.log?.warning(error.message);
            return error.response;
        }
        if (error instanceof HttpNetworkError)
            throw this.unreachable(error, spec.ref);
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/blob-copy.ts










const OCTETS = 'application/octet-stream';
class BlobTransfer {
    requests;
    options;
    /** Origins that refused a whole blob in one PUT (413): they get chunks. */
    chunked = new Set();
    /** Copies streaming at once: fewer than the client's request slots, so an upload never waits long for one. */
    streams;
    constructor(requests, options) {
        this.requests = requests;
        this.options = options;
        this.streams = new Limiter(Math.max(1, Math.floor(options.maxConcurrency / 2)));
    }
    /** True when the repository has the blob. */
    async hasBlob(repo, digest) {
        const response = await this.requests.send({
            method: 'HEAD',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.requests.wasWritten(repo, digest),
        });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw this.requests.failure(response, { ...repo, digest }, 'check the blob in');
    }
    /** The blob's bytes, read whole and checked against its digest (configs, small blobs). */
    async getBlob(repo, digest) {
        const response = await this.requests.send({
            method: 'GET',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.requests.wasWritten(repo, digest),
        });
        if (response.status !== 200)
            throw this.requests.failure(response, { ...repo, digest }, 'read the blob of');
        const actual = digestLike(digest, response.body);
        if (actual !== digest)
            throw digestMismatch(formatReference({ ...repo, digest }), digest, actual);
        return response.body;
    }
    /** Pushes bytes in one piece (POST for a session, PUT with the bytes). Returns their digest. */
    async uploadBlob(repo, bytes) {
        const digest = sha256Digest(bytes);
        const response = await this.put(repo, await this.startUpload(repo), digest, bytes);
        if (response.status !== 201 && response.status !== 204) {
            throw this.requests.failure(response, { ...repo, digest }, 'upload a blob to', 'push');
        }
        return digest;
    }
    /**
     * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
     * same registry, else a streamed copy from `from` (also when the mount is refused).
     */
    async copyBlob(from, to, descriptor) {
        const { digest } = descriptor;
        if (await this.hasBlob(to, digest))
            return 'present';
        let session;
        if (sameRegistry(from, to)) {
            const query = new URLSearchParams({ mount: digest, from: from.repository });
            const response = await this.requests.send({
                method: 'POST',
                ref: to,
                path: `/v2/${to.repository}/blobs/uploads/?${query.toString()}`,
                scopes: [pushScope(to), pullScope(from)],
                // A second mount request mounts nothing twice; at worst it opens one more upload session.
                idempotent: true,
            });
            if (response.status === 201) {
                this.requests.markWritten(to, digest);
                return 'mounted';
            }
            if (response.status !== 202)
                throw this.requests.failure(response, to, 'mount a blob into', 'push');
            // 202: the registry opened an upload session instead; use it.
            session = this.uploadLocation(to, response);
        }
        await this.streams.run(() => this.copyAttempts(from, to, descriptor, session));
        return 'uploaded';
    }
    /** Streams the blob until one attempt lands, starting over (new GET, new session) on failures worth it. */
    async copyAttempts(from, to, descriptor, session) {
        const { digest } = descriptor;
        await prepareGcNudge();
        for (let attempt = 0;; attempt++) {
            const failed = await this.stream(from, to, descriptor, session ?? (await this.startUpload(to)));
            if (!failed)
                return;
            session = undefined;
            const what = `Copying ${digest} to ${formatRepository(to)} failed (${(0,cib_error/* errorMessage */.gJ)(failed.error)}); starting it over`;
            if (!(await this.requests.http.backOff(attempt, what, failed.answer)))
                throw failed.error;
            // An upload whose answer was lost may have landed.
            if (await this.hasBlob(to, digest))
                return;
        }
    }
    /**
     * One attempt: the source's GET body, checked on the way, into the upload. Returns what failed
     * it when another attempt may succeed; throws what another attempt cannot mend.
     */
    async stream(from, to, descriptor, session) {
        const { digest, size } = descriptor;
        const blobRef = formatReference({ ...from, digest });
        const source = await this.requests.open({
            method: 'GET',
            ref: from,
            path: `/v2/${from.repository}/blobs/${digest}`,
            scopes: [pullScope(from)],
            justWritten: this.requests.wasWritten(from, digest),
        });
        if (source.status !== 200) {
            throw this.requests.failure(await this.requests.whole(source), { ...from, digest }, 'read the blob of');
        }
        let sourceFailure;
        source.body.once('error', (error) => (sourceFailure = error));
        const checked = verifyingStream(digest, size, (actual) => digestMismatch(blobRef, digest, actual));
        stream().pipeline(source.body, checked, () => undefined);
        try {
            const answer = this.chunked.has(this.requests.origin(to))
                ? await this.patchChunks(to, session, descriptor, checked)
                : await this.put(to, session, digest, checked, size);
            if (answer.status === 201 || answer.status === 204)
                return undefined;
            if (answer.status === 413 && size > 0)
                this.chunked.add(this.requests.origin(to));
            const error = this.requests.failure(answer, { ...to, digest }, 'upload a blob to', 'push');
            // A stream is sent once: a challenge, a lost session, a refusal by size or a retryable
            // status is answered by starting over.
            if ([401, 404, 413].includes(answer.status) || isRetryableStatus(answer.status))
                return { error, answer };
            throw error;
        }
        catch (error) {
            if (sourceFailure instanceof HttpNetworkError)
                return { error: this.requests.unreachable(sourceFailure, from) };
            if (error instanceof RegistryError && error.status === 0 && error.code !== 'DIGEST_MISMATCH')
                return { error };
            throw error;
        }
        finally {
            checked.destroy();
        }
    }
    /** The blob in PATCH chunks of `chunkSize`, then the closing PUT. */
    async patchChunks(to, session, descriptor, checked) {
        const { digest, size } = descriptor;
        const cut = pieces(checked);
        let location = session;
        for (let offset = 0; offset < size;) {
            const length = Math.min(this.options.chunkSize, size - offset);
            const patched = await this.requests.send({
                method: 'PATCH',
                ref: to,
                path: location.toString(),
                headers: {
                    'content-type': OCTETS,
                    'content-range': `${offset}-${offset + length - 1}`,
                    'content-length': String(length),
                },
                body: cut.next(length),
                scopes: [pushScope(to)],
            });
            if (patched.status !== 202 && patched.status !== 204)
                return patched;
            if (patched.headers.location)
                location = new URL(patched.headers.location, patched.url);
            offset += length;
        }
        // The last piece came out of the check, so the digest was right.
        return this.put(to, location, digest, Buffer.alloc(0));
    }
    /** Closes an upload session with the last bytes (all of them for a monolithic upload). */
    async put(repo, location, digest, body, size) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const headers = { 'content-type': OCTETS };
        if (size !== undefined)
            headers['content-length'] = String(size);
        const response = await this.requests.send({
            method: 'PUT',
            ref: repo,
            path: url.toString(),
            headers,
            body,
            scopes: [pushScope(repo)],
        });
        if (response.status === 201 || response.status === 204) {
            this.requests.markWritten(repo, digest);
        }
        else if (response.status === 404 && Buffer.isBuffer(body) && (await this.hasBlob(repo, digest))) {
            // A retried PUT whose first attempt landed: the session is gone but the blob is there.
            this.requests.markWritten(repo, digest);
            return { ...response, status: 201 };
        }
        return response;
    }
    /** Opens an upload session; returns its location. */
    async startUpload(repo) {
        const started = await this.requests.send({
            method: 'POST',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [pushScope(repo)],
            // An upload session opened twice costs the registry an unused session, nothing more.
            idempotent: true,
        });
        if (started.status !== 202)
            throw this.requests.failure(started, repo, 'start a blob upload to', 'push');
        return this.uploadLocation(repo, started);
    }
    /** The Location of an upload session answer, resolved against the request URL. */
    uploadLocation(repo, response) {
        const location = response.headers.location;
        if (!location) {
            throw new RegistryError(`The registry opened an upload to ${formatRepository(repo)} without a Location`, {
                status: response.status,
                reference: formatRepository(repo),
            });
        }
        return new URL(location, response.url);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/media-types.ts
// The media types a registry serves for images, and the Accept header that asks for all of them.
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** Every manifest media type we read, most specific first: sent as the Accept header. */
const MANIFEST_ACCEPT = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];
/** The media type without parameters (`; charset=utf-8`) and in lower case. */
function baseMediaType(mediaType) {
    return mediaType.split(';')[0].trim().toLowerCase();
}
/** True for an OCI index or a Docker manifest list. */
function isIndexMediaType(mediaType) {
    const base = baseMediaType(mediaType);
    return base === OCI_INDEX || base === DOCKER_MANIFEST_LIST;
}
/** True for an OCI image manifest or a Docker image manifest. */
function isImageManifestMediaType(mediaType) {
    const base = baseMediaType(mediaType);
    return base === OCI_MANIFEST || base === DOCKER_MANIFEST;
}
/** True for any of the four manifest media types. */
function isManifestMediaType(mediaType) {
    return MANIFEST_ACCEPT.includes(baseMediaType(mediaType));
}

;// CONCATENATED MODULE: ./packages/core/src/registry/auth-challenge.ts
// Parses the WWW-Authenticate challenges a registry answers 401 with:
//   Basic realm="Registry"
//   Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull",error="insufficient_scope"
/** Every challenge in the header values (several may share one header, separated by commas). */
function parseAuthChallenges(values) {
    const challenges = [];
    for (const value of values) {
        let i = 0;
        let current;
        const skip = (pattern) => {
            while (i < value.length && pattern.test(value[i]))
                i++;
        };
        const token = () => {
            const start = i;
            while (i < value.length && !/[\s,=]/.test(value[i]))
                i++;
            return value.slice(start, i);
        };
        while (i < value.length) {
            skip(/[\s,]/);
            const word = token();
            if (word === '')
                break;
            skip(/\s/);
            if (value[i] === '=' && current) {
                i++;
                skip(/\s/);
                let param = '';
                if (value[i] === '"') {
                    i++;
                    while (i < value.length && value[i] !== '"') {
                        if (value[i] === '\\' && i + 1 < value.length)
                            i++;
                        param += value[i++];
                    }
                    i++;
                }
                else {
                    param = token();
                }
                current.params[word.toLowerCase()] = param;
            }
            else {
                current = { scheme: word.toLowerCase(), params: {} };
                challenges.push(current);
            }
        }
    }
    return challenges;
}
/** The challenge to answer: Bearer over Basic (a registry offering both prefers tokens). */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

;// CONCATENATED MODULE: ./packages/core/src/registry/registry-auth.ts
// Answers registry auth challenges: Basic with the host's credentials, or Bearer with a token
// fetched from the challenge's realm for the scopes a request needs (anonymously when we have no
// credentials). Tokens are cached per host and scope set; once a host's challenge is known,
// requests carry auth from the start, so each needs no extra 401 round trip.




/** Tokens are used until this long before they expire. */
const EXPIRY_MARGIN_MS = 10000;
/** Tokens are cached per origin and set of scopes, whatever order the scopes come in. */
function tokenKey(origin, scopes) {
    return `${origin} ${[...scopes].sort().join(' ')}`;
}
class RegistryAuth {
    http;
    credentials;
    options;
    challenges = new Map();
    tokens = new Map();
    clock;
    constructor(http, credentials, options = {}) {
        this.http = http;
        this.credentials = credentials;
        this.options = options;
        this.clock = options.clock ?? systemClock;
    }
    /**
     * The Authorization header for a request to `origin` needing `scopes`, once the origin's
     * challenge is known; undefined before (the first request goes out anonymous).
     */
    async authorization(origin, registry, scopes) {
        const challenge = this.challenges.get(origin);
        if (!challenge)
            return undefined;
        const credentials = await this.credentials.get(registry);
        if (challenge.scheme === 'basic') {
            if (!credentials || credentials.identityToken)
                return undefined;
            return { header: basicAuthorization(credentials.username, credentials.password), fresh: false };
        }
        const key = tokenKey(origin, scopes);
        let pending = this.tokens.get(key);
        let fresh = false;
        if (pending) {
            const cached = await pending.catch(() => undefined);
            if (!cached || cached.expiresAt - EXPIRY_MARGIN_MS <= this.clock.now())
                pending = undefined;
        }
        if (!pending) {
            fresh = true;
            pending = this.fetchToken(challenge, registry, scopes);
            this.tokens.set(key, pending);
            pending.catch(() => this.tokens.delete(key));
        }
        return { header: `Bearer ${(await pending).token}`, fresh };
    }
    /**
     * Learns from a 401: records the challenge and returns the scopes to ask for on the next
     * attempt, or undefined when another attempt cannot help (no credentials for Basic, or the
     * credentials just sent were refused).
     */
    async onUnauthorized(origin, registry, scopes, response, sent) {
        const challenge = pickChallenge(parseAuthChallenges(response.rawHeaders['www-authenticate'] ?? []));
        if (!challenge)
            return undefined;
        this.challenges.set(origin, challenge);
        this.tokens.delete(tokenKey(origin, scopes));
        if (challenge.scheme === 'basic') {
            if (sent)
                return undefined;
            const credentials = await this.credentials.get(registry);
            return credentials && !credentials.identityToken ? [...scopes] : undefined;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        const wanted = new Set(scopes);
        let grew = false;
        for (const scope of (challenge.params.scope ?? '').split(' ').filter(Boolean)) {
            if (!wanted.has(scope)) {
                wanted.add(scope);
                grew = true;
            }
        }
        // A token we just fetched, refused for something other than a missing scope: asking again
        // would get the same token.
        if (sent?.fresh && !grew)
            return undefined;
        return [...wanted];
    }
    /** Whether the origin's challenge is known (or it needs none, as far as we saw). */
    knows(origin) {
        return this.challenges.has(origin);
    }
    async fetchToken(challenge, registry, scopes) {
        const realm = challenge.params.realm;
        if (!realm) {
            throw new RegistryError(`The registry ${registry} asked for a Bearer token but named no realm to get it from`, {
                status: 401,
                code: 'UNAUTHORIZED',
                reference: registry,
            });
        }
        const url = new URL(realm);
        const credentials = await this.credentials.get(registry);
        if (credentials && url.protocol !== 'https:' && !this.options.allowsPlainHttp?.(url.host)) {
            throw new RegistryError(`The registry ${registry} sends token requests to ${url.origin}, which is not HTTPS: credentials are not sent over plain HTTP`, {
                status: 401,
                code: 'UNAUTHORIZED',
                reference: registry,
                hint: `If that is intended, list ${url.host} in the registry-insecure input`,
            });
        }
        const service = challenge.params.service;
        let response;
        if (credentials?.identityToken) {
            // OAuth2 refresh-token grant (docker's identity tokens).
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.identityToken,
                client_id: 'cib',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            response = await this.http.send({
                method: 'POST',
                url,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
                // Asking for a token twice gets two tokens and changes nothing.
                idempotent: true,
            });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (credentials) {
                headers.authorization = basicAuthorization(credentials.username, credentials.password);
            }
            response = await this.http.send({ method: 'GET', url, headers });
        }
        if (response.status !== 200) {
            const detail = parseErrorBody(response.body)?.message ?? response.body.toString('utf8').slice(0, 200).trim();
            throw new RegistryError(`The token service ${url.origin}${url.pathname} refused a token for ${registry} (HTTP ${response.status}${detail ? `: ${detail}` : ''})`, {
                status: response.status,
                code: response.status === 401 || response.status === 403 ? 'UNAUTHORIZED' : undefined,
                reference: registry,
                hint: credentials
                    ? `Check the username and password (or token) for ${registry}`
                    : `Log in to ${registry}: give username and password, or run docker/login-action first`,
            });
        }
        let body;
        try {
            body = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The token service ${url.origin}${url.pathname} answered something that is not JSON`, {
                status: response.status,
                reference: registry,
            });
        }
        const token = body.token ?? body.access_token;
        if (!token) {
            throw new RegistryError(`The token service ${url.origin}${url.pathname} answered without a token`, {
                status: response.status,
                reference: registry,
            });
        }
        this.options.maskSecret?.(token);
        // The distribution spec: 60 s when expires_in is absent.
        const lifetimeMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60) * 1000;
        return { token, expiresAt: this.clock.now() + lifetimeMs };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
// The OCI distribution client every cib action uses to talk to a registry: manifests (HEAD, GET,
// PUT, raw bytes kept and digests verified), blobs (registry/blob-copy.ts), tag listing with
// pagination. Auth, redirects, retries, timeouts and bounded concurrency are the request
// pipeline's (registry/request.ts); what a refusal means is errors.ts's. No action sends registry
// HTTP requests by itself.










class RegistryClient {
    requests;
    blobs;
    constructor(options = {}) {
        const log = options.log;
        const clock = options.clock ?? systemClock;
        const maxConcurrency = options.maxConcurrency ?? 8;
        const http = new HttpClient({
            transport: options.transport,
            streamTransport: options.streamTransport,
            timeoutMs: options.timeoutMs,
            maxConcurrency,
            retry: options.retry,
            clock,
            onRetry: (message) => log?.info(message),
        });
        const credentials = new CredentialSource({
            explicit: options.credentials,
            dockerConfigDir: options.dockerConfigDir,
            env: options.env,
            exec: options.exec,
            maskSecret: options.maskSecret,
            log,
        });
        const auth = new RegistryAuth(http, credentials, {
            maskSecret: options.maskSecret,
            allowsPlainHttp: (host) => this.requests.allowsPlainHttp(host),
            clock,
        });
        this.requests = new RegistryRequests(http, auth, credentials, {
            insecureHosts: options.insecureHosts,
            propagationMs: options.propagationMs ?? 10000,
            clock,
            log,
        });
        this.blobs = new BlobTransfer(this.requests, { chunkSize: options.chunkSize ?? 32 * 1024 * 1024, maxConcurrency });
    }
    /** Whether `host` is spoken to over plain HTTP (loopback, `registry-insecure`). */
    allowsPlainHttp(host) {
        return this.requests.allowsPlainHttp(host);
    }
    /** Every HTTP request sent (retries, token requests and redirects included). */
    get stats() {
        return this.requests.http.stats;
    }
    /** Digest, media type and size of a manifest; undefined when it does not exist (404). */
    async headManifest(ref) {
        const response = await this.requests.send({
            method: 'HEAD',
            ref,
            path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.requests.wasWritten(ref, manifestReference(ref)),
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw this.requests.failure(response, ref, 'read the manifest of');
        const digest = response.headers['docker-content-digest'];
        const mediaType = response.headers['content-type'];
        const size = Number(response.headers['content-length']);
        if (!digest || !mediaType || !isManifestMediaType(mediaType) || !Number.isFinite(size)) {
            // Some registries leave the digest out of HEAD answers: the bytes tell.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        if (ref.digest && digest !== ref.digest)
            throw digestMismatch(formatReference(ref), ref.digest, digest);
        return { digest, mediaType: baseMediaType(mediaType), size };
    }
    /** The manifest's exact bytes, parsed; its digest checked against the bytes. */
    async getManifest(ref) {
        const response = await this.requests.send({
            method: 'GET',
            ref,
            path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.requests.wasWritten(ref, manifestReference(ref)),
        });
        if (response.status !== 200)
            throw this.requests.failure(response, ref, 'read the manifest of');
        const bytes = response.body;
        const digest = digestLike(ref.digest ?? 'sha256:', bytes);
        if (ref.digest && digest !== ref.digest)
            throw digestMismatch(formatReference(ref), ref.digest, digest);
        const served = response.headers['docker-content-digest'];
        if (served && served.startsWith(digest.slice(0, 7)) && served !== digest)
            throw digestMismatch(formatReference(ref), served, digest);
        const json = parseJsonBody(bytes, 'The manifest', formatReference(ref), 'MANIFEST_INVALID');
        const header = baseMediaType(response.headers['content-type'] ?? '');
        const mediaType = isManifestMediaType(header) ? header : (json.mediaType ?? header);
        if (!isManifestMediaType(mediaType)) {
            throw new RegistryError(`${formatReference(ref)} is not an image: its manifest has media type ${mediaType || '(none)'}`, {
                status: 200,
                code: 'UNSUPPORTED',
                reference: formatReference(ref),
                hint: 'Give an OCI or Docker (schema 2) image or index',
            });
        }
        return { bytes, mediaType, digest, size: bytes.length, json };
    }
    /**
     * Pushes manifest bytes unchanged with their media type, by the tag or digest of `ref`.
     * Returns the digest, after checking that the registry's answer equals sha256(bytes).
     */
    async putManifest(ref, bytes, mediaType) {
        const ours = sha256Digest(bytes);
        const target = manifestReference(ref);
        const response = await this.requests.send({
            method: 'PUT',
            ref,
            path: `/v2/${ref.repository}/manifests/${target}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: [pushScope(ref)],
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 202) {
            throw this.requests.failure(response, ref, 'push the manifest to', 'push');
        }
        const answered = response.headers['docker-content-digest'];
        if (answered && answered !== ours)
            throw digestMismatch(formatReference(ref), ours, answered);
        this.requests.markWritten(ref, target);
        this.requests.markWritten(ref, ours);
        return ours;
    }
    /** True when the repository has the blob. */
    hasBlob(repo, digest) {
        return this.blobs.hasBlob(repo, digest);
    }
    /** The blob's bytes, read whole and checked against its digest. Redirects to storage get no credentials. */
    getBlob(repo, digest) {
        return this.blobs.getBlob(repo, digest);
    }
    /** Pushes a blob in one piece (POST for a session, PUT with the bytes). Returns its digest. */
    uploadBlob(repo, bytes) {
        return this.blobs.uploadBlob(repo, bytes);
    }
    /**
     * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
     * same registry, else the source's bytes streamed into an upload (registry/blob-copy.ts).
     */
    copyBlob(from, to, descriptor) {
        return this.blobs.copyBlob(from, to, descriptor);
    }
    /** Every tag of the repository, following `Link: <…>; rel="next"` pages; [] when it has none. */
    async listTags(repo, pageSize = 1000) {
        const tags = [];
        let path = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
        // A registry whose Link points back at a page already read would page forever.
        const visited = new Set();
        for (let page = 0; path; page++) {
            if (visited.has(path)) {
                throw new RegistryError(`The tag list of ${formatRepository(repo)} pages in a loop (Link back to ${path})`, {
                    status: 200,
                    reference: formatRepository(repo),
                    hint: 'The registry sent a Link header pointing at a page it had already sent; report it to its operators',
                });
            }
            visited.add(path);
            const response = await this.requests.send({ method: 'GET', ref: repo, path, scopes: [pullScope(repo)] });
            if (response.status === 404 && page === 0) {
                const code = parseErrorBody(response.body)?.code;
                if (code === 'NAME_UNKNOWN' || code === undefined)
                    return [];
            }
            if (response.status !== 200)
                throw this.requests.failure(response, repo, 'list the tags of');
            const body = parseJsonBody(response.body, 'The tag list', formatRepository(repo));
            tags.push(...(body.tags ?? []));
            path = nextLink(response.headers.link);
        }
        return tags;
    }
    /** The image config blob a manifest points to, parsed. */
    async getConfig(ref, manifest) {
        const bytes = await this.getBlob(ref, manifest.config.digest);
        return parseJsonBody(bytes, 'The config blob', formatReference(ref), 'UNSUPPORTED');
    }
}
/** A 200 answer's body parsed as JSON; a RegistryError saying `<what> of <reference> is not JSON` when it is not. */
function parseJsonBody(body, what, reference, code) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new RegistryError(`${what} of ${reference} is not JSON`, { status: 200, code, reference });
    }
}
/** The path of a `Link: </v2/…?last=x&n=100>; rel="next"` header. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
        if (match && /rel="?next"?/i.test(match[2]))
            return match[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/insecure-hosts.ts
// `registry-insecure`: the registry hosts an action may reach over plain HTTP. Its own file, apart
// from login-inputs.ts, so an action that loads the registry client lazily (multiarch-bake) reads
// it without loading the client at start.



/** `registry-insecure`: hosts as `host[:port]`; a URL (`http://x:1`) or a path is an input error. */
function readInsecureHosts(inputs) {
    const hosts = readList(inputs, 'registry-insecure');
    for (const host of hosts) {
        if (!isRegistryHost(host)) {
            const bare = host.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
            const hint = bare !== host && isRegistryHost(bare) ? `Write it as ${bare}` : undefined;
            const expected = 'hosts as host[:port] (registry.local:5000), without scheme or path';
            throw new input_error_InputError('registry-insecure', host, expected, hint);
        }
    }
    return hosts;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/login-inputs.ts
// The registry inputs every registry-facing action shares (`username`, `password`,
// `registry-insecure`), read once, and the client built from them.




/** Reads the login inputs; a username without a password (or the reverse) is an input error. */
function readRegistryLogin(inputs) {
    const username = readString(inputs, 'username');
    const password = readString(inputs, 'password');
    if ((username === '') !== (password === '')) {
        throw new input_error_InputError(username ? 'password' : 'username', '', 'a value when the other of username/password is given');
    }
    return { username, password, insecureHosts: readInsecureHosts(inputs) };
}
/**
 * A client whose input credentials are for `loginRegistry` only, as docker/login-action's are
 * for one registry; other registries take theirs from the Docker config. Every secret the client
 * learns is masked through the runtime.
 */
function createRegistryClient(rt, login, loginRegistry) {
    return new RegistryClient({
        credentials: login.username
            ? { [loginRegistry]: { username: login.username, password: login.password } }
            : undefined,
        insecureHosts: login.insecureHosts,
        maskSecret: (secret) => rt.setSecret(secret),
        log: rt.log,
        env: rt.env,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/version/tag-prefix.ts
// How a version is written as an image tag. Projects tag images `v1.2.3` or `1.2.3` whatever
// their git tags look like; `tag-prefix` says which, and by default both are tried.



/**
 * Reads the `tag-prefix` input: '' or `auto` -> auto, `none` -> no prefix, anything else literal.
 * A literal must be able to start an image tag (with room for the version after it), so a bad
 * one is blamed on this input rather than on the image reference it would make.
 */
function parseTagPrefix(value) {
    if (value === '' || value === 'auto')
        return { kind: 'auto' };
    if (value === 'none')
        return { kind: 'literal', prefix: '' };
    if (!isValidTag(`${value}0`)) {
        throw new input_error_InputError('tag-prefix', value, 'auto, none, or the start of an image tag (letters, digits, _ . -; not starting with . or -; under 128 characters)');
    }
    return { kind: 'literal', prefix: value };
}
/** `v1.2.3` or `V1.2.3` -> `1.2.3` (a `v` before a digit is dropped); other text unchanged. */
function stripV(text) {
    return /^[vV]\d/.test(text) ? text.slice(1) : text;
}
/**
 * The image tags a version may be pushed as, in the order to try them (no duplicates), each
 * written as a valid tag by `imageTagFor` (`v1.2.3+build.7` -> `v1.2.3_build.7`, `1.2.3_build.7`).
 */
function candidateImageTags(versionText, prefix) {
    const bare = stripV(versionText);
    // Text that leaves no tag at all (`+++`) has no candidates.
    if (prefix.kind === 'literal')
        return imageTagFor(bare) ? [prefix.prefix + imageTagFor(bare)] : [];
    // Only a version gets the `v` toggled: a forced `nightly` is just `nightly`.
    const texts = /^\d/.test(bare) ? [versionText, versionText === bare ? `v${bare}` : bare] : [versionText];
    return [...new Set(texts.map(imageTagFor).filter((tag) => tag !== ''))];
}
/**
 * The version an image tag names, or undefined when the tag is not a version tag (`latest`,
 * `main`, `sha-1a2b3c`). With a literal prefix only tags carrying it count.
 */
function versionOfImageTag(tag, prefix) {
    if (prefix.kind === 'literal' && prefix.prefix !== '') {
        if (!tag.startsWith(prefix.prefix))
            return undefined;
        return versionOfTag(tag.slice(prefix.prefix.length));
    }
    return versionOfTag(tag);
}

;// CONCATENATED MODULE: ./packages/core/src/latest/latest-tag.ts
// The `latest-tag` input: the moving tag latest-manager manages (`latest`, `stable`). A name that
// is a version (`1.0.0`, `v1.0.0`, with or without the tag prefix) is a release's own tag, and
// moving it would replace that release: it is refused before anything is read or written.




/** `value` when it is an image tag that names no version; an InputError naming `latest-tag` otherwise. */
function parseLatestTag(value, prefix) {
    if (!isValidTag(value))
        throw new input_error_InputError('latest-tag', value, 'an image tag such as latest or stable');
    if (versionOfTag(value) || versionOfImageTag(value, prefix)) {
        throw new input_error_InputError('latest-tag', value, 'a tag name that is not a version, such as latest or stable', 'A version tag holds that release: moving it would replace the release (use floating-tags for 1 and 1.2)');
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/tag-changes.ts
// What a run did to the tags it wrote. After a failure that follows a write, each write is put
// back where it can be (newest first, only where nobody moved the tag since), and every written
// tag is reported with what it held before, what it holds now and the command that puts it back:
// the error, the job summary and the outputs then say exactly where the run stopped.



/**
 * The command that points `ref` back at `digest`: skopeo copies the manifest by digest to the
 * tag unchanged (`--all` keeps an index whole, so the digest stays the same). Registries served
 * over plain HTTP (loopback, registry-insecure) need TLS verification off.
 */
function restoreCommand(ref, digest, plainHttp) {
    const tls = plainHttp ? ['--src-tls-verify=false', '--dest-tls-verify=false'] : [];
    const source = `docker://${formatRepository(ref)}@${digest}`;
    return ['skopeo', 'copy', '--all', ...tls, source, `docker://${formatReference(ref)}`].join(' ');
}
function change(write, state, now, nowVersion, plainHttp) {
    const before = write.previous?.digest ?? '';
    const back = state === 'put-back' || state === 'moved-by-someone-else' || (now !== '' && now === before);
    return {
        ref: formatReference(write.ref),
        before,
        beforeVersion: write.previousVersion,
        now,
        nowVersion,
        state,
        restore: before && !back ? restoreCommand(write.ref, before, plainHttp) : '',
    };
}
/** The changes of writes that stand: each written tag holds the release (unknown when unanswered). */
function movedChanges(writes, plainHttp) {
    return writes.map((write) => {
        const plain = plainHttp(write.ref.registry);
        if (!write.uncertain)
            return change(write, 'moved', write.digest, write.version, plain);
        // Unknown whether it landed: the command that completes it is the one to run.
        return { ...change(write, 'unknown', '', '', plain), restore: restoreCommand(write.ref, write.digest, plain) };
    });
}
/** A tag the run should have created but stopped before: the command that creates it. */
function missingChange(ref, digest, plainHttp) {
    return {
        ref: formatReference(ref),
        before: '',
        beforeVersion: '',
        now: '',
        nowVersion: '',
        state: 'missing',
        restore: restoreCommand(ref, digest, plainHttp),
    };
}
/** Puts back one write where it can; says where its tag stands afterwards. */
async function rollBackOne(registry, write, log, plainHttp) {
    const shown = formatReference(write.ref);
    let now;
    try {
        now = (await registry.headManifest(write.ref))?.digest ?? '';
    }
    catch (error) {
        log.warning(`Rollback: could not read ${shown}: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
        // Our write was acknowledged, so the tag holds it as far as anyone can tell.
        return write.uncertain
            ? change(write, 'unknown', '', '', plainHttp)
            : change(write, 'left', write.digest, write.version, plainHttp);
    }
    if (now !== write.digest) {
        if (write.uncertain && now === (write.previous?.digest ?? '')) {
            return change(write, 'put-back', now, write.previousVersion, plainHttp); // the write never landed
        }
        log.warning(`Rollback: ${shown} was moved by someone else since; left as it is`);
        return change(write, 'moved-by-someone-else', now, '', plainHttp);
    }
    if (!write.previous) {
        log.warning(`Rollback: ${shown} did not exist before and registries cannot delete a tag; it stays`);
        return change(write, 'left', now, write.version, plainHttp);
    }
    try {
        await registry.putManifest(write.ref, write.previous.bytes, write.previous.mediaType);
        log.info(`Rollback: ${shown} back to ${write.previous.digest}`);
        return change(write, 'put-back', write.previous.digest, write.previousVersion, plainHttp);
    }
    catch (error) {
        log.warning(`Rollback: could not put back ${shown}: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
        // A refusal leaves our write; a lost answer leaves it unknown.
        return error instanceof RegistryError
            ? change(write, 'left', write.digest, write.version, plainHttp)
            : change(write, 'unknown', '', '', plainHttp);
    }
}
/** Puts back, newest first, the tags this run wrote; returns where each stands, in write order. */
async function rollBack(registry, writes, log, plainHttp) {
    const changes = [];
    for (const write of [...writes].reverse()) {
        changes.unshift(await rollBackOne(registry, write, log, plainHttp(write.ref.registry)));
    }
    return changes;
}
function digestText(digest, version, absent) {
    if (!digest)
        return absent;
    return version ? `${digest} (${version})` : digest;
}
const STATE_NOTES = {
    moved: '',
    left: '',
    'put-back': ' (put back)',
    'moved-by-someone-else': ' (moved by someone else since; left as it is)',
    unknown: '',
    missing: '',
};
/** One line about one changed tag: before, now, and how to put it back. */
function describeChange(c) {
    if (c.state === 'missing')
        return `${c.ref}: absent, not created (the run stopped first); create it with: ${c.restore}`;
    const now = digestText(c.now, c.nowVersion, 'unknown (the registry did not answer)');
    const gone = !c.before && c.state !== 'put-back' ? '; it did not exist before and a registry cannot delete only a tag' : '';
    const restore = c.restore ? `; put it back with: ${c.restore}` : '';
    return `${c.ref}: was ${digestText(c.before, c.beforeVersion, 'absent')}, now ${now}${STATE_NOTES[c.state]}${gone}${restore}`;
}
/** Whether any written tag is not back where it was (or cannot be told). */
function isPartial(changes) {
    return changes.some((c) => c.state !== 'put-back' && c.state !== 'moved-by-someone-else');
}
/** A failure after this run wrote tags: the cause, then every tag written and where it stands. */
class PartialReleaseError extends cib_error/* CibError */.hi {
    changes;
    constructor(cause, changes) {
        const lines = changes.map((c) => `  ${describeChange(c)}`).join('\n');
        super(`${(0,cib_error/* errorMessage */.gJ)(cause)}\nThis run changed ${changes.length} tag(s) before it stopped:\n${lines}`, { cause });
        this.name = 'PartialReleaseError';
        this.changes = changes;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/latest/outcome.ts
const STRATEGIES = ['auto', 'force', 'skip'];

;// CONCATENATED MODULE: ./packages/core/src/version/prerelease.ts
// The prerelease heuristic of the original pipeline: a version whose suffix names a
// prerelease word (alpha, beta, rc, pre, dev, test by default) is not a release for `latest`.

/** The default `prerelease-pattern`, the words the original bash looked for. */
const DEFAULT_PRERELEASE_PATTERN = 'alpha|beta|rc|pre|dev|test';
/**
 * Compiles a `prerelease-pattern` (a regular expression, matched case-insensitively anywhere in
 * the suffix). `input` names the action input for the error when the pattern does not compile.
 */
function compilePrereleasePattern(pattern, input = 'prerelease-pattern') {
    try {
        return new RegExp(pattern || DEFAULT_PRERELEASE_PATTERN, 'i');
    }
    catch (error) {
        // V8 writes "Invalid regular expression: /<pattern>/i: Unterminated group": the error already
        // shows the pattern once, so keep only why it does not compile.
        const why = error.message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
        throw new input_error_InputError(input, pattern, `a regular expression (${why})`);
    }
}
/**
 * Whether the version is a prerelease by the heuristic: it has a suffix and the pattern matches
 * the suffix. Only the suffix is looked at, so a pattern never matches the numbers or a `v`.
 */
function isPrerelease(version, pattern) {
    return version.suffix !== '' && pattern.test(version.suffix);
}

;// CONCATENATED MODULE: ./packages/core/src/latest/created-tags.ts
// Creates the tags a release needs that do not exist yet (`latest` on a first release, a new
// floating `1.1`). A registry cannot delete a tag, so a created tag cannot be taken back: they are
// created only after every existing tag moved forward, `latest` first, so that a floating tag is
// never created ahead of `latest`. If a creation fails, the existing tags stay forward (that state
// is consistent) and the tags still to create are reported with the command that creates them;
// only when `latest` itself could not be created and nothing was created yet are the existing
// tags put back, since floating tags ahead of an absent `latest` would be a half state.


const refOf = (t) => withTag(t.release.repository, t.options.tag);
/** Creates `toCreate`, `latest` tags first; on failure throws a PartialReleaseError saying what stands. */
async function createTags(toCreate, writes, context) {
    const { registry, log, plainHttp } = context;
    const ordered = [...toCreate.filter((t) => !t.options.series), ...toCreate.filter((t) => t.options.series)];
    const moved = writes.length;
    for (const [i, item] of ordered.entries()) {
        try {
            const outcome = await item.create();
            if (!outcome)
                throw new Error(`moveTag skipped ${formatReference(refOf(item))} while creating it`);
            item.place(outcome);
        }
        catch (error) {
            if (writes.length === 0)
                throw error;
            if (writes.length === moved && !item.options.series) {
                log.warning(`${formatReference(refOf(item))} could not be created: putting back the ${moved} tag(s) this run moved, ` +
                    'so that no floating tag is ahead of it');
                throw new PartialReleaseError(error, await rollBack(registry, writes, log, plainHttp));
            }
            const written = new Set(writes.map((w) => formatReference(w.ref)));
            const missing = ordered.slice(i).filter((t) => !written.has(formatReference(refOf(t))));
            log.warning(`The existing tags moved forward and stay there; ${missing.length} tag(s) still to create: ` +
                missing.map((t) => formatReference(refOf(t))).join(', '));
            const plain = (t) => plainHttp(t.release.repository.registry);
            throw new PartialReleaseError(error, [
                ...movedChanges(writes, plainHttp),
                ...missing.map((t) => missingChange(refOf(t), t.release.digest, plain(t))),
            ]);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/latest/own-release.ts
// Whether a floating tag (`5.1`, `6`) holds the release of exactly its own version. Release 5.1
// pushed as `5.1` has that tag as its only name: moving the floating tag `5.1` for release 5.1.1
// would take release 5.1 away. Such a tag is never moved.

/**
 * Why the image behind the floating `tag` is the release of exactly the tag's own version, or
 * undefined when it is not. `behind` is the version found for the image (move-tag.ts):
 * - from its metadata (annotation or label): the same numbers at the same precision and no
 *   prerelease (`5.1`, `v5.1`, `5.1+build.3` for `5.1`; not `5.1.0`, which has a tag of its own);
 * - nothing (`none`: no metadata, and no version tag has its digest): the tag is the only version
 *   tag of that image, so it is the release of that version.
 */
function holdsOwnRelease(tag, behind) {
    const own = parseVersion(tag);
    if (!own || own.prerelease.length > 0)
        return undefined;
    const found = behind.version;
    if ((behind.source === 'annotation' || behind.source === 'label') && found) {
        const same = found.precision === own.precision && found.prerelease.length === 0 && compareVersions(found, own) === 0;
        return same ? `${found.raw} (its ${behind.source} org.opencontainers.image.version says so)` : undefined;
    }
    if (behind.source === 'none')
        return `${own.raw} (no other version tag names its image)`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/first-match.ts
// An ordered search with bounded concurrency: test items in order, several at a time, and
// answer the first item (in the given order, not in finishing order) that passes. Used to find
// which version tag `latest` points to, highest version first, without asking for every tag.
/**
 * The index of the first item for which `test` is true, or -1. At most `concurrency` tests run
 * at once; no test starts for an item after one already known to pass. An error from a test is
 * thrown once the tests in flight have settled.
 */
async function findFirstIndex(items, test, concurrency) {
    const results = new Array(items.length);
    let next = 0;
    let settled = 0; // every index below this was tested and failed
    let lowestPass = items.length; // the lowest index known to pass
    let inFlight = 0;
    let failed = false;
    let failure;
    // Settles with the answer or with the first error, which is thrown as the test threw it.
    const outcome = await new Promise((resolve) => {
        const step = () => {
            while (settled < lowestPass && results[settled] === false)
                settled++;
            if (failed) {
                if (inFlight === 0)
                    resolve({ error: failure });
                return;
            }
            if (settled >= lowestPass) {
                // Everything before the lowest pass failed: it is the answer (or nothing passed).
                if (inFlight === 0)
                    resolve({ index: lowestPass < items.length ? lowestPass : -1 });
                return;
            }
            while (inFlight < Math.max(1, concurrency) && next < lowestPass) {
                const index = next++;
                inFlight++;
                test(items[index], index).then((passed) => {
                    inFlight--;
                    results[index] = passed;
                    if (passed && index < lowestPass)
                        lowestPass = index;
                    step();
                }, (error) => {
                    inFlight--;
                    if (!failed)
                        failure = error;
                    failed = true;
                    step();
                });
            }
        };
        step();
    });
    if ('error' in outcome)
        throw outcome.error;
    return outcome.index;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/tag-search.ts
// Which version tag a digest is, found by asking the registry about tags: list them (paginated),
// keep those that name a version that could be the answer, and compare digests highest version
// first with bounded concurrency, stopping at the first match. The original bash asked for the
// digest of every tag, one at a time.




/** The version tags among `tags`, highest first. Floating tags (`1`, `1.9`) are left out unless versions are written that short. */
function versionTags(tags, prefix, minPrecision = 3) {
    const found = [];
    for (const tag of tags) {
        const version = versionOfImageTag(tag, prefix);
        if (version && version.precision >= minPrecision)
            found.push({ tag, version });
    }
    return found.sort((a, b) => compareVersions(b.version, a.version));
}
/** The highest version tag among `candidates` whose manifest digest is `digest`. */
async function findTagByDigest(registry, repository, candidates, digest, concurrency) {
    let compared = 0;
    const test = async (candidate) => {
        compared++;
        const head = await registry.headManifest(withTag(repository, candidate.tag));
        return head?.digest === digest;
    };
    // Usually the tag is the highest version: ask for it alone first, so the common case costs
    // one request instead of a window of `concurrency` requests mostly wasted.
    if (candidates.length > 0 && (await test(candidates[0])))
        return { match: candidates[0], compared };
    const rest = candidates.slice(1);
    const index = await findFirstIndex(rest, test, concurrency);
    return { match: index >= 0 ? rest[index] : undefined, compared };
}

;// CONCATENATED MODULE: ./packages/core/src/latest/move-tag.ts
// Moves one tag (`latest`, or a floating `1` / `1.9`) of one image forward to the release, or
// leaves it: read what it points to now, find that version (metadata first, tag search after),
// compare, and retag by copying the release's manifest bytes unchanged. The tag is read again
// right before writing and once more after a short settle time; if another release moved it
// meanwhile, the decision is taken again, so two releases racing end at the greater version. A
// floating tag that holds the release of exactly its own version (`5.1` holding 5.1) never moves.






/** The manifest a tag points to now, or undefined when the tag does not exist. */
async function readTag(registry, ref) {
    try {
        return await registry.getManifest(ref);
    }
    catch (error) {
        if (error instanceof RegistryError && (error.status === 404 || error.code === 'MANIFEST_UNKNOWN'))
            return undefined;
        throw error;
    }
}
function inSeries(version, series) {
    if (!series)
        return true;
    return version.major === series.major && (series.minor === undefined || version.minor === series.minor);
}
/** The version `current` is: its own metadata, else the highest version tag with its digest. */
async function versionBehind(release, ref, current, options, context) {
    const shown = formatReference(ref);
    const meta = await context.metadataVersion(ref, current);
    if (meta) {
        context.log.info(`${shown}: version ${meta.version.raw} read from its ${meta.source} org.opencontainers.image.version`);
        return { version: meta.version, source: meta.source };
    }
    const candidates = (await context.versionTags()).filter((c) => c.tag !== release.tag && inSeries(c.version, options.series));
    const found = await findTagByDigest(context.registry, release.repository, candidates, current.digest, context.concurrency);
    context.log.info(`${shown}: no version metadata; compared ${found.compared} of ${candidates.length} version tags, highest first: ` +
        (found.match ? `it is ${found.match.tag}` : 'none has its digest'));
    return found.match ? { version: found.match.version, source: 'tag-search' } : { source: 'none' };
}
async function decide(release, ref, current, options, context) {
    const name = release.version?.raw ?? release.tag;
    if (options.forced) {
        const meta = current ? await context.metadataVersion(ref, current) : undefined;
        return {
            move: current?.digest !== release.digest,
            reason: 'forced',
            detail: current?.digest === release.digest ? `forced; already at ${name}` : `forced to ${name}`,
            previousVersion: meta?.version.raw ?? '',
            previousVersionSource: meta?.source ?? (current ? 'none' : ''),
        };
    }
    if (!current) {
        return {
            move: true,
            reason: 'no-latest-yet',
            detail: `${options.tag} does not exist yet: ${name} becomes ${options.tag}`,
            previousVersion: '',
            previousVersionSource: '',
        };
    }
    if (current.digest === release.digest) {
        return {
            move: false,
            reason: 'not-newer',
            detail: `${options.tag} already points to ${name}`,
            previousVersion: name,
            previousVersionSource: 'same-digest',
        };
    }
    const behind = await versionBehind(release, ref, current, options, context);
    const own = options.series ? holdsOwnRelease(options.tag, behind) : undefined;
    if (own) {
        return {
            move: false,
            reason: 'own-release',
            detail: `${options.tag} holds release ${own}: a release's own tag is never moved`,
            previousVersion: behind.version?.raw ?? '',
            previousVersionSource: behind.source,
        };
    }
    if (!behind.version || !release.version) {
        return {
            move: true,
            reason: 'newer',
            detail: `${options.tag} (${current.digest}) matches no version tag: treated as older than ${name}`,
            previousVersion: '',
            previousVersionSource: behind.source,
        };
    }
    const newer = compareVersions(release.version, behind.version) > 0;
    return {
        move: newer,
        reason: newer ? 'newer' : 'not-newer',
        detail: `${name} ${newer ? '>' : '<='} ${behind.version.raw} (current ${options.tag})`,
        previousVersion: behind.version.raw,
        previousVersionSource: behind.source,
    };
}
/** Says what the registry's refusal to write most likely means. */
function writeRefused(error, ref) {
    if (!(error instanceof RegistryError))
        throw error;
    // The client's errors carry the hint of registry/errors.ts's table already (in their message);
    // others (a test double's) get it from the same table.
    const hint = error.hint
        ? undefined
        : registryHint({
            status: error.status,
            code: error.code,
            message: error.message,
            challenge: '',
            registry: ref.registry,
            repository: ref.repository,
            reference: formatReference(ref),
            access: 'push',
            credentialsRefused: error.status === 401,
        });
    throw new cib_error/* CibError */.hi(`The registry refused to move ${formatReference(ref)}: ${error.message}`, { hint, cause: error });
}
/**
 * Writes the release to `ref`. A write that failed or whose answer was lost may still have
 * landed, so the tag is read again: holding the release, it counts as written; holding what it
 * held before, the write failed cleanly; unreadable, the write is recorded as uncertain.
 */
async function writeTag(ref, manifest, write, context) {
    try {
        await context.registry.putManifest(ref, manifest.bytes, manifest.mediaType);
    }
    catch (error) {
        let now;
        try {
            now = await context.registry.headManifest(ref);
        }
        catch (readError) {
            context.log.warning(`${formatReference(ref)}: could not read it after a failed write: ${(0,cib_error/* errorMessage */.gJ)(readError)}`);
            now = 'unreadable';
        }
        if (now !== 'unreadable' && now?.digest === manifest.digest) {
            context.log.info(`${formatReference(ref)}: the write failed (${(0,cib_error/* errorMessage */.gJ)(error)}) but landed`);
            return;
        }
        if (now === 'unreadable')
            context.onWrite({ ...write, uncertain: true });
        writeRefused(error, ref);
    }
}
/**
 * Decides and (unless dry-run) moves `options.tag` of the release's repository to the release.
 * Returns what was decided in the last round; undefined when `existingOnly` and the tag is absent.
 */
async function moveTag(release, options, context, releaseManifest) {
    const ref = withTag(release.repository, options.tag);
    const shown = formatReference(ref);
    for (let round = 1; round <= context.maxRounds; round++) {
        const current = await readTag(context.registry, ref);
        if (!current && options.existingOnly) {
            context.log.info(`${shown}: does not exist yet: created once every existing tag has moved`);
            return undefined;
        }
        const decision = await decide(release, ref, current, options, context);
        const outcome = {
            tag: options.tag,
            ref: shown,
            updated: false,
            reason: decision.reason,
            detail: decision.detail,
            previousVersion: decision.previousVersion,
            previousDigest: current?.digest ?? '',
            previousVersionSource: decision.previousVersionSource,
        };
        const verb = decision.move ? (context.dryRun ? 'would move (dry run)' : 'moves') : 'stays';
        const line = `${shown}: ${verb}: ${decision.reason}: ${decision.detail}`;
        // Keeping a release's own tag is worth a warning: the user may have expected it to move.
        if (decision.reason === 'own-release')
            context.log.warning(line);
        else
            context.log.info(line);
        if (!decision.move || context.dryRun)
            return outcome;
        // Another release may have moved the tag while we looked up versions.
        const now = await context.registry.headManifest(ref);
        if (now?.digest !== current?.digest) {
            context.log.info(`${shown}: changed since it was read (${current?.digest ?? 'absent'} -> ${now?.digest ?? 'absent'}): deciding again`);
            continue;
        }
        const manifest = await releaseManifest();
        const write = {
            ref,
            digest: manifest.digest,
            version: release.version?.raw ?? '',
            previous: current,
            previousVersion: decision.previousVersion,
        };
        await writeTag(ref, manifest, write, context);
        context.onWrite(write);
        await context.clock.sleep(context.settleMs);
        const after = await context.registry.headManifest(ref);
        if (after?.digest === release.digest) {
            context.log.info(`${shown}: now ${release.digest} (${release.tag})`);
            return { ...outcome, updated: true };
        }
        context.log.info(`${shown}: moved by someone else right after our write (now ${after?.digest ?? 'absent'}): deciding again`);
    }
    throw new cib_error/* CibError */.hi(`${shown} kept changing while we decided (${context.maxRounds} rounds)`, {
        hint: 'Another release is moving it at the same time; run this release again once that one is done',
    });
}
/** Fetches the release's manifest by digest (bytes verified), for copying unchanged. */
function releaseManifestLoader(registry, release) {
    let loaded;
    return () => (loaded ??= registry.getManifest(withDigest(release.repository, release.digest)));
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/platform.ts
/** The annotation buildx sets on the attestation manifests (provenance, SBOM) of an index. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
/** The annotation naming the image manifest an attestation manifest is about. */
const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';
/** `os/arch[/variant]` as written in the platform (no normalisation). */
function formatPlatform(platform) {
    const base = `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
    return platform['os.version'] ? `${base} (${platform['os.version']})` : base;
}
/** Parses `os/arch[/variant]`; undefined when the text is not of that form. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.-]+$/.test(p)))
        return undefined;
    const platform = { os: parts[0], architecture: parts[1] };
    if (parts[2])
        platform.variant = parts[2];
    return platform;
}
/** The platform in normal form: lower case, architecture aliases resolved, default variants dropped or filled. */
function normalisePlatform(platform) {
    let os = platform.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    let architecture = platform.architecture.toLowerCase();
    let variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            architecture = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                variant = '';
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    const normal = { os, architecture };
    if (variant)
        normal.variant = variant;
    if (platform['os.version'])
        normal['os.version'] = platform['os.version'];
    return normal;
}
/** A string two platforms share exactly when they are the same platform (normalised). */
function platformKey(platform) {
    return formatPlatform(normalisePlatform(platform));
}
/** True for an attestation manifest (buildx provenance/SBOM), which has no real platform. */
function isAttestationDescriptor(descriptor) {
    return descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST;
}
/** True for the placeholder platform `unknown/unknown` of non-image manifests in an index. */
function isUnknownPlatform(platform) {
    return platform?.os === 'unknown' && platform.architecture === 'unknown';
}

;// CONCATENATED MODULE: ./packages/core/src/latest/image-version.ts
// Which version an image in the registry is, read cheaply from its own metadata: the index or
// manifest annotation `org.opencontainers.image.version`, else the config label of the same name
// (metadata-action and cib's build-info set both). Two to four requests whatever the tag count.




const VERSION_KEY = 'org.opencontainers.image.version';
/** Attestation manifests (buildx provenance/SBOM) carry no labels: skip them. */
function isAttestation(descriptor) {
    return isAttestationDescriptor(descriptor) || isUnknownPlatform(descriptor.platform);
}
function fromAnnotations(annotations) {
    const value = annotations?.[VERSION_KEY];
    return value ? parseVersion(value) : undefined;
}
/**
 * The version `manifest` (already fetched from `ref`) declares about itself, or undefined when it
 * declares none or one that is not a version (`main`, a commit SHA).
 */
async function versionFromMetadata(registry, ref, manifest) {
    const annotated = fromAnnotations(manifest.json.annotations);
    if (annotated)
        return { version: annotated, source: 'annotation' };
    let image;
    let imageRef = ref;
    if (isIndexMediaType(manifest.mediaType) || 'manifests' in manifest.json) {
        const child = manifest.json.manifests.find((d) => !isAttestation(d));
        if (!child)
            return undefined;
        const childVersion = fromAnnotations(child.annotations);
        if (childVersion)
            return { version: childVersion, source: 'annotation' };
        imageRef = withDigest(ref, child.digest);
        const fetched = await registry.getManifest(imageRef);
        if ('manifests' in fetched.json)
            return undefined; // nested index: not worth more requests
        image = fetched.json;
        const own = fromAnnotations(image.annotations);
        if (own)
            return { version: own, source: 'annotation' };
    }
    else {
        image = manifest.json;
    }
    if (!image.config)
        return undefined;
    const config = await registry.getConfig(imageRef, image);
    const label = config.config?.Labels?.[VERSION_KEY];
    const version = label ? parseVersion(label) : undefined;
    return version ? { version, source: 'label' } : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/manage-latest.ts
// The latest decision for a release, over one or more images: strategy; tag type
// (override, git, remote, heuristic); lightweight or prerelease stays; the release must exist on
// every image before anything moves; then, per image, `latest` moves only forward, and with
// floating tags `<major>` and `<major>.<minor>` move forward within their series (never backwards,
// not even forced, and never off a release of their own version). Tags that exist move first on
// every image and a failure then puts back those moved; tags to create come last (created-tags.ts),
// since none can be taken back. Where each tag stands is reported. Every step is logged in one line.












/** Every image keeps its tags: the same reason for all of them, nothing asked of the registry. */
function unchanged(request, reason, detail, tagType) {
    const images = request.images.map((image) => {
        const repository = formatRepository(image);
        const latest = {
            tag: request.latestTag,
            ref: `${repository}:${request.latestTag}`,
            updated: false,
            reason,
            detail,
            previousVersion: '',
            previousDigest: '',
            previousVersionSource: '',
        };
        return { image: repository, versionTag: '', digest: '', latest, floating: [] };
    });
    return { version: request.version, strategy: request.strategy, tagType, dryRun: request.dryRun, images, changes: [] };
}
/** Finds the release in one image: the first candidate tag (`1.2.3`, `v1.2.3`) that exists. */
async function findRelease(registry, repository, request, version) {
    for (const tag of candidateImageTags(request.version, request.tagPrefix)) {
        const head = await registry.headManifest(withTag(repository, tag));
        if (head)
            return { repository, tag, digest: head.digest, version };
    }
    return undefined;
}
/** Runs the latest-tag decision for `request`; writes unless dry-run. Throws on bad input. */
async function manageLatest(request, context) {
    const { registry, log } = context;
    const plainHttp = context.plainHttp ?? (() => false);
    const info = (line) => log.info(line);
    // 1. Strategy.
    info(`Strategy: ${request.strategy}`);
    if (request.strategy === 'skip') {
        return unchanged(request, 'skipped-by-strategy', 'strategy is skip: no tag moves');
    }
    const version = parseVersion(request.version);
    if (!version && request.strategy !== 'force') {
        throw new input_error_InputError('version', request.version, 'a version such as 1.2.3, v1.2.3 or 1.8.7alpha', 'Set strategy: force to move latest to a tag that is not a version');
    }
    // Shown once, shortened: a version of any length is echoed nowhere else in full.
    info(`Version: ${(0,cib_error/* quoteForMessage */.Hx)(request.version)}${version ? '' : ' (not a version; forced)'}`);
    // 2. and 3. Tag type, prerelease.
    let tagType;
    if (request.strategy === 'auto' && version) {
        tagType = await context.resolveTagType(request.version, request.tagType, version);
        if (tagType.type === 'lightweight') {
            info(`Decision: lightweight tag (${tagType.source}): internal release, no tag moves`);
            return unchanged(request, 'lightweight-tag', `${request.version} is a lightweight tag (${tagType.source})`, tagType);
        }
        if (isPrerelease(version, request.prereleasePattern)) {
            info(`Decision: ${request.version} is a prerelease (suffix "${version.suffix}" matches ${request.prereleasePattern.source}): no tag moves`);
            return unchanged(request, 'prerelease', `${request.version} is a prerelease`, tagType);
        }
    }
    // The release must be on every image before any tag moves anywhere.
    const releases = await Promise.all(request.images.map((image) => findRelease(registry, image, request, version)));
    const missing = request.images.filter((_, i) => !releases[i]);
    if (missing.length > 0) {
        const tags = candidateImageTags(request.version, request.tagPrefix).join(' or ');
        throw new cib_error/* CibError */.hi(`The release ${request.version} (tag ${tags}) is missing from ${missing.map(formatRepository).join(', ')}: no tag moved on any image`, { hint: 'Push the release to every image listed in "images" first, or check "version" and "tag-prefix"' });
    }
    for (const release of releases) {
        info(`Release: ${formatReference(withTag(release.repository, release.tag))} is ${release.digest}`);
    }
    // 4. to 6., image by image: first every tag that exists (a failure puts them back), then the
    // tags to create, which no registry can take back (created-tags.ts).
    const writes = [];
    const toCreate = [];
    const images = [];
    try {
        for (const release of releases) {
            images.push(await manageImage(release, request, context, writes, toCreate));
        }
    }
    catch (error) {
        if (writes.length === 0)
            throw error;
        log.warning(`Putting back the ${writes.length} tag(s) this run moved, so that the images stay together`);
        throw new PartialReleaseError(error, await rollBack(registry, writes, log, plainHttp));
    }
    await createTags(toCreate, writes, { registry, log, plainHttp });
    const changes = movedChanges(writes, plainHttp);
    return { version: request.version, strategy: request.strategy, tagType, dryRun: request.dryRun, images, changes };
}
async function manageImage(release, request, context, writes, toCreate) {
    const { registry } = context;
    let listed;
    // `latest`, `1` and `1.9` often point to the same previous release: read its metadata once.
    const metadata = new Map();
    const minPrecision = release.version ? Math.min(3, release.version.precision) : 3;
    const moveContext = {
        registry,
        versionTags: () => (listed ??= registry.listTags(release.repository).then((tags) => {
            const found = versionTags(tags, request.tagPrefix, minPrecision);
            context.log.info(`${formatRepository(release.repository)}: ${tags.length} tags listed, ${found.length} name a version`);
            return found;
        })),
        metadataVersion: (ref, current) => {
            let found = metadata.get(current.digest);
            if (!found) {
                found = versionFromMetadata(registry, ref, current);
                metadata.set(current.digest, found);
            }
            return found;
        },
        log: context.log,
        concurrency: context.concurrency ?? 8,
        settleMs: context.settleMs ?? 1000,
        maxRounds: context.maxRounds ?? 5,
        clock: context.clock ?? systemClock,
        dryRun: request.dryRun,
        onWrite: (write) => writes.push(write),
    };
    const manifest = releaseManifestLoader(registry, release);
    const forced = request.strategy === 'force';
    const image = {
        image: formatRepository(release.repository),
        versionTag: release.tag,
        digest: release.digest,
        latest: undefined, // set below, now or once created
        floating: [],
    };
    /** Moves the tag if it exists; else queues it for creation, `place` filling in its outcome. */
    const move = async (options, place) => {
        const outcome = await moveTag(release, { ...options, existingOnly: true }, moveContext, manifest);
        if (outcome)
            place(outcome);
        else
            toCreate.push({ release, options, place, create: () => moveTag(release, options, moveContext, manifest) });
    };
    await move({ tag: request.latestTag, forced }, (o) => (image.latest = o));
    // Forced or not, a prerelease never moves a floating tag (force is for `latest` alone).
    const prerelease = release.version && isPrerelease(release.version, request.prereleasePattern);
    if (request.floatingTags && release.version && !prerelease) {
        const v = release.version;
        const own = new Set([release.tag, request.latestTag, ...candidateImageTags(request.version, request.tagPrefix)]);
        const series = [{ major: v.major }, { major: v.major, minor: v.minor }];
        for (const [i, name] of floatingTagNames(v).entries()) {
            // `1.2` released as a version is its own tag, not a floating one.
            if (own.has(name) || (i === 1 && v.precision < 3))
                continue;
            // Kept in the order of the tags: a slot per tag, filled now or once created.
            const slot = image.floating.length;
            image.floating.push(undefined);
            await move({ tag: name, forced: false, series: series[i] }, (o) => (image.floating[slot] = o));
        }
    }
    return image;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/markdown.ts
// Small markdown helpers for job summaries and check-run text.
/** Escapes a value for a markdown table cell. */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A markdown table from a header row and data rows. */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
/** Inline code that survives backticks in the value. */
function code(value) {
    const fence = value.includes('`') ? '``' : '`';
    return `${fence}${value}${fence}`;
}
/** A fenced block inside a collapsed <details>. */
function details(summary, body, language = '') {
    return `<details><summary>${summary}</summary>\n\n\`\`\`${language}\n${body}\n\`\`\`\n\n</details>\n\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/latest/report.ts
// What the latest decision tells the user: the action's outputs and the job summary table (one
// row per moving tag of each image), and after a failure that followed a write, where every tag
// this run changed stands.


/** One value when all images agree (or there is one image), else the per-image values comma-separated in `images` order. */
function perImage(values) {
    return new Set(values).size <= 1 ? (values[0] ?? '') : values.join(',');
}
/** The action outputs, by name. */
function latestOutputs(outcome) {
    const latest = outcome.images.map((i) => i.latest);
    const moved = outcome.images.flatMap((i) => i.floating.filter((f) => f.updated).map((f) => f.ref));
    const protectedTags = outcome.images.flatMap((i) => i.floating.filter((f) => f.reason === 'own-release').map((f) => f.ref));
    return {
        updated: String(latest.some((l) => l.updated)),
        reason: perImage(latest.map((l) => l.reason)),
        'reason-detail': perImage(latest.map((l) => l.detail)),
        'tag-type': outcome.tagType?.type ?? '',
        'tag-type-source': outcome.tagType?.source ?? '',
        'previous-version': perImage(latest.map((l) => l.previousVersion)),
        'previous-digest': perImage(latest.map((l) => l.previousDigest)),
        digest: perImage(outcome.images.map((i) => i.digest)),
        'floating-tags-moved': moved.join(','),
        'floating-tags-protected': protectedTags.join(','),
        ...changeOutputs(outcome.changes, false),
    };
}
/** `changed-tags` (JSON, one entry per tag written) and `partial` (the run stopped half-way). */
function changeOutputs(changes, failed) {
    return {
        'changed-tags': JSON.stringify(changes),
        partial: String(failed && isPartial(changes)),
    };
}
function shortDigest(digest) {
    return digest ? code(digest.slice(0, 19)) : '';
}
function row(image, versionTag, digest, tag, dryRun) {
    const action = tag.updated
        ? 'moved'
        : dryRun && (tag.reason === 'newer' || tag.reason === 'no-latest-yet' || tag.reason === 'forced')
            ? 'would move (dry run)'
            : 'kept';
    const before = tag.previousDigest ? `${tag.previousVersion || '?'} ${shortDigest(tag.previousDigest)}` : 'none';
    return [
        image,
        code(tag.tag),
        before,
        versionTag ? `${versionTag} ${shortDigest(digest)}` : '',
        action,
        tag.reason,
        tag.detail,
    ];
}
function changeRows(changes) {
    const digest = (d, version, empty) => d ? `${shortDigest(d)}${version ? ` ${version}` : ''}` : empty;
    return changes.map((c) => [
        code(c.ref),
        digest(c.before, c.beforeVersion, 'absent'),
        digest(c.now, c.nowVersion, 'unknown'),
        c.state,
        c.restore ? code(c.restore) : '',
    ]);
}
function changesTable(changes) {
    return table(['Tag', 'Before', 'Now', 'State', 'Put back with'], changeRows(changes));
}
/** The job summary of a run that failed after writing: every tag it changed and where it stands. */
function partialSummary(message, changes) {
    return (heading('latest-manager: stopped after changing tags') +
        `Stopped after changing tags: ${message.split('\n')[0]}\n\n` +
        changesTable(changes));
}
/** The job summary: the release, the tag type and one table row per tag of each image. */
function latestSummary(outcome) {
    const tagType = outcome.tagType ? `${outcome.tagType.type} (from ${outcome.tagType.source})` : 'not checked';
    const rows = outcome.images.flatMap((i) => [i.latest, ...i.floating].map((tag) => row(i.image, i.versionTag, i.digest, tag, outcome.dryRun)));
    return (heading('latest-manager') +
        `Release ${code(outcome.version)}, strategy ${code(outcome.strategy)}, tag type ${tagType}` +
        `${outcome.dryRun ? ', **dry run: nothing written**' : ''}.\n\n` +
        table(['Image', 'Tag', 'Before', 'Release', 'Action', 'Reason', 'Detail'], rows) +
        (outcome.changes.length ? `\nTags written, and how to put each back:\n\n${changesTable(outcome.changes)}` : ''));
}

;// CONCATENATED MODULE: ./packages/core/src/git/fetch-tag.ts
// Fetches one tag ref again from the remote, overwriting the local one. actions/checkout before
// v6.0.2 fetches the triggering tag as `+<sha>:refs/tags/X`, which leaves a lightweight ref where
// the remote has an annotated tag; fetching `refs/tags/X:refs/tags/X` brings the tag object back.

/** `git fetch --no-tags -f <remote> refs/tags/<tag>:refs/tags/<tag>` in `cwd`; never throws. */
async function fetchTagRef(exec, cwd, tag, options = {}) {
    const ref = `refs/tags/${tag}`;
    let result;
    try {
        result = await exec('git', ['fetch', '--no-tags', '-f', options.remote ?? 'origin', `${ref}:${ref}`], {
            cwd,
            allowFailure: true,
            timeoutMs: options.timeoutMs ?? 60_000,
            // Never let git wait for a password on a terminal nobody watches.
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
        });
    }
    catch (error) {
        // A git that cannot start or hangs is one more reason to ask the API instead.
        return { ok: false, detail: (0,cib_error/* errorMessage */.gJ)(error) };
    }
    const lines = (result.stderr.trim() || result.stdout.trim())
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .slice(0, 2)
        .join(' / ');
    return { ok: result.exitCode === 0, detail: lines };
}

;// CONCATENATED MODULE: ./packages/core/src/git/shallow.ts
/** True when the repository at `cwd` is a shallow clone; false outside a repository. */
async function isShallowRepository(exec, cwd) {
    const result = await exec('git', ['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return result.exitCode === 0 && result.stdout.trim() === 'true';
}

;// CONCATENATED MODULE: ./packages/core/src/git/tag-object.ts
/** Reads the type of `refs/tags/<tag>` in the repository at `cwd`; `missing` also outside a repository. */
async function localTagType(exec, cwd, tag) {
    // `--` is not accepted by cat-file; the full ref name keeps a tag named like an option harmless.
    const result = await exec('git', ['cat-file', '-t', `refs/tags/${tag}`], { cwd, allowFailure: true });
    if (result.exitCode !== 0)
        return 'missing';
    return result.stdout.trim() === 'tag' ? 'annotated' : 'lightweight';
}

;// CONCATENATED MODULE: ./packages/core/src/github/limits.ts
// GitHub's size limits on what cib writes through the API, applied before sending, so a big
// report is cut with a note instead of refused with a 422:
// - check run `output.summary` and `output.text`: 65,535 BYTES each (the API says "characters",
//   but answers "summary exceeds a maximum bytesize of 65535": github/docs#35252);
// - annotations: 50 per create or update request (more go in further updates); title 255 characters;
// - commit status `description`: 140 characters.
const CHECK_OUTPUT_MAX_BYTES = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_TITLE_MAX_CHARS = 255;
const STATUS_DESCRIPTION_MAX_CHARS = 140;
/** `text` cut to `maxBytes` of UTF-8 (never inside a character), ending with `note` when cut. */
function cutToBytes(text, maxBytes, note) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const room = maxBytes - Buffer.byteLength(note, 'utf8');
    if (room <= 0)
        return Buffer.from(note, 'utf8')
            .subarray(0, maxBytes)
            .toString('utf8')
            .replace(/\uFFFD$/, '');
    // Decoding a cut buffer turns a split last character into U+FFFD: drop it.
    const head = Buffer.from(text, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    return head + note;
}
/** `text` cut to `max` characters (code points), ending with an ellipsis when cut. */
function cutToChars(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** `items` in consecutive batches of `size`. */
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/repository.ts






const repository_CUT_NOTE = (field) => `\n\n> cib cut this ${field} to GitHub's limit of ${CHECK_OUTPUT_MAX_BYTES} bytes; the job summary has it all.\n`;
/** `owner/name` split, or a CibError naming what was given. */
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new cib_error/* CibError */.hi(`repository "${repository}" is not owner/name`);
    }
    return { owner, repo };
}
/** POSTs of one check run, the first included, before the failure stands. */
const CREATE_ATTEMPTS = 3;
/** After this failure, GitHub may have acted on the request all the same. */
function mayHaveActed(error) {
    if (error instanceof GithubApiError)
        return error.status >= 500;
    return error instanceof HttpNetworkError && !isUnsentNetworkCode(error.code);
}
class GithubRepository {
    client;
    owner;
    repo;
    constructor(client, 
    /** `owner/name`. */
    repository) {
        this.client = client;
        ({ owner: this.owner, repo: this.repo } = splitRepository(repository));
    }
    /** `GET /repos/{owner}/{repo}/git/ref/{ref}`; `ref` without `refs/` (`tags/1.2.3`). */
    async getRef(ref) {
        const { data } = await this.client.request('GET', '/repos/{owner}/{repo}/git/ref/{ref}', {
            path: { owner: this.owner, repo: this.repo, ref },
        });
        return data;
    }
    /** Creates a check run; annotations past the first 50 follow in updates of 50. */
    async createCheckRun(run) {
        const [first = [], ...rest] = annotationBatches(run.output);
        const body = { ...run, output: run.output && sendableOutput(run.output, first) };
        const data = await this.postCheckRun(body);
        for (const batch of rest)
            await this.addAnnotations(Number(data.id), run.output, batch);
        return data;
    }
    /**
     * The POST that creates a check run, which is not sent again blindly: after a 5xx or a
     * connection lost mid-way GitHub may have created the run, and a second POST would show two.
     * Each attempt carries its own `external_id` (unless the caller chose one); after such a
     * failure the runs of that name on the commit are read, and one with the attempt's id is the
     * answer. Only when none is, the POST goes again.
     */
    async postCheckRun(body) {
        const path = { owner: this.owner, repo: this.repo };
        for (let attempt = 1;; attempt++) {
            const marked = body.external_id === undefined ? { ...body, external_id: `cib-${randomUuid()}` } : body;
            try {
                return (await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', { path, body: marked })).data;
            }
            catch (error) {
                if (!mayHaveActed(error) || body.external_id !== undefined || attempt >= CREATE_ATTEMPTS)
                    throw error;
                const created = await this.findCheckRun(marked.head_sha, marked.name, marked.external_id);
                if (created)
                    return created;
            }
        }
    }
    /** The run named `name` on commit `sha` whose external_id is `externalId`, if GitHub has it. */
    async findCheckRun(sha, name, externalId) {
        const runs = await this.client.paginate('/repos/{owner}/{repo}/commits/{ref}/check-runs', { path: { owner: this.owner, repo: this.repo, ref: sha }, query: { check_name: name, filter: 'all' } }, (page) => page.check_runs);
        return runs.find((run) => run.external_id === externalId);
    }
    /** Updates a check run; annotations are appended, 50 a request. */
    async updateCheckRun(checkRunId, update) {
        const [first = [], ...rest] = annotationBatches(update.output);
        const body = { ...update, output: update.output && sendableOutput(update.output, first) };
        const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
            path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
            body,
        });
        let last = data;
        for (const batch of rest)
            last = await this.addAnnotations(checkRunId, update.output, batch);
        return last;
    }
    /** Every annotation of a check run (paginated). */
    listCheckRunAnnotations(checkRunId) {
        return this.client.paginate('/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId } }, (page) => page);
    }
    /** Creates a commit status on `sha`; the description is cut to 140 characters. */
    async createCommitStatus(sha, status) {
        const body = {
            ...status,
            description: typeof status.description === 'string'
                ? cutToChars(status.description, STATUS_DESCRIPTION_MAX_CHARS)
                : status.description,
        };
        const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/statuses/{sha}', {
            path: { owner: this.owner, repo: this.repo, sha },
            body,
            // The same status twice leaves the commit in the same state (the newest of a context wins).
            idempotent: true,
        });
        return data;
    }
    async addAnnotations(checkRunId, output, batch) {
        // The title and summary are required with any output; they are sent again unchanged.
        const { data } = await this.client.request('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', {
            path: { owner: this.owner, repo: this.repo, check_run_id: checkRunId },
            body: { output: { ...sendableOutput(output, batch) } },
        });
        return data;
    }
}
function annotationBatches(output) {
    const annotations = (output?.annotations ?? []).map((a) => a.title === undefined ? a : { ...a, title: cutToChars(a.title, ANNOTATION_TITLE_MAX_CHARS) });
    return batches(annotations, ANNOTATIONS_PER_REQUEST);
}
function sendableOutput(output, annotations) {
    return {
        title: output.title,
        summary: cutToBytes(output.summary, CHECK_OUTPUT_MAX_BYTES, repository_CUT_NOTE('summary')),
        ...(output.text === undefined ? {} : { text: cutToBytes(output.text, CHECK_OUTPUT_MAX_BYTES, repository_CUT_NOTE('text')) }),
        ...(annotations.length ? { annotations } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/tag-ref.ts
// Asks the GitHub REST API what a tag is on the server: `GET /repos/{owner}/{repo}/git/ref/tags/{tag}`
// answers `object.type == "tag"` for an annotated tag and `"commit"` for a lightweight one. Used
// when the checkout cannot tell (shallow, tag missing, or rewritten to lightweight by
// actions/checkout before v6.0.2). Transient failures (5xx, 429, rate limits) are retried by
// the client, so a passing 502 does not hand the decision to the heuristic.



/** Looks the tag up; API failures (bad token, no network) come back as `unknown` with the reason. */
async function githubTagType(lookup, tag) {
    let repository;
    try {
        repository = new GithubRepository(lookup.client, lookup.repository);
    }
    catch (error) {
        return { type: 'unknown', detail: (0,cib_error/* errorMessage */.gJ)(error) };
    }
    try {
        const ref = (await repository.getRef(`tags/${tag}`));
        // Older API versions matched by prefix when the exact ref was absent and answered an array.
        if (Array.isArray(ref) || !ref.object)
            return { type: 'missing' };
        return { type: ref.object.type === 'tag' ? 'annotated' : 'lightweight' };
    }
    catch (error) {
        if (!(error instanceof GithubApiError))
            return { type: 'unknown', detail: (0,cib_error/* errorMessage */.gJ)(error) };
        if (error.status === 404)
            return { type: 'missing' };
        const why = error.status === 401
            ? 'the github-token was refused (401)'
            : error.status === 403
                ? 'the github-token may not read this repository (403)'
                : `HTTP ${error.status}: ${error.apiMessage || 'no message'}`;
        return { type: 'unknown', detail: why };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/latest/tag-type.ts





/** Resolves the tag type of git tag `tag` (the released version as pushed). */
async function resolveTagType(tag, mode, version, context) {
    const { exec, cwd, log } = context;
    if (mode !== 'auto') {
        log.info(`Tag type: ${mode} (override)`);
        return { type: mode, source: 'override' };
    }
    const local = await localTagType(exec, cwd, tag);
    if (local === 'annotated') {
        // A tag object in the checkout is conclusive, shallow or not.
        log.info(`Tag type: annotated (git cat-file: refs/tags/${tag} is a tag object)`);
        return { type: 'annotated', source: 'git' };
    }
    const shallow = await isShallowRepository(exec, cwd);
    const why = local === 'missing' ? 'missing in the checkout' : `lightweight in the ${shallow ? 'shallow ' : ''}checkout`;
    log.info(`Tag type: refs/tags/${tag} is ${why}; asking the remote`);
    const fetched = await fetchTagRef(exec, cwd, tag);
    if (fetched.ok) {
        const again = await localTagType(exec, cwd, tag);
        if (again !== 'missing') {
            log.info(`Tag type: ${again} (git fetch of refs/tags/${tag} from origin)`);
            return { type: again, source: 'git-fetch' };
        }
    }
    else {
        log.info(`Tag type: git fetch of refs/tags/${tag} failed (${fetched.detail || 'no detail'})`);
    }
    if (context.github) {
        const answer = await (context.askGithub ?? githubTagType)(context.github, tag);
        if (answer.type === 'annotated' || answer.type === 'lightweight') {
            log.info(`Tag type: ${answer.type} (GitHub API: git/ref/tags/${tag} object.type)`);
            return { type: answer.type, source: 'github-api' };
        }
        const reason = 'detail' in answer ? answer.detail : 'no such tag on GitHub';
        log.info(`Tag type: GitHub API could not tell (${reason})`);
    }
    if (local === 'lightweight' && !shallow) {
        // A full checkout fetched tags as they are on the remote: its lightweight tag is real.
        log.info('Tag type: lightweight (git cat-file in a full checkout; the remote could not be asked)');
        return { type: 'lightweight', source: 'git' };
    }
    const prerelease = version !== undefined && isPrerelease(version, context.prereleasePattern);
    const type = prerelease ? 'lightweight' : 'annotated';
    log.info(`Tag type: ${type} (heuristic: "${tag}" ${prerelease ? 'matches' : 'does not match'} the prerelease pattern ${context.prereleasePattern.source})`);
    return { type, source: 'heuristic' };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/ci-context.ts
// Where the run comes from: repository, commit, ref, run ids. Read from GitHub's variables
// (and the event payload), else GitLab CI's, so the CLI works in the pipelines cib replaces.

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Reads the GitHub event payload; an unreadable one counts as empty. */
function readEventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
function pullRequestFromPayload(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    return { number: pr.number, headSha: pr.head?.sha ?? '', headRef: pr.head?.ref ?? '', baseSha: pr.base?.sha ?? '' };
}
function githubContext(env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestFromPayload(readEventPayload(env)) : undefined;
    const refType = pullRequest
        ? 'pull_request'
        : env.GITHUB_REF_TYPE === 'tag' || ref.startsWith('refs/tags/')
            ? 'tag'
            : env.GITHUB_REF_TYPE === 'branch' || ref.startsWith('refs/heads/')
                ? 'branch'
                : '';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        platform: 'github',
        repository,
        repositoryUrl: repository ? `${serverUrl}/${repository}` : '',
        sha: env.GITHUB_SHA ?? '',
        ref,
        refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ''),
        refType,
        eventName,
        pullRequest,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        job: env.GITHUB_JOB ?? '',
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
}
function gitlabContext(env) {
    const tag = env.CI_COMMIT_TAG ?? '';
    const mrIid = env.CI_MERGE_REQUEST_IID;
    const refName = tag || env.CI_COMMIT_REF_NAME || env.CI_COMMIT_BRANCH || '';
    const pullRequest = mrIid
        ? {
            number: Number(mrIid),
            headSha: env.CI_COMMIT_SHA ?? '',
            headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
            baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA ?? '',
        }
        : undefined;
    return {
        platform: 'gitlab',
        repository: env.CI_PROJECT_PATH ?? '',
        repositoryUrl: env.CI_PROJECT_URL ?? '',
        sha: env.CI_COMMIT_SHA ?? '',
        ref: tag
            ? `refs/tags/${tag}`
            : mrIid
                ? `refs/merge-requests/${mrIid}/head`
                : refName
                    ? `refs/heads/${refName}`
                    : '',
        refName,
        refType: tag ? 'tag' : mrIid ? 'pull_request' : refName ? 'branch' : '',
        eventName: env.CI_PIPELINE_SOURCE ?? '',
        pullRequest,
        runId: env.CI_PIPELINE_ID ?? '',
        runAttempt: '1',
        job: env.CI_JOB_ID ?? '',
        runUrl: env.CI_PIPELINE_URL ||
            (env.CI_PROJECT_URL && env.CI_PIPELINE_ID ? `${env.CI_PROJECT_URL}/-/pipelines/${env.CI_PIPELINE_ID}` : ''),
        workspace: env.CI_PROJECT_DIR || process.cwd(),
    };
}
/** The CI context from the environment: GitHub's variables first, then GitLab's, else local. */
function readCiContext(env) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA || env.GITHUB_REPOSITORY)
        return githubContext(env);
    if (env.GITLAB_CI === 'true' || env.CI_COMMIT_SHA || env.CI_PIPELINE_ID)
        return gitlabContext(env);
    return { ...gitlabContext({}), platform: 'local', eventName: 'local' };
}
/**
 * The commit a build is for: the PR head on pull_request events (GITHUB_SHA is then a merge
 * commit nobody pushed), otherwise the run's SHA.
 */
function headCommit(context) {
    return context.pullRequest?.headSha || context.sha;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/outputs.ts
/** Writes every output of `record`, in its order. */
function writeOutputs(rt, _action, record) {
    for (const [name, value] of Object.entries(record)) {
        if (value !== undefined)
            rt.setOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./actions/latest-manager/run.ts
// latest-manager: moves `latest` (and optionally `<major>`, `<major>.<minor>`) to a release only
// when it is a real release (annotated tag, not a prerelease) and newer than what the tag holds
// now (packages/core/src/latest/). This file parses inputs, wires git, the GitHub API and the
// registry client in, and writes outputs and the job summary.















const TAG_TYPES = ['auto', 'annotated', 'lightweight'];
/** Parses every input; fails here, before any git or registry call. */
function readInputs(rt, ci = readCiContext(rt.env)) {
    const inputs = actionInputs(rt, 'latest-manager');
    // Default: the pushed tag (GITHUB_REF_NAME on tag pushes, CI_COMMIT_TAG under GitLab).
    const version = readString(inputs, 'version') || (ci.refType === 'tag' ? ci.refName : '');
    if (!version) {
        throw new input_error_InputError('version', '', 'the released version (default: the pushed tag, but this run is not for a tag)');
    }
    const tagPrefix = parseTagPrefix(readString(inputs, 'tag-prefix'));
    const latestTag = parseLatestTag(readString(inputs, 'latest-tag', { fallback: 'latest' }), tagPrefix);
    return {
        images: readImages(inputs, 'images', 'repository'),
        version,
        strategy: readWithEnv(inputs, 'strategy', 'UPDATE_LATEST_STRATEGY', STRATEGIES, 'auto'),
        tagType: readWithEnv(inputs, 'tag-type', 'TAG_TYPE_OVERRIDE', TAG_TYPES, 'auto'),
        tagPrefix,
        prereleasePattern: compilePrereleasePattern(readString(inputs, 'prerelease-pattern', { fallback: DEFAULT_PRERELEASE_PATTERN })),
        latestTag,
        floatingTags: readBoolean(inputs, 'floating-tags', false),
        dryRun: readBoolean(inputs, 'dry-run', false),
        githubToken: readString(inputs, 'github-token'),
        ...readRegistryLogin(inputs),
    };
}
async function run(rt) {
    // Masked before anything can print them, input errors included.
    const declared = actionInputs(rt, 'latest-manager');
    readSecret(declared, 'password', (s) => rt.setSecret(s));
    readToken(declared, 'github-token', (s) => rt.setSecret(s));
    const ci = readCiContext(rt.env);
    const inputs = readInputs(rt, ci);
    // The input credentials are for the registry of the first image.
    const registry = createRegistryClient(rt, inputs, inputs.images[0].registry);
    const github = ci.platform === 'github' && inputs.githubToken && ci.repository
        ? { client: createGithubClient(rt, inputs.githubToken), repository: ci.repository }
        : undefined;
    const outcome = await manageLatest(inputs, {
        registry,
        log: rt.log,
        plainHttp: (host) => registry.allowsPlainHttp(host),
        resolveTagType: (tag, mode, version) => resolveTagType(tag, mode, version, {
            exec: exec.execProcess,
            cwd: ci.workspace,
            github,
            prereleasePattern: inputs.prereleasePattern,
            log: rt.log,
        }),
    }).catch((error) => {
        // Stopped after writing: say where every tag stands before failing the step.
        if (error instanceof PartialReleaseError) {
            writeOutputs(rt, 'latest-manager', changeOutputs(error.changes, true));
            rt.appendSummary(partialSummary(error.message, error.changes));
        }
        throw error;
    });
    writeOutputs(rt, 'latest-manager', latestOutputs(outcome));
    rt.appendSummary(latestSummary(outcome));
    rt.log.debug(`Registry requests: ${registry.stats.requests}`);
}

;// CONCATENATED MODULE: ./actions/latest-manager/main.ts


void runMain('latest-manager', run);

