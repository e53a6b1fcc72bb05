import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 544:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   de: () => (/* binding */ commitMatches)
/* harmony export */ });
/* harmony import */ var _errors_input_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(650);
// Commit SHAs: validating one given by the user, abbreviating it, and deciding whether a value
// a deployment reports (full or abbreviated) names the commit we expect.

/** SHA-1 (40) or SHA-256 (64) object names, or an abbreviation of at least 7 hex digits. */
const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;
/** The commit as given in `input`, lower-cased; an InputError unless it is 7-64 hex digits. */
function parseCommit(input, value) {
    const commit = value.trim().toLowerCase();
    if (!COMMIT_PATTERN.test(commit))
        throw new _errors_input_error__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, value, 'a commit SHA (7 to 64 hex digits)');
    return commit;
}
/** The first `length` characters of a commit (the whole commit when it is shorter). */
function shortCommit(commit, length) {
    return commit.slice(0, length);
}
/**
 * Whether `seen` names `expected`: the same SHA, or one is an abbreviation of the other at least
 * `minLength` characters long. Longer abbreviations count too, because git lengthens one that
 * would be ambiguous; and `expected` may itself be abbreviated (a short `commit` input) while
 * the deployment reports the full SHA.
 */
function commitMatches(seen, expected, minLength) {
    const value = seen.trim().toLowerCase();
    const wanted = expected.toLowerCase();
    if (!/^[0-9a-f]{1,64}$/.test(value))
        return false;
    if (value === wanted)
        return true;
    // Nothing is longer than a full SHA (40 for SHA-1, 64 for SHA-256 repositories).
    if ((wanted.length === 40 || wanted.length === 64) && value.length > wanted.length)
        return false;
    const [shorter, longer] = value.length < wanted.length ? [value, wanted] : [wanted, value];
    return shorter.length >= minLength && longer.startsWith(shorter);
}


/***/ }),

/***/ 843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readJsonPath),
/* harmony export */   K: () => (/* binding */ isJsonPath)
/* harmony export */ });
// Reads a field out of a JSON document by a dotted path (`git_commit`, `build.git.commit`,
// `builds.0.commit`), for verify mode.
/** The value at `path` in `document`, or undefined. A key that itself contains dots is found too. */
function readJsonPath(document, path) {
    if (isObject(document) && Object.hasOwn(document, path))
        return document[path];
    let current = document;
    for (const segment of path.split('.')) {
        if (Array.isArray(current) && /^\d+$/.test(segment))
            current = current[Number(segment)];
        else if (isObject(current) && Object.hasOwn(current, segment))
            current = current[segment];
        else
            return undefined;
    }
    return current;
}
/** Whether `path` is a usable dotted path: non-empty segments. */
function isJsonPath(path) {
    return /^[^.\s]+(\.[^.\s]+)*$/.test(path);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 35:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ splitUrlCredentials),
  F: () => (/* binding */ urlSecrets)
});

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

;// CONCATENATED MODULE: ./packages/core/src/build-info/verify-request.ts
// The credentials in a verify-url: `user:password@` becomes a Basic Authorization header, and
// its secrets are masked before anything is logged. Where that header may travel is decided by
// http/redirects.ts, which sends it to the URL's own origin only.

/**
 * A URL without its `user:password@` part and the Basic Authorization header that part meant
 * (the request must carry them as a header it can withhold from other origins, and logs must
 * never show them).
 */
function splitUrlCredentials(url) {
    if (!url.username && !url.password)
        return { url };
    const bare = new URL(url.href);
    bare.username = '';
    bare.password = '';
    const user = decodeUserinfo(url.username);
    const password = decodeUserinfo(url.password);
    return { url: bare, authorization: basicAuthorization(user, password) };
}
/** Percent-decodes userinfo; a malformed escape is kept as written rather than failing. */
function decodeUserinfo(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/**
 * The secrets a URL's userinfo holds (the password, else a token given as the user name), as
 * written and decoded, to mask before any log line.
 */
function urlSecrets(url) {
    const raw = url.password || url.username;
    if (!raw)
        return [];
    return [...new Set([raw, decodeUserinfo(raw)])];
}


/***/ }),

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

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(332);
// A bad action input: the error names the input, the value it got and what was expected.

/** A bad action input: names the input, shows the value (shortened) and what was expected. */
class InputError extends _cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    input;
    constructor(input, value, expected, hint) {
        const shown = value === undefined || value === '' ? 'is empty' : `is ${(0,_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(value)}`;
        super(`Input "${input}" ${shown}: expected ${expected}`, { hint });
        this.name = 'InputError';
        this.input = input;
    }
}


