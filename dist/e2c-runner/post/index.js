import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: ./packages/core/src/errors/cib-error.ts
// The error a user can act on: one line that says what went wrong and, in `hint`, what to do.
// Anything else thrown is a bug (runner/run-main.ts reports it as an internal error).
/** A failure the user can fix; `hint` says how. */
class cib_error_CibError extends Error {
    hint;
    constructor(message, options = {}) {
        super(options.hint ? `${message}. ${options.hint}` : message, { cause: options.cause });
        this.name = 'CibError';
        this.hint = options.hint;
    }
}
/** Quotes a user value for an error message, cut so that a 1 MB input does not flood the log. */
function cib_error_quoteForMessage(value, max = 120) {
    // JSON.stringify shows control characters as escapes (\n, \u0000), so a newline in a value
    // cannot forge a second log line.
    return JSON.stringify(cutForMessage(value, max));
}
/** `value` cut to its first `max` characters, saying how long it was (unquoted: for paths). */
function cutForMessage(value, max) {
    return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}
/** The message of anything thrown, for logs. */
function cib_error_errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

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
    if (error instanceof cib_error_CibError)
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
    if (error instanceof cib_error_CibError)
        return;
    if (error instanceof Error && error.stack)
        log.debug(error.stack);
    else if (!(error instanceof Error))
        log.debug(`thrown: ${String(error)}`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
        const fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        try {
            bytes = Buffer.alloc(16);
            if ((0,external_node_fs_.readSync)(fd, bytes, 0, 16, null) !== 16)
                throw new Error('short read from /dev/urandom');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
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
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
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
                    offset += (0,external_node_fs_.writeSync)(fd, bytes, offset, bytes.length - offset);
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
                throw new cib_error_CibError(`State "${name}" is ${bytes} bytes: the runner passes state to the post step in one environment variable, which holds at most ${ENV_STRING_MAX_BYTES}`, { hint: 'Shorten the input it comes from' });
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
            env.PATH = env.PATH ? `${directory}${external_node_path_.delimiter}${env.PATH}` : directory;
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

;// CONCATENATED MODULE: ./packages/core/src/ec2/job-state.ts
// What e2c-runner keeps between its phases: in the Runtime's state (the post step's STATE_*, or
// the CLI's state file across processes) and, in the seed's format, in `.e2c_instance_state_<job>`
// (TARGET_INSTANCE_ID=, E2C_PUBLIC_IP=, E2C_INSTANCE_STRATEGY=), rewritten on every change so a
// cancellation at any point leaves the latest values behind.


const job_state_STATE = {
    instanceId: 'TARGET_INSTANCE_ID',
    publicIp: 'E2C_PUBLIC_IP',
    strategy: 'E2C_INSTANCE_STRATEGY',
    /** Set before RunInstances: the post step looks for the instance by tag if no id was saved. */
    launchAttempted: 'E2C_LAUNCH_ATTEMPTED',
    /** The address SSH uses (public or private). */
    sshHost: 'E2C_SSH_HOST',
    knownHosts: 'E2C_KNOWN_HOSTS',
    buildDir: 'E2C_BUILD_DIR',
    /** buildx-node: the builder, our node in it, whether the builder existed before, the ssh folder. */
    builder: 'E2C_BUILDER',
    builderNode: 'E2C_BUILDER_NODE',
    builderExisted: 'E2C_BUILDER_EXISTED',
    nodeSshDir: 'E2C_NODE_SSH_DIR',
};
const SEED_KEYS = [job_state_STATE.instanceId, job_state_STATE.publicIp, job_state_STATE.strategy];
class JobState {
    rt;
    file;
    values = new Map();
    constructor(rt, 
    /** The seed-format state file. */
    file) {
        this.rt = rt;
        this.file = file;
    }
    get(name) {
        return this.values.get(name) ?? this.rt.getState(name);
    }
    set(name, value) {
        this.values.set(name, value);
        this.rt.saveState(name, value);
        if (SEED_KEYS.includes(name))
            this.writeSeedFile();
    }
    writeSeedFile() {
        const lines = SEED_KEYS.map((key) => [key, this.get(key)]).filter(([, value]) => value !== '');
        (0,external_node_fs_.writeFileSync)(this.file, lines.map(([key, value]) => `${key}=${value}\n`).join(''), { mode: 0o600 });
    }
    /** After a clean teardown: the seed's teardown removed its state file too. */
    removeFile() {
        (0,external_node_fs_.rmSync)(this.file, { force: true });
    }
}
/** `.e2c_instance_state_<job id>` in the runner's temp folder, or the working folder under the CLI. */
function seedStateFile(env, folder) {
    const job = (env.CI_JOB_ID || env.GITHUB_JOB || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
    return (0,external_node_path_.join)(env.RUNNER_TEMP || folder, `.e2c_instance_state_${job}`);
}

;// CONCATENATED MODULE: ./packages/core/src/exec/exec.ts
// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.

/** A process that failed: names the program and shows the last lines it printed. */
class ExecError extends cib_error_CibError {
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
        reject(new cib_error_CibError(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
        if (timer)
            clearTimeout(timer);
        outLines('', true);
        errLines('', true);
        if (timedOut) {
            reject(new cib_error_CibError(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
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
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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

;// CONCATENATED MODULE: ./packages/core/src/time/clock.ts
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

;// CONCATENATED MODULE: ./packages/core/src/ec2/ec2-api.ts
function toInfo(instance) {
    return {
        id: instance.InstanceId ?? '',
        state: instance.State?.Name ?? 'unknown',
        instanceType: instance.InstanceType ?? '',
        publicIp: instance.PublicIpAddress,
        privateIp: instance.PrivateIpAddress,
        market: instance.InstanceLifecycle === 'spot' ? 'spot' : 'on-demand',
        launchTime: instance.LaunchTime,
        tags: Object.fromEntries((instance.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    };
}
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/**
 * An Ec2Api on the AWS SDK. `launchAttempts` caps the SDK's own retries for RunInstances
 * (capacity errors come as HTTP 500, which it would retry three times before we can fall back).
 */
async function createSdkEc2Api(options) {
    const sdk = await __nccwpck_require__.e(/* import() */ 193).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5193, 19));
    const region = options.region || undefined;
    const client = new sdk.EC2Client({ region });
    const launchClient = new sdk.EC2Client({ region, maxAttempts: options.launchAttempts ?? 1 });
    const all = (reservations) => (reservations ?? []).flatMap((r) => r.Instances ?? []).map(toInfo);
    return {
        async launch(request) {
            const { id, name, version } = request.launchTemplate;
            const out = await launchClient.send(new sdk.RunInstancesCommand({
                MinCount: 1,
                MaxCount: 1,
                LaunchTemplate: id
                    ? { LaunchTemplateId: id, Version: version }
                    : { LaunchTemplateName: name, Version: version },
                InstanceType: request.instanceType,
                SubnetId: request.subnetId,
                ClientToken: request.clientToken,
                InstanceInitiatedShutdownBehavior: request.shutdownBehavior,
                InstanceMarketOptions: request.spot
                    ? {
                        MarketType: 'spot',
                        SpotOptions: {
                            SpotInstanceType: 'one-time',
                            InstanceInterruptionBehavior: 'terminate',
                            MaxPrice: request.spot.maxPrice,
                        },
                    }
                    : undefined,
                TagSpecifications: [
                    { ResourceType: 'instance', Tags: tagList(request.tags) },
                    { ResourceType: 'volume', Tags: tagList(request.tags) },
                ],
            }));
            const instance = out.Instances?.[0];
            if (!instance?.InstanceId)
                throw new Error('RunInstances answered without an instance id');
            return toInfo(instance);
        },
        async describe(ids) {
            return all((await client.send(new sdk.DescribeInstancesCommand({ InstanceIds: ids }))).Reservations);
        },
        async findByTags(tags, states) {
            const Filters = [
                ...Object.entries(tags).map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
                { Name: 'instance-state-name', Values: states },
            ];
            const found = [];
            let NextToken;
            do {
                const page = await client.send(new sdk.DescribeInstancesCommand({ Filters, NextToken }));
                found.push(...all(page.Reservations));
                NextToken = page.NextToken;
            } while (NextToken);
            return found;
        },
        async start(id) {
            await client.send(new sdk.StartInstancesCommand({ InstanceIds: [id] }));
        },
        async stop(id) {
            await client.send(new sdk.StopInstancesCommand({ InstanceIds: [id] }));
        },
        async terminate(id) {
            await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: [id] }));
        },
        async consoleOutput(id) {
            const out = await client.send(new sdk.GetConsoleOutputCommand({ InstanceId: id }));
            return out.Output ? Buffer.from(out.Output, 'base64').toString('utf8') : '';
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/errors/input-error.ts
// A bad action input: the error names the input, the value it got and what was expected.

/** A bad action input: names the input, shows the value (shortened) and what was expected. */
class input_error_InputError extends cib_error_CibError {
    input;
    constructor(input, value, expected, hint) {
        const shown = value === undefined || value === '' ? 'is empty' : `is ${cib_error_quoteForMessage(value)}`;
        super(`Input "${input}" ${shown}: expected ${expected}`, { hint });
        this.name = 'InputError';
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/ssh-files.ts
// The job's SSH material on disk: the private key (PEM or base64 PEM, written mode 600 into a
// folder only we can read) and the known_hosts file, removed when the phase ends. Every form of
// the key is masked before anything could print it.




/** The PEM text of the key input; base64 PEM (the seed's E2C_SSH_PRIVATE_KEY form) is decoded. */
function ssh_files_decodePrivateKey(value) {
    const text = value.includes('-----BEGIN') ? value : Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) || !/-----END [A-Z ]*PRIVATE KEY-----/.test(text))
        // Never quote the value: it is a secret, even when malformed.
        throw new input_error_InputError('ssh-private-key', '(hidden)', 'a PEM private key (-----BEGIN ... PRIVATE KEY-----) or its base64');
    return text.replace(/\r\n/g, '\n').trimEnd() + '\n';
}
/** Masks the key as given, decoded, and line by line (a log may show any one line of it). */
function ssh_files_maskPrivateKey(rt, value, pem) {
    rt.setSecret(value);
    rt.setSecret(pem.trim());
    for (const line of pem.split('\n'))
        if (line.length >= 16 && !line.startsWith('-----'))
            rt.setSecret(line);
}
/** Writes the key (mode 600) and known_hosts into a fresh private folder under `parent`. */
function writeSshFiles(parent, pem, knownHosts) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent || (0,external_node_os_.tmpdir)(), 'cib-e2c-ssh-'));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const keyFile = (0,external_node_path_.join)(dir, 'id_key');
    const knownHostsFile = (0,external_node_path_.join)(dir, 'known_hosts');
    (0,external_node_fs_.writeFileSync)(keyFile, pem, { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)(knownHostsFile, knownHosts, { mode: 0o600 });
    return { dir, keyFile, knownHostsFile, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/phase-context.ts
// What every e2c-runner phase works with: the side effects (processes, clock, EC2) handed in, the
// run's identity from the CI context, the job state, and SSH sessions to the instance built from
// the saved address and known_hosts.








/** The real side effects. CIB_E2C_POLL_MS shortens the polling interval (the tests' simulated EC2 is fast). */
function phase_context_defaultDeps(env) {
    const poll = Number(env.CIB_E2C_POLL_MS);
    return {
        exec: execProcess,
        clock: systemClock,
        pollMs: Number.isFinite(poll) && poll > 0 ? poll : 3000,
        ec2: (region) => createSdkEc2Api({ region, launchAttempts: 1 }),
    };
}
/** AWS credentials in the environment (the standard chain's variables): masked before any phase logs. */
const AWS_SECRETS = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
function phase_context_phaseContext(rt, inputs, deps) {
    for (const name of AWS_SECRETS) {
        const value = rt.env[name];
        if (value)
            rt.setSecret(value);
    }
    const ci = readCiContext(rt.env);
    const workspace = ci.workspace || process.cwd();
    return {
        rt,
        inputs,
        deps,
        run: {
            repository: ci.repository || 'local',
            runId: ci.runId || 'local',
            runAttempt: ci.runAttempt || '1',
            job: ci.job || 'local',
        },
        workspace,
        state: new JobState(rt, seedStateFile(rt.env, workspace)),
    };
}
/**
 * Runs `fn` with an SSH target for the saved instance: the key and known_hosts written to a
 * private folder for the call and removed after it, whatever happens.
 */
async function phase_context_withSsh(context, knownHosts, fn) {
    const { inputs, rt, state } = context;
    if (!inputs.sshPrivateKey)
        throw new cib_error_CibError('ssh-private-key is empty: this phase logs in to the instance');
    const pem = ssh_files_decodePrivateKey(inputs.sshPrivateKey);
    ssh_files_maskPrivateKey(rt, inputs.sshPrivateKey, pem);
    const host = state.get(job_state_STATE.sshHost);
    if (!host)
        throw new cib_error_CibError('No instance address in the saved state: run the setup phase first');
    const files = writeSshFiles(rt.env.RUNNER_TEMP, pem, knownHosts.map((line) => `${line}\n`).join(''));
    try {
        return await fn({
            user: inputs.sshUser,
            host,
            port: inputs.sshPort,
            keyFile: files.keyFile,
            knownHostsFile: files.knownHostsFile,
            strictHostKeyChecking: knownHosts.length ? 'yes' : 'accept-new',
        }, files.knownHostsFile);
    }
    finally {
        files.remove();
    }
}
/** The known_hosts lines saved by setup (so later phases trust exactly the key setup saw). */
function phase_context_savedKnownHosts(state) {
    return state.get(job_state_STATE.knownHosts).split('\n').filter(Boolean);
}
function phase_context_readKnownHostsFile(file) {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/ssh.ts
/** Quotes one argument for a POSIX shell. */
function ssh_shellQuote(value) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * A remote path for the shell: a leading `~/` becomes "$HOME"/ (quoted `~` would not expand),
 * the rest quoted.
 */
function ssh_remotePath(path) {
    return path.startsWith('~/') ? `"$HOME"/${ssh_shellQuote(path.slice(2))}` : ssh_shellQuote(path);
}
/** The options shared by ssh and scp. */
function sshOptions(target) {
    return [
        '-F',
        '/dev/null',
        '-i',
        target.keyFile,
        '-o',
        'IdentitiesOnly=yes',
        '-o',
        'BatchMode=yes',
        '-o',
        `StrictHostKeyChecking=${target.strictHostKeyChecking}`,
        '-o',
        `UserKnownHostsFile=${target.knownHostsFile}`,
        '-o',
        'GlobalKnownHostsFile=/dev/null',
        '-o',
        'ConnectTimeout=10',
        '-o',
        'ServerAliveInterval=15',
        '-o',
        'LogLevel=ERROR',
    ];
}
/** Runs `command` (a shell command line built with shellQuote/remotePath) on the instance. */
function ssh_runRemote(exec, target, command, options = {}) {
    return exec('ssh', [...sshOptions(target), '-p', String(target.port), `${target.user}@${target.host}`, '--', command], {
        onStdoutLine: options.onLine,
        onStderrLine: options.onLine,
        timeoutMs: options.timeoutMs,
        allowFailure: options.allowFailure,
        signal: options.signal,
    });
}
/** Copies a local file to a path relative to the remote user's home. */
function ssh_copyToRemote(exec, target, localFile, remoteRelative) {
    return exec('scp', [
        ...sshOptions(target),
        '-P',
        String(target.port),
        '-q',
        localFile,
        `${target.user}@${target.host}:${remoteRelative}`,
    ]);
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/sync.ts
// Copies the project to the instance's build directory: the files under `sync-paths` that
// .dockerignore does not leave out (cib's own state files never go), packed with tar, sent with
// scp, unpacked remotely. tar keeps modes and symlinks; one archive is one round trip.






/** Never copied: cib's state (which names the instance) and the seed's state files. */
const OWN_FILES = /^(\.cib(\/|$)|\.e2c_instance_state_)/;
/** The files to send, relative to `root`, `/`-separated, sorted. */
function listSyncFiles(root, paths) {
    const ignoreFile = join(root, '.dockerignore');
    const rules = existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : [];
    const files = new Set();
    const visit = (absolute) => {
        const rel = relative(root, absolute).split(sep).join('/');
        if (rel.startsWith('..'))
            throw new CibError(`sync-paths entry ${absolute} is outside the workspace ${root}`);
        if (rel && (OWN_FILES.test(rel) || isIgnored(rel, rules))) {
            // An ignored folder may still hold re-included files (`!dir/keep`): look inside only then.
            if (!rules.some((r) => r.negate))
                return;
        }
        const stat = lstatSync(absolute);
        if (stat.isDirectory())
            for (const name of readdirSync(absolute))
                visit(join(absolute, name));
        else if (rel && !OWN_FILES.test(rel) && !isIgnored(rel, rules))
            files.add(rel);
    };
    for (const path of paths.length ? paths : ['.']) {
        const absolute = resolve(root, path);
        if (relative(root, absolute).startsWith('..'))
            throw new CibError(`sync-paths entry ${path} is outside the workspace ${root}`);
        if (!existsSync(absolute))
            throw new CibError(`sync-paths entry ${path} does not exist in ${root}`);
        visit(absolute);
    }
    return [...files].sort();
}
/** Sends the files into `buildDir` on the instance (created if missing). Returns the file count. */
async function sync_syncProject(exec, target, options) {
    const files = listSyncFiles(options.root, options.paths);
    const work = mkdtempSync(join(tmpdir(), 'cib-e2c-sync-'));
    try {
        const list = join(work, 'files');
        const archive = join(work, 'project.tar.gz');
        writeFileSync(list, files.map((f) => `${f}\0`).join(''));
        await exec('tar', ['-czf', archive, '-C', options.root, '--null', '--no-recursion', '-T', list]);
        const dir = remotePath(options.buildDir);
        const upload = `.cib-sync-${process.pid}.tar.gz`;
        await runRemote(exec, target, `mkdir -p ${dir}`);
        await copyToRemote(exec, target, archive, upload);
        await runRemote(exec, target, `tar -xzf ${shellQuote(upload)} -C ${dir} && rm -f ${shellQuote(upload)}`);
        options.log.info(`Copied ${files.length} files to ${options.buildDir} on ${target.host}`);
        return files.length;
    }
    finally {
        rmSync(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/build-phase.ts
// The build phase: copy the project into the job's build directory on the instance and run the
// bake there, streaming its output into the log.






/** The remote build directory: build-dir, else <E2C_BUILD_DIR or ~/builds>/<run id>-<job>. */
function buildDirectory(context) {
    const { inputs, run } = context;
    const dir = inputs.buildDir || `${inputs.buildDirBase.replace(/\/+$/, '')}/${run.runId}-${run.job}`;
    return dir.replace(/^~$/, '~/');
}
async function build_phase_buildPhase(context) {
    const { rt, inputs, deps, state } = context;
    if (!state.get(STATE.instanceId))
        throw new CibError('No instance in the saved state: run the setup phase first');
    const buildDir = buildDirectory(context);
    state.set(STATE.buildDir, buildDir);
    await withSsh(context, savedKnownHosts(state), async (target) => {
        const files = await rt.log.group('Copy the project to the instance', () => syncProject(deps.exec, target, { root: context.workspace, paths: inputs.syncPaths, buildDir, log: rt.log }));
        await rt.log.group(`docker buildx bake on ${state.get(STATE.instanceId)}`, () => runRemoteBake(deps.exec, target, buildDir, {
            files: inputs.bakeFiles,
            targets: inputs.bakeTargets,
            set: inputs.bakeSet,
            platform: inputs.platform,
            push: inputs.push,
        }, rt.log));
        rt.appendSummary(`Built ${inputs.bakeTargets.join(', ') || 'the default group'} for ${inputs.platform} on \`${state.get(STATE.instanceId)}\` (${files} files copied${inputs.push ? ', pushed' : ''}).\n`);
    });
}
/** Removes the job's build directory from the instance; a failure is a warning (teardown follows). */
async function build_phase_cleanupPhase(context) {
    const { rt, deps, state } = context;
    const buildDir = state.get(job_state_STATE.buildDir);
    if (!buildDir || !state.get(job_state_STATE.sshHost) || !state.get(job_state_STATE.instanceId)) {
        rt.log.info('No build directory to remove');
        return;
    }
    if (['~', '~/', '/', '.', ''].includes(buildDir.trim()))
        throw new cib_error_CibError(`Refusing to remove build directory ${buildDir}`);
    try {
        await phase_context_withSsh(context, phase_context_savedKnownHosts(state), async (target) => {
            await ssh_runRemote(deps.exec, target, `rm -rf -- ${ssh_remotePath(buildDir)}`, { timeoutMs: 120_000 });
        });
        rt.log.info(`Removed ${buildDir} from the instance`);
    }
    catch (error) {
        rt.log.warning(`Could not remove ${buildDir} from the instance: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/bake/bake-command.ts
/**
 * A bake target or group name (buildx allows letters, digits, _ and -), never a leading -: what
 * multiarch-bake's targets and e2c-runner's bake-targets accept, so no value reaches buildx's argv
 * as an option, and a name is safe in a staging tag.
 */
const BAKE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;
function common(flags, extraFiles) {
    const args = ['buildx', 'bake'];
    if (flags.builder)
        args.push('--builder', flags.builder);
    for (const file of [...flags.files, ...extraFiles])
        args.push('-f', file);
    return args;
}
/** `bake --print` of the user's definition: what they set, groups expanded, before ours. */
function printArgs(flags) {
    const args = common(flags, []);
    for (const line of flags.set)
        args.push('--set', line);
    args.push('--print', ...flags.targets);
    return args;
}
/**
 * A bake of the user's files alone, with no file of ours: what e2c-runner runs on its builder
 * instance (the same file and `--set` order as the build below).
 */
function plainBakeArgs(flags) {
    const args = common(flags, []);
    for (const line of flags.set)
        args.push('--set', line);
    if (flags.push)
        args.push('--push');
    args.push(...flags.targets);
    return args;
}
/** The build (or, with `print`, the merged definition it would build). */
function bakeArgs(flags, generated, features, options = {}) {
    const args = common(flags, [generated.definitionFile]);
    for (const line of flags.set)
        args.push('--set', line);
    if (options.print) {
        args.push('--print', ...flags.targets);
        return args;
    }
    args.push('--metadata-file', generated.metadataFile);
    args.push('--progress', features.rawjsonProgress ? 'rawjson' : 'plain');
    // With push-by-digest the generated output pushes; --push would replace it.
    if (flags.push)
        args.push('--push');
    if (flags.load)
        args.push('--load');
    if (flags.pull)
        args.push('--pull');
    if (flags.noCache)
        args.push('--no-cache');
    if (flags.provenance)
        args.push(`--provenance=${flags.provenance}`);
    if (flags.sbom)
        args.push(`--sbom=${flags.sbom}`);
    // The results as JSON: the one form whose shape has not changed between releases (check-results.ts).
    if (flags.call !== 'build')
        args.push('--call', `${flags.call},format=json`);
    for (const entry of flags.allow)
        args.push('--allow', entry);
    args.push(...flags.targets);
    return args;
}
/** The command as one line for logs and the plan: each argument quoted when it needs it. */
function bake_command_formatCommand(program, args) {
    const quote = (arg) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
    return [program, ...args].map(quote).join(' ');
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
function reference_isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
/** Text that is not an image reference. `reason` says what is wrong without repeating the text. */
class reference_MalformedReferenceError extends cib_error_CibError {
    reason;
    constructor(text, reason) {
        super(`${cib_error_quoteForMessage(text)} is not an image reference: ${reason}`, {
            hint: 'Write it as host[:port]/path[:tag] or host[:port]/path@sha256:<64 hex digits>, e.g. ghcr.io/org/app:1.2.3',
        });
        this.name = 'MalformedReferenceError';
        this.reason = reason;
    }
}
function malformed(text, reason) {
    return new reference_MalformedReferenceError(text, reason);
}
/**
 * Parses an image reference. Defaults the tag to `latest` only when neither a tag nor a digest
 * is given. Throws a MalformedReferenceError naming what is wrong.
 */
function reference_parseReference(text) {
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
            throw malformed(text, `the digest ${quoteForMessage(digest)} is not sha256:<64 hex digits>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/') && !rest.slice(colon).includes(']')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!reference_isValidTag(tag)) {
            throw malformed(text, `the tag ${quoteForMessage(tag, 40)} is not valid (letters, digits, _ . -, at most 128)`);
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
            throw malformed(text, `the registry host ${quoteForMessage(registry, 40)} is not valid`);
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
            throw malformed(text, `the path component ${quoteForMessage(component, 40)} is not valid (lower-case letters, digits and . _ - between them)`);
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
    if (!reference_isValidTag(tag))
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
function image_tag_fixedTagOf(reference) {
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
function inputs_actionInputs(rt, _action) {
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
        throw new input_error_InputError(label, value, `${kind}${range}`);
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
        throw new InputError(name, '', kind === 'repository'
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
            throw new InputError(name, item, IMAGE_EXAMPLES[kind], `Here ${error.reason}${asTag}`);
        }
        if (kind === 'tag' && ref.digest)
            throw new InputError(name, item, 'a tag to push to (not a digest)');
        return kind === 'repository' ? { registry: ref.registry, repository: ref.repository } : ref;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/inputs.ts
// e2c-runner's inputs, parsed once into a typed object through the one input layer: the
// action.yml inputs, several falling back to the seed pipeline's variable when empty, checked
// before anything is launched so that a bad value fails with one InputError and nothing
// half-created.



const PHASES = ['setup', 'build', 'cleanup', 'teardown', 'reap'];
/** The seed pipeline's variables, by input. */
const SEED_VARIABLES = {
    strategy: 'E2C_INSTANCE_STRATEGY',
    'instance-id': 'E2C_INSTANCE_ID',
    'launch-template-id': 'E2C_LAUNCH_TEMPLATE_ID',
    'ssh-user': 'E2C_SSH_USER',
    'ssh-private-key': 'E2C_SSH_PRIVATE_KEY',
    spot: 'E2C_USE_SPOT',
    'spot-max-price': 'E2C_SPOT_MAX_PRICE',
    region: 'AWS_DEFAULT_REGION',
};
const env = (name) => ({ env: SEED_VARIABLES[name] });
function readHostKey(value) {
    if (value === '' || value === 'accept-new')
        return { mode: 'accept-new' };
    if (value === 'console')
        return { mode: 'console' };
    // A known_hosts line: host patterns, key type, base64 key.
    if (/^\S+\s+(ssh-|ecdsa-|sk-)\S+\s+[A-Za-z0-9+/=]+(\s.*)?$/.test(value))
        return { mode: 'literal', line: value };
    throw new input_error_InputError('host-key', value, 'console, accept-new or a known_hosts line (host key-type base64-key)');
}
/** What bake-targets, bake-files and bake-set may take together (see below). */
const MAX_REMOTE_BAKE_CHARS = 65_536;
/**
 * Reads and checks every input. The private key is registered as a secret first, before anything
 * could print it (an InputError quoting another input included).
 */
function inputs_readE2cInputs(inputs, rt) {
    const sshPrivateKey = readSecret(inputs, 'ssh-private-key', (secret) => rt.setSecret(secret), env('ssh-private-key'));
    const phase = inputs.raw('phase') === '' ? undefined : readEnum(inputs, 'phase', PHASES, 'setup');
    const strategyValue = readString(inputs, 'strategy', env('strategy'));
    const strategy = strategyValue === ''
        ? undefined
        : readEnum(inputs, 'strategy', ['existing', 'template'], 'template', env('strategy'));
    const result = {
        phase,
        strategy,
        instanceId: readString(inputs, 'instance-id', env('instance-id')),
        launchTemplate: {
            id: readString(inputs, 'launch-template-id', env('launch-template-id')),
            name: readString(inputs, 'launch-template-name'),
            version: readString(inputs, 'launch-template-version', { fallback: '$Default' }),
        },
        instanceTypes: readList(inputs, 'instance-types'),
        subnetIds: readList(inputs, 'subnet-ids'),
        spot: readBoolean(inputs, 'spot', false, env('spot')),
        spotMaxPrice: readString(inputs, 'spot-max-price', env('spot-max-price')),
        spotFallback: readEnum(inputs, 'spot-fallback', ['on-demand', 'fail'], 'on-demand'),
        region: readString(inputs, 'region', env('region')),
        sshUser: readString(inputs, 'ssh-user', { ...env('ssh-user'), fallback: 'admin' }),
        sshPrivateKey,
        sshPort: readNumber(inputs, 'ssh-port', { fallback: 22, min: 1, max: 65535 }),
        sshAddress: readEnum(inputs, 'ssh-address', ['public', 'private'], 'public'),
        readyTimeoutSeconds: readNumber(inputs, 'ready-timeout', { fallback: 300, min: 1, max: 3600, unit: 'seconds' }),
        hostKey: readHostKey(inputs.raw('host-key')),
        maxLifetimeMinutes: readNumber(inputs, 'max-lifetime', { fallback: 120, min: 5, max: 10080, unit: 'minutes' }),
        tags: readKeyValues(inputs, 'tags', /^[A-Za-z0-9 _.:/=+\-@]{1,128}$/),
        build: readBoolean(inputs, 'build', false),
        syncPaths: readLines(inputs, 'sync-paths'),
        buildDir: readString(inputs, 'build-dir'),
        buildDirBase: (inputs.env.E2C_BUILD_DIR ?? '').trim() || '~/builds',
        bakeFiles: readLines(inputs, 'bake-files'),
        bakeTargets: readList(inputs, 'bake-targets'),
        bakeSet: readLines(inputs, 'bake-set'),
        push: readBoolean(inputs, 'push', false),
        platform: readString(inputs, 'platform', { fallback: 'linux/arm64' }),
        buildxNode: readBoolean(inputs, 'buildx-node', false),
        reapOlderThanMinutes: inputs.raw('reap-older-than') === ''
            ? undefined
            : readNumber(inputs, 'reap-older-than', { fallback: 0, min: 0, unit: 'minutes' }),
    };
    // EC2 names and ids are checked here, so a typo fails naming our input rather than with EC2's
    // parameter name (InvalidParameterValue for InstanceType), and nothing odd reaches a request.
    for (const [input, values, pattern, expected] of [
        [
            'launch-template-id',
            [result.launchTemplate.id],
            /^lt-[0-9a-z]+$/,
            'a launch template id such as lt-0123456789abcdef0',
        ],
        [
            'launch-template-name',
            [result.launchTemplate.name],
            /^[A-Za-z0-9().\-/_]{3,128}$/,
            'a launch template name (3-128 letters, digits and ( ) . - / _)',
        ],
        [
            'launch-template-version',
            [result.launchTemplate.version],
            /^(\$Default|\$Latest|[1-9]\d{0,17})$/,
            '$Default, $Latest or a version number',
        ],
        ['instance-types', result.instanceTypes, /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, 'instance types such as c7g.large'],
        ['subnet-ids', result.subnetIds, /^subnet-[0-9a-z]+$/, 'subnet ids such as subnet-0123456789abcdef0'],
        ['region', [result.region], /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'an AWS region such as eu-north-1'],
        ['ssh-user', [result.sshUser], /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/, 'a user name such as admin or ec2-user'],
        // A folder on the instance that the cleanup removes (rm -rf over SSH): absolute or under ~/,
        // at least two levels deep, no `.` or `..` level, no leading `-`, characters a path needs and
        // no shell would read, at most PATH_MAX. `../../etc/passwd` on the instance must not reach
        // rm -rf (the hardening suite's sshd runs on this machine, as root).
        [
            'build-dir',
            [result.buildDir],
            /^(?=.{1,4095}$)(?!.*\/\.{1,2}(\/|$))(~\/|\/)[A-Za-z0-9_@%+=:,][A-Za-z0-9_.@%+=:,-]*\/[A-Za-z0-9_.@%+=:,/-]*$/,
            'an absolute folder path on the instance (or one under ~/), at least two levels deep, without . or .. levels',
        ],
        // Bake files (relative to the synced project), targets and the platform reach the remote bake
        // command: names a bake file or target can have, nothing a shell or option parser would read.
        [
            'bake-files',
            result.bakeFiles,
            /^(?=.{1,1024}$)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9_@%+=:,][A-Za-z0-9_.@%+=:,/-]*$/,
            'bake file paths in the project, such as docker-bake.hcl (no .. level, no spaces)',
        ],
        ['bake-targets', result.bakeTargets, BAKE_NAME, 'bake target or group names such as app'],
        [
            'bake-set',
            result.bakeSet,
            /^(?=[^\n\r]{1,8192}$)[A-Za-z0-9_*-][A-Za-z0-9_.*-]*\.[A-Za-z0-9_.-]+=/,
            'target.key=value lines such as app.args.VERSION=1.2.3 (at most 8192 characters each)',
        ],
        ['platform', [result.platform], /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'one platform such as linux/arm64'],
    ]) {
        const bad = values.find((value) => value !== '' && !pattern.test(value));
        if (bad !== undefined)
            throw new input_error_InputError(input, bad, expected);
    }
    // The bake's files, targets and --set lines become one remote command: one argument of ssh, and
    // of the shell sshd starts, which Linux caps at 128 KiB (MAX_ARG_STRLEN); past it the build
    // would fail with E2BIG. 64 KiB leaves room for quoting and the cd before it.
    const bakeInputs = [
        ['bake-targets', inputs.raw('bake-targets'), result.bakeTargets],
        ['bake-files', inputs.raw('bake-files'), result.bakeFiles],
        ['bake-set', inputs.raw('bake-set'), result.bakeSet],
    ];
    const bakeChars = bakeInputs.reduce((n, [, , values]) => n + values.reduce((m, v) => m + v.length + 3, 0), 0);
    if (bakeChars > MAX_REMOTE_BAKE_CHARS) {
        const [input, raw] = [...bakeInputs].sort((a, b) => b[1].length - a[1].length)[0];
        throw new input_error_InputError(input, raw, `bake-targets, bake-files and bake-set of at most ${MAX_REMOTE_BAKE_CHARS} characters together (they become one command on the instance; these take ${bakeChars})`, 'Name a bake group instead of many targets, or move --set values into a bake file');
    }
    if (result.spotMaxPrice && !/^\d+(\.\d+)?$/.test(result.spotMaxPrice))
        throw new input_error_InputError('spot-max-price', result.spotMaxPrice, 'a price in USD per hour such as 0.10, or empty');
    if (result.launchTemplate.id && result.launchTemplate.name)
        throw new input_error_InputError('launch-template-name', result.launchTemplate.name, 'empty when launch-template-id is given (one of the two)');
    return result;
}
/** The checks only setup needs: what to start or launch, and how to log in. */
function inputs_checkSetupInputs(inputs) {
    if (!inputs.strategy)
        throw new InputError('strategy', '', 'existing or template (or E2C_INSTANCE_STRATEGY)');
    if (inputs.strategy === 'existing' && !/^i-[0-9a-f]{8,17}$/.test(inputs.instanceId))
        throw new InputError('instance-id', inputs.instanceId, 'an instance id such as i-0123456789abcdef0 (strategy existing)');
    if (inputs.strategy === 'template' && !inputs.launchTemplate.id && !inputs.launchTemplate.name)
        throw new InputError('launch-template-id', '', 'a launch template id (lt-...) or a launch-template-name (strategy template)');
    if (!inputs.sshPrivateKey)
        throw new InputError('ssh-private-key', '', 'the private key to log in with (PEM or base64 PEM)');
    return inputs.strategy;
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/aws-error.ts
// What an error from EC2 means for e2c-runner: fall back (capacity), stop at once (permissions,
// bad parameters, credentials), or wait and retry (eventual consistency, state changes). Codes from
// the EC2 API reference's error codes page and the SDK's error `name`.
/** Errors that mean "try another type, subnet or market". */
const CAPACITY = new Set([
    'InsufficientInstanceCapacity',
    'InsufficientCapacity',
    'UnfulfillableCapacity',
    'SpotMaxPriceTooLow',
    'MaxSpotInstanceCountExceeded',
    'Unsupported',
    'VcpuLimitExceeded',
    'InstanceLimitExceeded',
]);
/** Credentials that were good and no longer are (EC2 says RequestExpired; STS-style services ExpiredToken). */
const EXPIRED = new Set(['RequestExpired', 'ExpiredToken', 'ExpiredTokenException']);
/** Nothing a retry or a fallback can fix: say so and stop. */
const FATAL = new Set([
    'UnauthorizedOperation',
    'AuthFailure',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
    'OptInRequired',
    'Blocked',
    'IdempotentParameterMismatch',
    'MissingParameter',
    'UnknownParameter',
]);
/** Server-side trouble and throttling: the same request later may well work. */
const TRANSIENT = new Set([
    'InternalError',
    'InternalFailure',
    'Unavailable',
    'ServiceUnavailable',
    'RequestLimitExceeded',
    'Throttling',
]);
/**
 * Requests that got no answer: the connection was reset or refused, timed out, or the name did not
 * resolve for now. The SDK throws node's own error (its `code`), or TimeoutError for its request
 * timeout. A RunInstances repeated with its ClientToken cannot launch a second instance.
 */
const NO_ANSWER = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
function networkCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : '';
}
function httpStatus(error) {
    const metadata = error?.$metadata;
    return metadata?.httpStatusCode ?? 0;
}
function errorCode(error) {
    if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
        return error.name;
    return '';
}
function aws_error_classifyEc2Error(error) {
    const code = errorCode(error);
    if (CAPACITY.has(code))
        return 'capacity';
    if (EXPIRED.has(code))
        return 'expired';
    if (code === 'InvalidInstanceID.NotFound')
        return 'not-found';
    if (code === 'IncorrectInstanceState')
        return 'incorrect-state';
    if (TRANSIENT.has(code) || httpStatus(error) >= 500)
        return 'transient';
    if (NO_ANSWER.has(networkCode(error)) || code === 'TimeoutError')
        return 'transient';
    if (FATAL.has(code) || code.startsWith('InvalidParameter') || code.startsWith('InvalidLaunchTemplate'))
        return 'fatal';
    return 'other';
}
/** `Code: AWS's message`, the form every e2c-runner error quotes EC2 in. */
function aws_error_describeEc2Error(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && code !== 'Error' ? `${code}: ${message}` : message;
}
/** Whether waiting longer cannot help: permissions, credentials, bad parameters. */
function endsWaiting(error) {
    const kind = aws_error_classifyEc2Error(error);
    return kind === 'fatal' || kind === 'expired';
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/launch.ts
// Launching from the launch template with capacity fallback: through the instance types, then the
// subnets, then (for spot, when allowed) on-demand, each step in the log. Every try has its own
// ClientToken (run, attempt, job, try number), so the SDK's retries of one try never launch a
// second instance. Fatal errors (permissions, bad parameters, credentials) stop at once with AWS's
// message. `onLaunched` runs the moment EC2 answers with the id, before anything else.



/** The tries in order: types inside subnets inside markets. */
function launchTries(plan) {
    const markets = plan.spot
        ? plan.spotFallback === 'on-demand'
            ? ['spot', 'on-demand']
            : ['spot']
        : ['on-demand'];
    const subnets = plan.subnetIds.length ? plan.subnetIds : [undefined];
    const types = plan.instanceTypes.length ? plan.instanceTypes : [undefined];
    return markets.flatMap((market) => subnets.flatMap((subnetId) => types.map((instanceType) => ({ market, subnetId, instanceType }))));
}
function describeTry(t) {
    return `${t.market} ${t.instanceType ?? "the template's type"} in ${t.subnetId ?? "the template's subnet"}`;
}
/** Server errors and throttling: the same try again, with the same ClientToken. */
const TRANSIENT_RETRIES = 3;
/**
 * One try, repeated on transient errors with its own ClientToken: if EC2 launched the instance
 * but its answer was lost, the repeat returns that instance instead of launching another.
 */
async function launchOnce(api, request, log, sleep) {
    for (let repeat = 0;; repeat++) {
        try {
            return await api.launch(request);
        }
        catch (error) {
            if (classifyEc2Error(error) !== 'transient' || repeat >= TRANSIENT_RETRIES)
                throw error;
            log.info(`RunInstances: ${describeEc2Error(error)}; repeating with the same ClientToken`);
            await sleep(1000 * 2 ** repeat);
        }
    }
}
async function launch_launchWithFallback(api, plan, log, onLaunched, sleep) {
    const tries = launchTries(plan);
    const failures = [];
    for (const [index, attempt] of tries.entries()) {
        log.info(`Launching ${describeTry(attempt)} (try ${index + 1} of ${tries.length})`);
        try {
            const instance = await launchOnce(api, {
                launchTemplate: plan.launchTemplate,
                instanceType: attempt.instanceType,
                subnetId: attempt.subnetId,
                spot: attempt.market === 'spot' ? { maxPrice: plan.spotMaxPrice || undefined } : undefined,
                clientToken: clientToken(plan.run, index + 1),
                tags: plan.tags,
                shutdownBehavior: 'terminate',
            }, log, sleep);
            onLaunched(instance, attempt);
            return { instance, attempt };
        }
        catch (error) {
            if (classifyEc2Error(error) !== 'capacity')
                throw new CibError(`RunInstances failed (${describeTry(attempt)}): ${describeEc2Error(error)}`, {
                    cause: error,
                });
            failures.push(`${describeTry(attempt)}: ${describeEc2Error(error)}`);
            const next = tries[index + 1];
            log.warning(`No capacity for ${describeTry(attempt)} (${describeEc2Error(error).split(':')[0]})` +
                (next ? `; trying ${describeTry(next)}` : ''));
        }
    }
    throw new CibError(`No capacity for any of ${tries.length} launch tries:\n  ${failures.join('\n  ')}`, {
        hint: plan.spot && plan.spotFallback === 'fail'
            ? 'Set spot-fallback: on-demand, or add instance-types and subnet-ids to try'
            : 'Add instance-types and subnet-ids (other Availability Zones) to try',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/buildx-node.ts
// buildx-node: the instance as a native node of a local buildx builder. buildx reaches an ssh://
// endpoint through the docker CLI's connection helper, which runs `ssh -l <user> -- <host>
// docker system dial-stdio` found on PATH, with no way to pass `-i` or `-F`; and ssh reads
// `~/.ssh/config` from the passwd entry, not $HOME. So the node's ssh material lives in a folder
// of our own: the key, the pinned known_hosts, an ssh config whose Host alias carries the address,
// port, key and host-key checking (then includes the user's own config for every other host),
// and an `ssh` on a PATH folder that calls the real ssh with `-F` that config. The folder is added
// to the job's PATH so later steps (multiarch-bake with `builder:`) reach the node too; the post
// step removes the node and the folder.





/** The builder's name: one per run and job, so parallel jobs never share a builder. */
function buildx_node_builderName(run) {
    return `cib-e2c-${run.runId}-${run.job}`.replace(/[^A-Za-z0-9_.-]/g, '-').toLowerCase();
}
/** The absolute path of `program` on PATH (the wrapper must not find itself). */
function buildx_node_findOnPath(program, path, skip = []) {
    for (const dir of (path ?? '').split(delimiter)) {
        if (!dir || skip.includes(dir))
            continue;
        const candidate = join(dir, program);
        try {
            accessSync(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** The node's Host block: everything ssh needs, so the endpoint is just `ssh://user@alias`. */
function nodeHostBlock(alias, target, keyFile, knownHostsFile) {
    // Quoted values: a runner temp folder may hold spaces.
    const q = (value) => `"${value}"`;
    return [
        `Host ${alias}`,
        `  HostName ${target.host}`,
        `  Port ${target.port}`,
        `  User ${target.user}`,
        `  IdentityFile ${q(keyFile)}`,
        '  IdentitiesOnly yes',
        '  BatchMode yes',
        // Setup pinned the host key (console, literal, or the one seen on first use): nothing else is trusted.
        '  StrictHostKeyChecking yes',
        `  UserKnownHostsFile ${q(knownHostsFile)}`,
        '  GlobalKnownHostsFile /dev/null',
        '  ServerAliveInterval 15',
        '  LogLevel ERROR',
        '',
    ].join('\n');
}
/**
 * The config our `ssh` runs with. buildx connects to every node of a builder (appending one
 * checks the others), and only the first of our `ssh` programs on PATH runs: so each includes
 * the Host blocks of all our nodes beside it, then the user's and the system's config, which
 * `-F` would otherwise replace, for every other host.
 */
function nodeSshConfig(parent) {
    return [
        `Include "${join(parent, `${DIR_PREFIX}*`, HOST_BLOCK)}"`,
        'Match all',
        'Include ~/.ssh/config /etc/ssh/ssh_config',
        '',
    ].join('\n');
}
const DIR_PREFIX = 'cib-e2c-node-';
const HOST_BLOCK = 'host.conf';
/** Writes the node's key, known_hosts, ssh config and `ssh` wrapper into a new private folder. */
function buildx_node_writeNodeSshFiles(parent, target, alias, realSsh) {
    const base = parent || tmpdir();
    const dir = mkdtempSync(join(base, DIR_PREFIX));
    chmodSync(dir, 0o700);
    const keyFile = join(dir, 'id_key');
    const knownHostsFile = join(dir, 'known_hosts');
    const configFile = join(dir, 'ssh_config');
    const binDir = join(dir, 'bin');
    writeFileSync(keyFile, target.pem, { mode: 0o600 });
    writeFileSync(knownHostsFile, target.knownHosts.map((line) => `${line}\n`).join(''), { mode: 0o600 });
    writeFileSync(join(dir, HOST_BLOCK), nodeHostBlock(alias, target, keyFile, knownHostsFile), { mode: 0o600 });
    writeFileSync(configFile, nodeSshConfig(base), { mode: 0o600 });
    mkdirSync(binDir, { mode: 0o700 });
    // A fixed two-line program: the arguments buildx gives pass through untouched as "$@".
    writeFileSync(join(binDir, 'ssh'), `#!/bin/sh\n# cib e2c-runner: ssh with the buildx node's own config.\nexec ${shellQuote(realSsh)} -F ${shellQuote(configFile)} "$@"\n`, { mode: 0o700 });
    return { dir, binDir, configFile, alias };
}
/** The environment buildx runs with: our `ssh` first on PATH. */
function nodeEnv(env, files) {
    return { ...env, PATH: [files.binDir, env.PATH ?? ''].filter(Boolean).join(external_node_path_.delimiter) };
}
/** Whether the builder exists already: then the post step only takes our node out of it. */
async function buildx_node_builderExists(exec, env, builder) {
    const inspect = await exec('docker', ['buildx', 'inspect', builder], { env, allowFailure: true });
    return inspect.exitCode === 0;
}
/** Appends the node to the builder, or creates the builder with it. */
async function buildx_node_createNode(options) {
    const { exec, env, log, builder, node, platform, user, files, builderExisted } = options;
    const args = ['buildx', 'create', ...(builderExisted ? ['--append'] : []), '--name', builder];
    // docker-container explicitly: buildx 0.13 picks the remote driver for a bare ssh:// URL, which
    // wants buildkitd and buildctl on the instance; docker-container needs only docker there.
    args.push('--driver', 'docker-container', '--node', node, '--platform', platform);
    args.push(`ssh://${user}@${files.alias}`);
    const created = await exec('docker', args, { env: nodeEnv(env, files), allowFailure: true });
    if (created.exitCode !== 0)
        throw new CibError(`docker buildx create could not add the instance as node ${node} of builder ${builder}: ${(created.stderr || created.stdout).trim().slice(0, 800)}`, {
            hint: 'The instance needs docker (with buildx) running and the ssh user in the docker group; this runner needs docker buildx',
        });
    log.info(`Builder ${builder}: node ${node} (${platform}) at ssh://${user}@${files.alias}`);
}
/**
 * Removes the node (the whole builder when we created it), then the ssh folder, always. A failure
 * to remove the node only warns: the instance's teardown, which follows, matters more.
 */
async function removeNode(options) {
    const { exec, env, log, builder, node, builderExisted, dir } = options;
    try {
        const args = builderExisted
            ? ['buildx', 'create', '--leave', '--name', builder, '--node', node]
            : // --keep-state: the BuildKit volume stays on the instance, so an existing instance stays warm.
                ['buildx', 'rm', '--keep-state', builder];
        const result = await exec('docker', args, { env: nodeEnv(env, { binDir: (0,external_node_path_.join)(dir, 'bin') }), allowFailure: true });
        if (result.exitCode === 0)
            log.info(builderExisted ? `Node ${node} left builder ${builder}` : `Builder ${builder} removed`);
        else
            log.warning(`Could not remove ${builderExisted ? `node ${node} from builder ${builder}` : `builder ${builder}`}: ${result.stderr.trim().slice(0, 400)}. Remove it with: docker buildx rm ${builder}`);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/node-phase.ts
// The buildx-node steps of the phases: setup registers the instance as a node of a local builder
// (saving what the post step needs before anything can fail), teardown removes the node and its
// ssh folder. The mechanics (ssh config, wrapper, buildx calls) are in buildx-node.ts.




async function node_phase_registerBuildxNode(context, instanceId, knownHosts) {
    const { rt, inputs, deps, state, run } = context;
    const host = state.get(STATE.sshHost);
    if (!knownHosts.length)
        throw new Error(`no host key was saved for ${host} before registering the buildx node`);
    const realSsh = findOnPath('ssh', rt.env.PATH);
    if (!realSsh)
        throw new CibError('buildx-node needs the ssh client on PATH', { hint: 'apt-get install -y openssh-client' });
    const builder = builderName(run);
    const alias = `cib-e2c-${instanceId}`;
    const files = writeNodeSshFiles(rt.env.RUNNER_TEMP, { user: inputs.sshUser, host, port: inputs.sshPort, pem: decodePrivateKey(inputs.sshPrivateKey), knownHosts }, alias, realSsh);
    // Saved before buildx runs: the post step removes the folder (and a half-made node) whatever happens.
    state.set(STATE.nodeSshDir, files.dir);
    state.set(STATE.builder, builder);
    state.set(STATE.builderNode, alias);
    const env = rt.env;
    const builderExisted = await builderExists(deps.exec, env, builder);
    state.set(STATE.builderExisted, String(builderExisted));
    await createNode({
        exec: deps.exec,
        env,
        log: rt.log,
        builder,
        node: alias,
        platform: inputs.platform,
        user: inputs.sshUser,
        files,
        builderExisted,
    });
    // Later steps (multiarch-bake with builder:) run buildx too: they need our ssh first on PATH.
    rt.addPath(files.binDir);
    // Under the CLI, PATH changes only for this process: a later `docker buildx` in the job needs it too.
    rt.log.info(`buildx reaches the node through ${files.binDir}/ssh: keep that folder first on PATH for builds through ${builder}`);
    rt.setOutput('builder', builder);
    rt.appendSummary(`Builder \`${builder}\`: node \`${alias}\` (${inputs.platform}) over SSH.\n`);
}
async function unregisterBuildxNode(context) {
    const { rt, deps, state } = context;
    const dir = state.get(job_state_STATE.nodeSshDir);
    const builder = state.get(job_state_STATE.builder);
    if (!dir || !builder)
        return;
    await removeNode({
        exec: deps.exec,
        env: rt.env,
        log: rt.log,
        builder,
        node: state.get(job_state_STATE.builderNode),
        builderExisted: state.get(job_state_STATE.builderExisted) === 'true',
        dir,
    });
    state.set(job_state_STATE.nodeSshDir, '');
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/ssh-ready.ts
// SSH is ready when a command succeeds, not when the port opens: cloud-init installs the key
// after sshd starts, so "Permission denied" early on is normal. Polls until `true` runs or the
// deadline passes; a host key that does not match the pinned one ends it at once.


async function ssh_ready_waitForSsh(exec, target, options) {
    let tries = 0;
    for (;;) {
        tries += 1;
        const result = await runRemote(exec, target, 'true', { allowFailure: true, timeoutMs: 30_000 });
        if (result.exitCode === 0) {
            options.log.info(`SSH to ${target.user}@${target.host}:${target.port} works (try ${tries})`);
            return;
        }
        const last = result.stderr.trim().split('\n').pop() ?? `ssh exited with ${result.exitCode}`;
        if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/.test(result.stderr))
            throw new CibError(`The host key of ${target.host}:${target.port} does not match the pinned one (${last})`, {
                hint: 'Check the host-key input; with host-key: console the key comes from the instance console output',
            });
        options.log.debug(`SSH not ready yet (try ${tries}): ${last}`);
        if (options.clock.now() + options.pollMs > options.deadline)
            throw new CibError(`SSH to ${target.user}@${target.host}:${target.port} did not work within ready-timeout (${tries} tries; last: ${last})`, {
                hint: 'Check that ssh-private-key matches the instance key pair, ssh-user is the AMI user (admin on Debian), and the security group lets this runner reach ssh-port',
            });
        await options.clock.sleep(options.pollMs);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/wait.ts
// Bounded waits on an instance, polling DescribeInstances every few seconds. Unlike the SDK's
// waiters (15-120 s delays, every error retried silently until the time runs out), a wait here
// ends at once when waiting cannot help (UnauthorizedOperation, expired credentials), saying why,
// and retries InvalidInstanceID.NotFound (EC2 is eventually consistent right after a launch).


/** Polls until `done(instance)` holds; throws when a state in `failOn` shows up or time runs out. */
async function wait_waitForInstance(api, id, what, done, options) {
    let last = 'no answer yet';
    for (;;) {
        try {
            const [instance] = await api.describe([id]);
            if (instance) {
                if (done(instance))
                    return instance;
                if (options.failOn?.includes(instance.state))
                    throw new cib_error_CibError(`Instance ${id} is ${instance.state} while waiting until it is ${what}`);
                last = `state ${instance.state}`;
            }
        }
        catch (error) {
            if (error instanceof cib_error_CibError)
                throw error;
            if (endsWaiting(error))
                throw new cib_error_CibError(`Stopped waiting until ${id} is ${what}: ${aws_error_describeEc2Error(error)}`, { cause: error });
            if (aws_error_classifyEc2Error(error) !== 'not-found')
                options.log.debug(`DescribeInstances: ${aws_error_describeEc2Error(error)}`);
            last = aws_error_describeEc2Error(error);
        }
        if (options.clock.now() + options.pollMs > options.deadline)
            throw new cib_error_CibError(`Instance ${id} was not ${what} in time (last: ${last})`);
        await options.clock.sleep(options.pollMs);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/setup-phase.ts
// The setup phase: start the existing instance or launch one from the template (saving its id the
// moment EC2 answers), wait until it runs and has its address, settle the host key, wait until an
// SSH command works, and tell the instance to power itself off after max-lifetime.













const GONE = (/* unused pure expression or super */ null && (['shutting-down', 'terminated']));
async function startExisting(context, id, deadline) {
    const { deps, rt } = context;
    const api = await deps.ec2(context.inputs.region);
    for (;;) {
        try {
            await api.start(id);
            rt.log.info(`Starting instance ${id}`);
            break;
        }
        catch (error) {
            // A stop still under way: wait until it is stopped, then start.
            if (classifyEc2Error(error) !== 'incorrect-state')
                throw new CibError(`Could not start ${id}: ${describeEc2Error(error)}`, { cause: error });
            rt.log.info(`Instance ${id} cannot start yet (${describeEc2Error(error)}); waiting until it is stopped`);
            await waitForInstance(api, id, 'stopped', (i) => i.state === 'stopped', {
                ...deps,
                log: rt.log,
                deadline,
                failOn: GONE,
            });
        }
    }
    const [instance] = await api.describe([id]);
    return instance;
}
async function consoleHostKeys(context, id, host, deadline) {
    const { deps, rt, inputs } = context;
    const api = await deps.ec2(inputs.region);
    for (;;) {
        const output = await api.consoleOutput(id).catch((error) => {
            if (classifyEc2Error(error) === 'fatal' || classifyEc2Error(error) === 'expired')
                throw new CibError(`GetConsoleOutput for ${id} failed: ${describeEc2Error(error)}`, { cause: error });
            return '';
        });
        const keys = hostKeysFromConsole(output, host, inputs.sshPort);
        if (keys.length) {
            rt.log.info(`Pinned ${keys.length} host keys from the console output of ${id}`);
            return keys;
        }
        if (deps.clock.now() + deps.pollMs > deadline)
            throw new CibError(`The console output of ${id} showed no SSH host keys within ready-timeout`, {
                hint: 'cloud-init prints them at first boot; use host-key: accept-new for an AMI that does not',
            });
        await deps.clock.sleep(deps.pollMs);
    }
}
async function setup_phase_setupPhase(context) {
    const { rt, inputs, deps, state } = context;
    const strategy = checkSetupInputs(inputs);
    maskPrivateKey(rt, inputs.sshPrivateKey, decodePrivateKey(inputs.sshPrivateKey));
    // Under the CLI its own state file holds the state (seed keys included); under the runner, the seed's file.
    rt.setOutput('state-file', rt.stateFile() ?? state.file);
    state.set(STATE.strategy, strategy);
    const api = await deps.ec2(inputs.region);
    const launchedAt = rt.now();
    let instance;
    if (strategy === 'existing') {
        state.set(STATE.instanceId, inputs.instanceId);
        instance = await startExisting(context, inputs.instanceId, deps.clock.now() + inputs.readyTimeoutSeconds * 1000);
    }
    else {
        state.set(STATE.launchAttempted, 'true');
        const launched = await launchWithFallback(api, {
            launchTemplate: {
                id: inputs.launchTemplate.id || undefined,
                name: inputs.launchTemplate.name || undefined,
                version: inputs.launchTemplate.version,
            },
            instanceTypes: inputs.instanceTypes,
            subnetIds: inputs.subnetIds,
            spot: inputs.spot,
            spotMaxPrice: inputs.spotMaxPrice,
            spotFallback: inputs.spotFallback,
            tags: launchTags(context.run, launchedAt, inputs.maxLifetimeMinutes, inputs.tags),
            run: context.run,
        }, rt.log, (launchedInstance, attempt) => {
            // Saved before any wait: a cancellation from here on still tears it down.
            state.set(STATE.instanceId, launchedInstance.id);
            rt.log.info(`Launched ${launchedInstance.id} (${attempt.market}, ${launchedInstance.instanceType})`);
        }, (ms) => deps.clock.sleep(Math.min(ms, deps.pollMs)));
        instance = launched.instance;
    }
    rt.setOutput('instance-id', instance.id);
    const deadline = deps.clock.now() + inputs.readyTimeoutSeconds * 1000;
    const address = (i) => (inputs.sshAddress === 'public' ? i.publicIp : i.privateIp);
    const running = await waitForInstance(api, instance.id, `running with a ${inputs.sshAddress} IP`, (i) => i.state === 'running' && !!address(i), {
        ...deps,
        log: rt.log,
        deadline,
        failOn: ['stopped', 'stopping', ...GONE],
    });
    const host = address(running) ?? '';
    state.set(STATE.publicIp, running.publicIp ?? '');
    state.set(STATE.sshHost, host);
    rt.log.info(`Instance ${running.id} is running at ${host}`);
    const knownHosts = inputs.hostKey.mode === 'console'
        ? await consoleHostKeys(context, running.id, host, deadline)
        : inputs.hostKey.mode === 'literal'
            ? [inputs.hostKey.line]
            : [];
    await withSsh(context, knownHosts, async (target, knownHostsFile) => {
        await waitForSsh(deps.exec, target, { deadline, pollMs: deps.pollMs, clock: deps.clock, log: rt.log });
        state.set(STATE.knownHosts, readKnownHostsFile(knownHostsFile).join('\n'));
        const minutes = inputs.maxLifetimeMinutes;
        const shutdown = `if [ "$(id -u)" = 0 ]; then shutdown -P +${minutes}; else sudo -n shutdown -P +${minutes}; fi`;
        const scheduled = await runRemote(deps.exec, target, shutdown, { allowFailure: true, timeoutMs: 30_000 });
        if (scheduled.exitCode === 0)
            rt.log.info(`Instance ${running.id} powers itself off in ${minutes} minutes (max-lifetime)`);
        else
            rt.log.warning(`Could not schedule the max-lifetime power-off on ${running.id}: ${scheduled.stderr.trim() || `exit ${scheduled.exitCode}`}. The reap phase still finds it by its cib:expires-at tag`);
    });
    if (inputs.buildxNode)
        await registerBuildxNode(context, running.id, savedKnownHosts(state));
    const outputs = {
        'public-ip': running.publicIp ?? '',
        'private-ip': running.privateIp ?? '',
        market: running.market,
        'instance-type': running.instanceType,
        'launched-at': launchedAt.toISOString(),
    };
    for (const [name, value] of Object.entries(outputs))
        rt.setOutput(name, value);
    rt.appendSummary(`### e2c-runner\n\n| Instance | Type | Market | Address | Host key |\n| --- | --- | --- | --- | --- |\n` +
        `| \`${running.id}\` | ${running.instanceType} | ${running.market} | ${knownHostsPattern(host, inputs.sshPort)} | ${inputs.hostKey.mode} |\n`);
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/run-tags.ts
// The tags every instance and volume e2c-runner creates carries from creation (TagSpecifications,
// never tagged afterwards, so even an instance whose id was never saved is findable), and the
// ClientToken that makes a retried RunInstances launch nothing twice.
/** The tags that find this job's instances again (teardown with lost state). */
function runTags(run) {
    return {
        'cib:managed': 'true',
        'cib:repository': run.repository,
        'cib:run-id': run.runId,
        'cib:run-attempt': run.runAttempt,
        'cib:job': run.job,
    };
}
/** Every tag of a launch: ours, the expiry, then the user's extra tags (which cannot override ours). */
function run_tags_launchTags(run, launchedAt, maxLifetimeMinutes, extra) {
    const expiresAt = new Date(launchedAt.getTime() + maxLifetimeMinutes * 60_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
    return {
        ...Object.fromEntries([...extra].filter(([key]) => !key.startsWith('cib:'))),
        ...runTags(run),
        'cib:expires-at': expiresAt,
    };
}
/**
 * RunInstances' ClientToken for try `tryNumber` of this run, attempt and job: the same inputs give
 * the same token, so a retried call returns the instance already launched instead of a second one.
 * EC2 allows 64 ASCII characters; a hash keeps long job names within that.
 */
function run_tags_clientToken(run, tryNumber) {
    const digest = process
        .getBuiltinModule('node:crypto')
        .createHash('sha256')
        .update(`${run.repository}\n${run.runId}\n${run.runAttempt}\n${run.job}\n${run.step ?? ''}`)
        .digest('hex')
        .slice(0, 40);
    return `cib-${digest}-${tryNumber}`;
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/reap.ts

/** States an instance that still costs money (or will again) can be in. */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];
/** This job's instances (run, attempt and job tags), not yet terminated. */
function findJobInstances(api, run) {
    return api.findByTags(runTags(run), LIVE_STATES);
}
/**
 * This repository's managed instances that are due: past cib:expires-at, or (with
 * `olderThanMinutes`) launched longer ago than that.
 */
async function reap_findExpiredInstances(api, repository, now, olderThanMinutes) {
    const candidates = await api.findByTags({ 'cib:managed': 'true', 'cib:repository': repository }, LIVE_STATES);
    return candidates.filter((instance) => {
        // Defence in depth: the filter asked EC2 for these tags; check them again before terminating.
        if (instance.tags['cib:managed'] !== 'true' || instance.tags['cib:repository'] !== repository)
            return false;
        const expires = Date.parse(instance.tags['cib:expires-at'] ?? '');
        if (Number.isFinite(expires) && expires <= now)
            return true;
        const launched = instance.launchTime?.getTime();
        return olderThanMinutes !== undefined && launched !== undefined && now - launched >= olderThanMinutes * 60_000;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/teardown.ts
// Teardown of one instance: `existing` stops it (and waits until it is stopped), `template`
// terminates it. Already stopped or terminated is fine. IncorrectInstanceState (a stop while it
// is still pending) and InvalidInstanceID.NotFound (just after launch) are waited out; anything
// else fails loudly, naming the instance so that a person can clean up.



const teardown_GONE = ['terminated', 'shutting-down'];
async function teardown_teardownInstance(api, id, strategy, options) {
    const deadline = options.clock.now() + options.timeoutMs;
    const verb = strategy === 'existing' ? 'stop' : 'terminate';
    const loud = (error) => new cib_error_CibError(`Could not ${verb} instance ${id}: ${aws_error_describeEc2Error(error)}`, {
        hint: `The instance may still be running: ${verb} ${id} yourself (aws ec2 ${verb}-instances --instance-ids ${id}); it is tagged cib:managed and cib:expires-at, so a scheduled "reap" finds it too`,
        cause: error,
    });
    // Terminated (or on its way) is done for both strategies; stopped is done for existing.
    const finished = strategy === 'template' ? teardown_GONE : ['stopped', 'stopping', ...teardown_GONE];
    for (;;) {
        try {
            if (strategy === 'template')
                await api.terminate(id);
            else
                await api.stop(id);
            break;
        }
        catch (error) {
            const kind = aws_error_classifyEc2Error(error);
            if (kind === 'incorrect-state') {
                const [instance] = await api.describe([id]).catch(() => []);
                if (instance && finished.includes(instance.state))
                    break;
            }
            const waitable = kind === 'incorrect-state' || kind === 'not-found' || kind === 'transient' || kind === 'other';
            if (!waitable || options.clock.now() + options.pollMs > deadline)
                throw loud(error);
            options.log.info(`${verb} ${id}: ${aws_error_describeEc2Error(error)}; trying again`);
            await options.clock.sleep(options.pollMs);
        }
    }
    const target = strategy === 'template' ? teardown_GONE : ['stopped', ...teardown_GONE];
    try {
        const instance = await wait_waitForInstance(api, id, target.join(' or '), (i) => target.includes(i.state), {
            ...options,
            deadline,
        });
        options.log.info(`Instance ${id} is ${instance.state}`);
        return instance.state;
    }
    catch (error) {
        throw loud(error);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/teardown-phase.ts
// The teardown phase (the post step under GitHub Actions): stop the existing instance or terminate
// the launched one. With no saved id after a launch was attempted (cancelled between RunInstances
// and saving its answer), the instance is found by this job's tags. A failure fails the step
// loudly, naming every instance left, so that a person can clean up.






const TEARDOWN_TIMEOUT_MS = 10 * 60_000;
async function teardown_phase_teardownPhase(context) {
    const { rt, inputs, deps, state } = context;
    const strategy = (state.get(job_state_STATE.strategy) || inputs.strategy);
    // The node first, while the instance still answers; it only warns on failure.
    await unregisterBuildxNode(context);
    let ids = [state.get(job_state_STATE.instanceId)].filter(Boolean);
    if (!ids.length && !state.get(job_state_STATE.launchAttempted)) {
        rt.log.info('Nothing to tear down: no instance was started or launched');
        return;
    }
    const api = await deps.ec2(inputs.region);
    if (!ids.length) {
        rt.log.info("A launch was attempted but no instance id was saved: looking for this job's instances by tag");
        try {
            ids = (await findJobInstances(api, context.run)).map((i) => i.id);
        }
        catch (error) {
            throw new cib_error_CibError(`Could not look for this job's instances by tag: ${aws_error_describeEc2Error(error)}`, {
                hint: `Look for instances tagged cib:run-id=${context.run.runId}, cib:job=${context.run.job} and terminate them`,
            });
        }
        rt.log.info(ids.length ? `Found ${ids.join(', ')} by tag` : 'No instance of this job found by tag');
    }
    const failures = [];
    for (const id of ids) {
        try {
            const final = await teardown_teardownInstance(api, id, strategy ?? 'template', {
                clock: deps.clock,
                log: rt.log,
                pollMs: deps.pollMs,
                timeoutMs: TEARDOWN_TIMEOUT_MS,
            });
            rt.appendSummary(`Instance \`${id}\` is ${final}.\n`);
        }
        catch (error) {
            failures.push(cib_error_errorMessage(error));
        }
    }
    if (failures.length)
        throw new cib_error_CibError(failures.join('\n'));
    state.removeFile();
}
/** The reap phase: terminates this repository's managed instances whose time is up. */
async function teardown_phase_reapPhase(context) {
    const { rt, inputs, deps, run } = context;
    if (!run.repository || run.repository === 'local')
        throw new CibError("reap needs the repository (GITHUB_REPOSITORY or CI_PROJECT_PATH): it only touches that repository's instances");
    const api = await deps.ec2(inputs.region);
    const due = await findExpiredInstances(api, run.repository, deps.clock.now(), inputs.reapOlderThanMinutes);
    rt.log.info(due.length ? `Reaping ${due.map((i) => i.id).join(', ')}` : `No expired instance of ${run.repository}`);
    const failures = [];
    for (const instance of due) {
        try {
            await teardownInstance(api, instance.id, 'template', {
                clock: deps.clock,
                log: rt.log,
                pollMs: deps.pollMs,
                timeoutMs: TEARDOWN_TIMEOUT_MS,
            });
        }
        catch (error) {
            failures.push(errorMessage(error));
        }
    }
    rt.setOutput('instance-id', due.map((i) => i.id).join(','));
    rt.appendSummary(`### e2c-runner reap\n\n${due.length ? due.map((i) => `- \`${i.id}\` (expired ${i.tags['cib:expires-at'] ?? '?'})`).join('\n') : 'Nothing to reap.'}\n`);
    if (failures.length)
        throw new CibError(failures.join('\n'));
}

;// CONCATENATED MODULE: ./actions/e2c-runner/run.ts
// e2c-runner: native ARM builders on EC2 with a teardown that always happens. Under GitHub
// Actions, main runs setup (and build when asked) and post runs cleanup and teardown; under the
// cib CLI, `--phase setup|build|cleanup|teardown|reap` runs one phase per process, the state
// carried in the state file. The work is in @cib/core/ec2.






/** Main step (or one CLI phase). */
async function run(rt, deps = defaultDeps(rt.env)) {
    const inputs = readE2cInputs(actionInputs(rt, 'e2c-runner'), rt);
    const context = phaseContext(rt, inputs, deps);
    switch (inputs.phase) {
        case undefined:
            await setupPhase(context);
            if (inputs.build)
                await buildPhase(context);
            return;
        case 'setup':
            return setupPhase(context);
        case 'build':
            return buildPhase(context);
        case 'cleanup':
            return cleanupPhase(context);
        case 'teardown':
            return teardownPhase(context);
        case 'reap':
            return reapPhase(context);
    }
}
/** Post step: cleanup (a failure only warns), then teardown (a failure fails the step). */
async function post(rt, deps = phase_context_defaultDeps(rt.env)) {
    const inputs = inputs_readE2cInputs(inputs_actionInputs(rt, 'e2c-runner'), rt);
    const context = phase_context_phaseContext(rt, inputs, deps);
    await build_phase_cleanupPhase(context);
    await teardown_phase_teardownPhase(context);
}

;// CONCATENATED MODULE: ./actions/e2c-runner/post.ts


void runMain('e2c-runner', post);

