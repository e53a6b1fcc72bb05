#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ cutForMessage),
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

/***/ 4032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   OW: () => (/* binding */ readCiContext),
/* harmony export */   Qo: () => (/* binding */ headCommit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Where the run comes from: repository, commit, ref, run ids. Read from GitHub's variables
// (and the event payload), else GitLab CI's, so the CLI works in the pipelines cib replaces.

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Reads the GitHub event payload; an unreadable one counts as empty. */
function readEventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
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


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ randomUuid)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        try {
            bytes = Buffer.alloc(16);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, 0, 16, null) !== 16)
                throw new Error('short read from /dev/urandom');
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __nccwpck_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __nccwpck_require__(4032);
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

;// CONCATENATED MODULE: ./packages/cli/src/action-specs.generated.ts
/** Every action's inputs (with their action.yml defaults), outputs and post step, by name. */
const ACTION_SPECS = {
    'build-info': {
        name: 'build-info',
        description: "Computes a build's version, commit, date and cache-bust value, the CACHE_BUST/BUILD_DATE/GIT_COMMIT/VERSION build args and OCI labels, and writes them as build-info.json/.js/.env; or verifies that a deployment reports the expected commit.",
        inputs: [
            {
                name: 'version',
                description: "The version. Default: derived from the ref: a tag v1.2.3 gives 1.2.3, a branch <branch-slug>-<short sha> (the slug exactly as GitLab's CI_COMMIT_REF_SLUG), a pull request pr-<number>-<short sha>. Kept exactly in build-info.json, the VERSION build arg and the OCI version label; the version output is its image tag.",
                required: false,
                default: '',
            },
            {
                name: 'commit',
                description: 'The commit SHA (7 to 64 hex digits). Default: the PR head SHA on pull_request/pull_request_target events (from the event payload), otherwise GITHUB_SHA (CI_COMMIT_SHA on GitLab; git rev-parse HEAD outside CI).',
                required: false,
                default: '',
            },
            {
                name: 'short-sha-length',
                description: 'Length of the short commit (4 to 40). Also the shortest abbreviation verify mode accepts.',
                required: false,
                default: '7',
            },
            {
                name: 'build-date',
                description: 'The build date, ISO-8601 with a zone or epoch seconds; a date or time that cannot exist (2025-02-30) fails. Default: SOURCE_DATE_EPOCH when set (a whole number of seconds, else the step fails), otherwise the current time. Written as ISO-8601 UTC (2025-09-08T16:32:44Z).',
                required: false,
                default: '',
            },
            {
                name: 'cache-bust',
                description: 'The CACHE_BUST value: commit (the full SHA: reruns of one commit reuse the cache), run (<run id>-<attempt>), timestamp (epoch seconds: always rebuild), or a literal. A bare word of letters, - and _ must be one of the modes (a typo like comit fails); write literal:<value> to use any value as written; a value holding a digit or other character (v2, 2025.1) is used as written.',
                required: false,
                default: 'commit',
            },
            {
                name: 'json-file',
                description: 'Where to write build-info.json (relative to the workspace); empty to skip.',
                required: false,
                default: 'build-info.json',
            },
            {
                name: 'js-file',
                description: 'Where to write the record as a script, window.<js-global> = {...}; (e.g. public/build-info.js); empty to skip.',
                required: false,
                default: '',
            },
            {
                name: 'js-global',
                description: 'The window property build-info.js sets; a JavaScript identifier.',
                required: false,
                default: 'BUILD_INFO',
            },
            {
                name: 'env-file',
                description: 'Where to write the record in dotenv format (VERSION=..., GIT_COMMIT=...); empty to skip.',
                required: false,
                default: '',
            },
            {
                name: 'labels',
                description: 'Extra OCI labels, key=value lines, merged over the generated org.opencontainers.image.{created,revision,version,source,url,title} (yours win).',
                required: false,
                default: '',
            },
            {
                name: 'annotations',
                description: 'Extra OCI annotations, key=value lines (buildx level prefixes such as index: or manifest: allowed), merged over the same generated keys (yours win).',
                required: false,
                default: '',
            },
            {
                name: 'export-env',
                description: 'When true, exports BUILD_DATE, GIT_COMMIT, CACHE_BUST and VERSION to later steps.',
                required: false,
                default: 'false',
            },
            {
                name: 'verify-url',
                description: 'Verify mode: when set (http or https), the action polls this URL instead of generating, until the JSON field verify-field equals the expected commit. user:password@ in the URL becomes Basic auth for that origin only.',
                required: false,
                default: '',
            },
            {
                name: 'verify-field',
                description: 'Verify mode: the JSON field holding the commit; dotted paths allowed (build.git_commit).',
                required: false,
                default: 'git_commit',
            },
            {
                name: 'verify-timeout',
                description: 'Verify mode: seconds to keep polling before failing with the last value seen.',
                required: false,
                default: '300',
            },
            {
                name: 'verify-interval',
                description: 'Verify mode: seconds between polls.',
                required: false,
                default: '5',
            },
            {
                name: 'verify-token',
                description: "Verify mode: a token sent as Authorization: Bearer to verify-url's origin only (never after a redirect to another origin). Masked in logs.",
                required: false,
                default: '',
            },
        ],
        outputs: [
            {
                name: 'version',
                description: 'The version as a valid image tag: unchanged when it is one; build metadata after _ instead of + (1.2.3+build.7 gives 1.2.3_build.7, which latest-manager reads back as release 1.2.3); other characters outside A-Za-z0-9_.- as - (release/2025.1 gives release-2025.1), as docker/metadata-action does.',
            },
            {
                name: 'exact-version',
                description: 'The version exactly (1.2.3+build.7): what build-info.json, VERSION and the OCI version label hold.',
            },
            {
                name: 'commit',
                description: 'The full commit SHA.',
            },
            {
                name: 'short-commit',
                description: 'The commit abbreviated to short-sha-length.',
            },
            {
                name: 'ref',
                description: 'The full ref (refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge).',
            },
            {
                name: 'build-date',
                description: 'The build date, ISO-8601 UTC.',
            },
            {
                name: 'cache-bust',
                description: 'The CACHE_BUST value.',
            },
            {
                name: 'build-args',
                description: 'Newline-separated CACHE_BUST=, BUILD_DATE=, GIT_COMMIT=, VERSION= lines (for build-push-action build-args).',
            },
            {
                name: 'labels',
                description: 'Newline-separated key=value OCI labels (generated merged with yours).',
            },
            {
                name: 'annotations',
                description: 'Newline-separated key=value OCI annotations (generated merged with yours).',
            },
            {
                name: 'json',
                description: 'The whole record as one line of JSON (verify mode: the document the deployment answered).',
            },
            {
                name: 'json-file',
                description: 'The absolute path of the JSON file written; empty when none.',
            },
            {
                name: 'verified',
                description: 'true when verify mode saw the expected commit; false in generate mode.',
            },
        ],
        post: false,
    },
    'e2c-runner': {
        name: 'e2c-runner',
        description: 'Native ARM builders on EC2 (existing or launch-template instances, spot with fallback) with a teardown that always happens.',
        inputs: [
            {
                name: 'strategy',
                description: 'existing (start -> build -> stop) or template (create -> build -> terminate). (env: E2C_INSTANCE_STRATEGY)',
                required: false,
                default: '',
            },
            {
                name: 'instance-id',
                description: 'The instance to start and stop, strategy existing. (env: E2C_INSTANCE_ID)',
                required: false,
                default: '',
            },
            {
                name: 'launch-template-id',
                description: 'Launch template to create the instance from, strategy template. (env: E2C_LAUNCH_TEMPLATE_ID)',
                required: false,
                default: '',
            },
            {
                name: 'launch-template-name',
                description: 'Launch template name, instead of launch-template-id.',
                required: false,
                default: '',
            },
            {
                name: 'launch-template-version',
                description: 'Launch template version.',
                required: false,
                default: '$Default',
            },
            {
                name: 'instance-types',
                description: "Instance types to try in order on capacity errors, overriding the template's. Empty: the template's type.",
                required: false,
                default: '',
            },
            {
                name: 'subnet-ids',
                description: "Subnets to try in order on capacity errors. Empty: the template's subnet.",
                required: false,
                default: '',
            },
            {
                name: 'spot',
                description: 'Launch a spot instance (true/false; default false). (env: E2C_USE_SPOT)',
                required: false,
                default: '',
            },
            {
                name: 'spot-max-price',
                description: 'Spot max price in USD per hour; AWS advises leaving it empty. (env: E2C_SPOT_MAX_PRICE)',
                required: false,
                default: '',
            },
            {
                name: 'spot-fallback',
                description: 'When no spot capacity: on-demand or fail.',
                required: false,
                default: 'on-demand',
            },
            {
                name: 'region',
                description: 'AWS region; credentials come from the standard AWS chain (e.g. configure-aws-credentials with OIDC). (env: AWS_DEFAULT_REGION)',
                required: false,
                default: '',
            },
            {
                name: 'ssh-user',
                description: 'SSH user on the instance (default admin). (env: E2C_SSH_USER)',
                required: false,
                default: '',
            },
            {
                name: 'ssh-private-key',
                description: 'SSH private key, PEM or base64 PEM; masked. (env: E2C_SSH_PRIVATE_KEY)',
                required: false,
                default: '',
            },
            {
                name: 'ssh-port',
                description: 'SSH port.',
                required: false,
                default: '22',
            },
            {
                name: 'ssh-address',
                description: 'Which address of the instance SSH uses: public, or private (a runner inside the VPC).',
                required: false,
                default: 'public',
            },
            {
                name: 'ready-timeout',
                description: 'Seconds to wait, after the launch or start, until the instance runs and an SSH command succeeds on it.',
                required: false,
                default: '300',
            },
            {
                name: 'host-key',
                description: 'Host key check: console (pin the fingerprints cloud-init prints to the console), accept-new (trust on first use for the job), or a literal known_hosts line.',
                required: false,
                default: 'accept-new',
            },
            {
                name: 'max-lifetime',
                description: 'Minutes after which the instance powers itself off (shutdown -P +N), so even a lost runner cannot leak it for long.',
                required: false,
                default: '120',
            },
            {
                name: 'tags',
                description: 'Extra resource tags, key=value one a line (cib:managed, repository, run, job and expiry tags are always added).',
                required: false,
                default: '',
            },
            {
                name: 'build',
                description: 'Copy the project to the instance and run docker buildx bake there (true/false).',
                required: false,
                default: 'false',
            },
            {
                name: 'sync-paths',
                description: 'Paths to copy to the instance (honouring .dockerignore). Empty: the workspace.',
                required: false,
                default: '',
            },
            {
                name: 'build-dir',
                description: 'Remote build directory (default ~/builds/<run id>-<job>). (env: E2C_BUILD_DIR)',
                required: false,
                default: '',
            },
            {
                name: 'bake-files',
                description: 'Bake files for the remote build, one a line.',
                required: false,
                default: '',
            },
            {
                name: 'bake-targets',
                description: 'Bake targets for the remote build, one a line.',
                required: false,
                default: '',
            },
            {
                name: 'bake-set',
                description: 'target.key=value overrides for the remote build, one a line.',
                required: false,
                default: '',
            },
            {
                name: 'push',
                description: 'Push the images built remotely (true/false).',
                required: false,
                default: 'false',
            },
            {
                name: 'platform',
                description: 'Platform built on the instance.',
                required: false,
                default: 'linux/arm64',
            },
            {
                name: 'buildx-node',
                description: 'Register the instance as a native node (docker-container driver, over SSH with our own ssh config) of a local buildx builder named in the builder output, for multiarch-bake builder: <name> (true/false). The post step removes the node and its SSH files.',
                required: false,
                default: 'false',
            },
            {
                name: 'phase',
                description: 'Empty (the default) in a job: main does setup (and build), post does cleanup and teardown. reap in a scheduled workflow: terminate expired cib:managed instances (examples/github/e2c-reap.yml). With the cib CLI (--phase), one of setup, build, cleanup, teardown or reap per process, the state in the state file.',
                required: false,
                default: '',
            },
            {
                name: 'reap-older-than',
                description: 'For phase reap: terminate cib:managed instances of this repository past their expiry (or older than this many minutes). Run it from a scheduled workflow.',
                required: false,
                default: '',
            },
        ],
        outputs: [
            {
                name: 'instance-id',
                description: 'The EC2 instance id.',
            },
            {
                name: 'public-ip',
                description: "The instance's public IP.",
            },
            {
                name: 'private-ip',
                description: "The instance's private IP.",
            },
            {
                name: 'market',
                description: 'spot or on-demand.',
            },
            {
                name: 'instance-type',
                description: 'The instance type launched (after any capacity fallback).',
            },
            {
                name: 'builder',
                description: 'The buildx builder name (cib-e2c-<run id>-<job>), when buildx-node is true.',
            },
            {
                name: 'state-file',
                description: 'Path to the state file (TARGET_INSTANCE_ID=, E2C_PUBLIC_IP=, E2C_INSTANCE_STRATEGY=).',
            },
            {
                name: 'launched-at',
                description: 'When the instance was launched or started (ISO-8601 UTC).',
            },
        ],
        post: true,
        postIf: 'always()',
    },
    'latest-manager': {
        name: 'latest-manager',
        description: 'Move the latest tag (and optionally <major> and <major>.<minor>) to a release only when it is a real release and newer than what latest holds: never backwards.',
        inputs: [
            {
                name: 'images',
                description: 'Repositories, one per line or comma-separated (ghcr.io/org/app). Each is decided and reported separately, but the release must exist on all of them or no tag moves anywhere.',
                required: true,
            },
            {
                name: 'version',
                description: 'The released tag (1.2.3, v1.2.3, 1.8.7alpha, v1.2.3+build.7). Default: the pushed tag (GITHUB_REF_NAME on a tag push, CI_COMMIT_TAG under GitLab). Build metadata is looked for as _ in the image tag (1.2.3_build.7, as build-info writes it) and never makes a release a prerelease.',
                required: false,
                default: '',
            },
            {
                name: 'tag-prefix',
                description: 'How the version is written as an image tag: auto (default: try the version as given, then with the leading v toggled), none (no prefix), or a literal prefix such as v.',
                required: false,
                default: '',
            },
            {
                name: 'strategy',
                description: 'auto (default): decide; force: always move latest-tag, even backwards; skip: never move. force applies to latest-tag only: floating tags stay forward-only within their series, and a prerelease moves none. When empty, UPDATE_LATEST_STRATEGY is read.',
                required: false,
                default: '',
            },
            {
                name: 'tag-type',
                description: 'auto (default): find out whether the git tag is annotated (a release) or lightweight (internal); annotated or lightweight: take it as that. When empty, TAG_TYPE_OVERRIDE is read.',
                required: false,
                default: '',
            },
            {
                name: 'prerelease-pattern',
                description: 'Regular expression matched case-insensitively on the version suffix; a match is a prerelease and moves nothing.',
                required: false,
                default: 'alpha|beta|rc|pre|dev|test',
            },
            {
                name: 'latest-tag',
                description: "The tag to move (latest, stable). A tag that names a version (1.0.0, v1.0.0, with or without tag-prefix) is refused: it is a release's own tag.",
                required: false,
                default: 'latest',
            },
            {
                name: 'floating-tags',
                description: 'true: also move <major> and <major>.<minor> forward within their series (1.9.1 moves 1 and 1.9 even when 2.0.0 is latest), never backwards, even with strategy force. A floating tag that holds the release of exactly its own version (5.1 holding release 5.1) is never moved: skipped with a warning.',
                required: false,
                default: 'false',
            },
            {
                name: 'github-token',
                description: 'Used only to ask the GitHub API whether the tag is annotated, when the checkout cannot tell (shallow, or actions/checkout before v6.0.2).',
                required: false,
                default: '${{ github.token }}',
            },
            {
                name: 'username',
                description: 'Optional: registry user for the registry of the first image. Without it, credentials come from the Docker config (docker/login-action).',
                required: false,
                default: '',
            },
            {
                name: 'password',
                description: 'Optional: registry password or token for that user (masked).',
                required: false,
                default: '',
            },
            {
                name: 'registry-insecure',
                description: 'Optional: registry hosts to reach over plain HTTP, as host or host:port (no scheme, no path). Loopback addresses always may.',
                required: false,
                default: '',
            },
            {
                name: 'dry-run',
                description: 'true: decide and report; write nothing.',
                required: false,
                default: 'false',
            },
        ],
        outputs: [
            {
                name: 'updated',
                description: 'true when latest moved (on any image).',
            },
            {
                name: 'reason',
                description: 'forced, skipped-by-strategy, lightweight-tag, prerelease, no-latest-yet, newer or not-newer (per image, comma-separated in images order, when images differ).',
            },
            {
                name: 'reason-detail',
                description: 'The versions involved, in words.',
            },
            {
                name: 'tag-type',
                description: 'annotated or lightweight; empty when the strategy made it irrelevant.',
            },
            {
                name: 'tag-type-source',
                description: 'What decided the tag type: override, git, git-fetch, github-api or heuristic.',
            },
            {
                name: 'previous-version',
                description: 'The version latest pointed to before; empty when unknown or absent.',
            },
            {
                name: 'previous-digest',
                description: 'The digest latest pointed to before; empty when absent.',
            },
            {
                name: 'digest',
                description: 'Digest of the release (the version tag), which latest now has when updated.',
            },
            {
                name: 'floating-tags-moved',
                description: 'The floating tags moved, comma-separated (ghcr.io/org/app:1,ghcr.io/org/app:1.9).',
            },
            {
                name: 'floating-tags-protected',
                description: 'The floating tags kept because each holds the release of exactly its own version (ghcr.io/org/app:5.1 holding release 5.1), comma-separated.',
            },
            {
                name: 'changed-tags',
                description: 'Every tag this run wrote, as JSON: [{ref, before, beforeVersion, now, nowVersion, state, restore}], state moved, put-back, moved-by-someone-else, left, unknown or missing (a new tag the run stopped before creating); restore is the skopeo command that points the tag back (for missing, that creates it). Also set when the run fails after a write.',
            },
            {
                name: 'partial',
                description: 'true when the run failed after writing and some tag it changed is not back where it was, or a new tag is missing (see changed-tags); false otherwise.',
            },
        ],
        post: false,
    },
    'manifest-merge': {
        name: 'manifest-merge',
        description: 'Merge per-platform images into one multi-platform index and push it to every tag, through the registry API (no Docker daemon, no buildx).',
        inputs: [
            {
                name: 'sources',
                description: 'Images to merge, one per line or comma-separated: tags or digests (ghcr.io/org/app:1.2.3-amd64, ghcr.io/org/app@sha256:...). A source may itself be an index (buildx with provenance): it is flattened.',
                required: true,
            },
            {
                name: 'tags',
                description: 'Where to push the index, one per line or comma-separated (ghcr.io/org/app:1.2.3). Other repositories or registries get the missing manifests and blobs copied first.',
                required: true,
            },
            {
                name: 'platforms',
                description: 'Optional: the exact set of platforms the index must hold (linux/amd64,linux/arm64). The merge fails before pushing anything when the sources differ. linux/arm64/v8 counts as linux/arm64.',
                required: false,
                default: '',
            },
            {
                name: 'annotations',
                description: "Optional key=value lines put on the index (OCI format only), e.g. org.opencontainers.image.description=... Keys may carry buildx's index: prefix; manifest:-level keys are left out (build-info's annotations output fits as is).",
                required: false,
                default: '',
            },
            {
                name: 'format',
                description: 'oci (an OCI image index, the default) or docker (a Docker manifest list: no annotations).',
                required: false,
                default: 'oci',
            },
            {
                name: 'attestations',
                description: 'keep (default) or drop the attestation manifests (provenance, SBOM) of source indexes.',
                required: false,
                default: 'keep',
            },
            {
                name: 'username',
                description: 'Optional: registry user for the registry of the first tag. Without it, credentials come from the Docker config (docker/login-action).',
                required: false,
                default: '',
            },
            {
                name: 'password',
                description: 'Optional: registry password or token for that user (masked).',
                required: false,
                default: '',
            },
            {
                name: 'registry-insecure',
                description: 'Optional: registry hosts to reach over plain HTTP, as host or host:port (no scheme, no path). Loopback addresses always may.',
                required: false,
                default: '',
            },
            {
                name: 'dry-run',
                description: 'true: read the sources, validate, print the index and what would be pushed; push nothing.',
                required: false,
                default: 'false',
            },
        ],
        outputs: [
            {
                name: 'digest',
                description: 'Digest of the index (the same under every tag).',
            },
            {
                name: 'images',
                description: 'Each tag with the digest, comma-separated: ghcr.io/org/app:1.2.3@sha256:...',
            },
            {
                name: 'platforms',
                description: 'The platforms in the index, comma-separated, normalised (linux/amd64,linux/arm64,linux/arm/v7).',
            },
            {
                name: 'media-type',
                description: 'Media type of the index (OCI index or Docker manifest list).',
            },
            {
                name: 'json',
                description: 'Everything above plus each manifest (source, digest, media type, size, platform, attestation) as JSON.',
            },
        ],
        post: false,
    },
    'multiarch-bake': {
        name: 'multiarch-bake',
        description: 'Multi-platform docker buildx bake with a cache scope per target and platform, build-info args and labels, per-target digests and a real cache hit ratio.',
        inputs: [
            {
                name: 'files',
                description: 'Bake files (HCL, JSON or compose), one a line or comma-separated. Empty: the files buildx finds by itself, in its own order. Never modified.',
                required: false,
                default: '',
            },
            {
                name: 'targets',
                description: 'Bake targets or groups to build, one a line or comma-separated.',
                required: false,
                default: 'default',
            },
            {
                name: 'set',
                description: 'target.key=value overrides, one a line, passed through to buildx (--set); they win over everything.',
                required: false,
                default: '',
            },
            {
                name: 'vars',
                description: 'Bake variables, NAME=value one a line (given to buildx as environment variables).',
                required: false,
                default: '',
            },
            {
                name: 'platforms',
                description: "Platforms for every selected target (os/arch[/variant]); validated, linux/arm/v7 and linux/arm64/v8 normalised. Empty: each target's platforms from the bake file, else linux/amd64.",
                required: false,
                default: '',
            },
            {
                name: 'push',
                description: 'Push the images (true/false).',
                required: false,
                default: 'false',
            },
            {
                name: 'load',
                description: 'Load the image into the local docker engine (true/false); one platform only when pushing too.',
                required: false,
                default: 'false',
            },
            {
                name: 'pull',
                description: 'Always pull newer base images (true/false).',
                required: false,
                default: 'false',
            },
            {
                name: 'no-cache',
                description: 'Build without using any cache, as production rebuilds require (true/false). The cache is still written.',
                required: false,
                default: 'false',
            },
            {
                name: 'builder',
                description: 'The buildx builder to use (for example one e2c-runner registered with a native arm64 node). Empty: the current builder.',
                required: false,
                default: '',
            },
            {
                name: 'provenance',
                description: 'Provenance attestation setting passed to buildx (for example mode=max, false). Empty: buildx default.',
                required: false,
                default: '',
            },
            {
                name: 'sbom',
                description: 'SBOM attestation setting passed to buildx (true/false or generator options). Empty: buildx default.',
                required: false,
                default: '',
            },
            {
                name: 'call',
                description: 'build, or check: run the Dockerfile checks only (buildx 0.16 or newer), their warnings as annotations.',
                required: false,
                default: 'build',
            },
            {
                name: 'tags',
                description: 'Image tags applied to the selected targets, one a line. Empty: the tags of the bake file.',
                required: false,
                default: '',
            },
            {
                name: 'platform-tag-suffix',
                description: 'One platform per job: add this suffix to every tag, e.g. -{arch}{variant} gives app:1.2.3-arm64, app:1.2.3-armv7 (ready for manifest-merge). Placeholders {os}, {arch}, {variant}, {platform}. Needs exactly one platform.',
                required: false,
                default: '',
            },
            {
                name: 'push-by-digest',
                description: 'Push without tags (to the repositories of the tags) and report the digest (true/false). Needs a docker-container, remote or kubernetes builder: buildx refuses it on the docker driver, and the action checks the driver first.',
                required: false,
                default: 'false',
            },
            {
                name: 'cache',
                description: 'Cache backend: gha, registry, local or none. Empty: gha under GitHub Actions, none elsewhere; a target whose bake file sets a cache keeps it.',
                required: false,
                default: '',
            },
            {
                name: 'cache-ref',
                description: 'Registry cache repository, without tag (needed with cache: registry); the scope becomes the tag, written with image-manifest=true,oci-mediatypes=true.',
                required: false,
                default: '',
            },
            {
                name: 'cache-mode',
                description: 'Cache export mode: max or min.',
                required: false,
                default: 'max',
            },
            {
                name: 'cache-scope',
                description: 'A prefix for the cache scopes, which are <prefix>-<target>-<platforms> so targets, platforms and matrix jobs never overwrite each other.',
                required: false,
                default: '',
            },
            {
                name: 'build-args',
                description: 'KEY=VALUE build args for every target, one a line; they win over the bake file and the build-info args.',
                required: false,
                default: '',
            },
            {
                name: 'build-info',
                description: 'Add CACHE_BUST, BUILD_DATE, GIT_COMMIT, VERSION build args and org.opencontainers.image.* labels from the build-info code where the bake file sets none (true/false).',
                required: false,
                default: 'true',
            },
            {
                name: 'labels',
                description: 'Image labels, key=value one a line; they win over the bake file and build-info.',
                required: false,
                default: '',
            },
            {
                name: 'annotations',
                description: 'Image annotations, key=value one a line (buildx level prefixes such as index: allowed).',
                required: false,
                default: '',
            },
            {
                name: 'allow',
                description: 'Entitlements for bake (network.host, security.insecure, fs.read=<path>, ...), one a line or comma-separated. The filesystem ones our generated file and local cache folders need are added where buildx enforces them.',
                required: false,
                default: '',
            },
            {
                name: 'runners',
                description: 'platform=runner-label lines for the matrix output (defaults: ubuntu-24.04-arm for arm64 and arm, ubuntu-24.04 otherwise).',
                required: false,
                default: '',
            },
            {
                name: 'registry-insecure',
                description: "Optional: registry hosts the tag moves after a push reach over plain HTTP, as host or host:port (no scheme, no path); the builder must be told too (buildkitd.toml or the daemon's insecure-registries). Loopback addresses always may.",
                required: false,
                default: '',
            },
            {
                name: 'dry-run',
                description: 'Print the plan (the exact command, the generated definition and bake --print of the merged result) and build nothing (true/false).',
                required: false,
                default: 'false',
            },
        ],
        outputs: [
            {
                name: 'metadata',
                description: 'The raw JSON buildx wrote with --metadata-file.',
            },
            {
                name: 'digests',
                description: 'JSON object: target -> the digest the registry serves for its tag (the index digest for several platforms).',
            },
            {
                name: 'images',
                description: 'JSON object: target -> list of name@digest.',
            },
            {
                name: 'matrix',
                description: 'JSON {"include": [{"target", "platform", "runner"}, ...]}: one job per target and platform.',
            },
            {
                name: 'cache-hit-ratio',
                description: 'Cached build steps / build steps over the whole bake, from 0 to 1 with two decimals.',
            },
            {
                name: 'report',
                description: 'Path of a JSON report: per target platforms, tags, digest, cache backend and scope, cache hit ratio per platform.',
            },
            {
                name: 'duration-seconds',
                description: 'Build duration in seconds.',
            },
            {
                name: 'plan-file',
                description: 'Path of the plan: the exact command, the files and the generated bake definition.',
            },
        ],
        post: true,
        postIf: 'always()',
    },
    'quality-gate': {
        name: 'quality-gate',
        description: 'One verdict from coverage, vulnerabilities, tests and budgets, reported as a PR check.',
        inputs: [
            {
                name: 'policy',
                description: 'YAML policy file with the thresholds (inputs win). Empty: .github/quality-gate.yml when it exists.',
                required: false,
                default: '',
            },
            {
                name: 'coverage-files',
                description: 'Coverage report globs, one a line; format detected (lcov, Cobertura, istanbul json-summary, Clover, JaCoCo, Go cover profile).',
                required: false,
                default: '',
            },
            {
                name: 'min-line-coverage',
                description: 'Minimum line coverage in percent. Empty: no rule.',
                required: false,
                default: '',
            },
            {
                name: 'min-branch-coverage',
                description: 'Minimum branch coverage in percent. Empty: no rule.',
                required: false,
                default: '',
            },
            {
                name: 'max-coverage-drop',
                description: 'Maximum drop of line coverage against the baseline, in percentage points. Empty: no rule.',
                required: false,
                default: '',
            },
            {
                name: 'min-patch-coverage',
                description: 'Minimum coverage of the lines a pull request adds (git diff from the merge base to the head), in percent. Empty: no rule.',
                required: false,
                default: '',
            },
            {
                name: 'vulnerability-files',
                description: 'Vulnerability report globs, one a line; format detected (Trivy JSON, Grype JSON, SARIF).',
                required: false,
                default: '',
            },
            {
                name: 'max-critical',
                description: 'Maximum critical vulnerabilities (default 0).',
                required: false,
                default: '',
            },
            {
                name: 'max-high',
                description: 'Maximum high vulnerabilities. Empty: unlimited.',
                required: false,
                default: '',
            },
            {
                name: 'max-medium',
                description: 'Maximum medium vulnerabilities. Empty: unlimited.',
                required: false,
                default: '',
            },
            {
                name: 'max-low',
                description: 'Maximum low vulnerabilities. Empty: unlimited.',
                required: false,
                default: '',
            },
            {
                name: 'ignore-unfixed',
                description: 'Do not count vulnerabilities without a fixed version (true/false; default false).',
                required: false,
                default: '',
            },
            {
                name: 'ignore-ids',
                description: 'CVE/GHSA ids to ignore, one a line, or the path of a file of them (like .trivyignore).',
                required: false,
                default: '',
            },
            {
                name: 'vex',
                description: 'OpenVEX documents (globs, one a line): a not_affected or fixed statement drops the matching findings.',
                required: false,
                default: '',
            },
            {
                name: 'new-only',
                description: 'Count only findings absent from the baseline (true/false; default false).',
                required: false,
                default: '',
            },
            {
                name: 'test-files',
                description: 'JUnit XML report globs, one a line.',
                required: false,
                default: '',
            },
            {
                name: 'max-failures',
                description: 'Maximum failed tests (default 0).',
                required: false,
                default: '',
            },
            {
                name: 'min-tests',
                description: 'Minimum number of tests. Empty: no rule.',
                required: false,
                default: '',
            },
            {
                name: 'metrics',
                description: "name=value lines, e.g. build-seconds=95 from multiarch-bake's duration-seconds.",
                required: false,
                default: '',
            },
            {
                name: 'budgets',
                description: 'name<=value or name>=value lines checked against metrics.',
                required: false,
                default: '',
            },
            {
                name: 'images',
                description: 'Image references whose compressed size per platform is checked against max-image-size-mb.',
                required: false,
                default: '',
            },
            {
                name: 'max-image-size-mb',
                description: 'Maximum compressed size of each platform image, in MB. Empty: no rule.',
                required: false,
                default: '',
            },
            {
                name: 'allow-missing',
                description: 'A report glob that matches nothing is not an error (true/false; default false).',
                required: false,
                default: '',
            },
            {
                name: 'check-name',
                description: 'Name of the check run (default quality-gate).',
                required: false,
                default: '',
            },
            {
                name: 'github-token',
                description: 'Token for the check run or commit status.',
                required: false,
                default: '${{ github.token }}',
            },
            {
                name: 'report',
                description: 'auto (default: a check run on the PR head SHA; on a read-only token a commit status if allowed, else the job summary only), check, status or summary.',
                required: false,
                default: '',
            },
            {
                name: 'fail',
                description: 'Fail the step when the gate fails (true/false; default true).',
                required: false,
                default: '',
            },
            {
                name: 'baseline',
                description: 'cache (default: metrics of the last run on the default branch, kept with @actions/cache; pushes to the default branch save it), none, or the path of a baseline file (a report-json of an earlier run).',
                required: false,
                default: '',
            },
        ],
        outputs: [
            {
                name: 'passed',
                description: 'true when every rule passed.',
            },
            {
                name: 'conclusion',
                description: 'success, failure, or neutral when nothing was configured.',
            },
            {
                name: 'coverage',
                description: 'Line coverage in percent, two decimals (cut, not rounded), e.g. 79.05.',
            },
            {
                name: 'branch-coverage',
                description: 'Branch coverage in percent, two decimals.',
            },
            {
                name: 'vulnerabilities',
                description: 'Counted findings by severity as JSON, e.g. {"critical":1,"high":0,"medium":2,"low":0,"unknown":0}.',
            },
            {
                name: 'tests',
                description: 'Number of tests.',
            },
            {
                name: 'patch-coverage',
                description: 'Coverage of the lines the pull request adds, in percent.',
            },
            {
                name: 'failures',
                description: 'Number of failed and errored test cases (flaky ones not counted).',
            },
            {
                name: 'skipped',
                description: 'Number of skipped tests.',
            },
            {
                name: 'flaky',
                description: 'Number of flaky tests (failed, then passed on a rerun).',
            },
            {
                name: 'report-json',
                description: 'Path to the full report (JSON).',
            },
            {
                name: 'summary',
                description: 'The report as markdown.',
            },
        ],
        post: false,
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/action-loaders.ts
/**
 * Every action wired into the CLI, by name. Keyed by string rather than ActionName so that an
 * action.yml and its run.ts may land in either order; test/unit/cli checks both sides agree.
 */
const ACTION_LOADERS = {
    'build-info': () => Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(511), __nccwpck_require__.e(872)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3872)),
    'e2c-runner': () => Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(618)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5618)),
    'latest-manager': () => Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(6), __nccwpck_require__.e(207), __nccwpck_require__.e(139)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3139)),
    'manifest-merge': () => Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(6), __nccwpck_require__.e(207), __nccwpck_require__.e(79)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2375)),
    'multiarch-bake': () => Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(511), __nccwpck_require__.e(262)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8262)),
    'quality-gate': () => Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(340)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7340)),
};

