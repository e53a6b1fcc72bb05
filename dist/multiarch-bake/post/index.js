import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2332:
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

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   execProcess: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2332);
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

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Sh: () => (/* binding */ formatRepository),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   ci: () => (/* binding */ isDockerHubHost),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony exports isRegistryHost, isValidTag, MalformedReferenceError, parseReference, withTag, withDigest, sameRepository */
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2332);
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
class MalformedReferenceError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    reason;
    constructor(text, reason) {
        super(`${(0,_errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(text)} is not an image reference: ${reason}`, {
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
            throw malformed(text, `the digest ${quoteForMessage(digest)} is not sha256:<64 hex digits>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/') && !rest.slice(colon).includes(']')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag)) {
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


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


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

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

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
function workflow_commands_formatCommand(command, properties, message) {
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
    const issue = (command, message, properties = {}) => write(workflow_commands_formatCommand(command, properties, message) + EOL);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
var exec = __nccwpck_require__(8534);
;// CONCATENATED MODULE: ./packages/core/src/git/head-commit.ts

/** The full SHA of HEAD in `cwd`. Throws when git is missing or `cwd` is not a checkout. */
async function head_commit_readHeadCommit(exec, cwd) {
    const { stdout } = await exec('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd,
        timeoutMs: 15_000,
    });
    const sha = stdout.trim();
    if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new CibError(`git rev-parse HEAD in ${cwd} printed ${quoteForMessage(sha)}, not a commit SHA`);
    }
    return sha;
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __nccwpck_require__(908);
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
        return JSON.parse(readFileSync(file, 'utf8'));
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
function ci_context_readCiContext(env) {
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
function ci_context_headCommit(context) {
    return context.pullRequest?.headSha || context.sha;
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
        throw new CibError(`Environment variable SOURCE_DATE_EPOCH is ${quoteForMessage(value)}: expected a whole number of seconds since 1970-01-01 UTC`, { hint: 'Fix or unset SOURCE_DATE_EPOCH, or set the build-date input' });
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
        throw new InputError(input, value, EXPECTED);
    const impossible = impossibleField(match);
    if (impossible)
        throw new InputError(input, value, `${EXPECTED}, a date and time that exist`, `Here ${impossible}`);
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new InputError(input, value, EXPECTED);
    return date;
}
/** The build date: the input when given, else SOURCE_DATE_EPOCH, else `now`. */
function build_date_resolveBuildDate(given, sourceDateEpoch, now) {
    return formatBuildDate(given ?? parseSourceDateEpoch(sourceDateEpoch) ?? now);
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/plain-value.ts
// Values that travel as build args, label lines, dotenv lines and outputs must be one line of
// printable text: a newline would silently start a new `KEY=value` line downstream.

/** Whether `value` is one line without control characters. */
function plain_value_isPlainValue(value) {
    return !/[\u0000-\u001f\u007f]/.test(value);
}
/** `value` unchanged; an InputError naming `input` when it holds a newline or control character. */
function requirePlainValue(input, value) {
    if (!plain_value_isPlainValue(value))
        throw new InputError(input, value, 'a single line without control characters');
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


const CACHE_BUST_MODES = (/* unused pure expression or super */ null && (['commit', 'run', 'timestamp']));
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
        throw new InputError(input, value, `${expected}; a literal is one line of 1 to ${MAX_LITERAL_LENGTH} characters`);
    }
    if (literal === value && LOOKS_LIKE_A_MODE.test(value)) {
        throw new InputError(input, value, expected, `${suggestion(value)}A bare word is taken for a mistyped mode: write ${LITERAL_PREFIX}${value} to use it as written`);
    }
    return { mode: 'literal', value: literal };
}
/** The CACHE_BUST value for `cacheBust`. */
function cache_bust_resolveCacheBust(input, cacheBust, sources) {
    switch (cacheBust.mode) {
        case 'commit':
            return sources.commit;
        case 'run':
            if (!sources.runId) {
                throw new InputError(input, 'run', 'commit, timestamp or a literal value here', 'There is no run id (GITHUB_RUN_ID or CI_PIPELINE_ID is not set)');
            }
            return `${sources.runId}-${sources.runAttempt || '1'}`;
        case 'timestamp':
            return String(Math.floor(sources.now.getTime() / 1000));
        case 'literal':
            return cacheBust.value;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/build-info/commit.ts
// Commit SHAs: validating one given by the user, abbreviating it, and deciding whether a value
// a deployment reports (full or abbreviated) names the commit we expect.

/** SHA-1 (40) or SHA-256 (64) object names, or an abbreviation of at least 7 hex digits. */
const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;
/** The commit as given in `input`, lower-cased; an InputError unless it is 7-64 hex digits. */
function parseCommit(input, value) {
    const commit = value.trim().toLowerCase();
    if (!COMMIT_PATTERN.test(commit))
        throw new InputError(input, value, 'a commit SHA (7 to 64 hex digits)');
    return commit;
}
/** The first `length` characters of a commit (the whole commit when it is shorter). */
function commit_shortCommit(commit, length) {
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
function tag_prefix_stripV(text) {
    return /^[vV]\d/.test(text) ? text.slice(1) : text;
}
/**
 * The image tags a version may be pushed as, in the order to try them (no duplicates), each
 * written as a valid tag by `imageTagFor` (`v1.2.3+build.7` -> `v1.2.3_build.7`, `1.2.3_build.7`).
 */
function candidateImageTags(versionText, prefix) {
    const bare = tag_prefix_stripV(versionText);
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
function version_deriveVersion(context, short) {
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
        throw new CibError(`Cannot tell which commit this is: ${why}`, { hint: 'Set the commit input' });
    try {
        return await sources.readGitHead();
    }
    catch (error) {
        throw new CibError(`Cannot tell which commit this is: ${why} and git rev-parse HEAD failed (${errorMessage(error)})`, {
            hint: 'Set the commit input',
        });
    }
}
/** The image tag for `version`; an error when nothing usable is left of it. */
function imageTagOf(version, given) {
    const tag = imageTagFor(version);
    if (tag)
        return tag;
    const expected = 'a version or name with a letter or digit, so that it gives a valid image tag';
    if (given)
        throw new InputError('version', version, expected);
    throw new CibError(`The version derived from the ref is ${JSON.stringify(version)}, which gives no image tag`, {
        hint: 'Set the version input',
    });
}
/** The build-info record for this run. */
async function compute_computeBuildInfo(options, sources) {
    const { context } = sources;
    const commit = await resolveCommit(options.commit, sources);
    const short = shortCommit(commit, options.shortShaLength);
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
function inputs_readString(inputs, name, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value !== '')
        return value;
    if (options.required)
        throw new InputError(label, value, 'a value (this input is required)');
    return options.fallback ?? '';
}
const TRUE_VALUES = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE_VALUES = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
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
function inputs_readBoolean(inputs, name, fallback = false, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new InputError(label, value, 'true or false');
}
/** One of `allowed`, compared as written. */
function inputs_readEnum(inputs, name, allowed, fallback, options = {}) {
    const { value, label } = inputs_valueOf(inputs, name, options);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(label, value, `one of ${allowed.join(', ')}`);
}
/** The input, else the environment variable the original pipeline read, else `fallback`; one of `allowed`. */
function readWithEnv(inputs, name, variable, allowed, fallback) {
    return inputs_readEnum(inputs, name, allowed, fallback, { env: variable });
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
function inputs_readList(inputs, name, options = {}) {
    return splitList(inputs_valueOf(inputs, name, options).value);
}
/** Non-comment, non-blank lines, trimmed (for values that may themselves contain commas). */
function inputs_readLines(inputs, name, options = {}) {
    return numberedLines(inputs_valueOf(inputs, name, options).value).map(({ text }) => text);
}
/** `key=value` lines; `keyPattern` checks the keys. Later lines win; errors give the line as written. */
function inputs_readKeyValues(inputs, name, keyPattern = /^[A-Za-z0-9_.\-/]+$/) {
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
    const items = inputs_readList(inputs, name);
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

// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __nccwpck_require__(9661);
;// CONCATENATED MODULE: ./packages/core/src/bake/platforms.ts
// The `platforms` input of multiarch-bake: `os/arch[/variant]` items checked against the platforms
// BuildKit can build (a typo such as linux/amd46 fails before anything runs), normalised the way
// containerd does (linux/arm64/v8 is linux/arm64, linux/arm is linux/arm/v7) and de-duplicated.


/** Platforms BuildKit builds (natively or under QEMU), in normal form. */
const KNOWN_PLATFORMS = (/* unused pure expression or super */ null && ([
    'linux/amd64',
    'linux/amd64/v2',
    'linux/amd64/v3',
    'linux/amd64/v4',
    'linux/arm64',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/arm/v5',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
    'linux/mips64le',
    'linux/mips64',
    'linux/loong64',
    'windows/amd64',
    'windows/arm64',
]));
/** Parses and normalises platform items; throws naming `input` for the first unknown one. */
function platforms_parsePlatforms(input, items) {
    const result = [];
    for (const item of items) {
        const parsed = parsePlatform(item);
        const normal = parsed ? formatPlatform(normalisePlatform(parsed)) : undefined;
        if (!normal || !KNOWN_PLATFORMS.includes(normal)) {
            throw new InputError(input, item, `platforms written os/arch[/variant] from: ${KNOWN_PLATFORMS.join(', ')}`, 'linux/arm64/v8 and linux/arm are accepted and become linux/arm64 and linux/arm/v7');
        }
        if (!result.includes(normal))
            result.push(normal);
    }
    return result;
}
/** The parts of a normal-form platform. */
function platforms_platformParts(platform) {
    const [os, arch, variant = ''] = platform.split('/');
    return { os, arch, variant };
}
/** A platform as a name part: `linux/arm/v7` -> `linux-arm-v7`. */
function platforms_platformSlug(platform) {
    return platform.replace(/\//g, '-');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/cache-scope.ts
// Cache scopes that never collide: one per target and platform set, so targets, platforms and
// per-platform matrix jobs each read and write their own cache (docker/bake-action passes one
// scope to every target, and matrix jobs overwrite each other's cache). The user's `cache-scope`
// is a prefix, never a replacement, for the same reason.

const MAX_SCOPE = 128;
/** A scope safe as a registry tag, a directory name and a GHA scope: [A-Za-z0-9_.-], <= 128. */
function sanitiseScope(text) {
    let safe = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (safe === '')
        safe = 'cache';
    if (safe.length <= MAX_SCOPE)
        return safe;
    // Long scopes keep a readable start and a hash of the whole, so two long names stay apart.
    let hash = 0;
    for (const char of text)
        hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
    return `${safe.slice(0, MAX_SCOPE - 9)}-${hash.toString(16).padStart(8, '0')}`;
}
/** `[<prefix>-]<target>-<platforms>`, e.g. `app-linux-amd64-linux-arm64`. */
function cache_scope_cacheScope(target, platforms, prefix = '') {
    const parts = [prefix, target, ...platforms.map(platformSlug)].filter((part) => part !== '');
    return sanitiseScope(parts.join('-'));
}

;// CONCATENATED MODULE: ./packages/core/src/bake/cache-backend.ts
// The cache settings of one target for each backend, with the target's own scope (cache-scope.ts):
// `gha` puts it in the scope attribute; `registry` makes it the cache tag (`<cache-ref>:<scope>`)
// with image-manifest=true,oci-mediatypes=true, which ECR needs; `local` gives each scope its own
// directory, exported to `<scope>.new` and rotated over the old one after the build, because
// BuildKit's local exporter only ever adds blobs and the folder would grow without bound.



const cache_backend_CACHE_BACKENDS = (/* unused pure expression or super */ null && (['gha', 'registry', 'local', 'none']));
/** The cache entries of `target` built for `platforms`. */
function cache_backend_targetCache(settings, target, platforms) {
    const scope = cacheScope(target, platforms, settings.scopePrefix);
    const mode = `mode=${settings.mode}`;
    switch (settings.backend) {
        case 'gha':
            // buildx adds url and token (ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN) from the step's
            // environment itself, so no secret is ever written into the definition.
            return { backend: 'gha', scope, from: [`type=gha,scope=${scope}`], to: [`type=gha,scope=${scope},${mode}`] };
        case 'registry': {
            const ref = `${settings.ref}:${scope}`;
            return {
                backend: 'registry',
                scope,
                from: [`type=registry,ref=${ref}`],
                to: [`type=registry,ref=${ref},${mode},image-manifest=true,oci-mediatypes=true`],
            };
        }
        case 'local': {
            const localDir = join(settings.localRoot ?? '.', scope);
            const localNewDir = `${localDir}.new`;
            return {
                backend: 'local',
                scope,
                // A missing source folder is an import error in BuildKit: read it only once it exists.
                from: existsSync(join(localDir, 'index.json')) ? [`type=local,src=${localDir}`] : [],
                to: [`type=local,dest=${localNewDir},${mode}`],
                localDir,
                localNewDir,
            };
        }
        case 'none':
            return { backend: 'none', scope, from: [], to: [] };
    }
}
/** Target x platform builds over which `mode=max` on GHA is likely to crowd the 10 GB limit. */
const MAX_MODE_WARNING_BUILDS = 4;
/** A warning when many builds export every layer to the repository's GitHub cache, else undefined. */
function cache_backend_cacheSizeWarning(settings, platformsPerTarget) {
    const builds = platformsPerTarget.reduce((sum, count) => sum + count, 0);
    if (settings.backend !== 'gha' || settings.mode !== 'max' || builds <= MAX_MODE_WARNING_BUILDS)
        return undefined;
    return (`cache-mode max exports every layer of ${builds} target/platform builds to the GitHub cache, which holds 10 GB per ` +
        'repository by default and evicts the oldest entries beyond it; consider cache-mode: min or cache: registry');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/entitlements.ts
// `--allow` entries for bake: the user's, plus the filesystem entitlements our own files need
// where buildx checks them (from 0.19; an error from 0.20): reading the folder of our generated
// definition, reading and writing the local cache folder. buildx before 0.17 has no `--allow`
// on bake, so user entries there are an error rather than a silent drop.

const ENTITLEMENT = /^(network\.host|security\.insecure|device(=.+)?|ssh(=.+)?|fs(\.read|\.write)?=.+)$/;
/** Checks the `allow` input items against the entitlements bake knows. */
function entitlements_checkAllow(items) {
    for (const item of items)
        if (!ENTITLEMENT.test(item))
            throw new InputError('allow', item, 'bake entitlements: network.host, security.insecure, device[=...], ssh[=...], fs=<path>, fs.read=<path>, fs.write=<path>');
}
/** Every `--allow` entry for this build. */
function entitlements_allowEntries(features, user, ours) {
    if (!features.bakeAllow) {
        if (user.length > 0)
            throw new InputError('allow', user.join(','), `nothing with buildx ${features.version.text} (bake --allow needs buildx 0.17 or newer)`);
        return [];
    }
    const entries = [...user];
    if (features.fsEntitlements) {
        for (const dir of ours.readDirs)
            entries.push(`fs.read=${dir}`);
        for (const dir of ours.writeDirs)
            entries.push(`fs.write=${dir}`);
    }
    return [...new Set(entries)];
}

;// CONCATENATED MODULE: ./packages/core/src/bake/local-cache.ts
// The `local` cache backend across jobs: one directory per scope under one root, restored with
// @actions/cache before the build and saved in the post step. After a successful build the new
// export (`<scope>.new`) replaces the old directory, so the cache holds one build's blobs and never
// grows without bound. Without a reachable cache service (not on GitHub, or the service down)
// restore and save warn and the step goes on: a cache is never worth failing a build for.


/** `cib-bake-<scopes>-` and the run-unique save key. */
function local_cache_localCacheKeys(scopes, run) {
    const prefix = `cib-bake-${[...scopes].sort().join('+')}-`;
    return { prefix, key: `${prefix}${run.runId || 'local'}-${run.runAttempt || '1'}` };
}
async function loadCache() {
    // Heavy (Azure storage, HTTP clients): loaded only when the local backend is used.
    return __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
}
/** Restores the directories; returns the key that was restored, if any. */
async function local_cache_restoreLocalCache(dirs, keys, log) {
    try {
        const cache = await loadCache();
        if (!cache.isFeatureAvailable()) {
            log.info('Local cache: no GitHub cache service here (ACTIONS_RESULTS_URL unset), starting from the runner folder');
            return undefined;
        }
        const restored = await cache.restoreCache([...dirs], keys.key, [keys.prefix]);
        log.info(restored ? `Local cache restored from ${restored}` : 'Local cache: nothing saved yet for these scopes');
        return restored;
    }
    catch (error) {
        log.warning(`Local cache was not restored: ${errorMessage(error)}`);
        return undefined;
    }
}
/** After a successful build: each target's new export replaces its old directory. */
function local_cache_rotateLocalCache(caches) {
    for (const cache of caches) {
        if (cache.backend !== 'local' || !cache.localDir || !cache.localNewDir || !existsSync(cache.localNewDir))
            continue;
        rmSync(cache.localDir, { recursive: true, force: true });
        renameSync(cache.localNewDir, cache.localDir);
    }
}
/** Post step: saves the directories; any failure is a warning, never a failed step. */
async function saveLocalCache(state, log) {
    const dirs = state.dirs.filter((dir) => (0,external_node_fs_.existsSync)(dir));
    if (dirs.length === 0) {
        log.info('Local cache: nothing to save (no build wrote it)');
        return;
    }
    try {
        const cache = await loadCache();
        if (!cache.isFeatureAvailable()) {
            log.warning('Local cache not saved: no GitHub cache service is reachable here (ACTIONS_RESULTS_URL unset)');
            return;
        }
        // saveCache reports most failures (an existing key, a rate limit, an upload error) by logging
        // them itself and returning -1, not by throwing.
        const id = await cache.saveCache(dirs, state.key);
        if (id > 0)
            log.info(`Local cache saved as ${state.key}`);
        else
            log.warning(`Local cache not saved as ${state.key} (see the messages above)`);
    }
    catch (error) {
        log.warning(`Local cache not saved: ${(0,cib_error/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/bake/matrix.ts
// The `matrix` output: one job per target and platform for a following job's `strategy.matrix`,
// each with the runner to use. arm64 and arm/v7 go to GitHub's hosted arm runners (generally
// available for public repositories since 2025-08, as docker/github-builder does), everything
// else to ubuntu-24.04; `runners` (`platform=label` lines) overrides any of them. GitHub runs at
// most 256 jobs from one matrix: a bigger one is still written (a later job may split it), with a
// warning, since `strategy.matrix: ${{ fromJSON(...) }}` on it fails the workflow.


/** The default runner label for a platform. */
function defaultRunner(platform) {
    return platformParts(platform).arch.startsWith('arm') ? 'ubuntu-24.04-arm' : 'ubuntu-24.04';
}
/** Parses `runners` (`platform=label`), platforms normalised as in `platforms`. */
function matrix_parseRunners(input, entries) {
    const runners = new Map();
    for (const [platform, label] of entries) {
        if (!/^[A-Za-z0-9_.-]+$/.test(label))
            throw new InputError(input, `${platform}=${label}`, 'platform=runner-label lines');
        runners.set(parsePlatforms(input, [platform])[0], label);
    }
    return runners;
}
/** `{"include": [...]}` for target x platform. */
function matrix_buildMatrix(plan, runners) {
    const include = [];
    for (const { target, platforms } of plan)
        for (const platform of platforms)
            include.push({ target, platform, runner: runners.get(platform) ?? defaultRunner(platform) });
    return { include };
}
/** GitHub's limit on the jobs one matrix makes (github.com and GHES alike). */
const MAX_MATRIX_JOBS = 256;
/** The warning for a matrix GitHub would refuse as a job's strategy; undefined when it fits. */
function matrix_matrixWarning(matrix) {
    const jobs = matrix.include.length;
    if (jobs <= MAX_MATRIX_JOBS)
        return undefined;
    return (`The matrix output has ${jobs} jobs (target x platform): GitHub runs at most ${MAX_MATRIX_JOBS} jobs from one ` +
        'matrix, so a job using it as strategy.matrix fails. Bake fewer targets per run or split the matrix.');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/report.ts
// What a bake produced, for people and for later steps: the job summary (target, platforms,
// tags, digest, duration, cache hit ratio, cache backend and scope, the failed target and
// platform), the `report` JSON file, and the error a failed build ends the step with.


/** The failed step's target and platform, filled in where the bake has only one. */
function failedAt(result) {
    const failure = result.failure;
    if (!failure)
        return {};
    const target = failure.target ?? (result.plan.length === 1 ? result.plan[0].target : undefined);
    const platforms = result.plan.find((t) => t.target === target)?.platforms ?? [];
    return { target, platform: failure.platform ?? (platforms.length === 1 ? platforms[0] : undefined) };
}
function report_bakeReport(result) {
    const report = {
        buildx: result.features.version.text,
        command: result.command,
        durationSeconds: result.durationSeconds,
        attempts: result.attempts,
        cacheHitRatio: result.ratios.overall.ratio,
        targets: result.plan.map((plan) => ({
            target: plan.target,
            platforms: plan.platforms,
            tags: plan.tags,
            digest: result.digests[plan.target],
            images: result.images[plan.target] ?? [],
            durationSeconds: result.targetSeconds[plan.target],
            cache: plan.cache ? { backend: plan.cache.backend, scope: plan.cache.scope } : { backend: 'bake file' },
            cacheHitRatio: result.ratios.entries
                .filter((entry) => entry.target === plan.target)
                .map(({ platform, steps, cached, ratio }) => ({ platform, steps, cached, ratio })),
        })),
    };
    if (result.failure)
        report.failed = { ...failedAt(result), step: result.failure.name, error: result.failure.error };
    return report;
}
function ratioText(entries) {
    return entries.map((e) => `${e.platform}: ${e.ratio.toFixed(2)} (${e.cached}/${e.steps})`).join('<br>');
}
/** The job summary markdown. */
function report_bakeSummary(report, dryRun) {
    let markdown = heading(dryRun ? 'multiarch-bake plan (dry run, nothing built)' : 'multiarch-bake');
    if (report.failed)
        markdown += `**Failed:** target ${code(report.failed.target ?? '?')}, platform ${code(report.failed.platform ?? '?')}, step ${code(report.failed.step)}: ${report.failed.error}\n\n`;
    markdown += table(['Target', 'Platforms', 'Tags', 'Digest', 'Duration', 'Cache hit ratio', 'Cache'], report.targets.map((t) => [
        t.target,
        t.platforms.join(', '),
        t.tags.join(', '),
        t.digest ?? '',
        t.durationSeconds === undefined ? '' : `${t.durationSeconds.toFixed(2)} s`,
        ratioText(t.cacheHitRatio),
        t.cache.scope ? `${t.cache.backend} (${t.cache.scope})` : t.cache.backend,
    ]));
    if (!dryRun)
        markdown +=
            `\nDuration ${report.durationSeconds.toFixed(2)} s, cache hit ratio ${report.cacheHitRatio.toFixed(2)}, buildx ${report.buildx}` +
                `${report.attempts > 1 ? `, ${report.attempts} attempts (the registry refused a push for now)` : ''}.\n`;
    return markdown;
}
/** The error a failed bake ends the step with: where it failed and its last lines. */
function report_bakeFailureError(result) {
    const failure = result.failure;
    const where = failedAt(result);
    const place = [where.target && `target ${where.target}`, where.platform && `platform ${where.platform}`]
        .filter(Boolean)
        .join(', ');
    const lines = [...(failure?.logTail ?? []).slice(-10), ...(failure?.lastLines ?? [])].join('\n');
    return new CibError(`docker buildx bake failed${place ? ` (${place})` : ''} with exit code ${failure?.exitCode ?? 1}` +
        `${failure?.error ? `: ${failure.error}` : ''}${lines ? `\n${lines}` : ''}`);
}
/** The action's outputs; a dry run gives the plan, the matrix and the report only. */
function report_bakeOutputs(result, matrix, reportFile, dryRun) {
    const plan = {
        'plan-file': result.planFile,
        matrix: JSON.stringify(matrix),
        report: reportFile,
    };
    if (dryRun)
        return plan;
    return {
        ...plan,
        metadata: result.metadata ?? '',
        digests: JSON.stringify(result.digests),
        images: JSON.stringify(result.images),
        'cache-hit-ratio': result.ratios.overall.ratio.toFixed(2),
        'duration-seconds': String(result.durationSeconds),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/bake/bake-files.ts
// Which bake files a build reads. Every file is passed with `-f`, ours last, so buildx's own
// default order (which changed in 0.20) never decides what overrides what. Without the `files`
// input we pass the files buildx would find, in the order this buildx would load them.




const COMPOSE_FILES = (/* unused pure expression or super */ null && (['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']));
/** The file names buildx looks for without `-f`, in its load order. */
function defaultBakeFiles(features) {
    const bake = features.hclBeforeOverrideJson
        ? ['docker-bake.json', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.override.hcl']
        : ['docker-bake.json', 'docker-bake.override.json', 'docker-bake.hcl', 'docker-bake.override.hcl'];
    return [...COMPOSE_FILES, ...bake];
}
/**
 * The files to pass, relative to `workdir` as given: the `files` input (each must exist), else
 * the default files present. Throws before anything runs when a file is missing or none is found.
 */
function bake_files_resolveBakeFiles(given, workdir, features) {
    const at = (file) => (isAbsolute(file) ? file : join(workdir, file));
    if (given.length > 0) {
        for (const file of given) {
            if (!existsSync(at(file)))
                throw new InputError('files', file, `bake files that exist (not found in ${workdir})`);
        }
        return [...given];
    }
    const found = defaultBakeFiles(features).filter((file) => existsSync(at(file)));
    if (found.length === 0)
        throw new CibError(`No bake file in ${workdir} (looked for ${defaultBakeFiles(features).join(', ')})`, {
            hint: 'Add a docker-bake.hcl or name your files in the "files" input',
        });
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/buildx-program.ts
// How the action reaches buildx (`version`, `bake --print`, the bake itself): straight to the
// buildx CLI plugin when we find it where the docker CLI looks, else through `docker buildx`.
// Through the docker CLI each call costs a process more and ~50 ms (the CLI starts, asks the
// plugin for its metadata with a second buildx process, then re-executes it; more on a busy
// machine); buildx run directly works standalone (it is a plugin only when the CLI re-executes
// it, DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set) and reads DOCKER_HOST, DOCKER_CONTEXT and
// DOCKER_CONFIG itself, with the same commands and flags. The plan and the log still show the
// build as `docker buildx bake ...`, the command a user types to get the same build.



/** The docker CLI's own plugin folders on Linux, after the user's (cli/cli-plugins/manager). */
const SYSTEM_PLUGIN_DIRS = (/* unused pure expression or super */ null && ([
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
]));
const buildx_program_DOCKER_BUILDX = { command: 'docker', prefix: ['buildx'] };
function executable(file) {
    try {
        accessSync(file, constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The folders the docker CLI searches, in its order: the config's, its extra dirs, the system's. */
function pluginDirs(env) {
    const configDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
    let extra = [];
    try {
        const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
        extra = config.cliPluginsExtraDirs ?? [];
    }
    catch {
        // No config.json, or not JSON: the docker CLI then uses the defaults too.
    }
    return [join(configDir, 'cli-plugins'), ...extra, ...SYSTEM_PLUGIN_DIRS];
}
/** The buildx plugin the docker CLI would run, called directly; `docker buildx` when not found. */
function buildx_program_findBuildx(env) {
    for (const dir of pluginDirs(env)) {
        const candidate = join(dir, 'docker-buildx');
        if (executable(candidate))
            return { command: candidate, prefix: [] };
    }
    return buildx_program_DOCKER_BUILDX;
}
/** `docker`-style argv (`buildx bake ...`) for `program`: its command and arguments. */
function buildx_program_buildxArgv(program, dockerArgs) {
    const [first, ...rest] = dockerArgs;
    if (first !== 'buildx')
        throw new Error(`not a buildx command: ${dockerArgs.join(' ')}`);
    return [program.command, [...program.prefix, ...rest]];
}

;// CONCATENATED MODULE: ./packages/core/src/bake/builder-driver.ts
// The driver of the builder a bake would use, read from `buildx inspect` (docs reference
// "buildx inspect": a `Driver:` line). Asked only when an input depends on it: push-by-digest,
// which buildx refuses on the `docker` driver whatever the engine's image store (build/opt.go:
// "push-by-digest is currently not implemented for docker driver, please create a new builder
// instance"; measured with buildx 0.13.1 and dockerd 26.1.5 with the containerd store here).


/** `buildx inspect` of the builder (the current one when `builder` is empty); its name and driver. */
async function builder_driver_inspectBuilder(exec, program, builder, env) {
    const [command, args] = buildxArgv(program, ['buildx', 'inspect', ...(builder ? ['--builder', builder] : [])]);
    const { stdout } = await exec(command, args, { env, timeoutMs: 60_000 });
    const field = (key) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(stdout)?.[1] ?? '';
    return { name: field('Name'), driver: field('Driver') };
}
/** push-by-digest on a builder whose driver cannot do it: one clear error before anything runs. */
function builder_driver_checkPushByDigestDriver(builder) {
    if (builder.driver !== 'docker')
        return;
    throw new InputError('push-by-digest', 'true', `a builder whose driver can push by digest (docker-container, remote or kubernetes); builder "${builder.name}" uses the docker driver, on which buildx cannot push by digest`, 'Create one first (docker/setup-buildx-action, or docker buildx create --driver docker-container --use) and pass its name in "builder", or set push-by-digest: false');
}

;// CONCATENATED MODULE: ./packages/core/src/bake/buildx-features.ts
// What the installed buildx can do, read once from `docker buildx version`. buildx 0.13 (Debian
// 13) and the 0.2x/0.3x on GitHub's runners differ; every difference the action depends on is
// decided here, from the buildx release notes:
// - `--progress rawjson`: 0.13.0 ("rawjson progress output"); older ones get plain and `CACHED`.
// - `--call` / `--check` on bake: 0.16.0 (release notes 0.16.0: "Bake command now supports --call
//   and --check flags", docker/buildx#2556; `build --call` came in 0.15.0, docker/buildx#2498).
//   0.13.1 rejects the flag as cobra does: `ERROR: unknown flag: --call` (exit 1) run as the
//   plugin, `unknown flag: --call` (exit 125) through the docker CLI.
// - `--allow` on bake: 0.17.0 (docker/buildx#2666, "bake: enable support for entitlements").
// - filesystem entitlements (`--allow fs.read=/fs.write=`): warned about from 0.19.0, enforced
//   from 0.20.0 ("bake: filesystem entitlement checks enabled by default").
// - GitHub Actions cache service v2: 0.21.0; the v1 service was shut down on 2025-04-15, so an
//   older buildx cannot use `type=gha` on github.com at all.
// - default file order without `-f`: docker-bake.override.json before docker-bake.hcl until
//   0.19, after it from 0.20.

/** Parses `docker buildx version` output (`github.com/docker/buildx v0.19.3 48d6a39`). */
function buildx_features_parseBuildxVersion(output) {
    const match = /buildx\s+v?(\d+)\.(\d+)\.(\d+)(\S*)/.exec(output);
    if (!match)
        throw new CibError(`Could not read the buildx version from "docker buildx version": ${output.trim().slice(0, 200)}`, {
            hint: 'Install docker buildx (docker/setup-buildx-action) and run again',
        });
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: Number(match[3]),
        text: `${match[1]}.${match[2]}.${match[3]}${match[4]}`,
    };
}
function atLeast(version, minor) {
    return version.major > 0 || version.minor >= minor;
}
/** The features of a buildx version. */
function buildx_features_buildxFeatures(version) {
    return {
        version,
        rawjsonProgress: atLeast(version, 13),
        call: atLeast(version, 16),
        bakeAllow: atLeast(version, 17),
        fsEntitlements: atLeast(version, 19),
        ghaCacheV2: atLeast(version, 21),
        hclBeforeOverrideJson: atLeast(version, 20),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/bake/tag-suffix.ts
// `platform-tag-suffix`: one platform per job, every tag gets a suffix naming it, so per-platform
// jobs push `app:1.2.3-amd64`, `app:1.2.3-arm64`, `app:1.2.3-armv7` for manifest-merge to join.
// Placeholders: {os}, {arch}, {variant}, {platform} (`linux-arm-v7`).



const PLACEHOLDER = /\{(os|arch|variant|platform)\}/g;
/** Checks the template; throws naming the input for unknown placeholders or tag-unsafe text. */
function tag_suffix_checkTagSuffix(input, template) {
    const unknown = /\{(?!(?:os|arch|variant|platform)\})[^}]*\}/.exec(template);
    if (unknown)
        throw new InputError(input, template, 'a suffix with the placeholders {os}, {arch}, {variant}, {platform}', `${unknown[0]} is not one`);
    if (!isValidTag(`x${tag_suffix_expandTagSuffix(template, 'linux/arm/v7')}`))
        throw new InputError(input, template, 'a suffix made of letters, digits, "_", "." and "-" (it ends image tags)');
}
/** The suffix for `platform`: `-{arch}{variant}` and linux/arm/v7 give `-armv7`. */
function tag_suffix_expandTagSuffix(template, platform) {
    const parts = platformParts(platform);
    const values = { ...parts, platform: platformSlug(platform) };
    return template.replace(PLACEHOLDER, (_, key) => values[key]);
}
/** `ghcr.io/o/app:1.2.3` + `-arm64` -> `ghcr.io/o/app:1.2.3-arm64`; no tag means `latest`. */
function tag_suffix_suffixTag(reference, suffix) {
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    return colon > slash ? `${reference}${suffix}` : `${reference}:latest${suffix}`;
}
/** The repository part of a tag reference (`ghcr.io/o/app:1` -> `ghcr.io/o/app`). */
function tag_suffix_repositoryOf(reference) {
    const withoutDigest = reference.split('@')[0];
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/metadata.ts
// Reads the `--metadata-file` buildx writes: per target `containerimage.digest` (the pushed
// manifest, or the index for several platforms: the digest the registry serves for the tag) and
// `image.name` (comma-separated references). From it: the `digests` and `images` outputs that
// docker/bake-action never gives (its #279).


/** The metadata file's content; undefined when buildx wrote none (a failed or check-only build). */
function metadata_readMetadataFile(file) {
    if (!existsSync(file))
        return undefined;
    const raw = readFileSync(file, 'utf8');
    return { raw, targets: JSON.parse(raw) };
}
/** target -> digest, for the targets that produced an image. */
function metadata_digestsOf(targets) {
    const digests = {};
    for (const [target, meta] of Object.entries(targets)) {
        const digest = meta['containerimage.digest'];
        if (typeof digest === 'string' && digest.startsWith('sha256:'))
            digests[target] = digest;
    }
    return digests;
}
/** target -> `repository@digest` for every image name the target was pushed or loaded as. */
function metadata_imagesOf(targets) {
    const images = {};
    for (const [target, digest] of Object.entries(metadata_digestsOf(targets))) {
        const names = String(targets[target]['image.name'] ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '');
        images[target] = [...new Set(names.map((name) => `${repositoryOf(name)}@${digest}`))];
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/staged-push.ts
// Tags move last, one manifest PUT each. buildx's docker driver (Docker Engine 26, buildx 0.13.1)
// writes the tag more than once in one push (two manifest PUTs under it, measured through the
// hardening suite's fault proxy), so a push cut short left the release tag on an intermediate
// manifest (a single image manifest in one run of test/hardening/bake-push-faults.test.ts) or
// moved it although the step failed. So a pushing target is pushed under a staging tag in each of
// its repositories (`cib-staging-<target>`), and only once the bake has succeeded does each real
// tag get the pushed image, by its digest, in one PUT: a tag holds the complete image or what it
// held before, never half of it.




const STAGING_TAG_PREFIX = 'cib-staging-';
/** One staging reference per repository the tags name: `<repository>:cib-staging-<target>`. */
function staged_push_stagingTags(target, tags) {
    // Tags are at most 128 characters; bake target names only hold characters a tag allows.
    const tag = `${STAGING_TAG_PREFIX}${target}`.slice(0, 128);
    return [...new Set(tags.map(repositoryOf))].map((repository) => `${repository}:${tag}`);
}
/**
 * Points every tag of every staged target at the image the bake pushed (`digests`, from buildx's
 * metadata), copying the manifest bytes as the registry serves them. The client retries what a
 * registry answers with 429/5xx or drops; a tag that still fails is listed, the others still move.
 */
async function staged_push_moveStagedTags(client, targets, digests, log) {
    // Every tag moves at once (each is its own PUT); a repository's manifest is read once.
    const manifests = new Map();
    const outcomes = await Promise.all(targets.flatMap(({ target, tags }) => tags.map(async (tag) => {
        const digest = digests[target];
        if (!digest)
            return { tag, error: `buildx reported no digest for target ${target}` };
        try {
            const ref = parseReference(tag);
            const source = `${repositoryOf(tag)}@${digest}`;
            let manifest = manifests.get(source);
            if (!manifest)
                manifests.set(source, (manifest = client.getManifest(withDigest(ref, digest))));
            const { bytes, mediaType } = await manifest;
            await client.putManifest(ref, bytes, mediaType);
            log.info(`Tagged ${tag} -> ${digest}`);
            return { tag };
        }
        catch (error) {
            return { tag, error: errorMessage(error) };
        }
    })));
    return {
        moved: outcomes.flatMap((o) => (o.error === undefined ? [o.tag] : [])),
        failed: outcomes.flatMap((o) => (o.error === undefined ? [] : [{ tag: o.tag, error: o.error }])),
    };
}
/** The failure when some tags could not be moved: which moved, which kept their old image. */
function staged_push_tagMoveError(moves) {
    const failed = moves.failed.map((f) => `  ${f.tag}: ${f.error}`).join('\n');
    const moved = moves.moved.length ? `\nTagged: ${moves.moved.join(', ')}` : '\nNo tag was moved';
    return new CibError(`The images were pushed, but ${moves.failed.length} tag(s) still hold what they held before:\n${failed}${moved}`, { hint: 'Run the job again: the build is cached and the tags move only to the complete image' });
}
/** Summary lines for the job summary: what was tagged and what was not. */
function staged_push_tagMovesSummary(moves) {
    const lines = [
        ...moves.moved.map((tag) => `- tagged ${code(tag)}`),
        ...moves.failed.map((f) => `- **not tagged** ${code(f.tag)} (kept its previous image): ${f.error}`),
    ];
    return lines.length ? `\n${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./packages/core/src/bake/override-definition.ts
// The bake definition file we generate and pass last (`-f`), so it overrides the user's files
// without touching them: per selected target its platforms, tags (with the platform suffix; a
// push goes to staging tags first, staged-push.ts),
// build args and labels (build-info's as defaults under what the user set, the inputs over all),
// annotations, and its own cache entries. Every target gets every attribute written out, because
// a child inheriting a parent would otherwise pick up what we add to the parent. buildx merges:
// args/labels key by key; tags, platforms, cache-to, output replaced; cache-from appended, even
// onto an inheriting child (measured with buildx 0.13.1: the parent's scope leaked into the
// child's cache-from). So cache-from travels as `--set <target>.cache-from=...` lines instead,
// which replace the list (an empty value clears it) and come before the user's own --set lines.





const DEFAULT_PLATFORM = 'linux/amd64';
function withDefaults(own, defaults, given) {
    const result = {};
    for (const [key, value] of defaults)
        if (own?.[key] === undefined)
            result[key] = value;
    for (const [key, value] of given)
        result[key] = value;
    return result;
}
function mergeAnnotations(own, given) {
    const keyOf = (entry) => entry.slice(0, entry.indexOf('=') >>> 0);
    const kept = (own ?? []).filter((entry) => !given.has(keyOf(entry)));
    return [...kept, ...[...given].map(([key, value]) => `${key}=${value}`)];
}
/** CSV field quoting as buildx reads `output` entries. */
function csvField(value) {
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function planTarget(name, printed, options) {
    const platforms = options.platforms.length > 0
        ? [...options.platforms]
        : printed.platforms?.length
            ? [...printed.platforms]
            : [DEFAULT_PLATFORM];
    if (options.tagSuffix && platforms.length !== 1)
        throw new InputError('platform-tag-suffix', options.tagSuffix, `exactly one platform per job (target ${name} builds ${platforms.join(', ')})`, 'Run one job per platform (see the matrix output) or leave platform-tag-suffix empty');
    if (options.push && options.load && platforms.length > 1)
        throw new InputError('load', 'true', `one platform when push is true too (target ${name} builds ${platforms.join(', ')})`, 'The docker image store loads one platform');
    const baseTags = options.tags.length > 0 ? [...options.tags] : [...(printed.tags ?? [])];
    const tags = options.tagSuffix
        ? baseTags.map((tag) => suffixTag(tag, expandTagSuffix(options.tagSuffix, platforms[0])))
        : baseTags;
    const fileHasCache = (printed['cache-from']?.length ?? 0) + (printed['cache-to']?.length ?? 0) > 0;
    const cache = !options.cacheExplicit && fileHasCache ? undefined : targetCache(options.cache, name, platforms);
    const attributes = {
        platforms,
        args: withDefaults(printed.args, options.defaultArgs, options.args),
        labels: withDefaults(printed.labels, options.defaultLabels, options.labels),
    };
    if (options.annotations.size > 0)
        attributes.annotations = mergeAnnotations(printed.annotations, options.annotations);
    if (cache)
        attributes['cache-to'] = cache.to;
    if (options.pushByDigest) {
        const names = [...new Set(tags.map(repositoryOf))];
        if (names.length === 0)
            throw new CibError(`push-by-digest needs an image name for target ${name}`, {
                hint: 'Give it tags in the bake file or the "tags" input (their repositories are used, without the tags)',
            });
        attributes.tags = [];
        attributes.output = [
            `type=image,${csvField(`name=${names.join(',')}`)},push-by-digest=true,name-canonical=true,push=true`,
        ];
        return [{ target: name, platforms, tags: [], cache }, attributes];
    }
    // A push (without load, which names local images by the tags) goes to staging tags first: the
    // real ones move only to a complete image (staged-push.ts).
    const staging = options.push && !options.load && tags.length > 0 ? stagingTags(name, tags) : undefined;
    attributes.tags = staging ?? tags;
    return [{ target: name, platforms, tags, ...(staging ? { stagingTags: staging } : {}), cache }, attributes];
}
/** The generated definition and the plan of every target `printed` holds. */
function override_definition_buildOverride(printed, options) {
    const definition = { target: {} };
    const targets = [];
    const sets = [];
    for (const [name, target] of Object.entries(printed.target)) {
        const [plan, attributes] = planTarget(name, target, options);
        definition.target[name] = attributes;
        targets.push(plan);
        if (!plan.cache)
            continue;
        if (plan.cache.from.length === 0)
            sets.push(`${name}.cache-from=`);
        for (const entry of plan.cache.from)
            sets.push(`${name}.cache-from=${entry}`);
    }
    return { definition, sets, targets };
}

;// CONCATENATED MODULE: ./packages/core/src/bake/printed-definition.ts
// The user's bake definition as buildx resolves it (`bake --print`, files merged, groups
// expanded, inherits applied, --set applied): the targets that will be built and what the user
// set explicitly, which always wins over our defaults.


/** Parses `bake --print` stdout. */
function printed_definition_parsePrintedDefinition(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new CibError(`"docker buildx bake --print" did not print JSON: ${stdout.trim().slice(0, 300)}`);
    }
    const definition = parsed;
    if (!definition || typeof definition !== 'object' || typeof definition.target !== 'object' || !definition.target)
        throw new CibError('"docker buildx bake --print" printed no targets');
    return definition;
}
/**
 * Turns a failed `bake --print` into the input error it is: an unknown target or group names the
 * `targets` input; anything else (a syntax error in a bake file) is shown as buildx said it.
 */
function printed_definition_printFailure(stderr, targets) {
    const lines = stderr
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '' && !/^#\d+ /.test(line))
        .slice(-10);
    const unknown = /failed to find target (\S+)|target (\S+) not found/i.exec(stderr);
    if (unknown) {
        const name = (unknown[1] ?? unknown[2]).replace(/["']/g, '');
        return new InputError('targets', targets.join(','), 'targets or groups defined in the bake files', `buildx found no "${name}"`);
    }
    return new CibError(`The bake definition could not be read:\n${lines.join('\n')}`, {
        hint: 'Check the bake files, the "set" lines and the "vars" the error names',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/bake/run-bake.ts
// One multiarch bake, start to end: detect buildx's features (`buildx version`) and read the user's
// definition (`bake --print`), side by side; write our override definition and the plan; then
// either print the merged definition (dry run) or build with rawjson progress and read the
// metadata file. Every buildx call goes straight to the buildx plugin when found
// (buildx-program.ts), the build too: the plan and the log show it as the `docker buildx bake`
// command users would type, which runs that same plugin with the same arguments.
// Two processes besides the bake itself (three with push-by-digest, which asks `buildx inspect`
// for the builder's driver); docker/bake-action runs five.

















/** The installed buildx's features, from one `buildx version`. */
async function detectFeatures(exec, env, program = DOCKER_BUILDX) {
    const [command, args] = buildxArgv(program, ['buildx', 'version']);
    const { stdout } = await exec(command, args, { env, timeoutMs: 60_000 });
    return buildxFeatures(parseBuildxVersion(stdout));
}
function checkFeatures(request, features) {
    if (request.cache.backend === 'gha' && !features.ghaCacheV2)
        throw new CibError(`cache: gha needs buildx 0.21 or newer (GitHub's cache service v2; the v1 service was shut down in April 2025), this is ${features.version.text}`, { hint: 'Update buildx (docker/setup-buildx-action) or use cache: registry or local' });
    if (request.call === 'check' && !features.call)
        throw new CibError(`call: check needs buildx 0.16 or newer, this is ${features.version.text}`, {
            hint: 'Update buildx (docker/setup-buildx-action) or leave call at build',
        });
}
function bakeEnv(deps, vars) {
    return { ...deps.env, ...Object.fromEntries(vars) };
}
/** Plans and runs the bake; a failed build is returned (with `failure`), not thrown. */
async function run_bake_runBake(request, deps) {
    const env = bakeEnv(deps, request.vars);
    // Given files must exist before anything runs; the default files depend on the version.
    if (request.files.length > 0)
        resolveBakeFiles(request.files, request.workdir, { hclBeforeOverrideJson: false });
    // `buildx version` and `bake --print` of the user's definition run side by side: without the
    // files input, --print lets this buildx find its own default files in its own order, which is
    // exactly what we then pass with -f. Neither builds anything.
    const userFlags = { ...request, files: request.files, allow: [] };
    const program = findBuildx(env);
    const [printCommand, printArgv] = buildxArgv(program, printArgs(userFlags));
    // --print takes longer (it reads and merges the files): started first, as each start costs a fork.
    const printing = deps.exec(printCommand, printArgv, {
        cwd: request.workdir,
        env,
        allowFailure: true,
        timeoutMs: 120_000,
    });
    const [features, printed, builder] = await Promise.all([
        detectFeatures(deps.exec, env, program),
        printing,
        // push-by-digest depends on the builder's driver: a third quick question, asked only then.
        request.pushByDigest && request.call === 'build'
            ? inspectBuilder(deps.exec, program, request.builder, env)
            : Promise.resolve(undefined),
    ]);
    checkFeatures(request, features);
    if (builder)
        checkPushByDigestDriver(builder);
    const files = resolveBakeFiles(request.files, request.workdir, features);
    const flags = { ...request, files, allow: [] };
    if (printed.exitCode !== 0)
        throw printFailure(printed.stderr, request.targets);
    const printedDefinition = parsePrintedDefinition(printed.stdout);
    let override = buildOverride(printedDefinition, request);
    if (!request.dryRun && deps.beforeBuild) {
        await deps.beforeBuild(override.targets);
        // A restored local cache exists only now: plan again so the definition imports it
        // (cache-from names a local directory only once it holds an index.json).
        override = buildOverride(printedDefinition, request);
    }
    const warning = cacheSizeWarning(request.cache, override.targets.map((t) => (t.cache ? t.platforms.length : 0)));
    if (warning)
        deps.log.warning(warning);
    mkdirSync(request.planDir, { recursive: true });
    const definitionFile = join(request.planDir, 'bake-override.json');
    const metadataFile = join(request.planDir, 'bake-metadata.json');
    const planFile = join(request.planDir, 'bake-plan.json');
    writeFileSync(definitionFile, `${JSON.stringify(override.definition, null, 2)}\n`);
    const localRoots = [
        ...new Set(override.targets.flatMap((t) => t.cache?.backend === 'local' && request.cache.localRoot ? [request.cache.localRoot] : [])),
    ];
    flags.set = [...override.sets, ...request.set];
    flags.allow = allowEntries(features, request.allow, {
        readDirs: [request.planDir, ...localRoots],
        writeDirs: localRoots,
    });
    const args = bakeArgs(flags, { definitionFile, metadataFile }, features);
    const command = formatCommand('docker', args);
    writeFileSync(planFile, `${JSON.stringify({ command, files, definition: override.definition, targets: override.targets }, null, 2)}\n`);
    const result = {
        features,
        command,
        plugin: program === DOCKER_BUILDX ? undefined : program.command,
        definitionFile,
        planFile,
        plan: override.targets,
        digests: {},
        images: {},
        ratios: { overall: { steps: 0, cached: 0, ratio: 0 }, entries: [] },
        durationSeconds: 0,
        attempts: 0,
        targetSeconds: {},
        warnings: [],
        stdout: '',
    };
    if (request.dryRun) {
        const [mergedCommand, mergedArgv] = buildxArgv(program, bakeArgs(flags, { definitionFile, metadataFile }, features, { print: true }));
        const merged = await deps.exec(mergedCommand, mergedArgv, { cwd: request.workdir, env, timeoutMs: 120_000 });
        result.mergedDefinition = merged.stdout;
        return result;
    }
    const targets = override.targets.map((t) => t.target);
    const [bakeCommand, bakeArgv] = buildxArgv(program, args);
    const buildOnce = async () => {
        const progress = new BuildProgress(targets);
        const stream = new JsonObjectStream({
            object: (value) => progress.onObject(value),
            text: (line) => progress.onLine(line),
        });
        const build = await deps.exec(bakeCommand, bakeArgv, {
            cwd: request.workdir,
            env,
            allowFailure: true,
            onStderrLine: features.rawjsonProgress ? (line) => stream.feed(`${line}\n`) : (line) => progress.onLine(line),
        });
        stream.end();
        return { build, progress };
    };
    // Only a push that writes no real tag may run again (staging tags or by digest, not push with load).
    const retrySafe = request.push && override.targets.every((t) => t.stagingTags || t.tags.length === 0);
    const started = deps.clock.now();
    const attemptSteps = [];
    let attempt;
    for (let n = 1;; n++) {
        attempt = await buildOnce();
        attemptSteps.push(attempt.progress.steps());
        if (attempt.build.exitCode === 0 || n === BAKE_ATTEMPTS || !retrySafe)
            break;
        const reason = pushRetryReason(attempt.progress.failure(), attempt.progress.otherLines, targets);
        if (!reason)
            break;
        deps.log.warning(`The registry refused the push for now (${reason.answer}); nothing was published, the push goes to staging tags. ` +
            `Running the bake again (attempt ${n + 1} of ${BAKE_ATTEMPTS}).`, { title: 'Push retried' });
    }
    const { build, progress } = attempt;
    result.attempts = attemptSteps.length;
    result.durationSeconds = Math.round((deps.clock.now() - started) / 10) / 100;
    result.stdout = build.stdout;
    result.warnings = progress.warnings();
    result.targetSeconds = Object.fromEntries(progress.durations());
    const plan = new Map(override.targets.map((t) => [t.target, t.platforms]));
    result.ratios = cacheRatios(stepsOverAttempts(attemptSteps), plan);
    const metadata = readMetadataFile(metadataFile);
    if (metadata) {
        result.metadata = metadata.raw;
        result.digests = digestsOf(metadata.targets);
        result.images = imagesOf(metadata.targets);
    }
    if (build.exitCode !== 0) {
        const failure = progress.failure() ?? { name: '', error: '', logTail: [] };
        result.failure = { ...failure, exitCode: build.exitCode, lastLines: progress.otherLines.slice(-10) };
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/bake/check-results.ts
// Dockerfile check results of `call: check`, read from `bake --call check,format=json` (buildx
// >= 0.16, docker/buildx#2556). The JSON form is used because the text form changed between
// releases (buildkit#4992, #5045: rule then description or detail; later a `WARNING: ` prefix and
// a "Check complete, ..." line, docker/buildx#2647), while the JSON has kept one shape:
//   {"group": {...}, "target": {"<name>": {"build": <target>, "check": {
//     "warnings": [{"ruleName", "description", "url", "detail",
//                   "location": {"sourceIndex", "ranges": [{"start": {"line"}, "end": {"line"}}]}}],
//     "sources": [{"filename", "language", "data"}],
//     "buildError": {"message", "location"}?}, "error"?}}}
// (buildx commands/bake.go; buildkit frontend/subrequests/lint/lint.go). Go's encoding/json
// omits zero values there, so a missing `sourceIndex` is 0. buildx exits 1 when any target has
// a warning or an error.

/** Where a finding is: the Dockerfile as the repository names it, and the line. */
function place(location, sources, build) {
    const line = location?.ranges?.[0]?.start?.line;
    const filename = sources?.[location?.sourceIndex ?? 0]?.filename;
    if (!filename)
        return { line };
    // buildkit names the source by the Dockerfile's base name; bake's dockerfile is relative to
    // the context, so a local context gives the path in the repository.
    const context = build?.context ?? '.';
    const dockerfile = build?.dockerfile ?? 'Dockerfile';
    const local = !/^[a-z]+:\/\//i.test(context) && !context.startsWith('git@') && !posix.isAbsolute(dockerfile);
    const file = local && posix.basename(dockerfile) === filename ? posix.normalize(posix.join(context, dockerfile)) : filename;
    return { file, line };
}
/** The findings in `bake --call check,format=json` stdout; undefined when it printed no such JSON. */
function check_results_parseCheckResults(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
    if (!parsed || typeof parsed.target !== 'object' || !parsed.target)
        return undefined;
    const findings = [];
    for (const [target, entry] of Object.entries(parsed.target)) {
        const check = entry?.check;
        if (!check)
            continue;
        for (const warning of check.warnings ?? [])
            findings.push({
                target,
                rule: warning.ruleName ?? 'check',
                message: warning.detail || warning.description || '',
                url: warning.url || undefined,
                level: 'warning',
                ...place(warning.location, check.sources, entry.build),
            });
        const error = check.buildError?.message ?? check.error;
        if (error)
            findings.push({
                target,
                rule: 'BuildError',
                message: error.trim(),
                level: 'error',
                ...place(check.buildError?.location, check.sources, entry.build),
            });
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/insecure-hosts.ts
// `registry-insecure`: the registry hosts an action may reach over plain HTTP. Its own file, apart
// from login-inputs.ts, so an action that loads the registry client lazily (multiarch-bake) reads
// it without loading the client at start.



/** `registry-insecure`: hosts as `host[:port]`; a URL (`http://x:1`) or a path is an input error. */
function insecure_hosts_readInsecureHosts(inputs) {
    const hosts = readList(inputs, 'registry-insecure');
    for (const host of hosts) {
        if (!isRegistryHost(host)) {
            const bare = host.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
            const hint = bare !== host && isRegistryHost(bare) ? `Write it as ${bare}` : undefined;
            const expected = 'hosts as host[:port] (registry.local:5000), without scheme or path';
            throw new InputError('registry-insecure', host, expected, hint);
        }
    }
    return hosts;
}

;// CONCATENATED MODULE: ./actions/multiarch-bake/run.ts
// multiarch-bake: multi-platform `docker buildx bake` with a cache scope per target and platform,
// build-info's args and labels, per-target digests and a real cache hit ratio. Inputs are parsed
// and checked here, before anything runs; the build is packages/core/src/bake/run-bake.ts.




























const NAME_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOCAL_CACHE_STATE = 'local-cache';
function readCache(inputs, rt) {
    const given = readString(inputs, 'cache');
    const onGithub = rt.kind === 'github-actions' && rt.env.GITHUB_ACTIONS === 'true';
    const backend = given ? readEnum(inputs, 'cache', CACHE_BACKENDS, 'none') : onGithub ? 'gha' : 'none';
    const ref = readString(inputs, 'cache-ref');
    if (backend === 'registry') {
        if (!ref)
            throw new InputError('cache-ref', ref, 'a registry repository for the cache (needed with cache: registry)');
        let parsed;
        try {
            parsed = parseReference(ref);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || parsed.digest || /:[^/]*$/.test(ref))
            throw new InputError('cache-ref', ref, 'a repository without tag or digest (the scope becomes the tag)');
    }
    return {
        cache: {
            backend,
            ref: ref || undefined,
            mode: readEnum(inputs, 'cache-mode', ['max', 'min'], 'max'),
            scopePrefix: readString(inputs, 'cache-scope'),
            localRoot: join(rt.env.RUNNER_TEMP || tmpdir(), 'cib-bake-cache'),
        },
        cacheExplicit: given !== '',
    };
}
/** Every input, parsed and checked before anything runs. */
function readInputs(rt) {
    const inputs = actionInputs(rt, 'multiarch-bake');
    const platforms = parsePlatforms('platforms', readList(inputs, 'platforms'));
    const push = readBoolean(inputs, 'push', false);
    const load = readBoolean(inputs, 'load', false);
    const tagSuffix = readString(inputs, 'platform-tag-suffix');
    if (tagSuffix) {
        checkTagSuffix('platform-tag-suffix', tagSuffix);
        if (platforms.length > 1)
            throw new InputError('platform-tag-suffix', tagSuffix, `one platform per job (platforms has ${platforms.join(', ')})`);
    }
    if (push && load && platforms.length > 1)
        throw new InputError('load', 'true', `one platform when push is true too (platforms has ${platforms.join(', ')})`);
    const allow = readList(inputs, 'allow');
    checkAllow(allow);
    // Target and group names as bake allows them: nothing else reaches buildx's argv, where a value
    // such as --output=... would be read as an option.
    const targets = readList(inputs, 'targets');
    const badTarget = targets.find((target) => !BAKE_NAME.test(target));
    if (badTarget !== undefined)
        throw new InputError('targets', badTarget, 'bake target or group names (letters, digits, _ and -) such as app');
    return {
        files: readList(inputs, 'files'),
        targets: targets.length ? targets : ['default'],
        set: readLines(inputs, 'set'),
        vars: readKeyValues(inputs, 'vars', NAME_KEY),
        platforms,
        push,
        load,
        pull: readBoolean(inputs, 'pull', false),
        noCache: readBoolean(inputs, 'no-cache', false),
        builder: readString(inputs, 'builder'),
        provenance: readString(inputs, 'provenance'),
        sbom: readString(inputs, 'sbom'),
        call: readEnum(inputs, 'call', ['build', 'check'], 'build'),
        tags: readList(inputs, 'tags'),
        tagSuffix,
        pushByDigest: readBoolean(inputs, 'push-by-digest', false),
        ...readCache(inputs, rt),
        args: readKeyValues(inputs, 'build-args', NAME_KEY),
        buildInfo: readBoolean(inputs, 'build-info', true),
        insecureHosts: readInsecureHosts(inputs),
        labels: readKeyValues(inputs, 'labels'),
        annotations: readKeyValues(inputs, 'annotations', ANNOTATION_INPUT_KEY),
        allow,
        dryRun: readBoolean(inputs, 'dry-run', false),
        runners: parseRunners('runners', readKeyValues(inputs, 'runners', /^[a-z0-9]+\/[A-Za-z0-9_/.-]+$/)),
    };
}
/** build-info's args and OCI labels for this run (empty with build-info: false). */
async function buildInfoDefaults(rt, inputs, context) {
    if (!inputs.buildInfo)
        return { defaultArgs: new Map(), defaultLabels: new Map() };
    let info;
    try {
        info = await computeBuildInfo({ shortShaLength: 7, cacheBust: { mode: 'commit' } }, {
            context,
            sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
            now: rt.now(),
            readGitHead: () => readHeadCommit(execProcess, context.workspace),
        });
    }
    catch (error) {
        // build-info's own hint names its commit input, which this action does not have.
        if (!(error instanceof CibError))
            throw error;
        const reason = error.hint ? error.message.slice(0, -(error.hint.length + 2)) : error.message;
        throw new CibError(`build-info args need the commit: ${reason}`, {
            hint: 'Run in a git checkout or in CI, or set build-info: false',
        });
    }
    return { defaultArgs: new Map(buildArgs(info)), defaultLabels: ociMetadata(info) };
}
/**
 * `call: check`: each finding as an annotation on its Dockerfile line; the step fails when there
 * is any (buildx exits 1), with the rules and targets in the error.
 */
function reportChecks(rt, result) {
    const findings = parseCheckResults(result.stdout);
    if (!findings) {
        if (result.failure)
            throw bakeFailureError(result);
        throw new CibError(`docker buildx bake --call check printed no check results: ${result.stdout.trim().slice(0, 300)}`);
    }
    for (const finding of findings) {
        const text = `${finding.rule}: ${finding.message}${finding.url ? ` (${finding.url})` : ''}`;
        const annotation = { title: finding.rule, file: finding.file, startLine: finding.line };
        if (finding.level === 'error')
            rt.log.error(text, annotation);
        else
            rt.log.warning(text, annotation);
    }
    if (findings.length === 0 && !result.failure) {
        rt.log.info('Dockerfile checks: no warnings');
        return;
    }
    const byTarget = [...new Set(findings.map((f) => f.target))].map((target) => `${target}: ${[...new Set(findings.filter((f) => f.target === target).map((f) => f.rule))].join(', ')}`);
    throw new CibError(`Dockerfile checks failed (${findings.length} finding${findings.length === 1 ? '' : 's'}): ${byTarget.join('; ') || `buildx exited with ${result.failure?.exitCode}`}`, { hint: 'Fix the Dockerfile lines annotated above, or skip a rule with a "# check=skip=<rule>" directive' });
}
async function run(rt) {
    const inputs = readInputs(rt);
    const context = readCiContext(rt.env);
    const workdir = context.workspace || process.cwd();
    const planRoot = rt.env.RUNNER_TEMP || tmpdir();
    mkdirSync(planRoot, { recursive: true });
    const planDir = mkdtempSync(join(planRoot, 'cib-bake-'));
    const request = { ...inputs, ...(await buildInfoDefaults(rt, inputs, context)), workdir, planDir };
    // A pushing run moves its tags once the bake is done: the registry client's module is loaded
    // while buildx works, not after it (a run that pushes nothing never loads it).
    const registryModule = inputs.push && !inputs.dryRun ? __nccwpck_require__.e(/* import() */ 974).then(__nccwpck_require__.bind(__nccwpck_require__, 4974)) : undefined;
    registryModule?.catch(() => undefined);
    const result = await runBake(request, {
        exec: execProcess,
        log: rt.log,
        clock: systemClock,
        env: { ...process.env, ...rt.env },
        beforeBuild: async (plan) => {
            const dirs = plan.flatMap((t) => (t.cache?.backend === 'local' && t.cache.localDir ? [t.cache.localDir] : []));
            if (dirs.length === 0)
                return;
            const keys = localCacheKeys(plan.flatMap((t) => (t.cache?.backend === 'local' ? [t.cache.scope] : [])), context);
            const restoredKey = await restoreLocalCache(dirs, keys, rt.log);
            const state = { dirs, key: keys.key, restoredKey };
            rt.saveState(LOCAL_CACHE_STATE, JSON.stringify(state));
        },
    });
    await rt.log.group('docker buildx bake command', () => {
        rt.log.info(result.command);
        if (result.plugin)
            rt.log.info(`(run as ${result.plugin} with the same arguments, the plugin docker buildx starts)`);
    });
    if (inputs.dryRun) {
        await rt.log.group('Generated definition (ours, passed last)', () => rt.log.info(readFileSync(result.definitionFile, 'utf8').trim()));
        await rt.log.group('Merged definition (bake --print)', () => rt.log.info(result.mergedDefinition ?? ''));
    }
    // Check results (JSON, with each Dockerfile in base64) become annotations instead.
    if (result.stdout.trim() && inputs.call !== 'check')
        await rt.log.group('buildx output', () => rt.log.info(result.stdout.trim()));
    for (const warning of result.warnings)
        rt.log.warning(warning.detail ? `${warning.message}: ${warning.detail}` : warning.message, {
            title: 'Build warning',
            file: warning.file,
            startLine: warning.line,
        });
    // The real tags move only now, to the complete image the bake pushed under its staging tags.
    const staged = result.plan.flatMap((t) => (t.stagingTags ? [t] : []));
    let moves;
    if (!result.failure && !inputs.dryRun && staged.length > 0) {
        const { RegistryClient } = await (registryModule ?? __nccwpck_require__.e(/* import() */ 974).then(__nccwpck_require__.bind(__nccwpck_require__, 4974)));
        const client = new RegistryClient({
            insecureHosts: inputs.insecureHosts,
            maskSecret: (secret) => rt.setSecret(secret),
            log: rt.log,
            env: rt.env,
        });
        moves = await rt.log.group('Move the tags to the pushed images', () => moveStagedTags(client, staged, result.digests, rt.log));
    }
    const report = bakeReport(result);
    const reportFile = join(planDir, 'bake-report.json');
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    const matrix = buildMatrix(result.plan, inputs.runners);
    const tooBig = matrixWarning(matrix);
    if (tooBig)
        rt.log.warning(tooBig, { title: 'Matrix too big for one job' });
    writeOutputs(rt, 'multiarch-bake', bakeOutputs(result, matrix, reportFile, inputs.dryRun));
    const untouched = result.failure ? staged.flatMap((t) => t.tags) : [];
    rt.appendSummary(bakeSummary(report, inputs.dryRun) +
        (moves ? tagMovesSummary(moves) : '') +
        (untouched.length ? `\nNo tag was moved (the push went to staging tags only): ${untouched.join(', ')}\n` : ''));
    if (inputs.call === 'check' && !inputs.dryRun)
        return reportChecks(rt, result);
    if (result.failure)
        throw bakeFailureError(result);
    if (moves?.failed.length)
        throw tagMoveError(moves);
    rotateLocalCache(result.plan.flatMap((t) => (t.cache ? [t.cache] : [])));
    if (!inputs.dryRun)
        rt.log.info(`Built ${result.plan.map((t) => `${t.target} (${t.platforms.join(', ')})`).join(', ')} in ${result.durationSeconds} s, ` +
            `cache hit ratio ${result.ratios.overall.ratio.toFixed(2)}`);
}
/** Post step: saves the local cache the main step wrote (a warning, never a failure, when it cannot). */
async function post(rt) {
    const saved = rt.getState(LOCAL_CACHE_STATE);
    if (!saved) {
        rt.log.debug('multiarch-bake post: no local cache to save');
        return;
    }
    await saveLocalCache(JSON.parse(saved), rt.log);
}

;// CONCATENATED MODULE: ./actions/multiarch-bake/post.ts


void runMain('multiarch-bake', post);

