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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
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
        throw malformed(`${formatRepository(ref)}:${tag}`, `the tag ${quoteForMessage(tag)} is not valid`);
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
function version_parseVersion(text) {
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
    const version = version_parseVersion(text);
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
        throw new InputError(name, '***', 'a token of visible ASCII characters (no spaces, line breaks or control characters)', 'Check the secret the input is set from');
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
            throw new input_error_InputError(name, text, `key=value lines (line ${line} is not one)`);
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
        const exec = this.options.exec ?? (await __nccwpck_require__.e(/* import() */ 534).then(__nccwpck_require__.bind(__nccwpck_require__, 534))).execProcess;
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

;// CONCATENATED MODULE: ./packages/core/src/manifest/expectation.ts
// The `platforms` input: the exact set of platforms the merged index must hold, checked before
// anything is pushed so that a failed per-platform build cannot publish an incomplete image.



/** Parses the `platforms` input items (`linux/amd64`, `linux/arm/v7`), naming the input on error. */
function parseExpectedPlatforms(items, input = 'platforms') {
    return items.map((item) => {
        const platform = parsePlatform(item);
        if (!platform)
            throw new input_error_InputError(input, item, 'platforms written os/architecture[/variant], e.g. linux/arm64');
        return platform;
    });
}
/** Throws unless the image entries provide exactly the expected platforms (compared normalised). */
function checkExpectedPlatforms(expected, entries) {
    if (expected.length === 0)
        return;
    const wanted = new Set(expected.map(platformKey));
    const provided = new Map();
    for (const entry of entries) {
        if (!entry.attestation && entry.descriptor.platform)
            provided.set(platformKey(entry.descriptor.platform), entry.source);
    }
    const missing = [...wanted].filter((key) => !provided.has(key));
    const extra = [...provided.keys()].filter((key) => !wanted.has(key));
    if (missing.length === 0 && extra.length === 0)
        return;
    const problems = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        extra.length ? `not expected ${extra.map((key) => `${key} (from ${provided.get(key)})`).join(', ')}` : '',
    ].filter(Boolean);
    throw new cib_error/* CibError */.hi(`The sources do not provide the platforms in "platforms" (${[...wanted].join(', ')}): ${problems.join('; ')}`, { hint: 'Nothing was pushed. Check that every per-platform build succeeded, or correct "platforms"' });
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/index-annotations.ts
// The `annotations` input: `key=value` lines for the index. Keys may carry buildx's level prefix
// (`index:`, `manifest:`, `manifest-descriptor:`, `index-descriptor:`, with an optional
// `[platform]`), as build-info's `annotations` output and docker/metadata-action write them, so
// those outputs can be passed straight in: unprefixed and `index:` keys go on the index; the
// other levels belong to the per-platform build and are left out (and reported).
/**
 * What an `annotations` input key may look like, in build-info and manifest-merge alike: an
 * annotation name, optionally with buildx's level prefix and `[platform]`.
 */
const ANNOTATION_INPUT_KEY = /^(?:(index|manifest|manifest-descriptor|index-descriptor)(?:\[[A-Za-z0-9_/.,-]+\])?:)?([A-Za-z0-9_.\-/]+)$/;
/** The annotations for the index, and the keys left out because they name another level. */
function indexAnnotations(lines) {
    const annotations = {};
    const skipped = [];
    for (const [key, value] of lines) {
        const match = ANNOTATION_INPUT_KEY.exec(key);
        if (!match) {
            skipped.push(key);
            continue;
        }
        const [, level, name] = match;
        if (level === undefined || level === 'index')
            annotations[name] = value;
        else
            skipped.push(key);
    }
    return { annotations, skipped };
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/duplicates.ts
// Two images for the same platform cannot share an index (a client would pick one at random),
// so duplicates are an error that names both sources.


/** Throws when two image entries have the same (normalised) platform, naming both sources. */
function checkDuplicatePlatforms(entries) {
    const seen = new Map();
    for (const entry of entries) {
        if (entry.attestation || !entry.descriptor.platform)
            continue;
        const key = platformKey(entry.descriptor.platform);
        const first = seen.get(key);
        if (!first) {
            seen.set(key, entry);
            continue;
        }
        // Name the platform in normal form, and as written when the two sources write it differently.
        const written = [first, entry].map((e) => formatPlatform(e.descriptor.platform));
        const shown = written[0] === written[1] && written[0] === key ? key : `${key} (${[...new Set(written)].join(' and ')})`;
        const message = first.descriptor.digest === entry.descriptor.digest
            ? `Sources ${first.source} and ${entry.source} are the same image (${shown}, ${entry.descriptor.digest})`
            : first.source === entry.source
                ? `Source ${entry.source} provides platform ${shown} twice (${first.descriptor.digest} and ${entry.descriptor.digest})`
                : `Sources ${first.source} and ${entry.source} both provide platform ${shown}`;
        throw new cib_error/* CibError */.hi(message, {
            hint: 'An index holds one image per platform: remove one of them from "sources"',
        });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/index-document.ts
// The bytes of the merged index: an OCI image index (with annotations) or a Docker manifest
// list. The bytes are built once, here, and pushed unchanged to every tag, so the digest we
// compute is the digest every tag gets.



/** The media type of an index in this format. */
function indexMediaType(format) {
    return format === 'docker' ? DOCKER_MANIFEST_LIST : OCI_INDEX;
}
/** Refuses annotations with the Docker format, which has nowhere to keep them. */
function checkFormatAnnotations(format, annotations) {
    const lines = Object.entries(annotations).map(([key, value]) => `${key}=${value}`);
    if (format === 'docker' && lines.length > 0) {
        // The lines as key=value, so the message shows what would be lost, values included.
        throw new input_error_InputError('annotations', lines.join('\n'), 'no annotations when "format" is docker: a Docker manifest list cannot carry them', 'Use format: oci (the default) to keep them');
    }
}
// Fields in the order the OCI image-spec lists them, so the bytes do not depend on how the
// descriptor object was put together.
function orderedPlatform(p) {
    const out = { architecture: p.architecture, os: p.os };
    if (p['os.version'] !== undefined)
        out['os.version'] = p['os.version'];
    if (p['os.features'] !== undefined)
        out['os.features'] = p['os.features'];
    if (p.variant !== undefined && p.variant !== '')
        out.variant = p.variant;
    return out;
}
function orderedDescriptor(d) {
    const out = { mediaType: baseMediaType(d.mediaType), digest: d.digest, size: d.size };
    if (d.urls?.length)
        out.urls = d.urls;
    if (d.annotations && Object.keys(d.annotations).length)
        out.annotations = sortedRecord(d.annotations);
    if (d.platform)
        out.platform = orderedPlatform(d.platform);
    if (d.artifactType)
        out.artifactType = d.artifactType;
    return out;
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Builds the index over these manifests, in the order given. Annotations go on the index (OCI
 * only: refused with the Docker format).
 */
function buildIndex(manifests, options) {
    const annotations = options.annotations ?? {};
    checkFormatAnnotations(options.format, annotations);
    const mediaType = indexMediaType(options.format);
    const json = { schemaVersion: 2, mediaType, manifests: manifests.map(orderedDescriptor) };
    if (Object.keys(annotations).length)
        json.annotations = sortedRecord(annotations);
    const bytes = Buffer.from(JSON.stringify(json), 'utf8');
    return { bytes, mediaType, digest: sha256Digest(bytes), size: bytes.length, json };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/manifest-types.ts
// The shapes of OCI/Docker manifests, indexes and image configs, as far as cib reads them.
/** True when the parsed manifest is an index (has `manifests`, no `config`). */
function isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/resolve-source.ts
// Reading one source of a merge: a per-platform image manifest, or an index (buildx pushes one
// with an attestation manifest when provenance is on) that is flattened into its manifests.
// Each image's platform comes from its index descriptor, or from its config blob when missing.






// Nested indexes are legal but rare; a bound stops a malicious or broken loop.
const MAX_INDEX_DEPTH = 4;
/** Turns a registry failure while reading a source into one error that names the source. */
function sourceReadError(source, error) {
    if (!(error instanceof RegistryError))
        return error instanceof Error ? error : new Error(String(error));
    if (error.code === 'MANIFEST_UNKNOWN' || error.code === 'NAME_UNKNOWN' || error.status === 404) {
        return new cib_error/* CibError */.hi(`Source ${source} does not exist in the registry`, {
            hint: 'Check the tag or digest, and that the per-platform image was pushed',
            cause: error,
        });
    }
    if (error.code === 'UNAUTHORIZED' || error.code === 'DENIED' || error.status === 401 || error.status === 403) {
        // The client's hint tells "log in" from "wrong credentials" from "no rights".
        return new cib_error/* CibError */.hi(`Source ${source} could not be read: the registry refused access (${error.status})`, {
            hint: error.hint ?? 'Give "username" and "password", or log in first (docker/login-action), with read access to it',
            cause: error,
        });
    }
    if (error.code === 'UNSUPPORTED' || error.code === 'MANIFEST_INVALID') {
        return new cib_error/* CibError */.hi(`Source ${source} is not a container image: ${error.message}`, { cause: error });
    }
    return new cib_error/* CibError */.hi(`Source ${source} could not be read: ${error.message}`, { cause: error });
}
function notAnImage(source, why) {
    return new cib_error/* CibError */.hi(`Source ${source} is not a container image: ${why}`, {
        hint: 'Sources must be per-platform images or indexes of them (not artifacts such as Helm charts or signatures)',
    });
}
function toBytes(fetched) {
    return { bytes: fetched.bytes, mediaType: fetched.mediaType, digest: fetched.digest, json: fetched.json };
}
/** The platform of an image manifest, from its config blob. */
async function platformFromConfig(reader, source, ref, manifest) {
    const configType = baseMediaType(manifest.config?.mediaType ?? '');
    if (configType !== OCI_CONFIG && configType !== DOCKER_CONFIG) {
        throw notAnImage(source, `its config has media type ${configType || '(none)'}`);
    }
    const config = await reader.getConfig(ref, manifest);
    if (!config.os || !config.architecture)
        throw notAnImage(source, 'its config names no os/architecture');
    const platform = { architecture: config.architecture, os: config.os };
    if (config.variant)
        platform.variant = config.variant;
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    if (isUnknownPlatform(platform))
        throw notAnImage(source, 'its platform is unknown/unknown (an attestation manifest?)');
    return platform;
}
/** Reads a source and returns the manifests it brings into the index. */
async function resolveSource(reader, reference, options) {
    const source = formatReference(reference);
    const repository = { registry: reference.registry, repository: reference.repository };
    const read = async (ref) => {
        try {
            return await reader.getManifest(ref);
        }
        catch (error) {
            throw sourceReadError(source, error);
        }
    };
    const config = async (ref, manifest) => {
        try {
            return await platformFromConfig(reader, source, ref, manifest);
        }
        catch (error) {
            throw sourceReadError(source, error);
        }
    };
    const top = await read(reference);
    const result = {
        source,
        reference,
        digest: top.digest,
        mediaType: baseMediaType(top.mediaType),
        entries: [],
        skipped: [],
    };
    if (!isImageIndex(top.json) && isImageManifestMediaType(top.mediaType)) {
        const manifest = top.json;
        const platform = await config(withDigest(repository, top.digest), manifest);
        result.entries.push({
            source,
            repository,
            descriptor: { mediaType: baseMediaType(top.mediaType), digest: top.digest, size: top.size, platform },
            attestation: false,
            manifest: toBytes(top),
        });
        return result;
    }
    if (!isImageIndex(top.json) || !isIndexMediaType(top.mediaType)) {
        throw notAnImage(source, `its manifest has media type ${baseMediaType(top.mediaType) || '(none)'}`);
    }
    const flatten = async (descriptors, depth) => {
        for (const child of descriptors) {
            const childRef = withDigest(repository, child.digest);
            if (isIndexMediaType(child.mediaType)) {
                if (depth >= MAX_INDEX_DEPTH)
                    throw notAnImage(source, `its indexes nest deeper than ${MAX_INDEX_DEPTH}`);
                const nested = await read(childRef);
                if (!isImageIndex(nested.json))
                    throw notAnImage(source, `${child.digest} claims to be an index but is not`);
                await flatten(nested.json.manifests, depth + 1);
                continue;
            }
            if (isAttestationDescriptor(child)) {
                if (options.attestations === 'drop')
                    result.skipped.push({ digest: child.digest, reason: 'attestation dropped' });
                else
                    result.entries.push({ source, repository, descriptor: { ...child }, attestation: true });
                continue;
            }
            if (!isImageManifestMediaType(child.mediaType) || isUnknownPlatform(child.platform)) {
                result.skipped.push({
                    digest: child.digest,
                    reason: `not an image (${baseMediaType(child.mediaType)}, ${child.platform ? formatPlatform(child.platform) : 'no platform'})`,
                });
                continue;
            }
            if (child.platform) {
                result.entries.push({ source, repository, descriptor: { ...child }, attestation: false });
                continue;
            }
            // No platform in the descriptor: read the manifest and its config to find it.
            const fetched = await read(childRef);
            if (isImageIndex(fetched.json))
                throw notAnImage(source, `${child.digest} is an index, not an image`);
            const platform = await config(childRef, fetched.json);
            result.entries.push({
                source,
                repository,
                descriptor: { ...child, platform },
                attestation: false,
                manifest: toBytes(fetched),
            });
        }
    };
    await flatten(top.json.manifests, 1);
    if (!result.entries.some((entry) => !entry.attestation)) {
        throw notAnImage(source, 'its index holds no image manifest with a platform');
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/push-executor.ts
// Carrying out a push plan: copy the child manifests (blobs first, then the manifest by digest)
// into each target repository that lacks them, then push the index to every tag and check that
// the registry computed the digest we did.




// Layers marked non-distributable (Windows base layers) stay where their `urls` point.
function isDistributable(descriptor) {
    return !/nondistributable|foreign/.test(descriptor.mediaType);
}
/**
 * Reads the manifests the plan copies that were not read while resolving the sources. Reads
 * only, so a failure here still leaves every target untouched.
 */
async function loadCopyManifests(client, plan) {
    const pending = new Map();
    for (const { entry, from } of plan.copies) {
        if (entry.manifest || pending.has(entry.descriptor.digest))
            continue;
        pending.set(entry.descriptor.digest, client.getManifest(from).then((fetched) => {
            entry.manifest = fetched;
        }, (error) => {
            throw sourceReadError(entry.source, error);
        }));
    }
    await Promise.all(pending.values());
}
/** Executes the plan (after loadCopyManifests). Index pushes come last, after every copy succeeded. */
async function executePlan(client, plan) {
    const blobCopies = new Map();
    const copies = await Promise.all(plan.copies.map(async ({ entry, to }) => {
        const digest = entry.descriptor.digest;
        const outcome = {
            to: formatRepository(to),
            digest,
            result: 'present',
            blobs: { present: 0, mounted: 0, uploaded: 0 },
        };
        const head = await client.headManifest(to);
        if (head?.digest === digest)
            return outcome;
        const manifest = entry.manifest;
        if (!manifest)
            throw new Error(`Internal: manifest ${digest} was not loaded before the copy`);
        const blobs = isImageIndex(manifest.json) ? [] : [manifest.json.config, ...manifest.json.layers];
        const results = await Promise.all(blobs.filter(isDistributable).map((blob) => {
            const key = `${formatRepository(to)}|${blob.digest}`;
            let copy = blobCopies.get(key);
            if (!copy) {
                copy = client.copyBlob(entry.repository, { registry: to.registry, repository: to.repository }, blob);
                blobCopies.set(key, copy);
            }
            return copy;
        }));
        for (const result of results)
            outcome.blobs[result] += 1;
        const answered = await client.putManifest(to, manifest.bytes, manifest.mediaType);
        if (answered !== digest) {
            throw new cib_error/* CibError */.hi(`The registry stored manifest ${digest} as ${answered} in ${formatRepository(to)}`, {
                hint: 'The registry changed the manifest bytes; it may not support this media type',
            });
        }
        outcome.result = 'copied';
        return outcome;
    }));
    const images = await Promise.all(plan.tags.map(async (tag) => {
        const answered = await client.putManifest(tag, plan.index.bytes, plan.index.mediaType);
        if (answered !== plan.index.digest) {
            throw new cib_error/* CibError */.hi(`The registry answered digest ${answered} for the index pushed to ${formatReference(tag)}, not ${plan.index.digest}`, { hint: 'The registry changed the index bytes; it may not support this media type' });
        }
        return formatReference(withDigest(tag, answered));
    }));
    return { copies, images };
}
/** One line per target repository saying what the copies did. */
function describeCopies(outcome) {
    const byRepository = new Map();
    for (const copy of outcome.copies)
        byRepository.set(copy.to, [...(byRepository.get(copy.to) ?? []), copy]);
    return [...byRepository].map(([repository, copies]) => {
        const copied = copies.filter((c) => c.result === 'copied');
        const blobs = { present: 0, mounted: 0, uploaded: 0 };
        for (const c of copied)
            for (const key of ['present', 'mounted', 'uploaded'])
                blobs[key] += c.blobs[key];
        return (`${repository}: ${copied.length} manifest(s) copied (blobs: ${blobs.mounted} mounted, ${blobs.uploaded} uploaded, ` +
            `${blobs.present} already there), ${copies.length - copied.length} already there`);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/push-plan.ts


/** Plans the pushes of `index` (over `entries`) to `tags`. */
function planPushes(index, entries, tags) {
    const copies = [];
    const targetRepositories = [];
    for (const tag of tags) {
        if (!targetRepositories.some((repo) => sameRepository(repo, tag))) {
            targetRepositories.push({ registry: tag.registry, repository: tag.repository });
        }
    }
    for (const target of targetRepositories) {
        const planned = new Set();
        for (const entry of entries) {
            const digest = entry.descriptor.digest;
            if (sameRepository(entry.repository, target) || planned.has(digest))
                continue;
            planned.add(digest);
            copies.push({ entry, from: withDigest(entry.repository, digest), to: withDigest(target, digest) });
        }
    }
    return { index, copies, tags: [...tags] };
}
/** The plan as log lines, for the dry run and the log of a real run. */
function describePlan(plan) {
    const lines = [];
    for (const copy of plan.copies) {
        const what = copy.entry.attestation
            ? 'attestation manifest'
            : `${copy.entry.descriptor.platform ? formatPlatform(copy.entry.descriptor.platform) : ''} manifest`;
        lines.push(`copy ${what} ${copy.entry.descriptor.digest} with its blobs from ${formatRepository(copy.from)} to ${formatRepository(copy.to)} (when missing)`);
    }
    for (const tag of plan.tags) {
        lines.push(`push index ${plan.index.digest} (${plan.index.mediaType}) to ${formatReference(tag)}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/merge.ts









/** Merges the sources into one index pushed to every tag; see the file comment for the order. */
async function mergeManifests(client, options, log) {
    const annotations = options.annotations ?? {};
    checkFormatAnnotations(options.format, annotations);
    // Read concurrently, but report the first failing source in the order given, so the same
    // inputs always give the same error.
    const settled = await Promise.allSettled(options.sources.map((ref) => resolveSource(client, ref, { attestations: options.attestations })));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const sources = settled.map((s) => s.value);
    for (const source of sources) {
        for (const skipped of source.skipped)
            log.info(`${source.source}: left out ${skipped.digest} (${skipped.reason})`);
    }
    const entries = sources.flatMap((source) => source.entries);
    checkDuplicatePlatforms(entries);
    checkExpectedPlatforms(options.platforms ?? [], entries);
    if (options.format === 'docker' && entries.some((e) => baseMediaType(e.descriptor.mediaType) === OCI_MANIFEST)) {
        log.warning('format is docker but some manifests are OCI manifests: some clients expect Docker manifests in a Docker manifest list');
    }
    // Images first, in the order of the sources, then their attestation manifests (as buildx
    // lays out an index): a client that takes the first manifest gets an image.
    const ordered = [...entries.filter((e) => !e.attestation), ...entries.filter((e) => e.attestation)];
    const index = buildIndex(ordered.map((entry) => entry.descriptor), { format: options.format, annotations });
    const plan = planPushes(index, ordered, options.tags);
    // Still reads only (a dry run does them too): the manifests to copy to other repositories.
    await loadCopyManifests(client, plan);
    const platforms = ordered
        .filter((entry) => !entry.attestation && entry.descriptor.platform)
        .map((entry) => platformKey(entry.descriptor.platform));
    const result = {
        index,
        sources,
        entries: ordered,
        platforms,
        plan,
        images: plan.tags.map((tag) => formatReference(withDigest(tag, index.digest))),
    };
    if (options.dryRun) {
        log.info(`Dry run: nothing pushed. The index (${index.mediaType}, ${index.digest}):`);
        log.info(JSON.stringify(index.json, null, 2));
        log.info('Would do:');
        for (const line of describePlan(plan))
            log.info(`  ${line}`);
        return result;
    }
    for (const line of describePlan(plan))
        log.info(line);
    result.pushed = await executePlan(client, plan);
    for (const line of describeCopies(result.pushed))
        log.info(line);
    result.images = result.pushed.images;
    return result;
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

;// CONCATENATED MODULE: ./packages/core/src/manifest/merge-report.ts
// How a merge is reported: the job summary (a table of platform, source, digest and size) and
// the `json` output, both made from the MergeResult.



/** Bytes in a short human form (1.5 MiB). */
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** What the entry is: its platform, or what an attestation manifest is about. */
function entryLabel(entry, entries) {
    if (!entry.attestation)
        return entry.descriptor.platform ? formatPlatform(entry.descriptor.platform) : '';
    const about = entry.descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION];
    const image = entries.find((e) => e.descriptor.digest === about);
    return image?.descriptor.platform ? `attestation (${formatPlatform(image.descriptor.platform)})` : 'attestation';
}
/** The compressed size of the image (config + layers) when its manifest was read, else the manifest's size. */
function entrySize(entry) {
    const json = entry.manifest?.json;
    if (json && !isImageIndex(json)) {
        return formatSize([json.config, ...json.layers].reduce((sum, d) => sum + (d.size ?? 0), 0));
    }
    return `${formatSize(entry.descriptor.size)} (manifest)`;
}
/** The job summary of a merge. */
function mergeSummary(result, dryRun) {
    const rows = result.entries.map((entry) => [
        entryLabel(entry, result.entries),
        entry.source,
        code(entry.descriptor.digest),
        entrySize(entry),
    ]);
    const lines = [
        heading(dryRun ? 'manifest-merge (dry run: nothing pushed)' : 'manifest-merge'),
        table(['Platform', 'Source', 'Digest', 'Size'], rows),
        '\n',
        `Index ${code(result.index.digest)} (${code(result.index.mediaType)}, ${result.index.size} bytes)`,
        dryRun ? ' would be pushed to:\n\n' : ' pushed to:\n\n',
        ...result.images.map((image) => `- ${code(image)}\n`),
        '\n',
    ];
    return lines.join('');
}
/** The `json` output: everything a later step may want, in one object. */
function mergeJson(result, dryRun) {
    return JSON.stringify({
        digest: result.index.digest,
        mediaType: result.index.mediaType,
        size: result.index.size,
        dryRun,
        images: result.images,
        platforms: result.platforms,
        annotations: result.index.json.annotations ?? {},
        manifests: result.entries.map((entry) => ({
            source: entry.source,
            digest: entry.descriptor.digest,
            mediaType: entry.descriptor.mediaType,
            size: entry.descriptor.size,
            platform: entry.descriptor.platform ? formatPlatform(entry.descriptor.platform) : undefined,
            attestation: entry.attestation,
        })),
    });
}
/** Every output of manifest-merge. */
function mergeOutputs(result, dryRun) {
    return {
        digest: result.index.digest,
        images: result.images.join(','),
        platforms: result.platforms.join(','),
        'media-type': result.index.mediaType,
        json: mergeJson(result, dryRun),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/runner/outputs.ts
/** Writes every output of `record`, in its order. */
function writeOutputs(rt, _action, record) {
    for (const [name, value] of Object.entries(record)) {
        if (value !== undefined)
            rt.setOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./actions/manifest-merge/run.ts
// manifest-merge: merges per-platform images (or indexes) into one multi-platform index and
// pushes it to every tag, straight through the registry API (packages/core/src/manifest/).









function annotationInputs(inputs) {
    const { annotations, skipped } = indexAnnotations(readKeyValues(inputs, 'annotations', ANNOTATION_INPUT_KEY));
    return { annotations, skippedAnnotations: skipped };
}
/**
 * The images of a list input, each once: a repeated reference is a mistake, and refusing it here
 * keeps a list of thousands of copies from becoming thousands of requests before it is noticed.
 */
function readImagesOnce(inputs, name, kind) {
    const images = readImages(inputs, name, kind);
    const seen = new Set();
    for (const image of images) {
        const shown = formatReference(image);
        if (seen.has(shown))
            throw new input_error_InputError(name, inputs.raw(name), `each image once (${shown} is listed twice)`);
        seen.add(shown);
    }
    return images;
}
/** Parses the inputs into a typed object; every bad value fails here, before any request. */
function readInputs(rt) {
    const inputs = actionInputs(rt, 'manifest-merge');
    return {
        sources: readImagesOnce(inputs, 'sources', 'source'),
        tags: readImagesOnce(inputs, 'tags', 'tag'),
        platforms: parseExpectedPlatforms(readList(inputs, 'platforms')),
        ...annotationInputs(inputs),
        format: readEnum(inputs, 'format', ['oci', 'docker'], 'oci'),
        attestations: readEnum(inputs, 'attestations', ['keep', 'drop'], 'keep'),
        ...readRegistryLogin(inputs),
        dryRun: readBoolean(inputs, 'dry-run', false),
    };
}
async function run(rt) {
    // Masked before anything else can print it (an input error included).
    readSecret(actionInputs(rt, 'manifest-merge'), 'password', (s) => rt.setSecret(s));
    const inputs = readInputs(rt);
    if (inputs.skippedAnnotations.length) {
        rt.log.info(`Annotations for other levels than the index left out: ${inputs.skippedAnnotations.join(', ')}`);
    }
    // The input credentials are for the registry of the (first) tag.
    const client = createRegistryClient(rt, inputs, inputs.tags[0].registry);
    const result = await mergeManifests(client, inputs, rt.log);
    writeOutputs(rt, 'manifest-merge', mergeOutputs(result, inputs.dryRun));
    rt.appendSummary(mergeSummary(result, inputs.dryRun));
    rt.log.info(`${inputs.dryRun ? 'Would push' : 'Pushed'} index ${result.index.digest} (${result.platforms.join(', ')}) to ${result.images.join(', ')}`);
    const byMethod = Object.entries(client.stats.byMethod)
        .map(([method, count]) => `${method} ${count}`)
        .join(', ');
    rt.log.debug(`Registry requests: ${client.stats.requests} (${byMethod})`);
}

;// CONCATENATED MODULE: ./actions/manifest-merge/main.ts


void runMain('manifest-merge', run);