;// CONCATENATED MODULE: ./packages/cli/src/usage-error.ts
// A command line the CLI cannot run (unknown action, unknown flag, missing value): exit code 2, and
// the message says what would have been right.

/** The exit code for a bad command line, as distinct from an action that ran and failed (1). */
const USAGE_EXIT_CODE = 2;
class UsageError extends cib_error/* CibError */.hi {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/args.ts

const VALUE_OPTIONS = { 'state-file': 'stateFile', phase: 'phase', 'summary-file': 'summaryFile' };
const FLAG_OPTIONS = { help: 'help', json: 'json', debug: 'debug' };
/** `--name=value` or `--name` followed by a value; `-h` is `--help`. */
function splitFlag(token) {
    if (token === '-h')
        return { name: 'help' };
    if (!token.startsWith('--') || token === '--')
        return undefined;
    const eq = token.indexOf('=');
    return eq === -1 ? { name: token.slice(2) } : { name: token.slice(2, eq), inlineValue: token.slice(eq + 1) };
}
function isBooleanInput(spec, name) {
    const declared = spec.inputs.find((i) => i.name === name)?.default;
    return declared === 'true' || declared === 'false';
}
/** Lists an action's inputs for an error message. */
function inputList(spec) {
    return spec.inputs.length ? spec.inputs.map((i) => `--${i.name}`).join(', ') : '(none)';
}
/**
 * Parses argv against the action specs. Throws UsageError naming the bad token: an unknown action
 * or flag, a flag without its value, a second action name.
 */
function parseCommandLine(argv, specs) {
    const options = { help: false, json: false, debug: false, phase: 'main' };
    const inputs = new Map();
    let action;
    let spec;
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        const flag = splitFlag(token);
        if (!flag) {
            if (action !== undefined)
                throw new UsageError(`Unexpected argument "${token}": inputs are given as --<input> <value>`);
            action = token;
            spec = specs[action];
            if (!spec) {
                throw new UsageError(`Unknown action "${action}". Actions: ${Object.keys(specs).sort().join(', ')}`);
            }
            continue;
        }
        const { name, inlineValue } = flag;
        // The value after the flag, unless it is itself a flag (then there is none).
        const takeValue = () => {
            if (inlineValue !== undefined)
                return inlineValue;
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next !== '--'))
                return undefined;
            i++;
            return next;
        };
        if (name in FLAG_OPTIONS) {
            if (inlineValue !== undefined && inlineValue !== 'true' && inlineValue !== 'false')
                throw new UsageError(`--${name} takes no value (or true/false), got "${inlineValue}"`);
            options[FLAG_OPTIONS[name]] = inlineValue !== 'false';
            continue;
        }
        if (name in VALUE_OPTIONS) {
            const value = takeValue();
            if (value === undefined || value === '')
                throw new UsageError(`--${name} needs a value`);
            options[VALUE_OPTIONS[name]] = value;
            continue;
        }
        if (!spec) {
            throw new UsageError(`Unknown option "--${name}" before the action name. Usage: cib <action> [--<input> <value>]...`);
        }
        const known = spec;
        const setInput = (inputName, value) => {
            if (!known.inputs.some((input) => input.name === inputName)) {
                throw new UsageError(`Unknown input "--${inputName}" for ${known.name}. Its inputs: ${inputList(known)}`);
            }
            inputs.set(inputName, inputs.has(inputName) ? `${inputs.get(inputName)}\n${value}` : value);
        };
        // `--input name=value`: any input by its name, also one whose flag would clash with a CLI
        // option. (build-info's `--env-file` reaches us because the `cib` launcher runs `node --`.)
        if (name === 'input') {
            const pair = takeValue() ?? '';
            const eq = pair.indexOf('=');
            if (eq <= 0)
                throw new UsageError(`--input needs <input>=<value>, got "${pair}"`);
            setInput(pair.slice(0, eq), pair.slice(eq + 1));
            continue;
        }
        let value = takeValue();
        if (value === undefined && known.inputs.some((input) => input.name === name)) {
            // A bare boolean flag (`--push`) means true; any other input needs its value.
            if (!isBooleanInput(known, name))
                throw new UsageError(`--${name} needs a value (use --${name}=<value>)`);
            value = 'true';
        }
        setInput(name, value ?? '');
    }
    return { action, inputs, options };
}

