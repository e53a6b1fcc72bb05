import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ quoteForMessage),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hi: () => (/* binding */ CibError)
/* harmony export */ });
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
    const cut = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
    return JSON.stringify(cut);
}
/** The message of anything thrown, for logs. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 9318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExecError: () => (/* binding */ ExecError),
  execProcess: () => (/* binding */ execProcess)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __nccwpck_require__(2332);
;// CONCATENATED MODULE: ./packages/core/src/exec/exec.ts
// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.



/** A process that failed: names the program and shows the last lines it printed. */
class ExecError extends cib_error/* CibError */.hi {
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
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], {
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
        reject(new cib_error/* CibError */.hi(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
        if (timer)
            clearTimeout(timer);
        outLines('', true);
        errLines('', true);
        if (timedOut) {
            reject(new cib_error/* CibError */.hi(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
            return;
        }
        // Killed by a signal: 128 + its number, as a shell reports it (SIGKILL: 137).
        const exitCode = code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : 1);
        if (exitCode !== 0 && !options.allowFailure)
            reject(new ExecError(command, exitCode, stderr, stdout));
        else
            resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __nccwpck_require__(2332);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/runner/file-commands.ts
// The runner's file commands: GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV take `name<<delimiter`
// heredocs, GITHUB_PATH one directory a line, GITHUB_STEP_SUMMARY markdown. Same format as
// @actions/core's file-command.ts (see runner/workflow-commands.ts for why it is ours).



/** Formats `name<<delimiter` / value / `delimiter`, refusing a value that contains the delimiter. */
function formatKeyValue(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
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

;// CONCATENATED MODULE: ./packages/core/src/runner/github-runtime.ts
// The Runtime under the GitHub Actions runner: inputs from INPUT_*, state from STATE_*, file
// commands for outputs/state/env/path/summary, workflow commands on stdout for logs and masks.





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
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const issue = (command, message, properties = {}) => write(formatCommand(command, properties, message) + external_node_os_.EOL);
    let summaryBytes = 0;
    // A secret registered twice (an input masked by the action, then by the client that uses it)
    // is announced once: each mask command is one more place the value appears in the raw log.
    const masked = new Set();
    const log = {
        info: (message) => write(message + external_node_os_.EOL),
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
                write(external_node_os_.EOL);
                issue('set-output', value, { name });
            }
        },
        saveState(name, value) {
            if (!appendKeyValue(env, 'GITHUB_STATE', name, value))
                issue('save-state', value, { name });
        },
        getState: (name) => env[`STATE_${name}`] ?? '',
        exportVariable(name, value) {
            env[name] = value;
            if (!appendKeyValue(env, 'GITHUB_ENV', name, value))
                issue('set-env', value, { name });
        },
        addPath(directory) {
            if (!appendRaw(env, 'GITHUB_PATH', directory + external_node_os_.EOL))
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
// The one way an action's entry point runs: any error fails the step with one clear message.


/** Runs an action phase; a thrown error becomes one `::error::` line and exit code 1. */
async function runMain(phase, runtime = createGithubRuntime()) {
    try {
        await phase(runtime);
    }
    catch (error) {
        runtime.log.error((0,cib_error/* errorMessage */.gJ)(error));
        if (error instanceof Error && error.stack)
            runtime.log.debug(error.stack);
        process.exitCode = 1;
    }
}

// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts + 1 modules
var exec = __nccwpck_require__(9318);
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
// connection errors, with exponential backoff and jitter (half fixed, half random), honouring Retry-After.
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
        client = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23))).then((mod) => ({
            request: mod.request,
            agent: new mod.Agent({ keepAlive: true, maxSockets: 16 }),
        }));
        clients.set(protocol, client);
    }
    return client;
}
const nodeTransport = async (request) => {
    const { request: send, agent } = await clientFor(request.url.protocol === 'https:' ? 'https:' : 'http:');
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (code, detail, cause) => {
            if (settled)
                return;
            settled = true;
            reject(new HttpNetworkError(request, code, detail, cause));
        };
        const headers = { 'user-agent': 'cib', ...request.headers };
        if (request.body)
            headers['content-length'] = String(request.body.length);
        const options = {
            method: request.method,
            headers,
            agent,
            // Socket idle time, from before the connection is made until the answer is read.
            timeout: request.timeoutMs,
        };
        const req = send(request.url, options, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (request.maxBodyBytes !== undefined && size > request.maxBodyBytes) {
                    fail('ETOOLARGE', `the answer is larger than ${request.maxBodyBytes} bytes`);
                    req.destroy();
                }
            });
            res.on('error', (error) => fail(error.code ?? 'ECONNRESET', error.message, error));
            res.on('aborted', () => fail('ECONNRESET', 'the connection closed before the whole answer came'));
            res.on('end', () => {
                if (settled)
                    return;
                if (!res.complete) {
                    fail('ECONNRESET', 'the connection closed before the whole answer came');
                    return;
                }
                settled = true;
                const single = {};
                const lists = {};
                const raw = res.rawHeaders;
                for (let i = 0; i + 1 < raw.length; i += 2) {
                    const name = raw[i].toLowerCase();
                    (lists[name] ??= []).push(raw[i + 1]);
                }
                for (const [name, values] of Object.entries(lists))
                    single[name] = values.join(', ');
                resolve({
                    status: res.statusCode ?? 0,
                    headers: single,
                    rawHeaders: lists,
                    body: Buffer.concat(chunks),
                    url: request.url,
                });
            });
        });
        req.on('timeout', () => {
            fail('ETIMEDOUT', `nothing moved for ${request.timeoutMs} ms`);
            req.destroy();
        });
        req.on('error', (error) => fail(error.code ?? 'ECONNRESET', error.message, error));
        req.end(request.body);
    });
};

;// CONCATENATED MODULE: ./packages/core/src/http/http-client.ts
// The one HTTP client of cib: every request gets a timeout, a slot under a concurrency limit,
// and retries on 408/429/5xx and dropped connections (backoff with jitter, Retry-After
// honoured). It counts what it sends, so benchmarks can report requests made.