/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

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

// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __nccwpck_require__(650);
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
        const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
        if (exitCode !== 0 && !options.allowFailure)
            reject(new ExecError(command, exitCode, stderr, stdout));
        else
            resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});

;// CONCATENATED MODULE: ./packages/core/src/git/head-commit.ts

/** The full SHA of HEAD in `cwd`. Throws when git is missing or `cwd` is not a checkout. */
async function readHeadCommit(exec, cwd) {
    const { stdout } = await exec('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd,
        timeoutMs: 15_000,
    });
    const sha = stdout.trim();
    if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new cib_error/* CibError */.hi(`git rev-parse HEAD in ${cwd} printed ${(0,cib_error/* quoteForMessage */.Hx)(sha)}, not a commit SHA`);
    }
    return sha;
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
class reference_MalformedReferenceError extends cib_error/* CibError */.hi {
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
function image_tag_imageTagFor(text) {
    if (reference_isValidTag(text))
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
function image_tag_versionOfTag(tag) {
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
    const fixed = image_tag_imageTagFor(tag);
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
        throw new input_error/* InputError */.d(label, value, 'a value (this input is required)');
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
    throw new input_error/* InputError */.d(label, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function readEnum(inputs, name, allowed, fallback, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(label, value, `one of ${allowed.join(', ')}`);
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
        throw new input_error/* InputError */.d(label, value, `${kind}${range}`);
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
            throw new input_error/* InputError */.d(name, text, `key=value lines (line ${line} is not one)`);
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
        throw new input_error/* InputError */.d(name, value, 'an http:// or https:// URL');
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

;// CONCATENATED MODULE: ./packages/core/src/build-info/build-date.ts
// The build date: the `build-date` input, else SOURCE_DATE_EPOCH (reproducible builds), else
// the clock; always written as ISO-8601 UTC without milliseconds (2025-09-08T16:32:44Z), the
// form the seeds' `date -u +%Y-%m-%dT%H:%M:%SZ` produced.


/** The latest second ISO-8601 can write with four year digits (9999-12-31T23:59:59Z). */
const MAX_EPOCH_SECONDS = 253402300799;
/** A date as ISO-8601 UTC without milliseconds. */
function formatBuildDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * SOURCE_DATE_EPOCH as a Date; undefined when unset or empty. The specification
 * (reproducible-builds.org) asks tools to fail on a malformed value rather than guess.
 */
function parseSourceDateEpoch(value) {
    if (value === undefined || value === '')
        return undefined;
    const seconds = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
    if (!(seconds <= MAX_EPOCH_SECONDS)) {
        throw new cib_error/* CibError */.hi(`Environment variable SOURCE_DATE_EPOCH is ${(0,cib_error/* quoteForMessage */.Hx)(value)}: expected a whole number of seconds since 1970-01-01 UTC`, { hint: 'Fix or unset SOURCE_DATE_EPOCH, or set the build-date input' });
    }
    return new Date(seconds * 1000);
}
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EXPECTED = 'an ISO-8601 date-time with a zone (2025-09-08T16:32:44Z) or epoch seconds';
/** Days in `month` (1-12) of `year`, leap years included. */
function daysInMonth(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
/**
 * What is impossible about an ISO date-time's fields, or undefined when they all exist. JavaScript
 * would roll 2025-02-30 over to March 2 and reads some out-of-range times as invalid, others not:
 * every field is checked here instead.
 */
function impossibleField(match) {
    const [year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(1);
    const [y, mo, d] = [Number(year), Number(month), Number(day)];
    if (mo < 1 || mo > 12)
        return `month ${month} does not exist`;
    if (d < 1 || d > daysInMonth(y, mo))
        return `${MONTHS[mo - 1]} ${year} has no day ${day}`;
    if (Number(hour) > 23)
        return `hour ${hour} does not exist (00 to 23)`;
    if (Number(minute) > 59)
        return `minute ${minute} does not exist (00 to 59)`;
    if (Number(second) > 59)
        return `second ${second} does not exist (00 to 59)`;
    if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
        return 'the zone offset is not a time of day';
    return undefined;
}
/** The `build-date` input: ISO-8601 with a zone (Z or an offset) or epoch seconds; a date that cannot exist fails. */
function parseBuildDateInput(input, value) {
    if (/^\d{1,12}$/.test(value) && Number(value) <= MAX_EPOCH_SECONDS)
        return new Date(Number(value) * 1000);
    const match = ISO_DATE_TIME.exec(value);
    if (!match)
        throw new input_error/* InputError */.d(input, value, EXPECTED);
    const impossible = impossibleField(match);
    if (impossible)
        throw new input_error/* InputError */.d(input, value, `${EXPECTED}, a date and time that exist`, `Here ${impossible}`);
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new input_error/* InputError */.d(input, value, EXPECTED);
    return date;
}
/** The build date: the input when given, else SOURCE_DATE_EPOCH, else `now`. */
function resolveBuildDate(given, sourceDateEpoch, now) {
    return formatBuildDate(given ?? parseSourceDateEpoch(sourceDateEpoch) ?? now);
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/build-args.ts
const BUILD_ARG_NAMES = (/* unused pure expression or super */ null && (['CACHE_BUST', 'BUILD_DATE', 'GIT_COMMIT', 'VERSION']));
/** The build args of a record, in BUILD_ARG_NAMES order. */
function buildArgs(info) {
    return [
        ['CACHE_BUST', info.cacheBust],
        ['BUILD_DATE', info.buildDate],
        ['GIT_COMMIT', info.commit],
        ['VERSION', info.version],
    ];
}
/** `NAME=value` lines, the form docker/build-push-action's `build-args` input takes. */
function formatBuildArgs(args) {
    return args.map(([name, value]) => `${name}=${value}`).join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/plain-value.ts
// Values that travel as build args, label lines, dotenv lines and outputs must be one line of
// printable text: a newline would silently start a new `KEY=value` line downstream.

/** Whether `value` is one line without control characters. */
function isPlainValue(value) {
    return !/[\u0000-\u001f\u007f]/.test(value);
}
/** `value` unchanged; an InputError naming `input` when it holds a newline or control character. */
function requirePlainValue(input, value) {
    if (!isPlainValue(value))
        throw new input_error/* InputError */.d(input, value, 'a single line without control characters');
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/cache-bust.ts
// The CACHE_BUST build arg. `commit` (the default: reruns of one commit reuse the layer cache),
// `run` (`<run id>-<attempt>`: every run rebuilds, reruns of one attempt do not), `timestamp`
// (epoch seconds: always rebuild), or a literal value.
//
// The rule for literals, so that a typo never silently becomes a literal: a bare word made only
// of letters, `-` and `_` must be one of the modes (`comit`, `Run`, `time` fail); any other value
// (it holds a digit, a dot, a colon...) is used as written; `literal:<value>` uses any value as
// written (`literal:nightly`).


const CACHE_BUST_MODES = ['commit', 'run', 'timestamp'];
const LITERAL_PREFIX = 'literal:';
const LOOKS_LIKE_A_MODE = /^[A-Za-z_-]+$/;
const MAX_LITERAL_LENGTH = 256;
/** Edit distance, to suggest the mode a typo meant. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function suggestion(word) {
    const lower = word.toLowerCase();
    const near = CACHE_BUST_MODES.find((mode) => mode === lower || distance(lower, mode) <= 2);
    return near ? `Did you mean ${near}? ` : '';
}
/** Parses the `cache-bust` input (named `input` in errors); empty means `commit`. */
function parseCacheBust(input, value) {
    if (value === '')
        return { mode: 'commit' };
    if (CACHE_BUST_MODES.includes(value))
        return { mode: value };
    const literal = value.startsWith(LITERAL_PREFIX) ? value.slice(LITERAL_PREFIX.length) : value;
    const expected = `commit, run, timestamp, or a literal value (${LITERAL_PREFIX}<value>)`;
    if (literal === '' || literal.length > MAX_LITERAL_LENGTH || !isPlainValue(literal)) {
        throw new input_error/* InputError */.d(input, value, `${expected}; a literal is one line of 1 to ${MAX_LITERAL_LENGTH} characters`);
    }
    if (literal === value && LOOKS_LIKE_A_MODE.test(value)) {
        throw new input_error/* InputError */.d(input, value, expected, `${suggestion(value)}A bare word is taken for a mistyped mode: write ${LITERAL_PREFIX}${value} to use it as written`);
    }
    return { mode: 'literal', value: literal };
}
/** The CACHE_BUST value for `cacheBust`. */
function resolveCacheBust(input, cacheBust, sources) {
    switch (cacheBust.mode) {
        case 'commit':
            return sources.commit;
        case 'run':
            if (!sources.runId) {
                throw new input_error/* InputError */.d(input, 'run', 'commit, timestamp or a literal value here', 'There is no run id (GITHUB_RUN_ID or CI_PIPELINE_ID is not set)');
            }
            return `${sources.runId}-${sources.runAttempt || '1'}`;
        case 'timestamp':
            return String(Math.floor(sources.now.getTime() / 1000));
        case 'literal':
            return cacheBust.value;
    }
}

// EXTERNAL MODULE: ./packages/core/src/build-info/commit.ts
var build_info_commit = __nccwpck_require__(544);
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
        throw new InputError('tag-prefix', value, 'auto, none, or the start of an image tag (letters, digits, _ . -; not starting with . or -; under 128 characters)');
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

;// CONCATENATED MODULE: ./packages/core/src/build-info/version.ts

/**
 * A ref name as a slug exactly as GitLab computes CI_COMMIT_REF_SLUG (so pipelines moved from
 * GitLab keep their versions). GitLab documents it as "lowercased, shortened to 63 bytes, and with
 * everything except 0-9 and a-z replaced with -. No leading / trailing -", and implements it as
 * `downcase.gsub(/[^a-z0-9]/, '-')[0..62].gsub(/(\A-+|-+\z)/, '')` (Gitlab::Utils.slugify): each
 * character is replaced on its own (`a//b` -> `a--b`), the cut comes before the trim.
 */
function refSlug(name) {
    // The `u` flag replaces a character outside the BMP (an emoji) by one `-`, as Ruby does.
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]/gu, '-')
        .slice(0, 63)
        .replace(/^-+|-+$/g, '');
}
/** The PR number in a `refs/pull/<n>/...` ref, for pull_request events whose payload is missing. */
function pullNumberFromRef(ref) {
    const match = /^refs\/pull\/(\d+)\//.exec(ref);
    return match ? Number(match[1]) : undefined;
}
/** The version derived from where the run comes from; `short` is the abbreviated build commit. */
function deriveVersion(context, short) {
    const pullNumber = context.pullRequest?.number ?? pullNumberFromRef(context.ref);
    if (pullNumber !== undefined)
        return `pr-${pullNumber}-${short}`;
    if (context.refType === 'tag' && context.refName)
        return stripV(context.refName);
    const slug = context.refType === 'branch' ? refSlug(context.refName) : '';
    // No usable branch name (a detached local checkout, a name made only of symbols): the commit alone.
    return slug ? `${slug}-${short}` : short;
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/compute.ts
// Computes a build-info record from the typed inputs and where the run comes from (the CI
// context, SOURCE_DATE_EPOCH, the clock). The one place that decides every field; the action,
// the CLI and multiarch-bake all call it.








/**
 * The commit the build is for: the `commit` input, else the PR head on pull_request events,
 * else the run's SHA, else (no CI variables at all) the checkout's HEAD.
 */
async function resolveCommit(given, sources) {
    if (given)
        return given;
    const fromCi = headCommit(sources.context);
    if (fromCi)
        return fromCi.toLowerCase();
    const why = 'no CI variables name one (GITHUB_SHA, CI_COMMIT_SHA)';
    if (!sources.readGitHead)
        throw new cib_error/* CibError */.hi(`Cannot tell which commit this is: ${why}`, { hint: 'Set the commit input' });
    try {
        return await sources.readGitHead();
    }
    catch (error) {
        throw new cib_error/* CibError */.hi(`Cannot tell which commit this is: ${why} and git rev-parse HEAD failed (${(0,cib_error/* errorMessage */.gJ)(error)})`, {
            hint: 'Set the commit input',
        });
    }
}
/** The image tag for `version`; an error when nothing usable is left of it. */
function imageTagOf(version, given) {
    const tag = image_tag_imageTagFor(version);
    if (tag)
        return tag;
    const expected = 'a version or name with a letter or digit, so that it gives a valid image tag';
    if (given)
        throw new input_error/* InputError */.d('version', version, expected);
    throw new cib_error/* CibError */.hi(`The version derived from the ref is ${JSON.stringify(version)}, which gives no image tag`, {
        hint: 'Set the version input',
    });
}
/** The build-info record for this run. */
async function computeBuildInfo(options, sources) {
    const { context } = sources;
    const commit = await resolveCommit(options.commit, sources);
    const short = (0,build_info_commit/* shortCommit */.Ax)(commit, options.shortShaLength);
    const version = options.version || deriveVersion(context, short);
    return {
        version,
        imageTag: imageTagOf(version, Boolean(options.version)),
        commit,
        shortCommit: short,
        ref: context.ref,
        buildDate: resolveBuildDate(options.buildDate, sources.sourceDateEpoch, sources.now),
        cacheBust: resolveCacheBust('cache-bust', options.cacheBust, {
            commit,
            runId: context.runId,
            runAttempt: context.runAttempt,
            now: sources.now,
        }),
        runId: context.runId,
        runUrl: context.runUrl,
        repository: context.repository,
        repositoryUrl: context.repositoryUrl,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/record.ts
// The build-info record: what one build is (version, commit, ref, date, cache-bust value, the
// run that made it). build-info.json, build-info.js, the dotenv file and the `json` output all
// serialise this one record, so every consumer reads the same field names.
/** The file form of a build-info record. */
function toRecord(info) {
    return {
        version: info.version,
        git_commit: info.commit,
        git_commit_short: info.shortCommit,
        ref: info.ref,
        build_date: info.buildDate,
        cache_bust: info.cacheBust,
        run_id: info.runId,
        run_url: info.runUrl,
        repository: info.repository,
        repository_url: info.repositoryUrl,
    };
}
/** build-info.json's content: the record, indented, with a final newline. */
function renderJsonFile(info) {
    return JSON.stringify(toRecord(info), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/env-file.ts
// The dotenv file: the record as `KEY=value` lines (VERSION, GIT_COMMIT, BUILD_DATE, ...) for
// GitLab dotenv reports, `docker run --env-file`, compose and shell `set -a; . file`.
//
// Those readers disagree about quotes: GitLab and `docker --env-file` keep them as part of the
// value, dotenv and compose strip them. So a value is written bare whenever it can be (every
// value build-info generates can), and quoted only when it holds characters a shell or dotenv
// parser would otherwise misread.


const BARE = /^[A-Za-z0-9_.,:/@%+=-]*$/;
/** One value as dotenv writes it: bare, else single-quoted, else double-quoted with escapes. */
function quoteDotenvValue(value) {
    if (!isPlainValue(value))
        throw new Error(`A dotenv value must be one line: ${JSON.stringify(value)}`);
    if (BARE.test(value))
        return value;
    if (!value.includes("'"))
        return `'${value}'`;
    return `"${value.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}
/** The dotenv text: the record's keys upper-cased, one line each. */
function renderEnvFile(info) {
    return (
    // Spread into a plain object so that its values are typed as the strings they are.
    Object.entries({ ...toRecord(info) })
        .map(([key, value]) => `${key.toUpperCase()}=${quoteDotenvValue(value)}`)
        .join('\n') + '\n');
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/js-file.ts
// build-info.js: the record as a script a static frontend can load with a <script> tag,
// `window.BUILD_INFO = {...};` (the seeds' frontend read `window.BUILD_INFO`).


/** An ASCII identifier name: what may follow `window.` without brackets. */
const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** The `js-global` input, checked to be a JavaScript identifier (`BUILD_INFO`, `buildInfo`). */
function parseJsGlobal(input, value) {
    if (!IDENTIFIER_NAME.test(value)) {
        throw new input_error/* InputError */.d(input, value, 'a JavaScript identifier (letters, digits, _ or $, not starting with a digit)');
    }
    return value;
}
/**
 * The script text. `<`, U+2028 and U+2029 are escaped so that the file can also be inlined
 * in an HTML page without a value closing the <script> element.
 */
function renderJsFile(info, global) {
    const json = JSON.stringify(toRecord(info), null, 2)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    return `window.${global} = ${json};\n`;
}

// EXTERNAL MODULE: ./packages/core/src/build-info/json-path.ts
var json_path = __nccwpck_require__(843);
;// CONCATENATED MODULE: ./packages/core/src/build-info/oci-labels.ts
const PREFIX = 'org.opencontainers.image.';
/** The generated keys: created, revision, version, source, url, title; empty values left out. */
function ociMetadata(info) {
    const title = info.repository.split('/').pop() ?? '';
    const entries = [
        ['created', info.buildDate],
        ['revision', info.commit],
        ['version', info.version],
        ['source', info.repositoryUrl],
        ['url', info.repositoryUrl],
        ['title', title],
    ];
    return new Map(entries.filter(([, value]) => value !== '').map(([key, value]) => [PREFIX + key, value]));
}
/** `generated` with `user` merged over it: generated keys keep their place, new keys follow. */
function mergeMetadata(generated, user) {
    const merged = new Map(generated);
    for (const [key, value] of user)
        merged.set(key, value);
    return merged;
}
/** `key=value` lines, the form docker/build-push-action's `labels` and `annotations` take. */
function formatKeyValueLines(values) {
    return [...values].map(([key, value]) => `${key}=${value}`).join('\n');
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

;// CONCATENATED MODULE: ./packages/core/src/build-info/report.ts
// What build-info reports: its outputs and job summary, for the generate and the verify modes,
// built here as latest/report.ts and manifest/merge-report.ts do for the other actions.




/** Every output of generate mode. */
function buildInfoOutputs(info, extras) {
    return {
        // Always a valid image tag (`1.2.3_build.7`): the README's workflow tags images with it.
        version: info.imageTag,
        'exact-version': info.version,
        commit: info.commit,
        'short-commit': info.shortCommit,
        ref: info.ref,
        'build-date': info.buildDate,
        'cache-bust': info.cacheBust,
        'build-args': formatBuildArgs(buildArgs(info)),
        labels: formatKeyValueLines(extras.labels),
        annotations: formatKeyValueLines(extras.annotations),
        json: JSON.stringify(toRecord(info)),
        'json-file': extras.jsonFile,
        verified: 'false',
    };
}
/** The job summary of generate mode. */
function buildInfoSummary(info, written, exported) {
    const rows = [
        ['Version', code(info.version) + (info.imageTag === info.version ? '' : ` (image tag ${code(info.imageTag)})`)],
        ['Commit', code(info.commit)],
        ['Ref', info.ref ? code(info.ref) : ''],
        ['Build date', info.buildDate],
        ['Cache bust', code(info.cacheBust)],
        ['Run', info.runUrl ? `[${info.runId}](${info.runUrl})` : info.runId],
        ['Repository', info.repository],
        ['Files', written.map(code).join(' ')],
        ['Exported to env', exported ? 'BUILD_DATE, GIT_COMMIT, CACHE_BUST, VERSION' : 'no'],
    ];
    return heading('Build info') + table(['Field', 'Value'], rows) + '\n';
}
/** The outputs of verify mode (the record's other outputs are not computed there). */
function verifyOutputs(v) {
    return {
        commit: v.commit,
        'short-commit': v.shortCommit,
        ref: v.ref,
        json: JSON.stringify(v.document),
        verified: 'true',
    };
}
/** The job summary of verify mode. */
function verifySummary(v) {
    return (heading('Build info: deployment verified') +
        table(['Field', 'Value'], [
            ['URL', v.url],
            ['Field', code(v.field)],
            ['Expected commit', code(v.commit)],
            ['Reported', code(v.seen)],
            ['Attempts', v.attempts],
        ]) +
        '\n');
}

// EXTERNAL MODULE: ./packages/core/src/build-info/verify-request.ts + 1 modules
var verify_request = __nccwpck_require__(35);
;// CONCATENATED MODULE: ./packages/core/src/build-info/write-files.ts
// Writes the build-info files all or nothing: each goes to a temporary file beside its target
// first, and only when every one could be written are they renamed into place. A bad path in
// any of the inputs therefore leaves no file behind (nothing half-published). Under the GitHub
// runner a path must stay inside the workspace or the runner's temp folder: a job runs as a user
// who may own far more than its checkout (as root on self-hosted runners and containers), and a
// value such as `../../../etc/passwd` must not replace a system file.




/** Why a path could not be written, without the path (the error shows it once already). */
function reason(error) {
    const e = error;
    if (!e.code)
        return String(error);
    // Node writes "ENOTDIR: not a directory, open '/the/path'": keep the code and the words.
    const words = e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '[\s\S]*'$/, '');
    return `${e.code}: ${words}${e.syscall ? ` (${e.syscall})` : ''}`;
}
/** `path` with symlinks resolved as far as it exists (the rest does not exist yet). */
function realPathSoFar(path) {
    if ((0,external_node_fs_namespaceObject.existsSync)(path))
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
    const parent = (0,external_node_path_namespaceObject.dirname)(path);
    if (parent === path)
        return path;
    return (0,external_node_path_namespaceObject.resolve)(realPathSoFar(parent), (0,external_node_path_namespaceObject.relative)(parent, path));
}
function isInside(path, root) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}
/**
 * Writes every file (paths relative to `baseDir`) or none; returns the absolute paths in order.
 * A path that cannot be written, or that leads outside `allowedRoots` when given (symlinks
 * followed), throws an InputError naming its input before anything is written.
 */
function writeFilesAtomically(files, baseDir, allowedRoots) {
    const targets = files.map((file) => ({ ...file, absolute: (0,external_node_path_namespaceObject.resolve)(baseDir, file.path) }));
    if (allowedRoots) {
        const roots = allowedRoots.map((root) => realPathSoFar((0,external_node_path_namespaceObject.resolve)(root)));
        for (const target of targets) {
            if (!roots.some((root) => isInside(realPathSoFar(target.absolute), root))) {
                throw new input_error/* InputError */.d(target.input, target.path, `a path inside ${roots.join(' or ')}`);
            }
        }
    }
    const seen = new Map();
    for (const target of targets) {
        const other = seen.get(target.absolute);
        if (other)
            throw new input_error/* InputError */.d(target.input, target.path, `a path different from the ${other} input's`);
        seen.set(target.absolute, target.input);
    }
    const createdDirs = [];
    const temporaries = [];
    try {
        for (const target of targets) {
            try {
                if ((0,external_node_fs_namespaceObject.statSync)(target.absolute, { throwIfNoEntry: false })?.isDirectory()) {
                    throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
                }
                const created = (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target.absolute), { recursive: true });
                if (created)
                    createdDirs.push(created);
                const temporary = `${target.absolute}.${randomUuid()}.tmp`;
                (0,external_node_fs_namespaceObject.writeFileSync)(temporary, target.content, { encoding: 'utf8', flag: 'wx' });
                temporaries.push(temporary);
            }
            catch (error) {
                throw new input_error/* InputError */.d(target.input, target.path, `a path where a file can be written (${reason(error)})`);
            }
        }
    }
    catch (error) {
        for (const temporary of temporaries)
            (0,external_node_fs_namespaceObject.rmSync)(temporary, { force: true });
        // Folders this call created (mkdir -p returns the topmost) hold nothing but our temporaries.
        for (const dir of createdDirs.reverse())
            (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
    targets.forEach((target, index) => (0,external_node_fs_namespaceObject.renameSync)(temporaries[index], target.absolute));
    return targets.map((target) => target.absolute);
}

;// CONCATENATED MODULE: ./actions/build-info/run.ts
// build-info: computes the build record (version, commit, date, cache-bust value, build args,
// OCI labels), writes it as JSON / JS / dotenv files and outputs; or, in verify mode, polls a
// deployment until it reports the expected commit. Inputs are parsed here, the rest is core.






















function readPlain(inputs, name) {
    return requirePlainValue(name, readString(inputs, name));
}
/** Every input, parsed and checked before anything is computed or written. */
function readInputs(rt) {
    const inputs = actionInputs(rt, 'build-info');
    const commit = readString(inputs, 'commit');
    const buildDate = readString(inputs, 'build-date');
    const verifyUrl = readHttpUrl(inputs, 'verify-url');
    const verifyField = readString(inputs, 'verify-field', { fallback: 'git_commit' });
    if (!(0,json_path/* isJsonPath */.K)(verifyField)) {
        throw new input_error/* InputError */.d('verify-field', verifyField, 'a field name or dotted path (build.git_commit)');
    }
    const token = readString(inputs, 'verify-token');
    return {
        version: readPlain(inputs, 'version'),
        commit: commit ? (0,build_info_commit/* parseCommit */.L5)('commit', commit) : undefined,
        shortShaLength: readNumber(inputs, 'short-sha-length', { fallback: 7, min: 4, max: 40 }),
        buildDate: buildDate ? parseBuildDateInput('build-date', buildDate) : undefined,
        cacheBust: parseCacheBust('cache-bust', readString(inputs, 'cache-bust')),
        jsonFile: readPlain(inputs, 'json-file'),
        jsFile: readPlain(inputs, 'js-file'),
        jsGlobal: parseJsGlobal('js-global', readString(inputs, 'js-global', { fallback: 'BUILD_INFO' })),
        envFile: readPlain(inputs, 'env-file'),
        labels: readKeyValues(inputs, 'labels'),
        annotations: readKeyValues(inputs, 'annotations', ANNOTATION_INPUT_KEY),
        exportEnv: readBoolean(inputs, 'export-env', false),
        verify: verifyUrl
            ? {
                url: verifyUrl,
                field: verifyField,
                timeoutSeconds: readNumber(inputs, 'verify-timeout', {
                    fallback: 300,
                    min: 0,
                    max: 86_400,
                    integer: false,
                    unit: 'seconds',
                }),
                intervalSeconds: readNumber(inputs, 'verify-interval', {
                    fallback: 5,
                    min: 0.1,
                    max: 3_600,
                    integer: false,
                    unit: 'seconds',
                }),
                token,
            }
            : undefined,
    };
}
async function run(rt) {
    // Secrets first: nothing may print them, not even an input error.
    const declared = actionInputs(rt, 'build-info');
    readSecret(declared, 'verify-token', (s) => rt.setSecret(s));
    const rawUrl = declared.raw('verify-url');
    if (rawUrl && URL.canParse(rawUrl))
        for (const secret of (0,verify_request/* urlSecrets */.F)(new URL(rawUrl)))
            rt.setSecret(secret);
    const inputs = readInputs(rt);
    const context = readCiContext(rt.env);
    const sources = {
        context,
        sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
        now: rt.now(),
        readGitHead: () => readHeadCommit(execProcess, context.workspace),
    };
    if (inputs.verify)
        await verify(rt, inputs, inputs.verify, sources);
    else
        await generate(rt, inputs, sources);
}
async function generate(rt, inputs, sources) {
    const info = await computeBuildInfo(inputs, sources);
    const generated = ociMetadata(info);
    const labels = mergeMetadata(generated, inputs.labels);
    const annotations = mergeMetadata(generated, inputs.annotations);
    const files = [];
    if (inputs.jsonFile)
        files.push({ input: 'json-file', path: inputs.jsonFile, content: renderJsonFile(info) });
    if (inputs.jsFile)
        files.push({ input: 'js-file', path: inputs.jsFile, content: renderJsFile(info, inputs.jsGlobal) });
    if (inputs.envFile)
        files.push({ input: 'env-file', path: inputs.envFile, content: renderEnvFile(info) });
    // Under the runner files stay in the workspace or the runner's temp folder; the CLI writes
    // where its user asks, as any command on their own machine does.
    const roots = rt.kind === 'github-actions'
        ? [sources.context.workspace, rt.env.RUNNER_TEMP].filter((root) => !!root)
        : undefined;
    const written = writeFilesAtomically(files, sources.context.workspace, roots);
    const jsonFile = inputs.jsonFile ? written[0] : '';
    writeOutputs(rt, 'build-info', buildInfoOutputs(info, { labels, annotations, jsonFile }));
    if (inputs.exportEnv)
        for (const [name, value] of buildArgs(info))
            rt.exportVariable(name, value);
    // Each value once, shortened: a version of any length never floods the log.
    const tagNote = info.imageTag === info.version ? '' : ` (image tag ${(0,cib_error/* quoteForMessage */.Hx)(info.imageTag, 40)})`;
    rt.log.info(`Build info: version ${(0,cib_error/* quoteForMessage */.Hx)(info.version)}${tagNote}, commit ${info.commit}, date ${info.buildDate}`);
    for (const file of written)
        rt.log.info(`Wrote ${file}`);
    rt.appendSummary(buildInfoSummary(info, written, inputs.exportEnv));
}
async function verify(rt, inputs, options, sources) {
    const commit = await resolveCommit(inputs.commit, sources);
    const short = (0,build_info_commit/* shortCommit */.Ax)(commit, inputs.shortShaLength);
    const shownUrl = (0,verify_request/* splitUrlCredentials */.C)(options.url).url.href;
    rt.log.info(`Waiting for ${shownUrl} to report commit ${short} in ${options.field}`);
    // Loaded here: the HTTP client (node:http, node:stream) costs start-up to every other run.
    const { verifyDeployment } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.bind(__nccwpck_require__, 815));
    const result = await verifyDeployment({
        url: options.url,
        field: options.field,
        commit,
        minShortLength: inputs.shortShaLength,
        timeoutSeconds: options.timeoutSeconds,
        intervalSeconds: options.intervalSeconds,
        token: options.token || undefined,
    }, { now: () => rt.now().getTime(), log: rt.log });
    rt.log.info(`${result.url} reports ${options.field} = ${result.seen}: verified after ${result.attempts} attempt(s)`);
    const verified = {
        url: shownUrl,
        field: options.field,
        commit,
        shortCommit: short,
        ref: sources.context.ref,
        seen: result.seen,
        document: result.document,
        attempts: result.attempts,
    };
    writeOutputs(rt, 'build-info', verifyOutputs(verified));
    rt.appendSummary(verifySummary(verified));
}

;// CONCATENATED MODULE: ./actions/build-info/main.ts


void runMain('build-info', run);