;// CONCATENATED MODULE: ./packages/cli/src/help.ts
const OPTIONS_HELP = `Options:
  --input <input>=<value> give any input this way too (--input env-file=build.env is --env-file build.env)
  --json                  print the outputs as one JSON object {"outputs":{...},"env":{...}} instead of KEY=VALUE lines
  --state-file <file>     where state is kept between phases (default .cib/state-<action>-<job id>.env)
  --phase <phase>         main (default) or post (actions with a post step); e2c-runner also takes
                          setup, build, cleanup, teardown, reap
  --summary-file <file>   append the job summary (markdown) to this file instead of printing it on stderr
  --debug                 show debug logs (also CIB_DEBUG=1)
  -h, --help              this help; cib <action> --help lists the action's inputs and outputs`;
const OUTPUT_HELP = `Outputs are printed on stdout at the end, one KEY=VALUE line each (usable as a GitLab dotenv
report): the output name upper-cased with - as _ (short-commit -> SHORT_COMMIT), then the variables
the action exported. A value with a line break is written as a JSON string ("a\\nb"). Logs and the
job summary go to stderr; registered secrets are shown as ***. Exit code: 0 success, 1 the action
failed, 2 a bad command line.`;
const LAUNCH_HELP = `Run cib as dist/cli/cib (a launcher that starts Node with \`node --\`), or as
node -- dist/cli/index.js: Node reads --env-file itself wherever it stands on its command line,
unless a -- comes first.`;
function wrap(text, width, indent) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${indent}`);
}
/** One `  <label>  <description>` line of a list, the description wrapped in its own column. */
function row(label, description, width) {
    return `  ${label.padEnd(width)}  ${wrap(description, 96 - width, ' '.repeat(width + 4))}`;
}
/** The list of actions and the CLI's options. */
function generalHelp(specs) {
    const names = Object.keys(specs).sort();
    const width = Math.max(...names.map((n) => n.length));
    const actions = names.map((n) => row(n, specs[n].description, width)).join('\n');
    return `cib: run a cib action outside GitHub Actions (a laptop, GitLab CI).