/** The shortest timeout an attempt gets, however close the deadline. */
const MIN_ATTEMPT_MS = 1000;
/** Waits `ms` milliseconds: the real clock behind the `sleep` seams. */
const sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class HttpClient {
    options;
    stats = { requests: 0, byMethod: {}, retries: 0 };
    policy;
    transport;
    limiter;
    timeoutMs;
    sleep;
    now;
    random;
    constructor(options = {}) {
        this.options = options;
        this.transport = options.transport ?? nodeTransport;
        this.limiter = new Limiter(options.maxConcurrency ?? 8);
        this.timeoutMs = options.timeoutMs ?? 30000;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.sleep = options.sleep ?? sleepFor;
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
    }
    /**
     * Sends the request, retrying retryable answers and connection errors. Returns the last
     * answer whatever its status (the caller decides what a 404 means); throws HttpNetworkError
     * when no attempt got an answer.
     */
    async send(request) {
        const { deadline, ...rest } = request;
        const timeoutMs = request.timeoutMs ?? this.timeoutMs;
        for (let attempt = 0;; attempt++) {
            const last = attempt + 1 >= this.policy.attempts;
            const full = { ...rest, timeoutMs: this.attemptTimeout(timeoutMs, deadline) };
            let outcome;
            try {
                outcome = await this.limiter.run(() => {
                    this.count(full.method);
                    return this.transport(full);
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
                const delay = retryDelay(attempt, this.policy, undefined, this.random);
                if (this.pastDeadline(delay, deadline))
                    throw outcome;
                await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: ${outcome.code}`);
                continue;
            }
            if (last || !isRetryableStatus(outcome.status))
                return outcome;
            const retryAfter = parseRetryAfter(outcome.headers['retry-after'], this.now());
            const delay = retryDelay(attempt, this.policy, retryAfter, this.random);
            if (this.pastDeadline(delay, deadline))
                return outcome;
            await this.wait(attempt, delay, `${full.method} ${redactUrl(full.url)}: HTTP ${outcome.status}`);
        }
    }
    attemptTimeout(timeoutMs, deadline) {
        if (deadline === undefined)
            return timeoutMs;
        return Math.min(timeoutMs, Math.max(MIN_ATTEMPT_MS, deadline - this.now()));
    }
    pastDeadline(delay, deadline) {
        return deadline !== undefined && this.now() + delay > deadline;
    }
    count(method) {
        this.stats.requests++;
        this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    }
    async wait(attempt, delay, what) {
        this.stats.retries++;
        this.options.onRetry?.(`${what}; retrying in ${delay} ms (attempt ${attempt + 2} of ${this.policy.attempts})`);
        await this.sleep(delay);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/time/clock.ts
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

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
                    now: () => this.clock.now(),
                    sleep: (ms) => this.clock.sleep(ms),
                    onRetry: (message) => options.log?.info(`GitHub API: ${message}`),
                });
    }
    /** One call; a non-2xx answer (after retries) throws GithubApiError with GitHub's message. */
    async request(method, route, parts) {
        const url = this.url(route, parts.path, parts.query);
        return this.send(method, url, `${method} ${route}`, parts.body);
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
                throw new GithubApiError(`GET ${route}`, 0, Buffer.from('{"message":"the Link header loops"}'));
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
    async send(method, url, what, body) {
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
            const response = await this.http.send({ method, url, headers, body: payload });
            if (response.status >= 200 && response.status < 300) {
                const text = response.body.toString('utf8');
                return { status: response.status, headers: response.headers, data: (text ? JSON.parse(text) : undefined) };
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
/** The client an action uses: GITHUB_API_URL from the runner's environment, the token masked. */
function createGithubClient(rt, token) {
    return new GithubClient({ token, apiUrl: rt.env.GITHUB_API_URL, setSecret: (s) => rt.setSecret(s), log: rt.log });
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
        const { data } = await this.client.request('POST', '/repos/{owner}/{repo}/check-runs', {
            path: { owner: this.owner, repo: this.repo },
            body,
        });
        for (const batch of rest)
            await this.addAnnotations(Number(data.id), run.output, batch);
        return data;
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

;// CONCATENATED MODULE: ./packages/core/src/quality/baseline.ts
// The baseline a run is compared with: the metrics of the last run on the default branch (line
// and branch coverage, vulnerability counts and the keys of the findings, for new-only). Kept in
// a file, in the Actions cache (baseline-cache.ts), or not at all; a store hands it over.



/** Checks the parsed JSON of a baseline; a wrong one is a user-fixable error naming `source`. */
function parseBaseline(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new cib_error/* CibError */.hi(`Baseline ${source} is not JSON: ${error.message}`, {
            hint: 'Point baseline at a report-json file an earlier quality-gate run wrote, or use baseline: none',
        });
    }
    if (value?.version !== 1)
        throw new cib_error/* CibError */.hi(`Baseline ${source} is not a quality-gate baseline (version 1)`);
    return value;
}
/** A baseline kept in a file: read when present, written when saving. */
function fileBaselineStore(path) {
    return {
        description: `file ${path}`,
        async load() {
            if (!(0,external_node_fs_.existsSync)(path))
                return undefined;
            const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            // A report-json file carries its baseline form under "baseline".
            const parsed = JSON.parse(text);
            return parseBaseline(parsed && typeof parsed === 'object' && parsed.baseline ? JSON.stringify(parsed.baseline) : text, path);
        },
        async save(baseline) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(baseline, null, 2)}\n`);
        },
    };
}
const noBaselineStore = {
    description: 'none',
    load: async () => undefined,
    save: async () => undefined,
};

;// CONCATENATED MODULE: ./packages/core/src/quality/baseline-cache.ts
// The baseline in the Actions cache (@actions/cache, loaded only when used): saved by pushes to
// the default branch under a new key each run (cache entries cannot be overwritten), restored by
// the newest key with the per-repository, per-check prefix. Pull requests can restore caches of
// their base branch, which is where the default branch's baseline lives.




/** The cache key prefix of a repository's and check's baselines. */
function baselineKeyPrefix(repository, checkName) {
    return `cib-quality-gate-${repository.replace(/[^A-Za-z0-9._-]/g, '_')}-${checkName.replace(/[^A-Za-z0-9._-]/g, '_')}-`;
}
function cacheBaselineStore(options) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cib-quality-baseline-'));
    const path = (0,external_node_path_.join)(dir, 'baseline.json');
    const file = fileBaselineStore(path);
    const prefix = baselineKeyPrefix(options.repository, options.checkName);
    return {
        description: `the Actions cache (keys ${prefix}*)`,
        async load() {
            const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
            if (!cache.isFeatureAvailable()) {
                options.log.info('The Actions cache service is not available here: no baseline');
                return undefined;
            }
            const hit = await cache.restoreCache([path], `${prefix}${options.runId}`, [prefix]);
            if (!hit)
                return undefined;
            options.log.info(`Baseline restored from the cache entry ${hit}`);
            return file.load();
        },
        async save(baseline) {
            const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
            if (!cache.isFeatureAvailable())
                return;
            await file.save(baseline);
            await cache.saveCache([path], `${prefix}${options.runId}`);
            options.log.info(`Baseline saved to the cache as ${prefix}${options.runId}`);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/detach.ts
function detach(text) {
    return text === undefined ? undefined : Buffer.from(text, 'utf16le').toString('utf16le');
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage.ts
// The coverage every format reader fills in: one record per source file, merged when a file comes
// again (the same SF in lcov, the same class in two Cobertura files, the same Go block under
// -coverpkg). Totals are counts summed over files (covered lines / lines), never an average of
// per-file percentages, which weighs a 3-line file like a 3,000-line one.

const NO_LINE = -1;
/** One source file's coverage; per-line hits when the format has them. */
class FileCoverage {
    path;
    /** hits[line] (1-based), NO_LINE where the line is not instrumented. */
    hits = new Float64Array(0);
    lineCount;
    branchKeys;
    branchLines;
    branchCount;
    functions;
    functionCount;
    /** Go blocks by "startLine.startCol,endLine.endCol": statements and count. */
    blocks;
    constructor(path) {
        this.path = path;
    }
    /** Adds hits for a line (hits of repeated records add up, as lcov merges them). */
    line(line, hits) {
        if (line >= this.hits.length)
            this.grow(line);
        const current = this.hits[line];
        this.hits[line] = current === NO_LINE ? hits : current + hits;
    }
    grow(line) {
        const next = new Float64Array(Math.max(line + 1, this.hits.length * 2, 64)).fill(NO_LINE);
        next.set(this.hits);
        this.hits = next;
    }
    /** For formats that only give counts: a repeated file keeps the better count. */
    lineTotals(count) {
        this.lineCount = betterCount(this.lineCount, count);
    }
    /** One branch (lcov BRDA) by its key; taken undefined for '-' (never evaluated). */
    branch(key, taken) {
        this.branchKeys ??= new Map();
        const current = this.branchKeys.get(key);
        this.branchKeys.set(key, (current ?? 0) + (taken ?? 0));
    }
    /** Branch outcomes of one line (Cobertura condition-coverage, JaCoCo mb/cb, Clover cond). */
    branchesOnLine(line, count) {
        this.branchLines ??= new Map();
        this.branchLines.set(line, betterCount(this.branchLines.get(line), count));
    }
    branchTotals(count) {
        this.branchCount = betterCount(this.branchCount, count);
    }
    functionHits(name, hits) {
        this.functions ??= new Map();
        this.functions.set(name, (this.functions.get(name) ?? 0) + hits);
    }
    functionTotals(count) {
        this.functionCount = betterCount(this.functionCount, count);
    }
    /** A Go cover profile block; repeated blocks (-coverpkg) add their counts. */
    block(range, start, end, statements, count) {
        this.blocks ??= new Map();
        const current = this.blocks.get(range);
        if (current)
            current.count += count;
        else
            this.blocks.set(range, { start, end, statements, count });
    }
    /** True when patch coverage can use this file (the format gave lines or Go blocks). */
    get hasLineData() {
        return this.blocks !== undefined || this.hits.length > 0;
    }
    /** Hits of one line: undefined when the line is not instrumented or no line data exists. */
    hitsAt(line) {
        if (this.blocks) {
            let found = false;
            let hit = 0;
            for (const block of this.blocks.values()) {
                if (block.statements > 0 && line >= block.start && line <= block.end) {
                    found = true;
                    hit = Math.max(hit, block.count);
                }
            }
            return found ? hit : undefined;
        }
        const value = line < this.hits.length ? this.hits[line] : NO_LINE;
        return value === NO_LINE ? undefined : value;
    }
    /** Lines (statements for Go) found and hit. */
    lines() {
        if (this.blocks) {
            const count = { found: 0, hit: 0 };
            for (const block of this.blocks.values()) {
                count.found += block.statements;
                if (block.count > 0)
                    count.hit += block.statements;
            }
            return count;
        }
        if (this.hits.length === 0)
            return this.lineCount ?? { found: 0, hit: 0 };
        let found = 0;
        let hit = 0;
        for (let i = 0; i < this.hits.length; i++) {
            const value = this.hits[i];
            if (value === NO_LINE)
                continue;
            found++;
            if (value > 0)
                hit++;
        }
        return { found, hit };
    }
    branches() {
        if (!this.branchKeys && !this.branchLines)
            return this.branchCount ?? { found: 0, hit: 0 };
        const count = { found: 0, hit: 0 };
        for (const taken of this.branchKeys?.values() ?? []) {
            count.found++;
            if (taken > 0)
                count.hit++;
        }
        for (const line of this.branchLines?.values() ?? []) {
            count.found += line.found;
            count.hit += line.hit;
        }
        return count;
    }
    functionsCount() {
        if (!this.functions)
            return this.functionCount ?? { found: 0, hit: 0 };
        const count = { found: 0, hit: 0 };
        for (const hits of this.functions.values()) {
            count.found++;
            if (hits > 0)
                count.hit++;
        }
        return count;
    }
}
function betterCount(current, next) {
    if (!current)
        return { ...next };
    return next.hit > current.hit || (next.hit === current.hit && next.found < current.found) ? { ...next } : current;
}
/** Every file of every coverage report, merged by path. */
class CoverageSet {
    files = new Map();
    formats = new Set();
    /** Formats that gave no per-line data (patch coverage cannot use them). */
    withoutLineData = new Set();
    file(path) {
        let file = this.files.get(path);
        if (!file) {
            // Copied: an XML reader's path is a view into its whole read chunk.
            const own = detach(path);
            file = new FileCoverage(own);
            this.files.set(own, file);
        }
        return file;
    }
    totals() {
        const totals = {
            lines: { found: 0, hit: 0 },
            branches: { found: 0, hit: 0 },
            functions: { found: 0, hit: 0 },
            files: this.files.size,
        };
        for (const file of this.files.values()) {
            add(totals.lines, file.lines());
            add(totals.branches, file.branches());
            add(totals.functions, file.functionsCount());
        }
        return totals;
    }
    /** The `count` files with the lowest line coverage (most uncovered lines first on ties). */
    leastCovered(count) {
        return [...this.files.values()]
            .map((file) => ({ path: file.path, lines: file.lines() }))
            .filter((entry) => entry.lines.found > 0 && entry.lines.hit < entry.lines.found)
            .sort((a, b) => a.lines.hit / a.lines.found - b.lines.hit / b.lines.found ||
            b.lines.found - b.lines.hit - (a.lines.found - a.lines.hit))
            .slice(0, count);
    }
}
function add(total, part) {
    total.found += part.found;
    total.hit += part.hit;
}
/** A ratio as a percentage; undefined when nothing was found (no rule can judge 0/0). */
function percent(count) {
    return count.found === 0 ? undefined : (count.hit / count.found) * 100;
}
/** Two decimals, cut rather than rounded, so 79.996 shows as 79.99 and never as a passing 80.00. */
function formatPercent(value) {
    if (value === undefined)
        return '';
    return (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/manifest-types.ts
// The shapes of OCI/Docker manifests, indexes and image configs, as far as cib reads them.
/** True when the parsed manifest is an index (has `manifests`, no `config`). */
function isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/digest.ts
// Content digests: computing them from bytes and checking their form.

const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** The `sha256:<hex>` digest of exactly these bytes. */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The algorithm of a digest (`sha512` for `sha512:…`, else `sha256`), as node:crypto names it. */
function digestAlgorithm(like) {
    return like.startsWith('sha512:') ? 'sha512' : 'sha256';
}
/** The digest of these bytes in the algorithm `like` uses (sha256 or sha512). */
function digestLike(like, bytes) {
    const algorithm = digestAlgorithm(like);
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
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
            throw malformed(text, `the tag ${(0,cib_error/* quoteForMessage */.Hx)(tag)} is not valid (letters, digits, _ . -, at most 128)`);
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
            throw malformed(text, `the registry host ${(0,cib_error/* quoteForMessage */.Hx)(registry)} is not valid`);
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
            throw malformed(text, `the path component ${(0,cib_error/* quoteForMessage */.Hx)(component)} is not valid (lower-case letters, digits and . _ - between them)`);
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

;// CONCATENATED MODULE: ./packages/core/src/quality/image-size.ts


function isAttestation(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
function platformName(descriptor) {
    const p = descriptor?.platform;
    return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : 'single platform';
}
const layerBytes = (manifest) => manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
/** One entry per platform of `ref`. */
async function imageSizes(registry, ref) {
    const image = formatReference(ref);
    const top = await registry.getManifest(ref);
    if (!isImageIndex(top.json))
        return [{ image, platform: platformName(), bytes: layerBytes(top.json) }];
    const sizes = [];
    for (const child of top.json.manifests) {
        if (isAttestation(child))
            continue;
        const manifest = await registry.getManifest(withDigest(ref, child.digest));
        if (isImageIndex(manifest.json))
            continue;
        sizes.push({ image, platform: platformName(child), bytes: layerBytes(manifest.json) });
    }
    return sizes;
}
/** Megabytes as the gate compares them (10^6 bytes, as registries and docker show sizes). */
const MEGABYTE = 1_000_000;

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

;// CONCATENATED MODULE: ./packages/core/src/quality/ignore-ids.ts
// The ids a user chose to ignore: written in the input (one a line) or read from a file in
// .trivyignore's format (one id a line, `#` comments, an optional `exp:YYYY-MM-DD` after which
// the entry no longer applies, so an ignore cannot outlive its review date silently).


/** Parses `entries`: a single entry that names an existing file is read as an ignore file. */
function readIgnoreIds(entries, now, input = 'ignore-ids') {
    const lines = entries.length === 1 && (0,external_node_fs_.existsSync)(entries[0]) ? (0,external_node_fs_.readFileSync)(entries[0], 'utf8').split(/\r?\n/) : [...entries];
    const list = { ids: new Set(), expired: [] };
    for (const raw of lines) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const [id, ...options] = line.split(/\s+/);
        const expiry = options.find((option) => option.startsWith('exp:'))?.slice(4);
        if (expiry !== undefined) {
            const date = /^\d{4}-\d{2}-\d{2}$/.test(expiry) ? new Date(`${expiry}T00:00:00Z`) : new Date(NaN);
            if (Number.isNaN(date.getTime()))
                throw new input_error_InputError(input, line, 'an id, optionally followed by exp:YYYY-MM-DD');
            if (date.getTime() <= now.getTime()) {
                list.expired.push(id);
                continue;
            }
        }
        list.ids.add(id);
    }
    return list;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/patch-coverage.ts
const norm = (path) => path.replace(/\\/g, '/').replace(/^\.\//, '');
function endsWithPath(long, short) {
    return long === short || long.endsWith(`/${short}`);
}
/** Index of the coverage files by their base name, for a cheap first match. */
function byBaseName(set) {
    const index = new Map();
    for (const file of set.files.values()) {
        if (!file.hasLineData)
            continue;
        const base = norm(file.path).split('/').pop() ?? '';
        index.set(base, [...(index.get(base) ?? []), file]);
    }
    return index;
}
/** The patch coverage of `added` against `set`. */
function patchCoverage(set, added) {
    const index = byBaseName(set);
    const result = { lines: { found: 0, hit: 0 }, uncovered: [], unmatched: [] };
    for (const [path, lines] of added) {
        const changed = norm(path);
        const candidates = index.get(changed.split('/').pop() ?? '') ?? [];
        const file = candidates
            .filter((c) => endsWithPath(norm(c.path), changed) || endsWithPath(changed, norm(c.path)))
            // The longest common match wins (src/a.js over a.js).
            .sort((a, b) => b.path.length - a.path.length)[0];
        if (!file) {
            result.unmatched.push(path);
            continue;
        }
        const uncovered = [];
        for (const line of lines) {
            const hits = file.hitsAt(line);
            if (hits === undefined)
                continue;
            result.lines.found++;
            if (hits > 0)
                result.lines.hit++;
            else
                uncovered.push(line);
        }
        if (uncovered.length > 0)
            result.uncovered.push({ file: path, lines: uncovered });
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/git/shallow.ts
/** True when the repository at `cwd` is a shallow clone; false outside a repository. */
async function isShallowRepository(exec, cwd) {
    const result = await exec('git', ['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
    return result.exitCode === 0 && result.stdout.trim() === 'true';
}

;// CONCATENATED MODULE: ./packages/core/src/quality/added-lines.ts
// The lines a change adds, from `git diff --unified=0` output: for each file of the new side,
// the line numbers of its `+` lines. Deleted files, binary files and pure renames add nothing.
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Parses unified diff text (zero context lines) into the added lines of each file. */
function parseAddedLines(diff) {
    const added = new Map();
    let file;
    let next = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const path = line.slice(4);
            if (path === '/dev/null')
                file = undefined;
            else {
                const name = unquote(path).replace(/^b\//, '');
                file = added.get(name) ?? [];
                added.set(name, file);
            }
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (file && line.startsWith('+'))
            file.push(next++);
        else if (line.startsWith(' '))
            next++;
    }
    for (const [path, lines] of added)
        if (lines.length === 0)
            added.delete(path);
    return added;
}
/** git quotes paths with unusual characters ("b/na\303\257ve.js"); we ask for core.quotePath=off. */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    return JSON.parse(path.replace(/\\([0-7]{3})/g, (_, octal) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/pull-request-diff.ts


const DEEPEN_STEPS = [50, 200, 1000];
async function git(exec, cwd, args) {
    const result = await exec('git', ['-c', 'core.quotePath=off', ...args], { cwd, allowFailure: true });
    return { ok: result.exitCode === 0, stdout: result.stdout };
}
const hasCommit = async (exec, cwd, sha) => (await git(exec, cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
/** The added lines of `range` in the repository at `cwd`, fetching from `origin` what is missing. */
async function pullRequestDiff(exec, cwd, range, log) {
    for (const sha of [range.base, range.head]) {
        if (await hasCommit(exec, cwd, sha))
            continue;
        log.info(`Fetching ${sha.slice(0, 12)} from origin for patch coverage (the checkout does not have it)`);
        await git(exec, cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
        if (!(await hasCommit(exec, cwd, sha))) {
            return {
                added: new Map(),
                note: `commit ${sha.slice(0, 12)} could not be fetched from origin, so patch coverage is unknown`,
            };
        }
    }
    let mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
    for (const depth of DEEPEN_STEPS) {
        if (mergeBase.ok || !(await isShallowRepository(exec, cwd)))
            break;
        log.info(`Deepening the shallow checkout by ${depth} commits to find the merge base`);
        await git(exec, cwd, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin', range.base, range.head]);
        mergeBase = await git(exec, cwd, ['merge-base', range.base, range.head]);
    }
    const from = mergeBase.ok ? mergeBase.stdout.trim() : range.base;
    const diff = await git(exec, cwd, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '-M', from, range.head]);
    if (!diff.ok)
        return { added: new Map(), note: 'git diff failed, so patch coverage is unknown' };
    return {
        added: parseAddedLines(diff.stdout),
        note: mergeBase.ok ? undefined : 'no merge base was found: the diff runs from the base commit to the head',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/report-error.ts
// The error for a report file that cannot be read as its format: names the file and, where the
// parser knows it, the line, so the user can open the file at the right place.

/** A report file that is malformed or of an unknown format (user-fixable). */
class ReportError extends cib_error/* CibError */.hi {
    file;
    line;
    constructor(file, problem, options = {}) {
        const where = options.line ? `${file}:${options.line}` : file;
        super(`Report ${where}: ${problem}`, { hint: options.hint });
        this.name = 'ReportError';
        this.file = file;
        this.line = options.line;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/line-stream.ts
// Reads a text file as lines of bytes without holding more than one chunk: the lcov and Go
// profile readers get the chunk and each line's bounds and decode only what they keep (a path, a
// function name), so a 100 MB report allocates no string per line (the hot path of the lcov
// benchmark) and memory does not grow with the file. A line cut by a chunk boundary is joined
// from its two pieces alone, never by copying the whole chunk.

/**
 * Read size of every report stream. Small on purpose: V8 puts strings over ~128 KB straight into
 * the old generation (large objects), where a 1 MB chunk a millisecond piles up until a full
 * collection; 64 KB chunks die young and peak memory stays flat (bench/quality-gate.mjs).
 */
const STREAM_CHUNK_BYTES = 64 * 1024;
const NEWLINE = 10;
const CR = 13;
/** Visits every line of `file` in order; resolves when the file is read. */
async function visitLines(file, onLine) {
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: STREAM_CHUNK_BYTES });
    let carry;
    let lineNumber = 0;
    const emit = (bytes, start, newline) => {
        const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
        onLine(bytes, start, end, ++lineNumber);
    };
    for await (const chunk of stream) {
        let start = 0;
        let newline = chunk.indexOf(NEWLINE);
        if (carry) {
            if (newline === -1) {
                carry = Buffer.concat([carry, chunk]);
                continue;
            }
            const joined = Buffer.concat([carry, chunk.subarray(0, newline)]);
            emit(joined, 0, joined.length);
            carry = undefined;
            start = newline + 1;
            newline = chunk.indexOf(NEWLINE, start);
        }
        while (newline !== -1) {
            emit(chunk, start, newline);
            start = newline + 1;
            newline = chunk.indexOf(NEWLINE, start);
        }
        // A copy: the stream may reuse the chunk's memory.
        if (start < chunk.length)
            carry = Buffer.from(chunk.subarray(start));
    }
    if (carry && carry.length > 0)
        emit(carry, 0, carry.length);
}
/** Parses a non-negative integer from ASCII `bytes[start, end)` without allocating; NaN if not digits. */
function parseUint(bytes, start, end) {
    if (start >= end)
        return Number.NaN;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = bytes[i] - 48;
        if (digit < 0 || digit > 9)
            return Number.NaN;
        value = value * 10 + digit;
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/xml-stream.ts
// Streams an XML report through saxes (loaded lazily: only runs with XML reports pay for it).
// saxes never fetches external entities or DTDs: a DOCTYPE (JaCoCo writes one) is reported and
// ignored, so a report cannot make us read other files or the network. saxes hands over a text or
// CDATA section whole (a 10 MB CDATA message is one 10 MB string for a moment); visitors keep only
// a bounded prefix of it, so memory follows the largest section, never the file.



/** Reads `file` as XML, calling the visitor; malformed XML is a ReportError with the line. */
async function streamXml(file, visitor) {
    const { SaxesParser } = await __nccwpck_require__.e(/* import() */ 800).then(__nccwpck_require__.bind(__nccwpck_require__, 9800));
    const parser = new SaxesParser({ xmlns: false, position: true });
    let depth = 0;
    let failure;
    parser.on('error', (error) => {
        failure ??= new ReportError(file, `malformed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, {
            line: parser.line,
        });
    });
    parser.on('opentag', (tag) => {
        visitor.open({ name: tag.name, attributes: tag.attributes }, depth);
        // saxes sends closetag for self-closing tags too, which restores the depth.
        depth++;
    });
    parser.on('closetag', (tag) => {
        depth--;
        visitor.close(tag.name, depth);
    });
    if (visitor.text) {
        const onText = visitor.text.bind(visitor);
        parser.on('text', onText);
        parser.on('cdata', onText);
    }
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
    for await (const chunk of stream) {
        parser.write(chunk);
        if (failure) {
            stream.destroy();
            throw failure;
        }
    }
    parser.close();
    if (failure)
        throw failure;
}
/** A numeric attribute; undefined when missing or not a number (some producers write NaN). */
function numberAttribute(element, name) {
    const value = element.attributes[name];
    if (value === undefined || value.trim() === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-cobertura.ts

const CONDITION = /\((\d+)\/(\d+)\)/;
/** Adds every class of the Cobertura report `path` to `set`. */
async function readCobertura(path, set) {
    set.formats.add('cobertura');
    let file;
    let inMethods = 0;
    let sawLines = false;
    let root = {};
    await streamXml(path, {
        open(element) {
            switch (element.name) {
                case 'coverage':
                    root = {
                        lines: numberAttribute(element, 'lines-valid'),
                        covered: numberAttribute(element, 'lines-covered'),
                        branches: numberAttribute(element, 'branches-valid'),
                        branchesCovered: numberAttribute(element, 'branches-covered'),
                    };
                    return;
                case 'class':
                    file = set.file(element.attributes.filename ?? element.attributes.name ?? '');
                    return;
                case 'methods':
                    inMethods++;
                    return;
                case 'line': {
                    if (!file || inMethods > 0)
                        return;
                    const line = numberAttribute(element, 'number');
                    if (line === undefined)
                        return;
                    sawLines = true;
                    file.line(line, numberAttribute(element, 'hits') ?? 0);
                    const condition = CONDITION.exec(element.attributes['condition-coverage'] ?? '');
                    if (element.attributes.branch === 'true' && condition) {
                        file.branchesOnLine(line, { found: Number(condition[2]), hit: Number(condition[1]) });
                    }
                    return;
                }
            }
        },
        close(name) {
            if (name === 'methods')
                inMethods--;
            else if (name === 'class')
                file = undefined;
        },
    });
    if (!sawLines && root.lines !== undefined && root.covered !== undefined) {
        const totals = set.file(`${path} (report totals)`);
        totals.lineTotals({ found: root.lines, hit: root.covered });
        if (root.branches !== undefined && root.branchesCovered !== undefined) {
            totals.branchTotals({ found: root.branches, hit: root.branchesCovered });
        }
        set.withoutLineData.add('cobertura');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-clover.ts

/** Adds every file of the Clover report `path` to `set`. */
async function readClover(path, set) {
    set.formats.add('clover');
    let file;
    await streamXml(path, {
        open(element) {
            if (element.name === 'file') {
                file = set.file(element.attributes.path || element.attributes.name || '');
                return;
            }
            if (!file)
                return;
            if (element.name === 'metrics') {
                const conditionals = numberAttribute(element, 'conditionals');
                if (conditionals !== undefined) {
                    file.branchTotals({ found: conditionals, hit: numberAttribute(element, 'coveredconditionals') ?? 0 });
                }
                const methods = numberAttribute(element, 'methods');
                if (methods !== undefined) {
                    file.functionTotals({ found: methods, hit: numberAttribute(element, 'coveredmethods') ?? 0 });
                }
                const statements = numberAttribute(element, 'statements');
                if (statements !== undefined) {
                    file.lineTotals({ found: statements, hit: numberAttribute(element, 'coveredstatements') ?? 0 });
                }
            }
            else if (element.name === 'line' && element.attributes.type !== 'method') {
                const line = numberAttribute(element, 'num');
                if (line !== undefined)
                    file.line(line, numberAttribute(element, 'count') ?? 0);
            }
        },
        close(name) {
            if (name === 'file')
                file = undefined;
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-go.ts


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/** Adds every block of the Go cover profile `path` to `set`. */
async function readGoProfile(path, set) {
    set.formats.add('go');
    await visitLines(path, (bytes, start, end, lineNumber) => {
        const line = bytes.toString('utf8', start, end).trim();
        if (line === '')
            return;
        if (line.startsWith('mode:')) {
            // Profiles concatenated from several packages repeat the mode line.
            const mode = line.slice(5).trim();
            if (!MODES.has(mode)) {
                throw new ReportError(path, `unknown cover mode "${mode}" (expected set, count or atomic)`, {
                    line: lineNumber,
                });
            }
            return;
        }
        const match = BLOCK.exec(line);
        if (!match) {
            throw new ReportError(path, `not a cover profile block: "${line.slice(0, 80)}"`, {
                line: lineNumber,
                hint: 'Blocks look like pkg/file.go:12.2,14.3 2 1',
            });
        }
        const [, file, startLine, startCol, endLine, endCol, statements, count] = match;
        set
            .file(file)
            .block(`${startLine}.${startCol},${endLine}.${endCol}`, Number(startLine), Number(endLine), Number(statements), Number(count));
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/json-stream.ts
// A streaming JSON reader that hands over only the values at chosen paths (a Trivy result's
// vulnerabilities, a Grype match, a SARIF result), each parsed with JSON.parse, while everything
// else is skipped without being built. Written by hand because no streaming JSON parser is
// installed (stream-json or @streamparser/json would be the library to use: see the report of
// this work); JSON.parse on a whole 100 MB Trivy report needs several times that in memory.
// Paths use '*' for "any key or index"; a value is either captured (a selector matches it),
// descended into (it is a prefix of a selector) or skipped.



/** Malformed JSON at a character offset. */
class JsonStreamError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at character ${offset}`);
        this.offset = offset;
    }
}
var Expect;
(function (Expect) {
    Expect[Expect["Value"] = 0] = "Value";
    Expect[Expect["ValueOrEnd"] = 1] = "ValueOrEnd";
    Expect[Expect["Key"] = 2] = "Key";
    Expect[Expect["KeyOrEnd"] = 3] = "KeyOrEnd";
    Expect[Expect["Colon"] = 4] = "Colon";
    Expect[Expect["CommaOrEnd"] = 5] = "CommaOrEnd";
    Expect[Expect["Done"] = 6] = "Done";
})(Expect || (Expect = {}));
const WHITESPACE = new Set([32, 9, 10, 13]);
var Mode;
(function (Mode) {
    Mode[Mode["Capture"] = 0] = "Capture";
    Mode[Mode["Descend"] = 1] = "Descend";
    Mode[Mode["Skip"] = 2] = "Skip";
})(Mode || (Mode = {}));
const NO_PATH = [];
/** Reads `file`, calling the visitor for every value a selector matches. */
async function streamJson(file, selectors, visitor) {
    const reader = new JsonSelectReader(selectors, visitor);
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: STREAM_CHUNK_BYTES });
    try {
        for await (const chunk of stream)
            reader.feed(chunk);
        reader.end();
    }
    catch (error) {
        if (error instanceof JsonStreamError)
            throw new ReportError(file, `malformed JSON: ${error.message}`);
        throw error;
    }
}
/** The push parser behind streamJson; `feed` chunks in order, then `end`. */
class JsonSelectReader {
    selectors;
    visitor;
    frames = [];
    expect = Expect.Value;
    raw;
    keyParts;
    keyEscaped = false;
    offset = 0;
    matched = -1;
    spare = {
        capture: false,
        selector: -1,
        path: NO_PATH,
        kind: 'scalar',
        depth: 0,
        inString: false,
        escaped: false,
        parts: [],
    };
    constructor(selectors, visitor) {
        this.selectors = selectors;
        this.visitor = visitor;
    }
    feed(text) {
        let i = 0;
        const n = text.length;
        while (i < n) {
            if (this.raw) {
                i = this.scanRaw(text, i);
                continue;
            }
            if (this.keyParts) {
                i = this.scanKey(text, i);
                continue;
            }
            const c = text.charCodeAt(i);
            if (WHITESPACE.has(c)) {
                i++;
                continue;
            }
            i = this.structural(text, i, c);
        }
        if (this.raw?.capture)
            this.raw.parts.push(this.rawTail(text));
        this.rawStart = 0;
        this.keyStart = 0;
        this.offset += n;
    }
    end() {
        if (this.raw?.kind === 'scalar')
            this.finishRaw('', 0);
        if (this.raw || this.frames.length > 0 || this.keyParts) {
            throw new JsonStreamError('Unexpected end of JSON (the file is cut short)', this.offset);
        }
        if (this.expect !== Expect.Done)
            throw new JsonStreamError('No JSON value', this.offset);
    }
    rawStart = 0;
    keyStart = 0;
    rawTail(text) {
        return text.slice(this.rawStart);
    }
    path() {
        return this.frames.map((f) => (f.array ? f.index : f.key));
    }
    /**
     * What to do with the value starting at the current position, from the frames as they are (no
     * path array: this runs for every value of a 100 MB report). Sets `matched` to the selector.
     */
    classify() {
        const frames = this.frames;
        let descend = false;
        for (let s = 0; s < this.selectors.length; s++) {
            const selector = this.selectors[s];
            if (selector.length < frames.length)
                continue;
            let matches = true;
            for (let d = 0; d < frames.length && matches; d++) {
                const part = selector[d];
                const frame = frames[d];
                matches = part === '*' || (frame.array ? Number(part) === frame.index : part === frame.key);
            }
            if (!matches)
                continue;
            if (selector.length === frames.length) {
                this.matched = s;
                return Mode.Capture;
            }
            descend = true;
        }
        this.matched = -1;
        return descend ? Mode.Descend : Mode.Skip;
    }
    structural(text, i, c) {
        const frame = this.frames[this.frames.length - 1];
        switch (this.expect) {
            case Expect.Value:
            case Expect.ValueOrEnd:
                if (c === 93 /* ] */ && this.expect === Expect.ValueOrEnd)
                    return this.close(i);
                return this.startValue(i, c);
            case Expect.Key:
            case Expect.KeyOrEnd:
                if (c === 125 /* } */ && this.expect === Expect.KeyOrEnd)
                    return this.close(i);
                if (c !== 34)
                    throw new JsonStreamError('Expected a property name', this.offset + i);
                this.keyParts = [];
                this.keyEscaped = false;
                this.keyStart = i + 1;
                return i + 1;
            case Expect.Colon:
                if (c !== 58)
                    throw new JsonStreamError("Expected ':'", this.offset + i);
                this.expect = Expect.Value;
                return i + 1;
            case Expect.CommaOrEnd:
                if (c === 44 /* , */ && frame) {
                    if (frame.array) {
                        frame.index++;
                        this.expect = Expect.Value;
                    }
                    else
                        this.expect = Expect.Key;
                    return i + 1;
                }
                if ((c === 93 && frame?.array) || (c === 125 && frame && !frame.array))
                    return this.close(i);
                throw new JsonStreamError(`Unexpected ${JSON.stringify(text[i])}`, this.offset + i);
            default:
                throw new JsonStreamError('Unexpected content after the JSON value', this.offset + i);
        }
    }
    close(i) {
        // The closing container's own path: without the key or index it was at inside itself.
        if (this.visitor.onClose) {
            const path = this.path().slice(0, -1);
            this.frames.pop();
            this.visitor.onClose(path);
        }
        else
            this.frames.pop();
        this.expect = this.frames.length === 0 ? Expect.Done : Expect.CommaOrEnd;
        return i + 1;
    }
    startValue(i, c) {
        const mode = this.classify();
        const container = c === 123 || c === 91;
        if (container && mode === Mode.Descend) {
            const array = c === 91;
            this.frames.push({ array, key: '', index: 0 });
            this.expect = array ? Expect.ValueOrEnd : Expect.KeyOrEnd;
            return i + 1;
        }
        // One Raw reused for every skipped or captured value: most values of a report are skipped.
        const raw = this.spare;
        raw.capture = mode === Mode.Capture;
        raw.selector = this.matched;
        raw.path = raw.capture ? this.path() : NO_PATH;
        raw.kind = container ? 'container' : c === 34 ? 'string' : 'scalar';
        raw.depth = container ? 1 : 0;
        raw.inString = c === 34;
        raw.escaped = false;
        if (raw.parts.length > 0)
            raw.parts = [];
        this.raw = raw;
        this.rawStart = i;
        return container || c === 34 ? i + 1 : i;
    }
    /** Advances through a raw value; returns where scanning continues. */
    scanRaw(text, i) {
        const raw = this.raw;
        const n = text.length;
        if (raw.kind === 'scalar') {
            let j = i;
            while (j < n) {
                const c = text.charCodeAt(j);
                if (c === 44 || c === 125 || c === 93 || WHITESPACE.has(c))
                    return this.finishRaw(text, j);
                j++;
            }
            return n;
        }
        let j = i;
        while (j < n) {
            if (raw.inString) {
                if (raw.escaped) {
                    raw.escaped = false;
                    j++;
                    continue;
                }
                const quote = text.indexOf('"', j);
                const slash = text.indexOf('\\', j);
                if (slash !== -1 && (quote === -1 || slash < quote)) {
                    raw.escaped = true;
                    j = slash + 1;
                    continue;
                }
                if (quote === -1)
                    return n;
                raw.inString = false;
                j = quote + 1;
                if (raw.kind === 'string')
                    return this.finishRaw(text, j);
                continue;
            }
            const c = text.charCodeAt(j);
            if (c === 34)
                raw.inString = true;
            else if (c === 123 || c === 91)
                raw.depth++;
            else if (c === 125 || c === 93) {
                raw.depth--;
                if (raw.depth === 0)
                    return this.finishRaw(text, j + 1);
            }
            j++;
        }
        return n;
    }
    finishRaw(text, end) {
        const raw = this.raw;
        this.raw = undefined;
        this.expect = this.frames.length === 0 ? Expect.Done : Expect.CommaOrEnd;
        if (!raw.capture)
            return end;
        const source = raw.parts.join('') + text.slice(this.rawStart, end);
        let value;
        try {
            value = JSON.parse(source);
        }
        catch (error) {
            throw new JsonStreamError(`Malformed value at ${raw.path.join('.')}: ${error.message}`, this.offset);
        }
        this.visitor.onValue(raw.path, value, raw.selector);
        return end;
    }
    scanKey(text, i) {
        const parts = this.keyParts;
        let j = i;
        const n = text.length;
        while (j < n) {
            if (this.keyEscaped) {
                this.keyEscaped = false;
                j++;
                continue;
            }
            const c = text.charCodeAt(j);
            if (c === 92)
                this.keyEscaped = true;
            else if (c === 34) {
                const rawKey = parts.join('') + text.slice(this.keyStart, j);
                const frame = this.frames[this.frames.length - 1];
                frame.key = rawKey.includes('\\') ? JSON.parse(`"${rawKey}"`) : rawKey;
                this.keyParts = undefined;
                this.expect = Expect.Colon;
                return j + 1;
            }
            j++;
        }
        parts.push(text.slice(this.keyStart));
        return n;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-istanbul.ts


function count(metric) {
    if (!metric || typeof metric.total !== 'number' || typeof metric.covered !== 'number')
        return undefined;
    return { found: metric.total, hit: metric.covered };
}
/** Adds every file of the json-summary `path` to `set`. */
async function readIstanbulSummary(path, set) {
    set.formats.add('istanbul-json-summary');
    set.withoutLineData.add('istanbul-json-summary');
    await streamJson(path, [['*']], {
        onValue([key], value) {
            if (key === 'total')
                return;
            const entry = value;
            const lines = count(entry?.lines ?? undefined);
            if (!lines)
                throw new ReportError(path, `entry ${JSON.stringify(key)} has no lines {total, covered}`);
            const file = set.file(String(key));
            file.lineTotals(lines);
            const branches = count(entry?.branches);
            if (branches)
                file.branchTotals(branches);
            const functions = count(entry?.functions);
            if (functions)
                file.functionTotals(functions);
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-jacoco.ts

/** Adds every source file of the JaCoCo report `path` to `set`. */
async function readJacoco(path, set) {
    set.formats.add('jacoco');
    let packageName = '';
    let file;
    let sourceDepth = -1;
    await streamXml(path, {
        open(element, depth) {
            switch (element.name) {
                case 'package':
                    packageName = element.attributes.name ?? '';
                    return;
                case 'sourcefile': {
                    const name = element.attributes.name ?? '';
                    file = set.file(packageName ? `${packageName}/${name}` : name);
                    sourceDepth = depth;
                    return;
                }
                case 'line': {
                    const line = numberAttribute(element, 'nr');
                    if (!file || line === undefined)
                        return;
                    file.line(line, numberAttribute(element, 'ci') ?? 0);
                    const missed = numberAttribute(element, 'mb') ?? 0;
                    const covered = numberAttribute(element, 'cb') ?? 0;
                    if (missed + covered > 0)
                        file.branchesOnLine(line, { found: missed + covered, hit: covered });
                    return;
                }
                case 'counter':
                    if (file && depth === sourceDepth + 1 && element.attributes.type === 'METHOD') {
                        const missed = numberAttribute(element, 'missed') ?? 0;
                        const covered = numberAttribute(element, 'covered') ?? 0;
                        file.functionTotals({ found: missed + covered, hit: covered });
                    }
                    return;
            }
        },
        close(name) {
            if (name === 'sourcefile')
                file = undefined;
            else if (name === 'package')
                packageName = '';
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/coverage-lcov.ts


const newRecord = () => ({ sawLines: false, sawBranches: false, sawFunctions: false });
/** Adds every record of the lcov file `path` to `set`. */
async function readLcov(path, set) {
    set.formats.add('lcov');
    let file;
    let record = newRecord();
    const fail = (problem, line) => {
        throw new ReportError(path, problem, { line, hint: 'lcov lines look like DA:<line>,<count>' });
    };
    /** A count from bytes; rare forms (a negative or fractional count from some gcov versions) decoded. */
    const count = (bytes, start, end, line) => {
        const value = parseUint(bytes, start, end);
        return Number.isNaN(value) ? number(bytes.toString('latin1', start, end), line) : value;
    };
    const number = (text, line) => {
        const parsed = text.trim() === '' ? Number.NaN : Number(text);
        return Number.isFinite(parsed) ? Math.max(0, parsed) : fail(`"${text}" is not a number`, line);
    };
    const needFile = (line) => file ?? fail('data before any SF: line', line);
    await visitLines(path, (bytes, start, end, lineNumber) => {
        if (end - start < 3)
            return;
        // DA:<line>,<count>[,<checksum>] is most of any tracefile: parsed from the bytes, no string.
        if (bytes[start] === 68 && bytes[start + 1] === 65 && bytes[start + 2] === 58) {
            let comma = start + 3;
            while (comma < end && bytes[comma] !== 44)
                comma++;
            if (comma >= end)
                fail('DA needs <line>,<count>', lineNumber);
            let countEnd = comma + 1;
            while (countEnd < end && bytes[countEnd] !== 44)
                countEnd++;
            needFile(lineNumber).line(count(bytes, start + 3, comma, lineNumber), count(bytes, comma + 1, countEnd, lineNumber));
            record.sawLines = true;
            return;
        }
        const text = bytes.toString('utf8', start, end);
        const colon = text.indexOf(':');
        const tag = colon === -1 ? text.trim() : text.slice(0, colon);
        const value = colon === -1 ? '' : text.slice(colon + 1);
        switch (tag) {
            case 'SF':
                file = set.file(value);
                record = newRecord();
                return;
            case 'end_of_record':
                if (file)
                    applyRecordTotals(file, record);
                file = undefined;
                return;
            case 'BRDA': {
                // <line>,<block>,<branch>,<taken|-> ; lcov 2 may put an expression name in <branch>.
                const last = value.lastIndexOf(',');
                if (last === -1)
                    fail('BRDA needs <line>,<block>,<branch>,<taken>', lineNumber);
                const taken = value.slice(last + 1);
                needFile(lineNumber).branch(value.slice(0, last), taken === '-' ? undefined : number(taken, lineNumber));
                record.sawBranches = true;
                return;
            }
            case 'FN': {
                const name = value.replace(/^\d+,(\d+,)?/, '');
                needFile(lineNumber).functionHits(name, 0);
                record.sawFunctions = true;
                return;
            }
            case 'FNDA': {
                const comma = value.indexOf(',');
                if (comma === -1)
                    fail('FNDA needs <count>,<name>', lineNumber);
                needFile(lineNumber).functionHits(value.slice(comma + 1), number(value.slice(0, comma), lineNumber));
                record.sawFunctions = true;
                return;
            }
            case 'FNA': {
                const match = /^\d+,([^,]+),(.*)$/.exec(value) ?? fail('FNA needs <index>,<count>,<name>', lineNumber);
                needFile(lineNumber).functionHits(match[2], number(match[1], lineNumber));
                record.sawFunctions = true;
                return;
            }
            case 'LF':
            case 'LH':
            case 'BRF':
            case 'BRH':
            case 'FNF':
            case 'FNH':
                record[tag.toLowerCase()] = number(value, lineNumber);
                return;
            case 'TN':
            case 'VER':
            case 'FNL':
            case 'MSG':
                return;
            default:
                fail(`unknown lcov line "${text.slice(0, 40)}"`, lineNumber);
        }
    });
    // A last record without end_of_record still counts, as lcov reads it.
    if (file)
        applyRecordTotals(file, record);
}
function applyRecordTotals(file, record) {
    if (!record.sawLines && record.lf !== undefined)
        file.lineTotals({ found: record.lf, hit: record.lh ?? 0 });
    if (!record.sawBranches && record.brf !== undefined)
        file.branchTotals({ found: record.brf, hit: record.brh ?? 0 });
    if (!record.sawFunctions && record.fnf !== undefined) {
        file.functionTotals({ found: record.fnf, hit: record.fnh ?? 0 });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/test-results.ts
// The test outcome of every JUnit report, merged: counts by status, the failed tests with their
// message, and flaky tests. A test is flaky when its report says it passed on a rerun (surefire's
// flakyFailure/flakyError, pytest-rerunfailures' <rerun>) or when it failed and then passed later
// in the same report set (a retried job's second report): the failure is then taken back. Only
// failures are remembered by name (they are few), so memory does not grow with the test count;
// what is remembered is copied (detach.ts), so it does not hold the reader's chunks alive.

const MESSAGE_CHARS = 1000;
const DETAIL_CHARS = 4000;
class TestResults {
    counts = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
    reports = [];
    failing = new Map();
    failingNames = new Set();
    flakyTests = new Map();
    add(given) {
        const test = given.status === 'passed' || given.status === 'skipped' ? given : kept(given);
        // Most tests never failed: the name check spares building a key for each of millions of them.
        const mayHaveFailed = this.failingNames.has(test.name);
        const key = mayHaveFailed || test.status === 'failed' || test.status === 'error' || test.status === 'flaky'
            ? `${test.suite}\u0000${test.classname}\u0000${test.name}`
            : '';
        const earlier = mayHaveFailed ? this.failing.get(key) : undefined;
        if (earlier && (test.status === 'passed' || test.status === 'flaky')) {
            // Failed, then passed in a later report: one flaky test, counted once.
            this.failing.delete(key);
            this.counts[earlier.status === 'error' ? 'errors' : 'failed']--;
            this.counts.flaky++;
            this.flakyTests.set(key, { ...earlier, status: 'flaky' });
            return;
        }
        this.counts.tests++;
        switch (test.status) {
            case 'passed':
                this.counts.passed++;
                return;
            case 'skipped':
                this.counts.skipped++;
                return;
            case 'flaky':
                this.counts.flaky++;
                this.flakyTests.set(key, test);
                return;
            case 'failed':
            case 'error':
                this.counts[test.status === 'error' ? 'errors' : 'failed']++;
                if (!this.failing.has(key))
                    this.failing.set(key, test);
                this.failingNames.add(test.name);
                return;
        }
    }
    /** Passed tests known only by number (node's parent tests). */
    addPassed(count) {
        this.counts.tests += count;
        this.counts.passed += count;
    }
    /** Failed and errored tests, in report order. */
    failures() {
        return [...this.failing.values()];
    }
    flaky() {
        return [...this.flakyTests.values()];
    }
}
function kept(test) {
    return {
        ...test,
        suite: detach(test.suite),
        classname: detach(test.classname),
        name: detach(test.name),
        file: detach(test.file),
        message: detach(test.message),
        detail: detach(test.detail),
    };
}
/** Keeps at most `max` characters, saying how much was cut. */
function cutText(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/junit.ts
// Reads JUnit XML as the common tools write it: a <testsuites> root or a bare <testsuite>,
// nested suites, <failure> (an assertion) vs <error> (an exception), <skipped/> with or without a
// message or text, suites that failed to load (a suite-level <error>/<failure>, or failures
// declared with no test case to hold them), surefire's flakyFailure/flakyError and rerunFailure,
// pytest-rerunfailures' <rerun>. Every <testcase> counts as one test, as the tools count them
// (gotestsum lists a parent test and each of its subtests). Node's test runner writes a test
// with subtests as a <testsuite> beside plain <testcase>s under the root: in that layout each
// suite is a parent test and counts too (failed when a subtest failed), as node counts it.
// Streamed: only a bounded prefix of a failure's text is kept, and <system-out> is never kept.



/** Adds every test case of the JUnit report `path` to `results`. */
async function readJunit(path, results) {
    results.reports.push(path);
    const suites = [];
    let test;
    let rerunOnly = false;
    let textTarget;
    let text = '';
    let sawRoot = false;
    // Node's layout: test cases directly under <testsuites>; its suites are parent tests.
    let rootHasTestcases = false;
    // Tallied, not listed, so memory does not grow with the number of suites.
    let passedParents = 0;
    const failedParents = [];
    const problem = (element) => ({
        message: cutText(element.attributes.message ?? element.attributes.type ?? '', MESSAGE_CHARS),
    });
    await streamXml(path, {
        open(element, depth) {
            const name = element.name;
            if (!sawRoot) {
                if (name !== 'testsuites' && name !== 'testsuite') {
                    throw new ReportError(path, `<${name}> is not a JUnit root (expected <testsuites> or <testsuite>)`);
                }
                sawRoot = true;
            }
            const suite = suites[suites.length - 1];
            if (name === 'testsuite') {
                suites.push({
                    name: element.attributes.name ?? '',
                    failed: (numberAttribute(element, 'errors') ?? 0) + (numberAttribute(element, 'failures') ?? 0) > 0,
                    file: element.attributes.file || element.attributes.filepath || suite?.file,
                    declaredProblems: (numberAttribute(element, 'errors') ?? 0) + (numberAttribute(element, 'failures') ?? 0),
                    testcases: 0,
                });
            }
            else if (name === 'testcase') {
                if (suite)
                    suite.testcases++;
                else if (depth === 1)
                    rootHasTestcases = true;
                test = {
                    suite: suite?.name ?? '',
                    classname: element.attributes.classname ?? '',
                    name: element.attributes.name ?? '',
                    file: element.attributes.file || element.attributes.filepath || suite?.file,
                    line: numberAttribute(element, 'line'),
                    status: 'passed',
                    report: path,
                };
                rerunOnly = false;
            }
            else if (test) {
                switch (name) {
                    case 'failure':
                    case 'error':
                        test.status = name === 'failure' ? 'failed' : 'error';
                        test.message = problem(element).message;
                        textTarget = 'detail';
                        text = '';
                        return;
                    case 'skipped':
                        if (test.status === 'passed')
                            test.status = 'skipped';
                        test.message = problem(element).message || undefined;
                        return;
                    case 'flakyFailure':
                    case 'flakyError':
                    case 'rerun':
                    case 'rerunFailure':
                    case 'rerunError':
                        // Failed runs before the last one: flaky unless the final outcome is a failure too.
                        rerunOnly = true;
                        test.message ??= problem(element).message;
                        return;
                }
            }
            else if (suite && (name === 'error' || name === 'failure')) {
                suite.loadError = { message: problem(element).message, detail: '' };
                textTarget = 'suite';
                text = '';
            }
        },
        text(chunk) {
            if (textTarget && text.length < DETAIL_CHARS)
                text += chunk.slice(0, DETAIL_CHARS - text.length + 1);
        },
        close(name) {
            if ((name === 'failure' || name === 'error') && textTarget) {
                const detail = cutText(text.trim(), DETAIL_CHARS);
                if (textTarget === 'detail' && test)
                    test.detail = detail;
                const suite = suites[suites.length - 1];
                if (textTarget === 'suite' && suite?.loadError)
                    suite.loadError.detail = detail;
                textTarget = undefined;
                text = '';
            }
            else if (name === 'testcase' && test) {
                if (test.status === 'passed' && rerunOnly)
                    test.status = 'flaky';
                if (test.status === 'passed')
                    test.message = undefined;
                results.add(test);
                test = undefined;
            }
            else if (name === 'testsuite') {
                const suite = suites.pop();
                if (!suite)
                    return;
                // A parent suite's problems are its children's: count their cases as its own.
                const parent = suites[suites.length - 1];
                if (parent)
                    parent.testcases += suite.testcases;
                if (suite.testcases > 0 && suite.failed)
                    failedParents.push({ name: suite.name, file: suite.file });
                else if (suite.testcases > 0)
                    passedParents++;
                finishSuite(suite, path, results);
            }
        },
    });
    if (!sawRoot)
        throw new ReportError(path, 'no JUnit root element (the file is empty?)');
    if (!rootHasTestcases)
        return;
    results.addPassed(passedParents);
    for (const parent of failedParents) {
        results.add({
            suite: '',
            classname: parent.name,
            name: parent.name,
            file: parent.file,
            status: 'failed',
            message: 'A subtest failed',
            report: path,
        });
    }
}
/** A suite that could not run has no test case for its error: it counts as one errored test. */
function finishSuite(suite, report, results) {
    if (suite.testcases > 0)
        return;
    if (!suite.loadError && suite.declaredProblems === 0)
        return;
    results.add({
        suite: suite.name,
        classname: suite.name,
        name: `${suite.name || 'test suite'} failed to load`,
        file: suite.file,
        status: 'error',
        message: suite.loadError?.message || 'The suite reports errors but ran no test case',
        detail: suite.loadError?.detail,
        report,
    });
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/core/src/quality/report-format.ts
// Recognises a report's format from its first bytes, so users list files without naming formats:
// XML by its root element, JSON by its first key, lcov and Go profiles by their first line.


const HEAD_BYTES = 64 * 1024;
async function readHead(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    finally {
        await handle.close();
    }
}
/** The root element's name and its opening tag, skipping the prolog, comments and DOCTYPE. */
function xmlRoot(head) {
    const pattern = /<([A-Za-z_][\w.:-]*)([^>]*)>/g;
    const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, '');
    const match = pattern.exec(withoutProlog);
    return match ? { name: match[1], tag: match[0] } : undefined;
}
function xmlFormat(head) {
    const root = xmlRoot(head);
    if (!root)
        return undefined;
    switch (root.name) {
        case 'testsuites':
        case 'testsuite':
            return 'junit';
        case 'report':
            return 'jacoco';
        case 'coverage':
            // Both Cobertura and Clover use <coverage>: Clover's has a clover= attribute and <project>.
            return /\bclover=/.test(root.tag) || /<project[\s>]/.test(head) ? 'clover' : 'cobertura';
    }
    return undefined;
}
function jsonFormat(head) {
    if (head.startsWith('['))
        return /"Target"\s*:/.test(head) ? 'trivy' : undefined;
    const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(head)?.[1];
    switch (firstKey) {
        case 'SchemaVersion':
            return 'trivy';
        case 'matches':
            return 'grype';
        case 'total':
            return 'istanbul-json-summary';
        case '$schema':
        case 'version':
            return /"runs"\s*:/.test(head) || /sarif/i.test(head.slice(0, 300)) ? 'sarif' : undefined;
    }
    // Keys in another order: look for each format's marks.
    if (/"SchemaVersion"\s*:/.test(head) && /"Results"\s*:/.test(head))
        return 'trivy';
    if (/"runs"\s*:/.test(head) && /"2\.1\.0"/.test(head))
        return 'sarif';
    if (/"matches"\s*:/.test(head) && /"descriptor"|"artifact"/.test(head))
        return 'grype';
    if (/"total"\s*:\s*\{\s*"lines"/.test(head))
        return 'istanbul-json-summary';
    return undefined;
}
/** The format of the report at `path`; a ReportError when it is none we read. */
async function detectFormat(path) {
    const head = await readHead(path);
    const start = head.trimStart();
    let format;
    if (start.startsWith('<'))
        format = xmlFormat(start);
    else if (start.startsWith('{') || start.startsWith('['))
        format = jsonFormat(start);
    else if (/^mode: *(set|count|atomic)\s*$/m.test(start.split('\n', 1)[0]))
        format = 'go';
    else if (/^(TN|SF|VER):/.test(start))
        format = 'lcov';
    if (!format) {
        throw new ReportError(path, start === '' ? 'the file is empty' : 'unrecognised report format', {
            hint: 'Coverage: lcov, Cobertura, istanbul json-summary, Clover, JaCoCo XML, Go cover profile; ' +
                'vulnerabilities: Trivy JSON, Grype JSON, SARIF; tests: JUnit XML',
        });
    }
    return format;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerability.ts
// The vulnerability findings of every scanner report, de-duplicated by id and package (Grype
// lists a CVE once per matcher, Trivy once per target that holds the package), with the severity
// scale every reader maps to. Kept findings are copied (detach.ts): JSON.parse may cut strings
// as views of the report text they came from.

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
function severityRank(severity) {
    return RANK[severity];
}
function findingKey(finding) {
    return `${finding.id}\u0000${finding.pkg}`;
}
/** Maps a scanner's severity word (any case) onto ours; Grype's Negligible counts as low. */
function parseSeverity(value) {
    const word = typeof value === 'string' ? value.toLowerCase() : '';
    if (word === 'negligible')
        return 'low';
    return SEVERITIES.includes(word) ? word : 'unknown';
}
/** Findings by id and package; a repeated one keeps its highest severity and a known fix. */
class FindingSet {
    byKey = new Map();
    reports = [];
    add(finding) {
        const key = findingKey(finding);
        const earlier = this.byKey.get(key);
        if (!earlier) {
            this.byKey.set(detach(key), {
                ...finding,
                id: detach(finding.id),
                pkg: detach(finding.pkg),
                purl: detach(finding.purl),
                installed: detach(finding.installed),
                fixed: detach(finding.fixed),
                title: detach(finding.title),
                file: detach(finding.file),
            });
            return;
        }
        if (RANK[finding.severity] > RANK[earlier.severity])
            earlier.severity = finding.severity;
        earlier.fixed ??= detach(finding.fixed);
        earlier.purl ??= detach(finding.purl);
        earlier.file ??= detach(finding.file);
        earlier.line ??= finding.line;
    }
    all() {
        return [...this.byKey.values()];
    }
    get size() {
        return this.byKey.size;
    }
}
function countBySeverity(findings) {
    const counts = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** Worst first: severity, then fixable before unfixable, then id. */
function worstFirst(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        Number(b.fixed !== undefined) - Number(a.fixed !== undefined) ||
        a.id.localeCompare(b.id));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerabilities-grype.ts
// Reads Grype's JSON report (`grype -o json`): matches[].vulnerability {id, severity, description,
// fix {state, versions}} and matches[].artifact {name, version, purl, locations}. The same CVE
// comes once per matcher; FindingSet keeps one per package. Streamed: only these fields are
// parsed; match details, CVSS and related vulnerabilities are skipped as text.


const FIELDS = [
    'vulnerability.id',
    'vulnerability.severity',
    'vulnerability.description',
    'vulnerability.fix.state',
    'vulnerability.fix.versions',
    'artifact.name',
    'artifact.version',
    'artifact.purl',
    'artifact.locations.0.path',
];
const SELECTORS = FIELDS.map((field) => ['matches', '*', ...field.split('.')]);
const vulnerabilities_grype_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** Adds every match of the Grype report `path` to `findings`. */
async function readGrype(path, findings) {
    findings.reports.push(path);
    // The fields of the match being read, by their path inside it.
    let match = {};
    await streamJson(path, SELECTORS, {
        onValue(jsonPath, value) {
            match[jsonPath.slice(2).join('.')] = value;
        },
        onClose(jsonPath) {
            if (jsonPath.length !== 2 || jsonPath[0] !== 'matches')
                return;
            const versions = match['vulnerability.fix.versions'];
            const fixed = match['vulnerability.fix.state'] === 'fixed' && Array.isArray(versions) && versions.length > 0
                ? versions.join(', ')
                : undefined;
            findings.add({
                id: String(match['vulnerability.id'] ?? ''),
                pkg: String(match['artifact.name'] ?? ''),
                purl: vulnerabilities_grype_text(match['artifact.purl']),
                installed: vulnerabilities_grype_text(match['artifact.version']),
                fixed,
                severity: parseSeverity(match['vulnerability.severity']),
                title: vulnerabilities_grype_text(match['vulnerability.description'])?.split('\n')[0].slice(0, 200),
                file: vulnerabilities_grype_text(match['artifact.locations.0.path']),
                kind: 'vulnerability',
                source: 'grype',
                report: path,
            });
            match = {};
        },
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerabilities-sarif.ts
// Reads SARIF 2.1.0 (CodeQL, Trivy/Grype --format sarif, ESLint's SARIF formatter, ...). A
// result's severity comes from its rule's `security-severity` property, joined by ruleIndex or
// ruleId, in GitHub's bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, below 4.0 low. A
// result without one counts by its level (or the rule's default level, or SARIF's default
// "warning"): error -> high, warning -> medium, note -> low. Not findings: level "none", kinds
// other than "fail" (pass, notApplicable, informational, review, open), results with a non-empty
// `suppressions` array, and tool notifications (invocations[]), which are never results.

/** GitHub's bands for a security-severity score; undefined when it is not a number. */
function severityFromScore(score) {
    const value = typeof score === 'number' ? score : typeof score === 'string' && score.trim() !== '' ? Number(score) : NaN;
    if (!Number.isFinite(value))
        return undefined;
    if (value >= 9)
        return 'critical';
    if (value >= 7)
        return 'high';
    if (value >= 4)
        return 'medium';
    return 'low';
}
const LEVELS = { error: 'high', warning: 'medium', note: 'low' };
/** Adds every counted result of the SARIF report `path` to `findings`. */
async function readSarif(path, findings) {
    findings.reports.push(path);
    // Rules and results of the run being read; results are joined when the run closes, because a
    // producer may write results before the tool section.
    let rules = [];
    let extensionRules = [];
    let results = [];
    await streamJson(path, [
        ['runs', '*', 'tool', 'driver', 'rules', '*'],
        ['runs', '*', 'results', '*'],
        // CodeQL keeps query rules in extensions (packs); those are joined by ruleId.
        ['runs', '*', 'tool', 'extensions', '*', 'rules', '*'],
    ], {
        onValue(_path, value, selector) {
            if (selector === 0)
                rules.push(value);
            else if (selector === 2)
                extensionRules.push(value);
            else {
                const result = value;
                if (result.suppressions && result.suppressions.length > 0)
                    return;
                if (result.kind !== undefined && result.kind !== 'fail')
                    return;
                results.push(result);
            }
        },
        onClose(closed) {
            if (closed.length !== 2 || closed[0] !== 'runs')
                return;
            for (const result of results) {
                const finding = toFinding(result, rules, extensionRules, path);
                if (finding)
                    findings.add(finding);
            }
            rules = [];
            extensionRules = [];
            results = [];
        },
    });
}
function toFinding(result, rules, extensionRules, report) {
    const index = result.ruleIndex ?? result.rule?.index;
    const id = result.ruleId ?? result.rule?.id ?? (index !== undefined ? rules[index]?.id : undefined) ?? '';
    const rule = (result.rule === undefined && index !== undefined ? rules[index] : undefined) ??
        rules.find((r) => r.id === id) ??
        extensionRules.find((r) => r.id === id);
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    if (level === 'none')
        return undefined;
    const severity = severityFromScore(rule?.properties?.['security-severity']) ?? LEVELS[level] ?? 'unknown';
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri;
    const line = location?.region?.startLine;
    return {
        id,
        // A SARIF result has no package: its place is what tells two results of one rule apart.
        pkg: file === undefined ? '' : line === undefined ? file : `${file}:${line}`,
        severity,
        title: rule?.shortDescription?.text ?? result.message?.text?.split('\n')[0].slice(0, 200),
        file,
        line,
        kind: 'rule',
        source: 'sarif',
        report,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vulnerabilities-trivy.ts
// Reads Trivy's JSON report (`trivy image --format json`, schema version 2; also the bare array
// of results older versions wrote): Results[].Vulnerabilities[], and the Misconfigurations[]
// (status FAIL only) and Secrets[] that carry a severity too. Streamed: only the fields a finding
// needs are parsed; the long descriptions and reference lists are skipped as text.


/** The fields read from each entry; the rest (descriptions, references, CVSS) is skipped unparsed. */
const vulnerabilities_trivy_FIELDS = {
    Vulnerabilities: [
        ['VulnerabilityID'],
        ['PkgName'],
        ['PkgID'],
        ['PkgIdentifier', 'PURL'],
        ['InstalledVersion'],
        ['FixedVersion'],
        ['Severity'],
        ['Title'],
    ],
    Misconfigurations: [['ID'], ['AVDID'], ['Title'], ['Severity'], ['Status'], ['CauseMetadata', 'StartLine']],
    Secrets: [['RuleID'], ['Title'], ['Severity'], ['StartLine']],
};
/** Schema 2 (`Results: [...]`) and the bare array of results older versions wrote. */
const vulnerabilities_trivy_SELECTORS = [
    ['Results', '*', 'Target'],
    ['*', 'Target'],
];
for (const prefix of [['Results', '*'], ['*']]) {
    for (const [kind, fields] of Object.entries(vulnerabilities_trivy_FIELDS)) {
        for (const field of fields)
            vulnerabilities_trivy_SELECTORS.push([...prefix, kind, '*', ...field]);
    }
}
const vulnerabilities_trivy_text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** Adds every finding of the Trivy report `path` to `findings`. */
async function readTrivy(path, findings) {
    findings.reports.push(path);
    const targets = new Map();
    const resultKey = (jsonPath) => jsonPath.slice(0, jsonPath[0] === 'Results' ? 2 : 1).join('.');
    // The fields of the entry being read, by their path inside it ("PkgIdentifier.PURL").
    let entry = {};
    await streamJson(path, vulnerabilities_trivy_SELECTORS, {
        onValue(jsonPath, value) {
            const depth = jsonPath[0] === 'Results' ? 2 : 1;
            if (jsonPath.length === depth + 1) {
                targets.set(resultKey(jsonPath), String(value));
                return;
            }
            entry[jsonPath.slice(depth + 2).join('.')] = value;
        },
        onClose(jsonPath) {
            const depth = jsonPath[0] === 'Results' ? 2 : 1;
            const kind = jsonPath[depth];
            if (jsonPath.length !== depth + 2 || typeof kind !== 'string' || !(kind in vulnerabilities_trivy_FIELDS))
                return;
            const finding = vulnerabilities_trivy_toFinding(kind, entry, targets.get(resultKey(jsonPath)) ?? '', path);
            entry = {};
            if (finding)
                findings.add(finding);
        },
    });
}
/** The finding an entry of `kind` describes; undefined for a passed misconfiguration check. */
function vulnerabilities_trivy_toFinding(kind, entry, target, path) {
    const base = { severity: parseSeverity(entry.Severity), source: 'trivy', report: path };
    if (kind === 'Vulnerabilities') {
        return {
            ...base,
            kind: 'vulnerability',
            id: String(entry.VulnerabilityID ?? ''),
            pkg: String(entry.PkgName ?? entry.PkgID ?? target),
            purl: vulnerabilities_trivy_text(entry['PkgIdentifier.PURL']),
            installed: vulnerabilities_trivy_text(entry.InstalledVersion),
            fixed: vulnerabilities_trivy_text(entry.FixedVersion),
            title: vulnerabilities_trivy_text(entry.Title),
        };
    }
    if (kind === 'Misconfigurations') {
        if (entry.Status !== undefined && entry.Status !== 'FAIL')
            return undefined;
        const startLine = entry['CauseMetadata.StartLine'];
        return {
            ...base,
            kind: 'misconfiguration',
            id: String(entry.AVDID ?? entry.ID ?? ''),
            pkg: target,
            title: vulnerabilities_trivy_text(entry.Title),
            file: target || undefined,
            line: typeof startLine === 'number' && startLine > 0 ? startLine : undefined,
        };
    }
    return {
        ...base,
        kind: 'secret',
        id: String(entry.RuleID ?? ''),
        pkg: target,
        title: vulnerabilities_trivy_text(entry.Title),
        file: target || undefined,
        line: typeof entry.StartLine === 'number' ? entry.StartLine : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/read-reports.ts
// Reads every report of one kind (coverage, vulnerabilities, tests): detects each file's format,
// refuses a file of the wrong kind (a JUnit file among coverage files is a mistake, not a pass)
// and hands it to its reader.















const COVERAGE = {
    lcov: readLcov,
    go: readGoProfile,
    cobertura: readCobertura,
    clover: readClover,
    jacoco: readJacoco,
    'istanbul-json-summary': readIstanbulSummary,
};
const VULNERABILITIES = {
    trivy: readTrivy,
    grype: readGrype,
    sarif: readSarif,
};
function wrongKind(file, format, expected) {
    return new ReportError(file, `is a ${format} report, not ${expected}`, {
        hint: 'List it under the input for its kind (coverage-files, vulnerability-files, test-files)',
    });
}
/** Coverage of all `files`, merged. */
async function readCoverage(files) {
    const set = new CoverageSet();
    for (const file of files) {
        const format = await detectFormat(file);
        const reader = COVERAGE[format];
        if (!reader)
            throw wrongKind(file, format, 'a coverage report');
        await reader(file, set);
    }
    return set;
}
/** Vulnerability findings of all `files`, de-duplicated. */
async function readFindings(files) {
    const set = new FindingSet();
    for (const file of files) {
        const format = await detectFormat(file);
        const reader = VULNERABILITIES[format];
        if (!reader)
            throw wrongKind(file, format, 'a vulnerability report (Trivy JSON, Grype JSON, SARIF)');
        await reader(file, set);
    }
    return set;
}
/** Test results of all JUnit `files`, merged in the order given. */
async function readTests(files) {
    const results = new TestResults();
    for (const file of files) {
        const format = await detectFormat(file);
        if (format !== 'junit')
            throw wrongKind(file, format, 'a JUnit XML report');
        await readJunit(file, results);
    }
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/report-files.ts
// Turns the report globs of one input into files: each pattern must match at least one file
// (unless allow-missing), since a gate that silently finds no report would pass on nothing.


/** Files matching `patterns` (relative to `cwd`), sorted, each once. */
async function findReportFiles(input, patterns, options) {
    const { glob } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        // An absolute path outside cwd is allowed (reports in a temp folder): glob from its root.
        const local = (0,external_node_path_.isAbsolute)(pattern) ? (0,external_node_path_.relative)(options.cwd, pattern) : pattern;
        const matches = await glob(local.startsWith('..') ? pattern : local, {
            cwd: options.cwd,
            absolute: true,
            dot: true,
            onlyFiles: true,
            expandDirectories: false,
        });
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches)
            files.add((0,external_node_path_.resolve)(match));
    }
    if (unmatched.length > 0 && !options.allowMissing) {
        throw new input_error_InputError(input, unmatched.join('\n'), 'globs that match report files', `Nothing matched ${unmatched.map((p) => `"${p}"`).join(', ')} in ${options.cwd}. Check the path, or set allow-missing: true when a report may be absent`);
    }
    return { files: [...files].sort(), unmatched };
}

;// CONCATENATED MODULE: ./packages/core/src/quality/budgets.ts
// Budgets over metrics: `build-seconds<=120` lines checked against `build-seconds=95` metrics
// (multiarch-bake's duration-seconds, or anything a workflow measures).

const BUDGET = /^([A-Za-z0-9_.\-/]+)\s*(<=|>=)\s*([+-]?(?:\d+\.?\d*|\.\d+))$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
/** Parses `name<=value` / `name>=value` lines. */
function parseBudgets(lines, input = 'budgets') {
    return lines.map((line) => {
        const match = BUDGET.exec(line);
        if (!match)
            throw new input_error_InputError(input, line, 'name<=number or name>=number lines, e.g. build-seconds<=120');
        return { metric: match[1], operator: match[2], limit: Number(match[3]) };
    });
}
/** Metric values from `name=value` pairs; each must be a number. */
function parseMetrics(pairs, input = 'metrics') {
    const metrics = new Map();
    for (const [name, value] of pairs) {
        if (!NUMBER.test(value))
            throw new input_error_InputError(input, `${name}=${value}`, 'name=number lines, e.g. build-seconds=95');
        metrics.set(name, Number(value));
    }
    return metrics;
}
function withinBudget(value, budget) {
    return budget.operator === '<=' ? value <= budget.limit : value >= budget.limit;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/rules.ts
// The gate's rules: each configured threshold becomes one row with its measured value, the
// baseline and the delta where there is one, and pass/fail. A rule that cannot measure what it
// judges (a coverage minimum with no coverage data) fails, so a gate never passes on nothing;
// a rule with nothing to compare against yet (a drop with no baseline, patch coverage outside a
// pull request) is skipped and says why.




/** neutral when no rule was configured, failure when any rule failed. */
function conclude(rules) {
    if (rules.length === 0)
        return 'neutral';
    return rules.some((r) => r.status === 'fail') ? 'failure' : 'success';
}
const signed = (value, unit = '') => `${value > 0 ? '+' : ''}${value.toFixed(2)}${unit}`;
/** `min-line-coverage` / `min-branch-coverage`: at least `min` percent. */
function minimumCoverageRule(name, min, count, baseline) {
    const value = percent(count);
    const threshold = `>= ${min}%`;
    if (value === undefined) {
        return {
            rule: name,
            threshold,
            measured: 'no data',
            status: 'fail',
            note: 'the coverage reports count nothing of this kind',
        };
    }
    return {
        rule: name,
        threshold,
        measured: `${formatPercent(value)}% (${count.hit}/${count.found})`,
        baseline: baseline === undefined ? undefined : `${formatPercent(baseline)}%`,
        delta: baseline === undefined ? undefined : signed(value - baseline, ' pp'),
        status: value >= min ? 'pass' : 'fail',
    };
}
/** `max-coverage-drop`: line coverage may fall at most `max` percentage points below the baseline. */
function coverageDropRule(max, count, baseline) {
    const value = percent(count);
    const rule = 'max-coverage-drop';
    const threshold = `<= ${max} pp`;
    if (baseline === undefined)
        return { rule, threshold, measured: '', status: 'skip', note: 'no baseline yet' };
    if (value === undefined)
        return { rule, threshold, measured: 'no data', status: 'fail', note: 'no line coverage to compare' };
    const drop = baseline - value;
    return {
        rule,
        threshold,
        measured: `${formatPercent(value)}%`,
        baseline: `${formatPercent(baseline)}%`,
        delta: signed(value - baseline, ' pp'),
        status: drop <= max + 1e-9 ? 'pass' : 'fail',
    };
}
/** `min-patch-coverage` over the lines the change adds. */
function patchCoverageRule(min, count, why) {
    const rule = 'min-patch-coverage';
    const threshold = `>= ${min}%`;
    if (!count)
        return {
            rule,
            threshold,
            measured: '',
            status: why?.startsWith('not a pull request') ? 'skip' : 'fail',
            note: why,
        };
    const value = percent(count);
    if (value === undefined) {
        return { rule, threshold, measured: 'no added lines with coverage data', status: 'pass', note: why };
    }
    return {
        rule,
        threshold,
        measured: `${formatPercent(value)}% (${count.hit}/${count.found})`,
        status: value >= min ? 'pass' : 'fail',
        note: why,
    };
}
/** `max-<severity>` rules for every severity with a limit. */
function vulnerabilityRules(limits, counts, baseline) {
    return SEVERITIES.filter((s) => limits[s] !== undefined).map((severity) => {
        const limit = limits[severity];
        const value = counts[severity];
        return {
            rule: `max-${severity}`,
            threshold: `<= ${limit}`,
            measured: String(value),
            baseline: baseline ? String(baseline[severity]) : undefined,
            delta: baseline ? signed(value - baseline[severity]).replace('.00', '') : undefined,
            status: value <= limit ? 'pass' : 'fail',
        };
    });
}
function testRules(counts, maxFailures, minTests, baselineTests) {
    const rules = [];
    const failures = counts.failed + counts.errors;
    if (maxFailures !== undefined) {
        rules.push({
            rule: 'max-failures',
            threshold: `<= ${maxFailures}`,
            measured: `${failures}${counts.flaky ? ` (+${counts.flaky} flaky)` : ''}`,
            status: failures <= maxFailures ? 'pass' : 'fail',
        });
    }
    if (minTests !== undefined) {
        rules.push({
            rule: 'min-tests',
            threshold: `>= ${minTests}`,
            measured: String(counts.tests),
            baseline: baselineTests === undefined ? undefined : String(baselineTests),
            delta: baselineTests === undefined ? undefined : signed(counts.tests - baselineTests).replace('.00', ''),
            status: counts.tests >= minTests ? 'pass' : 'fail',
        });
    }
    return rules;
}
function budgetRules(budgets, metrics, baseline) {
    return budgets.map((budget) => {
        const value = metrics.get(budget.metric);
        const rule = budget.metric;
        const threshold = `${budget.operator} ${budget.limit}`;
        if (value === undefined) {
            return {
                rule,
                threshold,
                measured: 'missing',
                status: 'fail',
                note: `no metric named ${budget.metric} (set it in metrics)`,
            };
        }
        const before = baseline?.[budget.metric];
        return {
            rule,
            threshold,
            measured: String(value),
            baseline: before === undefined ? undefined : String(before),
            delta: before === undefined ? undefined : signed(value - before),
            status: withinBudget(value, budget) ? 'pass' : 'fail',
        };
    });
}
function imageSizeRules(sizes, maxMb) {
    return sizes.map((size) => ({
        rule: `image size ${size.image} (${size.platform})`,
        threshold: `<= ${maxMb} MB`,
        measured: `${(size.bytes / MEGABYTE).toFixed(1)} MB`,
        status: size.bytes <= maxMb * MEGABYTE ? 'pass' : 'fail',
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/quality/vex.ts
// OpenVEX documents: a `not_affected` or `fixed` statement for a vulnerability and a product
// drops the matching findings, and the report lists what it dropped and why. A statement's
// products (and their subcomponents) are package URLs or image references: a package purl
// matches a finding of that package (by purl without version, or by name; with a version only
// that version); a product that is not a package (pkg:oci, pkg:docker, an image reference) is
// the whole image, so the statement covers every package of the report.


const WHOLE_IMAGE_TYPES = new Set(['oci', 'docker']);
/** name@version of a package purl; undefined for image purls and anything else. */
function packageFromId(id) {
    const match = /^pkg:([^/]+)\/(.+?)(?:@([^?#]+))?(?:[?#].*)?$/.exec(id);
    if (!match || WHOLE_IMAGE_TYPES.has(match[1].toLowerCase()))
        return undefined;
    const path = decodeURIComponent(match[2]);
    return {
        name: path.split('/').pop() ?? path,
        version: match[3] && decodeURIComponent(match[3]),
        purl: `pkg:${match[1]}/${match[2]}`,
    };
}
const idOf = (value) => (typeof value === 'string' ? value : (value['@id'] ?? ''));
/** The not_affected and fixed statements of an OpenVEX document. */
async function readVex(path) {
    let document;
    try {
        document = JSON.parse(await (0,promises_namespaceObject.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new ReportError(path, `not an OpenVEX JSON document: ${error.message}`);
    }
    if (!Array.isArray(document.statements))
        throw new ReportError(path, 'an OpenVEX document needs "statements"');
    const statements = [];
    for (const raw of document.statements) {
        if (raw.status !== 'not_affected' && raw.status !== 'fixed')
            continue;
        const vulnerability = typeof raw.vulnerability === 'string'
            ? raw.vulnerability
            : (raw.vulnerability?.name ?? raw.vulnerability?.['@id'] ?? '');
        const aliases = typeof raw.vulnerability === 'object' ? (raw.vulnerability.aliases ?? []) : [];
        const packages = [];
        let wholeImage = (raw.products ?? []).length === 0;
        for (const product of raw.products ?? []) {
            const subcomponents = typeof product === 'string' ? [] : (product.subcomponents ?? []);
            const ids = subcomponents.length > 0 ? subcomponents.map(idOf) : [idOf(product)];
            for (const id of ids) {
                const pkg = packageFromId(id);
                if (pkg)
                    packages.push(pkg);
                else
                    wholeImage = true;
            }
        }
        statements.push({
            vulnerability,
            aliases,
            status: raw.status,
            justification: raw.justification,
            packages: wholeImage ? [] : packages,
            document: path,
        });
    }
    return statements;
}
/** The statement that drops `finding`, if any. */
function vexFor(finding, statements) {
    return statements.find((statement) => {
        if (statement.vulnerability !== finding.id && !statement.aliases.includes(finding.id))
            return false;
        if (statement.packages.length === 0)
            return true;
        return statement.packages.some((pkg) => {
            const findingPurl = finding.purl?.replace(/[@?#].*$/, '');
            const sameName = findingPurl ? findingPurl === pkg.purl || pkg.name === finding.pkg : pkg.name === finding.pkg;
            return sameName && (pkg.version === undefined || pkg.version === finding.installed);
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/quality/gate.ts










const DEFAULT_LIMITS = { critical: 0 };
/** Runs the gate. Throws CibError (with the file or input named) on bad input or reports. */
async function runGate(request, deps) {
    const notes = [];
    const find = async (input, patterns) => {
        if (patterns.length === 0)
            return [];
        const found = await findReportFiles(input, patterns, { cwd: deps.cwd, allowMissing: request.allowMissing });
        for (const pattern of found.unmatched)
            notes.push(`Nothing matched ${input} pattern "${pattern}" (allow-missing).`);
        return found.files;
    };
    // Every glob is checked before any report is read.
    const coverageFiles = await find('coverage-files', request.coverageFiles);
    const vulnerabilityFiles = await find('vulnerability-files', request.vulnerabilityFiles);
    const testFiles = await find('test-files', request.testFiles);
    const vexFiles = await find('vex', request.vexFiles);
    const rules = [];
    const result = {
        conclusion: 'neutral',
        rules,
        images: [],
        notes,
        baseline: deps.baseline,
        nextBaseline: newBaseline(deps),
    };
    if (request.coverageFiles.length > 0)
        await judgeCoverage(request, deps, coverageFiles, result);
    if (request.vulnerabilityFiles.length > 0)
        await judgeFindings(request, deps, vulnerabilityFiles, vexFiles, result);
    if (request.testFiles.length > 0) {
        result.tests = await readTests(testFiles);
        result.nextBaseline.tests = result.tests.counts.tests;
        rules.push(...testRules(result.tests.counts, request.maxFailures ?? 0, request.minTests, deps.baseline?.tests));
    }
    if (request.budgets.length > 0)
        rules.push(...budgetRules(request.budgets, request.metrics, deps.baseline?.metrics));
    result.nextBaseline.metrics = Object.fromEntries(request.metrics);
    if (request.images.length > 0 && request.maxImageSizeMb !== undefined) {
        if (!deps.registry)
            throw new Error('image sizes need a registry client');
        for (const image of request.images)
            result.images.push(...(await imageSizes(deps.registry, image)));
        rules.push(...imageSizeRules(result.images, request.maxImageSizeMb));
    }
    result.conclusion = conclude(rules);
    return result;
}
function newBaseline(deps) {
    return { version: 1, createdAt: deps.now.toISOString(), commit: deps.pullRequest?.head ?? '' };
}
async function judgeCoverage(request, deps, files, result) {
    const set = await readCoverage(files);
    const totals = set.totals();
    result.coverage = { set, totals };
    result.nextBaseline.lineCoverage = percent(totals.lines);
    result.nextBaseline.branchCoverage = percent(totals.branches);
    const baseline = deps.baseline;
    if (request.minLineCoverage !== undefined) {
        result.rules.push(minimumCoverageRule('min-line-coverage', request.minLineCoverage, totals.lines, baseline?.lineCoverage));
    }
    if (request.minBranchCoverage !== undefined) {
        result.rules.push(minimumCoverageRule('min-branch-coverage', request.minBranchCoverage, totals.branches, baseline?.branchCoverage));
    }
    if (request.maxCoverageDrop !== undefined) {
        result.rules.push(coverageDropRule(request.maxCoverageDrop, totals.lines, baseline?.lineCoverage));
    }
    for (const format of set.withoutLineData) {
        result.notes.push(`${format} reports have no per-line data: their files do not count for patch coverage.`);
    }
    let why;
    if (deps.pullRequest) {
        const diff = await pullRequestDiff(deps.exec, deps.cwd, deps.pullRequest, deps.log);
        if (diff.note)
            result.notes.push(`Patch coverage: ${diff.note}.`);
        if (diff.added.size > 0 && ![...set.files.values()].some((f) => f.hasLineData)) {
            why = 'the coverage reports have no per-line data (use lcov, Cobertura, Clover, JaCoCo or Go profiles)';
        }
        else if (!diff.note?.includes('unknown'))
            result.patch = patchCoverage(set, diff.added);
        else
            why = diff.note;
    }
    else
        why = 'not a pull request: no change to measure';
    if (request.minPatchCoverage !== undefined) {
        result.rules.push(patchCoverageRule(request.minPatchCoverage, result.patch?.lines, result.patch ? undefined : why));
    }
}
async function judgeFindings(request, deps, files, vexFiles, result) {
    const all = (await readFindings(files)).all();
    const ignore = readIgnoreIds(request.ignoreIds, deps.now);
    for (const id of ignore.expired)
        result.notes.push(`The ignore entry for ${id} has expired: it counts again.`);
    const statements = [];
    for (const file of vexFiles)
        statements.push(...(await readVex(file)));
    const baselineKeys = deps.baseline?.findings ? new Set(deps.baseline.findings) : undefined;
    if (request.newOnly && !baselineKeys)
        result.notes.push('new-only: no baseline with findings yet, so every finding counts.');
    const counted = [];
    const dropped = [];
    const afterFilters = [];
    for (const finding of all) {
        const statement = vexFor(finding, statements);
        const reason = ignore.ids.has(finding.id)
            ? 'ignored (ignore-ids)'
            : request.ignoreUnfixed && finding.kind === 'vulnerability' && finding.fixed === undefined
                ? 'no fix yet (ignore-unfixed)'
                : statement
                    ? `VEX ${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`
                    : undefined;
        if (reason) {
            dropped.push({ finding, reason });
            continue;
        }
        afterFilters.push(finding);
        if (request.newOnly && baselineKeys?.has(findingKey(finding)))
            dropped.push({ finding, reason: 'in the baseline (new-only)' });
        else
            counted.push(finding);
    }
    const counts = countBySeverity(counted);
    result.findings = { counted, counts, dropped, all };
    // The baseline keeps every finding the filters let through, so new-only compares like with like.
    result.nextBaseline.vulnerabilities = countBySeverity(afterFilters);
    result.nextBaseline.findings = afterFilters.map(findingKey);
    const limits = { ...DEFAULT_LIMITS, ...request.maxBySeverity };
    result.rules.push(...vulnerabilityRules(limits, counts, request.newOnly ? undefined : deps.baseline?.vulnerabilities));
}

;// CONCATENATED MODULE: ./packages/core/src/runner/inputs.ts
// Typed readers for action inputs. Inputs are parsed once, here, at the edge: the rest of the
// code sees typed values, and every bad value fails with an InputError naming the input.

/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
function inputs_readString(rt, name, options = {}) {
    const value = rt.getInput(name);
    if (value !== '')
        return value;
    if (options.required)
        throw new input_error_InputError(name, value, 'a value (this input is required)');
    return options.fallback ?? '';
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
function readBoolean(rt, name, fallback = false) {
    const value = rt.getInput(name);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new input_error_InputError(name, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function readEnum(rt, name, allowed, fallback) {
    const value = rt.getInput(name);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new input_error_InputError(name, value, `one of ${allowed.join(', ')}`);
}
/** A number within [min, max]; integers only unless `integer` is false. */
function readNumber(rt, name, options) {
    const value = rt.getInput(name);
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
        throw new input_error_InputError(name, value, `${kind}${range}`);
    }
    return parsed;
}
/** Splits a list written one item a line, or separated by commas; blank items dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** A list written one item a line or comma-separated. */
function inputs_readList(rt, name) {
    return splitList(rt.getInput(name));
}
/** Non-empty lines, trimmed (for values that may themselves contain commas). */
function readLines(rt, name) {
    return rt
        .getInput(name)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `key=value` lines; `keyPattern` checks the keys. Later lines win over earlier ones. */
function readKeyValues(rt, name, keyPattern = /^[A-Za-z0-9_.\-/]+$/) {
    const result = new Map();
    readLines(rt, name).forEach((line, index) => {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new input_error_InputError(name, line, `key=value lines (line ${index + 1} is not one)`);
        }
        result.set(key, line.slice(eq + 1).trim());
    });
    return result;
}
/** An http(s) URL. */
function readHttpUrl(rt, name) {
    const value = rt.getInput(name);
    if (value === '')
        return undefined;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
        throw new InputError(name, value, 'an http:// or https:// URL');
    }
    return url;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/policy.ts
// The policy file (.github/quality-gate.yml): the same settings as the inputs, grouped by
// section. It is validated when read (unknown keys, wrong types) and every error points at the
// key and its line. Values are handed on as input strings, so the one input layer
// (runner/inputs.ts) parses both, and an input that is set wins over the file.


/** policy key path -> the input it stands for, and the kind of value it takes. */
const KEYS = {
    'coverage.files': { input: 'coverage-files', kind: 'list' },
    'coverage.min-line-coverage': { input: 'min-line-coverage', kind: 'number' },
    'coverage.min-branch-coverage': { input: 'min-branch-coverage', kind: 'number' },
    'coverage.max-coverage-drop': { input: 'max-coverage-drop', kind: 'number' },
    'coverage.min-patch-coverage': { input: 'min-patch-coverage', kind: 'number' },
    'vulnerabilities.files': { input: 'vulnerability-files', kind: 'list' },
    'vulnerabilities.max-critical': { input: 'max-critical', kind: 'number' },
    'vulnerabilities.max-high': { input: 'max-high', kind: 'number' },
    'vulnerabilities.max-medium': { input: 'max-medium', kind: 'number' },
    'vulnerabilities.max-low': { input: 'max-low', kind: 'number' },
    'vulnerabilities.ignore-unfixed': { input: 'ignore-unfixed', kind: 'boolean' },
    'vulnerabilities.ignore-ids': { input: 'ignore-ids', kind: 'list' },
    'vulnerabilities.vex': { input: 'vex', kind: 'list' },
    'vulnerabilities.new-only': { input: 'new-only', kind: 'boolean' },
    'tests.files': { input: 'test-files', kind: 'list' },
    'tests.max-failures': { input: 'max-failures', kind: 'number' },
    'tests.min-tests': { input: 'min-tests', kind: 'number' },
    budgets: { input: 'budgets', kind: 'budgets' },
    metrics: { input: 'metrics', kind: 'metrics' },
    'images.refs': { input: 'images', kind: 'list' },
    'images.max-image-size-mb': { input: 'max-image-size-mb', kind: 'number' },
    'allow-missing': { input: 'allow-missing', kind: 'boolean' },
    'check-name': { input: 'check-name', kind: 'string' },
    report: { input: 'report', kind: 'string' },
    fail: { input: 'fail', kind: 'boolean' },
    baseline: { input: 'baseline', kind: 'string' },
};
const SECTIONS = new Set(['coverage', 'vulnerabilities', 'tests', 'images']);
const DEFAULT_POLICY_PATH = '.github/quality-gate.yml';
/** A policy file that cannot be used: names the file, the key and its line. */
class PolicyError extends cib_error/* CibError */.hi {
    constructor(file, where, problem) {
        super(`Policy ${file}${where}: ${problem}`, {
            hint: 'See quality-gate/README.md ("Policy file") for the keys and their types',
        });
        this.name = 'PolicyError';
    }
}
/** Reads the policy at `path`; `explicit` false means the default path, which may be absent. */
async function loadPolicy(path, explicit) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (explicit)
            throw new PolicyError(path, '', 'the file does not exist (input "policy")');
        return new Map();
    }
    const { parseDocument, LineCounter, isMap, isScalar, isSeq } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument((0,external_node_fs_.readFileSync)(path, 'utf8'), { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw new PolicyError(path, `:${lineCounter.linePos(error.pos[0]).line}`, `not valid YAML (${error.message.split('\n')[0]})`);
    }
    const values = new Map();
    if (document.contents === null)
        return values;
    const lineOf = (node) => node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
    const fail = (node, key, problem) => {
        throw new PolicyError(path, lineOf(node), `${key ? `"${key}" ` : ''}${problem}`);
    };
    const scalarText = (node, key, kind) => {
        if (!isScalar(node))
            return fail(node, key, `must be a ${kind === 'list' ? 'string or a list' : kind}`);
        const value = node.value;
        if (kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
            return fail(node, key, `must be a number, not ${JSON.stringify(value)}`);
        }
        if (kind === 'boolean' && typeof value !== 'boolean')
            return fail(node, key, `must be true or false, not ${JSON.stringify(value)}`);
        if (value === null)
            return '';
        return String(value);
    };
    const setValue = (key, node) => {
        const spec = KEYS[key];
        if (spec.kind === 'list' || spec.kind === 'budgets') {
            const items = isSeq(node)
                ? node.items.map((item) => scalarText(item, key, 'string'))
                : [scalarText(node, key, 'list')];
            values.set(spec.input, items.join('\n'));
        }
        else if (spec.kind === 'metrics') {
            if (!isMap(node))
                return fail(node, key, 'must be a map of name: number');
            const lines = node.items.map((pair) => `${scalarText(pair.key, key, 'string')}=${scalarText(pair.value, key, 'number')}`);
            values.set(spec.input, lines.join('\n'));
        }
        else
            values.set(spec.input, scalarText(node, key, spec.kind));
    };
    const walk = (node, prefix) => {
        if (!isMap(node))
            return fail(node, prefix, `must be a map of keys${prefix ? '' : ' (coverage, vulnerabilities, tests, budgets, ...)'}`);
        for (const pair of node.items) {
            const name = isScalar(pair.key) ? String(pair.key.value) : '';
            const key = prefix ? `${prefix}.${name}` : name;
            if (pair.value === null)
                continue;
            if (!prefix && SECTIONS.has(name))
                walk(pair.value, name);
            else if (KEYS[key])
                setValue(key, pair.value);
            else {
                const known = Object.keys(KEYS)
                    .filter((k) => (prefix ? k.startsWith(`${prefix}.`) : !k.includes('.')))
                    .map((k) => k.slice(prefix ? prefix.length + 1 : 0));
                const expected = prefix ? known : [...SECTIONS, ...known];
                fail(pair.key, key, `is not a policy key: expected one of ${expected.join(', ')}`);
            }
        }
    };
    walk(document.contents, '');
    return values;
}
/** The policy key that sets `input` (coverage.min-line-coverage for min-line-coverage). */
function policyKeyOf(input) {
    return Object.entries(KEYS).find(([, spec]) => spec.input === input)?.[0];
}

;// CONCATENATED MODULE: ./packages/core/src/quality/publish.ts
// Where the verdict goes: a check run on the commit (report: check), a commit status (status),
// or only the job summary (summary). `auto` tries a check run, then a commit status, then falls
// back to the summary alone, saying why: a fork's pull request gets a read-only GITHUB_TOKEN,
// and a personal access token cannot create check runs (both answer 403).

const REPORT_MODES = ['auto', 'check', 'status', 'summary'];
const isForbidden = (error) => error?.status === 403;
const READ_ONLY = 'the token may not write (403: a read-only GITHUB_TOKEN, as on pull requests from forks, or a token without checks: write / statuses: write)';
async function viaCheck(port, verdict) {
    const run = await port.createCheckRun({
        name: verdict.checkName,
        head_sha: verdict.sha,
        status: 'completed',
        conclusion: verdict.conclusion,
        ...(verdict.detailsUrl ? { details_url: verdict.detailsUrl } : {}),
        output: { title: verdict.title, summary: verdict.summary, text: verdict.text, annotations: verdict.annotations },
    });
    return { via: 'check', checkRunId: Number(run.id), url: run.html_url ?? undefined };
}
async function viaStatus(port, verdict) {
    await port.createCommitStatus(verdict.sha, {
        state: verdict.conclusion === 'failure' ? 'failure' : 'success',
        context: verdict.checkName,
        description: verdict.title,
        ...(verdict.detailsUrl ? { target_url: verdict.detailsUrl } : {}),
    });
    return { via: 'status' };
}
/** Publishes `verdict` as `mode` asks; `port` is undefined when there is no token or repository. */
async function publishVerdict(port, mode, verdict, log) {
    if (mode === 'summary')
        return { via: 'summary' };
    if (!port) {
        const reason = 'no GitHub token or repository (outside GitHub Actions, or github-token is empty)';
        if (mode !== 'auto')
            throw new cib_error/* CibError */.hi(`report: ${mode} needs the GitHub API, but there is ${reason}`);
        return { via: 'summary', reason };
    }
    if (mode === 'check' || mode === 'auto') {
        try {
            return await viaCheck(port, verdict);
        }
        catch (error) {
            if (mode === 'check' || !isForbidden(error))
                throw error;
            log.info(`No check run: ${READ_ONLY}; trying a commit status`);
        }
    }
    try {
        const published = await viaStatus(port, verdict);
        return mode === 'auto' ? { ...published, reason: `a check run could not be created: ${READ_ONLY}` } : published;
    }
    catch (error) {
        if (mode === 'status' || !isForbidden(error))
            throw error;
        const reason = `neither a check run nor a commit status could be written: ${READ_ONLY}`;
        log.warning(`Quality gate result only in the job summary: ${reason}`);
        return { via: 'summary', reason };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/quality/gate-inputs.ts
// quality-gate's inputs, read once into a typed request through the one input layer. The input
// source is the action's inputs with the policy file behind them (policy.ts: inputs win); a bad
// value that came from the policy is reported against the policy key, not an input the user
// never wrote.






function optionalNumber(source, name, options) {
    if (source.getInput(name) === '')
        return undefined;
    return readNumber(source, name, { fallback: 0, min: 0, ...options });
}
function readImages(source) {
    return readLines(source, 'images').map((text) => {
        try {
            return parseReference(text);
        }
        catch (error) {
            if (!(error instanceof MalformedReferenceError))
                throw error;
            throw new input_error_InputError('images', text, 'image references such as ghcr.io/org/app:1.2.3', `Here ${error.reason}`);
        }
    });
}
function readBaselineMode(source) {
    const value = inputs_readString(source, 'baseline', { fallback: 'cache' });
    if (value === 'cache' || value === 'none')
        return { kind: value };
    return { kind: 'file', path: value };
}
function readAll(source) {
    const percentOption = { max: 100, integer: false, unit: 'percent' };
    const count = { integer: true };
    const maxBySeverity = {};
    for (const severity of ['critical', 'high', 'medium', 'low']) {
        const limit = optionalNumber(source, `max-${severity}`, count);
        if (limit !== undefined)
            maxBySeverity[severity] = limit;
    }
    return {
        request: {
            coverageFiles: readLines(source, 'coverage-files'),
            minLineCoverage: optionalNumber(source, 'min-line-coverage', percentOption),
            minBranchCoverage: optionalNumber(source, 'min-branch-coverage', percentOption),
            maxCoverageDrop: optionalNumber(source, 'max-coverage-drop', {
                max: 100,
                integer: false,
                unit: 'percentage points',
            }),
            minPatchCoverage: optionalNumber(source, 'min-patch-coverage', percentOption),
            vulnerabilityFiles: readLines(source, 'vulnerability-files'),
            maxBySeverity,
            ignoreUnfixed: readBoolean(source, 'ignore-unfixed', false),
            ignoreIds: readLines(source, 'ignore-ids'),
            vexFiles: readLines(source, 'vex'),
            newOnly: readBoolean(source, 'new-only', false),
            testFiles: readLines(source, 'test-files'),
            maxFailures: optionalNumber(source, 'max-failures', count),
            minTests: optionalNumber(source, 'min-tests', count),
            metrics: parseMetrics(readKeyValues(source, 'metrics')),
            budgets: parseBudgets(readLines(source, 'budgets')),
            images: readImages(source),
            maxImageSizeMb: optionalNumber(source, 'max-image-size-mb', { integer: false, unit: 'MB' }),
            allowMissing: readBoolean(source, 'allow-missing', false),
        },
        checkName: inputs_readString(source, 'check-name', { fallback: 'quality-gate' }),
        report: readEnum(source, 'report', REPORT_MODES, 'auto'),
        fail: readBoolean(source, 'fail', true),
        baseline: readBaselineMode(source),
        githubToken: inputs_readString(source, 'github-token'),
    };
}
/**
 * Reads every input (`given`: the action's own inputs; `policy`: the policy file's values).
 * An error in a value the policy supplied names the policy file and key.
 */
function readGateInputs(given, policy, policyFile) {
    const source = {
        getInput: (name) => {
            const value = given.getInput(name);
            return value !== '' ? value : (policy.get(name) ?? '');
        },
    };
    try {
        const inputs = readAll(source);
        if (inputs.request.images.length > 0 && inputs.request.maxImageSizeMb === undefined) {
            throw new input_error_InputError('max-image-size-mb', '', 'a size in MB when images are given');
        }
        return inputs;
    }
    catch (error) {
        if (error instanceof input_error_InputError && given.getInput(error.input) === '' && policy.has(error.input)) {
            const message = error.message.replace(`Input "${error.input}"`, `"${policyKeyOf(error.input)}"`);
            throw new PolicyError(policyFile, '', message);
        }
        throw error;
    }
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

;// CONCATENATED MODULE: ./packages/core/src/quality/report-markdown.ts
// The gate's report as markdown: one table of rules (threshold, measured, baseline, delta,
// result), then the worst findings: vulnerabilities with package and versions, failed and flaky
// tests with their message, the least covered files and the uncovered added lines. The same text
// serves the job summary, the check run and the `summary` output.



const ICON = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skipped' };
const TITLE = {
    success: '✅ Quality gate passed',
    failure: '❌ Quality gate failed',
    neutral: '➖ Quality gate: nothing configured',
};
const TOP_FINDINGS = 10;
const TOP_TESTS = 20;
const TOP_FILES = 10;
/** 3,4,5,9 -> "3-5, 9" */
function lineRanges(lines) {
    const parts = [];
    for (let i = 0; i < lines.length; i++) {
        let j = i;
        while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1)
            j++;
        parts.push(j > i ? `${lines[i]}-${lines[j]}` : String(lines[i]));
        i = j;
    }
    return parts.join(', ');
}
const firstLine = (text = '') => text.split('\n', 1)[0].slice(0, 200);
/** The one-line headline of the result (check title, status description). */
function headline(result) {
    const failed = result.rules.filter((r) => r.status === 'fail').map((r) => r.rule);
    if (result.conclusion === 'neutral')
        return 'No rule configured';
    return failed.length === 0
        ? `${result.rules.length} rules passed`
        : `${failed.length} of ${result.rules.length} rules failed: ${failed.join(', ')}`;
}
function reportMarkdown(result, checkName) {
    const parts = [`## ${TITLE[result.conclusion]} (${checkName})\n\n`];
    if (result.rules.length > 0) {
        parts.push(table(['Rule', 'Threshold', 'Measured', 'Baseline', 'Delta', 'Result'], result.rules.map((r) => [
            r.rule,
            r.threshold,
            r.measured,
            r.baseline ?? '',
            r.delta ?? '',
            ICON[r.status] + (r.note ? ` (${r.note})` : ''),
        ])), '\n');
    }
    else
        parts.push('No rule is configured: set thresholds as inputs or in the policy file.\n\n');
    parts.push(summaryLine(result));
    if (result.notes.length > 0)
        parts.push(result.notes.map((n) => `> ${n}\n`).join('>\n'), '\n');
    parts.push(findingsSection(result), testsSection(result), coverageSection(result));
    return parts.join('');
}
function summaryLine(result) {
    const items = [];
    if (result.coverage) {
        const { lines, branches } = result.coverage.totals;
        items.push(`lines ${formatPercent(percent(lines)) || 'n/a'}% (${lines.hit}/${lines.found})`);
        if (branches.found > 0)
            items.push(`branches ${formatPercent(percent(branches))}% (${branches.hit}/${branches.found})`);
        if (result.patch)
            items.push(`patch ${formatPercent(percent(result.patch.lines)) || 'n/a'}% (${result.patch.lines.hit}/${result.patch.lines.found})`);
    }
    if (result.findings) {
        const c = result.findings.counts;
        items.push(`vulnerabilities ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low, ${c.unknown} unknown`);
    }
    if (result.tests) {
        const t = result.tests.counts;
        items.push(`tests ${t.tests}: ${t.failed + t.errors} failed, ${t.skipped} skipped, ${t.flaky} flaky`);
    }
    return items.length > 0 ? `**Measured:** ${items.join(' · ')}\n\n` : '';
}
function findingsSection(result) {
    if (!result.findings)
        return '';
    const { counted, dropped } = result.findings;
    let text = '';
    if (counted.length > 0) {
        const worst = [...counted].sort(worstFirst).slice(0, TOP_FINDINGS);
        text += `### Top vulnerabilities (${worst.length} of ${counted.length})\n\n`;
        text += table(['Severity', 'ID', 'Package', 'Installed', 'Fixed in', 'Where'], worst.map((f) => [
            f.severity,
            f.id,
            f.pkg,
            f.installed ?? '',
            f.fixed ?? 'no fix yet',
            f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '',
        ]));
        text += '\n';
    }
    if (dropped.length > 0) {
        const reasons = new Map();
        for (const d of dropped)
            reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
        text += `Not counted: ${[...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')}.\n\n`;
        const vex = dropped.filter((d) => d.reason.startsWith('VEX')).slice(0, TOP_FINDINGS);
        if (vex.length > 0)
            text += vex.map((d) => `- ${code(d.finding.id)} in ${d.finding.pkg}: ${d.reason}\n`).join('') + '\n';
    }
    return text;
}
function testsSection(result) {
    if (!result.tests)
        return '';
    let text = '';
    const failures = result.tests.failures();
    if (failures.length > 0) {
        text += `### Failed tests (${Math.min(failures.length, TOP_TESTS)} of ${failures.length})\n\n`;
        text += table(['Test', 'Message', 'Where'], failures
            .slice(0, TOP_TESTS)
            .map((t) => [
            [t.classname, t.name].filter(Boolean).join(' › '),
            firstLine(t.message || t.detail) || t.status,
            t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : '',
        ]));
        text += '\n';
    }
    const flaky = result.tests.flaky();
    if (flaky.length > 0) {
        text += `### Flaky tests (${flaky.length}): failed, then passed on a rerun\n\n`;
        text +=
            flaky
                .slice(0, TOP_TESTS)
                .map((t) => `- ${[t.classname, t.name].filter(Boolean).join(' › ')}${t.message ? `: ${firstLine(t.message)}` : ''}\n`)
                .join('') + '\n';
    }
    return text;
}
function coverageSection(result) {
    if (!result.coverage)
        return '';
    let text = '';
    const least = result.coverage.set.leastCovered(TOP_FILES);
    if (least.length > 0) {
        text += `### Least covered files\n\n`;
        text += table(['File', 'Lines', 'Covered'], least.map((f) => [f.path, `${f.lines.hit}/${f.lines.found}`, `${formatPercent(percent(f.lines))}%`]));
        text += '\n';
    }
    if (result.patch && result.patch.uncovered.length > 0) {
        text += `### Uncovered added lines\n\n`;
        text += table(['File', 'Lines'], result.patch.uncovered.slice(0, TOP_FILES * 2).map((u) => [u.file, lineRanges(u.lines)]));
        text += '\n';
    }
    return text;
}

;// CONCATENATED MODULE: ./packages/core/src/quality/gate-outputs.ts
// What the gate hands to later steps: the step outputs, the full report as JSON (report-json)
// and the annotations (failed tests, uncovered added lines, findings with a location).



/** Annotations beyond this many are left out (each 50 costs a request). */
const MAX_ANNOTATIONS = 500;
function gateOutputs(result, reportJsonPath, summary) {
    const counts = result.findings?.counts;
    const tests = result.tests?.counts;
    return {
        passed: String(result.conclusion !== 'failure'),
        conclusion: result.conclusion,
        coverage: result.coverage ? formatPercent(percent(result.coverage.totals.lines)) : '',
        'branch-coverage': result.coverage ? formatPercent(percent(result.coverage.totals.branches)) : '',
        'patch-coverage': result.patch ? formatPercent(percent(result.patch.lines)) : '',
        vulnerabilities: counts ? JSON.stringify(counts) : '',
        tests: tests ? String(tests.tests) : '',
        failures: tests ? String(tests.failed + tests.errors) : '',
        skipped: tests ? String(tests.skipped) : '',
        flaky: tests ? String(tests.flaky) : '',
        'report-json': reportJsonPath,
        summary,
    };
}
/** The full report: everything the markdown shows, without its cuts. */
function reportJson(result) {
    return {
        conclusion: result.conclusion,
        rules: result.rules,
        notes: result.notes,
        coverage: result.coverage && {
            totals: result.coverage.totals,
            formats: [...result.coverage.set.formats],
            files: [...result.coverage.set.files.values()].map((f) => ({
                path: f.path,
                lines: f.lines(),
                branches: f.branches(),
            })),
        },
        patch: result.patch,
        vulnerabilities: result.findings && {
            counts: result.findings.counts,
            counted: [...result.findings.counted].sort(worstFirst),
            dropped: result.findings.dropped.map((d) => ({ ...d.finding, reason: d.reason })),
        },
        tests: result.tests && {
            counts: result.tests.counts,
            failures: result.tests.failures(),
            flaky: result.tests.flaky(),
        },
        images: result.images,
        baseline: result.nextBaseline,
        comparedWith: result.baseline,
    };
}
function gateAnnotations(result) {
    const annotations = [];
    for (const test of result.tests?.failures() ?? []) {
        if (!test.file)
            continue;
        annotations.push({
            path: test.file,
            startLine: test.line ?? 1,
            endLine: test.line ?? 1,
            level: 'failure',
            title: `${test.status === 'error' ? 'Error in' : 'Failed'}: ${[test.classname, test.name].filter(Boolean).join(' › ')}`.slice(0, 255),
            message: (test.message || test.detail || test.status).slice(0, 4000),
        });
    }
    for (const uncovered of result.patch?.uncovered ?? []) {
        for (const range of lineRanges(uncovered.lines).split(', ')) {
            const [start, end = start] = range.split('-').map(Number);
            annotations.push({
                path: uncovered.file,
                startLine: start,
                endLine: end,
                level: 'warning',
                title: 'Added lines not covered by tests',
                message: `Line${end > start ? `s ${start}-${end} are` : ` ${start} is`} added by this change and not covered.`,
            });
        }
    }
    for (const finding of [...(result.findings?.counted ?? [])].sort(worstFirst)) {
        if (!finding.file)
            continue;
        annotations.push({
            path: finding.file,
            startLine: finding.line ?? 1,
            endLine: finding.line ?? 1,
            level: finding.severity === 'critical' || finding.severity === 'high' ? 'failure' : 'warning',
            title: `${finding.severity} ${finding.id}${finding.kind === 'vulnerability' ? ` in ${finding.pkg}` : ''}`.slice(0, 255),
            message: [
                finding.title,
                finding.installed && `installed ${finding.installed}`,
                finding.fixed && `fixed in ${finding.fixed}`,
            ]
                .filter(Boolean)
                .join('; ') || finding.id,
        });
    }
    return annotations.slice(0, MAX_ANNOTATIONS);
}

;// CONCATENATED MODULE: ./packages/core/src/quality/json-writer.ts
// Writes a big JSON value to a file piece by piece: arrays and objects are walked and each leaf
// or small element is serialised on its own, so the report of 20,000 findings never exists as
// one string (JSON.stringify of it cost ~20 MB of peak memory in bench/quality-gate.mjs).
// Compact output, the same value JSON.stringify would give (undefined members left out).

const FLUSH_CHARS = 64 * 1024;
/** Writes `value` as JSON to `path`. */
function writeJsonFile(path, value) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    let pending = '';
    const write = (text) => {
        pending += text;
        if (pending.length >= FLUSH_CHARS) {
            (0,external_node_fs_.writeSync)(fd, pending);
            pending = '';
        }
    };
    const walk = (node) => {
        if (Array.isArray(node)) {
            write('[');
            node.forEach((item, index) => {
                if (index > 0)
                    write(',');
                // As JSON.stringify does: undefined and functions in arrays become null.
                if (item === undefined || typeof item === 'function')
                    write('null');
                else
                    walk(item);
            });
            write(']');
        }
        else if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
            write('{');
            let first = true;
            for (const [key, member] of Object.entries(node)) {
                if (member === undefined || typeof member === 'function')
                    continue;
                write(`${first ? '' : ','}${JSON.stringify(key)}:`);
                first = false;
                walk(member);
            }
            write('}');
        }
        else
            write(JSON.stringify(node) ?? 'null');
    };
    try {
        walk(value);
        write('\n');
        (0,external_node_fs_.writeSync)(fd, pending);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
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
async function sendFollowingRedirects(http, request, options = {}) {
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
        const response = await http.send({ ...request, url, headers, body: redirects === 0 ? request.body : undefined });
        const location = follows ? redirectLocation(response) : undefined;
        if (location === undefined)
            return { ...response, redirects, credentialsDropped };
        if (redirects >= maxRedirects) {
            throw new RedirectError(`${redactUrl(request.url)}: more than ${maxRedirects} redirects`, response);
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw new RedirectError(`${redactUrl(url)}: redirect to a ${next.protocol} URL refused`, response);
        }
        // Credentials come only from the caller, never from a server's Location header.
        next.username = '';
        next.password = '';
        url = next;
    }
}

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
        const dir = this.options.dockerConfigDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker');
        return (0,external_node_path_.join)(dir, 'config.json');
    }
    readConfig() {
        this.config ??= (async () => {
            const path = this.configPath();
            let text;
            try {
                text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
        const exec = this.options.exec ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9318))).execProcess;
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

;// CONCATENATED MODULE: ./packages/core/src/registry/errors.ts
// A registry's refusal or failure, with the HTTP status, the OCI error code and the reference
// it was about, so callers can tell "does not exist" from "not allowed" from "down".

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
    constructor(http, credentials, options = {}) {
        this.http = http;
        this.credentials = credentials;
        this.options = options;
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
            if (!cached || cached.expiresAt - EXPIRY_MARGIN_MS <= this.now())
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
        return { token, expiresAt: this.now() + lifetimeMs };
    }
    now() {
        return (this.options.now ?? Date.now)();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
// The OCI distribution client every cib action uses to talk to a registry: manifests (HEAD, GET,
// PUT, raw bytes kept and digests verified), blobs (HEAD, GET following redirects, upload,
// cross-repository mount), tag listing with pagination, auth challenges, retries, timeouts,
// bounded concurrency. No action sends registry HTTP requests by itself.











const MAX_REDIRECTS = 5;
const CHUNKED_COPY_ATTEMPTS = 3;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
function pullScope(ref) {
    return `repository:${ref.repository}:pull`;
}
function pushScope(ref) {
    return `repository:${ref.repository}:pull,push`;
}
class RegistryClient {
    options;
    http;
    auth;
    credentialSource;
    insecure;
    written = new Map();
    propagationMs;
    chunkSize;
    sleep;
    /** 401 answers to requests made with credentials: the hint differs from "log in". */
    refused = new WeakSet();
    /** Origins asked `GET /v2/` for their auth challenge, or that answered without one. */
    pinged = new Set();
    constructor(options = {}) {
        this.options = options;
        const log = options.log;
        this.http = new HttpClient({
            transport: options.transport,
            timeoutMs: options.timeoutMs,
            maxConcurrency: options.maxConcurrency,
            retry: options.retry,
            sleep: options.sleep,
            onRetry: (message) => log?.info(message),
        });
        this.credentialSource = new CredentialSource({
            explicit: options.credentials,
            dockerConfigDir: options.dockerConfigDir,
            env: options.env,
            exec: options.exec,
            maskSecret: options.maskSecret,
            log,
        });
        this.auth = new RegistryAuth(this.http, this.credentialSource, {
            maskSecret: options.maskSecret,
            allowsPlainHttp: (host) => this.allowsPlainHttp(host),
        });
        this.insecure = new Set((options.insecureHosts ?? []).map((host) => normalizeRegistryHost(host)));
        this.propagationMs = options.propagationMs ?? 10000;
        this.chunkSize = options.chunkSize ?? 32 * 1024 * 1024;
        this.sleep = options.sleep ?? sleepFor;
    }
    /** Every HTTP request sent (retries, token requests and redirects included). */
    get stats() {
        return this.http.stats;
    }
    /** Digest, media type and size of a manifest; undefined when it does not exist (404). */
    async headManifest(ref) {
        const response = await this.request({
            method: 'HEAD',
            ref,
            path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.wasWritten(ref, manifestReference(ref)),
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw this.failure(response, ref, 'read the manifest of');
        const digest = response.headers['docker-content-digest'];
        const mediaType = response.headers['content-type'];
        const size = Number(response.headers['content-length']);
        if (!digest || !mediaType || !isManifestMediaType(mediaType) || !Number.isFinite(size)) {
            // Some registries leave the digest out of HEAD answers: the bytes tell.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        if (ref.digest && digest !== ref.digest)
            throw this.mismatch(ref, ref.digest, digest);
        return { digest, mediaType: baseMediaType(mediaType), size };
    }
    /** The manifest's exact bytes, parsed; its digest checked against the bytes. */
    async getManifest(ref) {
        const response = await this.request({
            method: 'GET',
            ref,
            path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
            scopes: [pullScope(ref)],
            justWritten: this.wasWritten(ref, manifestReference(ref)),
        });
        if (response.status !== 200)
            throw this.failure(response, ref, 'read the manifest of');
        const bytes = response.body;
        const digest = digestLike(ref.digest ?? 'sha256:', bytes);
        if (ref.digest && digest !== ref.digest)
            throw this.mismatch(ref, ref.digest, digest);
        const served = response.headers['docker-content-digest'];
        if (served && served.startsWith(digest.slice(0, 7)) && served !== digest)
            throw this.mismatch(ref, served, digest);
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
        const response = await this.request({
            method: 'PUT',
            ref,
            path: `/v2/${ref.repository}/manifests/${target}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: [pushScope(ref)],
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 202) {
            throw this.failure(response, ref, 'push the manifest to', 'push');
        }
        const answered = response.headers['docker-content-digest'];
        if (answered && answered !== ours)
            throw this.mismatch(ref, ours, answered);
        this.markWritten(ref, target);
        this.markWritten(ref, ours);
        return ours;
    }
    /** True when the repository has the blob. */
    async hasBlob(repo, digest) {
        const response = await this.request({
            method: 'HEAD',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.wasWritten(repo, digest),
        });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw this.failure(response, { ...repo, digest }, 'check the blob in');
    }
    /** The blob's bytes, checked against its digest. Redirects to storage get no credentials. */
    async getBlob(repo, digest) {
        const response = await this.request({
            method: 'GET',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [pullScope(repo)],
            justWritten: this.wasWritten(repo, digest),
        });
        if (response.status !== 200)
            throw this.failure(response, { ...repo, digest }, 'read the blob of');
        const actual = digestLike(digest, response.body);
        if (actual !== digest)
            throw this.mismatch({ ...repo, digest }, digest, actual);
        return response.body;
    }
    /** Pushes a blob in one piece (POST for a session, PUT with the bytes). Returns its digest. */
    async uploadBlob(repo, bytes) {
        const digest = sha256Digest(bytes);
        await this.finishUpload(repo, await this.startUpload(repo), digest, bytes);
        return digest;
    }
    /**
     * Makes the blob present in `to`: nothing when it is there, a cross-repository mount on the
     * same registry, else a download from `from` and an upload (also when the mount is refused).
     * Blobs larger than `chunkSize` move in ranged chunks, so memory stays bounded.
     */
    async copyBlob(from, to, descriptor) {
        const { digest } = descriptor;
        if (await this.hasBlob(to, digest))
            return 'present';
        if (sameRegistry(from, to)) {
            const query = new URLSearchParams({ mount: digest, from: from.repository });
            const response = await this.request({
                method: 'POST',
                ref: to,
                path: `/v2/${to.repository}/blobs/uploads/?${query.toString()}`,
                scopes: [pushScope(to), pullScope(from)],
            });
            if (response.status === 201) {
                this.markWritten(to, digest);
                return 'mounted';
            }
            if (response.status !== 202)
                throw this.failure(response, to, 'mount a blob into', 'push');
            // 202: the registry opened an upload session instead; use it.
            await this.transferBlob(from, to, descriptor, this.uploadLocation(to, response));
            return 'uploaded';
        }
        await this.transferBlob(from, to, descriptor);
        return 'uploaded';
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
            const response = await this.request({ method: 'GET', ref: repo, path, scopes: [pullScope(repo)] });
            if (response.status === 404 && page === 0) {
                const code = parseErrorBody(response.body)?.code;
                if (code === 'NAME_UNKNOWN' || code === undefined)
                    return [];
            }
            if (response.status !== 200)
                throw this.failure(response, repo, 'list the tags of');
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
    /** Opens an upload session; returns its location. */
    async startUpload(repo) {
        const started = await this.request({
            method: 'POST',
            ref: repo,
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [pushScope(repo)],
        });
        if (started.status !== 202)
            throw this.failure(started, repo, 'start a blob upload to', 'push');
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
    /** Closes an upload session with the last bytes (all of them for a monolithic upload). */
    async finishUpload(repo, location, digest, bytes) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const response = await this.request({
            method: 'PUT',
            ref: repo,
            path: url.toString(),
            headers: { 'content-type': 'application/octet-stream' },
            body: bytes,
            scopes: [pushScope(repo)],
        });
        if (response.status === 404 && (await this.hasBlob(repo, digest))) {
            // A retried PUT whose first attempt landed: the session is gone but the blob is there.
            this.markWritten(repo, digest);
            return;
        }
        if (response.status !== 201 && response.status !== 204)
            throw this.failure(response, { ...repo, digest }, 'upload a blob to', 'push');
        this.markWritten(repo, digest);
    }
    /**
     * Downloads a blob from `from` and uploads it to `to`: whole when small, else in ranged GETs
     * and PATCHes of `chunkSize`. A failed chunked copy starts over in a new session (a chunk
     * whose answer was lost cannot be told apart from one that never arrived).
     */
    async transferBlob(from, to, descriptor, session) {
        if (descriptor.size <= this.chunkSize) {
            const bytes = await this.getBlob(from, descriptor.digest);
            await this.finishUpload(to, session ?? (await this.startUpload(to)), descriptor.digest, bytes);
            return;
        }
        for (let attempt = 1;; attempt++) {
            try {
                await this.chunkedCopy(from, to, descriptor, session ?? (await this.startUpload(to)));
                return;
            }
            catch (error) {
                if (attempt >= CHUNKED_COPY_ATTEMPTS || (error instanceof RegistryError && error.code === 'DIGEST_MISMATCH'))
                    throw error;
                this.options.log?.info(`Copying ${descriptor.digest} to ${formatRepository(to)} failed (${(0,cib_error/* errorMessage */.gJ)(error)}); starting it over`);
                session = undefined;
            }
        }
    }
    async chunkedCopy(from, to, descriptor, session) {
        const { digest, size } = descriptor;
        const algorithm = digestAlgorithm(digest);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        let location = session;
        for (let offset = 0; offset < size; offset += this.chunkSize) {
            const end = Math.min(size, offset + this.chunkSize) - 1;
            const part = await this.request({
                method: 'GET',
                ref: from,
                path: `/v2/${from.repository}/blobs/${digest}`,
                headers: { range: `bytes=${offset}-${end}` },
                scopes: [pullScope(from)],
            });
            if (part.status === 200 && offset === 0) {
                // The registry ignored Range and sent it all: finish in one piece.
                const actual = digestLike(digest, part.body);
                if (actual !== digest)
                    throw this.mismatch({ ...from, digest }, digest, actual);
                await this.finishUpload(to, location, digest, part.body);
                return;
            }
            if (part.status !== 206 || part.body.length !== end - offset + 1) {
                throw this.failure(part, { ...from, digest }, `read bytes ${offset}-${end} of the blob of`);
            }
            hash.update(part.body);
            const patched = await this.request({
                method: 'PATCH',
                ref: to,
                path: location.toString(),
                headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` },
                body: part.body,
                scopes: [pushScope(to)],
            });
            if (patched.status !== 202 && patched.status !== 204) {
                throw this.failure(patched, { ...to, digest }, 'upload a blob chunk to', 'push');
            }
            if (patched.headers.location)
                location = new URL(patched.headers.location, patched.url);
        }
        const actual = `${algorithm}:${hash.digest('hex')}`;
        if (actual !== digest)
            throw this.mismatch({ ...from, digest }, digest, actual);
        await this.finishUpload(to, location, digest, Buffer.alloc(0));
    }
    /** Sends a request with auth (answering 401 challenges), redirects, retries and the 404-after-write wait. */
    async request(spec) {
        let waited = 0;
        for (let wait = 200;; wait = Math.min(wait * 2, 2000)) {
            const response = await this.authorized(spec);
            if (response.status !== 404 || !spec.justWritten || waited >= this.propagationMs)
                return response;
            this.options.log?.debug(`${spec.method} ${formatReference(spec.ref)}: 404 right after writing it; waiting for the registry`);
            await this.sleep(wait);
            waited += wait;
        }
    }
    async authorized(spec) {
        const origin = this.origin(spec.ref);
        const registry = spec.ref.registry;
        const url = new URL(spec.path, origin);
        let scopes = spec.scopes;
        if (spec.body &&
            !this.pinged.has(origin) &&
            !this.auth.knows(origin) &&
            (await this.credentialSource.get(registry))) {
            // Learn the challenge with `GET /v2/` rather than send a whole body only to get a 401.
            this.pinged.add(origin);
            const ping = await this.follow({ ...spec, method: 'GET', body: undefined, headers: {} }, new URL('/v2/', origin), origin, undefined);
            if (ping.status === 401)
                await this.auth.onUnauthorized(origin, registry, scopes, ping, undefined);
        }
        for (let attempt = 0;; attempt++) {
            const auth = await this.auth.authorization(origin, registry, scopes);
            const response = await this.follow(spec, url, origin, auth);
            if (response.status !== 401) {
                // Answered without a challenge: no need to ask `GET /v2/` for one later.
                if (!auth)
                    this.pinged.add(origin);
                return response;
            }
            if (auth && (await this.credentialSource.get(registry)))
                this.refused.add(response);
            if (attempt >= 3)
                return response;
            const next = await this.auth.onUnauthorized(origin, registry, scopes, response, auth);
            if (!next)
                return response;
            scopes = next;
        }
    }
    /**
     * One request, following redirects (http/redirects.ts): credentials go only to the registry's
     * own origin, and not again once a redirect has left it (blob storage on another host).
     */
    async follow(spec, start, registryOrigin, auth) {
        try {
            return await sendFollowingRedirects(this.http, { method: spec.method, url: start, headers: spec.headers, body: spec.body }, {
                authorization: auth && start.origin === registryOrigin ? auth.header : undefined,
                maxRedirects: MAX_REDIRECTS,
            });
        }
        catch (error) {
            if (error instanceof RedirectError) {
                // Too many redirects, or one to a non-HTTP URL: the redirect answer fails as any other would.
                this.options.log?.warning(error.message);
                return error.response;
            }
            if (error instanceof HttpNetworkError) {
                throw new RegistryError(`Could not reach ${spec.ref.registry}: ${error.message}`, {
                    status: 0,
                    code: error.code === 'ETIMEDOUT' ? 'TIMEOUT' : 'NETWORK',
                    reference: formatReference(spec.ref),
                    cause: error,
                    hint: /^(EPROTO|ERR_SSL|ECONNRESET)/.test(error.code) && error.url.protocol === 'https:'
                        ? `If ${error.url.host} serves plain HTTP, list it in the registry-insecure input`
                        : 'Check the registry host and that the runner can reach it (we retried with backoff)',
                });
            }
            throw error;
        }
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
    wasWritten(ref, reference) {
        const at = this.written.get(`${formatRepository(ref)}@${reference}`);
        return at !== undefined && Date.now() - at < this.propagationMs;
    }
    markWritten(ref, reference) {
        this.written.set(`${formatRepository(ref)}@${reference}`, Date.now());
    }
    mismatch(ref, expected, actual) {
        return new RegistryError(`Digest mismatch for ${formatReference(ref)}: expected ${expected}, got ${actual}`, {
            status: 0,
            code: 'DIGEST_MISMATCH',
            reference: formatReference(ref),
            hint: 'The registry or a proxy changed the content; do not trust it',
        });
    }
    failure(response, ref, action, access = 'pull') {
        const reference = formatReference(ref);
        const parsed = parseErrorBody(response.body);
        const status = response.status;
        let code = parsed?.code;
        if (!code)
            code =
                status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : status === 429 ? 'TOOMANYREQUESTS' : undefined;
        const detail = parsed?.message ? `: ${parsed.message}` : '';
        let hint;
        const challenge = response.headers['www-authenticate'] ?? '';
        if (status === 401 && this.refused.has(response)) {
            hint = /insufficient_scope/.test(challenge)
                ? `The account used for ${ref.registry} is not allowed to ${access} ${ref.repository}`
                : `The registry refused the credentials for ${ref.registry}: check the username and password (or token)`;
        }
        else if (status === 401) {
            hint = `Log in to ${ref.registry} with an account that can access ${ref.repository}: give username and password, or run docker/login-action first`;
        }
        else if (status === 403) {
            hint = `The account used for ${ref.registry} is not allowed to ${access} ${ref.repository}`;
        }
        else if (status === 404) {
            hint = `Check that ${reference} exists`;
        }
        else if (status === 429) {
            hint = 'The registry kept rate-limiting after several retries; try again later or log in for a higher limit';
        }
        else if (/immutable|cannot be overwritten/i.test(parsed?.message ?? '')) {
            hint = 'The repository has immutable tags: an existing tag cannot be moved';
        }
        return new RegistryError(`Could not ${action} ${reference}: HTTP ${status}${code ? ` ${code}` : ''}${detail}`, {
            status,
            code,
            reference,
            hint,
        });
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

;// CONCATENATED MODULE: ./packages/core/src/registry/login-inputs.ts
// The registry inputs every registry-facing action shares (`username`, `password`,
// `registry-insecure`), read once, and the client built from them.



/** Reads the login inputs; a username without a password (or the reverse) is an input error. */
function readRegistryLogin(rt) {
    const username = readString(rt, 'username');
    const password = readString(rt, 'password');
    if ((username === '') !== (password === '')) {
        throw new InputError(username ? 'password' : 'username', '', 'a value when the other of username/password is given');
    }
    return { username, password, insecureHosts: readList(rt, 'registry-insecure') };
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

;// CONCATENATED MODULE: ./actions/quality-gate/run.ts
// quality-gate: one verdict from coverage, vulnerability, test and budget reports
// (packages/core/src/quality/), reported as a check run on the commit, a commit status, or the
// job summary. This file wires inputs, the policy file, git, the registry, the baseline and the
// GitHub API in, and writes the outputs, the summary and the report file.


















function baselineStore(inputs, ci, rt) {
    if (inputs.baseline.kind === 'none')
        return noBaselineStore;
    if (inputs.baseline.kind === 'file')
        return fileBaselineStore((0,external_node_path_.resolve)(ci.workspace, inputs.baseline.path));
    return cacheBaselineStore({
        repository: ci.repository || 'local',
        checkName: inputs.checkName,
        runId: `${ci.runId}-${ci.runAttempt}`,
        log: rt.log,
    });
}
function githubPort(rt, ci, token) {
    if (ci.platform !== 'github' || !token || !ci.repository)
        return undefined;
    return new GithubRepository(createGithubClient(rt, token), ci.repository);
}
/** Annotations need repository-relative paths; absolute ones outside the workspace are dropped. */
function inWorkspace(path, workspace) {
    if (!(0,external_node_path_.isAbsolute)(path))
        return path.replace(/^\.\//, '');
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel;
}
function verdictOf(result, inputs, ci, summary) {
    return {
        checkName: inputs.checkName,
        sha: headCommit(ci),
        conclusion: result.conclusion,
        title: headline(result),
        summary,
        detailsUrl: ci.runUrl || undefined,
        annotations: gateAnnotations(result).flatMap((a) => {
            const path = inWorkspace(a.path, ci.workspace);
            return path
                ? [
                    {
                        path,
                        start_line: a.startLine,
                        end_line: a.endLine,
                        annotation_level: a.level,
                        title: a.title,
                        message: a.message,
                    },
                ]
                : [];
        }),
    };
}
/**
 * A gate that could not run (a bad input, policy or report) still reports a failure, so it never
 * shows as missing or green. Reads only what reporting needs, without failing on it.
 */
async function reportError(rt, ci, error) {
    const checkName = rt.getInput('check-name') || 'quality-gate';
    const asked = rt.getInput('report');
    const mode = REPORT_MODES.includes(asked) ? asked : 'auto';
    const summary = `## ❌ Quality gate could not run (${checkName})\n\n${(0,cib_error/* errorMessage */.gJ)(error)}\n`;
    rt.appendSummary(summary);
    const verdict = {
        checkName,
        sha: headCommit(ci),
        conclusion: 'failure',
        title: 'The gate could not run',
        summary,
        annotations: [],
    };
    const port = githubPort(rt, ci, rt.getInput('github-token'));
    await publishVerdict(port, mode, verdict, rt.log).catch((e) => rt.log.warning(`Could not report the error: ${(0,cib_error/* errorMessage */.gJ)(e)}`));
}
async function run(rt) {
    rt.setSecret(rt.getInput('github-token'));
    const ci = readCiContext(rt.env);
    let inputs;
    let store;
    let result;
    try {
        const policyInput = inputs_readString(rt, 'policy');
        const policyFile = (0,external_node_path_.resolve)(ci.workspace, policyInput || DEFAULT_POLICY_PATH);
        inputs = readGateInputs(rt, await loadPolicy(policyFile, policyInput !== ''), policyFile);
        store = baselineStore(inputs, ci, rt);
        const pr = ci.pullRequest?.baseSha && ci.pullRequest.headSha
            ? { base: ci.pullRequest.baseSha, head: ci.pullRequest.headSha }
            : undefined;
        const baseline = await store.load();
        result = await rt.log.group('Reading reports', () => runGate(inputs.request, {
            cwd: ci.workspace,
            exec: exec.execProcess,
            log: rt.log,
            now: rt.now(),
            registry: inputs.request.images.length > 0
                ? createRegistryClient(rt, { username: '', password: '', insecureHosts: [] }, '')
                : undefined,
            pullRequest: pr,
            baseline,
        }));
    }
    catch (error) {
        if (error instanceof cib_error/* CibError */.hi)
            await reportError(rt, ci, error);
        throw error;
    }
    const port = githubPort(rt, ci, inputs.githubToken);
    const summary = reportMarkdown(result, inputs.checkName);
    const reportPath = (0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `${inputs.checkName.replace(/[^\w.-]/g, '_')}-report.json`);
    writeJsonFile(reportPath, reportJson(result));
    const published = await publishVerdict(port, inputs.report, verdictOf(result, inputs, ci, summary), rt.log);
    const where = published.reason ? `\n> Reported in the job summary only: ${published.reason}.\n` : '';
    rt.appendSummary(summary + where);
    for (const [name, value] of Object.entries(gateOutputs(result, reportPath, summary)))
        rt.setOutput(name, value);
    const defaultBranch = readEventPayload(rt.env).repository
        ?.default_branch;
    if (inputs.baseline.kind === 'cache' &&
        ci.eventName === 'push' &&
        ci.refType === 'branch' &&
        ci.refName === defaultBranch) {
        await store
            .save(result.nextBaseline)
            .catch((e) => rt.log.warning(`Baseline not saved: ${(0,cib_error/* errorMessage */.gJ)(e)}`));
    }
    rt.log.info(`Quality gate: ${result.conclusion} (${headline(result)}), reported via ${published.via}`);
    if (result.conclusion === 'failure' && inputs.fail)
        throw new cib_error/* CibError */.hi(`Quality gate failed: ${headline(result)}`);
}

;// CONCATENATED MODULE: ./actions/quality-gate/main.ts


void runMain(run);