Usage: cib <action> [--<input> <value>]... [options]

Actions:
${actions}

${OPTIONS_HELP}

${OUTPUT_HELP}

${LAUNCH_HELP}
`;
}
/** One action: its inputs (defaults, required), outputs and phases. */
function actionHelp(spec) {
    const width = Math.max(0, ...spec.inputs.map((i) => i.name.length + 2));
    const inputs = spec.inputs.length
        ? spec.inputs
            .map((i) => {
            const notes = [
                i.required ? 'required' : '',
                i.default !== undefined && i.default !== '' ? `default: ${i.default}` : '',
            ].filter(Boolean);
            // The default on a line of its own, never wrapped, so it can be copied as written.
            const noteLine = notes.length ? `\n${' '.repeat(width + 4)}${notes.join('; ')}` : '';
            return row(`--${i.name}`, i.description, width) + noteLine;
        })
            .join('\n')
        : '  (none)';
    const outWidth = Math.max(0, ...spec.outputs.map((o) => o.name.length));
    const outputs = spec.outputs.length
        ? spec.outputs.map((o) => row(o.name, o.description, outWidth)).join('\n')
        : '  (none)';
    const phases = spec.post
        ? `Phases: main (default), then post (cib ${spec.name} --phase post; GitHub runs it ${spec.postIf ?? 'always()'}).`
        : 'Phases: main only.';
    return `cib ${spec.name}: ${spec.description}

Usage: cib ${spec.name} [--<input> <value>]... [options]

Inputs (a repeated flag adds a line; a bare boolean flag means true):
${inputs}

Outputs:
${outputs}

${phases}

${OPTIONS_HELP}

${LAUNCH_HELP}
`;
}

;// CONCATENATED MODULE: ./packages/cli/src/cli-logger.ts
function cli_logger_location(a = {}) {
    if (!a.file)
        return a.title ? ` [${a.title}]` : '';
    const line = a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ''}` : '';
    return ` (${a.file}${line})${a.title ? ` [${a.title}]` : ''}`;
}
/** A Logger writing masked lines to stderr. */
function createCliLogger(options) {
    const { masker } = options;
    const now = options.now ?? (() => new Date());
    const line = (text) => options.write(`${masker.mask(text)}\n`);
    let sections = 0;
    return {
        info: (message) => line(message),
        debug: (message) => {
            if (options.debug)
                line(`debug: ${message}`);
        },
        notice: (message, a) => line(`notice: ${message}${cli_logger_location(a)}`),
        warning: (message, a) => line(`warning: ${message}${cli_logger_location(a)}`),
        error: (message, a) => line(`error: ${message}${cli_logger_location(a)}`),
        isDebug: () => options.debug,
        async group(name, fn) {
            const id = `cib_section_${++sections}`;
            const seconds = () => Math.floor(now().getTime() / 1000);
            if (options.gitlab)
                options.write(`\x1b[0Ksection_start:${seconds()}:${id}[collapsed=true]\r\x1b[0K${masker.mask(name)}\n`);
            else
                line(`== ${name}`);
            try {
                return await fn();
            }
            finally {
                if (options.gitlab)
                    options.write(`\x1b[0Ksection_end:${seconds()}:${id}\r\x1b[0K\n`);
            }
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/runner/random-uuid.ts
var random_uuid = __nccwpck_require__(333);
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
function formatKeyValue(name, value, delimiter = `ghadelimiter_${(0,random_uuid/* randomUuid */.b)()}`) {
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
    appendFileSync(file, text, 'utf8');
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

;// CONCATENATED MODULE: ./packages/cli/src/state-file.ts
// The CLI's state between phases (main then post, or e2c-runner's setup/build/cleanup/teardown run
// as separate processes): a dotenv-like file, `NAME=value` a line (the seed pipelines' format, e.g.
// TARGET_INSTANCE_ID=i-0123), with multi-line values in the runner's `NAME<<delimiter` heredoc form.
// Written through on every saveState, so state saved just before a crash or a cancellation is kept.




/** The default state file: `.cib/state-<action>-<job id>.env`, the job id made safe for a file name. */
function defaultStateFile(cwd, action, jobId) {
    const job = (jobId || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
    return (0,external_node_path_.join)(cwd, '.cib', `state-${action}-${job}.env`);
}
/** Reads a state file; a missing file is empty state. */
function readStateFile(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return new Map();
    return parseFileCommands((0,external_node_fs_.readFileSync)(file, 'utf8'));
}
/** Formats state: single-line values as `NAME=value`, others as heredocs. */
function formatState(state) {
    let text = '';
    for (const [name, value] of state) {
        text += /[\r\n]/.test(value) ? formatKeyValue(name, value) : `${name}=${value}\n`;
    }
    return text;
}
/**
 * Writes the whole state, replacing the file atomically (a reader never sees half a file), readable
 * by the owner only (state may hold ids that lead to credentials).
 */
function writeStateFile(file, state) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const temporary = `${file}.${(0,random_uuid/* randomUuid */.b)()}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, formatState(state), { encoding: 'utf8', mode: 0o600 });
    (0,external_node_fs_.chmodSync)(temporary, 0o600);
    (0,external_node_fs_.renameSync)(temporary, file);
}

;// CONCATENATED MODULE: ./packages/cli/src/cli-runtime.ts
// The Runtime under the cib CLI: inputs from the command line (with action.yml defaults already
// applied), state in a state file across phases, outputs/exported variables/summary collected for
// the CLI to print at the end, logs on stderr, secrets masked everywhere (see secret-masker.ts).


/** A Runtime for one CLI run, and the record of what the action did through it. */
function createCliRuntime(options) {
    const { env, masker, stateFile } = options;
    const record = {
        outputs: new Map(),
        exported: new Map(),
        paths: [],
        summary: [],
        // State saved by an earlier phase (another process): read once, written through on every save.
        state: readStateFile(stateFile),
    };
    const runtime = {
        kind: 'cli',
        env,
        log: options.log,
        getInput: (name) => (options.inputs.get(name) ?? '').trim(),
        setOutput: (name, value) => void record.outputs.set(name, value),
        saveState(name, value) {
            record.state.set(name, value);
            writeStateFile(stateFile, record.state);
        },
        getState: (name) => record.state.get(name) ?? '',
        stateFile: () => stateFile,
        exportVariable(name, value) {
            env[name] = value;
            record.exported.set(name, value);
        },
        addPath(directory) {
            env.PATH = env.PATH ? `${directory}${external_node_path_.delimiter}${env.PATH}` : directory;
            record.paths.push(directory);
        },
        setSecret: (secret) => masker.add(secret),
        appendSummary: (markdown) => void record.summary.push(markdown),
        now: options.now ?? (() => new Date()),
    };
    return { runtime, record };
}

;// CONCATENATED MODULE: ./packages/cli/src/dotenv.ts
// Outputs as `KEY=VALUE` lines that a GitLab dotenv report, `source` and dotenv libraries all read.
// GitLab keeps quotes as part of the value and refuses multi-line values, so single-line values are
// written exactly as they are; a value with a line break (or one starting with a quote, which would
// otherwise be ambiguous) is written as a JSON string: `BUILD_ARGS="CACHE_BUST=abc\nVERSION=1.2.3"`,
// which dotenv libraries turn back into lines and anything else can JSON.parse.
/** An output or variable name as a dotenv key: ASCII letters, digits and `_`, upper case (`short-commit` -> `SHORT_COMMIT`). */
function dotenvKey(name) {
    const key = name.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
    return /^[0-9]/.test(key) ? `_${key}` : key;
}
/** A value as written after `KEY=`: unchanged when single-line, else JSON-quoted. */
function dotenvValue(value) {
    return /[\r\n]/.test(value) || /^["']/.test(value) ? JSON.stringify(value) : value;
}
/** `KEY=VALUE` lines, one per entry, each ending with a newline. */
function formatDotenv(entries) {
    let text = '';
    for (const [key, value] of entries)
        text += `${key}=${dotenvValue(value)}\n`;
    return text;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/cli/src/input-defaults.ts
// action.yml defaults may hold `${{ }}` expressions the runner evaluates (`${{ github.token }}`).
// The CLI has no runner, so it gives each expression the value it would have in the pipeline at
// hand: from GitHub's variables when present, else GitLab's (through the CI context), else empty.

function runnerOs() {
    return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}
/** The value of one expression, or undefined when the CLI does not know it. */
function evaluate(expression, env, ci) {
    const envMatch = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression);
    if (envMatch)
        return { value: env[envMatch[1]] ?? '' };
    switch (expression) {
        case 'github.token':
        case 'secrets.GITHUB_TOKEN':
            // GitLab's job token stands in for GitHub's where the action talks to its own forge.
            return { value: env.GITHUB_TOKEN || env.CI_JOB_TOKEN || '', secret: true };
        case 'github.workspace':
            return { value: ci.workspace };
        case 'github.repository':
            return { value: ci.repository };
        case 'github.repository_owner':
            return { value: env.GITHUB_REPOSITORY_OWNER || env.CI_PROJECT_NAMESPACE || '' };
        case 'github.server_url':
            return { value: env.GITHUB_SERVER_URL || env.CI_SERVER_URL || '' };
        case 'github.api_url':
            return { value: env.GITHUB_API_URL || (env.CI_API_V4_URL ?? '') };
        case 'github.sha':
            return { value: ci.sha };
        case 'github.ref':
            return { value: ci.ref };
        case 'github.ref_name':
            return { value: ci.refName };
        case 'github.ref_type':
            return { value: ci.refType === 'pull_request' ? '' : ci.refType };
        case 'github.event_name':
            return { value: ci.eventName };
        case 'github.run_id':
            return { value: ci.runId };
        case 'github.run_attempt':
            return { value: ci.runAttempt };
        case 'github.job':
            return { value: ci.job };
        case 'github.actor':
            return { value: env.GITHUB_ACTOR || env.GITLAB_USER_LOGIN || '' };
        case 'runner.temp':
            return { value: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)() };
        case 'runner.os':
            return { value: env.RUNNER_OS || runnerOs() };
        default:
            return undefined;
    }
}
/** Expands the `${{ }}` expressions of an action.yml default for the CLI. */
function expandDefault(value, env, ci) {
    const secrets = [];
    const unknown = [];
    const expanded = value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
        const result = evaluate(expression, env, ci);
        if (!result) {
            unknown.push(expression);
            return '';
        }
        if (result.secret && result.value)
            secrets.push(result.value);
        return result.value;
    });
    return { value: expanded, secrets, unknown };
}

;// CONCATENATED MODULE: ./packages/cli/src/secret-masker.ts
// The one place the CLI hides secrets: every value given to setSecret (and the token the CLI
// expands into an input default) is replaced by *** in everything the CLI prints: logs, errors,
// the summary and the outputs. The GitHub runner does this itself for ::add-mask::; the CLI has no
// runner, so it must.
const MASK = '***';
/** Replaces registered secrets by *** in text; longer secrets first so no part of one is left. */
class SecretMasker {
    secrets = new Set();
    ordered = [];
    /**
     * Registers a secret, each of its lines (the runner masks multi-line secrets line by line), and its
     * JSON-escaped form (so a secret with quotes or backslashes is also hidden inside JSON the action logs).
     */
    add(secret) {
        if (!secret || secret.trim() === '')
            return;
        const forms = [secret, ...secret.split(/\r?\n/).map((line) => line.trim()), JSON.stringify(secret).slice(1, -1)];
        for (const form of forms)
            if (form !== '')
                this.secrets.add(form);
        this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    }
    /** The text with every registered secret replaced by ***. */
    mask(text) {
        let result = text;
        for (const secret of this.ordered)
            result = result.split(secret).join(MASK);
        return result;
    }
    get size() {
        return this.secrets.size;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/cli.ts
// The cib command: parses the command line against the action specs, applies action.yml defaults
// the way the runner does, runs the action's main or post step through the CLI Runtime, then
// prints the job summary (stderr or --summary-file) and the outputs (stdout, KEY=VALUE or --json).
// Everything the CLI prints goes through one SecretMasker.
















/**
 * Credentials the CI platforms put in the environment: masked from the start, as the runner masks
 * GITHUB_TOKEN and GitLab masks CI_JOB_TOKEN.
 */
const CREDENTIAL_VARIABLES = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'CI_JOB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
];
/** Phases every action understands; anything else goes to an action's own `phase` input. */
const RUNNER_PHASES = ['main', 'post'];
function resolvePath(cwd, file) {
    return (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(cwd, file);
}
/** Every input's value: given on the command line, else its action.yml default (expressions expanded). */
function resolveInputs(spec, command, env, ci, masker, debug) {
    const inputs = new Map();
    for (const input of spec.inputs) {
        const given = command.inputs.get(input.name);
        if (given !== undefined)
            inputs.set(input.name, given);
        else if (input.name === 'phase' && !RUNNER_PHASES.includes(command.options.phase))
            inputs.set(input.name, command.options.phase);
        else if (input.default !== undefined) {
            const expanded = expandDefault(input.default, env, ci);
            expanded.secrets.forEach((secret) => masker.add(secret));
            for (const expression of expanded.unknown)
                debug(`input ${input.name}: no value for \${{ ${expression} }} outside GitHub Actions, using ''`);
            inputs.set(input.name, expanded.value);
        }
    }
    return inputs;
}
/** The outputs, then the exported variables, as KEY=VALUE lines; masked before quoting. */
function formatOutputs(record, masker, warn) {
    const lines = new Map();
    for (const [name, value] of record.outputs)
        lines.set(dotenvKey(name), masker.mask(value));
    for (const [name, value] of record.exported) {
        const key = name.replace(/[^A-Za-z0-9_]/g, '_');
        const masked = masker.mask(value);
        if (lines.has(key) && lines.get(key) !== masked)
            warn(`exported variable ${name} and an output share the line ${key}=; the variable's value is printed (--json keeps both)`);
        lines.set(key, masked);
    }
    return formatDotenv(lines);
}
function formatJson(record, masker, error) {
    const masked = (map) => Object.fromEntries([...map].map(([name, value]) => [name, masker.mask(value)]));
    const result = { outputs: masked(record.outputs), env: masked(record.exported) };
    if (error !== undefined)
        result.error = masker.mask(error);
    return `${JSON.stringify(result)}\n`;
}
/** Runs the cib command line; returns the exit code (0 success, 1 the action failed, 2 bad usage). */
async function runCli(argv, io) {
    const specs = io.specs ?? ACTION_SPECS;
    const loaders = io.loaders ?? ACTION_LOADERS;
    const masker = new SecretMasker();
    for (const name of CREDENTIAL_VARIABLES)
        masker.add(io.env[name] ?? '');
    const usage = (error) => {
        io.stderr(`cib: ${masker.mask((0,cib_error/* errorMessage */.gJ)(error))}\nRun "cib --help" for the actions, "cib <action> --help" for its inputs.\n`);
        return USAGE_EXIT_CODE;
    };
    let command;
    try {
        command = parseCommandLine(argv, specs);
    }
    catch (error) {
        if (error instanceof UsageError)
            return usage(error);
        throw error;
    }
    const { action, options } = command;
    if (action === undefined) {
        if (options.help) {
            io.stdout(generalHelp(specs));
            return 0;
        }
        io.stderr(generalHelp(specs));
        return USAGE_EXIT_CODE;
    }
    const spec = specs[action];
    if (options.help) {
        io.stdout(actionHelp(spec));
        return 0;
    }
    const hasPhaseInput = spec.inputs.some((input) => input.name === 'phase');
    if (!RUNNER_PHASES.includes(options.phase) && !hasPhaseInput)
        return usage(new UsageError(`Unknown phase "${options.phase}" for ${action}: expected main${spec.post ? ' or post' : ''}`));
    const entry = options.phase === 'post' ? 'post' : 'main';
    if (entry === 'post' && !spec.post)
        return usage(new UsageError(`${action} has no post step (phases: main)`));
    const env = io.env;
    const debug = options.debug || env.CIB_DEBUG === '1';
    const log = createCliLogger({ write: io.stderr, masker, debug, gitlab: env.GITLAB_CI === 'true', now: io.now });
    const ci = (0,ci_context/* readCiContext */.OW)(env);
    const inputs = resolveInputs(spec, command, env, ci, masker, (m) => log.debug(m));
    const stateFile = options.stateFile
        ? resolvePath(io.cwd, options.stateFile)
        : defaultStateFile(io.cwd, action, ci.job);
    log.debug(`${action} ${entry}: state file ${stateFile}`);
    let failure;
    let record;
    try {
        const created = createCliRuntime({ inputs, env, log, masker, stateFile, now: io.now });
        record = created.record;
        const loader = loaders[action];
        if (!loader)
            throw new cib_error/* CibError */.hi(`${action}'s code is not wired into the cib CLI yet (packages/cli/src/action-loaders.ts)`);
        const module = await loader();
        const step = entry === 'post' ? module.post : module.run;
        if (!step)
            throw new cib_error/* CibError */.hi(`${action}'s run.ts exports no ${entry === 'post' ? 'post' : 'run'} function`);
        await step(created.runtime);
    }
    catch (error) {
        failure = error;
        reportFailure(log, error, action);
    }
    record ??= { outputs: new Map(), exported: new Map(), paths: [], summary: [], state: new Map() };
    if (record.summary.length) {
        const summary = masker.mask(record.summary.join(''));
        const text = summary.endsWith('\n') ? summary : `${summary}\n`;
        if (options.summaryFile)
            (0,external_node_fs_.appendFileSync)(resolvePath(io.cwd, options.summaryFile), text, 'utf8');
        else
            io.stderr(`\n${text}`);
    }
    io.stdout(options.json
        ? formatJson(record, masker, failure === undefined ? undefined : failureMessage(failure, action))
        : formatOutputs(record, masker, (m) => log.warning(m)));
    return failure === undefined ? 0 : 1;
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
// Entry of the cib command (bundled to dist/cli/index.js), started by the dist/cli/cib launcher as
// `node -- dist/cli/index.js <action> ...` (packages/cli/bin/cib says why the `--`).


// Straight to fd 1 and 2 (runner/stdout.ts says why: process.stdout costs start-up).
const stdout = stdoutWriter();
const stderr = stderrWriter();
runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout,
    stderr,
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    stderr(`cib: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});

